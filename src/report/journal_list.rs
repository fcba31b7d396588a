//! `backcheck journal list`: the baseline and every check-in, as a table for
//! a terminal, a markdown table, or JSON (docs/json-output.md).

use std::io::{self, Write};

use serde::Serialize;

use super::trend::json::CheckInOut;
use super::{Document, Labels, RenderOptions, write_json};
use crate::journal::record::{CheckIn, RecordedAssessment};
use crate::sanitize::printable;
use crate::words::{t, ta};

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

fn massage(c: &CheckIn) -> String {
    match c.had_massage {
        Some(true) => t("report-yes"),
        Some(false) => t("report-no"),
        None => "-".into(),
    }
}

impl JournalList<'_> {
    fn baseline_line(&self) -> String {
        let mut line = match self.baseline {
            Some(b) => ta(
                "journal-starting-point",
                &[
                    ("date", b.date.to_string().into()),
                    ("pain", b.pain.into()),
                    (
                        "verdict",
                        printable(&self.labels.verdict(&b.verdict))
                            .into_owned()
                            .into(),
                    ),
                ],
            ),
            None => t("journal-no-starting-point"),
        };
        for (b, at) in self.replaced {
            line.push_str(&ta(
                "journal-replaced",
                &[
                    ("date", b.date.to_string().into()),
                    ("pain", b.pain.into()),
                    ("on", at.get(..10).unwrap_or(at).into()),
                ],
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
            let mut entry = ta(
                "journal-entry",
                &[
                    ("date", c.date.to_string().into()),
                    ("pain", c.pain.into()),
                    ("activity", c.activity_limits.into()),
                    ("massage", massage(c).into()),
                ],
            );
            if c.urgent {
                entry.push_str(&t("journal-entry-urgent"));
            }
            if !rating.is_empty() {
                entry.push_str(&ta("journal-entry-rated", &[("rating", rating.into())]));
            }
            let words = printable(&self.labels.after_effects(&c.side_effects, "; ")).into_owned();
            if !words.is_empty() {
                entry.push_str(&ta(
                    "journal-entry-after-effects",
                    &[("effects", words.into())],
                ));
            }
            for line in crate::wrap::wrap_lines(&entry, width, "", "  ") {
                writeln!(out, "{line}")?;
            }
        }
        Ok(())
    }

    fn missing_line(&self) -> String {
        ta("journal-missing", &[("path", self.path.into())])
    }
}

/// Text padded to a width (in columns), on the left or the right.
fn pad(text: &str, width: usize, right: bool) -> String {
    let fill = " ".repeat(width.saturating_sub(console::measure_text_width(text)));
    if right {
        format!("{fill}{text}")
    } else {
        format!("{text}{fill}")
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
        writeln!(out, "{}", ta("journal-path", &[("path", self.path.into())]))?;
        for line in crate::wrap::wrap_lines(&self.baseline_line(), width, "", "  ") {
            writeln!(out, "{line}")?;
        }
        writeln!(
            out,
            "{}",
            ta("journal-count", &[("count", self.checkins.len().into())])
        )?;
        // The person's own rating in a column, when any check-in has one.
        let ratings: Vec<String> = self
            .checkins
            .iter()
            .map(|c| {
                c.global_change.as_deref().map_or(String::new(), |g| {
                    printable(&self.labels.global_change(g)).into_owned()
                })
            })
            .collect();
        let with_rating = ratings.iter().any(|r| !r.is_empty());
        let heads: Vec<String> = [
            "column-date",
            "column-pain",
            "column-limits",
            "column-massage",
            "column-urgent-short",
            "column-rating-short",
        ]
        .iter()
        .take(if with_rating { 6 } else { 5 })
        .map(|id| t(id))
        .collect();
        let rows: Vec<Vec<String>> = self
            .checkins
            .iter()
            .zip(&ratings)
            .map(|(c, rating)| {
                let mut row = vec![
                    c.date.to_string(),
                    c.pain.to_string(),
                    c.activity_limits.to_string(),
                    massage(c),
                    if c.urgent {
                        t("report-yes")
                    } else {
                        String::new()
                    },
                ];
                if with_rating {
                    row.push(rating.clone());
                }
                row
            })
            .collect();
        // Each column as wide as its widest cell; numbers to the right.
        let widths: Vec<usize> = (0..heads.len())
            .map(|i| {
                rows.iter()
                    .map(|r| console::measure_text_width(&r[i]))
                    .chain([console::measure_text_width(&heads[i])])
                    .max()
                    .unwrap_or(0)
            })
            .collect();
        let line = |cells: &[String]| -> String {
            cells
                .iter()
                .zip(&widths)
                .enumerate()
                .map(|(i, (c, w))| format!("{}  ", pad(c, *w, i == 1 || i == 2)))
                .collect()
        };
        // A terminal too narrow for the columns and some room to spare gets
        // one entry per check-in instead.
        let after = t("column-after-effects");
        let fixed: usize = widths.iter().map(|w| w + 2).sum();
        if fixed + console::measure_text_width(&after) > width {
            return self.narrow(&ratings, width, out);
        }
        if !self.checkins.is_empty() {
            writeln!(out, "\n{}{after}", line(&heads))?;
        }
        for (c, row) in self.checkins.iter().zip(&rows) {
            // After-effects last: their words may be long, and wrap under
            // their column.
            let row = line(row);
            let words = printable(&self.labels.after_effects(&c.side_effects, "; ")).into_owned();
            if words.is_empty() {
                writeln!(out, "{}", row.trim_end())?;
                continue;
            }
            let indent = " ".repeat(console::measure_text_width(&row));
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
            writeln!(out, "# {}\n", t("journal-title"))?;
            return writeln!(out, "{}", self.missing_line());
        }
        let blocks = [
            Block::Title {
                text: t("journal-title"),
                meta: ta("journal-path", &[("path", self.path.into())]),
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
