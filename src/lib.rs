//! backcheck: would weekly massage help my lower back pain, and is it working?
//!
//! `run` parses the command line, builds `Settings` and calls one function per
//! command. The data flow is one way: content -> answers -> rules -> report.
//! See ARCHITECTURE.md for the map.

#![forbid(unsafe_code)]

pub mod answer;
pub mod answers;
pub mod batch;
pub mod cli;
pub mod commands;
pub mod content;
pub mod date;
pub mod error;
pub mod exit_codes;
pub mod flow;
pub mod input;
pub mod interrupt;
pub mod journal;
pub mod messages;
pub mod output;
pub mod report;
pub mod rules;
pub mod sanitize;
pub mod settings;
pub mod words;
pub mod wrap;

use std::io::{self, Write};

use clap::{CommandFactory, FromArgMatches};

use crate::cli::Cli;
use crate::error::Error;
use crate::exit_codes::ExitCode;
use crate::settings::{Action, Given, Settings};

/// Runs backcheck with the process's arguments and returns the exit code.
/// Errors are printed here, once, to standard error.
pub fn main_with_exit_code() -> i32 {
    // From the start: a signal waits for any write under way, then ends the
    // run with its own exit code.
    interrupt::install();
    let parsed = Cli::command()
        .try_get_matches()
        .and_then(|m| Cli::from_arg_matches(&m).map(|cli| (cli, given(&m))));
    let (cli, given) = match parsed {
        Ok((cli, given)) => match choose_language(cli.lang.as_deref()) {
            Ok(()) => (cli, given),
            Err(e) => {
                commands::note(&format!("{e:#}"));
                return e.exit_code().code();
            }
        },
        Err(e) => {
            // Help and version go to stdout with code 0; usage errors to
            // stderr with 2. A write that fails is said (exit 74); a closed
            // pipe ends quietly.
            let printed = e.print().and_then(|()| io::stdout().flush());
            return match printed {
                Ok(()) => e.exit_code(),
                Err(io) if io.kind() == io::ErrorKind::BrokenPipe => 0,
                Err(io) => {
                    commands::note(&error::output_failed(&io));
                    ExitCode::Unusable.code()
                }
            };
        }
    };
    let code = match run(cli, given) {
        Ok(()) => ExitCode::Success,
        Err(e) if e.is_broken_pipe() => ExitCode::Success,
        Err(e @ Error::Interrupted) => {
            interrupt::say_stopped();
            e.exit_code()
        }
        Err(e) => {
            commands::note(&format!("{e:#}"));
            e.exit_code()
        }
    };
    // A note that could not be written is a failed run too.
    if code == ExitCode::Success && commands::stderr_failed() {
        return ExitCode::Unusable.code();
    }
    code.code()
}

/// Sets the run's language: `--lang` or `BACKCHECK_LANG` when given (a tag in
/// form, or a usage error), else the locale's language, else English. A tag
/// backcheck has no words for gives English (or the nearest), with a note.
fn choose_language(given: Option<&str>) -> Result<(), Error> {
    let lang = match given.map(str::trim).filter(|t| !t.is_empty()) {
        Some(tag) => words::Lang::for_tag(tag).map_err(|words::BadTag(tag)| {
            Error::Usage(words::ta(
                "error-lang-tag",
                &[("tag", sanitize::printable(&tag).into_owned().into())],
            ))
        })?,
        None => words::Lang::from_locale(
            &["LC_ALL", "LC_MESSAGES", "LANG"].map(|v| std::env::var(v).ok()),
        ),
    };
    let unmet = lang.unmet().map(str::to_owned);
    words::set(lang);
    if let Some(tag) = unmet {
        let known: Vec<&str> = words::SHIPPED.iter().map(|l| l.tag).collect();
        commands::note(&words::ta(
            "note-lang-unmet",
            &[
                ("tag", sanitize::printable(&tag).into_owned().into()),
                ("shown", words::lang().tag().into()),
                ("known", known.join(", ").into()),
            ],
        ));
    }
    Ok(())
}

/// Which of the options before a subcommand were typed, not taken from the
/// environment.
fn given(m: &clap::ArgMatches) -> Given {
    let typed = |id: &str| m.value_source(id) == Some(clap::parser::ValueSource::CommandLine);
    Given {
        content: typed("content"),
        format: typed("format"),
        color: typed("color"),
        journal: typed("journal"),
    }
}

/// Runs one parsed command line.
pub fn run(cli: Cli, given: Given) -> Result<(), Error> {
    let settings = Settings::from_cli(cli, given)?;
    // Prompts and messages follow --color, NO_COLOR and CLICOLOR_FORCE too.
    console::set_colors_enabled(settings.color);
    console::set_colors_enabled_stderr(settings.stderr_color);
    if let Some(target) = &settings.output {
        // The whole output in memory, then one write: an error leaves no
        // half file behind.
        let mut buf = Vec::new();
        dispatch(&settings, &mut buf)?;
        return target.write_and_say(&buf, output::What::Output);
    }
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    dispatch(&settings, &mut out)?;
    out.flush().map_err(Error::Output)
}

/// One function per command.
fn dispatch(settings: &Settings, out: &mut impl Write) -> Result<(), Error> {
    match &settings.action {
        Action::Check => commands::check(settings, out)?,
        Action::Questions { checkin, bundle } => {
            commands::questions(settings, *checkin, *bundle, out)?
        }
        Action::Assess {
            input,
            date,
            save,
            record,
            replace,
        } => {
            let extras = commands::assess::Extras {
                save: save.as_ref(),
                record: *record,
                replace: *replace,
                date: *date,
            };
            commands::assess::run(settings, input, &extras, out)?;
        }
        Action::Checkin {
            input,
            date,
            replace,
        } => commands::checkin::run(settings, input, *date, *replace, out)?,
        Action::Trend { svg } => commands::trend::run(settings, svg.as_ref(), out)?,
        Action::JournalList => commands::journal::list(settings, out)?,
        Action::JournalExport(format) => commands::journal::export(settings, *format, out)?,
        Action::JournalDelete { yes, date } => {
            commands::journal::delete(settings, *yes, *date, out)?;
        }
        Action::Remind { day, time } => commands::remind::run(settings, *day, *time, out)?,
        Action::JournalImport(file) => commands::journal::import(settings, file, out)?,
        Action::Score {
            file,
            input,
            output,
            full,
            keep_going,
            strict_columns,
            columns,
        } => commands::batch::score(
            settings,
            file.as_deref(),
            commands::batch::ScoreOptions {
                input: *input,
                output: *output,
                full: *full,
                keep_going: *keep_going,
                strict_columns: *strict_columns,
                columns: columns.as_deref(),
            },
            out,
        )?,
        Action::Sample {
            count,
            seed,
            format,
        } => commands::batch::sample(settings, *count, *seed, *format, out)?,
        Action::Completions(shell) => commands::tooling::completions(*shell, out)?,
        Action::Man => commands::tooling::man(out)?,
        Action::Schema(kind) => commands::tooling::schema(*kind, out)?,
    }
    Ok(())
}
