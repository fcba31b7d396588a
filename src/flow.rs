//! Which questions are shown for a set of answers, and whether tests hold.
//!
//! Pure: maps a questionnaire and answers to plain values. Shared by the piped
//! reader, the answers-file reader, the prompts and the rules, so every path
//! agrees on what is asked.

use crate::answers::{Answer, Answers};
use crate::content::{Condition, Literal, Question, Questionnaire, Test};

/// Whether a test holds for an answer. On a multi answer, `Equals` and `OneOf`
/// hold when any selected option matches.
pub fn matches(test: &Test, answer: &Answer) -> bool {
    let equals = |lit: &Literal| match (lit, answer) {
        (Literal::Bool(b), Answer::Bool(a)) => a == b,
        (Literal::Int(i), Answer::Int(a)) => a == i,
        (Literal::Str(s), Answer::Choice(a)) => a == s,
        (Literal::Str(s), Answer::Multi(values)) => values.iter().any(|v| v == s),
        _ => false,
    };
    let number = match answer {
        Answer::Int(n) => Some(*n),
        _ => None,
    };
    match test {
        Test::Equals(lit) => equals(lit),
        Test::OneOf(lits) => lits.iter().any(equals),
        Test::AtLeast(n) => number.is_some_and(|a| a >= *n),
        Test::AtMost(n) => number.is_some_and(|a| a <= *n),
        Test::Above(n) => number.is_some_and(|a| a > *n),
        Test::Below(n) => number.is_some_and(|a| a < *n),
    }
}

/// Whether a condition holds. A test on an unanswered question is false.
pub fn holds(condition: &Condition, answers: &Answers) -> bool {
    match condition {
        Condition::Answer { question, test } => {
            answers.get(question).is_some_and(|a| matches(test, a))
        }
        Condition::All(parts) => parts.iter().all(|c| holds(c, answers)),
        Condition::Any(parts) => parts.iter().any(|c| holds(c, answers)),
        Condition::Not(inner) => !holds(inner, answers),
    }
}

/// Whether a question is shown, given the answers to earlier questions.
pub fn is_shown(question: &Question, answers: &Answers) -> bool {
    question
        .condition
        .as_ref()
        .is_none_or(|c| holds(c, answers))
}

/// Removes answers to questions that their conditions hide, walking in order
/// so that a hidden answer never decides whether a later question is shown.
/// Returns the ids whose answers were removed, in question order.
pub fn prune(questionnaire: &Questionnaire, answers: &mut Answers) -> Vec<String> {
    let mut removed = Vec::new();
    for q in &questionnaire.questions {
        if !is_shown(q, answers) && answers.remove(&q.id).is_some() {
            removed.push(q.id.clone());
        }
    }
    removed
}

/// The questions shown for these answers, in order.
pub fn shown<'q>(questionnaire: &'q Questionnaire, answers: &Answers) -> Vec<&'q Question> {
    questionnaire
        .questions
        .iter()
        .filter(|q| is_shown(q, answers))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lit(s: &str) -> Literal {
        Literal::Str(s.into())
    }

    #[test]
    fn multi_answers_match_when_any_option_is_selected() {
        let a = Answer::Multi(vec!["hips".into(), "buttocks".into()]);
        assert!(matches(&Test::Equals(lit("hips")), &a));
        assert!(!matches(&Test::Equals(lit("upper_back")), &a));
        assert!(matches(&Test::OneOf(vec![lit("x"), lit("buttocks")]), &a));
        assert!(!matches(
            &Test::Equals(lit("hips")),
            &Answer::Multi(Vec::new())
        ));
    }

    #[test]
    fn numeric_tests_have_inclusive_and_exclusive_bounds() {
        let seven = Answer::Int(7);
        assert!(matches(&Test::AtLeast(7), &seven));
        assert!(!matches(&Test::Above(7), &seven));
        assert!(matches(&Test::AtMost(7), &seven));
        assert!(!matches(&Test::Below(7), &seven));
        assert!(!matches(&Test::AtLeast(0), &Answer::Bool(true)));
    }

    #[test]
    fn unanswered_questions_make_tests_false_and_not_true() {
        let answers = Answers::default();
        let test = Condition::Answer {
            question: "q".into(),
            test: Test::Equals(Literal::Bool(true)),
        };
        assert!(!holds(&test, &answers));
        assert!(holds(&Condition::Not(Box::new(test.clone())), &answers));
        assert!(!holds(&Condition::All(vec![test.clone()]), &answers));
        let mut yes = Answers::default();
        yes.insert("q", Answer::Bool(true));
        assert!(holds(&Condition::Any(vec![test]), &yes));
    }
}
