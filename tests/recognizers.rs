//! Recognizers for diarienummer, dates/times and references: spec files,
//! properties and bad input.

use crate::support::spec::{self, Example};
use kommuntext::{
    find_case_number_matches, find_dates, find_references, find_times, parse_case_number,
    CaseNumber, Diagnostic, Reference, Span,
};
use proptest::prelude::*;

fn opt<T: ToString>(v: &Option<T>) -> String {
    v.as_ref().map_or_else(|| "-".to_owned(), T::to_string)
}

fn diag_line(text: &str, d: &Diagnostic) -> String {
    format!("diag {} \"{}\"", d.code, &text[d.span])
}

/// `dnr "KS 2019/0057" prefix=KS year=2019 serial=0057 suffix=- [labelled]`
fn render_case_numbers(text: &str) -> Vec<String> {
    let (found, diags) = find_case_number_matches(text);
    let mut lines: Vec<String> = found
        .iter()
        .map(|m| {
            let c = &m.case_number;
            assert_eq!(&text[c.span], c.text, "span does not slice to text");
            // The single-candidate parser agrees with the finder.
            let alone = parse_case_number(&c.text)
                .unwrap_or_else(|e| panic!("{:?} found but does not parse alone: {e}", c.text));
            assert_eq!(
                (&alone.prefix, alone.year, &alone.serial, &alone.suffix),
                (&c.prefix, c.year, &c.serial, &c.suffix),
                "{:?}",
                c.text
            );
            format!(
                "dnr \"{}\" prefix={} year={} serial={} suffix={}{}",
                c.text,
                opt(&c.prefix),
                opt(&c.year),
                c.serial,
                opt(&c.suffix),
                if m.labelled { " labelled" } else { "" }
            )
        })
        .collect();
    lines.extend(diags.iter().map(|d| diag_line(text, d)));
    lines
}

/// `date 2019-06-09 "den 9 juni 2019"`, `time 08:30-14:20 "kl. 08.30–14.20"`
fn render_dates(text: &str) -> Vec<String> {
    let (dates, d1) = find_dates(text);
    let (times, d2) = find_times(text);
    let mut items: Vec<(Span, String)> = dates
        .iter()
        .map(|d| (d.span, format!("date {} \"{}\"", d.date, &text[d.span])))
        .collect();
    items.extend(times.iter().map(|t| {
        let v = match t.end {
            Some(e) => format!("{}-{}", t.start, e),
            None => t.start.to_string(),
        };
        (t.span, format!("time {v} \"{}\"", &text[t.span]))
    }));
    items.sort_by_key(|(s, _)| (s.start, s.end));
    let mut lines: Vec<String> = items.into_iter().map(|(_, l)| l).collect();
    let mut diags: Vec<&Diagnostic> = d1.iter().chain(d2.iter()).collect();
    diags.sort_by_key(|d| (d.span.start, d.span.end));
    lines.extend(diags.iter().map(|d| diag_line(text, d)));
    lines
}

/// `ref law "5 kap. 23 § kommunallagen" law=kommunallagen chapter=5 section=23`
fn render_ref(text: &str, r: &Reference) -> String {
    assert_eq!(&text[r.span], r.text);
    let mut s = format!("ref {} \"{}\"", r.kind.as_str(), r.text);
    let fields: [(&str, Option<String>); 10] = [
        ("law", r.law.clone()),
        ("chapter", r.chapter.clone()),
        ("section", r.section.clone()),
        ("sfs", r.sfs.clone()),
        ("series", r.series.clone()),
        ("number", r.number.clone()),
        ("organ", r.organ.clone()),
        ("date", r.date.map(|d| d.to_string())),
        ("paragraph", r.paragraph.map(|d| d.to_string())),
        ("year", r.year.map(|d| d.to_string())),
    ];
    for (k, v) in fields {
        if let Some(v) = v {
            s.push_str(&format!(" {k}={v}"));
        }
    }
    s
}

fn render_references(text: &str) -> Vec<String> {
    find_references(text)
        .iter()
        .map(|r| render_ref(text, r))
        .collect()
}

/// Runs every example; reports all failures with their origin.
fn run_spec(prefix: &str, render: fn(&str) -> Vec<String>) -> usize {
    let examples: Vec<Example> = spec::read_all(prefix);
    let mut failures = Vec::new();
    for ex in &examples {
        let got = render(&ex.input);
        let want: Vec<String> = if ex.expected == ["none"] {
            Vec::new()
        } else {
            ex.expected.clone()
        };
        if got != want {
            failures.push(format!(
                "{}: input \"{}\"\n  expected: {:?}\n  got:      {:?}",
                ex.origin,
                spec::escape(&ex.input),
                want,
                got
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} examples failed:\n{}",
        failures.len(),
        examples.len(),
        failures.join("\n")
    );
    examples.len()
}

#[test]
fn spec_case_numbers() {
    run_spec("case_numbers", render_case_numbers);
}

#[test]
fn spec_dates() {
    run_spec("dates", render_dates);
}

#[test]
fn spec_references() {
    run_spec("references", render_references);
}

#[test]
fn spec_has_at_least_300_examples() {
    let n: usize = ["case_numbers", "dates", "references"]
        .iter()
        .map(|p| spec::read_all(p).len())
        .sum();
    assert!(n >= 300, "only {n} spec examples");
}

#[test]
fn parse_single_candidates() {
    let c = parse_case_number("KS 2019/0057").unwrap();
    assert_eq!(c.span, Span::new(0, 12));
    assert_eq!(c.serial, "0057");
    let c: CaseNumber = "  Dnr: 2019/KS 0123 001 ".parse().unwrap();
    assert_eq!(c.text, "2019/KS 0123 001");
    assert_eq!(c.suffix.as_deref(), Some("001"));
    assert!(parse_case_number("KS 2019/57 och mer").is_err());
    assert!(parse_case_number("SOU 2019:114").is_err());
    assert!(parse_case_number("Dnr").is_err());
    // A label trusts shapes that running text does not.
    assert_eq!(parse_case_number("31/19").unwrap().year, Some(2019));
}

#[test]
fn dates_and_times_values() {
    use kommuntext::{Date, Time};
    assert_eq!(Date::new(2019, 12, 4).unwrap().weekday(), 2);
    assert_eq!(Date::new(2000, 1, 1).unwrap().weekday(), 5);
    // Fields are public: odd values must not panic.
    let odd = Date {
        year: 0,
        month: 0,
        day: 0,
    };
    let _ = odd.weekday();
    assert_eq!(
        "2020-02-29".parse::<Date>().unwrap().to_string(),
        "2020-02-29"
    );
    assert!("2019-2-28".parse::<Date>().is_err());
    assert!("24:01".parse::<Time>().is_err());
}

#[cfg(feature = "serde")]
#[test]
fn json_shapes() {
    let text = "Dnr SN/2020:223";
    let (c, _) = kommuntext::find_case_numbers(text);
    let j = serde_json::to_string(&c[0]).unwrap();
    assert_eq!(
        j,
        r#"{"text":"SN/2020:223","prefix":"SN","year":2020,"serial":"223","suffix":null,"span":[4,15]}"#
    );
    let back: CaseNumber = serde_json::from_str(&j).unwrap();
    assert_eq!(back, c[0]);
    let r = &find_references("SOU 2017:114")[0];
    let j = serde_json::to_value(r).unwrap();
    assert_eq!(j["kind"], "government_document");
    let keys: Vec<&str> = j.as_object().unwrap().keys().map(|k| k.as_str()).collect();
    assert_eq!(keys.len(), 13);
    let (d, _) = find_dates("den 9 juni 2019");
    assert_eq!(
        serde_json::to_string(&d[0]).unwrap(),
        r#"{"date":"2019-06-09","span":[0,15]}"#
    );
}

// --- Guarantees on any input -----------------------------------------------

fn check_spans(text: &str, spans: &[Span]) {
    let mut last = 0;
    for s in spans {
        assert!(s.start >= last, "overlap or disorder at {s:?} in {text:?}");
        assert!(s.start < s.end, "empty span {s:?}");
        assert!(s.get(text).is_some(), "span {s:?} not on char boundaries");
        last = s.end;
    }
}

fn check_all(text: &str) {
    let (c, d) = find_case_number_matches(text);
    let spans: Vec<Span> = c.iter().map(|m| m.case_number.span).collect();
    check_spans(text, &spans);
    for m in &c {
        assert_eq!(&text[m.case_number.span], m.case_number.text);
    }
    for x in &d {
        assert!(x.span.get(text).is_some());
    }
    let (dates, d) = find_dates(text);
    check_spans(text, &dates.iter().map(|x| x.span).collect::<Vec<_>>());
    for x in &d {
        assert!(x.span.get(text).is_some());
    }
    let (times, d) = find_times(text);
    check_spans(text, &times.iter().map(|x| x.span).collect::<Vec<_>>());
    for x in &d {
        assert!(x.span.get(text).is_some());
    }
    let refs = find_references(text);
    check_spans(text, &refs.iter().map(|x| x.span).collect::<Vec<_>>());
    for r in &refs {
        assert_eq!(&text[r.span], r.text);
    }
}

fn swedish() -> impl Strategy<Value = String> {
    let atoms = prop::sample::select(vec![
        "a", "k", "s", "d", "n", "r", "D", "K", "S", "B", "U", "N", "å", "ä", "ö", "Å", "Ä", "Ö",
        "0", "1", "2", "9", "19", "20", "2019", "§", ".", ",", ":", "/", "-", "–", " ", "\u{a0}",
        "\u{ad}", "\r\n", "\n", "\u{c}", "(", ")", "kap", "kl", "den", "juni", "Dnr", "SOU",
        "Prop", "KS", "maj",
    ]);
    prop::collection::vec(atoms, 0..40).prop_map(|v| v.concat())
}

const VOCABULARY: &[&str] = &[
    "sou", "sfs", "prop", "ds", "dir", "bet", "rskr", "kv", "nr", "sid", "sida", "tel", "art",
    "kl", "kap", "om", "en", "ett", "av", "den", "det", "de", "och", "att", "som", "för", "vid",
    "med", "på", "år", "är", "var", "nu", "se", "ny", "nya", "del", "ca", "bil", "jan", "feb",
    "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec", "st", "kr", "mkr", "tkr",
    "ex", "dag", "nej", "ja", "dnr", "till", "mål",
];

/// Components of a case number and a text in one of the known shapes.
fn case_number_text() -> impl Strategy<Value = String> {
    // Organ codes; words that are series, units or Swedish words are not.
    let org = prop_oneof![
        "[A-ZÅÄÖ]{2,5}".prop_filter("vocabulary", |o| !VOCABULARY
            .contains(&o.to_lowercase().as_str())),
        prop::sample::select(vec!["Ks", "Kst", "Tn", "Sn", "Kf", "Bun", "Mn", "Ön"])
            .prop_map(str::to_owned),
    ];
    let year = 1990u16..2040;
    let serial = "[0-9]{1,5}";
    let class = "[0-9]{2,3}";
    (org, year, serial, class, 0usize..12).prop_map(|(o, y, s, c, shape)| {
        let yy = y % 100;
        match shape {
            0 => format!("{o} {y}/{s}"),
            1 => format!("{o}/{y}:{s}"),
            2 => format!("{y}/{o} {s} {c}"),
            3 => format!("{o} {yy:02}-{s} {c}"),
            4 => format!("{o}.{y}.{s}"),
            5 => format!("{y}/{s} {o} - {c}"),
            6 => format!("{o}-{y}/{s}"),
            7 => format!("{o}-{y}-{s}"),
            8 => format!("{y}.{s} {o}"),
            9 => format!("{o}/{s}/{y}"),
            10 => format!("{yy:02}/{o} {s}"),
            _ => format!("0{s}/{yy:02} - {c}"),
        }
    })
}

proptest! {
    // PROPTEST_CASES=20000 for a longer run.
    #![proptest_config(ProptestConfig::with_cases(
        std::env::var("PROPTEST_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(512)
    ))]

    #[test]
    fn display_parse_round_trip(text in case_number_text()) {
        let parsed = parse_case_number(&text);
        prop_assert!(parsed.is_ok(), "{text:?} did not parse: {parsed:?}");
        let c = parsed.unwrap();
        prop_assert_eq!(&c.text, &text);
        let again: CaseNumber = c.to_string().parse().unwrap();
        prop_assert_eq!(again, c);
    }

    #[test]
    fn found_in_running_text(text in case_number_text()) {
        let doc = format!("Ärendet ({text}) bereds.");
        let (found, _) = find_case_number_matches(&doc);
        prop_assert_eq!(found.len(), 1, "{:?}", doc);
        prop_assert_eq!(&found[0].case_number.text, &text);
    }

    #[test]
    fn finders_never_panic_on_any_string(text in any::<String>()) {
        check_all(&text);
    }

    #[test]
    fn finders_never_panic_on_swedish(text in swedish()) {
        check_all(&text);
    }
}

// --- Bad input stays linear --------------------------------------------------

fn timed(text: &str) -> std::time::Duration {
    let t = std::time::Instant::now();
    check_all(text);
    t.elapsed()
}

#[test]
fn pathological_inputs_are_linear() {
    for unit in [
        "2019/",
        "§ ",
        "7",
        "KS 2019/1 ",
        "1 kap. ",
        "den 1 ",
        "13.00-",
        "Dnr ",
        "(2019:1)",
        "a/",
        "2019 - ",
    ] {
        let small = unit.repeat((1 << 20) / unit.len());
        let big = unit.repeat((1 << 22) / unit.len());
        let t_small = timed(&small).as_secs_f64().max(1e-3);
        let t_big = timed(&big).as_secs_f64();
        // 4x the input; allow generous noise, but not quadratic (16x).
        assert!(
            t_big < t_small * 10.0 + 0.2,
            "{unit:?}: {t_small:.3}s for 1 MiB, {t_big:.3}s for 4 MiB"
        );
    }
}
