//! Roll calls (omröstning med namnupprop) in the omröstning sections of a §.
//!
//! Recognized by form, one line at a time, in every layout seen:
//!
//! - a table whose header row has vote columns (`Ledamot  Ja  Nej
//!   Avstår`, repeated for several votes side by side: `Ja Nej Avstår  Ja
//!   Nej Avstår`), rows `name  X` where the column of each mark (`X`, `x`,
//!   `×`, `✓`) says how the member voted and which vote, and a `Summa` row
//!   with the tallies by column;
//! - a table whose header has only vote columns (`Ja-röster  Nej-röster`)
//!   and names under them;
//! - lists under vote headings: `Ja: Anna Berg (S), Per Ek (S)` (going on
//!   on the next lines), or `Nej-röster` alone with names on the lines
//!   under it;
//! - a vote word after the name: `Anna Berg (S) ja`, `Anna Berg (S)   Nej`;
//! - one cell per line (database exports): the name, then `JA` on the next
//!   line;
//! - tally lines of numbers and vote words: `3 JA`, `3 JA 2 NEJ`, `Ja 7,
//!   Nej 4, Avstår 2`.
//!
//! A vote word is a member of the class `ja`/`ja-röster`, `nej`/`nej-röster`,
//! `avstår`/`avstod`/`avstående`/`nedlagda`, `frånvarande`/`frånv`, in any
//! case. Prose (`Ja för bifall till förslaget`, `Med 7 ja-röster mot 4 …`)
//! ends a list and is left to the tally reader.
//!
//! # Time complexity
//!
//! Linear: each line of an omröstning section is read once, and a line is
//! split into cells and words at most once.

use crate::assemble::{is_name, persons};
use crate::classify::{Classified, LineClass};
use crate::document::{Ballot, BallotChoice};
use crate::headings::Lower;
use crate::Span;
use std::borrow::Cow;

/// One roll call: the ballots of one vote, the tallies written beside them
/// (a `Summa` row, `3 JA`), and which vote classes the roll call has room
/// for (a column or heading), in the order ja, nej, avstår, frånvarande.
#[derive(Debug, Default)]
pub(crate) struct RollCall<'a> {
    pub(crate) ballots: Vec<Ballot<'a>>,
    pub(crate) written: [Option<u32>; 4],
    pub(crate) has: [bool; 4],
    pub(crate) span: Option<Span>,
}

impl RollCall<'_> {
    fn cover(&mut self, s: Span) {
        self.span = Some(match self.span {
            Some(x) => Span::new(x.start.min(s.start), x.end.max(s.end)),
            None => s,
        });
    }

    /// The tally of class `c`: as written, else counted when the roll call
    /// has room for the class.
    pub(crate) fn tally(&self, c: BallotChoice) -> Option<u32> {
        let i = index(c);
        self.written.get(i).copied().flatten().or_else(|| {
            let n = self.ballots.iter().filter(|b| b.vote == c).count();
            (self.has.get(i).copied().unwrap_or(false) || n > 0)
                .then(|| u32::try_from(n).unwrap_or(u32::MAX))
        })
    }

    fn is_empty(&self) -> bool {
        self.ballots.is_empty() && self.written.iter().all(Option::is_none)
    }
}

fn index(c: BallotChoice) -> usize {
    match c {
        BallotChoice::Ja => 0,
        BallotChoice::Nej => 1,
        BallotChoice::Avstar => 2,
        BallotChoice::Franvarande => 3,
    }
}

/// The vote class of one word (punctuation around it ignored).
fn choice(word: &str) -> Option<BallotChoice> {
    let w = word.trim_matches(|c: char| !c.is_alphanumeric() && c != '-');
    if w.len() > 20 || !starts_with_one_of(w, b"jnafe") {
        return None;
    }
    let lower = w.lower();
    let w = lower.trim_end_matches(':');
    Some(match w {
        "ja" | "ja-röst" | "ja-röster" | "jaröster" | "ja-röstande" => BallotChoice::Ja,
        "nej" | "nej-röst" | "nej-röster" | "nejröster" | "nej-röstande" => BallotChoice::Nej,
        "avstår" | "avstod" | "avstående" | "avstå" | "nedlagda" | "nedlagd" => {
            BallotChoice::Avstar
        }
        "frånvarande" | "frånv" | "ej närvarande" => BallotChoice::Franvarande,
        _ => return None,
    })
}

/// Whether `w` starts with a letter whose lower case is one of `firsts`
/// (ASCII lower-case letters): the first letters of a vocabulary, tested
/// before `w` is lower-cased to compare it with the words (most words of a
/// table are none of them). Only ASCII letters lower-case to an ASCII letter
/// (apart from `K` U+212A to `k`, which no vocabulary here starts with).
fn starts_with_one_of(w: &str, firsts: &[u8]) -> bool {
    w.as_bytes()
        .first()
        .is_some_and(|b| firsts.contains(&b.to_ascii_lowercase()))
}

/// Words a roll-call header row has beside its vote columns.
fn is_header_word(w: &str) -> bool {
    let w = w.trim_matches(|c: char| !c.is_alphanumeric());
    // A number (or nothing) passes; the words start with these letters.
    if w.bytes().all(|b| b.is_ascii_digit()) {
        return true;
    }
    if !starts_with_one_of(w, b"lnpreotv") {
        return false;
    }
    let w = w.lower();
    matches!(
        w.as_str(),
        "ledamot"
            | "ledamöter"
            | "namn"
            | "parti"
            | "röst"
            | "röster"
            | "ersättare"
            | "tjänstgörande"
            | "ledamot/ersättare"
            | "omröstning"
            | "votering"
    ) || w.chars().all(|c| c.is_ascii_digit())
}

/// Words of a tally row beside its numbers and vote words.
fn is_tally_word(w: &str) -> bool {
    let w = w.trim_matches(|c: char| !c.is_alphanumeric());
    // Nothing passes; the words start with these letters.
    if w.is_empty() {
        return true;
    }
    if !starts_with_one_of(w, b"stromav") {
        return false;
    }
    let w = w.lower();
    matches!(
        w.as_str(),
        "" | "summa"
            | "totalt"
            | "resultat"
            | "röster"
            | "st"
            | "och"
            | "mot"
            | "antal"
            | "omröstning"
            | "omröstningsresultat"
            | "voteringsresultat"
            | "röstresultat"
    )
}

/// A leader between a name and its vote (`.......`, `____`).
fn is_leader(cell: &str) -> bool {
    !cell.is_empty() && cell.chars().all(|c| matches!(c, '.' | '_' | '…' | ' '))
}

/// A mark in a vote column.
fn is_mark(cell: &str) -> bool {
    matches!(cell, "X" | "x" | "×" | "✓" | "✔" | "*")
}

/// The cells of a line: runs separated by two or more spaces or a tab,
/// with their character columns and byte spans (relative to the line).
fn cells(line: &str) -> Vec<(usize, usize, usize)> {
    let mut out = Vec::new();
    let mut start: Option<(usize, usize)> = None;
    let mut gap = 0usize;
    let mut last_end = 0usize;
    // Read on bytes: a character's length from its first byte (`line` is
    // UTF-8), the no-break space from its two bytes.
    let b = line.as_bytes();
    let (mut i, mut col) = (0, 0);
    while let Some(&x) = b.get(i) {
        let len = match x {
            0..=0x7F => 1,
            0x80..=0xDF => 2,
            0xE0..=0xEF => 3,
            _ => 4,
        };
        if x == b' ' || x == b'\t' || x == 0xC2 && b.get(i + 1) == Some(&0xA0) {
            gap += if x == b'\t' { 2 } else { 1 };
        } else {
            match start {
                Some((s, sc)) if gap >= 2 => {
                    out.push((sc, s, last_end));
                    start = Some((i, col));
                }
                None => start = Some((i, col)),
                _ => {}
            }
            gap = 0;
            last_end = i + len;
        }
        i += len;
        col += 1;
    }
    if let Some((s, sc)) = start {
        out.push((sc, s, last_end));
    }
    out
}

/// A vote column of a header row: its centre column, class and vote.
#[derive(Clone, Copy)]
struct Column {
    centre: usize,
    choice: BallotChoice,
    group: usize,
    /// A count written in the header cell: `Ja-röster (4)`.
    count: Option<u32>,
}

/// A header cell's vote word and the count written after it in
/// parentheses (`Nej-röster (5)`), if any.
fn vote_cell(cell: &str) -> Option<(BallotChoice, Option<u32>)> {
    if let Some((word, rest)) = cell.split_once('(') {
        let n = rest.strip_suffix(')')?.trim().parse::<u32>().ok()?;
        return choice(word.trim_end()).map(|c| (c, Some(n)));
    }
    choice(cell).map(|c| (c, None))
}

/// Reads a header row: vote-word cells (and header words). Returns the
/// columns, and whether the row has a name column (`Ledamot`).
fn header(line: &str, cells: &[(usize, usize, usize)]) -> Option<(Vec<Column>, bool)> {
    let mut cols: Vec<Column> = Vec::new();
    let mut names = false;
    let mut group = 0;
    for &(col, s, e) in cells {
        let cell = line.get(s..e)?;
        if let Some((c, count)) = vote_cell(cell) {
            if cols.iter().any(|x| x.group == group && x.choice == c) {
                group += 1;
            }
            let width = cell.chars().count();
            cols.push(Column {
                centre: col + width / 2,
                choice: c,
                group,
                count,
            });
        } else if cell.split_whitespace().all(is_header_word) {
            names |= cell
                .split_whitespace()
                .any(|w| !w.chars().all(|c| c.is_ascii_digit()));
        } else {
            return None;
        }
    }
    (cols.len() >= 2).then_some((cols, names))
}

/// The nearest column to character column `col`.
fn nearest(cols: &[Column], col: usize) -> Option<Column> {
    cols.iter().copied().min_by_key(|c| c.centre.abs_diff(col))
}

/// A tally line: only numbers, vote words and tally words, with at least
/// one number next to a vote word. Returns (class, count) pairs.
fn tally_line(line: &str) -> Option<Vec<(BallotChoice, u32)>> {
    // Every pair has a number, which has an ASCII digit: a line without one
    // (a row of names and marks) is not split into words.
    if line.len() > 80 || !line.bytes().any(|b| b.is_ascii_digit()) {
        return None;
    }
    let words: Vec<&str> = line
        .split(|c: char| c.is_whitespace() || c == ',' || c == ';' || c == '=')
        .filter(|w| !w.is_empty())
        .collect();
    let num = |w: &str| w.trim_end_matches([':', '.']).parse::<u32>().ok();
    let mut out = Vec::new();
    let mut k = 0;
    while let Some(&w) = words.get(k) {
        if let Some(n) = num(w) {
            // `3 JA`, `3 ja-röster`
            match words.get(k + 1).and_then(|x| choice(x)) {
                Some(c) => {
                    out.push((c, n));
                    k += 2;
                    continue;
                }
                None => return None,
            }
        }
        if let Some(c) = choice(w) {
            // `Ja 7`, `Ja: 7`
            match words.get(k + 1).and_then(|x| num(x)) {
                Some(n) => {
                    out.push((c, n));
                    k += 2;
                    continue;
                }
                None => return None,
            }
        }
        if !is_tally_word(w) {
            return None;
        }
        k += 1;
    }
    (!out.is_empty()).then_some(out)
}

/// Whether `s` holds only names (with parties) and separators; returns the
/// name matches as (name, party, whole) spans relative to `s`.
fn names_only(s: &str) -> Option<Vec<(Span, Option<Span>, Span)>> {
    let mut out = Vec::new();
    let mut pos = 0;
    for m in persons(s) {
        let (whole, name) = (m.whole, m.name);
        let gap = s.get(pos..whole.start()).unwrap_or("");
        if !gap
            .split(|c: char| c.is_whitespace() || matches!(c, ',' | ';' | '.'))
            .all(|w| w.is_empty() || w == "och" || w == "samt")
            || !is_name(name.as_str())
        {
            return None;
        }
        out.push((
            Span::new(name.start(), name.end()),
            m.party.map(|p| Span::new(p.start(), p.end())),
            Span::new(whole.start(), whole.end()),
        ));
        pos = whole.end();
    }
    let rest = s.get(pos..).unwrap_or("");
    (!out.is_empty()
        && rest
            .split(|c: char| c.is_whitespace() || matches!(c, ',' | ';' | '.'))
            .all(|w| w.is_empty() || w == "och" || w == "samt"))
    .then_some(out)
}

/// The roll calls in lines `from..to` (omröstning sections of one §), in
/// order: one per vote of a side-by-side table, one per list or column.
pub(crate) fn roll_calls<'a>(
    text: &'a str,
    lines: &Classified<'_>,
    from: usize,
    to: usize,
) -> Vec<RollCall<'a>> {
    let mut out: Vec<RollCall<'a>> = Vec::new();
    // The current table's columns, and whether it has a name column.
    let mut cols: Vec<Column> = Vec::new();
    let mut name_column = false;
    // The first roll call of the current table or list in `out`.
    let mut base = 0usize;
    // The class of the list being read (`Ja:`), and a name waiting for its
    // vote cell on the next line.
    let mut list: Option<BallotChoice> = None;
    let mut pending: Option<(Span, Option<Span>)> = None;
    let group = |out: &mut Vec<RollCall<'a>>, g: usize| -> usize {
        while out.len() <= g {
            out.push(RollCall::default());
        }
        g
    };
    for l in lines.range(from, to) {
        if matches!(l.class, LineClass::Furniture(_)) {
            continue;
        }
        let span = l.line.span;
        let raw = text.get(span.start..span.end).unwrap_or("");
        let line = raw.trim_end();
        let t = line.trim_start();
        if t.is_empty() {
            pending = None;
            continue;
        }
        let lead = line.len() - t.len();
        let at = |s: usize, e: usize| Span::new(span.start + s, span.start + e);
        let trimmed = at(lead, line.len());
        let cs = cells(line);
        // A header row starts a table.
        if let Some((c, names)) = header(line, &cs) {
            base = out.len();
            let groups = c.iter().map(|c| c.group).max().unwrap_or(0) + 1;
            for g in 0..groups {
                let r = group(&mut out, base + g);
                if let Some(rc) = out.get_mut(r) {
                    rc.cover(trimmed);
                    for col in c.iter().filter(|x| x.group == g) {
                        if let Some(h) = rc.has.get_mut(index(col.choice)) {
                            *h = true;
                        }
                        if let (Some(n), Some(w)) =
                            (col.count, rc.written.get_mut(index(col.choice)))
                        {
                            *w = Some(n);
                        }
                    }
                }
            }
            cols = c;
            name_column = names;
            list = None;
            pending = None;
            continue;
        }
        // A vote cell under a name (one cell per line).
        if let (Some((name, party)), Some(c)) = (pending, choice(t).filter(|_| cs.len() == 1)) {
            if t.split_whitespace().count() == 1 {
                let r = group(&mut out, base);
                if let Some(rc) = out.get_mut(r) {
                    rc.ballots.push(Ballot {
                        name: Cow::Borrowed(text.get(name.start..name.end).unwrap_or("")),
                        party: party.map(|p| Cow::Borrowed(text.get(p.start..p.end).unwrap_or(""))),
                        vote: c,
                        span: Span::new(name.start, trimmed.end),
                    });
                    rc.cover(Span::new(name.start, trimmed.end));
                }
                pending = None;
                continue;
            }
        }
        pending = None;
        // A tally row: `Summa  6  3  0` under the columns, or `3 JA 2 NEJ`.
        let first = cs
            .first()
            .and_then(|&(_, s, e)| line.get(s..e))
            .unwrap_or("");
        if !cols.is_empty() && is_tally_word(first) && !first.is_empty() && cs.len() > 1 {
            let mut any = false;
            for &(col, s, e) in cs.iter().skip(1) {
                let Some(n) = line.get(s..e).and_then(|x| x.parse::<u32>().ok()) else {
                    continue;
                };
                let width = line.get(s..e).map_or(1, |x| x.chars().count());
                if let Some(c) = nearest(&cols, col + width / 2) {
                    if let Some(rc) = out.get_mut(base + c.group) {
                        if let Some(w) = rc.written.get_mut(index(c.choice)) {
                            *w = Some(n);
                            any = true;
                        }
                        rc.cover(trimmed);
                    }
                }
            }
            if any {
                continue;
            }
        }
        if let Some(pairs) = tally_line(t) {
            let r = group(&mut out, base);
            if let Some(rc) = out.get_mut(r) {
                for (c, n) in pairs {
                    if let Some(w) = rc.written.get_mut(index(c)) {
                        *w = Some(n);
                    }
                }
                rc.cover(trimmed);
            }
            list = None;
            continue;
        }
        // A list heading: `Ja:`, `Nej-röster (4):`, `Avstår` alone.
        let head_end = t
            .find(|c: char| c.is_whitespace() || c == ':' || c == '(')
            .unwrap_or(t.len());
        if let Some(c) = choice(t.get(..head_end).unwrap_or("")) {
            let mut rest = t.get(head_end..).unwrap_or("").trim_start();
            // `(4)`: the count.
            let mut count = None;
            if let Some(r) = rest.strip_prefix('(') {
                if let Some((n, after)) = r.split_once(')') {
                    count = n.trim().parse::<u32>().ok();
                    rest = after.trim_start();
                }
            }
            let colon = rest.starts_with(':');
            let rest = rest.trim_start_matches(':').trim_start();
            let rest_at = lead + (t.len() - rest.len());
            let names = names_only(rest);
            if colon || rest.is_empty() || names.is_some() {
                // A new list, in the current table's vote (or a new one
                // when this class was listed already).
                let mut g = base;
                if out
                    .get(g)
                    .is_some_and(|rc| rc.ballots.iter().any(|b| b.vote == c))
                {
                    base = out.len();
                    g = base;
                }
                let r = group(&mut out, g);
                cols.clear();
                if let Some(rc) = out.get_mut(r) {
                    if let Some(h) = rc.has.get_mut(index(c)) {
                        *h = true;
                    }
                    if count.is_some() {
                        if let Some(w) = rc.written.get_mut(index(c)) {
                            *w = count;
                        }
                    }
                    rc.cover(trimmed);
                    for (name, party, whole) in names.unwrap_or_default() {
                        let sh = |s: Span| at(rest_at + s.start, rest_at + s.end);
                        rc.ballots.push(Ballot {
                            name: Cow::Borrowed(rest.get(name.start..name.end).unwrap_or("")),
                            party: party
                                .map(|p| Cow::Borrowed(rest.get(p.start..p.end).unwrap_or(""))),
                            vote: c,
                            span: sh(whole),
                        });
                    }
                }
                list = Some(c);
                continue;
            }
        }
        // Names: a row of the table, a list line, or a name waiting for
        // its vote cell.
        let Some(m) = persons(t).next().filter(|m| m.whole.start() == 0) else {
            // Prose ends a list and a table: a name on a later line is no
            // ballot.
            list = None;
            cols.clear();
            continue;
        };
        let (whole, name) = (m.whole, m.name);
        if !is_name(name.as_str()) {
            list = None;
            continue;
        }
        let name_span = at(lead + name.start(), lead + name.end());
        let party_span = m.party.map(|p| at(lead + p.start(), lead + p.end()));
        let after = lead + whole.end();
        // Vote words or marks after the name, each in its column.
        let mut votes: Vec<(usize, BallotChoice)> = Vec::new();
        let mut other = false;
        for &(col, s, e) in cs.iter().filter(|&&(_, s, _)| s >= after) {
            let cell = line.get(s..e).unwrap_or("");
            let width = cell.chars().count();
            if let Some(c) = choice(cell) {
                let g = if cols.len() > 1 && name_column {
                    nearest(&cols, col + width / 2).map_or(0, |c| c.group)
                } else {
                    0
                };
                votes.push((g, c));
            } else if is_leader(cell) {
                // Dotted leaders between the name and its vote.
            } else if is_mark(cell) {
                match nearest(&cols, col + width / 2).filter(|_| name_column) {
                    Some(c) => votes.push((c.group, c.choice)),
                    None => other = true,
                }
            } else {
                other = true;
            }
        }
        // `Anna Berg (S) ja` with a single space.
        if votes.is_empty() && !other {
            if let Some(w) = line
                .get(after..)
                .map(|w| w.trim().trim_start_matches(['.', '_', '…']).trim())
                .filter(|w| !w.is_empty())
            {
                match choice(w) {
                    Some(c) if w.split_whitespace().count() == 1 => votes.push((0, c)),
                    _ => other = true,
                }
            }
        }
        if !votes.is_empty() && !other {
            for (g, c) in votes {
                let r = group(&mut out, base + g);
                if let Some(rc) = out.get_mut(r) {
                    rc.ballots.push(Ballot {
                        name: Cow::Borrowed(name.as_str()),
                        party: m.party.map(|p| Cow::Borrowed(p.as_str())),
                        vote: c,
                        span: trimmed,
                    });
                    rc.cover(trimmed);
                }
            }
            list = None;
            continue;
        }
        // Names in the columns of a header of vote words only.
        if !cols.is_empty() && !name_column {
            for &(col, s, e) in &cs {
                let cell = line.get(s..e).unwrap_or("");
                let Some(found) = names_only(cell) else {
                    continue;
                };
                let Some(c) = nearest(&cols, col + cell.chars().count() / 2) else {
                    continue;
                };
                let r = group(&mut out, base + c.group);
                if let Some(rc) = out.get_mut(r) {
                    for (n, p, w) in found {
                        rc.ballots.push(Ballot {
                            name: Cow::Borrowed(cell.get(n.start..n.end).unwrap_or("")),
                            party: p.map(|p| Cow::Borrowed(cell.get(p.start..p.end).unwrap_or(""))),
                            vote: c.choice,
                            span: at(s + w.start, s + w.end),
                        });
                    }
                    rc.cover(trimmed);
                }
            }
            continue;
        }
        let Some(found) = names_only(t) else {
            list = None;
            continue;
        };
        match list {
            Some(c) => {
                let r = group(&mut out, base);
                if let Some(rc) = out.get_mut(r) {
                    for (n, p, w) in found {
                        rc.ballots.push(Ballot {
                            name: Cow::Borrowed(t.get(n.start..n.end).unwrap_or("")),
                            party: p.map(|p| Cow::Borrowed(t.get(p.start..p.end).unwrap_or(""))),
                            vote: c,
                            span: at(lead + w.start, lead + w.end),
                        });
                    }
                    rc.cover(trimmed);
                }
            }
            None if found.len() == 1 => pending = Some((name_span, party_span)),
            None => {}
        }
    }
    out.retain(|rc| !rc.is_empty());
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::classify;

    /// The cells as they were read, character by character.
    fn cells_reference(line: &str) -> Vec<(usize, usize, usize)> {
        let mut out = Vec::new();
        let mut start: Option<(usize, usize)> = None;
        let mut gap = 0usize;
        let mut last_end = 0usize;
        for (col, (i, c)) in line.char_indices().enumerate() {
            if c == ' ' || c == '\u{a0}' || c == '\t' {
                gap += if c == '\t' { 2 } else { 1 };
            } else {
                match start {
                    Some((s, sc)) if gap >= 2 => {
                        out.push((sc, s, last_end));
                        start = Some((i, col));
                    }
                    None => start = Some((i, col)),
                    _ => {}
                }
                gap = 0;
                last_end = i + c.len_utf8();
            }
        }
        if let Some((s, sc)) = start {
            out.push((sc, s, last_end));
        }
        out
    }

    #[test]
    fn cells_read_on_bytes_are_the_cells_by_characters() {
        for line in [
            "",
            "Ledamot  Ja  Nej  Avstår",
            "Åsa Öberg (S)\u{a0}\u{a0}X \t ✓  ×",
            "  ja\tnej  ",
            "€ 😀  ä\u{a0}ö",
        ] {
            assert_eq!(cells(line), cells_reference(line), "{line:?}");
        }
    }

    /// The word tests as they were, lower-casing every word.
    fn choice_reference(word: &str) -> Option<BallotChoice> {
        let w = word.trim_matches(|c: char| !c.is_alphanumeric() && c != '-');
        if w.len() > 20 || w.is_empty() {
            return None;
        }
        let lower = w.lower();
        Some(match lower.trim_end_matches(':') {
            "ja" | "ja-röst" | "ja-röster" | "jaröster" | "ja-röstande" => BallotChoice::Ja,
            "nej" | "nej-röst" | "nej-röster" | "nejröster" | "nej-röstande" => {
                BallotChoice::Nej
            }
            "avstår" | "avstod" | "avstående" | "avstå" | "nedlagda" | "nedlagd" => {
                BallotChoice::Avstar
            }
            "frånvarande" | "frånv" | "ej närvarande" => BallotChoice::Franvarande,
            _ => return None,
        })
    }

    fn header_word_reference(w: &str) -> bool {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric()).lower();
        matches!(
            w.as_str(),
            "ledamot"
                | "ledamöter"
                | "namn"
                | "parti"
                | "röst"
                | "röster"
                | "ersättare"
                | "tjänstgörande"
                | "ledamot/ersättare"
                | "omröstning"
                | "votering"
        ) || w.chars().all(|c| c.is_ascii_digit())
    }

    fn tally_word_reference(w: &str) -> bool {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric()).lower();
        matches!(
            w.as_str(),
            "" | "summa"
                | "totalt"
                | "resultat"
                | "röster"
                | "st"
                | "och"
                | "mot"
                | "antal"
                | "omröstning"
                | "omröstningsresultat"
                | "voteringsresultat"
                | "röstresultat"
        )
    }

    fn word_tests_agree(w: &str) {
        assert_eq!(choice(w), choice_reference(w), "{w:?}");
        assert_eq!(is_header_word(w), header_word_reference(w), "{w:?}");
        assert_eq!(is_tally_word(w), tally_word_reference(w), "{w:?}");
    }

    /// The first-letter gates keep every word of the vocabularies, in any
    /// case and with punctuation around it.
    #[test]
    fn word_gates_keep_the_vocabularies() {
        let words = [
            "ja",
            "ja-röst",
            "ja-röster",
            "jaröster",
            "ja-röstande",
            "nej",
            "nej-röst",
            "nej-röster",
            "nejröster",
            "nej-röstande",
            "avstår",
            "avstod",
            "avstående",
            "avstå",
            "nedlagda",
            "nedlagd",
            "frånvarande",
            "frånv",
            "ej närvarande",
            "ledamot",
            "ledamöter",
            "namn",
            "parti",
            "röst",
            "röster",
            "ersättare",
            "tjänstgörande",
            "ledamot/ersättare",
            "omröstning",
            "votering",
            "summa",
            "totalt",
            "resultat",
            "st",
            "och",
            "mot",
            "antal",
            "omröstningsresultat",
            "voteringsresultat",
            "röstresultat",
            "",
            "12",
            "x",
            "-ja",
            "\u{212A}",
            "Östen",
            "Ärende",
        ];
        for w in words {
            for v in [
                w.to_owned(),
                w.to_uppercase(),
                format!("({w}):"),
                format!("–{}.", w.to_uppercase()),
            ] {
                word_tests_agree(&v);
            }
        }
    }

    proptest::proptest! {
        #[test]
        fn cells_agree_on_any_text(line in "[ \t\u{a0}aÅö€😀X✓-]{0,24}") {
            proptest::prop_assert_eq!(cells(&line), cells_reference(&line));
        }

        #[test]
        fn word_gates_agree_on_any_word(w in "[-:(). 0-9a-zA-ZåäöÅÄÖ\u{212A}\u{130}]{0,12}") {
            word_tests_agree(&w);
        }
    }

    type Read = Vec<(Vec<(String, &'static str)>, [Option<u32>; 4])>;

    fn read(text: &str) -> Read {
        let c = classify(text);
        roll_calls(text, &c, 0, c.len())
            .iter()
            .map(|rc| {
                let b = rc
                    .ballots
                    .iter()
                    .map(|b| {
                        assert_eq!(
                            &text[b.span][..b.name.len().min(text[b.span].len())],
                            &b.name[..]
                        );
                        (b.name.to_string(), b.vote.as_str())
                    })
                    .collect();
                let t = [
                    rc.tally(BallotChoice::Ja),
                    rc.tally(BallotChoice::Nej),
                    rc.tally(BallotChoice::Avstar),
                    rc.tally(BallotChoice::Franvarande),
                ];
                (b, t)
            })
            .collect()
    }

    #[test]
    fn table_with_marks_two_votes() {
        let text = "Ledamot            Ja   Nej  Avstår    Ja   Nej  Avstår\n\
                    Anna Berg (S)      X                    X\n\
                    Per Ek (M)              X                    X\n\
                    Åsa Öberg (C)                X         X\n\
                    Summa              1    1    1         2    1    0\n";
        let r = read(text);
        assert_eq!(r.len(), 2);
        assert_eq!(
            r[0].0,
            [
                ("Anna Berg".into(), "ja"),
                ("Per Ek".into(), "nej"),
                ("Åsa Öberg".into(), "avstår")
            ]
        );
        assert_eq!(r[0].1, [Some(1), Some(1), Some(1), None]);
        assert_eq!(r[1].0[2], ("Åsa Öberg".into(), "ja"));
        assert_eq!(r[1].1, [Some(2), Some(1), Some(0), None]);
    }

    #[test]
    fn lists_and_words() {
        let text = "Ja: Anna Berg (S), Per Ek (S),\nLena Ek (V)\nNej: Eva Lund (M)\nAvstår: Sten Falk (KD)\n";
        let r = read(text);
        assert_eq!(r.len(), 1);
        assert_eq!(r[0].0.len(), 5);
        assert_eq!(r[0].1, [Some(3), Some(1), Some(1), None]);
        let text = "Omröstningsresultat: 7 ja, 4 nej, 2 avstår\n";
        assert_eq!(read(text)[0].1, [Some(7), Some(4), Some(2), None]);
        assert!(read("Omröstning 1\n").is_empty());
        let text = "Anna Berg (S) ........ Ja\nPer Ek (M) ....   Nej\n";
        assert_eq!(read(text)[0].1, [Some(1), Some(1), None, None]);
        let text = "Anna Berg (S) ja\nPer Ek (M) nej\nEva Lund (C)   Frånvarande\n";
        assert_eq!(read(text)[0].1, [Some(1), Some(1), None, Some(1)]);
        let text = "Ledamot\nRöst\nAnna Berg (s)\nJA\nPer Ek (m)\nNEJ\nResultat\n1 JA\n1 NEJ\n";
        let r = read(text);
        assert_eq!(
            r[0].0,
            [("Anna Berg".into(), "ja"), ("Per Ek".into(), "nej")]
        );
        assert_eq!(r[0].1, [Some(1), Some(1), None, None]);
        let text = "Ja för bifall till förslaget, nej för avslag.\nMed 7 ja-röster mot 4 nej-röster beslutar nämnden.\n";
        assert!(read(text).is_empty());
        let text = "Ja-röster      Nej-röster\nAnna Berg (S)  Eva Lund (M)\nDet antecknas att\nPer Ek (S)\n";
        assert_eq!(read(text)[0].0.len(), 2);
        let text =
            "Ja-röster              Nej-röster\nAnna Berg (S)          Eva Lund (M)\nPer Ek (S)\n";
        let r = read(text);
        assert_eq!(r[0].1, [Some(2), Some(1), None, None]);
        let text = "Ja-röster (1)     Nej-röster (2)\nAnna Berg (S)     Eva Lund (M)\n                  Per Ek (S)\n";
        let r = read(text);
        assert_eq!(r[0].0[2], ("Per Ek".into(), "nej"));
        assert_eq!(r[0].1, [Some(1), Some(2), None, None]);
    }
}
