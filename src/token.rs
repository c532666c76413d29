//! The Swedish tokenizer: small `Copy` tokens, spans into the input, no
//! allocation. The grammar is documented on [`tokenize`].

use crate::abbrev::{self, Also};
use crate::Span;
use std::borrow::Cow;
use std::iter::FusedIterator;

/// What a [`Token`] is. See [`tokenize`] for the shapes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum TokenKind {
    /// A word: letters, combining marks, inner hyphens.
    Word,
    /// A known abbreviation, with its stop when it has one: `t.ex.`, `dnr`.
    Abbreviation,
    /// The first part of a suspended compound, hyphen included: `Barn-`.
    /// [`compound_head`] finds the word it shares its head with.
    SuspendedCompound,
    /// A number: `176`, `1 250 000`, `3,5`.
    Number,
    /// A numeric ordinal: `46:e`, `1:a`.
    Ordinal,
    /// An ISO date shape: `2020-12-15` (not checked against the calendar).
    Date,
    /// A clock time: `13.00`, `09:30`.
    Time,
    /// A range of clock times: `13.00–15.30`.
    TimeRange,
    /// A case-number-shaped code: `SN/2020:223`, `KU.2019.91`, `2019/0057`.
    /// The [recognizers](crate) decide what it really is.
    Code,
    /// `§` or `§§`.
    Section,
    /// A web address.
    Url,
    /// An e-mail address.
    Email,
    /// Punctuation: `.`, `,`, `(`, `–`, a run such as `......`.
    Punctuation,
    /// A symbol: `%`, `+`, `€`, a bullet glyph.
    Symbol,
    /// Spaces, tabs and other horizontal white space.
    Whitespace,
    /// One line break: `\n`, `\r\n` or `\r`.
    Newline,
    /// A form feed: the page break of `pdftotext`.
    PageBreak,
    /// A control character or anything else.
    Other,
}

impl TokenKind {
    /// The snake_case name of the kind, as in JSON and the spec files.
    ///
    /// ```
    /// use kommuntext::TokenKind;
    /// assert_eq!(TokenKind::SuspendedCompound.as_str(), "suspended_compound");
    /// ```
    pub const fn as_str(self) -> &'static str {
        match self {
            TokenKind::Word => "word",
            TokenKind::Abbreviation => "abbreviation",
            TokenKind::SuspendedCompound => "suspended_compound",
            TokenKind::Number => "number",
            TokenKind::Ordinal => "ordinal",
            TokenKind::Date => "date",
            TokenKind::Time => "time",
            TokenKind::TimeRange => "time_range",
            TokenKind::Code => "code",
            TokenKind::Section => "section",
            TokenKind::Url => "url",
            TokenKind::Email => "email",
            TokenKind::Punctuation => "punctuation",
            TokenKind::Symbol => "symbol",
            TokenKind::Whitespace => "whitespace",
            TokenKind::Newline => "newline",
            TokenKind::PageBreak => "page_break",
            TokenKind::Other => "other",
        }
    }

    /// Whether tokens of this kind are white space or line structure.
    pub const fn is_space(self) -> bool {
        matches!(
            self,
            TokenKind::Whitespace | TokenKind::Newline | TokenKind::PageBreak
        )
    }
}

/// One token: its kind and its span in the input. `Copy`, no text inside.
///
/// # Example
///
/// ```
/// use kommuntext::{tokenize, TokenKind};
/// let text = "Dnr SN/2020:223";
/// let t = tokenize(text).find(|t| t.kind == TokenKind::Code).unwrap();
/// assert_eq!(t.text(text), "SN/2020:223");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Token {
    /// What the token is.
    pub kind: TokenKind,
    /// Where it is in the input.
    pub span: Span,
}

impl Token {
    /// The token's text in `source`, the string it was read from.
    /// (Empty if `source` is another string that the span does not fit.)
    #[inline]
    pub fn text<'a>(&self, source: &'a str) -> &'a str {
        self.span.get(source).unwrap_or("")
    }

    /// The token's text with normalization applied: borrowed when nothing
    /// changes, owned otherwise.
    ///
    /// Words, abbreviations, suspended compounds and codes: soft hyphens
    /// removed; a line-break hyphen and the line break removed before a
    /// lower-case letter, the line break alone removed before anything else;
    /// U+2010 and U+2011 become `-`; `a` + U+030A, `a` + U+0308 and the other
    /// Latin-1 letters written with a combining mark become the precomposed
    /// letter (NFC); the ligatures U+FB00–U+FB06 are spelled out. `å`, `ä`
    /// and `ö` are never folded. Numbers: the thousands separators are
    /// removed (`1 250 000` → `1250000`). Other kinds are returned as they
    /// are.
    ///
    /// ```
    /// use kommuntext::tokenize;
    /// let text = "omsorgs-\nnämnden bero\u{ad}ende Va\u{308}sterås 1\u{a0}250\u{a0}000";
    /// let words: Vec<_> = tokenize(text)
    ///     .filter(|t| !t.kind.is_space())
    ///     .map(|t| t.normalized(text).into_owned())
    ///     .collect();
    /// assert_eq!(words, ["omsorgsnämnden", "beroende", "Västerås", "1250000"]);
    /// ```
    pub fn normalized<'a>(&self, source: &'a str) -> Cow<'a, str> {
        let s = self.text(source);
        match self.kind {
            TokenKind::Number => normalize_number(s),
            TokenKind::Word
            | TokenKind::Abbreviation
            | TokenKind::SuspendedCompound
            | TokenKind::Code => normalize_word(s),
            _ => Cow::Borrowed(s),
        }
    }
}

/// Cuts `text` into tokens. Never fails, never allocates, never panics; the
/// empty string gives no tokens.
///
/// The tokens' spans are contiguous and concatenate to `text`; white space
/// and line breaks are tokens too. See the grammar below.
///
/// # Grammar
///
/// The tokenizer reads the text once, left to right, and cuts it into tokens
/// whose spans are contiguous and concatenate to the input. At each position
/// the first matching rule wins:
///
/// | kind | shape | examples |
/// |---|---|---|
/// | [`Whitespace`](TokenKind::Whitespace) | run of space, tab, VT, NBSP, Unicode spaces, BOM | ` `, `\u{a0}` |
/// | [`Newline`](TokenKind::Newline) | `\n`, `\r\n`, `\r`, U+2028, U+2029, U+0085 | |
/// | [`PageBreak`](TokenKind::PageBreak) | form feed `\f` | |
/// | [`Url`](TokenKind::Url) | `http://`, `https://`, `www.` up to white space, trailing punctuation left out | `https://www.kommun.se/protokoll` |
/// | [`Email`](TokenKind::Email) | local part `@` domain with a dot | `anna.berg@kommun.se` |
/// | [`Date`](TokenKind::Date) | `DDDD-DD-DD` | `2020-12-15` |
/// | [`TimeRange`](TokenKind::TimeRange) | time, `-` `–` or `—`, time | `13.00–15.30` |
/// | [`Time`](TokenKind::Time) | `H.MM`, `HH.MM`, `H:MM`, `HH:MM`, hour ≤ 24, minute ≤ 59 | `13.00`, `09:30` |
/// | [`Ordinal`](TokenKind::Ordinal) | digits `:` `a`/`e`/`sta`/`dra` | `46:e`, `1:a` |
/// | [`Number`](TokenKind::Number) | digits; 1–3 digits (no leading zero, no number just before) then groups of exactly 3 after a space, NBSP or narrow NBSP; a decimal comma | `1 250 000`, `3,5` |
/// | [`Code`](TokenKind::Code) | letters and digits joined by `/` `:` `.` `-`, or letters and digits mixed | `SN/2020:223`, `KU.2019.91`, `1.6-0463/2019`, `RV190949` |
/// | [`Abbreviation`](TokenKind::Abbreviation) | an entry of the [abbreviation table](crate::abbreviations), any case | `t.ex.`, `Ordf.`, `dnr`, `S:t` |
/// | [`SuspendedCompound`](TokenKind::SuspendedCompound) | a word ending in a hyphen that is not joined to the next word | `Barn-` in `Barn- och ungdomsnämnden` |
/// | [`Word`](TokenKind::Word) | letters (any script), combining marks, soft hyphens, inner hyphens, genitive `:s` | `omsorgsnämnden`, `IT-frågor`, `KS:s` |
/// | [`Section`](TokenKind::Section) | `§` or `§§` (a longer run is several tokens) | |
/// | [`Punctuation`](TokenKind::Punctuation) | a run of one ASCII punctuation character, or one Unicode punctuation mark | `.`, `...`, `–` |
/// | [`Symbol`](TokenKind::Symbol) | `%` `&` `+` `<` `=` `>` `#` `$` `^` `\|` `~` `` ` `` `*` `@` runs, other symbols | `%` |
/// | [`Other`](TokenKind::Other) | control characters, a stray soft hyphen | |
///
/// Hyphens: `-`, U+2010 and U+2011 are hyphens. A hyphen followed by a letter
/// or digit joins the two (`IT-frågor`, `SN-2019/104`). A hyphen at the end of
/// a line joins the next line's word into one token (line-break
/// hyphenation, `omsorgs-\nnämnden`), unless that word is *och*, *eller*,
/// *samt*, *respektive*, *resp*, *till* or *som*, in which case the hyphen
/// ends a [`SuspendedCompound`](TokenKind::SuspendedCompound) (`Barn-\noch`).
/// A hyphen before an upper-case letter or digit is kept in the normalized
/// form; before a lower-case letter it is dropped.
///
/// Abbreviations that are also ordinary words (`bil.`, `jul.`, `mån.`) keep
/// their stop only when the next word does not start a new sentence (it
/// starts with a lower-case letter or a digit, or a comma follows).
///
/// # Time complexity
///
/// Linear in the input: every rule looks ahead a bounded distance (an e-mail
/// local part at most 64 bytes, a domain at most 253, an abbreviation at most
/// 16 bytes, a hyphenation at most one line break and its indentation) or
/// consumes what it reads.
///
/// # Example
///
/// ```
/// use kommuntext::{tokenize, TokenKind::*};
/// let text = "Ordf. Anna Berg, t.ex. § 176";
/// let got: Vec<_> = tokenize(text)
///     .filter(|t| !t.kind.is_space())
///     .map(|t| (t.kind, t.text(text)))
///     .collect();
/// assert_eq!(
///     got,
///     [
///         (Abbreviation, "Ordf."),
///         (Word, "Anna"),
///         (Word, "Berg"),
///         (Punctuation, ","),
///         (Abbreviation, "t.ex."),
///         (Section, "§"),
///         (Number, "176"),
///     ]
/// );
/// ```
pub fn tokenize(text: &str) -> Tokens<'_> {
    Tokens {
        text,
        pos: 0,
        block: Block::new(text.as_bytes(), 0),
    }
}

/// The iterator of [`tokenize`].
#[derive(Clone, Debug)]
pub struct Tokens<'a> {
    text: &'a str,
    pos: usize,
    /// The classified block that holds `pos` (or an earlier one, when a
    /// token ran past it): `block.base <= pos` always.
    block: Block,
}

impl<'a> Tokens<'a> {
    #[inline(always)]
    fn step(&mut self) -> Option<Token> {
        let start = self.pos;
        if start >= self.text.len() {
            return None;
        }
        let (kind, end) = self.scan_hot(start);
        self.pos = end;
        Some(Token {
            kind,
            span: Span::new(start, end),
        })
    }

    /// The text being tokenized.
    pub fn source(&self) -> &'a str {
        self.text
    }

    /// The byte offset of the next token.
    pub fn offset(&self) -> usize {
        self.pos
    }
}

impl Iterator for Tokens<'_> {
    type Item = Token;

    #[inline]
    fn next(&mut self) -> Option<Token> {
        self.step()
    }

    /// The loop over all tokens in one place (`count`, `for_each`, `sum`,
    /// … use it), so that the scanner is inlined into it and its state
    /// stays in registers whatever the caller inlines.
    #[inline]
    fn fold<B, F>(mut self, init: B, mut f: F) -> B
    where
        F: FnMut(B, Token) -> B,
    {
        let mut acc = init;
        while let Some(t) = self.step() {
            acc = f(acc, t);
        }
        acc
    }
}

impl FusedIterator for Tokens<'_> {}

/// The same tokenizer with every fast path turned off: each character is
/// decoded and classified through `char` methods. It exists so that tests can
/// check that the fast paths agree with it; use [`tokenize`].
#[doc(hidden)]
pub fn tokenize_reference(text: &str) -> impl Iterator<Item = Token> + '_ {
    let mut pos = 0;
    std::iter::from_fn(move || next_token::<false>(text, &mut pos))
}

fn next_token<const FAST: bool>(text: &str, pos: &mut usize) -> Option<Token> {
    let start = *pos;
    if start >= text.len() {
        return None;
    }
    let (kind, end) = general::<FAST>(text, start);
    *pos = end;
    Some(Token {
        kind,
        span: Span::new(start, end),
    })
}

/// The token at `start` by the general scanner.
#[inline]
fn general<const FAST: bool>(text: &str, start: usize) -> (TokenKind, usize) {
    let (kind, end) = scan_general::<FAST>(text, start);
    // Every rule consumes at least one whole character; this keeps the
    // iterator total even if a rule were wrong.
    let end = if end > start && text.is_char_boundary(end) && end <= text.len() {
        end
    } else {
        start + char_len(text.as_bytes(), start)
    };
    (kind, end)
}

// ---------------------------------------------------------------------------
// Byte classes.

const OTHER: u8 = 0;
const ALPHA: u8 = 1;
const DIGIT: u8 = 2;
const SPACE: u8 = 3;
const LF: u8 = 4;
const CR: u8 = 5;
const FF: u8 = 6;
const PUNCT: u8 = 7;
const SYMBOL: u8 = 8;
const HIGH: u8 = 9;

#[allow(clippy::indexing_slicing)] // a const loop over 0..256
const fn build_classes() -> [u8; 256] {
    let mut t = [OTHER; 256];
    let mut i = 0;
    while i < 256 {
        let b = i as u8;
        t[i] = match b {
            b'a'..=b'z' | b'A'..=b'Z' => ALPHA,
            b'0'..=b'9' => DIGIT,
            b' ' | b'\t' | 0x0B => SPACE,
            b'\n' => LF,
            b'\r' => CR,
            0x0C => FF,
            b'%' | b'&' | b'+' | b'<' | b'=' | b'>' | b'#' | b'$' | b'^' | b'|' | b'~' | b'`'
            | b'*' | b'@' => SYMBOL,
            0x21..=0x7E => PUNCT,
            0x80..=0xFF => HIGH,
            _ => OTHER,
        };
        i += 1;
    }
    t
}

static CLASS: [u8; 256] = build_classes();

#[inline(always)]
#[allow(clippy::indexing_slicing)] // a u8 always indexes a [_; 256]
fn class(b: u8) -> u8 {
    CLASS[b as usize]
}

/// The byte at `i`, or 0 past the end (0 is a control character, which no
/// rule continues through, so the end and a NUL behave alike).
#[inline(always)]
fn at(b: &[u8], i: usize) -> u8 {
    b.get(i).copied().unwrap_or(0)
}

#[inline(always)]
fn is_digit(c: u8) -> bool {
    c.is_ascii_digit()
}

#[inline]
fn char_len(b: &[u8], i: usize) -> usize {
    match at(b, i) {
        0x00..=0x7F => 1,
        0xC0..=0xDF => 2,
        0xE0..=0xEF => 3,
        0xF0..=0xFF => 4,
        _ => 1,
    }
}

#[inline]
fn char_at(text: &str, i: usize) -> Option<char> {
    text.get(i..).and_then(|s| s.chars().next())
}

/// Whether `c` continues a word: letters and digits of any script,
/// combining marks, the soft hyphen.
#[inline]
fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || is_combining(c) || c == '\u{AD}'
}

#[inline]
fn is_combining(c: char) -> bool {
    matches!(c, '\u{300}'..='\u{36F}' | '\u{1AB0}'..='\u{1AFF}' | '\u{1DC0}'..='\u{1DFF}' | '\u{20D0}'..='\u{20FF}' | '\u{FE20}'..='\u{FE2F}')
}

/// The length of the word character at `i`, or 0 if there is none.
/// `has_digit` is set when it is a digit.
#[inline(always)]
fn word_char_len<const FAST: bool>(text: &str, i: usize, has_digit: &mut bool) -> usize {
    let b = text.as_bytes();
    let c = at(b, i);
    if FAST {
        match class(c) {
            ALPHA => return 1,
            DIGIT => {
                *has_digit = true;
                return 1;
            }
            HIGH => {
                // Latin-1 letters U+00C0..U+00FF except × and ÷.
                if c == 0xC3 {
                    let c2 = at(b, i + 1);
                    if (0x80..=0xBF).contains(&c2) && c2 != 0x97 && c2 != 0xB7 {
                        return 2;
                    }
                }
            }
            _ => return 0,
        }
    }
    match char_at(text, i) {
        Some(ch) if is_word_char(ch) => {
            if ch.is_ascii_digit() {
                *has_digit = true;
            }
            ch.len_utf8()
        }
        _ => 0,
    }
}

/// Scans word characters from `i`; returns the end.
#[inline(always)]
fn scan_alnum<const FAST: bool>(text: &str, mut i: usize, has_digit: &mut bool) -> usize {
    let b = text.as_bytes();
    if FAST {
        // ASCII letters and digits in a tight loop.
        loop {
            let c = at(b, i);
            if c.is_ascii_alphabetic() {
                i += 1;
            } else if c.is_ascii_digit() {
                *has_digit = true;
                i += 1;
            } else if c < 0x80 {
                return i;
            } else {
                let n = word_char_len::<FAST>(text, i, has_digit);
                if n == 0 {
                    return i;
                }
                i += n;
            }
        }
    }
    loop {
        let n = word_char_len::<FAST>(text, i, has_digit);
        if n == 0 {
            return i;
        }
        i += n;
    }
}

#[inline]
fn scan_digits(b: &[u8], mut i: usize) -> usize {
    while is_digit(at(b, i)) {
        i += 1;
    }
    i
}

/// The length of a hyphen at `i` (`-`, U+2010, U+2011), or 0.
#[inline(always)]
fn hyphen_len(b: &[u8], i: usize) -> usize {
    match at(b, i) {
        b'-' => 1,
        0xE2 if at(b, i + 1) == 0x80 && matches!(at(b, i + 2), 0x90 | 0x91) => 3,
        _ => 0,
    }
}

/// The length of a horizontal space character at `i`, or 0.
#[inline(always)]
fn space_len(b: &[u8], i: usize) -> usize {
    match at(b, i) {
        b' ' | b'\t' | 0x0B => 1,
        0xC2 if at(b, i + 1) == 0xA0 => 2,
        0xE2 => match (at(b, i + 1), at(b, i + 2)) {
            (0x80, 0x80..=0x8B) | (0x80, 0xAF) | (0x81, 0x9F) => 3,
            _ => 0,
        },
        0xE3 if at(b, i + 1) == 0x80 && at(b, i + 2) == 0x80 => 3,
        0xEF if at(b, i + 1) == 0xBB && at(b, i + 2) == 0xBF => 3,
        _ => 0,
    }
}

fn scan_spaces(b: &[u8], mut i: usize) -> usize {
    while matches!(at(b, i), b' ' | b'\t') {
        i += 1;
    }
    if at(b, i) < 0x80 && at(b, i) != 0x0B {
        return i;
    }
    loop {
        let n = space_len(b, i);
        if n == 0 {
            return i;
        }
        i += n;
    }
}

// ---------------------------------------------------------------------------
// The scanner.

/// 64 bytes of the text classified into a bitmask, bit `k` for the byte at
/// `base + k` (simdjson's idea, in safe code the compiler vectorizes).
/// Words are walked with `trailing_zeros` over the mask: no branch per byte,
/// none for the length of a word, none for an `å` inside it.
#[derive(Clone, Copy, Debug)]
struct Block {
    /// The offset of bit 0; a multiple of 64.
    base: usize,
    /// Letters of the hot path: ASCII letters, and both bytes of the
    /// two-byte letters U+00C0..=U+00FF whose second byte does not end in
    /// three 1 bits. That leaves out `×` and `÷` (and `Ç ç Ï ï ß ÿ`, which
    /// the general path reads as letters): the mask may miss letters, never
    /// mark anything else.
    word: u64,
}

/// What [`classify`] reads: the byte before a block, its 64, the byte after.
const WINDOW: usize = 66;

impl Block {
    /// Classifies the 64 bytes from `base` (a multiple of 64); bytes before
    /// the start and past the end of the text count as NUL, which is in no
    /// mask.
    #[inline(never)]
    fn new(b: &[u8], base: usize) -> Block {
        let window = base
            .checked_sub(1)
            .and_then(|from| b.get(from..from + WINDOW))
            .and_then(|w| <&[u8; WINDOW]>::try_from(w).ok());
        let word = match window {
            Some(w) => classify(w),
            None => classify_edge(b, base),
        };
        Block { base, word }
    }
}

/// [`classify`] for a block at the start or end of the text.
#[cold]
#[inline(never)]
fn classify_edge(b: &[u8], base: usize) -> u64 {
    let mut window = [0u8; WINDOW];
    // Window byte k is text byte base + k - 1.
    let (skip, from) = match base.checked_sub(1) {
        Some(from) => (0, from),
        None => (1, 0),
    };
    let bytes = b.get(from..).unwrap_or(&[]);
    let n = bytes.len().min(WINDOW - skip);
    if let (Some(dst), Some(src)) = (window.get_mut(skip..skip + n), bytes.get(..n)) {
        dst.copy_from_slice(src);
    }
    classify(&window)
}

/// The letter mask of the 64 bytes `window[1..65]`; `window[0]` is the
/// byte before them, `window[65]` the byte after. One pass of byte-wise
/// tests without branches (the compiler turns it into SIMD compares), then
/// eight bytes of 0/1 flags at a time gathered into bits by a multiply.
#[inline(always)]
fn classify(window: &[u8; WINDOW]) -> u64 {
    let part = |from: usize| {
        window
            .get(from..from + 64)
            .and_then(|s| <&[u8; 64]>::try_from(s).ok())
    };
    let (Some(prev), Some(cur), Some(next)) = (part(0), part(1), part(2)) else {
        return 0;
    };
    let mut flags = [0u8; 64];
    for (((flag, &p), &c), &n) in flags.iter_mut().zip(prev).zip(cur).zip(next) {
        let ascii_letter = (c | 0x20).wrapping_sub(b'a') < 26;
        // A lead byte 0xC3 (in UTF-8 always followed by its second byte)
        // and that second byte, where it is not ×, ÷ or the like. `&`, not
        // `&&`: no branches.
        let lead = (c == 0xC3) & second_byte_ok(n);
        let second = (p == 0xC3) & second_byte_ok(c);
        *flag = u8::from(ascii_letter | lead | second);
    }
    let mut word = 0u64;
    for (k, lane) in flags.chunks_exact(8).enumerate() {
        let v = u64::from_le_bytes(<[u8; 8]>::try_from(lane).unwrap_or([0; 8]));
        // Bit 0 of byte i to bit 56 + i: the partial products never overlap.
        word |= (v.wrapping_mul(0x0102_0408_1020_4080) >> 56) << (8 * k);
    }
    word
}

/// Whether `c`, the byte after a 0xC3, makes a letter for [`Block::word`].
#[inline(always)]
fn second_byte_ok(c: u8) -> bool {
    c & 7 != 7
}

/// The end of a run of ASCII spaces from `i`, eight bytes at a time.
#[inline(never)]
fn scan_space_run(b: &[u8], mut i: usize) -> usize {
    while let Some(chunk) = b.get(i..i + 8).and_then(|c| <[u8; 8]>::try_from(c).ok()) {
        let x = u64::from_le_bytes(chunk) ^ 0x2020_2020_2020_2020;
        if x != 0 {
            return i + (x.trailing_zeros() / 8) as usize;
        }
        i += 8;
    }
    while at(b, i) == b' ' {
        i += 1;
    }
    i
}

/// Whether `c`, after a run of letters, ends a plain word: an ASCII byte
/// that is not a letter or digit and cannot continue the word into an
/// abbreviation, number, code, e-mail address, URL or hyphenated word
/// (`.` `-` `/` `:` `@` `_` `+`), or the end of the text (NUL). What
/// `finish_word` would read as the end of a word at once.
#[inline(always)]
fn ends_plain_word(c: u8) -> bool {
    PLAIN_END.get(usize::from(c)).copied().unwrap_or(false)
}

static PLAIN_END: [bool; 256] = build_plain_end();

#[allow(clippy::indexing_slicing)] // a const loop over 0..256
const fn build_plain_end() -> [bool; 256] {
    let mut t = [false; 256];
    let mut i = 0;
    while i < 0x80 {
        let c = i as u8;
        t[i] = !c.is_ascii_alphanumeric()
            && !matches!(c, b'.' | b'-' | b'/' | b':' | b'@' | b'_' | b'+');
        i += 1;
    }
    t
}

impl Tokens<'_> {
    /// The hot path: a plain word (ASCII and Latin-1 letters of the block
    /// mask) ended by a byte no rule continues it through, or before `. `;
    /// a run of spaces; a line break or page break; digits no number rule
    /// goes on from; `§`; a run of one ASCII punctuation or symbol byte.
    /// Everything else goes to [`scan_general`], and so does every token of
    /// [`tokenize_reference`]; the two give the same tokens (the tests and
    /// the fuzz target compare them).
    #[inline(always)]
    fn scan_hot(&mut self, start: usize) -> (TokenKind, usize) {
        let text = self.text;
        let b = text.as_bytes();
        let mut off = start - self.block.base;
        if off >= 64 {
            self.block = Block::new(b, start & !63);
            off = start & 63;
        }
        let word = self.block.word >> off;
        if word & 1 != 0 {
            return self.scan_word(start, off, word);
        }
        let c0 = at(b, start);
        match c0 {
            b' ' => {
                if word & 2 != 0 {
                    // One space before a word.
                    return (TokenKind::Whitespace, start + 1);
                }
                // One space, or a run (`-layout` columns), ended by something
                // that is not more white space.
                let mut j = start + 1;
                if at(b, j) == b' ' {
                    j = scan_space_run(b, j);
                }
                let n = at(b, j);
                if n < 0x80 && n != b'\t' && n != 0x0B || n >= 0x80 && space_len(b, j) == 0 {
                    return (TokenKind::Whitespace, j);
                }
            }
            b'\n' => return (TokenKind::Newline, start + 1),
            b'\r' => {
                let n = if at(b, start + 1) == b'\n' { 2 } else { 1 };
                return (TokenKind::Newline, start + n);
            }
            0x0C => return (TokenKind::PageBreak, start + 1),
            b'0'..=b'9' => {
                // Digits that no rule of `scan_number` can go on from: not
                // a date, time, code, decimal or thousands group.
                let j = scan_digits(b, start + 1);
                let n = at(b, j);
                let after = at(b, j + 1);
                let ends = match n {
                    b'\n' | b'\r' | b')' | b';' => true,
                    b' ' | b',' => !after.is_ascii_digit(),
                    b'.' => matches!(after, b' ' | b'\n' | b'\r'),
                    _ => false,
                };
                if ends {
                    return (TokenKind::Number, j);
                }
            }
            0xC2 if at(b, start + 1) == 0xA7 => {
                // `§` or `§§`; a longer run is several tokens.
                let two = at(b, start + 2) == 0xC2 && at(b, start + 3) == 0xA7;
                return (TokenKind::Section, start + if two { 4 } else { 2 });
            }
            _ => {
                let class = class(c0);
                if class == PUNCT || class == SYMBOL {
                    let mut j = start + 1;
                    while at(b, j) == c0 {
                        j += 1;
                    }
                    let kind = if class == PUNCT {
                        TokenKind::Punctuation
                    } else {
                        TokenKind::Symbol
                    };
                    return (kind, j);
                }
            }
        }
        general::<true>(text, start)
    }

    /// A word at `start`, whose first letter is bit `off` of the block;
    /// `word` is the block's mask shifted right by `off`.
    #[inline(always)]
    fn scan_word(&mut self, start: usize, off: usize, word: u64) -> (TokenKind, usize) {
        let text = self.text;
        let b = text.as_bytes();
        let run = (!word).trailing_zeros() as usize;
        let mut j = start + run;
        if off + run == 64 {
            (j, self.block) = Self::word_on(b, j);
        }
        let n = at(b, j);
        if n == b'.' && matches!(at(b, j + 1), b' ' | b'\n' | b'\r') {
            // A word before a full stop: an abbreviation with its stop,
            // or the word (`finish_word` reads nothing else here).
            if let Some(end) = scan_abbreviation(text, start, j) {
                return (TokenKind::Abbreviation, end);
            }
        } else if !ends_plain_word(n) {
            // Something else follows (a hyphen, a digit, a letter outside
            // Latin-1, …): go on from `j` as `scan_word` would, without
            // scanning the letters again.
            if url_start(b, start) {
                if let Some(end) = scan_url(b, start) {
                    return (TokenKind::Url, end);
                }
            }
            let mut shape = Shape::default();
            let k = scan_alnum::<true>(text, j, &mut shape.digit);
            return finish_word::<true>(text, start, k, shape);
        }
        // A plain word. No URL: its letters would be followed by `:` or
        // `.` and more.
        if abbrev::plain_maybe(at(b, start), at(b, j - 1), j - start)
            && abbrev::lookup(b.get(start..j).unwrap_or(b"")).is_some()
        {
            return (TokenKind::Abbreviation, j);
        }
        (TokenKind::Word, j)
    }

    /// Follows a word that reached the end of the block into the next
    /// blocks; `j` is the end of the block. Returns the end of the word;
    /// the block is then the one that holds it.
    #[inline(never)]
    fn word_on(b: &[u8], mut j: usize) -> (usize, Block) {
        loop {
            let block = Block::new(b, j);
            let run = (!block.word).trailing_zeros() as usize;
            j += run;
            if run < 64 {
                return (j, block);
            }
        }
    }
}

#[inline]
fn url_start(b: &[u8], i: usize) -> bool {
    let c0 = at(b, i) | 0x20;
    let c1 = at(b, i + 1) | 0x20;
    (c0 == b'h' && c1 == b't') || (c0 == b'w' && c1 == b'w')
}

#[inline(never)]
fn scan_general<const FAST: bool>(text: &str, i: usize) -> (TokenKind, usize) {
    let b = text.as_bytes();
    let c = at(b, i);
    match class(c) {
        ALPHA => scan_word::<FAST>(text, i),
        DIGIT => scan_number::<FAST>(text, i),
        SPACE => (TokenKind::Whitespace, scan_spaces(b, i)),
        LF => (TokenKind::Newline, i + 1),
        CR => (
            TokenKind::Newline,
            if at(b, i + 1) == b'\n' { i + 2 } else { i + 1 },
        ),
        FF => (TokenKind::PageBreak, i + 1),
        PUNCT | SYMBOL => {
            let mut j = i + 1;
            while at(b, j) == c {
                j += 1;
            }
            let kind = if class(c) == PUNCT {
                TokenKind::Punctuation
            } else {
                TokenKind::Symbol
            };
            (kind, j)
        }
        HIGH => scan_high::<FAST>(text, i),
        _ => (TokenKind::Other, i + 1),
    }
}

fn scan_high<const FAST: bool>(text: &str, i: usize) -> (TokenKind, usize) {
    let b = text.as_bytes();
    let Some(ch) = char_at(text, i) else {
        return (TokenKind::Other, i + 1);
    };
    let len = ch.len_utf8();
    if ch.is_alphanumeric() || is_combining(ch) {
        return scan_word::<FAST>(text, i);
    }
    match ch {
        '§' => {
            // `§` or `§§`; a longer run is several tokens.
            let j = i + len;
            if at(b, j) == 0xC2 && at(b, j + 1) == 0xA7 {
                (TokenKind::Section, j + 2)
            } else {
                (TokenKind::Section, j)
            }
        }
        '\u{2028}' | '\u{2029}' | '\u{85}' => (TokenKind::Newline, i + len),
        '\u{AD}' => (TokenKind::Other, i + len),
        _ if space_len(b, i) > 0 => (TokenKind::Whitespace, scan_spaces(b, i)),
        '\u{A1}'
        | '\u{AB}'
        | '\u{B7}'
        | '\u{BB}'
        | '\u{BF}'
        | '\u{2010}'..='\u{2027}'
        | '\u{2030}'..='\u{205E}'
        | '\u{3000}'..='\u{303F}' => (TokenKind::Punctuation, i + len),
        c if c.is_control() => (TokenKind::Other, i + len),
        _ => (TokenKind::Symbol, i + len),
    }
}

/// Flags gathered while scanning a word or code.
#[derive(Default)]
struct Shape {
    digit: bool,
    sep: bool,
}

/// The words after which a line-final hyphen is a suspended compound's, not
/// a hyphenation.
#[inline]
fn is_conjunction(w: &[u8]) -> bool {
    matches!(
        w,
        b"och" | b"eller" | b"samt" | b"respektive" | b"resp" | b"till" | b"som"
    )
}

fn scan_word<const FAST: bool>(text: &str, start: usize) -> (TokenKind, usize) {
    let b = text.as_bytes();
    if url_start(b, start) {
        if let Some(end) = scan_url(b, start) {
            return (TokenKind::Url, end);
        }
    }
    let mut shape = Shape::default();
    let i = scan_alnum::<FAST>(text, start, &mut shape.digit);
    // The common case: a word of letters followed by a byte that cannot
    // continue it (space, line break, comma, …).
    let c = at(b, i);
    if FAST
        && !shape.digit
        && c < 0x80
        && !matches!(c, b'.' | b'-' | b'/' | b':' | b'@' | b'_' | b'+')
    {
        let word = b.get(start..i).unwrap_or(b"");
        if abbrev::lookup(word).is_some() {
            return (TokenKind::Abbreviation, i);
        }
        return (TokenKind::Word, i);
    }
    finish_word::<FAST>(text, start, i, shape)
}

/// Continues a word or code whose first run of word characters ends at `i`.
fn finish_word<const FAST: bool>(
    text: &str,
    start: usize,
    mut i: usize,
    mut shape: Shape,
) -> (TokenKind, usize) {
    let b = text.as_bytes();
    let mut has_alpha = !shape.digit || i > scan_digits(b, start);
    loop {
        let c = at(b, i);
        match c {
            b'@' | b'.' | b'_' | b'+' | b'-' if email_candidate(b, i) => {
                if let Some(end) = scan_email(b, start) {
                    return (TokenKind::Email, end);
                }
            }
            _ => {}
        }
        let h = hyphen_len(b, i);
        if h > 0 {
            let next = i + h;
            let mut digit = false;
            if word_char_len::<FAST>(text, next, &mut digit) > 0 {
                // Inner hyphen: IT-frågor, SN-2019/104.
                if digit {
                    shape.sep = true;
                }
                i = scan_alnum::<FAST>(text, next, &mut shape.digit);
                has_alpha |= !digit || i > scan_digits(b, next);
                continue;
            }
            // A hyphen at a line end?
            let mut j = next;
            while matches!(at(b, j), b' ' | b'\t') {
                j += 1;
            }
            let nl = match (at(b, j), at(b, j + 1)) {
                (b'\r', b'\n') => 2,
                (b'\n', _) | (b'\r', _) => 1,
                _ => 0,
            };
            if nl > 0 {
                j += nl;
                while matches!(at(b, j), b' ' | b'\t') {
                    j += 1;
                }
                let Some(ch) = char_at(text, j) else {
                    return (TokenKind::SuspendedCompound, next);
                };
                if ch.is_lowercase() {
                    let mut d = false;
                    let end = scan_alnum::<FAST>(text, j, &mut d);
                    if is_conjunction(b.get(j..end).unwrap_or(b"")) {
                        return (TokenKind::SuspendedCompound, next);
                    }
                    // Hyphenation: one word over the line break.
                    shape.digit |= d;
                    i = end;
                    continue;
                }
                if ch.is_alphanumeric() {
                    i = scan_alnum::<FAST>(text, j, &mut shape.digit);
                    if ch.is_ascii_digit() {
                        shape.sep = true;
                    }
                    continue;
                }
                return (TokenKind::SuspendedCompound, next);
            }
            if matches!(at(b, next), b',' | 0) || space_len(b, next) > 0 {
                return (TokenKind::SuspendedCompound, next);
            }
            break;
        }
        match c {
            b'.' => {
                if has_alpha && !shape.digit && !shape.sep {
                    if let Some(end) = scan_abbreviation(text, start, i) {
                        return (TokenKind::Abbreviation, end);
                    }
                }
                if is_digit(at(b, i + 1)) {
                    shape.sep = true;
                    i = scan_alnum::<FAST>(text, i + 1, &mut shape.digit);
                    continue;
                }
                break;
            }
            b'/' => {
                let n = at(b, i + 1);
                if is_digit(n) || (shape.digit && n.is_ascii_alphabetic()) {
                    shape.sep = true;
                    let mut d = false;
                    i = scan_alnum::<FAST>(text, i + 1, &mut d);
                    shape.digit |= d;
                    continue;
                }
                break;
            }
            b':' => {
                let n = at(b, i + 1);
                if is_digit(n) && (shape.digit || shape.sep) {
                    shape.sep = true;
                    i = scan_alnum::<FAST>(text, i + 1, &mut shape.digit);
                    continue;
                }
                if let Some(end) = colon_suffix(text, i) {
                    let word = b.get(start..end).unwrap_or(b"");
                    if !shape.digit && !shape.sep {
                        if abbrev::lookup(word).is_some() {
                            return (TokenKind::Abbreviation, end);
                        }
                        return (TokenKind::Word, end);
                    }
                    if !has_alpha && !shape.sep {
                        let suffix = b.get(i + 1..end).unwrap_or(b"");
                        let kind = if matches!(suffix, b"a" | b"e" | b"sta" | b"dra") {
                            TokenKind::Ordinal
                        } else {
                            TokenKind::Number
                        };
                        return (kind, end);
                    }
                    return (TokenKind::Code, end);
                }
                break;
            }
            _ => break,
        }
    }
    if shape.digit {
        if shape.sep || has_alpha {
            return (TokenKind::Code, i);
        }
        return (TokenKind::Number, i);
    }
    if shape.sep {
        return (TokenKind::Code, i);
    }
    let word = b.get(start..i).unwrap_or(b"");
    if word.len() < abbrev::MAX_LEN && abbrev::lookup(word).is_some() {
        return (TokenKind::Abbreviation, i);
    }
    (TokenKind::Word, i)
}

/// `:` followed by a genitive or ordinal ending (`s`, `a`, `e`, `t`, `ta`,
/// `sta`, `dra`) and then no word character: `KS:s`, `S:t`, `1:a`, `46:e`,
/// `2019:s`. Returns the end.
fn colon_suffix(text: &str, colon: usize) -> Option<usize> {
    let b = text.as_bytes();
    let mut j = colon + 1;
    while at(b, j).is_ascii_lowercase() && j - colon <= 3 {
        j += 1;
    }
    let suffix = b.get(colon + 1..j)?;
    if !matches!(suffix, b"s" | b"a" | b"e" | b"t" | b"ta" | b"sta" | b"dra") {
        return None;
    }
    match char_at(text, j) {
        Some(ch) if is_word_char(ch) => None,
        _ => Some(j),
    }
}

/// An abbreviation starting at `start` whose first segment ends at the stop
/// at `dot`: the longest table entry among `x.`, `x.y.`, `x.y.z.` … (each
/// segment one to six letters). Entries that are also words keep their stop
/// only when the sentence goes on.
fn scan_abbreviation(text: &str, start: usize, dot: usize) -> Option<usize> {
    let b = text.as_bytes();
    if dot - start > abbrev::MAX_LEN {
        return None;
    }
    // Candidate ends, shortest first.
    let mut ends = [0usize; 6];
    let mut n = 0;
    let mut e = dot + 1;
    if let Some(slot) = ends.get_mut(n) {
        *slot = e;
        n += 1;
    }
    while n < ends.len() && e - start < abbrev::MAX_LEN {
        let mut j = e;
        let mut letters = 0;
        while let Some(ch) = char_at(text, j) {
            if !ch.is_alphabetic() {
                break;
            }
            letters += 1;
            j += ch.len_utf8();
            if letters > 6 {
                break;
            }
        }
        if letters == 0 || letters > 6 || at(b, j) != b'.' {
            break;
        }
        e = j + 1;
        if let Some(slot) = ends.get_mut(n) {
            *slot = e;
            n += 1;
        }
    }
    for &end in ends.get(..n).unwrap_or(&[]).iter().rev() {
        let cand = b.get(start..end)?;
        match abbrev::lookup(cand) {
            Some(Also::Abbreviation) => return Some(end),
            Some(Also::Word) if sentence_goes_on(text, end) => return Some(end),
            _ => {}
        }
    }
    None
}

/// Whether the text after `i` continues a sentence: after spaces, a
/// lower-case letter, a digit or a comma.
fn sentence_goes_on(text: &str, i: usize) -> bool {
    let b = text.as_bytes();
    let j = scan_spaces(b, i);
    match char_at(text, j) {
        Some(ch) => ch.is_lowercase() || ch.is_ascii_digit() || matches!(ch, ',' | ';'),
        None => false,
    }
}

/// Whether an e-mail address may start at `start`, whose first run of word
/// characters ends at `i`: the run goes on with `@`, or with a local-part
/// separator and more local-part characters (a cheap test before
/// [`scan_email`]; a stop at a sentence end fails it at once).
#[inline]
fn email_candidate(b: &[u8], i: usize) -> bool {
    at(b, i) == b'@' || at(b, i + 1).is_ascii_alphanumeric()
}

fn is_local_char(c: u8) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, b'.' | b'_' | b'%' | b'+' | b'-')
}

/// `local@domain.tld`, local part at most 64 bytes, domain at most 253.
fn scan_email(b: &[u8], start: usize) -> Option<usize> {
    let mut i = start;
    while is_local_char(at(b, i)) {
        i += 1;
        if i - start > 64 {
            return None;
        }
    }
    if i == start || at(b, i) != b'@' {
        return None;
    }
    let dstart = i + 1;
    let mut j = dstart;
    while at(b, j).is_ascii_alphanumeric() || matches!(at(b, j), b'.' | b'-') {
        j += 1;
        if j - dstart > 253 {
            return None;
        }
    }
    // Trailing dots and hyphens belong to the sentence.
    while j > dstart && matches!(at(b, j - 1), b'.' | b'-') {
        j -= 1;
    }
    let domain = b.get(dstart..j)?;
    match domain.iter().rposition(|&c| c == b'.') {
        Some(d) if d > 0 => Some(j),
        _ => None,
    }
}

/// `http://…`, `https://…`, `www.…` up to white space or `<>"`, without
/// trailing punctuation.
fn scan_url(b: &[u8], start: usize) -> Option<usize> {
    let rest = b.get(start..)?;
    let prefix = [&b"http://"[..], b"https://", b"www."]
        .into_iter()
        .find(|p| {
            rest.len() > p.len()
                && rest
                    .get(..p.len())
                    .is_some_and(|r| r.eq_ignore_ascii_case(p))
        })?;
    let mut j = start + prefix.len();
    loop {
        let c = at(b, j);
        if c <= b' ' || matches!(c, b'<' | b'>' | b'"') || space_len(b, j) > 0 {
            break;
        }
        j += 1;
    }
    while j > start + prefix.len()
        && matches!(
            at(b, j - 1),
            b'.' | b',' | b';' | b':' | b'!' | b'?' | b')' | b']' | b'}' | b'\''
        )
    {
        j -= 1;
    }
    // Never end inside a multi-byte character.
    while j > start && (at(b, j) & 0xC0) == 0x80 {
        j -= 1;
    }
    if j > start + prefix.len() && is_url_body(at(b, start + prefix.len())) {
        Some(j)
    } else {
        None
    }
}

#[inline]
fn is_url_body(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c >= 0x80
}

#[inline]
fn two_digits(b: &[u8], i: usize) -> Option<u32> {
    let (x, y) = (at(b, i), at(b, i + 1));
    (is_digit(x) && is_digit(y)).then(|| u32::from(x - b'0') * 10 + u32::from(y - b'0'))
}

/// A clock time at `i`: `H.MM`, `HH.MM`, `H:MM`, `HH:MM`, not followed by
/// a digit. Returns its end.
fn scan_time(b: &[u8], i: usize) -> Option<usize> {
    let d = scan_digits(b, i);
    let n = d - i;
    if !(1..=2).contains(&n) || !matches!(at(b, d), b'.' | b':') {
        return None;
    }
    let hour = b
        .get(i..d)?
        .iter()
        .fold(0u32, |a, &c| a * 10 + u32::from(c - b'0'));
    let minute = two_digits(b, d + 1)?;
    let end = d + 3;
    if hour > 24 || minute > 59 || is_digit(at(b, end)) {
        return None;
    }
    Some(end)
}

/// Whether a code separator followed by a word character is at `i`.
#[inline]
fn continues_code(b: &[u8], i: usize) -> bool {
    matches!(at(b, i), b'/' | b':' | b'.' | b'-') && at(b, i + 1).is_ascii_alphanumeric()
}

/// The length of a range dash at `i` (`-`, `–`, `—`), or 0.
#[inline]
fn dash_len(b: &[u8], i: usize) -> usize {
    match at(b, i) {
        b'-' => 1,
        0xE2 if at(b, i + 1) == 0x80 && matches!(at(b, i + 2), 0x93 | 0x94) => 3,
        _ => 0,
    }
}

/// The length of a thousands separator at `i`: space, NBSP, narrow NBSP,
/// thin space; or 0.
#[inline]
fn thousands_sep_len(b: &[u8], i: usize) -> usize {
    match at(b, i) {
        b' ' => 1,
        0xC2 if at(b, i + 1) == 0xA0 => 2,
        0xE2 if at(b, i + 1) == 0x80 && matches!(at(b, i + 2), 0xAF | 0x89) => 3,
        _ => 0,
    }
}

fn scan_number<const FAST: bool>(text: &str, start: usize) -> (TokenKind, usize) {
    let b = text.as_bytes();
    let d = scan_digits(b, start);
    let n = d - start;
    let c = at(b, d);
    // 2020-12-15
    if n == 4
        && c == b'-'
        && two_digits(b, d + 1).is_some()
        && at(b, d + 3) == b'-'
        && two_digits(b, d + 4).is_some()
        && !is_digit(at(b, d + 6))
        && !at(b, d + 6).is_ascii_alphabetic()
        && !continues_code(b, d + 6)
    {
        return (TokenKind::Date, d + 6);
    }
    // 13.00, 13.00–15.30
    if n <= 2 && matches!(c, b'.' | b':') {
        if let Some(end) = scan_time(b, start) {
            let dash = dash_len(b, end);
            if dash > 0 {
                if let Some(end2) = scan_time(b, end + dash) {
                    if !continues_code(b, end2) {
                        return (TokenKind::TimeRange, end2);
                    }
                }
            }
            if !continues_code(b, end) {
                return (TokenKind::Time, end);
            }
        }
    }
    // 1 250 000 and 1 250 000,50; not when a number stands just before
    // (`08 123 456` is three numbers, not 08 and 123 456).
    let after_number = start >= 2 && is_digit(at(b, start - 2)) && at(b, start - 1) == b' '
        || start >= 3
            && is_digit(at(b, start - 3))
            && at(b, start - 2) == 0xC2
            && at(b, start - 1) == 0xA0;
    if (1..=3).contains(&n) && at(b, start) != b'0' && !after_number {
        let mut e = d;
        loop {
            let s = thousands_sep_len(b, e);
            if s == 0 {
                break;
            }
            let g = e + s;
            if is_digit(at(b, g))
                && is_digit(at(b, g + 1))
                && is_digit(at(b, g + 2))
                && !is_digit(at(b, g + 3))
                && !continues_code(b, g + 3)
                && !at(b, g + 3).is_ascii_alphabetic()
            {
                e = g + 3;
            } else {
                break;
            }
        }
        if e > d {
            if at(b, e) == b',' && is_digit(at(b, e + 1)) {
                e = scan_digits(b, e + 1);
            }
            return (TokenKind::Number, e);
        }
    }
    // 3,5
    if c == b',' && is_digit(at(b, d + 1)) {
        return (TokenKind::Number, scan_digits(b, d + 1));
    }
    let mut shape = Shape {
        digit: true,
        sep: false,
    };
    let i = scan_alnum::<FAST>(text, d, &mut shape.digit);
    finish_word::<FAST>(text, start, i, shape)
}

// ---------------------------------------------------------------------------
// Normalization.

fn normalize_number(s: &str) -> Cow<'_, str> {
    if s.bytes().all(|c| c.is_ascii_digit() || c == b',') {
        return Cow::Borrowed(s);
    }
    Cow::Owned(
        s.chars()
            .filter(|&c| !matches!(c, ' ' | '\u{A0}' | '\u{202F}' | '\u{2009}'))
            .collect(),
    )
}

/// Whether normalization could change `s` (a cheap byte test).
#[inline]
fn needs_normalizing(s: &str) -> bool {
    s.bytes().any(|c| {
        matches!(
            c,
            b'\n' | b'\r' | b' ' | b'\t' | 0xC2 | 0xCC | 0xCD | 0xE2 | 0xEF | 0xE1
        )
    })
}

pub(crate) fn normalize_word(s: &str) -> Cow<'_, str> {
    if !needs_normalizing(s) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    let mut i = 0;
    while let Some(ch) = char_at(s, i) {
        i += ch.len_utf8();
        match ch {
            '\u{AD}' => {}
            '-' | '\u{2010}' | '\u{2011}' => {
                let rest = s.get(i..).unwrap_or("");
                let after_spaces = rest.trim_start_matches([' ', '\t']);
                if after_spaces.starts_with(['\n', '\r']) {
                    let after = after_spaces.trim_start_matches(['\n', '\r', ' ', '\t']);
                    i += rest.len() - after.len();
                    if !after.chars().next().is_some_and(char::is_lowercase) {
                        out.push('-');
                    }
                } else {
                    out.push('-');
                }
            }
            '\n' | '\r' | ' ' | '\t' => {}
            '\u{FB00}' => out.push_str("ff"),
            '\u{FB01}' => out.push_str("fi"),
            '\u{FB02}' => out.push_str("fl"),
            '\u{FB03}' => out.push_str("ffi"),
            '\u{FB04}' => out.push_str("ffl"),
            '\u{FB05}' | '\u{FB06}' => out.push_str("st"),
            c if is_combining(c) => match out.pop() {
                Some(base) => match compose(base, c) {
                    Some(composed) => out.push(composed),
                    None => {
                        out.push(base);
                        out.push(c);
                    }
                },
                None => out.push(c),
            },
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

/// Composes a Latin letter and a combining mark into the precomposed
/// Latin-1 letter, where one exists.
fn compose(base: char, mark: char) -> Option<char> {
    Some(match (base, mark) {
        ('a', '\u{30A}') => 'å',
        ('A', '\u{30A}') => 'Å',
        ('a', '\u{308}') => 'ä',
        ('A', '\u{308}') => 'Ä',
        ('o', '\u{308}') => 'ö',
        ('O', '\u{308}') => 'Ö',
        ('u', '\u{308}') => 'ü',
        ('U', '\u{308}') => 'Ü',
        ('e', '\u{308}') => 'ë',
        ('i', '\u{308}') => 'ï',
        ('y', '\u{308}') => 'ÿ',
        ('e', '\u{301}') => 'é',
        ('E', '\u{301}') => 'É',
        ('a', '\u{301}') => 'á',
        ('i', '\u{301}') => 'í',
        ('o', '\u{301}') => 'ó',
        ('u', '\u{301}') => 'ú',
        ('y', '\u{301}') => 'ý',
        ('e', '\u{300}') => 'è',
        ('E', '\u{300}') => 'È',
        ('a', '\u{300}') => 'à',
        ('u', '\u{300}') => 'ù',
        ('e', '\u{302}') => 'ê',
        ('a', '\u{302}') => 'â',
        ('o', '\u{302}') => 'ô',
        ('n', '\u{303}') => 'ñ',
        ('a', '\u{303}') => 'ã',
        ('o', '\u{303}') => 'õ',
        ('c', '\u{327}') => 'ç',
        _ => return None,
    })
}

/// The head word of a suspended compound: for `Barn-` in "Barn- och
/// ungdomsförvaltningen", the token `ungdomsförvaltningen`; for `Miljö-` in
/// "Miljö-, bygg- och hälsoskyddsnämnden", `hälsoskyddsnämnden`.
///
/// Looks past commas, further suspended compounds and the conjunctions
/// *och*, *eller*, *samt*, *respektive*, *resp.*, *till* and *som*, at most 32
/// tokens ahead. `None` when `token` is not a
/// [`SuspendedCompound`](TokenKind::SuspendedCompound) of `text` or no head
/// follows.
///
/// ```
/// use kommuntext::{compound_head, tokenize, TokenKind};
/// let text = "Miljö-, bygg- och hälsoskyddsnämnden";
/// let first = tokenize(text).next().unwrap();
/// assert_eq!(first.kind, TokenKind::SuspendedCompound);
/// let head = compound_head(text, first).unwrap();
/// assert_eq!(head.text(text), "hälsoskyddsnämnden");
/// ```
pub fn compound_head(text: &str, token: Token) -> Option<Token> {
    if token.kind != TokenKind::SuspendedCompound {
        return None;
    }
    let rest = text.get(token.span.end..)?;
    let mut joined = false;
    for t in tokenize(rest).take(32) {
        let s = t.text(rest);
        match t.kind {
            TokenKind::Whitespace | TokenKind::Newline => {}
            TokenKind::SuspendedCompound => {}
            TokenKind::Punctuation if s == "," => joined = true,
            TokenKind::Abbreviation if s.trim_end_matches('.').eq_ignore_ascii_case("resp") => {
                joined = true
            }
            TokenKind::Word if is_conjunction(s.to_ascii_lowercase().as_bytes()) => joined = true,
            TokenKind::Word if joined => {
                return Some(Token {
                    kind: t.kind,
                    span: t.span.offset(token.span.end),
                })
            }
            _ => return None,
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn block_word_mask_agrees_with_a_byte_by_byte_classification() {
        let text = "Åsa ×÷ ça va? ÿ Ä-ö 3×4 é\u{a0}§ kommunstyrelsensarbetsutskott ÖÖÖÖÖÖÖÖÖÖÖÖÖÖÖÖÖÖÖÖ aåaåaåaåaåaåaåaåaåaå";
        let b = text.as_bytes();
        let at = |i: usize| b.get(i).copied().unwrap_or(0);
        for start in 0..b.len() {
            let base = start & !63;
            let block = Block::new(b, base);
            for k in 0..64 {
                let i = base + k;
                let want = at(i).is_ascii_alphabetic()
                    || at(i) == 0xC3 && second_byte_ok(at(i + 1))
                    || i > 0 && at(i - 1) == 0xC3 && second_byte_ok(at(i));
                assert_eq!(block.word >> k & 1 == 1, want, "byte {i} of {text:?}");
            }
        }
        for (c, ok) in [
            ('å', true),
            ('Ö', true),
            ('é', true),
            ('×', false),
            ('÷', false),
        ] {
            let mut buf = [0; 4];
            let second = c.encode_utf8(&mut buf).as_bytes()[1];
            assert_eq!(second_byte_ok(second), ok, "{c}");
        }
    }
}
