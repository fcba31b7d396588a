//! Why answers could not be used, with the place of every problem: the
//! piped line, or the answers file's line and column. Each variant maps to
//! one exit code in `error.rs`.

use crate::words::ta;
use std::fmt;

use crate::input::InputError;
use crate::sanitize::printable;

/// What is wrong at one place of an answers file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FileProblemKind {
    /// A value that does not fit its question.
    Bad {
        /// The question id.
        question: String,
        /// The value as written.
        given: String,
        /// What the question accepts.
        accepted: String,
    },
    /// A key that is not a question id.
    Unknown {
        /// The key.
        key: String,
        /// The closest question id, when one is close.
        suggestion: Option<String>,
    },
    /// A question answered twice (JSON; TOML refuses this as a syntax error).
    Twice {
        /// The key.
        key: String,
    },
    /// A word without quotes (`fever = no`).
    BareWord {
        /// The key.
        key: String,
        /// The word.
        word: String,
        /// For a yes/no question, the boolean the word means.
        boolean: Option<bool>,
    },
    /// A line TOML cannot read, in the parser's words.
    Syntax {
        /// What the parser expected.
        message: String,
    },
    /// A FHIR coding from another code system.
    Foreign {
        /// The question id.
        question: String,
        /// The coding's system.
        system: String,
        /// The questionnaire's own code system.
        ours: String,
    },
}

/// One problem of an answers file, at its 1-based line and column.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileProblem {
    /// 1-based line.
    pub line: usize,
    /// 1-based column, in characters.
    pub column: usize,
    /// Where in a FHIR response, said instead of the line and column.
    pub path: Option<String>,
    /// What is wrong.
    pub kind: FileProblemKind,
}

impl FileProblem {
    /// The question this problem is an answer to, when it is one.
    pub fn question(&self) -> Option<&str> {
        match &self.kind {
            FileProblemKind::Bad { question, .. } | FileProblemKind::Foreign { question, .. } => {
                Some(question)
            }
            FileProblemKind::BareWord { key, .. } | FileProblemKind::Twice { key } => Some(key),
            FileProblemKind::Unknown { .. } | FileProblemKind::Syntax { .. } => None,
        }
    }
}

impl fmt::Display for FileProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let place = match &self.path {
            Some(path) => printable(path).into_owned(),
            None => format!("{}:{}", self.line, self.column),
        };
        match &self.kind {
            FileProblemKind::Bad {
                question,
                given,
                accepted,
            } => write!(
                f,
                "{place}: {}",
                ta(
                    "answer-file-bad",
                    &[
                        ("given", printable(given).into_owned().into()),
                        ("question", question.as_str().into()),
                        ("accepted", accepted.as_str().into()),
                    ],
                )
            ),
            FileProblemKind::Unknown { key, suggestion } => {
                write!(
                    f,
                    "{place}: {}",
                    ta(
                        "answer-file-unknown",
                        &[("key", printable(key).into_owned().into())]
                    )
                )?;
                match suggestion {
                    Some(s) => write!(
                        f,
                        "{}",
                        ta("answer-did-you-mean", &[("id", s.as_str().into())])
                    ),
                    None => Ok(()),
                }
            }
            FileProblemKind::Foreign {
                question,
                system,
                ours,
            } => write!(
                f,
                "{place}: {}",
                ta(
                    "fhir-in-foreign-system",
                    &[
                        ("question", question.as_str().into()),
                        ("system", printable(system).into_owned().into()),
                        ("ours", ours.as_str().into()),
                    ],
                )
            ),
            FileProblemKind::BareWord { key, word, boolean } => write!(
                f,
                "{place}: {}",
                ta(
                    "answer-file-bare-word",
                    &[
                        ("key", printable(key).into_owned().into()),
                        ("word", printable(word).into_owned().into()),
                        (
                            "bool",
                            boolean.map_or("other".to_owned(), |b| b.to_string()).into(),
                        ),
                    ],
                )
            ),
            FileProblemKind::Syntax { message } => write!(f, "{place}: {}", printable(message)),
            FileProblemKind::Twice { key } => write!(
                f,
                "{place}: {}",
                ta(
                    "answer-file-twice",
                    &[("key", printable(key).into_owned().into())]
                )
            ),
        }
    }
}

/// Why answers could not be used.
#[derive(Debug, thiserror::Error)]
pub enum AnswersError {
    /// The input could not be read (missing, too large, not UTF-8).
    #[error(transparent)]
    Input(#[from] InputError),
    /// A piped line longer than `MAX_LINE_BYTES`.
    #[error("{}", ta("answer-line-too-long", &[("line", (*line).into()), ("limit", (*limit).into())]))]
    LineTooLong {
        /// 1-based line number.
        line: usize,
        /// The limit in bytes.
        limit: usize,
    },
    /// A file that is not valid TOML or JSON.
    #[error("{}:{line}:{column}: {}", printable(path), printable(message))]
    Syntax {
        /// The file's name.
        path: String,
        /// 1-based line.
        line: usize,
        /// 1-based column.
        column: usize,
        /// What the parser expected.
        message: String,
    },
    /// A piped line that does not fit its question.
    #[error(
        "{}{}",
        ta("answer-bad-line", &[
            ("line", (*line).into()),
            ("number", (*number).into()),
            ("question", question.as_str().into()),
            ("given", printable(&format!("`{given}`")).into_owned().into()),
            ("accepted", accepted.as_str().into()),
        ]),
        context.iter().map(|c| format!("\n  = {}", ta("answer-note", &[("note", c.as_str().into())]))).collect::<String>()
    )]
    BadLine {
        /// 1-based line.
        line: usize,
        /// The question's number in the questionnaire, 1-based.
        number: usize,
        /// The question id.
        question: String,
        /// The line as written.
        given: String,
        /// What the question accepts, and the option the line most likely
        /// meant when it is close to one ("did you mean").
        accepted: String,
        /// How earlier answers added or hid questions, since that is how
        /// lines slip out of step (only when the line answers another
        /// question).
        context: Vec<String>,
    },
    /// Every problem of an answers file, in line order.
    #[error("{}", file_problems(path, problems, missing_too, list))]
    File {
        /// The file's name.
        path: String,
        /// Every problem.
        problems: Vec<FileProblem>,
        /// Id and text of each shown, required question without an answer
        /// (a misspelled key leaves its question unanswered).
        missing_too: Vec<(String, String)>,
        /// The command that lists the questions (see [`list_command`]).
        list: &'static str,
    },
    /// The piped input ended before a required question.
    #[error(
        "{}\n  = {}",
        ta("answer-ended-early", &[
            ("line", (*line).into()),
            ("question", question.as_str().into()),
            ("text", printable(text).into_owned().into()),
        ]),
        ta("answer-ended-early-hint", &[("list", (*list).into())])
    )]
    EndedEarly {
        /// The last line read (0: none).
        line: usize,
        /// The question id.
        question: String,
        /// The question's text.
        text: String,
        /// The command that lists the questions.
        list: &'static str,
    },
    /// Piped lines left after the last shown question.
    #[error(
        "{}\n  = {}",
        ta("answer-left-over", &[
            ("line", (*line).into()),
            ("given", printable(&format!("`{given}`")).into_owned().into()),
        ]),
        ta("answer-left-over-hint", &[("list", (*list).into())])
    )]
    LeftOver {
        /// 1-based line number.
        line: usize,
        /// The line's text.
        given: String,
        /// The command that lists the questions.
        list: &'static str,
    },
    /// A FHIR document that is not a finished response to this
    /// questionnaire (its type, questionnaire, version or status).
    #[error("{}: {}", printable(path), message)]
    Fhir {
        /// The file's name.
        path: String,
        /// What is wrong and what is accepted.
        message: String,
    },
    /// A FHIR response marked `in-progress`, with what it still lacks.
    #[error("{}", missing(&ta("fhir-in-in-progress", &[("path", path.as_str().into()), ("count", questions.len().into())]), questions, Some(&crate::words::t("fhir-in-in-progress-hint"))))]
    Incomplete {
        /// The file's name.
        path: String,
        /// Id and text of each required question without an answer.
        questions: Vec<(String, String)>,
    },
    /// Shown, required questions without an answer (answers files).
    #[error("{}", missing(&ta("answer-missing", &[("path", path.as_str().into()), ("count", questions.len().into())]), questions, None))]
    Missing {
        /// The file's name.
        path: String,
        /// Id and text of each question missing an answer.
        questions: Vec<(String, String)>,
    },
    /// A file saved for an older version of the questionnaire, which lacks
    /// answers to questions added since.
    #[error("{}", missing(
        &ta("answer-outdated", &[
            ("path", path.as_str().into()),
            ("questionnaire", questionnaire.as_str().into()),
            ("saved", saved.as_str().into()),
            ("current", current.as_str().into()),
            ("count", questions.len().into()),
        ]),
        questions,
        Some(&ta("answer-outdated-hint", &[("path", path.as_str().into())])),
    ))]
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

/// The command that lists a questionnaire's questions, for hints.
pub fn list_command(q: &crate::content::Questionnaire) -> &'static str {
    if q.checkin().is_some() {
        "backcheck questions --checkin"
    } else {
        "backcheck questions"
    }
}

fn file_problems(
    path: &str,
    problems: &[FileProblem],
    missing_too: &[(String, String)],
    list: &str,
) -> String {
    let mut lines = Vec::new();
    if problems.len() > 1 {
        lines.push(ta(
            "answer-file-problems",
            &[
                ("path", printable(path).into_owned().into()),
                ("count", problems.len().into()),
            ],
        ));
    }
    lines.extend(problems.iter().map(|p| format!("{}:{p}", printable(path))));
    if !missing_too.is_empty() {
        lines.push(missing(
            &ta(
                "answer-missing",
                &[("path", path.into()), ("count", missing_too.len().into())],
            ),
            missing_too,
            None,
        ));
    }
    lines.push(format!(
        "  = {}",
        ta("answer-file-hint", &[("list", list.into())])
    ));
    lines.join("\n")
}

/// A heading, then `id = ...   # text` for each question, then a hint.
fn missing(heading: &str, questions: &[(String, String)], hint: Option<&str>) -> String {
    let mut s = heading.to_owned();
    for (id, text) in questions {
        s.push_str(&format!("\n  {id} = ...   # {}", text.replace('\n', " ")));
    }
    if let Some(hint) = hint {
        s.push_str(&format!(
            "\n  = {}",
            ta("answer-hint", &[("hint", hint.into())])
        ));
    }
    printable(&s).into_owned()
}
