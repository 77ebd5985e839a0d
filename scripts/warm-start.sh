#!/bin/sh
# How soon a warm-cache `multigen run` enters the compiled program.
#
# Usage: scripts/warm-start.sh [PROGRAM.py] [RUNS]
# (default: tests/run/union_basic.py, 104 lines; 21 runs; needs strace and
# a release build: cargo build --release).
#
# The program is run once to fill a fresh compiled-module cache, then RUNS
# times under `strace -e rt_sigaction`, which timestamps two moments
# against the execve: the SIGSEGV handler Rust's standard library installs
# before `main` (process loading and static initialisers end there) and
# the one multigen's fatal-signal guard installs immediately before it
# calls the program's module body. Prints the minimum and the median of
# both, in milliseconds. strace adds a little to each.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
prog=$(realpath "${1:-$root/tests/run/union_basic.py}")
runs=${2:-21}
mg=${MULTIGEN:-$root/target/release/multigen}
command -v strace >/dev/null || { echo "warm-start.sh: needs strace" >&2; exit 2; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export MULTIGEN_CACHE_DIR="$tmp/cache"
unset MULTIGEN_NO_CACHE
cd "$(dirname "$prog")"
"$mg" run "$prog" >/dev/null 2>&1 || true
i=0
while [ "$i" -lt "$runs" ]; do
    strace --seccomp-bpf -f -ttt -e trace=execve,rt_sigaction -o "$tmp/trace.$i" \
        "$mg" run "$prog" >/dev/null 2>&1 || true
    i=$((i + 1))
done
python3 - "$tmp"/trace.* <<'PY'
import statistics
import sys

main, entered = [], []
for path in sys.argv[1:]:
    start, segv = None, []
    for line in open(path):
        fields = line.split()
        t, call = float(fields[1]), fields[2]
        if call.startswith("execve") and start is None:
            start = t
        if "rt_sigaction(SIGSEGV, {" in line:
            segv.append(t)
    main.append((segv[0] - start) * 1e3)
    entered.append((segv[1] - start) * 1e3)
for what, ms in [("main begins", main), ("program entered", entered)]:
    print(f"{what + ':':17} min {min(ms):.2f} ms, median {statistics.median(ms):.2f} ms")
PY
