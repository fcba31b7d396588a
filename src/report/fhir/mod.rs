//! HL7 FHIR R4 JSON: the questionnaire as a `Questionnaire`, answers as a
//! `QuestionnaireResponse`, and the journal as a `Bundle` of responses and
//! pain `Observation`s, so that answers can travel into a health record.
//!
//! Only shapes are built here, from the content model and the answers;
//! nothing is read or written. The mapping is in docs/fhir.md.

mod bundle;
mod questionnaire;
mod response;

use serde_json::{Value, json};

use crate::answer::Answer;
use crate::content::{Question, QuestionKind};

pub use bundle::{REPLACED_AT, bundle};
pub use questionnaire::{code_system, questionnaire, translate, with_code_system};
pub use response::{Narrative, div, response};

/// LOINC 72514-3: pain severity, 0-10 verbal numeric rating, reported.
pub const LOINC_PAIN: &str = "72514-3";
/// LOINC 72514-3's display.
pub const LOINC_PAIN_DISPLAY: &str =
    "Pain severity - 0-10 verbal numeric rating [Score] - Reported";

/// The canonical URL of the code system of `q`'s option codes (and of the
/// yes, no and not-sure codes): `urn:backcheck:codesystem:<id>` for
/// backcheck's own URNs, else the questionnaire's URL with `/codes`.
pub fn code_system_url(q: &crate::content::Questionnaire) -> String {
    match q.url.as_deref() {
        Some(url) => format!("{url}/codes"),
        None => format!("urn:backcheck:codesystem:{}", q.id),
    }
}

/// Why something cannot be said in FHIR.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FhirError {
    /// A question's condition has a shape `enableWhen` cannot express.
    #[error("question `{question}`: its condition cannot be written as FHIR enableWhen: {why}")]
    Condition {
        /// The question id.
        question: String,
        /// What in the condition cannot be expressed.
        why: String,
    },
}

/// The codes of a yes/no question that offers "not sure", with their words.
pub(crate) const YES_NO_NOT_SURE: [(&str, &str); 3] = [
    ("yes", "Yes"),
    ("no", "No"),
    (crate::answer::NOT_SURE, "Not sure"),
];

/// The code of a yes or a no, on a question that offers "not sure".
pub(crate) fn yes_no_code(b: bool) -> &'static str {
    if b { "yes" } else { "no" }
}

/// The FHIR answer values of one answer: a yes/no is a `valueBoolean`, a
/// number a `valueInteger`, each chosen option a `valueCoding` with its
/// label, in the code system `system`. A multi answer with nothing ticked
/// is its `none` option when it has one, else no value.
pub(crate) fn answer_values(
    system: &str,
    question: Option<&Question>,
    answer: &Answer,
) -> Vec<Value> {
    let none = match question.map(|q| &q.kind) {
        Some(QuestionKind::Multi { none, .. }) => none.as_ref(),
        _ => None,
    };
    let coding = |value: &str| {
        let mut c = serde_json::Map::new();
        c.insert("system".into(), json!(system));
        c.insert("code".into(), json!(value));
        if let Some(option) = question
            .and_then(|q| q.option(value))
            .or(none.filter(|n| n.value == value))
        {
            c.insert("display".into(), json!(option.label.trim()));
        }
        json!({ "valueCoding": c })
    };
    let not_sure = matches!(
        question.map(|q| &q.kind),
        Some(QuestionKind::YesNo { not_sure: true })
    );
    match answer {
        Answer::Bool(b) if not_sure => {
            vec![
                json!({ "valueCoding": { "system": system, "code": yes_no_code(*b), "display": if *b { "Yes" } else { "No" } } }),
            ]
        }
        Answer::Unsure => {
            vec![
                json!({ "valueCoding": { "system": system, "code": crate::answer::NOT_SURE, "display": "Not sure" } }),
            ]
        }
        Answer::Bool(b) => vec![json!({ "valueBoolean": b })],
        Answer::Int(n) => vec![json!({ "valueInteger": n })],
        Answer::Choice(v) => vec![coding(v)],
        Answer::Multi(values) if values.is_empty() => {
            none.map(|n| coding(&n.value)).into_iter().collect()
        }
        Answer::Multi(values) => values.iter().map(|v| coding(v)).collect(),
    }
}

/// The answer a stored JSON value is, read against its question when the
/// questionnaire still has it, else by its JSON type.
pub(crate) fn stored_answer(question: Option<&Question>, value: &Value) -> Option<Answer> {
    match (question.map(|q| &q.kind), value) {
        (_, Value::Bool(b)) => Some(Answer::Bool(*b)),
        (Some(QuestionKind::YesNo { .. }), Value::String(s)) if s == crate::answer::NOT_SURE => {
            Some(Answer::Unsure)
        }
        (_, Value::Number(n)) => n.as_i64().map(Answer::Int),
        (Some(QuestionKind::Multi { .. }), Value::String(s)) => {
            Some(Answer::Multi(vec![s.clone()]))
        }
        (_, Value::String(s)) => Some(Answer::Choice(s.clone())),
        (_, Value::Array(items)) => Some(Answer::Multi(
            items
                .iter()
                .filter_map(|v| v.as_str().map(str::to_owned))
                .collect(),
        )),
        _ => None,
    }
}

/// A FHIR `id`: letters, digits, `-` and `.`, at most 64.
pub(crate) fn fhir_id(text: &str) -> String {
    let id: String = text
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' || c == '.' {
                c
            } else {
                '-'
            }
        })
        .take(64)
        .collect();
    if id.is_empty() { "x".into() } else { id }
}

/// Text for the XHTML of a narrative: on one line, control characters made
/// visible, markup escaped.
pub(crate) fn xhtml(text: &str) -> String {
    super::escape::markup(&text.replace(['\n', '\t'], " "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_keep_only_what_fhir_allows() {
        assert_eq!(fhir_id("weekly-massage"), "weekly-massage");
        assert_eq!(fhir_id("a b_c"), "a-b-c");
        assert_eq!(fhir_id(""), "x");
        assert_eq!(fhir_id(&"x".repeat(80)).len(), 64);
    }

    #[test]
    fn narrative_text_is_escaped() {
        assert_eq!(
            xhtml("a < b & \"c\"\u{1b}[31m"),
            "a &lt; b &amp; &quot;c&quot;\\u{1b}[31m"
        );
    }
}
