//! `backcheck remind`: a calendar file (iCalendar, RFC 5545) with a weekly
//! event for the check-in, for any calendar program to import. Nothing runs
//! in the background and nothing goes over a network: the calendar reminds.

use std::io::Write;

use icalendar::{Calendar, Component, Event};
use jiff::civil::{Date, Time, Weekday};

use super::{load_checkin, read_journal};
use crate::error::Error;
use crate::settings::Settings;

/// The day the first event falls on: the next `day` from `today` on.
fn first_day(today: Date, day: Weekday) -> Date {
    let ahead =
        (day.to_monday_zero_offset() - today.weekday().to_monday_zero_offset()).rem_euclid(7);
    today
        .checked_add(jiff::Span::new().days(ahead))
        .unwrap_or(today)
}

/// The calendar file: one weekly event, in the person's own time (a
/// "floating" time, so it follows them across time zones), with a stable
/// id so that importing it again updates the event instead of adding one.
pub fn calendar(title: &str, text: &str, start: Date, time: Time, now: jiff::Timestamp) -> String {
    let day = match start.weekday() {
        Weekday::Monday => "MO",
        Weekday::Tuesday => "TU",
        Weekday::Wednesday => "WE",
        Weekday::Thursday => "TH",
        Weekday::Friday => "FR",
        Weekday::Saturday => "SA",
        Weekday::Sunday => "SU",
    };
    let starts = start.to_datetime(time);
    let ends = starts
        .checked_add(jiff::Span::new().minutes(10))
        .unwrap_or(starts);
    let local = |t: jiff::civil::DateTime| t.strftime("%Y%m%dT%H%M%S").to_string();
    let event = Event::new()
        .uid("weekly-checkin@backcheck")
        .add_property("DTSTAMP", now.strftime("%Y%m%dT%H%M%SZ").to_string())
        .summary(title)
        .description(text)
        .add_property("DTSTART", local(starts))
        .add_property("DTEND", local(ends))
        .add_property("RRULE", format!("FREQ=WEEKLY;BYDAY={day}"))
        .done();
    Calendar::empty()
        .append_property(("VERSION", "2.0"))
        .append_property((
            "PRODID",
            concat!(
                "-//backcheck//backcheck ",
                env!("CARGO_PKG_VERSION"),
                "//EN"
            )
            .as_ref(),
        ))
        .append_property(("CALSCALE", "GREGORIAN"))
        .name(title)
        .push(event)
        .done()
        .to_string()
}

/// Writes the reminder.
pub fn run(
    settings: &Settings,
    day: Option<Weekday>,
    time: Option<Time>,
    out: &mut impl Write,
) -> Result<(), Error> {
    let q = load_checkin(settings, "remind")?;
    let spec = q.checkin().expect("load_checkin refuses other purposes");
    let (_, journal) = read_journal(settings)?;
    // By default, the weekday of the last check-in, so the rhythm goes on.
    let day = day.unwrap_or_else(|| {
        journal
            .checkins
            .iter()
            .map(|c| c.checkin.date)
            .max()
            .unwrap_or(settings.today)
            .weekday()
    });
    let time = time.unwrap_or(Time::constant(9, 0, 0, 0));
    let start = first_day(settings.today, day);
    let text = calendar(
        &spec.messages.say("reminder-title", &[]),
        &spec.messages.say("reminder-text", &[]),
        start,
        time,
        jiff::Timestamp::now(),
    );
    out.write_all(text.as_bytes()).map_err(Error::Output)?;
    super::note(&spec.messages.say(
        "reminder-note",
        &[
            (
                "day",
                crate::words::t(&format!("weekday-{}", day.to_monday_one_offset())).into(),
            ),
            ("time", time.strftime("%H:%M").to_string().into()),
            ("date", start.to_string().into()),
        ],
    ));
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_event_is_the_next_such_day_from_today() {
        let wed = Date::constant(2026, 12, 2);
        assert_eq!(first_day(wed, Weekday::Wednesday), wed);
        assert_eq!(first_day(wed, Weekday::Friday), Date::constant(2026, 12, 4));
        assert_eq!(first_day(wed, Weekday::Monday), Date::constant(2026, 12, 7));
    }
}
