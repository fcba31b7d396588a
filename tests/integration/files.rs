//! Nothing clobbered: every file backcheck writes (a report, saved answers,
//! a chart, an export, the calendar file) goes through one writer, which
//! writes into pipes and devices, follows links, and refuses folders before
//! any question is asked. Write errors on standard output and standard
//! error exit 74, for every command.

use std::os::unix::fs::{FileTypeExt, PermissionsExt};
use std::path::Path;
use std::process::{Command, Stdio};

use crate::harness::{backcheck, checkin_lines, command, person};

/// Every output option of every command, each with a run that uses it.
fn writers(dir: &Path, target: &str) -> Vec<(&'static str, crate::harness::Run)> {
    let journal = dir.join("journal.sqlite3");
    let run = || {
        backcheck()
            .env("BACKCHECK_JOURNAL", journal.to_str().expect("utf-8"))
            .env("BACKCHECK_TODAY", "2026-11-25")
    };
    vec![
        (
            "--output",
            run()
                .args(["--output", target, "--answers"])
                .arg(person("desk-worker")),
        ),
        (
            "--save-answers",
            run()
                .args(["--save-answers", target, "--answers"])
                .arg(person("desk-worker")),
        ),
        ("trend --svg", run().args(["trend", "--svg", target])),
        (
            "journal export --output",
            run().args(["journal", "export", "--output", target]),
        ),
        (
            "remind --output",
            run().args(["remind", "--output", target]),
        ),
        (
            "checkin --output",
            run()
                .args([
                    "checkin",
                    "--date",
                    "2026-11-20",
                    "--replace",
                    "--output",
                    target,
                ])
                .stdin(checkin_lines(3, 3, &[], "n\n")),
        ),
    ]
}

fn names(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .expect("list")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .filter(|n| !n.starts_with("journal.sqlite3"))
        .collect();
    names.sort();
    names
}

#[test]
fn a_named_pipe_is_written_into_never_replaced() {
    let dir = tempfile::tempdir().expect("dir");
    let fifo = dir.path().join("pipe");
    let made = Command::new("mkfifo").arg(&fifo).status().expect("mkfifo");
    assert!(made.success());
    for (name, run) in writers(dir.path(), fifo.to_str().expect("utf-8")) {
        // A reader on the other end, as `backcheck --output >(less)` has.
        let reader = Command::new("cat")
            .arg(&fifo)
            .stdout(Stdio::piped())
            .spawn()
            .expect("cat");
        let out = run.run().code(0);
        let read = reader.wait_with_output().expect("read");
        assert!(!read.stdout.is_empty(), "{name}: nothing came through");
        let kind = std::fs::symlink_metadata(&fifo).expect("meta").file_type();
        assert!(kind.is_fifo(), "{name} replaced the pipe");
        assert!(out.stderr.contains("wrote"), "{name}: {}", out.stderr);
        assert!(
            !out.stderr.contains("only you can read it"),
            "{name}: a pipe is not a private file: {}",
            out.stderr
        );
    }
    assert_eq!(names(dir.path()), ["pipe"], "no file beside the pipe");
}

#[test]
fn a_device_is_written_into_and_a_full_one_says_so() {
    let dir = tempfile::tempdir().expect("dir");
    for (name, run) in writers(dir.path(), "/dev/null") {
        run.run().code(0);
        let kind = std::fs::metadata("/dev/null").expect("meta").file_type();
        assert!(kind.is_char_device(), "{name} replaced /dev/null");
    }
    for (name, run) in writers(dir.path(), "/dev/full") {
        let out = run.run().code(74);
        assert!(out.stderr.contains("/dev/full"), "{name}: {}", out.stderr);
        assert!(
            !out.stderr.contains(".backcheck-"),
            "{name}: {}",
            out.stderr
        );
        let kind = std::fs::metadata("/dev/full").expect("meta").file_type();
        assert!(kind.is_char_device(), "{name} replaced /dev/full");
    }
}

#[test]
fn a_link_is_followed_and_stays_a_link() {
    let dir = tempfile::tempdir().expect("dir");
    let link = dir.path().join("link");
    std::os::unix::fs::symlink("real", &link).expect("link");
    for (name, run) in writers(dir.path(), link.to_str().expect("utf-8")) {
        std::fs::write(dir.path().join("real"), "old").expect("seed");
        run.run().code(0);
        let kind = std::fs::symlink_metadata(&link).expect("meta").file_type();
        assert!(kind.is_symlink(), "{name} replaced the link");
        let real = dir.path().join("real");
        assert_ne!(std::fs::read(&real).expect("real"), b"old", "{name}");
        let mode = std::fs::metadata(&real).expect("meta").permissions().mode();
        assert_eq!(mode & 0o777, 0o600, "{name}: user-only");
    }
    assert_eq!(names(dir.path()), ["link", "real"]);
}

#[test]
fn a_dash_is_standard_output() {
    let out = backcheck()
        .args(["--output", "-", "--format", "json", "--answers"])
        .arg(person("desk-worker"))
        .run()
        .code(0);
    assert!(out.stdout.starts_with('{'), "{}", out.stdout);
    assert!(names(out.dir.path()).is_empty(), "no file called -");
    // A second output to standard output beside the report: refused.
    let out = backcheck()
        .args(["--save-answers", "-", "--answers"])
        .arg(person("desk-worker"))
        .run()
        .code(2);
    assert!(
        out.stderr.contains("both go to standard output"),
        "{}",
        out.stderr
    );
    // With the report in a file, the answers go to standard output.
    let out = backcheck()
        .args(["--save-answers", "-", "--output", "r.txt", "--answers"])
        .arg(person("desk-worker"))
        .run()
        .code(0);
    assert!(out.stdout.contains("pain_intensity = "), "{}", out.stdout);
    assert_eq!(names(out.dir.path()), ["r.txt"]);
}

#[test]
fn a_folder_or_a_missing_folder_is_refused_before_any_question() {
    let dir = tempfile::tempdir().expect("dir");
    let missing = dir.path().join("no-such-folder").join("out.txt");
    for target in [dir.path(), missing.as_path()] {
        let t = target.to_str().expect("utf-8");
        for (name, run) in writers(dir.path(), t) {
            let out = run.run().code(74);
            assert!(out.stdout.is_empty(), "{name}: {}", out.stdout);
            let said = out.stderr.trim_end();
            assert_eq!(said.lines().count(), 1, "{name}: one line: {said}");
            assert!(
                said.contains("it is a folder") || said.contains("does not exist"),
                "{name}: {said}"
            );
            assert!(!said.contains(".backcheck-"), "{name}: {said}");
        }
    }
    assert!(names(dir.path()).is_empty());
    // At a terminal: said before question 1, with nothing asked.
    let out = crate::harness::shell(&format!(
        "exec \"$BIN\" --output '{}' < /dev/null",
        missing.display()
    ))
    .output()
    .expect("run");
    assert_eq!(out.status.code(), Some(74));
    assert!(!String::from_utf8_lossy(&out.stderr).contains("Question 1"));
}

#[test]
fn a_journal_that_cannot_be_kept_is_said_before_any_question() {
    let dir = tempfile::tempdir().expect("dir");
    let file = dir.path().join("a-file");
    std::fs::write(&file, "not a folder").expect("seed");
    let journal = file.join("journal.sqlite3");
    let run = || backcheck().env("BACKCHECK_JOURNAL", journal.to_str().expect("utf-8"));
    // Stdin is left empty: had a question been asked, the run would fail
    // on the missing answer (65), not on the journal (74).
    for args in [&["checkin"][..], &["--record"]] {
        let out = run().args(args).run().code(74);
        assert!(
            out.stderr.contains("is not a folder"),
            "{args:?}: {}",
            out.stderr
        );
        assert!(out.stdout.is_empty(), "{args:?}: {}", out.stdout);
    }
}

#[test]
fn write_errors_on_standard_output_or_error_exit_74_for_every_command() {
    let full = || {
        std::fs::OpenOptions::new()
            .write(true)
            .open("/dev/full")
            .expect("/dev/full")
    };
    for args in [
        &["--help"][..],
        &["--version"],
        &["checkin", "--help"],
        &["questions"],
        &["schema"],
        &["man"],
        &["completions", "bash"],
    ] {
        let out = command().args(args).stdout(full()).output().expect("run");
        assert_eq!(out.status.code(), Some(74), "{args:?}");
        let said = String::from_utf8_lossy(&out.stderr);
        assert_eq!(said.lines().count(), 1, "{args:?}: {said}");
        assert!(said.contains("No space left"), "{args:?}: {said}");
    }
    // A note that cannot be written fails the run too.
    let dir = tempfile::tempdir().expect("dir");
    let out = command()
        .env("BACKCHECK_JOURNAL", dir.path().join("j.sqlite3"))
        .args(["remind"])
        .stdout(Stdio::null())
        .stderr(full())
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(74));
}
