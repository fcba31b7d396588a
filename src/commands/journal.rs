//! `backcheck journal list|export|delete|import`: the data are the user's, to
//! see, take away and erase.

use std::io::{self, BufRead, IsTerminal, Write};
use std::path::Path;

use super::{journal_path, now, shown};
use crate::answers::AnswersError;
use crate::error::Error;
use crate::journal::export::{from_json, to_csv, to_export};
use crate::journal::{Journal, store};
use crate::settings::{ExportFormat, Settings};

/// Largest import file read, in bytes (16 MiB: centuries of weekly check-ins).
const MAX_IMPORT_BYTES: u64 = 16 << 20;

/// Lists the baseline and every check-in.
pub fn list(settings: &Settings, out: &mut impl Write) -> Result<(), Error> {
    let path = journal_path(settings)?;
    let Some(j) = Journal::open_existing(path)? else {
        writeln!(
            out,
            "No journal yet at {}. Start one with `backcheck checkin`.",
            shown(path)
        )
        .map_err(Error::Output)?;
        return Ok(());
    };
    let mut text = format!("Journal: {}\n", shown(path));
    match j.baseline()? {
        Some(b) => text.push_str(&format!(
            "Baseline: {}, pain {} of 10, verdict {}\n",
            b.assessment.date,
            b.assessment.pain,
            crate::sanitize::printable(&b.assessment.verdict)
        )),
        None => text.push_str("Baseline: none (record one with `backcheck --record`)\n"),
    }
    let checkins = j.checkins()?;
    text.push_str(&format!("{} check-ins\n", checkins.len()));
    if !checkins.is_empty() {
        text.push_str(
            "\nDate        Pain  Limits  Massage  After-effects                 Urgent\n",
        );
    }
    for c in &checkins {
        let k = &c.checkin;
        let massage = match k.had_massage {
            Some(true) => "yes",
            Some(false) => "no",
            None => "-",
        };
        let line = format!(
            "{}  {:>4}  {:>6}  {:<7}  {:<28}  {}",
            k.date,
            k.pain,
            k.activity_limits,
            massage,
            crate::sanitize::printable(&k.side_effects.join(",")),
            if k.urgent { "yes" } else { "" }
        );
        text.push_str(line.trim_end());
        text.push('\n');
    }
    out.write_all(text.as_bytes()).map_err(Error::Output)
}

/// Writes the whole journal as JSON or CSV.
pub fn export(
    settings: &Settings,
    format: ExportFormat,
    out: &mut impl Write,
) -> Result<(), Error> {
    let (baseline, checkins) = match Journal::open_existing(journal_path(settings)?)? {
        Some(j) => (j.baseline()?, j.checkins()?),
        None => (None, Vec::new()),
    };
    let e = to_export(baseline.as_ref(), &checkins);
    let text = match format {
        ExportFormat::Json => {
            let mut s = serde_json::to_string_pretty(&e).map_err(|e| Error::Output(e.into()))?;
            s.push('\n');
            s
        }
        ExportFormat::Csv => to_csv(&e),
    };
    out.write_all(text.as_bytes()).map_err(Error::Output)
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
    let reader = std::fs::File::open(file).map_err(|source| AnswersError::Unreadable {
        path: file.to_owned(),
        source,
    })?;
    let bytes = crate::answers::lines::read_limited(reader, &name, MAX_IMPORT_BYTES)?;
    let text = crate::answers::lines::to_text(bytes, &name)?;
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
