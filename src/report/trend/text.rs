//! The trend for a terminal: the chart, the verdict, why, what to do next,
//! and the consult text last.

use std::io::{self, Write};

use console::Style;

use super::chart;
use crate::journal::trend::{Trend, TrendId};
use crate::report::RenderOptions;
use crate::report::text::wrap_lines;

fn wrap(
    out: &mut impl Write,
    text: &str,
    width: usize,
    first: &str,
    rest: &str,
    style: &Style,
) -> io::Result<()> {
    for line in wrap_lines(text, width, first, rest) {
        writeln!(out, "{}", style.apply_to(line))?;
    }
    Ok(())
}

/// Writes the text trend.
pub fn render(t: &Trend, consult: &str, o: &RenderOptions, out: &mut impl Write) -> io::Result<()> {
    let style = || Style::new().force_styling(o.color);
    let bold = style().bold();
    let plain = Style::new();
    writeln!(
        out,
        "{}",
        bold.apply_to("Is weekly massage working for you?")
    )?;
    writeln!(out)?;
    for line in chart::lines(t) {
        writeln!(out, "{line}")?;
    }
    writeln!(out)?;
    let verdict_style = match t.id {
        TrendId::Urgent | TrendId::Worse => style().red().bold(),
        TrendId::Improving => style().green().bold(),
        TrendId::NotEnoughData | TrendId::NoMeaningfulChange => style().bold(),
    };
    wrap(
        out,
        &format!("Verdict: {}", t.id.title()),
        o.width,
        "",
        "",
        &verdict_style,
    )?;
    wrap(out, t.id.summary(), o.width, "", "", &plain)?;
    writeln!(out)?;
    writeln!(out, "{}", bold.apply_to("Why"))?;
    for r in &t.reasons {
        wrap(out, r, o.width, "  - ", "    ", &plain)?;
    }
    writeln!(out)?;
    writeln!(out, "{}", bold.apply_to("What to do next"))?;
    for a in &t.advice {
        wrap(out, a, o.width, "  - ", "    ", &plain)?;
    }
    writeln!(out)?;
    wrap(out, consult, o.width, "", "", &bold)
}
