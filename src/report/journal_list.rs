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
    /// The starting points it replaced, oldest first, with when.
    pub replaced: &'a [(RecordedAssessment, String)],
    /// Every check-in, oldest first.
    pub checkins: &'a [CheckIn],
    /// Words for the ids.
    pub labels: &'a Labels,
}

#[derive(Serialize)]
struct Out<'a> {
    schema_version: u32,
    /// The language of the words (a BCP 47 tag, e.g. `en`, `es`).
    lang: &'static str,
    journal: &'a str,
    exists: bool,
    baseline: Option<BaselineOut<'a>>,
    replaced_baselines: Vec<ReplacedOut<'a>>,
    checkins: Vec<CheckInOut<'a>>,
}

#[derive(Serialize)]
struct BaselineOut<'a> {
    date: String,
    pain: u8,
    activity_limits: Option<u8>,
    verdict: &'a str,
}

#[derive(Serialize)]
struct ReplacedOut<'a> {
    #[serde(flatten)]
    baseline: BaselineOut<'a>,
    replaced_at: &'a str,
}

fn baseline_out(b: &RecordedAssessment) -> BaselineOut<'_> {
    BaselineOut {
        date: b.date.to_string(),
        pain: b.pain,
        activity_limits: b.activity_limits,
        verdict: &b.verdict,
    }
}

/// Width of a table row before the rating and after-effects columns:
/// `2026-10-08  ` and the pain, limits, massage and urgent columns.
const TABLE_PREFIX: usize = 43;

fn massage(c: &CheckIn) -> &'static str {
    match c.had_massage {
        Some(true) => "yes",
        Some(false) => "no",
        None => "-",
    }
}

impl JournalList<'_> {
    fn baseline_line(&self) -> String {
        let mut line = match self.baseline {
            Some(b) => format!(
                "Starting point: {}, pain {} of 10, {}",
                b.date,
                b.pain,
                printable(&self.labels.verdict(&b.verdict))
            ),
            None => "Starting point: none yet (record one with `backcheck --record`)".into(),
        };
        for (b, at) in self.replaced {
            line.push_str(&format!(
                ". It replaced the starting point of {}, pain {} of 10, on {}",
                b.date,
                b.pain,
                at.get(..10).unwrap_or(at)
            ));
        }
        line
    }

    /// The check-ins one entry each, for a narrow terminal: a sentence,
    /// wrapped with a hanging indent.
    fn narrow(&self, ratings: &[String], width: usize, out: &mut Vec<u8>) -> io::Result<()> {
        if !self.checkins.is_empty() {
            writeln!(out)?;
        }
        for (c, rating) in self.checkins.iter().zip(ratings) {
            let mut entry = format!(
                "{}: pain {}, activity limits {}, massage {}",
                c.date,
                c.pain,
                c.activity_limits,
                massage(c)
            );
            if c.urgent {
                entry.push_str(", an urgent sign");
            }
            if !rating.is_empty() {
                entry.push_str(&format!(", rated {rating}"));
            }
            let words = printable(&self.labels.after_effects(&c.side_effects, "; ")).into_owned();
            if !words.is_empty() {
                entry.push_str(&format!("; after-effects: {words}"));
            }
            for line in crate::wrap::wrap_lines(&entry, width, "", "  ") {
                writeln!(out, "{line}")?;
            }
        }
        Ok(())
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
        // The table's columns before the after-effects; a terminal too narrow
        // for them and some room to spare gets one entry per check-in instead.
        let fixed = TABLE_PREFIX + rating_width.map_or(0, |w| w + 2);
        if fixed + "After-effects".len() > width {
            return self.narrow(&ratings, width, out);
        }
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

    fn markdown(&self, o: &RenderOptions, out: &mut Vec<u8>) -> io::Result<()> {
        use super::blocks::{Block, Kind, On, Part, Section, Tone};
        if !self.exists {
            writeln!(out, "# Journal\n")?;
            return writeln!(out, "{}", self.missing_line());
        }
        let blocks = [
            Block::Title {
                text: "Journal".into(),
                meta: format!("Journal: {}", self.path),
            },
            Block::Section(Section {
                kind: Kind::Plain,
                heading: None,
                tone: Tone::Plain,
                parts: vec![
                    Part::Text(self.baseline_line()),
                    super::trend::checkins_table(self.checkins, self.labels),
                ],
                on: On::All,
            }),
        ];
        super::layout::markdown::write(&blocks, o, out)
    }

    fn json(&self, out: &mut Vec<u8>) -> io::Result<()> {
        write_json(
            &Out {
                schema_version: 1,
                lang: crate::words::lang().tag(),
                journal: self.path,
                exists: self.exists,
                baseline: self.baseline.map(baseline_out),
                replaced_baselines: self
                    .replaced
                    .iter()
                    .map(|(b, at)| ReplacedOut {
                        baseline: baseline_out(b),
                        replaced_at: at,
                    })
                    .collect(),
                checkins: self.checkins.iter().map(CheckInOut::from).collect(),
            },
            out,
        )
    }
}

#[cfg(test)]
mod tests {
    use jiff::civil::Date;

    use super::*;

    fn checkin(day: i8, rating: Option<&str>, effects: &[&str]) -> CheckIn {
        CheckIn {
            date: Date::constant(2026, 11, day),
            pain: 4,
            activity_limits: 3,
            had_massage: Some(true),
            massage_minutes: None,
            massage_kind: None,
            side_effects: effects.iter().map(|e| (*e).to_owned()).collect(),
            warning_signs: Some(false),
            global_change: rating.map(str::to_owned),
            urgent: day == 9,
            status: None,
            signs: Vec::new(),
        }
    }

    fn text(checkins: &[CheckIn], width: usize) -> String {
        let labels = Labels {
            verdicts: vec![("may_help".into(), "Massage may help".into())],
            after_effects: vec![
                ("bruising".into(), "Bruising".into()),
                ("more_pain".into(), "More back pain than before".into()),
            ],
            global_change: vec![("a_little_better".into(), "A little better".into())],
            signs: Vec::new(),
        };
        let list = JournalList {
            path: "j.sqlite3",
            exists: true,
            baseline: None,
            replaced: &[],
            checkins,
            labels: &labels,
        };
        let o = RenderOptions {
            color: false,
            width,
            date: "2026-11-25".into(),
        };
        let mut out = Vec::new();
        list.text(&o, &mut out).expect("in memory");
        String::from_utf8(out).expect("utf-8")
    }

    #[test]
    fn a_wide_terminal_gets_a_table_and_a_narrow_one_an_entry_each() {
        let checkins = [
            checkin(2, None, &[]),
            checkin(9, Some("a_little_better"), &["bruising", "more_pain"]),
        ];
        let wide = text(&checkins, 100);
        assert!(
            wide.contains(
                "Date        Pain  Limits  Massage  Urgent  Rating           After-effects"
            ),
            "{wide}"
        );
        assert!(
            wide.contains(
                "2026-11-09     4       3  yes      yes     A little better  Bruising; More back pain than before"
            ),
            "{wide}"
        );
        for width in [40, 50, 60, 70] {
            let narrow = text(&checkins, width);
            assert!(!narrow.contains("Date        Pain"), "{width}: {narrow}");
            assert!(
                narrow.lines().all(|l| l.chars().count() < width),
                "{width}: {narrow}"
            );
            let flat = narrow.split_whitespace().collect::<Vec<_>>().join(" ");
            assert!(
                flat.contains(
                    "2026-11-09: pain 4, activity limits 3, massage yes, an urgent sign, rated A little better; after-effects: Bruising; More back pain than before"
                ),
                "{width}: {narrow}"
            );
        }
        // Without ratings the table needs less room, and fits in 60 columns.
        let plain = text(&[checkin(2, None, &[]), checkin(16, None, &[])], 60);
        assert!(
            plain.contains("Date        Pain  Limits  Massage  Urgent  After-effects"),
            "{plain}"
        );
    }
}
