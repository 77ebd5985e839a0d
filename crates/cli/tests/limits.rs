//! Inputs at the limits: absurd nesting, huge lines and literals, bytes that
//! are not UTF-8, NUL bytes, a very long file. Each is generated into a
//! temporary directory and given to the `multigen` binary, which must
//! answer with a diagnostic (exit status 1, first stderr line
//! `file:line:col: error[kind]: ...`) or compile it, never crash (a panic is
//! exit status 101, a stack overflow a signal) or hang.

use std::fs::File;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitStatus};
use std::time::{Duration, Instant};

/// Generous: the test binary is unoptimised and the machine may be busy.
const TIME_LIMIT: Duration = Duration::from_secs(120);

/// How deep the nesting tests nest.
const DEEP: usize = 100_000;

struct TempDir(PathBuf);

impl TempDir {
    fn new(test: &str) -> TempDir {
        let dir =
            std::env::temp_dir().join(format!("multigen-limits-{}-{test}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        TempDir(dir)
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

struct Outcome {
    status: ExitStatus,
    stdout: String,
    stderr: String,
    elapsed: Duration,
}

impl Outcome {
    fn describe(&self) -> String {
        let mut err: String = self.stderr.chars().take(2000).collect();
        if err.len() < self.stderr.len() {
            err.push_str("...");
        }
        let out: String = self.stdout.chars().take(500).collect();
        format!(
            "status {} after {:.1?}\n--- stderr\n{err}\n--- stdout\n{out}",
            self.status, self.elapsed
        )
    }
}

/// Writes `source` to `NAME.py` in a fresh temporary directory and runs
/// `multigen COMMAND [ARGS...] NAME.py` with a time limit.
fn multigen(name: &str, source: &[u8], command: &str, args: &[&str]) -> Outcome {
    let dir = TempDir::new(name);
    let file = dir.0.join(format!("{name}.py"));
    std::fs::write(&file, source).unwrap();
    run(&dir.0, command, args, &file)
}

fn run(dir: &Path, command: &str, args: &[&str], file: &Path) -> Outcome {
    // Output goes to files: a pipe could fill up (diagnostics quote their
    // source line, which may be a megabyte long) while we wait.
    let (out_path, err_path) = (dir.join("stdout"), dir.join("stderr"));
    let start = Instant::now();
    let mut child = Command::new(env!("CARGO_BIN_EXE_multigen"))
        .arg(command)
        .args(args)
        .arg(file)
        .current_dir(dir)
        // A compiled-module cache of the test's own, removed with it.
        .env("MULTIGEN_CACHE_DIR", dir.join("cache"))
        .stdout(File::create(&out_path).unwrap())
        .stderr(File::create(&err_path).unwrap())
        .spawn()
        .expect("cannot start multigen");
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if start.elapsed() > TIME_LIMIT {
            let _ = child.kill();
            let _ = child.wait();
            panic!(
                "multigen {command} {} did not finish within {TIME_LIMIT:?}",
                file.display()
            );
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    let read = |p: &Path| String::from_utf8_lossy(&std::fs::read(p).unwrap()).into_owned();
    Outcome {
        status,
        stdout: read(&out_path),
        stderr: read(&err_path),
        elapsed: start.elapsed(),
    }
}

/// A crash is a signal (stack overflow aborts) or any status but 0 and 1
/// (a panic exits with 101).
fn assert_no_crash(name: &str, o: &Outcome) {
    let code = o.status.code();
    assert!(
        matches!(code, Some(0) | Some(1)),
        "{name}: multigen crashed: {}",
        o.describe()
    );
}

/// The `(kind, line, col)` of the first diagnostic, checking the format
/// `NAME.py:LINE:COL: error[KIND]: message`.
fn first_diagnostic(name: &str, o: &Outcome) -> (String, usize, usize) {
    assert_no_crash(name, o);
    assert_eq!(
        o.status.code(),
        Some(1),
        "{name}: expected a diagnostic: {}",
        o.describe()
    );
    let first = o.stderr.lines().next().unwrap_or("");
    let parse = || -> Option<(String, usize, usize)> {
        let rest = first.split_once(&format!("{name}.py:"))?.1;
        let (line, rest) = rest.split_once(':')?;
        let (col, rest) = rest.split_once(':')?;
        let kind = rest.strip_prefix(" error[")?.split_once("]: ")?.0;
        Some((kind.to_string(), line.parse().ok()?, col.parse().ok()?))
    };
    parse().unwrap_or_else(|| {
        panic!(
            "{name}: first stderr line is not a diagnostic: {}",
            o.describe()
        )
    })
}

fn assert_diagnostic(name: &str, o: &Outcome, kind: &str, line: usize, col: usize) {
    let got = first_diagnostic(name, o);
    assert_eq!(
        got,
        (kind.to_string(), line, col),
        "{name}: wrong diagnostic: {}",
        o.describe()
    );
}

fn assert_success(name: &str, o: &Outcome, stdout: &str) {
    assert_no_crash(name, o);
    assert!(
        o.status.success(),
        "{name}: expected success: {}",
        o.describe()
    );
    assert_eq!(o.stdout, stdout, "{name}: wrong output: {}", o.describe());
}

/// Checks a generated program: a diagnostic or a clean check, never a crash.
fn check(name: &str, source: impl AsRef<[u8]>) -> Outcome {
    let o = multigen(name, source.as_ref(), "check", &[]);
    assert_no_crash(name, &o);
    if !o.status.success() {
        first_diagnostic(name, &o);
    }
    o
}

// Nesting. CPython refuses more than 200 nested brackets ("too many nested
// parentheses", at the 201st); multigen refuses the same, and any syntax
// tree deeper than its own limit.

#[test]
fn nested_parentheses() {
    let src = format!("x = {}1{}\n", "(".repeat(DEEP), ")".repeat(DEEP));
    let o = check("parens", src);
    assert_diagnostic("parens", &o, "syntax", 1, 4 + 201);
}

#[test]
fn nested_lists_dicts_and_calls() {
    let src = format!("x = {}1{}\n", "[".repeat(DEEP), "]".repeat(DEEP));
    assert_diagnostic("lists", &check("lists", src), "syntax", 1, 205);
    let src = format!("x = {}1{}\n", "{1: ".repeat(DEEP), "}".repeat(DEEP));
    assert_diagnostic("dicts", &check("dicts", src), "syntax", 1, 4 + 4 * 200 + 1);
    let src = format!("x = {}1{}\n", "abs(".repeat(DEEP), ")".repeat(DEEP));
    assert_diagnostic("calls", &check("calls", src), "syntax", 1, 4 + 4 * 200 + 4);
    let src = format!("x = {}1{}\n", "f'{".repeat(DEEP), "}'".repeat(DEEP));
    first_diagnostic("fstrings", &check("fstrings", src));
}

#[test]
fn nested_unary_minus() {
    let src = format!("x = {}1\n", "-".repeat(DEEP));
    assert_diagnostic("minus", &check("minus", src), "unsupported", 1, 205);
    let src = format!("x = {}True\n", "not ".repeat(DEEP));
    assert_diagnostic("not", &check("not", src), "unsupported", 1, 5 + 4 * 200);
}

#[test]
fn nested_additions() {
    // `a+(a+(...))`: the 201st parenthesis is refused.
    let src = format!("a = 1\nx = {}a{}\n", "a+(".repeat(DEEP), ")".repeat(DEEP));
    assert_diagnostic("add", &check("add", src), "syntax", 2, 4 + 3 * 201);
}

#[test]
fn deep_trees_without_brackets() {
    // Left- and right-leaning chains are as deep as they are long.
    let cases = [
        ("sum", format!("a = 1\nx = a{}\n", " + a".repeat(DEEP))),
        ("power", format!("a = 1\nx = {}a\n", "a ** ".repeat(DEEP))),
        (
            "ifexp",
            format!("a = 1\nx = {}a\n", "a if a else ".repeat(DEEP)),
        ),
        ("lambda", format!("x = {}1\n", "lambda: ".repeat(DEEP))),
        ("attribute", format!("x = a{}\n", ".b".repeat(DEEP))),
        ("call_chain", format!("x = f{}\n", "()".repeat(DEEP))),
        ("subscript", format!("x = [1]{}\n", "[0]".repeat(DEEP))),
        ("compare", format!("a = 1\nx = a{}\n", " < a".repeat(DEEP))),
        ("and", format!("a = 1\nx = a{}\n", " and a".repeat(DEEP))),
    ];
    for (name, src) in cases {
        let o = check(name, src);
        // `a < a < ...` and `a and a and ...` are flat; the others must be
        // refused.
        if !matches!(name, "compare" | "and") {
            first_diagnostic(name, &o);
        }
    }
}

#[test]
fn nested_blocks() {
    let n = 10_000;
    let mut src = String::from("x = 1\n");
    for i in 0..n {
        src += &format!("{}if x > 0:\n", " ".repeat(i));
    }
    src += &format!("{}x = 2\nprint(x)\n", " ".repeat(n));
    let (kind, _, _) = first_diagnostic("ifs", &check("ifs", src));
    assert_eq!(kind, "unsupported");

    // Functions, loops and `try` nested in each other.
    let mut src = String::new();
    let openers = [
        "def f() -> None:",
        "while True:",
        "for i in range(3):",
        "try:",
    ];
    for i in 0..n {
        src += &format!("{}{}\n", " ".repeat(i), openers[i % openers.len()]);
    }
    src += &format!("{}pass\n", " ".repeat(n));
    check("blocks", src);
}

#[test]
fn long_elif_chain() {
    let mut src = String::from("x = 3\nif x == 0:\n    x = 1\n");
    for i in 1..10_000 {
        src += &format!("elif x == {i}:\n    x = {}\n", i + 1);
    }
    src += "else:\n    x = 0\nprint(x)\n";
    check("elif", src);
}

// Size.

#[test]
fn megabyte_lines() {
    let mb = 1 << 20;
    let src = format!("s = \"{}\"\nprint(len(s))\n", "a".repeat(mb));
    let o = multigen("string", src.as_bytes(), "run", &[]);
    assert_success("string", &o, &format!("{mb}\n"));

    let src = format!("x = 1  # {}\nprint(x)\n", "#".repeat(mb));
    let o = multigen("comment", src.as_bytes(), "run", &[]);
    assert_success("comment", &o, "1\n");

    // A list display of a third of a million elements on one line.
    let n = mb / 3;
    let src = format!("x = [{}]\nprint(len(x))\n", "7, ".repeat(n));
    let o = check("list", src);
    assert!(o.status.success(), "list: {}", o.describe());

    // A syntax error at the end of a megabyte-long line.
    let src = format!("x = 1{} +\n", " + 1".repeat(mb / 4));
    let o = check("error_at_end", &src);
    assert_diagnostic("error_at_end", &o, "syntax", 1, src.len());
}

#[test]
fn huge_literals() {
    let digits = "7".repeat(100_000);
    let o = check("int", format!("x = {digits}\n"));
    assert_diagnostic("int", &o, "unsupported", 1, 5);
    let o = check("hex", format!("x = 0x{}\n", "f".repeat(100_000)));
    assert_diagnostic("hex", &o, "unsupported", 1, 5);
    let o = check("negative", "x = -9223372036854775809\n");
    assert_diagnostic("negative", &o, "unsupported", 1, 6);

    // Floats round like CPython's: to inf, to 0.0, or to the nearest double.
    let src = format!(
        "a = 1{zeros}.0\nb = 1e999999\nc = 0.{zeros}1\nd = 1.{threes}\ne = -1e-999999\n\
         print(a, b, c, d, e)\nprint(9223372036854775807, -9223372036854775808)\n",
        zeros = "0".repeat(100_000),
        threes = "3".repeat(100_000),
    );
    let o = multigen("floats", src.as_bytes(), "run", &[]);
    assert_success(
        "floats",
        &o,
        "inf inf 0.0 1.3333333333333333 -0.0\n9223372036854775807 -9223372036854775808\n",
    );
}

// Bytes.

#[test]
fn invalid_utf8() {
    let o = multigen("bad_line", b"x = 1\nprint(x)\n\xff\xfe\n", "check", &[]);
    assert_diagnostic("bad_line", &o, "syntax", 3, 1);
    let o = multigen("bad_in_string", b"x = '\xc3'\n", "check", &[]);
    assert_diagnostic("bad_in_string", &o, "syntax", 1, 6);
    let o = multigen("truncated", b"s = '\xe2\x82'", "run", &[]);
    assert_diagnostic("truncated", &o, "syntax", 1, 6);
    // Every byte value, repeatedly: whatever happens, no crash.
    let all: Vec<u8> = (0..=255u8).cycle().take(64 * 256).collect();
    check("all_bytes", all);
    // A UTF-8 byte order mark is allowed, as in CPython.
    let o = multigen("bom", b"\xef\xbb\xbfx = 1\nprint(x)\n", "run", &[]);
    assert_success("bom", &o, "1\n");
}

#[test]
fn nul_bytes() {
    for (name, src) in [
        ("nul_only", &b"\0"[..]),
        ("nul_after_statement", b"x = 1\0\nprint(x)\n"),
        ("nul_in_string", b"x = '\0'\nprint(len(x))\n"),
        ("nul_in_comment", b"x = 1  # \0\nprint(x)\n"),
        ("nuls", &[0u8; 4096][..]),
    ] {
        check(name, src);
    }
}

// Length.

fn many_lines() -> String {
    format!("x = 0\n{}print(x)\n", "x = x + 1\n".repeat(100_000))
}

#[test]
fn hundred_thousand_lines_check() {
    let o = multigen("lines", many_lines().as_bytes(), "check", &[]);
    assert_success("lines", &o, "");
}

#[test]
fn hundred_thousand_lines_run() {
    // Unoptimised: the test is about the size of the module body, which
    // once made code generation quadratic (fuzz/findings/slow_many_lines.py).
    let o = multigen("lines", many_lines().as_bytes(), "run", &["-O0"]);
    assert_success("lines", &o, "100000\n");
}

#[test]
fn many_small_functions_check() {
    let mut src = String::new();
    for i in 0..20_000 {
        src += &format!("def f{i}(a: int) -> int:\n    return a + {i}\n\n\n");
    }
    src += "total = 0\n";
    for i in 0..20_000 {
        src += &format!("total += f{i}(1)\n");
    }
    src += "print(total)\n";
    let o = multigen("funcs", src.as_bytes(), "check", &[]);
    assert_success("funcs", &o, "");
}
