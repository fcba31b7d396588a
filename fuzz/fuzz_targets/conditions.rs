//! Any text as the condition of a question in a small questionnaire, then any
//! lines as its answers: loading, the "can this condition hold" check, skip
//! logic and the rules must never panic.
#![no_main]
use libfuzzer_sys::fuzz_target;

const TEMPLATE: &str = r#"
id = "f"
version = "1"
title = "t"
intro = "i"
consult = "see a professional"
[benefit]
may_help = 1
likely_to_help = 2
[verdicts.emergency]
title = "t"
summary = "s"
[verdicts.see_doctor_first]
title = "t"
summary = "s"
[verdicts.check_with_professional]
title = "t"
summary = "s"
[verdicts.likely_to_help]
title = "t"
summary = "s"
[verdicts.may_help]
title = "t"
summary = "s"
[verdicts.unlikely_to_help]
title = "t"
summary = "s"
[[factors]]
id = "e"
label = "e"
kind = "emergency"
explanation = "x"
advice = "y"
[[questions]]
id = "a"
type = "yes_no"
text = "a?"
effects = [{ factor = "e" }]
[[questions]]
id = "b"
type = "scale"
text = "b?"
min = 0
max = 10
min_label = "0"
max_label = "10"
[[questions]]
id = "c"
type = "multi"
text = "c?"
options = [{ value = "x", label = "x" }, { value = "y", label = "y" }]
[[questions]]
id = "d"
type = "choice"
text = "d?"
options = [{ value = "p", label = "p" }, { value = "q", label = "q" }]
condition = CONDITION
"#;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let (condition, lines) = text.split_once('\n').unwrap_or((text, ""));
    let src = TEMPLATE.replace("CONDITION", condition);
    let Ok(q) = backcheck::content::load_str("fuzz.toml", &src) else {
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
