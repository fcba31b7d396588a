//! Any text as a region table and its words (the TOML, then a line `---`,
//! then the Fluent words of `regions.ftl`): loading never panics, and a
//! table that loads has every word of every region it lists.
#![no_main]
use backcheck::content::lang::ContentWords;
use backcheck::words::Catalogue;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let (toml, ftl) = text.split_once("\n---\n").unwrap_or((text, ""));
    let Ok(catalogue) = Catalogue::from_sources(&[("en", ftl)]) else {
        return;
    };
    let words = ContentWords::new(catalogue, vec!["fuzz.ftl".into()]);
    match backcheck::content::region::load_with_words("fuzz.toml", toml, &words) {
        Ok(table) => {
            let c = Catalogue::from_sources(&[("en", ftl)]).expect("parsed once");
            for code in table.regions.keys() {
                assert!(table.knows(code));
                assert!(backcheck::content::region::Words::from_catalogue(&c, code).is_some());
            }
        }
        Err(e) => {
            let _ = e.to_string();
        }
    }
});
