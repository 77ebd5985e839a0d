#!/usr/bin/env bash
# The whole test suite: formatting, unit tests, the differential corpus
# (every program by JIT and by AOT, against CPython's recorded output), the
# reliability tests, and a short random-program differential run.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
cargo fmt --all --check
cargo test --workspace
# `cargo test` above includes a one-minute mutation-fuzzing run of the front
# end and code generator (crates/driver/tests/fuzz_smoke.rs); long,
# coverage-guided runs are scripts/fuzz.sh (docs/fuzzing.md).
# A short random-program differential run against CPython (fixed seeds, so
# CI is reproducible; long runs: docs/difftest.md).
out="$(mktemp -d)"
python3 scripts/difftest/run.py -n 60 --seed 424242 --aot-every 10 --o0-every 3 --no-reduce \
    --quiet --multigen "$PWD/target/debug/multigen" --out "$out"
rm -rf "$out"
