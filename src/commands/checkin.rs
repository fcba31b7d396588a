//! `backcheck checkin`: the weekly check-in, through the same engine, prompts,
//! piped lines and answers files as the assessment, stored in the journal.

use std::io::Write;

use jiff::civil::Date;

use super::{
    answers_json, journal_path, load_checkin, now, options, prompt_error, read_answers, with_ui,
};
use crate::answers::interview;
use crate::error::Error;
use crate::journal::checkin::review;
use crate::journal::{Journal, JournalError, StoredCheckIn};
use crate::report::{self, checkin::CheckInReport};
use crate::settings::{Input, Settings};

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
    // One check-in per date: find out before any question is asked.
    let taken = match Journal::open_existing(path)? {
        Some(j) => j.has_checkin(date)?,
        None => false,
    };
    let given = match input {
        Input::Interactive { plain, from_tty } => with_ui(*plain, *from_tty, |ui| {
            if taken && !replace {
                let question =
                    format!("You already have a check-in for {date}. Replace it with a new one?");
                if !ui.confirm(&question).map_err(prompt_error)? {
                    ui.tell("Nothing was changed.").map_err(prompt_error)?;
                    return Ok(None);
                }
                replace = true;
            }
            let note = spec.messages.for_date.fill(&[("date", date.to_string())]);
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
    let review = review(&q, spec, &given, date);
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
