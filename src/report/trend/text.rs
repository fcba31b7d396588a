//! The trend for a terminal: the chart, the verdict, why, what to do next,
//! and the consult text last.

use std::io::{self, Write};

use console::Style;

use super::{TrendReport, chart};
use crate::journal::trend::TrendVerdict;
use crate::report::RenderOptions;
use crate::wrap::wrap_lines;

fn wrap(
    out: &mut Vec<u8>,
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
pub fn render(r: &TrendReport<'_>, o: &RenderOptions, out: &mut Vec<u8>) -> io::Result<()> {
    let style = || Style::new().force_styling(o.color);
    let bold = style().bold();
    let plain = Style::new();
    wrap(out, &r.spec.title(), o.width, "", "", &bold)?;
    writeln!(out)?;
    for line in chart::lines(r.trend, r.spec, Some(o.width)) {
        writeln!(out, "{line}")?;
    }
    if let Some(rating) = r.rating_line() {
        wrap(out, &rating, o.width, "", "", &plain)?;
    }
    writeln!(out)?;
    let verdict_style = match r.trend.verdict {
        TrendVerdict::Urgent | TrendVerdict::SeeDoctor | TrendVerdict::Worse => {
            style().red().bold()
        }
        TrendVerdict::Improving => style().green().bold(),
        TrendVerdict::NotEnoughData | TrendVerdict::NoMeaningfulChange => style().bold(),
    };
    let (title, summary) = r.verdict();
    wrap(
        out,
        &format!("Verdict: {title}"),
        o.width,
        "",
        "",
        &verdict_style,
    )?;
    wrap(out, &summary, o.width, "", "", &plain)?;
    writeln!(out)?;
    writeln!(out, "{}", bold.apply_to("Why"))?;
    for reason in r.reasons() {
        wrap(out, &reason, o.width, "  - ", "    ", &plain)?;
    }
    writeln!(out)?;
    // After-effects of massage, in words, with the check-in they were noted at.
    let noted: Vec<_> = r
        .trend
        .checkins
        .iter()
        .filter(|c| !c.side_effects.is_empty())
        .collect();
    if !noted.is_empty() {
        writeln!(out, "{}", bold.apply_to(r.spec.chart("after_effects", &[])))?;
        for c in noted {
            let words = r.labels.after_effects(&c.side_effects, "; ");
            wrap(
                out,
                &format!("{}: {words}", c.date),
                o.width,
                "  - ",
                "    ",
                &plain,
            )?;
        }
        writeln!(out)?;
    }
    writeln!(out, "{}", bold.apply_to("What to do next"))?;
    for advice in r.advice() {
        wrap(out, &advice, o.width, "  - ", "    ", &plain)?;
    }
    writeln!(out)?;
    for tier in r.safety_net() {
        wrap(out, &tier.title, o.width, "", "", &bold)?;
        for item in &tier.items {
            wrap(out, item, o.width, "  - ", "    ", &plain)?;
        }
        writeln!(out)?;
    }
    wrap(out, r.consult, o.width, "", "", &bold)
}
