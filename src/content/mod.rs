//! The questionnaire: its validated model and how it is loaded.
//!
//! `model.rs` and `purpose.rs` are the plain values everything else reads.
//! Loading is split by job: `load.rs` runs it, `read.rs` parses the TOML
//! (`raw.rs` holds its serde shapes, with spans), `convert/` turns the raw
//! parts into the model, `validate.rs` checks the whole, `reach.rs` tells
//! whether a condition can ever hold, and `error.rs` and `diagnostic.rs` say
//! what is wrong and where. Nothing here reads answers files or prints.

mod convert;
mod diagnostic;
mod error;
pub mod lang;
mod load;
mod model;
mod places;
mod purpose;
mod raw;
pub mod reach;
mod read;
pub mod region;
pub mod safety;
pub use safety::{SAFETY_NET, SAFETY_NET_NAME};
mod schema;
mod spanless;
mod validate;

use std::path::Path;

pub use diagnostic::{Diagnostic, Problem};
pub use error::ContentError;
pub use load::load_str;
pub use model::*;
pub use places::{Places, line_col};
pub use purpose::*;
pub use schema::{FileKind, json_schema, load_languages};
pub use validate::{is_id, version_key};

use crate::input::{self, Kind, Source};
use lang::ContentWords;

/// The questionnaire shipped inside the binary (`content/weekly-massage.toml`).
pub const SHIPPED: &str = include_str!("../../content/weekly-massage.toml");

/// The name the shipped questionnaire is reported under in messages.
pub const SHIPPED_NAME: &str = "content/weekly-massage.toml";

/// The weekly check-in questionnaire shipped inside the binary.
pub const CHECKIN: &str = include_str!("../../content/checkin.toml");

/// The name the check-in questionnaire is reported under in messages.
pub const CHECKIN_NAME: &str = "content/checkin.toml";

/// The shipped questionnaires as JSON, made from the TOML by `build.rs`.
pub(crate) const SHIPPED_JSON: &str =
    include_str!(concat!(env!("OUT_DIR"), "/weekly-massage.json"));
pub(crate) const CHECKIN_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/checkin.json"));

/// The words of a shipped content file in the run's language and region.
pub fn shipped_words(name: &str) -> ContentWords {
    ContentWords::shipped(name, crate::words::lang()).with_args(&region::args())
}

/// Loads the assessment shipped inside the binary, in the run's language.
pub fn load_shipped() -> Result<Questionnaire, ContentError> {
    load::load_embedded(
        SHIPPED_NAME,
        SHIPPED,
        SHIPPED_JSON,
        &shipped_words("weekly-massage"),
    )
}

/// Loads the weekly check-in shipped inside the binary, in the run's language.
pub fn load_checkin() -> Result<Questionnaire, ContentError> {
    load::load_embedded(
        CHECKIN_NAME,
        CHECKIN,
        CHECKIN_JSON,
        &shipped_words("checkin"),
    )
}

/// Reads and checks a questionnaire file of either purpose, with its words
/// from `lang/<tag>/<name>.ftl` beside it.
pub fn load_file(path: &Path) -> Result<Questionnaire, ContentError> {
    let text = input::read(Kind::Content, Source::File(path), std::io::empty())?;
    let words = words_beside(path)?;
    load_str(&path.display().to_string(), &text, &words)
}

/// A shipped questionnaire (`weekly-massage` or `checkin`), or a file, in
/// another language than the run's (for FHIR's translations).
pub fn load_in(
    shipped: Option<&str>,
    path: Option<&Path>,
    lang: &crate::words::Lang,
) -> Result<Questionnaire, ContentError> {
    let region_words = region::current().words(lang).args();
    match (shipped, path) {
        (_, Some(path)) => {
            let text = input::read(Kind::Content, Source::File(path), std::io::empty())?;
            let words = ContentWords::beside(path, lang)
                .map_err(|e| ContentError::Words {
                    path: path.display().to_string(),
                    error: e,
                })?
                .with_args(&region_words);
            load_str(&path.display().to_string(), &text, &words)
        }
        (Some("checkin"), None) => load::load_embedded(
            CHECKIN_NAME,
            CHECKIN,
            CHECKIN_JSON,
            &ContentWords::shipped("checkin", lang).with_args(&region_words),
        ),
        _ => load::load_embedded(
            SHIPPED_NAME,
            SHIPPED,
            SHIPPED_JSON,
            &ContentWords::shipped("weekly-massage", lang).with_args(&region_words),
        ),
    }
}

/// The words of a content file given by path, in the run's language and
/// region.
pub fn words_beside(path: &Path) -> Result<ContentWords, ContentError> {
    Ok(ContentWords::beside(path, crate::words::lang())
        .map_err(|e| ContentError::Words {
            path: path.display().to_string(),
            error: e,
        })?
        .with_args(&region::args()))
}

/// For tests: a questionnaire from its TOML, with the English words of one
/// of the test fixtures (`minimal`, `engine`, `checkin-engine`).
#[cfg(test)]
pub(crate) fn load_test(fixture: &str, toml: &str) -> Result<Questionnaire, ContentError> {
    let ftl = match fixture {
        "minimal" => include_str!("../../tests/fixtures/content/lang/en/minimal.ftl"),
        "engine" => include_str!("../../tests/fixtures/content/lang/en/engine.ftl"),
        "checkin-engine" => include_str!("../../tests/fixtures/content/lang/en/checkin-engine.ftl"),
        _ => "",
    };
    let catalogue = crate::words::Catalogue::from_sources(&[("en", ftl)])
        .unwrap_or_else(|e| panic!("fixture words: {e:?}"));
    let words = ContentWords::new(catalogue, vec![format!("lang/en/{fixture}.ftl")]);
    load_str("t.toml", toml, &words)
}
