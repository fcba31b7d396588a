//! Why a questionnaire could not be loaded: unreadable, invalid (with every
//! problem and its place), or of the wrong purpose for the command.

use std::fmt;

use super::diagnostic::Diagnostic;
use super::places::Places;
use crate::input::InputError;
use crate::sanitize::printable;

/// Why a questionnaire could not be loaded.
#[derive(Debug, thiserror::Error)]
pub enum ContentError {
    /// The file could not be read (missing, too large, not UTF-8).
    #[error(transparent)]
    Input(#[from] InputError),
    /// The file has one or more problems; every one is listed.
    #[error("{}", Rendered(self))]
    Invalid {
        /// The name the file is reported under.
        path: String,
        /// The file's text, to quote the lines with problems.
        source_text: String,
        /// Every problem, in file order.
        diagnostics: Vec<Diagnostic>,
    },
    /// The words of a content file cannot be found or read.
    #[error("{}", words_message(path, error))]
    Words {
        /// The content file.
        path: String,
        /// What is wrong with its words.
        error: super::lang::WordsError,
    },
    /// A language's words do not match the reference language's (`check`).
    #[error("{}", languages_message(problems))]
    Languages {
        /// Every problem, file by file.
        problems: Vec<crate::words::WordsProblem>,
    },
    /// A valid questionnaire of the other purpose (an assessment where a
    /// check-in is needed, or the other way round).
    #[error(
        "{} is {found}, but {command} needs {expected}\n  = hint: {hint}",
        printable(path)
    )]
    WrongPurpose {
        /// The name the file is reported under.
        path: String,
        /// The command that needs it.
        command: &'static str,
        /// What it needs, with its article.
        expected: &'static str,
        /// What the file is, with its article.
        found: &'static str,
        /// How to give the right one.
        hint: &'static str,
    },
}

fn languages_message(problems: &[crate::words::WordsProblem]) -> String {
    let mut out: Vec<String> = problems.iter().map(ToString::to_string).collect();
    out.push(format!(
        "{} problem{} in the words\n  = hint: every language needs the messages and attributes of the reference (en), with the same placeholders",
        problems.len(),
        if problems.len() == 1 { "" } else { "s" }
    ));
    out.join("\n")
}

fn words_message(path: &str, e: &super::lang::WordsError) -> String {
    use super::lang::WordsError;
    match e {
        WordsError::NoFile { expected } => format!(
            "{}: its words are missing: expected {}\n  = hint: a content file's words are Fluent messages beside it, in lang/<language>/<name>.ftl; English (lang/en) is needed",
            printable(path),
            printable(expected)
        ),
        WordsError::Read(message) => printable(message).into_owned(),
        WordsError::Syntax {
            file,
            line,
            message,
        } => format!(
            "{}:{line}: not Fluent: {}\n  = hint: see https://projectfluent.org/fluent/guide/ for the syntax",
            printable(file),
            printable(message)
        ),
    }
}

/// Displays an `Invalid` error: every diagnostic, then a count.
struct Rendered<'a>(&'a ContentError);

impl fmt::Display for Rendered<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let ContentError::Invalid {
            path,
            source_text,
            diagnostics,
        } = self.0
        else {
            return Ok(());
        };
        let mut places = Places::new(source_text);
        for d in diagnostics {
            d.render_in(path, &mut places, f)?;
        }
        let n = diagnostics.len();
        write!(
            f,
            "{n} {} in {}",
            if n == 1 { "problem" } else { "problems" },
            printable(path)
        )
    }
}
