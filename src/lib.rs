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

mod abbrev;
mod diag;
mod sentence;
mod span;
mod token;

pub use abbrev::{abbreviations, is_abbreviation};
pub use diag::{Diagnostic, Severity};
pub use sentence::{sentences, Sentences};
pub use span::Span;
pub use token::{compound_head, tokenize, tokenize_reference, Token, TokenKind, Tokens};
