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
        .edit("fever = false", "fever = \"maybe\"")
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
            .starts_with("backcheck: a.toml:45:1: `feverish` is not a question of this questionnaire; did you mean `fever`?"),
        "{}",
        out.stderr
    );
    assert!(
        out.stderr
            .contains("= hint: `backcheck questions` lists every question id and what it accepts"),
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
         fever = ...   # Do you have a high temperature, or do you feel hot and shivery?\n  \
         stress_level = ...   # Over the past two weeks, how stressed have you felt?\n"
    );
}

#[test]
fn an_answer_to_a_hidden_question_is_ignored_with_a_warning() {
    let text = format!("{}pregnancy_warning = true\n", person_text("desk-worker"));
    let out = backcheck()
        .file("a.toml", text)
        .args(["--format", "json", "--answers", "a.toml"])
        .run()
        .code(0);
    assert_eq!(
        out.stderr,
        "backcheck: warning: the answer to `pregnancy_warning` is ignored: your answer to question 31 (`pregnant`: “no”) hides that question\n"
    );
    let json: serde_json::Value = serde_json::from_str(&out.stdout).expect("json");
    assert!(json["answers"].get("pregnancy_warning").is_none());
    assert_eq!(json["verdict"]["id"], "likely_to_help");
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
    // JSON reads like TOML: file:line:column, then what was expected.
    for (text, said) in [
        (
            "{\"fever\": tru}",
            "a.json:1:14: expected a value: true, false, a number, a \"string\" or an [array]\n",
        ),
        (
            "{\n  \"fever\": false,\n  \"age\": 40,,\n}",
            "a.json:3:13: expected a question id in double quotes, or }\n",
        ),
        (
            "{\"fever\": true,}",
            "a.json:1:16: expected another \"id\": value after the comma, or no comma\n",
        ),
        (
            "{\"fever\": true",
            "a.json:1:14: the file ended before the closing }\n",
        ),
    ] {
        let out = backcheck()
            .file("a.json", text)
            .args(["--answers", "a.json"])
            .run()
            .code(65);
        assert_eq!(out.stderr, format!("backcheck: {said}"), "{text}");
    }
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

#[test]
fn choices_may_be_given_by_their_words_in_any_case() {
    let expected = backcheck()
        .args(["--format", "json", "--answers"])
        .arg(person("desk-worker"))
        .run()
        .code(0)
        .stdout;
    let toml = person_text("desk-worker")
        .edit(
            "pain_duration = \"over_12_weeks\"",
            "pain_duration = \"MORE THAN 12 WEEKS\"",
        )
        .edit("stress_level = \"high\"", "stress_level = \"Very\"")
        .edit("fever = false", "fever = \"No\"")
        .edit(
            "pain_location = [\"lower_left\", \"lower_centre\"]",
            "pain_location = [\"left side of the lower back\", \"lower_centre\"]",
        );
    let out = backcheck()
        .file("a.toml", &toml)
        .args(["--format", "json", "--answers", "a.toml"])
        .run()
        .code(0);
    assert_eq!(out.stdout, expected);
    let json = person_json("desk-worker").edit(
        "\"pressure_preference\": \"medium\"",
        "\"pressure_preference\": \"Medium\"",
    );
    let out = backcheck()
        .file("a.json", json)
        .args(["--format", "json", "--answers", "a.json"])
        .run()
        .code(0);
    assert_eq!(out.stdout, expected);
}

#[test]
fn every_problem_is_listed_at_once_in_line_order_with_its_column() {
    // An unknown key before a bad value, and one after: all three listed,
    // in line order, the unknown ones with the closest id.
    let text = person_text("desk-worker")
        .edit("bladder_bowel = false", "bladder_bowl = false")
        .edit("age = 38", "age = \"thirty\"")
        .edit("stress_level = \"high\"", "stres_level = \"high\"");
    let out = backcheck()
        .file("a.toml", &text)
        .args(["--answers", "a.toml"])
        .run()
        .code(65);
    let line_of = |needle: &str| {
        text.lines()
            .position(|l| l.starts_with(needle))
            .expect("line")
            + 1
    };
    let expected = format!(
        "backcheck: a.toml has 3 problems:\n\
         a.toml:{}:1: `bladder_bowl` is not a question of this questionnaire; did you mean `bladder_bowel`?\n\
         a.toml:{}:7: \"thirty\" is not an answer to `age`; accepted: a whole number from 0 to 120\n\
         a.toml:{}:1: `stres_level` is not a question of this questionnaire; did you mean `stress_level`?\n\
         a.toml: 2 required questions have no answer:\n  \
         bladder_bowel = ...   # In the last few weeks, have you started to leak pee or poo, been unable to pee or found it much harder to start, or lost the feeling of needing to go or of going?\n  \
         stress_level = ...   # Over the past two weeks, how stressed have you felt?\n  \
         = hint: `backcheck questions` lists every question id and what it accepts\n",
        line_of("bladder_bowl"),
        line_of("age ="),
        line_of("stres_level"),
    );
    assert_eq!(out.stderr, expected);
    assert!(!out.stderr.contains("(question `"), "{}", out.stderr);

    // The same in JSON, with the columns of the keys and values.
    let json = "{\n  \"fevr\": true,\n  \"age\": -1\n}\n";
    let out = backcheck()
        .file("a.json", json)
        .args(["--answers", "a.json"])
        .run()
        .code(65);
    assert!(
        out.stderr.starts_with(
            "backcheck: a.json has 2 problems:\n\
             a.json:2:3: `fevr` is not a question of this questionnaire; did you mean `fever`?\n\
             a.json:3:10: -1 is not an answer to `age`; accepted: a whole number from 0 to 120\n"
        ),
        "{}",
        out.stderr
    );
}
