//! One function per command, called by `lib::run`. Shared here: loading the
//! questionnaire, collecting answers from a file, a pipe or the prompts, and
//! the journal's path.

pub mod assess;
pub mod checkin;
pub mod journal;
pub mod trend;

use std::io;
use std::path::{Path, PathBuf};

use crate::answers::interview::PromptError;
use crate::answers::plain::Plain;
use crate::answers::prompt::Rich;
use crate::answers::{self, Answers};
use crate::content::{self, Questionnaire};
use crate::error::Error;
use crate::interrupt;
use crate::journal::JournalError;
use crate::sanitize;
use crate::settings::{ContentSource, Input, Settings};

/// Loads the questionnaire the settings name.
pub fn load(source: &ContentSource) -> Result<Questionnaire, Error> {
    Ok(match source {
        ContentSource::Shipped => content::load_shipped()?,
        ContentSource::File(path) => content::load_file(path)?,
    })
}

/// Answers from an answers file (warnings to stderr) or from piped lines.
pub fn read_answers(q: &Questionnaire, input: &Input) -> Result<Answers, Error> {
    match input {
        Input::File(path) => {
            let loaded = answers::file::read(q, path, io::stdin().lock())?;
            for w in &loaded.warnings {
                crate::note(&sanitize::printable(w));
            }
            Ok(loaded.answers)
        }
        Input::Piped | Input::Interactive { .. } => {
            Ok(answers::lines::read(q, io::stdin().lock())?)
        }
    }
}

/// Runs `f` with the prompts the input asks for: dialoguer, or plain lines.
pub fn with_ui<T>(
    plain: bool,
    from_tty: bool,
    f: impl FnOnce(&mut dyn answers::interview::Ui) -> Result<T, Error>,
) -> Result<T, Error> {
    interrupt::install();
    if plain {
        let reader: Box<dyn io::BufRead> = if from_tty {
            Box::new(io::BufReader::new(open_tty()?))
        } else {
            Box::new(io::stdin().lock())
        };
        f(&mut Plain::new(reader, io::stderr()))
    } else {
        if from_tty {
            open_tty()?;
        }
        f(&mut Rich::new().map_err(prompt_error)?)
    }
}

/// The controlling terminal, for `--interactive` when standard input is a pipe.
fn open_tty() -> Result<std::fs::File, Error> {
    std::fs::File::open("/dev/tty").map_err(|e| {
        Error::Usage(format!(
            "--interactive needs a terminal to ask on, and there is none ({e}); \
             pipe answers in or use --answers FILE"
        ))
    })
}

/// Ctrl-C (or the end of input) stops the run here; other prompt errors are
/// usage (no terminal) or terminal failures.
pub fn prompt_error(e: PromptError) -> Error {
    match e {
        PromptError::Interrupted => interrupt::stop(),
        PromptError::NoTerminal(why) => Error::Usage(format!("cannot ask the questions: {why}")),
        PromptError::Io(e) => Error::Terminal(e),
    }
}

/// The journal's path, or why there is none.
pub fn journal_path(settings: &Settings) -> Result<&Path, Error> {
    settings
        .journal
        .as_deref()
        .ok_or(Error::Journal(JournalError::NoPath))
}

/// The moment something is written to the journal, for its `recorded_at`.
pub fn now() -> String {
    jiff::Timestamp::now().to_string()
}

/// The answers as a JSON object in question order, for the journal.
pub fn answers_json(q: &Questionnaire, given: &Answers) -> serde_json::Value {
    let mut map = serde_json::Map::new();
    for (question, answer) in given.in_order(q) {
        map.insert(
            question.id.clone(),
            serde_json::to_value(answer).unwrap_or(serde_json::Value::Null),
        );
    }
    serde_json::Value::Object(map)
}

/// A path shown in a message.
pub fn shown(path: &Path) -> String {
    sanitize::printable(&path.display().to_string()).into_owned()
}

/// Writes a file that holds health data: user-only and atomic.
pub fn write_private(path: &Path, bytes: &[u8]) -> Result<(), Error> {
    crate::private_file::write(path, bytes).map_err(|source| Error::Write {
        path: PathBuf::from(path),
        source,
    })
}
