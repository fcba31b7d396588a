//! The one date parser: `YYYY-MM-DD`, a real calendar date, written in full.
//! Used for `--date`, `BACKCHECK_TODAY`, journal rows and imports.

use jiff::civil::Date;
use jiff::tz::TimeZone;

/// Today in the local time zone.
pub fn today() -> Date {
    jiff::Timestamp::now().to_zoned(local_zone()).date()
}

/// The local time zone, read straight from its TZif file where there is one:
/// `TZ` naming a zone (or a file), else `/etc/localtime`. That costs one small
/// read; `TimeZone::system()`, the fallback, also looks up the zone's name in
/// the whole zoneinfo database, which took a fifth of a run's time.
fn local_zone() -> TimeZone {
    let tzif = |name: &str, path: &str| {
        std::fs::read(path)
            .ok()
            .and_then(|data| TimeZone::tzif(name, &data).ok())
    };
    match std::env::var("TZ") {
        Ok(tz) if !tz.is_empty() => {
            let name = tz.strip_prefix(':').unwrap_or(&tz);
            let from_file = if name.starts_with('/') {
                tzif(name, name)
            } else if !name.contains("..") {
                tzif(name, &format!("/usr/share/zoneinfo/{name}"))
            } else {
                None
            };
            from_file
                .or_else(|| TimeZone::posix(name).ok())
                .unwrap_or_else(TimeZone::system)
        }
        _ => tzif("Local", "/etc/localtime").unwrap_or_else(TimeZone::system),
    }
}

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

/// A date as a person types it (`--date`): `YYYY-MM-DD`, or with a
/// one-digit month or day (`2026-9-22`).
pub fn parse_typed(text: &str) -> Option<Date> {
    let digits = |s: &str, most: usize| {
        (1..=most).contains(&s.len()) && s.bytes().all(|c| c.is_ascii_digit())
    };
    match text.split('-').collect::<Vec<_>>()[..] {
        [y, m, d] if y.len() == 4 && digits(y, 4) && digits(m, 2) && digits(d, 2) => {
            parse(&format!("{y}-{m:0>2}-{d:0>2}"))
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn today_agrees_with_the_system_zone() {
        let system = jiff::Zoned::now().date();
        let ours = today();
        // Around midnight the two calls may straddle the change of day.
        assert!((ours - system).get_days().abs() <= 1, "{ours} vs {system}");
    }

    #[test]
    fn a_typed_date_may_have_one_digit_months_and_days() {
        assert_eq!(parse_typed("2026-9-22"), Some(Date::constant(2026, 9, 22)));
        assert_eq!(parse_typed("2026-09-02"), Some(Date::constant(2026, 9, 2)));
        assert_eq!(parse_typed("2026-1-5"), Some(Date::constant(2026, 1, 5)));
        for bad in [
            "2026-2-30",
            "26-9-22",
            "2026-9-",
            "2026-123-1",
            "2026/9/22",
            "+2026-9-2",
        ] {
            assert_eq!(parse_typed(bad), None, "{bad}");
        }
    }

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
