//! # kommuntext
//!
//! Turns the raw text of Swedish municipal documents into structured data.
//!
//! (The crate manual is written in `lib.rs` as parts land; see the README.)
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
