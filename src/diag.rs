//! Diagnostics: what could not be read cleanly, with a span.

use crate::Span;
use core::fmt;
use std::borrow::Cow;

/// How serious a [`Diagnostic`] is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "lowercase"))]
pub enum Severity {
    /// Worth knowing; the value read is trustworthy.
    Info,
    /// Something was skipped or guessed; check the value.
    Warning,
    /// Something could not be read at all.
    Error,
}

impl Severity {
    /// The lower-case name used in JSON: `info`, `warning`, `error`.
    pub const fn as_str(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

/// A problem found while reading a text: never a failure, always a note with
/// the span of the bytes it is about.
///
/// `code` is a stable snake_case identifier that programs can match on
/// (`"invalid_date"`, `"case_number_fragment"`, …); `message` is for people
/// and may change between versions.
///
/// # Example
///
/// ```
/// use kommuntext::{Diagnostic, Severity, Span};
/// let d = Diagnostic::new("invalid_date", Severity::Warning, "2019-02-30 is not a date", Span::new(5, 15));
/// assert_eq!(d.code, "invalid_date");
/// assert_eq!(d.to_string(), "warning[invalid_date] at 5..15: 2019-02-30 is not a date");
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Diagnostic {
    /// Stable snake_case identifier of the kind of problem.
    pub code: Cow<'static, str>,
    /// How serious it is.
    pub severity: Severity,
    /// A human-readable explanation.
    pub message: String,
    /// The bytes it is about.
    pub span: Span,
}

impl Diagnostic {
    /// A diagnostic with the given code, severity, message and span.
    pub fn new(
        code: &'static str,
        severity: Severity,
        message: impl Into<String>,
        span: Span,
    ) -> Diagnostic {
        Diagnostic {
            code: Cow::Borrowed(code),
            severity,
            message: message.into(),
            span,
        }
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}[{}] at {:?}: {}",
            self.severity.as_str(),
            self.code,
            self.span,
            self.message
        )
    }
}
