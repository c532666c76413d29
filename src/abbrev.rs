//! The table of Swedish abbreviations the tokenizer keeps whole.
//!
//! One documented table, looked up case-insensitively. An entry that ends in
//! a full stop keeps its stop in the token (`t.ex.`, `ordf.`); an entry
//! without one is an abbreviation written without a stop (`dnr`, `kr`).
//!
//! Entries marked [`Also::Word`] are also ordinary Swedish words (`bil.` is
//! *bilaga* but `bil` is a car; `jul.` is *juli* but `jul` is Christmas). For
//! those the stop is only kept when the next word does not start a new
//! sentence, so "…köpte en bil. Sedan" gives `bil` `.`, while "bil. 3" and
//! "bil. till protokollet" give `bil.`.

use once_cell::sync::Lazy;

/// Whether an abbreviation is also an ordinary word.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Also {
    /// Only an abbreviation: the stop always belongs to it.
    Abbreviation,
    /// Also an ordinary word: at the end of a sentence the stop is a full stop.
    Word,
}

use Also::{Abbreviation as A, Word as W};

/// The abbreviation table: lower-case form and whether it is also a word.
///
/// Administrative abbreviations of Swedish municipal documents are included
/// (`dnr`, `ordf.`, `sekr.`, `tjg`, `ers.`, `mnkr`, `prop.`, `rskr.`, …).
/// Keep entries in lower case; a `:` entry such as `s:t` matches `S:t`.
pub(crate) const TABLE: &[(&str, Also)] = &[
    // General Swedish abbreviations with stops.
    ("a.a.", A),
    ("adr.", A),
    ("alt.", A),
    ("ang.", A),
    ("anl.", A),
    ("anm.", A),
    ("ant.", A),
    ("avd.", A),
    ("avs.", A),
    ("bet.", W),
    ("betr.", A),
    ("bil.", W),
    ("bl.a.", A),
    ("ca.", A),
    ("d.v.s.", A),
    ("d.y.", A),
    ("d.ä.", A),
    ("dvs.", A),
    ("e.d.", A),
    ("e.kr.", A),
    ("el.", A),
    ("enl.", A),
    ("etc.", A),
    ("ev.", A),
    ("exkl.", A),
    ("f.", A),
    ("f.d.", A),
    ("f.kr.", A),
    ("f.n.", A),
    ("f.ö.", A),
    ("ff.", A),
    ("fig.", A),
    ("fr.", A),
    ("fr.o.m.", A),
    ("förf.", A),
    ("gm.", A),
    ("i.o.m.", A),
    ("i.st.f.", A),
    ("inkl.", A),
    ("jfr.", A),
    ("jmf.", A),
    ("kap.", W),
    ("kl.", A),
    ("m.a.o.", A),
    ("m.a.p.", A),
    ("m.fl.", A),
    ("m.h.a.", A),
    ("m.h.t.", A),
    ("m.m.", A),
    ("mfl.", A),
    ("min.", W),
    ("mom.", A),
    ("n.b.", A),
    ("nr.", A),
    ("o.a.", A),
    ("o.d.", A),
    ("o.dyl.", A),
    ("o.likn.", A),
    ("o.s.v.", A),
    ("obs.", A),
    ("osv.", A),
    ("p.", A),
    ("p.g.a.", A),
    ("p.p.", A),
    ("p.s.", A),
    ("pga.", A),
    ("resp.", A),
    ("s.", A),
    ("s.a.s.", A),
    ("s.k.", A),
    ("sid.", A),
    ("sek.", A),
    ("st.", A),
    ("stk.", A),
    ("t.", A),
    ("t.b.", A),
    ("t.ex.", A),
    ("t.f.", A),
    ("t.h.", A),
    ("t.o.m.", A),
    ("t.v.", A),
    ("tel.", A),
    ("tfn.", A),
    ("tim.", A),
    ("u.a.", A),
    ("uppl.", A),
    ("utg.", A),
    ("v.", A),
    ("vol.", A),
    ("ä.", A),
    ("äv.", A),
    ("ö.", A),
    ("övers.", A),
    // Months and weekdays.
    ("jan.", W),
    ("feb.", A),
    ("febr.", A),
    ("apr.", A),
    ("jun.", A),
    ("jul.", W),
    ("aug.", A),
    ("sep.", A),
    ("sept.", A),
    ("okt.", A),
    ("nov.", A),
    ("dec.", A),
    ("mån.", W),
    ("tis.", A),
    ("ons.", A),
    ("tor.", W),
    ("tors.", A),
    ("fre.", A),
    ("lör.", A),
    ("sön.", A),
    ("fm.", A),
    ("em.", A),
    // Administrative: meetings, roles, case handling.
    ("adm.", A),
    ("ordf.", A),
    ("v.ordf.", A),
    ("vordf.", A),
    ("sekr.", A),
    ("ers.", A),
    ("tjg.", A),
    ("tjänstg.", A),
    ("ledam.", A),
    ("just.", W),
    ("sign.", A),
    ("handl.", A),
    ("förv.", A),
    ("förvaltn.", A),
    ("dir.", A),
    ("ekon.", A),
    ("jur.", A),
    ("kommunalr.", A),
    ("red.", W),
    ("ref.", A),
    ("hänv.", A),
    ("prot.", A),
    ("diarienr.", A),
    ("dnr.", A),
    ("ärendenr.", A),
    ("uppd.", A),
    ("kv.", A),
    ("kvm.", A),
    ("milj.", A),
    ("mdr.", A),
    ("ggr.", A),
    ("gg.", A),
    // Legal and government documents.
    ("prop.", A),
    ("rskr.", A),
    ("förordn.", A),
    ("lagr.", A),
    ("kom.", A),
    // Colon forms.
    ("s:t", A),
    ("s:ta", A),
    ("s:a", A),
    // Written without a stop.
    ("jfr", A),
    ("jmf", A),
    ("ca", A),
    ("dnr", A),
    ("nr", A),
    ("kr", A),
    ("mkr", A),
    ("mnkr", A),
    ("mdkr", A),
    ("mdr", A),
    ("tkr", A),
    ("kkr", A),
    ("st", A),
    ("resp", A),
    ("inkl", A),
    ("exkl", A),
    ("tel", A),
    ("tfn", A),
    ("ggr", A),
    ("dvs", A),
    ("osv", A),
    ("mfl", A),
    ("pga", A),
    ("etc", A),
    ("ordf", A),
    ("vordf", A),
    ("sekr", A),
    ("tjg", A),
    ("ers", A),
    ("km", A),
    ("kvm", A),
    ("kg", A),
];

/// Longest key in bytes; longer words are never looked up.
pub(crate) const MAX_LEN: usize = 16;

/// A key: the lower-cased bytes packed into a `u128`, with the length in the
/// low bits so that prefixes differ.
pub(crate) type Key = u128;

struct Index {
    /// Sorted keys with their entries.
    keys: Vec<(Key, Also)>,
}

#[inline(always)]
const fn filter_bits(first: u8, last: u8, len: usize) -> (usize, usize) {
    let (f, l) = (first as usize, last as usize);
    (
        (f * 97 + l * 13 + len * 7) & 4095,
        (f * 31 + l * 101 + len * 59 + 1237) & 4095,
    )
}

/// A 4096-bit Bloom filter (two bits a key) over (first byte, last byte,
/// length) of every entry, lower-cased, built at compile time: ordinary words almost never pass it,
/// so the search runs only for likely abbreviations. This is on the
/// tokenizer's hot path (every short word is checked).
static FILTER: [u64; 64] = build_filter();

#[allow(clippy::indexing_slicing)] // const loops over the table
const fn build_filter() -> [u64; 64] {
    let mut filter = [0u64; 64];
    let mut i = 0;
    while i < TABLE.len() {
        let bytes = TABLE[i].0.as_bytes();
        if !bytes.is_empty() {
            let (b1, b2) = filter_bits(bytes[0], bytes[bytes.len() - 1], bytes.len());
            filter[b1 / 64] |= 1 << (b1 % 64);
            filter[b2 / 64] |= 1 << (b2 % 64);
        }
        i += 1;
    }
    filter
}

/// Whether `bytes` may be in the table (no false negatives).
#[inline(always)]
pub(crate) fn maybe(bytes: &[u8]) -> bool {
    let n = bytes.len();
    let (Some(&f), Some(&l)) = (bytes.first(), bytes.last()) else {
        return false;
    };
    let prev = if n >= 2 {
        bytes.get(n - 2).copied().unwrap_or(0)
    } else {
        0
    };
    let (b1, b2) = filter_bits(lower(0, f), lower(prev, l), n);
    let has = |bit: usize| FILTER.get(bit / 64).copied().unwrap_or(0) & (1 << (bit % 64)) != 0;
    n < MAX_LEN && has(b1) && has(b2)
}

/// The index of a word in [`PLAIN`]: the low five bits of its first and
/// last byte (so ASCII case, and Latin-1 case in a second byte, do not
/// matter) and its length up to 7.
#[inline(always)]
const fn plain_bit(first: u8, last: u8, len: usize) -> usize {
    let len = if len > 7 { 7 } else { len };
    (first as usize & 31) | (last as usize & 31) << 5 | len << 10
}

/// An exact-for-its-key filter over the entries without a stop or colon,
/// the only ones a word of plain letters can be (8192 bits): the
/// tokenizer's hot path asks it about every plain word, and ordinary words
/// almost never pass it.
static PLAIN: [u64; 128] = build_plain();

#[allow(clippy::indexing_slicing)] // const loops over the table
const fn build_plain() -> [u64; 128] {
    let mut filter = [0u64; 128];
    let mut i = 0;
    while i < TABLE.len() {
        let bytes = TABLE[i].0.as_bytes();
        let mut plain = !bytes.is_empty();
        let mut j = 0;
        while j < bytes.len() {
            if bytes[j] == b'.' || bytes[j] == b':' {
                plain = false;
            }
            j += 1;
        }
        if plain {
            let bit = plain_bit(bytes[0], bytes[bytes.len() - 1], bytes.len());
            filter[bit / 64] |= 1 << (bit % 64);
        }
        i += 1;
    }
    filter
}

/// Whether a word of letters only, with this first and last byte and
/// length, may be in the table (no false negatives; `lookup` decides).
#[inline(always)]
pub(crate) fn plain_maybe(first: u8, last: u8, len: usize) -> bool {
    let bit = plain_bit(first, last, len);
    PLAIN.get(bit / 64).copied().unwrap_or(0) & (1 << (bit % 64)) != 0
}

static INDEX: Lazy<Index> = Lazy::new(|| {
    let mut keys: Vec<(Key, Also)> = TABLE
        .iter()
        .filter_map(|&(s, also)| Some((key_of(s.as_bytes())?, also)))
        .collect();
    keys.sort_unstable_by_key(|&(k, _)| k);
    Index { keys }
});

/// Lower-cases one byte of UTF-8: ASCII letters, and the second byte of the
/// Latin-1 capitals `À`–`Þ` (so `Å`, `Ä`, `Ö` match `å`, `ä`, `ö`).
#[inline(always)]
const fn lower(prev: u8, b: u8) -> u8 {
    if b.is_ascii_uppercase() {
        b | 0x20
    } else if prev == 0xC3 && b >= 0x80 && b <= 0x9E && b != 0x97 {
        b + 0x20
    } else {
        b
    }
}

/// The lookup key of `bytes`, or `None` when it is too long to be in the table.
#[inline]
pub(crate) fn key_of(bytes: &[u8]) -> Option<Key> {
    if bytes.len() > MAX_LEN - 1 || bytes.is_empty() {
        return None;
    }
    let mut key: Key = 0;
    let mut prev = 0u8;
    for &b in bytes {
        let l = lower(prev, b);
        key = (key << 8) | Key::from(l);
        prev = b;
    }
    Some((key << 8) | bytes.len() as Key)
}

/// Looks `bytes` up in the table, case-insensitively.
#[inline(always)]
pub(crate) fn lookup(bytes: &[u8]) -> Option<Also> {
    if !maybe(bytes) {
        return None;
    }
    lookup_slow(bytes)
}

#[inline(never)]
fn lookup_slow(bytes: &[u8]) -> Option<Also> {
    let index = &*INDEX;
    let key = key_of(bytes)?;
    index
        .keys
        .binary_search_by_key(&key, |&(k, _)| k)
        .ok()
        .and_then(|i| index.keys.get(i))
        .map(|&(_, also)| also)
}

/// Whether `word` (any case) is in the abbreviation table.
///
/// ```
/// assert!(kommuntext::is_abbreviation("t.ex."));
/// assert!(kommuntext::is_abbreviation("Ordf."));
/// assert!(kommuntext::is_abbreviation("dnr"));
/// assert!(!kommuntext::is_abbreviation("vård."));
/// ```
pub fn is_abbreviation(word: &str) -> bool {
    lookup(word.as_bytes()).is_some()
}

/// Every entry of the abbreviation table, in lower case, in table order.
///
/// ```
/// assert!(kommuntext::abbreviations().count() >= 150);
/// assert!(kommuntext::abbreviations().any(|a| a == "fr.o.m."));
/// ```
pub fn abbreviations() -> impl Iterator<Item = &'static str> {
    TABLE.iter().map(|&(s, _)| s)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_is_lower_case_unique_and_large() {
        let mut seen = std::collections::HashSet::new();
        for &(s, _) in TABLE {
            assert_eq!(s, s.to_lowercase(), "{s} is not lower case");
            assert!(seen.insert(s), "{s} twice");
            assert!(s.len() < MAX_LEN, "{s} too long");
        }
        assert!(TABLE.len() >= 150, "{}", TABLE.len());
    }

    #[test]
    fn lookup_is_case_insensitive_for_swedish_letters() {
        assert_eq!(lookup("MÅN.".as_bytes()), Some(Also::Word));
        assert_eq!(lookup("Förv.".as_bytes()), Some(Also::Abbreviation));
        assert_eq!(lookup(b"S:t"), Some(Also::Abbreviation));
        assert_eq!(lookup(b"och"), None);
        assert_eq!(lookup(b""), None);
    }
}
