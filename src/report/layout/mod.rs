//! Laying out a report's blocks (`report/blocks.rs`) in each prose form:
//! `text` for a terminal (wrapped, coloured when colour is on), `markdown`
//! to print or bring to an appointment, `html` as one self-contained page.

pub mod html;
pub mod markdown;
pub mod text;
pub mod xhtml;
