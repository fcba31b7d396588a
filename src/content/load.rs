//! Loads a questionnaire: reads the TOML (`read.rs`), converts each part into
//! the model (`convert.rs`, `specs.rs`), checks the whole (`validate.rs`) and
//! returns it only when there is no problem at all. Every problem is kept,
//! with its place in the file, so `check` can list them all at once.

use std::collections::{HashMap, HashSet};
use std::ops::Range;

use toml::Spanned;

use super::diagnostic::{Diagnostic, Problem};
use super::error::ContentError;
use super::lang::ContentWords;
use super::model::Questionnaire;
use super::places::line_col;

/// Checks a questionnaire given as text, with its words; `name` is used in
/// messages.
pub fn load_str(
    name: &str,
    src: &str,
    words: &ContentWords,
) -> Result<Questionnaire, ContentError> {
    // A byte-order mark is not TOML; editors on some systems add one.
    let body = src.strip_prefix('\u{feff}').unwrap_or(src);
    let mut loader = Loader::new(body, src.len() - body.len());
    let parts = loader.read();
    let questionnaire = parts.and_then(|parts| loader.load(parts, words));
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

/// Loads a questionnaire built into the binary from its JSON form (made by
/// `build.rs` from `toml`), which reads several times faster; converted and
/// checked like any other. Should it have a problem, the TOML is loaded
/// instead, so that the problem is reported with its place.
pub fn load_embedded(
    name: &str,
    toml: &str,
    json: &str,
    words: &ContentWords,
) -> Result<Questionnaire, ContentError> {
    let mut loader = Loader::new(toml, 0);
    let parts = loader.read_json(json);
    match parts.and_then(|parts| loader.load(parts, words)) {
        Some(q) if loader.diagnostics.is_empty() => Ok(q),
        _ => load_str(name, toml, words),
    }
}

/// The state of one load: the text and every problem found so far.
pub(super) struct Loader<'s> {
    /// The file's text, after any byte-order mark.
    pub(super) src: &'s str,
    /// Bytes stripped before `src` (a BOM), added back to every span.
    offset: usize,
    diagnostics: Vec<Diagnostic>,
    /// Where each factor's id is, to point at factors no answer can trigger.
    pub(super) factor_spans: HashMap<String, Range<usize>>,
    /// Ids of factors and questions that could not be read. They were
    /// reported once; references to them are not reported again.
    pub(super) broken_ids: HashSet<String>,
    /// Whether some question could not be read: its effects are unknown, so
    /// "no answer can trigger this factor" cannot be told.
    pub(super) questions_broken: bool,
    /// The file's words (set when the load begins).
    pub(super) words: ContentWords,
}

impl Loader<'_> {
    /// Notes a problem at a span of `src`.
    pub(super) fn report(&mut self, span: Range<usize>, problem: Problem) {
        let span = span.start + self.offset..span.end + self.offset;
        self.diagnostics.push(Diagnostic { span, problem });
    }

    /// The 1-based line a span starts on.
    pub(super) fn line_of(&self, span: &Range<usize>) -> usize {
        line_col(self.src, span.start).0 + 1
    }

    /// Whether this is the first time `id` is seen among `seen` (ids of one
    /// kind: questions, factors, the options of one question); a repeat is
    /// reported with the line of the first. The one duplicate check.
    pub(super) fn first_time(
        &mut self,
        seen: &mut HashMap<String, Range<usize>>,
        what: &'static str,
        id: &Spanned<String>,
    ) -> bool {
        if let Some(first) = seen.get(id.get_ref()) {
            let first_line = self.line_of(first);
            self.report(
                id.span(),
                Problem::DuplicateId {
                    what,
                    id: id.get_ref().clone(),
                    first_line,
                },
            );
            return false;
        }
        seen.insert(id.get_ref().clone(), id.span());
        true
    }

    fn new(src: &str, offset: usize) -> Loader<'_> {
        Loader {
            src,
            offset,
            diagnostics: Vec::new(),
            factor_spans: HashMap::new(),
            broken_ids: HashSet::new(),
            questions_broken: false,
            words: ContentWords::new(
                crate::words::Catalogue::from_sources(&[]).unwrap_or_else(|_| unreachable!()),
                Vec::new(),
            ),
        }
    }

    /// The whole load after reading: convert, check.
    fn load(
        &mut self,
        mut parts: super::read::Parts,
        words: &ContentWords,
    ) -> Option<Questionnaire> {
        // The rules' numbers are arguments of every message.
        let trial_weeks = parts
            .header
            .as_ref()
            .and_then(|h| h.trial_weeks.as_ref())
            .map_or(6, |w| *w.get_ref());
        let words = words
            .clone()
            .with_args(&[("trial_weeks", crate::words::Arg::from(trial_weeks))]);
        self.fill_words(&mut parts, &words);
        self.words = words.clone();
        let factors = self.factors(parts.factors);
        let mut questions = self.question_shells(&parts.questions);
        self.question_logic(&parts.questions, &mut questions, &factors);
        let never_shown = self.check_reachable(&parts.questions, &questions);
        let notes = self.notes(&parts.notes, &questions);
        self.check_triggerable(&factors, &parts.questions, &never_shown);
        let h = parts.header?;
        self.check_added_in(&parts.questions, h.version.get_ref());
        let purpose = self.purpose(&h, &questions, &factors)?;
        let consult = h.consult.trim().to_owned();
        if consult.is_empty() {
            self.report(h.id.span(), Problem::EmptyText { key: "consult" });
            return None;
        }
        for id in [&h.id, &h.version] {
            self.non_empty_text(id, "id/version");
        }
        let url = h.url.as_ref().and_then(|u| self.canonical_url(u));
        let safety_net = match &h.safety_net {
            Some(s) => self.safety_net(s, &words)?,
            None => super::safety::shipped_in(words.lang.as_ref().unwrap_or(crate::words::lang())),
        };
        self.check_safety_net(&safety_net, &factors);
        let q = Questionnaire {
            id: h.id.into_inner(),
            version: h.version.into_inner(),
            url,
            title: h.title,
            intro: h.intro,
            consult,
            evidence: h.evidence.trim().to_owned(),
            references: h
                .references
                .into_iter()
                .map(|r| super::model::Reference {
                    id: r.id,
                    text: r.text,
                    url: r.url,
                })
                .collect(),
            safety_net,
            factors,
            questions,
            notes,
            purpose,
            region: super::region::current().code.clone(),
            words,
        };
        Some(q)
    }

    /// The safety net the file gives, its problems reported at their place.
    fn safety_net(
        &mut self,
        raw: &Spanned<super::raw::RawSafetyNet>,
        words: &ContentWords,
    ) -> Option<super::model::SafetyNet> {
        let (net, problems) = super::safety::convert(raw.get_ref(), raw.span(), words);
        let ok = problems.is_empty();
        for (span, problem) in problems {
            self.report(span, problem);
        }
        ok.then_some(net)
    }

    /// The safety net agrees with the factors: reported at each factor.
    fn check_safety_net(
        &mut self,
        net: &super::model::SafetyNet,
        factors: &[super::model::Factor],
    ) {
        for (factor, problem) in super::safety::mismatches(net, factors) {
            if self.broken_ids.contains(&factor) {
                continue;
            }
            let span = self.factor_spans.get(&factor).cloned().unwrap_or(0..0);
            self.report(span, problem);
        }
    }

    /// A canonical URL: absolute (`https:`, `http:` or `urn:`), without
    /// spaces or `|` (which separates it from the version in FHIR).
    fn canonical_url(&mut self, url: &Spanned<String>) -> Option<String> {
        let text = url.get_ref();
        let scheme = ["https://", "http://", "urn:"]
            .iter()
            .any(|s| text.starts_with(s) && text.len() > s.len());
        if scheme && !text.contains(|c: char| c.is_whitespace() || c == '|') {
            return Some(text.clone());
        }
        self.report(url.span(), Problem::BadUrl { url: text.clone() });
        None
    }

    /// The trimmed text, or a report that it is empty.
    fn non_empty_text(&mut self, text: &Spanned<String>, key: &'static str) -> Option<String> {
        let trimmed = text.get_ref().trim();
        if trimmed.is_empty() {
            self.report(text.span(), Problem::EmptyText { key });
            return None;
        }
        Some(trimmed.to_owned())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const MINI: &str = include_str!("../../tests/fixtures/content/minimal.toml");

    fn problems(src: &str) -> Vec<String> {
        match crate::content::load_test("minimal", src) {
            Ok(_) => Vec::new(),
            Err(ContentError::Invalid {
                diagnostics,
                source_text,
                ..
            }) => diagnostics
                .iter()
                .map(|d| {
                    let (l, c) = d.position(&source_text);
                    format!("{l}:{c}: {}", d.problem)
                })
                .collect(),
            Err(e) => vec![e.to_string()],
        }
    }

    #[test]
    fn a_small_valid_questionnaire_loads() {
        let q = crate::content::load_test("minimal", MINI).expect("valid");
        assert_eq!((q.questions.len(), q.factors.len()), (3, 2));
        assert!(q.assessment().is_some() && q.checkin().is_none());
    }

    #[test]
    fn duplicates_are_reported_with_the_line_of_the_first() {
        let src = MINI.replace("id = \"where\"", "id = \"saddle\"");
        let p = problems(&src);
        assert_eq!(p.len(), 1, "{p:?}");
        assert!(
            p[0].contains("duplicate question id `saddle` (first defined on line"),
            "{p:?}"
        );
    }

    #[test]
    fn every_problem_is_reported_not_only_the_first() {
        let src = MINI
            .replace("kind = \"benefit\"", "kind = \"bogus\"")
            .replace("id = \"saddle\"", "id = \"Saddle\"")
            .replace("above = 0", "above = 99");
        let p = problems(&src);
        assert_eq!(p.len(), 3, "{p:?}");
    }

    #[test]
    fn a_bom_is_skipped_and_spans_still_point_at_the_file() {
        let src = format!(
            "\u{feff}{}",
            MINI.replace("id = \"where\"", "id = \"1where\"")
        );
        let p = problems(&src);
        assert_eq!(p.len(), 1, "{p:?}");
        let line = src
            .lines()
            .position(|l| l.contains("1where"))
            .expect("line")
            + 1;
        assert!(p[0].starts_with(&format!("{line}:6:")), "{p:?}");
    }

    #[test]
    fn missing_words_are_reported_at_what_needs_them() {
        let words = ContentWords::new(
            crate::words::Catalogue::from_sources(&[(
                "en",
                &include_str!("../../tests/fixtures/content/lang/en/minimal.ftl")
                    .replace("consult =", "consult-old =")
                    .replace("q-tightness =", "q-tight =")
                    .replace("    .o-right =", "    .o-rite ="),
            )])
            .expect("words"),
            vec!["lang/en/minimal.ftl".into()],
        );
        let e = load_str("t.toml", MINI, &words).expect_err("missing words");
        let ContentError::Invalid {
            diagnostics,
            source_text,
            ..
        } = e
        else {
            panic!("{e}");
        };
        let found: Vec<String> = diagnostics
            .iter()
            .map(|d| {
                let (l, c) = d.position(&source_text);
                format!("{l}:{c}: {}", d.problem)
            })
            .collect();
        assert_eq!(
            found,
            [
                "2:6: no words for the questionnaire: message `consult` is not in lang/en/minimal.ftl",
                "24:6: no words for question `tightness`: message `q-tightness` is not in lang/en/minimal.ftl",
                "24:6: no words for question `tightness`: message `q-tightness.min` is not in lang/en/minimal.ftl",
                "24:6: no words for question `tightness`: message `q-tightness.max` is not in lang/en/minimal.ftl",
                "40:13: no words for question `where`: message `q-where.o-right` is not in lang/en/minimal.ftl",
            ]
        );
    }

    #[test]
    fn the_embedded_json_gives_the_same_questionnaires_as_the_toml() {
        use crate::content::{CHECKIN, CHECKIN_JSON, SHIPPED, SHIPPED_JSON};
        let lang = crate::words::Lang::english();
        for (toml, json, name) in [
            (SHIPPED, SHIPPED_JSON, "weekly-massage"),
            (CHECKIN, CHECKIN_JSON, "checkin"),
        ] {
            let words = ContentWords::shipped(name, &lang);
            // The fast path itself, with no fallback: no problem at all.
            let mut loader = Loader::new(toml, 0);
            let parts = loader.read_json(json).expect("reads");
            let fast = loader.load(parts, &words).expect("converts");
            assert!(loader.diagnostics.is_empty(), "{:?}", loader.diagnostics);
            let slow = load_str("t.toml", toml, &words).expect("valid");
            assert_eq!(format!("{fast:?}"), format!("{slow:?}"));
        }
    }

    #[test]
    fn embedded_json_that_does_not_fit_falls_back_to_the_toml() {
        let words = ContentWords::new(
            crate::words::Catalogue::from_sources(&[(
                "en",
                include_str!("../../tests/fixtures/content/lang/en/minimal.ftl"),
            )])
            .expect("words"),
            Vec::new(),
        );
        let q = load_embedded("mini.toml", MINI, "{\"id\": 3}", &words).expect("the TOML loads");
        assert_eq!(q.id, "mini");
        let e = load_embedded("mini.toml", "id = 3", "{}", &words).expect_err("bad TOML");
        assert!(e.to_string().contains("mini.toml:1:"), "{e}");
    }
}
