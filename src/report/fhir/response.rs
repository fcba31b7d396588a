//! Answers as a FHIR R4 `QuestionnaireResponse`: status `completed`, the
//! questionnaire's canonical URL and version, an item per answered question
//! by `linkId`, and the summary (verdict or status, advice, the consult
//! text) as the resource's narrative.

use serde_json::{Value, json};

use super::{answer_values, xhtml};
use crate::answer::Answers;
use crate::content::Questionnaire;
use crate::flow;

/// What the response says in words, shown as its narrative.
pub struct Narrative<'a> {
    /// The verdict's or status's title.
    pub title: &'a str,
    /// Its summary.
    pub summary: &'a str,
    /// Warnings and advice, most urgent first.
    pub points: &'a [String],
    /// The "get help at once" list, when the summary is not urgent.
    pub safety_net: &'a [crate::content::ShownTier],
    /// The consult text, which ends every summary.
    pub consult: &'a str,
}

/// The answers to `q` as a `QuestionnaireResponse`, authored on `authored`
/// (YYYY-MM-DD).
pub fn response(q: &Questionnaire, answers: &Answers, authored: &str, narrative: &str) -> Value {
    let items: Vec<Value> = flow::in_order(q, answers)
        .map(|(question, answer)| {
            let values = answer_values(&super::code_system_url(q), Some(question), answer);
            let mut item = serde_json::Map::new();
            item.insert("linkId".into(), json!(question.id));
            item.insert("text".into(), json!(question.text.trim()));
            if !values.is_empty() {
                item.insert("answer".into(), json!(values));
            }
            Value::Object(item)
        })
        .collect();
    json!({
        "resourceType": "QuestionnaireResponse",
        "text": { "status": "generated", "div": narrative },
        "questionnaire": format!("{}|{}", q.canonical_url(), q.version),
        "status": "completed",
        "authored": authored,
        "item": items,
    })
}

/// The narrative's XHTML, for the documents not made of blocks (the
/// check-in and the journal's Bundle).
pub fn div(words: &Narrative<'_>) -> String {
    let mut s = String::from("<div xmlns=\"http://www.w3.org/1999/xhtml\">");
    s.push_str(&format!("<p><b>{}</b></p>", xhtml(words.title.trim())));
    if !words.summary.trim().is_empty() {
        s.push_str(&format!("<p>{}</p>", xhtml(words.summary.trim())));
    }
    if !words.points.is_empty() {
        s.push_str("<ul>");
        for p in words.points {
            s.push_str(&format!("<li>{}</li>", xhtml(p.trim())));
        }
        s.push_str("</ul>");
    }
    for tier in words.safety_net {
        s.push_str(&format!("<p><b>{}</b></p><ul>", xhtml(&tier.title)));
        for item in &tier.items {
            s.push_str(&format!("<li>{}</li>", xhtml(item)));
        }
        s.push_str("</ul>");
    }
    s.push_str(&format!("<p>{}</p>", xhtml(words.consult.trim())));
    s.push_str("</div>");
    s
}
