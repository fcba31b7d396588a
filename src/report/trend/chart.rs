//! The trend chart as plain text: weekly pain (P) and activity limits (A) on a
//! 0-10 grid, the baseline as a line, weeks with a massage marked M. ASCII only,
//! so it reads the same in any terminal, in a file and to a screen reader's
//! "read line" command.

use crate::content::TrendSpec;
use crate::journal::trend::Trend;
use crate::sanitize::printable;

/// Check-ins shown at most; older ones are left out of the chart (not the data).
pub const MAX_COLUMNS: usize = 12;
const COLUMN: usize = 6;

/// The chart, one string per line, with the content's words.
pub fn lines(t: &Trend, words: &TrendSpec) -> Vec<String> {
    let shown = &t.checkins[t.checkins.len().saturating_sub(MAX_COLUMNS)..];
    let mut out = vec![printable(&words.chart("legend", &[])).into_owned()];
    if shown.is_empty() {
        out.push(printable(&words.chart("empty", &[])).into_owned());
        return out;
    }
    let width = shown.len() * COLUMN;
    for level in (0..=10u8).rev() {
        let mut row: Vec<char> = vec![' '; width];
        if t.baseline.as_ref().is_some_and(|b| b.pain == level) {
            row.iter_mut().for_each(|c| *c = '-');
        }
        for (i, c) in shown.iter().enumerate() {
            let at = i * COLUMN + COLUMN / 2;
            row[at] = match (c.pain == level, c.activity_limits == level) {
                (true, true) => '*',
                (true, false) => 'P',
                (false, true) => 'A',
                (false, false) => row[at],
            };
        }
        let mut line = format!("{level:>2} |{}", row.into_iter().collect::<String>());
        if let Some(b) = t.baseline.as_ref().filter(|b| b.pain == level) {
            let label = words.chart(
                "baseline",
                &[("pain", b.pain.to_string()), ("date", b.date.to_string())],
            );
            line.push(' ');
            line.push_str(&printable(&label));
        }
        out.push(line.trim_end().to_owned());
    }
    out.push(format!("   +{}", "-".repeat(width)));
    let dates: String = shown
        .iter()
        .map(|c| {
            format!(
                "{:^width$}",
                c.date.strftime("%m-%d").to_string(),
                width = COLUMN
            )
        })
        .collect();
    out.push(format!("    {}", dates.trim_end()));
    let massage: String = shown
        .iter()
        .map(|c| {
            let mark = if c.had_massage == Some(true) { "M" } else { "" };
            format!("{mark:^COLUMN$}")
        })
        .collect();
    if !massage.trim().is_empty() {
        out.push(format!("    {}", massage.trim_end()));
    }
    if t.checkins.len() > shown.len() {
        let note = words.chart(
            "last_shown",
            &[
                ("shown", shown.len().to_string()),
                ("total", t.checkins.len().to_string()),
            ],
        );
        out.push(printable(&note).into_owned());
    }
    out
}
