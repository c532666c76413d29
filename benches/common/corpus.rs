//! The benchmark corpus, shared by the benches: every `*.txt` under
//! `fixtures/` (the customer samples included), in path order.

use std::path::{Path, PathBuf};

/// The size the corpus is repeated to.
pub const TARGET: usize = 8 << 20;

fn fixture_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut entries: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            fixture_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "txt") {
            out.push(p);
        }
    }
}

/// The text of every fixture, in path order.
pub fn documents() -> Vec<String> {
    let mut files = Vec::new();
    fixture_files(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures"),
        &mut files,
    );
    let docs: Vec<String> = files
        .iter()
        .filter_map(|f| std::fs::read_to_string(f).ok())
        .collect();
    assert!(!docs.is_empty(), "no fixtures found");
    docs
}

/// The documents joined by page breaks and repeated to at least
/// [`TARGET`] bytes, as one text.
pub fn corpus(docs: &[String]) -> String {
    let mut one = String::new();
    for d in docs {
        one.push_str(d);
        one.push_str("\n\u{c}");
    }
    let mut text = String::with_capacity(TARGET + one.len());
    while text.len() < TARGET {
        text.push_str(&one);
    }
    text
}
