//! Running many inputs: parallel workers, ordered or completion-order
//! output, errors that do not stop the batch.

use crate::input::{self, Source};
use rayon::prelude::*;
use std::collections::BTreeMap;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc;

/// What one input gave: rendered output, or an error message.
pub type Outcome = Result<Vec<u8>, String>;

/// Runs `job` over `sources` on `threads` workers and hands each result to
/// `sink` on the calling thread: in input order when `sorted`, otherwise as
/// they complete. With `fail_fast`, inputs not yet started are skipped
/// after the first failure. Memory holds only results in flight (and, when
/// sorted, those waiting for an earlier one).
pub fn run<J, S>(
    sources: Vec<Source>,
    threads: usize,
    sorted: bool,
    fail_fast: bool,
    job: J,
    mut sink: S,
) -> std::io::Result<()>
where
    J: Fn(&Source) -> Outcome + Sync,
    S: FnMut(&Source, Outcome) -> std::io::Result<()>,
{
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(threads.max(1))
        .build()
        .map_err(std::io::Error::other)?;
    let stop = AtomicBool::new(false);
    // A bounded channel: workers wait when the writer falls behind.
    let (tx, rx) = mpsc::sync_channel::<(usize, Outcome)>(threads.max(1) * 4);
    std::thread::scope(|scope| {
        let sources = &sources;
        let stop = &stop;
        let job = &job;
        scope.spawn(move || {
            pool.install(|| {
                sources
                    .par_iter()
                    .enumerate()
                    .for_each_with(tx, |tx, (i, src)| {
                        if stop.load(Ordering::Relaxed) {
                            return;
                        }
                        let out = job(src);
                        if out.is_err() && fail_fast {
                            stop.store(true, Ordering::Relaxed);
                        }
                        let _ = tx.send((i, out));
                    })
            });
        });
        let mut pending: BTreeMap<usize, Outcome> = BTreeMap::new();
        let mut next = 0;
        let mut result = Ok(());
        for (i, out) in rx {
            if result.is_err() {
                // The writer failed (a closed pipe): drain and stop the workers.
                stop.store(true, Ordering::Relaxed);
                continue;
            }
            let Some(src) = sources.get(i) else { continue };
            if !sorted {
                result = sink(src, out);
                continue;
            }
            pending.insert(i, out);
            while let Some(out) = pending.remove(&next) {
                if let Some(src) = sources.get(next) {
                    if result.is_ok() {
                        result = sink(src, out);
                    }
                }
                next += 1;
            }
            // Skipped inputs (fail-fast) leave holes: move past them.
            if stop.load(Ordering::Relaxed) && pending.is_empty() {
                continue;
            }
        }
        // Whatever is still waiting (after a fail-fast skip), in order.
        for (i, out) in std::mem::take(&mut pending) {
            if let (Some(src), true) = (sources.get(i), result.is_ok()) {
                result = sink(src, out);
            }
        }
        result
    })
}

/// Reads one input's bytes (for the job).
pub fn read(source: &Source, max_bytes: u64) -> Result<Vec<u8>, String> {
    input::load(source, max_bytes)
        .map(|l| l.bytes)
        .map_err(|e| e.message)
}
