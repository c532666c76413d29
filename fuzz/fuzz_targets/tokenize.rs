//! Tokens are contiguous, lossless, on char boundaries; the fast path
//! agrees with the reference path; sentences partition the input.
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
    let mut pos = 0;
    for s in kommuntext::sentences(text) {
        assert_eq!(s.start, pos);
        assert!(s.end > s.start && text.is_char_boundary(s.end));
        pos = s.end;
    }
    assert_eq!(pos, text.len());
});
