//! The assessment: answers from the prompts, a file or a pipe; the summary on
//! standard output; optionally saved answers and a baseline in the journal.

use std::io::Write;
use std::path::Path;

use jiff::civil::Date;

use super::{
    journal_path, load_assessment, now, options, prompt_error, read_answers, shown, with_ui,
    write_private,
};
use crate::answer::Answers;
use crate::answers::interview::{self, Outcome, Ui};
use crate::answers::{self};
use crate::content::{AssessmentSpec, Questionnaire};
use crate::error::Error;
use crate::journal::record::RecordedAssessment;
use crate::journal::{Journal, StoredAssessment};
use crate::report::assessment::AssessmentReport;
use crate::report::{self, RenderOptions};
use crate::rules::{self, Assessment};
use crate::settings::{Input, Settings};

/// What to do besides showing the summary.
pub struct Extras<'a> {
    /// `--save-answers FILE`.
    pub save: Option<&'a Path>,
    /// `--record`.
    pub record: bool,
    /// The assessment's date.
    pub date: Date,
}

/// Runs the assessment.
pub fn run(
    settings: &Settings,
    input: &Input,
    extras: &Extras<'_>,
    out: &mut impl Write,
) -> Result<(), Error> {
    let q = load_assessment(settings, "the assessment")?;
    let spec = q
        .assessment()
        .expect("load_assessment refuses other purposes");
    if extras.record && spec.roles.pain.is_none() {
        // Say so before any question is asked or any report printed.
        return Err(no_pain_role());
    }
    let options = options(settings, extras.date);
    if let Input::Interactive { plain, from_tty } = input {
        return with_ui(*plain, *from_tty, |ui| {
            interactive(settings, &q, spec, &options, extras, ui, out)
        });
    }
    let given = read_answers(&q, input)?;
    if let Some(path) = extras.save {
        save_answers(&q, &given, path)?;
    }
    let assessment = rules::assess(&q, spec, &given);
    let doc = AssessmentReport {
        assessment: &assessment,
        questionnaire: &q,
        answers: &given,
    };
    report::render(&doc, settings.format, &options, out)?;
    if extras.record {
        let note = record(settings, &q, spec, &given, &assessment, extras.date)?;
        super::note(&note);
    }
    Ok(())
}

fn save_answers(q: &Questionnaire, given: &Answers, path: &Path) -> Result<(), Error> {
    write_private(path, answers::file::to_toml(q, given).as_bytes())
}

fn no_pain_role() -> Error {
    Error::Usage(
        "--record needs a pain question, and this questionnaire names none \
         (`pain` in its [roles] table)"
            .into(),
    )
}

/// Keeps the assessment as the journal's baseline; returns what to tell.
fn record(
    settings: &Settings,
    q: &Questionnaire,
    spec: &AssessmentSpec,
    given: &Answers,
    assessment: &Assessment,
    date: Date,
) -> Result<String, Error> {
    let Some(pain_id) = spec.roles.pain.as_deref() else {
        return Err(no_pain_role());
    };
    let pain = given
        .int(pain_id)
        .and_then(|p| u8::try_from(p).ok())
        .ok_or_else(|| {
            Error::Usage(format!(
                "--record needs an answer to `{pain_id}`, the pain question, and there is none"
            ))
        })?;
    let pain_duration = spec
        .roles
        .duration
        .as_deref()
        .and_then(|id| given.choice(id))
        .map(str::to_owned);
    let path = journal_path(settings)?;
    let journal = Journal::open(path)?;
    let replaced = journal.set_baseline(
        &StoredAssessment {
            assessment: RecordedAssessment {
                date,
                pain,
                activity_limits: spec
                    .roles
                    .activity
                    .as_deref()
                    .and_then(|id| given.int(id))
                    .and_then(|n| u8::try_from(n).ok()),
                pain_duration,
                verdict: assessment.verdict.id.as_str().to_owned(),
            },
            answers: super::answers_json(q, given),
            content_id: q.id.clone(),
            content_version: q.version.clone(),
        },
        &now(),
    )?;
    let mut note = format!(
        "kept this assessment ({date}, pain {pain} of 10) as the starting point for check-ins in {}",
        shown(path)
    );
    if let Some(old) = replaced {
        note.push_str(&format!("; it replaces the one of {old}"));
    }
    Ok(note)
}

/// The interview, the summary, then the offers to save and to record.
fn interactive(
    settings: &Settings,
    q: &Questionnaire,
    spec: &AssessmentSpec,
    options: &RenderOptions,
    extras: &Extras<'_>,
    ui: &mut dyn Ui,
    out: &mut impl Write,
) -> Result<(), Error> {
    let Outcome {
        answers: given,
        complete,
    } = interview::run(q, ui).map_err(prompt_error)?;
    // A blank line between the last prompt and the summary on a shared screen.
    ui.tell("").map_err(prompt_error)?;
    if let Some(path) = extras.save {
        save_answers(q, &given, path)?;
    }
    let assessment = rules::assess(q, spec, &given);
    let doc = AssessmentReport {
        assessment: &assessment,
        questionnaire: q,
        answers: &given,
    };
    report::render(&doc, settings.format, options, out)?;
    out.flush().map_err(Error::Output)?;
    if let Some(path) = extras.save {
        ui.tell(&format!("Saved your answers to {}.", shown(path)))
            .map_err(prompt_error)?;
    } else if complete {
        offer_save(q, &given, ui)?;
    }
    let keep = extras.record
        || (complete
            && settings.journal.is_some()
            && spec
                .roles
                .pain
                .as_deref()
                .is_some_and(|id| given.get(id).is_some())
            && ui
                .confirm("Keep this assessment as your starting point for weekly check-ins?")
                .map_err(prompt_error)?);
    if keep {
        let note = record(settings, q, spec, &given, &assessment, extras.date)?;
        ui.tell(&sentence(&note)).map_err(prompt_error)?;
    }
    Ok(())
}

/// "kept this ..." as a sentence: "Kept this ....".
fn sentence(note: &str) -> String {
    let mut chars = note.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect::<String>() + ".")
        .unwrap_or_default()
}

fn offer_save(q: &Questionnaire, given: &Answers, ui: &mut dyn Ui) -> Result<(), Error> {
    while let Some(name) = ui
        .offer_save("backcheck-answers.toml")
        .map_err(prompt_error)?
    {
        let path = Path::new(&name);
        if path.exists()
            && !ui
                .confirm(&format!("{} exists. Replace it?", shown(path)))
                .map_err(prompt_error)?
        {
            continue;
        }
        save_answers(q, given, path)?;
        ui.tell(&format!(
            "Saved your answers to {0} (only you can read it). Run this again with: backcheck --answers {0}",
            shown(path)
        ))
        .map_err(prompt_error)?;
        break;
    }
    Ok(())
}
