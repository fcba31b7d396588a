//! Batch scoring: many answer sets in, one result per set out, in input
//! order, in constant memory (`backcheck score`), and random valid answer
//! sets for tests and benchmarks (`backcheck sample`).
//!
//! Every record is checked by the same code as an answers file
//! (`answers::file::check`) and scored by the same rules as a single run
//! (`rules::score`, `Scores::verdict`), so a record's verdict is always the
//! one `backcheck --answers` gives for the same answers. Reading and writing
//! are in `records.rs` and `results.rs`; `pipeline.rs` spreads the scoring
//! over the cores and keeps the order.

pub mod pipeline;
pub mod records;
pub mod results;
pub mod sample;

use std::collections::HashMap;

use crate::answer::Answer;
use crate::answers::AnswersError;
use crate::answers::entries::{self, Entry, Value};
use crate::answers::{fhir, file};
use crate::content::{AssessmentSpec, QuestionKind, Questionnaire};
use crate::rules;
use crate::words::{Arg, t, ta};

pub use records::{Body, RawRecord};

/// How answer sets are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InputFormat {
    /// One JSON object per line, as for `--answers`, with an optional `_id`.
    Jsonl,
    /// A header row of question ids (and an optional `_id` column), then a
    /// row per answer set.
    Csv,
}

/// How results are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OutputFormat {
    /// One JSON object per line.
    Jsonl,
    /// A header row, then a row per answer set.
    Csv,
}

/// What went wrong with one record: its line and the message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecordError {
    /// 1-based physical line of the record.
    pub line: usize,
    /// What is wrong, with the place, e.g. `data.jsonl:12:9: ...`.
    pub message: String,
}

/// The place and name of header column `n` (0-based), for a message.
fn column_args<'a>(input: &str, n: usize, name: &str) -> [(&'a str, Arg); 3] {
    [
        ("path", input.into()),
        ("column", (n + 1).into()),
        ("id", crate::sanitize::printable(name).into_owned().into()),
    ]
}

/// A CSV column: the record's `_id`, or a question by its index.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Column {
    /// `_id`.
    Id,
    /// A question of the questionnaire.
    Question(usize),
    /// One option of a choose-any question, as REDCap exports it
    /// (`id___value`, 1 when ticked).
    Checkbox(usize, String),
    /// A column that is not a question (a survey tool's Timestamp).
    Ignored,
}

/// Scores records against one questionnaire. Shared by every worker.
pub struct Scorer<'q> {
    /// The questionnaire.
    pub questionnaire: &'q Questionnaire,
    spec: &'q AssessmentSpec,
    /// The input's name in messages.
    name: String,
    /// The CSV header, when the input is CSV.
    columns: Vec<Column>,
    /// Write the whole report (`--full`) instead of the summary line.
    full: bool,
    output: OutputFormat,
    /// The parts of every JSON result line that depend on the content only.
    layout: results::Layout,
    /// How many results of each urgency, for the closing count.
    pub tally: Tally,
}

/// How many records were scored with each urgency.
#[derive(Debug, Default)]
pub struct Tally {
    /// `emergency`.
    pub emergencies: std::sync::atomic::AtomicUsize,
    /// `see_doctor_first`.
    pub doctor_first: std::sync::atomic::AtomicUsize,
    /// Every other verdict.
    pub others: std::sync::atomic::AtomicUsize,
}

/// A scored record, ready to write.
pub struct Scored {
    /// The record's `_id`, or null.
    pub id: serde_json::Value,
    /// Its line.
    pub line: usize,
    /// Its numbers (with the answers that count).
    pub scores: rules::Scores,
    /// Its verdict.
    pub verdict: rules::VerdictId,
    /// When and where.
    pub disposition: crate::content::Disposition,
}

impl<'q> Scorer<'q> {
    /// A scorer for `questionnaire`, naming the input `name` in messages.
    pub fn new(
        questionnaire: &'q Questionnaire,
        spec: &'q AssessmentSpec,
        name: &str,
        output: OutputFormat,
        full: bool,
    ) -> Scorer<'q> {
        Scorer {
            questionnaire,
            spec,
            name: name.to_owned(),
            columns: Vec::new(),
            full,
            output,
            layout: results::Layout::new(questionnaire),
            tally: Tally::default(),
        }
    }

    /// Reads a CSV header: each column is `_id`, a question's id or its
    /// text (in any case), or a REDCap checkbox column `id___value`, once.
    /// Other columns are ignored and returned by name, unless `strict`.
    pub fn set_header(
        &mut self,
        header: &csv::StringRecord,
        strict: bool,
        mapping: &HashMap<String, String>,
    ) -> Result<Vec<String>, RecordError> {
        let q = self.questionnaire;
        let index: HashMap<&str, usize> = q
            .questions
            .iter()
            .enumerate()
            .map(|(i, q)| (q.id.as_str(), i))
            .collect();
        let by_text = |name: &str| {
            let name = crate::answers::fold(name);
            q.questions
                .iter()
                .position(|qu| crate::answers::fold(&qu.text) == name)
        };
        let checkbox = |name: &str| {
            let (id, value) = name.split_once("___")?;
            let i = *index.get(id)?;
            let QuestionKind::Multi { none, .. } = &q.questions[i].kind else {
                return None;
            };
            q.questions[i]
                .option(value)
                .or(none.as_ref().filter(|n| n.value == value))
                .map(|o| Column::Checkbox(i, o.value.clone()))
        };
        let mut columns = Vec::new();
        let mut ignored = Vec::new();
        for (n, name) in header.iter().enumerate() {
            let name = name.trim().trim_start_matches('\u{feff}');
            let name = mapping.get(name).map_or(name, String::as_str);
            let column = if name == "_id" {
                Column::Id
            } else if let Some(i) = index.get(name).copied().or_else(|| by_text(name)) {
                Column::Question(i)
            } else if let Some(c) = checkbox(name) {
                c
            } else if !strict {
                ignored.push(crate::sanitize::printable(name).into_owned());
                columns.push(Column::Ignored);
                continue;
            } else {
                let close = crate::answers::file::closest_id(q, name)
                    .map(|s| ta("error-did-you-mean", &[("id", s.into())]))
                    .unwrap_or_default();
                let message = ta("error-column-unknown", &column_args(&self.name, n, name));
                return Err(RecordError {
                    line: 1,
                    message: crate::messages::hinted(
                        &format!("{message}{close}"),
                        &t("hint-column-unknown"),
                    ),
                });
            };
            if columns.contains(&column) {
                return Err(RecordError {
                    line: 1,
                    message: ta("error-column-twice", &column_args(&self.name, n, name)),
                });
            }
            columns.push(column);
        }
        self.columns = columns;
        Ok(ignored)
    }

    /// The CSV header of the results.
    pub fn results_header(&self) -> Vec<u8> {
        results::csv_header(self.questionnaire)
    }

    /// Scores one record and writes its result to `out`.
    pub fn score_into(&self, record: &RawRecord, out: &mut Vec<u8>) -> Result<(), RecordError> {
        let scored = self.score(record)?;
        if self.full {
            let assessment = rules::assess(self.questionnaire, self.spec, &scored.scores.used);
            match self.output {
                OutputFormat::Jsonl => crate::report::assessment::json::render_line(
                    &assessment,
                    &scored.id,
                    scored.line,
                    out,
                ),
                OutputFormat::Csv => results::write_csv(self.questionnaire, &scored, out),
            }
        } else {
            match self.output {
                OutputFormat::Jsonl => {
                    results::write_jsonl(&self.layout, self.questionnaire, &scored, out)
                }
                OutputFormat::Csv => results::write_csv(self.questionnaire, &scored, out),
            }
        }
        .map_err(|e| RecordError {
            line: record.line,
            message: ta(
                "error-cannot-write-result",
                &[("why", crate::messages::system(&e).into())],
            ),
        })
    }

    /// Writes the error record of `--keep-going`.
    pub fn error_into(&self, record: &RawRecord, error: &RecordError, out: &mut Vec<u8>) {
        let id = self.id_of(record);
        let _ = match self.output {
            OutputFormat::Jsonl => results::write_error_jsonl(&id, error, out),
            OutputFormat::Csv => results::write_error_csv(self.questionnaire, &id, error, out),
        };
    }

    /// A record's `_id`, as far as it can be read; null otherwise.
    pub fn id_of(&self, record: &RawRecord) -> serde_json::Value {
        let id = |v: &serde_json::Value| match fhir::resource_type(v) {
            Some(_) => fhir::response_id(v),
            None => v.get("_id").cloned(),
        };
        match &record.body {
            Body::Json(text) => serde_json::from_str::<serde_json::Value>(text)
                .ok()
                .and_then(|v| id(&v))
                .unwrap_or(serde_json::Value::Null),
            Body::Resource { json, .. } => id(json).unwrap_or(serde_json::Value::Null),
            Body::Csv(fields) => fields
                .iter()
                .zip(&self.columns)
                .find(|(_, c)| **c == Column::Id)
                .map(|(cell, _)| cell.trim())
                .filter(|cell| !cell.is_empty())
                .map_or(serde_json::Value::Null, |cell| {
                    serde_json::Value::String(cell.to_owned())
                }),
            Body::Unreadable(_) => serde_json::Value::Null,
        }
    }

    /// Checks and scores one record.
    pub fn score(&self, record: &RawRecord) -> Result<Scored, RecordError> {
        let line = record.line;
        let (id, entries) = match &record.body {
            Body::Json(text) if text.contains("\"resourceType\"") => {
                match serde_json::from_str::<serde_json::Value>(text) {
                    Ok(json) => return self.score_response(line, &json, ""),
                    Err(_) => return Err(self.json_error(line, text)),
                }
            }
            Body::Resource { json, at } if fhir::resource_type(json).is_some() => {
                return self.score_response(line, json, at);
            }
            Body::Resource { json, .. } => {
                let text = json.to_string();
                match entries::json_record(&text) {
                    Some(parts) => parts,
                    None => return Err(self.json_error(line, &text)),
                }
            }
            Body::Json(text) => match entries::json_record(text) {
                Some(parts) => parts,
                None => return Err(self.json_error(line, text)),
            },
            Body::Csv(fields) => self.csv_entries(line, fields)?,
            Body::Unreadable(message) => {
                return Err(RecordError {
                    line,
                    message: format!("{}:{line}: {message}", self.name),
                });
            }
        };
        let loaded = match file::check(self.questionnaire, &self.name, entries, "") {
            Ok(loaded) => loaded,
            Err(e) => {
                return Err(match &record.body {
                    Body::Json(text) => self.json_error(line, text),
                    _ => self.placed(line, e),
                });
            }
        };
        Ok(self.scored(id.unwrap_or(serde_json::Value::Null), line, loaded.answers))
    }

    /// Checks and scores a FHIR QuestionnaireResponse: a line of NDJSON
    /// (`at` empty) or a Bundle's entry (`at` its JSON path).
    fn score_response(
        &self,
        line: usize,
        json: &serde_json::Value,
        at: &str,
    ) -> Result<Scored, RecordError> {
        // Where: the line of NDJSON, or the entry of a Bundle.
        let name = if at.is_empty() {
            format!("{}:{line}", self.name)
        } else {
            self.name.clone()
        };
        let fail = |e: AnswersError| RecordError {
            line,
            message: e.to_string(),
        };
        let response = fhir::read(self.questionnaire, &name, json, at).map_err(fail)?;
        let checked = file::check(self.questionnaire, &name, response.entries, "");
        let loaded = file::finished(checked, response.in_progress, &name).map_err(fail)?;
        let id = fhir::response_id(json).unwrap_or(serde_json::Value::Null);
        Ok(self.scored(id, line, loaded.answers))
    }

    /// The verdict of checked answers, counted in the tally.
    fn scored(
        &self,
        id: serde_json::Value,
        line: usize,
        answers: crate::answer::Answers,
    ) -> Scored {
        let scores = rules::score_owned(self.questionnaire, answers);
        let verdict = scores.verdict(self.questionnaire, self.spec);
        let disposition = scores.disposition(self.questionnaire, verdict);
        match verdict {
            rules::VerdictId::Emergency => &self.tally.emergencies,
            rules::VerdictId::SeeDoctorFirst => &self.tally.doctor_first,
            _ => &self.tally.others,
        }
        .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        Scored {
            id,
            line,
            scores,
            verdict,
            disposition,
        }
    }

    /// The precise error of a JSON record: read again with the places of
    /// its keys and values, moved to the record's line.
    fn json_error(&self, line: usize, text: &str) -> RecordError {
        let error = match entries::json(&self.name, text) {
            Ok(mut all) => {
                all.retain(|e| e.key != "_id");
                match file::check(self.questionnaire, &self.name, all, "") {
                    Ok(_) => AnswersError::Syntax {
                        path: self.name.clone(),
                        line: 1,
                        column: 1,
                        message: t("error-id-twice"),
                    },
                    Err(e) => e,
                }
            }
            Err(e) => e,
        };
        self.placed(line, error)
    }

    /// An answers error said at the record's line.
    fn placed(&self, line: usize, error: AnswersError) -> RecordError {
        let shift = line.saturating_sub(1);
        let error = match error {
            AnswersError::File {
                path,
                mut problems,
                missing_too,
                list,
            } => {
                for p in &mut problems {
                    p.line += shift;
                }
                AnswersError::File {
                    path,
                    problems,
                    missing_too,
                    list,
                }
            }
            AnswersError::Syntax {
                path,
                line: l,
                column,
                message,
            } => AnswersError::Syntax {
                path,
                line: l + shift,
                column,
                message,
            },
            AnswersError::Missing { questions, .. } => AnswersError::Missing {
                path: format!("{}:{line}", self.name),
                questions,
            },
            other => other,
        };
        RecordError {
            line,
            message: error.to_string(),
        }
    }

    /// The entries of a CSV row: empty cells are not answered; yes/no cells
    /// are yes, no, true, false, 1 or 0; multi cells are values separated
    /// by `|`, or `none`.
    fn csv_entries(
        &self,
        line: usize,
        fields: &csv::StringRecord,
    ) -> Result<(Option<serde_json::Value>, Vec<Entry>), RecordError> {
        let mut id = None;
        let mut out = Vec::with_capacity(fields.len());
        // REDCap's checkbox columns, gathered per question: (column, ticked).
        let mut ticked: Vec<(usize, usize, Vec<String>)> = Vec::new();
        for (n, (cell, column)) in fields.iter().zip(&self.columns).enumerate() {
            let cell = cell.trim();
            let question = match column {
                Column::Id => {
                    if !cell.is_empty() {
                        id = Some(serde_json::Value::String(cell.to_owned()));
                    }
                    continue;
                }
                Column::Ignored => continue,
                Column::Checkbox(i, value) => {
                    let at = match ticked.iter().position(|(q, _, _)| q == i) {
                        Some(at) => at,
                        None => {
                            ticked.push((*i, n, Vec::new()));
                            ticked.len() - 1
                        }
                    };
                    if crate::answers::yes_no(cell, false) == Some(Answer::Bool(true))
                        || cell.eq_ignore_ascii_case("checked")
                    {
                        ticked[at].2.push(value.clone());
                    }
                    continue;
                }
                Column::Question(i) => &self.questionnaire.questions[*i],
            };
            if cell.is_empty() {
                // An empty choose-any cell is its "none" where it has one
                // (a survey tool writes nothing when nothing is ticked).
                if let QuestionKind::Multi { none: Some(_), .. } = &question.kind {
                    out.push(cell_entry(
                        question,
                        n,
                        Value::Array(Vec::new()),
                        String::new(),
                    ));
                }
                continue;
            }
            let value = match &question.kind {
                QuestionKind::YesNo { not_sure } => {
                    match crate::answers::yes_no(&cell.to_lowercase(), *not_sure) {
                        Some(Answer::Bool(b)) => Value::Bool(b),
                        Some(_) => Value::Str(crate::answer::NOT_SURE.into()),
                        None => {
                            return Err(RecordError {
                                line,
                                message: ta(
                                    "error-cell-yes-no",
                                    &[
                                        ("path", self.name.as_str().into()),
                                        ("line", line.into()),
                                        ("column", (n + 1).into()),
                                        (
                                            "text",
                                            format!("{:?}", crate::sanitize::printable(cell))
                                                .into(),
                                        ),
                                        ("id", question.id.as_str().into()),
                                        (
                                            "kind",
                                            if *not_sure { "with-unsure" } else { "plain" }.into(),
                                        ),
                                    ],
                                ),
                            });
                        }
                    }
                }
                QuestionKind::Multi { .. } if crate::answers::is_none(cell) => {
                    Value::Array(Vec::new())
                }
                // Survey tools join ticked values with |, ; or a comma.
                QuestionKind::Multi { .. } => Value::Array(
                    cell.split(['|', ';', ','])
                        .map(str::trim)
                        .filter(|v| !v.is_empty())
                        .map(|v| Value::Str(v.to_owned()))
                        .collect(),
                ),
                QuestionKind::Scale { .. } | QuestionKind::Number { .. } => cell
                    .parse::<i64>()
                    .map_or_else(|_| Value::Str(cell.to_owned()), Value::Int),
                QuestionKind::Choice { .. } => Value::Str(cell.to_owned()),
            };
            out.push(cell_entry(question, n, value, format!("{cell:?}")));
        }
        for (i, n, values) in ticked {
            let given = format!("{values:?}");
            let value = Value::Array(values.into_iter().map(Value::Str).collect());
            out.push(cell_entry(
                &self.questionnaire.questions[i],
                n,
                value,
                given,
            ));
        }
        Ok((id, out))
    }
}

/// The answer in CSV column `n` (0-based), at line 1 of its record: `placed`
/// moves it to the record's line.
fn cell_entry(question: &crate::content::Question, n: usize, value: Value, given: String) -> Entry {
    let at = (1, n + 1);
    Entry {
        key: question.id.clone(),
        value,
        given,
        key_at: at,
        value_at: at,
        path: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::Ordering;

    fn shipped() -> Questionnaire {
        crate::content::load_shipped().expect("shipped")
    }

    /// A test person's answers as one JSON line, with `extra` keys first.
    fn person(name: &str, extra: &str) -> String {
        let path = format!(
            "{}/tests/fixtures/people/{name}.toml",
            env!("CARGO_MANIFEST_DIR")
        );
        let text = std::fs::read_to_string(path).expect("person");
        let table: toml::Table = toml::from_str(&text).expect("toml");
        let json = serde_json::to_string(&table).expect("json");
        format!("{{{extra}{}", &json[1..])
    }

    fn json(line: usize, text: &str) -> RawRecord {
        RawRecord {
            line,
            body: Body::Json(text.to_owned()),
        }
    }

    fn row(cells: &[&str]) -> csv::StringRecord {
        csv::StringRecord::from(cells.to_vec())
    }

    fn csv_record(line: usize, cells: &[&str]) -> RawRecord {
        RawRecord {
            line,
            body: Body::Csv(row(cells)),
        }
    }

    /// A resource of a document (a Bundle's entry) at `at`.
    fn resource(json: serde_json::Value, at: &str) -> RawRecord {
        RawRecord {
            line: 1,
            body: Body::Resource {
                json,
                at: at.to_owned(),
            },
        }
    }

    fn with_scorer<T>(output: OutputFormat, full: bool, f: impl FnOnce(&mut Scorer) -> T) -> T {
        let q = shipped();
        let spec = q.assessment().expect("assessment");
        let mut scorer = Scorer::new(&q, spec, "data", output, full);
        f(&mut scorer)
    }

    /// A CSV header and row of one test person, `_id` first.
    fn person_row(name: &str, id: &str) -> (Vec<String>, Vec<String>) {
        let value: serde_json::Value =
            serde_json::from_str(&person(name, "")).expect("person json");
        let mut header = vec!["_id".to_owned()];
        let mut cells = vec![id.to_owned()];
        for (key, v) in value.as_object().expect("object") {
            header.push(key.clone());
            cells.push(match v {
                serde_json::Value::String(s) => s.clone(),
                serde_json::Value::Array(a) => a
                    .iter()
                    .map(|v| v.as_str().expect("option").to_owned())
                    .collect::<Vec<_>>()
                    .join("|"),
                other => other.to_string(),
            });
        }
        (header, cells)
    }

    fn strs(v: &[String]) -> Vec<&str> {
        v.iter().map(String::as_str).collect()
    }

    #[test]
    fn a_json_record_is_scored_with_its_id_and_counted() {
        with_scorer(OutputFormat::Jsonl, false, |s| {
            let scored = s
                .score(&json(3, &person("emergency", r#""_id":"e1","#)))
                .expect("scored");
            assert_eq!(scored.id, serde_json::json!("e1"));
            assert_eq!(scored.line, 3);
            assert_eq!(scored.verdict, rules::VerdictId::Emergency);
            s.score(&json(4, &person("red-flags", ""))).expect("scored");
            s.score(&json(5, &person("desk-worker", "")))
                .expect("scored");
            s.score(&json(6, &person("desk-worker", "")))
                .expect("scored");
            assert_eq!(s.tally.emergencies.load(Ordering::Relaxed), 1);
            assert_eq!(s.tally.doctor_first.load(Ordering::Relaxed), 1);
            assert_eq!(s.tally.others.load(Ordering::Relaxed), 2);
        });
    }

    #[test]
    fn score_into_writes_one_result_line_per_format() {
        let record = json(2, &person("desk-worker", r#""_id":7,"#));
        let line = with_scorer(OutputFormat::Jsonl, false, |s| {
            let mut out = Vec::new();
            s.score_into(&record, &mut out).expect("written");
            String::from_utf8(out).expect("utf-8")
        });
        let result: serde_json::Value = serde_json::from_str(line.trim_end()).expect("json");
        assert_eq!(result["_id"], 7);
        assert_eq!(result["line"], 2);
        assert_eq!(result["verdict"], "likely_to_help");

        let full = with_scorer(OutputFormat::Jsonl, true, |s| {
            let mut out = Vec::new();
            s.score_into(&record, &mut out).expect("written");
            String::from_utf8(out).expect("utf-8")
        });
        let full: serde_json::Value = serde_json::from_str(full.trim_end()).expect("json");
        assert_eq!(full["verdict"]["id"], "likely_to_help", "{full}");
        assert!(full["factors"].is_array(), "the whole report: {full}");

        let csv = with_scorer(OutputFormat::Csv, false, |s| {
            let mut out = s.results_header();
            s.score_into(&record, &mut out).expect("written");
            String::from_utf8(out).expect("utf-8")
        });
        let mut reader = csv::Reader::from_reader(csv.as_bytes());
        let header = reader.headers().expect("header").clone();
        assert_eq!(&header[0], "_id");
        assert_eq!(&header[2], "verdict");
        let rows: Vec<_> = reader.records().map(|r| r.expect("row")).collect();
        assert_eq!(rows.len(), 1);
        assert_eq!(&rows[0][0], "7");
        assert_eq!(&rows[0][2], "likely_to_help");
    }

    #[test]
    fn the_results_header_is_the_csv_header_of_the_questionnaire() {
        let q = shipped();
        with_scorer(OutputFormat::Csv, false, |s| {
            assert_eq!(s.results_header(), results::csv_header(&q));
            assert!(s.results_header().starts_with(b"_id,line,verdict,"));
        });
    }

    #[test]
    fn an_error_record_carries_the_id_and_the_message() {
        let record = json(9, r#"{"_id":"x9","age":"old"}"#);
        with_scorer(OutputFormat::Jsonl, false, |s| {
            let error = s.score(&record).err().expect("an error");
            assert_eq!(error.line, 9);
            assert!(error.message.contains("data:9:"), "{}", error.message);
            let mut out = Vec::new();
            s.error_into(&record, &error, &mut out);
            let result: serde_json::Value =
                serde_json::from_slice(out.trim_ascii_end()).expect("json");
            assert_eq!(result["_id"], "x9");
            assert_eq!(result["line"], 9);
            assert_eq!(result["error"], error.message.as_str());
        });
    }

    #[test]
    fn a_record_s_id_is_read_from_json_fhir_and_csv() {
        with_scorer(OutputFormat::Jsonl, false, |s| {
            assert_eq!(s.id_of(&json(1, r#"{"_id":"a","age":3}"#)), "a");
            assert_eq!(s.id_of(&json(1, r#"{"age":3}"#)), serde_json::Value::Null);
            assert_eq!(s.id_of(&json(1, "not json")), serde_json::Value::Null);
            let response = serde_json::json!({
                "resourceType": "QuestionnaireResponse", "id": "r1", "_id": "not this"
            });
            assert_eq!(s.id_of(&json(1, &response.to_string())), "r1");
            let resource = resource(response, "entry[0].resource");
            assert_eq!(s.id_of(&resource), "r1");
            let unreadable = RawRecord {
                line: 1,
                body: Body::Unreadable("bad".into()),
            };
            assert_eq!(s.id_of(&unreadable), serde_json::Value::Null);

            s.set_header(&row(&["age", "_id"]), true, &HashMap::new())
                .expect("header");
            assert_eq!(s.id_of(&csv_record(2, &["40", " p7 "])), "p7");
            assert_eq!(
                s.id_of(&csv_record(2, &["40", "  "])),
                serde_json::Value::Null
            );
        });
    }

    #[test]
    fn a_csv_header_takes_ids_texts_mappings_and_checkboxes_once() {
        let q = shipped();
        let text = &q.question("age").expect("age").text;
        with_scorer(OutputFormat::Jsonl, false, |s| {
            let mapping = HashMap::from([("How bad".to_owned(), "pain_intensity".to_owned())]);
            let ignored = s
                .set_header(
                    &row(&[
                        "\u{feff}_id",
                        &text.to_uppercase(),
                        "How bad",
                        "Timestamp",
                        "diagnosed_conditions___none",
                    ]),
                    false,
                    &mapping,
                )
                .expect("header");
            assert_eq!(ignored, ["Timestamp"]);
            let age = q.questions.iter().position(|x| x.id == "age").expect("age");
            let pain = q
                .questions
                .iter()
                .position(|x| x.id == "pain_intensity")
                .expect("pain");
            let dx = q
                .questions
                .iter()
                .position(|x| x.id == "diagnosed_conditions")
                .expect("dx");
            assert_eq!(
                s.columns,
                [
                    Column::Id,
                    Column::Question(age),
                    Column::Question(pain),
                    Column::Ignored,
                    Column::Checkbox(dx, "none".into()),
                ]
            );

            let unknown = s
                .set_header(&row(&["_id", "agee"]), true, &HashMap::new())
                .expect_err("refused");
            assert_eq!(unknown.line, 1);
            assert!(
                unknown.message.starts_with("data:1:2: "),
                "{}",
                unknown.message
            );
            assert!(unknown.message.contains("`age`"), "{}", unknown.message);

            let twice = s
                .set_header(&row(&["age", "_id", text]), false, &HashMap::new())
                .expect_err("refused");
            assert!(twice.message.starts_with("data:1:3: "), "{}", twice.message);
            let twice = s
                .set_header(&row(&["_id", "age", "_id"]), false, &HashMap::new())
                .expect_err("refused");
            assert!(twice.message.contains("`_id`"), "{}", twice.message);
        });
    }

    #[test]
    fn a_csv_row_scores_as_the_same_json_record() {
        for name in ["desk-worker", "emergency", "red-flags", "sciatica"] {
            let (header, cells) = person_row(name, "p1");
            let from_json = with_scorer(OutputFormat::Jsonl, false, |s| {
                s.score(&json(1, &person(name, ""))).expect("json").scores
            });
            with_scorer(OutputFormat::Jsonl, false, |s| {
                s.set_header(&row(&strs(&header)), true, &HashMap::new())
                    .expect("header");
                let scored = s.score(&csv_record(4, &strs(&cells))).expect(name);
                assert_eq!(scored.id, "p1");
                assert_eq!(scored.scores, from_json, "{name}");
            });
        }
    }

    /// The desk worker's row with one cell changed.
    fn changed(s: &mut Scorer, id: &str, cell: &str) -> Result<Scored, RecordError> {
        let (header, mut cells) = person_row("desk-worker", "p");
        let at = header.iter().position(|h| h == id).expect("column");
        cells[at] = cell.to_owned();
        s.set_header(&row(&strs(&header)), true, &HashMap::new())
            .expect("header");
        s.score(&csv_record(6, &strs(&cells)))
    }

    #[test]
    fn choose_any_cells_take_none_empty_and_three_separators() {
        with_scorer(OutputFormat::Jsonl, false, |s| {
            for cell in ["", "none", "NONE"] {
                let scored = changed(s, "diagnosed_conditions", cell).expect(cell);
                assert_eq!(
                    scored.scores.used.get("diagnosed_conditions"),
                    Some(&Answer::Multi(Vec::new())),
                    "{cell:?}"
                );
            }
            for cell in [
                "lower_left|lower_right",
                "lower_left; lower_right",
                "lower_left,lower_right,",
            ] {
                let scored = changed(s, "pain_location", cell).expect(cell);
                assert_eq!(
                    scored.scores.used.get("pain_location"),
                    Some(&Answer::Multi(vec![
                        "lower_left".into(),
                        "lower_right".into()
                    ])),
                    "{cell:?}"
                );
            }
        });
    }

    #[test]
    fn a_bad_cell_is_named_by_its_line_and_column() {
        with_scorer(OutputFormat::Jsonl, false, |s| {
            let (header, _) = person_row("desk-worker", "p");
            let column = header.iter().position(|h| h == "fever").expect("fever") + 1;
            let error = changed(s, "fever", "maybe").err().expect("refused");
            assert_eq!(error.line, 6);
            assert!(
                error
                    .message
                    .starts_with(&format!("data:6:{column}: \"maybe\"")),
                "{}",
                error.message
            );
            assert!(error.message.contains("`fever`"), "{}", error.message);

            let column = header.iter().position(|h| h == "age").expect("age") + 1;
            let error = changed(s, "age", "old").err().expect("refused");
            assert!(
                error.message.contains(&format!("data:6:{column}:")),
                "{}",
                error.message
            );
            let yes = changed(s, "fever", "Yes").expect("yes");
            assert_eq!(yes.scores.used.get("fever"), Some(&Answer::Bool(true)));
        });
    }

    #[test]
    fn a_choose_any_question_in_two_kinds_of_column_is_refused_at_the_second() {
        with_scorer(OutputFormat::Jsonl, false, |s| {
            let (mut header, mut cells) = person_row("desk-worker", "p");
            header.push("pain_location___lower_left".into());
            cells.push("1".into());
            s.set_header(&row(&strs(&header)), true, &HashMap::new())
                .expect("header");
            let error = s
                .score(&csv_record(3, &strs(&cells)))
                .err()
                .expect("refused");
            assert!(
                error.message.contains(&format!("data:3:{}:", header.len())),
                "{}",
                error.message
            );
        });
    }

    #[test]
    fn redcap_none_ticked_with_another_option_is_refused_at_its_column() {
        with_scorer(OutputFormat::Jsonl, false, |s| {
            let (mut header, mut cells) = person_row("desk-worker", "p");
            let at = header
                .iter()
                .position(|h| h == "diagnosed_conditions")
                .expect("column");
            header.remove(at);
            cells.remove(at);
            let first = header.len() + 1;
            let dx = shipped();
            let other = match &dx.question("diagnosed_conditions").expect("dx").kind {
                QuestionKind::Multi { options, .. } => options[0].value.clone(),
                _ => unreachable!("a choose-any question"),
            };
            header.push(format!("diagnosed_conditions___{other}"));
            header.push("diagnosed_conditions___none".into());
            cells.extend(["1".to_owned(), "1".to_owned()]);
            s.set_header(&row(&strs(&header)), true, &HashMap::new())
                .expect("header");
            let error = s
                .score(&csv_record(5, &strs(&cells)))
                .err()
                .expect("refused");
            assert!(
                error.message.contains(&format!("data:5:{first}:")),
                "{}",
                error.message
            );
        });
    }

    #[test]
    fn fhir_responses_score_as_ndjson_lines_and_bundle_entries() {
        let q = shipped();
        let plain = person("sciatica", "");
        let answers = with_scorer(OutputFormat::Jsonl, false, |s| {
            s.score(&json(1, &plain)).expect("plain").scores
        });
        let response = crate::report::fhir::response(&q, &answers.used, "2026-12-04", "");
        with_scorer(OutputFormat::Jsonl, false, |s| {
            let line = s.score(&json(2, &response.to_string())).expect("a line");
            assert_eq!(line.scores, answers);
            let entry = resource(response.clone(), "entry[0].resource");
            assert_eq!(s.score(&entry).expect("an entry").scores, answers);
            // A plain answers object in a document scores as a JSON line.
            let object = resource(serde_json::from_str(&plain).expect("json"), "[0]");
            assert_eq!(s.score(&object).expect("an object").scores, answers);
            // A FHIR response with a wrong answer is said at its item.
            let mut wrong = response.clone();
            wrong["item"][0]["answer"][0] = serde_json::json!({ "valueString": "banana" });
            let bad = resource(wrong, "entry[4].resource");
            let error = s.score(&bad).err().expect("refused");
            assert!(
                error.message.contains("entry[4].resource.item[0]"),
                "{}",
                error.message
            );
        });
    }

    #[test]
    fn redcap_checkbox_columns_gather_into_one_answer() {
        with_scorer(OutputFormat::Jsonl, false, |s| {
            let (mut header, mut cells) = person_row("desk-worker", "p");
            let at = header
                .iter()
                .position(|h| h == "pain_location")
                .expect("column");
            header.remove(at);
            cells.remove(at);
            for (value, cell) in [
                ("lower_left", "1"),
                ("lower_right", "Checked"),
                ("lower_centre", "0"),
            ] {
                header.push(format!("pain_location___{value}"));
                cells.push(cell.to_owned());
            }
            s.set_header(&row(&strs(&header)), true, &HashMap::new())
                .expect("header");
            let scored = s.score(&csv_record(2, &strs(&cells))).expect("scored");
            assert_eq!(
                scored.scores.used.get("pain_location"),
                Some(&Answer::Multi(vec![
                    "lower_left".into(),
                    "lower_right".into()
                ]))
            );
        });
    }

    #[test]
    fn json_errors_are_said_at_the_record_s_own_line() {
        with_scorer(OutputFormat::Jsonl, false, |s| {
            let text = person("desk-worker", "").replace(r#""age":38"#, r#""age":"old""#);
            let error = s.score(&json(12, &text)).err().expect("refused");
            assert!(error.message.contains("data:12:"), "{}", error.message);
            assert!(error.message.contains("age"), "{}", error.message);

            let twice = person("desk-worker", r#""_id":"a","_id":"b","#);
            let error = s.score(&json(5, &twice)).err().expect("refused");
            assert!(
                error.message.contains(&t("error-id-twice")),
                "{}",
                error.message
            );

            let broken = s.score(&json(5, r#"{"age": }"#)).err().expect("refused");
            assert!(broken.message.starts_with("data:5:"), "{}", broken.message);

            let unreadable = RawRecord {
                line: 8,
                body: Body::Unreadable("not UTF-8".into()),
            };
            let error = s.score(&unreadable).err().expect("refused");
            assert_eq!(error.message, "data:8: not UTF-8");

            let missing = s.score(&json(4, r#"{"age":40}"#)).err().expect("refused");
            assert!(missing.message.contains("data:4"), "{}", missing.message);
        });
    }
}
