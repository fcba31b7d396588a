//! The journal's export formats (JSON and CSV) and reading the JSON back
//! (`backcheck journal import`), so a journal can move to a new machine.
//! Documented in docs/json-output.md.

use std::str::FromStr;

use jiff::civil::Date;
use serde::{Deserialize, Serialize};

use super::record::{CheckIn, RecordedAssessment};
use super::store::{ReplacedBaseline, StoredAssessment, StoredCheckIn};
use crate::words::ta;

/// Version of the export format.
pub const EXPORT_VERSION: u32 = 1;

/// The whole journal.
#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExportFile {
    /// `1`.
    pub schema_version: u32,
    /// The recorded assessment.
    pub baseline: Option<ExportBaseline>,
    /// The starting points that were replaced, oldest first (new in 3.0;
    /// absent in older exports).
    #[serde(default)]
    pub replaced_baselines: Vec<ExportReplaced>,
    /// Every check-in, oldest first.
    pub checkins: Vec<ExportCheckIn>,
}

/// A starting point that a later one replaced.
#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExportReplaced {
    /// When it was replaced (RFC 3339).
    pub replaced_at: String,
    /// The starting point as it was.
    #[serde(flatten)]
    pub baseline: ExportBaseline,
}

/// Which questionnaire answers came from.
#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QuestionnaireRef {
    /// Its id.
    pub id: String,
    /// Its version.
    pub version: String,
}

/// The recorded assessment.
#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExportBaseline {
    /// `YYYY-MM-DD`.
    pub date: String,
    /// Its pain, 0-10.
    pub pain: u8,
    /// Its activity limits, 0-10, when the assessment asked (new in 2.0;
    /// absent in older exports).
    #[serde(default)]
    pub activity_limits: Option<u8>,
    /// Its `pain_duration` answer.
    pub pain_duration: Option<String>,
    /// Its verdict id.
    pub verdict: String,
    /// The questionnaire it was answered with.
    pub questionnaire: QuestionnaireRef,
    /// Every answer.
    pub answers: serde_json::Map<String, serde_json::Value>,
}

/// One check-in.
#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExportCheckIn {
    /// `YYYY-MM-DD`.
    pub date: String,
    /// Pain, 0-10.
    pub pain: u8,
    /// Activity limits, 0-10.
    pub activity_limits: u8,
    /// A massage since the last check-in.
    pub had_massage: Option<bool>,
    /// Its length.
    pub massage_minutes: Option<i64>,
    /// Its kind.
    pub massage_kind: Option<String>,
    /// After-effects (option values).
    pub side_effects: Vec<String>,
    /// New warning signs since the last check-in (new in 2.0; absent in
    /// older exports).
    #[serde(default)]
    pub warning_signs: Option<bool>,
    /// The person's own rating of change since the starting point (new in
    /// check-in 2.1; absent in older exports).
    #[serde(default)]
    pub global_change: Option<String>,
    /// An emergency answer was given.
    pub urgent: bool,
    /// Its status id (new in 3.0; absent in older exports).
    #[serde(default)]
    pub status: Option<String>,
    /// The questions whose answers were warning signs (new in 3.0).
    #[serde(default)]
    pub signs: Vec<String>,
    /// The questionnaire it was answered with.
    pub questionnaire: QuestionnaireRef,
    /// Every answer.
    pub answers: serde_json::Map<String, serde_json::Value>,
}

/// A whole journal, as the store and an import hold it.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Contents {
    /// The starting point.
    pub baseline: Option<StoredAssessment>,
    /// The starting points it replaced, oldest first.
    pub replaced: Vec<ReplacedBaseline>,
    /// Every check-in, oldest first.
    pub checkins: Vec<StoredCheckIn>,
}

fn object(v: &serde_json::Value) -> serde_json::Map<String, serde_json::Value> {
    v.as_object().cloned().unwrap_or_default()
}

fn export_baseline(b: &StoredAssessment) -> ExportBaseline {
    ExportBaseline {
        date: b.assessment.date.to_string(),
        pain: b.assessment.pain,
        activity_limits: b.assessment.activity_limits,
        pain_duration: b.assessment.pain_duration.clone(),
        verdict: b.assessment.verdict.clone(),
        questionnaire: QuestionnaireRef {
            id: b.content_id.clone(),
            version: b.content_version.clone(),
        },
        answers: object(&b.answers),
    }
}

/// The journal in export form.
pub fn to_export(journal: &Contents) -> ExportFile {
    ExportFile {
        schema_version: EXPORT_VERSION,
        baseline: journal.baseline.as_ref().map(export_baseline),
        replaced_baselines: journal
            .replaced
            .iter()
            .map(|r| ExportReplaced {
                replaced_at: r.replaced_at.clone(),
                baseline: export_baseline(&r.baseline),
            })
            .collect(),
        checkins: journal
            .checkins
            .iter()
            .map(|c| ExportCheckIn {
                date: c.checkin.date.to_string(),
                pain: c.checkin.pain,
                activity_limits: c.checkin.activity_limits,
                had_massage: c.checkin.had_massage,
                massage_minutes: c.checkin.massage_minutes,
                massage_kind: c.checkin.massage_kind.clone(),
                side_effects: c.checkin.side_effects.clone(),
                warning_signs: c.checkin.warning_signs,
                global_change: c.checkin.global_change.clone(),
                urgent: c.checkin.urgent,
                status: c.checkin.status.clone(),
                signs: c.checkin.signs.clone(),
                questionnaire: QuestionnaireRef {
                    id: c.content_id.clone(),
                    version: c.content_version.clone(),
                },
                answers: object(&c.answers),
            })
            .collect(),
    }
}

/// One CSV row: the baseline (kind `baseline`) or a check-in (kind
/// `checkin`). The fields are the documented columns, in order; never
/// reordered.
#[derive(Debug, Default, Serialize)]
struct CsvRow<'a> {
    kind: &'static str,
    date: &'a str,
    pain: u8,
    activity_limits: Option<u8>,
    had_massage: Option<bool>,
    massage_minutes: Option<i64>,
    massage_kind: Option<&'a str>,
    /// Option values separated by `;`.
    side_effects: String,
    urgent: Option<bool>,
    questionnaire_version: &'a str,
    /// New in 2.0, so after the columns of 1.0.
    warning_signs: Option<bool>,
    /// New in check-in 2.1, so after those.
    global_change: Option<&'a str>,
    /// New in 3.0, so last: a check-in's status and warning signs (`;`
    /// between them), and when a replaced starting point was replaced.
    status: Option<&'a str>,
    signs: String,
    replaced_at: Option<&'a str>,
    /// New in 3.1, so after those: the rest of what the JSON export holds
    /// (a starting point's duration and verdict, the questionnaire's id,
    /// and every answer as one JSON object).
    pain_duration: Option<&'a str>,
    verdict: Option<&'a str>,
    questionnaire_id: &'a str,
    answers: String,
}

/// The journal as CSV: a header, the baseline row, then one row per
/// check-in, oldest first.
pub fn write_csv<'a>(e: &'a ExportFile, out: impl std::io::Write) -> std::io::Result<()> {
    let mut w = csv::Writer::from_writer(out);
    let mut rows = Vec::new();
    let baseline = |kind, b: &'a ExportBaseline, replaced_at| CsvRow {
        kind,
        date: &b.date,
        pain: b.pain,
        activity_limits: b.activity_limits,
        questionnaire_version: &b.questionnaire.version,
        replaced_at,
        pain_duration: b.pain_duration.as_deref(),
        verdict: Some(&b.verdict),
        questionnaire_id: &b.questionnaire.id,
        answers: serde_json::Value::Object(b.answers.clone()).to_string(),
        ..CsvRow::default()
    };
    for r in &e.replaced_baselines {
        rows.push(baseline(
            "replaced_baseline",
            &r.baseline,
            Some(r.replaced_at.as_str()),
        ));
    }
    if let Some(b) = &e.baseline {
        rows.push(baseline("baseline", b, None));
    }
    for c in &e.checkins {
        rows.push(CsvRow {
            kind: "checkin",
            date: &c.date,
            pain: c.pain,
            activity_limits: Some(c.activity_limits),
            had_massage: c.had_massage,
            massage_minutes: c.massage_minutes,
            massage_kind: c.massage_kind.as_deref(),
            side_effects: c.side_effects.join(";"),
            urgent: Some(c.urgent),
            questionnaire_version: &c.questionnaire.version,
            warning_signs: c.warning_signs,
            global_change: c.global_change.as_deref(),
            status: c.status.as_deref(),
            signs: c.signs.join(";"),
            replaced_at: None,
            pain_duration: None,
            verdict: None,
            questionnaire_id: &c.questionnaire.id,
            answers: serde_json::Value::Object(c.answers.clone()).to_string(),
        });
    }
    if rows.is_empty() {
        // serde writes the header with the first row; an empty journal
        // still gets one, taken from the row type itself.
        let mut sample = csv::Writer::from_writer(Vec::new());
        sample.serialize(CsvRow::default())?;
        let bytes = sample.into_inner().map_err(|e| e.into_error())?;
        let header = bytes.split(|b| *b == b'\n').next().unwrap_or_default();
        let mut w = w.into_inner().map_err(|e| e.into_error())?;
        w.write_all(header)?;
        return w.write_all(b"\n");
    }
    for row in &rows {
        w.serialize(row)?;
    }
    w.flush()
}

/// Why an import file cannot be used.
#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    /// Not valid JSON, or not the export shape.
    #[error("{}", shape_words(path, *line, *column, message))]
    Shape {
        /// The file's name.
        path: String,
        /// 1-based line.
        line: usize,
        /// 1-based column.
        column: usize,
        /// What is wrong, as the JSON reader says it.
        message: serde_json::Error,
    },
    /// A value out of range (a date that is not real, pain above 10, ...).
    #[error("{path}: {what}")]
    Value {
        /// The file's name.
        path: String,
        /// What is wrong, and where.
        what: String,
    },
}

/// Where in an import file a value is, for a message.
enum Place {
    /// The starting point.
    Baseline,
    /// The nth replaced starting point (1-based).
    Replaced(usize),
    /// The nth check-in (1-based).
    CheckIn(usize),
}

impl Place {
    /// "check-in 2", in the run's language.
    fn words(&self) -> String {
        let (kind, n) = match self {
            Place::Baseline => ("baseline", 0),
            Place::Replaced(n) => ("replaced", *n),
            Place::CheckIn(n) => ("checkin", *n),
        };
        ta(
            "error-import-place",
            &[("kind", kind.into()), ("count", n.into())],
        )
    }
}

/// A value's name ("pain-duration") in words ("pain duration").
fn field_words(name: &str) -> String {
    ta("error-import-field", &[("kind", name.into())])
}

/// A file that is not the export's JSON, in words: in English as the JSON
/// reader says it; another language says the common cases its own way.
fn shape_words(path: &str, line: usize, column: usize, e: &serde_json::Error) -> String {
    use serde_json::error::Category;
    let text = e.to_string();
    // The reader's own words, without its place (the message starts with it).
    let words = text
        .rsplit_once(" at line ")
        .map_or(text.as_str(), |(words, _)| words);
    let quoted = |prefix: &str| {
        words
            .strip_prefix(prefix)
            .and_then(|rest| rest.split('`').next())
            .map(str::to_owned)
    };
    let (kind, field) = match e.classify() {
        Category::Syntax => ("syntax", None),
        Category::Eof => ("eof", None),
        Category::Io => ("other", None),
        Category::Data => {
            if let Some(f) = quoted("missing field `") {
                ("missing-field", Some(f))
            } else if let Some(f) = quoted("unknown field `") {
                ("unknown-field", Some(f))
            } else if let Some(f) = quoted("duplicate field `") {
                ("duplicate-field", Some(f))
            } else if words.starts_with("invalid ") {
                ("invalid", None)
            } else {
                ("other", None)
            }
        }
    };
    // The place is said once, before the words; then what import reads.
    format!(
        "{}\n  = {}",
        ta(
            "error-import-shape",
            &[
                ("path", path.into()),
                ("line", line.into()),
                ("column", column.into()),
                ("kind", kind.into()),
                ("field", field.unwrap_or_default().into()),
                ("text", words.into()),
            ],
        ),
        crate::words::t("hint-import-formats")
    )
}

/// Reads an export file back into stored form, checking every value.
pub fn from_json(path: &str, text: &str, today: Date) -> Result<Contents, ImportError> {
    let e: ExportFile = serde_json::from_str(text).map_err(|err| ImportError::Shape {
        path: path.to_owned(),
        line: err.line(),
        column: err.column(),
        message: err,
    })?;
    from_export(path, e, today)
}

/// Checks an export (read from JSON, or from a FHIR Bundle) and turns it
/// into a journal's contents.
pub fn from_export(path: &str, e: ExportFile, today: Date) -> Result<Contents, ImportError> {
    let bad = |what: String| ImportError::Value {
        path: path.to_owned(),
        what,
    };
    if e.schema_version != EXPORT_VERSION {
        return Err(bad(ta(
            "error-import-version",
            &[("version", e.schema_version.into())],
        )));
    }
    let date = |at: &Place, text: &str| -> Result<Date, ImportError> {
        let d: Date = crate::date::parse(text).ok_or_else(|| {
            bad(ta(
                "error-import-date-unreal",
                &[
                    ("what", at.words().into()),
                    ("text", format!("{text:?}").into()),
                ],
            ))
        })?;
        if d > today {
            return Err(bad(ta(
                "error-import-date-future",
                &[("what", at.words().into()), ("date", d.to_string().into())],
            )));
        }
        Ok(d)
    };
    let scale = |at: &Place, name: &str, v: u8| {
        if v > 10 {
            Err(bad(ta(
                "error-import-scale",
                &[
                    ("what", at.words().into()),
                    ("field", field_words(name).into()),
                    ("count", v.into()),
                ],
            )))
        } else {
            Ok(v)
        }
    };
    // Values that are printed later must be plain ids: an export file is
    // input like any other, and must not carry escape sequences into a
    // terminal through `journal list`.
    let id = |at: &Place, name: &str, v: &str| -> Result<(), ImportError> {
        let ok = !v.is_empty()
            && v.chars().all(|c| {
                c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_' || c == '-' || c == '.'
            });
        if ok {
            Ok(())
        } else {
            Err(bad(ta(
                "error-import-id",
                &[
                    ("what", at.words().into()),
                    ("field", field_words(name).into()),
                    ("text", format!("{v:?}").into()),
                ],
            )))
        }
    };
    let check_baseline = |at: &Place, b: &ExportBaseline| -> Result<(), ImportError> {
        id(at, "verdict", &b.verdict)?;
        if let Some(d) = &b.pain_duration {
            id(at, "pain-duration", d)?;
        }
        id(at, "questionnaire-id", &b.questionnaire.id)?;
        id(at, "questionnaire-version", &b.questionnaire.version)
    };
    if let Some(b) = &e.baseline {
        check_baseline(&Place::Baseline, b)?;
    }
    for (i, r) in e.replaced_baselines.iter().enumerate() {
        let at = Place::Replaced(i + 1);
        check_baseline(&at, &r.baseline)?;
        if jiff::Timestamp::from_str(&r.replaced_at).is_err() {
            return Err(bad(ta(
                "error-import-replaced-at",
                &[
                    ("what", at.words().into()),
                    ("text", format!("{:?}", r.replaced_at).into()),
                ],
            )));
        }
    }
    for (i, c) in e.checkins.iter().enumerate() {
        let at = Place::CheckIn(i + 1);
        for s in &c.side_effects {
            id(&at, "side-effect", s)?;
        }
        if let Some(k) = &c.massage_kind {
            id(&at, "massage-kind", k)?;
        }
        if let Some(g) = &c.global_change {
            id(&at, "global-change", g)?;
        }
        if let Some(s) = &c.status {
            id(&at, "status", s)?;
        }
        for s in &c.signs {
            id(&at, "sign", s)?;
        }
        id(&at, "questionnaire-id", &c.questionnaire.id)?;
        id(&at, "questionnaire-version", &c.questionnaire.version)?;
    }
    let stored = |at: &Place, b: ExportBaseline| -> Result<StoredAssessment, ImportError> {
        Ok(StoredAssessment {
            assessment: RecordedAssessment {
                date: date(at, &b.date)?,
                pain: scale(at, "pain", b.pain)?,
                activity_limits: match b.activity_limits {
                    Some(a) => Some(scale(at, "activity-limits", a)?),
                    None => None,
                },
                pain_duration: b.pain_duration,
                verdict: b.verdict,
            },
            answers: serde_json::Value::Object(b.answers),
            content_id: b.questionnaire.id,
            content_version: b.questionnaire.version,
        })
    };
    let baseline = e
        .baseline
        .map(|b| stored(&Place::Baseline, b))
        .transpose()?;
    let mut replaced = Vec::with_capacity(e.replaced_baselines.len());
    for (i, r) in e.replaced_baselines.into_iter().enumerate() {
        replaced.push(ReplacedBaseline {
            baseline: stored(&Place::Replaced(i + 1), r.baseline)?,
            replaced_at: r.replaced_at,
        });
    }
    let mut seen = std::collections::HashSet::new();
    for (i, c) in e.checkins.iter().enumerate() {
        if !seen.insert(c.date.as_str()) {
            return Err(bad(ta(
                "error-import-date-twice",
                &[
                    ("what", Place::CheckIn(i + 1).words().into()),
                    ("date", c.date.as_str().into()),
                ],
            )));
        }
    }
    let mut checkins = Vec::with_capacity(e.checkins.len());
    for (i, c) in e.checkins.into_iter().enumerate() {
        let at = Place::CheckIn(i + 1);
        checkins.push(StoredCheckIn {
            checkin: CheckIn {
                date: date(&at, &c.date)?,
                pain: scale(&at, "pain", c.pain)?,
                activity_limits: scale(&at, "activity-limits", c.activity_limits)?,
                had_massage: c.had_massage,
                massage_minutes: c.massage_minutes,
                massage_kind: c.massage_kind,
                side_effects: c.side_effects,
                warning_signs: c.warning_signs,
                global_change: c.global_change,
                urgent: c.urgent,
                status: c.status,
                signs: c.signs,
            },
            answers: serde_json::Value::Object(c.answers),
            content_id: c.questionnaire.id,
            content_version: c.questionnaire.version,
        });
    }
    Ok(Contents {
        baseline,
        replaced,
        checkins,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn csv(e: &ExportFile) -> String {
        let mut out = Vec::new();
        write_csv(e, &mut out).expect("to memory");
        String::from_utf8(out).expect("utf-8")
    }

    #[test]
    fn csv_has_the_documented_columns_and_quotes_only_what_needs_it() {
        let empty = ExportFile {
            schema_version: 1,
            baseline: None,
            replaced_baselines: Vec::new(),
            checkins: Vec::new(),
        };
        assert_eq!(
            csv(&empty),
            "kind,date,pain,activity_limits,had_massage,massage_minutes,massage_kind,side_effects,urgent,questionnaire_version,warning_signs,global_change,status,signs,replaced_at,pain_duration,verdict,questionnaire_id,answers\n"
        );
        let q = || QuestionnaireRef {
            id: "q".into(),
            version: "1,0".into(),
        };
        let e = ExportFile {
            schema_version: 1,
            replaced_baselines: vec![ExportReplaced {
                replaced_at: "2026-10-01T09:00:00Z".into(),
                baseline: ExportBaseline {
                    date: "2026-09-01".into(),
                    pain: 7,
                    activity_limits: Some(6),
                    pain_duration: None,
                    verdict: "may_help".into(),
                    questionnaire: q(),
                    answers: serde_json::Map::new(),
                },
            }],
            baseline: Some(ExportBaseline {
                date: "2026-10-01".into(),
                pain: 5,
                activity_limits: Some(4),
                pain_duration: None,
                verdict: "may_help".into(),
                questionnaire: q(),
                answers: serde_json::Map::new(),
            }),
            checkins: vec![ExportCheckIn {
                date: "2026-10-08".into(),
                pain: 4,
                activity_limits: 3,
                had_massage: Some(true),
                massage_minutes: None,
                massage_kind: Some("say \"hi\"".into()),
                side_effects: vec!["a".into(), "b".into()],
                warning_signs: None,
                global_change: Some("much_better".into()),
                urgent: false,
                status: Some("stop_and_get_checked".into()),
                signs: vec!["fever".into(), "new_injury".into()],
                questionnaire: q(),
                answers: serde_json::Map::new(),
            }],
        };
        let text = csv(&e);
        let lines: Vec<&str> = text.lines().collect();
        // The starting points carry their activity limits, as the JSON does.
        assert_eq!(
            lines[1],
            "replaced_baseline,2026-09-01,7,6,,,,,,\"1,0\",,,,,2026-10-01T09:00:00Z,,may_help,q,{}"
        );
        assert_eq!(
            lines[2],
            "baseline,2026-10-01,5,4,,,,,,\"1,0\",,,,,,,may_help,q,{}"
        );
        assert_eq!(
            lines[3],
            "checkin,2026-10-08,4,3,true,,\"say \"\"hi\"\"\",a;b,false,\"1,0\",,much_better,stop_and_get_checked,fever;new_injury,,,,q,{}"
        );
        // Every field of the JSON export is a column (issue 23); the
        // questionnaire's id and version are two.
        let header: Vec<&str> = lines[0].split(',').collect();
        let json = serde_json::to_value(&e).expect("json");
        for record in [
            &json["baseline"],
            &json["checkins"][0],
            &json["replaced_baselines"][0],
        ] {
            for key in record.as_object().expect("object").keys() {
                let column = if key == "questionnaire" {
                    "questionnaire_id"
                } else {
                    key
                };
                assert!(header.contains(&column), "{key} is not a CSV column");
            }
        }
    }

    #[test]
    fn import_refuses_future_and_unreal_dates_and_out_of_range_pain() {
        let today = Date::constant(2026, 11, 25);
        let file = |date: &str, pain: u8| {
            format!(
                r#"{{"schema_version":1,"baseline":null,"checkins":[{{"date":"{date}","pain":{pain},"activity_limits":1,"had_massage":true,"massage_minutes":null,"massage_kind":null,"side_effects":[],"urgent":false,"questionnaire":{{"id":"weekly-checkin","version":"1.0.0"}},"answers":{{}}}}]}}"#
            )
        };
        assert!(from_json("x", &file("2026-11-20", 3), today).is_ok());
        let err = |text: String| {
            from_json("x", &text, today)
                .expect_err("refused")
                .to_string()
        };
        assert!(err(file("2026-12-01", 3)).contains("in the future"));
        assert!(err(file("2026-02-30", 3)).contains("not a real"));
        assert!(err(file("2026-11-20", 11)).contains("pain 11 is not from 0 to 10"));
        assert!(err("{\"schema_version\":1}".into()).starts_with("x:1:"));
    }

    #[test]
    fn a_file_that_is_not_an_export_is_said_as_the_json_reader_says_it() {
        let today = Date::constant(2026, 11, 25);
        for text in [
            "{\"schema_version\":1}",
            "{\"schema_version\":1,\"checkins\":[],\"mood\":2}",
            "{\"schema_version\":1,\"checkins\":[],\"checkins\":[]}",
            "{\"schema_version\":\"one\"}",
            "{\"schema_version\":1,",
            "not json",
        ] {
            let said = from_json("x.json", text, today)
                .expect_err("refused")
                .to_string();
            let reader = serde_json::from_str::<ExportFile>(text).expect_err("not an export");
            let place = format!(" at line {} column {}", reader.line(), reader.column());
            let words = reader.to_string().replace(&place, "");
            assert_eq!(
                said.lines().next(),
                Some(format!("x.json:{}:{}: {words}", reader.line(), reader.column()).as_str()),
                "the place is said once"
            );
            assert!(said.contains("JSON export"), "{said}");
        }
    }
}
