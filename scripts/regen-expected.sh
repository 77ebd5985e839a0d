#!/usr/bin/env bash
# Regenerate the expected output of the differential test corpus.
#
# For every tests/run/NAME.py (or only the NAMEs given as arguments, with or
# without the .py suffix or a directory part) this runs CPython on it, with
# cwd = tests/run and the program given by its file name, and writes:
#   tests/run/NAME.out     - the program's stdout, byte for byte
#   tests/run/NAME.status  - the exit code on the first line and, only when
#                            the exit code is non-zero, the last line of
#                            stderr on the second line, and `no traceback`
#                            on a third when stderr holds none (a program
#                            ended by SystemExit: `sys.exit("message")`)
#   tests/run/NAME.tb      - only when stderr holds a traceback: stderr with
#                            each `File "..."` path cut to its file name
#                            (the form the test harness compares)
# A program with a recorded tests/run/NAME.stdin reads it as its standard
# input; the others read an empty one. A program named files_NAME.py runs in
# a fresh empty directory, so the files it writes leave no trace.
#
# Programs of several modules, tests/modules/NAME/main.py with their modules
# beside them, are run the same way with cwd = tests/modules/NAME, writing
# main.out, main.status and main.tb there (directories whose main.py holds
# an `# expect:` line are programs to reject and are skipped). Name them
# as modules/NAME.
#
# Usage: scripts/regen-expected.sh [NAME... | modules/NAME...]
# Environment: PYTHON (default python3).
set -euo pipefail

script_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
run_dir="$(cd "$script_dir/../tests/run" && pwd)"
python="${PYTHON:-python3}"

modules_dir="$(cd "$script_dir/../tests/modules" && pwd)"
cd "$run_dir"

names=()
module_dirs=()
if [ "$#" -gt 0 ]; then
    for arg in "$@"; do
        case "$arg" in
        modules/* | */modules/*)
            module_dirs+=("$(basename -- "$arg")")
            continue
            ;;
        esac
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
    for d in "$modules_dir"/*/; do
        module_dirs+=("$(basename -- "$d")")
    done
    shopt -u nullglob
fi

if [ "${#names[@]}" -eq 0 ] && [ "${#module_dirs[@]}" -eq 0 ]; then
    echo "regen-expected: no programs found in $run_dir" >&2
    exit 2
fi

err_file="$(mktemp)"
trap 'rm -f "$err_file"' EXIT

# Runs CPython on $1.py in the current directory and records the results.
record() {
    local name="$1" status=0 input=/dev/null
    if [ -f "$name.stdin" ]; then
        input="$name.stdin"
    fi
    # A program that writes files (files_NAME.py) runs in a fresh empty
    # directory, as the corpus harness runs it.
    local cwd="." prog="$name.py" work=""
    if [[ "$name" == files_* ]]; then
        work="$(mktemp -d)"
        cwd="$work"
        prog="$PWD/$name.py"
        input="$(cd "$(dirname "$input")" && pwd)/$(basename "$input")"
    fi
    (cd "$cwd" && PYTHONHASHSEED=0 PYTHONIOENCODING=utf-8 \
        "$python" "$prog" >"$OLDPWD/$name.out" 2>"$err_file" <"$input") || status=$?
    if [ -n "$work" ]; then
        rm -rf "$work"
    fi
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
        if [ ! -f "$name.tb" ]; then
            printf 'no traceback\n' >>"$name.status"
        fi
    fi
    echo "$2: exit $status"
}

for name in "${names[@]+"${names[@]}"}"; do
    record "$name" "$name"
done

for dir in "${module_dirs[@]+"${module_dirs[@]}"}"; do
    if [ ! -f "$modules_dir/$dir/main.py" ]; then
        echo "regen-expected: no such program: tests/modules/$dir/main.py" >&2
        exit 2
    fi
    if grep -q '^# expect: ' "$modules_dir/$dir/main.py"; then
        continue
    fi
    (cd "$modules_dir/$dir" && record main "modules/$dir")
    # CPython's bytecode caches are not part of the corpus.
    find "$modules_dir/$dir" -name __pycache__ -type d -exec rm -rf {} +
done
