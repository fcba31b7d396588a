//! Text as paragraphs and as lines that fit a width: used by the prompts and
//! by every report. A leaf: it only makes text printable first.

use crate::sanitize::printable;

/// Splits text into paragraphs at blank lines; single line breaks become spaces.
/// Control characters are made visible first.
pub fn paragraphs(text: &str) -> Vec<String> {
    let text = printable(text);
    let mut out = Vec::new();
    let mut current: Vec<&str> = Vec::new();
    for line in text.lines() {
        if line.trim().is_empty() {
            if !current.is_empty() {
                out.push(current.join(" "));
                current.clear();
            }
        } else {
            current.push(line.trim());
        }
    }
    if !current.is_empty() {
        out.push(current.join(" "));
    }
    out
}

/// Text as lines at most `width` columns wide: paragraphs split at blank
/// lines (control characters made visible), `first` before the first line,
/// `rest` before every other. Words are never broken at a hyphen ("0-10",
/// "short-term"), and a word longer than a line (a path, a command) stands
/// whole on a line of its own rather than broken across two.
pub fn wrap_lines(text: &str, width: usize, first: &str, rest: &str) -> Vec<String> {
    let mut out = Vec::new();
    for (i, p) in paragraphs(text).iter().enumerate() {
        // A path or a command is kept whole even when it is longer than a
        // line; other words that long are broken to fit.
        let whole = p.split(' ').any(|w| w.contains(['/', '\\', '`']));
        let opts = textwrap::Options::new(width)
            .initial_indent(if i == 0 { first } else { rest })
            .subsequent_indent(rest)
            .word_separator(textwrap::WordSeparator::AsciiSpace)
            .word_splitter(textwrap::WordSplitter::NoHyphenation)
            .break_words(!whole);
        out.extend(textwrap::wrap(p, opts).into_iter().map(|l| l.into_owned()));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paragraphs_join_single_breaks_and_split_at_blank_lines() {
        assert_eq!(
            paragraphs("one\ntwo\n\n  three  \n"),
            ["one two".to_owned(), "three".to_owned()]
        );
        assert!(paragraphs("\n\n").is_empty());
    }

    #[test]
    fn lines_fit_the_width_and_keep_hyphenated_words_whole() {
        let lines = wrap_lines("pain on a 0-10 scale, short-term relief", 12, "- ", "  ");
        assert!(lines.iter().all(|l| l.chars().count() <= 12), "{lines:?}");
        assert!(lines.iter().any(|l| l.contains("0-10")), "{lines:?}");
        assert!(lines.iter().any(|l| l.contains("short-term")), "{lines:?}");
        assert!(lines[0].starts_with("- ") && lines[1].starts_with("  "));
    }

    #[test]
    fn a_path_longer_than_a_line_is_never_broken() {
        let path = "/home/someone/a/very/long/folder/name/backcheck-answers.toml";
        let lines = wrap_lines(&format!("Saved your answers to {path}."), 30, "", "");
        assert!(lines.iter().any(|l| l.contains(path)), "{lines:?}");
    }
}
