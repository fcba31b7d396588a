//! Bad input, tried systematically: questionnaire files, piped lines, answers
//! files (TOML and JSON), check-in answers, journal files and imports. For
//! each: the documented exit code, a message that names the place, no panic,
//! and standard output either empty or complete.

use crate::harness::{Edit, Run, answers_of, as_lines, backcheck, fixture, person};

/// Where the bad input goes.
enum Via {
    /// `backcheck check bad.toml`, the file holding these bytes (and the
    /// fixture's words beside it).
    Content(Vec<u8>),
    /// `backcheck check bad.toml`, with no words beside it.
    NoWords(Vec<u8>),
    /// `backcheck check bad.toml` of the fixture, its words these bytes.
    Words(Vec<u8>),
    /// Piped assessment lines.
    Piped(Vec<u8>),
    /// `--answers a.toml` with these bytes.
    AnswersToml(Vec<u8>),
    /// `--answers a.json` with these bytes.
    AnswersJson(Vec<u8>),
    /// Piped check-in lines.
    CheckinPiped(Vec<u8>),
    /// `checkin --answers c.toml`.
    CheckinToml(Vec<u8>),
    /// `trend` with this file as the journal.
    Journal(Vec<u8>),
    /// `journal import x.json`.
    Import(Vec<u8>),
    /// Any arguments.
    Args(&'static [&'static str]),
}

struct Case {
    name: &'static str,
    via: Via,
    code: i32,
    /// Text stderr must contain (names the place and the problem).
    says: String,
}

fn minimal() -> String {
    std::fs::read_to_string(fixture("content/minimal.toml")).expect("fixture")
}

fn minimal_words() -> String {
    std::fs::read_to_string(fixture("content/lang/en/minimal.ftl")).expect("fixture words")
}

fn person_toml(name: &str) -> String {
    std::fs::read_to_string(person(name)).expect("person")
}

fn person_lines() -> String {
    as_lines(&answers_of("desk-worker"))
}

/// The 1-based line of a question in the desk worker's piped lines.
fn line_of(id: &str) -> usize {
    backcheck::flow::shown(&crate::harness::shipped(), &answers_of("desk-worker"))
        .iter()
        .position(|q| q.id == id)
        .expect("shown")
        + 1
}

/// The desk worker's piped lines with line `n` (1-based) replaced.
fn line_replaced(n: usize, with: &str) -> Vec<u8> {
    let mut lines: Vec<String> = person_lines().lines().map(str::to_owned).collect();
    lines[n - 1] = with.to_owned();
    lines.join("\n").into_bytes()
}

fn person_json() -> String {
    let table: toml::Table = toml::from_str(&person_toml("desk-worker")).expect("toml");
    serde_json::to_string(&table).expect("json")
}

fn export_with(checkin_fields: &str) -> Vec<u8> {
    format!(
        r#"{{"schema_version":1,"baseline":null,"checkins":[{{{checkin_fields},"questionnaire":{{"id":"weekly-checkin","version":"1.0.0"}},"answers":{{}}}}]}}"#
    )
    .into_bytes()
}

const CHECKIN_OK: &str = r#""date":"2026-11-20","pain":3,"activity_limits":2,"had_massage":true,"massage_minutes":null,"massage_kind":null,"side_effects":[],"urgent":false"#;

fn cases() -> Vec<Case> {
    let big = |prefix: &str| {
        let mut v = prefix.as_bytes().to_vec();
        v.extend(std::iter::repeat_n(b'#', (1 << 20) + 10));
        v
    };
    let deep = |n: usize| {
        let cond = format!(
            "condition = {}{{ question = \"saddle\", equals = true }}{}",
            "{ not = ".repeat(n),
            " }".repeat(n)
        );
        minimal()
            .edit("condition = { question = \"tightness\", above = 0 }", &cond)
            .into_bytes()
    };
    vec![
        // Questionnaire files.
        Case {
            name: "content: malformed TOML",
            via: Via::Content(b"id = \"x\n".to_vec()),
            code: 78,
            says: "bad.toml:1:".into(),
        },
        Case {
            name: "content: wrong type",
            via: Via::Content(
                minimal()
                    .edit("version = \"0.1.0\"", "version = 3")
                    .into_bytes(),
            ),
            code: 78,
            says: "invalid type: integer `3`, expected a string".into(),
        },
        Case {
            name: "content: unknown key",
            via: Via::Content(minimal().edit("[benefit]", "into = 1\n[benefit]").into_bytes()),
            code: 78,
            says: "unknown top-level key `into`".into(),
        },
        Case {
            name: "content: duplicate question id",
            via: Via::Content(
                minimal()
                    .edit("id = \"where\"", "id = \"saddle\"")
                    .into_bytes(),
            ),
            code: 78,
            says: "duplicate question id `saddle`".into(),
        },
        Case {
            name: "content: duplicate TOML key",
            via: Via::Content(
                minimal()
                    .edit(
                        "version = \"0.1.0\"",
                        "version = \"0.1.0\"\nversion = \"2\"",
                    )
                    .into_bytes(),
            ),
            code: 78,
            says: "bad.toml:4:1: duplicate key".into(),
        },
        Case {
            name: "content: empty file",
            via: Via::Content(Vec::new()),
            code: 78,
            says: "missing field `id`".into(),
        },
        Case {
            name: "content: only comments",
            via: Via::Content(b"# nothing\n\n".to_vec()),
            code: 78,
            says: "missing field".into(),
        },
        Case {
            name: "content: invalid UTF-8",
            via: Via::Content(b"id = \"\xff\"\n".to_vec()),
            code: 78,
            says: "bad.toml:1:7: the questionnaire is not UTF-8".into(),
        },
        Case {
            name: "content: NUL byte",
            via: Via::Content(b"id = \"a\0b\"\n".to_vec()),
            code: 78,
            says: "bad.toml:1:".into(),
        },
        Case {
            name: "content: over 1 MiB",
            via: Via::Content(big("")),
            code: 66,
            says: "too large".into(),
        },
        Case {
            name: "content: nested 200 deep",
            via: Via::Content(deep(200)),
            code: 78,
            says: "recursion".into(),
        },
        Case {
            name: "content: nested 60 deep is fine",
            via: Via::Content(deep(60)),
            code: 0,
            says: "".into(),
        },
        Case {
            name: "content: BOM is accepted",
            via: Via::Content(format!("\u{feff}{}", minimal()).into_bytes()),
            code: 0,
            says: "".into(),
        },
        Case {
            name: "content: CRLF is accepted",
            via: Via::Content(minimal().replace('\n', "\r\n").into_bytes()),
            code: 0,
            says: "".into(),
        },
        Case {
            name: "content: escape sequences in text",
            via: Via::Content(
                minimal()
                    .edit("id = \"saddle\"", "id = \"sad\\u001b]0;pwned\\u0007dle\"")
                    .into_bytes(),
            ),
            code: 78,
            says: "`sad\\u{1b}]0;pwned\\u{7}dle` is not a valid id".into(),
        },
        Case {
            name: "content: raw control character",
            via: Via::Content(
                minimal()
                    .edit("id = \"saddle\"", "id = \"sad\u{1b}dle\"")
                    .into_bytes(),
            ),
            code: 78,
            says: "invalid basic string".into(),
        },
        Case {
            name: "words: not Fluent",
            via: Via::Words(minimal_words().edit("q-saddle = Is", "q-saddle = { Is").into_bytes()),
            code: 78,
            says: "lang/en/bad.ftl:".into(),
        },
        Case {
            name: "words: invalid UTF-8",
            via: Via::Words(b"title = \xff\n".to_vec()),
            code: 78,
            says: "lang/en/bad.ftl:1:9: the words file is not UTF-8".into(),
        },
        Case {
            name: "words: a message missing",
            via: Via::Words(minimal_words().edit("q-saddle = Is the area you sit on numb?\n", "").into_bytes()),
            code: 78,
            says: "message `q-saddle` is not in lang/en/bad.ftl".into(),
        },
        Case {
            name: "words: no words file",
            via: Via::NoWords(minimal().into_bytes()),
            code: 78,
            says: "its words are missing".into(),
        },
        Case {
            name: "content: missing file",
            via: Via::Args(&["check", "nope.toml"]),
            code: 66,
            says: "cannot read questionnaire nope.toml".into(),
        },
        Case {
            name: "content: a directory",
            via: Via::Args(&["check", "."]),
            code: 66,
            says: "cannot read questionnaire .".into(),
        },
        // Piped assessment lines.
        Case {
            name: "piped: empty input",
            via: Via::Piped(Vec::new()),
            code: 65,
            says: "no answers came in, but question `saddle_numbness` still needs an answer".into(),
        },
        Case {
            name: "piped: only blank lines and comments",
            via: Via::Piped(b"\n# hi\n\n".to_vec()),
            code: 65,
            says: "no answers came in, but question `saddle_numbness` still needs an answer".into(),
        },
        Case {
            name: "piped check-in: empty input, and the hint names the check-in's list",
            via: Via::CheckinPiped(Vec::new()),
            code: 65,
            says: "no answers came in, but question `pain` still needs an answer (On average over the past week, how bad has your back pain been?)\n  = hint: run `backcheck questions --checkin` to see every question in order".into(),
        },
        Case {
            name: "piped: EOF halfway",
            via: Via::Piped(
                person_lines()
                    .lines()
                    .take(10)
                    .collect::<Vec<_>>()
                    .join("\n")
                    .into_bytes(),
            ),
            code: 65,
            says: "ended after line 10".into(),
        },
        Case {
            name: "piped: not yes or no",
            via: Via::Piped(line_replaced(1, "maybe")),
            code: 65,
            says: "line 1 (question 1, `saddle_numbness`): `maybe`".into(),
        },
        Case {
            name: "piped: scale out of range",
            via: Via::Piped(line_replaced(line_of("pain_intensity"), "-1")),
            code: 65,
            says: format!(
                "line {0} (question {0}, `pain_intensity`)",
                line_of("pain_intensity")
            ),
        },
        Case {
            name: "piped: option number 0",
            via: Via::Piped(line_replaced(line_of("pain_duration"), "0")),
            code: 65,
            says: format!(
                "line {0} (question {0}, `pain_duration`)",
                line_of("pain_duration")
            ),
        },
        Case {
            name: "piped: huge number",
            via: Via::Piped(line_replaced(line_of("age"), "99999999999999999999999")),
            code: 65,
            says: format!("line {0} (question {0}, `age`)", line_of("age")),
        },
        Case {
            name: "piped: unknown multi option",
            via: Via::Piped(line_replaced(
                line_of("diagnosed_conditions"),
                "herniated_disc,bad_knee",
            )),
            code: 65,
            says: "`diagnosed_conditions`): `herniated_disc,bad_knee`".into(),
        },
        Case {
            name: "piped: invalid UTF-8",
            via: Via::Piped(b"no\n\xc3\x28\n".to_vec()),
            code: 65,
            says: "standard input:2:1: the answers are not UTF-8 text".into(),
        },
        Case {
            name: "piped: NUL byte",
            via: Via::Piped(line_replaced(1, "n\0o")),
            code: 65,
            says: "`n\\u{0}o`".into(),
        },
        Case {
            name: "piped: escape sequence",
            via: Via::Piped(line_replaced(1, "\u{1b}[2J")),
            code: 65,
            says: "`\\u{1b}[2J`".into(),
        },
        Case {
            name: "piped: line over 4 KiB",
            via: Via::Piped(line_replaced(2, &"n".repeat(5000))),
            code: 65,
            says: "line 2 is longer than 4096 bytes".into(),
        },
        Case {
            name: "piped: over 1 MiB",
            via: Via::Piped(big("no\n")),
            code: 66,
            says: "too large".into(),
        },
        Case {
            name: "piped: lines left over",
            via: Via::Piped(format!("{}extra\n", person_lines()).into_bytes()),
            code: 65,
            says: "`extra` is left over".into(),
        },
        Case {
            name: "piped: CRLF is accepted",
            via: Via::Piped(person_lines().replace('\n', "\r\n").into_bytes()),
            code: 0,
            says: "".into(),
        },
        Case {
            name: "piped: BOM is accepted",
            via: Via::Piped(format!("\u{feff}{}", person_lines()).into_bytes()),
            code: 0,
            says: "".into(),
        },
        // Answers files, TOML.
        Case {
            name: "toml answers: malformed",
            via: Via::AnswersToml(b"fever = \n".to_vec()),
            code: 65,
            says: "a.toml:1:".into(),
        },
        Case {
            name: "toml answers: wrong type",
            via: Via::AnswersToml(
                person_toml("desk-worker")
                    .edit("fever = false", "fever = 1")
                    .into_bytes(),
            ),
            code: 65,
            says: "a.toml:13:9: 1 is not an answer to `fever`; accepted: true or false".into(),
        },
        Case {
            name: "toml answers: float for a scale",
            via: Via::AnswersToml(
                person_toml("desk-worker")
                    .edit("pain_intensity = 5", "pain_intensity = 5.5")
                    .into_bytes(),
            ),
            code: 65,
            says: "is not an answer to `pain_intensity`".into(),
        },
        Case {
            name: "toml answers: integer overflow",
            via: Via::AnswersToml(
                person_toml("desk-worker")
                    .edit(
                        "pain_intensity = 5",
                        "pain_intensity = 99999999999999999999",
                    )
                    .into_bytes(),
            ),
            code: 65,
            says: "a.toml:".into(),
        },
        Case {
            name: "toml answers: unknown id",
            via: Via::AnswersToml(
                format!("{}fevr = true\n", person_toml("desk-worker")).into_bytes(),
            ),
            code: 65,
            says: "`fevr` is not a question of this questionnaire; did you mean `fever`?".into(),
        },
        Case {
            name: "toml answers: duplicate id",
            via: Via::AnswersToml(
                format!("{}fever = true\n", person_toml("desk-worker")).into_bytes(),
            ),
            code: 65,
            says: "duplicate key".into(),
        },
        Case {
            name: "toml answers: unknown option",
            via: Via::AnswersToml(
                person_toml("desk-worker")
                    .edit(
                        "diagnosed_conditions = []",
                        "diagnosed_conditions = [\"gout\"]",
                    )
                    .into_bytes(),
            ),
            code: 65,
            says: "is not an answer to `diagnosed_conditions`".into(),
        },
        Case {
            name: "toml answers: table for a choice",
            via: Via::AnswersToml(
                person_toml("desk-worker")
                    .edit("stress_level = \"high\"", "stress_level = { x = 1 }")
                    .into_bytes(),
            ),
            code: 65,
            says: "is not an answer to `stress_level`".into(),
        },
        Case {
            name: "toml answers: empty file",
            via: Via::AnswersToml(Vec::new()),
            code: 65,
            says: "39 required questions have no answer".into(),
        },
        Case {
            name: "toml answers: invalid UTF-8",
            via: Via::AnswersToml(b"fever = \"\xff\"\n".to_vec()),
            code: 65,
            says: "not UTF-8".into(),
        },
        Case {
            name: "toml answers: over 1 MiB",
            via: Via::AnswersToml(big("")),
            code: 66,
            says: "too large".into(),
        },
        Case {
            name: "toml answers: BOM is accepted",
            via: Via::AnswersToml(format!("\u{feff}{}", person_toml("desk-worker")).into_bytes()),
            code: 0,
            says: "".into(),
        },
        Case {
            name: "toml answers: CRLF is accepted",
            via: Via::AnswersToml(
                person_toml("desk-worker")
                    .replace('\n', "\r\n")
                    .into_bytes(),
            ),
            code: 0,
            says: "".into(),
        },
        // Answers files, JSON.
        Case {
            name: "json answers: malformed",
            via: Via::AnswersJson(b"{\"fever\": }".to_vec()),
            code: 65,
            says: "a.json:1:".into(),
        },
        Case {
            name: "json answers: not an object",
            via: Via::AnswersJson(b"[true, false]".to_vec()),
            code: 65,
            says: "expected one JSON object".into(),
        },
        // FHIR QuestionnaireResponses as answers (`--answers r.json`).
        Case {
            name: "fhir: another resource",
            via: Via::AnswersJson(br#"{"resourceType":"Patient"}"#.to_vec()),
            code: 65,
            says: "a.json: this is a FHIR Patient, not a QuestionnaireResponse".into(),
        },
        Case {
            name: "fhir: resourceType not a string",
            via: Via::AnswersJson(br#"{"resourceType":7,"item":[]}"#.to_vec()),
            code: 65,
            says: "not a QuestionnaireResponse".into(),
        },
        Case {
            name: "fhir: another questionnaire",
            via: Via::AnswersJson(
                br#"{"resourceType":"QuestionnaireResponse","status":"completed","questionnaire":"http://x.org/Questionnaire/phq9"}"#.to_vec(),
            ),
            code: 65,
            says: "answers the questionnaire http://x.org/Questionnaire/phq9".into(),
        },
        Case {
            name: "fhir: no status",
            via: Via::AnswersJson(br#"{"resourceType":"QuestionnaireResponse"}"#.to_vec()),
            code: 65,
            says: "status is \"\"; accepted: \"completed\"".into(),
        },
        Case {
            name: "fhir: in progress, nothing answered",
            via: Via::AnswersJson(
                br#"{"resourceType":"QuestionnaireResponse","status":"in-progress"}"#.to_vec(),
            ),
            code: 65,
            says: "saddle_numbness = ...".into(),
        },
        Case {
            name: "fhir: item is not a list",
            via: Via::AnswersJson(
                br#"{"resourceType":"QuestionnaireResponse","status":"completed","item":{"linkId":"age"}}"#.to_vec(),
            ),
            code: 65,
            says: "required questions have no answer".into(),
        },
        Case {
            name: "fhir: answer with no value",
            via: Via::AnswersJson(
                br#"{"resourceType":"QuestionnaireResponse","status":"completed","item":[{"linkId":"age","answer":[{"valueAttachment":{}}]}]}"#.to_vec(),
            ),
            code: 65,
            says: "a.json:item[0] (linkId \"age\"): ".into(),
        },
        Case {
            name: "fhir: an escape in a linkId",
            via: Via::AnswersJson(
                br#"{"resourceType":"QuestionnaireResponse","status":"completed","item":[{"linkId":"\u001b[31mage","answer":[{"valueInteger":4}]}]}"#.to_vec(),
            ),
            code: 65,
            says: "`\\u{1b}[31mage` is not a question".into(),
        },
        Case {
            name: "fhir: two answers to a one-answer question",
            via: Via::AnswersJson(
                br#"{"resourceType":"QuestionnaireResponse","status":"completed","item":[{"linkId":"age","answer":[{"valueInteger":4},{"valueInteger":5}]}]}"#.to_vec(),
            ),
            code: 65,
            says: "4, 5 is not an answer to `age`".into(),
        },
        Case {
            name: "json answers: duplicate id",
            via: Via::AnswersJson(
                person_json()
                    .replacen('{', "{\"fever\":true,", 1)
                    .into_bytes(),
            ),
            code: 65,
            says: "`fever` is answered twice".into(),
        },
        Case {
            name: "json answers: null",
            via: Via::AnswersJson(
                person_json()
                    .edit("\"fever\":false", "\"fever\":null")
                    .into_bytes(),
            ),
            code: 65,
            says: "is not an answer to `fever`".into(),
        },
        Case {
            name: "json answers: object for a yes/no",
            via: Via::AnswersJson(
                person_json()
                    .edit("\"fever\":false", "\"fever\":{}")
                    .into_bytes(),
            ),
            code: 65,
            says: "is not an answer to `fever`".into(),
        },
        Case {
            name: "json answers: empty",
            via: Via::AnswersJson(Vec::new()),
            code: 65,
            says: "a.json:1:".into(),
        },
        // Check-in answers.
        Case {
            name: "check-in: pain out of range",
            via: Via::CheckinPiped(b"11\n".to_vec()),
            code: 65,
            says: "line 1 (question 1, `pain`)".into(),
        },
        Case {
            name: "check-in: EOF halfway",
            via: Via::CheckinPiped(b"3\n3\nn\n".to_vec()),
            code: 65,
            says: "question `bladder_bowel` still needs an answer".into(),
        },
        Case {
            name: "check-in: unknown id",
            via: Via::CheckinToml(b"pain = 3\nmood = 2\n".to_vec()),
            code: 65,
            says: "c.toml:2:1: `mood` is not a question of this questionnaire\n  = hint: `backcheck questions --checkin` lists every question id".into(),
        },
        // Journal files and imports.
        Case {
            name: "journal: not a journal",
            via: Via::Journal(b"hello\n".to_vec()),
            code: 74,
            says: "is not a backcheck journal".into(),
        },
        Case {
            name: "journal: a directory",
            via: Via::Args(&["--journal", ".", "trend"]),
            code: 74,
            says: "cannot use the journal .".into(),
        },
        Case {
            name: "import: malformed",
            via: Via::Import(b"{\"schema_version\": 1,".to_vec()),
            code: 65,
            says: "x.json:1:".into(),
        },
        Case {
            name: "import: unknown field",
            via: Via::Import(export_with(&format!("{CHECKIN_OK},\"mood\":3"))),
            code: 65,
            says: "unknown field `mood`".into(),
        },
        Case {
            name: "import: date not real",
            via: Via::Import(export_with(&CHECKIN_OK.edit("2026-11-20", "2026-02-30"))),
            code: 65,
            says: "check-in 1: date \"2026-02-30\" is not a real".into(),
        },
        Case {
            name: "import: escape in a side effect",
            via: Via::Import(export_with(&CHECKIN_OK.edit(
                "\"side_effects\":[]",
                "\"side_effects\":[\"\\u001b]0;x\\u0007\"]",
            ))),
            code: 65,
            says: "side effect".into(),
        },
        Case {
            name: "import: pain 11",
            via: Via::Import(export_with(&CHECKIN_OK.edit("\"pain\":3", "\"pain\":11"))),
            code: 65,
            says: "pain 11 is not from 0 to 10".into(),
        },
        Case {
            name: "import: not UTF-8",
            via: Via::Import(b"{\"schema_version\": \xff}".to_vec()),
            code: 65,
            says: "x.json:1:20: the import file is not UTF-8 text".into(),
        },
        // Command line.
        Case {
            name: "args: bad date",
            via: Via::Args(&["--date", "25/11/2026", "--answers", "x"]),
            code: 2,
            says: "use YYYY-MM-DD".into(),
        },
        Case {
            name: "args: csv for a report",
            via: Via::Args(&["questions", "--format", "csv"]),
            code: 2,
            says: "invalid value 'csv' for '--format <FORMAT>'".into(),
        },
        // Where output goes: refused before any question.
        Case {
            name: "output: a folder",
            via: Via::Args(&["--output", "."]),
            code: 74,
            says: "cannot write .: it is a folder; give a file name".into(),
        },
        Case {
            name: "output: a folder that does not exist",
            via: Via::Args(&["--output", "no/such/r.txt"]),
            code: 74,
            says: "cannot write no/such/r.txt: the folder no/such does not exist".into(),
        },
        Case {
            name: "save-answers: a folder that does not exist",
            via: Via::Args(&["--save-answers", "gone/a.toml"]),
            code: 74,
            says: "the folder gone does not exist".into(),
        },
        Case {
            name: "svg: a folder",
            via: Via::Args(&["trend", "--svg", "."]),
            code: 74,
            says: "it is a folder".into(),
        },
        Case {
            name: "remind: output in a missing folder",
            via: Via::Args(&["remind", "--output", "cal/x.ics"]),
            code: 74,
            says: "the folder cal does not exist".into(),
        },
        Case {
            name: "save-answers and the report both on standard output",
            via: Via::Args(&["--save-answers", "-"]),
            code: 2,
            says: "both go to standard output".into(),
        },
        Case {
            name: "svg and the report both on standard output",
            via: Via::Args(&["trend", "--svg", "-"]),
            code: 2,
            says: "both go to standard output".into(),
        },
        Case {
            name: "journal: its folder is a file",
            via: Via::Args(&["--journal", "/dev/null/j.sqlite3", "checkin"]),
            code: 74,
            says: "cannot use the journal /dev/null/j.sqlite3".into(),
        },
        Case {
            name: "remind: a time that is not one",
            via: Via::Args(&["remind", "--time", "25:00"]),
            code: 2,
            says: "--time 25:00: not a time of day; use HH:MM".into(),
        },
        Case {
            name: "remind: a day that is not one",
            via: Via::Args(&["remind", "--day", "someday"]),
            code: 2,
            says: "invalid value 'someday' for '--day <DAY>'".into(),
        },
        Case {
            name: "journal delete: a date with no check-in",
            via: Via::Args(&["journal", "delete", "--yes", "--date", "2026-11-01"]),
            code: 2,
            says: "there is no check-in for 2026-11-01".into(),
        },
        Case {
            name: "record: --replace without --record",
            via: Via::Args(&["--replace"]),
            code: 2,
            says: "--record".into(),
        },
    ]
}

fn run(case: &Case) -> crate::harness::Outcome {
    let b = backcheck().env("BACKCHECK_TODAY", "2026-11-25");
    let b: Run = match &case.via {
        Via::Content(bytes) => b
            .file("bad.toml", bytes)
            .file("lang/en/bad.ftl", minimal_words())
            .args(["check", "bad.toml"]),
        Via::NoWords(bytes) => b.file("bad.toml", bytes).args(["check", "bad.toml"]),
        Via::Words(bytes) => b
            .file("bad.toml", minimal())
            .file("lang/en/bad.ftl", bytes)
            .args(["check", "bad.toml"]),
        Via::Piped(bytes) => b.stdin(bytes.clone()),
        Via::AnswersToml(bytes) => b.file("a.toml", bytes).args(["--answers", "a.toml"]),
        Via::AnswersJson(bytes) => b.file("a.json", bytes).args(["--answers", "a.json"]),
        Via::CheckinPiped(bytes) => b.arg("checkin").stdin(bytes.clone()),
        Via::CheckinToml(bytes) => b
            .file("c.toml", bytes)
            .args(["checkin", "--answers", "c.toml"]),
        Via::Journal(bytes) => b
            .file("j.sqlite3", bytes)
            .env("BACKCHECK_JOURNAL", "j.sqlite3")
            .arg("trend"),
        Via::Import(bytes) => b
            .file("x.json", bytes)
            .args(["journal", "import", "x.json"]),
        Via::Args(args) => b.args(args.iter().copied()),
    };
    b.run()
}

#[test]
fn every_bad_input_gets_its_exit_code_a_message_and_no_half_output() {
    let cases = cases();
    assert!(
        cases.len() >= 40,
        "at least 40 cases, found {}",
        cases.len()
    );
    let mut failures = Vec::new();
    for case in &cases {
        let out = run(case);
        let mut problems = Vec::new();
        if out.code != case.code {
            problems.push(format!("exit {} instead of {}", out.code, case.code));
        }
        if !out.stderr.contains(&case.says) {
            problems.push(format!("stderr lacks {:?}", case.says));
        }
        if out.stderr.contains("panicked") || out.stderr.contains("RUST_BACKTRACE") {
            problems.push("panic on stderr".into());
        }
        // Hints point to what an installed binary has, not to a checkout.
        if out.stderr.contains("docs/") || out.stderr.contains(".md") {
            problems.push("a hint points to a file of the source tree".into());
        }
        if out.stderr.contains('\u{1b}') || out.stdout.contains('\u{1b}') {
            problems.push("a raw escape character was printed".into());
        }
        // Standard output is empty, or a whole report / listing.
        let complete = out.stdout.is_empty()
            || out.stdout.starts_with("ok: ")
            || out
                .stdout
                .trim_end()
                .ends_with("before you start a new treatment.");
        if !complete {
            problems.push(format!("partial stdout: {:?}", out.stdout));
        }
        if !problems.is_empty() {
            failures.push(format!(
                "{}: {}\n  stderr: {}",
                case.name,
                problems.join("; "),
                out.stderr.trim_end()
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn a_questionnaire_that_tries_to_take_over_the_terminal_is_printed_harmlessly() {
    // Raw ESC and BEL in the words: clear the screen, set the window title,
    // hide text. None of it may reach the output raw.
    let words = minimal_words()
        .edit(
            "title = Would a massage help my sore back?",
            "title = \u{1b}[2J\u{1b}]0;pwned\u{7}Sore back?",
        )
        .edit(
            "q-saddle = Is the area you sit on numb?",
            "q-saddle = Numb?\u{1b}[8m hidden \u{202e}",
        )
        .edit(".o-left = Left side", ".o-left = Left\u{8}\u{8}\u{9b}31m")
        .edit(
            "consult = This is not a diagnosis.",
            "consult = \u{1b}]52;c;cGF5\u{7}This is not a diagnosis.",
        );
    let hostile = minimal();
    let backcheck = || crate::harness::backcheck().file("lang/en/h.ftl", &words);
    let check = backcheck()
        .file("h.toml", &hostile)
        .args(["check", "h.toml"])
        .run()
        .code(0);
    assert_eq!(check.stdout, "ok: 3 questions, 2 factors\n");
    for format in ["text", "markdown"] {
        let out = backcheck()
            .file("h.toml", &hostile)
            .args(["--content", "h.toml", "--format", format])
            .stdin("n\n8\n1\n")
            .run()
            .code(0);
        for bad in ['\u{1b}', '\u{7}', '\u{8}', '\u{9b}', '\u{202e}'] {
            assert!(
                !out.stdout.contains(bad),
                "{format}: {bad:?} in {:?}",
                out.stdout
            );
        }
        // Markdown escapes the backslash and the bracket of the visible
        // escape, so that it reads back as itself.
        let visible = if format == "markdown" {
            "\\\\u{1b}\\[2J"
        } else {
            "\\u{1b}[2J"
        };
        assert!(
            out.stdout.contains(visible),
            "{format}: shown as a visible escape"
        );
        if format == "markdown" {
            // The answers table quotes the option's label.
            assert!(
                out.stdout.contains("Left\\\\u{8}"),
                "labels too: {}",
                out.stdout
            );
        }
    }
    let listing = backcheck()
        .file("h.toml", &hostile)
        .args(["--content", "h.toml", "questions"])
        .run()
        .code(0);
    assert!(!listing.stdout.contains('\u{1b}'), "{:?}", listing.stdout);
    // JSON keeps the text, escaped the JSON way.
    let json = backcheck()
        .file("h.toml", &hostile)
        .args(["--content", "h.toml", "--format", "json"])
        .stdin("n\n8\n1\n")
        .run()
        .code(0);
    assert!(json.stdout.contains("\\u001b]52"), "{}", json.stdout);
}
