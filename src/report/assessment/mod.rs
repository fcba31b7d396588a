//! The assessment's report: `text` for a terminal, `markdown` to bring to an
//! appointment, `json` the contract. Each puts urgent signs first and ends
//! with the consult text. Helpers shared by the two prose forms live here.

mod html;
pub mod json;
mod markdown;
mod text;

use std::io;

use super::{Document, RenderError, RenderOptions, fhir, write_json};
use crate::answer::Answers;
use crate::content::{FactorKind, Level, Questionnaire, Timing};
use crate::rules::{Assessment, FactorResult, Reason, VerdictId};

pub use json::SCHEMA_VERSION;

/// An assessment, with the questionnaire and the answers it came from,
/// which its FHIR form (a `QuestionnaireResponse`) is made of.
pub struct AssessmentReport<'a> {
    /// What the answers came to.
    pub assessment: &'a Assessment,
    /// The questionnaire.
    pub questionnaire: &'a Questionnaire,
    /// The answers.
    pub answers: &'a Answers,
}

impl Document for AssessmentReport<'_> {
    fn text(&self, o: &RenderOptions, out: &mut Vec<u8>) -> io::Result<()> {
        text::render(self.assessment, o, out)
    }

    fn markdown(&self, o: &RenderOptions, out: &mut Vec<u8>) -> io::Result<()> {
        markdown::render(self.assessment, o, out)
    }

    fn json(&self, out: &mut Vec<u8>) -> io::Result<()> {
        json::render(self.assessment, out)
    }

    fn html(&self, o: &RenderOptions, out: &mut Vec<u8>) -> Result<(), RenderError> {
        out.extend(html::render(self.assessment, o).into_bytes());
        Ok(())
    }

    fn fhir(&self, o: &RenderOptions, out: &mut Vec<u8>) -> Result<(), RenderError> {
        let a = self.assessment;
        // The signs found, most urgent first, then the advice (which starts
        // with what to do about those signs), as in every other form.
        let points: Vec<String> = triggered_in_order(a)
            .into_iter()
            .map(|f| format!("{} ({})", f.label, kind_words(a, f)))
            .chain(a.advice.iter().cloned())
            .collect();
        let words = fhir::Narrative {
            title: &a.verdict.title,
            summary: &a.verdict.summary,
            points: &points,
            safety_net: &a.safety_net,
            consult: &self.questionnaire.consult,
        };
        let resource = fhir::response(self.questionnaire, self.answers, &o.date, &words);
        Ok(write_json(&resource, out)?)
    }
}

/// Said wherever a report carries the answers.
pub(crate) const PRIVATE: &str = "These are private health answers: keep this report safe, and share it only with people you choose.";

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

/// When a doctor should see the person first: the content's line naming
/// the benefit factors for later (`[benefit] later`), worked out by the
/// rules.
pub(crate) fn benefits_for_later(a: &Assessment) -> Option<String> {
    a.later.clone()
}

/// What a factor means for the person, in words: for a warning, how soon to
/// act ("get seen today"); for a benefit, the content's words for its level
/// (`[benefit] level_words`).
pub(crate) fn kind_words(a: &Assessment, f: &FactorResult) -> String {
    if f.kind != FactorKind::Benefit {
        return timing_words(f.disposition.when).into();
    }
    let i = match f.level {
        Some(Level::High) => 2,
        Some(Level::Moderate) => 1,
        _ => 0,
    };
    a.level_words[i].clone()
}

/// How soon a warning needs acting on, in a few words.
pub(crate) fn timing_words(when: Timing) -> &'static str {
    match when {
        Timing::Now => "get help now",
        Timing::Today => "get seen today",
        Timing::WithinDays => "see a doctor within a few days",
        Timing::Routine => "check before massage",
        Timing::None => "nothing urgent",
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
