//! `backcheck trend`: the chart and the verdict over the journal.

use std::io::Write;

use super::{labels, load_assessment, load_checkin, options, read_journal};
use crate::content::Timing;
use crate::error::Error;
use crate::journal::trend::{CheckIn, Replaced, Rules, assess_trend};
use crate::output::Target;
use crate::report::{self, trend::TrendReport};
use crate::settings::Settings;

/// Shows the trend; with `svg`, also writes the chart as a picture.
pub fn run(settings: &Settings, svg: Option<&Target>, out: &mut impl Write) -> Result<(), Error> {
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
    let (_, journal) = read_journal(settings)?;
    let rows: Vec<CheckIn> = journal.checkins.into_iter().map(|c| c.checkin).collect();
    // "Talk about other options" after as many massage weeks as the
    // assessment calls a fair trial: one number, in the assessment.
    let mut words = spec.trend.clone();
    words.thresholds.massage_weeks_before_rethink = assessment
        .assessment()
        .expect("load_assessment refuses other purposes")
        .trial_weeks as usize;
    let rating = spec.roles.global_change.as_ref();
    let rated = |f: fn(&crate::content::GlobalChangeRole) -> &[String]| rating.map_or(&[][..], f);
    // How soon each warning-sign question needs acting on: the most urgent
    // of the factors its answers trigger.
    let sign_timing: Vec<(String, Timing)> = checkin
        .questions
        .iter()
        .filter_map(|q| {
            q.effects
                .iter()
                .map(|e| &checkin.factors[e.factor_index])
                .filter(|f| f.kind != crate::content::FactorKind::Benefit)
                .map(|f| f.disposition.when)
                .min()
                .map(|w| (q.id.clone(), w))
        })
        .collect();
    let trial_weeks = words.thresholds.massage_weeks_before_rethink;
    let rules = Rules {
        thresholds: words.thresholds,
        new_numbness: &spec.roles.new_numbness,
        after_effects: &spec.roles.after_effects,
        recent_durations: &roles.recent_durations,
        rated_better: rated(|g| &g.better),
        rated_worse: rated(|g| &g.worse),
        rated_much_worse: rated(|g| &g.much_worse),
        sign_timing: &sign_timing,
        trial_weeks,
    };
    let replaced: Vec<Replaced> = journal
        .replaced
        .iter()
        .map(|r| Replaced {
            date: r.baseline.assessment.date,
            pain: r.baseline.assessment.pain,
            on: r
                .replaced_at
                .get(..10)
                .and_then(crate::date::parse)
                .unwrap_or(r.baseline.assessment.date),
        })
        .collect();
    let trend = assess_trend(
        journal.baseline.as_ref().map(|b| &b.assessment),
        &replaced,
        &rows,
        settings.today,
        &rules,
    );
    if let Some(target) = svg {
        let chart = report::trend::svg::render(&trend, &words);
        target.write_and_say(chart.as_bytes(), crate::output::What::Chart)?;
    }
    let labels = labels(&assessment, &checkin);
    let doc = TrendReport {
        labels: &labels,
        trend: &trend,
        spec: &words,
        consult: &checkin.consult,
        safety_net: &checkin.safety_net,
        region: checkin.region.as_deref(),
        references: &checkin.references,
    };
    report::render(
        &doc,
        settings.format,
        &options(settings, settings.today),
        out,
    )?;
    Ok(())
}
