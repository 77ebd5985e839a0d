#!/usr/bin/env bash
# Runs programs of the differential corpus under valgrind's memcheck.
#
# Each tests/run/NAME.py (all of them, or only the NAMEs given, with or
# without `.py` or a directory part) is built with `multigen build` into a
# temporary directory and the executable is run under
#
#   valgrind --tool=memcheck --error-exitcode=99 --suppressions=tests/valgrind.supp
#
# with cwd tests/run, like the corpus harness. A program passes when memcheck
# reports no error, its stdout equals NAME.out and its exit status equals the
# first line of NAME.status. Every program that fails is listed at the end
# with its valgrind log, which is kept in the log directory.
#
# The executables are linked without `-s` (through a `cc` wrapper given as
# CC to `multigen build`), so the traces name the runtime's functions and
# lines; the code is the same as what `multigen build` normally produces.
#
# Usage: scripts/valgrind.sh [-j JOBS] [--release] [NAME...]
# Environment:
#   VALGRIND_TIMEOUT  seconds per program (default 900)
#   VALGRIND_LOGS     where logs are kept (default target/valgrind)
#   VALGRIND_EXTRA    extra valgrind options, e.g. "--track-origins=yes"
#   CARGO_TARGET_DIR  cargo's target directory (default target), e.g. to run
#                     from a build of its own while target/ is rebuilt
# Exit status: 0 if every program passed, 1 otherwise, 2 on a usage error.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

jobs=1
profile=debug
names=()
while [ "$#" -gt 0 ]; do
    case "$1" in
        -j) jobs="$2"; shift 2 ;;
        -j*) jobs="${1#-j}"; shift ;;
        --release) profile=release; shift ;;
        -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
        -*) echo "valgrind.sh: unknown option $1" >&2; exit 2 ;;
        *) n="$(basename -- "$1")"; names+=("${n%.py}"); shift ;;
    esac
done

if ! command -v valgrind >/dev/null; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
        apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq valgrind >/dev/null
    else
        echo "valgrind.sh: valgrind is not installed (apt-get install valgrind)" >&2
        exit 2
    fi
fi

if [ "$profile" = release ]; then
    cargo build --release -q -p multigen -p multigen-runtime
else
    cargo build -q -p multigen -p multigen-runtime
fi
target="${CARGO_TARGET_DIR:-$root/target}"
multigen="$target/$profile/multigen"
supp="$root/tests/valgrind.supp"
run_dir="$root/tests/run"

if [ "${#names[@]}" -eq 0 ]; then
    for f in "$run_dir"/*.py; do
        n="$(basename "$f")"
        names+=("${n%.py}")
    done
fi
for n in "${names[@]}"; do
    if [ ! -f "$run_dir/$n.py" ]; then
        echo "valgrind.sh: no such program: tests/run/$n.py" >&2
        exit 2
    fi
done

logs="${VALGRIND_LOGS:-$target/valgrind}"
mkdir -p "$logs"
rm -f "$logs"/*.vg "$logs"/*.stdout "$logs"/*.result
work="$(mktemp -d "${TMPDIR:-/tmp}/multigen-valgrind.XXXXXX")"
trap 'rm -rf "$work"' EXIT

# `multigen build` links with `cc ... -s`; keep the symbols for the traces.
cat >"$work/cc" <<'EOF'
#!/bin/sh
for a in "$@"; do
    shift
    [ "$a" = "-s" ] || set -- "$@" "$a"
done
exec cc "$@"
EOF
chmod +x "$work/cc"

# Checks one program; writes "NAME RESULT detail" to $logs/NAME.result.
check_one() {
    local name="$1" exe="$work/$1" log="$logs/$1.vg" res="$logs/$1.result"
    if ! CC="$work/cc" "$multigen" build "$run_dir/$name.py" -o "$exe" >"$log" 2>&1; then
        echo "$name BUILD-FAILED see $log" >"$res"
        return
    fi
    local status=0
    (cd "$run_dir" && timeout "${VALGRIND_TIMEOUT:-900}" valgrind --tool=memcheck \
        --error-exitcode=99 --suppressions="$supp" --num-callers=40 \
        --log-file="$log" ${VALGRIND_EXTRA:-} "$exe") \
        >"$logs/$name.stdout" 2>/dev/null </dev/null || status=$?
    rm -f "$exe"
    local want_status
    want_status="$(head -n 1 "$run_dir/$name.status")"
    local errors
    errors="$(sed -n 's/.*ERROR SUMMARY: \([0-9]*\) errors.*/\1/p' "$log" | tail -n 1)"
    if [ "$status" = 124 ]; then
        echo "$name TIMEOUT after ${VALGRIND_TIMEOUT:-900}s, see $log" >"$res"
    elif [ "$status" = 99 ] || [ "${errors:-0}" != 0 ]; then
        echo "$name MEMCHECK ${errors:-?} errors, see $log" >"$res"
    elif [ -z "$errors" ]; then
        echo "$name CRASHED status $status, no memcheck summary, see $log" >"$res"
    elif ! cmp -s "$logs/$name.stdout" "$run_dir/$name.out"; then
        echo "$name STDOUT-DIFFERS see $logs/$name.stdout" >"$res"
    elif [ "$status" != "$want_status" ]; then
        echo "$name STATUS $status, expected $want_status" >"$res"
    else
        echo "$name ok" >"$res"
        rm -f "$log" "$logs/$name.stdout"
    fi
}
export -f check_one
export work logs multigen supp run_dir

start=$SECONDS
printf '%s\n' "${names[@]}" | xargs -P "$jobs" -I{} bash -c 'check_one "$1"; cat "$logs/$1.result"' _ {}

total=${#names[@]}
failed="$(cat "$logs"/*.result | grep -v ' ok$' || true)"
nfailed=0
[ -n "$failed" ] && nfailed="$(printf '%s\n' "$failed" | wc -l)"
echo
echo "valgrind: $((total - nfailed)) of $total programs clean in $((SECONDS - start)) s (logs in $logs)"
if [ "$nfailed" -gt 0 ]; then
    echo "failed:"
    printf '%s\n' "$failed" | sed 's/^/  /'
    exit 1
fi
