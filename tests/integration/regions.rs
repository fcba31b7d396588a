//! The right number wherever the person lives: every output for one region
//! names that region's numbers and words, and never another's.

use std::path::Path;

use crate::harness::{PEOPLE, backcheck, checkin_lines, person, repo};

/// What a region's outputs must say, and must never say.
struct Expect {
    code: &'static str,
    says: &'static [&'static str],
    never: &'static [&'static str],
}

const REGIONS: &[Expect] = &[
    Expect {
        code: "US",
        says: &["Call 911 now", "the emergency room (ER)"],
        never: &["999", "A&E", "NHS", "GP"],
    },
    Expect {
        code: "GB",
        says: &["Call 999 now", "A&E", "NHS 111 or your GP surgery"],
        never: &["911", "000", "emergency room"],
    },
    Expect {
        code: "NZ",
        says: &["Call 111 now", "Healthline"],
        never: &["999", "911", "NHS", "A&E", "NHS 111"],
    },
    Expect {
        code: "AU",
        says: &["Call 000 now"],
        never: &["999", "911", "NHS", "A&E", "111"],
    },
    Expect {
        code: "DE",
        says: &["Call 112 now", "116 117"],
        never: &["999", "911", "NHS", "A&E"],
    },
];

/// Whether `text` has `word` standing alone (not inside a longer word or
/// number): "GP" is not in "GPS", "999" is not in "19990".
fn has_word(text: &str, word: &str) -> bool {
    text.match_indices(word).any(|(i, _)| {
        let before = text[..i].chars().next_back();
        let after = text[i + word.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

/// Every output the person's answers give: the assessment in each format,
/// a check-in in each format, and the trend in each format.
fn outputs(region: &str, dir: &Path) -> Vec<(String, String)> {
    let run = || {
        backcheck()
            .env("BACKCHECK_REGION", region)
            .env("BACKCHECK_TODAY", "2026-11-25")
            .env(
                "BACKCHECK_JOURNAL",
                dir.join("j.sqlite3").to_str().expect("utf-8"),
            )
    };
    let mut out = Vec::new();
    for name in PEOPLE {
        for format in ["text", "markdown", "html", "json", "fhir"] {
            let o = run()
                .args(["--format", format, "--answers"])
                .arg(person(name))
                .run()
                .code(0);
            out.push((format!("{name} {format}"), o.stdout));
        }
    }
    // A starting point, a calm check-in and an urgent one, then the trend.
    run()
        .args(["--record", "--date", "2026-11-01", "--answers"])
        .arg(person("desk-worker"))
        .run()
        .code(0);
    for (date, first) in [
        ("2026-11-08", &[][..]),
        ("2026-11-15", &[]),
        ("2026-11-22", &["saddle_numbness"]),
    ] {
        for format in ["text", "markdown", "json", "fhir"] {
            let o = run()
                .args(["checkin", "--replace", "--date", date, "--format", format])
                .stdin(checkin_lines(4, 3, first, "n\n\n"))
                .run()
                .code(0);
            out.push((format!("check-in {date} {format}"), o.stdout));
        }
        for format in ["text", "markdown", "html", "json"] {
            let o = run().args(["trend", "--format", format]).run().code(0);
            out.push((format!("trend after {date} {format}"), o.stdout));
        }
    }
    for format in ["text", "markdown", "json", "fhir"] {
        let o = run().args(["questions", "--format", format]).run().code(0);
        out.push((format!("questions {format}"), o.stdout));
    }
    out
}

#[test]
fn every_output_names_its_own_region_numbers_and_no_other() {
    for r in REGIONS {
        let dir = tempfile::tempdir().expect("dir");
        let all = outputs(r.code, dir.path());
        for (what, text) in &all {
            for never in r.never {
                assert!(
                    !has_word(text, never),
                    "{}: {what} says {never:?}:\n{text}",
                    r.code
                );
            }
        }
        let joined: String = all.iter().map(|(_, t)| t.as_str()).collect();
        for says in r.says {
            assert!(joined.contains(says), "{}: nothing says {says:?}", r.code);
        }
    }
}

#[test]
fn the_region_comes_from_the_flag_the_environment_or_the_locale() {
    let region = |args: &[&str], env: &[(&str, &str)]| {
        let mut run = backcheck().env("BACKCHECK_REGION", "");
        for (k, v) in env {
            run = run.env(k, v);
        }
        let out = run
            .args(args)
            .args(["--format", "json", "--answers"])
            .arg(person("quiet-back"))
            .run()
            .code(0);
        let json: serde_json::Value = serde_json::from_str(&out.stdout).expect("json");
        (json["region"].clone(), json["safety_net"][0].clone())
    };
    assert_eq!(region(&["--region", "us"], &[]).0, "US", "any case");
    assert_eq!(
        region(&["--region", "IE"], &[("BACKCHECK_REGION", "US")]).0,
        "IE",
        "the flag wins over the environment"
    );
    assert_eq!(region(&[], &[("BACKCHECK_REGION", "AU")]).0, "AU");
    assert_eq!(region(&[], &[("LANG", "en_US.UTF-8")]).0, "US");
    assert_eq!(
        region(&[], &[("LANG", "en_US.UTF-8"), ("LC_ALL", "en_NZ.UTF-8")]).0,
        "NZ",
        "LC_ALL comes first"
    );
    // Unknown: null, and the general words name the common numbers.
    let (code, first) = region(&[], &[("LANG", "C.UTF-8")]);
    assert_eq!(code, serde_json::Value::Null);
    let first = first.as_str().expect("an item");
    for number in [
        "999 in the UK",
        "911 in the US and Canada",
        "112 in the EU and India",
        "000 in Australia",
        "111 in New Zealand",
    ] {
        assert!(first.contains(number), "{first}");
    }
    // The flag may stand after a command too.
    let out = backcheck()
        .env("BACKCHECK_REGION", "")
        .args(["trend", "--region", "US"])
        .run()
        .code(0);
    assert!(out.stdout.contains("Call 911 now"), "{}", out.stdout);
}

#[test]
fn a_region_code_not_in_form_is_a_usage_error_and_one_not_known_says_so() {
    let out = backcheck()
        .args(["--region", "USA", "--answers"])
        .arg(person("quiet-back"))
        .run()
        .code(2);
    assert!(
        out.stderr
            .contains("--region USA: not a region code; use a two-letter country code"),
        "{}",
        out.stderr
    );
    let out = backcheck()
        .args(["--region", "JP", "--format", "json", "--answers"])
        .arg(person("quiet-back"))
        .run()
        .code(0);
    assert!(
        out.stderr.contains(
            "backcheck has no emergency numbers for region JP; it uses the general words"
        ),
        "{}",
        out.stderr
    );
    let json: serde_json::Value = serde_json::from_str(&out.stdout).expect("json");
    assert_eq!(json["region"], serde_json::Value::Null);
}

#[test]
fn the_region_table_has_every_region_the_issue_names_and_checks_itself() {
    let table: toml::Table = toml::from_str(
        &std::fs::read_to_string(repo("content/regions.toml")).expect("regions.toml"),
    )
    .expect("toml");
    let regions = table["regions"].as_table().expect("regions");
    let words = std::fs::read_to_string(repo("content/lang/en/regions.ftl")).expect("words");
    // `region-XX`'s attribute, as written in the words file.
    let word = |code: &str, attr: &str| -> String {
        let start = words
            .find(&format!("\nregion-{code} ="))
            .unwrap_or_else(|| panic!("{code} has words"));
        let block = &words[start + 1..];
        let block = &block[..block[1..].find("\nregion-").map_or(block.len(), |e| e + 1)];
        block
            .lines()
            .find_map(|l| l.trim().strip_prefix(&format!(".{attr} = ")))
            .unwrap_or_else(|| panic!("{code}.{attr}"))
            .to_owned()
    };
    let eu = [
        "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT",
        "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE",
    ];
    for code in ["GB", "IE", "US", "CA", "AU", "NZ", "IN"].iter().chain(&eu) {
        assert!(regions.contains_key(*code), "{code}");
    }
    for code in eu {
        let number = word(code, "emergency-number");
        assert!(number.contains("112"), "{code}: {number}");
    }
    // New Zealand's 111 is its emergency number, and nothing else there.
    assert_eq!(word("NZ", "emergency-number"), "111");
    for attr in [
        "emergency-department",
        "same-day",
        "family-doctor",
        "therapist-rule",
    ] {
        assert!(!has_word(&word("NZ", attr), "111"), "NZ {attr}");
    }
    // `check` refuses a region whose words are missing one, and names the place.
    let broken = words.replacen("    .family-doctor = GP\n", "", 1);
    let out = backcheck()
        .file(
            "regions.toml",
            std::fs::read(repo("content/regions.toml")).expect("table"),
        )
        .file("lang/en/regions.ftl", &broken)
        .args(["check", "regions.toml"])
        .run()
        .code(78);
    assert!(
        out.stderr.contains("regions.toml:")
            && out
                .stderr
                .contains("message `region-GB.family-doctor` is not in lang/en/regions.ftl"),
        "{}",
        out.stderr
    );
}
