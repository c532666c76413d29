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
