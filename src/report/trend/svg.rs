//! The trend chart as an SVG picture, to open in a browser or bring to an
//! appointment: weekly pain and activity limits as lines, the baseline as a
//! dashed line, weeks with a massage shaded. Plain SVG 1.1 written by hand: no
//! fonts to embed, no scripts, the same bytes for the same journal.

use std::fmt::Write as _;

use crate::content::TrendSpec;
use crate::journal::trend::Trend;

const LEFT: usize = 56;
const TOP: usize = 48;
const PLOT_HEIGHT: usize = 240;
const STEP: usize = 56;

use crate::report::escape::markup as escape;

/// The picture, with the content's words.
pub fn render(t: &Trend, words: &TrendSpec) -> String {
    let word = |id| escape(&words.chart(id, &[]));
    // Check-ins stand by their date, a week to STEP: a missed week is a gap.
    let first = t.checkins.first().map(|c| c.date);
    let days = |i: usize| match first {
        Some(f) => i64::from((t.checkins[i].date - f).get_days()),
        None => 0,
    };
    let span_weeks = t
        .checkins
        .len()
        .checked_sub(1)
        .map_or(0, |last| days(last) / 7);
    let plot_width = STEP * (span_weeks as usize + 1);
    let width = LEFT + plot_width + 160;
    let height = TOP + PLOT_HEIGHT + 88;
    // Coordinates to a tenth of a pixel: no 95.99999999999999 in the file.
    let tenth = |v: f64| (v * 10.0).round() / 10.0;
    let y = |v: f64| tenth(TOP as f64 + PLOT_HEIGHT as f64 * (1.0 - v / 10.0));
    let x = |i: usize| tenth(LEFT as f64 + STEP as f64 / 2.0 + days(i) as f64 * STEP as f64 / 7.0);
    let mut s = String::new();
    let _ = writeln!(
        s,
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" viewBox="0 0 {width} {height}" font-family="sans-serif" font-size="12">"#
    );
    let _ = writeln!(s, "<title>{}</title>", word("svg_title"));
    let _ = writeln!(
        s,
        r#"<rect width="{width}" height="{height}" fill="white"/>"#
    );
    let _ = writeln!(
        s,
        r#"<text x="{LEFT}" y="24" font-size="16" font-weight="bold">{}</text>"#,
        word("svg_heading")
    );
    for (i, c) in t.checkins.iter().enumerate() {
        if c.had_massage == Some(true) {
            let _ = writeln!(
                s,
                r##"<rect x="{}" y="{TOP}" width="{STEP}" height="{PLOT_HEIGHT}" fill="#eef4ea"/>"##,
                x(i) - STEP as f64 / 2.0
            );
        }
    }
    for level in (0..=10).step_by(2) {
        let yy = y(f64::from(level));
        let _ = writeln!(
            s,
            r##"<line x1="{LEFT}" y1="{yy}" x2="{}" y2="{yy}" stroke="#dddddd"/><text x="{}" y="{}" text-anchor="end">{level}</text>"##,
            LEFT + plot_width,
            LEFT - 8,
            yy + 4.0
        );
    }
    if let Some(b) = &t.baseline {
        let yy = y(f64::from(b.pain));
        let _ = writeln!(
            s,
            r##"<line x1="{LEFT}" y1="{yy}" x2="{}" y2="{yy}" stroke="#555555" stroke-dasharray="6 4"/><text x="{}" y="{}">{}</text>"##,
            LEFT + plot_width,
            LEFT + plot_width + 8,
            yy + 4.0,
            escape(&words.chart(
                "baseline",
                &[("pain", b.pain.into()), ("date", b.date.to_string().into())]
            ))
        );
    }
    let series = [
        (true, "#b03a2e", ""),
        (false, "#1f618d", r#" stroke-dasharray="4 3""#),
    ];
    for (is_pain, colour, dash) in series {
        let points: Vec<(f64, f64)> = t
            .checkins
            .iter()
            .enumerate()
            .map(|(i, c)| {
                let v = if is_pain { c.pain } else { c.activity_limits };
                (x(i), y(f64::from(v)))
            })
            .collect();
        let path: Vec<String> = points.iter().map(|(a, b)| format!("{a},{b}")).collect();
        if points.len() > 1 {
            let _ = writeln!(
                s,
                r#"<polyline points="{}" fill="none" stroke="{colour}" stroke-width="2"{dash}/>"#,
                path.join(" ")
            );
        }
        for (a, b) in &points {
            let _ = writeln!(s, r#"<circle cx="{a}" cy="{b}" r="4" fill="{colour}"/>"#);
        }
    }
    let axis_y = TOP + PLOT_HEIGHT;
    let _ = writeln!(
        s,
        r##"<line x1="{LEFT}" y1="{axis_y}" x2="{}" y2="{axis_y}" stroke="#333333"/>"##,
        LEFT + plot_width
    );
    // Dates under the axis, and under them the year where it starts or
    // changes; a date too close to the last one shown is left out.
    let mut last_label: Option<f64> = None;
    let mut last_year = None;
    for (i, c) in t.checkins.iter().enumerate() {
        let here = x(i);
        if last_label.is_none_or(|l| here - l >= 44.0) {
            let _ = writeln!(
                s,
                r#"<text x="{here}" y="{}" text-anchor="middle">{}</text>"#,
                axis_y + 16,
                escape(&c.date.strftime("%m-%d").to_string())
            );
            last_label = Some(here);
        }
        if last_year != Some(c.date.year()) {
            let _ = writeln!(
                s,
                r#"<text x="{here}" y="{}" text-anchor="middle" font-weight="bold">{}</text>"#,
                axis_y + 32,
                c.date.year()
            );
            last_year = Some(c.date.year());
        }
        if c.urgent {
            let _ = writeln!(
                s,
                r##"<text x="{here}" y="{}" text-anchor="middle" fill="#b03a2e" font-weight="bold">!</text>"##,
                TOP - 6
            );
        }
    }
    let legend_y = axis_y + 56;
    let _ = writeln!(
        s,
        r##"<circle cx="{LEFT}" cy="{}" r="4" fill="#b03a2e"/><text x="{}" y="{legend_y}">{}</text><circle cx="{}" cy="{}" r="4" fill="#1f618d"/><text x="{}" y="{legend_y}">{}</text><rect x="{}" y="{}" width="12" height="12" fill="#eef4ea" stroke="#cccccc"/><text x="{}" y="{legend_y}">{}</text>"##,
        legend_y - 4,
        LEFT + 10,
        word("svg_pain"),
        LEFT + 70,
        legend_y - 4,
        LEFT + 80,
        word("svg_activity"),
        LEFT + 190,
        legend_y - 10,
        LEFT + 208,
        word("svg_massage")
    );
    s.push_str("</svg>\n");
    s
}
