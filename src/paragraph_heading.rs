//! Recognizer for the heading line of a decided item (a § heading).
//!
//! Accepted grammar, at the start of a line (after white space):
//!
//! ```text
//! heading  = [page "(" pages ")"] body
//! body     = [code] marker? number [suffix] [title]
//! code     = organ code: 1-6 capitals (KS, MYN, BUN, TN) or a capitalized
//!            word of 2-3 letters (Kf, Ks, Sn), or of 4-5 letters before "§"
//!            (Ksau, Tekn), not a common word (Ej, Nr, Sid, Under)
//! marker   = "§" | "$" (OCR) | "S" (OCR, only without code)
//! number   = 1-4 digits, optionally "/" year (2 or 4 digits)
//! suffix   = " " letter a-h   (Kf 88 a)
//! title    = rest of the line, after an optional "-", "–", ":" or "."
//! ```
//!
//! Strength: `§` with or without a code is [`Strength::Strong`]; a code
//! without `§` (`Ks 14`, `Sn 49`) or the OCR `$` is [`Strength::Medium`];
//! the OCR `S 12` and a bare number followed by a title (`210 Title`) are
//! [`Strength::Weak`] candidates that need support from their surroundings.
//!
//! Rejected: `§§ 45-58`, ranges (`§ 12-15`), references (`KS § 187,
//! 2019-12-06`), law (`5 kap. 23 §`), attachment names (`… § 4.pdf`),
//! numbered lists (`1. IT-frågor`), history stacks (`Sn 50 Au 84`),
//! diarienummer (`KS 2019/57`), trailing `96-97 §`.

use crate::headings::{lower_eq, trim_span, Lower};
use crate::Span;

/// How much a § heading candidate can be trusted on its own.
///
/// # Example
///
/// ```
/// use kommuntext::{paragraph_heading, Strength};
/// assert_eq!(paragraph_heading("§ 12 Budget").map(|h| h.strength), Some(Strength::Strong));
/// assert_eq!(paragraph_heading("Ks 14 Budget").map(|h| h.strength), Some(Strength::Medium));
/// assert_eq!(paragraph_heading("210 Budget").map(|h| h.strength), Some(Strength::Weak));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum Strength {
    /// A bare number or OCR `S`: only a candidate.
    Weak,
    /// An organ code without `§` (`Ks 14`) or OCR `$ 12`.
    Medium,
    /// A `§` sign (`§ 12`, `Kf § 93`).
    Strong,
}

/// A § heading found on a line. Spans are relative to the `&str` given to
/// [`paragraph_heading`].
///
/// # Example
///
/// ```
/// use kommuntext::paragraph_heading;
/// let line = "Kf 88 a Ändring av taxa";
/// let h = paragraph_heading(line).unwrap();
/// assert_eq!((h.number, h.suffix.map(|s| &line[s])), (88, Some("a")));
/// assert_eq!(&line[h.label], "Kf 88 a");
/// assert_eq!(&line[h.code.unwrap()], "Kf");
/// assert_eq!(&line[h.title.unwrap()], "Ändring av taxa");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct ParagraphHeading {
    /// The paragraph number: 93 for `Kf § 93`.
    pub number: u32,
    /// A letter suffix (`a` in `Kf 88 a`).
    pub suffix: Option<Span>,
    /// A year written after the number (`§ 7/2021` gives 2021, `§ 12/20`
    /// gives 20 as written).
    pub year: Option<u16>,
    /// The organ code before the number (`Kf`, `KS`, `MYN`).
    pub code: Option<Span>,
    /// The heading as written, from code or `§` to number and suffix.
    pub label: Span,
    /// The title on the same line, if any.
    pub title: Option<Span>,
    /// How much the candidate can be trusted.
    pub strength: Strength,
}

/// Capitalized short words that are not organ codes.
const NOT_CODES: &[&str] = &[
    "ej", "se", "nr", "kl", "sid", "dnr", "kap", "av", "den", "per", "bil", "tel", "tid", "om",
    "år", "mot", "med", "vid", "ca", "kv", "st", "pkt", "sida", "jan", "feb", "mar", "apr", "maj",
    "jun", "jul", "aug", "sep", "okt", "nov", "dec", "bet", "mom", "ärende", "bilaga", "punkt",
    "datum", "till", "och", "för", "nya", "alla", "klass", "vecka", "v", "kr", "tkr", "mkr", "ca",
    "totalt", "summa", "rad", "not", "p", "i", "a", "o", "en", "ett", "de", "vi", "vår", "ja",
    "nej", "tom", "fr",
    // Words that open a sentence before a `§` ("Under § 12 redovisades …"),
    // now that a capitalized code may have four or five letters.
    "under", "efter", "inför", "innan", "från", "genom", "trots", "samma", "denna", "detta",
    "dessa", "sedan", "utom", "inom", "över", "utan", "hos", "när", "där", "som", "men", "samt",
    "även", "redan", "både", "varje", "vilka", "vilken", "vår", "våra", "hela", "flera", "några",
];

/// Whether `w` is one of [`NOT_CODES`] in any case: its lower case built
/// on the stack when every character is ASCII or a Swedish letter (the
/// words are short), else by [`Lower`].
fn is_not_code(w: &str) -> bool {
    let mut buf = [0u8; 24];
    let mut len = 0;
    for c in w.chars() {
        let l = if c.is_ascii() {
            c.to_ascii_lowercase()
        } else if let Some(l) = crate::headings::swedish_lower(c) {
            l
        } else {
            return NOT_CODES.contains(&w.lower().as_str());
        };
        let Some(slot) = buf.get_mut(len..len + l.len_utf8()) else {
            // Longer than every word of the list.
            return false;
        };
        l.encode_utf8(slot);
        len += l.len_utf8();
    }
    // The list sorted once, searched by halves.
    static SORTED: once_cell::sync::Lazy<Vec<&'static str>> = once_cell::sync::Lazy::new(|| {
        let mut v = NOT_CODES.to_vec();
        v.sort_unstable();
        v
    });
    buf.get(..len)
        .and_then(|b| std::str::from_utf8(b).ok())
        .is_some_and(|l| SORTED.binary_search(&l).is_ok())
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

/// Recognizes a § heading at the start of a line.
///
/// Accepted grammar, at the start of a line (after white space):
///
/// ```text
/// heading  = [page "(" pages ")"] body
/// body     = [code] marker? number [suffix] [title]
/// code     = organ code: 1-6 capitals (KS, MYN, BUN, TN) or a capitalized
///            word of 2-3 letters (Kf, Ks, Sn), or of 4-5 letters before "§"
///            (Ksau, Tekn), not a common word (Ej, Nr, Sid, Under)
/// marker   = "§" | "$" (OCR) | "S" (OCR, only without code)
/// number   = 1-4 digits, optionally "/" year (2 or 4 digits)
/// suffix   = " " letter a-h   (Kf 88 a)
/// title    = rest of the line, after an optional "-", "–", ":" or "."
/// ```
///
/// Strength: `§` with or without a code is [`Strength::Strong`]; a code
/// without `§` (`Ks 14`, `Sn 49`) or the OCR `$` is [`Strength::Medium`];
/// the OCR `S 12` and a bare number followed by a title (`210 Title`) are
/// [`Strength::Weak`] candidates that need support from their surroundings.
///
/// Rejected: `§§ 45-58`, ranges (`§ 12-15`), references (`KS § 187,
/// 2019-12-06`), law (`5 kap. 23 §`), attachment names (`… § 4.pdf`),
/// numbered lists (`1. IT-frågor`), history stacks (`Sn 50 Au 84`),
/// diarienummer (`KS 2019/57`), trailing `96-97 §`.
///
/// # Example
///
/// ```
/// use kommuntext::paragraph_heading;
/// assert_eq!(paragraph_heading("§ 176").map(|h| h.number), Some(176));
/// assert_eq!(paragraph_heading("KS § 112 Budget 2024").map(|h| h.number), Some(112));
/// assert_eq!(paragraph_heading("§ 7/2021 Val av justerare").and_then(|h| h.year), Some(2021));
/// assert!(paragraph_heading("§§ 45-58").is_none());
/// assert!(paragraph_heading("KS § 187, 2019-12-06").is_none());
/// assert!(paragraph_heading("5 kap. 23 §").is_none());
/// assert!(paragraph_heading("1. IT-frågor").is_none());
/// ```
#[doc(alias = "paragraf")]
#[doc(alias = "§")]
pub fn paragraph_heading(line: &str) -> Option<ParagraphHeading> {
    paragraph_heading_in(line, trim_span(line))
}

/// [`paragraph_heading`] of `line` whose trimmed span `t` is known
/// (`trim_span(line)`).
pub(crate) fn paragraph_heading_in(line: &str, t: Span) -> Option<ParagraphHeading> {
    let s = t.get(line)?;
    let first = s.chars().next()?;
    // A line starting with a letter that is not upper case has no page
    // prefix (a digit) and its first word is neither an organ code (upper
    // case or capitalized) nor the OCR `S`: rejected below, so here.
    if first.is_alphabetic() && !first.is_uppercase() {
        return None;
    }
    let b = s.as_bytes();
    let mut pos = 0usize;

    // Optional transcript page prefix `3 (28) `.
    let mut transcript = false;
    if let Some(after) = scan_page_prefix(s) {
        transcript = true;
        pos = after;
    }

    // Optional organ code.
    let mut code: Option<Span> = None;
    let mut long_code = false;
    let mut ocr_s = false;
    // The first word, read up to its seventh letter: a longer word is
    // neither a code nor `S`, and the line is rejected below either way.
    let mut word_end = s.len();
    let mut n = 0;
    if !transcript {
        for (i, c) in s.get(pos..)?.char_indices() {
            if !c.is_alphabetic() {
                word_end = pos + i;
                break;
            }
            n += 1;
            if n > 6 {
                return None;
            }
        }
    }
    if word_end > pos && !transcript {
        let w = s.get(pos..word_end)?;
        let next = s.get(word_end..)?.chars().next();
        if next.is_some_and(char::is_whitespace) {
            let all_upper = w.chars().all(char::is_uppercase);
            let capitalized = w.chars().next().is_some_and(char::is_uppercase)
                && w.chars().skip(1).all(char::is_lowercase);
            if w == "S" {
                ocr_s = true;
            } else if ((all_upper && n <= 6) || (capitalized && (2..=5).contains(&n)))
                && !is_not_code(w)
            {
                // `Ksau § 4`, `Tekn § 4`, `Miljö § 4`: a capitalized code of
                // four or five letters only before a `§` (a capitalized
                // word of that length before a number is mostly a word).
                long_code = capitalized && n > 3;
                code = Some(Span::new(pos, word_end));
            } else {
                return None;
            }
            pos = skip_ws(s, word_end);
        } else {
            return None;
        }
    }

    // Marker.
    let mut marker = None;
    match s.get(pos..)?.chars().next()? {
        '§' => {
            if s.get(pos + 2..)?.trim_start().starts_with('§') {
                return None; // §§ or § §
            }
            marker = Some('§');
            pos = skip_ws(s, pos + '§'.len_utf8());
        }
        '$' if code.is_none() && !ocr_s => {
            marker = Some('$');
            pos = skip_ws(s, pos + 1);
        }
        _ => {}
    }
    if ocr_s && marker.is_some() || long_code && marker != Some('§') {
        return None;
    }

    // Number.
    let num_start = pos;
    while b.get(pos).is_some_and(u8::is_ascii_digit) {
        pos += 1;
    }
    let digits = pos - num_start;
    if digits == 0 || digits > 4 {
        return None;
    }
    let number: u32 = s.get(num_start..pos)?.parse().ok()?;
    let mut label_end = pos;

    // The sign after the number (`56 § Föregående protokoll`).
    if marker.is_none() && code.is_none() && !transcript && !ocr_s {
        if let Some(after) = sign_after_number(s, pos) {
            marker = Some('§');
            pos = after;
            label_end = pos;
        }
    }

    // Year suffix `/20`, `/2021`.
    let mut year = None;
    if marker.is_none() && digits == 4 && (1900..=2099).contains(&number) {
        // `KS 2019/57`, `2019 Budget`: a year, not a paragraph number.
        return None;
    }
    if b.get(pos) == Some(&b'/') {
        let ys = pos + 1;
        let mut ye = ys;
        while b.get(ye).is_some_and(u8::is_ascii_digit) {
            ye += 1;
        }
        let y: u16 = s.get(ys..ye)?.parse().ok()?;
        let ok = match ye - ys {
            2 => true,
            4 => (1900..=2099).contains(&y),
            _ => false,
        };
        if !ok {
            return None;
        }
        year = Some(y);
        pos = ye;
        label_end = pos;
    }

    // What follows the number.
    let mut suffix = None;
    match s.get(pos..)?.chars().next() {
        None => {}
        Some(c) if c.is_whitespace() => {
            // lettered sub-paragraph `Kf 88 a`
            let p2 = skip_ws(s, pos);
            let mut it = s.get(p2..)?.chars();
            if let Some(l @ 'a'..='h') = it.next() {
                let after = it.next();
                let title_follows = s
                    .get(p2 + 1..)?
                    .trim_start()
                    .chars()
                    .next()
                    .map_or(true, |c| c.is_uppercase() || c.is_ascii_digit());
                if after.map_or(true, char::is_whitespace) && title_follows {
                    suffix = Some(Span::new(p2, p2 + l.len_utf8()));
                    pos = p2 + 1;
                    label_end = pos;
                }
            }
        }
        Some(':') if marker == Some('§') => {}
        Some('.') if marker == Some('§') => {
            if b.get(pos + 1).is_some_and(u8::is_ascii_digit) {
                return None;
            }
            pos += 1;
        }
        Some(l @ 'a'..='h')
            if marker == Some('§')
                && s.get(pos + 1..)?
                    .chars()
                    .next()
                    .map_or(true, char::is_whitespace) =>
        {
            suffix = Some(Span::new(pos, pos + l.len_utf8()));
            pos += 1;
            label_end = pos;
        }
        Some(_) => return None,
    }

    // Title.
    let rest = s.get(pos..)?;
    let mut title_off = pos + (rest.len() - rest.trim_start().len());
    let mut title = s.get(title_off..)?;
    if let Some(c @ ('-' | '–' | '—' | ':')) = title.chars().next() {
        let after = title.get(c.len_utf8()..)?;
        let next = after.chars().next();
        let next_word = after.trim_start().chars().next();
        if next_word.is_some_and(|n| n.is_ascii_digit() || n == '§') {
            return None; // a range `§ 12 - 15`, `§54 -§64`
        }
        if !next.is_some_and(char::is_whitespace) && c != ':' {
            return None;
        }
        title_off += c.len_utf8() + (after.len() - after.trim_start().len());
        title = s.get(title_off..)?;
    }
    let title_first = title.chars().next();
    if let Some(c) = title_first {
        if c == '§' || c == ',' || c == ';' || c == '/' || c == ')' {
            return None;
        }
        if c.is_lowercase() && !(marker == Some('§') && case_number_label(title)) {
            return None;
        }
        if !is_word_char(c) && !matches!(c, '(' | '"' | '”' | '«' | '\'' | '’') {
            return None;
        }
    }
    // History stack `Sn 50 Au 84`.
    if looks_like_code_number(title) {
        return None;
    }

    let strength = match (marker, code, ocr_s, transcript) {
        (Some('§'), _, _, _) => Strength::Strong,
        (Some(_), _, _, _) => Strength::Medium,
        (None, Some(_), _, _) => Strength::Medium,
        _ => Strength::Weak,
    };
    let title_looks = title_first.is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
        && (transcript || !title.trim_end().ends_with(['.', ',', ';']))
        && title.trim().chars().count() >= 3;
    let bare = marker.is_none() && code.is_none();
    if (bare || marker == Some('$')) && !title_looks {
        return None;
    }
    if bare && first_word_is_unit(title) {
        return None;
    }
    if bare && is_letterhead(title) {
        return None;
    }
    let attachment = {
        // `.pdf`, `.doc`, `.xls` in any ASCII case in the first 300 bytes.
        let l = prefix(s, 300).as_bytes();
        memchr::memchr_iter(b'.', l).any(|at| {
            matches!(
                l.get(at + 1..at + 4),
                Some(&[a, b, c]) if matches!(
                    [a, b, c].map(|x| x.to_ascii_lowercase()),
                    [b'p', b'd', b'f'] | [b'd', b'o', b'c'] | [b'x', b'l', b's']
                )
            )
        })
    };
    if attachment {
        return None;
    }
    let label_start = code.map_or(if transcript { num_start } else { 0 }, |c| c.start);
    let title_span =
        (!title.trim().is_empty()).then(|| Span::new(title_off, s.len()).trim(s).offset(t.start));
    Some(ParagraphHeading {
        number,
        suffix: suffix.map(|x| x.offset(t.start)),
        year,
        code: code.map(|c| c.offset(t.start)),
        label: Span::new(label_start, label_end).offset(t.start),
        title: title_span,
        strength,
    })
}

/// The longest prefix of `s` of at most `n` bytes that ends on a char
/// boundary.
fn prefix(s: &str, n: usize) -> &str {
    let mut end = n.min(s.len());
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    s.get(..end).unwrap_or("")
}

/// Skips white space from `pos`.
fn skip_ws(s: &str, pos: usize) -> usize {
    s.get(pos..)
        .map_or(pos, |r| pos + (r.len() - r.trim_start().len()))
}

/// `3 (28) ` at the start of a transcript line followed by a number:
/// returns the offset after it.
fn scan_page_prefix(s: &str) -> Option<usize> {
    let b = s.as_bytes();
    let mut p = 0;
    while b.get(p).is_some_and(u8::is_ascii_digit) {
        p += 1;
    }
    if p == 0 || p > 3 {
        return None;
    }
    p = skip_ws(s, p);
    if b.get(p) != Some(&b'(') {
        return None;
    }
    p += 1;
    let d = p;
    while b.get(p).is_some_and(u8::is_ascii_digit) {
        p += 1;
    }
    if p == d || b.get(p) != Some(&b')') {
        return None;
    }
    p = skip_ws(s, p + 1);
    b.get(p).is_some_and(u8::is_ascii_digit).then_some(p)
}

/// Whether a text starts like `Au 84` (an organ code and a number).
/// A lower-case `dnr` label and its value where the title of a heading
/// with a § sign would be (`Kf § 72  dnr 166/2011`, `§ 12 dnr. KS
/// 2011/45`): the heading's case number, the title after it or on the next
/// line; not a sentence going on.
pub(super) fn case_number_label(title: &str) -> bool {
    title.get(..3).is_some_and(|w| w == "dnr")
        && title
            .get(3..)
            .map(|r| r.trim_start_matches([':', '.']))
            .is_some_and(|r| {
                r.starts_with(' ')
                    && r.trim_start()
                        .starts_with(|c: char| c.is_ascii_digit() || c.is_uppercase())
            })
}

fn looks_like_code_number(s: &str) -> bool {
    let mut ws = s.split_whitespace();
    let (Some(w), Some(n)) = (ws.next(), ws.next()) else {
        return false;
    };
    let n_ok = n.chars().all(|c| c.is_ascii_digit()) && n.len() <= 4;
    let cap = w.chars().next().is_some_and(char::is_uppercase)
        && w.chars().all(char::is_alphabetic)
        && w.chars().count() <= 3;
    let upper = w.chars().all(char::is_uppercase) && w.chars().count() <= 6;
    n_ok && (cap || upper) && !w.eq_ignore_ascii_case("dnr")
}

/// Whether a bare-number "title" is really a unit or a law reference
/// (`5 kap`, `12 Januari`, `3 St`).
/// Whether a bare-number "title" is a letterhead (`KALMAR KOMMUN
/// KOMMUNSTYRELSEN PROTOKOLL`, `FALKENBERGS KOMMUN`): a page's number before
/// the municipality's name in capitals, never the title of a §.
fn is_letterhead(title: &str) -> bool {
    let mut words = title.split_whitespace();
    let caps = |w: &str| {
        w.chars().count() >= 2 && w.chars().all(|c| c.is_alphabetic() && c.is_uppercase())
    };
    match (words.next(), words.next()) {
        (Some(a), Some(b)) => caps(a) && matches!(b, "KOMMUN" | "LANDSTING"),
        _ => false,
    }
}

/// The § sign written after a number that ends at `pos` (`56 § Föregående
/// protokoll`, a web page's headings), before a capitalized word (not a
/// law's `23 § första stycket`, `36 § KL`): where the title starts.
fn sign_after_number(s: &str, pos: usize) -> Option<usize> {
    let p = skip_ws(s, pos);
    if p == pos || !s.get(p..)?.starts_with('§') {
        return None;
    }
    let after = p + '§'.len_utf8();
    let title = s.get(after..)?;
    let mut cs = title.trim_start().chars();
    (title.starts_with(char::is_whitespace)
        && cs.next().is_some_and(char::is_uppercase)
        && cs.next().is_some_and(char::is_lowercase))
    .then_some(after)
}

fn first_word_is_unit(title: &str) -> bool {
    let w = title
        .split(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("");
    ["kap", "st", "ja", "nej", "kr", "tkr", "mkr", "procent"]
        .iter()
        .chain(crate::date::MONTH_NAMES.iter())
        .any(|x| lower_eq(w, x))
}

#[cfg(test)]
#[path = "paragraph_heading_ref.rs"]
mod reference;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_sign_after_the_number() {
        let h = paragraph_heading("56 § Föregående protokoll").unwrap();
        assert_eq!((h.number, h.strength), (56, Strength::Strong));
        assert_eq!(
            h.title.and_then(|t| t.get("56 § Föregående protokoll")),
            Some("Föregående protokoll")
        );
        // A law's reference on a wrapped line is none.
        assert_eq!(paragraph_heading("23 § första stycket kommunallagen"), None);
        assert_eq!(paragraph_heading("36 § KL gäller"), None);
    }

    #[test]
    fn a_page_number_before_a_letterhead_is_no_heading() {
        assert_eq!(
            paragraph_heading("108 KALMAR KOMMUN KOMMUNSTYRELSEN PROTOKOLL"),
            None
        );
        assert_eq!(
            paragraph_heading("1 FALKENBERGS KOMMUN PROTOKOLL Nr 6"),
            None
        );
        // A title about the municipality, and a § sign, still are.
        assert!(paragraph_heading("12 KALMAR KOMMUNS ÅRSREDOVISNING").is_some());
        assert!(paragraph_heading("§ 12 KALMAR KOMMUN").is_some());
    }

    #[test]
    fn agrees_with_the_reference_on_heading_shapes() {
        for line in [
            "§ 12 Budget",
            "KS § 112 Budget 2024",
            "Ks 14 Budget",
            "210 Budget",
            "S 12 Val",
            "$ 12 Val",
            "Kf 88 a Ändring av taxa",
            "Ej 12 Budget",
            "SID 3 Budget",
            "DNR 12 X",
            "Nr 4 Val",
            "§ 4 Bilaga.PDF",
            "§ 4 Bilaga.Docx",
            "12 Januari",
            "12 JANUARI möte",
            "12 Kap",
            "3 (28) 12 Budget",
            "Sn 50 Au 84",
            "§ 12-15",
            "§§ 45-58",
            "5 kap. 23 §",
            "§ 7/2021 Val av justerare",
            "ÅÄÖ 12 Val",
            "Σ 12 Val",
            "\u{212a}AP 12 Val",
            "12 \u{212a}ap",
            "Tkr 5 Summa",
            "ÄRENDE 3 Val",
            "12 Procent",
            "§ 3 Val.xLs",
            "108 KALMAR KOMMUN KOMMUNSTYRELSEN PROTOKOLL",
            "1 FALKENBERGS KOMMUN PROTOKOLL Nr 6",
            "12 KALMAR KOMMUNS ÅRSREDOVISNING",
            "§ 12 KALMAR KOMMUN",
            "56 § Föregående protokoll",
            "23 § första stycket",
            "36 § KL gäller",
            "S 12 § Val",
            "3 (28) 12 § Val",
        ] {
            assert_eq!(
                paragraph_heading(line),
                reference::paragraph_heading(line),
                "{line:?}"
            );
        }
    }

    /// Not in the reference: a capitalized code of four or five letters
    /// before `§` (`Ksau § 4`, `Miljö § 4`), and sentence words before it.
    #[test]
    fn long_capitalized_codes_before_a_section_sign() {
        for (line, n, code) in [
            ("Ksau § 4 Val av justerare", 4, "Ksau"),
            ("Stst § 112 Budget", 112, "Stst"),
            ("Tekn § 4 Gatubelysning", 4, "Tekn"),
            ("Miljö § 4 Tillsyn", 4, "Miljö"),
            ("Styr § 3 Val", 3, "Styr"),
        ] {
            let h = paragraph_heading(line).unwrap_or_else(|| panic!("{line}"));
            assert_eq!(h.number, n, "{line}");
            assert_eq!(h.code.map(|c| &line[c]), Some(code), "{line}");
        }
        for line in [
            "Ksau 4 Val",
            "Under § 12 redovisades budgeten",
            "Efter § 5 ajourneras mötet",
            "Genom § 3 beslutade nämnden",
            "Kommun § 4 Val",
        ] {
            assert!(paragraph_heading(line).is_none(), "{line}");
        }
    }

    proptest::proptest! {
        #[test]
        fn agrees_with_the_reference(line in "(§ ?|\\$ ?|S |[A-ZÅÄÖ]{1,4} |[A-ZÅÄÖa-z][A-Za-zåäöÅÄÖ]{4,8}[ .]?|[A-ZÅÄÖ][a-zåäö]{1,3} |[0-9]{1,2} \\([0-9]{1,2}\\) )?[0-9]{1,5}(/[0-9]{2,4})?( [a-h])?[ .:\\-]{0,2}[A-Za-zÅÄÖåäö0-9 .,§()\u{212a}]{0,20}") {
            proptest::prop_assert_eq!(paragraph_heading(&line), reference::paragraph_heading(&line));
        }
    }
}
