//! Random answer sets that any questionnaire accepts, the same for the same
//! seed: for tests, demos and benchmarks (`backcheck sample`).
//!
//! Questions are walked in order, so a question is answered only when the
//! answers so far show it, as at the terminal. Warning signs are rarer than
//! not (a warning question is "yes" once in 25, a multi option ticked once
//! in seven; any other yes/no half the time), so that every verdict turns up.

use std::io::{self, Write};

use crate::answer::{Answer, Answers};
use crate::content::{QuestionKind, Questionnaire};
use crate::flow;

/// One random answer set.
pub fn answers(q: &Questionnaire, rng: &mut fastrand::Rng) -> Answers {
    let mut answers = Answers::default();
    for question in &q.questions {
        if !flow::is_shown(question, &answers) {
            continue;
        }
        if !question.required && rng.u8(0..10) == 0 {
            continue;
        }
        let answer = match &question.kind {
            QuestionKind::YesNo { .. } if warns(q, question) => Answer::Bool(rng.u8(0..25) == 0),
            QuestionKind::YesNo { .. } => Answer::Bool(rng.bool()),
            QuestionKind::Choice { options } => {
                Answer::Choice(options[rng.usize(0..options.len())].value.clone())
            }
            QuestionKind::Multi { options, .. } => Answer::Multi(
                options
                    .iter()
                    .filter(|_| rng.u8(0..7) == 0)
                    .map(|o| o.value.clone())
                    .collect(),
            ),
            QuestionKind::Scale { min, max, .. } | QuestionKind::Number { min, max, .. } => {
                Answer::Int(rng.i64(*min..=*max))
            }
        };
        answers.insert(&question.id, answer);
    }
    answers
}

/// Whether an answer to the question can raise a warning (any factor but a
/// benefit).
fn warns(q: &Questionnaire, question: &crate::content::Question) -> bool {
    question.effects.iter().any(|e| {
        q.factor(&e.factor)
            .is_some_and(|f| f.kind != crate::content::FactorKind::Benefit)
    })
}

/// The JSON value of an answer, as in answers files.
fn json(answer: &Answer) -> serde_json::Value {
    match answer {
        Answer::Bool(b) => serde_json::Value::Bool(*b),
        Answer::Unsure => serde_json::Value::String(crate::answer::NOT_SURE.into()),
        Answer::Int(n) => serde_json::Value::from(*n),
        Answer::Choice(v) => serde_json::Value::String(v.clone()),
        Answer::Multi(vs) => vs
            .iter()
            .map(|v| serde_json::Value::String(v.clone()))
            .collect(),
    }
}

/// Writes `count` answer sets as JSON Lines, each with an `_id` (`s1`, `s2`,
/// ...) and its answers in question order.
pub fn write_jsonl(
    q: &Questionnaire,
    count: u64,
    seed: u64,
    out: &mut impl Write,
) -> io::Result<()> {
    let mut rng = fastrand::Rng::with_seed(seed);
    let mut line = Vec::new();
    for n in 1..=count {
        let a = answers(q, &mut rng);
        let mut object = serde_json::Map::new();
        object.insert("_id".into(), format!("s{n}").into());
        for (question, answer) in flow::in_order(q, &a) {
            object.insert(question.id.clone(), json(answer));
        }
        line.clear();
        serde_json::to_writer(&mut line, &object)?;
        line.push(b'\n');
        out.write_all(&line)?;
    }
    Ok(())
}

/// Writes `count` answer sets as CSV: `_id`, then a column per question; a
/// question not asked is an empty cell, yes/no is `yes` or `no`, a multi
/// answer its values joined by `|` (or `none`).
pub fn write_csv(q: &Questionnaire, count: u64, seed: u64, out: &mut impl Write) -> io::Result<()> {
    let mut rng = fastrand::Rng::with_seed(seed);
    let mut w = csv::Writer::from_writer(out);
    let mut header = vec!["_id".to_owned()];
    header.extend(q.questions.iter().map(|q| q.id.clone()));
    w.write_record(&header)?;
    for n in 1..=count {
        let a = answers(q, &mut rng);
        let mut row = vec![format!("s{n}")];
        for question in &q.questions {
            row.push(match a.get(&question.id) {
                None => String::new(),
                Some(Answer::Bool(b)) => if *b { "yes" } else { "no" }.into(),
                Some(Answer::Unsure) => "not sure".into(),
                Some(Answer::Int(n)) => n.to_string(),
                Some(Answer::Choice(v)) => v.clone(),
                Some(Answer::Multi(vs)) if vs.is_empty() => "none".into(),
                Some(Answer::Multi(vs)) => vs.join("|"),
            });
        }
        w.write_record(&row)?;
    }
    w.flush()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_same_seed_gives_the_same_answers() {
        let q = crate::content::load_shipped().expect("shipped");
        let run = |seed| {
            let mut out = Vec::new();
            write_jsonl(&q, 20, seed, &mut out).expect("writes");
            out
        };
        assert_eq!(run(7), run(7));
        assert_ne!(run(7), run(8));
    }
}
