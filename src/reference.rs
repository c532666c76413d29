//! References to laws, government documents and other decisions.
//!
//! The accepted grammar is quoted on [`find_references`], the JSON shape on
//! [`Reference`].

use crate::case_number::{
    byte, fold, in_list, letter_len, next_digit_or_c2, scan_digits, scan_letters, skip_blanks,
    word_start,
};
use crate::{Date, Span};

/// What a [`Reference`] points at. In JSON the snake_case names below.
///
/// # Example
///
/// ```
/// use kommuntext::{find_references, ReferenceKind};
/// assert_eq!(find_references("SOU 2017:114")[0].kind, ReferenceKind::GovernmentDocument);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum ReferenceKind {
    /// A statute or a section of one (`law`).
    Law,
    /// A government report, bill or directive (`government_document`).
    GovernmentDocument,
    /// Another decision: an organ's paragraph (`decision`).
    Decision,
}

impl ReferenceKind {
    /// The snake_case name used in JSON.
    ///
    /// ```
    /// use kommuntext::ReferenceKind;
    /// assert_eq!(ReferenceKind::GovernmentDocument.as_str(), "government_document");
    /// ```
    pub const fn as_str(self) -> &'static str {
        match self {
            ReferenceKind::Law => "law",
            ReferenceKind::GovernmentDocument => "government_document",
            ReferenceKind::Decision => "decision",
        }
    }
}

/// A reference to a law, a government document or another decision, with
/// the fields that could be read from it.
///
/// # JSON
///
/// Documents and paragraphs carry `references: [Reference]`; each is
/// `{kind, text, span, law, chapter, section, sfs, series, number, organ,
/// date, paragraph, year}`, every key always present, `null` where it does
/// not apply:
///
/// ```text
/// {"kind": "law", "text": "5 kap. 23 § kommunallagen", "span": [8, 34],
///  "law": "kommunallagen", "chapter": "5", "section": "23", "sfs": null,
///  "series": null, "number": null, "organ": null, "date": null,
///  "paragraph": null, "year": null}
/// ```
///
/// # Example
///
/// ```
/// use kommuntext::{find_references, ReferenceKind};
/// let text = "Enligt 6 kap. 36 § KL får nämnden ...";
/// let r = &find_references(text)[0];
/// assert_eq!(r.kind, ReferenceKind::Law);
/// assert_eq!(r.text, "6 kap. 36 § KL");
/// assert_eq!((r.chapter.as_deref(), r.section.as_deref(), r.law.as_deref()), (Some("6"), Some("36"), Some("KL")));
/// assert_eq!(&text[r.span], r.text);
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Reference {
    /// What is referred to.
    pub kind: ReferenceKind,
    /// The reference as written.
    pub text: String,
    /// Where it is written.
    pub span: Span,
    /// Law name or abbreviation as written (`"kommunallagen"`, `"KL"`).
    pub law: Option<String>,
    /// Chapter (`"5"` in `5 kap. 23 §`).
    pub chapter: Option<String>,
    /// Section, with its letter (`"23"`, `"15 a"`).
    pub section: Option<String>,
    /// SFS number (`"2017:725"`).
    pub sfs: Option<String>,
    /// Series of a government document as written, without a period
    /// (`"SOU"`, `"Prop"`, `"Ds"`, `"dir"`).
    pub series: Option<String>,
    /// Number of a government document (`"2017:114"`, `"2019/20:1"`).
    pub number: Option<String>,
    /// Deciding organ as written (`"KS"`, `"kommunfullmäktige"`).
    pub organ: Option<String>,
    /// Date of the decision.
    pub date: Option<Date>,
    /// Paragraph (§) number of the decision.
    pub paragraph: Option<u32>,
    /// Year of the decision when only the year is given (`Kf § 45/2020`).
    pub year: Option<u16>,
}

impl Reference {
    fn new(kind: ReferenceKind, text: &str, span: Span) -> Reference {
        Reference {
            kind,
            text: span.get(text).unwrap_or_default().to_owned(),
            span,
            law: None,
            chapter: None,
            section: None,
            sfs: None,
            series: None,
            number: None,
            organ: None,
            date: None,
            paragraph: None,
            year: None,
        }
    }
}

fn s_of(text: &str, a: usize, z: usize) -> Option<String> {
    text.get(a..z).map(str::to_owned)
}

fn is_para(b: &[u8], i: usize) -> bool {
    byte(b, i) == 0xC2 && byte(b, i + 1) == 0xA7
}

/// The letters word before `i` (law names and organs): up to 2 blanks, words up
/// to 48 bytes. See [`crate::case_number::word_back`].
fn word_back(b: &[u8], i: usize, floor: usize, sep: &[u8]) -> Option<(usize, usize)> {
    crate::case_number::word_back(b, i, floor, sep, 2, 48)
}

const LAW_SUFFIXES: &[&str] = &[
    "lagen",
    "lag",
    "balken",
    "förordningen",
    "förordning",
    "ordningen",
    "kungörelsen",
];

fn is_law_name(w: &[u8]) -> bool {
    let f = fold(w);
    f.len() >= 3 && LAW_SUFFIXES.iter().any(|s| f.ends_with(s.as_bytes()))
}

fn is_law_abbrev(w: &[u8]) -> bool {
    let caps = w.iter().filter(|c| c.is_ascii_uppercase()).count();
    (2..=6).contains(&w.len())
        && w.first().is_some_and(u8::is_ascii_uppercase)
        && caps >= 2
        && w.iter().all(u8::is_ascii_alphabetic)
}

const ORGAN_SUFFIXES: &[&str] = &[
    "nämnden",
    "nämnd",
    "nämndens",
    "styrelsen",
    "styrelsens",
    "fullmäktige",
    "fullmäktiges",
    "utskottet",
    "utskottets",
    "utskott",
    "direktionen",
    "beredningen",
];

fn is_organ(w: &[u8], letters: usize) -> bool {
    let f = fold(w);
    if ORGAN_SUFFIXES.iter().any(|s| f.ends_with(s.as_bytes())) {
        return true;
    }
    let caps = w.iter().filter(|c| c.is_ascii_uppercase()).count();
    let first = w.first().is_some_and(u8::is_ascii_uppercase);
    (2..=6).contains(&letters) && first && (caps == w.len() || letters <= 3)
}

const DECISION_WORDS: &[&str] = &[
    "bordlagd",
    "bordlagt",
    "bordlades",
    "protokollsutdrag",
    "protokoll",
    "beslut",
    "återremitterad",
    "återremitterades",
    "sammanträde",
    "sammanträdet",
];

/// `Y:N` at `s`; returns the end.
fn year_colon_n(b: &[u8], s: usize) -> Option<usize> {
    let e = scan_digits(b, s);
    if e - s != 4 || byte(b, e) != b':' {
        return None;
    }
    let ne = scan_digits(b, e + 1);
    (ne > e + 1 && ne - e - 1 <= 5).then_some(ne)
}

/// `Y/YY:N` at `s`; returns the end.
fn session_n(b: &[u8], s: usize) -> Option<usize> {
    let e = scan_digits(b, s);
    if e - s != 4 || byte(b, e) != b'/' {
        return None;
    }
    let e2 = scan_digits(b, e + 1);
    if e2 - e - 1 != 2 || byte(b, e2) != b':' {
        return None;
    }
    let ne = scan_digits(b, e2 + 1);
    (ne > e2 + 1 && ne - e2 - 1 <= 5).then_some(ne)
}

/// A strict ISO date at `s`; returns it and its end.
fn iso_at(b: &[u8], s: usize) -> Option<(Date, usize)> {
    if byte(b, s + 4) != b'-' || byte(b, s + 7) != b'-' {
        return None;
    }
    let d = b.get(s..s + 10)?;
    if !d.iter().enumerate().all(|(k, &c)| {
        if k == 4 || k == 7 {
            c == b'-'
        } else {
            c.is_ascii_digit()
        }
    }) {
        return None;
    }
    if byte(b, s + 10).is_ascii_digit() {
        return None;
    }
    let date: Date = core::str::from_utf8(d).ok()?.parse().ok()?;
    Some((date, s + 10))
}

/// Ends cleanly: no letter or digit right after.
fn clean_end(b: &[u8], e: usize) -> bool {
    !byte(b, e).is_ascii_alphanumeric() && letter_len(b, e) == 0
}

/// Finds every reference in a text, in text order, never overlapping.
///
/// # Grammar
///
/// `_` is optional blanks, `N` digits, `Y` a four-digit year, `ISO` an ISO
/// date, `LAW` a law name (a word ending in `lagen`, `lag`, `balken`,
/// `förordningen`, `förordning`, `ordningen`, `kungörelsen`) or a law
/// abbreviation (2–6 letters, capital first, at least two capitals: `KL`,
/// `SoL`, `LSS`, `PBL`), `ORG` an organ code (`KS`, `Kf`, `BUN`) or organ
/// name (a word ending in `nämnden`, `styrelsen`, `fullmäktige`,
/// `utskottet`, …):
///
/// | kind | form | example |
/// |---|---|---|
/// | `law` | `SFS Y:N` | `SFS 2017:725` |
/// | `law` | `[LAW] (Y:N)` | `kommunallagen (2017:725)`, `(2010:123)` |
/// | `law` | `[N kap[.]] N [a] § [N st[.]] [LAW [(Y:N)]]` | `5 kap. 23 § kommunallagen`, `6 kap. 36 § KL`, `15 a §` |
/// | `government_document` | `SOU Y:N`, `Ds Y:N`, `Dir[.] Y:N`, `Prop[.] Y/YY:N`, `Rskr[.] Y/YY:N` | `SOU 2017:114`, `Prop. 2019/20:1`, `dir. 2020:5` |
/// | `decision` | `ORG § N, ISO`, `ORG § N ISO`, `ORG § N/Y` | `KS § 187, 2019-12-06`, `Kf § 45/2020` |
/// | `decision` | `[word] ISO § N` | `kommunfullmäktige 2019-06-17 § 88`, `bordlagd 2024-09-25 § 111` |
///
/// A bare `N §` (no chapter, letter, stycke or law) is not a reference: old
/// protocols write paragraph ranges that way (`96-97 §`). A bare `Kf § 93`
/// is a paragraph heading, not a reference; it needs a date or year.
///
///
/// # Time complexity
///
/// Linear: the scanner jumps between digits and `§` signs and looks a
/// bounded number of bytes around each.
///
/// # Example
///
/// ```
/// use kommuntext::{find_references, ReferenceKind};
/// let text = "Enligt kommunallagen (2017:725) och Prop. 2019/20:1, se KS § 187, 2019-12-06.";
/// let refs = find_references(text);
/// let kinds: Vec<&str> = refs.iter().map(|r| r.kind.as_str()).collect();
/// assert_eq!(kinds, ["law", "government_document", "decision"]);
/// assert_eq!(refs[0].sfs.as_deref(), Some("2017:725"));
/// assert_eq!(refs[2].paragraph, Some(187));
/// ```
pub fn find_references(text: &str) -> Vec<Reference> {
    let b = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    let mut floor = 0;
    while i < b.len() {
        match next_digit_or_c2(b, i) {
            Some(k) => i = k,
            None => break,
        }
        if byte(b, i) == 0xC2 {
            if is_para(b, i) {
                if let Some(r) = decision_at_para(text, i, floor) {
                    i = r.span.end;
                    floor = i;
                    out.push(r);
                    continue;
                }
            }
            i += 2;
            continue;
        }
        let e = scan_digits(b, i);
        // Every reader wants a digit run of a set length: a year of four
        // digits (`SFS 2017:725`, `(2010:123)`, `2020-01-02 § 4`) or a
        // section of at most three (`5 kap. 3 §`). Runs of other lengths
        // (phone numbers, amounts) are passed over before the word-start
        // test and the readers, which would all say no.
        let len = e - i;
        if len > 4 {
            i = e;
            continue;
        }
        let after_paren = i > 0 && byte(b, i - 1) == b'(';
        if !(word_start(b, i) || after_paren) {
            i = e;
            continue;
        }
        let found = if len == 4 {
            series_at(text, i, floor)
                .or_else(|| statute_at(text, i, floor))
                .or_else(|| decision_at_date(text, i, floor))
        } else {
            section_at(text, i, e)
        };
        match found {
            Some(r) => {
                i = r.span.end.max(i + 1);
                floor = i;
                out.push(r);
            }
            None => i = e,
        }
    }
    out
}

/// `SOU 2017:114`, `Prop. 2019/20:1`, `SFS 2017:725`, …
fn series_at(text: &str, s: usize, floor: usize) -> Option<Reference> {
    let b = text.as_bytes();
    if scan_digits(b, s) != s + 4 || !matches!(byte(b, s + 4), b':' | b'/') {
        return None;
    }
    let (ws, we) = word_back(b, s, floor, b".")?;
    let word = b.get(ws..we)?;
    let f = fold(word);
    let (kind, end) = match &*f {
        b"sfs" => (ReferenceKind::Law, year_colon_n(b, s)?),
        b"sou" | b"ds" | b"dir" => (ReferenceKind::GovernmentDocument, year_colon_n(b, s)?),
        b"prop" | b"rskr" | b"bet" => (ReferenceKind::GovernmentDocument, session_n(b, s)?),
        _ => return None,
    };
    if !clean_end(b, end) {
        return None;
    }
    let mut r = Reference::new(kind, text, Span::new(ws, end));
    if kind == ReferenceKind::Law {
        r.sfs = s_of(text, s, end);
    } else {
        r.series = s_of(text, ws, we);
        r.number = s_of(text, s, end);
    }
    Some(r)
}

/// `(2010:123)`, `kommunallagen (2017:725)`.
fn statute_at(text: &str, s: usize, floor: usize) -> Option<Reference> {
    let b = text.as_bytes();
    if s == 0 || byte(b, s - 1) != b'(' || s - 1 < floor {
        return None;
    }
    let end = year_colon_n(b, s)?;
    if byte(b, end) != b')' {
        return None;
    }
    let open = s - 1;
    let (start, law) = match word_back(b, open, floor, b"") {
        Some((ws, we)) if is_law_name(b.get(ws..we)?) => (ws, s_of(text, ws, we)),
        _ => (open, None),
    };
    let mut r = Reference::new(ReferenceKind::Law, text, Span::new(start, end + 1));
    r.law = law;
    r.sfs = s_of(text, s, end);
    Some(r)
}

/// `[N kap[.]] N [a] § [N st[.]] [LAW [(Y:N)]]` at the digit run `[s, e)`.
fn section_at(text: &str, s: usize, e: usize) -> Option<Reference> {
    let b = text.as_bytes();
    if e - s > 3 {
        return None;
    }
    let mut chapter = None;
    let mut ss = s;
    let mut se = e;
    // Chapter?
    let p = skip_blanks(b, e, 2);
    if p > e {
        let (we, _) = scan_letters(b, p);
        // (`fold` gives `kap` for three ASCII bytes only: compared in
        // place, most numbers' next word not copied.)
        if b.get(p..we)?.eq_ignore_ascii_case(b"kap") {
            let mut q = we;
            if byte(b, q) == b'.' {
                q += 1;
            }
            let q2 = skip_blanks(b, q, 2);
            let q2e = scan_digits(b, q2);
            if q2 > q && (1..=3).contains(&(q2e - q2)) {
                chapter = Some((s, e));
                ss = q2;
                se = q2e;
            } else {
                return None;
            }
        }
    }
    // Section letter?
    let mut sec_end = se;
    let mut letter = false;
    let p = skip_blanks(b, se, 1);
    if p > se
        && byte(b, p).is_ascii_lowercase()
        && !byte(b, p + 1).is_ascii_alphabetic()
        && letter_len(b, p + 1) == 0
    {
        sec_end = p + 1;
        letter = true;
    }
    let p = skip_blanks(b, sec_end, 2);
    if !is_para(b, p) {
        return None;
    }
    let mut end = p + 2;
    if is_para(b, end) {
        end += 2;
    }
    // Stycke?
    let mut stycke = false;
    let q = skip_blanks(b, end, 2);
    let qe = scan_digits(b, q);
    if q > end && (1..=2).contains(&(qe - q)) {
        let r = skip_blanks(b, qe, 1);
        let (we, _) = scan_letters(b, r);
        let w = fold(b.get(r..we)?);
        if r > qe && (&*w == b"st" || &*w == b"stycket" || &*w == b"p") {
            stycke = true;
            end = if byte(b, we) == b'.' { we + 1 } else { we };
        }
    }
    // Law?
    let mut law = None;
    let mut sfs = None;
    let q = skip_blanks(b, end, 2);
    if q > end {
        let (we, _) = scan_letters(b, q);
        let w = b.get(q..we)?;
        if we > q && clean_end(b, we) && (is_law_name(w) || is_law_abbrev(w)) {
            law = s_of(text, q, we);
            end = we;
            let o = skip_blanks(b, we, 1);
            if byte(b, o) == b'(' {
                if let Some(ye) = year_colon_n(b, o + 1) {
                    if byte(b, ye) == b')' {
                        sfs = s_of(text, o + 1, ye);
                        end = ye + 1;
                    }
                }
            }
        }
    }
    if chapter.is_none() && law.is_none() && !letter && !stycke {
        return None;
    }
    let mut r = Reference::new(ReferenceKind::Law, text, Span::new(s, end));
    r.chapter = chapter.and_then(|(a, z)| s_of(text, a, z));
    r.section = s_of(text, ss, sec_end);
    r.law = law;
    r.sfs = sfs;
    Some(r)
}

fn para_number(b: &[u8], s: usize) -> Option<(u32, usize)> {
    let e = scan_digits(b, s);
    if !(1..=4).contains(&(e - s)) {
        return None;
    }
    let v = b
        .get(s..e)?
        .iter()
        .fold(0u32, |v, &c| v * 10 + u32::from(c - b'0'));
    Some((v, e))
}

/// `[word] ISO § N` at the digit run starting at `s`.
fn decision_at_date(text: &str, s: usize, floor: usize) -> Option<Reference> {
    let b = text.as_bytes();
    let (date, de) = iso_at(b, s)?;
    let p = skip_blanks(b, de, 2);
    if p == de || !is_para(b, p) {
        return None;
    }
    let q = skip_blanks(b, p + 2, 2);
    let (n, end) = para_number(b, q)?;
    if !clean_end(b, end) || (byte(b, end) == b'/' && byte(b, end + 1).is_ascii_digit()) {
        return None;
    }
    let mut start = s;
    let mut organ = None;
    if let Some((ws, we)) = word_back(b, s, floor, b"") {
        let w = b.get(ws..we)?;
        let (_, letters) = scan_letters(b, ws);
        if is_organ(w, letters) {
            start = ws;
            organ = s_of(text, ws, we);
        } else if in_list(w, DECISION_WORDS) {
            start = ws;
        }
    }
    let mut r = Reference::new(ReferenceKind::Decision, text, Span::new(start, end));
    r.organ = organ;
    r.date = Some(date);
    r.paragraph = Some(n);
    Some(r)
}

/// `ORG § N, ISO`, `ORG § N ISO`, `ORG § N/Y` at the `§` at `p`.
fn decision_at_para(text: &str, p: usize, floor: usize) -> Option<Reference> {
    let b = text.as_bytes();
    let (ws, we) = word_back(b, p, floor, b"")?;
    if skip_blanks(b, we, 2) != p || we == p {
        return None;
    }
    let w = b.get(ws..we)?;
    let (_, letters) = scan_letters(b, ws);
    if !is_organ(w, letters) {
        return None;
    }
    let q = skip_blanks(b, p + 2, 2);
    let (n, ne) = para_number(b, q)?;
    let mut r = Reference::new(ReferenceKind::Decision, text, Span::new(ws, ne));
    r.organ = s_of(text, ws, we);
    r.paragraph = Some(n);
    if byte(b, ne) == b'/' {
        let ye = scan_digits(b, ne + 1);
        let len = ye - ne - 1;
        if (len == 4 || len == 2)
            && clean_end(b, ye)
            && !(byte(b, ye) == b'/' && byte(b, ye + 1).is_ascii_digit())
        {
            let y = b
                .get(ne + 1..ye)?
                .iter()
                .fold(0u16, |v, &c| v * 10 + u16::from(c - b'0'));
            r.year = Some(if len == 2 {
                crate::expand_two_digit_year(y as u8)
            } else {
                y
            });
            r.span = Span::new(ws, ye);
            r.text = s_of(text, ws, ye)?;
            return Some(r);
        }
        return None;
    }
    let mut d = ne;
    if byte(b, d) == b',' {
        d += 1;
    }
    let ds = skip_blanks(b, d, 2);
    if ds == d && d == ne {
        return None;
    }
    let (date, de) = iso_at(b, ds)?;
    if !clean_end(b, de) {
        return None;
    }
    r.date = Some(date);
    r.span = Span::new(ws, de);
    r.text = s_of(text, ws, de)?;
    Some(r)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::case_number::{chunk_digit_or_c2, skip_to};

    #[test]
    fn next_digit_or_c2_agrees_with_skip_to() {
        let old =
            |b: &[u8], i| skip_to(b, i, chunk_digit_or_c2, |c| c.is_ascii_digit() || c == 0xC2);
        let mut b = Vec::new();
        // Every byte value at every place of a window, after every other.
        for c in 0..=255u8 {
            for d in [0u8, b'/', b'0', b'9', b':', 0xC1, 0xC2, 0xC3, 0xFF, 0x2F] {
                for at in 0..18 {
                    b.clear();
                    b.resize(18, b'a');
                    b[at] = c;
                    b[(at + 1) % 18] = d;
                    for i in 0..=b.len() {
                        assert_eq!(next_digit_or_c2(&b, i), old(&b, i), "{b:?} {i}");
                    }
                }
            }
        }
    }

    /// [`find_references`] before the digit-run length gate: every reader
    /// tried at every digit run at a word start.
    fn find_references_reference(text: &str) -> Vec<Reference> {
        let b = text.as_bytes();
        let mut out = Vec::new();
        let mut i = 0;
        let mut floor = 0;
        while i < b.len() {
            match skip_to(b, i, chunk_digit_or_c2, |c| c.is_ascii_digit() || c == 0xC2) {
                Some(k) => i = k,
                None => break,
            }
            if byte(b, i) == 0xC2 {
                if is_para(b, i) {
                    if let Some(r) = decision_at_para(text, i, floor) {
                        i = r.span.end;
                        floor = i;
                        out.push(r);
                        continue;
                    }
                }
                i += 2;
                continue;
            }
            let e = scan_digits(b, i);
            let after_paren = i > 0 && byte(b, i - 1) == b'(';
            if !(word_start(b, i) || after_paren) {
                i = e;
                continue;
            }
            let found = series_at(text, i, floor)
                .or_else(|| statute_at(text, i, floor))
                .or_else(|| decision_at_date(text, i, floor))
                .or_else(|| section_at(text, i, e));
            match found {
                Some(r) => {
                    i = r.span.end.max(i + 1);
                    floor = i;
                    out.push(r);
                }
                None => i = e,
            }
        }
        out
    }

    #[test]
    fn length_gate_agrees_with_every_reader_tried() {
        for s in [
            "enligt 5 kap. 3 § kommunallagen (2017:725) och SFS 2017:725",
            "SOU 2017:114, Prop. 2019/20:1, Ds 2001:5",
            "KS 2020-01-02 § 4 och Kf 2021-03-04 §§ 12",
            "tel 0910123456 och 12345 kr samt 123 §",
            "(2010:123) 1234 § 12345 § 1 a § 2 st.",
            "",
            "§",
            "(12345:1)",
        ] {
            assert_eq!(find_references(s), find_references_reference(s), "{s:?}");
        }
    }

    proptest::proptest! {
        #[test]
        fn next_digit_or_c2_agrees_on_any_bytes(
            b in proptest::collection::vec(proptest::sample::select(vec![
                b'a', b'0', b'9', b'/', b':', 0xC2, 0xC3, 0xA7, 0x80, 0xFF, 0,
            ]), 0..40),
            i in 0usize..42,
        ) {
            let old = skip_to(&b, i, chunk_digit_or_c2, |c| c.is_ascii_digit() || c == 0xC2);
            proptest::prop_assert_eq!(next_digit_or_c2(&b, i), old);
        }

        #[test]
        fn length_gate_agrees_on_word_salad(
            parts in proptest::collection::vec(
                proptest::sample::select(vec![
                    "1", "12", "123", "2017", "12345", "2020-01-02", ":", "/", "-", "(", ")",
                    " ", "  ", "\n", "§", "§§", "kap", ".", "st", "a", "SFS", "SOU", "Prop",
                    "KS", "kommunallagen", "beslut", "x", "\u{a0}",
                ]),
                0..24,
            )
        ) {
            let s: String = parts.concat();
            proptest::prop_assert_eq!(find_references(&s), find_references_reference(&s), "{:?}", s);
        }
    }
}
