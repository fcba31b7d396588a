//! The trend as markdown, to print or bring to an appointment: the verdict,
//! the chart, every check-in in a table, why, next steps, the consult text.

use std::io::{self, Write};

use super::chart;
use crate::journal::trend::Trend;
use crate::report::RenderOptions;
use crate::report::text::paragraphs;

/// Writes the markdown trend.
pub fn render(t: &Trend, consult: &str, o: &RenderOptions, out: &mut impl Write) -> io::Result<()> {
    writeln!(out, "# Is weekly massage working for me?\n")?;
    writeln!(out, "Date: {}\n", o.date)?;
    writeln!(out, "## Verdict: {}\n", t.id.title())?;
    writeln!(out, "{}\n", t.id.summary())?;
    writeln!(out, "```text")?;
    for line in chart::lines(t) {
        writeln!(out, "{line}")?;
    }
    writeln!(out, "```\n")?;
    if !t.checkins.is_empty() {
        writeln!(
            out,
            "| Date | Pain | Activity limits | Massage | After-effects | Urgent sign |"
        )?;
        writeln!(out, "| --- | --- | --- | --- | --- | --- |")?;
        for c in &t.checkins {
            let massage = match c.had_massage {
                Some(true) => "yes",
                Some(false) => "no",
                None => "",
            };
            writeln!(
                out,
                "| {} | {} | {} | {massage} | {} | {} |",
                c.date,
                c.pain,
                c.activity_limits,
                c.side_effects.join(", "),
                if c.urgent { "yes" } else { "" }
            )?;
        }
        writeln!(out)?;
    }
    writeln!(out, "## Why\n")?;
    for r in &t.reasons {
        writeln!(out, "- {}", paragraphs(r).join(" "))?;
    }
    writeln!(out, "\n## What to do next\n")?;
    for a in &t.advice {
        writeln!(out, "- {}", paragraphs(a).join(" "))?;
    }
    writeln!(out, "\n---\n")?;
    writeln!(out, "**{}**", paragraphs(consult).join(" "))
}
