//! The markdown report: something to print or bring to an appointment. Date,
//! urgent block, verdict, why, next steps, the answers given, what the research
//! says, references, and the consult text last.

use std::io::{self, Write};

use super::{
    advice_after_urgent, because, benefits_for_later, kind_words, shows_evidence,
    triggered_in_order,
};
use crate::content::FactorKind;
use crate::report::RenderOptions;
use crate::rules::Assessment;

use crate::report::escape::{markdown_inline, markdown_line as cell, markdown_paragraphs as prose};

/// Writes the markdown report.
pub fn render(a: &Assessment, o: &RenderOptions, out: &mut Vec<u8>) -> io::Result<()> {
    writeln!(out, "# {}\n", prose(&a.title))?;
    writeln!(
        out,
        "Date: {} · Questionnaire: {} {}\n",
        o.date,
        markdown_inline(&a.questionnaire_id),
        markdown_inline(&a.questionnaire_version)
    )?;

    if !a.headline.is_empty() {
        writeln!(out, "**{}**\n", prose(&a.headline))?;
    }

    let emergencies: Vec<_> = a.triggered(FactorKind::Emergency).collect();
    if !emergencies.is_empty() {
        writeln!(out, "> **GET HELP NOW**")?;
        for f in &emergencies {
            writeln!(out, ">\n> **{}**\n>", prose(&f.label))?;
            if let Some(advice) = &f.advice {
                writeln!(out, "> {}", prose(advice).replace("\n\n", "\n>\n> "))?;
            }
        }
        writeln!(out)?;
    }

    writeln!(out, "## Verdict: {}\n", prose(&a.verdict.title))?;
    writeln!(out, "{}\n", prose(&a.verdict.summary))?;

    writeln!(out, "## Why\n")?;
    let triggered = triggered_in_order(a);
    if triggered.is_empty() {
        writeln!(
            out,
            "None of your answers pointed to a factor in this questionnaire.\n"
        )?;
    }
    for f in &triggered {
        writeln!(
            out,
            "- **{}** ({}): {}",
            prose(&f.label),
            kind_words(a, f),
            cell(&f.explanation)
        )?;
        for r in &f.reasons {
            writeln!(out, "  - Because {}", cell(&because(r)))?;
        }
    }
    if let Some(later) = benefits_for_later(a) {
        writeln!(out, "- {}", cell(&later))?;
    }
    if !triggered.is_empty() {
        writeln!(out)?;
    }

    writeln!(out, "## What to do next\n")?;
    for advice in advice_after_urgent(a) {
        writeln!(out, "- {}", cell(advice))?;
    }
    writeln!(out)?;
    if let Some(t) = &a.therapist {
        writeln!(out, "### {}\n", prose(&t.title))?;
        if !t.locations.is_empty() {
            writeln!(out, "- Where it hurts: {}.", cell(&t.locations.join("; ")))?;
        }
        if let Some(p) = &t.pressure {
            writeln!(out, "- Pressure that feels right: {}.", cell(p))?;
        }
        for instruction in &t.instructions {
            writeln!(out, "- {} {}.", cell(&t.cautions_intro), cell(instruction))?;
        }
        writeln!(out, "- {}\n", cell(&t.closing))?;
    }
    if let Some((title, items)) = &a.before_you_book {
        writeln!(out, "### {}\n", prose(title))?;
        for item in items {
            writeln!(out, "- {}", cell(item))?;
        }
        writeln!(out)?;
    }

    writeln!(out, "## Your answers\n")?;
    writeln!(out, "{}\n", super::PRIVATE)?;
    writeln!(out, "| Question | Answer |")?;
    writeln!(out, "| --- | --- |")?;
    for given in &a.answers {
        writeln!(
            out,
            "| {} | {} |",
            cell(&given.question_text),
            cell(&given.answer_text)
        )?;
    }
    writeln!(out)?;

    if shows_evidence(a) {
        writeln!(out, "## What the research says\n")?;
        writeln!(out, "{}\n", prose(&a.evidence))?;
    }
    if !a.references.is_empty() {
        writeln!(out, "## References\n")?;
        for r in &a.references {
            writeln!(out, "- {}", crate::report::reference_markdown(r))?;
        }
        writeln!(out)?;
    }

    for tier in &a.safety_net {
        writeln!(out, "## {}\n", prose(&tier.title))?;
        for item in &tier.items {
            writeln!(out, "- {}", prose(item))?;
        }
        writeln!(out)?;
    }

    writeln!(out, "---\n")?;
    writeln!(out, "**{}**", prose(&a.consult))
}
