//! The validated questionnaire, as plain values: what every part of
//! backcheck reads, never how it was written. `load` builds it from a TOML
//! file and checks it; nothing here reads files or prints.
//!
//! A questionnaire is either an assessment or a weekly check-in; what only
//! one of them has is in `purpose.rs`.

use std::fmt;

use super::purpose::{AssessmentSpec, CheckInSpec, Purpose, Template};
use crate::answer::{Answer, Answers};

/// A validated questionnaire: every id is unique, every reference resolves,
/// every role names a question of the right type.
#[derive(Debug, Clone)]
pub struct Questionnaire {
    /// Stable id of the questionnaire, e.g. `weekly-massage`.
    pub id: String,
    /// Version of the wording and rules, reported with every result.
    pub version: String,
    /// The canonical URL that names this questionnaire in FHIR; when the
    /// file gives none, `urn:backcheck:questionnaire:ID`.
    pub url: Option<String>,
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
    /// The "get help at once" list that ends every summary that is not an
    /// emergency.
    pub safety_net: SafetyNet,
    /// Factors, in file order.
    pub factors: Vec<Factor>,
    /// Questions, in the order they are asked.
    pub questions: Vec<Question>,
    /// Extra advice shown when a condition on the answers holds.
    pub notes: Vec<Note>,
    /// An assessment or a check-in, with what only that kind has.
    pub purpose: Purpose,
    /// The region whose words the texts say; `None` when unknown.
    pub region: Option<String>,
    /// Its words in the run's language, for the texts said with values
    /// (the trend's, the check-in's messages).
    pub words: super::lang::ContentWords,
}

impl Questionnaire {
    /// The canonical URL of the questionnaire (FHIR `Questionnaire.url`).
    pub fn canonical_url(&self) -> String {
        self.url
            .clone()
            .unwrap_or_else(|| format!("urn:backcheck:questionnaire:{}", self.id))
    }

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

    /// The assessment parts, when this is an assessment.
    pub fn assessment(&self) -> Option<&AssessmentSpec> {
        match &self.purpose {
            Purpose::Assessment(spec) => Some(spec),
            Purpose::CheckIn(_) => None,
        }
    }

    /// The check-in parts, when this is a check-in.
    pub fn checkin(&self) -> Option<&CheckInSpec> {
        match &self.purpose {
            Purpose::CheckIn(spec) => Some(spec),
            Purpose::Assessment(_) => None,
        }
    }
}

/// What to do and when: the words of each disposition, and the signs that
/// mean get help at once, in two tiers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SafetyNet {
    /// The tiers, most urgent first ("call now if", "get seen the same day if").
    pub tiers: Vec<SafetyTier>,
    /// The words of each disposition.
    pub dispositions: Vec<DispositionWords>,
}

impl SafetyNet {
    /// The words of a disposition, if the content has them.
    pub fn words(&self, d: Disposition) -> Option<&DispositionWords> {
        self.dispositions.iter().find(|w| w.disposition == d)
    }

    /// The list as a report shows it: without the signs of factors already
    /// `triggered` (the report above says what to do about those), and
    /// without a tier left empty.
    pub fn shown(&self, triggered: &[&str]) -> Vec<ShownTier> {
        self.tiers
            .iter()
            .map(|t| ShownTier {
                when: t.when,
                title: t.title.clone(),
                items: t
                    .items
                    .iter()
                    .filter(|i| !i.factors.iter().any(|f| triggered.contains(&f.as_str())))
                    .map(|i| i.text.clone())
                    .collect(),
            })
            .filter(|t| !t.items.is_empty())
            .collect()
    }
}

/// One tier of the get-help-at-once list, as a report shows it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct ShownTier {
    /// `now` or `today`.
    pub when: Timing,
    /// The heading.
    pub title: String,
    /// The signs.
    pub items: Vec<String>,
}

impl ShownTier {
    /// Each sign as a whole sentence, heading first: "Call 999 now if you
    /// start to leak pee or poo." For formats that list plain strings.
    pub fn sentences(tiers: &[ShownTier]) -> Vec<String> {
        tiers
            .iter()
            .flat_map(|t| {
                t.items.iter().map(move |i| {
                    let item = i.trim_end_matches('.');
                    format!("{} {item}.", t.title.trim_end_matches(':'))
                })
            })
            .collect()
    }
}

/// One tier of the get-help-at-once list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SafetyTier {
    /// `now` or `today`.
    pub when: Timing,
    /// The heading, e.g. "Call 999 now if".
    pub title: String,
    /// The signs, in the future tense.
    pub items: Vec<SafetyItem>,
}

/// One sign of the get-help-at-once list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SafetyItem {
    /// The sign.
    pub text: String,
    /// The factors it is about; the item is left out of a report where one
    /// is already triggered.
    pub factors: Vec<String>,
}

/// The words of one disposition.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DispositionWords {
    /// Which.
    pub disposition: Disposition,
    /// The first line of a report: "Get seen today: NHS 111 or your GP surgery."
    pub headline: String,
    /// One advice line for the factors with this disposition, with
    /// `{topics}`; `None` for a disposition no factor has.
    pub advice: Option<Template>,
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

/// When a triggered factor needs the person to act, most urgent first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Timing {
    /// Get help at once.
    Now,
    /// The same day.
    Today,
    /// Within a few days.
    WithinDays,
    /// At a convenient time, before or alongside massage.
    Routine,
    /// Nothing to arrange.
    None,
}

impl Timing {
    /// Every timing, most urgent first.
    pub const ALL: [Timing; 5] = [
        Timing::Now,
        Timing::Today,
        Timing::WithinDays,
        Timing::Routine,
        Timing::None,
    ];

    /// The id used in content files and JSON.
    pub const fn as_str(self) -> &'static str {
        match self {
            Timing::Now => "now",
            Timing::Today => "today",
            Timing::WithinDays => "within_days",
            Timing::Routine => "routine",
            Timing::None => "none",
        }
    }

    /// The timings a factor of this kind may have: an emergency is always
    /// `now`, a red flag `today` or `within_days`, a caution `within_days` or
    /// `routine`; a benefit has none of its own (it is `routine`).
    pub fn allowed_for(kind: FactorKind) -> &'static [Timing] {
        match kind {
            FactorKind::Emergency => &[Timing::Now],
            FactorKind::RedFlag => &[Timing::Today, Timing::WithinDays],
            FactorKind::Caution => &[Timing::WithinDays, Timing::Routine],
            FactorKind::Benefit => &[Timing::Routine],
        }
    }
}

/// Who or where a triggered factor sends the person.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Place {
    /// An emergency department or ambulance.
    Emergency,
    /// The same-day route: an urgent care service or helpline.
    UrgentCare,
    /// A doctor (the family doctor).
    Doctor,
    /// The maternity unit or midwife.
    Maternity,
    /// The person's cancer team.
    CancerTeam,
    /// A pharmacist.
    Pharmacist,
    /// A massage therapist.
    Therapist,
    /// Nobody.
    None,
}

impl Place {
    /// Every place.
    pub const ALL: [Place; 8] = [
        Place::Emergency,
        Place::UrgentCare,
        Place::Doctor,
        Place::Maternity,
        Place::CancerTeam,
        Place::Pharmacist,
        Place::Therapist,
        Place::None,
    ];

    /// The id used in content files and JSON.
    pub const fn as_str(self) -> &'static str {
        match self {
            Place::Emergency => "emergency",
            Place::UrgentCare => "urgent_care",
            Place::Doctor => "doctor",
            Place::Maternity => "maternity",
            Place::CancerTeam => "cancer_team",
            Place::Pharmacist => "pharmacist",
            Place::Therapist => "therapist",
            Place::None => "none",
        }
    }
}

/// When and where: what a triggered factor, and a whole result, asks of the
/// person.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
pub struct Disposition {
    /// How soon.
    pub when: Timing,
    /// Who or where.
    #[serde(rename = "where")]
    pub place: Place,
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
    /// What to do about it beyond the when and where (optional).
    pub advice: Option<String>,
    /// Thresholds and level texts (benefit factors only).
    pub scoring: Option<Scoring>,
    /// When and where to act when it is triggered (benefits: routine, with
    /// a therapist).
    pub disposition: Disposition,
    /// The factor in a few words, for merged advice lines: "the clot",
    /// "your high temperature" (caution, red flag and emergency).
    pub topic: String,
    /// What the massage therapist should do about it, for the therapist
    /// note: "no deep work on the legs" (optional).
    pub therapist: Option<String>,
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
    /// What its warning answer means, in a few words, to name it later ("new
    /// trouble holding pee or poo"); the question's id when not given.
    pub sign: Option<String>,
    /// What kind of answer it takes.
    pub kind: QuestionKind,
    /// Whether an answer is needed when the question is shown.
    pub required: bool,
    /// When the question is shown; always when `None`.
    pub condition: Option<Condition>,
    /// The questionnaire version that added the question, if it says.
    pub added_in: Option<String>,
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
            QuestionKind::Choice { options } | QuestionKind::Multi { options, .. } => options,
            _ => &[],
        }
    }
}

/// The kind of answer a question takes.
#[derive(Debug, Clone)]
pub enum QuestionKind {
    /// Yes or no, and "not sure" when `not_sure` is set.
    YesNo {
        /// Whether "not sure" is an answer.
        not_sure: bool,
    },
    /// Exactly one of the options.
    Choice {
        /// Options, least to most concerning where they have an order.
        options: Vec<Choice>,
    },
    /// Any number of the options (none allowed).
    Multi {
        /// The options.
        options: Vec<Choice>,
        /// The explicit "none of these" option (value `none`, exclusive of
        /// the others), when the content has one: an answer with nothing
        /// ticked is that option.
        none: Option<Choice>,
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
            QuestionKind::YesNo { .. } => "yes_no",
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

impl Test {
    /// Whether the test holds for an answer. On a multi answer, `Equals` and
    /// `OneOf` hold when any selected option matches.
    pub fn matches(&self, answer: &Answer) -> bool {
        let equals = |lit: &Literal| match (lit, answer) {
            (Literal::Bool(b), Answer::Bool(a)) => a == b,
            (Literal::Str(s), Answer::Unsure) => s == crate::answer::NOT_SURE,
            (Literal::Int(i), Answer::Int(a)) => a == i,
            (Literal::Str(s), Answer::Choice(a)) => a == s,
            (Literal::Str(s), Answer::Multi(values)) => values.iter().any(|v| v == s),
            _ => false,
        };
        let number = match answer {
            Answer::Int(n) => Some(*n),
            _ => None,
        };
        match self {
            Test::Equals(lit) => equals(lit),
            Test::OneOf(lits) => lits.iter().any(equals),
            Test::AtLeast(n) => number.is_some_and(|a| a >= *n),
            Test::AtMost(n) => number.is_some_and(|a| a <= *n),
            Test::Above(n) => number.is_some_and(|a| a > *n),
            Test::Below(n) => number.is_some_and(|a| a < *n),
        }
    }
}

impl Condition {
    /// Whether the condition holds. A test on an unanswered question is false.
    pub fn holds(&self, answers: &Answers) -> bool {
        match self {
            Condition::Answer { question, test } => {
                answers.get(question).is_some_and(|a| test.matches(a))
            }
            Condition::All(parts) => parts.iter().all(|c| c.holds(answers)),
            Condition::Any(parts) => parts.iter().any(|c| c.holds(answers)),
            Condition::Not(inner) => !inner.holds(answers),
        }
    }

    /// Adds the ids of the questions the condition looks at to `out`.
    pub fn questions<'c>(&'c self, out: &mut Vec<&'c str>) {
        match self {
            Condition::Answer { question, .. } => {
                if !out.contains(&question.as_str()) {
                    out.push(question);
                }
            }
            Condition::All(parts) | Condition::Any(parts) => {
                for p in parts {
                    p.questions(out);
                }
            }
            Condition::Not(inner) => inner.questions(out),
        }
    }
}

/// What an answer does to a factor.
#[derive(Debug, Clone)]
pub struct Effect {
    /// The factor id.
    pub factor: String,
    /// The factor's place in `Questionnaire::factors`, found once at load.
    pub factor_index: usize,
    /// Points added to a benefit factor (0 for other kinds).
    pub points: u32,
    /// Which answers have the effect.
    pub test: Test,
    /// What must also hold of the answers (to this or earlier questions),
    /// e.g. an age for a minor strain to count as a fracture risk.
    pub condition: Option<Condition>,
}

impl Effect {
    /// Whether the effect applies to `answer`, given all the answers.
    pub fn applies(&self, answer: &Answer, answers: &Answers) -> bool {
        self.test.matches(answer) && self.condition.as_ref().is_none_or(|c| c.holds(answers))
    }
}

/// Advice that applies when a condition holds, e.g. about new pain.
#[derive(Debug, Clone)]
pub struct Note {
    /// When the note applies.
    pub condition: Condition,
    /// The advice.
    pub text: String,
    /// Shown first and with every verdict, an emergency too ("tell an adult
    /// now"); other notes only go with verdicts that leave massage open.
    pub urgent: bool,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lit(s: &str) -> Literal {
        Literal::Str(s.into())
    }

    #[test]
    fn multi_answers_match_when_any_option_is_selected() {
        let a = Answer::Multi(vec!["hips".into(), "buttocks".into()]);
        assert!(Test::Equals(lit("hips")).matches(&a));
        assert!(!Test::Equals(lit("upper_back")).matches(&a));
        assert!(Test::OneOf(vec![lit("x"), lit("buttocks")]).matches(&a));
        assert!(!Test::Equals(lit("hips")).matches(&Answer::Multi(Vec::new())));
    }

    #[test]
    fn numeric_tests_have_inclusive_and_exclusive_bounds() {
        let seven = Answer::Int(7);
        assert!(Test::AtLeast(7).matches(&seven));
        assert!(!Test::Above(7).matches(&seven));
        assert!(Test::AtMost(7).matches(&seven));
        assert!(!Test::Below(7).matches(&seven));
        assert!(!Test::AtLeast(0).matches(&Answer::Bool(true)));
    }

    #[test]
    fn unanswered_questions_make_tests_false_and_not_true() {
        let answers = Answers::default();
        let test = Condition::Answer {
            question: "q".into(),
            test: Test::Equals(Literal::Bool(true)),
        };
        assert!(!test.holds(&answers));
        assert!(Condition::Not(Box::new(test.clone())).holds(&answers));
        assert!(!Condition::All(vec![test.clone()]).holds(&answers));
        let mut yes = Answers::default();
        yes.insert("q", Answer::Bool(true));
        assert!(Condition::Any(vec![test]).holds(&yes));
    }

    #[test]
    fn a_condition_names_each_question_once() {
        let t = |q: &str| Condition::Answer {
            question: q.into(),
            test: Test::AtLeast(1),
        };
        let c = Condition::All(vec![
            t("a"),
            Condition::Not(Box::new(Condition::Any(vec![t("b"), t("a")]))),
        ]);
        let mut ids = Vec::new();
        c.questions(&mut ids);
        assert_eq!(ids, ["a", "b"]);
    }
}
