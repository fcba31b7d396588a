//! A person's answers, and the ways they arrive: piped lines (`lines.rs`), an
//! answers file (`file.rs`) and, at a terminal, the interview (`interview.rs`)
//! drawn by dialoguer (`prompt.rs`) or as plain typed lines (`plain.rs`).
//!
//! `parse_typed` reads one typed answer the same way for piped lines and for
//! plain-mode prompts. The values themselves are `crate::answer`'s. Nothing
//! here decides a verdict.

pub mod file;
pub mod interview;
pub mod lines;
pub mod plain;
pub mod prompt;

use std::fmt;

use crate::answer::{Answer, Answers};
use crate::content::{Question, QuestionKind, Questionnaire};
use crate::flow;
use crate::input::InputError;

/// Longest piped answer line accepted, in bytes (4 KiB).
pub const MAX_LINE_BYTES: usize = 4096;

/// Where a bad answer was found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Place {
    /// A piped line, 1-based.
    Line(usize),
    /// A key of an answers file, with its 1-based line and column when known.
    Key {
        /// The file's name.
        path: String,
        /// The key.
        key: String,
        /// 1-based line and column, when the format gives them.
        position: Option<(usize, usize)>,
    },
}

impl fmt::Display for Place {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Place::Line(n) => write!(f, "line {n}"),
            Place::Key {
                path,
                key,
                position: Some((l, c)),
            } => write!(f, "{path}:{l}:{c}: key `{key}`"),
            Place::Key {
                path,
                key,
                position: None,
            } => write!(f, "{path}: key `{key}`"),
        }
    }
}

/// One bad answer: where, for which question, what was given, what is accepted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BadAnswer {
    /// Where it was found.
    pub place: Place,
    /// The question id.
    pub question: String,
    /// What was given, as written.
    pub given: String,
    /// What the question accepts.
    pub accepted: String,
}

impl fmt::Display for BadAnswer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} (question `{}`): {} is not an answer here; accepted: {}",
            self.place,
            self.question,
            crate::sanitize::printable(&self.given),
            self.accepted
        )
    }
}

/// Why answers could not be used. Each variant maps to one exit code in `error.rs`.
#[derive(Debug, thiserror::Error)]
pub enum AnswersError {
    /// The input could not be read (missing, too large, not UTF-8).
    #[error(transparent)]
    Input(#[from] InputError),
    /// A piped line longer than `MAX_LINE_BYTES`.
    #[error("line {line} is longer than {limit} bytes; each answer goes on its own short line")]
    LineTooLong {
        /// 1-based line number.
        line: usize,
        /// The limit in bytes.
        limit: usize,
    },
    /// A file that is not valid TOML or JSON.
    #[error("{path}:{line}:{column}: {message}")]
    Syntax {
        /// The file's name.
        path: String,
        /// 1-based line.
        line: usize,
        /// 1-based column.
        column: usize,
        /// The parser's message.
        message: String,
    },
    /// A question answered twice in one JSON answers file.
    #[error(
        "{path}: key `{}` appears twice; give each question one answer",
        crate::sanitize::printable(key)
    )]
    DuplicateKey {
        /// The file's name.
        path: String,
        /// The key.
        key: String,
    },
    /// One or more answers do not fit their questions.
    #[error("{}", list(.0))]
    Bad(Vec<BadAnswer>),
    /// Keys that are not question ids.
    #[error("{}", unknown_keys(.0, .1))]
    UnknownKeys(Vec<Place>, Vec<String>),
    /// The piped input ended before a required question.
    #[error(
        "the answers ended after line {line}, but question `{question}` still needs an answer ({})\n  = hint: run `backcheck questions` to see every question in order",
        crate::sanitize::printable(text)
    )]
    EndedEarly {
        /// The last line read.
        line: usize,
        /// The question id.
        question: String,
        /// The question's text.
        text: String,
    },
    /// Piped lines left after the last shown question.
    #[error(
        "line {line}: {} is left over: every question already has its answer\n  = hint: a question hidden by an earlier answer takes no line; `backcheck questions` lists them",
        crate::sanitize::printable(&format!("`{given}`"))
    )]
    LeftOver {
        /// 1-based line number.
        line: usize,
        /// The line's text.
        given: String,
    },
    /// Shown, required questions without an answer (answers files).
    #[error("{}", missing(.path, .questions))]
    Missing {
        /// The file's name.
        path: String,
        /// Id and text of each question missing an answer.
        questions: Vec<(String, String)>,
    },
    /// A file saved for an older version of the questionnaire, which lacks
    /// answers to questions added since.
    #[error("{}", outdated(.path, .questionnaire, .saved, .current, .questions))]
    Outdated {
        /// The file's name.
        path: String,
        /// The questionnaire's id.
        questionnaire: String,
        /// The version the file was saved for.
        saved: String,
        /// The questionnaire's version now.
        current: String,
        /// Id and text of each question missing an answer.
        questions: Vec<(String, String)>,
    },
}

fn outdated(
    path: &str,
    id: &str,
    saved: &str,
    current: &str,
    questions: &[(String, String)],
) -> String {
    let mut s = format!(
        "{path} was saved for {id} {saved}; this is version {current}, which asks {} {} that the file does not answer:",
        questions.len(),
        if questions.len() == 1 {
            "question"
        } else {
            "questions"
        }
    );
    for (id, text) in questions {
        s.push_str(&format!(
            "\n  {id} = ...   # {}",
            crate::sanitize::printable(text).replace('\n', " ")
        ));
    }
    s.push_str(&format!(
        "\n  = hint: add those answers, or answer every question again with `backcheck --save-answers {path}`"
    ));
    crate::sanitize::printable(&s).into_owned()
}

fn list(bad: &[BadAnswer]) -> String {
    bad.iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join("\n")
}

fn unknown_keys(places: &[Place], known: &[String]) -> String {
    let mut s: Vec<String> = places
        .iter()
        .map(|p| format!("{p}: not a question of this questionnaire"))
        .collect();
    s.push(format!("  = hint: question ids are: {}", known.join(", ")));
    crate::sanitize::printable(&s.join("\n")).into_owned()
}

fn missing(path: &str, questions: &[(String, String)]) -> String {
    let mut s = format!(
        "{path}: {} required {} no answer:",
        questions.len(),
        if questions.len() == 1 {
            "question has"
        } else {
            "questions have"
        }
    );
    for (id, text) in questions {
        s.push_str(&format!(
            "\n  {id} = ...   # {}",
            crate::sanitize::printable(text).replace('\n', " ")
        ));
    }
    s
}

/// What a question accepts, in words, for error messages and plain prompts.
pub fn accepted(q: &Question) -> String {
    let values = |options: &[crate::content::Choice]| {
        options
            .iter()
            .map(|o| o.value.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    };
    let mut s = match &q.kind {
        QuestionKind::YesNo => "y, yes, n or no".to_owned(),
        QuestionKind::Choice { options } => {
            format!(
                "one of {} (or its number, 1-{})",
                values(options),
                options.len()
            )
        }
        QuestionKind::Multi { options } => format!(
            "any of {} (or their numbers, 1-{}) separated by commas, or none",
            values(options),
            options.len()
        ),
        QuestionKind::Scale { min, max, .. } | QuestionKind::Number { min, max, .. } => {
            format!("a whole number from {min} to {max}")
        }
    };
    if !q.required {
        s.push_str(", or skip");
    }
    s
}

/// Reads one typed answer (a piped line or a plain-mode reply).
///
/// `Ok(None)` is `skip` on an optional question. On error, returns what the
/// question accepts.
pub fn parse_typed(q: &Question, input: &str) -> Result<Option<Answer>, String> {
    let text = input.trim();
    let lower = text.to_lowercase();
    if lower == "skip" && !q.required {
        return Ok(None);
    }
    let parsed = match &q.kind {
        QuestionKind::YesNo => match lower.as_str() {
            "y" | "yes" => Some(Answer::Bool(true)),
            "n" | "no" => Some(Answer::Bool(false)),
            _ => None,
        },
        QuestionKind::Choice { options } => {
            option_index(options, &lower).map(|i| Answer::Choice(options[i].value.clone()))
        }
        QuestionKind::Multi { options } => {
            if lower == "none" {
                Some(Answer::Multi(Vec::new()))
            } else {
                let picked: Option<Vec<usize>> = lower
                    .split(',')
                    .map(|part| option_index(options, part.trim()))
                    .collect();
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

/// The index of the option named by value or 1-based number.
fn option_index(options: &[crate::content::Choice], text: &str) -> Option<usize> {
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
        (Answer::Bool(true), _) => "yes".into(),
        (Answer::Bool(false), _) => "no".into(),
        (Answer::Choice(v), _) => label(v),
        (Answer::Multi(vs), _) if vs.is_empty() => "none".into(),
        // Labels may contain commas themselves.
        (Answer::Multi(vs), _) => vs.iter().map(|v| label(v)).collect::<Vec<_>>().join("; "),
        (Answer::Int(n), QuestionKind::Scale { min, max, .. }) => {
            format!("{n} on the {min}-{max} scale")
        }
        (Answer::Int(n), QuestionKind::Number { unit: Some(u), .. }) => format!("{n} {u}"),
        (Answer::Int(n), _) => n.to_string(),
    }
}

/// Warnings for answers that conditions hide; they are ignored, not errors.
pub fn prune_with_warnings(questionnaire: &Questionnaire, answers: &mut Answers) -> Vec<String> {
    flow::prune(questionnaire, answers)
        .into_iter()
        .map(|id| {
            format!(
                "warning: the answer to `{id}` is ignored: an earlier answer hides that question"
            )
        })
        .collect()
}
