//! Hostile inputs at 1, 4 and 16 MiB through `parse` (issue 7): each
//! family's time at 16 MiB should be at most 20× its time at 1 MiB. The
//! ratios are printed at the end from criterion's estimates.
//!
//! `cargo bench --bench hostile`

use criterion::{criterion_group, BenchmarkId, Criterion, Throughput};
use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::time::Duration;

#[path = "../tests/common/hostile.rs"]
mod families;

const SIZES: [usize; 3] = [1, 4, 16];

fn id(name: &str) -> String {
    name.chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .collect()
}

fn hostile(c: &mut Criterion) {
    let mut g = c.benchmark_group("hostile");
    g.sample_size(10);
    g.warm_up_time(Duration::from_millis(200));
    g.measurement_time(Duration::from_secs(2));
    for (name, make) in families::FAMILIES {
        for mib in SIZES {
            let text = make(mib << 20);
            let n = kommuntext::parse(&text).paragraphs.len();
            g.throughput(Throughput::Bytes(text.len() as u64));
            g.bench_with_input(
                BenchmarkId::new(id(name), format!("{mib}MiB")),
                &text,
                |b, t| b.iter(|| assert_eq!(kommuntext::parse(black_box(t)).paragraphs.len(), n)),
            );
        }
    }
    g.finish();
}

criterion_group!(benches, hostile);

fn mean(dir: &Path, id: &str) -> Option<f64> {
    let json = std::fs::read_to_string(dir.join(id).join("new/estimates.json")).ok()?;
    let v: serde_json::Value = serde_json::from_str(&json).ok()?;
    v["mean"]["point_estimate"].as_f64()
}

fn main() {
    benches();
    Criterion::default().configure_from_args().final_summary();
    if std::env::args().any(|a| a == "--list" || a == "--test") {
        return;
    }
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("target"));
    let dir = target.join("criterion/hostile");
    println!("\n== parse on hostile inputs: time at 16 MiB / time at 1 MiB (target <= 20x)");
    for (name, _) in families::FAMILIES {
        let (a, b) = (
            mean(&dir, &format!("{}/1MiB", id(name))),
            mean(&dir, &format!("{}/16MiB", id(name))),
        );
        if let (Some(a), Some(b)) = (a, b) {
            println!(
                "{name:<30} {:>9.1} ms {:>10.1} ms  x{:.1}",
                a / 1e6,
                b / 1e6,
                b / a
            );
        }
    }
}
