//! The compact line table of the first pass: 12 bytes per row.
//!
//! A row is one line of the text, except that a run of blank lines on the
//! same page is one row: a text of a million line breaks is one row, not a
//! million. A row stores its content span and a packed word with its
//! terminator length, page index, whether a form feed opened it, and a tag
//! the first pass sets (its class, without the payload: the payload is read
//! again from the line on demand). The full span of a row starts where the
//! previous row's ends, so it is not stored.
//!
//! Offsets are `u32`: texts longer than [`MAX_LEN`] are not classified (the
//! parser reports them with a diagnostic).

use crate::lines::Line;
use crate::Span;

/// The longest text the line table can hold (4 GiB − 1).
pub const MAX_LEN: usize = u32::MAX as usize;

/// Bits of [`Row::meta`].
const TAG_BITS: u32 = 8;
const TERM_SHIFT: u32 = 8;
const PAGE_START_BIT: u32 = 1 << 10;
const PAGE_SHIFT: u32 = 11;
/// The largest page index a row records; later pages share it.
const PAGE_MAX: u32 = (1 << (32 - PAGE_SHIFT)) - 1;

/// One row: a line, or a run of blank lines on one page.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Row {
    /// Content start (after the form feeds that opened the page).
    start: u32,
    /// Content end (for a blank run: the end of its last line's content).
    end: u32,
    /// Tag (8 bits), terminator length (2 bits), page start (1 bit), page
    /// index (21 bits, saturating).
    meta: u32,
}

impl Row {
    #[inline]
    pub(crate) fn span(self) -> Span {
        Span::new(self.start as usize, self.end as usize)
    }

    /// Where the row's full span ends (after its terminator).
    #[inline]
    pub(crate) fn full_end(self) -> usize {
        self.end as usize + ((self.meta >> TERM_SHIFT) & 3) as usize
    }

    #[inline]
    pub(crate) fn tag(self) -> u8 {
        (self.meta & ((1 << TAG_BITS) - 1)) as u8
    }

    #[inline]
    pub(crate) fn set_tag(&mut self, tag: u8) {
        self.meta = (self.meta & !((1 << TAG_BITS) - 1)) | u32::from(tag);
    }

    #[inline]
    pub(crate) fn page(self) -> usize {
        (self.meta >> PAGE_SHIFT) as usize
    }

    #[inline]
    pub(crate) fn page_start(self) -> bool {
        self.meta & PAGE_START_BIT != 0
    }
}

/// The rows of a text, with the text.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct Rows<'a> {
    pub(crate) text: &'a str,
    pub(crate) rows: Vec<Row>,
}

/// Tag of a blank row before the first pass sets its own tags.
pub(crate) const TAG_BLANK: u8 = 1;
/// Tag of a non-blank row before the first pass sets its own tags.
pub(crate) const TAG_CONTENT: u8 = 0;

/// `str::trim` (as [`crate::span::trim`]), settled at once for a line
/// that starts and ends with an ASCII byte that is not white space (most
/// lines): such a line has no white space to trim (an ASCII byte is a
/// whole character, and other white space is not ASCII).
#[inline]
pub(crate) fn trim(s: &str) -> &str {
    let plain = |b: u8| b.is_ascii() && !matches!(b, b'\t'..=b'\r' | b' ');
    let b = s.as_bytes();
    match (b.first(), b.last()) {
        (Some(&f), Some(&l)) if plain(f) && plain(l) => s,
        _ => crate::span::trim(s),
    }
}

/// Bytes that fill a `u64`: `0x0101…01`.
const LO: u64 = u64::MAX / 255;
/// The high bit of every byte of a `u64`.
const HI: u64 = LO << 7;

/// Where the line starting at `i` of `b` ends: the first line feed,
/// carriage return or form feed at or after `i`, else `b.len()` (what
/// [`crate::lines`] finds with `memchr3`). Read eight bytes at a time: the bytes
/// below 0x0E are flagged (the lowest flag is exact: a borrow only runs
/// to higher bytes), and only a flagged byte is looked at; most lines
/// hold none but their terminator.
#[inline]
fn line_end(b: &[u8], mut i: usize) -> usize {
    while let Some(c) = b.get(i..i + 8) {
        let Ok(c) = <[u8; 8]>::try_from(c) else { break };
        let w = u64::from_le_bytes(c);
        let m = w.wrapping_sub(0x0E * LO) & !w & HI;
        if m == 0 {
            i += 8;
            continue;
        }
        let k = i + (m.trailing_zeros() / 8) as usize;
        if matches!(b.get(k), Some(b'\n' | b'\r' | b'\x0c')) {
            return k;
        }
        i = k + 1;
    }
    while let Some(&c) = b.get(i) {
        if matches!(c, b'\n' | b'\r' | b'\x0c') {
            return i;
        }
        i += 1;
    }
    b.len()
}

/// Whether the line `start..end` of `b` (`text`'s bytes) is blank (as
/// `Line::is_blank`: `str::trim` leaves nothing), read on bytes: ASCII
/// white space is passed over, and the first other byte settles the line
/// when it is ASCII (most lines start with one) or the lead byte of a
/// character that is no white space (all but 0xC2 and 0xE1 to 0xE3: `Ä`,
/// `Å`, `Ö` start with 0xC3). Only a lead byte of possible white space
/// outside ASCII hands the rest of the line to `span::trim`.
#[inline]
fn blank_line(text: &str, b: &[u8], start: usize, end: usize) -> bool {
    let mut i = start;
    while i < end {
        match b.get(i) {
            Some(b'\t'..=b'\r' | b' ') => i += 1,
            Some(&c) if c.is_ascii() || !matches!(c, 0xC2 | 0xE1..=0xE3) => return false,
            _ => return crate::span::trim(text.get(i..end).unwrap_or("")).is_empty(),
        }
    }
    true
}

/// The number of rows of `text`: the lines of [`crate::lines`] but the
/// blank lines that join the blank row before them on the same page (what
/// [`fill`] pushes, counted without a table).
fn count_rows(text: &str) -> usize {
    let b = text.as_bytes();
    let mut pos = 0;
    let mut prev_blank = false;
    let mut n = 0;
    loop {
        let mut start = pos;
        let mut page_start = false;
        while b.get(start) == Some(&b'\x0c') {
            start += 1;
            page_start = true;
        }
        if start >= b.len() {
            return n;
        }
        let end = line_end(b, start);
        pos = match b.get(end) {
            Some(b'\r') if b.get(end + 1) == Some(&b'\n') => end + 2,
            Some(b'\n' | b'\r') => end + 1,
            _ => end,
        };
        let blank = blank_line(text, b, start, end);
        n += usize::from(!(blank && prev_blank && !page_start));
        prev_blank = blank;
    }
}

/// The rows of `text` pushed to `rows`; without `grow`, `Err` (with the
/// rows so far) as soon as one more row would pass the table's capacity.
/// (One loop over the lines: the page index kept as a `u32`, saturating,
/// a row pushed in place.)
fn fill(text: &str, mut rows: Vec<Row>, grow: bool) -> Result<Vec<Row>, Vec<Row>> {
    let b = text.as_bytes();
    let len = b.len();
    let mut pos = 0;
    // The page index, saturating at PAGE_MAX.
    let mut page: u32 = 0;
    let mut prev_blank = false;
    loop {
        let mut start = pos;
        let mut page_start = 0;
        while b.get(start) == Some(&b'\x0c') {
            start += 1;
            page = (page + 1).min(PAGE_MAX);
            page_start = PAGE_START_BIT;
        }
        if start >= len {
            return Ok(rows);
        }
        let end = line_end(b, start);
        let (next, term) = match b.get(end) {
            Some(b'\n') => (end + 1, 1),
            Some(b'\r') if b.get(end + 1) == Some(&b'\n') => (end + 2, 2),
            Some(b'\r') => (end + 1, 1),
            _ => (end, 0),
        };
        pos = next;
        let blank = blank_line(text, b, start, end);
        // Offsets fit: the text is at most MAX_LEN bytes.
        let end32 = u32::try_from(end).unwrap_or(u32::MAX);
        if blank && prev_blank && page_start == 0 {
            if let Some(r) = rows.last_mut() {
                r.end = end32;
                r.meta = (r.meta & !(3 << TERM_SHIFT)) | (term << TERM_SHIFT);
                continue;
            }
        }
        prev_blank = blank;
        if !grow && rows.len() == rows.capacity() {
            return Err(rows);
        }
        let tag = if blank { TAG_BLANK } else { TAG_CONTENT };
        rows.push(Row {
            start: u32::try_from(start).unwrap_or(u32::MAX),
            end: end32,
            meta: u32::from(tag) | (term << TERM_SHIFT) | page_start | (page << PAGE_SHIFT),
        });
    }
}

impl<'a> Rows<'a> {
    /// Splits `text` into rows. The table is allocated once, at the most
    /// rows that take at most the text's size (every document's rows fit:
    /// they are tens of bytes long), filled in one pass over the lines and
    /// shrunk to its size; only a text of short lines by the thousand that
    /// does not fit has its rows counted (a first pass over the lines) and
    /// is read again into a table of the exact size. A text longer than
    /// [`MAX_LEN`] gives no rows.
    pub(crate) fn new(text: &'a str) -> Rows<'a> {
        if text.len() > MAX_LEN {
            return Rows {
                text,
                rows: Vec::new(),
            };
        }
        let fits = text.len() / std::mem::size_of::<Row>() + 1;
        let mut rows = match fill(text, Vec::with_capacity(fits), false) {
            Ok(rows) => rows,
            Err(partial) => {
                drop(partial);
                let exact = count_rows(text);
                fill(text, Vec::with_capacity(exact), true).unwrap_or_else(|rows| rows)
            }
        };
        rows.shrink_to_fit();
        Rows { text, rows }
    }

    #[inline]
    pub(crate) fn len(&self) -> usize {
        self.rows.len()
    }

    #[inline]
    pub(crate) fn row(&self, i: usize) -> Option<Row> {
        self.rows.get(i).copied()
    }

    /// The content of row `i` ("" when out of range).
    #[inline]
    pub(crate) fn content(&self, i: usize) -> &'a str {
        self.row(i)
            .and_then(|r| r.span().get(self.text))
            .unwrap_or("")
    }

    /// The trimmed content of row `i` ("" for a blank row, without reading
    /// it: a blank run can be megabytes of line breaks).
    #[inline]
    pub(crate) fn trimmed(&self, i: usize) -> &'a str {
        match self.row(i) {
            Some(r) if r.tag() != TAG_BLANK => trim(r.span().get(self.text).unwrap_or("")),
            _ => "",
        }
    }

    /// Whether row `i` is blank, from its tag ([`TAG_BLANK`] is set when
    /// the rows are made and kept by the first pass).
    #[inline]
    pub(crate) fn is_blank(&self, i: usize) -> bool {
        self.row(i).is_some_and(|r| r.tag() == TAG_BLANK)
    }

    /// The page index of row `i`.
    #[inline]
    pub(crate) fn page(&self, i: usize) -> usize {
        self.row(i).map_or(0, Row::page)
    }

    /// The number of pages: form feeds before the last row + 1; 0 without
    /// rows.
    pub(crate) fn pages(&self) -> usize {
        self.rows.last().map_or(0, |r| r.page() + 1)
    }

    /// Row `i` as a [`Line`] (its index is the row index; a blank run's
    /// span covers all its lines).
    pub(crate) fn line(&self, i: usize) -> Option<Line> {
        let r = self.row(i)?;
        let full_start = match i.checked_sub(1) {
            Some(p) => self.row(p).map_or(0, Row::full_end),
            None => 0,
        };
        Some(Line {
            span: r.span(),
            full: Span::new(full_start, r.full_end()),
            index: i,
            page: r.page(),
            page_start: r.page_start(),
        })
    }
}

impl Row {
    /// A piece `start..end` of this row (a segment of a flattened line):
    /// the first piece keeps the page start, the last keeps the terminator.
    pub(crate) fn piece(
        self,
        text: &str,
        start: usize,
        end: usize,
        first: bool,
        last: bool,
    ) -> Row {
        let blank = text.get(start..end).map_or(true, |s| s.trim().is_empty());
        let tag = if blank { TAG_BLANK } else { TAG_CONTENT };
        let term = if last {
            self.meta & (3 << TERM_SHIFT)
        } else {
            0
        };
        let page_start = if first { self.meta & PAGE_START_BIT } else { 0 };
        Row {
            start: u32::try_from(start).unwrap_or(u32::MAX),
            end: u32::try_from(end).unwrap_or(u32::MAX),
            meta: u32::from(tag) | term | page_start | (self.meta & (PAGE_MAX << PAGE_SHIFT)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blank_runs_are_one_row_and_spans_are_contiguous() {
        let text = "A\n\n \n\nB\r\n\u{c}\n\nC";
        let rows = Rows::new(text);
        let got: Vec<(&str, usize)> = (0..rows.len())
            .map(|i| (rows.trimmed(i), rows.page(i)))
            .collect();
        assert_eq!(got, [("A", 0), ("", 0), ("B", 0), ("", 1), ("C", 1)]);
        let mut at = 0;
        for i in 0..rows.len() {
            let l = rows.line(i).unwrap();
            assert_eq!(l.full.start, at);
            at = l.full.end;
        }
        assert_eq!(at, text.len());
        assert!(rows.line(3).unwrap().page_start);
    }

    #[test]
    fn tables_that_do_not_fit_are_read_again_at_their_size() {
        let texts = [
            String::new(),
            "a".to_string(),
            "a\n".to_string(),
            "a\nb".repeat(1000),
            "ord-\n".repeat(3000),
            "§ 1\n\n".repeat(500),
            "a\r\n\u{c}b\rc\n\n\n".repeat(300),
            "Kommunstyrelsen beslutar att anta budgeten.\n\n".repeat(200),
            "x".repeat(11) + "\n" + &"y".repeat(12),
        ];
        for t in &texts {
            let rows = Rows::new(t);
            let want = fill(t, Vec::new(), true).unwrap_or_else(|r| r);
            assert_eq!(rows.rows, want, "{:?}", t.get(..20));
            assert_eq!(rows.rows.capacity(), rows.rows.len());
        }
    }

    #[test]
    fn trimmed_rows_are_the_trimmed_content() {
        let mut texts: Vec<String> = crate::test_fixtures::contents();
        texts.push(" a \n\u{a0}b\u{2003}\n\t\n é \n\u{c}x\u{85}\n".to_string());
        for text in &texts {
            let rows = Rows::new(text);
            for i in 0..rows.len() + 2 {
                assert_eq!(rows.trimmed(i), rows.content(i).trim(), "{i}");
            }
        }
    }

    proptest::proptest! {
        #[test]
        fn trim_is_str_trim(s in "[ab \t\n\r\u{a0}\u{2003}\u{85}é.]{0,12}") {
            proptest::prop_assert_eq!(trim(&s), s.trim());
        }
    }

    /// The rows as they were read from [`crate::lines`], one line at a
    /// time (the reference of the byte scan).
    fn rows_from_lines(text: &str) -> Vec<Row> {
        let mut rows: Vec<Row> = Vec::new();
        let mut prev_blank = false;
        for l in crate::lines(text) {
            let blank = crate::span::trim(l.text(text)).is_empty();
            let joins = blank && prev_blank && !l.page_start;
            prev_blank = blank;
            let end = u32::try_from(l.span.end).unwrap();
            let term = (l.full.end - l.span.end).min(3) as u32;
            if joins {
                let r = rows.last_mut().unwrap();
                r.end = end;
                r.meta = (r.meta & !(3 << TERM_SHIFT)) | (term << TERM_SHIFT);
                continue;
            }
            let page = u32::try_from(l.page).unwrap().min(PAGE_MAX);
            let tag = if blank { TAG_BLANK } else { TAG_CONTENT };
            rows.push(Row {
                start: u32::try_from(l.span.start).unwrap(),
                end,
                meta: u32::from(tag)
                    | (term << TERM_SHIFT)
                    | if l.page_start { PAGE_START_BIT } else { 0 }
                    | (page << PAGE_SHIFT),
            });
        }
        rows
    }

    #[test]
    fn the_byte_scan_reads_the_rows_of_the_lines() {
        let mut texts: Vec<String> = crate::test_fixtures::contents();
        texts.extend(
            [
                "",
                "\u{c}",
                "a\u{c}",
                "\u{c}\u{c}a\r\n\r\rb\u{b}c\t\n\u{c}",
                "abcdefgh\nabcdefghi\r\nabcdefg\u{c}\t\t\t\t\t\t\t\t\t\n",
                " \u{a0}\n\u{a0}\n\n\u{1c}\n\u{85}x\u{85}\n",
                "å\u{e}\u{d}\u{8}\u{0}\nåäöåäöåäöåäö\u{7f}\u{80}\n",
            ]
            .map(String::from),
        );
        for t in &texts {
            assert_eq!(Rows::new(t).rows, rows_from_lines(t), "{:?}", t.get(..20));
        }
    }

    proptest::proptest! {
        #[test]
        fn the_byte_scan_reads_any_rows(s in "[ab \t\n\r\u{c}\u{b}\u{e}\u{a0}\u{85}é]{0,40}") {
            proptest::prop_assert_eq!(Rows::new(&s).rows, rows_from_lines(&s));
        }
    }

    #[test]
    fn only_newlines_is_one_row() {
        assert_eq!(Rows::new(&"\n".repeat(10_000)).len(), 1);
        assert_eq!(std::mem::size_of::<Row>(), 12);
    }
}
