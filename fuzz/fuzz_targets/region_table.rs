//! Any text as a region table (`content/regions.toml`): loading never
//! panics; a table that loads fills the shipped questionnaire's words for
//! every region it has, and for one it does not.
#![no_main]
use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;

fn shipped() -> &'static backcheck::content::Questionnaire {
    static Q: OnceLock<backcheck::content::Questionnaire> = OnceLock::new();
    Q.get_or_init(|| backcheck::content::load_shipped().expect("shipped content"))
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    match backcheck::content::region::load_str("fuzz.toml", text) {
        Ok(table) => {
            let mut codes: Vec<Option<String>> = table.regions.keys().cloned().map(Some).collect();
            codes.extend([Some("zz".into()), None]);
            for code in codes.into_iter().take(8) {
                let region = table.region(code.as_deref());
                assert_eq!(region.code.is_some(), code.as_deref().is_some_and(|c| table.knows(c)));
                let mut q = shipped().clone();
                q.fill_region(&region);
                assert!(!q.consult.is_empty());
            }
        }
        Err(e) => {
            let _ = e.to_string();
        }
    }
});
