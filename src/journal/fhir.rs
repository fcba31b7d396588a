//! Reading the journal's FHIR Bundle back (`journal import bundle.json`):
//! each `QuestionnaireResponse` for the assessment is a starting point, each
//! one for the check-in a check-in on its `authored` date. The answers are
//! read by the same code as `--answers` and reviewed by the same rules as
//! when they were first given, so the journal comes back as it was kept.
//! The pain `Observation`s are derived from the responses and not read.
//!
//! The result is the journal's own export (`ExportFile`), which the JSON
//! import then checks like any other.

use serde_json::Value;

use super::checkin::{Start, review};
use super::export::{
    EXPORT_VERSION, ExportBaseline, ExportCheckIn, ExportFile, ExportReplaced, ImportError,
    QuestionnaireRef,
};
use crate::answers::{fhir, file};
use crate::content::Questionnaire;
use crate::words::ta;

/// Whether a JSON document is a FHIR Bundle.
pub fn is_bundle(json: &Value) -> bool {
    fhir::resource_type(json) == Some("Bundle")
}

/// The export a Bundle holds: its responses to `assessment` and `checkin`.
pub fn from_bundle(
    path: &str,
    bundle: &Value,
    assessment: &Questionnaire,
    checkin: &Questionnaire,
) -> Result<ExportFile, ImportError> {
    let bad = |what: String| ImportError::Value {
        path: path.to_owned(),
        what,
    };
    let mut baselines: Vec<ExportBaseline> = Vec::new();
    let mut checkins: Vec<(jiff::civil::Date, crate::answer::Answers, usize)> = Vec::new();
    let entries = bundle
        .get("entry")
        .and_then(Value::as_array)
        .map_or(&[][..], Vec::as_slice);
    for (i, entry) in entries.iter().enumerate() {
        let Some(resource) = entry.get("resource") else {
            continue;
        };
        if fhir::resource_type(resource) != Some(fhir::RESPONSE) {
            continue;
        }
        let at = format!("entry[{i}].resource");
        let canonical = resource
            .get("questionnaire")
            .and_then(Value::as_str)
            .unwrap_or("");
        let url = canonical.split('|').next().unwrap_or("");
        let q = if url == assessment.canonical_url() {
            assessment
        } else if url == checkin.canonical_url() {
            checkin
        } else {
            return Err(bad(ta(
                "error-import-fhir-questionnaire",
                &[
                    ("at", at.into()),
                    (
                        "found",
                        crate::sanitize::printable(canonical).into_owned().into(),
                    ),
                    ("assessment", assessment.canonical_url().into()),
                    ("checkin", checkin.canonical_url().into()),
                ],
            )));
        };
        let authored = resource
            .get("authored")
            .and_then(Value::as_str)
            .unwrap_or("");
        let date = authored
            .get(..10)
            .and_then(crate::date::parse)
            .ok_or_else(|| {
                bad(ta(
                    "error-import-fhir-authored",
                    &[
                        ("at", at.clone().into()),
                        (
                            "text",
                            crate::sanitize::printable(authored).into_owned().into(),
                        ),
                    ],
                ))
            })?;
        let answers = fhir::read(q, path, resource, &at)
            .and_then(|r| file::finished(file::check(q, path, r.entries, ""), r.in_progress, path))
            .map_err(|e| bad(e.to_string()))?
            .answers;
        if q.assessment().is_some() {
            baselines.push(baseline(assessment, &answers, date, &at).map_err(bad)?);
        } else {
            checkins.push((date, answers, i));
        }
    }
    baselines.sort_by(|a, b| a.date.cmp(&b.date));
    checkins.sort_by_key(|(date, _, i)| (*date, *i));
    // The latest starting point is the one in use; earlier ones were
    // replaced by the next, on its date.
    let baseline = baselines.pop();
    let mut replaced = Vec::new();
    let mut next = baseline.as_ref().map(|b| b.date.clone());
    for old in baselines.into_iter().rev() {
        let replaced_at = format!("{}T00:00:00Z", next.clone().unwrap_or_default());
        next = Some(old.date.clone());
        replaced.push(ExportReplaced {
            replaced_at,
            baseline: old,
        });
    }
    replaced.reverse();
    let start = baseline.as_ref().map(|b| Start {
        pain: b.pain,
        activity: b.activity_limits,
    });
    let Some(spec) = checkin.checkin() else {
        return Err(bad(String::new()));
    };
    let mut out = Vec::new();
    for (date, answers, _) in checkins {
        let r = review(checkin, spec, &answers, date, start);
        // A check-in kept without pain (stopped at an urgent message) is not
        // one the journal holds.
        let Some(c) = r.record else { continue };
        out.push(ExportCheckIn {
            date: date.to_string(),
            pain: c.pain,
            activity_limits: c.activity_limits,
            had_massage: c.had_massage,
            massage_minutes: c.massage_minutes,
            massage_kind: c.massage_kind,
            side_effects: c.side_effects,
            warning_signs: c.warning_signs,
            global_change: c.global_change,
            urgent: c.urgent,
            status: c.status,
            signs: c.signs,
            questionnaire: reference(checkin),
            answers: object(checkin, &answers),
        });
    }
    Ok(ExportFile {
        schema_version: EXPORT_VERSION,
        baseline,
        replaced_baselines: replaced,
        checkins: out,
    })
}

/// A starting point from an assessment's answers, as `--record` keeps it.
fn baseline(
    q: &Questionnaire,
    answers: &crate::answer::Answers,
    date: jiff::civil::Date,
    at: &str,
) -> Result<ExportBaseline, String> {
    let Some(spec) = q.assessment() else {
        return Err(String::new());
    };
    let scale = |id: Option<&str>| {
        id.and_then(|id| answers.int(id))
            .and_then(|n| u8::try_from(n).ok())
    };
    let pain = scale(spec.roles.pain.as_deref())
        .ok_or_else(|| ta("error-import-fhir-no-pain", &[("at", at.into())]))?;
    let verdict = crate::rules::assess(q, spec, answers).verdict.id;
    Ok(ExportBaseline {
        date: date.to_string(),
        pain,
        activity_limits: scale(spec.roles.activity.as_deref()),
        pain_duration: spec
            .roles
            .duration
            .as_deref()
            .and_then(|id| answers.choice(id))
            .map(str::to_owned),
        verdict: verdict.as_str().to_owned(),
        questionnaire: reference(q),
        answers: object(q, answers),
    })
}

fn reference(q: &Questionnaire) -> QuestionnaireRef {
    QuestionnaireRef {
        id: q.id.clone(),
        version: q.version.clone(),
    }
}

/// The answers as the journal keeps them: a JSON object in question order.
fn object(q: &Questionnaire, answers: &crate::answer::Answers) -> serde_json::Map<String, Value> {
    let mut map = serde_json::Map::new();
    for (question, answer) in crate::flow::in_order(q, answers) {
        map.insert(
            question.id.clone(),
            serde_json::to_value(answer).unwrap_or(Value::Null),
        );
    }
    map
}
