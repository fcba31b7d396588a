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

/// The long options a `--help` lists, in order.
fn options_in_help(help: &str) -> Vec<String> {
    help.lines()
        .skip_while(|l| *l != "Options:")
        .skip(1)
        .take_while(|l| l.is_empty() || l.starts_with(' '))
        .filter_map(|l| {
            let l = l.trim_start();
            let l = l
                .strip_prefix("-h, ")
                .or(l.strip_prefix("-V, "))
                .unwrap_or(l);
            l.starts_with("--")
                .then(|| l.split([' ', '=', '\t']).next().unwrap_or(l).to_owned())
        })
        .collect()
}

#[test]
fn each_subcommand_lists_only_the_options_it_takes_and_ends_with_examples() {
    /// The options every command takes, before or after its name.
    const GLOBAL: &[&str] = &["--region", "--lang"];
    for (command, options) in [
        (&["check"][..], &["--content"][..]),
        (
            &["questions"],
            &[
                "--checkin",
                "--bundle",
                "--content",
                "--checkin-content",
                "--format",
                "--output",
            ],
        ),
        (
            &["checkin"],
            &[
                "--answers",
                "--date",
                "--interactive",
                "--plain",
                "--replace",
                "--checkin-content",
                "--journal",
                "--format",
                "--output",
                "--color",
            ],
        ),
        (
            &["trend"],
            &[
                "--svg",
                "--content",
                "--checkin-content",
                "--journal",
                "--format",
                "--output",
                "--color",
            ],
        ),
        (&["journal"], &[]),
        (
            &["journal", "list"],
            &[
                "--content",
                "--checkin-content",
                "--journal",
                "--format",
                "--output",
            ],
        ),
        (
            &["journal", "export"],
            &["--journal", "--format", "--output"],
        ),
        (&["journal", "delete"], &["--yes", "--date", "--journal"]),
        (
            &["remind"],
            &[
                "--day",
                "--time",
                "--checkin-content",
                "--journal",
                "--output",
            ],
        ),
        (&["journal", "import"], &["--journal"]),
        (
            &["score"],
            &[
                "--input-format",
                "--format",
                "--full",
                "--keep-going",
                "--strict-columns",
                "--columns",
                "--content",
            ],
        ),
        (&["sample"], &["--count", "--seed", "--format", "--content"]),
    ] {
        let help = backcheck().args(command).arg("--help").run().code(0).stdout;
        let mut expected: Vec<String> = options.iter().map(|o| (*o).to_owned()).collect();
        // Options for every command, before or after it.
        expected.extend(GLOBAL.iter().map(|o| (*o).to_owned()));
        expected.push("--help".into());
        assert_eq!(options_in_help(&help), expected, "{command:?}:\n{help}");
        // A few examples at the end.
        let examples = help
            .split("\nExamples:\n")
            .nth(1)
            .unwrap_or_else(|| panic!("{command:?} has no examples:\n{help}"));
        let lines: Vec<&str> = examples.lines().take_while(|l| !l.is_empty()).collect();
        assert!(
            lines.len() >= 2 && lines.iter().all(|l| l.starts_with("  backcheck ")),
            "{command:?}: {examples}"
        );
        // csv is only for `journal export` and the batch commands.
        assert_eq!(
            help.contains("csv"),
            [&["journal", "export"][..], &["score"], &["sample"]].contains(&command),
            "{command:?}:\n{help}"
        );
    }
    // The run without a command: its options, then examples, exit codes.
    let help = backcheck().arg("--help").run().code(0).stdout;
    assert!(help.contains("\nExamples:\n  backcheck "), "{help}");
}

#[test]
fn an_option_before_a_subcommand_that_does_not_take_it_is_refused() {
    let out = backcheck()
        .args(["--format", "json", "journal", "delete", "--yes"])
        .run()
        .code(2);
    assert!(
        out.stderr.contains(
            "--format is not an option of `journal delete`; see `backcheck journal delete --help`"
        ),
        "{}",
        out.stderr
    );
    // One typed after the subcommand wins over the environment.
    let dir = tempfile::tempdir().expect("dir");
    let out = backcheck()
        .env("BACKCHECK_JOURNAL", "/nonexistent/journal.sqlite3")
        .args(["journal", "list", "--format", "json", "--journal"])
        .arg(dir.path().join("j.sqlite3"))
        .run()
        .code(0);
    assert!(out.stdout.contains("j.sqlite3"), "{}", out.stdout);
}
