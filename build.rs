//! Turns the questionnaires built into the binary from TOML into JSON, which
//! reads several times faster at run time (see `src/content/spanless.rs`).
//! The TOML stays the source: it is embedded too, and reported from should a
//! problem ever be found.

use std::path::Path;

fn main() {
    let out = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    for (toml_file, json_file) in [
        ("content/weekly-massage.toml", "weekly-massage.json"),
        ("content/checkin.toml", "checkin.json"),
    ] {
        println!("cargo:rerun-if-changed={toml_file}");
        let text = std::fs::read_to_string(toml_file).expect("shipped content");
        // A file that is not TOML gives an empty object: the loader then
        // reads the TOML itself and reports the problem with its place.
        let json = toml::from_str::<toml::Table>(&text)
            .ok()
            .and_then(|table| serde_json::to_string(&table).ok())
            .unwrap_or_else(|| "{}".into());
        std::fs::write(Path::new(&out).join(json_file), json).expect("write to OUT_DIR");
    }
}
