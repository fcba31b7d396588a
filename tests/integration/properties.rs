//! Safety invariants over random answer sets for the shipped questionnaire.
//! Runs through the library (no process per case). PROPTEST_CASES sets the
//! number of cases: 10,000 by default (what CI runs); for a longer run, e.g.
//! `PROPTEST_CASES=1000000 cargo test --release --test integration properties`.

use backcheck::answer::{Answer, Answers};
use backcheck::content::{FactorKind, QuestionKind, Questionnaire};
use backcheck::content::{Literal, Test};
use backcheck::report::{self, Format, RenderOptions};
use backcheck::rules::{self, VerdictId};
use proptest::prelude::*;

/// Turns one random number per question into a valid answer (or a skip for
/// an optional question). Answers to hidden questions are left in on purpose:
/// the rules must ignore them.
fn answers_from(q: &Questionnaire, seeds: &[u64]) -> Answers {
    let mut answers = Answers::default();
    for (question, seed) in q.questions.iter().zip(seeds) {
        if !question.required && seed % 7 == 0 {
            continue;
        }
        let answer = match &question.kind {
            QuestionKind::YesNo { .. } => Answer::Bool(seed % 5 == 0),
            QuestionKind::Choice { options } => {
                Answer::Choice(options[(*seed as usize) % options.len()].value.clone())
            }
            QuestionKind::Multi { options, .. } => Answer::Multi(
                options
                    .iter()
                    .enumerate()
                    .filter(|(i, _)| (seed >> i) & 3 == 0)
                    .map(|(_, o)| o.value.clone())
                    .collect(),
            ),
            QuestionKind::Scale { min, max, .. } | QuestionKind::Number { min, max, .. } => {
                Answer::Int(min + (*seed as i64).rem_euclid(max - min + 1))
            }
        };
        answers.insert(&question.id, answer);
    }
    answers
}

/// The yes/no questions whose "yes" triggers an emergency factor, asked
/// whatever else is answered: found in the content, not named here.
fn emergency_questions(q: &Questionnaire) -> Vec<String> {
    q.questions
        .iter()
        .filter(|qu| qu.condition.is_none() && matches!(qu.kind, QuestionKind::YesNo { .. }))
        .filter(|qu| {
            qu.effects.iter().any(|e| {
                e.test == Test::Equals(Literal::Bool(true))
                    && e.condition.is_none()
                    && q.factor(&e.factor)
                        .is_some_and(|f| f.kind == FactorKind::Emergency)
            })
        })
        .map(|qu| qu.id.clone())
        .collect()
}

/// How urgent a verdict is: the three benefit verdicts are equally not urgent.
fn urgency(v: VerdictId) -> u8 {
    match v {
        VerdictId::Emergency => 3,
        VerdictId::SeeDoctorFirst => 2,
        VerdictId::CheckWithProfessional => 1,
        _ => 0,
    }
}

/// The more worrying answer to a warning question: "not sure" after "no"
/// and "yes" after "not sure" for a yes/no question that offers it, "yes"
/// after "no" for one that does not, the next option for a choice (options
/// run from the calmest to the most severe), one more option ticked for a
/// multi question, one more for a number. `None` when there is nothing more
/// worrying to answer.
fn more_severe(q: &backcheck::content::Question, now: Option<&Answer>) -> Option<Answer> {
    match (&q.kind, now) {
        (QuestionKind::YesNo { not_sure: true }, Some(Answer::Bool(false)) | None) => {
            Some(Answer::Unsure)
        }
        (QuestionKind::YesNo { .. }, Some(Answer::Bool(false) | Answer::Unsure) | None) => {
            Some(Answer::Bool(true))
        }
        (QuestionKind::Scale { max, .. }, Some(Answer::Int(n))) if n < max => {
            Some(Answer::Int(n + 1))
        }
        (QuestionKind::Choice { options }, Some(Answer::Choice(v))) => {
            let i = options.iter().position(|o| &o.value == v)?;
            options.get(i + 1).map(|o| Answer::Choice(o.value.clone()))
        }
        (QuestionKind::Multi { options, .. }, Some(Answer::Multi(v))) => {
            options.iter().find(|o| !v.contains(&o.value)).map(|o| {
                let mut more: Vec<String> = options
                    .iter()
                    .filter(|x| v.contains(&x.value) || x.value == o.value)
                    .map(|x| x.value.clone())
                    .collect();
                more.dedup();
                Answer::Multi(more)
            })
        }
        _ => None,
    }
}

fn render(
    q: &backcheck::content::Questionnaire,
    answers: &backcheck::answer::Answers,
    a: &rules::Assessment,
    format: Format,
) -> String {
    let options = RenderOptions {
        color: false,
        width: 80,
        date: "2026-11-25".into(),
    };
    let doc = report::assessment::AssessmentReport {
        assessment: a,
        questionnaire: q,
        answers,
    };
    let mut out = Vec::new();
    report::render(&doc, format, &options, &mut out).expect("render to memory");
    String::from_utf8(out).expect("utf-8")
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: std::env::var("PROPTEST_CASES").ok().and_then(|c| c.parse().ok()).unwrap_or(10_000),
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    #[test]
    fn safety_invariants_hold(seeds in proptest::collection::vec(any::<u64>(), 40)) {
        let q = crate::harness::shipped();
        let answers = answers_from(&q, &seeds);
        let a = rules::assess(&q, q.assessment().expect("assessment"), &answers);

        let has = |kind| a.factors.iter().any(|f| f.triggered && f.kind == kind);
        if has(FactorKind::Emergency) {
            prop_assert_eq!(a.verdict.id, VerdictId::Emergency);
        } else if has(FactorKind::RedFlag) {
            prop_assert_eq!(a.verdict.id, VerdictId::SeeDoctorFirst);
        } else if has(FactorKind::Caution) {
            prop_assert_eq!(a.verdict.id, VerdictId::CheckWithProfessional);
        }
        if a.verdict.id == VerdictId::LikelyToHelp || a.verdict.id == VerdictId::MayHelp {
            prop_assert!(!has(FactorKind::RedFlag) && !has(FactorKind::Caution) && !has(FactorKind::Emergency));
        }
        for f in &a.factors {
            prop_assert_eq!(f.triggered, !f.reasons.is_empty(), "factor {}", &f.id);
        }

        let consult = q.consult.split_whitespace().collect::<Vec<_>>().join(" ");
        for format in [Format::Text, Format::Markdown] {
            let out = render(&q, &answers, &a, format);
            let flat = out.split_whitespace().collect::<Vec<_>>().join(" ").replace("**", "");
            prop_assert!(flat.ends_with(&consult), "{:?} does not end with the consult text", format);
            if a.verdict.id == VerdictId::Emergency {
                let urgent = out.find("GET HELP NOW");
                prop_assert!(urgent.is_some() && urgent < out.find("Verdict:"));
            }
        }
        let text = render(&q, &answers, &a, Format::Json);
        let json: serde_json::Value = serde_json::from_str(&text).expect("JSON parses");
        prop_assert_eq!(json["consult"].as_str(), Some(q.consult.as_str()));
        prop_assert_eq!(json["verdict"]["id"].as_str(), Some(a.verdict.id.as_str()));
        // And it has exactly the documented shape.
        let shaped: Result<crate::json_shape::Report, _> = serde_json::from_str(&text);
        prop_assert!(shaped.is_ok(), "{:?}", shaped.err());
        // The FHIR form: every answer under its question's linkId, the
        // consult text in the narrative.
        let fhir: serde_json::Value =
            serde_json::from_str(&render(&q, &answers, &a, Format::Fhir)).expect("FHIR parses");
        let div = fhir["text"]["div"].as_str().unwrap_or("");
        prop_assert!(div.contains("healthcare professional"), "{}", div);
        for item in fhir["item"].as_array().into_iter().flatten() {
            let id = item["linkId"].as_str().unwrap_or("");
            prop_assert!(q.question(id).is_some(), "{}", id);
            prop_assert!(answers.get(id).is_some(), "{}", id);
        }
    }

    #[test]
    fn any_emergency_answer_gives_emergency_whatever_else(
        seeds in proptest::collection::vec(any::<u64>(), 40),
        which in 0usize..64,
    ) {
        let q = crate::harness::shipped();
        let mut answers = answers_from(&q, &seeds);
        let emergency_questions = emergency_questions(&q);
        prop_assume!(!emergency_questions.is_empty());
        let id = &emergency_questions[which % emergency_questions.len()];
        answers.insert(id, Answer::Bool(true));
        let spec = q.assessment().expect("assessment");
        prop_assert_eq!(rules::assess(&q, spec, &answers).verdict.id, VerdictId::Emergency);
    }

    #[test]
    fn a_more_severe_answer_never_lowers_the_verdict_or_makes_it_later(
        seeds in proptest::collection::vec(any::<u64>(), 40),
        which in 0usize..64,
    ) {
        let q = crate::harness::shipped();
        let spec = q.assessment().expect("assessment");
        let answers = answers_from(&q, &seeds);
        // Any single answer: yes/no, choice, choose-any and scale questions
        // have an order from calm to severe (a number, such as an age, has
        // none).
        let ordered: Vec<&backcheck::content::Question> = q
            .questions
            .iter()
            .filter(|qu| !matches!(qu.kind, QuestionKind::Number { .. }))
            .collect();
        let question = ordered[which % ordered.len()];
        let Some(worse) = more_severe(question, answers.get(&question.id)) else {
            return Ok(());
        };
        let before = rules::assess(&q, spec, &answers);
        let mut changed = answers.clone();
        changed.insert(&question.id, worse.clone());
        let after = rules::assess(&q, spec, &changed);
        prop_assert!(
            urgency(after.verdict.id) >= urgency(before.verdict.id),
            "{} -> {:?} lowered {:?} to {:?}", question.id, worse, before.verdict.id, after.verdict.id
        );
        // Timings run from now (most urgent) to none: never later.
        prop_assert!(
            after.disposition.when <= before.disposition.when,
            "{} -> {:?} made {:?} later: {:?}", question.id, worse, before.disposition.when, after.disposition.when
        );
    }
}
