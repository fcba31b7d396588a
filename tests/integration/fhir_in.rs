//! FHIR in as well as out: a `QuestionnaireResponse` as `--answers` and
//! `checkin --answers`, NDJSON and Bundles of them for `score`, the
//! journal's Bundle read back by `journal import`; and the Questionnaire a
//! forms app needs (the urgent message as display items, an exclusive
//! `none`, codes with a system, LOINC).

use std::collections::HashMap;

use serde_json::{Value, json};

use crate::fhir::{fhir_questions, questionnaire};
use crate::harness::{all_people, backcheck, checkin_lines, person};

fn json(text: &str) -> Value {
    serde_json::from_str(text).unwrap_or_else(|e| panic!("{e}: {text}"))
}

/// The person's answers as backcheck's own QuestionnaireResponse.
fn response_of(name: &str) -> Value {
    let out = backcheck()
        .args(["--format", "fhir", "--answers"])
        .arg(person(name))
        .env("BACKCHECK_TODAY", "2026-11-02")
        .run()
        .code(0);
    json(&out.stdout)
}

/// The JSON report of answers in `file` (a name in the run's folder).
fn report_of(file: &str, text: &str) -> Value {
    let out = backcheck()
        .file(file, text)
        .args(["--format", "json", "--answers", file])
        .env("BACKCHECK_TODAY", "2026-11-02")
        .run()
        .code(0);
    json(&out.stdout)
}

fn typed_report(name: &str) -> Value {
    let out = backcheck()
        .args(["--format", "json", "--answers"])
        .arg(person(name))
        .env("BACKCHECK_TODAY", "2026-11-02")
        .run()
        .code(0);
    json(&out.stdout)
}

/// The same answers written by hand-edited response `edit` of a person's.
fn refused(response: &Value, code: i32) -> String {
    let out = backcheck()
        .file("r.json", response.to_string())
        .args(["--answers", "r.json"])
        .run()
        .code(code);
    assert!(out.stdout.is_empty(), "{}", out.stdout);
    out.stderr
}

fn item_mut<'a>(response: &'a mut Value, link: &str) -> &'a mut Value {
    response["item"]
        .as_array_mut()
        .expect("items")
        .iter_mut()
        .find(|i| i["linkId"] == link)
        .unwrap_or_else(|| panic!("no item {link}"))
}

#[test]
fn every_person_comes_back_from_fhir_with_the_same_report() {
    for name in all_people() {
        let response = response_of(&name);
        assert_eq!(response["resourceType"], "QuestionnaireResponse", "{name}");
        let back = report_of("r.json", &response.to_string());
        assert_eq!(back, typed_report(&name), "{name}: FHIR and back differs");
    }
}

#[test]
fn a_response_in_the_shape_a_forms_app_writes_scores_as_typed() {
    // LHC-Forms 40 writes: no narrative, no id, codes as the Questionnaire
    // gave them (here without a system), only answered items, an ISO
    // timestamp, its own meta; and groups nest items.
    for name in ["sciatica", "red-flags", "desk-worker"] {
        let mut r = response_of(name);
        let object = r.as_object_mut().expect("object");
        object.remove("text");
        object.insert("authored".into(), json!("2026-11-02T09:15:27.123Z"));
        object.insert(
            "meta".into(),
            json!({ "tag": [{ "code": "lformsVersion: 40.1.3" }] }),
        );
        let mut items = object["item"].take();
        for item in items.as_array_mut().expect("items") {
            item.as_object_mut().expect("item").remove("text");
            for answer in item["answer"].as_array_mut().into_iter().flatten() {
                if let Some(coding) = answer.get_mut("valueCoding") {
                    coding.as_object_mut().expect("coding").remove("system");
                }
                // Whole numbers as decimals, as some apps send them.
                if let Some(n) = answer.get("valueInteger").cloned() {
                    *answer = json!({ "valueDecimal": n.as_f64().expect("number") });
                }
            }
        }
        object.insert(
            "item".into(),
            json!([{ "linkId": "page-1", "text": "Page 1", "item": items }]),
        );
        let back = report_of("lforms.json", &r.to_string());
        assert_eq!(back["verdict"], typed_report(name)["verdict"], "{name}");
        assert_eq!(
            back["disposition"],
            typed_report(name)["disposition"],
            "{name}"
        );
        assert_eq!(back["answers"], typed_report(name)["answers"], "{name}");
    }
}

#[test]
fn a_label_as_a_string_and_the_none_option_are_answers() {
    let mut r = response_of("sciatica");
    *item_mut(&mut r, "pain_duration") = json!({
        "linkId": "pain_duration",
        "answer": [{ "valueString": "6 to 12 weeks" }],
    });
    *item_mut(&mut r, "diagnosed_conditions") = json!({
        "linkId": "diagnosed_conditions",
        "answer": [{ "valueCoding": { "code": "none" } }],
    });
    let back = report_of("r.json", &r.to_string());
    assert_eq!(back["answers"]["pain_duration"], "6_to_12_weeks", "{back}");
    assert_eq!(back["answers"]["diagnosed_conditions"], json!([]), "{back}");
}

#[test]
fn a_response_that_cannot_be_used_says_where_what_and_what_is_accepted() {
    let good = response_of("sciatica");

    let patient = json!({ "resourceType": "Patient", "id": "p1" });
    let e = refused(&patient, 65);
    assert!(
        e.contains("r.json") && e.contains("FHIR Patient, not a QuestionnaireResponse"),
        "{e}"
    );

    let mut other = good.clone();
    other["questionnaire"] = json!("http://example.org/Questionnaire/phq-9|1.0");
    let e = refused(&other, 65);
    assert!(
        e.contains("http://example.org/Questionnaire/phq-9")
            && e.contains("urn:backcheck:questionnaire:weekly-massage"),
        "{e}"
    );

    let mut old = good.clone();
    old["questionnaire"] = json!("urn:backcheck:questionnaire:weekly-massage|2.0.0");
    let e = refused(&old, 65);
    assert!(
        e.contains("version 2.0.0") && e.contains("version 3."),
        "{e}"
    );

    let mut stopped = good.clone();
    stopped["status"] = json!("entered-in-error");
    let e = refused(&stopped, 65);
    assert!(
        e.contains("\"entered-in-error\"") && e.contains("\"completed\""),
        "{e}"
    );

    // In progress: refused, with what is still missing.
    let mut unfinished = good.clone();
    unfinished["status"] = json!("in-progress");
    let items = unfinished["item"].as_array_mut().expect("items");
    items.retain(|i| i["linkId"] != "age" && i["linkId"] != "stress_level");
    let e = refused(&unfinished, 65);
    assert!(
        e.contains("in-progress") && e.contains("age = ...") && e.contains("stress_level = ..."),
        "{e}"
    );
    let mut finished_but_marked = good.clone();
    finished_but_marked["status"] = json!("in-progress");
    let e = refused(&finished_but_marked, 65);
    assert!(e.contains("in-progress"), "{e}");

    // Item problems: every one at once, each with its JSON path and linkId.
    let mut bad = good.clone();
    let at = |r: &Value, link: &str| {
        r["item"]
            .as_array()
            .expect("items")
            .iter()
            .position(|i| i["linkId"] == link)
            .expect("item")
    };
    let pain = at(&bad, "pain_intensity");
    let conditions = at(&bad, "diagnosed_conditions");
    let duration = at(&bad, "pain_duration");
    let stress = at(&bad, "stress_level");
    bad["item"][pain]["answer"] = json!([{ "valueDecimal": 6.5 }]);
    bad["item"][conditions]["answer"] = json!([
        { "valueCoding": { "code": "none" } },
        { "valueCoding": { "code": "osteoporosis" } },
    ]);
    bad["item"][duration]["answer"] =
        json!([{ "valueCoding": { "system": "http://snomed.info/sct", "code": "123" } }]);
    bad["item"][stress]["linkId"] = json!("stres_level");
    let e = refused(&bad, 65);
    assert!(e.contains("has 4 problems"), "{e}");
    assert!(
        e.contains(&format!("r.json:item[{pain}] (linkId \"pain_intensity\"): 6.5 is not an answer to `pain_intensity`"))
            && e.contains("a whole number from 0 to 10"),
        "{e}"
    );
    assert!(
        e.contains(&format!(
            "item[{conditions}] (linkId \"diagnosed_conditions\")"
        )),
        "{e}"
    );
    assert!(
        e.contains(&format!("item[{duration}] (linkId \"pain_duration\")"))
            && e.contains("http://snomed.info/sct")
            && e.contains("urn:backcheck:codesystem:weekly-massage"),
        "{e}"
    );
    assert!(
        e.contains("`stres_level` is not a question") && e.contains("did you mean `stress_level`"),
        "{e}"
    );
}

#[test]
fn checkins_come_back_from_fhir_the_same() {
    let weeks = [
        checkin_lines(3, 2, &[], "y\n50\n1\nnone\n\n"),
        checkin_lines(6, 5, &[], "y\n45\n2\n1,4\n\n"),
        checkin_lines(9, 8, &[], "n\n\n"),
        checkin_lines(4, 4, &["calf_swelling"], "n\n\n"),
    ];
    let dir = tempfile::tempdir().expect("dir");
    for (i, lines) in weeks.iter().enumerate() {
        let date = format!("2026-11-{:02}", 9 + i);
        // A journal with the same starting point for each way of answering.
        let journal = |name: &str| {
            let path = dir.path().join(format!("{name}-{i}.sqlite3"));
            let path = path.to_string_lossy().into_owned();
            backcheck()
                .args(["--record", "--date", "2026-11-01", "--answers"])
                .arg(person("sciatica"))
                .env("BACKCHECK_JOURNAL", &path)
                .run()
                .code(0);
            path
        };
        let typed = |format: &str, journal: &str| {
            backcheck()
                .args(["checkin", "--date", &date, "--format", format])
                .env("BACKCHECK_JOURNAL", journal)
                .stdin(lines.as_str())
                .run()
                .code(0)
                .stdout
        };
        let fhir = typed("fhir", &journal("fhir"));
        let typed = json(&typed("json", &journal("typed")));
        let back = backcheck()
            .file("c.json", &fhir)
            .args([
                "checkin",
                "--date",
                &date,
                "--format",
                "json",
                "--answers",
                "c.json",
            ])
            .env("BACKCHECK_JOURNAL", &journal("back"))
            .run()
            .code(0);
        let back = json(&back.stdout);
        assert_eq!(back["checkin"], typed["checkin"], "week {i}");
        assert_eq!(back["status"], typed["status"], "week {i}");
    }
}

#[test]
fn score_reads_ndjson_and_bundles_of_responses_with_their_ids() {
    let names = all_people();
    let mut ndjson = String::new();
    let mut entries = Vec::new();
    let mut expected = HashMap::new();
    for (i, name) in names.iter().enumerate() {
        let mut r = response_of(name);
        let object = r.as_object_mut().expect("object");
        object.remove("text");
        if i % 2 == 0 {
            object.insert("id".into(), json!(format!("qr-{name}")));
        } else {
            object.insert(
                "identifier".into(),
                json!({ "system": "urn:test", "value": format!("qr-{name}") }),
            );
        }
        ndjson.push_str(&r.to_string());
        ndjson.push('\n');
        entries.push(json!({ "fullUrl": format!("urn:uuid:{i}"), "resource": r }));
        let typed = typed_report(name);
        expected.insert(
            format!("qr-{name}"),
            (typed["verdict"]["id"].clone(), typed["disposition"].clone()),
        );
    }
    let bundle = serde_json::to_string_pretty(
        &json!({ "resourceType": "Bundle", "type": "collection", "entry": entries }),
    )
    .expect("bundle");
    for (file, text) in [("export.ndjson", ndjson), ("bundle.json", bundle)] {
        let out = backcheck()
            .file(file, &text)
            .args(["score", file])
            .run()
            .code(0);
        let lines: Vec<Value> = out.stdout.lines().map(json).collect();
        assert_eq!(lines.len(), names.len(), "{file}: {}", out.stdout);
        for line in &lines {
            let id = line["_id"].as_str().expect("id");
            let (verdict, disposition) = &expected[id];
            assert_eq!(&line["verdict"], verdict, "{file} {id}");
            assert_eq!(&line["disposition"], disposition, "{file} {id}");
        }
    }
    // A bad response in a Bundle is named by its entry and item.
    let bad = json!({ "resourceType": "Bundle", "type": "collection", "entry": [
        { "resource": { "resourceType": "QuestionnaireResponse", "status": "completed",
          "item": [{ "linkId": "age", "answer": [{ "valueInteger": 300 }] }] } }
    ]});
    let out = backcheck()
        .file("b.json", bad.to_string())
        .args(["score", "b.json"])
        .run()
        .code(65);
    assert!(
        out.stderr
            .contains("b.json:entry[0].resource.item[0] (linkId \"age\")"),
        "{}",
        out.stderr
    );
}

#[test]
fn the_journal_comes_back_from_its_own_fhir_bundle() {
    let journal = backcheck()
        .args(["--record", "--answers"])
        .arg(person("sciatica"))
        .args(["--date", "2026-10-01"])
        .run()
        .code(0);
    let db = journal.dir.path().join("journal.sqlite3");
    let db = db.to_string_lossy();
    // A starting point replaced by a later one, and weeks of all kinds.
    backcheck()
        .args(["--record", "--replace", "--answers"])
        .arg(person("desk-worker"))
        .args(["--date", "2026-10-05"])
        .env("BACKCHECK_JOURNAL", &db)
        .run()
        .code(0);
    for (day, lines) in [
        (
            "2026-10-12",
            checkin_lines(5, 4, &[], "y\n60\n1\nnone\n2\n"),
        ),
        ("2026-10-19", checkin_lines(9, 9, &[], "y\n30\n2\n2\n\n")),
        ("2026-10-26", checkin_lines(3, 2, &["fever"], "n\n\n")),
    ] {
        backcheck()
            .args(["checkin", "--date", day])
            .env("BACKCHECK_JOURNAL", &db)
            .stdin(lines)
            .run()
            .code(0);
    }
    let export = |db: &str, format: &str| {
        backcheck()
            .args(["journal", "export", "--format", format])
            .env("BACKCHECK_JOURNAL", db)
            .run()
            .code(0)
            .stdout
    };
    let bundle = export(&db, "fhir");
    let fresh = backcheck()
        .file("bundle.json", &bundle)
        .args(["journal", "import", "bundle.json"])
        .run()
        .code(0);
    assert!(fresh.stdout.contains("3 check-ins"), "{}", fresh.stdout);
    let again = fresh.dir.path().join("journal.sqlite3");
    let before = json(&export(&db, "json"));
    let after = json(&export(&again.to_string_lossy(), "json"));
    // The replaced starting point, the one in use and every check-in.
    assert_eq!(
        before["replaced_baselines"].as_array().map(Vec::len),
        Some(1)
    );
    assert_eq!(after, before);
    // Something else is refused, saying what is read.
    let wrong = backcheck()
        .file("q.json", json!({ "resourceType": "Bundle", "entry": [{ "resource": { "resourceType": "QuestionnaireResponse", "questionnaire": "urn:other", "status": "completed" } }] }).to_string())
        .args(["journal", "import", "q.json"])
        .run()
        .code(65);
    assert!(
        wrong.stderr.contains("urn:other")
            && wrong
                .stderr
                .contains("urn:backcheck:questionnaire:weekly-checkin"),
        "{}",
        wrong.stderr
    );
}

fn items(q: &Value) -> Vec<Value> {
    q["item"].as_array().cloned().unwrap_or_default()
}

#[test]
fn the_urgent_message_travels_with_the_form() {
    let shipped = crate::harness::shipped();
    let q = questionnaire(&[]);
    let all = items(&q);
    let display: Vec<&Value> = all
        .iter()
        .filter(|i| {
            i["type"] == "display" && i["linkId"].as_str().is_some_and(|l| l.contains(".urgent."))
        })
        .collect();
    // Every emergency and same-day factor that one answer can raise has
    // its message, shown by that answer.
    for factor in &shipped.factors {
        let urgent = matches!(factor.disposition.when.as_str(), "now" | "today");
        let raised_by: Vec<&str> = shipped
            .questions
            .iter()
            .filter(|q| q.effects.iter().any(|e| e.factor == factor.id))
            .map(|q| q.id.as_str())
            .collect();
        if !urgent || raised_by.is_empty() {
            continue;
        }
        for question in raised_by {
            let link = format!("{question}.urgent.{}", factor.id);
            let item = display
                .iter()
                .find(|i| i["linkId"] == link.as_str())
                .unwrap_or_else(|| panic!("no display item {link}"));
            let when = item["enableWhen"].as_array().expect("enableWhen");
            assert!(
                when.iter().any(|w| w["question"] == question),
                "{link}: {item}"
            );
            let text = item["text"].as_str().expect("text");
            assert!(text.contains(factor.topic.trim()), "{link}: {text}");
            // It stands right after its question or another message of it.
            let at = all
                .iter()
                .position(|i| i["linkId"] == link.as_str())
                .expect("place");
            let before = all[..at]
                .iter()
                .rev()
                .find(|i| i["type"] != "display")
                .expect("question");
            assert_eq!(before["linkId"], question, "{link}");
        }
    }
    // The emergency ones say what to do now, in the run's region's words.
    let nerve = display
        .iter()
        .find(|i| i["linkId"] == "saddle_numbness.urgent.nerve_emergency")
        .expect("nerve emergency");
    assert!(
        nerve["text"]
            .as_str()
            .expect("text")
            .starts_with("Call 999 now"),
        "{nerve}"
    );
    let general = backcheck()
        .args(["questions", "--format", "fhir"])
        .env("BACKCHECK_REGION", "")
        .run()
        .code(0);
    assert!(
        general
            .stdout
            .contains("Call your local emergency number (999 in the UK, 911 in the US")
    );
    assert!(!general.stdout.contains("Call 999 now"));
    // Not for routine advice.
    assert!(!display.iter().any(|i| {
        i["linkId"]
            .as_str()
            .is_some_and(|l| l.ends_with("spine_condition"))
    }));
}

#[test]
fn choose_any_questions_have_an_exclusive_none_and_codes_have_a_system() {
    for (args, system) in [
        (&[][..], "urn:backcheck:codesystem:weekly-massage"),
        (
            &["--checkin"][..],
            "urn:backcheck:codesystem:weekly-checkin",
        ),
    ] {
        let q = questionnaire(args);
        for item in items(&q) {
            if item["repeats"] == true && item["required"] == true {
                let options = item["answerOption"].as_array().expect("options");
                let none: Vec<&Value> = options
                    .iter()
                    .filter(|o| {
                        o["extension"]
                            .to_string()
                            .contains("questionnaire-optionExclusive")
                    })
                    .collect();
                assert_eq!(none.len(), 1, "{}", item["linkId"]);
                assert_eq!(none[0]["valueCoding"]["code"], "none");
                assert_eq!(none[0]["extension"][0]["valueBoolean"], true);
            }
            for o in item["answerOption"].as_array().into_iter().flatten() {
                assert_eq!(o["valueCoding"]["system"], system, "{}", item["linkId"]);
            }
            for w in item["enableWhen"].as_array().into_iter().flatten() {
                if let Some(c) = w.get("answerCoding") {
                    assert_eq!(c["system"], system, "{}", item["linkId"]);
                }
            }
        }
        let bundle = fhir_questions(&[args, &["--bundle"]].concat());
        assert_eq!(bundle["resourceType"], "Bundle");
        let resources: Vec<&Value> = bundle["entry"]
            .as_array()
            .expect("entries")
            .iter()
            .map(|e| &e["resource"])
            .collect();
        assert_eq!(resources[0]["resourceType"], "Questionnaire");
        let cs = resources[1];
        assert_eq!(cs["resourceType"], "CodeSystem");
        assert_eq!(cs["url"], system);
        assert_eq!(cs["content"], "complete");
        let codes: Vec<&str> = cs["concept"]
            .as_array()
            .expect("concepts")
            .iter()
            .map(|c| c["code"].as_str().expect("code"))
            .collect();
        assert_eq!(cs["count"], codes.len());
        for item in items(resources[0]) {
            for o in item["answerOption"].as_array().into_iter().flatten() {
                let code = o["valueCoding"]["code"].as_str().expect("code");
                assert!(codes.contains(&code), "{code} not in the CodeSystem");
            }
        }
    }
    // A person with none of the conditions answers the required item.
    let r = response_of("quiet-back");
    let conditions = r["item"]
        .as_array()
        .expect("items")
        .iter()
        .find(|i| i["linkId"] == "diagnosed_conditions")
        .expect("item");
    assert_eq!(
        conditions["answer"][0]["valueCoding"]["code"], "none",
        "{conditions}"
    );
    // --bundle is for FHIR.
    let e = backcheck().args(["questions", "--bundle"]).run().code(2);
    assert!(e.stderr.contains("--format fhir"), "{}", e.stderr);
}

#[test]
fn pain_carries_its_loinc_code() {
    for args in [&[][..], &["--checkin"][..]] {
        let q = questionnaire(args);
        let coded: Vec<Value> = items(&q)
            .into_iter()
            .filter(|i| i.get("code").is_some())
            .collect();
        assert_eq!(coded.len(), 1, "{args:?}");
        assert_eq!(coded[0]["code"][0]["system"], "http://loinc.org");
        assert_eq!(coded[0]["code"][0]["code"], "72514-3");
        assert_eq!(coded[0]["type"], "integer");
    }
}
