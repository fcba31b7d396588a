//! The exit codes, in one table: `error.rs` maps every error to one of them,
//! `--help` prints this table, and a test holds the README's table to it.
//! The numbers follow sysexits.

use std::fmt::Write as _;

/// How a run ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ExitCode {
    /// Success, whatever the verdict.
    Success,
    /// A bad option, date or combination, or no terminal to ask on.
    Usage,
    /// Bad data: an answer, an answers-file entry or an import record.
    BadData,
    /// An input file cannot be read.
    NoInput,
    /// The journal, an output file or the terminal cannot be used.
    Unusable,
    /// The questionnaire content is invalid.
    BadContent,
    /// Stopped by a hang-up (SIGHUP): the terminal went away.
    HungUp,
    /// Stopped with Ctrl-C (SIGINT).
    Interrupted,
    /// Stopped by SIGTERM.
    Terminated,
}

impl ExitCode {
    /// Every code, in the order of the tables.
    pub const ALL: [ExitCode; 9] = [
        ExitCode::Success,
        ExitCode::Usage,
        ExitCode::BadData,
        ExitCode::NoInput,
        ExitCode::Unusable,
        ExitCode::BadContent,
        ExitCode::HungUp,
        ExitCode::Interrupted,
        ExitCode::Terminated,
    ];

    /// The code for a run stopped by `signal`: 128 plus its number.
    pub fn stopped_by(signal: i32) -> ExitCode {
        match signal {
            signal_hook::consts::SIGHUP => ExitCode::HungUp,
            signal_hook::consts::SIGTERM => ExitCode::Terminated,
            _ => ExitCode::Interrupted,
        }
    }

    /// The number the process exits with.
    pub fn code(self) -> i32 {
        match self {
            ExitCode::Success => 0,
            ExitCode::Usage => 2,
            ExitCode::BadData => 65,
            ExitCode::NoInput => 66,
            ExitCode::Unusable => 74,
            ExitCode::BadContent => 78,
            ExitCode::HungUp => 129,
            ExitCode::Interrupted => 130,
            ExitCode::Terminated => 143,
        }
    }

    /// What it means, in the words of `--help` and the README.
    pub fn meaning(self) -> &'static str {
        match self {
            ExitCode::Success => "ok, whatever the verdict",
            ExitCode::Usage => {
                "usage: a bad option or date, no terminal to ask on, or a missing --replace or --yes"
            }
            ExitCode::BadData => {
                "bad answers: a piped line, an answers-file entry or an import does not fit"
            }
            ExitCode::NoInput => "an input file cannot be read (missing, unreadable or too large)",
            ExitCode::Unusable => {
                "the journal cannot be used, a file cannot be written, or the terminal failed"
            }
            ExitCode::BadContent => "invalid questionnaire content, or content FHIR cannot express",
            ExitCode::HungUp => "stopped because the terminal closed (SIGHUP)",
            ExitCode::Interrupted => "interrupted (Ctrl-C, SIGINT)",
            ExitCode::Terminated => "stopped by SIGTERM (e.g. `kill`)",
        }
    }

    /// The table at the end of `--help`.
    pub fn help_table() -> String {
        let mut s = String::from("Exit codes:\n");
        for c in Self::ALL {
            let _ = writeln!(s, "  {:<4} {}", c.code(), c.meaning());
        }
        s
    }

    /// The table as markdown rows, as the README has it.
    pub fn markdown_rows() -> Vec<String> {
        Self::ALL
            .iter()
            .map(|c| format!("| {} | {} |", c.code(), c.meaning()))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_distinct_and_sysexits() {
        let codes: Vec<i32> = ExitCode::ALL.iter().map(|c| c.code()).collect();
        assert_eq!(codes, [0, 2, 65, 66, 74, 78, 129, 130, 143]);
        for c in [
            ExitCode::HungUp,
            ExitCode::Interrupted,
            ExitCode::Terminated,
        ] {
            assert_eq!(ExitCode::stopped_by(c.code() - 128), c);
        }
    }

    #[test]
    fn the_help_table_lists_every_code_once() {
        let table = ExitCode::help_table();
        for c in ExitCode::ALL {
            let row = format!("  {:<4} {}\n", c.code(), c.meaning());
            assert_eq!(table.matches(&row).count(), 1, "{row:?} in {table}");
        }
    }
}
