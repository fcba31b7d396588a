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

/// A questionnaire, to print for review.
pub struct QuestionsReport<'a>(pub &'a Questionnaire);

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
        Ok(write_json(&super::fhir::questionnaire(self.0)?, out)?)
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
                Literal::Bool(true) => "yes".to_owned(),
                Literal::Bool(false) => "no".to_owned(),
                Literal::Int(n) => n.to_string(),
                Literal::Str(s) => s.clone(),
            };
            match test {
                Test::Equals(l) => format!("{question} is {}", lit(l)),
                Test::OneOf(ls) => format!(
                    "{question} is one of {}",
                    ls.iter().map(lit).collect::<Vec<_>>().join(", ")
                ),
                Test::AtLeast(n) => format!("{question} is at least {n}"),
                Test::AtMost(n) => format!("{question} is at most {n}"),
                Test::Above(n) => format!("{question} is above {n}"),
                Test::Below(n) => format!("{question} is below {n}"),
            }
        }
        Condition::All(parts) => parts
            .iter()
            .map(|p| format!("({})", describe_condition(p)))
            .collect::<Vec<_>>()
            .join(" and "),
        Condition::Any(parts) => parts
            .iter()
            .map(|p| format!("({})", describe_condition(p)))
            .collect::<Vec<_>>()
            .join(" or "),
        Condition::Not(inner) => format!("not ({})", describe_condition(inner)),
    }
}

fn effect_words(q: &Questionnaire, qu: &Question, e: &Effect) -> String {
    let when = match (&qu.kind, &e.test) {
        (QuestionKind::YesNo { .. }, Test::Equals(Literal::Bool(true))) => "yes".to_owned(),
        (QuestionKind::YesNo { .. }, Test::Equals(Literal::Str(_))) => "not sure".to_owned(),
        _ => describe_condition(&Condition::Answer {
            question: "answer".into(),
            test: e.test.clone(),
        }),
    };
    let kind = q.factor(&e.factor).map_or("", |f| f.kind.as_str());
    let also = e
        .condition
        .as_ref()
        .map(|c| format!(", when {}", describe_condition(c)))
        .unwrap_or_default();
    if e.points > 0 {
        format!("{when}{also} -> {} (+{} {kind})", e.factor, e.points)
    } else {
        format!("{when}{also} -> {} ({kind})", e.factor)
    }
}

fn type_words(qu: &Question) -> String {
    match &qu.kind {
        QuestionKind::YesNo { not_sure: false } => "yes/no".into(),
        QuestionKind::YesNo { not_sure: true } => "yes/no/not sure".into(),
        QuestionKind::Choice { .. } => "choose one".into(),
        QuestionKind::Multi { .. } => "choose any".into(),
        QuestionKind::Scale {
            min,
            max,
            min_label,
            max_label,
        } => format!("scale {min} ({min_label}) to {max} ({max_label})"),
        QuestionKind::Number { min, max, unit } => match unit {
            Some(u) => format!("number {min}-{max} {u}"),
            None => format!("number {min}-{max}"),
        },
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

fn text(q: &Questionnaire, width: usize, out: &mut impl Write) -> io::Result<()> {
    let head = format!("{} {}: {}", q.id, q.version, q.title);
    wrapped(out, width, "", &head)?;
    let count = format!(
        "{} questions, {} factors. Piped answers go one per line in this order;",
        q.questions.len(),
        q.factors.len()
    );
    wrapped(out, width, "", &count)?;
    wrapped(
        out,
        width,
        "",
        "a question whose \"asked when\" does not hold takes no line.",
    )?;
    for (i, qu) in q.questions.iter().enumerate() {
        writeln!(out)?;
        let optional = if qu.required { "" } else { ", optional" };
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
        wrapped(out, width, "    answers: ", &accepted(qu))?;
        if let Some(c) = &qu.condition {
            wrapped(out, width, "    asked when: ", &describe_condition(c))?;
        }
        for e in &qu.effects {
            wrapped(out, width, "    effect: ", &effect_words(q, qu, e))?;
        }
    }
    Ok(())
}

fn markdown(q: &Questionnaire, out: &mut impl Write) -> io::Result<()> {
    let md = crate::report::escape::markdown_inline;
    writeln!(out, "# {}\n", md(&q.title))?;
    writeln!(
        out,
        "Questionnaire `{}` version {}: {} questions, {} factors.\n",
        q.id,
        md(&q.version),
        q.questions.len(),
        q.factors.len()
    )?;
    writeln!(out, "## Questions\n")?;
    for (i, qu) in q.questions.iter().enumerate() {
        let optional = if qu.required { "" } else { ", optional" };
        writeln!(
            out,
            "{}. **{}** (`{}`, {}{optional})",
            i + 1,
            md(&qu.text),
            qu.id,
            type_words(qu)
        )?;
        if let Some(h) = &qu.help {
            writeln!(out, "   - Help: {}", md(h))?;
        }
        if !qu.options().is_empty() {
            let opts: Vec<String> = qu
                .options()
                .iter()
                .map(|o| format!("`{}` {}", o.value, md(&o.label)))
                .collect();
            writeln!(out, "   - Options: {}", opts.join("; "))?;
        }
        if let Some(c) = &qu.condition {
            writeln!(out, "   - Asked when: {}", describe_condition(c))?;
        }
        for e in &qu.effects {
            // For a reviewer: the factor's words, its id beside them.
            let label = q.factor(&e.factor).map_or("", |f| f.label.as_str());
            let words = effect_words(q, qu, e).replacen(
                &format!("-> {} (", e.factor),
                &format!("-> {} (`{}`, ", md(label), e.factor),
                1,
            );
            writeln!(out, "   - Effect: {words}")?;
        }
    }
    writeln!(out, "\n## How the answers become a verdict\n")?;
    writeln!(
        out,
        "The most urgent kind of factor an answer triggers decides, and nothing can outweigh it: \
         emergency (get help now), then red_flag (see a doctor first), then caution (check \
         first). Without any of these, benefit factors add points for their level (moderate 1, \
         high 2)."
    )?;
    if let Some(spec) = q.assessment() {
        writeln!(
            out,
            "From {} points the verdict is \"{}\", from {} points \"{}\", and below that \"{}\".",
            spec.benefit.likely_to_help,
            md(&spec.verdicts.likely_to_help.title),
            spec.benefit.may_help,
            md(&spec.verdicts.may_help.title),
            md(&spec.verdicts.unlikely_to_help.title),
        )?;
    }
    writeln!(out, "\n## Factors\n")?;
    writeln!(out, "| Id | Label | Kind | What it means | What to do |")?;
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
        writeln!(out, "\n## Notes\n")?;
        for n in &q.notes {
            writeln!(
                out,
                "- When {}: {}",
                describe_condition(&n.condition),
                md(&n.text)
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
