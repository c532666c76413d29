//! Lines with spans and page indices: the unit of the first pass.
//!
//! [`lines`] splits any `&str` into [`Line`]s. Terminators are `\n`, `\r\n`
//! and a lone `\r`. A form feed (`\f`, U+000C) starts a new page: pdftotext
//! writes it at the start of the first line of the next page, so a `\f` ends
//! the current line (if any) and every `\f` at a line start increments the
//! page index. The form feeds themselves belong to no line's content.
//!
//! # Time complexity
//!
//! One pass over the bytes; the iterator allocates nothing.

use crate::Span;

/// One line of the input.
///
/// `span` is the content without its terminator (and without the form feeds
/// that opened the page); `full` adds the terminator. Both are half-open byte
/// offsets into the original text.
///
/// # Example
///
/// ```
/// use kommuntext::lines;
/// let text = "§ 12\r\n  Budget 2024\n\u{c}Sida 2 (4)";
/// let all: Vec<_> = lines(text).collect();
/// assert_eq!(all.len(), 3);
/// assert_eq!(all[0].text(text), "§ 12");
/// assert_eq!(all[1].indent(text), 2);
/// assert_eq!(&text[all[1].trimmed(text)], "Budget 2024");
/// assert_eq!((all[2].page, all[2].page_start), (1, true));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Line {
    /// Content of the line, without terminator and leading form feeds.
    pub span: Span,
    /// The line including leading form feeds and its terminator.
    pub full: Span,
    /// Zero-based line number.
    pub index: usize,
    /// Zero-based page index (number of form feeds before the line).
    pub page: usize,
    /// Whether a form feed opened a new page right before this line.
    pub page_start: bool,
}

impl Line {
    /// The content of the line (empty when the span is somehow invalid).
    ///
    /// ```
    /// use kommuntext::lines;
    /// let text = "Beslut\nÄrendet";
    /// assert_eq!(lines(text).nth(1).map(|l| l.text(text)), Some("Ärendet"));
    /// ```
    #[inline]
    pub fn text<'a>(&self, text: &'a str) -> &'a str {
        self.span.get(text).unwrap_or("")
    }

    /// The content span without leading and trailing white space
    /// (including no-break spaces).
    ///
    /// ```
    /// use kommuntext::lines;
    /// let text = "\u{a0} Beslutsunderlag  ";
    /// let l = lines(text).next().unwrap();
    /// assert_eq!(&text[l.trimmed(text)], "Beslutsunderlag");
    /// ```
    #[inline]
    pub fn trimmed(&self, text: &str) -> Span {
        self.span.trim(text)
    }

    /// The trimmed content as a string.
    ///
    /// ```
    /// use kommuntext::lines;
    /// let text = "   Jäv  ";
    /// assert_eq!(lines(text).next().unwrap().trimmed_text(text), "Jäv");
    /// ```
    #[inline]
    pub fn trimmed_text<'a>(&self, text: &'a str) -> &'a str {
        self.trimmed(text).get(text).unwrap_or("")
    }

    /// Whether the line holds only white space.
    ///
    /// ```
    /// use kommuntext::lines;
    /// let text = "Bakgrund\n \t\u{a0}\nText";
    /// let blank: Vec<bool> = lines(text).map(|l| l.is_blank(text)).collect();
    /// assert_eq!(blank, [false, true, false]);
    /// ```
    #[inline]
    pub fn is_blank(&self, text: &str) -> bool {
        self.text(text).trim().is_empty()
    }

    /// Leading white space, in characters (a tab counts as one).
    ///
    /// ```
    /// use kommuntext::lines;
    /// let text = "    Omröstning";
    /// assert_eq!(lines(text).next().unwrap().indent(text), 4);
    /// ```
    #[inline]
    pub fn indent(&self, text: &str) -> usize {
        self.text(text)
            .chars()
            .take_while(|c| c.is_whitespace())
            .count()
    }

    /// The one-based page number, for display.
    ///
    /// ```
    /// use kommuntext::lines;
    /// let text = "Sida 1\n\u{c}Sida 2";
    /// let pages: Vec<usize> = lines(text).map(|l| l.page_number()).collect();
    /// assert_eq!(pages, [1, 2]);
    /// ```
    #[inline]
    pub fn page_number(&self) -> usize {
        self.page + 1
    }
}

/// Iterator over the [`Line`]s of a text; see [`lines`].
///
/// # Example
///
/// ```
/// use kommuntext::{lines, Lines};
/// let mut it: Lines<'_> = lines("Beslut\nJäv");
/// assert_eq!(it.next().map(|l| l.index), Some(0));
/// assert_eq!(it.count(), 1);
/// ```
#[derive(Clone, Debug)]
pub struct Lines<'a> {
    bytes: &'a [u8],
    pos: usize,
    index: usize,
    page: usize,
}

/// Splits a text into lines with spans and page indices.
///
/// An empty text has no lines; a final terminator does not start an empty
/// line (as [`str::lines`]), but a form feed after it starts a new page only
/// if a line follows.
///
/// # Example
///
/// ```
/// use kommuntext::lines;
/// let text = "Protokoll\r\nSammanträdesdatum\r2020-12-15\n\n";
/// let texts: Vec<&str> = lines(text).map(|l| l.text(text)).collect();
/// assert_eq!(texts, ["Protokoll", "Sammanträdesdatum", "2020-12-15", ""]);
/// ```
#[doc(alias = "rader")]
pub fn lines(text: &str) -> Lines<'_> {
    Lines {
        bytes: text.as_bytes(),
        pos: 0,
        index: 0,
        page: 0,
    }
}

impl<'a> Iterator for Lines<'a> {
    type Item = Line;

    fn next(&mut self) -> Option<Line> {
        let len = self.bytes.len();
        let first = self.pos;
        let mut start = self.pos;
        let mut page_start = false;
        while self.bytes.get(start) == Some(&b'\x0c') {
            start += 1;
            self.page += 1;
            page_start = true;
        }
        if start >= len {
            self.pos = len;
            return None;
        }
        // The line ends at the first line feed, carriage return or form
        // feed (a vectorized search).
        let rest = self.bytes.get(start..).unwrap_or(&[]);
        let (end, next) = match memchr::memchr3(b'\n', b'\r', b'\x0c', rest) {
            None => (len, len),
            Some(k) => {
                let end = start + k;
                let next = match rest.get(k) {
                    Some(b'\n') => end + 1,
                    Some(b'\r') if self.bytes.get(end + 1) == Some(&b'\n') => end + 2,
                    Some(b'\r') => end + 1,
                    _ => end,
                };
                (end, next)
            }
        };
        self.pos = next;
        let line = Line {
            span: Span::new(start, end),
            full: Span::new(first, next),
            index: self.index,
            page: self.page,
            page_start,
        };
        self.index += 1;
        Some(line)
    }
}

impl core::iter::FusedIterator for Lines<'_> {}

/// Bytes that fill a `u64`: `0x0101…01`.
const LO: u64 = u64::MAX / 255;
/// The high bit of every byte of a `u64`.
const HI: u64 = LO << 7;

/// The bytes of `w` below 0x0E (the line terminators `\n`, `\f`, `\r`
/// are among them), as the high bit of each: exact per byte (each byte's
/// low seven bits are added to without a carry into the next byte).
#[inline(always)]
fn below_0e(w: u64) -> u64 {
    !(((w & !HI) + (0x80 - 0x0E) * LO) | w) & HI
}

/// The number of bytes of `b` below 0x0E: at least the number of line
/// terminators (`\n`, `\r`, `\f`), read a word at a time.
pub(crate) fn count_below_0e(b: &[u8]) -> usize {
    // The eight byte counts of a word summed: pairs in 16-bit lanes, then
    // the lanes by a multiplication into the top lane.
    let sum = |acc: u64| {
        let pairs = (acc & 0x00FF_00FF_00FF_00FF) + ((acc >> 8) & 0x00FF_00FF_00FF_00FF);
        (pairs.wrapping_mul(0x0001_0001_0001_0001) >> 48) as usize
    };
    let mut total = 0usize;
    // Per-byte counts in one word, for at most 255 words.
    let mut acc = 0u64;
    let mut words = 0u32;
    let mut chunks = b.chunks_exact(8);
    for c in &mut chunks {
        acc += below_0e(u64::from_le_bytes(c.try_into().unwrap_or([0xFF; 8]))) >> 7;
        words += 1;
        if words == 255 {
            total += sum(acc);
            acc = 0;
            words = 0;
        }
    }
    total + sum(acc) + chunks.remainder().iter().filter(|&&c| c < 0x0E).count()
}

#[cfg(test)]
mod tests {
    use super::count_below_0e;

    #[test]
    fn word_count_agrees_with_a_byte_count() {
        let mut cases: Vec<Vec<u8>> = vec![
            b"".to_vec(),
            b"abc".to_vec(),
            b"Beslut\nJ\xc3\xa4v".to_vec(),
            b"a\tb\x0bc\x0c".to_vec(),
            b"\r\n".to_vec(),
        ];
        // Terminators and other low bytes at every offset, in short and
        // long texts (past 255 words), beside non-ASCII bytes.
        for len in [1, 7, 8, 9, 63, 64, 65, 200, 3000] {
            for at in [0, 1, 7, 8, 15, 63, 64, 65, 199, 2999] {
                for t in [b'\n', b'\r', 0x0C, b'\t', 0x0B, 0x00, 0x0D + 1, 0xFF] {
                    if at < len {
                        let mut v = vec![b'x'; len];
                        if let Some(x) = v.get_mut(at) {
                            *x = t;
                        }
                        if let Some(x) = v.get_mut(at / 2) {
                            *x = 0xC3;
                        }
                        cases.push(v);
                    }
                }
            }
        }
        cases.push(vec![b'\n'; 5000]);
        for b in &cases {
            let count = b.iter().filter(|&&c| c < 0x0E).count();
            assert_eq!(count_below_0e(b), count, "{b:?}");
        }
    }
}
