//! Any bytes as piped answers to the shipped questionnaire: an error or a full
//! set of answers, never a panic; accepted answers always give a report that
//! ends with the consult text.
#![no_main]
use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;

fn questionnaire() -> &'static backcheck::content::Questionnaire {
    static Q: OnceLock<backcheck::content::Questionnaire> = OnceLock::new();
    Q.get_or_init(|| backcheck::content::load_shipped().expect("shipped content"))
}

fuzz_target!(|data: &[u8]| {
    let q = questionnaire();
    if let Ok(answers) = backcheck::answers::lines::read(q, data) {
        let a = backcheck::rules::assess(q, spec(q), &answers);
        let doc = backcheck::report::assessment::AssessmentReport {
            assessment: &a,
            questionnaire: q,
            answers: &answers,
        };
        let mut out = Vec::new();
        let options = backcheck::report::RenderOptions {
            color: false,
            width: 80,
            date: "2026-11-25".into(),
        };
        backcheck::report::render(&doc, backcheck::report::Format::Text, &options, &mut out)
            .expect("render");
        let text = String::from_utf8(out).expect("utf-8");
        assert!(
            text.trim_end()
                .ends_with("before you start a new treatment.")
        );
    }
});

/// The assessment parts; the fuzzed questionnaires are assessments.
fn spec(q: &backcheck::content::Questionnaire) -> &backcheck::content::AssessmentSpec {
    q.assessment().expect("an assessment")
}
