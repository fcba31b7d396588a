//! What a check-in prints: urgent signs first when there are any, what was
//! saved, what to mention, what to do next, and the consult text last. Every
//! sentence comes from the check-in content; text, markdown and JSON share
//! the order.

use std::io::{self, Write};

use serde::Serialize;

use super::trend::json::{CheckInOut, VerdictOut};
use super::{Document, RenderError, RenderOptions, fhir, write_json};
use crate::answer::Answers;
use crate::content::{CheckInSpec, FactorKind, Questionnaire, ShownTier, Status};
use crate::journal::checkin::Review;
use crate::wrap::{paragraphs, wrap_lines};

/// A check-in, ready to print.
pub struct CheckInReport<'a> {
    /// The check-in questionnaire.
    pub questionnaire: &'a Questionnaire,
    /// Its check-in parts.
    pub spec: &'a CheckInSpec,
    /// What the answers came to.
    pub review: &'a Review,
    /// Whether the record was saved to the journal.
    pub saved: bool,
    /// The answers, which the FHIR form is made of.
    pub answers: &'a Answers,
}

#[derive(Serialize)]
struct Out<'a> {
    schema_version: u32,
    /// The language of the words (a BCP 47 tag, e.g. `en`, `es`).
    lang: &'static str,
    saved: bool,
    checkin: Option<CheckInOut<'a>>,
    status: VerdictOut<'a>,
    advice: &'a [String],
    safety_net: Vec<String>,
    safety_net_tiers: &'a [ShownTier],
    consult: &'a str,
}

impl CheckInReport<'_> {
    /// "Check-in saved for 2026-11-20: pain 3 of 10, ...", or why not.
    fn saved_line(&self) -> String {
        let m = &self.spec.messages;
        match (&self.review.record, self.saved) {
            (Some(c), true) => m.saved(
                &c.date.to_string(),
                c.pain,
                c.activity_limits,
                c.had_massage,
            ),
            _ => m.say("not-saved", &[]),
        }
    }

    /// What to do about the warnings the answers triggered, most urgent
    /// first: one line per disposition, then each warning's own advice.
    fn notes(&self) -> Vec<String> {
        self.review.advice.clone()
    }

    /// The prose forms, which differ only in markup.
    fn prose(&self, md: bool, o: &RenderOptions, out: &mut Vec<u8>) -> io::Result<()> {
        let wrap = |text: &str| -> Vec<String> {
            if md {
                paragraphs(text)
                    .iter()
                    .map(|p| super::escape::markdown(p))
                    .collect()
            } else {
                wrap_lines(text, o.width, "", "")
            }
        };
        if md {
            writeln!(out, "# {}\n", crate::words::t("checkin-report-title"))?;
        }
        let status = self.review.status;
        if status == Status::Urgent {
            let heading = crate::words::t("report-get-help-now");
            if md {
                writeln!(out, "**{heading}**")?;
            } else {
                writeln!(out, "!! {heading}")?;
            }
            for line in wrap(&self.spec.statuses.urgent.summary) {
                writeln!(out, "{line}")?;
            }
            writeln!(out)?;
        } else if status != Status::Saved {
            // Said at once, first: what this week's answers mean.
            let words = self.spec.statuses.get(status);
            let title = if md {
                super::escape::markdown_line(&words.title)
            } else {
                paragraphs(&words.title).join(" ")
            };
            writeln!(out, "{}", if md { format!("**{title}**") } else { title })?;
            for line in wrap(&words.summary) {
                writeln!(out, "{line}")?;
            }
            writeln!(out)?;
        }
        for line in wrap(&self.saved_line()) {
            writeln!(out, "{line}")?;
        }
        for note in self.notes() {
            writeln!(out)?;
            for line in wrap(&note) {
                writeln!(out, "{line}")?;
            }
        }
        writeln!(out)?;
        // After an urgent answer, getting help is the only next step.
        if status != Status::Urgent {
            for line in wrap(&self.spec.messages.say("next-step", &[])) {
                writeln!(out, "{line}")?;
            }
            writeln!(out)?;
            for tier in &self.review.safety_net {
                if md {
                    writeln!(out, "## {}\n", super::escape::markdown_line(&tier.title))?;
                } else {
                    for line in wrap_lines(&tier.title, o.width, "", "") {
                        writeln!(out, "{line}")?;
                    }
                }
                for item in &tier.items {
                    let lines = if md {
                        vec![format!("- {}", super::escape::markdown_line(item))]
                    } else {
                        wrap_lines(item, o.width, "  - ", "    ")
                    };
                    for line in lines {
                        writeln!(out, "{line}")?;
                    }
                }
                writeln!(out)?;
            }
        }
        for line in wrap(&self.questionnaire.consult) {
            writeln!(out, "{}", if md { format!("**{line}**") } else { line })?;
        }
        Ok(())
    }
}

impl Document for CheckInReport<'_> {
    fn text(&self, o: &RenderOptions, out: &mut Vec<u8>) -> io::Result<()> {
        self.prose(false, o, out)
    }

    fn markdown(&self, o: &RenderOptions, out: &mut Vec<u8>) -> io::Result<()> {
        self.prose(true, o, out)
    }

    fn json(&self, out: &mut Vec<u8>) -> io::Result<()> {
        let status = self.review.status;
        let words = self.spec.statuses.get(status);
        write_json(
            &Out {
                schema_version: 1,
                lang: crate::words::lang().tag(),
                saved: self.saved,
                checkin: self
                    .review
                    .record
                    .as_ref()
                    .filter(|_| self.saved)
                    .map(CheckInOut::from),
                status: VerdictOut {
                    id: status.as_str(),
                    title: &words.title,
                    summary: &words.summary,
                },
                advice: &self.review.advice,
                safety_net: ShownTier::sentences(&self.review.safety_net),
                safety_net_tiers: &self.review.safety_net,
                consult: &self.questionnaire.consult,
            },
            out,
        )
    }

    fn fhir(&self, o: &RenderOptions, out: &mut Vec<u8>) -> Result<(), RenderError> {
        let words = self.spec.statuses.get(self.review.status);
        // The signs found, most urgent first, then the advice (which starts
        // with what to do about those signs).
        let e = &self.review.evaluation;
        let points: Vec<String> = [
            FactorKind::Emergency,
            FactorKind::RedFlag,
            FactorKind::Caution,
        ]
        .iter()
        .flat_map(|k| e.triggered(*k))
        .map(|f| f.label.clone())
        .chain(self.review.advice.iter().cloned())
        .collect();
        let resource = fhir::response(
            self.questionnaire,
            self.answers,
            &o.date,
            &fhir::div(&fhir::Narrative {
                title: &words.title,
                summary: &words.summary,
                points: &points,
                safety_net: &self.review.safety_net,
                consult: &self.questionnaire.consult,
            }),
        );
        Ok(write_json(&resource, out)?)
    }
}
