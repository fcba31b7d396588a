//! What only an assessment or only a check-in has: the roles that tell the
//! code which question is which, the check-in's statuses and messages, and
//! the trend's thresholds and words. The tables at the end say which trend
//! and check-in messages exist and which arguments each may use; `check`
//! holds every language's words to them.

use crate::words::Arg;

/// What a questionnaire is for.
#[derive(Debug, Clone)]
pub enum Purpose {
    /// "Would massage help?": verdicts from factors and benefit points.
    Assessment(Box<AssessmentSpec>),
    /// "How was this week?": a status per check-in and the trend over them.
    CheckIn(Box<CheckInSpec>),
}

impl Purpose {
    /// `assessment` or `checkin`, for messages.
    pub fn as_str(&self) -> &'static str {
        match self {
            Purpose::Assessment(_) => "assessment",
            Purpose::CheckIn(_) => "checkin",
        }
    }
}

/// What only an assessment has.
#[derive(Debug, Clone)]
pub struct AssessmentSpec {
    /// How the benefit points map to the three benefit verdicts.
    pub benefit: BenefitThresholds,
    /// Title, summary and advice of each of the six verdicts.
    pub verdicts: VerdictTexts,
    /// The "For your massage therapist" note, if the content has one.
    pub therapist: Option<TherapistSpec>,
    /// The questions the code must find: `[roles]`.
    pub roles: AssessmentRoles,
    /// How many weekly sessions make a fair trial of massage (6 unless the
    /// content says): used as `{trial_weeks}` in the verdicts' words, and by
    /// the trend before it suggests other options.
    pub trial_weeks: u32,
    /// The "Before you book" note shown with the verdicts benefit points
    /// decide, if the content has one.
    pub before_you_book: Option<ListNote>,
}

/// A heading and its lines.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ListNote {
    /// The heading.
    pub title: String,
    /// The lines.
    pub items: Vec<String>,
}

/// The assessment questions the code needs, named by the content.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AssessmentRoles {
    /// A 0-10 scale: the pain kept as the starting point of the check-ins.
    pub pain: Option<String>,
    /// A 0-10 scale: how much pain limits daily activities, kept beside it.
    pub activity: Option<String>,
    /// A choice: how long the pain has lasted.
    pub duration: Option<String>,
    /// Options of `duration` that count as recent pain, for the trend's
    /// note that much early improvement is natural recovery.
    pub recent_durations: Vec<String>,
}

/// What only a check-in has.
#[derive(Debug, Clone)]
pub struct CheckInSpec {
    /// The questions and options the code must find: `[checkin.roles]`.
    pub roles: CheckInRoles,
    /// The words of the four statuses a check-in can have.
    pub statuses: StatusTexts,
    /// The lines a check-in prints.
    pub messages: CheckInMessages,
    /// Thresholds and words of the trend.
    pub trend: TrendSpec,
}

/// The check-in questions the code needs, named by the content.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CheckInRoles {
    /// A 0-10 scale: pain this week.
    pub pain: String,
    /// A 0-10 scale: how much pain limited daily activities.
    pub activity_limits: String,
    /// A yes/no question: a massage since the last check-in.
    pub had_massage: String,
    /// A number question: the massage's length in minutes.
    pub massage_minutes: Option<String>,
    /// A choice question: the kind of massage.
    pub massage_kind: Option<String>,
    /// A multi question: after-effects of the massage.
    pub after_effects: String,
    /// The option of `after_effects` that means new numbness.
    pub new_numbness: String,
    /// A yes/no question: new warning signs since the last check-in.
    pub warning_signs: Option<String>,
    /// The person's own rating of change since the starting point.
    pub global_change: Option<GlobalChangeRole>,
    /// Yes/no questions whose "yes" is an emergency sign.
    pub urgent: Vec<String>,
}

/// The global rating of change: its question and what its options mean.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GlobalChangeRole {
    /// A choice question.
    pub question: String,
    /// Its options that mean better.
    pub better: Vec<String>,
    /// Its options that mean worse.
    pub worse: Vec<String>,
    /// Its options that mean much worse: worse whatever the figures.
    pub much_worse: Vec<String>,
}

/// The five statuses of a check-in, most urgent first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Status {
    /// An emergency sign: get help now.
    Urgent,
    /// A red flag (a warning sign, new numbness after massage): stop massage,
    /// see a doctor.
    StopAndGetChecked,
    /// Pain or activity limits 3 points or more above the starting point,
    /// or 8 or more: go through the warning signs, see someone, pause
    /// massage.
    MuchWorse,
    /// A caution (after-effects): mention them to the therapist.
    TellYourTherapist,
    /// Nothing to act on.
    Saved,
}

impl Status {
    /// Every status, most urgent first.
    pub const ALL: [Status; 5] = [
        Status::Urgent,
        Status::StopAndGetChecked,
        Status::MuchWorse,
        Status::TellYourTherapist,
        Status::Saved,
    ];

    /// The id used in content and JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Urgent => "urgent",
            Status::StopAndGetChecked => "stop_and_get_checked",
            Status::MuchWorse => "much_worse",
            Status::TellYourTherapist => "tell_your_therapist",
            Status::Saved => "saved",
        }
    }

    /// The status with this id.
    pub fn from_id(id: &str) -> Option<Status> {
        Status::ALL.into_iter().find(|s| s.as_str() == id)
    }
}

/// Title, summary and advice of each check-in status.
#[derive(Debug, Clone, Default)]
pub struct StatusTexts {
    /// `urgent`.
    pub urgent: VerdictText,
    /// `stop_and_get_checked`.
    pub stop_and_get_checked: VerdictText,
    /// `much_worse`.
    pub much_worse: VerdictText,
    /// `tell_your_therapist`.
    pub tell_your_therapist: VerdictText,
    /// `saved`.
    pub saved: VerdictText,
}

impl StatusTexts {
    /// The words of a status.
    pub fn get(&self, s: Status) -> &VerdictText {
        match s {
            Status::Urgent => &self.urgent,
            Status::StopAndGetChecked => &self.stop_and_get_checked,
            Status::MuchWorse => &self.much_worse,
            Status::TellYourTherapist => &self.tell_your_therapist,
            Status::Saved => &self.saved,
        }
    }
}

/// The lines a check-in prints: messages `checkin-*` of its words.
#[derive(Debug, Clone)]
pub struct CheckInMessages {
    /// The check-in's words.
    pub words: super::lang::ContentWords,
}

impl CheckInMessages {
    /// A message, with values.
    pub fn say(&self, id: &str, values: &[(&str, crate::words::Arg)]) -> String {
        self.words.say(&format!("checkin-{id}"), values)
    }

    /// "Check-in saved for 2026-11-20: pain 3 of 10, ...".
    pub fn saved(&self, date: &str, pain: u8, activity: u8, massage: Option<bool>) -> String {
        let massage = match massage {
            Some(true) => self.say("massage-yes", &[]),
            Some(false) => self.say("massage-no", &[]),
            None => String::new(),
        };
        self.say(
            "saved",
            &[
                ("date", date.into()),
                ("pain", pain.into()),
                ("activity", activity.into()),
                ("massage", massage.into()),
            ],
        )
    }
}

/// When a change in the trend counts.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TrendThresholds {
    /// Points on the 0-10 scale that mark a change that matters (2).
    pub meaningful_points: f64,
    /// Percent of the starting point that marks a change that matters (30).
    pub meaningful_percent: f64,
    /// Check-ins after the starting point needed for a verdict (2).
    pub checkins_needed: usize,
    /// Weeks with a massage after which "no change" suggests other options:
    /// the assessment's `trial_weeks` (6), set when the trend is worked out.
    pub massage_weeks_before_rethink: usize,
    /// Days the check-ins after the starting point must span, first to
    /// latest, before there is a verdict (7).
    pub min_days_apart: i64,
    /// Days after the last check-in from which the trend says it is old (14).
    pub stale_after_days: i64,
}

impl Default for TrendThresholds {
    fn default() -> Self {
        TrendThresholds {
            meaningful_points: 2.0,
            meaningful_percent: 30.0,
            checkins_needed: 2,
            massage_weeks_before_rethink: 6,
            min_days_apart: 7,
            stale_after_days: 14,
        }
    }
}

/// The trend's thresholds and its words (messages `trend-*`).
#[derive(Debug, Clone)]
pub struct TrendSpec {
    /// When a change counts.
    pub thresholds: TrendThresholds,
    /// The check-in's words.
    pub words: super::lang::ContentWords,
}

impl TrendSpec {
    /// `values`, and the thresholds, which every trend word may use.
    fn with_thresholds<'a>(&self, values: &[(&'a str, Arg)]) -> Vec<(&'a str, Arg)> {
        let t = &self.thresholds;
        let mut all = values.to_vec();
        all.extend([
            ("meaningful_points", Arg::from(t.meaningful_points)),
            ("meaningful_percent", Arg::from(t.meaningful_percent)),
            ("checkins_needed", Arg::from(t.checkins_needed)),
            ("massage_weeks", Arg::from(t.massage_weeks_before_rethink)),
            ("min_days", Arg::from(t.min_days_apart)),
        ]);
        all
    }

    fn say(&self, kind: &str, id: &str, attr: Option<&str>, values: &[(&str, Arg)]) -> String {
        let message = format!("trend-{kind}-{}", id.replace('_', "-"));
        let all = self.with_thresholds(values);
        match attr {
            Some(a) => self.words.attr(&message, a, &all),
            None => self.words.get(&message, &all),
        }
        .unwrap_or(message)
    }

    /// The heading of every trend report.
    pub fn title(&self) -> String {
        self.words.say("trend-title", &[])
    }

    /// The title and summary of a verdict's words.
    pub fn verdict(&self, id: &str, values: &[(&str, Arg)]) -> (String, String) {
        (
            self.say("verdict", id, None, values),
            self.say("verdict", id, Some("summary"), values),
        )
    }

    /// A reason.
    pub fn reason(&self, id: &str, values: &[(&str, Arg)]) -> String {
        self.say("reason", id, None, values)
    }

    /// A piece of advice.
    pub fn advice(&self, id: &str, values: &[(&str, Arg)]) -> String {
        self.say("advice", id, None, values)
    }

    /// A word of the chart.
    pub fn chart(&self, id: &str, values: &[(&str, Arg)]) -> String {
        self.say("chart", id, None, values)
    }
}

/// A number as written in text: "2", "2.5".
pub fn number(x: f64) -> String {
    let r = (x * 10.0).round() / 10.0;
    if r.fract() == 0.0 {
        format!("{r:.0}")
    } else {
        format!("{r:.1}")
    }
}

/// Text with `{name}` placeholders filled when a report is written (the
/// benefit factors, the topics of merged advice).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Template(pub String);

impl Template {
    /// The text with each `{name}` replaced by its value; a name without a
    /// value is left as written.
    pub fn fill(&self, values: &[(&str, String)]) -> String {
        let mut out = self.0.clone();
        for (name, value) in values {
            out = out.replace(&format!("{{{name}}}"), value);
        }
        out
    }
}

/// Benefit points needed for `may_help` and `likely_to_help`.
///
/// Each benefit factor contributes by its level: low 0, moderate 1, high 2.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BenefitThresholds {
    /// Points from which the verdict is `may_help`.
    pub may_help: u32,
    /// Points from which the verdict is `likely_to_help`.
    pub likely_to_help: u32,
    /// How each level of a benefit factor reads: low, moderate, high.
    pub level_words: [String; 3],
    /// The line naming benefit factors for later, with `{factors}`.
    pub later: Template,
}

/// The words of one verdict.
#[derive(Debug, Clone, Default)]
pub struct VerdictText {
    /// A few words, e.g. "Massage may help".
    pub title: String,
    /// One or two sentences.
    pub summary: String,
    /// Next steps that always go with this verdict.
    pub advice: Vec<String>,
}

/// The words of all six verdicts.
#[derive(Debug, Clone, Default)]
pub struct VerdictTexts {
    /// Any emergency factor triggered.
    pub emergency: VerdictText,
    /// Any red flag triggered.
    pub see_doctor_first: VerdictText,
    /// Any caution triggered.
    pub check_with_professional: VerdictText,
    /// Benefit points at or above `likely_to_help`.
    pub likely_to_help: VerdictText,
    /// Benefit points at or above `may_help`.
    pub may_help: VerdictText,
    /// Fewer benefit points.
    pub unlikely_to_help: VerdictText,
}

/// The content of the "For your massage therapist" note.
#[derive(Debug, Clone)]
pub struct TherapistSpec {
    /// Heading, e.g. "For your massage therapist".
    pub title: String,
    /// Question whose answer says where it hurts (a multi question).
    pub location_question: Option<String>,
    /// Question whose answer says what pressure feels right (a choice question).
    pub pressure_question: Option<String>,
    /// Factors that mean light pressure only, whatever the person prefers.
    pub light_pressure: Option<LightPressure>,
    /// Lead-in for the list of cautions to mention.
    pub cautions_intro: String,
    /// The closing line, e.g. "Say if anything hurts".
    pub closing: String,
}

/// Light pressure only, when any of some factors is triggered (fragile
/// bones, a bleeding risk), whatever pressure the person prefers.
#[derive(Debug, Clone)]
pub struct LightPressure {
    /// The factor ids.
    pub factors: Vec<String>,
    /// What the note says about pressure then.
    pub text: String,
}

/// Placeholders every trend word may use: the thresholds.
pub const THRESHOLD_PLACEHOLDERS: &[&str] = &[
    "meaningful_points",
    "meaningful_percent",
    "checkins_needed",
    "massage_weeks",
    "min_days",
];

/// A table of word keys, each with the placeholders it may use.
pub type Keys = &'static [(&'static str, &'static [&'static str])];

/// `[trend.verdicts.*]`: the words of each trend verdict, most urgent
/// first. `worse` has a form per reason (the figures, new numbness, the
/// person's own rating) and `see_doctor` one per timing, so the summary
/// names the real reason.
pub const TREND_VERDICTS: Keys = &[
    ("urgent", &["date", "signs"]),
    ("see_doctor_today", &["date", "signs"]),
    ("see_doctor", &["date", "signs"]),
    ("worse", &[]),
    ("worse_numbness", &["date"]),
    ("worse_rating", &["date"]),
    ("not_enough_data", &[]),
    ("improving", &[]),
    ("no_meaningful_change", &[]),
];

/// `[trend.reasons]`: the sentences of the trend's "Why" list.
pub const TREND_REASONS: Keys = &[
    ("urgent_latest", &["date", "signs"]),
    ("warning_signs", &["date", "signs"]),
    ("numbness", &["date"]),
    ("rated_much_worse", &["date"]),
    ("high_latest", &["date", "what", "score"]),
    ("what_pain", &[]),
    ("what_activity", &[]),
    ("no_checkins", &[]),
    ("start_assessment", &["date", "pain"]),
    ("start_checkin", &["date", "pain"]),
    ("start_at_worst", &[]),
    ("start_replaced", &["date", "pain", "on"]),
    ("before_start", &["count"]),
    ("too_few_none", &[]),
    ("too_few_one", &[]),
    ("too_few_some", &["count"]),
    ("too_close", &["days"]),
    ("basis_average", &["latest"]),
    ("basis_latest", &[]),
    ("pain_rose", &["start", "now", "basis", "points"]),
    ("pain_fell", &["start", "now", "basis", "points", "percent"]),
    ("pain_down_a_little", &["start", "now", "basis", "points"]),
    ("pain_up_a_little", &["start", "now", "basis", "points"]),
    ("pain_unchanged", &["start", "now", "basis"]),
    ("activity_rose", &["start", "now", "basis", "points"]),
    (
        "activity_fell",
        &["start", "now", "basis", "points", "percent"],
    ),
    (
        "activity_down_a_little",
        &["start", "now", "basis", "points"],
    ),
    ("activity_up_a_little", &["start", "now", "basis", "points"]),
    ("activity_unchanged", &["start", "now", "basis"]),
    ("natural_recovery", &[]),
    ("massage_weeks", &["count", "of"]),
    ("cause_unknown", &[]),
    ("earlier_urgent", &["date", "signs"]),
    ("earlier_warning", &["date", "signs"]),
    ("stale", &["days"]),
    ("rated", &["date", "rating"]),
    ("rated_better_figures_worse", &[]),
    ("rated_worse_figures_better", &[]),
];

/// `[trend.advice]`: the sentences of the trend's "What to do next" list.
pub const TREND_ADVICE: Keys = &[
    ("get_help", &[]),
    ("see_doctor_today", &[]),
    ("see_doctor_soon", &[]),
    ("stop_for_numbness", &[]),
    ("first_checkin", &[]),
    ("check_in_weekly", &[]),
    ("recheck_signs", &[]),
    ("stop_massage", &[]),
    ("check_earlier", &[]),
    ("keep_going", &[]),
    ("move_on", &[]),
    ("other_options", &[]),
    ("fair_trial", &[]),
];

/// `[trend.chart]`: the words of the terminal chart and the SVG picture.
pub const TREND_CHART: Keys = &[
    ("legend", &[]),
    ("baseline", &["pain", "date"]),
    ("baseline_activity", &["activity", "date"]),
    ("empty", &[]),
    ("last_shown", &["shown", "total"]),
    ("svg_title", &[]),
    ("svg_heading", &[]),
    ("svg_pain", &[]),
    ("svg_activity", &[]),
    ("svg_massage", &[]),
    ("after_effects", &[]),
    ("rating", &["date", "rating"]),
];

/// `checkin-*`: the lines a check-in prints.
pub const CHECKIN_MESSAGES: Keys = &[
    ("saved", &["date", "pain", "activity", "massage"]),
    ("massage_yes", &[]),
    ("massage_no", &[]),
    ("not_saved", &[]),
    ("next_step", &[]),
    ("for_date", &["date"]),
    ("reminder_title", &[]),
    ("reminder_text", &[]),
    ("reminder_note", &["day", "time", "date"]),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn templates_fill_known_names_and_leave_the_rest() {
        let t = Template("From {start} to {now}, {unknown} and { open".into());
        assert_eq!(
            t.fill(&[("start", "5".into()), ("now", "3".into())]),
            "From 5 to 3, {unknown} and { open"
        );
    }

    #[test]
    fn numbers_print_without_a_needless_decimal() {
        assert_eq!(number(2.0), "2");
        assert_eq!(number(2.54), "2.5");
        assert_eq!(number(30.0), "30");
    }
}
