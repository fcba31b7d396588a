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
