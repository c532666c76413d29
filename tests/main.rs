//! The one integration test binary (`autotests = false`).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

mod lines;
mod support;
