//! backcheck: would weekly massage help my lower back pain, and is it working?
//!
//! `run` parses the command line, builds `Settings` and calls one function per
//! command. The data flow is one way: content -> answers -> rules -> report.
//! See ARCHITECTURE.md for the map.

#![forbid(unsafe_code)]

pub mod answers;
pub mod cli;
pub mod commands;
pub mod content;
pub mod error;
pub mod flow;
pub mod interrupt;
pub mod journal;
pub mod listing;
pub mod private_file;
pub mod report;
pub mod rules;
pub mod sanitize;
pub mod settings;

use std::io::{self, Write};

use clap::Parser;

use crate::cli::Cli;
use crate::error::{Error, code};
use crate::settings::{Action, Settings};

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
            note(&format!("{e:#}"));
            e.code()
        }
    }
}

/// Prints `backcheck: MESSAGE` on standard error. A closed stderr (as in
/// `backcheck ... 2>&1 | head -1`) is not worth a panic: the line is dropped.
pub fn note(message: &str) {
    use std::io::Write as _;
    let _ = writeln!(io::stderr().lock(), "backcheck: {message}");
}

/// Runs one parsed command line.
pub fn run(cli: Cli) -> Result<(), Error> {
    let settings = Settings::from_cli(cli)?;
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    match &settings.action {
        Action::Check => {
            let q = commands::load(&settings.content)?;
            writeln!(
                out,
                "ok: {} questions, {} factors",
                q.questions.len(),
                q.factors.len()
            )
            .map_err(Error::Output)?;
        }
        Action::Questions => {
            let q = commands::load(&settings.content)?;
            listing::render(&q, settings.format, &mut out).map_err(Error::Output)?;
        }
        Action::Assess {
            input,
            date,
            save,
            record,
        } => {
            let extras = commands::assess::Extras {
                save: save.as_deref(),
                record: *record,
                date: *date,
            };
            commands::assess::run(&settings, input, &extras, &mut out)?;
        }
        Action::Checkin { input, date } => {
            commands::checkin::run(&settings, input, *date, &mut out)?
        }
        Action::Trend { svg } => commands::trend::run(&settings, svg.as_deref(), &mut out)?,
        Action::JournalList => commands::journal::list(&settings, &mut out)?,
        Action::JournalExport(format) => commands::journal::export(&settings, *format, &mut out)?,
        Action::JournalDelete { yes } => commands::journal::delete(&settings, *yes, &mut out)?,
        Action::JournalImport(file) => commands::journal::import(&settings, file, &mut out)?,
    }
    out.flush().map_err(Error::Output)
}
