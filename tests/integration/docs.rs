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
