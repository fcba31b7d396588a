//! The trend chart as an SVG picture, to open in a browser or bring to an
//! appointment: weekly pain and activity limits as lines, the baseline as a
//! dashed line, weeks with a massage shaded. Plain SVG 1.1 written by hand: no
//! fonts to embed, no scripts, the same bytes for the same journal.
//!
//! The picture is as wide as its words need (the heading, the legend, the
//! baseline labels), not only as its weeks: with one check-in a picture as
//! wide as one week cut its title and legend off (issue 23). The font is
//! the reader's, so widths are estimated on the wide side.

use std::fmt::Write as _;

use crate::content::TrendSpec;
use crate::journal::trend::Trend;

const LEFT: usize = 56;
const TOP: usize = 48;
const PLOT_HEIGHT: usize = 240;
const STEP: usize = 56;
/// The colours of the pain line, the activity line and a massage week.
const PAIN: &str = "#b03a2e";
const ACTIVITY: &str = "#1f618d";
const MASSAGE: &str = "#eef4ea";

use crate::report::escape::markup as escape;

/// Average width of a character of 12-pixel text, and of the 16-pixel bold
/// heading, in pixels: on the wide side of common sans-serif fonts (DejaVu
/// Sans is among the widest).
const CHAR_12: f64 = 7.4;
const CHAR_16_BOLD: f64 = 11.0;

/// Estimated width of `text` in pixels at `per_char`.
fn text_width(text: &str, per_char: f64) -> usize {
    (text.chars().count() as f64 * per_char).ceil() as usize
}

/// The picture, with the content's words and its heading, to stand alone.
pub fn render(t: &Trend, words: &TrendSpec) -> String {
    draw(t, words, true)
}

/// The picture without its heading, for a page whose caption says it.
pub fn figure(t: &Trend, words: &TrendSpec) -> String {
    draw(t, words, false)
}

fn draw(t: &Trend, words: &TrendSpec, heading: bool) -> String {
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
    let baseline_labels: Vec<(String, u8, &str)> = t
        .baseline
        .iter()
        .flat_map(|b| {
            let date = || b.date.to_string();
            let pain = words.chart(
                "baseline",
                &[("pain", b.pain.into()), ("date", date().into())],
            );
            let activity = b.activity.map(|a| {
                let label = words.chart(
                    "baseline_activity",
                    &[("activity", a.into()), ("date", date().into())],
                );
                (label, a, ACTIVITY)
            });
            std::iter::once((pain, b.pain, PAIN)).chain(activity)
        })
        .collect();
    let legend = [
        (PAIN, words.chart("svg_pain", &[])),
        (ACTIVITY, words.chart("svg_activity", &[])),
        (MASSAGE, words.chart("svg_massage", &[])),
    ];
    // Each legend entry: its mark (12), a gap (4), its words, then 20 to the next.
    let legend_width: usize = legend
        .iter()
        .map(|(_, label)| 16 + text_width(label, CHAR_12) + 20)
        .sum();
    let label_room = baseline_labels
        .iter()
        .map(|(label, ..)| 8 + text_width(label, CHAR_12) + 8)
        .max()
        .unwrap_or(0);
    let heading_width = if heading {
        text_width(&words.chart("svg_heading", &[]), CHAR_16_BOLD) + 16
    } else {
        0
    };
    let width = (LEFT + plot_width + label_room.max(24))
        .max(LEFT + legend_width)
        .max(LEFT + heading_width);
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
    if heading {
        let _ = writeln!(
            s,
            r#"<text x="{LEFT}" y="24" font-size="16" font-weight="bold">{}</text>"#,
            word("svg_heading")
        );
    }
    for (i, c) in t.checkins.iter().enumerate() {
        if c.had_massage == Some(true) {
            let _ = writeln!(
                s,
                r#"<rect x="{}" y="{TOP}" width="{STEP}" height="{PLOT_HEIGHT}" fill="{MASSAGE}"/>"#,
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
    // The starting point of each line, dashed in its colour; a label that
    // would sit on the one above it moves down a line.
    let mut last_label_y: Option<f64> = None;
    for (label, level, colour) in &baseline_labels {
        let yy = y(f64::from(*level));
        let mut label_y = yy + 4.0;
        if let Some(above) = last_label_y.filter(|above| (label_y - above).abs() < 14.0) {
            label_y = above + 14.0;
        }
        last_label_y = Some(label_y);
        let _ = writeln!(
            s,
            r#"<line x1="{LEFT}" y1="{yy}" x2="{}" y2="{yy}" stroke="{colour}" stroke-dasharray="6 4"/><text x="{}" y="{label_y}" fill="{colour}">{}</text>"#,
            LEFT + plot_width,
            LEFT + plot_width + 8,
            escape(label)
        );
    }
    let series = [
        (true, PAIN, ""),
        (false, ACTIVITY, r#" stroke-dasharray="4 3""#),
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
    let mut at = LEFT;
    for (colour, label) in &legend {
        if *colour == MASSAGE {
            let _ = write!(
                s,
                r##"<rect x="{at}" y="{}" width="12" height="12" fill="{colour}" stroke="#cccccc"/>"##,
                legend_y - 10
            );
        } else {
            let _ = write!(
                s,
                r#"<circle cx="{}" cy="{}" r="4" fill="{colour}"/>"#,
                at + 6,
                legend_y - 4
            );
        }
        let _ = writeln!(
            s,
            r#"<text x="{}" y="{legend_y}">{}</text>"#,
            at + 16,
            escape(label)
        );
        at += 16 + text_width(label, CHAR_12) + 20;
    }
    s.push_str("</svg>\n");
    s
}
