//! The text report, for a terminal: the urgent block first when there is one,
//! then the verdict, why, what to do next, what the research says, and the
//! consult text last. Wrapped to a width; styled only when colour is on.

use std::io::{self, Write};

use console::Style;

use super::{
    advice_after_urgent, because, benefits_for_later, kind_words, shows_evidence,
    triggered_in_order,
};
use crate::content::{FactorKind, Timing};
use crate::report::RenderOptions;
use crate::rules::{Assessment, VerdictId};
use crate::wrap::wrap_lines;

struct Writer<'w, W: Write> {
    out: &'w mut W,
    width: usize,
    color: bool,
}

impl<W: Write> Writer<'_, W> {
    fn style(&self) -> Style {
        Style::new().force_styling(self.color)
    }

    /// Writes text wrapped with an indent, a paragraph per blank-line block.
    fn para(&mut self, text: &str, first: &str, rest: &str, style: &Style) -> io::Result<()> {
        for line in wrap_lines(text, self.width, first, rest) {
            writeln!(self.out, "{}", style.apply_to(line))?;
        }
        Ok(())
    }

    fn heading(&mut self, text: &str, style: &Style) -> io::Result<()> {
        self.para(text, "", "", style)
    }

    fn bullet(&mut self, text: &str) -> io::Result<()> {
        self.para(text, "  - ", "    ", &Style::new())
    }

    fn indented(&mut self, text: &str) -> io::Result<()> {
        self.para(text, "    ", "    ", &Style::new())
    }

    fn blank(&mut self) -> io::Result<()> {
        writeln!(self.out)
    }
}

/// Writes the text report.
pub fn render(a: &Assessment, o: &RenderOptions, out: &mut Vec<u8>) -> io::Result<()> {
    let mut w = Writer {
        out,
        width: o.width,
        color: o.color,
    };
    let bold = w.style().bold();
    let urgent = w.style().red().bold();

    w.heading(&a.title, &bold)?;
    w.blank()?;
    // When and where, in words, before anything else.
    let headline_style = match a.disposition.when {
        Timing::Now | Timing::Today => w.style().red().bold(),
        Timing::WithinDays => w.style().yellow().bold(),
        _ => w.style().bold(),
    };
    if !a.headline.is_empty() {
        w.heading(&a.headline, &headline_style)?;
        w.blank()?;
    }

    let emergencies: Vec<_> = a.triggered(FactorKind::Emergency).collect();
    if !emergencies.is_empty() {
        w.heading("!! GET HELP NOW", &urgent)?;
        for f in &emergencies {
            w.para(&f.label, "  - ", "    ", &urgent)?;
            if let Some(advice) = &f.advice {
                w.indented(advice)?;
            }
        }
        w.blank()?;
    }

    let verdict_style = match a.verdict.id {
        VerdictId::Emergency | VerdictId::SeeDoctorFirst => w.style().red().bold(),
        VerdictId::CheckWithProfessional => w.style().yellow().bold(),
        VerdictId::LikelyToHelp | VerdictId::MayHelp => w.style().green().bold(),
        VerdictId::UnlikelyToHelp => w.style().bold(),
    };
    w.heading(&format!("Verdict: {}", a.verdict.title), &verdict_style)?;
    w.para(&a.verdict.summary, "", "", &Style::new())?;
    w.blank()?;

    w.heading("Why", &bold)?;
    let triggered = triggered_in_order(a);
    if triggered.is_empty() {
        w.indented("None of your answers pointed to a factor in this questionnaire.")?;
    }
    for f in triggered {
        w.bullet(&format!("{} ({})", f.label, kind_words(a, f)))?;
        w.indented(&f.explanation)?;
        for r in &f.reasons {
            w.indented(&format!("Because {}", because(r)))?;
        }
    }
    if let Some(later) = benefits_for_later(a) {
        w.bullet(&later)?;
    }
    w.blank()?;

    w.heading("What to do next", &bold)?;
    for advice in advice_after_urgent(a) {
        w.bullet(advice)?;
    }
    if let Some(t) = &a.therapist {
        w.blank()?;
        w.heading(&t.title, &bold)?;
        if !t.locations.is_empty() {
            w.bullet(&format!("Where it hurts: {}.", t.locations.join("; ")))?;
        }
        if let Some(p) = &t.pressure {
            w.bullet(&format!("Pressure that feels right: {p}."))?;
        }
        for instruction in &t.instructions {
            w.bullet(&format!("{} {instruction}.", t.cautions_intro))?;
        }
        w.bullet(&t.closing)?;
    }
    w.blank()?;

    if let Some((title, items)) = &a.before_you_book {
        w.heading(title, &bold)?;
        for item in items {
            w.bullet(item)?;
        }
        w.blank()?;
    }

    if shows_evidence(a) {
        w.heading("What the research says", &bold)?;
        w.para(&a.evidence, "", "", &Style::new())?;
        w.blank()?;
    }

    for tier in &a.safety_net {
        w.heading(&tier.title, &bold)?;
        for item in &tier.items {
            w.bullet(item)?;
        }
        w.blank()?;
    }

    w.para(&a.consult, "", "", &bold)
}
