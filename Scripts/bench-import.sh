#!/usr/bin/env bash
# Prints pages per second for `gazette import` of scraped text pages and of saved HTML pages.
#
# Usage: Scripts/bench-import.sh [COUNT]   (default: 2000 pages of each kind)
# Generates COUNT text pages (the seed page with its pinyin damage and spam line, each with
# its own title and date) and COUNT HTML pages (the government page of the tests, half UTF-8,
# half GB2312), in $BENCH_DIR (default /tmp/gazette-bench), builds gazette in release mode, and
# times three runs of each: a dry run (reading, decoding, extracting, cleaning) and a real
# import into an empty directory (the same plus one fsync'd file per article). Prints the best
# of the three runs.
set -euo pipefail

here=$(cd "$(dirname "$0")/.." && pwd)
bench_dir=${BENCH_DIR:-/tmp/gazette-bench}
count=${1:-2000}

swift build -c release --product gazette --package-path "$here" >/dev/null
gazette="$(swift build -c release --show-bin-path --package-path "$here")/gazette"

pages="$bench_dir/import-pages-$count"
if [ ! -d "$pages" ]; then
  mkdir -p "$pages/text" "$pages/html"
  python3 - "$here" "$pages" "$count" <<'PY'
import pathlib, sys
here, pages, count = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2]), int(sys.argv[3])
seed = (here / "Tests/GazetteImportTests/Fixtures/panjin-seed.txt").read_text()
html = (here / "Tests/GazetteImportTests/Fixtures/html/gov-meta.gb2312.html").read_bytes().decode("gb18030")
for i in range(count):
    day = f"2023-{1 + i % 12:02d}-{1 + i % 28:02d}"
    text = seed.replace("形成合力", f"形成合力 第{i}號").replace("2023-05-05", day)
    (pages / "text" / f"page-{i:05d}.txt").write_text(text)
    page = html.replace("综合整治的通知", f"综合整治的通知（第{i}号）").replace("2024-03-15", day)
    if i % 2:
        (pages / "html" / f"page-{i:05d}.html").write_bytes(page.encode("gb18030"))
    else:
        page = page.replace("charset=gb2312", "charset=utf-8")
        (pages / "html" / f"page-{i:05d}.html").write_bytes(page.encode("utf-8"))
PY
fi

# best_seconds COMMAND...: the fastest of three runs, in seconds.
best_seconds() {
  local best=""
  for _ in 1 2 3; do
    local start end
    start=$(date +%s.%N)
    "$@" >/dev/null 2>&1 || true
    end=$(date +%s.%N)
    best=$(echo "$start $end ${best:-999999}" | awk '{ d = $2 - $1; print (d < $3 ? d : $3) }')
  done
  echo "$best"
}

echo "== gazette import, $count pages of each kind (best of 3 runs)"
for kind in text html; do
  dry=$(best_seconds "$gazette" import --dry-run "$pages/$kind")
  target="$bench_dir/import-into-$kind"
  real=$(best_seconds bash -c "rm -rf '$target' && '$gazette' import '$pages/$kind' --into '$target'")
  articles=$(find "$target" -name '*.json' | wc -l)
  awk -v kind="$kind" -v n="$count" -v dry="$dry" -v real="$real" -v a="$articles" 'BEGIN {
    printf "%-4s pages: dry run %.2f s (%d pages/s); import %.2f s (%d pages/s, %d files written)\n",
      kind, dry, n / dry, real, n / real, a }'
done
