//! Case numbers: the finders give ordered, non-overlapping spans that slice
//! back to the text; a parsed case number displays and parses back to itself.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let (found, diags) = kommuntext::find_case_numbers(text);
    let mut prev = 0;
    for c in &found {
        assert!(c.span.start >= prev && text.get(c.span.range()).is_some());
        prev = c.span.end;
    }
    for d in &diags {
        assert!(text.get(d.span.range()).is_some());
    }
    if let Ok(c) = kommuntext::parse_case_number(text) {
        let again = kommuntext::parse_case_number(&c.to_string()).expect("Display parses back");
        assert_eq!((&again.text, &again.prefix, again.year, &again.serial, &again.suffix), (&c.text, &c.prefix, c.year, &c.serial, &c.suffix));
    }
});
