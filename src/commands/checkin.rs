//! `backcheck checkin`: the weekly check-in, through the same engine, prompts,
//! piped lines and answers files as the assessment, stored in the journal.

use std::io::Write;

use jiff::civil::Date;

use super::{
    answers_json, journal_path, load_checkin, now, options, prompt_error, read_answers, with_ui,
};
use crate::answers::interview;
use crate::error::Error;
use crate::journal::checkin::{Start, review};
use crate::journal::{Journal, JournalError, StoredCheckIn};
use crate::report::{self, checkin::CheckInReport};
use crate::settings::{Input, Settings};
use crate::words::{t, ta};

/// What a check-in on `date` is compared with: the recorded assessment, or
/// else the first check-in before it. A date before a recorded assessment
/// is refused: the trend starts there.
fn starting_point(j: &Journal, date: Date) -> Result<Option<Start>, Error> {
    if let Some(b) = j.baseline()? {
        let b = b.assessment;
        if date < b.date {
            let args = [
                ("date", date.to_string().into()),
                ("start", b.date.to_string().into()),
            ];
            return Err(Error::Usage(crate::messages::hinted(
                &ta("error-checkin-before-start", &args),
                &ta("hint-checkin-before-start", &args),
            )));
        }
        return Ok(Some(Start {
            pain: b.pain,
            activity: b.activity_limits,
        }));
    }
    Ok(j.checkins()?
        .into_iter()
        .map(|c| c.checkin)
        .find(|c| c.date < date)
        .map(|c| Start {
            pain: c.pain,
            activity: Some(c.activity_limits),
        }))
}

/// Records a check-in and says what was saved.
pub fn run(
    settings: &Settings,
    input: &Input,
    date: Date,
    mut replace: bool,
    out: &mut impl Write,
) -> Result<(), Error> {
    let q = load_checkin(settings, "checkin")?;
    let spec = q.checkin().expect("load_checkin refuses other purposes");
    let path = journal_path(settings)?;
    // The check-in can be kept: said before question 1.
    crate::journal::store::check_writable(path)?;
    // One check-in per date, on or after the starting point: find out
    // before any question is asked.
    let (taken, start) = match Journal::open_existing(path)? {
        Some(j) => (j.has_checkin(date)?, starting_point(&j, date)?),
        None => (false, None),
    };
    let given = match input {
        Input::Interactive { plain, from_tty } => with_ui(*plain, *from_tty, |ui| {
            if taken && !replace {
                let question = ta(
                    "note-ask-replace-checkin",
                    &[("date", date.to_string().into())],
                );
                if !ui.confirm(&question).map_err(prompt_error)? {
                    ui.tell(&t("note-nothing-changed")).map_err(prompt_error)?;
                    return Ok(None);
                }
                replace = true;
            }
            let note = spec
                .messages
                .say("for-date", &[("date", date.to_string().into())]);
            let given = interview::run_with(&q, ui, Some(&note))
                .map_err(prompt_error)?
                .answers;
            ui.tell("").map_err(prompt_error)?;
            Ok(Some(given))
        })?,
        _ if taken && !replace => {
            return Err(JournalError::DateTaken {
                path: path.to_owned(),
                date,
            }
            .into());
        }
        _ => Some(read_answers(&q, input)?),
    };
    let Some(given) = given else {
        return Ok(());
    };
    let review = review(&q, spec, &given, date, start);
    let saved = match &review.record {
        Some(record) => {
            let stored = StoredCheckIn {
                checkin: record.clone(),
                answers: answers_json(&q, &given),
                content_id: q.id.clone(),
                content_version: q.version.clone(),
            };
            Journal::open(path)?.add_checkin(&stored, &now(), replace)?;
            true
        }
        None => false,
    };
    let doc = CheckInReport {
        questionnaire: &q,
        spec,
        review: &review,
        saved,
        answers: &given,
    };
    Ok(report::render(
        &doc,
        settings.format,
        &options(settings, date),
        out,
    )?)
}
