#!/usr/bin/env bash
# Batch throughput of the command-line tool (issue 6): documents per second,
# MB/s and peak memory with -j 1 and -j 2 over a generated folder of 20,000
# documents, and peak memory at 5,000 documents to show it does not grow
# with the number of files.
#
#   bash benches/batch.sh [N]        # N documents, default 20000
#
# The documents are the fixtures copied with variations (a running number
# in a header line, paragraphs renumbered, a line dropped), so no two are the
# same file. Needs GNU time (/usr/bin/time) for peak memory.
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-20000}
cargo build --release --quiet
bin=target/release/kommuntext
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
python3 - "$dir" "$n" <<'PY'
import os, random, re, sys
out, n = sys.argv[1], int(sys.argv[2])
src = []
for root, _, files in os.walk("fixtures"):
    if "spec" in root:
        continue
    for f in sorted(files):
        if f.endswith(".txt"):
            src.append(open(os.path.join(root, f), "rb").read())
rng = random.Random(7)
for i in range(n):
    text = src[i % len(src)].decode("utf-8")
    lines = text.split("\n")
    if len(lines) > 20:
        del lines[rng.randrange(10, len(lines))]
    text = "\n".join(lines)
    shift = rng.randrange(0, 400)
    text = re.sub(r"§ (\d+)", lambda m: "§ %d" % (int(m.group(1)) + shift), text)
    text = "Dokument %d\n" % i + text
    sub = os.path.join(out, "%03d" % (i % 200))
    os.makedirs(sub, exist_ok=True)
    open(os.path.join(sub, "doc%05d.txt" % i), "w", encoding="utf-8").write(text)
PY
bytes=$(du -sb "$dir" | cut -f1)
measure() { # jobs, folder
  local log; log=$(mktemp)
  local start end
  start=$(date +%s.%N)
  /usr/bin/time -v "$bin" parse "$2" -j "$1" -q > /dev/null 2> "$log"
  end=$(date +%s.%N)
  local files; files=$(find "$2" -name '*.txt' | wc -l)
  local rss; rss=$(grep 'Maximum resident set size' "$log" | awk '{print $NF}')
  local secs; secs=$(echo "$end - $start" | bc -l)
  local b; b=$(du -sb "$2" | cut -f1)
  printf '%-6s %6d docs %7.1f MB  %6.2f s  %8.0f docs/s  %6.1f MB/s  peak %6.1f MiB\n' \
    "-j $1" "$files" "$(echo "$b/1000000" | bc -l)" "$secs" "$(echo "$files/$secs" | bc -l)" \
    "$(echo "$b/1000000/$secs" | bc -l)" "$(echo "$rss/1024" | bc -l)"
  rm -f "$log"
}
echo "== kommuntext parse over $n generated documents ($(echo "$bytes/1000000" | bc -l | cut -c1-5) MB), $(nproc) cores"
measure 1 "$dir"
measure 2 "$dir"
small=$(mktemp -d)
cp -r "$dir"/0[0-4]* "$small"/
echo "== a quarter of the files (memory should not grow with the number of files)"
measure 2 "$small"
rm -rf "$small"
