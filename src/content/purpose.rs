//! What only an assessment or only a check-in has: the roles that tell the
//! code which question is which, the check-in's statuses and messages, and
//! the trend's thresholds and words. The tables at the end say which word
//! keys exist and which `{placeholders}` each may use; the loader checks
//! content against them and the renderers fill them in.

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

/// The lines a check-in prints, as templates.
#[derive(Debug, Clone)]
pub struct CheckInMessages {
    /// `{date}`, `{pain}`, `{activity}`, `{massage}`.
    pub saved: Template,
    /// Put in `{massage}` when there was a massage.
    pub massage_yes: String,
    /// Put in `{massage}` when there was none.
    pub massage_no: String,
    /// When pain or activity limits are missing.
    pub not_saved: String,
    /// What to do next, after a check-in that is not urgent.
    pub next_step: String,
    /// Said before the first question: `{date}`.
    pub for_date: Template,
    /// The weekly reminder's title, in a calendar.
    pub reminder_title: String,
    /// What the reminder says.
    pub reminder_text: String,
    /// Said when the reminder is written: `{day}`, `{time}`, `{date}`.
    pub reminder_note: Template,
}

/// Thresholds of the trend verdict.
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

/// The trend's thresholds and every word it prints.
#[derive(Debug, Clone)]
pub struct TrendSpec {
    /// Heading of every trend report.
    pub title: String,
    /// When a change counts.
    pub thresholds: TrendThresholds,
    /// Title and summary of each trend verdict, by verdict id.
    pub verdicts: Vec<(String, VerdictText)>,
    /// Sentences of the "Why" list, by finding id.
    pub reasons: Vec<(String, Template)>,
    /// Sentences of the "What to do next" list, by advice id.
    pub advice: Vec<(String, Template)>,
    /// Words of the chart, by id.
    pub chart: Vec<(String, Template)>,
}

impl TrendSpec {
    /// The thresholds as placeholder values, which every trend word may use.
    fn threshold_values(&self) -> [(&'static str, String); 5] {
        let t = &self.thresholds;
        [
            ("meaningful_points", number(t.meaningful_points)),
            ("meaningful_percent", number(t.meaningful_percent)),
            ("checkins_needed", t.checkins_needed.to_string()),
            ("massage_weeks", t.massage_weeks_before_rethink.to_string()),
            ("min_days", t.min_days_apart.to_string()),
        ]
    }

    fn fill(&self, list: &[(String, Template)], id: &str, values: &[(&str, String)]) -> String {
        let mut all: Vec<(&str, String)> = values.to_vec();
        all.extend(self.threshold_values());
        list.iter()
            .find(|(k, _)| k == id)
            .map(|(_, t)| t.fill(&all))
            .unwrap_or_default()
    }

    /// The title and summary of a verdict's words, `values` and the
    /// thresholds filled in.
    pub fn verdict(&self, id: &str, values: &[(&str, String)]) -> (String, String) {
        let mut all: Vec<(&str, String)> = values.to_vec();
        all.extend(self.threshold_values());
        self.verdicts
            .iter()
            .find(|(k, _)| k == id)
            .map(|(_, v)| {
                (
                    Template(v.title.clone()).fill(&all),
                    Template(v.summary.clone()).fill(&all),
                )
            })
            .unwrap_or_default()
    }

    /// A reason, filled in.
    pub fn reason(&self, id: &str, values: &[(&str, String)]) -> String {
        self.fill(&self.reasons, id, values)
    }

    /// A piece of advice, filled in.
    pub fn advice(&self, id: &str, values: &[(&str, String)]) -> String {
        self.fill(&self.advice, id, values)
    }

    /// A word of the chart, filled in.
    pub fn chart(&self, id: &str, values: &[(&str, String)]) -> String {
        self.fill(&self.chart, id, values)
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

/// Text with `{name}` placeholders, checked by the loader against the names
/// its key allows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Template(pub String);

impl Template {
    /// The text with each `{name}` that has a value replaced by it, and
    /// every other placeholder, `{name:one:other}` included, left exactly as
    /// written (for a later fill).
    pub fn fill_known(&self, values: &[(&str, String)]) -> String {
        let mut out = String::with_capacity(self.0.len() + 16);
        let mut rest = self.0.as_str();
        while let Some(open) = rest.find('{') {
            out.push_str(&rest[..open]);
            let after = &rest[open + 1..];
            match after.find('}') {
                Some(close) => {
                    let name = &after[..close];
                    match values.iter().find(|(k, _)| *k == name) {
                        Some((_, v)) => out.push_str(v),
                        None => {
                            out.push('{');
                            out.push_str(name);
                            out.push('}');
                        }
                    }
                    rest = &after[close + 1..];
                }
                None => {
                    out.push_str(&rest[open..]);
                    rest = "";
                }
            }
        }
        out.push_str(rest);
        out
    }

    /// The text with each `{name}` replaced by its value; a name without a
    /// value is left as written. `{name:one:other}` is the value and a word
    /// that agrees with it: `{points:point:points}` gives "1 point" and
    /// "2.5 points".
    pub fn fill(&self, values: &[(&str, String)]) -> String {
        let mut out = String::with_capacity(self.0.len() + 16);
        let mut rest = self.0.as_str();
        while let Some(open) = rest.find('{') {
            out.push_str(&rest[..open]);
            let after = &rest[open + 1..];
            match after.find('}') {
                Some(close) => {
                    let name = &after[..close];
                    let (key, word) = plural(name);
                    match values.iter().find(|(k, _)| *k == key) {
                        Some((_, v)) => {
                            out.push_str(v);
                            if let Some((one, other)) = word {
                                out.push(' ');
                                out.push_str(if v == "1" { one } else { other });
                            }
                        }
                        None => {
                            out.push('{');
                            out.push_str(name);
                            out.push('}');
                        }
                    }
                    rest = &after[close + 1..];
                }
                None => {
                    out.push_str(&rest[open..]);
                    rest = "";
                }
            }
        }
        out.push_str(rest);
        out
    }
}

/// A placeholder's name and, for `{name:one:other}`, its two words.
pub fn plural(placeholder: &str) -> (&str, Option<(&str, &str)>) {
    let mut parts = placeholder.split(':');
    let name = parts.next().unwrap_or("");
    match (parts.next(), parts.next(), parts.next()) {
        (Some(one), Some(other), None) => (name, Some((one, other))),
        (None, ..) => (name, None),
        // Not a plural form: the loader reports it.
        _ => (placeholder, None),
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

/// `[checkin.messages]`: the lines a check-in prints.
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
    fn a_number_gets_the_word_that_agrees_with_it() {
        let t = Template("down {points:point:points}, not {n:week:weeks}".into());
        let fill = |p: &str| t.fill(&[("points", p.into())]);
        assert_eq!(fill("1"), "down 1 point, not {n:week:weeks}");
        assert_eq!(fill("2"), "down 2 points, not {n:week:weeks}");
        assert_eq!(fill("1.5"), "down 1.5 points, not {n:week:weeks}");
        assert_eq!(fill("0"), "down 0 points, not {n:week:weeks}");
        assert_eq!(plural("points"), ("points", None));
        assert_eq!(
            plural("points:point:points"),
            ("points", Some(("point", "points")))
        );
        assert_eq!(plural("a:b"), ("a:b", None));
        assert_eq!(plural("a:b:c:d"), ("a:b:c:d", None));
    }

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
