//! Byte spans into the original input.

use core::fmt;
use core::ops::{Index, Range};

/// A half-open byte range `start..end` into the original input text.
///
/// Every token, line, section and value that kommuntext extracts carries a
/// `Span`, so that an archivist can trace it back to the exact bytes it came
/// from. Spans always point into the text given to the library, never into a
/// cleaned or normalized copy. `&text[span]` works (and panics like any slice
/// on a bad span); library code uses [`Span::get`].
///
/// In JSON (feature `serde`) a span is the array `[start, end]`.
///
/// # Example
///
/// ```
/// use kommuntext::Span;
/// let text = "§ 176 Nära vård";
/// let span = Span::new(7, 12);
/// assert_eq!(&text[span], "Nära");
/// assert_eq!(format!("{span:?}"), "7..12");
/// ```
#[derive(Clone, Copy, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Span {
    /// Offset of the first byte.
    pub start: usize,
    /// Offset one past the last byte.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end`.
    #[inline]
    pub const fn new(start: usize, end: usize) -> Span {
        Span { start, end }
    }

    /// The number of bytes covered.
    #[inline]
    pub const fn len(&self) -> usize {
        self.end.saturating_sub(self.start)
    }

    /// Whether the span covers no bytes.
    #[inline]
    pub const fn is_empty(&self) -> bool {
        self.end <= self.start
    }

    /// The span as a `Range<usize>`.
    #[inline]
    pub const fn range(&self) -> Range<usize> {
        self.start..self.end
    }

    /// The smallest span covering both `self` and `other`.
    #[inline]
    pub fn cover(self, other: Span) -> Span {
        Span::new(self.start.min(other.start), self.end.max(other.end))
    }

    /// Whether `other` lies within `self`.
    #[inline]
    pub const fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// Moves the span `by` bytes to the right (for spans found in a slice of
    /// a larger text).
    #[inline]
    pub const fn offset(self, by: usize) -> Span {
        Span::new(self.start + by, self.end + by)
    }

    /// The text the span covers, or `None` when it is out of bounds or not on
    /// character boundaries. Never panics.
    ///
    /// ```
    /// use kommuntext::Span;
    /// assert_eq!(Span::new(0, 2).get("åå"), Some("å"));
    /// assert_eq!(Span::new(0, 1).get("åå"), None);
    /// ```
    #[inline]
    pub fn get(self, text: &str) -> Option<&str> {
        text.get(self.range())
    }

    /// The span without leading and trailing white space (as `str::trim`).
    ///
    /// ```
    /// use kommuntext::Span;
    /// let text = "  Beslut \n";
    /// assert_eq!(&text[Span::new(0, text.len()).trim(text)], "Beslut");
    /// ```
    pub fn trim(self, text: &str) -> Span {
        match self.get(text) {
            Some(s) => {
                let t = trim(s);
                let start = self.start + (t.as_ptr() as usize - s.as_ptr() as usize);
                Span::new(start, start + t.len())
            }
            None => self,
        }
    }
}

/// `str::trim` with the ASCII white space at both ends skipped on bytes; a
/// non-ASCII byte at an end hands that end to `str::trim_start` /
/// `str::trim_end` (no-break spaces and the other Unicode white space).
#[inline]
pub(crate) fn trim(s: &str) -> &str {
    // `char::is_whitespace` on ASCII: tab to carriage return, and space.
    let ws = |b: u8| matches!(b, b'\t'..=b'\r' | b' ');
    let b = s.as_bytes();
    let mut a = 0;
    while b.get(a).is_some_and(|&c| ws(c)) {
        a += 1;
    }
    let head = match b.get(a) {
        Some(c) if !c.is_ascii() => s.get(a..).map_or("", str::trim_start),
        _ => s.get(a..).unwrap_or(""),
    };
    let h = head.as_bytes();
    let mut e = h.len();
    while e > 0 && h.get(e - 1).is_some_and(|&c| ws(c)) {
        e -= 1;
    }
    match h.get(e.wrapping_sub(1)) {
        Some(c) if !c.is_ascii() => head.get(..e).map_or("", str::trim_end),
        _ => head.get(..e).unwrap_or(""),
    }
}

impl fmt::Debug for Span {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}..{}", self.start, self.end)
    }
}

impl From<Range<usize>> for Span {
    #[inline]
    fn from(r: Range<usize>) -> Span {
        Span::new(r.start, r.end)
    }
}

impl From<Span> for Range<usize> {
    #[inline]
    fn from(s: Span) -> Range<usize> {
        s.range()
    }
}

impl Index<Span> for str {
    type Output = str;
    #[inline]
    // Panics on a bad span, like any slice; that is what `Index` means.
    #[allow(clippy::indexing_slicing, clippy::string_slice)]
    fn index(&self, span: Span) -> &str {
        &self[span.range()]
    }
}

impl Index<Span> for String {
    type Output = str;
    #[inline]
    // Panics on a bad span, like any slice; that is what `Index` means.
    #[allow(clippy::indexing_slicing, clippy::string_slice)]
    fn index(&self, span: Span) -> &str {
        &self.as_str()[span.range()]
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for Span {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeTuple;
        let mut t = s.serialize_tuple(2)?;
        t.serialize_element(&self.start)?;
        t.serialize_element(&self.end)?;
        t.end()
    }
}

#[cfg(feature = "serde")]
impl<'de> serde::Deserialize<'de> for Span {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Span, D::Error> {
        let (start, end) = <(usize, usize)>::deserialize(d)?;
        Ok(Span::new(start, end))
    }
}

#[cfg(test)]
mod trim_tests {
    use super::trim;

    #[test]
    fn trim_is_str_trim() {
        for s in [
            "",
            " ",
            "a",
            "  a  ",
            "\t\r\n a b \u{a0}",
            "\u{a0}ö\u{a0}",
            "ö",
            " ö ",
            "\u{2003}x\u{2003}",
            "å \u{a0}",
            "\u{a0}",
            "x\u{0b}",
            "\u{1c}x\u{1c}",
        ] {
            assert_eq!(trim(s), s.trim(), "{s:?}");
        }
    }

    proptest::proptest! {
        #[test]
        fn trim_is_str_trim_on_any_text(s in "[ \\t\\r\\na-zåö\\u{a0}\\u{2003}\\u{1c}]{0,12}") {
            proptest::prop_assert_eq!(trim(&s), s.trim());
        }
    }
}
