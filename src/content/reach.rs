//! Whether a condition can ever hold, so that `check` can refuse a question
//! that no one would ever be asked (and a red flag behind it that could never
//! warn anyone).
//!
//! Conditions only look at a few questions, each with few values that matter:
//! both yes/no answers, every option, every set of options (up to 10
//! options), the ends of a number range and each number a test names, and
//! "no answer". Trying every combination of those settles the question
//! exactly in practice; when there are too many combinations, or a multi
//! question has more than 10 options, the answer is "can hold" (a check may
//! miss a problem but never invents one).

use std::collections::BTreeMap;

use super::model::{Condition, Literal, Question, QuestionKind, Test};
use crate::answer::{Answer, Answers};

/// Most combinations tried before giving the benefit of the doubt.
const MAX_COMBINATIONS: usize = 100_000;
/// Multi questions with more options are not enumerated.
const MAX_MULTI_OPTIONS: usize = 10;

/// Whether some answers to earlier questions make the condition hold.
pub fn can_hold(condition: &Condition, questions: &[Question]) -> bool {
    let mut numbers: BTreeMap<&str, Vec<i64>> = BTreeMap::new();
    collect(condition, &mut numbers);
    let mut axes: Vec<(&str, Vec<Option<Answer>>)> = Vec::new();
    for (id, constants) in &numbers {
        let Some(q) = questions.iter().find(|q| q.id == *id) else {
            return true;
        };
        let Some(values) = candidates(q, constants) else {
            return true;
        };
        axes.push((id, values));
    }
    let combinations = axes
        .iter()
        .try_fold(1usize, |n, (_, v)| n.checked_mul(v.len()));
    if combinations.is_none_or(|n| n > MAX_COMBINATIONS) {
        return true;
    }
    let mut index = vec![0usize; axes.len()];
    loop {
        let mut answers = Answers::default();
        for ((id, values), i) in axes.iter().zip(&index) {
            if let Some(a) = &values[*i] {
                answers.insert(id, a.clone());
            }
        }
        if condition.holds(&answers) {
            return true;
        }
        // Next combination, like an odometer.
        let mut k = 0;
        loop {
            if k == axes.len() {
                return false;
            }
            index[k] += 1;
            if index[k] < axes[k].1.len() {
                break;
            }
            index[k] = 0;
            k += 1;
        }
    }
}

/// The questions a condition names, with the numbers its tests use.
fn collect<'c>(condition: &'c Condition, out: &mut BTreeMap<&'c str, Vec<i64>>) {
    match condition {
        Condition::Answer { question, test } => {
            let numbers = out.entry(question.as_str()).or_default();
            match test {
                Test::AtLeast(n) | Test::AtMost(n) | Test::Above(n) | Test::Below(n) => {
                    numbers.push(*n);
                }
                Test::Equals(Literal::Int(n)) => numbers.push(*n),
                Test::OneOf(values) => numbers.extend(values.iter().filter_map(|v| match v {
                    Literal::Int(n) => Some(*n),
                    _ => None,
                })),
                Test::Equals(_) => {}
            }
        }
        Condition::All(parts) | Condition::Any(parts) => {
            for p in parts {
                collect(p, out);
            }
        }
        Condition::Not(inner) => collect(inner, out),
    }
}

/// The answers worth trying for a question, "no answer" included; `None`
/// when there are too many to try.
fn candidates(q: &Question, constants: &[i64]) -> Option<Vec<Option<Answer>>> {
    let mut out: Vec<Option<Answer>> = vec![None];
    match &q.kind {
        QuestionKind::YesNo { not_sure } => {
            out.extend([Some(Answer::Bool(true)), Some(Answer::Bool(false))]);
            if *not_sure {
                out.push(Some(Answer::Unsure));
            }
        }
        QuestionKind::Choice { options } => {
            out.extend(
                options
                    .iter()
                    .map(|o| Some(Answer::Choice(o.value.clone()))),
            );
        }
        QuestionKind::Multi { options, .. } => {
            if options.len() > MAX_MULTI_OPTIONS {
                return None;
            }
            for mask in 0u32..(1 << options.len()) {
                let picked = options
                    .iter()
                    .enumerate()
                    .filter(|(i, _)| mask & (1 << i) != 0)
                    .map(|(_, o)| o.value.clone())
                    .collect();
                out.push(Some(Answer::Multi(picked)));
            }
        }
        QuestionKind::Scale { min, max, .. } | QuestionKind::Number { min, max, .. } => {
            let mut values = vec![*min, *max];
            for c in constants {
                values.extend([c.saturating_sub(1), *c, c.saturating_add(1)]);
            }
            values.retain(|v| v >= min && v <= max);
            values.sort_unstable();
            values.dedup();
            out.extend(values.into_iter().map(|v| Some(Answer::Int(v))));
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::Choice;

    fn question(id: &str, kind: QuestionKind) -> Question {
        Question {
            id: id.into(),
            text: "?".into(),
            help: None,
            sign: None,
            kind,
            required: true,
            condition: None,
            added_in: None,
            effects: Vec::new(),
        }
    }

    fn test(q: &str, t: Test) -> Condition {
        Condition::Answer {
            question: q.into(),
            test: t,
        }
    }

    fn questions() -> Vec<Question> {
        let options = |names: &[&str]| {
            names
                .iter()
                .map(|n| Choice {
                    value: (*n).into(),
                    label: (*n).into(),
                })
                .collect()
        };
        vec![
            question("yes", QuestionKind::YesNo { not_sure: false }),
            question(
                "scale",
                QuestionKind::Scale {
                    min: 0,
                    max: 10,
                    min_label: String::new(),
                    max_label: String::new(),
                },
            ),
            question(
                "multi",
                QuestionKind::Multi {
                    options: options(&["a", "b", "c"]),
                    none: None,
                },
            ),
        ]
    }

    #[test]
    fn contradictions_never_hold() {
        let qs = questions();
        let yes_and_no = Condition::All(vec![
            test("yes", Test::Equals(Literal::Bool(true))),
            test("yes", Test::Equals(Literal::Bool(false))),
        ]);
        assert!(!can_hold(&yes_and_no, &qs));
        let empty_range = Condition::All(vec![
            test("scale", Test::Above(6)),
            test("scale", Test::Below(7)),
        ]);
        assert!(!can_hold(&empty_range, &qs));
    }

    #[test]
    fn satisfiable_conditions_hold() {
        let qs = questions();
        let range = Condition::All(vec![
            test("scale", Test::Above(5)),
            test("scale", Test::Below(7)),
        ]);
        assert!(can_hold(&range, &qs));
        // Needs exactly {a, b}: a and b picked, c not.
        let exact = Condition::All(vec![
            test("multi", Test::Equals(Literal::Str("a".into()))),
            test("multi", Test::Equals(Literal::Str("b".into()))),
            Condition::Not(Box::new(test(
                "multi",
                Test::Equals(Literal::Str("c".into())),
            ))),
        ]);
        assert!(can_hold(&exact, &qs));
        // "Not answered" counts: not(yes) holds when the question is skipped or hidden.
        let not_yes = Condition::Not(Box::new(test("yes", Test::Equals(Literal::Bool(true)))));
        assert!(can_hold(&not_yes, &qs));
    }
}
