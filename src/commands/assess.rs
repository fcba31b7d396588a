//! The assessment: answers from the prompts, a file or a pipe; the summary on
//! standard output; optionally saved answers and a baseline in the journal.

use std::io::Write;
use std::path::Path;

use jiff::civil::Date;

use super::{
    journal_path, load_assessment, now, options, prompt_error, read_answers, shown, with_ui,
};
use crate::answer::Answers;
use crate::answers::interview::{self, Outcome, Ui};
use crate::answers::{self};
use crate::content::{AssessmentSpec, Questionnaire};
use crate::error::Error;
use crate::journal::record::RecordedAssessment;
use crate::journal::{Journal, StoredAssessment};
use crate::output::Target;
use crate::report::assessment::AssessmentReport;
use crate::report::{self, RenderOptions};
use crate::rules::{self, Assessment, VerdictId};
use crate::settings::{Input, Settings};
use crate::words::{t, ta};

/// What to do besides showing the summary.
pub struct Extras<'a> {
    /// `--save-answers FILE`, checked.
    pub save: Option<&'a Target>,
    /// `--record`.
    pub record: bool,
    /// `--replace`: replace a starting point already kept.
    pub replace: bool,
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
    // A starting point is never lost by accident: away from a terminal,
    // replacing one takes --replace, and is refused before anything else.
    let kept = if extras.record {
        // The starting point can be kept: said before question 1.
        crate::journal::store::check_writable(super::journal_path(settings)?)?;
        existing_baseline(settings)?
    } else {
        None
    };
    if let (Some(old), false, false) = (
        &kept,
        extras.replace,
        matches!(input, Input::Interactive { .. }),
    ) {
        return Err(Error::Usage(crate::messages::hinted(
            &ta(
                "error-starting-point-kept",
                &[("what", describe(old).into())],
            ),
            &t("hint-starting-point-kept"),
        )));
    }
    let options = options(settings, extras.date);
    if let Input::Interactive { plain, from_tty } = input {
        return with_ui(*plain, *from_tty, |ui| {
            interactive(settings, &q, spec, &options, extras, ui, out)
        });
    }
    let given = read_answers(&q, input)?;
    if let Some(path) = extras.save {
        let toml = answers::file::to_toml(&q, &given);
        path.write_and_say(toml.as_bytes(), crate::output::What::Answers)?;
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

/// The starting point already kept, if any (a journal is not created to
/// look).
fn existing_baseline(settings: &Settings) -> Result<Option<RecordedAssessment>, Error> {
    let Some(path) = settings.journal.as_deref() else {
        return Ok(None);
    };
    Ok(match Journal::open_existing(path)? {
        Some(j) => j.baseline()?.map(|b| b.assessment),
        None => None,
    })
}

/// A starting point in words: "2026-10-01, pain 5 of 10".
fn describe(b: &RecordedAssessment) -> String {
    ta(
        "note-starting-point",
        &[("date", b.date.to_string().into()), ("pain", b.pain.into())],
    )
}

fn save_answers(q: &Questionnaire, given: &Answers, target: &Target) -> Result<(), Error> {
    target.write(answers::file::to_toml(q, given).as_bytes())?;
    if !target.is_stdout() {
        crate::interrupt::kept(&shown(target.path()));
    }
    Ok(())
}

fn no_pain_role() -> Error {
    Error::Usage(t("error-record-no-pain-role"))
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
        .ok_or_else(|| Error::Usage(ta("error-record-no-pain", &[("id", pain_id.into())])))?;
    if assessment.verdict.id == VerdictId::Emergency {
        // Getting help comes first; massage check-ins do not start from it.
        return Ok(t("note-emergency-not-kept"));
    }
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
    let mut args = vec![
        ("date", date.to_string().into()),
        ("pain", pain.into()),
        ("path", shown(path).into()),
    ];
    Ok(match replaced {
        Some(old) => {
            args.push(("what", describe(&old.assessment).into()));
            ta("note-starting-point-replaced", &args)
        }
        None => ta("note-starting-point-kept", &args),
    })
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
    if let Some(target) = extras.save.filter(|t| !t.is_stdout()) {
        ui.tell(&ta(
            "note-saved-answers",
            &[("path", shown(target.path()).into())],
        ))
        .map_err(prompt_error)?;
    } else if complete {
        offer_save(q, &given, ui)?;
    }
    // An emergency is about getting help: no offer to start check-ins.
    let offer = complete
        && assessment.verdict.id != VerdictId::Emergency
        && settings.journal.is_some()
        && spec
            .roles
            .pain
            .as_deref()
            .is_some_and(|id| given.get(id).is_some());
    let mut keep = extras.record
        || (offer
            && ui
                .confirm(&t("note-ask-keep-starting-point"))
                .map_err(prompt_error)?);
    if keep && !extras.replace && assessment.verdict.id != VerdictId::Emergency {
        if let Some(old) = existing_baseline(settings)? {
            keep = ui
                .confirm(&ta(
                    "note-ask-replace-starting-point",
                    &[("what", describe(&old).into())],
                ))
                .map_err(prompt_error)?;
            if !keep {
                ui.tell(&t("note-starting-point-unchanged"))
                    .map_err(prompt_error)?;
            }
        }
    }
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
    const SUGGESTION: &str = "backcheck-answers.toml";
    let mut name = ui.offer_save(SUGGESTION).map_err(prompt_error)?;
    while let Some(given_name) = name {
        let path = Path::new(&given_name);
        // A name that cannot be used (a folder, ...) is said, and the name
        // is asked for again: the answers are not lost.
        let problem = match Target::check(path) {
            Err(e) => Some(format!("{e:#}")),
            Ok(_)
                if path.exists()
                    && !ui
                        .confirm(&ta(
                            "note-ask-replace-file",
                            &[("path", shown(path).into())],
                        ))
                        .map_err(prompt_error)? =>
            {
                None
            }
            Ok(target) => match save_answers(q, given, &target) {
                Err(e) => Some(format!("{e:#}")),
                Ok(()) => {
                    ui.tell(&ta(
                        "note-saved-answers-private",
                        &[("path", shown(path).into())],
                    ))
                    .map_err(prompt_error)?;
                    return Ok(());
                }
            },
        };
        if let Some(problem) = problem {
            ui.tell(&problem).map_err(prompt_error)?;
        }
        name = ui.file_name(SUGGESTION).map_err(prompt_error)?;
    }
    Ok(())
}
