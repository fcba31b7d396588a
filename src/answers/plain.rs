//! Plain prompts for screen readers and simple terminals (`--plain`,
//! `TERM=dumb`, `ACCESSIBLE`): numbered options, typed answers, one line at a
//! time, no colour, no cursor movement and no redrawing. The same answers as
//! piped lines are accepted (`parse_typed`), plus `back`.

use std::io::{self, BufRead, Write};

use super::interview::{
    Intro, Progress, PromptError, Reply, ReviewChoice, ReviewRow, Ui, Urgent, UrgentChoice,
};
use super::{describe, parse_typed};
use crate::answer::Answer;
use crate::content::{Factor, Question, QuestionKind, Questionnaire};
use crate::sanitize::printable;
use crate::wrap::paragraphs;

/// Typed prompts over a line reader and a writer (standard error).
pub struct Plain<R, W> {
    input: R,
    out: W,
}

impl<R: BufRead, W: Write> Plain<R, W> {
    /// Prompts written to `out`, answers read from `input`.
    pub fn new(input: R, out: W) -> Self {
        Plain { input, out }
    }

    /// Writes each paragraph of text on its own line, unwrapped: a screen
    /// reader reads a whole sentence better than a folded one.
    fn say(&mut self, text: &str) -> io::Result<()> {
        for p in paragraphs(text) {
            writeln!(self.out, "{p}")?;
        }
        Ok(())
    }

    /// Reads one line; the end of input stops the run like Ctrl-C.
    fn read(&mut self, prompt: &str) -> Result<String, PromptError> {
        write!(self.out, "{prompt} ")?;
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

    /// Asks until the reply is a number from 1 to `n`, or empty when allowed.
    fn pick(
        &mut self,
        prompt: &str,
        n: usize,
        allow_empty: bool,
    ) -> Result<Option<usize>, PromptError> {
        loop {
            let line = self.read(prompt)?;
            if line.is_empty() && allow_empty {
                return Ok(None);
            }
            match line.parse::<usize>() {
                Ok(i) if (1..=n).contains(&i) => return Ok(Some(i)),
                _ => writeln!(self.out, "Please type a number from 1 to {n}.")?,
            }
        }
    }
}

/// The choices after an urgent answer, the first being the default.
pub(crate) const URGENT_CHOICES: [&str; 3] = [
    "Show me what to do now",
    "Go on with the questions",
    "I pressed yes by mistake",
];

/// Said under an urgent message.
pub(crate) const URGENT_NOT_SURE: &str = "If you are not sure, treat it as yes.";

/// How to answer a question, in words for typing.
fn how_to_answer(q: &Question) -> String {
    let mut s = match &q.kind {
        QuestionKind::YesNo { not_sure: false } => "Type y or n".to_owned(),
        QuestionKind::YesNo { not_sure: true } => "Type y, n or not sure".to_owned(),
        QuestionKind::Choice { options } => format!("Type a number from 1 to {}", options.len()),
        QuestionKind::Multi { .. } => {
            "Type the numbers that apply, separated by commas, or none".to_owned()
        }
        QuestionKind::Scale {
            min,
            max,
            min_label,
            max_label,
        } => format!("Type a number from {min} ({min_label}) to {max} ({max_label})"),
        QuestionKind::Number { min, max, unit } => match unit {
            Some(u) => format!("Type a number of {u} from {min} to {max}"),
            None => format!("Type a number from {min} to {max}"),
        },
    };
    if !q.required {
        s.push_str(", or skip");
    }
    s.push_str(". Type back for the previous question.");
    s
}

impl<R: BufRead, W: Write> Ui for Plain<R, W> {
    fn intro(&mut self, q: &Questionnaire, intro: &Intro<'_>) -> Result<(), PromptError> {
        self.say(&q.title)?;
        self.say(&q.intro)?;
        if let Some(note) = intro.note {
            self.say(note)?;
        }
        self.say(&format!(
            "{}. Type back to go to the previous question. Press Ctrl-C to stop; nothing is saved.",
            super::prompt::how_long(intro)
        ))?;
        Ok(())
    }

    fn back(&mut self, first: bool) -> Result<(), PromptError> {
        if first {
            self.say("This is the first question; there is none before it.")?;
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
        self.say(&format!(
            "Question {} of {}: {}",
            progress.position, progress.total, question.text
        ))?;
        if let Some(help) = &question.help {
            self.say(help)?;
        }
        for (i, o) in question.options().iter().enumerate() {
            writeln!(self.out, "{}. {}", i + 1, printable(&o.label))?;
        }
        let how = how_to_answer(question);
        self.say(&how)?;
        if let Some(p) = previous {
            self.say(&format!(
                "Press Enter to keep your answer: {}.",
                describe(question, p)
            ))?;
        }
        loop {
            let line = self.read(">")?;
            if line.eq_ignore_ascii_case("back") {
                return Ok(Reply::Back);
            }
            if line.is_empty() {
                if let Some(p) = previous {
                    return Ok(Reply::Answer(Some(p.clone())));
                }
            }
            match parse_typed(question, &line) {
                Ok(answer) => return Ok(Reply::Answer(answer)),
                Err(_) => self.say(&format!("Sorry, that is not an answer here. {how}"))?,
            }
        }
    }

    fn urgent(&mut self, urgent: &Urgent) -> Result<UrgentChoice, PromptError> {
        writeln!(self.out)?;
        self.say("GET HELP NOW.")?;
        self.say(&urgent.headline)?;
        for (label, advice) in &urgent.signs {
            self.say(&format!("{}.", label.trim_end_matches('.')))?;
            if let Some(advice) = advice {
                self.say(advice)?;
            }
        }
        self.say(URGENT_NOT_SURE)?;
        for (i, choice) in URGENT_CHOICES.iter().enumerate() {
            self.say(&format!("{}. {choice}", i + 1))?;
        }
        Ok(match self.pick("Type a number from 1 to 3:", 3, false)? {
            Some(2) => UrgentChoice::Continue,
            Some(3) => UrgentChoice::Back,
            _ => UrgentChoice::Summary,
        })
    }

    fn note(&mut self, factor: &Factor) -> Result<(), PromptError> {
        self.say(&format!(
            "Noted: {}. This is a warning sign; your summary will say what to do.",
            factor.label
        ))?;
        Ok(())
    }

    fn review(&mut self, rows: &[ReviewRow]) -> Result<ReviewChoice, PromptError> {
        writeln!(self.out)?;
        self.say("Your answers:")?;
        for (i, r) in rows.iter().enumerate() {
            self.say(&format!(
                "{}. {} Your answer: {}.",
                i + 1,
                r.text.trim(),
                r.answer
            ))?;
        }
        let picked = self.pick(
            "Type a number to change that answer, or press Enter to see your summary:",
            rows.len(),
            true,
        )?;
        Ok(match picked {
            Some(i) => ReviewChoice::Change(rows[i - 1].id.clone()),
            None => ReviewChoice::Summary,
        })
    }

    fn offer_save(&mut self, suggestion: &str) -> Result<Option<String>, PromptError> {
        loop {
            let line =
                self.read("Save your answers to a file, to run this again later? Type y or n:")?;
            match line.to_lowercase().as_str() {
                "y" | "yes" => break,
                "n" | "no" | "" => return Ok(None),
                _ => {}
            }
        }
        let name = self.read(&format!("File name (press Enter for {suggestion}):"))?;
        Ok(Some(if name.is_empty() {
            suggestion.to_owned()
        } else {
            name
        }))
    }

    fn confirm(&mut self, question: &str) -> Result<bool, PromptError> {
        let line = self.read(&format!("{question} Type y or n:"))?;
        Ok(matches!(line.to_lowercase().as_str(), "y" | "yes"))
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
        assert!(
            out.contains(
                "GET HELP NOW.\nCall your local emergency number (999 in the UK, 911 in the US and Canada, 112 in the EU and India, 000 in Australia, 111 in New Zealand) now, or go to the nearest hospital emergency department.\nNumbness in the saddle area.\nGo to an emergency department now.\nIf you are not sure, treat it as yes.\n1. Show me what to do now"
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
