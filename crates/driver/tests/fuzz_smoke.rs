//! A short mutation-fuzzing run for the test suite: the same checks as the
//! cargo-fuzz targets (`multigen_driver::fuzzing`), without coverage
//! guidance or instrumentation, so it runs on the stable toolchain in any
//! build. Long, coverage-guided runs are `scripts/fuzz.sh` (docs/fuzzing.md).
//!
//! Inputs are the test programs mutated by a seeded random generator
//! (reproducible: `MULTIGEN_FUZZ_SEED`, default fixed): bytes flipped,
//! inserted or deleted, tokens of `fuzz/python.dict` inserted, ranges
//! duplicated or spliced from another program, brackets and indentation
//! added. Every input goes through the front end; every fourth also through
//! code generation at -O0. `MULTIGEN_FUZZ_SECONDS` sets the time budget
//! (default 60). A panic fails the test with the input saved under
//! `target/fuzz-smoke/`; a stack overflow aborts the test binary, and the
//! input that did it is `target/fuzz-smoke/current.py`.

use multigen_driver::fuzzing;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// xorshift64*: small, deterministic, good enough to pick mutations.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next() % n as u64) as usize
        }
    }
}

fn seeds() -> Vec<Vec<u8>> {
    let mut out = Vec::new();
    for dir in [
        "tests/run",
        "tests/reject",
        "tests/deviations",
        "tests/errors",
    ] {
        let Ok(entries) = std::fs::read_dir(root().join(dir)) else {
            continue;
        };
        let mut paths: Vec<PathBuf> = entries
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "py"))
            .collect();
        paths.sort();
        for p in paths {
            out.push(std::fs::read(p).unwrap());
        }
    }
    assert!(out.len() > 100, "the test programs were not found");
    out
}

/// The tokens of the libFuzzer dictionary (`"token"` lines, with `\xNN`
/// and `\\`/`\"` escapes).
fn dictionary() -> Vec<Vec<u8>> {
    let text = std::fs::read_to_string(root().join("fuzz/python.dict")).unwrap();
    let mut out = Vec::new();
    for line in text.lines() {
        let line = line.trim();
        let Some(body) = line.strip_prefix('"').and_then(|l| l.strip_suffix('"')) else {
            continue;
        };
        let b = body.as_bytes();
        let mut tok = Vec::new();
        let mut i = 0;
        while i < b.len() {
            if b[i] == b'\\' && i + 1 < b.len() {
                if b[i + 1] == b'x' && i + 3 < b.len() {
                    let hex = std::str::from_utf8(&b[i + 2..i + 4]).unwrap();
                    tok.push(u8::from_str_radix(hex, 16).unwrap());
                    i += 4;
                    continue;
                }
                tok.push(b[i + 1]);
                i += 2;
                continue;
            }
            tok.push(b[i]);
            i += 1;
        }
        out.push(tok);
    }
    assert!(out.len() > 50, "the dictionary was not found");
    out
}

fn mutate(rng: &mut Rng, input: &mut Vec<u8>, seeds: &[Vec<u8>], dict: &[Vec<u8>]) {
    const SNIPPETS: [&[u8]; 12] = [
        b"(", b")", b"[", b"]", b"{", b"}", b"\n    ", b"\n", b":", b",", b"\"", b"'",
    ];
    for _ in 0..1 + rng.below(6) {
        let len = input.len();
        let at = rng.below(len + 1);
        match rng.below(9) {
            0 if len > 0 => {
                let i = rng.below(len);
                input[i] ^= 1 << rng.below(8);
            }
            1 => input.insert(at, rng.next() as u8),
            2 if len > 0 => {
                let start = at.min(len - 1);
                let end = (start + 1 + rng.below(16)).min(len);
                input.drain(start..end);
            }
            3 | 4 => {
                let tok = &dict[rng.below(dict.len())];
                input.splice(at..at, tok.iter().copied());
            }
            5 if len > 0 => {
                let start = rng.below(len);
                let end = (start + 1 + rng.below(64)).min(len);
                let piece = input[start..end].to_vec();
                input.splice(at..at, piece);
            }
            6 => {
                let other = &seeds[rng.below(seeds.len())];
                if !other.is_empty() {
                    let start = rng.below(other.len());
                    let end = (start + 1 + rng.below(200)).min(other.len());
                    input.splice(at..at, other[start..end].iter().copied());
                }
            }
            7 => {
                let s = SNIPPETS[rng.below(SNIPPETS.len())];
                input.splice(at..at, s.iter().copied());
            }
            _ => {
                // A line repeated: long bodies, duplicate definitions.
                let line_start = input[..at]
                    .iter()
                    .rposition(|&c| c == b'\n')
                    .map_or(0, |i| i + 1);
                let line_end = input[at..]
                    .iter()
                    .position(|&c| c == b'\n')
                    .map_or(len, |i| at + i + 1);
                let line = input[line_start..line_end].to_vec();
                input.splice(line_end..line_end, line);
            }
        }
    }
    input.truncate(32 * 1024);
}

#[test]
fn mutated_test_programs_never_crash_the_compiler() {
    let seconds: u64 = std::env::var("MULTIGEN_FUZZ_SECONDS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(60);
    let seed: u64 = std::env::var("MULTIGEN_FUZZ_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(0x6d75_6c74_6967_656e);
    let out_dir = root().join("target/fuzz-smoke");
    std::fs::create_dir_all(&out_dir).unwrap();
    let current = out_dir.join("current.py");
    let seeds = seeds();
    let dict = dictionary();
    let mut rng = Rng(seed | 1);
    let deadline = Instant::now() + Duration::from_secs(seconds);
    let (mut execs, mut codegen_execs) = (0u64, 0u64);
    while Instant::now() < deadline {
        let mut input = seeds[rng.below(seeds.len())].clone();
        mutate(&mut rng, &mut input, &seeds, &dict);
        std::fs::write(&current, &input).unwrap();
        let with_codegen = execs % 4 == 0;
        let result = std::panic::catch_unwind(|| {
            fuzzing::front(&input);
            if with_codegen {
                fuzzing::codegen(&input, 0);
            }
        });
        if result.is_err() {
            let saved = out_dir.join(format!("crash-{seed}-{execs}.py"));
            std::fs::write(&saved, &input).unwrap();
            panic!(
                "the compiler panicked on a mutated program (execution {execs}), saved as {}",
                saved.display()
            );
        }
        execs += 1;
        codegen_execs += u64::from(with_codegen);
    }
    let _ = std::fs::remove_file(&current);
    println!(
        "fuzz smoke: {execs} inputs through the front end, {codegen_execs} through code \
         generation, in {seconds} s (seed {seed})"
    );
    assert!(execs > 0);
}
