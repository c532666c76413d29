//! # kommuntext
//!
//! Turns the raw text of Swedish municipal documents into structured data.
//!
//! (The crate manual is written in `lib.rs` as parts land; see the README.)
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

mod case_number;
mod date;
mod diag;
mod reference;
mod span;

pub use case_number::{
    expand_two_digit_year, find_case_number_matches, find_case_numbers, parse_case_number,
    CaseNumber, CaseNumberErrorKind, CaseNumberMatch, ParseCaseNumberError,
};
pub use date::{find_dates, find_times, Date, DateMatch, ParseDateError, Time, TimeMatch};
pub use diag::{Diagnostic, Severity};
pub use reference::{find_references, Reference, ReferenceKind};
pub use span::Span;
