//! Checks of the whole file, after conversion: ids have the right form,
//! every question can be asked, every red flag and emergency can be
//! triggered by some answer.

use toml::Spanned;

use super::diagnostic::Problem;
use super::load::Loader;
use super::model::{Factor, FactorKind, Question};
use super::raw::RawQuestion;

/// Option values that could not be told apart from words of the piped format.
const RESERVED_VALUES: &[&str] = &["none", "skip", "back", "yes", "no", "y", "n"];

/// Whether an option value is one piped answers could not tell from a word
/// or a number they take.
pub(super) fn is_reserved_value(v: &str) -> bool {
    RESERVED_VALUES.contains(&v) || v.chars().all(|c| c.is_ascii_digit())
}

/// Whether `s` is an id: lower-case letters, digits, `_` and `-`, starting
/// with a letter.
pub fn is_id(s: &str) -> bool {
    let mut chars = s.chars();
    chars.next().is_some_and(|c| c.is_ascii_lowercase())
        && chars.all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_' || c == '-')
}

fn is_option_value(s: &str) -> bool {
    !s.is_empty()
        && s.chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_' || c == '-')
}

/// A version as numbers, to compare: "2.0.0" -> [2, 0, 0]; `None` when it
/// is not numbers separated by dots.
pub fn version_key(version: &str) -> Option<Vec<u64>> {
    version.split('.').map(|n| n.parse().ok()).collect()
}

impl Loader<'_> {
    /// `added_in` must be a version no later than the questionnaire's own.
    pub(super) fn check_added_in(&mut self, raws: &[RawQuestion], version: &str) {
        let current = version_key(version);
        for r in raws {
            let Some(added) = &r.added_in else { continue };
            match (version_key(added.get_ref()), &current) {
                (None, _) => self.report(
                    added.span(),
                    Problem::BadVersion {
                        version: added.get_ref().clone(),
                    },
                ),
                (Some(a), Some(c)) if &a > c => self.report(
                    added.span(),
                    Problem::AddedLater {
                        added: added.get_ref().clone(),
                        current: version.to_owned(),
                    },
                ),
                _ => {}
            }
        }
    }

    /// Reports an id of the wrong form.
    pub(super) fn check_id(&mut self, id: &Spanned<String>) {
        if !is_id(id.get_ref()) {
            self.report(
                id.span(),
                Problem::BadId {
                    id: id.get_ref().clone(),
                },
            );
        }
    }

    /// Reports an option value of the wrong form, or one the piped format
    /// could not tell apart from its own words.
    pub(super) fn check_option_value(&mut self, value: &Spanned<String>) {
        let v = value.get_ref();
        if !is_option_value(v) {
            self.report(value.span(), Problem::BadId { id: v.clone() });
        } else if is_reserved_value(v) {
            self.report(value.span(), Problem::ReservedValue { value: v.clone() });
        }
    }

    /// Questions whose condition can never hold; returns their ids.
    pub(super) fn check_reachable(
        &mut self,
        raws: &[RawQuestion],
        questions: &[Question],
    ) -> Vec<String> {
        let mut never = Vec::new();
        for (raw, q) in raws.iter().zip(questions) {
            let (Some(condition), Some(raw_condition)) = (&q.condition, &raw.condition) else {
                continue;
            };
            if !super::reach::can_hold(condition, questions) {
                self.report(
                    raw_condition.span(),
                    Problem::NeverShown {
                        question: q.id.clone(),
                    },
                );
                never.push(q.id.clone());
            }
        }
        never
    }

    /// A red flag or emergency that no effect names, or only effects on
    /// questions no one is asked, can never warn anyone.
    pub(super) fn check_triggerable(
        &mut self,
        factors: &[Factor],
        raws: &[RawQuestion],
        never_shown: &[String],
    ) {
        if self.questions_broken {
            return;
        }
        for f in factors {
            if !matches!(f.kind, FactorKind::RedFlag | FactorKind::Emergency) {
                continue;
            }
            // Raw effects count too: one that failed its own checks was already
            // reported, and a second error on the same factor would be noise.
            let named = raws.iter().any(|q| {
                !never_shown.contains(q.id.get_ref())
                    && q.effects
                        .iter()
                        .any(|e| e.get_ref().factor.get_ref() == &f.id)
            });
            if !named {
                let span = self.factor_spans.get(&f.id).cloned().unwrap_or(0..0);
                self.report(
                    span,
                    Problem::Untriggerable {
                        factor: f.id.clone(),
                        kind: f.kind.as_str(),
                    },
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::ContentError;

    const MINI: &str = include_str!("../../tests/fixtures/content/minimal.toml");

    fn messages(src: &str) -> Vec<String> {
        match crate::content::load_test("minimal", src) {
            Err(ContentError::Invalid { diagnostics, .. }) => {
                diagnostics.iter().map(|d| d.problem.to_string()).collect()
            }
            Ok(_) => Vec::new(),
            Err(e) => vec![e.to_string()],
        }
    }

    #[test]
    fn ids_start_with_a_letter_and_use_few_characters() {
        assert!(is_id("pain_duration") && is_id("a-1"));
        assert!(!is_id("1a") && !is_id("Pain") && !is_id("") && !is_id("a b"));
    }

    #[test]
    fn reserved_and_numeric_option_values_are_refused() {
        for bad in ["none", "skip", "3"] {
            let src = MINI.replace("value = \"left\"", &format!("value = \"{bad}\""));
            assert_ne!(src, MINI);
            assert_eq!(
                messages(&src),
                [format!("option value `{bad}` is reserved")]
            );
        }
    }

    #[test]
    fn a_question_no_one_is_asked_is_refused() {
        let src = MINI.replace(
            "condition = { question = \"tightness\", above = 0 }",
            "condition = { all = [{ question = \"tightness\", above = 6 }, { question = \"tightness\", below = 7 }] }",
        );
        assert_ne!(src, MINI);
        assert_eq!(
            messages(&src),
            ["no answers can make this condition true, so `where` would never be asked"]
        );
    }

    #[test]
    fn an_emergency_no_answer_can_trigger_is_refused() {
        let src = MINI.replace("effects = [{ factor = \"numbness\" }]\n", "");
        assert_ne!(src, MINI);
        assert_eq!(
            messages(&src),
            ["emergency factor `numbness` cannot be triggered by any answer"]
        );
    }
}
