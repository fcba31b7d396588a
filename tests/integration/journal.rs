//! The check-in journal: check-ins, the trend, export and import, and what
//! happens to files that are not journals, damaged, written at once by two
//! runs, or cut off by a kill.

use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use crate::harness::{Run, assert_private, backcheck, checkin_lines, fixture, person};

/// A run with its own journal at `dir/journal.sqlite3` and a fixed today.
fn at(dir: &Path) -> Run {
    backcheck()
        .env("BACKCHECK_JOURNAL", journal(dir).to_str().expect("utf-8"))
        .env("BACKCHECK_TODAY", "2026-11-25")
}

fn journal(dir: &Path) -> PathBuf {
    dir.join("journal.sqlite3")
}

/// Piped check-in lines: pain, limits, no warning signs, massage or not.
fn lines(pain: u8, limits: u8, massage: bool) -> String {
    let rest = if massage { "y\n60\n1\nnone\n" } else { "n\n" };
    checkin_lines(pain, limits, &[], rest)
}

fn checkin(dir: &Path, date: &str, input: String) -> crate::harness::Outcome {
    at(dir)
        .args(["checkin", "--date", date])
        .stdin(input)
        .run()
        .code(0)
}

fn trend_json(dir: &Path) -> serde_json::Value {
    let out = at(dir).args(["trend", "--format", "json"]).run().code(0);
    serde_json::from_str(&out.stdout).expect("trend json")
}

/// A fixed journal: an assessment (pain 5) and five weekly check-ins, typed
/// in out of date order.
fn fixed_journal(dir: &Path) {
    at(dir)
        .args(["--record", "--date", "2026-10-01", "--answers"])
        .arg(person("desk-worker"))
        .run()
        .code(0);
    checkin(dir, "2026-10-15", lines(4, 4, true));
    checkin(dir, "2026-10-08", lines(5, 4, true));
    checkin(dir, "2026-10-22", lines(4, 3, true));
    checkin(dir, "2026-10-29", lines(3, 3, false));
    checkin(dir, "2026-11-05", lines(3, 2, true));
}

#[test]
fn check_ins_and_a_recorded_assessment_give_a_trend() {
    let dir = tempfile::tempdir().expect("dir");
    let d = dir.path();
    assert_eq!(
        trend_json(d)["verdict"]["id"],
        "not_enough_data",
        "an empty journal"
    );
    assert!(
        !journal(d).exists(),
        "reading the trend does not create a journal"
    );
    fixed_journal(d);
    let t = trend_json(d);
    assert_eq!(t["verdict"]["id"], "improving");
    assert_eq!(
        t["baseline"],
        serde_json::json!({"date": "2026-10-01", "pain": 5, "activity_limits": 4, "source": "assessment"})
    );
    assert_eq!(t["current_pain"], 3.0);
    assert_eq!(
        t["change"],
        serde_json::json!({"points": -2.0, "percent": -40.0})
    );
    let dates: Vec<&str> = t["checkins"]
        .as_array()
        .expect("array")
        .iter()
        .map(|c| c["date"].as_str().expect("date"))
        .collect();
    assert_eq!(
        dates,
        [
            "2026-10-08",
            "2026-10-15",
            "2026-10-22",
            "2026-10-29",
            "2026-11-05"
        ],
        "ordered by date"
    );
    assert!(
        t["consult"]
            .as_str()
            .expect("consult")
            .contains("healthcare professional")
    );
}

#[test]
fn the_trend_chart_and_svg_snapshots() {
    let dir = tempfile::tempdir().expect("dir");
    fixed_journal(dir.path());
    let out = at(dir.path())
        .args(["trend", "--svg", "chart.svg"])
        .run()
        .code(0);
    insta::assert_snapshot!("trend-text", out.stdout);
    let svg = std::fs::read_to_string(out.dir.path().join("chart.svg")).expect("svg written");
    assert_private(&out.dir.path().join("chart.svg"));
    insta::assert_snapshot!("trend-svg", svg);
    let md = at(dir.path())
        .args(["trend", "--format", "markdown"])
        .run()
        .code(0);
    insta::assert_snapshot!("trend-markdown", md.stdout);
}

#[test]
fn an_emergency_answer_in_a_check_in_says_get_help_and_makes_the_trend_urgent() {
    let dir = tempfile::tempdir().expect("dir");
    let d = dir.path();
    let out = checkin(
        d,
        "2026-11-20",
        checkin_lines(3, 3, &["saddle_numbness"], "n\n"),
    );
    assert!(out.stdout.starts_with("!! GET HELP NOW"), "{}", out.stdout);
    assert!(out.stdout.contains("Check-in saved for 2026-11-20"));
    assert!(out.stdout.contains("999"));
    assert_eq!(trend_json(d)["verdict"]["id"], "urgent");
}

#[test]
fn new_numbness_after_massage_makes_the_trend_worse_at_once() {
    let dir = tempfile::tempdir().expect("dir");
    let out = checkin(
        dir.path(),
        "2026-11-20",
        checkin_lines(3, 3, &[], "y\nskip\nskip\n4\n"),
    );
    assert!(
        out.stdout
            .contains("within a few days about: the new\nnumbness after massage."),
        "{}",
        out.stdout
    );
    assert_eq!(trend_json(dir.path())["verdict"]["id"], "worse");
}

#[test]
fn check_in_answers_files_and_json_output() {
    let dir = tempfile::tempdir().expect("dir");
    let out = at(dir.path())
        .args([
            "checkin",
            "--date",
            "2026-11-20",
            "--format",
            "json",
            "--answers",
        ])
        .arg(fixture("checkin-yes.toml"))
        .run()
        .code(0);
    let j: serde_json::Value = serde_json::from_str(&out.stdout).expect("json");
    assert_eq!(j["saved"], true);
    assert_eq!(j["status"]["id"], "saved");
    assert_eq!(j["checkin"]["pain"], 4);
    assert_eq!(j["checkin"]["had_massage"], true);
    assert!(
        j["consult"]
            .as_str()
            .expect("consult")
            .contains("healthcare")
    );
    let export = at(dir.path()).args(["journal", "export"]).run().code(0);
    let e: serde_json::Value = serde_json::from_str(&export.stdout).expect("json");
    assert_eq!(
        e["checkins"][0]["questionnaire"],
        serde_json::json!({"id": "weekly-checkin", "version": "3.0.0"})
    );
    assert_eq!(e["checkins"][0]["massage_kind"], "relaxation");
}

#[test]
fn dates_in_the_future_or_not_real_are_refused_with_exit_2() {
    let dir = tempfile::tempdir().expect("dir");
    let out = at(dir.path())
        .args(["checkin", "--date", "2026-11-26"])
        .stdin(lines(3, 3, false))
        .run()
        .code(2);
    assert!(out.stderr.contains("is in the future"), "{}", out.stderr);
    let out = at(dir.path())
        .args(["checkin", "--date", "2026-13-01"])
        .stdin(lines(3, 3, false))
        .run()
        .code(2);
    assert!(out.stderr.contains("not a real date"), "{}", out.stderr);
    assert!(!journal(dir.path()).exists());
}

#[test]
fn the_journal_is_user_only_and_its_directory_too() {
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("new").join("journal.sqlite3");
    backcheck()
        .env("BACKCHECK_JOURNAL", path.to_str().expect("utf-8"))
        .args(["checkin", "--date", "2026-11-20"])
        .stdin(lines(3, 3, false))
        .run()
        .code(0);
    assert_private(&path);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(path.parent().expect("dir"))
            .expect("dir")
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o700);
    }
}

#[test]
fn foreign_and_corrupt_files_are_refused_with_74_and_left_byte_identical() {
    let dir = tempfile::tempdir().expect("dir");
    // Another program's SQLite database.
    let other = dir.path().join("other.sqlite3");
    let conn = rusqlite::Connection::open(&other).expect("sqlite");
    conn.execute_batch("CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES ('mine');")
        .expect("sql");
    drop(conn);
    // A damaged backcheck journal: a good one with garbage over its second page.
    let damaged = dir.path().join("damaged.sqlite3");
    backcheck()
        .env("BACKCHECK_JOURNAL", damaged.to_str().expect("utf-8"))
        .args(["checkin", "--date", "2026-11-20"])
        .stdin(lines(3, 3, false))
        .run()
        .code(0);
    let mut bytes = std::fs::read(&damaged).expect("journal");
    assert!(bytes.len() >= 8192, "journal has at least two pages");
    bytes[4096..8192].fill(0xA5);
    std::fs::write(&damaged, &bytes).expect("damage");
    let cases: Vec<(PathBuf, Vec<u8>)> = vec![
        (dir.path().join("notes.txt"), b"my shopping list\n".to_vec()),
        (
            dir.path().join("random.bin"),
            (0..4096u32).map(|i| (i * 7919 % 251) as u8).collect(),
        ),
        (other.clone(), std::fs::read(&other).expect("other")),
        (damaged.clone(), bytes),
    ];
    for (path, contents) in &cases {
        std::fs::write(path, contents).expect("write");
        for args in [
            &["checkin", "--date", "2026-11-20"][..],
            &["trend"][..],
            &["journal", "list"][..],
        ] {
            let out = backcheck()
                .env("BACKCHECK_JOURNAL", path.to_str().expect("utf-8"))
                .args(args)
                .stdin(lines(3, 3, false))
                .run()
                .code(74);
            assert!(
                out.stderr.contains("is not a backcheck journal")
                    || out.stderr.contains("is damaged"),
                "{}: {}",
                path.display(),
                out.stderr
            );
            assert_eq!(
                &std::fs::read(path).expect("read"),
                contents,
                "{} was changed",
                path.display()
            );
        }
    }
}

#[test]
fn an_empty_file_is_migrated_to_the_current_schema() {
    let dir = tempfile::tempdir().expect("dir");
    std::fs::write(journal(dir.path()), b"").expect("empty file");
    checkin(dir.path(), "2026-11-20", lines(3, 3, false));
    let conn = rusqlite::Connection::open(journal(dir.path())).expect("open");
    let version: i64 = conn
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .expect("version");
    let app: i64 = conn
        .query_row("PRAGMA application_id", [], |r| r.get(0))
        .expect("app");
    assert_eq!(version, 4);
    assert_eq!(app, backcheck::journal::store::APPLICATION_ID);
}

#[test]
fn a_newer_schema_is_refused() {
    let dir = tempfile::tempdir().expect("dir");
    checkin(dir.path(), "2026-11-20", lines(3, 3, false));
    let conn = rusqlite::Connection::open(journal(dir.path())).expect("open");
    conn.pragma_update(None, "user_version", 99).expect("bump");
    drop(conn);
    let out = at(dir.path()).arg("trend").run().code(74);
    assert!(
        out.stderr
            .contains("schema version 99, newer than this backcheck knows (4)"),
        "{}",
        out.stderr
    );
}

#[test]
fn export_delete_import_gives_the_same_trend() {
    let dir = tempfile::tempdir().expect("dir");
    let d = dir.path();
    fixed_journal(d);
    let before = trend_json(d);
    let export = at(d).args(["journal", "export"]).run().code(0);
    let csv = at(d)
        .args(["journal", "export", "--format", "csv"])
        .run()
        .code(0);
    assert_eq!(
        csv.stdout.lines().next(),
        Some(
            "kind,date,pain,activity_limits,had_massage,massage_minutes,massage_kind,side_effects,urgent,questionnaire_version,warning_signs,global_change,status,signs,replaced_at,pain_duration,verdict,questionnaire_id,answers"
        )
    );
    assert_eq!(
        csv.stdout.lines().count(),
        1 + 1 + 5,
        "header, baseline, five check-ins"
    );
    let deleted = at(d).args(["journal", "delete", "--yes"]).run().code(0);
    assert!(deleted.stdout.starts_with("Deleted the journal"));
    assert!(!journal(d).exists());
    assert_eq!(trend_json(d)["verdict"]["id"], "not_enough_data");
    std::fs::write(d.join("export.json"), &export.stdout).expect("write export");
    let imported = at(d)
        .args(["journal", "import"])
        .arg(d.join("export.json"))
        .run()
        .code(0);
    assert_eq!(
        imported.stdout,
        format!(
            "Imported 5 check-ins and the starting point into {}.\n",
            journal(d).display()
        )
    );
    assert_eq!(trend_json(d), before);
    // A second import would double the data: refused.
    let again = at(d)
        .args(["journal", "import"])
        .arg(d.join("export.json"))
        .run()
        .code(2);
    assert!(
        again.stderr.contains("already holds data"),
        "{}",
        again.stderr
    );
}

#[test]
fn a_bad_import_file_exits_65_and_changes_nothing() {
    let dir = tempfile::tempdir().expect("dir");
    std::fs::write(
        dir.path().join("bad.json"),
        "{\"schema_version\": 1, \"checkins\": [}",
    )
    .expect("write");
    let out = at(dir.path())
        .args(["journal", "import"])
        .arg(dir.path().join("bad.json"))
        .run()
        .code(65);
    assert!(out.stderr.contains("bad.json:1:"), "{}", out.stderr);
    assert!(!journal(dir.path()).exists());
}

#[test]
fn delete_asks_first_and_refuses_without_a_terminal() {
    let dir = tempfile::tempdir().expect("dir");
    checkin(dir.path(), "2026-11-20", lines(3, 3, false));
    let out = at(dir.path()).args(["journal", "delete"]).run().code(2);
    assert!(out.stderr.contains("add --yes"), "{}", out.stderr);
    assert!(journal(dir.path()).exists());
}

/// Adds `n` check-ins from one process after another, as fast as they go,
/// one a day from `first` (a journal keeps one check-in per date).
fn add_many(path: &Path, n: usize, first: jiff::civil::Date) -> std::thread::JoinHandle<()> {
    let path = path.to_owned();
    std::thread::spawn(move || {
        for i in 0..n {
            let date = first
                .checked_add(jiff::Span::new().days(i as i64))
                .expect("date")
                .to_string();
            let out = crate::harness::command()
                .env("BACKCHECK_JOURNAL", &path)
                .args(["checkin", "--date", &date, "--answers"])
                .arg(fixture("checkin-yes.toml"))
                .output()
                .expect("run");
            assert!(
                out.status.success(),
                "{}",
                String::from_utf8_lossy(&out.stderr)
            );
        }
    })
}

#[test]
fn two_processes_writing_at_once_lose_nothing() {
    let dir = tempfile::tempdir().expect("dir");
    let path = journal(dir.path());
    let a = add_many(&path, 500, jiff::civil::date(2020, 1, 1));
    let b = add_many(&path, 500, jiff::civil::date(2023, 1, 1));
    a.join().expect("writer a");
    b.join().expect("writer b");
    let j = backcheck::journal::Journal::open(&path).expect("open");
    assert_eq!(j.checkins().expect("rows").len(), 1000);
    assert_eq!(j.integrity_check().expect("check"), "ok");
}

#[test]
fn a_kill_in_the_middle_of_writes_keeps_every_committed_check_in() {
    kill_during_writes("KILL");
}

#[test]
fn sigterm_in_the_middle_of_writes_finishes_the_write_and_leaves_no_temporary_file() {
    let dir = kill_during_writes("TERM");
    let mut names: Vec<String> = std::fs::read_dir(dir.path())
        .expect("list")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .filter(|n| !n.starts_with("journal.sqlite3"))
        .collect();
    names.sort();
    assert!(names.is_empty(), "left behind: {names:?}");
}

/// Adds check-ins in a loop until 40 are confirmed, then sends `signal` to
/// the writers, and checks the journal: whole, with every confirmed
/// check-in. Returns the folder, for more checks.
fn kill_during_writes(signal: &str) -> tempfile::TempDir {
    use std::io::{BufRead, BufReader};
    let dir = tempfile::tempdir().expect("dir");
    let path = journal(dir.path());
    // A shell adds check-ins in a loop, a day apart, and prints "ok" after
    // each commit.
    let script = format!(
        "i=0; while :; do d=$(date -u -d \"2000-01-01 +$i days\" +%F); i=$((i+1)); \
         \"$BIN\" checkin --date $d --answers '{}' > /dev/null && echo ok || exit 1; done",
        fixture("checkin-yes.toml").display()
    );
    let mut child = crate::harness::shell(&script)
        .env("BACKCHECK_JOURNAL", &path)
        .stdout(Stdio::piped())
        .process_group(0)
        .spawn()
        .expect("spawn");
    let pgid = child.id();
    let mut confirmed = 0;
    let mut reader = BufReader::new(child.stdout.take().expect("stdout"));
    let mut line = String::new();
    while confirmed < 40 {
        line.clear();
        assert!(
            reader.read_line(&mut line).expect("read") > 0,
            "the writer stopped"
        );
        confirmed += 1;
    }
    // Signal the whole group: the shell and whichever backcheck is writing.
    Command::new("kill")
        .args([&format!("-{signal}"), "--", &format!("-{pgid}")])
        .status()
        .expect("kill");
    let _ = child.wait();
    let j = backcheck::journal::Journal::open(&path).expect("open after the kill");
    assert_eq!(j.integrity_check().expect("check"), "ok");
    let rows = j.checkins().expect("rows").len();
    // Every confirmed check-in is there; at most one more committed before
    // its "ok" was printed.
    assert!(
        rows == confirmed || rows == confirmed + 1,
        "{rows} rows, {confirmed} confirmed"
    );
    drop(j);
    dir
}

#[test]
fn one_check_in_per_date_and_replace_only_when_asked() {
    let dir = tempfile::tempdir().expect("dir");
    let d = dir.path();
    checkin(d, "2026-11-20", lines(3, 3, false));
    let before = std::fs::read(journal(d)).expect("journal");
    // Piped, a second check-in for the date is refused before anything is asked.
    let out = at(d)
        .args(["checkin", "--date", "2026-11-20"])
        .stdin(lines(7, 7, false))
        .run()
        .code(2);
    assert!(
        out.stderr
            .contains("there is already a check-in for 2026-11-20"),
        "{}",
        out.stderr
    );
    assert!(out.stderr.contains("--replace"), "{}", out.stderr);
    assert_eq!(out.stdout, "");
    assert_eq!(
        std::fs::read(journal(d)).expect("journal"),
        before,
        "nothing changed"
    );
    // With --replace, the new one takes its place.
    let out = at(d)
        .args(["checkin", "--replace", "--date", "2026-11-20"])
        .stdin(lines(7, 6, false))
        .run()
        .code(0);
    assert!(out.stdout.contains("pain 7 of 10"), "{}", out.stdout);
    let list = at(d)
        .args(["journal", "list", "--format", "json"])
        .run()
        .code(0);
    let list: serde_json::Value = serde_json::from_str(&list.stdout).expect("json");
    let rows = list["checkins"].as_array().expect("rows");
    assert_eq!(rows.len(), 1);
    assert_eq!(
        (
            rows[0]["pain"].as_u64(),
            rows[0]["activity_limits"].as_u64()
        ),
        (Some(7), Some(6))
    );
    // An answers file too.
    at(d)
        .args(["checkin", "--date", "2026-11-20", "--answers"])
        .arg(fixture("checkin-yes.toml"))
        .run()
        .code(2);
}

#[test]
fn two_check_ins_for_one_date_at_once_keep_exactly_one() {
    for _ in 0..5 {
        let dir = tempfile::tempdir().expect("dir");
        let path = journal(dir.path());
        let spawn = || {
            crate::harness::command()
                .env("BACKCHECK_JOURNAL", &path)
                .args(["checkin", "--date", "2026-11-20", "--answers"])
                .arg(fixture("checkin-yes.toml"))
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .spawn()
                .expect("spawn")
        };
        let (mut a, mut b) = (spawn(), spawn());
        let codes = [a.wait().expect("a").code(), b.wait().expect("b").code()];
        let mut sorted = codes;
        sorted.sort();
        assert_eq!(sorted, [Some(0), Some(2)], "one succeeds, one is refused");
        let j = backcheck::journal::Journal::open(&path).expect("open");
        assert_eq!(j.checkins().expect("rows").len(), 1);
    }
}

#[test]
fn an_import_with_two_check_ins_for_one_date_is_refused() {
    let dir = tempfile::tempdir().expect("dir");
    let row = r#"{"date":"2026-11-20","pain":3,"activity_limits":2,"had_massage":true,"massage_minutes":null,"massage_kind":null,"side_effects":[],"urgent":false,"questionnaire":{"id":"weekly-checkin","version":"2.0.0"},"answers":{}}"#;
    let export = format!(r#"{{"schema_version":1,"baseline":null,"checkins":[{row},{row}]}}"#);
    std::fs::write(dir.path().join("x.json"), export).expect("write");
    let out = at(dir.path())
        .args(["journal", "import"])
        .arg(dir.path().join("x.json"))
        .run()
        .code(65);
    assert!(
        out.stderr
            .contains("check-in 2: date 2026-11-20 appears twice"),
        "{}",
        out.stderr
    );
    assert!(!journal(dir.path()).exists());
}

/// Piped check-in lines with a massage and the given after-effects.
fn with_after_effects(pain: u8, effects: &str) -> String {
    checkin_lines(pain, 3, &[], &format!("y\n60\n1\n{effects}\n"))
}

#[test]
fn people_read_labels_and_programs_read_ids() {
    let dir = tempfile::tempdir().expect("dir");
    let d = dir.path();
    at(d)
        .args(["--record", "--date", "2026-10-01", "--answers"])
        .arg(person("desk-worker"))
        .run()
        .code(0);
    checkin(d, "2026-10-08", with_after_effects(4, "lasting_soreness"));
    checkin(d, "2026-10-15", with_after_effects(4, "bruising"));
    let ids = ["likely_to_help", "lasting_soreness", "bruising"];
    for args in [
        &["trend"][..],
        &["trend", "--format", "markdown"],
        &["journal", "list"],
        &["journal", "list", "--format", "markdown"],
    ] {
        let out = at(d).args(args).run().code(0).stdout;
        let flat = out.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(
            flat.contains("Soreness that lasted more than two days") && flat.contains("Bruising"),
            "{args:?}: {out}"
        );
        for id in ids {
            assert!(!out.contains(id), "{args:?} shows the id {id}: {out}");
        }
    }
    let list = at(d).args(["journal", "list"]).run().code(0).stdout;
    let flat = list.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        flat.contains("Your answers show several things people try massage for"),
        "{list}"
    );
    // JSON keeps the ids.
    let t = trend_json(d);
    assert_eq!(t["checkins"][0]["side_effects"][0], "lasting_soreness");
    let list = at(d)
        .args(["journal", "list", "--format", "json"])
        .run()
        .code(0)
        .stdout;
    let list: serde_json::Value = serde_json::from_str(&list).expect("json");
    assert_eq!(list["baseline"]["verdict"], "likely_to_help");
}

#[test]
fn a_check_in_with_an_urgent_answer_does_not_send_you_to_the_trend() {
    let dir = tempfile::tempdir().expect("dir");
    let urgent = checkin(
        dir.path(),
        "2026-11-20",
        checkin_lines(3, 3, &["saddle_numbness"], "n\n"),
    );
    assert!(urgent.stdout.contains("GET HELP NOW"), "{}", urgent.stdout);
    assert!(
        !urgent.stdout.contains("backcheck trend"),
        "{}",
        urgent.stdout
    );
    // A check-in without one does.
    let calm = checkin(dir.path(), "2026-11-21", lines(3, 3, false));
    assert!(
        calm.stdout.contains("Run `backcheck trend`"),
        "{}",
        calm.stdout
    );
}

/// The `cx` of every pain point (red circles) of an SVG chart.
fn pain_xs(svg: &str) -> Vec<f64> {
    svg.lines()
        // The legend's circle shares its line with the legend's words.
        .filter(|l| l.starts_with("<circle") && l.contains("#b03a2e") && !l.contains("<text"))
        .map(|l| {
            let at = l.find("cx=\"").expect("cx") + 4;
            let end = l[at..].find('"').expect("end") + at;
            l[at..end].parse().expect("number")
        })
        .collect()
}

#[test]
fn the_svg_places_check_ins_by_date_and_shows_the_year() {
    let dir = tempfile::tempdir().expect("dir");
    let d = dir.path();
    // Weekly, then three missed weeks, across a new year.
    checkin(d, "2025-12-18", lines(5, 4, true));
    checkin(d, "2025-12-25", lines(5, 4, true));
    checkin(d, "2026-01-15", lines(4, 3, true));
    let out = at(d).args(["trend", "--svg", "chart.svg"]).run().code(0);
    let svg = std::fs::read_to_string(out.dir.path().join("chart.svg")).expect("svg");
    let xs = pain_xs(&svg);
    assert_eq!(xs.len(), 3, "{svg}");
    let week = xs[1] - xs[0];
    assert!(week > 0.0, "{xs:?}");
    assert!(
        ((xs[2] - xs[1]) - 3.0 * week).abs() < 0.01,
        "three weeks apart is three weeks wide: {xs:?}"
    );
    assert!(svg.contains(">2025</text>"), "{svg}");
    assert!(svg.contains(">2026</text>"), "{svg}");
}
