//! `backcheck journal list|export|delete|import`: the data are the user's, to
//! see, take away and erase.

use std::io::{self, BufRead, IsTerminal, Write};
use std::path::Path;

use super::{
    journal_path, labels, load_assessment, load_checkin, now, options, read_journal, shown,
};
use jiff::civil::Date;

use crate::error::Error;
use crate::input::{self, Kind, Source};
use crate::journal::export::{from_json, to_export, write_csv};
use crate::journal::record::{CheckIn, RecordedAssessment};
use crate::journal::{Journal, store};
use crate::report::{self, journal_list::JournalList};
use crate::settings::{ExportFormat, Settings};

/// Lists the baseline and every check-in.
pub fn list(settings: &Settings, out: &mut impl Write) -> Result<(), Error> {
    let path = journal_path(settings)?;
    let (exists, journal) = read_journal(settings)?;
    let rows: Vec<CheckIn> = journal.checkins.into_iter().map(|c| c.checkin).collect();
    let replaced: Vec<(RecordedAssessment, String)> = journal
        .replaced
        .into_iter()
        .map(|r| (r.baseline.assessment, r.replaced_at))
        .collect();
    let shown_path = shown(path);
    let labels = labels(
        &load_assessment(settings, "journal list")?,
        &load_checkin(settings, "journal list")?,
    );
    let doc = JournalList {
        labels: &labels,
        path: &shown_path,
        exists,
        baseline: journal.baseline.as_ref().map(|b| &b.assessment),
        replaced: &replaced,
        checkins: &rows,
    };
    report::render(
        &doc,
        settings.format,
        &options(settings, settings.today),
        out,
    )?;
    Ok(())
}

/// Writes the whole journal as JSON, CSV or a FHIR Bundle.
pub fn export(
    settings: &Settings,
    format: ExportFormat,
    out: &mut impl Write,
) -> Result<(), Error> {
    let (_, journal) = read_journal(settings)?;
    let e = to_export(&journal);
    let mut buf = Vec::new();
    match format {
        ExportFormat::Json => report::write_json(&e, &mut buf),
        ExportFormat::Csv => write_csv(&e, &mut buf),
        ExportFormat::Fhir => {
            let assessment = load_assessment(settings, "journal export")?;
            let checkin = load_checkin(settings, "journal export")?;
            let bundle =
                report::fhir::bundle(&e, &assessment, &checkin, &labels(&assessment, &checkin));
            report::write_json(&bundle, &mut buf)
        }
    }
    .map_err(Error::Output)?;
    out.write_all(&buf).map_err(Error::Output)
}

/// Asks on the terminal; anything but "yes" is no. Away from a terminal,
/// `what` needs `--yes`.
fn confirmed(question: &str, what: &str) -> Result<bool, Error> {
    if !io::stdin().is_terminal() {
        return Err(Error::Usage(format!(
            "not deleting {what} without confirmation: there is no terminal to ask on; add --yes"
        )));
    }
    let mut err = io::stderr().lock();
    write!(
        err,
        "{question} This cannot be undone. Type yes to delete: "
    )
    .and_then(|()| err.flush())
    .map_err(Error::Terminal)?;
    drop(err);
    let mut line = String::new();
    io::stdin()
        .lock()
        .read_line(&mut line)
        .map_err(Error::Terminal)?;
    Ok(line.trim() == "yes")
}

/// Takes away the check-in of one date, after a confirmation (or `--yes`).
fn delete_one(
    settings: &Settings,
    yes: bool,
    date: Date,
    out: &mut impl Write,
) -> Result<(), Error> {
    let path = journal_path(settings)?;
    let journal = Journal::open_existing(path)?;
    let found = match &journal {
        Some(j) => j.checkins()?.into_iter().find(|c| c.checkin.date == date),
        None => None,
    };
    let (Some(j), Some(c)) = (journal, found) else {
        return Err(Error::Usage(format!(
            "there is no check-in for {date} in {}; `backcheck journal list` shows the dates",
            shown(path)
        )));
    };
    let question = format!(
        "Delete the check-in of {date} (pain {} of 10, activity limits {} of 10) from {}?",
        c.checkin.pain,
        c.checkin.activity_limits,
        shown(path)
    );
    if !yes && !confirmed(&question, &format!("the check-in of {date}"))? {
        writeln!(out, "Nothing was deleted.").map_err(Error::Output)?;
        return Ok(());
    }
    j.delete_checkin(date)?;
    writeln!(out, "Deleted the check-in of {date} from {}.", shown(path)).map_err(Error::Output)
}

/// Deletes the journal after a confirmation (or with `--yes`); with a
/// date, only that check-in.
pub fn delete(
    settings: &Settings,
    yes: bool,
    date: Option<Date>,
    out: &mut impl Write,
) -> Result<(), Error> {
    if let Some(date) = date {
        return delete_one(settings, yes, date, out);
    }
    let path = journal_path(settings)?;
    if !path.exists() {
        writeln!(out, "No journal at {}; nothing to delete.", shown(path))
            .map_err(Error::Output)?;
        return Ok(());
    }
    if !yes {
        // Make sure it is ours before asking about it.
        let j = Journal::open_existing(path)?;
        let count = match &j {
            Some(j) => j.checkins()?.len(),
            None => 0,
        };
        drop(j);
        let question = format!(
            "Delete the journal at {} ({count} check-ins and the starting point)?",
            shown(path)
        );
        if !confirmed(&question, &shown(path))? {
            writeln!(out, "Nothing was deleted.").map_err(Error::Output)?;
            return Ok(());
        }
    }
    store::delete(path)?;
    writeln!(out, "Deleted the journal at {}.", shown(path)).map_err(Error::Output)
}

/// Reads an export into an empty journal, all or nothing.
pub fn import(settings: &Settings, file: &Path, out: &mut impl Write) -> Result<(), Error> {
    let name = shown(file);
    let text = input::read(Kind::Import, Source::File(file), io::empty())?;
    let journal = from_json(&name, &text, settings.today)?;
    let path = journal_path(settings)?;
    let mut j = Journal::open(path)?;
    if !j.is_empty()? {
        return Err(Error::Usage(format!(
            "the journal at {} already holds data; import goes into an empty journal \
             (use another --journal, or `backcheck journal delete` first)",
            shown(path)
        )));
    }
    j.import(
        journal.baseline.as_ref(),
        &journal.replaced,
        &journal.checkins,
        &now(),
    )?;
    let mut parts = vec![format!("{} check-ins", journal.checkins.len())];
    if journal.baseline.is_some() {
        parts.push("the starting point".to_owned());
    }
    match journal.replaced.len() {
        0 => {}
        1 => parts.push("1 replaced starting point".to_owned()),
        n => parts.push(format!("{n} replaced starting points")),
    }
    let last = parts.pop().unwrap_or_default();
    let listed = if parts.is_empty() {
        last
    } else {
        format!("{} and {last}", parts.join(", "))
    };
    writeln!(out, "Imported {listed} into {}.", shown(path)).map_err(Error::Output)
}
