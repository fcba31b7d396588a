//! Snapshots of every report format for each test person. The output is the
//! product: read every snapshot diff like code.

use crate::harness::{PEOPLE, backcheck, person};

fn report(name: &str, format: &str) -> String {
    backcheck()
        .args(["--date", "2026-11-02", "--format", format, "--answers"])
        .arg(person(name))
        .run()
        .code(0)
        .stdout
}

#[test]
fn text_reports() {
    for name in PEOPLE {
        insta::assert_snapshot!(format!("text-{name}"), report(name, "text"));
    }
}

#[test]
fn markdown_reports() {
    for name in PEOPLE {
        insta::assert_snapshot!(format!("markdown-{name}"), report(name, "markdown"));
    }
}

#[test]
fn json_reports() {
    for name in PEOPLE {
        insta::assert_snapshot!(format!("json-{name}"), report(name, "json"));
    }
}

#[test]
fn every_format_ends_with_the_consult_text_and_puts_urgent_signs_first() {
    let consult = "Talk to a doctor, physiotherapist or other healthcare professional";
    for name in PEOPLE {
        for format in ["text", "markdown"] {
            let out = report(name, format);
            let last = out
                .trim_end()
                .rsplit("\n\n")
                .next()
                .unwrap_or("")
                .replace('\n', " ");
            assert!(
                last.contains(consult),
                "{name} {format}: ends with {last:?}"
            );
        }
        let json: serde_json::Value = serde_json::from_str(&report(name, "json")).expect("json");
        assert!(
            json["consult"]
                .as_str()
                .unwrap_or("")
                .contains("healthcare professional")
        );
    }
    let text = report("emergency", "text");
    let urgent = text.find("GET HELP NOW").expect("urgent block");
    let verdict = text.find("Verdict:").expect("verdict");
    assert!(urgent < verdict);
}

#[test]
fn the_therapist_note_ends_the_advice_only_when_massage_is_allowed() {
    for name in PEOPLE {
        let json: serde_json::Value = serde_json::from_str(&report(name, "json")).expect("json");
        let verdict = json["verdict"]["id"].as_str().expect("id");
        let last_advice = json["advice"]
            .as_array()
            .and_then(|a| a.last())
            .and_then(|a| a.as_str())
            .unwrap_or("");
        let allowed = !matches!(verdict, "emergency" | "see_doctor_first");
        assert_eq!(
            last_advice.starts_with("For your massage therapist:"),
            allowed,
            "{name}: {last_advice}"
        );
        assert_eq!(json["therapist"].is_object(), allowed, "{name}");
        assert_eq!(
            report(name, "text").contains("For your massage therapist"),
            allowed,
            "{name}"
        );
    }
}

/// The factor blocks of a text report's "Why": the heading line and the
/// explanation after it (without the "Because you answered" lines).
fn factor_blocks(report: &str) -> Vec<(String, String)> {
    let mut blocks: Vec<(String, String)> = Vec::new();
    let mut in_why = false;
    let mut in_because = false;
    for line in report.lines() {
        if line == "Why" {
            in_why = true;
            continue;
        }
        if !in_why {
            continue;
        }
        if line.is_empty() {
            break;
        }
        if let Some(head) = line.strip_prefix("  - ") {
            blocks.push((head.to_owned(), String::new()));
            in_because = false;
        } else if let Some(text) = line.strip_prefix("    ") {
            in_because |= text.starts_with("Because you answered");
            match blocks.last_mut() {
                Some((_, body)) if !in_because => {
                    body.push(' ');
                    body.push_str(text);
                }
                _ => {}
            }
        }
    }
    blocks
}

/// Every run of three words, in lower case.
fn three_word_runs(text: &str) -> Vec<String> {
    let words: Vec<String> = text
        .split(|c: char| !c.is_alphanumeric() && c != '\'')
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    words.windows(3).map(|w| w.join(" ")).collect()
}

#[test]
fn a_factor_reads_as_words_and_says_nothing_twice() {
    for name in PEOPLE {
        let text = report(name, "text");
        for (head, body) in factor_blocks(&text) {
            // "(some; massage may ease it)", not "(may help, moderate)".
            for internal in [
                "may help,",
                "benefit",
                "red flag",
                "red_flag",
                "caution)",
                "emergency)",
                "moderate)",
                "high)",
                "low)",
            ] {
                assert!(!head.contains(internal), "{name}: {head:?}");
            }
            let sentences: Vec<&str> = body
                .split_terminator(['.', ';'])
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .collect();
            for (i, a) in sentences.iter().enumerate() {
                for b in &sentences[i + 1..] {
                    let runs = three_word_runs(b);
                    let shared: Vec<String> = three_word_runs(a)
                        .into_iter()
                        .filter(|r| runs.contains(r))
                        .collect();
                    assert!(
                        shared.is_empty(),
                        "{name}: {head:?} says {shared:?} twice: {body}"
                    );
                }
            }
        }
    }
}
