//! "Is it working for me?": the trend verdict over the check-ins.
//!
//! Pure: takes the recorded assessment, the check-ins, today's date and the
//! rules from content (thresholds, the after-effect that means new numbness,
//! the ratings of change, how soon each warning sign needs acting on), and
//! returns a verdict with its reasons, structured findings and advice. No
//! I/O, no clock, and no words: the renderers put findings into words.
//!
//! The yardstick for a change that matters is 2 points, or 30% of the
//! starting point that is at least 1 point, on a 0-10 scale (Farrar et al.
//! 2001, Ostelo et al. 2008), the same in both directions. Worse is judged
//! on the latest check-in alone and on the average of the last two, so one
//! bad week is never hidden, and needs no minimum number of check-ins;
//! better needs both the average of the last two and the latest alone, and
//! enough check-ins over enough days.

use jiff::civil::Date;

use super::checkin::MUCH_WORSE_SCORE;
pub use super::record::{CheckIn, RecordedAssessment};
use crate::content::{Status, Timing, TrendThresholds};

/// What the trend needs from content besides the thresholds.
#[derive(Debug, Clone, Copy)]
pub struct Rules<'a> {
    /// When a change counts.
    pub thresholds: TrendThresholds,
    /// The after-effect option that means new numbness.
    pub new_numbness: &'a str,
    /// The question of the after-effects (its answer is not a warning sign
    /// of its own: new numbness is said apart).
    pub after_effects: &'a str,
    /// Pain durations (option values) that count as recent.
    pub recent_durations: &'a [String],
    /// Ratings of change (option values) that mean better.
    pub rated_better: &'a [String],
    /// Ratings of change that mean worse.
    pub rated_worse: &'a [String],
    /// Ratings of change that mean much worse: worse whatever the figures.
    pub rated_much_worse: &'a [String],
    /// How soon each warning-sign question needs acting on, by its id.
    pub sign_timing: &'a [(String, Timing)],
    /// Weeks of improving after which it is time to move on to exercise and
    /// self-care (the assessment's fair trial).
    pub trial_weeks: usize,
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

/// A starting point that was replaced: its date and pain, and the day it
/// was replaced.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Replaced {
    /// Its date.
    pub date: Date,
    /// Its pain.
    pub pain: u8,
    /// When it was replaced.
    pub on: Date,
}

/// The trend verdicts, by precedence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TrendVerdict {
    /// An emergency answer in the latest check-in.
    Urgent,
    /// New warning signs in the latest check-in.
    SeeDoctor,
    /// New numbness, a rating of much worse, or pain or activity limits a
    /// meaningful amount worse.
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

/// What made the verdict.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reason {
    /// Pain changed by a meaningful amount.
    Pain,
    /// Activity limits changed by a meaningful amount.
    Activity,
    /// New numbness after a massage.
    NewNumbness,
    /// The person rated their back much worse.
    Rating,
    /// An emergency sign in the latest check-in.
    UrgentSign,
    /// A warning sign in the latest check-in.
    WarningSign,
}

impl Reason {
    /// The id used in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            Reason::Pain => "pain",
            Reason::Activity => "activity",
            Reason::NewNumbness => "new_numbness",
            Reason::Rating => "rating",
            Reason::UrgentSign => "urgent_sign",
            Reason::WarningSign => "warning_sign",
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

/// Which figure a finding is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Basis {
    /// The latest check-in on its own.
    Latest,
    /// The average of the last two check-ins.
    Average,
}

/// An earlier check-in with an urgent or warning sign.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EarlierWarning {
    /// Its date.
    pub date: Date,
    /// Its status id (`urgent` or `stop_and_get_checked`).
    pub status: String,
    /// The questions whose answers were the signs.
    pub signs: Vec<String>,
}

/// One thing the trend found, for the "Why" list.
#[derive(Debug, Clone, PartialEq)]
pub enum Finding {
    /// The latest check-in has an emergency answer.
    UrgentLatest {
        /// Its date.
        date: Date,
        /// The signs.
        signs: Vec<String>,
    },
    /// The latest check-in reports new warning signs.
    WarningSigns {
        /// Its date.
        date: Date,
        /// The signs.
        signs: Vec<String>,
        /// How soon: today or within days.
        when: Timing,
    },
    /// New numbness after massage in one of the last two check-ins.
    NewNumbness {
        /// The check-in's date.
        date: Date,
    },
    /// The latest rating of change is much worse.
    RatedMuchWorse {
        /// The check-in's date.
        date: Date,
    },
    /// The latest check-in's pain or activity limits are very bad (8 or
    /// more of 10), whatever they were at the start.
    HighLatest {
        /// The check-in's date.
        date: Date,
        /// Pain or activity limits.
        measure: Measure,
        /// The figure.
        score: u8,
    },
    /// An empty journal.
    NoCheckins,
    /// Where the trend starts from.
    Start(Baseline),
    /// A first check-in as the starting point: a bad first week often
    /// looks better later whatever is done.
    StartAtWorst,
    /// The starting point replaced an earlier one.
    StartReplaced(Replaced),
    /// Check-ins dated before the starting point, which do not count.
    BeforeStart {
        /// How many.
        count: usize,
    },
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
    /// A measure from the starting point to now: risen, fallen or neither by
    /// a meaningful amount.
    Measured {
        /// Pain or activity limits.
        measure: Measure,
        /// How it changed.
        change: Direction,
        /// At the starting point.
        start: u8,
        /// The figure that decided: the latest, or the average of the last two.
        now: f64,
        /// Which figure `now` is.
        basis: Basis,
        /// The latest check-in's figure.
        latest: u8,
        /// Now minus start (negative when better).
        points: f64,
        /// 100 x points / start; `None` when the start is 0.
        percent: Option<f64>,
    },
    /// Pain was recent at the starting point: much improvement may be
    /// natural recovery.
    NaturalRecovery,
    /// Weeks with a massage since the starting point.
    MassageWeeks {
        /// How many.
        count: usize,
        /// Of how many check-ins.
        of: usize,
    },
    /// A trend shows change, not its cause.
    CauseUnknown,
    /// An earlier check-in had an urgent or warning sign.
    EarlierWarning(EarlierWarning),
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
    /// while they clearly fell.
    RatingDisagrees {
        /// Rated better (figures worse), or rated worse (figures better).
        rated_better: bool,
    },
}

/// How a measure moved.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    /// Up by a meaningful amount.
    Rose,
    /// Down by a meaningful amount, in the average and the latest alike.
    Fell,
    /// Neither.
    NoClearChange,
}

/// One piece of advice, for the "What to do next" list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Advice {
    /// Get help now.
    GetHelp,
    /// See a doctor about the new warning signs, today.
    SeeDoctorToday,
    /// See a doctor about the new warning signs within a few days.
    SeeDoctorSoon,
    /// Stop massage and see a doctor about the numbness.
    StopForNumbness,
    /// Start checking in.
    FirstCheckin,
    /// Keep checking in weekly.
    CheckInWeekly,
    /// Go through the warning signs again, and see a doctor or physiotherapist.
    RecheckSigns,
    /// Pause massage until seen (only when there was massage in the weeks covered).
    StopMassage,
    /// Get checked for an earlier warning sign before the next massage, if
    /// not done yet.
    CheckEarlierWarnings,
    /// Keep going, keep moving.
    KeepGoing,
    /// Improving for a fair trial's weeks: move on to the exercise and
    /// self-care that last.
    MoveOn,
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

/// The trend: verdict, reasons, numbers, findings and advice.
#[derive(Debug, Clone, PartialEq)]
pub struct Trend {
    /// The verdict.
    pub verdict: TrendVerdict,
    /// What made it (empty for `not_enough_data` and `no_meaningful_change`).
    pub reasons: Vec<Reason>,
    /// The starting point, if there is one.
    pub baseline: Option<Baseline>,
    /// The starting points it replaced, oldest first.
    pub replaced: Vec<Replaced>,
    /// Average pain of the two most recent counted check-ins.
    pub current_pain: Option<f64>,
    /// Current minus baseline pain.
    pub change: Option<Change>,
    /// Pain in the latest counted check-in.
    pub latest_pain: Option<u8>,
    /// Average activity limits of the two most recent counted check-ins.
    pub current_activity: Option<f64>,
    /// Current minus baseline activity limits.
    pub activity_change: Option<Change>,
    /// Activity limits in the latest counted check-in.
    pub latest_activity: Option<u8>,
    /// Every check-in, oldest first.
    pub checkins: Vec<CheckIn>,
    /// How many check-ins count (dated after the baseline).
    pub counted: usize,
    /// Counted check-ins with a massage that week.
    pub massage_weeks: usize,
    /// Every urgent or warning-sign check-in since the starting point but
    /// the latest, oldest first.
    pub earlier_warnings: Vec<EarlierWarning>,
    /// Why: the deciding findings first, then the others, then notes.
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

/// One measure: the starting point, the latest and the average of the
/// last two (when there are two).
struct Measured {
    measure: Measure,
    start: u8,
    latest: u8,
    average: Option<f64>,
}

impl Measured {
    fn change(&self, now: f64) -> Change {
        let points = now - f64::from(self.start);
        Change {
            points,
            percent: (self.start > 0).then(|| 100.0 * points / f64::from(self.start)),
        }
    }

    /// Whether a rise (or, with `-`, a fall) from the start to `now`
    /// meets the yardstick: the points, or the percent when that is also at
    /// least one point.
    fn meets(&self, now: f64, sign: f64, t: &TrendThresholds) -> bool {
        let c = self.change(now);
        let moved = sign * c.points;
        moved >= t.meaningful_points
            || (moved >= 1.0 && c.percent.is_some_and(|p| sign * p >= t.meaningful_percent))
    }

    /// Worse: the latest alone, or the average of the last two.
    fn worse(&self, t: &TrendThresholds) -> Option<Basis> {
        if self.meets(f64::from(self.latest), 1.0, t) {
            Some(Basis::Latest)
        } else if self.average.is_some_and(|a| self.meets(a, 1.0, t)) {
            Some(Basis::Average)
        } else {
            None
        }
    }

    /// Better: the average of the last two and the latest alone.
    fn better(&self, t: &TrendThresholds) -> bool {
        self.average.is_some_and(|a| self.meets(a, -1.0, t))
            && self.meets(f64::from(self.latest), -1.0, t)
    }

    fn finding(&self, t: &TrendThresholds) -> Finding {
        let latest = f64::from(self.latest);
        let (change, basis) = match self.worse(t) {
            Some(basis) => (Direction::Rose, basis),
            None if self.better(t) => (Direction::Fell, Basis::Average),
            None if self.average.is_some() => (Direction::NoClearChange, Basis::Average),
            None => (Direction::NoClearChange, Basis::Latest),
        };
        let now = match basis {
            Basis::Latest => latest,
            Basis::Average => self.average.unwrap_or(latest),
        };
        let c = self.change(now);
        Finding::Measured {
            measure: self.measure,
            change,
            start: self.start,
            now,
            basis,
            latest: self.latest,
            points: c.points,
            percent: c.percent,
        }
    }
}

/// Whether a check-in had an urgent or a warning sign.
fn warned(c: &CheckIn, rules: &Rules<'_>) -> bool {
    c.urgent || c.warning_signs == Some(true) || !warning_signs(c, rules).is_empty()
}

/// The warning signs of a check-in, new numbness apart (said on its own).
fn warning_signs<'c>(c: &'c CheckIn, rules: &Rules<'_>) -> Vec<&'c String> {
    c.signs
        .iter()
        .filter(|s| *s != rules.after_effects)
        .collect()
}

/// The status a check-in had: kept, or (for check-ins kept before
/// statuses were) read from its flags.
fn status_of(c: &CheckIn) -> String {
    match &c.status {
        Some(s) => s.clone(),
        None if c.urgent => Status::Urgent.as_str().into(),
        None => Status::StopAndGetChecked.as_str().into(),
    }
}

/// Works out the trend. Check-ins are ordered by date (then as given), not by
/// when they were typed in.
pub fn assess_trend(
    assessment: Option<&RecordedAssessment>,
    replaced: &[Replaced],
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
    let before = match (&baseline, assessment) {
        (Some(b), Some(_)) => sorted.iter().filter(|c| c.date < b.date).count(),
        _ => 0,
    };
    let measure = |which: Measure, start: Option<u8>, value: fn(&CheckIn) -> u8| {
        let start = start?;
        let latest = value(counted.last()?);
        let last_two = &counted[counted.len().saturating_sub(2)..];
        let average = (last_two.len() == 2)
            .then(|| (f64::from(value(last_two[0])) + f64::from(value(last_two[1]))) / 2.0);
        Some(Measured {
            measure: which,
            start,
            latest,
            average,
        })
    };
    let pain = measure(Measure::Pain, baseline.as_ref().map(|b| b.pain), |c| c.pain);
    let activity = measure(
        Measure::Activity,
        baseline.as_ref().and_then(|b| b.activity),
        |c| c.activity_limits,
    );
    let measured: Vec<&Measured> = pain.iter().chain(activity.iter()).collect();
    let latest = sorted.last();
    let since_start: Vec<&CheckIn> = match &baseline {
        Some(b) => sorted.iter().filter(|c| c.date >= b.date).collect(),
        None => Vec::new(),
    };
    let earlier_warnings: Vec<EarlierWarning> = since_start
        .iter()
        .filter(|c| Some(**c) != latest && warned(c, rules))
        .map(|c| EarlierWarning {
            date: c.date,
            status: status_of(c),
            signs: c.signs.clone(),
        })
        .collect();
    let mut trend = Trend {
        verdict: TrendVerdict::NotEnoughData,
        reasons: Vec::new(),
        baseline: baseline.clone(),
        replaced: replaced.to_vec(),
        current_pain: pain.as_ref().and_then(|m| m.average),
        change: pain.as_ref().and_then(|m| m.average.map(|a| m.change(a))),
        latest_pain: pain.as_ref().map(|m| m.latest),
        current_activity: activity.as_ref().and_then(|m| m.average),
        activity_change: activity
            .as_ref()
            .and_then(|m| m.average.map(|a| m.change(a))),
        latest_activity: activity.as_ref().map(|m| m.latest),
        checkins: sorted.clone(),
        counted: counted.len(),
        massage_weeks: counted
            .iter()
            .filter(|c| c.had_massage == Some(true))
            .count(),
        earlier_warnings,
        findings: Vec::new(),
        advice: Vec::new(),
        global_change: sorted
            .iter()
            .rev()
            .find_map(|c| c.global_change.clone().map(|g| (c.date, g))),
    };
    let mut notes = notes(&trend, today, rules);
    // A latest week as bad as the check-in's "much worse" status (8 or more)
    // is said first among the notes, with its advice, whatever the verdict:
    // it is not a change, so it does not decide one.
    if let Some(last) = counted.last() {
        let high = measured
            .iter()
            .filter(|m| m.latest >= MUCH_WORSE_SCORE)
            .map(|m| Finding::HighLatest {
                date: last.date,
                measure: m.measure,
                score: m.latest,
            });
        notes.splice(0..0, high);
    }
    let mut decided: Vec<Finding> = Vec::new();
    let mut advice: Vec<Advice> = Vec::new();
    // Where the trend starts from, said after the deciding findings.
    let start: Vec<Finding> = match &baseline {
        Some(base) => {
            let mut start = vec![Finding::Start(base.clone())];
            if base.source == BaselineSource::Checkin {
                start.push(Finding::StartAtWorst);
            }
            start.extend(replaced.last().cloned().map(Finding::StartReplaced));
            if before > 0 {
                start.push(Finding::BeforeStart { count: before });
            }
            start
        }
        None => Vec::new(),
    };

    // 1. An urgent sign in the latest check-in: getting help is all.
    if let Some(last) = latest.filter(|c| c.urgent) {
        decided.push(Finding::UrgentLatest {
            date: last.date,
            signs: last.signs.clone(),
        });
        trend.verdict = TrendVerdict::Urgent;
        trend.reasons = vec![Reason::UrgentSign];
        advice.push(Advice::GetHelp);
        // Nothing else may distract: only the earlier warnings are said.
        let notes = notes
            .into_iter()
            .filter(|n| matches!(n, Finding::EarlierWarning(_)))
            .collect();
        return finish(trend, decided, Vec::new(), notes, advice);
    }
    // 2. A warning sign in the latest check-in: see a doctor, as soon as
    // the sign needs.
    if let Some(last) = latest.filter(|c| {
        !warning_signs(c, rules).is_empty() || (c.signs.is_empty() && c.warning_signs == Some(true))
    }) {
        let signs: Vec<String> = warning_signs(last, rules).into_iter().cloned().collect();
        let when = signs
            .iter()
            .filter_map(|s| {
                rules
                    .sign_timing
                    .iter()
                    .find(|(id, _)| id == s)
                    .map(|(_, w)| *w)
            })
            .min()
            .unwrap_or(Timing::WithinDays);
        decided.push(Finding::WarningSigns {
            date: last.date,
            signs,
            when,
        });
        trend.verdict = TrendVerdict::SeeDoctor;
        trend.reasons = vec![Reason::WarningSign];
        advice.push(if when <= Timing::Today {
            Advice::SeeDoctorToday
        } else {
            Advice::SeeDoctorSoon
        });
        advice.push(Advice::StopMassage);
        let others = measured.iter().map(|m| m.finding(t)).collect();
        decided.extend(start);
        return finish(trend, decided, others, notes, advice);
    }

    // 3. Worse: new numbness, a rating of much worse, or the figures.
    let recent = &sorted[sorted.len().saturating_sub(2)..];
    if let Some(c) = recent
        .iter()
        .rev()
        .find(|c| c.side_effects.iter().any(|s| s == rules.new_numbness))
    {
        trend.reasons.push(Reason::NewNumbness);
        decided.push(Finding::NewNumbness { date: c.date });
        advice.push(Advice::StopForNumbness);
    }
    let rated = |options: &[String]| {
        trend
            .global_change
            .as_ref()
            .is_some_and(|(date, g)| Some(*date) == latest.map(|l| l.date) && options.contains(g))
    };
    if rated(rules.rated_much_worse) {
        trend.reasons.push(Reason::Rating);
        if let Some(l) = latest {
            decided.push(Finding::RatedMuchWorse { date: l.date });
        }
        // Said once, as the reason.
        notes.retain(|n| !matches!(n, Finding::Rated { .. }));
    }
    let mut others: Vec<Finding> = Vec::new();
    for m in &measured {
        let reason = match m.measure {
            Measure::Pain => Reason::Pain,
            Measure::Activity => Reason::Activity,
        };
        if m.worse(t).is_some() {
            trend.reasons.push(reason);
            decided.push(m.finding(t));
        } else {
            others.push(m.finding(t));
        }
    }
    if baseline.is_none() {
        decided.push(Finding::NoCheckins);
        advice.push(Advice::FirstCheckin);
        return finish(trend, decided, others, notes, advice);
    }
    if !trend.reasons.is_empty() {
        trend.verdict = TrendVerdict::Worse;
        if trend.reasons.iter().any(|r| *r != Reason::NewNumbness) {
            advice.push(Advice::RecheckSigns);
            if trend.massage_weeks > 0 {
                advice.push(Advice::StopMassage);
            }
        }
        if rated(rules.rated_better)
            && trend
                .reasons
                .iter()
                .any(|r| matches!(r, Reason::Pain | Reason::Activity))
        {
            notes.insert(
                1.min(notes.len()),
                Finding::RatingDisagrees { rated_better: true },
            );
        }
        decided.extend(start);
        return finish(trend, decided, others, notes, advice);
    }

    // 4. Better needs enough check-ins, far enough apart.
    let span = match (counted.first(), counted.last()) {
        (Some(first), Some(last)) => (last.date - first.date).get_days().into(),
        _ => 0,
    };
    if counted.len() < t.checkins_needed.max(2) {
        decided.push(Finding::TooFew {
            count: counted.len(),
        });
        advice.push(Advice::CheckInWeekly);
        decided.extend(start);
        return finish(trend, decided, others, notes, advice);
    }
    if span < t.min_days_apart {
        decided.push(Finding::TooClose { days: span });
        advice.push(Advice::CheckInWeekly);
        decided.extend(start);
        return finish(trend, decided, others, notes, advice);
    }
    others.clear();
    for m in &measured {
        if m.better(t) {
            trend.reasons.push(match m.measure {
                Measure::Pain => Reason::Pain,
                Measure::Activity => Reason::Activity,
            });
            decided.push(m.finding(t));
        } else {
            others.push(m.finding(t));
        }
    }
    if trend.reasons.is_empty() {
        trend.verdict = TrendVerdict::NoMeaningfulChange;
        decided.append(&mut others);
        if trend.massage_weeks >= t.massage_weeks_before_rethink {
            advice.push(Advice::OtherOptions);
        } else {
            advice.push(Advice::FairTrial);
        }
        if rated(rules.rated_worse) {
            advice.push(Advice::RecheckSigns);
        }
    } else {
        trend.verdict = TrendVerdict::Improving;
        advice.push(if counted.len() >= rules.trial_weeks.max(1) {
            Advice::MoveOn
        } else {
            Advice::KeepGoing
        });
        if rated(rules.rated_worse) {
            notes.insert(
                1.min(notes.len()),
                Finding::RatingDisagrees {
                    rated_better: false,
                },
            );
        }
        let recent_onset = assessment
            .and_then(|a| a.pain_duration.as_deref())
            .is_some_and(|d| rules.recent_durations.iter().any(|r| r == d));
        if recent_onset {
            others.push(Finding::NaturalRecovery);
        }
    }
    decided.extend(start);
    finish(trend, decided, others, notes, advice)
}

/// The notes that follow the main findings, whatever the verdict: the
/// person's own rating, that a trend shows change and not its cause, the
/// weeks with massage, every earlier warning, and a journal gone stale.
fn notes(trend: &Trend, today: Date, rules: &Rules<'_>) -> Vec<Finding> {
    let mut notes = Vec::new();
    if let Some((date, rating)) = &trend.global_change {
        notes.push(Finding::Rated {
            date: *date,
            rating: rating.clone(),
        });
    }
    notes.push(Finding::CauseUnknown);
    if trend.baseline.is_some() {
        notes.push(Finding::MassageWeeks {
            count: trend.massage_weeks,
            of: trend.counted,
        });
    }
    notes.extend(
        trend
            .earlier_warnings
            .iter()
            .cloned()
            .map(Finding::EarlierWarning),
    );
    if let Some(last) = trend.checkins.last() {
        let days = (today - last.date).get_days().into();
        if days > rules.thresholds.stale_after_days {
            notes.push(Finding::Stale { days });
        }
    }
    notes
}

fn finish(
    mut trend: Trend,
    mut findings: Vec<Finding>,
    others: Vec<Finding>,
    notes: Vec<Finding>,
    mut advice: Vec<Advice>,
) -> Trend {
    findings.extend(others);
    findings.extend(notes);
    // Earlier warnings are never forgotten: until checked, get checked
    // before the next massage.
    if !trend.earlier_warnings.is_empty() && trend.verdict != TrendVerdict::Urgent {
        advice.push(Advice::CheckEarlierWarnings);
    }
    // A very bad latest week: the signs again, and a doctor or
    // physiotherapist this week.
    let high = findings
        .iter()
        .any(|f| matches!(f, Finding::HighLatest { .. }));
    if high && trend.verdict != TrendVerdict::Urgent && !advice.contains(&Advice::RecheckSigns) {
        advice.push(Advice::RecheckSigns);
    }
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

    fn today() -> Date {
        day(30)
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
            status: Some("saved".into()),
            signs: Vec::new(),
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

    fn strings(v: &[&str]) -> Vec<String> {
        v.iter().map(|s| (*s).to_owned()).collect()
    }

    fn with<R>(f: impl FnOnce(&Rules<'_>) -> R) -> R {
        let recent = strings(&["new"]);
        let better = strings(&["better"]);
        let worse = strings(&["a_little_worse", "much_worse"]);
        let much_worse = strings(&["much_worse"]);
        let timing = vec![
            ("fever".to_owned(), Timing::Today),
            ("night".to_owned(), Timing::WithinDays),
        ];
        f(&Rules {
            thresholds: TrendThresholds::default(),
            new_numbness: "numb",
            after_effects: "effects",
            recent_durations: &recent,
            rated_better: &better,
            rated_worse: &worse,
            rated_much_worse: &much_worse,
            sign_timing: &timing,
            trial_weeks: 6,
        })
    }

    fn trend(a: Option<&RecordedAssessment>, c: &[CheckIn]) -> Trend {
        with(|rules| assess_trend(a, &[], c, today(), rules))
    }

    fn verdict(a: Option<&RecordedAssessment>, c: &[CheckIn]) -> TrendVerdict {
        trend(a, c).verdict
    }

    #[test]
    fn an_empty_journal_is_not_enough_data() {
        let t = trend(None, &[]);
        assert_eq!(t.verdict, TrendVerdict::NotEnoughData);
        assert!(t.reasons.is_empty());
        assert_eq!(t.findings, [Finding::NoCheckins, Finding::CauseUnknown]);
        assert_eq!(t.advice, [Advice::FirstCheckin]);
    }

    #[test]
    fn a_check_in_on_the_day_of_the_starting_point_does_not_count() {
        // The assessment on day 1 is the starting point; a check-in the same
        // day is not a week after it, so one check-in counts: not enough.
        let a = assessment(1, 8);
        let t = trend(Some(&a), &[checkin(1, 2), checkin(8, 2)]);
        assert_eq!(t.verdict, TrendVerdict::NotEnoughData);
        // A week later there are two, and the change shows.
        let t = trend(Some(&a), &[checkin(1, 2), checkin(8, 2), checkin(15, 2)]);
        assert_eq!(t.verdict, TrendVerdict::Improving);
    }

    #[test]
    fn one_check_in_can_be_worse_but_never_improving() {
        let a = assessment(1, 5);
        // One week at 10 out of 10: worse at once, not "not enough data".
        let t = trend(Some(&a), &[checkin(8, 10)]);
        assert_eq!(t.verdict, TrendVerdict::Worse);
        assert_eq!(t.reasons, [Reason::Pain, Reason::Activity]);
        assert_eq!(t.latest_pain, Some(10));
        assert_eq!(t.current_pain, None, "no average of one");
        // One good week: too few to call it better.
        assert_eq!(
            verdict(Some(&a), &[checkin(8, 1)]),
            TrendVerdict::NotEnoughData
        );
    }

    #[test]
    fn a_sudden_jump_in_the_latest_week_is_worse_whatever_the_average() {
        let a = assessment(1, 3);
        let t = trend(Some(&a), &[checkin(8, 3), checkin(15, 9)]);
        assert_eq!(t.verdict, TrendVerdict::Worse);
        let Some(Finding::Measured {
            basis, now, change, ..
        }) = t.findings.first()
        else {
            panic!("{:?}", t.findings)
        };
        assert_eq!(
            (*basis, *now, *change),
            (Basis::Latest, 9.0, Direction::Rose)
        );
        assert_eq!(t.current_pain, Some(6.0));
    }

    #[test]
    fn a_relapse_after_improving_is_not_improving() {
        let a = assessment(1, 6);
        let c = [
            checkin(8, 2),
            checkin(15, 2),
            checkin(22, 2),
            checkin(29, 6),
        ];
        // The average of the last two (4) is 2 points down; the latest is back at 6.
        let t = trend(Some(&a), &c);
        assert_eq!(t.verdict, TrendVerdict::NoMeaningfulChange);
        assert!(t.reasons.is_empty());
        // Without the relapse, it is improving.
        assert_eq!(verdict(Some(&a), &c[..3]), TrendVerdict::Improving);
    }

    #[test]
    fn improving_needs_the_average_and_the_latest() {
        let a = assessment(1, 6);
        assert_eq!(
            verdict(Some(&a), &[checkin(8, 3), checkin(15, 4)]),
            TrendVerdict::Improving
        );
        // Average 3.5 is better; the latest 5 is only 1 point (17%) down.
        assert_eq!(
            verdict(Some(&a), &[checkin(8, 2), checkin(15, 5)]),
            TrendVerdict::NoMeaningfulChange
        );
        // Better needs enough days between the check-ins counted.
        assert_eq!(
            verdict(Some(&a), &[checkin(8, 2), checkin(14, 2)]),
            TrendVerdict::NotEnoughData
        );
    }

    #[test]
    fn thirty_percent_of_a_small_start_counts_both_ways_when_it_is_a_point() {
        // Start 3: one point up is 33% and one point: worse.
        assert_eq!(
            verdict(Some(&assessment(1, 3)), &[checkin(8, 4)]),
            TrendVerdict::Worse
        );
        // Start 4: one point up is 25%: not worse.
        assert_eq!(
            verdict(Some(&assessment(1, 4)), &[checkin(8, 5)]),
            TrendVerdict::NotEnoughData
        );
        // Start 2: one point down is 50% and one point: better.
        assert_eq!(
            verdict(Some(&assessment(1, 2)), &[checkin(8, 1), checkin(15, 1)]),
            TrendVerdict::Improving
        );
        // Start 1: half a point down on average is not a point.
        assert_eq!(
            verdict(Some(&assessment(1, 1)), &[checkin(8, 0), checkin(15, 1)]),
            TrendVerdict::NoMeaningfulChange
        );
        // Start 0: only points count; 2 up is worse.
        assert_eq!(
            verdict(Some(&assessment(1, 0)), &[checkin(8, 2)]),
            TrendVerdict::Worse
        );
    }

    #[test]
    fn a_rating_of_much_worse_is_worse_whatever_the_figures() {
        let a = assessment(1, 6);
        let mut late = checkin(15, 2);
        late.global_change = Some("much_worse".into());
        let t = trend(Some(&a), &[checkin(8, 2), late.clone()]);
        assert_eq!(t.verdict, TrendVerdict::Worse);
        assert_eq!(t.reasons, [Reason::Rating]);
        assert!(
            t.findings
                .contains(&Finding::RatedMuchWorse { date: day(15) })
        );
        // Said once, as the reason; the other notes stay.
        assert!(
            !t.findings
                .iter()
                .any(|f| matches!(f, Finding::Rated { .. })),
            "{:?}",
            t.findings
        );
        assert!(t.findings.contains(&Finding::CauseUnknown));
        // A little worse with no clear change: check the signs again.
        late.pain = 6;
        late.activity_limits = 6;
        late.global_change = Some("a_little_worse".into());
        let t = trend(Some(&a), &[checkin(8, 6), late]);
        assert_eq!(t.verdict, TrendVerdict::NoMeaningfulChange);
        assert!(t.advice.contains(&Advice::RecheckSigns), "{:?}", t.advice);
    }

    #[test]
    fn a_very_bad_latest_week_is_said_with_its_advice_but_is_not_a_change() {
        // Start 8, then activity limits fall a lot while pain stays at 8:
        // improving by activity, and the pain of 8 said, with advice.
        let a = assessment(1, 8);
        let mut c1 = checkin(8, 8);
        let mut c2 = checkin(15, 8);
        c1.activity_limits = 3;
        c2.activity_limits = 3;
        let t = trend(Some(&a), &[c1, c2.clone()]);
        assert_eq!(t.verdict, TrendVerdict::Improving);
        assert_eq!(t.reasons, [Reason::Activity]);
        assert!(t.findings.contains(&Finding::HighLatest {
            date: day(15),
            measure: Measure::Pain,
            score: 8
        }));
        assert!(t.advice.contains(&Advice::RecheckSigns), "{:?}", t.advice);
        // At 7 there is nothing to say.
        c2.pain = 7;
        let mut c1 = c2.clone();
        c1.date = day(8);
        let t = trend(Some(&a), &[c1, c2]);
        assert!(
            !t.findings
                .iter()
                .any(|f| matches!(f, Finding::HighLatest { .. }))
        );
        assert!(!t.advice.contains(&Advice::RecheckSigns));
    }

    #[test]
    fn new_numbness_is_said_as_itself_with_the_figures_beside_it() {
        let a = assessment(1, 6);
        let mut numb = checkin(15, 3);
        numb.side_effects = strings(&["numb"]);
        numb.signs = strings(&["effects"]);
        numb.status = Some("stop_and_get_checked".into());
        let t = trend(Some(&a), &[checkin(8, 3), numb]);
        assert_eq!(t.verdict, TrendVerdict::Worse);
        assert_eq!(t.reasons, [Reason::NewNumbness]);
        assert_eq!(t.advice[0], Advice::StopForNumbness);
        assert_eq!(t.current_pain, Some(3.0), "the figures are still there");
        assert!(!t.advice.contains(&Advice::RecheckSigns));
    }

    #[test]
    fn urgent_and_warning_signs_come_first_with_their_timing() {
        let a = assessment(1, 6);
        let mut urgent = checkin(15, 3);
        urgent.urgent = true;
        urgent.signs = strings(&["bladder"]);
        let t = trend(Some(&a), &[checkin(8, 3), urgent]);
        assert_eq!(t.verdict, TrendVerdict::Urgent);
        assert_eq!(t.reasons, [Reason::UrgentSign]);
        assert_eq!(t.advice, [Advice::GetHelp]);
        let mut fever = checkin(15, 3);
        fever.signs = strings(&["fever"]);
        let t = trend(Some(&a), &[checkin(8, 3), fever.clone()]);
        assert_eq!(t.verdict, TrendVerdict::SeeDoctor);
        assert_eq!(t.advice[0], Advice::SeeDoctorToday);
        fever.signs = strings(&["night"]);
        let t = trend(Some(&a), &[checkin(8, 3), fever]);
        assert_eq!(t.advice[0], Advice::SeeDoctorSoon);
        // A check-in kept before signs were: the flag says it.
        let mut old = checkin(15, 3);
        old.signs.clear();
        old.warning_signs = Some(true);
        old.status = None;
        assert_eq!(verdict(Some(&a), &[old]), TrendVerdict::SeeDoctor);
    }

    #[test]
    fn earlier_warnings_are_never_forgotten() {
        let a = assessment(1, 6);
        let mut urgent = checkin(8, 3);
        urgent.urgent = true;
        urgent.status = Some("urgent".into());
        urgent.signs = strings(&["bladder"]);
        let t = trend(Some(&a), &[urgent, checkin(15, 3), checkin(22, 3)]);
        assert_eq!(t.verdict, TrendVerdict::Improving);
        assert_eq!(
            t.earlier_warnings,
            [EarlierWarning {
                date: day(8),
                status: "urgent".into(),
                signs: strings(&["bladder"]),
            }]
        );
        assert!(t.advice.contains(&Advice::CheckEarlierWarnings));
        assert!(
            t.findings
                .iter()
                .any(|f| matches!(f, Finding::EarlierWarning(_)))
        );
    }

    #[test]
    fn the_start_is_said_with_what_is_known_about_it() {
        // A first check-in as the start: a bad week often looks better later.
        let t = trend(None, &[checkin(1, 8), checkin(8, 8)]);
        assert!(t.findings.contains(&Finding::StartAtWorst));
        // A replaced start is named.
        let replaced = [Replaced {
            date: day(1),
            pain: 7,
            on: day(5),
        }];
        let t = with(|rules| {
            assess_trend(
                Some(&assessment(5, 6)),
                &replaced,
                &[checkin(12, 6)],
                today(),
                rules,
            )
        });
        assert!(
            t.findings
                .contains(&Finding::StartReplaced(replaced[0].clone()))
        );
        // Check-ins before the start are shown, not counted; one on the
        // day of the start is neither before nor counted.
        let t = trend(
            Some(&assessment(10, 6)),
            &[
                checkin(3, 2),
                checkin(5, 2),
                checkin(10, 6),
                checkin(17, 6),
                checkin(24, 6),
            ],
        );
        assert!(t.findings.contains(&Finding::BeforeStart { count: 2 }));
        let none_before = trend(Some(&assessment(10, 6)), &[checkin(17, 6)]);
        assert!(
            !none_before
                .findings
                .iter()
                .any(|f| matches!(f, Finding::BeforeStart { .. })),
            "{:?}",
            none_before.findings
        );
        assert_eq!(t.counted, 2);
        assert_eq!(t.checkins.len(), 5);
    }

    #[test]
    fn every_trend_says_its_massage_weeks_and_moves_on_after_a_fair_trial() {
        let a = assessment(1, 6);
        let mut weeks: Vec<CheckIn> = (0..6).map(|i| checkin(3 + 4 * i, 2)).collect();
        weeks[0].had_massage = Some(false);
        let t = trend(Some(&a), &weeks);
        assert_eq!(t.verdict, TrendVerdict::Improving);
        assert_eq!(t.massage_weeks, 5);
        assert!(
            t.findings
                .contains(&Finding::MassageWeeks { count: 5, of: 6 })
        );
        assert_eq!(t.advice[0], Advice::MoveOn);
        let t = trend(Some(&a), &weeks[..3]);
        assert_eq!(t.advice[0], Advice::KeepGoing);
    }

    #[test]
    fn check_ins_are_ordered_by_date_not_by_entry() {
        let a = assessment(1, 6);
        let t = trend(Some(&a), &[checkin(22, 9), checkin(8, 2), checkin(15, 3)]);
        // The 22nd is the latest: worse.
        assert_eq!(t.verdict, TrendVerdict::Worse);
        assert_eq!(t.latest_pain, Some(9));
        assert_eq!(t.current_pain, Some(6.0));
    }

    /// JSON ids: distinct, lower-case words joined by `_`.
    fn assert_ids(ids: &[&str]) {
        let distinct: std::collections::BTreeSet<_> = ids.iter().collect();
        assert_eq!(distinct.len(), ids.len(), "{ids:?}");
        for id in ids {
            assert!(
                !id.is_empty()
                    && id
                        .split('_')
                        .all(|w| !w.is_empty() && w.chars().all(|c| c.is_ascii_lowercase())),
                "{id:?}"
            );
        }
    }

    #[test]
    fn json_ids_are_distinct_snake_case_words() {
        use TrendVerdict as V;
        assert_ids(
            &[
                V::Urgent,
                V::SeeDoctor,
                V::Worse,
                V::NotEnoughData,
                V::Improving,
                V::NoMeaningfulChange,
            ]
            .map(V::as_str),
        );
        assert_ids(
            &[
                Reason::Pain,
                Reason::Activity,
                Reason::NewNumbness,
                Reason::Rating,
                Reason::UrgentSign,
                Reason::WarningSign,
            ]
            .map(Reason::as_str),
        );
        assert_ids(
            &[BaselineSource::Assessment, BaselineSource::Checkin].map(BaselineSource::as_str),
        );
    }

    #[test]
    fn the_change_is_in_points_and_percent_of_the_start() {
        let a = assessment(1, 6);
        let t = trend(Some(&a), &[checkin(8, 4), checkin(15, 2)]);
        assert_eq!(t.current_pain, Some(3.0));
        let change = t.change.expect("a change");
        assert_eq!(change.points, -3.0);
        assert_eq!(change.percent, Some(-50.0));
    }

    #[test]
    fn from_a_start_of_zero_only_points_count() {
        // No percent of nothing: one point up from 0 is not a meaningful
        // change, two are.
        let a = assessment(1, 0);
        let t = trend(Some(&a), &[checkin(8, 1), checkin(15, 1)]);
        assert_eq!(t.verdict, TrendVerdict::NoMeaningfulChange);
        assert_eq!(t.change.expect("a change").percent, None);
        assert_eq!(
            verdict(Some(&a), &[checkin(8, 2), checkin(15, 2)]),
            TrendVerdict::Worse
        );
    }

    #[test]
    fn round1_keeps_one_decimal() {
        assert_eq!(round1(3.0), 3.0);
        assert_eq!(round1(4.56), 4.6);
        assert_eq!(round1(4.54), 4.5);
        assert_eq!(round1(-33.333), -33.3);
        assert_eq!(round1(0.04), 0.0);
    }

    /// The pain finding of a trend: which way, on what basis, and the value.
    fn pain_finding(t: &Trend) -> (Direction, Basis, f64) {
        t.findings
            .iter()
            .find_map(|f| match f {
                Finding::Measured {
                    measure: Measure::Pain,
                    change,
                    basis,
                    now,
                    ..
                } => Some((*change, *basis, *now)),
                _ => None,
            })
            .unwrap_or_else(|| panic!("no pain finding: {:?}", t.findings))
    }

    #[test]
    fn each_measure_says_which_way_it_moved_and_on_what_basis() {
        let a = assessment(1, 6);
        let finding = |c: &[CheckIn]| pain_finding(&trend(Some(&a), c));
        // Better in the average and the latest.
        assert_eq!(
            finding(&[checkin(8, 3), checkin(15, 2)]),
            (Direction::Fell, Basis::Average, 2.5)
        );
        // No clear change over two check-ins: their average.
        assert_eq!(
            finding(&[checkin(8, 6), checkin(15, 5)]),
            (Direction::NoClearChange, Basis::Average, 5.5)
        );
        // One check-in: the latest alone.
        assert_eq!(
            finding(&[checkin(8, 5)]),
            (Direction::NoClearChange, Basis::Latest, 5.0)
        );
    }

    #[test]
    fn earlier_warnings_are_check_ins_with_any_sign_and_keep_their_status() {
        let a = assessment(1, 5);
        // Kept before statuses were: the status is read from the flags.
        let mut urgent = checkin(8, 5);
        urgent.urgent = true;
        urgent.status = None;
        let mut flagged = checkin(15, 5);
        flagged.warning_signs = Some(true);
        flagged.status = None;
        let mut sign = checkin(22, 5);
        sign.signs = strings(&["fever"]);
        sign.status = Some("stop_and_get_checked".into());
        // After-effects alone are not a warning.
        let mut effects = checkin(25, 5);
        effects.signs = strings(&["effects"]);
        let t = trend(Some(&a), &[urgent, flagged, sign, effects, checkin(29, 5)]);
        let got: Vec<(i8, &str)> = t
            .earlier_warnings
            .iter()
            .map(|w| (w.date.day(), w.status.as_str()))
            .collect();
        assert_eq!(
            got,
            [
                (8, "urgent"),
                (15, "stop_and_get_checked"),
                (22, "stop_and_get_checked")
            ]
        );
    }

    #[test]
    fn worse_says_to_stop_massage_only_after_massage() {
        let a = assessment(1, 3);
        let t = trend(Some(&a), &[checkin(8, 9)]);
        assert_eq!(t.verdict, TrendVerdict::Worse);
        assert!(t.advice.contains(&Advice::StopMassage), "{:?}", t.advice);
        let mut no_massage = checkin(8, 9);
        no_massage.had_massage = Some(false);
        let t = trend(Some(&a), &[no_massage]);
        assert_eq!(t.verdict, TrendVerdict::Worse);
        assert!(t.advice.contains(&Advice::RecheckSigns), "{:?}", t.advice);
        assert!(!t.advice.contains(&Advice::StopMassage), "{:?}", t.advice);
    }

    #[test]
    fn a_rating_of_better_against_rising_figures_is_noted_only_when_given() {
        let a = assessment(1, 3);
        let disagrees = |t: &Trend| {
            t.findings
                .contains(&Finding::RatingDisagrees { rated_better: true })
        };
        let mut rated = checkin(8, 9);
        rated.global_change = Some("better".into());
        assert!(disagrees(&trend(Some(&a), &[rated])));
        assert!(!disagrees(&trend(Some(&a), &[checkin(8, 9)])));
    }

    #[test]
    fn no_change_after_a_fair_trial_of_massage_suggests_other_options() {
        let a = assessment(1, 5);
        let weeks = |n: usize| {
            let c: Vec<CheckIn> = (0..6)
                .map(|i| {
                    let mut c = checkin(3 + 5 * i8::try_from(i).expect("small"), 5);
                    c.had_massage = Some(i < n);
                    c
                })
                .collect();
            trend(Some(&a), &c)
        };
        let five = weeks(5);
        assert_eq!(five.verdict, TrendVerdict::NoMeaningfulChange);
        assert_eq!(five.massage_weeks, 5);
        assert!(
            five.advice.contains(&Advice::FairTrial),
            "{:?}",
            five.advice
        );
        let six = weeks(6);
        assert_eq!(six.massage_weeks, 6);
        assert!(
            six.advice.contains(&Advice::OtherOptions),
            "{:?}",
            six.advice
        );
        assert!(!six.advice.contains(&Advice::FairTrial), "{:?}", six.advice);
    }

    #[test]
    fn improving_after_new_pain_notes_that_new_pain_often_settles() {
        let c = [checkin(8, 2), checkin(15, 2)];
        let mut new = assessment(1, 7);
        new.pain_duration = Some("new".into());
        let t = trend(Some(&new), &c);
        assert_eq!(t.verdict, TrendVerdict::Improving);
        assert!(t.findings.contains(&Finding::NaturalRecovery));
        let t = trend(Some(&assessment(1, 7)), &c);
        assert_eq!(t.verdict, TrendVerdict::Improving);
        assert!(!t.findings.contains(&Finding::NaturalRecovery));
    }

    #[test]
    fn a_journal_is_stale_after_two_weeks_without_a_check_in() {
        let stale = |last: i8| {
            trend(Some(&assessment(1, 5)), &[checkin(last, 5)])
                .findings
                .into_iter()
                .find(|f| matches!(f, Finding::Stale { .. }))
        };
        assert_eq!(stale(16), None, "14 days is not stale yet");
        assert_eq!(stale(15), Some(Finding::Stale { days: 15 }));
    }
}
