//! Messages in Spanish: a run that fails says why in the run's language
//! (here `BACKCHECK_LANG=es`, `LANG=es_ES.UTF-8` or `--lang es`), with the
//! same exit code as in English, the same `backcheck: ` prefix and places,
//! and no English words left in the sentence (file names aside).

use crate::harness::{Run, backcheck, person};

/// One failing command, run in English and in Spanish.
struct Case {
    name: &'static str,
    /// The run, before its language is chosen.
    run: fn() -> Run,
    /// Text the Spanish standard error must contain.
    says: &'static [&'static str],
    /// File names in the message, which stay as they are.
    names: &'static [&'static str],
}

/// English words a Spanish message must not have.
const ENGLISH: [&str; 9] = [
    "the", "cannot", "file", "is", "not", "does", "exist", "hint", "folder",
];

fn desk_worker() -> Run {
    backcheck().arg("--answers").arg(person("desk-worker"))
}

const CHECKIN_BAD_DATE: &str = r#"{"schema_version":1,"baseline":null,"checkins":[{"date":"2026-02-30","pain":3,"activity_limits":2,"had_massage":true,"massage_minutes":null,"massage_kind":null,"side_effects":[],"urgent":false,"questionnaire":{"id":"weekly-checkin","version":"1.0.0"},"answers":{}}]}"#;

fn cases() -> Vec<Case> {
    vec![
        Case {
            name: "a missing answers file",
            run: || backcheck().args(["--answers", "nope.toml"]),
            says: &[
                "backcheck: no se pueden leer las respuestas nope.toml: no existe ese archivo o carpeta",
            ],
            names: &["nope.toml"],
        },
        Case {
            name: "piped answers that are not UTF-8",
            run: || backcheck().stdin(b"no\n\xff\n".to_vec()),
            says: &[
                "backcheck: entrada estándar:2:1: las respuestas no son texto UTF-8",
                "\n  = sugerencia: guárdelo con la codificación UTF-8",
            ],
            names: &[],
        },
        Case {
            name: "an import with a field an export does not have",
            run: || {
                backcheck()
                    .file("bad.json", r#"{"schema_version":1,"checkins":[],"mood":2}"#)
                    .args(["journal", "import", "bad.json"])
            },
            says: &[
                "backcheck: bad.json:1:",
                "el campo `mood` no es de una exportación de backcheck",
            ],
            names: &["bad.json"],
        },
        Case {
            name: "an import with a date that is not real",
            run: || {
                backcheck()
                    .file("bad.json", CHECKIN_BAD_DATE)
                    .args(["journal", "import", "bad.json"])
            },
            says: &[
                "backcheck: bad.json: registro 1: la fecha \"2026-02-30\" no es una fecha AAAA-MM-DD real",
            ],
            names: &["bad.json"],
        },
        Case {
            name: "an import that is not JSON",
            run: || {
                backcheck()
                    .file("bad.json", "not json")
                    .args(["journal", "import", "bad.json"])
            },
            says: &["backcheck: bad.json:1:2: no es JSON válido"],
            names: &["bad.json"],
        },
        Case {
            name: "--output into a folder that does not exist",
            run: || desk_worker().args(["--output", "no/such/r.txt"]),
            says: &["backcheck: no se puede escribir no/such/r.txt: la carpeta no/such no existe"],
            names: &["no/such/r.txt", "no/such"],
        },
        Case {
            name: "a --date that is not a real date",
            run: || {
                desk_worker()
                    .env("BACKCHECK_TODAY", "2026-11-25")
                    .args(["--date", "2026-02-30"])
            },
            says: &[
                "backcheck: --date 2026-02-30: no es una fecha real; use AAAA-MM-DD, por ejemplo 2026-11-25",
            ],
            names: &[],
        },
        Case {
            name: "a --date in the future",
            run: || {
                desk_worker()
                    .env("BACKCHECK_TODAY", "2026-11-25")
                    .args(["--date", "2026-12-01"])
            },
            says: &["backcheck: --date 2026-12-01 es una fecha futura (hoy es 2026-11-25)"],
            names: &[],
        },
        Case {
            name: "a file that is not a journal",
            run: || {
                backcheck().file("notes.sqlite3", "my notes").args([
                    "trend",
                    "--journal",
                    "notes.sqlite3",
                ])
            },
            says: &[
                "backcheck: notes.sqlite3 no es un diario de backcheck; se dejó como estaba",
                "\n  = sugerencia: indique otro archivo con --journal",
            ],
            names: &["notes.sqlite3"],
        },
        Case {
            name: "deleting a check-in that is not there",
            run: || backcheck().args(["journal", "delete", "--date", "2026-01-01"]),
            says: &["no hay ningún registro del 2026-01-01 en "],
            names: &["journal.sqlite3"],
        },
    ]
}

/// The words of a message, file names and paths taken out.
fn words_of(stderr: &str, names: &[&str]) -> Vec<String> {
    let mut text = stderr.to_owned();
    for name in names {
        text = text.replace(name, " ");
    }
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

#[test]
fn failing_runs_say_why_in_spanish_with_the_english_exit_code() {
    for case in cases() {
        let english = (case.run)().run();
        assert_ne!(english.code, 0, "{}: fails in English", case.name);
        assert!(
            english.stderr.starts_with("backcheck: "),
            "{}: {}",
            case.name,
            english.stderr
        );
        let spanish = (case.run)().env("BACKCHECK_LANG", "es").run();
        let spanish = spanish.code(english.code);
        assert!(
            spanish.stdout.is_empty(),
            "{}: {}",
            case.name,
            spanish.stdout
        );
        for says in case.says {
            assert!(
                spanish.stderr.contains(says),
                "{}: {says:?} is not in\n{}",
                case.name,
                spanish.stderr
            );
        }
        assert_ne!(spanish.stderr, english.stderr, "{}", case.name);
        let english_words: Vec<String> = words_of(&spanish.stderr, case.names)
            .into_iter()
            .filter(|w| ENGLISH.contains(&w.as_str()))
            .collect();
        assert!(
            english_words.is_empty(),
            "{}: English words {english_words:?} in\n{}",
            case.name,
            spanish.stderr
        );
    }
}

#[test]
fn the_locale_and_lang_choose_spanish_too() {
    let by_locale = backcheck()
        .env("LANG", "es_ES.UTF-8")
        .args(["--answers", "nope.toml"])
        .run()
        .code(66);
    assert!(
        by_locale
            .stderr
            .contains("no se pueden leer las respuestas nope.toml"),
        "{}",
        by_locale.stderr
    );
    let by_flag = backcheck()
        .args(["--lang", "es", "--answers", "nope.toml"])
        .run()
        .code(66);
    assert_eq!(by_flag.stderr, by_locale.stderr);
}

#[test]
fn plurals_follow_the_count_in_spanish() {
    let export = r#"{"schema_version":1,"baseline":null,"checkins":[{"date":"2026-11-20","pain":3,"activity_limits":2,"had_massage":true,"massage_minutes":null,"massage_kind":null,"side_effects":[],"urgent":false,"questionnaire":{"id":"weekly-checkin","version":"1.0.0"},"answers":{}}]}"#;
    let out = backcheck()
        .env("BACKCHECK_LANG", "es")
        .env("BACKCHECK_TODAY", "2026-11-25")
        .file("one.json", export)
        .args(["journal", "import", "one.json"])
        .run()
        .code(0);
    assert!(
        out.stdout.starts_with("Se importó 1 registro en "),
        "{}",
        out.stdout
    );
}
