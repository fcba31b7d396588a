//! One answer and a person's answers: plain values, keyed by question id.
//!
//! A leaf: imports nothing from backcheck. Which questions are shown, how an
//! answer is read from a line or a file and what it means all live above
//! this (`flow`, `answers`, `rules`).

use std::collections::BTreeMap;

/// One answer, typed by its question.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Answer {
    /// A yes/no answer.
    Bool(bool),
    /// "Not sure", to a yes/no question that offers it.
    Unsure,
    /// The value of the chosen option.
    Choice(String),
    /// The values of the selected options, in option order (may be empty).
    Multi(Vec<String>),
    /// A scale or number answer.
    Int(i64),
}

/// How "not sure" is written in answers files and JSON.
pub const NOT_SURE: &str = "not_sure";

impl serde::Serialize for Answer {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Answer::Bool(b) => s.serialize_bool(*b),
            Answer::Unsure => s.serialize_str(NOT_SURE),
            Answer::Choice(v) => s.serialize_str(v),
            Answer::Multi(v) => v.serialize(s),
            Answer::Int(n) => s.serialize_i64(*n),
        }
    }
}

/// Answers by question id. An optional question that was skipped has no entry.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Answers {
    values: BTreeMap<String, Answer>,
}

impl Answers {
    /// The answer to a question.
    pub fn get(&self, id: &str) -> Option<&Answer> {
        self.values.get(id)
    }

    /// Sets the answer to a question.
    pub fn insert(&mut self, id: &str, answer: Answer) {
        self.values.insert(id.to_owned(), answer);
    }

    /// Removes the answer to a question.
    pub fn remove(&mut self, id: &str) -> Option<Answer> {
        self.values.remove(id)
    }

    /// How many questions have an answer.
    pub fn len(&self) -> usize {
        self.values.len()
    }

    /// Whether no question has an answer.
    pub fn is_empty(&self) -> bool {
        self.values.is_empty()
    }

    /// The yes/no answer to a question, if it has one.
    pub fn bool(&self, id: &str) -> Option<bool> {
        match self.get(id)? {
            Answer::Bool(b) => Some(*b),
            _ => None,
        }
    }

    /// The number answer to a question, if it has one.
    pub fn int(&self, id: &str) -> Option<i64> {
        match self.get(id)? {
            Answer::Int(n) => Some(*n),
            _ => None,
        }
    }

    /// The chosen option of a question, if it has one.
    pub fn choice(&self, id: &str) -> Option<&str> {
        match self.get(id)? {
            Answer::Choice(v) => Some(v),
            _ => None,
        }
    }

    /// The selected options of a question; empty when it has no answer.
    pub fn multi(&self, id: &str) -> &[String] {
        match self.get(id) {
            Some(Answer::Multi(v)) => v,
            _ => &[],
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typed_getters_return_only_answers_of_their_type() {
        let mut a = Answers::default();
        a.insert("yes", Answer::Bool(true));
        a.insert("n", Answer::Int(4));
        a.insert("c", Answer::Choice("x".into()));
        a.insert("m", Answer::Multi(vec!["p".into()]));
        assert_eq!(a.bool("yes"), Some(true));
        assert_eq!(a.bool("n"), None);
        assert_eq!(a.int("n"), Some(4));
        assert_eq!(a.choice("c"), Some("x"));
        assert_eq!(a.multi("m"), ["p"]);
        assert!(a.multi("missing").is_empty());
        assert_eq!(a.len(), 4);
    }

    #[test]
    fn not_sure_is_written_as_a_word() {
        let json = serde_json::to_string(&[Answer::Unsure, Answer::Bool(true)]).expect("json");
        assert_eq!(json, r#"["not_sure",true]"#);
    }
}
