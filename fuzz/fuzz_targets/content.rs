//! Any text as a questionnaire file and its words (the TOML, then a line
//! `---`, then the Fluent words): loading must never panic, and every
//! diagnostic must render; the words, checked against themselves as a
//! translation, never panic either.
#![no_main]
use backcheck::content::lang::ContentWords;
use backcheck::words::{Catalogue, WordsFile};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let (toml, ftl) = text.split_once("\n---\n").unwrap_or((text, ""));
    let file = WordsFile { name: "fuzz.ftl", text: ftl };
    for p in backcheck::words::check_languages(file, &[file], Some(backcheck::content::lang::VARIABLES)) {
        let _ = p.to_string();
    }
    let Ok(catalogue) = Catalogue::from_sources(&[("en", ftl)]) else {
        return;
    };
    let words = ContentWords::new(catalogue, vec!["fuzz.ftl".into()]);
    match backcheck::content::load_str("fuzz.toml", toml, &words) {
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
