//! Blocks as text for a terminal: wrapped to a width, styled only when
//! colour is on. Paper-only sections (answers, references) are left out.

use std::io::{self, Write};

use console::Style;

use crate::report::RenderOptions;
use crate::report::blocks::{Block, Kind, On, Part, Tone};
use crate::wrap::wrap_lines;

struct Writer<'w> {
    out: &'w mut Vec<u8>,
    width: usize,
    color: bool,
}

impl Writer<'_> {
    fn style(&self, tone: Tone) -> Style {
        let s = Style::new().force_styling(self.color);
        match tone {
            Tone::Plain => Style::new(),
            Tone::Strong => s.bold(),
            Tone::Urgent => s.red().bold(),
            Tone::Warning => s.yellow().bold(),
            Tone::Good => s.green().bold(),
        }
    }

    fn para(&mut self, text: &str, first: &str, rest: &str, tone: Tone) -> io::Result<()> {
        let style = self.style(tone);
        for line in wrap_lines(text, self.width, first, rest) {
            writeln!(self.out, "{}", style.apply_to(line))?;
        }
        Ok(())
    }
}

/// Writes the blocks as text.
pub fn write(blocks: &[Block], o: &RenderOptions, out: &mut Vec<u8>) -> io::Result<()> {
    let mut w = Writer {
        out,
        width: o.width,
        color: o.color,
    };
    for block in blocks {
        match block {
            Block::Title { text, .. } => {
                w.para(text, "", "", Tone::Strong)?;
                writeln!(w.out)?;
            }
            Block::Headline { text, tone } => {
                w.para(text, "", "", *tone)?;
                writeln!(w.out)?;
            }
            Block::Section(s) if s.on == On::Paper => {}
            Block::Section(s) => {
                if let Some(h) = &s.heading {
                    let h = if s.kind == Kind::Urgent {
                        format!("!! {h}")
                    } else {
                        h.clone()
                    };
                    w.para(&h, "", "", s.tone)?;
                }
                for (i, part) in s.parts.iter().enumerate() {
                    match part {
                        Part::Text(t) => w.para(t, "", "", Tone::Plain)?,
                        Part::Heading(h) => {
                            if i > 0 {
                                writeln!(w.out)?;
                            }
                            w.para(h, "", "", Tone::Strong)?;
                        }
                        Part::List(items) => {
                            for item in items {
                                w.para(item, "  - ", "    ", Tone::Plain)?;
                            }
                        }
                        Part::Entries(entries) => {
                            let urgent = s.kind == Kind::Urgent;
                            for e in entries {
                                let tone = if urgent { Tone::Urgent } else { Tone::Plain };
                                w.para(&format!("{}{}", e.label, e.after), "  - ", "    ", tone)?;
                                if !e.detail.is_empty() {
                                    w.para(&e.detail, "    ", "    ", Tone::Plain)?;
                                }
                                for n in &e.notes {
                                    w.para(n, "    ", "    ", Tone::Plain)?;
                                }
                            }
                        }
                        Part::Chart { lines, .. } => {
                            for l in lines {
                                writeln!(w.out, "{l}")?;
                            }
                        }
                        Part::Table { .. } | Part::References(_) => {}
                    }
                }
                writeln!(w.out)?;
            }
            Block::Consult(text) => w.para(text, "", "", Tone::Strong)?,
        }
    }
    Ok(())
}
