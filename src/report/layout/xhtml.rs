//! Blocks as a FHIR narrative: one XHTML `div` of the few elements FHIR
//! allows (`p`, `b`, `ul`, `li`), every text escaped. What a terminal
//! shows, it shows; the answers themselves are the resource's items.

use crate::report::blocks::{Block, On, Part};
use crate::report::escape::markup;
use crate::wrap::paragraphs;

/// Writes the blocks as a narrative `div`.
pub fn write(blocks: &[Block]) -> String {
    let mut s = String::from("<div xmlns=\"http://www.w3.org/1999/xhtml\">");
    let bold = |s: &mut String, text: &str| s.push_str(&format!("<p><b>{}</b></p>", line(text)));
    let list = |s: &mut String, items: &[String]| {
        if items.is_empty() {
            return;
        }
        s.push_str("<ul>");
        for item in items {
            s.push_str(&format!("<li>{}</li>", line(item)));
        }
        s.push_str("</ul>");
    };
    for block in blocks {
        match block {
            Block::Title { text, .. } | Block::Headline { text, .. } => bold(&mut s, text),
            Block::Section(section) if section.on == On::Paper => {}
            Block::Section(section) => {
                if let Some(h) = &section.heading {
                    bold(&mut s, h);
                }
                for part in &section.parts {
                    match part {
                        Part::Text(t) => {
                            for p in paragraphs(t) {
                                s.push_str(&format!("<p>{}</p>", markup(&p)));
                            }
                        }
                        Part::Heading(h) => bold(&mut s, h),
                        Part::List(items) => list(&mut s, items),
                        Part::Entries(entries) => {
                            let items: Vec<String> = entries
                                .iter()
                                .map(|e| {
                                    let mut item = format!("{}{}", e.label, e.after);
                                    for more in std::iter::once(&e.detail).chain(&e.notes) {
                                        if !more.is_empty() {
                                            item.push_str(&format!(
                                                ". {}",
                                                more.trim_end_matches('.')
                                            ));
                                        }
                                    }
                                    item
                                })
                                .collect();
                            list(&mut s, &items);
                        }
                        Part::Table { .. } | Part::Chart { .. } | Part::References(_) => {}
                    }
                }
            }
            Block::Consult(text) => s.push_str(&format!("<p>{}</p>", line(text))),
        }
    }
    s.push_str("</div>");
    s
}

/// Text on one line, escaped.
fn line(text: &str) -> String {
    markup(&paragraphs(text).join(" "))
}
