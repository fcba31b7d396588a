//! The assessment's report: `text` for a terminal, `markdown` to bring to an
//! appointment, `json` the contract. Each puts urgent signs first and ends
//! with the consult text. Helpers shared by the two prose forms live here.

pub mod json;

use std::io;

use super::blocks::{Block, Entry, Kind, On, Part, Section, Tone};
use super::{Document, RenderError, RenderOptions, fhir, layout, write_json};
use crate::answer::Answers;
use crate::content::{FactorKind, Level, Questionnaire, Timing};
use crate::rules::{Assessment, FactorResult, Reason, VerdictId};
use crate::words::{t, ta};

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
        layout::text::write(&blocks(self.assessment, o), o, out)
    }

    fn markdown(&self, o: &RenderOptions, out: &mut Vec<u8>) -> io::Result<()> {
        layout::markdown::write(&blocks(self.assessment, o), o, out)
    }

    fn json(&self, out: &mut Vec<u8>) -> io::Result<()> {
        json::render(self.assessment, out)
    }

    fn html(&self, o: &RenderOptions, out: &mut Vec<u8>) -> Result<(), RenderError> {
        out.extend(layout::html::write(&blocks(self.assessment, o)).into_bytes());
        Ok(())
    }

    fn fhir(&self, o: &RenderOptions, out: &mut Vec<u8>) -> Result<(), RenderError> {
        let narrative = layout::xhtml::write(&blocks(self.assessment, o));
        let resource = fhir::response(self.questionnaire, self.answers, &o.date, &narrative);
        Ok(write_json(&resource, out)?)
    }
}

/// The report, once, as blocks: the headline (when and where), the urgent
/// box, the verdict, why, what to do next (with the note for a therapist
/// and the list before booking), the answers and references on paper, what
/// the research says, the "get help at once" list, and the consult text.
fn blocks(a: &Assessment, o: &RenderOptions) -> Vec<Block> {
    let mut out = vec![Block::Title {
        text: a.title.clone(),
        meta: ta(
            "report-meta",
            &[
                ("date", crate::words::long_date(&o.date).into()),
                ("id", a.questionnaire_id.as_str().into()),
                ("version", a.questionnaire_version.as_str().into()),
            ],
        ),
    }];
    out.extend(super::blocks::unreviewed());
    if !a.headline.is_empty() {
        out.push(Block::Headline {
            text: a.headline.clone(),
            tone: match a.disposition.when {
                Timing::Now | Timing::Today => Tone::Urgent,
                Timing::WithinDays => Tone::Warning,
                _ => Tone::Strong,
            },
        });
    }
    let emergencies: Vec<Entry> = a
        .triggered(FactorKind::Emergency)
        .map(|f| Entry {
            label: f.label.clone(),
            after: String::new(),
            detail: f.advice.clone().unwrap_or_default(),
            notes: Vec::new(),
        })
        .collect();
    if !emergencies.is_empty() {
        out.push(Block::Section(Section {
            kind: Kind::Urgent,
            heading: Some(t("report-get-help-now")),
            tone: Tone::Urgent,
            parts: vec![Part::Entries(emergencies)],
            on: On::All,
        }));
    }
    out.push(Block::Section(Section {
        kind: Kind::Verdict,
        heading: Some(ta(
            "report-verdict",
            &[("verdict", a.verdict.title.as_str().into())],
        )),
        tone: match a.verdict.id {
            VerdictId::Emergency | VerdictId::SeeDoctorFirst => Tone::Urgent,
            VerdictId::CheckWithProfessional => Tone::Warning,
            VerdictId::LikelyToHelp | VerdictId::MayHelp => Tone::Good,
            VerdictId::UnlikelyToHelp => Tone::Strong,
        },
        parts: vec![Part::Text(a.verdict.summary.clone())],
        on: On::All,
    }));

    let triggered = triggered_in_order(a);
    let mut why = Vec::new();
    if triggered.is_empty() {
        why.push(Part::Text(t("report-nothing-found")));
    } else {
        why.push(Part::Entries(
            triggered
                .iter()
                .map(|f| Entry {
                    label: f.label.clone(),
                    after: format!(" ({})", kind_words(a, f)),
                    detail: f.explanation.clone(),
                    notes: f.reasons.iter().map(because).collect(),
                })
                .collect(),
        ));
    }
    if let Some(later) = &a.later {
        why.push(Part::List(vec![later.clone()]));
    }
    out.push(Block::Section(Section::new(t("report-why"), why)));

    let mut next = vec![Part::List(
        advice_after_urgent(a)
            .into_iter()
            .map(str::to_owned)
            .collect(),
    )];
    if let Some(th) = &a.therapist {
        next.push(Part::Heading(th.title.clone()));
        let mut lines = Vec::new();
        if !th.locations.is_empty() {
            lines.push(ta(
                "report-where-it-hurts",
                &[("places", th.locations.join("; ").into())],
            ));
        }
        if let Some(p) = &th.pressure {
            lines.push(ta("report-pressure", &[("pressure", p.as_str().into())]));
        }
        for instruction in &th.instructions {
            lines.push(format!("{} {instruction}.", th.cautions_intro));
        }
        lines.push(th.closing.clone());
        next.push(Part::List(lines));
    }
    if let Some((title, items)) = &a.before_you_book {
        next.push(Part::Heading(title.clone()));
        next.push(Part::List(items.clone()));
    }
    out.push(Block::Section(Section::new(t("report-next"), next)));

    let rows = a
        .answers
        .iter()
        .map(|g| vec![g.question_text.clone(), g.answer_text.clone()])
        .collect();
    out.push(Block::Section(
        Section::new(
            t("report-your-answers"),
            vec![
                Part::Text(t("report-private")),
                Part::Table {
                    header: vec![t("report-question"), t("report-answer")],
                    rows,
                },
            ],
        )
        .on(On::Paper),
    ));
    if shows_evidence(a) {
        out.push(Block::Section(Section::new(
            t("report-research"),
            vec![Part::Text(a.evidence.clone())],
        )));
    }
    if !a.references.is_empty() {
        out.push(Block::Section(
            Section::new(
                t("report-references"),
                vec![Part::References(a.references.clone())],
            )
            .on(On::Paper),
        ));
    }
    out.extend(safety_net(&a.safety_net));
    out.push(Block::Consult(a.consult.clone()));
    out
}

/// The "get help at once" list as a section: each tier's title and signs.
pub(crate) fn safety_net(tiers: &[crate::content::ShownTier]) -> Option<Block> {
    (!tiers.is_empty()).then(|| {
        Block::Section(Section {
            kind: Kind::SafetyNet,
            heading: None,
            tone: Tone::Strong,
            parts: tiers
                .iter()
                .flat_map(|tier| {
                    [
                        Part::Heading(tier.title.clone()),
                        Part::List(tier.items.clone()),
                    ]
                })
                .collect(),
            on: On::All,
        })
    })
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

/// What a factor means for the person, in words: for a warning, how soon to
/// act ("get seen today"); for a benefit, the content's words for its level
/// (`[benefit] level_words`).
pub(crate) fn kind_words(a: &Assessment, f: &FactorResult) -> String {
    if f.kind != FactorKind::Benefit {
        return timing_words(f.disposition.when);
    }
    let i = match f.level {
        Some(Level::High) => 2,
        Some(Level::Moderate) => 1,
        _ => 0,
    };
    a.level_words[i].clone()
}

/// How soon a warning needs acting on, in a few words.
pub(crate) fn timing_words(when: Timing) -> String {
    t(match when {
        Timing::Now => "timing-now",
        Timing::Today => "timing-today",
        Timing::WithinDays => "timing-within-days",
        Timing::Routine => "timing-routine",
        Timing::None => "timing-none",
    })
}

/// One reason in words: `Because you answered "yes" to: Do your back muscles feel tight?`.
pub(crate) fn because(r: &Reason) -> String {
    ta(
        "report-because",
        &[
            ("answer", r.answer_text.as_str().into()),
            ("question", r.question_text.trim().into()),
        ],
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
