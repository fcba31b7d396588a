//! The top-level error and the one table that maps errors to exit codes.
//!
//! Every layer has its own error enum; this wraps them. The codes follow
//! sysexits and are documented in the README and in `--help`.

use crate::answers::AnswersError;
use crate::content::ContentError;
use crate::journal::JournalError;
use crate::journal::export::ImportError;

/// Exit codes (sysexits style).
pub mod code {
    /// Success, whatever the verdict.
    pub const OK: i32 = 0;
    /// Usage error (clap's own code).
    pub const USAGE: i32 = 2;
    /// Bad answers.
    pub const DATA: i32 = 65;
    /// An input file cannot be read.
    pub const NO_INPUT: i32 = 66;
    /// A file cannot be written, the terminal failed, or the journal cannot be used.
    pub const IO: i32 = 74;
    /// Invalid questionnaire content.
    pub const CONFIG: i32 = 78;
    /// Interrupted (Ctrl-C).
    pub const INTERRUPTED: i32 = 130;
}

/// Anything that ends a run early.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The questionnaire could not be loaded.
    #[error(transparent)]
    Content(#[from] ContentError),
    /// The answers could not be used.
    #[error(transparent)]
    Answers(#[from] AnswersError),
    /// The journal cannot be used.
    #[error(transparent)]
    Journal(#[from] JournalError),
    /// An import file cannot be used.
    #[error(transparent)]
    Import(#[from] ImportError),
    /// The command line makes no sense here.
    #[error("{0}")]
    Usage(String),
    /// Writing the output failed.
    #[error("cannot write output: {0}")]
    Output(#[source] std::io::Error),
    /// A file (saved answers) could not be written.
    #[error("cannot write {}: {source}", path.display())]
    Write {
        /// The file.
        path: std::path::PathBuf,
        /// What the system said.
        source: std::io::Error,
    },
    /// Reading from or drawing on the terminal failed.
    #[error("terminal: {0}")]
    Terminal(#[source] std::io::Error),
}

impl Error {
    /// The exit code for this error.
    pub fn code(&self) -> i32 {
        match self {
            Error::Content(ContentError::Unreadable { .. } | ContentError::TooLarge { .. }) => {
                code::NO_INPUT
            }
            Error::Content(ContentError::NotUtf8 { .. } | ContentError::Invalid { .. }) => {
                code::CONFIG
            }
            Error::Answers(AnswersError::Unreadable { .. } | AnswersError::TooLarge { .. }) => {
                code::NO_INPUT
            }
            Error::Answers(_) | Error::Import(_) => code::DATA,
            Error::Journal(_) => code::IO,
            Error::Usage(_) => code::USAGE,
            Error::Output(_) | Error::Write { .. } | Error::Terminal(_) => code::IO,
        }
    }

    /// Whether this is a write to a closed pipe (`backcheck | head -1`), which
    /// ends the run quietly.
    pub fn is_broken_pipe(&self) -> bool {
        matches!(self, Error::Output(e) if e.kind() == std::io::ErrorKind::BrokenPipe)
    }
}
