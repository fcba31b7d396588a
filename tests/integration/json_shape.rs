//! The JSON contract of docs/json-output.md, pinned: these structs deny
//! unknown fields, so a renamed, missing or extra field fails here.

use serde::Deserialize;

use crate::harness::{PEOPLE, backcheck, checkin_lines, person};

/// The documented report shape; also used by the property tests.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
pub struct Report {
    schema_version: u32,
    lang: String,
    questionnaire: QuestionnaireRef,
    region: Option<String>,
    verdict: Verdict,
    disposition: Disposition,
    headline: String,
    factors: Vec<Factor>,
    red_flags: Vec<RedFlag>,
    cautions: Vec<Caution>,
    advice: Vec<String>,
    therapist: Option<Therapist>,
    before_you_book: Vec<String>,
    evidence: String,
    safety_net: Vec<String>,
    safety_net_tiers: Vec<Tier>,
    consult: String,
    answers: serde_json::Map<String, serde_json::Value>,
}

/// When and where, everywhere it appears.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
pub struct Disposition {
    when: When,
    #[serde(rename = "where")]
    place: Where,
}

/// The pinned timings.
#[derive(Deserialize, Debug, PartialEq, Eq, PartialOrd, Ord, Clone, Copy)]
#[serde(rename_all = "snake_case")]
pub enum When {
    Now,
    Today,
    WithinDays,
    Routine,
    None,
}

/// The pinned places.
#[derive(Deserialize, Debug, PartialEq, Eq, Clone, Copy)]
#[serde(rename_all = "snake_case")]
pub enum Where {
    Emergency,
    UrgentCare,
    Doctor,
    Maternity,
    CancerTeam,
    Pharmacist,
    Therapist,
    None,
}

/// A tier of the safety net.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
pub struct Tier {
    when: When,
    title: String,
    items: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
struct QuestionnaireRef {
    id: String,
    version: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
struct Verdict {
    id: String,
    title: String,
    summary: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
struct Factor {
    id: String,
    label: String,
    kind: String,
    score: u32,
    level: Option<String>,
    triggered: bool,
    when: When,
    #[serde(rename = "where")]
    place: Where,
    reasons: Vec<Reason>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
struct Reason {
    question: String,
    answer: serde_json::Value,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
struct RedFlag {
    id: String,
    label: String,
    kind: String,
    when: When,
    #[serde(rename = "where")]
    place: Where,
    advice: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
struct Caution {
    id: String,
    label: String,
    when: When,
    #[serde(rename = "where")]
    place: Where,
    advice: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
struct Therapist {
    locations: Vec<String>,
    pressure: Option<String>,
    cautions: Vec<String>,
    instructions: Vec<String>,
}

const VERDICTS: [&str; 6] = [
    "emergency",
    "see_doctor_first",
    "check_with_professional",
    "likely_to_help",
    "may_help",
    "unlikely_to_help",
];

#[test]
fn every_person_matches_the_documented_shape() {
    let mut seen = Vec::new();
    for name in PEOPLE {
        let out = backcheck()
            .args(["--format", "json", "--answers"])
            .arg(person(name))
            .run()
            .code(0);
        let report: Report =
            serde_json::from_str(&out.stdout).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!(report.schema_version, 1);
        assert_eq!(report.questionnaire.id, "weekly-massage");
        assert!(
            VERDICTS.contains(&report.verdict.id.as_str()),
            "{}",
            report.verdict.id
        );
        for f in &report.factors {
            assert!(["benefit", "caution", "red_flag", "emergency"].contains(&f.kind.as_str()));
            assert_eq!(f.level.is_some(), f.kind == "benefit", "{}", f.id);
            assert_eq!(f.triggered, !f.reasons.is_empty(), "{}", f.id);
        }
        for r in &report.red_flags {
            assert!(["red_flag", "emergency"].contains(&r.kind.as_str()));
        }
        // The report's timing is the most urgent of its triggered factors';
        // an emergency is always now, and the safety net is absent then.
        let most = report
            .factors
            .iter()
            .filter(|f| f.triggered && f.kind != "benefit")
            .map(|f| f.when)
            .min();
        if let Some(most) = most {
            assert_eq!(report.disposition.when, most, "{name}");
        }
        if report.verdict.id == "emergency" {
            assert_eq!(report.disposition.when, When::Now, "{name}");
            assert!(report.safety_net.is_empty() && report.safety_net_tiers.is_empty());
        } else {
            assert!(!report.safety_net_tiers.is_empty(), "{name}");
        }
        assert!(!report.headline.is_empty(), "{name}");
        // Answers are in question order.
        let q = crate::harness::shipped();
        let order: Vec<usize> = report
            .answers
            .keys()
            .map(|k| q.question_index(k).expect("known id"))
            .collect();
        assert!(order.windows(2).all(|w| w[0] < w[1]), "{name}: {order:?}");
        seen.push(report.verdict.id);
    }
    seen.sort();
    seen.dedup();
    assert_eq!(seen.len(), 6, "the people cover every verdict: {seen:?}");
}

/// `backcheck journal list --format json`, as documented.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
struct JournalList {
    schema_version: u32,
    lang: String,
    journal: String,
    exists: bool,
    baseline: Option<ListedBaseline>,
    replaced_baselines: Vec<ReplacedBaseline>,
    checkins: Vec<ListedCheckIn>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
struct ReplacedBaseline {
    date: String,
    pain: u8,
    activity_limits: Option<u8>,
    verdict: String,
    replaced_at: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
struct ListedBaseline {
    date: String,
    pain: u8,
    activity_limits: Option<u8>,
    verdict: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
struct ListedCheckIn {
    date: String,
    pain: u8,
    activity_limits: u8,
    had_massage: Option<bool>,
    side_effects: Vec<String>,
    urgent: bool,
    global_change: Option<String>,
    status: Option<String>,
    signs: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
struct TrendJson {
    schema_version: u32,
    lang: String,
    region: Option<String>,
    verdict: TrendVerdict,
    baseline: Option<TrendBaseline>,
    replaced_baselines: Vec<TrendReplaced>,
    current_pain: Option<f64>,
    latest_pain: Option<u8>,
    change: Option<Change>,
    current_activity: Option<f64>,
    latest_activity: Option<u8>,
    activity_change: Option<Change>,
    massage_weeks: usize,
    earlier_warnings: Vec<EarlierWarning>,
    checkins: Vec<ListedCheckIn>,
    global_change: Option<String>,
    reasons: Vec<String>,
    advice: Vec<String>,
    safety_net: Vec<String>,
    safety_net_tiers: Vec<serde_json::Value>,
    consult: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
struct TrendVerdict {
    id: String,
    title: String,
    summary: String,
    reasons: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
struct TrendBaseline {
    date: String,
    pain: u8,
    activity_limits: Option<u8>,
    source: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
struct TrendReplaced {
    date: String,
    pain: u8,
    replaced_on: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
struct Change {
    points: f64,
    percent: Option<f64>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
struct EarlierWarning {
    date: String,
    status: String,
    signs: Vec<String>,
}

#[test]
fn trend_json_matches_the_documented_shape() {
    let dir = tempfile::tempdir().expect("dir");
    let journal = dir.path().join("journal.sqlite3");
    let run = || {
        backcheck()
            .env("BACKCHECK_JOURNAL", journal.to_str().expect("utf-8"))
            .env("BACKCHECK_TODAY", "2026-11-25")
    };
    let trend = || -> TrendJson {
        serde_json::from_str(
            &run()
                .args(["trend", "--format", "json"])
                .run()
                .code(0)
                .stdout,
        )
        .expect("shape")
    };
    let empty = trend();
    assert_eq!(empty.verdict.id, "not_enough_data");
    assert!(empty.verdict.reasons.is_empty() && empty.baseline.is_none());
    for (person, date) in [("sciatica", "2026-10-01"), ("desk-worker", "2026-10-02")] {
        run()
            .args(["--record", "--replace", "--date", date, "--answers"])
            .arg(crate::harness::person(person))
            .run()
            .code(0);
    }
    run()
        .args(["checkin", "--date", "2026-10-09"])
        .stdin(checkin_lines(4, 3, &["fever"], "n\n"))
        .run()
        .code(0);
    for date in ["2026-10-16", "2026-10-23"] {
        run()
            .args(["checkin", "--date", date])
            .stdin(checkin_lines(2, 2, &[], "y\n60\n1\nnone\n"))
            .run()
            .code(0);
    }
    let t = trend();
    assert_eq!(t.verdict.id, "improving");
    assert_eq!(t.verdict.reasons, ["pain", "activity"]);
    assert_eq!(t.replaced_baselines.len(), 1);
    assert_eq!(t.replaced_baselines[0].date, "2026-10-01");
    assert_eq!((t.latest_pain, t.latest_activity), (Some(2), Some(2)));
    assert_eq!(t.massage_weeks, 2);
    assert_eq!(t.earlier_warnings.len(), 1);
    assert_eq!(t.earlier_warnings[0].date, "2026-10-09");
    assert_eq!(t.earlier_warnings[0].signs, ["fever"]);
    assert_eq!(t.checkins[0].signs, ["fever"]);
}

#[test]
fn journal_list_json_matches_the_documented_shape() {
    let dir = tempfile::tempdir().expect("dir");
    let journal = dir.path().join("journal.sqlite3");
    let run = || {
        backcheck()
            .env("BACKCHECK_JOURNAL", journal.to_str().expect("utf-8"))
            .env("BACKCHECK_TODAY", "2026-11-25")
    };
    let empty: JournalList = serde_json::from_str(
        &run()
            .args(["journal", "list", "--format", "json"])
            .run()
            .code(0)
            .stdout,
    )
    .expect("shape");
    assert!(!empty.exists && empty.baseline.is_none() && empty.checkins.is_empty());
    run()
        .args(["--record", "--date", "2026-11-01", "--answers"])
        .arg(person("desk-worker"))
        .run()
        .code(0);
    run()
        .args(["checkin", "--date", "2026-11-08"])
        .stdin(checkin_lines(4, 3, &[], "y\n60\n1\n1,3\n"))
        .run()
        .code(0);
    let out = run()
        .args(["journal", "list", "--format", "json"])
        .run()
        .code(0);
    let list: JournalList = serde_json::from_str(&out.stdout).expect("shape");
    assert_eq!(list.schema_version, 1);
    assert!(list.exists);
    assert_eq!(list.journal, journal.display().to_string());
    let b = list.baseline.expect("baseline");
    assert_eq!(
        (b.date.as_str(), b.pain, b.verdict.as_str()),
        ("2026-11-01", 5, "likely_to_help")
    );
    assert_eq!(list.checkins.len(), 1);
    let c = &list.checkins[0];
    assert_eq!(
        (c.pain, c.activity_limits, c.had_massage),
        (4, 3, Some(true))
    );
    assert_eq!(c.side_effects, ["lasting_soreness", "bruising"]);
    // Text and markdown list the same rows.
    let text = run().args(["journal", "list"]).run().code(0).stdout;
    // People read labels, not ids.
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        flat.contains("2026-11-08 4 3 yes Soreness that lasted more than two days; Bruising"),
        "{text}"
    );
    assert!(text.lines().all(|l| l.chars().count() < 80), "{text}");
    assert!(
        flat.contains("Starting point: 2026-11-01, pain 5 of 10, Your answers show several things people try massage for"),
        "{text}"
    );
    assert!(text.contains("\n1 check-in\n"), "{text}");
    for id in ["lasting_soreness", "likely_to_help", "bruising"] {
        assert!(!text.contains(id), "{id} in {text}");
    }
    let md = run()
        .args(["journal", "list", "--format", "markdown"])
        .run()
        .code(0)
        .stdout;
    assert!(
        md.contains(
            "| 2026-11-08 | 4 | 3 |  | yes |  | Soreness that lasted more than two days; Bruising |"
        ),
        "{md}"
    );
}
