//! The assessment's report: `text` for a terminal, `markdown` to bring to an
//! appointment, `json` the contract. Each puts urgent signs first and ends
//! with the consult text. Helpers shared by the two prose forms live here.

mod json;
mod markdown;
mod text;

use std::io;

use super::{Document, RenderOptions};
use crate::content::{FactorKind, Level};
use crate::rules::{Assessment, FactorResult, Reason, VerdictId};

pub use json::SCHEMA_VERSION;

impl Document for Assessment {
    fn text(&self, o: &RenderOptions, out: &mut Vec<u8>) -> io::Result<()> {
        text::render(self, o, out)
    }

    fn markdown(&self, o: &RenderOptions, out: &mut Vec<u8>) -> io::Result<()> {
        markdown::render(self, o, out)
    }

    fn json(&self, out: &mut Vec<u8>) -> io::Result<()> {
        json::render(self, out)
    }
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

/// When a doctor should see the person first: one line naming the benefit
/// factors, or `None` when there are none, when massage is not ruled out,
/// or in an emergency, where it would only distract from getting help.
pub(crate) fn benefits_for_later(a: &Assessment) -> Option<String> {
    if a.verdict.id.allows_massage() || a.verdict.id == VerdictId::Emergency {
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

/// What a factor means for the person, in words: "get help now", "see a
/// doctor first", "check first", or, for a benefit, how much of it there is
/// ("a lot; massage may ease it").
pub(crate) fn kind_words(f: &FactorResult) -> String {
    match (f.kind, f.level) {
        (FactorKind::Emergency, _) => "get help now".into(),
        (FactorKind::RedFlag, _) => "see a doctor first".into(),
        (FactorKind::Caution, _) => "check first".into(),
        (FactorKind::Benefit, level) => {
            let how_much = match level {
                Some(Level::High) => "a lot",
                Some(Level::Moderate) => "some",
                _ => "a little",
            };
            format!("{how_much}; massage may ease it")
        }
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

/// Whether the report has a "What the research says" section: not in an
/// emergency, where only getting help matters.
pub(crate) fn shows_evidence(a: &Assessment) -> bool {
    !a.evidence.is_empty() && a.verdict.id != VerdictId::Emergency
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
