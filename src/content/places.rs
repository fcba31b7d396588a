//! Places in a text: the line and column of a byte offset, for messages
//! that point into a file.

/// Where a byte offset is: 0-based line and column (in characters).
pub fn line_col(src: &str, offset: usize) -> (usize, usize) {
    let offset = floor_char_boundary(src, offset.min(src.len()));
    let before = &src[..offset];
    let line = before.matches('\n').count();
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let col = before[line_start..].chars().count();
    (line, col)
}

/// Turns many byte offsets of one text into places without reading the
/// text again for each: the line is found among the line starts, and the
/// column counted from the start of the line, or from the previous offset
/// when it is on the same line and before (the keys of a one-line JSON
/// object, in order). A file of many thousand keys costs one pass.
pub struct Places<'a> {
    pub(super) text: &'a str,
    /// The byte offset where each line starts.
    starts: Vec<usize>,
    /// The previous offset asked about, and its place.
    offset: usize,
    line: usize,
    col: usize,
}

impl<'a> Places<'a> {
    /// Indexes the lines of `text`.
    pub fn new(text: &'a str) -> Places<'a> {
        let starts = std::iter::once(0)
            .chain(text.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
        Places {
            text,
            starts,
            offset: 0,
            line: 0,
            col: 0,
        }
    }

    /// 0-based line and column (in characters) of a byte offset, as
    /// [`line_col`] gives them.
    pub fn line_col(&mut self, offset: usize) -> (usize, usize) {
        let offset = floor_char_boundary(self.text, offset.min(self.text.len()));
        let line = self.starts.partition_point(|&s| s <= offset) - 1;
        let (from, col) = if line == self.line && offset >= self.offset {
            (self.offset, self.col)
        } else {
            (self.starts[line], 0)
        };
        self.col = col + self.text[from..offset].chars().count();
        self.line = line;
        self.offset = offset;
        (self.line, self.col)
    }

    /// The text of a 0-based line, without its line break (empty past the
    /// end).
    pub fn line(&self, line: usize) -> &'a str {
        let Some(&start) = self.starts.get(line) else {
            return "";
        };
        let end = self
            .starts
            .get(line + 1)
            .map_or(self.text.len(), |&e| e - 1);
        &self.text[start..end]
    }
}

pub(crate) fn floor_char_boundary(s: &str, mut i: usize) -> usize {
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_col_counts_from_zero_in_characters() {
        let src = "a = 1\nbé = \"x\"\n";
        assert_eq!(line_col(src, 0), (0, 0));
        assert_eq!(line_col(src, 6), (1, 0));
        // "bé = " is 6 bytes but 5 characters.
        assert_eq!(line_col(src, 7 + 5), (1, 5));
        assert_eq!(line_col(src, 1000), (2, 0));
    }

    #[test]
    fn places_agree_with_line_col_in_any_order() {
        let src = "ab\ncdé\n\nxyz\né";
        let mut places = Places::new(src);
        let offsets = [0, 1, 3, 6, 7, 5, 8, 9, 12, 2, 13, 100, 0, 4];
        for offset in offsets {
            assert_eq!(
                places.line_col(offset),
                line_col(src, offset),
                "offset {offset}"
            );
        }
    }

    #[test]
    fn places_give_each_line_as_lines_does() {
        let src = "a = 1\r\nb\n\nlast";
        let places = Places::new(src);
        for (i, line) in src.lines().enumerate() {
            assert_eq!(places.line(i).trim_end_matches('\r'), line);
        }
        assert_eq!(places.line(99), "");
    }
}
