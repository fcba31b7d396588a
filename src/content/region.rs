//! Where the person lives: the emergency number, the same-day route and the
//! words for a family doctor, from the one region table
//! (`content/regions.toml`). Content words name them as placeholders
//! (`{emergency_number}`, `{emergency_department}`, `{same_day}`,
//! `{family_doctor}`, `{therapist_rule}`), filled in when content is loaded
//! (`Questionnaire::fill_region`). Nothing here reads the environment: the
//! code comes from `settings.rs`.

use std::collections::BTreeMap;

use schemars::JsonSchema;
use serde::Deserialize;

use super::diagnostic::{Diagnostic, Problem};
use super::error::ContentError;

/// The region table shipped inside the binary.
pub const REGIONS: &str = include_str!("../../content/regions.toml");

/// The name the region table is reported under in messages.
pub const REGIONS_NAME: &str = "content/regions.toml";

/// The placeholders a region fills, in the order of [`Region::values`].
pub const PLACEHOLDERS: [&str; 5] = [
    "emergency_number",
    "emergency_department",
    "same_day",
    "family_doctor",
    "therapist_rule",
];

/// The words of one region (or of an unknown one).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Words {
    /// The country's name in English, e.g. "United Kingdom".
    pub name: String,
    /// The number to call for an ambulance, e.g. "999".
    pub emergency_number: String,
    /// What the hospital emergency department is called there, e.g. "A&E".
    pub emergency_department: String,
    /// The same-day route that is not an emergency, e.g. "NHS 111 or your GP surgery".
    pub same_day: String,
    /// The word for a family doctor, e.g. "GP".
    pub family_doctor: String,
    /// How massage therapists are regulated there, in a short phrase.
    pub therapist_rule: String,
}

/// The region table: `[regions.XX]` for each ISO 3166 alpha-2 code, and
/// `[unknown]` for the general words.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(
    title = "backcheck region table",
    description = "Emergency numbers and care routes by region (ISO 3166 alpha-2 codes), and the general words for an unknown region."
)]
pub struct RegionTable {
    /// The words used when the region is not known.
    pub unknown: Words,
    /// Each region by its upper-case ISO 3166 alpha-2 code.
    pub regions: BTreeMap<String, Words>,
}

/// The region a run is for: its code (when backcheck knows it) and words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Region {
    /// The ISO 3166 alpha-2 code, upper case; `None` when unknown.
    pub code: Option<String>,
    /// Its words.
    pub words: Words,
}

impl Region {
    /// The placeholder values, in the order of [`PLACEHOLDERS`].
    pub fn values(&self) -> [(&'static str, String); 5] {
        let w = &self.words;
        [
            (PLACEHOLDERS[0], w.emergency_number.clone()),
            (PLACEHOLDERS[1], w.emergency_department.clone()),
            (PLACEHOLDERS[2], w.same_day.clone()),
            (PLACEHOLDERS[3], w.family_doctor.clone()),
            (PLACEHOLDERS[4], w.therapist_rule.clone()),
        ]
    }
}

impl RegionTable {
    /// The region for a code (any case); the general words, with no code,
    /// when the code is not in the table or not given.
    pub fn region(&self, code: Option<&str>) -> Region {
        let code = code.map(str::to_ascii_uppercase);
        match code.as_deref().and_then(|c| self.regions.get_key_value(c)) {
            Some((c, words)) => Region {
                code: Some(c.clone()),
                words: words.clone(),
            },
            None => Region {
                code: None,
                words: self.unknown.clone(),
            },
        }
    }

    /// Whether the table has this code (any case).
    pub fn knows(&self, code: &str) -> bool {
        self.regions.contains_key(&code.to_ascii_uppercase())
    }
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

/// Reads and checks a region table: every region has every field, every
/// key is a code in form, and no field is empty.
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
    // Where a key or value stands, to point at it: its first `[regions.XX]`
    // header, or the file's start.
    let at = |needle: &str| {
        let start = body.find(needle).map_or(0, |i| i + offset);
        start..start + needle.len()
    };
    let mut diagnostics = Vec::new();
    for (code, words) in std::iter::once(("unknown", &table.unknown))
        .chain(table.regions.iter().map(|(c, w)| (c.as_str(), w)))
    {
        let header = if code == "unknown" {
            "[unknown]".to_owned()
        } else {
            format!("[regions.{code}]")
        };
        if code != "unknown" && !(is_code(code) && code == code.to_ascii_uppercase()) {
            diagnostics.push(Diagnostic {
                span: at(&header),
                problem: Problem::RegionCode { code: code.into() },
            });
        }
        let fields = [
            ("name", &words.name),
            ("emergency_number", &words.emergency_number),
            ("emergency_department", &words.emergency_department),
            ("same_day", &words.same_day),
            ("family_doctor", &words.family_doctor),
            ("therapist_rule", &words.therapist_rule),
        ];
        for (key, value) in fields {
            if value.trim().is_empty() {
                diagnostics.push(Diagnostic {
                    span: at(&header),
                    problem: Problem::EmptyText { key },
                });
            }
            if value.contains('{') {
                diagnostics.push(Diagnostic {
                    span: at(value),
                    problem: Problem::PlaceholderInRegion { key },
                });
            }
        }
    }
    if diagnostics.is_empty() {
        Ok(table)
    } else {
        diagnostics.sort_by_key(|d| d.span.start);
        Err(invalid(diagnostics))
    }
}

/// The shipped region table. A test holds it valid, so the fallback (the
/// general words alone) never shows.
pub fn shipped() -> RegionTable {
    load_str(REGIONS_NAME, REGIONS).unwrap_or_else(|_| RegionTable {
        unknown: Words {
            name: String::new(),
            emergency_number: "your local emergency number".into(),
            emergency_department: "an emergency department".into(),
            same_day: "a same-day doctor's service".into(),
            family_doctor: "doctor".into(),
            therapist_rule: "qualified".into(),
        },
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
    fn the_shipped_table_loads_and_knows_the_main_regions() {
        let table = load_str(REGIONS_NAME, REGIONS).expect("shipped table is valid");
        for code in ["GB", "IE", "US", "CA", "AU", "NZ", "IN", "DE", "FR", "ES"] {
            assert!(table.knows(code), "{code}");
        }
        assert_eq!(table.region(Some("us")).code.as_deref(), Some("US"));
        assert_eq!(table.region(Some("ZZ")).code, None);
        assert_eq!(table.region(None).words, table.unknown);
    }

    #[test]
    fn a_missing_field_or_a_bad_code_is_reported_with_its_place() {
        let src = "[unknown]\nname = \"x\"\nemergency_number = \"1\"\nemergency_department = \"e\"\nsame_day = \"s\"\nfamily_doctor = \"d\"\ntherapist_rule = \"t\"\n\n[regions.GB]\nname = \"UK\"\n";
        let err = load_str("r.toml", src).expect_err("missing fields");
        let text = err.to_string();
        assert!(text.contains("r.toml:"), "{text}");
        assert!(text.contains("missing field"), "{text}");

        let src = src.replace("name = \"UK\"\n", "name = \"UK\"\nemergency_number = \"999\"\nemergency_department = \"A&E\"\nsame_day = \"NHS 111\"\nfamily_doctor = \"GP\"\ntherapist_rule = \"t {x}\"\n").replace("regions.GB", "regions.gbr");
        let text = load_str("r.toml", &src).expect_err("bad code").to_string();
        assert!(text.contains("`gbr`"), "{text}");
        assert!(text.contains("placeholder"), "{text}");
    }
}
