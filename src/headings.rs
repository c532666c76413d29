//! The one table of Swedish section headings, front-page labels and other
//! fixed words that the parser recognizes.
//!
//! Everything Swedish that the first pass matches on lives here, so that a
//! new variant seen in the wild is added in one place:
//!
//! * [`SectionKind`] and [`section_heading`]: headings inside a § or a
//!   tjänsteskrivelse (`Ärendet`, `Beslutsunderlag`, `Kommunstyrelsens
//!   förslag till kommunfullmäktige`, `Protokollsutdrag till`, …);
//! * [`LabelKind`] and [`label`]: front-page and header field labels
//!   (`Plats och tid`, `Utses att justera`, `Paragrafer`, `Diariernr`, …);
//! * [`is_organ_name`]: an organ recognized by the *form* of its name
//!   (`…nämnden`, `…styrelsen`, `…fullmäktige`, `…utskottet`, `…direktionen`,
//!   `…förvaltningen`), never by a list of one municipality's organs;
//! * [`is_document_kind_word`] and [`is_toc_title`]: words that name a
//!   document kind (`Protokollsutdrag`) or a table of contents
//!   (`Innehållsförteckning`).
//!
//! Matching is case-insensitive (upper-case forms such as `BESLUTSUNDERLAG`
//! are common), allows a trailing colon, and treats any run of white space
//! (including no-break spaces) as one space. Functions that take a line
//! return spans relative to the `&str` they were given.

use crate::Span;
use once_cell::sync::Lazy;

/// The canonical kind of a section inside a § or a tjänsteskrivelse.
///
/// Serializes as the Swedish words of the output contract
/// (`ärendebeskrivning`, `förslag_till_beslut`, …).
///
/// # Example
///
/// ```
/// use kommuntext::{section_heading, SectionKind};
/// let h = section_heading("Ärendet").unwrap();
/// assert_eq!(h.kind, SectionKind::Description);
/// assert_eq!(h.kind.as_str(), "ärendebeskrivning");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub enum SectionKind {
    /// `Ärendet`, `Ärendebeskrivning`, `Beskrivning av ärendet`.
    #[cfg_attr(feature = "serde", serde(rename = "ärendebeskrivning"))]
    Description,
    /// `Sammanfattning`, `Sammanfattning av ärendet`, `Ärendet i korthet`.
    #[cfg_attr(feature = "serde", serde(rename = "sammanfattning"))]
    Summary,
    /// `Bakgrund`.
    #[cfg_attr(feature = "serde", serde(rename = "bakgrund"))]
    Background,
    /// `Beredning`, `Ärendets beredning`.
    #[cfg_attr(feature = "serde", serde(rename = "beredning"))]
    Preparation,
    /// `Bedömning`, `Förvaltningens bedömning`.
    #[cfg_attr(feature = "serde", serde(rename = "bedömning"))]
    Assessment,
    /// `Ekonomisk bedömning`, `Ekonomiska konsekvenser`.
    #[cfg_attr(feature = "serde", serde(rename = "ekonomi"))]
    Economy,
    /// `Beslutsunderlag`.
    #[cfg_attr(feature = "serde", serde(rename = "beslutsunderlag"))]
    DecisionBasis,
    /// `Förslag till beslut`, `<Organ>s förslag till beslut`.
    #[cfg_attr(feature = "serde", serde(rename = "förslag_till_beslut"))]
    Proposal,
    /// `Yrkanden`, `Yrkande`.
    #[cfg_attr(feature = "serde", serde(rename = "yrkanden"))]
    Motions,
    /// `Beslutsgång`, `Propositionsordning`.
    #[cfg_attr(feature = "serde", serde(rename = "beslutsgång"))]
    Procedure,
    /// `Omröstning`.
    #[cfg_attr(feature = "serde", serde(rename = "omröstning"))]
    Vote,
    /// `Beslut`, `<Organ>s beslut`.
    #[cfg_attr(feature = "serde", serde(rename = "beslut"))]
    Decision,
    /// `Reservation`, `Reservationer`.
    #[cfg_attr(feature = "serde", serde(rename = "reservation"))]
    Reservation,
    /// `Protokollsanteckning`, `Protokollsanteckningar`.
    #[cfg_attr(feature = "serde", serde(rename = "protokollsanteckning"))]
    ProtocolNote,
    /// `Jäv`.
    #[cfg_attr(feature = "serde", serde(rename = "jäv"))]
    Disqualification,
    /// `Beslutet skickas till`, `Expedieras till`, `Protokollsutdrag till`.
    #[cfg_attr(feature = "serde", serde(rename = "expediering"))]
    Distribution,
    /// Any other heading (`Barnperspektiv`, a content sub-heading).
    #[cfg_attr(feature = "serde", serde(rename = "övrigt"))]
    Other,
}

impl SectionKind {
    /// The Swedish name used in JSON.
    ///
    /// ```
    /// use kommuntext::SectionKind;
    /// assert_eq!(SectionKind::Proposal.as_str(), "förslag_till_beslut");
    /// ```
    pub const fn as_str(self) -> &'static str {
        match self {
            SectionKind::Description => "ärendebeskrivning",
            SectionKind::Summary => "sammanfattning",
            SectionKind::Background => "bakgrund",
            SectionKind::Preparation => "beredning",
            SectionKind::Assessment => "bedömning",
            SectionKind::Economy => "ekonomi",
            SectionKind::DecisionBasis => "beslutsunderlag",
            SectionKind::Proposal => "förslag_till_beslut",
            SectionKind::Motions => "yrkanden",
            SectionKind::Procedure => "beslutsgång",
            SectionKind::Vote => "omröstning",
            SectionKind::Decision => "beslut",
            SectionKind::Reservation => "reservation",
            SectionKind::ProtocolNote => "protokollsanteckning",
            SectionKind::Disqualification => "jäv",
            SectionKind::Distribution => "expediering",
            SectionKind::Other => "övrigt",
        }
    }

    /// Whether the lines under a heading of this kind are list items
    /// (documents under `Beslutsunderlag`, recipients under an expediering
    /// heading) rather than paragraphs with sub-headings.
    ///
    /// ```
    /// use kommuntext::SectionKind;
    /// assert!(SectionKind::Distribution.lists_items());
    /// assert!(!SectionKind::Background.lists_items());
    /// ```
    pub const fn lists_items(self) -> bool {
        matches!(self, SectionKind::DecisionBasis | SectionKind::Distribution)
    }
}

/// How sure a recognizer is.
///
/// # Example
///
/// ```
/// use kommuntext::Confidence;
/// assert!(Confidence::High > Confidence::Low);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum Confidence {
    /// Recognized by form only (a short capitalized line followed by body).
    Low,
    /// Recognized from the vocabulary.
    High,
}

/// A section heading found on a line.
///
/// Spans are relative to the `&str` given to [`section_heading`].
///
/// # Example
///
/// ```
/// use kommuntext::{section_heading, SectionKind};
/// let line = "Kommunstyrelsens förslag till kommunfullmäktige:";
/// let h = section_heading(line).unwrap();
/// assert_eq!(h.kind, SectionKind::Proposal);
/// assert_eq!(&line[h.organ.unwrap()], "Kommunstyrelsen");
/// assert_eq!(&line[h.heading], "Kommunstyrelsens förslag till kommunfullmäktige");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct SectionHeading {
    /// The canonical kind.
    pub kind: SectionKind,
    /// The heading as written, without surrounding space and trailing colon.
    pub heading: Span,
    /// The organ named in `<Organ>s beslut` / `<Organ>s förslag …`, without
    /// the genitive `s`.
    pub organ: Option<Span>,
    /// Text on the same line after `Heading:` (a heading glued to its body).
    pub rest: Option<Span>,
    /// [`Confidence::High`] for vocabulary headings.
    pub confidence: Confidence,
}

/// Headings of the vocabulary, lower case, white space as single spaces.
const SECTION_HEADINGS: &[(&str, SectionKind)] = &[
    ("ärendet", SectionKind::Description),
    ("ärende", SectionKind::Description),
    ("ärendebeskrivning", SectionKind::Description),
    ("beskrivning av ärendet", SectionKind::Description),
    (
        "beskrivning av ärendet och skälen för förslaget",
        SectionKind::Description,
    ),
    ("ärendebeskrivning och bakgrund", SectionKind::Description),
    ("sammanfattning", SectionKind::Summary),
    ("sammanfattning av ärendet", SectionKind::Summary),
    ("ärendet i korthet", SectionKind::Summary),
    ("bakgrund", SectionKind::Background),
    ("bakgrund och ärendebeskrivning", SectionKind::Background),
    ("beredning", SectionKind::Preparation),
    ("ärendets beredning", SectionKind::Preparation),
    ("beredningsgång", SectionKind::Preparation),
    ("handläggning", SectionKind::Preparation),
    ("bedömning", SectionKind::Assessment),
    ("överväganden", SectionKind::Assessment),
    ("analys", SectionKind::Assessment),
    ("sammanfattande bedömning", SectionKind::Assessment),
    ("ekonomisk bedömning", SectionKind::Economy),
    ("ekonomiska konsekvenser", SectionKind::Economy),
    ("ekonomiska effekter", SectionKind::Economy),
    ("ekonomiska förutsättningar", SectionKind::Economy),
    ("ekonomi", SectionKind::Economy),
    ("finansiering", SectionKind::Economy),
    ("beslutsunderlag", SectionKind::DecisionBasis),
    ("underlag för beslut", SectionKind::DecisionBasis),
    ("underlag till beslut", SectionKind::DecisionBasis),
    ("beslutsunderlag och bilagor", SectionKind::DecisionBasis),
    ("bilagor", SectionKind::DecisionBasis),
    ("förslag till beslut", SectionKind::Proposal),
    ("förslag till beslut på sammanträdet", SectionKind::Proposal),
    ("ordförandens förslag", SectionKind::Proposal),
    ("ordförandens förslag till beslut", SectionKind::Proposal),
    ("yrkanden", SectionKind::Motions),
    ("yrkande", SectionKind::Motions),
    ("yrkandet", SectionKind::Motions),
    ("överläggning", SectionKind::Motions),
    ("yrkanden under sammanträdet", SectionKind::Motions),
    ("beslutsgång", SectionKind::Procedure),
    ("propositionsordning", SectionKind::Procedure),
    ("proposition", SectionKind::Procedure),
    (
        "propositionsordning och beslutsgång",
        SectionKind::Procedure,
    ),
    ("beslutsordning", SectionKind::Procedure),
    ("omröstning", SectionKind::Vote),
    ("omröstningar", SectionKind::Vote),
    ("omröstningsresultat", SectionKind::Vote),
    ("omröstningslista", SectionKind::Vote),
    ("votering", SectionKind::Vote),
    ("beslut", SectionKind::Decision),
    ("beslutet", SectionKind::Decision),
    ("reservation", SectionKind::Reservation),
    ("reservationer", SectionKind::Reservation),
    ("protokollsanteckning", SectionKind::ProtocolNote),
    ("protokollsanteckningar", SectionKind::ProtocolNote),
    ("protokollanteckning", SectionKind::ProtocolNote),
    ("anteckning till protokollet", SectionKind::ProtocolNote),
    ("särskilt yttrande", SectionKind::ProtocolNote),
    (
        "särskilt yttrande i kommunstyrelsen",
        SectionKind::ProtocolNote,
    ),
    ("särskilt yttrande i nämnden", SectionKind::ProtocolNote),
    ("särskilda yttranden", SectionKind::ProtocolNote),
    // Stockholm's stadsdelsnämnder: a party's or the ersättare's statement.
    ("särskilt uttalande", SectionKind::ProtocolNote),
    ("särskilda uttalanden", SectionKind::ProtocolNote),
    ("ersättaryttrande", SectionKind::ProtocolNote),
    ("ersättaryttranden", SectionKind::ProtocolNote),
    ("jäv", SectionKind::Disqualification),
    ("anmälan om jäv", SectionKind::Disqualification),
    ("jävsanmälan", SectionKind::Disqualification),
    ("jäv anmäls", SectionKind::Disqualification),
    ("beslutet skickas till", SectionKind::Distribution),
    ("beslutet ska skickas till", SectionKind::Distribution),
    ("beslutet skall skickas till", SectionKind::Distribution),
    ("beslutet ska sändas till", SectionKind::Distribution),
    ("beslutet sänds till", SectionKind::Distribution),
    ("beslut sänds till", SectionKind::Distribution),
    ("beslut skickas till", SectionKind::Distribution),
    ("beslutet expedieras till", SectionKind::Distribution),
    ("expedieras till", SectionKind::Distribution),
    ("expediering", SectionKind::Distribution),
    ("expedieras", SectionKind::Distribution),
    ("protokollsutdrag till", SectionKind::Distribution),
    ("protokollsutdrag skickas till", SectionKind::Distribution),
    ("utdrag till", SectionKind::Distribution),
    ("expedierats till", SectionKind::Distribution),
    ("kopia av beslut till", SectionKind::Distribution),
    ("kopia av beslutet till", SectionKind::Distribution),
    ("kopia till", SectionKind::Distribution),
    ("sändlista", SectionKind::Distribution),
    ("barnperspektiv", SectionKind::Other),
    ("barnkonsekvensanalys", SectionKind::Other),
    ("konsekvenser", SectionKind::Other),
    ("miljöperspektiv", SectionKind::Other),
    ("jämställdhetsperspektiv", SectionKind::Other),
    ("mina synpunkter", SectionKind::Other),
    ("våra synpunkter", SectionKind::Other),
    ("remisser", SectionKind::Other),
    ("samråd", SectionKind::Other),
    ("facklig samverkan", SectionKind::Other),
    ("uppföljning", SectionKind::Other),
    ("juridisk bedömning", SectionKind::Other),
    ("omedelbar justering", SectionKind::Other),
    ("motivering", SectionKind::Other),
    ("ordförandeutlåtande", SectionKind::Other),
    ("ordförandens utlåtande", SectionKind::Other),
    ("yttranden", SectionKind::Other),
    ("skäl för beslutet", SectionKind::Other),
    ("hur man överklagar", SectionKind::Other),
    ("överklagande", SectionKind::Other),
    ("övrigt", SectionKind::Other),
];

/// Headings that count only when followed by a colon (`Utdrag: KS`,
/// `Exp: Revisorerna`), being ordinary words otherwise.
const COLON_HEADINGS: &[(&str, SectionKind)] = &[
    ("utdrag", SectionKind::Distribution),
    ("exp", SectionKind::Distribution),
    ("kopia", SectionKind::Distribution),
    ("bilaga", SectionKind::DecisionBasis),
    ("bilagor", SectionKind::DecisionBasis),
];

fn colon_heading(head: &str) -> Option<(SectionKind, Option<Span>)> {
    COLON_HEADINGS
        .iter()
        .find(|(h, _)| normalized_is(head, h))
        .map(|(_, k)| (*k, None))
}

/// Words ending a genitive organ phrase in `<Organ>s beslut`, `<Organ>s
/// förslag till beslut` and similar headings, and the kind each suffix word
/// gives.
const ORGAN_HEADING_TAILS: &[(&str, SectionKind)] = &[
    ("beslut", SectionKind::Decision),
    ("förslag", SectionKind::Proposal),
    ("förslag till beslut", SectionKind::Proposal),
    ("bedömning", SectionKind::Assessment),
    ("handläggning", SectionKind::Preparation),
    ("beredning", SectionKind::Preparation),
    ("yttrande", SectionKind::Other),
    ("synpunkter", SectionKind::Other),
];

/// Endings of organ names (definite form), the vocabulary class behind
/// [`is_organ_name`].
const ORGAN_SUFFIXES: &[&str] = &[
    "nämnden",
    "styrelsen",
    "fullmäktige",
    "utskottet",
    "direktionen",
    "förvaltningen",
    "beredningen",
    "kontoret",
    "presidiet",
    "kommittén",
    "delegationen",
    "ordföranden",
    "revisorerna",
    "förbundet",
];

/// Whether a word (any case) has the form of an organ name:
/// `Socialnämnden`, `KOMMUNSTYRELSEN`, `Kommunfullmäktige`,
/// `Arbetsutskottet`, `Förbundsdirektionen`, `Socialförvaltningen`.
fn is_organ_word(word: &str) -> bool {
    ends_like_organ(word.trim_end_matches([':', ',', '.']))
}

/// Whether a word ending `b` can end like an organ ([`ends_like_organ`]),
/// by its last two bytes: every suffix ends in `en`, `én`, `ge`, `et` or
/// `na`, and an ASCII byte before the last is a whole character, which
/// lower-cases only to its ASCII lower case. `false` when it cannot (or
/// `b` is shorter than two bytes, shorter than any suffix).
#[inline]
fn may_end_like_organ(b: &[u8]) -> bool {
    match b.len().checked_sub(2).and_then(|i| b.get(i..)) {
        Some(&[p, l]) if p.is_ascii() => matches!(
            (p.to_ascii_lowercase(), l.to_ascii_lowercase()),
            (b'e', b'n') | (b'g', b'e') | (b'e', b't') | (b'n', b'a')
        ),
        Some(_) => true,
        None => false,
    }
}

/// Whether the lower case of `word` ends with one of [`ORGAN_SUFFIXES`].
pub(crate) fn ends_like_organ(word: &str) -> bool {
    // Every suffix ends in an ASCII n, e, t or a (see below), which no
    // other character lower-cases to.
    if !word
        .as_bytes()
        .last()
        .is_some_and(|b| matches!(b.to_ascii_lowercase(), b'n' | b'e' | b't' | b'a'))
    {
        return false;
    }
    // The last two characters of every suffix are `en`, `én`, `ge`, `et`
    // or `na`: an ASCII byte before the last (a whole character, which
    // lower-cases only to itself in lower case) settles most words.
    if !may_end_like_organ(word.as_bytes()) {
        return false;
    }
    // The lower-cased end of the word, last character first: as long as the
    // longest suffix (13 characters), so one pass serves every suffix.
    let mut tail = ['\0'; 16];
    let mut n = 0;
    'fill: for c in word.chars().rev() {
        if c.is_ascii() {
            if let Some(slot) = tail.get_mut(n) {
                *slot = c.to_ascii_lowercase();
                n += 1;
            } else {
                break;
            }
        } else if let Some(l) = swedish_lower(c) {
            if let Some(slot) = tail.get_mut(n) {
                *slot = l;
                n += 1;
            } else {
                break;
            }
        } else {
            for l in c.to_lowercase().rev() {
                let Some(slot) = tail.get_mut(n) else {
                    break 'fill;
                };
                *slot = l;
                n += 1;
            }
        }
    }
    let tail = tail.get(..n).unwrap_or(&[]);
    // Every suffix ends in `n`, `e`, `t` or `a`.
    if !matches!(tail.first(), Some('n' | 'e' | 't' | 'a')) {
        return false;
    }
    // The suffixes as characters, last first, compared as slices.
    static REVERSED: Lazy<Vec<Vec<char>>> = Lazy::new(|| {
        ORGAN_SUFFIXES
            .iter()
            .map(|s| s.chars().rev().collect())
            .collect()
    });
    REVERSED
        .iter()
        .any(|suf| suf.first() == tail.first() && tail.get(..suf.len()) == Some(suf.as_slice()))
}

/// Whether a phrase has the form of an organ name: one to six words whose
/// last word ends like an organ (`-nämnden`, `-styrelsen`, `-fullmäktige`,
/// `-utskottet`, `-direktionen`, `-förvaltningen`, …) and that starts with
/// a capital letter.
///
/// The test is by form, so organs of any municipality are found.
///
/// # Example
///
/// ```
/// use kommuntext::is_organ_name;
/// assert!(is_organ_name("Vård- och omsorgsnämnden"));
/// assert!(is_organ_name("KOMMUNSTYRELSEN"));
/// assert!(is_organ_name("Tekniska utskottet"));
/// assert!(is_organ_name("Förbundsdirektionen"));
/// assert!(!is_organ_name("Nära vård"));
/// ```
#[doc(alias = "nämnd")]
#[doc(alias = "organ")]
pub fn is_organ_name(phrase: &str) -> bool {
    let phrase = crate::rows::trim(phrase).trim_end_matches(':').trim_end();
    // The length first: a long line is not split into words here.
    if phrase.len() > 80 {
        return false;
    }
    // Every organ suffix ends in an ASCII n, e, t or a, which no other
    // character lower-cases to: the last byte before trailing marks
    // settles most phrases before they are split into words.
    // The last two bytes then: an ASCII byte before the last is not white
    // space here (`may_end_like_organ` wants an `e`, `g` or `n`), so both
    // are the last word's (which `is_organ_word` reads without its marks).
    let end = phrase.trim_end_matches([':', ',', '.']).as_bytes();
    if !end
        .last()
        .is_some_and(|b| matches!(b.to_ascii_lowercase(), b'n' | b'e' | b't' | b'a'))
        || !may_end_like_organ(end)
    {
        return false;
    }
    let mut count = 0;
    let mut last = "";
    for (_, w) in words(phrase) {
        count += 1;
        last = w;
    }
    if count == 0 || count > 6 || phrase.len() > 80 {
        return false;
    }
    let starts_upper = phrase.chars().next().is_some_and(char::is_uppercase);
    starts_upper && is_organ_word(last)
}

/// Words that name a document kind when they stand alone on a line (a
/// document header or a running page header).
pub(crate) const DOCUMENT_KIND_WORDS: &[&str] = &[
    "protokoll",
    "protokollsutdrag",
    "protokollutdrag",
    "sammanträdesprotokoll",
    "utdrag ur protokoll",
    "utdrag ur sammanträdesprotokoll",
    "utdrag ur protokollet",
    "utdrag",
    "justerat protokoll",
    "tjänsteskrivelse",
    "tjänsteutlåtande",
    "kallelse",
    "kungörelse",
    "föredragningslista",
];

/// Whether a line (any case, trailing colon allowed) is a document kind word
/// such as `Protokollsutdrag`, `SAMMANTRÄDESPROTOKOLL` or `Utdrag ur
/// protokoll`.
///
/// # Example
///
/// ```
/// use kommuntext::is_document_kind_word;
/// assert!(is_document_kind_word("Protokollsutdrag"));
/// assert!(is_document_kind_word("SAMMANTRÄDESPROTOKOLL"));
/// assert!(!is_document_kind_word("Protokollet justeras"));
/// ```
pub fn is_document_kind_word(line: &str) -> bool {
    let t = crate::rows::trim(line);
    if t.len() > 45
        || !t.as_bytes().first().is_some_and(|b| {
            matches!(
                b,
                b'P' | b'p'
                    | b'U'
                    | b'u'
                    | b'S'
                    | b's'
                    | b'J'
                    | b'j'
                    | b'T'
                    | b't'
                    | b'K'
                    | b'k'
                    | b'F'
                    | b'f'
            )
        })
    {
        return false;
    }
    // The first two characters of every kind word as normalized.
    if !matches!(
        normalized_start::<2>(line),
        ['p', 'r']
            | ['u', 't']
            | ['s', 'a']
            | ['j', 'u']
            | ['t', 'j']
            | ['k', 'a']
            | ['k', 'u']
            | ['f', 'ö']
    ) {
        return false;
    }
    // No kind word has a digit, which normalizing keeps: a line with one
    // (`Protokoll 2019-03-12`, a page header) is none.
    if t.bytes().any(|b| b.is_ascii_digit()) {
        return false;
    }
    with_normalized(line, |n| DOCUMENT_KIND_WORDS.contains(&n))
}

/// The first `N` characters of [`normalize`]`(s)` (`'\0'` past its end).
fn normalized_start<const N: usize>(s: &str) -> [char; N] {
    let mut start = ['\0'; N];
    let mut k = 0;
    for_normalized(s, |c| {
        if let Some(slot) = start.get_mut(k) {
            *slot = c;
        }
        k += 1;
        k < N
    });
    start
}

/// Titles of a table of contents or agenda.
const TOC_TITLES: &[&str] = &[
    "innehållsförteckning",
    "innehåll",
    "ärendelista",
    "ärendeförteckning",
    "§§ ärendeförteckning",
    "föredragningslista",
    "dagordning",
    "förteckning över ärenden",
    "innehållsförteckning sidan",
    "innehållsförteckning sida",
    "paragrafförteckning",
];

/// Whether a line is the title of a table of contents or agenda
/// (`Innehållsförteckning`, `Ärendelista`, `Föredragningslista`, …).
///
/// # Example
///
/// ```
/// use kommuntext::is_toc_title;
/// assert!(is_toc_title("INNEHÅLLSFÖRTECKNING"));
/// assert!(is_toc_title("Ärendelista:"));
/// assert!(!is_toc_title("Ärendet"));
/// ```
#[doc(alias = "innehållsförteckning")]
pub fn is_toc_title(line: &str) -> bool {
    // An ASCII first byte that is not white space is also the first of the
    // trimmed line: most lines are settled by it before trimming.
    if line.as_bytes().first().is_some_and(|&b| {
        b.is_ascii()
            && !matches!(b, b'\t'..=b'\r' | b' ')
            && !matches!(b, b'I' | b'i' | b'F' | b'f' | b'D' | b'd' | b'P' | b'p')
    }) {
        return false;
    }
    let t = crate::rows::trim(line);
    // The first character is one of I, i, Ä, ä, F, f, D, d, P, p, §.
    let first = matches!(
        t.as_bytes(),
        [b'I' | b'i' | b'F' | b'f' | b'D' | b'd' | b'P' | b'p', ..]
            | [0xC3, 0x84 | 0xA4, ..]
            | [0xC2, 0xA7, ..]
    );
    if t.len() > 60 || !first {
        return false;
    }
    // The second byte when both are ASCII (after `Ä` and `§` the third):
    // every title goes on with `n` after `i`, `a` after `d` and `p`, `r`
    // after `ä`, a non-ASCII `ö` after `f`, `§` after `§`; a non-ASCII byte
    // there (a soft hyphen, `Ö`) is left to the test below.
    let second = match t.as_bytes() {
        [b0, b1, ..] if b0.is_ascii() && b1.is_ascii() => matches!(
            (b0 | 0x20, b1 | 0x20),
            (b'i', b'n') | (b'd', b'a') | (b'p', b'a')
        ),
        [0xC3, _, b2, ..] if b2.is_ascii() => b2 | 0x20 == b'r',
        // After `§` only `§§ ärendeförteckning` goes on, with a second `§`
        // (an ASCII byte normalizes to itself or a space): most § headings
        // are settled here.
        [0xC2, 0xA7, b2, ..] => !b2.is_ascii(),
        _ => true,
    };
    if !second || !may_go_on_like_toc_title(t.as_bytes()) {
        return false;
    }
    // The first four characters of every title as normalized (the many
    // lines starting `För`, `Ären`, `Para` go on otherwise).
    if !matches!(
        normalized_start::<4>(line),
        ['i', 'n', 'n', 'e']
            | ['ä', 'r', 'e', 'n']
            | ['§', '§', ' ', 'ä']
            | ['f', 'ö', 'r', 'e' | 't']
            | ['d', 'a', 'g', 'o']
            | ['p', 'a', 'r', 'a']
    ) {
        return false;
    }
    with_normalized(line, |n| {
        TOC_TITLES.contains(&n)
            || (n.starts_with("förteckning över ") && n.ends_with("ärenden") && n.len() < 80)
    })
}

/// The first four characters of a trimmed line that starts like a title of
/// [`TOC_TITLES`] (`in`, `da`, `pa`, `fö`, `är`), tested on its bytes where
/// they are ASCII: `false` when they cannot be the [`normalize`]d `inne`,
/// `dago`, `para`, `före`/`fört` or `ären` that [`is_toc_title`] asks for,
/// without normalizing. (An ASCII byte there is itself in the normalized
/// text, lower-cased; white space there makes a space, which no title has
/// there.) Lines such as `Information …`, `Dagens …`, `Partiet …`,
/// `Förslag …` and `Ärlig …` are settled here; anything else is a maybe.
#[inline]
fn may_go_on_like_toc_title(t: &[u8]) -> bool {
    let low = |b: u8| b | 0x20;
    match t {
        [b0, b1, b2, b3, ..]
            if b0.is_ascii() && b1.is_ascii() && b2.is_ascii() && b3.is_ascii() =>
        {
            match (low(*b0), low(*b1)) {
                (b'i', b'n') => low(*b2) == b'n' && low(*b3) == b'e',
                (b'd', b'a') => low(*b2) == b'g' && low(*b3) == b'o',
                (b'p', b'a') => low(*b2) == b'r' && low(*b3) == b'a',
                _ => true,
            }
        }
        // `fö` (`ö` or `Ö`), then `r` and `e` or `t`.
        [b0, 0xC3, 0xB6 | 0x96, b3, b4, ..]
            if low(*b0) == b'f' && b3.is_ascii() && b4.is_ascii() =>
        {
            low(*b3) == b'r' && matches!(low(*b4), b'e' | b't')
        }
        // `är` (`ä` or `Ä`), then `en`.
        [0xC3, 0xA4 | 0x84, b2, b3, b4, ..] if b2.is_ascii() && b3.is_ascii() && b4.is_ascii() => {
            low(*b2) == b'r' && low(*b3) == b'e' && low(*b4) == b'n'
        }
        _ => true,
    }
}

/// Lower case, white space runs as single spaces, U+2010/U+2011 as `-`,
/// without a trailing colon.
fn normalize(s: &str) -> String {
    let s = crate::rows::trim(s);
    let s = s.strip_suffix(':').unwrap_or(s).trim_end();
    let mut out = String::with_capacity(s.len());
    let mut space = false;
    for c in s.chars() {
        if c.is_whitespace() {
            space = true;
            continue;
        }
        if space && !out.is_empty() {
            out.push(' ');
        }
        space = false;
        match c {
            '\u{2010}' | '\u{2011}' => out.push('-'),
            '\u{ad}' => {}
            c => out.extend(c.to_lowercase()),
        }
    }
    out
}

/// Feeds the characters of [`normalize`]`(s)` to `f` without allocating;
/// stops (returning `false`) as soon as `f` returns `false`.
fn for_normalized(s: &str, mut f: impl FnMut(char) -> bool) -> bool {
    let s = crate::rows::trim(s);
    let s = s.strip_suffix(':').unwrap_or(s).trim_end();
    let mut emitted = false;
    let mut space = false;
    for c in s.chars() {
        if c.is_whitespace() {
            space = true;
            continue;
        }
        if space && emitted && !f(' ') {
            return false;
        }
        space = false;
        match c {
            '\u{2010}' | '\u{2011}' => {
                if !f('-') {
                    return false;
                }
                emitted = true;
            }
            '\u{ad}' => {}
            c if c.is_ascii() => {
                if !f(c.to_ascii_lowercase()) {
                    return false;
                }
                emitted = true;
            }
            c => {
                for l in c.to_lowercase() {
                    if !f(l) {
                        return false;
                    }
                }
                emitted = true;
            }
        }
    }
    true
}

/// Calls `f` with [`normalize`]`(s)`, built in a stack buffer when it fits
/// (always for the short lines the vocabulary is matched on).
fn with_normalized<R>(s: &str, f: impl FnOnce(&str) -> R) -> R {
    let mut buf = [0u8; 256];
    let mut len = 0;
    let fits = for_normalized(s, |c| {
        let mut tmp = [0u8; 4];
        let e = c.encode_utf8(&mut tmp).as_bytes();
        match buf.get_mut(len..len + e.len()) {
            Some(dst) => {
                dst.copy_from_slice(e);
                len += e.len();
                true
            }
            None => false,
        }
    });
    match buf.get(..len).map(std::str::from_utf8) {
        Some(Ok(n)) if fits => f(n),
        _ => f(&normalize(s)),
    }
}

/// `normalize(s) == pat`, without allocating.
pub(crate) fn normalized_is(s: &str, pat: &str) -> bool {
    let mut p = pat.chars();
    for_normalized(s, |c| p.next() == Some(c)) && p.next().is_none()
}

/// The lower case of the Swedish letters (`Å` → `å`) without the Unicode
/// table search of `char::to_lowercase`; `None` for other characters.
#[inline]
pub(crate) fn swedish_lower(c: char) -> Option<char> {
    match c {
        'Å' => Some('å'),
        'Ä' => Some('ä'),
        'Ö' => Some('ö'),
        'É' => Some('é'),
        'å' | 'ä' | 'ö' | 'é' => Some(c),
        _ => None,
    }
}

/// `str::to_lowercase` with fast paths: the text is copied whole and its
/// ASCII letters lower-cased in place (a loop the compiler vectorizes),
/// then each non-ASCII character, found eight bytes at a time, is
/// lower-cased in place when its lower case is another character of the
/// same length (the Swedish letters without the Unicode table search). A
/// character whose lower case has another length sends the text to
/// [`lower_by_chars`], and a capital sigma (whose lower case depends on its
/// place in a word) to `str::to_lowercase`.
pub(crate) fn lower(s: &str) -> String {
    let mut out = s.to_owned();
    out.make_ascii_lowercase();
    let mut i = 0;
    while let Some(k) = next_non_ascii(out.as_bytes(), i) {
        // The bytes from `k` on are still those of `s`.
        let Some(c) = s.get(k..).and_then(|r| r.chars().next()) else {
            return lower_by_chars(s);
        };
        let len = c.len_utf8();
        i = k + len;
        // Most are lower case already (`å`, `ä`, `ö`, `é`).
        let l = match swedish_lower(c) {
            Some(l) if l == c => continue,
            Some(l) => l,
            None if c == 'Σ' => return s.to_lowercase(),
            None => {
                let mut ls = c.to_lowercase();
                match (ls.next(), ls.next()) {
                    (Some(l), None) if l == c => continue,
                    (Some(l), None) if l.len_utf8() == len => l,
                    _ => return lower_by_chars(s),
                }
            }
        };
        // The same number of bytes: the rest stays where it is.
        out.replace_range(k..i, l.encode_utf8(&mut [0u8; 4]));
    }
    out
}

/// The first byte at or after `i` that is not ASCII, skipping eight ASCII
/// bytes at a time.
fn next_non_ascii(b: &[u8], mut i: usize) -> Option<usize> {
    while let Some(chunk) = b.get(i..i + 8) {
        let x = chunk.iter().fold(0u8, |acc, &c| acc | c);
        if x >= 0x80 {
            break;
        }
        i += 8;
    }
    b.get(i..)?.iter().position(|&c| c >= 0x80).map(|k| i + k)
}

/// [`lower`] building the string character by character: ASCII runs are
/// copied and lower-cased in place, the Swedish letters without the Unicode
/// table search. A text with a capital sigma goes to `str::to_lowercase`.
fn lower_by_chars(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    loop {
        let n = rest
            .bytes()
            .position(|b| !b.is_ascii())
            .unwrap_or(rest.len());
        let (ascii, tail) = rest.split_at(n);
        let at = out.len();
        out.push_str(ascii);
        if let Some(t) = out.get_mut(at..) {
            t.make_ascii_lowercase();
        }
        let mut cs = tail.chars();
        let Some(c) = cs.next() else { break };
        match swedish_lower(c) {
            Some(l) => out.push(l),
            // A capital sigma's lower case depends on its place in a word.
            None if c == 'Σ' => return s.to_lowercase(),
            None => out.extend(c.to_lowercase()),
        }
        rest = cs.as_str();
    }
    out
}

/// [`lower`] as a method of `str` (and so of `String`).
pub(crate) trait Lower {
    fn lower(&self) -> String;
}

impl Lower for str {
    #[inline]
    fn lower(&self) -> String {
        lower(self)
    }
}

/// The first character of `c`'s lower case (`char::to_lowercase`), with
/// fast paths for ASCII and the Swedish letters.
#[inline]
pub(crate) fn fold_first(c: char) -> char {
    if c.is_ascii() {
        c.to_ascii_lowercase()
    } else if let Some(l) = swedish_lower(c) {
        l
    } else {
        c.to_lowercase().next().unwrap_or(c)
    }
}

/// `word.lower() == pat` (`pat` lower case), without allocating.
///
/// Most calls compare a word with a list of candidates: an ASCII first
/// character whose lower case differs from the pattern's settles it. That
/// test is inlined into the callers (some 40,000 calls a document corpus,
/// most settled by it); the rest is [`lower_eq_rest`].
#[inline]
pub(crate) fn lower_eq(word: &str, pat: &str) -> bool {
    if let (Some(&w0), Some(&p0)) = (word.as_bytes().first(), pat.as_bytes().first()) {
        if w0.is_ascii() && p0.is_ascii() && !w0.eq_ignore_ascii_case(&p0) {
            return false;
        }
    }
    lower_eq_rest(word, pat)
}

/// [`lower_eq`] past its first-byte test.
#[inline(never)]
fn lower_eq_rest(word: &str, pat: &str) -> bool {
    if word.is_ascii() {
        return word.eq_ignore_ascii_case(pat);
    }
    let mut p = pat.chars();
    for c in word.chars() {
        if c.is_ascii() {
            if p.next() != Some(c.to_ascii_lowercase()) {
                return false;
            }
        } else if let Some(l) = swedish_lower(c) {
            if p.next() != Some(l) {
                return false;
            }
        } else {
            for l in c.to_lowercase() {
                if p.next() != Some(l) {
                    return false;
                }
            }
        }
    }
    p.next().is_none()
}

/// The vocabulary of a recognizer as a trie over folded characters, walked
/// once along the start of a line instead of comparing the line with each
/// entry: an entry is found exactly when [`match_ci_prefix`]`(line, entry)`
/// succeeds, with the same byte count.
///
/// The walk folds each character as [`match_ci_prefix`] does (ASCII lower
/// case, U+2010 as `-`, else [`fold_first`]) and reads a run of white space
/// as one space; a space of an entry matches such a run and nothing else,
/// and no other character of an entry matches white space.
///
/// The walk runs on every line and at many word starts, so a step is a few
/// table reads: the characters of the vocabulary are numbered (classes), an
/// ASCII byte of the line finds its class in one read, and a node with one
/// child (most of them: entries share only their starts) compares that
/// child's class, the others index a dense row of classes.
pub(crate) struct Trie<K: 'static> {
    /// The class of each ASCII byte as the walk reads it: folded to lower
    /// case, white space as a space; 0 for a character of no entry.
    input: [u16; 128],
    /// The class of each ASCII character of an entry, exactly.
    exact: [u16; 128],
    /// The other characters of the entries with their classes.
    other: Vec<(char, u16)>,
    /// The class of each character U+00C0 to U+00FF (the Swedish letters
    /// among them; none is white space), by the second byte of its UTF-8
    /// form (after 0xC3) less 0x80, as the walk reads it: its
    /// [`fold_first`], classed.
    latin: [u16; 64],
    /// The class of a space (0 when no entry has one).
    space: u16,
    /// The length of a row of `rows`: the classes and 0.
    width: usize,
    nodes: Vec<TrieNode<K>>,
    /// The children of the nodes with more than one, a row of `width` each
    /// by class (0: none; no edge leads to the root, node 0).
    rows: Vec<u32>,
}

/// A node of a [`Trie`].
struct TrieNode<K: 'static> {
    /// The class of the only child, [`BRANCH`] when the node has more
    /// (`to` is then its row), [`LEAF`] when it has none.
    class: u16,
    /// The only child or the row of the children.
    to: u32,
    /// The entry ending here (the first of the table with that folded text).
    entry: Option<(&'static str, K)>,
}

/// [`TrieNode::class`] of a node with several children.
const BRANCH: u16 = 0;
/// [`TrieNode::class`] of a node without children: no class matches it.
const LEAF: u16 = u16::MAX;

/// A node of a [`Trie`] while it is built.
type TrieMapNode<K> = (
    std::collections::BTreeMap<char, usize>,
    Option<(&'static str, K)>,
);

impl<K: Copy> Trie<K> {
    pub(crate) fn new(entries: &[(&'static str, K)]) -> Self {
        // Built as maps, then flattened.
        let mut maps: Vec<TrieMapNode<K>> = vec![(std::collections::BTreeMap::new(), None)];
        let mut chars = std::collections::BTreeSet::new();
        for &(h, k) in entries {
            let mut n = 0;
            for c in h.chars() {
                chars.insert(c);
                let next = maps.len();
                let Some((m, _)) = maps.get_mut(n) else { break };
                n = *m.entry(c).or_insert(next);
                if n == next {
                    maps.push((std::collections::BTreeMap::new(), None));
                }
            }
            if let Some((_, term)) = maps.get_mut(n) {
                if term.is_none() {
                    *term = Some((h, k));
                }
            }
        }
        // Classes 1.. in character order; a vocabulary of more characters
        // than classes (none comes near) keeps the first ones, and its
        // entries with the others are never found.
        let classes: std::collections::BTreeMap<char, u16> =
            chars.iter().zip(1..LEAF).map(|(&c, k)| (c, k)).collect();
        let mut exact = [0u16; 128];
        let mut other = Vec::new();
        for (&c, &k) in &classes {
            match exact.get_mut(c as usize) {
                Some(slot) => *slot = k,
                None => other.push((c, k)),
            }
        }
        let space = classes.get(&' ').copied().unwrap_or(0);
        let mut input = [0u16; 128];
        for (b, slot) in (0u8..).zip(input.iter_mut()) {
            let c = char::from(b);
            *slot = if c.is_whitespace() {
                space
            } else {
                exact
                    .get(usize::from(b.to_ascii_lowercase()))
                    .copied()
                    .unwrap_or(0)
            };
        }
        let class_of = |c: char| match exact.get(c as usize) {
            Some(&k) => k,
            None => other.iter().find(|e| e.0 == c).map_or(0, |e| e.1),
        };
        let mut latin = [0u16; 64];
        for (c, slot) in ('\u{c0}'..='\u{ff}').zip(latin.iter_mut()) {
            *slot = class_of(fold_first(c));
        }
        let width = classes.len() + 1;
        let mut rows = vec![0u32; width];
        let mut nodes = Vec::with_capacity(maps.len());
        for (m, term) in &maps {
            let edge = |(c, n): (&char, &usize)| {
                (
                    classes.get(c).copied().unwrap_or(LEAF),
                    u32::try_from(*n).unwrap_or(0),
                )
            };
            let (class, to) = match m.len() {
                0 => (LEAF, 0),
                1 => m.iter().next().map_or((LEAF, 0), edge),
                _ => {
                    let row = rows.len() / width;
                    rows.resize(rows.len() + width, 0);
                    for (class, child) in m.iter().map(edge) {
                        let slot = (usize::from(class) < width)
                            .then(|| rows.get_mut(row * width + usize::from(class)))
                            .flatten();
                        if let Some(slot) = slot {
                            *slot = child;
                        }
                    }
                    (BRANCH, u32::try_from(row).unwrap_or(0))
                }
            };
            nodes.push(TrieNode {
                class,
                to,
                entry: *term,
            });
        }
        Trie {
            input,
            exact,
            other,
            latin,
            space,
            width,
            nodes,
            rows,
        }
    }

    /// The class of a folded character that is not white space (0: none).
    #[inline]
    fn class_of(&self, c: char) -> u16 {
        match self.exact.get(c as usize) {
            Some(&k) => k,
            None => self.other.iter().find(|e| e.0 == c).map_or(0, |e| e.1),
        }
    }

    /// One step of the walk from `node` at byte `i` of `s`: the next node
    /// and the byte after the character (or run of white space) read;
    /// `None` at the end of `s` or when no entry goes on with it.
    #[inline(always)]
    fn step(&self, s: &str, i: usize, node: &TrieNode<K>) -> Option<(&TrieNode<K>, usize)> {
        let b = s.as_bytes();
        let &byte = b.get(i)?;
        let (class, mut j) = match self.input.get(usize::from(byte)) {
            Some(&k) => (k, i + 1),
            // U+00C0..=U+00FF: its class from the table (the same as
            // decoded below: none is white space or U+2010).
            None if byte == 0xC3 => match b.get(i + 1) {
                Some(&c) if (0x80..0xC0).contains(&c) => {
                    (*self.latin.get(usize::from(c - 0x80))?, i + 2)
                }
                _ => return None,
            },
            None => {
                let c = s.get(i..)?.chars().next()?;
                if c.is_whitespace() {
                    (self.space, i)
                } else if c == '\u{2010}' {
                    (self.class_of('-'), i + c.len_utf8())
                } else {
                    (self.class_of(fold_first(c)), i + c.len_utf8())
                }
            }
        };
        if class == 0 {
            return None;
        }
        if class == self.space {
            // The whole run of white space.
            j = skip_white_space(s, j);
        }
        let next = if node.class == class {
            node.to
        } else if node.class == BRANCH {
            let row = node.to as usize * self.width + usize::from(class);
            *self.rows.get(row)?
        } else {
            return None;
        };
        if next == 0 {
            return None;
        }
        Some((self.nodes.get(next as usize)?, j))
    }

    /// Calls `f(n, entry, kind)` for every entry that [`match_ci_prefix`]
    /// finds at the start of `s`, shortest first (`n` is the bytes of `s`
    /// it consumes).
    #[inline]
    pub(crate) fn walk(&self, s: &str, mut f: impl FnMut(usize, &'static str, K)) {
        let Some(mut node) = self.nodes.first() else {
            return;
        };
        let mut i = 0;
        while let Some((m, j)) = self.step(s, i, node) {
            node = m;
            i = j;
            if let Some((h, k)) = node.entry {
                f(i, h, k);
            }
        }
    }

    /// Whether the walk along `s` can find an entry, judged by its first
    /// two steps (characters, a run of white space counting as one):
    /// `false` means that it finds none on `s` or on any text starting
    /// with `s`; `true` is only a maybe.
    #[inline]
    pub(crate) fn may_start(&self, s: &str) -> bool {
        let Some(root) = self.nodes.first() else {
            return false;
        };
        match self.step(s, 0, root) {
            None => s.is_empty(),
            Some((node, i)) => {
                i >= s.len() || node.entry.is_some() || self.step(s, i, node).is_some()
            }
        }
    }
}

/// `Span::new(0, s.len()).trim(s)`, inlined: the span of `s` without its
/// surrounding white space.
#[inline]
pub(crate) fn trim_span(s: &str) -> Span {
    let t = crate::rows::trim(s);
    let start = t.as_ptr() as usize - s.as_ptr() as usize;
    Span::new(start, start + t.len())
}

/// [`BYTE_CLASS`]: a byte of a letter, mark or digit (or a later byte of
/// a character).
pub(crate) const LETTER: u8 = 0;
/// [`BYTE_CLASS`]: ASCII white space.
pub(crate) const SPACE: u8 = 1;
/// [`BYTE_CLASS`]: a lead byte that can begin non-ASCII white space (C2
/// E1 E2 E3).
pub(crate) const MAYBE_SPACE: u8 = 2;

/// What each byte can be, for the word scans ([`words`], [`columns`], the segmenter's).
// Built at compile time: an index out of range would fail the build, not
// a parse.
#[allow(clippy::indexing_slicing)]
pub(crate) static BYTE_CLASS: [u8; 256] = {
    let mut t = [LETTER; 256];
    let mut b = 0;
    while b < 256 {
        t[b] = match b as u8 {
            b'\t'..=b'\r' | b' ' => SPACE,
            0xC2 | 0xE1 | 0xE2 | 0xE3 => MAYBE_SPACE,
            _ => LETTER,
        };
        b += 1;
    }
    t
};

/// Words of `s` with their byte offsets.
/// The same words as [`str::split_whitespace`], scanned on bytes (ASCII
/// bytes are tested without decoding).
pub(crate) fn words(s: &str) -> impl Iterator<Item = (usize, &str)> {
    let b = s.as_bytes();
    // Whether a white-space character starts at `i`, and its length.
    let ws_at = move |i: usize| -> Option<(bool, usize)> {
        let &c = b.get(i)?;
        match BYTE_CLASS.get(usize::from(c)) {
            Some(&SPACE) => return Some((true, 1)),
            Some(&LETTER) if c.is_ascii() => return Some((false, 1)),
            // U+00C0..U+00FF (the Swedish letters): none is white space.
            _ if c == 0xC3 => return Some((false, 2)),
            _ => {}
        }
        let ch = s.get(i..)?.chars().next()?;
        Some((ch.is_whitespace(), ch.len_utf8()))
    };
    let mut i = 0;
    core::iter::from_fn(move || {
        while let Some((true, n)) = ws_at(i) {
            i += n;
        }
        let start = i;
        while let Some((false, n)) = ws_at(i) {
            i += n;
        }
        (i > start)
            .then(|| s.get(start..i).map(|w| (start, w)))
            .flatten()
    })
}

/// `s.find(char::is_whitespace).unwrap_or(s.len())` on bytes: the end of
/// the word starting `s`; only a lead byte that can begin non-ASCII white
/// space is decoded.
#[inline]
fn word_end(s: &str) -> usize {
    let b = s.as_bytes();
    let mut i = 0;
    while let Some(&c) = b.get(i) {
        match BYTE_CLASS.get(usize::from(c)) {
            Some(&SPACE) => return i,
            Some(&MAYBE_SPACE) => match s.get(i..).and_then(|r| r.chars().next()) {
                Some(ch) if ch.is_whitespace() => return i,
                Some(ch) => i += ch.len_utf8(),
                None => return s.len(),
            },
            _ => i += 1,
        }
    }
    s.len()
}

/// Longest line considered for a heading or label (bytes).
const MAX_HEADING_LEN: usize = 120;

/// Recognizes a section heading that fills a line: a vocabulary heading
/// (`Ärendet`, `BESLUTSUNDERLAG`, `Beslutet skickas till:`), an organ form
/// (`Socialnämndens beslut`, `Kommunstyrelsens förslag till
/// kommunfullmäktige`, `Förvaltningens bedömning`), a qualified
/// `Reservation (M)` / `Protokollsanteckning från V`, or a vocabulary
/// heading followed by a colon and its body (`Beslutsunderlag: Tjänsteskrivelse …`).
///
/// Lines that are sentences are not headings: `Beslut` heads a section,
/// `Beslut fattades i enighet.` does not.
///
/// # Example
///
/// ```
/// use kommuntext::{section_heading, SectionKind};
/// assert_eq!(section_heading("BESLUTSUNDERLAG").map(|h| h.kind), Some(SectionKind::DecisionBasis));
/// assert_eq!(section_heading("Expedieras till:").map(|h| h.kind), Some(SectionKind::Distribution));
/// assert_eq!(section_heading("Kommunfullmäktiges beslut").map(|h| h.kind), Some(SectionKind::Decision));
/// assert!(section_heading("Beslut fattades i enighet.").is_none());
/// ```
#[doc(alias = "rubrik")]
pub fn section_heading(line: &str) -> Option<SectionHeading> {
    section_heading_in(line, trim_span(line))
}

/// [`section_heading`] of `line` whose trimmed span `t` is known
/// (`trim_span(line)`).
pub(crate) fn section_heading_in(line: &str, t: Span) -> Option<SectionHeading> {
    if t.is_empty() || t.len() > MAX_HEADING_LEN {
        return None;
    }
    let s = t.get(line)?;
    let first = s.chars().next()?;
    if !first.is_uppercase() {
        return None;
    }
    // Whole line, trailing colon allowed.
    let core_len = s.strip_suffix(':').map_or(s.len(), |c| c.trim_end().len());
    let core = s.get(..core_len)?;
    let heading = Span::new(t.start, t.start + core_len);
    let colon_form = core_len < s.len();
    // "Omröstning 1", "Reservation 2": a heading numbered within its §.
    let numbered = || {
        let base = core.trim_end_matches(|c: char| c.is_ascii_digit());
        (base.len() < core.len() && base.ends_with(' '))
            .then(|| match_heading(base.trim_end()))
            .flatten()
    };
    let whole = match_heading(core)
        .or_else(numbered)
        .or_else(|| colon_form.then(|| colon_heading(core)).flatten());
    if let Some((kind, organ)) = whole {
        return Some(SectionHeading {
            kind,
            heading,
            organ: organ.map(|o| o.offset(t.start)),
            rest: None,
            confidence: Confidence::High,
        });
    }
    // `Heading: body` on one line.
    let colon = heading_colon(s)?;
    let head = s.get(..colon)?.trim_end();
    let after = s.get(colon + 1..)?;
    let rest_off = colon + 1 + (after.len() - after.trim_start().len());
    if after.trim().is_empty() {
        return None;
    }
    let (kind, organ) = match_heading(head).or_else(|| colon_heading(head))?;
    Some(SectionHeading {
        kind,
        heading: Span::new(t.start, t.start + head.len()),
        organ: organ.map(|o| o.offset(t.start)),
        rest: Some(Span::new(t.start + rest_off, t.end)),
        confidence: Confidence::High,
    })
}

/// The colon of a `Heading: body` line: its first colon, when that is at
/// byte 70 or before (`s.find(':').filter(|&c| c <= 70)`), looked for in
/// the first 71 bytes only (a colon is one byte).
#[inline]
fn heading_colon(s: &str) -> Option<usize> {
    memchr::memchr(b':', s.as_bytes().get(..s.len().min(71)).unwrap_or(&[]))
}

/// Matches a heading phrase (no colon); the organ span is relative to `s`.
/// [`SECTION_HEADINGS`] by first character.
static SECTION_TRIE: Lazy<Trie<SectionKind>> = Lazy::new(|| Trie::new(SECTION_HEADINGS));

fn match_heading(s: &str) -> Option<(SectionKind, Option<Span>)> {
    // (The marks are ASCII: the last byte settles `ends_with`.)
    if s.len() > 90
        || s.as_bytes()
            .last()
            .is_some_and(|b| matches!(b, b'.' | b',' | b';' | b'!' | b'?'))
    {
        return None;
    }
    if s.is_empty() {
        return None;
    }
    // The whole line is a vocabulary heading. (A line ending in an ASCII
    // byte that is not white space has none to trim.)
    let t = match s.as_bytes().last() {
        Some(&b) if b.is_ascii() && !matches!(b, b'\t'..=b'\r' | b' ') => s,
        _ => s.trim_end(),
    };
    let mut whole = None;
    if may_be_whole_heading(t) {
        SECTION_TRIE.walk(t, |n, _, k| {
            if n == t.len() {
                whole = Some(k);
            }
        });
    }
    if let Some(k) = whole {
        return Some((k, None));
    }
    // What follows can only succeed with a qualified first word or a
    // genitive organ word; most lines have neither and stop here without
    // being split into words.
    // The words below start with `r`, `p` or `j`: an ASCII first byte of
    // another letter settles it (as `lower_eq` would, five times), without
    // finding the first word.
    // A first character outside ASCII that is not white space lower-cases
    // to no ASCII `r`, `p` or `j` either (only the Kelvin sign and `İ`
    // lower-case into ASCII), so it settles it too.
    let other_first = s.as_bytes().first().is_some_and(|&b| {
        if b.is_ascii() {
            !char::from(b).is_whitespace() && !matches!(b.to_ascii_lowercase(), b'r' | b'p' | b'j')
        } else {
            s.chars().next().is_some_and(|c| !c.is_whitespace())
        }
    });
    let qualified_first = !other_first
        && words(s).next().is_some_and(|(_, w0)| {
            [
                "reservation",
                "reservationer",
                "protokollsanteckning",
                "protokollsanteckningar",
                "jäv",
            ]
            .iter()
            .any(|p| lower_eq(w0, p))
        });
    // The organ forms: the line's end first (one byte), then the scan.
    let organ_form = || may_end_organ_heading(s) && has_genitive_organ_word(s);
    if !qualified_first && !organ_form() {
        return None;
    }
    // The first words with their offsets, in one scan: more than 8 words
    // is never a heading (no vocabulary heading has more than 7, so
    // matching the vocabulary first gives the same answers).
    let mut buf = [(0usize, ""); 9];
    let mut nw = 0;
    for (slot, w) in buf.iter_mut().zip(words(s)) {
        *slot = w;
        nw += 1;
    }
    if nw > 8 {
        return None;
    }
    let ws = buf.get(..nw).unwrap_or(&[]);
    // Qualified reservation / note / jäv: `Reservation (M)`, `Protokollsanteckning från V`.
    if let Some((_, w0)) = ws.first() {
        let kind = if lower_eq(w0, "reservation") || lower_eq(w0, "reservationer") {
            Some(SectionKind::Reservation)
        } else if lower_eq(w0, "protokollsanteckning") || lower_eq(w0, "protokollsanteckningar") {
            Some(SectionKind::ProtocolNote)
        } else if lower_eq(w0, "jäv") {
            Some(SectionKind::Disqualification)
        } else {
            None
        };
        if let (Some(kind), Some((_, w1))) = (kind, ws.get(1)) {
            if w1.starts_with('(') || ["från", "av", "mot"].iter().any(|p| lower_eq(w1, p)) {
                return Some((kind, None));
            }
        }
    }
    // `<Organ>s <tail>`: find the genitive organ word, then the tail.
    for (i, (off, w)) in ws.iter().enumerate() {
        if !w.ends_with(['s', 'S']) {
            continue;
        }
        // The word ends in an ASCII `s`/`S`: its lower case without the
        // final `s` is the lower case of the stem.
        let Some(stem) = w.get(..w.len() - 1) else {
            continue;
        };
        let organish = genitive_stem(stem);
        if !organish {
            continue;
        }
        let tail_start = ws.get(i + 1).map(|(o, _)| *o)?;
        let kind = with_normalized(s.get(tail_start..)?, |tail| {
            ORGAN_HEADING_TAILS
                .iter()
                .find(|(t, _)| *t == tail)
                .map(|(_, k)| *k)
                .or_else(|| {
                    // `… förslag till <organ>` (kommunfullmäktige, kommunstyrelsen)
                    let to = tail.strip_prefix("förslag till ")?;
                    is_organ_word(to.split(' ').next_back()?).then_some(SectionKind::Proposal)
                })
        })?;
        let first_off = ws.first().map(|(o, _)| *o)?;
        let starts_upper = s.chars().next().is_some_and(char::is_uppercase);
        if !starts_upper || i > 5 {
            return None;
        }
        let organ = Span::new(first_off, off + w.len() - 1);
        return Some((kind, Some(organ)));
    }
    None
}

/// The (first, last) characters of the [`SECTION_HEADINGS`] with both in
/// ASCII, as the trie walk reads a line's ASCII byte (lower case, white
/// space as a space): bit `l` of row `f`.
static SECTION_ENDS: Lazy<[u128; 128]> = Lazy::new(|| {
    let mut t = [0u128; 128];
    for (h, _) in SECTION_HEADINGS {
        let (Some(f), Some(l)) = (h.chars().next(), h.chars().next_back()) else {
            continue;
        };
        if let (Some(row), true) = (t.get_mut(f as usize), l.is_ascii()) {
            *row |= 1 << (l as u32);
        }
    }
    t
});

/// Whether the trie walk can find a whole [`SECTION_HEADINGS`] entry in `t`
/// (trimmed at its end): `false` only when it cannot. The walk consumes
/// the first and last characters of `t` with the first and last characters
/// of the entry; an ASCII byte there reads as its lower case (a space when
/// it is white space), so an entry whose first and last characters are not
/// that pair is never found. A character outside ASCII at either end is a
/// maybe.
#[inline]
fn may_be_whole_heading(t: &str) -> bool {
    let b = t.as_bytes();
    let (Some(&f), Some(&l)) = (b.first(), b.last()) else {
        return false;
    };
    if !f.is_ascii() || !l.is_ascii() {
        return true;
    }
    let key = |x: u8| {
        if char::from(x).is_whitespace() {
            b' '
        } else {
            x.to_ascii_lowercase()
        }
    };
    SECTION_ENDS
        .get(usize::from(key(f)))
        .is_some_and(|row| row >> key(l) & 1 == 1)
}

/// The starts of the matches of `needle` in `hay`, leftmost first and not
/// overlapping: what `hay.match_indices(needle)` finds (for an empty
/// `needle` every character boundary, the end included), without building
/// a two-way searcher per call: a `memchr` for the needle's first byte and
/// a compare at each hit, which is cheaper on the short texts (a name, the
/// words after it) it runs on.
pub(crate) fn match_starts<'a>(hay: &'a str, needle: &'a str) -> impl Iterator<Item = usize> + 'a {
    let h = hay.as_bytes();
    let n = needle.as_bytes();
    let mut at = 0;
    std::iter::from_fn(move || {
        let Some((&first, _)) = n.split_first() else {
            if at > h.len() {
                return None;
            }
            let i = at;
            at += hay
                .get(i..)
                .and_then(|r| r.chars().next())
                .map_or(1, char::len_utf8);
            return Some(i);
        };
        loop {
            let i = at + memchr::memchr(first, h.get(at..)?)?;
            if h.get(i..).is_some_and(|t| t.starts_with(n)) {
                at = i + n.len();
                return Some(i);
            }
            at = i + 1;
        }
    })
}

/// Whether the stem of a word ending in `s` (`Socialnämnden` of
/// `Socialnämndens`) is an organ in the genitive.
fn genitive_stem(stem: &str) -> bool {
    // Every organ suffix and stem word ends in `n`, `e`, `t`, `a` or `g`,
    // which only those ASCII letters lower-case to.
    if !stem
        .as_bytes()
        .last()
        .is_some_and(|b| matches!(b.to_ascii_lowercase(), b'n' | b'e' | b't' | b'a' | b'g'))
    {
        return false;
    }
    ends_like_organ(stem)
        || ["förvaltning", "kommun", "region"]
            .iter()
            .any(|x| lower_eq(stem, x))
}

/// The ASCII bytes that end a word of [`ORGAN_HEADING_TAILS`] or an
/// organ suffix ([`ORGAN_SUFFIXES`]), by lower-case byte.
static ORGAN_HEADING_LAST: Lazy<[bool; 128]> = Lazy::new(|| {
    let mut t = [false; 128];
    let words = ORGAN_HEADING_TAILS.iter().map(|e| e.0);
    for w in words.chain(ORGAN_SUFFIXES.iter().copied()) {
        if let Some(slot) = w.as_bytes().last().and_then(|&b| t.get_mut(usize::from(b))) {
            *slot = true;
        }
    }
    t
});

/// Whether `s` can end an organ heading of [`match_heading`] (`…s beslut`,
/// `…s förslag till kommunfullmäktige`), judged by its last byte: the
/// [`normalize`]d tail ends a word of [`ORGAN_HEADING_TAILS`] or an organ
/// word (which [`is_organ_word`] reads without trailing `:,.`), and an ASCII
/// character ending it stays the same in lower case. A last character
/// outside ASCII (which `normalize` may drop or change) or one of `:,.` is
/// a maybe. Most lines end otherwise and are settled here, before the scan
/// for a genitive organ word.
///
/// A last word of ASCII bytes only (after ASCII white space or at the
/// start) is the tail's last word as [`normalize`] writes it, in lower
/// case: it must then be the last word of an ASCII tail (`beslut`,
/// `beredning`, `yttrande`, `synpunkter`; the others hold `ö` or `ä`) or
/// an organ word (`… förslag till kommunstyrelsen`). Most lines end in
/// another word and are settled without the scan.
fn may_end_organ_heading(s: &str) -> bool {
    let t = crate::rows::trim(s);
    let t = t.strip_suffix(':').unwrap_or(t).trim_end();
    let b = t.as_bytes();
    match b.last() {
        Some(&x) if x.is_ascii() && !matches!(x, b':' | b',' | b'.') => {
            if !ORGAN_HEADING_LAST
                .get(usize::from(x.to_ascii_lowercase()))
                .copied()
                .unwrap_or(true)
            {
                return false;
            }
            let stop = b
                .iter()
                .rposition(|&c| !c.is_ascii() || matches!(c, b'\t'..=b'\r' | b' '));
            if stop.is_some_and(|k| b.get(k).is_some_and(|c| !c.is_ascii())) {
                return true;
            }
            let w = t.get(stop.map_or(0, |k| k + 1)..).unwrap_or("");
            ["beslut", "beredning", "yttrande", "synpunkter"]
                .iter()
                .any(|e| w.eq_ignore_ascii_case(e))
                || ends_like_organ(w)
        }
        _ => true,
    }
}

/// Whether some word of `s` ends in `s`/`S` after a [`genitive_stem`]:
/// a byte scan for an `s` before white space or the end, then the word
/// back to its start.
fn has_genitive_organ_word(s: &str) -> bool {
    let b = s.as_bytes();
    for i in memchr::memchr2_iter(b's', b'S', b) {
        // Every stem ends in one of these ASCII letters (see
        // `genitive_stem`): the byte before the `s` settles most words.
        if !i
            .checked_sub(1)
            .and_then(|p| b.get(p))
            .is_some_and(|x| matches!(x.to_ascii_lowercase(), b'n' | b'e' | b't' | b'a' | b'g'))
        {
            continue;
        }
        let at_end = match b.get(i + 1) {
            None => true,
            Some(&n) if n.is_ascii() => char::from(n).is_whitespace(),
            Some(_) => s
                .get(i + 1..)
                .and_then(|r| r.chars().next())
                .is_some_and(char::is_whitespace),
        };
        if !at_end {
            continue;
        }
        let Some(before) = s.get(..i) else { continue };
        let start = before
            .char_indices()
            .rev()
            .find(|&(_, ch)| ch.is_whitespace())
            .map_or(0, |(j, ch)| j + ch.len_utf8());
        if before.get(start..).is_some_and(genitive_stem) {
            return true;
        }
    }
    false
}

/// Finds vocabulary section headings inside a line of flattened text, where
/// headings are inline words: `Val av justerare Kommunfullmäktiges beslut
/// Kommunfullmäktige utser …`, `… protokollet. Reservation Ledamöterna …`.
///
/// A heading counts when it starts with a capital letter at a word start and
/// is followed by the end of the line or by a word starting with a capital
/// letter (the body's first sentence; `Ärende 3` is not a heading). Organ forms are found for
/// a one-word organ (`Kommunfullmäktiges beslut`, `Socialnämndens förslag
/// till beslut`). Spans are relative to `line`; matches do not overlap.
///
/// # Time complexity
///
/// Linear in the line: at each word start, a bounded number of prefix
/// comparisons against the vocabulary.
///
/// # Example
///
/// ```
/// use kommuntext::{inline_headings, SectionKind};
/// let line = "22 Allmänhetens frågestund Kommunfullmäktiges beslut Frågestunden förklaras öppnad. \
///             Jäv Ledamöter i kommunstyrelsen deltar inte.";
/// let found: Vec<(SectionKind, &str)> = inline_headings(line).map(|h| (h.kind, &line[h.heading])).collect();
/// assert_eq!(found, [
///     (SectionKind::Decision, "Kommunfullmäktiges beslut"),
///     (SectionKind::Disqualification, "Jäv"),
/// ]);
/// ```
pub fn inline_headings(line: &str) -> impl Iterator<Item = SectionHeading> + '_ {
    let mut pos = 0usize;
    core::iter::from_fn(move || {
        while pos < line.len() {
            let rest = line.get(pos..)?;
            // next word start
            let skip = rest.len() - rest.trim_start().len();
            let start = pos + skip;
            let word_rest = line.get(start..)?;
            let first = word_rest.chars().next()?;
            let word_len = word_rest
                .find(char::is_whitespace)
                .unwrap_or(word_rest.len());
            if first.is_uppercase() {
                if let Some(h) = inline_at(line, start, false) {
                    pos = h.heading.end;
                    return Some(h);
                }
            }
            pos = start + word_len.max(first.len_utf8());
        }
        None
    })
}

/// An inline section heading starting at byte `start` of `line` (a word
/// start), as [`inline_headings`] finds them; with `other`, also the
/// vocabulary headings of kind `övrigt` of more than one word (`Skäl för
/// beslutet`, `Hur man överklagar`). Spans are relative to `line`.
pub(crate) fn inline_heading_at(line: &str, start: usize, other: bool) -> Option<SectionHeading> {
    inline_at(line, start, other)
}

/// Tries an inline heading starting at byte `start` of `line`.
fn inline_at(line: &str, start: usize, other: bool) -> Option<SectionHeading> {
    let rest = line.get(start..)?;
    let boundary_ok = |end: usize| -> bool {
        match line.get(end..) {
            Some("") => true,
            Some(after) => {
                let t = after.trim_start_matches(':');
                let trimmed = t.trim_start();
                trimmed.len() < t.len() && trimmed.chars().next().map_or(true, char::is_uppercase)
            }
            None => false,
        }
    };
    let mut best: Option<(usize, SectionKind)> = None;
    rest.chars().next()?;
    // Entries come shortest first: a later one is longer.
    SECTION_TRIE.walk(rest, |n, h, kind| {
        if kind == SectionKind::Other && !(other && h.contains(' ')) {
            return;
        }
        if boundary_ok(start + n) {
            best = Some((n, kind));
        }
    });
    let mut organ = None;
    // `<Organ>s <tail>`: a one-word organ, or one whose name begins with
    // suspended compounds (`Miljö- och byggnadsnämndens beslut`).
    let mut word_len = word_end(rest);
    // The organ forms need a first word that ends in `s` (the genitive) or
    // in a hyphen (a suspended compound); most words are settled here,
    // before the words after them are read. (White space first leaves the
    // first word to `words`.)
    let may_organ = word_len == 0
        || rest
            .get(..word_len)
            .is_some_and(|w| w.ends_with(['s', 'S', '-', '\u{2010}']));
    if !may_organ {
        let (n, kind) = best?;
        return Some(SectionHeading {
            kind,
            heading: Span::new(start, start + n),
            organ: None,
            rest: None,
            confidence: Confidence::High,
        });
    }
    for (n, (off, w)) in words(rest).take(5).enumerate() {
        let organish = w
            .strip_suffix(['s', 'S'])
            .is_some_and(|stem| genitive_stem(stem) && ends_like_organ(stem));
        if organish {
            word_len = off + w.len();
            break;
        }
        let compound =
            w.ends_with(['-', '\u{2010}']) || (n > 0 && (w == "och" || w.ends_with(',')));
        if !compound {
            break;
        }
    }
    let word = rest.get(..word_len)?;
    // A genitive ends in `s`; its stem (lower case) ends like an organ.
    if word.strip_suffix(['s', 'S']).is_some_and(ends_like_organ) {
        {
            let after_word = rest.get(word_len..)?;
            let gap = after_word.len() - after_word.trim_start().len();
            let tail_start = word_len + gap;
            let tail = rest.get(tail_start..)?;
            let tails = ORGAN_HEADING_TAILS.iter().map(|(t, _)| *t).chain([
                "förslag till kommunfullmäktige",
                "förslag till kommunstyrelsen",
                "förslag till regionfullmäktige",
            ]);
            for t in tails {
                if let Some(n) = match_ci_prefix(tail, t) {
                    let total = tail_start + n;
                    let kind = ORGAN_HEADING_TAILS
                        .iter()
                        .find(|(x, _)| *x == t)
                        .map_or(SectionKind::Proposal, |(_, k)| *k);
                    if gap > 0
                        && boundary_ok(start + total)
                        && best.map_or(true, |(b, _)| total > b)
                    {
                        best = Some((total, kind));
                        organ = Some(Span::new(start, start + word_len - 1));
                    }
                }
            }
        }
    }
    let (n, kind) = best?;
    Some(SectionHeading {
        kind,
        heading: Span::new(start, start + n),
        organ: if organ.is_some_and(|o| o.end < start + n) {
            organ
        } else {
            None
        },
        rest: None,
        confidence: Confidence::High,
    })
}

/// A front-page, notice-block or tjänsteskrivelse header field label.
///
/// # Example
///
/// ```
/// use kommuntext::{label, LabelKind};
/// assert_eq!(label("Utses att justera").map(|l| l.kind), Some(LabelKind::Adjusters));
/// assert_eq!(label("Diariernr: 2021.231 VON").map(|l| l.kind), Some(LabelKind::CaseNumber));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum LabelKind {
    /// `Plats och tid`, `Tid och plats`, `Dag och tid`.
    PlaceAndTime,
    /// `Plats`, `Lokal`.
    Place,
    /// `Tid`.
    Time,
    /// `Beslutande`, `Ledamöter`, `Närvarande ledamöter`.
    Members,
    /// `Tjänstgörande ersättare`, `Tjg ers`, `Tjg suppl`.
    ServingSubstitutes,
    /// `Ersättare`, `Ej tjänstgörande ersättare`, `Närvarande ersättare`.
    Substitutes,
    /// `Övriga närvarande`, `Övriga deltagande`, `Övriga`.
    OthersPresent,
    /// `Utses att justera`, `Justerare`, `Protokolljusterare`.
    Adjusters,
    /// `Justeringens plats och tid`, `Justeringsdag`.
    AdjustmentPlaceAndTime,
    /// `Underskrifter`, `Underskrift`.
    Signatures,
    /// `Sekreterare`.
    Secretary,
    /// `Ordförande`.
    Chair,
    /// `Justerande`.
    Adjuster,
    /// `Paragrafer`, `Justerade paragrafer`, `Omfattning`.
    Paragraphs,
    /// `ANSLAG/BEVIS`, `BEVIS OM ANSLAG`, `Anslagsbevis`.
    Notice,
    /// `Organ`, `Instans`, `Nämnd/Styrelse`.
    Organ,
    /// `Sammanträdesdatum`, `Sammanträdesdag`.
    MeetingDate,
    /// `Datum för anslags uppsättande`, `Anslaget sätts upp`.
    NoticePosted,
    /// `Datum för anslags nedtagande`, `Anslaget tas ned`.
    NoticeRemoved,
    /// `Tid för anslag`.
    NoticePeriod,
    /// `Sista dag för överklagande`.
    AppealDeadline,
    /// `Förvaringsplats för protokollet`, `Protokollet förvaras hos`.
    Storage,
    /// `Utdragsbestyrkande` and its variants.
    Certification,
    /// `Datum` (a tjänsteskrivelse's date).
    Date,
    /// `Handläggare`, `Kontaktperson`.
    Officer,
    /// `Direktnr`, `Telefon`.
    Phone,
    /// `E-post`.
    Email,
    /// `Diarienummer`, `Dnr`, `Diarienr`, `Diariernr`, `Vår beteckning`.
    CaseNumber,
    /// `Mottagare`.
    Recipient,
    /// `Ärende` alone between a § heading and its title (the title field
    /// of a database export); recognized by the first pass from its
    /// position, not by [`label`].
    Subject,
}

/// Labels, lower case, spaces matching any white space run.
const LABELS: &[(&str, LabelKind)] = &[
    ("plats och tid", LabelKind::PlaceAndTime),
    // A docplayer transcript drops some words wherever it meets them
    // (`och` out of `Plats och tid`, `Barn- ungdomsnämnden`).
    ("plats tid", LabelKind::PlaceAndTime),
    ("tid och plats", LabelKind::PlaceAndTime),
    ("plats och sammanträdestid", LabelKind::PlaceAndTime),
    ("dag och tid", LabelKind::PlaceAndTime),
    ("datum och tid", LabelKind::PlaceAndTime),
    ("plats", LabelKind::Place),
    ("sammanträdesplats", LabelKind::Place),
    ("lokal", LabelKind::Place),
    ("tid", LabelKind::Time),
    ("sammanträdestid", LabelKind::Time),
    ("klockan", LabelKind::Time),
    ("beslutande", LabelKind::Members),
    // docplayer's transcripts drop `Beslut` wherever it stands, leaving
    // `ande Anna Ek (S) ordförande …` at a page's start.
    ("ande", LabelKind::Members),
    ("beslutande ledamöter", LabelKind::Members),
    ("ledamöter", LabelKind::Members),
    ("närvarande ledamöter", LabelKind::Members),
    ("tjänstgörande ledamöter", LabelKind::Members),
    ("närvarande", LabelKind::Members),
    ("tjänstgörande ersättare", LabelKind::ServingSubstitutes),
    ("tjänstgörande ers", LabelKind::ServingSubstitutes),
    ("tjg ers", LabelKind::ServingSubstitutes),
    ("tjg ersättare", LabelKind::ServingSubstitutes),
    ("tjg suppl", LabelKind::ServingSubstitutes),
    ("tjänstgörande suppleanter", LabelKind::ServingSubstitutes),
    ("ersättare", LabelKind::Substitutes),
    ("ej tjänstgörande ersättare", LabelKind::Substitutes),
    ("ersättare, ej tjänstgörande", LabelKind::Substitutes),
    ("inte tjänstgörande ersättare", LabelKind::Substitutes),
    ("ersättare inte tjänstgörande", LabelKind::Substitutes),
    ("ersättare ej tjänstgörande", LabelKind::Substitutes),
    ("ej beslutande", LabelKind::Substitutes),
    ("icke beslutande", LabelKind::Substitutes),
    ("ej tjänstgörande", LabelKind::Substitutes),
    ("ej tjg ers", LabelKind::Substitutes),
    ("ej tjg ersättare", LabelKind::Substitutes),
    ("närv ej tjg ers", LabelKind::Substitutes),
    (
        "närvarande ej tjänstgörande ersättare",
        LabelKind::Substitutes,
    ),
    ("icke tjänstgörande ersättare", LabelKind::Substitutes),
    ("närvarande ersättare", LabelKind::Substitutes),
    (
        "närvarande, ej tjänstgörande ersättare",
        LabelKind::Substitutes,
    ),
    (
        "närvarade, ej tjänstgörande ersättare",
        LabelKind::Substitutes,
    ),
    ("suppleanter", LabelKind::Substitutes),
    ("övriga närvarande", LabelKind::OthersPresent),
    ("övriga deltagande", LabelKind::OthersPresent),
    ("övriga deltagare", LabelKind::OthersPresent),
    ("övriga närvarande tjänstemän", LabelKind::OthersPresent),
    ("närvarande tjänstemän", LabelKind::OthersPresent),
    ("tjänstemän m fl", LabelKind::OthersPresent),
    ("tjänstemän m.fl.", LabelKind::OthersPresent),
    ("tjänstemän med flera", LabelKind::OthersPresent),
    ("närvarorätt", LabelKind::OthersPresent),
    ("övriga", LabelKind::OthersPresent),
    ("utses att justera", LabelKind::Adjusters),
    // (A transcript's `att` dropped.)
    ("utses justera", LabelKind::Adjusters),
    ("utsedda att justera", LabelKind::Adjusters),
    ("utsedd att justera", LabelKind::Adjusters),
    ("justerare", LabelKind::Adjusters),
    ("protokolljusterare", LabelKind::Adjusters),
    ("protokollsjusterare", LabelKind::Adjusters),
    ("justering", LabelKind::Adjusters),
    ("justeras", LabelKind::Adjusters),
    (
        "justeringens plats och tid",
        LabelKind::AdjustmentPlaceAndTime,
    ),
    (
        "justeringens tid och plats",
        LabelKind::AdjustmentPlaceAndTime,
    ),
    ("justeringens plats och", LabelKind::AdjustmentPlaceAndTime),
    ("justeringens tid", LabelKind::AdjustmentPlaceAndTime),
    ("justeringens plats", LabelKind::AdjustmentPlaceAndTime),
    ("justeringens plats, tid", LabelKind::AdjustmentPlaceAndTime),
    ("justeringens plats/tid", LabelKind::AdjustmentPlaceAndTime),
    ("justeringens tid/plats", LabelKind::AdjustmentPlaceAndTime),
    ("justeringens datum", LabelKind::AdjustmentPlaceAndTime),
    (
        "plats och tid för justering",
        LabelKind::AdjustmentPlaceAndTime,
    ),
    (
        "tid och plats för justering",
        LabelKind::AdjustmentPlaceAndTime,
    ),
    ("justeringsdag", LabelKind::AdjustmentPlaceAndTime),
    ("justeringsdatum", LabelKind::AdjustmentPlaceAndTime),
    ("underskrifter", LabelKind::Signatures),
    ("underskrift", LabelKind::Signatures),
    ("sekreterare", LabelKind::Secretary),
    ("protokollförare", LabelKind::Secretary),
    ("ordförande", LabelKind::Chair),
    ("justerande", LabelKind::Adjuster),
    ("paragrafer", LabelKind::Paragraphs),
    ("justerade paragrafer", LabelKind::Paragraphs),
    ("paragrafnummer", LabelKind::Paragraphs),
    ("omfattning", LabelKind::Paragraphs),
    ("anslag/bevis", LabelKind::Notice),
    ("anslag / bevis", LabelKind::Notice),
    ("bevis/anslag", LabelKind::Notice),
    ("bevis / anslag", LabelKind::Notice),
    ("bevis om anslag", LabelKind::Notice),
    ("anslagsbevis", LabelKind::Notice),
    ("bevis", LabelKind::Notice),
    ("anslag", LabelKind::Notice),
    ("organ", LabelKind::Organ),
    ("instans", LabelKind::Organ),
    ("beslutsinstans", LabelKind::Organ),
    ("nämnd/styrelse", LabelKind::Organ),
    ("styrelse/nämnd", LabelKind::Organ),
    ("organ och sammanträdesdatum", LabelKind::Organ),
    ("sammanträdesdatum", LabelKind::MeetingDate),
    ("sammanträdesdag", LabelKind::MeetingDate),
    ("sammantr datum", LabelKind::MeetingDate),
    ("sammanträdets datum", LabelKind::MeetingDate),
    ("datum för anslags uppsättande", LabelKind::NoticePosted),
    ("datum för anslagets uppsättande", LabelKind::NoticePosted),
    ("datum för anslags upprättande", LabelKind::NoticePosted),
    ("datum för anslagets upprättande", LabelKind::NoticePosted),
    ("datum då anslaget sätts upp", LabelKind::NoticePosted),
    ("datum när anslaget sätts upp", LabelKind::NoticePosted),
    ("anslaget sätts upp", LabelKind::NoticePosted),
    ("anslaget uppsatt", LabelKind::NoticePosted),
    ("datum för anslags nedtagande", LabelKind::NoticeRemoved),
    ("datum för anslagets nedtagande", LabelKind::NoticeRemoved),
    ("datum då anslaget tas ned", LabelKind::NoticeRemoved),
    ("datum då anslaget tas ner", LabelKind::NoticeRemoved),
    ("datum när anslaget tas ned", LabelKind::NoticeRemoved),
    ("datum när anslaget tas ner", LabelKind::NoticeRemoved),
    ("anslaget tas ned", LabelKind::NoticeRemoved),
    ("anslaget tas ner", LabelKind::NoticeRemoved),
    ("tid för anslag", LabelKind::NoticePeriod),
    ("sista dag för överklagande", LabelKind::AppealDeadline),
    ("sista dag för överklagan", LabelKind::AppealDeadline),
    ("förvaringsplats för protokollet", LabelKind::Storage),
    ("protokollets förvaringsplats", LabelKind::Storage),
    ("protokollet förvaras hos", LabelKind::Storage),
    ("protokollet förvaras", LabelKind::Storage),
    ("förvaringsplats", LabelKind::Storage),
    ("utdragsbestyrkande", LabelKind::Certification),
    ("utragsbestyrkande", LabelKind::Certification),
    ("utdragsbestyrkning", LabelKind::Certification),
    ("utdragsbestyrkan", LabelKind::Certification),
    ("utdraget bestyrkes", LabelKind::Certification),
    ("rätt utdraget intygar", LabelKind::Certification),
    ("rätt utdraget betygar", LabelKind::Certification),
    ("rätt utdraget betygas", LabelKind::Certification),
    ("rätt utdraget intygas", LabelKind::Certification),
    ("datum", LabelKind::Date),
    ("handläggare", LabelKind::Officer),
    ("ansvarig handläggare", LabelKind::Officer),
    ("kontaktperson", LabelKind::Officer),
    ("direktnr", LabelKind::Phone),
    ("direktnummer", LabelKind::Phone),
    ("telefon", LabelKind::Phone),
    ("tel", LabelKind::Phone),
    ("tfn", LabelKind::Phone),
    ("mobil", LabelKind::Phone),
    ("e-post", LabelKind::Email),
    ("epost", LabelKind::Email),
    ("e-mail", LabelKind::Email),
    ("diarienummer", LabelKind::CaseNumber),
    ("diarienr", LabelKind::CaseNumber),
    ("diariernr", LabelKind::CaseNumber),
    ("dnr", LabelKind::CaseNumber),
    ("dnr.", LabelKind::CaseNumber),
    ("vår beteckning", LabelKind::CaseNumber),
    ("vårt dnr", LabelKind::CaseNumber),
    ("ärendenummer", LabelKind::CaseNumber),
    ("mottagare", LabelKind::Recipient),
];

/// How a label meets its value.
///
/// # Example
///
/// ```
/// use kommuntext::{label, LabelLayout};
/// assert_eq!(label("Paragrafer12 – 22").map(|l| l.layout), Some(LabelLayout::Glued));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum LabelLayout {
    /// The label alone on its line; the value follows (or never comes).
    Alone,
    /// `Label: value` or `Label:` with nothing after.
    Colon,
    /// `Label   value`, separated by white space (a two-column form).
    Spaced,
    /// `Paragrafer12 – 22`: the value glued to the label.
    Glued,
}

/// A field label found at the start of a line.
///
/// Spans are relative to the `&str` given to [`label`].
///
/// # Example
///
/// ```
/// use kommuntext::{label, LabelKind};
/// let line = "Plats och tid   Stadshuset, kl 13.00–15.30";
/// let l = label(line).unwrap();
/// assert_eq!(l.kind, LabelKind::PlaceAndTime);
/// assert_eq!(&line[l.label], "Plats och tid");
/// assert_eq!(&line[l.value.unwrap()], "Stadshuset, kl 13.00–15.30");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Label {
    /// What field it is.
    pub kind: LabelKind,
    /// The label as written (without the colon).
    pub label: Span,
    /// The value on the same line, trimmed, if any.
    pub value: Option<Span>,
    /// How label and value meet.
    pub layout: LabelLayout,
}

/// The byte offset after the run of white space at `i` in `s` (`i` if
/// none); ASCII bytes are tested without decoding. `i` is a character
/// boundary, and so is the result.
#[inline]
fn skip_white_space(s: &str, mut i: usize) -> usize {
    let b = s.as_bytes();
    while let Some(&x) = b.get(i) {
        if x.is_ascii() {
            if !char::from(x).is_whitespace() {
                break;
            }
            i += 1;
        } else {
            match s.get(i..).and_then(|r| r.chars().next()) {
                Some(w) if w.is_whitespace() => i += w.len_utf8(),
                _ => break,
            }
        }
    }
    i
}

/// Case-insensitive prefix match of a lower-case pattern against `s`; a
/// space in the pattern matches any run of white space. Returns the bytes
/// of `s` consumed.
pub(crate) fn match_ci_prefix(s: &str, pat: &str) -> Option<usize> {
    // Byte position in `s`, always on a character boundary; ASCII bytes are
    // compared without decoding.
    let sb = s.as_bytes();
    let mut i = 0;
    for pc in pat.chars() {
        if pc == ' ' {
            let start = i;
            i = skip_white_space(s, i);
            if i == start {
                return None;
            }
            continue;
        }
        let &b = sb.get(i)?;
        let lc = if b.is_ascii() {
            i += 1;
            char::from(b).to_ascii_lowercase()
        } else {
            let c = s.get(i..)?.chars().next()?;
            i += c.len_utf8();
            if c == '\u{2010}' {
                '-'
            } else {
                fold_first(c)
            }
        };
        if lc != pc {
            return None;
        }
    }
    Some(i)
}

/// [`LABELS`] as a trie.
static LABEL_TRIE: Lazy<Trie<LabelKind>> = Lazy::new(|| Trie::new(LABELS));

/// Whether a label of the vocabulary can start a text that starts with `s`
/// (a word): `false` means that [`label`] finds none on any text starting
/// with `s` (without white space before it), judged by its first two
/// characters. The segmenter asks this of every capitalized word before it
/// reads the words after it.
#[inline]
pub(crate) fn may_start_label(s: &str) -> bool {
    LABEL_TRIE.may_start(s)
}

/// Labels whose value lists the people present.
pub(crate) fn lists_people_present(kind: LabelKind) -> bool {
    matches!(
        kind,
        LabelKind::Members
            | LabelKind::ServingSubstitutes
            | LabelKind::Substitutes
            | LabelKind::OthersPresent
    )
}

/// Whether an attendance label's value refers to a list kept elsewhere
/// (`Beslutande Enligt bilagd förteckning.`, `Övriga deltagande Se
/// deltagarlista på nästa sida.`): a value, though it ends like a sentence.
fn refers_to_a_list(kind: LabelKind, rest: &str) -> bool {
    lists_people_present(kind) && (rest.starts_with("Enligt ") || rest.starts_with("Se "))
}

/// The longest label of the vocabulary at the start of `s` (trimmed) that
/// ends at a word or value boundary, with its length in bytes.
#[inline]
fn label_prefix(s: &str) -> Option<(usize, LabelKind)> {
    let mut best: Option<(usize, LabelKind)> = None;
    LABEL_TRIE.walk(s, |n, _, kind| {
        // the match must end at a word boundary or a value boundary
        let next = s.get(n..).and_then(|r| r.chars().next());
        if !next.is_some_and(|c| c.is_lowercase() || c == '-' || c == '/') {
            // Entries come shortest first: a later one is longer.
            best = Some((n, kind));
        }
    });
    best.or_else(|| organ_list_label(s))
}

/// A list of those present headed by the body's name in the genitive
/// (`Direktionens ledamöter`, `Nämndens ersättare`, `Kommunstyrelsens
/// ledamöter:`): the members' or the substitutes' label.
fn organ_list_label(s: &str) -> Option<(usize, LabelKind)> {
    let b = s.as_bytes();
    // (Most lines end here, on bytes: a genitive of six letters or more
    // ends in `s`, and `ledamöter` or `ersättare` opens the next word.)
    let at = memchr::memchr(b' ', b.get(..40).unwrap_or(b))?;
    if at < 6
        || b.get(at - 1) != Some(&b's')
        || !matches!(
            b.get(at + 1..at + 4),
            Some(b"led" | b"Led" | b"LED" | b"ers" | b"Ers" | b"ERS")
        )
    {
        return None;
    }
    let (first, rest) = (s.get(..at)?, s.get(at + 1..)?);
    if !first.starts_with(char::is_uppercase) {
        return None;
    }
    let word = rest.split([' ', ':']).next()?;
    let kind = if lower_eq(word, "ledamöter") {
        LabelKind::Members
    } else if lower_eq(word, "ersättare") {
        LabelKind::Substitutes
    } else {
        return None;
    };
    let organ = first.strip_suffix('s')?;
    if !is_organ_name(organ) {
        return None;
    }
    let n = first.len() + 1 + word.len();
    let next = s.get(n..).and_then(|r| r.chars().next());
    (!next.is_some_and(|c| c.is_alphanumeric())).then_some((n, kind))
}

/// The field label opening `s` (white space before it skipped), with the
/// offset of the first byte after it, when a value follows after white
/// space or a colon: the label of a segment whose value runs on longer than
/// [`label`] reads (`Beslutande Leif Hansson (S) Jenny Ek (S) …` in a
/// flattened transcript).
pub(crate) fn leading_label(s: &str) -> Option<(LabelKind, usize)> {
    let lead = s.len() - s.trim_start().len();
    let t = s.get(lead..)?;
    if !t.chars().next().is_some_and(char::is_alphabetic) {
        return None;
    }
    let (n, kind) = label_prefix(t)?;
    let after = t.get(n..)?;
    let rest = after.trim_start_matches(|c: char| c == ':' || c.is_whitespace());
    (rest.len() < after.len()).then_some((kind, lead + n + (after.len() - rest.len())))
}

/// `Beslutande` cut to `ande` by a transcript site's text layer (`kl ande
/// Göran Persson (M) ordf …`, seen on many pages of one site) before the
/// names it labels: `ande`, then two capitalized words. (Not a word split
/// at a line-break hyphen, `tjänstgör-` / `ande ersättare`, which goes on
/// in lower case.)
pub(crate) fn truncated_members_label(s: &str) -> bool {
    let Some(rest) = s.strip_prefix("ande ") else {
        return false;
    };
    let mut words = rest.split_whitespace();
    let name = |w: Option<&str>| {
        w.is_some_and(|w| {
            let mut cs = w.chars();
            cs.next().is_some_and(char::is_uppercase) && cs.next().is_some_and(char::is_lowercase)
        })
    };
    name(words.next()) && name(words.next())
        // Or the members' own sub-label (`ande Ordinarie ledamöter: Lars
        // Ek (m), ordförande …`, `ande Ledamöter Anna Ek (S)`).
        || leading_label(rest).is_some_and(|(kind, _)| kind == LabelKind::Members)
        || match_ci_prefix(rest, "ordinarie ledamöter").is_some()
}

/// Whether a label is closed by a semicolon instead of a colon (`Plats och
/// tid; Stadshuset`, `Utses att justera; Eva Ek`, a template that writes
/// every field so): the semicolon, then a space, the end, or nothing else.
fn semicolon_label(after: &str) -> bool {
    after
        .strip_prefix(';')
        .is_some_and(|r| r.is_empty() || r.starts_with(char::is_whitespace))
}

/// Whether a place-and-time label is closed by a full stop instead of a
/// colon (`Plats och tid. Nicolairummet, stadshuset kl. 09:00`): the stop,
/// a space, then a capital or a digit. Only for the meeting's place and
/// time: after a role (`Sekreterare. Ulla Ek`) the stop is a signature
/// line's leader.
fn full_stop_label(kind: LabelKind, after: &str) -> bool {
    matches!(
        kind,
        LabelKind::PlaceAndTime | LabelKind::AdjustmentPlaceAndTime
    ) && after.strip_prefix(". ").is_some_and(|r| {
        r.trim_start()
            .starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
    })
}

/// Recognizes a field label at the start of a line: the label alone
/// (`Beslutande`), `Label: value` (`Diariernr: 2021.231 VON`), label and
/// value in two columns (`Sekreterare     Eva Ek`), or glued
/// (`Paragrafer12 – 22`).
///
/// A label followed by a single space and lower-case text, or a line that
/// ends like a sentence without a colon, is not a label: `Ordförande Anna
/// Berg (S) yrkar bifall.` is body text.
///
/// # Example
///
/// ```
/// use kommuntext::{label, LabelKind, LabelLayout};
/// let l = label("Justeringens plats och tid:").unwrap();
/// assert_eq!((l.kind, l.layout, l.value), (LabelKind::AdjustmentPlaceAndTime, LabelLayout::Colon, None));
/// assert!(label("Ersättare för Kalle väljs senare.").is_none());
/// // A full stop closes a place-and-time label like a colon.
/// let l = label("Plats och tid. Rådhuset kl. 09:00").unwrap();
/// assert_eq!((l.kind, l.layout), (LabelKind::PlaceAndTime, LabelLayout::Colon));
/// ```
#[doc(alias = "etikett")]
#[doc(alias = "fält")]
pub fn label(line: &str) -> Option<Label> {
    label_in(line, trim_span(line))
}

/// [`label`] of `line` whose trimmed span `t` is known
/// (`trim_span(line)`).
pub(crate) fn label_in(line: &str, t: Span) -> Option<Label> {
    let s = t.get(line)?;
    if s.is_empty() || !s.chars().next().is_some_and(char::is_alphabetic) {
        return None;
    }
    let (n, kind) = label_prefix(s)?;
    let label_span = Span::new(t.start, t.start + n);
    let after = s.get(n..)?;
    // A value made only of signature leaders (`Sekreterare ........`) is no
    // value; leaders after a value are not part of it.
    let value_of = |off: usize| -> Option<Span> {
        let v = Span::new(t.start + off, t.end).trim(line);
        let text = v.get(line)?;
        let kept =
            text.trim_end_matches(|c: char| matches!(c, '.' | '_' | '…') || c.is_whitespace());
        let dropped = text.len() - kept.len();
        let leaders = text
            .get(kept.len()..)
            .map_or(0, |d| d.chars().filter(|c| !c.is_whitespace()).count());
        let v = if leaders >= 3 {
            Span::new(v.start, v.end - dropped)
        } else {
            v
        };
        (!v.is_empty()).then_some(v)
    };
    let Some(c) = after.chars().next() else {
        return Some(Label {
            kind,
            label: label_span,
            value: None,
            layout: LabelLayout::Alone,
        });
    };
    if c == ':' || c == ';' && semicolon_label(after) || full_stop_label(kind, after) {
        return Some(Label {
            kind,
            label: label_span,
            value: value_of(n + 1),
            layout: LabelLayout::Colon,
        });
    }
    if c.is_whitespace() {
        let rest = after.trim_start();
        if let Some(r) = rest.strip_prefix(':') {
            let off = s.len() - r.len();
            return Some(Label {
                kind,
                label: label_span,
                value: value_of(off),
                layout: LabelLayout::Colon,
            });
        }
        let gap = after.len() - rest.len();
        let wide = gap >= 2 || after.starts_with('\t');
        let first = rest.chars().next()?;
        let leaders = rest.starts_with("...") || rest.starts_with("___") || rest.starts_with('…');
        let valueish = first.is_uppercase() || first.is_ascii_digit() || first == '(' || leaders;
        let sentence = s.ends_with(['.', '!', '?'])
            && !s.ends_with("..")
            && !wide
            && !refers_to_a_list(kind, rest);
        if (wide || valueish) && !sentence && s.len() <= 160 {
            return Some(Label {
                kind,
                label: label_span,
                value: value_of(n),
                layout: LabelLayout::Spaced,
            });
        }
        return None;
    }
    let mixed_case = label_span
        .get(line)
        .is_some_and(|l| l.chars().any(char::is_lowercase));
    if c.is_ascii_digit() || (c.is_uppercase() && mixed_case) {
        return Some(Label {
            kind,
            label: label_span,
            value: value_of(n),
            layout: LabelLayout::Glued,
        });
    }
    None
}

/// Splits a line into columns at runs of three or more white-space
/// characters (or a tab): the columns of a `-layout` form, one at a time
/// (no list is built). Spans are relative to `line`.
fn columns(line: &str) -> Columns<'_> {
    Columns {
        line,
        at: None,
        done: false,
    }
}

/// The iterator of [`columns`]: the bytes are read by [`BYTE_CLASS`], so
/// only a lead byte that can begin non-ASCII white space is decoded.
struct Columns<'s> {
    line: &'s str,
    /// Where the next column starts (a character that is not white space);
    /// `None` before the first.
    at: Option<usize>,
    done: bool,
}

impl Columns<'_> {
    /// Whether the character at byte `i` is white space, and its length
    /// (`None` at the end of the line).
    #[inline]
    fn space_at(&self, i: usize) -> Option<(bool, usize)> {
        let &x = self.line.as_bytes().get(i)?;
        match BYTE_CLASS.get(usize::from(x)) {
            Some(&SPACE) => Some((true, 1)),
            Some(&MAYBE_SPACE) => {
                let c = self.line.get(i..)?.chars().next()?;
                Some((c.is_whitespace(), c.len_utf8()))
            }
            // A letter, mark or digit, or a later byte of a character.
            _ => Some((false, 1)),
        }
    }
}

impl Iterator for Columns<'_> {
    type Item = Span;

    fn next(&mut self) -> Option<Span> {
        if self.done {
            return None;
        }
        let len = self.line.len();
        let start = match self.at {
            Some(a) => a,
            None => {
                // White space before the first column.
                let mut i = 0;
                loop {
                    match self.space_at(i) {
                        Some((true, n)) => i += n,
                        Some((false, _)) => break i,
                        None => {
                            self.done = true;
                            return None;
                        }
                    }
                }
            }
        };
        let mut i = start;
        loop {
            // Eight bytes at a time while they hold no column break (see
            // `inside_column`), then byte by byte.
            while inside_column(self.line.as_bytes(), i) {
                i += 8;
            }
            // The words and single or double spaces of the column.
            loop {
                match self.space_at(i) {
                    Some((false, n)) => i += n,
                    Some((true, _)) => break,
                    None => {
                        self.done = true;
                        return Some(Span::new(start, len));
                    }
                }
            }
            let ws_start = i;
            let mut run = 0;
            let mut tab = false;
            loop {
                match self.space_at(i) {
                    Some((true, n)) => {
                        run += 1;
                        tab |= self.line.as_bytes().get(i) == Some(&b'\t');
                        i += n;
                    }
                    Some((false, _)) => break,
                    None => {
                        self.done = true;
                        return Some(Span::new(start, ws_start));
                    }
                }
            }
            if run >= 3 || tab {
                self.at = Some(i);
                return Some(Span::new(start, ws_start));
            }
        }
    }
}

/// Whether the eight bytes at `i` can be passed over inside a column, as
/// [`Columns`] reads it byte by byte: none of them is a control byte (the
/// white space `\t` to `\r` among them) or a lead byte that can begin
/// white space outside ASCII (`C2`, `E0` to `E3`), no two of them are
/// spaces side by side, and the last is no space. A break is a run of
/// three white-space characters or a tab: its first two characters (or
/// its tab, or its first character outside ASCII) would be among them,
/// or its first space would be the last byte. Single spaces between words
/// are passed over as the byte loop passes them; a character cut at the
/// end is read on from its later bytes, which are no white space.
#[inline]
pub(crate) fn inside_column(b: &[u8], i: usize) -> bool {
    const LO: u64 = u64::MAX / 255;
    const HI: u64 = LO << 7;
    let Some(Ok(c)) = b.get(i..i + 8).map(<[u8; 8]>::try_from) else {
        return false;
    };
    let x = u64::from_le_bytes(c);
    // The bytes of `y` that are zero, as the high bit of each (exact).
    let zero = |y: u64| !(((y & !HI) + !HI) | y) & HI;
    let spaces = zero(x ^ (LO * u64::from(b' ')));
    // Some byte below 0x20 (a borrow may add a false hit, never hide one).
    let control = x.wrapping_sub(LO * 0x20) & !x & HI;
    let leads = zero(x ^ (LO * 0xC2)) | zero((x & (LO * 0xFC)) ^ (LO * 0xE0));
    control == 0 && leads == 0 && spaces & (spaces >> 8) == 0 && spaces >> 63 == 0
}

/// The number of [`columns`] of a line, counted up to 2.
pub(crate) fn columns_of(line: &str) -> usize {
    columns(line).take(2).count()
}

fn is_leaders(s: &str) -> bool {
    let n = s.chars().filter(|c| matches!(c, '.' | '_' | '…')).count();
    n >= 3
        && s.chars()
            .all(|c| matches!(c, '.' | '_' | '…') || c.is_whitespace())
}

/// All field labels of a line, for two-column `-layout` forms where one line
/// holds several label–value pairs (`Datum för anslags uppsättande
/// 2019-06-25      Datum för anslags nedtagande   2019-07-17`). The line
/// must start with a label; later columns that are labels start a new pair,
/// other columns are the previous label's value, signature leaders are
/// dropped. Spans are relative to `line`.
///
/// # Example
///
/// ```
/// use kommuntext::{labels, LabelKind};
/// let line = "Datum för anslags uppsättande 2019-06-25      Datum för anslags nedtagande   2019-07-17";
/// let found: Vec<(LabelKind, Option<&str>)> = labels(line).map(|l| (l.kind, l.value.map(|v| &line[v]))).collect();
/// assert_eq!(found, [
///     (LabelKind::NoticePosted, Some("2019-06-25")),
///     (LabelKind::NoticeRemoved, Some("2019-07-17")),
/// ]);
/// ```
pub fn labels(line: &str) -> impl Iterator<Item = Label> {
    // The first label is kept apart, so a line of one label (most of
    // them) allocates no list.
    let mut first: Option<Label> = None;
    let mut out: Vec<Label> = Vec::new();
    let mut push = |l: Label| match first {
        None => first = Some(l),
        Some(_) => out.push(l),
    };
    if line.len() <= 300 {
        let mut current: Option<Label> = None;
        for col in columns(line) {
            let Some(text) = col.get(line) else { continue };
            let found = label(text).map(|l| Label {
                label: l.label.offset(col.start),
                value: l.value.map(|v| v.offset(col.start)),
                ..l
            });
            match (found, current.as_mut()) {
                (Some(l), _) => {
                    if let Some(c) = current.take() {
                        push(c);
                    }
                    current = Some(l);
                }
                (None, Some(c)) => {
                    if is_leaders(text) {
                        continue;
                    }
                    c.value = Some(c.value.map_or(col, |v| v.cover(col)));
                    if c.layout == LabelLayout::Alone {
                        c.layout = LabelLayout::Spaced;
                    }
                }
                (None, None) => break,
            }
        }
        if let Some(c) = current {
            push(c);
        }
    }
    // One column of labels each closed by a colon (`Utses att justera: Eva
    // Ek (S) Paragrafer: §§ 164-170 Justeringsdatum: 2017-11-28`).
    if out.is_empty() {
        if let Some(f) = first.as_mut() {
            colon_labels(line, f, &mut out);
        }
    }
    first.into_iter().chain(out)
}

/// Cuts the value of a label written with a colon where the next label
/// with a colon starts (`Paragrafer: §§ 164-170 Justeringsdatum:
/// 2017-11-28`), the labels after it pushed to `out`. Only capitalized
/// words right before a colon are tried, so a value that holds no colon
/// costs one search.
fn colon_labels(line: &str, first: &mut Label, out: &mut Vec<Label>) {
    let mut current = *first;
    loop {
        // A place or time value does not go on into a list of members
        // (`Plats och tid Rummet 16:00 - 17:30 Närvarande ledamöter Eva Ek
        // (M), ordförande`): a list label cuts it, colon or not.
        let timed = matches!(
            current.kind,
            LabelKind::PlaceAndTime | LabelKind::Place | LabelKind::Time
        );
        if current.layout != LabelLayout::Colon && !timed {
            break;
        }
        let Some(v) = current.value else { break };
        let Some(value) = v.get(line) else { break };
        if !value.contains(':') {
            break;
        }
        // The first capitalized word that starts a label ending right
        // before a colon.
        let next = words(value)
            .filter(|(at, w)| *at > 0 && w.starts_with(char::is_uppercase))
            .find_map(|(at, _)| {
                let rest = value.get(at..)?;
                let l = label(rest)?;
                let closed = l.layout == LabelLayout::Colon
                    && rest.get(l.label.end..)?.trim_start().starts_with(':');
                let list = timed
                    && matches!(
                        l.kind,
                        LabelKind::Members
                            | LabelKind::ServingSubstitutes
                            | LabelKind::Substitutes
                            | LabelKind::OthersPresent
                    )
                    // A label of two words or more (`Närvarande
                    // ledamöter`), or one word after the time (`… 13:30 -
                    // 16:10 Beslutande`): not a word of a place name.
                    && (rest.get(..l.label.end).is_some_and(|x| x.contains(' '))
                        || value
                            .get(..at)
                            .and_then(|b| b.trim_end().chars().next_back())
                            .is_some_and(|c| c.is_ascii_digit()));
                (closed || list).then(|| Label {
                    label: l.label.offset(v.start + at),
                    value: l.value.map(|x| x.offset(v.start + at)),
                    ..l
                })
            });
        let Some(next) = next else { break };
        // The value before the next label, trimmed; none when empty.
        let before = Span::new(v.start, next.label.start)
            .get(line)
            .map(trim_span);
        let cut = before.filter(|t| !t.is_empty()).map(|t| t.offset(v.start));
        match out.last_mut() {
            Some(last) => last.value = cut,
            None => first.value = cut,
        }
        out.push(next);
        current = next;
        if out.len() >= 8 {
            break;
        }
    }
}

/// The vocabulary matching as it was before [`Trie`]: each entry compared
/// with [`match_ci_prefix`] (test-only reference for the trie's answers).
#[cfg(test)]
mod reference {
    use super::*;

    pub(super) fn is_toc_title(line: &str) -> bool {
        let t = line.trim();
        if t.len() > 60 || !t.starts_with(['I', 'i', 'Ä', 'ä', 'F', 'f', 'D', 'd', 'P', 'p', '§'])
        {
            return false;
        }
        with_normalized(line, |n| {
            TOC_TITLES.contains(&n)
                || (n.starts_with("förteckning över ") && n.ends_with("ärenden") && n.len() < 80)
        })
    }
    pub(super) fn labels(line: &str) -> impl Iterator<Item = Label> {
        let mut out: Vec<Label> = Vec::new();
        if line.len() <= 300 {
            let cols = columns(line);
            let mut current: Option<Label> = None;
            for col in cols {
                let Some(text) = col.get(line) else { continue };
                let found = self::label(text).map(|l| Label {
                    label: l.label.offset(col.start),
                    value: l.value.map(|v| v.offset(col.start)),
                    ..l
                });
                match (found, current.as_mut()) {
                    (Some(l), _) => {
                        if let Some(c) = current.take() {
                            out.push(c);
                        }
                        current = Some(l);
                    }
                    (None, Some(c)) => {
                        if is_leaders(text) {
                            continue;
                        }
                        c.value = Some(c.value.map_or(col, |v| v.cover(col)));
                        if c.layout == LabelLayout::Alone {
                            c.layout = LabelLayout::Spaced;
                        }
                    }
                    (None, None) => break,
                }
            }
            if let Some(c) = current {
                out.push(c);
            }
        }
        // The colon labels of one column: the same cut as `labels` (it
        // asks `label`, which the test compares with this module's).
        if let [first] = out.as_mut_slice() {
            let mut more = Vec::new();
            super::colon_labels(line, first, &mut more);
            out.extend(more);
        }
        out.into_iter()
    }
    /// Splits a line into columns at runs of three or more white-space
    /// characters (or a tab): the columns of a `-layout` form. Spans are
    /// relative to `line`.
    pub(super) fn columns(line: &str) -> Vec<Span> {
        let mut cols = Vec::new();
        let mut start: Option<usize> = None;
        let mut ws_start = 0;
        let mut ws_run = 0;
        let mut tab = false;
        for (i, c) in line.char_indices() {
            if c.is_whitespace() {
                if ws_run == 0 {
                    ws_start = i;
                }
                ws_run += 1;
                tab |= c == '\t';
                continue;
            }
            if let Some(st) = start {
                if ws_run >= 3 || tab {
                    cols.push(Span::new(st, ws_start));
                    start = Some(i);
                }
            } else {
                start = Some(i);
            }
            ws_run = 0;
            tab = false;
        }
        if let Some(st) = start {
            let end = if ws_run > 0 { ws_start } else { line.len() };
            cols.push(Span::new(st, end));
        }
        cols
    }

    pub(super) fn is_organ_name(phrase: &str) -> bool {
        let phrase = phrase.trim().trim_end_matches(':').trim_end();
        // The length first: a long line is not split into words here.
        if phrase.len() > 80 {
            return false;
        }
        let mut count = 0;
        let mut last = "";
        for w in phrase.split_whitespace() {
            count += 1;
            last = w;
        }
        if count == 0 || count > 6 || phrase.len() > 80 {
            return false;
        }
        let starts_upper = phrase.chars().next().is_some_and(char::is_uppercase);
        starts_upper && ends_like_organ(last.trim_end_matches([':', ',', '.']))
    }
    pub(super) fn ends_like_organ(word: &str) -> bool {
        // The lower-cased end of the word, last character first: as long as the
        // longest suffix (13 characters), so one pass serves every suffix.
        let mut tail = ['\0'; 16];
        let mut n = 0;
        'fill: for c in word.chars().rev() {
            if c.is_ascii() {
                if let Some(slot) = tail.get_mut(n) {
                    *slot = c.to_ascii_lowercase();
                    n += 1;
                } else {
                    break;
                }
            } else {
                for l in c.to_lowercase().rev() {
                    let Some(slot) = tail.get_mut(n) else {
                        break 'fill;
                    };
                    *slot = l;
                    n += 1;
                }
            }
        }
        let tail = tail.get(..n).unwrap_or(&[]);
        // Every suffix ends in `n`, `e`, `t` or `a`.
        if !matches!(tail.first(), Some('n' | 'e' | 't' | 'a')) {
            return false;
        }
        ORGAN_SUFFIXES.iter().any(|suf| {
            let mut it = tail.iter();
            suf.chars().rev().all(|pc| it.next() == Some(&pc))
        })
    }
    pub(super) fn is_document_kind_word(line: &str) -> bool {
        let t = line.trim();
        if t.len() > 45
            || !t.starts_with([
                'P', 'p', 'U', 'u', 'S', 's', 'J', 'j', 'T', 't', 'K', 'k', 'F', 'f',
            ])
        {
            return false;
        }
        with_normalized(line, |n| DOCUMENT_KIND_WORDS.contains(&n))
    }
    static SECTION_BY_FIRST: Lazy<ByFirst<SectionKind>> =
        Lazy::new(|| ByFirst::new(SECTION_HEADINGS));

    struct ByFirst<K: 'static> {
        ascii: Vec<Vec<(&'static str, K)>>,
        other: Vec<(char, Vec<(&'static str, K)>)>,
    }

    impl<K: Copy> ByFirst<K> {
        fn new(entries: &[(&'static str, K)]) -> Self {
            let mut ascii: Vec<Vec<(&'static str, K)>> = (0..128).map(|_| Vec::new()).collect();
            let mut other: Vec<(char, Vec<(&'static str, K)>)> = Vec::new();
            for &(h, k) in entries {
                let Some(c) = h.chars().next() else { continue };
                if let Some(v) = ascii.get_mut(c as usize) {
                    v.push((h, k));
                } else if let Some((_, v)) = other.iter_mut().find(|(o, _)| *o == c) {
                    v.push((h, k));
                } else {
                    other.push((c, vec![(h, k)]));
                }
            }
            ByFirst { ascii, other }
        }

        /// The entries whose first character is `c` (lower case), in table order.
        fn get(&self, c: char) -> Option<&[(&'static str, K)]> {
            let v = if c.is_ascii() {
                self.ascii.get(c as usize)
            } else {
                self.other.iter().find(|(o, _)| *o == c).map(|(_, v)| v)
            }?;
            (!v.is_empty()).then_some(v.as_slice())
        }
    }

    fn second_folded(s: &str) -> Option<char> {
        let c = s.chars().nth(1)?;
        Some(if c.is_ascii() {
            c.to_ascii_lowercase()
        } else if c == '\u{2010}' {
            '-'
        } else {
            fold_first(c)
        })
    }

    fn second_may_match(pat: &str, second: Option<char>) -> bool {
        match pat.chars().nth(1) {
            None | Some(' ') => true,
            Some(pc) => second == Some(pc),
        }
    }

    pub(super) fn match_heading(s: &str) -> Option<(SectionKind, Option<Span>)> {
        if s.len() > 90 || s.ends_with(['.', ',', ';', '!', '?']) {
            return None;
        }
        let first = s.chars().next()?;
        let first = fold_first(first);
        if let Some(cands) = SECTION_BY_FIRST.get(first) {
            let t = s.trim_end();
            let second = second_folded(t);
            if let Some((_, k)) = cands.iter().find(|(h, _)| {
                second_may_match(h, second) && match_ci_prefix(t, h) == Some(t.len())
            }) {
                return Some((*k, None));
            }
        }
        // What follows can only succeed with a qualified first word or a
        // genitive organ word; most lines have neither and stop here without
        // being split into words.
        let qualified_first = words(s).next().is_some_and(|(_, w0)| {
            [
                "reservation",
                "reservationer",
                "protokollsanteckning",
                "protokollsanteckningar",
                "jäv",
            ]
            .iter()
            .any(|p| lower_eq(w0, p))
        });
        if !qualified_first && !has_genitive_organ_word(s) {
            return None;
        }
        // The first words with their offsets, in one scan: more than 8 words
        // is never a heading (no vocabulary heading has more than 7, so
        // matching the vocabulary first gives the same answers).
        let mut buf = [(0usize, ""); 9];
        let mut nw = 0;
        for (slot, w) in buf.iter_mut().zip(words(s)) {
            *slot = w;
            nw += 1;
        }
        if nw > 8 {
            return None;
        }
        let ws = buf.get(..nw).unwrap_or(&[]);
        // Qualified reservation / note / jäv: `Reservation (M)`, `Protokollsanteckning från V`.
        if let Some((_, w0)) = ws.first() {
            let kind = if lower_eq(w0, "reservation") || lower_eq(w0, "reservationer") {
                Some(SectionKind::Reservation)
            } else if lower_eq(w0, "protokollsanteckning") || lower_eq(w0, "protokollsanteckningar")
            {
                Some(SectionKind::ProtocolNote)
            } else if lower_eq(w0, "jäv") {
                Some(SectionKind::Disqualification)
            } else {
                None
            };
            if let (Some(kind), Some((_, w1))) = (kind, ws.get(1)) {
                if w1.starts_with('(') || ["från", "av", "mot"].iter().any(|p| lower_eq(w1, p)) {
                    return Some((kind, None));
                }
            }
        }
        // `<Organ>s <tail>`: find the genitive organ word, then the tail.
        for (i, (off, w)) in ws.iter().enumerate() {
            if !w.ends_with(['s', 'S']) {
                continue;
            }
            // The word ends in an ASCII `s`/`S`: its lower case without the
            // final `s` is the lower case of the stem.
            let Some(stem) = w.get(..w.len() - 1) else {
                continue;
            };
            let organish = genitive_stem(stem);
            if !organish {
                continue;
            }
            let tail_start = ws.get(i + 1).map(|(o, _)| *o)?;
            let tail = normalize(s.get(tail_start..)?);
            let kind = ORGAN_HEADING_TAILS
                .iter()
                .find(|(t, _)| *t == tail)
                .map(|(_, k)| *k)
                .or_else(|| {
                    // `… förslag till <organ>` (kommunfullmäktige, kommunstyrelsen)
                    let to = tail.strip_prefix("förslag till ")?;
                    is_organ_word(to.split(' ').next_back()?).then_some(SectionKind::Proposal)
                })?;
            let first_off = ws.first().map(|(o, _)| *o)?;
            let starts_upper = s.chars().next().is_some_and(char::is_uppercase);
            if !starts_upper || i > 5 {
                return None;
            }
            let organ = Span::new(first_off, off + w.len() - 1);
            return Some((kind, Some(organ)));
        }
        None
    }

    pub(super) fn inline_at(line: &str, start: usize, other: bool) -> Option<SectionHeading> {
        let rest = line.get(start..)?;
        let boundary_ok = |end: usize| -> bool {
            match line.get(end..) {
                Some("") => true,
                Some(after) => {
                    let t = after.trim_start_matches(':');
                    let trimmed = t.trim_start();
                    trimmed.len() < t.len()
                        && trimmed.chars().next().map_or(true, char::is_uppercase)
                }
                None => false,
            }
        };
        let mut best: Option<(usize, SectionKind)> = None;
        // Only headings with the line's first character can match.
        let first = rest.chars().next()?;
        let first = fold_first(first);
        for (h, kind) in SECTION_BY_FIRST.get(first).unwrap_or(&[]) {
            if *kind == SectionKind::Other && !(other && h.contains(' ')) {
                continue;
            }
            if let Some(n) = match_ci_prefix(rest, h) {
                if boundary_ok(start + n) && best.map_or(true, |(b, _)| n > b) {
                    best = Some((n, *kind));
                }
            }
        }
        let mut organ = None;
        // `<Organ>s <tail>`: a one-word organ, or one whose name begins with
        // suspended compounds (`Miljö- och byggnadsnämndens beslut`).
        let mut word_len = rest.find(char::is_whitespace).unwrap_or(rest.len());
        for (n, (off, w)) in words(rest).take(5).enumerate() {
            let organish = w
                .strip_suffix(['s', 'S'])
                .is_some_and(|stem| genitive_stem(stem) && ends_like_organ(stem));
            if organish {
                word_len = off + w.len();
                break;
            }
            let compound =
                w.ends_with(['-', '\u{2010}']) || (n > 0 && (w == "och" || w.ends_with(',')));
            if !compound {
                break;
            }
        }
        let word = rest.get(..word_len)?;
        // A genitive ends in `s`: only then is the word lower-cased.
        let lw = if word.ends_with(['s', 'S']) {
            word.lower()
        } else {
            String::new()
        };
        if let Some(stem) = lw.strip_suffix('s') {
            if ORGAN_SUFFIXES.iter().any(|x| stem.ends_with(x)) {
                let after_word = rest.get(word_len..)?;
                let gap = after_word.len() - after_word.trim_start().len();
                let tail_start = word_len + gap;
                let tail = rest.get(tail_start..)?;
                let tails = ORGAN_HEADING_TAILS.iter().map(|(t, _)| *t).chain([
                    "förslag till kommunfullmäktige",
                    "förslag till kommunstyrelsen",
                    "förslag till regionfullmäktige",
                ]);
                for t in tails {
                    if let Some(n) = match_ci_prefix(tail, t) {
                        let total = tail_start + n;
                        let kind = ORGAN_HEADING_TAILS
                            .iter()
                            .find(|(x, _)| *x == t)
                            .map_or(SectionKind::Proposal, |(_, k)| *k);
                        if gap > 0
                            && boundary_ok(start + total)
                            && best.map_or(true, |(b, _)| total > b)
                        {
                            best = Some((total, kind));
                            organ = Some(Span::new(start, start + word_len - 1));
                        }
                    }
                }
            }
        }
        let (n, kind) = best?;
        Some(SectionHeading {
            kind,
            heading: Span::new(start, start + n),
            organ: if organ.is_some_and(|o| o.end < start + n) {
                organ
            } else {
                None
            },
            rest: None,
            confidence: Confidence::High,
        })
    }

    pub(super) fn label(line: &str) -> Option<Label> {
        let t = Span::new(0, line.len()).trim(line);
        let s = t.get(line)?;
        if s.is_empty() || !s.chars().next().is_some_and(char::is_alphabetic) {
            return None;
        }
        static BY_FIRST: Lazy<ByFirst<LabelKind>> = Lazy::new(|| ByFirst::new(LABELS));
        let first = s.chars().next()?;
        let first = fold_first(first);
        let candidates = BY_FIRST.get(first)?;
        let second = second_folded(s);
        let mut best: Option<(usize, LabelKind)> = None;
        for (pat, kind) in candidates {
            if !second_may_match(pat, second) {
                continue;
            }
            if let Some(n) = match_ci_prefix(s, pat) {
                // the match must end at a word boundary or a value boundary
                let next = s.get(n..).and_then(|r| r.chars().next());
                if next.is_some_and(|c| c.is_lowercase() || c == '-' || c == '/') {
                    continue;
                }
                if best.map_or(true, |(b, _)| n > b) {
                    best = Some((n, *kind));
                }
            }
        }
        let (n, kind) = best?;
        let label_span = Span::new(t.start, t.start + n);
        let after = s.get(n..)?;
        // A value made only of signature leaders (`Sekreterare ........`) is no
        // value; leaders after a value are not part of it.
        let value_of = |off: usize| -> Option<Span> {
            let v = Span::new(t.start + off, t.end).trim(line);
            let text = v.get(line)?;
            let kept =
                text.trim_end_matches(|c: char| matches!(c, '.' | '_' | '…') || c.is_whitespace());
            let dropped = text.len() - kept.len();
            let leaders = text
                .get(kept.len()..)
                .map_or(0, |d| d.chars().filter(|c| !c.is_whitespace()).count());
            let v = if leaders >= 3 {
                Span::new(v.start, v.end - dropped)
            } else {
                v
            };
            (!v.is_empty()).then_some(v)
        };
        let Some(c) = after.chars().next() else {
            return Some(Label {
                kind,
                label: label_span,
                value: None,
                layout: LabelLayout::Alone,
            });
        };
        if c == ':'
            || c == ';' && super::semicolon_label(after)
            || super::full_stop_label(kind, after)
        {
            return Some(Label {
                kind,
                label: label_span,
                value: value_of(n + 1),
                layout: LabelLayout::Colon,
            });
        }
        if c.is_whitespace() {
            let rest = after.trim_start();
            if let Some(r) = rest.strip_prefix(':') {
                let off = s.len() - r.len();
                return Some(Label {
                    kind,
                    label: label_span,
                    value: value_of(off),
                    layout: LabelLayout::Colon,
                });
            }
            let gap = after.len() - rest.len();
            let wide = gap >= 2 || after.starts_with('\t');
            let first = rest.chars().next()?;
            let leaders =
                rest.starts_with("...") || rest.starts_with("___") || rest.starts_with('…');
            let valueish =
                first.is_uppercase() || first.is_ascii_digit() || first == '(' || leaders;
            let sentence = s.ends_with(['.', '!', '?'])
                && !s.ends_with("..")
                && !wide
                && !super::refers_to_a_list(kind, rest);
            if (wide || valueish) && !sentence && s.len() <= 160 {
                return Some(Label {
                    kind,
                    label: label_span,
                    value: value_of(n),
                    layout: LabelLayout::Spaced,
                });
            }
            return None;
        }
        let mixed_case = label_span
            .get(line)
            .is_some_and(|l| l.chars().any(char::is_lowercase));
        if c.is_ascii_digit() || (c.is_uppercase() && mixed_case) {
            return Some(Label {
                kind,
                label: label_span,
                value: value_of(n),
                layout: LabelLayout::Glued,
            });
        }
        None
    }
}

#[cfg(test)]
mod trie_tests {
    use super::*;
    use proptest::prelude::*;

    /// Every vocabulary entry the tries hold, with the other tables whose
    /// words start lines (colon headings, organ tails, ToC titles).
    fn vocabulary() -> Vec<&'static str> {
        LABELS
            .iter()
            .map(|e| e.0)
            .chain(SECTION_HEADINGS.iter().map(|e| e.0))
            .chain(COLON_HEADINGS.iter().map(|e| e.0))
            .chain(ORGAN_HEADING_TAILS.iter().map(|e| e.0))
            .chain(TOC_TITLES.iter().copied())
            .chain(DOCUMENT_KIND_WORDS.iter().copied())
            .chain([
                "kommunstyrelsens förslag till beslut",
                "socialnämndens beslut",
            ])
            .collect()
    }

    /// A vocabulary line as written: any case, white space of any kind,
    /// cut short or followed by more text.
    fn written() -> impl Strategy<Value = String> {
        let words = vocabulary();
        (
            0..words.len(),
            proptest::collection::vec(0u8..4, 64),
            proptest::collection::vec(0usize..6, 8),
            0usize..80,
            "[A-Za-zÅÄÖåäöÉé0-9 :.,/()§\\-]{0,12}",
        )
            .prop_map(move |(w, case, spaces, cut, tail)| {
                let ws = [" ", "  ", "\t", "\u{a0}", " \u{2003}", ""];
                let mut out = String::new();
                let mut k = 0;
                for (j, c) in words[w].chars().enumerate() {
                    if c == ' ' {
                        out.push_str(ws[spaces[k % spaces.len()]]);
                        k += 1;
                        continue;
                    }
                    match case[j % case.len()] {
                        0 => out.extend(c.to_uppercase()),
                        1 if c == '-' => out.push('\u{2010}'),
                        _ => out.push(c),
                    }
                }
                let n = out.chars().count();
                if cut < n && cut % 3 == 0 {
                    out = out.chars().take(cut).collect();
                }
                out.push_str(&tail);
                out
            })
    }

    fn any_line() -> impl Strategy<Value = String> {
        prop_oneof![
            written(),
            "[A-Za-zÅÄÖåäöÉéİ\u{212a}\u{2010}\u{a0} \t:.,/()§0-9\\-]{0,30}",
            (written(), written()).prop_map(|(a, b)| format!("{a} {b}")),
            (
                written(),
                "( {1,4}|\t|\u{a0}{3}| \u{2003} |    \\.{3,5} )",
                written(),
                "( {1,4}|\t)",
                written()
            )
                .prop_map(|(a, g, b, h, c)| format!("{a}{g}{b}{h}{c}")),
            ("[A-ZÅÄÖa-zåäö]{1,8}[ :]{0,2}", written()).prop_map(|(a, b)| format!("{a}{b}")),
        ]
    }

    fn agree(line: &str) {
        assert_eq!(label(line), reference::label(line), "label {line:?}");
        // The first pass takes a one-column line's label as its first.
        // (Its value ends where a colon label after it starts.)
        if line.len() <= 300 && columns_of(line) <= 1 {
            if let Some(l) = label(line) {
                let all: Vec<Label> = labels(line).collect();
                let first = all.first().copied();
                if all.len() > 1 {
                    let cut = first.map(|f| (f.kind, f.label, f.layout));
                    assert_eq!(
                        cut,
                        Some((l.kind, l.label, l.layout)),
                        "one column {line:?}"
                    );
                } else {
                    assert_eq!(first, Some(l), "one column {line:?}");
                }
            }
        }
        assert_eq!(
            labels(line).collect::<Vec<_>>(),
            reference::labels(line).collect::<Vec<_>>(),
            "labels {line:?}"
        );
        assert_eq!(
            is_toc_title(line),
            reference::is_toc_title(line),
            "toc {line:?}"
        );
        assert_eq!(
            is_document_kind_word(line),
            reference::is_document_kind_word(line),
            "kind {line:?}"
        );
        assert_eq!(
            match_heading(line),
            reference::match_heading(line),
            "match_heading {line:?}"
        );
        for (start, _) in line.char_indices() {
            for other in [false, true] {
                assert_eq!(
                    inline_at(line, start, other),
                    reference::inline_at(line, start, other),
                    "inline_at {line:?} {start} {other}"
                );
            }
        }
    }

    #[test]
    fn trie_agrees_with_prefix_matching_on_the_vocabulary() {
        for w in vocabulary() {
            for line in [
                w.to_owned(),
                w.to_uppercase(),
                format!("{w}:"),
                format!("{}: Text", w.to_uppercase()),
                format!("{w}  Anna Ek"),
                format!("{w}12 – 22"),
                format!("{w}s"),
                w.replace(' ', "\u{a0} \t"),
                w.chars().take(w.chars().count() / 2).collect(),
                format!("  {w} 1"),
            ] {
                agree(&line);
            }
        }
        for line in [
            "",
            " ",
            "K",
            "\u{212a}ommun",
            "İnnehåll",
            "E\u{2010}post: a@b.se",
            "ÄRENDET",
        ] {
            agree(line);
        }
    }

    /// Every fixture line (as it is, trimmed, and without a trailing
    /// colon): `match_heading` with its whole-line gate against the
    /// reference, and the gate against the walk it skips.
    #[test]
    fn match_heading_agrees_on_every_fixture_line() {
        let mut n = 0;
        for (_, text) in crate::test_fixtures::texts() {
            for line in text.lines() {
                let t = line.trim();
                for l in [line, t, t.strip_suffix(':').unwrap_or(t)] {
                    n += 1;
                    assert_eq!(match_heading(l), reference::match_heading(l), "{l:?}");
                    let t = l.trim_end();
                    let mut whole = false;
                    SECTION_TRIE.walk(t, |k, _, _| whole |= k == t.len());
                    assert!(!whole || may_be_whole_heading(t), "{t:?}");
                }
            }
        }
        assert!(n > 1000);
    }

    #[test]
    fn heading_colon_is_the_first_colon_up_to_byte_70() {
        let same = |l: &str| {
            assert_eq!(heading_colon(l), l.find(':').filter(|&c| c <= 70), "{l:?}");
        };
        for (_, text) in crate::test_fixtures::texts() {
            text.lines().for_each(same);
        }
        for k in 60..80 {
            for tail in [":", "å:", ": x", "::"] {
                same(&format!("{}{tail}", "ä".repeat(k / 2)));
                same(&format!("{}{tail}", "a".repeat(k)));
            }
        }
    }

    /// `ends_like_organ` with its last-two-bytes gate against the
    /// reference, on every word of every fixture line, with and without a
    /// final `s`, and on the suffixes.
    #[test]
    fn ends_like_organ_agrees_on_every_fixture_word() {
        let same = |w: &str| {
            assert_eq!(ends_like_organ(w), reference::ends_like_organ(w), "{w:?}");
        };
        for suf in ORGAN_SUFFIXES {
            for w in [suf.to_string(), suf.to_uppercase(), format!("Social{suf}")] {
                same(&w);
            }
        }
        for w in ["", "n", "En", "KOMMITTÉN", "kommitten", "\u{212a}en", "ÉN"] {
            same(w);
        }
        let mut n = 0;
        for (_, text) in crate::test_fixtures::texts() {
            for w in text.split_whitespace() {
                n += 1;
                same(w);
                same(w.strip_suffix(['s', 'S']).unwrap_or(w));
            }
            for line in text.lines() {
                assert_eq!(
                    is_organ_name(line),
                    reference::is_organ_name(line),
                    "{line:?}"
                );
                let t = line.trim();
                for cut in [t, t.get(..t.len().saturating_sub(1)).unwrap_or(t)] {
                    assert_eq!(is_organ_name(cut), reference::is_organ_name(cut), "{cut:?}");
                }
            }
        }
        assert!(n > 10_000);
    }

    /// `match_starts` is `match_indices`, on the vocabulary's overlapping
    /// and empty needles and on every fixture line.
    #[test]
    fn match_starts_is_match_indices() {
        let same = |hay: &str, needle: &str| {
            let old: Vec<usize> = hay.match_indices(needle).map(|m| m.0).collect();
            let new: Vec<usize> = match_starts(hay, needle).collect();
            assert_eq!(new, old, "{hay:?} {needle:?}");
        };
        for (hay, needle) in [
            ("", ""),
            ("", "a"),
            ("åäö", ""),
            ("aaaa", "aa"),
            ("abababa", "aba"),
            ("ersättare för ersättare", "ersättare"),
            ("Åsa Ek Åsa Ek", "Åsa Ek"),
            ("xÅsa", "Åsa"),
        ] {
            same(hay, needle);
        }
        for (_, text) in crate::test_fixtures::texts() {
            for line in text.lines() {
                for needle in ["ordförande", "ersättare för", " del av", " ej ", "a", "ss"] {
                    same(line, needle);
                }
                // A word of the line: found at least once.
                if let Some(w) = line.split_whitespace().nth(1) {
                    same(line, w);
                }
            }
        }
    }

    proptest! {
        #[test]
        fn match_starts_agrees(hay in "[abå ]{0,12}", needle in "[abå ]{0,3}") {
            let old: Vec<usize> = hay.match_indices(needle.as_str()).map(|m| m.0).collect();
            prop_assert_eq!(match_starts(&hay, &needle).collect::<Vec<_>>(), old);
        }

        #[test]
        fn organ_names_agree_with_the_reference(
            phrase in "[A-ZÅÄÖa-zåäö\u{212a}İΣ]{0,6}[ \u{a0}\t-]{0,2}(och )?[A-ZÅÄÖa-zåäö]{0,8}(nämnden|NÄMNDEN|styrelsen|Styrelsen|fullmäktige|utskottet|förvaltningen|FÖRVALTNINGEN|kommittén|KOMMITTÉN|ordföranden|nämnd|x)?[:,. ]{0,2}"
        ) {
            prop_assert_eq!(is_organ_name(&phrase), reference::is_organ_name(&phrase));
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]
        #[test]
        fn trie_agrees_with_prefix_matching(line in any_line()) {
            agree(&line);
        }

        #[test]
        fn columns_agree_with_the_reference(line in any_line()) {
            prop_assert_eq!(columns(&line).collect::<Vec<_>>(), reference::columns(&line));
        }

        /// The gates say `false` only where nothing can be found.
        #[test]
        fn gates_keep_every_match(line in any_line()) {
            let t = line.trim_start();
            let first = t.get(..word_end(t)).unwrap_or("");
            if label(t).is_some() {
                prop_assert!(may_start_label(t) && may_start_label(first), "{:?}", t);
            }
            for (k, _) in t.char_indices() {
                let head = t.get(..k).unwrap_or("");
                if label(t).is_some() {
                    prop_assert!(may_start_label(head), "{:?} {:?}", t, head);
                }
            }
            prop_assert_eq!(
                word_end(&line),
                line.find(char::is_whitespace).unwrap_or(line.len())
            );
            let t = line.trim_end();
            let mut whole = false;
            SECTION_TRIE.walk(t, |k, _, _| whole |= k == t.len());
            prop_assert!(!whole || may_be_whole_heading(t), "{:?}", t);
            if let Some((_, Some(_))) = match_heading(&line) {
                prop_assert!(may_end_organ_heading(&line), "{:?}", line);
            }
        }
    }
}

#[cfg(test)]
mod toc_gate_tests {
    use super::*;

    /// The byte gates of [`is_toc_title`] keep every title of the
    /// vocabulary, in any case, with a colon or surrounding white space.
    #[test]
    fn gates_keep_every_toc_title() {
        for w in TOC_TITLES {
            let mut cap = w.chars();
            let cap: String = cap
                .next()
                .map(|c| c.to_uppercase().chain(cap).collect())
                .unwrap_or_default();
            for v in [
                w.to_string(),
                w.to_uppercase(),
                cap,
                format!("{w}:"),
                format!("  {}:", w.to_uppercase()),
                format!("\u{a0}{w} "),
            ] {
                let t = crate::span::trim(&v);
                assert!(may_go_on_like_toc_title(t.as_bytes()), "{v:?}");
                assert!(is_toc_title(&v), "{v:?}");
            }
        }
        for line in ["Information", "Dagens", "Partiet", "Förslag", "Ärlig"] {
            assert!(!may_go_on_like_toc_title(line.as_bytes()), "{line:?}");
            assert!(!is_toc_title(line), "{line:?}");
        }
    }

    proptest::proptest! {
        /// The gate says `false` only where [`is_toc_title`] does.
        #[test]
        fn toc_gate_keeps_every_title(
            line in "[ \t\u{a0}]{0,2}(Inne|inne|INNE|Dago|Para|Före|FÖRT|Fört|Ären|ÄREN|§§ Ä|In|Da|Pa|Fö|Är)[a-zåäöA-ZÅÄÖ \u{ad}:\\-]{0,14}",
        ) {
            let t = crate::span::trim(&line);
            if is_toc_title(&line) {
                proptest::prop_assert!(may_go_on_like_toc_title(t.as_bytes()), "{:?}", line);
            }
            proptest::prop_assert_eq!(is_toc_title(&line), reference::is_toc_title(&line));
        }
    }
}

#[cfg(test)]
mod colon_label_tests {
    use super::*;

    #[test]
    fn a_place_and_time_label_that_lost_its_och() {
        // (A docplayer transcript drops `och` wherever it meets it.)
        let l = label("Plats tid Barn- ungdomskontoret, Sunnerö Kl").unwrap();
        assert_eq!((l.kind, l.label.start), (LabelKind::PlaceAndTime, 0));
        assert!(label("Platsen tidigare").is_none());
        // A value that refers to a list elsewhere, written as a sentence.
        let l = label("Beslutande Enligt bilagd förteckning.").unwrap();
        assert_eq!(l.kind, LabelKind::Members);
        assert!(label("Plats Enligt kallelsen.").is_none());
    }

    #[test]
    fn a_notice_taken_down_ner() {
        let l = label("Datum då anslaget tas ner 2015-02-23").unwrap();
        assert_eq!(l.kind, LabelKind::NoticeRemoved);
    }

    #[test]
    fn a_list_headed_by_the_bodys_name() {
        let l = label("Direktionens ledamöter").unwrap();
        assert_eq!((l.kind, l.value), (LabelKind::Members, None));
        let l = label("Nämndens ersättare: Eva Ek (S)").unwrap();
        assert_eq!(l.kind, LabelKind::Substitutes);
        assert!(label("Direktionens beslut").is_none());
        assert!(label("Anderssons ledamöter").is_none());
    }

    #[test]
    fn substitutes_present_but_not_serving_abbreviated() {
        for line in ["Närv ej tjg ers Gull-May Arnell", "Ej tjg ers Eva Ek (S)"] {
            let l = label(line).unwrap();
            assert_eq!(l.kind, LabelKind::Substitutes, "{line}");
        }
        assert_eq!(
            label("Tjg ers Eva Ek (S)").map(|l| l.kind),
            Some(LabelKind::ServingSubstitutes)
        );
    }

    #[test]
    fn labels_each_closed_by_a_colon_on_one_line() {
        let line = "Utses att justera: Eva Ek (MP) Paragrafer: §§ 164-170, 173-185 \
                    Justeringsdatum: 2017-11-28";
        let found: Vec<(LabelKind, Option<&str>)> = labels(line)
            .map(|l| (l.kind, l.value.and_then(|v| v.get(line))))
            .collect();
        assert_eq!(
            found,
            [
                (LabelKind::Adjusters, Some("Eva Ek (MP)")),
                (LabelKind::Paragraphs, Some("§§ 164-170, 173-185")),
                (LabelKind::AdjustmentPlaceAndTime, Some("2017-11-28")),
            ]
        );
        // A place and time does not run on into the members' list; a
        // colon inside a value (a time) or a one-word label is no label.
        let line = "Plats och tid Ekbyrummet 16:00 - 17:30 Närvarande ledamöter Eva Ek (M)";
        let found: Vec<(LabelKind, Option<&str>)> = labels(line)
            .map(|l| (l.kind, l.value.and_then(|v| v.get(line))))
            .collect();
        assert_eq!(
            found,
            [
                (LabelKind::PlaceAndTime, Some("Ekbyrummet 16:00 - 17:30")),
                (LabelKind::Members, Some("Eva Ek (M)")),
            ]
        );
        let line = "Plats och tid Ekbysalen 13:30 - 16:10 Beslutande S Eva Ek, ordförande";
        let kinds: Vec<LabelKind> = labels(line).map(|l| l.kind).collect();
        assert_eq!(kinds, [LabelKind::PlaceAndTime, LabelKind::Members]);
        assert_eq!(labels("Plats Beslutande rummet").count(), 1);
        assert_eq!(labels("Tid: 9:00 - 12:45 Plats Ekby").count(), 1);
        // The members' label last, its names on the lines below.
        assert_eq!(
            labels("Plats och tid Rådhuset, kl 18:00 Beslutande").count(),
            2
        );
        assert_eq!(labels("Plats och tid Beslutanderummet kl 18").count(), 1);
    }
}

#[cfg(test)]
mod lower_tests {
    use super::{lower, lower_by_chars};

    #[test]
    fn lower_is_to_lowercase() {
        for s in [
            "",
            "ABC",
            "Åsa ÖSTLUND Ärende",
            "ÉTAGE",
            "İstanbul",
            "ΣΟΦΙΑ Σ",
            "ẞ",
            "Ǆ",
            "x\u{a0}Y",
            "ÅÄÖåäö",
        ] {
            assert_eq!(lower(s), s.to_lowercase(), "{s:?}");
        }
    }

    proptest::proptest! {
        #[test]
        fn lower_is_to_lowercase_on_any_text(s in "[A-Za-zÅÄÖåäöÉéİΣσẞǅ \\u{a0}-ÀÞØ×ßÿÜüŁł§–]{0,16}") {
            proptest::prop_assert_eq!(lower(&s), s.to_lowercase());
        }

        #[test]
        fn lower_is_to_lowercase_on_wider_text(
            s in "[A-Za-z0-9 ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖ×ØÙÚÛÜÝÞßàÿĀāŁłİıΣσςẞǅǄДдΩ\\u{2126}\\u{212A}\\u{212B}\\u{10400}\\u{10428}\\u{1E9E}Ⅻ]{0,24}",
        ) {
            proptest::prop_assert_eq!(lower(&s), s.to_lowercase());
            proptest::prop_assert_eq!(lower_by_chars(&s), s.to_lowercase());
        }
    }
}
