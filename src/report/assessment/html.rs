//! The HTML report: the markdown report's content as one self-contained page
//! (see `report/html.rs`): urgent block, verdict, why, next steps, the
//! therapist note, the answers, the research, references, the "get help at
//! once" list, and the consult text last.

use super::{
    advice_after_urgent, because, benefits_for_later, kind_words, shows_evidence,
    triggered_in_order,
};
use crate::content::FactorKind;
use crate::report::RenderOptions;
use crate::report::html::Page;
use crate::rules::Assessment;

/// The page.
pub fn render(a: &Assessment, o: &RenderOptions) -> String {
    let mut page = Page::new(
        &a.title,
        &format!(
            "Date: {} · Questionnaire: {} {}",
            o.date, a.questionnaire_id, a.questionnaire_version
        ),
    );

    if !a.headline.is_empty() {
        page.open(Some("headline"));
        page.text(&a.headline);
        page.close();
    }

    let emergencies: Vec<_> = a.triggered(FactorKind::Emergency).collect();
    if !emergencies.is_empty() {
        page.open(Some("urgent"));
        page.heading(2, "GET HELP NOW");
        page.list_open();
        for f in &emergencies {
            page.item(&f.label, "", f.advice.as_deref().unwrap_or(""), &[]);
        }
        page.list_close();
        page.close();
    }

    page.open(Some("verdict"));
    page.heading(2, &format!("Verdict: {}", a.verdict.title));
    page.text(&a.verdict.summary);
    page.close();

    page.open(None);
    page.heading(2, "Why");
    let triggered = triggered_in_order(a);
    if triggered.is_empty() {
        page.text("None of your answers pointed to a factor in this questionnaire.");
    } else {
        page.list_open();
        for f in &triggered {
            let reasons: Vec<String> = f
                .reasons
                .iter()
                .map(|r| format!("Because {}", because(r)))
                .collect();
            page.item(
                &f.label,
                &format!(" ({})", kind_words(a, f)),
                &f.explanation,
                &reasons,
            );
        }
        page.list_close();
    }
    if let Some(later) = benefits_for_later(a) {
        page.text(&later);
    }
    page.close();

    page.open(None);
    page.heading(2, "What to do next");
    let advice: Vec<String> = advice_after_urgent(a)
        .into_iter()
        .map(str::to_owned)
        .collect();
    page.list(&advice);
    if let Some(t) = &a.therapist {
        page.heading(3, &t.title);
        let mut lines = Vec::new();
        if !t.locations.is_empty() {
            lines.push(format!("Where it hurts: {}.", t.locations.join("; ")));
        }
        if let Some(p) = &t.pressure {
            lines.push(format!("Pressure that feels right: {p}."));
        }
        for instruction in &t.instructions {
            lines.push(format!("{} {instruction}.", t.cautions_intro));
        }
        lines.push(t.closing.clone());
        page.list(&lines);
    }
    if let Some((title, items)) = &a.before_you_book {
        page.heading(3, title);
        page.list(items);
    }
    page.close();

    page.open(None);
    page.heading(2, "Your answers");
    page.text(super::PRIVATE);
    let rows: Vec<Vec<String>> = a
        .answers
        .iter()
        .map(|g| vec![g.question_text.clone(), g.answer_text.clone()])
        .collect();
    page.table(&["Question", "Answer"], &rows);
    page.close();

    if shows_evidence(a) {
        page.open(None);
        page.heading(2, "What the research says");
        page.text(&a.evidence);
        page.close();
    }
    if !a.references.is_empty() {
        page.open(None);
        page.heading(2, "References");
        let refs: Vec<String> = a
            .references
            .iter()
            .map(crate::report::reference_text)
            .collect();
        page.list(&refs);
        page.close();
    }
    if !a.safety_net.is_empty() {
        page.open(Some("safety-net"));
        for tier in &a.safety_net {
            page.heading(2, &tier.title);
            page.list(&tier.items);
        }
        page.close();
    }
    page.finish(&a.consult)
}
