//! The trend week by week, through the real binary: each rule at its edges
//! (a sudden worsening, one bad week, a relapse, the person's own rating,
//! new numbness, earlier warnings), a starting point that is never lost,
//! check-ins before it, taking one check-in away, and the reminder file.

use std::path::{Path, PathBuf};

use serde_json::{Value, json};

use crate::harness::{Run, backcheck, checkin_lines, person};

fn journal(dir: &Path) -> PathBuf {
    dir.join("journal.sqlite3")
}

/// A run with its own journal and a fixed today.
fn at(dir: &Path) -> Run {
    backcheck()
        .env("BACKCHECK_JOURNAL", journal(dir).to_str().expect("utf-8"))
        .env("BACKCHECK_TODAY", "2026-11-25")
}

/// A check-in with no warning signs and no massage.
fn calm(pain: u8, limits: u8) -> String {
    checkin_lines(pain, limits, &[], "n\n")
}

fn checkin(dir: &Path, date: &str, lines: String) -> Value {
    let out = at(dir)
        .args(["checkin", "--format", "json", "--date", date])
        .stdin(lines)
        .run()
        .code(0);
    serde_json::from_str(&out.stdout).expect("check-in json")
}

fn trend(dir: &Path) -> Value {
    let out = at(dir).args(["trend", "--format", "json"]).run().code(0);
    serde_json::from_str(&out.stdout).expect("trend json")
}

/// A journal whose starting point is a check-in of `start` for pain and
/// activity limits, on 1 October, then the given weekly pairs.
fn series(dir: &Path, start: u8, weeks: &[(u8, u8)]) -> Value {
    checkin(dir, "2026-10-01", calm(start, start));
    for (i, (pain, limits)) in weeks.iter().enumerate() {
        let date = jiff::civil::date(2026, 10, 1)
            .checked_add(jiff::Span::new().days(7 * (i as i64 + 1)))
            .expect("date");
        checkin(dir, &date.to_string(), calm(*pain, *limits));
    }
    trend(dir)
}

fn verdict(t: &Value) -> (&str, Vec<&str>) {
    (
        t["verdict"]["id"].as_str().expect("id"),
        t["verdict"]["reasons"]
            .as_array()
            .expect("reasons")
            .iter()
            .map(|r| r.as_str().expect("reason"))
            .collect(),
    )
}

fn with_series(start: u8, weeks: &[(u8, u8)]) -> Value {
    let dir = tempfile::tempdir().expect("dir");
    series(dir.path(), start, weeks)
}

#[test]
fn one_check_in_can_be_worse_and_is_never_just_not_enough() {
    // One week at 10 of 10 after a start of 4: worse at once.
    let t = with_series(4, &[(10, 4)]);
    assert_eq!(verdict(&t), ("worse", vec!["pain"]));
    assert_eq!(t["latest_pain"], 10);
    assert!(t["current_pain"].is_null(), "no average of one");
    // Exactly 2 points up in the latest alone is worse; 1 point (of 6) is not.
    assert_eq!(verdict(&with_series(6, &[(8, 6)])), ("worse", vec!["pain"]));
    assert_eq!(verdict(&with_series(6, &[(7, 6)])).0, "not_enough_data");
    // Activity limits count the same way, on their own.
    assert_eq!(
        verdict(&with_series(5, &[(5, 7)])),
        ("worse", vec!["activity"])
    );
}

#[test]
fn a_jump_in_the_latest_week_is_worse_whatever_the_average() {
    // 3, then 9, from a start of 3: the average (6) is up too, but the latest
    // alone decides, and says so.
    let t = with_series(3, &[(3, 3), (9, 3)]);
    assert_eq!(verdict(&t), ("worse", vec!["pain"]));
    // A good week after a bad one: the average of the last two still counts.
    let t = with_series(4, &[(8, 4), (4, 4)]);
    assert_eq!(verdict(&t), ("worse", vec!["pain"]));
    let why = t["reasons"].to_string();
    assert!(
        why.contains("the average of your last two check-ins"),
        "{why}"
    );
}

#[test]
fn thirty_percent_of_a_small_start_counts_both_ways() {
    // Start 3: one point is 33%, at least one point: better, and worse.
    assert_eq!(
        verdict(&with_series(3, &[(2, 3), (2, 3)])),
        ("improving", vec!["pain"])
    );
    assert_eq!(verdict(&with_series(3, &[(4, 3)])), ("worse", vec!["pain"]));
    // Start 4: one point is 25%: neither.
    assert_eq!(
        verdict(&with_series(4, &[(3, 4), (3, 4)])).0,
        "no_meaningful_change"
    );
    assert_eq!(verdict(&with_series(4, &[(5, 4)])).0, "not_enough_data");
    // Start 1: half a point is 50%, but not a point.
    assert_eq!(
        verdict(&with_series(1, &[(1, 1), (0, 1)])).0,
        "no_meaningful_change"
    );
    // Whole-number percents in the words.
    let t = with_series(3, &[(2, 3), (2, 3)]);
    let why = t["reasons"].to_string();
    assert!(why.contains("(33%)"), "{why}");
    assert!(!why.contains("33.3"), "{why}");
}

#[test]
fn a_relapse_after_improving_is_not_improving() {
    // 6, then 2, 2, 2, then back to 6: the average of the last two (4) is
    // down by 2, but the latest is not.
    let t = with_series(6, &[(2, 6), (2, 6), (2, 6), (6, 6)]);
    assert_eq!(verdict(&t), ("no_meaningful_change", vec![]));
    assert_eq!(t["latest_pain"], 6);
    assert_eq!(t["current_pain"], 4.0);
    // Improving needs both.
    let t = with_series(6, &[(2, 6), (3, 6)]);
    assert_eq!(verdict(&t), ("improving", vec!["pain"]));
}

#[test]
fn new_numbness_is_said_as_itself_with_the_figures_beside_it() {
    let dir = tempfile::tempdir().expect("dir");
    let d = dir.path();
    checkin(d, "2026-10-01", calm(6, 6));
    checkin(d, "2026-10-08", calm(4, 4));
    let c = checkin(
        d,
        "2026-10-15",
        checkin_lines(3, 3, &[], "y\n60\n1\nnew_numbness\n"),
    );
    assert_eq!(c["status"]["id"], "stop_and_get_checked");
    let t = trend(d);
    assert_eq!(verdict(&t), ("worse", vec!["new_numbness"]));
    let summary = t["verdict"]["summary"].as_str().expect("summary");
    assert!(
        summary.contains("New numbness after a massage"),
        "{summary}"
    );
    assert!(summary.contains("15 October 2026"), "{summary}");
    assert!(
        summary.contains("stop massage and get checked"),
        "{summary}"
    );
    assert!(!summary.to_lowercase().contains("pain is"), "{summary}");
    // The pain figures are still there: down, as they are.
    let why = t["reasons"].to_string();
    assert!(
        why.contains("Your pain went from 6 at your starting point to 3.5"),
        "{why}"
    );
    assert!(why.contains("down"), "{why}");
}

#[test]
fn a_much_worse_check_in_says_so_at_once() {
    let dir = tempfile::tempdir().expect("dir");
    let d = dir.path();
    at(d)
        .args(["--record", "--date", "2026-10-01", "--answers"])
        .arg(person("desk-worker"))
        .run()
        .code(0);
    // Start 5: 7 is 2 up (not much worse), 8 is much worse either way.
    assert_eq!(
        checkin(d, "2026-10-08", calm(7, 4))["status"]["id"],
        "saved"
    );
    for (date, pain, limits) in [("2026-10-15", 8, 4), ("2026-10-22", 4, 7)] {
        let c = checkin(d, date, calm(pain, limits));
        assert_eq!(c["status"]["id"], "much_worse", "{date}");
        assert_eq!(c["checkin"]["status"], "much_worse");
        let advice = c["advice"].to_string();
        assert!(advice.contains("warning signs again"), "{advice}");
        assert!(advice.contains("Pause massage"), "{advice}");
    }
    // Text says it too, before the trend is asked for.
    let text = at(d)
        .args(["checkin", "--replace", "--date", "2026-10-22"])
        .stdin(calm(9, 4))
        .run()
        .code(0)
        .stdout;
    assert!(
        text.contains("Much worse or very bad: get checked"),
        "{text}"
    );
    // A warning sign outranks it.
    let c = checkin(d, "2026-10-29", checkin_lines(9, 9, &["fever"], "n\n"));
    assert_eq!(c["status"]["id"], "stop_and_get_checked");
}

#[test]
fn a_very_bad_week_is_said_with_its_advice_but_is_not_a_change() {
    // Start 8, pain stays at 8 while activity limits halve: improving, by
    // activity, and the pain of 8 said first among the notes, with advice.
    let t = with_series(8, &[(8, 3), (8, 3)]);
    assert_eq!(verdict(&t), ("improving", vec!["activity"]));
    let why = t["reasons"].to_string();
    assert!(why.contains("your pain was 8 of 10: very bad"), "{why}");
    let advice = t["advice"].to_string();
    assert!(
        advice.contains("Go through the warning signs again"),
        "{advice}"
    );
    // Start 10, no change: no clear change, and the same note.
    let t = with_series(10, &[(10, 10), (10, 10)]);
    assert_eq!(verdict(&t), ("no_meaningful_change", vec![]));
    assert!(t["reasons"].to_string().contains("was 10 of 10"));
}

#[test]
fn urgent_and_warning_signs_are_named_with_their_date_and_timing() {
    let dir = tempfile::tempdir().expect("dir");
    let d = dir.path();
    checkin(d, "2026-10-01", calm(5, 5));
    checkin(d, "2026-10-08", calm(4, 4));
    // A high temperature: today, not within days.
    checkin(d, "2026-10-12", checkin_lines(4, 4, &["fever"], "n\n"));
    let t = trend(d);
    assert_eq!(verdict(&t), ("see_doctor", vec!["warning_sign"]));
    let summary = t["verdict"]["summary"].as_str().expect("summary");
    assert!(summary.contains("12 October 2026"), "{summary}");
    assert!(summary.contains("a high temperature"), "{summary}");
    assert!(summary.contains("today"), "{summary}");
    // Weight loss: within days.
    checkin(
        d,
        "2026-10-19",
        checkin_lines(4, 4, &["new_warning_signs"], "n\n"),
    );
    let t = trend(d);
    let summary = t["verdict"]["summary"].as_str().expect("summary");
    assert!(summary.contains("within a few days"), "{summary}");
    assert!(!summary.contains("today"), "{summary}");
    // An urgent sign: now, with the region's number, never "today".
    for (region, number) in [("GB", "999"), ("US", "911"), ("AU", "000")] {
        let dir = tempfile::tempdir().expect("dir");
        let d = dir.path();
        checkin(d, "2026-10-01", calm(5, 5));
        at(d)
            .env("BACKCHECK_REGION", region)
            .args(["checkin", "--date", "2026-10-12"])
            .stdin(checkin_lines(5, 5, &["bladder_bowel"], "n\n"))
            .run()
            .code(0);
        let out = at(d)
            .env("BACKCHECK_REGION", region)
            .args(["trend", "--format", "json"])
            .run()
            .code(0);
        let t: Value = serde_json::from_str(&out.stdout).expect("json");
        assert_eq!(verdict(&t), ("urgent", vec!["urgent_sign"]));
        let summary = t["verdict"]["summary"].as_str().expect("summary");
        assert!(summary.contains("12 October 2026"), "{summary}");
        assert!(summary.contains("pee or poo"), "{summary}");
        assert!(summary.contains(&format!("Call {number} now")), "{summary}");
        assert!(!summary.contains("today"), "{summary}");
    }
}

#[test]
fn earlier_warnings_are_never_forgotten() {
    let dir = tempfile::tempdir().expect("dir");
    let d = dir.path();
    checkin(d, "2026-10-01", calm(6, 6));
    checkin(
        d,
        "2026-10-08",
        checkin_lines(5, 5, &["saddle_numbness"], "n\n"),
    );
    checkin(d, "2026-10-15", checkin_lines(4, 4, &["fever"], "n\n"));
    // Calm weeks after: whatever the verdict, the earlier warnings stay.
    for (date, pain) in [("2026-10-22", 3), ("2026-10-29", 3), ("2026-11-05", 8)] {
        checkin(d, date, calm(pain, 3));
        let t = trend(d);
        assert_eq!(
            t["earlier_warnings"],
            json!([
                {"date": "2026-10-08", "status": "urgent", "signs": ["saddle_numbness"]},
                {"date": "2026-10-15", "status": "stop_and_get_checked", "signs": ["fever"]},
            ]),
            "{date}"
        );
        let why = t["reasons"].to_string();
        assert!(
            why.contains("Your check-in of 8 October 2026 had an urgent warning sign"),
            "{why}"
        );
        let advice = t["advice"].to_string();
        assert!(
            advice.contains("get checked before your next massage"),
            "{date}: {advice}"
        );
    }
    assert_eq!(verdict(&trend(d)).0, "worse");
}

#[test]
fn a_starting_point_is_never_lost() {
    let dir = tempfile::tempdir().expect("dir");
    let d = dir.path();
    at(d)
        .args(["--record", "--date", "2026-10-01", "--answers"])
        .arg(person("desk-worker"))
        .run()
        .code(0);
    let before = std::fs::read(journal(d)).expect("journal");
    // Piped, without --replace: exit 2, nothing changed, the one it would
    // replace named.
    let out = at(d)
        .args(["--record", "--date", "2026-10-03", "--answers"])
        .arg(person("sciatica"))
        .run()
        .code(2);
    assert!(out.stdout.is_empty(), "no report: {}", out.stdout);
    assert!(
        out.stderr.contains("2026-10-01, pain 5 of 10"),
        "{}",
        out.stderr
    );
    assert!(out.stderr.contains("--replace"), "{}", out.stderr);
    assert_eq!(std::fs::read(journal(d)).expect("journal"), before);
    // With --replace: the old one stays, as replaced.
    at(d)
        .args(["--record", "--replace", "--date", "2026-10-03", "--answers"])
        .arg(person("sciatica"))
        .run()
        .code(0);
    let list = |d: &Path| -> Value {
        let out = at(d)
            .args(["journal", "list", "--format", "json"])
            .run()
            .code(0);
        serde_json::from_str(&out.stdout).expect("json")
    };
    let l = list(d);
    assert_eq!(l["baseline"]["date"], "2026-10-03");
    assert_eq!(l["replaced_baselines"][0]["date"], "2026-10-01");
    assert_eq!(l["replaced_baselines"][0]["pain"], 5);
    let text = at(d).args(["journal", "list"]).run().code(0).stdout;
    assert!(text.contains("2026-10-01"), "{text}");
    // The trend says when and from what.
    checkin(d, "2026-10-10", calm(5, 5));
    let t = trend(d);
    assert_eq!(t["replaced_baselines"][0]["date"], "2026-10-01");
    let why = t["reasons"].to_string();
    assert!(
        why.contains("replaced an earlier one, of 1 October 2026 (pain 5 of 10)"),
        "{why}"
    );
    // Through export and import, JSON and CSV.
    let export = at(d).args(["journal", "export"]).run().code(0).stdout;
    let csv = at(d)
        .args(["journal", "export", "--format", "csv"])
        .run()
        .code(0)
        .stdout;
    assert!(
        csv.lines()
            .any(|l| l.starts_with("replaced_baseline,2026-10-01,5,")),
        "{csv}"
    );
    let other = tempfile::tempdir().expect("dir");
    std::fs::write(other.path().join("e.json"), &export).expect("write");
    let out = at(other.path())
        .args(["journal", "import"])
        .arg(other.path().join("e.json"))
        .run()
        .code(0);
    assert!(
        out.stdout
            .contains("1 check-ins, the starting point and 1 replaced starting point"),
        "{}",
        out.stdout
    );
    assert_eq!(
        list(other.path())["replaced_baselines"],
        l["replaced_baselines"]
    );
    assert_eq!(trend(other.path()), t);
}

#[test]
fn an_emergency_verdict_never_becomes_a_starting_point() {
    let dir = tempfile::tempdir().expect("dir");
    let out = at(dir.path())
        .args(["--record", "--answers"])
        .arg(person("emergency"))
        .run();
    assert!(
        out.stderr.contains("not kept as a starting point"),
        "{}",
        out.stderr
    );
    let l = at(dir.path())
        .args(["journal", "list", "--format", "json"])
        .run()
        .code(0);
    let l: Value = serde_json::from_str(&l.stdout).expect("json");
    assert!(l["baseline"].is_null(), "{l}");
}

#[test]
fn a_check_in_before_the_starting_point_is_refused_and_old_ones_stay_before_it() {
    let dir = tempfile::tempdir().expect("dir");
    let d = dir.path();
    at(d)
        .args(["--record", "--date", "2026-10-10", "--answers"])
        .arg(person("desk-worker"))
        .run()
        .code(0);
    let out = at(d)
        .args(["checkin", "--date", "2026-10-03"])
        .stdin(calm(4, 4))
        .run()
        .code(2);
    assert!(
        out.stderr
            .contains("before your starting point (2026-10-10)"),
        "{}",
        out.stderr
    );
    assert!(
        out.stderr.contains("--record --replace --date"),
        "{}",
        out.stderr
    );
    // One kept by an earlier version (an import of one) is charted before
    // the starting point's line and does not count.
    let mut export: Value =
        serde_json::from_str(&at(d).args(["journal", "export"]).run().code(0).stdout)
            .expect("json");
    export["checkins"] = json!([{
        "date": "2026-10-03", "pain": 9, "activity_limits": 9, "had_massage": false,
        "side_effects": [], "urgent": false,
        "questionnaire": {"id": "weekly-checkin", "version": "2.1.0"},
        "answers": {}
    }]);
    let other = tempfile::tempdir().expect("dir");
    let o = other.path();
    std::fs::write(o.join("e.json"), export.to_string()).expect("write");
    at(o)
        .args(["journal", "import"])
        .arg(o.join("e.json"))
        .run()
        .code(0);
    checkin(o, "2026-10-17", calm(5, 4));
    let t = trend(o);
    assert_eq!(t["latest_pain"], 5, "the early one does not count");
    assert_eq!(verdict(&t).0, "not_enough_data");
    let why = t["reasons"].to_string();
    assert!(why.contains("dated before your starting point"), "{why}");
    let chart = at(o).arg("trend").env("COLUMNS", "80").run().code(0).stdout;
    let axis = chart
        .lines()
        .find(|l| l.trim_start().starts_with("10-03"))
        .expect("date axis");
    let early = axis.find("10-03").expect("early");
    let later = axis.find("10-17").expect("later");
    assert!(early < later, "{chart}");
}

#[test]
fn one_check_in_can_be_taken_away() {
    let dir = tempfile::tempdir().expect("dir");
    let d = dir.path();
    for date in ["2026-10-01", "2026-10-08", "2026-10-15"] {
        checkin(d, date, calm(4, 4));
    }
    let out = at(d)
        .args(["journal", "delete", "--date", "2026-10-08"])
        .run()
        .code(2);
    assert!(out.stderr.contains("add --yes"), "{}", out.stderr);
    let out = at(d)
        .args(["journal", "delete", "--yes", "--date", "2026-10-08"])
        .run()
        .code(0);
    assert!(
        out.stdout.contains("Deleted the check-in of 2026-10-08"),
        "{}",
        out.stdout
    );
    let dates: Vec<String> = trend(d)["checkins"]
        .as_array()
        .expect("checkins")
        .iter()
        .map(|c| c["date"].as_str().expect("date").to_owned())
        .collect();
    assert_eq!(dates, ["2026-10-01", "2026-10-15"]);
    // A date with no check-in: said, and nothing else changes.
    let out = at(d)
        .args(["journal", "delete", "--yes", "--date", "2026-10-08"])
        .run()
        .code(2);
    assert!(
        out.stderr.contains("no check-in for 2026-10-08"),
        "{}",
        out.stderr
    );
}

#[test]
fn every_trend_says_its_massage_weeks_and_moves_on_after_a_fair_trial() {
    let dir = tempfile::tempdir().expect("dir");
    let d = dir.path();
    at(d)
        .args(["--record", "--date", "2026-09-01", "--answers"])
        .arg(person("desk-worker"))
        .run()
        .code(0);
    let mut date = jiff::civil::date(2026, 9, 1);
    for week in 1..=6 {
        date = date.checked_add(jiff::Span::new().days(7)).expect("date");
        let rest = if week % 2 == 0 {
            "y\n60\n1\nnone\n"
        } else {
            "n\n"
        };
        checkin(d, &date.to_string(), checkin_lines(2, 1, &[], rest));
        let t = trend(d);
        assert_eq!(t["massage_weeks"], week / 2);
        let why = t["reasons"].to_string();
        assert!(
            why.contains(&format!("You recorded a massage in {} of your", week / 2)),
            "{why}"
        );
        let advice = t["advice"].to_string();
        if week >= 6 {
            assert!(advice.contains("move on"), "week {week}: {advice}");
        } else if week >= 2 {
            assert!(advice.contains("Keep going"), "week {week}: {advice}");
        }
    }
    // The title does not assume massage.
    let text = at(d).arg("trend").run().code(0).stdout;
    assert!(text.starts_with("How is your back changing?"), "{text}");
}

#[test]
fn the_reminder_is_a_calendar_file_any_parser_reads() {
    use std::io::BufReader;
    let dir = tempfile::tempdir().expect("dir");
    let d = dir.path();
    // 2026-11-20 is a Friday; today (2026-11-25) a Wednesday.
    checkin(d, "2026-11-20", calm(4, 4));
    let parse = |text: &str| {
        let mut parser = ical::IcalParser::new(BufReader::new(text.as_bytes()));
        let calendar = parser.next().expect("a calendar").expect("valid iCalendar");
        assert!(parser.next().is_none(), "one calendar");
        calendar
    };
    let prop = |props: &[ical::property::Property], name: &str| {
        props
            .iter()
            .find(|p| p.name == name)
            .and_then(|p| p.value.clone())
            .unwrap_or_else(|| panic!("no {name}"))
    };
    // Defaults: the weekday of the last check-in, at 09:00, from the next
    // such day.
    let out = at(d).arg("remind").run().code(0);
    assert!(out.stdout.contains("\r\n"), "lines end in CRLF");
    let cal = parse(&out.stdout);
    assert_eq!(prop(&cal.properties, "VERSION"), "2.0");
    assert!(prop(&cal.properties, "PRODID").contains("backcheck"));
    assert_eq!(cal.events.len(), 1);
    let e = &cal.events[0].properties;
    assert_eq!(prop(e, "DTSTART"), "20261127T090000");
    assert_eq!(prop(e, "RRULE"), "FREQ=WEEKLY;BYDAY=FR");
    assert!(prop(e, "SUMMARY").contains("check-in"));
    assert!(prop(e, "DESCRIPTION").contains("backcheck checkin"));
    let uid = prop(e, "UID");
    assert!(out.stderr.contains("Friday at 09:00"), "{}", out.stderr);
    // Chosen: a day name or its first three letters, and a time.
    let path = d.join("checkin.ics");
    at(d)
        .args(["remind", "--day", "sun", "--time", "18:30", "--output"])
        .arg(&path)
        .run()
        .code(0);
    crate::harness::assert_private(&path);
    let cal = parse(&std::fs::read_to_string(&path).expect("file"));
    let e = &cal.events[0].properties;
    assert_eq!(prop(e, "DTSTART"), "20261129T183000");
    assert_eq!(prop(e, "RRULE"), "FREQ=WEEKLY;BYDAY=SU");
    assert_eq!(prop(e, "UID"), uid, "the same event, updated on import");
    // Bad input: said, exit 2, nothing written.
    for bad in [
        &["--time", "25:00"][..],
        &["--time", "9"],
        &["--day", "someday"],
    ] {
        let out = at(d).arg("remind").args(bad).run().code(2);
        assert!(out.stdout.is_empty(), "{bad:?}");
        assert!(!out.stderr.is_empty(), "{bad:?}");
    }
}
