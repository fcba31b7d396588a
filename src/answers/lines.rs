//! Piped answers: one answer per line, in the order the questions are asked.
//!
//! A question hidden by an earlier answer takes no line. Blank lines and lines
//! starting with `#` are skipped, CRLF line ends and a leading byte-order mark
//! are accepted. The first bad line stops the run: after it, the lines no longer
//! line up with the questions.

use crate::words::ta;
use std::io::Read;

use super::{AnswersError, MAX_LINE_BYTES, because_of, list_command, parse_typed};
use crate::answer::Answers;
use crate::content::{Question, Questionnaire};
use crate::flow;
use crate::input::{self, Kind, Source};

/// Reads all piped input (up to the size limit) and answers the questionnaire.
pub fn read(questionnaire: &Questionnaire, stdin: impl Read) -> Result<Answers, AnswersError> {
    let text = input::read(Kind::Answers, Source::Stdin, stdin)?;
    parse(questionnaire, &text)
}

/// Answers the questionnaire from piped text.
pub fn parse(questionnaire: &Questionnaire, text: &str) -> Result<Answers, AnswersError> {
    let mut lines = text.split('\n').enumerate().map(|(i, l)| (i + 1, l));
    let mut next_answer = || -> Result<Option<(usize, &str)>, AnswersError> {
        for (n, raw) in lines.by_ref() {
            if raw.len() > MAX_LINE_BYTES {
                return Err(AnswersError::LineTooLong {
                    line: n,
                    limit: MAX_LINE_BYTES,
                });
            }
            let line = raw.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            return Ok(Some((n, line)));
        }
        Ok(None)
    };
    let mut answers = Answers::default();
    // Whether any line held an answer (not only blanks and comments).
    let mut any = false;
    for (index, q) in questionnaire.questions.iter().enumerate() {
        if !flow::is_shown(q, &answers) {
            continue;
        }
        let Some((n, line)) = next_answer()? else {
            if q.required {
                return Err(AnswersError::EndedEarly {
                    line: if any { last_line_of(text) } else { 0 },
                    question: q.id.clone(),
                    text: q.text.clone(),
                    list: list_command(questionnaire),
                });
            }
            continue;
        };
        any = true;
        match parse_typed(q, line) {
            Ok(Some(answer)) => answers.insert(&q.id, answer),
            Ok(None) => {}
            Err(accepted) => {
                let suggestion = closest_option(q, line);
                // How earlier answers moved the lines explains a line that
                // answers another question, not a typo.
                let out_of_step = suggestion.is_none()
                    && questionnaire
                        .questions
                        .iter()
                        .any(|o| o.id != q.id && matches!(parse_typed(o, line), Ok(Some(_))));
                return Err(AnswersError::BadLine {
                    line: n,
                    number: index + 1,
                    question: q.id.clone(),
                    given: line.to_owned(),
                    accepted: match &suggestion {
                        Some(id) => accepted + &ta("answer-did-you-mean", &[("id", id.into())]),
                        None => accepted,
                    },
                    context: if out_of_step {
                        context(questionnaire, index, &answers)
                    } else {
                        Vec::new()
                    },
                });
            }
        }
    }
    if let Some((n, line)) = next_answer()? {
        return Err(AnswersError::LeftOver {
            line: n,
            given: line.to_owned(),
            list: list_command(questionnaire),
        });
    }
    Ok(answers)
}

/// The option a mistyped line most likely meant (its value), as for a
/// misspelled key: each comma-separated part of a choose-any answer is
/// tried, and the first that is close to an option and is not one names it.
fn closest_option(q: &Question, line: &str) -> Option<String> {
    let options = q.options();
    line.split(',').find_map(|part| {
        let part = super::fold(part);
        let exact = options
            .iter()
            .any(|o| o.value == part || super::fold(&o.label) == part);
        if exact || part.is_empty() {
            return None;
        }
        options
            .iter()
            .map(|o| {
                let label = super::fold(&o.label);
                let score =
                    strsim::jaro_winkler(&o.value, &part).max(strsim::jaro_winkler(&label, &part));
                (score, &o.value)
            })
            .filter(|(score, _)| *score >= 0.8)
            .max_by(|a, b| a.0.total_cmp(&b.0))
            .map(|(_, value)| value.clone())
    })
}

/// How earlier answers changed which questions took a line, up to this one:
/// the nearest question asked only because of an earlier answer ("question
/// 33 was asked because of your answer to question 32"), this one included,
/// and the nearest question skipped because of one. That is how lines slip
/// out of step.
fn context(questionnaire: &Questionnaire, index: usize, answers: &Answers) -> Vec<String> {
    let mut notes = Vec::new();
    let added = questionnaire.questions[..=index]
        .iter()
        .enumerate()
        .rev()
        .find(|(_, q)| q.condition.is_some() && flow::is_shown(q, answers));
    if let Some((a, q)) = added {
        let which = if a == index {
            ta("answer-question-n", &[("number", (a + 1).into())])
        } else {
            ta(
                "answer-question-n-id",
                &[("number", (a + 1).into()), ("id", q.id.as_str().into())],
            )
        };
        notes.push(ta(
            "answer-asked-because",
            &[
                ("which", which.into()),
                ("why", because_of(questionnaire, q, answers).into()),
            ],
        ));
    }
    let hidden = questionnaire.questions[..index]
        .iter()
        .enumerate()
        .rev()
        .find(|(_, q)| !flow::is_shown(q, answers));
    if let Some((h, q)) = hidden {
        notes.push(ta(
            "answer-took-no-line",
            &[
                ("number", (h + 1).into()),
                ("id", q.id.as_str().into()),
                ("why", because_of(questionnaire, q, answers).into()),
            ],
        ));
    }
    notes
}

/// The number of the last line that has text, for "the answers ended after line N".
fn last_line_of(text: &str) -> usize {
    text.split('\n')
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(i, _)| i + 1)
        .last()
        .unwrap_or(0)
}
