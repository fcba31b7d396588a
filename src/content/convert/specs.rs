//! Converting and checking what only an assessment or only a check-in has:
//! the roles (each must name a question of the right type), the verdict and
//! status words and the therapist note. The trend's thresholds and word
//! tables are `words.rs`'s. A file with a `[checkin]` table is a check-in;
//! any other file is an assessment.

use crate::content::GlobalChangeRole;
use toml::Spanned;

use crate::content::diagnostic::Problem;
use crate::content::load::Loader;
use crate::content::model::{Factor, FactorKind, Question, QuestionKind};
use crate::content::purpose::{
    AssessmentRoles, AssessmentSpec, BenefitThresholds, CheckInMessages, CheckInRoles, CheckInSpec,
    LightPressure, Purpose, StatusTexts, Template, TherapistSpec, VerdictText, VerdictTexts,
};
use crate::content::raw::{Header, RawCheckIn, RawRoles, RawTherapist, RawTrend, RawVerdict};

/// What a role needs its question to be.
#[derive(Clone, Copy)]
enum Need {
    YesNo,
    Choice,
    Multi,
    Number,
    /// A scale from 0 to 10.
    Scale0To10,
}

impl Need {
    fn words(self) -> &'static str {
        match self {
            Need::YesNo => "a yes_no question",
            Need::Choice => "a choice question",
            Need::Multi => "a multi question",
            Need::Number => "a number question",
            Need::Scale0To10 => "a scale question from 0 to 10",
        }
    }

    fn fits(self, kind: &QuestionKind) -> bool {
        match (self, kind) {
            (Need::YesNo, QuestionKind::YesNo { .. })
            | (Need::Choice, QuestionKind::Choice { .. })
            | (Need::Multi, QuestionKind::Multi { .. })
            | (Need::Number, QuestionKind::Number { .. }) => true,
            (Need::Scale0To10, QuestionKind::Scale { min, max, .. }) => *min == 0 && *max == 10,
            _ => false,
        }
    }
}

pub(in crate::content) fn verdict_text(r: &RawVerdict) -> VerdictText {
    VerdictText {
        title: r.title.clone(),
        summary: r.summary.clone(),
        advice: r.advice.clone(),
    }
}

impl Loader<'_> {
    /// The assessment or check-in parts of the header.
    pub(in crate::content) fn purpose(
        &mut self,
        h: &Header,
        questions: &[Question],
        factors: &[Factor],
    ) -> Option<Purpose> {
        if let Some(checkin) = &h.checkin {
            let misplaced = [
                ("benefit", h.benefit.as_ref().map(Spanned::span)),
                ("verdicts", h.verdicts.as_ref().map(Spanned::span)),
                ("therapist", h.therapist.as_ref().map(Spanned::span)),
                ("roles", h.roles.as_ref().map(Spanned::span)),
                ("trial_weeks", h.trial_weeks.as_ref().map(Spanned::span)),
                (
                    "before_you_book",
                    h.before_you_book.as_ref().map(Spanned::span),
                ),
            ];
            for (key, span) in misplaced {
                if let Some(span) = span {
                    self.report(span, misplaced_key(key, "assessment", "a check-in"));
                }
            }
            let Some(trend) = &h.trend else {
                self.report(
                    checkin.span(),
                    Problem::MissingTable {
                        key: "trend",
                        purpose: "a check-in",
                    },
                );
                return None;
            };
            let spec = self.checkin_spec(checkin.get_ref(), trend, questions, factors)?;
            return Some(Purpose::CheckIn(Box::new(spec)));
        }
        if let Some(trend) = &h.trend {
            self.report(
                trend.span(),
                misplaced_key("trend", "check-in", "an assessment"),
            );
        }
        let mut missing = |key| {
            self.report(
                0..0,
                Problem::MissingTable {
                    key,
                    purpose: "an assessment",
                },
            )
        };
        let (Some(benefit), Some(verdicts)) = (&h.benefit, &h.verdicts) else {
            if h.benefit.is_none() {
                missing("benefit");
            }
            if h.verdicts.is_none() {
                missing("verdicts");
            }
            return None;
        };
        let b = benefit.get_ref();
        if b.may_help == 0 || b.may_help >= b.likely_to_help {
            self.report(
                benefit.span(),
                Problem::VerdictThresholdsOrder {
                    may_help: b.may_help,
                    likely_to_help: b.likely_to_help,
                },
            );
        }
        let v = verdicts.get_ref();
        let therapist = h
            .therapist
            .as_ref()
            .map(|t| self.therapist(t.get_ref(), questions, factors));
        let trial_weeks = h.trial_weeks.as_ref().map_or(6, |w| *w.get_ref());
        if let Some(w) = h.trial_weeks.as_ref().filter(|w| *w.get_ref() == 0) {
            self.report(
                w.span(),
                Problem::BadThreshold {
                    key: "trial_weeks",
                    value: "0".into(),
                    accepted: "at least 1",
                },
            );
        }
        let text = |_: &str, r: &RawVerdict| verdict_text(r);
        let verdicts = VerdictTexts {
            emergency: text("emergency", &v.emergency),
            see_doctor_first: text("see_doctor_first", &v.see_doctor_first),
            check_with_professional: text("check_with_professional", &v.check_with_professional),
            likely_to_help: text("likely_to_help", &v.likely_to_help),
            may_help: text("may_help", &v.may_help),
            unlikely_to_help: text("unlikely_to_help", &v.unlikely_to_help),
        };
        let roles = match &h.roles {
            Some(r) => self.assessment_roles(r.get_ref(), questions)?,
            None => AssessmentRoles::default(),
        };
        let later = b
            .later
            .clone()
            .unwrap_or_else(|| "These may matter later: {factors}.".into());
        let level_words = match &b.level_words {
            Some(w) => [w.low.clone(), w.moderate.clone(), w.high.clone()],
            None => ["a little".into(), "some".into(), "a lot".into()],
        };
        Some(Purpose::Assessment(Box::new(AssessmentSpec {
            benefit: BenefitThresholds {
                may_help: b.may_help,
                likely_to_help: b.likely_to_help,
                level_words,
                later: Template(later),
            },
            verdicts,
            therapist,
            roles,
            trial_weeks,
            before_you_book: h.before_you_book.as_ref().map(|b| {
                let b = b.get_ref();
                crate::content::purpose::ListNote {
                    title: b.title.trim().to_owned(),
                    items: b.items.iter().map(|i| i.trim().to_owned()).collect(),
                }
            }),
        })))
    }

    /// The question a role names, if it exists and fits what the role needs.
    fn role<'q>(
        &mut self,
        role: &str,
        id: &Spanned<String>,
        need: Need,
        questions: &'q [Question],
    ) -> Option<&'q Question> {
        let Some(q) = questions.iter().find(|q| &q.id == id.get_ref()) else {
            if !self.broken_ids.contains(id.get_ref()) {
                self.report(
                    id.span(),
                    Problem::UnknownQuestion {
                        question: id.get_ref().clone(),
                    },
                );
            }
            return None;
        };
        if !need.fits(&q.kind) {
            let found = match q.kind.range() {
                Some((min, max)) => format!("a {} question from {min} to {max}", q.kind.as_str()),
                None => format!("a {} question", q.kind.as_str()),
            };
            self.report(
                id.span(),
                Problem::RoleType {
                    role: role.to_owned(),
                    question: q.id.clone(),
                    expected: need.words(),
                    found,
                },
            );
            return None;
        }
        Some(q)
    }

    /// An option a role names; it must be one of the question's.
    fn role_option(&mut self, value: &Spanned<String>, q: &Question) -> Option<String> {
        if q.option(value.get_ref()).is_some() {
            return Some(value.get_ref().clone());
        }
        self.report(
            value.span(),
            Problem::UnknownOption {
                question: q.id.clone(),
                value: value.get_ref().clone(),
                accepted: q.options().iter().map(|o| o.value.clone()).collect(),
            },
        );
        None
    }

    fn assessment_roles(
        &mut self,
        r: &RawRoles,
        questions: &[Question],
    ) -> Option<AssessmentRoles> {
        let pain = r
            .pain
            .as_ref()
            .map(|id| self.role("pain", id, Need::Scale0To10, questions));
        let activity = r
            .activity
            .as_ref()
            .map(|id| self.role("activity", id, Need::Scale0To10, questions));
        let duration = r
            .duration
            .as_ref()
            .map(|id| self.role("duration", id, Need::Choice, questions));
        let mut recent = Vec::new();
        match duration {
            Some(Some(q)) => {
                for v in &r.recent_durations {
                    recent.push(self.role_option(v, q)?);
                }
            }
            Some(None) => return None,
            None => {
                if let Some(first) = r.recent_durations.first() {
                    self.report(
                        first.span(),
                        Problem::RoleNeeds {
                            role: "recent_durations",
                            needs: "duration",
                        },
                    );
                    return None;
                }
            }
        }
        Some(AssessmentRoles {
            pain: match pain {
                Some(q) => Some(q?.id.clone()),
                None => None,
            },
            activity: match activity {
                Some(q) => Some(q?.id.clone()),
                None => None,
            },
            duration: duration.flatten().map(|q| q.id.clone()),
            recent_durations: recent,
        })
    }

    fn therapist(
        &mut self,
        t: &RawTherapist,
        questions: &[Question],
        factors: &[Factor],
    ) -> TherapistSpec {
        let mut named = |key, id: &Option<Spanned<String>>, need| {
            id.as_ref()
                .and_then(|id| self.role(key, id, need, questions))
                .map(|q| q.id.clone())
        };
        let location_question = named("location_question", &t.location_question, Need::Multi);
        let pressure_question = named("pressure_question", &t.pressure_question, Need::Choice);
        let light_pressure = t.light_pressure.as_ref().map(|l| {
            for f in &l.factors {
                if !factors.iter().any(|x| &x.id == f.get_ref())
                    && !self.broken_ids.contains(f.get_ref())
                {
                    self.report(
                        f.span(),
                        Problem::UnknownFactor {
                            factor: f.get_ref().clone(),
                            known: factors.iter().map(|x| x.id.clone()).collect(),
                        },
                    );
                }
            }
            LightPressure {
                factors: l.factors.iter().map(|f| f.get_ref().clone()).collect(),
                text: l.text.clone(),
            }
        });
        TherapistSpec {
            title: t.title.clone(),
            location_question,
            pressure_question,
            light_pressure,
            cautions_intro: t.cautions_intro.clone(),
            closing: t.closing.clone(),
        }
    }

    fn checkin_spec(
        &mut self,
        c: &RawCheckIn,
        trend: &Spanned<RawTrend>,
        questions: &[Question],
        factors: &[Factor],
    ) -> Option<CheckInSpec> {
        let r = c.roles.get_ref();
        let pain = self.role("pain", &r.pain, Need::Scale0To10, questions);
        let limits = self.role("activity", &r.activity, Need::Scale0To10, questions);
        let massage = self.role("massage", &r.massage, Need::YesNo, questions);
        let minutes = r
            .minutes
            .as_ref()
            .map(|id| self.role("minutes", id, Need::Number, questions));
        let kind = r
            .massage_type
            .as_ref()
            .map(|id| self.role("massage_type", id, Need::Choice, questions));
        let signs = r
            .warning_signs
            .as_ref()
            .map(|id| self.role("warning_signs", id, Need::YesNo, questions));
        let global_change = match &r.rating {
            Some(id) => {
                self.role("rating", id, Need::Choice, questions)
                    .map(|q| GlobalChangeRole {
                        question: q.id.clone(),
                        better: r
                            .rated_better
                            .iter()
                            .filter_map(|v| self.role_option(v, q))
                            .collect(),
                        worse: r
                            .rated_worse
                            .iter()
                            .filter_map(|v| self.role_option(v, q))
                            .collect(),
                        much_worse: r
                            .rated_much_worse
                            .iter()
                            .filter_map(|v| self.role_option(v, q))
                            .collect(),
                    })
            }
            None => None,
        };
        let effects = self.role("after_effects", &r.after_effects, Need::Multi, questions);
        let numbness = effects.and_then(|q| self.role_option(&r.numbness, q));
        let mut urgent = Vec::new();
        for id in r.urgent.get_ref() {
            let Some(q) = self.role("urgent", id, Need::YesNo, questions) else {
                continue;
            };
            let emergency = q.effects.iter().any(|e| {
                factors
                    .iter()
                    .any(|f| f.id == e.factor && f.kind == FactorKind::Emergency)
            });
            if !emergency {
                self.report(
                    id.span(),
                    Problem::RoleNotUrgent {
                        question: q.id.clone(),
                    },
                );
            }
            urgent.push(q.id.clone());
        }
        if urgent.is_empty() {
            self.report(r.urgent.span(), Problem::EmptyList { key: "urgent" });
        }
        for q in questions {
            let emergency = q.effects.iter().any(|e| {
                factors
                    .iter()
                    .any(|f| f.id == e.factor && f.kind == FactorKind::Emergency)
            });
            if emergency && !urgent.contains(&q.id) {
                self.report(
                    r.urgent.span(),
                    Problem::UrgentNotListed {
                        question: q.id.clone(),
                    },
                );
            }
        }
        let words = self.words.clone();
        let trend = self.trend(trend.get_ref(), &words);
        let roles = CheckInRoles {
            pain: pain?.id.clone(),
            activity_limits: limits?.id.clone(),
            had_massage: massage?.id.clone(),
            massage_minutes: minutes.map(|q| q.map(|q| q.id.clone())).unwrap_or(None),
            massage_kind: kind.map(|q| q.map(|q| q.id.clone())).unwrap_or(None),
            after_effects: effects?.id.clone(),
            new_numbness: numbness?,
            warning_signs: signs.map(|q| q.map(|q| q.id.clone())).unwrap_or(None),
            global_change,
            urgent,
        };
        let s = &c.status;
        Some(CheckInSpec {
            roles,
            statuses: StatusTexts {
                urgent: verdict_text(&s.urgent),
                stop_and_get_checked: verdict_text(&s.stop_and_get_checked),
                much_worse: verdict_text(&s.much_worse),
                tell_your_therapist: verdict_text(&s.tell_your_therapist),
                saved: verdict_text(&s.saved),
            },
            messages: CheckInMessages { words },
            trend: trend?,
        })
    }
}

fn misplaced_key(key: &'static str, belongs: &'static str, purpose: &'static str) -> Problem {
    Problem::KeyNotForPurpose {
        key,
        belongs,
        purpose,
    }
}

#[cfg(test)]
mod tests {
    use crate::content::ContentError;

    const ENGINE: &str = include_str!("../../../tests/fixtures/content/engine.toml");
    const CHECKIN: &str = include_str!("../../../tests/fixtures/content/checkin-engine.toml");

    fn messages(src: &str, from: &str, to: &str) -> Vec<String> {
        assert!(src.contains(from), "{from:?}");
        match crate::content::load_test(
            if src.contains("[checkin.") {
                "checkin-engine"
            } else {
                "engine"
            },
            &src.replace(from, to),
        ) {
            Err(ContentError::Invalid { diagnostics, .. }) => {
                diagnostics.iter().map(|d| d.problem.to_string()).collect()
            }
            other => panic!("expected problems, got {other:?}"),
        }
    }

    #[test]
    fn roles_must_name_questions_of_the_right_type() {
        assert_eq!(
            messages(ENGINE, "pain = \"pain\"", "pain = \"tight\""),
            ["`pain` must name a scale question from 0 to 10; `tight` is a yes_no question"]
        );
        assert_eq!(
            messages(
                ENGINE,
                "recent_durations = [\"new\"]",
                "recent_durations = [\"fresh\"]"
            ),
            ["`fresh` is not an option of question `duration`"]
        );
        assert_eq!(
            messages(
                ENGINE,
                "location_question = \"where\"",
                "location_question = \"nowhere\""
            ),
            ["unknown question `nowhere`"]
        );
        assert_eq!(
            messages(CHECKIN, "massage = \"massaged\"", "massage = \"hurt\""),
            ["`massage` must name a yes_no question; `hurt` is a scale question from 0 to 10"]
        );
        assert_eq!(
            messages(CHECKIN, "numbness = \"numb\"", "numbness = \"tingle\""),
            ["`tingle` is not an option of question `effects`"]
        );
    }

    #[test]
    fn the_urgent_list_is_exactly_the_questions_that_trigger_an_emergency() {
        assert_eq!(
            messages(
                CHECKIN,
                "urgent = [\"alarm\"]",
                "urgent = [\"alarm\", \"massaged\"]"
            ),
            ["`massaged` is listed as urgent, but no answer to it triggers an emergency factor"]
        );
        assert_eq!(
            messages(CHECKIN, "urgent = [\"alarm\"]", "urgent = []"),
            [
                "`in` is empty".replace("in", "urgent"),
                "`alarm` triggers an emergency factor, so it must be listed in `urgent`".into()
            ]
        );
    }

    #[test]
    fn each_purpose_has_its_own_tables() {
        // The check-in fixture's whole [trend] table, put in an assessment.
        let start = CHECKIN.find("[trend]").expect("trend");
        let end = CHECKIN.find("[[factors]]").expect("factors");
        let with_trend = format!("{ENGINE}\n{}", &CHECKIN[start..end]);
        let m = messages(&with_trend, "[benefit]", "[benefit]");
        assert!(
            m.iter().any(|m| m.starts_with("`trend` is for check-ins")),
            "{m:?}"
        );
        let m = messages(
            CHECKIN,
            "[checkin.roles]",
            "[roles]\npain = \"hurt\"\n\n[checkin.roles]",
        );
        assert_eq!(
            m,
            ["`roles` is for assessments, and this questionnaire is a check-in"]
        );
        let m = messages(ENGINE, "[benefit]", "[nothing]");
        assert!(
            m.iter().any(|m| m == "an assessment needs `[benefit]`"),
            "{m:?}"
        );
    }
}
