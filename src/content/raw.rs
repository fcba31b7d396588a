//! The TOML shapes of a questionnaire file, as serde reads them.
//!
//! Ids and values keep their spans (`Spanned`) so that the loader can point
//! at them when a later check fails. Every table denies unknown keys. Nothing
//! here checks meaning: `convert.rs`, `specs.rs` and `validate.rs` do.

use schemars::JsonSchema;
use serde::Deserialize;
use serde::de::{self, Visitor};
use toml::Spanned;

use super::model::{FactorKind, Literal, Place, Timing};

// The top-level keys other than the `factors`, `questions` and `notes` arrays,
// which are read one element at a time so that one bad element does not hide
// the errors of the others. The purpose-specific tables are all optional
// here; `specs.rs` says which a questionnaire needs.
/// A backcheck questionnaire: an assessment, or (with `[checkin]`) a weekly
/// check-in.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Header {
    /// Stable id of the questionnaire, reported in JSON output, e.g. "weekly-massage".
    #[schemars(with = "String")]
    pub id: Spanned<String>,
    /// Version of the wording and rules, e.g. "2.0.0"; reported with every result.
    #[schemars(with = "String")]
    pub version: Spanned<String>,
    /// Canonical URL naming the questionnaire in FHIR (https://, http:// or urn:); default "urn:backcheck:questionnaire:ID".
    #[schemars(with = "Option<String>")]
    pub url: Option<Spanned<String>>,
    /// Words (message `title`): shown at the top of prompts and reports.
    #[serde(skip)]
    #[schemars(skip)]
    pub title: String,
    /// Words (message `intro`): what this is and is not.
    #[serde(skip)]
    #[schemars(skip)]
    pub intro: String,
    /// Words (message `consult`): the consult-a-professional text that ends every summary.
    #[serde(skip)]
    #[schemars(skip)]
    pub consult: String,
    /// Words (message `evidence`, optional): what the research says.
    #[serde(skip)]
    #[schemars(skip)]
    pub evidence: String,
    /// The sources the wording relies on.
    #[serde(default)]
    pub references: Vec<RawReference>,
    /// The "get help at once" list that ends every summary that is not an
    /// emergency; without it, the shipped content/safety-net.toml.
    #[schemars(with = "Option<RawSafetyNet>")]
    pub safety_net: Option<Spanned<RawSafetyNet>>,
    // An assessment.
    /// Assessment: how many benefit points give `may_help` and `likely_to_help`.
    #[schemars(with = "Option<RawBenefit>")]
    pub benefit: Option<Spanned<RawBenefit>>,
    /// Words (messages `verdict-<id>`): the six verdicts of an assessment.
    #[serde(skip)]
    #[schemars(skip)]
    pub verdicts: Option<Spanned<RawVerdicts>>,
    /// Assessment, optional: the note for the massage therapist.
    #[schemars(with = "Option<RawTherapist>")]
    pub therapist: Option<Spanned<RawTherapist>>,
    /// Assessment, optional: which questions the code needs (pain, activity, duration).
    #[schemars(with = "Option<RawRoles>")]
    pub roles: Option<Spanned<RawRoles>>,
    /// Assessment: how many weekly sessions make a fair trial of massage (default 6); `{trial_weeks}` in the verdicts' words.
    #[schemars(with = "Option<u32>")]
    pub trial_weeks: Option<Spanned<u32>>,
    /// Words (message `before-you-book`, optional): the note shown with the verdicts benefit points decide.
    #[serde(skip)]
    #[schemars(skip)]
    pub before_you_book: Option<Spanned<RawListNote>>,
    // A check-in.
    /// Check-in: makes this file a weekly check-in; its roles, statuses and messages.
    #[schemars(with = "Option<RawCheckIn>")]
    pub checkin: Option<Spanned<RawCheckIn>>,
    /// Check-in: the trend's thresholds and every word it prints.
    #[schemars(with = "Option<RawTrend>")]
    pub trend: Option<Spanned<RawTrend>>,
}

/// The top-level keys a questionnaire file may have.
pub const TOP_LEVEL_KEYS: &[&str] = &[
    "id",
    "version",
    "url",
    "references",
    "safety_net",
    "benefit",
    "therapist",
    "roles",
    "trial_weeks",
    "checkin",
    "trend",
    "factors",
    "questions",
    "notes",
];

/// `[roles]` of an assessment.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawRoles {
    /// A 0-10 scale question: the pain kept by --record as the starting point.
    #[schemars(with = "Option<String>")]
    pub pain: Option<Spanned<String>>,
    /// A 0-10 scale question: how much pain limits daily activities, kept beside it.
    #[schemars(with = "Option<String>")]
    pub activity: Option<Spanned<String>>,
    /// A choice question: how long the pain has lasted.
    #[schemars(with = "Option<String>")]
    pub duration: Option<Spanned<String>>,
    /// Options of `duration` that count as recent pain (for the natural-recovery note).
    #[serde(default)]
    #[schemars(with = "Vec<String>")]
    pub recent_durations: Vec<Spanned<String>>,
}

/// `[checkin]`.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawCheckIn {
    /// Which check-in questions play which role.
    #[schemars(with = "RawCheckInRoles")]
    pub roles: Spanned<RawCheckInRoles>,
    /// Words (messages `status-<id>`): the check-in statuses.
    #[serde(skip)]
    #[schemars(skip)]
    pub status: RawStatuses,
}

/// `[checkin.roles]`.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawCheckInRoles {
    /// A 0-10 scale question: this week's pain.
    #[schemars(with = "String")]
    pub pain: Spanned<String>,
    /// A 0-10 scale question: how much pain limited daily life.
    #[schemars(with = "String")]
    pub activity: Spanned<String>,
    /// A yes/no question: a massage since the last check-in.
    #[schemars(with = "String")]
    pub massage: Spanned<String>,
    /// Optional: a number question, how long the massage was.
    #[schemars(with = "Option<String>")]
    pub minutes: Option<Spanned<String>>,
    /// Optional: a choice question, what kind of massage.
    #[schemars(with = "Option<String>")]
    pub massage_type: Option<Spanned<String>>,
    /// A multi question: after-effects of massage.
    #[schemars(with = "String")]
    pub after_effects: Spanned<String>,
    /// The option of `after_effects` that means new numbness.
    #[schemars(with = "String")]
    pub numbness: Spanned<String>,
    /// Optional: a yes/no question, new warning signs since the last check-in.
    #[schemars(with = "Option<String>")]
    pub warning_signs: Option<Spanned<String>>,
    /// Optional: a choice question, the person's own rating of change since
    /// the starting point.
    #[schemars(with = "Option<String>")]
    pub rating: Option<Spanned<String>>,
    /// With `rating`: its options that mean better.
    #[serde(default)]
    #[schemars(with = "Vec<String>")]
    pub rated_better: Vec<Spanned<String>>,
    /// With `rating`: its options that mean worse.
    #[serde(default)]
    #[schemars(with = "Vec<String>")]
    pub rated_worse: Vec<Spanned<String>>,
    /// With `rating`: its options that mean much worse, which make the trend worse whatever the figures.
    #[serde(default)]
    #[schemars(with = "Vec<String>")]
    pub rated_much_worse: Vec<Spanned<String>>,
    /// Exactly the yes/no questions whose "yes" triggers an emergency factor.
    #[schemars(with = "Vec<String>")]
    pub urgent: Spanned<Vec<Spanned<String>>>,
}

/// The words of the check-in statuses.
#[derive(Debug, Default)]
pub struct RawStatuses {
    /// An emergency answer: get help now.
    pub urgent: RawVerdict,
    /// A red flag: stop massage and get checked.
    pub stop_and_get_checked: RawVerdict,
    /// Pain or activity limits much worse than at the starting point.
    pub much_worse: RawVerdict,
    /// A caution: tell your massage therapist.
    pub tell_your_therapist: RawVerdict,
    /// Nothing to warn about.
    pub saved: RawVerdict,
}

/// `[trend]`: the trend's thresholds (with defaults); its words are the
/// messages `trend-*`.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawTrend {
    /// A change of this many points on the 0-10 scale matters (default 2).
    #[schemars(with = "Option<f64>")]
    pub meaningful_points: Option<Spanned<f64>>,
    /// A fall of this percent of the starting point matters, when it is at least 1 point (default 30).
    #[schemars(with = "Option<f64>")]
    pub meaningful_percent: Option<Spanned<f64>>,
    /// Check-ins after the starting point before there is a verdict (default 2).
    #[schemars(with = "Option<u32>")]
    pub checkins_needed: Option<Spanned<u32>>,
    /// Days the first and latest of those check-ins must span (default 7).
    #[schemars(with = "Option<u32>")]
    pub min_days_apart: Option<Spanned<u32>>,
    /// Days after the last check-in from which the trend says it is old (default 14).
    #[schemars(with = "Option<u32>")]
    pub stale_after_days: Option<Spanned<u32>>,
}

/// `[safety_net]`, and the whole of content/safety-net.toml: what each
/// when and where means in words, and the get-help-at-once list.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(
    title = "backcheck safety net",
    description = "The two-tier get-help-at-once list that ends every summary that is not an emergency: each sign with the factors it is about. Its words, and the words of each disposition, are messages of safety-net.ftl."
)]
pub struct RawSafetyNet {
    /// The tiers of the get-help-at-once list, most urgent first: when = "now", then "today".
    pub tiers: Vec<RawTier>,
}

/// One tier of the get-help-at-once list.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawTier {
    /// now or today: the disposition of every factor its items name.
    #[schemars(with = "Timing")]
    pub when: Spanned<Timing>,
    /// Words (message `tier-<when>`): the heading.
    #[serde(skip)]
    #[schemars(skip)]
    pub title: String,
    /// The signs.
    pub items: Vec<RawSafetyItem>,
}

/// One sign of the get-help-at-once list.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawSafetyItem {
    /// Stable id; its words are the message `sign-<id>`, in the future tense.
    pub id: String,
    /// Words (message `sign-<id>`).
    #[serde(skip)]
    #[schemars(skip)]
    pub text: String,
    /// The factors it is about: each must have the tier's when wherever it exists, and the item is left out when one is already triggered.
    #[serde(default)]
    #[schemars(with = "Vec<String>")]
    pub factors: Vec<Spanned<String>>,
}

/// A heading and its lines.
#[derive(Debug, Default)]
pub struct RawListNote {
    /// The heading, e.g. "Before you book".
    pub title: String,
    /// The lines.
    pub items: Vec<String>,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawReference {
    /// Short key, e.g. "furlan2015".
    pub id: String,
    /// The citation in words.
    pub text: String,
    /// Where to read it, if public.
    pub url: Option<String>,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawBenefit {
    /// Words (message `benefit-level`, optional): how a level reads.
    #[serde(skip)]
    #[schemars(skip)]
    pub level_words: Option<RawLevels>,
    /// Words (message `benefit-later`, optional): the benefit factors named when a doctor should see the person first.
    #[serde(skip)]
    #[schemars(skip)]
    pub later: Option<String>,
    /// Benefit points from which the verdict is may_help (at least 1).
    pub may_help: u32,
    /// Benefit points from which the verdict is likely_to_help (more than may_help).
    pub likely_to_help: u32,
}

#[derive(Debug, Default)]
pub struct RawVerdicts {
    /// Any emergency factor is triggered.
    pub emergency: RawVerdict,
    /// Else any red flag.
    pub see_doctor_first: RawVerdict,
    /// Else any caution.
    pub check_with_professional: RawVerdict,
    /// Else at least `benefit.likely_to_help` points.
    pub likely_to_help: RawVerdict,
    /// Else at least `benefit.may_help` points.
    pub may_help: RawVerdict,
    /// Else.
    pub unlikely_to_help: RawVerdict,
}

#[derive(Debug, Default)]
pub struct RawVerdict {
    /// The verdict or status in a few words.
    pub title: String,
    /// One or two sentences on what it means.
    pub summary: String,
    /// What to do, in order.
    pub advice: Vec<String>,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawTherapist {
    /// Words (message `therapist`): the note's heading.
    #[serde(skip)]
    #[schemars(skip)]
    pub title: String,
    /// A multi question: where it hurts.
    #[schemars(with = "Option<String>")]
    pub location_question: Option<Spanned<String>>,
    /// A choice question: the pressure that feels right.
    #[schemars(with = "Option<String>")]
    pub pressure_question: Option<Spanned<String>>,
    /// Factors that call for light pressure whatever the person prefers.
    pub light_pressure: Option<RawLightPressure>,
    /// Words (`therapist.cautions`): before the cautions to mention.
    #[serde(skip)]
    #[schemars(skip)]
    pub cautions_intro: String,
    /// Words (`therapist.closing`): the note's last line.
    #[serde(skip)]
    #[schemars(skip)]
    pub closing: String,
}

/// `[therapist.light_pressure]`.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawLightPressure {
    /// Factor ids; when any is triggered, `text` is the pressure.
    #[schemars(with = "Vec<String>")]
    pub factors: Vec<Spanned<String>>,
    /// Words (`therapist.light-pressure`): the pressure said instead of the person's preference.
    #[serde(skip)]
    #[schemars(skip)]
    pub text: String,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawFactor {
    /// Stable id: lower-case letters, digits, _ and -, starting with a letter.
    #[schemars(with = "String")]
    pub id: Spanned<String>,
    /// Words (message `f-<id>`): short name shown in reports.
    #[serde(skip)]
    #[schemars(skip)]
    pub label: String,
    /// benefit (adds points), caution (check first), red_flag (see a doctor first) or emergency (get help now).
    pub kind: FactorKind,
    /// Words (`.explanation`): what it is and how it bears on the question.
    #[serde(skip)]
    #[schemars(skip)]
    pub explanation: String,
    /// Words (`.advice`, optional): what to do beyond the when and where.
    #[serde(skip)]
    #[schemars(skip)]
    pub advice: Option<String>,
    /// caution, red_flag and emergency: how soon to act. emergency: now; red_flag: today or within_days; caution: within_days or routine.
    #[schemars(with = "Option<Timing>")]
    pub when: Option<Spanned<Timing>>,
    /// caution, red_flag and emergency: who or where to go: emergency, urgent_care, doctor, maternity, cancer_team, pharmacist or therapist.
    #[serde(rename = "where")]
    #[schemars(with = "Option<Place>")]
    pub place: Option<Spanned<Place>>,
    /// Words (`.topic`, optional): the factor in a few words, for merged advice.
    #[serde(skip)]
    #[schemars(skip)]
    pub topic: Option<String>,
    /// Words (`.therapist`, optional): what the massage therapist should do about it.
    #[serde(skip)]
    #[schemars(skip)]
    pub therapist: Option<String>,
    /// Benefit only: the scores at which the level is moderate and high.
    #[schemars(with = "Option<RawThresholds>")]
    pub thresholds: Option<Spanned<RawThresholds>>,
    /// Words (`.low`, `.moderate`, `.high`), benefit only: a sentence for each level.
    #[serde(skip)]
    #[schemars(skip)]
    pub levels: Option<Spanned<RawLevels>>,
}

/// A whole questionnaire file, for its JSON Schema only: the header's keys
/// and the three arrays the loader reads one element at a time. The loader
/// reads the same types, so the schema and the loader cannot disagree.
#[derive(JsonSchema)]
#[schemars(
    title = "backcheck questionnaire",
    description = "A backcheck questionnaire: an assessment, or (with [checkin]) a weekly check-in. See `backcheck --help` and the authoring guide."
)]
#[allow(dead_code)]
pub struct File {
    #[serde(flatten)]
    header: Header,
    /// What answers can point to: benefits, cautions, red flags, emergencies.
    factors: Vec<RawFactor>,
    /// The questions, in the order they are asked.
    questions: Vec<RawQuestion>,
    /// Advice shown when a condition on the answers holds.
    #[serde(default)]
    notes: Vec<RawNote>,
}

impl JsonSchema for FactorKind {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "FactorKind".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "enum": ["benefit", "caution", "red_flag", "emergency"],
        })
    }
}

/// An enum read from its `as_str` id, with a schema listing the ids.
macro_rules! id_enum {
    ($ty:ty, $name:literal) => {
        impl JsonSchema for $ty {
            fn schema_name() -> std::borrow::Cow<'static, str> {
                $name.into()
            }

            fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
                let ids: Vec<&str> = <$ty>::ALL.iter().map(|v| v.as_str()).collect();
                schemars::json_schema!({ "type": "string", "enum": ids })
            }
        }

        impl<'de> Deserialize<'de> for $ty {
            fn deserialize<D: de::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                const IDS: &[&str] = &{
                    let mut ids = [""; <$ty>::ALL.len()];
                    let mut i = 0;
                    while i < ids.len() {
                        ids[i] = <$ty>::ALL[i].as_str();
                        i += 1;
                    }
                    ids
                };
                let name = String::deserialize(deserializer)?;
                <$ty>::ALL
                    .into_iter()
                    .find(|v| v.as_str() == name)
                    .ok_or_else(|| de::Error::unknown_variant(&name, IDS))
            }
        }
    };
}

id_enum!(Timing, "Timing");
id_enum!(Place, "Place");

impl JsonSchema for Literal {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Value".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "true or false (yes_no), a whole number (scale, number) or an option value (choice, multi).",
            "type": ["boolean", "integer", "string"],
        })
    }
}

impl<'de> Deserialize<'de> for FactorKind {
    fn deserialize<D: de::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let name = String::deserialize(deserializer)?;
        match name.as_str() {
            "benefit" => Ok(FactorKind::Benefit),
            "caution" => Ok(FactorKind::Caution),
            "red_flag" => Ok(FactorKind::RedFlag),
            "emergency" => Ok(FactorKind::Emergency),
            other => Err(de::Error::unknown_variant(
                other,
                &["benefit", "caution", "red_flag", "emergency"],
            )),
        }
    }
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawThresholds {
    /// Score from which the level is moderate (at least 1).
    pub moderate: u32,
    /// Score from which the level is high (more than moderate).
    pub high: u32,
}

#[derive(Debug, Default)]
pub struct RawLevels {
    /// Shown for a low score.
    pub low: String,
    /// Shown for a moderate score.
    pub moderate: String,
    /// Shown for a high score.
    pub high: String,
}

/// The `type` of a question.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum RawQuestionType {
    YesNo,
    Choice,
    Multi,
    Scale,
    Number,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawQuestion {
    /// Stable id used in answers files: lower-case letters, digits, _ and -, starting with a letter.
    #[schemars(with = "String")]
    pub id: Spanned<String>,
    /// Words (message `q-<id>`): the question as asked.
    #[serde(skip)]
    #[schemars(skip)]
    pub text: String,
    /// Words (`.help`, optional): extra explanation shown under the question.
    #[serde(skip)]
    #[schemars(skip)]
    pub help: Option<String>,
    /// Words (`.sign`, optional): what a warning answer means, in a few words.
    #[serde(skip)]
    #[schemars(skip)]
    pub sign: Option<String>,
    /// yes_no, choice (one option), multi (any options), scale (labelled ends) or number.
    #[serde(rename = "type")]
    #[schemars(with = "RawQuestionType")]
    pub kind: Spanned<RawQuestionType>,
    /// choice and multi: the options, least to most concerning where they have an order.
    #[schemars(with = "Option<Vec<RawOption>>")]
    pub options: Option<Spanned<Vec<RawOption>>>,
    /// scale and number: the lowest answer.
    #[schemars(with = "Option<i64>")]
    pub min: Option<Spanned<i64>>,
    /// scale and number: the highest answer.
    #[schemars(with = "Option<i64>")]
    pub max: Option<Spanned<i64>>,
    /// Words (`.min`), scale: what the lowest answer means.
    #[serde(skip)]
    #[schemars(skip)]
    pub min_label: Option<String>,
    /// Words (`.max`), scale: what the highest answer means.
    #[serde(skip)]
    #[schemars(skip)]
    pub max_label: Option<String>,
    /// Words (`.unit`, optional), number: the unit shown after the number.
    #[serde(skip)]
    #[schemars(skip)]
    pub unit: Option<String>,
    /// Whether an answer is needed when the question is shown (default true).
    pub required: Option<bool>,
    /// yes_no only: "not sure" is an answer too (written "not_sure"; effects test it with equals = "not_sure").
    pub not_sure: Option<bool>,
    /// The questionnaire version that added this question; older answers files then get a clear error.
    #[schemars(with = "Option<String>")]
    pub added_in: Option<Spanned<String>>,
    /// Ask only when this holds for the answers to earlier questions.
    #[schemars(with = "Option<RawCondition>")]
    pub condition: Option<Spanned<RawCondition>>,
    /// Which answers move which factor.
    #[serde(default)]
    #[schemars(with = "Vec<RawEffect>")]
    pub effects: Vec<Spanned<RawEffect>>,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawOption {
    /// Stable value used in answers files; not a plain number or none, skip, back, yes, no, y, n.
    #[schemars(with = "String")]
    pub value: Spanned<String>,
    /// Words (`.o-<value>` of the question's message): shown to the person.
    #[serde(skip)]
    #[schemars(skip)]
    pub label: String,
    /// The multi question's "none of these" option (one at most), ticked
    /// alone, usually `{ value = "none", exclusive = true }`: nothing else
    /// ticked. A forms app needs it to let a person answer that nothing
    /// applies.
    #[serde(default)]
    pub exclusive: bool,
}

/// The answer tests shared by conditions and effects.
#[derive(Debug, Default)]
pub struct RawTests<'a> {
    pub equals: Option<&'a Spanned<Literal>>,
    pub one_of: Option<&'a Spanned<Vec<Spanned<Literal>>>>,
    pub at_least: Option<&'a Spanned<i64>>,
    pub at_most: Option<&'a Spanned<i64>>,
    pub above: Option<&'a Spanned<i64>>,
    pub below: Option<&'a Spanned<i64>>,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawEffect {
    /// The factor this effect moves.
    #[schemars(with = "String")]
    pub factor: Spanned<String>,
    /// Benefit factors only: points added (default 1).
    #[schemars(with = "Option<u32>")]
    pub points: Option<Spanned<u32>>,
    /// The answer is this value (multi: it is selected).
    #[schemars(with = "Option<Literal>")]
    pub equals: Option<Spanned<Literal>>,
    /// The answer is one of these values (multi: any is selected).
    #[serde(rename = "in")]
    #[schemars(with = "Option<Vec<Literal>>")]
    pub one_of: Option<Spanned<Vec<Spanned<Literal>>>>,
    /// The answer is this number or more.
    #[schemars(with = "Option<i64>")]
    pub at_least: Option<Spanned<i64>>,
    /// The answer is this number or less.
    #[schemars(with = "Option<i64>")]
    pub at_most: Option<Spanned<i64>>,
    /// The answer is more than this number.
    #[schemars(with = "Option<i64>")]
    pub above: Option<Spanned<i64>>,
    /// The answer is less than this number.
    #[schemars(with = "Option<i64>")]
    pub below: Option<Spanned<i64>>,
    /// The effect counts only when this also holds.
    #[schemars(with = "Option<RawCondition>")]
    pub condition: Option<Spanned<RawCondition>>,
}

impl RawEffect {
    pub fn tests(&self) -> RawTests<'_> {
        RawTests {
            equals: self.equals.as_ref(),
            one_of: self.one_of.as_ref(),
            at_least: self.at_least.as_ref(),
            at_most: self.at_most.as_ref(),
            above: self.above.as_ref(),
            below: self.below.as_ref(),
        }
    }
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawCondition {
    /// The earlier question whose answer is tested.
    #[schemars(with = "Option<String>")]
    pub question: Option<Spanned<String>>,
    /// The answer is this value (multi: it is selected).
    #[schemars(with = "Option<Literal>")]
    pub equals: Option<Spanned<Literal>>,
    /// The answer is one of these values (multi: any is selected).
    #[serde(rename = "in")]
    #[schemars(with = "Option<Vec<Literal>>")]
    pub one_of: Option<Spanned<Vec<Spanned<Literal>>>>,
    /// The answer is this number or more.
    #[schemars(with = "Option<i64>")]
    pub at_least: Option<Spanned<i64>>,
    /// The answer is this number or less.
    #[schemars(with = "Option<i64>")]
    pub at_most: Option<Spanned<i64>>,
    /// The answer is more than this number.
    #[schemars(with = "Option<i64>")]
    pub above: Option<Spanned<i64>>,
    /// The answer is less than this number.
    #[schemars(with = "Option<i64>")]
    pub below: Option<Spanned<i64>>,
    /// Every part holds.
    #[schemars(with = "Option<Vec<RawCondition>>")]
    pub all: Option<Vec<Spanned<RawCondition>>>,
    /// At least one part holds.
    #[schemars(with = "Option<Vec<RawCondition>>")]
    pub any: Option<Vec<Spanned<RawCondition>>>,
    /// The part does not hold.
    #[schemars(with = "Option<Box<RawCondition>>")]
    pub not: Option<Box<Spanned<RawCondition>>>,
}

impl RawCondition {
    pub fn tests(&self) -> RawTests<'_> {
        RawTests {
            equals: self.equals.as_ref(),
            one_of: self.one_of.as_ref(),
            at_least: self.at_least.as_ref(),
            at_most: self.at_most.as_ref(),
            above: self.above.as_ref(),
            below: self.below.as_ref(),
        }
    }
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawNote {
    /// Stable id; its words are the message `note-<id>`.
    #[schemars(with = "String")]
    pub id: Spanned<String>,
    /// When the note applies.
    #[schemars(with = "RawCondition")]
    pub condition: Spanned<RawCondition>,
    /// Words (message `note-<id>`): the advice shown.
    #[serde(skip)]
    #[schemars(skip)]
    pub text: String,
    /// Shown first and with every verdict, an emergency too (default false: only with verdicts that leave massage open).
    #[serde(default)]
    pub urgent: bool,
}

impl<'de> Deserialize<'de> for Literal {
    fn deserialize<D: de::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct LiteralVisitor;
        impl Visitor<'_> for LiteralVisitor {
            type Value = Literal;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("true, false, a whole number or a quoted option value")
            }
            fn visit_bool<E: de::Error>(self, v: bool) -> Result<Literal, E> {
                Ok(Literal::Bool(v))
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<Literal, E> {
                Ok(Literal::Int(v))
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<Literal, E> {
                i64::try_from(v)
                    .map(Literal::Int)
                    .map_err(|_| E::custom("number too large"))
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Literal, E> {
                Ok(Literal::Str(v.to_owned()))
            }
        }
        deserializer.deserialize_any(LiteralVisitor)
    }
}
