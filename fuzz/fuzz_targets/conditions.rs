//! Any text as the condition of a question in a small questionnaire, then any
//! lines as its answers: loading, the "can this condition hold" check, skip
//! logic and the rules must never panic.
#![no_main]
use libfuzzer_sys::fuzz_target;

const TEMPLATE: &str = r#"
id = "f"
version = "1"
[benefit]
may_help = 1
likely_to_help = 2
[[factors]]
id = "e"
kind = "emergency"
[[questions]]
id = "a"
type = "yes_no"
effects = [{ factor = "e" }]
[[questions]]
id = "b"
type = "scale"
min = 0
max = 10
[[questions]]
id = "c"
type = "multi"
options = [{ value = "x" }, { value = "y" }]
[[questions]]
id = "d"
type = "choice"
options = [{ value = "p" }, { value = "q" }]
condition = CONDITION
"#;

const WORDS: &str = "title = t\nintro = i\nconsult = see a professional\n\
verdict-emergency = t\n    .summary = s\nverdict-see_doctor_first = t\n    .summary = s\n\
verdict-check_with_professional = t\n    .summary = s\nverdict-likely_to_help = t\n    .summary = s\n\
verdict-may_help = t\n    .summary = s\nverdict-unlikely_to_help = t\n    .summary = s\n\
f-e = e\n    .explanation = x\n    .advice = y\nq-a = a?\nq-b = b?\n    .min = 0\n    .max = 10\n\
q-c = c?\n    .o-x = x\n    .o-y = y\nq-d = d?\n    .o-p = p\n    .o-q = q\n";

fn words() -> backcheck::content::lang::ContentWords {
    let c = backcheck::words::Catalogue::from_sources(&[("en", WORDS)]).expect("words");
    backcheck::content::lang::ContentWords::new(c, vec!["fuzz.ftl".into()])
}


fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let (condition, lines) = text.split_once('\n').unwrap_or((text, ""));
    let src = TEMPLATE.replace("CONDITION", condition);
    let Ok(q) = backcheck::content::load_str("fuzz.toml", &src, &words()) else {
        return;
    };
    if let Ok(answers) = backcheck::answers::lines::parse(&q, lines) {
        let a = backcheck::rules::assess(&q, spec(&q), &answers);
        let shown = backcheck::flow::shown(&q, &answers);
        assert!(shown.len() >= 3);
        if answers.get("a") == Some(&backcheck::answer::Answer::Bool(true)) {
            assert_eq!(a.verdict.id, backcheck::rules::VerdictId::Emergency);
        }
    }
});

/// The assessment parts; the fuzzed questionnaires are assessments.
fn spec(q: &backcheck::content::Questionnaire) -> &backcheck::content::AssessmentSpec {
    q.assessment().expect("an assessment")
}
