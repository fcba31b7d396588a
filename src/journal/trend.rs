//! "Is it working for me?": the trend verdict over the check-ins.
//!
//! Pure: takes the recorded assessment, the check-ins, today's date and the
//! rules from content (thresholds, the after-effect that means new numbness,
//! the pain durations that count as recent), and returns a verdict with
//! structured findings and advice. No I/O, no clock, and no words: the
//! renderers put findings into the content's words. The yardstick for a
//! change that matters is the usual minimal clinically important difference
//! for back pain, 2 points or 30% on a 0-10 scale (Farrar et al. 2001, Ostelo
//! et al. 2008), as set in content.

use jiff::civil::Date;

pub use super::record::{CheckIn, RecordedAssessment};
use crate::content::TrendThresholds;

/// What the trend needs from content besides the thresholds.
#[derive(Debug, Clone, Copy)]
pub struct Rules<'a> {
    /// When a change counts.
    pub thresholds: TrendThresholds,
    /// The after-effect option that means new numbness.
    pub new_numbness: &'a str,
    /// Pain durations (option values) that count as recent.
    pub recent_durations: &'a [String],
    /// Ratings of change (option values) that mean better.
    pub rated_better: &'a [String],
    /// Ratings of change (option values) that mean worse.
    pub rated_worse: &'a [String],
}

/// Where the baseline comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BaselineSource {
    /// The recorded assessment.
    Assessment,
    /// The first check-in (no assessment was recorded).
    Checkin,
}

impl BaselineSource {
    /// The id used in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            BaselineSource::Assessment => "assessment",
            BaselineSource::Checkin => "checkin",
        }
    }
}

/// The starting point the trend compares with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Baseline {
    /// Its date.
    pub date: Date,
    /// Its pain, 0-10.
    pub pain: u8,
    /// Its activity limits, 0-10, when known.
    pub activity: Option<u8>,
    /// Where it comes from.
    pub source: BaselineSource,
}

/// The trend verdicts, by precedence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TrendVerdict {
    /// An emergency answer in the latest check-in.
    Urgent,
    /// New warning signs in the latest check-in.
    SeeDoctor,
    /// New numbness, or pain or activity limits a meaningful amount worse.
    Worse,
    /// Too few check-ins after the baseline, or too close together.
    NotEnoughData,
    /// Pain or activity limits better by a meaningful amount.
    Improving,
    /// Anything else.
    NoMeaningfulChange,
}

impl TrendVerdict {
    /// The id used in content and JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            TrendVerdict::Urgent => "urgent",
            TrendVerdict::SeeDoctor => "see_doctor",
            TrendVerdict::Worse => "worse",
            TrendVerdict::NotEnoughData => "not_enough_data",
            TrendVerdict::Improving => "improving",
            TrendVerdict::NoMeaningfulChange => "no_meaningful_change",
        }
    }
}

/// What is measured on the 0-10 scales.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Measure {
    /// Pain.
    Pain,
    /// How much pain limits daily activities.
    Activity,
}

/// One thing the trend found, for the "Why" list.
#[derive(Debug, Clone, PartialEq)]
pub enum Finding {
    /// The latest check-in has an emergency answer.
    UrgentLatest {
        /// Its date.
        date: Date,
    },
    /// The latest check-in reports new warning signs.
    WarningSigns {
        /// Its date.
        date: Date,
    },
    /// New numbness after massage in one of the last two check-ins.
    NewNumbness {
        /// The check-in's date.
        date: Date,
    },
    /// An empty journal.
    NoCheckins,
    /// Where the trend starts from.
    Start(Baseline),
    /// Too few check-ins after the starting point.
    TooFew {
        /// How many there are.
        count: usize,
    },
    /// The check-ins after the starting point span too few days.
    TooClose {
        /// Days between the first and the latest of them.
        days: i64,
    },
    /// A measure rose by a meaningful amount.
    Rose {
        /// Pain or activity limits.
        measure: Measure,
        /// At the starting point.
        start: u8,
        /// Now (the mean of the last two check-ins).
        now: f64,
        /// The rise, in points.
        points: f64,
    },
    /// A measure fell by a meaningful amount.
    Fell {
        /// Pain or activity limits.
        measure: Measure,
        /// At the starting point.
        start: u8,
        /// Now.
        now: f64,
        /// The fall, in points (positive).
        points: f64,
        /// The fall, in percent of the start (positive).
        percent: f64,
    },
    /// A measure changed by less than a meaningful amount.
    NoChange {
        /// Pain or activity limits.
        measure: Measure,
        /// At the starting point.
        start: u8,
        /// Now.
        now: f64,
        /// Now minus start (negative when better).
        points: f64,
    },
    /// Pain was recent at the starting point: much improvement may be
    /// natural recovery.
    NaturalRecovery,
    /// Weeks with a massage since the starting point.
    MassageWeeks {
        /// How many.
        count: usize,
    },
    /// A trend shows change, not its cause.
    CauseUnknown,
    /// An earlier check-in had an emergency answer.
    EarlierUrgent {
        /// Its date.
        date: Date,
    },
    /// The last check-in is old.
    Stale {
        /// Days since it.
        days: i64,
    },
    /// The person's latest own rating of change.
    Rated {
        /// The check-in it was given in.
        date: Date,
        /// The rating (an option value).
        rating: String,
    },
    /// The rating says better while the figures clearly rose, or worse
    /// while they clearly fell. It does not change the verdict.
    RatingDisagrees {
        /// Rated better (figures worse), or rated worse (figures better).
        rated_better: bool,
    },
}

/// One piece of advice, for the "What to do next" list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Advice {
    /// Get help now.
    GetHelp,
    /// See a doctor soon about the new warning signs.
    SeeDoctorSoon,
    /// Stop massage and see a doctor about the numbness.
    StopForNumbness,
    /// Start checking in.
    FirstCheckin,
    /// Keep checking in weekly.
    CheckInWeekly,
    /// Go through the warning signs again, and see a doctor or physiotherapist.
    RecheckSigns,
    /// Stop massage for now (only when there was massage in the weeks covered).
    StopMassage,
    /// Keep going, keep moving.
    KeepGoing,
    /// Talk about other options.
    OtherOptions,
    /// Give it a fair trial.
    FairTrial,
}

/// Current minus baseline, on one scale.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Change {
    /// Points, negative when better.
    pub points: f64,
    /// 100 x points / baseline; `None` when the baseline is 0.
    pub percent: Option<f64>,
}

/// The trend: verdict, numbers, findings and advice.
#[derive(Debug, Clone, PartialEq)]
pub struct Trend {
    /// The verdict.
    pub verdict: TrendVerdict,
    /// The starting point, if there is one.
    pub baseline: Option<Baseline>,
    /// Mean pain of the two most recent counted check-ins.
    pub current_pain: Option<f64>,
    /// Current minus baseline pain.
    pub change: Option<Change>,
    /// Mean activity limits of the two most recent counted check-ins.
    pub current_activity: Option<f64>,
    /// Current minus baseline activity limits.
    pub activity_change: Option<Change>,
    /// Every check-in, oldest first.
    pub checkins: Vec<CheckIn>,
    /// How many check-ins count (dated after the baseline).
    pub counted: usize,
    /// Why: the deciding finding first, then the others, then notes.
    pub findings: Vec<Finding>,
    /// What to do.
    pub advice: Vec<Advice>,
    /// The latest own rating of change: its check-in's date and the option
    /// value.
    pub global_change: Option<(Date, String)>,
}

/// Rounds to one decimal, for display and JSON.
pub fn round1(x: f64) -> f64 {
    (x * 10.0).round() / 10.0
}

/// One measure from the baseline to now.
struct Measured {
    measure: Measure,
    start: u8,
    now: f64,
    change: Change,
}

impl Measured {
    fn new(measure: Measure, start: u8, values: &[u8]) -> Measured {
        let now = values.iter().map(|v| f64::from(*v)).sum::<f64>() / values.len() as f64;
        let points = now - f64::from(start);
        let percent = (start > 0).then(|| 100.0 * points / f64::from(start));
        Measured {
            measure,
            start,
            now,
            change: Change { points, percent },
        }
    }

    /// A meaningful rise: the points threshold.
    fn worse(&self, t: &TrendThresholds) -> bool {
        self.change.points >= t.meaningful_points
    }

    /// A meaningful fall: the points threshold, or the percent threshold
    /// when that is also at least one point (half a point from 1 is 50%,
    /// but not a change anyone would notice).
    fn better(&self, t: &TrendThresholds) -> bool {
        let drop = -self.change.points;
        drop >= t.meaningful_points
            || (drop >= 1.0
                && self
                    .change
                    .percent
                    .is_some_and(|p| -p >= t.meaningful_percent))
    }

    fn finding(&self, t: &TrendThresholds) -> Finding {
        let (measure, start, now, points) =
            (self.measure, self.start, self.now, self.change.points);
        if self.worse(t) {
            Finding::Rose {
                measure,
                start,
                now,
                points,
            }
        } else if self.better(t) {
            Finding::Fell {
                measure,
                start,
                now,
                points: -points,
                percent: -self.change.percent.unwrap_or(0.0),
            }
        } else {
            Finding::NoChange {
                measure,
                start,
                now,
                points,
            }
        }
    }
}

/// Works out the trend. Check-ins are ordered by date (then as given), not by
/// when they were typed in.
pub fn assess_trend(
    assessment: Option<&RecordedAssessment>,
    checkins: &[CheckIn],
    today: Date,
    rules: &Rules<'_>,
) -> Trend {
    let t = &rules.thresholds;
    let mut sorted = checkins.to_vec();
    sorted.sort_by_key(|c| c.date);

    let baseline = match (assessment, sorted.first()) {
        (Some(a), _) => Some(Baseline {
            date: a.date,
            pain: a.pain,
            activity: a.activity_limits,
            source: BaselineSource::Assessment,
        }),
        (None, Some(first)) => Some(Baseline {
            date: first.date,
            pain: first.pain,
            activity: Some(first.activity_limits),
            source: BaselineSource::Checkin,
        }),
        (None, None) => None,
    };
    // Check-ins that count: after the recorded assessment, or after the first
    // check-in when that is the baseline.
    let counted: Vec<&CheckIn> = match (&baseline, assessment) {
        (Some(b), Some(_)) => sorted.iter().filter(|c| c.date > b.date).collect(),
        (Some(_), None) => sorted.iter().skip(1).collect(),
        (None, _) => Vec::new(),
    };

    // The figures, whenever there are two check-ins to average, whatever
    // the verdict.
    let last_two = &counted[counted.len().saturating_sub(2)..];
    let (pain, activity) = match &baseline {
        Some(b) if last_two.len() == 2 => {
            let pain = Measured::new(Measure::Pain, b.pain, &[last_two[0].pain, last_two[1].pain]);
            let activity = b.activity.map(|start| {
                let values = [last_two[0].activity_limits, last_two[1].activity_limits];
                Measured::new(Measure::Activity, start, &values)
            });
            (Some(pain), activity)
        }
        _ => (None, None),
    };
    let mut trend = Trend {
        verdict: TrendVerdict::NotEnoughData,
        baseline: baseline.clone(),
        current_pain: pain.as_ref().map(|m| m.now),
        change: pain.as_ref().map(|m| m.change),
        current_activity: activity.as_ref().map(|m| m.now),
        activity_change: activity.as_ref().map(|m| m.change),
        checkins: sorted.clone(),
        counted: counted.len(),
        findings: Vec::new(),
        advice: Vec::new(),
        global_change: sorted
            .iter()
            .rev()
            .find_map(|c| c.global_change.clone().map(|g| (c.date, g))),
    };

    // Notes that follow the main findings: earlier urgent answers are always
    // named, whatever the verdict, and a stale journal is pointed out.
    let latest = sorted.last();
    let mut notes = Vec::new();
    for c in &sorted {
        if c.urgent && Some(c) != latest {
            notes.push(Finding::EarlierUrgent { date: c.date });
        }
    }
    if let Some(last) = latest {
        let days = (today - last.date).get_days().into();
        if days > t.stale_after_days {
            notes.push(Finding::Stale { days });
        }
    }
    let mut findings = Vec::new();
    let mut advice = Vec::new();

    if let Some(last) = latest.filter(|c| c.urgent) {
        findings.push(Finding::UrgentLatest { date: last.date });
        trend.verdict = TrendVerdict::Urgent;
        advice.push(Advice::GetHelp);
        return finish(trend, findings, notes, advice);
    }
    // Every trend from here on may change, for reasons it cannot see; and
    // the person's own rating stands beside the figures.
    notes.insert(0, Finding::CauseUnknown);
    if let Some((date, rating)) = &trend.global_change {
        notes.insert(
            0,
            Finding::Rated {
                date: *date,
                rating: rating.clone(),
            },
        );
    }
    let rated = |options: &[String]| {
        trend
            .global_change
            .as_ref()
            .is_some_and(|(_, g)| options.contains(g))
    };
    let (rated_better, rated_worse) = (rated(rules.rated_better), rated(rules.rated_worse));

    if let Some(last) = latest.filter(|c| c.warning_signs == Some(true)) {
        findings.push(Finding::WarningSigns { date: last.date });
        trend.verdict = TrendVerdict::SeeDoctor;
        advice.push(Advice::SeeDoctorSoon);
        return finish(trend, findings, notes, advice);
    }

    let recent = &sorted[sorted.len().saturating_sub(2)..];
    if let Some(c) = recent
        .iter()
        .rev()
        .find(|c| c.side_effects.iter().any(|s| s == rules.new_numbness))
    {
        findings.push(Finding::NewNumbness { date: c.date });
        trend.verdict = TrendVerdict::Worse;
        advice.push(Advice::StopForNumbness);
        return finish(trend, findings, notes, advice);
    }

    let Some(base) = baseline else {
        findings.push(Finding::NoCheckins);
        advice.push(Advice::FirstCheckin);
        return finish(trend, findings, notes, advice);
    };
    findings.push(Finding::Start(base.clone()));
    let span = match (counted.first(), counted.last()) {
        (Some(first), Some(last)) => (last.date - first.date).get_days().into(),
        _ => 0,
    };
    let (Some(pain), true) = (pain, counted.len() >= t.checkins_needed.max(2)) else {
        findings.insert(
            0,
            Finding::TooFew {
                count: counted.len(),
            },
        );
        advice.push(Advice::CheckInWeekly);
        return finish(trend, findings, notes, advice);
    };
    if span < t.min_days_apart {
        findings.insert(0, Finding::TooClose { days: span });
        advice.push(Advice::CheckInWeekly);
        return finish(trend, findings, notes, advice);
    }

    let measured: Vec<&Measured> = std::iter::once(&pain).chain(activity.as_ref()).collect();
    let massages = counted
        .iter()
        .filter(|c| c.had_massage == Some(true))
        .count();
    // The deciding measures first, then the others.
    let mut decided: Vec<Finding> = Vec::new();
    let mut others: Vec<Finding> = Vec::new();
    if measured.iter().any(|m| m.worse(t)) {
        trend.verdict = TrendVerdict::Worse;
        for m in &measured {
            if m.worse(t) {
                &mut decided
            } else {
                &mut others
            }
            .push(m.finding(t));
        }
        advice.push(Advice::RecheckSigns);
        if massages > 0 {
            advice.push(Advice::StopMassage);
        }
        if rated_better {
            // Right after the rating it is about.
            notes.insert(1, Finding::RatingDisagrees { rated_better: true });
        }
    } else if measured.iter().any(|m| m.better(t)) {
        trend.verdict = TrendVerdict::Improving;
        for m in &measured {
            if m.better(t) {
                &mut decided
            } else {
                &mut others
            }
            .push(m.finding(t));
        }
        advice.push(Advice::KeepGoing);
        if rated_worse {
            notes.insert(
                1,
                Finding::RatingDisagrees {
                    rated_better: false,
                },
            );
        }
    } else {
        trend.verdict = TrendVerdict::NoMeaningfulChange;
        decided.extend(measured.iter().map(|m| m.finding(t)));
        if massages >= t.massage_weeks_before_rethink {
            others.push(Finding::MassageWeeks { count: massages });
            advice.push(Advice::OtherOptions);
        } else {
            advice.push(Advice::FairTrial);
        }
    }
    let recent_onset = assessment
        .and_then(|a| a.pain_duration.as_deref())
        .is_some_and(|d| rules.recent_durations.iter().any(|r| r == d));
    if recent_onset && trend.verdict == TrendVerdict::Improving {
        others.push(Finding::NaturalRecovery);
    }
    let start = findings;
    let findings = decided.into_iter().chain(start).chain(others).collect();
    finish(trend, findings, notes, advice)
}

fn finish(
    mut trend: Trend,
    mut findings: Vec<Finding>,
    notes: Vec<Finding>,
    advice: Vec<Advice>,
) -> Trend {
    findings.extend(notes);
    trend.findings = findings;
    trend.advice = advice;
    trend
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(d: i8) -> Date {
        Date::constant(2026, 10, d)
    }

    fn checkin(d: i8, pain: u8) -> CheckIn {
        CheckIn {
            date: day(d),
            pain,
            activity_limits: pain,
            had_massage: Some(true),
            massage_minutes: None,
            massage_kind: None,
            side_effects: Vec::new(),
            warning_signs: Some(false),
            global_change: None,
            urgent: false,
        }
    }

    fn with_activity(d: i8, pain: u8, activity: u8) -> CheckIn {
        CheckIn {
            activity_limits: activity,
            ..checkin(d, pain)
        }
    }

    fn assessment(d: i8, pain: u8) -> RecordedAssessment {
        RecordedAssessment {
            date: day(d),
            pain,
            activity_limits: Some(pain),
            pain_duration: Some("old".into()),
            verdict: "may_help".into(),
        }
    }

    fn rules() -> Rules<'static> {
        static RECENT: std::sync::OnceLock<Vec<String>> = std::sync::OnceLock::new();
        Rules {
            thresholds: TrendThresholds::default(),
            new_numbness: "numb",
            recent_durations: RECENT.get_or_init(|| vec!["new".to_owned()]),
            rated_better: BETTER.get_or_init(|| vec!["better".to_owned()]),
            rated_worse: WORSE.get_or_init(|| vec!["worse".to_owned()]),
        }
    }

    static BETTER: std::sync::OnceLock<Vec<String>> = std::sync::OnceLock::new();
    static WORSE: std::sync::OnceLock<Vec<String>> = std::sync::OnceLock::new();

    #[test]
    fn a_rating_that_disagrees_with_the_figures_is_said_but_does_not_decide() {
        let rated = |pains: [u8; 3], rating: &str| {
            let mut checkins: Vec<CheckIn> = pains
                .iter()
                .enumerate()
                .map(|(i, p)| checkin(1 + 7 * i as i8, *p))
                .collect();
            if let Some(last) = checkins.last_mut() {
                last.global_change = Some(rating.to_owned());
            }
            assess_trend(None, &checkins, today())
        };
        // Pain fell by a clear amount, but rated worse: still improving.
        let t = rated([6, 3, 3], "worse");
        assert_eq!(t.verdict, TrendVerdict::Improving);
        assert!(t.findings.contains(&Finding::RatingDisagrees {
            rated_better: false
        }));
        assert_eq!(t.global_change, Some((day(15), "worse".to_owned())));
        // Pain rose, rated better: still worse.
        let t = rated([3, 6, 6], "better");
        assert_eq!(t.verdict, TrendVerdict::Worse);
        assert!(
            t.findings
                .contains(&Finding::RatingDisagrees { rated_better: true })
        );
        // Agreeing, or no rating: nothing to say beyond the rating itself.
        let t = rated([6, 3, 3], "better");
        assert!(
            !t.findings
                .iter()
                .any(|f| matches!(f, Finding::RatingDisagrees { .. }))
        );
        assert!(
            t.findings
                .iter()
                .any(|f| matches!(f, Finding::Rated { .. }))
        );
    }

    fn today() -> Date {
        day(30)
    }

    fn assess_trend(a: Option<&RecordedAssessment>, c: &[CheckIn], today: Date) -> Trend {
        super::assess_trend(a, c, today, &rules())
    }

    fn verdict(a: Option<&RecordedAssessment>, c: &[CheckIn]) -> TrendVerdict {
        assess_trend(a, c, today()).verdict
    }

    #[test]
    fn an_empty_journal_is_not_enough_data() {
        let t = assess_trend(None, &[], today());
        assert_eq!(t.verdict, TrendVerdict::NotEnoughData);
        assert_eq!(t.findings, [Finding::NoCheckins, Finding::CauseUnknown]);
        assert_eq!(t.advice, [Advice::FirstCheckin]);
        assert_eq!((t.baseline, t.current_pain, t.change), (None, None, None));
    }

    #[test]
    fn fewer_than_two_checkins_after_the_baseline_is_not_enough_data() {
        // The first check-in is the baseline, so one more is not enough.
        assert_eq!(
            verdict(None, &[checkin(1, 6), checkin(8, 2)]),
            TrendVerdict::NotEnoughData
        );
        // With an assessment as baseline, check-ins on or before its date do not count.
        let a = assessment(8, 6);
        let t = assess_trend(
            Some(&a),
            &[checkin(1, 2), checkin(8, 2), checkin(15, 2)],
            today(),
        );
        assert_eq!(t.verdict, TrendVerdict::NotEnoughData);
        assert_eq!(t.findings[0], Finding::TooFew { count: 1 });
        assert_eq!(
            verdict(Some(&a), &[checkin(15, 2), checkin(22, 2)]),
            TrendVerdict::Improving
        );
    }

    #[test]
    fn check_ins_six_days_apart_are_not_enough_and_seven_are() {
        let a = assessment(1, 8);
        let six = assess_trend(Some(&a), &[checkin(8, 2), checkin(14, 2)], today());
        assert_eq!(six.verdict, TrendVerdict::NotEnoughData);
        assert_eq!(six.findings[0], Finding::TooClose { days: 6 });
        // The figures are there all the same.
        assert_eq!(six.current_pain, Some(2.0));
        let seven = assess_trend(Some(&a), &[checkin(8, 2), checkin(15, 2)], today());
        assert_eq!(seven.verdict, TrendVerdict::Improving);
    }

    #[test]
    fn current_pain_is_the_mean_of_the_two_latest_by_date_not_by_entry() {
        let a = assessment(1, 6);
        // Typed in out of order: the 22nd is the latest.
        let t = assess_trend(
            Some(&a),
            &[checkin(22, 5), checkin(8, 1), checkin(15, 4)],
            today(),
        );
        assert_eq!(t.current_pain, Some(4.5));
        assert_eq!(
            t.change,
            Some(Change {
                points: -1.5,
                percent: Some(-25.0)
            })
        );
        assert_eq!(t.verdict, TrendVerdict::NoMeaningfulChange);
        let dates: Vec<Date> = t.checkins.iter().map(|c| c.date).collect();
        assert_eq!(dates, [day(8), day(15), day(22)]);
    }

    #[test]
    fn exactly_two_points_better_is_improving_and_just_under_is_not() {
        let a = assessment(1, 9);
        // 9 -> 7: exactly 2 points (22%).
        assert_eq!(
            verdict(Some(&a), &[checkin(8, 7), checkin(15, 7)]),
            TrendVerdict::Improving
        );
        // 9 -> 7.5: 1.5 points, 16.7%.
        assert_eq!(
            verdict(Some(&a), &[checkin(8, 7), checkin(15, 8)]),
            TrendVerdict::NoMeaningfulChange
        );
    }

    #[test]
    fn thirty_percent_better_counts_only_when_it_is_at_least_a_point() {
        // 3 -> 2: one point, 33%: improving.
        let t = assess_trend(
            Some(&assessment(1, 3)),
            &[checkin(8, 2), checkin(15, 2)],
            today(),
        );
        assert_eq!(t.verdict, TrendVerdict::Improving);
        // 1 -> 0.5: half a point, 50%: not.
        let t = assess_trend(
            Some(&assessment(1, 1)),
            &[checkin(8, 0), checkin(15, 1)],
            today(),
        );
        assert_eq!(
            t.change,
            Some(Change {
                points: -0.5,
                percent: Some(-50.0)
            })
        );
        assert_eq!(t.verdict, TrendVerdict::NoMeaningfulChange);
        // 5 -> 3.5: 1.5 points and exactly 30%: improving.
        let t = assess_trend(
            Some(&assessment(1, 5)),
            &[checkin(8, 3), checkin(15, 4)],
            today(),
        );
        assert_eq!(t.verdict, TrendVerdict::Improving);
        // 5 -> 4: 20%, 1 point: not.
        assert_eq!(
            verdict(Some(&assessment(1, 5)), &[checkin(8, 4), checkin(15, 4)]),
            TrendVerdict::NoMeaningfulChange
        );
    }

    #[test]
    fn two_points_worse_is_worse() {
        let a = assessment(1, 3);
        assert_eq!(
            verdict(Some(&a), &[checkin(8, 5), checkin(15, 5)]),
            TrendVerdict::Worse
        );
        assert_eq!(
            verdict(Some(&a), &[checkin(8, 4), checkin(15, 5)]),
            TrendVerdict::NoMeaningfulChange
        );
    }

    #[test]
    fn activity_limits_count_beside_pain() {
        let a = assessment(1, 6);
        // Pain the same, activity limits down 2: improving.
        let t = assess_trend(
            Some(&a),
            &[with_activity(8, 6, 4), with_activity(15, 6, 4)],
            today(),
        );
        assert_eq!(t.verdict, TrendVerdict::Improving);
        assert_eq!(t.current_activity, Some(4.0));
        assert_eq!(
            t.activity_change,
            Some(Change {
                points: -2.0,
                percent: Some(-100.0 / 3.0)
            })
        );
        assert!(matches!(
            t.findings[0],
            Finding::Fell {
                measure: Measure::Activity,
                ..
            }
        ));
        // Pain much better, but activity limits 2 worse: worse.
        let t = assess_trend(
            Some(&a),
            &[with_activity(8, 2, 8), with_activity(15, 2, 8)],
            today(),
        );
        assert_eq!(t.verdict, TrendVerdict::Worse);
        assert!(matches!(
            t.findings[0],
            Finding::Rose {
                measure: Measure::Activity,
                ..
            }
        ));
        // An assessment without activity limits: pain alone decides.
        let mut no_activity = assessment(1, 6);
        no_activity.activity_limits = None;
        let t = assess_trend(
            Some(&no_activity),
            &[with_activity(8, 6, 9), with_activity(15, 6, 9)],
            today(),
        );
        assert_eq!(
            (t.verdict, t.current_activity),
            (TrendVerdict::NoMeaningfulChange, None)
        );
    }

    #[test]
    fn a_baseline_of_zero_has_no_percent() {
        let a = assessment(1, 0);
        let t = assess_trend(Some(&a), &[checkin(8, 0), checkin(15, 1)], today());
        assert_eq!(
            t.change,
            Some(Change {
                points: 0.5,
                percent: None
            })
        );
        assert_eq!(t.verdict, TrendVerdict::NoMeaningfulChange);
        assert_eq!(
            verdict(Some(&a), &[checkin(8, 2), checkin(15, 2)]),
            TrendVerdict::Worse
        );
    }

    #[test]
    fn an_urgent_latest_checkin_outweighs_everything_and_earlier_ones_are_named() {
        let a = assessment(1, 9);
        let mut urgent = checkin(22, 1);
        urgent.urgent = true;
        urgent.warning_signs = Some(true);
        let t = assess_trend(
            Some(&a),
            &[checkin(8, 1), checkin(15, 1), urgent.clone()],
            today(),
        );
        assert_eq!(t.verdict, TrendVerdict::Urgent);
        assert_eq!(t.current_pain, Some(1.0), "figures whatever the verdict");
        assert!(!t.findings.contains(&Finding::CauseUnknown));
        // An earlier urgent check-in does not decide, but is always named.
        let mut early = checkin(8, 1);
        early.urgent = true;
        let t = assess_trend(Some(&a), &[early, checkin(15, 1), checkin(22, 1)], today());
        assert_eq!(t.verdict, TrendVerdict::Improving);
        assert!(
            t.findings
                .contains(&Finding::EarlierUrgent { date: day(8) }),
            "{:?}",
            t.findings
        );
        // Urgent even with a single check-in.
        assert_eq!(verdict(None, &[urgent]), TrendVerdict::Urgent);
    }

    #[test]
    fn new_warning_signs_in_the_latest_checkin_mean_see_a_doctor() {
        let a = assessment(1, 9);
        let mut signs = checkin(22, 1);
        signs.warning_signs = Some(true);
        let mut numb = checkin(15, 1);
        numb.side_effects = vec!["numb".into()];
        let t = assess_trend(Some(&a), &[checkin(8, 1), numb, signs.clone()], today());
        assert_eq!(t.verdict, TrendVerdict::SeeDoctor, "above worse");
        assert_eq!(t.findings[0], Finding::WarningSigns { date: day(22) });
        assert_eq!(t.advice, [Advice::SeeDoctorSoon]);
        // Only the latest check-in decides.
        let t = assess_trend(Some(&a), &[signs, checkin(29, 1)], day(30));
        assert_ne!(t.verdict, TrendVerdict::SeeDoctor);
    }

    #[test]
    fn new_numbness_in_either_of_the_last_two_is_worse_however_few() {
        let mut numb = checkin(8, 1);
        numb.side_effects = vec!["numb".into()];
        assert_eq!(
            verdict(None, std::slice::from_ref(&numb)),
            TrendVerdict::Worse
        );
        assert_eq!(
            verdict(None, &[numb.clone(), checkin(15, 1)]),
            TrendVerdict::Worse
        );
        // Three check-ins later it is no longer among the last two.
        assert_eq!(
            verdict(None, &[numb, checkin(15, 1), checkin(22, 1)]),
            TrendVerdict::NoMeaningfulChange
        );
    }

    #[test]
    fn worse_says_to_stop_massage_only_after_weeks_with_massage() {
        let a = assessment(1, 3);
        let t = assess_trend(Some(&a), &[checkin(8, 5), checkin(15, 5)], today());
        assert_eq!(t.advice, [Advice::RecheckSigns, Advice::StopMassage]);
        let mut no_massage = [checkin(8, 5), checkin(15, 5)];
        for c in &mut no_massage {
            c.had_massage = Some(false);
        }
        let t = assess_trend(Some(&a), &no_massage, today());
        assert_eq!(t.advice, [Advice::RecheckSigns]);
    }

    #[test]
    fn the_first_checkin_is_the_baseline_without_an_assessment() {
        let t = assess_trend(
            None,
            &[checkin(1, 8), checkin(8, 6), checkin(15, 5)],
            today(),
        );
        assert_eq!(
            t.baseline,
            Some(Baseline {
                date: day(1),
                pain: 8,
                activity: Some(8),
                source: BaselineSource::Checkin
            })
        );
        assert_eq!(t.verdict, TrendVerdict::Improving);
        assert_eq!(t.counted, 2);
    }

    #[test]
    fn recent_pain_that_improves_mentions_natural_recovery() {
        let mut a = assessment(1, 8);
        a.pain_duration = Some("new".into());
        let t = assess_trend(Some(&a), &[checkin(8, 5), checkin(15, 4)], today());
        assert_eq!(t.verdict, TrendVerdict::Improving);
        assert!(
            t.findings.contains(&Finding::NaturalRecovery),
            "{:?}",
            t.findings
        );
        let t = assess_trend(
            Some(&assessment(1, 8)),
            &[checkin(8, 5), checkin(15, 4)],
            today(),
        );
        assert!(!t.findings.contains(&Finding::NaturalRecovery));
    }

    #[test]
    fn every_trend_but_an_urgent_one_says_it_cannot_show_a_cause() {
        let a = assessment(1, 5);
        for checkins in [
            vec![],
            vec![checkin(8, 5)],
            vec![checkin(8, 5), checkin(15, 5)],
        ] {
            let t = assess_trend(Some(&a), &checkins, today());
            assert!(
                t.findings.contains(&Finding::CauseUnknown),
                "{:?}",
                t.findings
            );
        }
    }

    #[test]
    fn no_change_after_the_trial_weeks_suggests_other_options() {
        let a = assessment(1, 5);
        let weeks: Vec<CheckIn> = (1..=4).map(|w| checkin(1 + 7 * w, 5)).collect();
        let short = Rules {
            thresholds: TrendThresholds {
                massage_weeks_before_rethink: 4,
                ..TrendThresholds::default()
            },
            ..rules()
        };
        let t = super::assess_trend(Some(&a), &weeks, today(), &short);
        assert_eq!(t.verdict, TrendVerdict::NoMeaningfulChange);
        assert_eq!(t.advice, [Advice::OtherOptions]);
        assert!(t.findings.contains(&Finding::MassageWeeks { count: 4 }));
        let t = super::assess_trend(Some(&a), &weeks[..3], today(), &short);
        assert_eq!(t.advice, [Advice::FairTrial]);
    }

    #[test]
    fn thresholds_come_from_the_rules() {
        let strict = Rules {
            thresholds: TrendThresholds {
                meaningful_points: 3.0,
                meaningful_percent: 50.0,
                checkins_needed: 3,
                ..TrendThresholds::default()
            },
            ..rules()
        };
        let series = [checkin(1, 6), checkin(8, 4), checkin(15, 4)];
        let today = day(20);
        assert_eq!(
            assess_trend(None, &series, today).verdict,
            TrendVerdict::Improving
        );
        let t = super::assess_trend(None, &series, today, &strict);
        assert_eq!(t.verdict, TrendVerdict::NotEnoughData);
        assert_eq!(t.findings[0], Finding::TooFew { count: 2 });
        let more = [checkin(1, 6), checkin(8, 4), checkin(15, 4), checkin(22, 4)];
        // 2 points and 33% are below 3 points and 50%.
        assert_eq!(
            super::assess_trend(None, &more, day(25), &strict).verdict,
            TrendVerdict::NoMeaningfulChange
        );
    }
}
