//! Reading the journal's FHIR Bundle back (`journal import bundle.json`):
//! each `QuestionnaireResponse` for the assessment is a starting point, each
//! one for the check-in a check-in on its `authored` date. The answers are
//! read by the same code as `--answers` and reviewed by the same rules as
//! when they were first given, so the journal comes back as it was kept.
//! The pain `Observation`s are derived from the responses and not read.
//!
//! The result is a journal's contents, which the import then checks (as an
//! export) like any other.

use serde_json::Value;

use super::checkin::{Start, review};
use super::export::{Contents, ImportError};
use super::record::RecordedAssessment;
use super::{ReplacedBaseline, StoredAssessment, StoredCheckIn};
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
) -> Result<Contents, ImportError> {
    let bad = |what: String| ImportError::Value {
        path: path.to_owned(),
        what,
    };
    let mut baselines: Vec<(StoredAssessment, Option<String>)> = Vec::new();
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
            let replaced_at = resource
                .get("extension")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
                .find(|e| e["url"] == crate::report::fhir::REPLACED_AT)
                .and_then(|e| e["valueDateTime"].as_str())
                .map(str::to_owned);
            baselines.push((
                baseline(assessment, &answers, date, &at).map_err(bad)?,
                replaced_at,
            ));
        } else {
            checkins.push((date, answers, i));
        }
    }
    // The one not marked replaced is in use (the latest, when none is).
    baselines.sort_by_key(|(b, replaced)| (replaced.is_none(), b.assessment.date));
    checkins.sort_by_key(|(date, _, i)| (*date, *i));
    // The latest starting point is the one in use; earlier ones were
    // replaced by the next, on its date.
    let baseline = baselines.pop().map(|(b, _)| b);
    // Earlier ones were replaced when the extension says, else on the date
    // of the next one.
    let mut replaced = Vec::new();
    let mut next = baseline.as_ref().map(|b| b.assessment.date);
    for (old, at) in baselines.into_iter().rev() {
        let replaced_at =
            at.unwrap_or_else(|| next.map_or_else(String::new, |d| format!("{d}T00:00:00Z")));
        next = Some(old.assessment.date);
        replaced.push(ReplacedBaseline {
            replaced_at,
            baseline: old,
        });
    }
    replaced.reverse();
    let start = baseline.as_ref().map(|b| Start {
        pain: b.assessment.pain,
        activity: b.assessment.activity_limits,
    });
    let Some(spec) = checkin.checkin() else {
        return Err(bad(String::new()));
    };
    let mut out = Vec::new();
    for (date, answers, _) in checkins {
        let r = review(checkin, spec, &answers, date, start);
        // A check-in kept without pain (stopped at an urgent message) is not
        // one the journal holds.
        let Some(checkin_record) = r.record else {
            continue;
        };
        out.push(StoredCheckIn {
            checkin: checkin_record,
            answers: answers_json(checkin, &answers),
            content_id: checkin.id.clone(),
            content_version: checkin.version.clone(),
        });
    }
    Ok(Contents {
        baseline,
        replaced,
        checkins: out,
    })
}

/// A starting point from an assessment's answers, as `--record` keeps it.
fn baseline(
    q: &Questionnaire,
    answers: &crate::answer::Answers,
    date: jiff::civil::Date,
    at: &str,
) -> Result<StoredAssessment, String> {
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
    Ok(StoredAssessment {
        assessment: RecordedAssessment {
            date,
            pain,
            activity_limits: scale(spec.roles.activity.as_deref()),
            pain_duration: spec
                .roles
                .duration
                .as_deref()
                .and_then(|id| answers.choice(id))
                .map(str::to_owned),
            verdict: verdict.as_str().to_owned(),
        },
        answers: answers_json(q, answers),
        content_id: q.id.clone(),
        content_version: q.version.clone(),
    })
}

/// The answers as the journal keeps them: a JSON object in question order.
pub fn answers_json(q: &Questionnaire, answers: &crate::answer::Answers) -> Value {
    let mut map = serde_json::Map::new();
    for (question, answer) in crate::flow::in_order(q, answers) {
        map.insert(
            question.id.clone(),
            serde_json::to_value(answer).unwrap_or(Value::Null),
        );
    }
    Value::Object(map)
}
