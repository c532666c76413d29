//! Dates, times and references: ordered, non-overlapping spans that slice
//! back to the text; every date found is a real calendar date.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let (dates, diags) = kommuntext::find_dates(text);
    let mut prev = 0;
    for d in &dates {
        assert!(d.span.start >= prev && text.get(d.span.range()).is_some());
        prev = d.span.end;
        let again: kommuntext::Date = d.date.to_string().parse().expect("ISO date parses back");
        assert_eq!(again, d.date);
    }
    for d in &diags {
        assert!(text.get(d.span.range()).is_some());
    }
    let (times, _) = kommuntext::find_times(text);
    let mut prev = 0;
    for t in &times {
        assert!(t.span.start >= prev && text.get(t.span.range()).is_some());
        prev = t.span.end;
    }
    let mut prev = 0;
    for r in kommuntext::find_references(text) {
        assert!(r.span.start >= prev && text.get(r.span.range()).is_some());
        prev = r.span.end;
    }
});
