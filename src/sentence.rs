//! A sentence splitter over the tokens.

use crate::token::{tokenize, Token, TokenKind, Tokens};
use crate::Span;
use std::iter::FusedIterator;

/// Splits `text` into sentences. The spans are ordered and partition the
/// input (white space after a sentence belongs to it). See the
/// rules below.
///
/// # Rules
///
/// A sentence ends
///
/// - at `.`, `!`, `?` or `…` (and closing quotes or brackets right after it)
///   when the next word starts with an upper-case letter, a digit or `§`;
/// - at a blank line;
/// - after a heading line: a line that starts a sentence, starts with an
///   upper-case letter, a digit or `§`, has at most eight words, does not end
///   in `,`, `;`, `-`, `(` or a function word (*att*, *och*, *i*, …), and is followed by a line that starts with an
///   upper-case letter, a digit or `§` ("Beslut" / "Socialnämnden beslutar:");
/// - at the end of the text.
///
/// It does not end
///
/// - after an abbreviation (`enl. KS beslut`, `kl. 13.00`, `Ordf. Anna
///   Berg`): abbreviations keep their stop as part of the token;
/// - after the stop of a list number: `1.` at the start of a line, or after
///   *att* (`att 1. anta … 2. …`);
/// - inside a numbered att-clause list: once "att 1." has been seen, a stop
///   followed by the next list number (`2.`) does not end the sentence.
///
/// The spans partition the input: each sentence keeps the white space and
/// line breaks that follow it, so the spans are ordered, contiguous and cover
/// the text. Use [`Span::trim`] for the words alone.
///
/// # Time complexity
///
/// Linear: every token is read at most twice (once when looking ahead past
/// white space, once when it is consumed).
///
/// # Example
///
/// ```
/// use kommuntext::sentences;
/// let text = "Beslut\nMötet öppnas kl. 13.00 enl. KS beslut. Ordf. Anna Berg hälsar välkommen.";
/// let got: Vec<&str> = sentences(text).map(|s| text[s.trim(text)].as_ref()).collect();
/// assert_eq!(
///     got,
///     [
///         "Beslut",
///         "Mötet öppnas kl. 13.00 enl. KS beslut.",
///         "Ordf. Anna Berg hälsar välkommen.",
///     ]
/// );
/// ```
pub fn sentences(text: &str) -> Sentences<'_> {
    Sentences {
        text,
        tokens: tokenize(text),
    }
}

/// The iterator of [`sentences`].
#[derive(Clone, Debug)]
pub struct Sentences<'a> {
    text: &'a str,
    tokens: Tokens<'a>,
}

/// What is known about the line being read.
#[derive(Default)]
struct Line {
    /// The line began with this sentence (nothing of the sentence before it).
    starts_sentence: bool,
    /// Significant tokens on the line.
    words: usize,
    /// The first significant token starts with a capital, digit or `§`.
    first_upper: bool,
}

/// Whether a line whose last significant token is this one goes on on the
/// next line (a heading does not end with it).
fn open_end(kind: TokenKind, s: &str) -> bool {
    kind == TokenKind::SuspendedCompound
        || (kind == TokenKind::Punctuation && matches!(s, "," | ";" | "-" | "(" | "–"))
        || (kind == TokenKind::Word && is_function_word(s))
}

fn starts_upper(kind: TokenKind, text: &str) -> bool {
    match kind {
        TokenKind::Section
        | TokenKind::Number
        | TokenKind::Ordinal
        | TokenKind::Date
        | TokenKind::Time
        | TokenKind::TimeRange => true,
        TokenKind::Code => text.starts_with(|c: char| c.is_ascii_digit() || c.is_uppercase()),
        TokenKind::Word
        | TokenKind::Abbreviation
        | TokenKind::SuspendedCompound
        | TokenKind::Url
        | TokenKind::Email => text.starts_with(char::is_uppercase),
        TokenKind::Punctuation => {
            matches!(text, "\"" | "”" | "“" | "«" | "„" | "'" | "’" | "–" | "—")
        }
        _ => false,
    }
}

/// Words a heading line does not end with: a line that ends in one goes on
/// on the next line.
pub(crate) fn is_function_word(w: &str) -> bool {
    const WORDS: &[&str] = &[
        "att", "och", "eller", "samt", "som", "i", "på", "av", "till", "med", "om", "för", "från",
        "vid", "den", "det", "de", "en", "ett", "är", "var", "har", "ska", "kan", "enligt",
        "under", "efter", "inom", "mot", "utan", "hos", "mellan", "genom",
    ];
    w.len() <= 7 && WORDS.iter().any(|x| x.eq_ignore_ascii_case(w))
}

fn is_terminal(text: &str) -> bool {
    !text.is_empty() && text.chars().all(|c| matches!(c, '.' | '!' | '?' | '…'))
}

fn is_closing(text: &str) -> bool {
    matches!(text, ")" | "]" | "\"" | "”" | "’" | "»" | "'")
}

impl<'a> Sentences<'a> {
    /// The next significant token at or after the iterator position, and the
    /// number of line breaks before it.
    fn peek_significant(&self) -> (Option<Token>, usize) {
        let mut it = self.tokens.clone();
        let mut breaks = 0;
        for t in it.by_ref() {
            match t.kind {
                TokenKind::Whitespace | TokenKind::PageBreak => {}
                TokenKind::Newline => breaks += 1,
                _ => return (Some(t), breaks),
            }
        }
        (None, breaks)
    }

    /// Consumes white space and line breaks up to the next significant token.
    fn skip_space(&mut self) {
        loop {
            let mut it = self.tokens.clone();
            match it.next() {
                Some(t) if t.kind.is_space() => self.tokens = it,
                _ => return,
            }
        }
    }

    /// Whether a blank line follows the line break just read: white space,
    /// then another line break.
    fn blank_line_ahead(&self) -> bool {
        for t in self.tokens.clone() {
            match t.kind {
                TokenKind::Whitespace => {}
                TokenKind::Newline => return true,
                _ => return false,
            }
        }
        true
    }

    fn end_here(&mut self, start: usize) -> Option<Span> {
        self.skip_space();
        Some(Span::new(start, self.tokens.offset()))
    }
}

impl Iterator for Sentences<'_> {
    type Item = Span;

    fn next(&mut self) -> Option<Span> {
        let text = self.text;
        let start = self.tokens.offset();
        if start >= text.len() {
            return None;
        }
        let mut content = false;
        let mut line = Line {
            starts_sentence: true,
            ..Line::default()
        };
        // The last two significant tokens' texts, for list numbers.
        let mut prev: Option<(TokenKind, &str)> = None;
        let mut prev2: Option<(TokenKind, &str)> = None;
        let mut att_list = false;
        while let Some(t) = self.tokens.next() {
            let s = t.text(text);
            match t.kind {
                TokenKind::Whitespace => continue,
                TokenKind::Newline | TokenKind::PageBreak => {
                    if t.kind == TokenKind::Newline && content {
                        if self.blank_line_ahead() {
                            return self.end_here(start);
                        }
                        // `prev` is the line's last significant token
                        // (the line has one): tested last, as it is the
                        // dearest test.
                        let heading = line.starts_sentence
                            && line.first_upper
                            && (1..=8).contains(&line.words)
                            && !prev.is_some_and(|(k, s)| open_end(k, s));
                        if heading {
                            if let (Some(next), _) = self.peek_significant() {
                                if starts_upper(next.kind, next.text(text)) {
                                    return self.end_here(start);
                                }
                            }
                        }
                    }
                    line = Line {
                        starts_sentence: !content,
                        ..Line::default()
                    };
                    continue;
                }
                _ => {}
            }
            content = true;
            line.words += 1;
            if line.words == 1 {
                line.first_upper = starts_upper(t.kind, s);
            }
            let list_number = |p: Option<(TokenKind, &str)>, p2: Option<(TokenKind, &str)>| {
                matches!(p, Some((TokenKind::Number, _)))
                    && match p2 {
                        None => true,
                        Some((TokenKind::Word, w)) => w.eq_ignore_ascii_case("att"),
                        _ => false,
                    }
            };
            if t.kind == TokenKind::Punctuation && is_terminal(s) {
                // The stop of a list number: "1." at a line start, "att 1.".
                let at_line_start = line.words == 2;
                if s == "."
                    && (list_number(prev, prev2)
                        || (at_line_start && matches!(prev, Some((TokenKind::Number, _)))))
                {
                    if matches!(prev2, Some((TokenKind::Word, w)) if w.eq_ignore_ascii_case("att"))
                    {
                        att_list = true;
                    }
                    prev2 = prev;
                    prev = Some((t.kind, s));
                    continue;
                }
                // Closing quotes and brackets stay with the sentence.
                loop {
                    let mut it = self.tokens.clone();
                    match it.next() {
                        Some(c) if c.kind == TokenKind::Punctuation && is_closing(c.text(text)) => {
                            self.tokens = it
                        }
                        _ => break,
                    }
                }
                let (next, breaks) = self.peek_significant();
                let Some(next) = next else {
                    return self.end_here(start);
                };
                if breaks >= 2 {
                    return self.end_here(start);
                }
                let next_text = next.text(text);
                if starts_upper(next.kind, next_text) {
                    let continues_list = att_list && next.kind == TokenKind::Number && {
                        let mut it = self.tokens.clone();
                        it.find(|x| x.span.start >= next.span.end)
                            .is_some_and(|x| x.text(text) == ".")
                    };
                    if !continues_list {
                        return self.end_here(start);
                    }
                }
            }
            prev2 = prev;
            prev = Some((t.kind, s));
        }
        Some(Span::new(start, text.len()))
    }
}

impl FusedIterator for Sentences<'_> {}
