//! The one way backcheck reads an input file or standard input: at most a
//! size limit (more is an error, never a silent cut), UTF-8 checked, a
//! leading byte-order mark dropped. Questionnaires, answers and journal
//! imports all come through here, each with its own limit, and an error
//! that names the input, its path and the real limit.

use std::fmt;
use std::io::Read;
use std::path::{Path, PathBuf};

/// What is being read, for messages and exit codes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A questionnaire file (1 MiB).
    Content,
    /// A content file's words, a `.ftl` file (1 MiB).
    Words,
    /// An answers file or piped answers (1 MiB).
    Answers,
    /// A `journal import` file (16 MiB).
    Import,
    /// The answer sets `score` streams (read a record at a time, so any size).
    Records,
}

impl Kind {
    /// The largest input of this kind, in bytes.
    pub fn limit(self) -> u64 {
        match self {
            Kind::Content | Kind::Words | Kind::Answers => 1 << 20,
            // Centuries of weekly check-ins.
            Kind::Import => 16 << 20,
            Kind::Records => u64::MAX,
        }
    }

    /// Its name in messages (`error-input-*` choose their words by it).
    fn id(self) -> &'static str {
        match self {
            Kind::Content => "content",
            Kind::Words => "words",
            Kind::Answers => "answers",
            Kind::Import => "import",
            Kind::Records => "records",
        }
    }

    fn noun(self) -> &'static str {
        match self {
            Kind::Content => "questionnaire",
            Kind::Words => "words file",
            Kind::Answers => "answers",
            Kind::Import => "import file",
            Kind::Records => "answer sets",
        }
    }
}

impl fmt::Display for Kind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.noun())
    }
}

/// Where the bytes come from.
#[derive(Debug, Clone, Copy)]
pub enum Source<'a> {
    /// A file.
    File(&'a Path),
    /// Standard input (or any reader standing for it).
    Stdin,
}

impl Source<'_> {
    /// The name used in messages.
    pub fn name(&self) -> String {
        match self {
            Source::File(p) => crate::sanitize::printable(&p.display().to_string()).into_owned(),
            Source::Stdin => crate::words::t("error-standard-input"),
        }
    }
}

/// Why an input could not be read.
#[derive(Debug, thiserror::Error)]
pub enum InputError {
    /// The file could not be opened or read.
    Unreadable {
        /// What was being read.
        kind: Kind,
        /// The file's name, or "standard input".
        name: String,
        /// The file, when it is one.
        path: Option<PathBuf>,
        /// What the system said.
        source: std::io::Error,
    },
    /// More bytes than the kind's limit.
    TooLarge {
        /// What was being read.
        kind: Kind,
        /// The file's name, or "standard input".
        name: String,
        /// The limit in bytes.
        limit: u64,
    },
    /// Not UTF-8 text.
    NotUtf8 {
        /// What was being read.
        kind: Kind,
        /// The file's name, or "standard input".
        name: String,
        /// 1-based line of the first bad byte.
        line: usize,
        /// 1-based column (in characters) of the first bad byte.
        column: usize,
    },
}

impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use crate::words::ta;
        let text = match self {
            InputError::Unreadable {
                kind, name, source, ..
            } => ta(
                "error-input-unreadable",
                &[
                    ("kind", kind.id().into()),
                    ("path", name.into()),
                    ("why", crate::messages::system(source).into()),
                ],
            ),
            InputError::TooLarge { kind, name, limit } => ta(
                "error-input-too-large",
                &[
                    ("kind", kind.id().into()),
                    ("path", name.into()),
                    ("size", human(*limit).into()),
                    ("limit", (*limit).into()),
                ],
            ),
            InputError::NotUtf8 {
                kind,
                name,
                line,
                column,
            } => crate::messages::hinted(
                &ta(
                    "error-input-not-utf8",
                    &[
                        ("kind", kind.id().into()),
                        ("path", name.into()),
                        ("line", (*line).into()),
                        ("column", (*column).into()),
                    ],
                ),
                &crate::words::t("hint-save-utf8"),
            ),
        };
        f.write_str(&text)
    }
}

impl InputError {
    /// What was being read.
    pub fn kind(&self) -> Kind {
        match self {
            InputError::Unreadable { kind, .. }
            | InputError::TooLarge { kind, .. }
            | InputError::NotUtf8 { kind, .. } => *kind,
        }
    }
}

/// "1 MiB", "16 MiB".
fn human(bytes: u64) -> String {
    if bytes % (1 << 20) == 0 {
        format!("{} MiB", bytes >> 20)
    } else {
        format!("{bytes} bytes")
    }
}

/// Reads a whole input of a kind. `stdin` is read for `Source::Stdin`.
pub fn read(kind: Kind, source: Source<'_>, stdin: impl Read) -> Result<String, InputError> {
    let name = source.name();
    let unreadable = |path: Option<&Path>, e| InputError::Unreadable {
        kind,
        name: name.clone(),
        path: path.map(Path::to_owned),
        source: e,
    };
    let limit = kind.limit();
    let mut bytes = Vec::new();
    match source {
        Source::File(path) => {
            let file = std::fs::File::open(path).map_err(|e| unreadable(Some(path), e))?;
            file.take(limit + 1)
                .read_to_end(&mut bytes)
                .map_err(|e| unreadable(Some(path), e))?;
        }
        Source::Stdin => {
            stdin
                .take(limit + 1)
                .read_to_end(&mut bytes)
                .map_err(|e| unreadable(None, e))?;
        }
    }
    if bytes.len() as u64 > limit {
        return Err(InputError::TooLarge { kind, name, limit });
    }
    to_text(kind, name, bytes)
}

/// UTF-8 text without a byte-order mark, or where the first bad byte is.
fn to_text(kind: Kind, name: String, bytes: Vec<u8>) -> Result<String, InputError> {
    match String::from_utf8(bytes) {
        Ok(mut text) => {
            if text.starts_with('\u{feff}') {
                text.drain(..'\u{feff}'.len_utf8());
            }
            Ok(text)
        }
        Err(e) => {
            let valid = e.utf8_error().valid_up_to();
            let good = String::from_utf8_lossy(&e.as_bytes()[..valid]);
            let line_start = good.rfind('\n').map_or(0, |i| i + 1);
            Err(InputError::NotUtf8 {
                kind,
                name,
                line: good.matches('\n').count() + 1,
                column: good[line_start..].chars().count() + 1,
            })
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stdin(kind: Kind, bytes: &[u8]) -> Result<String, InputError> {
        read(kind, Source::Stdin, bytes)
    }

    #[test]
    fn reads_text_and_drops_a_byte_order_mark() {
        assert_eq!(
            stdin(Kind::Answers, "\u{feff}yes\n".as_bytes()).ok(),
            Some("yes\n".into())
        );
    }

    #[test]
    fn each_kind_has_its_own_limit_and_says_it() {
        let just = vec![b'#'; 1 << 20];
        assert!(stdin(Kind::Answers, &just).is_ok());
        let over = vec![b'#'; (1 << 20) + 1];
        let e = stdin(Kind::Answers, &over).expect_err("too large");
        assert_eq!(
            e.to_string(),
            "standard input: the answers are too large: over 1 MiB (1048576 bytes)"
        );
        assert!(stdin(Kind::Import, &over).is_ok(), "imports may be 16 MiB");
        let e = stdin(Kind::Import, &vec![b'#'; (16 << 20) + 1]).expect_err("too large");
        assert!(
            e.to_string()
                .contains("standard input: the import file is too large: over 16 MiB")
        );
    }

    #[test]
    fn not_utf8_names_the_line_and_column_of_the_first_bad_byte() {
        let e = stdin(Kind::Content, b"a = 1\nbe = \"\xff\"\n").expect_err("bad");
        assert_eq!(
            e.to_string(),
            "standard input:2:7: the questionnaire is not UTF-8 text\n  = hint: save it as UTF-8"
        );
    }

    #[test]
    fn a_missing_file_names_the_kind_and_the_path() {
        let e = read(
            Kind::Import,
            Source::File(Path::new("no/such.json")),
            &b""[..],
        )
        .expect_err("missing");
        assert!(
            e.to_string()
                .starts_with("cannot read import file no/such.json:"),
            "{e}"
        );
        assert_eq!(e.kind(), Kind::Import);
    }
}
