//! `backcheck checkin`: the weekly check-in, through the same engine, prompts,
//! piped lines and answers files as the assessment, stored in the journal.

use std::io::Write;

use jiff::civil::Date;

use super::{answers_json, journal_path, now, prompt_error, read_answers, with_ui};
use crate::answers::interview::{self, Outcome};
use crate::answers::{Answer, Answers};
use crate::content::{self, Questionnaire};
use crate::error::Error;
use crate::journal::trend::CheckIn;
use crate::journal::{Journal, StoredCheckIn};
use crate::report::{self, RenderOptions};
use crate::rules::{self, VerdictId};
use crate::settings::{Input, Settings};

/// Records a check-in and says what was saved.
pub fn run(
    settings: &Settings,
    input: &Input,
    date: Date,
    out: &mut impl Write,
) -> Result<(), Error> {
    let q = content::load_checkin()?;
    let given = match input {
        Input::Interactive { plain, from_tty } => with_ui(*plain, *from_tty, |ui| {
            let given = match interview::run(&q, ui).map_err(prompt_error)? {
                Outcome::Summary { answers, .. } | Outcome::Quit { answers } => answers,
            };
            ui.tell("").map_err(prompt_error)?;
            Ok(given)
        })?,
        _ => read_answers(&q, input)?,
    };
    let assessment = rules::assess(&q, &given);
    let stored = to_stored(
        &q,
        &given,
        date,
        assessment.verdict.id == VerdictId::Emergency,
    );
    let saved = match &stored {
        Some(s) => {
            Journal::open(journal_path(settings)?)?.add_checkin(s, &now())?;
            true
        }
        None => false,
    };
    let options = RenderOptions {
        color: settings.color,
        width: settings.width,
        date: date.to_string(),
    };
    let checkin = stored.as_ref().map(|s| &s.checkin);
    report::checkin::render(checkin, &assessment, saved, settings.format, &options, out)
        .map_err(Error::Output)
}

/// The check-in to store; `None` when pain or activity limits were not given
/// (the person stopped at an urgent message before them).
fn to_stored(
    q: &Questionnaire,
    given: &Answers,
    date: Date,
    urgent: bool,
) -> Option<StoredCheckIn> {
    let scale = |id: &str| match given.get(id) {
        Some(Answer::Int(n)) => u8::try_from(*n).ok(),
        _ => None,
    };
    Some(StoredCheckIn {
        checkin: CheckIn {
            date,
            pain: scale("pain")?,
            activity_limits: scale("activity_limits")?,
            had_massage: match given.get("had_massage") {
                Some(Answer::Bool(b)) => Some(*b),
                _ => None,
            },
            massage_minutes: match given.get("massage_minutes") {
                Some(Answer::Int(n)) => Some(*n),
                _ => None,
            },
            massage_kind: match given.get("massage_kind") {
                Some(Answer::Choice(v)) => Some(v.clone()),
                _ => None,
            },
            side_effects: match given.get("side_effects") {
                Some(Answer::Multi(v)) => v.clone(),
                _ => Vec::new(),
            },
            urgent,
        },
        answers: answers_json(q, given),
        content_id: q.id.clone(),
        content_version: q.version.clone(),
    })
}
