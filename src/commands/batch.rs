//! `backcheck score` and `backcheck sample`: the files and the terminal
//! around `batch` (which does the work).

use std::collections::HashMap;
use std::fs::File;
use std::io::{self, BufRead, BufReader, IsTerminal, Write};
use std::path::Path;

use super::{load, load_assessment, shown};
use crate::batch::pipeline::{self, Failure};
use crate::batch::records::{Reader, format_of};
use crate::batch::{InputFormat, OutputFormat, Scorer, sample};
use crate::content::Questionnaire;
use crate::error::Error;
use crate::input::{InputError, Kind};
use crate::settings::Settings;
use crate::words::ta;

/// How much input a read takes at once.
const READ_BUFFER: usize = 256 * 1024;

/// How `backcheck score` reads and writes.
#[derive(Debug, Clone, Copy)]
pub struct ScoreOptions<'a> {
    /// The input's format, when given.
    pub input: Option<InputFormat>,
    /// The results' format.
    pub output: OutputFormat,
    /// `--full`.
    pub full: bool,
    /// `--keep-going`.
    pub keep_going: bool,
    /// `--strict-columns`.
    pub strict_columns: bool,
    /// `--columns`: the file mapping CSV headers to question ids.
    pub columns: Option<&'a Path>,
}

/// `backcheck score`.
pub fn score(
    settings: &Settings,
    file: Option<&Path>,
    options: ScoreOptions<'_>,
    out: &mut impl Write,
) -> Result<(), Error> {
    let ScoreOptions {
        input,
        output,
        full,
        keep_going,
        strict_columns,
        columns,
    } = options;
    let q = load_assessment(settings, "score")?;
    let mapping = match columns {
        Some(path) => read_columns(path, &q)?,
        None => HashMap::new(),
    };
    let spec = q
        .assessment()
        .expect("load_assessment refuses other purposes");
    let name = file.map_or_else(|| "<stdin>".to_owned(), shown);
    let mut scorer = Scorer::new(&q, spec, &name, output, full);

    let (reader, size): (Box<dyn BufRead + Send>, Option<u64>) = match file {
        Some(path) => {
            let f = File::open(path).map_err(|e| unreadable(path, e))?;
            let size = f.metadata().ok().map(|m| m.len());
            (Box::new(BufReader::with_capacity(READ_BUFFER, f)), size)
        }
        None => (
            Box::new(BufReader::with_capacity(READ_BUFFER, io::stdin())),
            None,
        ),
    };
    let mut reader = reader;
    let format = match (input, file.and_then(format_of)) {
        (Some(f), _) | (None, Some(f)) => f,
        // Standard input or an unknown extension: JSON Lines start with `{`.
        (None, None) => {
            let start = reader.fill_buf().map_err(|e| read_error(&name, e))?;
            let first = start.iter().find(|b| !b.is_ascii_whitespace());
            if first.is_none_or(|b| *b == b'{') {
                InputFormat::Jsonl
            } else {
                InputFormat::Csv
            }
        }
    };
    let (records, header) =
        Reader::new(reader, format).map_err(|m| Error::Records(format!("{name}: {m}")))?;
    if let Some(header) = header {
        let ignored = scorer
            .set_header(&header, strict_columns, &mapping)
            .map_err(|e| Error::Records(e.message))?;
        if !ignored.is_empty() {
            super::note(&ta(
                "note-columns-ignored",
                &[
                    ("path", name.as_str().into()),
                    ("count", ignored.len().into()),
                    ("columns", ignored.join(", ").into()),
                ],
            ));
        }
    }
    if output == OutputFormat::Csv {
        out.write_all(&scorer.results_header())
            .map_err(Error::Output)?;
    }

    // A progress bar on a terminal, for a file whose size is known.
    let bar = match size {
        Some(len) if io::stderr().is_terminal() && len > 0 => {
            let bar = indicatif::ProgressBar::with_draw_target(
                Some(len),
                indicatif::ProgressDrawTarget::stderr(),
            );
            let left = ta("note-progress-left", &[("time", "{eta}".into())]);
            if let Ok(style) = indicatif::ProgressStyle::with_template(&format!(
                "{{bar:30}} {{percent:>3}}% {{msg}} {left}"
            )) {
                bar.set_style(style);
            }
            Some(bar)
        }
        _ => None,
    };
    let progress = |records: usize, bytes: u64| {
        if let Some(bar) = &bar {
            bar.set_position(bytes);
            bar.set_message(ta("note-progress", &[("count", records.into())]));
        }
    };
    let result = pipeline::run(records, &scorer, keep_going, out, &progress);
    if let Some(bar) = &bar {
        bar.finish_and_clear();
    }
    let summary = result.map_err(|f| match f {
        Failure::Read(e) => read_error(&name, e),
        Failure::Write(e) => Error::Output(e),
    })?;
    // Results that need a person to act the same day are said at the end,
    // whatever else happened: a form or survey that asks these questions
    // must show its urgent message, and these need same-day human review.
    let count = |c: &std::sync::atomic::AtomicUsize| c.load(std::sync::atomic::Ordering::Relaxed);
    let (emergencies, doctor_first) = (
        count(&scorer.tally.emergencies),
        count(&scorer.tally.doctor_first),
    );
    let scored = emergencies + doctor_first + count(&scorer.tally.others);
    super::note(&ta(
        "note-scored",
        &[
            ("count", scored.into()),
            ("emergencies", emergencies.into()),
            ("doctor_first", doctor_first.into()),
            (
                "kind",
                if emergencies + doctor_first > 0 {
                    "some"
                } else {
                    "none"
                }
                .into(),
            ),
        ],
    ));
    match summary.errors.as_slice() {
        [] => Ok(()),
        [first, ..] if !keep_going => Err(Error::Records(first.message.clone())),
        errors => {
            let lines: Vec<String> = errors.iter().take(10).map(|e| e.line.to_string()).collect();
            let more = if errors.len() > 10 { ", ..." } else { "" };
            Err(Error::Records(ta(
                "error-records-failed",
                &[
                    ("count", errors.len().into()),
                    ("total", summary.records.into()),
                    ("text", format!("{}{more}", lines.join(", ")).into()),
                ],
            )))
        }
    }
}

/// A `--columns` file: `"Header" = "question_id"` lines, each id checked.
fn read_columns(path: &Path, q: &Questionnaire) -> Result<HashMap<String, String>, Error> {
    let name = shown(path);
    let text = crate::input::read(
        crate::input::Kind::Answers,
        crate::input::Source::File(path),
        io::empty(),
    )?;
    let at = |offset: usize| {
        let (line, column) = crate::content::line_col(&text, offset);
        format!("{name}:{}:{}", line + 1, column + 1)
    };
    let table: std::collections::BTreeMap<String, toml::Spanned<String>> = toml::from_str(&text)
        .map_err(|e| {
            Error::Records(ta(
                "error-columns-file",
                &[
                    ("at", at(e.span().map_or(0, |s| s.start)).into()),
                    ("why", e.message().trim_end().to_owned().into()),
                ],
            ))
        })?;
    let mut mapping = HashMap::new();
    for (header, id) in table {
        let target = id.get_ref();
        if target != "_id" && q.question(target).is_none() {
            let close = crate::answers::file::closest_id(q, target)
                .map(|s| ta("error-did-you-mean", &[("id", s.into())]))
                .unwrap_or_default();
            return Err(Error::Records(format!(
                "{}{close}",
                ta(
                    "error-columns-unknown",
                    &[
                        ("at", at(id.span().start).into()),
                        ("id", crate::sanitize::printable(target).into_owned().into()),
                    ],
                )
            )));
        }
        mapping.insert(header.trim().to_owned(), target.clone());
    }
    Ok(mapping)
}

fn unreadable(path: &Path, e: io::Error) -> Error {
    Error::Input(InputError::Unreadable {
        kind: Kind::Records,
        name: shown(path),
        path: Some(path.to_owned()),
        source: e,
    })
}

fn read_error(name: &str, e: io::Error) -> Error {
    Error::Input(InputError::Unreadable {
        kind: Kind::Records,
        name: name.to_owned(),
        path: None,
        source: e,
    })
}

/// `backcheck sample`.
pub fn sample(
    settings: &Settings,
    count: u64,
    seed: u64,
    format: OutputFormat,
    out: &mut impl Write,
) -> Result<(), Error> {
    let q = load(&settings.content)?;
    match format {
        OutputFormat::Jsonl => sample::write_jsonl(&q, count, seed, out),
        OutputFormat::Csv => sample::write_csv(&q, count, seed, out),
    }
    .map_err(Error::Output)
}
