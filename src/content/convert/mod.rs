//! Converting the raw TOML shapes into the model. Each conversion checks
//! what it can see locally (an id's form, a test against its question) and
//! reports every problem; checks of the whole file are in `validate.rs`.
//!
//! Here: factors, questions with their options, and notes. `logic.rs`
//! converts effects, tests and conditions; `specs.rs` and `words.rs` the
//! parts only an assessment or only a check-in has.

mod logic;
mod specs;
mod trend;

use std::collections::HashMap;
use std::ops::Range;

use super::diagnostic::Problem;
use super::load::Loader;
use super::model::{
    Choice, Disposition, Factor, FactorKind, Note, Place, Question, QuestionKind, Scoring, Timing,
};
use super::raw::{RawFactor, RawNote, RawQuestion, RawQuestionType};

impl Loader<'_> {
    pub(super) fn factors(&mut self, raws: Vec<RawFactor>) -> Vec<Factor> {
        let mut seen: HashMap<String, Range<usize>> = HashMap::new();
        let mut factors = Vec::new();
        for r in raws {
            self.check_id(&r.id);
            if !self.first_time(&mut seen, "factor id", &r.id) {
                continue;
            }
            self.factor_spans
                .insert(r.id.get_ref().clone(), r.id.span());
            let id = r.id.get_ref().clone();
            let kind_str = r.kind.as_str();
            let scoring = if r.kind == FactorKind::Benefit {
                match (&r.thresholds, &r.levels) {
                    (Some(t), Some(l)) => {
                        let (moderate, high) = (t.get_ref().moderate, t.get_ref().high);
                        if moderate == 0 || moderate >= high {
                            self.report(t.span(), Problem::ThresholdsOrder { moderate, high });
                        }
                        let l = l.get_ref();
                        Some(Scoring {
                            moderate,
                            high,
                            low_text: l.low.clone(),
                            moderate_text: l.moderate.clone(),
                            high_text: l.high.clone(),
                        })
                    }
                    (t, l) => {
                        for (missing, key) in [(t.is_none(), "thresholds"), (l.is_none(), "levels")]
                        {
                            if missing {
                                self.report(
                                    r.id.span(),
                                    Problem::MissingScoring {
                                        factor: id.clone(),
                                        key,
                                    },
                                );
                            }
                        }
                        None
                    }
                }
            } else {
                if let Some(t) = &r.thresholds {
                    self.report(
                        t.span(),
                        Problem::ScoringNotAllowed {
                            factor: id.clone(),
                            kind: kind_str,
                            key: "thresholds",
                        },
                    );
                }
                if let Some(l) = &r.levels {
                    self.report(
                        l.span(),
                        Problem::ScoringNotAllowed {
                            factor: id.clone(),
                            kind: kind_str,
                            key: "levels",
                        },
                    );
                }
                None
            };
            let disposition = self.disposition(&r, &id);
            let topic = match (&r.topic, r.kind) {
                (Some(_), FactorKind::Benefit) => {
                    self.report(
                        r.id.span(),
                        Problem::NotForBenefit {
                            factor: id.clone(),
                            key: "topic",
                        },
                    );
                    String::new()
                }
                (Some(t), _) if !t.trim().is_empty() => t.trim().to_owned(),
                // Without a topic, merged advice names the factor's label.
                _ => r.label.trim().to_owned(),
            };
            factors.push(Factor {
                id,
                label: r.label,
                kind: r.kind,
                explanation: r.explanation,
                advice: r.advice.filter(|a| !a.trim().is_empty()),
                scoring,
                disposition,
                topic,
                therapist: r.therapist.filter(|t| !t.trim().is_empty()),
            });
        }
        factors
    }

    /// A factor's `when` and `where`: required for warnings, with a timing
    /// its kind allows; a benefit has neither (it is routine, with a
    /// therapist).
    fn disposition(&mut self, r: &RawFactor, id: &str) -> Disposition {
        let kind = r.kind;
        if kind == FactorKind::Benefit {
            for (present, key) in [(r.when.is_some(), "when"), (r.place.is_some(), "where")] {
                if present {
                    self.report(
                        r.id.span(),
                        Problem::NotForBenefit {
                            factor: id.to_owned(),
                            key,
                        },
                    );
                }
            }
            return Disposition {
                when: Timing::Routine,
                place: Place::Therapist,
            };
        }
        // Without `when` or `where`, the kind's usual: an emergency now
        // (emergency services), a red flag within a few days, a caution
        // before massage (both with a doctor).
        let when = match &r.when {
            Some(w) => {
                let allowed = Timing::allowed_for(kind);
                if !allowed.contains(w.get_ref()) {
                    self.report(
                        w.span(),
                        Problem::TimingNotForKind {
                            factor: id.to_owned(),
                            kind: kind.as_str(),
                            when: w.get_ref().as_str(),
                            allowed: allowed.iter().map(|t| t.as_str()).collect(),
                        },
                    );
                    // Reported once: no further problem about its disposition.
                    self.broken_ids.insert(id.to_owned());
                }
                *w.get_ref()
            }
            None => match kind {
                FactorKind::Emergency => Timing::Now,
                FactorKind::RedFlag => Timing::WithinDays,
                _ => Timing::Routine,
            },
        };
        let place = match &r.place {
            Some(p) => *p.get_ref(),
            None if kind == FactorKind::Emergency => Place::Emergency,
            None => Place::Doctor,
        };
        Disposition { when, place }
    }

    /// Notes, each with its condition; a note no answers can show is refused.
    pub(super) fn notes(&mut self, raws: &[RawNote], questions: &[Question]) -> Vec<Note> {
        raws.iter()
            .filter_map(|n| {
                let condition = self.condition(&n.condition, questions, None)?;
                if !crate::content::reach::can_hold(&condition, questions) {
                    self.report(n.condition.span(), Problem::NoteNeverShown);
                }
                Some(Note {
                    condition,
                    text: n.text.clone(),
                    urgent: n.urgent,
                })
            })
            .collect()
    }

    /// Questions with their kind and options, before conditions and effects.
    pub(super) fn question_shells(&mut self, raws: &[RawQuestion]) -> Vec<Question> {
        let mut seen: HashMap<String, Range<usize>> = HashMap::new();
        let mut questions = Vec::new();
        for r in raws {
            self.check_id(&r.id);
            self.first_time(&mut seen, "question id", &r.id);
            let kind = self.question_kind(r);
            questions.push(Question {
                id: r.id.get_ref().clone(),
                text: r.text.clone(),
                help: r.help.clone(),
                sign: r.sign.clone().filter(|s| !s.trim().is_empty()),
                kind,
                required: r.required.unwrap_or(true),
                condition: None,
                added_in: r.added_in.as_ref().map(|v| v.get_ref().clone()),
                effects: Vec::new(),
            });
        }
        questions
    }

    fn question_kind(&mut self, r: &RawQuestion) -> QuestionKind {
        let ty = *r.kind.get_ref();
        let name = match ty {
            RawQuestionType::YesNo => "yes_no",
            RawQuestionType::Choice => "choice",
            RawQuestionType::Multi => "multi",
            RawQuestionType::Scale => "scale",
            RawQuestionType::Number => "number",
        };
        let span = r.kind.span();
        let present: [(&'static str, bool, Option<Range<usize>>); 6] = [
            (
                "options",
                r.options.is_some(),
                r.options.as_ref().map(|o| o.span()),
            ),
            ("min", r.min.is_some(), r.min.as_ref().map(|m| m.span())),
            ("max", r.max.is_some(), r.max.as_ref().map(|m| m.span())),
            ("min_label", r.min_label.is_some(), None),
            ("max_label", r.max_label.is_some(), None),
            ("unit", r.unit.is_some(), None),
        ];
        let allowed: &[&str] = match ty {
            RawQuestionType::YesNo => &[],
            RawQuestionType::Choice | RawQuestionType::Multi => &["options"],
            RawQuestionType::Scale => &["min", "max", "min_label", "max_label"],
            RawQuestionType::Number => &["min", "max", "unit"],
        };
        let required: &[&str] = match ty {
            RawQuestionType::Number => &["min", "max"],
            _ => allowed,
        };
        if r.not_sure.is_some() && ty != RawQuestionType::YesNo {
            self.report(span.clone(), Problem::NotSureNotYesNo { kind: name });
        }
        for (key, is_present, key_span) in present {
            if is_present && !allowed.contains(&key) {
                self.report(
                    key_span.unwrap_or_else(|| span.clone()),
                    Problem::KeyNotForType { kind: name, key },
                );
            } else if !is_present && required.contains(&key) {
                self.report(span.clone(), Problem::MissingKey { kind: name, key });
            }
        }
        match ty {
            RawQuestionType::YesNo => QuestionKind::YesNo {
                not_sure: r.not_sure.unwrap_or(false),
            },
            RawQuestionType::Choice | RawQuestionType::Multi => {
                let (options, none) = self.options(r, name);
                if ty == RawQuestionType::Choice {
                    QuestionKind::Choice { options }
                } else {
                    QuestionKind::Multi { options, none }
                }
            }
            RawQuestionType::Scale | RawQuestionType::Number => {
                let (min, max) = match (&r.min, &r.max) {
                    (Some(min), Some(max)) => {
                        if min.get_ref() >= max.get_ref() {
                            self.report(
                                min.span().start..max.span().end,
                                Problem::RangeOrder {
                                    min: *min.get_ref(),
                                    max: *max.get_ref(),
                                },
                            );
                        }
                        (*min.get_ref(), *max.get_ref())
                    }
                    _ => (0, 0),
                };
                if ty == RawQuestionType::Scale {
                    QuestionKind::Scale {
                        min,
                        max,
                        min_label: r.min_label.clone().unwrap_or_default(),
                        max_label: r.max_label.clone().unwrap_or_default(),
                    }
                } else {
                    QuestionKind::Number {
                        min,
                        max,
                        unit: r.unit.clone(),
                    }
                }
            }
        }
    }

    /// The options, and a multi question's exclusive `none` option apart.
    fn options(&mut self, r: &RawQuestion, kind: &'static str) -> (Vec<Choice>, Option<Choice>) {
        let Some(raw_options) = &r.options else {
            return (Vec::new(), None);
        };
        let least = if kind == "choice" { 2 } else { 1 };
        if raw_options.get_ref().len() < least {
            self.report(
                raw_options.span(),
                Problem::TooFewOptions {
                    kind,
                    min: least,
                    found: raw_options.get_ref().len(),
                },
            );
        }
        let mut seen = HashMap::new();
        let mut options = Vec::new();
        let mut none = None;
        for o in raw_options.get_ref() {
            let value = o.value.get_ref();
            self.first_time(&mut seen, "option value", &o.value);
            let choice = Choice {
                value: value.clone(),
                label: o.label.clone(),
            };
            if o.exclusive {
                if kind != "multi" || none.is_some() {
                    self.report(o.value.span(), Problem::BadExclusive);
                }
                none = Some(choice);
                continue;
            }
            self.check_option_value(&o.value);
            options.push(choice);
        }
        (options, none)
    }
}
