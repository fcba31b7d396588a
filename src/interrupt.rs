//! Signals: Ctrl-C (SIGINT), SIGTERM and SIGHUP. A stop is an error value
//! (`Error::Interrupted`) that unwinds to `main`, which prints one line,
//! shows the cursor again and exits 130, 143 or 129, so destructors run and
//! the exit-code table is the only way out.
//!
//! At a dialoguer prompt, console reads ^C as a key, restores the terminal
//! and raises SIGINT; the prompt returns `Interrupted`. In plain mode the
//! typed lines are read on a thread (`InterruptibleLines`) that a signal can
//! cut short. A signal thread covers the rest (a `kill` while a prompt waits
//! for a key, or while backcheck works): it wakes the plain reader, or gives
//! the prompt's own path a moment, and only if nothing unwinds does it end
//! the process itself, after restoring the terminal (its saved settings, the
//! cursor shown) and after any file or journal write under way has finished
//! (`Writing`), so nothing is left half-written.

use std::io::{self, Read, Write};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::mpsc::{Receiver, Sender, channel};
use std::sync::{Arc, Mutex, OnceLock};
use std::time::Duration;

use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};

/// The line printed when a run is interrupted, in the run's language: what
/// was kept, when a file was already written.
pub fn stopped() -> String {
    match KEPT.lock().ok().and_then(|k| k.clone()) {
        Some(path) => crate::words::ta("note-stopped-kept", &[("path", path.into())]),
        None => crate::words::t("note-stopped"),
    }
}

/// The answers file this run wrote, for the stop line.
static KEPT: Mutex<Option<String>> = Mutex::new(None);

/// Notes that the answers were saved in `path`: a stop after this says so.
pub fn kept(path: &str) {
    if let Ok(mut k) = KEPT.lock() {
        *k = Some(path.to_owned());
    }
}

static IN_PROMPT: AtomicBool = AtomicBool::new(false);
static PLAIN: AtomicBool = AtomicBool::new(false);
static STOPPING: AtomicBool = AtomicBool::new(false);
/// Which signals have arrived (SIGTERM, SIGHUP), set in the signal handler
/// itself so that a prompt that returns at once already sees them.
static SEEN: OnceLock<[(i32, Arc<AtomicBool>); 2]> = OnceLock::new();
static EXIT: OnceLock<fn(i32) -> !> = OnceLock::new();
static WAKER: Mutex<Option<Sender<Event>>> = Mutex::new(None);
/// How many file or journal writes are under way; a signal waits for none.
static WRITES: AtomicUsize = AtomicUsize::new(0);
/// Set when a signal is about to end the run: no write starts after it.
static CLOSING: AtomicBool = AtomicBool::new(false);
/// The terminal's settings before any prompt, to put back on a signal.
static TERMINAL: OnceLock<Option<(std::fs::File, rustix::termios::Termios)>> = OnceLock::new();

/// Sets how the process ends when a signal cannot unwind (`main.rs` only).
pub fn set_exit(exit: fn(i32) -> !) {
    let _ = EXIT.set(exit);
}

/// The signal that stopped the run: SIGTERM or SIGHUP when one arrived,
/// else SIGINT (a ^C, which a prompt reads as a key; a prompt that another
/// signal cuts short raises SIGINT too, so SIGINT says least).
pub fn signal() -> i32 {
    SEEN.get()
        .and_then(|seen| {
            seen.iter()
                .find(|(_, flag)| flag.load(Ordering::SeqCst))
                .map(|(signal, _)| *signal)
        })
        .unwrap_or(SIGINT)
}

/// Installs the signal thread (once; later calls do nothing).
pub fn install() {
    static INSTALLED: OnceLock<()> = OnceLock::new();
    INSTALLED.get_or_init(|| {
        let seen = SEEN.get_or_init(|| {
            [
                (SIGTERM, Arc::new(AtomicBool::new(false))),
                (SIGHUP, Arc::new(AtomicBool::new(false))),
            ]
        });
        for (signal, flag) in seen {
            let _ = signal_hook::flag::register(*signal, Arc::clone(flag));
        }
        let Ok(mut signals) = signal_hook::iterator::Signals::new([SIGINT, SIGTERM, SIGHUP]) else {
            return;
        };
        std::thread::spawn(move || {
            if signals.forever().next().is_some() {
                stop();
            }
        });
    });
}

/// Keeps the terminal's settings, to put back if a signal ends the run in
/// the middle of a prompt (which sets the terminal raw while it reads a key).
pub fn save_terminal() {
    TERMINAL.get_or_init(|| {
        let tty = std::fs::OpenOptions::new()
            .read(true)
            .write(true)
            .open("/dev/tty")
            .ok()?;
        let settings = rustix::termios::tcgetattr(&tty).ok()?;
        Some((tty, settings))
    });
}

/// What the signal thread does with the first signal.
fn stop() {
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
    // A write under way finishes first; none starts after this.
    CLOSING.store(true, Ordering::SeqCst);
    while WRITES.load(Ordering::SeqCst) > 0 {
        std::thread::sleep(Duration::from_millis(5));
    }
    if let Some(Some((tty, settings))) = TERMINAL.get() {
        let _ = rustix::termios::tcsetattr(tty, rustix::termios::OptionalActions::Now, settings);
    }
    if say_stopped() {
        if let Some(exit) = EXIT.get() {
            exit(crate::exit_codes::ExitCode::stopped_by(self::signal()).code());
        }
    }
}

/// Marks a file or journal write under way: a signal waits for it to end,
/// so no half-written file or temporary file is left behind.
/// Writes may nest.
pub struct Writing(());

impl Writing {
    /// Starts a write; once a signal is ending the run, waits for the end
    /// instead.
    pub fn start() -> Writing {
        WRITES.fetch_add(1, Ordering::SeqCst);
        if CLOSING.load(Ordering::SeqCst) {
            WRITES.fetch_sub(1, Ordering::SeqCst);
            loop {
                std::thread::park();
            }
        }
        Writing(())
    }
}

impl Drop for Writing {
    fn drop(&mut self) {
        WRITES.fetch_sub(1, Ordering::SeqCst);
    }
}

/// Prints the stop line and shows the cursor again, once per run: `main`
/// (for an `Interrupted` error) and the signal thread may both get here,
/// and only the first prints. Returns whether this call printed.
pub fn say_stopped() -> bool {
    if STOPPING.swap(true, Ordering::SeqCst) {
        return false;
    }
    let line = stopped();
    let mut err = io::stderr().lock();
    let _ = writeln!(err, "\n{line}");
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
        f.write_str(&stopped())
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
