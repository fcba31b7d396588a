//! Renders an assessment: one module per format, all writing to `impl Write`.
//!
//! `text` is for a terminal (colour only when asked, wrapped to a width),
//! `markdown` is a report to bring to an appointment, `json` is a stable
//! contract (docs/json-output.md). Each puts urgent signs first and ends with
//! the consult text. Helpers shared by the two prose formats live here.

pub mod checkin;
pub mod json;
pub mod markdown;
pub mod text;
pub mod trend;

use std::io::{self, Write};

use crate::content::FactorKind;
use crate::rules::{Assessment, FactorResult, Reason};

/// Output formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Terminal text.
    Text,
    /// The JSON contract.
    Json,
    /// A markdown report.
    Markdown,
}

/// How to render.
#[derive(Debug, Clone)]
pub struct RenderOptions {
    /// Colour in text output.
    pub color: bool,
    /// Columns to wrap text output to.
    pub width: usize,
    /// Date of the assessment (YYYY-MM-DD), shown in the markdown report.
    pub date: String,
}

/// Renders an assessment in a format.
pub fn render(
    a: &Assessment,
    format: Format,
    options: &RenderOptions,
    out: &mut impl Write,
) -> io::Result<()> {
    // Render into memory first: on a write error nothing half-done is left
    // behind in a buffer, and a report is never printed in part.
    let mut buf = Vec::new();
    match format {
        Format::Text => text::render(a, options, &mut buf)?,
        Format::Json => json::render(a, &mut buf)?,
        Format::Markdown => markdown::render(a, options, &mut buf)?,
    }
    out.write_all(&buf)
}

/// Kinds in the order the "Why" section lists them: most urgent first.
pub(crate) const KIND_ORDER: [FactorKind; 4] = [
    FactorKind::Emergency,
    FactorKind::RedFlag,
    FactorKind::Caution,
    FactorKind::Benefit,
];

/// Triggered factors for the "Why" section, most urgent kind first, then in
/// content order. When the verdict rules massage out for now, benefits are
/// left out here: they would distract from the warning signs, and
/// `benefits_for_later` names them in one line instead.
pub(crate) fn triggered_in_order(a: &Assessment) -> Vec<&FactorResult> {
    KIND_ORDER
        .iter()
        .filter(|kind| a.verdict.id.allows_massage() || **kind != FactorKind::Benefit)
        .flat_map(|kind| a.triggered(*kind))
        .collect()
}

/// When massage is ruled out for now: one line naming the benefit factors,
/// or `None` when there are none or massage is not ruled out.
pub(crate) fn benefits_for_later(a: &Assessment) -> Option<String> {
    if a.verdict.id.allows_massage() {
        return None;
    }
    let labels: Vec<&str> = a
        .triggered(FactorKind::Benefit)
        .map(|f| f.label.as_str())
        .collect();
    (!labels.is_empty()).then(|| {
        format!(
            "Massage might help later with: {}. That can wait until a doctor has checked the signs above.",
            labels.join("; ")
        )
    })
}

/// "emergency", "red flag", "caution", "benefit, high".
pub(crate) fn kind_words(f: &FactorResult) -> String {
    let kind = match f.kind {
        FactorKind::Emergency => "urgent",
        FactorKind::RedFlag => "red flag",
        FactorKind::Caution => "caution",
        FactorKind::Benefit => "may help",
    };
    match f.level {
        Some(level) => format!("{kind}, {}", level.as_str()),
        None => kind.to_owned(),
    }
}

/// One reason in words: `you answered "yes" to: Do your back muscles feel tight?`.
pub(crate) fn because(r: &Reason) -> String {
    format!(
        "you answered \u{201c}{}\u{201d} to: {}",
        r.answer_text,
        r.question_text.trim()
    )
}

/// Advice not already shown in the urgent block.
pub(crate) fn advice_after_urgent(a: &Assessment) -> Vec<&str> {
    let urgent: Vec<&str> = a
        .triggered(FactorKind::Emergency)
        .filter_map(|f| f.advice.as_deref())
        .map(str::trim)
        .collect();
    a.advice
        .iter()
        .map(String::as_str)
        .filter(|s| !urgent.contains(s))
        .collect()
}
