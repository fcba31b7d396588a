//! Any text as a FHIR QuestionnaireResponse for `--answers` (and as a
//! line of NDJSON or a Bundle for `score`): an error that says where, or
//! answers that assess to a verdict; never a panic. An accepted response
//! that answers an emergency sign "yes" is an emergency.
#![no_main]
use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;

fn questionnaire() -> &'static backcheck::content::Questionnaire {
    static Q: OnceLock<backcheck::content::Questionnaire> = OnceLock::new();
    Q.get_or_init(|| backcheck::content::load_shipped().expect("shipped questionnaire"))
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let q = questionnaire();
    let spec = q.assessment().expect("an assessment");
    match backcheck::answers::file::parse(q, "fuzz.json", text, backcheck::answers::file::Format::Fhir) {
        Err(e) => {
            let _ = e.to_string();
        }
        Ok(loaded) => {
            let assessment = backcheck::rules::assess(q, spec, &loaded.answers);
            if loaded.answers.bool("saddle_numbness") == Some(true) {
                assert_eq!(assessment.verdict.id, backcheck::rules::VerdictId::Emergency);
            }
        }
    }
    // The same text as score's records: one result or error each.
    let mut scorer = backcheck::batch::Scorer::new(
        q,
        spec,
        "fuzz.ndjson",
        backcheck::batch::OutputFormat::Jsonl,
        false,
    );
    let _ = &mut scorer;
    if let Ok((mut reader, _)) =
        backcheck::batch::records::Reader::new(data, backcheck::batch::InputFormat::Jsonl)
    {
        while let Ok(Some(record)) = reader.next_record() {
            let _ = scorer.score(&record);
        }
    }
});
