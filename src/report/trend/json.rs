//! The trend as JSON: the contract in docs/json-output.md (`schema_version` 1).

use std::io;

use serde::Serialize;

use super::TrendReport;
use crate::content::ShownTier;
use crate::journal::trend::{CheckIn, round1};
use crate::report::write_json;

#[derive(Serialize)]
struct Out<'a> {
    schema_version: u32,
    /// The language of the words (a BCP 47 tag, e.g. `en`, `es`).
    lang: &'static str,
    region: Option<&'a str>,
    verdict: TrendVerdictOut<'a>,
    baseline: Option<Baseline>,
    replaced_baselines: Vec<Replaced>,
    current_pain: Option<f64>,
    latest_pain: Option<u8>,
    change: Option<Change>,
    current_activity: Option<f64>,
    latest_activity: Option<u8>,
    activity_change: Option<Change>,
    massage_weeks: usize,
    earlier_warnings: Vec<Warning<'a>>,
    checkins: Vec<CheckInOut<'a>>,
    global_change: Option<&'a str>,
    reasons: Vec<String>,
    advice: Vec<String>,
    safety_net: Vec<String>,
    safety_net_tiers: Vec<ShownTier>,
    consult: &'a str,
}

/// The trend's verdict: id, words and what made it.
#[derive(Serialize)]
struct TrendVerdictOut<'a> {
    id: &'a str,
    title: &'a str,
    summary: &'a str,
    reasons: Vec<&'static str>,
}

#[derive(Serialize)]
struct Replaced {
    date: String,
    pain: u8,
    replaced_on: String,
}

#[derive(Serialize)]
struct Warning<'a> {
    date: String,
    status: &'a str,
    signs: &'a [String],
}

/// A verdict or status as JSON, `{"id", "title", "summary"}`: shared by the
/// trend and by `checkin --format json`.
#[derive(Serialize)]
pub(crate) struct VerdictOut<'a> {
    pub(crate) id: &'a str,
    pub(crate) title: &'a str,
    pub(crate) summary: &'a str,
}

#[derive(Serialize)]
struct Baseline {
    date: String,
    pain: u8,
    activity_limits: Option<u8>,
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
    global_change: Option<&'a str>,
    status: Option<&'a str>,
    signs: &'a [String],
}

impl<'a> From<&'a CheckIn> for CheckInOut<'a> {
    fn from(c: &'a CheckIn) -> Self {
        CheckInOut {
            date: c.date.to_string(),
            pain: c.pain,
            activity_limits: c.activity_limits,
            had_massage: c.had_massage,
            side_effects: &c.side_effects,
            urgent: c.urgent,
            global_change: c.global_change.as_deref(),
            status: c.status.as_deref(),
            signs: &c.signs,
        }
    }
}

fn change(c: crate::journal::trend::Change) -> Change {
    Change {
        points: round1(c.points),
        percent: c.percent.map(round1),
    }
}

/// Writes the trend as pretty JSON with a final newline.
pub fn render(r: &TrendReport<'_>, out: &mut Vec<u8>) -> io::Result<()> {
    let t = r.trend;
    let (title, summary) = r.verdict();
    let o = Out {
        schema_version: 1,
        lang: crate::words::lang().tag(),
        region: r.region,
        verdict: TrendVerdictOut {
            id: t.verdict.as_str(),
            title: &title,
            summary: &summary,
            reasons: t.reasons.iter().map(|r| r.as_str()).collect(),
        },
        baseline: t.baseline.as_ref().map(|b| Baseline {
            date: b.date.to_string(),
            pain: b.pain,
            activity_limits: b.activity,
            source: b.source.as_str(),
        }),
        replaced_baselines: t
            .replaced
            .iter()
            .map(|r| Replaced {
                date: r.date.to_string(),
                pain: r.pain,
                replaced_on: r.on.to_string(),
            })
            .collect(),
        current_pain: t.current_pain.map(round1),
        latest_pain: t.latest_pain,
        change: t.change.map(change),
        current_activity: t.current_activity.map(round1),
        latest_activity: t.latest_activity,
        activity_change: t.activity_change.map(change),
        massage_weeks: t.massage_weeks,
        earlier_warnings: t
            .earlier_warnings
            .iter()
            .map(|w| Warning {
                date: w.date.to_string(),
                status: &w.status,
                signs: &w.signs,
            })
            .collect(),
        checkins: t.checkins.iter().map(CheckInOut::from).collect(),
        global_change: t.global_change.as_ref().map(|(_, g)| g.as_str()),
        reasons: r.reasons(),
        advice: r.advice(),
        safety_net: ShownTier::sentences(&r.safety_net()),
        safety_net_tiers: r.safety_net(),
        consult: r.consult,
    };
    write_json(&o, out)
}
