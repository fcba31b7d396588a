//! Any text as a questionnaire file: loading must never panic, and every
//! diagnostic must render.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    match backcheck::content::load_str("fuzz.toml", text) {
        Ok(q) => {
            // A questionnaire that loads can be assessed with no answers.
            if let Some(spec) = q.assessment() {
                let a = backcheck::rules::assess(&q, spec, &backcheck::answer::Answers::default());
                assert!(!a.consult.is_empty());
            }
        }
        Err(e) => {
            let _ = e.to_string();
        }
    }
});
