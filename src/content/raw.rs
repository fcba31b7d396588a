//! The TOML shapes of a questionnaire file, as serde reads them.
//!
//! Ids and values keep their spans (`Spanned`) so that the loader can point
//! at them when a later check fails. Every table denies unknown keys. Nothing
//! here checks meaning: `convert.rs`, `specs.rs` and `validate.rs` do.

use std::collections::BTreeMap;

use serde::Deserialize;
use serde::de::{self, Visitor};
use toml::Spanned;

use super::model::{FactorKind, Literal};

/// The top-level keys other than the `factors`, `questions` and `notes` arrays,
/// which are read one element at a time so that one bad element does not hide
/// the errors of the others. The purpose-specific tables are all optional
/// here; `specs.rs` says which a questionnaire needs.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Header {
    pub id: Spanned<String>,
    pub version: Spanned<String>,
    pub title: String,
    pub intro: String,
    pub consult: Spanned<String>,
    #[serde(default)]
    pub evidence: String,
    #[serde(default)]
    pub references: Vec<RawReference>,
    // An assessment.
    pub benefit: Option<Spanned<RawBenefit>>,
    pub verdicts: Option<Spanned<RawVerdicts>>,
    pub therapist: Option<Spanned<RawTherapist>>,
    pub roles: Option<Spanned<RawRoles>>,
    pub trial_weeks: Option<Spanned<u32>>,
    // A check-in.
    pub checkin: Option<Spanned<RawCheckIn>>,
    pub trend: Option<Spanned<RawTrend>>,
}

/// The top-level keys a questionnaire file may have.
pub const TOP_LEVEL_KEYS: &[&str] = &[
    "id",
    "version",
    "title",
    "intro",
    "consult",
    "evidence",
    "references",
    "benefit",
    "verdicts",
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
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawRoles {
    pub pain: Option<Spanned<String>>,
    pub activity: Option<Spanned<String>>,
    pub duration: Option<Spanned<String>>,
    #[serde(default)]
    pub recent_durations: Vec<Spanned<String>>,
}

/// `[checkin]`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawCheckIn {
    pub roles: Spanned<RawCheckInRoles>,
    pub status: RawStatuses,
    pub messages: Spanned<BTreeMap<String, Spanned<String>>>,
}

/// `[checkin.roles]`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawCheckInRoles {
    pub pain: Spanned<String>,
    pub activity: Spanned<String>,
    pub massage: Spanned<String>,
    pub minutes: Option<Spanned<String>>,
    pub massage_type: Option<Spanned<String>>,
    pub after_effects: Spanned<String>,
    pub numbness: Spanned<String>,
    pub warning_signs: Option<Spanned<String>>,
    pub urgent: Spanned<Vec<Spanned<String>>>,
}

/// `[checkin.status.*]`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawStatuses {
    pub urgent: RawVerdict,
    pub stop_and_get_checked: RawVerdict,
    pub tell_your_therapist: RawVerdict,
    pub saved: RawVerdict,
}

/// `[trend]`: thresholds (with defaults) and every word of the trend.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawTrend {
    pub title: String,
    pub meaningful_points: Option<Spanned<f64>>,
    pub meaningful_percent: Option<Spanned<f64>>,
    pub checkins_needed: Option<Spanned<u32>>,
    pub min_days_apart: Option<Spanned<u32>>,
    pub stale_after_days: Option<Spanned<u32>>,
    pub verdicts: Spanned<BTreeMap<String, Spanned<RawVerdict>>>,
    pub reasons: Spanned<BTreeMap<String, Spanned<String>>>,
    pub advice: Spanned<BTreeMap<String, Spanned<String>>>,
    pub chart: Spanned<BTreeMap<String, Spanned<String>>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawReference {
    pub id: String,
    pub text: String,
    pub url: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawBenefit {
    pub may_help: u32,
    pub likely_to_help: u32,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawVerdicts {
    pub emergency: RawVerdict,
    pub see_doctor_first: RawVerdict,
    pub check_with_professional: RawVerdict,
    pub likely_to_help: RawVerdict,
    pub may_help: RawVerdict,
    pub unlikely_to_help: RawVerdict,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawVerdict {
    pub title: String,
    pub summary: String,
    #[serde(default)]
    pub advice: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawTherapist {
    pub title: String,
    pub location_question: Option<Spanned<String>>,
    pub pressure_question: Option<Spanned<String>>,
    pub light_pressure: Option<RawLightPressure>,
    pub cautions_intro: String,
    pub closing: String,
}

/// `[therapist.light_pressure]`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawLightPressure {
    pub factors: Vec<Spanned<String>>,
    pub text: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawFactor {
    pub id: Spanned<String>,
    pub label: String,
    pub kind: FactorKind,
    pub explanation: String,
    pub advice: Option<String>,
    pub thresholds: Option<Spanned<RawThresholds>>,
    pub levels: Option<Spanned<RawLevels>>,
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

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawThresholds {
    pub moderate: u32,
    pub high: u32,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawLevels {
    pub low: String,
    pub moderate: String,
    pub high: String,
}

/// The `type` of a question.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RawQuestionType {
    YesNo,
    Choice,
    Multi,
    Scale,
    Number,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawQuestion {
    pub id: Spanned<String>,
    pub text: String,
    pub help: Option<String>,
    #[serde(rename = "type")]
    pub kind: Spanned<RawQuestionType>,
    pub options: Option<Spanned<Vec<RawOption>>>,
    pub min: Option<Spanned<i64>>,
    pub max: Option<Spanned<i64>>,
    pub min_label: Option<String>,
    pub max_label: Option<String>,
    pub unit: Option<String>,
    pub required: Option<bool>,
    pub added_in: Option<Spanned<String>>,
    pub condition: Option<Spanned<RawCondition>>,
    #[serde(default)]
    pub effects: Vec<Spanned<RawEffect>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawOption {
    pub value: Spanned<String>,
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

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawEffect {
    pub factor: Spanned<String>,
    pub points: Option<Spanned<u32>>,
    pub equals: Option<Spanned<Literal>>,
    #[serde(rename = "in")]
    pub one_of: Option<Spanned<Vec<Spanned<Literal>>>>,
    pub at_least: Option<Spanned<i64>>,
    pub at_most: Option<Spanned<i64>>,
    pub above: Option<Spanned<i64>>,
    pub below: Option<Spanned<i64>>,
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

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawCondition {
    pub question: Option<Spanned<String>>,
    pub equals: Option<Spanned<Literal>>,
    #[serde(rename = "in")]
    pub one_of: Option<Spanned<Vec<Spanned<Literal>>>>,
    pub at_least: Option<Spanned<i64>>,
    pub at_most: Option<Spanned<i64>>,
    pub above: Option<Spanned<i64>>,
    pub below: Option<Spanned<i64>>,
    pub all: Option<Vec<Spanned<RawCondition>>>,
    pub any: Option<Vec<Spanned<RawCondition>>>,
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

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawNote {
    pub condition: Spanned<RawCondition>,
    pub text: String,
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
