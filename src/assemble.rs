//! The second pass: from classified lines to a [`Document`].
//!
//! [`parse`] runs the first pass ([`classify`]) and then reads the classified
//! lines once, top to bottom:
//!
//! 1. Lines before the first § heading are the front matter: labels (`Datum`,
//!    `Handläggare`, `Diarienummer`, `Sammanträdesdatum`, `Organ`, …), the
//!    document header, a table of contents, and, in a tjänsteskrivelse, the
//!    addressee, the title and the sections.
//! 2. Each § heading opens a paragraph that runs to the next § heading or to
//!    a closing block (`ANSLAG/BEVIS`, `Underskrifter`, `Utdragsbestyrkande`):
//!    title (wrapped lines joined), diarienummer, sections, decisions, votes,
//!    attachments, recipients, omedelbar justering, references.
//! 3. Sections run from one section heading to the next. Their text leaves out
//!    furniture and joins line-break hyphenation. A `Beslut` section yields a
//!    `beslut` decision, a `Förslag till beslut` section a `förslag`: numbered
//!    and bulleted items, att-clauses, or else its sentences, each with an
//!    outcome read from its own wording.
//! 4. The kind, organ, meeting date and municipality are decided from all the
//!    evidence, page furniture included (a page header naming the organ and
//!    the meeting date counts), and a diagnostic is added when the evidence
//!    is weak.
//!
//! # Time complexity
//!
//! Linear in the input: the first pass is linear, and the second reads each
//! line a bounded number of times (the recognizers run once over each
//! paragraph's and the front matter's text).

use crate::classify::{classify, ClassifiedLine, LineClass, ListMarker};
use crate::document::{
    Decision, DecisionItem, DecisionKind, Document, DocumentKind, Outcome, Paragraph, Person,
    Section, TocEntry, Vote, SCHEMA_VERSION,
};
use crate::headings::{is_organ_name, Confidence, LabelKind, SectionHeading, SectionKind};
use crate::{find_case_number_matches, find_dates, find_references, CaseNumber, Date};
use crate::{Diagnostic, FurnitureKind, Severity, Span};
use once_cell::sync::Lazy;
use regex::Regex;
use std::borrow::Cow;

/// Parses a protokoll, protokollsutdrag, tjänsteskrivelse or kallelse.
/// Never fails and never panics: what cannot be read becomes a
/// [`Diagnostic`]; a text that is none of these is [`DocumentKind::Okand`]
/// with whatever could be read.
///
/// # Example
///
/// ```
/// use kommuntext::{parse, DocumentKind, Outcome};
/// let text = "Socialnämnden\nProtokollsutdrag\nSammanträdesdatum 2020-12-15\n\n\
///             § 176\nNära vård\nSN/2020:223\n\nBeslut\nSocialnämnden beslutar:\n\
///             1. Godkänna målbilden.\n2. Lägga rapporten till handlingarna.\n";
/// let doc = parse(text);
/// assert_eq!(doc.kind, DocumentKind::Protokollsutdrag);
/// assert_eq!(doc.organ.as_deref(), Some("Socialnämnden"));
/// assert_eq!(doc.meeting_date.unwrap().to_string(), "2020-12-15");
/// let p = &doc.paragraphs[0];
/// assert_eq!((p.number, p.title.as_deref()), (176, Some("Nära vård")));
/// let items = &p.decisions[0].items;
/// assert_eq!(items[0].outcome, Outcome::Bifall);
/// assert_eq!(items[1].outcome, Outcome::Noterad);
/// ```
pub fn parse(text: &str) -> Document<'_> {
    let classified = classify(text);
    let lines = &classified.lines;
    let mut doc = Document {
        schema_version: SCHEMA_VERSION,
        doc_id: None,
        source: None,
        kind: DocumentKind::Okand,
        municipality: None,
        organ: None,
        title: None,
        document_date: None,
        meeting_date: None,
        case_numbers: Vec::new(),
        people: Vec::new(),
        toc: Vec::new(),
        paragraphs: Vec::new(),
        sections: Vec::new(),
        decisions: Vec::new(),
        recipients: Vec::new(),
        furniture: classified.furniture.clone(),
        diagnostics: Vec::new(),
        references: Vec::new(),
    };

    // Paragraph boundaries.
    let starts: Vec<usize> = lines
        .iter()
        .enumerate()
        .filter(|(_, l)| matches!(l.class, LineClass::ParagraphHeading(_)))
        .map(|(i, _)| i)
        .collect();
    let front_end = starts.first().copied().unwrap_or(lines.len());
    for (k, &start) in starts.iter().enumerate() {
        let next = starts.get(k + 1).copied().unwrap_or(lines.len());
        let end = (start + 1..next)
            .find(|&i| lines.get(i).is_some_and(closes_paragraph))
            .unwrap_or(next);
        if let Some(p) = paragraph(text, lines, start, end) {
            doc.paragraphs.push(p);
        }
    }

    front_matter(text, lines, front_end, &mut doc);
    evidence(text, lines, &mut doc);
    doc
}

/// A closing block after the last § (notice, signatures, certification).
fn closes_paragraph(l: &ClassifiedLine) -> bool {
    matches!(
        &l.class,
        LineClass::Label(label) if matches!(
            label.kind,
            LabelKind::Notice | LabelKind::Signatures | LabelKind::Certification | LabelKind::Storage
        )
    )
}

fn slice(text: &str, span: Span) -> &str {
    span.get(text).unwrap_or("")
}

fn is_content(l: &ClassifiedLine) -> bool {
    !matches!(l.class, LineClass::Blank | LineClass::Furniture(_))
}

/// Words a hyphenated line end is not joined to (a suspended compound).
fn is_conjunction(w: &str) -> bool {
    matches!(
        w,
        "och" | "eller" | "samt" | "respektive" | "resp." | "resp" | "till" | "som"
    )
}

/// Joins the content of `spans` (lines) into text: lines with `\n`, a run
/// of blank lines as one empty line, line-break hyphenation joined. Borrows
/// when the result is a plain slice of the input.
fn join_lines<'a>(text: &'a str, spans: &[(Span, bool)]) -> Cow<'a, str> {
    // (span, blank_before)
    let mut out = String::new();
    for (i, &(span, blank_before)) in spans.iter().enumerate() {
        let s = slice(text, span).trim();
        if s.is_empty() {
            continue;
        }
        if i > 0 && !out.is_empty() {
            let hyphen =
                out.ends_with('-') && out.chars().rev().nth(1).is_some_and(|c| c.is_alphabetic());
            let next_word: String = s.chars().take_while(|c| c.is_alphabetic()).collect();
            let lower_next = next_word.chars().next().is_some_and(char::is_lowercase);
            if hyphen && !blank_before && lower_next && !is_conjunction(&next_word) {
                out.pop();
            } else if blank_before {
                out.push_str("\n\n");
            } else {
                out.push('\n');
            }
        }
        out.push_str(s);
    }
    // Borrow when nothing was changed: one contiguous slice of the input.
    if let (Some(&(first, _)), Some(&(last, _))) = (spans.first(), spans.last()) {
        let whole = Span::new(first.start, last.end).trim(text);
        if slice(text, whole) == out {
            return Cow::Borrowed(slice(text, whole));
        }
    }
    Cow::Owned(out)
}

/// The content lines in `range`, with whether a blank line (or furniture)
/// came before each.
fn content_spans(lines: &[ClassifiedLine], from: usize, to: usize) -> Vec<(Span, bool)> {
    let mut out = Vec::new();
    let mut gap = false;
    for l in lines.get(from..to).unwrap_or(&[]) {
        match l.class {
            LineClass::Blank => gap = true,
            LineClass::Furniture(_) => {}
            _ => {
                out.push((l.line.span, gap));
                gap = false;
            }
        }
    }
    out
}

fn span_of(lines: &[ClassifiedLine], from: usize, to: usize) -> Span {
    let first = lines.get(from).map(|l| l.line.span.start).unwrap_or(0);
    let last = lines
        .get(from..to)
        .unwrap_or(&[])
        .iter()
        .rev()
        .find(|l| is_content(l))
        .map(|l| l.line.span.end)
        .unwrap_or(first);
    Span::new(first, last.max(first))
}

/// Case numbers found in `span` of `text`, with absolute spans.
fn case_numbers_in(text: &str, span: Span) -> Vec<CaseNumber> {
    let (found, _) = find_case_number_matches(slice(text, span));
    found
        .into_iter()
        .map(|m| {
            let mut c = m.case_number;
            c.span = c.span.offset(span.start);
            c
        })
        .collect()
}

fn paragraph<'a>(
    text: &'a str,
    lines: &[ClassifiedLine],
    start: usize,
    end: usize,
) -> Option<Paragraph<'a>> {
    let head = lines.get(start)?;
    let LineClass::ParagraphHeading(ph) = &head.class else {
        return None;
    };
    let span = span_of(lines, start, end);
    // The title: on the heading line, or the next content lines up to a
    // blank line, a section heading, a list or a line that is only a dnr.
    let mut title_spans: Vec<(Span, bool)> = Vec::new();
    let mut i = start + 1;
    if let Some(t) = ph.title {
        title_spans.push((t, false));
    } else {
        while i < end {
            let Some(l) = lines.get(i) else { break };
            match &l.class {
                LineClass::Blank if title_spans.is_empty() => {}
                LineClass::Furniture(_) => {}
                LineClass::Text if title_spans.len() < 3 => {
                    let s = slice(text, l.line.span).trim();
                    if only_case_number(s) {
                        break;
                    }
                    title_spans.push((l.line.span, false));
                }
                _ => break,
            }
            i += 1;
        }
    }
    // The header region: heading, title, and the lines up to the first
    // section heading (where the dnr stands).
    let body_start = (start + 1..end)
        .find(|&k| matches!(lines.get(k).map(|l| &l.class), Some(LineClass::SectionHeading(h)) if h.confidence == Confidence::High))
        .unwrap_or(end);
    let header_span = span_of(lines, start, body_start.max(i).min(end));
    let case_numbers = case_numbers_in(text, header_span);
    let title = if title_spans.is_empty() {
        None
    } else {
        let t = join_lines(text, &title_spans);
        Some(strip_case_numbers(t, &case_numbers, text))
    };

    let sections = sections(text, lines, body_start, end);
    let mut decisions = Vec::new();
    let mut attachments = Vec::new();
    let mut recipients = Vec::new();
    for (s, range) in &sections {
        match s.kind {
            SectionKind::Decision | SectionKind::Proposal => {
                if let Some(d) = decision(text, lines, s, range.0, range.1) {
                    decisions.push(d);
                }
            }
            SectionKind::DecisionBasis => {
                attachments.extend(list_values(text, lines, range.0, range.1))
            }
            SectionKind::Distribution => {
                recipients.extend(list_values(text, lines, range.0, range.1))
            }
            _ => {}
        }
    }
    let body = slice(text, span);
    let votes = votes(body, span.start);
    let immediately_adjusted = ADJUSTED.is_match(body);
    let references = find_references(body)
        .into_iter()
        .map(|mut r| {
            r.span = r.span.offset(span.start);
            r
        })
        .collect();
    Some(Paragraph {
        number: ph.number,
        suffix: ph.suffix.map(|s| Cow::Borrowed(slice(text, s))),
        label: Cow::Borrowed(slice(text, ph.label)),
        title,
        case_numbers,
        sections: sections.into_iter().map(|(s, _)| s).collect(),
        decisions,
        votes,
        recipients,
        attachments,
        immediately_adjusted,
        span,
        references,
    })
}

static ADJUSTED: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"(?i)omedelbart\s+justera|justera[sd]?\s+omedelbart|omedelbar\s+justering")
        .unwrap_or_else(|_| never())
});

/// A regex that matches nothing, for the (impossible) case that a literal
/// pattern fails to compile: the library must not panic.
fn never() -> Regex {
    #[allow(clippy::unwrap_used)]
    Regex::new(r"[^\s\S]").unwrap()
}

fn only_case_number(s: &str) -> bool {
    let (found, _) = find_case_number_matches(s);
    found.first().is_some_and(|m| {
        let t = m.case_number.span;
        s.get(..t.start).is_some_and(|p| {
            let p = p.trim().trim_end_matches(':').trim();
            p.is_empty() || p.eq_ignore_ascii_case("dnr") || p.to_lowercase().starts_with("diarie")
        }) && s
            .get(t.end..)
            .is_some_and(|r| r.trim().trim_matches(|c| c == ')' || c == '(').is_empty())
    })
}

/// Removes a diarienummer written in the title line (`Title (SÄN/2019:5)`,
/// `Title Dnr KS 2019/12`).
fn strip_case_numbers<'a>(title: Cow<'a, str>, cns: &[CaseNumber], _text: &str) -> Cow<'a, str> {
    let mut t = title.to_string();
    for c in cns {
        if let Some(pos) = t.find(&c.text) {
            let before = t.get(..pos).unwrap_or("").trim_end();
            let before = before
                .strip_suffix('(')
                .or_else(|| before.strip_suffix("Dnr:"))
                .or_else(|| before.strip_suffix("Dnr"))
                .or_else(|| before.strip_suffix("dnr"))
                .unwrap_or(before)
                .trim_end();
            let after = t.get(pos + c.text.len()..).unwrap_or("");
            let after = after.trim_start().strip_prefix(')').unwrap_or(after).trim();
            t = if after.is_empty() {
                before.to_owned()
            } else {
                format!("{before} {after}")
            };
        }
    }
    let t = t.trim().trim_end_matches([',', '-', '–']).trim().to_owned();
    if t == title.as_ref() {
        title
    } else {
        Cow::Owned(t)
    }
}

/// The sections between lines `from` and `to`, each with its line range
/// (heading line included).
fn sections<'a>(
    text: &'a str,
    lines: &[ClassifiedLine],
    from: usize,
    to: usize,
) -> Vec<(Section<'a>, (usize, usize))> {
    let mut heads: Vec<(usize, &SectionHeading)> = Vec::new();
    for (k, l) in lines.iter().enumerate().take(to).skip(from) {
        if let LineClass::SectionHeading(h) = &l.class {
            if h.confidence == Confidence::High || heads.is_empty() {
                heads.push((k, h));
            }
        }
    }
    let mut out = Vec::new();
    for (n, &(k, h)) in heads.iter().enumerate() {
        let end = heads.get(n + 1).map(|&(k2, _)| k2).unwrap_or(to);
        let mut spans = Vec::new();
        if let Some(rest) = h.rest {
            spans.push((rest, false));
        }
        spans.extend(content_spans(lines, k + 1, end));
        let heading_span = h.heading;
        let span = Span::new(
            heading_span.start,
            span_of(lines, k, end).end.max(heading_span.end),
        );
        out.push((
            Section {
                kind: h.kind,
                heading: Cow::Borrowed(slice(text, heading_span)),
                text: join_lines(text, &spans),
                span,
                heading_span,
            },
            (k, end),
        ));
    }
    out
}

/// The items of a list section (attachments, recipients): the first pass's
/// list items (it ends a tight list at a blank line, so a signature block
/// after it is text), or one short line of comma-separated names.
fn list_values<'a>(
    text: &'a str,
    lines: &[ClassifiedLine],
    from: usize,
    to: usize,
) -> Vec<Cow<'a, str>> {
    let mut out = Vec::new();
    let mut seen_item = false;
    for l in lines.get(from + 1..to).unwrap_or(&[]) {
        match &l.class {
            LineClass::ListItem(item) => {
                let v = slice(text, item.body).trim();
                let v = v.trim_end_matches([',', ';', '.']).trim();
                if !v.is_empty() {
                    out.push(Cow::Borrowed(v));
                    seen_item = true;
                }
            }
            LineClass::Blank | LineClass::Furniture(_) => {}
            LineClass::Text => {
                if seen_item {
                    break;
                }
                // Recipients written on one line: "KS, BUN, Ekonomiavdelningen".
                let s = slice(text, l.line.span).trim();
                if s.len() <= 120 && !s.ends_with('.') {
                    for part in s.split([',', ';']) {
                        let p = part.trim().trim_start_matches("och ").trim();
                        if !p.is_empty() {
                            out.push(Cow::Owned(p.to_owned()));
                        }
                    }
                    seen_item = true;
                } else {
                    break;
                }
            }
            _ => break,
        }
    }
    out
}

static LEAD_IN: Lazy<Regex> = Lazy::new(|| {
    Regex::new(
        r"(?i)^(?P<organ>[\p{L}][\p{L}\- ,]{1,80}?)\s+(?:beslutar|beslöt|beslutade|föreslås\s+besluta|föreslår|hemställer)\b\s*(?:att\b)?\s*:?\s*(?P<rest>.*)$",
    )
    .unwrap_or_else(|_| never())
});

static SUBJECT_VERB: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"^(?P<organ>\p{Lu}[\p{L}\- ]{2,80}?)\s+(?:beslutar|godkänner|antar|fastställer|avslår|noterar|föreslås|föreslår|uppdrar|ger|lämnar|tillstyrker|beviljar|ställer)\b")
        .unwrap_or_else(|_| never())
});

/// The organ named by a decision section's heading (`Kommunstyrelsens
/// beslut` → `Kommunstyrelsen`) or lead-in.
fn organ_from_genitive(s: &str) -> Option<String> {
    let s = s.trim();
    let base = s.strip_suffix('s').unwrap_or(s);
    if is_organ_name(base) {
        Some(capitalize(base))
    } else if is_organ_name(s) {
        Some(capitalize(s))
    } else {
        None
    }
}

fn capitalize(s: &str) -> String {
    let lower = s.to_lowercase();
    if s.chars()
        .filter(|c| c.is_alphabetic())
        .all(char::is_uppercase)
    {
        let mut c = lower.chars();
        match c.next() {
            Some(f) => f.to_uppercase().chain(c).collect(),
            None => String::new(),
        }
    } else {
        s.to_owned()
    }
}

/// A decision item being read: its number and its lines (span, blank before).
type Pending = (Option<u32>, Vec<(Span, bool)>);

fn decision<'a>(
    text: &'a str,
    lines: &[ClassifiedLine],
    section: &Section<'a>,
    from: usize,
    to: usize,
) -> Option<Decision<'a>> {
    let kind = if section.kind == SectionKind::Decision {
        DecisionKind::Beslut
    } else {
        DecisionKind::Forslag
    };
    let mut organ: Option<Cow<'a, str>> = None;
    if let Some(LineClass::SectionHeading(h)) = lines.get(from).map(|l| &l.class) {
        if let Some(o) = h.organ {
            organ = organ_from_genitive(slice(text, o)).map(Cow::Owned);
        }
    }
    let mut items: Vec<DecisionItem<'a>> = Vec::new();
    // (number, spans) of the item being read.
    let mut current: Option<Pending> = None;
    let flush = |cur: &mut Option<Pending>, items: &mut Vec<DecisionItem<'a>>| {
        if let Some((number, spans)) = cur.take() {
            let t = join_lines(text, &spans);
            let t = Cow::Owned(t.replace('\n', " "));
            if let (Some(&(a, _)), Some(&(b, _))) = (spans.first(), spans.last()) {
                let outcome = outcome(&t);
                items.push(DecisionItem {
                    number,
                    text: t,
                    outcome,
                    span: Span::new(a.start, b.end),
                });
            }
        }
    };
    let mut loose: Vec<(Span, bool)> = Vec::new();
    let mut gap = false;
    for l in lines.get(from + 1..to).unwrap_or(&[]) {
        match &l.class {
            LineClass::Blank => {
                gap = true;
                continue;
            }
            LineClass::Furniture(_) => continue,
            LineClass::ListItem(item) => {
                flush(&mut current, &mut items);
                let number = match item.marker {
                    ListMarker::Numbered(n) => Some(n),
                    _ => None,
                };
                current = Some((number, vec![(item.body, false)]));
            }
            _ => {
                let s = slice(text, l.line.span).trim();
                if let Some(rest) = s.strip_prefix("att ").or_else(|| s.strip_prefix("Att ")) {
                    flush(&mut current, &mut items);
                    let off = l.line.span.start
                        + (s.as_ptr() as usize - slice(text, l.line.span).as_ptr() as usize)
                        + (s.len() - rest.len());
                    current = Some((
                        None,
                        vec![(Span::new(off, l.line.span.end).trim(text), false)],
                    ));
                } else if let Some(c) = LEAD_IN.captures(s) {
                    flush(&mut current, &mut items);
                    if organ.is_none() {
                        organ = c
                            .name("organ")
                            .and_then(|m| organ_from_genitive(m.as_str()))
                            .map(Cow::Owned);
                    }
                    if let Some(r) = c.name("rest").filter(|r| r.as_str().trim().len() > 3) {
                        let base = l.line.span.start
                            + (s.as_ptr() as usize - slice(text, l.line.span).as_ptr() as usize);
                        current = Some((
                            None,
                            vec![(Span::new(base + r.start(), base + r.end()), false)],
                        ));
                    }
                } else if let Some((_, spans)) = current.as_mut().filter(|_| !gap) {
                    spans.push((l.line.span, false));
                } else {
                    flush(&mut current, &mut items);
                    loose.push((l.line.span, gap));
                }
            }
        }
        gap = false;
    }
    flush(&mut current, &mut items);
    if items.is_empty() && !loose.is_empty() {
        // Sentences: "Rapporten noteras. Informationen läggs till handlingarna."
        let body = join_lines(text, &loose);
        let base = loose.first().map(|&(s, _)| s.start).unwrap_or(0);
        if let Cow::Borrowed(b) = body {
            // The borrowed body is a slice of `text`: its own offset is the base.
            let base = (b.as_ptr() as usize).wrapping_sub(text.as_ptr() as usize);
            for s in crate::sentences(b) {
                let s = s.trim(b);
                let t = slice(b, s);
                if t.len() > 2 {
                    items.push(DecisionItem {
                        number: None,
                        text: Cow::Borrowed(t),
                        outcome: outcome(t),
                        span: s.offset(base),
                    });
                }
            }
        } else {
            items.push(DecisionItem {
                number: None,
                outcome: outcome(&body),
                text: Cow::Owned(body.replace('\n', " ")),
                span: Span::new(base, loose.last().map(|&(s, _)| s.end).unwrap_or(base)),
            });
        }
    }
    if items.is_empty() {
        return None;
    }
    if organ.is_none() {
        // "1. Vård- och omsorgsnämnden godkänner …": the items' own subject.
        organ = items.iter().find_map(|it| {
            let t = it.text.as_ref();
            SUBJECT_VERB
                .captures(t)
                .and_then(|c| c.name("organ"))
                .filter(|m| is_organ_name(m.as_str()))
                .map(|m| Cow::Owned(m.as_str().to_owned()))
        });
    }
    Some(Decision {
        kind,
        organ,
        items,
        span: section.span,
    })
}

/// The outcome of one decision item, from its own wording. The first rule
/// that matches wins, most specific first.
fn outcome(item: &str) -> Outcome {
    let t = item.to_lowercase();
    let has = |stems: &[&str]| {
        stems.iter().any(|s| {
            t.match_indices(s).any(|(i, _)| {
                i == 0
                    || t.get(..i)
                        .and_then(|p| p.chars().last())
                        .is_some_and(|c| !c.is_alphabetic())
            })
        })
    };
    if has(&["återremitt", "återremiss"]) {
        Outcome::Aterremiss
    } else if has(&["bordlägg", "bordlagd"]) {
        Outcome::Bordlaggning
    } else if has(&["besvarad", "anses besvara", "besvarade"]) {
        Outcome::Besvarad
    } else if has(&["avslå", "avslag"]) {
        Outcome::Avslag
    } else if has(&[
        "noter",
        "till handlingarna",
        "tackar för informationen",
        "antecknas",
        "anteckna ",
    ]) {
        Outcome::Noterad
    } else if has(&[
        "godkänn",
        "anta ",
        "antar ",
        "antas",
        "antogs",
        "fastställ",
        "bevilj",
        "bifall",
        "bifaller",
        "tillstyrk",
        "ställa sig bakom",
        "ställer sig bakom",
        "ställa sig bakom",
        "godta",
    ]) {
        Outcome::Bifall
    } else {
        Outcome::Annat
    }
}

static VOTE: Lazy<Regex> = Lazy::new(|| {
    Regex::new(
        r"(?i)(?P<yes>\d+)\s+ja-?\s*röster\s+(?:mot|och)\s+(?P<no>\d+)\s+nej-?\s*röster(?:[,;]?\s*(?:och\s+)?(?P<abst>\d+)\s+(?:avstår|avstod|ledamöter\s+avstår|nedlagda|avstående))?(?:[,;]?\s*(?:och\s+)?(?P<abs>\d+)\s+(?:frånvarande|ledamöter\s+var\s+frånvarande))?",
    )
    .unwrap_or_else(|_| never())
});

static VOTE_MEANS: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"(?i)\b(?P<which>ja|nej)(?:-röst|\s+röst|-röster)?\s+(?:för|innebär|betyder)\s+(?P<what>[^.;,\n]{3,120})")
        .unwrap_or_else(|_| never())
});

fn votes<'a>(body: &'a str, base: usize) -> Vec<Vote<'a>> {
    let num = |m: Option<regex::Match<'_>>| m.and_then(|m| m.as_str().parse::<u32>().ok());
    let mut out = Vec::new();
    let tallies: Vec<_> = VOTE.captures_iter(body).collect();
    let mut prev_end = 0;
    for c in tallies {
        let Some(m) = c.get(0) else { continue };
        // What ja and nej mean: stated before the tally, after the previous one.
        let (mut yes_means, mut no_means) = (None, None);
        if let Some(before) = body.get(prev_end..m.start()) {
            for mc in VOTE_MEANS.captures_iter(before) {
                let what = mc.name("what").map(|w| Cow::Borrowed(w.as_str().trim()));
                match mc.name("which").map(|w| w.as_str().to_lowercase()) {
                    Some(w) if w == "ja" => yes_means = what,
                    Some(_) => no_means = what,
                    None => {}
                }
            }
        }
        prev_end = m.end();
        out.push(Vote {
            yes: num(c.name("yes")),
            no: num(c.name("no")),
            abstain: num(c.name("abst")),
            absent: num(c.name("abs")),
            yes_means,
            no_means,
            span: Span::new(base + m.start(), base + m.end()),
        });
    }
    out
}

/// Front matter: labels, table of contents, and the sections of a document
/// without § items.
fn front_matter<'a>(
    text: &'a str,
    lines: &[ClassifiedLine],
    front_end: usize,
    doc: &mut Document<'a>,
) {
    let mut first_heading = None;
    for (k, l) in lines.iter().enumerate().take(front_end) {
        match &l.class {
            LineClass::Label(label) => {
                let value = label
                    .value
                    .or_else(|| next_content(lines, k).map(|n| n.line.span))
                    .map(|v| v.trim(text));
                let Some(v) = value else { continue };
                let vs = slice(text, v);
                match label.kind {
                    LabelKind::Date if doc.document_date.is_none() => {
                        doc.document_date = first_date(vs);
                    }
                    LabelKind::MeetingDate if doc.meeting_date.is_none() => {
                        doc.meeting_date = first_date(vs);
                    }
                    LabelKind::Officer if label.value.is_some() => {
                        doc.people.push(Person {
                            name: Cow::Borrowed(vs),
                            party: None,
                            role: Some("handläggare".to_owned()),
                            span: v,
                        });
                    }
                    LabelKind::CaseNumber if label.value.is_some() => {
                        doc.case_numbers.extend(case_numbers_in(text, v));
                        if doc.case_numbers.is_empty() {
                            doc.diagnostics.push(Diagnostic::new(
                                "case_number_unreadable",
                                Severity::Warning,
                                format!("a diarienummer label with a value that is not a case number: {vs:?}"),
                                v,
                            ));
                        }
                    }
                    LabelKind::Organ if doc.organ.is_none() && is_organ_name(vs) => {
                        doc.organ = Some(Cow::Borrowed(vs));
                    }
                    _ => {}
                }
            }
            LineClass::TocLine(e) => {
                let title = slice(text, e.title).trim();
                let cns = case_numbers_in(text, e.title);
                let case_number = cns.first().cloned();
                let title = strip_case_numbers(Cow::Borrowed(title), &cns, text);
                doc.toc.push(TocEntry {
                    number: e.number,
                    title,
                    case_number,
                    span: l.line.span,
                });
            }
            LineClass::SectionHeading(h)
                if h.confidence == Confidence::High && first_heading.is_none() =>
            {
                first_heading = Some(k);
            }
            _ => {}
        }
    }
    // A document without § items: its sections are the document's.
    if doc.paragraphs.is_empty() {
        if let Some(k) = first_heading {
            let secs = sections(text, lines, k, front_end);
            let mut last_end = k;
            for (s, range) in &secs {
                match s.kind {
                    SectionKind::Decision | SectionKind::Proposal => {
                        if let Some(d) = decision(text, lines, s, range.0, range.1) {
                            doc.decisions.push(d);
                        }
                    }
                    SectionKind::Distribution => {
                        doc.recipients
                            .extend(list_values(text, lines, range.0, range.1));
                    }
                    _ => {}
                }
                last_end = range.1;
            }
            doc.sections = secs.into_iter().map(|(s, _)| s).collect();
            signatures(text, lines, k, last_end, doc);
            // Addressee and title: the content lines between the labels and the first heading.
            let head: Vec<&ClassifiedLine> = lines
                .get(..k)
                .unwrap_or(&[])
                .iter()
                .filter(|l| matches!(l.class, LineClass::Text))
                .collect();
            for l in head {
                let s = slice(text, l.line.span).trim();
                let addressee = s
                    .strip_prefix("Till ")
                    .or_else(|| s.strip_prefix("till "))
                    .unwrap_or(s);
                if doc.organ.is_none() && is_organ_name(addressee) {
                    doc.organ = Some(Cow::Owned(capitalize(addressee)));
                } else if doc.title.is_none() && !s.is_empty() && s.len() < 250 && !s.ends_with(':')
                {
                    doc.title = Some(Cow::Borrowed(s));
                }
            }
        }
    }
}

fn next_content(lines: &[ClassifiedLine], k: usize) -> Option<&ClassifiedLine> {
    lines
        .get(k + 1..)
        .unwrap_or(&[])
        .iter()
        .take(3)
        .find(|l| !matches!(l.class, LineClass::Blank))
        .filter(|l| matches!(l.class, LineClass::Text | LineClass::Furniture(_)))
}

fn first_date(s: &str) -> Option<Date> {
    find_dates(s).0.first().map(|m| m.date)
}

/// Signatories at the end of a tjänsteskrivelse: a name line (two to four
/// capitalized words) followed by a title line (one to four words), after
/// the list of recipients.
fn signatures<'a>(
    text: &'a str,
    lines: &[ClassifiedLine],
    from: usize,
    to: usize,
    doc: &mut Document<'a>,
) {
    let body: Vec<&ClassifiedLine> = lines
        .get(from..to)
        .unwrap_or(&[])
        .iter()
        .filter(|l| matches!(l.class, LineClass::Text))
        .collect();
    let mut i = 0;
    while i + 1 < body.len() {
        let (Some(a), Some(b)) = (body.get(i), body.get(i + 1)) else {
            break;
        };
        let name = slice(text, a.line.span).trim();
        let title = slice(text, b.line.span).trim();
        if b.line.index == a.line.index + 1 && is_name(name) && is_role(title) {
            doc.people.push(Person {
                name: Cow::Borrowed(name),
                party: None,
                role: Some(title.to_lowercase()),
                span: a.line.span.trim(text),
            });
            i += 2;
        } else {
            i += 1;
        }
    }
}

fn is_name(s: &str) -> bool {
    let words: Vec<&str> = s.split_whitespace().collect();
    (2..=4).contains(&words.len())
        && words.iter().all(|w| {
            w.chars().next().is_some_and(char::is_uppercase)
                && w.chars().all(|c| c.is_alphabetic() || c == '-')
        })
        && !is_organ_name(s)
}

fn is_role(s: &str) -> bool {
    let words: Vec<&str> = s.split_whitespace().collect();
    (1..=4).contains(&words.len())
        && s.len() <= 60
        && !s.ends_with('.')
        && s.chars().next().is_some_and(char::is_uppercase)
        && s.chars()
            .all(|c| c.is_alphabetic() || c == ' ' || c == '-' || c == ',')
        && !is_organ_name(s)
}

static MUNICIPALITY: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"\b(?:(?P<a>\p{Lu}[\p{L}\-]+(?:\s\p{Lu}[\p{L}\-]+)?)\s(?:kommun|KOMMUN|Kommun)\b|(?P<b>Region\s\p{Lu}[\p{L}\-]+))")
        .unwrap_or_else(|_| never())
});

/// Kind, organ, meeting date and municipality from all the evidence,
/// furniture included.
fn evidence<'a>(text: &'a str, lines: &[ClassifiedLine], doc: &mut Document<'a>) {
    let strong_paragraphs = doc.paragraphs.len();
    let mut kind_words = KindWords::default();
    let mut header_organ: Option<&'a str> = None;
    let mut last_label_meeting = false;
    for (k, l) in lines.iter().enumerate() {
        let s = slice(text, l.line.span).trim();
        let early = k < 40 || matches!(l.class, LineClass::Furniture(FurnitureKind::PageHeader));
        if early {
            kind_words.read(s);
        }
        if doc.municipality.is_none() && (early || k < 80) {
            if let Some(c) = MUNICIPALITY.captures(s) {
                if let Some(m) = c.get(0) {
                    doc.municipality = Some(Cow::Borrowed(m.as_str()));
                }
            }
        }
        // Organ: a line that is an organ name in the header or a page header,
        // or "<Organ> SAMMANTRÄDESPROTOKOLL".
        if header_organ.is_none()
            && (early || matches!(l.class, LineClass::Furniture(_)))
            && !matches!(l.class, LineClass::ParagraphHeading(_))
        {
            let stripped = strip_kind_words(s);
            if !stripped.is_empty() && stripped.len() < 80 && is_organ_name(stripped) {
                header_organ = Some(stripped);
            }
        }
        // Meeting date in furniture: a `Sammanträdesdatum` label line followed by a date.
        let is_meeting_label = s.to_lowercase().starts_with("sammanträdes");
        if doc.meeting_date.is_none() && (is_meeting_label || last_label_meeting) {
            doc.meeting_date = first_date(s);
        }
        if !s.is_empty() {
            last_label_meeting = is_meeting_label;
        }
    }
    if doc.organ.is_none() {
        doc.organ = header_organ.map(|o| Cow::Owned(capitalize(o)));
    }
    if doc.organ.is_none() {
        let from_decisions = doc
            .paragraphs
            .iter()
            .flat_map(|p| p.decisions.iter())
            .chain(doc.decisions.iter())
            .find_map(|d| d.organ.clone());
        doc.organ = from_decisions;
    }
    if doc.meeting_date.is_none() && !doc.paragraphs.is_empty() {
        // "Plats och tid" values carry the date.
        for l in lines {
            if let LineClass::Label(label) = &l.class {
                if label.kind == LabelKind::PlaceAndTime {
                    if let Some(v) = label.value {
                        doc.meeting_date = first_date(slice(text, v));
                    }
                }
            }
        }
    }

    let officer = doc
        .people
        .iter()
        .any(|p| p.role.as_deref() == Some("handläggare"));
    let proposal = doc
        .decisions
        .iter()
        .any(|d| d.kind == DecisionKind::Forslag);
    doc.kind = if strong_paragraphs > 0 {
        if kind_words.extract && strong_paragraphs <= 3 && !kind_words.protocol_title {
            DocumentKind::Protokollsutdrag
        } else {
            DocumentKind::Protokoll
        }
    } else if kind_words.notice && (!doc.toc.is_empty() || doc.sections.is_empty()) {
        DocumentKind::Kallelse
    } else if officer
        || proposal
        || kind_words.memo
        || !doc.sections.is_empty() && doc.document_date.is_some()
    {
        DocumentKind::Tjansteskrivelse
    } else {
        DocumentKind::Okand
    };
    if doc.kind == DocumentKind::Okand {
        doc.diagnostics.push(Diagnostic::new(
            "unknown_kind",
            Severity::Warning,
            "no § items, no tjänsteskrivelse header or proposal, no agenda: the kind could not be told",
            Span::new(0, text.len()),
        ));
    }
    if doc.kind == DocumentKind::Protokollsutdrag && doc.paragraphs.len() == 1 {
        doc.title = doc.paragraphs.first().and_then(|p| p.title.clone());
    }
    if doc.kind == DocumentKind::Protokoll || doc.kind == DocumentKind::Protokollsutdrag {
        if doc.organ.is_none() {
            doc.diagnostics.push(Diagnostic::new(
                "organ_not_found",
                Severity::Info,
                "no organ found in the header, the notice block or the page headers",
                Span::new(0, 0),
            ));
        }
        if doc.meeting_date.is_none() {
            doc.diagnostics.push(Diagnostic::new(
                "meeting_date_not_found",
                Severity::Info,
                "no meeting date found (Sammanträdesdatum, header date, Plats och tid)",
                Span::new(0, 0),
            ));
        }
    }
    let front_refs = find_references(slice(
        text,
        Span::new(
            0,
            doc.paragraphs
                .first()
                .map(|p| p.span.start)
                .unwrap_or(text.len()),
        ),
    ));
    doc.references = front_refs;
}

/// Words at the top of a document that say what it is.
#[derive(Default)]
struct KindWords {
    extract: bool,
    protocol_title: bool,
    notice: bool,
    memo: bool,
}

impl KindWords {
    fn read(&mut self, line: &str) {
        let l = line.to_lowercase();
        let l = l.trim();
        if l.contains("protokollsutdrag")
            || l.starts_with("utdrag ur")
            || l.starts_with("utdrag från")
            || l.contains("utdragsbestyrk")
        {
            self.extract = true;
        }
        if (l.ends_with("sammanträdesprotokoll") || l == "protokoll" || l.starts_with("protokoll "))
            && !l.starts_with("utdrag")
        {
            self.protocol_title = true;
        }
        if l.starts_with("kallelse")
            || l.starts_with("föredragningslista")
            || l.contains("kallas till sammanträde")
        {
            self.notice = true;
        }
        if l.starts_with("tjänsteskrivelse") || l.starts_with("tjänsteutlåtande") {
            self.memo = true;
        }
    }
}

/// An organ name with the document-kind words around it removed:
/// `Kommunstyrelsen SAMMANTRÄDESPROTOKOLL` → `Kommunstyrelsen`.
fn strip_kind_words(s: &str) -> &str {
    let mut t = s.trim();
    for w in [
        "SAMMANTRÄDESPROTOKOLL",
        "Sammanträdesprotokoll",
        "PROTOKOLL",
        "Protokoll",
        "KALLELSE",
        "Kallelse",
        "Protokollsutdrag",
        "PROTOKOLLSUTDRAG",
    ] {
        if let Some(r) = t.strip_suffix(w) {
            t = r.trim_end();
        }
        if let Some(r) = t.strip_prefix(w) {
            t = r.trim_start();
        }
    }
    // A trailing date or page number of a header line.
    let t = t.trim_end_matches(|c: char| {
        c.is_ascii_digit() || c == '-' || c == ' ' || c == '(' || c == ')'
    });
    t.trim()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The static patterns fall back to a never-matching regex rather than
    /// panic; this makes sure none of them actually does.
    #[test]
    fn every_pattern_compiles() {
        let never = never();
        for re in [
            &*ADJUSTED,
            &*LEAD_IN,
            &*SUBJECT_VERB,
            &*VOTE,
            &*VOTE_MEANS,
            &*MUNICIPALITY,
        ] {
            assert_ne!(re.as_str(), never.as_str());
        }
    }

    #[test]
    fn outcomes_follow_the_wording() {
        for (text, want) in [
            ("Godkänna den gemensamma målbilden.", Outcome::Bifall),
            ("Riktlinjerna antas.", Outcome::Bifall),
            ("Motionen avslås.", Outcome::Avslag),
            (
                "Ärendet återremitteras till förvaltningen.",
                Outcome::Aterremiss,
            ),
            (
                "Ärendet bordläggs till nästa sammanträde.",
                Outcome::Bordlaggning,
            ),
            ("Motionen anses besvarad.", Outcome::Besvarad),
            ("Informationen noteras.", Outcome::Noterad),
            ("Lägga rapporten till handlingarna.", Outcome::Noterad),
            ("Utse Anna Berg till ordförande.", Outcome::Annat),
            ("Erbjuda information till övriga nämnder.", Outcome::Annat),
        ] {
            assert_eq!(outcome(text), want, "{text}");
        }
    }
}
