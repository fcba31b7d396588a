//! The entries of an answers file, TOML or JSON, in file order, each with
//! the line and column of its key and of its value. JSON has no positions of
//! its own in serde, so a small scanner finds them in the (already valid)
//! text.

use toml::de::{DeTable, DeValue};

use super::AnswersError;
use crate::content::{Places, line_col};

/// A plain value from either format.
#[derive(Debug)]
pub enum Value {
    /// `true` or `false`.
    Bool(bool),
    /// A whole number.
    Int(i64),
    /// A string.
    Str(String),
    /// An array.
    Array(Vec<Value>),
    /// Anything else (a table, a float, null).
    Other,
    /// A FHIR coding from a code system that is not the questionnaire's.
    Foreign {
        /// The coding's system.
        system: String,
    },
    /// A word without quotes (`fever = no`), which TOML reads as nothing.
    Bare(String),
    /// A line TOML cannot read, with the parser's words.
    Broken(String),
}

/// One `key = value` of the file.
pub struct Entry {
    /// The key.
    pub key: String,
    /// The value.
    pub value: Value,
    /// The value as written, for messages.
    pub given: String,
    /// 1-based line and column of the key.
    pub key_at: (usize, usize),
    /// 1-based line and column of the value.
    pub value_at: (usize, usize),
    /// Where in a FHIR response the answer is (`item[2].answer[0]`, with
    /// its `linkId`), said instead of a line and column.
    pub path: Option<String>,
}

fn position(text: &str, offset: usize) -> (usize, usize) {
    let (l, c) = line_col(text, offset);
    (l + 1, c + 1)
}

/// The entries of a TOML answers file. A file TOML cannot read is read
/// again a line at a time, so that every problem (a bare word, a key given
/// twice, a misspelled key, the answers missing) is reported at once.
pub fn toml(name: &str, text: &str) -> Result<Vec<Entry>, AnswersError> {
    match DeTable::parse(text) {
        Ok(table) => Ok(toml_entries(&table, text, 0)),
        Err(e) => by_line(text).ok_or_else(|| {
            let (line, column) = position(text, e.span().map_or(0, |s| s.start));
            AnswersError::Syntax {
                path: name.to_owned(),
                line,
                column,
                message: e.message().trim_end().to_owned(),
            }
        }),
    }
}

/// The entries of a TOML file read in pieces: each line, or the lines of
/// an array that spans several. `None` when the file has tables, which an
/// answers file never has: its error is then the parser's.
fn by_line(text: &str) -> Option<Vec<Entry>> {
    let mut out = Vec::new();
    // The piece read next: its first byte and line (0-based).
    let (mut start, mut first_line) = (0, 0);
    let (mut depth, mut offset, mut lines) = (0i64, 0, 0);
    for line in text.split_inclusive('\n') {
        if depth == 0 {
            (start, first_line) = (offset, lines);
        }
        offset += line.len();
        lines += 1;
        let code = line.split('#').next().unwrap_or("");
        if depth == 0 && code.trim_start().starts_with('[') {
            return None;
        }
        depth += code.matches('[').count() as i64 - code.matches(']').count() as i64;
        if depth > 0 && offset < text.len() {
            continue;
        }
        depth = 0;
        let piece = &text[start..offset];
        match DeTable::parse(piece) {
            Ok(table) => out.extend(toml_entries(&table, piece, first_line)),
            Err(e) => out.push(broken(piece, first_line, &e)),
        }
    }
    Some(out)
}

/// The entry of a piece of TOML that does not parse: a bare word, or the
/// parser's message.
fn broken(piece: &str, first_line: usize, e: &toml::de::Error) -> Entry {
    let at = |o: usize| {
        let (l, c) = position(piece, o);
        (l + first_line, c)
    };
    let key_end = piece.find('=').unwrap_or(0);
    let key = piece[..key_end].trim();
    let after = &piece[(key_end + 1).min(piece.len())..];
    let raw = after.split('#').next().unwrap_or("").trim();
    let value_at = after
        .find(|c: char| !c.is_whitespace())
        .filter(|_| !key.is_empty())
        .map_or_else(
            || at(e.span().map_or(0, |s| s.start)),
            |o| at(key_end + 1 + o),
        );
    let bare = !key.is_empty()
        && raw.chars().any(char::is_alphabetic)
        && raw
            .chars()
            .all(|c| c.is_alphanumeric() || c == '_' || c == '-');
    Entry {
        key: key.trim_matches('"').to_owned(),
        value: if bare {
            Value::Bare(raw.to_owned())
        } else {
            Value::Broken(e.message().trim_end().to_owned())
        },
        given: raw.to_owned(),
        key_at: at(piece.len() - piece.trim_start().len()),
        value_at,
        path: None,
    }
}

/// The entries of a parsed TOML table, `text`, which starts on line
/// `first_line` (0-based) of its file.
fn toml_entries(table: &toml::Spanned<DeTable<'_>>, text: &str, first_line: usize) -> Vec<Entry> {
    fn value(v: &DeValue<'_>) -> Value {
        match v {
            DeValue::Boolean(b) => Value::Bool(*b),
            DeValue::Integer(i) => {
                i64::from_str_radix(i.as_str(), i.radix()).map_or(Value::Other, Value::Int)
            }
            DeValue::String(s) => Value::Str(s.to_string()),
            DeValue::Array(items) => {
                Value::Array(items.iter().map(|i| value(i.get_ref())).collect())
            }
            _ => Value::Other,
        }
    }
    let mut places = Places::new(text);
    let mut at = |offset| {
        let (l, c) = places.line_col(offset);
        (l + first_line + 1, c + 1)
    };
    table
        .get_ref()
        .iter()
        .map(|(k, v)| Entry {
            key: k.get_ref().to_string(),
            value: value(v.get_ref()),
            given: text.get(v.span()).unwrap_or("?").to_owned(),
            key_at: at(k.span().start),
            value_at: at(v.span().start),
            path: None,
        })
        .collect()
}

/// The entries of a JSON object in file order, duplicates included (a map
/// would keep only the last of two answers to one question, silently).
struct JsonEntries(Vec<(String, serde_json::Value)>);

impl<'de> serde::Deserialize<'de> for JsonEntries {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Entries;
        impl<'de> serde::de::Visitor<'de> for Entries {
            type Value = JsonEntries;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(&crate::words::t("answer-json-one-object"))
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<JsonEntries, A::Error> {
                let mut out = Vec::new();
                while let Some(entry) = map.next_entry::<String, serde_json::Value>()? {
                    out.push(entry);
                }
                Ok(JsonEntries(out))
            }
        }
        d.deserialize_map(Entries)
    }
}

/// serde_json's terse messages, said as what was expected.
fn json_words(message: &str) -> String {
    let id = match message {
        "expected value" | "expected ident" => "answer-json-expected-value",
        "key must be a string" => "answer-json-key",
        "trailing comma" => "answer-json-trailing-comma",
        "EOF while parsing an object" => "answer-json-eof-object",
        "EOF while parsing a list" => "answer-json-eof-list",
        "EOF while parsing a string" => "answer-json-eof-string",
        "EOF while parsing a value" => "answer-json-eof-value",
        "trailing characters" => "answer-json-trailing",
        other => return other.to_owned(),
    };
    crate::words::t(id)
}

fn value(v: &serde_json::Value) -> Value {
    match v {
        serde_json::Value::Bool(b) => Value::Bool(*b),
        serde_json::Value::Number(n) => n.as_i64().map_or(Value::Other, Value::Int),
        serde_json::Value::String(s) => Value::Str(s.clone()),
        serde_json::Value::Array(items) => Value::Array(items.iter().map(value).collect()),
        _ => Value::Other,
    }
}

/// A JSON value as a plain value, taking its strings.
fn into_value(v: serde_json::Value) -> Value {
    match v {
        serde_json::Value::Bool(b) => Value::Bool(b),
        serde_json::Value::Number(n) => n.as_i64().map_or(Value::Other, Value::Int),
        serde_json::Value::String(s) => Value::Str(s),
        serde_json::Value::Array(items) => {
            Value::Array(items.into_iter().map(into_value).collect())
        }
        _ => Value::Other,
    }
}

/// The entries of one JSON object without their places, and its `_id` (any
/// JSON value) taken out: the quick read of `score`'s records. On any
/// problem, `json` reads the record again to say where.
pub fn json_record(text: &str) -> Option<(Option<serde_json::Value>, Vec<Entry>)> {
    let JsonEntries(map) = serde_json::from_str(text).ok()?;
    let mut id = None;
    let mut entries = Vec::with_capacity(map.len());
    for (key, v) in map {
        if key == "_id" {
            if id.is_some() {
                return None;
            }
            id = Some(v);
            continue;
        }
        entries.push(Entry {
            value: into_value(v),
            key,
            given: String::new(),
            key_at: (0, 0),
            value_at: (0, 0),
            path: None,
        });
    }
    Some((id, entries))
}

/// The entries of a JSON answers file.
pub fn json(name: &str, text: &str) -> Result<Vec<Entry>, AnswersError> {
    let JsonEntries(map) = serde_json::from_str(text).map_err(|e| {
        // "expected value at line 1 column 11": the place goes in front, as
        // for TOML.
        let message = e.to_string();
        let message = match message.rfind(" at line ") {
            Some(i) => message[..i].to_owned(),
            None => message,
        };
        AnswersError::Syntax {
            path: name.to_owned(),
            line: e.line().max(1),
            column: e.column().max(1),
            message: json_words(&message),
        }
    })?;
    let offsets = json_places(text);
    let mut places = Places::new(text);
    let mut at = |offset| {
        let (l, c) = places.line_col(offset);
        (l + 1, c + 1)
    };
    Ok(map
        .iter()
        .enumerate()
        .map(|(i, (k, v))| {
            let (key_at, value_at) = offsets.get(i).copied().unwrap_or((0, 0));
            Entry {
                key: k.clone(),
                value: value(v),
                given: v.to_string(),
                key_at: at(key_at),
                value_at: at(value_at),
                path: None,
            }
        })
        .collect())
}

/// The byte offsets of each top-level key and its value in a valid JSON
/// object, in file order.
fn json_places(text: &str) -> Vec<(usize, usize)> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    let skip_ws = |i: &mut usize| {
        while *i < bytes.len() && bytes[*i].is_ascii_whitespace() {
            *i += 1;
        }
    };
    // Moves past a string that starts at `i` (a quote).
    let skip_string = |i: &mut usize| {
        *i += 1;
        while *i < bytes.len() && bytes[*i] != b'"' {
            *i += if bytes[*i] == b'\\' { 2 } else { 1 };
        }
        *i += 1;
    };
    skip_ws(&mut i);
    if bytes.get(i) != Some(&b'{') {
        return out;
    }
    i += 1;
    loop {
        skip_ws(&mut i);
        if i >= bytes.len() || bytes[i] != b'"' {
            return out;
        }
        let key = i;
        skip_string(&mut i);
        skip_ws(&mut i);
        i += 1; // the colon
        skip_ws(&mut i);
        let value = i;
        out.push((key, value));
        let mut depth = 0usize;
        while i < bytes.len() {
            match bytes[i] {
                b'"' => {
                    skip_string(&mut i);
                    continue;
                }
                b'{' | b'[' => depth += 1,
                b'}' | b']' if depth > 0 => depth -= 1,
                b',' | b'}' if depth == 0 => break,
                _ => {}
            }
            i += 1;
        }
        if i >= bytes.len() || bytes[i] == b'}' {
            return out;
        }
        i += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_keys_and_values_are_found_where_they_are() {
        let text = "{\n  \"a\": true,\n  \"b\":[\"x,}\", {\"c\": 1}] , \"d\\\"e\": \"f\"\n}";
        let e = json("t.json", text).expect("valid");
        type Place<'a> = (&'a str, (usize, usize), (usize, usize));
        let places: Vec<Place<'_>> = e
            .iter()
            .map(|e| (e.key.as_str(), e.key_at, e.value_at))
            .collect();
        assert_eq!(
            places,
            [
                ("a", (2, 3), (2, 8)),
                ("b", (3, 3), (3, 7)),
                ("d\"e", (3, 27), (3, 35)),
            ]
        );
    }

    #[test]
    fn a_json_syntax_error_reads_like_a_toml_one() {
        let Err(AnswersError::Syntax {
            line,
            column,
            message,
            ..
        }) = json("a.json", "{\"fever\": }")
        else {
            panic!("a syntax error");
        };
        assert_eq!(
            (line, column, message.as_str()),
            (
                1,
                11,
                "expected a value: true, false, a number, a \"string\" or an [array]"
            )
        );
    }

    #[test]
    fn toml_values_have_their_own_column() {
        let e = toml("a.toml", "fever = \"no\"\n").expect("valid");
        assert_eq!((e[0].key_at, e[0].value_at), ((1, 1), (1, 9)));
    }
}
