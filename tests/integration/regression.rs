//! One test per fixed bug, named after its issue.

use std::process::{Command, Stdio};

use crate::harness::backcheck;

/// Issue 6: with standard error closed (`backcheck ... 2>&1 | head -1`), the
/// error message's write failed and `eprintln!` panicked: exit 101 instead of
/// the documented code.
#[test]
fn issue_6_a_closed_stderr_keeps_the_exit_code() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_backcheck"))
        .args(["check", "no-such-file.toml"])
        .env("RUST_BACKTRACE", "0")
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
fn issue_6_a_question_answered_twice_in_json_is_refused() {
    let out = backcheck()
        .file("a.json", r#"{"fever": true, "fever": false}"#)
        .args(["--answers", "a.json"])
        .run()
        .code(65);
    assert!(
        out.stderr.contains("key `fever` appears twice"),
        "{}",
        out.stderr
    );
}

/// Issue 5: two first check-ins at once could see the other's half-written
/// journal and refuse it as "not a backcheck journal". A new journal now
/// appears whole or not at all.
#[test]
fn issue_5_first_check_ins_racing_to_create_the_journal_both_succeed() {
    for _ in 0..10 {
        let dir = tempfile::tempdir().expect("dir");
        let path = dir.path().join("journal.sqlite3");
        let spawn = || {
            Command::new(env!("CARGO_BIN_EXE_backcheck"))
                .env("BACKCHECK_JOURNAL", &path)
                .args(["checkin", "--date", "2026-11-20", "--answers"])
                .arg(crate::harness::fixture("checkin-yes.toml"))
                .stdout(Stdio::null())
                .stderr(Stdio::piped())
                .spawn()
                .expect("spawn")
        };
        let (a, b) = (spawn(), spawn());
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
fn issue_6_imported_values_cannot_carry_escapes_to_the_terminal() {
    let export = r#"{"schema_version":1,"baseline":null,"checkins":[{"date":"2026-11-20","pain":3,"activity_limits":2,"had_massage":true,"massage_minutes":null,"massage_kind":"\u001b[2J","side_effects":[],"urgent":false,"questionnaire":{"id":"weekly-checkin","version":"1.0.0"},"answers":{}}]}"#;
    let out = backcheck()
        .file("x.json", export)
        .args(["journal", "import", "x.json"])
        .run()
        .code(65);
    assert!(out.stderr.contains("massage_kind"), "{}", out.stderr);
    assert!(!out.stderr.contains('\u{1b}'));
}
