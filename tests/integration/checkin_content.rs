//! The check-in is content like the assessment: `--checkin-content` (and
//! `BACKCHECK_CHECKIN_CONTENT`) swaps it, a copy whose ids are all renamed
//! behaves exactly like the shipped file, and a file of the wrong purpose is
//! refused with exit 78.

use std::collections::BTreeSet;
use std::path::Path;

use crate::harness::{Edit, Run, backcheck, checkin_lines, repo};

fn shipped_checkin() -> String {
    std::fs::read_to_string(repo("content/checkin.toml")).expect("content")
}

/// Every question id, option value and factor id of a questionnaire.
fn ids(src: &str) -> BTreeSet<String> {
    let table: toml::Table = toml::from_str(src).expect("toml");
    let mut out = BTreeSet::new();
    let arr = |key: &str| {
        table
            .get(key)
            .and_then(|v| v.as_array())
            .cloned()
            .unwrap_or_default()
    };
    for f in arr("factors") {
        out.insert(f["id"].as_str().expect("id").to_owned());
    }
    for q in arr("questions") {
        out.insert(q["id"].as_str().expect("id").to_owned());
        for o in q
            .get("options")
            .and_then(|o| o.as_array())
            .into_iter()
            .flatten()
        {
            out.insert(o["value"].as_str().expect("value").to_owned());
        }
    }
    out
}

/// The shipped check-in with every id and value renamed, consistently.
fn renamed_checkin() -> String {
    let mut src = shipped_checkin();
    for id in ids(&src) {
        src = src.replace(&format!("\"{id}\""), &format!("\"renamed-{id}\""));
    }
    src
}

fn shipped_words() -> String {
    std::fs::read_to_string(repo("content/lang/en/checkin.ftl")).expect("words")
}

/// The shipped check-in's words, with the ids of `renamed_checkin`.
fn renamed_words() -> String {
    let ids = ids(&shipped_checkin());
    let rename = |line: &str| -> String {
        for prefix in ["q-", "f-", "    .o-"] {
            if let Some(rest) = line.strip_prefix(prefix) {
                if let Some((id, tail)) = rest.split_once(" =") {
                    if ids.contains(id) {
                        return format!("{prefix}renamed-{id} ={tail}");
                    }
                }
            }
        }
        line.to_owned()
    };
    shipped_words()
        .lines()
        .map(rename)
        .collect::<Vec<_>>()
        .join("\n")
}

fn at(dir: &Path) -> Run {
    backcheck()
        .env(
            "BACKCHECK_JOURNAL",
            dir.join("journal.sqlite3").to_str().expect("utf-8"),
        )
        .env("BACKCHECK_TODAY", "2026-11-25")
}

/// "No" to every warning sign.
const NO: &str = "n\nn\nn\nn\nn\nn\nn\nn\nn\nn\nn\n";

/// A series of check-ins, piped, that reaches every verdict that depends on
/// a role along the way: improving, new numbness after a massage (worse), new
/// warning signs (see a doctor), then an urgent answer.
fn series() -> Vec<(&'static str, String)> {
    vec![
        ("2026-10-01", format!("7\n6\n{NO}n\n")),
        ("2026-10-08", format!("6\n5\n{NO}y\n60\n1\nnone\n")),
        ("2026-10-15", format!("4\n4\n{NO}y\nskip\n2\n1,3\n")),
        ("2026-10-22", format!("3\n3\n{NO}n\n")),
        ("2026-10-29", format!("3\n3\n{NO}y\n45\n1\n4\n")),
        (
            "2026-11-05",
            checkin_lines(2, 2, &["new_warning_signs"], "n\n"),
        ),
        ("2026-11-12", checkin_lines(2, 2, &["bladder_bowel"], "n\n")),
    ]
}

/// Runs the series with a check-in file (or the shipped one), and returns
/// every check-in's text and the trend after each, text and JSON.
fn run_series(content: Option<&str>) -> Vec<String> {
    let dir = tempfile::tempdir().expect("dir");
    let with = |run: Run| match content {
        Some(text) => run
            .file("c.toml", text)
            .file("lang/en/c.ftl", renamed_words())
            .env("BACKCHECK_CHECKIN_CONTENT", "c.toml"),
        None => run,
    };
    let mut outputs = Vec::new();
    for (date, lines) in series() {
        let checkin = with(at(dir.path()))
            .args(["checkin", "--date", date])
            .stdin(lines)
            .run()
            .code(0);
        outputs.push(checkin.stdout);
        let trend = with(at(dir.path())).arg("trend").run().code(0);
        outputs.push(trend.stdout);
        let json = with(at(dir.path()))
            .args(["trend", "--format", "json"])
            .run()
            .code(0);
        let mut json: serde_json::Value = serde_json::from_str(&json.stdout).expect("json");
        // After-effects are option values and signs question ids, both
        // renamed with the content.
        let unrenamed = |v: &serde_json::Value| {
            let ids: Vec<String> = v
                .as_array()
                .expect("array")
                .iter()
                .map(|v| {
                    v.as_str()
                        .expect("str")
                        .trim_start_matches("renamed-")
                        .to_owned()
                })
                .collect();
            serde_json::json!(ids)
        };
        for c in json["checkins"].as_array_mut().expect("array") {
            c["side_effects"] = unrenamed(&c["side_effects"]);
            c["signs"] = unrenamed(&c["signs"]);
        }
        for w in json["earlier_warnings"].as_array_mut().expect("array") {
            w["signs"] = unrenamed(&w["signs"]);
        }
        outputs.push(json.to_string());
    }
    outputs
}

#[test]
fn a_consistently_renamed_checkin_behaves_exactly_like_the_shipped_one() {
    let renamed = renamed_checkin();
    assert_ne!(renamed, shipped_checkin());
    assert!(renamed.contains("\"renamed-new_numbness\""));
    let shipped = run_series(None);
    let copy = run_series(Some(&renamed));
    assert_eq!(shipped.len(), copy.len());
    for (i, (a, b)) in shipped.iter().zip(&copy).enumerate() {
        assert_eq!(a, b, "output {i} differs");
    }
    // The series did reach the verdicts that depend on roles.
    let verdicts: Vec<&str> = ["\"improving\"", "\"worse\"", "\"see_doctor\"", "\"urgent\""]
        .into_iter()
        .filter(|v| shipped.iter().any(|o| o.contains(&format!("\"id\":{v}"))))
        .collect();
    assert_eq!(verdicts.len(), 4, "{shipped:#?}");
}

#[test]
fn the_checkin_content_option_and_its_environment_variable() {
    // A check-in whose words differ shows them: the file is really used.
    let changed = shipped_words().edit(
        "checkin-next-step = Run `backcheck trend` to see how things are going.",
        "checkin-next-step = Look at your trend next week.",
    );
    for via_env in [false, true] {
        let run = backcheck()
            .file("c.toml", shipped_checkin())
            .file("lang/en/c.ftl", &changed);
        let run = if via_env {
            run.env("BACKCHECK_CHECKIN_CONTENT", "c.toml")
                .arg("checkin")
        } else {
            run.args(["checkin", "--checkin-content", "c.toml"])
        };
        let out = run
            .args(["--date", "2026-11-20"])
            .stdin(format!("3\n3\n{NO}n\n"))
            .run()
            .code(0);
        assert!(
            out.stdout.contains("Look at your trend next week."),
            "{}",
            out.stdout
        );
    }
}

#[test]
fn a_questionnaire_of_the_wrong_purpose_is_refused_with_78() {
    let assessment = repo("content/weekly-massage.toml");
    let out = backcheck()
        .args(["checkin", "--checkin-content"])
        .arg(&assessment)
        .stdin("3\n")
        .run()
        .code(78);
    assert!(
        out.stderr
            .contains("is an assessment, but checkin needs a check-in"),
        "{}",
        out.stderr
    );
    let out = backcheck()
        .args(["--content"])
        .arg(repo("content/checkin.toml"))
        .stdin("3\n")
        .run()
        .code(78);
    assert!(
        out.stderr
            .contains("is a check-in, but the assessment needs an assessment"),
        "{}",
        out.stderr
    );
}

#[test]
fn check_validates_a_checkin_file_and_its_words() {
    let out = backcheck()
        .args(["check"])
        .arg(repo("content/checkin.toml"))
        .run()
        .code(0);
    assert_eq!(out.stdout, "ok: 18 questions, 11 factors\n");
    let broken = shipped_checkin().edit("meaningful_points = 2", "meaningful_points = 0");
    let words = shipped_words().edit(
        "trend-reason-stale = Your last check-in was { $days } days ago",
        "trend-reason-stale = Your last check-in was { $weeks } weeks ago",
    );
    let out = backcheck()
        .file("c.toml", &broken)
        .file("lang/en/c.ftl", &words)
        .args(["check", "c.toml"])
        .run()
        .code(78);
    assert!(
        out.stderr
            .contains("`meaningful_points` is 0; it must be more than 0 and at most 10"),
        "{}",
        out.stderr
    );
    assert!(
        out.stderr.contains(
            "`trend-reason-stale` uses `{ $weeks }`, which is not a placeholder backcheck fills"
        ),
        "{}",
        out.stderr
    );
    assert!(
        out.stderr.ends_with("1 problem in c.toml\n"),
        "{}",
        out.stderr
    );
}
