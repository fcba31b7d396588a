//! The `backcheck` binary: runs `backcheck::run`, prints any error once, and
//! exits with the error's code.

#![forbid(unsafe_code)]

fn main() {
    std::process::exit(backcheck::main_with_exit_code());
}
