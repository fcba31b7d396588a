//! The trend chart as plain text: weekly pain (P) and activity limits (A) on a
//! 0-10 grid, the baseline as a line, weeks with a massage marked M. ASCII only,
//! so it reads the same in any terminal, in a file and to a screen reader's
//! "read line" command.
//!
//! A check-in more than a week and a half after the one before it has a
//! narrow empty column before it, so a missed week shows as a gap. At a
//! terminal the chart fits its width: it shows as many of the latest
//! check-ins as fit, and the baseline's label moves under the chart when it
//! does not fit beside the line.

use crate::content::TrendSpec;
use crate::journal::trend::{CheckIn, Trend};
use crate::sanitize::printable;
use crate::wrap::wrap_lines;

/// Check-ins shown at most; older ones are left out of the chart (not the data).
pub const MAX_COLUMNS: usize = 12;
/// Characters per check-in.
const COLUMN: usize = 6;
/// Characters of the gap before a check-in that follows a missed week.
const GAP: usize = 3;
/// Days between two check-ins from which a week counts as missed.
const GAP_DAYS: i32 = 11;
/// The `10 |` in front of each row.
const MARGIN: usize = 4;

/// The chart, one string per line, with the content's words. `width` is the
/// terminal's (None: no limit, as in a markdown file).
pub fn lines(t: &Trend, words: &TrendSpec, width: Option<usize>) -> Vec<String> {
    let text = |s: String| printable(&s).into_owned();
    let mut out = wrapped(&text(words.chart("legend", &[])), width);
    if t.checkins.is_empty() {
        out.extend(wrapped(&text(words.chart("empty", &[])), width));
        return out;
    }
    let slots = slots(t, width);
    let shown = &t.checkins[t.checkins.len() - slots.len()..];
    let grid = slots.last().map_or(0, |s| s.at + COLUMN - COLUMN / 2);
    let baseline_label = t.baseline.as_ref().map(|b| {
        text(words.chart(
            "baseline",
            &[("pain", b.pain.into()), ("date", b.date.to_string().into())],
        ))
    });
    // Beside the baseline, or under the chart when the line would not fit.
    let label_beside = baseline_label.as_ref().is_some_and(|label| {
        width.is_none_or(|w| MARGIN + grid + 1 + console::measure_text_width(label) <= w)
    });
    // The marks, one character each, in the language's words.
    let mark = |id: &str, fallback: char| words.chart(id, &[]).chars().next().unwrap_or(fallback);
    let (both, pain, activity) = (
        mark("mark_both", '*'),
        mark("mark_pain", 'P'),
        mark("mark_activity", 'A'),
    );
    for level in (0..=10u8).rev() {
        let on_baseline = t.baseline.as_ref().is_some_and(|b| b.pain == level);
        let mut row: Vec<char> = vec![if on_baseline { '-' } else { ' ' }; grid];
        for (slot, c) in slots.iter().zip(shown) {
            row[slot.at] = match (c.pain == level, c.activity_limits == level) {
                (true, true) => both,
                (true, false) => pain,
                (false, true) => activity,
                (false, false) => row[slot.at],
            };
        }
        let mut line = format!("{level:>2} |{}", row.into_iter().collect::<String>());
        if let Some(label) = baseline_label
            .as_ref()
            .filter(|_| on_baseline && label_beside)
        {
            line.push(' ');
            line.push_str(label);
        }
        out.push(line.trim_end().to_owned());
    }
    out.push(format!("   +{}", "-".repeat(grid)));
    let mut dates = vec![' '; grid + COLUMN];
    let mut massage = vec![' '; grid + COLUMN];
    for (slot, c) in slots.iter().zip(shown) {
        let date = c.date.strftime("%m-%d").to_string();
        let start = slot.at - COLUMN / 2;
        for (i, ch) in date.chars().enumerate() {
            dates[start + i] = ch;
        }
        if c.had_massage == Some(true) {
            massage[slot.at] = mark("mark_massage", 'M');
        }
    }
    let row = |cells: Vec<char>| format!("    {}", cells.into_iter().collect::<String>());
    out.push(row(dates).trim_end().to_owned());
    let massage = row(massage);
    if !massage.trim().is_empty() {
        out.push(massage.trim_end().to_owned());
    }
    if let Some(label) = baseline_label.filter(|_| !label_beside) {
        out.extend(wrapped(&format!("--- {label}"), width));
    }
    if t.checkins.len() > shown.len() {
        let note = words.chart(
            "last_shown",
            &[
                ("shown", shown.len().into()),
                ("total", t.checkins.len().into()),
            ],
        );
        out.extend(wrapped(&text(note), width));
    }
    out
}

/// Where one check-in's mark goes: its column in the grid.
struct Slot {
    at: usize,
}

/// The columns of the latest check-ins that fit (at most [`MAX_COLUMNS`]),
/// oldest first.
fn slots(t: &Trend, width: Option<usize>) -> Vec<Slot> {
    let room = width.map_or(usize::MAX, |w| w.saturating_sub(MARGIN));
    let latest = &t.checkins[t.checkins.len().saturating_sub(MAX_COLUMNS)..];
    // From the newest back: each check-in takes its column, and the gap
    // between it and the newer one beside it when a week was missed there.
    let mut take = 0;
    let mut used = 0;
    for (i, c) in latest.iter().enumerate().rev() {
        let gap = latest.get(i + 1).is_some_and(|newer| missed_week(c, newer));
        let need = COLUMN + if gap { GAP } else { 0 };
        if take > 0 && used + need > room {
            break;
        }
        used += need;
        take += 1;
    }
    let shown = &latest[latest.len() - take..];
    let mut at = 0;
    let mut out = Vec::with_capacity(shown.len());
    for (i, c) in shown.iter().enumerate() {
        if i > 0 && missed_week(&shown[i - 1], c) {
            at += GAP;
        }
        out.push(Slot {
            at: at + COLUMN / 2,
        });
        at += COLUMN;
    }
    out
}

fn missed_week(before: &CheckIn, after: &CheckIn) -> bool {
    (after.date - before.date).get_days() >= GAP_DAYS
}

/// A line of words, wrapped at the width when there is one.
fn wrapped(text: &str, width: Option<usize>) -> Vec<String> {
    match width {
        Some(w) => wrap_lines(text, w, "", ""),
        None => vec![text.to_owned()],
    }
}

#[cfg(test)]
mod tests {
    use jiff::Span;
    use jiff::civil::Date;

    use super::*;
    use crate::journal::trend::{RecordedAssessment, Rules, assess_trend};

    fn day(offset: i64) -> Date {
        Date::constant(2026, 1, 5)
            .checked_add(Span::new().days(offset))
            .expect("a date")
    }

    /// A trend of check-ins on the given days after 5 January, pain falling.
    fn trend_of(days: &[i64]) -> Trend {
        let checkins: Vec<CheckIn> = days
            .iter()
            .enumerate()
            .map(|(i, &d)| CheckIn {
                date: day(d),
                pain: 8u8.saturating_sub(i as u8 / 2),
                activity_limits: 3,
                had_massage: Some(i % 2 == 0),
                massage_minutes: None,
                massage_kind: None,
                side_effects: Vec::new(),
                warning_signs: Some(false),
                global_change: None,
                urgent: false,
                status: None,
                signs: Vec::new(),
            })
            .collect();
        let baseline = RecordedAssessment {
            date: day(-7),
            pain: 8,
            activity_limits: Some(4),
            pain_duration: None,
            verdict: "may_help".into(),
        };
        let rules = Rules {
            thresholds: Default::default(),
            new_numbness: "new_numbness",
            after_effects: "side_effects",
            recent_durations: &[],
            rated_better: &[],
            rated_worse: &[],
            rated_much_worse: &[],
            sign_timing: &[],
            trial_weeks: 6,
        };
        let last = days.last().copied().unwrap_or(0);
        assess_trend(Some(&baseline), &[], &checkins, day(last), &rules)
    }

    fn spec() -> TrendSpec {
        let q = crate::content::load_checkin().expect("shipped check-in");
        q.checkin().expect("a check-in").trend.clone()
    }

    fn width_of(lines: &[String]) -> usize {
        lines
            .iter()
            .map(|l| console::measure_text_width(l))
            .max()
            .unwrap_or(0)
    }

    fn axis_dates(lines: &[String]) -> String {
        let axis = lines
            .iter()
            .position(|l| l.starts_with("   +"))
            .expect("axis");
        lines[axis + 1].clone()
    }

    #[test]
    fn a_missed_week_leaves_a_gap_and_weekly_ones_do_not() {
        let weekly = lines(&trend_of(&[0, 7, 14, 21]), &spec(), Some(80));
        let missed = lines(&trend_of(&[0, 7, 21, 28]), &spec(), Some(80));
        assert_eq!(axis_dates(&weekly), "    01-05 01-12 01-19 01-26");
        assert_eq!(axis_dates(&missed), "    01-05 01-12    01-26 02-02");
        // A few days late is not a missed week.
        let late = lines(&trend_of(&[0, 10]), &spec(), Some(80));
        assert_eq!(axis_dates(&late), "    01-05 01-15");
        // The marks sit over their dates.
        let eight = missed
            .iter()
            .find(|l| l.starts_with(" 8 |"))
            .expect("row 8");
        assert_eq!(eight.find('P'), Some(4 + 3));
        let massage = missed.iter().find(|l| l.trim_start().starts_with('M'));
        assert_eq!(
            massage.map(|l| l.trim_end()),
            Some("       M              M")
        );
    }

    #[test]
    fn the_chart_fits_every_width_and_keeps_the_latest_check_ins() {
        let days: Vec<i64> = (0..14).map(|w| w * 7 + if w > 6 { 7 } else { 0 }).collect();
        let t = trend_of(&days);
        let last = t
            .checkins
            .last()
            .expect("check-ins")
            .date
            .strftime("%m-%d")
            .to_string();
        for width in [40, 50, 60, 72, 80, 100, 200] {
            let out = lines(&t, &spec(), Some(width));
            assert!(width_of(&out) <= width, "{width}: {out:#?}");
            assert!(
                axis_dates(&out).trim_end().ends_with(&last),
                "{width}: {out:#?}"
            );
            let shown = axis_dates(&out).split_whitespace().count();
            assert!(shown >= 5, "{width}: only {shown} check-ins");
            assert!(shown <= MAX_COLUMNS);
            assert!(
                out.iter().any(|l| l.contains("of 14 check-ins")),
                "{width}: the note says some are left out: {out:#?}"
            );
            assert!(
                out.iter()
                    .any(|l| l.contains("starting point 8 (2025-12-29)"))
            );
        }
        let wide = lines(&t, &spec(), Some(200));
        let label_beside = wide
            .iter()
            .any(|l| l.starts_with(" 8 |") && l.contains("starting point"));
        assert!(label_beside, "{wide:#?}");
        let narrow = lines(&t, &spec(), Some(40));
        assert!(
            narrow.iter().any(|l| l.starts_with("--- starting point 8")),
            "{narrow:#?}"
        );
    }

    #[test]
    fn without_a_width_the_chart_shows_twelve_check_ins() {
        let days: Vec<i64> = (0..14).map(|w| w * 7).collect();
        let out = lines(&trend_of(&days), &spec(), None);
        assert_eq!(axis_dates(&out).split_whitespace().count(), MAX_COLUMNS);
        assert!(width_of(&out) > 80);
    }
}
