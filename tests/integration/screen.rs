//! What a person sees: the prompts run in a pseudo-terminal of 40, 60 and
//! 100 columns, and their output replayed on an emulated screen (vt100) of
//! the same size. After every step the screen is checked: no row may have
//! run into the next one (the terminal wrapping a line by itself splits a
//! word, and breaks the redrawing of a list). At the end, nothing stale may
//! be left: no unanswered prompt, no list rows, no empty answer line.
//!
//! Every step waits for printed text; nothing waits on a clock.

use std::path::Path;
use std::time::Duration;

use backcheck::content::{Question, QuestionKind};
use expectrl::{Eof, Expect, Session};

use crate::harness::{answers_of, fixture, shipped};
use crate::terminal::{DOWN, ESC, Pty, keys};

/// Rows of the emulated terminal: enough that a whole run never scrolls, so
/// the screen at the end holds everything that was left on it.
const ROWS: u16 = 3000;

/// A run in a pseudo-terminal of `cols` columns, mirrored on a vt100 screen.
struct Screen {
    pty: Pty,
    parser: vt100::Parser,
    cols: u16,
}

impl Screen {
    /// Runs `sh -c SCRIPT` (with `$BIN`) in a terminal `cols` wide; `env`
    /// is added to the clean environment.
    fn spawn(dir: &Path, script: &str, cols: u16, env: &[(&str, &str)]) -> Screen {
        // The shell waits for a line before it starts backcheck, and the
        // size is set in between: spawning sets a default size of its own,
        // at a moment of its choosing, so a size set before could be undone.
        // `exec`: the terminal's child is backcheck itself, so its exit
        // status (130 after Ctrl-C) is what `finish` sees, not a shell's.
        let mut cmd = crate::harness::shell(&format!("echo ready-to-run; read go; exec {script}"));
        cmd.current_dir(dir)
            .env("TERM", "xterm")
            .env("BACKCHECK_JOURNAL", dir.join("journal.sqlite3"))
            .env("BACKCHECK_TODAY", "2026-11-25");
        for (k, v) in env {
            cmd.env(k, v);
        }
        let mut pty = Session::spawn(cmd).expect("spawn in a pty");
        pty.set_expect_timeout(Some(Duration::from_secs(60)));
        pty.expect("ready-to-run").expect("the shell starts");
        pty.get_process_mut()
            .set_window_size(cols, ROWS)
            .expect("set the size");
        pty.send("\n").expect("go");
        let rows = std::num::NonZeroU16::new(ROWS).expect("rows");
        let width = std::num::NonZeroU16::new(cols).expect("cols");
        Screen {
            pty,
            parser: vt100::Parser::new(rows, width, 0),
            cols,
        }
    }

    /// Waits for `text`, puts everything printed so far on the screen, and
    /// checks that no row runs into the next.
    #[track_caller]
    fn expect(&mut self, text: &str) {
        let found = match self.pty.expect(text) {
            Ok(found) => found,
            Err(e) => panic!("waiting for {text:?}: {e}\nscreen:\n{}", self.text()),
        };
        self.parser.process(found.as_bytes());
        self.assert_no_soft_wrap(text);
    }

    fn send(&mut self, keys: &str) {
        self.pty.send(keys).expect("send");
    }

    /// Waits for `text`, then sends `keys`.
    #[track_caller]
    fn step(&mut self, text: &str, keys: &str) {
        self.expect(text);
        self.send(keys);
    }

    /// Reads to the end; returns the exit code.
    fn finish(&mut self) -> i32 {
        let found = self.pty.expect(Eof).expect("end of output");
        self.parser.process(found.as_bytes());
        self.assert_no_soft_wrap("the end");
        match self.pty.get_process().wait().expect("wait") {
            ptyprocess::WaitStatus::Exited(_, code) => code,
            other => panic!("not a normal exit: {other:?}"),
        }
    }

    /// The screen's rows, without trailing blanks.
    fn rows(&self) -> Vec<String> {
        self.parser
            .screen()
            .rows(0, self.cols)
            .map(|r| r.trim_end().to_owned())
            .collect()
    }

    fn text(&self) -> String {
        let rows = self.rows();
        let last = rows.iter().rposition(|r| !r.is_empty()).unwrap_or(0);
        rows[..=last].join("\n")
    }

    #[track_caller]
    fn assert_no_soft_wrap(&self, at: &str) {
        let screen = self.parser.screen();
        let (row, _) = screen.cursor_position();
        assert!(row < ROWS - 1, "the screen scrolled; make ROWS larger");
        for r in 0..ROWS {
            assert!(
                !screen.row_wrapped(r),
                "at {} columns, at {at:?}, row {r} ran into the next row:\n{}",
                self.cols,
                self.text()
            );
        }
    }
}

/// backcheck's own words in a language, as the binary says them.
fn words(tag: &str) -> impl Fn(&str) -> String {
    let lang = backcheck::words::Lang::for_tag(tag).expect("a tag");
    let c = backcheck::words::Catalogue::shipped_files(&lang, backcheck::words::APP_FILES);
    move |id: &str| c.get(id, &[]).unwrap_or_else(|| panic!("{id} in {tag}"))
}

/// The prompt line each kind of question shows.
fn prompt_of(q: &Question, w: &dyn Fn(&str) -> String) -> String {
    w(match &q.kind {
        QuestionKind::YesNo { not_sure: true } => "prompt-yes-no-not-sure",
        QuestionKind::YesNo { .. } => "prompt-yes-or-no",
        QuestionKind::Choice { .. } => "prompt-choose-one",
        QuestionKind::Multi { .. } => "prompt-choose-all",
        QuestionKind::Scale { .. } => "prompt-choose-number",
        QuestionKind::Number { .. } => "prompt-type-number",
    })
}

/// "Question 3 of": the header of a question, up to its total.
fn header(tag: &str, n: usize) -> String {
    let lang = backcheck::words::Lang::for_tag(tag).expect("a tag");
    let c = backcheck::words::Catalogue::shipped_files(&lang, backcheck::words::APP_FILES);
    let text = c
        .get(
            "prompt-question-of",
            &[("position", n.into()), ("total", 0.into())],
        )
        .expect("the header");
    text.strip_suffix(" 0").expect("the total last").to_owned()
}

/// Checks what is left at the end: every question once, every answer line
/// with its answer, and nothing stale.
#[track_caller]
fn assert_nothing_stale(screen: &Screen, questions: usize, tag: &str) {
    let rows = screen.rows();
    let text = screen.text();
    let word = header(tag, 0);
    let word = word.split(' ').next().expect("a word");
    let headers = rows
        .iter()
        .filter(|r| r.starts_with(&format!("{word} ")))
        .count();
    assert_eq!(headers, questions, "each question once:\n{text}");
    for (i, row) in rows.iter().enumerate() {
        assert!(!row.starts_with("? "), "a stale prompt {row:?}:\n{text}");
        assert!(
            !row.contains('❯') && !row.contains('⬚'),
            "a stale list row {row:?}:\n{text}"
        );
        if let Some(answer) = row.strip_prefix("✔ ") {
            // The answer follows the prompt, or starts the next row when
            // the prompt fills this one.
            let next = rows.get(i + 1).map_or("", |r| r.trim());
            assert!(
                answer
                    .split_once(" ·")
                    .is_some_and(|(_, a)| !a.trim().is_empty() || !next.is_empty()),
                "an answer line without its answer {row:?}:\n{text}"
            );
        }
    }
}

/// The whole assessment of one test person at one width, in a language,
/// the summary on the same terminal.
fn full_run(cols: u16, env: &[(&str, &str)], tag: &str) {
    let dir = tempfile::tempdir().expect("dir");
    let lang = backcheck::words::Lang::for_tag(tag).expect("a tag");
    let q = if tag == "en" {
        shipped()
    } else {
        backcheck::content::load_in(None, None, &lang).expect("shipped content")
    };
    let w = words(tag);
    // The catalogue's message, without its placeholders, for waiting on.
    let w = move |id: &str| {
        let text = w(id);
        text.split("{$")
            .next()
            .unwrap_or(&text)
            .trim_end()
            .to_owned()
    };
    let answers = answers_of("desk-worker");
    let mut env = env.to_vec();
    env.push(("BACKCHECK_LANG", tag));
    let mut s = Screen::spawn(dir.path(), "\"$BIN\"", cols, &env);
    let shown = backcheck::flow::shown(&q, &answers);
    let yes_key = words(tag)("prompt-key-yes");
    for (n, question) in shown.iter().enumerate() {
        s.expect(&header(tag, n + 1));
        s.expect(&prompt_of(question, &w));
        if let QuestionKind::Multi { options, .. } = &question.kind {
            // Every row drawn: each label's last word, in order.
            for o in options {
                s.expect(o.label.split_whitespace().last().expect("a label"));
            }
            // The current row is marked, with colour and without.
            let rows = s.rows();
            let marked: Vec<&String> = rows.iter().filter(|r| r.starts_with("❯ ")).collect();
            assert_eq!(marked.len(), 1, "one marked row:\n{}", s.text());
        }
        let mut k = keys(question, answers.get(&question.id));
        if k == "y" {
            k.clone_from(&yes_key);
        }
        s.send(&k);
    }
    // "Which answer?": typed "2" is "Change an answer"; every row whole
    // (wrapped, not cut), its number right-aligned; Esc goes back.
    s.step(&w("prompt-change-answer"), "2\r");
    s.expect(&w("prompt-which-answer"));
    let last = shown.last().expect("a question");
    s.expect(&format!("{}. ", shown.len()));
    s.expect(last.text.split_whitespace().last().expect("a word"));
    assert_rows_line_up(&s, &w("prompt-which-answer"), shown.len());
    s.send(ESC);
    s.step(&w("prompt-show-summary"), "\r");
    // Long sentences wrap: their first words.
    let first_words = |text: String| text.split(' ').take(3).collect::<Vec<_>>().join(" ");
    s.expect(&first_words(w("prompt-save")));
    s.step(&w("prompt-yes-or-no"), "n");
    s.expect(&first_words(w("note-ask-keep-starting-point")));
    s.step(&w("prompt-yes-or-no"), "n");
    assert_eq!(s.finish(), 0);
    assert_nothing_stale(&s, shown.len(), tag);
    let text = s.text();
    let verdict = words(tag)("report-verdict");
    let verdict = verdict.split("{$").next().expect("words");
    assert!(text.contains(verdict), "{text}");
    // The ticked rows as the answer, wrapped at words when long.
    let where_ = q.question("pain_location").expect("pain_location");
    let ticked: Vec<String> = match answers.get("pain_location") {
        Some(backcheck::answer::Answer::Multi(v)) => v
            .iter()
            .map(|v| where_.option(v).expect("option").label.clone())
            .collect(),
        other => panic!("{other:?}"),
    };
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let line = format!("✔ {} · {}", w("prompt-choose-all"), ticked.join(", "));
    assert!(flat.contains(&line), "{line:?} in\n{text}");
}

/// The rows of the last list drawn under `prompt`: `count` numbered rows,
/// their numbers right-aligned (the dots in one column), nothing cut short.
#[track_caller]
fn assert_rows_line_up(s: &Screen, prompt: &str, count: usize) {
    let rows = s.rows();
    let text = s.text();
    let start = rows
        .iter()
        .rposition(|r| r.contains(prompt))
        .expect("the list's prompt");
    let numbered: Vec<(usize, usize)> = rows[start + 1..]
        .iter()
        .filter_map(|r| {
            let body: String = r.chars().skip(2).collect();
            let digits = body.trim_start();
            let n: String = digits.chars().take_while(char::is_ascii_digit).collect();
            let rest = digits.get(n.len()..)?;
            (!n.is_empty() && rest.starts_with(". "))
                .then(|| (n.parse().ok(), body.find(". ")))
                .and_then(|(n, dot)| Some((n?, dot?)))
        })
        .collect();
    let numbers: Vec<usize> = numbered.iter().map(|(n, _)| *n).collect();
    assert_eq!(
        numbers,
        (1..=count).collect::<Vec<_>>(),
        "every row:\n{text}"
    );
    assert!(
        numbered.windows(2).all(|w| w[0].1 == w[1].1),
        "the numbers line up:\n{text}"
    );
    assert!(
        !rows[start..].iter().any(|r| r.contains('\u{2026}')),
        "a row cut short:\n{text}"
    );
}

#[test]
fn at_40_columns_no_row_runs_into_the_next() {
    full_run(40, &[], "en");
    full_run(40, &[], "es");
}

#[test]
fn at_60_columns_without_colour_no_row_runs_into_the_next() {
    full_run(60, &[("NO_COLOR", "1")], "en");
    full_run(60, &[("NO_COLOR", "1")], "es");
}

#[test]
fn at_100_columns_no_row_runs_into_the_next() {
    full_run(100, &[], "en");
    full_run(100, &[], "es");
}

#[test]
fn esc_leaves_no_empty_answer_line_and_says_when_there_is_nothing_before() {
    let dir = tempfile::tempdir().expect("dir");
    let mut s = Screen::spawn(dir.path(), "\"$BIN\"", 60, &[]);
    const YES_NO: &str = "Yes, no or not sure";
    s.step("Question 1 of", "");
    s.step(YES_NO, ESC);
    s.expect("This is the first question; there is none before it.");
    s.step(YES_NO, "n");
    s.step("Question 2 of", "");
    s.step(YES_NO, ESC);
    s.expect("Back to the previous question.");
    // Question 1 again, with its answer kept; Enter keeps it.
    s.step(YES_NO, "\r");
    s.step("Question 2 of", "");
    s.step(YES_NO, "n");
    s.step("Question 3 of", "");
    s.step(YES_NO, "\x03");
    assert_eq!(s.finish(), 130);
    let text = s.text();
    assert!(
        !text
            .lines()
            .any(|r| r.trim_end() == "✔ Yes, no or not sure ·"),
        "{text}"
    );
    let answered: Vec<&str> = text
        .lines()
        .filter_map(|row| row.strip_prefix("✔ Yes, no or not sure · "))
        .map(str::trim_end)
        .collect();
    assert_eq!(answered, ["No", "No", "No"], "{text}");
}

#[test]
fn esc_on_a_list_leaves_no_rows_behind() {
    // pain_duration is the first choice of the shipped assessment; the
    // questions before it are yes/no.
    let dir = tempfile::tempdir().expect("dir");
    let q = shipped();
    let mut s = Screen::spawn(dir.path(), "\"$BIN\"", 60, &[]);
    let first_choice = q
        .questions
        .iter()
        .position(|q| !matches!(q.kind, QuestionKind::YesNo { .. }))
        .expect("a choice");
    for n in 0..first_choice {
        s.step(&format!("Question {} of", n + 1), "");
        s.step(&prompt_of(&q.questions[n], &words("en")), "n");
    }
    s.step("Choose one", &format!("{DOWN}{DOWN}"));
    s.step("More than 12 weeks", ESC);
    s.expect("Back to the previous question.");
    s.step(
        &prompt_of(&q.questions[first_choice - 1], &words("en")),
        "\r",
    );
    s.step("Choose one", "\x03");
    assert_eq!(s.finish(), 130);
    let rows = s.rows();
    assert!(
        !rows.iter().any(|r| r.contains("6 to 12 weeks")),
        "the list's rows stay on the screen:\n{}",
        s.text()
    );
}

#[test]
fn a_list_with_nothing_ticked_reads_none() {
    let dir = tempfile::tempdir().expect("dir");
    let content = fixture("content/minimal.toml");
    let script = format!("\"$BIN\" --content '{}'", content.display());
    let mut s = Screen::spawn(dir.path(), &script, 60, &[("NO_COLOR", "1")]);
    s.step("Yes or no", "n");
    s.step("Choose a number", "5\r");
    s.step("Choose all that apply", "\r");
    s.step("Your answers", "\x03");
    assert_eq!(s.finish(), 130);
    let text = s.text();
    assert!(
        text.lines()
            .any(|r| r.trim_end() == "✔ Choose all that apply · none"),
        "{text}"
    );
}

impl Screen {
    /// Resizes the terminal (the pseudo-terminal sends SIGWINCH) and the
    /// emulated screen with it.
    fn resize(&mut self, cols: u16) {
        self.pty
            .get_process_mut()
            .set_window_size(cols, ROWS)
            .expect("resize");
        let rows = std::num::NonZeroU16::new(ROWS).expect("rows");
        let width = std::num::NonZeroU16::new(cols).expect("cols");
        self.parser.screen_mut().set_size(rows, width);
        self.cols = cols;
    }

    /// Rows that contain `text`.
    fn count(&self, text: &str) -> usize {
        self.rows().iter().filter(|r| r.contains(text)).count()
    }
}

#[test]
fn a_list_is_drawn_again_whole_when_the_terminal_is_resized() {
    let dir = tempfile::tempdir().expect("dir");
    let content = fixture("content/minimal.toml");
    let script = format!("\"$BIN\" --content '{}'", content.display());
    let mut s = Screen::spawn(dir.path(), &script, 100, &[("NO_COLOR", "1")]);
    s.step("Yes or no", "n");
    s.expect("Choose a number");
    s.expect("very tight");
    // Narrower, then wider: each time the question and its list once, one
    // marked row, nothing run into the next row.
    for cols in [40, 72] {
        s.resize(cols);
        s.expect("Choose a number");
        s.expect("very tight");
        let text = s.text();
        assert_eq!(s.count("How tight do your back muscles"), 1, "{text}");
        assert_eq!(s.count("Choose a number"), 1, "{text}");
        assert_eq!(s.count("❯"), 1, "one marked row:\n{text}");
        assert_eq!(s.count("very tight"), 1, "{text}");
    }
    // The keys still work, and a tick survives a resize.
    s.send("5\r");
    s.expect("Choose all that apply");
    s.expect("Right side");
    s.send(" ");
    s.expect("Right side");
    s.resize(50);
    s.expect("Choose all that apply");
    s.expect("Right side");
    assert_eq!(s.count("❯"), 1, "one marked row:\n{}", s.text());
    assert_eq!(s.count("Where is it tight?"), 1, "{}", s.text());
    s.send("\r");
    s.step("Your answers", "\x03");
    assert_eq!(s.finish(), 130);
    let text = s.text();
    assert!(
        text.lines()
            .any(|r| r.trim_end() == "✔ Choose all that apply · Left side"),
        "{text}"
    );
}

/// Issue 23: `--plain` and `TERM=dumb` wrote each sentence on one line,
/// which a narrow terminal cut anywhere, even inside a word.
#[test]
fn plain_mode_wraps_every_line_at_the_terminal_width() {
    for (script, env) in [
        ("\"$BIN\" --plain", &[][..]),
        ("\"$BIN\"", &[("TERM", "dumb")][..]),
    ] {
        let dir = tempfile::tempdir().expect("dir");
        let mut s = Screen::spawn(dir.path(), script, 40, env);
        s.expect("Question 1 of");
        s.step("> ", "n\n");
        s.step("Question 2 of", "");
        s.step("> ", "\x03");
        assert_eq!(s.finish(), 130, "{script}");
    }
}
