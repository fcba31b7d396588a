//! backcheck: would weekly massage help my lower back pain, and is it working?
//!
//! `run` parses the command line, builds `Settings` and calls one function per
//! command. The data flow is one way: content -> answers -> rules -> report.
//! See ARCHITECTURE.md for the map.

#![forbid(unsafe_code)]

pub mod answers;
pub mod cli;
pub mod content;
pub mod error;
pub mod flow;
pub mod listing;
pub mod report;
pub mod rules;
pub mod sanitize;
pub mod settings;

use std::io::{self, Write};

use clap::Parser;

use crate::cli::Cli;
use crate::content::Questionnaire;
use crate::error::{Error, code};
use crate::report::RenderOptions;
use crate::settings::{Action, ContentSource, Settings};

/// Runs backcheck with the process's arguments and returns the exit code.
/// Errors are printed here, once, to standard error.
pub fn main_with_exit_code() -> i32 {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            // Help and version go to stdout with code 0; usage errors to stderr with 2.
            let _ = e.print();
            return e.exit_code();
        }
    };
    match run(cli) {
        Ok(()) => code::OK,
        Err(e) if e.is_broken_pipe() => code::OK,
        Err(e) => {
            eprintln!("backcheck: {e:#}");
            e.code()
        }
    }
}

/// Runs one parsed command line.
pub fn run(cli: Cli) -> Result<(), Error> {
    let settings = Settings::from_cli(cli)?;
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    match &settings.action {
        Action::Check => check(&settings, &mut out)?,
        Action::Questions => {
            let q = load(&settings.content)?;
            listing::render(&q, settings.format, &mut out).map_err(Error::Output)?;
        }
        Action::Assess { answers, date } => {
            let q = load(&settings.content)?;
            let given = gather(&settings, &q, answers.as_deref())?;
            let assessment = rules::assess(&q, &given);
            let options = RenderOptions {
                color: settings.color,
                width: settings.width,
                date: date.to_string(),
            };
            report::render(&assessment, settings.format, &options, &mut out)
                .map_err(Error::Output)?;
        }
    }
    out.flush().map_err(Error::Output)
}

fn load(source: &ContentSource) -> Result<Questionnaire, Error> {
    Ok(match source {
        ContentSource::Shipped => content::load_shipped()?,
        ContentSource::File(path) => content::load_file(path)?,
    })
}

fn check(settings: &Settings, out: &mut impl Write) -> Result<(), Error> {
    let q = load(&settings.content)?;
    writeln!(
        out,
        "ok: {} questions, {} factors",
        q.questions.len(),
        q.factors.len()
    )
    .map_err(Error::Output)
}

/// Collects the answers: from `--answers`, from piped lines, or not at all.
fn gather(
    settings: &Settings,
    q: &Questionnaire,
    answers_file: Option<&std::path::Path>,
) -> Result<answers::Answers, Error> {
    if let Some(path) = answers_file {
        let loaded = answers::file::read(q, path, io::stdin().lock())?;
        for w in &loaded.warnings {
            eprintln!("backcheck: {}", sanitize::printable(w));
        }
        return Ok(loaded.answers);
    }
    if settings.stdin_is_terminal {
        return Err(Error::Usage(
            "no answers: pipe them in, one per line in question order \
             (see `backcheck questions`), or pass --answers FILE"
                .into(),
        ));
    }
    Ok(answers::lines::read(q, io::stdin().lock())?)
}
