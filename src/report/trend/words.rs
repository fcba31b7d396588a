//! The trend's verdict, findings and advice in the content's words: the one
//! place a finding meets its sentence. The keys and placeholders are the
//! ones `content::TREND_VERDICTS`, `TREND_REASONS` and `TREND_ADVICE` list,
//! which the loader holds every check-in file to.

use jiff::civil::Date;

use crate::content::{Timing, TrendSpec};
use crate::journal::trend::{
    Advice, BaselineSource, Basis, Direction, Finding, Measure, Reason, Trend, TrendVerdict,
};
use crate::report::Labels;
use crate::words::Arg;

/// A date in words: "12 October 2026".
pub fn date_words(date: Date) -> String {
    date.strftime("%-d %B %Y").to_string()
}

/// A finding's date and signs, when it is of the kind asked for.
type Dated<'f> = Option<(Date, &'f [String])>;

/// The verdict's title and summary: the form that names its real reason.
pub fn verdict(spec: &TrendSpec, labels: &Labels, t: &Trend) -> (String, String) {
    let date = |f: fn(&Finding) -> Dated<'_>| t.findings.iter().find_map(f);
    let (key, values): (&str, Vec<(&str, Arg)>) = match t.verdict {
        TrendVerdict::Urgent => {
            let found = date(|f| match f {
                Finding::UrgentLatest { date, signs } => Some((*date, signs.as_slice())),
                _ => None,
            });
            ("urgent", sign_values(labels, found))
        }
        TrendVerdict::SeeDoctor => {
            let today = t
                .findings
                .iter()
                .any(|f| matches!(f, Finding::WarningSigns { when, .. } if *when <= Timing::Today));
            let found = date(|f| match f {
                Finding::WarningSigns { date, signs, .. } => Some((*date, signs.as_slice())),
                _ => None,
            });
            (
                if today {
                    "see_doctor_today"
                } else {
                    "see_doctor"
                },
                sign_values(labels, found),
            )
        }
        TrendVerdict::Worse => match t.reasons.first() {
            Some(Reason::NewNumbness) => {
                let found = date(|f| match f {
                    Finding::NewNumbness { date } => Some((*date, &[][..])),
                    _ => None,
                });
                ("worse_numbness", date_value(found))
            }
            Some(Reason::Rating) => {
                let found = date(|f| match f {
                    Finding::RatedMuchWorse { date } => Some((*date, &[][..])),
                    _ => None,
                });
                ("worse_rating", date_value(found))
            }
            _ => ("worse", Vec::new()),
        },
        other => (other.as_str(), Vec::new()),
    };
    spec.verdict(key, &values)
}

fn high_values(
    spec: &TrendSpec,
    date: Date,
    measure: Measure,
    score: u8,
) -> Vec<(&'static str, Arg)> {
    let what = match measure {
        Measure::Pain => "what_pain",
        Measure::Activity => "what_activity",
    };
    vec![
        ("date", date_words(date).into()),
        ("what", spec.reason(what, &[]).into()),
        ("score", score.into()),
    ]
}

fn date_value(found: Option<(Date, &[String])>) -> Vec<(&'static str, Arg)> {
    found
        .map(|(d, _)| vec![("date", date_words(d).into())])
        .unwrap_or_default()
}

fn sign_values(labels: &Labels, found: Option<(Date, &[String])>) -> Vec<(&'static str, Arg)> {
    match found {
        Some((d, signs)) => vec![
            ("date", date_words(d).into()),
            ("signs", labels.signs(signs).into()),
        ],
        None => Vec::new(),
    }
}

/// A finding as a sentence; `labels` give the words of a rating and of
/// warning signs.
pub fn reason(spec: &TrendSpec, labels: &Labels, f: &Finding) -> String {
    let (key, values) = key_and_values(spec, labels, f);
    spec.reason(key, &values)
}

/// A percentage as a whole number: 33.
fn percent(p: f64) -> f64 {
    p.abs().round()
}

/// A number to one decimal: 2.5.
fn round1(x: f64) -> f64 {
    (x * 10.0).round() / 10.0
}

/// The content key of a finding and the values of its placeholders.
fn key_and_values(
    spec: &TrendSpec,
    labels: &Labels,
    f: &Finding,
) -> (&'static str, Vec<(&'static str, Arg)>) {
    let day = |d: &Date| date_words(*d);
    match f {
        Finding::UrgentLatest { date, signs } => (
            "urgent_latest",
            vec![
                ("date", day(date).into()),
                ("signs", labels.signs(signs).into()),
            ],
        ),
        Finding::WarningSigns { date, signs, .. } => (
            "warning_signs",
            vec![
                ("date", day(date).into()),
                ("signs", labels.signs(signs).into()),
            ],
        ),
        Finding::NewNumbness { date } => ("numbness", vec![("date", day(date).into())]),
        Finding::RatedMuchWorse { date } => ("rated_much_worse", vec![("date", day(date).into())]),
        Finding::HighLatest {
            date,
            measure,
            score,
        } => ("high_latest", high_values(spec, *date, *measure, *score)),
        Finding::NoCheckins => ("no_checkins", vec![]),
        Finding::Start(b) => (
            match b.source {
                BaselineSource::Assessment => "start_assessment",
                BaselineSource::Checkin => "start_checkin",
            },
            vec![("date", day(&b.date).into()), ("pain", b.pain.into())],
        ),
        Finding::StartAtWorst => ("start_at_worst", vec![]),
        Finding::StartReplaced(r) => (
            "start_replaced",
            vec![
                ("date", day(&r.date).into()),
                ("pain", r.pain.into()),
                ("on", day(&r.on).into()),
            ],
        ),
        Finding::BeforeStart { count } => ("before_start", vec![("count", (*count).into())]),
        Finding::TooFew { count: 0 } => ("too_few_none", vec![]),
        Finding::TooFew { count: 1 } => ("too_few_one", vec![]),
        Finding::TooFew { count } => ("too_few_some", vec![("count", (*count).into())]),
        Finding::TooClose { days } => ("too_close", vec![("days", (*days).into())]),
        Finding::Measured {
            measure,
            change,
            start,
            now,
            basis,
            latest,
            points,
            percent: pct,
        } => {
            let basis_words = match basis {
                Basis::Average => spec.reason("basis_average", &[("latest", (*latest).into())]),
                Basis::Latest => spec.reason("basis_latest", &[]),
            };
            let mut values: Vec<(&'static str, Arg)> = vec![
                ("start", (*start).into()),
                ("now", round1(*now).into()),
                ("basis", basis_words.into()),
            ];
            let pair = |pain: &'static str, activity: &'static str| match measure {
                Measure::Pain => pain,
                Measure::Activity => activity,
            };
            let key = match change {
                Direction::Rose => {
                    values.push(("points", round1(*points).into()));
                    pair("pain_rose", "activity_rose")
                }
                Direction::Fell => {
                    values.push(("points", round1(-points).into()));
                    values.push(("percent", percent(pct.unwrap_or(0.0)).into()));
                    pair("pain_fell", "activity_fell")
                }
                Direction::NoClearChange if *points == 0.0 => {
                    pair("pain_unchanged", "activity_unchanged")
                }
                Direction::NoClearChange => {
                    values.push(("points", round1(points.abs()).into()));
                    if *points < 0.0 {
                        pair("pain_down_a_little", "activity_down_a_little")
                    } else {
                        pair("pain_up_a_little", "activity_up_a_little")
                    }
                }
            };
            (key, values)
        }
        Finding::NaturalRecovery => ("natural_recovery", vec![]),
        Finding::MassageWeeks { count, of } => (
            "massage_weeks",
            vec![("count", (*count).into()), ("of", (*of).into())],
        ),
        Finding::CauseUnknown => ("cause_unknown", vec![]),
        Finding::EarlierWarning(w) => (
            if w.status == crate::content::Status::Urgent.as_str() {
                "earlier_urgent"
            } else {
                "earlier_warning"
            },
            vec![
                ("date", day(&w.date).into()),
                ("signs", labels.signs(&w.signs).into()),
            ],
        ),
        Finding::Stale { days } => ("stale", vec![("days", (*days).into())]),
        Finding::Rated { date, rating } => (
            "rated",
            vec![
                ("date", day(date).into()),
                ("rating", labels.global_change(rating).into()),
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
        Advice::SeeDoctorToday => "see_doctor_today",
        Advice::SeeDoctorSoon => "see_doctor_soon",
        Advice::StopForNumbness => "stop_for_numbness",
        Advice::FirstCheckin => "first_checkin",
        Advice::CheckInWeekly => "check_in_weekly",
        Advice::RecheckSigns => "recheck_signs",
        Advice::StopMassage => "stop_massage",
        Advice::CheckEarlierWarnings => "check_earlier",
        Advice::KeepGoing => "keep_going",
        Advice::MoveOn => "move_on",
        Advice::OtherOptions => "other_options",
        Advice::FairTrial => "fair_trial",
    };
    spec.advice(key, &[])
}
