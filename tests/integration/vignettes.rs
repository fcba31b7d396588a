//! Published-style triage tests: the short cases of tests/vignettes/, each
//! with the verdict, the timing (`when`) and the place (`where`) a
//! clinician would give, and what else they would also sign (`also_ok`),
//! run through the shipped questionnaire. Under-triage (a less urgent
//! verdict or a later timing than any acceptable one) must be zero. The
//! tables of results are the ones docs/safety.md shows.

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

/// Timings from most to least urgent.
const TIMINGS: &[&str] = &["now", "today", "within_days", "routine", "none"];

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

/// How urgent a timing is: 0 most. `routine` and `none` are one level:
/// neither asks for anything soon.
fn timing_urgency(when: &str) -> usize {
    TIMINGS
        .iter()
        .position(|t| *t == when)
        .map_or(9, |i| i.min(3))
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
    /// The disposition a clinician would give.
    expected: String,
    /// And every other one they would sign.
    acceptable: Vec<String>,
    /// The timing they would give, and the others they would sign.
    when: Option<(String, Vec<String>)>,
    /// The place they would give, and the others they would sign.
    place: Option<(String, Vec<String>)>,
    got: String,
    got_when: String,
    got_where: String,
}

impl Case {
    fn agrees(&self) -> bool {
        self.acceptable.contains(&self.got)
    }

    fn when_agrees(&self) -> bool {
        self.when
            .as_ref()
            .is_none_or(|(w, also)| *w == self.got_when || also.contains(&self.got_when))
    }

    fn where_agrees(&self) -> bool {
        self.place
            .as_ref()
            .is_none_or(|(w, also)| *w == self.got_where || also.contains(&self.got_where))
    }

    /// Less urgent than every acceptable disposition, or a later timing
    /// than every acceptable one.
    fn under_triaged(&self) -> bool {
        let least = self
            .acceptable
            .iter()
            .map(|d| urgency(d))
            .max()
            .unwrap_or(0);
        let late = self.when.as_ref().is_some_and(|(w, also)| {
            let latest = std::iter::once(w)
                .chain(also.iter().filter(|a| TIMINGS.contains(&a.as_str())))
                .map(|t| timing_urgency(t))
                .max()
                .unwrap_or(0);
            timing_urgency(&self.got_when) > latest
        });
        urgency(&self.got) > least || late
    }

    fn over_triaged(&self) -> bool {
        let most = self
            .acceptable
            .iter()
            .map(|d| urgency(d))
            .min()
            .unwrap_or(9);
        urgency(&self.got) < most
    }
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
            let a = backcheck::rules::assess(&q, spec, &loaded.answers);
            let field = |k: &str| case.get(k).and_then(|v| v.as_str()).map(str::to_owned);
            let also: Vec<String> = case
                .get("also_ok")
                .and_then(|v| v.as_array())
                .map(|list| {
                    list.iter()
                        .filter_map(|v| v.as_str().map(str::to_owned))
                        .collect()
                })
                .unwrap_or_default();
            let expected = field("expected").expect("expected");
            let mut acceptable = vec![expected.clone()];
            acceptable.extend(
                also.iter()
                    .map(|v| disposition_of(v))
                    .filter(|d| *d != "unknown")
                    .map(str::to_owned),
            );
            Case {
                id: path
                    .file_stem()
                    .and_then(|s| s.to_str())
                    .unwrap_or("")
                    .to_owned(),
                title: field("title").expect("title"),
                expected,
                acceptable,
                when: field("when").map(|w| (w, also.clone())),
                place: field("where").map(|w| (w, also.clone())),
                got: disposition_of(a.verdict.id.as_str()).to_owned(),
                got_when: a.disposition.when.as_str().to_owned(),
                got_where: a.disposition.place.as_str().to_owned(),
            }
        })
        .collect()
}

/// The results as the markdown table of docs/safety.md.
fn table(cases: &[Case]) -> String {
    let mut rows: BTreeMap<usize, [usize; 6]> = BTreeMap::new();
    for c in cases {
        let (i, _) = DISPOSITIONS
            .iter()
            .enumerate()
            .find(|(_, (d, _))| *d == c.expected)
            .expect("a known disposition");
        let row = rows.entry(i).or_default();
        row[0] += 1;
        row[1] += usize::from(c.agrees());
        row[2] += usize::from(c.when.is_some() && c.when_agrees() && c.where_agrees());
        row[3] += usize::from(c.when.is_some());
        row[4] += usize::from(c.under_triaged());
        row[5] += usize::from(c.over_triaged());
    }
    let mut out = String::from(
        "| disposition a clinician would give | cases | verdict agreed | when and where agreed | under-triage | over-triage |\n| --- | ---: | ---: | ---: | ---: | ---: |\n",
    );
    let mut total = [0; 6];
    for (i, row) in rows {
        out.push_str(&format!(
            "| {} | {} | {} | {} of {} | {} | {} |\n",
            DISPOSITIONS[i].0, row[0], row[1], row[2], row[3], row[4], row[5]
        ));
        for (t, r) in total.iter_mut().zip(row) {
            *t += r;
        }
    }
    out.push_str(&format!(
        "| **all** | **{}** | **{}** | **{} of {}** | **{}** | **{}** |\n",
        total[0], total[1], total[2], total[3], total[4], total[5]
    ));
    out
}

/// A case's line in docs/safety.md.
fn line(c: &Case) -> String {
    let expected_when = c.when.as_ref().map_or("", |(w, _)| w.as_str());
    let expected_where = c.place.as_ref().map_or("", |(w, _)| w.as_str());
    format!(
        "| {} | {} | {} | {} | {expected_when} | {} | {expected_where} | {} |",
        c.id, c.title, c.expected, c.got, c.got_when, c.got_where
    )
}

#[test]
fn no_vignette_is_under_triaged_and_the_doc_shows_the_results() {
    let cases = run_cases();
    assert!(cases.len() >= 100, "{} cases", cases.len());
    for d in ["emergency", "see_doctor", "caution", "massage_may_help"] {
        let n = cases.iter().filter(|c| c.expected == d).count();
        assert!(n >= 10, "only {n} {d} cases");
    }
    let under: Vec<String> = cases
        .iter()
        .filter(|c| c.under_triaged())
        .map(|c| {
            format!(
                "{}: expected {} ({:?}), got {} {}",
                line(c),
                c.expected,
                c.when,
                c.got,
                c.got_when
            )
        })
        .collect();
    assert!(under.is_empty(), "under-triage:\n{}", under.join("\n"));
    // Every case where the clinician said when and where gets them.
    let placed: Vec<String> = cases
        .iter()
        .filter(|c| !(c.agrees() && c.when_agrees() && c.where_agrees()))
        .map(line)
        .collect();
    assert!(placed.is_empty(), "disagreements:\n{}", placed.join("\n"));
    let table = table(&cases);
    let doc = std::fs::read_to_string(repo("docs/safety.md")).expect("docs/safety.md");
    assert!(
        doc.contains(&table),
        "docs/safety.md must show the current results:\n{table}"
    );
    // Every case is listed in the doc with its result.
    for c in &cases {
        let line = line(c);
        assert!(doc.contains(&line), "docs/safety.md lacks:\n{line}");
    }
}
