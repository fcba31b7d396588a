//! `backcheck trend`: the chart and the verdict over the journal.

use std::io::Write;
use std::path::Path;

use super::{journal_path, shown, write_private};
use crate::content;
use crate::error::Error;
use crate::journal::Journal;
use crate::journal::trend::{CheckIn, assess_trend};
use crate::report::{self, RenderOptions};
use crate::settings::Settings;

/// Shows the trend; with `svg`, also writes the chart as a picture.
pub fn run(settings: &Settings, svg: Option<&Path>, out: &mut impl Write) -> Result<(), Error> {
    let consult = content::load_checkin()?.consult;
    // A journal that does not exist yet is empty: do not create one to read it.
    let (baseline, checkins) = match Journal::open_existing(journal_path(settings)?)? {
        Some(j) => (j.baseline()?, j.checkins()?),
        None => (None, Vec::new()),
    };
    let rows: Vec<CheckIn> = checkins.into_iter().map(|c| c.checkin).collect();
    let trend = assess_trend(
        baseline.as_ref().map(|b| &b.assessment),
        &rows,
        settings.today,
    );
    let options = RenderOptions {
        color: settings.color,
        width: settings.width,
        date: settings.today.to_string(),
    };
    if let Some(path) = svg {
        write_private(path, report::trend::svg::render(&trend).as_bytes())?;
        crate::note(&format!("wrote the chart to {}", shown(path)));
    }
    report::trend::render(&trend, &consult, settings.format, &options, out).map_err(Error::Output)
}
