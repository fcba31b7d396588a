//! Reports as format-neutral blocks. Each report (the assessment, the
//! trend) is built once as a list of blocks; `write::text`,
//! `write::markdown` and `write::html` only lay those blocks out, so the
//! three forms say the same things in the same order.

use crate::content::Reference;

/// How a heading or line is shown where colour is (red for urgent, ...).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tone {
    /// No emphasis.
    Plain,
    /// Bold.
    Strong,
    /// Red and bold: get help.
    Urgent,
    /// Yellow and bold: check first.
    Warning,
    /// Green and bold: a good sign.
    Good,
}

/// What kind of box a section is (the HTML class; the markdown quote).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// An ordinary section.
    Plain,
    /// The urgent box: get help now.
    Urgent,
    /// The verdict box.
    Verdict,
    /// The "get help at once if" list that ends a report.
    SafetyNet,
}

/// One block of a report.
#[derive(Debug, Clone)]
pub enum Block {
    /// The report's title, and the line under it on paper (the date).
    Title {
        /// The title.
        text: String,
        /// The line under it, on paper only.
        meta: String,
    },
    /// A line on its own that says when and where to get help.
    Headline {
        /// The words.
        text: String,
        /// How it is shown.
        tone: Tone,
    },
    /// A section: a heading and what is under it.
    Section(Section),
    /// The consult text: always last.
    Consult(String),
}

/// A section of a report.
#[derive(Debug, Clone)]
pub struct Section {
    /// Its box.
    pub kind: Kind,
    /// Its heading, when it has one.
    pub heading: Option<String>,
    /// How the heading is shown.
    pub tone: Tone,
    /// What is in it.
    pub parts: Vec<Part>,
    /// Where it is shown.
    pub on: On,
}

/// Where a section is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum On {
    /// In every form.
    All,
    /// On paper only (markdown and HTML): the answers, the references.
    Paper,
    /// At the terminal only (what paper shows in a table).
    Terminal,
}

impl Section {
    /// A plain section with a bold heading.
    pub fn new(heading: impl Into<String>, parts: Vec<Part>) -> Section {
        Section {
            kind: Kind::Plain,
            heading: Some(heading.into()),
            tone: Tone::Strong,
            parts,
            on: On::All,
        }
    }

    /// The same section, shown only `on`.
    pub fn on(mut self, on: On) -> Section {
        self.on = on;
        self
    }
}

/// Something inside a section.
#[derive(Debug, Clone)]
pub enum Part {
    /// Prose (a blank line starts a new paragraph).
    Text(String),
    /// A heading inside a section (level 2 in the safety net, else 3).
    Heading(String),
    /// A bulleted list.
    List(Vec<String>),
    /// A list of things found: each a label, words after it, and lines
    /// under it.
    Entries(Vec<Entry>),
    /// A table with a header row, on paper only.
    Table {
        /// The column headings.
        header: Vec<String>,
        /// The rows.
        rows: Vec<Vec<String>>,
    },
    /// A chart: lines of text, and an SVG picture with its caption for HTML.
    Chart {
        /// The chart as text (terminal and markdown).
        lines: Vec<String>,
        /// The picture and its caption (HTML).
        svg: Option<(String, String)>,
    },
    /// Where the report's facts come from.
    References(Vec<Reference>),
}

/// One thing found: "Muscle tension (may help a lot)", what it means, and
/// why it was found.
#[derive(Debug, Clone)]
pub struct Entry {
    /// Its name.
    pub label: String,
    /// Words after the name, e.g. " (get seen today)".
    pub after: String,
    /// What it means.
    pub detail: String,
    /// The smaller lines under it ("Because you answered ...").
    pub notes: Vec<String>,
}

/// Said once, under the title, when the words are in a language a medical
/// translator has not yet reviewed.
pub fn unreviewed() -> Option<Block> {
    (!crate::words::lang().reviewed()).then(|| {
        Block::Section(Section {
            kind: Kind::Plain,
            heading: None,
            tone: Tone::Plain,
            parts: vec![Part::Text(crate::words::t("report-unreviewed"))],
            on: On::All,
        })
    })
}
