//! The one integration test binary (`autotests = false`).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

#[cfg(feature = "cli")]
mod cli;
mod facts;
mod hostile;
mod lines;
mod parse;
mod recognizers;
mod support;
mod tokens;
