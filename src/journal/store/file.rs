//! The journal file itself: created whole and user-only, or not at all;
//! deleted with SQLite's side files; and retried while another run holds
//! the lock.

use std::path::{Path, PathBuf};
use std::time::Duration;

use rusqlite::{Connection, OpenFlags};

use super::{BUSY_TIMEOUT, Journal, JournalError, sqlite};

/// Runs `f` again while SQLite says another connection holds the lock, up to
/// the busy timeout, waiting a little longer each time.
pub(super) fn retry_busy<T>(mut f: impl FnMut() -> rusqlite::Result<T>) -> rusqlite::Result<T> {
    let start = std::time::Instant::now();
    let mut pause = Duration::from_millis(2);
    loop {
        match f() {
            Err(e)
                if matches!(
                    e.sqlite_error_code(),
                    Some(rusqlite::ErrorCode::DatabaseBusy | rusqlite::ErrorCode::DatabaseLocked)
                ) && start.elapsed() < BUSY_TIMEOUT =>
            {
                std::thread::sleep(pause);
                pause = (pause * 2).min(Duration::from_millis(100));
            }
            other => return other,
        }
    }
}

/// Creates the journal, user-only in a user-only directory, unless one
/// exists. It is built whole under a temporary name and linked into place
/// only when complete, so a run racing this one sees either no journal or a
/// finished one, never a half-written file. If another run got there first,
/// its journal is kept.
pub(super) fn create_if_missing(path: &Path) -> Result<(), JournalError> {
    if path.exists() {
        return Ok(());
    }
    let io = |source| JournalError::Io {
        path: path.to_owned(),
        source,
    };
    let _writing = crate::interrupt::Writing::start();
    let dir = crate::output::dir_of(path);
    if !dir.exists() {
        let mut builder = std::fs::DirBuilder::new();
        builder.recursive(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::DirBuilderExt;
            builder.mode(0o700);
        }
        builder.create(dir).map_err(io)?;
    }
    let tmp = crate::output::temp_beside(path).map_err(io)?;
    {
        let conn = Connection::open_with_flags(tmp.path(), OpenFlags::SQLITE_OPEN_READ_WRITE)
            .map_err(|e| sqlite(path, e))?;
        let fresh = Journal {
            conn,
            path: tmp.path().to_owned(),
        };
        fresh.migrate()?;
        // Leave WAL mode while it is private: the file then carries no
        // -wal or -shm side files to the new name; the first open switches
        // it back.
        fresh
            .conn
            .pragma_update(None, "journal_mode", "DELETE")
            .map_err(|e| sqlite(path, e))?;
    }
    match tmp.persist_noclobber(path) {
        Ok(_) => Ok(()),
        Err(e) if e.error.kind() == std::io::ErrorKind::AlreadyExists => Ok(()),
        Err(e) => Err(io(e.error)),
    }
}

/// Whether a journal could be kept at `path`, checked before any question
/// is asked: a file there must open for writing (whether it is a journal is
/// checked when it is opened); otherwise the nearest folder that exists must
/// take a new file.
pub fn check_writable(path: &Path) -> Result<(), JournalError> {
    let io = |source| JournalError::Io {
        path: path.to_owned(),
        source,
    };
    if path.exists() {
        return std::fs::OpenOptions::new()
            .write(true)
            .open(path)
            .map(drop)
            .map_err(io);
    }
    let mut dir = crate::output::dir_of(path);
    loop {
        match std::fs::metadata(dir) {
            Ok(m) if m.is_dir() => break,
            Ok(_) => {
                return Err(io(std::io::Error::other(crate::output::not_a_folder(dir))));
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => match dir.parent() {
                Some(up) if !up.as_os_str().is_empty() => dir = up,
                _ => dir = Path::new("."),
            },
            Err(e) => return Err(io(e)),
        }
    }
    crate::output::temp_beside(&dir.join("journal"))
        .map(drop)
        .map_err(|e| io(crate::output::plain(e)))
}

/// Deletes the journal and SQLite's side files. Returns whether there was one.
pub fn delete(path: &Path) -> Result<bool, JournalError> {
    let mut existed = false;
    for suffix in ["", "-wal", "-shm"] {
        let mut p = path.as_os_str().to_owned();
        p.push(suffix);
        match std::fs::remove_file(PathBuf::from(p)) {
            Ok(()) => existed |= suffix.is_empty(),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(source) => {
                return Err(JournalError::Io {
                    path: path.to_owned(),
                    source,
                });
            }
        }
    }
    Ok(existed)
}
