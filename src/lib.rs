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
pub mod interrupt;
pub mod listing;
pub mod private_file;
pub mod report;
pub mod rules;
pub mod sanitize;
pub mod settings;

use std::io::{self, Write};

use clap::Parser;

use std::path::Path;

use crate::answers::interview::{self, Outcome, PromptError, Ui};
use crate::answers::plain::Plain;
use crate::answers::prompt::Rich;
use crate::cli::Cli;
use crate::content::Questionnaire;
use crate::error::{Error, code};
use crate::report::RenderOptions;
use crate::settings::{Action, ContentSource, Input, Settings};

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
        Action::Assess { input, date, save } => {
            let q = load(&settings.content)?;
            let options = RenderOptions {
                color: settings.color,
                width: settings.width,
                date: date.to_string(),
            };
            match input {
                Input::Interactive { plain, from_tty } => {
                    interrupt::install();
                    if *plain {
                        let reader: Box<dyn io::BufRead> = if *from_tty {
                            Box::new(io::BufReader::new(open_tty()?))
                        } else {
                            Box::new(io::stdin().lock())
                        };
                        let mut ui = Plain::new(reader, io::stderr());
                        interactive(&settings, &q, &options, save.as_deref(), &mut ui, &mut out)?;
                    } else {
                        if *from_tty {
                            open_tty()?;
                        }
                        let mut ui = Rich::new().map_err(prompt_error)?;
                        interactive(&settings, &q, &options, save.as_deref(), &mut ui, &mut out)?;
                    }
                }
                Input::File(path) => {
                    let loaded = answers::file::read(&q, path, io::stdin().lock())?;
                    for w in &loaded.warnings {
                        eprintln!("backcheck: {}", sanitize::printable(w));
                    }
                    summarise(
                        &settings,
                        &q,
                        &options,
                        &loaded.answers,
                        save.as_deref(),
                        &mut out,
                    )?;
                }
                Input::Piped => {
                    let given = answers::lines::read(&q, io::stdin().lock())?;
                    summarise(&settings, &q, &options, &given, save.as_deref(), &mut out)?;
                }
            }
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

/// The controlling terminal, for `--interactive` when standard input is a pipe.
fn open_tty() -> Result<std::fs::File, Error> {
    std::fs::File::open("/dev/tty").map_err(|e| {
        Error::Usage(format!(
            "--interactive needs a terminal to ask on, and there is none ({e}); \
             pipe answers in or use --answers FILE"
        ))
    })
}

fn prompt_error(e: PromptError) -> Error {
    match e {
        PromptError::Interrupted => interrupt::stop(),
        PromptError::NoTerminal(why) => Error::Usage(format!("cannot ask the questions: {why}")),
        PromptError::Io(e) => Error::Terminal(e),
    }
}

/// Saves the answers if asked to, then writes the summary.
fn summarise(
    settings: &Settings,
    q: &Questionnaire,
    options: &RenderOptions,
    given: &answers::Answers,
    save: Option<&Path>,
    out: &mut impl Write,
) -> Result<(), Error> {
    if let Some(path) = save {
        save_answers(q, given, path)?;
    }
    let assessment = rules::assess(q, given);
    report::render(&assessment, settings.format, options, out).map_err(Error::Output)
}

fn save_answers(q: &Questionnaire, given: &answers::Answers, path: &Path) -> Result<(), Error> {
    let text = answers::file::to_toml(q, given);
    private_file::write(path, text.as_bytes()).map_err(|source| Error::Write {
        path: path.to_owned(),
        source,
    })
}

/// The interview at the terminal, the summary on standard output, then the
/// offer to save the answers.
fn interactive(
    settings: &Settings,
    q: &Questionnaire,
    options: &RenderOptions,
    save: Option<&Path>,
    ui: &mut dyn Ui,
    out: &mut impl Write,
) -> Result<(), Error> {
    let (given, complete) = match interview::run(q, ui).map_err(prompt_error)? {
        Outcome::Summary { answers, complete } => (answers, complete),
        Outcome::Quit { answers } => {
            if let Some(path) = save {
                save_answers(q, &answers, path)?;
            }
            return Ok(());
        }
    };
    // A blank line between the last prompt and the summary on a shared screen.
    ui.tell("").map_err(prompt_error)?;
    summarise(settings, q, options, &given, save, out)?;
    out.flush().map_err(Error::Output)?;
    if let Some(path) = save {
        ui.tell(&format!("Saved your answers to {}.", path.display()))
            .map_err(prompt_error)?;
        return Ok(());
    }
    if !complete {
        return Ok(());
    }
    while let Some(name) = ui
        .offer_save("backcheck-answers.toml")
        .map_err(prompt_error)?
    {
        let path = Path::new(&name);
        if path.exists() && !ui.confirm_replace(&name).map_err(prompt_error)? {
            continue;
        }
        save_answers(q, &given, path)?;
        ui.tell(&format!(
            "Saved your answers to {name} (only you can read it). Run this again with: backcheck --answers {name}"
        ))
        .map_err(prompt_error)?;
        break;
    }
    Ok(())
}
