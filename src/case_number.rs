//! Diarienummer (case numbers): a byte scanner that finds them in running
//! text, and a parser for a single candidate.
//!
//! The accepted grammar is quoted on [`find_case_numbers`].

use crate::{Diagnostic, Severity, Span};
use core::fmt;
use core::str::FromStr;

/// A diarienummer: the number a Swedish authority gives a case (ärende) in
/// its register.
///
/// In JSON (feature `serde`) it is `{text, prefix, year, serial, suffix,
/// span}`, every key always present (`null` when missing).
///
/// `Display` writes [`CaseNumber::text`]; parsing that text with
/// [`str::parse`] gives back an equal value (with the span `0..text.len()`).
///
/// # Example
///
/// ```
/// use kommuntext::CaseNumber;
/// let dnr: CaseNumber = "SN/2020:223".parse().unwrap();
/// assert_eq!(dnr.prefix.as_deref(), Some("SN"));
/// assert_eq!(dnr.year, Some(2020));
/// assert_eq!(dnr.serial, "223");
/// assert_eq!(dnr.suffix, None);
/// assert_eq!(dnr.to_string(), "SN/2020:223");
/// ```
#[doc(alias = "diarienummer")]
#[doc(alias = "dnr")]
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct CaseNumber {
    /// The diarienummer as written, without its label (`"KS 2019/0057"`).
    pub text: String,
    /// The organ or series code (`"KS"`, `"VON"`), wherever it is written.
    pub prefix: Option<String>,
    /// The year, four digits; two-digit years are expanded (see
    /// [`expand_two_digit_year`]).
    pub year: Option<u16>,
    /// The serial number as written, zeros kept (`"0057"`).
    pub serial: String,
    /// A sub-number or classification code (`"001"` in `2019/KS 0123 001`,
    /// `"1.6"` in `1.6-0463/2019`).
    pub suffix: Option<String>,
    /// Where [`CaseNumber::text`] is in the input.
    pub span: Span,
}

/// A case number found in a text, with how much it can be trusted.
///
/// # Example
///
/// ```
/// use kommuntext::find_case_number_matches;
/// let (found, _) = find_case_number_matches("Dnr: 31/19\nBilaga KS 2019/57");
/// assert!(found[0].labelled);
/// assert_eq!(found[0].case_number.text, "31/19");
/// assert!(!found[1].labelled);
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CaseNumberMatch {
    /// The case number.
    pub case_number: CaseNumber,
    /// Whether a label (`Dnr`, `Diarienummer`, `Vår beteckning`, …) stood
    /// right before it. Labelled values are trusted more: some shapes are
    /// accepted only after a label.
    pub labelled: bool,
    /// The label's span, when there was one.
    pub label: Option<Span>,
}

/// Why a string is not a case number.
///
/// # Example
///
/// ```
/// use kommuntext::{CaseNumber, CaseNumberErrorKind};
/// let err = "Dnr 2019/".parse::<CaseNumber>().unwrap_err();
/// assert_eq!(err.kind(), CaseNumberErrorKind::Fragment);
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParseCaseNumberError {
    kind: CaseNumberErrorKind,
    span: Span,
}

impl ParseCaseNumberError {
    /// What went wrong.
    pub fn kind(&self) -> CaseNumberErrorKind {
        self.kind
    }
    /// The bytes of the input the error is about.
    pub fn span(&self) -> Span {
        self.span
    }
}

/// The kind of a [`ParseCaseNumberError`].
///
/// # Example
///
/// ```
/// use kommuntext::{parse_case_number, CaseNumberErrorKind};
/// assert_eq!(parse_case_number("").unwrap_err().kind(), CaseNumberErrorKind::Empty);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CaseNumberErrorKind {
    /// Nothing but white space.
    Empty,
    /// A label or a truncated number (`Dnr`, `Dnr 2019/`, `Dnr KS`).
    Fragment,
    /// Digits and codes in no known diarienummer shape (`1:31`).
    UnknownShape,
    /// A case number followed or preceded by other text.
    TrailingText,
}

impl fmt::Display for ParseCaseNumberError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let what = match self.kind {
            CaseNumberErrorKind::Empty => "empty case number",
            CaseNumberErrorKind::Fragment => "case number fragment",
            CaseNumberErrorKind::UnknownShape => "not a known case number shape",
            CaseNumberErrorKind::TrailingText => "text around the case number",
        };
        write!(f, "{what} at {:?}", self.span)
    }
}

impl std::error::Error for ParseCaseNumberError {}

impl fmt::Display for CaseNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text)
    }
}

impl FromStr for CaseNumber {
    type Err = ParseCaseNumberError;
    fn from_str(s: &str) -> Result<CaseNumber, ParseCaseNumberError> {
        parse_case_number(s)
    }
}

/// Expands a two-digit year the way POSIX `strptime("%y")` does:
/// `00`–`68` are 2000–2068, `69`–`99` are 1969–1999.
///
/// A fixed pivot (not one that moves with the clock) keeps results
/// reproducible; the documents read are from 1969 onwards.
///
/// # Example
///
/// ```
/// use kommuntext::expand_two_digit_year;
/// assert_eq!(expand_two_digit_year(19), 2019);
/// assert_eq!(expand_two_digit_year(99), 1999);
/// ```
pub const fn expand_two_digit_year(yy: u8) -> u16 {
    if yy <= 68 {
        2000 + yy as u16
    } else {
        1900 + yy as u16
    }
}

/// Parses one candidate string as a case number. A leading label
/// (`Dnr:`, `Diarienummer`) is allowed and skipped; any other text around the
/// number is an error. Every shape of the grammar of [`find_case_numbers`]
/// is accepted, also those that need a label in running text: the caller
/// vouches for the candidate as a label would (`2019/2020` is serial 2020 of
/// 2019 here). Dates are never case numbers.
///
/// # Example
///
/// ```
/// use kommuntext::parse_case_number;
/// let dnr = parse_case_number("Dnr KS 19-820 107").unwrap();
/// assert_eq!(dnr.text, "KS 19-820 107");
/// assert_eq!((dnr.year, dnr.serial.as_str(), dnr.suffix.as_deref()), (Some(2019), "820", Some("107")));
/// assert!(parse_case_number("Ekdalen 1:31").is_err());
/// ```
pub fn parse_case_number(s: &str) -> Result<CaseNumber, ParseCaseNumberError> {
    let whole = Span::new(0, s.len());
    let trimmed = whole.trim(s);
    if trimmed.is_empty() {
        return Err(ParseCaseNumberError {
            kind: CaseNumberErrorKind::Empty,
            span: whole,
        });
    }
    let mut out = Vec::new();
    let mut diags = Vec::new();
    scan(s, true, &mut out, &mut diags);
    match (out.as_slice(), diags.first()) {
        ([m], _) => {
            let mut cn = m.case_number.clone();
            let start = m.label.map_or(cn.span.start, |l| l.start);
            if start != trimmed.start || cn.span.end != trimmed.end {
                return Err(ParseCaseNumberError {
                    kind: CaseNumberErrorKind::TrailingText,
                    span: trimmed,
                });
            }
            cn.span = Span::new(cn.span.start, cn.span.end);
            Ok(cn)
        }
        ([], Some(d)) if d.code == "case_number_fragment" => Err(ParseCaseNumberError {
            kind: CaseNumberErrorKind::Fragment,
            span: trimmed,
        }),
        ([], _) => Err(ParseCaseNumberError {
            kind: CaseNumberErrorKind::UnknownShape,
            span: trimmed,
        }),
        _ => Err(ParseCaseNumberError {
            kind: CaseNumberErrorKind::TrailingText,
            span: trimmed,
        }),
    }
}

/// Finds every diarienummer in a text, with diagnostics for label fragments
/// (`Dnr 2019/`, `Dnr KS`, a bare `Dnr`; code `case_number_fragment`) and
/// for prefixed shapes that are also paragraph designations (`KS 112/19`;
/// code `case_number_ambiguous`).
///
/// Results are in text order and never overlap.
///
/// # Grammar
///
/// A candidate is built from *groups*: `L` a run of 1–6 letters (an organ or
/// series code: `KS`, `BUN`, `Kst`, `von`), `D` a run of digits. Groups are
/// joined by `/`, `:`, `.`, `-`, nothing (`LD19/03336`), one white space
/// (`KS 2019/57`, also a line break between a code and its number:
/// `BUN` / `2019/12`) or a spaced hyphen `~` (` - `). Each accepted shape
/// names the role of every group: `P` prefix, `Y` four-digit year
/// (1900–2099), `y` two-digit year, `S` serial, `C` suffix/classification:
///
/// | shape | roles | example |
/// |---|---|---|
/// | `L D/D` | P Y S, P S Y, P y S, P S y¹ | `KS 2019/0057`, `Tn 99/2026`, `SN 19/0098`, `KS 112/19`¹ |
/// | `L D/D-D` | P Y S C | `KS 2019/57-1` |
/// | `L D/D D` | P Y S K, P y S K¹ | `Dnr Ks 97/1155 253`¹ (K: three digits) |
/// | `L-D/D`, `LD/D`, `L/D:D`, `L/D/D` | P Y S, P y S, P S Y | `SN-2019/104`, `LD19/03336`, `KS/2019:7`, `LS/1245/2019` |
/// | `L/D:D-D` | P Y S C | `KS/2019:7-2` |
/// | `D/L D`, `D/L D D` | Y P S (C) | `2019/KS 0123 001`, `19/TN 0044` |
/// | `L D-D D` | P y S C | `KS 19-820 107` |
/// | `D.D-D L` | y S C P | `99.123-622 Ks` |
/// | `L.D.D`, `L-D-D` | P Y S | `KU.2019.91`, `SLK-2025-00364` |
/// | `D/D L`, `D/D L~D`, `D.D L` | Y S P (C) | `2019/0041 ABC - 1`, `2021.231 VON` |
/// | `D/D`, `D/D-D` | Y S (C), S Y², y S², S y¹ | `2019/00136`, `00322/2026`, `31/19`¹ |
/// | `D/D~D` | S y C | `0015/19 - 200` |
/// | `D-D-D`, `D-D-D.D.D` | Y S C, C S y, C S Y | `102-274-04`, `2019-875-1.2.4`, `7-742-2011` |
/// | `D.D-D/D`, `D.D.D/D-D`, `D.D-D-D` | C… S Y | `1.6-0463/2019`, `2.2.2/171-2019`, `2.6-335-2013` |
/// | `LD` (6 digits) | P y+S | `(RV190949)`, only in parentheses |
/// | `L D`, `L D:D`, `L D-D`, `D`, `D.D`, `D:D`, `D-D` | ¹ | `Dnr KS 123` |
///
/// ¹ only after a label (`Dnr`, `Diarienummer`, …): these shapes are also
/// paragraph designations (`KS 112/19`), ratios (`85/15`), quarters
/// (`1/2019`), statutes (`2010:123`) or dates. ² without a label only with a
/// zero-padded serial (`00322/2026`).
///
/// Always rejected: a year span (`2019/2020`, `2019/20`) without a label, a
/// date (`2019-12-06`), anything after a series word (`SOU 2019:114`,
/// `SFS 2017:725`, `Prop. 2019/20:1`, `kvartal 1/2019`, `§ 12/20`), shapes not
/// in the table (`Ekdalen 1:31`, `VA 12/19-13/19`, `2019/20:1`).
///
/// A prefix written before the number with a space must look like an organ
/// code: all capitals (`BUN`, `SÄN`), or two or three letters with a capital
/// first (`Ks`, `Kst`); after a label also lower case (`Dnr ks 2019/3`).
/// Glued prefixes (`von/2019:3`) may have any case.
///
/// # Time complexity
///
/// Linear in the length of the text: the scanner jumps from digit to digit
/// and looks at most a few dozen bytes around each.
///
/// # Example
///
/// ```
/// use kommuntext::find_case_numbers;
/// let text = "§ 12 Nära vård (SN/2020:223)\nDnr KS 2019/0057 och Dnr 2019/";
/// let (found, diags) = find_case_numbers(text);
/// let texts: Vec<&str> = found.iter().map(|c| c.text.as_str()).collect();
/// assert_eq!(texts, ["SN/2020:223", "KS 2019/0057"]);
/// assert_eq!(&text[found[1].span], "KS 2019/0057");
/// assert_eq!(diags[0].code, "case_number_fragment");
/// ```
pub fn find_case_numbers(text: &str) -> (Vec<CaseNumber>, Vec<Diagnostic>) {
    let (m, d) = find_case_number_matches(text);
    (m.into_iter().map(|m| m.case_number).collect(), d)
}

/// Like [`find_case_numbers`], also telling whether each value was labelled.
///
/// # Example
///
/// ```
/// use kommuntext::find_case_number_matches;
/// let (found, _) = find_case_number_matches("Vår beteckning\nBUN 2019/12");
/// assert!(found[0].labelled);
/// assert_eq!(found[0].case_number.prefix.as_deref(), Some("BUN"));
/// ```
pub fn find_case_number_matches(text: &str) -> (Vec<CaseNumberMatch>, Vec<Diagnostic>) {
    let mut out = Vec::new();
    let mut diags = Vec::new();
    scan(text, false, &mut out, &mut diags);
    (out, diags)
}

// ---------------------------------------------------------------------------
// Byte classes shared by the recognizers.

const LO: u64 = 0x0101_0101_0101_0101;
const HI: u64 = 0x8080_8080_8080_8080;

/// Whether some byte of `x` is below `n` (`n` ≤ 128; may report a false
/// hit next to a true one, never misses one).
#[inline]
fn has_less(x: u64, n: u8) -> bool {
    x.wrapping_sub(LO * u64::from(n)) & !x & HI != 0
}

/// Whether some byte of `x` equals `c`.
#[cfg(test)]
#[inline]
fn has_byte(x: u64, c: u8) -> bool {
    has_less(x ^ (LO * u64::from(c)), 1)
}

/// Whether some byte of `x` is an ASCII digit.
#[inline]
pub(crate) fn chunk_has_digit(x: u64) -> bool {
    has_less(x ^ (LO * 0x30), 10)
}

/// Whether `b` holds an ASCII digit, eight bytes at a time
/// ([`chunk_has_digit`]).
pub(crate) fn has_ascii_digit(b: &[u8]) -> bool {
    let mut chunks = b.chunks_exact(8);
    chunks
        .by_ref()
        .any(|c8| <[u8; 8]>::try_from(c8).is_ok_and(|a| chunk_has_digit(u64::from_le_bytes(a))))
        || chunks.remainder().iter().any(u8::is_ascii_digit)
}

/// Whether some byte of `x` is a digit or `0xC2` (lead byte of `§`, NBSP).
/// The reference for [`next_digit_or_c2`], which the scanners use.
#[cfg(test)]
#[inline]
pub(crate) fn chunk_digit_or_c2(x: u64) -> bool {
    chunk_has_digit(x) || has_byte(x, 0xC2)
}

/// 0x80 in the bytes of `x` below `n` (`n` ≤ 128), as [`has_less`]: a byte
/// above a true hit may be flagged too, but the lowest flagged byte is
/// always a true hit (no borrow reaches it from below).
#[inline]
fn less_mask(x: u64, n: u8) -> u64 {
    x.wrapping_sub(LO * u64::from(n)) & !x & HI
}

/// The first byte at or after `i` that is an ASCII digit or `0xC2`: what
/// `skip_to(b, i, chunk_digit_or_c2, …)` finds, but the place comes from
/// the lowest flagged byte of the eight-byte mask instead of a second,
/// byte-by-byte look at the window (see the test
/// `next_digit_or_c2_agrees_with_skip_to`).
pub(crate) fn next_digit_or_c2(b: &[u8], i: usize) -> Option<usize> {
    let mask = |c8: &[u8]| {
        let x = <[u8; 8]>::try_from(c8).map_or(0, u64::from_le_bytes);
        less_mask(x ^ (LO * 0x30), 10) | less_mask(x ^ (LO * 0xC2), 1)
    };
    let rest = b.get(i..)?;
    // Sixteen bytes a step (two windows, one test), then eight, then bytes.
    let mut pairs = rest.chunks_exact(16);
    let mut at = i;
    for c16 in &mut pairs {
        let (lo, hi) = c16.split_at(8);
        let (m0, m1) = (mask(lo), mask(hi));
        if m0 | m1 != 0 {
            let (m, base) = if m0 != 0 { (m0, at) } else { (m1, at + 8) };
            return Some(base + (m.trailing_zeros() / 8) as usize);
        }
        at += 16;
    }
    let mut chunks = pairs.remainder().chunks_exact(8);
    for c8 in &mut chunks {
        let m = mask(c8);
        if m != 0 {
            return Some(at + (m.trailing_zeros() / 8) as usize);
        }
        at += 8;
    }
    chunks
        .remainder()
        .iter()
        .position(|&c| c.is_ascii_digit() || c == 0xC2)
        .map(|k| at + k)
}

/// 0x80 in every byte of `v` that is zero, exactly.
#[inline]
fn zero_mask(v: u64) -> u64 {
    let low7 = LO * 0x7F;
    !(((v & low7).wrapping_add(low7)) | v | low7)
}

/// Whether byte `k` of the text starts an anchor of the case-number
/// scanner: a digit, or a letter pair that every label has (`nr` in
/// dnr/diarienr/ärendenr, `nu` in diarienummer/ärendenummer, `kn` in
/// beteckning), any case.
#[inline]
fn is_anchor(b: &[u8], k: usize) -> bool {
    let c = byte(b, k);
    if c.is_ascii_digit() {
        return true;
    }
    let (c, d) = (c | 0x20, byte(b, k + 1) | 0x20);
    (c == b'n' && (d == b'r' || d == b'u')) || (c == b'k' && d == b'n')
}

/// The next anchor (see [`is_anchor`]) at or after `i`. Looks at eight
/// bytes at a time (SWAR), stepping by seven so that pairs across two
/// windows are seen.
fn next_anchor(b: &[u8], mut i: usize) -> Option<usize> {
    while let Some(c8) = b.get(i..i + 8) {
        if let Ok(arr) = <[u8; 8]>::try_from(c8) {
            let x = u64::from_le_bytes(arr);
            let lower = x | (LO * 0x20);
            let m = |c: u8| zero_mask(lower ^ (LO * u64::from(c)));
            // Every pair has an `n`: test for it first (most windows of
            // prose have none).
            let hit = chunk_has_digit(x) || {
                let mn = m(b'n');
                mn != 0 && (mn & ((m(b'r') | m(b'u')) >> 8)) | (m(b'k') & (mn >> 8)) != 0
            };
            if hit {
                if let Some(k) = (i..i + 7).find(|&k| is_anchor(b, k)) {
                    return Some(k);
                }
            }
        }
        i += 7;
    }
    (i..b.len()).find(|&k| is_anchor(b, k))
}

/// Whether `text` may hold a labelled case number: a word of its own
/// (a whole run of letters) that is a label of the scanner (`Dnr`,
/// `Diarienummer`, `Beteckning`, …). Without one,
/// [`find_case_number_matches`] finds no match with `labelled` set: such
/// a match is read after a label word, a whole run of letters around a
/// letter anchor (see [`is_anchor`]). The letter anchors are found as
/// [`next_anchor`] finds them, digits passed over.
pub(crate) fn may_hold_label(text: &str) -> bool {
    let b = text.as_bytes();
    let letter_anchor = |k: usize| {
        let (c, d) = (byte(b, k) | 0x20, byte(b, k + 1) | 0x20);
        (c == b'n' && (d == b'r' || d == b'u')) || (c == b'k' && d == b'n')
    };
    let is_label_at = |k: usize| {
        let mut ws = k;
        while ws > 0 && k - ws < 16 {
            let l = letter_len_before(b, ws);
            if l == 0 {
                break;
            }
            ws -= l;
        }
        let (we, _) = scan_letters(b, ws);
        letter_len_before(b, ws) == 0 && b.get(ws..we).is_some_and(is_label)
    };
    let mut i = 0;
    while let Some(c8) = b.get(i..i + 8) {
        if let Ok(arr) = <[u8; 8]>::try_from(c8) {
            let lower = u64::from_le_bytes(arr) | (LO * 0x20);
            let m = |c: u8| zero_mask(lower ^ (LO * u64::from(c)));
            let mn = m(b'n');
            let hit = mn != 0 && (mn & ((m(b'r') | m(b'u')) >> 8)) | (m(b'k') & (mn >> 8)) != 0;
            if hit && (i..i + 7).any(|k| letter_anchor(k) && is_label_at(k)) {
                return true;
            }
        }
        i += 7;
    }
    (i..b.len()).any(|k| letter_anchor(k) && is_label_at(k))
}

/// The first position from `i` whose byte satisfies `pred`, skipping eight
/// bytes at a time while `chunk` says none of them can (SWAR, no unsafe).
#[inline]
pub(crate) fn skip_to(
    b: &[u8],
    mut i: usize,
    chunk: impl Fn(u64) -> bool,
    pred: impl Fn(u8) -> bool,
) -> Option<usize> {
    while let Some(c8) = b.get(i..i + 8) {
        if let Ok(arr) = <[u8; 8]>::try_from(c8) {
            if chunk(u64::from_le_bytes(arr)) {
                if let Some(k) = arr.iter().position(|&c| pred(c)) {
                    return Some(i + k);
                }
            }
        }
        i += 8;
    }
    b.get(i..)?.iter().position(|&c| pred(c)).map(|k| i + k)
}

#[inline]
pub(crate) fn byte(b: &[u8], i: usize) -> u8 {
    b.get(i).copied().unwrap_or(0)
}

/// Length of the letter starting at `i`: 1 for ASCII letters, 2 for
/// Latin-1 letters (å ä ö é …), 0 otherwise.
#[inline]
pub(crate) fn letter_len(b: &[u8], i: usize) -> usize {
    let c = byte(b, i);
    if c.is_ascii_alphabetic() {
        1
    } else if c == 0xC3 {
        let d = byte(b, i + 1);
        if (0x80..=0xBF).contains(&d) && d != 0x97 && d != 0xB7 {
            2
        } else {
            0
        }
    } else {
        0
    }
}

/// Length of the letter ending right before `i` (see [`letter_len`]).
#[inline]
pub(crate) fn letter_len_before(b: &[u8], i: usize) -> usize {
    if i == 0 {
        return 0;
    }
    let c = byte(b, i - 1);
    if c.is_ascii_alphabetic() {
        1
    } else if i >= 2
        && (0x80..=0xBF).contains(&c)
        && byte(b, i - 2) == 0xC3
        && c != 0x97
        && c != 0xB7
    {
        2
    } else {
        0
    }
}

/// Length of the white space at `i`: ASCII blanks and NBSP.
#[inline]
pub(crate) fn space_len(b: &[u8], i: usize) -> usize {
    match byte(b, i) {
        b' ' | b'\t' | b'\n' | b'\r' | 0x0C => 1,
        0xC2 if byte(b, i + 1) == 0xA0 => 2,
        _ => 0,
    }
}

/// Length of the white space ending before `i`.
#[inline]
pub(crate) fn space_len_before(b: &[u8], i: usize) -> usize {
    if i == 0 {
        return 0;
    }
    match byte(b, i - 1) {
        b' ' | b'\t' | b'\n' | b'\r' | 0x0C => 1,
        0xA0 if i >= 2 && byte(b, i - 2) == 0xC2 => 2,
        _ => 0,
    }
}

/// A word lower-cased on the stack (ASCII and Latin-1 capitals). Words
/// longer than the buffer keep their last bytes (enough for suffix tests,
/// and never equal to a short vocabulary word).
pub(crate) struct Folded {
    buf: [u8; 48],
    len: usize,
}

impl core::ops::Deref for Folded {
    type Target = [u8];
    fn deref(&self) -> &[u8] {
        self.buf.get(..self.len).unwrap_or(&[])
    }
}

impl PartialEq<[u8]> for Folded {
    fn eq(&self, other: &[u8]) -> bool {
        **self == *other
    }
}

impl<const N: usize> PartialEq<&[u8; N]> for Folded {
    fn eq(&self, other: &&[u8; N]) -> bool {
        **self == other[..]
    }
}

/// Lower-cases ASCII and Latin-1 capitals in a UTF-8 byte string, without
/// allocating.
pub(crate) fn fold(word: &[u8]) -> Folded {
    let mut f = Folded {
        buf: [0; 48],
        len: 0,
    };
    let skip = word.len().saturating_sub(f.buf.len());
    let mut prev_c3 = skip > 0 && word.get(skip - 1) == Some(&0xC3);
    for (slot, &c) in f.buf.iter_mut().zip(word.iter().skip(skip)) {
        *slot = if prev_c3 && (0x80..=0x9E).contains(&c) && c != 0x97 {
            c + 0x20
        } else {
            c.to_ascii_lowercase()
        };
        prev_c3 = c == 0xC3;
        f.len += 1;
    }
    f
}

/// End of the run of letters starting at `i`, and how many letters it has.
pub(crate) fn scan_letters(b: &[u8], mut i: usize) -> (usize, usize) {
    let mut n = 0;
    loop {
        let l = letter_len(b, i);
        if l == 0 {
            return (i, n);
        }
        i += l;
        n += 1;
    }
}

/// End of the run of ASCII digits starting at `i`.
#[inline]
pub(crate) fn scan_digits(b: &[u8], mut i: usize) -> usize {
    while byte(b, i).is_ascii_digit() {
        i += 1;
    }
    i
}

/// Whether `i` is the start of a word: no letter or digit right before.
#[inline]
pub(crate) fn word_start(b: &[u8], i: usize) -> bool {
    i == 0 || (letter_len_before(b, i) == 0 && !byte(b, i - 1).is_ascii_digit())
}

/// Skips at most `max` spaces, tabs and no-break spaces from `i`.
pub(crate) fn skip_blanks(b: &[u8], mut i: usize, max: usize) -> usize {
    let mut n = 0;
    while n < max {
        let l = match byte(b, i) {
            b' ' | b'\t' => 1,
            0xC2 if byte(b, i + 1) == 0xA0 => 2,
            _ => 0,
        };
        if l == 0 {
            break;
        }
        i += l;
        n += 1;
    }
    i
}

/// The letters word ending before `i`, not before `floor`: at most
/// `max_blanks` blanks (not a line break) are skipped, then one optional
/// byte from `sep`; the word is at most `max_len` bytes and must start at a
/// word boundary. Returns (word start, word end).
pub(crate) fn word_back(
    b: &[u8],
    i: usize,
    floor: usize,
    sep: &[u8],
    max_blanks: usize,
    max_len: usize,
) -> Option<(usize, usize)> {
    let mut j = i;
    let mut n = 0;
    while j > floor && n < max_blanks {
        let l = space_len_before(b, j);
        if l == 0 || byte(b, j - 1) == b'\n' {
            break;
        }
        j -= l;
        n += 1;
    }
    if j > floor && sep.contains(&byte(b, j - 1)) {
        j -= 1;
    }
    let end = j;
    let mut s = j;
    while s > floor && end - s < max_len {
        let l = letter_len_before(b, s);
        if l == 0 {
            break;
        }
        s -= l;
    }
    (s < end && word_start(b, s)).then_some((s, end))
}

#[inline]
fn is_code_sep(c: u8) -> bool {
    matches!(c, b'/' | b':' | b'.' | b'-')
}

/// Length of the code character (letter, digit or `/ : . -`) at `i`.
#[inline]
fn code_len(b: &[u8], i: usize) -> usize {
    let c = byte(b, i);
    if c.is_ascii_digit() || is_code_sep(c) {
        1
    } else {
        letter_len(b, i)
    }
}

#[inline]
fn code_len_before(b: &[u8], i: usize) -> usize {
    if i == 0 {
        return 0;
    }
    let c = byte(b, i - 1);
    if c.is_ascii_digit() || is_code_sep(c) {
        1
    } else {
        letter_len_before(b, i)
    }
}

// ---------------------------------------------------------------------------
// Vocabulary classes.

const LABELS: &[&str] = &[
    "dnr",
    "diarienummer",
    "diarienr",
    "diariernr",
    "ärendenummer",
    "ärendenr",
    "beteckning",
];

/// Words that make the number after them something else: government
/// series, statutes, quarters, weeks, chapters, paragraphs, motions.
const NOT_BEFORE: &[&str] = &[
    "sou", "sfs", "prop", "ds", "dir", "bet", "rskr", "kvartal", "kv", "vecka", "v", "kap", "§",
    "§§", "motion", "nr", "sid", "sida", "tel", "art", "mål", "kl", "klockan",
];

/// Short words that look like capitalized organ codes but are Swedish words.
const STOPWORDS: &[&str] = &[
    "om", "en", "ett", "av", "den", "det", "de", "och", "att", "som", "för", "till", "vid", "med",
    "på", "i", "år", "är", "var", "den", "nu", "se", "ny", "nya", "kap", "del", "ca", "bil", "jan",
    "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec", "st", "kr", "mkr",
    "tkr", "ex", "dag", "nej", "ja",
];

/// Whether `word` is in `list` (lower-case words), ignoring case.
pub(crate) fn in_list(word: &[u8], list: &[&str]) -> bool {
    if word.is_empty() || word.len() > 20 {
        return false;
    }
    let f = fold(word);
    let f: &[u8] = &f;
    list.iter().any(|w| {
        let w = w.as_bytes();
        w.len() == f.len() && w.iter().zip(f).all(|(a, b)| a == b)
    })
}

fn is_label(word: &[u8]) -> bool {
    matches!(word.len(), 3 | 8 | 9 | 10 | 12 | 13) && in_list(word, LABELS)
}

/// Whether every letter of `word` is a capital (ASCII or Latin-1).
fn all_upper(word: &[u8]) -> bool {
    let mut ok = true;
    let mut prev_c3 = false;
    for &c in word {
        if prev_c3 {
            ok &= (0x80..=0x9E).contains(&c);
        } else if c != 0xC3 {
            ok &= c.is_ascii_uppercase();
        }
        prev_c3 = c == 0xC3;
    }
    ok
}

/// `beteckning` is also an everyday word (`fastighetens beteckning`): in
/// lower case it is a label only before a colon or after `vår`/`er`/`ert`/
/// `vårt`.
fn common_word_in_prose(b: &[u8], ws: usize, we: usize, floor: usize) -> bool {
    let word = b.get(ws..we).unwrap_or(&[]);
    if word.first() != Some(&b'b') || !in_list(word, &["beteckning"]) || byte(b, we) == b':' {
        return false;
    }
    let before = word_before(b, ws, floor);
    !in_list(before, &["vår", "vårt", "er", "ert"])
}

/// The organ-code shape of a letters-only word. `strict` is for a code
/// written apart from the number without a label.
fn organ_shaped(word: &[u8], letters: usize, strict: bool) -> bool {
    if !(1..=6).contains(&letters) {
        return false;
    }
    let first_upper = match word {
        [c, ..] if c.is_ascii_uppercase() => true,
        [0xC3, d, ..] => (0x80..=0x9E).contains(d),
        _ => false,
    };
    let shaped = (all_upper(word) && letters >= 2)
        || (first_upper && (2..=3).contains(&letters))
        || (!strict && letters <= 4);
    if !shaped {
        return false;
    }
    // Not a listed word: one binary search over the packed lists.
    word_key(&fold(word)).map_or(true, |k| NOT_ORGAN.binary_search(&k).is_err())
}

/// A word (at most 15 bytes) as one integer: its bytes, and its length in
/// the top byte so that different words never share a key.
fn word_key(word: &[u8]) -> Option<u128> {
    if word.len() > 15 {
        return None;
    }
    let v = word.iter().fold(0u128, |v, &c| (v << 8) | u128::from(c));
    Some(v | (word.len() as u128) << 120)
}

/// [`STOPWORDS`], [`NOT_BEFORE`] and [`LABELS`] as sorted [`word_key`]s:
/// the words that are never an organ code.
static NOT_ORGAN: once_cell::sync::Lazy<Vec<u128>> = once_cell::sync::Lazy::new(|| {
    let mut v: Vec<u128> = [STOPWORDS, NOT_BEFORE, LABELS]
        .iter()
        .flat_map(|list| list.iter())
        .filter_map(|w| word_key(w.as_bytes()))
        .collect();
    v.sort_unstable();
    v
});

// ---------------------------------------------------------------------------
// Shapes.

#[derive(Clone, Copy, PartialEq, Eq)]
enum Strength {
    /// Accepted anywhere.
    Strong,
    /// Accepted only after a label.
    Weak,
    /// Strong when the serial is zero-padded and has at least three digits.
    ZeroPad,
    /// Strong inside parentheses.
    Paren,
}

use Strength::*;

/// `(signature, roles, strength)`. Signature: `L` letters, `D` digits,
/// separators as written, ` ` white space, `~` spaced hyphen.
const SHAPES: &[(&str, &str, Strength)] = &[
    ("L D/D", "PYS", Strong),
    ("L D/D", "PSY", Strong),
    ("L D/D", "PyT", Strong),
    ("L D/D", "PSy", Weak),
    ("L D/D-D", "PYSC", Strong),
    // A three-digit classification code after the number, only after a
    // label (`Dnr Ks 97/1155 253`): without one the number may be a count.
    ("L D/D D", "PYSK", Weak),
    ("L D/D D", "PySK", Weak),
    ("L-D/D", "PYS", Strong),
    ("L-D/D", "PyS", Strong),
    ("LD/D", "PYS", Strong),
    ("LD/D", "PyS", Strong),
    ("L/D:D", "PYS", Strong),
    ("L/D:D", "PyS", Strong),
    ("L/D:D-D", "PYSC", Strong),
    ("L/D/D", "PSY", Strong),
    ("L/D/D", "PYS", Strong),
    ("L D:D", "PYS", Weak),
    ("D/L D", "YPS", Strong),
    ("D/L D", "yPS", Strong),
    ("D/L D D", "YPSC", Strong),
    ("D/L D D", "yPSC", Strong),
    ("L D-D D", "PySC", Strong),
    ("L D-D D", "PYSC", Strong),
    ("L D-D", "PYS", Weak),
    ("L D-D", "PyS", Weak),
    ("D.D-D L", "ySCP", Strong),
    ("D.D-D L", "YSCP", Strong),
    ("L.D.D", "PYS", Strong),
    ("L.D.D", "PyS", Weak),
    ("L-D-D", "PYS", Strong),
    ("D/D L~D", "YSPC", Strong),
    ("D/D L", "YSP", Strong),
    ("D.D L", "YSP", Strong),
    ("D.D L", "ySP", Strong),
    ("LD", "PG", Paren),
    ("L D", "PS", Weak),
    ("D/D", "YS", Strong),
    ("D/D", "SY", ZeroPad),
    ("D/D", "yT", ZeroPad),
    ("D/D", "Sy", Weak),
    ("D/D-D", "YSC", Strong),
    ("D/D~D", "SyC", Strong),
    ("D/D~D", "SYC", Strong),
    ("D-D-D", "YSC", Strong),
    ("D-D-D", "CSy", Strong),
    ("D-D-D", "CSY", Strong),
    ("D.D-D-D", "CCSY", Strong),
    ("D.D.D-D-D", "CCCSY", Strong),
    ("D-D-D.D", "YSCC", Strong),
    ("D-D-D.D.D", "YSCCC", Strong),
    ("D.D-D/D", "CCSY", Strong),
    ("D.D.D-D/D", "CCCSY", Strong),
    ("D.D/D-D", "CCSY", Strong),
    ("D.D.D/D-D", "CCCSY", Strong),
    ("D", "S", Weak),
    ("D.D", "YS", Weak),
    ("D:D", "YS", Weak),
    ("D-D", "YS", Weak),
];

/// [`SHAPES`] sorted by signature (stable: the table's order decides among
/// shapes with the same signature), for a binary search per candidate.
static SORTED_SHAPES: once_cell::sync::Lazy<Vec<(u128, &'static str, Strength)>> =
    once_cell::sync::Lazy::new(|| {
        let mut v: Vec<_> = SHAPES
            .iter()
            .filter_map(|&(sig, roles, st)| Some((pack(sig.as_bytes())?, roles, st)))
            .collect();
        v.sort_by_key(|e| e.0);
        v
    });

/// Signatures (packed) that an unlabelled core without a spaced prefix can
/// start: `.0` complete strong shapes, `.1` proper beginnings of strong
/// shapes (which need more groups after a blank).
static STANDALONE: once_cell::sync::Lazy<(Vec<u128>, Vec<u128>)> =
    once_cell::sync::Lazy::new(|| {
        let mut full = Vec::new();
        let mut partial = Vec::new();
        for &(sig, _, strength) in SHAPES {
            if strength == Weak || sig.starts_with("L ") {
                continue;
            }
            let sb = sig.as_bytes();
            for end in 1..=sb.len() {
                let head = sb.get(..end).unwrap_or(&[]);
                if !matches!(head.last(), Some(b'L' | b'D')) || head.contains(&b' ') {
                    continue;
                }
                if let Some(k) = pack(head) {
                    if end == sb.len() {
                        full.push(k);
                    } else if sb.get(end) == Some(&b' ') {
                        partial.push(k);
                    }
                }
            }
        }
        full.sort_unstable();
        partial.sort_unstable();
        (full, partial)
    });

/// Whether the core `[cs, ce)` could be a case number without a label or a
/// spaced prefix (a cheap test before assembling candidates). ISO dates
/// never are.
fn may_stand_alone(b: &[u8], cs: usize, ce: usize) -> bool {
    let core = b.get(cs..ce).unwrap_or(&[]);
    if core.len() == 10
        && core.iter().enumerate().all(|(k, &c)| {
            if k == 4 || k == 7 {
                c == b'-'
            } else {
                c.is_ascii_digit()
            }
        })
    {
        return false;
    }
    let mut key: u128 = 0;
    let mut len = 0;
    let mut prev = 0u8;
    let mut k = cs;
    while k < ce {
        let c = byte(b, k);
        let (class, step) = if c.is_ascii_digit() {
            (b'D', 1)
        } else {
            match letter_len(b, k) {
                0 => (c, 1),
                l => (b'L', l),
            }
        };
        if !(class == prev && (class == b'D' || class == b'L')) {
            key = (key << 8) | u128::from(class);
            len += 1;
            if len > 16 {
                return true;
            }
        }
        prev = class;
        k += step;
    }
    let (full, partial) = &*STANDALONE;
    if full.binary_search(&key).is_ok() {
        return true;
    }
    partial.binary_search(&key).is_ok() && matches!(byte(b, ce), b' ' | b'\t' | 0xC2)
}

/// Whether some shape has the packed signature `key`.
fn has_shape(key: u128) -> bool {
    SORTED_SHAPES.binary_search_by_key(&key, |e| e.0).is_ok()
}

/// A signature as one integer (at most 16 bytes), for cheap comparisons.
fn pack(sig: &[u8]) -> Option<u128> {
    if sig.len() > 16 {
        return None;
    }
    Some(sig.iter().fold(0u128, |v, &c| (v << 8) | u128::from(c)))
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Kind {
    Letters,
    Digits,
}

#[derive(Clone, Copy, Debug)]
struct Group {
    kind: Kind,
    span: Span,
    /// Letters in a `Letters` group (chars, not bytes).
    chars: usize,
    /// Where the group came from: 0 inside the core, 1 a spaced prefix
    /// before it, 2 a spaced word after it.
    origin: u8,
}

const MAX_GROUPS: usize = 8;

/// A candidate being assembled: groups and the signature between them.
struct Cand {
    groups: [Option<Group>; MAX_GROUPS],
    n: usize,
    sig: [u8; 24],
    sig_len: usize,
}

impl Cand {
    fn new() -> Cand {
        Cand {
            groups: [None; MAX_GROUPS],
            n: 0,
            sig: [0; 24],
            sig_len: 0,
        }
    }
    fn push_sep(&mut self, c: u8) -> bool {
        match self.sig.get_mut(self.sig_len) {
            Some(slot) => {
                *slot = c;
                self.sig_len += 1;
                true
            }
            None => false,
        }
    }
    fn push(&mut self, g: Group) -> bool {
        let c = if g.kind == Kind::Letters { b'L' } else { b'D' };
        match self.groups.get_mut(self.n) {
            Some(slot) => {
                *slot = Some(g);
                self.n += 1;
                self.push_sep(c)
            }
            None => false,
        }
    }
    fn sig(&self) -> &[u8] {
        self.sig.get(..self.sig_len).unwrap_or(&[])
    }
    fn group(&self, i: usize) -> Option<Group> {
        self.groups.get(i).copied().flatten()
    }
}

/// Splits a core run (letters, digits and `/ : . -`) into groups.
/// Returns `None` for doubled separators.
fn split_core(b: &[u8], start: usize, end: usize, cand: &mut Cand) -> Option<()> {
    let mut i = start;
    let mut need_group = true;
    while i < end {
        let c = byte(b, i);
        if c.is_ascii_digit() {
            let e = scan_digits(b, i).min(end);
            if !cand.push(Group {
                kind: Kind::Digits,
                span: Span::new(i, e),
                chars: e - i,
                origin: 0,
            }) {
                return None;
            }
            i = e;
            need_group = false;
        } else if letter_len(b, i) > 0 {
            let (e, n) = scan_letters(b, i);
            let e = e.min(end);
            if !cand.push(Group {
                kind: Kind::Letters,
                span: Span::new(i, e),
                chars: n,
                origin: 0,
            }) {
                return None;
            }
            i = e;
            need_group = false;
        } else if is_code_sep(c) && !need_group {
            if !cand.push_sep(c) {
                return None;
            }
            need_group = true;
            i += 1;
        } else {
            return None;
        }
    }
    if need_group {
        return None;
    }
    Some(())
}

/// One more group after the core: separator and group.
#[derive(Clone, Copy)]
struct Extra {
    sep: u8,
    group: Group,
}

/// End of the code run (letters, digits, `/ : . -`) starting at `i`, at most
/// `limit` bytes; `None` when the run is longer.
fn scan_code_run(b: &[u8], i: usize, limit: usize) -> Option<usize> {
    let mut e = i;
    loop {
        let l = code_len(b, e);
        if l == 0 {
            return Some(e);
        }
        e += l;
        if e - i > limit {
            return None;
        }
    }
}

/// Skips white space from `i`: at most `max_bytes` bytes and `max_lines`
/// line breaks. Returns the end, or `None` when over the limits.
fn skip_space(b: &[u8], mut i: usize, max_bytes: usize, max_lines: usize) -> Option<usize> {
    let start = i;
    let mut lines = 0;
    loop {
        let l = space_len(b, i);
        if l == 0 {
            return Some(i);
        }
        if byte(b, i) == b'\n' {
            lines += 1;
            if lines > max_lines {
                return None;
            }
        }
        i += l;
        if i - start > max_bytes {
            return None;
        }
    }
}

/// Groups after the core: ` D`, ` L`, ` - D` (also en dash), on one line.
fn scan_extras(b: &[u8], mut i: usize, out: &mut [Option<Extra>; 3]) -> usize {
    let mut n = 0;
    while n < out.len() {
        let (sep, at) = {
            let s = match byte(b, i) {
                b' ' | b'\t' => 1,
                0xC2 if byte(b, i + 1) == 0xA0 => 2,
                _ => 0,
            };
            if s == 0 {
                break;
            }
            let j = i + s;
            let dash = match (byte(b, j), byte(b, j + 1), byte(b, j + 2)) {
                (b'-', _, _) => 1,
                (0xE2, 0x80, 0x93) => 3,
                _ => 0,
            };
            if dash > 0 {
                let k = j + dash;
                if byte(b, k) != b' ' {
                    break;
                }
                (b'~', k + 1)
            } else {
                (b' ', j)
            }
        };
        let c = byte(b, at);
        let group = if c.is_ascii_digit() {
            let e = scan_digits(b, at);
            Group {
                kind: Kind::Digits,
                span: Span::new(at, e),
                chars: e - at,
                origin: 2,
            }
        } else if letter_len(b, at) > 0 {
            let (e, chars) = scan_letters(b, at);
            Group {
                kind: Kind::Letters,
                span: Span::new(at, e),
                chars,
                origin: 2,
            }
        } else {
            break;
        };
        let e = group.span.end;
        // The group must be a whole word.
        let after = byte(b, e);
        if code_len(b, e) > 0 && !(matches!(after, b'.' | b':' | b'-') && code_len(b, e + 1) == 0) {
            break;
        }
        if let Some(slot) = out.get_mut(n) {
            *slot = Some(Extra { sep, group });
        }
        n += 1;
        i = e;
    }
    n
}

/// Where the parts of a case number are; turned into a [`CaseNumber`] only
/// when it is accepted.
struct Spans {
    span: Span,
    prefix: Option<Span>,
    year: Option<u16>,
    serial: Span,
    suffix: Option<Span>,
}

impl Spans {
    fn build(&self, text: &str) -> CaseNumber {
        CaseNumber {
            text: text_of(text, self.span),
            prefix: self.prefix.map(|s| text_of(text, s)),
            year: self.year,
            serial: text_of(text, self.serial),
            suffix: self.suffix.map(|s| text_of(text, s)),
            span: self.span,
        }
    }
}

/// The accepted parse of a candidate.
struct Accepted {
    cn: Spans,
    strong: bool,
    has_prefix: bool,
}

fn digits_value(b: &[u8], s: Span) -> u32 {
    let mut v: u32 = 0;
    for i in s.start..s.end.min(s.start + 9) {
        v = v * 10 + u32::from(byte(b, i).wrapping_sub(b'0'));
    }
    v
}

fn is_year4(b: &[u8], g: Group) -> bool {
    g.kind == Kind::Digits
        && g.chars == 4
        && byte(b, g.span.start) != b'0'
        && (1900..=2099).contains(&digits_value(b, g.span))
}

fn text_of(text: &str, s: Span) -> String {
    s.get(text).unwrap_or_default().to_owned()
}

/// Matches an assembled candidate against the shape table.
fn match_shapes(text: &str, cand: &Cand, labelled: bool) -> Option<Accepted> {
    let b = text.as_bytes();
    let sig = cand.sig();
    let sorted: &[(u128, &str, Strength)] = &SORTED_SHAPES;
    let key = pack(sig)?;
    let from = sorted.partition_point(|e| e.0 < key);
    let same = sorted.get(from..).unwrap_or(&[]);
    let same = same
        .get(..same.partition_point(|e| e.0 == key))
        .unwrap_or(&[]);
    // Whether a letters group may be the prefix, computed once per group.
    let mut prefix_ok: [Option<bool>; MAX_GROUPS] = [None; MAX_GROUPS];
    'shapes: for &(_, roles, strength) in same {
        let mut prefix = None;
        let mut year: Option<(u16, Group)> = None;
        let mut serial = None;
        let mut csuf: Option<Span> = None;
        for (k, role) in roles.bytes().enumerate() {
            let Some(g) = cand.group(k) else {
                continue 'shapes;
            };
            match role {
                b'P' => {
                    if g.kind != Kind::Letters {
                        continue 'shapes;
                    }
                    let w = b.get(g.span.range()).unwrap_or(&[]);
                    let memo = prefix_ok.get_mut(k).and_then(Option::take);
                    let ok = if let Some(ok) = memo {
                        ok
                    } else {
                        match g.origin {
                            0 => (1..=6).contains(&g.chars) && !in_list(w, NOT_BEFORE),
                            1 => organ_shaped(w, g.chars, !labelled),
                            _ => {
                                organ_shaped(w, g.chars, true)
                                    && (all_upper(w) || {
                                        // A mixed-case trailing code ends the line
                                        // (`99.123-622 Ks`); a capitalized word
                                        // after a number is a name (`2020/61 Eva`).
                                        let e = g.span.end;
                                        matches!(byte(b, e), 0 | b'\n' | b'\r' | b')' | b',' | b';')
                                            || (byte(b, e) == b' '
                                                && matches!(byte(b, e + 1), b'-' | 0xE2))
                                            || all_upper(w)
                                    })
                            }
                        }
                    };
                    if let Some(slot) = prefix_ok.get_mut(k) {
                        *slot = Some(ok);
                    }
                    if !ok {
                        continue 'shapes;
                    }
                    prefix = Some(g);
                }
                b'Y' => {
                    if !is_year4(b, g) {
                        continue 'shapes;
                    }
                    year = Some((digits_value(b, g.span) as u16, g));
                }
                b'y' => {
                    if g.kind != Kind::Digits || g.chars != 2 {
                        continue 'shapes;
                    }
                    year = Some((expand_two_digit_year(digits_value(b, g.span) as u8), g));
                }
                b'G' => {
                    if g.kind != Kind::Digits || g.chars != 6 {
                        continue 'shapes;
                    }
                    let ys = Span::new(g.span.start, g.span.start + 2);
                    year = Some((expand_two_digit_year(digits_value(b, ys) as u8), g));
                    serial = Some(Span::new(g.span.start + 2, g.span.end));
                }
                b'S' | b'T' => {
                    if g.kind != Kind::Digits || g.chars > 7 {
                        continue 'shapes;
                    }
                    if role == b'T' && g.chars < 3 {
                        continue 'shapes;
                    }
                    serial = Some(g.span);
                }
                b'C' => {
                    if g.kind != Kind::Digits || g.chars > 4 {
                        continue 'shapes;
                    }
                    csuf = Some(csuf.map_or(g.span, |s| s.cover(g.span)));
                }
                // A classification code of exactly three digits (`253`).
                b'K' => {
                    if g.kind != Kind::Digits || g.chars != 3 {
                        continue 'shapes;
                    }
                    csuf = Some(csuf.map_or(g.span, |s| s.cover(g.span)));
                }
                _ => continue 'shapes,
            }
        }
        let Some(serial) = serial else { continue };
        let serial_bytes = b.get(serial.range()).unwrap_or(&[]);
        let zero_padded = serial_bytes.first() == Some(&b'0') && serial_bytes.len() >= 3;
        let strong = match strength {
            Strong => true,
            Weak => false,
            ZeroPad => zero_padded,
            Paren => {
                let first = cand.group(0).map_or(0, |g| g.span.start);
                let last = cand
                    .group(cand.n.saturating_sub(1))
                    .map_or(0, |g| g.span.end);
                first > 0 && byte(b, first - 1) == b'(' && byte(b, last) == b')'
            }
        };
        // Shape-specific vetoes.
        if prefix.is_none() {
            if let Some((y, _)) = year {
                // Year spans: 2019/2020, 2019/20, 2019-2022.
                if roles.starts_with("YS") && !labelled {
                    let v = digits_value(b, serial);
                    let span4 = serial_bytes.len() == 4
                        && serial_bytes.first() != Some(&b'0')
                        && v > u32::from(y)
                        && v <= u32::from(y) + 10;
                    let span2 = serial_bytes.len() == 2 && v == (u32::from(y) + 1) % 100;
                    if span4 || span2 {
                        return None;
                    }
                }
                // Dates: 2019-12-06, 06-12-19.
                if sig == b"D-D-D" {
                    let g0 = cand.group(0)?;
                    let g1 = cand.group(1)?;
                    let g2 = cand.group(2)?;
                    let m = digits_value(b, g1.span);
                    if g1.chars <= 2 && (1..=12).contains(&m) && (g0.chars <= 2 || g2.chars <= 2) {
                        return None;
                    }
                    if g0.chars <= 2 && g1.chars <= 2 {
                        return None;
                    }
                }
            }
        }
        let first = cand.group(0)?.span;
        let last = cand.group(cand.n.checked_sub(1)?)?.span;
        let span = first.cover(last);
        return Some(Accepted {
            cn: Spans {
                span,
                prefix: prefix.map(|g| g.span),
                year: year.map(|(y, _)| y),
                serial,
                suffix: csuf,
            },
            strong,
            has_prefix: prefix.is_some(),
        });
    }
    None
}

/// Outcome of looking at one candidate.
enum Outcome {
    Found(Accepted),
    /// Known shape, needs a label.
    Weak {
        span: Span,
        has_prefix: bool,
    },
    Nothing,
}

/// Tries every way of assembling a candidate around the core run
/// `[cs, ce)`, longest first. `prefix` is a letters group before the core.
fn assemble(text: &str, prefix: Option<Group>, cs: usize, ce: usize, labelled: bool) -> Outcome {
    let b = text.as_bytes();
    let mut core = Cand::new();
    if split_core(b, cs, ce, &mut core).is_none() {
        return Outcome::Nothing;
    }
    let mut extras = [None; 3];
    let mut n_extra = scan_extras(b, ce, &mut extras);
    // A trailing code that is followed by a number belongs to that number.
    for k in 0..n_extra {
        if let Some(Some(e)) = extras.get(k) {
            if e.group.kind == Kind::Letters {
                let after = skip_space(b, e.group.span.end, 4, 0).unwrap_or(e.group.span.end);
                if after > e.group.span.end && byte(b, after).is_ascii_digit() {
                    let tail_is_extra = extras
                        .get(k + 1)
                        .copied()
                        .flatten()
                        .is_some_and(|x| x.sep == b'~');
                    if !tail_is_extra {
                        n_extra = k;
                        break;
                    }
                }
            }
        }
    }
    let mut weak: Option<(Span, bool)> = None;
    for take in (0..=n_extra).rev() {
        for use_prefix in [true, false] {
            if use_prefix && prefix.is_none() {
                continue;
            }
            // Is there any shape with this signature? (Cheap: one integer.)
            let mut key: u128 = 0;
            let mut len = 0usize;
            let mut add = |c: u8| {
                key = (key << 8) | u128::from(c);
                len += 1;
            };
            if use_prefix {
                add(b'L');
                add(b' ');
            }
            core.sig().iter().for_each(|&c| add(c));
            for e in extras.iter().take(take).flatten() {
                add(e.sep);
                add(if e.group.kind == Kind::Letters {
                    b'L'
                } else {
                    b'D'
                });
            }
            if len > 16 || !has_shape(key) {
                continue;
            }
            let mut cand = Cand::new();
            let mut ok = true;
            if use_prefix {
                if let Some(p) = prefix {
                    ok &= cand.push(p);
                    ok &= cand.push_sep(b' ');
                }
            }
            // The core's groups and separators, in order.
            let mut gi = 0;
            for &c in core.sig() {
                if c == b'L' || c == b'D' {
                    if let Some(g) = core.group(gi) {
                        ok &= cand.push(g);
                    }
                    gi += 1;
                } else {
                    ok &= cand.push_sep(c);
                }
            }
            for e in extras.iter().take(take).flatten() {
                ok &= cand.push_sep(e.sep);
                ok &= cand.push(e.group);
            }
            if !ok {
                continue;
            }
            if let Some(acc) = match_shapes(text, &cand, labelled) {
                if acc.strong || labelled {
                    return Outcome::Found(acc);
                }
                if weak.is_none() {
                    weak = Some((acc.cn.span, acc.has_prefix));
                }
            }
        }
    }
    match weak {
        Some((span, has_prefix)) => Outcome::Weak { span, has_prefix },
        None => Outcome::Nothing,
    }
}

/// The word before `i` (skipping white space), as bytes.
fn word_before(b: &[u8], i: usize, floor: usize) -> &[u8] {
    let mut j = i;
    let mut n = 0;
    while j > floor && n < 8 {
        let l = space_len_before(b, j);
        if l == 0 {
            break;
        }
        j -= l;
        n += 1;
    }
    let end = j;
    // Drop one trailing period (Prop. 2019/20:1, kap. 5).
    let end = if end > floor && byte(b, end - 1) == b'.' {
        end - 1
    } else {
        end
    };
    let mut s = end;
    while s > floor && end - s < 16 {
        let l = letter_len_before(b, s);
        if l > 0 {
            s -= l;
        } else if byte(b, s - 1) == 0xA7 && s >= 2 && byte(b, s - 2) == 0xC2 {
            s -= 2;
        } else {
            break;
        }
    }
    b.get(s..end).unwrap_or(&[])
}

/// A letters-only word before the core run at `cs`, separated by white space
/// (at most one line break), usable as a spaced prefix.
fn prefix_before(b: &[u8], cs: usize, floor: usize) -> Option<Group> {
    let mut j = cs;
    let mut lines = 0;
    while j > floor && cs - j <= 4 {
        let l = space_len_before(b, j);
        if l == 0 {
            break;
        }
        if byte(b, j - 1) == b'\n' {
            lines += 1;
        }
        j -= l;
    }
    if j == cs || lines > 1 || cs - j > 4 {
        return None;
    }
    let end = j;
    let mut s = end;
    let mut chars = 0;
    while s > floor && chars <= 6 {
        let l = letter_len_before(b, s);
        if l == 0 {
            break;
        }
        s -= l;
        chars += 1;
    }
    if chars == 0 || chars > 6 || (s > floor && code_len_before(b, s) > 0) {
        return None;
    }
    if s > 0 && s == floor && code_len_before(b, s) > 0 {
        return None;
    }
    Some(Group {
        kind: Kind::Letters,
        span: Span::new(s, end),
        chars,
        origin: 1,
    })
}

/// Strips separators from both ends of a core run; tells whether a
/// trailing `/`, `:` or `-` was cut (a truncated number).
fn strip_core(b: &[u8], mut s: usize, mut e: usize) -> (usize, usize, bool) {
    while s < e && is_code_sep(byte(b, s)) {
        s += 1;
    }
    let mut cut = false;
    while e > s && is_code_sep(byte(b, e - 1)) {
        if byte(b, e - 1) != b'.' {
            cut = true;
        }
        e -= 1;
    }
    (s, e, cut)
}

const MAX_RUN: usize = 48;

/// Whether `core` is an ISO date `YYYY-MM-DD` with a month 01–12. Its
/// signature `D-D-D` takes no spaced prefix and no group after it, and the
/// date veto of [`match_shapes`] rejects every reading of it (`YSC`, `CSy`;
/// `CSY` needs four digits last), with a label or without: the scanner
/// passes it over without assembling candidates.
fn is_iso_date(core: &[u8]) -> bool {
    let [y0, y1, y2, y3, b'-', m0, m1, b'-', d0, d1] = core else {
        return false;
    };
    [y0, y1, y2, y3, m0, m1, d0, d1]
        .iter()
        .all(|c| c.is_ascii_digit())
        && matches!((m0, m1), (b'0', b'1'..=b'9') | (b'1', b'0'..=b'2'))
}

/// The scanner behind [`find_case_numbers`] and [`parse_case_number`].
fn scan(text: &str, trust_all: bool, out: &mut Vec<CaseNumberMatch>, diags: &mut Vec<Diagnostic>) {
    let b = text.as_bytes();
    let n = b.len();
    let mut i = 0;
    let mut floor = 0;
    while i < n {
        match next_anchor(b, i) {
            Some(k) => i = k,
            None => break,
        }
        let c = byte(b, i);
        if !c.is_ascii_digit() {
            // A label anchor (`nr`, `nu`, `kn` inside a word): read the word.
            let mut ws = i;
            while ws > floor && i - ws < 14 {
                let l = letter_len_before(b, ws);
                if l == 0 {
                    break;
                }
                ws -= l;
            }
            let (we, _) = scan_letters(b, ws);
            let word = b.get(ws..we).unwrap_or(&[]);
            if !word_start(b, ws)
                || !is_label(word)
                || byte(b, we).is_ascii_digit()
                || common_word_in_prose(b, ws, we, floor)
            {
                i = we.max(i + 1);
                continue;
            }
            i = label(text, Span::new(ws, we), out, diags);
            floor = i;
            continue;
        }
        // A digit: find the code run around it.
        let mut rs = i;
        while rs > floor && i - rs < MAX_RUN {
            let l = code_len_before(b, rs);
            if l == 0 {
                break;
            }
            rs -= l;
        }
        let Some(re) = scan_code_run(b, rs, MAX_RUN) else {
            // Too long to be a case number: skip the whole run.
            let mut e = i;
            loop {
                let l = code_len(b, e);
                if l == 0 {
                    break;
                }
                e += l;
            }
            i = e;
            floor = e;
            continue;
        };
        if rs > floor && code_len_before(b, rs) > 0 {
            // The run is longer backwards than we look: not a case number.
            i = re;
            floor = re;
            continue;
        }
        let (cs, ce, _cut) = strip_core(b, rs, re);
        if is_iso_date(b.get(cs..ce).unwrap_or(&[])) {
            // A date: no shape takes it, even after a word that could be
            // a prefix (`Datum 2019-12-06`).
            i = re;
            floor = re;
            continue;
        }
        if !trust_all
            && b.get(cs..ce)
                .is_some_and(|r| r.iter().all(u8::is_ascii_digit))
        {
            // A plain number: only the weak shapes `D` and `L D` fit, and
            // those need a label (handled where the label is read).
            i = re;
            floor = re;
            continue;
        }
        let prefix = if byte(b, cs).is_ascii_digit() {
            prefix_before(b, cs, floor)
        } else {
            None
        };
        if !trust_all && prefix.is_none() && !may_stand_alone(b, cs, ce) {
            // No shape could accept this core without a label.
            i = re;
            floor = re;
            continue;
        }
        let ctx_at = prefix.map_or(cs, |p| p.span.start);
        let ctx = word_before(b, ctx_at, floor);
        if !ctx.is_empty() && in_list(ctx, NOT_BEFORE) {
            i = re;
            floor = re;
            continue;
        }
        match assemble(text, prefix, cs, ce, trust_all) {
            Outcome::Found(acc) => {
                let end = acc.cn.span.end.max(re);
                out.push(CaseNumberMatch {
                    case_number: acc.cn.build(text),
                    labelled: false,
                    label: None,
                });
                i = end;
                floor = end;
            }
            Outcome::Weak { span, has_prefix } => {
                if has_prefix && span.get(text).is_some_and(|t| t.contains('/')) {
                    diags.push(Diagnostic::new(
                        "case_number_ambiguous",
                        Severity::Info,
                        format!(
                            "`{}` may be a diarienummer or a paragraph designation; a label (Dnr) would decide",
                            span.get(text).unwrap_or_default()
                        ),
                        span,
                    ));
                }
                i = re.max(span.end);
                floor = i;
            }
            Outcome::Nothing => {
                i = re;
                floor = re;
            }
        }
    }
}

/// Reads what follows a label word at `label`; returns where scanning goes on.
fn label(
    text: &str,
    label: Span,
    out: &mut Vec<CaseNumberMatch>,
    diags: &mut Vec<Diagnostic>,
) -> usize {
    let b = text.as_bytes();
    let mut p = label.end;
    let mut k = 0;
    while k < 2 && matches!(byte(b, p), b'.' | b':') {
        p += 1;
        k += 1;
    }
    let label_end = p;
    let fragment = |diags: &mut Vec<Diagnostic>, end: usize| {
        let span = Span::new(label.start, end.max(label_end));
        diags.push(Diagnostic::new(
            "case_number_fragment",
            Severity::Warning,
            format!(
                "`{}` is a diarienummer label without a complete number",
                span.get(text).unwrap_or_default().trim_end()
            ),
            span,
        ));
    };
    let Some(q) = skip_space(b, p, 16, 3) else {
        fragment(diags, label_end);
        return label_end;
    };
    // A number in parentheses after the label.
    let q = if byte(b, q) == b'(' { q + 1 } else { q };
    // First run after the label.
    let Some(r1) = scan_code_run(b, q, MAX_RUN) else {
        fragment(diags, label_end);
        return label_end;
    };
    if r1 == q {
        fragment(diags, label_end);
        return label_end;
    }
    let run1 = b.get(q..r1).unwrap_or(&[]);
    let has_digit = run1.iter().any(u8::is_ascii_digit);
    let (prefix, cs_ce) = if has_digit {
        (None, (q, r1))
    } else {
        // A code, then the number (possibly on the next line).
        let (le, chars) = scan_letters(b, q);
        let word = b.get(q..le).unwrap_or(&[]);
        let next = if le == r1 && organ_shaped(word, chars, false) {
            skip_space(b, r1, 4, 1)
                .filter(|&s| s > r1 && byte(b, s).is_ascii_digit())
                .and_then(|s| scan_code_run(b, s, MAX_RUN).map(|e| (s, e)))
        } else {
            None
        };
        match next {
            Some((s, e)) => (
                Some(Group {
                    kind: Kind::Letters,
                    span: Span::new(q, le),
                    chars,
                    origin: 1,
                }),
                (s, e),
            ),
            None => {
                fragment(
                    diags,
                    if le == r1 && chars <= 6 {
                        r1
                    } else {
                        label_end
                    },
                );
                return if le == r1 && chars <= 6 {
                    r1
                } else {
                    label_end
                };
            }
        }
    };
    let (rs, re) = cs_ce;
    let (cs, ce, cut) = strip_core(b, rs, re);
    if cs == ce {
        fragment(diags, re);
        return re;
    }
    let end_of_number = ce;
    let outcome = assemble(text, prefix, cs, ce, true);
    match outcome {
        Outcome::Found(acc) => {
            let truncated = cut && acc.cn.span.end == end_of_number;
            // A lone year after a label is a number whose serial was lost.
            let serial = acc.cn.serial.get(text).unwrap_or_default();
            let lone_year = acc.cn.year.is_none()
                && acc.cn.prefix.is_none()
                && serial.len() == 4
                && serial
                    .parse::<u16>()
                    .is_ok_and(|y| (1900..=2099).contains(&y));
            if truncated || lone_year {
                fragment(diags, re);
                return re;
            }
            let end = acc.cn.span.end.max(re);
            out.push(CaseNumberMatch {
                case_number: acc.cn.build(text),
                labelled: true,
                label: Some(label),
            });
            end
        }
        _ => {
            fragment(diags, re);
            re
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_listed_word_is_not_an_organ() {
        for w in STOPWORDS.iter().chain(NOT_BEFORE).chain(LABELS) {
            let k = word_key(w.as_bytes());
            assert!(
                k.is_some_and(|k| NOT_ORGAN.binary_search(&k).is_ok()),
                "{w}"
            );
            let upper = w.to_uppercase();
            assert!(
                !organ_shaped(upper.as_bytes(), w.chars().count(), false),
                "{w}"
            );
        }
        assert!(organ_shaped(b"KS", 2, true) && organ_shaped(b"Kst", 3, true));
        assert_ne!(word_key(b"a"), word_key(b"\0a"));
    }

    #[test]
    fn iso_dates_are_passed_over_with_or_without_a_prefix() {
        assert!(is_iso_date(b"2019-12-06") && is_iso_date(b"0000-01-31"));
        assert!(!is_iso_date(b"2019-13-06") && !is_iso_date(b"2019-00-06"));
        assert!(!is_iso_date(b"2019-12-6") && !is_iso_date(b"2019/12/06"));
        for t in [
            "2019-12-06",
            "Datum 2019-12-06",
            "KS 2019-12-06",
            "Dnr 2019-12-06",
        ] {
            assert!(find_case_numbers(t).0.is_empty(), "{t}");
        }
        assert!(parse_case_number("2019-12-06").is_err());
    }
}
