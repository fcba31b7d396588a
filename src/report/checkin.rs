//! What a check-in prints: what was saved, urgent signs first when there are
//! any, notes on after-effects, and the consult text last. Text, markdown and
//! JSON share the order; each is a few lines, so they live together here.

use std::io::{self, Write};

use serde::Serialize;

use super::trend::json::{CheckInOut, Verdict};
use super::{Format, RenderOptions};
use crate::content::FactorKind;
use crate::journal::trend::CheckIn;
use crate::report::text::{paragraphs, wrap_lines};
use crate::rules::{Assessment, VerdictId};

fn saved_line(c: Option<&CheckIn>, saved: bool) -> String {
    match (c, saved) {
        (Some(c), true) => {
            let massage = match c.had_massage {
                Some(true) => ", massage this week",
                Some(false) => ", no massage this week",
                None => "",
            };
            format!(
                "Check-in saved for {}: pain {} of 10, activity limits {} of 10{massage}.",
                c.date, c.pain, c.activity_limits
            )
        }
        _ => "Check-in not saved: it needs your pain and activity limits.".into(),
    }
}

#[derive(Serialize)]
struct Out<'a> {
    schema_version: u32,
    saved: bool,
    checkin: Option<CheckInOut<'a>>,
    status: Verdict<'a>,
    advice: &'a [String],
    consult: &'a str,
}

/// What the check-in means, as a status id: the check-in questionnaire's
/// verdicts are about this week, not about whether massage may help.
pub fn status(v: VerdictId) -> &'static str {
    match v {
        VerdictId::Emergency => "urgent",
        VerdictId::SeeDoctorFirst => "stop_and_get_checked",
        VerdictId::CheckWithProfessional => "tell_your_therapist",
        VerdictId::LikelyToHelp | VerdictId::MayHelp | VerdictId::UnlikelyToHelp => "saved",
    }
}

/// Writes what the check-in did.
pub fn render(
    c: Option<&CheckIn>,
    a: &Assessment,
    saved: bool,
    format: Format,
    o: &RenderOptions,
    out: &mut impl Write,
) -> io::Result<()> {
    let notes: Vec<String> = [
        FactorKind::Emergency,
        FactorKind::RedFlag,
        FactorKind::Caution,
    ]
    .iter()
    .flat_map(|k| a.triggered(*k))
    .map(|f| format!("{}: {}", f.label, f.advice.as_deref().unwrap_or("")))
    .collect();
    let mut buf = Vec::new();
    match format {
        Format::Json => {
            let o = Out {
                schema_version: 1,
                saved,
                checkin: c.filter(|_| saved).map(CheckInOut::from),
                status: Verdict {
                    id: status(a.verdict.id),
                    title: &a.verdict.title,
                    summary: &a.verdict.summary,
                },
                advice: &a.advice,
                consult: &a.consult,
            };
            serde_json::to_writer_pretty(&mut buf, &o)?;
            writeln!(buf)?;
        }
        Format::Text | Format::Markdown => {
            let md = format == Format::Markdown;
            let wrap = |text: &str| -> Vec<String> {
                if md {
                    paragraphs(text)
                } else {
                    wrap_lines(text, o.width, "", "")
                }
            };
            if md {
                writeln!(buf, "# Weekly check-in\n")?;
            }
            if a.verdict.id == VerdictId::Emergency {
                writeln!(
                    buf,
                    "{}",
                    if md {
                        "**GET HELP NOW**"
                    } else {
                        "!! GET HELP NOW"
                    }
                )?;
                for line in wrap(&a.verdict.summary) {
                    writeln!(buf, "{line}")?;
                }
                writeln!(buf)?;
            }
            for line in wrap(&saved_line(c, saved)) {
                writeln!(buf, "{line}")?;
            }
            for note in &notes {
                writeln!(buf)?;
                for line in wrap(note) {
                    writeln!(buf, "{line}")?;
                }
            }
            writeln!(buf)?;
            writeln!(buf, "Run `backcheck trend` to see how things are going.")?;
            writeln!(buf)?;
            for line in wrap(&a.consult) {
                writeln!(buf, "{}", if md { format!("**{line}**") } else { line })?;
            }
        }
    }
    out.write_all(&buf)
}
