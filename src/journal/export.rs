//! The journal's export formats (JSON and CSV) and reading the JSON back
//! (`backcheck journal import`), so a journal can move to a new machine.
//! Documented in docs/json-output.md.

use std::fmt::Write as _;

use jiff::civil::Date;
use serde::{Deserialize, Serialize};

use super::store::{StoredAssessment, StoredCheckIn};
use super::trend::{CheckIn, RecordedAssessment};

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
    /// Every check-in, oldest first.
    pub checkins: Vec<ExportCheckIn>,
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
    /// An emergency answer was given.
    pub urgent: bool,
    /// The questionnaire it was answered with.
    pub questionnaire: QuestionnaireRef,
    /// Every answer.
    pub answers: serde_json::Map<String, serde_json::Value>,
}

fn object(v: &serde_json::Value) -> serde_json::Map<String, serde_json::Value> {
    v.as_object().cloned().unwrap_or_default()
}

/// The journal in export form.
pub fn to_export(baseline: Option<&StoredAssessment>, checkins: &[StoredCheckIn]) -> ExportFile {
    ExportFile {
        schema_version: EXPORT_VERSION,
        baseline: baseline.map(|b| ExportBaseline {
            date: b.assessment.date.to_string(),
            pain: b.assessment.pain,
            pain_duration: b.assessment.pain_duration.clone(),
            verdict: b.assessment.verdict.clone(),
            questionnaire: QuestionnaireRef {
                id: b.content_id.clone(),
                version: b.content_version.clone(),
            },
            answers: object(&b.answers),
        }),
        checkins: checkins
            .iter()
            .map(|c| ExportCheckIn {
                date: c.checkin.date.to_string(),
                pain: c.checkin.pain,
                activity_limits: c.checkin.activity_limits,
                had_massage: c.checkin.had_massage,
                massage_minutes: c.checkin.massage_minutes,
                massage_kind: c.checkin.massage_kind.clone(),
                side_effects: c.checkin.side_effects.clone(),
                urgent: c.checkin.urgent,
                questionnaire: QuestionnaireRef {
                    id: c.content_id.clone(),
                    version: c.content_version.clone(),
                },
                answers: object(&c.answers),
            })
            .collect(),
    }
}

/// The CSV columns, in order (documented; never reordered).
pub const CSV_COLUMNS: &[&str] = &[
    "kind",
    "date",
    "pain",
    "activity_limits",
    "had_massage",
    "massage_minutes",
    "massage_kind",
    "side_effects",
    "urgent",
    "questionnaire_version",
];

/// A CSV field, quoted when it needs to be.
fn field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_owned()
    }
}

/// The journal as CSV: a header, the baseline row (kind `baseline`), then one
/// row per check-in (kind `checkin`), oldest first.
pub fn to_csv(e: &ExportFile) -> String {
    let mut out = CSV_COLUMNS.join(",");
    out.push('\n');
    let opt = |b: Option<bool>| b.map_or(String::new(), |b| b.to_string());
    if let Some(b) = &e.baseline {
        let _ = writeln!(
            out,
            "baseline,{},{},,,,,,,{}",
            field(&b.date),
            b.pain,
            field(&b.questionnaire.version)
        );
    }
    for c in &e.checkins {
        let _ = writeln!(
            out,
            "checkin,{},{},{},{},{},{},{},{},{}",
            field(&c.date),
            c.pain,
            c.activity_limits,
            opt(c.had_massage),
            c.massage_minutes.map_or(String::new(), |m| m.to_string()),
            field(c.massage_kind.as_deref().unwrap_or("")),
            field(&c.side_effects.join(";")),
            c.urgent,
            field(&c.questionnaire.version)
        );
    }
    out
}

/// Why an import file cannot be used.
#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    /// Not valid JSON, or not the export shape.
    #[error("{path}:{line}:{column}: {message}")]
    Shape {
        /// The file's name.
        path: String,
        /// 1-based line.
        line: usize,
        /// 1-based column.
        column: usize,
        /// What is wrong.
        message: String,
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

/// Reads an export file back into stored form, checking every value.
pub fn from_json(
    path: &str,
    text: &str,
    today: Date,
) -> Result<(Option<StoredAssessment>, Vec<StoredCheckIn>), ImportError> {
    let e: ExportFile = serde_json::from_str(text).map_err(|err| ImportError::Shape {
        path: path.to_owned(),
        line: err.line(),
        column: err.column(),
        message: err.to_string(),
    })?;
    let bad = |what: String| ImportError::Value {
        path: path.to_owned(),
        what,
    };
    if e.schema_version != EXPORT_VERSION {
        return Err(bad(format!(
            "schema_version {} is not one this backcheck reads (1)",
            e.schema_version
        )));
    }
    let date = |where_: &str, text: &str| -> Result<Date, ImportError> {
        let d: Date = text
            .parse()
            .ok()
            .filter(|_| text.len() == 10)
            .ok_or_else(|| {
                bad(format!(
                    "{where_}: date {text:?} is not a real YYYY-MM-DD date"
                ))
            })?;
        if d > today {
            return Err(bad(format!("{where_}: date {d} is in the future")));
        }
        Ok(d)
    };
    let scale = |where_: &str, name: &str, v: u8| {
        if v > 10 {
            Err(bad(format!("{where_}: {name} {v} is not from 0 to 10")))
        } else {
            Ok(v)
        }
    };
    // Values that are printed later must be plain ids: an export file is
    // input like any other, and must not carry escape sequences into a
    // terminal through `journal list`.
    let id = |where_: &str, name: &str, v: &str| -> Result<(), ImportError> {
        let ok = !v.is_empty()
            && v.chars().all(|c| {
                c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_' || c == '-' || c == '.'
            });
        if ok {
            Ok(())
        } else {
            Err(bad(format!(
                "{where_}: {name} {v:?} is not an id (lower-case letters, digits, _ - .)"
            )))
        }
    };
    if let Some(b) = &e.baseline {
        id("baseline", "verdict", &b.verdict)?;
        if let Some(d) = &b.pain_duration {
            id("baseline", "pain_duration", d)?;
        }
        id("baseline", "questionnaire id", &b.questionnaire.id)?;
        id(
            "baseline",
            "questionnaire version",
            &b.questionnaire.version,
        )?;
    }
    for (i, c) in e.checkins.iter().enumerate() {
        let at = format!("check-in {}", i + 1);
        for s in &c.side_effects {
            id(&at, "side effect", s)?;
        }
        if let Some(k) = &c.massage_kind {
            id(&at, "massage_kind", k)?;
        }
        id(&at, "questionnaire id", &c.questionnaire.id)?;
        id(&at, "questionnaire version", &c.questionnaire.version)?;
    }
    let baseline = match e.baseline {
        None => None,
        Some(b) => Some(StoredAssessment {
            assessment: RecordedAssessment {
                date: date("baseline", &b.date)?,
                pain: scale("baseline", "pain", b.pain)?,
                pain_duration: b.pain_duration,
                verdict: b.verdict,
            },
            answers: serde_json::Value::Object(b.answers),
            content_id: b.questionnaire.id,
            content_version: b.questionnaire.version,
        }),
    };
    let mut checkins = Vec::with_capacity(e.checkins.len());
    for (i, c) in e.checkins.into_iter().enumerate() {
        let at = format!("check-in {}", i + 1);
        checkins.push(StoredCheckIn {
            checkin: CheckIn {
                date: date(&at, &c.date)?,
                pain: scale(&at, "pain", c.pain)?,
                activity_limits: scale(&at, "activity_limits", c.activity_limits)?,
                had_massage: c.had_massage,
                massage_minutes: c.massage_minutes,
                massage_kind: c.massage_kind,
                side_effects: c.side_effects,
                urgent: c.urgent,
            },
            answers: serde_json::Value::Object(c.answers),
            content_id: c.questionnaire.id,
            content_version: c.questionnaire.version,
        });
    }
    Ok((baseline, checkins))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_quotes_only_what_needs_it() {
        assert_eq!(field("relaxation"), "relaxation");
        assert_eq!(field("a,b"), "\"a,b\"");
        assert_eq!(field("say \"hi\""), "\"say \"\"hi\"\"\"");
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
}
