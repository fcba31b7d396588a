//! Reading answer sets one at a time, with the physical line each starts on:
//! JSON Lines (blank lines skipped) or CSV (the header is line 1). Nothing
//! is read ahead beyond what the caller asks for, so memory stays flat
//! however long the input is.

use std::collections::VecDeque;
use std::io::{BufRead, Read as _};
use std::sync::{Arc, Mutex};

use super::InputFormat;
use crate::words::{t, ta};

/// The longest record read, in bytes; a longer one is an error record.
pub const MAX_RECORD_BYTES: usize = 1 << 20;

/// The largest JSON document (a FHIR Bundle) read whole, in bytes.
pub const MAX_DOCUMENT_BYTES: u64 = 256 << 20;

/// One answer set as read.
#[derive(Debug, Clone)]
pub struct RawRecord {
    /// 1-based physical line the record starts on.
    pub line: usize,
    /// Its text.
    pub body: Body,
}

/// A record's text.
#[derive(Debug, Clone)]
pub enum Body {
    /// A JSON object, one line.
    Json(String),
    /// A CSV row.
    Csv(csv::StringRecord),
    /// A resource of a FHIR Bundle, at its JSON path (`entry[3].resource`).
    Resource {
        /// The resource.
        json: serde_json::Value,
        /// Where it is in the Bundle.
        at: String,
    },
    /// Something that could not be read as text (why).
    Unreadable(String),
}

/// Reads records from `input`.
pub enum Reader<R: BufRead> {
    /// JSON Lines.
    Jsonl {
        /// The input.
        input: R,
        /// Lines read so far.
        line: usize,
        /// The bytes of the current line.
        buf: Vec<u8>,
        /// Bytes read so far.
        consumed: u64,
    },
    /// The entries of one JSON document (a FHIR Bundle), read whole.
    Document(VecDeque<RawRecord>),
    /// CSV, after its header.
    Csv(
        csv::Reader<Lines<R>>,
        csv::StringRecord,
        Arc<Mutex<NewLines>>,
    ),
}

/// Where the line ends are in the bytes read so far, for the physical line
/// of a CSV record (the csv crate counts a run of blank lines as one).
#[derive(Debug, Default)]
pub struct NewLines {
    /// Offsets of line ends (`\n`) not yet passed, and whether a `\r` is
    /// just before each.
    ahead: VecDeque<(u64, bool)>,
    /// The last byte seen, for a `\r\n` split across two reads.
    last: u8,
    /// Line ends passed.
    passed: usize,
    /// Bytes seen.
    seen: u64,
}

impl NewLines {
    /// The 1-based line of a record the csv crate places at `offset`
    /// (offsets only grow). The csv crate's offset is where it started
    /// looking, before any blank lines, so line ends right there (or after a
    /// `\r`) are blank lines passed too.
    fn line_at(&mut self, mut offset: u64) -> usize {
        while let Some(&(end, crlf)) = self.ahead.front() {
            if end < offset {
                self.passed += 1;
            } else if end == offset || (crlf && end == offset + 1) {
                self.passed += 1;
                offset = end + 1;
            } else {
                break;
            }
            self.ahead.pop_front();
        }
        self.passed + 1
    }
}

/// A reader that notes where its line ends are.
pub struct Lines<R> {
    inner: R,
    ends: Arc<Mutex<NewLines>>,
}

impl<R: std::io::Read> std::io::Read for Lines<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        if let Ok(mut ends) = self.ends.lock() {
            let start = ends.seen;
            let mut before = ends.last;
            for (i, b) in buf[..n].iter().enumerate() {
                if *b == b'\n' {
                    ends.ahead.push_back((start + i as u64, before == b'\r'));
                }
                before = *b;
            }
            ends.last = before;
            ends.seen += n as u64;
        }
        Ok(n)
    }
}

impl<R: BufRead> Reader<R> {
    /// A reader of `format`. For CSV, also returns the header row.
    pub fn new(
        mut input: R,
        format: InputFormat,
    ) -> Result<(Reader<R>, Option<csv::StringRecord>), String> {
        match format {
            // A JSON document over several lines (a pretty-printed FHIR
            // Bundle) is read whole; JSON Lines one line at a time.
            InputFormat::Jsonl if starts_a_document(&mut input) => {
                Ok((Reader::Document(document(input)?), None))
            }
            InputFormat::Jsonl => Ok((
                Reader::Jsonl {
                    input,
                    line: 0,
                    buf: Vec::new(),
                    consumed: 0,
                },
                None,
            )),
            InputFormat::Csv => {
                let delimiter = delimiter(&mut input);
                let ends = Arc::new(Mutex::new(NewLines::default()));
                let lines = Lines {
                    inner: input,
                    ends: Arc::clone(&ends),
                };
                let mut reader = csv::ReaderBuilder::new()
                    .delimiter(delimiter)
                    .has_headers(true)
                    .flexible(true)
                    .from_reader(lines);
                let header = reader
                    .headers()
                    .map_err(|e| ta("error-csv-header", &[("why", e.to_string().into())]))?
                    .clone();
                Ok((
                    Reader::Csv(reader, csv::StringRecord::new(), ends),
                    Some(header),
                ))
            }
        }
    }

    /// Bytes of the input read so far, for a progress bar.
    pub fn bytes_read(&self) -> u64 {
        match self {
            Reader::Jsonl { consumed, .. } => *consumed,
            Reader::Document(_) => 0,
            Reader::Csv(reader, ..) => reader.position().byte(),
        }
    }

    /// The next record; `None` at the end. An error reading the input itself
    /// (not a record that does not fit) is `Err`.
    pub fn next_record(&mut self) -> Result<Option<RawRecord>, std::io::Error> {
        match self {
            Reader::Document(records) => Ok(records.pop_front()),
            Reader::Jsonl {
                input,
                line,
                buf,
                consumed,
            } => loop {
                buf.clear();
                // Read at most a little more than the limit, so that one
                // huge line cannot fill the memory.
                let read = std::io::Read::take(&mut *input, MAX_RECORD_BYTES as u64 + 1)
                    .read_until(b'\n', buf)?;
                if read == 0 {
                    return Ok(None);
                }
                *consumed += read as u64;
                *line += 1;
                let at = *line;
                if buf.len() > MAX_RECORD_BYTES && buf.last() != Some(&b'\n') {
                    // Skip the rest of the line.
                    let mut rest = Vec::new();
                    loop {
                        rest.clear();
                        let n = std::io::Read::take(&mut *input, MAX_RECORD_BYTES as u64)
                            .read_until(b'\n', &mut rest)?;
                        *consumed += n as u64;
                        if n == 0 || rest.last() == Some(&b'\n') {
                            break;
                        }
                    }
                    return Ok(Some(RawRecord {
                        line: at,
                        body: Body::Unreadable(ta(
                            "error-record-too-long",
                            &[("limit", MAX_RECORD_BYTES.into())],
                        )),
                    }));
                }
                let text = match std::str::from_utf8(buf) {
                    Ok(t) => t,
                    Err(_) => {
                        return Ok(Some(RawRecord {
                            line: at,
                            body: Body::Unreadable(t("error-record-not-utf8")),
                        }));
                    }
                };
                let text = text.trim();
                let text = text.strip_prefix('\u{feff}').unwrap_or(text);
                if text.is_empty() {
                    continue;
                }
                return Ok(Some(RawRecord {
                    line: at,
                    body: Body::Json(text.to_owned()),
                }));
            },
            Reader::Csv(reader, record, ends) => match reader.read_record(record) {
                Ok(false) => Ok(None),
                Ok(true) => {
                    let byte = record.position().map_or(0, csv::Position::byte);
                    let line = ends.lock().map_or(0, |mut e| e.line_at(byte));
                    // A row of empty cells only is a blank line.
                    if record.iter().all(|c| c.trim().is_empty()) {
                        return self.next_record();
                    }
                    Ok(Some(RawRecord {
                        line,
                        body: Body::Csv(record.clone()),
                    }))
                }
                Err(e) => {
                    let byte = e.position().map_or(0, csv::Position::byte);
                    let line = ends.lock().map_or(0, |mut e| e.line_at(byte));
                    match e.kind() {
                        csv::ErrorKind::Io(_) => Err(std::io::Error::other(e.to_string())),
                        _ => Ok(Some(RawRecord {
                            line,
                            body: Body::Unreadable(csv_words(&e)),
                        })),
                    }
                }
            },
        }
    }
}

/// Whether the input starts a JSON document read whole rather than JSON
/// Lines: a first line that is only `{` (pretty-printed), or a FHIR Bundle.
fn starts_a_document(input: &mut impl BufRead) -> bool {
    let head = input.fill_buf().unwrap_or(&[]);
    let head = head.strip_prefix(b"\xef\xbb\xbf").unwrap_or(head);
    let start = head.iter().position(|b| !b.is_ascii_whitespace());
    let Some(start) = start else { return false };
    let line = head[start..].split(|b| *b == b'\n').next().unwrap_or(&[]);
    let text = String::from_utf8_lossy(line);
    text.trim() == "{" || (text.contains("\"resourceType\"") && text.contains("\"Bundle\""))
}

/// The records of a JSON document read whole: a FHIR Bundle's resources,
/// else the document as one record. A document that is not JSON is one
/// unreadable record that says so.
fn document(mut input: impl BufRead) -> Result<VecDeque<RawRecord>, String> {
    let mut text = String::new();
    std::io::Read::take(&mut input, MAX_DOCUMENT_BYTES + 1)
        .read_to_string(&mut text)
        .map_err(|e| e.to_string())?;
    if text.len() as u64 > MAX_DOCUMENT_BYTES {
        return Err(ta(
            "error-document-too-large",
            &[("limit", MAX_DOCUMENT_BYTES.into())],
        ));
    }
    let json: serde_json::Value = match serde_json::from_str(text.trim_start_matches('\u{feff}')) {
        Ok(json) => json,
        Err(e) => {
            return Ok(VecDeque::from([RawRecord {
                line: e.line(),
                body: Body::Unreadable(ta("error-document-json", &[("why", e.to_string().into())])),
            }]));
        }
    };
    if crate::answers::fhir::resource_type(&json) != Some("Bundle") {
        return Ok(VecDeque::from([RawRecord {
            line: 1,
            body: Body::Resource {
                json,
                at: String::new(),
            },
        }]));
    }
    let entries = json
        .get("entry")
        .and_then(serde_json::Value::as_array)
        .cloned()
        .unwrap_or_default();
    Ok(entries
        .into_iter()
        .enumerate()
        .filter_map(|(i, mut entry)| {
            let resource = entry.get_mut("resource")?.take();
            Some(RawRecord {
                line: i + 1,
                body: Body::Resource {
                    json: resource,
                    at: format!("entry[{i}].resource"),
                },
            })
        })
        .collect())
}

/// A CSV error without its own place (the record's line is said already).
fn csv_words(e: &csv::Error) -> String {
    match e.kind() {
        csv::ErrorKind::Utf8 { .. } => t("error-row-not-utf8"),
        csv::ErrorKind::UnequalLengths {
            expected_len, len, ..
        } => ta(
            "error-row-fields",
            &[("count", (*len).into()), ("total", (*expected_len).into())],
        ),
        _ => e.to_string(),
    }
}

/// The format of `path` by its extension: `.csv` is CSV, `.jsonl`,
/// `.ndjson` and `.json` are JSON Lines; `None` for anything else.
pub fn format_of(path: &std::path::Path) -> Option<InputFormat> {
    let ext = path.extension()?.to_str()?.to_ascii_lowercase();
    match ext.as_str() {
        "csv" => Some(InputFormat::Csv),
        "jsonl" | "ndjson" | "json" => Some(InputFormat::Jsonl),
        _ => None,
    }
}

/// The CSV's separator: a semicolon when the header has more of them than
/// commas (as European spreadsheets write it), else a comma.
fn delimiter(input: &mut impl BufRead) -> u8 {
    let head = input.fill_buf().unwrap_or(&[]);
    let line = head.split(|b| *b == b'\n').next().unwrap_or(&[]);
    let count = |c: u8| line.iter().filter(|b| **b == c).count();
    if count(b';') > count(b',') {
        b';'
    } else {
        b','
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn all(text: &str, format: InputFormat) -> Vec<(usize, String)> {
        let (mut r, _) = Reader::new(text.as_bytes(), format).expect("reader");
        let mut out = Vec::new();
        while let Some(rec) = r.next_record().expect("reads") {
            let body = match rec.body {
                Body::Json(t) => t,
                Body::Csv(c) => c.iter().collect::<Vec<_>>().join(","),
                Body::Unreadable(m) => format!("! {m}"),
                Body::Resource { json, at } => format!("{at} {json}"),
            };
            out.push((rec.line, body));
        }
        out
    }

    #[test]
    fn a_bundle_pretty_or_on_one_line_is_its_entries() {
        let entries = r#"[{"resource":{"id":"a"}},{"fullUrl":"x"},{"resource":{"id":"b"}}]"#;
        let one_line = format!(r#"{{"resourceType":"Bundle","entry":{entries}}}"#);
        let pretty = format!("{{\n  \"resourceType\": \"Bundle\",\n  \"entry\": {entries}\n}}\n");
        for text in [one_line, pretty] {
            assert_eq!(
                all(&text, InputFormat::Jsonl),
                [
                    (1, r#"entry[0].resource {"id":"a"}"#.to_owned()),
                    (3, r#"entry[2].resource {"id":"b"}"#.to_owned()),
                ]
            );
        }
        // A pretty-printed answers object is one record; broken JSON says so.
        let one = all("{\n  \"age\": 40\n}\n", InputFormat::Jsonl);
        assert_eq!(one, [(1, r#" {"age":40}"#.to_owned())]);
        let broken = all("{\n  \"age\": \n", InputFormat::Jsonl);
        assert!(
            broken[0].1.starts_with("! not a JSON document"),
            "{broken:?}"
        );
    }

    #[test]
    fn json_lines_keep_their_physical_line_and_skip_blanks() {
        let recs = all(
            "{\"a\":1}\n\n  \n{\"a\":2}\r\n{\"a\":3}",
            InputFormat::Jsonl,
        );
        assert_eq!(
            recs,
            [
                (1, "{\"a\":1}".to_owned()),
                (4, "{\"a\":2}".to_owned()),
                (5, "{\"a\":3}".to_owned())
            ]
        );
    }

    #[test]
    fn csv_rows_count_the_header_as_line_one() {
        let recs = all("_id,a\nx,1\n\ny,2\n", InputFormat::Csv);
        assert_eq!(recs, [(2, "x,1".to_owned()), (4, "y,2".to_owned())]);
        let recs = all("a\r\n1\r\n\r\n\r\n2\r\n3", InputFormat::Csv);
        assert_eq!(
            recs,
            [
                (2, "1".to_owned()),
                (5, "2".to_owned()),
                (6, "3".to_owned())
            ]
        );
        // A quoted cell may hold a line end: the next row starts later.
        let recs = all("a,b\n\"x\ny\",1\nz,2\n", InputFormat::Csv);
        assert_eq!(recs[1].0, 4);
    }

    #[test]
    fn bad_bytes_and_huge_lines_are_error_records_not_failures() {
        let mut text = b"{\"a\":1}\n\xff\xfe\n".to_vec();
        text.extend(std::iter::repeat_n(b'x', MAX_RECORD_BYTES + 10));
        text.extend(b"\n{\"a\":2}\n");
        let (mut r, _) = Reader::new(&text[..], InputFormat::Jsonl).expect("reader");
        let mut lines = Vec::new();
        while let Some(rec) = r.next_record().expect("reads") {
            lines.push((rec.line, matches!(rec.body, Body::Unreadable(_))));
        }
        assert_eq!(lines, [(1, false), (2, true), (3, true), (4, false)]);
    }
}
