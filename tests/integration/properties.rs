//! Safety invariants over random answer sets for the shipped questionnaire.
//! Runs through the library (no process per case). PROPTEST_CASES sets the
//! number of cases: 10,000 by default (what CI runs); for a longer run, e.g.
//! `PROPTEST_CASES=1000000 cargo test --release --test integration properties`.

use backcheck::answers::{Answer, Answers};
use backcheck::content::{FactorKind, QuestionKind, Questionnaire};
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
            QuestionKind::YesNo => Answer::Bool(seed % 5 == 0),
            QuestionKind::Choice { options } => {
                Answer::Choice(options[(*seed as usize) % options.len()].value.clone())
            }
            QuestionKind::Multi { options } => Answer::Multi(
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

fn render(a: &rules::Assessment, format: Format) -> String {
    let options = RenderOptions {
        color: false,
        width: 80,
        date: "2026-11-25".into(),
    };
    let mut out = Vec::new();
    report::render(a, format, &options, &mut out).expect("render to memory");
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
        let a = rules::assess(&q, &answers);

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
            let out = render(&a, format);
            let flat = out.split_whitespace().collect::<Vec<_>>().join(" ").replace("**", "");
            prop_assert!(flat.ends_with(&consult), "{:?} does not end with the consult text", format);
            if a.verdict.id == VerdictId::Emergency {
                let urgent = out.find("GET HELP NOW");
                prop_assert!(urgent.is_some() && urgent < out.find("Verdict:"));
            }
        }
        let text = render(&a, Format::Json);
        let json: serde_json::Value = serde_json::from_str(&text).expect("JSON parses");
        prop_assert_eq!(json["consult"].as_str(), Some(q.consult.as_str()));
        prop_assert_eq!(json["verdict"]["id"].as_str(), Some(a.verdict.id.as_str()));
        // And it has exactly the documented shape.
        let shaped: Result<crate::json_shape::Report, _> = serde_json::from_str(&text);
        prop_assert!(shaped.is_ok(), "{:?}", shaped.err());
    }

    #[test]
    fn any_emergency_answer_gives_emergency_whatever_else(
        seeds in proptest::collection::vec(any::<u64>(), 40),
        which in 0usize..5,
    ) {
        let q = crate::harness::shipped();
        let mut answers = answers_from(&q, &seeds);
        let emergency_questions = ["saddle_numbness", "bladder_bowel", "leg_weakness", "major_trauma", "chest_pain"];
        answers.insert(emergency_questions[which], Answer::Bool(true));
        prop_assert_eq!(rules::assess(&q, &answers).verdict.id, VerdictId::Emergency);
    }
}
