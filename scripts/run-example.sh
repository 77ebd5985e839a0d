#!/usr/bin/env bash
# From a fresh Debian 12 machine with Rust: install what is missing, build
# multigen, and run examples/fibonacci.py by JIT and as an executable.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
cargo build --release --quiet
echo "== multigen run examples/fibonacci.py (JIT)"
target/release/multigen run examples/fibonacci.py
echo "== multigen build examples/fibonacci.py -o build/fibonacci (AOT)"
mkdir -p build
target/release/multigen build examples/fibonacci.py -o build/fibonacci
build/fibonacci
