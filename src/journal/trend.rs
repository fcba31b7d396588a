//! "Is it working for me?": the trend verdict over the check-ins.
//!
//! Pure: takes the recorded assessment, the check-ins and today's date, and
//! returns a verdict with its reasons. No I/O, no clock. The yardstick for a
//! change that matters is the usual minimal clinically important difference
//! for back pain: 2 points or 30% on a 0-10 scale (Farrar et al. 2001, Ostelo
//! et al. 2008).

use jiff::civil::Date;

/// Points on the 0-10 scale that mark a change that matters.
pub const MEANINGFUL_POINTS: f64 = 2.0;
/// Percent of the baseline that marks a change that matters.
pub const MEANINGFUL_PERCENT: f64 = 30.0;
/// Check-ins with a massage after which "no change" suggests other options.
pub const MASSAGES_BEFORE_RETHINK: usize = 4;

/// One weekly check-in, as stored.
#[derive(Debug, Clone, PartialEq)]
pub struct CheckIn {
    /// The week it is about.
    pub date: Date,
    /// Average pain over the week, 0-10.
    pub pain: u8,
    /// How much pain limited daily activities, 0-10.
    pub activity_limits: u8,
    /// A massage since the last check-in; `None` when not answered.
    pub had_massage: Option<bool>,
    /// Length of the massage, if given.
    pub massage_minutes: Option<i64>,
    /// Kind of massage, if given.
    pub massage_kind: Option<String>,
    /// After-effects reported (option values).
    pub side_effects: Vec<String>,
    /// An emergency answer was given.
    pub urgent: bool,
}

/// The assessment recorded with `backcheck --record`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecordedAssessment {
    /// Its date.
    pub date: Date,
    /// Its `pain_intensity` answer, 0-10.
    pub pain: u8,
    /// Its `pain_duration` answer, when given.
    pub pain_duration: Option<String>,
    /// Its verdict id.
    pub verdict: String,
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
    /// Where it comes from.
    pub source: BaselineSource,
}

/// The five trend verdicts, by precedence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TrendId {
    /// An emergency answer in the latest check-in.
    Urgent,
    /// New numbness, or pain 2 or more points above the baseline.
    Worse,
    /// Fewer than two check-ins after the baseline.
    NotEnoughData,
    /// Pain down by 2 points or 30% of the baseline.
    Improving,
    /// Anything else.
    NoMeaningfulChange,
}

impl TrendId {
    /// The id used in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            TrendId::Urgent => "urgent",
            TrendId::Worse => "worse",
            TrendId::NotEnoughData => "not_enough_data",
            TrendId::Improving => "improving",
            TrendId::NoMeaningfulChange => "no_meaningful_change",
        }
    }

    /// A few words.
    pub fn title(self) -> &'static str {
        match self {
            TrendId::Urgent => "Get help now",
            TrendId::Worse => "Getting worse: stop and get checked",
            TrendId::NotEnoughData => "Not enough check-ins yet",
            TrendId::Improving => "Improving",
            TrendId::NoMeaningfulChange => "No clear change yet",
        }
    }

    /// One or two sentences.
    pub fn summary(self) -> &'static str {
        match self {
            TrendId::Urgent => {
                "Your latest check-in has an urgent warning sign. Call your local emergency number or go to an emergency department now (in the UK, 999 or A&E)."
            }
            TrendId::Worse => {
                "Stop having massage for now and see a doctor or physiotherapist about your back."
            }
            TrendId::NotEnoughData => {
                "Check in once a week. After two check-ins from your starting point, backcheck can say whether things are changing for you."
            }
            TrendId::Improving => {
                "Your pain has gone down by an amount that usually matters to people. Keep going, and keep moving."
            }
            TrendId::NoMeaningfulChange => {
                "Your pain has not changed by the 2 points or 30% that usually mark a real change."
            }
        }
    }
}

/// Current pain minus baseline pain.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Change {
    /// Points, negative when better.
    pub points: f64,
    /// 100 x points / baseline; `None` when the baseline is 0.
    pub percent: Option<f64>,
}

/// The trend: verdict, numbers and reasons.
#[derive(Debug, Clone, PartialEq)]
pub struct Trend {
    /// The verdict.
    pub id: TrendId,
    /// The starting point, if there is one.
    pub baseline: Option<Baseline>,
    /// Mean pain of the two most recent counted check-ins.
    pub current_pain: Option<f64>,
    /// Current minus baseline.
    pub change: Option<Change>,
    /// Every check-in, oldest first.
    pub checkins: Vec<CheckIn>,
    /// How many check-ins count (dated after the baseline).
    pub counted: usize,
    /// Why, in words.
    pub reasons: Vec<String>,
    /// What to do.
    pub advice: Vec<String>,
}

/// Rounds to one decimal, for display and JSON.
pub fn round1(x: f64) -> f64 {
    (x * 10.0).round() / 10.0
}

/// A pain value: "4" or "4.5".
pub fn show(x: f64) -> String {
    let r = round1(x);
    if r.fract() == 0.0 {
        format!("{r:.0}")
    } else {
        format!("{r:.1}")
    }
}

/// Works out the trend. Check-ins are ordered by date (then as given), not by
/// when they were typed in.
pub fn assess_trend(
    assessment: Option<&RecordedAssessment>,
    checkins: &[CheckIn],
    today: Date,
) -> Trend {
    let mut sorted = checkins.to_vec();
    sorted.sort_by_key(|c| c.date);
    let mut reasons = Vec::new();
    let mut advice = Vec::new();

    let baseline = match (assessment, sorted.first()) {
        (Some(a), _) => Some(Baseline {
            date: a.date,
            pain: a.pain,
            source: BaselineSource::Assessment,
        }),
        (None, Some(first)) => Some(Baseline {
            date: first.date,
            pain: first.pain,
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

    let mut trend = Trend {
        id: TrendId::NotEnoughData,
        baseline: baseline.clone(),
        current_pain: None,
        change: None,
        checkins: sorted.clone(),
        counted: counted.len(),
        reasons: Vec::new(),
        advice: Vec::new(),
    };

    // Notes that follow the main reasons: earlier urgent answers are always
    // named, whatever the verdict, and a stale journal is pointed out.
    let latest = sorted.last();
    let mut notes = Vec::new();
    for c in &sorted {
        if c.urgent && Some(c) != latest {
            notes.push(format!(
                "Your check-in of {} had an urgent warning sign.",
                c.date
            ));
        }
    }
    if let Some(last) = latest {
        let days = (today - last.date).get_days();
        if days > 14 {
            notes.push(format!(
                "Your last check-in was {days} days ago; check in weekly to keep this up to date."
            ));
        }
    }

    if let Some(last) = latest.filter(|c| c.urgent) {
        reasons.insert(
            0,
            format!(
                "Your latest check-in ({}) has an urgent warning sign: get help now.",
                last.date
            ),
        );
        trend.id = TrendId::Urgent;
        advice.push(TrendId::Urgent.summary().to_owned());
        return finish(trend, reasons, notes, advice);
    }

    let recent = &sorted[sorted.len().saturating_sub(2)..];
    if let Some(c) = recent
        .iter()
        .rev()
        .find(|c| c.side_effects.iter().any(|s| s == "new_numbness"))
    {
        reasons.insert(
            0,
            format!(
                "You reported new numbness or tingling after massage in your check-in of {}.",
                c.date
            ),
        );
        trend.id = TrendId::Worse;
        advice.push("Stop having massage and see a doctor soon about the numbness. Get help at once if it spreads or a leg gets weak.".into());
        return finish(trend, reasons, notes, advice);
    }

    let Some(base) = baseline else {
        reasons.insert(0, "There are no check-ins yet.".into());
        advice.push("Run `backcheck checkin` once a week, on about the same day.".into());
        return finish(trend, reasons, notes, advice);
    };
    match base.source {
        BaselineSource::Assessment => reasons.push(format!(
            "Your starting point is the assessment of {} (pain {} of 10).",
            base.date, base.pain
        )),
        BaselineSource::Checkin => reasons.push(format!(
            "Your starting point is your first check-in, of {} (pain {} of 10). Record an assessment with `backcheck --record` to start from that instead.",
            base.date, base.pain
        )),
    }
    if counted.len() < 2 {
        reasons.insert(
            0,
            format!(
                "You have {} check-in{} after your starting point; two are needed to see a trend.",
                counted.len(),
                if counted.len() == 1 { "" } else { "s" }
            ),
        );
        advice.push("Check in once a week with `backcheck checkin`.".into());
        return finish(trend, reasons, notes, advice);
    }

    let last_two = &counted[counted.len() - 2..];
    let current = f64::from(last_two[0].pain + last_two[1].pain) / 2.0;
    let baseline_pain = f64::from(base.pain);
    let points = current - baseline_pain;
    let percent = (base.pain > 0).then(|| 100.0 * points / baseline_pain);
    trend.current_pain = Some(current);
    trend.change = Some(Change { points, percent });
    let from_to = format!(
        "Your pain went from {} at the start to {} (the mean of your last two check-ins)",
        base.pain,
        show(current)
    );

    let massages = counted
        .iter()
        .filter(|c| c.had_massage == Some(true))
        .count();
    if points >= MEANINGFUL_POINTS {
        trend.id = TrendId::Worse;
        reasons.insert(
            0,
            format!(
                "{from_to}: up {} points. A rise of 2 points or more is a change that matters.",
                show(points)
            ),
        );
        advice.push(
            "Stop having massage for now and see a doctor or physiotherapist about your back."
                .into(),
        );
    } else if -points >= MEANINGFUL_POINTS || percent.is_some_and(|p| -p >= MEANINGFUL_PERCENT) {
        trend.id = TrendId::Improving;
        reasons.insert(
            0,
            format!(
                "{from_to}: down {} points ({}%). A drop of 2 points or 30% is the usual mark of a change that matters (Farrar 2001; Ostelo 2008).",
                show(-points),
                show(-percent.unwrap_or(0.0))
            ),
        );
        let recent_onset = assessment
            .and_then(|a| a.pain_duration.as_deref())
            .is_some_and(|d| d == "under_6_weeks");
        if recent_onset {
            reasons.push("Your pain had begun less than 6 weeks before your starting point. Most new back pain gets much better within about six weeks whatever you do, so much of this may be natural recovery.".into());
        }
        advice.push("Keep going with what helps, and keep moving: exercise helps back pain most in the long run.".into());
    } else {
        trend.id = TrendId::NoMeaningfulChange;
        let direction = if points < 0.0 {
            "down"
        } else if points > 0.0 {
            "up"
        } else {
            "unchanged"
        };
        let size = if points == 0.0 {
            String::new()
        } else {
            format!(" {} points", show(points.abs()))
        };
        reasons.insert(
            0,
            format!(
                "{from_to}: {direction}{size}. That is less than the 2 points or 30% that usually mark a real change."
            ),
        );
        if massages >= MASSAGES_BEFORE_RETHINK {
            reasons.push(format!(
                "You have had massage in {massages} of the weeks since your starting point."
            ));
            advice.push("After this many massages with no clear change, talk to a doctor or physiotherapist about other options, such as an exercise programme.".into());
        } else {
            advice.push(
                "Keep checking in weekly; give any treatment a fair trial of several weeks.".into(),
            );
        }
    }
    finish(trend, reasons, notes, advice)
}

fn finish(
    mut trend: Trend,
    mut reasons: Vec<String>,
    notes: Vec<String>,
    advice: Vec<String>,
) -> Trend {
    reasons.extend(notes);
    trend.reasons = reasons;
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
            urgent: false,
        }
    }

    fn assessment(d: i8, pain: u8) -> RecordedAssessment {
        RecordedAssessment {
            date: day(d),
            pain,
            pain_duration: Some("over_12_weeks".into()),
            verdict: "may_help".into(),
        }
    }

    fn today() -> Date {
        day(30)
    }

    fn verdict(a: Option<&RecordedAssessment>, c: &[CheckIn]) -> TrendId {
        assess_trend(a, c, today()).id
    }

    #[test]
    fn an_empty_journal_is_not_enough_data() {
        let t = assess_trend(None, &[], today());
        assert_eq!(t.id, TrendId::NotEnoughData);
        assert_eq!((t.baseline, t.current_pain, t.change), (None, None, None));
    }

    #[test]
    fn fewer_than_two_checkins_after_the_baseline_is_not_enough_data() {
        // The first check-in is the baseline, so one more is not enough.
        assert_eq!(
            verdict(None, &[checkin(1, 6), checkin(8, 2)]),
            TrendId::NotEnoughData
        );
        // With an assessment as baseline, check-ins on or before its date do not count.
        let a = assessment(8, 6);
        assert_eq!(
            verdict(Some(&a), &[checkin(1, 2), checkin(8, 2), checkin(15, 2)]),
            TrendId::NotEnoughData
        );
        assert_eq!(
            verdict(Some(&a), &[checkin(15, 2), checkin(22, 2)]),
            TrendId::Improving
        );
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
        assert_eq!(t.id, TrendId::NoMeaningfulChange);
        let dates: Vec<Date> = t.checkins.iter().map(|c| c.date).collect();
        assert_eq!(dates, [day(8), day(15), day(22)]);
    }

    #[test]
    fn exactly_two_points_better_is_improving_and_just_under_is_not() {
        let a = assessment(1, 9);
        // 9 -> 7: exactly 2 points (22%).
        assert_eq!(
            verdict(Some(&a), &[checkin(8, 7), checkin(15, 7)]),
            TrendId::Improving
        );
        // 9 -> 7.5: 1.5 points, 16.7%.
        assert_eq!(
            verdict(Some(&a), &[checkin(8, 7), checkin(15, 8)]),
            TrendId::NoMeaningfulChange
        );
    }

    #[test]
    fn exactly_thirty_percent_better_is_improving() {
        // 5 -> 3.5: 1.5 points but exactly 30%.
        let a = assessment(1, 5);
        let t = assess_trend(Some(&a), &[checkin(8, 3), checkin(15, 4)], today());
        assert_eq!(t.change.and_then(|c| c.percent), Some(-30.0));
        assert_eq!(t.id, TrendId::Improving);
        // 5 -> 4: 20%, 1 point.
        assert_eq!(
            verdict(Some(&a), &[checkin(8, 4), checkin(15, 4)]),
            TrendId::NoMeaningfulChange
        );
    }

    #[test]
    fn two_points_worse_is_worse() {
        let a = assessment(1, 3);
        assert_eq!(
            verdict(Some(&a), &[checkin(8, 5), checkin(15, 5)]),
            TrendId::Worse
        );
        assert_eq!(
            verdict(Some(&a), &[checkin(8, 4), checkin(15, 5)]),
            TrendId::NoMeaningfulChange
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
        assert_eq!(t.id, TrendId::NoMeaningfulChange);
        assert_eq!(
            verdict(Some(&a), &[checkin(8, 2), checkin(15, 2)]),
            TrendId::Worse
        );
    }

    #[test]
    fn an_urgent_latest_checkin_outweighs_everything_and_earlier_ones_are_named() {
        let a = assessment(1, 9);
        let mut urgent = checkin(22, 1);
        urgent.urgent = true;
        let t = assess_trend(
            Some(&a),
            &[checkin(8, 1), checkin(15, 1), urgent.clone()],
            today(),
        );
        assert_eq!(t.id, TrendId::Urgent);
        // An earlier urgent check-in does not decide, but is always named.
        let mut early = checkin(8, 1);
        early.urgent = true;
        let t = assess_trend(Some(&a), &[early, checkin(15, 1), checkin(22, 1)], today());
        assert_eq!(t.id, TrendId::Improving);
        assert!(
            t.reasons
                .iter()
                .any(|r| r.contains("2026-10-08 had an urgent")),
            "{:?}",
            t.reasons
        );
        // Urgent even with a single check-in.
        assert_eq!(verdict(None, &[urgent]), TrendId::Urgent);
    }

    #[test]
    fn new_numbness_in_either_of_the_last_two_is_worse_however_few() {
        let mut numb = checkin(8, 1);
        numb.side_effects = vec!["new_numbness".into()];
        assert_eq!(verdict(None, std::slice::from_ref(&numb)), TrendId::Worse);
        assert_eq!(
            verdict(None, &[numb.clone(), checkin(15, 1)]),
            TrendId::Worse
        );
        // Three check-ins later it is no longer among the last two.
        assert_eq!(
            verdict(None, &[numb, checkin(15, 1), checkin(22, 1)]),
            TrendId::NoMeaningfulChange
        );
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
                source: BaselineSource::Checkin
            })
        );
        assert_eq!(t.id, TrendId::Improving);
        assert_eq!(t.counted, 2);
    }

    #[test]
    fn new_pain_that_improves_mentions_natural_recovery() {
        let mut a = assessment(1, 8);
        a.pain_duration = Some("under_6_weeks".into());
        let t = assess_trend(Some(&a), &[checkin(8, 5), checkin(15, 4)], today());
        assert_eq!(t.id, TrendId::Improving);
        assert!(
            t.reasons.iter().any(|r| r.contains("natural recovery")),
            "{:?}",
            t.reasons
        );
        let t = assess_trend(
            Some(&assessment(1, 8)),
            &[checkin(8, 5), checkin(15, 4)],
            today(),
        );
        assert!(!t.reasons.iter().any(|r| r.contains("natural recovery")));
    }

    #[test]
    fn no_change_after_four_massages_suggests_other_options() {
        let a = assessment(1, 5);
        let four: Vec<CheckIn> = (1..=4).map(|w| checkin(1 + 7 * w, 5)).collect();
        let t = assess_trend(Some(&a), &four, today());
        assert_eq!(t.id, TrendId::NoMeaningfulChange);
        assert!(
            t.advice.iter().any(|s| s.contains("exercise programme")),
            "{:?}",
            t.advice
        );
        let t = assess_trend(Some(&a), &four[..3], today());
        assert!(!t.advice.iter().any(|s| s.contains("exercise programme")));
    }
}
