#!/bin/sh
# Checks every module of multigen's library in typed Python (lib/*.py) with
# `mypy --strict`, each as a file of its own beside lib/_multigen.py (the
# primitives as mypy sees them). Each module is copied under another name
# into a fresh directory, since mypy refuses to check a file named like
# some standard modules (sys.py) and a file named heapq.py in the current
# directory would shadow CPython's own for mypy itself.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
status=0
for f in "$root"/lib/*.py; do
    name=$(basename "$f" .py)
    [ "$name" = _multigen ] && continue
    dir=$(mktemp -d)
    cp "$root/lib/_multigen.py" "$dir/"
    cp "$f" "$dir/mglib_$name.py"
    if ! (cd / && python3 -m mypy --strict --no-incremental "$dir/mglib_$name.py" >"$dir/out" 2>&1); then
        sed "s|$dir/mglib_$name.py|lib/$name.py|" "$dir/out"
        status=1
    fi
    rm -rf "$dir"
done
[ $status = 0 ] && echo "lib/: mypy --strict clean"
exit $status
