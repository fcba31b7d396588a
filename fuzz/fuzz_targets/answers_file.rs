//! Any text as a TOML or JSON answers file for the shipped questionnaire.
#![no_main]
use std::sync::OnceLock;

use backcheck::answers::file::{Format, parse};
use libfuzzer_sys::fuzz_target;

fn questionnaire() -> &'static backcheck::content::Questionnaire {
    static Q: OnceLock<backcheck::content::Questionnaire> = OnceLock::new();
    Q.get_or_init(|| backcheck::content::load_shipped().expect("shipped content"))
}

fuzz_target!(|data: &[u8]| {
    let Some((&first, rest)) = data.split_first() else {
        return;
    };
    let Ok(text) = std::str::from_utf8(rest) else {
        return;
    };
    let format = if first % 2 == 0 {
        Format::Toml
    } else {
        Format::Json
    };
    match parse(questionnaire(), "fuzz", text, format) {
        Ok(loaded) => {
            let a =
                backcheck::rules::assess(questionnaire(), spec(questionnaire()), &loaded.answers);
            assert!(!a.consult.is_empty());
        }
        Err(e) => {
            let _ = e.to_string();
        }
    }
});

/// The assessment parts; the fuzzed questionnaires are assessments.
fn spec(q: &backcheck::content::Questionnaire) -> &backcheck::content::AssessmentSpec {
    q.assessment().expect("an assessment")
}
