//! Blocks as markdown: headings, lists and tables, every text escaped so
//! that it reads back as itself. The urgent box is a quote.

use std::io::{self, Write};

use crate::report::RenderOptions;
use crate::report::blocks::{Block, Kind, On, Part};
use crate::report::escape::{markdown_line as line, markdown_paragraphs as prose, markdown_url};

/// Writes the blocks as markdown.
pub fn write(blocks: &[Block], _o: &RenderOptions, out: &mut Vec<u8>) -> io::Result<()> {
    for block in blocks {
        match block {
            Block::Title { text, meta } => {
                writeln!(out, "# {}\n", prose(text))?;
                writeln!(out, "{}\n", prose(meta))?;
            }
            Block::Headline { text, .. } => writeln!(out, "**{}**\n", prose(text))?,
            Block::Section(s) if s.on == On::Terminal => {}
            Block::Section(s) if s.kind == Kind::Urgent => urgent(s, out)?,
            Block::Section(s) => {
                if let Some(h) = &s.heading {
                    writeln!(out, "## {}\n", prose(h))?;
                }
                let level = if s.kind == Kind::SafetyNet {
                    "##"
                } else {
                    "###"
                };
                for part in &s.parts {
                    part_markdown(part, level, out)?;
                }
            }
            Block::Consult(text) => {
                writeln!(out, "---\n")?;
                writeln!(out, "**{}**", prose(text))?;
            }
        }
    }
    Ok(())
}

fn part_markdown(part: &Part, level: &str, out: &mut Vec<u8>) -> io::Result<()> {
    match part {
        Part::Text(t) => writeln!(out, "{}\n", prose(t)),
        Part::Heading(h) => writeln!(out, "{level} {}\n", prose(h)),
        Part::List(items) => {
            for item in items {
                writeln!(out, "- {}", line(item))?;
            }
            writeln!(out)
        }
        Part::Entries(entries) => {
            for e in entries {
                let detail = if e.detail.is_empty() {
                    String::new()
                } else {
                    format!(": {}", line(&e.detail))
                };
                // The words after the name keep their leading space.
                let after = match e.after.strip_prefix(' ') {
                    Some(rest) => format!(" {}", line(rest)),
                    None => line(&e.after),
                };
                writeln!(out, "- **{}**{after}{detail}", prose(&e.label))?;
                for n in &e.notes {
                    writeln!(out, "  - {}", line(n))?;
                }
            }
            writeln!(out)
        }
        Part::Table { header, rows } => {
            let row = |cells: &[String]| {
                let cells: Vec<String> = cells.iter().map(|c| line(c)).collect();
                format!("| {} |", cells.join(" | "))
            };
            writeln!(out, "{}", row(header))?;
            writeln!(out, "|{}", " --- |".repeat(header.len()))?;
            for r in rows {
                writeln!(out, "{}", row(r))?;
            }
            writeln!(out)
        }
        Part::Chart { lines, .. } => {
            writeln!(out, "```text")?;
            for l in lines {
                writeln!(out, "{l}")?;
            }
            writeln!(out, "```\n")
        }
        Part::References(refs) => {
            for r in refs {
                let text = line(&r.text);
                match &r.url {
                    Some(url) => writeln!(out, "- {text} {}", markdown_url(url))?,
                    None => writeln!(out, "- {text}")?,
                }
            }
            writeln!(out)
        }
    }
}

/// The urgent box, as a quote: the heading, then each sign and what to do.
fn urgent(s: &crate::report::blocks::Section, out: &mut Vec<u8>) -> io::Result<()> {
    if let Some(h) = &s.heading {
        writeln!(out, "> **{}**", prose(h))?;
    }
    for part in &s.parts {
        if let Part::Entries(entries) = part {
            for e in entries {
                writeln!(out, ">\n> **{}**\n>", prose(&e.label))?;
                if !e.detail.is_empty() {
                    writeln!(out, "> {}", prose(&e.detail).replace("\n\n", "\n>\n> "))?;
                }
            }
        }
    }
    writeln!(out)
}
