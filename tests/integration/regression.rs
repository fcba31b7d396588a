//! One test per fixed bug, named after the bug it guards; the doc comment
//! names the issue that fixed it.

use std::process::Stdio;

use crate::harness::{backcheck, command};

/// Issue 6: with standard error closed (`backcheck ... 2>&1 | head -1`), the
/// error message's write failed and `eprintln!` panicked: exit 101 instead of
/// the documented code.
#[test]
fn closed_stderr_turned_an_error_into_a_panic() {
    let mut child = command()
        .args(["check", "no-such-file.toml"])
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn");
    drop(child.stderr.take());
    let status = child.wait().expect("wait");
    assert_eq!(status.code(), Some(66));
}

/// Issue 6: a JSON answers file with the same question twice kept the last
/// answer silently.
#[test]
fn json_answers_kept_the_last_of_two_answers_to_one_question() {
    let out = backcheck()
        .file("a.json", r#"{"fever": true, "fever": false}"#)
        .args(["--answers", "a.json"])
        .run()
        .code(65);
    assert!(
        out.stderr
            .contains("a.json:1:17: `fever` is answered twice"),
        "{}",
        out.stderr
    );
}

/// Issue 5: two first check-ins at once could see the other's half-written
/// journal and refuse it as "not a backcheck journal". A new journal now
/// appears whole or not at all.
#[test]
fn first_check_ins_racing_refused_each_others_new_journal() {
    for _ in 0..10 {
        let dir = tempfile::tempdir().expect("dir");
        let path = dir.path().join("journal.sqlite3");
        let spawn = |date: &str| {
            command()
                .env("BACKCHECK_JOURNAL", &path)
                .args(["checkin", "--date", date, "--answers"])
                .arg(crate::harness::fixture("checkin-yes.toml"))
                .stdout(Stdio::null())
                .stderr(Stdio::piped())
                .spawn()
                .expect("spawn")
        };
        let (a, b) = (spawn("2026-11-19"), spawn("2026-11-20"));
        for child in [a, b] {
            let out = child.wait_with_output().expect("wait");
            assert!(
                out.status.success(),
                "{}",
                String::from_utf8_lossy(&out.stderr)
            );
        }
        let j = backcheck::journal::Journal::open(&path).expect("open");
        assert_eq!(j.checkins().expect("rows").len(), 2);
    }
}

/// Issue 6: an export file could carry escape sequences into the terminal
/// through `journal list`.
#[test]
fn imported_values_carried_escape_sequences_to_the_terminal() {
    let export = r#"{"schema_version":1,"baseline":null,"checkins":[{"date":"2026-11-20","pain":3,"activity_limits":2,"had_massage":true,"massage_minutes":null,"massage_kind":"\u001b[2J","side_effects":[],"urgent":false,"questionnaire":{"id":"weekly-checkin","version":"1.0.0"},"answers":{}}]}"#;
    let out = backcheck()
        .file("x.json", export)
        .args(["journal", "import", "x.json"])
        .run()
        .code(65);
    assert!(out.stderr.contains("massage kind"), "{}", out.stderr);
    assert!(!out.stderr.contains('\u{1b}'));
}

/// Issue 9: `journal import` read through the answers' reader, so a file over
/// 1 MiB was refused as "answers ... over 1 MiB" though imports may be 16 MiB.
#[test]
fn journal_import_quoted_the_answers_size_limit() {
    let mut big = String::from("{\"schema_version\":1,\"baseline\":null,\"checkins\":[]");
    big.push_str(&" ".repeat(2 << 20));
    big.push('}');
    let out = backcheck()
        .file("big.json", &big)
        .args(["journal", "import", "big.json"])
        .run()
        .code(0);
    assert_eq!(out.stderr, "");
    let over = " ".repeat((16 << 20) + 1);
    let out = backcheck()
        .file("huge.json", &over)
        .args(["journal", "import", "huge.json"])
        .run()
        .code(66);
    assert!(
        out.stderr
            .contains("huge.json: the import file is too large: over 16 MiB"),
        "{}",
        out.stderr
    );
}

/// Issue 9: renaming an option of the check-in content made the trend stop
/// seeing new numbness, silently. The option is now a role the loader checks.
#[test]
fn renaming_the_new_numbness_option_silently_hid_it_from_the_trend() {
    let checkin =
        std::fs::read_to_string(crate::harness::repo("content/checkin.toml")).expect("content");
    // The option and the effect on it renamed, the role forgotten.
    let renamed = crate::harness::replaced(
        &crate::harness::replaced(&checkin, "value = \"new_numbness\"", "value = \"tingling\""),
        "equals = \"new_numbness\"",
        "equals = \"tingling\"",
    );
    let words = std::fs::read_to_string(crate::harness::repo("content/lang/en/checkin.ftl"))
        .expect("words")
        .replace(".o-new_numbness =", ".o-tingling =");
    let out = backcheck()
        .file("c.toml", &renamed)
        .file("lang/en/c.ftl", &words)
        .args(["check", "c.toml"])
        .run()
        .code(78);
    assert!(
        out.stderr
            .contains("`new_numbness` is not an option of question `side_effects`"),
        "{}",
        out.stderr
    );
}
