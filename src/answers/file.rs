//! Answers files: TOML (`id = value`) or JSON (`{"id": value}`).
//!
//! yes_no is a boolean, choice a string, multi an array of strings, scale and
//! number an integer. Every bad key is reported at once, with its line and column
//! in TOML. An answer to a question hidden by its condition is ignored with a
//! warning; every shown required question without an answer is listed in one
//! error. Also writes the TOML form, which `--save-answers` uses.

use std::fmt::Write as _;
use std::path::Path;

use toml::de::{DeTable, DeValue};

use super::{AnswersError, BadAnswer, Place};
use crate::answer::{Answer, Answers};
use crate::content::{Question, QuestionKind, Questionnaire};
use crate::flow;
use crate::input::{self, Kind, Source};

/// The two formats an answers file can have.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// `id = value` lines.
    Toml,
    /// One JSON object.
    Json,
}

impl Format {
    /// JSON for a `.json` file, else TOML. For standard input (`-`), JSON when
    /// the text starts with `{`.
    pub fn detect(path: &Path, text: &str) -> Format {
        let is_stdin = path.as_os_str() == "-";
        let json_ext = path
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("json"));
        if json_ext || (is_stdin && text.trim_start().starts_with('{')) {
            Format::Json
        } else {
            Format::Toml
        }
    }
}

/// Answers and the warnings about ignored answers.
#[derive(Debug)]
pub struct Loaded {
    /// The answers to shown questions.
    pub answers: Answers,
    /// One line per ignored answer, for standard error.
    pub warnings: Vec<String>,
}

/// Reads an answers file, or standard input for `-`.
pub fn read(
    questionnaire: &Questionnaire,
    path: &Path,
    stdin: impl std::io::Read,
) -> Result<Loaded, AnswersError> {
    let source = if path.as_os_str() == "-" {
        Source::Stdin
    } else {
        Source::File(path)
    };
    let name = path.display().to_string();
    let text = input::read(Kind::Answers, source, stdin)?;
    parse(questionnaire, &name, &text, Format::detect(path, &text))
}

/// Reads answers from text; `name` is used in messages.
pub fn parse(
    questionnaire: &Questionnaire,
    name: &str,
    text: &str,
    format: Format,
) -> Result<Loaded, AnswersError> {
    let entries = match format {
        Format::Toml => toml_entries(name, text)?,
        Format::Json => json_entries(name, text)?,
    };
    let mut answers = Answers::default();
    let mut bad = Vec::new();
    let mut unknown = Vec::new();
    for entry in entries {
        let Some(q) = questionnaire.question(&entry.key) else {
            unknown.push(entry.place(name));
            continue;
        };
        match convert(q, &entry.value) {
            Some(answer) => answers.insert(&q.id, answer),
            None => bad.push(BadAnswer {
                place: entry.place(name),
                question: q.id.clone(),
                given: entry.given.clone(),
                accepted: accepted_in_file(q),
            }),
        }
    }
    if !unknown.is_empty() {
        let known = questionnaire
            .questions
            .iter()
            .map(|q| q.id.clone())
            .collect();
        return Err(AnswersError::UnknownKeys(unknown, known));
    }
    if !bad.is_empty() {
        return Err(AnswersError::Bad(bad));
    }
    let warnings = super::prune_with_warnings(questionnaire, &mut answers);
    let missing: Vec<(String, String)> = flow::shown(questionnaire, &answers)
        .into_iter()
        .filter(|q| q.required && answers.get(&q.id).is_none())
        .map(|q| (q.id.clone(), q.text.clone()))
        .collect();
    if !missing.is_empty() {
        // A file `--save-answers` wrote for an older version says which; the
        // questions it lacks are then most likely ones added since.
        if let Some(saved) =
            saved_version(text, &questionnaire.id).filter(|v| older(v, &questionnaire.version))
        {
            return Err(AnswersError::Outdated {
                path: name.to_owned(),
                questionnaire: questionnaire.id.clone(),
                saved,
                current: questionnaire.version.clone(),
                questions: missing,
            });
        }
        return Err(AnswersError::Missing {
            path: name.to_owned(),
            questions: missing,
        });
    }
    Ok(Loaded { answers, warnings })
}

/// The first line `to_toml` writes.
const HEADER: &str = "# backcheck answers for ";

/// The version in the header `to_toml` wrote, when it names this questionnaire.
fn saved_version(text: &str, id: &str) -> Option<String> {
    let rest = text.lines().next()?.strip_prefix(HEADER)?;
    let (file_id, version) = rest.trim().split_once(' ')?;
    (file_id == id).then(|| version.trim().to_owned())
}

/// Whether version `a` is older than `b` (numbers separated by dots).
fn older(a: &str, b: &str) -> bool {
    matches!(
        (crate::content::version_key(a), crate::content::version_key(b)),
        (Some(a), Some(b)) if a < b
    )
}

/// A plain value from either format.
#[derive(Debug)]
enum Value {
    Bool(bool),
    Int(i64),
    Str(String),
    Array(Vec<Value>),
    Other,
}

struct Entry {
    key: String,
    value: Value,
    /// The value as written, for messages.
    given: String,
    position: Option<(usize, usize)>,
}

impl Entry {
    fn place(&self, name: &str) -> Place {
        Place::Key {
            path: name.to_owned(),
            key: self.key.clone(),
            position: self.position,
        }
    }
}

fn toml_entries(name: &str, text: &str) -> Result<Vec<Entry>, AnswersError> {
    let position = |offset: usize| {
        let (l, c) = crate::content::line_col(text, offset);
        (l + 1, c + 1)
    };
    let table = DeTable::parse(text).map_err(|e| {
        let (line, column) = position(e.span().map_or(0, |s| s.start));
        AnswersError::Syntax {
            path: name.to_owned(),
            line,
            column,
            message: e.message().trim_end().to_owned(),
        }
    })?;
    fn value(v: &DeValue<'_>) -> Value {
        match v {
            DeValue::Boolean(b) => Value::Bool(*b),
            DeValue::Integer(i) => {
                i64::from_str_radix(i.as_str(), i.radix()).map_or(Value::Other, Value::Int)
            }
            DeValue::String(s) => Value::Str(s.to_string()),
            DeValue::Array(items) => {
                Value::Array(items.iter().map(|i| value(i.get_ref())).collect())
            }
            _ => Value::Other,
        }
    }
    Ok(table
        .get_ref()
        .iter()
        .map(|(k, v)| {
            let span = v.span();
            Entry {
                key: k.get_ref().to_string(),
                value: value(v.get_ref()),
                given: text.get(span.clone()).unwrap_or("?").to_owned(),
                position: Some(position(k.span().start)),
            }
        })
        .collect())
}

/// The entries of a JSON object in file order, duplicates included (a map
/// would keep only the last of two answers to one question, silently).
struct JsonEntries(Vec<(String, serde_json::Value)>);

impl<'de> serde::Deserialize<'de> for JsonEntries {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Entries;
        impl<'de> serde::de::Visitor<'de> for Entries {
            type Value = JsonEntries;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("one JSON object, {\"question_id\": answer, ...}")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<JsonEntries, A::Error> {
                let mut out = Vec::new();
                while let Some(entry) = map.next_entry::<String, serde_json::Value>()? {
                    out.push(entry);
                }
                Ok(JsonEntries(out))
            }
        }
        d.deserialize_map(Entries)
    }
}

fn json_entries(name: &str, text: &str) -> Result<Vec<Entry>, AnswersError> {
    let JsonEntries(map) = serde_json::from_str(text).map_err(|e| AnswersError::Syntax {
        path: name.to_owned(),
        line: e.line(),
        column: e.column(),
        message: e.to_string(),
    })?;
    let mut seen = std::collections::HashSet::new();
    for (key, _) in &map {
        if !seen.insert(key.as_str()) {
            return Err(AnswersError::DuplicateKey {
                path: name.to_owned(),
                key: key.clone(),
            });
        }
    }
    fn value(v: &serde_json::Value) -> Value {
        match v {
            serde_json::Value::Bool(b) => Value::Bool(*b),
            serde_json::Value::Number(n) => n.as_i64().map_or(Value::Other, Value::Int),
            serde_json::Value::String(s) => Value::Str(s.clone()),
            serde_json::Value::Array(items) => Value::Array(items.iter().map(value).collect()),
            _ => Value::Other,
        }
    }
    Ok(map
        .iter()
        .map(|(k, v)| Entry {
            key: k.clone(),
            value: value(v),
            given: v.to_string(),
            position: None,
        })
        .collect())
}

/// The answer a value gives to a question, if it fits.
fn convert(q: &Question, v: &Value) -> Option<Answer> {
    match (&q.kind, v) {
        (QuestionKind::YesNo, Value::Bool(b)) => Some(Answer::Bool(*b)),
        (QuestionKind::Choice { .. }, Value::Str(s)) => {
            q.option(s).map(|o| Answer::Choice(o.value.clone()))
        }
        (QuestionKind::Multi { options }, Value::Array(items)) => {
            let mut picked = Vec::new();
            for item in items {
                let Value::Str(s) = item else { return None };
                picked.push(options.iter().position(|o| &o.value == s)?);
            }
            picked.sort_unstable();
            picked.dedup();
            Some(Answer::Multi(
                picked
                    .into_iter()
                    .map(|i| options[i].value.clone())
                    .collect(),
            ))
        }
        (
            QuestionKind::Scale { min, max, .. } | QuestionKind::Number { min, max, .. },
            Value::Int(n),
        ) if n >= min && n <= max => Some(Answer::Int(*n)),
        _ => None,
    }
}

/// What a question accepts in an answers file.
pub fn accepted_in_file(q: &Question) -> String {
    let quoted = |q: &Question| {
        q.options()
            .iter()
            .map(|o| format!("\"{}\"", o.value))
            .collect::<Vec<_>>()
            .join(", ")
    };
    match &q.kind {
        QuestionKind::YesNo => "true or false".into(),
        QuestionKind::Choice { .. } => format!("one of {}", quoted(q)),
        QuestionKind::Multi { .. } => {
            format!("an array of any of {} (or [] for none)", quoted(q))
        }
        QuestionKind::Scale { min, max, .. } | QuestionKind::Number { min, max, .. } => {
            format!("a whole number from {min} to {max}")
        }
    }
}

/// The answers as a TOML answers file, in question order, each with its
/// question as a comment; `--answers` reads it back to the same answers.
pub fn to_toml(questionnaire: &Questionnaire, answers: &Answers) -> String {
    let mut out = format!("{HEADER}{} {}\n", questionnaire.id, questionnaire.version);
    for (q, a) in flow::in_order(questionnaire, answers) {
        let value = match a {
            Answer::Bool(b) => b.to_string(),
            Answer::Int(n) => n.to_string(),
            Answer::Choice(s) => toml_string(s),
            Answer::Multi(vs) => format!(
                "[{}]",
                vs.iter()
                    .map(|v| toml_string(v))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        };
        let question = q.text.replace(['\n', '\r'], " ");
        let _ = write!(out, "\n# {question}\n{} = {value}\n", q.id);
    }
    out
}

fn toml_string(s: &str) -> String {
    toml::Value::String(s.to_owned()).to_string()
}
