//! The § heading recognizer as it was before its allocation-free word
//! tests (test-only reference for `paragraph_heading`).

use super::{ParagraphHeading, Strength};
use crate::headings::Lower;
use crate::Span;

/// Capitalized short words that are not organ codes.
const NOT_CODES: &[&str] = &[
    "ej", "se", "nr", "kl", "sid", "dnr", "kap", "av", "den", "per", "bil", "tel", "tid", "om",
    "år", "mot", "med", "vid", "ca", "kv", "st", "pkt", "sida", "jan", "feb", "mar", "apr", "maj",
    "jun", "jul", "aug", "sep", "okt", "nov", "dec", "bet", "mom", "ärende", "bilaga", "punkt",
    "datum", "till", "och", "för", "nya", "alla", "klass", "vecka", "v", "kr", "tkr", "mkr", "ca",
    "totalt", "summa", "rad", "not", "p", "i", "a", "o", "en", "ett", "de", "vi", "vår", "ja",
    "nej", "tom", "fr",
];

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
///            word of 2-3 letters (Kf, Ks, Sn), not a common word (Ej, Nr, Sid)
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
pub(super) fn paragraph_heading(line: &str) -> Option<ParagraphHeading> {
    let t = Span::new(0, line.len()).trim(line);
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
    let mut ocr_s = false;
    let word_end = s
        .get(pos..)?
        .char_indices()
        .find(|&(_, c)| !c.is_alphabetic())
        .map_or(s.len(), |(i, _)| pos + i);
    if word_end > pos && !transcript {
        let w = s.get(pos..word_end)?;
        let next = s.get(word_end..)?.chars().next();
        if next.is_some_and(char::is_whitespace) {
            let n = w.chars().count();
            let all_upper = w.chars().all(char::is_uppercase);
            let capitalized = w.chars().next().is_some_and(char::is_uppercase)
                && w.chars().skip(1).all(char::is_lowercase);
            if w == "S" {
                ocr_s = true;
            } else if ((all_upper && n <= 6) || (capitalized && (2..=3).contains(&n)))
                && !NOT_CODES.contains(&w.lower().as_str())
            {
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
    if ocr_s && marker.is_some() {
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
        if let Some(after) = super::sign_after_number(s, pos) {
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
        if c.is_lowercase() && !(marker == Some('§') && super::case_number_label(title)) {
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
    if bare && super::is_letterhead(title) {
        return None;
    }
    let attachment = {
        let l = prefix(s, 300).to_ascii_lowercase();
        l.contains(".pdf") || l.contains(".doc") || l.contains(".xls")
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
fn first_word_is_unit(title: &str) -> bool {
    let w = title
        .split(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("")
        .lower();
    matches!(
        w.as_str(),
        "kap"
            | "st"
            | "januari"
            | "februari"
            | "mars"
            | "april"
            | "maj"
            | "juni"
            | "juli"
            | "augusti"
            | "september"
            | "oktober"
            | "november"
            | "december"
            | "ja"
            | "nej"
            | "kr"
            | "tkr"
            | "mkr"
            | "procent"
    )
}
