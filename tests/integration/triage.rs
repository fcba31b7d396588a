//! Triage that a clinician would sign (issue 18): the time in words first,
//! "not sure" never lowering the urgency, advice said once, nothing that
//! distracts from a red flag, and honest, private wording. The verdict,
//! timing and place of each rule are held by the vignettes.

use crate::harness::{backcheck, person, shipped};

/// A person's answers with some changed (TOML values).
fn changed(name: &str, changes: &[(&str, &str)]) -> String {
    let mut table: toml::Table =
        toml::from_str(&std::fs::read_to_string(person(name)).expect("person")).expect("toml");
    for (key, value) in changes {
        let v = toml::from_str::<toml::Table>(&format!("v = {value}")).expect("value")["v"].clone();
        table.insert((*key).to_owned(), v);
    }
    toml::to_string(&table).expect("toml")
}

fn report(answers: &str, format: &str) -> String {
    backcheck()
        .file("a.toml", answers)
        .args(["--format", format, "--answers", "a.toml"])
        .run()
        .code(0)
        .stdout
}

fn json(answers: &str) -> serde_json::Value {
    serde_json::from_str(&report(answers, "json")).expect("json")
}

#[test]
fn every_report_says_when_in_words_in_its_first_lines() {
    let fever = changed("quiet-back", &[("fever", "true")]);
    let text = report(&fever, "text");
    let first: Vec<&str> = text.lines().take(3).collect();
    assert!(
        first
            .iter()
            .any(|l| l.starts_with("Get help today: contact NHS 111 or your GP surgery.")),
        "{first:?}"
    );
    let md = report(&fever, "markdown");
    let first: Vec<&str> = md.lines().take(5).collect();
    assert!(
        first.contains(&"**Get help today: contact NHS 111 or your GP surgery.**"),
        "{first:?}"
    );
    let html = report(&fever, "html");
    let headline = html.find("Get help today").expect("headline");
    assert!(headline < html.find("Verdict:").expect("verdict"));
    let j = json(&fever);
    assert_eq!(j["disposition"]["when"], "today");
    assert_eq!(
        j["headline"],
        "Get help today: contact NHS 111 or your GP surgery."
    );
    // Within a few days, and nothing urgent, in words too.
    let night = json(&changed("quiet-back", &[("night_pain", "true")]));
    assert_eq!(night["headline"], "See your GP within a few days.");
    let calm = json(&std::fs::read_to_string(person("quiet-back")).expect("person"));
    assert_eq!(calm["disposition"]["when"], "none");
    assert_eq!(calm["headline"], "Nothing urgent came up in your answers.");
}

#[test]
fn not_sure_about_an_emergency_sign_means_get_checked_today() {
    for (id, value) in [
        ("saddle_numbness", "\"not_sure\""),
        ("short_of_breath", "\"Not sure\""),
    ] {
        let j = json(&changed("desk-worker", &[(id, value)]));
        assert_eq!(j["verdict"]["id"], "see_doctor_first", "{id}");
        assert_eq!(j["disposition"]["when"], "today", "{id}");
        assert_eq!(j["answers"][id], "not_sure", "{id}");
    }
    // Piped, in words.
    let q = shipped();
    let mut lines = crate::harness::as_lines(&crate::harness::answers_of("desk-worker"));
    lines = lines.replacen("no\n", "not sure\n", 1);
    let out = backcheck()
        .args(["--format", "json"])
        .stdin(lines)
        .run()
        .code(0);
    let j: serde_json::Value = serde_json::from_str(&out.stdout).expect("json");
    assert_eq!(j["answers"][q.questions[0].id.as_str()], "not_sure");
    assert_eq!(j["disposition"]["when"], "today");
    // A question that does not offer it refuses it, saying what it takes.
    let out = backcheck()
        .file(
            "a.toml",
            changed("desk-worker", &[("fever", "\"not_sure\"")]),
        )
        .args(["--answers", "a.toml"])
        .run()
        .code(65);
    assert!(
        out.stderr
            .contains("accepted: true or false (or \"yes\" or \"no\")"),
        "{}",
        out.stderr
    );
}

#[test]
fn advice_to_one_person_about_several_things_is_one_line() {
    let j = json(&changed(
        "quiet-back",
        &[
            ("blood_clot", "true"),
            ("blood_thinners", "true"),
            ("diagnosed_conditions", "[\"osteoporosis\"]"),
        ],
    ));
    let advice: Vec<&str> = j["advice"]
        .as_array()
        .expect("advice")
        .iter()
        .filter_map(|a| a.as_str())
        .collect();
    assert_eq!(
        advice[0],
        "Before massage, ask your GP about: the clot, your bones, your blood thinners or bleeding problem."
    );
    assert_eq!(
        advice.iter().filter(|a| a.contains("ask your GP")).count(),
        1,
        "{advice:?}"
    );
    // The therapist note says what to do, not the labels of the cautions.
    let t = &j["therapist"]["instructions"];
    assert_eq!(
        t,
        &serde_json::json!([
            "avoid deep or firm work on the legs",
            "use light pressure only (thin bones)",
            "use light pressure only (blood thinners or a bleeding problem)",
        ])
    );
    let text = report(&changed("quiet-back", &[("blood_clot", "true")]), "text");
    assert!(
        text.contains("Please avoid deep or firm work on the legs."),
        "{text}"
    );
}

#[test]
fn a_red_flag_or_an_emergency_is_never_beside_the_notes_about_massage() {
    // New pain: the natural-recovery note shows with massage open...
    let new_pain = changed("desk-worker", &[("pain_duration", "\"under_6_weeks\"")]);
    assert!(report(&new_pain, "text").contains("Most new back pain gets much better"));
    // ...and not beside a red flag, or an emergency.
    for sign in ["night_pain", "saddle_numbness"] {
        let flagged = changed(
            "desk-worker",
            &[("pain_duration", "\"under_6_weeks\""), (sign, "true")],
        );
        let text = report(&flagged, "text");
        assert!(!text.contains("Most new back pain"), "{sign}: {text}");
        assert!(!text.contains("Before you book"), "{sign}");
    }
    // The doctor is never a step before massage.
    let j = json(&changed("quiet-back", &[("night_pain", "true")]));
    assert_eq!(j["verdict"]["title"], "See a doctor about these signs");
    assert!(
        j["advice"][0]
            .as_str()
            .expect("advice")
            .starts_with("Whether or not you want massage, see your GP within a few days about:"),
        "{}",
        j["advice"]
    );
}

#[test]
fn an_emergency_at_15_says_to_tell_an_adult_now() {
    let j = json(&changed(
        "quiet-back",
        &[("age", "15"), ("saddle_numbness", "true")],
    ));
    assert_eq!(j["verdict"]["id"], "emergency");
    assert!(
        j["advice"][0]
            .as_str()
            .expect("advice")
            .starts_with("You are under 16. Tell a parent, carer or another adult"),
        "{}",
        j["advice"]
    );
    let adult = json(&changed("quiet-back", &[("saddle_numbness", "true")]));
    assert!(!adult["advice"].to_string().contains("under 16"));
}

#[test]
fn honest_and_private_wording() {
    let q = shipped();
    let intro = q.intro.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(intro.contains("for adults (16 and over)"), "{intro}");
    assert!(
        intro.contains(
            "Your answers stay on this computer: nothing is saved unless you choose to save it."
        ),
        "{intro}"
    );
    // A known spine condition: massage may ease the muscles, not the condition.
    let spine = report(
        &changed(
            "quiet-back",
            &[("diagnosed_conditions", "[\"spinal_stenosis\"]")],
        ),
        "text",
    );
    let flat = spine.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        flat.contains("Massage may ease the muscles around the spine for a while. It does not change the condition. Exercise-based treatment has better evidence."),
        "{flat}"
    );
    // Every report that carries the answers says they are private.
    for format in ["markdown", "html"] {
        let out = report(
            &std::fs::read_to_string(person("desk-worker")).expect("p"),
            format,
        );
        assert!(out.contains("These are private health answers"), "{format}");
    }
    // "Before you book" goes with the verdicts benefit points decide.
    let j = json(&std::fs::read_to_string(person("desk-worker")).expect("p"));
    let book = j["before_you_book"].to_string();
    assert!(
        book.contains("about an hour") && book.contains("sore for a day or two"),
        "{book}"
    );
    assert!(
        j["advice"]
            .to_string()
            .contains("qualified massage therapist"),
        "{}",
        j["advice"]
    );
}
