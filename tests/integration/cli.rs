//! Command-line behaviour: usage errors, help, formats, colour, dates.

use crate::harness::{backcheck, person};

#[test]
fn help_lists_the_exit_codes() {
    let out = backcheck().arg("--help").run().code(0);
    for line in [
        "0    ok",
        "2    usage",
        "65   bad answers",
        "66   an input file",
        "78   invalid",
        "130  interrupted",
    ] {
        assert!(
            out.stdout.contains(line),
            "{line} missing from:\n{}",
            out.stdout
        );
    }
}

#[test]
fn version_prints_the_crate_version() {
    let out = backcheck().arg("--version").run().code(0);
    assert_eq!(
        out.stdout,
        format!("backcheck {}\n", env!("CARGO_PKG_VERSION"))
    );
}

#[test]
fn unknown_options_and_formats_exit_2() {
    backcheck().arg("--bogus").run().code(2);
    let out = backcheck().args(["--format", "xml"]).run().code(2);
    assert!(
        out.stderr.contains("possible values: text, json, markdown"),
        "{}",
        out.stderr
    );
}

#[test]
fn bad_or_future_dates_exit_2() {
    let out = backcheck()
        .args(["--date", "2026-02-30", "--answers"])
        .arg(person("quiet-back"))
        .run()
        .code(2);
    assert!(out.stderr.contains("not a real date"), "{}", out.stderr);
    let out = backcheck()
        .args(["--date", "2999-01-01", "--answers"])
        .arg(person("quiet-back"))
        .run()
        .code(2);
    assert!(out.stderr.contains("is in the future"), "{}", out.stderr);
}

#[test]
fn text_is_plain_when_not_a_terminal_and_coloured_when_asked() {
    let plain = backcheck()
        .arg("--answers")
        .arg(person("emergency"))
        .run()
        .code(0);
    assert!(!plain.stdout.contains('\u{1b}'));
    let coloured = backcheck()
        .args(["--color", "always", "--answers"])
        .arg(person("emergency"))
        .run()
        .code(0);
    assert!(coloured.stdout.contains("\u{1b}[31m") || coloured.stdout.contains("\u{1b}[1m"));
    assert_eq!(console::strip_ansi_codes(&coloured.stdout), plain.stdout);
}

#[test]
fn text_wraps_at_80_columns_when_not_a_terminal() {
    let out = backcheck()
        .arg("--answers")
        .arg(person("sciatica"))
        .run()
        .code(0);
    let widest = out
        .stdout
        .lines()
        .map(|l| l.chars().count())
        .max()
        .unwrap_or(0);
    assert!(widest <= 80, "a line of {widest} columns");
    assert!(
        widest > 70,
        "text should fill the width, widest is {widest}"
    );
}

#[test]
fn content_from_the_environment() {
    let out = backcheck()
        .env(
            "BACKCHECK_CONTENT",
            crate::harness::fixture("content/minimal.toml")
                .to_str()
                .expect("utf8"),
        )
        .arg("check")
        .run()
        .code(0);
    assert_eq!(out.stdout, "ok: 3 questions, 2 factors\n");
}

#[test]
fn options_of_the_assessment_do_not_mix_with_subcommands() {
    backcheck()
        .args(["--answers", "x.toml", "check"])
        .run()
        .code(2);
}

#[test]
fn a_closed_pipe_ends_quietly() {
    use std::process::Stdio;
    let mut child = crate::harness::command()
        .arg("questions")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn");
    // Close our end of stdout at once: every write now fails with EPIPE.
    drop(child.stdout.take());
    let out = child.wait_with_output().expect("wait");
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(String::from_utf8_lossy(&out.stderr), "");
}
