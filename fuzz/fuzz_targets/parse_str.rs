//! `parse` on any text: spans in bounds and on char boundaries, paragraphs
//! ordered and not overlapping, headings and labels slice back to what they
//! claim.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    kommuntext_fuzz_check(text);
});

fn kommuntext_fuzz_check(text: &str) {
    let doc = kommuntext::parse(text);
    let ok = |s: kommuntext::Span| s.start <= s.end && text.get(s.range()).is_some();
    let mut prev = 0;
    for p in &doc.paragraphs {
        assert!(ok(p.span) && p.span.start >= prev, "paragraph span {:?}", p.span);
        prev = p.span.end;
        assert!(text[p.span].contains(p.label.as_ref()));
        for s in &p.sections {
            assert!(ok(s.span) && ok(s.heading_span));
            assert_eq!(&text[s.heading_span], s.heading.as_ref());
        }
        for c in &p.case_numbers {
            assert!(ok(c.span));
        }
        for d in &p.decisions {
            assert!(ok(d.span));
            for i in &d.items {
                assert!(ok(i.span));
            }
        }
        for v in &p.votes {
            assert!(ok(v.span));
            for b in &v.roll_call {
                assert!(ok(b.span) && p.span.contains(b.span), "ballot {b:?}");
                assert!(text[b.span].contains(b.name.as_ref()), "ballot {b:?}");
            }
        }
        for m in &p.motions {
            assert!(ok(m.span));
            for x in &m.people {
                assert!(ok(x.span) && text[x.span] == *x.name);
            }
        }
    }
    for x in &doc.people {
        assert!(ok(x.span));
        assert!(!x.name.contains('§'), "person {x:?}");
        for r in &x.presence {
            assert!(ok(r.span), "presence {r:?}");
            assert!(r.from.is_none() || r.to.is_none() || r.from <= r.to, "presence {r:?}");
        }
    }
    let mut prev = 0;
    for f in &doc.furniture {
        assert!(ok(f.span) && f.span.start >= prev, "furniture {:?}", f.span);
        prev = f.span.end;
    }
    for c in &doc.case_numbers {
        assert!(ok(c.span) && text[c.span] == c.text, "case number {c:?}");
    }
    // The first pass: rows tile the text, in order.
    let c = kommuntext::classify(text);
    let mut at = 0;
    for l in c.iter() {
        assert_eq!(l.line.full.start, at);
        assert!(l.line.full.contains(l.line.span) && ok(l.line.span));
        at = l.line.full.end;
    }
    assert!(text[at..].chars().all(|c| c == '\u{c}'));
    for d in &doc.diagnostics {
        assert!(ok(d.span));
    }
    for t in &doc.toc {
        assert!(ok(t.span));
    }
    for e in &doc.kind_evidence {
        assert!(ok(e.span));
    }
}
