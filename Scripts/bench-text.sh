#!/usr/bin/env bash
# Prints the text layer's throughput figures (docs/performance.md records them).
#
# Builds TextBenchmark in release mode and runs it on a 12 MB sample of mixed CJK announcement
# text (one core, CPU time of the benchmark thread, fastest of several runs), then measures
# Python's `wcwidth.wrap` (pip wcwidth) on the first 200 KB of the same sample for scale.
#
# Usage: Scripts/bench-text.sh [MEGABYTES]
set -euo pipefail
cd "$(dirname "$0")/.."
megabytes="${1:-12}"

swift build -c release --product TextBenchmark >/dev/null
binary="$(swift build -c release --show-bin-path)/TextBenchmark"

echo "== Swift (GazetteText), release build"
"$binary" "$megabytes"

sample="$(mktemp)"
trap 'rm -f "$sample"' EXIT
"$binary" 1 sample "$sample"

echo
echo "== Python wcwidth.wrap, same text, first 200 KB only (it is too slow for 12 MB)"
python3 - "$sample" <<'PYTHON'
import sys
import time

import wcwidth

with open(sys.argv[1], encoding="utf-8") as file:
    text = file.read()
encoded = text.encode("utf-8")[:200_000]
text = encoded.decode("utf-8", errors="ignore")
paragraphs = text.split("\n")
for width in (40, 100):
    start = time.process_time()
    lines = sum(len(wcwidth.wrap(paragraph, width)) for paragraph in paragraphs)
    seconds = time.process_time() - start
    megabytes = len(text.encode("utf-8")) / 1e6
    print(f"wcwidth {wcwidth.__version__} wrap at width {width:<3}  {megabytes:.2f} MB  "
          f"{seconds * 1000:.0f} ms  {megabytes / seconds:.2f} MB/s  ({lines} lines)")
PYTHON
