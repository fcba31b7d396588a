//! The trend's findings and advice in the content's words: the one place a
//! finding meets its sentence. The keys and placeholders are the ones
//! `content::TREND_REASONS` and `TREND_ADVICE` list, which the loader holds
//! every check-in file to.

use crate::content::{TrendSpec, number};
use crate::journal::trend::{Advice, BaselineSource, Finding, Measure};
use crate::report::Labels;

/// A finding as a sentence; `labels` give the words of a rating.
pub fn reason(spec: &TrendSpec, labels: &Labels, f: &Finding) -> String {
    let (key, values) = key_and_values(labels, f);
    spec.reason(key, &values)
}

/// The content key of a finding and the values of its placeholders.
fn key_and_values(labels: &Labels, f: &Finding) -> (&'static str, Vec<(&'static str, String)>) {
    let measured = |m: &Measure, which: [&'static str; 2]| match m {
        Measure::Pain => which[0],
        Measure::Activity => which[1],
    };
    match f {
        Finding::UrgentLatest { date } => ("urgent_latest", vec![("date", date.to_string())]),
        Finding::WarningSigns { date } => ("warning_signs", vec![("date", date.to_string())]),
        Finding::NewNumbness { date } => ("numbness", vec![("date", date.to_string())]),
        Finding::NoCheckins => ("no_checkins", vec![]),
        Finding::Start(b) => (
            match b.source {
                BaselineSource::Assessment => "start_assessment",
                BaselineSource::Checkin => "start_checkin",
            },
            vec![("date", b.date.to_string()), ("pain", b.pain.to_string())],
        ),
        Finding::TooFew { count: 0 } => ("too_few_none", vec![]),
        Finding::TooFew { count: 1 } => ("too_few_one", vec![]),
        Finding::TooFew { count } => ("too_few_some", vec![("count", count.to_string())]),
        Finding::TooClose { days } => ("too_close", vec![("days", days.to_string())]),
        Finding::Rose {
            measure,
            start,
            now,
            points,
        } => (
            measured(measure, ["pain_rose", "activity_rose"]),
            vec![
                ("start", start.to_string()),
                ("now", number(*now)),
                ("points", number(*points)),
            ],
        ),
        Finding::Fell {
            measure,
            start,
            now,
            points,
            percent,
        } => (
            measured(measure, ["pain_fell", "activity_fell"]),
            vec![
                ("start", start.to_string()),
                ("now", number(*now)),
                ("points", number(*points)),
                ("percent", number(*percent)),
            ],
        ),
        Finding::NoChange {
            measure,
            start,
            now,
            points,
        } => {
            let mut values = vec![("start", start.to_string()), ("now", number(*now))];
            let key = if *points == 0.0 {
                measured(measure, ["pain_unchanged", "activity_unchanged"])
            } else {
                values.push(("points", number(points.abs())));
                if *points < 0.0 {
                    measured(measure, ["pain_down_a_little", "activity_down_a_little"])
                } else {
                    measured(measure, ["pain_up_a_little", "activity_up_a_little"])
                }
            };
            (key, values)
        }
        Finding::NaturalRecovery => ("natural_recovery", vec![]),
        Finding::MassageWeeks { count } => ("massage_weeks", vec![("count", count.to_string())]),
        Finding::CauseUnknown => ("cause_unknown", vec![]),
        Finding::EarlierUrgent { date } => ("earlier_urgent", vec![("date", date.to_string())]),
        Finding::Stale { days } => ("stale", vec![("days", days.to_string())]),
        Finding::Rated { date, rating } => (
            "rated",
            vec![
                ("date", date.to_string()),
                ("rating", labels.global_change(rating)),
            ],
        ),
        Finding::RatingDisagrees { rated_better: true } => ("rated_better_figures_worse", vec![]),
        Finding::RatingDisagrees {
            rated_better: false,
        } => ("rated_worse_figures_better", vec![]),
    }
}

/// A piece of advice as a sentence.
pub fn advice(spec: &TrendSpec, a: Advice) -> String {
    let key = match a {
        Advice::GetHelp => "get_help",
        Advice::SeeDoctorSoon => "see_doctor_soon",
        Advice::StopForNumbness => "stop_for_numbness",
        Advice::FirstCheckin => "first_checkin",
        Advice::CheckInWeekly => "check_in_weekly",
        Advice::RecheckSigns => "recheck_signs",
        Advice::StopMassage => "stop_massage",
        Advice::KeepGoing => "keep_going",
        Advice::OtherOptions => "other_options",
        Advice::FairTrial => "fair_trial",
    };
    spec.advice(key, &[])
}

#[cfg(test)]
mod tests {
    use jiff::civil::Date;

    use super::*;
    use crate::content::{TREND_REASONS, load_str};
    use crate::journal::trend::Baseline;

    const CHECKIN: &str = include_str!("../../../tests/fixtures/content/checkin-engine.toml");

    /// Every finding, each key at least once.
    fn every_finding() -> Vec<Finding> {
        let date = Date::constant(2026, 10, 1);
        let base = |source| Baseline {
            date,
            pain: 5,
            activity: Some(4),
            source,
        };
        let mut out = vec![
            Finding::UrgentLatest { date },
            Finding::WarningSigns { date },
            Finding::NewNumbness { date },
            Finding::NoCheckins,
            Finding::Start(base(BaselineSource::Assessment)),
            Finding::Start(base(BaselineSource::Checkin)),
            Finding::TooFew { count: 0 },
            Finding::TooFew { count: 1 },
            Finding::TooFew { count: 3 },
            Finding::TooClose { days: 6 },
            Finding::NaturalRecovery,
            Finding::MassageWeeks { count: 4 },
            Finding::CauseUnknown,
            Finding::EarlierUrgent { date },
            Finding::Stale { days: 20 },
            Finding::Rated {
                date,
                rating: "better".into(),
            },
            Finding::RatingDisagrees { rated_better: true },
            Finding::RatingDisagrees {
                rated_better: false,
            },
        ];
        for measure in [Measure::Pain, Measure::Activity] {
            out.extend([
                Finding::Rose {
                    measure,
                    start: 3,
                    now: 5.5,
                    points: 2.5,
                },
                Finding::Fell {
                    measure,
                    start: 5,
                    now: 3.0,
                    points: 2.0,
                    percent: 40.0,
                },
                Finding::NoChange {
                    measure,
                    start: 5,
                    now: 4.5,
                    points: -0.5,
                },
                Finding::NoChange {
                    measure,
                    start: 5,
                    now: 5.5,
                    points: 0.5,
                },
                Finding::NoChange {
                    measure,
                    start: 5,
                    now: 5.0,
                    points: 0.0,
                },
            ]);
        }
        out
    }

    #[test]
    fn every_finding_has_a_content_key_with_exactly_its_placeholders() {
        let mut keys: Vec<&str> = Vec::new();
        for f in every_finding() {
            let (key, values) = key_and_values(&Labels::default(), &f);
            let (_, allowed) = TREND_REASONS
                .iter()
                .find(|(k, _)| *k == key)
                .unwrap_or_else(|| panic!("{key} is not a content key"));
            let mut given: Vec<&str> = values.iter().map(|(k, _)| *k).collect();
            given.sort_unstable();
            let mut wanted = allowed.to_vec();
            wanted.sort_unstable();
            assert_eq!(given, wanted, "{key}");
            keys.push(key);
        }
        keys.sort_unstable();
        keys.dedup();
        assert_eq!(keys.len(), TREND_REASONS.len(), "every content key is used");
    }

    #[test]
    fn findings_are_filled_into_the_content_words() {
        let q = load_str("checkin", CHECKIN).expect("fixture");
        let spec = &q.checkin().expect("check-in").trend;
        let labels = Labels::default();
        let words: Vec<String> = every_finding()
            .iter()
            .map(|f| reason(spec, &labels, f))
            .collect();
        assert!(
            words.contains(&"pain_fell 5 3 2 40".to_owned()),
            "{words:?}"
        );
        assert!(
            words.contains(&"pain_down_a_little 5 4.5 0.5".to_owned()),
            "{words:?}"
        );
        assert!(words.contains(&"stale 20".to_owned()), "{words:?}");
        assert_eq!(advice(spec, Advice::FairTrial), "fair_trial");
        assert!(words.iter().all(|w| !w.contains('{')), "{words:?}");
    }
}
