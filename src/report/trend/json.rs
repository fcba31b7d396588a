//! The trend as JSON: the contract in docs/json-output.md (`schema_version` 1).

use std::io::{self, Write};

use serde::Serialize;

use crate::journal::trend::{Trend, round1};

#[derive(Serialize)]
struct Out<'a> {
    schema_version: u32,
    verdict: Verdict<'a>,
    baseline: Option<Baseline>,
    current_pain: Option<f64>,
    change: Option<Change>,
    checkins: Vec<CheckInOut<'a>>,
    reasons: &'a [String],
    advice: &'a [String],
    consult: &'a str,
}

/// A verdict or status as JSON, `{"id", "title", "summary"}`: shared by the
/// trend and by `checkin --format json`.
#[derive(Serialize)]
pub(crate) struct Verdict<'a> {
    pub(crate) id: &'a str,
    pub(crate) title: &'a str,
    pub(crate) summary: &'a str,
}

#[derive(Serialize)]
struct Baseline {
    date: String,
    pain: u8,
    source: &'static str,
}

#[derive(Serialize)]
struct Change {
    points: f64,
    percent: Option<f64>,
}

/// One check-in as JSON: shared by the trend and by `checkin --format json`.
#[derive(Serialize)]
pub(crate) struct CheckInOut<'a> {
    date: String,
    pain: u8,
    activity_limits: u8,
    had_massage: Option<bool>,
    side_effects: &'a [String],
    urgent: bool,
}

impl<'a> From<&'a crate::journal::trend::CheckIn> for CheckInOut<'a> {
    fn from(c: &'a crate::journal::trend::CheckIn) -> Self {
        CheckInOut {
            date: c.date.to_string(),
            pain: c.pain,
            activity_limits: c.activity_limits,
            had_massage: c.had_massage,
            side_effects: &c.side_effects,
            urgent: c.urgent,
        }
    }
}

/// Writes the trend as pretty JSON with a final newline.
pub fn render(t: &Trend, consult: &str, out: &mut impl Write) -> io::Result<()> {
    let o = Out {
        schema_version: 1,
        verdict: Verdict {
            id: t.id.as_str(),
            title: t.id.title(),
            summary: t.id.summary(),
        },
        baseline: t.baseline.as_ref().map(|b| Baseline {
            date: b.date.to_string(),
            pain: b.pain,
            source: b.source.as_str(),
        }),
        current_pain: t.current_pain.map(round1),
        change: t.change.map(|c| Change {
            points: round1(c.points),
            percent: c.percent.map(round1),
        }),
        checkins: t.checkins.iter().map(CheckInOut::from).collect(),
        reasons: &t.reasons,
        advice: &t.advice,
        consult,
    };
    serde_json::to_writer_pretty(&mut *out, &o)?;
    writeln!(out)
}
