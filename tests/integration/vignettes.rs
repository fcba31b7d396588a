//! Published-style triage tests: the short cases of tests/vignettes/, each
//! with the disposition a clinician would give, run through the shipped
//! questionnaire. Under-triage (a less urgent verdict than the case needs)
//! must be zero. The table of results is the one docs/safety.md shows.

use std::collections::BTreeMap;

use crate::harness::{repo, shipped};

/// Dispositions from most to least urgent, with the verdicts that give them.
const DISPOSITIONS: &[(&str, &[&str])] = &[
    ("emergency", &["emergency"]),
    ("see_doctor", &["see_doctor_first"]),
    ("caution", &["check_with_professional"]),
    ("massage_may_help", &["likely_to_help", "may_help"]),
    ("self_care", &["unlikely_to_help"]),
];

/// How urgent a disposition is: 0 most. The last two are the same level:
/// neither sends anyone to a doctor.
fn urgency(disposition: &str) -> usize {
    match disposition {
        "emergency" => 0,
        "see_doctor" => 1,
        "caution" => 2,
        _ => 3,
    }
}

fn disposition_of(verdict: &str) -> &'static str {
    DISPOSITIONS
        .iter()
        .find(|(_, verdicts)| verdicts.contains(&verdict))
        .map_or("unknown", |(d, _)| d)
}

struct Case {
    id: String,
    title: String,
    expected: String,
    got: String,
}

fn run_cases() -> Vec<Case> {
    let q = shipped();
    let spec = q.assessment().expect("assessment");
    let dir = repo("tests/vignettes");
    let base: toml::Table =
        toml::from_str(&std::fs::read_to_string(dir.join("base.toml")).expect("base"))
            .expect("base");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("vignettes")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "toml") && !p.ends_with("base.toml"))
        .collect();
    files.sort();
    files
        .iter()
        .map(|path| {
            let case: toml::Table = toml::from_str(&std::fs::read_to_string(path).expect("case"))
                .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            let mut answers = base.clone();
            if let Some(toml::Value::Table(changes)) = case.get("answers") {
                for (k, v) in changes {
                    answers.insert(k.clone(), v.clone());
                }
            }
            let text = toml::to_string(&answers).expect("toml");
            let loaded = backcheck::answers::file::parse(
                &q,
                &path.display().to_string(),
                &text,
                backcheck::answers::file::Format::Toml,
            )
            .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            let verdict = backcheck::rules::assess(&q, spec, &loaded.answers)
                .verdict
                .id;
            let field = |k: &str| case[k].as_str().expect(k).to_owned();
            Case {
                id: path
                    .file_stem()
                    .and_then(|s| s.to_str())
                    .unwrap_or("")
                    .to_owned(),
                title: field("title"),
                expected: field("expected"),
                got: disposition_of(verdict.as_str()).to_owned(),
            }
        })
        .collect()
}

/// The results as the markdown table of docs/safety.md.
fn table(cases: &[Case]) -> String {
    let mut rows: BTreeMap<usize, (usize, usize, usize, usize)> = BTreeMap::new();
    for c in cases {
        let (i, _) = DISPOSITIONS
            .iter()
            .enumerate()
            .find(|(_, (d, _))| *d == c.expected)
            .expect("a known disposition");
        let row = rows.entry(i).or_default();
        row.0 += 1;
        if c.got == c.expected {
            row.1 += 1;
        }
        if urgency(&c.got) > urgency(&c.expected) {
            row.2 += 1;
        }
        if urgency(&c.got) < urgency(&c.expected) {
            row.3 += 1;
        }
    }
    let mut out = String::from(
        "| disposition a clinician would give | cases | given that disposition | under-triage | over-triage |\n| --- | ---: | ---: | ---: | ---: |\n",
    );
    let mut total = (0, 0, 0, 0);
    for (i, (n, same, under, over)) in rows {
        out.push_str(&format!(
            "| {} | {n} | {same} | {under} | {over} |\n",
            DISPOSITIONS[i].0
        ));
        total = (total.0 + n, total.1 + same, total.2 + under, total.3 + over);
    }
    out.push_str(&format!(
        "| **all** | **{}** | **{}** | **{}** | **{}** |\n",
        total.0, total.1, total.2, total.3
    ));
    out
}

#[test]
fn no_vignette_is_under_triaged_and_the_doc_shows_the_results() {
    let cases = run_cases();
    assert!(cases.len() >= 40, "{} cases", cases.len());
    for d in ["emergency", "see_doctor", "caution", "massage_may_help"] {
        let n = cases.iter().filter(|c| c.expected == d).count();
        assert!(n >= 10, "only {n} {d} cases");
    }
    let under: Vec<String> = cases
        .iter()
        .filter(|c| urgency(&c.got) > urgency(&c.expected))
        .map(|c| {
            format!(
                "{} ({}): expected {}, got {}",
                c.id, c.title, c.expected, c.got
            )
        })
        .collect();
    assert!(under.is_empty(), "under-triage:\n{}", under.join("\n"));
    let table = table(&cases);
    let doc = std::fs::read_to_string(repo("docs/safety.md")).expect("docs/safety.md");
    assert!(
        doc.contains(&table),
        "docs/safety.md must show the current results:\n{table}"
    );
    // Every case is listed in the doc with its result.
    for c in &cases {
        let line = format!("| {} | {} | {} | {} |", c.id, c.title, c.expected, c.got);
        assert!(doc.contains(&line), "docs/safety.md lacks:\n{line}");
    }
}
