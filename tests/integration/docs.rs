//! The docs stay true: the example questionnaire in docs/content-format.md
//! loads, and the README's exit-code table matches the code.

use std::path::Path;

fn read(rel: &str) -> String {
    std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(rel)).expect("doc")
}

#[test]
fn the_content_format_example_is_a_valid_questionnaire() {
    let doc = read("docs/content-format.md");
    let block = |kind: &str| {
        let open = format!("```{kind}\n");
        let start = doc.find(&open).expect("a block") + open.len();
        let end = start + doc[start..].find("```").expect("end of block");
        doc[start..end].to_owned()
    };
    let words = crate::harness::words(&block("ftl"), "example");
    let q = backcheck::content::load_str("docs example", &block("toml"), &words)
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(q.questions.len(), 3);
}

#[test]
fn the_readme_exit_code_table_is_the_one_in_the_code() {
    use backcheck::exit_codes::ExitCode;
    let readme = read("README.md");
    let start = readme
        .find("| code | meaning |")
        .expect("the exit-code table");
    let rows: Vec<&str> = readme[start..]
        .lines()
        .skip(2)
        .take_while(|l| l.starts_with('|'))
        .collect();
    assert_eq!(
        rows,
        ExitCode::markdown_rows(),
        "README and exit_codes.rs differ"
    );
}

#[test]
fn help_shows_the_exit_code_table_of_the_code() {
    let out = crate::harness::backcheck().arg("--help").run().code(0);
    assert!(
        out.stdout
            .contains(&backcheck::exit_codes::ExitCode::help_table()),
        "{}",
        out.stdout
    );
}

#[test]
fn the_readme_test_command_is_what_ci_runs() {
    let readme = read("README.md");
    let ci = read(".ci/run");
    assert!(readme.contains("cargo test --locked          # run the tests"));
    assert!(ci.lines().any(|l| l.trim() == "cargo test --locked"));
}

#[test]
fn the_authoring_guide_names_every_key_of_the_schema() {
    let guide = read("docs/content-format.md");
    let schema = backcheck::content::json_schema(backcheck::content::FileKind::Questionnaire);
    let mut keys: Vec<String> = schema["properties"]
        .as_object()
        .expect("properties")
        .keys()
        .cloned()
        .collect();
    for def in schema["definitions"]
        .as_object()
        .expect("definitions")
        .values()
    {
        if let Some(props) = def["properties"].as_object() {
            keys.extend(props.keys().cloned());
        }
    }
    let found = |k: &str| {
        [
            format!("`{k}`"),
            format!("[{k}]"),
            format!(".{k}]"),
            format!(".{k}."),
            format!("{k} ="),
        ]
        .iter()
        .any(|p| guide.contains(p.as_str()))
    };
    let missing: Vec<&String> = keys.iter().filter(|k| !found(k)).collect();
    assert!(
        missing.is_empty(),
        "keys the guide does not explain: {missing:?}"
    );
    assert!(guide.contains("## Common errors and their fixes"));
}

/// Issue 23: the README's install lines wrote into folders a fresh account
/// does not have, and put the manual page where `man` did not look.
#[test]
fn the_install_lines_work_on_a_fresh_account_and_man_finds_the_page() {
    let readme = read("README.md");
    let install = readme
        .split("## Install")
        .nth(1)
        .expect("an Install section");
    let block = install
        .split("```sh\n")
        .nth(1)
        .and_then(|b| b.split("```").next())
        .expect("a sh block");
    let home = tempfile::tempdir().expect("home");
    // What `cargo install` leaves: the command in ~/.cargo/bin.
    let bin = home.path().join(".cargo/bin");
    std::fs::create_dir_all(&bin).expect("bin");
    std::os::unix::fs::symlink(env!("CARGO_BIN_EXE_backcheck"), bin.join("backcheck"))
        .expect("link");
    let path = format!("{}:/usr/bin:/bin", bin.display());
    let run = std::process::Command::new("sh")
        .args(["-e", "-c", block])
        .env_clear()
        .env("HOME", home.path())
        .env("PATH", &path)
        .output()
        .expect("sh");
    assert!(
        run.status.success(),
        "{block}\n{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let page = home.path().join(".cargo/share/man/man1/backcheck.1");
    assert!(page.exists(), "{block}");
    // Where a `man` is installed, it finds the page through PATH alone.
    if let Ok(found) = std::process::Command::new("man")
        .args(["-w", "backcheck"])
        .env_clear()
        .env("HOME", home.path())
        .env("PATH", &path)
        .output()
    {
        assert_eq!(
            String::from_utf8_lossy(&found.stdout).trim(),
            page.display().to_string(),
            "{}",
            String::from_utf8_lossy(&found.stderr)
        );
    }
}

/// Issue 23: the manual page's ENVIRONMENT section lacked variables
/// backcheck reads. Every variable read in `src/` is listed there.
#[test]
fn the_man_page_lists_every_environment_variable() {
    let page = crate::harness::backcheck().arg("man").run().code(0).stdout;
    let environment = page
        .split("ENVIRONMENT")
        .nth(1)
        .and_then(|s| s.split(".SH").next())
        .expect("an ENVIRONMENT section");
    let mut read = std::collections::BTreeSet::new();
    for file in walk(&crate::harness::repo("src")) {
        let text = std::fs::read_to_string(&file).expect("source");
        for pattern in ["var(\"", "var_os(\"", "env = \"", "VARS: &[&str] = &[\""] {
            for part in text.split(pattern).skip(1) {
                let name: String = part
                    .chars()
                    .take_while(|c| c.is_ascii_uppercase() || *c == '_')
                    .collect();
                if name.len() > 1 {
                    read.insert(name);
                }
            }
        }
    }
    // The locale, read as a list.
    read.extend(["LC_ALL", "LC_MESSAGES", "LANG"].map(String::from));
    let missing: Vec<&String> = read
        .iter()
        .filter(|name| {
            !environment.contains(&name.replace('_', "\\_")) && !environment.contains(name.as_str())
        })
        .collect();
    assert!(
        missing.is_empty(),
        "not in the man page: {missing:?}\n{environment}"
    );
}

fn walk(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).expect("dir").flatten() {
        let path = entry.path();
        if path.is_dir() {
            out.extend(walk(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
    out
}
