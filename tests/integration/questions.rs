//! `backcheck questions` in every format.

use serde::Deserialize;

use crate::harness::backcheck;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
struct Listing {
    schema_version: u32,
    lang: String,
    questionnaire: serde_json::Value,
    questions: Vec<Question>,
    factors: Vec<serde_json::Value>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
struct Question {
    id: String,
    text: String,
    help: Option<String>,
    #[serde(rename = "type")]
    kind: String,
    options: Vec<Choice>,
    min: Option<i64>,
    max: Option<i64>,
    required: bool,
    condition: Option<serde_json::Value>,
    effects: Vec<serde_json::Value>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
struct Choice {
    value: String,
    label: String,
}

#[test]
fn json_lists_every_question_with_the_pinned_ids_and_types() {
    let out = backcheck()
        .args(["questions", "--format", "json"])
        .run()
        .code(0);
    let listing: Listing = serde_json::from_str(&out.stdout).expect("shape");
    let types: Vec<(&str, &str)> = listing
        .questions
        .iter()
        .map(|q| (q.id.as_str(), q.kind.as_str()))
        .collect();
    for pinned in [
        ("pain_duration", "choice"),
        ("pain_intensity", "scale"),
        ("muscle_tightness", "yes_no"),
        ("muscle_spasms", "yes_no"),
        ("stiffness", "yes_no"),
        ("limited_bending", "yes_no"),
        ("stress_level", "choice"),
        ("recent_strain", "yes_no"),
        ("tender_knots", "yes_no"),
        ("leg_pain_below_knee", "yes_no"),
        ("leg_numbness", "yes_no"),
        ("walking_leg_pain", "yes_no"),
        ("diagnosed_conditions", "multi"),
        ("blood_thinners", "yes_no"),
        ("pregnant", "yes_no"),
        ("recent_surgery", "yes_no"),
        ("skin_problem", "yes_no"),
        ("blood_clot", "yes_no"),
        ("fever", "yes_no"),
        ("cancer_history", "yes_no"),
        ("weight_loss", "yes_no"),
        ("night_pain", "yes_no"),
        ("back_shape_change", "yes_no"),
        ("major_trauma", "yes_no"),
        ("saddle_numbness", "yes_no"),
        ("bladder_bowel", "yes_no"),
        ("leg_weakness", "yes_no"),
        ("chest_pain", "yes_no"),
        // Added in 2.0.0 (issue 10); these ids are a contract too.
        ("both_legs_pain", "yes_no"),
        ("sexual_problems", "yes_no"),
        ("cough_sneeze_pain", "yes_no"),
        ("upper_back_pain", "yes_no"),
        ("calf_swelling", "yes_no"),
        ("age", "number"),
        ("long_morning_stiffness", "yes_no"),
        ("pain_location", "multi"),
        ("pressure_preference", "choice"),
        // Added in 3.0.0 (issue 18).
        ("sudden_severe_pain", "yes_no"),
        ("short_of_breath", "yes_no"),
        ("first_episode", "yes_no"),
        ("pregnancy_warning", "yes_no"),
        ("new_rash", "yes_no"),
    ] {
        assert!(types.contains(&pinned), "{pinned:?} missing");
    }
    let intensity = listing
        .questions
        .iter()
        .find(|q| q.id == "pain_intensity")
        .expect("q");
    assert_eq!((intensity.min, intensity.max), (Some(0), Some(10)));
    // A fall or strain is asked whatever the duration of the pain; the
    // pregnancy and rash signs only after the question they follow.
    let condition = |id: &str| {
        listing
            .questions
            .iter()
            .find(|q| q.id == id)
            .expect("q")
            .condition
            .clone()
    };
    assert_eq!(condition("recent_strain"), None);
    assert_eq!(
        condition("pregnancy_warning"),
        Some(serde_json::json!({"question": "pregnant", "equals": true}))
    );
    assert_eq!(
        condition("new_rash"),
        Some(serde_json::json!({"question": "skin_problem", "equals": true}))
    );
    let optional: Vec<&str> = listing
        .questions
        .iter()
        .filter(|q| !q.required)
        .map(|q| q.id.as_str())
        .collect();
    assert_eq!(
        optional,
        ["worsening_pain", "pain_location", "pressure_preference"]
    );
}

#[test]
fn emergency_questions_come_first() {
    let out = backcheck()
        .args(["questions", "--format", "json"])
        .run()
        .code(0);
    let listing: Listing = serde_json::from_str(&out.stdout).expect("shape");
    let first: Vec<&str> = listing
        .questions
        .iter()
        .take(8)
        .map(|q| q.id.as_str())
        .collect();
    assert_eq!(
        first,
        [
            "saddle_numbness",
            "bladder_bowel",
            "both_legs_pain",
            "sexual_problems",
            "sudden_severe_pain",
            "short_of_breath",
            "chest_pain",
            "major_trauma",
        ]
    );
}

#[test]
fn text_and_markdown_listings() {
    let text = backcheck().arg("questions").run().code(0).stdout;
    insta::assert_snapshot!("questions-text", text);
    let md = backcheck()
        .args(["questions", "--format", "markdown"])
        .run()
        .code(0)
        .stdout;
    insta::assert_snapshot!("questions-markdown", md);
}

#[test]
fn the_check_in_is_listed_in_the_three_formats() {
    let q = backcheck::content::load_checkin().expect("check-in content");
    let ids: Vec<&str> = q.questions.iter().map(|q| q.id.as_str()).collect();

    let out = backcheck()
        .args(["questions", "--checkin", "--format", "json"])
        .run()
        .code(0);
    let listing: Listing = serde_json::from_str(&out.stdout).expect("shape");
    assert_eq!(listing.questionnaire["id"], "weekly-checkin");
    let listed: Vec<&str> = listing.questions.iter().map(|q| q.id.as_str()).collect();
    assert_eq!(listed, ids);

    let text = backcheck()
        .args(["questions", "--checkin"])
        .run()
        .code(0)
        .stdout;
    assert!(text.starts_with("weekly-checkin "), "{text}");
    let md = backcheck()
        .args(["questions", "--checkin", "--format", "markdown"])
        .run()
        .code(0)
        .stdout;
    assert!(md.starts_with(&format!("# {}", q.title.trim())), "{md}");
    // Every question, numbered in order, in both.
    for (n, question) in q.questions.iter().enumerate() {
        assert!(
            text.contains(&format!("{:>2}. {} (", n + 1, question.id)),
            "{} in {text}",
            question.id
        );
        assert!(
            md.contains(&format!("{}. **", n + 1)) && md.contains(&format!("(`{}`", question.id)),
            "{} in {md}",
            question.id
        );
    }
    // And not the assessment's.
    assert!(!text.contains("pain_duration"), "{text}");
}

#[test]
fn the_text_listing_fits_the_width() {
    let text = backcheck().arg("questions").run().code(0).stdout;
    for line in text.lines() {
        assert!(line.chars().count() < 80, "{line:?}");
    }
}
