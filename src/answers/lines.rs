//! Piped answers: one answer per line, in the order the questions are asked.
//!
//! A question hidden by an earlier answer takes no line. Blank lines and lines
//! starting with `#` are skipped, CRLF line ends and a leading byte-order mark
//! are accepted. The first bad line stops the run: after it, the lines no longer
//! line up with the questions.

use std::io::Read;

use super::{AnswersError, BadAnswer, MAX_LINE_BYTES, Place, parse_typed};
use crate::answer::Answers;
use crate::content::Questionnaire;
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
    for q in &questionnaire.questions {
        if !flow::is_shown(q, &answers) {
            continue;
        }
        let Some((n, line)) = next_answer()? else {
            if q.required {
                return Err(AnswersError::EndedEarly {
                    line: last_line_of(text),
                    question: q.id.clone(),
                    text: q.text.clone(),
                });
            }
            continue;
        };
        match parse_typed(q, line) {
            Ok(Some(answer)) => answers.insert(&q.id, answer),
            Ok(None) => {}
            Err(accepted) => {
                return Err(AnswersError::Bad(vec![BadAnswer {
                    place: Place::Line(n),
                    question: q.id.clone(),
                    given: format!("`{line}`"),
                    accepted,
                }]));
            }
        }
    }
    if let Some((n, line)) = next_answer()? {
        return Err(AnswersError::LeftOver {
            line: n,
            given: line.to_owned(),
        });
    }
    Ok(answers)
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
