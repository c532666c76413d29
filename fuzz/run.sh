#!/usr/bin/env bash
# Runs every fuzz target for a while with libFuzzer, on the stable toolchain.
#
#   bash fuzz/run.sh [SECONDS_PER_TARGET] [TARGET…]     # default 60 s, all targets
#
# Coverage instrumentation comes from stable codegen flags (sancov passes and
# llvm-args), so no nightly compiler is needed. The library forbids unsafe
# code, so AddressSanitizer adds little; for it, install cargo-fuzz and run
#   RUSTC_BOOTSTRAP=1 cargo fuzz run <target>
# from the repository root (RUSTC_BOOTSTRAP lets stable accept -Zsanitizer).
#
# Seed corpora come from fixtures/ (documents and spec-file inputs). Crashes
# are written to fuzz/artifacts/<target>/; minimize one with
#   fuzz/target/<host triple>/release/<target> -minimize_crash=1 <crash file>
# and add it under fixtures/regressions/ with a test.
set -euo pipefail
cd "$(dirname "$0")"
secs=${1:-60}
shift || true
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  targets=(tokenize parse_str parse_bytes case_number dates_references)
fi
export RUSTFLAGS="--cfg fuzzing -Cpasses=sancov-module -Cllvm-args=-sanitizer-coverage-level=4 \
 -Cllvm-args=-sanitizer-coverage-inline-8bit-counters -Cllvm-args=-sanitizer-coverage-pc-table \
 -Cllvm-args=-sanitizer-coverage-trace-compares -Cdebug-assertions -Coverflow-checks"
# An explicit --target keeps these flags off build scripts and proc macros.
triple=$(rustc -vV | sed -n 's/^host: //p')
cargo build --release --quiet --bins --target "$triple"
bin_dir="target/$triple/release"
for t in "${targets[@]}"; do
  corpus="corpus/$t"
  mkdir -p "$corpus" "artifacts/$t"
  if [ -z "$(ls -A "$corpus")" ]; then
    # Seeds: every fixture, and every line of the spec files.
    find ../fixtures -name '*.txt' -exec cp {} "$corpus"/ \;
    i=0
    while IFS= read -r line; do
      [ -n "$line" ] || continue
      printf '%s' "$line" > "$corpus/spec-$i"
      i=$((i + 1))
    done < <(cat ../fixtures/spec/*.md | grep -v '^```' | head -3000)
  fi
  echo "== $t for ${secs}s"
  "$bin_dir/$t" "$corpus" -max_total_time="$secs" -artifact_prefix="artifacts/$t/" \
    -max_len=8192 -print_final_stats=1 2>&1 | grep -E "^(#[0-9]+ *DONE|stat::number_of_executed_units|stat::peak_rss|==|SUMMARY|panicked)" || true
done
