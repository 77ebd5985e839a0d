//! `multigen bench`: the AOT-versus-JIT table, its JSON form, and the
//! failures it must report (a failing program, outputs that differ). No
//! assertion is about how long anything took: these are benchmarks, not
//! timed tests.

use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::Output;

fn bench(prog: &Path, extra: &[&str]) -> Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_multigen"))
        .arg("bench")
        .arg(prog)
        .args(extra)
        .output()
        .unwrap()
}

/// Writes a Python program into a fresh directory of this test.
fn program(test: &str, source: &str) -> PathBuf {
    let dir =
        std::env::temp_dir().join(format!("multigen-bench-test-{}-{test}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let p = dir.join("prog.py");
    std::fs::write(&p, source).unwrap();
    p
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

const SMALL: &str = "def square(n: int) -> int:\n    return n * n\n\n\
                     for i in range(3):\n    print(i, square(i))\n";

#[test]
fn prints_the_table_with_every_row() {
    let prog = program("table", SMALL);
    let out = bench(&prog, &["--runs", "2"]);
    let table = text(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{table}\n{}", text(&out.stderr));
    assert!(table.contains("2 runs each at -O2"), "{table}");
    assert!(
        table.contains("| Metric | JIT | AOT | Speed-up |"),
        "{table}"
    );
    for row in [
        "| Compile, cold cache | ",
        "| Compile, warm cache | ",
        "| Run | ",
        "| Total, cold cache | ",
        "| Total, warm cache | ",
        "| Output | 3 lines, exit status 0 | identical | ✓ |",
    ] {
        assert!(table.contains(row), "missing {row:?} in:\n{table}");
    }
    // Each timed row has a median with its spread in both columns and a
    // ratio.
    let run = table.lines().find(|l| l.starts_with("| Run |")).unwrap();
    assert_eq!(run.matches(" ms (").count(), 2, "{run}");
    assert!(run.trim_end().ends_with("x |"), "{run}");
    let _ = std::fs::remove_dir_all(prog.parent().unwrap());
}

#[test]
fn json_has_every_measurement() {
    let prog = program("json", SMALL);
    let out = bench(&prog, &["--runs", "1", "--json", "-O1"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let v: Value = serde_json::from_slice(&out.stdout).expect("bench --json prints JSON");
    assert_eq!(v["runs"], 1);
    assert_eq!(v["opt_level"], 1);
    assert!(v["cache_active"].is_boolean());
    for side in ["jit", "aot"] {
        for metric in [
            "compile_cold",
            "compile_warm",
            "run",
            "total_cold",
            "total_warm",
        ] {
            let m = &v[side][metric];
            for field in ["median_ms", "min_ms", "max_ms", "stdev_ms"] {
                assert!(
                    m[field].as_f64().is_some_and(|x| x >= 0.0),
                    "{side}.{metric}.{field}: {m}"
                );
            }
            assert_eq!(
                m["samples_ms"].as_array().map(Vec::len),
                Some(1),
                "{side}.{metric}"
            );
        }
        assert!(
            v[side]["phases_cold"]
                .as_object()
                .is_some_and(|p| !p.is_empty()),
            "{side}"
        );
    }
    assert!(v["jit"]["phases_cold"]["run"]["median_ms"].is_number());
    assert!(v["aot"]["phases_cold"]["link"]["median_ms"].is_number());
    assert!(v["speedup_aot_over_jit"]["run"].is_number());
    assert_eq!(v["output"]["identical"], true);
    assert_eq!(v["output"]["stdout_lines"], 3);
    assert_eq!(v["output"]["stdout_bytes"], "0 0\n1 1\n2 4\n".len());
    assert_eq!(v["output"]["exit_status"], 0);
    let _ = std::fs::remove_dir_all(prog.parent().unwrap());
}

#[test]
fn failing_program_is_reported() {
    let prog = program("fails", "print('before')\nx = 1 // 0\n");
    let out = bench(&prog, &["--runs", "1"]);
    let err = text(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(
        err.contains("the program failed under multigen run (exit status 1)"),
        "{err}"
    );
    assert!(
        err.contains("ZeroDivisionError: integer division or modulo by zero"),
        "{err}"
    );
    assert!(out.stdout.is_empty(), "no table for a failing program");
    let _ = std::fs::remove_dir_all(prog.parent().unwrap());
}

#[test]
fn rejected_program_is_reported() {
    let prog = program("rejected", "x: int = 'text'\n");
    let out = bench(&prog, &["--runs", "1"]);
    let err = text(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains("error[type]"), "{err}");
    let _ = std::fs::remove_dir_all(prog.parent().unwrap());
}

#[test]
fn outputs_that_differ_are_reported() {
    // A list's address differs from process to process (and between the
    // JIT and an executable), so no two runs print the same.
    let prog = program("differs", "xs = [1]\nprint(id(xs))\n");
    let out = bench(&prog, &["--runs", "1"]);
    let err = text(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(
        err.contains("does not print what the first `multigen run` printed"),
        "{err}"
    );
    assert!(err.contains("stdout differs at line 1"), "{err}");
    assert!(text(&out.stdout).contains("| DIFFERENT | ✗ |"));
    let _ = std::fs::remove_dir_all(prog.parent().unwrap());
}
