//! From bytes through the decoding step, as the CLI reads files: decoding
//! never fails, its diagnostics point into the decoded text, and the parse
//! of that text keeps its invariants.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    let _ = kommuntext::looks_binary(bytes);
    let d = kommuntext::decode(bytes);
    for diag in &d.diagnostics {
        assert!(d.text.get(diag.span.range()).is_some());
    }
    let doc = kommuntext::parse(&d.text);
    for p in &doc.paragraphs {
        assert!(d.text.get(p.span.range()).is_some());
    }
    for label in ["windows-1252", "cp850", "utf-16le", "macintosh"] {
        let _ = kommuntext::decode_with(bytes, label);
    }
});
