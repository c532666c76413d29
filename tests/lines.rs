//! Tests of the first pass: lines, furniture, headings, § headings and the
//! line classifier, driven by `fixtures/spec/{lines,headings,paragraph_headings}*.md`
//! and by the protocol fixtures in `fixtures/protokoll/`.

use crate::support::spec::{self, escape};
use kommuntext::{
    classify, find_furniture, label, lines, paragraph_heading, section_heading, Classified,
    Confidence, LabelLayout, LineClass, ListMarker, Strength,
};

/// One line of the classifier dump used by the `lines*` specs.
pub fn describe(text: &str, class: &LineClass) -> String {
    let q = |s: kommuntext::Span| format!("\"{}\"", escape(&text[s]));
    match class {
        LineClass::Blank => "blank".into(),
        LineClass::Furniture(k) => format!("furniture {}", k.as_str()),
        LineClass::ParagraphHeading(h) => describe_para(text, h),
        LineClass::SectionHeading(h) => {
            let mut s = format!("section {}", h.kind.as_str());
            if let Some(o) = h.organ {
                s.push_str(&format!(" organ={}", q(o)));
            }
            if let Some(r) = h.rest {
                s.push_str(&format!(" rest={}", q(r)));
            }
            if h.confidence == Confidence::Low {
                s.push_str(" low");
            }
            s
        }
        LineClass::Label(l) => describe_label(text, l),
        LineClass::TocTitle => "toc_title".into(),
        LineClass::TocEntry(e) => {
            let mut s = "toc".to_string();
            if let Some(n) = e.number {
                s.push_str(&format!(" {n}"));
            }
            s.push_str(&format!(" {}", q(e.title)));
            if let Some(p) = e.page {
                s.push_str(&format!(" p{}", &text[p]));
            }
            s
        }
        LineClass::ListItem(i) => {
            let m = match i.marker {
                ListMarker::Numbered(n) => format!("num {n}"),
                ListMarker::Letter(c) => format!("letter {c}"),
                ListMarker::Dash => "dash".into(),
                ListMarker::Bullet => "bullet".into(),
                ListMarker::Plain => "plain".into(),
                _ => "other".into(),
            };
            format!("item {m} {}", q(i.body))
        }
        LineClass::Text => "text".into(),
        _ => "unknown".into(),
    }
}

fn describe_para(text: &str, h: &kommuntext::ParagraphHeading) -> String {
    let mut s = format!("§ {}", h.number);
    if let Some(x) = h.suffix {
        s.push_str(&format!(" {}", &text[x]));
    }
    if let Some(y) = h.year {
        s.push_str(&format!(" /{y}"));
    }
    s.push_str(match h.strength {
        Strength::Strong => " strong",
        Strength::Medium => " medium",
        Strength::Weak => " weak",
    });
    s.push_str(&format!(" label=\"{}\"", escape(&text[h.label])));
    if let Some(t) = h.title {
        s.push_str(&format!(" title=\"{}\"", escape(&text[t])));
    }
    s
}

fn describe_label(text: &str, l: &kommuntext::Label) -> String {
    let kind = format!("{:?}", l.kind);
    let mut s = format!("label {kind}");
    s.push_str(match l.layout {
        LabelLayout::Alone => " alone",
        LabelLayout::Colon => " colon",
        LabelLayout::Spaced => " spaced",
        LabelLayout::Glued => " glued",
    });
    if let Some(v) = l.value {
        s.push_str(&format!(" value=\"{}\"", escape(&text[v])));
    }
    s
}

/// Dump of a whole classification, one line per input line.
pub fn dump(text: &str, c: &Classified) -> Vec<String> {
    c.lines.iter().map(|l| describe(text, &l.class)).collect()
}

/// Runs a spec family: `actual` turns an example's input into output lines.
/// With `SPEC_ACTUAL=1` every example's actual output is printed, to help
/// write new expectations (they must still be read and checked by a person).
fn run_spec(prefix: &str, actual: impl Fn(&str) -> Vec<String>) -> usize {
    let examples = spec::read_all(prefix);
    let mut failures = Vec::new();
    let mut cases = 0;
    for ex in &examples {
        let got: Vec<String> = actual(&ex.input).iter().map(|g| spec::unescape(g)).collect();
        cases += got.len().max(1);
        if std::env::var("SPEC_ACTUAL").is_ok() {
            println!("{}\n{}\n", ex.origin, got.join("\n"));
        }
        if got != ex.expected {
            let mut msg = format!("{}:\n", ex.origin);
            for i in 0..got.len().max(ex.expected.len()) {
                let g = got.get(i).map_or("<missing>", |s| s.as_str());
                let e = ex.expected.get(i).map_or("<missing>", |s| s.as_str());
                let mark = if g == e { "  " } else { "!!" };
                msg.push_str(&format!("  {mark} expected: {e}\n  {mark} actual:   {g}\n"));
            }
            failures.push(msg);
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} examples in fixtures/spec/{prefix}*.md failed:\n{}",
        failures.len(),
        examples.len(),
        failures.join("\n")
    );
    cases
}

/// Splits a one-case-per-line example.
fn per_line(input: &str, f: impl Fn(&str) -> String) -> Vec<String> {
    input.split('\n').map(f).collect()
}

#[test]
fn spec_lines_split() {
    run_spec("lines_split", |input| {
        let out: Vec<String> = lines(input)
            .map(|l| {
                let mut s = format!("\"{}\" p{}", escape(l.text(input)), l.page);
                if l.page_start {
                    s.push_str(" ff");
                }
                s.push_str(&format!(" {:?} full={:?}", l.span, l.full));
                s
            })
            .collect();
        if out.is_empty() {
            vec!["none".into()]
        } else {
            out
        }
    });
}

#[test]
fn spec_lines_furniture() {
    run_spec("lines_furniture", |input| {
        let out: Vec<String> = find_furniture(input)
            .iter()
            .map(|f| format!("{} \"{}\"", f.kind.as_str(), escape(&input[f.span])))
            .collect();
        if out.is_empty() {
            vec!["none".into()]
        } else {
            out
        }
    });
}

#[test]
fn spec_lines_classify() {
    run_spec("lines_classify", |input| dump(input, &classify(input)));
}

#[test]
fn spec_headings() {
    run_spec("headings", |input| {
        per_line(input, |line| {
            if let Some(h) = section_heading(line) {
                describe(line, &LineClass::SectionHeading(h))
            } else if let Some(l) = label(line) {
                describe_label(line, &l)
            } else {
                "none".into()
            }
        })
    });
}

#[test]
fn spec_paragraph_headings() {
    run_spec("paragraph_headings", |input| {
        per_line(input, |line| {
            paragraph_heading(line).map_or("none".into(), |h| describe_para(line, &h))
        })
    });
}

/// The spec files hold at least 150 cases (one expected row is one case).
#[test]
fn spec_case_count() {
    let families = [
        "lines_split",
        "lines_furniture",
        "lines_classify",
        "headings",
        "paragraph_headings",
    ];
    let blocks: usize = families.iter().map(|p| spec::read_all(p).len()).sum();
    let cases: usize = families
        .iter()
        .flat_map(|p| spec::read_all(p))
        .map(|e| e.expected.len())
        .sum();
    assert!(blocks >= 40 && cases >= 150, "{blocks} blocks, {cases} cases");
}

#[test]
fn dump_seeds() {
    for name in ["004_cb73796813b91dbf.txt", "000_b640cc7502d13700.txt"] {
        let path = format!("{}/fixtures/seeds/{name}", env!("CARGO_MANIFEST_DIR"));
        let text = std::fs::read_to_string(path).unwrap();
        let c = classify(&text);
        if std::env::var("DUMP").is_ok() {
            for (l, d) in c.lines.iter().zip(dump(&text, &c)) {
                println!("{:>3} {:<60} | {}", l.line.index, d, escape(l.text(&text)).chars().take(60).collect::<String>());
            }
        }
    }
}
