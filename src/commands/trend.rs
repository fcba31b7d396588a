//! `backcheck trend`: the chart and the verdict over the journal.

use std::io::Write;
use std::path::Path;

use super::{labels, load_assessment, load_checkin, options, read_journal, shown, write_private};
use crate::error::Error;
use crate::journal::trend::{CheckIn, Rules, assess_trend};
use crate::report::{self, trend::TrendReport};
use crate::settings::Settings;

/// Shows the trend; with `svg`, also writes the chart as a picture.
pub fn run(settings: &Settings, svg: Option<&Path>, out: &mut impl Write) -> Result<(), Error> {
    let checkin = load_checkin(settings, "trend")?;
    let spec = checkin
        .checkin()
        .expect("load_checkin refuses other purposes");
    // The assessment says which pain durations count as recent.
    let assessment = load_assessment(settings, "trend")?;
    let roles = &assessment
        .assessment()
        .expect("load_assessment refuses other purposes")
        .roles;
    let journal = read_journal(settings)?;
    let rows: Vec<CheckIn> = journal.checkins.into_iter().map(|c| c.checkin).collect();
    // "Talk about other options" after as many massage weeks as the
    // assessment calls a fair trial: one number, in the assessment.
    let mut words = spec.trend.clone();
    words.thresholds.massage_weeks_before_rethink = assessment
        .assessment()
        .expect("load_assessment refuses other purposes")
        .trial_weeks as usize;
    let rules = Rules {
        thresholds: words.thresholds,
        new_numbness: &spec.roles.new_numbness,
        recent_durations: &roles.recent_durations,
        rated_better: spec
            .roles
            .global_change
            .as_ref()
            .map_or(&[], |g| g.better.as_slice()),
        rated_worse: spec
            .roles
            .global_change
            .as_ref()
            .map_or(&[], |g| g.worse.as_slice()),
    };
    let trend = assess_trend(
        journal.baseline.as_ref().map(|b| &b.assessment),
        &rows,
        settings.today,
        &rules,
    );
    if let Some(path) = svg {
        write_private(path, report::trend::svg::render(&trend, &words).as_bytes())?;
        super::note(&format!("wrote the chart to {}", shown(path)));
    }
    let labels = labels(&assessment, &checkin);
    let doc = TrendReport {
        labels: &labels,
        trend: &trend,
        spec: &words,
        consult: &checkin.consult,
        safety_net: &checkin.safety_net,
    };
    report::render(
        &doc,
        settings.format,
        &options(settings, settings.today),
        out,
    )?;
    Ok(())
}
