//! A person's answers, and the ways they arrive: piped lines (`lines.rs`), an
//! answers file (`file.rs`) and, at a terminal, the interview (`interview.rs`)
//! drawn by dialoguer (`prompt.rs`) or as plain typed lines (`plain.rs`).
//!
//! `parse_typed` reads one typed answer the same way for piped lines and for
//! plain-mode prompts. The values themselves are `crate::answer`'s. Nothing
//! here decides a verdict.

pub mod entries;
mod error;
pub mod fhir;
pub mod file;
pub mod interview;
pub mod lines;
pub mod plain;
pub mod prompt;
mod theme;

pub use error::{AnswersError, FileProblem, FileProblemKind, list_command};

use crate::answer::{Answer, Answers};
use crate::content::{Choice, Question, QuestionKind, Questionnaire};
use crate::flow;
use crate::words::{t, ta};

/// Longest piped answer line accepted, in bytes (4 KiB).
pub const MAX_LINE_BYTES: usize = 4096;

/// What a question accepts, in words, for error messages and plain prompts.
pub fn accepted(q: &Question) -> String {
    let values = |options: &[Choice]| {
        options
            .iter()
            .map(|o| o.value.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    };
    let mut s = match &q.kind {
        QuestionKind::YesNo { not_sure: false } => t("answer-accepted-yes-no"),
        QuestionKind::YesNo { not_sure: true } => t("answer-accepted-yes-no-not-sure"),
        QuestionKind::Choice { options } => ta(
            "answer-accepted-choice",
            &[
                ("values", values(options).into()),
                ("count", options.len().into()),
            ],
        ),
        QuestionKind::Multi { options, .. } => ta(
            "answer-accepted-multi",
            &[
                ("values", values(options).into()),
                ("count", options.len().into()),
            ],
        ),
        QuestionKind::Scale { min, max, .. } | QuestionKind::Number { min, max, .. } => ta(
            "answer-accepted-number",
            &[("min", (*min).into()), ("max", (*max).into())],
        ),
    };
    if !q.required {
        s.push_str(&t("answer-accepted-or-skip"));
    }
    s
}

/// Text folded for comparing answers: lower case, without accents ("Sí"
/// and "si" are the same answer).
pub fn fold(text: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    text.trim()
        .nfd()
        .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
        .collect::<String>()
        .to_lowercase()
}

/// Whether `text` is one of the words a message lists (a comma list such as
/// `answer-yes-words = sí, si, s`), in English or the run's language.
fn is_word(text: &str, english: &[&str], id: &str) -> bool {
    let folded = fold(text);
    english.contains(&folded.as_str())
        || t(id)
            .split(',')
            .any(|w| !w.trim().is_empty() && fold(w) == folded)
}

/// Whether a typed answer is the word for "skip", "back" or "none", in
/// English or the run's language.
pub fn is_skip(text: &str) -> bool {
    is_word(text, &["skip"], "answer-skip-words")
}

/// See `is_skip`.
pub fn is_back(text: &str) -> bool {
    is_word(text, &["back"], "answer-back-words")
}

/// See `is_skip`.
pub fn is_none(text: &str) -> bool {
    is_word(text, &["none"], "answer-none-words")
}

/// A yes/no answer in an answers file: English words only (`yes`, `no`,
/// `not_sure`, ...), so that a file means the same in every language.
pub fn yes_no_in_file(text: &str, not_sure: bool) -> Option<Answer> {
    match fold(text).as_str() {
        "y" | "yes" | "true" | "1" => Some(Answer::Bool(true)),
        "n" | "no" | "false" | "0" => Some(Answer::Bool(false)),
        "not sure" | "not_sure" | "unsure" | "?" if not_sure => Some(Answer::Unsure),
        _ => None,
    }
}

/// A yes/no answer in words, as typed, piped, or in a CSV cell: y, yes, true, 1, n, no, false, 0, and, where the question
/// offers it, "not sure"; and the run's language's words for them (`sí`,
/// `si`, `s` in Spanish), in any case, with or without accents. The one
/// reader of these words.
pub fn yes_no(text: &str, not_sure: bool) -> Option<Answer> {
    if is_word(text, &["y", "yes", "true", "1"], "answer-yes-words") {
        Some(Answer::Bool(true))
    } else if is_word(text, &["n", "no", "false", "0"], "answer-no-words") {
        Some(Answer::Bool(false))
    } else if not_sure
        && is_word(
            text,
            &["not sure", "not_sure", "unsure", "?"],
            "answer-not-sure-words",
        )
    {
        Some(Answer::Unsure)
    } else {
        None
    }
}

/// Reads one typed answer (a piped line or a plain-mode reply).
///
/// `Ok(None)` is `skip` on an optional question. On error, returns what the
/// question accepts.
pub fn parse_typed(q: &Question, input: &str) -> Result<Option<Answer>, String> {
    let text = input.trim();
    let lower = text.to_lowercase();
    if is_skip(text) && !q.required {
        return Ok(None);
    }
    let parsed = match &q.kind {
        QuestionKind::YesNo { not_sure } => yes_no(&lower, *not_sure),
        QuestionKind::Choice { options } => option_index(options, &lower)
            .or_else(|| label_index(options, text))
            .map(|i| Answer::Choice(options[i].value.clone())),
        QuestionKind::Multi { options, .. } => {
            if is_none(text) {
                Some(Answer::Multi(Vec::new()))
            } else {
                // One label may itself hold a comma; otherwise each part is a
                // value, a number or a label.
                let picked: Option<Vec<usize>> =
                    label_index(options, text).map(|i| vec![i]).or_else(|| {
                        text.split(',')
                            .map(|part| {
                                option_index(options, &part.trim().to_lowercase())
                                    .or_else(|| label_index(options, part))
                            })
                            .collect()
                    });
                picked.map(|mut idx| {
                    idx.sort_unstable();
                    idx.dedup();
                    Answer::Multi(idx.into_iter().map(|i| options[i].value.clone()).collect())
                })
            }
        }
        QuestionKind::Scale { min, max, .. } | QuestionKind::Number { min, max, .. } => lower
            .parse::<i64>()
            .ok()
            .filter(|n| n >= min && n <= max)
            .map(Answer::Int),
    };
    parsed.map(Some).ok_or_else(|| accepted(q))
}

/// The index of the option whose words `text` are, in any case: the whole
/// label, or the label without a trailing part in brackets ("Relaxing" for
/// "Relaxing (gentle, whole back)").
pub fn label_index(options: &[Choice], text: &str) -> Option<usize> {
    let text = fold(text);
    if text.is_empty() {
        return None;
    }
    options.iter().position(|o| {
        let label = fold(&o.label);
        let short = label.split(" (").next().unwrap_or(&label).trim();
        label == text || short == text
    })
}

/// The index of the option a string in an answers file names: its value or
/// its words, in any case.
pub fn named_index(options: &[Choice], text: &str) -> Option<usize> {
    let lower = text.trim().to_lowercase();
    options
        .iter()
        .position(|o| o.value == lower)
        .or_else(|| label_index(options, text))
}

/// The index of the option named by value or 1-based number.
fn option_index(options: &[Choice], text: &str) -> Option<usize> {
    if let Ok(n) = text.parse::<usize>() {
        return (1..=options.len()).contains(&n).then(|| n - 1);
    }
    options.iter().position(|o| o.value == text)
}

/// The words for an answer, as a person reads them: "yes", an option's label,
/// "7 on the 0-10 scale".
pub fn describe(q: &Question, answer: &Answer) -> String {
    let label = |v: &str| {
        q.option(v)
            .map_or_else(|| v.to_owned(), |o| o.label.clone())
    };
    match (answer, &q.kind) {
        (Answer::Bool(true), _) => t("answer-yes"),
        (Answer::Bool(false), _) => t("answer-no"),
        (Answer::Unsure, _) => t("answer-not-sure"),
        (Answer::Choice(v), _) => label(v),
        (Answer::Multi(vs), _) if vs.is_empty() => t("answer-none"),
        // Labels may contain commas themselves.
        (Answer::Multi(vs), _) => vs.iter().map(|v| label(v)).collect::<Vec<_>>().join("; "),
        (Answer::Int(n), QuestionKind::Scale { min, max, .. }) => ta(
            "answer-on-scale",
            &[
                ("n", (*n).into()),
                ("min", (*min).into()),
                ("max", (*max).into()),
            ],
        ),
        (Answer::Int(n), QuestionKind::Number { unit: Some(u), .. }) => format!("{n} {u}"),
        (Answer::Int(n), _) => n.to_string(),
    }
}

/// Warnings for answers that conditions hide; they are ignored, not errors.
pub fn prune_with_warnings(questionnaire: &Questionnaire, answers: &mut Answers) -> Vec<String> {
    flow::prune(questionnaire, answers)
        .into_iter()
        .map(|id| {
            let why = questionnaire
                .question(&id)
                .map(|q| because_of(questionnaire, q, answers))
                .unwrap_or_default();
            ta(
                "answer-ignored",
                &[("id", id.as_str().into()), ("why", why.into())],
            )
        })
        .collect()
}

/// "your answer to question 8 (`pain_duration`: “More than 12 weeks”)": the
/// answers that decide whether `question` is shown.
pub fn because_of(questionnaire: &Questionnaire, question: &Question, answers: &Answers) -> String {
    let parts: Vec<String> = flow::deciders(questionnaire, question)
        .into_iter()
        .map(|d| {
            let number = questionnaire
                .questions
                .iter()
                .position(|q| q.id == d.id)
                .map_or(0, |i| i + 1);
            let answer = answers.get(&d.id).map_or_else(
                || t("answer-no-answer"),
                |a| ta("answer-quoted", &[("answer", describe(d, a).into())]),
            );
            ta(
                "answer-question-ref",
                &[
                    ("number", number.into()),
                    ("id", d.id.as_str().into()),
                    ("answer", answer.into()),
                ],
            )
        })
        .collect();
    if parts.is_empty() {
        t("answer-an-earlier-answer")
    } else {
        ta(
            "answer-your-answer-to",
            &[("parts", parts.join(&t("answer-and")).into())],
        )
    }
}
