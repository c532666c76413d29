//! §-ranges of partial presence in an attendance list: `Per Ek (M) §§
//! 45-48`, `Kerstin Nord (C), ej § 50`, `Maja Berg (S) ersätter Lars Holm
//! (S) §§ 49-50`, `Lisa Berg (C) tjänstgör från § 5`, `t.o.m. § 108`,
//! `deltar ej i § 7`, `Per Ahl (s) 96-97 §`.
//!
//! The attendance reader hands over the text after a name (up to the next
//! name); [`ranges_in`] reads the § ranges in it, each with the words just
//! before it that say what it means, and [`resolve`] turns one person's
//! ranges into inclusive ranges of the § they were present for.
//!
//! Grammar of one range, after up to four marker words:
//!
//! ```text
//! range   = "§"+ numbers [ "-" | "och framåt" ] | numbers "§"
//! numbers = span { ("," | "och" | "samt" | "&") ["§"+] span }
//! span    = number [ ("-" | "–" | "—") ["§"+] number ]
//! markers: ej, inte, utom, frånvarande (not present for the range);
//!          från, fr.o.m., fr o m, from, från och med (from the number on);
//!          t.o.m., t o m, tom, till och med, till (up to the number)
//! ```
//!
//! # Time complexity
//!
//! Linear in the segment: each `§` is read once, and the words before it
//! are read back at most four words.

use crate::document::ParagraphRange;
use crate::headings::Lower;
use crate::Span;

/// What a range read from the text says.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum RangeKind {
    /// Present (or serving) for the range.
    Only,
    /// Present except for the range.
    Except,
}

/// A range as read, before the meeting's § numbers resolve open ends and
/// exclusions.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct RawRange {
    pub(crate) kind: RangeKind,
    pub(crate) from: Option<u32>,
    pub(crate) to: Option<u32>,
    pub(crate) span: Span,
    /// Written without a § sign (`Eva Ek (S) 120-121`, `Per Berg, ekonom
    /// 42`): a § range only when it lies within the meeting's §.
    pub(crate) bare: bool,
}

fn is_dash(c: char) -> bool {
    matches!(c, '-' | '–' | '—' | '‐')
}

/// Reads a number of at most four digits at `i`; returns it and its end.
fn number_at(s: &str, i: usize) -> Option<(u32, usize)> {
    let b = s.as_bytes();
    let mut j = i;
    while j < b.len() && j - i < 5 && b.get(j).is_some_and(u8::is_ascii_digit) {
        j += 1;
    }
    if j == i || j - i > 4 {
        return None;
    }
    // A time or a decimal (`14.00`, `9:30`) is no § number.
    if matches!(b.get(j), Some(b'.' | b':')) && b.get(j + 1).is_some_and(u8::is_ascii_digit) {
        return None;
    }
    let n = s.get(i..j)?.parse().ok()?;
    // A year-suffixed § (`§ 12/20`): the suffix is passed over.
    if b.get(j) == Some(&b'/') && b.get(j + 1).is_some_and(u8::is_ascii_digit) {
        j += 1;
        while b.get(j).is_some_and(u8::is_ascii_digit) {
            j += 1;
        }
    }
    Some((n, j))
}

/// Skips spaces (and NBSP) from `i`.
fn skip_space(s: &str, mut i: usize) -> usize {
    while let Some(c) = s.get(i..).and_then(|r| r.chars().next()) {
        if c.is_whitespace() {
            i += c.len_utf8();
        } else {
            break;
        }
    }
    i
}

/// Skips spaces and `§` signs from `i`.
fn skip_signs(s: &str, mut i: usize) -> usize {
    loop {
        let j = skip_space(s, i);
        if s.get(j..).is_some_and(|r| r.starts_with('§')) {
            i = j + '§'.len_utf8();
        } else {
            return j;
        }
    }
}

/// The list of spans at `i`: `(from, to)` pairs and the end.
fn numbers_at(s: &str, i: usize) -> (Vec<(u32, u32)>, usize, bool) {
    let mut out = Vec::new();
    let mut end = i;
    let mut open = false;
    let mut i = i;
    while let Some((a, j)) = number_at(s, i) {
        let mut b = a;
        end = j;
        let k = skip_space(s, j);
        if let Some(c) = s
            .get(k..)
            .and_then(|r| r.chars().next())
            .filter(|&c| is_dash(c))
        {
            let m = skip_signs(s, k + c.len_utf8());
            match number_at(s, m) {
                Some((n, e)) => {
                    b = n;
                    end = e;
                }
                // `§ 5-`: from 5 on.
                None => {
                    open = true;
                    end = k + c.len_utf8();
                }
            }
        }
        out.push((a.min(b), a.max(b)));
        if open {
            break;
        }
        // A separator and one more number, else the list ends here.
        let k = skip_space(s, end);
        let rest = s.get(k..).unwrap_or("");
        let after = if rest.starts_with([',', '&']) {
            k + 1
        } else if rest.starts_with("och ") || rest.starts_with("och§") {
            k + 3
        } else if rest.starts_with("samt ") {
            k + 4
        } else {
            break;
        };
        let n = skip_signs(s, after);
        if number_at(s, n).is_none() {
            break;
        }
        i = n;
    }
    // `§ 5 och framåt`: from 5 on.
    let k = skip_space(s, end);
    if let Some(rest) = s.get(k..) {
        for w in ["och framåt", "och följande", "och senare"] {
            if rest.starts_with(w) {
                open = true;
                end = k + w.len();
            }
        }
    }
    (out, end, open)
}

/// A range's marker words, read back from the words before it.
#[derive(Default)]
struct Markers {
    except: bool,
    from_on: bool,
    up_to: bool,
    /// Where the earliest marker word starts (the range's span starts
    /// there).
    start: Option<usize>,
}

fn markers(s: &str, from: usize, to: usize) -> Markers {
    let mut m = Markers::default();
    let before = s.get(from..to).unwrap_or("");
    // The last four words, nearest first, with their starts.
    let mut words: Vec<(usize, String)> = Vec::with_capacity(4);
    let mut end = before.len();
    while words.len() < 4 {
        let t = before.get(..end).unwrap_or("").trim_end();
        if t.is_empty() {
            break;
        }
        let start = t
            .char_indices()
            .rev()
            .find(|&(_, c)| c.is_whitespace())
            .map_or(0, |(i, c)| i + c.len_utf8());
        let w: String = t
            .get(start..)
            .unwrap_or("")
            .chars()
            .filter(|c| c.is_alphanumeric())
            .flat_map(char::to_lowercase)
            .collect();
        // Role words and names end the markers: a comma before them.
        let raw = t.get(start..).unwrap_or("");
        if !words.is_empty() && raw.ends_with([',', ';']) {
            break;
        }
        words.push((from + start, w));
        end = start;
    }
    let seq: Vec<&str> = words.iter().map(|(_, w)| w.as_str()).collect();
    let ends =
        |pat: &[&str]| seq.len() >= pat.len() && pat.iter().rev().zip(&seq).all(|(a, b)| a == b);
    let mark = |n: usize, m: &mut Markers| {
        if let Some((at, _)) = words.get(n.saturating_sub(1)) {
            m.start = Some(m.start.map_or(*at, |s: usize| s.min(*at)));
        }
    };
    if ends(&["till", "och", "med"]) || ends(&["t", "o", "m"]) {
        m.up_to = true;
        mark(3, &mut m);
    } else if ends(&["tom"]) || ends(&["till"]) {
        m.up_to = true;
        mark(1, &mut m);
    } else if ends(&["från", "och", "med"]) || ends(&["fr", "o", "m"]) || ends(&["f", "o", "m"]) {
        m.from_on = true;
        mark(3, &mut m);
    } else if ends(&["från"]) || ends(&["from"]) || ends(&["fom"]) {
        m.from_on = true;
        mark(1, &mut m);
    }
    for (n, (_, w)) in words.iter().enumerate() {
        if matches!(
            w.as_str(),
            "ej" | "inte" | "utom" | "frånvarande" | "undantaget"
        ) {
            m.except = true;
            mark(n + 1, &mut m);
        }
    }
    m
}

/// Where the words that bound a range before its numbers begin, when
/// `before` ends with them (`miljöchef t o m`, `ekonom fr.o.m.`): the end
/// of an official's title written before the §s they attended.
pub(crate) fn bound_start(before: &str) -> Option<usize> {
    // (Every bound ends in one of these words: most titles are not read
    // word by word.)
    let last = before.split_whitespace().next_back().unwrap_or("");
    // (No bound is longer than `fr.o.m.`: a title's word is not compared.)
    if last.len() > 7 {
        return None;
    }
    // (Compared without a copy: the word's letters, lower-cased.)
    let is = |w: &str| {
        last.chars()
            .filter(|c| c.is_alphanumeric())
            .flat_map(char::to_lowercase)
            .eq(w.chars())
    };
    if !["m", "med", "tom", "till", "från", "from", "fom"]
        .iter()
        .any(|w| is(w))
    {
        return None;
    }
    let m = markers(before, 0, before.len());
    (m.up_to || m.from_on).then_some(m.start).flatten()
}

/// Reads the § ranges in `seg` (a span of `text`: what follows one name in
/// an attendance list, up to the next name) into `out`.
pub(crate) fn ranges_in(text: &str, seg: Span, out: &mut Vec<RawRange>) {
    let Some(s) = text.get(seg.start..seg.end) else {
        return;
    };
    if !s.contains('§') {
        bare_ranges(s, seg, out);
        return;
    }
    let mut done = 0;
    let mut i = 0;
    while let Some(at) = s.get(i..).and_then(|r| r.find('§')).map(|a| a + i) {
        let n = skip_signs(s, at);
        let (mut spans, mut end, open) = numbers_at(s, n);
        let mut start = at;
        if spans.is_empty() {
            // `96-97 §`: the numbers before the sign.
            let t = s.get(done..at).unwrap_or("").trim_end();
            let b = t.as_bytes();
            let mut k = b.len();
            while k > 0
                && b.get(k - 1)
                    .is_some_and(|c| c.is_ascii_digit() || *c == b'-' || *c == b' ')
            {
                k -= 1;
            }
            let k = skip_space(t, k);
            let (sp, e, _) = numbers_at(t, k);
            if !sp.is_empty() && skip_space(t, e) == t.len() {
                spans = sp;
                start = done + k;
                end = at + '§'.len_utf8();
            }
        }
        if spans.is_empty() {
            i = at + '§'.len_utf8();
            continue;
        }
        let m = markers(s, done, start);
        let kind = if m.except {
            RangeKind::Except
        } else {
            RangeKind::Only
        };
        let from_at = m.start.unwrap_or(start).min(start);
        let span = Span::new(seg.start + from_at, seg.start + end);
        let single = spans.len() == 1;
        for (a, b) in spans {
            let (from, to) = if single && (m.from_on || open) {
                (Some(a), None)
            } else if single && m.up_to {
                (None, Some(b))
            } else {
                (Some(a), Some(b))
            };
            out.push(RawRange {
                kind,
                from,
                to,
                span,
                bare: false,
            });
        }
        done = end;
        i = end.max(at + '§'.len_utf8());
    }
}

/// § numbers written without the sign after a name (`(V) 120-121`, `,
/// ekonom 121`, `, controller, 42`, `210, 238`): the first run of numbers
/// and ranges that closes the segment or a comma part of it, not a time
/// (`kl 18`, `13:00`) or a date. [`resolve`] keeps them only when all lie
/// inside the meeting's § range (so a house number or `3 st` is dropped).
fn bare_ranges(s: &str, seg: Span, out: &mut Vec<RawRange>) {
    let b = s.as_bytes();
    let mut i = 0;
    while i < b.len() {
        let Some(&c) = b.get(i) else { break };
        let word_start = i == 0
            || b.get(i - 1)
                .is_some_and(|p| matches!(p, b' ' | b',' | b'\t'));
        if !c.is_ascii_digit() || !word_start {
            i += 1;
            continue;
        }
        let before = s.get(..i).unwrap_or("").trim_end().trim_end_matches(',');
        let prev_word = before
            .rsplit(char::is_whitespace)
            .next()
            .unwrap_or("")
            .lower();
        // A time.
        if matches!(prev_word.as_str(), "kl" | "kl." | "klockan" | "tid") {
            return;
        }
        let (spans, end, open) = numbers_at(s, i);
        let after = s.get(end..).unwrap_or("");
        let closes = after.trim_start().is_empty() || after.trim_start().starts_with([',', ';']);
        let time_or_date = after.starts_with([':', '.', '/'])
            || s.get(..i).is_some_and(|x| x.ends_with(['-', '/']));
        if spans.is_empty() || open || !closes || time_or_date {
            return;
        }
        let m = markers(s, 0, i);
        let kind = if m.except {
            RangeKind::Except
        } else {
            RangeKind::Only
        };
        let span = Span::new(seg.start + i, seg.start + end);
        for (from, to) in spans {
            out.push(RawRange {
                kind,
                from: Some(from),
                to: Some(to),
                span,
                bare: true,
            });
        }
        return;
    }
}

/// At most this many ranges are read for one person (real lists have one
/// to three).
const MAX_RANGES: usize = 32;

/// One person's ranges as inclusive ranges of the § present for, with the
/// meeting's first and last § (when known) closing open ends and bounding
/// exclusions.
pub(crate) fn resolve(
    raw: &[RawRange],
    first: Option<u32>,
    last: Option<u32>,
) -> Vec<ParagraphRange> {
    // Each exclusion splits the ranges read so far: a bound on how many are
    // read keeps a hostile list (`ej § 1, 2, 3, …`) linear.
    let raw = raw.get(..raw.len().min(MAX_RANGES)).unwrap_or(raw);
    // Numbers without a § sign are § numbers only when every one of them
    // lies within the meeting's § (`Storgatan 4`, `3 st` are not).
    let inside = |r: &RawRange| match (first, last, r.from, r.to) {
        (Some(f), Some(l), Some(a), Some(b)) => f <= a && b <= l,
        _ => false,
    };
    let bare_ok = raw.iter().filter(|r| r.bare).all(inside);
    let kept: Vec<RawRange> = raw.iter().filter(|r| !r.bare || bare_ok).copied().collect();
    let raw = kept.as_slice();
    const LO: i64 = i64::MIN;
    const HI: i64 = i64::MAX;
    let lo = first.map_or(LO, i64::from);
    let hi = last.map_or(HI, i64::from);
    let mut present: Vec<(i64, i64, Span)> = raw
        .iter()
        .filter(|r| r.kind == RangeKind::Only)
        .map(|r| {
            (
                r.from.map_or(lo, i64::from),
                r.to.map_or(hi, i64::from),
                r.span,
            )
        })
        .collect();
    let except: Vec<&RawRange> = raw.iter().filter(|r| r.kind == RangeKind::Except).collect();
    if present.is_empty() {
        match except.first() {
            Some(e) => present.push((lo, hi, e.span)),
            None => return Vec::new(),
        }
    }
    for e in except {
        let (a, b) = (e.from.map_or(LO, i64::from), e.to.map_or(HI, i64::from));
        let mut next = Vec::with_capacity(present.len() + 1);
        for &(f, t, span) in &present {
            if b < f || a > t {
                next.push((f, t, span));
                continue;
            }
            if a > f {
                next.push((f, a.saturating_sub(1), span));
            }
            if b < t {
                next.push((b.saturating_add(1), t, span));
            }
        }
        present = next;
    }
    present.retain(|&(f, t, _)| f <= t);
    present.sort_by_key(|&(f, t, _)| (f, t));
    let bound = |x: i64| {
        if x == LO || x == HI {
            None
        } else {
            u32::try_from(x).ok()
        }
    };
    present
        .into_iter()
        .map(|(f, t, span)| ParagraphRange {
            from: bound(f),
            to: bound(t),
            span,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(s: &str) -> Vec<(RangeKind, Option<u32>, Option<u32>, &str)> {
        let mut out = Vec::new();
        ranges_in(s, Span::new(0, s.len()), &mut out);
        out.into_iter()
            .map(|r| (r.kind, r.from, r.to, &s[r.span]))
            .collect()
    }

    #[test]
    fn numbers_without_the_sign() {
        use RangeKind::*;
        let read_bare = |s: &str| {
            let mut out = Vec::new();
            ranges_in(s, Span::new(0, s.len()), &mut out);
            out.into_iter()
                .map(|r| (r.kind, r.from, r.to, r.bare))
                .collect::<Vec<_>>()
        };
        assert_eq!(read_bare(" 120-121 "), [(Only, Some(120), Some(121), true)]);
        assert_eq!(
            read_bare(", ekonom 121 "),
            [(Only, Some(121), Some(121), true)]
        );
        assert_eq!(
            read_bare(", controller, 42, "),
            [(Only, Some(42), Some(42), true)]
        );
        assert!(read_bare(", kl 18 ").is_empty());
        assert!(read_bare(" 13:00 ").is_empty());
        assert!(read_bare(", ekonom 12 Förvaltningen").is_empty());
        // Kept only inside the meeting's § range.
        let mut raw = Vec::new();
        ranges_in(" 120-121 ", Span::new(0, 9), &mut raw);
        assert_eq!(resolve(&raw, Some(120), Some(122)).len(), 1);
        assert!(resolve(&raw, Some(1), Some(20)).is_empty());
        assert!(resolve(&raw, None, None).is_empty());
    }

    #[test]
    fn bounds_before_the_numbers() {
        assert_eq!(bound_start("miljöchef t o m"), Some("miljöchef ".len()));
        assert_eq!(bound_start("ekonom fr.o.m."), Some("ekonom ".len()));
        assert_eq!(bound_start("ekonom"), None);
        assert_eq!(bound_start("kommunchef"), None);
    }

    #[test]
    fn forms() {
        use RangeKind::*;
        assert_eq!(
            read(" §§ 45-48, "),
            [(Only, Some(45), Some(48), "§§ 45-48")]
        );
        assert_eq!(
            read(", vice ordförande, ej § 50, "),
            [(Except, Some(50), Some(50), "ej § 50")]
        );
        assert_eq!(
            read(" tjänstgör från § 5"),
            [(Only, Some(5), None, "från § 5")]
        );
        assert_eq!(
            read(" t.o.m. § 108"),
            [(Only, None, Some(108), "t.o.m. § 108")]
        );
        assert_eq!(
            read(" (deltar ej i § 7)"),
            [(Except, Some(7), Some(7), "ej i § 7")]
        );
        assert_eq!(read(" 12-14 §"), [(Only, Some(12), Some(14), "12-14 §")]);
        assert_eq!(
            read(" § 3, 5 och 7–9"),
            [
                (Only, Some(3), Some(3), "§ 3, 5 och 7–9"),
                (Only, Some(5), Some(5), "§ 3, 5 och 7–9"),
                (Only, Some(7), Some(9), "§ 3, 5 och 7–9"),
            ]
        );
        assert_eq!(
            read(" § 12 och framåt"),
            [(Only, Some(12), None, "§ 12 och framåt")]
        );
        assert_eq!(read(" kl 14.00–16.30"), []);
        assert_eq!(read(" § kl 14.00"), []);
        assert_eq!(read("§"), []);
        assert_eq!(read("§§§ 1-"), [(Only, Some(1), None, "§§§ 1-")]);
    }

    #[test]
    fn resolved() {
        let s = " ej § 50";
        let mut raw = Vec::new();
        ranges_in(s, Span::new(0, s.len()), &mut raw);
        let r = resolve(&raw, Some(45), Some(52));
        let got: Vec<_> = r.iter().map(|r| (r.from, r.to)).collect();
        assert_eq!(got, [(Some(45), Some(49)), (Some(51), Some(52))]);
        let r = resolve(&raw, None, None);
        let got: Vec<_> = r.iter().map(|r| (r.from, r.to)).collect();
        assert_eq!(got, [(None, Some(49)), (Some(51), None)]);
        let s = " från § 5";
        let mut raw = Vec::new();
        ranges_in(s, Span::new(0, s.len()), &mut raw);
        let got: Vec<_> = resolve(&raw, Some(1), Some(9))
            .iter()
            .map(|r| (r.from, r.to))
            .collect();
        assert_eq!(got, [(Some(5), Some(9))]);
    }
}
