//! One escaper per format that reads markup, used wherever that format is
//! written: `markup` for HTML, SVG and the FHIR narrative's XHTML, and
//! `markdown`. Both first make control characters visible (`\u{7}`), so none
//! reaches a file: XML does not allow them at all, and a terminal that shows
//! a saved report would act on them. (JSON escapes them itself; CSV quotes.)

use std::borrow::Cow;

use crate::sanitize::printable;

/// Text as it may stand in HTML or XML, in an element or a quoted
/// attribute: control characters made visible, then `&`, `<`, `>`, quotes
/// and `/` written as references (by `html-escape`).
pub fn markup(text: &str) -> String {
    html_escape::encode_safe(&printable(text)).into_owned()
}

/// ASCII punctuation that markdown may read as markup anywhere in a line
/// (`&` only where it starts a character reference, and `!` needs a `[`).
fn is_inline_markup(c: char) -> bool {
    matches!(
        c,
        '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '~'
    )
}

/// Whether `rest` (after a `&`) would make a character reference: `&amp;`,
/// `&#35;`.
fn is_reference(rest: &str) -> bool {
    let name = rest
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '#')
        .count();
    name > 0 && rest[name..].starts_with(';')
}

/// Text as it may stand within a markdown line (after other text, or in a
/// table cell): on one line, control characters made visible, every
/// character markdown reads as inline markup backslash-escaped.
pub fn markdown_inline(text: &str) -> String {
    escape_markdown(&crate::wrap::paragraphs(text).join(" "), false)
}

/// Text as it may stand in markdown and be read as the same text: control
/// characters made visible, every character markdown reads as inline markup
/// backslash-escaped, and a line that would start a heading, list, quote or
/// rule escaped at its start.
pub fn markdown(text: &str) -> String {
    escape_markdown(text, true)
}

fn escape_markdown(text: &str, starts_lines: bool) -> String {
    let text: Cow<'_, str> = printable(text);
    let mut out = String::with_capacity(text.len() + 8);
    for (i, line) in text.split('\n').enumerate() {
        if i > 0 {
            out.push('\n');
        }
        let body = line.trim_start();
        out.push_str(&line[..line.len() - body.len()]);
        let block = block_marker(body).filter(|_| starts_lines);
        for (at, c) in body.char_indices() {
            if is_inline_markup(c)
                || Some(at) == block
                || (c == '&' && is_reference(&body[at + 1..]))
            {
                out.push('\\');
            }
            out.push(c);
        }
    }
    out
}

/// Where a line starting with `body` would be read as a block, if it would:
/// a heading (`#`), a list item (`-`, `+`, `1.`, `1)`), or a rule or setext
/// underline (`=`, `-`). (A quote's `>` is escaped anyway.)
fn block_marker(body: &str) -> Option<usize> {
    let digits = body.chars().take_while(char::is_ascii_digit).count();
    match body.chars().next() {
        Some('#' | '-' | '+' | '=') => Some(0),
        Some(c)
            if c.is_ascii_digit() && matches!(body[digits..].chars().next(), Some('.' | ')')) =>
        {
            Some(digits)
        }
        _ => None,
    }
}

/// `markdown` for one line, a table cell or a list item: line breaks
/// become spaces first.
pub fn markdown_line(text: &str) -> String {
    markdown(&crate::wrap::paragraphs(text).join(" "))
}

/// `markdown` for paragraphs: a blank line between them.
pub fn markdown_paragraphs(text: &str) -> String {
    crate::wrap::paragraphs(text)
        .iter()
        .map(|p| markdown(p))
        .collect::<Vec<_>>()
        .join("\n\n")
}

/// An address as a markdown autolink (`<https://...>`), or as escaped text
/// when it could not be one.
pub fn markdown_url(url: &str) -> String {
    let autolink = !url.is_empty()
        && url
            .chars()
            .all(|c| c.is_ascii_graphic() && !matches!(c, '<' | '>'));
    if autolink {
        format!("<{url}>")
    } else {
        markdown_line(url)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_escapes_and_shows_controls() {
        assert_eq!(
            markup("a <b> & \"c\" 'd'\u{7}"),
            "a &lt;b&gt; &amp; &quot;c&quot; &#x27;d&#x27;\\u{7}"
        );
    }

    #[test]
    fn markdown_escapes_what_markdown_reads() {
        assert_eq!(
            markdown("*a* _b_ `c` [d](e) <f>"),
            "\\*a\\* \\_b\\_ \\`c\\` \\[d\\](e) \\<f\\>"
        );
        assert_eq!(markdown("# no heading"), "\\# no heading");
        assert_eq!(
            markdown("1. not a list\n- nor this"),
            "1\\. not a list\n\\- nor this"
        );
        assert_eq!(markdown("12 weeks. 3) fine"), "12 weeks. 3) fine");
        assert_eq!(markdown("bell\u{7}"), "bell\\\\u{7}");
        assert_eq!(markdown("A&E, &amp; &#35;"), "A&E, \\&amp; \\&#35;");
    }
}
