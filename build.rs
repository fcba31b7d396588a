//! Turns the questionnaires built into the binary from TOML into JSON, which
//! reads several times faster at run time (see `src/content/spanless.rs`).
//! The TOML stays the source: it is embedded too, and reported from should a
//! problem ever be found.
//!
//! Also writes the table of shipped languages (`content/lang/languages.toml`
//! and each language's folder of `.ftl` files), so that a language is a
//! folder and a line in that list.

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
    languages(Path::new(&out));
}

/// `$OUT_DIR/languages.rs`: every shipped language with its files embedded.
fn languages(out: &Path) {
    let list = "content/lang/languages.toml";
    println!("cargo:rerun-if-changed={list}");
    let text = std::fs::read_to_string(list).expect("the list of languages");
    let table: toml::Table = toml::from_str(&text).expect("languages.toml is TOML");
    let root = std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let mut code = String::from("&[\n");
    for lang in table["languages"].as_array().expect("[[languages]]") {
        let tag = lang["tag"].as_str().expect("tag");
        let name = lang["name"].as_str().expect("name");
        let reviewed = lang["reviewed"].as_bool().expect("reviewed");
        let dir = format!("content/lang/{tag}");
        println!("cargo:rerun-if-changed={dir}");
        let mut files: Vec<String> = std::fs::read_dir(&dir)
            .expect("a folder per language")
            .filter_map(|e| e.ok().map(|e| e.file_name().to_string_lossy().into_owned()))
            .filter(|n| n.ends_with(".ftl"))
            .collect();
        files.sort();
        code.push_str(&format!(
            "    ShippedLanguage {{ tag: {tag:?}, name: {name:?}, reviewed: {reviewed}, files: &[\n"
        ));
        for f in files {
            println!("cargo:rerun-if-changed={dir}/{f}");
            let stem = f.trim_end_matches(".ftl");
            code.push_str(&format!(
                "        ({stem:?}, include_str!({:?})),\n",
                format!("{root}/{dir}/{f}")
            ));
        }
        code.push_str("    ] },\n");
    }
    code.push(']');
    std::fs::write(out.join("languages.rs"), code).expect("write to OUT_DIR");
}
