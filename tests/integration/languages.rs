//! The language of a run: chosen by `--lang`, `BACKCHECK_LANG` or the
//! locale; every report in Spanish says no English sentence, says once that
//! the translation is not yet reviewed, and keeps its ids; HTML and JSON
//! name the language.

use crate::harness::{backcheck, person};

/// English words that Spanish report text never needs (content and
/// backcheck's own words): a whole-word match is an English sentence.
const ENGLISH: &[&str] = &[
    "the", "you", "your", "and", "with", "massage", "Verdict", "Why", "What", "answered", "Date",
    "Pain", "yes",
];

/// Lines of `text` with an English word, leaving out the references (the
/// titles of papers) and the questionnaire's id.
fn english_lines(text: &str) -> Vec<String> {
    let cut = text.find("Fuentes").map_or(text.len(), |start| {
        // The references run to the next heading or section.
        text[start..]
            .find("\n## ")
            .or_else(|| text[start..].find("</section>"))
            .map_or(text.len(), |end| start + end)
    });
    let references = text.find("Fuentes").unwrap_or(text.len());
    let kept = format!("{}{}", &text[..references], &text[cut..]);
    kept.lines()
        .filter(|line| {
            line.split(|c: char| !c.is_alphanumeric())
                .any(|word| ENGLISH.contains(&word))
        })
        .filter(|line| !line.contains("weekly-massage"))
        .map(str::to_owned)
        .collect()
}

fn assess(format: &str, env: &[(&str, &str)], args: &[&str]) -> String {
    let mut run = backcheck()
        .arg("--answers")
        .arg(person("desk-worker"))
        .args(["--region", "ES", "--format", format])
        .args(args.iter().copied());
    for (k, v) in env {
        run = run.env(k, v);
    }
    run.run().code(0).stdout
}

#[test]
fn a_spanish_locale_gives_a_report_with_no_english_sentence() {
    for format in ["text", "markdown", "html"] {
        let out = assess(format, &[("LANG", "es_ES.UTF-8")], &[]);
        let english = english_lines(&out);
        assert!(english.is_empty(), "{format}: {english:#?}");
        assert_eq!(
            out.matches("todavía no la ha revisado un traductor médico")
                .count(),
            1,
            "{format}: said once"
        );
    }
    let html = assess("html", &[("LANG", "es_ES.UTF-8")], &[]);
    assert!(html.contains("<html lang=\"es\">"), "{html}");
}

#[test]
fn the_language_is_chosen_by_option_then_variable_then_locale() {
    let lang = |env: &[(&str, &str)], args: &[&str]| -> String {
        let json: serde_json::Value =
            serde_json::from_str(&assess("json", env, args)).expect("json");
        json["lang"].as_str().expect("lang").to_owned()
    };
    assert_eq!(lang(&[], &[]), "en");
    assert_eq!(lang(&[("LANG", "es_MX.UTF-8")], &[]), "es");
    assert_eq!(lang(&[("LC_ALL", "C"), ("LANG", "es_ES.UTF-8")], &[]), "en");
    assert_eq!(
        lang(&[("LANG", "es_ES.UTF-8"), ("BACKCHECK_LANG", "en")], &[]),
        "en"
    );
    assert_eq!(
        lang(&[("BACKCHECK_LANG", "en")], &["--lang", "es-AR"]),
        "es"
    );
    // A language backcheck does not speak: English, and a note saying so.
    let out = backcheck()
        .args(["--lang", "fr", "--answers"])
        .arg(person("desk-worker"))
        .args(["--format", "json"])
        .run()
        .code(0);
    assert!(out.stderr.contains("fr"), "{}", out.stderr);
    // A tag that is not one is a usage error.
    backcheck()
        .args(["--lang", "not a tag!", "check"])
        .run()
        .code(2);
}

#[test]
fn ids_and_field_names_do_not_change_with_the_language() {
    let en: serde_json::Value =
        serde_json::from_str(&assess("json", &[], &["--lang", "en"])).expect("json");
    let es: serde_json::Value =
        serde_json::from_str(&assess("json", &[], &["--lang", "es"])).expect("json");
    assert_eq!(en["verdict"]["id"], es["verdict"]["id"]);
    assert_eq!(en["disposition"], es["disposition"]);
    let keys = |v: &serde_json::Value| -> Vec<String> {
        v.as_object().expect("object").keys().cloned().collect()
    };
    assert_eq!(keys(&en), keys(&es));
    assert_ne!(en["verdict"]["title"], es["verdict"]["title"]);
    assert_eq!(es["lang"], "es");
}

#[test]
fn check_ins_the_trend_and_the_journal_speak_spanish_too() {
    use crate::harness::checkin_lines;
    let dir = tempfile::tempdir().expect("dir");
    let journal = dir.path().join("j.sqlite3");
    let run = || {
        backcheck()
            .env("LANG", "es_ES.UTF-8")
            .env("BACKCHECK_REGION", "ES")
            .env("BACKCHECK_JOURNAL", journal.to_str().expect("utf-8"))
            .env("BACKCHECK_TODAY", "2026-11-25")
    };
    let mut outputs = Vec::new();
    for (date, pain) in [("2026-11-04", 6), ("2026-11-11", 5), ("2026-11-18", 3)] {
        let out = run()
            .args(["checkin", "--date", date])
            .stdin(checkin_lines(pain, 4, &[], "n\n"))
            .run()
            .code(0);
        outputs.push(("checkin", out.stdout));
    }
    for format in ["text", "markdown", "html"] {
        outputs.push((
            "trend",
            run()
                .args(["trend", "--format", format])
                .run()
                .code(0)
                .stdout,
        ));
    }
    for format in ["text", "markdown"] {
        outputs.push((
            "journal list",
            run()
                .args(["journal", "list", "--format", format])
                .run()
                .code(0)
                .stdout,
        ));
    }
    for (what, out) in &outputs {
        let english = english_lines(out);
        assert!(english.is_empty(), "{what}: {english:#?}\n{out}");
    }
    assert!(outputs[3].1.contains("Resultado:"), "{}", outputs[3].1);
}
