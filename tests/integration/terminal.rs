//! The real prompts, driven through a pseudo-terminal (expectrl). Every step
//! waits for text the program prints; nothing waits on a clock, and every wait
//! has a time limit, so a broken prompt fails the test instead of hanging it.

use std::path::Path;
use std::process::Command;
use std::time::Duration;

use backcheck::answer::{Answer, Answers};
use backcheck::content::{Question, QuestionKind, Questionnaire};
use expectrl::{Eof, Expect, Session};

use crate::harness::{answers_of, backcheck, checkin_lines, fixture, person, read_json, shipped};

pub(crate) const DOWN: &str = "\x1b[B";
const UP: &str = "\x1b[A";
pub(crate) const ESC: &str = "\x1b";

pub(crate) type Pty = expectrl::session::OsSession;

/// Starts `sh -c SCRIPT` in a pseudo-terminal, in `dir`, with `$BIN` set to
/// backcheck. The script may redirect standard output to a file.
fn spawn(dir: &Path, script: &str, term: &str) -> Pty {
    let mut cmd = crate::harness::shell(script);
    cmd.current_dir(dir)
        .env("TERM", term)
        .env("BACKCHECK_JOURNAL", dir.join("journal.sqlite3"));
    let mut pty = Session::spawn(cmd).expect("spawn in a pty");
    pty.set_expect_timeout(Some(Duration::from_secs(60)));
    pty
}

/// The small example questionnaire, with the JSON summary going to out.json.
fn spawn_minimal(dir: &Path) -> Pty {
    let content = fixture("content/minimal.toml");
    let script = format!(
        "\"$BIN\" --content '{}' --format json > out.json",
        content.display()
    );
    spawn(dir, &script, "xterm")
}

#[track_caller]
fn expect(pty: &mut Pty, text: &str) {
    if let Err(e) = pty.expect(text) {
        panic!("waiting for {text:?}: {e}");
    }
}

/// Waits for `text`, then sends `keys`.
#[track_caller]
fn step(pty: &mut Pty, text: &str, keys: &str) {
    expect(pty, text);
    pty.send(keys).expect("send");
}

/// From the review: shows the summary, declines to save, and returns the
/// JSON summary the run wrote to out.json.
#[track_caller]
fn summary_json(mut pty: Pty, dir: &Path) -> serde_json::Value {
    step(&mut pty, "Show my summary", "\r");
    // No offer to keep it as a starting point: this questionnaire has no
    // pain_intensity question.
    step(&mut pty, "Save your answers", "n");
    let (_, code) = finish(pty);
    assert_eq!(code, 0);
    read_json(&dir.join("out.json"))
}

/// Reads to the end and returns everything printed after the last expect,
/// and the exit code.
fn finish(mut pty: Pty) -> (String, i32) {
    let found = pty.expect(Eof).expect("end of output");
    let rest = String::from_utf8_lossy(found.as_bytes()).into_owned();
    let status = pty.get_process().wait().expect("wait");
    let code = match status {
        ptyprocess::WaitStatus::Exited(_, code) => code,
        other => panic!("not a normal exit: {other:?}"),
    };
    (rest, code)
}

/// The keys that give `answer` to `question` in the dialoguer prompts.
pub(crate) fn keys(question: &Question, answer: Option<&Answer>) -> String {
    match (&question.kind, answer) {
        (QuestionKind::YesNo { .. }, Some(Answer::Bool(b))) => if *b { "y" } else { "n" }.into(),
        (QuestionKind::YesNo { not_sure: true }, Some(Answer::Unsure)) => "?".into(),
        // "Skip this question" is the last row.
        (QuestionKind::YesNo { not_sure }, None) => {
            format!("{}\r", DOWN.repeat(if *not_sure { 3 } else { 2 }))
        }
        (QuestionKind::Choice { options }, Some(Answer::Choice(v))) => {
            let i = options.iter().position(|o| &o.value == v).expect("option");
            format!("{}\r", DOWN.repeat(i))
        }
        // The "Skip this question" item comes after the options.
        (QuestionKind::Choice { options }, None) => format!("{}\r", DOWN.repeat(options.len())),
        // "Skip this question" comes after the options.
        (QuestionKind::Multi { options, .. }, None) => {
            format!("{}\r", DOWN.repeat(options.len()))
        }
        // Down between the options, not past the last: an optional list
        // ends with "Skip this question".
        (QuestionKind::Multi { options, .. }, picked) => {
            let mut k = String::new();
            for (i, o) in options.iter().enumerate() {
                if i > 0 {
                    k.push_str(DOWN);
                }
                if matches!(picked, Some(Answer::Multi(v)) if v.contains(&o.value)) {
                    k.push(' ');
                }
            }
            k.push('\r');
            k
        }
        (QuestionKind::Scale { min, .. }, Some(Answer::Int(n))) => {
            format!(
                "{}\r",
                DOWN.repeat(usize::try_from(n - min).expect("in range"))
            )
        }
        // Numbers are typed.
        (QuestionKind::Number { .. }, Some(Answer::Int(n))) => format!("{n}\r"),
        other => panic!("no keys for {other:?}"),
    }
}

/// Answers every shown question as `answers` does, waiting for each one.
fn answer_all(pty: &mut Pty, q: &Questionnaire, answers: &Answers) {
    for (n, question) in backcheck::flow::shown(q, answers).into_iter().enumerate() {
        expect(pty, &format!("Question {} of", n + 1));
        expect(pty, question.text.split_whitespace().last().expect("text"));
        pty.send(keys(question, answers.get(&question.id)))
            .expect("send");
    }
}

#[test]
fn a_full_run_gives_the_same_summary_as_the_answers_file_and_saves_a_replayable_file() {
    let dir = tempfile::tempdir().expect("dir");
    let q = shipped();
    let answers = answers_of("desk-worker");
    let mut pty = spawn(
        dir.path(),
        "\"$BIN\" --save-answers saved.toml > summary.txt",
        "xterm",
    );
    // The intro's count is the first question's "of M".
    let first = backcheck::flow::shown(&q, &Answers::default()).len();
    expect(
        &mut pty,
        &format!("{first} questions (a few more may follow"),
    );
    answer_all(&mut pty, &q, &answers);
    expect(&mut pty, "Your answers");
    step(&mut pty, "Show my summary", "\r");
    expect(&mut pty, "Saved your answers to saved.toml.");
    step(&mut pty, "starting point for weekly check-ins?", "y");
    expect(&mut pty, "Kept this assessment");
    let (_, code) = finish(pty);
    assert_eq!(code, 0);

    let summary = std::fs::read_to_string(dir.path().join("summary.txt")).expect("summary");
    let from_file = backcheck()
        .arg("--answers")
        .arg(person("desk-worker"))
        .run()
        .code(0);
    assert_eq!(
        summary, from_file.stdout,
        "the prompts gave other answers than the file"
    );

    let saved = dir.path().join("saved.toml");
    let replay = backcheck().arg("--answers").arg(&saved).run().code(0);
    assert_eq!(
        replay.stdout, summary,
        "replaying the saved answers changes the summary"
    );
    crate::harness::assert_private(&saved);

    // Kept as the starting point: the journal has the baseline.
    let export = backcheck()
        .env(
            "BACKCHECK_JOURNAL",
            dir.path().join("journal.sqlite3").to_str().expect("utf-8"),
        )
        .args(["journal", "export"])
        .run()
        .code(0);
    let export: serde_json::Value = serde_json::from_str(&export.stdout).expect("json");
    assert_eq!(export["baseline"]["pain"], 5);
}

#[test]
fn esc_goes_back_and_the_summary_follows_the_changed_answer() {
    let dir = tempfile::tempdir().expect("dir");
    let mut pty = spawn_minimal(dir.path());
    expect(&mut pty, "Question 1 of 2");
    step(&mut pty, "Yes or no", "n");
    expect(&mut pty, "Question 2 of 2");
    step(&mut pty, "very tight", &format!("{}\r", DOWN.repeat(8)));
    expect(&mut pty, "Question 3 of 3");
    step(&mut pty, "Right side", ESC);
    expect(&mut pty, "Back to the previous question.");
    // Asked again, with 8 preselected: six up is 2.
    expect(&mut pty, "Question 2 of");
    step(&mut pty, "very tight", &format!("{}\r", UP.repeat(6)));
    expect(&mut pty, "Question 3 of 3");
    step(&mut pty, "Right side", " \r");
    let json = summary_json(pty, dir.path());
    assert_eq!(json["answers"]["tightness"], 2);
    assert_eq!(json["answers"]["where"], serde_json::json!(["left"]));
    assert_eq!(json["verdict"]["id"], "unlikely_to_help");
}

#[test]
fn review_and_change_an_answer_drops_what_it_hides() {
    let dir = tempfile::tempdir().expect("dir");
    let mut pty = spawn_minimal(dir.path());
    step(&mut pty, "Yes or no", "n");
    step(&mut pty, "very tight", &format!("{}\r", DOWN.repeat(8)));
    step(&mut pty, "Right side", " \r");
    step(&mut pty, "Change an answer", &format!("{DOWN}\r"));
    expect(&mut pty, "Which answer?");
    step(&mut pty, "How tight", &format!("{DOWN}\r"));
    expect(&mut pty, "very tight");
    // Down to 0: "where" is asked only for tightness above 0.
    pty.send(format!("{}\r", UP.repeat(8))).expect("send");
    expect(&mut pty, "Your answers");
    let json = summary_json(pty, dir.path());
    assert_eq!(
        json["answers"],
        serde_json::json!({"saddle": false, "tightness": 0})
    );
}

#[test]
fn an_emergency_answer_shows_the_urgent_message_at_once() {
    let dir = tempfile::tempdir().expect("dir");
    let mut pty = spawn(dir.path(), "\"$BIN\"", "xterm");
    expect(&mut pty, "Question 1 of");
    step(&mut pty, "Yes, no or not sure", "y");
    expect(&mut pty, "GET HELP NOW");
    expect(&mut pty, "Call 999 now, or go to A&E.");
    expect(&mut pty, "If you are not sure, treat it as yes.");
    step(&mut pty, "Show me what to do now", "\r");
    expect(&mut pty, "Verdict: Get help now");
    let (rest, code) = finish(pty);
    assert_eq!(code, 0);
    assert!(
        rest.contains("healthcare"),
        "the consult text ends the summary: {rest}"
    );
}

#[test]
fn esc_at_the_urgent_message_shows_what_to_do_and_a_mistake_asks_again() {
    let dir = tempfile::tempdir().expect("dir");
    // Esc is the safe way out: what to do now, the summary.
    let mut pty = spawn(dir.path(), "exec \"$BIN\"", "xterm");
    step(&mut pty, "Yes, no or not sure", "y");
    expect(&mut pty, "GET HELP NOW");
    step(&mut pty, "I pressed yes by mistake", "\x1b");
    expect(&mut pty, "Verdict: Get help now");
    let (rest, code) = finish(pty);
    assert_eq!(code, 0);
    assert!(rest.contains("healthcare"), "{rest:?}");
    // "I pressed yes by mistake" asks the same question again.
    let mut pty = spawn(dir.path(), "exec \"$BIN\"", "xterm");
    step(&mut pty, "Yes, no or not sure", "y");
    expect(&mut pty, "GET HELP NOW");
    step(
        &mut pty,
        "I pressed yes by mistake",
        &format!("{}\r", DOWN.repeat(2)),
    );
    expect(&mut pty, "Question 1 of");
    step(&mut pty, "Yes, no or not sure", "n");
    expect(&mut pty, "Question 2 of");
    // Ctrl-C once the prompt has the terminal, as a person would press it.
    expect(&mut pty, "Yes, no or not sure");
    pty.send("\x03").expect("send ^C");
    let (_, code) = finish(pty);
    assert_eq!(code, 130);
}

#[test]
fn ctrl_c_exits_130_and_leaves_the_cursor_shown() {
    let dir = tempfile::tempdir().expect("dir");
    let mut pty = spawn(dir.path(), "exec \"$BIN\"", "xterm");
    expect(&mut pty, "Question 1 of");
    step(&mut pty, "Yes, no or not sure", "n");
    expect(&mut pty, "Question 2 of");
    expect(&mut pty, "Yes, no or not sure");
    pty.send("\x03").expect("send ^C");
    let (rest, code) = finish(pty);
    assert_eq!(code, 130);
    assert!(rest.contains("Stopped. Nothing was saved."), "{rest:?}");
    assert!(
        rest.ends_with("\x1b[?25h"),
        "output must end by showing the cursor: {rest:?}"
    );
}

/// The line that gives `answer` in plain mode.
fn plain_line(answer: Option<&Answer>) -> String {
    match answer {
        None => "skip".to_owned(),
        Some(Answer::Bool(b)) => if *b { "yes" } else { "no" }.into(),
        Some(Answer::Unsure) => "not sure".into(),
        Some(Answer::Int(i)) => i.to_string(),
        Some(Answer::Choice(v)) => v.clone(),
        Some(Answer::Multi(v)) if v.is_empty() => "none".into(),
        Some(Answer::Multi(v)) => v.join(","),
    }
}

/// Answers every question shown for `name` in plain mode, up to the
/// summary.
fn answer_plainly(pty: &mut Pty, name: &str) {
    let q = shipped();
    let answers = answers_of(name);
    let shown = backcheck::flow::shown(&q, &answers);
    for question in &shown {
        expect(pty, "> ");
        pty.send_line(plain_line(answers.get(&question.id)))
            .expect("send");
    }
    expect(pty, "press Enter to see your summary:");
    pty.send_line("").expect("send");
}

#[test]
fn record_at_a_terminal_asks_before_replacing_a_starting_point() {
    let dir = tempfile::tempdir().expect("dir");
    let journal = dir.path().join("journal.sqlite3");
    let list = || -> serde_json::Value {
        let out = backcheck()
            .env("BACKCHECK_JOURNAL", journal.to_str().expect("utf-8"))
            .args(["journal", "list", "--format", "json"])
            .run()
            .code(0);
        serde_json::from_str(&out.stdout).expect("json")
    };
    backcheck()
        .env("BACKCHECK_JOURNAL", journal.to_str().expect("utf-8"))
        .args(["--record", "--date", "2026-10-01", "--answers"])
        .arg(person("desk-worker"))
        .run()
        .code(0);
    for (keep, answer) in [(false, "n"), (true, "y")] {
        let mut pty = spawn(
            dir.path(),
            "\"$BIN\" --record --date 2026-10-05 > out.txt",
            "dumb",
        );
        answer_plainly(&mut pty, "sciatica");
        expect(&mut pty, "Save your answers");
        expect(&mut pty, "Type y or n:");
        pty.send_line("n").expect("send");
        // It names the one it would replace.
        expect(
            &mut pty,
            "You already have a starting point (2026-10-01, pain 5 of 10)",
        );
        expect(&mut pty, "Type y or n:");
        pty.send_line(answer).expect("send");
        let (rest, code) = finish(pty);
        assert_eq!(code, 0);
        let l = list();
        if keep {
            assert!(
                rest.contains("it replaces the one of 2026-10-01"),
                "{rest:?}"
            );
            assert_eq!(l["baseline"]["date"], "2026-10-05");
            assert_eq!(l["replaced_baselines"][0]["date"], "2026-10-01");
        } else {
            assert!(
                rest.contains("Your starting point was not changed."),
                "{rest:?}"
            );
            assert_eq!(l["baseline"]["date"], "2026-10-01");
            assert_eq!(l["replaced_baselines"], serde_json::json!([]));
        }
    }
}

/// The one child process of `pid` (Linux: from /proc).
fn child_of(pid: u32) -> u32 {
    let children = std::fs::read_to_string(format!("/proc/{pid}/task/{pid}/children"))
        .expect("children of the shell");
    children
        .split_whitespace()
        .next()
        .and_then(|c| c.parse().ok())
        .expect("a child")
}

/// Sends `signal` to backcheck while a prompt waits for a key (rich, with
/// the terminal in raw mode and the cursor hidden, or plain), and checks
/// what is left: the exit code, the stop line, the cursor shown, and the
/// terminal's settings back as they were (`stty` afterwards in the same
/// terminal).
fn signal_at_a_prompt(signal: &str, code: i32, plain: bool) {
    let dir = tempfile::tempdir().expect("dir");
    let flag = if plain { " --plain" } else { "" };
    let script = format!(
        "echo \"before=$(stty -g).\"; echo \"shell=$$\"; \"$BIN\"{flag}; echo \"code=$?\"; echo \"after=$(stty -g).\""
    );
    let mut pty = spawn(dir.path(), &script, "xterm");
    let settings = |pty: &mut Pty, name: &str| -> String {
        let found = pty
            .expect(expectrl::Regex(&format!("{name}=[0-9a-f:]+\\.")))
            .expect("stty -g");
        String::from_utf8_lossy(found.get(0).expect("match")).replace(&format!("{name}="), "")
    };
    let at_start = settings(&mut pty, "before");
    let found = pty
        .expect(expectrl::Regex("shell=[0-9]+"))
        .expect("the shell's pid");
    let shell: u32 = String::from_utf8_lossy(found.get(0).expect("match"))
        .trim_start_matches("shell=")
        .parse()
        .expect("pid");
    expect(&mut pty, "Question 1 of");
    expect(&mut pty, if plain { "> " } else { "Yes, no or not sure" });
    // Give the prompt time to set the terminal raw and wait for a key.
    std::thread::sleep(Duration::from_millis(300));
    let status = Command::new("kill")
        .args([&format!("-{signal}"), &child_of(shell).to_string()])
        .status()
        .expect("kill");
    assert!(status.success());
    let found = pty
        .expect(expectrl::Regex("code=[0-9]+"))
        .expect("backcheck ended");
    let before = String::from_utf8_lossy(found.before()).into_owned();
    let exit = String::from_utf8_lossy(found.get(0).expect("match")).into_owned();
    assert_eq!(exit, format!("code={code}"), "{signal}: {before:?}");
    assert!(before.contains("Stopped. Nothing was saved."), "{before:?}");
    if plain {
        assert!(
            !before.contains("\x1b["),
            "plain sends no escapes: {before:?}"
        );
    } else {
        let shown = before.rfind("\x1b[?25h").expect("the cursor is shown");
        let hidden = before.rfind("\x1b[?25l").unwrap_or(0);
        assert!(shown > hidden, "{before:?}");
    }
    assert_eq!(
        settings(&mut pty, "after"),
        at_start,
        "{signal}: the terminal's settings"
    );
    finish(pty);
}

#[test]
fn sigterm_at_a_prompt_restores_the_terminal_and_exits_143() {
    signal_at_a_prompt("TERM", 143, false);
    signal_at_a_prompt("TERM", 143, true);
}

#[test]
fn sighup_at_a_prompt_restores_the_terminal_and_exits_129() {
    signal_at_a_prompt("HUP", 129, false);
    signal_at_a_prompt("HUP", 129, true);
}

#[test]
fn sigint_from_outside_at_a_prompt_restores_the_terminal_and_exits_130() {
    signal_at_a_prompt("INT", 130, false);
    signal_at_a_prompt("INT", 130, true);
}

#[test]
fn plain_mode_from_start_to_summary() {
    let dir = tempfile::tempdir().expect("dir");
    let q = shipped();
    let answers = answers_of("weekend-gardener");
    let mut pty = spawn(dir.path(), "\"$BIN\" --format json > out.json", "dumb");
    let shown = backcheck::flow::shown(&q, &answers);
    for (n, question) in shown.iter().enumerate() {
        expect(
            &mut pty,
            &format!("Question {} of {}: ", n + 1, shown.len()),
        );
        expect(&mut pty, "> ");
        if n == 1 {
            // Go back once, then answer the first question again.
            pty.send_line("back").expect("send");
            expect(&mut pty, "Question 1 of");
            expect(&mut pty, "Press Enter to keep your answer: no.");
            expect(&mut pty, "> ");
            pty.send_line("").expect("send");
            expect(&mut pty, "Question 2 of");
            expect(&mut pty, "> ");
        }
        pty.send_line(plain_line(answers.get(&question.id)))
            .expect("send");
    }
    expect(&mut pty, "Your answers:");
    expect(&mut pty, "press Enter to see your summary:");
    pty.send_line("").expect("send");
    expect(&mut pty, "Save your answers");
    expect(&mut pty, "Type y or n:");
    pty.send_line("n").expect("send");
    expect(&mut pty, "starting point");
    expect(&mut pty, "Type y or n:");
    pty.send_line("n").expect("send");
    let (rest, code) = finish(pty);
    assert_eq!(code, 0);
    assert!(
        !rest.contains("\x1b["),
        "no escape sequences in plain mode: {rest:?}"
    );
    let json = read_json(&dir.path().join("out.json"));
    let expected: serde_json::Value = serde_json::from_str(
        &backcheck()
            .args(["--format", "json", "--answers"])
            .arg(person("weekend-gardener"))
            .run()
            .code(0)
            .stdout,
    )
    .expect("json");
    assert_eq!(json, expected);
}

#[test]
fn interactive_without_a_terminal_is_a_usage_error() {
    // `setsid` starts the run in a new session with no controlling terminal.
    if Command::new("setsid").arg("--version").output().is_err() {
        eprintln!("setsid not found; skipped");
        return;
    }
    let out = crate::harness::shell("exec setsid \"$BIN\" --interactive")
        .stdin(std::process::Stdio::null())
        .output()
        .expect("run");
    assert_eq!(
        out.status.code(),
        Some(2),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stderr).contains("--interactive needs a terminal"));
}

/// A check-in for 2026-11-20 in the journal of `dir`, through piped lines.
fn seed_checkin(dir: &Path) {
    backcheck()
        .env(
            "BACKCHECK_JOURNAL",
            dir.join("journal.sqlite3").to_str().expect("utf-8"),
        )
        .args(["checkin", "--date", "2026-11-20"])
        .stdin(checkin_lines(3, 3, &[], "n\n"))
        .run()
        .code(0);
}

#[test]
fn a_second_check_in_for_a_date_asks_first_and_no_changes_nothing() {
    let dir = tempfile::tempdir().expect("dir");
    seed_checkin(dir.path());
    let before = std::fs::read(dir.path().join("journal.sqlite3")).expect("journal");
    let mut pty = spawn(dir.path(), "\"$BIN\" checkin --date 2026-11-20", "xterm");
    step(&mut pty, "You already have a check-in for 2026-11-20.", "n");
    expect(&mut pty, "Nothing was changed.");
    let (_, code) = finish(pty);
    assert_eq!(code, 0);
    assert_eq!(
        std::fs::read(dir.path().join("journal.sqlite3")).expect("journal"),
        before
    );
}

#[test]
fn a_second_check_in_for_a_date_replaces_the_first_when_asked() {
    let dir = tempfile::tempdir().expect("dir");
    seed_checkin(dir.path());
    let mut pty = spawn(dir.path(), "\"$BIN\" checkin --date 2026-11-20", "dumb");
    expect(&mut pty, "You already have a check-in for 2026-11-20.");
    pty.send_line("y").expect("send");
    // pain 8, limits 7, "no" to every sign and to a massage, and the rating
    // of change skipped.
    let answers = ["8", "7"]
        .into_iter()
        .chain(crate::harness::CHECKIN_SIGNS.map(|_| "n"))
        .chain(["n", "skip"]);
    for answer in answers {
        expect(&mut pty, "> ");
        pty.send_line(answer).expect("send");
    }
    expect(&mut pty, "Your answers:");
    pty.send_line("").expect("send");
    let (_, code) = finish(pty);
    assert_eq!(code, 0);
    let list = backcheck()
        .env(
            "BACKCHECK_JOURNAL",
            dir.path().join("journal.sqlite3").to_str().expect("utf-8"),
        )
        .args(["journal", "list", "--format", "json"])
        .run()
        .code(0);
    let list: serde_json::Value = serde_json::from_str(&list.stdout).expect("json");
    let rows = list["checkins"].as_array().expect("rows");
    assert_eq!(rows.len(), 1, "replaced, not added");
    assert_eq!(rows[0]["pain"], 8);
}

/// Waits for each text in turn and sends its keys, keeping every byte
/// printed; then reads to the end. Returns all output and the exit code.
fn record(mut pty: Pty, steps: &[(&str, &str)]) -> (String, i32) {
    let mut all = Vec::new();
    for (text, keys) in steps {
        match pty.expect(*text) {
            Ok(found) => all.extend_from_slice(found.as_bytes()),
            Err(e) => panic!(
                "waiting for {text:?}: {e}\nso far: {}",
                String::from_utf8_lossy(&all)
            ),
        }
        pty.send(keys).expect("send");
    }
    let (rest, code) = finish(pty);
    all.extend_from_slice(rest.as_bytes());
    (String::from_utf8_lossy(&all).into_owned(), code)
}

#[test]
fn typing_a_number_picks_it_on_a_scale_and_in_a_list() {
    let dir = tempfile::tempdir().expect("dir");
    // "1" then "0" is 10 on the 0-10 scale.
    let mut pty = spawn_minimal(dir.path());
    step(&mut pty, "Yes or no", "n");
    step(&mut pty, "very tight", "10\r");
    step(&mut pty, "Right side", "\r");
    let json = summary_json(pty, dir.path());
    assert_eq!(json["answers"]["tightness"], 10);

    // The shipped assessment's first list: "3" is its third option.
    let q = shipped();
    let first_list = q
        .questions
        .iter()
        .position(|q| matches!(q.kind, QuestionKind::Choice { .. }))
        .expect("a choice question");
    let QuestionKind::Choice { options } = &q.questions[first_list].kind else {
        unreachable!()
    };
    let mut pty = spawn(dir.path(), "NO_COLOR=1 exec \"$BIN\"", "xterm");
    for n in 0..first_list {
        expect(&mut pty, &format!("Question {} of", n + 1));
        let prompt = match q.questions[n].kind {
            QuestionKind::YesNo { not_sure: true } => "Yes, no or not sure",
            _ => "Yes or no",
        };
        step(&mut pty, prompt, "n");
    }
    step(&mut pty, "Choose one", "3\r");
    expect(&mut pty, &format!("✔ Choose one · {}", options[2].label));
    pty.send("\x03").expect("send ^C");
    let (_, code) = finish(pty);
    assert_eq!(code, 130);
}

#[test]
fn the_intro_count_is_the_first_questions_total_in_both_modes() {
    let q = shipped();
    let first = backcheck::flow::shown(&q, &Answers::default()).len();
    for term in ["xterm", "dumb"] {
        let dir = tempfile::tempdir().expect("dir");
        let pty = spawn(dir.path(), "exec \"$BIN\"", term);
        let (out, code) = record(
            pty,
            &[
                (&format!("{first} questions (a few more may follow"), ""),
                (&format!("Question 1 of {first}"), "\x03"),
            ],
        );
        assert_eq!(code, 130, "{term}: {out}");
    }
}

#[test]
fn a_check_in_for_another_date_says_so_before_the_first_question() {
    for term in ["xterm", "dumb"] {
        let dir = tempfile::tempdir().expect("dir");
        let pty = spawn(dir.path(), "exec \"$BIN\" checkin --date 2026-11-20", term);
        let (out, code) = record(
            pty,
            &[
                ("This check-in is for 2026-11-20.", ""),
                ("Question 1 of", "\x03"),
            ],
        );
        assert_eq!(code, 130, "{term}: {out}");
    }
}

#[test]
fn plain_mode_prints_no_escape_sequence_anywhere() {
    let content = fixture("content/minimal.toml");
    let content = content.display();
    // --plain, TERM=dumb and ACCESSIBLE each choose plain mode; the summary
    // goes to the same terminal.
    for (script, term) in [
        (
            format!("exec \"$BIN\" --plain --content '{content}'"),
            "xterm",
        ),
        (format!("exec \"$BIN\" --content '{content}'"), "dumb"),
        (
            format!("ACCESSIBLE=1 exec \"$BIN\" --content '{content}'"),
            "xterm",
        ),
    ] {
        let dir = tempfile::tempdir().expect("dir");
        let pty = spawn(dir.path(), &script, term);
        let (out, code) = record(
            pty,
            &[
                ("Question 1 of", ""),
                ("> ", "maybe\r"),
                // A wrong answer gets a message, also without escapes.
                ("> ", "n\r"),
                ("Question 2 of", ""),
                ("> ", "8\r"),
                ("Question 3 of", ""),
                ("> ", "Left side\r"),
                ("press Enter to see your summary:", "\r"),
                ("Save your answers", ""),
                ("Type y or n:", "n\r"),
            ],
        );
        assert_eq!(code, 0, "{script}: {out}");
        assert!(out.contains("Verdict:"), "{script}: the summary: {out}");
        assert!(
            out.contains("healthcare"),
            "{script}: the consult text: {out}"
        );
        assert!(
            !out.contains('\x1b'),
            "{script} with TERM={term}: an escape sequence in {out:?}"
        );
    }
}

/// Issue 23: Esc at the review ("Ready?") showed the summary; it goes back
/// to the last question, in both modes, and nothing is shown or kept.
#[test]
fn esc_at_the_review_goes_back_to_the_last_question() {
    let dir = tempfile::tempdir().expect("dir");
    let mut pty = spawn_minimal(dir.path());
    step(&mut pty, "Yes or no", "n");
    step(&mut pty, "very tight", "5\r");
    step(&mut pty, "Right side", " \r");
    // The review says what Esc does, as every question does.
    step(&mut pty, "Esc goes back to the last question.", "");
    step(&mut pty, "Change an answer", ESC);
    let found = pty
        .expect("Question 3 of 3")
        .expect("the last question again");
    let before = String::from_utf8_lossy(found.before()).into_owned();
    assert!(!before.contains("Verdict"), "{before}");
    // Its answer kept: Enter on the first row, Left side ticked, keeps it.
    step(&mut pty, "Right side", "\r");
    let json = summary_json(pty, dir.path());
    assert_eq!(json["answers"]["where"], serde_json::json!(["left"]));

    let content = fixture("content/minimal.toml");
    let pty = spawn(
        dir.path(),
        &format!("exec \"$BIN\" --plain --content '{}'", content.display()),
        "xterm",
    );
    let (out, code) = record(
        pty,
        &[
            ("> ", "n\r"),
            ("> ", "5\r"),
            ("> ", "left\r"),
            ("Type back to go to the last question.", ""),
            ("press Enter to see your summary:", "back\r"),
            ("Question 3 of 3", ""),
            ("> ", "\r"),
            ("press Enter to see your summary:", "\x03"),
        ],
    );
    assert_eq!(code, 130, "{out}");
    assert!(!out.contains("Verdict"), "{out}");
}

/// Issue 23: choose-any lists and "Which answer?" did not take typed
/// numbers, and an optional choose-any list had no "Skip" row.
#[test]
fn every_list_takes_typed_numbers_and_an_optional_choose_any_can_be_skipped() {
    let dir = tempfile::tempdir().expect("dir");
    let mut pty = spawn_minimal(dir.path());
    step(&mut pty, "Yes or no", "n");
    step(&mut pty, "very tight", "5\r");
    expect(&mut pty, "Skip this question");
    // "2" marks Right side, Space ticks it.
    pty.send("2 \r").expect("send");
    expect(&mut pty, "3. Right side \u{2014} Where is it tight?");
    // "2" is "Change an answer"; in "Which answer?", "3" is `where`.
    step(&mut pty, "Change an answer", "2\r");
    step(&mut pty, "Which answer?", "");
    step(&mut pty, "Where is it tight?", "3\r");
    step(&mut pty, "Skip this question", "3\r");
    expect(&mut pty, "Your answers");
    let json = summary_json(pty, dir.path());
    assert_eq!(
        json["answers"],
        serde_json::json!({"saddle": false, "tightness": 5})
    );
}

/// Issue 23: a folder typed at "File name" was said to be a folder, then
/// the whole offer to save came again instead of the name.
#[test]
fn a_folder_at_the_save_prompt_says_so_and_asks_for_the_name_again() {
    let dir = tempfile::tempdir().expect("dir");
    std::fs::create_dir(dir.path().join("sub")).expect("folder");
    let mut pty = spawn_minimal(dir.path());
    step(&mut pty, "Yes or no", "n");
    step(&mut pty, "very tight", "5\r");
    step(&mut pty, "Right side", "\r");
    step(&mut pty, "Show my summary", "\r");
    step(&mut pty, "Save your answers", "y");
    step(&mut pty, "File name", "sub\r");
    expect(&mut pty, "it is a folder");
    let found = pty.expect("File name").expect("asked again");
    let between = String::from_utf8_lossy(found.before()).into_owned();
    assert!(!between.contains("Save your answers"), "{between}");
    pty.send("kept.toml\r").expect("send");
    expect(&mut pty, "kept.toml");
    let (_, code) = finish(pty);
    assert_eq!(code, 0);
    assert!(dir.path().join("kept.toml").exists());
}

/// Issue 23: Ctrl-C after the answers were saved said "Nothing was saved".
#[test]
fn ctrl_c_after_the_answers_were_saved_says_what_was_kept() {
    let dir = tempfile::tempdir().expect("dir");
    let q = shipped();
    let answers = answers_of("desk-worker");
    let mut pty = spawn(
        dir.path(),
        "exec \"$BIN\" --save-answers saved.toml > summary.txt",
        "xterm",
    );
    answer_all(&mut pty, &q, &answers);
    step(&mut pty, "Show my summary", "\r");
    expect(&mut pty, "starting point for weekly check-ins?");
    expect(&mut pty, "Yes or no");
    pty.send("\x03").expect("send ^C");
    let (rest, code) = finish(pty);
    assert_eq!(code, 130);
    assert!(
        rest.contains("Your answers are saved in saved.toml; nothing else was kept."),
        "{rest:?}"
    );
    assert!(!rest.contains("Nothing was saved"), "{rest:?}");
}

/// Issue 23: `CLICOLOR=0` was not honoured at a terminal.
#[test]
fn clicolor_0_turns_colour_off_at_a_terminal() {
    let person = person("desk-worker");
    for (env, coloured) in [("", true), ("CLICOLOR=0 ", false)] {
        let dir = tempfile::tempdir().expect("dir");
        let pty = spawn(
            dir.path(),
            &format!("{env}exec \"$BIN\" --answers '{}'", person.display()),
            "xterm",
        );
        let (out, code) = finish(pty);
        assert_eq!(code, 0, "{out}");
        assert_eq!(out.contains("\x1b["), coloured, "{env}: {out:?}");
    }
}
