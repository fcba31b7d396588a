//! The interactive flow, independent of how questions are drawn: which question
//! comes next, going back, dropping answers that a change hides, stopping at
//! once for urgent answers, and the review before the summary.
//!
//! `prompt.rs` (dialoguer) and `plain.rs` (typed lines) implement `Ui`; the
//! unit tests below drive the flow with a scripted `Ui`.

use std::io;

use crate::answer::{Answer, Answers};
use crate::content::{Factor, FactorKind, Question, Questionnaire};
use crate::flow;

/// Where a question stands: "Question 4 of 22". The total follows skip logic.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Progress {
    /// 1-based position among the questions shown so far.
    pub position: usize,
    /// How many questions are shown for the answers given so far.
    pub total: usize,
}

/// What a person did at a question.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reply {
    /// An answer, or `None` for a skipped optional question.
    Answer(Option<Answer>),
    /// Go back to the previous question.
    Back,
}

/// What to do after an urgent answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UrgentChoice {
    /// "Show me what to do now": the summary, with the answers so far (the
    /// default, and what Esc does).
    Summary,
    /// "I pressed yes by mistake": ask that question again.
    Back,
    /// "Go on with the questions".
    Continue,
}

/// What an urgent message says: what to do now, and the signs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Urgent {
    /// What to do, in words: "Call 999 now, or go to A&E."
    pub headline: String,
    /// Each sign's label and its own advice.
    pub signs: Vec<(String, Option<String>)>,
}

/// What to do at the review.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReviewChoice {
    /// Show the summary.
    Summary,
    /// Change the answer to this question.
    Change(String),
    /// Go back to the last question (Esc): nothing is shown or kept yet.
    Back,
}

/// One row of the review: a question and the answer given, in words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReviewRow {
    /// The question id.
    pub id: String,
    /// The question as asked.
    pub text: String,
    /// The answer in words ("skipped" for a skipped optional question).
    pub answer: String,
}

/// Why the interview stopped without answers.
#[derive(Debug, thiserror::Error)]
pub enum PromptError {
    /// Ctrl-C, or the input ended.
    #[error("stopped")]
    Interrupted,
    /// No terminal to ask on.
    #[error("{0}")]
    NoTerminal(String),
    /// Reading or drawing failed.
    #[error("terminal: {0}")]
    Io(#[from] io::Error),
}

/// What the introduction says besides the questionnaire's own words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Intro<'a> {
    /// Questions asked when no answer adds one: the "of N" of question 1.
    pub questions: usize,
    /// Whether answers can add questions to those.
    pub more_possible: bool,
    /// A line about this run, e.g. the date a check-in is for.
    pub note: Option<&'a str>,
}

/// How questions are drawn and read.
pub trait Ui {
    /// Shows the title, what this is and is not, and how long it takes.
    fn intro(
        &mut self,
        questionnaire: &Questionnaire,
        intro: &Intro<'_>,
    ) -> Result<(), PromptError>;
    /// Says that the person went back a question, or (`first`) that there is
    /// no question before this one.
    fn back(&mut self, first: bool) -> Result<(), PromptError>;
    /// Asks one question; `previous` is the earlier answer, to preselect.
    fn ask(
        &mut self,
        question: &Question,
        progress: Progress,
        previous: Option<&Answer>,
    ) -> Result<Reply, PromptError>;
    /// Says plainly what to do now, and asks what next.
    fn urgent(&mut self, urgent: &Urgent) -> Result<UrgentChoice, PromptError>;
    /// A one-line note right after a red-flag answer.
    fn note(&mut self, factor: &Factor) -> Result<(), PromptError>;
    /// Lists the answers and asks whether to show the summary or change one.
    fn review(&mut self, rows: &[ReviewRow]) -> Result<ReviewChoice, PromptError>;
    /// Offers to save the answers; returns the file name chosen, if any.
    fn offer_save(&mut self, suggestion: &str) -> Result<Option<String>, PromptError>;
    /// Asks for a file name again (the last one could not be used); `None`
    /// when the person types `back`.
    fn file_name(&mut self, suggestion: &str) -> Result<Option<String>, PromptError>;
    /// Asks a yes/no question; no is the default.
    fn confirm(&mut self, question: &str) -> Result<bool, PromptError>;
    /// Tells the person something (a file was saved, ...).
    fn tell(&mut self, text: &str) -> Result<(), PromptError>;
}

/// How the interview ended: the answers to show the summary for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outcome {
    /// The answers.
    pub answers: Answers,
    /// Whether every shown question was asked (not when the person asked
    /// what to do at an urgent answer).
    pub complete: bool,
}

/// The factors of a kind that this answer to this question triggers, given
/// the answers so far.
fn triggered<'q>(
    q: &'q Questionnaire,
    question: &Question,
    answer: &Answer,
    answers: &Answers,
    kind: FactorKind,
) -> Vec<&'q Factor> {
    let mut out: Vec<&Factor> = Vec::new();
    for effect in &question.effects {
        if let Some(f) = q.factor(&effect.factor) {
            if f.kind == kind
                && effect.applies(answer, answers)
                && !out.iter().any(|o| o.id == f.id)
            {
                out.push(f);
            }
        }
    }
    out
}

/// Runs the interview to its end.
pub fn run(q: &Questionnaire, ui: &mut dyn Ui) -> Result<Outcome, PromptError> {
    run_with(q, ui, None)
}

/// Runs the interview, with a line about this run in the introduction.
pub fn run_with(
    q: &Questionnaire,
    ui: &mut dyn Ui,
    note: Option<&str>,
) -> Result<Outcome, PromptError> {
    let (questions, more_possible) = flow::count(q);
    ui.intro(
        q,
        &Intro {
            questions,
            more_possible,
            note,
        },
    )?;
    let mut answers = Answers::default();
    // Ids of the questions asked, in the order asked: the way back.
    let mut asked: Vec<String> = Vec::new();
    loop {
        let next = q
            .questions
            .iter()
            .find(|qu| flow::is_shown(qu, &answers) && !asked.contains(&qu.id));
        let Some(question) = next else {
            match ui.review(&review_rows(q, &answers, &asked))? {
                ReviewChoice::Summary => {
                    return Ok(Outcome {
                        answers,
                        complete: true,
                    });
                }
                ReviewChoice::Back => {
                    ui.back(asked.pop().is_none())?;
                    continue;
                }
                ReviewChoice::Change(id) => {
                    let Some(question) = q.question(&id) else {
                        continue;
                    };
                    let position = asked.iter().position(|a| *a == id).map_or(1, |p| p + 1);
                    let total = flow::shown(q, &answers).len();
                    let reply = ui.ask(question, Progress { position, total }, answers.get(&id))?;
                    if let Reply::Answer(answer) = reply {
                        if let Some(outcome) =
                            record(q, ui, &mut answers, &mut asked, question, answer)?
                        {
                            return Ok(outcome);
                        }
                    }
                    continue;
                }
            }
        };
        let total = flow::shown(q, &answers).len();
        let progress = Progress {
            position: asked.len() + 1,
            total,
        };
        match ui.ask(question, progress, answers.get(&question.id))? {
            Reply::Back => {
                // The earlier answer stays, to be preselected when asked again.
                ui.back(asked.pop().is_none())?;
            }
            Reply::Answer(answer) => {
                asked.push(question.id.clone());
                if let Some(outcome) = record(q, ui, &mut answers, &mut asked, question, answer)? {
                    return Ok(outcome);
                }
            }
        }
    }
}

/// Stores an answer, drops answers it hides, and stops for urgent answers.
/// Returns an outcome when the interview ends here.
fn record(
    q: &Questionnaire,
    ui: &mut dyn Ui,
    answers: &mut Answers,
    asked: &mut Vec<String>,
    question: &Question,
    answer: Option<Answer>,
) -> Result<Option<Outcome>, PromptError> {
    match &answer {
        Some(a) => answers.insert(&question.id, a.clone()),
        None => {
            answers.remove(&question.id);
        }
    }
    let hidden = flow::prune(q, answers);
    asked.retain(|id| {
        !hidden.contains(id) && q.question(id).is_some_and(|qu| flow::is_shown(qu, answers))
    });
    let Some(answer) = answer else {
        return Ok(None);
    };
    let urgent = triggered(q, question, &answer, answers, FactorKind::Emergency);
    if !urgent.is_empty() {
        let message = Urgent {
            headline: q
                .safety_net
                .words(urgent[0].disposition)
                .map(|w| w.headline.clone())
                .unwrap_or_default(),
            signs: urgent
                .iter()
                .map(|f| (f.label.clone(), f.advice.clone()))
                .collect(),
        };
        match ui.urgent(&message)? {
            UrgentChoice::Summary => {
                return Ok(Some(Outcome {
                    answers: answers.clone(),
                    complete: false,
                }));
            }
            UrgentChoice::Back => {
                asked.retain(|id| *id != question.id);
            }
            UrgentChoice::Continue => {}
        }
        return Ok(None);
    }
    for factor in triggered(q, question, &answer, answers, FactorKind::RedFlag) {
        ui.note(factor)?;
    }
    Ok(None)
}

/// The answers in the order asked, for the review.
fn review_rows(q: &Questionnaire, answers: &Answers, asked: &[String]) -> Vec<ReviewRow> {
    q.questions
        .iter()
        .filter(|qu| asked.contains(&qu.id))
        .map(|qu| ReviewRow {
            id: qu.id.clone(),
            text: qu.text.clone(),
            answer: answers.get(&qu.id).map_or_else(
                || crate::words::t("answer-skipped"),
                |a| super::describe(qu, a),
            ),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use std::collections::VecDeque;

    use super::*;
    use crate::content::QuestionKind;

    const ENGINE: &str = include_str!("../../tests/fixtures/content/engine.toml");

    fn engine() -> Questionnaire {
        crate::content::load_test("engine", ENGINE).expect("fixture is valid")
    }

    /// A `Ui` that plays back scripted replies and records what it was asked.
    #[derive(Default)]
    struct Script {
        replies: VecDeque<Reply>,
        urgent: VecDeque<UrgentChoice>,
        reviews: VecDeque<ReviewChoice>,
        asked: Vec<(String, Progress, Option<Answer>)>,
        notes: Vec<String>,
        urgent_shown: Vec<Vec<String>>,
        urgent_headlines: Vec<String>,
        intro: Option<(usize, bool)>,
        backs: Vec<bool>,
    }

    impl Ui for Script {
        fn intro(&mut self, _: &Questionnaire, intro: &Intro<'_>) -> Result<(), PromptError> {
            self.intro = Some((intro.questions, intro.more_possible));
            Ok(())
        }
        fn back(&mut self, first: bool) -> Result<(), PromptError> {
            self.backs.push(first);
            Ok(())
        }
        fn ask(
            &mut self,
            question: &Question,
            progress: Progress,
            previous: Option<&Answer>,
        ) -> Result<Reply, PromptError> {
            self.asked
                .push((question.id.clone(), progress, previous.cloned()));
            self.replies.pop_front().ok_or(PromptError::Interrupted)
        }
        fn urgent(&mut self, urgent: &Urgent) -> Result<UrgentChoice, PromptError> {
            self.urgent_shown.push(
                urgent
                    .signs
                    .iter()
                    .map(|(label, _)| label.clone())
                    .collect(),
            );
            self.urgent_headlines.push(urgent.headline.clone());
            self.urgent.pop_front().ok_or(PromptError::Interrupted)
        }
        fn note(&mut self, factor: &Factor) -> Result<(), PromptError> {
            self.notes.push(factor.id.clone());
            Ok(())
        }
        fn review(&mut self, _: &[ReviewRow]) -> Result<ReviewChoice, PromptError> {
            self.reviews.pop_front().ok_or(PromptError::Interrupted)
        }
        fn offer_save(&mut self, _: &str) -> Result<Option<String>, PromptError> {
            Ok(None)
        }
        fn file_name(&mut self, _: &str) -> Result<Option<String>, PromptError> {
            Ok(None)
        }
        fn confirm(&mut self, _: &str) -> Result<bool, PromptError> {
            Ok(false)
        }
        fn tell(&mut self, _: &str) -> Result<(), PromptError> {
            Ok(())
        }
    }

    fn no() -> Reply {
        Reply::Answer(Some(Answer::Bool(false)))
    }

    fn yes() -> Reply {
        Reply::Answer(Some(Answer::Bool(true)))
    }

    fn choice(v: &str) -> Reply {
        Reply::Answer(Some(Answer::Choice(v.into())))
    }

    /// Replies that answer the fixture calmly, in order, with the duration given.
    fn calm_replies(duration: &str) -> Vec<Reply> {
        let q = engine();
        let mut answers = Answers::default();
        let mut out = Vec::new();
        for question in &q.questions {
            if !flow::is_shown(question, &answers) {
                continue;
            }
            let answer = match &question.kind {
                QuestionKind::YesNo { .. } => Answer::Bool(false),
                QuestionKind::Choice { .. } if question.id == "duration" => {
                    Answer::Choice(duration.into())
                }
                QuestionKind::Choice { options } => Answer::Choice(options[0].value.clone()),
                QuestionKind::Multi { .. } => Answer::Multi(Vec::new()),
                QuestionKind::Scale { min, .. } | QuestionKind::Number { min, .. } => {
                    Answer::Int(*min)
                }
            };
            answers.insert(&question.id, answer.clone());
            out.push(Reply::Answer(Some(answer)));
        }
        out
    }

    fn run_script(script: &mut Script) -> Result<Outcome, PromptError> {
        run(&engine(), script)
    }

    /// The position in the calm replies of a question, for a duration.
    fn position(duration: &str, id: &str) -> usize {
        let q = engine();
        let mut answers = Answers::default();
        answers.insert("duration", Answer::Choice(duration.into()));
        flow::shown(&q, &answers)
            .iter()
            .position(|qu| qu.id == id)
            .expect("shown")
    }

    /// Plays `replies`; at the review, changes the answer to `change` (the
    /// last replies answer it and anything it newly shows), and returns the
    /// script and the answers of the summary.
    fn change_at_review(replies: Vec<Reply>, change: &str) -> (Script, Answers) {
        let mut s = Script {
            replies: replies.into(),
            reviews: [ReviewChoice::Change(change.into()), ReviewChoice::Summary].into(),
            ..Script::default()
        };
        let Outcome { answers, .. } = run_script(&mut s).expect("runs");
        (s, answers)
    }

    #[test]
    fn a_full_run_asks_every_shown_question_once_with_progress() {
        let mut s = Script {
            replies: calm_replies("old").into(),
            reviews: [ReviewChoice::Summary].into(),
            ..Script::default()
        };
        let Outcome { answers, complete } = run_script(&mut s).expect("runs");
        assert!(complete);
        // `strain` is hidden when the pain is old.
        assert_eq!(s.asked.len(), 10);
        assert!(s.asked.iter().all(|(id, _, _)| id != "strain"));
        assert_eq!(
            s.asked[0].1,
            Progress {
                position: 1,
                total: 10
            }
        );
        assert_eq!(
            s.asked[9].1,
            Progress {
                position: 10,
                total: 10
            }
        );
        assert_eq!(answers.len(), 10);
    }

    #[test]
    fn the_total_follows_skip_logic() {
        let mut s = Script {
            replies: calm_replies("new").into(),
            reviews: [ReviewChoice::Summary].into(),
            ..Script::default()
        };
        run_script(&mut s).expect("runs");
        // Before `duration` is answered `strain` is not counted; after, it is.
        let d = position("new", "duration");
        assert_eq!(s.asked[d].1.total, 10);
        assert_eq!(s.asked[d + 1].1.total, 11);
        assert_eq!(s.asked.len(), 11);
    }

    #[test]
    fn back_returns_to_the_previous_question_with_its_answer_preselected() {
        let mut replies = vec![no(), Reply::Back, yes(), no()];
        replies.extend(calm_replies("old").into_iter().skip(2));
        let mut s = Script {
            replies: replies.into(),
            urgent: [UrgentChoice::Continue].into(),
            reviews: [ReviewChoice::Summary].into(),
            ..Script::default()
        };
        let Outcome { answers, .. } = run_script(&mut s).expect("runs");
        let ids: Vec<&str> = s
            .asked
            .iter()
            .take(4)
            .map(|(id, _, _)| id.as_str())
            .collect();
        assert_eq!(ids, ["alarm_a", "alarm_b", "alarm_a", "alarm_b"]);
        // When asked again, alarm_a shows the earlier "no".
        assert_eq!(s.asked[2].2, Some(Answer::Bool(false)));
        assert_eq!(answers.get("alarm_a"), Some(&Answer::Bool(true)));
        assert_eq!(s.urgent_shown, [vec!["Alarm".to_owned()]]);
    }

    #[test]
    fn back_on_the_first_question_stays_there() {
        let mut replies = vec![Reply::Back];
        replies.extend(calm_replies("old"));
        let mut s = Script {
            replies: replies.into(),
            reviews: [ReviewChoice::Summary].into(),
            ..Script::default()
        };
        run_script(&mut s).expect("runs");
        assert_eq!(s.asked[0].0, "alarm_a");
        assert_eq!(s.asked[1].0, "alarm_a");
        assert_eq!(
            s.backs,
            [true],
            "told there is nothing before the first question"
        );
    }

    #[test]
    fn the_intro_counts_the_questions_the_first_one_says() {
        let mut s = Script {
            replies: calm_replies("old").into(),
            reviews: [ReviewChoice::Summary].into(),
            ..Script::default()
        };
        run_script(&mut s).expect("runs");
        // `strain` is asked only after some answers: 10 now, more possible.
        assert_eq!(s.intro, Some((10, true)));
        assert_eq!(s.asked[0].1.total, 10);
    }

    #[test]
    fn an_urgent_answer_stops_at_once_and_can_show_the_summary() {
        let mut s = Script {
            replies: [yes()].into(),
            urgent: [UrgentChoice::Summary].into(),
            ..Script::default()
        };
        let outcome = run_script(&mut s).expect("runs");
        assert_eq!(
            s.asked.len(),
            1,
            "no further question after the urgent answer"
        );
        let Outcome { answers, complete } = outcome;
        assert!(!complete);
        let q = engine();
        let spec = q.assessment().expect("assessment");
        assert_eq!(
            crate::rules::assess(&q, spec, &answers).verdict.id,
            crate::rules::VerdictId::Emergency
        );
    }

    #[test]
    fn an_urgent_answer_says_what_to_do_and_a_mistake_asks_again() {
        let mut s = Script {
            replies: [yes()].into(),
            urgent: [UrgentChoice::Summary].into(),
            ..Script::default()
        };
        run_script(&mut s).expect("runs");
        assert_eq!(s.urgent_headlines, ["Now."]);
        assert_eq!(s.urgent_shown, [vec!["Alarm".to_owned()]]);

        let mut replies = vec![yes()];
        replies.extend(calm_replies("old"));
        let mut s = Script {
            replies: replies.into(),
            urgent: [UrgentChoice::Back].into(),
            reviews: [ReviewChoice::Summary].into(),
            ..Script::default()
        };
        let Outcome { answers, .. } = run_script(&mut s).expect("runs");
        assert_eq!(s.asked[1].0, "alarm_a", "asked again after going back");
        assert_eq!(answers.get("alarm_a"), Some(&Answer::Bool(false)));
    }

    #[test]
    fn a_red_flag_answer_gets_a_note_right_away() {
        let mut replies = calm_replies("old");
        replies[position("old", "flag_q")] = yes();
        let mut s = Script {
            replies: replies.into(),
            reviews: [ReviewChoice::Summary].into(),
            ..Script::default()
        };
        run_script(&mut s).expect("runs");
        assert_eq!(s.notes, ["flag"]);
    }

    #[test]
    fn changing_an_answer_at_review_asks_newly_shown_questions_and_drops_hidden_ones() {
        let mut replies = calm_replies("new");
        let strain = position("new", "strain");
        replies[strain] = yes();
        // At review: change the duration to old, which hides `strain`.
        replies.push(choice("old"));
        let (s, answers) = change_at_review(replies, "duration");
        assert_eq!(s.asked[strain].0, "strain");
        assert_eq!(answers.get("strain"), None, "hidden answer dropped");
        assert_eq!(answers.get("duration"), Some(&Answer::Choice("old".into())));
        // The change was asked with the old answer preselected.
        let change = s.asked.last().expect("asked");
        assert_eq!(change.0, "duration");
        assert_eq!(change.2, Some(Answer::Choice("new".into())));
    }

    #[test]
    fn a_change_that_shows_a_question_asks_it_before_the_review() {
        let mut replies = calm_replies("old");
        replies.push(choice("new"));
        replies.push(yes()); // strain, now shown
        let (s, answers) = change_at_review(replies, "duration");
        assert_eq!(s.asked.last().map(|a| a.0.as_str()), Some("strain"));
        assert_eq!(answers.get("strain"), Some(&Answer::Bool(true)));
    }

    #[test]
    fn interrupting_returns_the_error() {
        let mut s = Script::default();
        assert!(matches!(run_script(&mut s), Err(PromptError::Interrupted)));
    }
}
