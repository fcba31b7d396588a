//! The JSON Schema of a questionnaire file, generated from the types the
//! loader reads (`raw.rs`), so the two cannot disagree. `backcheck schema`
//! prints it; `content/schema.json` is a copy for editors (taplo reads the
//! `#:schema` line at the top of each content file), kept equal by a test.

use schemars::generate::SchemaSettings;

/// The kinds of content file, each with its schema.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileKind {
    /// An assessment or a check-in (`weekly-massage.toml`, `checkin.toml`).
    Questionnaire,
    /// The region table (`regions.toml`).
    Regions,
    /// The shared safety net (`safety-net.toml`).
    SafetyNet,
    /// The list of languages (`lang/languages.toml`).
    Languages,
}

impl FileKind {
    /// The kind of a content file, from its top-level keys: a region table
    /// has `regions`, a safety net `tiers` and no questions.
    pub fn of(text: &str) -> FileKind {
        let Ok(table) = text.parse::<toml::Table>() else {
            return FileKind::Questionnaire;
        };
        if table.contains_key("regions") {
            FileKind::Regions
        } else if table.contains_key("languages") && !table.contains_key("questions") {
            FileKind::Languages
        } else if table.contains_key("tiers") && !table.contains_key("questions") {
            FileKind::SafetyNet
        } else {
            FileKind::Questionnaire
        }
    }
}

/// The JSON Schema of a kind of content file (draft 7, which editors
/// support widely).
pub fn json_schema(kind: FileKind) -> serde_json::Value {
    let generator = SchemaSettings::draft07().into_generator();
    let schema = match kind {
        FileKind::Questionnaire => generator.into_root_schema_for::<super::raw::File>(),
        FileKind::Regions => generator.into_root_schema_for::<super::region::RegionTable>(),
        FileKind::SafetyNet => generator.into_root_schema_for::<super::raw::RawSafetyNet>(),
        FileKind::Languages => generator.into_root_schema_for::<Languages>(),
    };
    let mut value = schema.to_value();
    // TOML has no null: a key that may be left out is just not required.
    drop_null(&mut value);
    // The header's keys are flattened into the file; like every table, the
    // file refuses keys it does not know.
    if let Some(root) = value.as_object_mut() {
        root.insert("additionalProperties".into(), false.into());
    }
    value
}

/// The languages backcheck speaks (`content/lang/languages.toml`), each a
/// folder of Fluent files beside the list. (`build.rs` builds them in; this
/// type gives the list its schema and lets `check` read it.)
#[derive(Debug, serde::Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Languages {
    /// Each language, in the order `--lang` lists them.
    pub languages: Vec<Language>,
}

/// One language: a folder `lang/<tag>/` with the same files as `en/`.
#[derive(Debug, serde::Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Language {
    /// Its BCP 47 tag, the folder's name (`en`, `es`).
    pub tag: String,
    /// Its name in itself (`Español`).
    pub name: String,
    /// Whether a medical translator has reviewed it.
    pub reviewed: bool,
}

/// Reads a list of languages, as `check` does; its problems point at the
/// spot like every content file's.
pub fn load_languages(name: &str, src: &str) -> Result<Languages, super::ContentError> {
    toml::from_str(src).map_err(|e| super::ContentError::Invalid {
        path: name.to_owned(),
        source_text: src.to_owned(),
        diagnostics: vec![super::Diagnostic {
            span: e.span().unwrap_or(0..0),
            problem: super::Problem::Shape {
                message: e.message().trim_end().to_owned(),
            },
        }],
    })
}

/// Removes `null` from every `type` list and every `anyOf`, which schemars
/// adds for an `Option`.
fn drop_null(value: &mut serde_json::Value) {
    use serde_json::Value;
    match value {
        Value::Object(map) => {
            if let Some(Value::Array(types)) = map.get_mut("type") {
                types.retain(|t| t != "null");
                if types.len() == 1 {
                    let only = types.remove(0);
                    map.insert("type".into(), only);
                }
            }
            if let Some(Value::Array(any)) = map.get_mut("anyOf") {
                any.retain(|s| s.get("type").is_none_or(|t| t != "null"));
                if any.len() == 1 {
                    let only = any.remove(0);
                    map.remove("anyOf");
                    map.insert("allOf".into(), Value::Array(vec![only]));
                }
            }
            map.values_mut().for_each(drop_null);
        }
        Value::Array(items) => items.iter_mut().for_each(drop_null),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::raw::TOP_LEVEL_KEYS;

    #[test]
    fn the_schema_knows_exactly_the_top_level_keys() {
        let schema = json_schema(FileKind::Questionnaire);
        let keys: Vec<&str> = schema["properties"]
            .as_object()
            .expect("properties")
            .keys()
            .map(String::as_str)
            .collect();
        let mut expected = TOP_LEVEL_KEYS.to_vec();
        expected.sort_unstable();
        let mut keys = keys;
        keys.sort_unstable();
        assert_eq!(keys, expected);
        assert_eq!(schema["additionalProperties"], false);
    }
}
