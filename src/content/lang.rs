//! A content file's words: its rules stay in the TOML, its words are
//! Project Fluent messages in `lang/<tag>/<name>.ftl` beside it (for the
//! shipped files, `content/lang/`, built into the binary), looked up by ids
//! that follow from the rules: `q-<question>` (with `.help`, `.sign`,
//! `.min`, `.max`, `.unit` and `.o-<option>`), `f-<factor>` (with
//! `.explanation`, `.advice`, `.topic`, `.therapist`, `.low`, `.moderate`,
//! `.high`), `note-<note>`, `verdict-<verdict>`, `status-<status>`,
//! `trend-*`, `checkin-*`, `sign-<sign>`, `tier-<when>`,
//! `disposition-<when>-<where>` and the plain `title`, `intro`, `consult`,
//! `evidence`. See docs/translating.md.
//!
//! Every message may use the region's words (`{ $emergency_number }` and the
//! other four) and the numbers the rules set (`{ $trial_weeks }`); those are
//! given to every lookup.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::words::{Arg, Catalogue, Lang, WordsFile, WordsProblem};

/// A content file's words in a run's language, with the arguments every
/// message may use.
#[derive(Debug, Clone)]
pub struct ContentWords {
    catalogue: Arc<Catalogue>,
    /// The files the words came from, best language first, for messages.
    pub files: Vec<String>,
    /// Arguments every message may use: the region's words, the rules'
    /// numbers.
    args: Vec<(&'static str, Arg)>,
    /// The language asked for, when not the run's (FHIR translations).
    pub lang: Option<Lang>,
}

/// The words a content file needs cannot be found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WordsError {
    /// No `lang/<tag>/<name>.ftl` for any language of the run.
    NoFile {
        /// Where they were looked for.
        expected: String,
    },
    /// A file that cannot be read (not UTF-8, too large, not allowed).
    Read(String),
    /// A file that is not Fluent.
    Syntax {
        /// The file.
        file: String,
        /// Its line.
        line: usize,
        /// What the parser said.
        message: String,
    },
}

impl ContentWords {
    /// Words from a catalogue, with no arguments yet.
    pub fn new(catalogue: Catalogue, files: Vec<String>) -> ContentWords {
        ContentWords {
            catalogue: Arc::new(catalogue),
            files,
            args: Vec::new(),
            lang: None,
        }
    }

    /// The words of a shipped content file (`weekly-massage`, `checkin`,
    /// `safety-net`) in a language.
    pub fn shipped(name: &str, lang: &Lang) -> ContentWords {
        let files = lang
            .chain()
            .iter()
            .map(|l| format!("content/lang/{}/{name}.ftl", l.tag))
            .collect();
        ContentWords {
            lang: Some(lang.clone()),
            ..ContentWords::new(Catalogue::shipped(lang, name), files)
        }
    }

    /// The words of a content file given by path: `lang/<tag>/<name>.ftl`
    /// beside it, for each language of the chain that has one.
    pub fn beside(path: &Path, lang: &Lang) -> Result<ContentWords, WordsError> {
        let dir = path.parent().unwrap_or(Path::new(""));
        let stem = path
            .file_stem()
            .map_or_else(String::new, |s| s.to_string_lossy().into_owned());
        let file =
            |tag: &str| -> PathBuf { dir.join("lang").join(tag).join(format!("{stem}.ftl")) };
        let mut sources = Vec::new();
        let mut files = Vec::new();
        for l in lang.chain() {
            let f = file(l.tag);
            match crate::input::read(
                crate::input::Kind::Words,
                crate::input::Source::File(&f),
                std::io::empty(),
            ) {
                Ok(text) => {
                    files.push(f.display().to_string());
                    sources.push((l.tag, text));
                }
                Err(crate::input::InputError::Unreadable { source, .. })
                    if source.kind() == std::io::ErrorKind::NotFound => {}
                Err(e) => return Err(WordsError::Read(e.to_string())),
            }
        }
        if sources.is_empty() {
            return Err(WordsError::NoFile {
                expected: file(crate::words::REFERENCE).display().to_string(),
            });
        }
        let pairs: Vec<(&str, &str)> = sources.iter().map(|(t, s)| (*t, s.as_str())).collect();
        let catalogue = Catalogue::from_sources(&pairs).map_err(|e| WordsError::Syntax {
            file: files
                .iter()
                .zip(&sources)
                .find(|(_, (t, _))| *t == e.tag)
                .map_or_else(String::new, |(f, _)| f.clone()),
            line: e.line,
            message: e.message,
        })?;
        Ok(ContentWords {
            lang: Some(lang.clone()),
            ..ContentWords::new(catalogue, files)
        })
    }

    /// Adds arguments every lookup gets.
    pub fn with_args(mut self, args: &[(&'static str, Arg)]) -> ContentWords {
        self.args.extend(args.iter().cloned());
        self
    }

    /// Whether the message exists in some language of the run.
    pub fn has(&self, id: &str) -> bool {
        self.catalogue.has(id)
    }

    /// A message, with `extra` arguments beside the shared ones.
    pub fn get(&self, id: &str, extra: &[(&str, Arg)]) -> Option<String> {
        self.catalogue.get(id, &self.all(extra))
    }

    /// An attribute of a message.
    pub fn attr(&self, id: &str, attribute: &str, extra: &[(&str, Arg)]) -> Option<String> {
        self.catalogue.attr(id, attribute, &self.all(extra))
    }

    /// A message that must exist: its text, or the id (the loader reports a
    /// missing message; this only keeps a report readable).
    pub fn say(&self, id: &str, extra: &[(&str, Arg)]) -> String {
        self.get(id, extra).unwrap_or_else(|| id.to_owned())
    }

    /// Numbered attributes `.<prefix>-1`, `.<prefix>-2`, ... while they exist.
    pub fn numbered(&self, id: &str, prefix: &str) -> Vec<String> {
        (1..)
            .map_while(|n| self.attr(id, &format!("{prefix}-{n}"), &[]))
            .collect()
    }

    fn all<'a>(&'a self, extra: &'a [(&'a str, Arg)]) -> Vec<(&'a str, Arg)> {
        let mut all: Vec<(&str, Arg)> = extra.to_vec();
        for (k, v) in &self.args {
            if !all.iter().any(|(name, _)| name == k) {
                all.push((k, v.clone()));
            }
        }
        all
    }
}

/// Every placeholder backcheck fills in some content message; a content
/// message using another is a mistake `check` reports.
pub const VARIABLES: &[&str] = &[
    "activity",
    "basis",
    "checkins_needed",
    "column",
    "command",
    "count",
    "date",
    "day",
    "days",
    "doctor_first",
    "emergencies",
    "emergency_department",
    "emergency_number",
    "factors",
    "family_doctor",
    "latest",
    "limit",
    "line",
    "massage",
    "massage_weeks",
    "meaningful_percent",
    "meaningful_points",
    "min_days",
    "now",
    "of",
    "on",
    "option",
    "pain",
    "path",
    "percent",
    "points",
    "rating",
    "replaced",
    "same_day",
    "score",
    "shown",
    "signs",
    "size",
    "start",
    "therapist_rule",
    "time",
    "today",
    "topics",
    "total",
    "trial_weeks",
    "version",
    "what",
    "why",
];

/// Checks the words of a content file given by path: each
/// `lang/<tag>/<name>.ftl` beside it against the reference language's.
pub fn check_beside(path: &Path) -> Vec<WordsProblem> {
    let dir = path.parent().unwrap_or(Path::new("")).join("lang");
    let stem = path
        .file_stem()
        .map_or_else(String::new, |s| s.to_string_lossy().into_owned());
    let read = |tag: &str| -> Option<(String, String)> {
        let f = dir.join(tag).join(format!("{stem}.ftl"));
        let text = crate::input::read(
            crate::input::Kind::Words,
            crate::input::Source::File(&f),
            std::io::empty(),
        )
        .ok()?;
        Some((f.display().to_string(), text))
    };
    let Some(reference) = read(crate::words::REFERENCE) else {
        return Vec::new();
    };
    let mut tags: Vec<String> = std::fs::read_dir(&dir)
        .map(|entries| {
            entries
                .flatten()
                .filter_map(|e| e.file_name().to_str().map(str::to_owned))
                .filter(|t| t != crate::words::REFERENCE)
                .collect()
        })
        .unwrap_or_default();
    tags.sort();
    let others: Vec<(String, String)> = tags.iter().filter_map(|t| read(t)).collect();
    let files: Vec<WordsFile<'_>> = others
        .iter()
        .map(|(name, text)| WordsFile { name, text })
        .collect();
    crate::words::check_languages(
        WordsFile {
            name: &reference.0,
            text: &reference.1,
        },
        &files,
        Some(VARIABLES),
    )
}

/// Checks every shipped language's files against English's.
pub fn check_shipped() -> Vec<WordsProblem> {
    let mut problems = Vec::new();
    let Some((reference, others)) = crate::words::SHIPPED.split_first() else {
        return problems;
    };
    let name = |tag: &str, file: &str| format!("content/lang/{tag}/{file}.ftl");
    for (file, text) in reference.files {
        let ref_name = name(reference.tag, file);
        let names: Vec<String> = others.iter().map(|l| name(l.tag, file)).collect();
        let mut translations = Vec::new();
        for (l, n) in others.iter().zip(&names) {
            match l.files.iter().find(|(f, _)| f == file) {
                Some((_, t)) => translations.push(WordsFile { name: n, text: t }),
                None => problems.push(WordsProblem {
                    file: n.clone(),
                    line: 1,
                    column: 1,
                    message: format!(
                        "missing (every language needs the files of {})",
                        reference.tag
                    ),
                }),
            }
        }
        problems.extend(crate::words::check_languages(
            WordsFile {
                name: &ref_name,
                text,
            },
            &translations,
            (!crate::words::APP_FILES.contains(file)).then_some(VARIABLES),
        ));
    }
    problems
}

impl super::load::Loader<'_> {
    /// Fills the words of everything read from the file's `.ftl` messages;
    /// a missing message is reported at the thing that needs it.
    pub(super) fn fill_words(&mut self, parts: &mut super::read::Parts, w: &ContentWords) {
        use super::diagnostic::Problem;
        use super::raw::{RawLevels, RawListNote, RawVerdict, RawVerdicts};
        use toml::Spanned;

        let file = w.files.first().cloned().unwrap_or_default();
        let mut missing: Vec<(std::ops::Range<usize>, String, String)> = Vec::new();
        // A required message (or attribute), or its id and a report.
        let mut need = |span: &std::ops::Range<usize>, what: &str, id: &str, attr: Option<&str>| {
            let found = match attr {
                Some(a) => w.attr(id, a, &[]),
                None => w.get(id, &[]),
            };
            found.unwrap_or_else(|| {
                let full = attr.map_or_else(|| id.to_owned(), |a| format!("{id}.{a}"));
                missing.push((span.clone(), what.to_owned(), full.clone()));
                full
            })
        };
        let opt = |id: &str, attr: &str| w.attr(id, attr, &[]);
        // Ids that are not in form, or repeat, are reported once as they
        // are; their words are not looked for.
        let mut seen = std::collections::HashSet::new();
        let mut fresh = |kind: &str, id: &str| {
            super::validate::is_id(id) && seen.insert(format!("{kind} {id}"))
        };

        for f in &mut parts.factors {
            if !fresh("factor", f.id.get_ref()) {
                continue;
            }
            let id = format!("f-{}", f.id.get_ref());
            let what = format!("factor `{}`", f.id.get_ref());
            let span = f.id.span();
            f.label = need(&span, &what, &id, None);
            f.explanation = need(&span, &what, &id, Some("explanation"));
            f.advice = opt(&id, "advice");
            f.topic = opt(&id, "topic");
            f.therapist = opt(&id, "therapist");
            if f.thresholds.is_some() {
                let mut level = |l: &str| need(&span, &what, &id, Some(l));
                f.levels = Some(Spanned::new(
                    span.clone(),
                    RawLevels {
                        low: level("low"),
                        moderate: level("moderate"),
                        high: level("high"),
                    },
                ));
            }
        }
        for q in &mut parts.questions {
            if !fresh("question", q.id.get_ref()) {
                continue;
            }
            let id = format!("q-{}", q.id.get_ref());
            let what = format!("question `{}`", q.id.get_ref());
            let span = q.id.span();
            q.text = need(&span, &what, &id, None);
            q.help = opt(&id, "help");
            q.sign = opt(&id, "sign");
            q.unit = opt(&id, "unit");
            if *q.kind.get_ref() == super::raw::RawQuestionType::Scale {
                q.min_label = Some(need(&span, &what, &id, Some("min")));
                q.max_label = Some(need(&span, &what, &id, Some("max")));
            }
            if let Some(options) = &mut q.options {
                for o in options.get_mut() {
                    if super::validate::is_reserved_value(o.value.get_ref()) && !o.exclusive {
                        continue;
                    }
                    let attr = format!("o-{}", o.value.get_ref());
                    o.label = need(&o.value.span(), &what, &id, Some(&attr));
                }
            }
        }
        for n in &mut parts.notes {
            if !fresh("note", n.id.get_ref()) {
                continue;
            }
            let id = format!("note-{}", n.id.get_ref());
            n.text = need(
                &n.id.span(),
                &format!("note `{}`", n.id.get_ref()),
                &id,
                None,
            );
        }
        if let Some(h) = &mut parts.header {
            let top = h.id.span();
            h.title = need(&top, "the questionnaire", "title", None);
            h.intro = need(&top, "the questionnaire", "intro", None);
            h.consult = need(&top, "the questionnaire", "consult", None);
            h.evidence = w.get("evidence", &[]).unwrap_or_default();
            let verdict =
                |id: &str, need: &mut dyn FnMut(&str, Option<&str>) -> String| RawVerdict {
                    title: need(id, None),
                    summary: need(id, Some("summary")),
                    advice: w.numbered(id, "advice"),
                };
            if let Some(c) = &mut h.checkin {
                let span = c.span();
                let mut need = |id: &str, a: Option<&str>| need(&span, "the check-in", id, a);
                // Every line a check-in or its trend prints.
                for id in crate::words::reference_ids("checkin") {
                    if id.starts_with("checkin-") || id.starts_with("trend-") {
                        need(&id, None);
                    }
                }
                let s = &mut c.get_mut().status;
                s.urgent = verdict("status-urgent", &mut need);
                s.stop_and_get_checked = verdict("status-stop_and_get_checked", &mut need);
                s.much_worse = verdict("status-much_worse", &mut need);
                s.tell_your_therapist = verdict("status-tell_your_therapist", &mut need);
                s.saved = verdict("status-saved", &mut need);
            } else if let Some(b) = &mut h.benefit {
                let span = b.span();
                let b = b.get_mut();
                if w.has("benefit-level") {
                    b.level_words = Some(RawLevels {
                        low: need(&span, "[benefit]", "benefit-level", Some("low")),
                        moderate: need(&span, "[benefit]", "benefit-level", Some("moderate")),
                        high: need(&span, "[benefit]", "benefit-level", Some("high")),
                    });
                }
                // `{factors}` is filled when the report is written.
                b.later = w.get("benefit-later", &[("factors", "{factors}".into())]);
                let mut need = |id: &str, a: Option<&str>| need(&span, "the verdicts", id, a);
                h.verdicts = Some(Spanned::new(
                    span.clone(),
                    RawVerdicts {
                        emergency: verdict("verdict-emergency", &mut need),
                        see_doctor_first: verdict("verdict-see_doctor_first", &mut need),
                        check_with_professional: verdict(
                            "verdict-check_with_professional",
                            &mut need,
                        ),
                        likely_to_help: verdict("verdict-likely_to_help", &mut need),
                        may_help: verdict("verdict-may_help", &mut need),
                        unlikely_to_help: verdict("verdict-unlikely_to_help", &mut need),
                    },
                ));
                if w.has("before-you-book") {
                    h.before_you_book = Some(Spanned::new(
                        span,
                        RawListNote {
                            title: w.say("before-you-book", &[]),
                            items: w.numbered("before-you-book", "item"),
                        },
                    ));
                }
            }
            if let Some(t) = &mut h.therapist {
                let span = t.span();
                let t = t.get_mut();
                t.title = need(&span, "[therapist]", "therapist", None);
                t.cautions_intro = need(&span, "[therapist]", "therapist", Some("cautions"));
                t.closing = need(&span, "[therapist]", "therapist", Some("closing"));
                if let Some(lp) = &mut t.light_pressure {
                    lp.text = need(&span, "[therapist]", "therapist", Some("light-pressure"));
                }
            }
            if let Some(net) = &mut h.safety_net {
                let span = net.span();
                for tier in &mut net.get_mut().tiers {
                    let when = tier.when.get_ref().as_str().replace('_', "-");
                    tier.title = need(&span, "[safety_net]", &format!("tier-{when}"), None);
                    for item in &mut tier.items {
                        item.text = need(&span, "[safety_net]", &format!("sign-{}", item.id), None);
                    }
                }
            }
        }
        for (span, what, id) in missing {
            self.report(
                span,
                Problem::MissingWords {
                    what,
                    id,
                    file: file.clone(),
                },
            );
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_shipped_languages_are_complete() {
        let problems = super::check_shipped();
        let listed: Vec<String> = problems.iter().map(ToString::to_string).collect();
        assert!(problems.is_empty(), "{}", listed.join("\n"));
    }

    #[test]
    fn a_translation_that_drops_or_adds_words_is_caught() {
        use crate::words::{WordsFile, check_languages};
        let en = WordsFile {
            name: "en.ftl",
            text: "a = A { $n }\n    .x = X\nb = B\n",
        };
        let es = WordsFile {
            name: "es.ftl",
            text: "a = A\nc = C\n",
        };
        let found: Vec<String> = check_languages(en, &[es], Some(&["n"]))
            .iter()
            .map(ToString::to_string)
            .collect();
        assert_eq!(
            found,
            [
                "es.ftl:1:1: `a.x` is missing (it is in en.ftl)",
                "es.ftl:1:1: `b` is missing (it is in en.ftl)",
                "es.ftl:1:1: `a` does not use `{ $n }`, which en.ftl uses",
                "es.ftl:2:1: `c` is not in en.ftl, so it is never used",
            ]
        );
        let unknown = check_languages(en, &[], Some(&[]));
        assert_eq!(unknown.len(), 1);
        assert!(
            unknown[0]
                .to_string()
                .starts_with("en.ftl:1:1: `a` uses `{ $n }`")
        );
    }
}
