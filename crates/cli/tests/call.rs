//! `multigen call`'s errors and the results only it can show: a wrong
//! argument count, an unparseable or mistyped argument (each naming the
//! parameter and its type), an unknown function, exceptions (CPython's
//! traceback, status 1, the program's output first), `SystemExit`, and
//! results of types the library cannot convert, printed by their `repr`.
//! The successful calls of `tests/call/` run with the corpus.

use std::path::{Path, PathBuf};
use std::process::Command;

struct Outcome {
    status: i32,
    stdout: String,
    stderr: String,
}

fn call_in(dir: &Path, file: &str, args: &[&str]) -> Outcome {
    let out = Command::new(env!("CARGO_BIN_EXE_multigen"))
        .arg("call")
        .arg(file)
        .args(args)
        .current_dir(dir)
        // The user's compiled-module cache stays clean.
        .env("MULTIGEN_NO_CACHE", "1")
        .output()
        .expect("multigen runs");
    Outcome {
        status: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

fn lib2(args: &[&str]) -> Outcome {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/call");
    call_in(&dir, "lib2.py", args)
}

/// A directory removed when dropped.
struct TempDir(PathBuf);

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// A program in a directory of its own.
fn program(name: &str, source: &str) -> TempDir {
    let dir = std::env::temp_dir().join(format!("multigen-call-{}-{name}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join(format!("{name}.py")), source).unwrap();
    TempDir(dir)
}

#[test]
fn wrong_argument_count() {
    let o = lib2(&["total", "[1]", "2"]);
    assert_eq!(o.status, 2);
    assert_eq!(o.stdout, "");
    assert_eq!(
        o.stderr,
        "lib2.py: error: total(xs: list[int]) -> int takes 1 argument but 2 were given\n"
    );
    let o = lib2(&["prices", "{}"]);
    assert_eq!(o.status, 2);
    assert!(
        o.stderr.contains("prices(d: dict[str, float], extra: float) -> dict[str, float] takes 2 arguments but 1 was given"),
        "{}",
        o.stderr
    );
}

#[test]
fn unparseable_arguments_name_the_parameter() {
    for (arg, why) in [
        ("[1, 2", "not a Python literal"),
        ("[1, x]", "not a Python literal"),
        ("__import__('os').getcwd()", "not a Python literal"),
        ("{1, 2}", "sets cannot be passed"),
    ] {
        let o = lib2(&["total", arg]);
        assert_eq!(o.status, 2, "{arg}");
        assert!(
            o.stderr.starts_with(&format!(
                "lib2.py: error: total(xs: list[int]) -> int: cannot read argument 1 for parameter 'xs: list[int]' from {arg:?}: {why}"
            )),
            "{arg}: {}",
            o.stderr
        );
    }
}

#[test]
fn mistyped_arguments_name_the_parameter_and_both_types() {
    let o = lib2(&["total", "[1, 'a']"]);
    assert_eq!(o.status, 2);
    assert_eq!(
        o.stderr,
        "lib2.py: error: total(xs: list[int]) -> int: argument 'xs' must be list[int], got list[int | str] ([1, 'a'])\n"
    );
    let o = lib2(&["swap", "(1, 2)"]);
    assert!(
        o.stderr
            .contains("argument 't' must be tuple[int, str], got tuple[int, int]"),
        "{}",
        o.stderr
    );
    let o = lib2(&["pick", "['a']", "1.5"]);
    assert!(
        o.stderr
            .contains("argument 'i' must be int | None, got float (1.5)"),
        "{}",
        o.stderr
    );
    let o = lib2(&["half", "'x'"]);
    assert!(
        o.stderr
            .contains("argument 'x' must be float, got str ('x')"),
        "{}",
        o.stderr
    );
}

#[test]
fn unknown_function() {
    let o = lib2(&["missing"]);
    assert_eq!(o.status, 2);
    assert_eq!(o.stderr, "lib2.py: error: no function named 'missing'\n");
}

#[test]
fn exceptions_print_the_traceback_after_the_output() {
    let o = lib2(&["check", "-3"]);
    assert_eq!(o.status, 1);
    assert_eq!(o.stdout, "");
    assert!(
        o.stderr
            .starts_with("Traceback (most recent call last):\n  File \""),
        "{}",
        o.stderr
    );
    assert!(
        o.stderr.contains("lib2.py\", line 38, in check\n"),
        "{}",
        o.stderr
    );
    assert!(
        o.stderr.ends_with("ValueError: negative: -3\n"),
        "{}",
        o.stderr
    );

    let dir = program(
        "noisy",
        "print('body')\n\ndef f(xs: list[int]) -> int:\n    print('before', xs)\n    return xs[5]\n",
    );
    let o = call_in(&dir.0, "noisy.py", &["f", "[1, 2]"]);
    assert_eq!(o.status, 1);
    assert_eq!(o.stdout, "body\nbefore [1, 2]\n");
    assert!(
        o.stderr.ends_with("IndexError: list index out of range\n"),
        "{}",
        o.stderr
    );

    // An exception in the module body is reported before any call.
    let dir = program(
        "badbody",
        "def f() -> int:\n    return 1\n\nprint('start')\nX = {}['k']\n",
    );
    let o = call_in(&dir.0, "badbody.py", &["f"]);
    assert_eq!(o.status, 1);
    assert_eq!(o.stdout, "start\n");
    assert!(o.stderr.contains("line 5, in <module>"), "{}", o.stderr);
    assert!(o.stderr.ends_with("KeyError: 'k'\n"), "{}", o.stderr);
}

#[test]
fn system_exit_ends_the_process_as_run_does() {
    let dir = program(
        "quit",
        "def f(code: int) -> int:\n    print('bye')\n    raise SystemExit(code)\n",
    );
    let o = call_in(&dir.0, "quit.py", &["f", "3"]);
    assert_eq!(
        (o.status, o.stdout.as_str(), o.stderr.as_str()),
        (3, "bye\n", "")
    );
}

#[test]
fn results_of_any_type_print_their_repr() {
    let dir = program(
        "shapes",
        "from dataclasses import dataclass\n\n@dataclass\nclass P:\n    x: int\n    y: str\n\n\
         def make(n: int) -> P:\n    return P(n, 'a')\n\n\
         def both(n: int) -> set[int]:\n    return {n, n + 1}\n\n\
         def area(p: P) -> int:\n    return p.x\n",
    );
    let o = call_in(&dir.0, "shapes.py", &["make", "4"]);
    assert_eq!(
        (o.status, o.stdout.as_str()),
        (0, "P(x=4, y='a')\n"),
        "{}",
        o.stderr
    );
    let o = call_in(&dir.0, "shapes.py", &["both", "1"]);
    assert_eq!(o.stdout, "{1, 2}\n", "{}", o.stderr);
    // A parameter of such a type cannot be written on the command line.
    let o = call_in(&dir.0, "shapes.py", &["area", "4"]);
    assert_eq!(o.status, 2);
    assert!(
        o.stderr
            .contains("parameter 'p' has type P, which cannot be passed"),
        "{}",
        o.stderr
    );
}
