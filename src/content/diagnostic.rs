//! Problems found in a questionnaire file and how they point at the spot.
//!
//! Offsets are stored 0-based (byte offsets into the file, as the toml crate
//! gives them) and printed 1-based as `file:line:column`, followed by the line and
//! a caret under the problem, then a hint that says what would be accepted.

use std::fmt::{self, Write as _};
use std::ops::Range;

use super::places::{Places, floor_char_boundary, line_col};
use crate::sanitize::printable;

use super::model::Literal;

/// What is wrong at one spot of a questionnaire file.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Problem {
    /// The file is not valid TOML.
    #[error("{message}")]
    Syntax {
        /// The parser's message.
        message: String,
    },
    /// A value has the wrong type, or a key is missing or unknown.
    #[error("{message}")]
    Shape {
        /// The deserializer's message.
        message: String,
    },
    /// A top-level key the format does not have.
    #[error("unknown top-level key `{key}`")]
    UnknownTopKey {
        /// The key found.
        key: String,
    },
    /// `factors`, `questions` or `notes` is not an array of tables.
    #[error("`{key}` must be an array of tables, written [[{key}]]")]
    NotTableArray {
        /// The key.
        key: &'static str,
    },
    /// An id that is not lower-case letters, digits, `_` and `-`.
    #[error("`{id}` is not a valid id")]
    BadId {
        /// The id found.
        id: String,
    },
    /// Two questions, two factors or two options of one question share an id.
    #[error("duplicate {what} `{id}` (first defined on line {first_line})")]
    DuplicateId {
        /// "question id", "factor id" or "option value".
        what: &'static str,
        /// The id.
        id: String,
        /// 1-based line of the first definition.
        first_line: usize,
    },
    /// An effect names a factor that does not exist.
    #[error("unknown factor `{factor}`")]
    UnknownFactor {
        /// The id found.
        factor: String,
        /// The factor ids that exist.
        known: Vec<String>,
    },
    /// A value that is not one of the question's options.
    #[error("`{value}` is not an option of question `{question}`")]
    UnknownOption {
        /// The question id.
        question: String,
        /// The value found.
        value: String,
        /// The option values.
        accepted: Vec<String>,
    },
    /// A condition names a question that does not exist.
    #[error("unknown question `{question}`")]
    UnknownQuestion {
        /// The id found.
        question: String,
    },
    /// A condition names a question that is not asked before this one.
    #[error("condition looks at `{question}`, which is not asked before this question")]
    LaterQuestion {
        /// The id found.
        question: String,
    },
    /// A test value whose type does not fit the question.
    #[error("question `{question}` is {kind}, so {found} cannot be compared with its answer")]
    WrongValueType {
        /// The question id.
        question: String,
        /// The question's type.
        kind: &'static str,
        /// The value found.
        found: Literal,
    },
    /// A number test on a question whose answer is not a number.
    #[error("`{test}` needs a scale or number question, but `{question}` is {kind}")]
    NotNumeric {
        /// The test key.
        test: &'static str,
        /// The question id.
        question: String,
        /// The question's type.
        kind: &'static str,
    },
    /// A number outside the question's range: the test is always or never true.
    #[error("{value} is outside the range of `{question}` ({min} to {max})")]
    OutOfRange {
        /// The question id.
        question: String,
        /// The value found.
        value: i64,
        /// Lowest answer.
        min: i64,
        /// Highest answer.
        max: i64,
    },
    /// A test with none or more than one of the test keys.
    #[error("{what} needs exactly one test, found {found}")]
    TestCount {
        /// "a condition" or "an effect".
        what: &'static str,
        /// How many tests were given.
        found: usize,
    },
    /// A condition that mixes `question` with `all`/`any`/`not`, or has neither.
    #[error("a condition is either `question` with one test, or one of `all`, `any`, `not`")]
    ConditionShape,
    /// An empty `all`, `any` or `in` list.
    #[error("`{key}` is empty")]
    EmptyList {
        /// The key.
        key: &'static str,
    },
    /// A scale or number question whose min is not below its max.
    #[error("min ({min}) must be less than max ({max})")]
    RangeOrder {
        /// The min found.
        min: i64,
        /// The max found.
        max: i64,
    },
    /// A key a question of this type needs.
    #[error("a {kind} question needs `{key}`")]
    MissingKey {
        /// The question's type.
        kind: &'static str,
        /// The key.
        key: &'static str,
    },
    /// A key a question of this type does not take.
    #[error("a {kind} question does not take `{key}`")]
    KeyNotForType {
        /// The question's type.
        kind: &'static str,
        /// The key.
        key: &'static str,
    },
    /// Too few options for the question type.
    #[error("a {kind} question needs at least {min} options, found {found}")]
    TooFewOptions {
        /// The question's type.
        kind: &'static str,
        /// Least number of options.
        min: usize,
        /// Options found.
        found: usize,
    },
    /// An option value that piped answers could not tell apart.
    #[error("option value `{value}` is reserved")]
    ReservedValue {
        /// The value found.
        value: String,
    },
    /// An exclusive option other than a multi question's `none`.
    #[error("only one option of a multi question can be exclusive (its \"none of these\")")]
    BadExclusive,
    /// Benefit thresholds that are zero or not increasing.
    #[error("thresholds out of order: need 1 <= moderate ({moderate}) < high ({high})")]
    ThresholdsOrder {
        /// The moderate threshold.
        moderate: u32,
        /// The high threshold.
        high: u32,
    },
    /// Verdict thresholds that are zero or not increasing.
    #[error(
        "thresholds out of order: need 1 <= may_help ({may_help}) < likely_to_help ({likely_to_help})"
    )]
    VerdictThresholdsOrder {
        /// The may_help threshold.
        may_help: u32,
        /// The likely_to_help threshold.
        likely_to_help: u32,
    },
    /// A benefit factor without thresholds or levels.
    #[error("benefit factor `{factor}` needs `{key}`")]
    MissingScoring {
        /// The factor id.
        factor: String,
        /// `thresholds` or `levels`.
        key: &'static str,
    },
    /// Thresholds or levels on a factor that is not a benefit.
    #[error("`{key}` is only for benefit factors, and `{factor}` is a {kind}")]
    ScoringNotAllowed {
        /// The factor id.
        factor: String,
        /// The factor's kind.
        kind: &'static str,
        /// `thresholds` or `levels`.
        key: &'static str,
    },
    /// A `when` a factor of its kind cannot have.
    #[error("{kind} factor `{factor}` cannot have when = \"{when}\"")]
    TimingNotForKind {
        /// The factor id.
        factor: String,
        /// The factor's kind.
        kind: &'static str,
        /// The timing given.
        when: &'static str,
        /// The timings allowed.
        allowed: Vec<&'static str>,
    },
    /// `when`, `where`, `topic` or `therapist` on a benefit factor.
    #[error("benefit factor `{factor}` cannot have `{key}`")]
    NotForBenefit {
        /// The factor id.
        factor: String,
        /// The key.
        key: &'static str,
    },
    /// A region table key that is not an upper-case ISO 3166 alpha-2 code.
    #[error("`{code}` is not a region code")]
    RegionCode {
        /// The key.
        code: String,
    },
    /// A placeholder inside a region's own words.
    #[error(
        "`{key}` has a placeholder; region words are filled into content, not filled themselves"
    )]
    PlaceholderInRegion {
        /// The field.
        key: &'static str,
    },
    /// A `{name}` in content words that nothing fills.
    #[error("unknown placeholder `{{{name}}}`")]
    UnknownPlaceholder {
        /// The name between the braces.
        name: String,
        /// The names that may be used there.
        known: Vec<String>,
    },
    /// A safety-net tier that is not `now` or `today`.
    #[error("a safety-net tier cannot have when = \"{when}\"")]
    TierTiming {
        /// The timing given.
        when: &'static str,
    },
    /// A `[dispositions.WHEN.WHERE]` key that is not a when and a where.
    #[error("`{key}` is not a disposition")]
    UnknownDisposition {
        /// The key.
        key: String,
    },
    /// A warning factor whose when and where the safety net has no words for.
    #[error("factor `{factor}` is {key}, and the safety net has no advice for {key}")]
    NoDispositionWords {
        /// The factor id.
        factor: String,
        /// `when.where`.
        key: String,
    },
    /// A factor listed under a tier of another timing.
    #[error(
        "factor `{factor}` is `{factor_when}`, but the safety net lists it under `{tier_when}`"
    )]
    TierDisagrees {
        /// The factor id.
        factor: String,
        /// The factor's timing.
        factor_when: &'static str,
        /// The tier's.
        tier_when: &'static str,
    },
    /// `not_sure` on a question that is not yes/no.
    #[error("`not_sure` is only for yes_no questions, not {kind}")]
    NotSureNotYesNo {
        /// The question's type.
        kind: &'static str,
    },
    /// Points on an effect whose factor is not a benefit, or zero points on a benefit.
    #[error("points {points} on factor `{factor}` ({kind})")]
    BadPoints {
        /// The factor id.
        factor: String,
        /// The factor's kind.
        kind: &'static str,
        /// The points found.
        points: u32,
    },
    /// An effect on a non-yes/no question that says nothing about which answers.
    #[error("an effect on a {kind} question needs a test saying which answers count")]
    EffectNeedsTest {
        /// The question's type.
        kind: &'static str,
    },
    /// A canonical URL that is not an absolute URI.
    #[error("`url` {url:?} is not an absolute URL")]
    BadUrl {
        /// The text given.
        url: String,
    },
    /// The words of something in the file are missing from its `.ftl` file.
    #[error("no words for {what}: message `{id}` is not in {file}")]
    MissingWords {
        /// What needs them, e.g. "question `pain`".
        what: String,
        /// The message (and attribute) id, e.g. `q-pain` or `q-pain.min`.
        id: String,
        /// The words file looked in.
        file: String,
    },
    /// Text that must not be empty.
    #[error("`{key}` must not be empty")]
    EmptyText {
        /// The key.
        key: &'static str,
    },
    /// A red flag or emergency factor that no answer can trigger.
    #[error("{kind} factor `{factor}` cannot be triggered by any answer")]
    Untriggerable {
        /// The factor id.
        factor: String,
        /// The factor's kind.
        kind: &'static str,
    },
    /// A condition that no answers can make true: the question is never asked.
    #[error("no answers can make this condition true, so `{question}` would never be asked")]
    NeverShown {
        /// The question id.
        question: String,
    },
    /// An effect whose condition no answers can make true.
    #[error("no answers can make this condition true, so the effect would never apply")]
    EffectNeverApplies,
    /// A version that is not numbers separated by dots.
    #[error("`{version}` is not a version like 2.0.0")]
    BadVersion {
        /// What was found.
        version: String,
    },
    /// A question added in a version after the questionnaire's own.
    #[error("added in {added}, after this questionnaire's version {current}")]
    AddedLater {
        /// The question's `added_in`.
        added: String,
        /// The questionnaire's version.
        current: String,
    },
    /// A note whose condition no answers can make true.
    #[error("no answers can make this condition true, so the note would never be shown")]
    NoteNeverShown,
    /// A role names a question of the wrong kind.
    #[error("`{role}` must name {expected}; `{question}` is {found}")]
    RoleType {
        /// The role's key, e.g. `location_question` or `pain`.
        role: String,
        /// The question id.
        question: String,
        /// What the role needs, e.g. "a multi question".
        expected: &'static str,
        /// What the question is.
        found: String,
    },
    /// A role that only makes sense with another.
    #[error("`{role}` needs `{needs}`, the question it is about")]
    RoleNeeds {
        /// The role given.
        role: &'static str,
        /// The role it needs.
        needs: &'static str,
    },
    /// A question listed as urgent whose answers trigger no emergency.
    #[error("`{question}` is listed as urgent, but no answer to it triggers an emergency factor")]
    RoleNotUrgent {
        /// The question id.
        question: String,
    },
    /// A question whose answers trigger an emergency, missing from the list.
    #[error("`{question}` triggers an emergency factor, so it must be listed in `urgent`")]
    UrgentNotListed {
        /// The question id.
        question: String,
    },
    /// A table of one purpose in a questionnaire of the other.
    #[error("`{key}` is for {belongs}s, and this questionnaire is {purpose}")]
    KeyNotForPurpose {
        /// The key.
        key: &'static str,
        /// The purpose the key belongs to.
        belongs: &'static str,
        /// What this questionnaire is, with its article.
        purpose: &'static str,
    },
    /// A table the questionnaire's purpose needs.
    #[error("{purpose} needs `[{key}]`")]
    MissingTable {
        /// The key.
        key: &'static str,
        /// What this questionnaire is, with its article.
        purpose: &'static str,
    },
    /// A word key a table does not have.
    #[error("`{table}` has no entry `{key}`")]
    UnknownWord {
        /// The table, e.g. `trend.reasons`.
        table: &'static str,
        /// The key found.
        key: String,
        /// The keys it has.
        known: Vec<String>,
    },
    /// A word key a table needs.
    #[error("`{table}` needs `{key}`")]
    MissingWord {
        /// The table.
        table: &'static str,
        /// The missing key.
        key: String,
    },
    /// A `{placeholder}` a text cannot fill.
    #[error("`{key}` uses `{{{name}}}`, which it has no value for")]
    BadPlaceholder {
        /// The text's key, e.g. `trend.reasons.stale`.
        key: String,
        /// The name found.
        name: String,
        /// The names it may use.
        allowed: Vec<String>,
    },
    /// A `{` without a closing `}`.
    #[error("`{key}` has a `{{` without a closing `}}`")]
    UnclosedBrace {
        /// The text's key.
        key: String,
    },
    /// A threshold outside what makes sense.
    #[error("`{key}` is {value}; it must be {accepted}")]
    BadThreshold {
        /// The key.
        key: &'static str,
        /// The value found, as written.
        value: String,
        /// What is accepted, in words.
        accepted: &'static str,
    },
}

impl Problem {
    /// What would have been accepted, where there is something useful to say.
    pub fn hint(&self) -> Option<String> {
        let list = |items: &[String]| {
            let shown: Vec<&str> = items.iter().take(12).map(String::as_str).collect();
            let more = items.len().saturating_sub(shown.len());
            let mut s = shown.join(", ");
            if more > 0 {
                let _ = write!(s, " and {more} more");
            }
            s
        };
        Some(match self {
            Problem::Syntax { .. } => return None,
            Problem::Shape { .. } => "`backcheck schema` prints every key and its type".into(),
            Problem::UnknownTopKey { .. } => format!(
                "top-level keys are: {}",
                super::raw::TOP_LEVEL_KEYS.join(", ")
            ),
            Problem::NotTableArray { .. } => return None,
            Problem::BadId { .. } => {
                "ids use lower-case letters, digits, `_` and `-`, and start with a letter".into()
            }
            Problem::DuplicateId { .. } => "give each one its own id".into(),
            Problem::UnknownFactor { known, .. } => format!("factors are: {}", list(known)),
            Problem::UnknownOption { accepted, .. } => format!("options are: {}", list(accepted)),
            Problem::UnknownQuestion { .. } => "use the id of a question in this file".into(),
            Problem::LaterQuestion { .. } => {
                "a condition may only look at questions asked before it".into()
            }
            Problem::WrongValueType { kind, .. } => format!(
                "a {kind} answer is compared with {}",
                match *kind {
                    "yes_no" => "true or false",
                    "scale" | "number" => "a whole number",
                    _ => "a quoted option value",
                }
            ),
            Problem::NotNumeric { .. } => "use `equals` or `in` for this question".into(),
            Problem::OutOfRange { min, max, .. } => {
                format!("use a number from {min} to {max}, or the test is always or never true")
            }
            Problem::TestCount { .. } => {
                "tests are: equals, in, at_least, at_most, above, below".into()
            }
            Problem::ConditionShape => {
                "e.g. { question = \"duration\", equals = \"long\" } or { not = { ... } }"
                    .into()
            }
            Problem::EmptyList { .. } => "give at least one item, or remove the key".into(),
            Problem::RangeOrder { .. } => "e.g. min = 0, max = 10".into(),
            Problem::MissingKey { key, .. } => match *key {
                "options" => "add options = [{ value = \"...\", label = \"...\" }, ...]".into(),
                _ => format!("add `{key}`"),
            },
            Problem::KeyNotForType { .. } => "remove the key, or change the `type`".into(),
            Problem::TooFewOptions { .. } => "add options, or use a yes_no question".into(),
            Problem::ReservedValue { .. } => {
                "`none`, `skip`, `back` and plain numbers are words of the piped answer format"
                    .into()
            }
            Problem::BadExclusive => {
                "e.g. { value = \"none\", exclusive = true }, once, on a multi question".into()
            }
            Problem::ThresholdsOrder { .. } => "e.g. moderate = 2, high = 4".into(),
            Problem::VerdictThresholdsOrder { .. } => "e.g. may_help = 2, likely_to_help = 5".into(),
            Problem::MissingScoring { key, .. } => match *key {
                "thresholds" => "add thresholds = { moderate = 2, high = 4 }".into(),
                _ => "add levels = { low = \"...\", moderate = \"...\", high = \"...\" }".into(),
            },
            Problem::ScoringNotAllowed { .. } => "remove it, or make the factor a benefit".into(),
            Problem::TimingNotForKind { allowed, .. } => {
                format!("a factor of this kind takes when = {}", allowed.iter().map(|a| format!("\"{a}\"")).collect::<Vec<_>>().join(" or "))
            }
            Problem::NotForBenefit { .. } => "a benefit is routine, with a therapist; remove it".into(),
            Problem::TierTiming { .. } => "the tiers are when = \"now\" and when = \"today\"".into(),
            Problem::UnknownDisposition { .. } => {
                "write [dispositions.WHEN.WHERE], e.g. [dispositions.today.urgent_care]".into()
            }
            Problem::NoDispositionWords { key, .. } => format!(
                "add [dispositions.{key}] with a headline and an advice line with {{topics}}"
            ),
            Problem::TierDisagrees { .. } => {
                "a report and its safety net must not disagree: move the item, or change the factor's when".into()
            }
            Problem::RegionCode { .. } => {
                "use the two-letter ISO 3166 code in capitals, e.g. [regions.GB]".into()
            }
            Problem::PlaceholderInRegion { .. } => "write the words themselves".into(),
            Problem::UnknownPlaceholder { known, .. } => format!(
                "placeholders here: {}",
                known.iter().map(|k| format!("{{{k}}}")).collect::<Vec<_>>().join(", ")
            ),
            Problem::NotSureNotYesNo { .. } => "remove `not_sure`, or make the question yes_no".into(),
            Problem::BadPoints { kind, .. } => {
                if *kind == "benefit" {
                    "a benefit effect adds 1 or more points".into()
                } else {
                    "only benefit factors take points; remove `points`".into()
                }
            }
            Problem::EffectNeedsTest { .. } => {
                "e.g. equals = \"high\", in = [\"moderate\", \"high\"] or at_least = 4".into()
            }
            Problem::EmptyText { key } if *key == "consult" => {
                "every summary ends with this text: tell the reader to see a healthcare professional"
                    .into()
            }
            Problem::EmptyText { .. } => "write the text".into(),
            Problem::MissingWords { id, .. } => match id.split_once('.') {
                Some((message, attribute)) => {
                    format!("add `.{attribute} = ...` under `{message} = ...` in the words file")
                }
                None => format!("add `{id} = ...` to the words file"),
            },
            Problem::BadUrl { .. } => {
                "e.g. url = \"https://example.org/fhir/Questionnaire/my-check\" or \"urn:my-clinic:my-check\" (no spaces or |)"
                    .into()
            }
            Problem::Untriggerable { .. } => {
                "add an effect naming this factor to a question that can be shown".into()
            }
            Problem::RoleType { .. } => "point the role at a question of that type".into(),
            Problem::RoleNeeds { needs, .. } => format!("add `{needs} = \"...\"`"),
            Problem::UrgentNotListed { question } => format!("add \"{question}\" to the list"),
            Problem::RoleNotUrgent { .. } => {
                "list only yes/no questions whose \"yes\" triggers an emergency factor".into()
            }
            Problem::KeyNotForPurpose { belongs, .. } => {
                if *belongs == "check-in" {
                    "a check-in is a file with a `[checkin]` table; remove the key, or move it to one"
                        .into()
                } else {
                    "remove the key: a file with a `[checkin]` table is a check-in".into()
                }
            }
            Problem::MissingTable { key, .. } => format!("add a `[{key}]` table"),
            Problem::UnknownWord { known, .. } => format!("entries are: {}", list(known)),
            Problem::MissingWord { .. } => "add it: every entry is printed somewhere".into(),
            Problem::BadPlaceholder { allowed, .. } if allowed.is_empty() => {
                "this text takes no placeholders; write `{` only as part of one".into()
            }
            Problem::BadPlaceholder { allowed, .. } => format!(
                "it may use: {}; a word that agrees with a number is written `{{points:point:points}}`",
                list(allowed)
            ),
            Problem::UnclosedBrace { .. } => "close it, e.g. `{date}`".into(),
            Problem::BadThreshold { .. } => return None,
            Problem::BadVersion { .. } => "write the version as numbers and dots, e.g. 2.0.0".into(),
            Problem::AddedLater { .. } => {
                "raise the questionnaire's `version`, or correct `added_in`".into()
            }
            Problem::NeverShown { .. } | Problem::NoteNeverShown | Problem::EffectNeverApplies => {
                "look for tests that contradict each other, e.g. `all` of `above = 6` and `below = 7`"
                    .into()
            }
        })
    }
}

/// A problem at a spot in the file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// Byte range in the file, 0-based.
    pub span: Range<usize>,
    /// What is wrong.
    pub problem: Problem,
}

/// Longest part of a source line quoted under a message, in characters.
const WINDOW: usize = 100;

impl Diagnostic {
    /// 1-based line and column of the start of the problem.
    pub fn position(&self, src: &str) -> (usize, usize) {
        let (l, c) = line_col(src, self.span.start);
        (l + 1, c + 1)
    }

    /// Writes `path:line:col: message`, the line with a caret, and the hint.
    pub fn render(&self, path: &str, src: &str, out: &mut impl fmt::Write) -> fmt::Result {
        self.render_in(path, &mut Places::new(src), out)
    }

    /// [`Diagnostic::render`] for one of many diagnostics of a file: the
    /// file's lines are indexed once, in `places`.
    pub fn render_in(
        &self,
        path: &str,
        places: &mut Places<'_>,
        out: &mut impl fmt::Write,
    ) -> fmt::Result {
        let src = places.text;
        let (line, col) = places.line_col(self.span.start);
        writeln!(
            out,
            "{}:{}:{}: {}",
            printable(path),
            line + 1,
            col + 1,
            printable(&self.problem.to_string())
        )?;
        let text = places.line(line);
        let text = text.strip_suffix('\r').unwrap_or(text);
        // Show the line as printed (a window of it when it is long), and put
        // the caret under the same characters, measured in terminal columns.
        let chars: Vec<String> = text.chars().map(visible_char).collect();
        let end_offset = floor_char_boundary(src, self.span.end.min(src.len()));
        let (end_line, end_col) = places.line_col(end_offset);
        let span_len = if end_line == line && end_col > col {
            end_col - col
        } else {
            1
        };
        let (from, to) = if chars.len() <= WINDOW {
            (0, chars.len())
        } else {
            let from = col
                .saturating_sub(WINDOW / 3)
                .min(chars.len().saturating_sub(WINDOW));
            (from, (from + WINDOW).min(chars.len()))
        };
        let col = col.clamp(from, to);
        let ellipsis = if from > 0 { "\u{2026}" } else { "" };
        let mut shown = format!("{ellipsis}{}", chars[from..to].concat());
        if to < chars.len() {
            shown.push('\u{2026}');
        }
        let start =
            console::measure_text_width(&format!("{ellipsis}{}", chars[from..col].concat()));
        let width =
            console::measure_text_width(&chars[col..(col + span_len).min(to)].concat()).max(1);
        let gutter = (line + 1).to_string().len();
        writeln!(out, "{:gutter$} |", "")?;
        writeln!(out, "{} | {}", line + 1, shown)?;
        writeln!(out, "{:gutter$} | {:start$}{}", "", "", "^".repeat(width))?;
        if let Some(hint) = self.problem.hint() {
            writeln!(out, "{:gutter$} = hint: {}", "", printable(&hint))?;
        }
        Ok(())
    }
}

/// How one character of a quoted source line is shown: tabs as a space,
/// control characters as `?`, so columns stay aligned and the terminal safe.
fn visible_char(c: char) -> String {
    if c == '\t' {
        " ".into()
    } else if c.is_control() {
        "?".into()
    } else {
        c.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn render_points_a_caret_at_the_span() {
        let src = "id = \"x\"\nkind = \"bogus\"\n";
        let d = Diagnostic {
            span: 16..23,
            problem: Problem::Shape {
                message: "unknown kind".into(),
            },
        };
        let mut out = String::new();
        d.render("f.toml", src, &mut out).expect("string write");
        assert_eq!(
            out,
            "f.toml:2:8: unknown kind\n  |\n2 | kind = \"bogus\"\n  |        ^^^^^^^\n  = hint: `backcheck schema` prints every key and its type\n"
        );
    }

    #[test]
    fn a_long_line_is_quoted_as_a_window_around_the_problem() {
        let src = format!("x = \"{}\" # {}\n", "a".repeat(300), "é".repeat(10));
        let at = src.find('#').expect("hash");
        let d = Diagnostic {
            span: at..at + 1,
            problem: Problem::EmptyText { key: "x" },
        };
        let mut out = String::new();
        d.render("f.toml", &src, &mut out).expect("string write");
        let lines: Vec<&str> = out.lines().collect();
        assert!(lines[2].starts_with("1 | \u{2026}aaa"), "{out}");
        assert!(lines[2].chars().count() < 120, "{out}");
        // The caret stands under the `#`.
        let caret = lines[3].find('^').expect("caret");
        let hash = lines[2].find('#').expect("hash");
        assert_eq!(
            console::measure_text_width(&lines[3][..caret]),
            console::measure_text_width(&lines[2][..hash])
        );
    }

    #[test]
    fn render_never_prints_control_characters() {
        let src = "title = \"\u{1b}]0;pwned\u{7}\"\n";
        let d = Diagnostic {
            span: 8..9,
            problem: Problem::EmptyText { key: "title" },
        };
        let mut out = String::new();
        d.render("f.toml", src, &mut out).expect("string write");
        assert!(!out.contains('\u{1b}') && !out.contains('\u{7}'), "{out:?}");
    }
}
