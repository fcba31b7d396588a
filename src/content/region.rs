//! Where the person lives: the emergency number, the same-day route and the
//! words for a family doctor. The one region table (`content/regions.toml`)
//! lists the regions backcheck has words for; each language's
//! `regions.ftl` has their words (`region-<CODE>` with `.emergency-number`
//! and the others; `region-unknown` for the general words). Content words
//! use them as arguments (`{ $emergency_number }`, `{ $emergency_department }`,
//! `{ $same_day }`, `{ $family_doctor }`, `{ $therapist_rule }`). Nothing
//! here reads the environment: the code comes from `settings.rs`, once.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use schemars::JsonSchema;
use serde::Deserialize;

use super::diagnostic::{Diagnostic, Problem};
use super::error::ContentError;
use crate::words::{Arg, Catalogue, Lang};

/// The region table shipped inside the binary.
pub const REGIONS: &str = include_str!("../../content/regions.toml");

/// The name the region table is reported under in messages.
pub const REGIONS_NAME: &str = "content/regions.toml";

/// The arguments a region gives every content message, in the order of
/// [`Words::args`], with their attribute names in `regions.ftl`.
pub const PLACEHOLDERS: [(&str, &str); 5] = [
    ("emergency_number", "emergency-number"),
    ("emergency_department", "emergency-department"),
    ("same_day", "same-day"),
    ("family_doctor", "family-doctor"),
    ("therapist_rule", "therapist-rule"),
];

/// The words of one region (or of an unknown one), in a language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Words {
    /// The country's name, e.g. "United Kingdom".
    pub name: String,
    /// The number to call for an ambulance, e.g. "999".
    pub emergency_number: String,
    /// What the hospital emergency department is called there, e.g. "A&E".
    pub emergency_department: String,
    /// The same-day route that is not an emergency, e.g. "NHS 111 or your GP surgery".
    pub same_day: String,
    /// The word for a family doctor, e.g. "GP".
    pub family_doctor: String,
    /// How massage therapists are regulated there, in a sentence.
    pub therapist_rule: String,
}

impl Words {
    /// The words as arguments of content messages.
    pub fn args(&self) -> Vec<(&'static str, Arg)> {
        [
            &self.emergency_number,
            &self.emergency_department,
            &self.same_day,
            &self.family_doctor,
            &self.therapist_rule,
        ]
        .into_iter()
        .zip(PLACEHOLDERS)
        .map(|(v, (name, _))| (name, Arg::Text(v.clone())))
        .collect()
    }

    /// The words of `region-<key>` in a catalogue (`key` a code or
    /// `unknown`); `None` when the message or one of its words is missing.
    pub fn from_catalogue(c: &Catalogue, key: &str) -> Option<Words> {
        let id = format!("region-{key}");
        let attr = |name: &str| c.attr(&id, name, &[]);
        Some(Words {
            name: c.get(&id, &[])?,
            emergency_number: attr("emergency-number")?,
            emergency_department: attr("emergency-department")?,
            same_day: attr("same-day")?,
            family_doctor: attr("family-doctor")?,
            therapist_rule: attr("therapist-rule")?,
        })
    }
}

/// One row of the table: a region backcheck has words for. Its words are in
/// each language's `regions.ftl`.
#[derive(Debug, Clone, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Row {}

/// The region table: `[regions.XX]` for each ISO 3166 alpha-2 code.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(
    title = "backcheck region table",
    description = "The regions backcheck has emergency numbers and care routes for (ISO 3166 alpha-2 codes); their words are in each language's regions.ftl."
)]
pub struct RegionTable {
    /// Each region by its upper-case ISO 3166 alpha-2 code.
    pub regions: BTreeMap<String, Row>,
}

/// The region a run is for: its code, when backcheck knows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Region {
    /// The ISO 3166 alpha-2 code, upper case; `None` when unknown.
    pub code: Option<String>,
}

impl Region {
    /// Its words in a language: the region's, else the general words.
    pub fn words(&self, lang: &Lang) -> Words {
        let c = Catalogue::shipped(lang, "regions");
        self.code
            .as_deref()
            .and_then(|code| Words::from_catalogue(&c, code))
            .or_else(|| Words::from_catalogue(&c, "unknown"))
            .unwrap_or_else(|| Words {
                name: String::new(),
                emergency_number: "112".into(),
                emergency_department: "the emergency department".into(),
                same_day: "a same-day doctor".into(),
                family_doctor: "doctor".into(),
                therapist_rule: String::new(),
            })
    }
}

impl RegionTable {
    /// The region for a code (any case); no code when the code is not in the
    /// table or not given.
    pub fn region(&self, code: Option<&str>) -> Region {
        let code = code.map(str::to_ascii_uppercase);
        Region {
            code: code.filter(|c| self.regions.contains_key(c)),
        }
    }

    /// Whether the table has this code (any case).
    pub fn knows(&self, code: &str) -> bool {
        self.regions.contains_key(&code.to_ascii_uppercase())
    }
}

static CURRENT: OnceLock<Region> = OnceLock::new();

/// Sets the run's region (once, from the settings).
pub fn set(region: Region) {
    let _ = CURRENT.set(region);
}

/// The run's region (unknown until `set`).
pub fn current() -> &'static Region {
    CURRENT.get_or_init(|| Region { code: None })
}

/// The run's region's words in the run's language, as arguments.
pub fn args() -> Vec<(&'static str, Arg)> {
    static ARGS: OnceLock<Vec<(&'static str, Arg)>> = OnceLock::new();
    ARGS.get_or_init(|| current().words(crate::words::lang()).args())
        .clone()
}

/// Whether a text is an ISO 3166 alpha-2 code in form: two ASCII letters.
pub fn is_code(code: &str) -> bool {
    code.len() == 2 && code.bytes().all(|b| b.is_ascii_alphabetic())
}

/// The territory of a locale name, upper case: `en_US.UTF-8` gives `US`,
/// `es_419` and `C` none.
pub fn territory(locale: &str) -> Option<String> {
    let base = locale.split(['.', '@']).next()?;
    let (_, territory) = base.split_once(['_', '-'])?;
    is_code(territory).then(|| territory.to_ascii_uppercase())
}

/// Reads and checks a region table: every key is a code in form.
pub fn load_str(name: &str, src: &str) -> Result<RegionTable, ContentError> {
    let body = src.strip_prefix('\u{feff}').unwrap_or(src);
    let offset = src.len() - body.len();
    let invalid = |diagnostics: Vec<Diagnostic>| ContentError::Invalid {
        path: name.to_owned(),
        source_text: src.to_owned(),
        diagnostics,
    };
    let table: RegionTable = toml::from_str(body).map_err(|e| {
        let span = e.span().unwrap_or(0..0);
        invalid(vec![Diagnostic {
            span: span.start + offset..span.end + offset,
            problem: Problem::Shape {
                message: e.message().trim_end().to_owned(),
            },
        }])
    })?;
    let mut diagnostics = Vec::new();
    for code in table.regions.keys() {
        if !(is_code(code) && *code == code.to_ascii_uppercase()) {
            let header = format!("[regions.{code}]");
            let start = body.find(&header).map_or(0, |i| i + offset);
            diagnostics.push(Diagnostic {
                span: start..start + header.len(),
                problem: Problem::RegionCode { code: code.clone() },
            });
        }
    }
    if diagnostics.is_empty() {
        Ok(table)
    } else {
        Err(invalid(diagnostics))
    }
}

/// A region table and its words (`check`): every region needs its name and
/// the five words in the words file; each missing one is reported at the
/// region's `[regions.XX]` line.
pub fn load_with_words(
    name: &str,
    src: &str,
    words: &super::lang::ContentWords,
) -> Result<RegionTable, ContentError> {
    let table = load_str(name, src)?;
    let file = words.files.first().cloned().unwrap_or_default();
    let mut diagnostics = Vec::new();
    for code in table.regions.keys() {
        let id = format!("region-{code}");
        let header = format!("[regions.{code}]");
        let start = src.find(&header).unwrap_or(0);
        let missing = std::iter::once((None, words.get(&id, &[])))
            .chain(
                PLACEHOLDERS
                    .iter()
                    .map(|(_, a)| (Some(*a), words.attr(&id, a, &[]))),
            )
            .filter(|(_, found)| found.is_none());
        for (attr, _) in missing {
            diagnostics.push(Diagnostic {
                span: start..start + header.len(),
                problem: Problem::MissingWords {
                    what: format!("region `{code}`"),
                    id: attr.map_or_else(|| id.clone(), |a| format!("{id}.{a}")),
                    file: file.clone(),
                },
            });
        }
    }
    if diagnostics.is_empty() {
        Ok(table)
    } else {
        Err(ContentError::Invalid {
            path: name.to_owned(),
            source_text: src.to_owned(),
            diagnostics,
        })
    }
}

/// The shipped region table. A test holds it valid, so the fallback (no
/// region: the general words) never shows.
pub fn shipped() -> RegionTable {
    load_str(REGIONS_NAME, REGIONS).unwrap_or_else(|_| RegionTable {
        regions: BTreeMap::new(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_locale_names_its_territory() {
        assert_eq!(territory("en_US.UTF-8").as_deref(), Some("US"));
        assert_eq!(territory("es_mx").as_deref(), Some("MX"));
        assert_eq!(territory("en-GB").as_deref(), Some("GB"));
        assert_eq!(territory("de_DE@euro").as_deref(), Some("DE"));
        assert_eq!(territory("es_419"), None);
        assert_eq!(territory("C"), None);
        assert_eq!(territory("POSIX"), None);
    }

    #[test]
    fn the_shipped_table_loads_and_every_region_has_its_words() {
        let table = load_str(REGIONS_NAME, REGIONS).expect("shipped table is valid");
        for code in ["GB", "IE", "US", "CA", "AU", "NZ", "IN", "DE", "FR", "ES"] {
            assert!(table.knows(code), "{code}");
        }
        assert_eq!(table.region(Some("us")).code.as_deref(), Some("US"));
        assert_eq!(table.region(Some("ZZ")).code, None);
        for l in crate::words::SHIPPED {
            let lang = Lang::for_tag(l.tag).expect("tag");
            let c = Catalogue::shipped(&lang, "regions");
            for code in table.regions.keys().map(String::as_str).chain(["unknown"]) {
                assert!(
                    Words::from_catalogue(&c, code).is_some(),
                    "{}: {code}",
                    l.tag
                );
            }
        }
        let gb = table.region(Some("GB")).words(&Lang::english());
        assert_eq!(gb.emergency_number, "999");
    }

    #[test]
    fn a_bad_code_is_reported_with_its_place() {
        let text = load_str("r.toml", "[regions.gbr]\n")
            .expect_err("bad code")
            .to_string();
        assert!(text.contains("r.toml:1:"), "{text}");
        assert!(text.contains("`gbr`"), "{text}");
        let text = load_str("r.toml", "[regions.GB]\nname = \"x\"\n")
            .expect_err("words")
            .to_string();
        assert!(text.contains("unknown field"), "{text}");
    }
}
