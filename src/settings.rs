//! Turns the parsed command line into typed settings. Nothing below this
//! module sees clap types. Reads the environment, the clock and the terminal
//! once, here.

use std::io::IsTerminal;
use std::path::PathBuf;

use jiff::civil::Date;

use crate::cli::{
    AnswerArgs, BatchFormat, Cli, ColorArg, Command, ExportFormatArg, JournalCommand,
};
use crate::error::Error;
use crate::output::Target;
use crate::report::Format;
use crate::words::{t, ta};

/// Where a questionnaire comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ContentSource {
    /// The assessment built into the binary.
    Shipped,
    /// The check-in built into the binary.
    ShippedCheckIn,
    /// A file given with `--content` or to `check`.
    File(PathBuf),
}

/// Where the answers come from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Input {
    /// `--answers FILE` (or `-` for standard input).
    File(PathBuf),
    /// Lines piped to standard input.
    Piped,
    /// Questions asked at the terminal.
    Interactive {
        /// Plain prompts (`--plain`, `TERM=dumb`, `ACCESSIBLE`).
        plain: bool,
        /// Standard input is not a terminal: read from the controlling terminal.
        from_tty: bool,
    },
}

/// `journal export` formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportFormat {
    /// The JSON that `journal import` reads.
    Json,
    /// One row per check-in.
    Csv,
    /// A FHIR R4 Bundle.
    Fhir,
}

/// Where an output goes, checked: `None` when no path was given.
fn target(path: Option<&std::path::Path>) -> Result<Option<Target>, Error> {
    path.map(Target::check).transpose()
}

/// What to do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    /// Run the assessment.
    Assess {
        /// Where the answers come from.
        input: Input,
        /// Date of the assessment.
        date: Date,
        /// `--save-answers FILE`.
        save: Option<Target>,
        /// `--record`: keep it as the journal's baseline.
        record: bool,
        /// `--replace`: replace the baseline already kept.
        replace: bool,
    },
    /// Check a questionnaire.
    Check,
    /// Print the questionnaire.
    Questions {
        /// The check-in's questions instead of the assessment's.
        checkin: bool,
        /// FHIR: the Questionnaire and its CodeSystem in one Bundle.
        bundle: bool,
    },
    /// Record a weekly check-in.
    Checkin {
        /// Where the answers come from.
        input: Input,
        /// The week it is about.
        date: Date,
        /// `--replace`: replace a check-in already kept for the date.
        replace: bool,
    },
    /// Show the trend.
    Trend {
        /// `--svg FILE`.
        svg: Option<Target>,
    },
    /// List the journal.
    JournalList,
    /// Export the journal.
    JournalExport(ExportFormat),
    /// Delete the journal, or one check-in.
    JournalDelete {
        /// `--yes`.
        yes: bool,
        /// `--date`: only the check-in of this date.
        date: Option<Date>,
    },
    /// Write the weekly reminder.
    Remind {
        /// The weekday, when given.
        day: Option<jiff::civil::Weekday>,
        /// The time, when given.
        time: Option<jiff::civil::Time>,
    },
    /// Import an export.
    JournalImport(PathBuf),
    /// Score many answer sets.
    Score {
        /// The input file; `None` for standard input.
        file: Option<PathBuf>,
        /// Its format, when given.
        input: Option<crate::batch::InputFormat>,
        /// The results' format.
        output: crate::batch::OutputFormat,
        /// `--full`.
        full: bool,
        /// `--keep-going`.
        keep_going: bool,
        /// `--strict-columns`.
        strict_columns: bool,
        /// `--columns`: a file mapping CSV headers to question ids.
        columns: Option<PathBuf>,
    },
    /// Print random answer sets.
    Sample {
        /// How many.
        count: u64,
        /// The seed.
        seed: u64,
        /// JSON Lines or CSV.
        format: crate::batch::OutputFormat,
    },
    /// Print a shell completion script.
    Completions(clap_complete::Shell),
    /// Print the man page.
    Man,
    /// Print the JSON Schema of a content file format.
    Schema(crate::content::FileKind),
}

/// Everything a run needs to know, typed.
#[derive(Debug, Clone)]
pub struct Settings {
    /// What to do.
    pub action: Action,
    /// Which questionnaire.
    pub content: ContentSource,
    /// Which check-in questionnaire.
    pub checkin_content: ContentSource,
    /// Output format of reports.
    pub format: Format,
    /// Whether text output is coloured.
    pub color: bool,
    /// Whether the prompts and messages on standard error are coloured.
    pub stderr_color: bool,
    /// Columns to wrap text output to.
    pub width: usize,
    /// The journal file, when one could be found.
    pub journal: Option<PathBuf>,
    /// `--output FILE`: write the output there instead of standard output
    /// (`None` for standard output, `--output -` too).
    pub output: Option<Target>,
    /// Today, in the local time zone.
    pub today: Date,
    /// The region whose numbers and words the content uses.
    pub region: crate::content::region::Region,
}

/// The region: `--region` or `BACKCHECK_REGION` when given (a code in form,
/// or a usage error), else the territory of the first of `LC_ALL`,
/// `LC_MESSAGES` and `LANG` that is set, else unknown. A code backcheck has
/// no words for gives the general words, with a note.
fn region(given: Option<&str>) -> Result<crate::content::region::Region, Error> {
    use crate::content::region;
    let table = region::shipped();
    let code = match given.map(str::trim).filter(|c| !c.is_empty()) {
        Some(code) if region::is_code(code) => {
            if !table.knows(code) {
                crate::commands::note(&ta(
                    "note-region-unknown",
                    &[
                        ("tag", code.to_ascii_uppercase().into()),
                        (
                            "known",
                            table
                                .regions
                                .keys()
                                .cloned()
                                .collect::<Vec<_>>()
                                .join(", ")
                                .into(),
                        ),
                    ],
                ));
            }
            Some(code.to_ascii_uppercase())
        }
        Some(code) => {
            return Err(Error::Usage(ta(
                "error-region-code",
                &[("text", crate::sanitize::printable(code).into_owned().into())],
            )));
        }
        None => ["LC_ALL", "LC_MESSAGES", "LANG"]
            .iter()
            .find_map(|v| std::env::var(v).ok().filter(|s| !s.is_empty()))
            .and_then(|locale| region::territory(&locale)),
    };
    Ok(table.region(code.as_deref()))
}

/// Today's date in the local time zone, or `BACKCHECK_TODAY` (YYYY-MM-DD)
/// when set: reports and trends can then be reproduced exactly, in tests and
/// in demonstrations.
pub fn today() -> Date {
    std::env::var("BACKCHECK_TODAY")
        .ok()
        .and_then(|d| crate::date::parse(&d))
        .unwrap_or_else(crate::date::today)
}

/// Reads a `YYYY-MM-DD` date that is not in the future.
pub fn parse_date(text: &str, today: Date) -> Result<Date, Error> {
    let shown = crate::sanitize::printable(text);
    let date = crate::date::parse(text).ok_or_else(|| {
        Error::Usage(ta(
            "error-date-unreal",
            &[
                ("text", shown.into_owned().into()),
                ("today", today.to_string().into()),
            ],
        ))
    })?;
    if date > today {
        return Err(Error::Usage(ta(
            "error-date-future",
            &[
                ("date", date.to_string().into()),
                ("today", today.to_string().into()),
            ],
        )));
    }
    Ok(date)
}

/// Reads a `HH:MM` time of day.
fn parse_time(text: &str) -> Result<jiff::civil::Time, Error> {
    let (h, m) = text.trim().split_once(':').unwrap_or((text, ""));
    match (h.parse::<i8>(), m.parse::<i8>()) {
        (Ok(h), Ok(m)) if (0..24).contains(&h) && (0..60).contains(&m) => {
            jiff::civil::Time::new(h, m, 0, 0).map_err(|e| Error::Usage(e.to_string()))
        }
        _ => Err(Error::Usage(ta(
            "error-time",
            &[("text", crate::sanitize::printable(text).into_owned().into())],
        ))),
    }
}

/// Whether the environment asks for plain output: `TERM=dumb` or
/// `ACCESSIBLE`: plain prompts, and no colour or other escape sequences.
fn plain_env() -> bool {
    std::env::var_os("ACCESSIBLE").is_some() || std::env::var("TERM").is_ok_and(|t| t == "dumb")
}

/// Where answers come from, given the flags and whether stdin is a terminal.
fn input(a: &AnswerArgs) -> Input {
    let stdin_is_terminal = std::io::stdin().is_terminal();
    let plain = a.plain || plain_env();
    match &a.answers {
        Some(path) => Input::File(path.clone()),
        None if stdin_is_terminal || a.interactive => Input::Interactive {
            plain,
            from_tty: !stdin_is_terminal,
        },
        None => Input::Piped,
    }
}

/// Whether standard output and standard error get colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Colors {
    stdout: bool,
    stderr: bool,
}

impl Colors {
    /// `--color always` and `never` decide alone. `auto` gives none in plain
    /// mode or with `NO_COLOR` (set and not empty), colour with
    /// `CLICOLOR_FORCE` (set and not `0`), and otherwise colour on a terminal.
    fn choose(flag: ColorArg, plain: bool, stdout_tty: bool, stderr_tty: bool) -> Colors {
        let var = |name| std::env::var_os(name).filter(|v| !v.is_empty());
        let no_color = var("NO_COLOR").is_some();
        let force = var("CLICOLOR_FORCE").is_some_and(|v| v != "0");
        let auto = |tty: bool| !plain && !no_color && (force || tty);
        match flag {
            ColorArg::Always => Colors {
                stdout: true,
                stderr: true,
            },
            ColorArg::Never => Colors {
                stdout: false,
                stderr: false,
            },
            ColorArg::Auto => Colors {
                stdout: auto(stdout_tty),
                stderr: auto(stderr_tty),
            },
        }
    }
}

/// Which of the assessment's options were typed on the command line (not
/// taken from the environment), before a subcommand.
#[derive(Debug, Clone, Copy, Default)]
pub struct Given {
    /// `--content`.
    pub content: bool,
    /// `--format`.
    pub format: bool,
    /// `--color`.
    pub color: bool,
    /// `--journal`.
    pub journal: bool,
}

/// What a subcommand takes of the options that may stand before it.
struct Takes {
    name: &'static str,
    content: bool,
    format: bool,
    color: bool,
    journal: bool,
}

impl Takes {
    /// Refuses an option typed before the subcommand that it does not take.
    fn check(&self, given: Given) -> Result<(), Error> {
        for (typed, taken, option) in [
            (given.content, self.content, "--content"),
            (given.format, self.format, "--format"),
            (given.color, self.color, "--color"),
            (given.journal, self.journal, "--journal"),
        ] {
            if typed && !taken {
                return Err(Error::Usage(ta(
                    "error-option-not-here",
                    &[("option", option.into()), ("command", self.name.into())],
                )));
            }
        }
        Ok(())
    }
}

fn batch_output(f: Option<BatchFormat>) -> crate::batch::OutputFormat {
    match f {
        Some(BatchFormat::Csv) => crate::batch::OutputFormat::Csv,
        _ => crate::batch::OutputFormat::Jsonl,
    }
}

/// Refuses a `--format` typed before a command that has no such form.
fn only(format: Option<Format>, name: &str) -> Result<(), Error> {
    let forms = crate::report::forms(name);
    match format {
        Some(f) if !forms.contains(&f) => {
            let names: Vec<&str> = forms.iter().map(|f| f.as_str()).collect();
            Err(Error::Usage(ta(
                "error-no-such-form",
                &[
                    ("command", name.into()),
                    ("format", f.as_str().into()),
                    ("known", names.join(", ").into()),
                ],
            )))
        }
        _ => Ok(()),
    }
}

impl Settings {
    /// Builds settings from the command line, the environment and the terminal.
    pub fn from_cli(cli: Cli, given: Given) -> Result<Settings, Error> {
        let today = today();
        let a = &cli.assess;
        if cli.command.is_some()
            && (a.answer.answers.is_some()
                || a.answer.date.is_some()
                || a.save_answers.is_some()
                || a.answer.interactive
                || a.answer.plain
                || a.record
                || a.replace
                || cli.output.is_some())
        {
            return Err(Error::Usage(t("error-options-before-command")));
        }
        let date = |d: &Option<String>| match d {
            Some(text) => parse_date(text, today),
            None => Ok(today),
        };
        // The options of the assessment, which a subcommand may take as well.
        let mut content = cli.content;
        let mut checkin_content = None;
        let mut format = cli.format;
        let mut output = cli.output;
        let mut color = cli.color.color;
        let mut journal = cli.journal;
        let mut plain = a.answer.plain;
        let takes = |name, content, format, color, journal| Takes {
            name,
            content,
            format,
            color,
            journal,
        };
        let action = match cli.command {
            None => Action::Assess {
                input: input(&cli.assess.answer),
                date: date(&cli.assess.answer.date)?,
                save: target(cli.assess.save_answers.as_deref())?,
                record: cli.assess.record,
                replace: cli.assess.replace,
            },
            Some(Command::Check { file, content: c }) => {
                takes("check", true, false, false, false).check(given)?;
                content = file.or(c).or(content);
                Action::Check
            }
            Some(Command::Questions {
                checkin,
                bundle,
                content: c,
                format: f,
                output: o,
            }) => {
                takes("questions", true, true, false, false).check(given)?;
                only(format, "questions")?;
                output = o.output;
                content = c.content.or(content);
                checkin_content = c.checkin_content;
                format = f.or(format);
                if bundle && format != Some(Format::Fhir) {
                    return Err(Error::Usage(crate::words::t("error-bundle-needs-fhir")));
                }
                Action::Questions { checkin, bundle }
            }
            Some(Command::Checkin(args)) => {
                takes("checkin", false, true, true, true).check(given)?;
                only(format, "checkin")?;
                output = args.output.output;
                checkin_content = args.checkin_content;
                journal = args.journal.journal.or(journal);
                format = args.format.or(format);
                color = args.color.color.or(color);
                plain = args.answer.plain;
                Action::Checkin {
                    input: input(&args.answer),
                    date: date(&args.answer.date)?,
                    replace: args.replace,
                }
            }
            Some(Command::Trend {
                svg,
                content: c,
                journal: j,
                format: f,
                output: o,
                color: k,
            }) => {
                takes("trend", true, true, true, true).check(given)?;
                only(format, "trend")?;
                output = o.output;
                content = c.content.or(content);
                checkin_content = c.checkin_content;
                journal = j.journal.or(journal);
                format = f.or(format);
                color = k.color.or(color);
                Action::Trend {
                    svg: target(svg.as_deref())?,
                }
            }
            Some(Command::Journal { action }) => match action {
                JournalCommand::List {
                    content: c,
                    journal: j,
                    format: f,
                    output: o,
                } => {
                    takes("journal list", true, true, false, true).check(given)?;
                    only(format, "journal list")?;
                    output = o.output;
                    content = c.content.or(content);
                    checkin_content = c.checkin_content;
                    journal = j.journal.or(journal);
                    format = f.or(format);
                    Action::JournalList
                }
                JournalCommand::Export {
                    journal: j,
                    format: f,
                    output: o,
                } => {
                    output = o.output;
                    // `--format json` (or fhir) before the command meant the
                    // export's JSON (or FHIR).
                    let before = match format.filter(|_| given.format) {
                        None => None,
                        Some(Format::Json) => Some(ExportFormat::Json),
                        Some(Format::Fhir) => Some(ExportFormat::Fhir),
                        Some(_) => {
                            return Err(Error::Usage(t("error-export-format")));
                        }
                    };
                    takes("journal export", false, true, false, true).check(given)?;
                    journal = j.journal.or(journal);
                    Action::JournalExport(match f {
                        Some(ExportFormatArg::Json) => ExportFormat::Json,
                        Some(ExportFormatArg::Csv) => ExportFormat::Csv,
                        Some(ExportFormatArg::Fhir) => ExportFormat::Fhir,
                        None => before.unwrap_or(ExportFormat::Json),
                    })
                }
                JournalCommand::Delete {
                    yes,
                    date: d,
                    journal: j,
                } => {
                    takes("journal delete", false, false, false, true).check(given)?;
                    journal = j.journal.or(journal);
                    Action::JournalDelete {
                        yes,
                        date: match d {
                            Some(text) => Some(parse_date(&text, today)?),
                            None => None,
                        },
                    }
                }
                JournalCommand::Import { file, journal: j } => {
                    takes("journal import", false, false, false, true).check(given)?;
                    journal = j.journal.or(journal);
                    Action::JournalImport(file)
                }
            },
            Some(Command::Score {
                file,
                input_format,
                format: f,
                full,
                keep_going,
                strict_columns,
                columns,
                content: c,
            }) => {
                takes("score", true, false, false, false).check(given)?;
                content = c.or(content);
                let output = batch_output(f);
                if full && output == crate::batch::OutputFormat::Csv {
                    return Err(Error::Usage(t("error-full-csv")));
                }
                Action::Score {
                    file: file.filter(|f| f.as_os_str() != "-"),
                    input: input_format.map(|f| match f {
                        BatchFormat::Jsonl => crate::batch::InputFormat::Jsonl,
                        BatchFormat::Csv => crate::batch::InputFormat::Csv,
                    }),
                    output,
                    full,
                    keep_going,
                    strict_columns,
                    columns,
                }
            }
            Some(Command::Sample {
                count,
                seed,
                format: f,
                content: c,
            }) => {
                takes("sample", true, false, false, false).check(given)?;
                content = c.or(content);
                Action::Sample {
                    count,
                    seed,
                    format: batch_output(f),
                }
            }
            Some(Command::Completions { shell }) => {
                takes("completions", false, false, false, false).check(given)?;
                Action::Completions(shell)
            }
            Some(Command::Man) => {
                takes("man", false, false, false, false).check(given)?;
                Action::Man
            }
            Some(Command::Remind {
                day,
                time,
                checkin_content: c,
                journal: j,
                output: o,
            }) => {
                takes("remind", false, false, false, true).check(given)?;
                output = o.output;
                checkin_content = c;
                journal = j.journal.or(journal);
                use crate::cli::WeekdayArg as W;
                use jiff::civil::Weekday;
                Action::Remind {
                    day: day.map(|d| match d {
                        W::Monday => Weekday::Monday,
                        W::Tuesday => Weekday::Tuesday,
                        W::Wednesday => Weekday::Wednesday,
                        W::Thursday => Weekday::Thursday,
                        W::Friday => Weekday::Friday,
                        W::Saturday => Weekday::Saturday,
                        W::Sunday => Weekday::Sunday,
                    }),
                    time: match time {
                        Some(t) => Some(parse_time(&t)?),
                        None => None,
                    },
                }
            }
            Some(Command::Schema { kind }) => {
                takes("schema", false, false, false, false).check(given)?;
                Action::Schema(match kind {
                    None | Some(crate::cli::SchemaKind::Questionnaire) => {
                        crate::content::FileKind::Questionnaire
                    }
                    Some(crate::cli::SchemaKind::Regions) => crate::content::FileKind::Regions,
                    Some(crate::cli::SchemaKind::SafetyNet) => crate::content::FileKind::SafetyNet,
                })
            }
        };
        // Checked now, before any question: a run that could not keep what
        // the person types says so first.
        let output = target(output.as_deref())?.filter(|t| !t.is_stdout());
        let second = match &action {
            Action::Assess { save: Some(t), .. } => Some(("--save-answers", t)),
            Action::Trend { svg: Some(t) } => Some(("--svg", t)),
            _ => None,
        };
        if let Some((option, t)) = second.filter(|(_, t)| t.is_stdout()) {
            if output.is_none() {
                return Err(Error::Usage(crate::messages::hinted(
                    &ta(
                        "error-both-stdout",
                        &[
                            ("option", option.into()),
                            ("path", t.path().display().to_string().into()),
                        ],
                    ),
                    &crate::words::t("hint-both-stdout"),
                )));
            }
        }
        // A report written to a file is not for a terminal.
        let stdout_is_terminal = output.is_none() && std::io::stdout().is_terminal();
        let colors = Colors::choose(
            color.unwrap_or(ColorArg::Auto),
            plain || plain_env(),
            stdout_is_terminal,
            std::io::stderr().is_terminal(),
        );
        let color = colors.stdout;
        let width = if stdout_is_terminal {
            console::Term::stdout()
                .size_checked()
                .map_or(80, |(_, cols)| usize::from(cols))
        } else {
            80
        }
        .max(40);
        Ok(Settings {
            action,
            content: content.map_or(ContentSource::Shipped, ContentSource::File),
            checkin_content: checkin_content
                .map_or(ContentSource::ShippedCheckIn, ContentSource::File),
            format: format.unwrap_or(Format::Text),
            color,
            stderr_color: colors.stderr,
            width,
            journal: journal.or_else(crate::journal::store::default_path),
            output,
            today,
            region: {
                let region = region(cli.region.as_deref())?;
                crate::content::region::set(region.clone());
                region
            },
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_must_be_real_full_and_not_in_the_future() {
        let today = Date::constant(2026, 11, 25);
        assert_eq!(
            parse_date("2026-11-25", today).ok(),
            Some(Date::constant(2026, 11, 25))
        );
        assert!(parse_date("2026-02-30", today).is_err());
        assert!(parse_date("2026-11-26", today).is_err());
        assert!(parse_date("yesterday", today).is_err());
        assert!(parse_date("20261101", today).is_err());
        let e = parse_date("25/11/2026", today).expect_err("not ISO");
        assert!(
            e.to_string().contains("use YYYY-MM-DD, e.g. 2026-11-25"),
            "{e}"
        );
    }
}
