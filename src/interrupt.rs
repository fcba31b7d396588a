//! Ctrl-C. A stop is an error value (`Error::Interrupted`) that unwinds to
//! `main`, which prints one line, shows the cursor again and exits 130, so
//! destructors run and the exit-code table is the only way out.
//!
//! At a dialoguer prompt, console reads ^C as a key, restores the terminal
//! and raises SIGINT; the prompt returns `Interrupted`. In plain mode the
//! typed lines are read on a thread (`InterruptibleLines`) that a signal can
//! cut short. A `ctrlc` handler covers the rest (a `kill -INT` while waiting
//! somewhere else): it wakes the plain reader, or gives the prompt's own path
//! a moment, and only if nothing unwinds does it end the process through the
//! exit function `main.rs` gave it.

use std::io::{self, Read, Write};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{Receiver, Sender, channel};
use std::sync::{Mutex, OnceLock};
use std::time::Duration;

/// The line printed when a run is interrupted.
pub const STOPPED: &str = "Stopped. Nothing was saved.";

static IN_PROMPT: AtomicBool = AtomicBool::new(false);
static PLAIN: AtomicBool = AtomicBool::new(false);
static STOPPING: AtomicBool = AtomicBool::new(false);
static EXIT: OnceLock<fn() -> !> = OnceLock::new();
static WAKER: Mutex<Option<Sender<Event>>> = Mutex::new(None);

/// Sets how the process ends when a signal cannot unwind (`main.rs` only).
pub fn set_exit(exit: fn() -> !) {
    let _ = EXIT.set(exit);
}

/// Installs the Ctrl-C handler (once; later calls do nothing).
pub fn install() {
    let _ = ctrlc::set_handler(|| {
        let woke = WAKER
            .lock()
            .ok()
            .and_then(|w| w.as_ref().map(|tx| tx.send(Event::Interrupted).is_ok()))
            .unwrap_or(false);
        if woke || IN_PROMPT.load(Ordering::SeqCst) {
            // The reader or the prompt unwinds to `main`, which exits; this
            // only finishes the job if that does not happen.
            std::thread::sleep(Duration::from_millis(500));
        }
        if say_stopped() {
            if let Some(exit) = EXIT.get() {
                exit();
            }
        }
    });
}

/// Prints the stop line and shows the cursor again, once per run: `main`
/// (for an `Interrupted` error) and the signal handler may both get here,
/// and only the first prints. Returns whether this call printed.
pub fn say_stopped() -> bool {
    if STOPPING.swap(true, Ordering::SeqCst) {
        return false;
    }
    let mut err = io::stderr().lock();
    let _ = writeln!(err, "\n{STOPPED}");
    let _ = err.flush();
    // Last, so the terminal is left usable whatever was drawn before. Plain
    // prompts never hide it, and send no escape sequence at all.
    if !PLAIN.load(Ordering::SeqCst) {
        let _ = console::Term::stderr().show_cursor();
    }
    true
}

/// Says the prompts are plain: a stop then writes no escape sequence.
pub fn set_plain(plain: bool) {
    PLAIN.store(plain, Ordering::SeqCst);
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

/// What the reading thread hands over.
enum Event {
    Bytes(Vec<u8>),
    End,
    Failed(io::Error),
    Interrupted,
}

/// The error a read returns when Ctrl-C cut it short. (Not
/// `ErrorKind::Interrupted`: `BufRead::read_line` retries those.)
#[derive(Debug)]
pub struct Stopped;

impl std::fmt::Display for Stopped {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(STOPPED)
    }
}

impl std::error::Error for Stopped {}

/// Whether an I/O error is a read cut short by Ctrl-C.
pub fn is_stop(e: &io::Error) -> bool {
    e.get_ref().is_some_and(|inner| inner.is::<Stopped>())
}

/// A reader whose bytes are read on a thread, so that Ctrl-C can end a
/// blocked read at once instead of leaving it waiting for the keyboard.
pub struct InterruptibleLines {
    rx: Receiver<Event>,
    buf: Vec<u8>,
    pos: usize,
    done: bool,
}

impl InterruptibleLines {
    /// Starts reading `source` on a thread; Ctrl-C wakes the reader.
    pub fn new(mut source: impl Read + Send + 'static) -> InterruptibleLines {
        let (tx, rx) = channel();
        if let Ok(mut w) = WAKER.lock() {
            *w = Some(tx.clone());
        }
        std::thread::spawn(move || {
            let mut chunk = [0u8; 4096];
            loop {
                let event = match source.read(&mut chunk) {
                    Ok(0) => Event::End,
                    Ok(n) => Event::Bytes(chunk[..n].to_vec()),
                    Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                    Err(e) => Event::Failed(e),
                };
                let last = !matches!(event, Event::Bytes(_));
                if tx.send(event).is_err() || last {
                    return;
                }
            }
        });
        InterruptibleLines {
            rx,
            buf: Vec::new(),
            pos: 0,
            done: false,
        }
    }
}

impl Read for InterruptibleLines {
    fn read(&mut self, out: &mut [u8]) -> io::Result<usize> {
        if self.pos == self.buf.len() {
            if self.done {
                return Ok(0);
            }
            match self.rx.recv() {
                Ok(Event::Bytes(bytes)) => {
                    self.buf = bytes;
                    self.pos = 0;
                }
                Ok(Event::End) | Err(_) => {
                    self.done = true;
                    return Ok(0);
                }
                Ok(Event::Failed(e)) => return Err(e),
                Ok(Event::Interrupted) => return Err(io::Error::other(Stopped)),
            }
        }
        let n = out.len().min(self.buf.len() - self.pos);
        out[..n].copy_from_slice(&self.buf[self.pos..self.pos + n]);
        self.pos += n;
        Ok(n)
    }
}

impl Drop for InterruptibleLines {
    fn drop(&mut self) {
        if let Ok(mut w) = WAKER.lock() {
            *w = None;
        }
    }
}

#[cfg(test)]
mod tests {
    use std::io::BufRead;

    use super::*;

    #[test]
    fn lines_arrive_whole_and_an_interruption_ends_the_read() {
        let mut lines = io::BufReader::new(InterruptibleLines::new(&b"one\ntwo\n"[..]));
        let mut line = String::new();
        lines.read_line(&mut line).expect("read");
        assert_eq!(line, "one\n");
        line.clear();
        lines.read_line(&mut line).expect("read");
        assert_eq!(line, "two\n");
        line.clear();
        assert_eq!(lines.read_line(&mut line).expect("end"), 0);

        // A reader that never ends, woken as the handler would.
        struct Forever;
        impl Read for Forever {
            fn read(&mut self, _: &mut [u8]) -> io::Result<usize> {
                std::thread::sleep(Duration::from_secs(3600));
                Ok(0)
            }
        }
        let mut waiting = io::BufReader::new(InterruptibleLines::new(Forever));
        let tx = WAKER.lock().expect("lock").clone().expect("registered");
        tx.send(Event::Interrupted).expect("send");
        let e = waiting.read_line(&mut line).expect_err("stopped");
        assert!(is_stop(&e), "{e:?}");
    }
}
