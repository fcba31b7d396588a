//! Reading a questionnaire file: the TOML is parsed once into a spanned
//! tree, unknown top-level keys are reported, and the header, each factor,
//! each question and each note are deserialized on their own, so one broken
//! element does not hide the problems of the others.

use serde::Deserialize;
use toml::Spanned;
use toml::de::{DeTable, DeValue};

use super::diagnostic::Problem;
use super::load::Loader;
use super::raw::{self, Header, RawFactor, RawNote, RawQuestion};
use super::spanless::{self, Node, Spanless};

/// The file, read into its raw parts. A part that could not be read was
/// reported and is missing here.
pub(super) struct Parts {
    /// Every top-level key but the three arrays; `None` when it did not read.
    pub(super) header: Option<Header>,
    /// The factors that read.
    pub(super) factors: Vec<RawFactor>,
    /// The questions that read.
    pub(super) questions: Vec<RawQuestion>,
    /// The notes that read.
    pub(super) notes: Vec<RawNote>,
}

impl Loader<'_> {
    /// Reports a toml error, at its own span or at `fallback`.
    pub(super) fn report_toml(
        &mut self,
        err: &toml::de::Error,
        fallback: std::ops::Range<usize>,
        syntax: bool,
    ) {
        let message = err.message().trim_end().to_owned();
        let span = err.span().unwrap_or(fallback);
        let problem = if syntax {
            Problem::Syntax { message }
        } else {
            Problem::Shape { message }
        };
        self.report(span, problem);
    }

    /// Parses the file; `None` when it is not TOML at all.
    pub(super) fn read(&mut self) -> Option<Parts> {
        let (root, errors) = DeTable::parse_recoverable(self.src);
        if !errors.is_empty() {
            for e in &errors {
                self.report_toml(e, 0..0, true);
            }
            return None;
        }
        let root_span = root.span();
        let mut table = root.into_inner();

        let unknown: Vec<_> = table
            .keys()
            .filter(|k| !raw::TOP_LEVEL_KEYS.contains(&k.get_ref().as_ref()))
            .map(|k| (k.span(), k.get_ref().to_string()))
            .collect();
        for (span, key) in unknown {
            table.remove(key.as_str());
            self.report(span, Problem::UnknownTopKey { key });
        }

        let factors = self.take_array(&mut table, "factors");
        let questions = self.take_array(&mut table, "questions");
        let notes = self.take_array(&mut table, "notes");

        let header =
            match Header::deserialize(toml::de::Deserializer::from(Spanned::new(root_span, table)))
            {
                Ok(h) => Some(h),
                Err(e) => {
                    self.report_toml(&e, 0..0, false);
                    None
                }
            };
        let factors = self.read_elements(factors);
        let question_count = questions.len();
        let questions: Vec<RawQuestion> = self.read_elements(questions);
        self.questions_broken |= questions.len() < question_count;
        let notes = self.read_elements(notes);
        Some(Parts {
            header,
            factors,
            questions,
            notes,
        })
    }

    /// Reads the parts from the JSON form of a file (see `spanless.rs`); a
    /// part that does not read is reported at the start of the file.
    pub(super) fn read_json(&mut self, json: &str) -> Option<Parts> {
        let Ok(Node::Table(mut root)) = Node::parse(json) else {
            self.report(
                0..0,
                Problem::Shape {
                    message: "not a questionnaire".into(),
                },
            );
            return None;
        };
        let factors = spanless::take_array(&mut root, "factors");
        let questions = spanless::take_array(&mut root, "questions");
        let notes = spanless::take_array(&mut root, "notes");
        let root = Node::Table(root);
        fn one<T: for<'de> Deserialize<'de>>(loader: &mut Loader<'_>, v: &Node<'_>) -> Option<T> {
            match T::deserialize(Spanless(v)) {
                Ok(t) => Some(t),
                Err(e) => {
                    loader.report(
                        0..0,
                        Problem::Shape {
                            message: e.to_string(),
                        },
                    );
                    None
                }
            }
        }
        let header = one::<Header>(self, &root);
        let factors = factors.iter().filter_map(|v| one(self, v)).collect();
        let questions = questions.iter().filter_map(|v| one(self, v)).collect();
        let notes = notes.iter().filter_map(|v| one(self, v)).collect();
        Some(Parts {
            header,
            factors,
            questions,
            notes,
        })
    }

    /// Removes `key` from the table; it must be an array of tables.
    fn take_array<'i>(
        &mut self,
        table: &mut DeTable<'i>,
        key: &'static str,
    ) -> Vec<Spanned<DeValue<'i>>> {
        let Some(value) = table.remove(key) else {
            return Vec::new();
        };
        let span = value.span();
        match value.into_inner() {
            DeValue::Array(items) if items.iter().all(|v| v.get_ref().is_table()) => {
                items.into_iter().collect()
            }
            _ => {
                self.report(span, Problem::NotTableArray { key });
                self.questions_broken |= key == "questions";
                Vec::new()
            }
        }
    }

    /// Reads each element on its own; a bad element is reported and left out.
    fn read_elements<T: for<'de> Deserialize<'de>>(
        &mut self,
        items: Vec<Spanned<DeValue<'_>>>,
    ) -> Vec<T> {
        items
            .into_iter()
            .filter_map(|item| {
                let span = item.span();
                let id = item
                    .get_ref()
                    .get("id")
                    .and_then(|id| id.get_ref().as_str())
                    .map(str::to_owned);
                match T::deserialize(toml::de::ValueDeserializer::from(item)) {
                    Ok(v) => Some(v),
                    Err(e) => {
                        self.report_toml(&e, span, false);
                        self.broken_ids.extend(id);
                        None
                    }
                }
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use crate::content::ContentError;

    fn messages(src: &str) -> Vec<String> {
        match crate::content::load_test("minimal", src) {
            Err(ContentError::Invalid { diagnostics, .. }) => {
                diagnostics.iter().map(|d| d.problem.to_string()).collect()
            }
            other => panic!("expected problems, got {other:?}"),
        }
    }

    #[test]
    fn a_syntax_error_stops_reading() {
        assert_eq!(messages("id = \"x\n").len(), 1);
    }

    #[test]
    fn unknown_top_level_keys_are_named() {
        let m = messages("id = \"x\"\ncolour = 3\n");
        assert!(
            m.iter().any(|m| m == "unknown top-level key `colour`"),
            "{m:?}"
        );
    }

    #[test]
    fn a_bad_question_does_not_hide_a_bad_factor() {
        let src =
            "[[factors]]\nid = \"f\"\nkind = 3\n\n[[questions]]\nid = \"q\"\ntype = \"maybe\"\n";
        let m = messages(src);
        assert!(m.iter().any(|m| m.contains("expected a string")), "{m:?}");
        assert!(
            m.iter().any(|m| m.contains("unknown variant `maybe`")),
            "{m:?}"
        );
    }

    #[test]
    fn factors_must_be_an_array_of_tables() {
        let m = messages("factors = 3\n");
        assert!(
            m.iter()
                .any(|m| m == "`factors` must be an array of tables, written [[factors]]"),
            "{m:?}"
        );
    }
}
