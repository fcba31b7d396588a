//! `backcheck journal list|export|delete|import`: the data are the user's, to
//! see, take away and erase.

use std::io::{self, BufRead, IsTerminal, Write};
use std::path::Path;

use super::{
    journal_path, labels, load_assessment, load_checkin, now, options, read_journal, shown,
};
use crate::error::Error;
use crate::input::{self, Kind, Source};
use crate::journal::export::{from_json, to_export, write_csv};
use crate::journal::record::CheckIn;
use crate::journal::{Journal, store};
use crate::report::{self, journal_list::JournalList};
use crate::settings::{ExportFormat, Settings};

/// Lists the baseline and every check-in.
pub fn list(settings: &Settings, out: &mut impl Write) -> Result<(), Error> {
    let path = journal_path(settings)?;
    let journal = read_journal(settings)?;
    let rows: Vec<CheckIn> = journal.checkins.into_iter().map(|c| c.checkin).collect();
    let shown_path = shown(path);
    let labels = labels(
        &load_assessment(settings, "journal list")?,
        &load_checkin(settings, "journal list")?,
    );
    let doc = JournalList {
        labels: &labels,
        path: &shown_path,
        exists: journal.exists,
        baseline: journal.baseline.as_ref().map(|b| &b.assessment),
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
    let journal = read_journal(settings)?;
    let e = to_export(journal.baseline.as_ref(), &journal.checkins);
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

/// Deletes the journal after a confirmation (or with `--yes`).
pub fn delete(settings: &Settings, yes: bool, out: &mut impl Write) -> Result<(), Error> {
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
        if !io::stdin().is_terminal() {
            return Err(Error::Usage(format!(
                "not deleting {} without confirmation: there is no terminal to ask on; add --yes",
                shown(path)
            )));
        }
        let mut err = io::stderr().lock();
        write!(
            err,
            "Delete the journal at {} ({count} check-ins and the baseline)? This cannot be undone. Type yes to delete: ",
            shown(path)
        )
        .and_then(|()| err.flush())
        .map_err(Error::Terminal)?;
        drop(err);
        let mut line = String::new();
        io::stdin()
            .lock()
            .read_line(&mut line)
            .map_err(Error::Terminal)?;
        if line.trim() != "yes" {
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
    let (baseline, checkins) = from_json(&name, &text, settings.today)?;
    let path = journal_path(settings)?;
    let mut j = Journal::open(path)?;
    if !j.is_empty()? {
        return Err(Error::Usage(format!(
            "the journal at {} already holds data; import goes into an empty journal \
             (use another --journal, or `backcheck journal delete` first)",
            shown(path)
        )));
    }
    j.import(baseline.as_ref(), &checkins, &now())?;
    writeln!(
        out,
        "Imported {} check-ins{} into {}.",
        checkins.len(),
        if baseline.is_some() {
            " and the baseline"
        } else {
            ""
        },
        shown(path)
    )
    .map_err(Error::Output)
}
