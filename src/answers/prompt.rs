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

use std::io;

use console::{Key, Style, Term};
use dialoguer::{Confirm, Input, MultiSelect, Select};

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
}

impl Rich {
    /// Prompts on standard error, which must be a terminal.
    pub fn new() -> Result<Rich, PromptError> {
        let term = Term::stderr();
        if !term.is_term() {
            return Err(PromptError::NoTerminal(
                "standard error is not a terminal, so there is nowhere to ask the questions".into(),
            ));
        }
        Ok(Rich {
            term,
            theme: Theme::default(),
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

    /// Writes text wrapped to the terminal, each line styled.
    fn say(&self, text: &str, indent: &str, style: &Style) -> io::Result<()> {
        for line in wrap_lines(text, self.width(), indent, indent) {
            self.term.write_line(&style.apply_to(line).to_string())?;
        }
        Ok(())
    }

    /// A dim line (or more) on how to answer.
    fn hint(&self, text: &str) -> io::Result<()> {
        for line in wrap_lines(text, self.width(), "", "") {
            self.term.write_line(&theme::hint(&line))?;
        }
        Ok(())
    }

    /// A list item wrapped to fit after a prefix of `prefix` columns.
    fn item(&self, text: &str, prefix: usize) -> String {
        let text = printable(text).replace('\n', " ");
        wrap_lines(&text, self.width().saturating_sub(prefix).max(10), "", "").join("\n")
    }

    /// A list row "3. label", wrapped with its continuation lines under the
    /// label.
    fn numbered(&self, n: usize, label: &str) -> String {
        let head = format!("{n}. ");
        let body = self.item(label, SELECT_PREFIX + head.len());
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
        self.say(
            &format!("Question {} of {}", progress.position, progress.total),
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
            QuestionKind::YesNo { not_sure } if *not_sure || skip => {
                let mut labels = vec!["Yes".to_owned(), "No".to_owned()];
                let mut shortcuts = vec![('y', 0), ('n', 1)];
                let (prompt, hint) = if *not_sure {
                    labels.push("Not sure".into());
                    shortcuts.push(('?', 2));
                    (
                        "Yes, no or not sure",
                        "Press y or n, or pick \u{201c}Not sure\u{201d}. Esc goes back.",
                    )
                } else {
                    (
                        "Yes or no",
                        "Press y or n, or pick \u{201c}Skip\u{201d}. Esc goes back.",
                    )
                };
                if skip {
                    labels.push("Skip this question".into());
                }
                self.hint(hint)?;
                let items: Vec<String> = labels
                    .iter()
                    .enumerate()
                    .map(|(i, label)| self.numbered(i + 1, label))
                    .collect();
                let default = match previous {
                    Some(Answer::Bool(true)) => 0,
                    Some(Answer::Unsure) => 2,
                    _ => 1,
                };
                let picked =
                    self.pick_number_with(prompt, &items, &labels, 1, default, &shortcuts)?;
                Ok(match picked.map(|i| labels[i].as_str()) {
                    None => Reply::Back,
                    Some("Yes") => Reply::Answer(Some(Answer::Bool(true))),
                    Some("No") => Reply::Answer(Some(Answer::Bool(false))),
                    Some("Not sure") => Reply::Answer(Some(Answer::Unsure)),
                    Some(_) => Reply::Answer(None),
                })
            }
            QuestionKind::YesNo { .. } => {
                self.hint("Press y or n. Esc goes back.")?;
                let mut prompt = Confirm::with_theme(&self.theme).with_prompt("Yes or no");
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
                self.hint("Type an option's number, or use the arrows; Enter picks.")?;
                let mut labels: Vec<String> = options
                    .iter()
                    .map(|o| printable(&o.label).replace('\n', " "))
                    .collect();
                if skip {
                    labels.push("Skip this question".into());
                }
                let items: Vec<String> = labels
                    .iter()
                    .enumerate()
                    .map(|(i, label)| self.numbered(i + 1, label))
                    .collect();
                let default = match previous {
                    Some(Answer::Choice(v)) => options.iter().position(|o| &o.value == v),
                    _ => None,
                }
                .unwrap_or(0);
                // Typing an option's number picks it too (1 is the first).
                let picked = self.pick_number("Choose one", &items, &labels, 1, default)?;
                Ok(match picked {
                    None => Reply::Back,
                    Some(i) if i >= options.len() => Reply::Answer(None),
                    Some(i) => Reply::Answer(Some(Answer::Choice(options[i].value.clone()))),
                })
            }
            QuestionKind::Multi { options } => {
                self.hint(
                    "Space ticks the marked row, Enter when done; nothing ticked means none.",
                )?;
                let checked_before: Vec<bool> = options
                    .iter()
                    .map(|o| matches!(previous, Some(Answer::Multi(v)) if v.contains(&o.value)))
                    .collect();
                let items: Vec<String> = options
                    .iter()
                    .map(|o| self.item(&o.label, MULTI_PREFIX))
                    .collect();
                let picked = checked(
                    MultiSelect::with_theme(&self.theme)
                        .with_prompt("Choose all that apply")
                        .items(&items)
                        .defaults(&checked_before)
                        .interact_on_opt(&self.term),
                )?;
                Ok(match picked {
                    None => Reply::Back,
                    Some(idx) => Reply::Answer(Some(Answer::Multi(
                        idx.into_iter().map(|i| options[i].value.clone()).collect(),
                    ))),
                })
            }
            QuestionKind::Scale {
                min,
                max,
                min_label,
                max_label,
            } if max - min < MAX_LISTED_STEPS => {
                self.hint("Type the number, or use the arrows; Enter picks.")?;
                let labels: Vec<String> = (*min..=*max)
                    .map(|n| match n {
                        n if n == *min => format!("{n}  {}", printable(min_label)),
                        n if n == *max => format!("{n}  {}", printable(max_label)),
                        n => n.to_string(),
                    })
                    .collect();
                let items: Vec<String> =
                    labels.iter().map(|l| self.item(l, SELECT_PREFIX)).collect();
                let default = match previous {
                    Some(Answer::Int(n)) => usize::try_from(n - min).unwrap_or(0),
                    _ => 0,
                };
                let picked = self.pick_number("Choose a number", &items, &labels, *min, default)?;
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
                self.hint(&format!(
                    "A whole number from {min} to {max}{unit}. Type back to go back{}.",
                    if skip { ", or skip" } else { "" }
                ))?;
                let mut input = Input::<String>::with_theme(&self.theme)
                    .with_prompt("Type a number")
                    .validate_with(|text: &String| -> Result<(), String> {
                        if text.trim().eq_ignore_ascii_case("back") {
                            return Ok(());
                        }
                        parse_typed(question, text)
                            .map(|_| ())
                            .map_err(|_| format!("From {min} to {max}, or back"))
                    });
                if let Some(Answer::Int(n)) = previous {
                    input = input.default(n.to_string());
                }
                let text = checked(input.interact_text_on(&self.term))?;
                if text.trim().eq_ignore_ascii_case("back") {
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

    /// A single-choice list; `None` on Esc.
    fn pick(
        &self,
        prompt: &str,
        items: &[String],
        default: usize,
    ) -> Result<Option<usize>, PromptError> {
        self.width();
        checked(
            Select::with_theme(&self.theme)
                .with_prompt(prompt)
                .items(items)
                .default(default)
                .interact_on_opt(&self.term),
        )
    }

    /// A list whose rows are numbered `first..`, also picked by typing the
    /// number: "1" then "0" is 10 on a 0-10 scale, "3" the third option of a
    /// choice. `None` on Esc.
    fn pick_number(
        &self,
        prompt: &str,
        items: &[String],
        answers: &[String],
        first: i64,
        default: usize,
    ) -> Result<Option<usize>, PromptError> {
        self.pick_number_with(prompt, items, answers, first, default, &[])
    }

    /// `pick_number`, with keys that pick an item at once (`y` for yes).
    fn pick_number_with(
        &self,
        prompt: &str,
        items: &[String],
        answers: &[String],
        first: i64,
        default: usize,
        shortcuts: &[(char, usize)],
    ) -> Result<Option<usize>, PromptError> {
        let mut sel = default.min(items.len().saturating_sub(1));
        let mut typed = String::new();
        self.term.hide_cursor()?;
        let result = loop {
            let drawn = self.draw_list(prompt, items, sel)?;
            let key = match self.term.read_key() {
                Ok(k) => k,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {
                    self.term.clear_last_lines(drawn)?;
                    self.term.show_cursor()?;
                    return Err(PromptError::Interrupted);
                }
                Err(e) => return Err(e.into()),
            };
            self.term.clear_last_lines(drawn)?;
            match key {
                Key::ArrowUp | Key::Char('k') => sel = sel.saturating_sub(1),
                Key::ArrowDown | Key::Char('j') => sel = (sel + 1).min(items.len() - 1),
                Key::Home => sel = 0,
                Key::End => sel = items.len() - 1,
                Key::Char(d) if d.is_ascii_digit() => {
                    typed.push(d);
                    let fits = |t: &str| {
                        t.parse::<i64>()
                            .ok()
                            .map(|n| n - first)
                            .filter(|i| (0..items.len() as i64).contains(i))
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
                    if let Some((_, i)) = shortcuts.iter().find(|(k, _)| *k == c) {
                        sel = *i;
                        break Some(sel);
                    }
                }
                _ => {}
            }
            typed.clear();
        };
        if let Some(i) = result {
            let mut line = String::new();
            dialoguer::theme::Theme::format_select_prompt_selection(
                &self.theme,
                &mut line,
                prompt,
                &shorten(&answers[i], self.width().saturating_sub(prompt.len() + 5)),
            )
            .map_err(io::Error::other)?;
            self.term.write_line(&line)?;
        }
        self.term.show_cursor()?;
        Ok(result)
    }

    /// Draws a prompt line and the items (a window of them on a short
    /// terminal); returns how many lines it drew.
    fn draw_list(&self, prompt: &str, items: &[String], sel: usize) -> io::Result<usize> {
        use dialoguer::theme::Theme as _;
        let mut head = String::new();
        self.theme
            .format_select_prompt(&mut head, prompt)
            .map_err(io::Error::other)?;
        self.term.write_line(&head)?;
        let room = usize::from(self.term.size().0).saturating_sub(3).max(3);
        let start = sel
            .saturating_sub(room.saturating_sub(1))
            .min(items.len().saturating_sub(room));
        let mut lines = 1;
        for (i, item) in items.iter().enumerate().skip(start).take(room) {
            let mut row = String::new();
            self.theme
                .format_select_prompt_item(&mut row, item, i == sel)
                .map_err(io::Error::other)?;
            lines += row.lines().count();
            self.term.write_line(&row)?;
        }
        Ok(lines)
    }

    fn urgent_block(&mut self, urgent: &Urgent) -> Result<UrgentChoice, PromptError> {
        let red = Style::new().red().bold();
        self.term.write_line("")?;
        self.say("!! GET HELP NOW", "", &red)?;
        self.say(&urgent.headline, "", &red)?;
        for (label, advice) in &urgent.signs {
            self.say(label, "  ", &Style::new().bold())?;
            if let Some(advice) = advice {
                self.say(advice, "  ", &Style::new())?;
            }
        }
        self.say(super::plain::URGENT_NOT_SURE, "", &Style::new().dim())?;
        let _guard = PromptGuard::open();
        let items = super::plain::URGENT_CHOICES.map(String::from);
        // Esc shows what to do now too: the safe way out.
        Ok(match self.pick("What next?", &items, 0)? {
            Some(1) => UrgentChoice::Continue,
            Some(2) => UrgentChoice::Back,
            _ => UrgentChoice::Summary,
        })
    }
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
    let more = if intro.more_possible {
        " (a few more may follow from your answers)"
    } else {
        ""
    };
    format!("{n} questions{more}, {}", minutes(n))
}

impl Ui for Rich {
    fn intro(&mut self, q: &Questionnaire, intro: &Intro<'_>) -> Result<(), PromptError> {
        self.say(&q.title, "", &Style::new().bold())?;
        self.say(&q.intro, "", &Style::new())?;
        if let Some(note) = intro.note {
            self.say(note, "", &Style::new().bold())?;
        }
        self.say(
            &format!(
                "{}. Esc goes back one question. Ctrl-C stops, and nothing is saved.",
                how_long(intro)
            ),
            "",
            &Style::new().dim(),
        )?;
        Ok(())
    }

    fn back(&mut self, first: bool) -> Result<(), PromptError> {
        let text = if first {
            "This is the first question; there is none before it."
        } else {
            "Back to the previous question."
        };
        self.say(text, "  ", &Style::new().dim())?;
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
            &format!(
                "Noted: {}. This is a warning sign; your summary will say what to do.",
                factor.label
            ),
            "",
            &Style::new().yellow(),
        )?;
        Ok(())
    }

    fn review(&mut self, rows: &[ReviewRow]) -> Result<ReviewChoice, PromptError> {
        loop {
            self.term.write_line("")?;
            self.say("Your answers", "", &Style::new().bold())?;
            for (i, r) in rows.iter().enumerate() {
                // The answer first: a long question must not hide it.
                let line = format!("{:>2}. {} \u{2014} {}", i + 1, r.answer, r.text.trim());
                for row in wrap_lines(&line, self.width(), "  ", "      ") {
                    self.term.write_line(&row)?;
                }
            }
            let _guard = PromptGuard::open();
            let ready = ["Show my summary", "Change an answer"].map(String::from);
            if self.pick("Ready?", &ready, 0)? != Some(1) {
                return Ok(ReviewChoice::Summary);
            }
            // Short rows to pick from, cut at a word.
            let room = self.width().saturating_sub(SELECT_PREFIX + 1);
            let items: Vec<String> = rows
                .iter()
                .enumerate()
                .map(|(i, r)| {
                    let line = format!("{:>2}. {} \u{2014} {}", i + 1, r.answer, r.text.trim());
                    shorten(&printable(&line).replace('\n', " "), room)
                })
                .collect();
            self.hint("Esc goes back to the list.")?;
            if let Some(i) = self.pick("Which answer?", &items, 0)? {
                return Ok(ReviewChoice::Change(rows[i].id.clone()));
            }
        }
    }

    fn offer_save(&mut self, suggestion: &str) -> Result<Option<String>, PromptError> {
        if !self.confirm("Save your answers to a file, to run this again later?")? {
            return Ok(None);
        }
        let _guard = PromptGuard::open();
        let name = checked(
            Input::<String>::with_theme(&self.theme)
                .with_prompt("File name")
                .default(suggestion.to_owned())
                .interact_text_on(&self.term),
        )?;
        Ok(Some(name))
    }

    fn confirm(&mut self, question: &str) -> Result<bool, PromptError> {
        self.term.write_line("")?;
        self.say(question, "", &Style::new().bold())?;
        let _guard = PromptGuard::open();
        let yes = checked(
            Confirm::with_theme(&self.theme)
                .with_prompt("Yes or no")
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
    match questions.div_ceil(6).max(1) {
        1 => "about a minute".into(),
        m => format!("about {m} minutes"),
    }
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
