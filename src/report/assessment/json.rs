//! The JSON report: the contract in docs/json-output.md (`schema_version` 1).
//!
//! Field names and nesting are pinned; add fields only with a new doc entry.
//! JSON escapes control characters itself, so no sanitising is needed here.

use std::io;

use serde::Serialize;
use serde::ser::SerializeMap;

use crate::answer::Answer;
use crate::content::{Disposition, FactorKind, ShownTier};
use crate::rules::{Assessment, GivenAnswer};

/// The version of the JSON shape; bumped only for breaking changes.
pub const SCHEMA_VERSION: u32 = 1;

#[derive(Serialize)]
struct Report<'a> {
    schema_version: u32,
    /// The language of the words (a BCP 47 tag, e.g. `en`, `es`).
    lang: &'static str,
    questionnaire: QuestionnaireRef<'a>,
    region: Option<&'a str>,
    verdict: VerdictOut<'a>,
    disposition: Disposition,
    headline: &'a str,
    factors: Vec<FactorOut<'a>>,
    red_flags: Vec<RedFlagOut<'a>>,
    cautions: Vec<CautionOut<'a>>,
    advice: Vec<String>,
    therapist: Option<TherapistOut<'a>>,
    before_you_book: &'a [String],
    evidence: &'a str,
    safety_net: Vec<String>,
    safety_net_tiers: &'a [ShownTier],
    consult: &'a str,
    answers: AnswersOut<'a>,
}

#[derive(Serialize)]
struct QuestionnaireRef<'a> {
    id: &'a str,
    version: &'a str,
}

#[derive(Serialize)]
struct VerdictOut<'a> {
    id: &'static str,
    title: &'a str,
    summary: &'a str,
}

#[derive(Serialize)]
struct FactorOut<'a> {
    id: &'a str,
    label: &'a str,
    kind: FactorKind,
    score: u32,
    level: Option<&'static str>,
    triggered: bool,
    #[serde(flatten)]
    disposition: Disposition,
    reasons: Vec<ReasonOut<'a>>,
}

#[derive(Serialize)]
struct ReasonOut<'a> {
    question: &'a str,
    answer: &'a Answer,
}

#[derive(Serialize)]
struct RedFlagOut<'a> {
    id: &'a str,
    label: &'a str,
    kind: FactorKind,
    #[serde(flatten)]
    disposition: Disposition,
    advice: &'a str,
}

#[derive(Serialize)]
struct CautionOut<'a> {
    id: &'a str,
    label: &'a str,
    #[serde(flatten)]
    disposition: Disposition,
    advice: &'a str,
}

#[derive(Serialize)]
struct TherapistOut<'a> {
    locations: &'a [String],
    pressure: Option<&'a str>,
    cautions: &'a [String],
    instructions: &'a [String],
}

/// The answers used, as an object in question order.
struct AnswersOut<'a>(&'a [GivenAnswer]);

impl Serialize for AnswersOut<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut map = s.serialize_map(Some(self.0.len()))?;
        for given in self.0 {
            map.serialize_entry(&given.question, &given.answer)?;
        }
        map.end()
    }
}

/// Writes the report as pretty JSON with a final newline.
pub fn render(a: &Assessment, out: &mut Vec<u8>) -> io::Result<()> {
    crate::report::write_json(&report(a), out)
}

/// The report on one line, after the record's `_id` and `line`: what
/// `backcheck score --full` writes for each answer set.
pub fn render_line(
    a: &Assessment,
    id: &serde_json::Value,
    line: usize,
    out: &mut Vec<u8>,
) -> io::Result<()> {
    #[derive(Serialize)]
    struct Line<'a> {
        _id: &'a serde_json::Value,
        line: usize,
        #[serde(flatten)]
        report: Report<'a>,
    }
    serde_json::to_writer(
        &mut *out,
        &Line {
            _id: id,
            line,
            report: report(a),
        },
    )?;
    out.push(b'\n');
    Ok(())
}

fn report(a: &Assessment) -> Report<'_> {
    let mut advice = a.advice.clone();
    if let Some(t) = &a.therapist {
        advice.push(therapist_line(t));
    }
    Report {
        schema_version: SCHEMA_VERSION,
        lang: crate::words::lang().tag(),
        questionnaire: QuestionnaireRef {
            id: &a.questionnaire_id,
            version: &a.questionnaire_version,
        },
        region: a.region.as_deref(),
        verdict: VerdictOut {
            id: a.verdict.id.as_str(),
            title: &a.verdict.title,
            summary: &a.verdict.summary,
        },
        disposition: a.disposition,
        headline: &a.headline,
        factors: a
            .factors
            .iter()
            .map(|f| FactorOut {
                id: &f.id,
                label: &f.label,
                kind: f.kind,
                score: f.score,
                level: f.level.map(|l| l.as_str()),
                triggered: f.triggered,
                disposition: f.disposition,
                reasons: f
                    .reasons
                    .iter()
                    .map(|r| ReasonOut {
                        question: &r.question,
                        answer: &r.answer,
                    })
                    .collect(),
            })
            .collect(),
        // Emergencies first, whatever the content order.
        red_flags: a
            .triggered(FactorKind::Emergency)
            .chain(a.triggered(FactorKind::RedFlag))
            .map(|f| RedFlagOut {
                id: &f.id,
                label: &f.label,
                kind: f.kind,
                disposition: f.disposition,
                advice: &f.action,
            })
            .collect(),
        cautions: a
            .triggered(FactorKind::Caution)
            .map(|f| CautionOut {
                id: &f.id,
                label: &f.label,
                disposition: f.disposition,
                advice: &f.action,
            })
            .collect(),
        advice,
        therapist: a.therapist.as_ref().map(|t| TherapistOut {
            locations: &t.locations,
            pressure: t.pressure.as_deref(),
            cautions: &t.cautions,
            instructions: &t.instructions,
        }),
        before_you_book: a.before_you_book.as_ref().map_or(&[], |(_, items)| items),
        evidence: &a.evidence,
        safety_net: ShownTier::sentences(&a.safety_net),
        safety_net_tiers: &a.safety_net,
        consult: &a.consult,
        answers: AnswersOut(&a.answers),
    }
}

/// The note for a therapist as one line, for the JSON's advice list.
fn therapist_line(t: &crate::rules::TherapistNote) -> String {
    use crate::words::ta;
    let mut parts = Vec::new();
    if !t.locations.is_empty() {
        parts.push(ta(
            "therapist-line-where",
            &[("places", t.locations.join("; ").into())],
        ));
    }
    if let Some(p) = &t.pressure {
        parts.push(ta(
            "therapist-line-pressure",
            &[("pressure", p.as_str().into())],
        ));
    }
    if !t.instructions.is_empty() {
        parts.push(format!(
            "{} {}",
            t.cautions_intro.trim_end_matches(':'),
            t.instructions.join("; ")
        ));
    }
    parts.push(t.closing.clone());
    format!("{}: {}", t.title, parts.join("; "))
}
