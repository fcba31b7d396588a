//! No sentence a person reads is written in `src/`: every one comes from a
//! catalogue (`content/lang/<tag>/*.ftl`). This scans the source for string
//! literals that read like words for people and fails on any that is not in
//! the short, reviewed list of `tests/fixtures/literals-allowed.txt` (marks
//! and formats, not words). Left out on purpose: `--help` (`cli.rs`), the
//! manual page and completions (`commands/tooling.rs`), what `check` tells
//! content authors (`content/`), FHIR's own code displays (`report/fhir/`),
//! and tests.

use std::path::Path;

/// Files whose words are for authors or are standard codes, in English on
/// purpose (see the README and docs/translating.md).
const ENGLISH_ON_PURPOSE: &[&str] = &[
    "src/cli.rs",
    "src/commands/tooling.rs",
    "src/content/",
    "src/report/fhir/",
];

/// A literal reads like words for a person: two or more words of letters.
fn is_words(literal: &str) -> bool {
    let words = literal
        .split(|c: char| c.is_whitespace())
        .filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 2)
        .filter(|w| {
            w.chars()
                .all(|c| c.is_alphabetic() || ",.;:'!?()".contains(c))
        })
        .count();
    words >= 2
}

/// The string literals of a line (simple `"..."`, enough for this code base).
fn literals(line: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = line;
    while let Some(start) = rest.find('"') {
        let after = &rest[start + 1..];
        let mut end = None;
        let mut escaped = false;
        for (i, c) in after.char_indices() {
            match c {
                '\\' if !escaped => escaped = true,
                '"' if !escaped => {
                    end = Some(i);
                    break;
                }
                _ => escaped = false,
            }
        }
        let Some(end) = end else { break };
        out.push(after[..end].to_owned());
        rest = &after[end + 1..];
    }
    out
}

fn scan(dir: &Path, root: &Path, found: &mut Vec<String>) {
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .expect("src")
        .flatten()
        .map(|e| e.path())
        .collect();
    entries.sort();
    for path in entries {
        let rel = path
            .strip_prefix(root)
            .expect("under the root")
            .to_string_lossy()
            .replace('\\', "/");
        if ENGLISH_ON_PURPOSE.iter().any(|p| rel.starts_with(p)) {
            continue;
        }
        if path.is_dir() {
            scan(&path, root, found);
            continue;
        }
        if path.extension().is_none_or(|e| e != "rs") {
            continue;
        }
        let text = std::fs::read_to_string(&path).expect("source");
        for line in text.lines() {
            let code = line.trim_start();
            if code.starts_with("#[cfg(test)]") {
                break;
            }
            if code.starts_with("//") || code.starts_with("#[") {
                continue;
            }
            // What a bug would say: the message of a panic or an expect.
            if ["expect(", "panic!(", "unreachable!(", "assert"]
                .iter()
                .any(|m| code.contains(m))
            {
                continue;
            }
            for literal in literals(code).into_iter().filter(|l| is_words(l)) {
                found.push(format!("{rel}: {literal}"));
            }
        }
    }
}

#[test]
fn no_sentence_for_people_is_written_in_the_source() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut found = Vec::new();
    scan(&root.join("src"), root, &mut found);
    let allowed = std::fs::read_to_string(root.join("tests/fixtures/literals-allowed.txt"))
        .expect("the allowed list");
    let allowed: Vec<&str> = allowed
        .lines()
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect();
    let new: Vec<&String> = found
        .iter()
        .filter(|f| !allowed.contains(&f.as_str()))
        .collect();
    assert!(
        new.is_empty(),
        "words for people belong in content/lang/<tag>/*.ftl, not in the source:\n{}",
        new.iter()
            .map(|s| s.as_str())
            .collect::<Vec<_>>()
            .join("\n")
    );
    // The list holds nothing that is gone.
    let stale: Vec<&&str> = allowed
        .iter()
        .filter(|a| !found.iter().any(|f| f == **a))
        .collect();
    assert!(stale.is_empty(), "no longer in the source: {stale:#?}");
}

#[test]
fn the_scan_catches_a_sentence() {
    assert!(is_words("Your answers are saved"));
    assert!(!is_words("{} {}"));
    assert!(!is_words("--format"));
    assert_eq!(literals(r#"say("a \"b\" c", "d")"#), ["a \\\"b\\\" c", "d"]);
}
