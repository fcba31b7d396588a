//! Reading the raw content types from JSON, for the questionnaires built
//! into the binary.
//!
//! `build.rs` turns the shipped TOML files into JSON, which parses several
//! times faster than TOML; a run then spends its time answering, not
//! re-parsing the same file. The raw types keep spans (`toml::Spanned`),
//! which only the TOML deserializer knows how to fill: this deserializer over
//! a `serde_json::Value` gives every span as `0..0` and is otherwise serde's
//! usual mapping. Spans only serve diagnostics, and the embedded files have
//! none (a test holds both paths to the same result; on any problem the
//! loader reads the TOML again to report it properly).

use serde::de::{self, DeserializeSeed, IntoDeserializer, MapAccess, SeqAccess, Visitor};
use serde_json::{Map, Value};

/// The name serde_spanned gives `Spanned` and its fields.
const SPANNED: &str = "$__serde_spanned_private_Spanned";
const START: &str = "$__serde_spanned_private_start";
const END: &str = "$__serde_spanned_private_end";
const VALUE: &str = "$__serde_spanned_private_value";

/// An error while reading embedded content.
pub type Error = serde_json::Error;

/// A JSON value read as content, spans empty.
#[derive(Clone, Copy)]
pub struct Spanless<'a>(pub &'a Value);

impl<'de> de::Deserializer<'de> for Spanless<'de> {
    type Error = Error;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match self.0 {
            Value::Null => visitor.visit_unit(),
            Value::Bool(b) => visitor.visit_bool(*b),
            Value::Number(n) => {
                if let Some(i) = n.as_i64() {
                    visitor.visit_i64(i)
                } else if let Some(u) = n.as_u64() {
                    visitor.visit_u64(u)
                } else {
                    visitor.visit_f64(n.as_f64().unwrap_or(f64::NAN))
                }
            }
            Value::String(s) => visitor.visit_borrowed_str(s),
            Value::Array(items) => visitor.visit_seq(Items(items.iter())),
            Value::Object(map) => visitor.visit_map(Entries {
                iter: map.iter(),
                value: None,
            }),
        }
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match self.0 {
            Value::Null => visitor.visit_none(),
            _ => visitor.visit_some(self),
        }
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        name: &'static str,
        fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Error> {
        if name == SPANNED {
            return visitor.visit_map(SpannedFields {
                value: self.0,
                next: 0,
            });
        }
        let _ = fields;
        self.deserialize_any(visitor)
    }

    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Error> {
        match self.0 {
            // Unit variants, as in `type = "yes_no"`.
            Value::String(s) => visitor.visit_enum(s.as_str().into_deserializer()),
            other => Err(de::Error::invalid_type(
                unexpected(other),
                &"a string naming a variant",
            )),
        }
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string
        bytes byte_buf unit unit_struct newtype_struct seq tuple
        tuple_struct map identifier ignored_any
    }
}

fn unexpected(v: &Value) -> de::Unexpected<'_> {
    match v {
        Value::Null => de::Unexpected::Unit,
        Value::Bool(b) => de::Unexpected::Bool(*b),
        Value::Number(_) => de::Unexpected::Other("a number"),
        Value::String(s) => de::Unexpected::Str(s),
        Value::Array(_) => de::Unexpected::Seq,
        Value::Object(_) => de::Unexpected::Map,
    }
}

struct Items<'a>(std::slice::Iter<'a, Value>);

impl<'de> SeqAccess<'de> for Items<'de> {
    type Error = Error;

    fn next_element_seed<T: DeserializeSeed<'de>>(
        &mut self,
        seed: T,
    ) -> Result<Option<T::Value>, Error> {
        self.0
            .next()
            .map(|v| seed.deserialize(Spanless(v)))
            .transpose()
    }

    fn size_hint(&self) -> Option<usize> {
        Some(self.0.len())
    }
}

struct Entries<'a> {
    iter: serde_json::map::Iter<'a>,
    value: Option<&'a Value>,
}

impl<'de> MapAccess<'de> for Entries<'de> {
    type Error = Error;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, Error> {
        match self.iter.next() {
            Some((k, v)) => {
                self.value = Some(v);
                let key: de::value::BorrowedStrDeserializer<'de, Error> =
                    de::value::BorrowedStrDeserializer::new(k);
                seed.deserialize(key).map(Some)
            }
            None => Ok(None),
        }
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, Error> {
        match self.value.take() {
            Some(v) => seed.deserialize(Spanless(v)),
            None => Err(de::Error::custom("a value without its key")),
        }
    }
}

/// The three fields of a `Spanned`: an empty span, then the value.
struct SpannedFields<'a> {
    value: &'a Value,
    next: u8,
}

impl<'de> MapAccess<'de> for SpannedFields<'de> {
    type Error = Error;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, Error> {
        let key = match self.next {
            0 => START,
            1 => END,
            2 => VALUE,
            _ => return Ok(None),
        };
        seed.deserialize(de::value::BorrowedStrDeserializer::new(key))
            .map(Some)
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, Error> {
        let field = self.next;
        self.next += 1;
        match field {
            0 | 1 => seed.deserialize(0u64.into_deserializer()),
            _ => seed.deserialize(Spanless(self.value)),
        }
    }
}

/// Takes the three arrays out of the file's top-level table.
pub fn take_array(root: &mut Map<String, Value>, key: &str) -> Vec<Value> {
    match root.remove(key) {
        Some(Value::Array(items)) => items,
        _ => Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use serde::Deserialize;
    use toml::Spanned;

    use super::*;

    #[derive(Debug, Deserialize, PartialEq)]
    #[serde(deny_unknown_fields)]
    struct Sample {
        id: Spanned<String>,
        n: Option<Spanned<u32>>,
        kind: Kind,
        list: Vec<Spanned<String>>,
        text: String,
    }

    #[derive(Debug, Deserialize, PartialEq)]
    #[serde(rename_all = "snake_case")]
    enum Kind {
        YesNo,
    }

    #[test]
    fn spanned_values_read_with_empty_spans() {
        let v =
            serde_json::json!({"id": "x", "n": 3, "kind": "yes_no", "list": ["a"], "text": "t"});
        let s = Sample::deserialize(Spanless(&v)).expect("reads");
        assert_eq!(s.id.get_ref(), "x");
        assert_eq!(s.id.span(), 0..0);
        assert_eq!(s.n.map(|n| *n.get_ref()), Some(3));
        assert_eq!(s.kind, Kind::YesNo);
        assert_eq!(s.list[0].get_ref(), "a");
        let bad =
            serde_json::json!({"id": "x", "kind": "maybe", "list": [], "text": "t", "extra": 1});
        assert!(Sample::deserialize(Spanless(&bad)).is_err());
    }
}
