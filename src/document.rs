//! The parsed document: the shape of the JSON output contract
//! (`schema_version` 1).
//!
//! Every struct's fields are in the contract's key order, and with feature
//! `serde` they serialize to exactly that JSON: every key always present,
//! `null` for a missing value, `[]` for an empty list. Fields that the
//! contract did not have at version 1 (`references`) are appended after the
//! contract's keys, so no existing key moves.

use crate::{CaseNumber, Date, Diagnostic, Furniture, Reference, SectionKind, Span};
use std::borrow::Cow;

/// The version of the output contract these types serialize to.
pub const SCHEMA_VERSION: u32 = 1;

/// What kind of document a text is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub enum DocumentKind {
    /// A sammanträdesprotokoll: the minutes of a meeting.
    #[cfg_attr(feature = "serde", serde(rename = "protokoll"))]
    Protokoll,
    /// One or a few § copied out of a protokoll.
    #[cfg_attr(feature = "serde", serde(rename = "protokollsutdrag"))]
    Protokollsutdrag,
    /// The administration's memo to a nämnd.
    #[cfg_attr(feature = "serde", serde(rename = "tjänsteskrivelse"))]
    Tjansteskrivelse,
    /// A meeting notice with its agenda.
    #[cfg_attr(feature = "serde", serde(rename = "kallelse"))]
    Kallelse,
    /// None of the above, or too little to tell.
    #[cfg_attr(feature = "serde", serde(rename = "okänd"))]
    Okand,
}

impl DocumentKind {
    /// The Swedish name used in JSON.
    ///
    /// ```
    /// assert_eq!(kommuntext::DocumentKind::Tjansteskrivelse.as_str(), "tjänsteskrivelse");
    /// ```
    pub const fn as_str(self) -> &'static str {
        match self {
            DocumentKind::Protokoll => "protokoll",
            DocumentKind::Protokollsutdrag => "protokollsutdrag",
            DocumentKind::Tjansteskrivelse => "tjänsteskrivelse",
            DocumentKind::Kallelse => "kallelse",
            DocumentKind::Okand => "okänd",
        }
    }
}

/// Where the CLI read a document from (`source` in JSON).
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct SourceInfo {
    /// The path as given, or `-` for standard input.
    pub path: String,
    /// The SHA-256 of the input bytes, in lower-case hex.
    pub sha256: String,
    /// The number of input bytes.
    pub bytes: u64,
    /// What the input was decoded from: `utf-8`, `windows-1252`, …
    pub encoding: String,
}

/// A parsed document. Text values borrow from the input where they are a
/// clean slice of it, and are owned where lines were joined or furniture
/// removed; every item has a [`Span`] into the input.
///
/// # Example
///
/// ```
/// let text = "§ 12\nBudget 2021\nKS 2020/14\n\nBeslut\nKommunstyrelsen beslutar att anta budgeten.";
/// let doc = kommuntext::parse(text);
/// let p = &doc.paragraphs[0];
/// assert_eq!((p.number, p.title.as_deref()), (12, Some("Budget 2021")));
/// assert_eq!(p.case_numbers[0].text, "KS 2020/14");
/// ```
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Document<'a> {
    /// Always [`SCHEMA_VERSION`].
    pub schema_version: u32,
    /// A stable id; the CLI uses the first 16 hex digits of the SHA-256 of
    /// the input bytes. `None` from [`parse`](crate::parse).
    pub doc_id: Option<String>,
    /// Where the CLI read the document from. `None` from the library.
    pub source: Option<SourceInfo>,
    /// What kind of document it is.
    pub kind: DocumentKind,
    /// The municipality or region: `Alingsås kommun`.
    pub municipality: Option<Cow<'a, str>>,
    /// The deciding body of a protokoll, or the body a tjänsteskrivelse is
    /// addressed to: `Socialnämnden`.
    pub organ: Option<Cow<'a, str>>,
    /// The ärendemening of a tjänsteskrivelse, or of a protokollsutdrag with
    /// one §.
    pub title: Option<Cow<'a, str>>,
    /// A tjänsteskrivelse's `Datum`, or a kallelse's issue date; `None`
    /// for a protokoll or protokollsutdrag (whose date is `meeting_date`).
    pub document_date: Option<Date>,
    /// The sammanträdesdatum.
    pub meeting_date: Option<Date>,
    /// Diarienummer of the document itself (header, front page).
    pub case_numbers: Vec<CaseNumber>,
    /// Handläggare, signatories, attendance, justerare.
    pub people: Vec<Person<'a>>,
    /// Table of contents or agenda entries.
    pub toc: Vec<TocEntry<'a>>,
    /// The § items, in order.
    pub paragraphs: Vec<Paragraph<'a>>,
    /// Sections outside any § (the body of a tjänsteskrivelse).
    pub sections: Vec<Section<'a>>,
    /// Decisions outside any § (a tjänsteskrivelse's förslag till beslut).
    pub decisions: Vec<Decision<'a>>,
    /// Distribution list outside any §.
    pub recipients: Vec<Cow<'a, str>>,
    /// Page headers, footers, page numbers and signature boxes left out of
    /// the text values.
    pub furniture: Vec<Furniture>,
    /// What could not be read cleanly.
    pub diagnostics: Vec<Diagnostic>,
    /// References to laws, government documents and other decisions found
    /// outside any § (added after version 1's keys).
    pub references: Vec<Reference>,
    /// What the kind was decided from (added after version 1's keys).
    pub kind_evidence: Vec<Evidence>,
    /// The meeting's time, `HH:MM` or `HH:MM–HH:MM` (added after version 1's
    /// keys).
    pub meeting_time: Option<String>,
    /// The meeting's place as written (added after version 1's keys).
    pub meeting_place: Option<Cow<'a, str>>,
    /// When and where the protocol is justerat: `Justeringens plats och tid`
    /// (added after version 1's keys).
    pub adjustment: Option<Adjustment<'a>>,
    /// The § the protocol covers: `Paragrafer 40-43`, `§§ 55-65` (added
    /// after version 1's keys).
    pub paragraph_range: Option<ParagraphRange>,
    /// The date the notice of the justering was posted: `Datum för anslags
    /// uppsättande` (added after version 1's keys).
    pub notice_posted: Option<DateField>,
    /// The date the notice is taken down: `Datum för anslags nedtagande`
    /// (added after version 1's keys).
    pub notice_removed: Option<DateField>,
}

/// The justering of a protocol: `{date, place, span}`, read from
/// `Justeringens plats och tid  Kommunkansliet 2021-03-02 kl. 13:00`.
///
/// ```
/// let text = "Plats och tid Rådhuset, kl 18:00\nJusteringens plats och tid Kommunkansliet 2021-03-02\n\n§ 1\nVal\n";
/// let doc = kommuntext::parse(text);
/// let adj = doc.adjustment.unwrap();
/// assert_eq!(adj.date.map(|d| d.to_string()).as_deref(), Some("2021-03-02"));
/// assert_eq!(adj.place.as_deref(), Some("Kommunkansliet"));
/// assert_eq!(&text[adj.span], "Kommunkansliet 2021-03-02");
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Adjustment<'a> {
    /// The day of the justering.
    pub date: Option<Date>,
    /// Where it is done, as written.
    pub place: Option<Cow<'a, str>>,
    /// The value the two were read from.
    pub span: Span,
}

/// A date read from a labelled field, with the span of its value:
/// `{date, span}`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct DateField {
    /// The date.
    pub date: Date,
    /// The field's value it was read from.
    pub span: Span,
}

/// One clue to a document's kind: `{clue, kind, span}`.
///
/// ```
/// let doc = kommuntext::parse("KALLELSE\nSocialnämnden\n\n1 Val av justerare\n2 Budget 2021\n");
/// assert_eq!(doc.kind, kommuntext::DocumentKind::Kallelse);
/// let clue = &doc.kind_evidence[0];
/// assert_eq!((clue.clue, clue.kind), ("notice_word", kommuntext::DocumentKind::Kallelse));
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Evidence {
    /// What was seen: `extract_word`, `notice_word`, `memo_word`,
    /// `other_kind_word`, `protocol_word`, `paragraph_heading`,
    /// `front_page_label`, `certification`, `officer_label`, `proposal`,
    /// `agenda_entry`.
    pub clue: &'static str,
    /// The kind it speaks for.
    pub kind: DocumentKind,
    /// Where it is.
    pub span: Span,
}

/// A person: `{name, party, role, span, presence}`.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Person<'a> {
    /// The name as written.
    pub name: Cow<'a, str>,
    /// The party as written without parentheses (`S`, `M`).
    pub party: Option<Cow<'a, str>>,
    /// The role in lower case: `handläggare`, `ordförande`, `justerare`, or a
    /// signatory's title as written (`förvaltningschef`).
    pub role: Option<String>,
    /// Where the person is named.
    pub span: Span,
    /// The § the person was present for, or served for, when the
    /// attendance list limits it (`§§ 45-48`, `ej § 50`, `tjänstgör från
    /// § 5`, `X ersätter Y §§ 49-50`): inclusive ranges in order, open ends
    /// and exclusions resolved against the meeting's § numbers. Empty when
    /// the whole meeting or not stated (added after version 1's keys).
    pub presence: Vec<ParagraphRange>,
}

/// An inclusive range of § numbers: `{from, to, span}`.
///
/// ```
/// let text = "Beslutande\nAnna Berg (S), ordförande\nPer Ek (M) §§ 12-13\n\n\
///             § 12\nVal av justerare\n\n§ 13\nBudget\n\n§ 14\nAvslutning\n";
/// let doc = kommuntext::parse(text);
/// let per = doc.people.iter().find(|p| p.name == "Per Ek").unwrap();
/// assert_eq!((per.presence[0].from, per.presence[0].to), (Some(12), Some(13)));
/// assert_eq!(&text[per.presence[0].span], "§§ 12-13");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct ParagraphRange {
    /// The first §; `None` from the start of the meeting when its first §
    /// is not known.
    pub from: Option<u32>,
    /// The last §; `None` to the end of the meeting when its last § is not
    /// known.
    pub to: Option<u32>,
    /// The text the range was read from (`§§ 45-48`, `ej § 50`).
    pub span: Span,
}

/// A table-of-contents or agenda entry: `{number, title, case_number, span}`.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct TocEntry<'a> {
    /// The § or ärende number.
    pub number: Option<u32>,
    /// The title, without leaders and page number.
    pub title: Cow<'a, str>,
    /// The entry's diarienummer.
    pub case_number: Option<CaseNumber>,
    /// The entry's line(s).
    pub span: Span,
    /// Who presents the item (föredragande) in a kallelse's agenda (added
    /// after version 1's keys).
    pub presenter: Option<Cow<'a, str>>,
}

/// A § item of a protokoll.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Paragraph<'a> {
    /// 176 for `§ 176`, `Ks 176`, `Kf § 176`.
    pub number: u32,
    /// `a` for `Kf 88 a`.
    pub suffix: Option<Cow<'a, str>>,
    /// The heading as written: `§ 176`, `Ks 14`.
    pub label: Cow<'a, str>,
    /// The ärendemening, wrapped lines joined.
    pub title: Option<Cow<'a, str>>,
    /// The item's diarienummer.
    pub case_numbers: Vec<CaseNumber>,
    /// The item's sections, in order.
    pub sections: Vec<Section<'a>>,
    /// The decisions and proposals in the item.
    pub decisions: Vec<Decision<'a>>,
    /// Votes taken.
    pub votes: Vec<Vote<'a>>,
    /// `Beslutet skickas till`, `Expedieras till`, `Protokollsutdrag till`.
    pub recipients: Vec<Cow<'a, str>>,
    /// The documents listed under `Beslutsunderlag`.
    pub attachments: Vec<Cow<'a, str>>,
    /// Whether the § was declared omedelbart justerad.
    pub immediately_adjusted: bool,
    /// The whole §.
    pub span: Span,
    /// References found in the § (added after version 1's keys).
    pub references: Vec<Reference>,
    /// Yrkanden: who proposed what (added after version 1's keys).
    pub motions: Vec<Motion<'a>>,
    /// Reservations: who entered one, and its text (added after version 1's
    /// keys).
    pub reservations: Vec<Statement<'a>>,
    /// Protokollsanteckningar: who had one entered, and its text (added
    /// after version 1's keys).
    pub notes: Vec<Statement<'a>>,
    /// Members who declared a conflict of interest (jäv) and did not take
    /// part (added after version 1's keys).
    pub disqualified: Vec<Person<'a>>,
}

/// What a yrkande proposes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub enum MotionKind {
    /// Approval of the proposal before the meeting.
    #[cfg_attr(feature = "serde", serde(rename = "bifall"))]
    Bifall,
    /// Rejection.
    #[cfg_attr(feature = "serde", serde(rename = "avslag"))]
    Avslag,
    /// Sending the matter back.
    #[cfg_attr(feature = "serde", serde(rename = "återremiss"))]
    Aterremiss,
    /// Postponing the matter.
    #[cfg_attr(feature = "serde", serde(rename = "bordläggning"))]
    Bordlaggning,
    /// A proposal of the member's own, or an addition.
    #[cfg_attr(feature = "serde", serde(rename = "eget_förslag"))]
    Own,
}

/// A yrkande: `{people, proposes, text, span}`.
///
/// ```
/// let text = "§ 4\nMotion om cykelvägar\n\nYrkanden\nAnna Berg (S) och Per Ek (V) yrkar bifall till motionen.\n";
/// let m = &kommuntext::parse(text).paragraphs[0].motions[0];
/// assert_eq!(m.people.len(), 2);
/// assert_eq!(m.people[1].party.as_deref(), Some("V"));
/// assert_eq!(m.proposes, kommuntext::MotionKind::Bifall);
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Motion<'a> {
    /// Who made it.
    pub people: Vec<Person<'a>>,
    /// What it proposes.
    pub proposes: MotionKind,
    /// The sentence as written.
    pub text: Cow<'a, str>,
    /// Where it is.
    pub span: Span,
}

/// A reservation or protokollsanteckning: `{people, text, span}`.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Statement<'a> {
    /// Who entered it.
    pub people: Vec<Person<'a>>,
    /// Its text.
    pub text: Cow<'a, str>,
    /// Where it is.
    pub span: Span,
}

/// A section of a § or of a tjänsteskrivelse:
/// `{kind, heading, text, span, heading_span}`.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Section<'a> {
    /// The canonical kind of the heading.
    pub kind: SectionKind,
    /// The heading as written.
    pub heading: Cow<'a, str>,
    /// The body: furniture removed, line-break hyphenation joined.
    pub text: Cow<'a, str>,
    /// The whole section, heading included.
    pub span: Span,
    /// The heading.
    pub heading_span: Span,
}

/// Whether a decision was taken or proposed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub enum DecisionKind {
    /// A decision taken (a `Beslut` section).
    #[cfg_attr(feature = "serde", serde(rename = "beslut"))]
    Beslut,
    /// A proposal (`Förslag till beslut`).
    #[cfg_attr(feature = "serde", serde(rename = "förslag"))]
    Forslag,
}

impl DecisionKind {
    /// The Swedish name used in JSON: `beslut` or `förslag`.
    ///
    /// ```
    /// assert_eq!(kommuntext::DecisionKind::Forslag.as_str(), "förslag");
    /// ```
    pub const fn as_str(self) -> &'static str {
        match self {
            DecisionKind::Beslut => "beslut",
            DecisionKind::Forslag => "förslag",
        }
    }
}

/// A decision or proposal: `{kind, organ, items, span}`.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Decision<'a> {
    /// Taken or proposed.
    pub kind: DecisionKind,
    /// The body that decides or is proposed to decide.
    pub organ: Option<Cow<'a, str>>,
    /// The decision's points.
    pub items: Vec<DecisionItem<'a>>,
    /// The lead-in and all items.
    pub span: Span,
}

/// What a decision item does.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub enum Outcome {
    /// Approves, adopts or grants what is before it.
    #[cfg_attr(feature = "serde", serde(rename = "bifall"))]
    Bifall,
    /// Rejects it.
    #[cfg_attr(feature = "serde", serde(rename = "avslag"))]
    Avslag,
    /// Sends the matter back for more work.
    #[cfg_attr(feature = "serde", serde(rename = "återremiss"))]
    Aterremiss,
    /// Postpones the matter to a later meeting.
    #[cfg_attr(feature = "serde", serde(rename = "bordläggning"))]
    Bordlaggning,
    /// Declares a motion, interpellation or question answered.
    #[cfg_attr(feature = "serde", serde(rename = "besvarad"))]
    Besvarad,
    /// Notes information or places it on file.
    #[cfg_attr(feature = "serde", serde(rename = "noterad"))]
    Noterad,
    /// Any other decision.
    #[cfg_attr(feature = "serde", serde(rename = "annat"))]
    Annat,
}

impl Outcome {
    /// The Swedish name used in JSON: `bifall`, `avslag`, `återremiss`,
    /// `bordläggning`, `besvarad`, `noterad`, `annat`.
    ///
    /// ```
    /// assert_eq!(kommuntext::Outcome::Aterremiss.as_str(), "återremiss");
    /// ```
    pub const fn as_str(self) -> &'static str {
        match self {
            Outcome::Bifall => "bifall",
            Outcome::Avslag => "avslag",
            Outcome::Aterremiss => "återremiss",
            Outcome::Bordlaggning => "bordläggning",
            Outcome::Besvarad => "besvarad",
            Outcome::Noterad => "noterad",
            Outcome::Annat => "annat",
        }
    }
}

/// One point of a decision: `{number, text, outcome, span}`.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct DecisionItem<'a> {
    /// The item's number, or `None` for an att-clause or a sentence.
    pub number: Option<u32>,
    /// The item's text, wrapped lines joined.
    pub text: Cow<'a, str>,
    /// What it does.
    pub outcome: Outcome,
    /// The item.
    pub span: Span,
}

/// A vote: `{yes, no, abstain, absent, yes_means, no_means, span,
/// roll_call}`. When the protocol gives a roll call but no tally (or only
/// part of one), the missing counts are derived from the roll call.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Vote<'a> {
    /// Ja-röster.
    pub yes: Option<u32>,
    /// Nej-röster.
    pub no: Option<u32>,
    /// Members who abstained (avstår).
    pub abstain: Option<u32>,
    /// Members absent (frånvarande).
    pub absent: Option<u32>,
    /// What a ja-röst was for.
    pub yes_means: Option<Cow<'a, str>>,
    /// What a nej-röst was for.
    pub no_means: Option<Cow<'a, str>>,
    /// The vote's text.
    pub span: Span,
    /// The roll call (omröstning med namnupprop): how each member voted,
    /// in the order listed; empty when the protocol gives only a tally
    /// (added after version 1's keys).
    pub roll_call: Vec<Ballot<'a>>,
}

/// How a member voted in a roll call.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub enum BallotChoice {
    /// Ja.
    #[cfg_attr(feature = "serde", serde(rename = "ja"))]
    Ja,
    /// Nej.
    #[cfg_attr(feature = "serde", serde(rename = "nej"))]
    Nej,
    /// Avstår: present, voted neither.
    #[cfg_attr(feature = "serde", serde(rename = "avstår"))]
    Avstar,
    /// Frånvarande: listed, but absent at the vote.
    #[cfg_attr(feature = "serde", serde(rename = "frånvarande"))]
    Franvarande,
}

impl BallotChoice {
    /// The Swedish name used in JSON: `ja`, `nej`, `avstår`, `frånvarande`.
    ///
    /// ```
    /// assert_eq!(kommuntext::BallotChoice::Avstar.as_str(), "avstår");
    /// ```
    pub const fn as_str(self) -> &'static str {
        match self {
            BallotChoice::Ja => "ja",
            BallotChoice::Nej => "nej",
            BallotChoice::Avstar => "avstår",
            BallotChoice::Franvarande => "frånvarande",
        }
    }
}

/// One member's vote in a roll call: `{name, party, vote, span}`.
///
/// ```
/// let text = "§ 5\nBudget\n\nOmröstning\nJa: Anna Berg (S), Per Ek (S)\nNej: Eva Lund (M)\n";
/// let vote = &kommuntext::parse(text).paragraphs[0].votes[0];
/// assert_eq!((vote.yes, vote.no), (Some(2), Some(1)));
/// let eva = &vote.roll_call[2];
/// assert_eq!((eva.name.as_ref(), eva.vote), ("Eva Lund", kommuntext::BallotChoice::Nej));
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Ballot<'a> {
    /// The member's name as written.
    pub name: Cow<'a, str>,
    /// The party as written without parentheses, or `None`.
    pub party: Option<Cow<'a, str>>,
    /// How the member voted.
    pub vote: BallotChoice,
    /// The member's row, line or name in the roll call.
    pub span: Span,
}
