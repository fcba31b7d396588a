//! The check-in journal on disk: SQLite through rusqlite, and the only SQL
//! in backcheck: opening, identifying and migrating here, the rows in
//! `rows.rs`, and creating and deleting the file in `file.rs`.
//!
//! A journal is marked by `PRAGMA application_id` and versioned by
//! `PRAGMA user_version`, with forward migrations from the first release on.
//! Before anything is written, a file is checked: not SQLite, another
//! program's database, a newer schema or a corrupt file is refused and left
//! untouched. The file is created user-only (0600) in a user-only directory
//! (0700); writes are one transaction each, in WAL mode, with a busy timeout
//! so that concurrent runs wait for each other instead of failing.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::time::Duration;

use jiff::civil::Date;
use rusqlite::{Connection, OpenFlags, Transaction, TransactionBehavior};

use super::record::{CheckIn, RecordedAssessment};
pub use file::{check_writable, delete};
use file::{create_if_missing, retry_busy};

mod file;
mod rows;

/// `PRAGMA application_id` of a backcheck journal: "BCKJ".
pub const APPLICATION_ID: i64 = 0x4243_4B4A;

/// Schema migrations, in order; `user_version` is how many have run.
const MIGRATIONS: &[&str] = &[
    // 1: the first release.
    "CREATE TABLE baseline (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        date TEXT NOT NULL,
        pain INTEGER NOT NULL CHECK (pain BETWEEN 0 AND 10),
        pain_duration TEXT,
        verdict TEXT NOT NULL,
        answers TEXT NOT NULL,
        content_id TEXT NOT NULL,
        content_version TEXT NOT NULL,
        recorded_at TEXT NOT NULL
    );
    CREATE TABLE checkins (
        id INTEGER PRIMARY KEY,
        date TEXT NOT NULL,
        pain INTEGER NOT NULL CHECK (pain BETWEEN 0 AND 10),
        activity_limits INTEGER NOT NULL CHECK (activity_limits BETWEEN 0 AND 10),
        had_massage INTEGER,
        massage_minutes INTEGER,
        massage_kind TEXT,
        side_effects TEXT NOT NULL,
        urgent INTEGER NOT NULL,
        answers TEXT NOT NULL,
        content_id TEXT NOT NULL,
        content_version TEXT NOT NULL,
        recorded_at TEXT NOT NULL
    );
    CREATE INDEX checkins_by_date ON checkins (date, id);",
    // 2: new warning signs in a check-in; activity limits at the starting point.
    "ALTER TABLE checkins ADD COLUMN warning_signs INTEGER;
    ALTER TABLE baseline ADD COLUMN activity_limits INTEGER
        CHECK (activity_limits BETWEEN 0 AND 10);",
    // 3: the person's own rating of change in a check-in.
    "ALTER TABLE checkins ADD COLUMN global_change TEXT;",
    // 4: a check-in's status and warning signs; starting points that were
    // replaced are kept.
    "ALTER TABLE checkins ADD COLUMN status TEXT;
    ALTER TABLE checkins ADD COLUMN signs TEXT;
    CREATE TABLE replaced_baselines (
        id INTEGER PRIMARY KEY,
        date TEXT NOT NULL,
        pain INTEGER NOT NULL CHECK (pain BETWEEN 0 AND 10),
        activity_limits INTEGER CHECK (activity_limits BETWEEN 0 AND 10),
        pain_duration TEXT,
        verdict TEXT NOT NULL,
        answers TEXT NOT NULL,
        content_id TEXT NOT NULL,
        content_version TEXT NOT NULL,
        recorded_at TEXT NOT NULL,
        replaced_at TEXT NOT NULL
    );",
];

/// How long a write waits for another backcheck run to finish its own.
pub(super) const BUSY_TIMEOUT: Duration = Duration::from_secs(10);

/// Why the journal cannot be used. All map to exit code 74, except bad
/// import files (65) and a non-empty journal on import (2).
#[derive(Debug, thiserror::Error)]
pub enum JournalError {
    /// No journal path: no data directory and no --journal.
    NoPath,
    /// The file is not a backcheck journal.
    NotAJournal {
        /// The file.
        path: PathBuf,
    },
    /// The journal is damaged.
    Corrupt {
        /// The file.
        path: PathBuf,
        /// What SQLite said.
        detail: String,
    },
    /// The journal was written by a newer backcheck.
    NewerSchema {
        /// The file.
        path: PathBuf,
        /// Its version.
        found: i64,
        /// The newest this build knows.
        known: i64,
    },
    /// The file or its directory cannot be read or created.
    Io {
        /// The file.
        path: PathBuf,
        /// What the system said.
        source: std::io::Error,
    },
    /// SQLite refused.
    Sqlite {
        /// The file.
        path: PathBuf,
        /// What SQLite said.
        source: rusqlite::Error,
    },
    /// A check-in for this date is already there, and replacing it was not asked for.
    DateTaken {
        /// The journal.
        path: PathBuf,
        /// The date.
        date: Date,
    },
    /// A stored value that backcheck did not write (a bad date, ...).
    BadValue {
        /// The file.
        path: PathBuf,
        /// What is wrong.
        detail: String,
    },
}

impl std::fmt::Display for JournalError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        use crate::messages::{hinted, system};
        use crate::words::{t, ta};
        let at = |path: &Path| ("path", path.display().to_string().into());
        let text = match self {
            JournalError::NoPath => t("error-journal-no-path"),
            JournalError::NotAJournal { path } => hinted(
                &ta("error-journal-not-ours", &[at(path)]),
                &t("hint-journal-not-ours"),
            ),
            JournalError::Corrupt { path, detail } => hinted(
                &ta("error-journal-damaged", &[at(path), ("why", detail.into())]),
                &t("hint-journal-damaged"),
            ),
            JournalError::NewerSchema { path, found, known } => ta(
                "error-journal-newer",
                &[
                    at(path),
                    ("version", (*found).into()),
                    ("known", (*known).into()),
                ],
            ),
            JournalError::Io { path, source } => ta(
                "error-journal-unusable",
                &[at(path), ("why", system(source).into())],
            ),
            JournalError::Sqlite { path, source } => ta(
                "error-journal-sqlite",
                &[at(path), ("why", source.to_string().into())],
            ),
            JournalError::DateTaken { path, date } => hinted(
                &ta(
                    "error-journal-date-taken",
                    &[at(path), ("date", date.to_string().into())],
                ),
                &t("hint-journal-date-taken"),
            ),
            JournalError::BadValue { path, detail } => ta(
                "error-journal-bad-value",
                &[at(path), ("why", detail.into())],
            ),
        };
        f.write_str(&text)
    }
}

/// A check-in with what it was answered with.
#[derive(Debug, Clone, PartialEq)]
pub struct StoredCheckIn {
    /// The values the trend uses.
    pub checkin: CheckIn,
    /// Every answer, as a JSON object.
    pub answers: serde_json::Value,
    /// The questionnaire id it was answered with.
    pub content_id: String,
    /// The questionnaire version it was answered with.
    pub content_version: String,
}

/// A starting point that a later one replaced, with when.
#[derive(Debug, Clone, PartialEq)]
pub struct ReplacedBaseline {
    /// The starting point as it was kept.
    pub baseline: StoredAssessment,
    /// When it was replaced (an RFC 3339 timestamp).
    pub replaced_at: String,
}

/// The recorded assessment with what it was answered with.
#[derive(Debug, Clone, PartialEq)]
pub struct StoredAssessment {
    /// The values the trend uses.
    pub assessment: RecordedAssessment,
    /// Every answer, as a JSON object.
    pub answers: serde_json::Value,
    /// The questionnaire id.
    pub content_id: String,
    /// The questionnaire version.
    pub content_version: String,
}

/// An open journal.
pub struct Journal {
    conn: Connection,
    path: PathBuf,
}

/// The default journal path: `$XDG_DATA_HOME/backcheck/journal.sqlite3` on
/// Linux, the platform's data directory elsewhere.
pub fn default_path() -> Option<PathBuf> {
    dirs::data_dir().map(|d| d.join("backcheck").join("journal.sqlite3"))
}

const SQLITE_HEADER: &[u8; 16] = b"SQLite format 3\0";

impl Journal {
    /// Opens the journal, creating it (and its directory) when missing.
    pub fn open(path: &Path) -> Result<Journal, JournalError> {
        create_if_missing(path)?;
        Self::open_checked(path)
    }

    /// Opens the journal if it exists; `None` when there is no file yet.
    pub fn open_existing(path: &Path) -> Result<Option<Journal>, JournalError> {
        if !path.exists() {
            return Ok(None);
        }
        Self::open_checked(path).map(Some)
    }

    fn open_checked(path: &Path) -> Result<Journal, JournalError> {
        let io = |source| JournalError::Io {
            path: path.to_owned(),
            source,
        };
        // Look before SQLite does: a file that is not SQLite at all is not
        // ours, and SQLite must not be allowed to touch it.
        let mut header = Vec::with_capacity(16);
        std::fs::File::open(path)
            .map_err(io)?
            .take(16)
            .read_to_end(&mut header)
            .map_err(io)?;
        if !header.is_empty() && header.as_slice() != SQLITE_HEADER {
            return Err(JournalError::NotAJournal {
                path: path.to_owned(),
            });
        }
        let conn = Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )
        .map_err(|e| corrupt(path, e))?;
        conn.busy_timeout(BUSY_TIMEOUT)
            .map_err(|e| sqlite(path, e))?;
        let journal = Journal {
            conn,
            path: path.to_owned(),
        };
        journal.identify()?;
        journal.migrate()?;
        Ok(journal)
    }

    /// Refuses files that are not (or not yet) ours, before any write.
    fn identify(&self) -> Result<(), JournalError> {
        let read = |sql: &str| -> Result<i64, JournalError> {
            retry_busy(|| self.conn.query_row(sql, [], |r| r.get(0)))
                .map_err(|e| corrupt(&self.path, e))
        };
        let app = read("PRAGMA application_id")?;
        let version = read("PRAGMA user_version")?;
        let tables = read("SELECT count(*) FROM sqlite_master")?;
        let fresh = app == 0 && version == 0 && tables == 0;
        if !fresh && app != APPLICATION_ID {
            return Err(JournalError::NotAJournal {
                path: self.path.clone(),
            });
        }
        let known = MIGRATIONS.len() as i64;
        if version > known {
            return Err(JournalError::NewerSchema {
                path: self.path.clone(),
                found: version,
                known,
            });
        }
        if !fresh {
            let check: String =
                retry_busy(|| self.conn.query_row("PRAGMA quick_check", [], |r| r.get(0)))
                    .map_err(|e| corrupt(&self.path, e))?;
            if check != "ok" {
                return Err(JournalError::Corrupt {
                    path: self.path.clone(),
                    detail: check,
                });
            }
        }
        Ok(())
    }

    /// Switches to WAL and runs the migrations this file has not had, in one
    /// transaction. Retried while another run holds the lock: switching the
    /// journal mode can report "locked" without waiting on the busy timeout.
    fn migrate(&self) -> Result<(), JournalError> {
        retry_busy(|| self.try_migrate()).map_err(|e| sqlite(&self.path, e))
    }

    fn try_migrate(&self) -> rusqlite::Result<()> {
        let mode: String = self
            .conn
            .query_row("PRAGMA journal_mode", [], |r| r.get(0))?;
        if !mode.eq_ignore_ascii_case("wal") {
            self.conn.pragma_update(None, "journal_mode", "WAL")?;
        }
        // BEGIN IMMEDIATE takes the write lock first, so two first runs do
        // not both migrate: the second waits, then finds nothing to do.
        let tx = Transaction::new_unchecked(&self.conn, TransactionBehavior::Immediate)?;
        let version: i64 = tx.query_row("PRAGMA user_version", [], |r| r.get(0))?;
        for (i, sql) in MIGRATIONS.iter().enumerate().skip(version as usize) {
            tx.execute_batch(sql)?;
            tx.pragma_update(None, "user_version", i as i64 + 1)?;
        }
        let app: i64 = tx.query_row("PRAGMA application_id", [], |r| r.get(0))?;
        if app != APPLICATION_ID {
            tx.pragma_update(None, "application_id", APPLICATION_ID)?;
        }
        tx.commit()
    }

    /// The journal's file.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// `PRAGMA integrity_check`, for tests and diagnosis.
    pub fn integrity_check(&self) -> Result<String, JournalError> {
        self.conn
            .query_row("PRAGMA integrity_check", [], |r| r.get(0))
            .map_err(|e| sqlite(&self.path, e))
    }
}

pub(super) fn sqlite(path: &Path, source: rusqlite::Error) -> JournalError {
    JournalError::Sqlite {
        path: path.to_owned(),
        source,
    }
}

/// An error while reading what should be a database: corrupt, not ours, or
/// (never reported as damage) busy.
pub(super) fn corrupt(path: &Path, e: rusqlite::Error) -> JournalError {
    match e.sqlite_error_code() {
        Some(rusqlite::ErrorCode::NotADatabase) => JournalError::NotAJournal {
            path: path.to_owned(),
        },
        Some(rusqlite::ErrorCode::DatabaseBusy | rusqlite::ErrorCode::DatabaseLocked) => {
            sqlite(path, e)
        }
        _ => JournalError::Corrupt {
            path: path.to_owned(),
            detail: e.to_string(),
        },
    }
}
