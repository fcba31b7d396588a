//! A FHIR R4 `QuestionnaireResponse` as answers, whether backcheck or a
//! forms app wrote it: each answered item found by its `linkId` (in groups
//! and under answers too) becomes an entry, so that it is checked by the
//! same code as an answers file (`file::check`), with its JSON path and
//! `linkId` where a file would give a line and column.
//!
//! `valueBoolean`, `valueInteger`, `valueDecimal` (a whole number),
//! `valueCoding` (by `code`, with no `system` or the questionnaire's own) and
//! `valueString` (a value or an option's words) are read. The response must
//! be for this questionnaire (its `questionnaire` canonical) and a
//! compatible version (the same major version), and finished: an
//! `in-progress` one is refused, listing what is still missing.

use serde_json::Value as Json;

use super::AnswersError;
use super::entries::{Entry, Value};
use crate::content::{QuestionKind, Questionnaire};
use crate::words::ta;

/// The FHIR resource type read as answers.
pub const RESPONSE: &str = "QuestionnaireResponse";

/// The entries of one response, and whether it is still in progress.
pub struct Response {
    /// The answered items, in document order.
    pub entries: Vec<Entry>,
    /// `status` is `in-progress`: answers may be missing.
    pub in_progress: bool,
}

/// The resource type of a JSON document, when it is a FHIR resource.
pub fn resource_type(json: &Json) -> Option<&str> {
    json.get("resourceType")?.as_str()
}

/// The id a response is known by: its `id`, else its `identifier`'s value.
pub fn response_id(json: &Json) -> Option<Json> {
    json.get("id")
        .cloned()
        .or_else(|| json.get("identifier").and_then(|i| i.get("value")).cloned())
}

/// Reads `json` (at `at`, a JSON path such as `entry[3].resource`, empty
/// for a whole file) as a response to `q`. `name` names the file.
pub fn read(
    q: &Questionnaire,
    name: &str,
    json: &Json,
    at: &str,
) -> Result<Response, AnswersError> {
    let refuse = |id: &str, args: &[(&str, crate::words::Arg)]| AnswersError::Fhir {
        path: name.to_owned(),
        message: ta(id, args),
    };
    let found = resource_type(json).unwrap_or("");
    if found != RESPONSE {
        return Err(refuse(
            "fhir-in-not-response",
            &[(
                "found",
                crate::sanitize::printable(found).into_owned().into(),
            )],
        ));
    }
    if let Some(canonical) = json.get("questionnaire").and_then(Json::as_str) {
        let (url, version) = match canonical.split_once('|') {
            Some((url, version)) => (url, Some(version)),
            None => (canonical, None),
        };
        let ours = q.canonical_url();
        let same = url == ours
            || url == format!("Questionnaire/{}", q.id)
            || url.ends_with(&format!("/Questionnaire/{}", q.id));
        if !same {
            return Err(refuse(
                "fhir-in-other-questionnaire",
                &[
                    ("found", crate::sanitize::printable(url).into_owned().into()),
                    ("ours", ours.into()),
                ],
            ));
        }
        if let Some(version) = version.filter(|v| major(v) != major(&q.version)) {
            return Err(refuse(
                "fhir-in-other-version",
                &[
                    (
                        "found",
                        crate::sanitize::printable(version).into_owned().into(),
                    ),
                    ("ours", q.version.as_str().into()),
                ],
            ));
        }
    }
    let status = json.get("status").and_then(Json::as_str).unwrap_or("");
    let in_progress = match status {
        "completed" | "amended" => false,
        "in-progress" => true,
        other => {
            return Err(refuse(
                "fhir-in-status",
                &[(
                    "found",
                    crate::sanitize::printable(other).into_owned().into(),
                )],
            ));
        }
    };
    let mut entries = Vec::new();
    let prefix = if at.is_empty() {
        String::new()
    } else {
        format!("{at}.")
    };
    walk(q, json.get("item"), &prefix, &mut entries);
    Ok(Response {
        entries,
        in_progress,
    })
}

/// The major version, the part before the first dot.
fn major(version: &str) -> &str {
    version.split('.').next().unwrap_or(version).trim()
}

/// Collects the answered items of `items` (a JSON array at `path`).
fn walk(q: &Questionnaire, items: Option<&Json>, path: &str, out: &mut Vec<Entry>) {
    let Some(items) = items.and_then(Json::as_array) else {
        return;
    };
    for (i, item) in items.iter().enumerate() {
        let here = format!("{path}item[{i}]");
        let link = item.get("linkId").and_then(Json::as_str).unwrap_or("");
        let answers = item
            .get("answer")
            .and_then(Json::as_array)
            .map_or(&[][..], Vec::as_slice);
        if !answers.is_empty() {
            let multi = matches!(
                q.question(link).map(|q| &q.kind),
                Some(QuestionKind::Multi { .. })
            );
            let mut values: Vec<Value> = answers.iter().map(|a| value(q, a)).collect();
            let value = if multi || values.len() > 1 {
                Value::Array(values)
            } else {
                values.pop().unwrap_or(Value::Other)
            };
            let place = out.len() + 1;
            let given = answers.iter().map(shown).collect::<Vec<_>>().join(", ");
            out.push(Entry {
                key: link.to_owned(),
                value,
                given,
                key_at: (place, 1),
                value_at: (place, 2),
                path: Some(format!("{here} (linkId \"{link}\")")),
            });
            for (j, answer) in answers.iter().enumerate() {
                walk(q, answer.get("item"), &format!("{here}.answer[{j}]."), out);
            }
        }
        walk(q, item.get("item"), &format!("{here}."), out);
    }
}

/// The plain value of one `answer`.
fn value(q: &Questionnaire, answer: &Json) -> Value {
    let field = |name: &str| answer.get(name);
    if let Some(b) = field("valueBoolean").and_then(Json::as_bool) {
        return Value::Bool(b);
    }
    if let Some(n) = field("valueInteger").and_then(Json::as_i64) {
        return Value::Int(n);
    }
    if let Some(d) = field("valueDecimal") {
        // A whole number only: 7 or 7.0, never 7.5.
        return match d.as_i64() {
            Some(n) => Value::Int(n),
            None => match d.as_f64() {
                Some(f) if f.fract() == 0.0 && f.abs() < 1e15 => Value::Int(f as i64),
                _ => Value::Other,
            },
        };
    }
    if let Some(coding) = field("valueCoding") {
        let system = coding.get("system").and_then(Json::as_str);
        if let Some(system) = system.filter(|s| *s != crate::report::fhir::code_system_url(q)) {
            return Value::Foreign {
                system: system.to_owned(),
            };
        }
        let code = coding
            .get("code")
            .or_else(|| coding.get("display"))
            .and_then(Json::as_str);
        return code.map_or(Value::Other, |c| Value::Str(c.to_owned()));
    }
    if let Some(s) = field("valueString").and_then(Json::as_str) {
        return Value::Str(s.to_owned());
    }
    Value::Other
}

/// An answer as a message shows it: its value, without the `value[x]` key.
fn shown(answer: &Json) -> String {
    let Some(object) = answer.as_object() else {
        return answer.to_string();
    };
    object
        .iter()
        .find(|(k, _)| k.starts_with("value"))
        .map_or_else(
            || answer.to_string(),
            |(_, v)| match v.get("code") {
                Some(code) => code.to_string(),
                None => v.to_string(),
            },
        )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whole_decimals_are_numbers_and_others_are_not() {
        let q = crate::content::load_shipped().expect("content");
        let number = |v: Json| value(&q, &serde_json::json!({ "valueDecimal": v }));
        assert!(matches!(number(serde_json::json!(7.0)), Value::Int(7)));
        assert!(matches!(number(serde_json::json!(7)), Value::Int(7)));
        assert!(matches!(number(serde_json::json!(7.5)), Value::Other));
    }

    #[test]
    fn nested_items_are_found_with_their_path() {
        let q = crate::content::load_shipped().expect("content");
        let json = serde_json::json!({
            "resourceType": "QuestionnaireResponse",
            "status": "completed",
            "item": [{ "linkId": "group", "item": [
                { "linkId": "age", "answer": [{ "valueInteger": 40 }] }
            ]}]
        });
        let r = read(&q, "r.json", &json, "").expect("read");
        assert_eq!(r.entries.len(), 1);
        assert_eq!(r.entries[0].key, "age");
        assert_eq!(
            r.entries[0].path.as_deref(),
            Some("item[0].item[0] (linkId \"age\")")
        );
    }
}
