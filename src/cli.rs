//! The command line, as clap sees it: definitions only, no I/O and no logic.
//! `settings.rs` turns a parsed `Cli` into typed settings.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

/// The end of `--help`: the exit codes (from the one table) and what this is not.
fn after_help() -> String {
    format!(
        "{}\nNot medical advice and not a diagnosis: every summary ends by telling you to see a\n\
         healthcare professional.",
        crate::exit_codes::ExitCode::help_table()
    )
}

/// Would weekly massage help my lower back pain? A self-assessment.
///
/// At a terminal, backcheck asks its questions one at a time. Answers can also
/// come from a pipe (one per line, in question order) or from an answers file
/// (--answers). The summary says which factors massage may help with, which
/// signs mean massage is not the right first step, and which mean get help now.
#[derive(Debug, Parser)]
#[command(name = "backcheck", version, after_help = after_help(), max_term_width = 100)]
pub struct Cli {
    /// What to do; without a command, run the assessment.
    #[command(subcommand)]
    pub command: Option<Command>,

    /// Options of the assessment.
    #[command(flatten)]
    pub assess: AssessArgs,

    /// Questionnaire file to use instead of the shipped one.
    #[arg(long, global = true, value_name = "FILE", env = "BACKCHECK_CONTENT")]
    pub content: Option<PathBuf>,

    /// Check-in questionnaire to use instead of the shipped one (for
    /// `checkin` and `trend`).
    #[arg(
        long,
        global = true,
        value_name = "FILE",
        env = "BACKCHECK_CHECKIN_CONTENT"
    )]
    pub checkin_content: Option<PathBuf>,

    /// Output format [default: text; json for `journal export`].
    #[arg(long, global = true, value_enum)]
    pub format: Option<FormatArg>,

    /// When to use colour in text output.
    #[arg(long, global = true, value_enum, default_value_t = ColorArg::Auto, value_name = "WHEN")]
    pub color: ColorArg,

    /// The check-in journal [default: the platform data directory, e.g.
    /// ~/.local/share/backcheck/journal.sqlite3].
    #[arg(long, global = true, value_name = "PATH", env = "BACKCHECK_JOURNAL")]
    pub journal: Option<PathBuf>,
}

/// How answers are given, for the assessment and the check-in.
#[derive(Debug, Args)]
pub struct AnswerArgs {
    /// Read answers from a TOML or JSON file (`-` for standard input) instead
    /// of asking or reading piped lines.
    #[arg(long, value_name = "FILE")]
    pub answers: Option<PathBuf>,

    /// The date this is about (YYYY-MM-DD; default today; not in the future).
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub date: Option<String>,

    /// Ask on the terminal even when standard input is not one.
    #[arg(long, conflicts_with = "answers")]
    pub interactive: bool,

    /// Plain prompts for screen readers and simple terminals: numbered options,
    /// typed answers, no colour or redrawing. Also used when TERM=dumb or
    /// ACCESSIBLE is set.
    #[arg(long)]
    pub plain: bool,
}

/// Options of `checkin`.
#[derive(Debug, Args)]
pub struct CheckinArgs {
    /// How answers are given.
    #[command(flatten)]
    pub answer: AnswerArgs,

    /// Replace the check-in already kept for this date (there is one per
    /// date; at a terminal, backcheck asks instead).
    #[arg(long)]
    pub replace: bool,
}

/// Options of the assessment (the command-less run).
#[derive(Debug, Args)]
pub struct AssessArgs {
    /// How answers are given.
    #[command(flatten)]
    pub answer: AnswerArgs,

    /// Write the answers to FILE as a TOML answers file (user-only, written
    /// atomically); `--answers FILE` replays them.
    #[arg(long, value_name = "FILE")]
    pub save_answers: Option<PathBuf>,

    /// Keep this assessment in the journal as the starting point (baseline)
    /// for weekly check-ins; replaces an earlier one.
    #[arg(long)]
    pub record: bool,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check a questionnaire file and list every problem.
    Check {
        /// The file (default: --content, or the shipped questionnaire).
        file: Option<PathBuf>,
    },
    /// Print every question, its answers and its skip logic, for review.
    Questions,
    /// Record this week's check-in: pain, activity limits, massage, after-effects.
    Checkin(CheckinArgs),
    /// Show whether things are changing: a chart of the check-ins and a verdict.
    Trend {
        /// Also write the chart as an SVG picture to FILE.
        #[arg(long, value_name = "FILE")]
        svg: Option<PathBuf>,
    },
    /// See, take away or erase the journal.
    Journal {
        /// What to do with it.
        #[command(subcommand)]
        action: JournalCommand,
    },
}

/// `backcheck journal ...`.
#[derive(Debug, Subcommand)]
pub enum JournalCommand {
    /// List the baseline and every check-in.
    List,
    /// Write the whole journal to standard output (--format json or csv).
    Export,
    /// Delete the journal, baseline included.
    Delete {
        /// Do not ask for confirmation (for scripts).
        #[arg(long)]
        yes: bool,
    },
    /// Read an export (JSON) into an empty journal, e.g. on a new machine.
    Import {
        /// The file written by `backcheck journal export --format json`.
        file: PathBuf,
    },
}

/// `--format`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FormatArg {
    /// For reading in a terminal.
    Text,
    /// A stable, documented contract for programs.
    Json,
    /// A report to bring to an appointment.
    Markdown,
    /// Comma-separated values (`journal export` only).
    Csv,
}

/// `--color`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorArg {
    /// Colour when standard output is a terminal and NO_COLOR is not set.
    Auto,
    /// Always colour.
    Always,
    /// Never colour.
    Never,
}

#[cfg(test)]
mod tests {
    use clap::CommandFactory;

    #[test]
    fn cli_definition_is_consistent() {
        super::Cli::command().debug_assert();
    }
}
