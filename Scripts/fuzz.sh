#!/usr/bin/env bash
# Builds the libFuzzer harnesses in Fuzz/ and runs them (docs/fuzzing.md).
#
#   Scripts/fuzz.sh TARGET SECONDS   fuzz one target (loader, layout, search, import) for SECONDS
#   Scripts/fuzz.sh all SECONDS      fuzz each target in turn, SECONDS each
#   Scripts/fuzz.sh ci               build, replay the corpora and fuzz briefly: about a minute
#                                    in total; exits non-zero on any finding
#   Scripts/fuzz.sh merge TARGET|all minimise the committed corpus plus new finds into
#                                    Fuzz/corpus/TARGET
#   Scripts/fuzz.sh run TARGET FILE... run inputs once (reproduce a crash)
#   Scripts/fuzz.sh build            only build
#
# Binaries go to .build-fuzz/ (never .build/), compiled with swiftc -sanitize=fuzzer,address.
# New corpus entries, crash artifacts and logs go to Fuzz/.work/ (git-ignored); the committed,
# minimised corpus is Fuzz/corpus/TARGET. FUZZ_OPT=debug builds with -Onone (faster to build,
# slower to run); the default is -O (ci: -Onone). FUZZ_FLAGS adds libFuzzer options (e.g.
# -len_control=0 to try long inputs at once). Fuzzing runs under nice -n 10, one worker.
set -euo pipefail
cd "$(dirname "$0")/.."
root="$PWD"

targets=(loader layout search import)
# The Swift runtime's crash handler would race libFuzzer's and ASan's reports.
export SWIFT_BACKTRACE=enable=no
work="$root/Fuzz/.work"

usage() {
  sed -n '2,/^set -euo/p' "$0" | sed -n 's/^# \{0,1\}//p' >&2
  exit 2
}

# MARK: - Per-target settings

target_folder() {
  case "$1" in
  loader) echo Loader ;;
  layout) echo Layout ;;
  search) echo Search ;;
  import) echo Import ;;
  *)
    echo "unknown target: $1 (loader, layout, search, import)" >&2
    exit 2
    ;;
  esac
}

target_modules() {
  case "$1" in
  layout) echo GazetteText ;;
  import) echo GazetteText GazetteModel GazetteImport ;;
  *) echo GazetteText GazetteModel ;;
  esac
}

target_options() {
  case "$1" in
  loader) echo -max_len=65536 -dict="$root/Fuzz/loader.dict" ;;
  layout) echo -max_len=16384 -dict="$root/Fuzz/layout.dict" ;;
  search) echo -max_len=4096 -dict="$root/Fuzz/search.dict" ;;
  import) echo -max_len=32768 -dict="$root/Fuzz/import.dict" ;;
  esac
}

# MARK: - Building

# ci defaults to a debug build: it builds in a third of the time, and most of ci's minute is
# the build.
if [ "${1:-}" = ci ]; then default_opt=debug; else default_opt=release; fi
opt="${FUZZ_OPT:-$default_opt}"
case "$opt" in
release) optimization=-O ;;
debug) optimization=-Onone ;;
*)
  echo "FUZZ_OPT must be release or debug" >&2
  exit 2
  ;;
esac
out="$root/.build-fuzz/$opt"
# -enable-testing: the loader harness reaches the internal body search scan.
flags=(-sanitize=fuzzer,address -parse-as-library -swift-version 6 "$optimization"
  -gline-tables-only -enable-testing -use-ld=lld)

# A hash of the compiler, the flags and the inputs: a product is rebuilt when it changes.
fingerprint() {
  {
    swiftc --version 2>&1
    echo "${flags[@]}"
    cat "$@"
  } | sha256sum | cut -d' ' -f1
}

# GazetteImport reaches libxml2 through the CLibXML2 module map (pkg-config libxml-2.0).
xml_flags=(-I "$root/Sources/CLibXML2" $(pkg-config --cflags-only-I libxml-2.0 | sed 's/-I/-Xcc -I/g'))

# build_module NAME [DEPENDENCY...]: compiles Sources/NAME as one object and a module.
build_module() {
  local name="$1"
  shift
  local sources=("$root/Sources/$name"/*.swift)
  local dependencies=()
  for dependency in "$@"; do dependencies+=("$out/$dependency.stamp"); done
  local stamp
  stamp="$(fingerprint "${sources[@]}" "${dependencies[@]}")"
  if [ -f "$out/$name.o" ] && [ "$(cat "$out/$name.stamp" 2>/dev/null)" = "$stamp" ]; then
    return 0
  fi
  echo "  compiling $name ($opt)" >&2
  swiftc "${flags[@]}" "${xml_flags[@]}" -wmo -module-name "$name" -I "$out" \
    -emit-module -emit-module-path "$out/$name.swiftmodule" \
    -emit-object -o "$out/$name.o" "${sources[@]}"
  echo "$stamp" >"$out/$name.stamp"
}

# build_harness TARGET: links Fuzz/FOLDER + Fuzz/Shared with the module objects.
build_harness() {
  local target="$1"
  local folder
  folder="$(target_folder "$target")"
  local sources=("$root/Fuzz/$folder"/*.swift "$root/Fuzz/Shared"/*.swift)
  local objects=() stamps=()
  for module in $(target_modules "$target"); do
    objects+=("$out/$module.o")
    stamps+=("$out/$module.stamp")
  done
  local stamp
  stamp="$(fingerprint "${sources[@]}" "${stamps[@]}")"
  if [ -x "$out/fuzz-$target" ] && [ "$(cat "$out/fuzz-$target.stamp" 2>/dev/null)" = "$stamp" ]; then
    return 0
  fi
  echo "  compiling fuzz-$target ($opt)" >&2
  swiftc "${flags[@]}" "${xml_flags[@]}" -module-name "Fuzz$folder" -I "$out" "${sources[@]}" \
    "${objects[@]}" -lxml2 -o "$out/fuzz-$target"
  echo "$stamp" >"$out/fuzz-$target.stamp"
}

# Builds what the given targets need, two jobs at a time where the dependencies allow.
build() {
  mkdir -p "$out"
  local wanted=("$@")
  # Local: the callers' own `target` (run, the single-target commands) must survive the loop.
  local target
  build_module GazetteText
  local pids=()
  if [[ " ${wanted[*]} " =~ " loader " || " ${wanted[*]} " =~ " search " \
    || " ${wanted[*]} " =~ " import " ]]; then
    build_module GazetteModel GazetteText &
    pids+=($!)
  fi
  if [[ " ${wanted[*]} " =~ " layout " ]]; then
    build_harness layout &
    pids+=($!)
  fi
  for pid in "${pids[@]}"; do wait "$pid"; done
  pids=()
  if [[ " ${wanted[*]} " =~ " import " ]]; then
    build_module GazetteImport GazetteText GazetteModel &
    pids+=($!)
  fi
  for target in loader search; do
    if [[ " ${wanted[*]} " =~ " $target " ]]; then
      build_harness "$target" &
      pids+=($!)
    fi
  done
  for pid in "${pids[@]}"; do wait "$pid"; done
  if [[ " ${wanted[*]} " =~ " import " ]]; then build_harness import; fi
}

# MARK: - Running

# summarise TARGET LOG: one line of figures from libFuzzer's final statistics.
summarise() {
  local target="$1" log="$2"
  local runs rate added rss
  runs="$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)"
  rate="$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)"
  added="$(sed -n 's/^stat::new_units_added: *//p' "$log" | tail -1)"
  rss="$(sed -n 's/^stat::peak_rss_mb: *//p' "$log" | tail -1)"
  local corpus
  corpus="$( (grep -E '^#[0-9]+' "$log" || true) | tail -1 | sed -n 's/.* corp: \([0-9]*\/[0-9]*[a-zA-Z]*\).*/\1/p')"
  printf '%-7s executions %s, %s exec/s, corpus %s, new units %s, peak RSS %s MB\n' \
    "$target" "${runs:-?}" "${rate:-?}" "${corpus:-?}" "${added:-?}" "${rss:-?}"
}

# fuzz TARGET SECONDS NEWDIR: fuzzes one target; new units go to NEWDIR. Returns libFuzzer's
# exit status (non-zero on a crash, timeout, leak or broken invariant).
fuzz() {
  local target="$1" seconds="$2" new="$3"
  local artifacts="$work/artifacts/$target"
  local log="$work/logs/$target.log"
  mkdir -p "$new" "$artifacts" "$work/logs" "$root/Fuzz/corpus/$target"
  local corpora=("$new" "$root/Fuzz/corpus/$target")
  [ -d "$work/seeds/$target" ] && corpora+=("$work/seeds/$target")
  local status=0
  # shellcheck disable=SC2046
  nice -n 10 "$out/fuzz-$target" $(target_options "$target") ${FUZZ_FLAGS:-} \
    -max_total_time="$seconds" -timeout=10 -rss_limit_mb=4096 -print_final_stats=1 \
    -artifact_prefix="$artifacts/" "${corpora[@]}" >"$log" 2>&1 || status=$?
  summarise "$target" "$log"
  if [ "$status" -ne 0 ]; then
    echo "FINDING in $target (exit $status); log: $log" >&2
    grep -E 'INVARIANT BROKEN|ERROR: (AddressSanitizer|libFuzzer|LeakSanitizer)|Fatal error|SUMMARY|Test unit written' "$log" | head -20 >&2 || true
  fi
  return "$status"
}

# merge TARGET: minimises Fuzz/corpus/TARGET plus Fuzz/.work/{corpus,seeds}/TARGET into
# Fuzz/corpus/TARGET; the inputs of past findings (finding-*) are always kept.
merge() {
  local target="$1"
  local committed="$root/Fuzz/corpus/$target"
  local merged="$work/merged/$target"
  rm -rf "$merged"
  mkdir -p "$merged" "$committed"
  local inputs=("$committed")
  [ -d "$work/corpus/$target" ] && inputs+=("$work/corpus/$target")
  [ -d "$work/seeds/$target" ] && inputs+=("$work/seeds/$target")
  # shellcheck disable=SC2046
  nice -n 10 "$out/fuzz-$target" $(target_options "$target") -merge=1 -timeout=10 \
    -rss_limit_mb=4096 "$merged" "${inputs[@]}" >"$work/logs/$target-merge.log" 2>&1
  # Inputs of past findings stay, under their names, whatever coverage they add.
  find "$committed" -maxdepth 1 -name 'finding-*' -exec cp {} "$merged/" \;
  rm -rf "$committed"
  mv "$merged" "$committed"
  echo "$target: $(find "$committed" -type f | wc -l) files, $(du -sh "$committed" | cut -f1)"
}

command="${1:-}"
case "$command" in
build)
  build "${targets[@]}"
  ;;
loader | layout | search | import)
  [ $# -eq 2 ] || usage
  build "$command"
  fuzz "$command" "$2" "$work/corpus/$command"
  ;;
all)
  [ $# -eq 2 ] || usage
  build "${targets[@]}"
  failed=0
  for target in "${targets[@]}"; do
    fuzz "$target" "$2" "$work/corpus/$target" || failed=1
  done
  exit "$failed"
  ;;
merge)
  [ $# -eq 2 ] || usage
  if [ "$2" = all ]; then set -- merge "${targets[@]}"; else set -- merge "$2"; fi
  shift
  build "$@"
  mkdir -p "$work/logs"
  for target in "$@"; do merge "$target"; done
  ;;
run)
  [ $# -ge 3 ] || usage
  target="$2"
  shift 2
  build "$target"
  # shellcheck disable=SC2046
  "$out/fuzz-$target" $(target_options "$target") -runs=1 "$@"
  ;;
ci)
  # The whole run, build included, fits in about a minute on 2 cores: the build, then what is
  # left split between the targets.
  budget="${FUZZ_CI_SECONDS:-60}"
  started="$SECONDS"
  build "${targets[@]}"
  built="$((SECONDS - started))"
  echo "built in ${built}s ($opt)"
  failed=0
  scratch="$(mktemp -d)"
  trap 'rm -rf "$scratch"' EXIT
  for index in "${!targets[@]}"; do
    target="${targets[$index]}"
    left="$((budget - (SECONDS - started)))"
    share="$((left / (${#targets[@]} - index)))"
    [ "$share" -lt 5 ] && share=5
    fuzz "$target" "$share" "$scratch/$target" || failed=1
  done
  echo "fuzz ci: $((SECONDS - started))s in total"
  exit "$failed"
  ;;
*)
  usage
  ;;
esac
