//! Check-in series written by an independent reader from the trend rules
//! alone (tests/fixtures/series/independent.json: each series with the
//! verdict, the reasons and the earlier warnings expected, and why), run
//! through the real binary. Every one must agree.

use std::collections::BTreeSet;

use serde_json::Value;

use crate::harness::{backcheck, checkin_lines, fixture, person};

/// The piped lines of one check-in of a series.
fn lines(c: &Value) -> String {
    let signs: Vec<&str> = c["signs"]
        .as_array()
        .expect("signs")
        .iter()
        .map(|s| s.as_str().expect("sign"))
        .collect();
    let massage = match c["massage"].as_object() {
        Some(m) => format!(
            "y\n{}\n{}\n{}\n",
            m["minutes"],
            m["kind"],
            m["effects"].as_str().expect("effects")
        ),
        None => "n\n".to_owned(),
    };
    let rating = c["rating"].as_str().unwrap_or("skip");
    let number = |key: &str| u8::try_from(c[key].as_u64().expect("number")).expect("0-10");
    checkin_lines(
        number("pain"),
        number("activity"),
        &signs,
        &format!("{massage}{rating}\n"),
    )
}

fn strings(v: &Value) -> BTreeSet<String> {
    v.as_array()
        .expect("array")
        .iter()
        .map(|s| s.as_str().expect("string").to_owned())
        .collect()
}

#[test]
fn independent_check_in_series_get_the_expected_verdicts() {
    let cases: Vec<Value> = serde_json::from_str(
        &std::fs::read_to_string(fixture("series/independent.json")).expect("series"),
    )
    .expect("json");
    assert!(cases.len() >= 40);
    let mut disagreements = Vec::new();
    for case in &cases {
        let dir = tempfile::tempdir().expect("dir");
        let journal = dir.path().join("j.sqlite3");
        let run = || {
            backcheck()
                .env("BACKCHECK_JOURNAL", journal.to_str().expect("utf-8"))
                .env("BACKCHECK_TODAY", "2026-12-01")
        };
        if let Some(a) = case["assessment"].as_object() {
            let name = a["fixture"].as_str().expect("fixture");
            run()
                .args([
                    "--record",
                    "--date",
                    a["date"].as_str().expect("date"),
                    "--answers",
                ])
                .arg(person(name.trim_end_matches(".toml")))
                .run()
                .code(0);
        }
        for c in case["checkins"].as_array().expect("checkins") {
            run()
                .args(["checkin", "--date", c["date"].as_str().expect("date")])
                .stdin(lines(c))
                .run()
                .code(0);
        }
        let out = run().args(["trend", "--format", "json"]).run().code(0);
        let t: Value = serde_json::from_str(&out.stdout).expect("trend json");
        let expected = &case["expected"];
        let warned: BTreeSet<String> = t["earlier_warnings"]
            .as_array()
            .expect("warnings")
            .iter()
            .map(|w| w["date"].as_str().expect("date").to_owned())
            .collect();
        let got = (
            t["verdict"]["id"].clone(),
            strings(&t["verdict"]["reasons"]),
            warned,
        );
        let want = (
            expected["verdict"].clone(),
            strings(&expected["reasons"]),
            strings(&expected["earlier_warnings"]),
        );
        if got != want {
            disagreements.push(format!(
                "{} ({}): expected {want:?}, got {got:?}",
                case["id"], case["description"]
            ));
        }
    }
    assert!(disagreements.is_empty(), "{}", disagreements.join("\n"));
}
