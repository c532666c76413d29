//! # kommuntext
//!
//! Turns the raw text of Swedish municipal documents — protokoll,
//! protokollsutdrag, tjänsteskrivelser, kallelser — into structured data, with
//! a byte span into the original text for every value it extracts.
//!
//! The text usually arrives as `pdftotext` output, OCR of old typed protocols,
//! flattened web transcripts or decoded Windows-1252 files: page headers in
//! the middle of sentences, form feeds, line-break hyphens, no-break spaces,
//! decomposed `å`. The original text is the single source of truth; tokens
//! and structure are spans into it; cleaned text is derived on demand.
//!
//! ## Quick example: a document
//!
//! ```
//! use kommuntext::{parse, DocumentKind, Outcome};
//!
//! let text = "Socialnämnden\nProtokollsutdrag\nSammanträdesdatum 2020-12-15\n\n\
//!             § 176\nNära vård\nSN/2020:223\n\nBeslut\nSocialnämnden beslutar:\n\
//!             1. Godkänna målbilden.\n2. Lägga programdirektivet till handlingarna.\n";
//! let doc = parse(text);
//! assert_eq!(doc.kind, DocumentKind::Protokollsutdrag);
//! assert_eq!(doc.organ.as_deref(), Some("Socialnämnden"));
//! let p = &doc.paragraphs[0];
//! assert_eq!((p.number, p.case_numbers[0].text.as_str()), (176, "SN/2020:223"));
//! let outcomes: Vec<Outcome> = p.decisions[0].items.iter().map(|i| i.outcome).collect();
//! assert_eq!(outcomes, [Outcome::Bifall, Outcome::Noterad]);
//! // Every value carries a span into the text it was read from.
//! assert_eq!(&text[p.case_numbers[0].span], "SN/2020:223");
//! ```
//!
//! [`parse`] runs two passes: [`classify`] gives every line a class (page
//! furniture, § heading, section heading, label, list item, text), then the
//! assembler builds the [`Document`] (the JSON output contract, schema
//! version 1, with feature `serde`). The recognizers it uses stand on their
//! own: [`find_case_numbers`], [`find_dates`], [`find_times`],
//! [`find_references`].
//!
//! ## Quick example: tokens
//!
//! ```
//! use kommuntext::{sentences, tokenize, TokenKind};
//!
//! let text = "§ 176\nNära vård\nSN/2020:223\n\nSocialnämnden beslutar t.ex. att anta \
//!             Barn- och ungdoms-\nförvaltningens förslag.";
//!
//! // Tokens are small Copy values: a kind and a span. No allocation.
//! let codes: Vec<&str> = tokenize(text)
//!     .filter(|t| t.kind == TokenKind::Code)
//!     .map(|t| t.text(text))
//!     .collect();
//! assert_eq!(codes, ["SN/2020:223"]);
//!
//! // Normalized text is derived on demand: the line-break hyphen is joined.
//! let joined = tokenize(text)
//!     .find(|t| t.text(text).starts_with("ungdoms"))
//!     .unwrap();
//! assert_eq!(joined.normalized(text), "ungdomsförvaltningens");
//!
//! // Sentences are spans that partition the text.
//! let n = sentences(text).count();
//! assert_eq!(n, 4); // "§ 176", "Nära vård", "SN/2020:223", the decision
//! ```
//!
//! ## Glossary
//!
//! - **protokoll** (sammanträdesprotokoll): the minutes of a meeting of a
//!   fullmäktige, styrelse, nämnd or utskott: a front page, often a table of
//!   contents, then numbered items (`§ 176`).
//! - **protokollsutdrag**: one or a few § copied out of a protokoll.
//! - **tjänsteskrivelse**: the administration's memo to a nämnd, with a
//!   proposal (*förslag till beslut*).
//! - **kallelse / föredragningslista**: the meeting notice and its agenda.
//! - **diarienummer** (dnr): a case number, `SN/2020:223`, `KS 2018/14`,
//!   `2021.231 VON`.
//! - **§** (paragraf): a numbered item of a protokoll.
//!
//! ## Spans
//!
//! A [`Span`] is a half-open byte range into the text you passed in: never
//! into a cleaned copy. `&text[span]` is what the value was read from, so an
//! archivist can trace any value back to its bytes. In JSON a span is
//! `[start, end]`.
//!
//! ## Diagnostics
//!
//! Nothing in this crate fails on text. What cannot be read cleanly becomes a
//! [`Diagnostic`] with a stable `code`, a [`Severity`], a message and a span.
//!
//! ## Recognizers
//!
//! Small pure functions that find values in any text, each returning values
//! with [`Span`]s in text order, never overlapping, and never panicking, in
//! time linear in the input: [`find_case_numbers`] (diarienummer, e.g.
//! `KS 2019/0057`, `SN/2020:223`, `2021.231 VON`; [`parse_case_number`] for
//! one candidate), [`find_dates`] and [`find_times`] (`den 9 juni 2019`,
//! `27.6.2019`, `kl. 13.00–15.30`) and [`find_references`] (`5 kap. 23 §
//! kommunallagen`, `SOU 2017:114`, `KS § 187, 2019-12-06`). What cannot be
//! read cleanly (`Dnr 2019/`, `2019-02-30`) becomes a [`Diagnostic`], not a
//! value. In the JSON output, documents and paragraphs carry
//! `references: [{kind, text, span, law, chapter, section, sfs, series,
//! number, organ, date, paragraph, year}]` beside `case_numbers` (see
//! [`Reference`]).
//!
//! ```
//! let text = "Dnr KS 2019/0057\nSammanträdesdatum 2019-06-17, kl. 13.00\n\
//!             Enligt 6 kap. 36 § KL.";
//! let (dnr, _) = kommuntext::find_case_numbers(text);
//! assert_eq!(dnr[0].serial, "0057");
//! assert_eq!(kommuntext::find_dates(text).0[0].date.to_string(), "2019-06-17");
//! assert_eq!(kommuntext::find_times(text).0[0].start.to_string(), "13:00");
//! assert_eq!(kommuntext::find_references(text)[0].law.as_deref(), Some("KL"));
//! ```
//!
//! ## Guarantees
//!
//! These hold for every `&str`, and the test suite checks them with property
//! tests over random strings and a Swedish alphabet (`a`–`ö`, `§`, NBSP, soft
//! hyphen, CRLF, form feed, combining marks):
//!
//! - **Total.** No function panics on any input; there is no `unsafe` code
//!   (`#![forbid(unsafe_code)]`) and clippy's panic lints (`unwrap_used`,
//!   `expect_used`, `panic`, `indexing_slicing`, `string_slice`) are denied
//!   in library code. The empty string gives no tokens and no sentences.
//! - **Lossless.** [`tokenize`] yields tokens whose spans are contiguous, on
//!   character boundaries, and concatenate to the input; white space and line
//!   breaks are tokens too. [`sentences`] yields spans that partition the
//!   input.
//! - **Linear.** Every scanner looks ahead a bounded distance or consumes
//!   what it reads, so time is linear in the input; the `pathological`
//!   benchmark group shows it on 1, 4 and 16 MiB of hostile input.
//! - **Allocation-free tokenizing.** [`tokenize`] allocates nothing;
//!   [`Token::normalized`] borrows unless it has to change the text.
//!
//! ## Features
//!
//! - `serde`: `Serialize`/`Deserialize` on the public types, in the JSON
//!   shape of the output contract.
//! - `encoding`: [`decode`], from bytes in UTF-8 (with or without a BOM),
//!   UTF-16, Windows-1252, Mac Roman or DOS code page 850 to text
//!   (`encoding_rs`).
//! - `cli` (default): the `kommuntext` command-line tool; it turns on `serde`
//!   and `encoding`.
//!   Library users write `default-features = false`.
#![forbid(unsafe_code)]
#![deny(missing_docs)]
#![cfg_attr(
    not(test),
    deny(
        clippy::unwrap_used,
        clippy::expect_used,
        clippy::panic,
        clippy::indexing_slicing,
        clippy::string_slice
    )
)]

mod abbrev;
mod assemble;
mod case_number;
mod classify;
mod date;
#[cfg(feature = "encoding")]
mod decode;
mod diag;
mod document;
mod furniture;
mod headings;
mod lines;
mod paragraph_heading;
mod presence;
mod reference;
mod roll_call;
mod rows;
mod segment;
mod sentence;
mod span;
#[cfg(test)]
mod test_fixtures;
mod token;

pub use abbrev::{abbreviations, is_abbreviation};
pub use assemble::parse;
pub use case_number::{
    expand_two_digit_year, find_case_number_matches, find_case_numbers, parse_case_number,
    CaseNumber, CaseNumberErrorKind, CaseNumberMatch, ParseCaseNumberError,
};
pub use classify::{
    classify, Classified, ClassifiedLine, LineClass, ListItem, ListMarker, TocLine,
};
pub use date::{find_dates, find_times, Date, DateMatch, ParseDateError, Time, TimeMatch};
#[cfg(feature = "encoding")]
pub use decode::{decode, decode_with, looks_binary, Decoded, UnknownEncoding};
pub use diag::{Diagnostic, Severity};
pub use document::{
    Adjustment, Ballot, BallotChoice, DateField, Decision, DecisionItem, DecisionKind, Document,
    DocumentKind, Evidence, Motion, MotionKind, Outcome, Paragraph, ParagraphRange, Person,
    Section, SourceInfo, Statement, TocEntry, Vote, SCHEMA_VERSION,
};
pub use furniture::{find_furniture, furniture_line, Furniture, FurnitureKind};
pub use headings::{
    inline_headings, is_document_kind_word, is_organ_name, is_toc_title, label, labels,
    section_heading, Confidence, Label, LabelKind, LabelLayout, SectionHeading, SectionKind,
};
pub use lines::{lines, Line, Lines};
pub use paragraph_heading::{paragraph_heading, ParagraphHeading, Strength};
pub use reference::{find_references, Reference, ReferenceKind};
pub use sentence::{sentences, Sentences};
pub use span::Span;
pub use token::{compound_head, tokenize, tokenize_reference, Token, TokenKind, Tokens};

/// The README's examples, compiled and run as doctests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;
