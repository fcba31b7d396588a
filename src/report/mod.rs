//! Every document backcheck prints, in every format, through one path.
//!
//! A document (an assessment, the questions, a check-in, the trend, the
//! journal listing) implements `Document` with its forms side by side in its
//! own module; `render` picks the form for a `Format` in one place and
//! writes the whole document at once, so a report is never printed in part.
//! Every document that gives advice puts urgent signs first and ends with
//! the consult text.

pub mod assessment;
pub mod blocks;
pub mod checkin;
pub mod escape;
pub mod fhir;
pub mod journal_list;
pub mod layout;
pub mod questions;
pub mod trend;

use std::io::{self, Write};

/// Output formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Terminal text: wrapped, coloured only when asked.
    Text,
    /// The JSON contract of docs/json-output.md.
    Json,
    /// A markdown report, to print or bring to an appointment.
    Markdown,
    /// HL7 FHIR R4 JSON, for health records (`fhir.rs`).
    Fhir,
    /// One self-contained HTML page (`html.rs`).
    Html,
}

impl Format {
    /// Every format.
    pub const ALL: [Format; 5] = [
        Format::Text,
        Format::Json,
        Format::Markdown,
        Format::Fhir,
        Format::Html,
    ];

    /// The name `--format` gives it.
    pub fn as_str(self) -> &'static str {
        match self {
            Format::Text => "text",
            Format::Json => "json",
            Format::Markdown => "markdown",
            Format::Fhir => "fhir",
            Format::Html => "html",
        }
    }

    /// The format of a name `--format` gives.
    pub fn from_name(name: &str) -> Option<Format> {
        Format::ALL.into_iter().find(|f| f.as_str() == name)
    }

    /// What it is for, in `--help` (English, as all of `--help`).
    pub fn help(self) -> &'static str {
        match self {
            Format::Text => "For reading in a terminal",
            Format::Json => "A stable, documented contract for programs",
            Format::Markdown => "A report to bring to an appointment",
            Format::Fhir => "HL7 FHIR R4 JSON, for health records",
            Format::Html => "One self-contained page to print or send",
        }
    }
}

/// The forms each document has: the one place they are declared. `--format`
/// offers these and no others, before or after a command.
pub const FORMS: &[(&str, &[Format])] = &[
    (
        "assessment",
        &[
            Format::Text,
            Format::Json,
            Format::Markdown,
            Format::Fhir,
            Format::Html,
        ],
    ),
    (
        "questions",
        &[Format::Text, Format::Json, Format::Markdown, Format::Fhir],
    ),
    (
        "checkin",
        &[Format::Text, Format::Json, Format::Markdown, Format::Fhir],
    ),
    (
        "trend",
        &[Format::Text, Format::Json, Format::Markdown, Format::Html],
    ),
    (
        "journal list",
        &[Format::Text, Format::Json, Format::Markdown],
    ),
];

/// The forms of a document named in `FORMS` (none for another name).
pub fn forms(document: &str) -> &'static [Format] {
    FORMS
        .iter()
        .find(|(name, _)| *name == document)
        .map_or(&[], |(_, forms)| forms)
}

/// Why a document could not be written.
#[derive(Debug, thiserror::Error)]
pub enum RenderError {
    /// Writing failed.
    #[error(transparent)]
    Io(#[from] io::Error),
    /// The document cannot be said in FHIR.
    #[error(transparent)]
    Fhir(#[from] fhir::FhirError),
    /// The document has no form in this format (the command line offers
    /// each format only where there is one).
    #[error("this output has no {0} form")]
    NoForm(&'static str),
}

/// How to render.
#[derive(Debug, Clone)]
pub struct RenderOptions {
    /// Colour in text output.
    pub color: bool,
    /// Columns to wrap text output to.
    pub width: usize,
    /// The date the document is about (YYYY-MM-DD), shown in markdown.
    pub date: String,
}

/// Something backcheck prints, in each of its forms. Each form writes the
/// whole document to memory; `render` does the writing out.
pub trait Document {
    /// For a terminal.
    fn text(&self, o: &RenderOptions, out: &mut Vec<u8>) -> io::Result<()>;
    /// A markdown document.
    fn markdown(&self, o: &RenderOptions, out: &mut Vec<u8>) -> io::Result<()>;
    /// The JSON contract, pretty-printed, with a final newline.
    fn json(&self, out: &mut Vec<u8>) -> io::Result<()>;
    /// The FHIR R4 resource, for the documents that have one; the command
    /// line offers `--format fhir` only where they do.
    fn fhir(&self, _o: &RenderOptions, _out: &mut Vec<u8>) -> Result<(), RenderError> {
        Err(RenderError::NoForm("fhir"))
    }
    /// One self-contained HTML page, for the documents that have one.
    fn html(&self, _o: &RenderOptions, _out: &mut Vec<u8>) -> Result<(), RenderError> {
        Err(RenderError::NoForm("html"))
    }
}

/// Renders a document in a format: the one place a format is chosen.
pub fn render(
    doc: &dyn Document,
    format: Format,
    options: &RenderOptions,
    out: &mut impl Write,
) -> Result<(), RenderError> {
    // Render into memory first: on a write error nothing half-done is left
    // behind in a buffer, and a report is never printed in part.
    let mut buf = Vec::new();
    match format {
        Format::Text => doc.text(options, &mut buf)?,
        Format::Json => doc.json(&mut buf)?,
        Format::Markdown => doc.markdown(options, &mut buf)?,
        Format::Fhir => doc.fhir(options, &mut buf)?,
        Format::Html => doc.html(options, &mut buf)?,
    }
    Ok(out.write_all(&buf)?)
}

/// Words for the ids a journal keeps, from content: verdict titles and
/// after-effect labels. Text and markdown show these; JSON keeps the ids.
#[derive(Debug, Clone, Default)]
pub struct Labels {
    /// Verdict id and its title.
    pub verdicts: Vec<(String, String)>,
    /// After-effect option value and its label.
    pub after_effects: Vec<(String, String)>,
    /// Rating-of-change option value and its label.
    pub global_change: Vec<(String, String)>,
    /// Warning-sign question id and its words (its `sign`).
    pub signs: Vec<(String, String)>,
}

impl Labels {
    /// The title of a verdict id (the id itself when content has none).
    pub fn verdict(&self, id: &str) -> String {
        find(&self.verdicts, id)
    }

    /// A rating of change in words.
    pub fn global_change(&self, value: &str) -> String {
        find(&self.global_change, value)
    }

    /// Warning signs in words, joined with "; ".
    pub fn signs(&self, ids: &[String]) -> String {
        ids.iter()
            .map(|id| find(&self.signs, id))
            .collect::<Vec<_>>()
            .join("; ")
    }

    /// After-effects in words, joined with `sep`.
    pub fn after_effects(&self, values: &[String], sep: &str) -> String {
        values
            .iter()
            .map(|v| find(&self.after_effects, v))
            .collect::<Vec<_>>()
            .join(sep)
    }
}

fn find(list: &[(String, String)], id: &str) -> String {
    list.iter()
        .find(|(k, _)| k == id)
        .map_or_else(|| id.to_owned(), |(_, v)| v.clone())
}

/// Writes a value as pretty JSON with a final newline.
pub fn write_json(value: &impl serde::Serialize, out: &mut Vec<u8>) -> io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, value)?;
    writeln!(out)
}
