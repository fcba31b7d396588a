//! How the prompts look: dialoguer's colourful theme, with three changes that
//! matter without colour too. The current row of a "choose all that apply"
//! list has a visible marker (`❯`), not only a colour; an item that was
//! wrapped onto several lines keeps its later lines under its text; and a
//! list answered with nothing ticked says "none". An answer line longer
//! than the terminal is wrapped at words, its later lines indented.

use std::cell::Cell;
use std::fmt;

use dialoguer::theme::{ColorfulTheme, Theme as DialoguerTheme};

/// Columns before an item's text in a single-choice list: "❯ ".
pub const SELECT_PREFIX: usize = 2;
/// Columns before an item's text in a multi-choice list: "❯ ✔ ".
pub const MULTI_PREFIX: usize = 4;

/// The theme of every dialoguer prompt.
pub struct Theme {
    inner: ColorfulTheme,
    /// Columns an answer line may take; the prompts set it to the
    /// terminal's width before they draw, since the terminal may be resized.
    pub width: Cell<usize>,
}

impl Default for Theme {
    fn default() -> Theme {
        Theme {
            inner: ColorfulTheme::default(),
            width: Cell::new(79),
        }
    }
}

impl Theme {
    /// The answer after "✔ prompt · ", on one line when it fits, else
    /// wrapped at words with its later lines indented.
    fn answer_lines(&self, prompt: &str, answer: &str) -> String {
        let answer = answer.split_whitespace().collect::<Vec<_>>().join(" ");
        // "✔ " + prompt + " · " come first on the line.
        let before = " ".repeat(console::measure_text_width(prompt) + 5);
        let lines = crate::wrap::wrap_lines(&answer, self.width.get().max(20), &before, "    ");
        let text = lines.join("\n");
        text.strip_prefix(before.as_str())
            .map_or_else(|| text.trim_start().to_owned(), str::to_owned)
    }
}

/// Later lines of a wrapped item, moved under its text.
fn indent(text: &str, columns: usize) -> String {
    text.replace('\n', &format!("\n{}", " ".repeat(columns)))
}

impl DialoguerTheme for Theme {
    fn format_prompt(&self, f: &mut dyn fmt::Write, prompt: &str) -> fmt::Result {
        self.inner.format_prompt(f, prompt)
    }

    fn format_error(&self, f: &mut dyn fmt::Write, err: &str) -> fmt::Result {
        self.inner.format_error(f, err)
    }

    fn format_confirm_prompt(
        &self,
        f: &mut dyn fmt::Write,
        prompt: &str,
        default: Option<bool>,
    ) -> fmt::Result {
        self.inner.format_confirm_prompt(f, prompt, default)
    }

    fn format_confirm_prompt_selection(
        &self,
        f: &mut dyn fmt::Write,
        prompt: &str,
        selection: Option<bool>,
    ) -> fmt::Result {
        self.inner
            .format_confirm_prompt_selection(f, prompt, selection)
    }

    fn format_input_prompt(
        &self,
        f: &mut dyn fmt::Write,
        prompt: &str,
        default: Option<&str>,
    ) -> fmt::Result {
        self.inner.format_input_prompt(f, prompt, default)
    }

    fn format_input_prompt_selection(
        &self,
        f: &mut dyn fmt::Write,
        prompt: &str,
        sel: &str,
    ) -> fmt::Result {
        self.inner.format_input_prompt_selection(f, prompt, sel)
    }

    fn format_select_prompt(&self, f: &mut dyn fmt::Write, prompt: &str) -> fmt::Result {
        self.inner.format_select_prompt(f, prompt)
    }

    fn format_select_prompt_selection(
        &self,
        f: &mut dyn fmt::Write,
        prompt: &str,
        sel: &str,
    ) -> fmt::Result {
        // The answer as one text, however the item was wrapped in the list.
        let sel = self.answer_lines(prompt, sel);
        self.inner.format_select_prompt_selection(f, prompt, &sel)
    }

    fn format_multi_select_prompt(&self, f: &mut dyn fmt::Write, prompt: &str) -> fmt::Result {
        self.inner.format_multi_select_prompt(f, prompt)
    }

    fn format_multi_select_prompt_selection(
        &self,
        f: &mut dyn fmt::Write,
        prompt: &str,
        selections: &[&str],
    ) -> fmt::Result {
        let joined = if selections.is_empty() {
            self.answer_lines(prompt, &crate::words::t("answer-none"))
        } else {
            self.answer_lines(prompt, &selections.join(", "))
        };
        self.inner
            .format_select_prompt_selection(f, prompt, &joined)
    }

    fn format_select_prompt_item(
        &self,
        f: &mut dyn fmt::Write,
        text: &str,
        active: bool,
    ) -> fmt::Result {
        self.inner
            .format_select_prompt_item(f, &indent(text, SELECT_PREFIX), active)
    }

    fn format_multi_select_prompt_item(
        &self,
        f: &mut dyn fmt::Write,
        text: &str,
        checked: bool,
        active: bool,
    ) -> fmt::Result {
        let i = &self.inner;
        let marker = if active {
            i.active_item_prefix.to_string()
        } else {
            i.inactive_item_prefix.to_string()
        };
        let check = if checked {
            i.checked_item_prefix.to_string()
        } else {
            i.unchecked_item_prefix.to_string()
        };
        let text = indent(text, MULTI_PREFIX);
        let text = if active {
            i.active_item_style.apply_to(text)
        } else {
            i.inactive_item_style.apply_to(text)
        };
        write!(f, "{marker} {check} {text}")
    }
}

/// The style of a hint: a dim line under a prompt on how to answer it.
pub fn hint_style() -> console::Style {
    console::Style::new().for_stderr().black().bright()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_current_row_of_a_multi_list_is_marked_without_colour() {
        console::set_colors_enabled_stderr(false);
        let t = Theme::default();
        let mut active = String::new();
        t.format_multi_select_prompt_item(&mut active, "Hips", false, true)
            .expect("write");
        let mut other = String::new();
        t.format_multi_select_prompt_item(&mut other, "Hips", true, false)
            .expect("write");
        assert_eq!(active, "❯ ⬚ Hips");
        assert_eq!(other, "  ✔ Hips");
        let mut wrapped = String::new();
        t.format_multi_select_prompt_item(&mut wrapped, "A long\nlabel", false, false)
            .expect("write");
        assert_eq!(wrapped, "  ⬚ A long\n    label");
    }

    #[test]
    fn nothing_ticked_reads_none() {
        console::set_colors_enabled_stderr(false);
        let mut s = String::new();
        Theme::default()
            .format_multi_select_prompt_selection(&mut s, "Choose all that apply", &[])
            .expect("write");
        assert!(s.ends_with("none"), "{s}");
    }

    #[test]
    fn a_long_answer_wraps_at_words_within_the_width() {
        console::set_colors_enabled_stderr(false);
        let t = Theme::default();
        t.width.set(40);
        let mut s = String::new();
        t.format_multi_select_prompt_selection(
            &mut s,
            "Choose all that apply",
            &[
                "Soreness that lasted more than two\n    days",
                "Bruising",
                "Headache",
            ],
        )
        .expect("write");
        assert_eq!(
            s,
            "✔ Choose all that apply · Soreness that\n    lasted more than two days, Bruising,\n    Headache"
        );
        for line in s.lines() {
            assert!(console::measure_text_width(line) <= 40, "{line:?}");
        }
    }
}
