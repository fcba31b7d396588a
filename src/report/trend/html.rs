//! The trend as one self-contained HTML page (see `report/html.rs`): the
//! verdict, the chart as an inline SVG picture, the latest own rating, every
//! check-in in a table, why, what to do next, the "get help at once" list,
//! and the consult text last.

use super::{TrendReport, svg};
use crate::report::RenderOptions;
use crate::report::html::Page;

/// The page.
pub fn render(r: &TrendReport<'_>, o: &RenderOptions) -> String {
    let t = r.trend;
    let mut page = Page::new(&r.spec.title(), &format!("Date: {}", o.date));
    let (title, summary) = r.verdict();
    let urgent = r.trend.verdict == crate::journal::trend::TrendVerdict::Urgent;
    page.open(Some(if urgent { "urgent" } else { "verdict" }));
    page.heading(2, &format!("Verdict: {title}"));
    page.text(&summary);
    page.close();

    page.open(None);
    page.svg(&svg::render(t, r.spec), &r.spec.chart("svg_heading", &[]));
    if let Some(rating) = r.rating_line() {
        page.text(&rating);
    }
    if !t.checkins.is_empty() {
        let rows: Vec<Vec<String>> = t
            .checkins
            .iter()
            .map(|c| {
                vec![
                    c.date.to_string(),
                    c.pain.to_string(),
                    c.activity_limits.to_string(),
                    c.global_change
                        .as_deref()
                        .map(|g| r.labels.global_change(g))
                        .unwrap_or_default(),
                    match c.had_massage {
                        Some(true) => "yes".into(),
                        Some(false) => "no".into(),
                        None => String::new(),
                    },
                    if c.urgent {
                        "yes".into()
                    } else {
                        String::new()
                    },
                    r.labels.after_effects(&c.side_effects, "; "),
                ]
            })
            .collect();
        page.table(
            &[
                "Date",
                "Pain",
                "Activity limits",
                "Your rating",
                "Massage",
                "Urgent sign",
                "After-effects",
            ],
            &rows,
        );
    }
    page.close();

    page.open(None);
    page.heading(2, "Why");
    page.list(&r.reasons());
    page.heading(2, "What to do next");
    page.list(&r.advice());
    page.close();

    if !r.references.is_empty() {
        page.open(None);
        page.heading(2, "References");
        let refs: Vec<String> = r
            .references
            .iter()
            .map(crate::report::reference_text)
            .collect();
        page.list(&refs);
        page.close();
    }
    let net = r.safety_net();
    if !net.is_empty() {
        page.open(Some("safety-net"));
        for tier in &net {
            page.heading(2, &tier.title);
            page.list(&tier.items);
        }
        page.close();
    }
    page.finish(r.consult)
}
