#!/usr/bin/env bash
# Regenerate the expected output of the differential test corpus.
#
# For every tests/run/NAME.py (or only the NAMEs given as arguments, with or
# without the .py suffix or a directory part) this runs CPython on it, with
# cwd = tests/run and the program given by its file name, and writes:
#   tests/run/NAME.out     - the program's stdout, byte for byte
#   tests/run/NAME.status  - the exit code on the first line and, only when
#                            the exit code is non-zero, the last line of
#                            stderr on the second line
#   tests/run/NAME.tb      - only when stderr holds a traceback: stderr with
#                            each `File "..."` path cut to its file name
#                            (the form the test harness compares)
#
# Usage: scripts/regen-expected.sh [NAME...]
# Environment: PYTHON (default python3).
set -euo pipefail

script_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
run_dir="$(cd "$script_dir/../tests/run" && pwd)"
python="${PYTHON:-python3}"

cd "$run_dir"

names=()
if [ "$#" -gt 0 ]; then
    for arg in "$@"; do
        name="$(basename -- "$arg")"
        name="${name%.py}"
        if [ ! -f "$name.py" ]; then
            echo "regen-expected: no such program: tests/run/$name.py" >&2
            exit 2
        fi
        names+=("$name")
    done
else
    shopt -s nullglob
    for f in *.py; do
        names+=("${f%.py}")
    done
    shopt -u nullglob
fi

if [ "${#names[@]}" -eq 0 ]; then
    echo "regen-expected: no programs found in $run_dir" >&2
    exit 2
fi

err_file="$(mktemp)"
trap 'rm -f "$err_file"' EXIT

for name in "${names[@]}"; do
    status=0
    PYTHONHASHSEED=0 PYTHONIOENCODING=utf-8 \
        "$python" "$name.py" >"$name.out" 2>"$err_file" </dev/null || status=$?
    if grep -q '^Traceback (most recent call last):' "$err_file"; then
        sed -E 's#^(  File ")[^"]*/([^"/]+\.py")#\1\2#' "$err_file" >"$name.tb"
    else
        rm -f "$name.tb"
    fi
    if [ "$status" -eq 0 ]; then
        printf '%s\n' "$status" >"$name.status"
    else
        last_line="$(tail -n 1 "$err_file")"
        printf '%s\n%s\n' "$status" "$last_line" >"$name.status"
    fi
    echo "$name: exit $status"
done
