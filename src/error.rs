//! The top-level error, and the one `match` that gives each error its exit
//! code (the codes themselves are in `exit_codes.rs`).
//!
//! Every layer has its own error enum with data; this wraps them.

use crate::answers::AnswersError;
use crate::content::ContentError;
use crate::exit_codes::ExitCode;
use crate::input::{InputError, Kind};
use crate::journal::JournalError;
use crate::journal::export::ImportError;
use crate::report::RenderError;
use crate::report::fhir::FhirError;
use crate::{messages, words};

/// Anything that ends a run early.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The questionnaire could not be loaded.
    #[error(transparent)]
    Content(#[from] ContentError),
    /// The answers could not be used.
    #[error(transparent)]
    Answers(#[from] AnswersError),
    /// An input (an import file) could not be read.
    #[error(transparent)]
    Input(#[from] InputError),
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
    #[error("{}", output_failed(.0))]
    Output(#[source] std::io::Error),
    /// A file (saved answers, a chart) could not be written.
    #[error("{}", write_failed(path, source))]
    Write {
        /// The file.
        path: std::path::PathBuf,
        /// What the system said.
        source: std::io::Error,
    },
    /// Reading from or drawing on the terminal failed.
    #[error("{}", words::ta("error-terminal", &[("why", messages::system(.0).into())]))]
    Terminal(#[source] std::io::Error),
    /// The content cannot be said in FHIR (a condition `enableWhen` cannot
    /// express), or the output has no FHIR form.
    #[error(transparent)]
    Fhir(#[from] FhirError),
    /// Answer sets that `score` could not score (the message names them).
    #[error("{0}")]
    Records(String),
    /// Stopped with Ctrl-C.
    #[error("{}", crate::interrupt::stopped())]
    Interrupted,
}

impl From<RenderError> for Error {
    fn from(e: RenderError) -> Error {
        match e {
            RenderError::Io(e) => Error::Output(e),
            RenderError::Fhir(e) => Error::Fhir(e),
            RenderError::NoForm(format) => Error::Usage(words::ta(
                "error-output-no-form",
                &[("format", format.to_string().into())],
            )),
        }
    }
}

/// "cannot write output: ...", also for a failed write of `--help`.
pub fn output_failed(e: &std::io::Error) -> String {
    words::ta("error-output", &[("why", messages::system(e).into())])
}

fn write_failed(path: &std::path::Path, e: &std::io::Error) -> String {
    words::ta(
        "error-write",
        &[
            ("path", messages::path(path).into()),
            ("why", messages::system(e).into()),
        ],
    )
}

impl Error {
    /// The exit code for this error: the one place errors become numbers.
    pub fn exit_code(&self) -> ExitCode {
        let input = |e: &InputError| match e {
            InputError::Unreadable { .. } | InputError::TooLarge { .. } => ExitCode::NoInput,
            InputError::NotUtf8 { .. } if e.kind() == Kind::Content => ExitCode::BadContent,
            InputError::NotUtf8 { .. } => ExitCode::BadData,
        };
        match self {
            Error::Content(ContentError::Input(e))
            | Error::Answers(AnswersError::Input(e))
            | Error::Input(e) => input(e),
            Error::Content(_) => ExitCode::BadContent,
            Error::Answers(_) | Error::Import(_) | Error::Records(_) => ExitCode::BadData,
            // One check-in per date: asking for a second is a usage error.
            Error::Usage(_) | Error::Journal(JournalError::DateTaken { .. }) => ExitCode::Usage,
            Error::Journal(_) | Error::Output(_) | Error::Write { .. } | Error::Terminal(_) => {
                ExitCode::Unusable
            }
            Error::Fhir(_) => ExitCode::BadContent,
            Error::Interrupted => ExitCode::stopped_by(crate::interrupt::signal()),
        }
    }

    /// Whether this is a write to a closed pipe (`backcheck | head -1`), which
    /// ends the run quietly.
    pub fn is_broken_pipe(&self) -> bool {
        matches!(self, Error::Output(e) if e.kind() == std::io::ErrorKind::BrokenPipe)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// One error of every kind that reaches `main`, with the code it must get:
    /// every code but success (0) is somebody's.
    #[test]
    fn every_exit_code_is_reached_by_some_error() {
        let io = || std::io::Error::other("x");
        let cases: Vec<(Error, ExitCode)> = vec![
            (Error::Usage("x".into()), ExitCode::Usage),
            (
                Error::Answers(AnswersError::LineTooLong { line: 1, limit: 1 }),
                ExitCode::BadData,
            ),
            (
                Error::Input(InputError::NotUtf8 {
                    kind: Kind::Import,
                    name: "x".into(),
                    line: 1,
                    column: 1,
                }),
                ExitCode::BadData,
            ),
            (
                Error::Content(ContentError::Input(InputError::TooLarge {
                    kind: Kind::Content,
                    name: "x".into(),
                    limit: 1,
                })),
                ExitCode::NoInput,
            ),
            (
                Error::Content(ContentError::Input(InputError::NotUtf8 {
                    kind: Kind::Content,
                    name: "x".into(),
                    line: 1,
                    column: 1,
                })),
                ExitCode::BadContent,
            ),
            (Error::Journal(JournalError::NoPath), ExitCode::Unusable),
            (Error::Terminal(io()), ExitCode::Unusable),
            (Error::Interrupted, ExitCode::Interrupted),
        ];
        let mut reached: Vec<ExitCode> = Vec::new();
        for (e, code) in cases {
            assert_eq!(e.exit_code(), code, "{e:?}");
            reached.push(code);
        }
        // An interruption's code follows its signal (`exit_codes` tests each).
        reached.extend([ExitCode::HungUp, ExitCode::Terminated]);
        for code in ExitCode::ALL {
            assert!(
                code == ExitCode::Success || reached.contains(&code),
                "no error gives {code:?}"
            );
        }
    }

    #[test]
    fn a_closed_pipe_is_not_an_error_worth_a_message() {
        let pipe = Error::Output(std::io::Error::from(std::io::ErrorKind::BrokenPipe));
        assert!(pipe.is_broken_pipe());
        assert!(!Error::Output(std::io::Error::other("disk full")).is_broken_pipe());
    }
}
