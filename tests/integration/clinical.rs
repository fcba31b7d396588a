//! The clinical revision (questionnaire 2.0.0): every NHS warning sign is
//! asked and graded as it should be, the age rules hold at their
//! boundaries, and no text promises more than the evidence.

use crate::harness::{backcheck, person, repo};

/// A test person per new sign and age rule, with the verdict a clinician
/// would give and the factor that must be behind it.
const SIGN_PEOPLE: &[(&str, &str, &str)] = &[
    ("both-legs", "emergency", "nerve_emergency"),
    ("sexual-problems", "emergency", "nerve_emergency"),
    ("cough-sneeze", "see_doctor_first", "cough_sneeze_pain"),
    ("upper-back", "see_doctor_first", "upper_back_pain"),
    ("calf-swelling", "see_doctor_first", "possible_clot"),
    (
        "morning-stiffness",
        "check_with_professional",
        "inflammatory_stiffness",
    ),
    ("teenager", "see_doctor_first", "under_16"),
    (
        "new-pain-at-50",
        "check_with_professional",
        "new_pain_over_50",
    ),
    (
        "strain-with-thin-bones",
        "see_doctor_first",
        "possible_fracture",
    ),
    ("strain-at-70", "see_doctor_first", "possible_fracture"),
];

fn json_of(answers: &str) -> serde_json::Value {
    let out = backcheck()
        .file("a.toml", answers)
        .args(["--format", "json", "--answers", "a.toml"])
        .run()
        .code(0);
    serde_json::from_str(&out.stdout).expect("json")
}

fn person_text(name: &str) -> String {
    std::fs::read_to_string(person(name)).expect("person")
}

/// A person's answers with some values set (keys must already be there,
/// except those listed in `added`).
fn changed(name: &str, changes: &[(&str, &str)]) -> String {
    let mut table: toml::Table = toml::from_str(&person_text(name)).expect("toml");
    for (key, value) in changes {
        let v: toml::Value =
            toml::from_str::<toml::Table>(&format!("v = {value}")).expect("value")["v"].clone();
        table.insert((*key).to_owned(), v);
    }
    toml::to_string(&table).expect("toml")
}

fn triggered(json: &serde_json::Value) -> Vec<String> {
    json["factors"]
        .as_array()
        .expect("factors")
        .iter()
        .filter(|f| f["triggered"] == true)
        .map(|f| f["id"].as_str().expect("id").to_owned())
        .collect()
}

#[test]
fn every_new_sign_and_age_rule_gives_its_verdict() {
    for (name, verdict, factor) in SIGN_PEOPLE {
        let json = json_of(&person_text(name));
        assert_eq!(json["verdict"]["id"], *verdict, "{name}");
        assert!(
            triggered(&json).iter().any(|f| f == factor),
            "{name}: {:?}",
            triggered(&json)
        );
    }
}

#[test]
fn age_rules_hold_at_their_boundaries() {
    let verdict = |age: &str, duration: &str| {
        let json = json_of(&changed(
            "quiet-back",
            &[("age", age), ("pain_duration", duration)],
        ));
        (
            json["verdict"]["id"].as_str().expect("id").to_owned(),
            triggered(&json),
        )
    };
    // Under 16: this check is for adults.
    assert_eq!(verdict("15", "\"over_12_weeks\"").0, "see_doctor_first");
    assert_eq!(verdict("16", "\"over_12_weeks\"").0, "unlikely_to_help");
    // Back pain for the first time at 50 or over: a caution, however long
    // it has lasted; decades of the same back pain are not flagged for age.
    let first = |age: &str, first: &str| {
        let json = json_of(&changed(
            "quiet-back",
            &[("age", age), ("first_episode", first)],
        ));
        json["verdict"]["id"].as_str().expect("id").to_owned()
    };
    assert_eq!(first("49", "true"), "unlikely_to_help");
    assert_eq!(first("50", "true"), "check_with_professional");
    assert_eq!(first("80", "false"), "unlikely_to_help");
    assert_eq!(
        verdict("50", "\"under_6_weeks\"").0,
        "unlikely_to_help",
        "new pain is not flagged for age alone"
    );
    // A fall or minor strain at 65 or over: a possible fracture; at 64, or
    // at any age without the strain, not.
    let strain = |age: &str, strained: &str| {
        let json = json_of(&changed(
            "quiet-back",
            &[("age", age), ("recent_strain", strained)],
        ));
        triggered(&json)
    };
    assert!(!strain("64", "true").contains(&"possible_fracture".to_owned()));
    assert!(strain("65", "true").contains(&"possible_fracture".to_owned()));
    assert!(!strain("90", "false").contains(&"possible_fracture".to_owned()));
}

fn advice(json: &serde_json::Value) -> Vec<String> {
    json["advice"]
        .as_array()
        .expect("advice")
        .iter()
        .map(|a| a.as_str().expect("str").to_owned())
        .collect()
}

#[test]
fn a_clot_now_says_today_and_nothing_says_later() {
    // Alone: nothing in the advice may say a later time than "today".
    let alone = advice(&json_of(&changed(
        "quiet-back",
        &[("calf_swelling", "true")],
    )));
    assert!(
        alone[0].starts_with("Contact NHS 111 or your GP surgery today"),
        "{alone:?}"
    );
    assert!(
        alone.iter().any(|a| a.contains("short of breath")),
        "{alone:?}"
    );
    assert!(alone.iter().all(|a| !a.contains("day or two")), "{alone:?}");
    // With other red flags, the most urgent timing comes first.
    let many = advice(&json_of(&changed(
        "red-flags",
        &[("calf_swelling", "true")],
    )));
    assert!(
        many[0].starts_with("Contact NHS 111 or your GP surgery today"),
        "{many:?}"
    );
    // A clot in the past is a caution, not a red flag.
    let past = json_of(&changed("quiet-back", &[("blood_clot", "true")]));
    assert_eq!(past["verdict"]["id"], "check_with_professional");
}

#[test]
fn the_emergency_report_is_about_getting_help_only() {
    for format in ["text", "markdown"] {
        let out = backcheck()
            .args(["--format", format, "--answers"])
            .arg(person("emergency"))
            .run()
            .code(0);
        assert!(!out.stdout.contains("What the research says"), "{format}");
        assert!(!out.stdout.contains("might help later"), "{format}");
        assert!(out.stdout.contains("needs help now"), "{format}");
        assert!(!out.stdout.contains("Before you book"), "{format}");
        assert!(!out.stdout.contains("the same day if"), "{format}");
        assert!(
            out.stdout
                .trim_end()
                .ends_with("before you start a new treatment.")
                || out
                    .stdout
                    .trim_end()
                    .ends_with("before you start a new treatment.**"),
            "{format}: the consult text ends it"
        );
    }
}

#[test]
fn fragile_bones_or_bleeding_mean_light_pressure_whatever_the_preference() {
    let json = json_of(&changed(
        "desk-worker",
        &[
            ("blood_thinners", "true"),
            ("pressure_preference", "\"firm\""),
        ],
    ));
    assert_eq!(json["therapist"]["pressure"], "Light only (see below)");
    let json = json_of(&changed(
        "desk-worker",
        &[("pressure_preference", "\"firm\"")],
    ));
    assert_eq!(json["therapist"]["pressure"], "Firm");
}

#[test]
fn pain_level_alone_adds_no_benefit_points() {
    // Pain up to 8 changes nothing; from 9 it is a caution (see a doctor
    // about how bad it is), never a reason massage would help.
    let low = json_of(&changed("quiet-back", &[("pain_intensity", "0")]));
    let high = json_of(&changed("quiet-back", &[("pain_intensity", "8")]));
    assert_eq!(low["verdict"]["id"], high["verdict"]["id"]);
    assert_eq!(triggered(&low), triggered(&high));
    let worst = json_of(&changed("quiet-back", &[("pain_intensity", "10")]));
    assert_eq!(worst["verdict"]["id"], "check_with_professional");
    assert_eq!(triggered(&worst), ["severe_pain"]);
}

#[test]
fn no_text_claims_more_than_the_evidence() {
    let content = std::fs::read_to_string(repo("content/weekly-massage.toml")).expect("content");
    for overclaim in [
        "known to ease",
        "best at easing",
        "is likely to help",
        "typical of spinal stenosis",
        "feel generally unwell",
    ] {
        assert!(
            !content.contains(overclaim),
            "{overclaim:?} is still in the content"
        );
    }
    // Unproven ideas are named as such, never as the reason massage works.
    let strain = backcheck()
        .args(["--format", "markdown", "--answers"])
        .arg(person("new-strain"))
        .run()
        .code(0)
        .stdout;
    let flat = strain.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        flat.contains("\"releasing endorphins\" have not been shown to explain a lasting benefit"),
        "endorphins are named as an idea that has not been shown: {flat}"
    );
    let json = json_of(&person_text("desk-worker"));
    assert_eq!(json["verdict"]["id"], "likely_to_help", "the id stays");
    // Not a forecast: what the answers show, and that no research can tell
    // in advance, in every verdict the benefit points decide.
    assert_eq!(
        json["verdict"]["title"],
        "Your answers show several things people try massage for"
    );
    for person in ["desk-worker", "weekend-gardener", "quiet-back"] {
        let json = json_of(&person_text(person));
        let summary = json["verdict"]["summary"].as_str().expect("summary");
        assert!(
            summary.contains("No research can tell in advance")
                || summary.contains("no research can tell in advance"),
            "{person}: {summary}"
        );
    }
    let lowest = json_of(&person_text("quiet-back"));
    assert_eq!(
        lowest["verdict"]["title"],
        "Your answers show few of the things people usually try massage for"
    );
}

#[test]
fn an_answers_file_saved_for_1_x_names_its_version_and_the_new_questions() {
    let old = person_text("quiet-back")
        .lines()
        .filter(|l| {
            ![
                "both_legs_pain",
                "sexual_problems",
                "age",
                "activity_limits",
                "calf_swelling",
                "cough_sneeze_pain",
                "upper_back_pain",
                "sudden_severe_pain",
                "short_of_breath",
                "first_episode",
            ]
            .iter()
            .any(|k| l.starts_with(&format!("{k} =")))
        })
        .collect::<Vec<_>>()
        .join("\n");
    let saved = format!("# backcheck answers for weekly-massage 1.0.0\n{old}\n");
    let out = backcheck()
        .file("old.toml", &saved)
        .args(["--answers", "old.toml"])
        .run()
        .code(65);
    assert!(
        out.stderr.starts_with(
            "backcheck: old.toml was saved for weekly-massage 1.0.0; this is version 3.0.0, which asks 10 questions that the file does not answer:"
        ),
        "{}",
        out.stderr
    );
    for id in [
        "both_legs_pain",
        "sexual_problems",
        "age",
        "calf_swelling",
        "sudden_severe_pain",
    ] {
        assert!(
            out.stderr.contains(&format!("\n  {id} = ...")),
            "{id}: {}",
            out.stderr
        );
    }
    // Without the header it is the usual list.
    let out = backcheck()
        .file("old.toml", &old)
        .args(["--answers", "old.toml"])
        .run()
        .code(65);
    assert!(
        out.stderr.contains("10 required questions have no answer"),
        "{}",
        out.stderr
    );
}

#[test]
fn the_emergency_questions_stay_first() {
    let out = backcheck()
        .args(["questions", "--format", "json"])
        .run()
        .code(0);
    let json: serde_json::Value = serde_json::from_str(&out.stdout).expect("json");
    let factors = json["factors"].as_array().expect("factors");
    let kind = |id: &str| {
        factors
            .iter()
            .find(|f| f["id"] == id)
            .map(|f| f["kind"].as_str().unwrap_or("").to_owned())
            .unwrap_or_default()
    };
    let first_other = json["questions"]
        .as_array()
        .expect("questions")
        .iter()
        .position(|q| {
            !q["effects"]
                .as_array()
                .expect("effects")
                .iter()
                .any(|e| kind(e["factor"].as_str().unwrap_or("")) == "emergency")
        })
        .expect("other questions");
    assert_eq!(first_other, 8, "the eight emergency questions come first");
}
