//! Answers files: TOML and JSON, errors by key, missing and hidden answers.

use crate::harness::{Edit, backcheck, person};

fn person_text(name: &str) -> String {
    std::fs::read_to_string(person(name)).expect("person")
}

/// A person's TOML answers as a JSON object.
fn person_json(name: &str) -> String {
    let table: toml::Table = toml::from_str(&person_text(name)).expect("toml");
    serde_json::to_string_pretty(&table).expect("json")
}

#[test]
fn json_answers_give_the_same_report_as_toml() {
    let toml = backcheck()
        .args(["--format", "json", "--answers"])
        .arg(person("sciatica"))
        .run()
        .code(0);
    let json = backcheck()
        .file("me.json", person_json("sciatica"))
        .args(["--format", "json", "--answers", "me.json"])
        .run()
        .code(0);
    assert_eq!(toml.stdout, json.stdout);
}

#[test]
fn answers_file_from_standard_input_in_either_format() {
    let expected = backcheck()
        .args(["--answers"])
        .arg(person("pregnant"))
        .run()
        .code(0)
        .stdout;
    let toml = backcheck()
        .args(["--answers", "-"])
        .stdin(person_text("pregnant"))
        .run()
        .code(0);
    let json = backcheck()
        .args(["--answers", "-"])
        .stdin(person_json("pregnant"))
        .run()
        .code(0);
    assert_eq!(toml.stdout, expected);
    assert_eq!(json.stdout, expected);
}

#[test]
fn every_bad_value_is_listed_with_its_position_and_what_is_accepted() {
    let text = person_text("desk-worker")
        .edit("fever = false", "fever = \"no\"")
        .edit("pain_intensity = 5", "pain_intensity = 12")
        .edit("stress_level = \"high\"", "stress_level = \"huge\"");
    let out = backcheck()
        .file("a.toml", text)
        .args(["--answers", "a.toml"])
        .run()
        .code(65);
    assert_eq!(out.stdout, "");
    insta::assert_snapshot!(out.stderr);
}

#[test]
fn unknown_ids_are_an_error_that_lists_the_ids() {
    let text = format!("{}\nfeverish = true\n", person_text("desk-worker"));
    let out = backcheck()
        .file("a.toml", text)
        .args(["--answers", "a.toml"])
        .run()
        .code(65);
    assert!(
        out.stderr
            .starts_with("backcheck: a.toml:41:1: key `feverish`: not a question"),
        "{}",
        out.stderr
    );
    assert!(
        out.stderr
            .contains("question ids are: saddle_numbness, bladder_bowel"),
        "{}",
        out.stderr
    );
}

#[test]
fn every_missing_required_answer_is_listed_in_one_error() {
    let text: String = person_text("desk-worker")
        .lines()
        .filter(|l| {
            !l.starts_with("fever")
                && !l.starts_with("stress_level")
                && !l.starts_with("pain_location")
        })
        .map(|l| format!("{l}\n"))
        .collect();
    let out = backcheck()
        .file("a.toml", text)
        .args(["--answers", "a.toml"])
        .run()
        .code(65);
    assert_eq!(
        out.stderr,
        "backcheck: a.toml: 2 required questions have no answer:\n  \
         fever = ...   # Do you have a high temperature, or are you shivering or having chills?\n  \
         stress_level = ...   # Over the past two weeks, how stressed have you felt?\n"
    );
}

#[test]
fn an_answer_to_a_hidden_question_is_ignored_with_a_warning() {
    let text = format!("{}recent_strain = true\n", person_text("desk-worker"));
    let out = backcheck()
        .file("a.toml", text)
        .args(["--format", "json", "--answers", "a.toml"])
        .run()
        .code(0);
    assert_eq!(
        out.stderr,
        "backcheck: warning: the answer to `recent_strain` is ignored: an earlier answer hides that question\n"
    );
    let json: serde_json::Value = serde_json::from_str(&out.stdout).expect("json");
    assert!(json["answers"].get("recent_strain").is_none());
}

#[test]
fn syntax_errors_give_line_and_column() {
    let out = backcheck()
        .file("a.toml", "fever = \n")
        .args(["--answers", "a.toml"])
        .run()
        .code(65);
    assert!(
        out.stderr.starts_with("backcheck: a.toml:1:"),
        "{}",
        out.stderr
    );
    let out = backcheck()
        .file("a.json", "{\"fever\": tru}")
        .args(["--answers", "a.json"])
        .run()
        .code(65);
    assert!(
        out.stderr.starts_with("backcheck: a.json:1:"),
        "{}",
        out.stderr
    );
    let out = backcheck()
        .file("a.json", "[true]")
        .args(["--answers", "a.json"])
        .run()
        .code(65);
    assert!(
        out.stderr.contains("expected one JSON object"),
        "{}",
        out.stderr
    );
}

#[test]
fn a_missing_answers_file_exits_66() {
    let out = backcheck().args(["--answers", "nope.toml"]).run().code(66);
    assert!(
        out.stderr
            .starts_with("backcheck: cannot read answers nope.toml:"),
        "{}",
        out.stderr
    );
}

#[test]
fn save_answers_from_a_pipe_writes_a_private_replayable_file() {
    let lines = crate::harness::as_lines(&crate::harness::answers_of("sciatica"));
    let out = backcheck()
        .args(["--save-answers", "mine.toml"])
        .stdin(lines)
        .run()
        .code(0);
    let saved = out.dir.path().join("mine.toml");
    let replay = backcheck().arg("--answers").arg(&saved).run().code(0);
    assert_eq!(replay.stdout, out.stdout);
    crate::harness::assert_private(&saved);
}

#[test]
fn save_answers_to_a_directory_that_does_not_exist_exits_74() {
    let out = backcheck()
        .args(["--save-answers", "no/such/dir/a.toml", "--answers"])
        .arg(person("quiet-back"))
        .run()
        .code(74);
    assert!(
        out.stderr
            .starts_with("backcheck: cannot write no/such/dir/a.toml:"),
        "{}",
        out.stderr
    );
    assert_eq!(
        out.stdout, "",
        "no summary when the answers could not be saved"
    );
}
