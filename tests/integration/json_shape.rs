//! The JSON contract of docs/json-output.md, pinned: these structs deny
//! unknown fields, so a renamed, missing or extra field fails here.

use serde::Deserialize;

use crate::harness::{PEOPLE, backcheck, person};

/// The documented report shape; also used by the property tests.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
pub struct Report {
    schema_version: u32,
    questionnaire: QuestionnaireRef,
    verdict: Verdict,
    factors: Vec<Factor>,
    red_flags: Vec<RedFlag>,
    cautions: Vec<Caution>,
    advice: Vec<String>,
    therapist: Option<Therapist>,
    evidence: String,
    consult: String,
    answers: serde_json::Map<String, serde_json::Value>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
struct QuestionnaireRef {
    id: String,
    version: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
struct Verdict {
    id: String,
    title: String,
    summary: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
struct Factor {
    id: String,
    label: String,
    kind: String,
    score: u32,
    level: Option<String>,
    triggered: bool,
    reasons: Vec<Reason>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
struct Reason {
    question: String,
    answer: serde_json::Value,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
struct RedFlag {
    id: String,
    label: String,
    kind: String,
    advice: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
struct Caution {
    id: String,
    label: String,
    advice: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
struct Therapist {
    locations: Vec<String>,
    pressure: Option<String>,
    cautions: Vec<String>,
}

const VERDICTS: [&str; 6] = [
    "emergency",
    "see_doctor_first",
    "check_with_professional",
    "likely_to_help",
    "may_help",
    "unlikely_to_help",
];

#[test]
fn every_person_matches_the_documented_shape() {
    let mut seen = Vec::new();
    for name in PEOPLE {
        let out = backcheck()
            .args(["--format", "json", "--answers"])
            .arg(person(name))
            .run()
            .code(0);
        let report: Report =
            serde_json::from_str(&out.stdout).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!(report.schema_version, 1);
        assert_eq!(report.questionnaire.id, "weekly-massage");
        assert!(
            VERDICTS.contains(&report.verdict.id.as_str()),
            "{}",
            report.verdict.id
        );
        for f in &report.factors {
            assert!(["benefit", "caution", "red_flag", "emergency"].contains(&f.kind.as_str()));
            assert_eq!(f.level.is_some(), f.kind == "benefit", "{}", f.id);
            assert_eq!(f.triggered, !f.reasons.is_empty(), "{}", f.id);
        }
        for r in &report.red_flags {
            assert!(["red_flag", "emergency"].contains(&r.kind.as_str()));
        }
        // Answers are in question order.
        let q = crate::harness::shipped();
        let order: Vec<usize> = report
            .answers
            .keys()
            .map(|k| q.question_index(k).expect("known id"))
            .collect();
        assert!(order.windows(2).all(|w| w[0] < w[1]), "{name}: {order:?}");
        seen.push(report.verdict.id);
    }
    seen.sort();
    seen.dedup();
    assert_eq!(seen.len(), 6, "the people cover every verdict: {seen:?}");
}
