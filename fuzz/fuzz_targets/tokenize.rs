//! Tokens are contiguous, lossless, on char boundaries; the fast path
//! agrees with the reference path, by `next` and by `fold`; sentences
//! partition the input.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let mut pos = 0;
    let tokens: Vec<_> = kommuntext::tokenize(text).collect();
    for t in &tokens {
        assert_eq!(t.span.start, pos, "gap before {t:?}");
        assert!(t.span.end > t.span.start && text.is_char_boundary(t.span.end));
        let _ = t.normalized(text);
        pos = t.span.end;
    }
    assert_eq!(pos, text.len());
    let reference: Vec<_> = kommuntext::tokenize_reference(text).collect();
    assert_eq!(tokens, reference);
    // `fold` (for_each, count) has its own loop over the fast path.
    let mut folded = Vec::new();
    kommuntext::tokenize(text).for_each(|t| folded.push(t));
    assert_eq!(folded, reference);
    let mut pos = 0;
    for s in kommuntext::sentences(text) {
        assert_eq!(s.start, pos);
        assert!(s.end > s.start && text.is_char_boundary(s.end));
        pos = s.end;
    }
    assert_eq!(pos, text.len());
});
