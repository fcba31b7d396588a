//! The `backcheck` binary: runs `backcheck::main_with_exit_code` and exits
//! with the code it returns. The only place the process is ended.

#![forbid(unsafe_code)]

fn main() {
    // A signal that nothing can unwind (a `kill` while blocked) still ends
    // the run with the documented code.
    backcheck::interrupt::set_exit(|code| std::process::exit(code));
    std::process::exit(backcheck::main_with_exit_code());
}
