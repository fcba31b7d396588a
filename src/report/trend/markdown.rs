//! The trend as markdown, to print or bring to an appointment: the verdict,
//! the chart, every check-in in a table, why, next steps, the consult text.

use std::io::{self, Write};

use super::{TrendReport, chart};
use crate::report::RenderOptions;

use crate::report::escape::markdown_line as prose;

/// Writes the markdown trend.
pub fn render(r: &TrendReport<'_>, o: &RenderOptions, out: &mut Vec<u8>) -> io::Result<()> {
    let t = r.trend;
    let (title, summary) = r.verdict();
    writeln!(out, "# {}\n", prose(&r.spec.title()))?;
    writeln!(out, "Date: {}\n", o.date)?;
    writeln!(out, "## Verdict: {}\n", prose(&title))?;
    writeln!(out, "{}\n", prose(&summary))?;
    writeln!(out, "```text")?;
    for line in chart::lines(t, r.spec, None) {
        writeln!(out, "{line}")?;
    }
    writeln!(out, "```\n")?;
    if let Some(rating) = r.rating_line() {
        writeln!(out, "{}\n", prose(&rating))?;
    }
    if !t.checkins.is_empty() {
        crate::report::checkins_markdown(&t.checkins, r.labels, out)?;
        writeln!(out)?;
    }
    writeln!(out, "## Why\n")?;
    for reason in r.reasons() {
        writeln!(out, "- {}", prose(&reason))?;
    }
    writeln!(out, "\n## What to do next\n")?;
    for advice in r.advice() {
        writeln!(out, "- {}", prose(&advice))?;
    }
    if !r.references.is_empty() {
        writeln!(out, "\n## References\n")?;
        for reference in r.references {
            writeln!(out, "- {}", crate::report::reference_markdown(reference))?;
        }
    }
    for tier in r.safety_net() {
        writeln!(out, "\n## {}\n", prose(&tier.title))?;
        for item in &tier.items {
            writeln!(out, "- {}", prose(item))?;
        }
    }
    writeln!(out, "\n---\n")?;
    writeln!(out, "**{}**", prose(r.consult))
}
