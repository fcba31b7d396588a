//! Renders a trend: one module per format, plus the chart as terminal text
//! (`chart.rs`) and as an SVG picture (`svg.rs`). Every format ends with the
//! consult text.

pub mod chart;
pub mod json;
pub mod markdown;
pub mod svg;
pub mod text;

use std::io::{self, Write};

use super::{Format, RenderOptions};
use crate::journal::trend::Trend;

/// Renders a trend in a format; `consult` ends every format.
pub fn render(
    t: &Trend,
    consult: &str,
    format: Format,
    options: &RenderOptions,
    out: &mut impl Write,
) -> io::Result<()> {
    let mut buf = Vec::new();
    match format {
        Format::Text => text::render(t, consult, options, &mut buf)?,
        Format::Json => json::render(t, consult, &mut buf)?,
        Format::Markdown => markdown::render(t, consult, options, &mut buf)?,
    }
    out.write_all(&buf)
}
