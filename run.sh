#!/usr/bin/env bash
# relplan set-up, for a fresh Debian 12 machine (as root, or with sudo):
#   ./run.sh serve   install what is missing, build (release), start the server on 127.0.0.1:8080
#   ./run.sh test    install what is missing, check the formatting (.clang-format), build (release,
#                    clang-tidy on changed files, .ci/tidy; and address+undefined sanitizers),
#                    run every test of both builds and the page's browser test (tests/browser/),
#                    then the fuzz harnesses' seeds and kept findings and 20 s of fuzzing each
#   ./run.sh fuzz [SECONDS]   install what is missing (clang, libFuzzer), build the fuzz harnesses
#                    (tests/fuzz/), run their seeds and kept findings, then fuzz each for SECONDS
#                    (default 60); fails on any finding, printing the input's path
#   ./run.sh bench   build (release) and run the benchmarks, printing medians
# Every step is idempotent: a second run installs nothing and rebuilds only what changed.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"

# Debian packages the build, the tests and the benchmarks need.
packages=(
  build-essential cmake ninja-build pkg-config git ca-certificates tzdata
  libhowardhinnant-date-dev libcpp-httplib-dev libsqlitecpp-dev libsqlite3-dev libtomlplusplus-dev
  catch2 nlohmann-json3-dev libcli11-dev libbenchmark-dev
  python3 python3-icalendar sqlite3 curl wrk
)
# What the browser test needs besides: Debian's chromium (playwright-core drives it; no browser is
# downloaded) and Node.js with npm, from Debian only when no node is on PATH already.
browser_packages=(chromium)
command -v node >/dev/null 2>&1 || browser_packages+=(nodejs npm)
# The fuzz build: Debian's clang (14) and its runtime libraries, which hold libFuzzer.
fuzz_packages=(clang libclang-rt-14-dev)
# The repository's .clang-format and .clang-tidy (on changed files, .ci/tidy) are enforced by ./run.sh test.
format_packages=(clang-format clang-tidy)
# The libFuzzer harnesses (tests/fuzz/README.md) and the longest input each is given.
fuzz_harnesses=(calendar_toml:65536 project_toml:65536 template_toml:65536 blackout_text:4096 compare_json:16384
  schedule_request:4096)

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

install_missing() {  # install_missing [EXTRA_PACKAGE...]: the packages above and the extra ones
  local missing=()
  for p in "${packages[@]}" "$@"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
      missing+=("$p")
    fi
  done
  if [ "${#missing[@]}" -gt 0 ]; then
    echo "relplan: installing ${missing[*]}"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
  fi
}

# tests/browser's npm packages, exactly as package-lock.json pins them: `npm ci` when node_modules is
# missing or the lock file changed since the last install (its hash is kept in node_modules).
browser_deps() {
  local dir=tests/browser stamp=tests/browser/node_modules/.package-lock.sha256
  local want
  want=$(sha256sum "$dir/package-lock.json" | cut -d' ' -f1)
  if [ ! -d "$dir/node_modules" ] || [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
    echo "relplan: npm ci in $dir"
    (cd "$dir" && npm ci --no-audit --no-fund)
    echo "$want" >"$stamp"
  fi
}

build() {  # build PRESET
  cmake --preset "$1" >/dev/null
  cmake --build --preset "$1" -j "$(nproc)"
}

# fuzz SECONDS: every seed and kept finding once (ctest), then each harness for SECONDS. New inputs go
# to build/fuzz/fuzzing/<harness>/corpus (the committed seeds are only read); a crash, leak, UBSan
# report, out-of-memory or input slower than 2 s is a finding: its path is printed, and the run fails
# once every harness has run (a kept finding that still fails fails it too).
fuzz() {
  local seconds=$1 failed=() name max_len dir input
  ctest --preset fuzz || failed+=("the kept findings (ctest --preset fuzz)")
  for h in "${fuzz_harnesses[@]}"; do
    name=${h%%:*} max_len=${h##*:} dir=build/fuzz/fuzzing/${h%%:*}
    mkdir -p "$dir/corpus" "$dir/findings"
    echo "relplan: fuzz $name for ${seconds} s (log: $dir/log)"
    if ./build/fuzz/tests/fuzz/fuzz_"$name" -max_total_time="$seconds" -timeout=2 -rss_limit_mb=2048 \
      -max_len="$max_len" -report_slow_units=1 -print_final_stats=1 -dict="tests/fuzz/dict/$name.dict" \
      -artifact_prefix="$dir/findings/" "$dir/corpus" "tests/fuzz/corpus/$name" 2>"$dir/log"; then
      grep -E '^(Done|stat::number_of_executed_units|stat::average_exec_per_sec)' "$dir/log" | tr '\n' ' ' || true
      echo
      grep -A1 '^Slowest unit' "$dir/log" | grep -o "$dir/findings/slow-unit-[0-9a-f]*" |
        sed 's/^/relplan: slow input (over 1 s), worth a look: /' || true
    else
      tail -n 40 "$dir/log" | cut -c1-240
      input=$(grep -o "Test unit written to .*" "$dir/log" | tail -n 1 | cut -d' ' -f5)
      echo "relplan: fuzz $name: finding, input $input" >&2
      echo "  reproduce: ./build/fuzz/tests/fuzz/fuzz_$name $input" >&2
      echo "  minimise:  ./build/fuzz/tests/fuzz/fuzz_$name -minimize_crash=1 -runs=20000 $input" \
        "(then keep it in tests/fuzz/regressions/$name/)" >&2
      failed+=("$name")
    fi
  done
  if [ "${#failed[@]}" -gt 0 ]; then
    echo "relplan: fuzz findings in ${failed[*]}" >&2
    return 1
  fi
}

case "${1:-}" in
  serve)
    install_missing
    build release
    shift
    exec ./build/release/cli/relplan serve "$@"
    ;;
  test)
    install_missing "${browser_packages[@]}" "${fuzz_packages[@]}" "${format_packages[@]}"
    echo "relplan: clang-format check (.clang-format)"
    git ls-files -z '*.cpp' '*.hpp' | xargs -0 clang-format --dry-run --Werror
    browser_deps
    build release
    echo "relplan: clang-tidy on the files changed since the last landing (.ci/tidy)"
    .ci/tidy build/release
    ctest --preset release
    # The page in Debian's chromium, outside ctest: node's own summary closes this step.
    echo "relplan: browser test (node --test tests/browser/)"
    node --test tests/browser/
    build asan
    ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
      ctest --preset asan
    build fuzz
    fuzz 20
    ;;
  fuzz)
    install_missing "${fuzz_packages[@]}"
    build fuzz
    fuzz "${2:-60}"
    ;;
  bench)
    install_missing
    build release
    ./build/release/bench/relplan_bench --benchmark_repetitions=5 --benchmark_report_aggregates_only=true \
      --benchmark_min_time=0.2 "${@:2}"
    bench/http_wrk.sh
    ;;
  *)
    echo "usage: ./run.sh serve [--listen ADDR] [--port N] [--db FILE] | ./run.sh test | ./run.sh fuzz [SECONDS]" \
      "| ./run.sh bench" >&2
    exit 2
    ;;
esac
