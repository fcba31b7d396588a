//! Reads a questionnaire file and checks it, collecting every problem.
//!
//! The file is parsed once into a spanned TOML tree. The header, each factor,
//! each question and each note are then read on their own, so one broken
//! element does not hide the problems of the others. Checks of meaning (ids,
//! references, ranges, thresholds) follow and add their own diagnostics. Only a
//! questionnaire with no problem at all is returned.

use std::collections::{HashMap, HashSet};
use std::fmt;
use std::io::Read;
use std::ops::Range;
use std::path::{Path, PathBuf};

use serde::Deserialize;
use toml::Spanned;
use toml::de::{DeTable, DeValue};

use super::diagnostic::{Diagnostic, Problem, line_col};
use super::raw::{
    self, Header, RawCondition, RawEffect, RawFactor, RawNote, RawQuestion, RawQuestionType,
    RawTests,
};
use super::{
    BenefitThresholds, Choice, Condition, Effect, Factor, FactorKind, Literal, Note, Question,
    QuestionKind, Questionnaire, Reference, Scoring, Test, TherapistSpec, VerdictText,
    VerdictTexts,
};

/// Largest questionnaire file accepted, in bytes (1 MiB).
pub const MAX_CONTENT_BYTES: u64 = 1 << 20;

/// Why a questionnaire could not be loaded.
#[derive(Debug, thiserror::Error)]
pub enum ContentError {
    /// The file could not be opened or read.
    #[error("cannot read questionnaire {}: {source}", path.display())]
    Unreadable {
        /// The file.
        path: PathBuf,
        /// What the system said.
        source: std::io::Error,
    },
    /// The file is larger than `MAX_CONTENT_BYTES`.
    #[error(
        "questionnaire {} is too large ({size} bytes); the limit is {} bytes (1 MiB)",
        path.display(),
        MAX_CONTENT_BYTES
    )]
    TooLarge {
        /// The file.
        path: PathBuf,
        /// Its size, or the bytes read before giving up.
        size: u64,
    },
    /// The file is not UTF-8 text.
    #[error(
        "{}:{line}:{column}: the questionnaire is not UTF-8 text\n  = hint: save the file as UTF-8",
        path.display()
    )]
    NotUtf8 {
        /// The file.
        path: PathBuf,
        /// 1-based line of the first bad byte.
        line: usize,
        /// 1-based column of the first bad byte.
        column: usize,
    },
    /// The file has one or more problems; every one is listed.
    #[error("{}", Rendered(self))]
    Invalid {
        /// The name the file is reported under.
        path: String,
        /// The file's text, to quote the lines with problems.
        source_text: String,
        /// Every problem, in file order.
        diagnostics: Vec<Diagnostic>,
    },
}

/// Displays an `Invalid` error: every diagnostic, then a count.
struct Rendered<'a>(&'a ContentError);

impl fmt::Display for Rendered<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let ContentError::Invalid {
            path,
            source_text,
            diagnostics,
        } = self.0
        else {
            return Ok(());
        };
        for d in diagnostics {
            d.render(path, source_text, f)?;
        }
        let n = diagnostics.len();
        write!(
            f,
            "{n} {} in {}",
            if n == 1 { "problem" } else { "problems" },
            crate::sanitize::printable(path)
        )
    }
}

/// Loads the questionnaire shipped inside the binary.
pub fn load_shipped() -> Result<Questionnaire, ContentError> {
    load_str(super::SHIPPED_NAME, super::SHIPPED)
}

/// Loads the weekly check-in questionnaire shipped inside the binary.
pub fn load_checkin() -> Result<Questionnaire, ContentError> {
    load_str(super::CHECKIN_NAME, super::CHECKIN)
}

/// Reads and checks a questionnaire file.
pub fn load_file(path: &Path) -> Result<Questionnaire, ContentError> {
    let unreadable = |source| ContentError::Unreadable {
        path: path.to_owned(),
        source,
    };
    let file = std::fs::File::open(path).map_err(unreadable)?;
    let mut bytes = Vec::new();
    file.take(MAX_CONTENT_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(unreadable)?;
    if bytes.len() as u64 > MAX_CONTENT_BYTES {
        let size = std::fs::metadata(path).map_or(bytes.len() as u64, |m| m.len());
        return Err(ContentError::TooLarge {
            path: path.to_owned(),
            size,
        });
    }
    let text = match String::from_utf8(bytes) {
        Ok(text) => text,
        Err(e) => {
            let valid = e.utf8_error().valid_up_to();
            let bytes = e.as_bytes();
            let prefix = String::from_utf8_lossy(&bytes[..valid]);
            let (line, col) = line_col(&prefix, prefix.len());
            return Err(ContentError::NotUtf8 {
                path: path.to_owned(),
                line: line + 1,
                column: col + 1,
            });
        }
    };
    load_str(&path.display().to_string(), &text)
}

/// Checks a questionnaire given as text; `name` is used in messages.
pub fn load_str(name: &str, src: &str) -> Result<Questionnaire, ContentError> {
    // A byte-order mark is not TOML; editors on some systems add one.
    let body = src.strip_prefix('\u{feff}').unwrap_or(src);
    let offset = src.len() - body.len();
    let mut loader = Loader {
        diagnostics: Vec::new(),
        offset,
        factor_spans: HashMap::new(),
        broken_ids: HashSet::new(),
        questions_broken: false,
    };
    let questionnaire = loader.load(body);
    match questionnaire {
        Some(q) if loader.diagnostics.is_empty() => Ok(q),
        _ => {
            let mut diagnostics = loader.diagnostics;
            diagnostics.sort_by_key(|d| (d.span.start, d.span.end));
            Err(ContentError::Invalid {
                path: name.to_owned(),
                source_text: src.to_owned(),
                diagnostics,
            })
        }
    }
}

struct Loader {
    diagnostics: Vec<Diagnostic>,
    /// Bytes stripped before the body (a BOM), added back to every span.
    offset: usize,
    /// Where each factor's id is, to point at factors no answer can trigger.
    factor_spans: HashMap<String, Range<usize>>,
    /// Ids of factors and questions that could not be read. They were
    /// reported once; references to them are not reported again.
    broken_ids: HashSet<String>,
    /// Whether some question could not be read: its effects are unknown, so
    /// "no answer can trigger this factor" cannot be told.
    questions_broken: bool,
}

/// Options that could not be told apart from words of the piped format.
const RESERVED_VALUES: &[&str] = &["none", "skip", "back", "yes", "no", "y", "n"];

fn is_id(s: &str) -> bool {
    let mut chars = s.chars();
    chars.next().is_some_and(|c| c.is_ascii_lowercase())
        && chars.all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_' || c == '-')
}

fn is_option_value(s: &str) -> bool {
    !s.is_empty()
        && s.chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_' || c == '-')
}

impl Loader {
    fn report(&mut self, span: Range<usize>, problem: Problem) {
        let span = span.start + self.offset..span.end + self.offset;
        self.diagnostics.push(Diagnostic { span, problem });
    }

    fn report_toml(&mut self, err: &toml::de::Error, fallback: Range<usize>, syntax: bool) {
        let message = err.message().trim_end().to_owned();
        let span = err.span().unwrap_or(fallback);
        let problem = if syntax {
            Problem::Syntax { message }
        } else {
            Problem::Shape { message }
        };
        self.report(span, problem);
    }

    fn line_of(&self, src: &str, span: &Range<usize>) -> usize {
        line_col(src, span.start).0 + 1
    }

    fn load(&mut self, src: &str) -> Option<Questionnaire> {
        let (root, errors) = DeTable::parse_recoverable(src);
        if !errors.is_empty() {
            for e in &errors {
                self.report_toml(e, 0..0, true);
            }
            return None;
        }
        let root_span = root.span();
        let mut table = root.into_inner();

        let mut unknown = Vec::new();
        for key in table.keys() {
            if !raw::TOP_LEVEL_KEYS.contains(&key.get_ref().as_ref()) {
                unknown.push((key.span(), key.get_ref().to_string()));
            }
        }
        for (span, key) in unknown {
            self.report(span, Problem::UnknownTopKey { key: key.clone() });
            table.remove(key.as_str());
        }

        let factors_raw = self.take_array(&mut table, "factors");
        let questions_raw = self.take_array(&mut table, "questions");
        let notes_raw = self.take_array(&mut table, "notes");

        let header = match Header::deserialize(toml::de::Deserializer::from(Spanned::new(
            root_span.clone(),
            table,
        ))) {
            Ok(h) => Some(h),
            Err(e) => {
                self.report_toml(&e, 0..0, false);
                None
            }
        };

        let factors_raw: Vec<RawFactor> = self.read_elements(factors_raw);
        let question_count = questions_raw.len();
        let questions_raw: Vec<RawQuestion> = self.read_elements(questions_raw);
        self.questions_broken |= questions_raw.len() < question_count;
        let notes_raw: Vec<RawNote> = self.read_elements(notes_raw);

        let factors = self.factors(src, factors_raw);
        let mut questions = self.question_shells(src, &questions_raw);
        self.question_logic(&questions_raw, &mut questions, &factors);
        let never_shown = self.check_reachable(&questions_raw, &questions);
        let notes = notes_raw
            .iter()
            .filter_map(|n| {
                let condition = self.condition(&n.condition, &questions, None)?;
                if !super::reach::can_hold(&condition, &questions) {
                    self.report(n.condition.span(), Problem::NoteNeverShown);
                }
                Some(Note {
                    condition,
                    text: n.text.clone(),
                })
            })
            .collect();
        self.check_triggerable(&factors, &questions_raw, &never_shown);

        let header = header?;
        let consult = header.consult.get_ref().trim();
        if consult.is_empty() {
            self.report(header.consult.span(), Problem::EmptyText { key: "consult" });
        }
        let b = header.benefit.get_ref();
        if b.may_help == 0 || b.may_help >= b.likely_to_help {
            self.report(
                header.benefit.span(),
                Problem::VerdictThresholdsOrder {
                    may_help: b.may_help,
                    likely_to_help: b.likely_to_help,
                },
            );
        }
        for id in [&header.id, &header.version] {
            if id.get_ref().trim().is_empty() {
                self.report(id.span(), Problem::EmptyText { key: "id/version" });
            }
        }
        let therapist = header
            .therapist
            .map(|t| self.therapist(t, &questions))
            .and_then(|t| t);

        let v = header.verdicts;
        let text = |r: raw::RawVerdict| VerdictText {
            title: r.title,
            summary: r.summary,
            advice: r.advice,
        };
        Some(Questionnaire {
            id: header.id.into_inner(),
            version: header.version.into_inner(),
            title: header.title,
            intro: header.intro,
            consult: consult.to_owned(),
            evidence: header.evidence.trim().to_owned(),
            references: header
                .references
                .into_iter()
                .map(|r| Reference {
                    id: r.id,
                    text: r.text,
                    url: r.url,
                })
                .collect(),
            benefit: BenefitThresholds {
                may_help: b.may_help,
                likely_to_help: b.likely_to_help,
            },
            verdicts: VerdictTexts {
                emergency: text(v.emergency),
                see_doctor_first: text(v.see_doctor_first),
                check_with_professional: text(v.check_with_professional),
                likely_to_help: text(v.likely_to_help),
                may_help: text(v.may_help),
                unlikely_to_help: text(v.unlikely_to_help),
            },
            factors,
            questions,
            notes,
            therapist,
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

    fn check_id(&mut self, id: &Spanned<String>) {
        if !is_id(id.get_ref()) {
            self.report(
                id.span(),
                Problem::BadId {
                    id: id.get_ref().clone(),
                },
            );
        }
    }

    fn factors(&mut self, src: &str, raws: Vec<RawFactor>) -> Vec<Factor> {
        let mut seen: HashMap<String, Range<usize>> = HashMap::new();
        let mut factors = Vec::new();
        for r in raws {
            self.check_id(&r.id);
            if let Some(first) = seen.get(r.id.get_ref()) {
                let first_line = self.line_of(src, first);
                self.report(
                    r.id.span(),
                    Problem::DuplicateId {
                        what: "factor id",
                        id: r.id.get_ref().clone(),
                        first_line,
                    },
                );
                continue;
            }
            seen.insert(r.id.get_ref().clone(), r.id.span());
            self.factor_spans
                .insert(r.id.get_ref().clone(), r.id.span());
            let id = r.id.get_ref().clone();
            let kind_str = r.kind.as_str();
            if r.label.trim().is_empty() {
                self.report(r.id.span(), Problem::EmptyText { key: "label" });
            }
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
                if r.advice.as_deref().is_none_or(|a| a.trim().is_empty()) {
                    self.report(
                        r.id.span(),
                        Problem::MissingAdvice {
                            factor: id.clone(),
                            kind: kind_str,
                        },
                    );
                }
                None
            };
            factors.push(Factor {
                id,
                label: r.label,
                kind: r.kind,
                explanation: r.explanation,
                advice: r.advice,
                scoring,
            });
        }
        factors
    }

    /// Questions with their kind and options, before conditions and effects.
    fn question_shells(&mut self, src: &str, raws: &[RawQuestion]) -> Vec<Question> {
        let mut seen: HashMap<String, Range<usize>> = HashMap::new();
        let mut questions = Vec::new();
        for r in raws {
            self.check_id(&r.id);
            if let Some(first) = seen.get(r.id.get_ref()) {
                let first_line = self.line_of(src, first);
                self.report(
                    r.id.span(),
                    Problem::DuplicateId {
                        what: "question id",
                        id: r.id.get_ref().clone(),
                        first_line,
                    },
                );
            } else {
                seen.insert(r.id.get_ref().clone(), r.id.span());
            }
            if r.text.trim().is_empty() {
                self.report(r.id.span(), Problem::EmptyText { key: "text" });
            }
            let kind = self.question_kind(src, r);
            questions.push(Question {
                id: r.id.get_ref().clone(),
                text: r.text.clone(),
                help: r.help.clone(),
                kind,
                required: r.required.unwrap_or(true),
                condition: None,
                effects: Vec::new(),
            });
        }
        questions
    }

    fn question_kind(&mut self, src: &str, r: &RawQuestion) -> QuestionKind {
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
            RawQuestionType::YesNo => QuestionKind::YesNo,
            RawQuestionType::Choice | RawQuestionType::Multi => {
                let options = self.options(src, r, name);
                if ty == RawQuestionType::Choice {
                    QuestionKind::Choice { options }
                } else {
                    QuestionKind::Multi { options }
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

    fn options(&mut self, src: &str, r: &RawQuestion, kind: &'static str) -> Vec<Choice> {
        let Some(raw_options) = &r.options else {
            return Vec::new();
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
        let mut seen: HashMap<&str, Range<usize>> = HashMap::new();
        let mut options = Vec::new();
        for o in raw_options.get_ref() {
            let value = o.value.get_ref();
            if !is_option_value(value) {
                self.report(o.value.span(), Problem::BadId { id: value.clone() });
            } else if RESERVED_VALUES.contains(&value.as_str())
                || value.chars().all(|c| c.is_ascii_digit())
            {
                self.report(
                    o.value.span(),
                    Problem::ReservedValue {
                        value: value.clone(),
                    },
                );
            }
            if let Some(first) = seen.get(value.as_str()) {
                let first_line = self.line_of(src, first);
                self.report(
                    o.value.span(),
                    Problem::DuplicateId {
                        what: "option value",
                        id: value.clone(),
                        first_line,
                    },
                );
            } else {
                seen.insert(value, o.value.span());
            }
            options.push(Choice {
                value: value.clone(),
                label: o.label.clone(),
            });
        }
        options
    }

    /// Conditions and effects, which need every question and factor.
    fn question_logic(
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
                .filter_map(|e| self.effect(e, &questions[index], factors))
                .collect();
            questions[index].condition = condition;
            questions[index].effects = effects;
        }
    }

    fn effect(
        &mut self,
        raw: &Spanned<RawEffect>,
        question: &Question,
        factors: &[Factor],
    ) -> Option<Effect> {
        let e = raw.get_ref();
        let factor = factors.iter().find(|f| &f.id == e.factor.get_ref());
        let test = if count_tests(&e.tests()) == 0 && matches!(question.kind, QuestionKind::YesNo) {
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
            points,
            test: test?,
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
            (QuestionKind::YesNo, Literal::Bool(_)) => true,
            (
                QuestionKind::Choice { options } | QuestionKind::Multi { options },
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
    fn condition(
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

    fn therapist(&mut self, t: raw::RawTherapist, questions: &[Question]) -> Option<TherapistSpec> {
        let mut check =
            |key: &'static str, id: &Option<Spanned<String>>, expected: &'static str| {
                let id = id.as_ref()?;
                match questions.iter().find(|q| &q.id == id.get_ref()) {
                    None => {
                        self.report(
                            id.span(),
                            Problem::UnknownQuestion {
                                question: id.get_ref().clone(),
                            },
                        );
                        None
                    }
                    Some(q) if q.kind.as_str() != expected => {
                        self.report(
                            id.span(),
                            Problem::TherapistQuestion {
                                key,
                                question: q.id.clone(),
                                expected,
                                found: q.kind.as_str(),
                            },
                        );
                        None
                    }
                    Some(q) => Some(q.id.clone()),
                }
            };
        let location_question = check("location_question", &t.location_question, "multi");
        let pressure_question = check("pressure_question", &t.pressure_question, "choice");
        Some(TherapistSpec {
            title: t.title,
            location_question,
            pressure_question,
            cautions_intro: t.cautions_intro,
            closing: t.closing,
        })
    }

    /// Questions whose condition can never hold; returns their ids.
    fn check_reachable(&mut self, raws: &[RawQuestion], questions: &[Question]) -> Vec<String> {
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
    fn check_triggerable(
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
