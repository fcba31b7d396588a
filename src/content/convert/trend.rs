//! Converting and checking the trend's thresholds, with their defaults. Its
//! words are the check-in's messages `trend-*`: the loader needs every one
//! the shipped English check-in has, and `check` holds each language's
//! placeholders to the English ones.

use toml::Spanned;

use crate::content::diagnostic::Problem;
use crate::content::lang::ContentWords;
use crate::content::load::Loader;
use crate::content::purpose::{TrendSpec, TrendThresholds, number};
use crate::content::raw::RawTrend;

impl Loader<'_> {
    pub(in crate::content) fn trend(
        &mut self,
        t: &RawTrend,
        words: &ContentWords,
    ) -> Option<TrendSpec> {
        let d = TrendThresholds::default();
        let float =
            |v: &Option<Spanned<f64>>, default| v.as_ref().map_or(default, |v| *v.get_ref());
        let whole =
            |v: &Option<Spanned<u32>>, default: u32| v.as_ref().map_or(default, |v| *v.get_ref());
        let thresholds = TrendThresholds {
            meaningful_points: float(&t.meaningful_points, d.meaningful_points),
            meaningful_percent: float(&t.meaningful_percent, d.meaningful_percent),
            checkins_needed: whole(&t.checkins_needed, d.checkins_needed as u32) as usize,
            // The assessment's trial_weeks; set when the trend is worked out.
            massage_weeks_before_rethink: d.massage_weeks_before_rethink,
            min_days_apart: i64::from(whole(&t.min_days_apart, d.min_days_apart as u32)),
            stale_after_days: i64::from(whole(&t.stale_after_days, d.stale_after_days as u32)),
        };
        let points = thresholds.meaningful_points;
        let percent = thresholds.meaningful_percent;
        self.threshold(
            &t.meaningful_points,
            points > 0.0 && points <= 10.0,
            "meaningful_points",
            "more than 0 and at most 10",
        );
        self.threshold(
            &t.meaningful_percent,
            percent > 0.0 && percent <= 100.0,
            "meaningful_percent",
            "more than 0 and at most 100",
        );
        for (key, value) in [
            ("checkins_needed", &t.checkins_needed),
            ("min_days_apart", &t.min_days_apart),
            ("stale_after_days", &t.stale_after_days),
        ] {
            let ok = value.as_ref().is_none_or(|v| *v.get_ref() >= 1);
            let as_float = value
                .as_ref()
                .map(|v| Spanned::new(v.span(), f64::from(*v.get_ref())));
            self.threshold(&as_float, ok, key, "at least 1");
        }
        Some(TrendSpec {
            thresholds,
            words: words.clone(),
        })
    }

    /// Reports a threshold that was given and is not `ok`.
    fn threshold(
        &mut self,
        value: &Option<Spanned<f64>>,
        ok: bool,
        key: &'static str,
        accepted: &'static str,
    ) {
        if let (false, Some(v)) = (ok, value) {
            self.report(
                v.span(),
                Problem::BadThreshold {
                    key,
                    value: number(*v.get_ref()),
                    accepted,
                },
            );
        }
    }
}
