//! Accuracy against the facts the team wrote for each fixture, and golden
//! outlines of every fixture's parse.
//!
//! `X.facts` beside `X.txt` lists what a correct parser extracts (format in
//! `fixtures/README-documents.md`). The test parses every fixture, counts
//! the facts it gets right per key, prints the table, and fails when the
//! overall or the kind accuracy falls below the floors recorded here: raise
//! them when the parser improves, never lower them to make a change pass.
//!
//! `X.expected` is the outline of the current parse; a change in output
//! fails the golden test until reviewed and rewritten with `BLESS=1 cargo
//! test golden`.

use kommuntext::{parse, Document};
use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

/// Overall share of facts right, in per mille: the floor.
const FLOOR_OVERALL_PERMILLE: usize = 999;
/// Fixtures whose kind is right: the floor.
const FLOOR_KINDS: usize = 57;

fn fixtures() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures");
    let mut out = Vec::new();
    let mut stack = vec![root];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                if p.file_name()
                    .is_some_and(|n| n != "spec" && n != "regressions")
                {
                    stack.push(p);
                }
            } else if p.extension().is_some_and(|x| x == "txt") {
                out.push(p);
            }
        }
    }
    out.sort();
    out
}

fn read_text(p: &Path) -> String {
    let bytes = std::fs::read(p).unwrap();
    String::from_utf8(bytes).unwrap_or_else(|e| panic!("{}: fixtures are UTF-8: {e}", p.display()))
}

fn norm(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn opt(s: Option<&str>) -> String {
    s.map(norm).unwrap_or_else(|| "-".to_owned())
}

/// One fact: its key and value, with the `|`-separated parts split off.
struct Fact {
    key: String,
    value: String,
}

fn read_facts(p: &Path) -> Vec<Fact> {
    read_text(p)
        .lines()
        .filter_map(|l| {
            let (k, v) = l.split_once(':')?;
            let k = k.trim();
            if k.is_empty() || k.contains(' ') {
                return None;
            }
            Some(Fact {
                key: k.to_owned(),
                value: v.trim().to_owned(),
            })
        })
        .collect()
}

fn parts(v: &str) -> Vec<String> {
    v.split('|').map(norm).collect()
}

/// `a=b c=d` fields of a part.
/// The `name=value` pairs of a part: a new pair starts at every word of
/// the form `key=`, so values may hold spaces (`title=Budget 2021`,
/// `kind=beslut organ=Vård- och omsorgsnämnden items=2`).
fn pairs(part: &str) -> Vec<(&str, String)> {
    let mut out: Vec<(&str, String)> = Vec::new();
    for w in part.split_whitespace() {
        let key = w
            .split_once('=')
            .map(|(k, _)| k)
            .filter(|k| !k.is_empty() && k.chars().all(|c| c.is_alphanumeric() || c == '_'));
        match key {
            Some(k) => out.push((k, w.get(k.len() + 1..).unwrap_or("").to_owned())),
            None => {
                if let Some((_, v)) = out.last_mut() {
                    if !v.is_empty() {
                        v.push(' ');
                    }
                    v.push_str(w);
                }
            }
        }
    }
    out
}

fn field(parts: &[String], name: &str) -> Option<String> {
    parts.iter().find_map(|p| {
        pairs(p)
            .into_iter()
            .find(|(k, _)| *k == name)
            .map(|(_, v)| v)
    })
}

fn item_text_matches(got: &str, want: &str) -> bool {
    let got = norm(got);
    let got = got.strip_prefix("att ").unwrap_or(&got);
    let want = want.strip_prefix("att ").unwrap_or(want);
    !want.is_empty() && got.to_lowercase().starts_with(&want.to_lowercase())
}

/// Everything the parse says, as fact-shaped strings per key.
fn observed(doc: &Document<'_>) -> BTreeMap<&'static str, Vec<String>> {
    let mut m: BTreeMap<&'static str, Vec<String>> = BTreeMap::new();
    m.entry("kind")
        .or_default()
        .push(doc.kind.as_str().to_owned());
    m.entry("organ")
        .or_default()
        .push(opt(doc.organ.as_deref()));
    m.entry("municipality")
        .or_default()
        .push(opt(doc.municipality.as_deref()));
    m.entry("title")
        .or_default()
        .push(opt(doc.title.as_deref()));
    m.entry("document_date").or_default().push(
        doc.document_date
            .map(|d| d.to_string())
            .unwrap_or("-".into()),
    );
    m.entry("meeting_date").or_default().push(
        doc.meeting_date
            .map(|d| d.to_string())
            .unwrap_or("-".into()),
    );
    m
}

#[derive(Default, Clone, Copy)]
struct Score {
    right: usize,
    total: usize,
}

/// Presence ranges as written in facts: `21-24,26-26`, an open end empty.
fn presence_text(r: &[kommuntext::ParagraphRange]) -> String {
    let n = |x: Option<u32>| x.map(|x| x.to_string()).unwrap_or_default();
    r.iter()
        .map(|r| format!("{}-{}", n(r.from), n(r.to)))
        .collect::<Vec<_>>()
        .join(",")
}

/// Scores one fixture's facts; returns per-key scores and the misses.
fn score(doc: &Document<'_>, facts: &[Fact]) -> (BTreeMap<String, Score>, Vec<String>) {
    let obs = observed(doc);
    let mut scores: BTreeMap<String, Score> = BTreeMap::new();
    let mut misses = Vec::new();
    let mut count = |key: &str, ok: bool, what: String, misses: &mut Vec<String>| {
        let s = scores.entry(key.to_owned()).or_default();
        s.total += 1;
        if ok {
            s.right += 1;
        } else {
            misses.push(format!("{key}: {what}"));
        }
    };
    // The paragraph a `p.*` fact belongs to.
    let mut para: Option<&kommuntext::Paragraph<'_>> = None;
    let mut want_paragraphs = 0;
    let mut list_index: BTreeMap<&str, usize> = BTreeMap::new();
    for f in facts {
        let v = f.value.as_str();
        let p = parts(v);
        match f.key.as_str() {
            k
            @ ("kind" | "organ" | "municipality" | "title" | "document_date" | "meeting_date") => {
                let got = obs
                    .get(k)
                    .and_then(|g| g.first())
                    .cloned()
                    .unwrap_or_default();
                let want = norm(v);
                count(
                    k,
                    got == want,
                    format!("want {want:?}, got {got:?}"),
                    &mut misses,
                );
            }
            "case_number" if v != "-" => {
                let want = p.first().cloned().unwrap_or_default();
                let ok = doc.case_numbers.iter().any(|c| norm(&c.text) == want);
                count(
                    "case_number",
                    ok,
                    format!("{want:?} not found"),
                    &mut misses,
                );
            }
            "person" if v != "-" => {
                let name = p.first().cloned().unwrap_or_default();
                let role = field(&p, "role").unwrap_or_else(|| "-".into());
                // `presence=21-24,26-26`: when given, the ranges must match.
                let presence = field(&p, "presence");
                // `party=S`, `party=-`: the party must match too.
                let party = field(&p, "party");
                let ok = doc.people.iter().any(|x| {
                    norm(&x.name) == name
                        && x.role.as_deref().map(norm).as_deref().unwrap_or("-") == role
                        && party
                            .as_deref()
                            .map_or(true, |want| x.party.as_deref().unwrap_or("-") == want)
                        && presence
                            .as_deref()
                            .map_or(true, |want| presence_text(&x.presence) == want)
                });
                count(
                    "person",
                    ok,
                    format!("{name} ({role}) not found"),
                    &mut misses,
                );
            }
            "section" if v != "-" => {
                let heading = p.first().cloned().unwrap_or_default();
                let kind = field(&p, "kind").unwrap_or_else(|| "-".into());
                let ok = doc
                    .sections
                    .iter()
                    .any(|s| norm(&s.heading) == heading && s.kind.as_str() == kind);
                count(
                    "section",
                    ok,
                    format!("{heading} ({kind}) not found"),
                    &mut misses,
                );
            }
            "decision" if v != "-" => {
                let i = *list_index
                    .entry("decision")
                    .and_modify(|i| *i += 1)
                    .or_insert(0);
                let d = doc.decisions.get(i);
                let kind = field(&p, "kind").unwrap_or_else(|| "-".into());
                let items: usize = field(&p, "items").and_then(|n| n.parse().ok()).unwrap_or(0);
                let ok = d.is_some_and(|d| d.kind.as_str() == kind && d.items.len() == items);
                count(
                    "decision",
                    ok,
                    format!("#{i} {kind} with {items} items"),
                    &mut misses,
                );
            }
            "item" if v != "-" => {
                let want_text = p.get(2).cloned().unwrap_or_default();
                let outcome = field(&p, "outcome").unwrap_or_else(|| "-".into());
                let all: Vec<_> = doc.decisions.iter().flat_map(|d| d.items.iter()).collect();
                let found = all
                    .iter()
                    .find(|it| item_text_matches(&it.text, &want_text));
                count(
                    "item",
                    found.is_some(),
                    format!("{want_text:?} not found"),
                    &mut misses,
                );
                if let Some(it) = found {
                    count(
                        "outcome",
                        it.outcome.as_str() == outcome,
                        format!("{want_text:?}: want {outcome}, got {}", it.outcome.as_str()),
                        &mut misses,
                    );
                }
            }
            "recipient" if v != "-" => {
                let ok = doc.recipients.iter().any(|r| norm(r) == norm(v));
                count("recipient", ok, format!("{v:?} not found"), &mut misses);
            }
            "toc" if v != "-" => {
                let title = p.get(1).cloned().unwrap_or_default();
                let number: Option<u32> = p.first().and_then(|n| n.parse().ok());
                let ok = doc.toc.iter().any(|t| {
                    let tt = norm(&t.title);
                    (t.number == number || number.is_none())
                        && (tt == title || (!title.is_empty() && tt.starts_with(&title)))
                });
                count(
                    "toc",
                    ok,
                    format!("{number:?} {title:?} not found"),
                    &mut misses,
                );
            }
            "paragraph" => {
                want_paragraphs += 1;
                let head = p.first().cloned().unwrap_or_default();
                let digits: String = head.chars().take_while(char::is_ascii_digit).collect();
                let number: u32 = digits.parse().unwrap_or(0);
                let suffix = head.get(digits.len()..).unwrap_or("").trim().to_owned();
                para = doc
                    .paragraphs
                    .iter()
                    .find(|x| x.number == number && x.suffix.as_deref().unwrap_or("") == suffix);
                count(
                    "paragraph",
                    para.is_some(),
                    format!("§ {head} not found"),
                    &mut misses,
                );
                if let Some(x) = para {
                    let title = field(&p, "title").unwrap_or_else(|| "-".into());
                    count(
                        "p.title",
                        opt(x.title.as_deref()) == title,
                        format!(
                            "§ {head}: want {title:?}, got {:?}",
                            opt(x.title.as_deref())
                        ),
                        &mut misses,
                    );
                    let case = field(&p, "case").unwrap_or_else(|| "-".into());
                    let got_case = x
                        .case_numbers
                        .first()
                        .map(|c| norm(&c.text))
                        .unwrap_or("-".into());
                    count(
                        "p.case",
                        got_case == case,
                        format!("§ {head}: want {case:?}, got {got_case:?}"),
                        &mut misses,
                    );
                    let adjusted = field(&p, "adjusted").as_deref() == Some("yes");
                    count(
                        "p.adjusted",
                        x.immediately_adjusted == adjusted,
                        format!("§ {head}: want {adjusted}"),
                        &mut misses,
                    );
                }
                list_index.retain(|k, _| !k.starts_with("p."));
            }
            k if k.starts_with("p.") => {
                let Some(x) = para else {
                    count(k, false, format!("{v:?}: its § was not found"), &mut misses);
                    continue;
                };
                match k {
                    "p.section" => {
                        let heading = p.first().cloned().unwrap_or_default();
                        let kind = field(&p, "kind").unwrap_or_else(|| "-".into());
                        let ok = x
                            .sections
                            .iter()
                            .any(|s| norm(&s.heading) == heading && s.kind.as_str() == kind);
                        count(
                            k,
                            ok,
                            format!("§ {}: {heading} ({kind})", x.number),
                            &mut misses,
                        );
                    }
                    "p.decision" => {
                        let i = *list_index
                            .entry("p.decision")
                            .and_modify(|i| *i += 1)
                            .or_insert(0);
                        let kind = field(&p, "kind").unwrap_or_else(|| "-".into());
                        let items: usize =
                            field(&p, "items").and_then(|n| n.parse().ok()).unwrap_or(0);
                        let ok = x
                            .decisions
                            .get(i)
                            .is_some_and(|d| d.kind.as_str() == kind && d.items.len() == items);
                        count(
                            k,
                            ok,
                            format!("§ {}: #{i} {kind} with {items} items", x.number),
                            &mut misses,
                        );
                        // The deciding (or proposed-to) body, when the facts name one.
                        if let Some(want) = field(&p, "organ") {
                            let got = x
                                .decisions
                                .get(i)
                                .and_then(|d| d.organ.as_deref())
                                .unwrap_or("-");
                            count(
                                "p.decision.organ",
                                norm(got) == norm(&want),
                                format!("§ {}: #{i} organ: want {want:?}, got {got:?}", x.number),
                                &mut misses,
                            );
                        }
                    }
                    "p.item" => {
                        let want_text = p.get(2).cloned().unwrap_or_default();
                        let outcome = field(&p, "outcome").unwrap_or_else(|| "-".into());
                        let found = x
                            .decisions
                            .iter()
                            .flat_map(|d| d.items.iter())
                            .find(|it| item_text_matches(&it.text, &want_text));
                        count(
                            k,
                            found.is_some(),
                            format!("§ {}: {want_text:?}", x.number),
                            &mut misses,
                        );
                        if let Some(it) = found {
                            count(
                                "p.outcome",
                                it.outcome.as_str() == outcome,
                                format!(
                                    "§ {}: {want_text:?}: want {outcome}, got {}",
                                    x.number,
                                    it.outcome.as_str()
                                ),
                                &mut misses,
                            );
                        }
                    }
                    "p.vote" => {
                        let i = *list_index
                            .entry("p.vote")
                            .and_modify(|i| *i += 1)
                            .or_insert(0);
                        let n = |name: &str| field(&p, name).and_then(|x| x.parse::<u32>().ok());
                        let ok = x.votes.get(i).is_some_and(|vt| {
                            vt.yes == n("yes") && vt.no == n("no") && vt.abstain == n("abstain")
                        });
                        count(k, ok, format!("§ {}: vote #{i} {v}", x.number), &mut misses);
                    }
                    "p.ballot" => {
                        // A member's vote in the roll call of the last
                        // `p.vote` above.
                        let i = list_index.get("p.vote").copied().unwrap_or(0);
                        let name = p.first().cloned().unwrap_or_default();
                        let vote = field(&p, "vote").unwrap_or_else(|| "-".into());
                        let ok = x.votes.get(i).is_some_and(|vt| {
                            vt.roll_call
                                .iter()
                                .any(|b| norm(&b.name) == name && b.vote.as_str() == vote)
                        });
                        count(
                            k,
                            ok,
                            format!("§ {}: vote #{i} {name} {vote}", x.number),
                            &mut misses,
                        );
                    }
                    "p.recipient" => {
                        let ok = x.recipients.iter().any(|r| norm(r) == norm(v));
                        count(k, ok, format!("§ {}: {v:?}", x.number), &mut misses);
                    }
                    "p.attachment" => {
                        let ok = x.attachments.iter().any(|r| norm(r) == norm(v));
                        count(k, ok, format!("§ {}: {v:?}", x.number), &mut misses);
                    }
                    _ => {}
                }
            }
            _ => {}
        }
    }
    if want_paragraphs > 0
        || facts.iter().any(|f| {
            f.key == "kind" && matches!(f.value.as_str(), "tjänsteskrivelse" | "kallelse" | "okänd")
        })
    {
        let extra = doc.paragraphs.len().saturating_sub(want_paragraphs);
        let s = scores.entry("no extra §".to_owned()).or_default();
        s.total += 1;
        if extra == 0 {
            s.right += 1;
        } else {
            misses.push(format!(
                "no extra §: {extra} paragraphs more than the facts list"
            ));
        }
    }
    (scores, misses)
}

#[test]
fn facts_accuracy() {
    let mut total: BTreeMap<String, Score> = BTreeMap::new();
    let mut report = String::new();
    let mut kinds_right = 0;
    let mut with_facts = 0;
    for txt in fixtures() {
        let facts_path = txt.with_extension("facts");
        if !facts_path.exists() {
            continue;
        }
        with_facts += 1;
        let text = read_text(&txt);
        let doc = parse(&text);
        let facts = read_facts(&facts_path);
        let (scores, misses) = score(&doc, &facts);
        if scores.get("kind").is_some_and(|s| s.right == 1) {
            kinds_right += 1;
        }
        let (r, t) = scores
            .values()
            .fold((0, 0), |(r, t), s| (r + s.right, t + s.total));
        let name = txt
            .strip_prefix(env!("CARGO_MANIFEST_DIR"))
            .unwrap_or(&txt)
            .display()
            .to_string();
        let _ = writeln!(report, "{name}: {r}/{t}");
        // `FACTS_ALL_MISSES=1` lists every miss, not the first twelve.
        let shown = if std::env::var_os("FACTS_ALL_MISSES").is_some() {
            usize::MAX
        } else {
            12
        };
        for m in misses.iter().take(shown) {
            let _ = writeln!(report, "    miss {m}");
        }
        for (k, s) in scores {
            let e = total.entry(k).or_default();
            e.right += s.right;
            e.total += s.total;
        }
    }
    let (r, t) = total
        .values()
        .fold((0, 0), |(r, t), s| (r + s.right, t + s.total));
    let _ = writeln!(report, "\nper key:");
    for (k, s) in &total {
        let _ = writeln!(
            report,
            "  {k:<14} {:>4}/{:<4} {:>5.1} %",
            s.right,
            s.total,
            100.0 * s.right as f64 / s.total.max(1) as f64
        );
    }
    let _ = writeln!(
        report,
        "  {:<14} {r:>4}/{t:<4} {:>5.1} %",
        "ALL",
        100.0 * r as f64 / t.max(1) as f64
    );
    let _ = writeln!(
        report,
        "kind right on {kinds_right} of {with_facts} fixtures with facts"
    );
    println!("{report}");
    assert!(with_facts >= 45, "only {with_facts} fixtures have facts");
    assert!(
        r * 1000 >= FLOOR_OVERALL_PERMILLE * t,
        "accuracy fell below the floor:\n{report}"
    );
    assert!(
        kinds_right >= FLOOR_KINDS,
        "kind accuracy fell below the floor:\n{report}"
    );
}

/// The outline of a parse: what the golden files hold.
fn outline(text: &str, doc: &Document<'_>) -> String {
    let mut o = String::new();
    let q = |s: &str| format!("{:?}", norm(s));
    let _ = writeln!(o, "kind: {}", doc.kind.as_str());
    let _ = writeln!(o, "organ: {}", opt(doc.organ.as_deref()));
    let _ = writeln!(o, "municipality: {}", opt(doc.municipality.as_deref()));
    let _ = writeln!(o, "title: {}", opt(doc.title.as_deref()));
    let _ = writeln!(
        o,
        "document_date: {}",
        doc.document_date
            .map(|d| d.to_string())
            .unwrap_or("-".into())
    );
    let _ = writeln!(
        o,
        "meeting_date: {}",
        doc.meeting_date
            .map(|d| d.to_string())
            .unwrap_or("-".into())
    );
    for c in &doc.case_numbers {
        let _ = writeln!(o, "case_number: {} @{:?}", c.text, c.span);
    }
    let bound = |n: Option<u32>| n.map(|n| n.to_string()).unwrap_or_default();
    for p in &doc.people {
        let _ = write!(
            o,
            "person: {} | role={} | party={}",
            p.name,
            p.role.as_deref().unwrap_or("-"),
            p.party.as_deref().unwrap_or("-")
        );
        if !p.presence.is_empty() {
            let ranges: Vec<String> = p
                .presence
                .iter()
                .map(|r| format!("{}-{} {}", bound(r.from), bound(r.to), q(&text[r.span])))
                .collect();
            let _ = write!(o, " | presence={}", ranges.join(", "));
        }
        let _ = writeln!(o);
    }
    for t in &doc.toc {
        let _ = writeln!(
            o,
            "toc: {} | {} | case={}",
            t.number.map(|n| n.to_string()).unwrap_or("-".into()),
            norm(&t.title),
            t.case_number
                .as_ref()
                .map(|c| c.text.as_str())
                .unwrap_or("-")
        );
    }
    let sections = |o: &mut String,
                    indent: &str,
                    secs: &[kommuntext::Section<'_>],
                    decs: &[kommuntext::Decision<'_>]| {
        for s in secs {
            let _ = writeln!(
                o,
                "{indent}section: {} | kind={} | {} chars @{:?}",
                norm(&s.heading),
                s.kind.as_str(),
                s.text.chars().count(),
                s.span
            );
        }
        for d in decs {
            let _ = writeln!(
                o,
                "{indent}decision: kind={} organ={} items={}",
                d.kind.as_str(),
                opt(d.organ.as_deref()),
                d.items.len()
            );
            for it in &d.items {
                let words: String = norm(&it.text).chars().take(60).collect();
                let _ = writeln!(
                    o,
                    "{indent}  item: {} | outcome={} | {}",
                    it.number.map(|n| n.to_string()).unwrap_or("-".into()),
                    it.outcome.as_str(),
                    words
                );
            }
        }
    };
    sections(&mut o, "", &doc.sections, &doc.decisions);
    for r in &doc.recipients {
        let _ = writeln!(o, "recipient: {r}");
    }
    for p in &doc.paragraphs {
        let _ = writeln!(
            o,
            "paragraph: {}{} | label={} | title={} | case={} | adjusted={} @{:?}",
            p.number,
            p.suffix.as_deref().unwrap_or(""),
            p.label,
            opt(p.title.as_deref()),
            p.case_numbers
                .iter()
                .map(|c| c.text.as_str())
                .collect::<Vec<_>>()
                .join(", "),
            if p.immediately_adjusted { "yes" } else { "no" },
            p.span
        );
        sections(&mut o, "  ", &p.sections, &p.decisions);
        for v in &p.votes {
            let _ = writeln!(
                o,
                "  vote: yes={:?} no={:?} abstain={:?} absent={:?} ja={} nej={}",
                v.yes,
                v.no,
                v.abstain,
                v.absent,
                opt(v.yes_means.as_deref()),
                opt(v.no_means.as_deref())
            );
            for b in &v.roll_call {
                let _ = writeln!(
                    o,
                    "    ballot: {} | party={} | {} @{:?}",
                    b.name,
                    b.party.as_deref().unwrap_or("-"),
                    b.vote.as_str(),
                    b.span
                );
            }
        }
        for a in &p.attachments {
            let _ = writeln!(o, "  attachment: {}", norm(a));
        }
        for r in &p.recipients {
            let _ = writeln!(o, "  recipient: {}", norm(r));
        }
    }
    for f in &doc.furniture {
        let _ = writeln!(o, "furniture: {} {}", f.kind.as_str(), q(&text[f.span]));
    }
    for d in &doc.diagnostics {
        let _ = writeln!(o, "diagnostic: {} {}", d.code, d.message);
    }
    o
}

#[test]
fn golden_outlines() {
    let bless = std::env::var_os("BLESS").is_some();
    let mut failures = Vec::new();
    let mut n = 0;
    for txt in fixtures() {
        n += 1;
        let text = read_text(&txt);
        let got = outline(&text, &parse(&text));
        let path = txt.with_extension("expected");
        if bless {
            std::fs::write(&path, &got).unwrap();
            continue;
        }
        match std::fs::read_to_string(&path) {
            Ok(want) if want == got => {}
            Ok(want) => {
                let diff: Vec<String> = want
                    .lines()
                    .zip(got.lines())
                    .filter(|(a, b)| a != b)
                    .take(3)
                    .map(|(a, b)| format!("    - {a}\n    + {b}"))
                    .collect();
                failures.push(format!(
                    "{}: outline changed\n{}",
                    path.display(),
                    diff.join("\n")
                ));
            }
            Err(_) => failures.push(format!("{}: missing", path.display())),
        }
    }
    assert!(n >= 40, "only {n} fixtures");
    assert!(
        failures.is_empty(),
        "{} golden outlines differ; review, then rewrite with BLESS=1 cargo test golden:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// `find_furniture` lists what `parse` leaves out, on every fixture: the
/// flattened transcripts' split-off page indexes and chrome included.
#[test]
fn find_furniture_is_what_parse_reports() {
    let mut transcript_furniture = 0;
    for txt in fixtures() {
        let text = read_text(&txt);
        let found = kommuntext::find_furniture(&text);
        assert_eq!(found, parse(&text).furniture, "{}", txt.display());
        if txt.to_string_lossy().contains("transcript") {
            transcript_furniture += found.len();
        }
    }
    assert!(transcript_furniture > 0, "the transcripts have furniture");
}
