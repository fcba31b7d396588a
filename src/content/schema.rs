//! The JSON Schema of a questionnaire file, generated from the types the
//! loader reads (`raw.rs`), so the two cannot disagree. `backcheck schema`
//! prints it; `content/schema.json` is a copy for editors (taplo reads the
//! `#:schema` line at the top of each content file), kept equal by a test.

use schemars::generate::SchemaSettings;

/// The JSON Schema (draft 7, which editors support widely).
pub fn json_schema() -> serde_json::Value {
    let schema = SchemaSettings::draft07()
        .into_generator()
        .into_root_schema_for::<super::raw::File>();
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
        let schema = json_schema();
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
