#!/usr/bin/env bash
# Regenerates the expected output of tests/errors/ and tests/gcroots/ from
# CPython, the same way scripts/regen-expected.sh does for tests/run/: for
# each NAME.py, run `python3 NAME.py` with cwd = its directory,
# PYTHONHASHSEED=0 and PYTHONIOENCODING=utf-8, and write
#   NAME.out     stdout, byte for byte
#   NAME.status  the exit code and, when it is not 0, the last stderr line
#   NAME.tb      only when stderr holds a traceback: stderr with `File "..."`
#                paths cut to the file name and the `^^^^` lines left out
# Programs named memory_*.py run out of memory on purpose; they run under
# `ulimit -v` (CPython needs about 400 MB before its list fills the rest).
#
# Usage: tests/errors/regen-expected.sh [PATH/NAME.py...]   (default: all)
# Environment: PYTHON (default python3).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
python="${PYTHON:-python3}"

files=()
if [ "$#" -gt 0 ]; then
    for f in "$@"; do files+=("$(cd "$(dirname "$f")" && pwd)/$(basename "$f")"); done
else
    shopt -s nullglob
    files=("$root"/tests/errors/*.py "$root"/tests/gcroots/*.py)
fi

err_file="$(mktemp)"
trap 'rm -f "$err_file"' EXIT

for f in "${files[@]}"; do
    dir="$(dirname "$f")"
    name="$(basename "$f" .py)"
    status=0
    (
        cd "$dir"
        case "$name" in memory_*) ulimit -v 1000000 ;; esac
        PYTHONHASHSEED=0 PYTHONIOENCODING=utf-8 \
            "$python" "$name.py" >"$name.out" 2>"$err_file" </dev/null
    ) || status=$?
    if grep -q '^Traceback (most recent call last):' "$err_file"; then
        sed -E '/^ *[~^]+ *$/d; s#^(  File ")[^"]*/([^"/]+\.py")#\1\2#' "$err_file" >"$dir/$name.tb"
    else
        rm -f "$dir/$name.tb"
    fi
    if [ "$status" -eq 0 ]; then
        printf '%s\n' "$status" >"$dir/$name.status"
    else
        printf '%s\n%s\n' "$status" "$(tail -n 1 "$err_file")" >"$dir/$name.status"
    fi
    echo "${dir#"$root"/}/$name: exit $status"
done
