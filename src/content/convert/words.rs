//! Converting and checking the word tables of a check-in: the trend's
//! thresholds (with their defaults), its verdicts, reasons, advice and chart
//! words, and the check-in's messages. Every key a table needs must be
//! there, no other, and each `{placeholder}` must be one its key can fill.

use std::collections::BTreeMap;
use std::ops::Range;

use toml::Spanned;

use crate::content::diagnostic::Problem;
use crate::content::load::Loader;
use crate::content::purpose::{
    Keys, THRESHOLD_PLACEHOLDERS, TREND_ADVICE, TREND_CHART, TREND_REASONS, TREND_VERDICTS,
    Template, TrendSpec, TrendThresholds, VerdictText, number, plural,
};
use crate::content::raw::{RawTrend, RawVerdict};

impl Loader<'_> {
    pub(in crate::content) fn trend(&mut self, t: &RawTrend) -> Option<TrendSpec> {
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
        let verdicts = self.trend_verdicts(&t.verdicts);
        let reasons = self.words(
            &t.reasons,
            "trend.reasons",
            TREND_REASONS,
            THRESHOLD_PLACEHOLDERS,
        );
        let advice = self.words(
            &t.advice,
            "trend.advice",
            TREND_ADVICE,
            THRESHOLD_PLACEHOLDERS,
        );
        let chart = self.words(&t.chart, "trend.chart", TREND_CHART, THRESHOLD_PLACEHOLDERS);
        Some(TrendSpec {
            title: t.title.clone(),
            thresholds,
            verdicts: verdicts?,
            reasons: reasons?.into_iter().collect(),
            advice: advice?.into_iter().collect(),
            chart: chart?.into_iter().collect(),
        })
    }

    fn trend_verdicts(
        &mut self,
        table: &Spanned<BTreeMap<String, Spanned<RawVerdict>>>,
    ) -> Option<Vec<(String, VerdictText)>> {
        let mut ok = self.keys(
            table.span(),
            table.get_ref().keys(),
            "trend.verdicts",
            TREND_VERDICTS.iter().map(|(k, _)| *k),
            |k| table.get_ref().get(k).map(Spanned::span),
        );
        let mut out = Vec::new();
        for (id, allowed) in TREND_VERDICTS {
            let Some(v) = table.get_ref().get(*id) else {
                continue;
            };
            for (part, text) in [
                ("title", &v.get_ref().title),
                ("summary", &v.get_ref().summary),
            ] {
                ok &= self.placeholders(
                    &format!("trend.verdicts.{id}.{part}"),
                    text,
                    v.span(),
                    allowed,
                    THRESHOLD_PLACEHOLDERS,
                );
            }
            out.push(((*id).to_owned(), super::specs::verdict_text(v.get_ref())));
        }
        ok.then_some(out)
    }

    /// A table of texts keyed as `keys` says: every key present, no other,
    /// each text using only the placeholders its key (or `shared`) allows.
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

    pub(in crate::content) fn words(
        &mut self,
        table: &Spanned<BTreeMap<String, Spanned<String>>>,
        name: &'static str,
        keys: Keys,
        shared: &[&str],
    ) -> Option<BTreeMap<String, Template>> {
        let map = table.get_ref();
        let mut ok = self.keys(
            table.span(),
            map.keys(),
            name,
            keys.iter().map(|(k, _)| *k),
            |k| map.get(k).map(Spanned::span),
        );
        let mut out = BTreeMap::new();
        for (key, allowed) in keys {
            let Some(text) = map.get(*key) else { continue };
            ok &= self.placeholders(
                &format!("{name}.{key}"),
                text.get_ref(),
                text.span(),
                allowed,
                shared,
            );
            out.insert((*key).to_owned(), Template(text.get_ref().clone()));
        }
        ok.then_some(out)
    }

    /// Reports keys a table does not have and keys it lacks.
    fn keys<'k>(
        &mut self,
        table_span: Range<usize>,
        found: impl Iterator<Item = &'k String>,
        name: &'static str,
        expected: impl Iterator<Item = &'static str> + Clone,
        span_of: impl Fn(&str) -> Option<Range<usize>>,
    ) -> bool {
        let found: Vec<&String> = found.collect();
        let mut ok = true;
        for key in &found {
            if !expected.clone().any(|e| e == key.as_str()) {
                ok = false;
                self.report(
                    span_of(key).unwrap_or(table_span.clone()),
                    Problem::UnknownWord {
                        table: name,
                        key: (*key).clone(),
                        known: expected.clone().map(str::to_owned).collect(),
                    },
                );
            }
        }
        for key in expected {
            if !found.iter().any(|f| f.as_str() == key) {
                ok = false;
                self.report(
                    table_span.clone(),
                    Problem::MissingWord {
                        table: name,
                        key: key.to_owned(),
                    },
                );
            }
        }
        ok
    }

    /// Reports placeholders a text cannot fill; true when there are none.
    pub(in crate::content) fn placeholders(
        &mut self,
        key: &str,
        text: &str,
        span: Range<usize>,
        allowed: &[&str],
        shared: &[&str],
    ) -> bool {
        let mut rest = text;
        let mut ok = true;
        while let Some(open) = rest.find('{') {
            let after = &rest[open + 1..];
            let Some(close) = after.find('}') else {
                self.report(
                    span,
                    Problem::UnclosedBrace {
                        key: key.to_owned(),
                    },
                );
                return false;
            };
            let written = &after[..close];
            let (name, word) = plural(written);
            let words_ok = word.is_none_or(|(one, other)| {
                [one, other]
                    .iter()
                    .all(|w| !w.trim().is_empty() && !w.contains(['{', '}']))
            });
            // The region's words may stand in any text.
            let region = crate::content::region::PLACEHOLDERS.contains(&name);
            if !words_ok || (!allowed.contains(&name) && !shared.contains(&name) && !region) {
                ok = false;
                self.report(
                    span.clone(),
                    Problem::BadPlaceholder {
                        key: key.to_owned(),
                        name: written.to_owned(),
                        allowed: allowed
                            .iter()
                            .chain(shared)
                            .map(|s| (*s).to_owned())
                            .collect(),
                    },
                );
            }
            rest = &after[close + 1..];
        }
        ok
    }
}

#[cfg(test)]
mod tests {
    use crate::content::{ContentError, load_str};

    const CHECKIN: &str = include_str!("../../../tests/fixtures/content/checkin-engine.toml");

    fn messages(from: &str, to: &str) -> Vec<String> {
        assert!(CHECKIN.contains(from), "{from:?}");
        match load_str("t.toml", &CHECKIN.replace(from, to)) {
            Err(ContentError::Invalid { diagnostics, .. }) => {
                diagnostics.iter().map(|d| d.problem.to_string()).collect()
            }
            other => panic!("expected problems, got {other:?}"),
        }
    }

    #[test]
    fn thresholds_have_defaults_and_limits() {
        let q = load_str("t", CHECKIN).expect("valid");
        let t = q.checkin().expect("check-in").trend.thresholds;
        assert_eq!((t.meaningful_points, t.checkins_needed), (2.0, 2));
        assert_eq!(
            messages(
                "title = \"Trend test\"",
                "title = \"Trend test\"\nmeaningful_percent = 0"
            ),
            ["`meaningful_percent` is 0; it must be more than 0 and at most 100"]
        );
        assert_eq!(
            messages(
                "title = \"Trend test\"",
                "title = \"Trend test\"\ncheckins_needed = 0"
            ),
            ["`checkins_needed` is 0; it must be at least 1"]
        );
    }

    #[test]
    fn every_word_key_is_there_and_no_other() {
        assert_eq!(
            messages("stale = \"stale {days}\"\n", "old = \"stale {days}\"\n"),
            // In file order: the table's start, then the key.
            [
                "`trend.reasons` needs `stale`",
                "`trend.reasons` has no entry `old`"
            ]
        );
        assert_eq!(
            messages("[trend.verdicts.worse]", "[trend.verdicts.bad]"),
            [
                "`trend.verdicts` needs `worse`",
                "`trend.verdicts` has no entry `bad`"
            ]
        );
    }

    #[test]
    fn placeholders_must_be_ones_the_key_can_fill() {
        assert_eq!(
            messages("stale = \"stale {days}\"", "stale = \"stale {weeks}\""),
            ["`trend.reasons.stale` uses `{weeks}`, which it has no value for"]
        );
        assert_eq!(
            messages("stale = \"stale {days}\"", "stale = \"stale {days\""),
            ["`trend.reasons.stale` has a `{` without a closing `}`"]
        );
        // Thresholds may be used anywhere.
        let ok = CHECKIN.replace(
            "stale = \"stale {days}\"",
            "stale = \"{days} > {meaningful_points}\"",
        );
        assert!(load_str("t", &ok).is_ok());
        // A word that agrees with the number: both words, not empty.
        let ok = CHECKIN.replace("stale = \"stale {days}\"", "stale = \"{days:day:days}\"");
        assert!(load_str("t", &ok).is_ok());
        for bad in [
            "{days:day}",
            "{days:day: }",
            "{days:day:days:x}",
            "{weeks:week:weeks}",
        ] {
            assert_eq!(
                messages("stale = \"stale {days}\"", &format!("stale = \"{bad}\"")),
                [format!(
                    "`trend.reasons.stale` uses `{bad}`, which it has no value for"
                )],
                "{bad}"
            );
        }
    }
}
