//! Which questions are shown for a set of answers, in what order.
//!
//! Pure: maps a questionnaire and answers to plain values. Shared by the piped
//! reader, the answers-file reader, the prompts and the rules, so every path
//! agrees on what is asked. Whether a single condition holds is the model's
//! own business (`Condition::holds`).

use crate::answer::{Answer, Answers};
use crate::content::{Question, Questionnaire};

/// Whether a question is shown, given the answers to earlier questions.
pub fn is_shown(question: &Question, answers: &Answers) -> bool {
    question.condition.as_ref().is_none_or(|c| c.holds(answers))
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

/// The questionnaire's length as a person is told it (the intro, the
/// `questions` listing, the README): the questions asked when no answer
/// adds one, and whether answers can add more. The one count.
pub fn count(q: &Questionnaire) -> (usize, bool) {
    let shown = shown(q, &Answers::default()).len();
    (shown, shown < q.questions.len())
}

/// The questions shown for these answers, in order.
pub fn shown<'q>(questionnaire: &'q Questionnaire, answers: &Answers) -> Vec<&'q Question> {
    questionnaire
        .questions
        .iter()
        .filter(|q| is_shown(q, answers))
        .collect()
}

/// The answers in the order the questionnaire asks them.
pub fn in_order<'a>(
    questionnaire: &'a Questionnaire,
    answers: &'a Answers,
) -> impl Iterator<Item = (&'a Question, &'a Answer)> + 'a {
    questionnaire
        .questions
        .iter()
        .filter_map(|q| answers.get(&q.id).map(|a| (q, a)))
}

/// The question whose answer decides whether `question` is shown, with the
/// earliest such question first: the answers that added or hid it.
pub fn deciders<'q>(questionnaire: &'q Questionnaire, question: &Question) -> Vec<&'q Question> {
    let mut ids = Vec::new();
    if let Some(c) = &question.condition {
        c.questions(&mut ids);
    }
    questionnaire
        .questions
        .iter()
        .filter(|q| ids.contains(&q.id.as_str()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const MINI: &str = include_str!("../tests/fixtures/content/minimal.toml");

    #[test]
    fn a_hidden_answer_is_pruned_and_decides_nothing() {
        let q = crate::content::load_test("minimal", MINI).expect("fixture");
        let mut a = Answers::default();
        a.insert("saddle", Answer::Bool(false));
        a.insert("tightness", Answer::Int(0));
        a.insert("where", Answer::Multi(vec!["left".into()]));
        assert_eq!(shown(&q, &a).len(), 2, "`where` is asked only above 0");
        assert_eq!(prune(&q, &mut a), ["where"]);
        assert_eq!(a.len(), 2);
        a.insert("tightness", Answer::Int(3));
        assert_eq!(shown(&q, &a).len(), 3);
    }

    #[test]
    fn answers_come_in_question_order_and_deciders_are_named() {
        let q = crate::content::load_test("minimal", MINI).expect("fixture");
        let mut a = Answers::default();
        a.insert("where", Answer::Multi(Vec::new()));
        a.insert("saddle", Answer::Bool(true));
        let ids: Vec<&str> = in_order(&q, &a).map(|(q, _)| q.id.as_str()).collect();
        assert_eq!(ids, ["saddle", "where"]);
        let where_ = q.question("where").expect("where");
        let d: Vec<&str> = deciders(&q, where_).iter().map(|q| q.id.as_str()).collect();
        assert_eq!(d, ["tightness"]);
    }

    #[test]
    fn the_count_says_whether_answers_can_add_questions() {
        let mut q = crate::content::load_test("minimal", MINI).expect("fixture");
        assert_eq!(count(&q), (2, true), "`where` follows from an answer");
        for question in &mut q.questions {
            question.condition = None;
        }
        assert_eq!(count(&q), (3, false), "every question is always asked");
    }
}
