//! backcheck among other tools: shell completions, the man page, colour as
//! `NO_COLOR` and `CLICOLOR_FORCE` ask, the content schema, the example
//! questionnaire, and every `--help` as a snapshot.

use serde_json::Value;

use crate::harness::{backcheck, person, repo};

#[test]
fn completions_generate_for_every_shell() {
    for shell in ["bash", "zsh", "fish", "powershell", "elvish"] {
        let out = backcheck().args(["completions", shell]).run().code(0);
        assert!(out.stdout.len() > 1000, "{shell}: {}", out.stdout);
        assert!(out.stdout.contains("backcheck"), "{shell}");
        // Every subcommand is offered; where the shell completes values,
        // the values of --format too.
        for word in ["checkin", "trend", "journal", "completions", "schema"] {
            assert!(out.stdout.contains(word), "{shell} lacks {word}");
        }
        if ["bash", "zsh", "fish"].contains(&shell) {
            for word in ["markdown", "fhir", "csv"] {
                assert!(out.stdout.contains(word), "{shell} lacks {word}");
            }
        }
    }
    // File arguments complete as files.
    let zsh = backcheck()
        .args(["completions", "zsh"])
        .run()
        .code(0)
        .stdout;
    assert!(
        zsh.contains("--answers=[") && zsh.contains("_files"),
        "{zsh}"
    );
    let bad = backcheck().args(["completions", "tcsh"]).run().code(2);
    assert!(bad.stderr.contains("possible values"), "{}", bad.stderr);
}

#[test]
fn the_man_page_is_roff_with_every_command() {
    let out = backcheck().arg("man").run().code(0);
    let page = out.stdout;
    assert!(
        page.contains(".TH BACKCHECK 1"),
        "{}",
        &page[..200.min(page.len())]
    );
    for section in [
        "NAME",
        "SYNOPSIS",
        "DESCRIPTION",
        "OPTIONS",
        "COMMANDS",
        "EXIT STATUS",
    ] {
        assert!(
            page.contains(&format!(".SH {section}"))
                || page.contains(&format!(".SH \"{section}\"")),
            "{section}"
        );
    }
    for command in [
        "backcheck checkin",
        "backcheck journal export",
        "backcheck schema",
    ] {
        assert!(page.contains(command), "{command}");
    }
    // Every exit code of the one table.
    for code in ["65", "66", "74", "78", "130"] {
        assert!(
            page.contains(&format!(".B {code}")) || page.contains(&format!("\\fB{code}\\fR")),
            "{code}"
        );
    }
}

fn summary(env: &[(&str, &str)], args: &[&str]) -> String {
    let mut run = backcheck();
    for (k, v) in env {
        run = run.env(k, v);
    }
    run.args(args)
        .arg("--answers")
        .arg(person("emergency"))
        .run()
        .code(0)
        .stdout
}

#[test]
fn colour_follows_the_flag_no_color_and_clicolor_force() {
    let has = |s: &str| s.contains('\u{1b}');
    // Piped: none by default, some when asked by flag or by CLICOLOR_FORCE.
    assert!(!has(&summary(&[], &[])));
    assert!(has(&summary(&[], &["--color", "always"])));
    assert!(has(&summary(&[("CLICOLOR_FORCE", "1")], &[])));
    assert!(!has(&summary(&[("CLICOLOR_FORCE", "0")], &[])));
    // NO_COLOR wins over CLICOLOR_FORCE; the flag wins over both.
    assert!(!has(&summary(
        &[("NO_COLOR", "1"), ("CLICOLOR_FORCE", "1")],
        &[]
    )));
    assert!(has(&summary(&[("NO_COLOR", "1")], &["--color", "always"])));
    assert!(!has(&summary(
        &[("CLICOLOR_FORCE", "1")],
        &["--color", "never"]
    )));
    // Plain mode has none, even when CLICOLOR_FORCE asks.
    assert!(!has(&summary(
        &[("CLICOLOR_FORCE", "1"), ("TERM", "dumb")],
        &[]
    )));
}

fn toml_as_json(path: &std::path::Path) -> Value {
    let text = std::fs::read_to_string(path).expect("content file");
    let table: toml::Table = toml::from_str(&text).expect("TOML");
    serde_json::to_value(table).expect("JSON")
}

/// Every questionnaire shipped in `content/`, examples included.
fn content_files() -> Vec<std::path::PathBuf> {
    let mut files = Vec::new();
    for dir in ["content", "content/examples"] {
        for entry in std::fs::read_dir(repo(dir)).expect("content dir") {
            let path = entry.expect("entry").path();
            if path.extension().is_some_and(|e| e == "toml") {
                files.push(path);
            }
        }
    }
    files.sort();
    assert!(files.len() >= 3, "{files:?}");
    files
}

#[test]
fn the_shipped_schema_is_the_generated_one_and_every_content_file_meets_it() {
    // Each kind of content file has its schema, printed by `backcheck
    // schema [KIND]` and shipped beside the files for editors.
    let mut validators = Vec::new();
    for (kind, file) in [
        ("questionnaire", "schema.json"),
        ("regions", "regions.schema.json"),
        ("safety-net", "safety-net.schema.json"),
    ] {
        let printed = backcheck().args(["schema", kind]).run().code(0).stdout;
        let shipped = std::fs::read_to_string(repo(&format!("content/{file}")))
            .unwrap_or_else(|_| panic!("content/{file}"));
        assert_eq!(
            shipped, printed,
            "content/{file} is out of date: run `backcheck schema {kind} > content/{file}`"
        );
        let schema: Value = serde_json::from_str(&printed).expect("JSON");
        validators.push((
            file,
            jsonschema::draft7::new(&schema).expect("a valid draft-7 schema"),
        ));
    }
    assert_eq!(
        backcheck().arg("schema").run().code(0).stdout,
        backcheck()
            .args(["schema", "questionnaire"])
            .run()
            .code(0)
            .stdout
    );
    let validator = &validators[0].1;
    let net = &validators[2].1;
    assert!(!net.is_valid(&serde_json::json!({"title": "x", "items": [], "more": 1})));
    for file in content_files() {
        // Editors find the schema through taplo's directive on the first
        // line, and it names the schema of the file's kind.
        let text = std::fs::read_to_string(&file).expect("file");
        let first = text.lines().next().unwrap_or("");
        let (name, v) = validators
            .iter()
            .find(|(name, _)| first.ends_with(&format!("/{name}")))
            .unwrap_or_else(|| panic!("{}: {first}", file.display()));
        assert!(
            first.starts_with("#:schema "),
            "{}: {first}",
            file.display()
        );
        let errors: Vec<String> = v
            .iter_errors(&toml_as_json(&file))
            .map(|e| format!("{} at {}", e, e.instance_path()))
            .collect();
        assert!(errors.is_empty(), "{} ({name}): {errors:?}", file.display());
        backcheck().arg("check").arg(&file).run().code(0);
    }
    // The list of languages too (issue 23): its schema, shipped beside it
    // and named on its first line, and `check` reads it.
    let printed = backcheck()
        .args(["schema", "languages"])
        .run()
        .code(0)
        .stdout;
    let shipped = std::fs::read_to_string(repo("content/lang/languages.schema.json"))
        .expect("content/lang/languages.schema.json");
    assert_eq!(
        shipped, printed,
        "run `backcheck schema languages > content/lang/languages.schema.json`"
    );
    let list = repo("content/lang/languages.toml");
    let text = std::fs::read_to_string(&list).expect("languages.toml");
    assert_eq!(
        text.lines().next(),
        Some("#:schema ./languages.schema.json")
    );
    let schema: Value = serde_json::from_str(&printed).expect("JSON");
    let v = jsonschema::draft7::new(&schema).expect("a valid draft-7 schema");
    let errors: Vec<String> = v
        .iter_errors(&toml_as_json(&list))
        .map(|e| e.to_string())
        .collect();
    assert!(errors.is_empty(), "{errors:?}");
    assert!(!v.is_valid(&serde_json::json!({"languages": [{"tag": "fr"}]})));
    backcheck().arg("check").arg(&list).run().code(0);
    // The schema refuses what the loader refuses.
    let mut bad = toml_as_json(&repo("content/weekly-massage.toml"));
    bad["questions"][0]["type"] = "yes-no".into();
    bad["factors"][0]["colour"] = "red".into();
    bad["titel"] = "typo".into();
    assert_eq!(validator.iter_errors(&bad).count(), 3);
}

#[test]
fn the_example_questionnaire_runs_end_to_end() {
    let example = repo("content/examples/desk-setup.toml");
    let out = backcheck().arg("check").arg(&example).run().code(0);
    assert!(out.stdout.starts_with("ok: 9 questions"), "{}", out.stdout);
    // Piped: a laptop, long days and lifted shoulders point to the set-up.
    let piped = backcheck()
        .arg("--content")
        .arg(&example)
        .args(["--format", "json"])
        .stdin("n\nn\nn\n6\n8\nrarely\nlaptop\nshoulders_up,leaning\nfixed_chair\n")
        .run()
        .code(0);
    let report: Value = serde_json::from_str(&piped.stdout).expect("json");
    assert_eq!(report["questionnaire"]["id"], "desk-setup");
    assert_eq!(report["verdict"]["id"], "likely_to_help");
    assert_eq!(
        report["verdict"]["title"],
        "Changing your set-up is worth a try"
    );
    // An answers file, with a red flag that outweighs every benefit.
    let answers = "chest_pain_now = false\narm_numbness = true\nrecent_fall = false\npain_now = 8\nhours_at_desk = 0\n";
    let out = backcheck()
        .file("a.toml", answers)
        .arg("--content")
        .arg(&example)
        .args(["--answers", "a.toml"])
        .run()
        .code(0);
    assert!(
        out.stdout.contains("Verdict: See a doctor first"),
        "{}",
        out.stdout
    );
    assert!(
        out.stdout.contains("Pain this bad on most days"),
        "the note: {}",
        out.stdout
    );
    assert!(
        !out.stdout.to_lowercase().contains("massage"),
        "{}",
        out.stdout
    );
    // No desk hours: the desk questions are not asked.
    assert!(
        !out.stdout.contains("Where is the top of your screen"),
        "{}",
        out.stdout
    );
}

#[test]
fn every_help_is_a_snapshot() {
    for command in [
        &[][..],
        &["check"],
        &["questions"],
        &["checkin"],
        &["trend"],
        &["remind"],
        &["journal"],
        &["journal", "list"],
        &["journal", "export"],
        &["journal", "delete"],
        &["journal", "import"],
        &["score"],
        &["sample"],
        &["completions"],
        &["man"],
        &["schema"],
    ] {
        let out = backcheck()
            .env("COLUMNS", "100")
            .args(command)
            .arg("--help")
            .run()
            .code(0);
        let name = if command.is_empty() {
            "help".to_owned()
        } else {
            format!("help-{}", command.join("-"))
        };
        insta::assert_snapshot!(name, out.stdout);
    }
}
