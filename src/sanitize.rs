//! Makes text from content files and answers safe to print.
//!
//! A questionnaire or answers file could hold escape sequences that clear the
//! screen, set the window title or hide text. Everything user-supplied passes
//! through `printable` before it reaches text or markdown output, so a saved
//! report is safe to `cat` later too. JSON output needs none of this: JSON
//! escapes control characters itself.

use std::borrow::Cow;

/// Whether a character must not reach a terminal raw: C0 and C1 controls other
/// than newline and tab, and the bidirectional overrides that reorder text.
fn is_unsafe(c: char) -> bool {
    (c.is_control() && c != '\n' && c != '\t')
        || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// The text with every unsafe character shown as a visible escape, e.g. `\u{1b}`.
pub fn printable(text: &str) -> Cow<'_, str> {
    if !text.chars().any(is_unsafe) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if is_unsafe(c) {
            out.extend(c.escape_unicode());
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_text_is_borrowed_unchanged() {
        assert!(matches!(
            printable("Muscle tension: ça va\n\tok"),
            Cow::Borrowed(_)
        ));
    }

    #[test]
    fn escapes_and_bell_become_visible() {
        assert_eq!(printable("a\u{1b}[2Jb\u{7}"), "a\\u{1b}[2Jb\\u{7}");
        assert_eq!(printable("x\u{9b}y"), "x\\u{9b}y");
        assert_eq!(printable("\u{202e}abc"), "\\u{202e}abc");
        assert_eq!(printable("back\u{8}"), "back\\u{8}");
    }
}
