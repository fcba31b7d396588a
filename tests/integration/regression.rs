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

/// Issue 23: `--date 2026-9-22` (a one-digit month) was "not a real date".
#[test]
fn a_date_with_a_one_digit_month_was_not_read() {
    let out = backcheck()
        .env("BACKCHECK_TODAY", "2026-11-25")
        .args(["checkin", "--date", "2026-9-22"])
        .stdin(crate::harness::checkin_lines(3, 3, &[], "n\n"))
        .run();
    assert!(!out.stderr.contains("not a real date"), "{}", out.stderr);
    let out = out.code(0);
    assert!(out.stdout.contains("2026-09-22"), "{}", out.stdout);
}

/// Issue 23: an answers file with a bare word, a misspelled key and a key
/// given twice stopped at the first (a TOML parser's "invalid float"); the
/// answers the misspelled key left missing were not said at all.
#[test]
fn an_answers_file_said_one_problem_and_not_the_missing_answers() {
    let content = crate::harness::fixture("content/minimal.toml");
    let out = backcheck()
        .file(
            "a.toml",
            "saddle = no\ntightnes = 5\nwhere = [\"left\"]\nwhere = [\"right\"]\n",
        )
        .arg("--content")
        .arg(&content)
        .args(["--answers", "a.toml"])
        .run()
        .code(65);
    let err = &out.stderr;
    assert!(!err.contains("invalid float"), "{err}");
    let said: Vec<usize> = [
        "a.toml:1:10: `saddle = no`: a word needs quotes in an answers file; write saddle = \"no\" or saddle = false",
        "a.toml:2:1: `tightnes` is not a question of this questionnaire; did you mean `tightness`?",
        "a.toml:4:1: `where` is answered twice",
        "1 required question has no answer:\n  tightness = ...",
    ]
    .iter()
    .map(|s| err.find(s).unwrap_or_else(|| panic!("{s:?} in\n{err}")))
    .collect();
    assert!(
        said.windows(2).all(|w| w[0] < w[1]),
        "in line order:\n{err}"
    );
}

/// Issue 23: an answers file given to `check` was taken for a questionnaire
/// whose words were missing.
#[test]
fn check_of_an_answers_file_said_its_words_were_missing() {
    let out = backcheck()
        .file("mine.toml", "saddle_numbness = false\nage = 40\n")
        .args(["check", "mine.toml"])
        .run()
        .code(2);
    assert!(
        out.stderr.contains(
            "mine.toml is an answers file, not a questionnaire: `backcheck --answers mine.toml` checks its answers"
        ),
        "{}",
        out.stderr
    );
}

/// Issue 23: a mistyped option in piped answers got no "did you mean", and
/// a note about an earlier answer that had nothing to do with the typo.
#[test]
fn a_piped_option_typo_got_no_suggestion_and_an_unrelated_note() {
    let content = crate::harness::fixture("content/minimal.toml");
    let out = backcheck()
        .arg("--content")
        .arg(&content)
        .stdin("false\n5\nlft\n")
        .run()
        .code(65);
    assert!(
        out.stderr.contains("`lft` is not an answer here")
            && out.stderr.contains("did you mean `left`?"),
        "{}",
        out.stderr
    );
    assert!(!out.stderr.contains("note:"), "{}", out.stderr);
    // A line that answers another question is out of step: the note says why.
    let out = backcheck()
        .arg("--content")
        .arg(&content)
        .stdin("n\n5\n7\n")
        .run()
        .code(65);
    assert!(
        out.stderr.contains("note: question 3 was asked"),
        "{}",
        out.stderr
    );
}

/// Issue 23: `--output` and `--date` before the command were refused,
/// though the README says options may stand before or after it.
#[test]
fn output_and_date_before_the_command_were_refused() {
    let out = backcheck()
        .env("BACKCHECK_TODAY", "2026-11-25")
        .args(["--output", "t.txt", "trend"])
        .run()
        .code(0);
    assert!(out.dir.path().join("t.txt").exists(), "{}", out.stderr);
    let out = backcheck()
        .env("BACKCHECK_TODAY", "2026-11-25")
        .args(["--date", "2026-11-20", "checkin"])
        .stdin(crate::harness::checkin_lines(3, 3, &[], "n\n"))
        .run()
        .code(0);
    assert!(out.stdout.contains("2026-11-20"), "{}", out.stdout);
    // A command that has no such option still says so.
    let out = backcheck()
        .args(["--output", "t.txt", "journal", "import", "x.json"])
        .run()
        .code(2);
    assert!(
        out.stderr
            .contains("--output is not an option of `journal import`"),
        "{}",
        out.stderr
    );
}

/// Issue 23: `--color never` did not reach clap's own help and errors.
#[test]
fn color_never_did_not_reach_clap_help_and_errors() {
    for args in [
        &["--color", "never", "--bogus"][..],
        &["--color=never", "--help"],
        &["trend", "--color", "never", "--help"],
    ] {
        let out = backcheck().env("CLICOLOR_FORCE", "1").args(args).run();
        assert!(
            !out.stdout.contains('\x1b') && !out.stderr.contains('\x1b'),
            "{args:?}: {:?}{:?}",
            out.stdout,
            out.stderr
        );
    }
    // Forced colour still colours them without the option.
    let out = backcheck().env("CLICOLOR_FORCE", "1").arg("--bogus").run();
    assert!(out.stderr.contains('\x1b'), "{:?}", out.stderr);
}

/// Issue 23: `journal import` of a CSV export said the JSON reader's words
/// with the place twice, and not which formats it reads.
#[test]
fn importing_a_csv_export_gave_the_place_twice_and_no_formats() {
    let out = backcheck()
        .file("e.csv", "kind,date,pain\nbaseline,2026-11-01,5\n")
        .args(["journal", "import", "e.csv"])
        .run()
        .code(65);
    assert!(!out.stderr.contains("at line 1 column 1"), "{}", out.stderr);
    assert!(out.stderr.contains("e.csv:1:1:"), "{}", out.stderr);
    assert!(
        out.stderr.contains("journal import reads the JSON export")
            && out.stderr.contains("FHIR Bundle"),
        "{}",
        out.stderr
    );
}

/// Issue 23: the question count of `questions` (all 45) was not the one
/// the intro and the README give (the questions asked at the least).
#[test]
fn the_question_count_was_not_one_number_everywhere() {
    let q = crate::harness::shipped();
    let first = backcheck::flow::shown(&q, &backcheck::answer::Answers::default()).len();
    let said = format!("{first} questions (a few more may follow from your answers)");
    let listing = backcheck().arg("questions").run().code(0).stdout;
    let flat = listing.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(flat.contains(&said), "{said} in {listing}");
    let readme = std::fs::read_to_string(crate::harness::repo("README.md")).expect("README");
    let flat = readme.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(flat.contains(&said), "{said} in the README");
}
