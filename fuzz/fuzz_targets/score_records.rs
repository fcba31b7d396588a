//! Any bytes as a `score` input, JSON Lines or CSV (the first byte picks the
//! input and result formats, and `--full`): each record is scored or gets an
//! error line, never a panic; every result line is one well-formed JSON
//! object or one CSV row.
#![no_main]
use std::sync::OnceLock;

use backcheck::batch::records::Reader;
use backcheck::batch::{InputFormat, OutputFormat, Scorer};
use libfuzzer_sys::fuzz_target;

fn questionnaire() -> &'static backcheck::content::Questionnaire {
    static Q: OnceLock<backcheck::content::Questionnaire> = OnceLock::new();
    Q.get_or_init(|| backcheck::content::load_shipped().expect("shipped content"))
}

fuzz_target!(|data: &[u8]| {
    let Some((&first, rest)) = data.split_first() else {
        return;
    };
    let input = if first & 1 == 0 {
        InputFormat::Jsonl
    } else {
        InputFormat::Csv
    };
    let output = if first & 2 == 0 {
        OutputFormat::Jsonl
    } else {
        OutputFormat::Csv
    };
    let full = first & 4 != 0 && output == OutputFormat::Jsonl;
    let q = questionnaire();
    let spec = q.assessment().expect("an assessment");
    let Ok((mut reader, header)) = Reader::new(rest, input) else {
        return;
    };
    let mut scorer = Scorer::new(q, spec, "fuzz", output, full);
    if let Some(header) = header {
        if scorer.set_header(&header, false, &std::collections::HashMap::new()).is_err() {
            return;
        }
    }
    while let Ok(Some(record)) = reader.next_record() {
        let mut out = Vec::new();
        if let Err(e) = scorer.score_into(&record, &mut out) {
            assert!(!e.message.is_empty());
            out.clear();
            scorer.error_into(&record, &e, &mut out);
        }
        let text = String::from_utf8(out).expect("results are UTF-8");
        assert!(text.ends_with('\n'), "one whole line: {text:?}");
        match output {
            OutputFormat::Jsonl => {
                assert_eq!(text.matches('\n').count(), 1, "one line: {text:?}");
                let v: serde_json::Value = serde_json::from_str(&text).expect("JSON");
                assert!(v.is_object());
            }
            OutputFormat::Csv => {
                let mut rows = csv::ReaderBuilder::new()
                    .has_headers(false)
                    .from_reader(text.as_bytes());
                assert_eq!(rows.records().count(), 1, "one row: {text:?}");
            }
        }
    }
});
