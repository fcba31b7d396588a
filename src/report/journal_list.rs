//! `backcheck journal list`: the baseline and every check-in, as a table for
//! a terminal, a markdown table, or JSON (docs/json-output.md).

use std::io::{self, Write};

use serde::Serialize;

use super::trend::json::CheckInOut;
use super::{Document, Labels, RenderOptions, write_json};
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
    /// Words for the ids.
    pub labels: &'a Labels,
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
                "Starting point: {}, pain {} of 10, {}",
                b.date,
                b.pain,
                printable(&self.labels.verdict(&b.verdict))
            ),
            None => "Starting point: none yet (record one with `backcheck --record`)".into(),
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
    fn text(&self, o: &RenderOptions, out: &mut Vec<u8>) -> io::Result<()> {
        let width = o.width.saturating_sub(1);
        if !self.exists {
            for line in crate::wrap::wrap_lines(&self.missing_line(), width, "", "") {
                writeln!(out, "{line}")?;
            }
            return Ok(());
        }
        writeln!(out, "Journal: {}", self.path)?;
        for line in crate::wrap::wrap_lines(&self.baseline_line(), width, "", "  ") {
            writeln!(out, "{line}")?;
        }
        let n = self.checkins.len();
        writeln!(out, "{n} check-in{}", if n == 1 { "" } else { "s" })?;
        // The person's own rating, in a column as wide as its longest label,
        // when any check-in has one.
        let ratings: Vec<String> = self
            .checkins
            .iter()
            .map(|c| {
                c.global_change.as_deref().map_or(String::new(), |g| {
                    printable(&self.labels.global_change(g)).into_owned()
                })
            })
            .collect();
        let rating_width = ratings
            .iter()
            .map(|r| console::measure_text_width(r))
            .max()
            .filter(|&w| w > 0)
            .map(|w| w.max("Rating".len()));
        if !self.checkins.is_empty() {
            let rating_head = rating_width.map_or(String::new(), |w| format!("{:<w$}  ", "Rating"));
            writeln!(
                out,
                "\nDate        Pain  Limits  Massage  Urgent  {rating_head}After-effects"
            )?;
        }
        for (c, rating) in self.checkins.iter().zip(&ratings) {
            // After-effects last: their words may be long, and wrap under
            // their column.
            let rating = rating_width.map_or(String::new(), |w| {
                let pad = w - console::measure_text_width(rating);
                format!("{rating}{}  ", " ".repeat(pad))
            });
            let row = format!(
                "{}  {:>4}  {:>6}  {:<7}  {:<6}  {rating}",
                c.date,
                c.pain,
                c.activity_limits,
                massage(c),
                if c.urgent { "yes" } else { "" },
            );
            let words = printable(&self.labels.after_effects(&c.side_effects, "; ")).into_owned();
            if words.is_empty() {
                writeln!(out, "{}", row.trim_end())?;
                continue;
            }
            let indent = " ".repeat(row.chars().count());
            let width = o.width.saturating_sub(1).max(indent.len() + 12);
            for line in crate::wrap::wrap_lines(&words, width, &row, &indent) {
                writeln!(out, "{line}")?;
            }
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
        super::checkins_markdown(self.checkins, self.labels, out)
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
