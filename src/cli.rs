//! The command line, as clap sees it: definitions only, no I/O and no logic.
//! `settings.rs` turns a parsed `Cli` into typed settings.
//!
//! Each subcommand has the options it takes and no others, so its `--help`
//! lists only those. The options of the assessment (the run without a
//! command) may also stand before a subcommand that takes them
//! (`backcheck --journal j.sqlite3 trend`), as they always could. The
//! environment variables are read once, on the top-level options, so an
//! option typed on the command line, before or after the subcommand, wins
//! over them.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum, ValueHint};

use crate::exit_codes::ExitCode;
use crate::report::Format;

/// `--format`'s values for a document: the forms `report::FORMS` declares.
fn forms_of(document: &'static str) -> impl clap::builder::TypedValueParser<Value = Format> {
    let values = crate::report::forms(document)
        .iter()
        .map(|f| clap::builder::PossibleValue::new(f.as_str()).help(f.help()));
    clap::builder::TypedValueParser::map(
        clap::builder::PossibleValuesParser::new(values),
        |name: String| Format::from_name(&name).unwrap_or(Format::Text),
    )
}

/// The end of the top-level `--help`: examples, the exit codes (from the one
/// table) and what this is not.
fn after_help() -> String {
    format!(
        "Examples:
  backcheck                              answer the questions at the terminal
  backcheck --answers me.toml            the same answers again, from a file
  backcheck < answers.txt                piped answers, one per line
  backcheck --format markdown > me.md    a report to take to an appointment
  backcheck --format fhir > me.json      the answers as a FHIR QuestionnaireResponse
  backcheck --record                     keep the result as the start of weekly check-ins
  backcheck checkin                      this week's check-in
  backcheck trend                        is it working?

{}
Not medical advice and not a diagnosis: every summary ends by telling you to see a
healthcare professional.",
        ExitCode::help_table()
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
    #[arg(long, value_name = "FILE", env = "BACKCHECK_CONTENT", hide_env_values = true, value_hint = ValueHint::FilePath)]
    pub content: Option<PathBuf>,

    /// Output format of the summary [default: text]; html is one page to
    /// print or send, fhir a FHIR R4 QuestionnaireResponse.
    #[arg(long, value_name = "FORMAT", value_parser = forms_of("assessment"))]
    pub format: Option<Format>,

    /// Write the report to FILE instead of standard output (user-only,
    /// written atomically; a pipe or device is written into; - is standard
    /// output).
    #[arg(long, value_name = "FILE", value_hint = ValueHint::FilePath)]
    pub output: Option<PathBuf>,

    /// When to use colour.
    #[command(flatten)]
    pub color: ColorArgs,

    /// Where you live, for the right emergency numbers and words: a
    /// two-letter country code such as GB, US, IE, AU or DE (or set
    /// BACKCHECK_REGION) [default: the country of LC_ALL, LC_MESSAGES or
    /// LANG, e.g. en_US.UTF-8 gives US].
    #[arg(
        long,
        global = true,
        value_name = "CODE",
        env = "BACKCHECK_REGION",
        hide_env_values = true
    )]
    pub region: Option<String>,

    /// The language of the questions and reports: a BCP 47 tag such as en,
    /// es or es-MX. Without it, the language of LC_ALL, LC_MESSAGES or LANG,
    /// else English. Help and the manual page are in English.
    #[arg(
        long,
        global = true,
        value_name = "TAG",
        env = "BACKCHECK_LANG",
        hide_env_values = true
    )]
    pub lang: Option<String>,

    /// The check-in journal, for --record [default: the platform data
    /// directory, e.g. ~/.local/share/backcheck/journal.sqlite3].
    #[arg(long, value_name = "PATH", env = "BACKCHECK_JOURNAL", hide_env_values = true, value_hint = ValueHint::FilePath)]
    pub journal: Option<PathBuf>,
}

/// `--color`.
#[derive(Debug, Clone, Copy, Args)]
pub struct ColorArgs {
    /// When to use colour: auto (on a terminal, unless NO_COLOR is set or
    /// CLICOLOR_FORCE asks for it), always or never.
    #[arg(long, value_enum, value_name = "WHEN")]
    pub color: Option<ColorArg>,
}

/// How answers are given, for the assessment and the check-in.
#[derive(Debug, Args)]
pub struct AnswerArgs {
    /// Read answers from a TOML or JSON file (`-` for standard input) instead
    /// of asking or reading piped lines.
    #[arg(long, value_name = "FILE", value_hint = ValueHint::FilePath)]
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

/// Options of the assessment (the command-less run).
#[derive(Debug, Args)]
pub struct AssessArgs {
    /// How answers are given.
    #[command(flatten)]
    pub answer: AnswerArgs,

    /// Write the answers to FILE as a TOML answers file (user-only, written
    /// atomically); `--answers FILE` replays them.
    #[arg(long, value_name = "FILE", value_hint = ValueHint::FilePath)]
    pub save_answers: Option<PathBuf>,

    /// Keep this assessment in the journal as the starting point (baseline)
    /// for weekly check-ins.
    #[arg(long)]
    pub record: bool,

    /// With --record: replace the starting point already kept (it stays in
    /// the journal as a replaced one; at a terminal, backcheck asks instead).
    #[arg(long, requires = "record")]
    pub replace: bool,
}

/// `--content` and `--checkin-content`, for the commands that read both.
#[derive(Debug, Args)]
pub struct ContentArgs {
    /// Questionnaire file to use instead of the shipped one (or set
    /// BACKCHECK_CONTENT).
    #[arg(long, value_name = "FILE", value_hint = ValueHint::FilePath)]
    pub content: Option<PathBuf>,

    /// Check-in questionnaire to use instead of the shipped one.
    #[arg(long, value_name = "FILE", env = "BACKCHECK_CHECKIN_CONTENT", hide_env_values = true, value_hint = ValueHint::FilePath)]
    pub checkin_content: Option<PathBuf>,
}

/// `--journal`.
#[derive(Debug, Args)]
pub struct JournalArg {
    /// The check-in journal (or set BACKCHECK_JOURNAL) [default: the platform
    /// data directory, e.g. ~/.local/share/backcheck/journal.sqlite3].
    #[arg(long, value_name = "PATH", value_hint = ValueHint::FilePath)]
    pub journal: Option<PathBuf>,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check a questionnaire file (an assessment or a check-in) and list every
    /// problem.
    #[command(after_help = "Examples:
  backcheck check my-questionnaire.toml
  backcheck check content/checkin.toml")]
    Check {
        /// The file (default: --content, or the shipped questionnaire).
        #[arg(value_hint = ValueHint::FilePath)]
        file: Option<PathBuf>,
        /// Questionnaire to check when FILE is not given (or set
        /// BACKCHECK_CONTENT).
        #[arg(long, value_name = "FILE", value_hint = ValueHint::FilePath)]
        content: Option<PathBuf>,
    },
    /// Print every question, its answers and its skip logic, for review or
    /// for writing piped answers.
    #[command(after_help = "Examples:
  backcheck questions                     the assessment, in the order piped answers follow
  backcheck questions --checkin           the weekly check-in
  backcheck questions --format markdown   a document for a clinician to review
  backcheck questions --format fhir       a FHIR R4 Questionnaire resource")]
    Questions {
        /// List the weekly check-in's questions instead of the assessment's.
        #[arg(long)]
        checkin: bool,
        /// With --format fhir: a Bundle of the Questionnaire and the
        /// CodeSystem of its answer codes.
        #[arg(long)]
        bundle: bool,
        /// Which questionnaires.
        #[command(flatten)]
        content: ContentArgs,
        /// Output format [default: text]; fhir is a FHIR R4 Questionnaire.
        #[arg(long, value_name = "FORMAT", value_parser = forms_of("questions"))]
        format: Option<Format>,
        /// Where to write it.
        #[command(flatten)]
        output: OutputArg,
    },
    /// Record this week's check-in: pain, activity limits, warning signs,
    /// massage and its after-effects.
    #[command(after_help = "Examples:
  backcheck checkin                        at the terminal
  backcheck checkin --date 2026-11-20      a missed week, later
  backcheck checkin --answers week.toml --replace")]
    Checkin(CheckinArgs),
    /// Show whether things are changing: a chart of the check-ins and a verdict.
    #[command(after_help = "Examples:
  backcheck trend
  backcheck trend --svg chart.svg
  backcheck trend --format html --output trend.html   a page to print or send
  backcheck trend --format markdown > trend.md")]
    Trend {
        /// Also write the chart as an SVG picture to FILE.
        #[arg(long, value_name = "FILE", value_hint = ValueHint::FilePath)]
        svg: Option<PathBuf>,
        /// Which questionnaires.
        #[command(flatten)]
        content: ContentArgs,
        /// The journal.
        #[command(flatten)]
        journal: JournalArg,
        /// Output format [default: text]; html is one page, with the chart.
        #[arg(long, value_name = "FORMAT", value_parser = forms_of("trend"))]
        format: Option<Format>,
        /// Where to write it.
        #[command(flatten)]
        output: OutputArg,
        /// When to use colour.
        #[command(flatten)]
        color: ColorArgs,
    },
    /// Write a calendar file with a weekly reminder to check in, for any
    /// calendar program to import (iCalendar, RFC 5545).
    #[command(after_help = "Examples:
  backcheck remind --output checkin.ics            the weekday of your last check-in, at 09:00
  backcheck remind --day sunday --time 18:30 --output checkin.ics")]
    Remind {
        /// The day of the week [default: that of your last check-in, else today's].
        #[arg(long, value_enum, value_name = "DAY")]
        day: Option<WeekdayArg>,
        /// The time of day, HH:MM in your own time [default: 09:00].
        #[arg(long, value_name = "HH:MM")]
        time: Option<String>,
        /// Check-in questionnaire to use instead of the shipped one.
        #[arg(long, value_name = "FILE", env = "BACKCHECK_CHECKIN_CONTENT", hide_env_values = true, value_hint = ValueHint::FilePath)]
        checkin_content: Option<PathBuf>,
        /// The journal.
        #[command(flatten)]
        journal: JournalArg,
        /// Where to write it.
        #[command(flatten)]
        output: OutputArg,
    },
    /// See, take away or erase the journal.
    #[command(after_help = "Examples:
  backcheck journal list
  backcheck journal export > backcheck.json
  backcheck journal import backcheck.json
  backcheck journal delete")]
    Journal {
        /// What to do with it.
        #[command(subcommand)]
        action: JournalCommand,
    },
    /// Score many answer sets at once (a survey export, JSON Lines or CSV): one
    /// result per set, in input order, scored as a single run scores it.
    #[command(after_help = "Examples:
  backcheck score answers.jsonl > results.jsonl
  backcheck score survey.csv --format csv > results.csv
  backcheck score answers.jsonl --keep-going --full
  backcheck score redcap.csv --columns redcap.columns.toml   headers mapped to ids
  backcheck score responses.ndjson                           FHIR QuestionnaireResponses
  backcheck sample --count 1000 | backcheck score -

Input: each JSON line is an answers object (as for --answers) with an optional \"_id\";
a CSV (comma- or semicolon-separated) has a header of question ids or question texts
(and _id); other columns are ignored with a warning (--strict-columns refuses them).
Yes/no as yes/no/y/n/true/false/1/0 (or the run's language's words); choose-any values
joined by |, ; or , (or none; an empty cell is none where the question has a none
option), or REDCap checkbox columns id___value with 1 or 0; an empty cell for no
answer. A FHIR Bundle or NDJSON of QuestionnaireResponses is read as well (_id from
the response's id or identifier). See docs/json-output.md for a Google Forms and a
REDCap export end to end.")]
    Score {
        /// The answer sets: a .jsonl or .csv file, or `-` (or nothing) for
        /// standard input.
        #[arg(value_hint = ValueHint::FilePath)]
        file: Option<PathBuf>,
        /// The input's format [default: by the file's extension; on standard
        /// input, jsonl when it starts with `{`, else csv].
        #[arg(long, value_enum, value_name = "FORMAT")]
        input_format: Option<BatchFormat>,
        /// The results' format [default: jsonl].
        #[arg(long, value_enum, value_name = "FORMAT")]
        format: Option<BatchFormat>,
        /// Write each set's whole JSON report (the one `--format json` prints)
        /// on its line, after its `_id` and `line`, instead of the summary.
        #[arg(long)]
        full: bool,
        /// Write an error record for an answer set that does not fit and go
        /// on; exit 65 at the end with a count.
        #[arg(long)]
        keep_going: bool,
        /// Refuse a CSV column that is not a question (by default such
        /// columns, like a survey tool's Timestamp or record_id, are ignored
        /// with one warning).
        #[arg(long)]
        strict_columns: bool,
        /// A TOML file naming the question of each CSV header it maps,
        /// `"Header as exported" = "question_id"` (or "_id"), for headers
        /// that are neither ids nor the questions' words.
        #[arg(long, value_name = "FILE", value_hint = ValueHint::FilePath)]
        columns: Option<PathBuf>,
        /// Questionnaire file to use instead of the shipped one (or set
        /// BACKCHECK_CONTENT).
        #[arg(long, value_name = "FILE", value_hint = ValueHint::FilePath)]
        content: Option<PathBuf>,
    },
    /// Print random valid answer sets, the same for the same seed: for tests,
    /// demos and benchmarks.
    #[command(after_help = "Examples:
  backcheck sample --count 100 > answers.jsonl
  backcheck sample --count 1000000 --seed 7 --format csv > big.csv
  backcheck sample --count 10 --content my-questionnaire.toml")]
    Sample {
        /// How many answer sets.
        #[arg(long, value_name = "N")]
        count: u64,
        /// The seed: the same seed gives the same answer sets.
        #[arg(long, value_name = "S", default_value_t = 0)]
        seed: u64,
        /// The format [default: jsonl].
        #[arg(long, value_enum, value_name = "FORMAT")]
        format: Option<BatchFormat>,
        /// Questionnaire file to use instead of the shipped one (or set
        /// BACKCHECK_CONTENT).
        #[arg(long, value_name = "FILE", value_hint = ValueHint::FilePath)]
        content: Option<PathBuf>,
    },
    /// Print a completion script for a shell.
    #[command(after_help = "Examples:
  backcheck completions bash > ~/.local/share/bash-completion/completions/backcheck
  backcheck completions zsh > ~/.zfunc/_backcheck
  backcheck completions fish > ~/.config/fish/completions/backcheck.fish")]
    Completions {
        /// The shell.
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Print the manual page (roff).
    #[command(after_help = "Examples:
  backcheck man | man -l -
  backcheck man > ~/.local/share/man/man1/backcheck.1")]
    Man,
    /// Print the JSON Schema of a content file format, for editors and
    /// content authors.
    #[command(after_help = "Examples:
  backcheck schema > schema.json
  backcheck schema regions > regions.schema.json
  backcheck check my-questionnaire.toml")]
    Schema {
        /// Which format [default: questionnaire].
        #[arg(value_enum)]
        kind: Option<SchemaKind>,
    },
}

/// The content file formats `schema` describes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SchemaKind {
    /// An assessment or a weekly check-in.
    Questionnaire,
    /// The region table (content/regions.toml).
    Regions,
    /// The shared safety net (content/safety-net.toml).
    SafetyNet,
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

    /// Check-in questionnaire to use instead of the shipped one.
    #[arg(long, value_name = "FILE", env = "BACKCHECK_CHECKIN_CONTENT", hide_env_values = true, value_hint = ValueHint::FilePath)]
    pub checkin_content: Option<PathBuf>,

    /// The journal.
    #[command(flatten)]
    pub journal: JournalArg,

    /// Output format [default: text]; fhir is a FHIR R4 QuestionnaireResponse.
    #[arg(long, value_name = "FORMAT", value_parser = forms_of("checkin"))]
    pub format: Option<Format>,

    /// Where to write it.
    #[command(flatten)]
    pub output: OutputArg,

    /// When to use colour.
    #[command(flatten)]
    pub color: ColorArgs,
}

/// `backcheck journal ...`.
#[derive(Debug, Subcommand)]
pub enum JournalCommand {
    /// List the starting point and every check-in.
    #[command(after_help = "Examples:
  backcheck journal list
  backcheck journal list --format json")]
    List {
        /// Which questionnaires (for the words of verdicts and after-effects).
        #[command(flatten)]
        content: ContentArgs,
        /// The journal.
        #[command(flatten)]
        journal: JournalArg,
        /// Output format [default: text].
        #[arg(long, value_name = "FORMAT", value_parser = forms_of("journal list"))]
        format: Option<Format>,
        /// Where to write it.
        #[command(flatten)]
        output: OutputArg,
    },
    /// Write the whole journal to standard output.
    #[command(after_help = "Examples:
  backcheck journal export > backcheck.json
  backcheck journal export --format csv > backcheck.csv
  backcheck journal export --format fhir > backcheck-fhir.json")]
    Export {
        /// The journal.
        #[command(flatten)]
        journal: JournalArg,
        /// Output format [default: json].
        #[arg(long, value_enum, value_name = "FORMAT")]
        format: Option<ExportFormatArg>,
        /// Where to write it.
        #[command(flatten)]
        output: OutputArg,
    },
    /// Delete the journal, starting point included, or one check-in.
    #[command(after_help = "Examples:
  backcheck journal delete                        asks first
  backcheck journal delete --yes                  for scripts
  backcheck journal delete --date 2026-11-20      one check-in, asks first")]
    Delete {
        /// Do not ask for confirmation (for scripts).
        #[arg(long)]
        yes: bool,
        /// Take away only the check-in of this date.
        #[arg(long, value_name = "YYYY-MM-DD")]
        date: Option<String>,
        /// The journal.
        #[command(flatten)]
        journal: JournalArg,
    },
    /// Read an export (JSON) into an empty journal, e.g. on a new machine.
    #[command(after_help = "Examples:
  backcheck journal import backcheck.json
  backcheck journal import backcheck.json --journal new.sqlite3")]
    Import {
        /// The file written by `backcheck journal export --format json`.
        #[arg(value_hint = ValueHint::FilePath)]
        file: PathBuf,
        /// The journal.
        #[command(flatten)]
        journal: JournalArg,
    },
}

/// `--output`, for the commands that print a report.
#[derive(Debug, Args)]
pub struct OutputArg {
    /// Write the output to FILE instead of standard output (user-only,
    /// written atomically; a pipe or device is written into; - is standard
    /// output).
    #[arg(long, value_name = "FILE", value_hint = ValueHint::FilePath)]
    pub output: Option<PathBuf>,
}

/// The formats of `score` and `sample`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum BatchFormat {
    /// One JSON object per line.
    Jsonl,
    /// Comma-separated values with a header row.
    Csv,
}

/// `--format` of `journal export`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExportFormatArg {
    /// The file `journal import` reads.
    Json,
    /// Comma-separated values, a row per check-in.
    Csv,
    /// A FHIR R4 Bundle: each check-in's pain as an Observation and its
    /// answers as a QuestionnaireResponse.
    Fhir,
}

/// A day of the week, for `remind --day`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
#[allow(missing_docs)] // the names say it; docs would make --help list them twice
pub enum WeekdayArg {
    #[value(alias = "mon")]
    Monday,
    #[value(alias = "tue")]
    Tuesday,
    #[value(alias = "wed")]
    Wednesday,
    #[value(alias = "thu")]
    Thursday,
    #[value(alias = "fri")]
    Friday,
    #[value(alias = "sat")]
    Saturday,
    #[value(alias = "sun")]
    Sunday,
}

/// `--color`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorArg {
    /// Colour on a terminal, unless NO_COLOR is set; CLICOLOR_FORCE colours
    /// a pipe too.
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
