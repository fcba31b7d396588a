//! Any text as a journal export to import: checked values or an error, never
//! a panic; what is accepted exports back to the same values.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let today = jiff::civil::Date::constant(2026, 11, 25);
    match backcheck::journal::export::from_json("fuzz.json", text, today) {
        Ok(journal) => {
            let e = backcheck::journal::export::to_export(&journal);
            let again = serde_json::to_string(&e).expect("serialise");
            let back =
                backcheck::journal::export::from_json("again", &again, today).expect("round trip");
            assert_eq!(back.checkins.len(), journal.checkins.len());
            assert_eq!(back.replaced.len(), journal.replaced.len());
            assert_eq!(back.baseline.is_some(), journal.baseline.is_some());
            let _ = backcheck::journal::export::write_csv(&e, std::io::sink());
        }
        Err(e) => {
            let _ = e.to_string();
        }
    }
});
