//! The TOML shapes of a questionnaire file, as serde reads them.
//!
//! Ids and values keep their spans (`Spanned`) so that the loader can point
//! at them when a later check fails. Every table denies unknown keys. Nothing
//! here checks meaning: `convert.rs`, `specs.rs` and `validate.rs` do.

use std::collections::BTreeMap;

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
    /// Shown at the top of prompts and reports.
    pub title: String,
    /// What this is and is not, shown before the first question.
    pub intro: String,
    /// The consult-a-professional text that ends every summary. Must not be empty.
    #[schemars(with = "String")]
    pub consult: Spanned<String>,
    /// What the research says, shown in every summary (may be empty).
    #[serde(default)]
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
    /// Assessment: title, summary and advice of each of the six verdicts.
    #[schemars(with = "Option<RawVerdicts>")]
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
    /// Assessment, optional: the "Before you book" note shown with the verdicts benefit points decide.
    #[schemars(with = "Option<RawListNote>")]
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
    "title",
    "intro",
    "consult",
    "evidence",
    "references",
    "safety_net",
    "benefit",
    "verdicts",
    "therapist",
    "roles",
    "trial_weeks",
    "before_you_book",
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
    /// Title, summary and advice of the four check-in statuses.
    pub status: RawStatuses,
    /// The check-in's sentences: saved, massage_yes, massage_no, not_saved, next_step, for_date.
    #[schemars(with = "BTreeMap<String, String>")]
    pub messages: Spanned<BTreeMap<String, Spanned<String>>>,
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

/// `[checkin.status.*]`.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
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

/// `[trend]`: thresholds (with defaults) and every word of the trend.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawTrend {
    /// The trend's heading.
    pub title: String,
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
    /// Title and summary of urgent, see_doctor, worse, not_enough_data, improving and no_meaningful_change.
    #[schemars(with = "BTreeMap<String, RawVerdict>")]
    pub verdicts: Spanned<BTreeMap<String, Spanned<RawVerdict>>>,
    /// The sentences of the "Why" list, by key (see the authoring guide).
    #[schemars(with = "BTreeMap<String, String>")]
    pub reasons: Spanned<BTreeMap<String, Spanned<String>>>,
    /// The sentences of the "What to do next" list, by key.
    #[schemars(with = "BTreeMap<String, String>")]
    pub advice: Spanned<BTreeMap<String, Spanned<String>>>,
    /// The chart's words: legend, baseline, empty, last_shown and the SVG's svg_* texts.
    #[schemars(with = "BTreeMap<String, String>")]
    pub chart: Spanned<BTreeMap<String, Spanned<String>>>,
}

/// `[safety_net]`, and the whole of content/safety-net.toml: what each
/// when and where means in words, and the get-help-at-once list.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(
    title = "backcheck safety net",
    description = "What to do and when: the words of each disposition (when and where), and the two-tier get-help-at-once list that ends every summary that is not an emergency."
)]
pub struct RawSafetyNet {
    /// The tiers of the get-help-at-once list, most urgent first: when = "now", then "today".
    pub tiers: Vec<RawTier>,
    /// The words of each disposition, by when and then where: `[dispositions.today.urgent_care]`.
    #[schemars(with = "BTreeMap<String, BTreeMap<String, RawDispositionWords>>")]
    pub dispositions: Spanned<BTreeMap<String, BTreeMap<String, Spanned<RawDispositionWords>>>>,
}

/// One tier of the get-help-at-once list.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawTier {
    /// now or today: the disposition of every factor its items name.
    #[schemars(with = "Timing")]
    pub when: Spanned<Timing>,
    /// The heading, e.g. "Call {emergency_number} now if".
    pub title: String,
    /// The signs, in the future tense: "you start to leak pee or poo".
    pub items: Vec<RawSafetyItem>,
}

/// One sign of the get-help-at-once list.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawSafetyItem {
    /// The sign, in the future tense.
    pub text: String,
    /// The factors it is about: each must have the tier's when wherever it exists, and the item is left out when one is already triggered.
    #[serde(default)]
    #[schemars(with = "Vec<String>")]
    pub factors: Vec<Spanned<String>>,
}

/// The words of one disposition.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawDispositionWords {
    /// The first line of a report, e.g. "Get seen today: {same_day}."
    pub headline: String,
    /// One merged advice line for the factors with this disposition, with {topics}.
    pub advice: Option<String>,
}

/// A heading and its lines.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
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
    /// How a benefit factor's level reads in reports, e.g. "some; massage
    /// may ease it" (default "a little", "some", "a lot").
    pub level_words: Option<RawLevels>,
    /// When a doctor should see the person first: one line naming the
    /// benefit factors, with `{factors}` (default "These may matter later:
    /// {factors}.").
    pub later: Option<String>,
    /// Benefit points from which the verdict is may_help (at least 1).
    pub may_help: u32,
    /// Benefit points from which the verdict is likely_to_help (more than may_help).
    pub likely_to_help: u32,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
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

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawVerdict {
    /// The verdict or status in a few words.
    pub title: String,
    /// One or two sentences on what it means.
    pub summary: String,
    /// What to do, in order.
    #[serde(default)]
    pub advice: Vec<String>,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawTherapist {
    /// The note's heading, e.g. "For your massage therapist".
    pub title: String,
    /// A multi question: where it hurts.
    #[schemars(with = "Option<String>")]
    pub location_question: Option<Spanned<String>>,
    /// A choice question: the pressure that feels right.
    #[schemars(with = "Option<String>")]
    pub pressure_question: Option<Spanned<String>>,
    /// Factors that call for light pressure whatever the person prefers.
    pub light_pressure: Option<RawLightPressure>,
    /// Before the triggered cautions to mention, e.g. "Mention:".
    pub cautions_intro: String,
    /// The note's last line.
    pub closing: String,
}

/// `[therapist.light_pressure]`.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawLightPressure {
    /// Factor ids; when any is triggered, `text` is the pressure.
    #[schemars(with = "Vec<String>")]
    pub factors: Vec<Spanned<String>>,
    /// The pressure said instead of the person's preference.
    pub text: String,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawFactor {
    /// Stable id: lower-case letters, digits, _ and -, starting with a letter.
    #[schemars(with = "String")]
    pub id: Spanned<String>,
    /// Short name shown in reports.
    pub label: String,
    /// benefit (adds points), caution (check first), red_flag (see a doctor first) or emergency (get help now).
    pub kind: FactorKind,
    /// What it is and how it bears on the question the tool answers.
    pub explanation: String,
    /// What to do beyond the when and where, e.g. "Say you have back pain with these nerve symptoms" (optional).
    pub advice: Option<String>,
    /// caution, red_flag and emergency: how soon to act. emergency: now; red_flag: today or within_days; caution: within_days or routine.
    #[schemars(with = "Option<Timing>")]
    pub when: Option<Spanned<Timing>>,
    /// caution, red_flag and emergency: who or where to go: emergency, urgent_care, doctor, maternity, cancer_team, pharmacist or therapist.
    #[serde(rename = "where")]
    #[schemars(with = "Option<Place>")]
    pub place: Option<Spanned<Place>>,
    /// caution, red_flag and emergency: the factor in a few words, for merged advice ("the clot", "your high temperature").
    pub topic: Option<String>,
    /// Optional: what the massage therapist should do about it, for the therapist note ("no deep work on the legs").
    pub therapist: Option<String>,
    /// Benefit only: the scores at which the level is moderate and high.
    #[schemars(with = "Option<RawThresholds>")]
    pub thresholds: Option<Spanned<RawThresholds>>,
    /// Benefit only: a sentence for each level.
    #[schemars(with = "Option<RawLevels>")]
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

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
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
    /// The question as asked.
    pub text: String,
    /// Extra explanation shown under the question.
    pub help: Option<String>,
    /// What a warning answer to it means, in a few words, to name it later: "new trouble holding pee or poo".
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
    /// scale: what the lowest answer means.
    pub min_label: Option<String>,
    /// scale: what the highest answer means.
    pub max_label: Option<String>,
    /// number: the unit shown after the number, e.g. "minutes".
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
    /// The words shown to the person.
    pub label: String,
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
    /// When the note applies.
    #[schemars(with = "RawCondition")]
    pub condition: Spanned<RawCondition>,
    /// The advice shown.
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
