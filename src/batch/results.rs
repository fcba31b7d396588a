//! Writing one result per answer set: a JSON line, or a CSV row under stable
//! columns. The fields are a contract (docs/json-output.md, "score").

use std::io;

use serde::Serialize;

use super::{RecordError, Scored};
use crate::content::{FactorKind, Questionnaire};

/// The parts of a JSON result line that come from the content alone, as
/// JSON text, made once: each factor's key and its id as a string.
pub struct Layout {
    /// `"<id>":{"score":` for each factor.
    factor_keys: Vec<Vec<u8>>,
    /// `"<id>"` for each factor.
    factor_ids: Vec<Vec<u8>>,
}

impl Layout {
    /// The layout for a questionnaire's factors.
    pub fn new(q: &Questionnaire) -> Layout {
        let quoted = |id: &str| serde_json::to_vec(id).unwrap_or_default();
        Layout {
            factor_keys: q
                .factors
                .iter()
                .map(|f| {
                    let mut k = quoted(&f.id);
                    k.extend_from_slice(b":{\"score\":");
                    k
                })
                .collect(),
            factor_ids: q.factors.iter().map(|f| quoted(&f.id)).collect(),
        }
    }
}

/// The places of the triggered factors of some kinds, in content order
/// within each kind.
fn triggered_at(q: &Questionnaire, r: &Scored, kinds: &[FactorKind]) -> Vec<usize> {
    kinds
        .iter()
        .flat_map(|kind| {
            q.factors
                .iter()
                .zip(&r.scores.factors)
                .enumerate()
                .filter(move |(_, (f, n))| n.triggered && f.kind == *kind)
                .map(|(i, _)| i)
        })
        .collect()
}

/// The triggered factors of some kinds, in content order within each kind.
fn triggered<'a>(q: &'a Questionnaire, r: &Scored, kinds: &[FactorKind]) -> Vec<&'a str> {
    triggered_at(q, r, kinds)
        .into_iter()
        .map(|i| q.factors[i].id.as_str())
        .collect()
}

/// Red flags as the JSON report lists them: emergencies first.
fn red_flags<'a>(q: &'a Questionnaire, r: &Scored) -> Vec<&'a str> {
    triggered(q, r, &[FactorKind::Emergency, FactorKind::RedFlag])
}

/// Writes the JSON line of a scored record:
/// `{"_id":…,"line":N,"verdict":"…","disposition":{"when":"…","where":"…"},"factors":{"<id>":{"score":…,"level":…},…},"red_flags":[…],"cautions":[…]}`.
/// Written by hand from the layout's pieces (a test holds it to serde's
/// output): this is the inner loop of `score`.
pub fn write_jsonl(
    layout: &Layout,
    q: &Questionnaire,
    r: &Scored,
    out: &mut Vec<u8>,
) -> io::Result<()> {
    let mut n = itoa::Buffer::new();
    out.extend_from_slice(b"{\"_id\":");
    serde_json::to_writer(&mut *out, &r.id)?;
    out.extend_from_slice(b",\"line\":");
    out.extend_from_slice(n.format(r.line).as_bytes());
    out.extend_from_slice(b",\"verdict\":\"");
    out.extend_from_slice(r.verdict.as_str().as_bytes());
    out.extend_from_slice(b"\",\"disposition\":{\"when\":\"");
    out.extend_from_slice(r.disposition.when.as_str().as_bytes());
    out.extend_from_slice(b"\",\"where\":\"");
    out.extend_from_slice(r.disposition.place.as_str().as_bytes());
    out.extend_from_slice(b"\"},\"factors\":{");
    for (i, (key, f)) in layout.factor_keys.iter().zip(&r.scores.factors).enumerate() {
        if i > 0 {
            out.push(b',');
        }
        out.extend_from_slice(key);
        out.extend_from_slice(n.format(f.score).as_bytes());
        out.extend_from_slice(match f.level {
            None => b",\"level\":null}".as_slice(),
            Some(l) => match l.as_str() {
                "low" => b",\"level\":\"low\"}".as_slice(),
                "moderate" => b",\"level\":\"moderate\"}".as_slice(),
                _ => b",\"level\":\"high\"}".as_slice(),
            },
        });
    }
    let list = |out: &mut Vec<u8>, places: &[usize]| {
        out.push(b'[');
        for (i, p) in places.iter().enumerate() {
            if i > 0 {
                out.push(b',');
            }
            out.extend_from_slice(&layout.factor_ids[*p]);
        }
        out.push(b']');
    };
    out.extend_from_slice(b"},\"red_flags\":");
    list(
        out,
        &triggered_at(q, r, &[FactorKind::Emergency, FactorKind::RedFlag]),
    );
    out.extend_from_slice(b",\"cautions\":");
    list(out, &triggered_at(q, r, &[FactorKind::Caution]));
    out.extend_from_slice(b"}\n");
    Ok(())
}

/// Writes the JSON line of a record that could not be scored.
pub fn write_error_jsonl(
    id: &serde_json::Value,
    error: &RecordError,
    out: &mut Vec<u8>,
) -> io::Result<()> {
    #[derive(Serialize)]
    struct ErrorLine<'a> {
        _id: &'a serde_json::Value,
        line: usize,
        error: &'a str,
    }
    serde_json::to_writer(
        &mut *out,
        &ErrorLine {
            _id: id,
            line: error.line,
            error: &error.message,
        },
    )?;
    out.push(b'\n');
    Ok(())
}

/// The CSV columns: `_id`, `line`, `verdict`, `red_flags`, `cautions`
/// (ids joined by `|`), `<factor>.score` and `<factor>.level` for every
/// factor in content order, and `error` (empty when the record was scored).
pub fn csv_header(q: &Questionnaire) -> Vec<u8> {
    let mut fields = vec![
        "_id".to_owned(),
        "line".into(),
        "verdict".into(),
        "when".into(),
        "where".into(),
        "red_flags".into(),
        "cautions".into(),
    ];
    for f in &q.factors {
        fields.push(format!("{}.score", f.id));
        fields.push(format!("{}.level", f.id));
    }
    fields.push("error".into());
    row(&fields)
}

/// One CSV row, quoted where needed.
fn row<S: AsRef<[u8]>>(fields: &[S]) -> Vec<u8> {
    let mut w = csv::Writer::from_writer(Vec::new());
    let _ = w.write_record(fields);
    w.into_inner().unwrap_or_default()
}

/// `_id` as a cell: a string as it is, anything else as JSON.
fn id_cell(id: &serde_json::Value) -> String {
    match id {
        serde_json::Value::Null => String::new(),
        serde_json::Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

/// Writes the CSV row of a scored record.
pub fn write_csv(q: &Questionnaire, r: &Scored, out: &mut Vec<u8>) -> io::Result<()> {
    let mut fields = vec![
        id_cell(&r.id),
        r.line.to_string(),
        r.verdict.as_str().to_owned(),
        r.disposition.when.as_str().to_owned(),
        r.disposition.place.as_str().to_owned(),
        red_flags(q, r).join("|"),
        triggered(q, r, &[FactorKind::Caution]).join("|"),
    ];
    for n in &r.scores.factors {
        fields.push(n.score.to_string());
        fields.push(n.level.map_or("", |l| l.as_str()).to_owned());
    }
    fields.push(String::new());
    out.extend(row(&fields));
    Ok(())
}

/// Writes the CSV row of a record that could not be scored.
pub fn write_error_csv(
    q: &Questionnaire,
    id: &serde_json::Value,
    error: &RecordError,
    out: &mut Vec<u8>,
) -> io::Result<()> {
    let mut fields = vec![id_cell(id), error.line.to_string()];
    fields.extend(std::iter::repeat_n(String::new(), 3 + 2 * q.factors.len()));
    fields.push(error.message.clone());
    out.extend(row(&fields));
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::batch::records::{Body, RawRecord};
    use crate::batch::{OutputFormat, Scorer};

    /// The line as serde writes it from a plain JSON value.
    fn by_serde(q: &Questionnaire, r: &Scored) -> String {
        let ids = |kinds: &[FactorKind]| -> Vec<String> {
            triggered(q, r, kinds)
                .into_iter()
                .map(str::to_owned)
                .collect()
        };
        let mut factors = serde_json::Map::new();
        for (f, n) in q.factors.iter().zip(&r.scores.factors) {
            factors.insert(
                f.id.clone(),
                serde_json::json!({"score": n.score, "level": n.level.map(|l| l.as_str())}),
            );
        }
        let line = serde_json::json!({
            "_id": r.id,
            "line": r.line,
            "verdict": r.verdict.as_str(),
            "disposition": r.disposition,
            "factors": factors,
            "red_flags": ids(&[FactorKind::Emergency, FactorKind::RedFlag]),
            "cautions": ids(&[FactorKind::Caution]),
        });
        format!("{line}\n")
    }

    #[test]
    fn the_hand_written_line_is_what_serde_writes() {
        let q = crate::content::load_shipped().expect("shipped");
        let spec = q.assessment().expect("assessment");
        let scorer = Scorer::new(&q, spec, "t.jsonl", OutputFormat::Jsonl, false);
        let mut text = Vec::new();
        crate::batch::sample::write_jsonl(&q, 200, 3, &mut text).expect("sample");
        let layout = Layout::new(&q);
        for (i, line) in String::from_utf8(text).expect("utf-8").lines().enumerate() {
            let record = RawRecord {
                line: i + 1,
                body: Body::Json(line.to_owned()),
            };
            let scored = scorer.score(&record).expect("valid sample");
            let mut ours = Vec::new();
            write_jsonl(&layout, &q, &scored, &mut ours).expect("writes");
            assert_eq!(
                String::from_utf8(ours).expect("utf-8"),
                by_serde(&q, &scored)
            );
        }
    }
}
