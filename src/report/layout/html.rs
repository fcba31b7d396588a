//! Blocks as HTML: one self-contained page to bring to an appointment. The style is
//! inline; there are no scripts and nothing is loaded from elsewhere (a
//! Content-Security-Policy says so to the browser too), so the file works
//! offline and is safe to send. Every text from content or answers is
//! escaped here. Print CSS keeps it whole on A4 and US Letter.

use crate::wrap::paragraphs;

/// The page's style: readable on a screen, and on paper without anything
/// cut off (fluid widths, long words broken, small blocks kept together),
/// and short enough that a typical report prints on three A4 pages.
///
/// On paper (issue 23): whole sections kept together were pushed to the next
/// page, leaving pages a fifth full and reports of 5 to 8 pages; now only the
/// small blocks stay whole, each heading stays with what follows it, and the
/// consult text with the lines before it, so it never stands alone on the last
/// page. In a two-column table (a question and its answer) the question gets
/// the room. tests/integration/browser.rs prints every test person's report.
const STYLE: &str = "
:root { color-scheme: light; }
body { font-family: system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif; line-height: 1.45;
  color: #1b1b1b; background: #fff; margin: 0; }
main { max-width: 46rem; margin: 0 auto; padding: 1.5rem 1rem 3rem; }
h1 { font-size: 1.6rem; margin: 0 0 .25rem; }
h2 { font-size: 1.2rem; margin: 1.6rem 0 .5rem; border-bottom: 1px solid #ddd; padding-bottom: .2rem; }
h3 { font-size: 1.05rem; margin: 1.2rem 0 .4rem; }
p, li, td, th { overflow-wrap: anywhere; }
.meta { color: #555; margin: 0 0 1rem; }
.urgent { border: 3px solid #b03a2e; background: #fdf0ee; padding: .75rem 1rem; border-radius: 6px; }
.urgent h2 { color: #b03a2e; border: 0; margin-top: 0; }
.verdict { background: #f4f6f8; padding: .75rem 1rem; border-radius: 6px; }
.verdict h2 { border: 0; margin-top: 0; }
.because { color: #444; font-size: .95em; }
.safety-net { border: 2px solid #b03a2e; padding: .5rem 1rem; border-radius: 6px; }
.safety-net h2 { color: #b03a2e; border: 0; }
.consult { font-weight: bold; margin-top: 2rem; border-top: 1px solid #ddd; padding-top: 1rem; }
table { border-collapse: collapse; width: 100%; table-layout: fixed; margin: .5rem 0; }
th, td { border: 1px solid #ccc; padding: .3rem .45rem; text-align: left; vertical-align: top; }
th { background: #f4f6f8; }
figure { margin: 1rem 0; }
svg { max-width: 100%; height: auto; }
.chart pre { white-space: pre; overflow-x: auto; font-size: .85rem; }
@page { size: auto; margin: 12mm; }
@media print {
  body { font-size: 10pt; line-height: 1.2; }
  main { max-width: none; padding: 0; }
  h1 { font-size: 16pt; }
  h2 { font-size: 13pt; margin: .8rem 0 .25rem; }
  h3 { font-size: 11pt; margin: .5rem 0 .15rem; }
  p { margin: .3rem 0; }
  ul { margin: .25rem 0; padding-left: 1.4rem; }
  li, figure, tr, .urgent, .verdict, .consult { break-inside: avoid; }
  h2, h3 { break-after: avoid; }
  .consult { break-before: avoid; margin-top: .8rem; padding-top: .4rem; }
  .urgent, .safety-net, .verdict { background: none; }
  table { font-size: 9pt; line-height: 1.2; }
  th, td { padding: .1rem .3rem; }
  th:first-child:nth-last-child(2) { width: 75%; }
  .references { font-size: 8.5pt; }
  .because { font-size: 9pt; }
}
";

use crate::report::blocks::{Block, Kind, On, Part};
use crate::report::escape::markup as escape;

/// Writes the blocks as one page.
pub fn write(blocks: &[Block]) -> String {
    let (title, meta) = match blocks.first() {
        Some(Block::Title { text, meta }) => (text.as_str(), meta.as_str()),
        _ => ("", ""),
    };
    let mut page = Page::new(title, meta);
    let mut consult = "";
    for block in blocks {
        match block {
            Block::Title { .. } => {}
            Block::Headline { text, .. } => {
                page.open(Some("headline"));
                page.text(text);
                page.close();
            }
            Block::Section(s) if s.on == On::Terminal => {}
            Block::Section(s) => {
                page.open(match s.kind {
                    Kind::Plain => None,
                    Kind::Urgent => Some("urgent"),
                    Kind::Verdict => Some("verdict"),
                    Kind::SafetyNet => Some("safety-net"),
                });
                if let Some(h) = &s.heading {
                    page.heading(2, h);
                }
                let level = if s.kind == Kind::SafetyNet { 2 } else { 3 };
                for part in &s.parts {
                    match part {
                        Part::Text(t) => page.text(t),
                        Part::Heading(h) => page.heading(level, h),
                        Part::List(items) => page.list(items),
                        Part::Entries(entries) => {
                            page.list_open();
                            for e in entries {
                                page.item(&e.label, &e.after, &e.detail, &e.notes);
                            }
                            page.list_close();
                        }
                        Part::Table { header, rows } => page.table(header, rows),
                        Part::Chart { lines, svg } => match svg {
                            Some((svg, caption)) => page.svg(svg, caption),
                            None => page.pre(lines),
                        },
                        Part::References(refs) => {
                            let refs: Vec<String> = refs
                                .iter()
                                .map(|r| match &r.url {
                                    Some(url) => format!("{} ({url})", r.text),
                                    None => r.text.clone(),
                                })
                                .collect();
                            page.list_of("references", &refs);
                        }
                    }
                }
                page.close();
            }
            Block::Consult(text) => consult = text,
        }
    }
    page.finish(consult)
}

/// A page being written.
pub struct Page {
    html: String,
}

impl Page {
    /// Starts a page with its title and the line under it.
    pub fn new(title: &str, meta: &str) -> Page {
        let title = one_line(title);
        let mut html = format!(
            "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n",
            crate::words::lang().tag()
        );
        html.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        html.push_str("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n");
        html.push_str(&format!(
            "<title>{}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n<main>\n",
            escape(&title)
        ));
        html.push_str(&format!(
            "<h1>{}</h1>\n<p class=\"meta\">{}</p>\n",
            escape(&title),
            escape(meta)
        ));
        Page { html }
    }

    /// Opens a section, with a class when given.
    pub fn open(&mut self, class: Option<&str>) {
        match class {
            Some(c) => self.html.push_str(&format!("<section class=\"{c}\">\n")),
            None => self.html.push_str("<section>\n"),
        }
    }

    /// Closes the section.
    pub fn close(&mut self) {
        self.html.push_str("</section>\n");
    }

    /// A heading, level 2 or 3.
    pub fn heading(&mut self, level: u8, text: &str) {
        let level = level.clamp(2, 3);
        self.html.push_str(&format!(
            "<h{level}>{}</h{level}>\n",
            escape(&one_line(text))
        ));
    }

    /// Text as paragraphs (a blank line starts a new one).
    pub fn text(&mut self, text: &str) {
        for p in paragraphs(text) {
            self.html.push_str(&format!("<p>{}</p>\n", escape(&p)));
        }
    }

    /// A list of texts.
    pub fn list(&mut self, items: &[String]) {
        self.list_of("", items);
    }

    /// A list of texts, with a class when not empty.
    pub fn list_of(&mut self, class: &str, items: &[String]) {
        if items.is_empty() {
            return;
        }
        if class.is_empty() {
            self.html.push_str("<ul>\n");
        } else {
            self.html.push_str(&format!("<ul class=\"{class}\">\n"));
        }
        for item in items {
            self.html
                .push_str(&format!("<li>{}</li>\n", escape(&one_line(item))));
        }
        self.html.push_str("</ul>\n");
    }

    /// A list item with a bold label, words after it, and smaller lines
    /// under it; the caller opens and closes the list.
    pub fn item(&mut self, label: &str, after: &str, detail: &str, notes: &[String]) {
        self.html.push_str(&format!(
            "<li><strong>{}</strong>{}",
            escape(&one_line(label)),
            escape(after)
        ));
        if !detail.is_empty() {
            self.html
                .push_str(&format!("<br>{}", escape(&one_line(detail))));
        }
        for n in notes {
            self.html.push_str(&format!(
                "<br><span class=\"because\">{}</span>",
                escape(&one_line(n))
            ));
        }
        self.html.push_str("</li>\n");
    }

    /// Opens or closes a bare list, for `item`.
    pub fn list_open(&mut self) {
        self.html.push_str("<ul>\n");
    }

    /// See `list_open`.
    pub fn list_close(&mut self) {
        self.html.push_str("</ul>\n");
    }

    /// A table with a header row.
    pub fn table(&mut self, header: &[String], rows: &[Vec<String>]) {
        self.html.push_str("<table>\n<thead><tr>");
        for h in header {
            self.html.push_str(&format!("<th>{}</th>", escape(h)));
        }
        self.html.push_str("</tr></thead>\n<tbody>\n");
        for row in rows {
            self.html.push_str("<tr>");
            for cell in row {
                self.html
                    .push_str(&format!("<td>{}</td>", escape(&one_line(cell))));
            }
            self.html.push_str("</tr>\n");
        }
        self.html.push_str("</tbody>\n</table>\n");
    }

    /// Preformatted text (the terminal chart).
    pub fn pre(&mut self, lines: &[String]) {
        self.html.push_str("<div class=\"chart\"><pre>");
        for l in lines {
            self.html.push_str(&escape(l));
            self.html.push('\n');
        }
        self.html.push_str("</pre></div>\n");
    }

    /// An SVG picture that backcheck drew itself (its texts are escaped by
    /// the SVG renderer), inside a figure.
    pub fn svg(&mut self, svg: &str, caption: &str) {
        self.html.push_str("<figure>\n");
        // The XML declaration has no place inside HTML.
        let svg = svg.trim_start_matches(|c| c != '<');
        let svg = match svg.strip_prefix("<?xml") {
            Some(rest) => rest.split_once("?>").map_or(svg, |(_, s)| s.trim_start()),
            None => svg,
        };
        // Inline SVG needs no namespace in HTML: the page names no address.
        let svg = svg.replacen(" xmlns=\"http://www.w3.org/2000/svg\"", "", 1);
        self.html.push_str(svg.trim_end());
        self.html.push_str(&format!(
            "\n<figcaption>{}</figcaption>\n</figure>\n",
            escape(caption)
        ));
    }

    /// Ends the page with the consult text.
    pub fn finish(mut self, consult: &str) -> String {
        self.html.push_str("<div class=\"consult\">\n");
        for p in paragraphs(consult) {
            self.html.push_str(&format!("<p>{}</p>\n", escape(&p)));
        }
        self.html.push_str("</div>\n</main>\n</body>\n</html>\n");
        self.html
    }
}

/// Text on one line: paragraphs joined by spaces.
fn one_line(text: &str) -> String {
    paragraphs(text).join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_escaped_and_control_characters_shown() {
        assert_eq!(
            escape("<script>alert(\"x\")</script> & 'y'\u{1b}[2J"),
            "&lt;script&gt;alert(&quot;x&quot;)&lt;&#x2F;script&gt; &amp; &#x27;y&#x27;\\u{1b}[2J"
        );
    }
}
