//! `backcheck questions`: the questionnaire printed for review by a clinician
//! or an integration, in text, markdown or JSON. Shows every question in the
//! order piped answers must follow, what it accepts, when it is asked and what
//! its answers do.

use std::io::{self, Write};

use serde_json::{Value, json};

use super::{Document, RenderError, RenderOptions, write_json};
use crate::answers::accepted;
use crate::content::{Condition, Effect, Literal, Question, QuestionKind, Questionnaire, Test};
use crate::sanitize::printable;
use crate::words::{t, ta};

/// A questionnaire, to print for review; with the same questionnaire in
/// the other languages it has, for FHIR's `translation` extensions.
pub struct QuestionsReport<'a>(
    pub &'a Questionnaire,
    pub &'a [(&'static str, Questionnaire)],
    /// FHIR: with the CodeSystem, in a Bundle.
    pub bool,
);

impl Document for QuestionsReport<'_> {
    fn text(&self, o: &RenderOptions, out: &mut Vec<u8>) -> io::Result<()> {
        text(self.0, o.width, out)
    }

    fn markdown(&self, _: &RenderOptions, out: &mut Vec<u8>) -> io::Result<()> {
        markdown(self.0, out)
    }

    fn json(&self, out: &mut Vec<u8>) -> io::Result<()> {
        write_json(&to_json(self.0), out)
    }

    fn fhir(&self, _: &RenderOptions, out: &mut Vec<u8>) -> Result<(), RenderError> {
        let mut fhir = super::fhir::questionnaire(self.0)?;
        for (tag, other) in self.1 {
            super::fhir::translate(&mut fhir, &super::fhir::questionnaire(other)?, tag);
        }
        if self.2 {
            fhir = super::fhir::with_code_system(self.0, fhir);
        }
        Ok(write_json(&fhir, out)?)
    }
}

fn literal_json(l: &Literal) -> Value {
    match l {
        Literal::Bool(b) => json!(b),
        Literal::Int(i) => json!(i),
        Literal::Str(s) => json!(s),
    }
}

/// A test as in the content format: `{"equals": ...}`, `{"in": [...]}`, ...
fn test_json(t: &Test) -> serde_json::Map<String, Value> {
    let (key, value) = match t {
        Test::Equals(l) => ("equals", literal_json(l)),
        Test::OneOf(ls) => ("in", Value::Array(ls.iter().map(literal_json).collect())),
        Test::AtLeast(n) => ("at_least", json!(n)),
        Test::AtMost(n) => ("at_most", json!(n)),
        Test::Above(n) => ("above", json!(n)),
        Test::Below(n) => ("below", json!(n)),
    };
    let mut map = serde_json::Map::new();
    map.insert(key.into(), value);
    map
}

/// A condition as in the content format.
pub fn condition_json(c: &Condition) -> Value {
    match c {
        Condition::Answer { question, test } => {
            let mut map = test_json(test);
            map.insert("question".into(), json!(question));
            Value::Object(map)
        }
        Condition::All(parts) => {
            json!({ "all": parts.iter().map(condition_json).collect::<Vec<_>>() })
        }
        Condition::Any(parts) => {
            json!({ "any": parts.iter().map(condition_json).collect::<Vec<_>>() })
        }
        Condition::Not(inner) => json!({ "not": condition_json(inner) }),
    }
}

fn effect_json(e: &Effect) -> Value {
    let mut map = test_json(&e.test);
    map.insert("factor".into(), json!(e.factor));
    map.insert("points".into(), json!(e.points));
    if let Some(c) = &e.condition {
        map.insert("condition".into(), condition_json(c));
    }
    Value::Object(map)
}

fn to_json(q: &Questionnaire) -> Value {
    let questions: Vec<Value> = q
        .questions
        .iter()
        .map(|qu| {
            let (min, max) = qu.kind.range().map_or((None, None), |(a, b)| (Some(a), Some(b)));
            json!({
                "id": qu.id,
                "text": qu.text,
                "help": qu.help,
                "type": qu.kind.as_str(),
                "options": qu.options().iter().map(|o| json!({"value": o.value, "label": o.label})).collect::<Vec<_>>(),
                "min": min,
                "max": max,
                "required": qu.required,
                "condition": qu.condition.as_ref().map(condition_json),
                "effects": qu.effects.iter().map(effect_json).collect::<Vec<_>>(),
            })
        })
        .collect();
    let factors: Vec<Value> = q
        .factors
        .iter()
        .map(|f| {
            json!({
                "id": f.id,
                "label": f.label,
                "kind": f.kind,
                "explanation": f.explanation,
                "advice": f.advice,
                "thresholds": f.scoring.as_ref().map(|s| json!({"moderate": s.moderate, "high": s.high})),
            })
        })
        .collect();
    json!({
        "schema_version": 1,
        "lang": crate::words::lang().tag(),
        "questionnaire": {"id": q.id, "version": q.version, "title": q.title},
        "questions": questions,
        "factors": factors,
    })
}

/// A condition in words: `pain_duration is one of under_6_weeks, 6_to_12_weeks`.
pub fn describe_condition(c: &Condition) -> String {
    match c {
        Condition::Answer { question, test } => {
            let lit = |l: &Literal| match l {
                Literal::Bool(true) => t("report-yes"),
                Literal::Bool(false) => t("report-no"),
                Literal::Int(n) => n.to_string(),
                Literal::Str(s) => s.clone(),
            };
            let (id, value) = match test {
                Test::Equals(l) => ("test-equals", lit(l)),
                Test::OneOf(ls) => (
                    "test-one-of",
                    ls.iter().map(lit).collect::<Vec<_>>().join(", "),
                ),
                Test::AtLeast(n) => ("test-at-least", n.to_string()),
                Test::AtMost(n) => ("test-at-most", n.to_string()),
                Test::Above(n) => ("test-above", n.to_string()),
                Test::Below(n) => ("test-below", n.to_string()),
            };
            ta(
                id,
                &[
                    ("question", question.as_str().into()),
                    ("value", value.into()),
                ],
            )
        }
        Condition::All(parts) => parts
            .iter()
            .map(|p| format!("({})", describe_condition(p)))
            .collect::<Vec<_>>()
            .join(&t("test-and")),
        Condition::Any(parts) => parts
            .iter()
            .map(|p| format!("({})", describe_condition(p)))
            .collect::<Vec<_>>()
            .join(&t("test-or")),
        Condition::Not(inner) => ta("test-not", &[("test", describe_condition(inner).into())]),
    }
}

fn effect_words(q: &Questionnaire, qu: &Question, e: &Effect) -> String {
    let when = match (&qu.kind, &e.test) {
        (QuestionKind::YesNo { .. }, Test::Equals(Literal::Bool(true))) => t("report-yes"),
        (QuestionKind::YesNo { .. }, Test::Equals(Literal::Str(_))) => t("listing-not-sure"),
        _ => describe_condition(&Condition::Answer {
            question: t("listing-the-answer"),
            test: e.test.clone(),
        }),
    };
    let kind = q.factor(&e.factor).map_or("", |f| f.kind.as_str());
    let also = e
        .condition
        .as_ref()
        .map(|c| {
            ta(
                "listing-effect-when",
                &[("test", describe_condition(c).into())],
            )
        })
        .unwrap_or_default();
    if e.points > 0 {
        format!("{when}{also} -> {} (+{} {kind})", e.factor, e.points)
    } else {
        format!("{when}{also} -> {} ({kind})", e.factor)
    }
}

fn type_words(qu: &Question) -> String {
    match &qu.kind {
        QuestionKind::YesNo { not_sure: false } => t("listing-yes-no"),
        QuestionKind::YesNo { not_sure: true } => t("listing-yes-no-not-sure"),
        QuestionKind::Choice { .. } => t("listing-choose-one"),
        QuestionKind::Multi { .. } => t("listing-choose-any"),
        QuestionKind::Scale {
            min,
            max,
            min_label,
            max_label,
        } => ta(
            "listing-scale",
            &[
                ("min", (*min).into()),
                ("max", (*max).into()),
                ("min_label", min_label.as_str().into()),
                ("max_label", max_label.as_str().into()),
            ],
        ),
        QuestionKind::Number { min, max, unit } => ta(
            "listing-number",
            &[
                ("min", (*min).into()),
                ("max", (*max).into()),
                (
                    "unit",
                    unit.as_ref()
                        .map(|u| format!(" {u}"))
                        .unwrap_or_default()
                        .into(),
                ),
            ],
        ),
    }
}

/// Writes `text` wrapped to `width`, every line after `first` indented as
/// deep as the text after it.
fn wrapped(out: &mut impl Write, width: usize, first: &str, text: &str) -> io::Result<()> {
    let rest = " ".repeat(first.chars().count());
    for line in crate::wrap::wrap_lines(&printable(text), width.saturating_sub(1), first, &rest) {
        writeln!(out, "{line}")?;
    }
    Ok(())
}

/// Whether answers may add questions, for the count's words: `yes` or `no`.
fn more(q: &Questionnaire) -> &'static str {
    if crate::flow::count(q).1 { "yes" } else { "no" }
}

fn text(q: &Questionnaire, width: usize, out: &mut impl Write) -> io::Result<()> {
    let head = format!("{} {}: {}", q.id, q.version, q.title);
    wrapped(out, width, "", &head)?;
    let count = ta(
        "listing-count",
        &[
            ("questions", crate::flow::count(q).0.into()),
            ("more", more(q).into()),
            ("factors", q.factors.len().into()),
        ],
    );
    wrapped(out, width, "", &count)?;
    wrapped(out, width, "", &t("listing-piped"))?;
    for (i, qu) in q.questions.iter().enumerate() {
        writeln!(out)?;
        let optional = if qu.required {
            String::new()
        } else {
            t("listing-optional")
        };
        wrapped(
            out,
            width,
            &format!("{:>2}. ", i + 1),
            &format!("{} ({}{optional})", qu.id, type_words(qu)),
        )?;
        wrapped(out, width, "    ", qu.text.trim())?;
        for (n, o) in qu.options().iter().enumerate() {
            let head = format!("      {}. {} = ", n + 1, o.value);
            wrapped(out, width, &head, &o.label)?;
        }
        wrapped(
            out,
            width,
            &format!("    {} ", t("listing-answers")),
            &accepted(qu),
        )?;
        if let Some(c) = &qu.condition {
            wrapped(
                out,
                width,
                &format!("    {} ", t("listing-asked-when")),
                &describe_condition(c),
            )?;
        }
        for e in &qu.effects {
            wrapped(
                out,
                width,
                &format!("    {} ", t("listing-effect")),
                &effect_words(q, qu, e),
            )?;
        }
    }
    Ok(())
}

fn markdown(q: &Questionnaire, out: &mut impl Write) -> io::Result<()> {
    let md = crate::report::escape::markdown_inline;
    writeln!(out, "# {}\n", md(&q.title))?;
    writeln!(
        out,
        "{}\n",
        ta(
            "listing-heading",
            &[
                ("id", format!("`{}`", q.id).into()),
                ("version", md(&q.version).into()),
                ("questions", crate::flow::count(q).0.into()),
                ("more", more(q).into()),
                ("factors", q.factors.len().into()),
            ],
        )
    )?;
    writeln!(out, "## {}\n", t("listing-questions"))?;
    for (i, qu) in q.questions.iter().enumerate() {
        let optional = if qu.required {
            String::new()
        } else {
            t("listing-optional")
        };
        writeln!(
            out,
            "{}. **{}** (`{}`, {}{optional})",
            i + 1,
            md(&qu.text),
            qu.id,
            type_words(qu)
        )?;
        if let Some(h) = &qu.help {
            writeln!(out, "   - {} {}", t("listing-help"), md(h))?;
        }
        if !qu.options().is_empty() {
            let opts: Vec<String> = qu
                .options()
                .iter()
                .map(|o| format!("`{}` {}", o.value, md(&o.label)))
                .collect();
            writeln!(out, "   - {} {}", t("listing-options"), opts.join("; "))?;
        }
        if let Some(c) = &qu.condition {
            writeln!(
                out,
                "   - {} {}",
                t("listing-asked-when-md"),
                describe_condition(c)
            )?;
        }
        for e in &qu.effects {
            // For a reviewer: the factor's words, its id beside them.
            let label = q.factor(&e.factor).map_or("", |f| f.label.as_str());
            let words = effect_words(q, qu, e).replacen(
                &format!("-> {} (", e.factor),
                &format!("-> {} (`{}`, ", md(label), e.factor),
                1,
            );
            writeln!(out, "   - {} {words}", t("listing-effect-md"))?;
        }
    }
    writeln!(out, "\n## {}\n", t("listing-how"))?;
    writeln!(out, "{}", t("listing-how-text"))?;
    if let Some(spec) = q.assessment() {
        writeln!(
            out,
            "{}",
            ta(
                "listing-points",
                &[
                    ("likely", spec.benefit.likely_to_help.into()),
                    (
                        "likely_title",
                        md(&spec.verdicts.likely_to_help.title).into()
                    ),
                    ("may", spec.benefit.may_help.into()),
                    ("may_title", md(&spec.verdicts.may_help.title).into()),
                    (
                        "unlikely_title",
                        md(&spec.verdicts.unlikely_to_help.title).into()
                    ),
                ],
            )
        )?;
    }
    writeln!(out, "\n## {}\n", t("listing-factors"))?;
    writeln!(out, "{}", t("listing-factors-header"))?;
    writeln!(out, "| --- | --- | --- | --- | --- |")?;
    let cell = md;
    for f in &q.factors {
        writeln!(
            out,
            "| `{}` | {} | {} | {} | {} |",
            f.id,
            cell(&f.label),
            f.kind,
            cell(&f.explanation),
            cell(f.advice.as_deref().unwrap_or("")),
        )?;
    }
    if !q.notes.is_empty() {
        writeln!(out, "\n## {}\n", t("listing-notes"))?;
        for n in &q.notes {
            writeln!(
                out,
                "- {}",
                ta(
                    "listing-note",
                    &[
                        ("test", describe_condition(&n.condition).into()),
                        ("text", md(&n.text).into()),
                    ],
                )
            )?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_text_listing_fits_every_width_from_forty_columns() {
        for q in [
            crate::content::load_shipped().expect("shipped"),
            crate::content::load_checkin().expect("check-in"),
        ] {
            for width in [40, 60, 80, 120] {
                let mut out = Vec::new();
                text(&q, width, &mut out).expect("in memory");
                let out = String::from_utf8(out).expect("utf-8");
                for line in out.lines() {
                    assert!(
                        console::measure_text_width(line) < width,
                        "{width}: {line:?}"
                    );
                }
                // Every question is there, its id whole.
                for qu in &q.questions {
                    assert!(out.contains(&format!(". {}", qu.id)), "{}", qu.id);
                }
            }
        }
    }
}
