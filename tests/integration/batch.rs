//! `backcheck score` and `backcheck sample`: every answer set scored as a
//! single run scores it, in order, JSON Lines and CSV alike; bad records
//! stop the run or, with `--keep-going`, are counted.

use proptest::prelude::*;
use serde_json::Value;

use crate::harness::{backcheck, person, repo, shipped};

fn lines(text: &str) -> Vec<Value> {
    text.lines()
        .map(|l| serde_json::from_str(l).expect("a JSON line"))
        .collect()
}

fn sample(count: u64, seed: u64, format: &str) -> String {
    backcheck()
        .args([
            "sample",
            "--count",
            &count.to_string(),
            "--seed",
            &seed.to_string(),
        ])
        .args(["--format", format])
        .run()
        .code(0)
        .stdout
}

/// What a single run says about the same answers, in the fields `score`
/// writes.
fn single_run(q: &backcheck::content::Questionnaire, answers_json: &str) -> Value {
    let loaded = backcheck::answers::file::parse(
        q,
        "a.json",
        answers_json,
        backcheck::answers::file::Format::Json,
    )
    .expect("valid answers");
    let a = backcheck::rules::assess(q, q.assessment().expect("assessment"), &loaded.answers);
    let ids = |kinds: &[backcheck::content::FactorKind]| -> Vec<String> {
        kinds
            .iter()
            .flat_map(|k| a.triggered(*k).map(|f| f.id.clone()))
            .collect()
    };
    use backcheck::content::FactorKind;
    let factors: serde_json::Map<String, Value> = a
        .factors
        .iter()
        .map(|f| {
            (
                f.id.clone(),
                serde_json::json!({"score": f.score, "level": f.level.map(|l| l.as_str())}),
            )
        })
        .collect();
    serde_json::json!({
        "verdict": a.verdict.id.as_str(),
        "disposition": a.disposition,
        "factors": factors,
        "red_flags": ids(&[FactorKind::Emergency, FactorKind::RedFlag]),
        "cautions": ids(&[FactorKind::Caution]),
    })
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: std::env::var("PROPTEST_CASES").ok().and_then(|c| c.parse().ok()).unwrap_or(32),
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    /// Over `sample`'s answer sets: `score` says what a single run says.
    #[test]
    fn score_says_what_a_single_run_says(seed in any::<u64>()) {
        let q = shipped();
        let spec = q.assessment().expect("assessment");
        let mut text = Vec::new();
        backcheck::batch::sample::write_jsonl(&q, 25, seed, &mut text).expect("sample");
        let text = String::from_utf8(text).expect("utf-8");
        let scorer = backcheck::batch::Scorer::new(&q, spec, "s.jsonl", backcheck::batch::OutputFormat::Jsonl, false);
        for (i, line) in text.lines().enumerate() {
            let record = backcheck::batch::RawRecord {
                line: i + 1,
                body: backcheck::batch::Body::Json(line.to_owned()),
            };
            let mut out = Vec::new();
            prop_assert!(scorer.score_into(&record, &mut out).is_ok(), "sample {} did not score", line);
            let mut got: Value = serde_json::from_slice(&out).expect("JSON");
            prop_assert_eq!(&got["line"], &Value::from(i + 1));
            let object = got.as_object_mut().expect("object");
            object.remove("_id");
            object.remove("line");
            // The record without its `_id` is an answers file.
            let mut answers: Value = serde_json::from_str(line).expect("JSON");
            answers.as_object_mut().expect("object").remove("_id");
            prop_assert_eq!(got, single_run(&q, &answers.to_string()));
        }
    }
}

#[test]
fn the_binary_scores_as_the_binary_answers() {
    // End to end, through the real binary both ways, for a few people.
    for name in ["desk-worker", "sciatica", "emergency", "red-flags"] {
        let single = backcheck()
            .args(["--format", "json", "--answers"])
            .arg(person(name))
            .run()
            .code(0);
        let report: Value = serde_json::from_str(&single.stdout).expect("json");
        let answers = report["answers"].to_string();
        let scored = backcheck()
            .arg("score")
            .stdin(format!("{answers}\n"))
            .run()
            .code(0);
        let got = &lines(&scored.stdout)[0];
        assert_eq!(got["verdict"], report["verdict"]["id"], "{name}");
        let red: Vec<&Value> = report["red_flags"]
            .as_array()
            .expect("list")
            .iter()
            .map(|f| &f["id"])
            .collect();
        let got_red: Vec<&Value> = got["red_flags"].as_array().expect("list").iter().collect();
        assert_eq!(got_red, red, "{name}");
        for f in report["factors"].as_array().expect("factors") {
            let id = f["id"].as_str().expect("id");
            assert_eq!(got["factors"][id]["score"], f["score"], "{name} {id}");
            assert_eq!(got["factors"][id]["level"], f["level"], "{name} {id}");
        }
    }
}

#[test]
fn csv_and_json_lines_give_the_same_results_in_order() {
    // Enough records for many chunks on every core.
    let jsonl = sample(3000, 5, "jsonl");
    let csv = sample(3000, 5, "csv");
    let from_jsonl = backcheck()
        .file("a.jsonl", &jsonl)
        .args(["score", "a.jsonl"])
        .run()
        .code(0);
    let from_csv = backcheck()
        .file("a.csv", &csv)
        .args(["score", "a.csv"])
        .run()
        .code(0);
    let (a, b) = (lines(&from_jsonl.stdout), lines(&from_csv.stdout));
    assert_eq!(a.len(), 3000);
    for (i, (x, y)) in a.iter().zip(&b).enumerate() {
        // Order kept: the n-th result is the n-th answer set.
        assert_eq!(x["_id"], format!("s{}", i + 1));
        assert_eq!(x["line"], i + 1);
        // CSV: the header is line 1.
        assert_eq!(y["line"], i + 2);
        for key in ["_id", "verdict", "factors", "red_flags", "cautions"] {
            assert_eq!(x[key], y[key], "record {} {key}", i + 1);
        }
    }
    // The CSV results have the same fields, under stable columns.
    let as_csv = backcheck()
        .file("a.jsonl", &jsonl)
        .args(["score", "a.jsonl", "--format", "csv"])
        .run()
        .code(0);
    let mut rows = csv::Reader::from_reader(as_csv.stdout.as_bytes());
    let header: Vec<String> = rows
        .headers()
        .expect("header")
        .iter()
        .map(str::to_owned)
        .collect();
    assert_eq!(
        &header[..7],
        [
            "_id",
            "line",
            "verdict",
            "when",
            "where",
            "red_flags",
            "cautions"
        ]
    );
    assert_eq!(header.last().map(String::as_str), Some("error"));
    assert!(header.contains(&"muscle_tension.score".to_owned()));
    for (row, x) in rows.records().zip(&a) {
        let row = row.expect("row");
        assert_eq!(&row[2], x["verdict"].as_str().expect("verdict"));
        assert_eq!(&row[3], x["disposition"]["when"].as_str().expect("when"));
        assert_eq!(&row[4], x["disposition"]["where"].as_str().expect("where"));
        let red: Vec<&str> = x["red_flags"]
            .as_array()
            .expect("list")
            .iter()
            .filter_map(Value::as_str)
            .collect();
        assert_eq!(&row[5], red.join("|"));
    }
}

#[test]
fn blank_lines_are_skipped_and_lines_are_physical() {
    let jsonl = sample(3, 1, "jsonl");
    let recs: Vec<&str> = jsonl.lines().collect();
    let text = format!("\n{}\n\n  \n{}\r\n{}", recs[0], recs[1], recs[2]);
    let out = backcheck().arg("score").stdin(text).run().code(0);
    let got: Vec<Value> = lines(&out.stdout)
        .iter()
        .map(|l| l["line"].clone())
        .collect();
    assert_eq!(got, [2, 5, 6]);
}

#[test]
fn a_bad_record_stops_the_run_with_its_line_unless_told_to_keep_going() {
    let jsonl = sample(5, 2, "jsonl");
    let mut recs: Vec<String> = jsonl.lines().map(str::to_owned).collect();
    recs[2] = recs[2].replacen(
        "\"saddle_numbness\":false",
        "\"saddle_numbness\":\"maybe\"",
        1,
    );
    recs[4] = "{\"fever\": tru}".into();
    let text = recs.join("\n");
    // Stop at line 3: the first two results, then the error.
    let out = backcheck()
        .file("a.jsonl", &text)
        .args(["score", "a.jsonl"])
        .run()
        .code(65);
    assert_eq!(lines(&out.stdout).len(), 2);
    assert!(
        out.stderr.contains("\nbackcheck: a.jsonl:3:"),
        "{}",
        out.stderr
    );
    assert!(
        out.stderr.contains("is not an answer to `saddle_numbness`"),
        "{}",
        out.stderr
    );
    // Keep going: an error record for lines 3 and 5, a count at the end.
    let out = backcheck()
        .file("a.jsonl", &text)
        .args(["score", "a.jsonl", "--keep-going"])
        .run()
        .code(65);
    let got = lines(&out.stdout);
    assert_eq!(got.len(), 5);
    assert!(
        got[2]["error"]
            .as_str()
            .is_some_and(|e| e.contains("a.jsonl:3:")),
        "{}",
        got[2]
    );
    assert_eq!(got[2]["_id"], "s3");
    assert!(
        got[4]["error"]
            .as_str()
            .is_some_and(|e| e.contains("a.jsonl:5:")),
        "{}",
        got[4]
    );
    assert!(got[3].get("verdict").is_some());
    assert!(
        out.stderr
            .contains("2 of 5 answer sets could not be scored (lines 3, 5)"),
        "{}",
        out.stderr
    );
}

#[test]
fn a_csv_with_a_column_that_is_no_question_is_refused_when_strict() {
    let out = backcheck()
        .file("a.csv", "_id,fevr\nx,yes\n")
        .args(["score", "a.csv", "--strict-columns"])
        .run()
        .code(65);
    assert!(
        out.stderr.contains("a.csv:1:2: column `fevr` is not a question of this questionnaire; did you mean `fever`?"),
        "{}",
        out.stderr
    );
    let out = backcheck()
        .file("a.csv", "_id,fever\nx,maybe\n")
        .args(["score", "a.csv", "--keep-going"])
        .run()
        .code(65);
    assert!(
        out.stdout
            .contains("accepted: yes, no, true, false, 1 or 0"),
        "{}",
        out.stdout
    );
}

#[test]
fn full_gives_the_whole_report_after_id_and_line() {
    let answers = backcheck()
        .args(["--format", "json", "--answers"])
        .arg(person("pregnant"))
        .run()
        .code(0);
    let report: Value = serde_json::from_str(&answers.stdout).expect("json");
    let mut record = report["answers"].clone();
    record["_id"] = "p-1".into();
    let out = backcheck()
        .args(["score", "--full"])
        .stdin(format!("{record}\n"))
        .run()
        .code(0);
    let mut got = lines(&out.stdout).remove(0);
    assert_eq!(got["_id"], "p-1");
    assert_eq!(got["line"], 1);
    let object = got.as_object_mut().expect("object");
    object.remove("_id");
    object.remove("line");
    assert_eq!(got, report);
    backcheck()
        .args(["score", "--full", "--format", "csv"])
        .stdin("{}")
        .run()
        .code(2);
}

#[test]
fn sample_is_the_same_for_a_seed_and_always_valid() {
    assert_eq!(sample(50, 9, "jsonl"), sample(50, 9, "jsonl"));
    assert_ne!(sample(50, 9, "jsonl"), sample(50, 10, "jsonl"));
    // Every sample of the shipped and of the example questionnaire scores.
    let out = backcheck()
        .arg("score")
        .stdin(sample(2000, 11, "jsonl"))
        .run()
        .code(0);
    let got = lines(&out.stdout);
    assert_eq!(got.len(), 2000);
    let verdicts: std::collections::BTreeSet<&str> =
        got.iter().filter_map(|r| r["verdict"].as_str()).collect();
    assert_eq!(verdicts.len(), 6, "every verdict turns up: {verdicts:?}");
    let example = repo("content/examples/desk-setup.toml");
    let samples = backcheck()
        .args(["sample", "--count", "300", "--format", "csv", "--content"])
        .arg(&example)
        .run()
        .code(0)
        .stdout;
    let out = backcheck()
        .args(["score", "--input-format", "csv", "--content"])
        .arg(&example)
        .stdin(samples)
        .run()
        .code(0);
    assert_eq!(lines(&out.stdout).len(), 300);
    // No progress bar when standard error is not a terminal: only the count
    // of results that need same-day review.
    assert_eq!(out.stderr.lines().count(), 1, "{}", out.stderr);
    assert!(
        out.stderr
            .starts_with("backcheck: 300 answer sets scored: "),
        "{}",
        out.stderr
    );
}

#[test]
fn score_ends_with_the_count_of_results_that_need_same_day_review() {
    let mut jsonl = String::new();
    for (name, id) in [
        ("emergency", "e"),
        ("red-flags", "r"),
        ("desk-worker", "d"),
        ("quiet-back", "q"),
    ] {
        let table: toml::Table =
            toml::from_str(&std::fs::read_to_string(person(name)).expect("person")).expect("toml");
        let mut json = serde_json::to_value(&table).expect("json");
        json["_id"] = id.into();
        jsonl.push_str(&json.to_string());
        jsonl.push('\n');
    }
    let out = backcheck().arg("score").stdin(jsonl).run().code(0);
    assert_eq!(
        out.stderr,
        "backcheck: 4 answer sets scored: 1 is emergency, 1 is see_doctor_first; review these the same day\n"
    );
    let got = lines(&out.stdout);
    assert_eq!(got[0]["disposition"]["when"], "now");
    assert_eq!(got[1]["disposition"]["when"], "today");
    assert_eq!(got[1]["disposition"]["where"], "cancer_team");
}

/// The results that matter of `score`'s JSON Lines: id, verdict, when.
fn verdicts(jsonl: &str) -> Vec<(Value, Value, Value)> {
    lines(jsonl)
        .into_iter()
        .map(|l| {
            (
                l["_id"].clone(),
                l["verdict"].clone(),
                l["disposition"].clone(),
            )
        })
        .collect()
}

/// `sample`'s CSV as a survey tool writes it: a Timestamp column first,
/// question texts for headers, yes/no as Yes/No, choose-any values joined
/// by ", " (Google Forms); or REDCap's record_id, event column, one 0/1
/// column per option (`id___value`) and a `*_complete` column, with `;`
/// between cells (a European spreadsheet).
fn survey(csv: &str, redcap: bool) -> String {
    let q = shipped();
    let mut rows = csv::ReaderBuilder::new().from_reader(csv.as_bytes());
    let header: Vec<String> = rows
        .headers()
        .expect("header")
        .iter()
        .map(str::to_owned)
        .collect();
    let question = |id: &str| q.question(id);
    let sep = if redcap { ";" } else { "," };
    let quote = |s: &str| {
        if s.contains([',', ';', '"']) {
            format!("\"{}\"", s.replace('"', "\"\""))
        } else {
            s.to_owned()
        }
    };
    let mut head: Vec<String> = vec![if redcap { "record_id" } else { "Timestamp" }.into()];
    if redcap {
        head.push("redcap_event_name".into());
    }
    for h in &header {
        match (h.as_str(), question(h).map(|qu| &qu.kind)) {
            ("_id", _) => head.push("_id".into()),
            (_, Some(backcheck::content::QuestionKind::Multi { options, .. })) if redcap => {
                head.extend(options.iter().map(|o| format!("{h}___{}", o.value)));
            }
            (_, Some(_)) if !redcap => head.push(question(h).expect("q").text.trim().to_owned()),
            _ => head.push(h.clone()),
        }
    }
    if redcap {
        head.push("backcheck_complete".into());
    }
    let mut out = head.iter().map(|h| quote(h)).collect::<Vec<_>>().join(sep);
    out.push('\n');
    for (n, row) in rows.records().enumerate() {
        let row = row.expect("row");
        let mut cells = vec![if redcap {
            n.to_string()
        } else {
            "2026/11/02 10:00:00".into()
        }];
        if redcap {
            cells.push("baseline_arm_1".into());
        }
        for (h, cell) in header.iter().zip(row.iter()) {
            match question(h).map(|qu| &qu.kind) {
                Some(backcheck::content::QuestionKind::YesNo { .. }) if !redcap => {
                    cells.push(match cell {
                        "yes" => "Yes".into(),
                        "no" => "No".into(),
                        other => other.to_owned(),
                    });
                }
                Some(backcheck::content::QuestionKind::Multi { options, .. }) if redcap => {
                    let ticked: Vec<&str> = cell.split('|').collect();
                    cells.extend(options.iter().map(|o| {
                        if ticked.contains(&o.value.as_str()) {
                            "1"
                        } else {
                            "0"
                        }
                        .to_owned()
                    }));
                }
                Some(backcheck::content::QuestionKind::Multi { .. }) => {
                    cells.push(cell.replace('|', ", "));
                }
                _ => cells.push(cell.to_owned()),
            }
        }
        if redcap {
            cells.push("2".into());
        }
        out.push_str(&cells.iter().map(|c| quote(c)).collect::<Vec<_>>().join(sep));
        out.push('\n');
    }
    out
}

#[test]
fn survey_exports_score_the_same_as_the_same_answers() {
    let csv = sample(60, 11, "csv");
    let expected = verdicts(
        &backcheck()
            .file("a.csv", &csv)
            .args(["score", "a.csv"])
            .run()
            .code(0)
            .stdout,
    );
    assert_eq!(expected.len(), 60);
    for (redcap, ignored) in [
        (
            false,
            "1 column is not a question and is ignored: Timestamp",
        ),
        (
            true,
            "3 columns are not questions and are ignored: record_id, redcap_event_name, backcheck_complete",
        ),
    ] {
        let export = survey(&csv, redcap);
        let out = backcheck()
            .file("export.csv", &export)
            .args(["score", "export.csv"])
            .run()
            .code(0);
        assert_eq!(
            verdicts(&out.stdout),
            expected,
            "redcap {redcap}:\n{export}"
        );
        assert_eq!(
            out.stderr.matches("ignored").count(),
            1,
            "one warning: {}",
            out.stderr
        );
        assert!(out.stderr.contains(ignored), "{}", out.stderr);
        // Strict, the first extra column is refused.
        backcheck()
            .file("export.csv", &export)
            .args(["score", "export.csv", "--strict-columns"])
            .run()
            .code(65);
    }
}

/// A Google Forms export (question texts as headers, labels as answers,
/// choose-any joined by ", ", a Timestamp and an email) and a REDCap one
/// (ids, 1/0, checkbox columns, record_id and the event columns), each with
/// a `--columns` file for what needs one: each scores as its expected file
/// says, and as each person's own answers file does.
#[test]
fn google_forms_and_redcap_exports_score_as_expected() {
    let people = [
        "sciatica",
        "red-flags",
        "desk-worker",
        "quiet-back",
        "pregnant",
        "emergency",
    ];
    let typed: Vec<Value> = people
        .iter()
        .map(|p| {
            let out = backcheck()
                .args(["--format", "json", "--answers"])
                .arg(person(p))
                .run()
                .code(0);
            serde_json::from_str(&out.stdout).expect("json")
        })
        .collect();
    for (name, ignored) in [
        (
            "google-forms",
            "1 column is not a question and is ignored: Timestamp",
        ),
        (
            "redcap",
            "4 columns are not questions and are ignored: redcap_event_name, redcap_survey_identifier, weekly_massage_timestamp, weekly_massage_complete",
        ),
    ] {
        let dir = repo(&format!("tests/fixtures/surveys/{name}"));
        let file = |ext: &str| format!("{}.{ext}", dir.display());
        let out = backcheck()
            .args(["score", &file("csv"), "--columns", &file("columns.toml")])
            .run()
            .code(0);
        let expected = std::fs::read_to_string(file("expected.jsonl")).expect("expected");
        assert_eq!(out.stdout, expected, "{name}");
        assert!(out.stderr.contains(ignored), "{name}: {}", out.stderr);
        for (result, (person, typed)) in lines(&out.stdout).iter().zip(people.iter().zip(&typed)) {
            assert_eq!(result["verdict"], typed["verdict"]["id"], "{name} {person}");
            assert_eq!(
                result["disposition"], typed["disposition"],
                "{name} {person}"
            );
        }
        // Without the mapping the ids are missing (and in Google Forms'
        // case the renamed age question too).
        let bare = backcheck()
            .args(["score", &file("csv"), "--keep-going"])
            .run();
        assert!(
            !bare.stdout.contains("\"_id\":\"1") && !bare.stdout.contains("@example.org"),
            "{name}"
        );
    }
    // A mapping to something that is not a question says where and what.
    let bad = backcheck()
        .file("cols.toml", "\"Your age\" = \"agee\"\n")
        .args(["score", "--columns", "cols.toml"])
        .arg(repo("tests/fixtures/surveys/google-forms.csv"))
        .run()
        .code(65);
    assert!(
        bad.stderr
            .contains("cols.toml:1:14: `agee` is not a question id")
            && bad.stderr.contains("did you mean `age`"),
        "{}",
        bad.stderr
    );
}
