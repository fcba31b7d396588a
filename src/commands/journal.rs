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
use crate::journal::export::{from_export, from_json, to_export, write_csv};
use crate::journal::record::{CheckIn, RecordedAssessment};
use crate::journal::{Journal, store};
use crate::report::{self, journal_list::JournalList};
use crate::settings::{ExportFormat, Settings};
use crate::words::{t, ta};

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

/// What a deletion is of, for the refusal without a terminal.
enum Deleting<'a> {
    /// The check-in of a date.
    CheckIn(Date),
    /// The whole journal, by its path as shown.
    Journal(&'a str),
}

/// Asks on the terminal; anything but the word it names ("yes", "sí") is no.
/// Away from a terminal, deleting needs `--yes`.
fn confirmed(question: &str, what: Deleting<'_>) -> Result<bool, Error> {
    if !io::stdin().is_terminal() {
        let args = match what {
            Deleting::CheckIn(date) => [
                ("kind", "checkin".into()),
                ("date", date.to_string().into()),
            ],
            Deleting::Journal(path) => [("kind", "journal".into()), ("path", path.into())],
        };
        return Err(Error::Usage(ta("error-delete-unconfirmed", &args)));
    }
    let mut err = io::stderr().lock();
    write!(err, "{question} {} ", t("note-delete-warning"))
        .and_then(|()| err.flush())
        .map_err(Error::Terminal)?;
    drop(err);
    let mut line = String::new();
    io::stdin()
        .lock()
        .read_line(&mut line)
        .map_err(Error::Terminal)?;
    // "si" is "sí" typed without its accent.
    let unaccented = |s: &str| -> String {
        s.chars()
            .map(|c| match c {
                'á' => 'a',
                'é' => 'e',
                'í' => 'i',
                'ó' => 'o',
                'ú' => 'u',
                c => c,
            })
            .collect()
    };
    Ok(unaccented(line.trim()) == unaccented(&t("note-delete-yes")))
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
        return Err(Error::Usage(ta(
            "error-no-checkin-on-date",
            &[
                ("date", date.to_string().into()),
                ("path", shown(path).into()),
            ],
        )));
    };
    let question = ta(
        "note-ask-delete-checkin",
        &[
            ("date", date.to_string().into()),
            ("pain", c.checkin.pain.into()),
            ("activity", c.checkin.activity_limits.into()),
            ("path", shown(path).into()),
        ],
    );
    if !yes && !confirmed(&question, Deleting::CheckIn(date))? {
        writeln!(out, "{}", t("note-nothing-deleted")).map_err(Error::Output)?;
        return Ok(());
    }
    j.delete_checkin(date)?;
    let done = ta(
        "note-deleted-checkin",
        &[
            ("date", date.to_string().into()),
            ("path", shown(path).into()),
        ],
    );
    writeln!(out, "{done}").map_err(Error::Output)
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
    let at = [("path", shown(path).into())];
    if !path.exists() {
        writeln!(out, "{}", ta("note-no-journal-to-delete", &at)).map_err(Error::Output)?;
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
        let question = ta(
            "note-ask-delete-journal",
            &[("path", shown(path).into()), ("count", count.into())],
        );
        if !confirmed(&question, Deleting::Journal(&shown(path)))? {
            writeln!(out, "{}", t("note-nothing-deleted")).map_err(Error::Output)?;
            return Ok(());
        }
    }
    store::delete(path)?;
    writeln!(out, "{}", ta("note-deleted-journal", &at)).map_err(Error::Output)
}

/// Reads an export into an empty journal, all or nothing.
pub fn import(settings: &Settings, file: &Path, out: &mut impl Write) -> Result<(), Error> {
    let name = shown(file);
    let text = input::read(Kind::Import, Source::File(file), io::empty())?;
    let bundle = serde_json::from_str::<serde_json::Value>(&text)
        .ok()
        .filter(crate::journal::fhir::is_bundle);
    let journal = match bundle {
        Some(bundle) => {
            let assessment = load_assessment(settings, "journal import")?;
            let checkin = load_checkin(settings, "journal import")?;
            let export = crate::journal::fhir::from_bundle(&name, &bundle, &assessment, &checkin)?;
            from_export(&name, to_export(&export), settings.today)?
        }
        None => from_json(&name, &text, settings.today)?,
    };
    let path = journal_path(settings)?;
    let mut j = Journal::open(path)?;
    if !j.is_empty()? {
        return Err(Error::Usage(ta(
            "error-import-not-empty",
            &[("path", shown(path).into())],
        )));
    }
    j.import(
        journal.baseline.as_ref(),
        &journal.replaced,
        &journal.checkins,
        &now(),
    )?;
    let said = ta(
        "note-imported",
        &[
            ("count", journal.checkins.len().into()),
            (
                "kind",
                if journal.baseline.is_some() {
                    "with-start"
                } else {
                    "without"
                }
                .into(),
            ),
            ("replaced", journal.replaced.len().into()),
            ("path", shown(path).into()),
        ],
    );
    writeln!(out, "{said}").map_err(Error::Output)
}
