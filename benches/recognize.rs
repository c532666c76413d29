//! Throughput of the recognizers (diarienummer, dates/times, references) on
//! ~8 MiB texts built from the seed documents and a synthetic protocol:
//!
//! - `all_finders_8MiB` (and the per-finder rows): protocol-like pages, each
//!   with three diarienummer, four dates, a time range, five references and a
//!   paragraph of prose (still several times denser in values than the seeds);
//! - `all_finders_8MiB_dense`: the same pages without prose, a value every
//!   ~40 bytes, where building the owned output values dominates.
//!
//! Counts are asserted inside the loop so the work cannot be optimized away.
//! The `pathological` group grows inputs that would expose quadratic
//! behaviour (`2019/2019/…`, `§ § …`, digits, `Dnr Dnr …`).

use criterion::{criterion_group, BenchmarkId, Criterion, Throughput};
use std::hint::black_box;

/// Running prose between the structured lines of a page, as in the seeds.
const PROSE: &str = "Ärendebeskrivning\n\nNämnden har under året arbetat med att utveckla \
samverkan mellan förvaltningarna. Syftet med omställningen är att främja hälsan hos \
befolkningen och utveckla vård och omsorg tillsammans, utifrån den enskildes behov. \
Förvaltningen har haft dialog med berörda verksamheter och lämnat synpunkter under \
rubrikerna Prioriterade målgrupper och Övrigt. Beslutet i sig innebär ingen ekonomisk \
påverkan för nämnden under innevarande mandatperiod. Barn- och ungdomsförvaltningen, \
socialförvaltningen och vård- och omsorgsförvaltningen har bidragit med synpunkter och \
kommentarer. Hela remissvaret finns att läsa i bifogad arbetsmall.\n\nFörslag till beslut\n\n\
1. Nämnden godkänner remissvaret.\n2. Nämnden beslutar att lämna remissvaret till \
kommunstyrelsen.\n\nBeslutet ska skickas till\nKommunstyrelsen\nSocialnämnden\n\n";

/// A protocol-like page with many diarienummer, dates, times and references;
/// `prose` adds a paragraph of running text to each item.
fn synthetic(n: usize, prose: bool) -> String {
    let organs = ["KS", "BUN", "SN", "TN", "MBN", "VON", "SÄN", "KFN"];
    let months = ["januari", "mars", "maj", "juni", "september", "december"];
    let mut s = String::new();
    for i in 0..n {
        let o = organs[i % organs.len()];
        let y = 2015 + (i % 10);
        let serial = 10 + (i * 37) % 990;
        let m = 1 + i % 12;
        let d = 1 + i % 28;
        s.push_str(&format!(
            "§ {p}\n\nYttrande över remiss ({o}/{y}:{serial})\n\nDnr {o} {y}/{serial:04}\n\n\
             Sammanträdesdatum {y}-{m:02}-{d:02}, kl. 13.00–15.30\n\n\
             Ärendet har beretts enligt 6 kap. 36 § KL och kommunallagen (2017:725). \
             Se även SOU {y}:{serial} och Prop. {y}/{yy:02}:{p}. Ärendet bordlades \
             {o} § {p}, {y}-{m:02}-{d:02} och beslutades den {d} {mon} {y}. \
             Fördelningen 85/15 gäller för kvartal 1/{y} under mandatperioden 2019-2022.\n\n\
             Beslutsunderlag\nTjänsteskrivelse {y}-{m:02}-{d:02}, {y}/KS 0{serial} 001\n\n",
            p = 1 + i % 300,
            yy = (y + 1) % 100,
            mon = months[i % months.len()],
        ));
        if prose {
            s.push_str(PROSE);
        }
    }
    s
}

/// ~8 MiB: the seeds, then protocol-like pages (with `prose`) or only the
/// dense structured lines (without), repeated.
fn corpus(prose: bool) -> String {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures/seeds");
    let mut seeds = String::new();
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .expect("seeds")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    paths.sort();
    for p in paths {
        seeds.push_str(&std::fs::read_to_string(p).expect("seed"));
        seeds.push('\n');
    }
    let synth = synthetic(200, prose);
    let mut text = String::with_capacity(8 << 20);
    while text.len() < 8 << 20 {
        text.push_str(&seeds);
        text.push_str(&synth);
    }
    text
}

fn counts(text: &str) -> [usize; 4] {
    [
        kommuntext::find_case_numbers(text).0.len(),
        kommuntext::find_dates(text).0.len(),
        kommuntext::find_times(text).0.len(),
        kommuntext::find_references(text).len(),
    ]
}

fn bench(c: &mut Criterion) {
    let text = corpus(true);
    let expected = counts(&text);
    assert!(expected.iter().all(|&n| n > 1_000), "{expected:?}");
    let dense = corpus(false);
    let dense_expected = counts(&dense);
    let mut g = c.benchmark_group("recognize");
    g.sample_size(10);
    g.throughput(Throughput::Bytes(text.len() as u64));
    g.bench_function("all_finders_8MiB", |b| {
        b.iter(|| assert_eq!(counts(black_box(&text)), expected))
    });
    // The tokenizer on the same text, for scale.
    let tokens = kommuntext::tokenize(&text).count();
    g.bench_function("tokenizer_8MiB", |b| {
        b.iter(|| assert_eq!(kommuntext::tokenize(black_box(&text)).count(), tokens))
    });
    g.throughput(Throughput::Bytes(dense.len() as u64));
    g.bench_function("all_finders_8MiB_dense", |b| {
        b.iter(|| assert_eq!(counts(black_box(&dense)), dense_expected))
    });
    g.throughput(Throughput::Bytes(text.len() as u64));
    g.bench_function("case_numbers_8MiB", |b| {
        b.iter(|| {
            assert_eq!(
                kommuntext::find_case_numbers(black_box(&text)).0.len(),
                expected[0]
            )
        })
    });
    g.bench_function("dates_and_times_8MiB", |b| {
        b.iter(|| {
            assert_eq!(
                kommuntext::find_dates(black_box(&text)).0.len(),
                expected[1]
            );
            assert_eq!(
                kommuntext::find_times(black_box(&text)).0.len(),
                expected[2]
            );
        })
    });
    g.bench_function("references_8MiB", |b| {
        b.iter(|| {
            assert_eq!(
                kommuntext::find_references(black_box(&text)).len(),
                expected[3]
            )
        })
    });
    g.finish();

    // Growing pathological inputs: time per byte must stay flat.
    let mut p = c.benchmark_group("recognize-pathological");
    p.sample_size(10);
    for unit in ["2019/", "§ ", "7", "Dnr "] {
        for kib in [64usize, 256, 1024] {
            let s = unit.repeat(kib * 1024 / unit.len());
            p.throughput(Throughput::Bytes(s.len() as u64));
            p.bench_with_input(BenchmarkId::new(unit.trim(), kib), &s, |b, s| {
                b.iter(|| counts(black_box(s)))
            });
        }
    }
    p.finish();
}

criterion_group!(benches, bench);

/// Prints the finders' and the tokenizer's MB/s from criterion's estimates.
fn report() {
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|| std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("target"));
    let mean = |id: &str| -> Option<f64> {
        let json = std::fs::read_to_string(
            target
                .join("criterion/recognize")
                .join(id)
                .join("new/estimates.json"),
        )
        .ok()?;
        let v: serde_json::Value = serde_json::from_str(&json).ok()?;
        v["mean"]["point_estimate"].as_f64()
    };
    let bytes = corpus(true).len() as f64;
    if let (Some(f), Some(t)) = (mean("all_finders_8MiB"), mean("tokenizer_8MiB")) {
        println!(
            "\n== recognizers on {:.1} MiB (same run)",
            bytes / (1 << 20) as f64
        );
        println!(
            "all finders together {:8.1} MB/s (target >= 200)",
            bytes / f * 1e3
        );
        println!("tokenizer            {:8.1} MB/s", bytes / t * 1e3);
    }
}

fn main() {
    benches();
    criterion::Criterion::default()
        .configure_from_args()
        .final_summary();
    if !std::env::args().any(|a| a == "--list" || a == "--test") {
        report();
    }
}
