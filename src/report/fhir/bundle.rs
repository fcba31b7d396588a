//! The journal as a FHIR R4 `Bundle` of type `collection`: the starting
//! point and each check-in as a `QuestionnaireResponse`, and the pain of
//! each as an `Observation` coded LOINC 72514-3, dated by its day and
//! derived from its response, so a clinic can import a person's weeks.
//!
//! Entries are named by `urn:uuid:` ids made from the export itself
//! (UUID v5), so the same journal always gives the same ids.

use serde_json::{Map, Value, json};
use uuid::Uuid;

use super::{LOINC_PAIN, LOINC_PAIN_DISPLAY, Narrative, response, stored_answer};
use crate::answer::Answers;
use crate::content::Questionnaire;
use crate::journal::export::{ExportFile, QuestionnaireRef};
use crate::report::Labels;
use crate::rules::VerdictId;

/// The extension on a replaced starting point's response: when it was
/// replaced.
pub const REPLACED_AT: &str = "urn:backcheck:extension:replaced-at";

/// The journal's export as a `Bundle`; `assessment` and `checkin` are the
/// questionnaires its answers belong to, for question texts and labels.
pub fn bundle(
    export: &ExportFile,
    assessment: &Questionnaire,
    checkin: &Questionnaire,
    labels: &Labels,
) -> Value {
    let seed = serde_json::to_string(export).unwrap_or_default();
    let id = |kind: &str, i: usize| {
        let name = format!("backcheck\n{kind}\n{i}\n{seed}");
        format!(
            "urn:uuid:{}",
            Uuid::new_v5(&Uuid::NAMESPACE_URL, name.as_bytes())
        )
    };
    let mut entries = Vec::new();
    // Replaced starting points first (with when they were replaced), then
    // the one in use: `journal import` reads them back in this order.
    let replaced = export
        .replaced_baselines
        .iter()
        .map(|r| (&r.baseline, Some(&r.replaced_at)));
    for (n, (b, replaced_at)) in replaced
        .chain(export.baseline.iter().map(|b| (b, None)))
        .enumerate()
    {
        let title = labels.verdict(&b.verdict);
        let summary = assessment
            .assessment()
            .and_then(|spec| {
                VerdictId::ALL
                    .iter()
                    .find(|v| v.as_str() == b.verdict)
                    .map(|v| spec.verdict_text(*v).summary.clone())
            })
            .unwrap_or_default();
        let words = Narrative {
            title: &title,
            summary: &summary,
            points: &[],
            safety_net: &[],
            consult: &assessment.consult,
        };
        let mut qr = stored_response(assessment, &b.questionnaire, &b.answers, &b.date, &words);
        if let Some(at) = replaced_at {
            qr["extension"] = json!([{ "url": REPLACED_AT, "valueDateTime": at }]);
        }
        let qr_id = id("baseline-response", n);
        entries.push(entry(&qr_id, qr));
        entries.push(entry(
            &id("baseline-pain", n),
            pain(b.pain, &b.date, &qr_id),
        ));
    }
    for (i, c) in export.checkins.iter().enumerate() {
        let spec = checkin.checkin();
        let title = format!("{} ({})", checkin.title.trim(), c.date);
        let summary = spec
            .map(|s| {
                s.messages
                    .saved(&c.date, c.pain, c.activity_limits, c.had_massage)
            })
            .unwrap_or_default();
        let words = Narrative {
            title: &title,
            summary: &summary,
            points: &[],
            safety_net: &[],
            consult: &checkin.consult,
        };
        let qr = stored_response(checkin, &c.questionnaire, &c.answers, &c.date, &words);
        let qr_id = id("checkin-response", i);
        entries.push(entry(&qr_id, qr));
        entries.push(entry(&id("checkin-pain", i), pain(c.pain, &c.date, &qr_id)));
    }
    json!({
        "resourceType": "Bundle",
        "type": "collection",
        "entry": entries,
    })
}

fn entry(full_url: &str, resource: Value) -> Value {
    json!({ "fullUrl": full_url, "resource": resource })
}

/// A kept set of answers as a response to the questionnaire it was given
/// for (its id and version as kept), read against `q` where ids match.
fn stored_response(
    q: &Questionnaire,
    given_for: &QuestionnaireRef,
    stored: &Map<String, Value>,
    date: &str,
    words: &Narrative<'_>,
) -> Value {
    let mut answers = Answers::default();
    for (id, value) in stored {
        if let Some(answer) = stored_answer(q.question(id), value) {
            answers.insert(id, answer);
        }
    }
    let mut qr = response(q, &answers, date, &super::div(words));
    let url = if given_for.id == q.id {
        q.canonical_url()
    } else {
        format!("urn:backcheck:questionnaire:{}", given_for.id)
    };
    qr["questionnaire"] = json!(format!("{url}|{}", given_for.version));
    qr
}

/// The pain of one day as an `Observation`.
fn pain(value: u8, date: &str, derived_from: &str) -> Value {
    json!({
        "resourceType": "Observation",
        "status": "final",
        "category": [{
            "coding": [{
                "system": "http://terminology.hl7.org/CodeSystem/observation-category",
                "code": "survey",
                "display": "Survey",
            }]
        }],
        "code": {
            "coding": [{ "system": "http://loinc.org", "code": LOINC_PAIN, "display": LOINC_PAIN_DISPLAY }],
            "text": "Pain severity (0-10)",
        },
        "effectiveDateTime": date,
        "valueInteger": value,
        "derivedFrom": [{ "reference": derived_from }],
    })
}
