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

mod classify;
mod diag;
mod furniture;
mod headings;
mod lines;
mod paragraph_heading;
mod span;

pub use classify::{
    classify, Classified, ClassifiedLine, LineClass, ListItem, ListMarker, TocEntry,
};
pub use diag::{Diagnostic, Severity};
pub use furniture::{find_furniture, furniture_line, Furniture, FurnitureKind};
pub use headings::{
    inline_headings, is_document_kind_word, is_organ_name, is_toc_title, label, labels,
    section_heading, Confidence, Label, LabelKind, LabelLayout, SectionHeading, SectionKind,
};
pub use lines::{lines, Line, Lines};
pub use paragraph_heading::{paragraph_heading, ParagraphHeading, Strength};
pub use span::Span;
