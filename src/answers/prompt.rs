//! Questions at a terminal with dialoguer and console: the only user of both.
//!
//! Everything is drawn on standard error, so the summary on standard output
//! can go to a file (`backcheck --format json > me.json`). Esc goes back one
//! question; where a prompt has no Esc (typed numbers), `back` does. Ctrl-C
//! ends the run as `PromptError::Interrupted`.
//!
//! Nothing drawn may be wider than the terminal: a line the terminal wraps
//! by itself splits a word, and dialoguer, which counts lines to redraw,
//! then leaves stale lines behind. So prompt lines are short, everything
//! longer (questions, hints, list items) is wrapped here first, and the
//! scale, which also takes typed digits, is drawn here too.

use crate::words::{t, ta};
use std::io;

use console::{Key, Style, Term};
use dialoguer::{Confirm, Input};

use super::interview::{
    Intro, Progress, PromptError, Reply, ReviewChoice, ReviewRow, Ui, Urgent, UrgentChoice,
};
use super::parse_typed;
use super::theme::{self, MULTI_PREFIX, SELECT_PREFIX, Theme};
use crate::answer::Answer;
use crate::content::{Factor, Question, QuestionKind, Questionnaire};
use crate::interrupt::PromptGuard;
use crate::sanitize::printable;
use crate::wrap::wrap_lines;

/// Scales with at most this many steps are a list to pick from; wider ranges
/// are typed.
const MAX_LISTED_STEPS: i64 = 21;

/// Prompts drawn with dialoguer on standard error.
pub struct Rich {
    term: Term,
    theme: Theme,
    keys: Keys,
    /// What was said since the current question began, to draw it again
    /// when the terminal is resized.
    said: std::cell::RefCell<Vec<Said>>,
}

/// Keys read on a thread, one at a time and only when asked for, so that a
/// list can notice a resized terminal while it waits for a key (no signal
/// handler: a handled SIGWINCH would cut short the reads of the other
/// prompts, which take that for Ctrl-C).
struct Keys {
    ask: std::sync::mpsc::Sender<()>,
    keys: std::sync::mpsc::Receiver<io::Result<Key>>,
    /// Whether a key was asked for and has not come yet.
    pending: std::cell::Cell<bool>,
}

impl Keys {
    fn start() -> Keys {
        let (ask, asked) = std::sync::mpsc::channel::<()>();
        let (tx, keys) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            let term = Term::stderr();
            while asked.recv().is_ok() {
                if tx.send(term.read_key_raw()).is_err() {
                    return;
                }
            }
        });
        Keys {
            ask,
            keys,
            pending: std::cell::Cell::new(false),
        }
    }

    /// The next key, or `None` when `resized` says the terminal changed size
    /// first (the key is still asked for).
    fn next(&self, resized: &mut dyn FnMut() -> bool) -> io::Result<Option<Key>> {
        use std::sync::mpsc::RecvTimeoutError;
        if !self.pending.replace(true) {
            self.ask
                .send(())
                .map_err(|_| io::Error::other("the keyboard reader stopped"))?;
        }
        loop {
            match self
                .keys
                .recv_timeout(std::time::Duration::from_millis(100))
            {
                Ok(key) => {
                    self.pending.set(false);
                    return key.map(Some);
                }
                Err(RecvTimeoutError::Timeout) if resized() => return Ok(None),
                Err(RecvTimeoutError::Timeout) => {}
                Err(RecvTimeoutError::Disconnected) => {
                    return Err(io::Error::other("the keyboard reader stopped"));
                }
            }
        }
    }
}

/// A line or more said above a list: its words, the indent of its first
/// line and of the rest, and its style.
struct Said {
    text: String,
    first: &'static str,
    rest: &'static str,
    style: Style,
}

/// A list to pick from, drawn and read by `Rich::list`.
struct List<'a> {
    /// The line above the rows.
    prompt: &'a str,
    /// The rows in words; wrapped to the terminal each time they are drawn.
    labels: &'a [String],
    /// Rows drawn "1. label".
    numbered: bool,
    /// The number typing picks the first row with (`None`: typing does not
    /// pick).
    first: Option<i64>,
    /// Keys that pick a row at once (`y` for yes).
    shortcuts: &'a [(char, usize)],
    /// For a choose-all list: what is ticked.
    ticks: Option<Vec<bool>>,
}

impl Rich {
    /// Prompts on standard error, which must be a terminal.
    pub fn new() -> Result<Rich, PromptError> {
        let term = Term::stderr();
        if !term.is_term() {
            return Err(PromptError::NoTerminal(t("prompt-no-terminal")));
        }
        Ok(Rich {
            term,
            theme: Theme::default(),
            keys: Keys::start(),
            said: std::cell::RefCell::new(Vec::new()),
        })
    }

    /// Columns to draw in: one less than the terminal, so that a full line
    /// never makes the terminal wrap; at most 100, for reading.
    /// Every drawing asks for it, so the theme's answer lines follow a
    /// resized terminal too.
    fn width(&self) -> usize {
        let width = usize::from(self.term.size().1)
            .saturating_sub(1)
            .clamp(20, 100);
        self.theme.width.set(width);
        width
    }

    /// Writes text wrapped to the terminal, each line styled, and keeps it
    /// to draw again after a resize.
    fn say(&self, text: &str, indent: &'static str, style: &Style) -> io::Result<()> {
        self.say_hanging(text, indent, indent, style)
    }

    /// `say`, with the lines after the first indented by `rest`.
    fn say_hanging(
        &self,
        text: &str,
        first: &'static str,
        rest: &'static str,
        style: &Style,
    ) -> io::Result<()> {
        let said = Said {
            text: text.to_owned(),
            first,
            rest,
            style: style.clone(),
        };
        self.write_said(&said)?;
        self.said.borrow_mut().push(said);
        Ok(())
    }

    fn write_said(&self, said: &Said) -> io::Result<()> {
        for line in wrap_lines(&said.text, self.width(), said.first, said.rest) {
            self.term
                .write_line(&said.style.apply_to(line).to_string())?;
        }
        Ok(())
    }

    /// A dim line (or more) on how to answer.
    fn hint(&self, text: &str) -> io::Result<()> {
        self.say(text, "", &theme::hint_style())
    }

    /// A new question (or block) begins: what was said before it is not
    /// drawn again after a resize.
    fn begin(&self) {
        self.said.borrow_mut().clear();
    }

    /// A list item wrapped to fit after a prefix of `prefix` columns.
    fn item(&self, text: &str, prefix: usize) -> String {
        let text = printable(text).replace('\n', " ");
        wrap_lines(&text, self.width().saturating_sub(prefix).max(10), "", "").join("\n")
    }

    /// A list row " 3. label" of `count` rows, its number right-aligned
    /// and its continuation lines under the label (wrapped, never cut).
    fn numbered(&self, n: usize, count: usize, label: &str, prefix: usize) -> String {
        let digits = count.to_string().len();
        let head = format!("{n:>digits$}. ");
        let body = self.item(label, prefix + head.len());
        format!(
            "{head}{}",
            body.replace('\n', &format!("\n{}", " ".repeat(head.len())))
        )
    }

    /// Removes the line dialoguer leaves after Esc or `back`
    /// (`✔ Yes or no ·`), so the scrollback holds answers only.
    fn forget_line(&self) -> io::Result<()> {
        self.term.clear_last_lines(1)
    }

    fn ask_once(
        &mut self,
        question: &Question,
        progress: Progress,
        previous: Option<&Answer>,
    ) -> Result<Reply, PromptError> {
        self.term.write_line("")?;
        self.begin();
        self.say(
            &ta(
                "prompt-question-of",
                &[
                    ("position", progress.position.into()),
                    ("total", progress.total.into()),
                ],
            ),
            "",
            &Style::new().dim(),
        )?;
        self.say(&question.text, "", &Style::new().bold())?;
        if let Some(help) = &question.help {
            self.say(help, "  ", &Style::new().dim())?;
        }
        let _guard = PromptGuard::open();
        let skip = !question.required;
        match &question.kind {
            // A list when there is more than yes and no to pick: "not sure",
            // or skipping an optional question.
            QuestionKind::YesNo { not_sure } if *not_sure || skip || !confirm_keys() => {
                let mut extra = Vec::new();
                let (prompt, hint) = if *not_sure {
                    extra.push(t("prompt-not-sure"));
                    (
                        t("prompt-yes-no-not-sure"),
                        t("prompt-hint-yes-no-not-sure"),
                    )
                } else if skip {
                    (t("prompt-yes-or-no"), t("prompt-hint-yes-no-skip"))
                } else {
                    (t("prompt-yes-or-no"), t("prompt-hint-yes-no"))
                };
                if skip {
                    extra.push(t("prompt-skip"));
                }
                self.hint(&hint)?;
                let default = match previous {
                    Some(Answer::Bool(true)) => 0,
                    Some(Answer::Unsure) => 2,
                    _ => 1,
                };
                let picked = self.yes_no_list(&prompt, extra, *not_sure, default)?;
                Ok(match picked {
                    None => Reply::Back,
                    Some(0) => Reply::Answer(Some(Answer::Bool(true))),
                    Some(1) => Reply::Answer(Some(Answer::Bool(false))),
                    Some(2) if *not_sure => Reply::Answer(Some(Answer::Unsure)),
                    Some(_) => Reply::Answer(None),
                })
            }
            QuestionKind::YesNo { .. } => {
                self.hint(&t("prompt-hint-yes-no"))?;
                let mut prompt =
                    Confirm::with_theme(&self.theme).with_prompt(t("prompt-yes-or-no"));
                if let Some(Answer::Bool(b)) = previous {
                    prompt = prompt.default(*b);
                }
                match checked(prompt.interact_on_opt(&self.term))? {
                    Some(b) => Ok(Reply::Answer(Some(Answer::Bool(b)))),
                    None => {
                        self.forget_line()?;
                        Ok(Reply::Back)
                    }
                }
            }
            QuestionKind::Choice { options } => {
                self.hint(&t("prompt-hint-choice"))?;
                let mut labels: Vec<String> = options
                    .iter()
                    .map(|o| printable(&o.label).replace('\n', " "))
                    .collect();
                if skip {
                    labels.push(t("prompt-skip"));
                }
                let default = match previous {
                    Some(Answer::Choice(v)) => options.iter().position(|o| &o.value == v),
                    _ => None,
                }
                .unwrap_or(0);
                // Typing an option's number picks it too (1 is the first).
                let prompt = t("prompt-choose-one");
                let picked = self.pick_one(
                    List {
                        prompt: &prompt,
                        labels: &labels,
                        numbered: true,
                        first: Some(1),
                        shortcuts: &[],
                        ticks: None,
                    },
                    default,
                )?;
                Ok(match picked {
                    None => Reply::Back,
                    Some(i) if i >= options.len() => Reply::Answer(None),
                    Some(i) => Reply::Answer(Some(Answer::Choice(options[i].value.clone()))),
                })
            }
            QuestionKind::Multi { options, .. } => {
                self.hint(&t("prompt-hint-multi"))?;
                let checked_before: Vec<bool> = options
                    .iter()
                    .map(|o| matches!(previous, Some(Answer::Multi(v)) if v.contains(&o.value)))
                    .collect();
                let mut labels: Vec<String> = options.iter().map(|o| o.label.clone()).collect();
                if skip {
                    labels.push(t("prompt-skip"));
                }
                let prompt = t("prompt-choose-all");
                let picked = self.list(
                    List {
                        prompt: &prompt,
                        labels: &labels,
                        numbered: true,
                        first: Some(1),
                        shortcuts: &[],
                        ticks: Some(checked_before),
                    },
                    0,
                )?;
                Ok(match picked {
                    None => Reply::Back,
                    // Enter on "Skip this question".
                    Some((i, _)) if i >= options.len() => Reply::Answer(None),
                    Some((_, ticks)) => Reply::Answer(Some(Answer::Multi(
                        options
                            .iter()
                            .zip(ticks)
                            .filter(|(_, t)| *t)
                            .map(|(o, _)| o.value.clone())
                            .collect(),
                    ))),
                })
            }
            QuestionKind::Scale {
                min,
                max,
                min_label,
                max_label,
            } if max - min < MAX_LISTED_STEPS => {
                self.hint(&t("prompt-hint-scale"))?;
                let labels: Vec<String> = (*min..=*max)
                    .map(|n| match n {
                        n if n == *min => format!("{n}  {}", printable(min_label)),
                        n if n == *max => format!("{n}  {}", printable(max_label)),
                        n => n.to_string(),
                    })
                    .collect();
                let default = match previous {
                    Some(Answer::Int(n)) => usize::try_from(n - min).unwrap_or(0),
                    _ => 0,
                };
                let prompt = t("prompt-choose-number");
                let picked = self.pick_one(
                    List {
                        prompt: &prompt,
                        labels: &labels,
                        numbered: false,
                        first: Some(*min),
                        shortcuts: &[],
                        ticks: None,
                    },
                    default,
                )?;
                Ok(match picked {
                    None => Reply::Back,
                    Some(i) => Reply::Answer(Some(Answer::Int(min + i as i64))),
                })
            }
            QuestionKind::Scale { min, max, .. } | QuestionKind::Number { min, max, .. } => {
                let unit = match &question.kind {
                    QuestionKind::Number { unit: Some(u), .. } => format!(" {u}"),
                    _ => String::new(),
                };
                self.hint(&ta(
                    "prompt-hint-number",
                    &[
                        ("min", (*min).into()),
                        ("max", (*max).into()),
                        ("unit", unit.as_str().into()),
                        (
                            "skip",
                            if skip {
                                t("prompt-or-skip")
                            } else {
                                String::new()
                            }
                            .into(),
                        ),
                    ],
                ))?;
                let mut input = Input::<String>::with_theme(&self.theme)
                    .with_prompt(t("prompt-type-number"))
                    .validate_with(|text: &String| -> Result<(), String> {
                        if super::is_back(text) {
                            return Ok(());
                        }
                        parse_typed(question, text).map(|_| ()).map_err(|_| {
                            ta(
                                "prompt-number-range",
                                &[("min", (*min).into()), ("max", (*max).into())],
                            )
                        })
                    });
                if let Some(Answer::Int(n)) = previous {
                    input = input.default(n.to_string());
                }
                let text = checked(input.interact_text_on(&self.term))?;
                if super::is_back(&text) {
                    self.forget_line()?;
                    return Ok(Reply::Back);
                }
                parse_typed(question, &text)
                    .map(Reply::Answer)
                    .map_err(|_| {
                        PromptError::Io(io::Error::other("validated answer did not parse"))
                    })
            }
        }
    }

    /// A list of numbered rows to pick one from (typing a number picks
    /// too); `None` on Esc.
    fn pick(
        &self,
        prompt: &str,
        labels: &[String],
        default: usize,
    ) -> Result<Option<usize>, PromptError> {
        self.pick_one(
            List {
                prompt,
                labels,
                numbered: true,
                first: Some(1),
                shortcuts: &[],
                ticks: None,
            },
            default,
        )
    }

    /// `list` for one row; `None` on Esc.
    /// Yes and no (rows 0 and 1, picked by the language's keys), then the
    /// `extra` rows (the first picked by `?` when it is "not sure").
    fn yes_no_list(
        &self,
        prompt: &str,
        extra: Vec<String>,
        not_sure: bool,
        default: usize,
    ) -> Result<Option<usize>, PromptError> {
        let mut labels = vec![t("prompt-yes"), t("prompt-no")];
        labels.extend(extra);
        let mut shortcuts = vec![
            (key("prompt-key-yes", 'y'), 0),
            (key("prompt-key-no", 'n'), 1),
        ];
        if not_sure {
            shortcuts.push(('?', 2));
        }
        self.pick_one(
            List {
                prompt,
                labels: &labels,
                numbered: true,
                first: Some(1),
                shortcuts: &shortcuts,
                ticks: None,
            },
            default,
        )
    }

    fn pick_one(&self, list: List<'_>, default: usize) -> Result<Option<usize>, PromptError> {
        Ok(self.list(list, default)?.map(|(i, _)| i))
    }

    /// Shows a list and reads keys until a row is picked (Enter, a
    /// shortcut) or, for a choose-all list, until Enter; `None` on Esc.
    /// Arrows, j/k, Home and End move; typed digits pick a numbered row
    /// ("1" then "0" is 10 on a 0-10 scale); Space ticks. A resized
    /// terminal gets the question and the list drawn again, whole.
    fn list(
        &self,
        mut list: List<'_>,
        default: usize,
    ) -> Result<Option<(usize, Vec<bool>)>, PromptError> {
        let count = list.labels.len();
        let mut sel = default.min(count.saturating_sub(1));
        let mut typed = String::new();
        let mut size = self.term.size();
        self.term.hide_cursor()?;
        let result = loop {
            let drawn = self.draw_list(&list, sel)?;
            let mut resized = || {
                let now = self.term.size();
                std::mem::replace(&mut size, now) != now
            };
            let key = match self.keys.next(&mut resized) {
                Ok(Some(k)) => k,
                Ok(None) => {
                    // Drawn again whole, from the top of the screen: rows
                    // drawn at the old width may have been rewrapped by the
                    // terminal, so counting them back is not safe.
                    self.term.clear_screen()?;
                    for said in self.said.borrow().iter() {
                        self.write_said(said)?;
                    }
                    continue;
                }
                Err(e) => {
                    self.term.show_cursor()?;
                    return Err(e.into());
                }
            };
            self.term.clear_last_lines(drawn)?;
            match key {
                // Ctrl-C, or a signal that cut the read short.
                Key::CtrlC => {
                    self.term.show_cursor()?;
                    return Err(PromptError::Interrupted);
                }
                Key::ArrowUp | Key::Char('k') => sel = sel.saturating_sub(1),
                Key::ArrowDown | Key::Char('j') => sel = (sel + 1).min(count - 1),
                Key::Home => sel = 0,
                Key::End => sel = count - 1,
                Key::Char(' ') if list.ticks.is_some() => {
                    if let Some(t) = list.ticks.as_mut().and_then(|t| t.get_mut(sel)) {
                        *t = !*t;
                    }
                }
                Key::Char(d) if d.is_ascii_digit() && list.first.is_some() => {
                    let first = list.first.unwrap_or(1);
                    typed.push(d);
                    let fits = |t: &str| {
                        t.parse::<i64>()
                            .ok()
                            .map(|n| n - first)
                            .filter(|i| (0..count as i64).contains(i))
                    };
                    let i = fits(&typed).or_else(|| {
                        typed = d.to_string();
                        fits(&typed)
                    });
                    if let Some(i) = i {
                        sel = i as usize;
                    }
                    continue;
                }
                Key::Enter => break Some(sel),
                Key::Escape => break None,
                Key::Char(c) => {
                    let c = c.to_ascii_lowercase();
                    if let Some((_, i)) = list.shortcuts.iter().find(|(k, _)| *k == c) {
                        sel = *i;
                        break Some(sel);
                    }
                }
                _ => {}
            }
            typed.clear();
        };
        if let Some(i) = result {
            use dialoguer::theme::Theme as _;
            let mut line = String::new();
            match &list.ticks {
                // Every ticked row, wrapped at words.
                Some(ticks) if i < ticks.len() => {
                    let labels: Vec<String> = list
                        .labels
                        .iter()
                        .zip(ticks)
                        .filter(|(_, t)| **t)
                        .map(|(l, _)| printable(l).replace('\n', " "))
                        .collect();
                    let picked: Vec<&str> = labels.iter().map(String::as_str).collect();
                    self.theme
                        .format_multi_select_prompt_selection(&mut line, list.prompt, &picked)
                }
                _ => self.theme.format_select_prompt_selection(
                    &mut line,
                    list.prompt,
                    &shorten(
                        &printable(&list.labels[i]).replace('\n', " "),
                        self.width().saturating_sub(list.prompt.len() + 5),
                    ),
                ),
            }
            .map_err(io::Error::other)?;
            self.term.write_line(&line)?;
        }
        self.term.show_cursor()?;
        Ok(result.map(|i| (i, list.ticks.unwrap_or_default())))
    }

    /// Draws a prompt line and the rows, wrapped to the terminal as it is
    /// now (a window of them on a short terminal); returns how many lines it
    /// drew.
    fn draw_list(&self, list: &List<'_>, sel: usize) -> io::Result<usize> {
        use dialoguer::theme::Theme as _;
        let mut head = String::new();
        self.theme
            .format_select_prompt(&mut head, list.prompt)
            .map_err(io::Error::other)?;
        self.term.write_line(&head)?;
        let room = usize::from(self.term.size().0).saturating_sub(3).max(3);
        let count = list.labels.len();
        let start = sel
            .saturating_sub(room.saturating_sub(1))
            .min(count.saturating_sub(room));
        let mut lines = 1;
        for (i, label) in list.labels.iter().enumerate().skip(start).take(room) {
            let mut row = String::new();
            match &list.ticks {
                Some(ticks) => self.theme.format_multi_select_prompt_item(
                    &mut row,
                    &self.numbered(i + 1, count, label, MULTI_PREFIX),
                    ticks.get(i).copied().unwrap_or(false),
                    i == sel,
                ),
                None => {
                    let text = if list.numbered {
                        self.numbered(i + 1, count, label, SELECT_PREFIX)
                    } else {
                        self.item(label, SELECT_PREFIX)
                    };
                    self.theme
                        .format_select_prompt_item(&mut row, &text, i == sel)
                }
            }
            .map_err(io::Error::other)?;
            lines += row.lines().count();
            self.term.write_line(&row)?;
        }
        Ok(lines)
    }

    fn urgent_block(&mut self, urgent: &Urgent) -> Result<UrgentChoice, PromptError> {
        let red = Style::new().red().bold();
        self.term.write_line("")?;
        self.begin();
        self.say(&format!("!! {}", t("report-get-help-now")), "", &red)?;
        self.say(&urgent.headline, "", &red)?;
        for (label, advice) in &urgent.signs {
            self.say(label, "  ", &Style::new().bold())?;
            if let Some(advice) = advice {
                self.say(advice, "  ", &Style::new())?;
            }
        }
        self.say(&t("prompt-urgent-not-sure"), "", &Style::new().dim())?;
        let _guard = PromptGuard::open();
        let items = super::plain::urgent_choices();
        // Esc shows what to do now too: the safe way out.
        Ok(match self.pick(&t("prompt-what-next"), &items, 0)? {
            Some(1) => UrgentChoice::Continue,
            Some(2) => UrgentChoice::Back,
            _ => UrgentChoice::Summary,
        })
    }
}

/// The first character of a message (`prompt-key-yes` is `y`, or `s` in
/// Spanish), for a key that picks a row.
fn key(id: &str, fallback: char) -> char {
    t(id).chars().next().unwrap_or(fallback)
}

/// Whether dialoguer's yes/no prompt (which knows only `y` and `n`) fits
/// the run's language; otherwise yes and no are a list with the language's
/// keys.
fn confirm_keys() -> bool {
    key("prompt-key-yes", 'y') == 'y' && key("prompt-key-no", 'n') == 'n'
}

/// Maps dialoguer's error: Ctrl-C is `Interrupted`, which stops the run.
fn checked<T>(result: dialoguer::Result<T>) -> Result<T, PromptError> {
    match result {
        Ok(v) => Ok(v),
        Err(dialoguer::Error::IO(e)) if e.kind() == io::ErrorKind::Interrupted => {
            Err(PromptError::Interrupted)
        }
        Err(dialoguer::Error::IO(e)) => Err(PromptError::Io(e)),
    }
}

/// "37 questions, about 7 minutes", with a word when answers may add more.
pub fn how_long(intro: &Intro<'_>) -> String {
    let n = intro.questions;
    ta(
        if intro.more_possible {
            "prompt-how-long-more"
        } else {
            "prompt-how-long"
        },
        &[("count", n.into()), ("minutes", minutes(n).into())],
    )
}

impl Ui for Rich {
    fn intro(&mut self, q: &Questionnaire, intro: &Intro<'_>) -> Result<(), PromptError> {
        self.say(&q.title, "", &Style::new().bold())?;
        self.say(&q.intro, "", &Style::new())?;
        if let Some(note) = intro.note {
            self.say(note, "", &Style::new().bold())?;
        }
        self.say(
            &ta("prompt-intro", &[("how_long", how_long(intro).into())]),
            "",
            &Style::new().dim(),
        )?;
        Ok(())
    }

    fn back(&mut self, first: bool) -> Result<(), PromptError> {
        let text = if first {
            t("prompt-first-question")
        } else {
            t("prompt-back")
        };
        self.say(&text, "  ", &Style::new().dim())?;
        Ok(())
    }

    fn ask(
        &mut self,
        question: &Question,
        progress: Progress,
        previous: Option<&Answer>,
    ) -> Result<Reply, PromptError> {
        self.ask_once(question, progress, previous)
    }

    fn urgent(&mut self, urgent: &Urgent) -> Result<UrgentChoice, PromptError> {
        self.urgent_block(urgent)
    }

    fn note(&mut self, factor: &Factor) -> Result<(), PromptError> {
        self.say(
            &ta("prompt-noted", &[("sign", factor.label.as_str().into())]),
            "",
            &Style::new().yellow(),
        )?;
        Ok(())
    }

    fn review(&mut self, rows: &[ReviewRow]) -> Result<ReviewChoice, PromptError> {
        loop {
            self.term.write_line("")?;
            self.begin();
            self.say(&t("prompt-your-answers"), "", &Style::new().bold())?;
            for (i, r) in rows.iter().enumerate() {
                // The answer first: a long question must not hide it.
                let line = format!("{:>2}. {} \u{2014} {}", i + 1, r.answer, r.text.trim());
                self.say_hanging(&line, "  ", "      ", &Style::new())?;
            }
            self.hint(&t("prompt-hint-review"))?;
            let _guard = PromptGuard::open();
            let ready = [t("prompt-show-summary"), t("prompt-change-answer")];
            match self.pick(&t("prompt-ready"), &ready, 0)? {
                // Esc goes back to the last question, as everywhere else.
                None => return Ok(ReviewChoice::Back),
                Some(0) => return Ok(ReviewChoice::Summary),
                Some(_) => {}
            }
            // Numbered rows, wrapped: at 40 columns a row still tells its
            // question apart; typing a number picks it.
            let items: Vec<String> = rows
                .iter()
                .map(|r| format!("{} \u{2014} {}", r.answer, r.text.trim()))
                .collect();
            self.hint(&t("prompt-hint-back-to-list"))?;
            let prompt = t("prompt-which-answer");
            if let Some(i) = self.pick(&prompt, &items, 0)? {
                return Ok(ReviewChoice::Change(rows[i].id.clone()));
            }
        }
    }

    fn offer_save(&mut self, suggestion: &str) -> Result<Option<String>, PromptError> {
        if !self.confirm(&t("prompt-save"))? {
            return Ok(None);
        }
        self.file_name(suggestion)
    }

    fn file_name(&mut self, suggestion: &str) -> Result<Option<String>, PromptError> {
        let _guard = PromptGuard::open();
        let name = checked(
            Input::<String>::with_theme(&self.theme)
                .with_prompt(t("prompt-file-name"))
                .default(suggestion.to_owned())
                .interact_text_on(&self.term),
        )?;
        Ok(Some(name).filter(|n| !super::is_back(n)))
    }

    fn confirm(&mut self, question: &str) -> Result<bool, PromptError> {
        self.term.write_line("")?;
        self.begin();
        self.say(question, "", &Style::new().bold())?;
        let _guard = PromptGuard::open();
        if !confirm_keys() {
            let picked = self.yes_no_list(&t("prompt-yes-or-no"), Vec::new(), false, 1)?;
            return Ok(picked == Some(0));
        }
        let yes = checked(
            Confirm::with_theme(&self.theme)
                .with_prompt(t("prompt-yes-or-no"))
                .default(false)
                .interact_on_opt(&self.term),
        )?;
        Ok(yes == Some(true))
    }

    fn tell(&mut self, text: &str) -> Result<(), PromptError> {
        if text.is_empty() {
            self.term.write_line("")?;
        }
        self.say(text, "", &Style::new())?;
        Ok(())
    }
}

/// Text cut to at most `width` columns at a word, with "…" when cut.
fn shorten(text: &str, width: usize) -> String {
    if console::measure_text_width(text) <= width {
        return text.to_owned();
    }
    let mut out = String::new();
    for word in text.split(' ') {
        let next = if out.is_empty() {
            word.to_owned()
        } else {
            format!("{out} {word}")
        };
        if console::measure_text_width(&next) + 1 > width {
            break;
        }
        out = next;
    }
    format!("{out}\u{2026}")
}

/// About how long the questionnaire takes: ten seconds a question, rounded up.
pub fn minutes(questions: usize) -> String {
    ta(
        "prompt-minutes",
        &[("count", questions.div_ceil(6).max(1).into())],
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shortening_cuts_at_a_word() {
        assert_eq!(shorten("short", 10), "short");
        assert_eq!(
            shorten("a question about this back pain", 20),
            "a question about…"
        );
        assert!(console::measure_text_width(&shorten(&"word ".repeat(40), 30)) <= 30);
    }

    #[test]
    fn the_intro_says_how_many_and_whether_more_may_follow() {
        let intro = Intro {
            questions: 37,
            more_possible: true,
            note: None,
        };
        assert_eq!(
            how_long(&intro),
            "37 questions (a few more may follow from your answers), about 7 minutes"
        );
    }
}
