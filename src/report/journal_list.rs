//! `backcheck journal list`: the baseline and every check-in, as a table for
//! a terminal, a markdown table, or JSON (docs/json-output.md).

use std::io::{self, Write};

use serde::Serialize;

use super::trend::json::CheckInOut;
use super::{Document, RenderOptions, write_json};
use crate::journal::record::{CheckIn, RecordedAssessment};
use crate::sanitize::printable;

/// What the journal holds.
pub struct JournalList<'a> {
    /// Where the journal is, as shown to the person.
    pub path: &'a str,
    /// Whether there is a journal file at all.
    pub exists: bool,
    /// The recorded assessment.
    pub baseline: Option<&'a RecordedAssessment>,
    /// Every check-in, oldest first.
    pub checkins: &'a [CheckIn],
}

#[derive(Serialize)]
struct Out<'a> {
    schema_version: u32,
    journal: &'a str,
    exists: bool,
    baseline: Option<BaselineOut<'a>>,
    checkins: Vec<CheckInOut<'a>>,
}

#[derive(Serialize)]
struct BaselineOut<'a> {
    date: String,
    pain: u8,
    verdict: &'a str,
}

fn massage(c: &CheckIn) -> &'static str {
    match c.had_massage {
        Some(true) => "yes",
        Some(false) => "no",
        None => "-",
    }
}

impl JournalList<'_> {
    fn baseline_line(&self) -> String {
        match self.baseline {
            Some(b) => format!(
                "Baseline: {}, pain {} of 10, verdict {}",
                b.date,
                b.pain,
                printable(&b.verdict)
            ),
            None => "Baseline: none (record one with `backcheck --record`)".into(),
        }
    }

    fn missing_line(&self) -> String {
        format!(
            "No journal yet at {}. Start one with `backcheck checkin`.",
            self.path
        )
    }
}

impl Document for JournalList<'_> {
    fn text(&self, _: &RenderOptions, out: &mut Vec<u8>) -> io::Result<()> {
        if !self.exists {
            return writeln!(out, "{}", self.missing_line());
        }
        writeln!(out, "Journal: {}", self.path)?;
        writeln!(out, "{}", self.baseline_line())?;
        writeln!(out, "{} check-ins", self.checkins.len())?;
        if !self.checkins.is_empty() {
            writeln!(
                out,
                "\nDate        Pain  Limits  Massage  After-effects                 Urgent"
            )?;
        }
        for c in self.checkins {
            let line = format!(
                "{}  {:>4}  {:>6}  {:<7}  {:<28}  {}",
                c.date,
                c.pain,
                c.activity_limits,
                massage(c),
                printable(&c.side_effects.join(",")),
                if c.urgent { "yes" } else { "" }
            );
            writeln!(out, "{}", line.trim_end())?;
        }
        Ok(())
    }

    fn markdown(&self, _: &RenderOptions, out: &mut Vec<u8>) -> io::Result<()> {
        writeln!(out, "# Journal\n")?;
        if !self.exists {
            return writeln!(out, "{}", self.missing_line());
        }
        writeln!(out, "Journal: {}\n", self.path)?;
        writeln!(out, "{}\n", self.baseline_line())?;
        writeln!(
            out,
            "| Date | Pain | Activity limits | Massage | After-effects | Urgent sign |"
        )?;
        writeln!(out, "| --- | --- | --- | --- | --- | --- |")?;
        for c in self.checkins {
            writeln!(
                out,
                "| {} | {} | {} | {} | {} | {} |",
                c.date,
                c.pain,
                c.activity_limits,
                massage(c),
                printable(&c.side_effects.join(", ")),
                if c.urgent { "yes" } else { "" }
            )?;
        }
        Ok(())
    }

    fn json(&self, out: &mut Vec<u8>) -> io::Result<()> {
        write_json(
            &Out {
                schema_version: 1,
                journal: self.path,
                exists: self.exists,
                baseline: self.baseline.map(|b| BaselineOut {
                    date: b.date.to_string(),
                    pain: b.pain,
                    verdict: &b.verdict,
                }),
                checkins: self.checkins.iter().map(CheckInOut::from).collect(),
            },
            out,
        )
    }
}
