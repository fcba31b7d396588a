//! Answers files: TOML (`id = value`) or JSON (`{"id": value}`).
//!
//! yes_no is a boolean (or "yes"/"no"), choice a string (value or label, in
//! any case), multi an array of such strings, scale and number an integer. Every bad key is reported at once, with its line and column
//! in TOML. An answer to a question hidden by its condition is ignored with a
//! warning; every shown required question without an answer is listed in one
//! error. Also writes the TOML form, which `--save-answers` uses.

use crate::words::{t, ta};
use std::collections::HashSet;
use std::fmt::Write as _;
use std::path::Path;

use super::entries::{self, Value};
use super::{AnswersError, FileProblem, FileProblemKind, list_command, named_index};
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
    /// A FHIR `QuestionnaireResponse` (JSON with a `resourceType`).
    Fhir,
}

impl Format {
    /// JSON for a `.json` file, else TOML. For standard input (`-`), JSON when
    /// the text starts with `{`.
    pub fn detect(path: &Path, text: &str) -> Format {
        let is_stdin = path.as_os_str() == "-";
        let json_ext = path
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("json"));
        let object = text.trim_start().starts_with('{');
        if object && looks_like_fhir(text) {
            Format::Fhir
        } else if json_ext || (is_stdin && object) {
            Format::Json
        } else {
            Format::Toml
        }
    }
}

/// Whether a JSON object has a top-level `resourceType` (cheaply: the key
/// anywhere, then the parsed document decides).
fn looks_like_fhir(text: &str) -> bool {
    text.contains("\"resourceType\"")
        && serde_json::from_str::<serde_json::Value>(text)
            .ok()
            .is_some_and(|v| v.get("resourceType").is_some())
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
        Format::Toml => entries::toml(name, text)?,
        Format::Json => entries::json(name, text)?,
        Format::Fhir => {
            let json: serde_json::Value =
                serde_json::from_str(text).map_err(|e| AnswersError::Syntax {
                    path: name.to_owned(),
                    line: e.line().max(1),
                    column: e.column().max(1),
                    message: e.to_string(),
                })?;
            let response = super::fhir::read(questionnaire, name, &json, "")?;
            return finished(
                check(questionnaire, name, response.entries, ""),
                response.in_progress,
                name,
            );
        }
    };
    check(questionnaire, name, entries, text)
}

/// A response still in progress is refused, with what it lacks.
pub fn finished(
    checked: Result<Loaded, AnswersError>,
    in_progress: bool,
    name: &str,
) -> Result<Loaded, AnswersError> {
    match checked {
        Err(AnswersError::Missing { questions, .. }) if in_progress => {
            Err(AnswersError::Incomplete {
                path: name.to_owned(),
                questions,
            })
        }
        Ok(_) if in_progress => Err(AnswersError::Incomplete {
            path: name.to_owned(),
            questions: Vec::new(),
        }),
        other => other,
    }
}

/// Turns entries into answers, with every problem at once: the one check of
/// answers given by key, for answers files and for `score`'s records alike.
/// `text` is the file, for the version line `--save-answers` writes (empty
/// when there is none).
pub fn check(
    questionnaire: &Questionnaire,
    name: &str,
    entries: Vec<entries::Entry>,
    text: &str,
) -> Result<Loaded, AnswersError> {
    let mut answers = Answers::default();
    let mut problems = Vec::new();
    // Which questions have an answer already, by their place.
    let mut seen = vec![false; questionnaire.questions.len()];
    // Keys that are not questions, seen so far (a set: a hostile file can
    // hold tens of thousands).
    let mut unknown: HashSet<String> = HashSet::new();
    let mut next = 0;
    for entry in entries {
        let at = |(line, column): (usize, usize), kind| FileProblem {
            line,
            column,
            path: entry.path.clone(),
            kind,
        };
        let place = find(questionnaire, &entry.key, &mut next);
        let twice = match place {
            Some(i) => std::mem::replace(&mut seen[i], true),
            None => !unknown.insert(entry.key.clone()),
        };
        if twice {
            problems.push(at(entry.key_at, FileProblemKind::Twice { key: entry.key }));
            continue;
        }
        let Some(q) = place.map(|i| &questionnaire.questions[i]) else {
            let suggestion = closest(questionnaire, &entry.key);
            problems.push(at(
                entry.key_at,
                FileProblemKind::Unknown {
                    key: entry.key,
                    suggestion,
                },
            ));
            continue;
        };
        if let Value::Foreign { system } = &entry.value {
            problems.push(at(
                entry.value_at,
                FileProblemKind::Foreign {
                    question: q.id.clone(),
                    system: system.clone(),
                    ours: crate::report::fhir::code_system_url(questionnaire),
                },
            ));
            continue;
        }
        match convert(q, &entry.value) {
            Some(answer) => answers.insert(&q.id, answer),
            None => problems.push(at(
                entry.value_at,
                FileProblemKind::Bad {
                    question: q.id.clone(),
                    given: entry.given.clone(),
                    accepted: accepted_in_file(q),
                },
            )),
        }
    }
    if !problems.is_empty() {
        problems.sort_by_key(|p| (p.line, p.column));
        return Err(AnswersError::File {
            path: name.to_owned(),
            problems,
            list: list_command(questionnaire),
        });
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

/// The place of the question with id `key`. Answers mostly come in question
/// order, so the question after the last one found is tried first.
fn find(questionnaire: &Questionnaire, key: &str, next: &mut usize) -> Option<usize> {
    let questions = &questionnaire.questions;
    let i = match questions.get(*next) {
        Some(q) if q.id == key => *next,
        _ => questions.iter().position(|q| q.id == key)?,
    };
    *next = i + 1;
    Some(i)
}

/// The question id closest to a key that is none, when it is close enough
/// to be a slip (as clap suggests options).
pub fn closest_id(questionnaire: &Questionnaire, key: &str) -> Option<String> {
    closest(questionnaire, key)
}

fn closest(questionnaire: &Questionnaire, key: &str) -> Option<String> {
    questionnaire
        .questions
        .iter()
        .map(|q| (strsim::jaro_winkler(&q.id, key), &q.id))
        .filter(|(score, _)| *score >= 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, id)| id.clone())
}

/// The answer a value gives to a question, if it fits.
fn convert(q: &Question, v: &Value) -> Option<Answer> {
    match (&q.kind, v) {
        (QuestionKind::YesNo { .. }, Value::Bool(b)) => Some(Answer::Bool(*b)),
        (QuestionKind::YesNo { not_sure }, Value::Str(s)) => super::yes_no_in_file(s, *not_sure),
        (QuestionKind::Choice { options }, Value::Str(s)) => {
            named_index(options, s).map(|i| Answer::Choice(options[i].value.clone()))
        }
        (QuestionKind::Multi { options, none }, Value::Array(items)) => {
            let mut picked = Vec::new();
            // The explicit "none" option is nothing ticked, and only alone.
            let is_none = |s: &str| {
                none.as_ref()
                    .is_some_and(|n| n.value == s || n.label.trim().eq_ignore_ascii_case(s.trim()))
            };
            let mut nothing = false;
            for item in items {
                let Value::Str(s) = item else { return None };
                if is_none(s) {
                    nothing = true;
                    continue;
                }
                picked.push(named_index(options, s)?);
            }
            if nothing && !picked.is_empty() {
                return None;
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
        QuestionKind::YesNo { not_sure: false } => t("answer-file-accepted-yes-no"),
        QuestionKind::YesNo { not_sure: true } => t("answer-file-accepted-yes-no-not-sure"),
        QuestionKind::Choice { .. } => ta(
            "answer-file-accepted-choice",
            &[("values", quoted(q).into())],
        ),
        QuestionKind::Multi { .. } => ta(
            "answer-file-accepted-multi",
            &[("values", quoted(q).into())],
        ),
        QuestionKind::Scale { min, max, .. } | QuestionKind::Number { min, max, .. } => ta(
            "answer-accepted-number",
            &[("min", (*min).into()), ("max", (*max).into())],
        ),
    }
}

/// The answers as a TOML answers file, in question order, each with its
/// question as a comment; `--answers` reads it back to the same answers.
pub fn to_toml(questionnaire: &Questionnaire, answers: &Answers) -> String {
    let mut out = format!("{HEADER}{} {}\n", questionnaire.id, questionnaire.version);
    for (q, a) in flow::in_order(questionnaire, answers) {
        let value = match a {
            Answer::Bool(b) => b.to_string(),
            Answer::Unsure => toml_string(crate::answer::NOT_SURE),
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
