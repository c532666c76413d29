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

use crate::case_number::has_ascii_digit;
use crate::classify::{classify, Classified, ClassifiedLine, LineClass, ListMarker};
use crate::document::{
    Adjustment, DateField, Decision, DecisionItem, DecisionKind, Document, DocumentKind, Evidence,
    Motion, MotionKind, Outcome, Paragraph, ParagraphRange, Person, Section, Statement, TocEntry,
    Vote, SCHEMA_VERSION,
};
use crate::headings::Lower;
use crate::headings::{lower_eq, Confidence, LabelKind, SectionHeading, SectionKind};
use crate::presence::RawRange;
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
    let lines = &classified;
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
        kind_evidence: Vec::new(),
        meeting_time: None,
        meeting_place: None,
        adjustment: None,
        paragraph_range: None,
        notice_posted: None,
        notice_removed: None,
    };

    if text.len() > crate::rows::MAX_LEN {
        doc.diagnostics.push(Diagnostic::new(
            "text_too_large",
            Severity::Error,
            format!(
                "the text is {} bytes; texts over {} bytes (4 GiB) are not parsed",
                text.len(),
                crate::rows::MAX_LEN
            ),
            Span::new(0, text.len()),
        ));
        return doc;
    }

    // Paragraph boundaries.
    let mut starts: Vec<usize> = (0..lines.len())
        .filter(|&i| lines.is_paragraph_heading(i))
        .collect();
    // A § heading written twice with nothing of a § between (a web page's
    // title `BUN § 31` above its chrome, then the protocol's own `BUN §
    // 31`): the first is not an item.
    let heading_of = |i: usize| match lines.get(i).map(|l| l.class) {
        Some(LineClass::ParagraphHeading(h)) => Some((h.number, slice(text, h.label))),
        _ => None,
    };
    let echoes: Vec<usize> = starts
        .windows(2)
        .filter_map(|w| {
            let (&a, &b) = (w.first()?, w.get(1)?);
            let same = heading_of(a).is_some_and(|x| Some(x) == heading_of(b));
            // (The rows between are read only for a heading written twice.)
            let body = || {
                (a + 1..b).any(|i| {
                    matches!(
                        lines.get(i).map(|l| l.class),
                        Some(LineClass::SectionHeading(_) | LineClass::ListItem(_))
                    )
                })
            };
            (same && !body()).then_some(a)
        })
        .collect();
    starts.retain(|i| !echoes.contains(i));
    // A contents page written one field a line (`§ 252` / `Information om
    // …` / `6`): its headings are entries, not items.
    let stacked = stacked_toc(text, lines, &starts);
    if let Some(last) = stacked.last() {
        let end = last.span.end;
        starts.retain(|&i| !lines.line(i).is_some_and(|l| l.span.start < end));
    }
    // A page index or page header read as a § at the top of a front page
    // (`1 Kommunstyrelsens arbetsutskott` / `Plats och tid …`, `11
    // Hultsfreds kommun`, `Mn 87/2014 Miljönämnden` / `Datum: …`): a
    // heading whose next line is a meeting field opens no § item.
    while let Some(&first) = starts.first() {
        let opens_front_page = lines
            .range(first + 1, lines.len())
            .filter(is_content)
            .take(2)
            .enumerate()
            .any(|(at, n)| {
                // (A bare `Datum` under a § is its page's signature box
                // caption, `Justerandes sign Utdragsbestyrkande Datum`.)
                matches!(&n.class, LineClass::Label(x) if matches!(
                    x.kind,
                    LabelKind::PlaceAndTime | LabelKind::Place | LabelKind::Time | LabelKind::Date | LabelKind::Members
                ) && (at == 0 || x.value.is_some() || x.kind != LabelKind::Date))
            });
        if !opens_front_page {
            break;
        }
        starts.remove(0);
    }
    let front_end = starts.first().copied().unwrap_or(lines.len());
    // A line that is only a diarienummer right above a § heading (`KSKF/
    // 2014:1` / `235 Val till kommunala uppdrag`, a page opening with the
    // item's dnr) belongs to that §, not to the end of the one before.
    let leads: Vec<Option<usize>> = starts
        .iter()
        .enumerate()
        .map(|(k, &start)| {
            let floor = if k == 0 {
                0
            } else {
                starts.get(k - 1).map_or(0, |&p| p + 1)
            };
            let j = (floor..start).rev().find(|&j| lines.is_content(j))?;
            let l = lines.get(j)?;
            let s = slice(text, l.line.span).trim();
            let dnr_line = match l.class {
                LineClass::Text => only_case_number(s),
                LineClass::Label(x) => x.kind == LabelKind::CaseNumber && only_case_number(s),
                _ => false,
            };
            // Not the dnr under the previous heading (`§ 12` / `Dnr …` /
            // `§ 13`): only at a page top, or after a § that has a body of
            // its own (a section heading).
            // (The rows before are read only for a dnr line.)
            let page_top = || {
                (floor..j)
                    .rev()
                    .find(|&x| !matches!(lines.get(x).map(|l| l.class), Some(LineClass::Blank)))
                    .is_some_and(|x| {
                        matches!(lines.get(x).map(|l| l.class), Some(LineClass::Furniture(_)))
                    })
            };
            let body_before = || {
                (floor..j).any(|x| {
                    matches!(
                        lines.get(x).map(|l| l.class),
                        Some(LineClass::SectionHeading(_))
                    )
                })
            };
            (dnr_line && j > floor && (page_top() || body_before())).then_some(j)
        })
        .collect();
    // At most one § item a start: room for them all at once, not grown
    // (and the large items copied) as they are pushed.
    doc.paragraphs.reserve_exact(starts.len());
    for (k, &start) in starts.iter().enumerate() {
        let next = starts.get(k + 1).copied().unwrap_or(lines.len());
        let next = leads.get(k + 1).copied().flatten().unwrap_or(next);
        let end = (start + 1..next)
            .find(|&i| lines.may_be_label(i) && lines.get(i).is_some_and(|l| closes_paragraph(&l)))
            .unwrap_or(next);
        if let Some(mut p) = paragraph(text, lines, start, end) {
            if let Some(j) = leads.get(k).copied().flatten() {
                if let Some(l) = lines.line(j) {
                    let mut found = case_numbers_in(text, l.span);
                    found.append(&mut p.case_numbers);
                    p.case_numbers = found;
                    p.span = Span::new(l.span.start.min(p.span.start), p.span.end);
                }
            }
            doc.paragraphs.push(p);
        }
    }

    // The labels of the front page's label rows, read by `front_matter`
    // and read again by `attendance`.
    let mut row_labels = RowLabels::new(text.len());
    front_matter(text, lines, front_end, &mut doc, &mut row_labels);
    // A contents page flattened into one line: the first pass may have read
    // a piece of it as an entry (its last, after the cuts), not the rest.
    let before = doc.paragraphs.first().map_or(text.len(), |p| p.span.start);
    let flat = flat_toc(text, before);
    if flat.len() > doc.toc.len() {
        doc.toc = flat;
    }
    // (As many entries, the stacked ones have their numbers: the rows
    // with leaders alone were read as entries without.)
    if stacked.len() > doc.toc.len()
        || !stacked.is_empty()
            && stacked.len() == doc.toc.len()
            && doc.toc.iter().all(|e| e.number.is_none())
    {
        doc.toc = stacked;
    }
    // The contents' diarienummer are their entries', not the document's
    // (the letterhead scan reads up to the first heading, past a contents
    // page: `26 Dnr KS 2018/14 Information …`).
    if !doc.toc.is_empty() && !doc.case_numbers.is_empty() {
        let toc = &doc.toc;
        doc.case_numbers
            .retain(|c| !toc.iter().any(|e| e.span.contains(c.span)));
    }
    attendance(text, lines, front_end, &mut doc, &row_labels);
    adjusters_from_the_body(text, &mut doc);
    certifier(text, lines, &mut doc);
    parties_from_the_body(&mut doc);
    evidence(text, lines, &mut doc, &row_labels);
    // A memo's diarienummer may stand only in its running page header
    // (`Barn- och utbildningsförvaltningen  2019-10-02  BUN 2019/0041`),
    // which is furniture: the first page header's dnr is the document's.
    if doc.kind == DocumentKind::Tjansteskrivelse && doc.case_numbers.is_empty() {
        if let Some(c) = doc
            .furniture
            .iter()
            .filter(|f| f.kind == FurnitureKind::PageHeader)
            .find_map(|f| case_numbers_in(text, f.span).into_iter().next())
        {
            doc.case_numbers.push(c);
        }
    }
    // A kallelse's agenda rows are read as § headings by the first pass, so
    // its closing signatures (after the agenda) are past the front matter.
    if doc.kind == DocumentKind::Kallelse {
        if let Some(&last) = starts.last() {
            signatures(text, lines, last, lines.len(), &mut doc);
        }
    }
    // A protocol has no document date of its own (the contract's
    // `document_date` is a tjänsteskrivelse's `Datum` or a kallelse's issue
    // date): a `Datum` field on its front page is read as the meeting's.
    if matches!(
        doc.kind,
        DocumentKind::Protokoll | DocumentKind::Protokollsutdrag
    ) {
        doc.document_date = None;
    }
    doc
}

/// The justerare named only in the § that elects them, when the front
/// page names none (`§ 106 Val av protokollsjusterare` / `Nämnden utser
/// Per Berg att justera protokollet …`, `Per Berg (M) utses att jämte
/// ordföranden justera …`, `Att jämte ordföranden justera dagens protokoll
/// utses Eva Ek`): the names in its sentences about justering, when the
/// front page lists those present.
fn adjusters_from_the_body<'a>(text: &'a str, doc: &mut Document<'a>) {
    // (Only beside a front page's list of those present: an excerpt of
    // the items alone lists no one.)
    if doc.people.is_empty()
        || doc
            .people
            .iter()
            .any(|p| p.role.as_deref() == Some("justerare"))
    {
        return;
    }
    // One of the first three items, titled so.
    let Some(span) = doc
        .paragraphs
        .iter()
        .take(3)
        .find(|p| {
            p.title.as_deref().is_some_and(|t| {
                let t = t.to_lowercase();
                t.contains("justera") || t.contains("justering")
            })
        })
        .map(|p| p.span)
    else {
        return;
    };
    let body = slice(text, span);
    // (After the heading's line; a bounded read, the election is short.)
    let Some(nl) = body.find('\n') else { return };
    let mut end = body.len().min(nl + 600);
    while !body.is_char_boundary(end) {
        end -= 1;
    }
    let Some(window) = body.get(nl..end) else {
        return;
    };
    let base = span.start + nl;
    let found: Vec<Person<'a>> = crate::sentences(window)
        .map(|sp| sp.trim(window))
        .filter(|&sp| slice(window, sp).contains("justera"))
        .flat_map(|sp| persons(slice(window, sp)).map(move |m| (sp.start, m)))
        .filter(|(_, m)| is_name(m.name.as_str()) && !m.name.as_str().starts_with("Att "))
        .map(|(at, m)| {
            let start = base + at + m.name.start();
            Person {
                name: Cow::Borrowed(m.name.as_str()),
                party: m.party.map(|p| Cow::Borrowed(p.as_str())),
                role: Some("justerare".to_owned()),
                span: Span::new(start, start + m.name.as_str().len()),
                presence: Vec::new(),
            }
        })
        .collect();
    if (1..=3).contains(&found.len()) {
        doc.people.extend(found);
    }
}

/// A contents entry's page alone on its row: `6`, `7 - 11`.
fn is_toc_page(t: &str) -> bool {
    let mut parts = t.trim().splitn(2, ['-', '–']);
    let num = |p: &str| {
        let p = p.trim();
        (1..=3).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_digit())
    };
    parts.next().is_some_and(num) && parts.next().map_or(true, num)
}

/// A contents page written one field a line, as `pdftotext` without
/// `-layout` gives a table: under its title (`INNEHÅLLSFÖRTECKNING`, the
/// column heads `Paragrafer` / `Ärenden` / `Sida`), each entry a § heading
/// alone on its row, its title on one to three rows and its page (`6`,
/// `7 - 11`) on the last. Three entries or more in a row with rising
/// numbers; the first heading not followed so is the first item.
fn stacked_toc<'a>(text: &'a str, lines: &Classified<'_>, starts: &[usize]) -> Vec<TocEntry<'a>> {
    let mut out = Vec::new();
    let entry = |number: u32, title: String, span: Span| TocEntry {
        number: Some(number),
        title: Cow::Owned(title),
        case_number: None,
        span,
        presenter: None,
    };
    let Some(&first) = starts.first() else {
        return out;
    };
    // The title within a few rows above the first heading (its column
    // heads between).
    let titled = (first.saturating_sub(6)..first)
        .any(|i| matches!(lines.get(i).map(|l| l.class), Some(LineClass::TocTitle)));
    if !titled {
        return out;
    }
    let mut last_number = 0;
    for (k, &start) in starts.iter().enumerate() {
        let Some(LineClass::ParagraphHeading(h)) = lines.get(start).map(|l| l.class) else {
            break;
        };
        // A heading with its title on its own row only.
        if h.title.is_some() || h.number <= last_number {
            break;
        }
        let next = starts.get(k + 1).copied().unwrap_or(lines.len());
        let mut title = String::new();
        let mut end = None;
        let mut title_rows = 0;
        for i in start + 1..next.min(start + 8) {
            let Some(l) = lines.get(i) else { break };
            let t = slice(text, l.line.span).trim();
            match l.class {
                LineClass::Blank | LineClass::Furniture(_) => continue,
                // The entry's diarienummer on its own row, before the title
                // (`§1` / `Dnr 2015-000004 810` / `Val av justerare …… 4`).
                LineClass::Label(x)
                    if x.kind == LabelKind::CaseNumber && title_rows == 0 && end.is_none() =>
                {
                    continue
                }
                // The title's last row with the leaders and the page.
                LineClass::TocLine(x)
                    if x.number.is_none()
                        && x.page.is_some()
                        && end.is_none()
                        && title_rows < 3 =>
                {
                    push_words(&mut title, slice(text, x.title).trim());
                    title_rows += 1;
                    end = Some(l.line.span.end);
                }
                LineClass::Text if is_toc_page(t) && title_rows > 0 => {
                    end = Some(l.line.span.end);
                }
                LineClass::Text if end.is_none() && t.len() <= 160 && title_rows < 3 => {
                    push_words(&mut title, t);
                    title_rows += 1;
                }
                _ => break,
            }
        }
        // The page closes the entry, right before the next heading.
        let Some(end) = end.filter(|_| {
            (start + 1..next)
                .filter_map(|i| lines.get(i))
                .filter(|l| l.line.span.start >= end.unwrap_or(0))
                .all(|l| !is_content(&l))
        }) else {
            break;
        };
        let Some(l) = lines.line(start) else { break };
        last_number = h.number;
        out.push(entry(h.number, title, Span::new(l.span.start, end)));
    }
    if out.len() < 3 {
        out.clear();
        return out;
    }
    // Entries the text extraction garbled (titles from other columns, no
    // page) up to where the numbers fall back to the first entry's, the
    // items themselves: headings without a section are entries too.
    let first_number = out.first().and_then(|e| e.number).unwrap_or(0);
    let done = out.len();
    let back = starts.iter().skip(done).position(|&i| {
        matches!(lines.get(i).map(|l| l.class),
            Some(LineClass::ParagraphHeading(h)) if h.number <= first_number)
    });
    let Some(back) = back.filter(|&b| b <= 8) else {
        return out;
    };
    for k in done..done + back {
        let (Some(&start), Some(&next)) = (starts.get(k), starts.get(k + 1)) else {
            break;
        };
        let Some(LineClass::ParagraphHeading(h)) = lines.get(start).map(|l| l.class) else {
            break;
        };
        let rows = (start + 1..next).filter_map(|i| lines.get(i));
        if rows.clone().any(|l| {
            !matches!(
                l.class,
                LineClass::Text | LineClass::Blank | LineClass::Furniture(_)
            )
        }) {
            break;
        }
        let mut title = String::new();
        let mut end = lines.line(start).map_or(0, |l| l.span.end);
        let titles = rows.filter(|l| {
            matches!(l.class, LineClass::Text) && !is_toc_page(slice(text, l.line.span))
        });
        for l in titles.take(2) {
            push_words(&mut title, slice(text, l.line.span).trim());
            end = l.line.span.end;
        }
        let Some(l) = lines.line(start) else { break };
        out.push(entry(h.number, title, Span::new(l.span.start, end)));
    }
    out
}

/// A party the body gives a person of the front page (`Gösta Hammar (s)
/// yrkar …` in a §, the ordförande signing without it) is theirs on the
/// front page too: a person's party is the same on every line.
fn parties_from_the_body(doc: &mut Document<'_>) {
    if doc.people.iter().all(|p| p.party.is_some()) {
        return;
    }
    let mut known: std::collections::HashMap<String, String> = std::collections::HashMap::new();
    for p in &doc.paragraphs {
        let named = p
            .motions
            .iter()
            .flat_map(|m| m.people.iter())
            .chain(p.reservations.iter().flat_map(|r| r.people.iter()))
            .chain(p.notes.iter().flat_map(|n| n.people.iter()))
            .chain(p.disqualified.iter());
        for x in named {
            if let Some(party) = &x.party {
                known
                    .entry(x.name.to_string())
                    .or_insert_with(|| party.to_string());
            }
        }
    }
    for p in doc.people.iter_mut().filter(|p| p.party.is_none()) {
        if let Some(party) = known.get(p.name.as_ref()) {
            p.party = Some(Cow::Owned(party.clone()));
        }
    }
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
    match join_borrowed(text, spans) {
        Some(s) => Cow::Borrowed(s),
        None => join_owned(text, spans),
    }
}

/// [`join_lines`] when its result is a plain slice of the input (most
/// sections): the text between the trimmed lines is exactly the `\n` or
/// `\n\n` the join would put there and no hyphen is joined. Read in place,
/// without building the string; `None` when the join changes something.
fn join_borrowed<'a>(text: &'a str, spans: &[(Span, bool)]) -> Option<&'a str> {
    let (first, last) = (spans.first()?.0, spans.last()?.0);
    // The joined text so far is `text[from..to]`.
    let mut from: Option<usize> = None;
    let mut to = 0;
    for &(span, blank_before) in spans {
        let raw = slice(text, span);
        // (`str::trim` with the ASCII white space at the ends read on
        // bytes; where the trimmed line starts, from the same trim.)
        let s = crate::span::trim(raw);
        if s.is_empty() {
            continue;
        }
        let start = span.start + (s.as_ptr() as usize - raw.as_ptr() as usize);
        let Some(a) = from else {
            from = Some(start);
            to = start + s.len();
            continue;
        };
        let out = text.get(a..to)?;
        if ends_in_hyphenated_word(out) && !blank_before {
            // A join may drop the hyphen: the slow path decides.
            return None;
        }
        let sep: &[u8] = if blank_before { b"\n\n" } else { b"\n" };
        if text.as_bytes().get(to..start) != Some(sep) {
            return None;
        }
        to = start + s.len();
    }
    let from = from?;
    let joined = text.get(from..to)?;
    let whole = Span::new(first.start, last.end).trim(text);
    // The same bytes of `text` (nearly always): equal without comparing.
    if (whole.start, whole.end) == (from, to) {
        return Some(joined);
    }
    (slice(text, whole) == joined).then(|| slice(text, whole))
}

/// Whether the joined text so far ends in a letter and a hyphen: a word
/// the line break may have split (`omsorgs-` / `nämnden`).
fn ends_in_hyphenated_word(out: &str) -> bool {
    out.ends_with('-') && out.chars().rev().nth(1).is_some_and(|c| c.is_alphabetic())
}

/// [`join_lines`] building the string.
fn join_owned<'a>(text: &'a str, spans: &[(Span, bool)]) -> Cow<'a, str> {
    // (span, blank_before); sized once: the lines and a blank line between
    // each two bound the joined length.
    let mut out = String::with_capacity(
        spans
            .iter()
            .map(|&(span, _)| span.end.saturating_sub(span.start) + 2)
            .sum(),
    );
    for (i, &(span, blank_before)) in spans.iter().enumerate() {
        let s = crate::span::trim(slice(text, span));
        if s.is_empty() {
            continue;
        }
        if i > 0 && !out.is_empty() {
            // The next line's first word, read only after a hyphen.
            let joins = ends_in_hyphenated_word(&out) && !blank_before && {
                let end = s
                    .char_indices()
                    .find(|&(_, c)| !c.is_alphabetic())
                    .map_or(s.len(), |(i, _)| i);
                let next_word = s.get(..end).unwrap_or("");
                next_word.chars().next().is_some_and(char::is_lowercase)
                    && !is_conjunction(next_word)
            };
            if joins {
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

/// The content lines in `from..to`, with whether a blank line came before
/// each, pushed onto `out` (a buffer the caller reuses).
fn content_spans(lines: &Classified<'_>, from: usize, to: usize, out: &mut Vec<(Span, bool)>) {
    // Not sized by the rows: a run of furniture (a repeated heading) may
    // be most of them.
    // The rows' tags say which are content (neither blank nor furniture):
    // their classes are not read.
    let mut gap = false;
    for i in from..to.min(lines.len()) {
        let Some(line) = lines.line(i) else { break };
        if lines.is_content(i) {
            out.push((line.span, gap));
            gap = false;
        } else if lines.get(i).is_some_and(|l| l.class == LineClass::Blank) {
            gap = true;
        }
    }
}

fn span_of(lines: &Classified<'_>, from: usize, to: usize) -> Span {
    let first = lines.line(from).map(|l| l.span.start).unwrap_or(0);
    let last = (from..to.min(lines.len()))
        .rev()
        .find(|&i| lines.is_content(i))
        .and_then(|i| lines.line(i))
        .map(|l| l.span.end)
        .unwrap_or(first);
    Span::new(first, last.max(first))
}

/// The values of the case numbers already listed.
type CaseValues = std::collections::HashSet<(Option<String>, Option<u16>, String, Option<String>)>;

/// Lists a case number unless an equal one (same prefix, year, serial and
/// suffix) is listed: the document's own diarienummer repeated on every
/// page, or in the header and again in the footer, is one case number.
fn push_case_number(list: &mut Vec<CaseNumber>, seen: &mut CaseValues, c: CaseNumber) {
    if seen.insert((c.prefix.clone(), c.year, c.serial.clone(), c.suffix.clone())) {
        list.push(c);
    }
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
    lines: &Classified<'_>,
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
    // A same-line "title" that is only a diarienummer (`Kf § 58   Dnr KS
    // 2024/0112`) is not the title: the title is on the next lines.
    // The preparing body's number after the heading's (`Kf 73 Ks 94 dnr
    // 127/2011 Förslag …`, `Kf § 73  Ks § 94  Förslag …`) is no part of
    // the title.
    let inline = ph.title.map(|t| {
        let label = slice(text, ph.label);
        let s = slice(text, t);
        // (Only a title whose second word is a number or a § can open
        // with a stack's pair; the stack is read from its first words.)
        let pair = s
            .split_whitespace()
            .nth(1)
            .is_some_and(|w| w.starts_with(|c: char| c.is_ascii_digit() || c == '§'));
        if !pair {
            return t;
        }
        let mut cut = s.len().min(48);
        while !s.is_char_boundary(cut) {
            cut -= 1;
        }
        let joined = format!("{label} {}", s.get(..cut).unwrap_or(s));
        // (A stack that ends before the cut ends there in the whole too.)
        let n = history_stack_len(&joined);
        if n > label.len() + 1 && n < joined.len() {
            Span::new(t.start + (n - label.len() - 1), t.end)
        } else {
            t
        }
    });
    let inline = inline.filter(|&t| {
        let s = slice(text, t).trim();
        !s.is_empty()
            && !only_case_number(s)
            && !continues_stack(slice(text, ph.label), s)
            && !dnr_and_code_field(s)
    });
    if let Some(t) = inline {
        title_spans.push((t, false));
    }
    // The title starts on the next line when not on the heading line, and a
    // wrapped title goes on where the next line starts in lower case or the
    // previous one ends in a word that cannot end a title. Lines that are
    // only a dnr or a history stack (`Sn 50 Au 84`) are passed over.
    while i < end {
        let Some(l) = lines.get(i) else { break };
        match &l.class {
            LineClass::Blank if title_spans.is_empty() => {}
            LineClass::Furniture(_) => {}
            // `Dnr KS 2019/12` read as a label: passed over like a dnr line.
            LineClass::Label(x)
                if matches!(x.kind, LabelKind::CaseNumber | LabelKind::Subject)
                    && title_spans.is_empty() => {}
            LineClass::Text => {
                let s = slice(text, l.line.span).trim();
                let aside = only_case_number(s) || history_stack_len(s) == s.len();
                if aside {
                    if !title_spans.is_empty() {
                        break;
                    }
                } else if title_spans.is_empty() {
                    title_spans.push((l.line.span, false));
                } else {
                    let prev = title_spans
                        .last()
                        .map(|&(p, _)| slice(text, p).trim())
                        .unwrap_or("");
                    if title_spans.len() < 4 && continues_title(prev, s) {
                        title_spans.push((l.line.span, false));
                    } else {
                        break;
                    }
                }
            }
            _ => break,
        }
        i += 1;
    }
    // The header region: heading, title, and the lines up to the first
    // section heading (where the dnr stands).
    let body_start = (start + 1..end)
        .find(|&k| matches!(lines.get(k).map(|l| l.class), Some(LineClass::SectionHeading(h)) if h.confidence == Confidence::High))
        .unwrap_or(end);
    let header_span = span_of(lines, start, body_start.max(i).min(end));
    // The heading's own designation (`KS 353/2008`, § 353 of 2008) has
    // the shape of a diarienummer but is not one (FORMATS.md section 2.2).
    let mut case_numbers = case_numbers_in(text, header_span);
    case_numbers.retain(|c| c.span.end <= ph.label.start || c.span.start >= ph.label.end);
    let title = if title_spans.is_empty() {
        None
    } else {
        let t = join_lines(text, &title_spans);
        // Line breaks, and `<br>` left by old web pages, are spaces.
        // (Copied only when one of them is there: most titles are one line.)
        let t = if memchr::memchr(b'\n', t.as_bytes()).is_some()
            || t.contains("<br>")
            || t.contains("  ")
        {
            Cow::Owned(t.replace('\n', " ").replace("<br>", " ").replace("  ", " "))
        } else {
            t
        };
        let t = strip_case_numbers(t, &case_numbers, text);
        let t = match cut_case_number_len(&t) {
            0 => t,
            n => Cow::Owned(t.get(n..).unwrap_or("").trim_start().to_owned()),
        };
        let t = flattened_title(t);
        let stack = history_stack_len(&t);
        let t = if stack > 0 {
            Cow::Owned(t.get(stack..).unwrap_or("").trim().to_owned())
        } else {
            t
        };
        Some(t).filter(|t| !t.is_empty())
    };

    // A section heading run on after the title on its line (`Godkännande
    // av dagordning Kommunfullmäktiges beslut Dagordningen godkännes.`,
    // a flattened page): the section starts there.
    let lead = title_spans
        .last()
        .map(|&(t, _)| t)
        .filter(|_| i > start + 1 && i <= body_start)
        .and_then(|t| {
            let line = slice(text, t);
            let h = crate::headings::inline_headings(line)
                .find(|h| h.heading.start > 0 && h.kind != SectionKind::Other)?;
            let rest = Span::new(h.heading.end, line.len())
                .offset(t.start)
                .trim(text);
            Some((
                i - 1,
                SectionHeading {
                    heading: h.heading.offset(t.start),
                    rest: (!rest.is_empty()).then_some(rest),
                    confidence: Confidence::High,
                    ..h
                },
            ))
        });
    let sections = match lead {
        Some((k, h)) => sections_after(text, lines, Some((k, h)), k + 1, end),
        None => sections(text, lines, body_start, end),
    };
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
            SectionKind::DecisionBasis => attachments.extend(
                list_values(text, lines, range.0, range.1)
                    .into_iter()
                    .filter(|a| !starts_deciding(a)),
            ),
            SectionKind::Distribution => {
                recipients.extend(list_values(text, lines, range.0, range.1))
            }
            _ => {}
        }
    }
    if decisions.is_empty() {
        // A lead-in line ("Kommunfullmäktige beslutar") inside a debate
        // section: old typed protocols have no Beslut heading, and the
        // decision follows the yrkanden, the vote or the jäv under the
        // heading before it. It is the decision rather than a lead-in in
        // the description before the first heading ("Kommunstyrelsen
        // föreslår att …").
        for (s, range) in &sections {
            if matches!(
                s.kind,
                SectionKind::Motions
                    | SectionKind::Procedure
                    | SectionKind::Vote
                    | SectionKind::Disqualification
            ) {
                if let Some(d) =
                    headingless_decision(text, lines, range.0 + 1, range.1, span, false)
                {
                    decisions.push(d);
                }
            }
        }
    }
    if decisions.is_empty() {
        // A transcript that runs the decision on after the description or
        // the documents, without a heading: the last section ends with a
        // line "<Organ> beslutar att …" (present tense: a decision taken,
        // not "föreslår", and not the arbetsutskott's "beslutade").
        if let Some((s, range)) = sections.last() {
            if matches!(
                s.kind,
                SectionKind::Description
                    | SectionKind::Summary
                    | SectionKind::Background
                    | SectionKind::DecisionBasis
            ) {
                if let Some(k) = (range.0 + 1..range.1).find(|&k| decides_now(text, lines, k)) {
                    if let Some(d) = headingless_decision(text, lines, k, range.1, span, false) {
                        decisions.push(d);
                    }
                }
            }
        }
    }
    if decisions.is_empty() {
        // A decision stated without a heading: "Kommunstyrelsen beslutar att
        // …", or a short § whose body is a decision sentence ("Anna Berg
        // utses att justera protokollet.", "Informationen noteras.").
        let to = sections.first().map(|(_, r)| r.0).unwrap_or(end);
        if let Some(d) = headingless_decision(text, lines, i, to, span, true) {
            decisions.push(d);
        }
    }
    // A standalone omedelbar-justering sentence among the unnumbered
    // sentences of a decision ("Paragrafen förklaras omedelbart justerad.")
    // is procedure, not a point of the decision; as a numbered point it
    // stays one.
    for d in &mut decisions {
        if d.items.len() > 1 {
            d.items
                .retain(|it| it.number.is_some() || !is_adjustment_sentence(&it.text));
        }
    }
    let body = slice(text, span);
    let mut votes = votes(body, span.start);
    // Roll calls: read in the omröstning sections (with the unnamed
    // sections right after one, where a `Resultat` line may have split it)
    // and in a beslutsgång that tells of a vote.
    let mut calls = Vec::new();
    let mut n = 0;
    while let Some((s, range)) = sections.get(n) {
        n += 1;
        // A beslutsgång that tells of a vote ("Omröstning begärs …",
        // "Votering verkställs") may hold its roll call too.
        let told = s.kind == SectionKind::Procedure
            && (contains_any_case(&s.text, "omröstning") || contains_any_case(&s.text, "voter"));
        if s.kind != SectionKind::Vote && !told {
            continue;
        }
        let mut to = range.1;
        while let Some((_, r)) = sections
            .get(n)
            .filter(|(s, _)| s.kind == SectionKind::Other)
        {
            to = r.1;
            n += 1;
        }
        // The heading line too: `Omröstningsresultat: 7 ja, 4 nej`.
        calls.extend(crate::roll_call::roll_calls(text, lines, range.0, to));
    }
    if !calls.is_empty() {
        merge_roll_calls(body, span.start, &mut votes, calls);
    }
    let immediately_adjusted = is_adjusted(body);
    let references = find_references(body)
        .into_iter()
        .map(|mut r| {
            r.span = r.span.offset(span.start);
            r
        })
        .collect();
    // Sentences for yrkanden, reservations, notes and jäv, lower-cased once;
    // only when the § holds one of their words at all.
    let debate: Vec<(Span, String)> = {
        if DEBATE_SPELLINGS.is_match(body) {
            debate_sentences(text, body, span.start)
        } else {
            Vec::new()
        }
    };
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
        motions: motions(text, &debate),
        reservations: statements(
            text,
            &debate,
            "reserv",
            &["reserverar sig", "reservera sig", "reservation"],
            "reservant",
        ),
        notes: statements(
            text,
            &debate,
            "anteckn",
            &[
                "protokollsanteckning",
                "antecknas till protokollet",
                "får följande anteckning",
                "antecknar att",
                "anteckning till protokollet",
            ],
            "protokollsanteckning",
        ),
        disqualified: disqualified(text, &debate),
    })
}

/// Whether `s` contains `word` (lower case) written in lower case, with a
/// capital first letter, or in upper case: cheaper than lower-casing `s`.
fn contains_any_case(s: &str, word: &str) -> bool {
    if s.contains(word) {
        return true;
    }
    let mut c = word.chars();
    let Some(first) = c.next() else {
        return false;
    };
    if word.is_ascii() && word.len() <= 32 {
        // The two other spellings built on the stack.
        let mut buf = [0u8; 32];
        let Some(b) = buf.get_mut(..word.len()) else {
            return false;
        };
        b.copy_from_slice(word.as_bytes());
        if let Some(f) = b.first_mut() {
            f.make_ascii_uppercase();
        }
        if std::str::from_utf8(b).is_ok_and(|cap| s.contains(cap)) {
            return true;
        }
        b.make_ascii_uppercase();
        return std::str::from_utf8(b).is_ok_and(|up| s.contains(up));
    }
    // A word whose characters each have one upper-case character
    // (`omröstning`, `föreslår`): the spellings built on the stack too,
    // character by character as `to_uppercase` builds them.
    if word.len() <= 32 {
        let (mut cap, mut up) = ([0u8; 32], [0u8; 32]);
        let mut n = 0;
        let mut one_each = true;
        for (k, ch) in word.chars().enumerate() {
            let mut u = ch.to_uppercase();
            let (Some(uc), None) = (u.next(), u.next()) else {
                one_each = false;
                break;
            };
            let len = uc.len_utf8();
            let (Some(cs), Some(us)) = (cap.get_mut(n..n + len), up.get_mut(n..n + len)) else {
                one_each = false;
                break;
            };
            uc.encode_utf8(us);
            if k == 0 {
                uc.encode_utf8(cs);
            } else if ch.len_utf8() == len {
                ch.encode_utf8(cs);
            } else {
                one_each = false;
                break;
            }
            n += len;
        }
        if one_each {
            let spelled = |b: &[u8]| {
                b.get(..n)
                    .and_then(|b| std::str::from_utf8(b).ok())
                    .is_some_and(|w| s.contains(w))
            };
            return spelled(&cap) || spelled(&up);
        }
    }
    let capital: String = first.to_uppercase().chain(c).collect();
    s.contains(&capital) || s.contains(&word.to_uppercase())
}

/// The debate words as [`contains_any_case`] spells them (lower case, a
/// capital first letter, upper case), as one set of literals: one search
/// of a § instead of twelve. Exactly the strings `contains_any_case` looks
/// for, no case folding (see the test `debate_spellings_are_contains_any_case`).
const DEBATE_WORDS: [&str; 4] = ["yrka", "reserv", "anteckn", "jäv"];

static DEBATE_SPELLINGS: Lazy<Regex> = Lazy::new(|| {
    let mut alternatives = Vec::new();
    for w in DEBATE_WORDS {
        let mut c = w.chars();
        let capital: String = c
            .next()
            .into_iter()
            .flat_map(char::to_uppercase)
            .chain(c)
            .collect();
        alternatives.extend([w.to_owned(), capital, w.to_uppercase()]);
    }
    let pattern: Vec<String> = alternatives.iter().map(|a| regex::escape(a)).collect();
    Regex::new(&pattern.join("|")).unwrap_or_else(|_| never())
});

/// Every occurrence of `yrka`, `reserv`, `anteckn` or `jäv` in `b` in any
/// case, as (start, end), in order of their starts (overlapping ones too):
/// what `(?i)yrka|reserv|anteckn|jäv` matches at some start. Unicode case
/// folding matches every character whose lower case is in a word (`K`
/// U+212A for `k`, `ſ` U+017F for `s`), so a sentence whose lower case
/// holds a word holds an occurrence. (A regex's `find_iter` gives those
/// that overlap no earlier one: see the tests.)
///
/// Read by hand rather than by the case-insensitive regex (whose search
/// ran over every byte of a § with a debate word): each word is found from
/// one letter with no other case than its ASCII capital, `y` (`yrka`), `c`
/// (`anteckn`), `v` (`reserv`, `jäv`), looked for with `memchr3` (once
/// in lower case, once in capitals), and the rest of the word is compared
/// around it. The occurrences come in order of their starts: two of them
/// whose letters came the other way round would overlap, and only `yrka`
/// and `anteckn` can (`yrkanteckn`), found in order.
fn debate_occurrences(b: &[u8]) -> impl Iterator<Item = (usize, usize)> + '_ {
    // The letters in lower case, and (rarer) as capitals: two searches
    // merged in order.
    let mut lower = memchr::memchr3_iter(b'y', b'c', b'v', b).peekable();
    let mut upper = memchr::memchr3_iter(b'Y', b'C', b'V', b).peekable();
    std::iter::from_fn(move || loop {
        let k = match (lower.peek(), upper.peek()) {
            (Some(&l), Some(&u)) if u < l => upper.next()?,
            (Some(_), _) => lower.next()?,
            (None, _) => upper.next()?,
        };
        if let Some(found) = debate_word_at(b, k) {
            return Some(found);
        }
    })
}

/// The starts of the debate words in `s` that a reader can read: every
/// occurrence ([`debate_occurrences`]) but a `yrka` that is not the verb
/// of `motions` (` yrkar `, ` yrkade `: the heading `Yrkanden`, the noun
/// `yrkande`) and a `reserv` that is no word of the reservations
/// (`reserverar sig`, `reservera sig`, `reservation`). Those are read in
/// lower case, where each of their characters comes from itself or its
/// ASCII capital (no other character lower-cases to a space or to one of
/// these letters): they are compared around the occurrence in ASCII,
/// case aside.
fn debate_hits(s: &str) -> impl Iterator<Item = usize> + '_ {
    let b = s.as_bytes();
    debate_occurrences(b)
        .filter(move |&(start, end)| {
            let after = b.get(end..).unwrap_or(&[]);
            let then = |w: &[u8]| {
                after
                    .get(..w.len())
                    .is_some_and(|a| a.eq_ignore_ascii_case(w))
            };
            match b.get(start).map(|x| x | 0x20) {
                Some(b'y') => {
                    start.checked_sub(1).and_then(|p| b.get(p)) == Some(&b' ')
                        && (then(b"r ") || then(b"de "))
                }
                Some(b'r') => then(b"erar sig") || then(b"era sig") || then(b"ation"),
                _ => true,
            }
        })
        .map(|(start, _)| start)
}

/// The debate word whose letter `y`, `c` or `v` is at `k`, as its start
/// and end: `y` stands in `yrka` only, `c` in `anteckn`, `v` in `jäv` or
/// `reserv` (told apart by the letter before it).
fn debate_word_at(b: &[u8], k: usize) -> Option<(usize, usize)> {
    // One character of a word at `at`, any case: its length in bytes.
    let ch = |at: usize, c: u8| -> Option<usize> {
        // (`| 0x20` gives the letter only for it and its capital.)
        if b.get(at).is_some_and(|&x| (x | 0x20) == c) {
            return Some(1);
        }
        let tail = b.get(at..)?;
        match c {
            b'k' if tail.starts_with("\u{212A}".as_bytes()) => Some(3),
            b's' if tail.starts_with("\u{17F}".as_bytes()) => Some(2),
            _ => None,
        }
    };
    // The word's characters from `at` on: the end.
    let fwd = |mut at: usize, word: &[u8]| -> Option<usize> {
        for &c in word {
            at += ch(at, c)?;
        }
        Some(at)
    };
    match *b.get(k)? | 0x20 {
        b'y' => Some((k, fwd(k + 1, b"rka")?)),
        b'c' => {
            let start = k.checked_sub(4)?;
            fwd(start, b"ante")?;
            Some((start, fwd(k + 1, b"kn")?))
        }
        // `v`: `jäv` (`ä` is two bytes), or `reserv` read backwards from
        // it (`ſ` is two bytes).
        _ => {
            if let Some(j) = k.checked_sub(3) {
                let ja = b.get(j..k)?;
                if matches!(ja, [b'j' | b'J', 0xC3, 0xA4 | 0x84]) {
                    return Some((j, k + 1));
                }
            }
            let mut at = k;
            for &c in b"reser".iter().rev() {
                at = if at >= 1 && ch(at - 1, c) == Some(1) {
                    at - 1
                } else if c == b's' && at >= 2 && ch(at - 2, c) == Some(2) {
                    at - 2
                } else {
                    return None;
                };
            }
            Some((at, k + 1))
        }
    }
}

/// The sentences of `body` (at `base` in `text`) the debate readers can use,
/// lower-cased: those in a blank-line block with a debate word. A sentence
/// always ends at a blank line after its first word, so each block splits
/// as it would within the whole body; the blocks without a word (most of
/// a long §) are not split. The readers pass over any sentence without one
/// of their words, so they read the same as from all sentences.
///
/// Within a block, only the sentences that hold a hit ([`debate_hits`]: a
/// debate word a reader can read) are kept (and lower-cased), and the block
/// is split no further than its last hit. A sentence whose lower case holds
/// one of a reader's words holds a hit: the word's letters lie in one run
/// of letters, which a sentence never splits.
fn debate_sentences(text: &str, body: &str, base: usize) -> Vec<(Span, String)> {
    let mut out = Vec::new();
    let mut hits = debate_hits(body).peekable();
    let mut block = 0;
    while let Some(&hit) = hits.peek() {
        // The block holding `hit`: from the end of the blank line before it
        // to the end of the blank line after it.
        let from = memchr::memmem::rfind(body.as_bytes().get(block..hit).unwrap_or(&[]), b"\n\n")
            .map_or(block, |i| block + i + 2);
        let to = memchr::memmem::find(body.as_bytes().get(hit..).unwrap_or(&[]), b"\n\n")
            .map_or(body.len(), |i| hit + i + 2);
        let part = body.get(from..to).unwrap_or("");
        // The sentences cover the block one after another: a sentence holds
        // the matches before its end that an earlier one did not.
        for s in crate::sentences(part) {
            let end = from + s.end;
            if !hits.peek().is_some_and(|&h| h < end) {
                continue;
            }
            while hits.peek().is_some_and(|&h| h < end) {
                hits.next();
            }
            let s = s.trim(part).offset(base + from);
            if !s.is_empty() {
                out.push((s, slice(text, s).lower()));
            }
            if !hits.peek().is_some_and(|&h| h < to) {
                break;
            }
        }
        while hits.peek().is_some_and(|&h| h < to) {
            hits.next();
        }
        block = to;
    }
    out
}

/// The people named in `span`, with `role`.
fn named<'a>(text: &'a str, span: Span, role: &str) -> Vec<Person<'a>> {
    let mut out = Vec::new();
    let v = slice(text, span);
    for m in persons(v) {
        let name = m.name;
        if !is_name(name.as_str()) {
            continue;
        }
        let start = span.start + name.start();
        out.push(Person {
            name: Cow::Borrowed(name.as_str()),
            party: m.party.map(|p| Cow::Borrowed(p.as_str())),
            role: Some(role.to_owned()),
            span: Span::new(start, start + name.as_str().len()),
            presence: Vec::new(),
        });
    }
    out
}

/// Yrkanden: sentences "<people> yrkar <what>", the people before the verb.
fn motions<'a>(text: &'a str, sentences: &[(Span, String)]) -> Vec<Motion<'a>> {
    let mut out = Vec::new();
    for (s, lower) in sentences {
        let s = *s;
        let t = slice(text, s);
        // Searchers built once (a `str::find` builds one per call).
        static YRKAR: Lazy<memchr::memmem::Finder<'static>> =
            Lazy::new(|| memchr::memmem::Finder::new(" yrkar "));
        static YRKADE: Lazy<memchr::memmem::Finder<'static>> =
            Lazy::new(|| memchr::memmem::Finder::new(" yrkade "));
        let Some(at) = YRKAR
            .find(lower.as_bytes())
            .or_else(|| YRKADE.find(lower.as_bytes()))
        else {
            continue;
        };
        // `at` is a byte offset into the lower-cased sentence; the people
        // are read from the original up to the same character count.
        let chars = lower.get(..at).map(|p| p.chars().count()).unwrap_or(0);
        let cut = t
            .char_indices()
            .nth(chars)
            .map(|(i, _)| i)
            .unwrap_or(t.len());
        let people = named(text, Span::new(s.start, s.start + cut), "yrkande");
        if people.is_empty() {
            continue;
        }
        let what = lower.get(at..).unwrap_or("");
        let proposes = if what.contains("återremiss") {
            MotionKind::Aterremiss
        } else if what.contains("bordlägg") {
            MotionKind::Bordlaggning
        } else if what.contains("avslag") {
            MotionKind::Avslag
        } else if what.contains("bifall") {
            MotionKind::Bifall
        } else {
            MotionKind::Own
        };
        out.push(Motion {
            people,
            proposes,
            text: Cow::Borrowed(t),
            span: s,
        });
    }
    out
}

/// Reservations or protokollsanteckningar: sentences with one of `words`
/// that name people ("Per Ek (M) reserverar sig mot beslutet").
///
/// Every one of `words` contains `stem`: a sentence without the stem is
/// passed over with one search instead of one for each word.
fn statements<'a>(
    text: &'a str,
    sentences: &[(Span, String)],
    stem: &str,
    words: &[&str],
    role: &str,
) -> Vec<Statement<'a>> {
    debug_assert!(words.iter().all(|w| w.contains(stem)));
    let mut out = Vec::new();
    for (s, lower) in sentences {
        if !lower.contains(stem) || !words.iter().any(|w| lower.contains(w)) {
            continue;
        }
        let people = named(text, *s, role);
        if people.is_empty() {
            continue;
        }
        out.push(Statement {
            people,
            text: Cow::Borrowed(slice(text, *s)),
            span: *s,
        });
    }
    out
}

/// Who declared jäv: the people named in a sentence about jäv that says
/// they do not take part ("anmäler jäv och deltar inte", "på grund av jäv").
fn disqualified<'a>(text: &'a str, sentences: &[(Span, String)]) -> Vec<Person<'a>> {
    let mut out: Vec<Person<'a>> = Vec::new();
    for (s, lower) in sentences {
        if !lower.contains("jäv") || lower.starts_with("jäv") && lower.len() < 6 {
            continue;
        }
        for p in named(text, *s, "jäv") {
            if !out.iter().any(|q| q.name == p.name) {
                out.push(p);
            }
        }
    }
    out
}

/// Words before which a flattened title does not end: a preposition or a
/// conjunction binds the capitalized word after it to the title (`… i
/// Långbrott`, `Yttrande till Tekniska nämnden`).
fn binds_next(w: &str) -> bool {
    let w = w.trim_end_matches([',', ';']);
    [
        "i", "på", "till", "från", "för", "av", "om", "hos", "med", "åt", "inom", "mellan", "och",
        "samt", "eller", "vid", "mot", "över", "under", "enligt", "inför", "via", "ur", "kring",
        "utanför", "bland", "the", "of",
    ]
    .iter()
    .any(|x| crate::headings::lower_eq(w, x))
}

/// Capitalized words that open a sentence of running text, never a word
/// inside a title: determiners, pronouns and clause-opening adverbs and
/// prepositions (`… folkomröstning Den 14 december 2012 överlämnades …`).
fn opens_sentence(w: &str) -> bool {
    [
        "Den", "Det", "De", "Detta", "Denna", "Dessa", "Där", "Då", "När", "Eftersom", "Efter",
        "Enligt", "Sedan", "Under", "Vid", "Inför", "Vi", "Han", "Hon", "Man", "Här", "Nu",
    ]
    .contains(&w)
}

/// Whether the words `a b c` open a sentence with an organ as its subject:
/// `Fritidsnämnden har …` or `Tekniska nämnden har …`.
fn organ_subject(a: Option<&str>, b: Option<&str>, c: Option<&str>) -> bool {
    let lower = |w: Option<&str>| w.is_some_and(|x| x.starts_with(char::is_lowercase));
    let organ = |w: Option<&str>| w.is_some_and(crate::headings::ends_like_organ);
    (organ(a) && lower(b)) || (lower(b) && organ(b) && lower(c))
}

/// The title of a § heading in a flattened line, where the body runs on
/// after it without a line break (FORMATS.md section 3, `102 Title Body
/// …`): a leading `Dnr` fragment the transcript left (`Dnr 2012-KS
/// Title`) is dropped, and the title ends before the running text, read
/// by form:
///
/// - before the first sentence of the body: a sentence ends at a word with
///   a full stop before a capitalized word, and began at the first
///   capitalized word before it that follows a word in lower case that is
///   no preposition (`Sammanträdets öppnande Dagordningen godkännes i
///   befintligt skick.`; a name is one unit: `… 2017 Förvaltningschef Karl
///   Ek redovisar …`);
/// - in a long title (over 80 bytes, which only a run-on line has), before
///   a sentence-opening word (`… folkomröstning Den 14 december …`), a
///   body that names an organ as its subject (`… 2010 Drift Tekniska
///   nämnden har tilldelats …`), or a capitalized phrase ending in a colon
///   (`… ärenden Tillkommande ärenden: - …`).
///
/// A title is never cut before its second word.
fn flattened_title(t: Cow<'_, str>) -> Cow<'_, str> {
    let s = t.as_ref();
    let Some((start, stop_at)) = title_range(s) else {
        // A title the body's first sentence was cut from keeps no full
        // stop (`Sammanträdets öppnande, formalia.`); an abbreviation
        // (`m.m.`) keeps its own.
        let last = s.split_whitespace().last().unwrap_or("");
        let word = last.trim_end_matches('.');
        if last.ends_with('.')
            && !last.ends_with("..")
            && word.chars().count() >= 4
            && !word.contains('.')
        {
            return Cow::Owned(s.trim_end().trim_end_matches('.').to_owned());
        }
        return t;
    };
    let out = s
        .get(start..stop_at)
        .unwrap_or(s)
        .trim()
        .trim_end_matches(['.', ',', ':', '-', '–'])
        .trim_end();
    if out.is_empty() {
        return t;
    }
    Cow::Owned(out.to_owned())
}

/// Where the title of [`flattened_title`] starts and ends in `s` (byte
/// offsets: the start of its first word, the start of the first word after
/// it, or the end), when that is not all of `s`.
pub(crate) fn title_range(s: &str) -> Option<(usize, usize)> {
    let is_dnr = |w: &str| {
        let w = w.trim_end_matches([':', '.']);
        crate::headings::lower_eq(w, "dnr") || crate::headings::lower_eq(w, "diarienummer")
    };
    // Most titles: short (no run-on check in `title_range_by_words`),
    // without a full stop (no sentence end) and without a `Dnr` fragment.
    // Their title is all of `s` from its first word, found without
    // splitting `s` into words.
    if s.len() <= 80 && memchr::memchr(b'.', s.as_bytes()).is_none() {
        let first = s.split_whitespace().next();
        if !first.is_some_and(is_dnr) {
            let start = first.map_or(0, |w| w.as_ptr() as usize - s.as_ptr() as usize);
            return (start > 0).then_some((start, s.len()));
        }
    }
    title_range_by_words(s)
}

/// An organ's code in title case as a diarienummer writes it (`Ks`, `Kf`,
/// `Sbn`): a capital and one or two lower-case consonants, no Swedish word.
fn dnr_code_word(w: &str) -> bool {
    let b = w.as_bytes();
    (2..=3).contains(&b.len())
        && b.first().is_some_and(u8::is_ascii_uppercase)
        && b.iter()
            .skip(1)
            .all(|&c| c.is_ascii_lowercase() && !b"aeiouy".contains(&c))
}

/// [`title_range`] read from the words of `s`.
fn title_range_by_words(s: &str) -> Option<(usize, usize)> {
    const TITLE_WORDS: usize = 64;
    let is_dnr = |w: &str| {
        let w = w.trim_end_matches([':', '.']);
        crate::headings::lower_eq(w, "dnr") || crate::headings::lower_eq(w, "diarienummer")
    };
    // A title ends within its first words: only those are read (a run-on
    // line may be the whole document).
    let words: Vec<(usize, &str)> = s
        .split_whitespace()
        .take(TITLE_WORDS)
        .map(|w| (w.as_ptr() as usize - s.as_ptr() as usize, w))
        .collect();
    // A `Dnr` fragment: the label and the codes and numbers after it.
    let mut from = 0;
    if words.first().is_some_and(|(_, w)| is_dnr(w)) {
        from = 1;
        while words.get(from).is_some_and(|(_, w)| {
            w.chars().any(|c| c.is_ascii_digit() || c == '/')
                || w.chars().all(|c| c.is_uppercase() || c == '-')
        }) {
            from += 1;
        }
        // A diarienummer's organ code in title case whose numbers a
        // transcript dropped (`Dnr Ks Delårsbokslut 31 augusti 2013`): two
        // or three letters without a vowel (`Ks`, `Kf`, `Sbn`), the title
        // starting after it with a capital.
        if from == 1
            && words.get(1).is_some_and(|(_, w)| dnr_code_word(w))
            && words
                .get(2)
                .is_some_and(|(_, w)| w.starts_with(char::is_uppercase))
        {
            from = 2;
        }
        if from >= words.len() {
            return None;
        }
    }
    let word = |k: usize| words.get(k).map(|x| x.1);
    let upper = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
    let lowerish = |w: &str| {
        w.chars()
            .last()
            .is_some_and(|c| c.is_lowercase() || c.is_ascii_digit())
    };
    // May the title end before word `k`: a capitalized word after a word
    // that ends in a lower-case letter or a digit and binds nothing.
    // A name (`Karl Ek redovisar …`) is one unit: its second word follows a
    // capitalized word.
    let may_end_after = |k: usize, after_upper: bool| {
        k >= from + 2
            && word(k).is_some_and(upper)
            && word(k - 1)
                .is_some_and(|p| lowerish(p) && (after_upper || !upper(p)) && !binds_next(p))
    };
    let may_end = |k: usize| may_end_after(k, false);
    let mut end: Option<usize> = None;
    // The first sentence end.
    let stop = (from..words.len()).find(|&k| {
        word(k).is_some_and(|w| {
            w.ends_with('.')
                && w.trim_end_matches('.')
                    .chars()
                    .filter(|c| c.is_alphabetic())
                    .count()
                    >= 4
                && !w.trim_end_matches('.').contains('.')
        }) && word(k + 1).map_or(true, upper)
    });
    if let Some(k) = stop {
        end = (from + 2..=k).find(|&j| may_end(j)).or(Some(k + 1));
    }
    // A numbered list opening the body (`Landstingsdirektörens rapport 1.
    // Snabbrapport … 2. Miljöcertifiering`).
    let list = (from + 2..words.len())
        .find(|&k| matches!(word(k), Some("1." | "1)")) && word(k + 1).is_some_and(upper));
    end = match (end, list) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    };
    if s.len() > 80 {
        let long = (from + 2..words.len()).find(|&k| {
            let organ = organ_subject(word(k), word(k + 1), word(k + 2));
            may_end_after(k, organ)
                && word(k).is_some_and(|w| {
                    opens_sentence(w)
                        || organ
                        || (k..k + 3).any(|j| word(j).is_some_and(|x| x.ends_with(':')))
                })
        });
        end = match (end, long) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        };
    }
    let start = words.get(from).map_or(0, |x| x.0);
    let stop_at = end
        .and_then(|k| words.get(k).map(|x| x.0))
        .unwrap_or(s.len());
    (start > 0 || stop_at < s.len()).then_some((start, stop_at))
}

/// Whether a heading line's rest is only a diarienummer and a field of
/// codes after it (`Dnr 2019/0041 NTN - 1 Diariekod: 031`): no title, which
/// is on the next line.
fn dnr_and_code_field(s: &str) -> bool {
    let (found, _) = find_case_number_matches(s);
    let Some(m) = found.first() else {
        return false;
    };
    let before = s.get(..m.case_number.span.start).unwrap_or("").trim();
    let before = before.trim_end_matches([':', '.']);
    if !(before.is_empty() || crate::headings::lower_eq(before, "dnr")) {
        return false;
    }
    let after = s.get(m.case_number.span.end..).unwrap_or("").trim();
    let Some((name, value)) = after.split_once(':') else {
        return false;
    };
    let name = name.trim();
    !name.is_empty()
        && name.split_whitespace().count() <= 2
        && name.chars().all(|c| c.is_alphabetic() || c == ' ')
        && !value.trim().is_empty()
        && value
            .trim()
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '.' | '-' | '/' | ' '))
}

/// Words a title line does not end with when the title goes on.
fn continues_title(prev: &str, next: &str) -> bool {
    let last = prev.split_whitespace().last().unwrap_or("").lower();
    let open_end = matches!(
        last.as_str(),
        "om" | "för"
            | "av"
            | "i"
            | "på"
            | "till"
            | "med"
            | "och"
            | "från"
            | "efter"
            | "över"
            | "mellan"
            | "under"
            | "inom"
            | "vid"
            | "samt"
            | "eller"
            | "–"
            | "-"
            | "den"
            | "det"
            | "de"
            | "ett"
            | "en"
            | "mot"
            | "enligt"
    ) || prev.ends_with('-');
    let lower_next = next.chars().next().is_some_and(char::is_lowercase);
    (open_end || lower_next || is_property_designation(next)) && !next.ends_with(':')
}

/// A line that is only a property designation (`Storby 57:17`, `Norra
/// Ekdalen 1:31`): the end of a title wrapped after `fastigheten`, never a
/// title or a heading of its own.
fn is_property_designation(s: &str) -> bool {
    let Some((name, number)) = s.trim().rsplit_once(' ') else {
        return false;
    };
    let Some((a, b)) = number.split_once(':') else {
        return false;
    };
    let digits = |x: &str| (1..=4).contains(&x.len()) && x.bytes().all(|c| c.is_ascii_digit());
    let words: Vec<&str> = name.split_whitespace().collect();
    digits(a)
        && digits(b)
        && (1..=3).contains(&words.len())
        && words.iter().all(|w| {
            w.chars().next().is_some_and(char::is_uppercase)
                && w.chars().skip(1).all(|c| c.is_lowercase() || c == '-')
                && w.chars().count() > 1
        })
}

/// Whether the rest of a heading line (`TN 2   Tn au 4 2003/TN 0012`) is
/// only the item's earlier number in an utskott, with or without its dnr:
/// the heading and it make a history stack, and the title is on the next
/// line.
fn continues_stack(label: &str, rest: &str) -> bool {
    if !rest.bytes().next().is_some_and(|b| b.is_ascii_uppercase()) {
        return false;
    }
    let joined = format!("{label} {rest}");
    let n = history_stack_len(&joined);
    n > label.len() + 1 && {
        let after = joined.get(n..).unwrap_or("").trim();
        after.is_empty() || only_case_number(after)
    }
}

/// The length of a history stack at the start of `s`: two or more pairs of
/// an organ code and a number (`Sn 50 Au 84 `), the same item's earlier
/// numbers in an utskott and a nämnd; the code may name the utskott
/// (`Tn au 4`), a § sign may stand before the number (`Kf § 73  Ks §
/// 94`, the preparing body's §). 0 when there is none.
fn history_stack_len(s: &str) -> usize {
    static STACK: Lazy<Regex> = Lazy::new(|| {
        Regex::new(r"^(?:\p{Lu}\p{L}{0,3}(?:\s+(?:au|AU|Au))?\s+(?:§\s*)?\d{1,4}(?:\s+|$)){2,}")
            .unwrap_or_else(|_| never())
    });
    STACK.find(s).map(|m| m.end()).unwrap_or(0)
}

/// A sentence that decides by its verb. Only ever asked `is_match`, so the
/// word boundaries are written as "start or a non-word character" and "end
/// or a non-word character" (every verb starts and ends with a letter): a
/// Unicode `\b` stops the lazy DFA on non-ASCII text, and Swedish text
/// always is.
static DECISION_SENTENCE: Lazy<Regex> = Lazy::new(|| {
    Regex::new(
        r"(?i)(?:^|\W)(?:utses|väljs|godkänn(?:s|es)|fastställ(?:s|es)|antas|antages|noteras|läggs\s+till\s+handlingarna|beviljas|avslås|bordläggs|återremitteras|förklaras|tackar\s+för)(?:$|\W)",
    )
    .unwrap_or_else(|_| never())
});

/// A decision of a § without a `Beslut` heading, read from the lines between
/// the title and the first section: from a lead-in ("Kommunstyrelsen
/// beslutar att …") to the end, or, in a short body of at most three lines,
/// the sentences when one of them is a decision by its verb or has an organ
/// as the subject of a deciding verb.
fn headingless_decision<'a>(
    text: &'a str,
    lines: &Classified<'_>,
    from: usize,
    to: usize,
    span: Span,
    allow_short: bool,
) -> Option<Decision<'a>> {
    let content = |k: &usize| lines.is_content(*k);
    let lead = (from..to).filter(content).find(|&k| {
        lines.get(k).is_some_and(|l| {
            matches!(l.class, LineClass::Text) && {
                let t = slice(text, l.line.span).trim();
                lead_in(t).is_some()
            }
        })
    });
    let first_content = (from..to).find(content);
    let short = allow_short && lead.is_none() && {
        let region = || (from..to).filter(content);
        region().nth(3).is_none()
            && region().any(|k| {
                lines.get(k).is_some_and(|l| {
                    let t = slice(text, l.line.span);
                    // A passive decision ("X utses att justera"), or an
                    // organ deciding in the active ("Socialnämnden utser X
                    // att justera", "Nämnden godkänner …").
                    DECISION_SENTENCE.is_match(t)
                        || subject_verb(t.trim_start()).is_some_and(is_organ_name)
                })
            })
    };
    let start = match (lead, short) {
        (Some(k), _) => k,
        (None, true) => first_content?,
        (None, false) => return None,
    };
    let first = lines.get(start)?.line.span.start;
    let section = Section {
        kind: SectionKind::Decision,
        heading: Cow::Borrowed(""),
        text: Cow::Borrowed(""),
        span: Span::new(first, span.end),
        heading_span: Span::new(first, first),
    };
    // `decision` reads the lines after its first index.
    decision(text, lines, &section, start.checked_sub(1)?, to)
}

/// Whether `t` opens with an organ deciding in the present tense
/// (`Omsorgsnämnden beslutar att …`).
pub(crate) fn starts_deciding(t: &str) -> bool {
    let t = t.trim_start();
    let mut ws = t.splitn(3, ' ');
    let (Some(organ), Some(verb)) = (ws.next(), ws.next()) else {
        return false;
    };
    verb == "beslutar" && is_organ_name(organ)
}

/// Whether line `k` is a text line that opens with an organ deciding
/// ([`starts_deciding`]).
fn decides_now(text: &str, lines: &Classified<'_>, k: usize) -> bool {
    lines.get(k).is_some_and(|l| {
        matches!(l.class, LineClass::Text | LineClass::ListItem(_))
            && starts_deciding(slice(text, l.line.span))
    })
}

static ADJUSTED: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"(?i)omedelbart\s+justera|justera[sd]?\s+omedelbart|omedelbar\s+justering")
        .unwrap_or_else(|_| never())
});

/// Whether `s` declares something omedelbart justerad ([`ADJUSTED`]).
fn is_adjusted(s: &str) -> bool {
    has_omedelbar(s) && ADJUSTED.is_match(s)
}

/// Whether `s` holds `omedelbar` with its letters in any case: every match
/// of [`ADJUSTED`] does, and none of these letters has a case-insensitive
/// partner outside ASCII (unlike `k`, `s` and `å`; see the test
/// `omedelbar_folds_within_ascii`). Found from its `b`, the rarest of its
/// letters, so a § without the word (almost every §) is passed over at
/// the speed of `memchr` instead of running the case-insensitive search.
fn has_omedelbar(s: &str) -> bool {
    const WORD: &[u8] = b"omedelbar";
    // The `b` of `omedelbar`.
    const B_AT: usize = 6;
    let b = s.as_bytes();
    memchr::memchr2_iter(b'b', b'B', b).any(|i| {
        i.checked_sub(B_AT)
            .and_then(|start| b.get(start..start + WORD.len()))
            .is_some_and(|w| w.eq_ignore_ascii_case(WORD))
    })
}

/// One sentence that only declares the § omedelbart justerad: its subject
/// is the paragraph, the decision or the protocol (or the body declaring
/// it), and it says nothing else.
fn is_adjustment_sentence(s: &str) -> bool {
    let t = s.trim().trim_end_matches('.');
    t.len() < 90 && !t.contains(['.', ',', ';']) && is_adjusted(t) && !t.contains(" att ")
}

/// A regex that matches nothing, for the (impossible) case that a literal
/// pattern fails to compile: the library must not panic.
fn never() -> Regex {
    #[allow(clippy::unwrap_used)]
    Regex::new(r"[^\s\S]").unwrap()
}

/// Whether `s` is a case number alone (after a `Dnr`/`Diarienummer` label,
/// in parentheses). Every case number has a group of ASCII digits, so a
/// line without one (most title lines) is not searched.
fn only_case_number(s: &str) -> bool {
    if !has_ascii_digit(s.as_bytes()) {
        return false;
    }
    let (found, _) = find_case_number_matches(s);
    found.first().is_some_and(|m| {
        let t = m.case_number.span;
        let labelled = s.get(..t.start).is_some_and(|p| {
            let p = p.trim().trim_end_matches(':').trim();
            p.eq_ignore_ascii_case("dnr") || p.lower().starts_with("diarie")
        });
        (labelled || s.get(..t.start).is_some_and(|p| p.trim().is_empty()))
            && s.get(t.end..).is_some_and(|r| {
                let r = r.trim().trim_matches(|c| c == ')' || c == '(');
                // (After a `Dnr` label, the archive's classification code
                // without a dash too: `Dnr 2014-000045 101`.)
                r.is_empty()
                    || archive_code(r)
                    || labelled
                        && (1..=8).contains(&r.len())
                        && r.starts_with(|c: char| c.is_ascii_digit())
                        && r.bytes().all(|b| b.is_ascii_digit() || b == b'.')
            })
    })
}

/// The archive code written after a diarienummer (`KS/2018:298 - 001`,
/// `– 1.2.3`): a dash, then digits and stops.
fn archive_code(s: &str) -> bool {
    s.strip_prefix(['-', '–']).is_some_and(|r| {
        let r = r.trim_start();
        r.starts_with(|c: char| c.is_ascii_digit())
            && r.bytes().all(|b| b.is_ascii_digit() || b == b'.')
    })
}

/// The length of a diarienummer a transcript cut the serial off, opening a
/// title (`KS/2013: Exploateringsavtal`): a code of capitals, a slash, a
/// year and the colon or slash before the lost serial. 0 when there is none.
fn cut_case_number_len(t: &str) -> usize {
    let b = t.as_bytes();
    let code = b.iter().take_while(|c| c.is_ascii_uppercase()).count();
    let year = b
        .get(code + 1..)
        .map_or(0, |r| r.iter().take_while(|c| c.is_ascii_digit()).count());
    let cut = (1..=6).contains(&code)
        && b.get(code) == Some(&b'/')
        && year == 4
        && matches!(b.get(code + 5), Some(b':' | b'/'))
        && b.get(code + 6).map_or(true, |c| *c == b' ');
    if cut {
        code + 6
    } else {
        0
    }
}

/// Removes a diarienummer written in the title line (`Title (SÄN/2019:5)`,
/// `Title Dnr KS 2019/12`).
fn strip_case_numbers<'a>(title: Cow<'a, str>, cns: &[CaseNumber], _text: &str) -> Cow<'a, str> {
    // When no case number is written in the title, the trim at the end is
    // the only change: the title is copied only when it changes.
    if !cns.iter().any(|c| title.contains(c.text.as_str())) {
        let t = title.trim().trim_end_matches([',', '-', '–']).trim();
        return if t.len() == title.len() {
            title
        } else {
            Cow::Owned(t.to_owned())
        };
    }
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
    lines: &Classified<'_>,
    from: usize,
    to: usize,
) -> Vec<(Section<'a>, (usize, usize))> {
    sections_after(text, lines, None, from, to)
}

/// [`sections`], the first one opened by `lead` (a heading on row `k`
/// before `from`) when given.
fn sections_after<'a>(
    text: &'a str,
    lines: &Classified<'_>,
    lead: Option<(usize, SectionHeading)>,
    from: usize,
    to: usize,
) -> Vec<(Section<'a>, (usize, usize))> {
    let mut heads: Vec<(usize, SectionHeading)> = lead.into_iter().collect();
    // After the points of a decision, a content sub-heading begins a
    // section of its own (see `ends_decision`).
    let (mut read, mut gap) = (false, false);
    // The last line read that was not passed over (blank, furniture, a
    // heading): whether it ended a sentence is read only when asked.
    let mut last: Option<Span> = None;
    let closed = |last: Option<Span>| {
        last.is_some_and(|p| slice(text, p).trim_end().ends_with(['.', '!', '?']))
    };
    for (k, l) in (from..).zip(lines.range(from, to)) {
        let in_decision = heads
            .last()
            .is_some_and(|(_, h)| matches!(h.kind, SectionKind::Decision | SectionKind::Proposal));
        if let LineClass::SectionHeading(h) = l.class {
            if h.confidence == Confidence::High
                || heads.is_empty()
                || (in_decision && read && ends_decision(text, &l, gap, closed(last)))
            {
                heads.push((k, h));
                read = false;
                continue;
            }
        }
        match l.class {
            LineClass::Blank => {
                gap = true;
                continue;
            }
            LineClass::Furniture(_) => continue,
            LineClass::Text
                if in_decision && read && ends_decision(text, &l, gap, closed(last)) =>
            {
                heads.push((
                    k,
                    SectionHeading {
                        kind: SectionKind::Other,
                        heading: l.line.span.trim(text),
                        organ: None,
                        rest: None,
                        confidence: Confidence::Low,
                    },
                ));
                read = false;
            }
            _ => read = true,
        }
        last = Some(l.line.span);
        gap = false;
    }
    let mut out = Vec::with_capacity(heads.len());
    // One buffer for every section's rows.
    let mut spans = Vec::new();
    for (n, &(k, h)) in heads.iter().enumerate() {
        let end = heads.get(n + 1).map(|&(k2, _)| k2).unwrap_or(to);
        spans.clear();
        if let Some(rest) = h.rest {
            spans.push((rest, false));
        }
        content_spans(lines, k + 1, end, &mut spans);
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
    lines: &Classified<'_>,
    from: usize,
    to: usize,
) -> Vec<Cow<'a, str>> {
    let mut out = Vec::new();
    let mut seen_item = false;
    // Values on the heading line: `Utdrag:   Kommunstyrelsen`,
    // `Expedieras till: Kommunfullmäktige, Förslagsställaren`.
    if let Some(LineClass::SectionHeading(h)) = lines.get(from).map(|l| l.class) {
        if let Some(rest) = h.rest {
            let s = slice(text, rest).trim().trim_start_matches(':').trim();
            if !s.is_empty() && s.len() <= 120 && !s.ends_with('.') {
                for part in s.split([',', ';']) {
                    let p = part.trim().trim_start_matches("och ").trim();
                    if !p.is_empty() {
                        out.push(Cow::Owned(p.to_owned()));
                    }
                }
            }
        }
    }
    let mut gap = false;
    for (k, l) in (from + 1..).zip(lines.range(from + 1, to)) {
        if matches!(l.class, LineClass::Blank) {
            gap = true;
            continue;
        }
        let after_gap = std::mem::take(&mut gap);
        match &l.class {
            // After a blank line, a name over a title (`Bengt Åhlén` /
            // `Teknisk chef`) is the signature under the list, not more.
            LineClass::ListItem(_)
                if after_gap
                    && seen_item
                    && is_name(slice(text, l.line.span).trim())
                    && lines.get(k + 1).is_some_and(|n| {
                        let t = slice(text, n.line.span).trim();
                        is_role(t) || is_title_words(t)
                    }) =>
            {
                break;
            }
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

/// A decision lead-in is a short line; longer lines (a flattened transcript
/// page) are not tried, which keeps the capture search's memory small.
const MAX_LEAD_IN: usize = 600;

/// A cheap test for the verbs of [`LEAD_IN`] before its capture search.
static LEAD_IN_VERB: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"(?i)beslutar|beslöt|beslutade|föreslås|föreslår|hemställer")
        .unwrap_or_else(|_| never())
});

/// Whether `s` may hold a verb of [`LEAD_IN_VERB`]: a byte gate before
/// the regex, which costs some 300 instructions per line while most
/// decision lines hold none of the verbs.
///
/// Why it is sound: every verb holds `slu` (`beslutar`, `beslutade`),
/// `slö` (`beslöt`), `slå` (`föreslås`, `föreslår`) or `lle`
/// (`hemställer`). Ignoring case, `l`, `u` and `e` match only themselves
/// and their ASCII capitals, `ö` and `å` match `Ö` and `Å` (all four start
/// with the byte `C3`), and `s` matches `s`, `S` and `ſ` (U+017F, UTF-8
/// `C5 BF`). So some `l`/`L` has `s`, `S` or `BF` before it and `u`, `U`
/// or `C3` after it, or `l`/`L` before it and `e`/`E` after it.
///
/// The letters after those three are read too: `slu` goes on `tar` or
/// `tade` (`beslutar`, `beslutade`; not the noun `beslut`), `slö` on `t`,
/// `slå` on `s` or `r`, `lle` on `r`, each letter in either case (ASCII
/// letters, and `s` as `ſ` too).
fn may_have_lead_in_verb(s: &str) -> bool {
    let b = s.as_bytes();
    memchr::memchr2_iter(b'l', b'L', b).any(|i| {
        let before = i.checked_sub(1).and_then(|p| b.get(p));
        let after = b.get(i + 1..).unwrap_or(&[]);
        let then = |at: usize, w: &[u8]| {
            after
                .get(at..at + w.len())
                .is_some_and(|a| a.eq_ignore_ascii_case(w))
        };
        match before {
            Some(b's' | b'S' | 0xBF) => match after.first() {
                Some(b'u' | b'U') => then(1, b"tar") || then(1, b"tade"),
                // `ö` (`C3 B6`, `Ö` `C3 96`) then `t`; `å` (`C3 A5`, `Å`
                // `C3 85`) then `s`, `ſ` or `r`.
                Some(0xC3) => match after.get(1) {
                    Some(0xB6 | 0x96) => then(2, b"t"),
                    Some(0xA5 | 0x85) => {
                        then(2, b"s") || then(2, b"r") || then(2, "\u{17F}".as_bytes())
                    }
                    _ => false,
                },
                _ => false,
            },
            Some(b'l' | b'L') => then(0, b"er"),
            _ => false,
        }
    })
}

/// The longest organ (in chars) of [`LEAD_IN`] and [`SUBJECT_VERB`].
const MAX_ORGAN_CHARS: usize = 81;

/// `<Organ> beslutar/föreslår/hemställer …`, the organ at most
/// [`MAX_ORGAN_CHARS`] long, as [`LEAD_IN`] reads it (see
/// [`organ_then_verb`]).
fn lead_in(s: &str) -> Option<LeadIn<'_>> {
    // The organ starts with a letter: a line opening with an ASCII
    // character that is not one (a number, a dash) is settled unsearched.
    let ascii_non_letter = |b: &u8| b.is_ascii() && !b.is_ascii_alphabetic();
    if s.len() > MAX_LEAD_IN
        || s.as_bytes().first().is_some_and(ascii_non_letter)
        || !may_have_lead_in_verb(s)
        || !LEAD_IN_VERB.is_match(s)
    {
        return None;
    }
    // The verbs start with `be`, `fö` or `he` in any case (letters whose
    // only case partners are `B`, `E`, `F`, `Ö`, `H`).
    let (organ_end, end) = organ_then_verb(s, &LEAD_IN_RUN, 1, &LEAD_IN_TAIL, |w| {
        match w.first().map(u8::to_ascii_lowercase) {
            Some(b'b' | b'h') => w.get(1).is_some_and(|e| e.eq_ignore_ascii_case(&b'e')),
            Some(b'f') => matches!(w.get(1..3), Some([0xC3, 0xB6 | 0x96])),
            _ => false,
        }
    })?;
    let organ = s.get(..organ_end)?;
    // The verb ends where the match does, or before the one character of
    // `\W` after it: every verb ends in an ASCII letter (`r`, `t`, `e`,
    // `a`, letters that match nothing outside ASCII when case is
    // ignored), which that character is not.
    let matched = s.get(..end)?;
    let verb_end = match matched.chars().next_back() {
        Some(c) if c.is_ascii_alphabetic() => end,
        Some(c) => end - c.len_utf8(),
        None => return None,
    };
    lead_in_at(s, organ, verb_end)
}

/// The lead-in of `s` whose organ is `organ` and whose verb ends at
/// `verb_end`.
fn lead_in_at<'s>(s: &'s str, organ: &'s str, verb_end: usize) -> Option<LeadIn<'s>> {
    let mut i = verb_end;
    // After the verb: white space, an optional `att` (a whole word), white
    // space, an optional colon, white space; the rest of the line is the
    // rest (as `\s*(?:att\b)?\s*:?\s*(?P<rest>.*)$` read it).
    let skip_ws = |i: usize| {
        s.get(i..)
            .map_or(i, |r| i + (r.len() - r.trim_start().len()))
    };
    i = skip_ws(i);
    let att = s
        .get(i..i + 3)
        .is_some_and(|w| w.eq_ignore_ascii_case("att"))
        && !s.get(i + 3..).is_some_and(|r| WORD_START.is_match(r));
    if att {
        i = skip_ws(i + 3);
    }
    if s.get(i..).is_some_and(|r| r.starts_with(':')) {
        i += 1;
    }
    i = skip_ws(i);
    let rest = s.get(i..)?;
    Some(LeadIn {
        organ,
        rest,
        rest_start: i,
    })
}

/// Where `s` splits as `^(?P<organ>O{min,}?)\s+V(?:$|\W)` would split it
/// (`O` a character class, `V` an alternation of verbs), without a capture
/// search: the end of the organ and the end of the match, or `None` when
/// there is no match or its organ has more than [`MAX_ORGAN_CHARS`]
/// characters.
///
/// `organ_run` is `^O*` with the organ's first character (`^F O*`): its
/// match is the longest prefix that is an organ, so any shorter prefix of
/// at least `min` characters is one too. `tail` is `^\s+V(?:$|\W)`. As the
/// organ repeat is lazy, the pattern's match has the shortest organ after
/// which the tail matches; the organ ends where white space starts (no verb
/// starts with white space), so the tail is tried there, in order, and only
/// where the word after the white space can start a verb (`may_start_verb`,
/// a test of its first bytes that keeps every verb). Within one run of white
/// space the tail reads the same verb at every start, so it is tried once
/// a run, and at most [`MAX_ORGAN_CHARS`] + 1 characters in: each try is an
/// anchored search, so a line costs a bounded number of them.
///
/// The capture search this replaces ran the bounded backtracker over the
/// Unicode letter classes (thousands of NFA states): clearing its visited
/// set cost thousands of instructions a line.
fn organ_then_verb(
    s: &str,
    organ_run: &OrganRun,
    min: usize,
    tail: &Regex,
    may_start_verb: impl Fn(&[u8]) -> bool,
) -> Option<(usize, usize)> {
    // No organ end past MAX_ORGAN_CHARS characters is tried, and they take
    // at most four bytes each: the longest organ is searched for in a
    // prefix that holds them all (if it reaches that prefix's end, every
    // end tried is within it).
    let mut cut = s.len().min(4 * (MAX_ORGAN_CHARS + 1));
    while !s.is_char_boundary(cut) {
        cut -= 1;
    }
    let longest = organ_run.longest(s.get(..cut)?)?;
    // A try inside a run already tried reads the same verb.
    let mut tried_until = 0;
    for (chars, (p, c)) in s.char_indices().enumerate() {
        if p > longest || chars > MAX_ORGAN_CHARS {
            return None;
        }
        if chars < min || p < tried_until || !c.is_whitespace() {
            continue;
        }
        let after = s.get(p..)?;
        let run = after.len() - after.trim_start().len();
        tried_until = p + run;
        if !s.as_bytes().get(p + run..).is_some_and(&may_start_verb) {
            continue;
        }
        if let Some(m) = tail.find(after) {
            return Some((p, p + m.end()));
        }
    }
    None
}

/// The characters an organ of [`organ_then_verb`] is written with: the
/// pattern `^F O*` (`F` the first character's class, `O` the others'), and
/// what it reads on ASCII and the Swedish letters, so that most lines are
/// read byte by byte instead of by the pattern's lazy DFA (some five
/// instructions a byte under Unicode classes).
struct OrganRun {
    /// `^F O*`.
    pattern: &'static Lazy<Regex>,
    /// Whether `F` holds only capitals (`\p{Lu}`; else `\p{L}`).
    first_upper: bool,
    /// Whether `O` holds a comma (it holds letters, `-` and a space).
    comma: bool,
}

impl OrganRun {
    /// The end of the longest prefix of `s` that [`OrganRun::pattern`]
    /// matches. On ASCII, `\p{L}` (also with case ignored) is the ASCII
    /// letters and `\p{Lu}` the capitals, and `å ä ö é` and `Å Ä Ö É`
    /// are letters, the latter capitals; at any other character the
    /// pattern decides.
    fn longest(&self, s: &str) -> Option<usize> {
        let b = s.as_bytes();
        // `Some(is_capital)` for a Swedish letter at `i`.
        let swedish = |i: usize| match (b.get(i), b.get(i + 1)) {
            (Some(0xC3), Some(0xA5 | 0xA4 | 0xB6 | 0xA9)) => Some(false),
            (Some(0xC3), Some(0x85 | 0x84 | 0x96 | 0x89)) => Some(true),
            _ => None,
        };
        let by_pattern = || self.pattern.find(s).map(|m| m.end());
        let mut i = match b.first() {
            None => return None,
            Some(&c) if c.is_ascii() => {
                let letter = if self.first_upper {
                    c.is_ascii_uppercase()
                } else {
                    c.is_ascii_alphabetic()
                };
                if !letter {
                    return None;
                }
                1
            }
            Some(_) => match swedish(0) {
                Some(capital) if capital || !self.first_upper => 2,
                Some(_) => return None,
                None => return by_pattern(),
            },
        };
        loop {
            match b.get(i) {
                None => return Some(i),
                Some(&c)
                    if c.is_ascii_alphabetic()
                        || c == b'-'
                        || c == b' '
                        || (self.comma && c == b',') =>
                {
                    i += 1
                }
                Some(&c) if c.is_ascii() => return Some(i),
                Some(_) if swedish(i).is_some() => i += 2,
                Some(_) => return by_pattern(),
            }
        }
    }
}

/// The organ of [`LEAD_IN`].
static LEAD_IN_RUN: OrganRun = OrganRun {
    pattern: &LEAD_IN_ORGAN,
    first_upper: false,
    comma: true,
};

/// The organ of [`SUBJECT_VERB`].
static SUBJECT_RUN: OrganRun = OrganRun {
    pattern: &SUBJECT_ORGAN,
    first_upper: true,
    comma: false,
};

/// A decision's lead-in (`Kommunstyrelsen beslutar att`): the organ as
/// written and the rest of the line, with its offset in the line.
struct LeadIn<'s> {
    organ: &'s str,
    rest: &'s str,
    rest_start: usize,
}

/// A word character (`\w`) at the start.
static WORD_START: Lazy<Regex> = Lazy::new(|| Regex::new(r"^\w").unwrap_or_else(|_| never()));

/// `<Organ> godkänner …` at the start of `t`: the organ, as [`SUBJECT_VERB`]
/// reads it and checked for length as in [`lead_in`] (see
/// [`organ_then_verb`]).
fn subject_verb(t: &str) -> Option<&str> {
    // The verbs are matched as written: the word must start with one.
    // (A verb's first letter is tested before the verbs are compared.)
    let (organ_end, _) = organ_then_verb(t, &SUBJECT_RUN, 3, &SUBJECT_TAIL, |w| {
        w.first().is_some_and(|&f| SUBJECT_VERB_FIRSTS.contains(&f))
            && SUBJECT_VERBS.iter().any(|v| w.starts_with(v.as_bytes()))
    })?;
    t.get(..organ_end)
}

/// The verbs of [`LEAD_IN`], in its order (the first that matches wins).
const LEAD_IN_VERBS: &str = r"beslutar|beslöt|beslutade|föreslås\s+besluta|föreslår|hemställer";

/// `<Organ> beslutar …`: the pattern whose reading [`lead_in`] gives.
#[cfg(test)]
static LEAD_IN: Lazy<Regex> = Lazy::new(|| {
    Regex::new(&format!(
        r"(?i)^(?P<organ>[\p{{L}}][\p{{L}}\- ,]*?)\s+(?P<verb>{LEAD_IN_VERBS})(?:$|\W)"
    ))
    .unwrap_or_else(|_| never())
});

/// The longest prefix that can be the organ of [`LEAD_IN`].
static LEAD_IN_ORGAN: Lazy<Regex> =
    Lazy::new(|| Regex::new(r"(?i)^[\p{L}][\p{L}\- ,]*").unwrap_or_else(|_| never()));

/// What follows the organ of [`LEAD_IN`].
static LEAD_IN_TAIL: Lazy<Regex> = Lazy::new(|| {
    Regex::new(&format!(r"(?i)^\s+(?:{LEAD_IN_VERBS})(?:$|\W)")).unwrap_or_else(|_| never())
});

/// The verbs of [`SUBJECT_VERB`], in its order.
const SUBJECT_VERBS: [&str; 25] = [
    "beslutar",
    "godkänner",
    "antar",
    "fastställer",
    "avslår",
    "noterar",
    "föreslås",
    "föreslår",
    "uppdrar",
    "ger",
    "lämnar",
    "tillstyrker",
    "beviljar",
    "ställer",
    "utser",
    "väljer",
    "besvarar",
    "lägger",
    "tackar",
    "överlämnar",
    "bifaller",
    "upphäver",
    "återremitterar",
    "bordlägger",
    "delegerar",
];

/// The first bytes of [`SUBJECT_VERBS`] (`ö` of `överlämnar` and `å` of
/// `återremitterar` start with `C3`).
const SUBJECT_VERB_FIRSTS: &[u8] = b"bgafnulstv\xC3d";

/// `<Organ> <verb>` at the start; only the organ group is read, so the
/// boundary after the verb is "end or a non-word character" (see
/// [`DECISION_SENTENCE`]). The pattern whose reading [`subject_verb`] gives.
#[cfg(test)]
static SUBJECT_VERB: Lazy<Regex> = Lazy::new(|| {
    Regex::new(&format!(
        r"^(?P<organ>\p{{Lu}}[\p{{L}}\- ]{{2,}}?)\s+(?:{})(?:$|\W)",
        SUBJECT_VERBS.join("|")
    ))
    .unwrap_or_else(|_| never())
});

/// The longest prefix that can be the organ of [`SUBJECT_VERB`].
static SUBJECT_ORGAN: Lazy<Regex> =
    Lazy::new(|| Regex::new(r"^\p{Lu}[\p{L}\- ]*").unwrap_or_else(|_| never()));

/// What follows the organ of [`SUBJECT_VERB`].
static SUBJECT_TAIL: Lazy<Regex> = Lazy::new(|| {
    Regex::new(&format!(r"^\s+(?:{})(?:$|\W)", SUBJECT_VERBS.join("|"))).unwrap_or_else(|_| never())
});

/// The body a lead-in proposes to decide: `hos kommunfullmäktige om` →
/// `Kommunfullmäktige`, `kommunstyrelsen beslutar` → `Kommunstyrelsen`.
fn proposed_body(rest: &str) -> Option<String> {
    let r = rest.trim().trim_end_matches(':').trim();
    let lower = r.lower();
    // "X hemställer hos kommunfullmäktige om …" is X's proposal (the
    // convention of the facts): only a capitalized body counts there.
    let phrase = if let Some(x) = lower.strip_prefix("hos ") {
        let end = x.find(" om").unwrap_or(x.len());
        return deciding_body(r.get(4..4 + end)?.trim());
    } else {
        let end = ["besluta", "beslutar", "beslutar att", "besluta att"]
            .iter()
            .filter_map(|v| lower.strip_suffix(v).map(|p| p.len()))
            .next()?;
        r.get(..end)?
    };
    // Written in lower case inside the sentence: `att kommunstyrelsen
    // beslutar`.
    let phrase = phrase.trim();
    deciding_body(phrase).or_else(|| {
        phrase.chars().next().filter(|f| f.is_lowercase())?;
        deciding_body(&sentence_case(phrase))
    })
}

/// `s` with its first character in upper case (`kommunstyrelsen` →
/// `Kommunstyrelsen`).
/// A place's name in normal case, each part of a hyphenated name
/// capitalized (`MALUNG-SÄLENS` → `Malung-Sälens`, `Upplands-Bro`).
fn name_case(w: &str) -> String {
    w.split('-')
        .map(|part| sentence_case(&part.lower()))
        .collect::<Vec<_>>()
        .join("-")
}

fn sentence_case(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

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

/// `s` in sentence case when it is written in capitals (`KOMMUNSTYRELSEN`
/// → `Kommunstyrelsen`), else as written. (Lower-cased only then.)
fn capitalize(s: &str) -> String {
    if s.chars()
        .filter(|c| c.is_alphabetic())
        .all(char::is_uppercase)
    {
        let lower = s.lower();
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
    lines: &Classified<'_>,
    section: &Section<'a>,
    from: usize,
    to: usize,
) -> Option<Decision<'a>> {
    let kind = if section.kind == SectionKind::Decision {
        DecisionKind::Beslut
    } else {
        DecisionKind::Forslag
    };
    // The body, by the first rule that applies: (1) the subject of a
    // lead-in ("X beslutar att"), (2) the Y of a heading "<X>s förslag till
    // <Y>", (3) the body every item opens with as the subject of an active
    // verb, (4) the X of a heading "<X>s beslut" / "<X>s förslag". A lead-in
    // under another body's heading (`Arbetsutskottets förslag` /
    // `Kommunstyrelsen beslutar att …`) names who decides.
    let mut organ: Option<Cow<'a, str>> = None;
    let mut heading_target: Option<String> = None;
    let mut heading_genitive: Option<String> = None;
    if let Some(LineClass::SectionHeading(h)) = lines.get(from).map(|l| l.class) {
        if let Some(o) = h.organ {
            // "<X>s förslag till <Y>" proposes for Y when Y is a body (not
            // `beslut`); otherwise the body is X.
            let heading = slice(text, h.heading);
            heading_target = heading
                .lower()
                .find("förslag till ")
                .and_then(|at| heading.get(at + "förslag till ".len()..))
                // `kommunfullmäktige`, `KOMMUNFULLMÄKTIGE` → `Kommunfullmäktige`.
                .map(|y| sentence_case(&capitalize(y.trim().trim_end_matches(':').trim())))
                .filter(|y| is_organ_name(y));
            heading_genitive = organ_from_genitive(slice(text, o));
        }
    } else if let Some((genitive, _)) = section.heading.trim().rsplit_once(' ') {
        // A heading run on after the title (`… Kommunfullmäktiges beslut
        // Dagordningen godkännes.`): the body of its genitive.
        heading_genitive = organ_from_genitive(genitive);
    }
    let mut items: Vec<DecisionItem<'a>> = Vec::new();
    // (number, spans) of the item being read.
    let mut current: Option<Pending> = None;
    let flush = |cur: &mut Option<Pending>, items: &mut Vec<DecisionItem<'a>>| {
        let Some((number, spans)) = cur.take() else {
            return;
        };
        let pieces = if number.is_none() {
            split_att_run(text, &spans)
        } else {
            vec![spans]
        };
        for spans in pieces {
            let t = join_lines(text, &spans);
            // Line breaks are spaces; an item of one line stays borrowed.
            let t = if memchr::memchr(b'\n', t.as_bytes()).is_some() {
                Cow::Owned(t.replace('\n', " "))
            } else {
                t
            };
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
    let mut lead_seen = false;
    // Whether the last content line read ended a sentence.
    let mut closed = false;
    // The decision written after its heading on the heading's line
    // (`Kommunfullmäktiges beslut: Motionen bifalls.`): its first item.
    if let Some(l) = lines.get(from) {
        let rest = Span::new(
            section.heading_span.end.min(l.line.span.end),
            l.line.span.end,
        )
        .trim(text);
        let r = slice(text, rest).trim_start_matches([':', ' ']);
        if r.chars().any(char::is_alphabetic) && section.heading_span.start >= l.line.span.start {
            let r = r.strip_prefix("att ").unwrap_or(r);
            let off = rest.end - r.len();
            closed = r.trim_end().ends_with(['.', '!', '?']);
            current = Some((None, vec![(Span::new(off, rest.end), false)]));
        }
    }
    for l in lines.range(from + 1, to) {
        // A decision that ends with its motivation's lead-in (`Miljönämnden
        // utser Eva Ek till mottagare av miljöpriset med följande
        // motivering:`): the paragraphs after it are the motivation, not
        // points of the decision.
        let motivated = current.as_ref().is_some_and(|(_, spans)| {
            spans
                .last()
                .is_some_and(|&(p, _)| ends_with_motivation(slice(text, p)))
        });
        if motivated && !matches!(l.class, LineClass::Blank | LineClass::Furniture(_)) {
            break;
        }
        // After the points of the decision, a content sub-heading (`Ordförande-
        // utlåtande`, or a short line of its own after a finished point:
        // `Redovisning av händelser`) begins the description: the
        // decision ends there (FORMATS.md section 6).
        let read = !items.is_empty() || current.is_some();
        if read && ends_decision(text, &l, gap, closed) {
            break;
        }
        match &l.class {
            LineClass::Blank => {
                gap = true;
                continue;
            }
            LineClass::Furniture(_) => continue,
            _ => {
                closed = slice(text, l.line.span)
                    .trim_end()
                    .ends_with(['.', '!', '?'])
            }
        }
        match &l.class {
            LineClass::Blank | LineClass::Furniture(_) => continue,
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
                // A new att-clause follows a line that ends a clause; after
                // a line that breaks mid-sentence, "att …" goes on with it.
                let continues = current.as_ref().is_some_and(|(_, spans)| {
                    spans.last().is_some_and(|&(p, _)| {
                        let prev = slice(text, p).trim_end();
                        !(prev.ends_with([',', ';', '.', ':'])
                            || prev.ends_with(" samt")
                            || prev.ends_with(" och"))
                    })
                }) && !gap;
                // Before any lead-in, "Att jämte ordföranden justera
                // protokollet utses X" is one sentence whose subject is the
                // att-phrase: its own passive verb decides, and the "Att"
                // stays with it.
                let inverted = !lead_seen
                    && items.is_empty()
                    && current.is_none()
                    && s.starts_with("Att ")
                    && is_inverted_election(s);
                if let Some(rest) = s
                    .strip_prefix("att ")
                    .or_else(|| s.strip_prefix("Att "))
                    .filter(|_| !continues && !inverted)
                {
                    flush(&mut current, &mut items);
                    let off = l.line.span.start
                        + (s.as_ptr() as usize - slice(text, l.line.span).as_ptr() as usize)
                        + (s.len() - rest.len());
                    current = Some((
                        None,
                        vec![(Span::new(off, l.line.span.end).trim(text), false)],
                    ));
                } else if let Some(c) = lead_in(s) {
                    lead_seen = true;
                    flush(&mut current, &mut items);
                    // "X hemställer hos Y om" and "X hemställer att Y
                    // beslutar": the rest names the body proposed to decide,
                    // and is not an item.
                    let rest = c.rest.trim();
                    let target = proposed_body(rest);
                    if organ.is_none() {
                        organ = target
                            .clone()
                            .map(Cow::Owned)
                            .or_else(|| organ_from_genitive(c.organ).map(Cow::Owned));
                    }
                    // "X föreslår Y att …": Y is the addressee, the item
                    // starts after its "att"; "X föreslår Y" at the end of
                    // the line is a lead-in to the att-clauses below.
                    // The lead-in as matched, up to the rest (its `att`
                    // and colon included when written).
                    let lead = s.get(..c.rest_start).unwrap_or("").trim_end();
                    let proposes_to = contains_any_case(lead, "föreslår")
                        && !lead.ends_with(':')
                        && !lead
                            .rsplit(char::is_whitespace)
                            .next()
                            .is_some_and(|w| w.eq_ignore_ascii_case("att"));
                    let skip = if proposes_to {
                        rest.find(" att ").map(|a| a + " att ".len())
                    } else {
                        None
                    };
                    let lead_only = target.is_some()
                        || rest.ends_with(" om")
                        || rest.ends_with(':')
                        || (proposes_to
                            && skip.is_none()
                            && !rest.ends_with('.')
                            && rest.split_whitespace().count() <= 6);
                    if c.rest.trim().len() > 3 && !lead_only {
                        let base = l.line.span.start
                            + (s.as_ptr() as usize - slice(text, l.line.span).as_ptr() as usize);
                        // `rest` is `c.rest` trimmed: the skip is counted from its start.
                        let lead_ws = c.rest.len() - c.rest.trim_start().len();
                        // "X beslutar enligt arbetsutskottets förslag." is a
                        // whole sentence, no lead-in to clauses: the item is
                        // all of it.
                        let whole = adopts_proposal(rest);
                        let from = if whole {
                            0
                        } else {
                            c.rest_start + skip.map_or(0, |k| k + lead_ws)
                        };
                        let end = c.rest_start + c.rest.len();
                        current = Some((None, vec![(Span::new(base + from, base + end), false)]));
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
            // Minutes after the decision ("Frågestunden förklaras öppnad.
            // En fråga ställs av …"): sentences after the last one that
            // decides by its verb are not items.
            if let Some(last) = items
                .iter()
                .rposition(|it| DECISION_SENTENCE.is_match(&it.text))
            {
                items.truncate(last + 1);
            }
            // The motivation after its lead-in (`… med följande
            // motivering:`) is no point of the decision.
            // (The lead-in and the motivation's first sentence may be read
            // as one: it ends at the colon.)
            if let Some(at) = items
                .iter()
                .position(|it| motivation_lead(&it.text).is_some())
            {
                items.truncate(at + 1);
                if let Some(it) = items.last_mut() {
                    let end = motivation_lead(&it.text).unwrap_or(it.text.len());
                    if let Cow::Borrowed(t) = it.text {
                        it.text = Cow::Borrowed(t.get(..end).unwrap_or(t));
                        it.span = Span::new(it.span.start, it.span.start + end);
                    }
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
    let organ = organ
        .or_else(|| heading_target.map(Cow::Owned))
        .or_else(|| items_subject(&items).map(Cow::Owned))
        .or_else(|| heading_genitive.map(Cow::Owned));
    Some(Decision {
        kind,
        organ,
        items,
        span: section.span,
    })
}

/// Where a decision's lead-in to its motivation ends (`… med följande
/// motivering:`), after its colon; `None` when `s` has none.
fn motivation_lead(s: &str) -> Option<usize> {
    // (Most sentences have no colon: no search.)
    memchr::memchr(b':', s.as_bytes())?;
    ["motivering:", "motiveringen:"]
        .iter()
        .find_map(|w| s.find(w).map(|at| at + w.len()))
}

/// Whether a line of a decision ends with the lead-in to its motivation.
fn ends_with_motivation(s: &str) -> bool {
    let s = s.trim_end();
    // (Asked of every line of a decision: only one ending in a colon is
    // searched.)
    s.ends_with(':') && motivation_lead(s) == Some(s.len())
}

/// Whether line `l`, after points of a decision were read, begins
/// something else: a content sub-heading, or a short capitalized line of
/// its own (after a blank line and a finished sentence, without a stop,
/// not ending in a word that binds the next line).
fn ends_decision(text: &str, l: &ClassifiedLine, gap: bool, closed: bool) -> bool {
    match &l.class {
        LineClass::SectionHeading(h) => h.confidence != Confidence::High,
        // (After a blank line and a closed sentence only: most lines are
        // settled before their words are counted.)
        LineClass::Text if gap && closed => {
            let s = slice(text, l.line.span).trim();
            let words = s.split_whitespace().count();
            (1..=8).contains(&words)
                && s.len() <= 70
                && s.starts_with(char::is_uppercase)
                && !s.ends_with(['.', ',', ':', ';', '!', '?'])
                && !s.split_whitespace().last().is_some_and(binds_next)
                && !s.starts_with("Att ")
                && lead_in(s).is_none()
                // Not a signatory's name (`Kerstin Blom`): a heading is in
                // sentence case, one word or some in lower case.
                && (words == 1 || s.split_whitespace().any(|w| w.starts_with(char::is_lowercase)))
                && !is_name(s)
        }
        _ => false,
    }
}

/// The rest of a lead-in that adopts a proposal as it stands: "enligt
/// arbetsutskottets förslag", "i enlighet med förvaltningens förslag".
fn adopts_proposal(rest: &str) -> bool {
    let r = rest.trim_start();
    let starts = |p: &str| r.get(..p.len()).is_some_and(|h| h.eq_ignore_ascii_case(p));
    starts("enligt ") || starts("i enlighet med ")
}

/// The body every item opens with as the subject of an active verb ("1.
/// Vård- och omsorgsnämnden godkänner …", "2. Vård- och omsorgsnämnden
/// uppdrar …"); none when one item does not (a passive "Paragrafen
/// förklaras omedelbart justerad", an item without a body as subject) or
/// two items name different bodies.
fn items_subject(items: &[DecisionItem<'_>]) -> Option<String> {
    let mut body: Option<&str> = None;
    for it in items {
        let o = item_subject(it)?;
        match body {
            Some(b) if b != o => return None,
            _ => body = Some(o),
        }
    }
    body.map(str::to_owned)
}

/// The body the first item that has one opens with as the subject of an
/// active verb.
fn first_item_subject(items: &[DecisionItem<'_>]) -> Option<String> {
    items.iter().find_map(item_subject).map(str::to_owned)
}

/// The body an item opens with as the subject of an active verb
/// ("Vård- och omsorgsnämnden godkänner …").
fn item_subject<'t>(item: &'t DecisionItem<'_>) -> Option<&'t str> {
    subject_verb(item.text.trim_start()).filter(|o| is_organ_name(o))
}

/// Whether every character of `b` is ASCII or led by `C3` (`U+00C0` to
/// `U+00FF`): no other byte from `C0` on. Eight bytes at a time (SWAR).
fn latin1(b: &[u8]) -> bool {
    const LO: u64 = 0x0101_0101_0101_0101;
    const HI: u64 = 0x8080_8080_8080_8080;
    const LOW7: u64 = 0x7F7F_7F7F_7F7F_7F7F;
    let mut chunks = b.chunks_exact(8);
    for c8 in &mut chunks {
        let x = <[u8; 8]>::try_from(c8).map_or(0, u64::from_le_bytes);
        // Bytes with their two top bits set: lead bytes of two bytes or
        // more.
        let lead = x & (x << 1) & HI;
        if lead != 0 {
            // Exactly the `C3` bytes.
            let v = x ^ (LO * 0xC3);
            let c3 = !(((v & LOW7).wrapping_add(LOW7)) | v | LOW7);
            if lead & !c3 != 0 {
                return false;
            }
        }
    }
    chunks.remainder().iter().all(|&x| x < 0xC0 || x == 0xC3)
}

/// Whether `s` starts with `stem` (lower case, ASCII and `å`, `ä`, `ö`)
/// once lower-cased, for an `s` in ASCII and Latin-1 (or in lower case
/// already): a capital is its letter's byte less `0x20` (the second byte
/// of `Å`, `Ä`, `Ö` too).
fn starts_with_folded(s: &str, stem: &str) -> bool {
    let (s, stem) = (s.as_bytes(), stem.as_bytes());
    s.get(..stem.len()).is_some_and(|head| {
        let mut after_c3 = false;
        head.iter().zip(stem).all(|(&x, &c)| {
            let capital = (c.is_ascii_lowercase()
                || after_c3 && (0xA0..=0xBE).contains(&c) && c != 0xB7)
                && x == c - 0x20;
            after_c3 = c == 0xC3;
            x == c || capital
        })
    })
}

/// Whether `before` (the item up to a word, in lower case or in ASCII and
/// Latin-1) ends in a relative clause opened by `som` within the last two
/// words ("strategin som antogs", "som tidigare godkändes").
fn in_relative_clause(before: &str) -> bool {
    before
        .split_whitespace()
        .rev()
        .take(2)
        .any(|w| w.eq_ignore_ascii_case("som"))
}

/// Whether the word at the start of `rest` (lower case, or ASCII and
/// Latin-1: the ASCII letters compared in any case) is a past participle
/// with its agent ("taxa fastställd av kommunfullmäktige", "riktlinjer
/// antagna av nämnden"): it describes something decided before, it is not
/// the item's verb.
fn is_agent_participle(rest: &str) -> bool {
    let end = rest
        .char_indices()
        .find(|&(_, c)| !c.is_alphabetic())
        .map_or(rest.len(), |(i, _)| i);
    let (word, after) = rest.split_at(end);
    let av = after.trim_start();
    let agent = after.starts_with(char::is_whitespace)
        && av
            .as_bytes()
            .get(..2)
            .is_some_and(|w| w.eq_ignore_ascii_case(b"av"))
        && av
            .get(2..)
            .is_some_and(|r| r.starts_with(char::is_whitespace));
    agent
        && ["d", "da", "t", "gen", "get", "na"].iter().any(|s| {
            word.len()
                .checked_sub(s.len())
                .and_then(|k| word.as_bytes().get(k..))
                .is_some_and(|tail| tail.eq_ignore_ascii_case(s.as_bytes()))
        })
}

/// "Att jämte ordföranden justera dagens protokoll utses Sven Olsson":
/// a sentence with its object first, whose verb (`utses`, `väljs`) comes
/// after the att-phrase; not an att-clause of a lead-in.
fn is_inverted_election(s: &str) -> bool {
    let sentence = s.split('.').next().unwrap_or(s);
    sentence
        .split(|c: char| !c.is_alphabetic())
        .any(|w| w == "utses" || w == "väljs")
}

/// The stems of [`outcome`] by outcome, in order of precedence: the first
/// outcome with a stem at the start of a word wins.
const OUTCOME_STEMS: &[(&str, Outcome)] = &[
    ("återremitt", Outcome::Aterremiss),
    ("återremiss", Outcome::Aterremiss),
    ("bordlägg", Outcome::Bordlaggning),
    ("bordlagd", Outcome::Bordlaggning),
    ("besvarad", Outcome::Besvarad),
    ("besvarat", Outcome::Besvarad),
    ("anses besvara", Outcome::Besvarad),
    // The body answering: "Nämnden besvarar skrivelsen …", "Motionen
    // besvaras med …".
    ("besvarar", Outcome::Besvarad),
    ("besvaras", Outcome::Besvarad),
    ("avslå", Outcome::Avslag),
    ("avslag", Outcome::Avslag),
    ("noter", Outcome::Noterad),
    ("till handlingarna", Outcome::Noterad),
    ("tackar för informationen", Outcome::Noterad),
    ("antecknas", Outcome::Noterad),
    ("anteckna ", Outcome::Noterad),
    ("godkänn", Outcome::Bifall),
    ("anta ", Outcome::Bifall),
    ("antar ", Outcome::Bifall),
    ("antas", Outcome::Bifall),
    ("fastställ", Outcome::Bifall),
    ("bevilj", Outcome::Bifall),
    ("bifall", Outcome::Bifall),
    ("tillstyrk", Outcome::Bifall),
    ("ställa sig bakom", Outcome::Bifall),
    ("ställer sig bakom", Outcome::Bifall),
    ("godta", Outcome::Bifall),
    // Adopting the proposal before it as it stands.
    ("beslutar enligt", Outcome::Bifall),
    ("beslutar i enlighet med", Outcome::Bifall),
    // Past tense (from index `PAST_TENSE` on), in older and
    // Finland-Swedish protocols: "Förslaget godkändes", "Motionen
    // avslogs", "Antecknades för kännedom".
    ("godkänd", Outcome::Bifall),
    ("antogs", Outcome::Bifall),
    ("avslogs", Outcome::Avslag),
    ("bordlades", Outcome::Bordlaggning),
    ("antecknade", Outcome::Noterad),
];
// One bit a stem in the masks of `outcome`.
const _: () = assert!(OUTCOME_STEMS.len() <= 64);
/// The first past-tense stem of [`OUTCOME_STEMS`]: in a relative clause
/// ("strategin som antogs 2014") it tells the history, not the decision.
const PAST_TENSE: usize = OUTCOME_STEMS.len() - 5;

/// Whether the character at byte `i` of `t` (a character start) is
/// alphabetic, and its length; `None` at the end. ASCII and the
/// two-byte letters of Latin-1 (`å`, `ä`, `ö`, `é`, …: all of `U+00C0` to
/// `U+00FF` but `×` and `÷`) are read without the Unicode table.
#[inline]
fn letter_at(t: &str, i: usize) -> Option<(bool, usize)> {
    let b = t.as_bytes();
    let x = *b.get(i)?;
    if x.is_ascii() {
        return Some((x.is_ascii_alphabetic(), 1));
    }
    if x == 0xC3 {
        if let Some(&y) = b.get(i + 1) {
            return Some((y != 0x97 && y != 0xB7, 2));
        }
    }
    let c = t.get(i..)?.chars().next()?;
    Some((c.is_alphabetic(), c.len_utf8()))
}

/// The outcome of one decision item, from its own wording. The first rule
/// that matches wins, most specific first.
fn outcome(item: &str) -> Outcome {
    // For each byte, the stems (bits by index) that start with it.
    static BY_BYTE: Lazy<[u64; 256]> = Lazy::new(|| {
        let mut t = [0u64; 256];
        for (k, (stem, _)) in OUTCOME_STEMS.iter().enumerate() {
            if let Some(slot) = stem
                .as_bytes()
                .first()
                .and_then(|&b| t.get_mut(usize::from(b)))
            {
                *slot |= 1 << k;
            }
        }
        t
    });
    // The item is read in lower case. Written in ASCII and Latin-1 only (no
    // character led by another byte than `C3`), its lower case has the
    // same bytes but for the capitals (ASCII, and `C3 80`..`C3 9E` but
    // `×`), which the comparisons below fold as they go: it is read as
    // written, not copied. Any other item is lower-cased first.
    let lowered;
    let t: &str = if !latin1(item.as_bytes()) {
        lowered = item.lower();
        &lowered
    } else {
        item
    };
    // An att-clause that answers ("besvara motionen med hänvisning till …"):
    // the verb opens the item. Further in, "uppdra åt X att besvara
    // remissen" is a commission, not an answer.
    if t.trim_start()
        .as_bytes()
        .get(..8)
        .is_some_and(|w| w.eq_ignore_ascii_case(b"besvara "))
    {
        return Outcome::Besvarad;
    }
    // One scan over the words: a stem is compared only at the start of a
    // word (no letter before) whose first byte starts one. The stems start
    // with an ASCII letter or `å`, so such a byte starts a character; a
    // stem that matches starts with a letter. The rest of a word is passed
    // over a byte at a time while it is ASCII letters.
    let mut best: Option<usize> = None;
    // The stems before the best found so far (bits by index).
    let below = |limit: usize| 1u64.checked_shl(limit as u32).unwrap_or(0).wrapping_sub(1);
    let mut open = below(OUTCOME_STEMS.len());
    let by_byte: &[u64; 256] = &BY_BYTE;
    let b = t.as_bytes();
    // `i` starts a character after one that is no letter (or the text).
    let mut i = 0;
    while let Some(&byte) = b.get(i) {
        // Candidates before the best found so far, lowest index first.
        let first = usize::from(byte.to_ascii_lowercase());
        let mut cands = by_byte.get(first).copied().unwrap_or(0) & open;
        if cands != 0 {
            let rest = t.get(i..).unwrap_or("");
            while cands != 0 {
                let k = cands.trailing_zeros() as usize;
                cands &= cands - 1;
                if OUTCOME_STEMS
                    .get(k)
                    .is_some_and(|(stem, _)| starts_with_folded(rest, stem))
                    && !is_agent_participle(rest)
                    && !(k >= PAST_TENSE && in_relative_clause(t.get(..i).unwrap_or("")))
                {
                    best = Some(k);
                    open = below(k);
                    break;
                }
            }
            if best.is_some_and(|k| k < 2) {
                break;
            }
        }
        // Past this character and the letters after it: to the next
        // character that follows one that is no letter.
        let Some((mut alpha, len)) = letter_at(t, i) else {
            break;
        };
        i += len;
        while alpha {
            // (A run of ASCII letters first, the common case.)
            while b
                .get(i)
                .is_some_and(|&x| (x | 0x20).wrapping_sub(b'a') < 26)
            {
                i += 1;
            }
            let Some((a, len)) = letter_at(t, i) else {
                break;
            };
            alpha = a;
            i += len;
        }
    }
    best.and_then(|k| OUTCOME_STEMS.get(k))
        .map_or(Outcome::Annat, |&(_, o)| o)
}

static VOTE: Lazy<Regex> = Lazy::new(|| {
    Regex::new(
        r"(?i)(?P<yes>\d+)\s+ja-?\s*röst(?:er)?(?:\s*,\s*|\s+(?:mot|och)\s+)(?P<no>\d+)\s+nej-?\s*röst(?:er)?(?:[,;]?\s*(?:och\s+)?(?P<abst>\d+)\s+(?:(?:ledamot|ledamöter)\s+)?(?:som\s+)?(?:avstår|avstod|avstående|nedlagda))?(?:[,;]?\s*(?:och\s+)?(?P<abs>\d+)\s+(?:(?:ledamot|ledamöter)\s+)?(?:som\s+)?(?:var\s+)?frånvarande)?",
    )
    .unwrap_or_else(|_| never())
});

/// What ja and nej stand for. The word boundary before `ja`/`nej` is
/// "start or a non-word character" outside the groups read: a Unicode `\b`
/// stops the lazy DFA on non-ASCII text (see [`DECISION_SENTENCE`]).
static VOTE_MEANS: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"(?i)(?:^|\W)(?P<which>ja|nej)(?:-röst|\s+röst|-röster)?\s+(?:för|innebär|betyder)\s+(?P<what>[^.;,\n]{3,120}(?:\r?\n[\p{Ll}][^.;,\n]{0,80})?)")
        .unwrap_or_else(|_| never())
});

/// [`VOTE_MEANS`] up to its `what`, anchored at the start of one of its
/// matches.
static VOTE_MEANS_HEAD: Lazy<Regex> = Lazy::new(|| {
    Regex::new(
        r"(?i)^(?:^|\W)(?P<which>ja|nej)(?:-röst|\s+röst|-röster)?\s+(?:för|innebär|betyder)\s+",
    )
    .unwrap_or_else(|_| never())
});

/// A tally whose numbers a transcript dropped: "Med ja-röster mot
/// nej-röster beslutar …".
static LOST_TALLY: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"(?i)(?:^|\W)(?P<t>med\s+ja-?\s*röster\s+(?:mot|och)\s+nej-?\s*röster)")
        .unwrap_or_else(|_| never())
});

/// What ja and nej mean, as stated in `before` (the text before a tally).
///
/// The matches are found by the DFA alone, and each is read with
/// [`VOTE_MEANS_HEAD`], a pattern without the long `what` repeats: a
/// capture search of [`VOTE_MEANS`] ran the backtracker over some two
/// thousand NFA states (the bounded repeats of a Unicode class), clearing a
/// visited set of tens of kilobytes a match. `what` is the rest of the
/// match after the head, trimmed: the head's last `\s+` may take white
/// space that the whole pattern gave to `what`, which the trim drops.
fn vote_means(before: &str) -> (Option<Cow<'_, str>>, Option<Cow<'_, str>>) {
    let (mut yes_means, mut no_means) = (None, None);
    for m in VOTE_MEANS.find_iter(before) {
        let whole = m.as_str();
        let Some(head) = VOTE_MEANS_HEAD.captures(whole) else {
            continue;
        };
        // A meaning wrapped onto the next line (which goes on in lower
        // case) is joined with a space.
        let what = head.get(0).and_then(|h| whole.get(h.end()..)).map(|w| {
            let w = w.trim();
            if w.contains('\n') {
                Cow::Owned(w.split_whitespace().collect::<Vec<_>>().join(" "))
            } else {
                Cow::Borrowed(w)
            }
        });
        match head.name("which").map(|w| w.as_str().lower()) {
            Some(w) if w == "ja" => yes_means = what,
            Some(_) => no_means = what,
            None => {}
        }
    }
    (yes_means, no_means)
}

fn votes<'a>(body: &'a str, base: usize) -> Vec<Vote<'a>> {
    let num = |m: Option<regex::Match<'_>>| m.and_then(|m| m.as_str().parse::<u32>().ok());
    let mut out = Vec::new();
    // Both tally patterns need `röst` (`röster`, or a count of one:
    // `6 ja-röster mot 1 nej-röst`): a § without the word (most) is not
    // searched with them.
    static ROSTER: Lazy<Regex> = Lazy::new(|| Regex::new(r"(?i)röst").unwrap_or_else(|_| never()));
    if !ROSTER.is_match(body) {
        return out;
    }
    let tallies: Vec<_> = VOTE.captures_iter(body).collect();
    let mut prev_end = 0;
    for c in tallies {
        let Some(m) = c.get(0) else { continue };
        // What ja and nej mean: stated before the tally, after the previous one.
        let (yes_means, no_means) = vote_means(body.get(prev_end..m.start()).unwrap_or(""));
        prev_end = m.end();
        out.push(Vote {
            yes: num(c.name("yes")),
            no: num(c.name("no")),
            abstain: num(c.name("abst")),
            absent: num(c.name("abs")),
            yes_means,
            no_means,
            span: Span::new(base + m.start(), base + m.end()),
            roll_call: Vec::new(),
        });
    }
    if out.is_empty() {
        if let Some(m) = LOST_TALLY.captures(body).and_then(|c| c.name("t")) {
            out.push(Vote {
                yes: None,
                no: None,
                abstain: None,
                absent: None,
                yes_means: None,
                no_means: None,
                span: Span::new(base + m.start(), base + m.end()),
                roll_call: Vec::new(),
            });
        }
    }
    out
}

/// The roll calls of a § merged into its votes: a roll call goes with the
/// vote whose tally it agrees with, else with the next vote in order, else
/// it is a vote of its own (a roll call with no tally in prose). Counts
/// the prose does not state are taken from the roll call: its written
/// tally (`Summa`, `3 JA`) or its ballots counted.
fn merge_roll_calls<'a>(
    body: &'a str,
    base: usize,
    votes: &mut Vec<Vote<'a>>,
    calls: Vec<crate::roll_call::RollCall<'a>>,
) {
    use crate::BallotChoice as B;
    // A roll call looks at a bounded window of the prose votes from the
    // first one not yet taken, so a hostile § of thousands of tallies and
    // tables stays linear.
    const WINDOW: usize = 16;
    let prose = votes.len();
    let mut taken = vec![false; prose];
    // The first vote not taken, and the vote after the last one taken.
    let (mut first, mut after) = (0, 0);
    let mut last_end = base;
    for call in calls {
        let (yes, no) = (call.tally(B::Ja), call.tally(B::Nej));
        while taken.get(first).copied().unwrap_or(false) {
            first += 1;
        }
        let open = |i: &usize| !taken.get(*i).copied().unwrap_or(true);
        let end = prose.min(first + WINDOW);
        let agrees = (first..end).filter(open).find(|&i| {
            votes
                .get(i)
                .is_some_and(|v| v.yes.is_some() && v.yes == yes && v.no == no)
        });
        let pick = agrees.or_else(|| (after.max(first)..end).find(open));
        let span = call.span.unwrap_or(Span::new(base, base));
        let v = match pick.and_then(|i| votes.get_mut(i).map(|v| (i, v))) {
            Some((i, v)) => {
                if let Some(t) = taken.get_mut(i) {
                    *t = true;
                }
                after = after.max(i + 1);
                v
            }
            None => {
                // What ja and nej mean is read after the last tally or
                // vote before the roll call (prose votes are in order).
                let before = votes
                    .get(..prose)
                    .unwrap_or(&[])
                    .partition_point(|v| v.span.end <= span.start);
                let prev_end = before
                    .checked_sub(1)
                    .and_then(|i| votes.get(i))
                    .map_or(base, |v| v.span.end)
                    .max(last_end.min(span.start));
                let text_before = body
                    .get(prev_end.saturating_sub(base)..span.start.saturating_sub(base))
                    .unwrap_or("");
                let (yes_means, no_means) = vote_means(text_before);
                votes.push(Vote {
                    yes: None,
                    no: None,
                    abstain: None,
                    absent: None,
                    yes_means,
                    no_means,
                    span,
                    roll_call: Vec::new(),
                });
                let Some(v) = votes.last_mut() else { return };
                v
            }
        };
        last_end = last_end.max(v.span.end);
        v.yes = v.yes.or(yes);
        v.no = v.no.or(no);
        v.abstain = v.abstain.or(call.tally(B::Avstar));
        v.absent = v.absent.or(call.tally(B::Franvarande));
        v.roll_call = call.ballots;
    }
    votes.sort_by_key(|v| v.span.start);
}
/// Whether `rest` (the words after an `att`) opens a clause with a
/// subject and a finite verb of its own: a noun in the definite form, then
/// a present-tense verb (`reglementet gäller`, `nämnden får`, `kommunen
/// ansöker`), not an infinitive (`gälla från`, `anta taxorna`).
fn finite_clause(rest: &str) -> bool {
    let mut ws = rest.split_whitespace();
    let (Some(subject), Some(verb)) = (ws.next(), ws.next()) else {
        return false;
    };
    let definite = subject.chars().all(|c| c.is_lowercase())
        && ["en", "et", "na"].iter().any(|e| subject.ends_with(e))
        && subject.len() > 4;
    let finite = verb.chars().all(char::is_lowercase)
        && (["er", "ar", "or"].iter().any(|e| verb.ends_with(e))
            || matches!(verb, "ska" | "skall" | "får" | "kan" | "blir" | "är"));
    definite && finite
}

/// Splits an item that is a run of att-clauses in one sentence ("att anta
/// …, att uppdra åt … samt att upphäva …") into one item per clause. Only
/// a run closed by `samt att` is split: a single clause may go on with
/// ", att gälla från …".
fn split_att_run(text: &str, spans: &[(Span, bool)]) -> Vec<Vec<(Span, bool)>> {
    // Only a run with `samt`, or with `, att` opening a clause of its own,
    // can be split: most are not joined at all.
    if !spans.iter().any(|&(sp, _)| {
        let t = slice(text, sp);
        t.contains("samt") || t.contains(", att ")
    }) {
        return vec![spans.to_vec()];
    }
    // The lines joined by single spaces, with where each came from:
    // (offset in the joined text, span in `text`).
    let mut joined = String::new();
    let mut map: Vec<(usize, Span)> = Vec::new();
    for &(sp, _) in spans {
        let t = sp.trim(text);
        if t.is_empty() {
            continue;
        }
        if !joined.is_empty() {
            joined.push(' ');
        }
        map.push((joined.len(), t));
        joined.push_str(slice(text, t));
    }
    let closed = joined.contains(" samt att ") || joined.trim_end().ends_with(" samt");
    // `A samt att B` without a comma splits when A has no inner `att` that
    // `samt att B` could go on (`uppdra åt X att utreda samt att …`).
    let plain = joined
        .find(" samt att ")
        .and_then(|at| joined.get(..at))
        .is_some_and(|a| !a.contains(" att "));
    let own_clause = |at: usize| finite_clause(joined.get(at + " att ".len()..).unwrap_or(""));
    let any_own = joined
        .match_indices(", att ")
        .any(|(at, _)| own_clause(at + 1));
    if !(closed && (joined.contains(", att ") || plain) || any_own) {
        return vec![spans.to_vec()];
    }
    // (end of the previous clause, start of the next), in joined offsets.
    let mut cuts: Vec<(usize, usize)> = Vec::new();
    for (at, _) in joined.match_indices(" att ") {
        // Without `samt`, only a clause with a subject and a finite verb
        // of its own (`, att reglementet gäller från …`) is split off:
        // `, att gälla från …` goes on the clause before it.
        if !closed && !own_clause(at) {
            continue;
        }
        let before = joined.get(..at).unwrap_or("");
        let end = if before.ends_with(", samt") {
            at - ", samt".len() + 1
        } else if before.ends_with(',') {
            at
        } else if before.ends_with(" samt") {
            at - " samt".len()
        } else {
            continue;
        };
        cuts.push((end, at + " att ".len()));
    }
    if cuts.is_empty() {
        return vec![spans.to_vec()];
    }
    // Joined offsets back to spans of `text`.
    let piece = |a: usize, b: usize| -> Vec<(Span, bool)> {
        map.iter()
            .filter_map(|&(off, sp)| {
                let (s0, s1) = (off, off + sp.len());
                let (x, y) = (a.max(s0), b.min(s1));
                (x < y).then(|| (Span::new(sp.start + x - off, sp.start + y - off), false))
            })
            .collect()
    };
    let mut out = Vec::new();
    let mut start = 0;
    for (end, next) in cuts {
        let p = piece(start, end);
        if !p.is_empty() {
            out.push(p);
        }
        start = next;
    }
    let p = piece(start, joined.len());
    if !p.is_empty() {
        out.push(p);
    }
    out
}

/// The role a front-page label gives the people listed under it.
fn attendance_role(kind: LabelKind) -> Option<&'static str> {
    Some(match kind {
        LabelKind::Members => "ledamot",
        LabelKind::ServingSubstitutes => "tjänstgörande ersättare",
        LabelKind::Substitutes => "ersättare",
        LabelKind::OthersPresent => "övrig",
        LabelKind::Adjusters | LabelKind::Adjuster => "justerare",
        LabelKind::Secretary => "sekreterare",
        LabelKind::Chair => "ordförande",
        _ => return None,
    })
}

/// The role of a member listed and marked absent (`inte närvarande`):
/// dropped at the end of the front page's reading.
const ABSENT: &str = "frånvarande";

/// Roles written after a name (`Anna Berg (S), ordförande`) that replace
/// the label's role.
const MEETING_ROLES: &[&str] = &[
    "1:e vice ordförande",
    "2:e vice ordförande",
    "vice ordförande",
    "ordförande",
    "tjänstgörande ersättare",
    "sekreterare",
    "justerare",
];

/// `expand_role_words(&s.lower())`: the words between two listed people
/// lower-cased and their abbreviations written out. Most are a comma and a
/// space: a text without a letter (no ASCII letter, no byte outside ASCII)
/// is the same lower-cased and has no word to write out, so it is copied.
fn lower_role_words(s: &str) -> String {
    if !s.bytes().any(|b| b.is_ascii_alphabetic() || !b.is_ascii()) {
        debug_assert_eq!(s, expand_role_words(&s.lower()));
        return s.to_owned();
    }
    expand_role_words(&s.lower())
}

/// Role abbreviations written after names, spelled out.
fn expand_role_words(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 16);
    // Where the previous word was pushed, if it was `v` or `v.`.
    let mut v_at: Option<usize> = None;
    for w in s.split_inclusive(|c: char| c.is_whitespace() || c == ',' || c == ';') {
        let core = w.trim_end_matches(|c: char| c.is_whitespace() || c == ',' || c == ';');
        let tail = w.get(core.len()..).unwrap_or("");
        // `1:e v ordf`, `v. ordf`: a vice chair.
        let v = v_at.take();
        if matches!(core, "v" | "v.") {
            v_at = Some(out.len());
        }
        if let Some(at) = v.filter(|_| matches!(core.trim_end_matches('.'), "ordf" | "ordförande"))
        {
            out.truncate(at);
            out.push_str("vice ");
        }
        let full = match core.trim_end_matches('.') {
            "ordf" => "ordförande",
            "sekr" => "sekreterare",
            "tjg" | "tj" => "tjänstgörande",
            "ers" => "ersättare",
            // `icke tjg. ersättare`: not serving.
            "icke" => "ej",
            // `ersättare istf Roland Bäckman`: in the place of (`i stället
            // för`).
            "istf" | "i.st.f" | "ist.f" | "i.s.t.f" => "för",
            // (`2:a vice ordförande`, `1:a vice ordf`.)
            "1:a" => "1:e",
            "2:a" => "2:e",
            _ => core,
        };
        out.push_str(full);
        // A title cut after `sekr` (`nämndsekr.`, `kommunsekr`).
        if full == core && core.len() > 4 && core.trim_end_matches('.').ends_with("sekr") {
            out.truncate(out.len() - (core.len() - core.trim_end_matches('.').len()));
            out.push_str("eterare");
        }
        out.push_str(tail);
    }
    // `i st f` (`i stället för`) in three words. (Found on bytes: a
    // `str::find` builds a searcher for every role read.)
    if let Some(at) = out.as_bytes().windows(6).position(|w| w == b"i st f") {
        let before = out.get(..at).unwrap_or("");
        let after = out.get(at + "i st f".len()..).unwrap_or("");
        if (before.is_empty() || before.ends_with(' '))
            && (after.is_empty() || after.starts_with([' ', '.']))
        {
            let after = after.strip_prefix('.').unwrap_or(after);
            out = format!("{before}för{after}");
        }
    }
    out
}

/// A name of two to four capitalized words, with an optional party in
/// parentheses: read through [`persons`]. A given name may join two with
/// a capital inside (`MariAnne`, `MonaLisa`). An initial may follow the given
/// name (`Christina H Gardos`), but not a letter that is a party code on
/// its own (`Ordförande S Anna Berg` is a party before a name). A
/// nobiliary particle may stand before a surname (`Anna af Sillén`, `Carl
/// von Essen`, `Marie de la Motte`, [`NAME_PARTICLES`]). Given names may
/// be written as two initials with a hyphen (`K-E Simonsson`).
static PERSON: Lazy<Regex> = Lazy::new(|| {
    Regex::new(
        r"(?P<name>(?:\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+)?(?:-\p{Lu}?\p{Ll}+)*|\p{Lu}-\p{Lu})(?: [A-BD-KN-RT-UW-ZÅÄÖ]\.?)?(?:(?: (?:af|von|van|de|du|der|la|le|da|di|del|dos|zu))*[ \-]\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)*){1,3})(?:\s*\((?P<party>[\p{L}]{1,4})\))?",
    )
    .unwrap_or_else(|_| never())
});

/// A piece of a haystack: its text and where it starts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Piece<'h> {
    start: usize,
    text: &'h str,
}

impl<'h> Piece<'h> {
    /// The piece of a text that `by` bytes into another began at.
    fn shifted(self, by: usize) -> Self {
        Piece {
            start: self.start + by,
            text: self.text,
        }
    }
    pub(crate) fn start(&self) -> usize {
        self.start
    }
    pub(crate) fn end(&self) -> usize {
        self.start + self.text.len()
    }
    pub(crate) fn as_str(&self) -> &'h str {
        self.text
    }
}

/// One match of [`PERSON`]: the whole match, the name, and the party
/// without its parentheses.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct PersonMatch<'h> {
    pub(crate) whole: Piece<'h>,
    pub(crate) name: Piece<'h>,
    pub(crate) party: Option<Piece<'h>>,
}

impl<'h> PersonMatch<'h> {
    /// A name cut out of a longer run: no party, the match is the name.
    fn alone(name: Piece<'h>) -> Self {
        PersonMatch {
            whole: name,
            name,
            party: None,
        }
    }
}

/// The names in `h`, as [`PERSON`]'s captures would give them. Only the
/// match is searched for (the lazy DFA); the groups are read off it: the
/// name has only letters, hyphens and spaces and ends in a letter or
/// hyphen, so a match ending in `)` has a party after its last `(`, with
/// white space before it. A capture search would run the backtracker,
/// whose visited set for this many Unicode states is cleared on every
/// search.
pub(crate) fn persons(h: &str) -> impl Iterator<Item = PersonMatch<'_>> {
    PERSON.find_iter(h).map(move |m| {
        let whole = Piece {
            start: m.start(),
            text: m.as_str(),
        };
        let w = m.as_str();
        let split = w
            .strip_suffix(')')
            .and_then(|inner| inner.rfind('(').map(|open| (open, inner)));
        match split {
            Some((open, inner)) => PersonMatch {
                whole,
                name: Piece {
                    start: m.start(),
                    text: w.get(..open).unwrap_or("").trim_end(),
                },
                party: Some(Piece {
                    start: m.start() + open + 1,
                    text: inner.get(open + 1..).unwrap_or(""),
                }),
            },
            None => PersonMatch {
                whole,
                name: whole,
                party: None,
            },
        }
    })
}

/// Common Swedish given names, sorted: the vocabulary that tells where one
/// name ends and the next begins in a list written without parties or
/// commas (`Sverre Moum Odet Klaff Thomas Lidberg`).
const GIVEN_NAMES: &[&str] = &[
    "Adam",
    "Agneta",
    "Ahmed",
    "Alexander",
    "Ali",
    "Alice",
    "Amanda",
    "Anders",
    "Andreas",
    "Anette",
    "Angelica",
    "Anita",
    "Ann",
    "Anna",
    "Anne",
    "Anneli",
    "Annelie",
    "Annika",
    "Anton",
    "Arne",
    "Astrid",
    "Axel",
    "Barbro",
    "Bengt",
    "Bertil",
    "Birgit",
    "Birgitta",
    "Björn",
    "Bo",
    "Britt",
    "Camilla",
    "Carin",
    "Carina",
    "Carl",
    "Caroline",
    "Catharina",
    "Cecilia",
    "Charlotte",
    "Christer",
    "Christian",
    "Christina",
    "Christine",
    "Claes",
    "Conny",
    "Dan",
    "Daniel",
    "David",
    "Ebba",
    "Elin",
    "Elisabeth",
    "Ella",
    "Emelie",
    "Emil",
    "Emma",
    "Emmelie",
    "Erik",
    "Eva",
    "Fatima",
    "Filip",
    "Fredrik",
    "Frida",
    "Gun",
    "Gunilla",
    "Gunnar",
    "Gustav",
    "Göran",
    "Hanna",
    "Hans",
    "Helen",
    "Helena",
    "Henrik",
    "Hugo",
    "Håkan",
    "Ida",
    "Ingela",
    "Ingemar",
    "Inger",
    "Ingrid",
    "Isabella",
    "Jakob",
    "Jan",
    "Jenny",
    "Jesper",
    "Jessica",
    "Jimmy",
    "Joakim",
    "Johan",
    "Johanna",
    "Johannes",
    "Jonas",
    "Jonathan",
    "Josefin",
    "Julia",
    "Jörgen",
    "Karin",
    "Karl",
    "Katarina",
    "Kenneth",
    "Kent",
    "Kerstin",
    "Kjell",
    "Kristina",
    "Kristoffer",
    "Lars",
    "Leif",
    "Lena",
    "Lennart",
    "Lina",
    "Linda",
    "Linnea",
    "Linnéa",
    "Lisa",
    "Louise",
    "Magnus",
    "Maja",
    "Malin",
    "Marcus",
    "Margareta",
    "Maria",
    "Marianne",
    "Marie",
    "Markus",
    "Martin",
    "Matilda",
    "Mats",
    "Mattias",
    "Mikael",
    "Mohammad",
    "Mohammed",
    "Monica",
    "Niklas",
    "Nils",
    "Ola",
    "Olof",
    "Oskar",
    "Ove",
    "Patrik",
    "Peder",
    "Per",
    "Peter",
    "Petra",
    "Pia",
    "Rickard",
    "Robert",
    "Roger",
    "Roland",
    "Rolf",
    "Rune",
    "Sara",
    "Sebastian",
    "Simon",
    "Siv",
    "Sofia",
    "Stefan",
    "Stig",
    "Susanne",
    "Sven",
    "Sören",
    "Therese",
    "Thomas",
    "Tobias",
    "Tommy",
    "Torbjörn",
    "Ulf",
    "Ulla",
    "Ulrika",
    "Viktor",
    "William",
    "Åke",
    "Åsa",
];

/// Whether `w` is a given name of [`GIVEN_NAMES`], also as the first part
/// of a double name (`Lars-Åke`, `Ann-Christin`).
fn is_given_name(w: &str) -> bool {
    let head = w.split('-').next().unwrap_or(w);
    GIVEN_NAMES.binary_search(&head).is_ok()
}

/// Whether a word ends like a Swedish surname (`Andersson`, `Lindberg`,
/// `Söderström`, `Almqvist`): the third word of a four-word run that is
/// one person's double surname, not the next person's given name.
fn is_surname_like(w: &str) -> bool {
    const ENDINGS: &[&str] = &[
        "son", "berg", "ström", "gren", "lund", "qvist", "kvist", "holm", "dahl", "mark", "stedt",
        "stad", "ling", "bäck", "sjö", "fors", "hed", "blad", "borg", "man", "lin", "ell", "ius",
        "er",
    ];
    let l = w.lower();
    ENDINGS.iter().any(|e| l.ends_with(e))
}

/// Whether the third of four capitalized words opens a second name: a
/// given name, or (after a second word that is none) a word that does not
/// end like a surname (`Maud Berg Mussa Selim`, not `Eva Ek Lindqvist
/// Holm`).
fn opens_second_name(w2: &str, w3: &str) -> bool {
    is_given_name(w3) || !is_given_name(w2) && !is_surname_like(w3)
}

/// [`persons`] for a list of people: a name of four words whose third is a
/// given name is two people written without a party or a comma between
/// them (`Maria Lind Peder Griph`), and so is one whose second word is no
/// given name and whose third does not end like a surname (`Maud Berg
/// Mussa Selim`, but `Eva Ek Lindqvist Holm` ... and `Britt Inger Ärfström
/// Björk` stay one); the party, if any, is the second's. A
/// capitalized job title inside a run of names opens the next person's
/// entry, written title first without commas (`Kommundirektör Kjell Ek
/// Kommunplanerare Eva Lund`): the run is cut before it and read again
/// from there.
fn listed_persons(h: &str) -> Vec<PersonMatch<'_>> {
    // (Not a group word or a title before one name: `Tjänstemän
    // Kommundirektör Jan Ek` is read word by word by `people_in`.)
    let plain = |w: &str| {
        let l = w.lower();
        group_role(&l).is_none() && !is_title_noun(&l) && signature_role(w).is_none()
    };
    let mut out: Vec<PersonMatch<'_>> = Vec::new();
    let mut pos = 0;
    while let Some(m) = h.get(pos..).and_then(|rest| persons(rest).next()) {
        let m = PersonMatch {
            whole: m.whole.shifted(pos),
            name: m.name.shifted(pos),
            party: m.party.map(|p| p.shifted(pos)),
        };
        let name = m.name.as_str();
        // The first five words (the shapes below are of four: a name of
        // more is none of them), read in one pass with the first title
        // after two words or more of the name (the first word may be the
        // entry's own title), without a list.
        let mut buf = [(0usize, ""); 5];
        let mut count = 0;
        let mut title_at = None;
        for (at, w) in crate::headings::words(name) {
            if let Some(slot) = buf.get_mut(count) {
                *slot = (at, w);
            }
            if count >= 2
                && title_at.is_none()
                && w.starts_with(char::is_uppercase)
                && is_title_noun(&w.lower())
            {
                title_at = Some(at);
            }
            count += 1;
        }
        let words = buf.get(..count.min(buf.len())).unwrap_or(&[]);
        if let Some(at) = title_at {
            let first = Piece {
                start: m.name.start,
                text: name.get(..at).unwrap_or("").trim_end(),
            };
            out.push(PersonMatch::alone(first));
            pos = m.name.start + at;
            continue;
        }
        // A run longer than four words (`Ulrika Nordén Johansson Anneli
        // Karlsson`): a given name fourth, with a capitalized word after it,
        // opens the next person.
        // (A given name third is the split above; the first three are one
        // name when the third ends like a surname.)
        if let [_, _, (_, w3), (at, w4)] = words {
            let goes_on = m.party.is_none()
                && !is_given_name(w3)
                && is_surname_like(w3)
                && h.get(m.whole.end()..).is_some_and(|r| {
                    r.strip_prefix(' ')
                        .is_some_and(|r| r.starts_with(char::is_uppercase))
                });
            if goes_on && is_given_name(w4) {
                let first = Piece {
                    start: m.name.start,
                    text: name.get(..*at).unwrap_or("").trim_end(),
                };
                out.push(PersonMatch::alone(first));
                pos = m.name.start + at;
                continue;
            }
        }
        pos = m.whole.end().max(pos + 1);
        match words {
            [(_, w1), (_, w2), (at, w3), (_, w4)]
                if plain(w1)
                    && plain(w2)
                    && opens_second_name(w2, w3)
                    && (is_given_name(w3)
                        || plain(w3) && plain(w4) && trailing_role(name).is_none()) =>
            {
                let at = *at;
                let first = Piece {
                    start: m.name.start,
                    text: name.get(..at - 1).unwrap_or(""),
                };
                out.push(PersonMatch::alone(first));
                let second = Piece {
                    start: m.name.start + at,
                    text: name.get(at..).unwrap_or(""),
                };
                out.push(PersonMatch {
                    whole: Piece {
                        start: second.start,
                        text: m.whole.text.get(at..).unwrap_or(""),
                    },
                    name: second,
                    party: m.party,
                });
            }
            _ => out.push(m),
        }
    }
    out
}

/// Gives `p` the role written in `words` (lower-cased text after the
/// name): a meeting role, a substitute's role, or a job title.
///
/// A flattened front page runs the lists of several labels together
/// (`Beslutande Övriga deltagande Anna Berg (S), ordförande … Per Ek,
/// förvaltningschef`), so what is written after a name outranks the label
/// it was read under: `ej tjänstgörande` and `, ersättare` make an
/// ersättare; `ersättare för Y`, `tjänstgörande för Y`, `tjänstgör för Y`
/// and `ersätter Y` a tjänstgörande ersättare; and a person without a party
/// followed by a job title (after a comma, in parentheses, or right after
/// the name) is an official under that title, whatever the label.
fn assign_role(p: &mut Person<'_>, words: &str, label_role: &str) {
    // Every role and title has a letter: words without one (most: a comma,
    // a party's parenthesis) give none.
    if !words.chars().any(char::is_alphabetic) {
        return;
    }
    // A member's local party spelled out in parentheses (`Jerker Nordlund
    // (Kommunens väl)`): the party, not a title.
    if p.party.is_none()
        && matches!(
            label_role,
            "ledamot" | "ersättare" | "tjänstgörande ersättare"
        )
    {
        if let Some(inner) = words
            .trim()
            .strip_prefix('(')
            .and_then(|r| r.strip_suffix(')'))
            .map(str::trim)
            .filter(|inner| is_party_name(inner))
        {
            p.party = Some(Cow::Owned(sentence_case(inner)));
            return;
        }
    }
    // The justerare's deputy (`Utses att justera Per Ek med Eva Berg som
    // ersättare`): not a justerare.
    if label_role == "justerare"
        && words
            .trim_start_matches([',', ' '])
            .strip_prefix("som ers")
            .is_some()
    {
        p.role = Some("ersättare för justerare".to_owned());
        return;
    }
    // A role as a whole word: `kommunsekreterare` is a title, not `sekreterare`.
    let whole = |r: &str| {
        // Most `words` are a comma or a party: shorter than any role.
        words.len() >= r.len()
            && crate::headings::match_starts(words, r).any(|i| {
                let before = words.get(..i).and_then(|b| b.chars().next_back());
                let after = words.get(i + r.len()..).and_then(|a| a.chars().next());
                !before.is_some_and(char::is_alphabetic) && !after.is_some_and(char::is_alphabetic)
            })
    };
    // The words right after the name, up to the next comma, semicolon or
    // closing parenthesis (`, kommunchef, §§ 101–104`, `(nämndsekreterare)`).
    // A unit in parentheses with the title after it (`(BSNLÖ),
    // Skoldirektör`): the title.
    let lead = words.trim_start();
    let after_unit = lead
        .strip_prefix('(')
        .and_then(|r| r.split_once(')'))
        .filter(|(unit, _)| !unit.trim().contains(' '))
        .and_then(|(_, rest)| rest.trim_start().strip_prefix(','));
    let first = after_unit
        .unwrap_or(words)
        .trim_start_matches(|c: char| c == ',' || c == ';' || c == '(' || c.is_whitespace())
        .split([',', ';', ')'])
        .next()
        .unwrap_or("");
    // Partial presence after the title (`, ekonom 210, 238`, `, ekonom
    // del av 71`) is not part of it.
    let first = match first.find(|c: char| c.is_ascii_digit() || c == '§') {
        Some(at) => first.get(..at).unwrap_or(""),
        None => first,
    }
    .trim();
    // Nor the bound of the presence (`miljöchef t o m § 108`, `fr o m`).
    let first = match crate::headings::match_starts(first, " del av")
        .next()
        .or_else(|| crate::headings::match_starts(first, " ej ").next())
        .or_else(|| crate::presence::bound_start(first))
    {
        Some(at) => first.get(..at).unwrap_or(""),
        None => first,
    }
    .trim()
    // (A label's colon after the last title of a flattened list.)
    .trim_end_matches([':', ' ']);
    // The full stop ending a list written as a sentence (`…, Sigrun
    // Hreidarsdottir förbundssekreterare.`), not an abbreviation's
    // (`bitr.`).
    let first = match first.strip_suffix('.') {
        Some(head)
            if head
                .rsplit(' ')
                .next()
                .is_some_and(|w| w.chars().count() > 5) =>
        {
            head
        }
        _ => first,
    };
    // A party after the title (`politisk sekreterare (S)`): not part of it.
    let first = match first.rsplit_once(" (") {
        Some((head, party)) if party.chars().all(char::is_alphabetic) => head.trim_end(),
        _ => first,
    };
    // Among the others present, a chair or secretary of something else
    // (`Lars Ek, ordf AB Bubergsgården`, `vice ordförande i
    // kommunrevisionen`): that whole title, not the meeting's role.
    // And a political secretary (`politiska sekreterare`, under any label)
    // is no meeting secretary.
    // (With a party only of a named organ: `Maria Ek (S), ordförande
    // kultur- och fritidsnämnden`.)
    let of_organ = |rest: &str| {
        [
            "nämnd",
            "styrelse",
            "utskott",
            "fullmäktige",
            "förbund",
            "bolag",
        ]
        .iter()
        .any(|o| rest.contains(o))
    };
    let elsewhere = label_role == "övrig"
        && MEETING_ROLES.iter().any(|r| {
            first
                .strip_prefix(r)
                .and_then(|rest| rest.strip_prefix(' '))
                .is_some_and(|rest| {
                    rest.starts_with(char::is_alphabetic) && (p.party.is_none() || of_organ(rest))
                })
                // Or a qualifier before it (`rev. ordförande`, the
                // auditors' chair), not a vice's or a stand-in's.
                // (One word: `ersättare … sekreterare` is a column of roles.)
                || p.party.is_none() && first.strip_suffix(r).and_then(|h| h.strip_suffix(' ')).is_some_and(|h| {
                    h.chars().any(char::is_alphabetic)
                        && !h.contains(' ')
                        && !matches!(
                            h,
                            "vice" | "1:e" | "2:e" | "tf" | "tf." | "t.f." | "tillförordnad"
                        )
                        && !MEETING_ROLES.iter().any(|m| m.ends_with(h))
                        && h != "ersättare"
                })
        })
        || first.starts_with("politisk");
    // (Searchers built once: `str::contains` builds one per call.)
    static VARANDE: Lazy<memchr::memmem::Finder<'static>> =
        Lazy::new(|| memchr::memmem::Finder::new("varande"));
    static ERS_FOR: Lazy<memchr::memmem::Finder<'static>> =
        Lazy::new(|| memchr::memmem::Finder::new("ersättare för "));
    if whole("ej tjänstgörande") {
        p.role = Some("ersättare".to_owned());
    } else if VARANDE.find(words.as_bytes()).is_some()
        // (`icke` was written out as `ej` with the other role words.)
        && ["inte närvarande", "ej närvarande", "frånvarande"]
        .iter()
        .any(|r| whole(r))
    {
        // A member listed and marked absent (`Roland Johansson (s), inte
        // närvarande`): dropped when the list is read.
        p.role = Some(ABSENT.to_owned());
    } else if ERS_FOR.find(words.as_bytes()).is_some()
        && [
            "ersättare för majoriteten",
            "ersättare för minoriteten",
            "ersättare för oppositionen",
        ]
        .iter()
        .any(|g| whole(g))
    {
        // A substitute's order in the group's list (`femte ers för
        // majoriteten`), present, not serving for anyone.
        p.role = Some("ersättare".to_owned());
    } else if elsewhere {
        p.role = Some(first.to_owned());
    } else if let Some(r) = MEETING_ROLES.iter().find(|r| whole(r)) {
        p.role = Some((*r).to_owned());
    } else if [
        "ersättare för",
        "tjänstgörande för",
        "tjänstgör för",
        "ersätter",
    ]
    .iter()
    .any(|r| whole(r))
    {
        p.role = Some("tjänstgörande ersättare".to_owned());
    } else if first == "ersättare" || first == "ersättare för" {
        p.role = Some("ersättare".to_owned());
    } else if first == "tjänstgörande" && label_role == "ersättare" {
        // A substitute marked serving in the substitutes' list (`Annika
        // Ek (S), tjänstgörande`).
        p.role = Some("tjänstgörande ersättare".to_owned());
    } else if (label_role == "övrig"
        || p.party.is_none()
            && matches!(
                label_role,
                "ledamot" | "ersättare" | "tjänstgörande ersättare"
            ))
        && is_title_words(first)
        // (A letter or two is the next person's party written before the
        // name, `… Elise Ek L Egon Berg`; `vd` is a title.)
        && (first.chars().count() >= 3 || first == "vd")
    {
        p.role = Some(first.to_owned());
    }
}

/// Whether the text after a name makes it a company's (`Gällivare Energi
/// AB`, `Malung-Sälen Turism AB`): a company form as the next word.
fn is_company_form(after: &str) -> bool {
    let w = after
        .trim_start()
        .split(|c: char| c.is_whitespace() || c == ',' || c == ')')
        .next()
        .unwrap_or("");
    matches!(w, "AB" | "HB" | "KB" | "Ab" | "ek.för." | "ekonomisk")
}

/// A party in parentheses after the role that follows a name (`Karin
/// Hilmér, ordf. (C)`, `Anna Ek, vice ordförande (L)`): the role is a
/// meeting role or a title of lower-case words, the party one to four
/// letters of one case.
fn party_after_role(after: &str) -> Option<&str> {
    let r = after.strip_prefix(',')?.trim_start();
    let (role, rest) = r.split_once('(')?;
    let role = role.trim();
    let expanded = expand_role_words(role);
    if role.is_empty() || !(MEETING_ROLES.contains(&expanded.as_str()) || is_title_words(role)) {
        return None;
    }
    let (code, _) = rest.split_once(')')?;
    let letters = (1..=4).contains(&code.len())
        && (code.bytes().all(|b| b.is_ascii_uppercase())
            || code.bytes().all(|b| b.is_ascii_lowercase()));
    letters.then_some(code)
}

/// The code of a party in the Riksdag, now or before (`FP`), in either case.
fn is_national_party(code: &str) -> bool {
    matches!(
        code.to_ascii_uppercase().as_str(),
        "S" | "M" | "C" | "V" | "L" | "KD" | "MP" | "SD" | "FP"
    )
}

/// A party written after a comma instead of in parentheses (`Anna Berg,
/// S, ordförande`, `Per Ek, KD`): one to three upper-case letters after
/// the comma, ending the value or followed by a comma, semicolon or space.
/// `VD` after a comma is a title.
fn comma_party(after: &str) -> Option<&str> {
    let r = after.strip_prefix(',')?;
    let r = r.trim_start_matches([' ', '\t']);
    // Also in parentheses after the comma (`Ida Holm, (C)`).
    let (r, closed) = match r.strip_prefix('(') {
        Some(inner) => (inner, true),
        None => (r, false),
    };
    // In parentheses also lower case (`Christer Jonsson, (kd), ordförande`).
    // Bare, a national party's code in lower case too (`Thor Lind, s,
    // ordförande`).
    let upper = r.bytes().take_while(u8::is_ascii_uppercase).count();
    let lower = r.bytes().take_while(u8::is_ascii_lowercase).count();
    let n = if upper == 0 && (closed || r.get(..lower).is_some_and(is_national_party)) {
        lower
    } else {
        upper
    };
    let code = r.get(..n)?;
    let ends = if closed {
        r.as_bytes().get(n) == Some(&b')')
    } else {
        matches!(
            r.as_bytes().get(n),
            None | Some(b',' | b';' | b' ' | b'\t' | b'\r' | b'\n')
        )
    };
    ((1..=3).contains(&n) && ends && code != "VD").then_some(code)
}

/// A list written as two columns, the names and then their roles in the
/// same order (`Lars Ek (s) Eva Berg (v) Per Lund (m) Ordförande 1:e vice
/// ordförande ledamot`, `… Stig Svensson (S) ordförande 1:e vice
/// ordförande ledamot … tjänstgörande ersättare`): where the names end in
/// `v`, and the roles, one for each name from the first. Only when every
/// word after the names is a role (`ersättare för Lis Ek` one role), the
/// names before carry none, and the roles are as many as the names, or
/// fewer and all of the presidium (the chair and vice chairs are listed
/// first).
fn role_column(v: &str) -> Option<(usize, Vec<&'static str>)> {
    // The words' forms compared without allocating (`,` and `.` dropped).
    let is = |w: &str, pats: &[&str]| {
        let w = w.trim_end_matches([',', '.']);
        pats.iter().any(|p| lower_eq(w, p))
    };
    // A word that may open a role, by its first letter (most words are
    // settled there, without comparing).
    let starts_role = |w: &str| {
        let cands: &[&str] = match w.as_bytes().first().map(u8::to_ascii_lowercase) {
            Some(b'o') => &["ordförande", "ordf"],
            Some(b'1' | b'2') => &["1:e", "2:e"],
            Some(b'f' | b'a' | b'v') => &["förste", "andre", "vice"],
            Some(b'l' | b'e') => &["ledamot", "ersättare"],
            Some(b't') => &["tjänstgörande", "tjg"],
            _ => return false,
        };
        is(w, cands)
    };
    let (start, _) = crate::headings::words(v).find(|(_, w)| starts_role(w))?;
    let words: Vec<(usize, &str)> = crate::headings::words(v.get(start..)?)
        .map(|(at, w)| (start + at, w))
        .collect();
    // The roles from word `k` to the end, if every word is part of one.
    let mut roles = Vec::new();
    let mut k = 0;
    let word = |k: usize| words.get(k).map_or("", |x| x.1);
    while k < words.len() {
        let w = word(k);
        let role = if is(w, &["ordförande", "ordf"]) {
            k += 1;
            "ordförande"
        } else if is(w, &["1:e", "förste", "2:e", "andre", "vice"]) {
            let ordinal = !is(w, &["vice"]);
            let at = if ordinal { k + 1 } else { k };
            if ordinal && !is(word(at), &["vice"]) {
                return None;
            }
            if !is(word(at + 1), &["ordförande", "ordf"]) {
                return None;
            }
            k = at + 2;
            if is(w, &["1:e", "förste"]) {
                "1:e vice ordförande"
            } else if is(w, &["2:e", "andre"]) {
                "2:e vice ordförande"
            } else {
                "vice ordförande"
            }
        } else if is(w, &["ledamot"]) {
            k += 1;
            "ledamot"
        } else if is(w, &["tjänstgörande", "tjg", "ersättare"]) {
            if !is(w, &["ersättare"]) {
                if !is(word(k + 1), &["ersättare"]) {
                    return None;
                }
                k += 1;
            }
            k += 1;
            // `ersättare för Lis Ek`: the one replaced, a name.
            if is(word(k), &["för"]) {
                k += 1;
                let first = k;
                while k - first < 4
                    && words.get(k).is_some_and(|x| {
                        x.1.starts_with(char::is_uppercase) || x.1.starts_with('(')
                    })
                {
                    k += 1;
                }
                if k == first {
                    return None;
                }
            }
            "tjänstgörande ersättare"
        } else {
            return None;
        };
        roles.push(role);
    }
    let names = listed_persons(v.get(..start)?).len();
    let presidium = roles.iter().all(|r| r.contains("ordförande"));
    (roles.len() >= 2 && (roles.len() == names || (presidium && roles.len() < names)))
        .then_some((start, roles))
}

/// The people named in one attendance value: `Anna Berg (S), ordförande,
/// Per Ek (M) §§ 45-48, Maja Berg (S) ersätter Lars Holm (S)`. A role word
/// after a name is that person's role; a person after `ersätter` (or `för`)
/// is the one replaced, not one more present; `§` ranges after a name are
/// partial presence of the last person present named before them (read
/// into `ranges` with the person's index in `out`), and never part of a
/// name.
/// One row of a presence grid, its spans relative to the text read.
struct GridRow {
    name: Span,
    party: Option<Span>,
    /// A role written in parentheses after the name (`(ordf)`, `(1:a vice)`).
    role: Option<&'static str>,
    /// Marked absent (`F`, `-`).
    absent: bool,
    /// Marked serving (`NT`, `Tj`).
    serving: bool,
}

/// What a presence grid holds: a row, or a group word over the rows after
/// it (`LEDAMÖTER`, `ERSÄTTARE`) with its role.
enum Grid {
    Row(GridRow),
    Group(&'static str),
}

/// A word shaped like a party's code in a column of its own: one to three
/// ASCII capitals (`M`, `KD`, `SD`, `GL`).
fn party_code_like(w: &str) -> bool {
    (1..=3).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_uppercase())
}

/// A presence grid's code, as (absent, serving): `N` or `X` present, `NT`
/// or `Tj` serving, `F` or `-` absent.
fn presence_code(w: &str) -> Option<(bool, bool)> {
    Some(match w {
        "N" | "X" | "x" => (false, false),
        "NT" | "Tj" | "TJ" | "T" | "NTj" => (false, true),
        "F" | "-" => (true, false),
        _ => return None,
    })
}

/// The row of a presence grid opening `s` (at byte `at` of the text read)
/// and where it ends: a name (a role in parentheses after it, or not), a
/// party code, a presence code and perhaps a vote (`Mats Hultin M F -`,
/// `Göran Pettersson M NT Ja`, `Kjell Jansson (ordf) M N Ja`). The codes
/// are the grids' own: `N` present, `F` absent, `NT` or `Tj` serving, `X`
/// present; a vote `Ja`, `Nej`, `Avstår` or `-`.
fn grid_row_at(s: &str, at: usize) -> Option<(GridRow, usize)> {
    // (The codes are capitals after a name: most text fails at once.)
    let m = persons(s).next().filter(|m| m.whole.start() == 0)?;
    let role_word = |r: &str| -> Option<&'static str> {
        let r = r.trim().lower();
        if r.contains("vice") {
            Some("vice ordförande")
        } else if matches!(r.as_str(), "ordf" | "ordf." | "ordförande") {
            Some("ordförande")
        } else {
            None
        }
    };
    // `(ordf)` is read as a party by the person pattern.
    let (mut role, party_in_parens) = match m.party {
        Some(p) => match role_word(p.as_str()) {
            Some(r) => (Some(r), None),
            None => (None, Some(p)),
        },
        None => (None, None),
    };
    let mut pos = m.whole.end();
    let word_at = |pos: usize| -> Option<(&str, usize)> {
        let rest = s.get(pos..)?;
        let lead = rest.len() - rest.trim_start().len();
        let w = rest.get(lead..)?.split_whitespace().next()?;
        Some((w, pos + lead + w.len()))
    };
    if let Some(inner) = s.get(pos..)?.trim_start().strip_prefix('(') {
        let close = inner.find(')')?;
        role = Some(role_word(inner.get(..close)?)?);
        pos = s.len() - inner.len() + close + 1;
    }
    let (party, status, mut end) = match party_in_parens {
        Some(p) => {
            let (status, end) = word_at(pos)?;
            (Some(Span::new(at + p.start(), at + p.end())), status, end)
        }
        None => {
            let (code, code_end) = word_at(pos)?;
            let party_ok = (1..=3).contains(&code.chars().count())
                && code.chars().all(char::is_uppercase)
                && party_before_name(&format!("{code} ")).is_some();
            if !party_ok {
                return None;
            }
            let (status, end) = word_at(code_end)?;
            let code_at = code_end - code.len();
            (Some(Span::new(at + code_at, at + code_end)), status, end)
        }
    };
    let (absent, serving) = presence_code(status)?;
    if let Some((vote, vote_end)) = word_at(end) {
        if matches!(
            vote.lower().as_str(),
            "ja" | "nej" | "avstår" | "avst" | "-" | "x"
        ) {
            end = vote_end;
        }
    }
    // (The name tested last: the codes rule out most text more cheaply.)
    if !is_bare_name(m.name.as_str()) {
        return None;
    }
    let name = Span::new(at + m.name.start(), at + m.name.end());
    Some((
        GridRow {
            name,
            party,
            role,
            absent,
            serving,
        },
        end,
    ))
}

/// The rows of a presence grid that `v` is: one row and nothing else, or
/// three or more run together (a flattened grid) with group words between
/// them; up to six stray words between rows (a header's `Ja Nej`, a row
/// the pattern does not read, `Ann S Pihlgren M F -`) are
/// passed over, and the grid ends at the first longer run of them (the
/// totals after it).
fn grid_rows(v: &str) -> Option<Vec<Grid>> {
    let t = v.trim_start();
    // (Most values open with no grid row: settled by the first match.)
    let lead = v.len() - t.len();
    let group = |w: &str| {
        w.chars()
            .all(char::is_uppercase)
            .then(|| group_role(&w.lower()))
            .flatten()
    };
    let first_word = t.split_whitespace().next()?;
    // A row has a party code and a presence code side by side among its
    // first words (`M N`, `KD NT`, `S F`): a value without them is none,
    // settled without reading a name.
    let mut words = t.split_whitespace().take(12).peekable();
    let mut coded = false;
    while let Some(w) = words.next() {
        if party_code_like(w) && words.peek().is_some_and(|n| presence_code(n).is_some()) {
            coded = true;
            break;
        }
    }
    if !coded {
        return None;
    }
    if group(first_word).is_none() && grid_row_at(t, lead).is_none() {
        return None;
    }
    let mut out = Vec::new();
    let mut rows = 0;
    let mut pos = lead;
    let mut stray = 0;
    let mut strays = 0;
    while let Some(rest) = v.get(pos..) {
        let skip = rest.len() - rest.trim_start().len();
        pos += skip;
        let rest = rest.trim_start();
        let Some(w) = rest.split_whitespace().next() else {
            break;
        };
        if let Some(r) = group(w) {
            out.push(Grid::Group(r));
            pos += w.len();
            stray = 0;
        } else if let Some((g, end)) = grid_row_at(rest, pos) {
            out.push(Grid::Row(g));
            rows += 1;
            pos += end;
            stray = 0;
        } else {
            stray += 1;
            strays += 1;
            if stray > 6 {
                break;
            }
            pos += w.len();
        }
    }
    let whole_row = rows == 1 && strays == 0 && v.get(pos..).is_some_and(|r| r.trim().is_empty());
    (rows >= 3 || whole_row).then_some(out)
}

fn people_in<'a>(
    text: &'a str,
    value: Span,
    role: &str,
    out: &mut Vec<Person<'a>>,
    ranges: &mut Vec<(usize, RawRange)>,
) -> Option<&'static str> {
    // The role a group word or a second label switched to, for the lines
    // of the list that follow.
    let mut switched: Option<&'static str> = None;
    let v = slice(text, value);
    // A list kept elsewhere (`Beslutande  Se sid 2`, `Se bilaga 1`): what
    // follows on the line is the value of another label (`Se sid 2
    // Forumsalen, Campus Skellefteå`), not names.
    if refers_elsewhere(v) {
        return None;
    }
    // Rows of a presence grid, one or run together (`Mats Hultin M F -`,
    // `LEDAMÖTER Kjell Jansson (ordf) M N Ja Mats Hultin M F - …`): the
    // names, their parties and the presence codes; those absent are not
    // listed.
    if let Some(rows) = grid_rows(v) {
        let mut role = role;
        for row in rows {
            let g = match row {
                Grid::Group(r) => {
                    role = r;
                    continue;
                }
                Grid::Row(g) => g,
            };
            if g.absent {
                continue;
            }
            let role = match (g.role, g.serving) {
                (Some(r), _) => r,
                (None, true) if role == "ersättare" => "tjänstgörande ersättare",
                _ => role,
            };
            let name = g.name.offset(value.start);
            out.push(Person {
                name: Cow::Borrowed(slice(text, name)),
                party: g
                    .party
                    .map(|p| Cow::Borrowed(slice(text, p.offset(value.start)))),
                role: Some(role.to_owned()),
                span: name,
                presence: Vec::new(),
            });
        }
        return None;
    }
    // Names, then their roles in a column of their own: the names are read
    // up to the roles, and given them after.
    let column = role_column(v);
    let v = column
        .as_ref()
        .and_then(|(end, _)| v.get(..*end))
        .unwrap_or(v);
    let first_listed = out.len();
    let mut last: Option<usize> = None;
    // Who a § range after the text belongs to: the last person present,
    // also after a person replaced ("X ersätter Y §§ 49-50").
    let mut owner: Option<usize> = None;
    let mut pos = 0;
    let mut take_ranges = |owner: Option<usize>, seg: Span| {
        if let Some(i) = owner {
            let mut raw = Vec::new();
            crate::presence::ranges_in(text, seg, &mut raw);
            ranges.extend(raw.into_iter().map(|r| (i, r)));
        }
    };
    // The role of the people listed from here: the label's, until a group
    // word opens a list of its own (`Ersättarna Kenth Lund (M) och …`,
    // `Tjänstemän Kommundirektör Jan Ek, …`).
    let label_role = role;
    let mut role = role;
    // Labels stacked in a column before the members' values (`Beslutande`
    // / `Ersättare Tjänstemän Eva Ek (S), ordförande …`): the group words
    // before the first name are the other labels of the column, not the
    // role of the names after them, which are the members' first. Whether
    // a group word before the value's first name (match `nth`) is such a
    // label: `Some` of the substitutes' role it stacks (told apart later by
    // the parties, `second_list`), `Some(None)` for the officials'.
    let stacked = |group: &'static str, nth: usize| {
        if nth != 0 || label_role != "ledamot" {
            return None;
        }
        match group {
            "ersättare" | "tjänstgörande ersättare" => Some(Some(group)),
            "övrig" => Some(None),
            _ => None,
        }
    };
    // A list written title first (`Nämndsekreterare Eva Ek, socialchef Per
    // Berg`): the title before a name is that person's.
    let mut title_first = false;
    // Names after `utom` (`Samtliga ledamöter utom Eva Ek Per Berg …`, `med
    // undantag för`) are those absent, up to the next group of the list.
    let mut absent = false;
    let mut second_list: Option<&'static str> = None;
    for (nth, m) in listed_persons(v).into_iter().enumerate() {
        let (whole, mut name) = (m.whole, m.name);
        let role_before = role;
        // A company's name (`Theresa Ek, VD Gällivare Energi AB`): part of
        // the title before it, not a person.
        let after = v.get(whole.end()..).unwrap_or("");
        if m.party.is_none() && is_company_form(after) {
            continue;
        }
        let seg = Span::new(
            value.start + pos.min(whole.start()),
            value.start + whole.start(),
        );
        take_ranges(owner, seg);
        // A party written before the name, in a column of its own (`S Bo
        // Ek`, `…, ordförande M Eva Lund`): not a role of the one before.
        let raw_between = v.get(pos..whole.start()).unwrap_or("");
        let party_before = party_before_name(raw_between);
        let raw_between = match party_before {
            Some(code) => {
                let t = raw_between.trim_end();
                t.get(..t.len() - code.len()).unwrap_or("")
            }
            None => raw_between,
        };
        let mut between = lower_role_words(raw_between);
        pos = whole.end();
        // (Right before the name: `utom 47` is a § the one before missed,
        // `med undantag av: Förhindrad ledamot Inkallad ersättare` heads a
        // table of both.)
        let b = between.trim_end().trim_end_matches(':').trim_end();
        if b.ends_with(" utom")
            || b == "utom"
            || b.ends_with("med undantag av")
            || b.ends_with("med undantag för")
        {
            absent = true;
        }
        // A label between two names (`Ordförande: Eva Ek (S) 2:e vice
        // ordförande: Per Berg (M)`, `… Ledamöter: Jan Ek`) is the role of
        // the people after it, not of the one before.
        if let Some(label) = between.trim_end().strip_suffix(':') {
            let label = label.trim_start_matches([',', ';', '.', ' ']).trim();
            if let Some(r) = MEETING_ROLES
                .iter()
                .find(|r| **r == label)
                .copied()
                .or_else(|| group_role(label))
            {
                role = r;
                switched = Some(r);
                between.clear();
            }
        }
        // A title or group word read as the first word of a longer name.
        let mut lead_title: Option<String> = None;
        // At most a group word and a title (`Tjänstemän Kommundirektör Jan
        // Ek`), each leaving a name of two words or more.
        for _ in 0..2 {
            let Some((first, rest)) = name.as_str().split_once(' ') else {
                break;
            };
            if !rest.contains(' ') || lead_title.is_some() {
                break;
            }
            let lead = first.lower();
            // A meeting role after a comma, capitalized (`Kristina Bolin
            // (S), Ordförande Lena Svahn (MP)`, `Jannike Hillding, M,
            // Ordförande Astrid Lönn Jern`): the previous person's role.
            // So is a job title (`Ann Wall (BSNLÖ), Skoldirektör Eva Lund
            // (BSNLÖ), Nämndsekreterare …`).
            // A member's role capitalized right after her party, no comma
            // (`Annika Hansson, (S) Ledamot Sanna Ek, (MP) Vice ordförande
            // Bo Ek`): hers. (Not `Ersättare`, which opens the substitutes'
            // group.)
            let after_party = last
                .and_then(|i| out.get(i))
                .is_some_and(|p| p.party.is_some())
                && {
                    // (The party may stand in `between`, after a comma.)
                    let b = between.trim();
                    let b = b.strip_prefix(',').unwrap_or(b).trim_start();
                    let b = match b.strip_prefix('(') {
                        Some(r) => r.split_once(')').map_or(b, |(_, r)| r.trim_start()),
                        None => b,
                    };
                    matches!(b, "" | "vice")
                }
                && matches!(lead.as_str(), "ledamot" | "ordförande" | "vice");
            if after_party
                || (signature_role(first).is_some() || is_title_noun(&lead))
                    && between.trim_end().ends_with(',')
                // An official's unit after the title (`Alf Ek
                // avdelningschef Gatuavdelningen Per Berg …`): the unit is
                // part of the previous person's title, not of a name.
                || is_unit_word(&lead) && last.is_some()
                // A title ending in a preposition goes on with a name of a
                // place or unit (`Agneta Ek, rektor på Kulturskolan Ulla
                // Berg`).
                || last.is_some()
                    && between
                        .split_whitespace()
                        .next_back()
                        .is_some_and(|w| matches!(w, "på" | "vid" | "inom"))
            {
                if is_unit_word(&lead) || !between.trim_end().ends_with(',') {
                    between.truncate(between.trim_end().len());
                }
                between.push(' ');
                between.push_str(&lead);
            } else if let Some(group) = group_role(&lead) {
                if let Some(substitutes) = stacked(group, nth) {
                    second_list = second_list.or(substitutes);
                    name = Piece {
                        start: name.start() + first.len() + 1,
                        text: rest,
                    };
                    continue;
                }
                role = group;
                switched = Some(group);
                // Officials listed title first (`Tjänstemän Kommundirektör
                // Jan Ek, kommunsekreterare Eva Lund`) or name first
                // (`Tjänstemän Eva Lund, enhetschef Per Berg, …`): a title
                // right after the group word tells.
                title_first = group == "övrig"
                    && rest
                        .split_whitespace()
                        .next()
                        .is_some_and(|w| is_title_noun(&w.lower()));
            } else if is_title_noun(&lead) {
                lead_title = Some(lead);
                title_first = true;
            } else if matches!(
                lead.trim_end_matches('.'),
                "paragraf" | "paragrafer" | "närv" | "frånv" | "notering"
            ) {
                // A column header of the list read into the first name
                // (`Ledamöter Närv. Frånv Paragraf Lars Ståhl (S)`).
            } else {
                break;
            }
            name = Piece {
                start: name.start() + first.len() + 1,
                text: rest,
            };
        }
        // A meeting role written capitalized after the name, before the
        // party (`Mats Dahl Ordförande (C)`, `Eva Ek Vice Ordförande (S)`,
        // `Jan Berg Ledamot (M)`): the person's role, not part of the name.
        // Not a role with leaders after it (`Håkan Ek Sekreterare...`): that
        // is the label of the next signature, the name comes after it.
        let mut own_role: Option<&'static str> = None;
        // (A label's value may stop before the leaders: read the text.)
        let leaders_after = leaders_at(text, value.start + name.end());
        if let Some((head, role_word)) = trailing_role(name.as_str()) {
            if !leaders_after {
                own_role = Some(role_word);
            }
            name = Piece {
                start: name.start(),
                text: head,
            };
        }
        // An abbreviation that opens the next title (`Eva Ek Tf. socialchef`),
        // or an adjective (`Jan Ek Teknisk chef`, `Administrativ chef`).
        if let Some((head, tail)) = name.as_str().rsplit_once(' ') {
            if head.contains(' ')
                && (matches!(tail, "Tf" | "Bitr" | "Vik" | "Ers")
                    || is_title_adjective(tail)
                    // A sentence's first noun (`Ingela Ek Justeringen har …`).
                    || tail.len() >= 8 && tail.ends_with("ingen"))
            {
                name = Piece {
                    start: name.start(),
                    text: head,
                };
            }
        }
        // `… samt sekreterare Lotta Ek, socialchef Per Berg`: a title
        // before a name after `samt` opens a list written title first.
        if !title_first {
            let b = between.trim();
            if let Some(t) = b.strip_prefix("samt ") {
                if is_title_words(t) {
                    title_first = true;
                    role = "övrig";
                    switched = Some("övrig");
                }
            }
        }
        // The others present listed title first from the first name on
        // (`Teknisk chef Jan Ek, sekreterare Eva Berg, ekonom …`): a title
        // before the first name, ending in a title noun.
        if !title_first && last.is_none() && role == "övrig" {
            let b = between.trim().trim_end_matches(',').trim_end();
            if is_title_words(b) && b.split_whitespace().next_back().is_some_and(is_title_noun) {
                title_first = true;
            }
        }
        // A second label of the list kinds before the first name (`Övriga
        // deltagande Ej tjänstgörande ersättare S Eva Ek`): its role. Not
        // labels written first, each with its colon (`Ersättare: Övriga
        // närvarande: Eva Ek (FP) …`): the first label's values come first.
        // Labels first with colons, the members' and then the
        // substitutes' (`Beslutande:` / `Ej beslutande: Anna Ek (M), ordf
        // …`): the two lists run together, told apart by their parties.
        if last.is_none() && role == "ledamot" && raw_between.contains(':') {
            second_list = crate::headings::label(raw_between.trim())
                .filter(|l| l.value.is_none())
                .and_then(|l| match l.kind {
                    LabelKind::Substitutes | LabelKind::ServingSubstitutes => {
                        attendance_role(l.kind)
                    }
                    _ => None,
                });
        }
        if last.is_none() && !raw_between.trim().is_empty() && !raw_between.contains(':') {
            if let Some(r) = crate::headings::label(raw_between)
                .filter(|l| l.value.is_none())
                .and_then(|l| attendance_role(l.kind))
                .filter(|r| !matches!(*r, "ordförande" | "sekreterare" | "justerare"))
            {
                if let Some(substitutes) = stacked(r, nth) {
                    second_list = second_list.or(substitutes);
                } else {
                    role = r;
                    switched = Some(r);
                }
            }
        }
        let title_branch = title_first && lead_title.is_none();
        if title_branch {
            // The title just before the name (`, kommunsekreterare Linda
            // Ek`, `samt sekreterare Lotta Ek`).
            let pre = between
                .trim_start_matches(|c: char| {
                    c.is_ascii_digit()
                        || matches!(c, ',' | ';' | '.' | '§' | '-' | '–')
                        || c.is_whitespace()
                })
                .trim_end();
            let pre = pre
                .strip_prefix("samt ")
                .or_else(|| pre.strip_prefix("och "))
                .unwrap_or(pre);
            if is_title_words(pre) {
                lead_title = Some(pre.to_owned());
            }
        }
        // A backup justerare (`Dilshad Mostafa och som ersättare Åsa
        // Nilsson`, `Britt-Marie Nyhlén, ers Lilian Parbring`): not one of
        // the justerare, and the words are not the role of the one before.
        let backup = label_role == "justerare" && last.is_some() && {
            let b = between.trim().trim_end_matches([',', ':']).trim_end();
            b.ends_with("ersättare") && !b.ends_with("tjänstgörande ersättare")
        };
        // (Party codes of a grid's column between two names, `Emil
        // Gustafsson V M C GL Saskia …`, are no role.)
        let codes_only =
            !raw_between.trim().is_empty() && raw_between.split_whitespace().all(party_code_like);
        if let Some(p) = last
            .filter(|_| !backup && !title_branch && !codes_only)
            .and_then(|i| out.get_mut(i))
            .filter(|_| !capitalized_non_role(raw_between))
        {
            // A role word between the previous person and this one is theirs;
            // not the role of a vacant seat after a dash (`Arne Ek (M)
            // ordförande ---- (C) 1:e vice ordf`).
            let own = if between.contains(['-', '–', '—']) {
                crate::headings::words(&between)
                    .find(|(_, w)| w.chars().all(|c| matches!(c, '-' | '–' | '—')))
                    .and_then(|(at, _)| between.get(..at))
                    .unwrap_or(&between)
            } else {
                &between
            };
            assign_role(p, own, role);
        }
        // The person replaced ("X ersätter Y", "X tjänstgörande ersättare
        // för Y", "X för Y") is not one more person present.
        let b = between.trim_end();
        let replaced =
            b.ends_with("ersätter") || owner.is_some() && (b == "för" || b.ends_with(" för"));
        // A member's name in the list of members with `för` before the one
        // replaced (`Patrik Ek (FP) för Magnus Berg (M)`) is a serving
        // substitute's.
        if replaced && b.trim_start() == "för" && role == "ledamot" {
            if let Some(p) = owner.and_then(|i| out.get_mut(i)) {
                if p.role.as_deref() == Some("ledamot") {
                    p.role = Some("tjänstgörande ersättare".to_owned());
                }
            }
        }
        if role != role_before {
            absent = false;
        }
        if replaced || backup || absent || !is_name(name.as_str()) {
            last = None;
            if !replaced {
                owner = None;
            }
            continue;
        }
        let start = value.start + name.start();
        let party = m
            .party
            .map(|p| p.as_str())
            .or_else(|| {
                // Among the others present, letters after a comma are as
                // often the official's unit (`Eva Dahlgren, KVK`): only a
                // national party's code is read as a party there.
                comma_party(v.get(whole.end()..).unwrap_or(""))
                    .filter(|c| role != "övrig" || is_national_party(c))
            })
            .or_else(|| party_after_role(v.get(whole.end()..).unwrap_or("")))
            .or(party_before.filter(|c| role != "övrig" || is_national_party(c)));
        out.push(Person {
            name: Cow::Borrowed(name.as_str()),
            party: party.map(Cow::Borrowed),
            role: Some(lead_title.unwrap_or_else(|| own_role.unwrap_or(role).to_owned())),
            span: Span::new(start, start + name.as_str().len()),
            presence: Vec::new(),
        });
        last = Some(out.len() - 1);
        owner = last;
    }
    take_ranges(owner, Span::new(value.start + pos.min(v.len()), value.end));
    // A role after the last person; not the rest of a name cut off by
    // the four-word limit (`Bo Lennart Danielsson`) or an organisation
    // (`Eva Ek, Kommunal`).
    let rest = v.get(pos..).unwrap_or("");
    // Nor a signature role with its leaders (`Håkan Ek Sekreterare...`,
    // the value may stop before them): the label of the next signature.
    let leaders = rest.trim_end().ends_with(LEADERS) || leaders_at(text, value.end);
    let next_signature = leaders && signature_role(rest.trim().trim_end_matches(LEADERS)).is_some();
    if let Some(p) = last
        .and_then(|i| out.get_mut(i))
        .filter(|_| !capitalized_non_role(rest) && !next_signature)
    {
        assign_role(p, &expand_role_words(&rest.lower()), role);
    }
    if let Some((_, roles)) = column {
        for (p, r) in out.iter_mut().skip(first_listed).zip(roles) {
            p.role = Some(r.to_owned());
        }
    }
    if let (Some(second), Some(listed)) = (second_list, out.get_mut(first_listed..)) {
        second_list_by_parties(listed, "ledamot", second);
    }
    switched
}

/// A row that can be a line of an attendance list: text, or a short line
/// the first pass took for a sub-heading that reads as an entry (`Peter
/// Ek, bitr. socialchef` after a blank line).
fn list_row(text: &str, n: &ClassifiedLine) -> bool {
    match n.class {
        LineClass::Text => true,
        LineClass::SectionHeading(h) => {
            h.confidence == Confidence::Low && is_attendance_entry(slice(text, n.line.span))
        }
        _ => false,
    }
}

/// A row that opens with a group word and an entry after it (`Tjänstemän
/// Ola Ek, kommundirektör`, read by the first pass as text or as a
/// sub-heading): the group's role and the span of the entries.
fn group_list(text: &str, l: &ClassifiedLine) -> Option<(&'static str, Span)> {
    if !matches!(l.class, LineClass::Text)
        && !matches!(l.class, LineClass::SectionHeading(h) if h.confidence == Confidence::Low)
    {
        return None;
    }
    let s = slice(text, l.line.span);
    let t = s.trim_start();
    // (Group words are capitalized and short; most rows end here.)
    if !t.starts_with(['T', 'E', 'L']) {
        return None;
    }
    let (first, rest) = t.split_once(' ')?;
    let role = group_role(&first.trim_end_matches(':').lower())?;
    if !is_attendance_entry(rest) {
        return None;
    }
    let start = l.line.span.end - rest.len();
    Some((role, Span::new(start, l.line.span.end)))
}

/// Whether a value points to another page or an appendix instead of
/// listing (`Se sid 2`, `se sida 415`, `Se bilaga`, `Se närvarolista`).
fn refers_elsewhere(v: &str) -> bool {
    let t = v.trim_start();
    if !t.get(..3).is_some_and(|p| p.eq_ignore_ascii_case("se ")) {
        return false;
    }
    let w = t.get(3..).unwrap_or("").trim_start().lower();
    [
        "sid",
        "bilaga",
        "närvarolista",
        "nästa sida",
        "separat",
        "särskild",
    ]
    .iter()
    .any(|p| w.starts_with(p))
}

/// A value that says the list is kept elsewhere: [`refers_elsewhere`], or
/// `Enligt förteckning`, `Enligt separat närvarolista` (what follows on
/// the line may be another label's value run on to it).
fn kept_elsewhere(v: &str) -> bool {
    if refers_elsewhere(v) {
        return true;
    }
    let w = v.trim_start();
    let Some(r) = w
        .get(..7)
        .filter(|p| p.eq_ignore_ascii_case("enligt "))
        .and_then(|_| w.get(7..))
    else {
        return false;
    };
    let r = r.trim_start().lower();
    [
        "förteckning",
        "närvaro",
        "bilaga",
        "separat",
        "särskild",
        "bifogad",
        "deltagar",
    ]
    .iter()
    .any(|p| r.starts_with(p))
}

/// The characters of a signature line's leaders (`Sekreterare......`,
/// `……`, `____`).
const LEADERS: [char; 3] = ['.', '…', '_'];

/// Whether signature leaders start at byte `at` of `text`.
fn leaders_at(text: &str, at: usize) -> bool {
    text.get(at..).is_some_and(|r| r.starts_with(LEADERS))
}

/// Whether the text after a name opens with a capitalized word that is no
/// role or job title (`Danielsson`, `Kommunal`): a name's or an
/// organisation's, not the person's role.
fn capitalized_non_role(after: &str) -> bool {
    let Some(w) = after
        .trim_start_matches(|c: char| c == ',' || c == ';' || c.is_whitespace())
        .split(|c: char| c.is_whitespace() || c == ',' || c == ';')
        .next()
        .filter(|w| w.starts_with(char::is_uppercase))
    else {
        return false;
    };
    let l = w.lower();
    const ROLE_STARTS: &[&str] = &[
        "ordförande",
        "ordf",
        "vice",
        "ledamot",
        "ersättare",
        "ers",
        "tjänstgörande",
        "tjänstgör",
        "tjg",
        "ej",
        "sekreterare",
        "sekr",
        "justerare",
        "ersätter",
        "adjungerad",
        "bitr",
        "tf",
        "vik",
    ];
    !ROLE_STARTS.contains(&l.trim_end_matches('.'))
        && !is_title_noun(&l)
        && w.chars().all(char::is_alphabetic)
        && w.chars().skip(1).any(char::is_lowercase)
}

/// A party code written before a name in its own column (`S Bo Ek`, `KD
/// Eva Lund`, `…, ordförande M Per Berg`): the last word of the text
/// between two names when it is one to three capital letters standing
/// alone (a single letter only when it is one of the one-letter parties;
/// `VD` is a title).
fn party_before_name(between: &str) -> Option<&str> {
    if !between.ends_with([' ', '\t']) {
        return None;
    }
    let t = between.trim_end();
    let start = t
        .rfind(|c: char| !c.is_ascii_uppercase())
        .map_or(0, |i| i + 1);
    let code = t.get(start..)?;
    let standalone = t
        .get(..start)
        .and_then(|b| b.chars().next_back())
        .map_or(true, |c| c.is_whitespace() || matches!(c, ',' | ';' | ')'));
    let party = match code.len() {
        1 => matches!(code, "S" | "M" | "C" | "L" | "V"),
        2 | 3 => code != "VD",
        _ => false,
    };
    (standalone && party).then_some(code)
}

/// The text after a party code that opens it (`S Bo Ek` → `Bo Ek`), as
/// [`party_before_name`] reads a code.
fn leading_party(s: &str) -> Option<&str> {
    let space = s.find(' ')?;
    party_before_name(s.get(..=space)?)?;
    s.get(space + 1..).map(str::trim_start)
}

/// A meeting role written capitalized at the end of a name run (`Mats
/// Dahl Ordförande`, `Eva Ek Vice Ordförande`, `Jan Berg Ledamot`): the
/// name before it (two words or more) and the role.
fn trailing_role(name: &str) -> Option<(&str, &'static str)> {
    let (head, last) = name.rsplit_once(' ')?;
    // (The last word compared in place, not lower-cased: it is one of a
    // person's, rarely a role.)
    let role = if lower_eq(last, "ordförande") {
        match head.rsplit_once(' ') {
            Some((h, "Vice")) => return h.contains(' ').then_some((h, "vice ordförande")),
            _ => "ordförande",
        }
    } else {
        ["ledamot", "ersättare", "sekreterare"]
            .into_iter()
            .find(|r| lower_eq(last, r))?
    };
    // Only a capitalized role: a lower-case word is not part of a name run.
    (last.starts_with(char::is_uppercase) && head.contains(' ')).then_some((head, role))
}

/// A word that opens a group of the attendance list (`Ersättarna`,
/// `Tjänstemän`, `Ledamöterna`), with the role of the people in it.
fn group_role(lower: &str) -> Option<&'static str> {
    Some(match lower {
        "ersättarna" | "ersättare" => "ersättare",
        "ledamöterna" | "ledamöter" => "ledamot",
        "tjänstemän" | "tjänstemännen" | "tjänsteman" | "tjänstepersoner" | "övriga"
        | "insynsplats" | "insynsplatser" | "adjungerade" => "övrig",
        _ => return None,
    })
}

/// An organisation's unit, capitalized in a list of officials
/// (`Gatuavdelningen`, `Ekonomienheten`, `Skogsavdelningen`): no name.
fn is_unit_word(lower: &str) -> bool {
    [
        "avdelningen",
        "enheten",
        "förvaltningen",
        "kontoret",
        "sektionen",
        "staben",
    ]
    .iter()
    .any(|e| lower.ends_with(e) && lower.len() > e.len())
}

/// An adjective that opens a title after a name (`Teknisk chef`,
/// `Administrativ chef`, `Ekonomisk rådgivare`): capitalized, seven
/// letters or more, ending in `isk` or `iv` (a surname so ending, `Frisk`,
/// is shorter).
fn is_title_adjective(w: &str) -> bool {
    w.starts_with(char::is_uppercase)
        && w.chars().count() >= 7
        && w.chars().all(char::is_alphabetic)
        && (w.ends_with("isk")
            || w.ends_with("iv")
            // A stand-in's participle (`Tillförordnad förvaltningschef`,
            // `Biträdande`, `Vikarierande`, `Tjänstgörande` is a role).
            || matches!(w, "Tillförordnad" | "Biträdande" | "Vikarierande" | "Tillförordnade"))
}

/// A job title written before a name (`Nämndsekreterare Eva Ek`,
/// `Kommundirektör Jan Berg`): one word ending like a title.
fn is_title_noun(lower: &str) -> bool {
    const ENDINGS: &[&str] = &[
        "chef",
        "sekreterare",
        "direktör",
        "ekonom",
        "strateg",
        "utredare",
        "handläggare",
        "controller",
        "jurist",
        "konsult",
        "samordnare",
        "inspektör",
        "administratör",
        "assistent",
        "ingenjör",
        "arkitekt",
        "informatör",
        "rektor",
        "revisor",
        "planerare",
        "registrator",
        "koordinator",
        "kommunikatör",
        "redaktör",
        "ledare",
        "tekniker",
        "analytiker",
        "utvecklare",
        "praktikant",
        "intendent",
        "specialist",
        "arkivarie",
        "notarie",
        "kurator",
        "psykolog",
        "sköterska",
    ];
    lower.chars().all(char::is_alphabetic) && ENDINGS.iter().any(|e| lower.ends_with(e))
}

/// A line of the attendance list that goes on under a label's first value,
/// written flush left (reflowed text): it opens with a name and its party
/// (`Bengt Ahl (S)`) or a name and a title after a comma (`Marie Kjellberg,
/// ekonomichef, § 38`).
fn is_attendance_entry(line: &str) -> bool {
    let t = line.trim();
    // A long line is an entry only as a run of names with parties
    // (`Peter Ek (NP) §§ 51-58 Malin Berg (NP) Jan Lind (NP) …`, a
    // transcript's list run together), not prose.
    if t.len() > 160
        && !(t.len() <= 800
            && !t.contains(". ")
            && memchr::memchr(b'(', t.as_bytes()).is_some()
            && persons(t).filter(|m| m.party.is_some()).take(3).count() == 3)
    {
        return false;
    }
    // A title written first, capitalized, then the name and nothing else
    // but the § attended (`Kanslichef Maj Persson`, `Administrativ chef
    // Karin Höglund`, `Ekonomichef Nicklas Bremefors § 63-64`: a list of
    // officials one a line).
    if t.len() <= 80
        && t.starts_with(char::is_uppercase)
        && memchr::memchr(b'(', t.as_bytes()).is_none()
        && title_then_name(t)
    {
        return true;
    }
    // The party written first, in a column of its own (`S Bo Ek`).
    let (t, party_first) = match leading_party(t) {
        Some(rest) => (rest, true),
        None => (t, false),
    };
    let Some(m) = persons(t).next() else {
        return false;
    };
    let (whole, name) = (m.whole, m.name);
    if whole.start() != 0 || !is_name(name.as_str()) {
        return false;
    }
    let after = t.get(whole.end()..).unwrap_or("");
    // A local party spelled out in parentheses and nothing after it
    // (`Jerker Nordlund (Kommunens väl)`, `Eva Ek (Sjöbopartiet)`).
    if m.party.is_none() && local_party(after).is_some() {
        return true;
    }
    // A name and the title after it, capitalized (`Eva Ek Förvaltningschef
    // § 118-129`).
    if m.party.is_none()
        && name
            .as_str()
            .rsplit_once(' ')
            .is_some_and(|(head, w)| head.contains(' ') && is_title_noun(&w.lower()))
    {
        return true;
    }
    if m.party.is_some() || party_first {
        // After the party: nothing, a role, partial presence or the person
        // replaced; not a sentence going on ("Anna Berg (S) yrkar …").
        let rest = after.trim_start().lower();
        // (An ordinal before the role: `1:e vice ordförande`, `2:a vice`,
        // `1-e vice ordförande`.)
        let ordinal = rest
            .strip_prefix(|c: char| c.is_ascii_digit())
            .and_then(|r| r.strip_prefix([':', '-']))
            .is_some_and(|r| r.starts_with("e ") || r.starts_with("a "));
        return rest.is_empty()
            || ordinal
            || rest.starts_with([',', ';', '§', '(', '-', '–'])
            || [
                "ersätter",
                "för ",
                "tjg",
                // (`tjänstgörande`, `tjänstgör för`.)
                "tjänstgör",
                "ej ",
                "från ",
                "t.o.m",
                "t o m",
                "till och med",
                "ordförande",
                "vice ordförande",
                "ledamot",
                "ersättare",
                "och ",
            ]
            .iter()
            .any(|w| rest.starts_with(w))
            // Or the next person with a party (`Eva Ek (M) Per Berg (S)`),
            // also written first (`KD Eva Ek V Per Berg`).
            || persons(after.trim_start()).next().is_some_and(|n| {
                n.whole.start() == 0 && n.party.is_some() && is_name(n.name.as_str())
            })
            || party_first && leading_party(after.trim_start()).is_some();
    }
    // A title right after the name, in lower case, with no comma (`Eva
    // Blomgren miljöinspektör`, `Astrid Edin sekreterare`), up to the next
    // name: a title noun first, title words only.
    let title_after = {
        let r = after.trim_start();
        let end = crate::headings::words(r)
            .find(|(_, w)| w.starts_with(char::is_uppercase))
            .map_or(r.len(), |(at, _)| at);
        let r = r.get(..end).unwrap_or("").trim();
        r.split_whitespace()
            .next()
            .is_some_and(|w| w.starts_with(char::is_lowercase) && is_title_noun(w))
            && is_title_words(r)
    };
    // A title after a comma, up to the next comma or the next name
    // (`Eva Ek, enhetschef gatudrift Per Berg, registrator`).
    title_after
        || comma_party(after).is_some()
        || comma_organisation(after)
        || after.strip_prefix(',').is_some_and(|r| {
            let r = r.split([',', ';']).next().unwrap_or("");
            // (Up to partial presence too: `, ekonomichef §§ 45-51`.)
            let r = r
                .find(|c: char| c == '§' || c.is_ascii_digit())
                .and_then(|at| r.get(..at))
                .unwrap_or(r);
            let end = crate::headings::words(r)
                .find(|(_, w)| w.starts_with(char::is_uppercase))
                .map_or(r.len(), |(at, _)| at);
            // (Up to the next name, an `och` joins the title's own words:
            // `verksamhetschef gata och park`.)
            let title = r.get(..end).unwrap_or("").trim();
            !title.ends_with(" och")
                && if title.contains(" och ") {
                    is_title_words(&title.replace(" och ", " "))
                } else {
                    is_title_words(title)
                }
        })
}

/// A local party spelled out in parentheses, all that follows a name
/// (` (Kommunens väl)`, ` (Sjöbopartiet)`): one to three words, the first
/// capitalized, letters only, no meeting role. Its words, if so.
fn local_party(after: &str) -> Option<&str> {
    let inner = after.trim().strip_prefix('(')?.strip_suffix(')')?.trim();
    (inner.starts_with(char::is_uppercase) && is_party_name(&inner.lower())).then_some(inner)
}

/// A party's name spelled out, in lower case (`kommunens väl`,
/// `sjöbopartiet`): one to three words of letters, and no word of a role
/// or a title among them (`ordf`, `ersättare`, `nämndsekreterare`).
fn is_party_name(lower: &str) -> bool {
    let role_word = |w: &str| {
        is_title_noun(w)
            || [
                "ordf", "ers", "tjg", "tjänstg", "sekr", "ledamot", "justera", "vice", "ej",
            ]
            .iter()
            .any(|r| w.starts_with(r))
    };
    (5..=40).contains(&lower.len())
        && lower.split_whitespace().count() <= 3
        && lower
            .chars()
            .all(|c| c.is_alphabetic() || c == ' ' || c == '-')
        && !lower.split_whitespace().any(role_word)
}

/// A signature written `Name, role` on its line (`Laila Nabb,
/// sekreterare`): the person with a meeting role, nothing else on the line.
fn name_comma_role<'a>(text: &'a str, line: Span) -> Option<Person<'a>> {
    let t = slice(text, line);
    let lead = t.len() - t.trim_start().len();
    let t = t.trim();
    let m = persons(t).next().filter(|m| m.whole.start() == 0)?;
    if !is_bare_name(m.name.as_str()) {
        return None;
    }
    let role = signature_role(t.get(m.whole.end()..)?.strip_prefix(',')?)?;
    let start = line.start + lead + m.name.start();
    Some(Person {
        name: Cow::Borrowed(m.name.as_str()),
        party: m.party.map(|p| Cow::Borrowed(p.as_str())),
        role: Some(role.to_owned()),
        span: Span::new(start, start + m.name.as_str().len()),
        presence: Vec::new(),
    })
}

/// An organisation after a comma where a title would be, and nothing
/// after it but a § range or a number (`Christer Stighäll, Nihab § 313`,
/// `Magnus Nilsson, Svenljunga kommun`, `Ulf Ek, Ek Management AB, 87`):
/// a guest's entry in the list of others present.
fn comma_organisation(after: &str) -> bool {
    let Some(r) = after.strip_prefix(',') else {
        return false;
    };
    let r = r.trim();
    let end = r
        .find(|c: char| c == '§' || c.is_ascii_digit())
        .unwrap_or(r.len());
    let org = r
        .get(..end)
        .unwrap_or("")
        .trim()
        .trim_end_matches(',')
        .trim_end();
    let rest_ok = r.get(end..).is_some_and(|t| {
        t.chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '§' | '-' | '–' | ',' | ' '))
    });
    rest_ok
        && (3..=48).contains(&org.len())
        && org.starts_with(char::is_uppercase)
        && !org.contains(',')
        // (An organ is the list's next label or a sentence's subject.)
        && !is_organ_name(org)
        && org.split_whitespace().count() <= 4
        && org
            .chars()
            .all(|c| c.is_alphabetic() || matches!(c, ' ' | '-' | '&' | '.'))
}

/// A meeting role written under a signatory's name, in normal case.
fn signature_role(cell: &str) -> Option<&'static str> {
    // (`str::trim`, the ASCII ends read on bytes.)
    let c = crate::span::trim(cell);
    // Every capitalized word of a front page is asked: compare in place
    // rather than lower-case a copy (no role is longer than 16 bytes).
    if c.len() > 16 {
        return None;
    }
    SIGNATURE_ROLES
        .iter()
        .find(|(w, _)| lower_eq(c, w))
        .map(|&(_, role)| role)
}

/// The meeting roles written in a signature block, lower case, and the
/// role each names ([`signature_role`]).
const SIGNATURE_ROLES: [(&str, &str); 5] = [
    ("ordförande", "ordförande"),
    ("vice ordförande", "vice ordförande"),
    ("sekreterare", "sekreterare"),
    ("justerare", "justerare"),
    ("justerande", "justerare"),
];

/// Whether byte `b` is the capital every role of [`SIGNATURE_ROLES`]
/// starts with, written capitalized (tested against the table).
#[inline]
fn is_role_capital(b: u8) -> bool {
    matches!(b, b'O' | b'V' | b'S' | b'J')
}

/// Whether a line can be a line of signature roles only: its first word
/// (leaders cut) starts a role. A cheap test before [`signature_line`]
/// for callers that want [`SignatureLine::Roles`].
fn starts_with_role_word(text: &str, line: Span) -> bool {
    let first = slice(text, line).split_whitespace().next().unwrap_or("");
    let core = first.trim_end_matches(['.', '_', '…']);
    ROLE_FIRST_WORDS.iter().any(|w0| lower_eq(core, w0))
}

/// The first word of each role of [`SIGNATURE_ROLES`] (asked of every row
/// after the last §: not split out of the table each time).
const ROLE_FIRST_WORDS: [&str; 5] = [
    "ordförande",
    "vice",
    "sekreterare",
    "justerare",
    "justerande",
];

/// Whether `kind` labels a signature of the Underskrifter block.
/// A line that is one signature role and the leaders after it
/// (`Sekreterare ………`, `Ordförande.........`, `Justerande ____`).
fn leaders_only_signature(line: &str) -> bool {
    let t = line.trim();
    let core = t.trim_end_matches(['.', '…', '_', ' ', '\t', ':']);
    core.len() < t.len()
        && t.get(core.len()..)
            .is_some_and(|r| r.contains(['.', '…', '_']))
        && signature_role(core).is_some()
}

fn is_signature_kind(kind: LabelKind) -> bool {
    matches!(
        kind,
        LabelKind::Secretary | LabelKind::Chair | LabelKind::Adjuster | LabelKind::Adjusters
    )
}

/// A word without the leaders, dots or colon written after it
/// (`Ordförande...`, `Justerande..`, `Justerare:`).
fn bare_word(w: &str) -> &str {
    w.trim_end_matches(['.', '…', '_', ':'])
}

/// The label kind of a capitalized signature role word in a flattened
/// block (`Sekreterare`, `Ordförande...`, `Justerande..`, `Justerare:`).
fn signature_word(w: &str) -> Option<LabelKind> {
    let core = bare_word(w);
    // (The first byte settles most words of a page.)
    if !core.as_bytes().first().is_some_and(|&b| is_role_capital(b)) {
        return None;
    }
    Some(match signature_role(core)? {
        "sekreterare" => LabelKind::Secretary,
        "ordförande" => LabelKind::Chair,
        "justerare" => LabelKind::Adjuster,
        _ => return None,
    })
}

/// Words of a signature block that name nobody and end a run of names:
/// `Underskrifter`, `Paragrafer 1-8`, `Paragraf`, `Nr`, `Varav sekretess`,
/// leaders, § signs and numbers.
fn signature_filler(w: &str) -> bool {
    let core = bare_word(w);
    // (Compared in place: every word of a block is asked.)
    core.is_empty()
        || [
            "underskrifter",
            "underskrift",
            "paragrafer",
            "paragraf",
            "nr",
            "varav",
            "sekretess",
            "justeringens",
            "plats",
            "och",
            "tid",
        ]
        .iter()
        .any(|x| lower_eq(core, x))
        || core
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '-' | '–' | '§' | ',' | '(' | ')'))
}

/// Words that close a flattened signature block: the notice block after it.
fn signature_stop(w: &str) -> bool {
    let core = bare_word(w);
    // (Compared in place: every word of a block is asked.)
    [
        "anslag",
        "anslag/bevis",
        "anslagsbevis",
        "bevis",
        "protokollet",
        "organ",
        "förvaringsplats",
        "utdragsbestyrkande",
        "sammanträdesdatum",
    ]
    .iter()
    .any(|x| lower_eq(core, x))
}

/// The capitalized signature role words of a line, with their offsets.
fn signature_words(line: &str) -> Vec<(usize, LabelKind)> {
    signature_word_iter(line).collect()
}

/// The signature role words of a line as [`signature_words`] lists them,
/// lazily. A word starts the line or follows white space; every role word
/// starts with one of four ASCII capitals, so a byte search finds the
/// candidates and only they are cut out and compared.
///
/// Of the four capitals only `O`, `S` and `J` can open a word that
/// [`signature_word`] reads (a `V` word would be `Vice ordförande`, two
/// words, never one role word): a vectorized search for those three finds
/// the candidates (the test module compares it with a byte-by-byte scan).
fn signature_word_iter(line: &str) -> impl Iterator<Item = (usize, LabelKind)> + '_ {
    memchr::memchr3_iter(b'O', b'S', b'J', line.as_bytes())
        .filter_map(move |i| signature_word_at(line, i))
}

/// The role word opening at byte `i` of `line` (an ASCII capital), if the
/// word is one that [`signature_word_iter`] lists.
#[inline]
fn signature_word_at(line: &str, i: usize) -> Option<(usize, LabelKind)> {
    // (`i` is a character boundary: the byte is ASCII.)
    let (before, rest) = (line.get(..i)?, line.get(i..)?);
    if before
        .chars()
        .next_back()
        .is_some_and(|p| !p.is_whitespace())
    {
        return None;
    }
    // A role after a comma is a listed person's (`Eva Ek, M,
    // Ordförande Per Berg`), not a signature's label; unless the comma
    // follows a `Paragraf` label whose range the text lost (`Sekreterare
    // Eva Ek Paragraf , Ordförande Per Berg`).
    if let Some(head) = before.trim_end().strip_suffix(',') {
        let prev = head.split_whitespace().next_back().unwrap_or("");
        if !(lower_eq(prev, "paragraf") || lower_eq(prev, "paragrafer")) {
            return None;
        }
    }
    let word = rest.split(char::is_whitespace).next().unwrap_or("");
    signature_word(word).map(|kind| (i, kind))
}

/// [`signature_word_iter`] as it was written first: every byte tested.
#[cfg(test)]
fn signature_word_iter_reference(line: &str) -> impl Iterator<Item = (usize, LabelKind)> + '_ {
    let b = line.as_bytes();
    b.iter().enumerate().filter_map(move |(i, &c)| {
        if !is_role_capital(c) {
            return None;
        }
        signature_word_at(line, i)
    })
}

/// Names listed on the front page that a signature run is searched for: a
/// front page lists at most a few dozen, and the bound keeps the search of
/// a hostile text linear.
const MAX_KNOWN: usize = 400;

/// Flattened signature runs of a document searched for [`MAX_KNOWN`] names.
const MAX_KNOWN_RUNS: usize = 32;

/// A name of four capitalized words split in two names of two words each
/// (`Helena Partapuoli Mattias Abrahamsson`); `None` for any other name.
fn two_names(name: Piece<'_>) -> Option<(Piece<'_>, Piece<'_>)> {
    let t = name.as_str();
    let words: Vec<&str> = t.split(' ').collect();
    let [_, w2, w3, _] = words.as_slice() else {
        return None;
    };
    let all_capitalized = words
        .iter()
        .all(|w| w.starts_with(char::is_uppercase) && w.chars().count() >= 2);
    if !all_capitalized || !opens_second_name(w2, w3) {
        return None;
    }
    let third = t.match_indices(' ').nth(1)?.0;
    Some((
        Piece {
            start: name.start,
            text: t.get(..third)?,
        },
        Piece {
            start: name.start + third + 1,
            text: t.get(third + 1..)?,
        },
    ))
}

/// The names in one run of a signature block, in order: names already
/// listed on the front page first (`known`, so that `Åsa Lönn Tommy
/// Cedervall Gun Samuelsson` is cut where the listed names stand), then
/// the names [`persons`] finds in the gaps between them.
fn names_in_run<'a>(text: &'a str, run: Span, known: &[Cow<'_, str>]) -> Vec<PersonMatch<'a>> {
    let r = slice(text, run);
    let mut found: Vec<(usize, usize)> = Vec::new();
    // Only a short run is searched for every known name (a block names at
    // most a handful of signatories).
    if r.len() <= 300 {
        for name in known {
            for i in crate::headings::match_starts(r, name) {
                let end = i + name.len();
                let before = r.get(..i).and_then(|b| b.chars().next_back());
                let after = r.get(end..).and_then(|a| a.chars().next());
                if before.is_some_and(char::is_alphabetic) || after.is_some_and(char::is_alphabetic)
                {
                    continue;
                }
                if !found.iter().any(|&(a, b)| i < b && a < end) {
                    found.push((i, end));
                }
            }
        }
    }
    found.sort_unstable();
    let mut out: Vec<PersonMatch<'a>> = Vec::new();
    let mut pos = 0;
    let gap = |from: usize, to: usize, out: &mut Vec<PersonMatch<'a>>| {
        let g = r.get(from..to).unwrap_or("");
        for m in persons(g) {
            // A word glued to digits is a template's id, not a surname
            // (`Bodil Olsson Trelleborg3000, v 1.0`): the name ends before.
            let glued = g
                .get(m.name.end()..)
                .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit()));
            let m = match m
                .name
                .as_str()
                .rsplit_once(' ')
                .filter(|_| glued && m.party.is_none())
            {
                Some((head, _)) => PersonMatch::alone(Piece {
                    start: m.name.start,
                    text: head,
                }),
                None => m,
            };
            if is_name(m.name.as_str()) {
                let shift = |p: Piece<'a>| Piece {
                    start: run.start + from + p.start,
                    text: p.text,
                };
                // Four capitalized words and no party: two signatories side
                // by side (`Helena Partapuoli Mattias Abrahamsson` under
                // `Justerande`); a signature holds one given name and a
                // surname, seldom two of either.
                if let Some((a, b)) = m.party.is_none().then(|| two_names(m.name)).flatten() {
                    for p in [a, b] {
                        out.push(PersonMatch {
                            whole: shift(p),
                            name: shift(p),
                            party: None,
                        });
                    }
                    continue;
                }
                out.push(PersonMatch {
                    whole: shift(m.whole),
                    name: shift(m.name),
                    party: m.party.map(shift),
                });
            }
        }
    };
    for &(a, b) in &found {
        gap(pos, a, &mut out);
        let name = Piece {
            start: run.start + a,
            text: r.get(a..b).unwrap_or(""),
        };
        // A party in parentheses right after the name.
        let tail = r.get(b..).unwrap_or("");
        let t = tail.trim_start();
        let party = t.strip_prefix('(').and_then(|p| {
            let close = p.find(')')?;
            let code = p.get(..close)?;
            ((1..=4).contains(&code.chars().count()) && code.chars().all(char::is_alphabetic))
                .then_some(Piece {
                    start: run.start + b + (tail.len() - t.len()) + 1,
                    text: code,
                })
        });
        let whole_end = party.map_or(b, |p| p.end() - run.start + 1);
        out.push(PersonMatch {
            whole: Piece {
                start: run.start + a,
                text: r.get(a..whole_end).unwrap_or(""),
            },
            name,
            party,
        });
        pos = whole_end.max(b);
    }
    gap(pos, r.len(), &mut out);
    out
}

/// Signatures in a flattened block: role words and names in one run,
/// each role before its names (`Sekreterare... Anna Ek Ordförande... Per
/// Berg Justerande... Eva Lund`), the roles first and the names after them
/// (`Sekreterare Ordförande Justerande Anna Ek Per Berg (S) Eva Lund (S)`),
/// or mixed. `queue` holds the roles still waiting for a name (labels on
/// the lines before); the names of a run go to the waiting roles in order,
/// the last role taking all that are left (two justerare), and a role
/// without a name stays in `queue` for the next line. The run ends at the
/// notice block (`ANSLAG/BEVIS`, `Organ`, `Protokollet …`).
fn signature_run<'a>(
    text: &'a str,
    span: Span,
    queue: &mut Vec<LabelKind>,
    known: &[Cow<'_, str>],
    out: &mut Vec<Person<'a>>,
) {
    let s = slice(text, span);
    let mut chunk_start: Option<usize> = None;
    let mut at = 0;
    let mut flush = |from: Option<usize>, to: usize, queue: &mut Vec<LabelKind>| {
        let Some(from) = from else { return };
        if queue.is_empty() {
            return;
        }
        let chunk = Span::new(span.start + from, span.start + to);
        let names = names_in_run(text, chunk, known);
        if names.is_empty() {
            // Words that name nobody where a role's name stands
            // (`Sekreterare Vård och Omsorg den 26/ Ordförande Eva Ek`): that
            // role's value, unread; the next names are the next role's.
            // (Words enough for a value: a stray word, `Justerade` before
            // `paragrafer`, is none.)
            let c = slice(text, chunk);
            if c.split_whitespace().nth(2).is_some() && c.chars().any(char::is_alphabetic) {
                queue.remove(0);
            }
            return;
        }
        let m = queue.len();
        let n = names.len();
        // (Unless the justerare's label follows: `Ordförande Arne Ek Bo
        // Lund Justerande... Eva Berg`, a second chair who held the chair
        // for one §.)
        let adjuster_later = n > m
            && s.get(to..)
                .is_some_and(|r| signature_word_iter(r).any(|(_, k)| k == LabelKind::Adjuster));
        for (i, p) in names.into_iter().enumerate() {
            // The last role takes the names left over, unless it is one
            // person's (`Ordförande Per Berg Eva Lund`): the names after
            // the chair's or secretary's are the justerare, whose label
            // the flattening lost.
            let kind = queue.get(i.min(m - 1)).copied().map(|k| {
                if i >= m && matches!(k, LabelKind::Chair | LabelKind::Secretary) && !adjuster_later
                {
                    LabelKind::Adjuster
                } else {
                    k
                }
            });
            let Some(role) = kind.and_then(attendance_role) else {
                continue;
            };
            out.push(Person {
                name: Cow::Borrowed(p.name.as_str()),
                party: p.party.map(|x| Cow::Borrowed(x.as_str())),
                role: Some(role.to_owned()),
                span: Span::new(p.name.start(), p.name.end()),
                presence: Vec::new(),
            });
        }
        queue.drain(..n.min(m));
    };
    let mut seen_role = false;
    for w in s.split_inclusive(char::is_whitespace) {
        let word = w.trim_end();
        let here = at;
        at += w.len();
        if word.is_empty() {
            continue;
        }
        if let Some(kind) = signature_word(word) {
            flush(chunk_start.take(), here, queue);
            // A new role after names were read: the roles of the
            // previous run that got no name are left behind.
            queue.push(kind);
            seen_role = true;
            continue;
        }
        if seen_role && signature_stop(word) {
            flush(chunk_start.take(), here, queue);
            queue.clear();
            return;
        }
        if signature_filler(word) {
            flush(chunk_start.take(), here, queue);
            continue;
        }
        if chunk_start.is_none() {
            chunk_start = Some(here);
        }
    }
    flush(chunk_start.take(), s.len(), queue);
}

/// Whether the row after the label row `k` is a name alone (`Per Ek (M)`)
/// that no role word follows: the label's value under it, not the next of
/// signatures written name first (`Anna Ek` / `Ordförande` / `Per Ek` /
/// `Justerare`).
fn value_under(text: &str, lines: &Classified<'_>, k: usize, end: usize) -> bool {
    let mut rows = (k + 1..end)
        .filter_map(|j| lines.get(j))
        .filter(|l| !matches!(l.class, LineClass::Blank));
    let Some(next) = rows.next() else {
        return false;
    };
    let t = slice(text, next.line.span).trim();
    if !matches!(next.class, LineClass::Text)
        || t.len() > 120
        || !names_only(t)
        || persons(t).next().is_none()
    {
        return false;
    }
    !rows
        .next()
        .is_some_and(|after| crate::segment::signature_pair(t, slice(text, after.line.span).trim()))
}

/// A page's own furniture: its header, footer or number (not a signature
/// line or box, which stand inside a page too).
fn page_furniture(f: FurnitureKind) -> bool {
    matches!(
        f,
        FurnitureKind::PageHeader | FurnitureKind::PageFooter | FurnitureKind::PageNumber
    )
}

/// Whether a page break comes after row `j`: past blank rows and a
/// signature box (`Justerare signatur   Utdragsbestyrkande`), the page's
/// own furniture.
fn page_break_ahead(lines: &Classified<'_>, j: usize, end: usize) -> bool {
    row_after(lines, j, end, |c| {
        matches!(
            c,
            LineClass::Blank | LineClass::Furniture(FurnitureKind::SignatureBox)
        )
    })
    .is_some_and(|x| matches!(x.class, LineClass::Furniture(f) if page_furniture(f)))
}

/// The first row after row `j` and before `end` whose class `skip` does
/// not pass over.
fn row_after(
    lines: &Classified<'_>,
    j: usize,
    end: usize,
    skip: impl Fn(&LineClass) -> bool,
) -> Option<ClassifiedLine> {
    (j + 1..end)
        .filter_map(|x| lines.get(x))
        .find(|x| !skip(&x.class))
}

/// A signature block that a flattened line's cutting spread over rows
/// (`Sekreterare` / `Paragrafer` / `Erika Ek` / `Ordförande` / `Per Berg
/// (S)` / `Justerare` / `Eva Lund (MP) Bo Dahl (KD)`, one line of a
/// transcript): rows of signature labels and names only, the first a
/// label, all cut from one line of the text. The row after the block and
/// the block's span, to be read as the one run it was; `None` when row
/// `k` opens no such block.
fn cut_signature_block(
    text: &str,
    lines: &Classified<'_>,
    k: usize,
    end: usize,
) -> Option<(usize, Span)> {
    let first = lines.get(k)?;
    let opens = |l: &ClassifiedLine| match &l.class {
        LineClass::Label(x) => {
            matches!(
                x.kind,
                LabelKind::Secretary
                    | LabelKind::Chair
                    | LabelKind::Adjuster
                    | LabelKind::Signatures
                    | LabelKind::Paragraphs
            ) || x.kind == LabelKind::Adjusters
                && slice(text, l.line.span)
                    .split_whitespace()
                    .next()
                    .is_some_and(|w| signature_word(w).is_some())
        }
        _ => false,
    };
    if !opens(&first) {
        return None;
    }
    // Signatures written name first (`Leif Ek (S)` / `Ordförande` / `Eva
    // Lund` / `Sekreterare`) open with a name: not this block.
    let before = (0..k)
        .rev()
        .filter_map(|p| lines.get(p))
        .find(|p| !matches!(p.class, LineClass::Blank | LineClass::Furniture(_)));
    if before.is_some_and(|p| {
        matches!(p.class, LineClass::Text) && {
            let t = slice(text, p.line.span);
            t.len() <= 200 && names_only(t) && persons(t).next().is_some()
        }
    }) {
        return None;
    }
    let start = first.line.span.start;
    let mut stop = first.line.span.end;
    let mut j = k + 1;
    while j < end {
        let Some(l) = lines.get(j) else { break };
        let t = slice(text, l.line.span);
        let text_row = matches!(l.class, LineClass::Text) && t.len() <= 200;
        let member = opens(&l) || text_row && names_only(t);
        // The names of the last role may run on into the notice block
        // (`Per Sund (M) Eva Berg (S) ANSLAG/BEVIS Protokollet är …`): the
        // run stops at it.
        let last = !member
            && text_row
            && persons(t.trim_start())
                .next()
                .is_some_and(|m| m.whole.start == 0);
        // Rows of one line of the text: nothing but blanks between them.
        let joined = slice(text, Span::new(stop, l.line.span.start))
            .bytes()
            .all(|b| b == b' ' || b == b'\t');
        if !(member || last) || !joined {
            break;
        }
        stop = l.line.span.end;
        j += 1;
        if last {
            break;
        }
    }
    let span = Span::new(start, stop);
    // A role label without a value, its name on the next row or the names
    // after all the labels (a block of labels with their values beside
    // them is read label by label, with the §s each signed); the block ends
    // with names, as a block written role first does.
    // (Or a role word closing a label's value: `Sekreterare Bodil Olsson
    // Trelleborg3000, v 1.0, Ordförande` / `Justerare Patrik Holmberg (C)
    // …`, the chair's label before the justerare's, both before names.)
    let role_alone = (k..j).filter_map(|x| lines.get(x)).any(|l| {
        matches!(&l.class, LineClass::Label(x)
            if matches!(x.kind, LabelKind::Secretary | LabelKind::Chair | LabelKind::Adjuster | LabelKind::Adjusters)
                && (x.value.is_none() || {
                    let t = slice(text, l.line.span).trim_end();
                    let last = t.rsplit(char::is_whitespace).next().unwrap_or("");
                    signature_word(last).is_some() && t.len() > last.len()
                }))
    });
    let ends_with_names = lines
        .get(j - 1)
        .is_some_and(|l| !matches!(&l.class, LineClass::Label(x) if x.value.is_none()));
    (j > k + 1
        && role_alone
        && ends_with_names
        && span.len() <= 600
        && signature_word_iter(slice(text, span)).nth(1).is_some())
    .then_some((j, span))
}

/// Whether a line opens with a label whose value is a list of people
/// present (`Beslutande Eva Ek (S), Ordförande Per Berg (C), …`): the role
/// words in it are its people's, not a flattened signature block's.
fn behind_list_label(line: &str) -> bool {
    crate::headings::leading_label(line).is_some_and(|(kind, _)| is_list_kind(kind))
}

/// Labels whose value is a list of people (not the signatures): those
/// present, and the justerare.
fn is_list_kind(kind: LabelKind) -> bool {
    crate::headings::lists_people_present(kind) || kind == LabelKind::Adjusters
}

/// The first person whose party was listed before, not right before
/// (each party's people together, then a party again: a second list), and
/// how many parties came before them.
fn party_seen_again(people: &[Person<'_>]) -> (Option<usize>, usize) {
    let mut seen: Vec<String> = Vec::new();
    for (i, p) in people.iter().enumerate() {
        let Some(party) = p.party.as_deref().map(str::to_lowercase) else {
            continue;
        };
        if seen.last() == Some(&party) {
            continue;
        }
        if seen.contains(&party) {
            return (Some(i), seen.len());
        }
        seen.push(party);
    }
    (None, seen.len())
}

/// Two lists of members run together after their labels, written first:
/// each list is ordered by party, every party's members together, so the
/// first party seen again after others (`… Delshad Saleh (V) Niklas Ek
/// (M) …`) opens the second list. Its people of the first role (`ledamot`)
/// get the second (`ersättare`); people without a party (officials) and
/// those with a role of their own keep theirs. Nothing changes when no
/// party comes back.
fn second_list_by_parties(people: &mut [Person<'_>], first: &str, second: &str) {
    // (A party seen again among the first three, or a second list whose
    // parties are not together either, is a list ordered some other way:
    // by seniority, by name.)
    let (Some(start), parties) = party_seen_again(people) else {
        return;
    };
    if start < 3
        || parties < 3
        || party_seen_again(people.get(start..).unwrap_or(&[]))
            .0
            .is_some()
    {
        return;
    }
    for p in people.iter_mut().skip(start) {
        if p.party.is_some() && p.role.as_deref() == Some(first) {
            p.role = Some(second.to_owned());
        }
    }
}

/// Labels first, the values of all of them in one run (`Beslutande Övriga
/// deltagande Utses att justera Anna Berg (S), ordförande … Per Ek,
/// kommunchef Eva Lund (M)`): the adjuster is named last, repeating a
/// member listed before, so the trailing names of the run (from `from` in
/// `people`) that repeat an earlier name are the justerare.
fn adjusters_last(people: &mut [Person<'_>], from: usize) {
    let mut end = people.len();
    // At most two justerare close a run.
    for _ in 0..2 {
        let Some(i) = end.checked_sub(1).filter(|&i| i >= from) else {
            break;
        };
        let Some(name) = people.get(i).map(|p| p.name.clone()) else {
            break;
        };
        // The member is listed at most a front page before (a bounded
        // window keeps a hostile text linear).
        let earlier = people.get(i.saturating_sub(MAX_KNOWN)..i).unwrap_or(&[]);
        let Some(party) = earlier
            .iter()
            .find(|q| q.name == name)
            .map(|q| q.party.clone())
        else {
            break;
        };
        if let Some(p) = people.get_mut(i) {
            p.role = Some("justerare".to_owned());
            if p.party.is_none() {
                p.party = party;
            }
        }
        end = i;
    }
}

/// Reads a front-page line as a flattened signature block when it is one:
/// two or more capitalized signature role words on it, one after the
/// line's first word (`Underskrifter Sekreterare...`), or names for
/// signature labels that came first (`Sekreterare` / `Ordförande` /
/// `Justerande` / `Anna Ek Per Berg (S) Eva Lund (S)`). The roles left
/// without a name wait in `waiting` for the next line. Whether it was read.
fn flat_signatures<'a>(
    text: &'a str,
    line: Span,
    waiting: &mut Vec<LabelKind>,
    people: &mut Vec<Person<'a>>,
    doc: &Document<'a>,
    runs: &mut usize,
) -> bool {
    // A flattened page is long, but a signature block is not.
    if line.len() > 600 {
        return false;
    }
    let s = slice(text, line);
    // Most lines hold no role word and no label waits: nothing to read,
    // and nothing allocated to find that out.
    if waiting.is_empty() && signature_word_iter(s).next().is_none() {
        return false;
    }
    let words = signature_words(s);
    let lead = s.len() - s.trim_start().len();
    let inner = words.iter().any(|&(at, _)| at > lead);
    let pending = waiting_signatures(waiting);
    if words.len() < 2 && !inner && pending.is_empty() {
        return false;
    }
    // Names for roles that wait stand alone: a line of prose (`Fredrik
    // Eklund, konsult, berättade om …`, the next page of a transcript)
    // holds none, and the roles wait no further.
    if words.is_empty() && !names_only(s) {
        waiting.clear();
        return false;
    }
    // Names before the first role word belong to roles that wait.
    let from = if pending.is_empty() {
        words.first().map_or(0, |w| w.0)
    } else {
        0
    };
    let run = Span::new(line.start + from, line.end);
    read_signature_run(text, run, pending, waiting, people, doc, runs);
    true
}

/// Reads the signature run `span` for the roles `pending` ([`signature_run`]):
/// the roles left without a name wait in `waiting` for the next line.
fn read_signature_run<'a>(
    text: &'a str,
    span: Span,
    pending: Vec<LabelKind>,
    waiting: &mut Vec<LabelKind>,
    people: &mut Vec<Person<'a>>,
    doc: &Document<'a>,
    runs: &mut usize,
) {
    // Names listed above are searched for in the first runs only: a text
    // with a signature block on every line stays linear.
    *runs += 1;
    // (The names are the people's own, borrowed from the text: not copied.)
    let known = if *runs <= MAX_KNOWN_RUNS {
        known_names(doc, people)
    } else {
        Vec::new()
    };
    let mut queue = pending;
    signature_run(text, span, &mut queue, &known, people);
    *waiting = queue;
}

/// Whether a line holds only names (and parties, leaders, `och`): no
/// lower-case word longer than a name particle (`af`, `von`, `de`).
fn names_only(s: &str) -> bool {
    s.split_whitespace()
        .all(|w| !w.starts_with(char::is_lowercase) || w.chars().count() <= 3)
}

/// The signature labels waiting for names (labels first, names after):
/// the run of signature labels at the end of `waiting` that opens with
/// `Sekreterare` or `Ordförande`, with labels that take no name
/// (`Paragrafer`) passed over. Empty when no such run waits.
fn waiting_signatures(waiting: &[LabelKind]) -> Vec<LabelKind> {
    // From the end: labels that take no name pass, any other label
    // (`ANSLAG/BEVIS`, `Organ`) ends the run.
    let mut run: Vec<LabelKind> = waiting
        .iter()
        .rev()
        .copied()
        .filter(|&k| !matches!(k, LabelKind::Paragraphs | LabelKind::Signatures))
        .take_while(|&k| is_signature_kind(k))
        .collect();
    run.reverse();
    let open = run
        .iter()
        .position(|&k| matches!(k, LabelKind::Secretary | LabelKind::Chair));
    open.and_then(|o| run.get(o..)).unwrap_or(&[]).to_vec()
}

/// A line of a signature block: only names, or only meeting roles (a role
/// may trail a dotted signature line: `Ordförande ..........`).
#[derive(Clone, Copy, PartialEq, Eq)]
enum SignatureLine {
    Names,
    Roles,
}

fn signature_line(text: &str, line: Span) -> Option<SignatureLine> {
    // A signature line is short: a flattened page is never one.
    if line.end.saturating_sub(line.start) > 200 {
        return None;
    }
    let cs = cells(text, line);
    if cs.is_empty() || cs.len() > 4 {
        return None;
    }
    let role =
        |c: &str| {
            signature_role(c.trim_end_matches(|ch: char| {
                ch == '.' || ch == '_' || ch == '…' || ch.is_whitespace()
            }))
            .is_some()
        };
    let name = |c: &str| {
        persons(c).next().is_some_and(|m| {
            m.whole.start() == 0 && m.whole.end() == c.trim_end().len() && is_name(m.name.as_str())
        })
    };
    let all = |f: &dyn Fn(&str) -> bool| cs.iter().all(|c| f(slice(text, *c)));
    if all(&role) {
        Some(SignatureLine::Roles)
    } else if all(&name) {
        Some(SignatureLine::Names)
    } else {
        None
    }
}

/// Whether the role line `k`, under a line of names, is part of a block
/// written name first (`Anna Lindqvist` / `ordförande` / `Emma Wik` /
/// `sekreterare`) rather than role first (`Sekreterare` / `Daniel Ek` /
/// `Ordförande` / `Annika Strömberg`): the run of alternating name and role
/// lines around it (blank lines and signature lines between them skipped)
/// opens with names and closes with roles.
fn names_over_roles(text: &str, lines: &Classified<'_>, k: usize) -> bool {
    // At most this many lines of a block are read either way.
    const REACH: usize = 12;
    let class = |j: usize| -> Option<(bool, Option<SignatureLine>)> {
        let l = lines.get(j)?;
        let skip = matches!(l.class, LineClass::Blank | LineClass::Furniture(_));
        Some((
            skip,
            if skip {
                None
            } else {
                signature_line(text, l.line.span)
            },
        ))
    };
    // Backwards from the names line over the block.
    let mut first = SignatureLine::Names;
    let mut expect = SignatureLine::Roles;
    let mut j = k.saturating_sub(1);
    let mut read = 0;
    while read < REACH {
        let Some(prev) = j.checked_sub(1) else { break };
        j = prev;
        read += 1;
        match class(j) {
            Some((true, _)) => continue,
            Some((false, Some(s))) if s == expect => {
                first = s;
                expect = if s == SignatureLine::Roles {
                    SignatureLine::Names
                } else {
                    SignatureLine::Roles
                };
            }
            _ => break,
        }
    }
    // Forwards from the role line.
    let mut last = SignatureLine::Roles;
    let mut expect = SignatureLine::Names;
    let mut j = k;
    let mut read = 0;
    while read < REACH {
        j += 1;
        read += 1;
        match class(j) {
            Some((true, _)) => continue,
            Some((false, Some(s))) if s == expect => {
                last = s;
                expect = if s == SignatureLine::Roles {
                    SignatureLine::Names
                } else {
                    SignatureLine::Roles
                };
            }
            _ => break,
        }
    }
    first == SignatureLine::Names && last == SignatureLine::Roles
}

/// Whether row `i` stands right under a signature label without a value
/// (`Sekreterare` / `Lotta Ek`): it is that label's value, a block written
/// role over name. Blank rows, furniture and a `Paragrafer` label between
/// them (`Sekreterare` / `Paragrafer 26-38` / `Lotta Ek`) are passed over:
/// its value is a range, never a name.
fn under_signature_label(lines: &Classified<'_>, i: usize) -> bool {
    (0..i)
        .rev()
        .filter_map(|p| lines.get(p))
        .find(|p| {
            !matches!(p.class, LineClass::Blank | LineClass::Furniture(_))
                && !matches!(&p.class, LineClass::Label(x) if x.kind == LabelKind::Paragraphs)
        })
        .is_some_and(|p| {
            matches!(&p.class, LineClass::Label(x)
                if is_signature_kind(x.kind) && x.value.is_none())
        })
}

/// Whether row `i` stands right under `Underskrifter Sekreterare...`: the
/// role with its leaders is the label's value, and the name under it is
/// the secretary's, not a name over the role on the next line.
fn under_signatures_role(text: &str, lines: &Classified<'_>, i: usize) -> bool {
    // (A `Paragrafer` label between them is passed over, as in
    // [`under_signature_label`]: `Underskrifter Sekreterare` / `Paragrafer`
    // / `Catarina Modin` / `Ordförande`.)
    (0..i)
        .rev()
        .filter_map(|p| lines.get(p))
        .find(|p| {
            !matches!(p.class, LineClass::Blank | LineClass::Furniture(_))
                && !matches!(&p.class, LineClass::Label(x) if x.kind == LabelKind::Paragraphs && x.value.is_none())
        })
        .is_some_and(|p| match &p.class {
            // (The first pass's spans are into the whole text; the value
            // stops before the leaders.) A bare role word is the value too.
            LineClass::Label(x) if x.kind == LabelKind::Signatures => x.value.is_some_and(|v| {
                leaders_only_signature(slice(text, Span::new(v.start, p.line.span.end)))
                    || signature_role(slice(text, v)).is_some()
            }),
            _ => false,
        })
}

/// Signatures written name first with the role under it, in one or more
/// columns: `names` holds only names (with or without a party), `roles`
/// only meeting roles, as many as the names and starting in the same
/// columns. The people, each with the role under them.
fn signature_columns<'a>(text: &'a str, names: Span, roles: Span) -> Option<Vec<Person<'a>>> {
    let name_cells = cells(text, names);
    let role_cells = cells(text, roles);
    if name_cells.is_empty() || name_cells.len() != role_cells.len() || name_cells.len() > 4 {
        return None;
    }
    let mut out = Vec::new();
    for (n, r) in name_cells.iter().zip(&role_cells) {
        let col = |sp: &Span, line: Span| sp.start.saturating_sub(line.start);
        if col(n, names).abs_diff(col(r, roles)) > 3 {
            return None;
        }
        let role = signature_role(slice(text, *r))?;
        let cell = slice(text, *n);
        let m = persons(cell).next()?;
        let (whole, name) = (m.whole, m.name);
        if whole.start() != 0 || whole.end() != cell.trim_end().len() || !is_name(name.as_str()) {
            return None;
        }
        let start = n.start + name.start();
        out.push(Person {
            name: Cow::Borrowed(name.as_str()),
            party: m.party.map(|p| Cow::Borrowed(p.as_str())),
            role: Some(role.to_owned()),
            span: Span::new(start, start + name.as_str().len()),
            presence: Vec::new(),
        });
    }
    Some(out)
}

/// The names listed so far (the document's and this reading's people), of
/// two words or more, at most [`MAX_KNOWN`]: those a run of signatories is
/// cut at. Borrowed from the text, not copied.
fn known_names<'a>(doc: &Document<'a>, people: &[Person<'a>]) -> Vec<Cow<'a, str>> {
    doc.people
        .iter()
        .chain(people.iter())
        .map(|p| p.name.clone())
        .filter(|n| n.contains(' '))
        .take(MAX_KNOWN)
        .collect()
}

/// Signatures written name first with single spaces, in a row of names
/// over a row of their roles (`Astrid Ek Thor Lind Ulf Berg` / blank /
/// `sekreterare ordförande justerare`), row `k` the roles: the names row
/// is cut where names listed above stand, and read only when as many
/// names as roles fill it whole.
fn roles_under_run<'a>(
    text: &'a str,
    lines: &Classified<'_>,
    k: usize,
    doc: &Document<'a>,
    people: &[Person<'a>],
    runs: &mut usize,
) -> Option<Vec<Person<'a>>> {
    let l = lines.get(k)?;
    let row = slice(text, l.line.span).trim();
    if row.len() > 80 || !matches!(l.class, LineClass::Text | LineClass::Label(_)) {
        return None;
    }
    let roles: Vec<&'static str> = row
        .split_whitespace()
        .map(signature_role)
        .collect::<Option<Vec<_>>>()?;
    if !(2..=4).contains(&roles.len()) {
        return None;
    }
    // The names: the content row above, past blank rows.
    let above = (k.saturating_sub(3)..k)
        .rev()
        .filter_map(|j| lines.get(j))
        .find(|p| !matches!(p.class, LineClass::Blank))
        .filter(|p| matches!(p.class, LineClass::Text))?;
    *runs += 1;
    if *runs > MAX_KNOWN_RUNS {
        return None;
    }
    let known = known_names(doc, people);
    let run = above.line.span.trim(text);
    let names = names_in_run(text, run, &known);
    // Every word of the row is a name's.
    let covered: usize = names
        .iter()
        .map(|m| m.whole.as_str().split_whitespace().count())
        .sum();
    if names.len() != roles.len() || covered != slice(text, run).split_whitespace().count() {
        return None;
    }
    Some(
        names
            .into_iter()
            .zip(roles)
            .map(|(m, role)| Person {
                name: Cow::Borrowed(m.name.as_str()),
                party: m.party.map(|x| Cow::Borrowed(x.as_str())),
                role: Some(role.to_owned()),
                span: Span::new(m.name.start(), m.name.end()),
                presence: Vec::new(),
            })
            .collect(),
    )
}

/// A meeting role alone on a line, in lower case (`ordförande`, `vice
/// ordförande`, `1:e vice ordf`): written under a name in a list whose
/// cells stand one a line. A capitalized one may be a signature label.
fn role_under_name(line: &str) -> Option<&'static str> {
    let t = line.trim();
    if t.len() > 24 || !t.starts_with(|c: char| c.is_lowercase() || c.is_ascii_digit()) {
        return None;
    }
    let expanded = expand_role_words(&t.lower());
    MEETING_ROLES.iter().find(|&&r| r == expanded).copied()
}

/// A job title written after a name: one to four lower-case words
/// (`kommunchef`, `teknisk chef`, `kultur- och fritidschef`).
fn is_title_words(t: &str) -> bool {
    // Words that join or qualify names, not titles: `Anna Ek och Per
    // Berg`, `med Eva Lund som ersättare`, `utom § 47`, `del av § 80`.
    // Nor when someone came or left (`(kom kl 18.40)`, `gick kl`).
    let joining = [
        "och", "med", "samt", "som", "för", "utom", "del", "ej", "från", "till", "t", "tom", "via",
        "i", "på", "av", "kom", "gick", "kl",
    ];
    // (The tests are pure: the cheapest, the length, first.)
    t.len() < 48
        && t.chars().any(char::is_alphabetic)
        && !t
            .split_whitespace()
            .next()
            .is_some_and(|w| joining.contains(&w))
        && t.split_whitespace().count() <= 4
        && t.chars()
            .all(|c| c.is_lowercase() || matches!(c, ' ' | '-' | '.' | '/'))
        && (!t.contains(" och ") || t.contains("- och "))
}

/// Attendance and signatures on the front page: `Beslutande`,
/// `Tjänstgörande ersättare`, `Ersättare`, `Övriga närvarande`, `Utses att
/// justera`, and the `Underskrifter` block, whether each label has its value
/// beside it (continuing on the following lines), or all labels come first
/// and the values after them in the same order (flattened forms).
fn attendance<'a>(
    text: &'a str,
    lines: &Classified<'_>,
    front_end: usize,
    doc: &mut Document<'a>,
    row_labels: &RowLabels,
) {
    let mut people: Vec<Person<'a>> = Vec::new();
    // §-ranges of partial presence, by index in `people`.
    let mut ranges: Vec<(usize, RawRange)> = Vec::new();
    // Labels waiting for values (labels-first layout).
    let mut waiting: Vec<LabelKind> = Vec::new();
    // Flattened signature runs read so far: a front page has one or two.
    let mut sig_runs = 0usize;
    let mut k = 0;
    while k < front_end {
        let Some(l) = lines.get(k) else { break };
        let LineClass::Label(_) = &l.class else {
            // A group word opening a row, no label before it (`Tjänstemän
            // Ola Ek, kommundirektör` on the second page of a front page):
            // its list, and the rows of entries under it.
            if let Some(role) = waiting.is_empty().then(|| group_list(text, &l)).flatten() {
                let mut role =
                    people_in(text, role.1, role.0, &mut people, &mut ranges).unwrap_or(role.0);
                let mut j = k + 1;
                while j < front_end {
                    let Some(n) = lines.get(j) else { break };
                    let t = slice(text, n.line.span);
                    if list_row(text, &n) && is_attendance_entry(t) {
                        role = people_in(text, n.line.span, role, &mut people, &mut ranges)
                            .unwrap_or(role);
                    } else if !(matches!(n.class, LineClass::Blank) && t.trim().is_empty()) {
                        break;
                    }
                    j += 1;
                }
                k = j;
                continue;
            }
            if matches!(l.class, LineClass::Text) {
                // Signatures written name first with single spaces (`Astrid
                // Ek Thor Lind Ulf Berg` / `sekreterare ordförande
                // justerare`): the names line is cut where the names listed
                // above stand.
                if let Some(signed) = roles_under_run(text, lines, k, doc, &people, &mut sig_runs) {
                    people.extend(signed);
                    k += 1;
                    continue;
                }
                let line_text = slice(text, l.line.span);
                // A flattened signature block, or names for signature
                // labels that came first; not an attendance list behind its
                // label (`Beslutande Eva Ek (S), Ordförande Per Berg (C),
                // …`: its roles after commas are its people's).
                let list = row_labels
                    .leading_label(k, line_text)
                    .filter(|&(kind, _)| is_list_kind(kind));
                if list.is_none()
                    && flat_signatures(
                        text,
                        l.line.span,
                        &mut waiting,
                        &mut people,
                        doc,
                        &mut sig_runs,
                    )
                {
                    k += 1;
                    continue;
                }
                // An attendance label whose list ran on too long to be
                // read as its value (`Beslutande Leif Hansson (S) Jenny
                // …` in a flattened transcript).
                if let Some((kind, off)) = list {
                    let value = Span::new(l.line.span.start + off, l.line.span.end);
                    // Labels first, this one glued to the values of all.
                    let mut run: Vec<LabelKind> = waiting
                        .iter()
                        .copied()
                        .filter(|&x| is_list_kind(x))
                        .collect();
                    run.push(kind);
                    let role = run
                        .first()
                        .and_then(|&x| attendance_role(x))
                        .unwrap_or("ledamot");
                    let before = people.len();
                    let ranges_before = ranges.len();
                    people_in(text, value, role, &mut people, &mut ranges);
                    // The others' label over a list that opens with the
                    // meeting's chair, no member read before it (`Beslutande
                    // <place> Övriga deltagande Bertil Almgren, ordf Joakim
                    // Dahlgren …`: a transcript put the members' values after
                    // the next label): the members' list.
                    let member = |p: &Person<'_>| {
                        matches!(
                            p.role.as_deref(),
                            Some(
                                "ledamot"
                                    | "ordförande"
                                    | "vice ordförande"
                                    | "tjänstgörande ersättare"
                            )
                        )
                    };
                    if run == [LabelKind::OthersPresent]
                        && people
                            .get(before)
                            .is_some_and(|p| p.role.as_deref() == Some("ordförande"))
                        && !people.get(..before).unwrap_or(&[]).iter().any(member)
                    {
                        people.truncate(before);
                        ranges.truncate(ranges_before);
                        people_in(text, value, "ledamot", &mut people, &mut ranges);
                    }
                    if run.len() > 1 && run.contains(&LabelKind::Adjusters) {
                        adjusters_last(&mut people, before);
                    }
                    // The members' label and a substitutes' label first, one
                    // list after them (`Beslutande: Ej beslutande: Anna Ek
                    // (M), ordf … Eva Lund (V) Per Berg (M) …`).
                    let second = run
                        .iter()
                        .skip_while(|&&x| x != LabelKind::Members)
                        .find_map(|&x| {
                            matches!(x, LabelKind::Substitutes | LabelKind::ServingSubstitutes)
                                .then(|| attendance_role(x))
                                .flatten()
                        });
                    if let (Some(second), Some(listed)) = (second, people.get_mut(before..)) {
                        second_list_by_parties(listed, role, second);
                    }
                    waiting.clear();
                    k += 1;
                    continue;
                }
            }
            // Values of labels that came first, in order.
            if matches!(l.class, LineClass::Text) && !waiting.is_empty() {
                let kind = waiting.remove(0);
                // A signature's name stands alone; prose after the labels
                // (`Protokollet är justerat. …`, the next page) ends the
                // wait.
                if is_signature_kind(kind) && !names_only(slice(text, l.line.span)) {
                    waiting.clear();
                } else if let Some(role) = attendance_role(kind) {
                    people_in(text, l.line.span, role, &mut people, &mut ranges);
                }
            } else if !matches!(l.class, LineClass::Blank | LineClass::Furniture(_)) {
                waiting.clear();
            }
            k += 1;
            continue;
        };
        let line_text = slice(text, l.line.span);
        // The adjusters' label first, their names opening the value of the
        // justering's label or the signatures' after it (`Utses att
        // justera` / `Justeringens plats och tid` / `Underskrifter Gunilla
        // Berglund (C) Prästgatan 50 …`); the signatures are read after.
        if let LineClass::Label(x) = &l.class {
            if matches!(
                x.kind,
                LabelKind::AdjustmentPlaceAndTime | LabelKind::Signatures
            ) {
                let names = waiting
                    .iter()
                    .position(|&w| w == LabelKind::Adjusters)
                    .zip(x.value)
                    .and_then(|(at, v)| Some((at, v, leading_names_end(slice(text, v))?)));
                if let Some((at, v, end)) = names {
                    waiting.remove(at);
                    let names = Span::new(v.start, v.start + end);
                    people_in(text, names, "justerare", &mut people, &mut ranges);
                }
            }
        }
        // `Underskrifter` alone, each signature under a line written
        // `Name, role` (`____` / `Pär-Olof Stål, ordförande` / `____` /
        // `Laila Nabb, sekreterare`).
        if matches!(&l.class, LineClass::Label(x) if x.kind == LabelKind::Signatures && x.value.is_none())
        {
            let mut j = k + 1;
            let before = people.len();
            while let Some(n) = lines.get(j).filter(|_| j < front_end) {
                match n.class {
                    LineClass::Blank | LineClass::Furniture(_) => {}
                    LineClass::Text => {
                        let Some(p) = name_comma_role(text, n.line.span) else {
                            break;
                        };
                        people.push(p);
                    }
                    _ => break,
                }
                j += 1;
            }
            if people.len() > before {
                k = j;
                continue;
            }
        }
        // A flattened signature block cut into rows: read as the one run
        // it was, each role before its names or the roles first.
        if let Some((next, block)) = cut_signature_block(text, lines, k, front_end) {
            let pending = waiting_signatures(&waiting);
            read_signature_run(
                text,
                block,
                pending,
                &mut waiting,
                &mut people,
                doc,
                &mut sig_runs,
            );
            k = next;
            continue;
        }
        // A signature label with leaders and nothing else (`Sekreterare
        // ………`): its name comes under it. A role word that ended a text
        // line above (`… Förvaltningsjurist Sekreterare`, an official's
        // title in a column of its own) waits for no name.
        if !waiting.is_empty() && leaders_only_signature(line_text) {
            waiting.clear();
        }
        // Signatures written name first, the role under it, one or more
        // columns (`Anna Lindqvist      Per Sundberg` / `ordförande
        // justerare`): each name takes the role under it.
        // (Not a name that is the value of a signature label above it.)
        if let Some(signed) = k
            .checked_sub(1)
            .and_then(|p| lines.get(p))
            .filter(|p| matches!(p.class, LineClass::Text))
            .filter(|_| !under_signatures_role(text, lines, k - 1))
            // (Both are pure: the columns, read from two rows, first; the
            // block around them, up to 24 rows, only for a pair of them.)
            .and_then(|p| signature_columns(text, p.line.span, l.line.span))
            .filter(|_| names_over_roles(text, lines, k))
        {
            people.extend(signed);
            k += 1;
            continue;
        }
        // A flattened signature block behind a label (`Paragrafer
        // Sekreterare. Anna Ek Ordförande.. Per Berg Justerande.. Eva Lund`).
        // (The role words first: most label rows have none, and the label
        // before them is read only then.)
        if signature_word_iter(line_text).next().is_some()
            && !behind_list_label(line_text)
            && flat_signatures(
                text,
                l.line.span,
                &mut waiting,
                &mut people,
                doc,
                &mut sig_runs,
            )
        {
            k += 1;
            continue;
        }
        let computed: Vec<crate::Label>;
        let found: &[crate::Label] = match row_labels.get(k) {
            Some(f) => {
                debug_assert_eq!(f, crate::labels(line_text).collect::<Vec<_>>());
                f
            }
            None => {
                computed = crate::labels(line_text).collect();
                &computed
            }
        };
        // A label and its sub-label of the same kind over the list
        // (`Beslutande           Ledamöter` / `  Ingrid Andreae (S)` / …):
        // one label.
        let found = match found {
            [a, b] if a.kind == b.kind && a.value.is_none() && b.value.is_none() => {
                found.get(..1).unwrap_or(found)
            }
            _ => found,
        };
        let mut consumed = 0usize;
        // The second line of a label wrapped in its column (`Ej
        // tjänstgörande` / `ersättare`, `Justeringens` / `plats och tid` in
        // `-layout`): alone on its line, right under a line of label and
        // value cells that starts in the same column. Its value was on the
        // line above; it waits for none.
        let wrapped_tail = found.len() == 1
            && found.first().is_some_and(|x| x.value.is_none())
            && k.checked_sub(1)
                .and_then(|p| lines.get(p))
                .filter(|p| matches!(p.class, LineClass::Text | LineClass::Label(_)))
                .is_some_and(|p| {
                    let cs = cells(text, p.line.span);
                    let indent = |sp: Span, at: usize| at.saturating_sub(sp.start);
                    let own = line_text.len() - line_text.trim_start().len();
                    cs.len() >= 2
                        && cs
                            .first()
                            .is_some_and(|c| indent(p.line.span, c.start) == own)
                });
        if wrapped_tail {
            k += 1;
            continue;
        }
        for label in found {
            let Some(role) = attendance_role(label.kind) else {
                // `Underskrifter` titles the block of signature labels that
                // follow; it takes no value of its own from the values
                // after them.
                if label.value.is_none() && found.len() == 1 && label.kind != LabelKind::Signatures
                {
                    waiting.push(label.kind);
                }
                // `Underskrifter  Linnéa Hed, sekreterare` and the signatures
                // under it: the people whose role is written after the name.
                if label.kind == LabelKind::Signatures {
                    if let Some(v) = label.value.map(|v| v.offset(l.line.span.start)) {
                        let mut found_people = Vec::new();
                        people_in(text, v, "", &mut found_people, &mut Vec::new());
                        let mut j = k + 1;
                        while let Some(n) = lines.get(j) {
                            let t = slice(text, n.line.span);
                            match n.class {
                                LineClass::Blank => {}
                                LineClass::Text if t.starts_with(' ') => {
                                    people_in(
                                        text,
                                        n.line.span,
                                        "",
                                        &mut found_people,
                                        &mut Vec::new(),
                                    );
                                }
                                _ => break,
                            }
                            j += 1;
                        }
                        people.extend(
                            found_people
                                .into_iter()
                                .filter(|p| p.role.as_deref() != Some("")),
                        );
                    }
                }
                continue;
            };
            let value = label
                .value
                .map(|v| v.offset(l.line.span.start))
                .filter(|v| slice(text, *v).chars().any(char::is_alphabetic));
            // A role under a name (`Leif Hammar (S)` / `Ordförande` / `Eva
            // Lundmark` / `Sekreterare`): a signature written name first,
            // the next line is not its value.
            // Not when the name is itself the value of a signature label
            // above it (`Sekreterare` / `Lotta Ek` / `Ordförande`: role
            // over name).
            let role_above = k.checked_sub(1).is_some_and(|p| {
                under_signature_label(lines, p) || under_signatures_role(text, lines, p)
            });
            let name_before = value.is_none()
                && !role_above
                && k.checked_sub(1)
                    .and_then(|p| lines.get(p))
                    .filter(|p| matches!(p.class, LineClass::Text))
                    .is_some_and(|p| {
                        crate::segment::signature_pair(
                            slice(text, p.line.span).trim(),
                            line_text.trim(),
                        )
                    });
            // Unless the label's own value stands under it, a name not
            // followed by a role (`Beslutande  Anna Ek (S)` / `  Carl Berg
            // (FP)` / `Justerare` / `Per Ek (M)`): a list's last line above
            // it, the label over its value.
            let name_before = name_before && !value_under(text, lines, k, front_end);
            if name_before {
                continue;
            }
            match value {
                // Labels first, the adjusters' label glued to the values of
                // both (`Övriga deltagare:` / `Utses att justera: Teknisk
                // chef Jan Ek, sekreterare Eva Berg, … Delshad Saleh`): the
                // others present come first, the justerare last. (Only
                // after the others' label, and more names than two
                // justerare: `Ordinarie Ersättare Utses att justera` heads
                // the justerare's own columns.)
                Some(v)
                    if label.kind == LabelKind::Adjusters
                        && waiting.contains(&LabelKind::OthersPresent)
                        && listed_persons(slice(text, v)).len() > 2 =>
                {
                    let before = people.len();
                    people_in(text, v, "övrig", &mut people, &mut ranges);
                    adjusters_last(&mut people, before);
                    waiting.clear();
                }
                Some(v) => {
                    // The members' label first, the substitutes' glued to
                    // the one list of both (`Beslutande:` / `Ej beslutande:
                    // Anna Ek (M), ordf …`): told apart by their parties.
                    let members_first = matches!(
                        label.kind,
                        LabelKind::Substitutes | LabelKind::ServingSubstitutes
                    ) && waiting.last() == Some(&LabelKind::Members)
                        && line_text.contains(':');
                    let before = people.len();
                    // A list kept elsewhere (`Beslutande  Enligt
                    // förteckning`): the lines under it are the next
                    // label's, centred beside them in its cell (`Christer
                    // Ek, Nihab § 313` / … / `Övriga deltagande  Mats
                    // Törnquist, kommundirektör`).
                    let centred = (label.kind == LabelKind::Members
                        && kept_elsewhere(slice(text, v)))
                    .then(|| {
                        (k + 1..front_end)
                            .filter_map(|j| lines.get(j))
                            .find_map(|n| match n.class {
                                LineClass::Label(x) => Some(x.kind),
                                _ => None,
                            })
                    })
                    .flatten()
                    .filter(|&x| crate::headings::lists_people_present(x))
                    .and_then(attendance_role);
                    let listed_role = match centred {
                        Some(r) => r,
                        None if members_first => "ledamot",
                        None => role,
                    };
                    // The lines of the list go on under the role a group
                    // word or a second label switched to.
                    let mut role = people_in(text, v, listed_role, &mut people, &mut ranges)
                        .unwrap_or(centred.unwrap_or(role));
                    if members_first {
                        waiting.pop();
                        if let Some(listed) = people.get_mut(before..) {
                            second_list_by_parties(listed, "ledamot", role);
                        }
                    }
                    // Continuation lines: under the value column, or after a
                    // value that ends in a comma (reflowed text).
                    let mut j = k + 1;
                    let mut open = slice(text, v).trim_end().ends_with([',', ';']);
                    // Names without parties, one a line, the first beside
                    // the label (`Beslutande Maidie Wiklund` / `Robert
                    // Uitto` / `Mona Nyberg`, reflowed text): each line
                    // that is a name alone goes on with the list.
                    let one_a_line =
                        is_list_kind(label.kind) && is_bare_name(slice(text, v).trim());
                    // A line of the list: text, or a short line the first
                    // pass took for a sub-heading (`Peter Ek, bitr.
                    // socialchef` after a blank line).
                    let listed = |n: &ClassifiedLine| list_row(text, n);
                    // A group word alone on its line (`Tjänstemän`) goes on
                    // with the list under its role.
                    let group_line = |t: &str| {
                        let t = t.trim().trim_end_matches(':');
                        (t.len() <= 16).then(|| group_role(&t.lower())).flatten()
                    };
                    while let Some(n) = lines.get(j) {
                        let t = slice(text, n.line.span);
                        if let Some(g) = group_line(t).filter(|_| listed(&n)) {
                            role = g;
                            j += 1;
                        } else if listed(&n)
                            && (t.starts_with(' ')
                                || open
                                || is_attendance_entry(t)
                                || one_a_line && is_bare_name(t.trim()))
                        {
                            role = people_in(text, n.line.span, role, &mut people, &mut ranges)
                                .unwrap_or(role);
                            open = t.trim_end().ends_with([',', ';']);
                            j += 1;
                        } else if matches!(n.class, LineClass::Blank)
                            && row_after(lines, j, front_end, |c| matches!(c, LineClass::Blank))
                                .is_some_and(|x| {
                                    let xt = slice(text, x.line.span);
                                    listed(&x)
                                        && (is_attendance_entry(xt) || group_line(xt).is_some())
                                })
                        {
                            // Blank lines between the lines of one list
                            // (transcripts put one after every line).
                            j += 1;
                        } else if matches!(n.class, LineClass::Furniture(_) | LineClass::Blank)
                            && row_after(lines, j, front_end, |c| {
                                matches!(c, LineClass::Blank | LineClass::Furniture(_))
                            })
                            .is_some_and(|x| {
                                let xt = slice(text, x.line.span);
                                listed(&x) && xt.starts_with(' ') && is_attendance_entry(xt)
                            })
                        {
                            // A page break inside the list: its footer and
                            // the next page's header, then the list goes on
                            // under the value column.
                            j += 1;
                        } else {
                            break;
                        }
                    }
                    consumed = j - k - 1;
                }
                None if found.len() == 1
                    && (label.layout == crate::LabelLayout::Alone
                        || label.layout == crate::LabelLayout::Colon
                            && line_text.trim_end().ends_with(':')) =>
                {
                    // Values on the following lines, one or more, up to a
                    // blank line or the next label; unless labels follow
                    // (all labels first, values after in the same order).
                    let next =
                        (k + 1..front_end).find(|&j| lines.get(j).is_some_and(|l| is_content(&l)));
                    let next_label = next.and_then(|j| lines.get(j)).and_then(|n| match n.class {
                        LineClass::Label(x) => Some(x),
                        _ => None,
                    });
                    // `Närvarande:` over `Ledamöter:`: a title over labels
                    // of its own kind, with no values of its own.
                    if next_label.is_some_and(|x| x.kind == label.kind) {
                        continue;
                    }
                    // `Övriga närvarande` over `Ersättare` over one person a
                    // line (then `Tjänstemän` and theirs): a title over the
                    // lists under it, not the first of labels whose values
                    // come after them all.
                    let over_sublist = label.kind == LabelKind::OthersPresent
                        && waiting.is_empty()
                        && next_label.is_some_and(|x| {
                            matches!(
                                x.kind,
                                LabelKind::Substitutes | LabelKind::ServingSubstitutes
                            ) && x.value.is_none()
                        })
                        // (One of the first two lines under it: the first
                        // may be a name run together, `ÅkeTärntoft (C)`.)
                        && next.is_some_and(|j| {
                            (j + 1..front_end)
                                .filter_map(|i| lines.get(i))
                                .filter(is_content)
                                .take(2)
                                .take_while(|n| matches!(n.class, LineClass::Text))
                                .any(|n| is_attendance_entry(slice(text, n.line.span)))
                        });
                    if over_sublist {
                        continue;
                    }
                    let labels_follow = next_label.is_some();
                    if labels_follow || !waiting.is_empty() {
                        waiting.push(label.kind);
                    } else {
                        // Signatories are cut where names listed above stand
                        // (`Tony Ek Lena Holm` under `Justerande`).
                        let searched = is_signature_kind(label.kind) && {
                            sig_runs += 1;
                            sig_runs <= MAX_KNOWN_RUNS
                        };
                        // (The names borrowed from the text, not copied.)
                        let known = if searched {
                            known_names(doc, &people)
                        } else {
                            Vec::new()
                        };
                        let mut j = k + 1;
                        // The line the last person was read from.
                        let mut last_person_line: Option<usize> = None;
                        // Inside a page break (its footer, the next page's
                        // header, blank lines among them): the values go
                        // on after it.
                        let mut page_break = false;
                        while let Some(n) = lines.get(j) {
                            // A role alone under a name (`Anna Berg (S)` /
                            // `ordförande` / `Per Ek (M)` / `vice
                            // ordförande`, a table's cells one a line): the
                            // role of the person above, not a new label.
                            if !is_signature_kind(label.kind)
                                && last_person_line.is_some_and(|p| p + 1 == j)
                            {
                                if let Some(r) = role_under_name(slice(text, n.line.span)) {
                                    if let Some(p) = people.last_mut() {
                                        p.role = Some(r.to_owned());
                                    }
                                    j += 1;
                                    continue;
                                }
                            }
                            // After a page break only the list's own lines
                            // go on with it (under the value column).
                            if page_break && matches!(n.class, LineClass::Text) && {
                                let t = slice(text, n.line.span);
                                !(t.starts_with(' ') && is_attendance_entry(t))
                            } {
                                break;
                            }
                            match n.class {
                                LineClass::Text if !known.is_empty() => {
                                    let mut queue = vec![label.kind];
                                    signature_run(
                                        text,
                                        n.line.span,
                                        &mut queue,
                                        &known,
                                        &mut people,
                                    );
                                }
                                LineClass::Text => {
                                    let before = people.len();
                                    people_in(text, n.line.span, role, &mut people, &mut ranges);
                                    last_person_line = (people.len() == before + 1).then_some(j);
                                }
                                LineClass::Blank
                                    if j == k + 1
                                        || page_break
                                        || page_break_ahead(lines, j, front_end) => {}
                                LineClass::Furniture(f) => page_break |= page_furniture(f),
                                _ => break,
                            }
                            if matches!(n.class, LineClass::Text) {
                                page_break = false;
                            }
                            j += 1;
                        }
                        consumed = j - k - 1;
                    }
                }
                None => {
                    // `Sekreterare ......` with the name on the next line
                    // (after a blank line where every line is followed by
                    // one).
                    let next = if lines
                        .get(k + 1)
                        .is_some_and(|n| n.class == LineClass::Blank)
                    {
                        k + 2
                    } else {
                        k + 1
                    };
                    // (A signature's name line, not prose: `Protokollet
                    // är justerat …`. A list's entries hold roles.)
                    if let Some(n) = lines.get(next).filter(|n| {
                        let t = slice(text, n.line.span);
                        matches!(n.class, LineClass::Text)
                            && (!is_signature_kind(label.kind) || names_only(t))
                            // A name alone between blank lines, taken for
                            // a heading (text with a blank line after every
                            // line: `Sekreterare ...` / `` / `Karin Höglund`).
                            || matches!(n.class, LineClass::SectionHeading(_))
                                && is_signature_kind(label.kind)
                                && is_bare_name(t.trim())
                    }) {
                        // A later label on the line (`Justerade paragrafer`
                        // in the next column) owns the cells under it: its
                        // `§§ 45–49` is no presence of the name.
                        let column = found
                            .iter()
                            .map(|x| x.label.start)
                            .find(|&c| c > label.label.start);
                        let span = match column {
                            Some(c) => cells(text, n.line.span)
                                .into_iter()
                                .filter(|sp| sp.start.saturating_sub(n.line.span.start) < c)
                                .reduce(|a, b| Span::new(a.start, b.end))
                                .unwrap_or(n.line.span),
                            None => n.line.span,
                        };
                        let before = people.len();
                        people_in(text, span, role, &mut people, &mut ranges);
                        if people.len() > before {
                            consumed = next - k;
                        }
                    }
                }
            }
        }
        k += 1 + consumed;
    }
    // Signatures at the end of the protocol, after the last § (`Anna Berg
    // (S)      Per Ek (M)` / `Ordförande      Justerare`), written name
    // first: the same blocks as on the front page.
    if let Some(last) = (front_end..lines.len())
        .rev()
        .find(|&i| lines.is_paragraph_heading(i))
    {
        for k in last + 1..lines.len() {
            // (Only whether the row is blank or furniture is asked of its
            // class: the tag says.)
            let Some(l) = lines.line(k).map(|_| lines.at_or_text(k)) else {
                break;
            };
            if matches!(l.class, LineClass::Blank | LineClass::Furniture(_))
                || !starts_with_role_word(text, l.line.span)
                || signature_line(text, l.line.span) != Some(SignatureLine::Roles)
            {
                continue;
            }
            if let Some(signed) = k
                .checked_sub(1)
                .and_then(|p| lines.get(p))
                .filter(|p| !matches!(p.class, LineClass::Blank | LineClass::Furniture(_)))
                .and_then(|p| signature_columns(text, p.line.span, l.line.span))
                .filter(|_| names_over_roles(text, lines, k))
            {
                people.extend(signed);
            }
        }
    }
    // Partial presence, resolved against the meeting's first and last §.
    if !ranges.is_empty() {
        let first = doc.paragraphs.iter().map(|p| p.number).min();
        let last = doc.paragraphs.iter().map(|p| p.number).max();
        ranges.sort_by_key(|&(i, _)| i);
        let mut k = 0;
        while let Some(&(i, _)) = ranges.get(k) {
            let raw: Vec<RawRange> = ranges
                .get(k..)
                .unwrap_or(&[])
                .iter()
                .take_while(|&&(j, _)| j == i)
                .map(|&(_, r)| r)
                .collect();
            k += raw.len();
            if let Some(p) = people.get_mut(i) {
                p.presence = crate::presence::resolve(&raw, first, last);
            }
        }
    }
    people.retain(|p| p.role.as_deref() != Some(ABSENT));
    // `övrig` says only that someone was there: not of one who has another
    // role on the page (a member's name read again among the others
    // present, a value of labels written first: `Övriga deltagande Utses att
    // justera … Eva Ek`).
    if people.iter().any(|p| p.role.as_deref() == Some("övrig")) {
        // (The names borrow the text: no copies. A few dozen are compared
        // in place, a list of thousands through a set.)
        let roled: Vec<Cow<'a, str>> = doc
            .people
            .iter()
            .chain(people.iter())
            .filter(|p| p.role.as_deref().is_some_and(|r| r != "övrig"))
            .map(|p| p.name.clone())
            .collect();
        if roled.len() <= SMALL_PEOPLE {
            people.retain(|p| p.role.as_deref() != Some("övrig") || !roled.contains(&p.name));
        } else {
            let set: std::collections::HashSet<&str> = roled.iter().map(|n| n.as_ref()).collect();
            people.retain(|p| p.role.as_deref() != Some("övrig") || !set.contains(p.name.as_ref()));
        }
    }
    // A person's party written once is theirs on every line (the justerare
    // and signatories are often named without it).
    // A front page names a few dozen people: they are compared in place
    // (no map, no copied names); a list of thousands is hashed.
    if doc.people.len() + people.len() <= SMALL_PEOPLE {
        // The party of the last person of that name who has one (what the
        // map below keeps): a party filled in here is that same party.
        for i in 0..people.len() {
            if people.get(i).is_some_and(|p| p.party.is_none()) {
                let name = people.get(i).map(|p| p.name.clone()).unwrap_or_default();
                let party = doc
                    .people
                    .iter()
                    .chain(people.iter())
                    .rev()
                    .find(|q| q.party.is_some() && q.name == name)
                    .and_then(|q| q.party.clone());
                if let Some(p) = people.get_mut(i) {
                    p.party = party;
                }
            }
        }
        // The set below is the (name, role) pairs of `doc.people`.
        for p in people {
            if !doc
                .people
                .iter()
                .any(|q| q.name == p.name && q.role == p.role)
            {
                doc.people.push(p);
            }
        }
        return;
    }
    let parties: std::collections::HashMap<String, Cow<'a, str>> = doc
        .people
        .iter()
        .chain(people.iter())
        .filter_map(|p| Some((p.name.to_string(), p.party.clone()?)))
        .collect();
    for p in people.iter_mut().filter(|p| p.party.is_none()) {
        p.party = parties.get(p.name.as_ref()).cloned();
    }
    // De-duplicate by (name, role) with a set: a list of thousands of
    // names must not cost a scan per name.
    let mut seen: std::collections::HashSet<(String, Option<String>)> = doc
        .people
        .iter()
        .map(|q| (q.name.to_string(), q.role.clone()))
        .collect();
    for p in people {
        if seen.insert((p.name.to_string(), p.role.clone())) {
            doc.people.push(p);
        }
    }
}

/// At most this many people (those found before and those read now) are
/// de-duplicated by comparing them in place rather than through a hash set.
const SMALL_PEOPLE: usize = 64;

/// The signatory of an extract's certification (`Rätt utdraget intygar:
/// Eva Lindqvist, nämndsekreterare`, or the name and title on the lines
/// under `Rätt utdraget betygar`), with the title as the role.
fn certifier<'a>(text: &'a str, lines: &Classified<'_>, doc: &mut Document<'a>) {
    // (Only a label row's class is read.)
    for k in (0..lines.len()).filter(|&k| lines.may_be_label(k)) {
        let l = lines.at(k);
        let LineClass::Label(label) = &l.class else {
            continue;
        };
        if label.kind != LabelKind::Certification {
            continue;
        }
        // The value on the line: "[Rätt utdraget intygar:] Name, title".
        if let Some(v) = label.value {
            let vs = slice(text, v);
            let after = vs.rfind(':').map_or(0, |c| c + 1);
            let rest = vs.get(after..).unwrap_or("");
            let mut parts = rest.split(',');
            let (name, title) = (
                parts.next().unwrap_or("").trim(),
                parts.next().unwrap_or("").trim(),
            );
            if is_name(name) && is_title_words(title) {
                let start = v.start + after + (rest.len() - rest.trim_start().len());
                push_person(doc, name, title.lower(), start);
                continue;
            }
        }
        // A name line and a title line under the label.
        let next: Vec<ClassifiedLine> = lines
            .range(k + 1, lines.len())
            .filter(is_content)
            .take(2)
            .collect();
        if let [a, b] = next.as_slice() {
            let (name, role) = (
                slice(text, a.line.span).trim(),
                slice(text, b.line.span).trim(),
            );
            if matches!(a.class, LineClass::Text) && is_name(name) && is_role(role) {
                let start = a.line.span.trim(text).start;
                push_person(doc, name, role.lower(), start);
            }
        }
    }
}

/// Adds a person (no party) unless the same name and role are listed.
fn push_person<'a>(doc: &mut Document<'a>, name: &'a str, role: String, start: usize) {
    if doc
        .people
        .iter()
        .any(|p| p.name == name && p.role.as_deref() == Some(role.as_str()))
    {
        return;
    }
    doc.people.push(Person {
        name: Cow::Borrowed(name),
        party: None,
        role: Some(role),
        span: Span::new(start, start + name.len()),
        presence: Vec::new(),
    });
}

/// Whether `s` is one column: no tab and no run of three white-space
/// characters between its words (the column gaps of [`cells`] and
/// [`crate::labels`]).
fn one_column(s: &str) -> bool {
    let t = crate::span::trim(s);
    let b = t.as_bytes();
    // One pass over the bytes; only a lead byte that can begin white space
    // outside ASCII is decoded, and eight bytes that hold no column gap
    // (`headings::inside_column`) are passed over at once outside a run of
    // white space.
    let mut run = 0;
    let mut i = 0;
    while let Some(&c) = b.get(i) {
        if run == 0 && crate::headings::inside_column(b, i) {
            i += 8;
            continue;
        }
        let (white, n) = match c {
            b'\t' => return false,
            b'\n'..=b'\r' | b' ' => (true, 1),
            // (A lead byte starts a character.)
            0xC2 | 0xE1..=0xE3 => {
                let ch = t.get(i..).and_then(|r| r.chars().next());
                (
                    ch.is_some_and(char::is_whitespace),
                    ch.map_or(1, char::len_utf8),
                )
            }
            _ => (false, 1),
        };
        if white {
            run += 1;
            if run >= 3 {
                return false;
            }
        } else {
            run = 0;
        }
        i += n;
    }
    true
}

/// The cells of a row: its pieces between tabs or runs of three or more
/// spaces, each trimmed.
///
/// A cell's words are a few bytes apart: the next space or tab is looked
/// for in the eight bytes after a word's start at once (a vectorized
/// search called once per space cost more than it saved), and only a
/// longer run without one is handed to `memchr2` (a line of megabytes
/// without a gap stays one vectorized scan). The list starts with room
/// for four cells.
fn cells(text: &str, line: Span) -> Vec<Span> {
    let mut out = Vec::with_capacity(4);
    out.extend(Cells::new(text, line));
    out
}

/// The cells of a row as [`cells`] lists them, one at a time: a reader
/// that needs only the first cells, or whether there is more than one,
/// stops there and allocates nothing.
struct Cells<'t> {
    text: &'t str,
    line: Span,
    /// The row's bytes.
    b: &'t [u8],
    /// The position in the row.
    i: usize,
}

impl<'t> Cells<'t> {
    fn new(text: &'t str, line: Span) -> Self {
        let b = slice(text, line).as_bytes();
        Cells {
            text,
            line,
            b,
            i: 0,
        }
    }
}

impl Iterator for Cells<'_> {
    type Item = Span;

    fn next(&mut self) -> Option<Span> {
        let (text, line, b) = (self.text, self.line, self.b);
        let mut i = self.i;
        let mut start: Option<usize> = None;
        while let Some(&c) = b.get(i) {
            if c != b' ' && c != b'\t' {
                start.get_or_insert(i);
                // The next space or tab (or the end).
                i = match next_blank_in_word(b.get(i + 1..).unwrap_or(&[])) {
                    Some(k) => i + 1 + k,
                    None => b.len(),
                };
                continue;
            }
            let gap = c == b'\t' || (b.get(i + 1) == Some(&b' ') && b.get(i + 2) == Some(&b' '));
            if gap {
                let (st, end) = (start.take(), i);
                while matches!(b.get(i), Some(b' ' | b'\t')) {
                    i += 1;
                }
                if let Some(st) = st {
                    self.i = i;
                    return Some(Span::new(line.start + st, line.start + end).trim(text));
                }
            } else {
                i += 1;
            }
        }
        self.i = b.len();
        start.map(|st| Span::new(line.start + st, line.end).trim(text))
    }
}

/// The offset of the first space or tab in `b`: the first eight bytes as
/// one word (a byte equal to the space or the tab has its high bit set by
/// the zero-byte test; the lowest such byte is always a true one), the
/// rest by `memchr2`.
#[inline]
fn next_blank_in_word(b: &[u8]) -> Option<usize> {
    const ONES: u64 = u64::from_le_bytes([1; 8]);
    const HIGH: u64 = u64::from_le_bytes([0x80; 8]);
    let zero = |v: u64| v.wrapping_sub(ONES) & !v & HIGH;
    if let Some(head) = b.get(..8) {
        let x = <[u8; 8]>::try_from(head).map_or(0, u64::from_le_bytes);
        let m = zero(x ^ (ONES * u64::from(b' '))) | zero(x ^ (ONES * u64::from(b'\t')));
        if m != 0 {
            return Some(m.trailing_zeros() as usize / 8);
        }
        return memchr::memchr2(b'\t', b' ', b.get(8..).unwrap_or(&[])).map(|k| k + 8);
    }
    b.iter().position(|&c| c == b' ' || c == b'\t')
}

/// [`cells`] as it was (a `memchr2` search per space).
#[cfg(test)]
fn cells_memchr(text: &str, line: Span) -> Vec<Span> {
    let s = slice(text, line);
    let b = s.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    let mut start: Option<usize> = None;
    // From one space or tab to the next (a vectorized search): a tab or
    // three spaces end a cell, one or two spaces are inside it.
    while i < b.len() {
        let Some(j) = b
            .get(i..)
            .and_then(|r| memchr::memchr2(b'\t', b' ', r))
            .map(|k| i + k)
        else {
            if start.is_none() {
                start = Some(i);
            }
            break;
        };
        if j > i && start.is_none() {
            start = Some(i);
        }
        let gap = b.get(j) == Some(&b'\t')
            || (b.get(j + 1) == Some(&b' ') && b.get(j + 2) == Some(&b' '));
        if gap {
            if let Some(st) = start.take() {
                out.push(Span::new(line.start + st, line.start + j).trim(text));
            }
            i = j;
            while matches!(b.get(i), Some(b' ' | b'\t')) {
                i += 1;
            }
        } else {
            i = j + 1;
        }
    }
    if let Some(st) = start {
        out.push(Span::new(line.start + st, line.end).trim(text));
    }
    out
}

/// Words before an organ name that say it is the addressee or the subject
/// of a notice, not part of the name.
const ORGAN_PREFIXES: &[&str] = &[
    "kallelse till ",
    "till ",
    "mottagare: ",
    "mottagare ",
    "utdrag ur ",
    // A document kind word before the body (`Protokoll. Barn- och
    // ungdomsnämnden` in a transcript's site title).
    "protokoll. ",
    "protokoll ",
    "sammanträdesprotokoll ",
    // Site chrome of transcripts (FORMATS.md section 1).
    "download ",
    "ladda ner ",
    "transkript ",
];

/// A deciding body named by `phrase`, in normal case: `Socialnämnden`,
/// `Vård- och omsorgsnämnden`, `Ekbacka stadsdelsnämnd`, `Direktionen`.
/// Not an administration (`-förvaltningen`, `-kontoret`), and not a phrase
/// that only ends in an organ (`Delegationsordning för kommunstyrelsen`).
fn deciding_body(phrase: &str) -> Option<String> {
    if phrase.len() > 200 {
        return None;
    }
    // (`str::trim`, the ASCII ends read on bytes: asked of many cells.)
    let field = strip_field_name(crate::span::trim(
        crate::span::trim(phrase).trim_end_matches(':'),
    ));
    let mut p = strip_municipality(field);
    // The body beside its municipality may be written in lower case
    // (`Hässleholms kommun, omsorgsnämnden`).
    if p.len() != field.len() && p.starts_with(char::is_lowercase) {
        return deciding_body(&sentence_case(p));
    }
    // Asked of many cells and lines: nothing here allocates before the
    // phrase has passed the cheap tests.
    // (Every prefix opens with a lower-case ASCII letter: a phrase opening
    // with another ASCII byte, either case, is not compared with it.)
    let opens = |pre: &str| match p.as_bytes().first() {
        Some(f) if f.is_ascii() => pre.as_bytes().first() == Some(&f.to_ascii_lowercase()),
        _ => true,
    };
    if let Some(pre) = ORGAN_PREFIXES
        .iter()
        .find(|pre| opens(pre) && p.get(..pre.len()).is_some_and(|h| lower_eq(h, pre)))
    {
        p = p.get(pre.len()..).unwrap_or("").trim();
    }
    if !may_be_deciding_body(p) {
        return None;
    }
    // A field's name alone is no body (`Nämnd`, `Styrelse` over the value
    // in a notice block or a page header).
    if ["nämnd", "styrelse", "utskott", "direktion"]
        .iter()
        .any(|w| lower_eq(p, w))
    {
        return None;
    }
    // (And the verbs of a notice's sentence: `Protokollet har anmälts hos
    // kommunstyrelsen` names no body of its own.)
    let function_words = [
        "för", "om", "av", "med", "från", "i", "på", "till", "vid", "att", "den", "det", "hos",
        "har", "är",
    ];
    // (No function word is longer than five bytes, no dash than three:
    // the length settles most words.)
    // (A phrase of more than 80 bytes or six words is none: the words are
    // not read on past that.)
    if p.len() > 80 {
        return None;
    }
    let (mut count, mut last, mut function, mut dash) = (0usize, "", false, false);
    for w in p.split_whitespace() {
        count += 1;
        if count > 6 {
            return None;
        }
        last = w;
        if w.len() <= 5 {
            function |= function_words.contains(&w);
            dash |= matches!(w, "-" | "–" | "—");
        }
    }
    if count == 0 {
        return None;
    }
    // A dash between words joins a title to its body (`Förvaltningschefen
    // informerar - utbildningsnämnden`); a name has none.
    if dash {
        return None;
    }
    if named_for(p) {
        return Some(capitalize(p));
    }
    if function {
        return None;
    }
    // The last word's lower case against the endings: an ASCII word is
    // compared in place, ignoring ASCII case (its lower case is ASCII, so
    // an ending with `ö` is not its, as the bytes compared say), any other
    // word lower-cased.
    let lowered = (!last.is_ascii()).then(|| last.lower());
    let ends = |ending: &str| match &lowered {
        Some(l) => l.ends_with(ending),
        None => last
            .len()
            .checked_sub(ending.len())
            .and_then(|k| last.as_bytes().get(k..))
            .is_some_and(|t| t.eq_ignore_ascii_case(ending.as_bytes())),
    };
    let administration = [
        "förvaltningen",
        "förvaltning",
        "kontoret",
        "kontor",
        "enheten",
        "avdelningen",
    ];
    if administration.iter().any(|a| ends(a)) {
        return None;
    }
    let indefinite = ["nämnd", "styrelse", "fullmäktige", "direktion", "utskott"];
    let starts_upper = p.chars().next().is_some_and(char::is_uppercase);
    // (A numbered caption ending in an organ, `Bilaga 1. Kommunfullmäktiges
    // protokoll`, names none: an organ's name has no digit or full stop.)
    // (`. ` looked for at each full stop: a `str::contains` builds a
    // searcher per call.)
    let plain = !p.bytes().any(|b| b.is_ascii_digit())
        && !memchr::memchr_iter(b'.', p.as_bytes()).any(|i| p.as_bytes().get(i + 1) == Some(&b' '));
    if plain
        && (is_organ_name(p) || (starts_upper && count <= 4 && indefinite.iter().any(|s| ends(s))))
    {
        Some(capitalize(p))
    } else {
        None
    }
}

/// A cheap test that [`deciding_body`] can find a body in `p` (its phrase
/// after the prefixes): the phrase is named for a field (`Nämnden för …`,
/// which opens with an ASCII capital N, S or U), or it ends in an organ
/// suffix (the last byte, after the marks [`crate::is_organ_name`] trims,
/// an ASCII n, e, t or a), or its last word ends in one of the indefinite
/// forms (nämnd, styrelse, fullmäktige, direktion, utskott: d, e, n or t).
/// No character outside ASCII lower-cases to those letters.
#[inline]
fn may_be_deciding_body(p: &str) -> bool {
    let lower_last = |s: &str| s.as_bytes().last().map(u8::to_ascii_lowercase);
    let organ_end = crate::span::trim(p)
        .trim_end_matches(':')
        .trim_end()
        .trim_end_matches([':', ',', '.']);
    matches!(p.as_bytes().first(), Some(b'N' | b'S' | b'U'))
        || matches!(lower_last(organ_end), Some(b'n' | b'e' | b't' | b'a'))
        || matches!(lower_last(p), Some(b'd' | b'e' | b'n' | b't'))
}

/// An organ name of the vocabulary ([`crate::is_organ_name`]), or one
/// named for its field: `Nämnden för kultur`, `Styrelsen för
/// Intraservice`, `Utskottet för hållbar utveckling` (the body first, the
/// field after `för`).
fn is_organ_name(phrase: &str) -> bool {
    crate::headings::is_organ_name(phrase) || named_for(phrase)
}

/// `Nämnden för …`, `Styrelsen för …`, `Utskottet för …`: at most eight
/// words, no digit, and no preposition after the `för` (a title such as
/// "Nämnden för kultur om budget" is none).
fn named_for(phrase: &str) -> bool {
    // The second word is `för`: a phrase without those bytes (most names
    // and lines it is asked of) is none.
    let b = phrase.as_bytes();
    if !memchr::memchr_iter(b'f', b).any(|i| b.get(i..i + 4) == Some("för".as_bytes())) {
        return false;
    }
    let p = phrase.trim().trim_end_matches(':').trim_end();
    if p.len() > 80 || !p.chars().next().is_some_and(char::is_uppercase) {
        return false;
    }
    let mut words = p.split_whitespace();
    let (Some(head), Some("för")) = (words.next(), words.next()) else {
        return false;
    };
    if !["nämnden", "styrelsen", "utskottet"].contains(&head.lower().as_str()) {
        return false;
    }
    let rest: Vec<&str> = words.collect();
    !rest.is_empty()
        && rest.len() <= 6
        && rest.iter().all(|w| {
            !w.bytes().any(|b| b.is_ascii_digit())
                && !matches!(
                    *w,
                    "av" | "på" | "från" | "om" | "med" | "vid" | "att" | "i" | "till" | "för"
                )
                && w.chars().all(|c| c.is_alphabetic() || c == '-')
        })
}

/// Whether the municipality named at `at` in `line` is a person's
/// affiliation in a list entry (see [`is_affiliation_title`]).
fn is_affiliation(line: &str, at: usize) -> bool {
    let mut words = line.get(..at).unwrap_or("").split_whitespace().rev();
    let title = words.next();
    // A party in parentheses closing a person's name: a municipality right
    // after it is the member's own (`Adjungerade Jana Nilsson (S) Varbergs
    // kommun`, a joint body's list), not the author.
    if title.is_some_and(crate::segment::party) {
        return true;
    }
    let (Some(title), Some(before)) = (title, words.next()) else {
        return false;
    };
    is_affiliation_title(title, before)
}

/// A lower-case title right before a municipality's name, itself after the
/// comma that closes a person's name (`Tomas Ek, Ph.D, utredare Kalix
/// kommun`): a guest's affiliation, not the author. Running text names
/// the author after a function word (`för Alingsås kommun`) or at a
/// sentence's start.
fn is_affiliation_title(title: &str, before: &str) -> bool {
    // A person's name and a comma right before it (`Magnus Nilsson,
    // Svenljunga kommun`, a guest of a joint body).
    if let Some(surname) = title.strip_suffix(',') {
        if is_name(&format!("{before} {surname}")) {
            return true;
        }
    }
    title.chars().count() >= 4
        && title.chars().all(char::is_lowercase)
        && !crate::sentence::is_function_word(title)
        && before.ends_with(',')
}

/// A municipality or region named in a header cell, in normal case:
/// `Hammarbo kommun`, `Norrhamns stad`, `Region Mellanlanda`,
/// `Räddningstjänstförbundet Hägerdalen`.
fn municipality_in(cell: &str) -> Option<String> {
    // A header cell is short; a long line is running text, read by the
    // caller's regex, not here. Only a cell with `kommun`, `stad`, `region`
    // or `…förbundet` (any case) can name one: others are not split.
    if cell.len() > 200 || !may_name_municipality(cell) {
        return None;
    }
    // (The words walked once, each with the one before and the one after
    // it, not collected.)
    let mut words = cell.split_whitespace().peekable();
    let mut prev: Option<&str> = None;
    let proper = |w: &str| {
        w.chars().next().is_some_and(char::is_uppercase)
            && w.chars().all(|c| c.is_alphabetic() || c == '-')
    };
    let title = name_case;
    // The words compared in place; only a word that ends like
    // `…förbundet` (`rbundet` in any ASCII case: no other character
    // lower-cases to those letters) is lower-cased.
    // The two words before the name: a guest's title and the comma
    // before it.
    let mut earlier: [Option<&str>; 2] = [None, None];
    while let Some(w) = words.next() {
        let before = prev.replace(w);
        let kommun = lower_eq(w, "kommun");
        if let Some(before) = before.filter(|_| kommun || lower_eq(w, "stad")) {
            let name = Some(before).filter(|n| proper(n))?;
            if earlier[0].is_some_and(crate::segment::party) {
                continue;
            }
            if let [Some(title), Some(comma)] = earlier {
                if is_affiliation_title(title, comma) {
                    continue;
                }
            }
            let l = if kommun { "kommun" } else { "stad" };
            return Some(format!("{} {}", title(name), l));
        }
        if lower_eq(w, "region") && proper(w) {
            let name = words.peek().copied().filter(|n| proper(n))?;
            return Some(format!("Region {}", title(name)));
        }
        if let Some(b) = before {
            earlier = [Some(b), earlier[0]];
        }
        let tail = w.len().checked_sub(7).and_then(|k| w.as_bytes().get(k..));
        if !tail.is_some_and(|t| t.eq_ignore_ascii_case(b"rbundet")) {
            continue;
        }
        let l = w.lower();
        if l.ends_with("förbundet") && l.len() > "förbundet".len() && proper(w) {
            if let Some(name) = words.peek().copied().filter(|n| proper(n)) {
                return Some(format!("{} {}", title(w), title(name)));
            }
        }
    }
    None
}

/// [`municipality_in`] as it was: every word lower-cased.
#[cfg(test)]
fn municipality_in_reference(cell: &str) -> Option<String> {
    if cell.len() > 200 || !may_name_municipality(cell) {
        return None;
    }
    let words: Vec<&str> = cell.split_whitespace().collect();
    let lower: Vec<String> = words.iter().map(|w| w.lower()).collect();
    let proper = |w: &str| {
        w.chars().next().is_some_and(char::is_uppercase)
            && w.chars().all(|c| c.is_alphabetic() || c == '-')
    };
    let title = name_case;
    for (i, l) in lower.iter().enumerate() {
        let Some(&w) = words.get(i) else { continue };
        if (l == "kommun" || l == "stad") && i >= 1 {
            let name = words.get(i - 1).copied().filter(|n| proper(n))?;
            if i >= 2 && crate::segment::party(words[i - 2])
                || i >= 3 && is_affiliation_title(words[i - 2], words[i - 3])
            {
                continue;
            }
            return Some(format!("{} {}", title(name), l));
        }
        if l == "region" && proper(w) {
            let name = words.get(i + 1).copied().filter(|n| proper(n))?;
            return Some(format!("Region {}", title(name)));
        }
        if l.ends_with("förbundet") && l.len() > "förbundet".len() && proper(w) {
            if let Some(name) = words.get(i + 1).copied().filter(|n| proper(n)) {
                return Some(format!("{} {}", title(w), title(name)));
            }
        }
    }
    None
}

/// Whether `cell` holds `komm`, `stad`, `regi` or `unde` in any ASCII case:
/// four bytes compared at once, each byte with its case bit set (for a
/// lower-case letter that is `eq_ignore_ascii_case`).
#[inline]
fn may_name_municipality(cell: &str) -> bool {
    const fn word(w: &[u8; 4]) -> u32 {
        u32::from_le_bytes(*w)
    }
    const KOMM: u32 = word(b"komm");
    const STAD: u32 = word(b"stad");
    const REGI: u32 = word(b"regi");
    const UNDE: u32 = word(b"unde");
    cell.as_bytes().windows(4).any(|w| {
        let x = <[u8; 4]>::try_from(w).map_or(0, u32::from_le_bytes) | 0x2020_2020;
        x == KOMM || x == STAD || x == REGI || x == UNDE
    })
}

/// [`may_name_municipality`] as it was written first.
#[cfg(test)]
fn may_name_municipality_reference(cell: &str) -> bool {
    cell.as_bytes().windows(4).any(|w| {
        [b"komm", b"stad", b"regi", b"unde"]
            .iter()
            .any(|n| w.eq_ignore_ascii_case(*n))
    })
}

/// The labels of the front page's label rows as [`crate::labels`] reads
/// them, kept by row for the next pass over the same rows (`front_matter`
/// reads every label row before the first §, `attendance` most of them
/// again). Kept within a budget of a quarter of the text's length plus 16
/// KiB (the memory bound): past it, rows are read again.
struct RowLabels {
    /// (row, start, end): the row's labels are `labels[start..end]`; rows
    /// in increasing order.
    index: Vec<(usize, usize, usize)>,
    labels: Vec<crate::Label>,
    /// (row, [`crate::headings::leading_label`] of the row) for text rows,
    /// rows in increasing order.
    leading: Vec<(usize, Option<(LabelKind, usize)>)>,
    /// Bytes left in the budget.
    room: usize,
}

impl RowLabels {
    fn new(text_len: usize) -> Self {
        RowLabels {
            index: Vec::new(),
            labels: Vec::new(),
            leading: Vec::new(),
            room: text_len / 4 + 16 * 1024,
        }
    }

    /// Keeps row `k`'s labels (rows are put in increasing order).
    fn put(&mut self, k: usize, found: impl ExactSizeIterator<Item = crate::Label>) {
        let cost = std::mem::size_of::<(usize, usize, usize)>()
            + found.len() * std::mem::size_of::<crate::Label>();
        if cost > self.room || self.index.last().is_some_and(|&(r, _, _)| r >= k) {
            return;
        }
        self.room -= cost;
        let start = self.labels.len();
        self.labels.extend(found);
        self.index.push((k, start, self.labels.len()));
    }

    /// Keeps the leading label of text row `k` (rows put in increasing
    /// order).
    fn put_leading(&mut self, k: usize, leading: Option<(LabelKind, usize)>) {
        let cost = std::mem::size_of::<(usize, Option<(LabelKind, usize)>)>();
        if cost > self.room || self.leading.last().is_some_and(|&(r, _)| r >= k) {
            return;
        }
        self.room -= cost;
        self.leading.push((k, leading));
    }

    /// [`crate::headings::leading_label`] of row `k`, whose text is
    /// `line`: kept, or read.
    fn leading_label(&self, k: usize, line: &str) -> Option<(LabelKind, usize)> {
        match self.leading.binary_search_by_key(&k, |&(r, _)| r) {
            Ok(i) => {
                let kept = self.leading.get(i).and_then(|&(_, x)| x);
                debug_assert_eq!(kept, crate::headings::leading_label(line));
                kept
            }
            Err(_) => crate::headings::leading_label(line),
        }
    }

    /// Row `k`'s labels, if kept.
    fn get(&self, k: usize) -> Option<&[crate::Label]> {
        let i = self.index.binary_search_by_key(&k, |&(r, _, _)| r).ok()?;
        let &(_, a, b) = self.index.get(i)?;
        self.labels.get(a..b)
    }
}

/// Where further entries start in a contents entry's title (`Uppföljning
/// § 72/20 Övriga informationsärenden § 73/20 Övriga frågor` after § 71):
/// each `§ n+1`, `§ n+2` … after a space, with its number and byte offset.
fn toc_run_splits(title: &str, n: u32) -> Vec<(u32, usize)> {
    let mut out = Vec::new();
    let mut want = n + 1;
    let mut from = 0;
    while let Some(at) = toc_number_in(title, from, want) {
        out.push((want, at));
        want += 1;
        from = at + 1;
    }
    out
}

/// The offset, from `from`, of `§ m` in `s` after a space and followed by
/// a space, `/` or the end (`§ 72/20`, `§ 72 `).
fn toc_number_in(s: &str, from: usize, m: u32) -> Option<usize> {
    let b = s.as_bytes();
    let mut i = from;
    while let Some(k) = b
        .get(i..)
        .and_then(|r| memchr::memmem::find(r, "§".as_bytes()))
    {
        let at = i + k;
        i = at + 1;
        if at == 0 || !b.get(at - 1).is_some_and(|&c| c == b' ') {
            continue;
        }
        let digits = s
            .get(at + "§".len()..)
            .unwrap_or("")
            .trim_start_matches(' ');
        let len = digits.bytes().take_while(u8::is_ascii_digit).count();
        let ok = digits.get(..len).and_then(|d| d.parse::<u32>().ok()) == Some(m)
            && matches!(digits.as_bytes().get(len), None | Some(b' ' | b'/'));
        if ok {
            return Some(at);
        }
    }
    None
}

/// `§ 72/20 Övriga frågor` without its number: `Övriga frågor`.
fn toc_after_number(s: &str) -> &str {
    let r = s.trim_start_matches('§').trim_start();
    let r = r.trim_start_matches(|c: char| c.is_ascii_digit());
    let r = match r.strip_prefix('/') {
        Some(y) => y.trim_start_matches(|c: char| c.is_ascii_digit()),
        None => r,
    };
    r.trim_start()
}

/// `s[a..b]` trimmed, borrowed when `s` is.
fn cow_slice<'a>(s: &Cow<'a, str>, a: usize, b: usize) -> Cow<'a, str> {
    match s {
        Cow::Borrowed(x) => Cow::Borrowed(x.get(a..b).unwrap_or("").trim()),
        Cow::Owned(x) => Cow::Owned(x.get(a..b).unwrap_or("").trim().to_owned()),
    }
}

/// [`crate::labels`] of a label row when it is the row's class label
/// alone (relative to the row): the row is one column of at most 300
/// bytes (so `labels` reads it whole, as the first pass's label is read),
/// and no colon follows the label (so no further label is cut out of its
/// value). `None`: the row must be read by `labels`.
fn row_label_alone(text: &str, l: &ClassifiedLine) -> Option<crate::Label> {
    let LineClass::Label(x) = l.class else {
        return None;
    };
    // (A lone `Ärende`'s class is made, not read by `label`.)
    if x.kind == LabelKind::Subject {
        return None;
    }
    let line = slice(text, l.line.span);
    let after = text.get(x.label.end..l.line.span.end)?;
    if line.len() > 300 || after.contains(':') || !one_column(line) {
        return None;
    }
    let base = l.line.span.start;
    let back = |s: Span| Span::new(s.start.saturating_sub(base), s.end.saturating_sub(base));
    Some(crate::Label {
        label: back(x.label),
        value: x.value.map(back),
        ..x
    })
}

/// Front matter: labels, table of contents, and the sections of a document
/// without § items.
fn front_matter<'a>(
    text: &'a str,
    lines: &Classified<'_>,
    front_end: usize,
    doc: &mut Document<'a>,
    row_labels: &mut RowLabels,
) {
    let mut first_heading = None;
    let mut open_toc_entry = false;
    let mut case_values = CaseValues::new();
    let mut officers: std::collections::HashSet<&'a str> = std::collections::HashSet::new();
    // After `Utses att justera` or `Justeringens plats och tid`, a `Tid:`
    // or `Plats:` field is the justering's (`Justerare: Eva Ek / Tid:
    // Tisdagen den 18 november, kl. 08:30 / Plats: Förvaltningskontoret`).
    let mut adjustment_seen = false;
    // Labels alone on consecutive rows so far (see `run_before`).
    let mut bare_run: Vec<LabelKind> = Vec::new();
    for (k, l) in lines.range(0, front_end).enumerate() {
        if let LineClass::SectionHeading(h) = &l.class {
            if h.confidence == Confidence::High && first_heading.is_none() {
                first_heading = Some(k);
            }
        }
        if let LineClass::TocLine(e) = &l.class {
            // Leaders, and `/` for "no dnr", are not part of the title.
            let title = slice(text, e.title)
                .trim()
                .trim_end_matches(['.', '…', '/', '_', ' ']);
            let cns = case_numbers_in(text, e.title);
            let case_number = cns.first().cloned();
            let title = strip_case_numbers(Cow::Borrowed(title), &cns, text);
            // `<br>` left by old web pages is a line break, as in § titles.
            let title = if title.contains("<br>") {
                Cow::Owned(title.replace("<br>", " "))
            } else {
                title
            };
            // An unnumbered line right after a numbered entry that had no
            // page number is that entry's wrapped title.
            let wraps = e.number.is_none() && open_toc_entry;
            open_toc_entry = e.number.is_some() && e.page.is_none();
            if let (true, Some(prev)) = (wraps, doc.toc.last_mut()) {
                let mut t = prev.title.to_string();
                push_words(&mut t, &title);
                prev.title = Cow::Owned(t);
                prev.span = prev.span.cover(l.line.span);
                if prev.case_number.is_none() {
                    prev.case_number = case_number;
                }
                continue;
            }
            // Entries run together on one line (`§ 71/20 Uppföljning § 72/20
            // Övriga informationsärenden § 73/20 Övriga frågor`): one each.
            let runs = e.number.map_or(Vec::new(), |n| toc_run_splits(&title, n));
            if runs.is_empty() {
                doc.toc.push(TocEntry {
                    number: e.number,
                    title,
                    case_number,
                    span: l.line.span,
                    presenter: None,
                });
                continue;
            }
            let line = slice(text, l.line.span);
            let mut starts = vec![l.line.span.start];
            let mut from = 0;
            for &(m, _) in &runs {
                let Some(at) = toc_number_in(line, from, m) else {
                    break;
                };
                starts.push(l.line.span.start + at);
                from = at + 1;
            }
            let span_of = |i: usize| {
                let s = starts.get(i).copied().unwrap_or(l.line.span.start);
                let e = starts.get(i + 1).copied().unwrap_or(l.line.span.end);
                Span::new(s, e.max(s)).trim(text)
            };
            let first_end = runs.first().map_or(title.len(), |&(_, at)| at);
            let first = cow_slice(&title, 0, first_end);
            doc.toc.push(TocEntry {
                number: e.number,
                title: first,
                case_number,
                span: span_of(0),
                presenter: None,
            });
            for (i, &(m, at)) in runs.iter().enumerate() {
                let end = runs.get(i + 1).map_or(title.len(), |&(_, b)| b);
                // Past `§ 72/20 `.
                let rest = title.get(at..end).unwrap_or("");
                let skip = rest.len() - toc_after_number(rest).len();
                doc.toc.push(TocEntry {
                    number: Some(m),
                    title: cow_slice(&title, at + skip, end),
                    case_number: None,
                    span: span_of(i + 1),
                    presenter: None,
                });
            }
            continue;
        }
        if !matches!(l.class, LineClass::Blank) {
            open_toc_entry = false;
        }
        if !matches!(l.class, LineClass::Label(_) | LineClass::Text) {
            continue;
        }
        // Every label on the line (two-column letterheads hold several).
        let line_text = slice(text, l.line.span);
        // `Justeringens plats och tid Kommunkansliet, 2015-10-26 klockan
        // 13:00.`: a value closed by a full stop reads as a sentence to the
        // first pass.
        if matches!(l.class, LineClass::Text) && doc.adjustment.is_none() {
            let leading = crate::headings::leading_label(line_text);
            row_labels.put_leading(k, leading);
            if let Some((LabelKind::AdjustmentPlaceAndTime, off)) = leading {
                let v = Span::new(l.line.span.start + off, l.line.span.end).trim(text);
                doc.adjustment = adjustment_in(slice(text, v), v);
            }
            // The label wrapped around its value (`Justeringens
            // Kommunkontoret, 2012-03-20` / `plats och tid`): its first word
            // opens the row, the rest of it stands alone under it.
            let first = line_text.trim_start();
            if leading.is_none() && first.starts_with("Justeringens ") {
                let rest_alone = lines
                    .range(k + 1, k + 3)
                    .find(|n| !matches!(n.class, LineClass::Blank))
                    .is_some_and(|n| {
                        matches!(n.class, LineClass::Label(x)
                            if matches!(x.kind, LabelKind::PlaceAndTime | LabelKind::Place)
                                && x.value.is_none())
                    });
                if rest_alone {
                    let off = line_text.len() - first.len() + "Justeringens ".len();
                    let v = Span::new(l.line.span.start + off, l.line.span.end).trim(text);
                    doc.adjustment = adjustment_in(slice(text, v), v);
                }
            }
        }
        // A text row of one column has no label: the first pass tried the
        // line as a label (up to 200 bytes), and one column is the line.
        // (Not the meeting's place and time read as a sentence, `Plats och
        // tid Folkets Hus, kl 18.00-22.15. Ajournering 21.40-21.50.`.)
        let place_sentence = matches!(l.class, LineClass::Text)
            && doc.meeting_place.is_none()
            && line_text.trim_end().ends_with('.')
            && line_text.trim_start().starts_with(['P', 'p', 'T', 't'])
            && crate::headings::leading_label(line_text)
                .is_some_and(|(kind, _)| kind == LabelKind::PlaceAndTime);
        if matches!(l.class, LineClass::Text)
            && crate::span::trim(line_text).len() <= 200
            && one_column(line_text)
            && !place_sentence
        {
            bare_run.clear();
            continue;
        }
        // (label, offset of the text it was read from)
        let mut found: Vec<(crate::Label, usize)> = match row_label_alone(text, &l) {
            Some(x) => {
                debug_assert_eq!(vec![x], crate::labels(line_text).collect::<Vec<_>>());
                vec![(x, l.line.span.start)]
            }
            None => crate::labels(line_text)
                .map(|x| (x, l.line.span.start))
                .collect(),
        };
        if place_sentence && found.is_empty() {
            if let Some((kind, off)) = crate::headings::leading_label(line_text) {
                let label = crate::Label {
                    kind,
                    label: Span::new(0, off),
                    // (Its full stop is the sentence's.)
                    value: Some(
                        Span::new(off, line_text.trim_end().trim_end_matches('.').len())
                            .trim(line_text),
                    ),
                    layout: crate::LabelLayout::Spaced,
                };
                found.push((label, l.line.span.start));
            }
        }
        if matches!(l.class, LineClass::Label(_)) {
            row_labels.put(k, found.iter().map(|&(x, _)| x));
        }
        if found.is_empty() {
            // A label that starts a second column: `EKBACKA STADSDELSFÖRVALTNING   Dnr 102-274-05`.
            for c in Cells::new(text, l.line.span).skip(1) {
                found.extend(crate::labels(slice(text, c)).map(|x| (x, c.start)));
            }
        }
        let single = found.len() == 1;
        // Labels alone on the rows before this one (all labels first, a
        // flattened page cut into rows).
        let run_before = std::mem::take(&mut bare_run);
        if let [(only, _)] = found.as_slice() {
            if only.value.is_none() {
                bare_run = run_before.clone();
                bare_run.push(only.kind);
            }
        }
        for (label, base) in found {
            // The adjusters' label and the justering's first, their values
            // in the same order in this label's (`Justerare` / `Justeringens
            // tid och plats Irene Karlsson och Åsa Olsson klockan 14.00,
            // Kommunhuset`; `Utses att justera` / `Justeringens plats och
            // tid` / `Underskrifter Gunilla Berglund (C) Prästgatan 50
            // torsdag 25 augusti 2011`): the names opening it are the
            // adjusters', the rest the justering's.
            let adjusters_first = label.value.is_some()
                && match label.kind {
                    LabelKind::AdjustmentPlaceAndTime => {
                        run_before.last() == Some(&LabelKind::Adjusters)
                    }
                    LabelKind::Signatures => run_before
                        .ends_with(&[LabelKind::Adjusters, LabelKind::AdjustmentPlaceAndTime]),
                    _ => false,
                };
            let value = match label.value {
                Some(v) => Some(v.offset(base)),
                None if single => next_content(lines, k).map(|n| n.line.span).or_else(|| {
                    // Labels first (`Plats och tid` / `Beslutande Messingen,
                    // rum Nielsen Måndag den 27 februari 2012, klockan
                    // 18:`): the place is the value the next label holds
                    // when it has a time and names no one.
                    let n = lines
                        .range(k + 1, k + 4)
                        .find(|l| !matches!(l.class, LineClass::Blank))?;
                    match n.class {
                        LineClass::Label(x)
                            if label.kind == LabelKind::PlaceAndTime
                                && crate::headings::lists_people_present(x.kind) =>
                        {
                            // (The first pass's spans are the text's.)
                            x.value.filter(|&v| {
                                let vs = slice(text, v);
                                (first_time(vs).is_some() || first_date(vs).is_some())
                                    && !vs.contains('(')
                            })
                        }
                        _ => None,
                    }
                }),
                None => None,
            }
            .map(|v| v.trim(text));
            let adjustment_before = adjustment_seen;
            adjustment_seen |= matches!(
                label.kind,
                LabelKind::Adjusters | LabelKind::AdjustmentPlaceAndTime
            );
            let Some(v) = value else { continue };
            let vs = slice(text, v);
            match label.kind {
                // `Justeringens` / `plats och tid  Kommunkansliet 1994-04-25`:
                // a label split over two lines is the justering's.
                LabelKind::PlaceAndTime
                    if k.checked_sub(1)
                        .and_then(|p| lines.get(p))
                        .is_some_and(|p| {
                            slice(text, p.line.span)
                                .trim()
                                .eq_ignore_ascii_case("justeringens")
                        }) =>
                {
                    doc.adjustment = doc.adjustment.take().or_else(|| adjustment_in(vs, v));
                }
                // A second place and time after the justering's label, the
                // meeting's read (`Justering  Saida Hussein (S) och …` /
                // `Plats och tid  Gårda brandstation, onsdagen den 14
                // januari 2015, kl 10.00`): the justering's.
                LabelKind::PlaceAndTime
                    if adjustment_before
                        && doc.adjustment.is_none()
                        && (doc.meeting_place.is_some() || doc.meeting_time.is_some())
                        // (Not the values of labels written first, a name
                        // opening it: `Justerare Plats och tid Torild
                        // Hilmersson, sekr …`.)
                        && !persons(vs).next().is_some_and(|m| m.whole.start() == 0) =>
                {
                    doc.adjustment = adjustment_in(vs, v);
                }
                LabelKind::Time | LabelKind::PlaceAndTime | LabelKind::Place
                    if adjustment_before => {}
                LabelKind::Date if doc.document_date.is_none() && first_heading.is_none() => {
                    doc.document_date = first_date(vs)
                }
                LabelKind::MeetingDate if doc.meeting_date.is_none() => {
                    doc.meeting_date = first_date(vs)
                }
                LabelKind::Time | LabelKind::PlaceAndTime | LabelKind::Place => {
                    // A value wrapped after a comma (reflowed text: `…,
                    // Stora sammanträdesrummet,` / `Rådhuset, Hammarsund`)
                    // goes on on the next line.
                    let joined;
                    let vs = match lines
                        .range(k + 1, k + 4)
                        .find(|n| n.line.span.start >= v.end)
                        .filter(|n| vs.ends_with(',') && matches!(n.class, LineClass::Text))
                    {
                        Some(n) => {
                            joined = format!("{vs} {}", slice(text, n.line.span).trim());
                            joined.as_str()
                        }
                        None => vs,
                    };
                    if doc.meeting_date.is_none() && label.kind != LabelKind::Place {
                        doc.meeting_date = first_date(vs);
                    }
                    if doc.meeting_time.is_none() && label.kind != LabelKind::Place {
                        doc.meeting_time = first_time(vs).or_else(|| {
                            // `Tid` / `Klockan` over a bare `18.00`: the
                            // label says what `kl` would.
                            (label.kind == LabelKind::Time && vs.len() <= 20)
                                .then(|| first_time(&format!("kl {vs}")))
                                .flatten()
                        });
                    }
                    if doc.meeting_place.is_none() && label.kind != LabelKind::Time {
                        doc.meeting_place = place_in(vs).map(Cow::Owned);
                    }
                }
                LabelKind::Officer => {
                    // "Karin Wästberg" or "Anneli Holmgren, strateg".
                    let name = vs.split(',').next().unwrap_or(vs).trim();
                    if is_name(name) && officers.insert(name) {
                        let start = v.start;
                        doc.people.push(Person {
                            name: Cow::Borrowed(name),
                            party: None,
                            role: Some("handläggare".to_owned()),
                            span: Span::new(start, start + name.len()),
                            presence: Vec::new(),
                        });
                    }
                }
                LabelKind::CaseNumber => {
                    let found = case_numbers_in(text, v);
                    if found.is_empty() && !vs.is_empty() {
                        doc.diagnostics.push(Diagnostic::new(
                            "case_number_unreadable",
                            Severity::Warning,
                            format!("a diarienummer label with a value that is not a case number: {vs:?}"),
                            v,
                        ));
                    }
                    for c in found {
                        push_case_number(&mut doc.case_numbers, &mut case_values, c);
                    }
                }
                LabelKind::Organ | LabelKind::Recipient if doc.organ.is_none() => {
                    doc.organ = deciding_body(vs).map(Cow::Owned);
                }
                LabelKind::AdjustmentPlaceAndTime | LabelKind::Signatures
                    if adjusters_first && doc.adjustment.is_none() =>
                {
                    if let Some(end) = leading_names_end(vs) {
                        let v = Span::new(v.start + end, v.end).trim(text);
                        doc.adjustment = adjustment_in(slice(text, v), v);
                    }
                }
                LabelKind::AdjustmentPlaceAndTime if doc.adjustment.is_none() => {
                    doc.adjustment = adjustment_in(vs, v);
                }
                LabelKind::Paragraphs if doc.paragraph_range.is_none() => {
                    doc.paragraph_range = paragraph_range_in(vs, v.start);
                }
                LabelKind::NoticePosted if doc.notice_posted.is_none() => {
                    doc.notice_posted = first_date(vs).map(|date| DateField { date, span: v });
                }
                LabelKind::NoticeRemoved if doc.notice_removed.is_none() => {
                    doc.notice_removed = first_date(vs).map(|date| DateField { date, span: v });
                }
                _ => {}
            }
        }
    }
    // `Paragrafer 40-43` inside another field's value (`Sekreterare
    // Paragrafer §§ 55-65`, a flattened signature block).
    if doc.paragraph_range.is_none() {
        // Searchers built once (a `str::find` builds one per call, three
        // a row); every word holds `Paragraf`, looked for first.
        // (`Justerade paragrafer §§ 101 - 115` in lower case too.)
        static WORD: Lazy<memchr::memmem::Finder<'static>> =
            Lazy::new(|| memchr::memmem::Finder::new("aragraf"));
        static WORDS: Lazy<[(memchr::memmem::Finder<'static>, usize); 5]> = Lazy::new(|| {
            [
                "Paragrafer ",
                "Paragraf ",
                "Paragrafer: ",
                "Justerade paragrafer ",
                "Justerade paragrafer: ",
            ]
            .map(|w| (memchr::memmem::Finder::new(w), w.len()))
        });
        let read = |l: crate::Line| {
            let t = slice(text, l.span);
            // A flattened page is read in its segments.
            if t.len() > 600 || WORD.find(t.as_bytes()).is_none() {
                return None;
            }
            WORDS.iter().find_map(|(w, len)| {
                let at = w.find(t.as_bytes())? + len;
                paragraph_range_in(t.get(at..)?, l.span.start + at)
            })
        };
        let is_field =
            |l: &ClassifiedLine| matches!(l.class, LineClass::Text | LineClass::Label(_));
        doc.paragraph_range = if front_end <= 400 {
            // (Fewer rows than the bound: the word is looked for in the
            // front's text at once, and only a row holding it is read.)
            let end = front_end
                .checked_sub(1)
                .and_then(|k| lines.line(k))
                .map_or(0, |l| l.span.end);
            let mut k = 0;
            let mut last_read = None;
            WORD.find_iter(text.get(..end).unwrap_or("").as_bytes())
                .find_map(|at| {
                    while lines
                        .line(k)
                        .is_some_and(|l| l.span.end < at + "aragraf".len())
                    {
                        k += 1;
                    }
                    let l = lines
                        .line(k)
                        .filter(|l| l.span.start <= at && k < front_end)?;
                    if last_read == Some(k) {
                        return None;
                    }
                    last_read = Some(k);
                    is_field(&lines.at(k)).then(|| read(l)).flatten()
                })
        } else {
            lines
                .range(0, front_end)
                .filter(is_field)
                .take(400)
                .find_map(|l| read(l.line))
        };
    }
    let head_end = first_heading.unwrap_or(front_end);
    // Labelled diarienummer anywhere in the letterhead ("Dnr KS 2019/12").
    let head_span = span_of(lines, 0, head_end.min(front_end));
    // Read in pieces of rows, each with two rows before it as context (a
    // label on the line before, or two before across a blank row), so the
    // matches held at once stay few however long the letterhead is.
    let head_rows = head_end.min(front_end);
    let mut a = 0;
    while a < head_rows {
        let b = (a + 256).min(head_rows);
        let from = lines.line(a).map_or(head_span.start, |l| l.span.start);
        let ctx = span_of(lines, a.saturating_sub(2), b);
        // (Only labelled matches are kept: a piece without a label word
        // has none, and is not scanned.)
        let piece = slice(text, ctx);
        if !crate::case_number::may_hold_label(piece) {
            debug_assert!(!find_case_number_matches(piece).0.iter().any(|m| m.labelled));
            a = b;
            continue;
        }
        let (matches, _) = find_case_number_matches(piece);
        for m in matches.into_iter().filter(|m| m.labelled) {
            let mut c = m.case_number;
            c.span = c.span.offset(ctx.start);
            if c.span.start >= from && head_span.contains(c.span) {
                push_case_number(&mut doc.case_numbers, &mut case_values, c);
            }
        }
        a = b;
    }
    doc.case_numbers.sort_by_key(|c| c.span.start);
    // The same place read twice (from its label and by the letterhead scan).
    doc.case_numbers.dedup_by_key(|c| c.span);
    // A meeting announced in the header: "Tisdagen den 3 december 2019 kl. 13.00".
    if doc.meeting_date.is_none() {
        // (Only the rows' text is read, not their classes.)
        for l in (0..head_end.min(lines.len())).filter_map(|i| lines.line(i)) {
            // An announcement is one short line; a long one is not read.
            if l.span.len() > 200 {
                continue;
            }
            // Every date has a digit: a line without one is passed over
            // before it is lower-cased.
            if !has_ascii_digit(slice(text, l.span).as_bytes()) {
                continue;
            }
            // The justering's value (its label on the lines before:
            // `Justeringens` / `plats och tid` / `Kansliet, 2019-02-06, kl. 09:00`).
            if doc
                .adjustment
                .as_ref()
                .is_some_and(|a| a.span.start < l.span.end && l.span.start < a.span.end)
            {
                continue;
            }
            let s = slice(text, l.span).lower();
            // A weekday is its stem before `dag`: the places of `dag` are
            // found once, and each is tested for a stem before it (the
            // same as looking for each weekday in the line). Searchers
            // built once (a `str::contains` builds one per call).
            static DAG: Lazy<memchr::memmem::Finder<'static>> =
                Lazy::new(|| memchr::memmem::Finder::new("dag"));
            static KL: Lazy<memchr::memmem::Finder<'static>> =
                Lazy::new(|| memchr::memmem::Finder::new(" kl"));
            let weekday = DAG.find_iter(s.as_bytes()).any(|at| {
                let before = s.as_bytes().get(..at).unwrap_or(&[]);
                ["mån", "tis", "ons", "tors", "fre", "lör", "sön"]
                    .iter()
                    .any(|stem| before.ends_with(stem.as_bytes()))
            });
            debug_assert_eq!(
                weekday,
                ["måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"]
                    .iter()
                    .any(|d| s.contains(d))
            );
            if (weekday || KL.find(s.as_bytes()).is_some())
                && !s.contains("just")
                && !s.contains("anslag")
            {
                if let Some(d) = first_date(slice(text, l.span)) {
                    doc.meeting_date = Some(d);
                    if doc.meeting_time.is_none() {
                        doc.meeting_time = first_time(slice(text, l.span));
                    }
                    break;
                }
            }
        }
    }
    // A document without § items: its sections are the document's.
    if !doc.paragraphs.is_empty() {
        return;
    }
    if let Some(k) = first_heading {
        let secs = sections(text, lines, k, front_end);
        let mut last_end = k;
        for (s, range) in &secs {
            match s.kind {
                SectionKind::Decision | SectionKind::Proposal => {
                    if let Some(mut d) = decision(text, lines, s, range.0, range.1) {
                        // A memo's proposal is for the body its items name,
                        // also when one item is passive ("3. Uppföljningen
                        // överlämnas till kommunstyrelsen").
                        if d.organ.is_none() {
                            d.organ = first_item_subject(&d.items).map(Cow::Owned);
                        }
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
        if doc.decisions.is_empty() {
            // A proposal without a heading: "… hemställer att
            // kommunstyrelsen beslutar" followed by att-clauses.
            if let Some(mut d) =
                headingless_decision(text, lines, 0, front_end, Span::new(0, text.len()), false)
            {
                d.kind = DecisionKind::Forslag;
                doc.decisions.push(d);
            }
        }
    } else {
        // No headings (a kallelse, a short memo): signatures anywhere.
        signatures(text, lines, 0, front_end, doc);
    }
    // Addressee and title: between the letterhead and the first heading.
    let title = title_and_addressee(text, lines, head_end, &mut doc.organ);
    if doc.title.is_none() {
        doc.title = title.map(|t| Cow::Borrowed(slice(text, t)));
    }
}

/// The title of a document's head (rows before `head_end`): the first
/// plain line after the last header line (label, organ, addressee,
/// municipality, kind word, administration); an organ line on the way is
/// the document's `organ` when none is known yet or it is the addressee
/// (after `Till`).
///
/// The rows are walked forward for what ends a run of plain lines by
/// itself (another class, several cells, `Till`, an organ: the organ is
/// read on the way); the rows of the last run are then read from its end
/// for its last header line, and after that for the title. So the header
/// tests are asked only of the rows after the last header line, not of
/// every line of a document without headings (the same answer as
/// [`title_and_addressee_reference`], which asks them of every row: the
/// tests are pure).
fn title_and_addressee<'a>(
    text: &'a str,
    lines: &Classified<'_>,
    head_end: usize,
    organ: &mut Option<Cow<'a, str>>,
) -> Option<Span> {
    // The first row of the last run of plain rows (and blank rows).
    let mut run = 0;
    let mut addressee_pending = false;
    for (k, l) in lines.range(0, head_end).enumerate() {
        match &l.class {
            LineClass::Text => {}
            LineClass::Blank => continue,
            _ => {
                run = k + 1;
                continue;
            }
        }
        let s = crate::span::trim(slice(text, l.line.span));
        if Cells::new(text, l.line.span).nth(1).is_some() {
            run = k + 1;
            continue;
        }
        if s.eq_ignore_ascii_case("till") {
            addressee_pending = true;
            run = k + 1;
            continue;
        }
        if let Some(o) = deciding_body(s) {
            if organ.is_none() || addressee_pending || s.lower().starts_with("till ") {
                *organ = Some(Cow::Owned(o));
            }
            addressee_pending = false;
            run = k + 1;
            continue;
        }
        addressee_pending = false;
    }
    // Every row of the run that is not blank is a plain text row.
    let plain = |l: &ClassifiedLine| !matches!(l.class, LineClass::Blank);
    let after = lines
        .range(run, head_end)
        .rev()
        .filter(plain)
        .find(|l| is_header_line(crate::span::trim(slice(text, l.line.span))))
        .map_or(run, |l| l.line.index + 1);
    lines
        .range(after, head_end)
        .filter(plain)
        .find(|l| may_be_title(crate::span::trim(slice(text, l.line.span))))
        .map(|l| l.line.span.trim(text))
}

/// [`title_and_addressee`] as it was: every row read forward, the header
/// tests asked of each.
#[cfg(test)]
fn title_and_addressee_reference<'a>(
    text: &'a str,
    lines: &Classified<'_>,
    head_end: usize,
    organ: &mut Option<Cow<'a, str>>,
) -> Option<Span> {
    let mut title: Option<Span> = None;
    let mut addressee_pending = false;
    for l in lines.range(0, head_end) {
        match &l.class {
            LineClass::Text => {}
            LineClass::Blank => continue,
            _ => {
                title = None;
                continue;
            }
        }
        let cs = cells(text, l.line.span);
        let s = slice(text, l.line.span).trim();
        if cs.len() > 1 {
            title = None;
            continue;
        }
        if s.eq_ignore_ascii_case("till") {
            addressee_pending = true;
            title = None;
            continue;
        }
        if let Some(o) = deciding_body(s) {
            if organ.is_none() || addressee_pending || s.lower().starts_with("till ") {
                *organ = Some(Cow::Owned(o));
            }
            addressee_pending = false;
            title = None;
            continue;
        }
        addressee_pending = false;
        if is_header_line(s) {
            title = None;
        } else if title.is_none() && may_be_title(s) {
            title = Some(l.line.span.trim(text));
        }
    }
    title
}

/// A plain line of a document's head that is a header line, not its title:
/// an organ, a municipality, a kind word, a short dated line, capitals, a
/// label, a signatory (`Anna Berg, handläggare`).
fn is_header_line(s: &str) -> bool {
    // An organ's name holds no year and none of the prepositions that
    // titles are made of ("Uppföljning av internkontrollplan 2016 för
    // socialnämnden", "Svar på remiss från stadsledningskontoret").
    let organ_like = is_organ_name(s)
        && !s.split_whitespace().any(|w| {
            matches!(w, "av" | "på" | "från" | "om" | "med" | "vid")
                || w.bytes().any(|b| b.is_ascii_digit())
        });
    organ_like
        || municipality_in(s).is_some()
        || crate::is_document_kind_word(s)
        || first_date(s).is_some_and(|_| s.len() < 40)
        || s.chars()
            .filter(|c| c.is_alphabetic())
            .all(char::is_uppercase)
        || s.ends_with(':')
        || s.contains(", ") && is_name(s.split(',').next().unwrap_or(""))
}

/// A plain line long enough to be a title, opening with a capital.
fn may_be_title(s: &str) -> bool {
    s.len() >= 8 && s.len() < 250 && s.chars().next().is_some_and(char::is_uppercase)
}

fn next_content(lines: &Classified<'_>, k: usize) -> Option<ClassifiedLine> {
    lines
        .range(k + 1, k + 4)
        .find(|l| !matches!(l.class, LineClass::Blank))
        .filter(|l| matches!(l.class, LineClass::Text | LineClass::Furniture(_)))
}

/// The first time or time range in `s`: `13:00` or `13:00–15:30`.
fn first_time(s: &str) -> Option<String> {
    crate::find_times(s).0.first().map(|t| match t.end {
        Some(end) => format!("{}–{}", t.start, end),
        None => t.start.to_string(),
    })
}

/// The place in a `Plats och tid` value: its comma-separated parts that
/// hold no date, time or weekday (`Lindåsa Folkets hus, Stora salen, kl
/// 18.30` → `Lindåsa Folkets hus, Stora salen`).
fn place_in(value: &str) -> Option<String> {
    let parts: Vec<&str> = value
        .split(',')
        .map(str::trim)
        .filter_map(|p| {
            // `Uppehåll i sammanträdet 19:44-19:49`: no place.
            if is_pause(p) {
                return None;
            }
            // The day and time first, the place after its time (`Torsdagen
            // den 12 februari 2009 kl Ernemar avloppsreningsverk`).
            let p = match p.split_whitespace().next() {
                Some(w) if is_weekday(w) => {
                    let at = [" kl ", " kl. ", " kl.", " klockan "]
                        .iter()
                        .filter_map(|k| p.find(k).map(|at| at + k.len()))
                        .min()?;
                    let rest = p.get(at..)?.trim_start_matches(|c: char| {
                        c.is_ascii_digit() || matches!(c, ':' | '.' | '-' | '–' | ' ')
                    });
                    rest.strip_prefix("i ").unwrap_or(rest)
                }
                _ => p,
            };
            // A weekday after the place (`Motala Tisdag , kl`, its date lost).
            let p = match p.rsplit_once(' ') {
                Some((head, last)) if is_weekday(last) => head.trim_end(),
                _ => p,
            };
            // "… kl 19.00 i Medborgarhuset": the place after the time.
            let p = match p.rfind(" i ") {
                Some(at) if p.chars().any(|c| c.is_ascii_digit()) => {
                    // (Not `Uppehåll i sammanträdet 19:44`.)
                    let before = p.get(..at).unwrap_or("");
                    if is_pause(before.rsplit(' ').next().unwrap_or("")) {
                        return None;
                    }
                    p.get(at + 3..)?.trim()
                }
                _ => p,
            };
            // The place before a time or date in the same part
            // (`Turebergsrummet 16:00 - 17:30`, `Rummet 2019-06-12 kl 9`).
            let p = if p.bytes().any(|b| b.is_ascii_digit()) {
                let first = crate::find_times(p)
                    .0
                    .first()
                    .map(|m| m.span.start)
                    .into_iter()
                    .chain(find_dates(p).0.first().map(|m| m.span.start))
                    .min();
                match first.and_then(|at| p.get(..at)) {
                    // A pause before its time (`ajournering 14:40-15:00`,
                    // `paus 14.30`) is no place; a lower-case part of a
                    // place is (`Nicolairummet, stadshuset kl. 09:00`).
                    Some(head) if is_pause(head) => return None,
                    Some(head) if head.chars().any(char::is_alphabetic) => {
                        head.trim_end_matches(|c: char| c.is_whitespace() || c == '-' || c == '–')
                    }
                    _ => p,
                }
            } else {
                p
            };
            // The remnant of a time a transcript cut (`Henån s-rum :15`), or
            // a time after its word (`Kommunhuset kl 18.00`).
            let p = match p.rsplit_once(' ') {
                Some((head, last))
                    if last.bytes().any(|b| b.is_ascii_digit())
                        && last.bytes().any(|b| matches!(b, b':' | b'.'))
                        && !last.chars().any(char::is_alphabetic) =>
                {
                    head.trim_end()
                }
                _ => p,
            };
            // A time word left at the end (`Stadshuset, Österön kl`).
            let p = ["kl", "Kl", "kl.", "klockan"]
                .iter()
                .find_map(|w| p.strip_suffix(w).filter(|r| r.ends_with(' ')))
                .map_or(p, str::trim_end);
            let l = p.lower();
            // A number in a street address or a room (`Danskes gränd 2`,
            // `Sal C3`) is part of the place; a date, a time or a part
            // with no letters is not.
            let dated = p.chars().any(|c| c.is_ascii_digit())
                && (!p.chars().any(char::is_alphabetic)
                    || !find_dates(p).0.is_empty()
                    || !crate::find_times(p).0.is_empty()
                    // (A month as a word: `Farmarstigen 7` holds `mars`.)
                    || l.split(|c: char| !c.is_alphabetic())
                        .any(|w| crate::date::MONTH_NAMES.contains(&w)));
            (!p.is_empty()
                && !dated
                && !l.starts_with("kl")
                && !WEEKDAYS.iter().any(|d| l.starts_with(d)))
            .then_some(p)
        })
        .collect();
    let place = parts.join(", ");
    // A run of names with parties (the values of labels written first,
    // all after the last label) is no place.
    // (A party is read only from a match ending in `)`: a place without a
    // `(` is not searched.)
    let named = memchr::memchr(b'(', place.as_bytes()).is_some()
        && persons(&place).any(|m| m.party.is_some());
    (!parts.is_empty() && !named).then_some(place)
}

/// Whether a part of a place-and-time value names a pause in the meeting
/// (`ajournering`, `paus`, `lunch`, `Ajournering för kaffe`).
fn is_pause(part: &str) -> bool {
    let first = part
        .split(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("")
        .lower();
    [
        "ajournering",
        "ajournerades",
        "ajourneras",
        "paus",
        "lunch",
        "lunchpaus",
        "uppehåll",
        "kaffe",
        "kaffepaus",
        "fika",
        "avbrott",
        "föreläsning",
    ]
    .contains(&first.as_str())
}

/// The justering's date and place in the value `vs` (at `v`) of
/// `Justeringens plats och tid`: `Kommunkansliet 2021-03-02 kl. 13:00`.
fn adjustment_in(vs: &str, v: Span) -> Option<Adjustment<'_>> {
    let dates = find_dates(vs).0;
    let date = dates.first().map(|m| m.date);
    // The place is written before the date (`Kommunkansliet 2021-03-02`,
    // `Kommunhuset den 18 december 2012 klockan 13`).
    let before = match dates.first() {
        Some(m) => vs.get(..m.span.start).unwrap_or(vs),
        None => vs,
    };
    let before = before
        .trim_end()
        .trim_end_matches(" den")
        .trim_end_matches(|c: char| c == ',' || c.is_whitespace());
    // Labels first with colons (`Justeringsdatum: Anslagsdatum: Anslagets
    // nedtagande: …`): the next label is no place.
    let label_next = before
        .split_whitespace()
        .next()
        .is_some_and(|w| w.len() > 1 && w.ends_with(':'));
    let place = place_in(before).filter(|p| !p.is_empty() && !label_next);
    (date.is_some() || place.is_some()).then(|| Adjustment {
        date,
        place: place.map(Cow::Owned),
        span: v,
    })
}

/// Where the names opening a value end: one or more people (with or
/// without a party) joined by `och`, `,` or `&`, as the adjusters' label
/// first and the justering's after it write them on one row (`Justerare
/// Justeringens tid och plats Irene Karlsson och Åsa Olsson klockan
/// 14.00, Kommunhuset`). `None` when the value opens with no name.
fn leading_names_end(vs: &str) -> Option<usize> {
    let mut end = None;
    let mut pos = 0;
    loop {
        let rest = vs.get(pos..)?;
        let Some(m) = persons(rest).next().filter(|m| m.whole.start() == 0) else {
            return end;
        };
        // The place may open with a capital run on to the last name
        // (`Cecilia Hettström Tekniska nämndens kansli`, `Bengt Rask
        // Miljö- och byggförvaltningen`, `Per Ek Miljöenheten, Kinna`): a
        // third word that goes on in lower case or after a hyphen, or is
        // a unit's or a building's noun, is the place's.
        let name = m.name.as_str();
        let whole_end = match name.rsplit_once(' ') {
            Some((head, last))
                if m.party.is_none()
                    && head.contains(' ')
                    && (rest.get(m.whole.end()..).is_some_and(|t| {
                        t.starts_with('-')
                            || t.strip_prefix(' ')
                                .is_some_and(|u| u.starts_with(char::is_lowercase))
                    }) || is_unit_word(&last.lower())
                        || is_venue_word(last)) =>
            {
                head.len()
            }
            _ => m.whole.end(),
        };
        if !is_bare_name(rest.get(..whole_end.min(name.len()))?) {
            return end;
        }
        let after = pos + whole_end;
        end = Some(after);
        let tail = vs.get(after..).unwrap_or("");
        let joiner = [" och ", ", ", " & ", " samt "]
            .iter()
            .find(|j| tail.starts_with(*j))
            .map_or(0, |j| j.len());
        if joiner == 0 {
            // (A name run on by a space: the next one, if there is one.)
            if !tail.starts_with(' ') {
                return end;
            }
            pos = after + 1;
        } else {
            pos = after + joiner;
        }
    }
}

/// The § range opening `s` (at byte `at` of the text): `40-43`, `§§
/// 55-65`, `§ 7`, `120 – 122`; the numbers and the dash only, nothing
/// before them but § signs and spaces.
fn paragraph_range_in(s: &str, at: usize) -> Option<ParagraphRange> {
    let lead = s.len()
        - s.trim_start_matches(|c: char| c == '§' || c.is_whitespace())
            .len();
    let t = s.get(lead..)?;
    let digits = |x: &str| x.bytes().take_while(u8::is_ascii_digit).count();
    let n = digits(t);
    if !(1..=4).contains(&n) {
        return None;
    }
    let from: u32 = t.get(..n)?.parse().ok()?;
    let rest = t.get(n..)?;
    let after_dash = rest
        .trim_start()
        .strip_prefix(['-', '–', '—'])
        // A doubled dash (`26 -- 38`, typed for an en dash).
        .map(|r| r.strip_prefix('-').unwrap_or(r))
        .map(|r| r.trim_start_matches(|c: char| c == '§' || c.is_whitespace()));
    let (to, end) = match after_dash {
        Some(r) if (1..=4).contains(&digits(r)) => {
            let m = digits(r);
            let to: u32 = r.get(..m)?.parse().ok()?;
            (to, s.len() - r.len() + m)
        }
        _ => (from, lead + n),
    };
    // A date or a time is no range (`2021-03-02`, `13.00`, `26/5`).
    let rest = s.get(end..).unwrap_or("");
    let time_or_date = rest.starts_with(|c: char| c.is_ascii_digit() || c == ':' || c == '/')
        || rest.starts_with('.')
            && rest
                .get(1..)
                .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit()))
        || n == 4 && from >= 1900;
    if to < from || time_or_date {
        return None;
    }
    Some(ParagraphRange {
        from: Some(from),
        to: Some(to),
        span: Span::new(at + lead, at + end),
    })
}

fn first_date(s: &str) -> Option<Date> {
    find_dates(s).0.first().map(|m| m.date)
}

/// Signatories at the end of a tjänsteskrivelse: a name line (two to four
/// capitalized words) followed by a title line (one to four words), after
/// the list of recipients.
fn signatures<'a>(
    text: &'a str,
    lines: &Classified<'_>,
    from: usize,
    to: usize,
    doc: &mut Document<'a>,
) {
    let body = lines.range(from, to).filter(|l| {
        matches!(l.class, LineClass::Text)
            || matches!(&l.class, LineClass::Label(x) if matches!(x.kind, LabelKind::Chair | LabelKind::Secretary | LabelKind::Officer))
            // Short unmarked lines under a list heading (`Beslutet ska
            // skickas till`): the signature after the list reads as more.
            || matches!(&l.class, LineClass::ListItem(x) if x.marker == ListMarker::Plain)
    });
    // A window of two lines; a pair read as signatures is consumed whole.
    let mut prev: Option<ClassifiedLine> = None;
    for b in body {
        let Some(a) = prev.take() else {
            prev = Some(b);
            continue;
        };
        // Name cells over role cells: one signature, or several side by
        // side in columns ("Gunilla Sten (S)      Oskar Lindh" over
        // "Ordförande      Sekreterare").
        // The role line first: most pairs of lines are not signatures, and
        // its test is cheaper than reading names.
        let mut found = Vec::new();
        // (The cells are collected only when every one is a title: the
        // first cell of most rows is none.)
        let all_roles = b.line.index == a.line.index + 1 && {
            let mut cs = Cells::new(text, b.line.span).peekable();
            cs.peek().is_some() && cs.all(|r| is_signature_title(slice(text, r).trim()))
        };
        let roles = if all_roles {
            cells(text, b.line.span)
        } else {
            Vec::new()
        };
        let names = if all_roles {
            cells(text, a.line.span)
        } else {
            Vec::new()
        };
        if all_roles && names.len() == roles.len() {
            for (&n, &r) in names.iter().zip(&roles) {
                let title = slice(text, r).trim();
                let person = persons(slice(text, n))
                    .next()
                    .filter(|c| c.whole.as_str().len() == slice(text, n).trim().len());
                match (person, is_signature_title(title)) {
                    (Some(c), true) => {
                        // A title written before the name (`Förvaltningschef
                        // Anna Ek` over `Nämndsekreterare Eva Berg`): a list
                        // of officials, title first, not a signature.
                        let titled = |m: &str| {
                            m.split_whitespace()
                                .next()
                                .is_some_and(|w| is_title_noun(&w.lower()))
                        };
                        let Some(m) =
                            Some(c.name).filter(|m| is_name(m.as_str()) && !titled(m.as_str()))
                        else {
                            found.clear();
                            break;
                        };
                        found.push(Person {
                            name: Cow::Borrowed(m.as_str()),
                            party: c.party.map(|p| Cow::Borrowed(p.as_str())),
                            role: Some(expand_role_words(&title.lower())),
                            span: Span::new(n.start + m.start(), n.start + m.end()),
                            presence: Vec::new(),
                        });
                    }
                    _ => {
                        found.clear();
                        break;
                    }
                }
            }
        }
        // A name under a signature label is that label's value, and the
        // role under the name labels the next signature (`Sekreterare` /
        // `Lotta Ek` / `Ordförande` / `Anna Berg`).
        if !found.is_empty()
            && (under_signature_label(lines, a.line.index)
                || under_signatures_role(text, lines, a.line.index))
        {
            found.clear();
        }
        if found.is_empty() {
            prev = Some(b);
        } else {
            // A signer already listed with the same role (read from the
            // signature block after the last agenda row) is not repeated.
            found.retain(|p| {
                !doc.people
                    .iter()
                    .any(|q| q.name == p.name && q.role == p.role)
            });
            doc.people.extend(found);
        }
    }
}

/// The title under a signatory's name: `Förvaltningschef`, or in lower
/// case as typed memos write it (`Gunnar Wik` / `kommunchef`).
fn is_signature_title(t: &str) -> bool {
    // (Nor a group word over the next names, `Tjänstemän`, `Ersättare`;
    // nor a title and a name, the next entry, `Kanslichef Maj Persson`.)
    is_role(t) && !is_bare_name(t) && group_role(&t.lower()).is_none() && !title_then_name(t)
        || is_title_words(t) && !t.starts_with("och ")
}

/// A capitalized title and a name after it, nothing else (`Kanslichef Maj
/// Persson`): an official's entry written title first.
fn title_then_name(s: &str) -> bool {
    // The § the official attended after the name (`Ekonomichef Nicklas
    // Bremefors § 63-64`, `Förvaltningschef Stig Olson, § 66-73`).
    let s = s
        .find(|c: char| c == '§' || c == ',' || c.is_ascii_digit())
        .and_then(|at| s.get(..at))
        .unwrap_or(s)
        .trim_end();
    let Some((first, rest)) = s.split_once(' ') else {
        return false;
    };
    if is_title_noun(&first.lower()) && is_bare_name(rest) {
        return true;
    }
    // A title of an adjective and a noun (`Administrativ chef Karin
    // Höglund`, `Teknisk chef Per Ek`).
    rest.split_once(' ').is_some_and(|(noun, name)| {
        first.starts_with(char::is_uppercase)
            && noun.starts_with(char::is_lowercase)
            && is_title_noun(noun)
            && is_bare_name(name)
    })
}

/// A person's name and nothing else, no title word in it (`Mona Nyberg`,
/// not `Vice Ordförande` or `Ekonomichef Per`): under another name it is
/// the next name of a list written one a line, not that person's title.
fn is_bare_name(t: &str) -> bool {
    is_name(t)
        && signature_role(t).is_none()
        && !t.split_whitespace().any(|w| is_title_noun(&w.lower()))
}

/// Whether `s` reads as a person's name: two to four words, each a capital
/// then some lower-case letter, of letters and hyphens only, and neither
/// an organ nor a municipality.
///
/// The words are walked once, without collecting them (the allocation
/// cost more than the checks), and the walk stops at the fifth word or
/// the first word that fails; the checks are pure, so their order does not
/// change the answer (see the test `is_name_agrees_with_the_collecting_one`).
///
/// The second word may be an initial between two words (`Christina H
/// Gardos`), not one of the one-letter party codes; no word is a weekday
/// (`Nielsen Måndag` is a room and a date).
pub(crate) fn is_name(s: &str) -> bool {
    let mut words = 0;
    let mut last_initial = false;
    // The last word (a particle is skipped only before another word).
    let mut last = "";
    let mut it = s.split_whitespace().peekable();
    while let Some(w) = it.next() {
        last = w;
        // A particle between the words of a name (`Anna af Sillén`).
        if words > 0 && it.peek().is_some() && NAME_PARTICLES.contains(&w) {
            continue;
        }
        words += 1;
        last_initial = words == 2 && is_initial(w);
        // (`K-E Simonsson`: two initials for the given names.)
        let initials = words == 1 && is_initials_pair(w);
        if words > 4 || !(is_name_word(w) || last_initial || initials) || is_weekday(w) {
            return false;
        }
        // A noun's definite genitive opens no name: a label whose words a
        // value split (`Justeringens Kommunalhuset Arvidsjaur plats och
        // tid`). Nor a vote or presence word, a grid's totals (`Ja Ja
        // Frånvarande Nej 1 Nej Nej`).
        if words == 1 && (w.ends_with("ingens") || is_vote_word(w)) {
            return false;
        }
    }
    words >= 2
        && !last_initial
        && !is_venue_word(last)
        // (Not [`is_organ_name`]'s `Nämnden för …`: its lower-case `för`
        // is no word of a name, so only the vocabulary's form is asked.)
        && !crate::headings::is_organ_name(s)
        && municipality_in(s).is_none()
}

/// Nobiliary particles written in lower case before a surname (`af`,
/// `von`, `de la`): inside a name, not one of its words.
pub(crate) const NAME_PARTICLES: &[&str] = &[
    "af", "von", "van", "de", "du", "der", "la", "le", "da", "di", "del", "dos", "zu",
];

/// A place's noun closing a run of capitalized words (`Gällivare Folkets
/// Hus`, `Stora Konferenssalen`, `Kumla Stadshuset`): the meeting's place,
/// not a person's name.
fn is_venue_word(w: &str) -> bool {
    let b = w.as_bytes();
    let ends = |suffix: &[u8]| {
        b.len() > suffix.len()
            && b.get(b.len() - suffix.len()..)
                .is_some_and(|t| t.eq_ignore_ascii_case(suffix))
    };
    w.eq_ignore_ascii_case("hus")
        || ends(b"salen")
        || ends(b"rummet")
        || ends(b"huset")
        || ends(b"hotell")
}

/// Two initials joined by a hyphen for a person's given names (`K-E`,
/// `P-O`).
fn is_initials_pair(w: &str) -> bool {
    let mut cs = w.chars();
    matches!(
        (cs.next(), cs.next(), cs.next(), cs.next()),
        (Some(a), Some('-'), Some(b), None)
            if a.is_uppercase() && a.is_alphabetic() && b.is_uppercase() && b.is_alphabetic()
    )
}

/// An initial inside a name: one capital that is not a one-letter party
/// code, with or without its full stop.
fn is_initial(w: &str) -> bool {
    let mut cs = w.chars();
    cs.next()
        .is_some_and(|c| c.is_uppercase() && c.is_alphabetic() && !"SMCVL".contains(c))
        && matches!(cs.as_str(), "" | ".")
}

/// A weekday, capitalized or not, also in its definite form (`Måndagen`).
/// A vote or presence word of a grid, capitalized: `Ja`, `Nej`, `Avstår`,
/// `Närvarande`, `Frånvarande`, `Tjänstgörande`.
fn is_vote_word(w: &str) -> bool {
    matches!(
        w,
        "Ja" | "Nej" | "Avstår" | "Närvarande" | "Frånvarande" | "Tjänstgörande"
    )
}

fn is_weekday(w: &str) -> bool {
    // (Every weekday ends in `dag` or `dagen`.)
    if !(w.ends_with("dag") || w.ends_with("dagen")) {
        return false;
    }
    let l = w.lower();
    WEEKDAYS.contains(&l.strip_suffix("en").unwrap_or(&l))
}

/// The days of the week, lower case.
const WEEKDAYS: &[&str] = &[
    "måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag",
];

/// One word of [`is_name`]: a capital first, then letters and hyphens
/// with at least one lower-case letter.
///
/// Read on bytes while they are ASCII (most names are); the characters
/// from the first non-ASCII byte on are read as characters.
fn is_name_word(w: &str) -> bool {
    let b = w.as_bytes();
    if b.first().is_some_and(u8::is_ascii_uppercase) {
        let mut lower = false;
        for (i, &x) in b.iter().enumerate().skip(1) {
            if x.is_ascii_lowercase() {
                lower = true;
            } else if !(x.is_ascii_uppercase() || x == b'-') {
                if x.is_ascii() {
                    return false;
                }
                return w.get(i..).is_some_and(|rest| {
                    rest.chars().all(|c| {
                        lower |= c.is_lowercase();
                        c.is_alphabetic() || c == '-'
                    })
                }) && lower;
            }
        }
        return lower;
    }
    let mut cs = w.chars();
    cs.next()
        .is_some_and(|c| c.is_uppercase() && (c.is_alphabetic() || c == '-'))
        && {
            let mut lower = false;
            cs.all(|c| {
                lower |= c.is_lowercase();
                c.is_alphabetic() || c == '-'
            }) && lower
        }
}

fn is_role(s: &str) -> bool {
    // (A lone letter is a table's mark, `X`, not a title.)
    (2..=60).contains(&s.len())
        && !s.ends_with('.')
        && s.chars().next().is_some_and(char::is_uppercase)
        && s.chars()
            .all(|c| c.is_alphabetic() || c == ' ' || c == '-' || c == ',')
        && (1..=4).contains(&s.split_whitespace().count())
        && !is_organ_name(s)
}

/// Whether the text certifies an extract: `Utdragsbestyrkande` (or a
/// misspelling) on a line of its own or with a certification ("Rätt
/// utdraget intygar"), not only in
/// the running footer box `Justerandes sign   Utdragsbestyrkande` that the
/// template of a full protocol prints on every page. One search of the
/// whole text; each line is looked at once.
fn certifies_extract(text: &str) -> bool {
    // Searchers built once (`memmem::find` builds one per call).
    static NEEDLES: Lazy<[memchr::memmem::Finder<'static>; 2]> = Lazy::new(|| {
        [
            memchr::memmem::Finder::new("ragsbestyrk"),
            memchr::memmem::Finder::new("RAGSBESTYRK"),
        ]
    });
    let b = text.as_bytes();
    for needle in NEEDLES.iter() {
        let mut from = 0;
        while let Some(at) = b
            .get(from..)
            .and_then(|rest| needle.find(rest))
            .map(|i| from + i)
        {
            let start = memchr::memrchr(b'\n', b.get(..at).unwrap_or(&[])).map_or(0, |i| i + 1);
            let end = memchr::memchr(b'\n', b.get(at..).unwrap_or(&[])).map_or(b.len(), |i| at + i);
            let line = text.get(start..end).unwrap_or("");
            if !contains_any_case(line, "justerande") || contains_any_case(line, "utdraget") {
                return true;
            }
            from = end;
        }
    }
    false
}

/// The organ a line of a protocol's notice block names: after a field word
/// inside the line (`… anslag Organ Miljö- och byggnadsnämnden Datum för
/// anslags …`, `Forum Omsorgsnämnden`, `Nämnd/styrelse`), the longest run
/// of words after it that names a body; or in the genitive before
/// `protokoll är`/`protokoll har` (`Kommunfullmäktiges protokoll är
/// justerat`, `Socialnämndens protokoll har justerats`).
fn organ_in_line(line: &str) -> Option<String> {
    // A notice line is short; a flattened page is read in its segments.
    if line.len() > 600 {
        return None;
    }
    // Every field word holds `Organ`, `Forum`, `nstans` or a `/`; the
    // genitive is read before `protokoll`: a line without any of them
    // names none (most lines).
    static WORDS: Lazy<[memchr::memmem::Finder<'static>; 5]> = Lazy::new(|| {
        ["Organ", "Forum", "nstans", "protokoll", "genom anslag"].map(memchr::memmem::Finder::new)
    });
    if memchr::memchr(b'/', line.as_bytes()).is_none()
        && !WORDS.iter().any(|w| w.find(line.as_bytes()).is_some())
    {
        debug_assert_eq!(organ_in_words(line), None);
        return None;
    }
    organ_in_words(line)
}

/// [`organ_in_line`] past its gates: the line's words read.
fn organ_in_words(line: &str) -> Option<String> {
    let words: Vec<&str> = line.split_whitespace().collect();
    let longest = |ws: &[&str], f: &dyn Fn(&str) -> Option<String>| {
        (1..=ws.len().min(6))
            .rev()
            .find_map(|n| f(&ws.get(..n)?.join(" ")))
    };
    let is_field = |w: &str| {
        matches!(
            w.trim_end_matches(':'),
            "Organ"
                | "Forum"
                | "Instans"
                | "Beslutsinstans"
                | "Nämnd/styrelse"
                | "Styrelse/nämnd"
                | "Nämnd/Styrelse"
                | "Styrelse/Nämnd"
        )
    };
    for (i, w) in words.iter().enumerate() {
        let field = is_field(w);
        // The notice's own sentence, its `Organ` label lost in a flattened
        // page (`Justeringen har tillkännagivits genom anslag.
        // Kommunfullmäktige Datum för anslags uppsättande`): the body
        // written right after it is the field's value.
        let after_notice = matches!(*w, "anslag" | "anslag.")
            && i > 0
            && words.get(i - 1).is_some_and(|p| *p == "genom");
        if after_notice {
            // (The shortest run: the value runs on into the next field.
            // A field word after the sentence is read as a field.)
            let rest = words.get(i + 1..).unwrap_or(&[]);
            if rest
                .first()
                .is_some_and(|r| r.starts_with(char::is_uppercase) && !is_field(r))
            {
                if let Some(o) = shortest_body(rest, false) {
                    return Some(o);
                }
            }
        }
        if field {
            let mut rest = words.get(i + 1..).unwrap_or(&[]);
            if rest.first() == Some(&"och") {
                rest = rest.get(1..).unwrap_or(&[]);
            }
            let starts_upper = rest
                .first()
                .is_some_and(|r| r.chars().next().is_some_and(char::is_uppercase));
            if starts_upper {
                if let Some(o) = longest(rest, &deciding_body) {
                    return Some(o);
                }
                // The body in the genitive before its meeting (`Organ
                // Barn- och utbildningsnämndens sammanträde`).
                if let Some(at) = rest
                    .iter()
                    .take(6)
                    .position(|w| w.starts_with("sammanträde"))
                {
                    if let Some(o) = (at > 0)
                        .then(|| organ_from_genitive(&rest.get(..at)?.join(" ")))
                        .flatten()
                    {
                        return Some(o);
                    }
                }
            }
        }
        // A compound naming the body (`Direktionsprotokoll 2013-09-20`,
        // `Styrelseprotokoll`): its first part in the definite form.
        if let Some(stem) = w
            .strip_suffix("protokoll")
            .filter(|s| s.len() >= 5 && s.starts_with(char::is_uppercase))
        {
            let stem = stem.strip_suffix('s').unwrap_or(stem);
            let organ = if stem.ends_with('e') {
                format!("{stem}n")
            } else {
                format!("{stem}en")
            };
            if crate::headings::is_organ_name(&organ) {
                return Some(organ);
            }
        }
        if *w == "protokoll" && words.get(i + 1).is_some_and(|n| matches!(*n, "är" | "har")) {
            let before = words.get(i.saturating_sub(4)..i).unwrap_or(&[]);
            // The genitive after `av`, in any case (`Justering av miljö- och
            // byggnadsnämndens protokoll har tillkännagivits`).
            if let Some(at) = before.iter().rposition(|w| *w == "av") {
                let run = before.get(at + 1..).unwrap_or(&[]);
                if let Some(o) = (!run.is_empty())
                    .then(|| organ_from_genitive(&sentence_case(&run.join(" "))))
                    .flatten()
                {
                    return Some(o);
                }
            }
            // The shortest run ending at the genitive whose first word is
            // capitalized (`ANSLAG Tekniska nämndens` → `Tekniska nämnden`).
            for n in 1..=before.len() {
                let Some(run) = before.get(before.len() - n..) else {
                    continue;
                };
                if !run
                    .first()
                    .is_some_and(|r| r.chars().next().is_some_and(char::is_uppercase))
                {
                    continue;
                }
                if let Some(o) = organ_from_genitive(&run.join(" ")) {
                    return Some(o);
                }
            }
        }
    }
    None
}

/// A web page's field name glued to its value (`Nämnd:Omvårdnadsnämnden`,
/// `Organ: Kommunstyrelsen`): the value.
fn strip_field_name(cell: &str) -> &str {
    let Some((name, value)) = cell.split_once(':') else {
        return cell;
    };
    let field = [
        "nämnd",
        "organ",
        "instans",
        "forum",
        "styrelse",
        "beslutsinstans",
    ]
    .iter()
    .any(|f| lower_eq(name.trim(), f));
    if field {
        value.trim()
    } else {
        cell
    }
}

/// An organ field's value without the municipality written beside the
/// body, before or after it and a comma (`Hässleholms kommun,
/// Miljönämnden`, `Kommunfullmäktige, Kiruna kommun`).
fn strip_municipality(cell: &str) -> &str {
    // (Most cells asked have no comma: nothing to split.)
    if memchr::memchr(b',', cell.as_bytes()).is_none() {
        return cell;
    }
    let is_municipality = |s: &str| {
        let mut w = s.split_whitespace();
        matches!((w.next(), w.next(), w.next()), (Some(name), Some(k), None)
            if name.starts_with(char::is_uppercase) && lower_eq(k, "kommun"))
    };
    match cell.split_once(',') {
        Some((a, b)) if is_municipality(a) && !b.trim().is_empty() => b.trim(),
        Some((a, b)) if is_municipality(b) && !a.trim().is_empty() => a.trim(),
        _ => cell,
    }
}

/// A field of a protocol's front page that no memo or agenda has.
fn is_protocol_field(kind: LabelKind) -> bool {
    matches!(
        kind,
        LabelKind::Members
            | LabelKind::ServingSubstitutes
            | LabelKind::Substitutes
            // (Who else attended: a notice names no one present.)
            | LabelKind::OthersPresent
            | LabelKind::Signatures
            | LabelKind::Adjusters
            | LabelKind::AdjustmentPlaceAndTime
            | LabelKind::Adjuster
            | LabelKind::Paragraphs
            | LabelKind::Notice
            | LabelKind::NoticePosted
            | LabelKind::NoticeRemoved
            | LabelKind::Storage
    )
}

/// Kind, organ, dates and municipality from all the evidence, furniture
/// included.
fn evidence<'a>(
    text: &'a str,
    lines: &Classified<'_>,
    doc: &mut Document<'a>,
    row_labels: &RowLabels,
) {
    let mut kind_words = KindWords::default();
    let mut header_organ: Option<String> = None;
    let mut header_date: Option<Date> = None;
    let mut header_meeting: Option<(String, Date)> = None;
    let mut last_label_meeting = false;
    let mut front_page = false;
    // The distinct protocol fields seen (`Beslutande`, `Utses att justera`,
    // `Justeringens plats och tid`, `ANSLAG/BEVIS`, …).
    let mut front_fields: Vec<LabelKind> = Vec::new();
    // Whether the meeting's place and time was read (a notice's field
    // too: it counts only beside a protocol's own).
    let mut place_and_time = false;
    // `Utdragsbestyrkande` (and its misspellings) on any line: one search
    // of the whole text, since the words never span a line break.
    let mut certification = certifies_extract(text);
    let mut officer_label = false;
    // Where the first `Handläggare` stands: a memo's is in its header.
    let mut officer_at: Option<usize> = None;
    let mut site_date: Option<Date> = None;
    // Whether a transcript's site title (its first row) was read for the
    // organ.
    let mut site_title_read = false;
    let mut content_seen = 0usize;
    // The page header rows read (a header is a few rows, repeated on
    // every page), up to `MAX_HEADERS`: each row's text, whether it was
    // read as a top row, and the clues its cells gave (offset in the row,
    // length, clue).
    type HeaderClues = Vec<(usize, usize, &'static str, DocumentKind)>;
    const MAX_HEADERS: usize = 8;
    let mut headers: Vec<(&str, bool, HeaderClues)> = Vec::new();
    let first_para = doc
        .paragraphs
        .first()
        .map(|p| p.span.start)
        .unwrap_or(usize::MAX);
    for i in 0..lines.len() {
        // Past the first § and the first two content rows, a row that is
        // no label and no page header is only counted, content or not:
        // nothing below reads it (the early, first-row, before-§ and
        // header readings are not for it, and its field is none).
        if content_seen >= 2
            && lines.line(i).is_some_and(|l| l.span.start >= first_para)
            && !lines.may_be_label(i)
        {
            let l = lines.at_or_text(i);
            if !matches!(l.class, LineClass::Furniture(FurnitureKind::PageHeader)) {
                if is_content(&l) {
                    content_seen += 1;
                }
                continue;
            }
        }
        // Past the first § and the first content row, a row's class is
        // asked only whether it is a label, furniture or blank (every
        // reading of other classes below is for the rows before the first
        // §, the first content rows or header furniture): a content row
        // that is no label is read with `Text` standing in for its class.
        let past = content_seen >= 1
            && lines.line(i).is_some_and(|l| l.span.start >= first_para)
            && !lines.may_be_label(i);
        let l = if past {
            lines.at_or_text(i)
        } else {
            lines.at(i)
        };
        debug_assert!(
            !past || {
                let real = lines.at(i);
                !matches!(real.class, LineClass::Label(_)) && is_content(&real) == is_content(&l)
            }
        );
        let before_para = l.line.span.start < first_para;
        let is_header_furniture =
            matches!(l.class, LineClass::Furniture(FurnitureKind::PageHeader));
        if is_content(&l) {
            content_seen += 1;
        }
        // A transcript's site title ("Nämnden 2019-06-13 - PDF Free
        // Download") often holds the only meeting date.
        if site_date.is_none()
            && content_seen == 0
            && matches!(l.class, LineClass::Furniture(FurnitureKind::Other))
        {
            let s = crate::span::trim(slice(text, l.line.span));
            if s.len() <= 300 {
                site_date = first_date(s);
            }
        }
        // A site's breadcrumb trail above the document (`Hem > Ekby kommun
        // > Socialnämnden > Sammanträde …`): its last crumb that names a
        // body.
        if header_organ.is_none() && content_seen <= 1 && l.line.span.start < first_para {
            let s = crate::span::trim(slice(text, l.line.span));
            // (A searcher built once: `str::matches` builds one per call.
            // Both count matches that do not overlap.)
            static CRUMB: Lazy<memchr::memmem::Finder<'static>> =
                Lazy::new(|| memchr::memmem::Finder::new(" > "));
            if s.len() <= 300 && CRUMB.find_iter(s.as_bytes()).take(2).count() >= 2 {
                header_organ = s.rsplit(" > ").find_map(|c| deciding_body(c.trim()));
            }
        }
        let early = (content_seen <= 15 && l.line.span.start < first_para) || is_header_furniture;
        if let LineClass::Label(label) = &l.class {
            let clue = match label.kind {
                LabelKind::Members
                | LabelKind::Adjusters
                | LabelKind::Notice
                | LabelKind::Signatures => Some(("front_page_label", DocumentKind::Protokoll)),
                LabelKind::Certification => Some(("certification", DocumentKind::Protokollsutdrag)),
                LabelKind::Officer => Some(("officer_label", DocumentKind::Tjansteskrivelse)),
                _ => None,
            };
            if let Some((clue, kind)) = clue {
                if !doc.kind_evidence.iter().any(|e| e.clue == clue) {
                    doc.kind_evidence.push(Evidence {
                        clue,
                        kind,
                        // classify's label spans are absolute already.
                        span: label.label,
                    });
                }
            }
            match label.kind {
                // A protocol's front page (`Tid och plats` is on kallelser too).
                LabelKind::Members
                | LabelKind::Adjusters
                | LabelKind::Notice
                | LabelKind::Signatures => front_page = true,
                LabelKind::Certification => certification = true,
                LabelKind::Officer => {
                    officer_label = true;
                    officer_at.get_or_insert(label.label.start);
                }
                _ => {}
            }
        }
        // The fields of a protocol's front page, also a label whose list
        // ran on too long to be read as a label (flattened transcripts).
        let field = match &l.class {
            // A flattened signature block (`Sekreterare Ordförande. Eva Ek..
            // Per Berg Justerande.. Jan Lund`): the protocol's
            // `Underskrifter`, whatever role it opens with.
            LineClass::Label(label)
                if matches!(
                    label.kind,
                    LabelKind::Secretary | LabelKind::Chair | LabelKind::Adjuster
                ) && signature_word_iter(slice(text, l.line.span))
                    .nth(1)
                    .is_some() =>
            {
                Some(LabelKind::Signatures)
            }
            LineClass::Label(label) => Some(label.kind),
            LineClass::Text if l.line.span.start < first_para => row_labels
                .leading_label(l.line.index, slice(text, l.line.span))
                .map(|(kind, _)| kind),
            _ => None,
        };
        place_and_time |= field == Some(LabelKind::PlaceAndTime);
        if let Some(kind) = field.filter(|&k| is_protocol_field(k)) {
            if !front_fields.contains(&kind) {
                front_fields.push(kind);
            }
        }
        // The first row of a flattened page that opens with its kind
        // word in capitals, after the transcript's page index
        // (`1 PRESSMEDDELANDE Ytterligare information: …`): the word
        // is the document's header (too long a row to be a cell, or
        // read as a § numbered by the index).
        // (Both only on the first content row: the rows after it are
        // passed at once.)
        if content_seen <= 1 {
            let caps = (l.line.span.len() > 200
                || matches!(l.class, LineClass::ParagraphHeading(_)))
            .then(|| leading_caps_word(text, l.line.span))
            .flatten();
            // Or a regulation's title word opening the first row, after its
            // date and page (`2015-02-05 1(13) Arbetsordning för …`).
            let regulation = leading_regulation_word(text, l.line.span);
            for w in caps.into_iter().chain(regulation) {
                if let Some((clue, kind)) = kind_words.read(slice(text, w), true) {
                    doc.kind_evidence.push(Evidence {
                        clue,
                        kind,
                        span: w,
                    });
                }
            }
        }
        // A page header repeated on the next page: its cells give the same
        // clues (pushed again, at this row), and the rest of what it is
        // read for (the organ, the header date, the municipality) is each
        // set once, from the first reading that finds it: the same text
        // read again finds only what was set from it before, or nothing.
        let top = content_seen <= 3;
        let seen = is_header_furniture
            .then(|| {
                let t = slice(text, l.line.span);
                headers.iter().find(|&&(h, tp, _)| h == t && tp == top)
            })
            .flatten();
        let repeated = seen.is_some();
        if let Some((_, _, clues)) = seen {
            // (The clues of a fresh reading of the row.)
            debug_assert_eq!(
                clues,
                &Cells::new(text, l.line.span)
                    .filter_map(|c| {
                        let (clue, kind) = KindWords::default().read(slice(text, c), top)?;
                        Some((c.start - l.line.span.start, c.len(), clue, kind))
                    })
                    .collect::<Vec<_>>()
            );
            for &(off, len, clue, kind) in clues {
                let start = l.line.span.start + off;
                doc.kind_evidence.push(Evidence {
                    clue,
                    kind,
                    span: Span::new(start, start + len),
                });
            }
        }
        if early && !repeated {
            let mut clues = Vec::new();
            // A title line naming the meeting (`Protokoll från
            // Socialutskottets sammanträde 2011-10-12`).
            if header_organ.is_none()
                && matches!(l.class, LineClass::Text | LineClass::Furniture(_))
            {
                if let Some((o, d)) = title_meeting(slice(text, l.line.span)) {
                    header_organ = Some(o);
                    if header_date.is_none() {
                        header_date = d;
                    }
                }
            }
            for c in Cells::new(text, l.line.span) {
                let cs = slice(text, c);
                if let Some((clue, kind)) = kind_words.read(cs, top) {
                    doc.kind_evidence.push(Evidence {
                        clue,
                        kind,
                        span: c,
                    });
                    if is_header_furniture {
                        clues.push((c.start - l.line.span.start, c.len(), clue, kind));
                    }
                }
                if doc.municipality.is_none() {
                    doc.municipality = municipality_in(cs).map(Cow::Owned);
                }
                if header_organ.is_none() {
                    header_organ = match l.class {
                        // A transcript's site title, made of the page's
                        // first words (`BEVIS OM ANSLAG. PROTOKOLL
                        // Kommunstyrelsen 1(50)`, `Kommunstyrelsen
                        // Sammanträdesdatum Kommunkontoret, …`): the body
                        // opening it or after its kind word.
                        LineClass::Furniture(FurnitureKind::Other) if content_seen == 0 => {
                            // (Only the first: the site's other chrome,
                            // `Storlek: px`, `Download "…"`, names no more.)
                            (!site_title_read)
                                .then(|| {
                                    site_title_read = true;
                                    organ_in_site_title(cs)
                                })
                                .flatten()
                        }
                        // A protocol's number in its header read as a §
                        // heading the assembler did not keep (`Protokoll Mn
                        // 87/2014 Miljönämnden`): the organ is its title.
                        LineClass::ParagraphHeading(h) => h
                            .title
                            .filter(|t| t.start >= c.start && t.end <= c.end)
                            .and_then(|t| deciding_body(slice(text, t))),
                        // The protocol's number before the body on the
                        // page's top rows (`Protokoll` / `6 Miljö- och
                        // hälsoskyddsnämnden`), read as a numbered item.
                        LineClass::ListItem(_) if top => {
                            let rest = cs.trim_start_matches(|ch: char| ch.is_ascii_digit());
                            (rest.len() < cs.len() && rest.starts_with(' '))
                                .then(|| deciding_body(rest))
                                .flatten()
                        }
                        _ => deciding_body(strip_kind_words(cs)),
                    };
                }
                // A cell with a date (the words are looked at only then),
                // not the value of a notice or justering field read before
                // (`Datum när anslaget sätts upp` / `2016-11-09`).
                let overlaps = |x: Span| x.start < c.end && c.start < x.end;
                let field_value = || {
                    doc.notice_posted
                        .iter()
                        .chain(&doc.notice_removed)
                        .any(|d| overlaps(d.span))
                        || doc.adjustment.as_ref().is_some_and(|a| overlaps(a.span))
                };
                if let Some(date) = (header_date.is_none() && cs.len() <= 40)
                    .then(|| first_date(cs))
                    .flatten()
                    .filter(|_| !field_value())
                {
                    let lower = cs.lower();
                    // Nor a web page's own dates (`Sidan uppdaterad:
                    // 2009-04-09`, `Publicerad`, `Senast ändrad`).
                    if !holds_any(
                        &lower,
                        &[
                            "just",
                            "anslag",
                            "överklag",
                            "uppdaterad",
                            "publicerad",
                            "ändrad",
                        ],
                    ) {
                        header_date = Some(date);
                        // "Kommunfullmäktige 2021-11-22": a body and the
                        // date of its meeting.
                        header_meeting = organ_and_date(cs);
                    }
                }
            }
            if is_header_furniture && headers.len() < MAX_HEADERS {
                headers.push((slice(text, l.line.span), top, clues));
            }
        }
        // Meeting date: a `Sammanträdesdatum` label line, or the line after it,
        // before the first §: the rows after it are not read for it.
        // Lower-case only the start of the line, not all of it.
        // (Once the meeting date is known, the rows are not read for it:
        // `last_label_meeting` is read only while it is not.)
        if before_para && doc.meeting_date.is_none() {
            let s = crate::span::trim(slice(text, l.line.span));
            // (Only an `s` or `S` lower-cases to `s`: other rows are not
            // compared.)
            let is_meeting_label = s.as_bytes().first().is_some_and(|&b| b | 0x20 == b's')
                && crate::headings::match_ci_prefix(s, "sammanträdes").is_some();
            // (The line after an empty label is its value, not another
            // label's: `Sammanträdesdatum` / `Datum för anslags uppsättande
            // 24 mars 2015` in a blank anslag block.)
            let value_after = last_label_meeting
                && !crate::headings::leading_label(s)
                    .is_some_and(|(kind, _)| kind != LabelKind::MeetingDate);
            if doc.meeting_date.is_none() && (is_meeting_label || value_after) {
                doc.meeting_date = first_date(s);
            }
            // A notice written as prose (`Valnämnden har haft sammanträde
            // den 5 mars 2014. Protokollet, som justerats den 7 mars …`):
            // the date right after the words, in their sentence.
            if doc.meeting_date.is_none() {
                doc.meeting_date = held_meeting_date(s);
            }
            if !s.is_empty() {
                last_label_meeting = is_meeting_label && first_date(s).is_none();
            }
        }
    }
    let from_header = doc.organ.is_some() || header_organ.is_some();
    if doc.organ.is_none() {
        doc.organ = header_organ.map(Cow::Owned);
    }
    if doc.organ.is_none() {
        // The notice block of a flattened front page: `… Organ
        // Kommunstyrelsen Datum när anslaget …`, `Kommunfullmäktiges
        // protokoll är justerat`.
        doc.organ = lines
            .iter()
            .take_while(|l| l.line.span.start < first_para)
            .filter(|l| matches!(l.class, LineClass::Text | LineClass::Label(_)))
            .take(400)
            .find_map(|l| organ_in_line(slice(text, l.line.span)))
            .map(Cow::Owned);
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
    // A region's, a landsting's or a joint body's own text names the
    // municipalities it serves, not itself (`ansökan om fristående
    // gymnasieskola i Krokoms kommun` in a landstingsstyrelse's §).
    let joint_body = doc.organ.as_deref().is_some_and(|o| {
        let o = o.lower();
        ["landsting", "region", "förbund", "direktion"]
            .iter()
            .any(|w| o.contains(w))
    });
    if doc.municipality.is_none() && !joint_body {
        // Running text names it: "Alingsås kommun lämnar ett samlat svar".
        // Only a kommun or stad: a region named in running text is usually
        // a partner ("Region X avser att …"), not the author.
        // (Only the rows' text is read, not their classes.)
        doc.municipality = (0..lines.len().min(120))
            .filter_map(|i| lines.line(i))
            .find_map(|l| {
                let t = slice(text, l.span);
                // The pattern needs one of these literally: skip the regex
                // on lines without them.
                let may = t.as_bytes().windows(4).any(|w| {
                    matches!(w, b"ommu" | b"OMMU" | b"stad" | b"STAD" | b"egio" | b"EGIO")
                });
                // (The match found first by the lazy DFA: most lines with
                // the letters have none, and a capture search is slower.)
                (may && MUNICIPALITY.is_match(t))
                    .then(|| MUNICIPALITY.captures_iter(t))
                    .into_iter()
                    .flatten()
                    .filter_map(|c| c.name("m").or_else(|| c.name("r")))
                    // Not a guest's affiliation in a list of the people
                    // present (`Tomas Ek, utredare Kalix kommun`).
                    .filter(|m| !is_affiliation(t, m.start()))
                    .find_map(|m| municipality_in(m.as_str()))
            })
            .filter(|m| !m.starts_with("Region "))
            .map(Cow::Owned);
    }

    // A law's or regulation's articles are written with the sign after the
    // number (`1 § Fullmäktige beslutar i ärenden …`), as some web pages
    // write their § items (`56 § Föregående protokoll`): items only under
    // a protocol's front page or its name.
    let sign_after = |p: &Paragraph<'_>| p.label.ends_with('§');
    if !doc.paragraphs.is_empty()
        && doc.paragraphs.iter().all(sign_after)
        && !front_page
        && !doc.kind_evidence.iter().any(|e| e.clue == "protocol_word")
    {
        doc.paragraphs.clear();
    }
    let strong = doc
        .paragraphs
        .iter()
        .filter(|p| p.label.contains('§') || p.label.contains('$'))
        .count();
    let paragraphs = doc.paragraphs.len();
    let proposal = doc
        .decisions
        .iter()
        .any(|d| d.kind == DecisionKind::Forslag);
    let memo_evidence = [
        officer_label,
        kind_words.memo,
        !doc.case_numbers.is_empty(),
        doc.document_date.is_some(),
        doc.organ.is_some(),
        proposal,
        doc.people
            .iter()
            .any(|p| p.role.as_deref() != Some("handläggare")),
    ]
    .iter()
    .filter(|&&b| b)
    .count();
    // The agenda, read at most once: for the kind and for a kallelse's toc.
    let agenda_cell = std::cell::OnceCell::new();
    let agenda_entries = || agenda_cell.get_or_init(|| agenda(text, lines));
    let dated_meeting =
        header_date.is_some() || doc.meeting_date.is_some() || doc.meeting_time.is_some();
    // A notice names its meeting: a date or time, or at least an agenda.
    // The word alone heads a web page about what a kallelse is.
    // A regulation's title and its articles, with no front page: no
    // meeting at all (its `Fullmäktige väljer …` reads like a decision).
    let regulation = kind_words.regulation && !front_page && front_fields.is_empty();
    doc.kind = if regulation {
        DocumentKind::Okand
    } else if kind_words.notice
        && strong == 0
        && !front_page
        && (dated_meeting || !agenda_entries().is_empty())
    {
        DocumentKind::Kallelse
    } else if paragraphs > 0 && !(kind_words.other && strong == 0) {
        if (kind_words.extract || certification) && paragraphs <= 3 && !front_page {
            DocumentKind::Protokollsutdrag
        } else {
            DocumentKind::Protokoll
        }
    } else if kind_words.other {
        DocumentKind::Okand
    } else if (front_fields.len() >= 3
        || front_fields.len() + usize::from(place_and_time && !front_fields.is_empty()) >= 2
            && doc.kind_evidence.iter().any(|e| e.clue == "protocol_word"))
        && !officer_label
        && !kind_words.memo
    {
        // A protocol's front page without a § (an excerpt of its first
        // pages): three of its fields are no memo's or agenda's; two under
        // a header that names a protocol.
        DocumentKind::Protokoll
    } else if !kind_words.memo
        && dated_meeting
        && agenda_without_heading(text, lines, agenda_entries(), officer_at)
    {
        DocumentKind::Kallelse
    } else if kind_words.memo || officer_label || memo_evidence >= 3 {
        DocumentKind::Tjansteskrivelse
    } else {
        DocumentKind::Okand
    };
    // A press release or motion with a page index read as a bare-number §:
    // no § sign anywhere, no items.
    if doc.kind == DocumentKind::Okand && kind_words.other && (strong == 0 || regulation) {
        doc.paragraphs.clear();
    }
    if doc.kind == DocumentKind::Kallelse {
        // Numbered agenda items are not § items of a protocol.
        if strong == 0 {
            doc.paragraphs.clear();
        }
        let entries = agenda_cell
            .into_inner()
            .unwrap_or_else(|| agenda(text, lines));
        if entries.len() > doc.toc.len() {
            doc.toc = entries;
        }
    }
    if matches!(
        doc.kind,
        DocumentKind::Tjansteskrivelse | DocumentKind::Kallelse
    ) && doc.document_date.is_none()
    {
        // The dating line above the signature: "Ljungås den 26 november 2019".
        // (A searcher built once: a `str::contains` builds one per call.)
        static DEN: Lazy<memchr::memmem::Finder<'static>> =
            Lazy::new(|| memchr::memmem::Finder::new("den"));
        // (Only the rows' text is read, not their classes.)
        doc.document_date = (0..lines.len())
            .filter_map(|i| lines.line(i))
            .find_map(|l| {
                let t = crate::span::trim(slice(text, l.span));
                // The pattern needs ` den ` (any white space) and ends in a
                // digit (`\d`, a Unicode digit: numeric): cheap tests first.
                (t.len() < 60
                    && t.chars().next_back().is_some_and(char::is_numeric)
                    && DEN.find(t.as_bytes()).is_some()
                    && DATING_LINE.is_match(t))
                .then(|| first_date(t))
                .flatten()
            });
    }
    match doc.kind {
        DocumentKind::Tjansteskrivelse if doc.document_date.is_none() => {
            doc.document_date = header_date;
        }
        // The header date of a kallelse is its issue date unless it is the
        // meeting's own date.
        DocumentKind::Kallelse if doc.meeting_date.is_none() => doc.meeting_date = header_date,
        DocumentKind::Kallelse
            if doc.document_date.is_none() && header_date != doc.meeting_date =>
        {
            doc.document_date = header_date;
        }
        DocumentKind::Protokoll | DocumentKind::Protokollsutdrag if doc.meeting_date.is_none() => {
            doc.meeting_date = header_date.or(site_date);
        }
        // A document of no known kind (a party's yrkande, a press release)
        // keeps only what its header says: the body and meeting it is
        // written for ("Kommunfullmäktige 2021-11-22"), not a body read from
        // decisions in its running text.
        DocumentKind::Okand => {
            if !from_header {
                doc.organ = header_meeting.as_ref().map(|(o, _)| Cow::Owned(o.clone()));
            }
            if doc.meeting_date.is_none() {
                doc.meeting_date = header_meeting.as_ref().map(|&(_, d)| d);
            }
        }
        _ => {}
    }
    // Structural clues.
    if let Some(p) = doc.paragraphs.iter().find(|p| p.label.contains('§')) {
        // Where the label stands in the § (not always at its start).
        let at = slice(text, p.span).find(p.label.as_ref()).unwrap_or(0);
        let start = p.span.start + at;
        doc.kind_evidence.push(Evidence {
            clue: "paragraph_heading",
            kind: DocumentKind::Protokoll,
            span: Span::new(start, start + p.label.len()),
        });
    }
    if let Some(d) = doc
        .decisions
        .iter()
        .find(|d| d.kind == DecisionKind::Forslag)
    {
        doc.kind_evidence.push(Evidence {
            clue: "proposal",
            kind: DocumentKind::Tjansteskrivelse,
            span: d.span,
        });
    }
    if doc.kind == DocumentKind::Kallelse {
        if let Some(t) = doc.toc.first() {
            doc.kind_evidence.push(Evidence {
                clue: "agenda_entry",
                kind: DocumentKind::Kallelse,
                span: t.span,
            });
        }
    }
    doc.kind_evidence.sort_by_key(|e| e.span.start);
    let same = |a: DocumentKind, b: DocumentKind| {
        a == b
            || matches!(
                (a, b),
                (DocumentKind::Protokoll, DocumentKind::Protokollsutdrag)
                    | (DocumentKind::Protokollsutdrag, DocumentKind::Protokoll)
            )
    };
    let kind = doc.kind;
    let support = doc
        .kind_evidence
        .iter()
        .filter(|e| same(e.kind, kind))
        .count();
    if kind != DocumentKind::Okand && support <= 1 {
        doc.diagnostics.push(Diagnostic::new(
            "kind_evidence_weak",
            Severity::Info,
            format!("{} was decided from {} clue(s)", kind.as_str(), support),
            doc.kind_evidence
                .iter()
                .find(|e| same(e.kind, kind))
                .map(|e| e.span)
                .unwrap_or_default(),
        ));
    }
    // A conflict: a clue for another kind. An extract has § headings and a
    // protocol's page header, so those do not conflict with it; extract
    // words do conflict with a full protocol.
    let conflicts = |e: &Evidence| {
        e.kind != DocumentKind::Okand
            && !(e.kind == kind
                || kind == DocumentKind::Protokollsutdrag && e.kind == DocumentKind::Protokoll)
    };
    if let Some(other) = doc.kind_evidence.iter().find(|e| conflicts(e)) {
        doc.diagnostics.push(Diagnostic::new(
            "kind_evidence_conflict",
            Severity::Info,
            format!(
                "read as {} although a {} speaks for {}",
                kind.as_str(),
                other.clue,
                other.kind.as_str()
            ),
            other.span,
        ));
    }
    if doc.kind == DocumentKind::Okand {
        let why = if regulation {
            "a regulation (its title word at the top, no front page): its § are articles, not items of a meeting"
        } else if kind_words.other {
            "a kind of document this crate does not parse (a press release, motion or yrkande named at the top), no § items"
        } else {
            "no § items, no tjänsteskrivelse header or proposal, no agenda: the kind could not be told"
        };
        doc.diagnostics.push(Diagnostic::new(
            "unknown_kind",
            Severity::Warning,
            why,
            Span::new(0, text.len()),
        ));
    }
    if doc.kind == DocumentKind::Protokollsutdrag && doc.paragraphs.len() == 1 {
        doc.title = doc.paragraphs.first().and_then(|p| p.title.clone());
    }
    if matches!(
        doc.kind,
        DocumentKind::Protokoll | DocumentKind::Protokollsutdrag
    ) {
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
    // A title is a memo's ärendemening, or an extract's of its one §
    // (OUTPUT.md): the first plain line of a protocol's front page (`Protokollet
    // är justerat …`, a signatory) is none.
    if matches!(doc.kind, DocumentKind::Kallelse | DocumentKind::Okand)
        || matches!(
            doc.kind,
            DocumentKind::Protokoll | DocumentKind::Protokollsutdrag
        ) && doc.paragraphs.len() != 1
    {
        doc.title = None;
    }
    let front = Span::new(
        0,
        doc.paragraphs
            .first()
            .map(|p| p.span.start)
            .unwrap_or(text.len()),
    );
    doc.references = find_references(slice(text, front));
}

/// Whether `hay` holds one of `words` (none empty): the same as
/// `words.iter().any(|w| hay.contains(w))`, in one pass over the bytes of
/// a short text, each word compared only where its first byte stands (a
/// `str::contains` builds a searcher per call).
fn holds_any(hay: &str, words: &[&str]) -> bool {
    // The words' first bytes, as a set of 256 bits.
    let mut firsts = [0u64; 4];
    for w in words {
        if let Some(&f) = w.as_bytes().first() {
            if let Some(x) = firsts.get_mut(usize::from(f >> 6)) {
                *x |= 1 << (f & 63);
            }
        }
    }
    let b = hay.as_bytes();
    b.iter().enumerate().any(|(i, &c)| {
        firsts
            .get(usize::from(c >> 6))
            .is_some_and(|x| x >> (c & 63) & 1 != 0)
            && b.get(i..)
                .is_some_and(|r| words.iter().any(|w| r.starts_with(w.as_bytes())))
    })
}

/// A table of contents flattened into one long line (a transcript's page:
/// `Ärendelista 26 Dnr KS 2018/14 Information... 3 27 Dnr KS 2018/124
/// Årsredovisning 2017... 4 28 …`, FORMATS.md section 8: several entries
/// on one line), read from the raw lines before `before` (the first §).
///
/// The entries are told apart by their numbers: after the contents title,
/// a run of three or more consecutive numbers, the first right after the
/// title, each opening its entry. An entry's `Dnr` and case number, its
/// leaders and page number, and a group label in capitals after it
/// (`BESLUTAS AV KOMMUNFULLMÄKTIGE`) are not title text. Entries whose
/// numbers the transcript lost are not guessed.
fn flat_toc(text: &str, before: usize) -> Vec<TocEntry<'_>> {
    // At most this much of a line is read as contents, and at most this
    // many words: a page of contents is a few kilobytes.
    const MAX_REGION: usize = 8 << 10;
    const MAX_WORDS: usize = 1500;
    let head = text.get(..before.min(text.len())).unwrap_or("");
    // The lines of `head` as `split_inclusive('\n')` gives them: the line
    // breaks found in one vectorized pass (a char search a line costs
    // more on the short lines, which are most).
    let ends = memchr::memchr_iter(b'\n', head.as_bytes())
        .map(|i| i + 1)
        .chain([head.len()]);
    let mut start = 0;
    for end in ends {
        let line_start = start;
        if end <= line_start {
            continue;
        }
        start = end;
        // A flattened page is long; a contents line of its own is read by
        // the first pass.
        if end - line_start < 200 {
            continue;
        }
        let Some(line) = head.get(line_start..end) else {
            continue;
        };
        // The contents title as a word of the line, text after it.
        // (`words` gives true offsets also after white space other than a
        // space.)
        let Some((title_at, title)) = crate::headings::words(line)
            .find(|(_, w)| may_be_toc_title(w) && crate::is_toc_title(w.trim_end_matches(':')))
        else {
            continue;
        };
        let from = line_start + title_at + title.len();
        let region_end = line_start + line.trim_end().len();
        let region_end = region_end.min(from + MAX_REGION);
        let Some(region) = text.get(from..region_end) else {
            continue;
        };
        // The region's words and their offsets in `text`.
        let ws: Vec<(usize, &str)> = region
            .split(' ')
            .scan(from, |at, w| {
                let here = *at;
                *at += w.len() + 1;
                Some((here, w))
            })
            .filter(|(_, w)| !w.is_empty())
            .take(MAX_WORDS)
            .collect();
        let number = |w: &str| -> Option<u32> {
            (w.len() <= 4 && w.bytes().all(|b| b.is_ascii_digit()))
                .then(|| w.parse().ok())
                .flatten()
        };
        // The run of rising numbers from one of the first words (a page
        // number may stand first: `1 [1] 101 …`): each next one is the
        // first later word with a number at most three above the last
        // (entries withdrawn or lost leave gaps). When a number is written
        // twice (`4 Sekretessgenomgång 5 5 Faderskapsutredning`: a page
        // number, then the entry's), the second opens the entry. Linear:
        // every word is passed once per start, and there are three starts.
        let chain_from = |k0: usize, first: u32| {
            let mut chain: Vec<(usize, u32)> = vec![(k0, first)];
            for (k, (_, w)) in ws.iter().enumerate().skip(k0 + 1) {
                let last = chain.last().map_or(0, |&(_, n)| n);
                let Some(v) = number(w).filter(|&v| v > last && v <= last + 3) else {
                    continue;
                };
                // Twice (see above), or a date's day (`4 juni 2018`).
                let next = ws.get(k + 1).map_or("", |(_, x)| *x);
                if number(next) == Some(v)
                    || crate::date::MONTH_NAMES.iter().any(|m| lower_eq(next, m))
                {
                    continue;
                }
                // A gap only when the next number is not near: `november 9
                // 2018 8 Årsbokslut` has a page number 9 before entry 8.
                let nearer = v > last + 1
                    && ws
                        .iter()
                        .skip(k + 1)
                        .take(10)
                        .any(|(_, x)| number(x) == Some(last + 1));
                if nearer {
                    continue;
                }
                chain.push((k, v));
            }
            chain
        };
        // Only page-number words (`1 [1]`) may stand before the first
        // entry: text first is a list written `Title N`, whose numbers are
        // ambiguous (FORMATS.md section 8).
        let Some(chain) = (0..3)
            .take_while(|&k0| {
                ws.iter()
                    .take(k0)
                    .all(|(_, w)| w.bytes().any(|b| b.is_ascii_digit()))
            })
            .filter_map(|k0| {
                let first = ws.get(k0).and_then(|(_, w)| number(w))?;
                Some(chain_from(k0, first))
            })
            .max_by_key(|c| c.len())
        else {
            continue;
        };
        if chain.len() < 3 {
            continue;
        }
        let mut out = Vec::new();
        for (c, &(k, n)) in chain.iter().enumerate() {
            let entry_end = chain
                .get(c + 1)
                .and_then(|&(next, _)| ws.get(next))
                .map_or(region_end, |&(at, _)| at);
            let Some(&(num_at, num)) = ws.get(k) else {
                continue;
            };
            let body_start = num_at + num.len();
            let Some(body) = text.get(body_start..entry_end) else {
                continue;
            };
            if let Some(e) = flat_toc_entry(text, n, num_at, body_start, body) {
                out.push(e);
            }
        }
        if out.len() >= 3 {
            return out;
        }
    }
    Vec::new()
}

/// Whether word `w` can be a one-word contents title (`Innehåll`,
/// `Ärendelista`, `Föredragningslista`, `Dagordning`, …): eight bytes or
/// more. A cheap test before [`crate::is_toc_title`] (which tests the
/// first letter itself) on every word of a long line.
fn may_be_toc_title(w: &str) -> bool {
    w.len() >= 8
}

/// One entry of [`flat_toc`]: number `n` at `num_at`, its text `body` at
/// `body_start`.
fn flat_toc_entry<'a>(
    text: &'a str,
    n: u32,
    num_at: usize,
    body_start: usize,
    body: &'a str,
) -> Option<TocEntry<'a>> {
    let mut t = body.trim();
    let t_start = body_start + (body.len() - body.trim_start().len());
    // A case number first (`Dnr KS 2018/14 Information`).
    let mut case_number = None;
    let after_label = crate::headings::label(t)
        .filter(|l| l.kind == LabelKind::CaseNumber)
        .map(|l| l.label.end);
    if let Some(skip) = after_label {
        let rest = t.get(skip..).unwrap_or("");
        let rest = rest.trim_start_matches(':').trim_start();
        let rest_at = t_start + (t.len() - rest.len());
        if let Some(m) = find_case_number_matches(rest)
            .0
            .into_iter()
            .next()
            .filter(|m| m.case_number.span.start == 0)
        {
            let mut c = m.case_number;
            let end = c.span.end;
            c.span = c.span.offset(rest_at);
            case_number = Some(c);
            t = rest.get(end..).unwrap_or("").trim_start();
        }
    }
    // A page number at the end, after leaders or not (`Information... 3`,
    // `Sekretessgenomgång 5`, `Kontaktpolitiker 2019 18-19`): one to three
    // digits, or a range of them; a year stays.
    let mut title = t.trim_end();
    if let Some((head, last)) = title.rsplit_once(' ') {
        let page = |x: &str| (1..=3).contains(&x.len()) && x.bytes().all(|b| b.is_ascii_digit());
        let is_page = match last.split_once(['-', '–']) {
            Some((a, b)) => page(a) && page(b),
            None => page(last),
        };
        if is_page {
            title = head;
        }
    }
    let mut title = title.trim_end_matches(['.', '…', ' ', '/']);
    // A group label in capitals after the title (`… AB BESLUTAS AV
    // KOMMUNFULLMÄKTIGE`): two or more words without a lower-case letter.
    let ws: Vec<&str> = title.split(' ').collect();
    let caps = ws
        .iter()
        .rev()
        .take_while(|w| w.chars().any(char::is_alphabetic) && !w.chars().any(char::is_lowercase))
        .count();
    if caps >= 2 && caps < ws.len() {
        let keep: usize = ws
            .iter()
            .take(ws.len() - caps)
            .map(|w| w.len() + 1)
            .sum::<usize>()
            .saturating_sub(1);
        title = title.get(..keep).unwrap_or(title).trim_end();
    }
    if title.is_empty() || !title.chars().any(char::is_alphabetic) {
        return None;
    }
    let end = t_start + body.trim().len();
    Some(TocEntry {
        number: Some(n),
        title: Cow::Borrowed(title),
        case_number,
        span: Span::new(num_at, end.max(num_at)),
        presenter: None,
    })
    .filter(|_| text.is_char_boundary(num_at))
}

/// A meeting's agenda that no `Kallelse` or `Föredragningslista` heads (a
/// web page of the meeting's papers: `Sammanträde 2023-11-22`, `Dag:`,
/// `Tid:`, then `1 Title`, `2 Title` with their proposals), asked only of
/// a text with a meeting date or time: at least three agenda `entries`
/// that are not the numbered points of a memo's proposal. Those stand
/// after the memo's header (its `Handläggare`), right under a proposal
/// heading or a lead-in (`… föreslås besluta:`), or as sentences on
/// consecutive lines.
fn agenda_without_heading(
    text: &str,
    lines: &Classified<'_>,
    entries: &[TocEntry<'_>],
    officer_at: Option<usize>,
) -> bool {
    let Some(first) = entries.first() else {
        return false;
    };
    if entries.len() < 3 || officer_at.is_some_and(|at| at < first.span.start) {
        return false;
    }
    let before = lines
        .iter()
        .take_while(|l| l.line.span.start < first.span.start)
        .filter(|l| {
            !matches!(l.class, LineClass::Blank | LineClass::Furniture(_))
                && !slice(text, l.line.span).trim().is_empty()
        })
        .last();
    if let Some(b) = before {
        let t = slice(text, b.line.span).trim();
        if matches!(b.class, LineClass::SectionHeading(_))
            || t.ends_with(':')
            || contains_any_case(t, "besluta")
        {
            return false;
        }
    }
    let sentences = entries.iter().all(|e| e.title.trim_end().ends_with('.'));
    let adjacent = entries.windows(2).all(|w| match w {
        [a, b] => text
            .get(a.span.end..b.span.start)
            .is_some_and(|gap| gap.bytes().filter(|&c| c == b'\n').count() <= 1),
        _ => true,
    });
    !(sentences && adjacent)
}

/// The body a transcript's site title names (the title is the page's first
/// words, run together): the longest run of at most six words opening the
/// title, or right after its kind word, that names a body
/// (`BEVIS OM ANSLAG. PROTOKOLL Kommunstyrelsen 1(50)`,
/// `Kommunstyrelsen Sammanträdesdatum Kommunkontoret, Surahammar`).
fn organ_in_site_title(s: &str) -> Option<String> {
    if s.len() > 300 {
        return None;
    }
    // (Words without the punctuation that runs them together: `Miljönämnden.`.)
    let words: Vec<&str> = s
        .split_whitespace()
        .map(|w| w.trim_end_matches(['.', ',', ':', ';']))
        .collect();
    let kind_word = |w: &str| {
        let w = w.trim_end_matches(['.', ':']);
        [
            "protokoll",
            "sammanträdesprotokoll",
            "protokollsutdrag",
            "kallelse",
        ]
        .iter()
        .any(|k| lower_eq(w, k))
    };
    let starts = std::iter::once(0).chain(
        words
            .iter()
            .enumerate()
            .filter(|(_, w)| kind_word(w))
            .map(|(i, _)| i + 1),
    );
    for at in starts {
        let rest = words.get(at..).unwrap_or(&[]);
        if !rest
            .first()
            .is_some_and(|w| w.starts_with(char::is_uppercase))
        {
            continue;
        }
        // A field's label opening the run is no body's name
        // (`Sammanträdesdatum Kommunstyrelsen`, `Instans …`).
        if crate::headings::leading_label(&rest.join(" ")).is_some() {
            continue;
        }
        // The shortest run that is a body's name as it stands (the title
        // runs on into other fields; `Beslutas av kommunfullmäktige` names
        // the body inside a sentence).
        let found = shortest_body(rest, true);
        if found.is_some() {
            return found;
        }
    }
    None
}

/// The shortest run of at most six of `words` from the first that names a
/// body (a value running on into the next field: `Kommunfullmäktige Datum
/// för …`); with `as_written`, only a run that is the body's name as it
/// stands, no prefix or case changed.
fn shortest_body(words: &[&str], as_written: bool) -> Option<String> {
    (1..=words.len().min(6)).find_map(|n| {
        let run = words.get(..n)?.join(" ");
        deciding_body(&run).filter(|o| !as_written || *o == run)
    })
}

/// The date of a meeting a notice's sentence says was held (`har haft
/// sammanträde den 5 mars 2014`, `hade sammanträde 2014-03-05`): the first
/// date in the sentence after the words.
fn held_meeting_date(s: &str) -> Option<Date> {
    // (Most rows have no `sammanträde`: one search settles them.)
    static WORD: Lazy<memchr::memmem::Finder<'static>> =
        Lazy::new(|| memchr::memmem::Finder::new("sammanträde "));
    let at = WORD.find(s.as_bytes())?;
    let before = s.get(..at)?.trim_end();
    if !(before.ends_with("har haft") || before.ends_with("hade") || before.ends_with("höll")) {
        return None;
    }
    let rest = s.get(at..)?;
    let sentence = rest
        .find(". ")
        .map_or(rest, |e| rest.get(..e).unwrap_or(rest));
    first_date(sentence)
}

/// Whether `b` holds `rotokoll`, `ROTOKOLL`, `ammanträd` or `AMMANTRÄD`
/// (the anchor words of [`title_meeting`], as written): each is looked
/// for where its rarer byte stands, a `k` or `K` four bytes in, the lead
/// byte of `ä` or `Ä` seven bytes in (two scans of the row, not four
/// searches).
fn holds_anchor_word(b: &[u8]) -> bool {
    memchr::memchr2_iter(b'k', b'K', b)
        .any(|i| i >= 4 && matches!(b.get(i - 4..i + 4), Some(b"rotokoll" | b"ROTOKOLL")))
        || memchr::memchr_iter(0xC3, b).any(|i| {
            i >= 7
                && b.get(i - 7..i + 3)
                    .is_some_and(|w| w == "ammanträd".as_bytes() || w == "AMMANTRÄD".as_bytes())
        })
}

/// The body and the meeting date a title line names: `Protokoll från
/// Socialutskottets sammanträde 2011-10-12`, `Protokoll fört vid
/// sammanträde med Ekby stadsdelsnämnd den 23 maj 2019`, `Kommunstyrelsens
/// protokoll 2019-05-06`. The line opens with the title (an agenda entry
/// `3 Arbetsutskottets protokoll 4 juni` is none), and a notice line
/// (`Socialnämndens protokoll är justerat`) or a kallelse's is no title.
fn title_meeting(line: &str) -> Option<(String, Option<Date>)> {
    let s = line.trim();
    // Every header line is asked: the anchor words settle most of them
    // before anything is lower-cased or split.
    if s.len() > 200 || !holds_anchor_word(s.as_bytes()) {
        return None;
    }
    let lower = s.lower();
    if holds_any(&lower, &["just", "anslag", "överklag", "kallelse"]) {
        return None;
    }
    let words: Vec<&str> = s.split_whitespace().collect();
    let bare = |w: &str| w.trim_end_matches([',', '.', ':']).lower();
    let is_anchor = |w: &str| {
        matches!(
            bare(w).as_str(),
            "protokoll" | "sammanträdesprotokoll" | "sammanträde" | "sammanträdet"
        )
    };
    // `<Organ>s` before an anchor word, the whole phrase.
    let genitive = |ws: &[&str]| -> Option<String> {
        // (`deciding_body`: no function words, so `Lista över ärenden
        // till omsorgsnämndens sammanträde` names none.) A caption's
        // number ends what came before (`Bilaga 1. Kommunfullmäktiges
        // protokoll`).
        let from = ws
            .iter()
            .rposition(|w| w.bytes().any(|b| b.is_ascii_digit()) || w.ends_with('.'))
            .map_or(0, |i| i + 1);
        ws.get(from..)?
            .join(" ")
            .strip_suffix('s')
            .and_then(deciding_body)
    };
    // The longest run of words at the start of `ws` that names a body.
    let body = |ws: &[&str]| -> Option<String> {
        (1..=ws.len().min(6)).rev().find_map(|n| {
            let phrase = ws.get(..n)?.join(" ");
            let phrase = phrase.trim_end_matches([',', '.', ':']);
            let mut cs = phrase.chars();
            let first = cs.next()?;
            deciding_body(&first.to_uppercase().chain(cs).collect::<String>())
        })
    };
    let anchor = words.iter().take(7).position(|w| is_anchor(w))?;
    let organ = if anchor == 0 {
        let mut i = 1;
        while words
            .get(i)
            .is_some_and(|w| matches!(bare(w).as_str(), "från" | "fört" | "vid" | "för"))
        {
            i += 1;
        }
        let rest = words.get(i..).unwrap_or(&[]);
        match rest.iter().take(7).position(|w| is_anchor(w)) {
            // `… från Socialutskottets sammanträde`
            Some(j) if j > 0 => genitive(rest.get(..j)?),
            // `… vid sammanträde med Ekby stadsdelsnämnd`
            Some(j) => {
                let after = rest.get(j + 1..)?;
                let after = match after.first() {
                    Some(w) if bare(w) == "med" => after.get(1..)?,
                    _ => after,
                };
                body(after)
            }
            // `Protokoll från kommunstyrelsen 2019-05-06`
            None if i > 1 => body(rest),
            None => None,
        }
    } else {
        genitive(words.get(..anchor)?)
    }?;
    Some((organ, first_date(s)))
}

/// A header cell that is a body and a date, `Kommunfullmäktige 2021-11-22`
/// or `Socialnämnden den 4 maj 2020`: the body in normal case and the date.
fn organ_and_date(cell: &str) -> Option<(String, Date)> {
    let (dates, _) = crate::date::find_dates(cell);
    let d = dates.first()?;
    let after = cell.get(d.span.end..)?.trim();
    let before = cell.get(..d.span.start)?.trim_end();
    let before = before
        .strip_suffix(" den")
        .or_else(|| before.strip_suffix(','))
        .unwrap_or(before);
    if !after.is_empty() {
        return None;
    }
    deciding_body(before).map(|o| (o, d.date))
}

/// "<Place> den <date>", the line that dates a letter.
static DATING_LINE: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"^\p{Lu}[\p{L}\-]+(?:\s\p{Lu}[\p{L}\-]+)?,?\s+den\s+\d{1,2}\s+\p{Ll}+\s+\d{4}$")
        .unwrap_or_else(|_| never())
});

/// `<Name> kommun`, `<Name> stad` as group `m`, `Region <Name>` as `r`. The word
/// boundaries are written as "start or a non-word character" and "end or a
/// non-word character" outside the group: a Unicode `\b` stops the lazy DFA
/// on non-ASCII text, and the fallback engines are slow.
static MUNICIPALITY: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"(?:^|\W)(?:(?P<m>\p{Lu}[\p{L}\-]+\s(?:kommun|KOMMUN|Kommun|stad|STAD))(?:$|\W)|(?P<r>(?:Region|REGION)\s\p{Lu}[\p{L}\-]+))")
        .unwrap_or_else(|_| never())
});

/// The number that opens an agenda entry: `3`, `3.`, `Ärende 3`, alone or
/// before the title. Returns the number and the rest of the cell.
fn entry_number(cell: &str) -> Option<(u32, &str)> {
    let c = cell.trim_start();
    let c = c
        .strip_prefix("Ärende ")
        .or_else(|| c.strip_prefix("ärende "))
        .or_else(|| c.strip_prefix("§ "))
        .unwrap_or(c);
    let digits = c.bytes().take_while(u8::is_ascii_digit).count();
    if digits == 0 || digits > 3 {
        return None;
    }
    let n: u32 = c.get(..digits)?.parse().ok()?;
    let rest = c.get(digits..)?;
    let stop = rest.starts_with('.');
    let rest = rest.strip_prefix('.').unwrap_or(rest);
    if !(rest.is_empty() || rest.starts_with(' ')) {
        return None;
    }
    let rest = rest.trim();
    // A web page's ordered list around numbered items (`1. 4.`): the list
    // counts from 1 in every group, the second number is the item's own.
    if stop {
        if let Some(own) = rest.strip_suffix('.') {
            if (1..=3).contains(&own.len()) && own.bytes().all(|b| b.is_ascii_digit()) {
                return Some((own.parse().ok()?, ""));
            }
        }
    }
    // "3 000 kronor", "2019 års": a number that is part of a sentence.
    if rest.starts_with(|c: char| c.is_ascii_digit() || c.is_lowercase()) {
        return None;
    }
    Some((n, rest))
}

/// Whether `s` looks like a person's name: two to four capitalized words.
fn looks_like_person(s: &str) -> bool {
    is_name(s.trim())
}

/// A group label between agenda entries: an upper-case line
/// (`BESLUTSÄRENDEN`, `INFORMATIONSÄRENDEN`) or a short line ending in
/// `ärenden`.
fn is_group_label(s: &str) -> bool {
    let letters: Vec<char> = s.chars().filter(|c| c.is_alphabetic()).collect();
    letters.len() >= 4 && letters.iter().all(|c| c.is_uppercase())
        || (s.split_whitespace().count() <= 3
            && s.lower().trim_end_matches(':').ends_with("ärenden"))
}

/// An empty table cell: `‐`, `-`, `–`, `X`, `/`.
fn is_empty_cell(s: &str) -> bool {
    matches!(s.trim(), "‐" | "-" | "–" | "X" | "x" | "/" | "—")
}

/// The agenda of a kallelse, read by form: entries numbered 1, 2, 3 … in
/// order (the numbering is what tells an entry from other numbers), each
/// with a title (wrapped lines joined), a diarienummer and a presenter,
/// whether the table's columns were kept apart, flattened into one line, or
/// put one cell per line.
fn agenda<'a>(text: &'a str, lines: &Classified<'_>) -> Vec<TocEntry<'a>> {
    struct Open {
        number: u32,
        parts: Vec<Span>,
        start: usize,
        end: usize,
        blank_after: bool,
    }
    let mut out: Vec<TocEntry<'a>> = Vec::new();
    let mut open: Option<Open> = None;
    let mut expected = 1u32;
    let finish = |o: Open, out: &mut Vec<TocEntry<'a>>| {
        let mut title = String::new();
        let mut case_number = None;
        let mut presenter: Option<Cow<'a, str>> = None;
        // Searchers built once (a `str::find` builds one per call).
        static BR: Lazy<memchr::memmem::Finder<'static>> =
            Lazy::new(|| memchr::memmem::Finder::new("<br>"));
        static PRESENTER: Lazy<memchr::memmem::Finder<'static>> =
            Lazy::new(|| memchr::memmem::Finder::new("föredragande:"));
        // Split cells at HTML line breaks; drop attachment lists.
        let mut pieces: Vec<Span> = Vec::new();
        for &p in &o.parts {
            let mut rest = p;
            while let Some(i) = BR.find(slice(text, rest).as_bytes()) {
                pieces.push(Span::new(rest.start, rest.start + i));
                rest = Span::new(rest.start + i + 4, rest.end);
            }
            pieces.push(rest);
        }
        // A labelled case number (`Dnr: 302-260-04`) is the entry's; a
        // number of the shape in the title (a detaljplan's `S-Dp
        // 2002-11922-54`) is then title text.
        let case_label = |s: &'a str| -> Option<&'a str> {
            crate::headings::label(s.trim_end_matches('.'))
                .filter(|l| l.kind == LabelKind::CaseNumber)
                .and_then(|l| l.value)
                .and_then(|v| s.get(v.start..v.end))
        };
        // Each piece's label value read once, and the first labelled
        // piece's first match kept for the reading below (the same value,
        // searched once).
        let labels: Vec<Option<&'a str>> = pieces
            .iter()
            .map(|&p| case_label(slice(text, p).trim()))
            .collect();
        let mut first_labelled = labels.iter().enumerate().find_map(|(pi, v)| {
            let m = find_case_number_matches((*v)?).0.into_iter().next()?;
            Some((pi, m))
        });
        let labelled = first_labelled.as_ref().map(|&(pi, _)| pi);
        let mut in_attachments = false;
        for (pi, p) in pieces.into_iter().enumerate() {
            let s = slice(text, p).trim();
            if s.is_empty() || is_empty_cell(s) || s.eq_ignore_ascii_case("dnr") {
                continue;
            }
            let lower = s.lower();
            // An attachment list ("Bilagor: …", file names) ends the title.
            if lower.starts_with("bilag") || in_attachments {
                in_attachments = true;
                continue;
            }
            if [".pdf", ".doc", ".docx", ".xlsx", ".odt"]
                .iter()
                .any(|x| lower.ends_with(x))
            {
                continue;
            }
            // "Föredragande: Petra Lindgren" anywhere in the entry.
            if let Some(i) = PRESENTER.find(lower.as_bytes()) {
                let (before, who) = (
                    s.get(..i).unwrap_or("").trim(),
                    s.get(i + "föredragande:".len()..).unwrap_or("").trim(),
                );
                if looks_like_person(who) {
                    presenter = Some(Cow::Owned(who.to_owned()));
                }
                if !before.is_empty() && case_number.is_none() {
                    push_words(&mut title, before);
                }
                continue;
            }
            // A case-number label (`Dnr`, `Dnr.`, `DNR:`, `Diarienummer`,
            // `Diariernr`, as the label vocabulary knows them) before its
            // value (which may end the sentence: `Dnr 2006-152-307.`).
            let label = labels.get(pi).copied().flatten();
            debug_assert_eq!(label, case_label(s));
            let s = label.unwrap_or(s);
            if case_number.is_none() && labelled.map_or(true, |l| l == pi) {
                // The labelled piece's match was found above; with none
                // labelled, a piece with a label value has no match.
                let first = match (labelled, label) {
                    (Some(_), _) => first_labelled.take().map(|(_, m)| m),
                    (None, Some(_)) => None,
                    (None, None) => find_case_number_matches(s).0.into_iter().next(),
                };
                debug_assert_eq!(
                    first.as_ref().map(|m| m.case_number.span),
                    find_case_number_matches(s)
                        .0
                        .first()
                        .map(|m| m.case_number.span)
                );
                if let Some(m) = first {
                    let mut c = m.case_number;
                    let (a, b) = (c.span.start, c.span.end);
                    let before = s.get(..a).unwrap_or("").trim().trim_end_matches('(').trim();
                    let after = s
                        .get(b..)
                        .unwrap_or("")
                        .trim()
                        .trim_start_matches(')')
                        .trim();
                    if !before.is_empty() {
                        push_words(&mut title, before);
                    }
                    c.span = c
                        .span
                        .offset(p.start + (s.as_ptr() as usize - slice(text, p).as_ptr() as usize));
                    case_number = Some(c);
                    if looks_like_person(after) {
                        presenter = Some(Cow::Owned(after.to_owned()));
                    } else if after.chars().any(char::is_alphanumeric) && !is_empty_cell(after) {
                        push_words(&mut title, after);
                    }
                    continue;
                }
            }
            if case_number.is_some() && presenter.is_none() && looks_like_person(s) {
                presenter = Some(Cow::Owned(s.to_owned()));
            } else {
                // Title text, also a wrapped title line after the dnr and
                // presenter columns of a -layout row.
                push_words(&mut title, s);
            }
        }
        if title.is_empty() {
            return;
        }
        out.push(TocEntry {
            number: Some(o.number),
            title: Cow::Owned(title),
            case_number,
            span: Span::new(o.start, o.end),
            presenter,
        });
    };
    for l in lines.iter() {
        let s = slice(text, l.line.span).trim();
        if s.is_empty() {
            if let Some(o) = open.as_mut() {
                o.blank_after = true;
            }
            continue;
        }
        if matches!(l.class, LineClass::Furniture(_)) {
            continue;
        }
        // The first cell, then the others only for a row that is read (most
        // rows are neither an entry nor under one).
        let mut cs = Cells::new(text, l.line.span);
        let first_cell = cs.next();
        let first = first_cell.map(|c| slice(text, c)).unwrap_or("");
        if let Some((n, rest)) = entry_number(first).filter(|(_, r)| r.len() <= 250) {
            // Items withdrawn or dealt with elsewhere leave gaps (`3`,
            // `4`, `6`); a list may start after the opening items.
            let first = out.is_empty() && open.is_none();
            if n == expected || (first && n <= 3) || (!first && n > expected && n <= expected + 3) {
                if let Some(o) = open.take() {
                    finish(o, &mut out);
                }
                let mut parts = Vec::new();
                let first_span = first_cell.unwrap_or(l.line.span);
                if !rest.is_empty() {
                    let off = first_span.end - rest.len();
                    parts.push(Span::new(off, first_span.end));
                }
                parts.extend(cs);
                open = Some(Open {
                    number: n,
                    parts,
                    start: l.line.span.start,
                    end: l.line.span.end,
                    blank_after: false,
                });
                expected = n + 1;
                continue;
            }
        }
        let Some(o) = open.as_mut() else { continue };
        // Continuation of the open entry: title wrap, dnr or presenter cell.
        let prose = s.len() > 90 || s.ends_with('.') && s.split_whitespace().count() > 6;
        // After a blank line a titled entry takes only its case number
        // or presenter: other lines are the item's papers (a summary,
        // `Omedelbar justering`, a document link).
        let cell = || !find_case_number_matches(s).0.is_empty() || looks_like_person(s);
        let fresh_row = o.blank_after && (o.parts.len() >= 3 || !o.parts.is_empty() && !cell());
        // The line under a bare `Ärende 7` is its title, even when long or
        // shaped like a group label (`Informationsärenden`).
        let untitled = o.parts.is_empty() && !s.ends_with('.');
        if !untitled && (is_group_label(s) || prose || fresh_row) {
            if let Some(o) = open.take() {
                finish(o, &mut out);
            }
            continue;
        }
        // A section of the item's papers (`Kommunstyrelsens förslag till
        // beslut`, `Beskrivning av ärendet`) ends its title.
        if !untitled && matches!(l.class, LineClass::SectionHeading(_)) {
            if let Some(o) = open.take() {
                finish(o, &mut out);
            }
            continue;
        }
        // Sub-points under a titled entry (`a) Rapport från …`) are the
        // item's contents, not its title.
        if !untitled && matches!(l.class, LineClass::ListItem(_)) {
            continue;
        }
        o.parts.extend(first_cell.into_iter().chain(cs));
        o.end = l.line.span.end;
        o.blank_after = false;
    }
    if let Some(o) = open.take() {
        finish(o, &mut out);
    }
    out
}

fn push_words(title: &mut String, s: &str) {
    for w in s.split_whitespace() {
        if !title.is_empty() {
            title.push(' ');
        }
        title.push_str(w);
    }
}

/// Whether a lower-cased cell ends in a document file's extension
/// (`….pdf`, `….docx`): the name of an attachment.
fn is_file_name(lower: &str) -> bool {
    // (A `.` byte is the character: `memrchr` finds the last.)
    let t = lower.trim_end();
    let Some((stem, ext)) = memchr::memrchr(b'.', t.as_bytes())
        .and_then(|dot| Some((t.get(..dot)?, t.get(dot + 1..)?)))
    else {
        return false;
    };
    !stem.trim().is_empty()
        && matches!(
            ext,
            "pdf" | "doc" | "docx" | "odt" | "rtf" | "txt" | "xls" | "xlsx" | "ppt" | "pptx"
        )
}

/// The first word of a row, after a page index (`1 `, `3 (8) `), when it
/// is written in capitals and long enough to be a document kind word
/// (`PRESSMEDDELANDE`, `KALLELSE`, `SAMMANTRÄDESPROTOKOLL`).
fn leading_caps_word(text: &str, row: Span) -> Option<Span> {
    let s = slice(text, row);
    let mut words = crate::headings::words(s);
    let (mut at, mut w) = words.next()?;
    if w.bytes().all(|b| b.is_ascii_digit()) {
        (at, w) = words.next()?;
    }
    let letters = w.chars().filter(|c| c.is_alphabetic()).count();
    (letters >= 6 && w.chars().all(|c| c.is_uppercase() || !c.is_alphabetic()))
        .then(|| Span::new(row.start + at, row.start + at + w.len()))
}

/// Documents that are rules, not meetings: their title word.
const REGULATION_WORDS: &[&str] = &[
    "arbetsordning",
    "bolagsordning",
    "delegationsordning",
    "förbundsordning",
    "författningssamling",
    "reglemente",
    "riktlinjer",
    "taxa",
];

/// The first word of a row after up to three words with digits (a date, a
/// page number `1(13)`), when it is a regulation's title word
/// (`Arbetsordning`, `Reglemente`).
fn leading_regulation_word(text: &str, row: Span) -> Option<Span> {
    let s = slice(text, row);
    let (at, w) = crate::headings::words(s)
        .take(4)
        .find(|(_, w)| !w.bytes().any(|b| b.is_ascii_digit()))?;
    let l = w.lower();
    (w.starts_with(char::is_uppercase) && REGULATION_WORDS.contains(&l.as_str()))
        .then(|| Span::new(row.start + at, row.start + at + w.len()))
}

/// Words at the top of a document that say what it is.
#[derive(Default)]
struct KindWords {
    extract: bool,
    notice: bool,
    memo: bool,
    /// A document kind this crate does not parse: a yrkande, a motion, a
    /// press release.
    other: bool,
    /// A regulation (`Arbetsordning`, `Reglemente`): numbered by § like a
    /// protocol, but its § are articles, not items of a meeting.
    regulation: bool,
}

impl KindWords {
    /// Reads one header cell; returns the clue it gave, if any. `top`: the
    /// cell is on one of the first three content lines.
    fn read(&mut self, cell: &str, top: bool) -> Option<(&'static str, DocumentKind)> {
        if cell.len() > 200 || !may_be_kind_word(cell) {
            return None;
        }
        self.read_words(cell, top)
    }

    /// [`KindWords::read`] past its gate: the cell lower-cased and compared.
    fn read_words(&mut self, cell: &str, top: bool) -> Option<(&'static str, DocumentKind)> {
        let l = cell.trim().lower();
        // An attachment's file name (`Tjänsteskrivelse Budget 2020.pdf`,
        // `Protokollsutdrag KS 2019-05-06 § 45.pdf`) names another document.
        if is_file_name(&l) {
            return None;
        }
        let l = l.trim_matches(|c: char| !c.is_alphanumeric());
        // Searchers built once (a `str::contains` builds one per call).
        static EXTRACT: Lazy<memchr::memmem::Finder<'static>> =
            Lazy::new(|| memchr::memmem::Finder::new("protokollsutdrag"));
        static CALLED: Lazy<memchr::memmem::Finder<'static>> =
            Lazy::new(|| memchr::memmem::Finder::new("kallas till sammanträde"));
        if EXTRACT.find(l.as_bytes()).is_some()
            || l.starts_with("utdrag ur")
            || l.starts_with("utdrag från")
        {
            self.extract = true;
            return Some(("extract_word", DocumentKind::Protokollsutdrag));
        }
        if l.starts_with("kallelse")
            || l.starts_with("föredragningslista")
            || CALLED.find(l.as_bytes()).is_some()
        {
            self.notice = true;
            return Some(("notice_word", DocumentKind::Kallelse));
        }
        // `Beslutsunderlag` names the document only at its top; further
        // down it heads the list of papers (a guide to writing memos has
        // it under `Sammanfattning`).
        if l.starts_with("tjänsteskrivelse")
            || l.starts_with("tjänsteutlåtande")
            || l == "beslutsunderlag" && top
        {
            self.memo = true;
            return Some(("memo_word", DocumentKind::Tjansteskrivelse));
        }
        if matches!(
            l,
            "yrkande"
                | "pressmeddelande"
                | "motion"
                | "interpellation"
                | "enkel fråga"
                | "nyhet"
                | "inbjudan"
        ) || l.starts_with("pressmeddelande")
            || REGULATION_WORDS.contains(&l)
        {
            self.other = true;
            self.regulation |= REGULATION_WORDS.contains(&l);
            return Some(("other_kind_word", DocumentKind::Okand));
        }
        if l == "protokoll" || l.ends_with("sammanträdesprotokoll") || l.starts_with("protokoll ")
        {
            return Some(("protocol_word", DocumentKind::Protokoll));
        }
        None
    }
}

/// A cheap test that [`KindWords::read`] can find a kind word in `cell`
/// (that it is worth lower-casing). Every word it compares, after the
/// marks around the cell are cut, either opens it (the first two letters
/// `ut`, `ka`, `fö`, `tj`, `be`, `yr`, `pr`, `mo`, `in`, `en`, `ny`) or
/// holds `protokoll` or `kallas till`. Only İ and the Kelvin sign lower-case
/// to ASCII letters (their UTF-8 starts with C4 or E2): a cell with either
/// byte, or whose first letter or the one after it is not ASCII, is let
/// through.
fn may_be_kind_word(cell: &str) -> bool {
    let b = cell.as_bytes();
    let Some(i) = b
        .iter()
        .position(|&c| c.is_ascii_alphanumeric() || !c.is_ascii())
    else {
        // Only ASCII marks: nothing is left to compare.
        return false;
    };
    let first = b.get(i).copied().unwrap_or(0);
    let second = b.get(i + 1).copied().unwrap_or(b' ');
    if !first.is_ascii() || !second.is_ascii() {
        return true;
    }
    if matches!(
        [first.to_ascii_lowercase(), second.to_ascii_lowercase()],
        [b'u', b't']
            | [b'k', b'a']
            | [b't', b'j']
            | [b'b', b'e']
            | [b'y', b'r']
            | [b'p', b'r']
            | [b'm', b'o']
            | [b'i', b'n']
            | [b'e', b'n']
            | [b'n', b'y']
    ) {
        return true;
    }
    // The regulation words (`Arbetsordning`, `Reglemente`, `Taxa`).
    if REGULATION_WORDS.iter().any(|w| {
        w.as_bytes()
            .get(..2)
            .is_some_and(|p| p.eq_ignore_ascii_case(&[first, second]))
    }) {
        return true;
    }
    // One pass over the cell's bytes (a cell is short: three vectorized
    // searches, one of them per `p` or `k`, cost more).
    let at = |k: usize, word: &[u8]| {
        b.get(k..k + word.len())
            .is_some_and(|w| w.eq_ignore_ascii_case(word))
    };
    b.iter().enumerate().any(|(k, &c)| match c {
        0xC4 | 0xE2 => true,
        b'p' | b'P' => at(k, b"protokoll"),
        b'k' | b'K' => at(k, b"kallas till"),
        _ => false,
    })
}

/// An organ name with the document-kind words around it removed:
/// `Kommunstyrelsen SAMMANTRÄDESPROTOKOLL` → `Kommunstyrelsen`.
fn strip_kind_words(s: &str) -> &str {
    let mut t = s.trim();
    // The municipality before the kind word: `KIRUNA KOMMUN
    // SAMMANTRÄDESPROTOKOLL Blad KOMMUNFULLMÄKTIGE`.
    // (The second word is `kommun`, six bytes, between two spaces: found
    // on bytes, most cells go no further.)
    let b = t.as_bytes();
    if let Some(a) = memchr::memchr(b' ', b) {
        let second = b.get(a + 1..a + 7);
        if second.is_some_and(|k| k.eq_ignore_ascii_case(b"kommun"))
            && b.get(a + 7) == Some(&b' ')
            && t.starts_with(char::is_uppercase)
        {
            t = t.get(a + 8..).unwrap_or(t).trim_start();
        }
    }
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
            t = r.trim_start_matches('.').trim_start();
        }
    }
    // A site title built from the page's first words: `SAMMANTRÄDESPROTOKOLL
    // Vård- och omsorgsnämnden Sammanträdesdatum`; or the date's label
    // before the body, its value lost (`KUMLA KOMMUN Sammanträdesprotokoll
    // Sammanträdesdatum Kommunfullmäktige`).
    for w in ["Sammanträdesdatum", "SAMMANTRÄDESDATUM"] {
        if let Some(r) = t.strip_suffix(w) {
            t = r.trim_end();
        }
        if let Some(r) = t.strip_prefix(w) {
            t = r.trim_start();
        }
    }
    // The protocol's number in the year before the body (`PROTOKOLL Nr 6
    // Socialnämnden`).
    if let Some(r) = t.strip_prefix("Nr ").or_else(|| t.strip_prefix("NR ")) {
        let r = r.trim_start();
        let digits = r.bytes().take_while(u8::is_ascii_digit).count();
        if digits > 0 && r.as_bytes().get(digits) == Some(&b' ') {
            t = r.get(digits..).unwrap_or(t).trim_start();
        }
    }
    let mut t = t.trim_end_matches(|c: char| {
        c.is_ascii_digit() || c == '-' || c == ' ' || c == '(' || c == ')'
    });
    // A header table's column labels whose values the text lost
    // (`PROTOKOLL DATUM DIARIENR REGIONFULLMÄKTIGE`) stand before the body.
    while let Some((first, rest)) = t.split_once(' ') {
        let w = first.trim_end_matches([':', '.']);
        if ![
            "datum",
            "diarienr",
            "dnr",
            "diarienummer",
            "sida",
            "sid",
            "nr",
            "beteckning",
            "blad",
        ]
        .iter()
        .any(|x| w.eq_ignore_ascii_case(x))
        {
            break;
        }
        t = rest.trim_start();
    }
    t.trim()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// An attendance table exported one cell a line (Söderhamn): a role
    /// under a name is that person's, a lone `X` (a presence or vote mark)
    /// is no role, the `§ 4` / `§` column headers are no §, and officials
    /// listed title first are no signatures.
    #[test]
    fn an_attendance_table_one_cell_a_line() {
        let text = "Plats och tid Kommunhuset kl 13\n\nBeslutande\nOrdinarie ledamöter\nNärvaro\n§ 4\n§\nTjg\n\
                    Anna Berg (S)\nordförande\nX\nX\nPer Ek (M)\nvice ordförande\nX\nEva Lund (C)\nX\nOla Sten (S)\n\n\
                    Övriga närvarande\nFörvaltningschef Karin Ek\nNämndsekreterare Lisa Berg\n";
        let doc = crate::parse(text);
        assert!(doc.paragraphs.is_empty(), "{:?}", doc.paragraphs);
        let roles = roles_of(&doc);
        assert_lists(
            &doc,
            text,
            &[
                ("Anna Berg", "ordförande"),
                ("Per Ek", "vice ordförande"),
                ("Eva Lund", "ledamot"),
                ("Ola Sten", "ledamot"),
                ("Karin Ek", "förvaltningschef"),
                ("Lisa Berg", "nämndsekreterare"),
            ],
        );
        assert!(
            !roles
                .iter()
                .any(|(n, r)| *r == Some("x") || n.starts_with("Förvaltningschef")),
            "{roles:?}"
        );
        assert!(!is_role("X") && is_role("Kommunchef"));
        assert_eq!(
            role_under_name("  vice ordförande "),
            Some("vice ordförande")
        );
        assert_eq!(role_under_name("Ordförande"), None);
    }

    /// Contents entries run together on one line are one entry each; a §
    /// cited inside a title (`enligt § 12`) is not a new entry.
    #[test]
    fn contents_entries_on_one_line() {
        assert_eq!(
            toc_run_splits(
                "Uppföljning - hemtjänst § 72/20 Övriga informationsärenden § 73/20 Övriga frågor",
                71
            ),
            [(72, 26), (73, 64)]
        );
        assert!(toc_run_splits("Ändring av beslut enligt § 12", 71).is_empty());
        assert_eq!(toc_after_number("§ 72/20 Övriga frågor"), "Övriga frågor");
        let text = "Innehållsförteckning\n\n§ 70/20 Remissvar SOF\n\n\
                    § 71/20 Uppföljning av åtgärdsplan - hemtjänst § 72/20 Övriga informationsärenden § 73/20 Övriga frågor\n\n\
                    § 70/20 Remissvar SOF\n\nSocialnämnden beslutar att godkänna remissvaret.\n";
        let doc = crate::parse(text);
        assert_eq!(
            toc_of(&doc),
            [
                (Some(70), "Remissvar SOF"),
                (Some(71), "Uppföljning av åtgärdsplan - hemtjänst"),
                (Some(72), "Övriga informationsärenden"),
                (Some(73), "Övriga frågor")
            ]
        );
        for e in &doc.toc {
            assert!(text[e.span.range()].contains(e.title.as_ref()), "{e:?}");
        }
    }

    #[test]
    fn a_glued_field_name_is_not_the_organ() {
        assert_eq!(
            strip_field_name("Nämnd:Omvårdnadsnämnden"),
            "Omvårdnadsnämnden"
        );
        assert_eq!(
            strip_field_name("Organ: Kommunstyrelsen"),
            "Kommunstyrelsen"
        );
        assert_eq!(
            strip_field_name("Titel:2019-01-30 Protokoll"),
            "Titel:2019-01-30 Protokoll"
        );
        let doc = crate::parse("Nämnd:Omvårdnadsnämnden\n\nPlats och tid Faxepark kl 13\n\n§ 1 Val av justerare\n\nText.\n");
        assert_eq!(doc.organ.as_deref(), Some("Omvårdnadsnämnden"));
    }

    /// A decision written on its heading's line, the heading on its own
    /// line or run on after the § title (Högsby KF 2017, 5dok text).
    #[test]
    fn a_decision_on_its_headings_line() {
        let text = "Plats och tid Kommunhuset kl 13\n\nKF § 102 DNR: KU.2017.3\n\n\
                    Godkännande av dagordning Kommunfullmäktiges beslut Dagordningen godkännes.\n\n\
                    KF § 103 DNR: KU.2017.4\n\nNästa ärende\n\nKommunfullmäktiges beslut: att bifalla motionen.\n";
        let doc = crate::parse(text);
        let read: Vec<(u32, &str, Vec<&str>, Option<&str>)> = doc
            .paragraphs
            .iter()
            .map(|p| {
                let d = p.decisions.first();
                (
                    p.number,
                    p.title.as_deref().unwrap_or(""),
                    d.map_or(Vec::new(), |d| {
                        d.items.iter().map(|i| i.text.as_ref()).collect()
                    }),
                    d.and_then(|d| d.organ.as_deref()),
                )
            })
            .collect();
        assert_eq!(
            read,
            [
                (
                    102,
                    "Godkännande av dagordning",
                    vec!["Dagordningen godkännes."],
                    Some("Kommunfullmäktige")
                ),
                (
                    103,
                    "Nästa ärende",
                    vec!["bifalla motionen."],
                    Some("Kommunfullmäktige")
                ),
            ]
        );
        let s = &doc.paragraphs[0].sections[0];
        assert_eq!(
            (s.kind, s.heading.as_ref()),
            (SectionKind::Decision, "Kommunfullmäktiges beslut")
        );
        assert_eq!(&text[s.heading_span.range()], "Kommunfullmäktiges beslut");
    }

    /// Labels first: `Plats och tid` alone, the place and time after the
    /// next label (`Beslutande Messingen, … klockan 18:`), the members on
    /// the line after.
    #[test]
    fn a_place_after_the_next_label() {
        let text = "Plats och tid\nBeslutande Messingen, Industivägen 20 b, rum Nielsen Måndag den 27 februari 2012, klockan 18:\n\
                    Ledamöter: Maria Fälth (KD), ordförande\n\n§ 1 Val\n\nText.\n";
        let doc = crate::parse(text);
        assert_eq!(
            doc.meeting_place.as_deref(),
            Some("Messingen, Industivägen 20 b, rum Nielsen")
        );
        assert_eq!(doc.meeting_time.as_deref(), Some("18:00"));
        // A members' value that names people is not a place.
        let text =
            "Plats och tid\nBeslutande Anna Berg (S), ordförande kl 18\n\n§ 1 Val\n\nText.\n";
        assert_eq!(crate::parse(text).meeting_place, None);
        // Its time lost (`kl` alone), the date tells; the place is no
        // person (`Gällivare Folkets Hus`).
        let text = "Plats och tid\nBeslutande Gällivare Folkets Hus, Gällivare Måndagen den 3 mars 2014, kl \
                    Enligt bifogad sammanträdeslista\n\n§ 1 Val\n\nText.\n";
        let doc = crate::parse(text);
        assert_eq!(
            doc.meeting_place.as_deref(),
            Some("Gällivare Folkets Hus, Gällivare")
        );
        assert!(doc.people.is_empty(), "{:?}", roles_of(&doc));
        assert!(!is_name("Stora Konferenssalen") && !is_name("Kumla Stadshuset"));
        assert!(is_name("Anna Salén") && is_name("Per Husberg"));
    }

    /// A docplayer transcript that dropped `Beslut` from `Beslutande`: a
    /// page that opens `ande Anna Ek (S) ordförande …` lists the members.
    #[test]
    fn beslutande_without_beslut() {
        let filler = "Tomas Bergdahl, adjungerad ersättare Riitta Hovinen, enhetschef fritid";
        let text = format!(
            "1 1 (3) Plats och tid Nolia City Konferens, Styrelserummet Tisdag den 6 mars 2012, kl ande Se sida 2 Övriga deltagare Se sida 2 Utses att justera Andreas Arvidsson {filler} {filler}\n\n\
             2 2 (3) ande Ann-Katrin Sämfors (S) ordförande Anders Nyström (S) vice ordförande Annica Lundgren (S) tj ledamot Monica Wande (S) tj ersättare Övriga deltagare Per Lenndin, avd chef {filler} {filler}\n"
        );
        let doc = crate::parse(&text);
        assert_lists(
            &doc,
            &text,
            &[
                ("Ann-Katrin Sämfors", "ordförande"),
                ("Anders Nyström", "vice ordförande"),
                ("Annica Lundgren", "ledamot"),
                ("Monica Wande", "tjänstgörande ersättare"),
            ],
        );
        // Lower-case prose is no label.
        assert!(crate::label("ande och kropp i vården").is_none());
    }

    /// A flattened signature block cut into rows role first, with
    /// `Paragrafer` between the first role and its name (`Underskrifter
    /// Sekreterare` / `Paragrafer` / `Catarina Modin` / `Ordförande` / `Bo
    /// Petersson (s)`): the secretary is not read as the chair.
    #[test]
    fn role_first_signatures_with_paragrafer_between() {
        let text = "Plats och tid Vävsalen kl 13\nUnderskrifter Sekreterare\nParagrafer\nCatarina Modin\nOrdförande\n\
                    Bo Petersson (s)\nJusterande\nPär-Erik Johansson (m)\n\n§ 1 Val\n\nText.\n";
        let doc = crate::parse(text);
        let roles = roles_of(&doc);
        assert!(
            !roles.contains(&("Catarina Modin", Some("ordförande"))),
            "{roles:?}"
        );
        assert!(
            roles.contains(&("Catarina Modin", Some("sekreterare"))),
            "{roles:?}"
        );
    }

    /// A label split over two lines (`Justeringens` / `plats och tid`)
    /// after `Utses att justera`: its value is the justering's, and its
    /// date is never the meeting's (Söderhamn, Norrtälje, web exports).
    #[test]
    fn a_split_justering_label_keeps_its_date_from_the_meeting() {
        let text =
            "Plats och tid\nFaxepark, konferenslokal Europa\nUtses att justera\nLennart Gard\n\
                    Justeringens\nplats och tid\nOmvårdnadsförvaltningen, 2019-02-06, kl. 09:00\n\
                    Paragrafer\n1 - 22\n";
        let doc = crate::parse(text);
        let adjustment = doc
            .adjustment
            .as_ref()
            .map(|a| (a.date, a.place.as_deref()));
        let d = crate::Date::new(2019, 2, 6);
        assert_eq!(adjustment, Some((d, Some("Omvårdnadsförvaltningen"))));
        assert_eq!(doc.meeting_date, None);
    }

    /// The static patterns fall back to a never-matching regex rather than
    /// panic; this makes sure none of them actually does.
    #[test]
    fn every_pattern_compiles() {
        let never = never();
        for re in [
            &*ADJUSTED,
            &*LEAD_IN,
            &*LEAD_IN_ORGAN,
            &*LEAD_IN_TAIL,
            &*SUBJECT_VERB,
            &*SUBJECT_ORGAN,
            &*SUBJECT_TAIL,
            &*VOTE,
            &*VOTE_MEANS,
            &*VOTE_MEANS_HEAD,
            &*MUNICIPALITY,
        ] {
            assert_ne!(re.as_str(), never.as_str());
        }
    }

    /// No letter of `omedelbar` (see [`has_omedelbar`]), nor of the starts
    /// and ends of the lead-in verbs (see [`lead_in`]), nor `l`, `u`, `e` of
    /// [`may_have_lead_in_verb`], matches a character
    /// outside ASCII when case is ignored, and `ö` only `Ö`: the gates may
    /// compare bytes.
    #[test]
    fn gate_letters_fold_within_ascii() {
        let letters = Regex::new(r"(?i)^[omedlbarfhteu]$").unwrap_or_else(|_| never());
        let o = Regex::new(r"(?i)^ö$").unwrap_or_else(|_| never());
        let mut buf = [0u8; 4];
        for c in (0x80..=0x10FFFF).filter_map(char::from_u32) {
            let c_str = c.encode_utf8(&mut buf);
            assert!(!letters.is_match(c_str), "{c:?}");
            assert_eq!(o.is_match(c_str), matches!(c, 'ö' | 'Ö'), "{c:?}");
        }
    }

    #[test]
    fn adjusted_gate_keeps_every_match() {
        for s in [
            "Paragrafen förklaras omedelbart justerad.",
            "OMEDELBART JUSTERAD",
            "justeras Omedelbart",
            "justerad\n omedelbart",
            "Omedelbar justering",
            "omedelbar\u{a0}justering",
            "beslutet justeras senare",
            "b",
            "bar",
            "medelbar",
            "xomedelbart justera",
        ] {
            assert_eq!(is_adjusted(s), ADJUSTED.is_match(s), "{s:?}");
        }
    }

    proptest::proptest! {
        #[test]
        fn adjusted_gate_agrees_on_word_salad(
            words in proptest::collection::vec(
                proptest::sample::select(vec![
                    "omedelbart", "OMEDELBART", "Omedelbar", "oMeDeLbAr", "omedel", "bar", "b",
                    "justera", "justeras", "JUSTERAD", "justering", " ", "\n", "\u{a0}", "ö",
                ]),
                0..10,
            ),
        ) {
            let s = words.concat();
            proptest::prop_assert_eq!(is_adjusted(&s), ADJUSTED.is_match(&s));
        }
    }

    /// The cells of a line as the byte loop before the vectorized search
    /// read them.
    fn cells_reference(text: &str, line: Span) -> Vec<Span> {
        let s = slice(text, line);
        let b = s.as_bytes();
        let mut out = Vec::new();
        let mut i = 0;
        let mut start: Option<usize> = None;
        while i < b.len() {
            let c = b.get(i).copied().unwrap_or(0);
            if c == b'\t'
                || (c == b' ' && b.get(i + 1) == Some(&b' ') && b.get(i + 2) == Some(&b' '))
            {
                if let Some(st) = start.take() {
                    out.push(Span::new(line.start + st, line.start + i).trim(text));
                }
                while matches!(b.get(i), Some(b' ' | b'\t')) {
                    i += 1;
                }
                continue;
            }
            if start.is_none() && c != b' ' {
                start = Some(i);
            }
            i += 1;
        }
        if let Some(st) = start {
            out.push(Span::new(line.start + st, line.end).trim(text));
        }
        out
    }

    #[test]
    fn cells_agree_with_the_byte_loop() {
        let lines = [
            "",
            " ",
            "a",
            "  a",
            "a  b",
            "a   b",
            "a\tb",
            "\t a \t",
            "Datum   2019-01-01   Dnr  KS 1",
            "   ",
            "a    ",
            "x\u{a0}  y   z",
            "ord  ord   ord    ord\t\tslut  ",
        ];
        for l in lines {
            let span = Span::new(0, l.len());
            assert_eq!(cells(l, span), cells_reference(l, span), "{l:?}");
            assert_eq!(cells(l, span), cells_memchr(l, span), "{l:?}");
        }
        let text = "förr\nEfter   Sen\tSist";
        let span = Span::new(5, text.len());
        assert_eq!(cells(text, span), cells_reference(text, span));
    }

    /// What `debate_sentences` replaces: every sentence of the body, each
    /// lower-cased; only those with a debate word are compared.
    fn debate_reference(body: &str) -> Vec<(Span, String)> {
        crate::sentences(body)
            .map(|s| s.trim(body))
            .filter(|s| !s.is_empty())
            .map(|s| (s, slice(body, s).lower()))
            .filter(|(_, l)| read_by_debate(l))
            .collect()
    }

    /// Whether a lower-cased sentence holds a word one of the debate
    /// readers reads.
    fn read_by_debate(l: &str) -> bool {
        [
            " yrkar ",
            " yrkade ",
            "reserverar sig",
            "reservera sig",
            "reservation",
            "anteckn",
            "jäv",
        ]
        .iter()
        .any(|w| l.contains(w))
    }

    fn debate_with_words(body: &str) -> Vec<(Span, String)> {
        let mut got = debate_sentences(body, body, 0);
        got.retain(|(_, l)| read_by_debate(l));
        got
    }

    #[test]
    fn debate_sentences_are_those_of_the_whole_body() {
        for body in [
            "Anna Berg (S) yrkar bifall.\n\nPer Ek (M) reserverar sig.",
            "Beslut\nNämnden beslutar.\n\n\nJÄV\nEva Lind anmäler jäv och deltar inte.",
            "Text utan ord.\n\nMer text. Anna yrkar\n\n\n  avslag. Protokollsanteckning: Per.",
            "omsorgs-\n\nnämnden yrkar. RESERVATION\n\nx",
            "Ek yr\u{212A}ar bifall.\n\n",
            "\n\n\nyrkar\n\n",
            "Per Ek yrkanteckning. Eva Berg jävar sig. Tre. Fyra.",
            "Inget här. Inget där. Anna yrkar. Sist en mening.\n\nOch här. Per reserverar sig",
        ] {
            assert_eq!(debate_with_words(body), debate_reference(body), "{body:?}");
        }
        // The block is split only where a word is.
        let long = "Ärendet beskrivs här. ".repeat(50) + "\n\nPer Ek yrkar bifall.";
        assert_eq!(debate_sentences(&long, &long, 0).len(), 1);
    }

    /// `contains_any_case` as it reads the spellings: built as strings.
    fn contains_any_case_reference(s: &str, word: &str) -> bool {
        if s.contains(word) {
            return true;
        }
        let mut c = word.chars();
        let Some(first) = c.next() else {
            return false;
        };
        let capital: String = first.to_uppercase().chain(c).collect();
        s.contains(&capital) || s.contains(&word.to_uppercase())
    }

    #[test]
    fn contains_any_case_builds_the_spellings() {
        for word in [
            "omröstning",
            "föreslår",
            "voter",
            "ärende",
            "ßtraße",
            "éa",
            "",
            "ǆx",
        ] {
            for s in [
                "",
                "OMRÖSTNING",
                "Omröstning",
                "omröstning",
                "OmRöstning",
                "Föreslår",
                "FÖRESLÅR",
                "föreslår",
                "VOTER",
                "Ärende",
                "ÄRENDE",
                "SSTRASSE",
                "Sstraße",
                "ßtraße",
                "Éa",
                "ÉA",
                "ǅx",
                "ǄX",
            ] {
                assert_eq!(
                    contains_any_case(s, word),
                    contains_any_case_reference(s, word),
                    "{s:?} {word:?}"
                );
            }
        }
    }

    #[test]
    fn latin1_is_no_lead_byte_but_c3() {
        for t in [
            "",
            "abc",
            "Åsa Öberg ärende",
            "x\u{212A}",
            "€uro",
            "ÀÖØÞßàöøÿ×÷ and more text",
            "12345678é",
            "1234567\u{c0}",
            "1234567\u{100}",
        ] {
            let want = t.bytes().all(|x| x < 0xC0 || x == 0xC3);
            assert_eq!(latin1(t.as_bytes()), want, "{t:?}");
        }
    }

    #[test]
    fn has_ascii_digit_finds_any_digit() {
        for t in [
            "",
            "abc",
            "1",
            "abcdefgh9",
            "abcdefghij",
            "åäö 2020 ö",
            "x\u{660}",
            "ABCDEFG/",
        ] {
            assert_eq!(
                has_ascii_digit(t.as_bytes()),
                t.bytes().any(|b| b.is_ascii_digit()),
                "{t:?}"
            );
        }
    }

    #[test]
    fn subject_verb_firsts_hold_every_verb() {
        for v in SUBJECT_VERBS {
            assert!(
                v.as_bytes()
                    .first()
                    .is_some_and(|f| SUBJECT_VERB_FIRSTS.contains(f)),
                "{v}"
            );
        }
    }

    /// The debate words found by hand where the case-insensitive regex
    /// finds them.
    fn debate_words_agree(s: &str) {
        let re = Regex::new(r"(?i)yrka|reserv|anteckn|jäv").unwrap_or_else(|_| never());
        let want: Vec<usize> = re.find_iter(s).map(|m| m.start()).collect();
        // (`find_iter` passes over an occurrence that overlaps the one
        // before.)
        let mut last_end = 0;
        let mut got: Vec<usize> = Vec::new();
        for (start, end) in debate_occurrences(s.as_bytes()) {
            if start >= last_end {
                last_end = end;
                got.push(start);
            }
        }
        assert_eq!(got, want, "{s:?}");
    }

    #[test]
    fn debate_occurrences_are_the_regex_matches() {
        for s in [
            "",
            "yrka",
            "YRKAR och Reservation, ANTECKNING; jäv JÄV jÄv",
            "yr\u{212A}a ante\u{212A}n re\u{17F}erv RE\u{17F}ERV",
            "yrkanteckn reservreserv jävjäv yyrka aanteckn",
            "cccc vvvv jjjj yyyy ante ckn rese rv jä v",
            "x\u{17F}erv \u{17F}reserv",
            "ÄÄjäv€yrka",
            "anteckn",
            "nteckn",
            "eserv",
        ] {
            debate_words_agree(s);
        }
    }

    /// The one search for the debate words finds them exactly where
    /// `contains_any_case` would (no more: it does not fold case).
    fn debate_gate_agrees(s: &str) {
        let want = DEBATE_WORDS.iter().any(|w| contains_any_case(s, w));
        assert_eq!(DEBATE_SPELLINGS.is_match(s), want, "{s:?}");
    }

    #[test]
    fn debate_spellings_are_contains_any_case() {
        for s in [
            "",
            "yrka",
            "Yrkar",
            "YRKAR",
            "yRKA",
            "Reservation",
            "RESERVERAR",
            "reServ",
            "anteckning",
            "Anteckn",
            "ANTECKN",
            "jäv",
            "Jäv",
            "JÄV",
            "jÄv",
            "JÄv",
            "JAV",
            "yr\u{212A}a",
            "Ek yrkar bifall.",
            "ingenting här",
        ] {
            debate_gate_agrees(s);
        }
    }

    proptest::proptest! {
        #[test]
        fn debate_gate_agrees_on_word_salad(
            words in proptest::collection::vec(
                proptest::sample::select(vec![
                    "yrka", "Yrka", "YRKA", "yRka", "yr", "ka", "Y", "reserv", "RESERV", "Reserv",
                    "reSERV", "anteckn", "Anteckn", "ANTECKN", "ANTeckn", "jäv", "Jäv", "JÄV",
                    "JÄv", "j", "äv", "ä", "Ä", "\u{212A}", " ", "\n", "x",
                ]),
                0..12,
            ),
        ) {
            debate_gate_agrees(&words.concat());
        }

        #[test]
        fn debate_words_agree_on_word_salad(
            words in proptest::collection::vec(
                proptest::sample::select(vec![
                    "yrka", "Yrka", "YRKA", "yRka", "yr", "ka", "Y", "reserv", "RESERV", "Reserv",
                    "reSERV", "anteckn", "Anteckn", "ANTECKN", "ANTeckn", "jäv", "Jäv", "JÄV",
                    "JÄv", "j", "äv", "ä", "Ä", "\u{212A}", "\u{17F}", " ", "\n", "x", "re",
                    "ser", "v", "c", "ante", "kn", "rk", "a", "ö",
                ]),
                0..16,
            ),
        ) {
            debate_words_agree(&words.concat());
        }

        #[test]
        fn debate_sentences_agree_on_word_salad(
            words in proptest::collection::vec(
                proptest::sample::select(vec![
                    "Anna", "Berg", "(S)", "yrkar", "YRKAR", "reserverar", "sig", "Reservation",
                    "anteckning", "jäv", "JÄV", "och", "att", "1.", ".", ",", "-", "omsorgs-",
                    "\n", "\n\n", "\n \n", "\r\n", "\u{c}", "kl.", "Beslut", "§", "”",
                    "\u{212A}", "yr\u{212A}a", " ", "yrkanteckn", "Ärendet", "bifall.",
                ]),
                0..40,
            ),
            sep in proptest::sample::select(vec!["", " "]),
        ) {
            let body = words.join(sep);
            proptest::prop_assert_eq!(debate_with_words(&body), debate_reference(&body));
        }
    }

    /// `join_lines` gives what building the string gives, and borrows the
    /// same slice whenever building would have borrowed.
    fn join_agrees(text: &str, spans: &[(Span, bool)]) {
        let got = join_lines(text, spans);
        let want = join_owned(text, spans);
        assert_eq!(got, want, "{text:?} {spans:?}");
        if let Cow::Borrowed(w) = want {
            assert!(matches!(got, Cow::Borrowed(g) if g.as_ptr() == w.as_ptr()));
        }
    }

    /// Lines of `text` as join input: every line, a blank line before a
    /// line marking `blank_before` (as `content_spans` does).
    fn line_spans(text: &str) -> Vec<(Span, bool)> {
        let mut out = Vec::new();
        let mut gap = false;
        let mut at = 0;
        for l in text.split('\n') {
            if l.trim().is_empty() {
                gap = true;
            } else {
                out.push((Span::new(at, at + l.len()), gap));
                gap = false;
            }
            at += l.len() + 1;
        }
        out
    }

    #[test]
    fn join_borrows_only_what_building_would_borrow() {
        for text in [
            "Ärendet\nNämnden har\n\nbehandlat frågan.",
            "omsorgs-\nnämnden beslutar",
            "omsorgs-\noch vård",
            "- \nx",
            "a  \n  b",
            "a\n\n\n\nb",
            "a\r\nb",
            "",
            "a-\n\nb",
        ] {
            join_agrees(text, &line_spans(text));
        }
        let t = "Första raden\nAndra raden";
        assert!(matches!(join_lines(t, &line_spans(t)), Cow::Borrowed(_)));
    }

    proptest::proptest! {
        #[test]
        fn join_agrees_on_any_lines(
            parts in proptest::collection::vec(
                proptest::sample::select(vec![
                    "a", "Ord", "ord-", "-", "och", " ", "\n", "\n\n", "\r", "\t", "å", "\u{a0}", "x.",
                ]),
                0..24,
            ),
        ) {
            let text = parts.concat();
            join_agrees(&text, &line_spans(&text));
        }
    }

    /// `persons` reads what `PERSON`'s capture groups read.
    fn persons_agree(h: &str) {
        let want: Vec<_> = PERSON
            .captures_iter(h)
            .map(|c| {
                fn piece(m: regex::Match<'_>) -> (usize, &str) {
                    (m.start(), m.as_str())
                }
                (
                    c.get(0).map(piece),
                    c.name("name").map(piece),
                    c.name("party").map(piece),
                )
            })
            .collect();
        let got: Vec<_> = persons(h)
            .map(|m| {
                fn piece(p: Piece<'_>) -> (usize, &str) {
                    (p.start(), p.as_str())
                }
                (
                    Some(piece(m.whole)),
                    Some(piece(m.name)),
                    m.party.map(piece),
                )
            })
            .collect();
        assert_eq!(got, want, "{h:?}");
    }

    #[test]
    fn persons_read_the_capture_groups() {
        for h in [
            "Anna Berg (S), ordförande",
            "Anna-Karin Öberg (KD)\nPer Ek(M) och Eva Lind  (V) samt Bo Ström ( S)",
            "Aa-Ba-Ca-Da-Ea x",
            "Lena Holm (Sverigedemokraterna) Ulf Ek (abcde) Ulf Ek (L)(C)",
            "ÅSA BERG, Åsa Berg\u{a0}(S) Åsa Berg\u{2003}(MP)",
        ] {
            persons_agree(h);
        }
    }

    proptest::proptest! {
        #[test]
        fn persons_agree_on_word_salad(
            parts in proptest::collection::vec(
                proptest::sample::select(vec![
                    "Anna", "Berg", "Öberg", "Karin", "B", "ab", "-", " ", "  ", "(", ")", "(S)",
                    "(KD)", "(abcde)", "\n", "\t", "\u{a0}", "\u{2003}", ",", "och", "É", "ǅa",
                    "Ⅻ", "\u{1d400}", "x", "1",
                ]),
                0..16,
            ),
        ) {
            persons_agree(&parts.concat());
        }
    }

    proptest::proptest! {
        #[test]
        fn cells_agree_with_the_byte_loop_on_any_line(l in "[ \\ta-zå\u{a0}]{0,40}") {
            let span = Span::new(0, l.len());
            proptest::prop_assert_eq!(cells(&l, span), cells_reference(&l, span));
            proptest::prop_assert_eq!(cells(&l, span), cells_memchr(&l, span));
        }
    }

    /// The byte reading of the longest organ prefix is the pattern's.
    fn organ_runs_agree(s: &str) {
        for run in [&LEAD_IN_RUN, &SUBJECT_RUN] {
            let want = run.pattern.find(s).map(|m| m.end());
            assert_eq!(run.longest(s), want, "{s:?} {}", run.pattern.as_str());
        }
    }

    #[test]
    fn organ_runs_agree_with_their_patterns() {
        for s in [
            "",
            "K",
            "k",
            "Kommunstyrelsen beslutar",
            "Vård- och omsorgsnämnden, au.",
            "Ärende",
            "ärende",
            "Éva",
            "éva",
            "ÅÄÖ åäö",
            "Σ",
            "\u{212A}S",
            "Ka\u{212A}",
            "Kåæ",
            "Kö1",
            "K\tx",
            "K\u{a0}x",
            "1K",
            "-K",
            " K",
            "Kommun(",
            "Nämnden,x",
            "Ÿ",
            "Kç",
        ] {
            organ_runs_agree(s);
        }
    }

    proptest::proptest! {
        #[test]
        fn organ_runs_agree_on_any_text(
            s in "[A-Za-z0-9 ,.:\\-\t\u{a0}åäöéÅÄÖÉæøüßÿŸΣσ\u{212A}\u{10400}\u{300}]{0,12}",
        ) {
            organ_runs_agree(&s);
        }
    }

    proptest::proptest! {
        /// What [`only_case_number`] relies on: no case number without a
        /// digit, whatever labels, codes and separators are written.
        #[test]
        fn no_case_number_without_a_digit(
            words in proptest::collection::vec(
                proptest::sample::select(vec![
                    "Dnr", "dnr", "Dnr:", "Diarienummer", "diarienr", "Ärendenr", "Beteckning",
                    "KS", "Ks", "SÄN", "von", "LD", "RV", "O", "l", "I", "/", ":", "-", ".", " ",
                    " - ", "(", ")", "\n", "\u{a0}", "½", "²", "٣", "Ⅻ", "§", "nr", "nu", "kn",
                ]),
                0..10,
            ),
        ) {
            let s = words.concat();
            let (found, _) = find_case_number_matches(&s);
            proptest::prop_assert!(found.is_empty(), "{:?}", s);
        }
    }

    proptest::proptest! {
        /// The short path of `title_range` reads what the words do.
        #[test]
        fn title_range_agrees_with_the_words(
            words in proptest::collection::vec(
                proptest::sample::select(vec![
                    "Dnr", "dnr:", "DIARIENUMMER", "Dnr.", "KS", "2019/12", "Budget", "budget",
                    "för", "i", "Kommunstyrelsen", "beslutar", "Ärendet.", "m.m.", "x.", "Per",
                    "Ek", "redovisar", "Information:", "om", "2024", " ", "  ", "\n", "\u{a0}",
                    "\t", "–",
                ]),
                0..14,
            ),
            sep in proptest::sample::select(vec![" ", "", "  "]),
        ) {
            let s = words.join(sep);
            proptest::prop_assert_eq!(title_range(&s), title_range_by_words(&s), "{:?}", s);
        }
    }

    /// [`vote_means`] as the capture search of [`VOTE_MEANS`] read it.
    fn vote_means_reference(before: &str) -> (Option<Cow<'_, str>>, Option<Cow<'_, str>>) {
        let (mut yes_means, mut no_means) = (None, None);
        for mc in VOTE_MEANS.captures_iter(before) {
            let what = mc.name("what").map(|w| {
                let w = w.as_str().trim();
                if w.contains('\n') {
                    Cow::Owned(w.split_whitespace().collect::<Vec<_>>().join(" "))
                } else {
                    Cow::Borrowed(w)
                }
            });
            match mc.name("which").map(|w| w.as_str().lower()) {
                Some(w) if w == "ja" => yes_means = what,
                Some(_) => no_means = what,
                None => {}
            }
        }
        (yes_means, no_means)
    }

    #[test]
    fn vote_means_agrees_with_the_capture_search() {
        for s in [
            "Ja-röst för bifall, nej-röst för avslag.",
            "Den som vill bifalla röstar ja. JA för bifall; NEJ  innebär   avslag",
            "ja för  ab",
            "ja för   abc",
            "ja-röster för x y z\nfortsätter här. nej betyder\n  avslag",
            "(ja för bifall till förslaget\r\nsom helhet)",
            "nejför x",
            "ja röst för",
            "Ja\u{a0}för\u{a0}\u{a0}bifall",
        ] {
            assert_eq!(vote_means(s), vote_means_reference(s), "{s:?}");
        }
    }

    proptest::proptest! {
        #[test]
        fn vote_means_agrees_on_word_salad(
            words in proptest::collection::vec(
                proptest::sample::select(vec![
                    "ja", "JA", "Ja", "nej", "NEJ", "-röst", "-röster", "röst", "för", "FÖR",
                    "innebär", "betyder", "bifall", "avslag", "ab", "x", " ", "  ", "\n", "\r\n",
                    "\u{a0}", ".", ",", ";", "(", "å", "\t",
                ]),
                0..14,
            ),
        ) {
            let s = words.concat();
            proptest::prop_assert_eq!(vote_means(&s), vote_means_reference(&s), "{:?}", s);
        }
    }

    /// The patterns built from the verb lists are the ones written out
    /// before.
    #[test]
    fn organ_patterns_are_the_written_ones() {
        assert_eq!(
            LEAD_IN.as_str(),
            r"(?i)^(?P<organ>[\p{L}][\p{L}\- ,]*?)\s+(?P<verb>beslutar|beslöt|beslutade|föreslås\s+besluta|föreslår|hemställer)(?:$|\W)"
        );
        assert_eq!(
            SUBJECT_VERB.as_str(),
            r"^(?P<organ>\p{Lu}[\p{L}\- ]{2,}?)\s+(?:beslutar|godkänner|antar|fastställer|avslår|noterar|föreslås|föreslår|uppdrar|ger|lämnar|tillstyrker|beviljar|ställer|utser|väljer|besvarar|lägger|tackar|överlämnar|bifaller|upphäver|återremitterar|bordlägger|delegerar)(?:$|\W)"
        );
    }

    /// The lead-in as the capture search of the whole pattern reads it.
    fn lead_in_reference(s: &str) -> Option<LeadIn<'_>> {
        if s.len() > MAX_LEAD_IN || !LEAD_IN_VERB.is_match(s) {
            return None;
        }
        let c = LEAD_IN.captures(s)?;
        let organ = c
            .name("organ")
            .filter(|o| o.as_str().chars().count() <= MAX_ORGAN_CHARS)?;
        lead_in_at(s, organ.as_str(), c.name("verb")?.end())
    }

    fn subject_verb_reference(t: &str) -> Option<&str> {
        SUBJECT_VERB
            .captures(t)
            .and_then(|c| c.name("organ"))
            .filter(|o| o.as_str().chars().count() <= MAX_ORGAN_CHARS)
            .map(|o| o.as_str())
    }

    fn read_lead_in(l: Option<LeadIn<'_>>) -> Option<(&str, &str, usize)> {
        l.map(|l| (l.organ, l.rest, l.rest_start))
    }

    fn organ_readers_agree(s: &str) {
        assert_eq!(
            read_lead_in(lead_in(s)),
            read_lead_in(lead_in_reference(s)),
            "{s:?}"
        );
        assert_eq!(subject_verb(s), subject_verb_reference(s), "{s:?}");
    }

    #[test]
    fn organ_readers_agree_with_the_capture_search() {
        for s in [
            "Kommunstyrelsen beslutar att godkänna avtalet.",
            "KS beslutar",
            "KS  beslutar",
            "Kommunstyrelsen beslutarna",
            "Kommunstyrelsen\tbeslutar.",
            "Vård- och omsorgsnämnden godkänner",
            "Vård- och omsorgsnämnden fastställer taxan",
            "Nämnden ställer sig bakom",
            "Nämnden lägger informationen till handlingarna",
            "Nämnden\u{a0}\u{a0}beslöt att",
            "Nämnden, beslutade",
            "Förvaltningen föreslås  besluta att",
            "Förvaltningen föreslås beslutar",
            "Förvaltningen FÖRESLÅS BESLUTA",
            "Förvaltningen föreſlår",
            "beslutar att",
            "Ab beslutar",
            "Abc ger",
            "Kommunstyrelsen beslutar beslutar",
            "Kommunstyrelsen, arbetsutskottet, beslutar",
            "Ärendet återremitterar",
            "5 kap. beslutar nämnden",
            "",
            " ",
            "Nämnden",
            "Nämnden ",
        ] {
            organ_readers_agree(s);
        }
        let long = "Nämnden ".repeat(12);
        organ_readers_agree(&(long.clone() + "beslutar"));
        organ_readers_agree(&("N".repeat(79) + " beslutar"));
        organ_readers_agree(&("N".repeat(80) + " beslutar"));
        organ_readers_agree(&("N".repeat(81) + " beslutar"));
        organ_readers_agree(&("N".repeat(82) + " beslutar"));
        organ_readers_agree(&("Nä".to_owned() + &" ".repeat(90) + "beslutar"));
        // Organs of four-byte letters up to the longest tried, and past it.
        for n in [79, 80, 81, 82, 83] {
            organ_readers_agree(&("\u{10400}".repeat(n) + " beslutar"));
            organ_readers_agree(&("\u{10400}".repeat(n) + "\u{10428} godkänner"));
            organ_readers_agree(&("Ä".repeat(n) + " beslutar att"));
        }
    }

    /// [`is_name`] as it was written: the words collected first.
    fn is_name_reference(s: &str) -> bool {
        let all: Vec<&str> = s.split_whitespace().collect();
        // (Particles inside a name are not of its words.)
        let words: Vec<&str> = all
            .iter()
            .enumerate()
            .filter(|&(i, w)| !(i > 0 && i + 1 < all.len() && NAME_PARTICLES.contains(w)))
            .map(|(_, w)| *w)
            .collect();
        let weekdays = [
            "måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag",
        ];
        (2..=4).contains(&words.len())
            && words.iter().enumerate().all(|(i, w)| {
                let initial = i == 1
                    && words.len() > 2
                    && (w.chars().count() == 1 || w.chars().count() == 2 && w.ends_with('.'))
                    && w.chars().next().is_some_and(|c| {
                        c.is_uppercase() && c.is_alphabetic() && !"SMCVL".contains(c)
                    });
                let l = w.to_lowercase();
                let pair = i == 0 && {
                    let cs: Vec<char> = w.chars().collect();
                    let cap =
                        |c: Option<&char>| c.is_some_and(|c| c.is_uppercase() && c.is_alphabetic());
                    cs.len() == 3 && cs.get(1) == Some(&'-') && cap(cs.first()) && cap(cs.get(2))
                };
                initial
                    || pair
                    || w.chars().next().is_some_and(char::is_uppercase)
                        && w.chars().skip(1).any(char::is_lowercase)
                        && w.chars().all(|c| c.is_alphabetic() || c == '-')
                        && !weekdays.iter().any(|d| l == *d || l == format!("{d}en"))
            })
            && !is_organ_name(s)
            && municipality_in(s).is_none()
    }

    #[test]
    fn is_name_agrees_with_the_collecting_one() {
        for s in [
            "",
            "Anna",
            "Anna Berg",
            "Anna  Berg-Ek",
            "ANNA BERG",
            "Anna Berg Ek Lund",
            "Anna Berg Ek Lund Wik",
            "Anna af Sillén",
            "Marie de la Motte",
            "K-E Simonsson",
            "Anna K-E",
            "K-E",
            "af Sillén",
            "Anna af",
            "Anna af de la Berg Ek Lund",
            "Anna berg",
            "Anna B",
            "Anna Bé",
            "Anna B3rg",
            "Anna -Berg",
            "Kommunstyrelsen Berg",
            "Umeå Kommun",
            "\u{1c5}a Berg",
            "Ö Ås",
            " Anna\tBerg\n",
            "Christina H Gardos",
            "Christina H. Gardos",
            "Christina H",
            "Ordförande S Anna Berg",
            "Anna Berg H",
            "H Berg Ek",
            "Rum Nielsen Måndag",
            "Anna Måndagen",
            "Eva Fredagsson",
        ] {
            assert_eq!(is_name(s), is_name_reference(s), "{s:?}");
        }
    }

    proptest::proptest! {
        #[test]
        fn is_name_agrees_on_any_words(
            s in "([AaBbÖöÅå\u{1c5}\u{2160}\u{2170}3-]|  ?|\t){0,16}"
        ) {
            proptest::prop_assert_eq!(is_name(&s), is_name_reference(&s), "{:?}", s);
        }
    }

    /// The byte gate passes every line the verb regex matches.
    fn lead_in_gate_is_sound(s: &str) {
        if LEAD_IN_VERB.is_match(s) {
            assert!(may_have_lead_in_verb(s), "{s:?}");
        }
    }

    #[test]
    fn lead_in_gate_passes_every_verb() {
        for s in [
            "beslutar",
            "BESLÖT",
            "BeSlutade",
            "föreslås",
            "FÖRESLÅR",
            "hemställer",
            "HEMSTÄLLER",
            "beſlutar",
            "föreſlår",
            "x beslöt",
            "Kommunstyrelsen BESLUTAR:",
        ] {
            assert!(LEAD_IN_VERB.is_match(s), "{s:?}");
            assert!(may_have_lead_in_verb(s), "{s:?}");
        }
        for s in ["", "l", "Lönenämnden godkänner", "Beslut", "Nämnden antar"] {
            lead_in_gate_is_sound(s);
        }
        assert!(!may_have_lead_in_verb("Nämnden antar förslaget"));
        assert!(!may_have_lead_in_verb("Alla ställningstaganden"));
        // The noun, and words that share a verb's first letters.
        assert!(!may_have_lead_in_verb("Beslut om budget 2020"));
        assert!(!may_have_lead_in_verb(
            "Beslutet, beslutsunderlaget, besluta"
        ));
        assert!(!may_have_lead_in_verb("Förslaget och slöjd, ställen"));
        for s in [
            "BESLUTADE",
            "beslutaR",
            "föresLÅS",
            "föreslåſ",
            "hemstäLLER",
            "beslÖT",
            "beslu",
            "besluta",
            "föreslå",
            "hemställe",
        ] {
            lead_in_gate_is_sound(s);
        }
    }

    proptest::proptest! {
        #[test]
        fn lead_in_gate_is_sound_on_any_line(
            s in "([bBfFhHeEsSlLuUtTaAdDrRmMöÖåÅäÄ ]|ſ|\u{212A}){0,16}"
        ) {
            lead_in_gate_is_sound(&s);
        }
    }

    proptest::proptest! {
        #[test]
        fn organ_readers_agree_on_word_salad(
            words in proptest::collection::vec(
                proptest::sample::select(vec![
                    "Nämnden", "KS", "Ab", "N", "beslutar", "BESLUTAR", "beslutarna", "beslöt",
                    "beslutade", "att", "föreslås", "besluta", "föreslår", "hemställer", "ger",
                    "lägger", "fastställer", "ställer", "överlämnar", "återremitterar", "5",
                    "x,", "Ärendet", "-", "och", "ſ", "\u{212A}",
                ]),
                0..10,
            ),
            seps in proptest::collection::vec(
                proptest::sample::select(vec![" ", "  ", "", ":", "\t", ",", ".", "\u{a0}", "-"]),
                10,
            ),
        ) {
            let mut l = String::new();
            for (w, sep) in words.iter().zip(&seps) {
                l.push_str(w);
                l.push_str(sep);
            }
            organ_readers_agree(&l);
        }
    }

    /// `lead_in` reads what the single pattern it replaces read: organ and
    /// rest, on lines with and without `att`, colons, long organs and verbs
    /// that run on into a longer word.
    #[test]
    fn lead_in_agrees_with_the_whole_line_pattern() {
        #[allow(clippy::unwrap_used)]
        let old = Regex::new(
            r"(?i)^(?P<organ>[\p{L}][\p{L}\- ,]*?)\s+(?:beslutar|beslöt|beslutade|föreslås\s+besluta|föreslår|hemställer)\b\s*(?:att\b)?\s*:?\s*(?P<rest>.*)$",
        )
        .unwrap();
        let lines = [
            "Kommunstyrelsen beslutar att godkänna avtalet.",
            "Kommunstyrelsen beslutar:",
            "Kommunstyrelsen beslutar : att anta planen",
            "KOMMUNSTYRELSEN BESLUTAR ATT",
            "Socialnämnden beslutarna om",
            "Socialnämnden beslutarna beslutar att x",
            "Nämnden beslöt attraktivt",
            "Nämnden beslöt att\u{a0}ja",
            "Förvaltningen föreslår socialnämnden att besluta",
            "Förvaltningen föreslås besluta att x",
            "Barn- och utbildningsnämnden hemställer hos kommunfullmäktige om",
            "Enligt 5 kap. beslutar nämnden",
            "beslutar att",
            "Nämnden,  beslutade   att: ja",
            "Ärendet beslutade",
        ];
        for l in lines {
            let want = old.captures(l).and_then(|c| {
                let o = c.name("organ")?;
                (o.as_str().chars().count() <= MAX_ORGAN_CHARS)
                    .then(|| (o.as_str(), c.name("rest").map(|r| (r.start(), r.as_str()))))
            });
            let got = lead_in(l).map(|c| (c.organ, Some((c.rest_start, c.rest))));
            assert_eq!(got, want, "{l:?}");
        }
    }

    proptest::proptest! {
        #[test]
        fn lead_in_agrees_on_word_salad(
            words in proptest::collection::vec(
                proptest::sample::select(vec![
                    "Nämnden", "KS", "beslutar", "BESLUTAR", "beslutarna", "beslöt", "att", "ATT",
                    "attraktivt", ":", "föreslås", "besluta", "föreslår", "hemställer", "5", "x,",
                    "Ärendet", "-", "\u{a0}",
                ]),
                0..8,
            ),
            seps in proptest::collection::vec(proptest::sample::select(vec![" ", "  ", "", ":", "\t"]), 8),
        ) {
            let mut l = String::new();
            for (w, sep) in words.iter().zip(&seps) {
                l.push_str(w);
                l.push_str(sep);
            }
            #[allow(clippy::unwrap_used)]
            let old = Regex::new(
                r"(?i)^(?P<organ>[\p{L}][\p{L}\- ,]*?)\s+(?:beslutar|beslöt|beslutade|föreslås\s+besluta|föreslår|hemställer)\b\s*(?:att\b)?\s*:?\s*(?P<rest>.*)$",
            )
            .unwrap();
            let want = old.captures(&l).and_then(|c| {
                let o = c.name("organ")?;
                (o.as_str().chars().count() <= MAX_ORGAN_CHARS)
                    .then(|| (o.as_str(), c.name("rest").map(|r| (r.start(), r.as_str()))))
            });
            let got = lead_in(&l).map(|c| (c.organ, Some((c.rest_start, c.rest))));
            proptest::prop_assert_eq!(got, want, "{:?}", l);
        }
    }

    /// The boundaries written without `\b` accept what `\b` did.
    #[test]
    fn boundary_patterns_keep_word_edges() {
        let m = |t: &str| {
            MUNICIPALITY
                .captures(t)
                .and_then(|c| c.name("m").or_else(|| c.name("r")))
                .map(|m| m.as_str().to_owned())
        };
        assert_eq!(m("(Alingsås kommun)").as_deref(), Some("Alingsås kommun"));
        assert_eq!(m("Alingsås kommun"), Some("Alingsås kommun".into()));
        assert_eq!(m("Alingsås kommunstyrelse"), None);
        assert_eq!(m("xÅre kommun"), None);
        assert_eq!(m("i Region Skåne."), Some("Region Skåne".into()));
        assert!(DECISION_SENTENCE.is_match("Rapporten noteras."));
        assert!(DECISION_SENTENCE.is_match("NOTERAS"));
        assert!(!DECISION_SENTENCE.is_match("Rapporten noterasär."));
        assert!(!DECISION_SENTENCE.is_match("ånoteras"));
        assert_eq!(
            subject_verb("Kommunstyrelsen beslutar att"),
            Some("Kommunstyrelsen")
        );
        assert!(subject_verb("Kommunstyrelsen beslutarna").is_none());
        let (yes, no) = vote_means("Ja-röst för bifall, nej-röst för avslag.");
        assert_eq!(
            (yes.as_deref(), no.as_deref()),
            (Some("bifall"), Some("avslag"))
        );
        assert_eq!(vote_means("Ettja för x").0, None);
        let lost = |t: &str| {
            LOST_TALLY
                .captures(t)
                .and_then(|c| c.name("t"))
                .map(|m| m.start())
        };
        assert_eq!(lost("Med ja-röster mot nej-röster beslutar"), Some(0));
        assert_eq!(lost("x, med ja-röster och nej-röster"), Some(3));
        assert_eq!(lost("Summed ja-röster mot nej-röster"), None);
    }

    #[test]
    fn a_party_after_a_comma() {
        assert_eq!(comma_party(", S, ordförande"), Some("S"));
        assert_eq!(comma_party(", KD"), Some("KD"));
        assert_eq!(comma_party(", C (distans)"), Some("C"));
        assert_eq!(comma_party(", socialchef"), None);
        assert_eq!(comma_party(", VD"), None);
        assert_eq!(comma_party(", IT-chef"), None);
        assert_eq!(comma_party(" (S)"), None);
        assert_eq!(comma_party(", (C) Vakant (M)"), Some("C"));
        assert_eq!(comma_party(", (nämndsekreterare)"), None);
    }

    #[test]
    fn a_tally_of_one_is_singular() {
        let v = votes("Med 6 ja-röster mot 1 nej-röst beslutar nämnden.", 0);
        assert_eq!(v.len(), 1);
        assert_eq!((v[0].yes, v[0].no), (Some(6), Some(1)));
        let v = votes("Med 1 ja-röst mot 8 nej-röster avslås yrkandet.", 0);
        assert_eq!((v[0].yes, v[0].no), (Some(1), Some(8)));
    }

    #[test]
    fn a_header_cell_names_a_body_and_its_meeting() {
        let d = |s: &str| organ_and_date(s).map(|(o, d)| (o, d.to_string()));
        assert_eq!(
            d("Kommunfullmäktige 2021-11-22"),
            Some(("Kommunfullmäktige".to_owned(), "2021-11-22".to_owned()))
        );
        assert_eq!(
            d("Socialnämnden den 4 maj 2020"),
            Some(("Socialnämnden".to_owned(), "2020-05-04".to_owned()))
        );
        assert_eq!(d("Datum: 2025-03-05"), None);
        assert_eq!(d("Kommunfullmäktige 2021-11-22 kl. 18"), None);
        assert_eq!(d("2021-11-22"), None);
        // A party's yrkande: the header's body and meeting, not a body read
        // from decisions in the running text.
        let yrkande = "Vänsterpartiet\n\nYRKANDE\n\nBygg- och miljönämnden 2022-03-14\n\n\
                       Vänsterpartiet yrkar att nämnden beslutar\n\natt avslå förslaget\n";
        let doc = parse(yrkande);
        assert_eq!(doc.kind, DocumentKind::Okand);
        assert_eq!(doc.organ.as_deref(), Some("Bygg- och miljönämnden"));
        assert_eq!(
            doc.meeting_date.map(|d| d.to_string()).as_deref(),
            Some("2022-03-14")
        );
    }

    #[test]
    fn a_protocol_with_the_footer_box_is_no_extract() {
        assert!(!certifies_extract(
            "JUSTERANDES SIGNATUR  UTDRAGSBESTYRKANDE"
        ));
        assert!(!certifies_extract("Justerandes signUtdragsbestyrkande"));
        assert!(certifies_extract("Justerandes sign\nUtdragsbestyrkande"));
        let protocol =
            "SAMMANTRÄDESPROTOKOLL\n§ 1 A\nText.\n\nJusterandes sign   Utdragsbestyrkande\n\u{c}\
                        § 2 B\nText.\n\nJusterandes sign   Utdragsbestyrkande\n";
        assert_eq!(parse(protocol).kind, DocumentKind::Protokoll);
        let extract = "SAMMANTRÄDESPROTOKOLL\n§ 1 A\nText.\n\nUtdragsbestyrkande\nAnna Berg\n";
        assert_eq!(parse(extract).kind, DocumentKind::Protokollsutdrag);
    }

    /// [`outcome`] as the scan over characters read it.
    fn outcome_reference(item: &str) -> Outcome {
        let t = item.lower();
        if t.trim_start().starts_with("besvara ") {
            return Outcome::Besvarad;
        }
        let mut best: Option<usize> = None;
        let mut prev_alpha = false;
        for (i, c) in t.char_indices() {
            let at_start = !prev_alpha;
            prev_alpha = c.is_alphabetic();
            if !at_start || !prev_alpha {
                continue;
            }
            let rest = t.get(i..).unwrap_or("");
            let limit = best.unwrap_or(OUTCOME_STEMS.len());
            if let Some(k) = (0..limit).find(|&k| {
                OUTCOME_STEMS
                    .get(k)
                    .is_some_and(|(stem, _)| rest.starts_with(stem))
                    && !is_agent_participle(rest)
                    && !(k >= PAST_TENSE && in_relative_clause(t.get(..i).unwrap_or("")))
            }) {
                best = Some(k);
            }
            if best.is_some_and(|k| k < 2) {
                break;
            }
        }
        best.and_then(|k| OUTCOME_STEMS.get(k))
            .map_or(Outcome::Annat, |&(_, o)| o)
    }

    proptest::proptest! {
        #[test]
        fn outcome_agrees_with_the_character_scan(
            words in proptest::collection::vec(
                proptest::sample::select(vec![
                    "att", "godkänna", "Godkänner", "ÅTERREMITTERA", "återremiss", "bordlägga",
                    "avslå", "avslag", "noteras", "antogs", "som", "anta ", "antar ", "antas",
                    "fastställd", "av", "nämnden", "besvara ", "besvarad", "till handlingarna",
                    "tackar för informationen", "xgodkänn", "ägodkänn", "é", "Å", "1", "-",
                    " ", ", ", ".", "\u{212A}", "beslutar enligt", "ställa sig bakom",
                ]),
                0..12,
            ),
        ) {
            let item = words.concat();
            proptest::prop_assert_eq!(outcome(&item), outcome_reference(&item), "{:?}", item);
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
            (
                "Reglementet antagen av fullmäktige gäller, och planen godkänns.",
                Outcome::Bifall,
            ),
            ("Taxan fastställs av nämnden.", Outcome::Bifall),
            ("Ansökan beviljad.", Outcome::Bifall),
            // `anses besvarad` is read as a phrase: its first word is no
            // participle.
            ("Motionen anses besvarad av kommunstyrelsen", Outcome::Besvarad),
            // The body answering, in the present or the passive.
            (
                "Stadsdelsnämnden besvarar skrivelsen med förvaltningens tjänsteutlåtande.",
                Outcome::Besvarad,
            ),
            ("Motionen besvaras med hänvisning till utredningen.", Outcome::Besvarad),
            ("besvara motionen med tjänsteskrivelsen", Outcome::Besvarad),
            // A commission to answer is no answer.
            (
                "Förvaltningen får i uppdrag att besvara remissen.",
                Outcome::Annat,
            ),
            // Adopting the proposal before it.
            (
                "Kommunstyrelsen beslutar enligt arbetsutskottets förslag.",
                Outcome::Bifall,
            ),
            // A participle with its agent describes an earlier decision.
            (
                "Avgift för bygglovet är 24 600 kronor enligt taxa fastställd av\nkommunfullmäktige.",
                Outcome::Annat,
            ),
            ("Riktlinjer antagna av nämnden upphävs.", Outcome::Annat),
            ("Taxan fastställs.", Outcome::Bifall),
            // Past tense.
            ("Förslaget godkändes.", Outcome::Bifall),
            ("Motionen avslogs.", Outcome::Avslag),
            ("Antecknades för kännedom.", Outcome::Noterad),
            ("Ärendet bordlades.", Outcome::Bordlaggning),
            ("Detaljplanen antogs.", Outcome::Bifall),
            (
                "upphäva den strategi som antogs 2014-06-17, § 54.",
                Outcome::Annat,
            ),
        ] {
            assert_eq!(outcome(text), want, "{text}");
        }
    }

    /// The first § of a parse, for the tests below.
    fn first_paragraph(text: &str) -> crate::Paragraph<'_> {
        parse(text)
            .paragraphs
            .into_iter()
            .next()
            .expect("a paragraph")
    }

    #[test]
    fn a_lead_in_names_the_body_before_the_heading() {
        // Rule 1 over rule 4: the heading names the arbetsutskott, the
        // lead-in the body that decides.
        let text = "§ 37\nRiktlinjer för representation\n\nArbetsutskottets förslag\n\
                    Kommunstyrelsen beslutar\natt anta riktlinjer enligt bilaga 3, och\n\
                    att upphäva tidigare riktlinjer.\n\nKommunstyrelsens beslut\n\
                    Kommunstyrelsen beslutar enligt arbetsutskottets förslag.\n";
        let p = first_paragraph(text);
        let d = &p.decisions;
        assert_eq!(d.len(), 2);
        assert_eq!(d[0].organ.as_deref(), Some("Kommunstyrelsen"));
        assert_eq!(d[0].items.len(), 2);
        // "X beslutar enligt …" is a whole sentence: the item is all of it.
        assert_eq!(d[1].items.len(), 1);
        let it = &d[1].items[0];
        assert_eq!(
            it.text,
            "Kommunstyrelsen beslutar enligt arbetsutskottets förslag."
        );
        assert_eq!(&text[it.span], it.text);
        assert_eq!(it.outcome, Outcome::Bifall);
        // Also under an administration's heading.
        let text = "§ 33\nRemiss\n\nFörvaltningens förslag till beslut\n\
                    Stadsdelsnämnden beslutar att\n1. godkänna tjänsteutlåtandet,\n\
                    2. överlämna det till trafiknämnden.\n";
        let p = first_paragraph(text);
        assert_eq!(p.decisions[0].organ.as_deref(), Some("Stadsdelsnämnden"));
    }

    #[test]
    fn every_item_must_name_the_body() {
        // Rule 3 needs every item: a passive point breaks it.
        let text = "§ 32\nBudget 2020\n\nBeslut\n1. Stadsdelsnämnden godkänner underlaget.\n\
                    2. Paragrafen förklaras omedelbart justerad.\n";
        let p = first_paragraph(text);
        assert_eq!(p.decisions[0].organ, None);
        let text = "§ 36\nDelegationsbeslut\n\nBeslut\n\
                    Stadsdelsnämnden lägger anmälan av delegationsbeslut till handlingarna.\n";
        let p = first_paragraph(text);
        assert_eq!(p.decisions[0].organ.as_deref(), Some("Stadsdelsnämnden"));
        assert_eq!(p.decisions[0].items[0].outcome, Outcome::Noterad);
    }

    #[test]
    fn an_inverted_election_keeps_its_att() {
        let text =
            "Kf 86      Val av justerare\n\n           Att jämte ordföranden justera dagens \
                    protokoll utses\n           Sven Olsson (c) och Gunnel Jonsson (s).\n";
        let p = first_paragraph(text);
        let it = &p.decisions[0].items[0];
        assert!(it.text.starts_with("Att jämte ordföranden"), "{}", it.text);
        assert!(is_inverted_election(
            "Att justera protokollet utses Anna Berg."
        ));
        assert!(!is_inverted_election("Att anta riktlinjerna."));
    }

    #[test]
    fn a_tally_with_a_comma_and_abstentions_in_words() {
        let v = votes(
            "Omröstningen utfaller med 7 ja-röster, 3 nej-röster och 1 ledamot som avstår från att rösta.",
            0,
        );
        assert_eq!(v.len(), 1);
        assert_eq!(
            (v[0].yes, v[0].no, v[0].abstain),
            (Some(7), Some(3), Some(1))
        );
        let v = votes(
            "Med 5 ja-röster mot 4 nej-röster och 2 ledamöter som var frånvarande.",
            0,
        );
        assert_eq!(
            (v[0].yes, v[0].no, v[0].absent),
            (Some(5), Some(4), Some(2))
        );
    }

    /// Whether `doc` lists `name` under `role` with the span on the name.
    /// Every person's name and role, in order.
    pub(super) fn roles_of<'d>(doc: &'d crate::Document<'_>) -> Vec<(&'d str, Option<&'d str>)> {
        crate::test_fixtures::roles(doc)
    }

    fn lists(doc: &crate::Document<'_>, text: &str, name: &str, role: &str) -> bool {
        doc.people
            .iter()
            .any(|p| p.name == name && p.role.as_deref() == Some(role) && &text[p.span] == name)
    }

    /// Members written `Name, (P) Role` with the role capitalized and no
    /// comma before the next name: each role is the one before it's.
    #[test]
    fn roles_after_the_party_without_a_comma() {
        let text = "Plats och tid KS-salen, 13:15-15:45\n\nBeslutande Annika Hansson, (S) Ledamot \
                    Sanna Soleskog, (MP) Ledamot Jan Andersson, (S) Vice ordförande Bo Akterin, (M) \
                    Ledamot Anders Schierbeck, (M) Ordförande\n\n§ 1 Val\n\nText.\n";
        let doc = parse(text);
        assert_lists(
            &doc,
            text,
            &[
                ("Annika Hansson", "ledamot"),
                ("Sanna Soleskog", "ledamot"),
                ("Jan Andersson", "vice ordförande"),
                ("Bo Akterin", "ledamot"),
                ("Anders Schierbeck", "ordförande"),
            ],
        );
        // `Ersättare` after a party opens the substitutes' group.
        let text = "Plats och tid KS-salen\n\nBeslutande Eva Ek (S) Per Berg (M) Ersättare Anna Lund (C)\n\n\
                    § 1 Val\n\nText.\n";
        let doc = parse(text);
        assert_lists(
            &doc,
            text,
            &[("Per Berg", "ledamot"), ("Anna Lund", "ersättare")],
        );
    }

    /// Names without parties one a line under a label whose value is the
    /// first of them (reflowed text): each line is the next person of the
    /// list, not the title of the name above it. A title under a name
    /// still is one.
    #[test]
    fn names_without_parties_one_a_line() {
        let text = "Sammanträdesprotokoll 1 (14)\nPlats och tid Landstingshuset den 18 december 2003 kl 09.00\n\
                    Beslutande Maidie Wiklund\nRobert Uitto\nMona Nyberg\n\
                    Övriga deltagande Staffan Granström\nÅsa Norlin\n\
                    Utses att justera Thomas Andersson\n\n§ 1 Val\n\nText.\n";
        let doc = parse(text);
        assert_eq!(
            roles_of(&doc),
            [
                ("Maidie Wiklund", Some("ledamot")),
                ("Robert Uitto", Some("ledamot")),
                ("Mona Nyberg", Some("ledamot")),
                ("Staffan Granström", Some("övrig")),
                ("Åsa Norlin", Some("övrig")),
                ("Thomas Andersson", Some("justerare")),
            ]
        );
        assert!(is_bare_name("Mona Nyberg"));
        assert!(!is_bare_name("Vice Ordförande"));
        assert!(!is_bare_name("Ekonomichef Per Berg"));
        assert!(is_signature_title("Förvaltningschef"));
        assert!(!is_signature_title("Mona Nyberg"));
    }

    /// `Övriga närvarande` over `Ersättare` over one person a line, then
    /// `Tjänstemän` over theirs: a title over the lists under it, not the
    /// first of labels whose values come after them all; a group word
    /// under a name is no title of that person's; `Ersättare inte
    /// tjänstgörande` labels the substitutes.
    #[test]
    fn others_present_over_its_sublists_one_a_line() {
        let text = "SAMMANTRÄDESPROTOKOLL\nSammanträdesdatum\n2015-01-22\nFritid- och kulturnämnden\n\
                    Beslutande\nLedamöter\nLena Mahrle (FP) Ordförande\nCarlos Michea (V)\n\
                    Övriga närvarande\nErsättare\nÅkeTärntoft (C)\nKerstin Johansson (FP)\nTommy Persson (S)\n\
                    Tjänstemän\nTommy Johansson, förvaltningschef\nElizabeth Olsson, ekonom\n\n§ 1 Val\n\nText.\n";
        let doc = parse(text);
        assert_eq!(
            roles_of(&doc),
            [
                ("Lena Mahrle", Some("ordförande")),
                ("Carlos Michea", Some("ledamot")),
                ("Kerstin Johansson", Some("ersättare")),
                ("Tommy Persson", Some("ersättare")),
                ("Tommy Johansson", Some("förvaltningschef")),
                ("Elizabeth Olsson", Some("ekonom")),
            ]
        );
        let text = "PROTOKOLL\nKultur- och fritidsnämnden\nPlats och tid Stadshus B, kl 13.00-16.00\n\
                    Beslutande\nLena Språng (C), ordf.\nSven Andersson (M)\nErsättare inte tjänstgörande\n\
                    Michael Fransson (C)\nIngela Svensson (V)\nUtses att justera Claas Töllborg (M)\n\n§ 1 Val\n\nText.\n";
        let doc = parse(text);
        assert_eq!(
            roles_of(&doc),
            [
                ("Lena Språng", Some("ordförande")),
                ("Sven Andersson", Some("ledamot")),
                ("Michael Fransson", Some("ersättare")),
                ("Ingela Svensson", Some("ersättare")),
                ("Claas Töllborg", Some("justerare")),
            ]
        );
        assert!(!is_signature_title("Tjänstemän"));
    }

    /// The adjusters' label and the justering's first, each alone on its
    /// row, their values in order in the next label's value: the names
    /// opening it are the justerare, the rest the justering's place and
    /// date (not the meeting's).
    #[test]
    fn adjusters_and_justering_labels_first_then_their_values() {
        let text = "Plats och tid Prästgatan 50 kl 13.00\n\
                    Beslutande Lars Isacsson (S), ordförande Susanne Berger (S) Gunilla Berglund (C)\n\
                    Utses att justera\nJusteringens plats och tid\n\
                    Underskrifter Gunilla Berglund (C) Prästgatan 50 torsdag 25 augusti 2011 kl\n\
                    Sekreterare\nParagrafer\n\n§ 1 Val\n\nText.\n";
        let doc = parse(text);
        assert!(lists(&doc, text, "Gunilla Berglund", "justerare"));
        let adj = doc.adjustment.as_ref().expect("the justering");
        assert_eq!(adj.place.as_deref(), Some("Prästgatan 50"));
        assert_eq!(
            adj.date.map(|d| d.to_string()).as_deref(),
            Some("2011-08-25")
        );
        assert_eq!(doc.meeting_date, None);
        let text = "Tid och plats\nKlockan 18:00-20:45\nBeslutande Se separat närvaroprotokoll\nJusterare\n\
                    Justeringens tid och plats Irene Karlsson och Åsa Olsson klockan 14.00, Kommunhuset\n\
                    Underskrifter\n\n§ 1 Val\n\nText.\n";
        let doc = parse(text);
        assert_eq!(
            doc.adjustment.and_then(|a| a.place).as_deref(),
            Some("Kommunhuset")
        );
        // A place opening with a capital run on to the last name.
        assert_eq!(
            leading_names_end("Cecilia Hettström Tekniska nämndens kansli"),
            Some("Cecilia Hettström".len())
        );
        assert_eq!(
            leading_names_end(
                "Ingrid Cassel och Hans Pernervik Kommunstyrelseförvaltningen, Henån"
            ),
            Some("Ingrid Cassel och Hans Pernervik".len())
        );
        assert_eq!(leading_names_end("Kommunhuset, Vara"), None);
    }

    /// A presence grid (`Name PARTY N|F|NT [Ja|Nej|-]`), a row a line or
    /// flattened onto one: names with parties and roles, the serving
    /// substitutes told by `NT`, those marked `F` left out, and its totals
    /// no people.
    #[test]
    fn presence_grid_rows() {
        let rows = "LEDAMÖTER\nKjell Jansson (ordf) M N Ja\nMats Hultin M F -\nBino Drummond M N Ja\n\
                    Berit Jansson (1:a vice) C N Ja\nERSÄTTARE\nGöran Pettersson M NT Ja\nAnn Lewerentz M N\n";
        let flat = "LEDAMÖTER Kjell Jansson (ordf) M N Ja Mats Hultin M F - Bino Drummond M N Ja Ann S \
                    Pihlgren M F - Berit Jansson (1:a vice) C N Ja Ja Nej ERSÄTTARE Göran Pettersson M NT Ja \
                    Ann Lewerentz M N\nNärvarande Ja 12 Ja Ja Frånvarande Nej 1 Nej Nej\n";
        for grid in [rows, flat] {
            let text = format!(
                "SAMMANTRÄDESPROTOKOLL\nKommunstyrelsen\nSammanträdesdatum 2012-03-13\n\
                 Plats och tid Kommunhuset kl 09.00-12.00\nBeslutande Enligt förteckning\n\
                 Utses att justera Berit Jansson (C)\nNärvarolista\n{grid}\n§ 1 Val\n\nText.\n"
            );
            let doc = parse(&text);
            let got: Vec<_> = doc
                .people
                .iter()
                .filter(|p| p.role.as_deref() != Some("justerare"))
                .map(|p| (&*p.name, p.party.as_deref(), p.role.as_deref()))
                .collect();
            assert_eq!(
                got,
                [
                    ("Kjell Jansson", Some("M"), Some("ordförande")),
                    ("Bino Drummond", Some("M"), Some("ledamot")),
                    ("Berit Jansson", Some("C"), Some("vice ordförande")),
                    (
                        "Göran Pettersson",
                        Some("M"),
                        Some("tjänstgörande ersättare")
                    ),
                    ("Ann Lewerentz", Some("M"), Some("ersättare")),
                ],
                "{grid}"
            );
        }
        // One row alone is a grid row only with nothing after its codes.
        assert!(grid_rows("Mats Hultin M F -").is_some());
        assert!(grid_rows("Mats Hultin M F - och mer").is_none());
        assert!(grid_rows("Eva Ek (S), ordförande").is_none());
        assert!(!is_name("Ja Ja") && !is_name("Frånvarande Nej"));
    }

    /// A lower-case `dnr` on a heading line with a § sign (`Kf § 72  dnr
    /// 166/2011`), and the preparing body's § beside the heading's (`Kf § 73
    /// Ks § 94`): the heading's case number and no title.
    #[test]
    fn headings_with_a_lower_case_dnr_or_the_preparing_bodys_number() {
        let text = "Kommunfullmäktige\nSammanträdesdatum 2011-09-26\n\n\
                    Kf § 72   dnr 166/2011\nMedlemskap i Mälardalsrådet.\n\
                    Kommunfullmäktige beslutar att överlämna motionen.\n\n\
                    Kf § 73      Ks § 94      Dnr 127/2011\nFörslag till revidering av reglemente.\n\
                    Kommunfullmäktige beslutar att anta förslaget.\n\n\
                    KF § 74      KSAU § 95\nVal av revisor.\nKommunfullmäktige beslutar att välja Eva Ek.\n";
        let doc = parse(text);
        assert_eq!(
            crate::test_fixtures::numbered_titles(&doc),
            [
                (72, Some("Medlemskap i Mälardalsrådet")),
                (73, Some("Förslag till revidering av reglemente")),
                (74, Some("Val av revisor")),
            ]
        );
        let cases: Vec<Vec<&str>> = doc
            .paragraphs
            .iter()
            .map(|p| p.case_numbers.iter().map(|c| &text[c.span]).collect())
            .collect();
        assert_eq!(cases, [vec!["166/2011"], vec!["127/2011"], vec![]]);
        // Without a § sign a lower-case word after the number goes on a
        // sentence.
        assert!(crate::paragraph_heading("Kf 72 dnr 166/2011").is_none());
    }

    /// Lines of the members' and the others' lists: a role after an
    /// ordinal with no comma (`Margareta Lövgren (M) 1:e vice ordförande`),
    /// a guest's organisation after a comma (`Christer Stighäll, Nihab §
    /// 313`); lines under `Beslutande  Enligt förteckning` belong to the
    /// others' label centred beside them.
    #[test]
    fn list_lines_with_an_ordinal_role_or_an_organisation() {
        let text = "SAMMANTRÄDESPROTOKOLL\nDirektionen\nSammanträdesdatum 2013-09-20\n\
                    Plats och tid Borås, kl 09.00-12.00\nBeslutande Ulf Olsson (S), ordförande\n\
                    Margareta Lövgren (M) 1:e vice ordförande\nLars Holmin (M)\n\
                    Övriga Lena Brännmar, förbundsdirektör\nMagnus Nilsson, Svenljunga kommun\n\
                    Christina Klaar, förbundssekreterare\n\n§ 1 Val\n\nText.\n";
        let doc = parse(text);
        assert_eq!(
            roles_of(&doc),
            [
                ("Ulf Olsson", Some("ordförande")),
                ("Margareta Lövgren", Some("1:e vice ordförande")),
                ("Lars Holmin", Some("ledamot")),
                ("Lena Brännmar", Some("förbundsdirektör")),
                ("Magnus Nilsson", Some("övrig")),
                ("Christina Klaar", Some("förbundssekreterare")),
            ]
        );
        let text = "Kommunfullmäktige 2002-12-30 1(22)\n\nPlats och tid Folkets Hus, kl 18.00-22.15\n\n\
                    Beslutande Enligt förteckning\nChrister Stighäll, Nihab § 313\n\
                    Thomas Angström, Roslagsbostäder § 313\n\
                    Övriga deltagande Mats Törnquist, kommundirektör\nChristina Nilsson, sekreterare\n\
                    Utses att justera Alf Werlinder (kd)\n\n§ 312 Val\n\nText.\n";
        let doc = parse(text);
        assert_eq!(
            roles_of(&doc),
            [
                ("Christer Stighäll", Some("övrig")),
                ("Thomas Angström", Some("övrig")),
                ("Mats Törnquist", Some("kommundirektör")),
                ("Christina Nilsson", Some("sekreterare")),
                ("Alf Werlinder", Some("justerare")),
            ]
        );
        assert!(comma_organisation(", Gejhammar Management AB, 87"));
        assert!(!comma_organisation(", som yrkar bifall"));
        assert!(kept_elsewhere("Enligt förteckningÖvriga deltagande"));
        assert!(!kept_elsewhere("Enligt beslut"));
    }

    /// Front-page variants from scout s14: `Ersättare, ej tjänstgörande`
    /// and `Justeringens plats/tid` labels; a hyphenated municipality in
    /// normal case; the place and time written as a sentence; an empty
    /// `Sammanträdesdatum` over the anslag date is no meeting date.
    #[test]
    fn front_page_label_and_value_variants() {
        let text = "RONNEBY KOMMUN SAMMANTRÄDESPROTOKOLL 1 (25)\nKommunstyrelsens arbetsutskott\n\
                    Plats och tid Hobysalen, Stadshuset, kl 08.30-12.00. Ajournering 10.00-10.15.\n\
                    Beslutande Eva Ek (S), ordförande\n\
                    Ersättare, ej tjänstgörande Thomas Lönn (S)\n\
                    Utses att justera Per Berg (M)\nJusteringens plats/tid  Stadshuset, Ronneby 2003-11-10\n\
                    ANSLAG/BEVIS\nOrgan Kommunstyrelsens arbetsutskott\nSammanträdesdatum\n\
                    Datum för anslags uppsättande 24 mars 2015\n\n§ 1 Val\n\nText.\n";
        let doc = parse(text);
        assert!(lists(&doc, text, "Thomas Lönn", "ersättare"));
        assert_eq!(
            doc.adjustment.as_ref().and_then(|a| a.place.as_deref()),
            Some("Stadshuset, Ronneby")
        );
        assert_eq!(doc.meeting_place.as_deref(), Some("Hobysalen, Stadshuset"));
        assert_eq!(doc.meeting_time.as_deref(), Some("08:30–12:00"));
        assert_eq!(doc.meeting_date, None);
        assert_eq!(
            municipality_in("MALUNG-SÄLENS KOMMUN").as_deref(),
            Some("Malung-Sälens kommun")
        );
    }

    /// Officials one a line with the title first (`Kanslichef Maj
    /// Persson`), a title with `och` after a comma (`verksamhetschef gata
    /// och park`), and signatures written `Name, role` under their lines.
    #[test]
    fn officials_title_first_and_signatures_name_comma_role() {
        let text = "SAMMANTRÄDESPROTOKOLL\nKommunfullmäktige\nSammanträdesdatum 2014-05-26\n\
                    Plats och tid Kulturhuset, kl 18.00-21.00\nBeslutande Ledamöter Douglas Roth, Mikael Koenen\n\
                    Övriga närvarande\nTjänstemän Kommunchef Johan Eriksson\nKanslichef Maj Persson\n\
                    Kommunsekreterare Anna Svensson\nJohan Gustafsson, verksamhetschef gata och park\n\
                    Underskrifter\n_____________________\nPär-Olof Stål, ordförande\n\
                    _____________________\nLaila Nabb, sekreterare\n\n§ 1 Val\n\nText.\n";
        let doc = parse(text);
        assert_lists(
            &doc,
            text,
            &[
                ("Johan Eriksson", "kommunchef"),
                ("Maj Persson", "kanslichef"),
                ("Anna Svensson", "kommunsekreterare"),
                ("Pär-Olof Stål", "ordförande"),
                ("Laila Nabb", "sekreterare"),
            ],
        );
        assert!(doc.people.iter().any(|p| p.name == "Johan Gustafsson"));
        assert!(!doc.people.iter().any(|p| p.name.contains("Tjänstemän")));
        assert!(is_attendance_entry("Kanslichef Maj Persson"));
        assert!(!is_signature_title("Kanslichef Maj Persson"));
    }

    /// A contents page one field a line with each entry's dnr on a row of
    /// its own and the page after leaders on the title's last row (`§1` /
    /// `Dnr 2015-000004 810` / `Val av justerare ……… 4`): contents, not §.
    #[test]
    fn stacked_contents_with_a_dnr_row_and_leaders() {
        let text = "SAMMANTRÄDESPROTOKOLL\nFritid- och kulturnämnden\nÄrendelista\n\
                    §1\nDnr 2015-000004 810\nVal av justerare ............................ 4\n\
                    §2\nDnr 2015-000005 800\nPresentation av ledamöter, ersättare och tjänsteman\n\
                    om förvaltningen .......................... 5\n\
                    §3\nDnr 2015-000006 800\nBudget 2015 .......................... 6\n\n\
                    §1\nDnr 2015-000004 810\nVal av justerare\nBeslut\nNämnden utser Eva Ek att justera.\n\n\
                    §2\nDnr 2015-000005 800\nPresentation av ledamöter\nBeslut\nInformationen noteras.\n\n\
                    §3\nDnr 2015-000006 800\nBudget 2015\nBeslut\nNämnden antar budgeten.\n";
        let doc = parse(text);
        assert_eq!(
            toc_of(&doc),
            [
                (Some(1), "Val av justerare"),
                (
                    Some(2),
                    "Presentation av ledamöter, ersättare och tjänsteman om förvaltningen"
                ),
                (Some(3), "Budget 2015"),
            ]
        );
        assert_eq!(
            crate::test_fixtures::numbered_titles(&doc),
            [
                (1, Some("Val av justerare")),
                (2, Some("Presentation av ledamöter")),
                (3, Some("Budget 2015")),
            ]
        );
    }

    /// A guest who chairs another body keeps that whole title, party or
    /// not; a municipality after a guest's name and comma is hers; a
    /// landsting's § naming a kommun names no author.
    #[test]
    fn roles_and_municipalities_of_others() {
        let text = "Kommunstyrelsen\nSammanträdesdatum 2013-10-07\nPlats och tid Nämndhuset kl 13.00-16.00\n\
                    Beslutande Daniel Adborn (FP), ordförande\nThomas Johansson (S)\n\
                    Övriga Birgitta Elvås, kommunchef\n\
                    Maria Schneider (S), ordförande kultur- och fritidsnämnden\n\
                    Magnus Nilsson, Svenljunga kommun\n\
                    Utses att justera Thomas Johansson (S)\n\n§ 1 Val\n\nText.\n";
        let doc = parse(text);
        assert_lists(
            &doc,
            text,
            &[
                ("Daniel Adborn", "ordförande"),
                ("Maria Schneider", "ordförande kultur- och fritidsnämnden"),
            ],
        );
        assert!(!lists(&doc, text, "Maria Schneider", "ordförande"));
        assert_eq!(doc.municipality, None);
        let text = "Sammanträdesprotokoll 1 (14)\nPlats och tid Landstingshuset, Frösön den 18 december 2003 kl 09.00\n\
                    Beslutande Maidie Wiklund\nOrgan Jämtlands läns landstingsstyrelse\n\
                    § 188 Fastställande av föredragningslista\n\
                    Ärende om remissvar över ansökan om fristående gymnasieskola i Krokoms kommun tas upp.\n";
        let doc = parse(text);
        assert_eq!(
            doc.organ.as_deref(),
            Some("Jämtlands läns landstingsstyrelse")
        );
        assert_eq!(doc.municipality, None);
    }

    /// A heading line's dnr with the archive's classification code after
    /// it, no dash (`§ 356   Dnr 2014-000045 101`): no title; the title is
    /// on the next line.
    #[test]
    fn a_dnr_with_a_classification_code_is_no_title() {
        let text = "Kommunstyrelsens arbetsutskott\nSammanträdesdatum 2014-11-17\nProtokoll\n\n\
                    § 356                  Dnr 2014/45 101\nVal av justerare\nBeslut\n\
                    Arbetsutskottet beslutar utse Malin Norfall (S) till justerare.\n";
        let doc = parse(text);
        assert_eq!(
            crate::test_fixtures::numbered_titles(&doc),
            [(356, Some("Val av justerare"))]
        );
        assert!(only_case_number("Dnr 2014-000045 101"));
        assert!(!only_case_number("2014/45 101"));
    }

    /// A member's local party spelled out in parentheses (`Jerker Nordlund
    /// (Kommunens väl)`), at a line's start: the party, and the list goes
    /// on; a title in parentheses stays a title.
    #[test]
    fn a_local_party_spelled_out() {
        let text = "SAMMANTRÄDESPROTOKOLL\nDirektionen\nSammanträdesdatum 2013-09-20\n\
                    Plats och tid Borås, kl 09.00-12.00\nBeslutande Ulf Olsson (S), ordförande\n\
                    Jerker Nordlund (Kommunens väl)\nCrister Persson (C)\n\
                    Övriga Lena Brännmar (förbundsdirektör)\n\n§ 1 Val\n\nText.\n";
        let doc = parse(text);
        let got: Vec<_> = doc
            .people
            .iter()
            .map(|p| (&*p.name, p.party.as_deref(), p.role.as_deref()))
            .collect();
        assert_eq!(
            got,
            [
                ("Ulf Olsson", Some("S"), Some("ordförande")),
                ("Jerker Nordlund", Some("Kommunens väl"), Some("ledamot")),
                ("Crister Persson", Some("C"), Some("ledamot")),
                ("Lena Brännmar", None, Some("förbundsdirektör")),
            ]
        );
    }

    /// The notice's sentence with its `Organ` label lost (a flattened
    /// page): the body right after `genom anslag` is the field's value.
    #[test]
    fn an_organ_after_the_notice_sentence() {
        for (line, want) in [
            (
                "Protokollet är justerat. Justeringen har tillkännagivits genom anslag. \
                 Kommunfullmäktige Datum för Datum för anslagsuppsättande",
                "Kommunfullmäktige",
            ),
            (
                "Justeringen har tillkännagivits genom anslag Barn- och utbildningsnämnden",
                "Barn- och utbildningsnämnden",
            ),
        ] {
            assert_eq!(organ_in_line(line).as_deref(), Some(want), "{line:?}");
        }
        assert_eq!(
            organ_in_line("Justeringen har tillkännagivits genom anslag på kommunens anslagstavla"),
            None
        );
        assert_eq!(
            organ_in_line(
                "Justeringen har tillkännagivits genom anslag. Datum för anslags uppsättande"
            ),
            None
        );
    }

    /// A transcript's site title: the body opening it or after its kind
    /// word, not a body named inside a sentence or a list of names.
    #[test]
    fn an_organ_from_a_site_title() {
        for (title, want) in [
            (
                "BEVIS OM ANSLAG. PROTOKOLL Kommunstyrelsen 1(50)",
                Some("Kommunstyrelsen"),
            ),
            (
                "Kommunstyrelsen Sammanträdesdatum Kommunkontoret, Surahammar Måndag 17 november2014, kl",
                Some("Kommunstyrelsen"),
            ),
            (
                "SAMMANTRÄDESPROTOKOLL Vård- och omsorgsnämnden Sammanträdesdatum",
                Some("Vård- och omsorgsnämnden"),
            ),
            (
                "Ingemar Johansson (C), Ordförande Håkan Nylander (M) Peter Janson (S)",
                None,
            ),
            ("Information om beslut i kommunstyrelsen 2019", None),
            (
                "PROTOKOLL Kommunstyrelsens arbetsutskott 2019-03-04",
                Some("Kommunstyrelsens arbetsutskott"),
            ),
        ] {
            assert_eq!(organ_in_site_title(title).as_deref(), want, "{title:?}");
        }
    }

    /// A label alone over its value (`Justerare` / `Per Ek (M)`) right
    /// under the last line of a list: the value is the label's, not a
    /// signature written name first (`Anna Ek` / `Ordförande` / `Per Ek` /
    /// `Justerare`).
    #[test]
    fn a_label_over_its_value_under_a_list() {
        let text = "Socialnämnden\nSAMMANTRÄDESPROTOKOLL\nPlats och tid   Stadshuset kl 13.00\n\
                    Beslutande      Anna Ek (S), ordförande\n                Carl Berg (FP)\n\
                    Justerare\nPer Ek (M)\n\n§ 92 Budget\nFörvaltningen redovisar ärendet.\n";
        let doc = crate::parse(text);
        let roles = roles_of(&doc);
        assert!(roles.contains(&("Per Ek", Some("justerare"))), "{roles:?}");
        assert!(
            !roles.contains(&("Carl Berg", Some("justerare"))),
            "{roles:?}"
        );
        // Signatures written name first keep their roles.
        let text = "Socialnämnden\nSAMMANTRÄDESPROTOKOLL\nBeslutande      Anna Ek (S), ordförande\n\
                    \nUnderskrifter\nLisa Berg\nSekreterare\nAnna Ek\nOrdförande\nPer Ek\nJusterare\n\n\
                    § 92 Budget\nFörvaltningen redovisar ärendet.\n";
        let doc = crate::parse(text);
        assert_lists(
            &doc,
            text,
            &[("Lisa Berg", "sekreterare"), ("Per Ek", "justerare")],
        );
    }

    /// `istf` / `i st f` (`i stället för`) name the member replaced, who is
    /// not present; `icke tjg. ersättare` is not serving; `Datum för anslags
    /// upprättande` is the notice's posting date (scout s15, Ljusdal and
    /// Vindeln).
    #[test]
    fn replaced_members_not_serving_and_a_notice_posted() {
        for istf in ["istf", "i st f", "i.st.f."] {
            let text = format!(
                "Kommunstyrelsen                     SAMMANTRÄDESPROTOKOLL\n\
                 Plats och tid        Förvaltningshuset, kl 08:30-17:15\n\n\
                 Beslutande           Leif Persson (S) ordförande\n\
                 \x20                    Björn Mårtensson (S) ersättare {istf} Roland Bäckman (S)\n\
                 \x20                    Ingrid Olsson (C) tjg ersättare {istf} Helena Brink (C) § 62-75\n\
                 \x20                    Ulf Nyman (C)\n\n\
                 Övriga deltagande    Ulf Ericson, (m) icke tjänstgörande ersättare\n\n\
                 Datum för anslags upprättande 2014-03-12\n\n§ 62 Budget\nNämnden informeras.\n"
            );
            let doc = crate::parse(&text);
            let roles = roles_of(&doc);
            assert_lists(
                &doc,
                &text,
                &[
                    ("Björn Mårtensson", "tjänstgörande ersättare"),
                    ("Ingrid Olsson", "tjänstgörande ersättare"),
                    ("Ulf Nyman", "ledamot"),
                    ("Ulf Ericson", "ersättare"),
                ],
            );
            for gone in ["Roland Bäckman", "Helena Brink"] {
                assert!(
                    roles.iter().all(|r| r.0 != gone),
                    "{istf}: {gone} in {roles:?}"
                );
            }
            assert_eq!(
                doc.notice_posted.map(|d| d.date.to_string()).as_deref(),
                Some("2014-03-12")
            );
        }
    }

    /// `Beslutande  Ledamöter` over the names one a line; a list going on
    /// over a page break (the footer `Justerare signatur …`, `Page 1 of
    /// 14`, the next page's header); a label alone at a page's end, its
    /// names on the next page (scout s15, Göteborg and Hallsberg).
    #[test]
    fn lists_under_a_sub_label_and_over_a_page_break() {
        let head = "SAMMANTRÄDESPROTOKOLL                Sammanträdesdatum\n\
                    Kommunfullmäktige                    2019-02-25\n";
        let text = format!(
            "{head}\nTid                  18:30-19:30\n\n\
             Beslutande           Ledamöter\n\
             \x20                    Hans Karlsson (S) (ordförande)\n\
             \x20                    Magnus Andersson (S)\n\
             \x20                    Siw Lunander (S)\n\n\
             Justerare signatur                                    Utdragsbestyrkande\n\
             \x20                                                                  Page 1 of 14\n\
             \x0c{head}\n\
             \x20                    Jimmy Olsson (SD)\n\
             \x20                    Lars-Ove Nilsson (SD)\n\n\
             Ej tjänstgörande ersättare\n\
             \x20                                                                  Page 2 of 14\n\
             \x0c{head}\n\
             \x20                    Joakim Rosén (SD)\n\n\
             Justerare            Siw Lunander (S)\n\n§ 1 Val av justerare\nFullmäktige väljer.\n"
        );
        let doc = crate::parse(&text);
        assert_lists(
            &doc,
            &text,
            &[
                ("Hans Karlsson", "ordförande"),
                ("Magnus Andersson", "ledamot"),
                ("Jimmy Olsson", "ledamot"),
                ("Lars-Ove Nilsson", "ledamot"),
                ("Joakim Rosén", "ersättare"),
                ("Siw Lunander", "justerare"),
            ],
        );
    }

    /// A backup justerare (`X och som ersättare Y`, `X, ersättare Y`, `X,
    /// ers Y`) is no justerare, and X keeps the role (scout s15,
    /// Lindesberg; Skellefteå's `Utses justera`, its `att` dropped).
    #[test]
    fn a_backup_justerare_is_none() {
        for value in [
            "Dilshad Mostafa och som ersättare Åsa Nilsson",
            "Dilshad Mostafa (S), ersättare Åsa Nilsson (C)",
            "Dilshad Mostafa, ers Åsa Nilsson",
        ] {
            for label in ["Utses att justera", "Utses justera"] {
                let text = format!(
                    "Barn- och utbildningsnämnden        SAMMANTRÄDESPROTOKOLL\n\n\
                     Beslutande           Pär-Ove Lindqvist (M) ordf\n\
                     \x20                    Åsa Nilsson (C)\n\
                     \x20                    Dilshad Mostafa (S)\n\n\
                     {label:<21}{value}\n\n§ 1 Budget\nNämnden informeras.\n"
                );
                let doc = crate::parse(&text);
                let adjusters: Vec<&str> = doc
                    .people
                    .iter()
                    .filter(|p| p.role.as_deref() == Some("justerare"))
                    .map(|p| p.name.as_ref())
                    .collect();
                assert_eq!(adjusters, ["Dilshad Mostafa"], "{label}: {value}");
            }
        }
    }

    /// A member marked absent in the list (`(s), inte närvarande`) is not
    /// listed; `femte ers för majoriteten` is a substitute's order in the
    /// group, not a serving one (scout s15, a landsting's template).
    #[test]
    fn an_absent_member_and_a_substitutes_order() {
        let text = "Protokoll från sammanträde med landstingsstyrelsen\n\n\
                    Närvarande ledamöter  Sven-Åke Gustavsson (s), ordförande\n\
                    \x20                     Roland Johansson (s), inte närvarande\n\
                    \x20                     Yngve Filipsson (fp)\n\n\
                    Närvarande ersättare  Kajsa Wejryd (s) tj ers för R Johansson\n\
                    \x20                     Ragnar Lindberg (s) femte ers för majoriteten\n\n\
                    § 155\nVal av protokolljusterare\nStyrelsen väljer.\n";
        let doc = crate::parse(text);
        let roles = roles_of(&doc);
        assert!(roles.iter().all(|r| r.0 != "Roland Johansson"), "{roles:?}");
        assert_lists(
            &doc,
            text,
            &[
                ("Yngve Filipsson", "ledamot"),
                ("Kajsa Wejryd", "tjänstgörande ersättare"),
                ("Ragnar Lindberg", "ersättare"),
            ],
        );
    }

    /// Text with a blank line after every line (a PDF's text without its
    /// layout): a signature's name alone between blank lines, under its
    /// role with leaders, is the signatory, not a heading.
    #[test]
    fn signatures_between_blank_lines() {
        let text = "Kommunstyrelsen 2014-03-06\n\nPlats och tid Förvaltningshuset, kl 08:30\n\n\
                    Beslutande: Leif Persson (S) ordf\n\nAnnelie Wallberg (S)\n\n\
                    Utses att justera Annelie Wallberg\n\nUnderskrifter\n\nSekreterare ...\n\n\
                    Karin Höglund\n\nOrdförande ...\n\nLeif Persson\n\nJusterande ...\n\n\
                    Annelie Wallberg\n\n§ 62 Budget\n\nStyrelsen beslutar.\n";
        let doc = crate::parse(text);
        assert_lists(
            &doc,
            text,
            &[
                ("Karin Höglund", "sekreterare"),
                ("Leif Persson", "ordförande"),
                ("Annelie Wallberg", "justerare"),
            ],
        );
    }

    /// Names with a nobiliary particle (`Anna af Sillén`, `Carl von
    /// Essen`) are read as members, chairs and justerare (scout s15).
    #[test]
    fn names_with_a_particle() {
        let text = "Miljönämnden                        PROTOKOLL\n\n\
                    Beslutande           Gunilla Nordén (S), 1:e v ordf\n\
                    \x20                    Anna af Sillén (M), 2:e v ordf\n\
                    \x20                    Carl von Essen (M)\n\
                    \x20                    Staffan Folke (V)\n\n\
                    Utses att justera    Anna af Sillén\n\n§ 1 Budget\nNämnden informeras.\n";
        let doc = crate::parse(text);
        assert_lists(
            &doc,
            text,
            &[
                ("Anna af Sillén", "2:e vice ordförande"),
                ("Carl von Essen", "ledamot"),
                ("Staffan Folke", "ledamot"),
                ("Anna af Sillén", "justerare"),
            ],
        );
        assert!(is_name("Anna af Sillén") && is_name("Marie de la Motte"));
        assert!(!is_name("af Sillén") && !is_name("Anna af"));
    }

    /// `Tjänstemän m fl` over the officials; `Närvarande, ej tjänstgörande
    /// ersättare` / `Närvarade, …` over the substitutes present; a list
    /// written as a sentence keeps no full stop in its last title (scout
    /// s15 Göteborg, Trollhättan KF, Säffle KS).
    #[test]
    fn officials_and_substitutes_labels_written_out() {
        for subs in [
            "Närvarande, ej tjänstgörande ersättare",
            "Närvarade, ej tjänstgörande ersättare:",
        ] {
            let text = format!(
                "Förbundsfullmäktige                 PROTOKOLL 1 (11)\n\n\
                 Beslutande           Ingrid Andreae (S)\n\
                 \x20                    Tord Karlsson (S)\n\n\
                 {subs} Anders Rapp (M) Kim Ek (SD)\n\n\
                 Tjänstemän m fl      Lars Klevensparr, förbundsdirektör\n\
                 \x20                    Sigrun Hreidarsdottir förbundssekreterare.\n\n\
                 Utses att justera    Tord Karlsson (S)\n\n§ 1 Budget\nFullmäktige beslutar.\n"
            );
            let doc = crate::parse(&text);
            assert_lists(
                &doc,
                &text,
                &[
                    ("Anders Rapp", "ersättare"),
                    ("Kim Ek", "ersättare"),
                    ("Lars Klevensparr", "förbundsdirektör"),
                    ("Sigrun Hreidarsdottir", "förbundssekreterare"),
                ],
            );
        }
    }

    /// Given names written as two initials with a hyphen (`K-E
    /// Simonsson`, `P-O Lind`; Pajala KF).
    #[test]
    fn names_with_hyphenated_initials() {
        let text = "Kommunfullmäktige PROTOKOLL\n\n\
                    Beslutande           Harry Rantakyrö (S), ordförande\n\
                    \x20                    K-E Simonsson (V)\n\
                    \x20                    P-O Lind (M)\n\n\
                    Utses att justera    K-E Simonsson\n\n§ 1 Budget\nFullmäktige beslutar.\n";
        let doc = crate::parse(text);
        assert_lists(
            &doc,
            text,
            &[
                ("K-E Simonsson", "ledamot"),
                ("P-O Lind", "ledamot"),
                ("K-E Simonsson", "justerare"),
            ],
        );
        assert!(!is_name("K-E") && !is_name("Anna K-E"));
    }

    /// A notice written as prose: the meeting's date from the sentence
    /// that says it was held, not the justering's after it.
    #[test]
    fn a_meeting_date_from_a_prose_notice() {
        assert_eq!(
            held_meeting_date(
                "Valnämnden har haft sammanträde den 5 mars 2014. Protokollet, som justerats den 7 mars 2014"
            )
            .map(|d| d.to_string())
            .as_deref(),
            Some("2014-03-05")
        );
        assert_eq!(
            held_meeting_date("Protokollet, som justerats den 7 mars 2014, finns på kansliet."),
            None
        );
        assert_eq!(
            held_meeting_date("Inför nästa sammanträde den 5 mars 2014 ska förvaltningen svara."),
            None
        );
    }

    /// Officials written title first, one a line at the margin (a PDF's
    /// text without its layout), with the § they attended and two-word
    /// titles (scout s15, Ljusdal KS).
    #[test]
    fn officials_title_first_at_the_margin() {
        for gap in ["\n", "\n\n"] {
            let text = format!(
                "Kommunstyrelsen 2014-03-06{gap}Plats och tid Förvaltningshuset, kl 08:30{gap}\
                 Beslutande: Leif Persson (S) ordf Annelie Wallberg (S){gap}\
                 Övriga deltagande Markus Evensson (S) ej tjg ers{gap}\
                 Ekonomichef Nicklas Bremefors § 63-64{gap}Kommunchef Claes Rydberg{gap}\
                 Administrativ chef Karin Höglund{gap}Utses att justera Annelie Wallberg{gap}\
                 § 63 Budget{gap}Styrelsen beslutar.\n§ 64 Taxor{gap}Styrelsen beslutar.\n"
            );
            let doc = crate::parse(&text);
            assert_lists(
                &doc,
                &text,
                &[
                    ("Nicklas Bremefors", "ekonomichef"),
                    ("Claes Rydberg", "kommunchef"),
                    ("Karin Höglund", "administrativ chef"),
                    ("Annelie Wallberg", "justerare"),
                ],
            );
        }
        assert!(title_then_name("Förvaltningschef Stig Olson, § 66-73"));
        assert!(!title_then_name("Administrativ Karin Höglund"));
    }

    /// A transcript that put the members' values after the next label
    /// (`Beslutande <place> Övriga deltagande Bertil Almgren, ordf Joakim
    /// Dahlgren …`): a list under the others' label that opens with the
    /// meeting's chair, no member read before it, is the members' list.
    /// Without the chair first it stays the others' (Skellefteå GYN 2007).
    #[test]
    fn members_under_the_others_label_when_the_chair_opens_it() {
        let page = |first: &str| {
            format!(
                "Transkript\n\n1 Sid 1 (3) Plats och tid Beslutande Gymnasiekontoret, Laboratorgränd 5, kl \
                 Övriga deltagande {first} Joakim Dahlgren Karin Hedlund, tjg ers för Marlene Degerman \
                 Stina Engström Jan Midlert, gymnasiechef Siv Johansson, sekreterare \
                 Utses att justera Stina Engström\n\n\
                 2 Sid 2 (3) § 103 Internkontroll Förvaltningen redovisar ärendet och nämnden informeras.\n"
            )
        };
        let text = page("Bertil Almgren, ordf");
        let doc = crate::parse(&text);
        assert_lists(
            &doc,
            &text,
            &[
                ("Bertil Almgren", "ordförande"),
                ("Joakim Dahlgren", "ledamot"),
                ("Karin Hedlund", "tjänstgörande ersättare"),
                ("Stina Engström", "ledamot"),
                ("Jan Midlert", "gymnasiechef"),
                ("Siv Johansson", "sekreterare"),
            ],
        );
        let text = page("Bertil Almgren, kommunchef");
        let doc = crate::parse(&text);
        let roles = roles_of(&doc);
        assert!(roles.iter().all(|r| r.1 != Some("ledamot")), "{roles:?}");
    }

    /// Göteborg's justering block: `Justering` with the names, then a
    /// second `Plats och tid` (the meeting's read above it) that is the
    /// justering's, then `Justerade paragrafer`.
    #[test]
    fn a_justering_block_with_its_own_place_and_time() {
        let text = "Förbundsfullmäktige                 PROTOKOLL 1 (11)\n\n\
                    Tid och plats        Onsdagen den 7 januari 2015 kl 17.00-18.30, Gårda Brandstation\n\n\
                    Beslutande           Ingrid Andreae (S)\n\
                    \x20                    Tord Karlsson (S)\n\n\
                    Justering            Tord Karlsson (S) och Ingrid Andreae (S)\n\
                    Plats och tid        Gårda brandstation, onsdagen den 14 januari 2015, kl 10.00\n\
                    Justerade paragrafer 1-12\n\n§ 1 Budget\nFullmäktige beslutar.\n";
        let doc = crate::parse(text);
        let adj = doc.adjustment.as_ref().expect("the justering");
        assert_eq!(
            adj.date.map(|d| d.to_string()).as_deref(),
            Some("2015-01-14")
        );
        assert_eq!(adj.place.as_deref(), Some("Gårda brandstation"));
        assert_eq!(
            doc.meeting_date.map(|d| d.to_string()).as_deref(),
            Some("2015-01-07")
        );
        assert_eq!(doc.meeting_place.as_deref(), Some("Gårda Brandstation"));
    }

    /// A compound naming the body in the header (`Direktionsprotokoll`,
    /// `Styrelseprotokoll`): the organ in its definite form.
    #[test]
    fn an_organ_from_a_compound_protocol_word() {
        assert_eq!(
            organ_in_line("Direktionsprotokoll 2013-09-20").as_deref(),
            Some("Direktionen")
        );
        assert_eq!(
            organ_in_line("Styrelseprotokoll nr 4").as_deref(),
            Some("Styrelsen")
        );
        assert_eq!(organ_in_line("Sammanträdesprotokoll 1 (14)"), None);
    }

    /// The justerare named only in the § that elects them: read when the
    /// front page lists those present but no justerare.
    #[test]
    fn a_justerare_elected_in_the_first_paragraph() {
        for sentence in [
            "Nämnden utser Per Berg att justera protokollet tillsammans med ordföranden.",
            "Per Berg (M) utses att jämte ordföranden justera protokollet.",
        ] {
            let text = format!(
                "PROTOKOLL\nKommunstyrelsen\nPlats och tid Stadshuset kl 13.00\n\nBeslutande\n\
                 Mari Lindahl (S), ordförande\nPer Berg (M)\n\n§ 106 Val av justerare\n\n{sentence}\n\n\
                 § 107 Budget\n\nText.\n"
            );
            let doc = parse(&text);
            assert_lists(
                &doc,
                &text,
                &[("Per Berg", "justerare"), ("Per Berg", "ledamot")],
            );
            assert!(!doc
                .people
                .iter()
                .any(|p| p.name == "Mari Lindahl" && p.role.as_deref() == Some("justerare")));
        }
    }

    /// Among the others present: a chair of something else written with a
    /// qualifier before the role (`rev. ordf`, the auditors'), and a party
    /// after the title (`politisk sekreterare (S)`, `gruppledare (ROOP)`).
    #[test]
    fn others_titles_with_a_qualifier_or_a_party_after() {
        let text =
            "Plats och tid Stadshuset kl 13.00\n\nBeslutande\nBino Drummond (M), ordförande\n\n\
                    Övriga närvarande\nErik Carenholm, politisk sekreterare (S)\n\
                    Yvonne Svensson, gruppledare (ROOP)\nOnni Vehviläinen, rev. ordf § 27\n\n\
                    § 27 Val\n\nText.\n";
        let doc = parse(text);
        assert_lists(
            &doc,
            text,
            &[
                ("Bino Drummond", "ordförande"),
                ("Erik Carenholm", "politisk sekreterare"),
                ("Yvonne Svensson", "gruppledare"),
                ("Onni Vehviläinen", "rev. ordförande"),
            ],
        );
    }

    /// The justering's label wrapped around its value (`Justeringens
    /// Kommunkontoret 2012-03-20` / `plats och tid`, a two-column front page
    /// read in row order): the value is the justering's.
    #[test]
    fn a_justering_label_wrapped_around_its_value() {
        let text = "Kommunstyrelsen\nSammanträdesdatum 2012-03-12\nPlats och tid Stadshuset kl 13.00\n\
                    Beslutande Eva Ek (S), ordförande\nUtses att justera Eva Ek (S)\n\
                    Justeringens Kommunstyrelsekontoret tisdagen den 20 mars 2012\nplats och tid\n\n\
                    § 1 Val\n\nText.\n";
        let adj = parse(text).adjustment.expect("adjustment");
        assert_eq!(
            adj.date.map(|d| d.to_string()).as_deref(),
            Some("2012-03-20")
        );
        assert_eq!(adj.place.as_deref(), Some("Kommunstyrelsekontoret"));
    }

    /// A member's line with `Tjänstgör för` (no comma): a serving
    /// substitute, and the list goes on after it.
    #[test]
    fn a_list_line_serving_for_another() {
        let text = "PROTOKOLL\nKulturnämnden\nPlats och tid Scandic kl 13.00-16.00\n\
                    Beslutande Daniel Sjögren, ordförande (S)\n\
                    Barbro Viklund (MP) Tjänstgör för Jasmine Ravaghi (S)\n\
                    Ulrica Magnusson Söderlund (M)\nOlav Eriksson (KD)\n\n§ 1 Val\n\nText.\n";
        let doc = parse(text);
        assert_lists(
            &doc,
            text,
            &[
                ("Barbro Viklund", "tjänstgörande ersättare"),
                ("Ulrica Magnusson Söderlund", "ledamot"),
                ("Olav Eriksson", "ledamot"),
            ],
        );
        assert!(!doc.people.iter().any(|p| p.name == "Jasmine Ravaghi"));
    }

    /// `1:a` and `2:a vice ordförande` are the first and second vice chairs.
    #[test]
    fn vice_chairs_numbered_with_a() {
        let text =
            "Plats och tid Stadshuset kl 13.00\n\nBeslutande Eva Ek (S), ordförande Per Berg (M), \
                    1:a vice ordförande Ulrika Falk (S), 2:a vice ordförande\n\n§ 1 Val\n\nText.\n";
        let doc = parse(text);
        assert_lists(
            &doc,
            text,
            &[
                ("Per Berg", "1:e vice ordförande"),
                ("Ulrika Falk", "2:e vice ordförande"),
            ],
        );
    }

    /// A web page's protocol: lists headed by the body's name, substitutes
    /// marked serving, § written with the sign after the number. A law's
    /// articles written so, with no front page, are no items.
    #[test]
    fn a_web_page_with_the_sign_after_the_number() {
        let text = "Direktionens protokoll 9 december 2022\n\nDirektionens ledamöter\n\
                    Åke Nylén (S), ordförande\nPirjo Jonsson (S)\n\nDirektionens ersättare\n\
                    Annika Söderberg (S), tjänstgörande\nAnna Edin (C)\n\n\
                    56 § Föregående protokoll\n\nProtokollet lades till handlingarna.\n\n\
                    57 § Budget för 2023\n\nDirektionen beslutar\n\natt godkänna budgeten.\n";
        let doc = parse(text);
        assert_eq!(doc.kind, DocumentKind::Protokoll);
        let got = crate::test_fixtures::numbered_titles(&doc);
        assert_eq!(
            got,
            [
                (56, Some("Föregående protokoll")),
                (57, Some("Budget för 2023"))
            ]
        );
        assert_lists(
            &doc,
            text,
            &[
                ("Åke Nylén", "ordförande"),
                ("Pirjo Jonsson", "ledamot"),
                ("Annika Söderberg", "tjänstgörande ersättare"),
                ("Anna Edin", "ersättare"),
            ],
        );
        let law = "Fullmäktiges uppgifter\n\n1 § Fullmäktige beslutar i ärenden av principiell \
                   beskaffenhet eller annars av större vikt för kommunen.\n\n\
                   2 § Fullmäktige får uppdra åt en nämnd att besluta.\n";
        let doc = parse(law);
        assert!(doc.paragraphs.is_empty(), "{:?}", doc.paragraphs);
        assert_ne!(doc.kind, DocumentKind::Protokoll);
    }

    /// Given names joined with a capital inside (`MariAnne`, `MonaLisa`)
    /// are read whole, not from their second half.
    #[test]
    fn given_names_with_a_capital_inside() {
        let text = "Plats och tid Stadshuset kl 13.00\n\nBeslutande Anna Berg (S), ordförande \
                    MonaLisa Norrman (M) AnneMarie Grennhag (C)\n\nJusterare MariAnne Andersson\n\n\
                    § 1 Val\n\nText.\n";
        let doc = parse(text);
        assert_lists(
            &doc,
            text,
            &[
                ("MonaLisa Norrman", "ledamot"),
                ("AnneMarie Grennhag", "ledamot"),
                ("MariAnne Andersson", "justerare"),
            ],
        );
    }

    /// Labels stacked in a column before the members' values (the label
    /// column of a two-column front page, flattened): the names are the
    /// members' first; a substitutes' label among the stacked ones is told
    /// by the parties coming round again, and `X för Y` is a serving
    /// substitute.
    #[test]
    fn stacked_labels_give_the_members_first() {
        let filler =
            "Förvaltningen redovisar ärendet och nämnden informeras om läget i verksamheten.";
        let text = format!(
            "Omsorgsnämnden\n\nPlats och tid Tingshuset, kl 13.00\n\nBeslutande\n\nÖvriga närvarande\n\n\
             Ersättare Tjänstemän Anna Ek (S) ordförande Per Berg (M) Eva Lund (C) Olle Holm (KD) \
             Lars Ström (S) för Karin Nyström (S) Mats Ås (M) Siv Alm (C) Jan Ek, omsorgschef\n\n\
             Utses att justera Eva Lund\n\n§ 1 Budget\n\n{filler}\n"
        );
        let doc = parse(&text);
        let roles = roles_of(&doc);
        for (name, role) in [
            ("Anna Ek", "ordförande"),
            ("Per Berg", "ledamot"),
            ("Olle Holm", "ledamot"),
            ("Lars Ström", "tjänstgörande ersättare"),
            ("Mats Ås", "ersättare"),
            ("Siv Alm", "ersättare"),
            ("Jan Ek", "omsorgschef"),
        ] {
            assert!(lists(&doc, &text, name, role), "{name} {role}: {roles:?}");
        }
        // A group word after the first name still opens its list.
        let text = format!(
            "Omsorgsnämnden\n\nPlats och tid Tingshuset, kl 13.00\n\nBeslutande\n\n\
             Anna Ek (S) ordförande Per Berg (M) Ersättare Mats Ås (M)\n\n§ 1 Budget\n\n{filler}\n"
        );
        let doc = parse(&text);
        assert!(
            lists(&doc, &text, "Per Berg", "ledamot"),
            "{:?}",
            roles_of(&doc)
        );
        assert!(
            lists(&doc, &text, "Mats Ås", "ersättare"),
            "{:?}",
            roles_of(&doc)
        );
    }

    /// A document's contents entries as (number, title).
    fn toc_of<'d>(doc: &'d crate::Document<'_>) -> Vec<(Option<u32>, &'d str)> {
        doc.toc
            .iter()
            .map(|e| (e.number, e.title.as_ref()))
            .collect()
    }

    /// Asserts [`lists`] for every `(name, role)`.
    fn assert_lists(doc: &crate::Document<'_>, text: &str, people: &[(&str, &str)]) {
        for &(name, role) in people {
            assert!(
                lists(doc, text, name, role),
                "{name} ({role}): {:?}",
                doc.people
            );
        }
    }

    #[test]
    fn party_written_before_the_name_in_its_own_column() {
        // Every line after a blank line (5dok), the party first; a
        // substitute's `tjänstgör för Y (S)` and the next party on the
        // same line.
        let text = "Plats Ekbysalen\n\nBeslutande S Bo Ek\n\nS Pia Lund\n\n\
                    C Jan Berg, tjänstgör för Eva Holm (C) KD Lars Ahl\n\n\
                    MP Ola Sten\n\nÖvriga deltagande\n";
        let doc = parse(text);
        assert_lists(
            &doc,
            text,
            &[
                ("Bo Ek", "ledamot"),
                ("Pia Lund", "ledamot"),
                ("Jan Berg", "tjänstgörande ersättare"),
                ("Lars Ahl", "ledamot"),
                ("Ola Sten", "ledamot"),
            ],
        );
        let party = |n: &str| {
            doc.people
                .iter()
                .find(|p| p.name == n)
                .and_then(|p| p.party.as_deref().map(str::to_owned))
        };
        assert_eq!(party("Pia Lund").as_deref(), Some("S"));
        assert_eq!(party("Lars Ahl").as_deref(), Some("KD"));
        assert_eq!(party("Ola Sten").as_deref(), Some("MP"));
        assert!(doc.people.iter().all(|p| p.name != "Eva Holm"));
        // The code alone, or a letter that is no party, is not read.
        // A second label before the first name gives its role; two
        // parties written first on one line.
        let text =
            "Beslutande S Bo Ek\n\nÖvriga deltagande Ej tjänstgörande ersättare S Pia Lund\n\n\
                    M Jan Berg\n\nKD Ola Sten V Lars Ahl\n";
        let doc = parse(text);
        assert_lists(
            &doc,
            text,
            &[
                ("Pia Lund", "ersättare"),
                ("Ola Sten", "ersättare"),
                ("Lars Ahl", "ersättare"),
            ],
        );
        // A group word alone on its line, then names with their titles
        // after them, capitalized, and § ranges.
        let text = "Beslutande S Bo Ek\n\nÖvriga deltagande M Jan Berg\n\nTjänstemän\n\n\
                    Eva Holm Förvaltningschef § 118-129\n\nLisa Ahl Projektledare § 122\n";
        let doc = parse(text);
        assert_lists(
            &doc,
            text,
            &[
                ("Eva Holm", "förvaltningschef"),
                ("Lisa Ahl", "projektledare"),
            ],
        );
        assert_eq!(party_before_name("S "), Some("S"));
        assert_eq!(party_before_name(", ordförande MBP "), Some("MBP"));
        assert_eq!(party_before_name("X "), None);
        assert_eq!(party_before_name("VD "), None);
        assert_eq!(party_before_name("S"), None);
        assert_eq!(party_before_name("AbS "), None);
    }

    #[test]
    fn capitalized_role_between_name_and_party() {
        let text = "Beslutande: Mats Dahl Ordförande (C)\n\nAnna Berg Vice Ordförande (S)\n\n\
                    Per Ek Ledamot (M)\n\nTjänstgörande ersättare:\n";
        let doc = parse(text);
        assert_lists(
            &doc,
            text,
            &[
                ("Mats Dahl", "ordförande"),
                ("Anna Berg", "vice ordförande"),
                ("Per Ek", "ledamot"),
            ],
        );
        assert_eq!(trailing_role("Per Ek"), None);
        assert_eq!(trailing_role("Per Ek ledamot"), None);
        assert_eq!(trailing_role("Ek Ordförande"), None);
    }

    #[test]
    fn signature_labels_with_leaders_over_names_after_blank_lines() {
        // The role that ended the officials' title column above waits for
        // no name; each `Role ………` takes the name under it.
        let text = "Beslutande: Mats Dahl Ordförande (C)\n\n\
                    Övriga: Eva Lund Per Holm\n\nEkonom §§ 4-5 Sekreterare\n\n\
                    Sekreterare ………\n\nPer Holm\n\n(2)\n\nOrdförande ………\n\n\
                    Mats Dahl\n\nJusterande ………\n\nJan Ek\n";
        let doc = parse(text);
        assert_lists(
            &doc,
            text,
            &[
                ("Per Holm", "sekreterare"),
                ("Mats Dahl", "ordförande"),
                ("Jan Ek", "justerare"),
            ],
        );
        assert!(!lists(&doc, text, "Mats Dahl", "sekreterare"));
        assert!(leaders_only_signature("Sekreterare ………"));
        assert!(leaders_only_signature("Justerande ........"));
        assert!(!leaders_only_signature("Sekreterare"));
        assert!(!leaders_only_signature("Sekreterare Per Holm"));
    }

    #[test]
    fn officials_listed_name_first_after_their_group_word() {
        // `Tjänstemän Eva Ek, enhetschef …`: the title after each name;
        // `Tjänstemän Kommundirektör Jan Ek, …`: before it.
        let text =
            "Beslutande Ola Sten (S)\n\nÖvriga närvarande Tjänstemän Eva Ek, enhetschef 36, 37 \
                    Per Berg, förvaltningschef 36 Lisa Holm, sekreterare\n";
        let doc = parse(text);
        assert_lists(
            &doc,
            text,
            &[
                ("Eva Ek", "enhetschef"),
                ("Per Berg", "förvaltningschef"),
                ("Lisa Holm", "sekreterare"),
            ],
        );
        let text =
            "Beslutande Ola Sten (S)\n\nÖvriga närvarande Tjänstemän Kommundirektör Jan Ek, \
                    kommunsekreterare Lisa Holm\n";
        let doc = parse(text);
        assert_lists(
            &doc,
            text,
            &[
                ("Jan Ek", "kommundirektör"),
                ("Lisa Holm", "kommunsekreterare"),
            ],
        );
    }

    #[test]
    fn attendance_entries_with_a_title_run_into_the_next_name() {
        assert!(is_attendance_entry(
            "Eva Ek, enhetschef gatudrift Per Berg, registrator"
        ));
        assert!(is_attendance_entry("S Pia Lund"));
        assert!(is_attendance_entry(
            "KD Lars Ahl, tjänstgör för Ola Sten (KD)"
        ));
        assert!(!is_attendance_entry("Pia Lund"));
        assert!(!is_attendance_entry("Eva Ek, som yrkar bifall"));
        assert!(!is_attendance_entry("Eva Ek, Kommunstyrelsen"));
    }

    #[test]
    fn names_after_the_chair_in_a_flattened_block_are_the_justerare() {
        // The `Justerande` label lost in the flattening: one chair, the
        // name after the chair's is the adjuster's.
        let text = "Plats och tid Ekbyhuset, kl 18\n\nBeslutande Per Berg (FP), ordförande \
                    Eva Lund (S)\n\nUtses att justera Eva Lund (S)\n\n\
                    Underskrifter Sekreterare Paragrafer Anna Ek Ordförande Per Berg Eva Lund\n";
        let doc = parse(text);
        assert_lists(
            &doc,
            text,
            &[
                ("Anna Ek", "sekreterare"),
                ("Per Berg", "ordförande"),
                ("Eva Lund", "justerare"),
            ],
        );
        assert!(!lists(&doc, text, "Eva Lund", "ordförande"));
    }

    #[test]
    fn a_flattened_signature_block_is_a_protocol_field() {
        // `Tid och plats`, `Beslutande`, the block of signatures opened by
        // `Sekreterare`, `ANSLAG/BEVIS`: a front page without a §.
        let text = "1 (40) Tid och plats Stadshuset, kl 18\n\nBeslutande Se bilaga 1\n\n\
                    Sekreterare Ordförande. Anna Ek.. Per Berg Justerande.. Eva Lund\n\n\
                    ANSLAG/BEVIS\n\nKommunfullmäktiges protokoll är justerat.\n";
        assert_eq!(parse(text).kind, crate::DocumentKind::Protokoll);
    }

    #[test]
    fn officials_written_title_first_without_commas() {
        // Each capitalized title opens the next entry; a title written
        // after a name is that name's (`Jan Ek Ekonom, Eva Lund …`).
        let text = "Beslutande Ola Sten (S)\n\nÖvriga deltagare Kommundirektör Jan Ek \
                    Kommunplanerare Eva Lund Kommunsekreterare Per Holm\n";
        let doc = parse(text);
        assert_lists(
            &doc,
            text,
            &[
                ("Jan Ek", "kommundirektör"),
                ("Eva Lund", "kommunplanerare"),
                ("Per Holm", "kommunsekreterare"),
            ],
        );
        let names: Vec<&str> = listed_persons("Jan Ek Ekonom, Eva Lund Fastighetsekonom")
            .iter()
            .map(|m| m.name.as_str())
            .collect();
        assert_eq!(names, ["Jan Ek", "Eva Lund"]);
    }

    /// Labels first, the others' and the adjusters' labels with colons,
    /// the values glued to the second (Hudiksvall TN): officials with their
    /// titles, the justerare last; `Ordinarie Ersättare Utses att justera`
    /// (the justerare's own columns) is left as it was.
    #[test]
    fn others_and_adjusters_labels_first() {
        let text = "Beslutande: Håkan Rönström (M), ordf Delshad Saleh (V) Uno Jonsson (S)\n\
                    Övriga deltagare:\nUtses att justera: Teknisk chef Jan Kroppegård, sekreterare Elli Heiska, \
                    ekonom Agneta Johansson 50-51, avdelningschef Charlotta Butler 55 Delshad Saleh\n";
        let doc = parse(text);
        let roles = roles_of(&doc);
        assert_lists(
            &doc,
            text,
            &[
                ("Jan Kroppegård", "teknisk chef"),
                ("Elli Heiska", "sekreterare"),
                ("Agneta Johansson", "ekonom"),
                ("Charlotta Butler", "avdelningschef"),
                ("Delshad Saleh", "justerare"),
            ],
        );
        assert!(
            !roles
                .iter()
                .any(|(n, r)| *n != "Delshad Saleh" && *r == Some("justerare")),
            "{roles:?}"
        );
    }

    /// The others present title first from the first name, its title of
    /// two words (`Tf förvaltningschef Jessica Hellberg`, `Teknisk chef …`).
    #[test]
    fn others_present_title_first_from_the_first_name() {
        let text = "Beslutande Ola Sten (S)\n\nÖvriga närvarande Teknisk chef Jan Ek, sekreterare Eva Lund, ekonom Per Holm\n";
        let doc = parse(text);
        assert_lists(
            &doc,
            text,
            &[
                ("Jan Ek", "teknisk chef"),
                ("Eva Lund", "sekreterare"),
                ("Per Holm", "ekonom"),
            ],
        );
    }

    #[test]
    fn a_capitalized_word_after_a_name_is_no_role_unless_it_is_one() {
        assert!(capitalized_non_role(" Danielsson"));
        assert!(capitalized_non_role(", Kommunal, 50-56"));
        assert!(!capitalized_non_role(", Kommunikatör"));
        assert!(!capitalized_non_role(" Ordförande"));
        assert!(!capitalized_non_role(", ersättare"));
        assert!(!capitalized_non_role(" (BSNLÖ), Skoldirektör"));
        let text = "Beslutande Eva Ek, ordf. Per Berg Ola Sten Bo Lennart Danielsson\n\n\
                    Övriga deltagande Lisa Holm, Kommunal, 50-56, Anna Lund, Kommunikatör\n";
        let doc = parse(text);
        assert!(doc
            .people
            .iter()
            .all(|p| !matches!(p.role.as_deref(), Some("danielsson" | "kommunal"))));
        assert_lists(
            &doc,
            text,
            &[("Anna Lund", "kommunikatör"), ("Lisa Holm", "övrig")],
        );
    }

    #[test]
    fn four_word_runs_of_two_people() {
        let names = |h: &str| -> Vec<String> {
            listed_persons(h)
                .iter()
                .map(|m| m.name.as_str().to_owned())
                .collect()
        };
        // A third word that is no surname after a second that is no given
        // name: two people.
        assert_eq!(
            names("Maud Bengtsson Mussa Selim"),
            ["Maud Bengtsson", "Mussa Selim"]
        );
        assert_eq!(
            names("Peter Ek Patricia Valeria"),
            ["Peter Ek", "Patricia Valeria"]
        );
        // A double given name, a double surname, a role or a group word:
        // one run.
        assert_eq!(
            names("Britt Inger Ärfström Björk"),
            ["Britt Inger Ärfström Björk"]
        );
        assert_eq!(
            names("Eva Hesse Almqvist Berg"),
            ["Eva Hesse Almqvist Berg"]
        );
        assert_eq!(
            names("Anna Bengtsson Vice Ordförande"),
            ["Anna Bengtsson Vice Ordförande"]
        );
        assert_eq!(
            names("Jarl Kruger Tjänstemän Lena"),
            ["Jarl Kruger Tjänstemän Lena"]
        );
        // Five words and more: a given name fourth opens the next person.
        assert_eq!(
            names("Ulrika Nordén Johansson Anneli Karlsson"),
            ["Ulrika Nordén Johansson", "Anneli Karlsson"]
        );
    }

    #[test]
    fn a_unit_in_parentheses_and_a_capitalized_title_after_the_comma() {
        // `Name (UNIT), Title`: the title after the comma is the name's,
        // capitalized or not, and the unit is no role; `Tjänsteman` opens
        // the officials.
        let text = "Beslutande Ola Sten (S)\n\nÖvriga Wall Ann-Britt (BSNLÖ), Skoldirektör \
                    Lund Eva (BSNLÖ), Nämndsekreterare Åse Berg (BSNLÖ), Kommunikatör :\n\n\
                    Övriga närvarande Tjänsteman Maria Ek, kommunsekreterare Per Holm, kommunchef\n";
        let doc = parse(text);
        assert_lists(
            &doc,
            text,
            &[
                ("Wall Ann-Britt", "skoldirektör"),
                ("Lund Eva", "nämndsekreterare"),
                ("Åse Berg", "kommunikatör"),
                ("Maria Ek", "kommunsekreterare"),
                ("Per Holm", "kommunchef"),
            ],
        );
    }

    #[test]
    fn a_protocol_number_before_the_organ_in_the_header() {
        // `Mn 87/2014` reads like a § heading; the organ after it is the
        // header's, the heading not kept as a §.
        let text = "Protokoll\nMn 87/2014 Miljönämnden\nPlats: Sessionssalen\n\n\
                    Närvarande ledamöter Eva Ek (S) Per Berg (M)\n";
        assert_eq!(parse(text).organ.as_deref(), Some("Miljönämnden"));
    }

    #[test]
    fn a_press_release_behind_a_page_index_is_no_protocol() {
        // A transcript's page index before the kind word in capitals: not
        // § 1 of a protocol.
        let text = "1 PRESSMEDDELANDE Ytterligare information: Eva Ek, kommunstyrelsens \
                    ordförande, Per Berg, kommunstyrelsens sekreterare Information från \
                    kommunstyrelsen Här följer kortfattad information från kommunstyrelsens \
                    sammanträde i Ekby 10 april. Kommunstyrelsen föreslår att förvaltningen \
                    ska få i uppdrag att genomföra åtgärder.\n";
        let doc = parse(text);
        assert_eq!(doc.kind, crate::DocumentKind::Okand);
        assert!(doc.paragraphs.is_empty());
        assert_eq!(
            leading_caps_word(text, Span::new(0, 40)).map(|w| &text[w]),
            Some("PRESSMEDDELANDE")
        );
        assert_eq!(leading_caps_word("3 Ekby kommun", Span::new(0, 13)), None);
    }

    #[test]
    fn the_role_first_words_are_the_role_table_s() {
        let firsts: Vec<&str> = SIGNATURE_ROLES
            .iter()
            .filter_map(|(w, _)| w.split(' ').next())
            .collect();
        assert_eq!(firsts, ROLE_FIRST_WORDS);
    }

    #[test]
    fn the_role_capitals_cover_the_role_table() {
        for (w, _) in SIGNATURE_ROLES {
            let first = w.as_bytes().first().map(u8::to_ascii_uppercase);
            assert!(first.is_some_and(is_role_capital), "{w}");
        }
    }

    #[test]
    fn signature_labels_over_names_with_paragrafer_between() {
        // A flattened front page cut into rows: labels first, each name
        // under its label, `Paragrafer` (with or without its range) between
        // the first label and its name. The role under a name labels the
        // next signature; it is not the name's own.
        for paragrafer in ["Paragrafer", "Paragrafer 26 -- 38"] {
            let text = format!(
                "Plats och tid Rådhuset kl 18.00\nBeslutande Eva Lund (S), ordförande Per Ek (M)\n\
                 Utses att justera Per Ek\nUnderskrifter\nSekreterare\n{paragrafer}\nLotta Berg\n\
                 Ordförande\nEva Lund (S)\nJusterare\nPer Ek (M)\nANSLAG/BEVIS\n\n§ 26 Val av justerare\n"
            );
            let doc = parse(&text);
            assert_lists(
                &doc,
                &text,
                &[
                    ("Lotta Berg", "sekreterare"),
                    ("Eva Lund", "ordförande"),
                    ("Per Ek", "justerare"),
                ],
            );
            assert!(
                !lists(&doc, &text, "Lotta Berg", "ordförande"),
                "{:?}",
                doc.people
            );
        }
    }

    #[test]
    fn capitalized_role_after_comma_and_colon_labels_between_names() {
        // `Name (S), Ordförande Name (MP), 1:e vice ordförande`: the
        // capitalized role after the comma is the previous person's.
        let text = "Beslutande Ledamöter Kari Bo (S), Ordförande Lena Sand (MP), 1:e vice ordförande Nils Ek (S)\n\
                    Utses att justera Nils Ek\n\n§ 1 Val av justerare\n";
        let doc = parse(text);
        assert_lists(
            &doc,
            text,
            &[
                ("Kari Bo", "ordförande"),
                ("Lena Sand", "1:e vice ordförande"),
                ("Nils Ek", "ledamot"),
            ],
        );
        let text = "Beslutande Ledamöter\nAnn Holm, M, Ordförande Siv Berg, C, 1:e vice ordförande Ola Lind, S\n\
                    Utses att justera Ola Lind\n\n§ 1 Val av justerare\n";
        let doc = parse(text);
        assert_lists(
            &doc,
            text,
            &[
                ("Ann Holm", "ordförande"),
                ("Siv Berg", "1:e vice ordförande"),
            ],
        );
        // `Ordförande: X (FP) 2:e vice ordförande: Y (S)`: a label between
        // two names is the role of the name after it.
        let text = "Plats och tid: Skolan, kl 18:30-21:10\n\
                    Ordförande: Berg Anna (FP) 2:e vice ordförande: Lund Per (S)\n\
                    Ledamöter: Ek Sara (M) Holm Nils (KD)\nUtses att justera Lund Per\n\n§ 1 Val av justerare\n";
        let doc = parse(text);
        assert_lists(
            &doc,
            text,
            &[
                ("Berg Anna", "ordförande"),
                ("Lund Per", "2:e vice ordförande"),
                ("Ek Sara", "ledamot"),
            ],
        );
    }

    #[test]
    fn roles_after_commas_in_lists_and_in_signature_blocks() {
        // In a list a capitalized role after a comma is the name's before
        // it; after `Paragraf ,` (a range the text lost) it labels the
        // signature after it.
        let text = "Plats och tid Rådhuset kl 18.00\nBeslutande ledamöter\n\
                    Eva Holm, M, Ordförande Per Berg, C, 1:e vice ordförande Ola Lind, S Siv Ek, V\n\
                    Utses att justera Ola Lind\n\
                    Underskrifter Sekreterare Anna Sund Paragraf , Ordförande Eva Holm (M) Paragraf , \
                    Justerande Ola Lind (S)\n\n§ 1 Val av justerare\n";
        let doc = parse(text);
        assert_lists(
            &doc,
            text,
            &[
                ("Eva Holm", "ordförande"),
                ("Per Berg", "1:e vice ordförande"),
                ("Ola Lind", "ledamot"),
                ("Siv Ek", "ledamot"),
                ("Anna Sund", "sekreterare"),
                ("Ola Lind", "justerare"),
            ],
        );
        for name in ["Per Berg", "Ola Lind", "Siv Ek"] {
            assert!(
                !lists(&doc, text, name, "ordförande"),
                "{name}: {:?}",
                doc.people
            );
        }
    }

    #[test]
    fn a_list_goes_on_past_blank_lines_and_short_lines() {
        // Transcripts put a blank line after every line: the list behind
        // a label goes on over them, also over two people with parties on
        // one line and a short line that could be read as a sub-heading.
        let text = "Plats och tid Förvaltningshuset, kl 09.00-17.00\n\nBeslutande Eva Holm (C), ordförande\n\n\
                    Sara Lund (M) Nils Berg (S)\n\nOla Ek (C)\n\n\
                    Övriga deltagande Anna Sund, sekreterare\n\nPer Wik, bitr. socialchef\n\n\
                    Utses att justera Sara Lund\n\n§ 155 Val av justerare\n";
        let doc = parse(text);
        assert_lists(
            &doc,
            text,
            &[
                ("Eva Holm", "ordförande"),
                ("Sara Lund", "ledamot"),
                ("Nils Berg", "ledamot"),
                ("Ola Ek", "ledamot"),
                ("Anna Sund", "sekreterare"),
                ("Per Wik", "bitr. socialchef"),
                ("Sara Lund", "justerare"),
            ],
        );
    }

    #[test]
    fn a_guide_to_writing_memos_is_no_memo() {
        // The headings of a memo, explained: no header, no case number, no
        // officer. `Beslutsunderlag` under `Sammanfattning` heads a
        // section; it names the document only at its top.
        let text = "Så skriver du ett ärende\n\nSammanfattning\n\n\
                    Här beskrivs kort vad ärendet gäller och varför det har väckts.\n\n\
                    Beslutsunderlag\n\nHär listas de handlingar som nämnden behöver.\n\n\
                    Förslag till beslut\n\nFörslaget skrivs så att det kan flyttas till protokollet.\n";
        assert_eq!(parse(text).kind, DocumentKind::Okand);
        let memo = "Beslutsunderlag\nSocialnämnden\n\nBudget 2020\n\nFörslag till beslut\n\
                    Socialnämnden föreslås besluta att godkänna budgeten.\n";
        assert_eq!(parse(memo).kind, DocumentKind::Tjansteskrivelse);
    }

    #[test]
    fn names_listed_without_parties_or_commas() {
        assert!(
            GIVEN_NAMES.windows(2).all(|w| w[0] < w[1]),
            "sorted for binary_search"
        );
        assert!(is_given_name("Lars-Åke") && !is_given_name("Lindberg"));
        // Two names of two words each, run together; a title list keeps
        // its group word and title before the first name.
        let text = "Beslutande Eva Holm, ordförande Maria Lind Peder Griph Sören Wik Astrid-Marie Jonsson\n\
                    Övriga deltagande Tjänstemän Kommundirektör Jan Fransson, kommunsekreterare Lena Ek\n\
                    Utses att justera Maria Lind\n\n§ 1 Val av justerare\n";
        let doc = parse(text);
        assert_lists(
            &doc,
            text,
            &[
                ("Maria Lind", "ledamot"),
                ("Peder Griph", "ledamot"),
                ("Sören Wik", "ledamot"),
                ("Astrid-Marie Jonsson", "ledamot"),
                ("Jan Fransson", "kommundirektör"),
                ("Lena Ek", "kommunsekreterare"),
            ],
        );
        // A party letter written before each name (a column of its own):
        // no role of the name before it.
        let text = "Beslutande L Eva Holm, ordförande M Per Berg L Ola Lind S Siv Ek\n\
                    Utses att justera Per Berg\n\n§ 1 Val av justerare\n";
        let doc = parse(text);
        assert_lists(
            &doc,
            text,
            &[("Per Berg", "ledamot"), ("Ola Lind", "ledamot")],
        );
    }

    #[test]
    fn a_front_page_under_a_protocol_header_without_a_paragraph() {
        // An excerpt of a protocol's first page: a page header naming a
        // protocol (its page number in brackets), two protocol fields, no
        // §. It is a protocol, and its first plain line no title.
        let text =
            "SAMMANTRÄDESPROTOKOLL                    1[25]\nPlats och tid Rådhuset kl 16:00\n\
                    Protokollet är justerat.\nJusterare\nPer Ek (S)\nANSLAG/BEVIS\n\
                    Justeringen har tillkännagivits genom anslag.\n";
        let doc = parse(text);
        assert_eq!(doc.kind, DocumentKind::Protokoll, "{:?}", doc.kind_evidence);
        assert_eq!(doc.title, None);
    }

    #[test]
    fn a_page_number_before_a_contents_title_is_no_paragraph() {
        // A transcript's page: its index, its number, the contents title
        // and the entries run together. No § 1.
        let text = "1 1 Ärendeförteckning 39 Val av justerare Fastställande av ärendelista Ny förskola \
                    i Ekby Översiktsplan Ekby kommun Anmälan av informationsärenden april Redovisning av \
                    delegationsbeslut april Ekonomisk rapport mars Övriga frågor Mötets avslutning sid\n\
                    2 2 Plats och tid Kommunhuset 13:00 Beslutande Eva Lund (S), ordförande Per Ek (M) \
                    Nils Berg (C) Utses att justera Per Ek Justeringens plats och tid Kommunhuset \
                    2018-05-02 Underskrifter Sekreterare Ordförande Justerare Paragrafer 39-52\n";
        let doc = parse(text);
        assert!(doc.paragraphs.is_empty(), "{:?}", doc.paragraphs);
    }

    #[test]
    fn an_organ_between_the_page_number_and_a_code_heading() {
        // A transcript page: index, running header, page number, the
        // header's organ, then the § with its organ code and year.
        let text = "1 Sammanträdesprotokoll 1 (35) Plats och tid Sessionssalen kl 13.00 Beslutande \
                    Lars Ek, C Eva Berg, S Utses att justera Eva Berg Justeringens plats och tid \
                    Kommunkansliet Paragrafer 130 Organ Kommunstyrelsens arbetsutskott\n\
                    2 Sammanträdesprotokoll 2 (35) Kommunstyrelsen KSAU 130/2014 Dnr 2014/55 \
                    Ombudgetering 2014 Arbetsutskottets förslag till kommunstyrelsen Arbetsutskottet \
                    föreslår kommunstyrelsen att godkänna förslaget till ombudgetering för år 2014.\n";
        let doc = parse(text);
        let numbers: Vec<u32> = doc.paragraphs.iter().map(|p| p.number).collect();
        assert_eq!(numbers, [130], "{:?}", doc.paragraphs);
        assert!(doc
            .furniture
            .iter()
            .any(|f| &text[f.span] == "Kommunstyrelsen" && f.kind == FurnitureKind::PageHeader));
    }

    #[test]
    fn a_contents_page_flattened_to_one_line() {
        let entries = |text: &str| -> Vec<(Option<u32>, String, Option<String>)> {
            flat_toc(text, text.len())
                .into_iter()
                .map(|e| {
                    assert!(text.get(e.span.start..e.span.end).is_some());
                    (
                        e.number,
                        e.title.into_owned(),
                        e.case_number.map(|c| text[c.span].to_owned()),
                    )
                })
                .collect()
        };
        // `N Dnr X Title... page`, the next number right after the page.
        let text = "2(36) Kulturnämnden Ärendelista 26 Dnr KN 2018/14 Information... 3 \
                    27 Dnr KN 2018/124 Årsredovisning för Ekby kommun 2017... 4 28 Dnr KN 2018/117 \
                    Instruktion till ägarombud vid 2018 års bolagsstämmor... 9 29 Dnr KN 2017/484 \
                    Svar på medborgarförslag: Bättre bussar... 12\n";
        let got = entries(text);
        assert_eq!(
            got.iter().map(|e| (e.0, e.1.as_str())).collect::<Vec<_>>(),
            [
                (Some(26), "Information"),
                (Some(27), "Årsredovisning för Ekby kommun 2017"),
                (
                    Some(28),
                    "Instruktion till ägarombud vid 2018 års bolagsstämmor"
                ),
                (Some(29), "Svar på medborgarförslag: Bättre bussar"),
            ]
        );
        assert_eq!(got[1].2.as_deref(), Some("KN 2018/124"));
        // `N Title page` where a page number equals the next entry's
        // number, a date's day, a page number first and a group label.
        let text = "3 INNEHÅLLSFÖRTECKNING 1 [1] 3 Val av justerare 3-4 4 Sekretess 5 \
                    5 Faderskapsutredning 6 6 Budget 4 juni 2018 7 7 Kontaktpolitiker 2019 \
                    BESLUTAS AV NÄMNDEN 8 Delegationsbeslut 9 9 Övriga frågor 10\n";
        let got = entries(text);
        assert_eq!(
            got.iter().map(|e| (e.0, e.1.as_str())).collect::<Vec<_>>(),
            [
                (Some(3), "Val av justerare"),
                (Some(4), "Sekretess"),
                (Some(5), "Faderskapsutredning"),
                (Some(6), "Budget 4 juni 2018"),
                (Some(7), "Kontaktpolitiker 2019"),
                (Some(8), "Delegationsbeslut"),
                (Some(9), "Övriga frågor"),
            ]
        );
        // Titles first, numbers after (`Title N`): which title a number
        // belongs to is not known; nothing is read. Nor a short line.
        let text = "3 Innehållsförteckning Återrapport kosten 99 Rapport om lovskola 100 Nämndplan \
                    101 Prislista för förskola och grundskola 102 Klassrum och matsal på Ekskolan 103 \
                    Redovisning av synpunkter 104\n";
        assert!(entries(text).is_empty());
        assert!(entries("Innehållsförteckning 1 Val 2 Budget 3 Taxor\n").is_empty());
        // The cheap test lets every one-word contents title through.
        for w in [
            "Innehållsförteckning",
            "INNEHÅLL",
            "Ärendelista",
            "ÄRENDEFÖRTECKNING",
            "Föredragningslista",
            "Dagordning",
            "Paragrafförteckning",
        ] {
            assert!(crate::is_toc_title(w) && may_be_toc_title(w), "{w}");
        }
    }

    #[test]
    fn a_title_line_names_the_body_and_the_meeting_date() {
        let body = "\n\nPlats och tid Rådhuset kl 18.00\nBeslutande Anna Berg (S), ordförande\n\
                    Utses att justera Per Ek\n\n§ 1 Val av justerare\n\nBeslut\nPer Ek utses.\n";
        for (title, organ, date) in [
            (
                "Protokoll från Fritidsutskottets sammanträde 2011-10-12",
                "Fritidsutskottet",
                "2011-10-12",
            ),
            (
                "Protokoll fört vid sammanträde med Ekby stadsdelsnämnd den 23 maj 2019.",
                "Ekby stadsdelsnämnd",
                "2019-05-23",
            ),
            (
                "Protokoll från sammanträde med kommunstyrelsen 2019-05-06",
                "Kommunstyrelsen",
                "2019-05-06",
            ),
            (
                "Kulturnämndens protokoll 2019-05-06",
                "Kulturnämnden",
                "2019-05-06",
            ),
            // A numbered caption before the organ is no part of it.
            (
                "Bilaga 1. Kulturnämndens protokoll 2019-05-06",
                "Kulturnämnden",
                "2019-05-06",
            ),
        ] {
            let text = format!("{title}{body}");
            let doc = parse(&text);
            assert_eq!(doc.organ.as_deref(), Some(organ), "{title}");
            assert_eq!(
                doc.meeting_date.map(|d| d.to_string()).as_deref(),
                Some(date),
                "{title}"
            );
            // `kl` and the time after it are not part of the place.
            assert_eq!(doc.meeting_place.as_deref(), Some("Rådhuset"), "{title}");
        }
        // A list of a meeting's papers names no body by its title.
        let text =
            format!("Lista över ärenden till omsorgsnämndens sammanträde den 13 maj 2014{body}");
        assert_eq!(parse(&text).organ, None);
    }

    #[test]
    fn a_transcript_runs_the_decision_on_without_a_heading() {
        // § signs kept mid-line, a year before `Dnr` that is no § number,
        // the decision's lead-in after the description or the documents,
        // and a second att-clause with a subject of its own.
        let text = "Transkript\n1 Fritidsnämnden Plats och tid Rådhuset, kl 18:00 Beslutande Anna Lind (S), ordförande \
                    Per Sund (M) Utses att justera Per Sund Justeringens plats och tid Rådhuset 2019-05-02 Paragrafer 7-8\n\
                    2 § 7 Budget 2019 Dnr FN 2019/12 Ärendebeskrivning Förvaltningen redovisar utfallet för perioden. \
                    Fritidsnämnden beslutar att godkänna uppföljningen, att reglementet gäller från den 1 juli 2019. \
                    § 8 Taxor 2020 Dnr FN 2019/14 Beslutsunderlag Tjänsteskrivelse 2019-04-02 Fritidsnämnden beslutar att \
                    anta taxorna.\n";
        let doc = parse(text);
        let numbers: Vec<u32> = doc.paragraphs.iter().map(|p| p.number).collect();
        assert_eq!(numbers, [7, 8], "{:?}", doc.paragraphs);
        let p7 = &doc.paragraphs[0];
        assert_eq!(p7.title.as_deref(), Some("Budget 2019"));
        let items: Vec<&str> = p7.decisions[0]
            .items
            .iter()
            .map(|i| i.text.as_ref())
            .collect();
        assert_eq!(items.len(), 2, "{items:?}");
        assert!(items[1].starts_with("reglementet gäller"), "{items:?}");
        let p8 = &doc.paragraphs[1];
        assert_eq!(p8.decisions[0].organ.as_deref(), Some("Fritidsnämnden"));
        assert_eq!(p8.attachments, ["Tjänsteskrivelse 2019-04-02"]);
        assert!(is_title_words("ekonom/controller"));
        assert!(!is_title_words("och"));
        assert!(finite_clause("nämnden får i uppdrag"));
        assert!(!finite_clause("gälla från den 1 juli"));
        assert!(!finite_clause("anta riktlinjer för"));
    }

    #[test]
    fn justering_paragraph_range_and_notice_dates() {
        let text = "Plats och tid Rådhuset, kl 18:00-20:00\n\
                    Beslutande Anna Lind (S), ordförande\n\
                    Justeringens plats och tid Kommunkansliet, Storgatan 2, 2021-03-08 klockan 13:00.\n\
                    Underskrifter Sekreterare Paragrafer §§ 12 - 15\n\
                    ANSLAG/BEVIS\nDatum för anslags uppsättande 2021-03-09\n\
                    Datum för anslags nedtagande 2021-03-31\n\n§ 12\nVal\n\nBeslut\nInformationen noteras.\n";
        let doc = parse(text);
        let adj = doc.adjustment.as_ref().expect("adjustment");
        assert_eq!(
            adj.date.map(|d| d.to_string()).as_deref(),
            Some("2021-03-08")
        );
        assert_eq!(adj.place.as_deref(), Some("Kommunkansliet, Storgatan 2"));
        let r = doc.paragraph_range.expect("range");
        assert_eq!(
            (r.from, r.to, &text[r.span]),
            (Some(12), Some(15), "12 - 15")
        );
        let posted = doc.notice_posted.expect("posted");
        assert_eq!(posted.date.to_string(), "2021-03-09");
        assert_eq!(&text[posted.span], "2021-03-09");
        assert_eq!(
            doc.notice_removed.map(|d| d.date.to_string()).as_deref(),
            Some("2021-03-31")
        );
        assert_eq!(doc.meeting_time.as_deref(), Some("18:00–20:00"));
        // Dates and times are no § range.
        assert!(paragraph_range_in("2021-03-08", 0).is_none());
        assert!(paragraph_range_in("13.00", 0).is_none());
        assert!(paragraph_range_in("Anna Lind", 0).is_none());
        // A doubled dash typed for an en dash.
        let r = paragraph_range_in("26 -- 38", 0).expect("range");
        assert_eq!(
            (r.from, r.to, r.span),
            (Some(26), Some(38), Span::new(0, 8))
        );
    }

    #[test]
    fn a_party_given_in_the_body_is_the_front_page_persons() {
        let text = "Plats och tid Rådhuset, kl 18:00\nUtses att justera Per Sund\n\
                    Underskrifter\nOrdförande ..........\nAnna Lind\n\n\
                    § 4\nBudget\n\nYrkanden\nAnna Lind (S) yrkar bifall till förslaget.\n\n\
                    Beslut\nBudgeten fastställs.\n";
        let doc = parse(text);
        let anna = doc
            .people
            .iter()
            .find(|p| p.name == "Anna Lind")
            .expect("Anna Lind");
        assert_eq!(anna.role.as_deref(), Some("ordförande"));
        assert_eq!(anna.party.as_deref(), Some("S"), "{:?}", doc.people);
    }

    #[test]
    fn the_organ_in_a_flattened_notice_block() {
        for (line, organ) in [
            (
                "Justeringen har tillkännagivits genom anslag Organ Miljö- och byggnadsnämnden Datum för anslags uppsättande",
                "Miljö- och byggnadsnämnden",
            ),
            ("Protokollet är justerat. Forum Fritidsnämnden Sammanträdesdatum", "Fritidsnämnden"),
            ("Organ och Kulturnämnden Anslaget uppsättes", "Kulturnämnden"),
            (
                "Organ Barn- och utbildningsnämndens sammanträde Datum för anslags uppsättande",
                "Barn- och utbildningsnämnden",
            ),
            ("Kommunfullmäktiges protokoll är justerat.", "Kommunfullmäktige"),
            (
                "ANSLAG Tekniska nämndens protokoll har justerats och anslagits",
                "Tekniska nämnden",
            ),
        ] {
            assert_eq!(organ_in_line(line).as_deref(), Some(organ), "{line}");
        }
        assert_eq!(
            organ_in_line("Protokollet förvaras på kommunkansliet"),
            None
        );
        assert_eq!(organ_in_line("Organ Ekby kommun, Sammanträdesdatum"), None);
    }

    #[test]
    fn a_front_page_without_a_paragraph_is_a_protocol() {
        // The first page of a transcript, cut before its first §; a page
        // index read as `§ 1` above `Plats och tid` opens no item.
        let text =
            "1 Fritidsnämnden\nPlats och tid Rådhuset, Storgatan 12, Lillby, kl 18:00-20:00\n\
                    Beslutande Anna Lind (S), ordförande Per Sund (M)\n\
                    Utses att justera Per Sund (M)\n\
                    Justeringens plats och tid Rådhuset 2021-03-02\n\
                    Justerare: Per Sund\nTid: Tisdagen den 2 mars 2021, kl. 08:30\n";
        let doc = parse(text);
        assert_eq!(doc.kind, crate::DocumentKind::Protokoll);
        assert!(doc.paragraphs.is_empty());
        assert_eq!(
            doc.meeting_place.as_deref(),
            Some("Rådhuset, Storgatan 12, Lillby")
        );
        assert_eq!(doc.meeting_time.as_deref(), Some("18:00–20:00"));
        assert!(
            lists(&doc, text, "Anna Lind", "ordförande"),
            "{:?}",
            doc.people
        );
        assert_eq!(
            place_in("Storgatan 12 B, den 12 mars, kl 18").as_deref(),
            Some("Storgatan 12 B")
        );
        // The day and time before the place; a weekday after it.
        assert_eq!(
            place_in("Torsdagen den 12 februari 2009 kl 13.00 Ernemar reningsverk, Oskarshamn")
                .as_deref(),
            Some("Ernemar reningsverk, Oskarshamn")
        );
        assert_eq!(
            place_in("Måndagen den 5 maj kl 19.00 i Medborgarhuset, Gransjö").as_deref(),
            Some("Medborgarhuset, Gransjö")
        );
        assert_eq!(
            place_in("KS-salen, Kommunhuset, Motala Tisdag , kl").as_deref(),
            Some("KS-salen, Kommunhuset, Motala")
        );
    }

    #[test]
    fn a_member_read_again_among_the_others_and_a_header_with_the_utskott() {
        let filler = "Revisorerna har granskat verksamheten och lämnat en rapport till nämnden för yttrande och till fullmäktige för kännedom.";
        let text = format!(
            "1 Organ Kommunstyrelsen Plats och tid Kommunhuset kl Beslutande Övriga deltagande Utses att justera \
             Eva Lund (S) Per Berg (M) Åsa Holm (S) Jan Ek, kommunchef Eva Lund Justeringens plats och tid Kommunkansliet {filler}\n\n\
             2 Kommunstyrelsen Kommunstyrelsens arbetsutskott Ks 35 Au Revisionsgranskning av verksamheten {filler} {filler}\n\n\
             3 Kommunstyrelsen Kommunstyrelsens arbetsutskott Ks 36 Au Motion om informationsmöten {filler} {filler}\n"
        );
        let doc = parse(&text);
        let numbers: Vec<u32> = doc.paragraphs.iter().map(|p| p.number).collect();
        assert_eq!(numbers, [35, 36]);
        // A member's name again under the others present: still a member.
        let text = "Plats och tid      Kommunhuset kl 13\n\
                    Beslutande         Eva Lund (S), ordförande\n\
                    \x20                  Per Berg (M)\n\
                    Övriga deltagande  Jan Ek, kommunchef\n\
                    \x20                  Per Berg\n\
                    Utses att justera  Per Berg\n\n§ 1 Upprop\n\nNämnden beslutar att godkänna.\n";
        let doc = parse(text);
        let got = roles_of(&doc);
        assert!(got.contains(&("Per Berg", Some("ledamot"))), "{got:?}");
        assert!(got.contains(&("Jan Ek", Some("kommunchef"))), "{got:?}");
        assert!(!got.contains(&("Per Berg", Some("övrig"))), "{got:?}");
    }

    #[test]
    fn a_signature_box_date_caption_under_the_first_paragraph() {
        let text = "Kultur- och fritidsnämnden\n\nPlats och tid  Stadshus B kl 13\n\
                    Beslutande    Lena Språng (C), ordf.\n\n\
                    Kfn 59\nRedovisning av demokratiprojekt\nEleverna redovisar projektet för nämnden.\n\
                    Justerandes sign    Utdragsbestyrkande\nDatum\n\n\
                    Kfn 60\nJämställdhetsanalys\nNämnden noterar informationen.\n";
        let numbers: Vec<u32> = parse(text).paragraphs.iter().map(|p| p.number).collect();
        assert_eq!(numbers, [59, 60]);
    }

    #[test]
    fn units_adjectives_and_vacant_seats_in_lists() {
        assert!(is_unit_word("gatuavdelningen") && is_unit_word("ekonomienheten"));
        assert!(!is_unit_word("enheten") && !is_unit_word("andersson"));
        assert!(is_title_adjective("Teknisk") && is_title_adjective("Administrativ"));
        assert!(!is_title_adjective("Frisk") && !is_title_adjective("Lindqvist"));
        let text = "Beslutande  Arne Ek (M) ordförande ---- (C) 1:e vice ordf Markus Berg (S) 2:e vice ordf\n\
                    Övriga      Alf Ivarsson avdelningschef Gatuavdelningen Stina Holm avdelningschef\n\
                    \x20           Jan Lind Teknisk chef\n\
                    Insynsplats Kim Fredriksson (SD), oppositionsråd\n\
                    Övriga      Agneta Ek, rektor på Kulturskolan Ulla Berg, fritidschef\n";
        let doc = parse(text);
        let got = roles_of(&doc);
        for want in [
            ("Arne Ek", Some("ordförande")),
            ("Markus Berg", Some("2:e vice ordförande")),
            ("Alf Ivarsson", Some("avdelningschef gatuavdelningen")),
            ("Stina Holm", Some("avdelningschef")),
            ("Kim Fredriksson", Some("oppositionsråd")),
            ("Agneta Ek", Some("rektor på kulturskolan")),
            ("Ulla Berg", Some("fritidschef")),
        ] {
            assert!(got.contains(&want), "{want:?} in {got:?}");
        }
        assert!(
            !got.iter()
                .any(|p| p.0.contains("Teknisk") || p.0.contains("avdelningen")),
            "{got:?}"
        );
        // A column header of the list is no part of the first name.
        let doc = parse("Ersättare  Närv. Frånv Inga Hem (S) Leyla Tar (S)\n");
        let names: Vec<&str> = doc.people.iter().map(|p| p.name.as_ref()).collect();
        assert_eq!(names, ["Inga Hem", "Leyla Tar"]);
    }

    #[test]
    fn a_long_list_behind_its_label_in_a_flattened_page() {
        // A transcript page cut at its labels: each list runs on past what
        // a label's value may be, and is still read under its label.
        let text = "Storlek: px\nTranskript\n\n1 Barn- och fritidsnämnden Plats och tid Rådhuset, Lillby, kl 18:00 \
                    Beslutande Anna Lind (S), ordförande Per Sund (M), vice ordförande Johan Ek (S) Olle Berg (C) \
                    Mona Vik (V) Kurt Ahl (KD) Eva Nord (L) Sara Dahl (SD) Lars Ström (S), ersättare för Inga Ros (S) \
                    Övriga deltagare Karin Holm, förvaltningschef Stig Bro, nämndsekreterare Ulla Ask (nämndekonom) \
                    Frida Lööf, ekonom 12, 14 Utses att justera Olle Berg (C) Justeringens plats och tid Rådhuset \
                    Underskrifter Sekreterare... Paragrafer 11-19 Stig Bro Ordförande... Anna Lind Justerande... Olle Berg \
                    ANSLAG/BEVIS Protokollet är justerat.\n\n2 Barn- och fritidsnämnden 11 Val av justerare Beslut \
                    Nämnden utser Olle Berg att justera.\n";
        let doc = parse(text);
        assert_lists(
            &doc,
            text,
            &[
                ("Anna Lind", "ordförande"),
                ("Per Sund", "vice ordförande"),
                ("Johan Ek", "ledamot"),
                ("Sara Dahl", "ledamot"),
                ("Lars Ström", "tjänstgörande ersättare"),
                ("Karin Holm", "förvaltningschef"),
                ("Stig Bro", "nämndsekreterare"),
                ("Ulla Ask", "nämndekonom"),
                ("Frida Lööf", "ekonom"),
                ("Olle Berg", "justerare"),
                ("Stig Bro", "sekreterare"),
            ],
        );
        assert!(
            !doc.people.iter().any(|p| p.name == "Inga Ros"),
            "{:?}",
            doc.people
        );
    }

    #[test]
    fn labels_first_with_the_last_label_glued_to_all_values() {
        // All labels, then all values: the justerare is named last and
        // repeats a member; officials are known by their titles.
        let text = "Sammanträdesprotokoll\nTekniska nämnden\nPlats och tid Stadshuset, kl 13:00-15:00\n\
                    Beslutande\nÖvriga deltagande\n\
                    Utses att justera Anna Lind (S), ordförande Per Sund (M) Johan Ek (S) Olle Berg (C) \
                    Mona Vik (V), ersättare Karin Holm, förvaltningschef Stig Bro, sekreterare Olle Berg (C)\n\
                    Justeringens plats och tid Stadshuset 2021-03-02\n\n§ 1\nVal\n\nBeslut\nInformationen noteras.\n";
        let doc = parse(text);
        assert_lists(
            &doc,
            text,
            &[
                ("Anna Lind", "ordförande"),
                ("Per Sund", "ledamot"),
                ("Olle Berg", "ledamot"),
                ("Mona Vik", "ersättare"),
                ("Karin Holm", "förvaltningschef"),
                ("Stig Bro", "sekreterare"),
                ("Olle Berg", "justerare"),
            ],
        );
    }

    #[test]
    fn a_decision_with_its_motivation() {
        let text = "§ 101\nMiljöpris 2012\n\nBeslut\nMiljönämnden utser Eva Ek till mottagare av \
                    2012 års miljöpris med följande motivering:\nEva Ek har som lärare visat vägen.\n\
                    Hon har också tagit initiativ till ett nätverk.\n";
        let doc = parse(text);
        let d = doc.paragraphs.first().and_then(|p| p.decisions.first());
        let items: Vec<&str> = d.map_or(Vec::new(), |d| {
            d.items.iter().map(|i| i.text.as_ref()).collect()
        });
        assert_eq!(items.len(), 1, "{items:?}");
        assert!(items
            .first()
            .is_some_and(|t| t.starts_with("Miljönämnden utser")));
        assert_eq!(d.and_then(|d| d.organ.as_deref()), Some("Miljönämnden"));
    }

    #[test]
    fn a_split_label_is_no_name() {
        assert!(!is_name("Justeringens Kommunalhuset"));
        assert!(is_name("Jens Ek"));
        assert!(is_name("Inga Sandström"));
    }

    #[test]
    fn the_justerares_deputy() {
        let text = "Plats och tid Stadshuset, kl 18.00\n\nBeslutande Anna Berg (S), ordförande\n\
                    Lars Olof Brännström (M)\n\nUtses att justera Lars Olof Brännström med Stig \
                    Granlund som ersättare\n";
        let doc = parse(text);
        assert_lists(
            &doc,
            text,
            &[
                ("Lars Olof Brännström", "justerare"),
                ("Stig Granlund", "ersättare för justerare"),
            ],
        );
        assert!(!lists(&doc, text, "Stig Granlund", "justerare"));
    }

    #[test]
    fn members_and_substitutes_labels_first_told_apart_by_party() {
        // Both labels first, one list after them, each list grouped by
        // party: the first party seen again opens the substitutes.
        let text = "Transkript\n\n1 Protokoll 1 (25) Plats och tid: Sal A, kl 13 Beslutande: Ej \
                    beslutande: Anna Ek (M), ordf Per Berg (M) Eva Lund (C) Bo Dahl (S) Ulla \
                    Sten (S) Ola Ring (V) Stig Ahl (M) Rut Bok (S) Övriga deltagare: Utses att \
                    justera: Ola Ring\n\n2 Protokoll 2 (25) § 1 Val Beslut Ola Ring utses.\n";
        let doc = parse(text);
        assert_lists(
            &doc,
            text,
            &[
                ("Anna Ek", "ordförande"),
                ("Ola Ring", "ledamot"),
                ("Stig Ahl", "ersättare"),
                ("Rut Bok", "ersättare"),
            ],
        );
        // A list not grouped by party (`M, S, S, M, FP, …`) stays one.
        let mut people: Vec<Person<'_>> = ["M", "S", "S", "M", "FP", "KD", "S", "M"]
            .iter()
            .map(|&party| Person {
                name: Cow::Borrowed("X"),
                party: Some(Cow::Borrowed(party)),
                role: Some("ledamot".to_owned()),
                span: Span::new(0, 0),
                presence: Vec::new(),
            })
            .collect();
        second_list_by_parties(&mut people, "ledamot", "ersättare");
        assert!(people.iter().all(|p| p.role.as_deref() == Some("ledamot")));
    }

    #[test]
    fn members_all_but_the_absent() {
        // `Samtliga ledamöter utom …`: the names after `utom` are absent,
        // up to the next group; `utom 47` is a § missed by the one before.
        let text =
            "Plats och tid Stadshuset, kl 18.00\n\nBeslutande Samtliga ledamöter utom Eva Ek \
                    Per Berg Tjg ersättare Ola Sund (S)\n\nErsättare Anna Lund (S) utom 47 Bo Dahl \
                    (M)\n\nUtses att justera Ola Sund\n";
        let doc = parse(text);
        let roles = roles_of(&doc);
        assert!(
            !roles
                .iter()
                .any(|(n, _)| *n == "Eva Ek" || *n == "Per Berg"),
            "{roles:?}"
        );
        assert_lists(
            &doc,
            text,
            &[
                ("Ola Sund", "tjänstgörande ersättare"),
                ("Anna Lund", "ersättare"),
                ("Bo Dahl", "ersättare"),
            ],
        );
    }

    #[test]
    fn officials_titles_companies_and_presence() {
        let text = "Plats och tid Stadshuset, kl 18.00\n\nBeslutande Anna Berg (S), ordförande\n\
                    Per Ek (M)\n\nÖvriga deltagande Willy Viitala (politiska sekreterare), \
                    Sven Svensson, miljöchef t o m § 108, Theresa Savonen, VD Gällivare Energi AB \
                    § 142, Eva Lund, sekreterare\n\nUtses att justera Per Ek\n";
        let doc = parse(text);
        assert_lists(
            &doc,
            text,
            &[
                ("Willy Viitala", "politiska sekreterare"),
                ("Sven Svensson", "miljöchef"),
                ("Eva Lund", "sekreterare"),
            ],
        );
        let roles = roles_of(&doc);
        assert!(
            !roles.iter().any(|(n, _)| *n == "Gällivare Energi"),
            "{roles:?}"
        );
        let savonen = doc.people.iter().find(|p| p.name == "Theresa Savonen");
        assert!(
            savonen
                .and_then(|p| p.role.as_deref())
                .is_some_and(|r| r.starts_with("vd")),
            "{roles:?}"
        );
        // A stand-in's participle opens the next title, not a surname.
        assert!(is_title_adjective("Tillförordnad"));
        let text = "Plats och tid Stadshuset, kl 18.00\n\nBeslutande Anna Berg (S), ordförande\n\n\
                    Övriga deltagare Förvaltningschef Klas Lundgren Tillförordnad förvaltningschef \
                    Håkan Ek\n";
        let doc = parse(text);
        assert!(
            doc.people.iter().any(|p| p.name == "Klas Lundgren"),
            "{:?}",
            roles_of(&doc)
        );
        assert!(is_company_form(" AB § 142"));
        assert!(!is_company_form(" ABBA"));
    }

    #[test]
    fn flattened_signature_block_cut_into_rows() {
        // One line of a transcript, its signature block cut into rows of
        // labels and names: read as the run it was. Each case: the text,
        // the (name, role) pairs read, and those not read.
        type Case = (
            &'static str,
            &'static [(&'static str, &'static str)],
            &'static [(&'static str, &'static str)],
        );
        let cases: [Case; 4] = [
            // Role first (the name after each label, `Paragrafer` between):
            // no name is the caption of the label after it.
            (
                "Transkript\n\n1 Protokoll 1 (5) Plats och tid Kommunhuset, kl Beslutande \
                 Anna Lind (S) ordförande Per Sund (M) Eva Berg (S) Utses att justera Per \
                 Sund (M) och Eva Berg (S) Plats och tid för justering Kommunkansliet \
                 Sekreterare Paragrafer Stig Bro Ordförande Anna Lind (S) Justerare Per Sund \
                 (M) Eva Berg (S) ANSLAG/BEVIS Protokollet är justerat.\n\n2 Protokoll 2 (5) \
                 § 1 Val av justerare Beslut Per Sund utses att justera.\n",
                &[("Stig Bro", "sekreterare"), ("Anna Lind", "ordförande")],
                &[("Stig Bro", "ordförande"), ("Anna Lind", "justerare")],
            ),
            // Labels first with colons, the names after the last one.
            (
                "Transkript\n\n1 Protokoll 1 (5) Plats och tid: Kommunhuset, kl Beslutande: \
                 Anna Lind (S) ordförande Per Sund (M) Eva Berg (S) Övriga deltagande: Ola \
                 Ek, administrativ chef Utses att justera: Eva Lund och Bo Dahl Paragrafer: \
                 Sekreterare: Ordförande: Justerare:. Ola Ek. Anna Lind. Eva Lund. Bo Dahl \
                 ANSLAGSBEVIS: Nämnd: Kommunfullmäktige\n\n2 Protokoll 2 (5) § 1 Val av \
                 justerare Beslut Per Sund utses att justera.\n",
                &[("Ola Ek", "sekreterare"), ("Eva Lund", "justerare")],
                &[("Ola Ek", "justerare"), ("Anna Lind", "justerare")],
            ),
            // Two names under the chair's label and the justerare's label
            // after them: the second signed as chair (for one §).
            (
                "Transkript\n\n1 Protokoll 1 (5) Plats och tid Kommunhuset, kl Beslutande \
                 Arne Ott (M) ordförande Bengt Lind (S) Sara Berg (S) Utses att justera Sara \
                 Berg Justeringens plats och tid Kommunkansliet Underskrifter Sekreterare... \
                 Christian Ek Ordförande Arne Ott Bengt Lind Justerande... Sara Berg \
                 ANSLAG/BEVIS Protokollet är justerat.\n\n2 Protokoll 2 (5) § 1 Val av \
                 justerare Beslut Sara Berg utses att justera.\n",
                &[
                    ("Christian Ek", "sekreterare"),
                    ("Bengt Lind", "ordförande"),
                ],
                &[("Bengt Lind", "justerare")],
            ),
            // The chair's label closing the secretary's value, the
            // justerare's after it, names after both; a template id glued
            // to digits ends a name.
            (
                "Transkript\n\n1 Protokoll 1 (47) Plats och tid Stadshuset, kl 13 Beslutande \
                 Patrik Holmberg (C), ordförande Nils Svensson (M) Gerd Klein (S) Utses att \
                 justera Nils Svensson Justeringens plats och tid Förvaltningen Sekreterare \
                 Bodil Olsson Trelleborg3000, v 1.0, Ordförande Justerare Patrik Holmberg (C) \
                 Nils Svensson (M)\n\n2 Protokoll 2 (47) BEVIS Protokollet är justerat.\n",
                &[
                    ("Bodil Olsson", "sekreterare"),
                    ("Nils Svensson", "justerare"),
                ],
                &[
                    ("Patrik Holmberg", "justerare"),
                    ("Bodil Olsson Trelleborg", "sekreterare"),
                ],
            ),
        ];
        for (text, read, not_read) in cases {
            let doc = parse(text);
            assert_lists(&doc, text, read);
            for &(name, role) in not_read {
                assert!(
                    !lists(&doc, text, name, role),
                    "{name} ({role}): {:?}",
                    roles_of(&doc)
                );
            }
        }
        // Four capitalized words without parties: two signatories.
        let piece = |text| Piece { start: 10, text };
        let (a, b) =
            two_names(piece("Helena Parta Mattias Abra")).unwrap_or((piece(""), piece("")));
        assert_eq!(
            (a.start, a.text, b.start, b.text),
            (10, "Helena Parta", 23, "Mattias Abra")
        );
        assert!(two_names(piece("Elisabeth Persson Holmdén")).is_none());
        assert!(two_names(piece("Anna von Berg Ek")).is_none());
    }

    #[test]
    fn flattened_signatures_labels_first_or_inline() {
        for text in [
            // Roles first, names after; a name listed above cuts a run of
            // names without parties.
            "Beslutande Anna Lind (S), ordförande\nPer Sund (M)\n\
             Övriga närvarande Stig Bro, nämndsekreterare\n\
             Sekreterare\nOrdförande\nJusterande\nStig Bro Anna Lind Per Sund\n\
             ANSLAG/BEVIS\nOrgan Tekniska nämnden\n\n§ 1\nVal\n\nBeslut\nInformationen noteras.\n",
            // Role words inline with leaders, behind another label; the
            // role on the line before waits for the names that open the
            // next line.
            "Beslutande Anna Lind (S), ordförande\nPer Sund (M)\n\
             Underskrifter Sekreterare...\n\
             Paragrafer Stig Bro Varav sekretess Ordförande... Anna Lind Justerande... Per Sund\n\
             \n§ 1\nVal\n\nBeslut\nInformationen noteras.\n",
        ] {
            let doc = parse(text);
            assert_lists(
                &doc,
                text,
                &[
                    ("Stig Bro", "sekreterare"),
                    ("Anna Lind", "ordförande"),
                    ("Per Sund", "justerare"),
                ],
            );
        }
        // Role over name, one under the other: the name under `Sekreterare`
        // is no signature written name first.
        let text = "Beslutande Anna Lind (S), ordförande\nPer Sund (M)\n\
                    Utses att justera Per Sund (M)\n\
                    Sekreterare\nStig Bro\nOrdförande\nJusterande\nAnna Lind (S) Per Sund (M)\n\
                    \n§ 1\nVal\n\nBeslut\nInformationen noteras.\n";
        let doc = parse(text);
        assert_lists(
            &doc,
            text,
            &[("Stig Bro", "sekreterare"), ("Per Sund", "justerare")],
        );
        assert!(
            !lists(&doc, text, "Anna Lind", "justerare"),
            "{:?}",
            doc.people
        );
    }

    #[test]
    fn titles_before_names_and_group_words() {
        let text = "Beslutande Anna Lind (S), ordförande Per Sund (M)\n\
                    Övriga deltagande Ersättarna Kurt Ahl (S) och Eva Nord (M) samt sekreterare Stig Bro, \
                    socialchef Karin Holm, tf. ekonomichef Lars Dahl 4-6\n\
                    Utses att justera Per Sund (M)\n\n§ 1\nVal\n\nBeslut\nInformationen noteras.\n";
        let doc = parse(text);
        assert_lists(
            &doc,
            text,
            &[
                ("Kurt Ahl", "ersättare"),
                ("Eva Nord", "ersättare"),
                ("Stig Bro", "sekreterare"),
                ("Karin Holm", "socialchef"),
                ("Lars Dahl", "tf. ekonomichef"),
            ],
        );
    }

    #[test]
    fn attendance_under_colon_labels_and_flush_left_lines() {
        // `Närvarande:` titles the labels under it; `Ledamöter:` alone with
        // its names below; signatures name first, role under it.
        let text = "Protokoll fört vid sammanträde med Ekby stadsdelsnämnd den 23 maj 2019.\n\n\
                    Närvarande:\n\nLedamöter:\nAnna Lind (M), ordförande\nPer Sund (S), vice ordförande\n\
                    Johan Ek (M)\nOlle Berg (L) §§ 31–32\n\nErsättare:\nHanna Lund (M)\nAli Rezai (S)\n\n\
                    Anna Lind                    Per Sund\nordförande                   justerare\n\n\
                    Emma Wik\nsekreterare\n\n§ 31\nVal av justerare\n\nBeslut\nPer Sund utses att justera.\n\n\
                    § 32\nInformation\n\nBeslut\nInformationen noteras.\n";
        let doc = parse(text);
        assert_lists(
            &doc,
            text,
            &[
                ("Anna Lind", "ordförande"),
                ("Per Sund", "vice ordförande"),
                ("Johan Ek", "ledamot"),
                ("Olle Berg", "ledamot"),
                ("Hanna Lund", "ersättare"),
                ("Ali Rezai", "ersättare"),
                ("Per Sund", "justerare"),
                ("Emma Wik", "sekreterare"),
            ],
        );
        // Label first, name under it: the role above is the name's.
        let text =
            "Underskrifter\nSekreterare\n______\nDaniel Ek\nOrdförande\n______\nAnna Ström\n\
                    Justerare\n______\nLeila Had\n\n§ 1\nVal\n\nBeslut\nInformationen noteras.\n";
        let doc = parse(text);
        assert!(!doc
            .people
            .iter()
            .any(|p| p.name == "Daniel Ek" && p.role.as_deref() == Some("ordförande")));
        // Flush-left lines under a label with its first value beside it.
        let text = "Beslutande Gunilla Forsberg (S), ordförande\nAnders Lövgren (C), vice ordförande\n\
                    Bengt Ahl (S)\nÖvriga deltagande Roger Sandin, kommunchef\nMarie Kjellberg, ekonomichef, § 2\n\
                    Utses att justera Bengt Ahl (S)\n§ 1\nVal\nBeslut\nInformationen noteras.\n\
                    § 2\nBudget\nBeslut\nBudgeten fastställs.\n";
        let doc = parse(text);
        for (name, role) in [
            ("Anders Lövgren", "vice ordförande"),
            ("Bengt Ahl", "ledamot"),
            ("Marie Kjellberg", "ekonomichef"),
        ] {
            assert!(
                doc.people
                    .iter()
                    .any(|p| p.name == name && p.role.as_deref() == Some(role)),
                "{name} ({role}): {:?}",
                doc.people
            );
        }
        assert!(is_attendance_entry("Bengt Ahl (S)"));
        assert!(is_attendance_entry("Marie Kjellberg, ekonomichef, § 38"));
        assert!(!is_attendance_entry(
            "Ordföranden förklarade sammanträdet öppnat."
        ));
        assert!(!is_attendance_entry(
            "Anna Berg (S) yrkar bifall till förslaget och till ett tillägg om att"
        ));
    }

    #[test]
    fn signatures_after_the_last_paragraph() {
        let text =
            "Närvarande\nAnna Berg (S), ordförande\nPer Ek (M)\n\n§ 61\nVal av justerare\n\n\
                    Beslut\nPer Ek utses att justera protokollet.\n\nVid protokollet\n\nEmma Wik\n\
                    Sekreterare\n\nJusterat\n\nAnna Berg (S)                  Per Ek (M)\n\
                    Ordförande                     Justerare\n";
        let doc = parse(text);
        for (name, role) in [
            ("Emma Wik", "sekreterare"),
            ("Per Ek", "justerare"),
            ("Anna Berg", "ordförande"),
        ] {
            assert!(
                doc.people.iter().any(|p| p.name == name
                    && p.role.as_deref() == Some(role)
                    && &text[p.span] == name),
                "{name} ({role}): {:?}",
                doc.people
            );
        }
        // No one twice with the same role.
        let mut pairs: Vec<_> = doc.people.iter().map(|p| (&p.name, &p.role)).collect();
        let n = pairs.len();
        pairs.sort();
        pairs.dedup();
        assert_eq!(pairs.len(), n);
    }

    #[test]
    fn bodies_named_for_their_field() {
        assert!(named_for("Nämnden för kultur"));
        assert!(named_for("Nämnden för demokrati och medborgarservice"));
        assert!(named_for("Styrelsen för Intraservice"));
        assert!(!named_for("Nämnden för kultur om budget 2020"));
        assert!(!named_for("Riktlinjer för nämnden"));
        assert!(!named_for("nämnden för kultur"));
        assert_eq!(
            deciding_body("Nämnden för kultur").as_deref(),
            Some("Nämnden för kultur")
        );
        // A title joined to a body by a dash names no body.
        assert_eq!(
            deciding_body("Förvaltningschefen informerar - kulturnämnden"),
            None
        );
        assert_eq!(
            deciding_body("Barn- och utbildningsnämnden").as_deref(),
            Some("Barn- och utbildningsnämnden")
        );
        // A notice's sentence, a numbered caption: no body's name.
        assert_eq!(
            deciding_body("Protokollet har anmälts hos kommunstyrelsen"),
            None
        );
        assert_eq!(deciding_body("Bilaga 1. Kommunfullmäktige"), None);
        let text =
            "Nämnden för kultur                   PROTOKOLL\nSammanträdesdatum 2018-04-17\n\n\
                    § 62\nBudget\n\nFörslag till beslut\n\
                    Nämnden för kultur beslutar att godkänna budgeten.\n";
        let doc = parse(text);
        assert_eq!(doc.organ.as_deref(), Some("Nämnden för kultur"));
        assert_eq!(
            doc.paragraphs[0].decisions[0].organ.as_deref(),
            Some("Nämnden för kultur")
        );
    }

    #[test]
    fn the_footer_box_is_no_certification() {
        // `Justerandes sign  Utdragsbestyrkande` on every page of a full
        // protocol; a certification stands alone or says "Rätt utdraget".
        assert!(!certifies_extract(
            "Beslut\nJusterandes sign          Utdragsbestyrkande\n"
        ));
        assert!(certifies_extract(
            "Beslut\nUtdragsbestyrkande\nRätt utdraget intygar:\n"
        ));
        assert!(certifies_extract(
            "Justerandes sign Utdragsbestyrkande Rätt utdraget intygar: Eva Lind"
        ));
        assert!(!certifies_extract("Beslut\n"));
    }

    #[test]
    fn ordered_list_markup_around_item_numbers() {
        assert_eq!(entry_number("1. 4."), Some((4, "")));
        assert_eq!(entry_number(" 12. 112."), Some((112, "")));
        assert_eq!(entry_number("3. Budget"), Some((3, "Budget")));
        // No stop after the first number: a sum, not markup.
        assert_eq!(entry_number("3 000."), None);
        assert_eq!(entry_number("1. 2019."), None);
    }

    #[test]
    fn a_page_about_notices_is_no_notice() {
        let about = "Kallelse till sammanträdet\n\nOrdföranden ansvarar för att kallelse \
                     utfärdas. Kallelsen anger tid och plats för sammanträdet.\n\n\
                     Ersättarna kallas när de ska tjänstgöra.\n";
        assert_eq!(parse(about).kind, DocumentKind::Okand);
        let notice = "Kallelse till sammanträde\n\nTid: Tisdagen den 3 mars 2020 kl. 13.00\n\
                      Plats: Rådhuset\n";
        assert_eq!(parse(notice).kind, DocumentKind::Kallelse);
    }

    #[test]
    fn header_labels_without_values_are_not_the_organ() {
        assert_eq!(
            strip_kind_words("PROTOKOLL DATUM DIARIENR REGIONFULLMÄKTIGE"),
            "REGIONFULLMÄKTIGE"
        );
        assert_eq!(
            strip_kind_words("Datum: Dnr: Socialnämnden"),
            "Socialnämnden"
        );
        assert_eq!(
            strip_kind_words(
                "KUMLA KOMMUN Sammanträdesprotokoll Sammanträdesdatum Kommunfullmäktige"
            ),
            "Kommunfullmäktige"
        );
        assert_eq!(
            strip_kind_words("PROTOKOLL Nr 6 Socialnämnden"),
            "Socialnämnden"
        );
        assert_eq!(strip_kind_words("Nr 6 Socialnämnden"), "Socialnämnden");
        // A body whose name starts like a label word is kept.
        assert_eq!(strip_kind_words("Datanämnden"), "Datanämnden");
        assert_eq!(
            deciding_body(strip_kind_words(
                "PROTOKOLL DATUM DIARIENR REGIONFULLMÄKTIGE"
            ))
            .as_deref(),
            Some("Regionfullmäktige")
        );
    }

    #[test]
    fn a_bare_time_under_a_time_label() {
        let notice = "Kallelse\n\nKlockan\n18.00\nPlats\nRådhuset\n\n\
                      1 Upprop\n2 Val av justerare\n3 Budget\n";
        assert_eq!(parse(notice).meeting_time.as_deref(), Some("18:00"));
        let notice = "Kallelse\n\nTid: 13.30 - 16.00\nPlats: Rådhuset\n\n1 Upprop\n";
        assert_eq!(parse(notice).meeting_time.as_deref(), Some("13:30–16:00"));
        // A number under a place label is no time.
        let notice = "Kallelse\n\nPlats: Sal 18.00\n\n1 Upprop\n";
        assert_eq!(parse(notice).meeting_time, None);
    }

    #[test]
    fn numbers_of_an_address_belong_to_the_place() {
        for (value, place) in [
            (
                "Sparbankshuset, Storgatan 2, Ekby, kl 18.00-21.20",
                Some("Sparbankshuset, Storgatan 2, Ekby"),
            ),
            ("Hörsalen, C3L, Åsvägen", Some("Hörsalen, C3L, Åsvägen")),
            (
                "Rådhuset, tisdag 4 december 2019, 13.00-15.00",
                Some("Rådhuset"),
            ),
            ("Rådhuset, 2019-12-04", Some("Rådhuset")),
            (
                "Kommunhuset, Ekby s-rum :15",
                Some("Kommunhuset, Ekby s-rum"),
            ),
            ("Rådhuset, den 4 december", Some("Rådhuset")),
            // A month is a word of its own (`Farmarstigen` holds `mars`).
            (
                "Ekby gymnasium, Farmarstigen 7, den 4 mars",
                Some("Ekby gymnasium, Farmarstigen 7"),
            ),
            // Names with parties (the values of labels written first,
            // after the last label) are no place.
            ("Anna Berg (S) Per Ek (M) Eva Lund (V)", None),
            // The place before a time in the same part; a pause with its
            // time is no place.
            ("Ekbyrummet 16:00 - 17:30", Some("Ekbyrummet")),
            ("Kommunhuset 2019-05-12 kl 18.00", Some("Kommunhuset")),
            (
                "Ekbysalen, klockan 13:15 – 16:30, ajournering 14:40-15:00",
                Some("Ekbysalen"),
            ),
            // A lower-case part of a place is kept; a pause is not.
            (
                "Ekbyrummet, stadshuset kl. 09:00-15:17 Ajournering för kaffe kl. 10:00-10:20",
                Some("Ekbyrummet, stadshuset"),
            ),
            (
                "Ekby stadshus, rum 126, kl 18:00-20:56 Uppehåll i sammanträdet 19:44-19:49",
                Some("Ekby stadshus, rum 126"),
            ),
        ] {
            assert_eq!(place_in(value).as_deref(), place, "{value}");
        }
    }

    #[test]
    fn the_body_of_a_breadcrumb_trail() {
        let page = "Du är här: Hem > Ekby kommun > Miljö- och byggnadsnämnden > Sammanträde 2024-03-12\n\n\
                    Sammanträde 2024-03-12\n\nKlockan\n13:00\n\n\
                    1 Val av justerare\n\n2 Bygglov för Ekby 1:2\n\n3 Delegationsbeslut\n";
        let d = parse(page);
        assert_eq!(d.kind, DocumentKind::Kallelse);
        assert_eq!(d.organ.as_deref(), Some("Miljö- och byggnadsnämnden"));
    }

    #[test]
    fn attachment_file_names_are_no_kind_words() {
        assert!(is_file_name("tjänsteskrivelse budget 2021.pdf"));
        assert!(is_file_name("protokollsutdrag ks 2020-02-03 § 9.docx"));
        assert!(!is_file_name("tjänsteskrivelse"));
        assert!(!is_file_name(".pdf"));
        let mut k = KindWords::default();
        assert_eq!(
            k.read("Tjänsteskrivelse Ny taxa för bygglov.pdf", true),
            None
        );
        assert!(!k.memo);
        assert!(k.read("Tjänsteskrivelse", true).is_some());
    }

    #[test]
    fn a_meeting_page_without_a_kallelse_heading_is_an_agenda() {
        let page = "Start > Ekby kommun > Tekniska nämnden > Sammanträde 2024-03-12\n\n\
                    Sammanträde 2024-03-12\n\nPlats\nStadshuset\n\n\
                    1 Ekonomisk uppföljning februari\n\nDiarienummer 2024/TN 0031\n\n\
                    Tekniska nämndens förslag till beslut\n- Uppföljningen noteras.\n\n\
                    2 Taxa för parkering 2025\n\nDiarienummer 2024/TN 0040\n\n\
                    Tekniska nämndens förslag till beslut\n- Taxan antas.\n\n\
                    Beskrivning av ärendet\nFörvaltningen har sett över taxan för 2025 och \
                    föreslår höjda avgifter i centrum.\n\n\
                    3 Delegationsbeslut\n\nDiarienummer 2024/TN 0002\n\n\
                    Tekniska nämndens förslag till beslut\n- Redovisningen läggs till handlingarna.\n";
        let d = parse(page);
        assert_eq!(d.kind, DocumentKind::Kallelse);
        assert_eq!(
            toc_of(&d),
            [
                (Some(1), "Ekonomisk uppföljning februari"),
                (Some(2), "Taxa för parkering 2025"),
                (Some(3), "Delegationsbeslut")
            ]
        );
        assert_eq!(
            d.meeting_date.map(|x| x.to_string()).as_deref(),
            Some("2024-03-12")
        );
        // Entries with gaps in their numbering, titles ending in a stop,
        // a `Handläggare` in each: a city district's meeting page.
        let page = "Sammanträde 2005-05-24\n\nKlockan\n17:30\n\n\
                    3 Val av justerare.\n\n\
                    4 Tertialrapport 1.\n\nDnr: 102-300-05\n\n\
                    Prognosen visar ett underskott om 2 miljoner kronor.\n\n\
                    Handläggare: Eva Lund, 508 00 000\n\n\
                    6 Lokalhyresavtal för förskolan Ekgatan 4.\n\nDnr: 303-301-05\n\n\
                    Handläggare: Per Holm, 508 00 001\n\n\
                    7 Remiss om cykelplan.\n";
        let d = parse(page);
        assert_eq!(d.kind, DocumentKind::Kallelse);
        assert_eq!(
            toc_of(&d),
            [
                (Some(3), "Val av justerare."),
                (Some(4), "Tertialrapport 1."),
                (Some(6), "Lokalhyresavtal för förskolan Ekgatan 4."),
                (Some(7), "Remiss om cykelplan.")
            ]
        );
        // A memo whose proposal is numbered sentences stays a memo.
        let memo = "Tekniska förvaltningen\nDatum 2024-03-01\nDnr 2024/TN 0040\n\
                    Taxa för parkering\n\n\
                    Förslag till beslut\n1. Tekniska nämnden antar taxan.\n\
                    2. Taxan gäller från den 1 januari 2025.\n\
                    3. Förvaltningen får i uppdrag att informera om taxan.\n";
        assert_eq!(parse(memo).kind, DocumentKind::Tjansteskrivelse);
        // Also without a heading or a Dnr, as sentences on consecutive lines.
        let memo = "Tekniska förvaltningen\nDatum 2024-03-01\nTaxa för parkering\n\n\
                    1. Tekniska nämnden antar taxan.\n\
                    2. Taxan gäller från den 1 januari 2025.\n\
                    3. Förvaltningen får i uppdrag att informera om taxan.\n";
        assert_ne!(parse(memo).kind, DocumentKind::Kallelse);
        // A memo's header with a Handläggare before the points.
        let memo = "Handläggare: Eva Lund\nDatum 2024-03-01\nTaxa för parkering\n\n\
                    Nämnden föreslås\n\n1 Anta taxan\n\n2 Upphäva den gamla taxan\n\n\
                    3 Informera om taxan\n";
        assert_eq!(parse(memo).kind, DocumentKind::Tjansteskrivelse);
        // The case-number label in any of its spellings is not title text.
        let page = "Sammanträde 2005-05-24\n\nKlockan\n17:30\n\n\
                    1 Val av justerare.\n\n2 Tertialrapport 1.\n\nDnr. 102-300-05\n\n\
                    3 Lokalhyresavtal.\n\nDNR: 303-301-05\n\n4 Remiss om cykelplan.\n\n\
                    Diariernr 303-302-05.\n";
        let d = parse(page);
        let toc: Vec<(&str, Option<&str>)> = d
            .toc
            .iter()
            .map(|e| {
                (
                    e.title.as_ref(),
                    e.case_number.as_ref().map(|c| &page[c.span]),
                )
            })
            .collect();
        assert_eq!(
            toc,
            [
                ("Val av justerare.", None),
                ("Tertialrapport 1.", Some("102-300-05")),
                ("Lokalhyresavtal.", Some("303-301-05")),
                ("Remiss om cykelplan.", Some("303-302-05"))
            ]
        );
        // A number of that shape in the title is title text when the entry
        // has a labelled one.
        let page = "Sammanträde 2004-05-24\n\nKlockan\n17:30\n\n1 Val av justerare\n\n\
                    2 Detaljplan för kv Ankaret,<br> S-Dp 2002-11922-54<br>Remiss från stadsbyggnadskontoret\n\n\
                    Dnr: 302-260-04\n\n3 Budget\n\nDnr: 302-261-04\n";
        let d = parse(page);
        let e = d.toc.get(1).expect("entry 2");
        assert_eq!(
            e.title.as_ref(),
            "Detaljplan för kv Ankaret, S-Dp 2002-11922-54 Remiss från stadsbyggnadskontoret"
        );
        assert_eq!(
            e.case_number.as_ref().map(|c| &page[c.span]),
            Some("302-260-04")
        );
    }

    /// A front page of a transcript, one long line: page 1 of the tests
    /// below.
    const TRANSCRIPT_FRONT: &str = "Transkript\n\n1 1(4) Plats och tid Folkets hus, \
        Norrhed, kl 13.00-15.00 Beslutande Anna Berg (S), ordförande Olle Ek (M) Siv \
        Lund (C) Per Dahl (S) Utses att justera Olle Ek Justeringens plats och tid \
        Kommunkontoret 2021-03-09 Paragrafer 12-13 Underskrifter Sekreterare Eva Nord \
        Ordförande Anna Berg Justerande Olle Ek ANSLAG/BEVIS Protokollet är justerat.\n";

    #[test]
    fn a_code_heading_after_the_running_page_header_of_a_transcript_page() {
        // `NORRHEDS KOMMUN PROTOKOLL 2 Ks 12 Title`, `Tekniska nämnden Ks
        // 13 Title`: the page line opens with its header (and the bare page
        // number), then the § with its organ code.
        let text = format!(
            "{TRANSCRIPT_FRONT}\n2 NORRHEDS KOMMUN PROTOKOLL 2 Ks 12 Val av justerare Olle Ek \
             utses att jämte ordföranden justera protokollet. Justeringen sker på \
             kommunkontoret tisdagen den 9 mars 2021 klockan 15.00 och protokollet anslås \
             därefter på kommunens anslagstavla i tre veckor enligt kommunallagen.\n\n\
             3 Kommunstyrelsen Ks 13 Budget för fritidsgårdarna Fritidsgårdarna har lämnat \
             förslag till budget för år 2021 med en ram som motsvarar förra årets. \
             Förvaltningen har granskat förslaget och finner det rimligt i alla delar som \
             gäller personal och lokaler. Kommunstyrelsen beslutar att godkänna budgeten.\n"
        );
        let doc = parse(&text);
        let got: Vec<(u32, &str, Option<&str>)> = doc
            .paragraphs
            .iter()
            .map(|p| (p.number, p.label.as_ref(), p.title.as_deref()))
            .collect();
        assert_eq!(got.len(), 2, "{got:?}");
        assert_eq!((got[0].0, got[0].1), (12, "Ks 12"));
        assert!(
            got[0].2.is_some_and(|t| t.starts_with("Val av justerare")),
            "{got:?}"
        );
        assert_eq!((got[1].0, got[1].1), (13, "Ks 13"));
        assert!(
            got[1]
                .2
                .is_some_and(|t| t.starts_with("Budget för fritidsgårdarna")),
            "{got:?}"
        );
        assert_eq!(doc.kind, DocumentKind::Protokoll);
    }

    #[test]
    fn a_page_opening_with_the_dnr_before_a_bare_number() {
        // `3 3(4) NHK/2021:7 14 Title Beslut …`: the dnr of the § stands
        // before its number at the top of the page.
        let text = format!(
            "{TRANSCRIPT_FRONT}\n2 2(4) Övriga närvarande Karin Vik, kommunchef Lars Holm, \
             ekonomichef Maria Sand, nämndsekreterare Jonas Berg, controller Lena Strand, \
             planarkitekt Nils Fors, kommunikatör\n\n3 3(4) NHK/2021:7 14 Val av ombud till \
             föreningsstämman Beslut Kommunstyrelsen utser Siv Lund till ombud vid \
             föreningsstämman 2021. Ärendet Föreningen har bett kommunen att utse ett ombud \
             till stämman som hålls i maj. Ombudet ska företräda kommunen i alla frågor.\n"
        );
        let doc = parse(&text);
        let p = doc.paragraphs.first().expect("the § 14");
        assert_eq!(
            (p.number, p.title.as_deref()),
            (14, Some("Val av ombud till föreningsstämman"))
        );
        let dnr: Vec<&str> = p.case_numbers.iter().map(|c| c.text.as_ref()).collect();
        assert_eq!(dnr, ["NHK/2021:7"]);
        assert_eq!(slice(&text, p.case_numbers[0].span), "NHK/2021:7");
    }

    #[test]
    fn a_flattened_title_ends_before_the_running_text() {
        let t = |s: &'static str| flattened_title(Cow::Borrowed(s)).into_owned();
        // A sentence of the body after the title.
        assert_eq!(
            t("Val av ordförande Mötet öppnas av den äldste ledamoten."),
            "Val av ordförande"
        );
        assert_eq!(
            t("Uppföljning av budget, mars. Hk"),
            "Uppföljning av budget, mars"
        );
        assert_eq!(
            t("Taxor 2022 Controller Anna Ek redovisar förslaget till nya taxor."),
            "Taxor 2022"
        );
        // The first start, not a name later in the same sentence.
        assert_eq!(
            t("Budget för år Hk Ekonomen Per Ek och controllern Eva Lund redovisar utfallet."),
            "Budget för år"
        );
        // A capitalized place after a preposition is part of the sentence,
        // not its start.
        assert_eq!(
            t("Motion om gatubelysning Det har kommit en motion om belysning i Ekholmen."),
            "Motion om gatubelysning"
        );
        // Long run-on titles: a sentence opener, an organ as subject, a
        // capitalized phrase ending in a colon.
        assert_eq!(
            t("Dnr 2020-KS Begäran om extra anslag för skolskjutsar Den 3 mars 2020 inkom en skrivelse från"),
            "Begäran om extra anslag för skolskjutsar"
        );
        assert_eq!(
            t("Investeringsbudget 2021 Fastigheter Fritidsnämnden har tilldelats en ram för underhåll av"),
            "Investeringsbudget 2021 Fastigheter"
        );
        assert_eq!(
            t("Nya och avslutade ärenden Nya ärenden: - Vägbelysning i Norrby - Ansökan om bidrag till"),
            "Nya och avslutade ärenden"
        );
        // A diarienummer's organ code whose numbers a transcript dropped;
        // a title's first word after a bare `Dnr` stays.
        assert_eq!(
            t(
                "Dnr Ks Ekonomisk uppföljning efter oktober månad 2010 Kommunfullmäktige beräknas \
               redovisa ett överskott med 200 tkr."
            ),
            "Ekonomisk uppföljning efter oktober månad 2010"
        );
        assert_eq!(
            t("Dnr Ny detaljplan för Ekbacka Kommunstyrelsen beslutade den 3 mars att ge uppdrag."),
            "Ny detaljplan för Ekbacka"
        );
        // Titles of ordinary lines are kept.
        for keep in [
            "Budget 2021",
            "Remiss från Tekniska nämnden om taxor",
            "Kommunens säkerhetsarbete, åtgärder för perioden 11 augusti till och med den 4 september",
            "Motion om m.m. Ekbacka",
        ] {
            assert_eq!(t(keep), keep);
        }
    }

    #[test]
    fn a_designation_with_a_year_is_not_the_items_own_dnr() {
        // `KN 41/2017` is § 41 of 2017, in the shape of a diarienummer.
        let doc = parse("KN 41/2017 Val av justerare\n\nEva Ek utses att justera protokollet.\n");
        let p = doc.paragraphs.first().expect("a §");
        assert_eq!((p.number, p.label.as_ref()), (41, "KN 41/2017"));
        assert!(p.case_numbers.is_empty(), "{:?}", p.case_numbers);
    }

    #[test]
    fn a_heading_written_twice_above_the_chrome_is_one_item() {
        // A web page's title repeats the § heading before the protocol's
        // own; nothing of a § stands between the two.
        let text = "KUN § 7\n\nUtskrivet från: www.example.se/123\nSidan uppdaterad: 2011-02-03\n\
                    SAMMANTRÄDESPROTOKOLL\nKulturnämnden\n2011-01-26\n\n\
                    KUN § 7\nBidrag till hembygdsföreningar\n\nKulturnämndens beslut\n\n\
                    1. Bidrag beviljas enligt förvaltningens förslag.\n";
        let doc = parse(text);
        let got = crate::test_fixtures::numbered_titles(&doc);
        assert_eq!(got, [(7, Some("Bidrag till hembygdsföreningar"))]);
    }

    #[test]
    fn a_toc_one_field_a_line() {
        // `pdftotext` without `-layout` on a contents table: heading, title
        // (one or two rows), page; then entries the extraction garbled, up
        // to the items, whose numbers start over.
        let text = "KOMMUNSTYRELSEN\nSAMMANTRÄDESPROTOKOLL\n\nINNEHÅLLSFÖRTECKNING\nParagrafer\n\
                    Ärenden\nSida\n§ 12\nInformation om bolagets verksamhet\n6\n§ 13\n\
                    Meddelanden\n7 - 11\n§ 14\nMarkanvisning samt planuppdrag\nför kvarteret \
                    Fågeln\n12 - 14\n§ 15\nMotion om skolskjuts\nRemiss om vägar\n\n\
                    § 12\nInformation om bolagets verksamhet\n\nBeslut\nInformationen noteras.\n\n\
                    § 13\nMeddelanden\n\nBeslut\nMeddelandena läggs till handlingarna.\n";
        let doc = parse(text);
        assert_eq!(
            toc_of(&doc),
            [
                (Some(12), "Information om bolagets verksamhet"),
                (Some(13), "Meddelanden"),
                (
                    Some(14),
                    "Markanvisning samt planuppdrag för kvarteret Fågeln"
                ),
                (Some(15), "Motion om skolskjuts Remiss om vägar"),
            ]
        );
        let numbers: Vec<u32> = doc.paragraphs.iter().map(|p| p.number).collect();
        assert_eq!(numbers, [12, 13]);
        for e in &doc.toc {
            assert!(text[e.span].starts_with('§'), "{:?}", &text[e.span]);
        }
        // Headings with bodies under a contents title of their own are
        // items (no page rows).
        let text = "INNEHÅLLSFÖRTECKNING\n§ 1\nVal av justerare\n\nBeslut\nEva Ek utses.\n\n\
                    § 2\nMeddelanden\n\nBeslut\nNoteras.\n\n§ 3\nAvslutning\n";
        let doc = parse(text);
        assert_eq!(doc.paragraphs.len(), 3, "{:?}", doc.toc);
    }

    #[test]
    fn a_toc_entrys_case_number_is_not_the_documents() {
        let text = "KOMMUNSTYRELSENS ARBETSUTSKOTT\nSAMMANTRÄDESPROTOKOLL\n\nInnehållsförteckning\n\
                    26 Dnr KS 2018/14 Information om det ekonomiska läget ........ 3\n\
                    27 Dnr KS 2018/124 Årsredovisning 2017 ........ 4\n\n\
                    § 26 Information om det ekonomiska läget\nDnr KS 2018/14\n\nBeslut\nInformationen noteras.\n";
        let doc = parse(text);
        assert_eq!(doc.toc.len(), 2, "{:?}", doc.toc);
        assert!(doc.case_numbers.is_empty(), "{:?}", doc.case_numbers);
    }

    #[test]
    fn a_toc_with_the_number_after_the_title() {
        // `Title § 40`, one with its `§ 44` wrapped onto a line of its own:
        // entries, not § items; the body's `§ 40/2020` is the item.
        let text = "Innehållsförteckning\n\nInformation § 40\n\nDelegationsbeslut § 41\n\n\
                    Riktlinjer för upphandling av\n\nskolskjuts\n\n§ 42\n\n\
                    Information från ordföranden § 43\n\n\
                    § 40/2020 Dnr 2020/0041 TKN - 1 Diariekod: 031\n\nInformation\n\n\
                    Sammanfattning\n\nNya medarbetare presenterades.\n";
        let doc = parse(text);
        let toc = toc_of(&doc);
        assert_eq!(toc.first(), Some(&(Some(40), "Information")));
        assert_eq!(toc.get(1), Some(&(Some(41), "Delegationsbeslut")));
        assert_eq!(
            toc.last(),
            Some(&(Some(43), "Information från ordföranden"))
        );
        let got = crate::test_fixtures::numbered_titles(&doc);
        // The rest of the heading line is a dnr and a code field: the
        // title is on the next line.
        assert_eq!(got, [(40, Some("Information"))]);
    }

    #[test]
    fn a_decision_ends_at_a_content_sub_heading() {
        // The points of the decision, then the description under headings
        // of its own: its dash list and its proposal are no points.
        let text = "§ 31 Trygghetsarbetet under sommaren\n\nUtskottets beslut\n\n\
                    1. Rapporten noteras.\n\nRedovisning av händelser\n\nHändelser under perioden\n\n\
                    – Klotter vid idrottshallen.\n\n– Inbrott i en förskola.\n\n\
                    Ordförandeutlåtande\n\nUtskottet föreslås besluta att notera rapporten.\n";
        let doc = parse(text);
        let p = doc.paragraphs.first().expect("§ 31");
        let items: Vec<&str> = p.decisions[0]
            .items
            .iter()
            .map(|i| i.text.as_ref())
            .collect();
        assert_eq!(items, ["Rapporten noteras."]);
        // A point wrapped onto a capitalized line goes on: the line before
        // it did not end a sentence.
        let text = "§ 32 Bidrag\n\nBeslut\n\n1. Bidrag beviljas till\n\nNorrby IF\n\n\
                    2. Ansökan från Ekby SK avslås.\n";
        let doc = parse(text);
        let items: Vec<&str> = doc.paragraphs[0].decisions[0]
            .items
            .iter()
            .map(|i| i.text.as_ref())
            .collect();
        assert_eq!(items.len(), 2, "{items:?}");
    }

    #[test]
    fn a_history_stack_at_a_page_top_and_a_body_run_on_after_the_title() {
        // `Kulturnämnden Kn 8 Au 12 Kn 3 Dnr …`: the § is the stack's first
        // pair. `Kn 7 Title Name utses …`: the body after the title decides.
        let text = format!(
            "{TRANSCRIPT_FRONT}\n2 NORRHEDS KOMMUN PROTOKOLL 2 Kn 7 Val av justerare Olle Ek utses \
             att jämte ordföranden justera protokollet. Dagordningen godkänns utan ändringar av \
             nämnden, som därefter övergår till att behandla ärendena i tur och ordning enligt \
             kallelsen.\n\n3 NORRHEDS KOMMUN PROTOKOLL 3 Kulturnämnden Kn 8 Au 12 Kn 3 Dnr 2021/30 \
             Bidrag till studieförbunden Arbetsutskottet återremitterade ärendet i januari för en \
             jämförelse med andra kommuner. Beslut Kulturnämnden beslutar att fördela bidragen \
             enligt förvaltningens förslag samt att uppdra åt förvaltningen att följa upp \
             fördelningen.\n"
        );
        let doc = parse(&text);
        let got = crate::test_fixtures::numbered_titles(&doc);
        assert_eq!(
            got,
            [
                (7, Some("Val av justerare")),
                (8, Some("Bidrag till studieförbunden"))
            ]
        );
        let items = |k: usize| -> Vec<&str> {
            doc.paragraphs[k].decisions[0]
                .items
                .iter()
                .map(|i| i.text.as_ref())
                .collect()
        };
        assert_eq!(items(0).len(), 2, "{:?}", items(0));
        // `A samt att B`: A has no inner `att`, so B is a clause of its own.
        assert_eq!(items(1).len(), 2, "{:?}", items(1));
        assert_eq!(doc.paragraphs[1].case_numbers[0].text, "2021/30");
    }

    #[test]
    fn a_content_sub_heading_after_the_decision_is_a_section() {
        let text = "§ 40 Skolskjutsar\n\nBeslut\n\n1. Redovisningen noteras.\n\n\
                    Genomförda åtgärder\n\n– Nya hållplatser.\n\nKarin Berg\n";
        let doc = parse(text);
        let heads: Vec<(&str, SectionKind)> = doc.paragraphs[0]
            .sections
            .iter()
            .map(|s| (s.heading.as_ref(), s.kind))
            .collect();
        assert_eq!(
            heads,
            [
                ("Beslut", SectionKind::Decision),
                ("Genomförda åtgärder", SectionKind::Other)
            ]
        );
    }

    #[test]
    fn an_upper_case_lead_in_inside_a_flattened_page() {
        let text = format!(
            "{TRANSCRIPT_FRONT}\n2 NORRHEDS KOMMUN PROTOKOLL 2 Kn 9 Uppföljning av bidragen \
             Förvaltningen redovisar hur bidragen till föreningarna har använts under året och \
             vilka föreningar som ännu inte har lämnat någon redovisning till förvaltningen \
             ARBETSUTSKOTTET BESLUTAR att notera informationen.\n"
        );
        let doc = parse(&text);
        let d = doc.paragraphs[0]
            .decisions
            .first()
            .expect("the lead-in's decision");
        assert_eq!(d.organ.as_deref(), Some("Arbetsutskottet"));
        assert_eq!(d.items.len(), 1);
        assert_eq!(d.items[0].outcome, Outcome::Noterad);
    }

    #[test]
    fn a_web_pages_update_date_is_no_meeting_date() {
        let text = "Utskrivet från: www.example.se/77\nSidan uppdaterad: 2011-02-03\n\
                    SAMMANTRÄDESPROTOKOLL\nKulturnämnden\n2011-01-26\n\n\
                    KUN § 7\nBidrag till hembygdsföreningar\n\nKulturnämndens beslut\n\n\
                    1. Bidrag beviljas enligt förvaltningens förslag.\n";
        let doc = parse(text);
        assert_eq!(
            doc.meeting_date.map(|d| d.to_string()).as_deref(),
            Some("2011-01-26")
        );
    }

    #[test]
    fn party_after_a_comma_initials_and_abbreviated_roles() {
        let text = "KOMMUNFULLMÄKTIGE SAMMANTRÄDESPROTOKOLL\nSammanträdesdatum 2013-09-30\n\n\
                    Plats och tid       Forum, Vindeln, kl 18.00-20.00\n\
                    Beslutande          Christer Jonsson, (kd), ordförande\n\
                    \x20                   Birgita Sigfridsson, (c)\n\
                    \x20                   Gudrun Wikström, (s), tj ers.\n\
                    \x20                   Christina H Gardos (M)\n\
                    Övriga deltagande   Lars Waltari, ordf AB Bubergsgården, 76\n\
                    \x20                   Eva Ek, nämndsekr.\n\n\
                    § 1 Val av justerare\nBeslut\nFullmäktige beslutar att utse Eva Ek.\n";
        let doc = parse(text);
        let got: Vec<(&str, Option<&str>, Option<&str>)> = doc
            .people
            .iter()
            .map(|p| (p.name.as_ref(), p.role.as_deref(), p.party.as_deref()))
            .collect();
        assert_eq!(
            got,
            [
                ("Christer Jonsson", Some("ordförande"), Some("kd")),
                ("Birgita Sigfridsson", Some("ledamot"), Some("c")),
                (
                    "Gudrun Wikström",
                    Some("tjänstgörande ersättare"),
                    Some("s")
                ),
                ("Christina H Gardos", Some("ledamot"), Some("M")),
                ("Lars Waltari", Some("ordförande ab bubergsgården"), None),
                ("Eva Ek", Some("nämndsekreterare"), None),
            ]
        );
        for p in &doc.people {
            assert_eq!(&text[p.span.start..p.span.end], p.name.as_ref());
        }
    }

    #[test]
    fn initials_and_weekdays_in_names() {
        assert!(is_name("Christina H Gardos"));
        assert!(is_name("Jonas T. Sandelius"));
        assert!(!is_name("Christina H"));
        assert!(!is_name("Ordförande S Anna"));
        assert!(!is_name("Nielsen Måndag"));
        assert!(!is_name("Anna Tisdagen"));
        assert!(is_name("Eva Fredagsson"));
        assert_eq!(comma_party(", (kd), ordförande"), Some("kd"));
        assert_eq!(comma_party(", (Kd)"), None);
        assert!(is_national_party("kd") && is_national_party("FP") && !is_national_party("KVK"));
        assert_eq!(expand_role_words("nämndsekr."), "nämndsekreterare");
        assert_eq!(expand_role_words("tj ers."), "tjänstgörande ersättare");
        assert_eq!(expand_role_words("1:e v ordf"), "1:e vice ordförande");
        assert_eq!(expand_role_words("v. ordf."), "vice ordförande");
        assert_eq!(expand_role_words("kv ordf"), "kv ordförande");
        // A diarienummer with its archive code is no title.
        assert!(only_case_number("KS/2018:298 - 001"));
        assert!(only_case_number("Dnr KS 2019/12 – 1.2"));
        assert!(!only_case_number("KS/2018:298 - Budget"));
        let doc = parse(
            "KS § 80 KS/2018:298 - 001\n\nMotion om myndigheter\n\nBeslut\n\nMotionen avslås.\n",
        );
        assert_eq!(
            doc.paragraphs[0].title.as_deref(),
            Some("Motion om myndigheter")
        );
    }

    #[test]
    fn units_after_officials_and_prose_after_signature_labels() {
        // Letters after an official's comma are a unit, not a party; the
        // labels-first signature roles take no prose line as a name.
        let text = "SAMMANTRÄDESPROTOKOLL\nSocialnämnden\n2012-02-27\n\
                    Plats och tid Kommunhuset\n\
                    Beslutande Anna Berg (S), ordförande Per Ek (M)\n\
                    Övriga deltagande Eva Dahlgren, KVK Stina Strid Holm, VV, 6-10 Bo Lind, (S)\n\
                    Underskrifter Sekreterare...\n\
                    Paragrafer 6-21 Ordförande... Justerande...\n\
                    Protokollet är justerat. Justeringen har tillkännagivits genom anslag\n\
                    Fredrik Eklund, konsult, berättade om översynen av hemtjänsten.\n";
        let doc = parse(text);
        let got: Vec<(&str, Option<&str>, Option<&str>)> = doc
            .people
            .iter()
            .map(|p| (p.name.as_ref(), p.role.as_deref(), p.party.as_deref()))
            .collect();
        assert_eq!(
            got,
            [
                ("Anna Berg", Some("ordförande"), Some("S")),
                ("Per Ek", Some("ledamot"), Some("M")),
                ("Eva Dahlgren", Some("övrig"), None),
                ("Stina Strid Holm", Some("övrig"), None),
                ("Bo Lind", Some("övrig"), Some("S")),
            ]
        );
    }

    #[test]
    fn officials_with_bare_titles_and_names_over_roles_with_single_spaces() {
        let text = "Tid: kl 09:00 - 11:00\n\nLedamöter: Thor Lindgren, s, ordförande\n\nUlf Lundberg, v\n\n\
                    Övriga: Ingrid Karlsson miljö- och byggchef\n\nDaniel Nordström karttekniker Annica Brännmark administratör\n\n\
                    Astrid Edin sekreterare\n\nParagrafer: § 19 - 25\n\n\
                    Astrid Edin Thor Lindgren Ulf Lundberg\n\nsekreterare ordförande justerare\n\n\
                    MYN § 19 Delgivningar\n\nMyndighetsnämndens beslut\n\nGodkänna redovisningen.\n";
        let doc = parse(text);
        let got = roles_of(&doc);
        for want in [
            ("Daniel Nordström", Some("karttekniker")),
            ("Annica Brännmark", Some("administratör")),
            ("Astrid Edin", Some("sekreterare")),
            ("Ulf Lundberg", Some("justerare")),
        ] {
            assert!(got.contains(&want), "{want:?} in {got:?}");
        }
    }

    #[test]
    fn roles_in_a_column_after_the_names() {
        let roles = |v: &str| role_column(v).map(|(_, r)| r);
        // As many roles as names, a substitute's with the one replaced.
        assert_eq!(
            roles("Lars Ek (s) Eva Berg (v) Per Lund (m) Bo Holm (s) Ordförande 1:e vice ordförande ersättare för Lis Ahl ledamot"),
            Some(vec!["ordförande", "1:e vice ordförande", "tjänstgörande ersättare", "ledamot"])
        );
        // Fewer: only the presidium, which is listed first.
        assert_eq!(
            roles(
                "Lars Ek (M) Eva Berg (S) Per Lund (C) Bo Holm (S) ordförande 1:e vice ordförande"
            ),
            Some(vec!["ordförande", "1:e vice ordförande"])
        );
        // Not a column: a count that does not fit, a role after each name,
        // other words after the names.
        assert_eq!(
            roles("Lars Ek (s) Eva Berg (v) Per Lund (m) ledamot ledamot"),
            None
        );
        assert_eq!(roles("Lars Ek (s) ordförande Eva Berg (v) ledamot"), None);
        assert_eq!(roles("Lars Ek (s) Eva Berg (v) ordförande i §§ 4-5"), None);
        let text = "Beslutande  Lars Ek (M) Eva Berg (S) Per Lund (C) Bo Holm (S) ordförande 1:e vice ordförande 2:e vice ordförande\n";
        let doc = parse(text);
        let got = roles_of(&doc);
        assert_eq!(
            got,
            [
                ("Lars Ek", Some("ordförande")),
                ("Eva Berg", Some("1:e vice ordförande")),
                ("Per Lund", Some("2:e vice ordförande")),
                ("Bo Holm", Some("ledamot")),
            ]
        );
    }

    #[test]
    fn party_after_the_role_substitutes_with_for_and_the_secretary_under_underskrifter() {
        let text = "SAMMANTRÄDESPROTOKOLL\nByggnadsnämnden\n2018-10-24\n\n\
                    Beslutande         Karin Hilmér, ordf. (C)\n\
                    \x20                  Anette Levin, vice ordförande (L)\n\
                    \x20                  Kent Bohlin (S)\n\
                    \x20                  Patrik Berg (FP) för Magnus Land (M)\n\n\
                    Underskrifter Sekreterare...\n\
                    Frida Norenby\n\
                    Ordförande\n\
                    Karin Hilmér\n";
        let doc = parse(text);
        let got: Vec<(&str, Option<&str>, Option<&str>)> = doc
            .people
            .iter()
            .map(|p| (p.name.as_ref(), p.role.as_deref(), p.party.as_deref()))
            .collect();
        assert!(
            got.contains(&("Karin Hilmér", Some("ordförande"), Some("C"))),
            "{got:?}"
        );
        assert!(
            got.contains(&("Anette Levin", Some("vice ordförande"), Some("L"))),
            "{got:?}"
        );
        assert!(
            got.contains(&("Kent Bohlin", Some("ledamot"), Some("S"))),
            "{got:?}"
        );
        assert!(
            got.contains(&("Patrik Berg", Some("tjänstgörande ersättare"), Some("FP"))),
            "{got:?}"
        );
        assert!(!got.iter().any(|p| p.0 == "Magnus Land"), "{got:?}");
        assert!(
            got.contains(&("Frida Norenby", Some("sekreterare"), None)),
            "{got:?}"
        );
        assert!(
            !got.contains(&("Frida Norenby", Some("ordförande"), None)),
            "{got:?}"
        );
        assert_eq!(comma_party(", s, ordförande"), Some("s"));
        assert_eq!(comma_party(", kd vice ordförande"), Some("kd"));
        assert_eq!(comma_party(", ekonom"), None);
        assert_eq!(comma_party(", ab"), None);
        assert_eq!(party_after_role(", ordf. (C) , Anna"), Some("C"));
        assert_eq!(party_after_role(", Kommunal (S)"), None);
        assert_eq!(party_after_role(" (S)"), None);
        assert_eq!(cut_case_number_len("KS/2013: Exploateringsavtal"), 8);
        assert_eq!(cut_case_number_len("KS/2013:298 Exploateringsavtal"), 0);
        assert_eq!(cut_case_number_len("Exploateringsavtal"), 0);
        assert_eq!(cut_case_number_len("KS/2013:"), 8);
        assert!(refers_elsewhere("Se sid 2 Forumsalen, Campus Skellefteå"));
        assert!(refers_elsewhere(" se sida 415"));
        assert!(refers_elsewhere("Se bilaga 1"));
        assert!(!refers_elsewhere("Sebastian Ek (S)"));
        assert!(!refers_elsewhere("Anna Berg (S)"));
        let mut people = Vec::new();
        let v = "Se sid 2 Forumsalen, Campus Skellefteå";
        people_in(
            v,
            Span::new(0, v.len()),
            "ledamot",
            &mut people,
            &mut Vec::new(),
        );
        assert!(people.is_empty());
    }

    #[test]
    fn a_signature_role_with_leaders_after_a_name_is_the_next_signature() {
        let text = "SAMMANTRÄDESPROTOKOLL\nByggnadsnämnden\n\n\
                    Beslutande Stefan Ek (M), ordförande Håkan Lind (M)\n\
                    Utses att justera Håkan Lind Sekreterare...\n\
                    Paragrafer Ewa Johansson Ordförande... Stefan Ek Justerande... Håkan Lind\n";
        let doc = parse(text);
        let roles = roles_of(&doc);
        assert!(
            roles.contains(&("Håkan Lind", Some("justerare"))),
            "{roles:?}"
        );
        assert!(
            !roles.contains(&("Håkan Lind", Some("sekreterare"))),
            "{roles:?}"
        );
    }

    #[test]
    fn a_long_line_of_names_with_parties_goes_on_with_the_list() {
        let text = "PROTOKOLL\n\nBeslutande\n\nLedamöter Eva Ek (M), ordförande\n\n\
                    Jan Brolund (NP)\n\n\
                    Peter Nyman (NP) §§ 51-58 Malin Westergren (NP) Jan Linderhielm (NP) \
                    Bengt Lindén (NP) Göran Nygren (M) Lembit Vilidu (M) Cenneth Åhlund (M) \
                    Peter Ohlsson (M) Bengt Johansson (M)\n\n\
                    Karin Lund (S)\n";
        let doc = parse(text);
        let names: Vec<&str> = doc.people.iter().map(|p| p.name.as_ref()).collect();
        assert_eq!(names.len(), 12, "{names:?}");
        assert!(names.contains(&"Bengt Johansson") && names.contains(&"Karin Lund"));
        // Prose stays prose, however many parties it names.
        assert!(!is_attendance_entry(
            "Anna Berg (S) yrkar bifall. Per Ek (M) yrkar avslag. Eva Lund (V) och \
             Bo Ek (C) instämmer i yrkandet om avslag på förslaget från förvaltningen. \
             Ordföranden ställer proposition på yrkandena och finner bifall."
        ));
    }
}

/// The fast paths of the front-page readers against the code they replace.
#[cfg(test)]
mod front_page_gates {
    use super::*;

    /// Every fixture text.
    pub(super) fn fixtures() -> Vec<(String, String)> {
        crate::test_fixtures::texts()
    }

    /// Snippets at the edges of the gates.
    const TRICKY: &[&str] = &[
        "",
        " ",
        "Sekreterare",
        "Sekreterare Ordförande. Eva Ek.. Per Berg Justerande.. Jan Lund",
        "Vice ordförande Ordförande Justerare: Justerande.. Sekreterare…",
        "Eva Ek, M, Ordförande Per Berg",
        "Sekreterare Eva Ek Paragraf , Ordförande Per Berg",
        "Sekreterare Eva Ek Paragrafer, Justerande Per Berg",
        "\u{a0}Ordförande\u{a0}Sekreterare",
        "xOrdförande OSJ V Vice VICE ORDFÖRANDE SEKRETERARE JUSTERARE",
        "Ordförande\tSekreterare\t\tJusterare",
        "ÖSJ Ö Jö Só Oo",
        "Protokollsutdrag PROTOKOLL Utdrag ur protokoll KALLELSE",
        "Tjänsteskrivelse TJÄNSTESKRIVELSE Tjänsteutlåtande.pdf",
        "Kommunstyrelsen   2019-05-06   Dnr KS 2019/12",
        "Hammarbo kommun\tSTAD\tRegion Mellanlanda  Räddningstjänstförbundet Hägerdalen",
        "Pre\u{212a}smeddelande \u{130}nbjudan Yr\u{212a}ande",
        "  Nämnden för kultur   Styrelsen för Intraservice",
        "Ärendelista 26 Dnr KS 2018/14 Information... 3",
    ];

    /// Every line of every fixture, and the tricky snippets.
    fn samples() -> Vec<String> {
        let mut out: Vec<String> = TRICKY.iter().map(|s| s.to_string()).collect();
        for (_, text) in fixtures() {
            out.extend(text.lines().map(str::to_owned));
            // Cells too (a line's pieces between wide gaps).
            for line in text.lines() {
                out.extend(
                    cells(line, Span::new(0, line.len()))
                        .into_iter()
                        .map(|c| slice(line, c).to_owned()),
                );
            }
        }
        out
    }

    /// The title read from the end of a head's last run of plain rows is
    /// the one read forward, and the organ found on the way is the same:
    /// on every fixture, with heads ending at every 7th row and at its end,
    /// with and without an organ known before.
    #[test]
    fn title_read_from_the_end_agrees_with_the_forward_reading() {
        for (path, text) in fixtures() {
            let lines = crate::classify(&text);
            for head_end in (0..lines.len()).step_by(7).chain([lines.len()]) {
                for known in [None, Some(Cow::Borrowed("Socialnämnden"))] {
                    let (mut a, mut b) = (known.clone(), known);
                    let new = title_and_addressee(&text, &lines, head_end, &mut a);
                    let old = title_and_addressee_reference(&text, &lines, head_end, &mut b);
                    assert_eq!((new, a), (old, b), "{path} {head_end}");
                }
            }
        }
    }

    #[test]
    fn kind_word_gate_lets_every_kind_word_through() {
        let mut all = samples();
        for w in [
            "Protokollsutdrag",
            "PROTOKOLLSUTDRAG",
            "Utdrag ur protokoll",
            "UTDRAG FRÅN",
            "Kallelse",
            "KALLELSE till sammanträde",
            "Föredragningslista",
            "FÖREDRAGNINGSLISTA",
            "Ni kallas till sammanträde",
            "NI KALLAS TILL SAMMANTRÄDE",
            "Tjänsteskrivelse",
            "TJÄNSTEUTLÅTANDE",
            "Beslutsunderlag",
            "Yrkande",
            "Pressmeddelande 2020-01-01",
            "Motion",
            "Interpellation",
            "Enkel fråga",
            "Nyhet",
            "Inbjudan",
            "Protokoll",
            "Protokoll 2019-05-06",
            "Kommunstyrelsens sammanträdesprotokoll",
            "SAMMANTRÄDESPROTOKOLL",
            "- Protokoll -",
            "§ Kallelse",
            "1. Yrkande",
            "(Motion)",
            "\u{212a}allelse",
            "\u{130}nterpellation",
            "Protо\u{212a}oll",
            "Pro\u{0307}tokoll",
            "ΣProtokoll",
            "\u{a0}Protokoll",
            "Protokoll.pdf",
            "k",
            "",
            "..",
            "Arbetsordning",
            "REGLEMENTE",
            "Taxa",
            "Riktlinjer",
            "Författningssamling",
        ] {
            all.push(w.to_owned());
            all.push(format!("  {w}  "));
            all.push(format!("Bilaga {w}"));
        }
        for s in &all {
            for top in [false, true] {
                let mut gated = KindWords::default();
                let mut plain = KindWords::default();
                let old = if s.len() > 200 {
                    None
                } else {
                    plain.read_words(s, top)
                };
                if !may_be_kind_word(s) {
                    assert_eq!(old, None, "{s:?}");
                }
                assert_eq!(gated.read(s, top), old, "{s:?}");
                assert_eq!(
                    (gated.extract, gated.notice, gated.memo, gated.other),
                    (plain.extract, plain.notice, plain.memo, plain.other),
                    "{s:?}"
                );
            }
        }
    }

    #[test]
    fn signature_words_are_the_byte_scans() {
        for s in samples() {
            let new: Vec<_> = signature_word_iter(&s).collect();
            let old: Vec<_> = signature_word_iter_reference(&s).collect();
            assert_eq!(new, old, "{s:?}");
        }
    }

    proptest::proptest! {
        #[test]
        fn signature_words_agree_on_word_salad(
            words in proptest::collection::vec(
                proptest::sample::select(vec![
                    "Sekreterare", "Ordförande", "Justerare:", "Justerande..", "Vice",
                    "ordförande", "Eva", "Ek", ",", "Paragraf", "Paragrafer", "S", "O", "J",
                    "V", "Ö", "\u{a0}", "\t", "  ", "…", "SEKRETERARE", "(S)", "§§ 4-5",
                ]),
                0..12,
            ),
            seps in proptest::collection::vec(
                proptest::sample::select(vec!["", " ", "  ", "\t", "\u{a0}", ",", "."]),
                12,
            ),
        ) {
            let mut s = String::new();
            for (w, sep) in words.iter().zip(&seps) {
                s.push_str(w);
                s.push_str(sep);
            }
            let new: Vec<_> = signature_word_iter(&s).collect();
            let old: Vec<_> = signature_word_iter_reference(&s).collect();
            proptest::prop_assert_eq!(new, old);
        }
    }
}

/// The gates of the header readers (deciding bodies, municipalities).
#[cfg(test)]
mod header_gates {
    use super::*;

    /// `deciding_body` as it was before its gate: the gate may only turn
    /// away phrases this finds nothing in.
    fn deciding_body_reference(phrase: &str) -> Option<String> {
        if phrase.len() > 200 {
            return None;
        }
        let mut p = phrase.trim().trim_end_matches(':').trim();
        if let Some(pre) = ORGAN_PREFIXES
            .iter()
            .find(|pre| p.get(..pre.len()).is_some_and(|h| lower_eq(h, pre)))
        {
            p = p.get(pre.len()..).unwrap_or("").trim();
        }
        let found = deciding_body(phrase);
        // With the gate open the two are the same code.
        if may_be_deciding_body(p) {
            return found;
        }
        assert_eq!(found, None, "{phrase:?}");
        // Without the gate: the body, the prefixes cut, would be found by
        // none of the three rules the gate stands for.
        assert!(!named_for(p), "{phrase:?}");
        assert!(!crate::headings::is_organ_name(p), "{phrase:?}");
        let last = p.split_whitespace().last().unwrap_or("").lower();
        assert!(
            !["nämnd", "styrelse", "fullmäktige", "direktion", "utskott"]
                .iter()
                .any(|s| last.ends_with(s)),
            "{phrase:?}"
        );
        None
    }

    const PHRASES: &[&str] = &[
        "",
        "Socialnämnden",
        "SOCIALNÄMNDEN",
        "Vård- och omsorgsnämnden",
        "Ekbacka stadsdelsnämnd",
        "Direktionen",
        "Kommunstyrelsen:",
        "Kommunstyrelsen.",
        "Kommunstyrelsen,",
        "Kommunfullmäktige",
        "KOMMUNFULLMÄKTIGE 2019-05-06",
        "Nämnden för kultur",
        "nämnden för kultur",
        "Styrelsen för Intraservice",
        "Utskottet för hållbar utveckling",
        "Till kommunstyrelsen",
        "Kallelse till Barn- och utbildningsnämnden",
        "Protokoll. Barn- och ungdomsnämnden",
        "Socialförvaltningen",
        "Miljö- och byggnadsnämndens arbetsutskott",
        "Sida 1 (3)",
        "Anna Ek",
        "2019-05-06",
        "Regionstyrelsen\u{a0}",
        "Kommunstyrelsen\u{2028}",
        "Revisionsutskott",
        "Valberedning",
        "Krisledningsnämnd",
        "\u{130}nbjudan",
        "Kommun\u{212a}",
        "Utbildningsnämnden – Förvaltningschefen informerar",
        "Bilaga 1. Kommunfullmäktiges protokoll",
    ];

    #[test]
    fn deciding_body_gate_turns_away_only_phrases_without_a_body() {
        for s in PHRASES {
            deciding_body_reference(s);
        }
        for (_, text) in super::front_page_gates::fixtures() {
            for line in text.lines() {
                deciding_body_reference(line);
                deciding_body_reference(strip_kind_words(line));
                for c in cells(line, Span::new(0, line.len())) {
                    deciding_body_reference(slice(line, c));
                    deciding_body_reference(strip_kind_words(slice(line, c)));
                }
            }
        }
    }

    #[test]
    fn an_organ_field_beside_its_municipality() {
        for (field, organ) in [
            ("Hässleholms kommun, Miljönämnden", "Miljönämnden"),
            ("Hässleholms kommun, omsorgsnämnden", "Omsorgsnämnden"),
            ("Kommunfullmäktige, Kiruna kommun", "Kommunfullmäktige"),
        ] {
            assert_eq!(deciding_body(field).as_deref(), Some(organ), "{field:?}");
        }
        for (header, body) in [
            (
                "KIRUNA KOMMUN SAMMANTRÄDESPROTOKOLL Blad KOMMUNFULLMÄKTIGE (81)",
                "KOMMUNFULLMÄKTIGE",
            ),
            (
                "Sammanträdesprotokoll Blad Kommunstyrelsen",
                "Kommunstyrelsen",
            ),
        ] {
            assert_eq!(strip_kind_words(header), body, "{header:?}");
        }
        // The genitive after `av` in a notice's sentence, in any case.
        for (line, organ) in [
            (
                "BEVIS OM ANSLAG Justering av miljönämndens protokoll har tillkännagivits",
                "Miljönämnden",
            ),
            (
                "Justering av miljö- och byggnadsnämndens protokoll har tillkännagivits",
                "Miljö- och byggnadsnämnden",
            ),
            (
                "ANSLAG Tekniska nämndens protokoll är justerat",
                "Tekniska nämnden",
            ),
        ] {
            assert_eq!(organ_in_line(line).as_deref(), Some(organ), "{line:?}");
        }
        // A body with `kommun` in its own name keeps it.
        assert_eq!(
            strip_municipality("Kommunstyrelsen, Ekby"),
            "Kommunstyrelsen, Ekby"
        );
    }

    #[test]
    fn front_page_field_variants() {
        let text = "Plats och tid Stadshuset, kl 18.00\n\nUtses att justera Anna Berg (S)\n\
                    Justeringens plats, tid Miljökontoret, torsdagen den 27 september 2012 kl. 17.00\n\
                    Justerade paragrafer §§ 101 - 115\n\nDatum när anslaget sätts upp\n2016-11-09\n\
                    Datum när anslaget tas ned\n2016-12-01\n";
        let doc = parse(text);
        let adjustment = doc
            .adjustment
            .as_ref()
            .map(|a| (a.date, a.place.as_deref()));
        assert_eq!(
            adjustment,
            Some((crate::Date::new(2012, 9, 27), Some("Miljökontoret")))
        );
        let range = doc.paragraph_range.as_ref().map(|r| (r.from, r.to));
        assert_eq!(range, Some((Some(101), Some(115))));
        assert_eq!(
            doc.notice_posted.map(|d| d.date),
            crate::Date::new(2016, 11, 9)
        );
        assert_eq!(
            doc.notice_removed.map(|d| d.date),
            crate::Date::new(2016, 12, 1)
        );
        // The notice's dates are never the meeting's.
        assert_eq!(doc.meeting_date, None);
        // A template that closes every label with a semicolon.
        let text = "Plats och tid; Stadshuset, kl 18.00\nUtses att justera; Eva Berg (S)\n\
                    Justeringens plats och tid; Kommunkontoret 2014-04-25\n";
        let doc = parse(text);
        assert_eq!(doc.meeting_place.as_deref(), Some("Stadshuset"));
        assert_eq!(
            doc.adjustment.and_then(|a| a.date),
            crate::Date::new(2014, 4, 25)
        );
        assert!(doc
            .people
            .iter()
            .any(|p| p.name == "Eva Berg" && p.role.as_deref() == Some("justerare")));
        // A semicolon glued to a word is no label's close.
        assert!(crate::headings::label("Plats;tid")
            .map_or(true, |l| l.layout != crate::LabelLayout::Colon));
        // Labels first with colons: the label after the justering's is no
        // place.
        let v = "Anslagsdatum: Anslagets nedtagande: Bevis om tillkännagivande";
        assert_eq!(adjustment_in(v, Span::new(0, v.len())), None);
    }

    #[test]
    fn a_guests_affiliation_is_not_the_municipality() {
        // A list entry: name, comma, a lower-case title, the guest's
        // municipality (the next one in the cell is read); the author in a
        // header cell, or after a function word.
        for (cell, municipality) in [
            ("Tomas Ek, Ph.D, utredare Kalix kommun", None),
            (
                "Tomas Ek, utredare Kalix kommun Ekby kommun",
                Some("Ekby kommun"),
            ),
            ("Kommunstyrelsen, Ekby kommun", Some("Ekby kommun")),
            ("Anna Ek, för Ekby kommun", Some("Ekby kommun")),
            // A member of a joint body, with her own municipality.
            ("Adjungerade Jana Nilsson (S) Varbergs kommun", None),
        ] {
            assert_eq!(municipality_in(cell).as_deref(), municipality, "{cell:?}");
        }
        let guest = "Eva Berg, enhetschef Kalix kommun";
        assert!(is_affiliation(guest, guest.find("Kalix").unwrap_or(0)));
        let member = "Adjungerade Jana Nilsson (S) Varbergs kommun";
        assert!(is_affiliation(member, member.find("Varbergs").unwrap_or(0)));
        let author = "Yttrande till Kalix kommun";
        assert!(!is_affiliation(author, author.find("Kalix").unwrap_or(0)));
        // In running text: the guest's municipality is passed over, the
        // author's is read.
        let doc = parse(
            "PROTOKOLL\n\nÖvriga deltagare Per Lenn, avd chef park Eva Berg, Ph.D, \
             utredare Kalix kommun\n\n§ 1 Ärende\n\nAlingsås kommun lämnar ett svar.\n",
        );
        assert_ne!(doc.municipality.as_deref(), Some("Kalix kommun"));
    }

    #[test]
    fn municipality_in_is_the_old_one() {
        let mut all: Vec<String> = PHRASES.iter().map(|s| s.to_string()).collect();
        all.extend(
            [
                "Hammarbo kommun",
                "HAMMARBO KOMMUN",
                "Norrhamns stad",
                "Norrhamns\u{a0}Stad",
                "kommun",
                "Region Mellanlanda",
                "REGION MELLANLANDA",
                "region Mellanlanda",
                "Räddningstjänstförbundet Hägerdalen",
                "RÄDDNINGSTJÄNSTFÖRBUNDET Hägerdalen",
                "Förbundet Hägerdalen",
                "Kommunalförbundet hägerdalen Ekby kommun",
                "Räddningstjänstförbundet",
                "Xrbundet Y",
                "Ekby \u{212a}ommun",
                "Ekby kommun\u{130}",
                "Ekby kommuN Region",
                "ekby kommun",
                "Ekby-Åby kommun",
                "Ekby2 kommun",
                "Tomas Ek, Ph.D, utredare Kalix kommun",
                "Tomas Ek, utredare Kalix kommun, Eva Berg, Ekby kommun",
                "Kommunstyrelsen, Ekby kommun",
                "Jana Nilsson (S) Varbergs kommun Ekby kommun",
                "beslutet för Ekby kommun",
            ]
            .iter()
            .map(|s| s.to_string()),
        );
        for (_, text) in super::front_page_gates::fixtures() {
            for line in text.lines() {
                all.push(line.to_owned());
                for c in cells(line, Span::new(0, line.len())) {
                    all.push(slice(line, c).to_owned());
                }
            }
        }
        for s in &all {
            assert_eq!(municipality_in(s), municipality_in_reference(s), "{s:?}");
        }
    }

    #[test]
    fn next_blank_is_the_byte_search() {
        let pieces: [&[u8]; 8] = [b"a", b" ", b"\t", b"\x00", b"\x80", b"!", b")", b"\xff"];
        // Every string of up to 10 pieces drawn by a counter in base 8
        // (a few thousand of them, every place of the word covered).
        for n in 0..200_000u64 {
            let mut b = Vec::new();
            let mut x = n;
            for _ in 0..(n % 11) {
                b.extend_from_slice(pieces.get((x % 8) as usize).copied().unwrap_or(b""));
                x /= 8;
            }
            let want = b.iter().position(|&c| c == b' ' || c == b'\t');
            assert_eq!(next_blank_in_word(&b), want, "{b:?}");
        }
    }

    #[test]
    fn signature_fillers_and_stops_are_the_lower_cased_ones() {
        let filler = |w: &str| {
            let core = bare_word(w);
            core.is_empty()
                || matches!(
                    core.lower().as_str(),
                    "underskrifter"
                        | "underskrift"
                        | "paragrafer"
                        | "paragraf"
                        | "nr"
                        | "varav"
                        | "sekretess"
                        | "justeringens"
                        | "plats"
                        | "och"
                        | "tid"
                )
                || core
                    .chars()
                    .all(|c| c.is_ascii_digit() || matches!(c, '-' | '–' | '§' | ',' | '(' | ')'))
        };
        let stop = |w: &str| {
            matches!(
                bare_word(w).lower().as_str(),
                "anslag"
                    | "anslag/bevis"
                    | "anslagsbevis"
                    | "bevis"
                    | "protokollet"
                    | "organ"
                    | "förvaringsplats"
                    | "utdragsbestyrkande"
                    | "sammanträdesdatum"
            )
        };
        let mut words: Vec<String> = [
            "UNDERSKRIFTER",
            "Paragrafer:",
            "NR",
            "Och",
            "TID..",
            "ANSLAG/BEVIS",
            "Anslag",
            "FÖRVARINGSPLATS",
            "Förvaringsplats",
            "Sammanträdesdatum",
            "ΣΑΜ",
            "\u{130}",
            "Tİd",
            "\u{212a}",
            "Protokollet…",
            "Organ_",
            "",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        for (_, text) in super::front_page_gates::fixtures() {
            words.extend(text.split_whitespace().map(str::to_owned));
        }
        for w in &words {
            assert_eq!(signature_filler(w), filler(w), "{w:?}");
            assert_eq!(signature_stop(w), stop(w), "{w:?}");
        }
    }

    #[test]
    fn holds_any_is_contains() {
        let words = ["just", "anslag", "överklag", "ändrad", "a"];
        for hay in [
            "",
            "a",
            "justerat",
            "protokollet är justerat",
            "Ändrad",
            "senast ändrad 2019",
            "överklagande",
            "överklag",
            "överkla",
            "ÖVERKLAG",
            "bbb",
        ] {
            for n in 1..=words.len() {
                let ws = words.get(..n).unwrap_or(&[]);
                assert_eq!(
                    holds_any(hay, ws),
                    ws.iter().any(|w| hay.contains(w)),
                    "{hay:?} {ws:?}"
                );
            }
        }
    }

    #[test]
    fn holds_anchor_word_is_the_four_searches() {
        let old = |s: &str| {
            ["rotokoll", "ROTOKOLL", "ammanträd", "AMMANTRÄD"]
                .iter()
                .any(|w| s.contains(w))
        };
        for s in [
            "",
            "Protokoll",
            "PROTOKOLL",
            "ProtoKoll",
            "rotokol",
            "Sammanträdesprotokoll",
            "SAMMANTRÄDESPROTOKOLL",
            "Sammanträde",
            "SAMMANTRÄDE",
            "sammanträ",
            "ammanträd",
            "kkkk rotokoll",
            "Kommunstyrelsens sammanträde 2019-05-06",
            "Ämne",
        ] {
            assert_eq!(holds_anchor_word(s.as_bytes()), old(s), "{s:?}");
        }
    }

    #[test]
    fn one_column_is_the_old_one() {
        let old = |s: &str| {
            let t = s.trim();
            if t.contains('\t') {
                return false;
            }
            let mut run = 0;
            for c in t.chars() {
                if c.is_whitespace() {
                    run += 1;
                    if run >= 3 {
                        return false;
                    }
                } else {
                    run = 0;
                }
            }
            true
        };
        let mut all: Vec<String> = [
            "",
            " ",
            "a",
            "a b",
            "a  b",
            "a   b",
            "a\tb",
            " a\t",
            "a \r\n b",
            "a\x0b\x0c b",
            "a\u{a0}\u{a0}\u{a0}b",
            "å   b",
            "åb  c",
            "\u{2003}a\u{2003}",
            "a\u{1c}\u{1c}\u{1c}b",
            // Gaps at and across the eight-byte chunks.
            "abcdefg   hijk",
            "abcdefgh  ijklmnop",
            "abcdefg  hijklmnop q",
            "abcdefgh   ijklmnop",
            "abcdefghijklmno   p",
            "abcdefg\u{a0}\u{a0}\u{a0}x",
            "abcdefgh\u{2003}\u{2003} \u{2003}x",
            "åäöåäöåäö   x",
            "Sammanträdesprotokoll §§ 1-12   Blad",
            "abcdefghijklmnop\tq",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        for (_, text) in super::front_page_gates::fixtures() {
            all.extend(text.lines().map(str::to_owned));
            all.extend(text.split('\n').map(str::to_owned));
        }
        for s in &all {
            assert_eq!(one_column(s), old(s), "{s:?}");
        }
    }

    #[test]
    fn cells_are_the_old_ones_on_the_fixtures() {
        let long = format!(
            "{}  {}\t{}   x",
            "a".repeat(40),
            "b".repeat(15),
            "c".repeat(17)
        );
        let mut all = vec![long, "a".repeat(16), format!("{} ", "a".repeat(16))];
        for (_, text) in super::front_page_gates::fixtures() {
            all.extend(text.lines().map(str::to_owned));
        }
        for l in &all {
            let span = Span::new(0, l.len());
            assert_eq!(cells(l, span), cells_memchr(l, span), "{l:?}");
        }
    }

    #[test]
    fn municipality_gate_is_the_window_compare() {
        let mut all: Vec<String> = PHRASES.iter().map(|s| s.to_string()).collect();
        all.extend(
            [
                "Hammarbo kommun",
                "KOMMUN",
                "Norrhamns STAD",
                "Region Mellanlanda",
                "Räddningstjänstförbundet Hägerdalen",
                "kom",
                "KoMm",
                "sTaD",
                "reGI",
                "UNDE",
                "k\u{c6}mm",
                "\u{4b}\u{4f}\u{4d}\u{4d}",
                "{omm",
                "[omm",
                "Komm\u{0}",
            ]
            .iter()
            .map(|s| s.to_string()),
        );
        for (_, text) in super::front_page_gates::fixtures() {
            all.extend(text.lines().map(str::to_owned));
        }
        for s in &all {
            assert_eq!(
                may_name_municipality(s),
                may_name_municipality_reference(s),
                "{s:?}"
            );
        }
        // Every byte in every place of a four-byte window.
        for b in 0..=255u8 {
            for at in 0..4 {
                for n in [b"komm", b"stad", b"regi", b"unde"] {
                    let mut w = *n;
                    if let Some(x) = w.get_mut(at) {
                        *x = b;
                    }
                    let s = String::from_utf8_lossy(&w).into_owned();
                    assert_eq!(
                        may_name_municipality(&s),
                        may_name_municipality_reference(&s),
                        "{s:?}"
                    );
                }
            }
        }
    }

    #[test]
    fn a_regulation_numbered_by_paragraphs_is_no_protocol() {
        let text = "2015-02-05 1(13) Arbetsordning för kommunfullmäktige i Ekby kommun\n\
                    Arbetsordningen har antagits av kommunfullmäktige 2014-11-26, § 244.\n\
                    § 1 Antalet ledamöter\nKommunfullmäktige har 45 ledamöter.\n\
                    § 2 Presidium\nFullmäktige väljer en ordförande och två vice ordförande.\n";
        let doc = parse(text);
        assert_eq!(doc.kind, DocumentKind::Okand);
        assert!(doc.paragraphs.is_empty());
        assert!(doc
            .diagnostics
            .iter()
            .any(|d| d.code == "unknown_kind" && d.message.contains("regulation")));
        // A protocol whose item is about the regulation stays a protocol.
        let text = "KOMMUNFULLMÄKTIGE SAMMANTRÄDESPROTOKOLL\n2015-02-05\n\n\
                    Plats och tid    Rådhuset kl 18.00\nBeslutande       Anna Berg (S), ordförande\n\n\
                    § 12 Arbetsordning för kommunfullmäktige\n\nBeslut\n\n\
                    Kommunfullmäktige beslutar att anta arbetsordningen.\n";
        let doc = parse(text);
        assert_eq!(doc.kind, DocumentKind::Protokoll);
        assert_eq!(doc.paragraphs.len(), 1);
    }

    #[test]
    fn a_group_word_opening_a_row_lists_the_officials_under_it() {
        let text = "PROTOKOLL\n\nBeslutande\n\nLedamöter Eva Ek (M), ordförande\n\n\
                    Tjänstemän Ola Edström, kommundirektör\n\n\
                    Mikael Berg, kommunsekreterare Erika Lund, kvalificerad utredare\n\n\
                    Percy Holm, ekonomichef §§ 45-51\n\n\
                    Annika Jonsell, handläggare §§ 45-49 Övriga Peter Fuchs, förslagsställare\n\n\
                    Justerare Per Ek (S)\n";
        let doc = parse(text);
        let got = super::tests::roles_of(&doc);
        for want in [
            ("Ola Edström", Some("kommundirektör")),
            ("Mikael Berg", Some("kommunsekreterare")),
            ("Erika Lund", Some("kvalificerad utredare")),
            ("Percy Holm", Some("ekonomichef")),
            ("Annika Jonsell", Some("handläggare")),
            ("Peter Fuchs", Some("förslagsställare")),
            ("Per Ek", Some("justerare")),
        ] {
            assert!(got.contains(&want), "{want:?} in {got:?}");
        }
        let percy = doc.people.iter().find(|p| p.name == "Percy Holm");
        assert!(percy.is_some_and(|p| !p.presence.is_empty()));
    }
}
