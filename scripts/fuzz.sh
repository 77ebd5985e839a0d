#!/usr/bin/env bash
# Fuzzes the compiler with cargo-fuzz (libFuzzer): `front` (source -> diagnostics
# or a typed program) and `codegen` (source -> verified LLVM IR).
#
#   scripts/fuzz.sh [SECONDS] [TARGET...]     default: 60 s each, all targets
#
# Installs cargo-fuzz if it is missing, builds the targets with the stable
# toolchain (RUSTC_BOOTSTRAP=1 lets cargo-fuzz pass its -Z flags; no nightly
# needed) and without a sanitizer (safe Rust; coverage guidance still works),
# seeds each corpus (fuzz/corpus/TARGET) from the test programs, runs one
# target at a time on one core and prints the number of executions. Exits
# non-zero when a target finds a crash (panic, stack overflow, timeout of
# more than 10 s, internal compiler error); the input is saved under
# fuzz/artifacts/TARGET/. See docs/fuzzing.md.
#
# Environment: FUZZ_MAX_LEN (default 20000), FUZZ_TIMEOUT (10, seconds per
# input), FUZZ_RSS_MB (4096), FUZZ_ARGS (extra libFuzzer flags),
# MULTIGEN_FUZZ_OPT (0..3, the codegen target's optimisation level).
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"

seconds="${1:-60}"
shift || true
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
    targets=(front codegen)
fi

export RUSTC_BOOTSTRAP=1
export LLVM_SYS_191_PREFIX="${LLVM_SYS_191_PREFIX:-/usr/lib/llvm-19}"
toolchain=()
if command -v rustup >/dev/null 2>&1; then
    toolchain=(+stable)
fi

if ! cargo fuzz --version >/dev/null 2>&1; then
    echo "fuzz.sh: installing cargo-fuzz" >&2
    cargo install --locked cargo-fuzz
fi

# -s none: no sanitizer; -a: debug assertions (integer overflow checks), as
# in the test builds. `cargo fuzz run` below builds with the same flags.
fuzz_flags=(-s none -a)
cargo "${toolchain[@]}" fuzz build "${fuzz_flags[@]}"

status=0
summary=()
for t in "${targets[@]}"; do
    corpus="fuzz/corpus/$t"
    mkdir -p "$corpus" "fuzz/artifacts/$t"
    # Seeds: every test program, benchmark and example (copied once; libFuzzer
    # adds what it finds to the same directory).
    for f in tests/run/*.py tests/reject/*.py tests/deviations/*.py \
        tests/memory/*.py tests/call/*.py benchmarks/*.py examples/*.py; do
        [ -f "$f" ] || continue
        dest="$corpus/seed_$(echo "$f" | tr '/' '_')"
        [ -e "$dest" ] || cp "$f" "$dest"
    done
    log="fuzz/artifacts/$t/last-run.log"
    echo "fuzz.sh: $t for ${seconds}s (log: $log)" >&2
    start=$(date +%s)
    set +e
    # One process on one core (libFuzzer's default; -jobs/-workers would
    # fork and log elsewhere).
    # shellcheck disable=SC2086
    cargo "${toolchain[@]}" fuzz run "${fuzz_flags[@]}" "$t" "$corpus" -- \
        -max_total_time="$seconds" \
        -max_len="${FUZZ_MAX_LEN:-20000}" \
        -timeout="${FUZZ_TIMEOUT:-10}" \
        -rss_limit_mb="${FUZZ_RSS_MB:-4096}" \
        -dict="$root/fuzz/python.dict" \
        -print_final_stats=1 \
        ${FUZZ_ARGS:-} >"$log" 2>&1
    rc=$?
    set -e
    elapsed=$(($(date +%s) - start))
    execs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' | tail -n 1)
    if [ -z "$execs" ]; then
        # No final stats after a crash: the last status line (`#N ...`).
        execs=$(grep -o '^#[0-9]*' "$log" | tr -d '#' | tail -n 1)
    fi
    speed=$(grep -o 'stat::average_exec_per_sec: *[0-9]*' "$log" | grep -o '[0-9]*$' | tail -n 1)
    cov=$(grep -o 'cov: [0-9]*' "$log" | tail -n 1)
    if [ "$rc" -ne 0 ]; then
        status=1
        echo "fuzz.sh: $t FAILED (exit $rc); last lines of $log:" >&2
        grep -E 'ERROR|panicked|SUMMARY|Test unit written|overflow|Timeout|internal compiler error' "$log" | head -n 20 >&2 || true
        tail -n 5 "$log" >&2
    fi
    summary+=("$t: ${execs:-?} executions in ${elapsed}s (${speed:-?}/s, ${cov:-cov: ?}), exit $rc")
done

echo "== fuzz summary ($(date -u +%Y-%m-%dT%H:%MZ))"
printf '%s\n' "${summary[@]}"
exit "$status"
