//! Tests of the first pass: lines, furniture, headings, § headings and the
//! line classifier, driven by `fixtures/spec/{lines,headings,paragraph_headings}*.md`
//! and by the protocol fixtures in `fixtures/protokoll/`.

use crate::support::spec::{self, escape};
use kommuntext::{
    classify, find_furniture, label, labels, lines, paragraph_heading, section_heading, Classified,
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
        LineClass::TocLine(e) => {
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
    c.iter().map(|l| describe(text, &l.class)).collect()
}

/// Runs a spec family: `actual` turns an example's input into output lines.
/// With `SPEC_ACTUAL=1` every example's actual output is printed, to help
/// write new expectations (they must still be read and checked by a person).
fn run_spec(prefix: &str, actual: impl Fn(&str) -> Vec<String>) -> usize {
    let examples = spec::read_all(prefix);
    let mut failures = Vec::new();
    let mut cases = 0;
    for ex in &examples {
        let got: Vec<String> = actual(&ex.input)
            .iter()
            .map(|g| spec::unescape(g))
            .collect();
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
    run_spec("headings_vocabulary", |input| {
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
fn spec_headings_inline() {
    run_spec("headings_inline", |input| {
        per_line(input, |line| {
            let found: Vec<String> = kommuntext::inline_headings(line)
                .map(|h| {
                    let mut s = format!("{} \"{}\"", h.kind.as_str(), &line[h.heading]);
                    if let Some(o) = h.organ {
                        s.push_str(&format!(" organ=\"{}\"", &line[o]));
                    }
                    s
                })
                .collect();
            if found.is_empty() {
                "none".into()
            } else {
                found.join(" | ")
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
        "headings_vocabulary",
        "headings_inline",
        "paragraph_headings",
    ];
    let blocks: usize = families.iter().map(|p| spec::read_all(p).len()).sum();
    let cases: usize = families
        .iter()
        .flat_map(|p| spec::read_all(p))
        .map(|e| e.expected.len())
        .sum();
    assert!(
        blocks >= 40 && cases >= 150,
        "{blocks} blocks, {cases} cases"
    );
}

#[test]
fn dump_seeds() {
    for name in ["004_cb73796813b91dbf.txt", "000_b640cc7502d13700.txt"] {
        let path = format!("{}/fixtures/seeds/{name}", env!("CARGO_MANIFEST_DIR"));
        let text = std::fs::read_to_string(path).unwrap();
        let c = classify(&text);
        if std::env::var("DUMP").is_ok() {
            for (l, d) in c.iter().zip(dump(&text, &c)) {
                println!(
                    "{:>3} {:<60} | {}",
                    l.line.index,
                    d,
                    escape(l.text(&text)).chars().take(60).collect::<String>()
                );
            }
        }
    }
}

/// Every span a class holds.
fn spans_of(class: &LineClass) -> Vec<kommuntext::Span> {
    match class {
        LineClass::ParagraphHeading(h) => [Some(h.label), h.title, h.code, h.suffix]
            .into_iter()
            .flatten()
            .collect(),
        LineClass::SectionHeading(h) => [Some(h.heading), h.organ, h.rest]
            .into_iter()
            .flatten()
            .collect(),
        LineClass::Label(l) => [Some(l.label), l.value].into_iter().flatten().collect(),
        LineClass::TocLine(e) => [Some(e.title), e.page].into_iter().flatten().collect(),
        LineClass::ListItem(i) => [Some(i.body), i.marker_span]
            .into_iter()
            .flatten()
            .collect(),
        _ => Vec::new(),
    }
}

/// The guarantees of `classify`: lines tile the text in order, every span
/// is on char boundaries and inside its line, furniture matches the lines.
pub fn check_invariants(text: &str) -> Classified<'_> {
    let c = classify(text);
    let mut prev = 0;
    let mut furniture_lines = 0;
    for (i, cl) in c.iter().enumerate() {
        let l = cl.line;
        assert_eq!(l.index, i);
        assert_eq!(l.full.start, prev, "lines must tile the text");
        prev = l.full.end;
        assert!(l.full.contains(l.span));
        assert!(
            l.span.get(text).is_some(),
            "line span {:?} not on char boundaries",
            l.span
        );
        assert!(l.page < c.pages.max(1));
        for s in spans_of(&cl.class) {
            assert!(l.span.contains(s), "{s:?} outside line {:?}", l.span);
            assert!(s.get(text).is_some(), "{s:?} not on char boundaries");
            assert!(!s.is_empty(), "empty span in {:?}", cl.class);
        }
        match cl.class {
            LineClass::Blank => assert!(l.is_blank(text)),
            LineClass::Furniture(_) => furniture_lines += 1,
            _ => assert!(!l.is_blank(text)),
        }
    }
    assert!(text
        .get(prev..)
        .is_some_and(|rest| rest.chars().all(|c| c == '\u{c}')));
    // One furniture item per furniture row, except that a run of repeated
    // heading lines is one item covering the run.
    assert!(c.furniture.len() <= furniture_lines);
    for f in &c.furniture {
        assert!(f.span.get(text).is_some_and(|s| !s.trim().is_empty()));
    }
    for w in c.furniture.windows(2) {
        assert!(
            w[0].span.end <= w[1].span.start,
            "furniture out of order: {w:?}"
        );
    }
    for l in c
        .iter()
        .filter(|l| matches!(l.class, LineClass::Furniture(_)))
    {
        let t = l.line.trimmed(text);
        assert!(
            c.furniture.iter().any(|f| f.span.contains(t)),
            "furniture row {t:?} is in no furniture item"
        );
    }
    c
}

mod props {
    use super::check_invariants;
    use proptest::prelude::*;

    const PIECES: &[&str] = &[
        "a",
        "ö",
        "Å",
        "Ä",
        "Ö",
        "å",
        "ä",
        "e",
        "1",
        "2",
        "0",
        "9",
        "12",
        "176",
        "§",
        "§§",
        " ",
        "  ",
        ".",
        ",",
        ":",
        "/",
        "-",
        "–",
        "\u{a0}",
        "\u{ad}",
        "\n",
        "\n",
        "\n",
        "\r\n",
        "\r",
        "\u{c}",
        "\t",
        "(",
        ")",
        "$",
        "S ",
        "Kf ",
        "KS ",
        "Sn ",
        "Beslut",
        "Ärendet",
        "Beslutsunderlag",
        "Protokollsutdrag",
        "Sammanträdesdatum",
        "2020-12-15",
        "Socialnämnden",
        "Sida ",
        "av ",
        "........",
        "____",
        "Justerandes sign",
        "Utdragsbestyrkande",
        "Plats och tid",
        "Paragrafer",
        "Innehållsförteckning",
        "1. ",
        "- ",
        "\u{f0b7} ",
        "kap ",
        "Dnr ",
        "s förslag till beslut",
        "Reservation",
        "I",
        "att ",
        "pdf",
        "a)",
    ];

    fn swedish() -> impl Strategy<Value = String> {
        prop::collection::vec(prop::sample::select(PIECES), 0..300).prop_map(|v| v.concat())
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

        #[test]
        fn classify_never_panics_on_any_string(s in any::<String>()) {
            check_invariants(&s);
        }

        #[test]
        fn classify_never_panics_on_swedish(s in swedish()) {
            check_invariants(&s);
        }

        #[test]
        fn recognizers_never_panic(s in swedish()) {
            for line in s.split(['\n', '\r', '\u{c}']) {
                if let Some(h) = kommuntext::paragraph_heading(line) {
                    prop_assert!(h.label.get(line).is_some());
                    prop_assert!(h.title.map_or(true, |t| t.get(line).is_some()));
                }
                if let Some(h) = kommuntext::section_heading(line) {
                    prop_assert!(h.heading.get(line).is_some());
                    prop_assert!(h.organ.map_or(true, |t| t.get(line).is_some()));
                }
                if let Some(l) = kommuntext::label(line) {
                    prop_assert!(l.label.get(line).is_some());
                    prop_assert!(l.value.map_or(true, |t| t.get(line).is_some()));
                }
                let _ = kommuntext::furniture_line(line);
            }
        }
    }
}

/// Hostile inputs finish in time that grows linearly (generous bound: the
/// test fails only on something quadratic, which would take minutes).
#[test]
fn linear_on_hostile_inputs() {
    use std::time::{Duration, Instant};
    let inputs: Vec<(&str, String)> = vec![
        ("100,000 § lines", "§ 1\n".repeat(100_000)),
        ("1 MiB line", "Beslut ".repeat(1 << 17) + "§ 1 Budget"),
        ("1 MiB of a's", "a".repeat(1 << 20)),
        ("only newlines", "\n".repeat(500_000)),
        ("only form feeds", "\u{c}\n".repeat(200_000)),
        ("header on every line", "ÖSTBY KOMMUN   PROTOKOLL   Sida 1 (2)\n".repeat(50_000)),
        ("header block everywhere", "Protokollsutdrag\n\nSammanträdesdatum\n2020-12-15\n\nSocialnämnden\n\nDet här är en lång mening i brödtexten som slutar med punkt.\n\n".repeat(10_000)),
        ("header every page", "Socialnämnden Protokoll\n§ 1 Text\n\u{c}".repeat(50_000)),
        ("leaders", "§ 1 Titel ........................ 3\n".repeat(50_000)),
        ("dots without number", ".".repeat(1 << 20)),
    ];
    for (name, text) in &inputs {
        let t = Instant::now();
        let c = classify(text);
        let el = t.elapsed();
        assert!(!c.is_empty() || text.chars().all(|c| c == '\u{c}' || c == '\n'));
        assert!(
            el < Duration::from_secs(60),
            "{name}: {el:?} for {} bytes",
            text.len()
        );
    }
}

/// Facts known about each protocol fixture: file, the § numbers the first
/// pass finds (in the transcript, §§ 21 and 22 sit mid-line on page 2: the
/// flattened lines are split into segments first), furniture lines at
/// least, pages, section headings at least.
const FIXTURE_FACTS: &[(&str, &[u32], usize, usize, usize)] = &[
    ("bergsjo_sn_utdrag_2022.txt", &[61], 11, 1, 10),
    ("ekdalen_myn_2023_layout.txt", &[19, 20, 21], 12, 3, 11),
    (
        "ekhammar_bun_2016_crlf.txt",
        &[79, 80, 81, 82, 83],
        1,
        1,
        13,
    ),
    (
        "hagforsa_ks_2005_nosign.txt",
        &[141, 142, 143, 144, 145],
        7,
        1,
        6,
    ),
    (
        "hallefors_kf_2018_transcript.txt",
        &[21, 22, 23, 24, 25, 26, 27],
        2,
        1,
        13,
    ),
    ("lindasa_kf_2019_layout.txt", &[93, 94, 95, 96], 16, 4, 14),
    (
        "malaras_direktion_2024_noff.txt",
        &[7, 8, 9, 10, 11],
        9,
        1,
        11,
    ),
    (
        "nordana_rs_2022_labels_first.txt",
        &[212, 213, 214, 215, 216],
        0,
        1,
        13,
    ),
    (
        "norrby_ks_2021_reflowed.txt",
        &[45, 46, 47, 48, 49],
        16,
        4,
        10,
    ),
    ("odmark_kf_1987_ocr.txt", &[86, 87, 88, 88, 89, 90], 6, 2, 4),
    ("skogsaker_kf_1998_html.txt", &[12, 13, 14, 15], 7, 1, 10),
    (
        "tallbacka_ksau_2019_5dok.txt",
        &[84, 85, 86, 87, 88],
        16,
        1,
        9,
    ),
    ("vasterange_tn_2003_cp1252.txt", &[1, 2, 3, 4, 5], 8, 2, 8),
];

#[test]
fn fixtures_protokoll() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/protokoll");
    let mut names: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    names.sort();
    for path in &names {
        let text = std::fs::read_to_string(path).unwrap();
        assert!(
            (2000..=8500).contains(&text.len()),
            "{}: {} bytes",
            path.display(),
            text.len()
        );
        let c = check_invariants(&text);
        let name = path.file_name().unwrap().to_str().unwrap();
        if std::env::var("DUMP").is_ok_and(|d| name.starts_with(&d)) {
            for (l, d) in c.iter().zip(dump(&text, &c)) {
                println!(
                    "{:>3} p{} {:<70} | {}",
                    l.line.index,
                    l.line.page,
                    d.chars().take(70).collect::<String>(),
                    escape(l.text(&text)).chars().take(70).collect::<String>()
                );
            }
        }
        let paras = c.paragraph_headings().count();
        let _ = paras;
        let secs = c.section_headings().count();
        println!(
            "{name}: {} lines, {} pages, {paras} §, {secs} sections, {} furniture",
            c.len(),
            c.pages,
            c.furniture.len()
        );
        // Fixtures added later are measured by their `.facts` files
        // (tests/facts.rs); these first-pass checks stay as regressions.
        let facts = FIXTURE_FACTS.iter().find(|f| f.0 == name);
        if let Some(&(_, nums, f, pages, s)) = facts {
            let found: Vec<u32> = c.paragraph_headings().map(|(_, h)| h.number).collect();
            assert_eq!(found, nums, "{name}: § headings");
            assert!(
                c.furniture.len() >= f,
                "{name}: furniture {} < {f}",
                c.furniture.len()
            );
            assert_eq!(c.pages, pages, "{name}: pages");
            assert!(secs >= s, "{name}: sections {secs} < {s}");
        }
    }
    assert!(names.len() >= 12, "{} fixtures", names.len());
}

/// The customer's sample 004 (a protokollsutdrag): what the first pass must
/// hand the assembler for the acceptance criteria of issue 4.
#[test]
fn seed_004_first_pass() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/fixtures/seeds/004_cb73796813b91dbf.txt"
    );
    let owned = std::fs::read_to_string(path).unwrap();
    let text = owned.as_str();
    let c = check_invariants(text);
    let nums: Vec<u32> = c.paragraph_headings().map(|(_, h)| h.number).collect();
    assert_eq!(nums, [176]);
    let kinds: Vec<_> = c.section_headings().map(|(_, h)| h.kind).collect();
    use kommuntext::SectionKind as K;
    assert_eq!(
        kinds,
        [
            K::Decision,
            K::Description,
            K::DecisionBasis,
            K::Distribution
        ]
    );
    let furniture: Vec<&str> = c.furniture.iter().map(|f| &text[f.span]).collect();
    assert_eq!(
        furniture,
        [
            "Protokollsutdrag",
            "Sammanträdesdatum",
            "2020-12-15",
            "Socialnämnden",
            "Exp / 2020"
        ]
    );
    use kommuntext::FurnitureKind as F;
    let fk: Vec<F> = c.furniture.iter().map(|f| f.kind).collect();
    assert_eq!(
        fk,
        [
            F::PageHeader,
            F::PageHeader,
            F::PageHeader,
            F::PageHeader,
            F::Other
        ]
    );
    let numbered = c
        .iter()
        .filter(|l| matches!(l.class, LineClass::ListItem(i) if matches!(i.marker, ListMarker::Numbered(_))))
        .count();
    assert_eq!(numbered, 7);
    let plain: Vec<&str> = c
        .iter()
        .filter_map(|l| match l.class {
            LineClass::ListItem(i) if i.marker == ListMarker::Plain => Some(&text[i.body]),
            _ => None,
        })
        .collect();
    assert_eq!(
        plain,
        [
            "Målbild för Nära Vård 2030",
            "Avsiktsförklaring Nära Vård",
            "Programdirektiv Nära Vård",
            "Vision 2025",
            "KS",
            "Övriga nämnder",
        ]
    );
    // The body around the lost page break stays text.
    let texts: Vec<&str> = c
        .iter()
        .filter(|l| l.class == LineClass::Text)
        .map(|l| l.text(text))
        .collect();
    assert!(texts
        .iter()
        .any(|t| t.starts_with("Det är helt nödvändigt")));
    assert!(texts
        .iter()
        .any(|t| t.starts_with("En förutsättning för god samverkan")));
}

/// The customer's sample 000 (a tjänsteskrivelse): header labels, sections,
/// recipients, and a signature block that is not a recipient.
#[test]
fn seed_000_first_pass() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/fixtures/seeds/000_b640cc7502d13700.txt"
    );
    let owned = std::fs::read_to_string(path).unwrap();
    let text = owned.as_str();
    let c = check_invariants(text);
    use kommuntext::{LabelKind as L, SectionKind as K};
    let labels: Vec<(L, Option<&str>)> = c
        .iter()
        .filter_map(|l| match l.class {
            LineClass::Label(x) => Some((x.kind, x.value.map(|v| &text[v]))),
            _ => None,
        })
        .collect();
    assert_eq!(
        labels,
        [
            (L::Date, Some("2021-12-01")),
            (L::Officer, Some("Elisabeth Olsson")),
            (L::Phone, None),
            (L::CaseNumber, Some("2021.231 VON")),
        ]
    );
    let kinds: Vec<_> = c.section_headings().map(|(_, h)| h.kind).collect();
    assert_eq!(
        kinds,
        [
            K::Description,
            K::Preparation,
            K::Economy,
            K::Proposal,
            K::Distribution
        ]
    );
    assert!(c.furniture.is_empty());
    assert_eq!(c.paragraph_headings().count(), 0);
    let plain: Vec<&str> = c
        .iter()
        .filter_map(|l| match l.class {
            LineClass::ListItem(i) if i.marker == ListMarker::Plain => Some(&text[i.body]),
            _ => None,
        })
        .collect();
    assert_eq!(plain, ["Barn-och ungdomsnämnden", "Socialnämnden"]);
}

/// Two-column front-page lines hold several label–value pairs.
#[test]
fn labels_in_columns() {
    type Pairs = &'static [(&'static str, Option<&'static str>)];
    let cases: &[(&str, Pairs)] = &[
        (
            "Underskrifter                 Sekreterare        ..........................",
            &[("Underskrifter", None), ("Sekreterare", None)],
        ),
        (
            "Organ   Socialnämnden      Sammanträdesdatum   2020-12-15",
            &[
                ("Organ", Some("Socialnämnden")),
                ("Sammanträdesdatum", Some("2020-12-15")),
            ],
        ),
        (
            "Plats och tid    Stadshuset,   kl 13.00",
            &[("Plats och tid", Some("Stadshuset,   kl 13.00"))],
        ),
        ("Ärendet är enkelt", &[]),
        // `Närvarorätt` titles the people with the right to attend.
        (
            "Närvarorätt     Anna Ek, kommunchef",
            &[("Närvarorätt", Some("Anna Ek, kommunchef"))],
        ),
        ("Dnr.   KS 2019/12", &[("Dnr.", Some("KS 2019/12"))]),
    ];
    for (line, want) in cases {
        let got: Vec<(&str, Option<&str>)> = labels(line)
            .map(|l| (&line[l.label], l.value.map(|v| &line[v])))
            .collect();
        assert_eq!(&got, want, "{line}");
    }
}

/// Throughput of the first pass over the fixture corpus repeated to 8 MiB.
/// Run with `cargo test --release -- --ignored first_pass_throughput --nocapture`.
#[test]
#[ignore]
fn first_pass_throughput() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/protokoll");
    let mut corpus = String::new();
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    paths.sort();
    for p in paths {
        corpus.push_str(&std::fs::read_to_string(p).unwrap());
        corpus.push('\u{c}');
    }
    let mut text = String::new();
    while text.len() < 8 << 20 {
        text.push_str(&corpus);
    }
    let _ = classify(&corpus);
    if std::env::var("PERF").is_ok() {
        for _ in 0..5 {
            let _ = classify(&text);
        }
        return;
    }
    let t = std::time::Instant::now();
    let f = find_furniture(&text);
    println!("furniture alone: {} in {:?}", f.len(), t.elapsed());
    let t = std::time::Instant::now();
    let n: usize = text
        .lines()
        .filter(|l| paragraph_heading(l).is_some())
        .count();
    println!("paragraph_heading on every line: {n} in {:?}", t.elapsed());
    let t = std::time::Instant::now();
    let n: usize = text
        .lines()
        .filter(|l| section_heading(l).is_some())
        .count();
    println!("section_heading on every line: {n} in {:?}", t.elapsed());
    let t = std::time::Instant::now();
    let n: usize = text.lines().filter(|l| label(l).is_some()).count();
    println!("label on every line: {n} in {:?}", t.elapsed());
    let t = std::time::Instant::now();
    let n: usize = text
        .lines()
        .filter(|l| kommuntext::furniture_line(l).is_some())
        .count();
    println!("furniture_line on every line: {n} in {:?}", t.elapsed());
    let t = std::time::Instant::now();
    let c = classify(&text);
    let el = t.elapsed();
    println!(
        "{} bytes, {} lines, {} § headings in {el:?}: {:.1} MB/s",
        text.len(),
        c.len(),
        c.paragraph_headings().count(),
        text.len() as f64 / 1e6 / el.as_secs_f64()
    );
}

/// The JSON names of the kinds are the output contract's words.
#[test]
fn kinds_serialize_as_in_the_contract() {
    use kommuntext::{FurnitureKind as F, SectionKind as K};
    let sections = [
        (K::Description, "ärendebeskrivning"),
        (K::Summary, "sammanfattning"),
        (K::Background, "bakgrund"),
        (K::Preparation, "beredning"),
        (K::Assessment, "bedömning"),
        (K::Economy, "ekonomi"),
        (K::DecisionBasis, "beslutsunderlag"),
        (K::Proposal, "förslag_till_beslut"),
        (K::Motions, "yrkanden"),
        (K::Procedure, "beslutsgång"),
        (K::Vote, "omröstning"),
        (K::Decision, "beslut"),
        (K::Reservation, "reservation"),
        (K::ProtocolNote, "protokollsanteckning"),
        (K::Disqualification, "jäv"),
        (K::Distribution, "expediering"),
        (K::Other, "övrigt"),
    ];
    for (k, name) in sections {
        assert_eq!(k.as_str(), name);
        assert_eq!(serde_json::to_string(&k).unwrap(), format!("\"{name}\""));
        assert_eq!(
            serde_json::from_str::<K>(&format!("\"{name}\"")).unwrap(),
            k
        );
    }
    for (k, name) in [
        (F::PageHeader, "page_header"),
        (F::PageFooter, "page_footer"),
        (F::PageNumber, "page_number"),
        (F::SignatureBox, "signature_box"),
        (F::Other, "other"),
    ] {
        assert_eq!(k.as_str(), name);
        assert_eq!(serde_json::to_string(&k).unwrap(), format!("\"{name}\""));
    }
    let f = kommuntext::find_furniture("Sida 1 (2)");
    assert_eq!(
        serde_json::to_string(&f).unwrap(),
        r#"[{"kind":"page_number","span":[0,10]}]"#
    );
}

mod mutations {
    use super::check_invariants;
    use proptest::prelude::*;

    fn fixture_texts() -> Vec<String> {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/protokoll");
        let mut paths: Vec<_> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .collect();
        paths.sort();
        paths
            .iter()
            .map(|p| std::fs::read_to_string(p).unwrap())
            .collect()
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

        /// Fixtures with lines shuffled, deleted, duplicated or truncated keep
        /// every guarantee of the first pass.
        #[test]
        fn mutated_fixtures_keep_invariants(
            which in 0usize..13,
            ops in prop::collection::vec((0u8..4, any::<prop::sample::Index>(), any::<prop::sample::Index>()), 0..40),
        ) {
            let texts = fixture_texts();
            let text = &texts[which % texts.len()];
            let mut lines: Vec<String> = text.split_inclusive('\n').map(String::from).collect();
            for (op, a, b) in ops {
                if lines.is_empty() {
                    break;
                }
                let i = a.index(lines.len());
                match op {
                    0 => {
                        let j = b.index(lines.len());
                        lines.swap(i, j);
                    }
                    1 => {
                        lines.remove(i);
                    }
                    2 => {
                        let l = lines[i].clone();
                        lines.insert(i, l);
                    }
                    _ => {
                        let l = &lines[i];
                        let cut = b.index(l.len() + 1);
                        let cut = (0..=cut).rev().find(|&c| l.is_char_boundary(c)).unwrap_or(0);
                        lines[i] = l[..cut].to_string();
                    }
                }
            }
            check_invariants(&lines.concat());
        }
    }
}

/// Every vocabulary form of `furniture_line` that is read from the
/// lower-cased line, in upper, lower and title case: the two-letter gate in
/// front of the lower-casing lets each through, and ordinary lines that
/// start with the same letters are not furniture.
#[test]
fn furniture_vocabulary_in_every_case() {
    use kommuntext::{furniture_line, FurnitureKind};
    let sig = Some(FurnitureKind::SignatureBox);
    let other = Some(FurnitureKind::Other);
    for (line, want) in [
        ("justerandes signatur", sig),
        ("JUSTERANDES SIGN", sig),
        ("Utdragsbestyrkande", sig),
        ("Ordf sign", sig),
        ("Exp. 2020-12-18", other),
        ("EXPEDIERAT 2019-05-03", other),
        ("Ladda ner", other),
        ("No results found", other),
        ("Copied!", other),
        ("Din position: Start", other),
        ("Justerandes sign     Utdragsbestyrkande", sig),
        ("Justering av protokollet", None),
        ("Ordförande", None),
        ("Expedieras till KS", None),
        ("Övriga närvarande", None),
    ] {
        assert_eq!(furniture_line(line), want, "{line:?}");
    }
}
