//! The one date parser: `YYYY-MM-DD`, a real calendar date, written in full.
//! Used for `--date`, `BACKCHECK_TODAY`, journal rows and imports.

use jiff::civil::Date;

/// Reads a full `YYYY-MM-DD` date; `None` when it is not one (wrong shape, or
/// not a real day such as 2026-02-30).
pub fn parse(text: &str) -> Option<Date> {
    let b = text.as_bytes();
    let shape = b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit());
    if !shape {
        return None;
    }
    text.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_full_real_dates_are_read() {
        assert_eq!(parse("2026-11-25"), Some(Date::constant(2026, 11, 25)));
        assert_eq!(parse("2024-02-29"), Some(Date::constant(2024, 2, 29)));
        for bad in [
            "2026-02-30",
            "2026-13-01",
            "20261125",
            "2026-1-5",
            "25/11/2026",
            "+2026-11-25",
            "2026-11-25T00:00",
            "",
        ] {
            assert_eq!(parse(bad), None, "{bad}");
        }
    }
}
