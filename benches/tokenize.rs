//! Tokenizer throughput beside what a Rust user would pick instead, in one
//! run on the same text.
//!
//! - `kommuntext`: `tokenize()`, counting tokens;
//! - `unicode-segmentation`: `split_word_bound_indices()`, counting pieces;
//! - `byte-loop`: a plain loop counting runs of ASCII letters and digits (the
//!   practical ceiling for anything that looks at every byte).
//!
//! The text is every `*.txt` under `fixtures/` (the customer seeds included),
//! repeated to at least 8 MiB. The `pathological` group tokenizes growing
//! hostile inputs (1, 4, 16 MiB) to show linear cost.
//!
//! After the run, the ratios are read back from criterion's estimates and
//! printed: `cargo bench --bench tokenize`.

use criterion::{criterion_group, BenchmarkId, Criterion, Throughput};
use std::hint::black_box;
use std::path::{Path, PathBuf};

#[path = "common/corpus.rs"]
mod corpus;
use std::time::Duration;
use unicode_segmentation::UnicodeSegmentation;

fn count_ours(text: &str) -> usize {
    kommuntext::tokenize(text).count()
}

fn count_unicode_segmentation(text: &str) -> usize {
    text.split_word_bound_indices().count()
}

fn count_byte_loop(text: &[u8]) -> usize {
    let mut n = 0;
    let mut in_run = false;
    for &b in text {
        let a = b.is_ascii_alphanumeric();
        if a && !in_run {
            n += 1;
        }
        in_run = a;
    }
    n
}

fn tokenize_group(c: &mut Criterion) {
    let text = corpus::corpus(&corpus::documents());
    // Warm the lazy statics and fix the expected counts.
    let ours = count_ours(&text);
    let theirs = count_unicode_segmentation(&text);
    let runs = count_byte_loop(text.as_bytes());
    let mut g = c.benchmark_group("tokenize");
    g.throughput(Throughput::Bytes(text.len() as u64));
    g.sample_size(20);
    g.warm_up_time(Duration::from_secs(1));
    g.measurement_time(Duration::from_secs(5));
    g.bench_function("kommuntext", |b| {
        b.iter(|| assert_eq!(count_ours(black_box(&text)), ours))
    });
    g.bench_function("unicode-segmentation", |b| {
        b.iter(|| assert_eq!(count_unicode_segmentation(black_box(&text)), theirs))
    });
    g.bench_function("byte-loop", |b| {
        b.iter(|| assert_eq!(count_byte_loop(black_box(text.as_bytes())), runs))
    });
    g.finish();
}

fn pathological_group(c: &mut Criterion) {
    let families: [(&str, &str); 4] = [
        ("section-signs", "§§§§"),
        ("dots", "......"),
        ("no-spaces", "kommunstyrelsenbeslutar"),
        ("spaced-digits", "1 2 3 4 5 6 7 8 9 "),
    ];
    let mut g = c.benchmark_group("pathological");
    g.sample_size(10);
    g.warm_up_time(Duration::from_millis(500));
    g.measurement_time(Duration::from_secs(2));
    for (name, unit) in families {
        for mib in [1usize, 4, 16] {
            let text = unit.repeat((mib << 20) / unit.len());
            let expected = count_ours(&text);
            g.throughput(Throughput::Bytes(text.len() as u64));
            g.bench_with_input(
                BenchmarkId::new(name, format!("{mib}MiB")),
                &text,
                |b, t| b.iter(|| assert_eq!(count_ours(black_box(t)), expected)),
            );
        }
    }
    g.finish();
}

criterion_group!(benches, tokenize_group, pathological_group);

/// The mean time of one benchmark, from criterion's estimates file.
fn mean_ns(dir: &Path, id: &str) -> Option<f64> {
    let path = dir.join(id).join("new/estimates.json");
    let json = std::fs::read_to_string(path).ok()?;
    let v: serde_json::Value = serde_json::from_str(&json).ok()?;
    v["mean"]["point_estimate"].as_f64()
}

fn report(bytes: usize) {
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("target"));
    let dir = target.join("criterion");
    let get = |id: &str| mean_ns(&dir, id);
    let (Some(ours), Some(useg), Some(bytes_loop)) = (
        get("tokenize/kommuntext"),
        get("tokenize/unicode-segmentation"),
        get("tokenize/byte-loop"),
    ) else {
        return;
    };
    let mbs = |ns: f64| bytes as f64 / ns * 1e9 / 1e6;
    println!(
        "\n== tokenizer throughput on {:.1} MiB (same run)",
        bytes as f64 / (1 << 20) as f64
    );
    println!("kommuntext            {:8.1} MB/s", mbs(ours));
    println!("unicode-segmentation  {:8.1} MB/s", mbs(useg));
    println!("byte loop             {:8.1} MB/s", mbs(bytes_loop));
    println!(
        "kommuntext / unicode-segmentation = {:.2}x (target >= 6x)",
        useg / ours
    );
    println!(
        "kommuntext / byte loop            = {:.0}% (target >= 40%)",
        bytes_loop / ours * 100.0
    );
    for name in ["section-signs", "dots", "no-spaces", "spaced-digits"] {
        if let (Some(a), Some(b)) = (
            get(&format!("pathological/{name}/1MiB")),
            get(&format!("pathological/{name}/16MiB")),
        ) {
            println!(
                "pathological {name:14} 16 MiB / 1 MiB time = {:.1}x (linear: ~16x)",
                b / a
            );
        }
    }
}

fn main() {
    benches();
    Criterion::default().configure_from_args().final_summary();
    // Only after a real run (not `cargo bench --no-run`, not `--list`).
    if !std::env::args().any(|a| a == "--list" || a == "--test") {
        report(corpus::corpus(&corpus::documents()).len());
    }
}
