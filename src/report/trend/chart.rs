//! The trend chart as plain text: weekly pain (P) and activity limits (A) on a
//! 0-10 grid, the baseline as a line, weeks with a massage marked M. ASCII only,
//! so it reads the same in any terminal, in a file and to a screen reader's
//! "read line" command.

use crate::journal::trend::Trend;

/// Check-ins shown at most; older ones are left out of the chart (not the data).
pub const MAX_COLUMNS: usize = 12;
const COLUMN: usize = 6;

/// The chart, one string per line.
pub fn lines(t: &Trend) -> Vec<String> {
    let shown = &t.checkins[t.checkins.len().saturating_sub(MAX_COLUMNS)..];
    let mut out = vec![
        "Pain (P) and activity limits (A), 0 to 10; * where both; M = massage that week".to_owned(),
    ];
    if shown.is_empty() {
        out.push("(no check-ins yet)".into());
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
            line.push_str(&format!(" baseline {} ({})", b.pain, b.date));
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
        out.push(format!(
            "(the last {} of {} check-ins)",
            shown.len(),
            t.checkins.len()
        ));
    }
    out
}
