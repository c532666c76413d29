//! Peak memory while parsing, measured with a counting global allocator.
//! This is its own test binary: a global allocator counts every thread of
//! the process, and the other tests run in parallel in the main binary.
//!
//! Issue 7 asks for at most 4× the input plus a constant. Today the parse
//! peaks at about 7× on real documents: the first pass keeps a 160-byte
//! `ClassifiedLine` for every line (37 bytes on average in the fixtures).
//! Memory is linear in bytes and in lines: a text of only line breaks
//! peaks near 250 bytes per line, § headings in a row near 480, `Dnr` lines near 790. Until the line table is compacted or
//! streamed, this test guards the measured bounds (`RATIO` per byte,
//! `PER_LINE` per line) so memory cannot grow further unnoticed, and a
//! superlinear path fails it; lower them with the fix.

#[path = "common/hostile.rs"]
mod families;

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering};

struct Counting;

static CURRENT: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let p = unsafe { System.alloc(layout) };
        if !p.is_null() {
            let now = CURRENT.fetch_add(layout.size(), Ordering::Relaxed) + layout.size();
            PEAK.fetch_max(now, Ordering::Relaxed);
        }
        p
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { System.dealloc(ptr, layout) };
        CURRENT.fetch_sub(layout.size(), Ordering::Relaxed);
    }
}

#[global_allocator]
static ALLOC: Counting = Counting;

/// Bytes allocated at the peak of `f`, above what was live before it.
fn peak_of(f: impl FnOnce()) -> usize {
    let base = CURRENT.load(Ordering::Relaxed);
    PEAK.store(base, Ordering::Relaxed);
    f();
    PEAK.load(Ordering::Relaxed) - base
}

const CONSTANT: usize = 1 << 20;
/// The bound this test enforces, per input byte; issue 7's target is 4.
const RATIO: usize = 9;
/// Per line, for texts of many short lines: a line record costs about
/// 250 bytes, a line that is a whole § (`§ 1`, `§ 2`, …) about 480 with its
/// `Paragraph`, a labelled diarienummer line about 790 with its
/// `CaseNumber` (three strings).
const PER_LINE: usize = 1000;

#[test]
fn parse_peak_memory_stays_within_the_measured_bound() {
    let mut inputs: Vec<(String, String)> = Vec::new();
    // The largest fixtures, and all of them in one text.
    let mut all = String::new();
    for dir in [
        "protokoll",
        "tjansteskrivelse",
        "kallelse",
        "traps",
        "seeds",
    ] {
        let d = format!("{}/fixtures/{dir}", env!("CARGO_MANIFEST_DIR"));
        for e in std::fs::read_dir(d).unwrap() {
            let p = e.unwrap().path();
            if p.extension().is_some_and(|x| x == "txt") {
                let t = std::fs::read_to_string(&p).unwrap();
                all.push_str(&t);
                inputs.push((p.display().to_string(), t));
            }
        }
    }
    inputs.sort_by_key(|(_, t)| std::cmp::Reverse(t.len()));
    inputs.truncate(5);
    inputs.push(("all fixtures".into(), all));
    for (name, make) in families::FAMILIES {
        inputs.push(((*name).into(), make(256 << 10)));
    }
    // Compile the lazy static regexes and tables first: a one-time cost of
    // the process, not of a document.
    for (_, text) in &inputs {
        std::hint::black_box(kommuntext::parse(text).paragraphs.len());
    }
    let mut report = Vec::new();
    for (name, text) in &inputs {
        let peak = peak_of(|| {
            let doc = kommuntext::parse(text);
            std::hint::black_box(doc.paragraphs.len());
        });
        let ratio = peak as f64 / text.len() as f64;
        report.push(format!(
            "{name:<40} {:>9} bytes  peak {:>10} bytes  ×{ratio:.2}",
            text.len(),
            peak
        ));
        let lines = text.bytes().filter(|&b| b == b'\n').count() + 1;
        // Real documents: per byte. Hostile families: per byte and per line.
        let hostile = families::FAMILIES.iter().any(|(n, _)| n == name);
        let bound = if hostile {
            PER_LINE * lines + RATIO * text.len() + CONSTANT
        } else {
            RATIO * text.len() + CONSTANT
        };
        assert!(
            peak <= bound,
            "{name}: peak {peak} for {} bytes in {lines} lines\n{}",
            text.len(),
            report.join("\n")
        );
    }
    println!("{}", report.join("\n"));
}
