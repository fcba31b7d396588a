//! Questions at a terminal with dialoguer and console: the only user of both.
//!
//! Everything is drawn on standard error, so the summary on standard output
//! can go to a file (`backcheck --format json > me.json`). Esc goes back one
//! question; where a prompt has no Esc (typed numbers), `back` does. Ctrl-C
//! ends the run through `interrupt::stop`.

use std::io;

use console::{Style, Term};
use dialoguer::theme::ColorfulTheme;
use dialoguer::{Confirm, Input, MultiSelect, Select};

use super::interview::{Progress, PromptError, Reply, ReviewChoice, ReviewRow, Ui, UrgentChoice};
use super::parse_typed;
use crate::answer::Answer;
use crate::content::{Factor, Question, QuestionKind, Questionnaire};
use crate::interrupt::PromptGuard;
use crate::sanitize::printable;
use crate::wrap::wrap_lines;

/// Scales with at most this many steps are a list to pick from; wider ranges
/// are typed.
const MAX_LISTED_STEPS: i64 = 21;

/// Prompts drawn with dialoguer's colourful theme on standard error.
pub struct Rich {
    term: Term,
    theme: ColorfulTheme,
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
            theme: ColorfulTheme::default(),
        })
    }

    fn width(&self) -> usize {
        usize::from(self.term.size().1).clamp(40, 100)
    }

    /// Writes text wrapped to the terminal, each line styled.
    fn say(&self, text: &str, indent: &str, style: &Style) -> io::Result<()> {
        for line in wrap_lines(text, self.width(), indent, indent) {
            self.term.write_line(&style.apply_to(line).to_string())?;
        }
        Ok(())
    }

    fn intro_block(&mut self, q: &Questionnaire) -> Result<(), PromptError> {
        let n = q.questions.len();
        self.say(&q.title, "", &Style::new().bold())?;
        self.say(&q.intro, "", &Style::new())?;
        self.say(
            &format!(
                "Up to {n} questions, {}. Esc goes back one question. Ctrl-C stops, and nothing is saved.",
                minutes(n)
            ),
            "",
            &Style::new().dim(),
        )?;
        Ok(())
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
            QuestionKind::YesNo => {
                let mut prompt = Confirm::with_theme(&self.theme).with_prompt("Yes or no");
                if let Some(Answer::Bool(b)) = previous {
                    prompt = prompt.default(*b);
                }
                let reply = checked(prompt.interact_on_opt(&self.term))?;
                Ok(reply.map_or(Reply::Back, |b| Reply::Answer(Some(Answer::Bool(b)))))
            }
            QuestionKind::Choice { options } => {
                let mut items: Vec<String> = options
                    .iter()
                    .map(|o| printable(&o.label).into_owned())
                    .collect();
                if skip {
                    items.push("Skip this question".into());
                }
                let default = match previous {
                    Some(Answer::Choice(v)) => options.iter().position(|o| &o.value == v),
                    _ => None,
                }
                .unwrap_or(0);
                let picked = checked(
                    Select::with_theme(&self.theme)
                        .with_prompt("Choose one")
                        .items(&items)
                        .default(default)
                        .interact_on_opt(&self.term),
                )?;
                Ok(match picked {
                    None => Reply::Back,
                    Some(i) if i >= options.len() => Reply::Answer(None),
                    Some(i) => Reply::Answer(Some(Answer::Choice(options[i].value.clone()))),
                })
            }
            QuestionKind::Multi { options } => {
                let checked_before: Vec<bool> = options
                    .iter()
                    .map(|o| matches!(previous, Some(Answer::Multi(v)) if v.contains(&o.value)))
                    .collect();
                let picked = checked(
                    MultiSelect::with_theme(&self.theme)
                        .with_prompt(
                            "Choose all that apply (space ticks, enter when done, none is fine)",
                        )
                        .items(options.iter().map(|o| printable(&o.label).into_owned()))
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
                let items: Vec<String> = (*min..=*max)
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
                let picked = checked(
                    Select::with_theme(&self.theme)
                        .with_prompt("Choose a number")
                        .items(&items)
                        .default(default)
                        .max_length(12)
                        .interact_on_opt(&self.term),
                )?;
                Ok(match picked {
                    None => Reply::Back,
                    Some(i) => Reply::Answer(Some(Answer::Int(min + i as i64))),
                })
            }
            QuestionKind::Scale { min, max, .. } | QuestionKind::Number { min, max, .. } => {
                let prompt = format!(
                    "Type a number from {min} to {max} ({}back)",
                    if skip { "or skip, or " } else { "or " }
                );
                let mut input = Input::<String>::with_theme(&self.theme)
                    .with_prompt(prompt)
                    .validate_with(|text: &String| -> Result<(), String> {
                        if text.trim().eq_ignore_ascii_case("back") {
                            return Ok(());
                        }
                        parse_typed(question, text)
                            .map(|_| ())
                            .map_err(|accepted| format!("Please type {accepted}, or back"))
                    });
                if let Some(Answer::Int(n)) = previous {
                    input = input.default(n.to_string());
                }
                let text = checked(input.interact_text_on(&self.term))?;
                if text.trim().eq_ignore_ascii_case("back") {
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

    fn urgent_block(&mut self, factors: &[&Factor]) -> Result<UrgentChoice, PromptError> {
        let red = Style::new().red().bold();
        self.term.write_line("")?;
        self.say("!! GET HELP NOW", "", &red)?;
        for f in factors {
            self.say(&f.label, "", &red)?;
            if let Some(advice) = &f.advice {
                self.say(advice, "  ", &Style::new().bold())?;
            }
        }
        let _guard = PromptGuard::open();
        let picked = checked(
            Select::with_theme(&self.theme)
                .with_prompt("What next?")
                .items([
                    "Show my summary now",
                    "Change that answer",
                    "Go on with the questions",
                    "Quit",
                ])
                .default(0)
                .interact_on_opt(&self.term),
        )?;
        Ok(match picked {
            Some(0) => UrgentChoice::Summary,
            None | Some(1) => UrgentChoice::Back,
            Some(2) => UrgentChoice::Continue,
            Some(_) => UrgentChoice::Quit,
        })
    }
}

/// Maps dialoguer's error: Ctrl-C stops the run here, with the terminal restored.
fn checked<T>(result: dialoguer::Result<T>) -> Result<T, PromptError> {
    match result {
        Ok(v) => Ok(v),
        Err(dialoguer::Error::IO(e)) if e.kind() == io::ErrorKind::Interrupted => {
            Err(PromptError::Interrupted)
        }
        Err(dialoguer::Error::IO(e)) => Err(PromptError::Io(e)),
    }
}

impl Ui for Rich {
    fn intro(&mut self, q: &Questionnaire) -> Result<(), PromptError> {
        self.intro_block(q)
    }

    fn ask(
        &mut self,
        question: &Question,
        progress: Progress,
        previous: Option<&Answer>,
    ) -> Result<Reply, PromptError> {
        let reply = self.ask_once(question, progress, previous)?;
        if reply == Reply::Back {
            self.say("Back to the previous question.", "  ", &Style::new().dim())?;
        }
        Ok(reply)
    }

    fn urgent(&mut self, factors: &[&Factor]) -> Result<UrgentChoice, PromptError> {
        self.urgent_block(factors)
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
            let width = self.width();
            let lines: Vec<String> = rows
                .iter()
                .enumerate()
                .map(|(i, r)| {
                    // The answer first: a long question must not push it off the line.
                    let line = format!("{:>2}. {} \u{2014} {}", i + 1, r.answer, r.text.trim());
                    let line = printable(&line).replace('\n', " ");
                    console::truncate_str(&line, width.saturating_sub(4), "…").into_owned()
                })
                .collect();
            for line in &lines {
                self.term.write_line(&format!("  {line}"))?;
            }
            let _guard = PromptGuard::open();
            let picked = checked(
                Select::with_theme(&self.theme)
                    .with_prompt("Ready?")
                    .items(["Show my summary", "Change an answer"])
                    .default(0)
                    .interact_on_opt(&self.term),
            )?;
            if picked != Some(1) {
                return Ok(ReviewChoice::Summary);
            }
            let which = checked(
                Select::with_theme(&self.theme)
                    .with_prompt("Which answer? (Esc: back to the list)")
                    .items(&lines)
                    .default(0)
                    .max_length(10)
                    .interact_on_opt(&self.term),
            )?;
            if let Some(i) = which {
                return Ok(ReviewChoice::Change(rows[i].id.clone()));
            }
        }
    }

    fn offer_save(&mut self, suggestion: &str) -> Result<Option<String>, PromptError> {
        let _guard = PromptGuard::open();
        let save = checked(
            Confirm::with_theme(&self.theme)
                .with_prompt("Save your answers to a file, to run this again later?")
                .default(false)
                .interact_on_opt(&self.term),
        )?;
        if save != Some(true) {
            return Ok(None);
        }
        let name = checked(
            Input::<String>::with_theme(&self.theme)
                .with_prompt("File name")
                .default(suggestion.to_owned())
                .interact_text_on(&self.term),
        )?;
        Ok(Some(name))
    }

    fn confirm(&mut self, question: &str) -> Result<bool, PromptError> {
        let _guard = PromptGuard::open();
        let yes = checked(
            Confirm::with_theme(&self.theme)
                .with_prompt(question)
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

/// About how long the questionnaire takes: ten seconds a question, rounded up.
pub fn minutes(questions: usize) -> String {
    match questions.div_ceil(6).max(1) {
        1 => "about a minute".into(),
        m => format!("about {m} minutes"),
    }
}
