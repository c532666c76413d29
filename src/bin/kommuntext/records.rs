//! Flat records for tables: one per § (`--unit paragraph`) or per decision
//! item (`--unit decision`), with the document's fields beside their own.

use kommuntext::{Decision, Document, Vote};
use serde::Serialize;

/// One § of a document, flattened.
#[derive(Serialize)]
pub struct ParagraphRecord<'a> {
    pub doc_id: Option<&'a str>,
    pub path: Option<&'a str>,
    pub kind: &'static str,
    pub organ: Option<&'a str>,
    pub meeting_date: Option<String>,
    pub document_date: Option<String>,
    pub number: u32,
    pub suffix: Option<&'a str>,
    pub label: &'a str,
    pub title: Option<&'a str>,
    /// Case numbers joined with `; `.
    pub case_numbers: String,
    /// The items of the § decisions taken, joined with ` `.
    pub decision_text: String,
    /// The distinct outcomes of those items, in order, joined with `;`.
    pub outcome: String,
    pub immediately_adjusted: bool,
    pub start: usize,
    pub end: usize,
    /// The § votes' tallies, `ja/nej/avstår/frånvarande` with `-` for a
    /// count not stated (`7/4/0/-`), joined with `; ` (added after the
    /// first columns).
    pub votes: String,
    /// The roll calls: `Name (P)=ja` per member joined with `, `, one vote
    /// after another joined with `; ` in the order of `votes` (empty for a
    /// vote without one; added after the first columns).
    pub roll_call: String,
}

/// One decision item, flattened.
#[derive(Serialize)]
pub struct DecisionRecord<'a> {
    pub doc_id: Option<&'a str>,
    pub path: Option<&'a str>,
    pub kind: &'static str,
    pub organ: Option<&'a str>,
    pub meeting_date: Option<String>,
    pub document_date: Option<String>,
    /// The § number, or empty for a decision outside any §.
    pub paragraph: Option<u32>,
    /// `beslut` or `förslag`.
    pub decision_kind: &'static str,
    /// The body that decides or is proposed to decide.
    pub decision_organ: Option<&'a str>,
    pub item: Option<u32>,
    pub text: &'a str,
    pub outcome: &'static str,
    pub start: usize,
    pub end: usize,
}

/// `7/4/0/-` for a tally (ja/nej/avstår/frånvarande), `-` for a count not
/// stated.
fn tally(v: &Vote<'_>) -> String {
    let n = |x: Option<u32>| x.map_or_else(|| "-".to_owned(), |x| x.to_string());
    format!("{}/{}/{}/{}", n(v.yes), n(v.no), n(v.abstain), n(v.absent))
}

/// `Anna Berg (S)=ja, Per Ek=nej` for a vote's roll call.
fn roll_call(v: &Vote<'_>) -> String {
    v.roll_call
        .iter()
        .map(|b| match &b.party {
            Some(p) => format!("{} ({p})={}", b.name, b.vote.as_str()),
            None => format!("{}={}", b.name, b.vote.as_str()),
        })
        .collect::<Vec<_>>()
        .join(", ")
}

fn taken<'b, 'a>(ds: &'b [Decision<'a>]) -> impl Iterator<Item = &'b Decision<'a>> {
    ds.iter()
        .filter(|d| d.kind == kommuntext::DecisionKind::Beslut)
}

pub fn paragraphs<'a>(doc: &'a Document<'a>) -> Vec<ParagraphRecord<'a>> {
    let path = doc.source.as_ref().map(|s| s.path.as_str());
    doc.paragraphs
        .iter()
        .map(|p| {
            let items: Vec<_> = taken(&p.decisions).flat_map(|d| d.items.iter()).collect();
            let mut outcomes: Vec<&str> = Vec::new();
            for i in &items {
                if !outcomes.contains(&i.outcome.as_str()) {
                    outcomes.push(i.outcome.as_str());
                }
            }
            ParagraphRecord {
                doc_id: doc.doc_id.as_deref(),
                path,
                kind: doc.kind.as_str(),
                organ: doc.organ.as_deref(),
                meeting_date: doc.meeting_date.map(|d| d.to_string()),
                document_date: doc.document_date.map(|d| d.to_string()),
                number: p.number,
                suffix: p.suffix.as_deref(),
                label: &p.label,
                title: p.title.as_deref(),
                case_numbers: p
                    .case_numbers
                    .iter()
                    .map(|c| c.text.as_str())
                    .collect::<Vec<_>>()
                    .join("; "),
                decision_text: items
                    .iter()
                    .map(|i| i.text.as_ref())
                    .collect::<Vec<_>>()
                    .join(" "),
                outcome: outcomes.join(";"),
                immediately_adjusted: p.immediately_adjusted,
                start: p.span.start,
                end: p.span.end,
                votes: p.votes.iter().map(tally).collect::<Vec<_>>().join("; "),
                roll_call: p.votes.iter().map(roll_call).collect::<Vec<_>>().join("; "),
            }
        })
        .collect()
}

pub fn decisions<'a>(doc: &'a Document<'a>) -> Vec<DecisionRecord<'a>> {
    let path = doc.source.as_ref().map(|s| s.path.as_str());
    let outside = doc.decisions.iter().map(|d| (None, d));
    let inside = doc
        .paragraphs
        .iter()
        .flat_map(|p| p.decisions.iter().map(move |d| (Some(p.number), d)));
    outside
        .chain(inside)
        .flat_map(|(paragraph, d)| {
            d.items.iter().map(move |i| DecisionRecord {
                doc_id: doc.doc_id.as_deref(),
                path,
                kind: doc.kind.as_str(),
                organ: doc.organ.as_deref(),
                meeting_date: doc.meeting_date.map(|x| x.to_string()),
                document_date: doc.document_date.map(|x| x.to_string()),
                paragraph,
                decision_kind: d.kind.as_str(),
                decision_organ: d.organ.as_deref(),
                item: i.number,
                text: &i.text,
                outcome: i.outcome.as_str(),
                start: i.span.start,
                end: i.span.end,
            })
        })
        .collect()
}

/// The CSV header of `--unit paragraph`, in field order.
pub const PARAGRAPH_COLUMNS: &[&str] = &[
    "doc_id",
    "path",
    "kind",
    "organ",
    "meeting_date",
    "document_date",
    "number",
    "suffix",
    "label",
    "title",
    "case_numbers",
    "decision_text",
    "outcome",
    "immediately_adjusted",
    "start",
    "end",
    "votes",
    "roll_call",
];

/// The CSV header of `--unit decision`, in field order.
pub const DECISION_COLUMNS: &[&str] = &[
    "doc_id",
    "path",
    "kind",
    "organ",
    "meeting_date",
    "document_date",
    "paragraph",
    "decision_kind",
    "decision_organ",
    "item",
    "text",
    "outcome",
    "start",
    "end",
];
