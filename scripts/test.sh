#!/usr/bin/env bash
# The whole test suite: formatting, unit tests, and the differential corpus
# (every program by JIT and by AOT, against CPython's recorded output).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
cargo fmt --all --check
cargo test --workspace
