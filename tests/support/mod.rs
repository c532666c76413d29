//! Test support shared by every test module.

pub mod spec;
