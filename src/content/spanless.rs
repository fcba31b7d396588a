//! Reading the raw content types from JSON, for the questionnaires built
//! into the binary.
//!
//! `build.rs` turns the shipped TOML files into JSON, which parses several
//! times faster than TOML; a run then spends its time answering, not
//! re-parsing the same file. The JSON is read into [`Node`], a tree that
//! borrows its strings from the text and keeps tables as lists of pairs
//! (about three times faster to build than a `serde_json::Value`, which
//! allocates every string and hashes every key).
//!
//! The raw types keep spans (`toml::Spanned`), which only the TOML
//! deserializer knows how to fill: [`Spanless`], a deserializer over a
//! [`Node`], gives every span as `0..0` and is otherwise serde's usual
//! mapping. Spans only serve diagnostics, and the embedded files have none
//! (a test holds both paths to the same result; on any problem the loader
//! reads the TOML again to report it properly).

use std::borrow::Cow;
use std::fmt;

use serde::de::{self, DeserializeSeed, IntoDeserializer, MapAccess, SeqAccess, Visitor};
use serde::{Deserialize, Deserializer};

/// The name serde_spanned gives `Spanned` and its fields.
const SPANNED: &str = "$__serde_spanned_private_Spanned";
const START: &str = "$__serde_spanned_private_start";
const END: &str = "$__serde_spanned_private_end";
const VALUE: &str = "$__serde_spanned_private_value";

/// The key serde_json uses for a number when its `arbitrary_precision`
/// feature is on (some dev-dependencies turn it on in test builds).
const JSON_NUMBER: &str = "$serde_json::private::Number";

/// An error while reading embedded content.
pub type Error = serde_json::Error;

/// A JSON value whose strings borrow from the text where they can.
#[derive(Debug, Clone, PartialEq)]
pub enum Node<'a> {
    Null,
    Bool(bool),
    Int(i64),
    Uint(u64),
    Float(f64),
    Str(Cow<'a, str>),
    Array(Vec<Node<'a>>),
    /// A table's entries in the order of the text.
    Table(Vec<(Cow<'a, str>, Node<'a>)>),
}

impl<'a> Node<'a> {
    /// Reads JSON text.
    pub fn parse(json: &'a str) -> Result<Node<'a>, Error> {
        serde_json::from_str(json)
    }
}

/// A string that borrows from the text unless it had escapes.
struct Text<'a>(Cow<'a, str>);

impl<'de> Deserialize<'de> for Text<'de> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Text<'de>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a string")
            }
            fn visit_borrowed_str<E: de::Error>(self, s: &'de str) -> Result<Text<'de>, E> {
                Ok(Text(Cow::Borrowed(s)))
            }
            fn visit_str<E: de::Error>(self, s: &str) -> Result<Text<'de>, E> {
                Ok(Text(Cow::Owned(s.to_owned())))
            }
            fn visit_string<E: de::Error>(self, s: String) -> Result<Text<'de>, E> {
                Ok(Text(Cow::Owned(s)))
            }
        }
        d.deserialize_str(V)
    }
}

impl<'de> Deserialize<'de> for Node<'de> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Node<'de>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("any JSON value")
            }
            fn visit_unit<E: de::Error>(self) -> Result<Node<'de>, E> {
                Ok(Node::Null)
            }
            fn visit_none<E: de::Error>(self) -> Result<Node<'de>, E> {
                Ok(Node::Null)
            }
            fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Node<'de>, D::Error> {
                Node::deserialize(d)
            }
            fn visit_bool<E: de::Error>(self, b: bool) -> Result<Node<'de>, E> {
                Ok(Node::Bool(b))
            }
            fn visit_i64<E: de::Error>(self, n: i64) -> Result<Node<'de>, E> {
                Ok(Node::Int(n))
            }
            fn visit_u64<E: de::Error>(self, n: u64) -> Result<Node<'de>, E> {
                Ok(Node::Uint(n))
            }
            fn visit_f64<E: de::Error>(self, n: f64) -> Result<Node<'de>, E> {
                Ok(Node::Float(n))
            }
            fn visit_borrowed_str<E: de::Error>(self, s: &'de str) -> Result<Node<'de>, E> {
                Ok(Node::Str(Cow::Borrowed(s)))
            }
            fn visit_str<E: de::Error>(self, s: &str) -> Result<Node<'de>, E> {
                Ok(Node::Str(Cow::Owned(s.to_owned())))
            }
            fn visit_string<E: de::Error>(self, s: String) -> Result<Node<'de>, E> {
                Ok(Node::Str(Cow::Owned(s)))
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Node<'de>, A::Error> {
                let mut items = Vec::with_capacity(seq.size_hint().unwrap_or(0));
                while let Some(item) = seq.next_element()? {
                    items.push(item);
                }
                Ok(Node::Array(items))
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Node<'de>, A::Error> {
                let mut entries = Vec::with_capacity(map.size_hint().unwrap_or(0));
                while let Some(Text(key)) = map.next_key()? {
                    if entries.is_empty() && key == JSON_NUMBER {
                        let digits: String = map.next_value()?;
                        return number(&digits).ok_or_else(|| {
                            de::Error::invalid_value(de::Unexpected::Str(&digits), &"a number")
                        });
                    }
                    entries.push((key, map.next_value()?));
                }
                Ok(Node::Table(entries))
            }
        }
        d.deserialize_any(V)
    }
}

/// A number written out in full, as serde_json's `arbitrary_precision`
/// gives it, read as serde_json reads it otherwise (unsigned first).
fn number(digits: &str) -> Option<Node<'static>> {
    if let Ok(n) = digits.parse::<u64>() {
        Some(Node::Uint(n))
    } else if let Ok(n) = digits.parse::<i64>() {
        Some(Node::Int(n))
    } else {
        digits.parse::<f64>().ok().map(Node::Float)
    }
}

/// A [`Node`] read as content, spans empty.
#[derive(Clone, Copy)]
pub struct Spanless<'n, 'a>(pub &'n Node<'a>);

impl<'de> de::Deserializer<'de> for Spanless<'de, '_> {
    type Error = Error;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match self.0 {
            Node::Null => visitor.visit_unit(),
            Node::Bool(b) => visitor.visit_bool(*b),
            Node::Int(n) => visitor.visit_i64(*n),
            Node::Uint(n) => visitor.visit_u64(*n),
            Node::Float(n) => visitor.visit_f64(*n),
            Node::Str(s) => visitor.visit_str(s),
            Node::Array(items) => visitor.visit_seq(Items(items.iter())),
            Node::Table(entries) => visitor.visit_map(Entries {
                iter: entries.iter(),
                value: None,
            }),
        }
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match self.0 {
            Node::Null => visitor.visit_none(),
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
            Node::Str(s) => visitor.visit_enum(s.as_ref().into_deserializer()),
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

fn unexpected<'n>(v: &'n Node<'_>) -> de::Unexpected<'n> {
    match v {
        Node::Null => de::Unexpected::Unit,
        Node::Bool(b) => de::Unexpected::Bool(*b),
        Node::Int(n) => de::Unexpected::Signed(*n),
        Node::Uint(n) => de::Unexpected::Unsigned(*n),
        Node::Float(n) => de::Unexpected::Float(*n),
        Node::Str(s) => de::Unexpected::Str(s),
        Node::Array(_) => de::Unexpected::Seq,
        Node::Table(_) => de::Unexpected::Map,
    }
}

struct Items<'n, 'a>(std::slice::Iter<'n, Node<'a>>);

impl<'de> SeqAccess<'de> for Items<'de, '_> {
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

struct Entries<'n, 'a> {
    iter: std::slice::Iter<'n, (Cow<'a, str>, Node<'a>)>,
    value: Option<&'n Node<'a>>,
}

impl<'de> MapAccess<'de> for Entries<'de, '_> {
    type Error = Error;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, Error> {
        match self.iter.next() {
            Some((k, v)) => {
                self.value = Some(v);
                let key: de::value::StrDeserializer<'_, Error> = k.as_ref().into_deserializer();
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
struct SpannedFields<'n, 'a> {
    value: &'n Node<'a>,
    next: u8,
}

impl<'de> MapAccess<'de> for SpannedFields<'de, '_> {
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

/// Takes the array `key` out of a top-level table (empty when there is
/// none or it is not an array).
pub fn take_array<'a>(root: &mut Vec<(Cow<'a, str>, Node<'a>)>, key: &str) -> Vec<Node<'a>> {
    match root.iter().position(|(k, _)| k == key) {
        Some(i) => match root.remove(i).1 {
            Node::Array(items) => items,
            _ => Vec::new(),
        },
        None => Vec::new(),
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
        let v = Node::parse(r#"{"id": "x", "n": 3, "kind": "yes_no", "list": ["a"], "text": "t"}"#)
            .expect("json");
        let s = Sample::deserialize(Spanless(&v)).expect("reads");
        assert_eq!(s.id.get_ref(), "x");
        assert_eq!(s.id.span(), 0..0);
        assert_eq!(s.n.map(|n| *n.get_ref()), Some(3));
        assert_eq!(s.kind, Kind::YesNo);
        assert_eq!(s.list[0].get_ref(), "a");
        let bad =
            Node::parse(r#"{"id": "x", "kind": "maybe", "list": [], "text": "t", "extra": 1}"#)
                .expect("json");
        assert!(Sample::deserialize(Spanless(&bad)).is_err());
    }

    #[test]
    fn nodes_borrow_plain_strings_and_read_every_kind_of_value() {
        let text = r#"{"a": "plain", "b": "line\nbreak", "c": [1, -2, 18446744073709551615, 0.5, true, null], "d": {}}"#;
        let Node::Table(entries) = Node::parse(text).expect("json") else {
            panic!("not a table");
        };
        let keys: Vec<&str> = entries.iter().map(|(k, _)| k.as_ref()).collect();
        assert_eq!(keys, ["a", "b", "c", "d"]);
        assert!(matches!(&entries[0].1, Node::Str(Cow::Borrowed("plain"))));
        assert_eq!(entries[1].1, Node::Str(Cow::Owned("line\nbreak".into())));
        assert_eq!(
            entries[2].1,
            Node::Array(vec![
                Node::Uint(1),
                Node::Int(-2),
                Node::Uint(u64::MAX),
                Node::Float(0.5),
                Node::Bool(true),
                Node::Null,
            ])
        );
        assert_eq!(entries[3].1, Node::Table(Vec::new()));
        assert!(Node::parse("{\"a\": }").is_err());
    }

    #[test]
    fn take_array_removes_only_an_array() {
        let Node::Table(mut root) =
            Node::parse(r#"{"questions": [{"id": "q"}], "notes": "x"}"#).expect("json")
        else {
            panic!("not a table");
        };
        assert_eq!(take_array(&mut root, "questions").len(), 1);
        assert!(take_array(&mut root, "questions").is_empty());
        assert!(take_array(&mut root, "notes").is_empty());
    }
}
