//! Peak memory while parsing, measured with a counting global allocator.
//! This is its own test binary: a global allocator counts every thread of
//! the process, and the other tests run in parallel in the main binary.
//!
//! Issue 7 asks for at most 4× the input plus a constant, over the largest
//! fixtures and the hostile families; this test enforces exactly that
//! (`RATIO` = 4, `CONSTANT` = 64 KiB, the families at 1 MiB each).
//!
//! What keeps it there: the first pass stores 12 bytes per row and reads a
//! row's class again from its text when asked (a run of blank lines is one
//! row); furniture detection holds no per-line keys; output lists that a
//! hostile text could fill with one item per line are bounded by form (a
//! bare `§ 12` followed by another § heading is not an item, a repeated
//! heading line is one heading, an equal case number is listed once).

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

/// Bytes allowed whatever the input: the first-pass tables of a tiny text
/// and the small output lists.
const CONSTANT: usize = 64 << 10;
/// Bytes allowed per input byte (issue 7's bound).
const RATIO: usize = 4;

#[test]
fn parse_peak_memory_is_at_most_four_times_the_input() {
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
        inputs.push(((*name).into(), make(1 << 20)));
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
        let bound = RATIO * text.len() + CONSTANT;
        assert!(
            peak <= bound,
            "{name}: peak {peak} for {} bytes\n{}",
            text.len(),
            report.join("\n")
        );
    }
    println!("{}", report.join("\n"));
}
