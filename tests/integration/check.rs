//! `backcheck check [FILE]`.

use crate::harness::{Edit, backcheck, fixture};

#[test]
fn shipped_questionnaire_is_ok() {
    let out = backcheck().arg("check").run().code(0);
    assert_eq!(out.stdout, "ok: 45 questions, 42 factors\n");
}

#[test]
fn checks_a_file_given_as_argument_or_with_content() {
    let path = fixture("content/minimal.toml");
    let out = backcheck().arg("check").arg(&path).run().code(0);
    assert_eq!(out.stdout, "ok: 3 questions, 2 factors\n");
    let out = backcheck()
        .arg("--content")
        .arg(&path)
        .arg("check")
        .run()
        .code(0);
    assert_eq!(out.stdout, "ok: 3 questions, 2 factors\n");
}

#[test]
fn lists_every_problem_with_exit_78() {
    let src = std::fs::read_to_string(fixture("content/minimal.toml"))
        .expect("fixture")
        .edit(
            "factor = \"tension\", at_least = 4",
            "factor = \"tenson\", at_least = 4",
        )
        .edit("[benefit]", "outro = 1\n[benefit]");
    let words = std::fs::read_to_string(fixture("content/lang/en/minimal.ftl"))
        .expect("fixture words")
        .edit(
            "consult = This is not a diagnosis. Talk to a healthcare professional.",
            "consult = {\"\"}",
        );
    let out = backcheck()
        .file("bad.toml", src)
        .file("lang/en/bad.ftl", words)
        .args(["check", "bad.toml"])
        .run()
        .code(78);
    assert_eq!(out.stdout, "");
    insta::assert_snapshot!(out.stderr);
}

#[test]
fn a_missing_file_exits_66() {
    let out = backcheck().args(["check", "nope.toml"]).run().code(66);
    assert!(
        out.stderr
            .starts_with("backcheck: cannot read questionnaire nope.toml:"),
        "{}",
        out.stderr
    );
}

#[test]
fn a_file_that_is_not_utf8_exits_78_with_its_position() {
    let out = backcheck()
        .file("latin1.toml", b"id = \"x\"\ntitle = \"caf\xe9\"\n")
        .args(["check", "latin1.toml"])
        .run()
        .code(78);
    assert!(
        out.stderr
            .contains("latin1.toml:2:13: the questionnaire is not UTF-8 text"),
        "{}",
        out.stderr
    );
}

#[test]
fn a_file_over_one_mebibyte_is_refused_with_exit_66() {
    let big = format!("# {}\n", "x".repeat(1 << 20));
    let out = backcheck()
        .file("big.toml", big)
        .args(["check", "big.toml"])
        .run()
        .code(66);
    assert!(out.stderr.contains("too large"), "{}", out.stderr);
}
