//! Reading answer sets one at a time, with the physical line each starts on:
//! JSON Lines (blank lines skipped) or CSV (the header is line 1). Nothing
//! is read ahead beyond what the caller asks for, so memory stays flat
//! however long the input is.

use std::collections::VecDeque;
use std::io::BufRead;
use std::sync::{Arc, Mutex};

use super::InputFormat;
use crate::words::{t, ta};

/// The longest record read, in bytes; a longer one is an error record.
pub const MAX_RECORD_BYTES: usize = 1 << 20;

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
            Reader::Csv(reader, ..) => reader.position().byte(),
        }
    }

    /// The next record; `None` at the end. An error reading the input itself
    /// (not a record that does not fit) is `Err`.
    pub fn next_record(&mut self) -> Result<Option<RawRecord>, std::io::Error> {
        match self {
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
            };
            out.push((rec.line, body));
        }
        out
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
