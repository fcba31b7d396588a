//! Plain prompts for screen readers and simple terminals (`--plain`,
//! `TERM=dumb`, `ACCESSIBLE`): numbered options, typed answers, one line at a
//! time, no colour, no cursor movement and no redrawing. The same answers as
//! piped lines are accepted (`parse_typed`), plus `back`.

use crate::words::{t, ta};
use std::io::{self, BufRead, Write};

use super::interview::{
    Intro, Progress, PromptError, Reply, ReviewChoice, ReviewRow, Ui, Urgent, UrgentChoice,
};
use super::{describe, parse_typed};
use crate::answer::Answer;
use crate::content::{Factor, Question, QuestionKind, Questionnaire};
use crate::sanitize::printable;
use crate::wrap::wrap_lines;

/// Typed prompts over a line reader and a writer (standard error).
pub struct Plain<R, W> {
    input: R,
    out: W,
    /// Columns to wrap at.
    width: usize,
}

impl<R: BufRead, W: Write> Plain<R, W> {
    /// Prompts written to `out`, answers read from `input`, wrapped at the
    /// width of the terminal on standard error (80 when it is unknown).
    pub fn new(input: R, out: W) -> Self {
        let width = console::Term::stderr()
            .size_checked()
            .map_or(80, |(_, cols)| usize::from(cols));
        Plain { input, out, width }
    }

    /// Writes text wrapped at words to the terminal's width (a simple
    /// terminal cuts long lines anywhere, even inside a word); a word
    /// longer than a line, such as a path, is kept whole.
    fn say(&mut self, text: &str) -> io::Result<()> {
        self.say_hanging(text, "")
    }

    /// `say`, with the lines after the first indented by `rest`.
    fn say_hanging(&mut self, text: &str, rest: &str) -> io::Result<()> {
        for line in wrap_lines(text, self.width.max(20), "", rest) {
            writeln!(self.out, "{line}")?;
        }
        Ok(())
    }

    /// Reads one line; the end of input stops the run like Ctrl-C.
    fn read(&mut self, prompt: &str) -> Result<String, PromptError> {
        // The prompt's last line is where the answer is typed.
        let mut lines = wrap_lines(prompt, self.width.max(20).saturating_sub(1), "", "");
        let last = lines.pop().unwrap_or_default();
        for line in lines {
            writeln!(self.out, "{line}")?;
        }
        write!(self.out, "{last} ")?;
        self.out.flush()?;
        let mut line = String::new();
        match self.input.read_line(&mut line) {
            Ok(0) => return Err(PromptError::Interrupted),
            Ok(_) => {}
            Err(e) if crate::interrupt::is_stop(&e) => return Err(PromptError::Interrupted),
            Err(e) => return Err(e.into()),
        }
        Ok(line.trim().to_owned())
    }

    /// Asks until the reply is a number from 1 to `n`.
    fn pick(&mut self, prompt: &str, n: usize) -> Result<usize, PromptError> {
        loop {
            let line = self.read(prompt)?;
            match line.parse::<usize>() {
                Ok(i) if (1..=n).contains(&i) => return Ok(i),
                _ => self.say(&ta("prompt-plain-pick-again", &[("n", n.into())]))?,
            }
        }
    }
}

/// The choices after an urgent answer, the first being the default.
pub(crate) fn urgent_choices() -> [String; 3] {
    [
        t("prompt-urgent-show"),
        t("prompt-urgent-go-on"),
        t("prompt-urgent-mistake"),
    ]
}

/// How to answer a question, in words for typing.
fn how_to_answer(q: &Question) -> String {
    let mut s = match &q.kind {
        QuestionKind::YesNo { not_sure: false } => t("prompt-plain-yes-no"),
        QuestionKind::YesNo { not_sure: true } => t("prompt-plain-yes-no-not-sure"),
        QuestionKind::Choice { options } => {
            ta("prompt-plain-choice", &[("count", options.len().into())])
        }
        QuestionKind::Multi { .. } => t("prompt-plain-multi"),
        QuestionKind::Scale {
            min,
            max,
            min_label,
            max_label,
        } => ta(
            "prompt-plain-scale",
            &[
                ("min", (*min).into()),
                ("max", (*max).into()),
                ("min_label", min_label.as_str().into()),
                ("max_label", max_label.as_str().into()),
            ],
        ),
        QuestionKind::Number { min, max, unit } => ta(
            if unit.is_some() {
                "prompt-plain-number-unit"
            } else {
                "prompt-plain-number"
            },
            &[
                ("min", (*min).into()),
                ("max", (*max).into()),
                ("unit", unit.clone().unwrap_or_default().into()),
            ],
        ),
    };
    if !q.required {
        s.push_str(&t("prompt-or-skip"));
    }
    s.push_str(&t("prompt-plain-back"));
    s
}

impl<R: BufRead, W: Write> Ui for Plain<R, W> {
    fn intro(&mut self, q: &Questionnaire, intro: &Intro<'_>) -> Result<(), PromptError> {
        self.say(&q.title)?;
        self.say(&q.intro)?;
        if let Some(note) = intro.note {
            self.say(note)?;
        }
        self.say(&ta(
            "prompt-plain-intro",
            &[("how_long", super::prompt::how_long(intro).into())],
        ))?;
        Ok(())
    }

    fn back(&mut self, first: bool) -> Result<(), PromptError> {
        if first {
            self.say(&t("prompt-first-question"))?;
        }
        Ok(())
    }

    fn ask(
        &mut self,
        question: &Question,
        progress: Progress,
        previous: Option<&Answer>,
    ) -> Result<Reply, PromptError> {
        writeln!(self.out)?;
        self.say(&ta(
            "prompt-plain-question",
            &[
                ("position", progress.position.into()),
                ("total", progress.total.into()),
                ("text", question.text.as_str().into()),
            ],
        ))?;
        if let Some(help) = &question.help {
            self.say(help)?;
        }
        for (i, o) in question.options().iter().enumerate() {
            self.say_hanging(&format!("{}. {}", i + 1, printable(&o.label)), "   ")?;
        }
        let how = how_to_answer(question);
        self.say(&how)?;
        if let Some(p) = previous {
            self.say(&ta(
                "prompt-plain-keep",
                &[("answer", describe(question, p).into())],
            ))?;
        }
        loop {
            let line = self.read(">")?;
            if super::is_back(&line) {
                return Ok(Reply::Back);
            }
            if line.is_empty() {
                if let Some(p) = previous {
                    return Ok(Reply::Answer(Some(p.clone())));
                }
            }
            match parse_typed(question, &line) {
                Ok(answer) => return Ok(Reply::Answer(answer)),
                Err(_) => self.say(&ta(
                    "prompt-plain-not-an-answer",
                    &[("how", how.as_str().into())],
                ))?,
            }
        }
    }

    fn urgent(&mut self, urgent: &Urgent) -> Result<UrgentChoice, PromptError> {
        writeln!(self.out)?;
        self.say(&t("prompt-plain-get-help"))?;
        self.say(&urgent.headline)?;
        for (label, advice) in &urgent.signs {
            self.say(&format!("{}.", label.trim_end_matches('.')))?;
            if let Some(advice) = advice {
                self.say(advice)?;
            }
        }
        self.say(&t("prompt-urgent-not-sure"))?;
        for (i, choice) in urgent_choices().iter().enumerate() {
            self.say(&format!("{}. {choice}", i + 1))?;
        }
        Ok(match self.pick(&t("prompt-plain-pick-3"), 3)? {
            2 => UrgentChoice::Continue,
            3 => UrgentChoice::Back,
            _ => UrgentChoice::Summary,
        })
    }

    fn note(&mut self, factor: &Factor) -> Result<(), PromptError> {
        self.say(&ta(
            "prompt-noted",
            &[("sign", factor.label.as_str().into())],
        ))?;
        Ok(())
    }

    fn review(&mut self, rows: &[ReviewRow]) -> Result<ReviewChoice, PromptError> {
        writeln!(self.out)?;
        self.say(&t("prompt-plain-your-answers"))?;
        for (i, r) in rows.iter().enumerate() {
            self.say(&ta(
                "prompt-plain-review-row",
                &[
                    ("number", (i + 1).into()),
                    ("text", r.text.trim().into()),
                    ("answer", r.answer.as_str().into()),
                ],
            ))?;
        }
        self.say(&t("prompt-plain-review-back"))?;
        loop {
            let line = self.read(&t("prompt-plain-review-pick"))?;
            match line.parse::<usize>() {
                _ if line.is_empty() => return Ok(ReviewChoice::Summary),
                // As at every question: back is the last question.
                _ if super::is_back(&line) => return Ok(ReviewChoice::Back),
                Ok(i) if (1..=rows.len()).contains(&i) => {
                    return Ok(ReviewChoice::Change(rows[i - 1].id.clone()));
                }
                _ => self.say(&ta("prompt-plain-pick-again", &[("n", rows.len().into())]))?,
            }
        }
    }

    fn offer_save(&mut self, suggestion: &str) -> Result<Option<String>, PromptError> {
        loop {
            let line = self.read(&t("prompt-plain-save"))?;
            if line.is_empty() {
                return Ok(None);
            }
            match super::yes_no(&line, false) {
                Some(Answer::Bool(true)) => break,
                Some(_) => return Ok(None),
                None => {}
            }
        }
        self.file_name(suggestion)
    }

    fn file_name(&mut self, suggestion: &str) -> Result<Option<String>, PromptError> {
        let name = self.read(&ta(
            "prompt-plain-file-name",
            &[("suggestion", suggestion.into())],
        ))?;
        Ok(match name {
            _ if super::is_back(&name) => None,
            _ if name.is_empty() => Some(suggestion.to_owned()),
            _ => Some(name),
        })
    }

    fn confirm(&mut self, question: &str) -> Result<bool, PromptError> {
        let line = self.read(&ta(
            "prompt-plain-confirm",
            &[("question", question.into())],
        ))?;
        Ok(super::yes_no(&line, false) == Some(Answer::Bool(true)))
    }

    fn tell(&mut self, text: &str) -> Result<(), PromptError> {
        if text.is_empty() {
            writeln!(self.out)?;
        }
        self.say(text)?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::answers::interview::{Outcome, run};

    const MINI: &str = include_str!("../../tests/fixtures/content/minimal.toml");

    fn interview(input: &str) -> (Result<Outcome, PromptError>, String) {
        let q = crate::content::load_test("minimal", MINI).expect("fixture");
        let mut out = Vec::new();
        let result = run(&q, &mut Plain::new(input.as_bytes(), &mut out));
        (result, String::from_utf8(out).expect("utf-8"))
    }

    #[test]
    fn typed_answers_numbers_back_and_review() {
        // saddle: "maybe" is refused, then n; tightness: back, n again, 8;
        // where: 1; review: Enter.
        let (result, out) = interview("maybe\nn\nback\n\n8\n1\n\n");
        let Ok(Outcome { answers, complete }) = result else {
            panic!("{result:?}\n{out}");
        };
        assert!(complete);
        assert_eq!(answers.get("tightness"), Some(&Answer::Int(8)));
        assert_eq!(
            answers.get("where"),
            Some(&Answer::Multi(vec!["left".into()]))
        );
        assert!(
            out.contains("Question 1 of 2: Is the area you sit on numb?"),
            "{out}"
        );
        assert!(
            out.contains("Sorry, that is not an answer here. Type y or n."),
            "{out}"
        );
        assert!(
            out.contains("Press Enter to keep your answer: no."),
            "{out}"
        );
        assert!(out.contains("Question 3 of 3: Where is it tight?"), "{out}");
        assert!(out.contains("1. Left side\n2. Right side\n"), "{out}");
        assert!(!out.contains('\u{1b}'), "no escape sequences in plain mode");
    }

    #[test]
    fn an_urgent_answer_is_said_at_once() {
        let (result, out) = interview("y\n1\n");
        assert!(
            matches!(
                result,
                Ok(Outcome {
                    complete: false,
                    ..
                })
            ),
            "{result:?}"
        );
        // Wrapped to the width: compared word by word.
        let flat = out.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(
            flat.contains(
                &"GET HELP NOW.\nCall your local emergency number (999 in the UK, 911 in the US and Canada, 112 in the EU and India, 000 in Australia, 111 in New Zealand) now, or go to the nearest hospital emergency department.\nNumbness in the saddle area.\nGo to an emergency department now.\nIf you are not sure, treat it as yes.\n1. Show me what to do now"
                    .replace('\n', " ")
            ),
            "{out}"
        );
    }

    #[test]
    fn the_end_of_input_stops_like_ctrl_c() {
        let (result, _) = interview("n\n");
        assert!(matches!(result, Err(PromptError::Interrupted)));
    }
}
