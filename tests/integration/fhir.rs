//! FHIR R4 output: the questionnaires as `Questionnaire`, answers as
//! `QuestionnaireResponse`, the journal as a `Bundle`.
//!
//! Every resource is read by fhirbolt (an independent FHIR library, used
//! only here) in strict mode, which refuses unknown elements, missing
//! required ones and wrong shapes; what it does not check (codes from the R4
//! value sets, dates, the links between a response and its questionnaire)
//! is checked here.

use std::collections::{HashMap, HashSet};
use std::path::Path;

use serde_json::Value;

use crate::harness::{Edit, PEOPLE, backcheck, checkin_lines, fixture, person, repo};

/// R4 `Questionnaire.item.type`.
const ITEM_TYPES: &[&str] = &[
    "group",
    "display",
    "boolean",
    "decimal",
    "integer",
    "date",
    "dateTime",
    "time",
    "string",
    "text",
    "url",
    "choice",
    "open-choice",
    "attachment",
    "reference",
    "quantity",
];

/// Parses `json` as an R4 resource with fhirbolt in strict mode and returns
/// it as JSON.
#[track_caller]
fn strict_r4(json: &str) -> Value {
    let parsed: Result<fhirbolt::model::r4::Resource, _> = fhirbolt::json::from_str(json, None);
    if let Err(e) = parsed {
        panic!("not valid FHIR R4: {e}\n{json}");
    }
    serde_json::from_str(json).expect("JSON")
}

fn is_date(text: &str) -> bool {
    let b = text.as_bytes();
    b.len() == 10
        && b.iter().enumerate().all(|(i, c)| {
            if i == 4 || i == 7 {
                *c == b'-'
            } else {
                c.is_ascii_digit()
            }
        })
}

fn items(v: &Value) -> impl Iterator<Item = &Value> {
    v["item"].as_array().into_iter().flatten()
}

/// Every item of a Questionnaire, nested ones too, by linkId.
fn all_items(q: &Value) -> HashMap<String, Value> {
    fn walk(v: &Value, out: &mut HashMap<String, Value>) {
        for item in items(v) {
            let id = item["linkId"].as_str().expect("linkId").to_owned();
            assert!(
                out.insert(id.clone(), item.clone()).is_none(),
                "linkId {id} twice"
            );
            walk(item, out);
        }
    }
    let mut out = HashMap::new();
    walk(q, &mut out);
    out
}

/// What strict parsing leaves unchecked in a Questionnaire.
#[track_caller]
fn check_questionnaire(q: &Value) {
    assert_eq!(q["resourceType"], "Questionnaire");
    assert_eq!(q["status"], "active");
    let url = q["url"].as_str().expect("url");
    assert!(url.starts_with("urn:") || url.starts_with("http"), "{url}");
    let name = q["name"].as_str().expect("name");
    assert!(
        name.starts_with(|c: char| c.is_ascii_uppercase())
            && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_'),
        "{name}"
    );
    let all = all_items(q);
    for (id, item) in &all {
        let kind = item["type"].as_str().expect("type");
        assert!(ITEM_TYPES.contains(&kind), "{id}: {kind}");
        if kind == "display" {
            assert!(
                item.get("required").is_none() && item.get("repeats").is_none(),
                "{id}"
            );
        }
        if kind == "choice" {
            assert!(
                item["answerOption"]
                    .as_array()
                    .is_some_and(|o| !o.is_empty()),
                "{id}"
            );
        }
        let when = item["enableWhen"].as_array().cloned().unwrap_or_default();
        for w in &when {
            let op = w["operator"].as_str().expect("operator");
            assert!(
                ["exists", "=", "!=", ">", "<", ">=", "<="].contains(&op),
                "{id}: {op}"
            );
            let target = w["question"].as_str().expect("question");
            assert!(all.contains_key(target), "{id} depends on unknown {target}");
        }
        if when.len() > 1 {
            let b = item["enableBehavior"]
                .as_str()
                .expect("enableBehavior with several");
            assert!(["all", "any"].contains(&b), "{id}: {b}");
        }
    }
}

/// What strict parsing leaves unchecked in a QuestionnaireResponse, against
/// the Questionnaire it answers.
#[track_caller]
fn check_response(qr: &Value, q: &Value) {
    assert_eq!(qr["resourceType"], "QuestionnaireResponse");
    assert_eq!(qr["status"], "completed");
    assert_eq!(
        qr["questionnaire"].as_str(),
        Some(
            format!(
                "{}|{}",
                q["url"].as_str().unwrap_or(""),
                q["version"].as_str().unwrap_or("")
            )
            .as_str()
        )
    );
    assert!(
        is_date(qr["authored"].as_str().expect("authored")),
        "{}",
        qr["authored"]
    );
    let div = qr["text"]["div"].as_str().expect("narrative");
    assert!(
        div.starts_with("<div xmlns=\"http://www.w3.org/1999/xhtml\">") && div.ends_with("</div>")
    );
    assert!(
        div.contains("healthcare") || div.contains("doctor"),
        "{div}"
    );
    let all = all_items(q);
    for item in items(qr) {
        let id = item["linkId"].as_str().expect("linkId");
        let question = all
            .get(id)
            .unwrap_or_else(|| panic!("answer to {id}, which the Questionnaire does not have"));
        let answers = item["answer"].as_array().cloned().unwrap_or_default();
        if question["repeats"] != true {
            assert!(
                answers.len() <= 1,
                "{id}: several answers to a question that does not repeat"
            );
        }
        for a in answers {
            match question["type"].as_str() {
                Some("boolean") => assert!(a["valueBoolean"].is_boolean(), "{id}: {a}"),
                Some("integer") => {
                    let n = a["valueInteger"].as_i64().expect("valueInteger");
                    for ext in ["minValue", "maxValue"] {
                        let bound = question["extension"]
                            .as_array()
                            .into_iter()
                            .flatten()
                            .find(|e| e["url"].as_str().is_some_and(|u| u.ends_with(ext)));
                        if let Some(b) = bound {
                            let b = b["valueInteger"].as_i64().expect("bound");
                            let inside = if ext == "minValue" { n >= b } else { n <= b };
                            assert!(inside, "{id}: {n} outside {ext} {b}");
                        }
                    }
                }
                Some("choice") => {
                    let code = a["valueCoding"]["code"].as_str().expect("code");
                    let offered = question["answerOption"]
                        .as_array()
                        .into_iter()
                        .flatten()
                        .any(|o| o["valueCoding"]["code"] == code);
                    assert!(offered, "{id}: {code} is not an answerOption");
                }
                other => panic!("{id}: an answer to a {other:?} item"),
            }
        }
    }
}

/// `questions --format fhir ARGS`, valid FHIR R4 (a Questionnaire, or a
/// Bundle with `--bundle`).
pub(crate) fn fhir_questions(args: &[&str]) -> Value {
    let out = backcheck()
        .args(["questions", "--format", "fhir"])
        .args(args)
        .run()
        .code(0);
    strict_r4(&out.stdout)
}

/// The Questionnaire of `questions --format fhir ARGS`, checked.
pub(crate) fn questionnaire(args: &[&str]) -> Value {
    let q = fhir_questions(args);
    check_questionnaire(&q);
    q
}

#[test]
fn the_questionnaires_are_valid_fhir_questionnaires() {
    let q = questionnaire(&[]);
    let shipped = crate::harness::shipped();
    let ids: Vec<&str> = items(&q)
        .filter(|i| i["type"] != "display")
        .map(|i| i["linkId"].as_str().unwrap_or(""))
        .collect();
    let expected: Vec<&str> = shipped.questions.iter().map(|q| q.id.as_str()).collect();
    assert_eq!(
        ids, expected,
        "an item per question, linkId = question id, in order"
    );
    // Types as the issue pins them.
    let by_id: HashMap<&str, &Value> = items(&q)
        .map(|i| (i["linkId"].as_str().unwrap_or(""), i))
        .collect();
    assert_eq!(by_id["fever"]["type"], "boolean");
    assert_eq!(by_id["pain_duration"]["type"], "choice");
    assert_eq!(by_id["pain_location"]["repeats"], true);
    assert_eq!(by_id["pain_intensity"]["type"], "integer");
    let ext = by_id["pain_intensity"]["extension"].to_string();
    assert!(
        ext.contains("minValue") && ext.contains("maxValue"),
        "{ext}"
    );
    // A follow-up question is enabled by the answer it follows.
    assert_eq!(
        by_id["pregnancy_warning"]["enableWhen"][0],
        serde_json::json!({"question": "pregnant", "operator": "=", "answerBoolean": true})
    );
    // A yes/no question that offers "not sure" is a choice of three codes.
    assert_eq!(by_id["saddle_numbness"]["type"], "choice");
    let codes: Vec<&str> = by_id["saddle_numbness"]["answerOption"]
        .as_array()
        .expect("options")
        .iter()
        .map(|o| o["valueCoding"]["code"].as_str().expect("code"))
        .collect();
    assert_eq!(codes, ["yes", "no", "not_sure"]);

    let checkin = questionnaire(&["--checkin"]);
    assert_eq!(checkin["id"], "weekly-checkin");
    let example = questionnaire(&[
        "--content",
        repo("content/examples/desk-setup.toml")
            .to_str()
            .expect("utf-8"),
    ]);
    assert_eq!(example["name"], "DeskSetup");
}

#[test]
fn a_condition_fhir_cannot_express_is_an_error_naming_the_question() {
    let content = std::fs::read_to_string(fixture("content/minimal.toml")).expect("minimal");
    // `all` inside `any`: two levels, which enableWhen does not have.
    let nested = content.edit(
        "condition = { question = \"tightness\", above = 0 }",
        "condition = { any = [{ question = \"saddle\", equals = true }, { all = [{ question = \"tightness\", above = 0 }, { question = \"tightness\", below = 9 }] }] }",
    );
    let out = backcheck()
        .file("nested.toml", &nested)
        .file(
            "lang/en/nested.ftl",
            std::fs::read(fixture("content/lang/en/minimal.ftl")).expect("words"),
        )
        .args(["questions", "--format", "fhir", "--content", "nested.toml"])
        .run()
        .code(78);
    assert_eq!(out.stdout, "");
    assert!(
        out.stderr
            .contains("question `where`: its condition cannot be written as FHIR enableWhen"),
        "{}",
        out.stderr
    );
    // The same file still works in every other format.
    backcheck()
        .file("nested.toml", &nested)
        .file(
            "lang/en/nested.ftl",
            std::fs::read(fixture("content/lang/en/minimal.ftl")).expect("words"),
        )
        .args(["questions", "--content", "nested.toml"])
        .run()
        .code(0);
}

#[test]
fn every_assessment_is_a_valid_response_to_the_questionnaire() {
    let q = questionnaire(&[]);
    for name in PEOPLE {
        let out = backcheck()
            .args(["--format", "fhir", "--date", "2026-11-02", "--answers"])
            .arg(person(name))
            .run()
            .code(0);
        let qr = strict_r4(&out.stdout);
        check_response(&qr, &q);
        assert_eq!(qr["authored"], "2026-11-02");
        // Every answered question is there, with its answer.
        let json = backcheck()
            .args(["--format", "json", "--answers"])
            .arg(person(name))
            .run()
            .code(0);
        let report: Value = serde_json::from_str(&json.stdout).expect("json");
        let answered: HashSet<&str> = report["answers"]
            .as_object()
            .expect("answers")
            .keys()
            .map(String::as_str)
            .collect();
        let listed: HashSet<&str> = items(&qr)
            .map(|i| i["linkId"].as_str().unwrap_or(""))
            .collect();
        assert_eq!(listed, answered, "{name}");
        // The verdict is in the narrative.
        let title = report["verdict"]["title"].as_str().expect("title");
        assert!(
            qr["text"]["div"].as_str().unwrap_or("").contains(title),
            "{name}"
        );
    }
}

/// A run with its own journal in `dir` and a fixed today.
fn at(dir: &Path) -> crate::harness::Run {
    backcheck()
        .env(
            "BACKCHECK_JOURNAL",
            dir.join("journal.sqlite3").to_str().expect("utf-8"),
        )
        .env("BACKCHECK_TODAY", "2026-11-25")
}

#[test]
fn a_check_in_is_a_valid_response_and_the_journal_a_valid_bundle() {
    let dir = tempfile::tempdir().expect("dir");
    let d = dir.path();
    let checkin_q = questionnaire(&["--checkin"]);
    let assessment_q = questionnaire(&[]);
    at(d)
        .args(["--record", "--date", "2026-10-01", "--answers"])
        .arg(person("desk-worker"))
        .run()
        .code(0);
    let out = at(d)
        .args(["checkin", "--date", "2026-10-08", "--format", "fhir"])
        .stdin(checkin_lines(
            4,
            3,
            &[],
            "y\n60\n1\nlasting_soreness,bruising\n",
        ))
        .run()
        .code(0);
    let qr = strict_r4(&out.stdout);
    check_response(&qr, &checkin_q);
    assert_eq!(qr["authored"], "2026-10-08");
    at(d)
        .args(["checkin", "--date", "2026-10-15"])
        .stdin(checkin_lines(3, 3, &[], "n\n"))
        .run()
        .code(0);

    let out = at(d)
        .args(["journal", "export", "--format", "fhir"])
        .run()
        .code(0);
    let bundle = strict_r4(&out.stdout);
    assert_eq!(bundle["type"], "collection");
    let entries = bundle["entry"].as_array().expect("entries");
    let urls: HashSet<&str> = entries
        .iter()
        .map(|e| e["fullUrl"].as_str().unwrap_or(""))
        .collect();
    assert_eq!(urls.len(), entries.len(), "fullUrls are unique");
    let mut pains = Vec::new();
    for e in entries {
        let url = e["fullUrl"].as_str().expect("fullUrl");
        let uuid = url.strip_prefix("urn:uuid:").expect("urn:uuid");
        assert!(uuid.len() == 36 && uuid.matches('-').count() == 4, "{url}");
        let r = &e["resource"];
        match r["resourceType"].as_str() {
            Some("QuestionnaireResponse") => {
                let q = if r["questionnaire"]
                    .as_str()
                    .unwrap_or("")
                    .contains("checkin")
                {
                    &checkin_q
                } else {
                    &assessment_q
                };
                check_response(r, q);
            }
            Some("Observation") => {
                assert_eq!(r["status"], "final");
                assert_eq!(r["code"]["coding"][0]["system"], "http://loinc.org");
                assert_eq!(r["code"]["coding"][0]["code"], "72514-3");
                let date = r["effectiveDateTime"].as_str().expect("date");
                assert!(is_date(date), "{date}");
                let from = r["derivedFrom"][0]["reference"]
                    .as_str()
                    .expect("derivedFrom");
                assert!(urls.contains(from), "{from}");
                pains.push((date.to_owned(), r["valueInteger"].as_i64().expect("pain")));
            }
            other => panic!("unexpected {other:?}"),
        }
    }
    // The starting point and both check-ins, each dated by its day.
    assert_eq!(
        pains,
        [
            ("2026-10-01".to_owned(), 5),
            ("2026-10-08".to_owned(), 4),
            ("2026-10-15".to_owned(), 3)
        ]
    );
    // The same journal gives the same bundle.
    let again = at(d)
        .args(["journal", "export", "--format", "fhir"])
        .run()
        .code(0);
    assert_eq!(again.stdout, out.stdout);
}

#[test]
fn fhir_is_offered_only_where_there_is_a_fhir_form() {
    for args in [
        &["trend", "--format", "fhir"][..],
        &["journal", "list", "--format", "fhir"],
    ] {
        let out = backcheck().args(args).run().code(2);
        assert!(
            out.stderr.contains("invalid value 'fhir'"),
            "{args:?}: {}",
            out.stderr
        );
    }
    let out = backcheck()
        .args(["--format", "fhir", "trend"])
        .run()
        .code(2);
    assert!(
        out.stderr.contains("`trend` has no fhir form"),
        "{}",
        out.stderr
    );
}

#[test]
fn the_questionnaire_carries_every_language_in_translation_extensions() {
    const TRANSLATION: &str = "http://hl7.org/fhir/StructureDefinition/translation";
    // The translation of a text field, in `lang`.
    let translated = |node: &Value, field: &str, lang: &str| -> Option<String> {
        node[format!("_{field}")]["extension"]
            .as_array()?
            .iter()
            .filter(|e| e["url"] == TRANSLATION)
            .find(|e| e["extension"][0]["valueCode"] == lang)
            .and_then(|e| e["extension"][1]["valueString"].as_str())
            .map(str::to_owned)
    };
    for (run, other) in [("en", "es"), ("es", "en")] {
        for extra in [&[][..], &["--checkin"][..]] {
            let mut args = vec!["--lang", run];
            args.extend(extra);
            let q = questionnaire(&args);
            assert_eq!(q["language"], run);
            let back = questionnaire(&[&["--lang", other][..], extra].concat());
            assert_eq!(
                translated(&q, "title", other).as_deref(),
                back["title"].as_str(),
                "{run} {extra:?}"
            );
            for (mine, theirs) in q["item"]
                .as_array()
                .expect("items")
                .iter()
                .zip(back["item"].as_array().expect("items"))
            {
                assert_eq!(
                    translated(mine, "text", other).as_deref(),
                    theirs["text"].as_str(),
                    "{}",
                    mine["linkId"]
                );
            }
        }
    }
}
