//! Piped answers: one answer per line, in the order the questions are asked.
//!
//! A question hidden by an earlier answer takes no line. Blank lines and lines
//! starting with `#` are skipped, CRLF line ends and a leading byte-order mark
//! are accepted. The first bad line stops the run: after it, the lines no longer
//! line up with the questions.

use std::io::Read;

use super::{
    Answers, AnswersError, BadAnswer, MAX_ANSWERS_BYTES, MAX_LINE_BYTES, Place, parse_typed,
};
use crate::content::Questionnaire;
use crate::flow;

/// Reads all piped input (up to the size limit) and answers the questionnaire.
pub fn read(questionnaire: &Questionnaire, input: impl Read) -> Result<Answers, AnswersError> {
    let bytes = read_limited(input, "on standard input", MAX_ANSWERS_BYTES)?;
    let text = to_text(bytes, "on standard input")?;
    parse(questionnaire, &text)
}

/// Reads at most `limit` bytes; more is an error, not a silent cut.
pub(crate) fn read_limited(
    input: impl Read,
    name: &str,
    limit: u64,
) -> Result<Vec<u8>, AnswersError> {
    let mut bytes = Vec::new();
    input
        .take(limit + 1)
        .read_to_end(&mut bytes)
        .map_err(|source| AnswersError::Unreadable {
            path: name.into(),
            source,
        })?;
    if bytes.len() as u64 > limit {
        return Err(AnswersError::TooLarge {
            name: name.to_owned(),
            limit,
        });
    }
    Ok(bytes)
}

/// UTF-8 text without a byte-order mark, or the line of the first bad byte.
pub(crate) fn to_text(bytes: Vec<u8>, name: &str) -> Result<String, AnswersError> {
    match String::from_utf8(bytes) {
        Ok(mut text) => {
            if text.starts_with('\u{feff}') {
                text.drain(..'\u{feff}'.len_utf8());
            }
            Ok(text)
        }
        Err(e) => {
            let valid = e.utf8_error().valid_up_to();
            let line = e.as_bytes()[..valid]
                .iter()
                .filter(|b| **b == b'\n')
                .count()
                + 1;
            Err(AnswersError::NotUtf8 {
                name: name.to_owned(),
                line,
            })
        }
    }
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
