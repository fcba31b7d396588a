//! The questionnaire: its validated, plain model, and how it is loaded.
//!
//! `raw.rs` holds the serde shapes of the TOML file (with spans), `load.rs` turns
//! them into the types below and collects every problem, and `diagnostic.rs`
//! points at the spot of each problem. Nothing here reads answers or prints.

mod diagnostic;
mod load;
mod raw;
pub mod reach;

use std::fmt;

pub use diagnostic::{Diagnostic, Problem, line_col};
pub use load::{ContentError, MAX_CONTENT_BYTES, load_checkin, load_file, load_shipped, load_str};

/// The questionnaire shipped inside the binary (`content/weekly-massage.toml`).
pub const SHIPPED: &str = include_str!("../../content/weekly-massage.toml");

/// The name the shipped questionnaire is reported under in messages.
pub const SHIPPED_NAME: &str = "content/weekly-massage.toml";

/// The weekly check-in questionnaire shipped inside the binary.
pub const CHECKIN: &str = include_str!("../../content/checkin.toml");

/// The name the check-in questionnaire is reported under in messages.
pub const CHECKIN_NAME: &str = "content/checkin.toml";

/// A validated questionnaire: every id is unique, every reference resolves.
#[derive(Debug, Clone)]
pub struct Questionnaire {
    /// Stable id of the questionnaire, e.g. `weekly-massage`.
    pub id: String,
    /// Version of the wording and rules, reported with every result.
    pub version: String,
    /// Title shown at the top of prompts and reports.
    pub title: String,
    /// Short introduction: what this is and is not.
    pub intro: String,
    /// The consult-a-professional text that ends every summary.
    pub consult: String,
    /// What the research says, shown in every summary (may be empty).
    pub evidence: String,
    /// Sources the wording relies on.
    pub references: Vec<Reference>,
    /// How the benefit points map to the three benefit verdicts.
    pub benefit: BenefitThresholds,
    /// Title, summary and advice of each of the six verdicts.
    pub verdicts: VerdictTexts,
    /// Factors, in file order.
    pub factors: Vec<Factor>,
    /// Questions, in the order they are asked.
    pub questions: Vec<Question>,
    /// Extra advice shown when a condition on the answers holds.
    pub notes: Vec<Note>,
    /// The "For your massage therapist" note, if the content has one.
    pub therapist: Option<TherapistSpec>,
}

impl Questionnaire {
    /// The question with this id.
    pub fn question(&self, id: &str) -> Option<&Question> {
        self.questions.iter().find(|q| q.id == id)
    }

    /// The position of the question with this id.
    pub fn question_index(&self, id: &str) -> Option<usize> {
        self.questions.iter().position(|q| q.id == id)
    }

    /// The factor with this id.
    pub fn factor(&self, id: &str) -> Option<&Factor> {
        self.factors.iter().find(|f| f.id == id)
    }
}

/// A source the content relies on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reference {
    /// Short key, e.g. `furlan2015`.
    pub id: String,
    /// The citation in words.
    pub text: String,
    /// Where to read it, if public.
    pub url: Option<String>,
}

/// Benefit points needed for `may_help` and `likely_to_help`.
///
/// Each benefit factor contributes by its level: low 0, moderate 1, high 2.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BenefitThresholds {
    /// Points from which the verdict is `may_help`.
    pub may_help: u32,
    /// Points from which the verdict is `likely_to_help`.
    pub likely_to_help: u32,
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

/// What a factor does to the verdict.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum FactorKind {
    /// Adds points towards "massage may help".
    Benefit,
    /// Massage may still be fine, but check with a professional first.
    Caution,
    /// Get checked by a doctor before massage.
    RedFlag,
    /// Get help now.
    Emergency,
}

impl FactorKind {
    /// The id used in content files and JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            FactorKind::Benefit => "benefit",
            FactorKind::Caution => "caution",
            FactorKind::RedFlag => "red_flag",
            FactorKind::Emergency => "emergency",
        }
    }
}

impl fmt::Display for FactorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A benefit factor's score band.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Level {
    /// Below the `moderate` threshold.
    Low,
    /// At or above `moderate`, below `high`.
    Moderate,
    /// At or above `high`.
    High,
}

impl Level {
    /// The id used in content files and JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            Level::Low => "low",
            Level::Moderate => "moderate",
            Level::High => "high",
        }
    }

    /// Benefit points this level adds towards the verdict.
    pub fn points(self) -> u32 {
        match self {
            Level::Low => 0,
            Level::Moderate => 1,
            Level::High => 2,
        }
    }
}

/// Thresholds and level texts of a benefit factor.
#[derive(Debug, Clone)]
pub struct Scoring {
    /// Score from which the level is moderate.
    pub moderate: u32,
    /// Score from which the level is high.
    pub high: u32,
    /// Explanation shown for a low score.
    pub low_text: String,
    /// Explanation shown for a moderate score.
    pub moderate_text: String,
    /// Explanation shown for a high score.
    pub high_text: String,
}

impl Scoring {
    /// The level a score falls in.
    pub fn level(&self, score: u32) -> Level {
        if score >= self.high {
            Level::High
        } else if score >= self.moderate {
            Level::Moderate
        } else {
            Level::Low
        }
    }

    /// The explanation for a level.
    pub fn text(&self, level: Level) -> &str {
        match level {
            Level::Low => &self.low_text,
            Level::Moderate => &self.moderate_text,
            Level::High => &self.high_text,
        }
    }
}

/// Something about a person that bears on the verdict.
#[derive(Debug, Clone)]
pub struct Factor {
    /// Stable id, e.g. `muscle_tension`.
    pub id: String,
    /// Short name, e.g. "Muscle tension".
    pub label: String,
    /// What the factor does to the verdict.
    pub kind: FactorKind,
    /// What it is and how it bears on massage.
    pub explanation: String,
    /// What to do about it (required for caution, red flag and emergency).
    pub advice: Option<String>,
    /// Thresholds and level texts (benefit factors only).
    pub scoring: Option<Scoring>,
}

/// One question of the questionnaire.
#[derive(Debug, Clone)]
pub struct Question {
    /// Stable id used in answers files, e.g. `pain_intensity`.
    pub id: String,
    /// The question as asked.
    pub text: String,
    /// Extra explanation shown under the question.
    pub help: Option<String>,
    /// What kind of answer it takes.
    pub kind: QuestionKind,
    /// Whether an answer is needed when the question is shown.
    pub required: bool,
    /// When the question is shown; always when `None`.
    pub condition: Option<Condition>,
    /// What answers do to factors.
    pub effects: Vec<Effect>,
}

impl Question {
    /// The option with this value (choice and multi questions).
    pub fn option(&self, value: &str) -> Option<&Choice> {
        self.options().iter().find(|c| c.value == value)
    }

    /// The options of a choice or multi question; empty for other kinds.
    pub fn options(&self) -> &[Choice] {
        match &self.kind {
            QuestionKind::Choice { options } | QuestionKind::Multi { options } => options,
            _ => &[],
        }
    }
}

/// The kind of answer a question takes.
#[derive(Debug, Clone)]
pub enum QuestionKind {
    /// Yes or no.
    YesNo,
    /// Exactly one of the options.
    Choice {
        /// Options, least to most concerning where they have an order.
        options: Vec<Choice>,
    },
    /// Any number of the options (none allowed).
    Multi {
        /// The options.
        options: Vec<Choice>,
    },
    /// An integer on a range whose ends are labelled, e.g. pain 0-10.
    Scale {
        /// Lowest value.
        min: i64,
        /// Highest value.
        max: i64,
        /// What the lowest value means.
        min_label: String,
        /// What the highest value means.
        max_label: String,
    },
    /// An integer within limits.
    Number {
        /// Lowest value accepted.
        min: i64,
        /// Highest value accepted.
        max: i64,
        /// Unit shown after the number, e.g. "minutes".
        unit: Option<String>,
    },
}

impl QuestionKind {
    /// The id used in content files and JSON.
    pub fn as_str(&self) -> &'static str {
        match self {
            QuestionKind::YesNo => "yes_no",
            QuestionKind::Choice { .. } => "choice",
            QuestionKind::Multi { .. } => "multi",
            QuestionKind::Scale { .. } => "scale",
            QuestionKind::Number { .. } => "number",
        }
    }

    /// The integer range of scale and number questions.
    pub fn range(&self) -> Option<(i64, i64)> {
        match self {
            QuestionKind::Scale { min, max, .. } | QuestionKind::Number { min, max, .. } => {
                Some((*min, *max))
            }
            _ => None,
        }
    }
}

/// A value an option of a choice or multi question can take.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Choice {
    /// Stable value used in answers files, e.g. `over_12_weeks`.
    pub value: String,
    /// The words shown to the person.
    pub label: String,
}

/// A plain value written in content: in a condition or an effect.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[serde(untagged)]
pub enum Literal {
    /// `true` or `false` (yes/no questions).
    Bool(bool),
    /// An integer (scale and number questions).
    Int(i64),
    /// An option value (choice and multi questions).
    Str(String),
}

impl fmt::Display for Literal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Literal::Bool(b) => write!(f, "{b}"),
            Literal::Int(i) => write!(f, "{i}"),
            Literal::Str(s) => write!(f, "\"{s}\""),
        }
    }
}

/// A test on one answer. On a multi answer, `Equals` and `OneOf` hold when
/// any selected option matches.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Test {
    /// The answer is this value (or, for multi, includes it).
    Equals(Literal),
    /// The answer is one of these values (or, for multi, includes one).
    #[serde(rename = "in")]
    OneOf(Vec<Literal>),
    /// The answer is at least this number.
    AtLeast(i64),
    /// The answer is at most this number.
    AtMost(i64),
    /// The answer is more than this number.
    Above(i64),
    /// The answer is less than this number.
    Below(i64),
}

/// When a question is shown or a note applies: a tree of tests on earlier answers.
///
/// A test on a question that has no answer (hidden or skipped) is false.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Condition {
    /// A test on one question's answer.
    Answer {
        /// The question id.
        question: String,
        /// The test.
        test: Test,
    },
    /// Every part holds.
    All(Vec<Condition>),
    /// At least one part holds.
    Any(Vec<Condition>),
    /// The part does not hold.
    Not(Box<Condition>),
}

/// What an answer does to a factor.
#[derive(Debug, Clone)]
pub struct Effect {
    /// The factor id.
    pub factor: String,
    /// Points added to a benefit factor (0 for other kinds).
    pub points: u32,
    /// Which answers have the effect.
    pub test: Test,
}

/// Advice that applies when a condition holds, e.g. about new pain.
#[derive(Debug, Clone)]
pub struct Note {
    /// When the note applies.
    pub condition: Condition,
    /// The advice.
    pub text: String,
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
    /// Lead-in for the list of cautions to mention.
    pub cautions_intro: String,
    /// The closing line, e.g. "Say if anything hurts".
    pub closing: String,
}
