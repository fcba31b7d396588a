//! The questionnaire as a FHIR R4 `Questionnaire`: an item per question,
//! `linkId` = question id; yes/no is `boolean`, a choice or multi `choice`
//! with its `answerOption`s (a multi `repeats`), a scale or number `integer`
//! with min/max value extensions; conditions become `enableWhen`.

use serde_json::{Map, Value, json};

use super::{FhirError, fhir_id};
use crate::content::{Condition, Literal, Question, QuestionKind, Questionnaire, Test};

const TRANSLATION: &str = "http://hl7.org/fhir/StructureDefinition/translation";
const MIN_VALUE: &str = "http://hl7.org/fhir/StructureDefinition/minValue";
const MAX_VALUE: &str = "http://hl7.org/fhir/StructureDefinition/maxValue";
const UNIT: &str = "http://hl7.org/fhir/StructureDefinition/questionnaire-unit";
const ITEM_CONTROL: &str = "http://hl7.org/fhir/StructureDefinition/questionnaire-itemControl";
const ITEM_CONTROL_CODES: &str = "http://hl7.org/fhir/questionnaire-item-control";
const OPTION_EXCLUSIVE: &str =
    "http://hl7.org/fhir/StructureDefinition/questionnaire-optionExclusive";
const LOINC: &str = "http://loinc.org";

/// The questionnaire's option codes as a FHIR `CodeSystem`: every option
/// value (and yes, no, not sure), with the words of its first use.
pub fn code_system(q: &Questionnaire) -> Value {
    let mut concepts: Vec<(String, String)> = super::YES_NO_NOT_SURE
        .iter()
        .map(|(code, display)| ((*code).to_owned(), (*display).to_owned()))
        .collect();
    for question in &q.questions {
        let none = match &question.kind {
            QuestionKind::Multi { none, .. } => none.as_ref(),
            _ => None,
        };
        for option in question.options().iter().chain(none) {
            if !concepts.iter().any(|(code, _)| *code == option.value) {
                concepts.push((option.value.clone(), option.label.trim().to_owned()));
            }
        }
    }
    json!({
        "resourceType": "CodeSystem",
        "id": fhir_id(&format!("{}-codes", q.id)),
        "url": super::code_system_url(q),
        "version": q.version,
        "name": format!("{}Codes", name(&q.id)),
        "title": q.title.trim(),
        "status": "active",
        "content": "complete",
        "caseSensitive": true,
        "valueSet": format!("{}/vs", super::code_system_url(q)),
        "count": concepts.len(),
        "concept": concepts
            .iter()
            .map(|(code, display)| json!({ "code": code, "display": display }))
            .collect::<Vec<_>>(),
    })
}

/// `q`'s Questionnaire resource (`fhir`) and its CodeSystem, in a
/// `collection` Bundle.
pub fn with_code_system(q: &Questionnaire, fhir: Value) -> Value {
    let entry = |resource: Value| {
        let url = resource["url"].as_str().unwrap_or_default().to_owned();
        json!({ "fullUrl": url, "resource": resource })
    };
    json!({
        "resourceType": "Bundle",
        "type": "collection",
        "entry": [entry(fhir), entry(code_system(q))],
    })
}

/// What to do now, as `display` items after `question`: one for each
/// emergency or same-day factor an answer to it can raise, shown (by the
/// same `enableWhen` as the rule) as soon as that answer is given, so that
/// any forms app tells the person at once. Their `linkId` is
/// `<question>.urgent.<factor>`.
fn urgent_items(q: &Questionnaire, question: &Question) -> Vec<Value> {
    let mut out = Vec::new();
    for effect in &question.effects {
        let factor = &q.factors[effect.factor_index];
        if factor.disposition.when > crate::content::Timing::Today {
            continue;
        }
        let Some(words) = q.safety_net.words(factor.disposition) else {
            continue;
        };
        let text = words.advice.as_ref().map_or_else(
            || words.headline.clone(),
            |a| a.fill(&[("topics", factor.topic.clone())]),
        );
        let sign = Condition::Answer {
            question: question.id.clone(),
            test: effect.test.clone(),
        };
        let condition = match &effect.condition {
            Some(c) => Condition::All(vec![sign, c.clone()]),
            None => sign,
        };
        // A rule enableWhen cannot say is left to backcheck's own report.
        let Ok((when, behaviour)) = enable_when(q, &condition) else {
            continue;
        };
        let mut item = Map::new();
        item.insert(
            "linkId".into(),
            json!(format!("{}.urgent.{}", question.id, factor.id)),
        );
        item.insert("text".into(), json!(text.trim()));
        item.insert("type".into(), json!("display"));
        item.insert("enableWhen".into(), json!(when));
        if let Some(b) = behaviour {
            item.insert("enableBehavior".into(), json!(b));
        }
        out.push(Value::Object(item));
    }
    out
}

/// The questionnaire as a FHIR R4 `Questionnaire`, or the first question
/// whose condition `enableWhen` cannot express.
pub fn questionnaire(q: &Questionnaire) -> Result<Value, FhirError> {
    let mut items = Vec::new();
    for question in &q.questions {
        items.push(item(q, question)?);
        items.extend(urgent_items(q, question));
    }
    Ok(json!({
        "resourceType": "Questionnaire",
        "id": fhir_id(&q.id),
        "language": crate::words::lang().tag(),
        "url": q.canonical_url(),
        "version": q.version,
        "name": name(&q.id),
        "title": q.title.trim(),
        "status": "active",
        "subjectType": ["Patient"],
        "description": q.intro.trim(),
        "item": items,
    }))
}

/// Adds `other`'s words (the same questionnaire in language `tag`) to
/// every text of `fhir` that they differ in, with FHIR's standard
/// `translation` extension on the text's `_field` (so a forms app shows the
/// person's language).
pub fn translate(fhir: &mut Value, other: &Value, tag: &str) {
    const TEXTS: [&str; 4] = ["title", "description", "text", "display"];
    match (fhir, other) {
        (Value::Object(mine), Value::Object(theirs)) => {
            for key in TEXTS {
                let (Some(Value::String(a)), Some(Value::String(b))) =
                    (mine.get(key), theirs.get(key))
                else {
                    continue;
                };
                if a == b {
                    continue;
                }
                let extension = json!({
                    "url": TRANSLATION,
                    "extension": [
                        { "url": "lang", "valueCode": tag },
                        { "url": "content", "valueString": b },
                    ],
                });
                let field = mine
                    .entry(format!("_{key}"))
                    .or_insert_with(|| json!({ "extension": [] }));
                if let Some(Value::Array(list)) = field.get_mut("extension") {
                    list.push(extension);
                }
            }
            for (key, value) in mine.iter_mut().filter(|(k, _)| !k.starts_with('_')) {
                if let Some(theirs) = theirs.get(key) {
                    translate(value, theirs, tag);
                }
            }
        }
        (Value::Array(mine), Value::Array(theirs)) => {
            for (a, b) in mine.iter_mut().zip(theirs) {
                translate(a, b, tag);
            }
        }
        _ => {}
    }
}

/// A computer-friendly name: `weekly-massage` is `WeeklyMassage`.
fn name(id: &str) -> String {
    let mut out = String::new();
    for part in id.split(|c: char| !c.is_ascii_alphanumeric()) {
        let mut chars = part.chars();
        if let Some(first) = chars.next() {
            out.extend(first.to_uppercase());
            out.push_str(chars.as_str());
        }
    }
    if !out.starts_with(|c: char| c.is_ascii_uppercase()) {
        out.insert(0, 'Q');
    }
    out
}

fn item(q: &Questionnaire, question: &Question) -> Result<Value, FhirError> {
    let mut item = Map::new();
    item.insert("linkId".into(), json!(question.id));
    item.insert("text".into(), json!(question.text.trim()));
    let kind = match &question.kind {
        QuestionKind::YesNo { not_sure: false } => "boolean",
        // Yes, no or not sure: three codes, as FHIR booleans have two values.
        QuestionKind::YesNo { not_sure: true }
        | QuestionKind::Choice { .. }
        | QuestionKind::Multi { .. } => "choice",
        QuestionKind::Scale { .. } | QuestionKind::Number { .. } => "integer",
    };
    item.insert("type".into(), json!(kind));
    let system = super::code_system_url(q);
    let pain = q
        .assessment()
        .and_then(|a| a.roles.pain.as_deref())
        .or(q.checkin().map(|c| c.roles.pain.as_str()));
    if pain == Some(question.id.as_str()) {
        item.insert(
            "code".into(),
            json!([{ "system": LOINC, "code": super::LOINC_PAIN, "display": super::LOINC_PAIN_DISPLAY }]),
        );
    }
    item.insert("required".into(), json!(question.required));
    if let QuestionKind::Multi { .. } = question.kind {
        item.insert("repeats".into(), json!(true));
    }
    let mut extensions = Vec::new();
    let mut help = question.help.clone().map(|h| h.trim().to_owned());
    match &question.kind {
        QuestionKind::Choice { options } | QuestionKind::Multi { options, .. } => {
            let mut list: Vec<Value> = options
                .iter()
                .map(|o| json!({ "valueCoding": { "system": system, "code": o.value, "display": o.label.trim() } }))
                .collect();
            if let QuestionKind::Multi { none: Some(o), .. } = &question.kind {
                list.push(json!({
                    "extension": [{ "url": OPTION_EXCLUSIVE, "valueBoolean": true }],
                    "valueCoding": { "system": system, "code": o.value, "display": o.label.trim() },
                }));
            }
            item.insert("answerOption".into(), json!(list));
        }
        QuestionKind::Scale {
            min,
            max,
            min_label,
            max_label,
        } => {
            extensions.push(json!({ "url": MIN_VALUE, "valueInteger": min }));
            extensions.push(json!({ "url": MAX_VALUE, "valueInteger": max }));
            let ends = format!(
                "{min} = {}, {max} = {}.",
                min_label.trim(),
                max_label.trim()
            );
            help = Some(match help {
                Some(h) => format!("{h} {ends}"),
                None => ends,
            });
        }
        QuestionKind::Number { min, max, unit } => {
            extensions.push(json!({ "url": MIN_VALUE, "valueInteger": min }));
            extensions.push(json!({ "url": MAX_VALUE, "valueInteger": max }));
            if let Some(unit) = unit {
                extensions.push(json!({ "url": UNIT, "valueCoding": { "display": unit.trim() } }));
            }
        }
        QuestionKind::YesNo { not_sure: true } => {
            let options: Vec<Value> = super::YES_NO_NOT_SURE
                .iter()
                .map(|(code, display)| json!({ "valueCoding": { "system": system, "code": code, "display": display } }))
                .collect();
            item.insert("answerOption".into(), json!(options));
        }
        QuestionKind::YesNo { not_sure: false } => {}
    }
    if !extensions.is_empty() {
        item.insert("extension".into(), json!(extensions));
    }
    if let Some(condition) = &question.condition {
        let (when, behaviour) = enable_when(q, condition).map_err(|why| FhirError::Condition {
            question: question.id.clone(),
            why,
        })?;
        item.insert("enableWhen".into(), json!(when));
        if let Some(b) = behaviour {
            item.insert("enableBehavior".into(), json!(b));
        }
    }
    if let Some(help) = help {
        item.insert(
            "item".into(),
            json!([{
                "extension": [{
                    "url": ITEM_CONTROL,
                    "valueCodeableConcept": {
                        "coding": [{ "system": ITEM_CONTROL_CODES, "code": "help", "display": "Help-Button" }]
                    }
                }],
                "linkId": format!("{}.help", question.id),
                "text": help,
                "type": "display",
            }]),
        );
    }
    Ok(Value::Object(item))
}

/// `enableWhen` entries and, when there are several, `all` or `any`. FHIR
/// has one level: a test, a list of tests that must all (or any) hold, or
/// `not` of an equality (`!=`). Anything deeper is an error saying why.
fn enable_when(
    q: &Questionnaire,
    condition: &Condition,
) -> Result<(Vec<Value>, Option<&'static str>), String> {
    match condition {
        Condition::Answer {
            test: Test::OneOf(_),
            ..
        } => {
            let when = tests(q, condition)?;
            let behaviour = (when.len() > 1).then_some("any");
            Ok((when, behaviour))
        }
        Condition::Answer { .. } | Condition::Not(_) => Ok((tests(q, condition)?, None)),
        Condition::All(parts) | Condition::Any(parts) => {
            let all = matches!(condition, Condition::All(_));
            let mut when = Vec::new();
            for part in parts {
                let entries = tests(q, part)?;
                // `in` is several tests joined by "any": inside "all" that
                // would need a second level.
                if all && entries.len() > 1 {
                    return Err("an `in` test inside `all` needs two levels".into());
                }
                when.extend(entries);
            }
            let behaviour = if when.len() > 1 {
                Some(if all { "all" } else { "any" })
            } else {
                None
            };
            Ok((when, behaviour))
        }
    }
}

/// The entries for one test (several for `in`), or why there are none.
fn tests(q: &Questionnaire, condition: &Condition) -> Result<Vec<Value>, String> {
    match condition {
        Condition::Answer { question, test } => {
            let kind = q.question(question).map(|d| &d.kind);
            let entry = |op: &str, lit: &Literal| -> Result<Value, String> {
                let (key, value) = answer_key(q, kind, lit)?;
                let mut e = Map::new();
                e.insert("question".into(), json!(question));
                e.insert("operator".into(), json!(op));
                e.insert(key.into(), value);
                Ok(Value::Object(e))
            };
            match test {
                Test::Equals(lit) => Ok(vec![entry("=", lit)?]),
                Test::OneOf(lits) => lits.iter().map(|l| entry("=", l)).collect(),
                Test::AtLeast(n) => Ok(vec![entry(">=", &Literal::Int(*n))?]),
                Test::AtMost(n) => Ok(vec![entry("<=", &Literal::Int(*n))?]),
                Test::Above(n) => Ok(vec![entry(">", &Literal::Int(*n))?]),
                Test::Below(n) => Ok(vec![entry("<", &Literal::Int(*n))?]),
            }
        }
        Condition::Not(inner) => match inner.as_ref() {
            Condition::Answer {
                question,
                test: Test::Equals(lit),
            } => {
                let kind = q.question(question).map(|d| &d.kind);
                let (key, value) = answer_key(q, kind, lit)?;
                let mut e = Map::new();
                e.insert("question".into(), json!(question));
                e.insert("operator".into(), json!("!="));
                e.insert(key.into(), value);
                Ok(vec![Value::Object(e)])
            }
            _ => Err("`not` can only hold one `equals` test (FHIR `!=`)".into()),
        },
        Condition::All(_) | Condition::Any(_) => {
            Err("`all` or `any` inside another part needs two levels".into())
        }
    }
}

/// The `answer[x]` of an `enableWhen` for a literal on a question's kind.
fn answer_key(
    q: &Questionnaire,
    kind: Option<&QuestionKind>,
    lit: &Literal,
) -> Result<(&'static str, Value), String> {
    let system = super::code_system_url(q);
    match (kind, lit) {
        (Some(QuestionKind::YesNo { not_sure: true }), Literal::Bool(b)) => Ok((
            "answerCoding",
            json!({ "system": system, "code": super::yes_no_code(*b) }),
        )),
        (Some(QuestionKind::YesNo { not_sure: true }), Literal::Str(s)) => {
            Ok(("answerCoding", json!({ "system": system, "code": s })))
        }
        (_, Literal::Bool(b)) => Ok(("answerBoolean", json!(b))),
        (_, Literal::Int(n)) => Ok(("answerInteger", json!(n))),
        (
            Some(QuestionKind::Choice { .. } | QuestionKind::Multi { .. }) | None,
            Literal::Str(s),
        ) => Ok(("answerCoding", json!({ "system": system, "code": s }))),
        (Some(_), Literal::Str(s)) => Err(format!("{s:?} is not an option of that question")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const ENGINE: &str = include_str!("../../../tests/fixtures/content/engine.toml");

    #[test]
    fn names_are_computer_friendly() {
        assert_eq!(name("weekly-massage"), "WeeklyMassage");
        assert_eq!(name("desk_setup"), "DeskSetup");
        assert_eq!(name("2-step"), "Q2Step");
    }

    #[test]
    fn one_level_conditions_become_enable_when() {
        let q = crate::content::load_test("engine", ENGINE).expect("loads");
        let one = Condition::Answer {
            question: "pain".into(),
            test: Test::AtLeast(4),
        };
        let (when, behaviour) = enable_when(&q, &one).expect("fits");
        assert_eq!(
            when,
            [json!({"question": "pain", "operator": ">=", "answerInteger": 4})]
        );
        assert_eq!(behaviour, None);
        let any = Condition::Any(vec![
            one.clone(),
            Condition::Not(Box::new(Condition::Answer {
                question: "flag_q".into(),
                test: Test::Equals(Literal::Bool(true)),
            })),
        ]);
        let (when, behaviour) = enable_when(&q, &any).expect("fits");
        assert_eq!(when.len(), 2);
        assert_eq!(when[1]["operator"], "!=");
        assert_eq!(behaviour, Some("any"));
        let nested = Condition::All(vec![one.clone(), any]);
        assert!(enable_when(&q, &nested).is_err());
        // `in` is "any" of its values.
        let one_of = Condition::Answer {
            question: "duration".into(),
            test: Test::OneOf(vec![Literal::Str("a".into()), Literal::Str("b".into())]),
        };
        let (when, behaviour) = enable_when(&q, &one_of).expect("fits");
        assert_eq!(
            when[0]["answerCoding"],
            json!({"system": super::super::code_system_url(&q), "code": "a"})
        );
        assert_eq!(behaviour, Some("any"));
        // ... which "all" cannot hold.
        assert!(enable_when(&q, &Condition::All(vec![one, one_of])).is_err());
    }
}
