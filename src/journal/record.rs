//! What the journal keeps: a check-in and the recorded assessment, as plain
//! values. Read by the store, the trend and the export alike.

use jiff::civil::Date;

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
    /// Kind of massage (an option value), if given.
    pub massage_kind: Option<String>,
    /// After-effects reported (option values).
    pub side_effects: Vec<String>,
    /// New warning signs since the last check-in; `None` when not asked
    /// (check-ins recorded before the question existed).
    pub warning_signs: Option<bool>,
    /// The person's own rating of change since the starting point (an
    /// option value); `None` when not given.
    pub global_change: Option<String>,
    /// An emergency answer was given.
    pub urgent: bool,
    /// Its status id (`urgent`, `stop_and_get_checked`, `much_worse`, ...);
    /// `None` for check-ins kept before statuses were.
    pub status: Option<String>,
    /// The questions whose answers were warning signs (urgent or red flag),
    /// by id, in question order.
    pub signs: Vec<String>,
}

/// The assessment recorded with `backcheck --record`: the starting point.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecordedAssessment {
    /// Its date.
    pub date: Date,
    /// Its pain answer, 0-10.
    pub pain: u8,
    /// Its activity-limits answer, 0-10, when the assessment asks it.
    pub activity_limits: Option<u8>,
    /// Its pain-duration answer (an option value), when given.
    pub pain_duration: Option<String>,
    /// Its verdict id.
    pub verdict: String,
}
