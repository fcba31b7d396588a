//! Ctrl-C: leave the terminal clean, say so in one line, exit 130.
//!
//! At a dialoguer prompt, console reads ^C as a key, restores the terminal mode
//! and raises SIGINT; the prompt then returns `Interrupted`, and the prompt code
//! calls `stop`. A `ctrlc` handler covers signals that arrive anywhere else
//! (plain-mode line reads, a `kill -INT`). While a prompt is open the handler
//! waits a moment so the prompt's own path can restore the terminal first: a
//! handler alone races with the prompt's cleanup.

use std::io::{IsTerminal, Write};
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use crate::error::code;

static IN_PROMPT: AtomicBool = AtomicBool::new(false);
static STOPPING: AtomicBool = AtomicBool::new(false);

/// The line printed when a run is interrupted.
pub const STOPPED: &str = "Stopped. Nothing was saved.";

/// Installs the Ctrl-C handler (once; later calls do nothing).
pub fn install() {
    let _ = ctrlc::set_handler(|| {
        if IN_PROMPT.load(Ordering::SeqCst) {
            // The prompt returns `Interrupted` and calls `stop` itself; this
            // only finishes the job if it does not (a signal from outside).
            std::thread::sleep(Duration::from_millis(500));
        }
        stop();
    });
}

/// Marks a dialoguer prompt as open for as long as the guard lives.
pub struct PromptGuard(());

impl PromptGuard {
    /// Opens the guard.
    pub fn open() -> PromptGuard {
        IN_PROMPT.store(true, Ordering::SeqCst);
        PromptGuard(())
    }
}

impl Drop for PromptGuard {
    fn drop(&mut self) {
        IN_PROMPT.store(false, Ordering::SeqCst);
    }
}

/// Prints the stop line, shows the cursor again and exits with 130. The
/// show-cursor sequence comes last, so the terminal is left usable whatever
/// was drawn before.
pub fn stop() -> ! {
    if STOPPING.swap(true, Ordering::SeqCst) {
        // Another thread is already stopping; let it finish.
        loop {
            std::thread::sleep(Duration::from_secs(1));
        }
    }
    let mut err = std::io::stderr().lock();
    let _ = writeln!(err, "\n{STOPPED}");
    if err.is_terminal() {
        let _ = err.write_all(b"\x1b[?25h");
    }
    let _ = err.flush();
    std::process::exit(code::INTERRUPTED);
}
