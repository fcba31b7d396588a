//! Turns the parsed command line into typed settings. Nothing below this
//! module sees clap types. Reads the environment and the terminal once, here.

use std::io::IsTerminal;
use std::path::PathBuf;

use jiff::civil::Date;

use crate::cli::{Cli, ColorArg, Command, FormatArg};
use crate::error::Error;
use crate::report::Format;

/// Where the questionnaire comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ContentSource {
    /// The questionnaire built into the binary.
    Shipped,
    /// A file given with `--content` or to `check`.
    File(PathBuf),
}

/// Where the answers of an assessment come from.
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
        save: Option<PathBuf>,
    },
    /// Check a questionnaire.
    Check,
    /// Print the questionnaire.
    Questions,
}

/// Everything a run needs to know, typed.
#[derive(Debug, Clone)]
pub struct Settings {
    /// What to do.
    pub action: Action,
    /// Which questionnaire.
    pub content: ContentSource,
    /// Output format.
    pub format: Format,
    /// Whether text output is coloured.
    pub color: bool,
    /// Columns to wrap text output to.
    pub width: usize,
}

/// Today's date in the local time zone.
pub fn today() -> Date {
    jiff::Zoned::now().date()
}

/// Reads a `YYYY-MM-DD` date that is not in the future.
pub fn parse_date(text: &str, today: Date) -> Result<Date, Error> {
    let date: Date = text.parse().map_err(|_| {
        Error::Usage(format!(
            "--date {}: not a real date; use YYYY-MM-DD, e.g. {today}",
            crate::sanitize::printable(text)
        ))
    })?;
    if text.len() != 10 {
        return Err(Error::Usage(format!(
            "--date {}: use YYYY-MM-DD, e.g. {today}",
            crate::sanitize::printable(text)
        )));
    }
    if date > today {
        return Err(Error::Usage(format!(
            "--date {date} is in the future (today is {today})"
        )));
    }
    Ok(date)
}

impl Settings {
    /// Builds settings from the command line, the environment and the terminal.
    pub fn from_cli(cli: Cli) -> Result<Settings, Error> {
        let stdout_is_terminal = std::io::stdout().is_terminal();
        let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
        let color = match cli.color {
            ColorArg::Always => true,
            ColorArg::Never => false,
            ColorArg::Auto => stdout_is_terminal && !no_color,
        };
        let width = if stdout_is_terminal {
            console::Term::stdout()
                .size_checked()
                .map_or(80, |(_, cols)| usize::from(cols))
        } else {
            80
        }
        .max(40);
        let a = &cli.assess;
        if cli.command.is_some()
            && (a.answers.is_some()
                || a.date.is_some()
                || a.save_answers.is_some()
                || a.interactive
                || a.plain)
        {
            return Err(Error::Usage(
                "--answers, --date, --save-answers, --interactive and --plain go with the \
                 assessment (no command), not with a command"
                    .into(),
            ));
        }
        let mut content = cli
            .content
            .map_or(ContentSource::Shipped, ContentSource::File);
        let action = match cli.command {
            None => {
                let stdin_is_terminal = std::io::stdin().is_terminal();
                let plain = cli.assess.plain
                    || std::env::var_os("ACCESSIBLE").is_some()
                    || std::env::var("TERM").is_ok_and(|t| t == "dumb");
                let input = match cli.assess.answers {
                    Some(path) => Input::File(path),
                    None if stdin_is_terminal || cli.assess.interactive => Input::Interactive {
                        plain,
                        from_tty: !stdin_is_terminal,
                    },
                    None => Input::Piped,
                };
                Action::Assess {
                    input,
                    date: match cli.assess.date {
                        Some(text) => parse_date(&text, today())?,
                        None => today(),
                    },
                    save: cli.assess.save_answers,
                }
            }
            Some(Command::Check { file }) => {
                if let Some(file) = file {
                    content = ContentSource::File(file);
                }
                Action::Check
            }
            Some(Command::Questions) => Action::Questions,
        };
        Ok(Settings {
            action,
            content,
            format: match cli.format {
                FormatArg::Text => Format::Text,
                FormatArg::Json => Format::Json,
                FormatArg::Markdown => Format::Markdown,
            },
            color,
            width,
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
    }
}
