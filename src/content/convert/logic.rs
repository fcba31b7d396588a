//! Converting what answers do and when questions are asked: effects, the
//! one test each carries, and conditions (`all`, `any`, `not`, and tests on
//! earlier questions), each checked against the question it looks at.

use std::ops::Range;

use toml::Spanned;

use crate::content::diagnostic::Problem;
use crate::content::load::Loader;
use crate::content::model::{
    Condition, Effect, Factor, FactorKind, Literal, Question, QuestionKind, Test,
};
use crate::content::raw::{RawCondition, RawEffect, RawQuestion, RawTests};

impl Loader<'_> {
    /// Conditions and effects, which need every question and factor.
    pub(in crate::content) fn question_logic(
        &mut self,
        raws: &[RawQuestion],
        questions: &mut [Question],
        factors: &[Factor],
    ) {
        for (index, r) in raws.iter().enumerate() {
            let condition = r
                .condition
                .as_ref()
                .and_then(|c| self.condition(c, questions, Some(index)));
            let effects = r
                .effects
                .iter()
                .filter_map(|e| self.effect(e, questions, index, factors))
                .collect();
            questions[index].condition = condition;
            questions[index].effects = effects;
        }
    }

    fn effect(
        &mut self,
        raw: &Spanned<RawEffect>,
        questions: &[Question],
        index: usize,
        factors: &[Factor],
    ) -> Option<Effect> {
        let question = &questions[index];
        let e = raw.get_ref();
        // An effect's condition may look at this question and earlier ones:
        // an interview knows them when this question is answered.
        let condition = match &e.condition {
            Some(c) => {
                let condition = self.condition(c, questions, Some(index + 1))?;
                if !crate::content::reach::can_hold(&condition, questions) {
                    self.report(c.span(), Problem::EffectNeverApplies);
                }
                Some(condition)
            }
            None => None,
        };
        let factor_index = factors.iter().position(|f| &f.id == e.factor.get_ref());
        let factor = factor_index.map(|i| &factors[i]);
        let test = if count_tests(&e.tests()) == 0
            && matches!(question.kind, QuestionKind::YesNo { .. })
        {
            Some(Test::Equals(Literal::Bool(true)))
        } else if count_tests(&e.tests()) == 0 {
            self.report(
                raw.span(),
                Problem::EffectNeedsTest {
                    kind: question.kind.as_str(),
                },
            );
            None
        } else {
            self.test(e.tests(), question, "an effect", raw.span())
        };
        let Some(factor) = factor else {
            if self.broken_ids.contains(e.factor.get_ref()) {
                return None;
            }
            self.report(
                e.factor.span(),
                Problem::UnknownFactor {
                    factor: e.factor.get_ref().clone(),
                    known: factors.iter().map(|f| f.id.clone()).collect(),
                },
            );
            return None;
        };
        let points = match (&e.points, factor.kind) {
            (None, FactorKind::Benefit) => 1,
            (None, _) => 0,
            (Some(p), kind) => {
                let points = *p.get_ref();
                if kind != FactorKind::Benefit || points == 0 {
                    self.report(
                        p.span(),
                        Problem::BadPoints {
                            factor: factor.id.clone(),
                            kind: kind.as_str(),
                            points,
                        },
                    );
                }
                points
            }
        };
        Some(Effect {
            factor: factor.id.clone(),
            factor_index: factor_index?,
            points,
            test: test?,
            condition,
        })
    }

    /// Converts the one test of a condition or effect, checking it against the question.
    fn test(
        &mut self,
        tests: RawTests<'_>,
        q: &Question,
        what: &'static str,
        span: Range<usize>,
    ) -> Option<Test> {
        let n = count_tests(&tests);
        if n != 1 {
            self.report(span, Problem::TestCount { what, found: n });
            return None;
        }
        if let Some(v) = tests.equals {
            return self
                .literal(v, q)
                .then(|| Test::Equals(v.get_ref().clone()));
        }
        if let Some(list) = tests.one_of {
            if list.get_ref().is_empty() {
                self.report(list.span(), Problem::EmptyList { key: "in" });
                return None;
            }
            let mut ok = true;
            for v in list.get_ref() {
                ok &= self.literal(v, q);
            }
            let values = list.get_ref().iter().map(|v| v.get_ref().clone()).collect();
            return ok.then_some(Test::OneOf(values));
        }
        let (key, value, make): (&'static str, &Spanned<i64>, fn(i64) -> Test) =
            if let Some(v) = tests.at_least {
                ("at_least", v, Test::AtLeast)
            } else if let Some(v) = tests.at_most {
                ("at_most", v, Test::AtMost)
            } else if let Some(v) = tests.above {
                ("above", v, Test::Above)
            } else if let Some(v) = tests.below {
                ("below", v, Test::Below)
            } else {
                unreachable!("count_tests found exactly one test")
            };
        let Some((min, max)) = q.kind.range() else {
            self.report(
                value.span(),
                Problem::NotNumeric {
                    test: key,
                    question: q.id.clone(),
                    kind: q.kind.as_str(),
                },
            );
            return None;
        };
        let v = *value.get_ref();
        if v < min || v > max {
            self.report(
                value.span(),
                Problem::OutOfRange {
                    question: q.id.clone(),
                    value: v,
                    min,
                    max,
                },
            );
            return None;
        }
        Some(make(v))
    }

    /// Whether a value fits the question's answers; reports it if not.
    fn literal(&mut self, v: &Spanned<Literal>, q: &Question) -> bool {
        let fits = match (&q.kind, v.get_ref()) {
            (QuestionKind::YesNo { .. }, Literal::Bool(_)) => true,
            (QuestionKind::YesNo { not_sure: true }, Literal::Str(s))
                if s == crate::answer::NOT_SURE =>
            {
                true
            }
            (
                QuestionKind::Choice { options } | QuestionKind::Multi { options, .. },
                Literal::Str(s),
            ) => {
                if options.iter().any(|o| &o.value == s) {
                    true
                } else {
                    self.report(
                        v.span(),
                        Problem::UnknownOption {
                            question: q.id.clone(),
                            value: s.clone(),
                            accepted: options.iter().map(|o| o.value.clone()).collect(),
                        },
                    );
                    return false;
                }
            }
            (
                QuestionKind::Scale { min, max, .. } | QuestionKind::Number { min, max, .. },
                Literal::Int(i),
            ) => {
                if i < min || i > max {
                    self.report(
                        v.span(),
                        Problem::OutOfRange {
                            question: q.id.clone(),
                            value: *i,
                            min: *min,
                            max: *max,
                        },
                    );
                    return false;
                }
                true
            }
            _ => false,
        };
        if !fits {
            self.report(
                v.span(),
                Problem::WrongValueType {
                    question: q.id.clone(),
                    kind: q.kind.as_str(),
                    found: v.get_ref().clone(),
                },
            );
        }
        fits
    }

    /// Converts a condition; `before` is the index of the question it guards
    /// (only earlier questions may be named), or `None` for notes.
    pub(in crate::content) fn condition(
        &mut self,
        raw: &Spanned<RawCondition>,
        questions: &[Question],
        before: Option<usize>,
    ) -> Option<Condition> {
        let c = raw.get_ref();
        let tests = count_tests(&c.tests());
        let combinators = usize::from(c.all.is_some())
            + usize::from(c.any.is_some())
            + usize::from(c.not.is_some());
        match (&c.question, combinators) {
            (Some(id), 0) => {
                let Some(index) = questions.iter().position(|q| &q.id == id.get_ref()) else {
                    if self.broken_ids.contains(id.get_ref()) {
                        return None;
                    }
                    self.report(
                        id.span(),
                        Problem::UnknownQuestion {
                            question: id.get_ref().clone(),
                        },
                    );
                    return None;
                };
                if before.is_some_and(|b| index >= b) {
                    self.report(
                        id.span(),
                        Problem::LaterQuestion {
                            question: id.get_ref().clone(),
                        },
                    );
                    return None;
                }
                let test = self.test(c.tests(), &questions[index], "a condition", raw.span())?;
                Some(Condition::Answer {
                    question: id.get_ref().clone(),
                    test,
                })
            }
            (None, 1) if tests == 0 => {
                if let Some(not) = &c.not {
                    return self
                        .condition(not, questions, before)
                        .map(|inner| Condition::Not(Box::new(inner)));
                }
                let (key, parts, make): (_, _, fn(Vec<Condition>) -> Condition) =
                    match (&c.all, &c.any) {
                        (Some(parts), _) => ("all", parts, Condition::All),
                        (_, Some(parts)) => ("any", parts, Condition::Any),
                        _ => unreachable!("one combinator is present"),
                    };
                if parts.is_empty() {
                    self.report(raw.span(), Problem::EmptyList { key });
                    return None;
                }
                let converted: Vec<_> = parts
                    .iter()
                    .map(|p| self.condition(p, questions, before))
                    .collect();
                converted.into_iter().collect::<Option<Vec<_>>>().map(make)
            }
            _ => {
                self.report(raw.span(), Problem::ConditionShape);
                None
            }
        }
    }
}

fn count_tests(t: &RawTests<'_>) -> usize {
    [
        t.equals.is_some(),
        t.one_of.is_some(),
        t.at_least.is_some(),
        t.at_most.is_some(),
        t.above.is_some(),
        t.below.is_some(),
    ]
    .into_iter()
    .filter(|b| *b)
    .count()
}

#[cfg(test)]
mod tests {
    use crate::content::ContentError;

    const MINI: &str = include_str!("../../../tests/fixtures/content/minimal.toml");

    fn messages(from: &str, to: &str) -> Vec<String> {
        assert!(MINI.contains(from), "{from:?}");
        match crate::content::load_test("minimal", &MINI.replace(from, to)) {
            Err(ContentError::Invalid { diagnostics, .. }) => {
                diagnostics.iter().map(|d| d.problem.to_string()).collect()
            }
            other => panic!("expected problems, got {other:?}"),
        }
    }

    #[test]
    fn tests_are_checked_against_their_question() {
        let cond = "condition = { question = \"tightness\", above = 0 }";
        assert_eq!(
            messages(
                cond,
                "condition = { question = \"tightness\", equals = true }"
            ),
            ["question `tightness` is scale, so true cannot be compared with its answer"]
        );
        assert_eq!(
            messages(cond, "condition = { question = \"tightness\", above = 11 }"),
            ["11 is outside the range of `tightness` (0 to 10)"]
        );
        assert_eq!(
            messages(cond, "condition = { question = \"saddle\", at_least = 1 }"),
            ["`at_least` needs a scale or number question, but `saddle` is yes_no"]
        );
        assert_eq!(
            messages(
                cond,
                "condition = { question = \"where\", equals = \"left\" }"
            ),
            ["condition looks at `where`, which is not asked before this question"]
        );
        assert_eq!(
            messages(
                cond,
                "condition = { question = \"tightness\", above = 0, below = 9 }"
            ),
            ["a condition needs exactly one test, found 2"]
        );
    }

    #[test]
    fn effects_name_a_factor_and_points_only_for_benefits() {
        assert_eq!(
            messages(
                "effects = [{ factor = \"numbness\" }]",
                "effects = [{ factor = \"numb\" }]"
            ),
            // In file order: the factor comes first.
            [
                "emergency factor `numbness` cannot be triggered by any answer",
                "unknown factor `numb`"
            ]
        );
        assert_eq!(
            messages(
                "effects = [{ factor = \"numbness\" }]",
                "effects = [{ factor = \"numbness\", points = 2 }]"
            ),
            ["points 2 on factor `numbness` (emergency)"]
        );
    }
}
