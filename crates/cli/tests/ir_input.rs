//! LLVM IR as input: `multigen run prog.ll` and `multigen build prog.ll`.
//!
//! The IR that `multigen convert` writes must run unchanged with the
//! Python program's output (single-file and multi-module programs, JIT and
//! executables); hand-written IR runs its `main`, whose result is the exit
//! status; bad input gets a clear message and status 2, never a crash.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The compiler, with a compiled-module cache of this test run's own
/// (emptied on first use), so that the user's cache stays clean and no
/// entry of an earlier compiler is reused.
fn multigen() -> Command {
    static CACHE: std::sync::OnceLock<PathBuf> = std::sync::OnceLock::new();
    let cache = CACHE.get_or_init(|| {
        let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("cache-ir-input");
        let _ = std::fs::remove_dir_all(&dir);
        dir
    });
    let mut c = Command::new(env!("CARGO_BIN_EXE_multigen"));
    c.env("MULTIGEN_CACHE_DIR", cache)
        .env_remove("MULTIGEN_NO_CACHE");
    c
}

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// A fresh directory for one test's files.
fn scratch(test: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("multigen-ir-{}-{test}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// Writes `ir` to `dir/name.ll` and returns its path.
fn write_ir(dir: &Path, name: &str, ir: &str) -> PathBuf {
    let p = dir.join(format!("{name}.ll"));
    std::fs::write(&p, ir).unwrap();
    p
}

/// `multigen convert` of a Python program into `dir/NAME.ll` (run from the
/// program's directory, where its modules are found).
fn convert(prog: &Path, dir: &Path) -> PathBuf {
    let stem = prog.file_stem().unwrap().to_string_lossy().into_owned();
    let ll = dir.join(format!("{stem}.ll"));
    let out = multigen()
        .current_dir(prog.parent().unwrap())
        .arg("convert")
        .arg(prog)
        .arg("-o")
        .arg(&ll)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "convert failed: {}",
        text(&out.stderr)
    );
    ll
}

fn run_in(cwd: &Path, args: &[&std::ffi::OsStr]) -> Output {
    multigen().current_dir(cwd).args(args).output().unwrap()
}

/// Asserts two runs printed the same and ended the same way.
fn assert_same(what: &str, expected: &Output, actual: &Output) {
    assert_eq!(
        text(&actual.stdout),
        text(&expected.stdout),
        "{what}: stdout"
    );
    assert_eq!(
        text(&actual.stderr),
        text(&expected.stderr),
        "{what}: stderr"
    );
    assert_eq!(
        actual.status.code(),
        expected.status.code(),
        "{what}: status"
    );
}

/// Converts a Python program, then checks that running the IR (JIT) and an
/// executable built from the IR behave exactly as `multigen run` of the
/// Python source.
fn converted_ir_behaves_like_python(prog: &Path, test: &str) {
    let dir = scratch(test);
    let cwd = prog.parent().unwrap();
    let ll = convert(prog, &dir);
    let py = run_in(cwd, &["run".as_ref(), prog.as_os_str()]);
    assert!(!py.stdout.is_empty(), "the program should print something");
    let jit = run_in(cwd, &["run".as_ref(), ll.as_os_str()]);
    assert_same("run .ll", &py, &jit);
    let exe = dir.join("prog");
    let build = run_in(
        cwd,
        &[
            "build".as_ref(),
            ll.as_os_str(),
            "-o".as_ref(),
            exe.as_os_str(),
        ],
    );
    assert!(build.status.success(), "build: {}", text(&build.stderr));
    let aot = Command::new(&exe).current_dir(cwd).output().unwrap();
    assert_same("executable from .ll", &py, &aot);
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn converted_single_file_program_runs_unchanged() {
    converted_ir_behaves_like_python(&root().join("benchmarks/fibonacci.py"), "fib");
}

#[test]
fn converted_program_with_uncaught_exception_runs_unchanged() {
    // Exit status 1 and a traceback naming the Python source's lines.
    let prog = root().join("tests/run/abc_shapes.py");
    assert!(prog.with_extension("tb").exists());
    converted_ir_behaves_like_python(&prog, "abc_shapes");
}

#[test]
fn converted_multi_module_programs_run_unchanged() {
    let classes = root().join("tests/modules/classes/main.py");
    let ll = convert(&classes, &scratch("classes-markers"));
    let ir = std::fs::read_to_string(&ll).unwrap();
    assert!(
        ir.matches("; ---- module ").count() >= 2,
        "expected several modules in the converted IR"
    );
    converted_ir_behaves_like_python(&classes, "classes");
    converted_ir_behaves_like_python(&root().join("tests/modules/packages/main.py"), "packages");
}

const MAIN_I32_7: &str = "define i32 @main() {\n  ret i32 7\n}\n";
const MAIN_I64_7: &str = "define i64 @main() {\nentry:\n  %x = add i64 3, 4\n  ret i64 %x\n}\n";

#[test]
fn hand_written_main_result_is_the_exit_status() {
    let dir = scratch("status");
    for (name, ir) in [("i32", MAIN_I32_7), ("i64", MAIN_I64_7)] {
        let ll = write_ir(&dir, name, ir);
        for opt in ["-O0", "-O2"] {
            let out = multigen().arg("run").arg(&ll).arg(opt).output().unwrap();
            assert_eq!(
                out.status.code(),
                Some(7),
                "{name} {opt}: {}",
                text(&out.stderr)
            );
            assert!(out.stderr.is_empty(), "{}", text(&out.stderr));
        }
        let exe = dir.join(format!("{name}-exe"));
        let out = multigen()
            .arg("build")
            .arg(&ll)
            .arg("-o")
            .arg(&exe)
            .output()
            .unwrap();
        assert!(out.status.success(), "{}", text(&out.stderr));
        assert_eq!(
            Command::new(&exe).status().unwrap().code(),
            Some(7),
            "{name} executable"
        );
    }
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn main_with_argc_and_argv_and_void_main() {
    let dir = scratch("argv");
    // Returns argc + the first character of argv[1]'s (here 'b' = 98).
    let argc = write_ir(
        &dir,
        "argc",
        "define i32 @main(i32 %argc, ptr %argv) {\n\
         \x20 %p = getelementptr ptr, ptr %argv, i64 1\n\
         \x20 %s = load ptr, ptr %p\n\
         \x20 %c = load i8, ptr %s\n\
         \x20 %w = zext i8 %c to i32\n\
         \x20 %r = add i32 %w, %argc\n\
         \x20 ret i32 %r\n}\n",
    );
    let out = multigen()
        .arg("run")
        .arg(&argc)
        .args(["b", "c"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(98 + 3), "{}", text(&out.stderr));
    // `void main` exits with 0, also as an executable (where the C start-up
    // code would otherwise read a stray register).
    let void = write_ir(
        &dir,
        "void",
        "declare i32 @puts(ptr)\n@msg = private constant [6 x i8] c\"hello\\00\"\n\
         define void @main() {\n  call i32 @puts(ptr @msg)\n  ret void\n}\n",
    );
    let out = multigen().arg("run").arg(&void).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert_eq!(text(&out.stdout), "hello\n");
    let exe = dir.join("void-exe");
    let b = multigen()
        .arg("build")
        .arg(&void)
        .arg("-o")
        .arg(&exe)
        .output()
        .unwrap();
    assert!(b.status.success(), "{}", text(&b.stderr));
    let out = Command::new(&exe).output().unwrap();
    assert_eq!(
        (out.status.code(), text(&out.stdout)),
        (Some(0), "hello\n".into())
    );
    let _ = std::fs::remove_dir_all(&dir);
}

/// Runs `multigen run` and `multigen build` on bad IR: both must fail with
/// status 2 and a message containing each of `wanted`, without a crash.
fn rejected(test: &str, ir: &str, wanted: &[&str]) {
    let dir = scratch(test);
    let ll = write_ir(&dir, test, ir);
    let exe = dir.join("exe");
    for cmd in [vec!["run"], vec!["build", "-o", exe.to_str().unwrap()]] {
        let out = multigen().args(&cmd).arg(&ll).output().unwrap();
        let err = text(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{cmd:?}: {err}");
        for w in wanted {
            assert!(err.contains(w), "{cmd:?}: expected {w:?} in:\n{err}");
        }
        assert!(
            !err.contains("panicked") && !err.contains("Fatal Python error"),
            "{err}"
        );
        assert!(out.stdout.is_empty());
    }
    assert!(!exe.exists(), "no executable may be left for bad IR");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn syntax_error_is_reported_with_its_location() {
    rejected(
        "syntax",
        "define i32 @main() {\n  %x = addd i32 1, 2\n  ret i32 %x\n}\n",
        &[
            "syntax.ll: error: invalid LLVM IR: line 2, column 8: expected instruction opcode",
            "%x = addd i32 1, 2",
        ],
    );
}

#[test]
fn block_without_terminator_is_invalid() {
    rejected(
        "noterm",
        "define i32 @main() {\nentry:\n  %x = add i32 1, 2\n}\n",
        &["invalid LLVM IR: line 4, column 1"],
    );
}

#[test]
fn verifier_failure_is_reported() {
    // Parses, but `%x` does not dominate its use: only the verifier sees it.
    rejected(
        "verifier",
        "define i32 @main() {\nentry:\n  br label %next\nnext:\n  ret i32 %x\n\
         other:\n  %x = add i32 1, 2\n  br label %next\n}\n",
        &[
            "invalid LLVM IR: LLVM's verifier rejects the module",
            "Instruction does not dominate all uses!",
        ],
    );
}

#[test]
fn error_lines_count_in_the_whole_multi_module_text() {
    let ir = "; ---- module a ----\ndefine i32 @f() {\n  ret i32 1\n}\n\
              ; ---- module b ----\ndefine i32 @main() {\n  ret i32 bogus\n}\n";
    rejected("lines", ir, &["line 7, column 11"]);
}

#[test]
fn missing_main_is_reported() {
    rejected(
        "nomain",
        "define i32 @f() {\n  ret i32 7\n}\ndefine internal i32 @main() {\n  ret i32 7\n}\n",
        &["no function named 'main'"],
    );
}

#[test]
fn main_of_another_type_is_never_called() {
    rejected(
        "sig",
        "define double @main(double %x) {\n  ret double %x\n}\n",
        &["`main` has the type `double (double)`, which cannot be run"],
    );
    rejected(
        "sig3",
        "define i32 @main(i32 %a, ptr %b, ptr %c) {\n  ret i32 0\n}\n",
        &["`main` has the type `i32 (i32, ptr, ptr)`"],
    );
}

#[test]
fn undefined_external_function_is_a_link_error() {
    let dir = scratch("undef");
    let ll = write_ir(
        &dir,
        "undef",
        "declare i32 @defined_nowhere(i32)\n\
         define i32 @main() {\n  %r = call i32 @defined_nowhere(i32 1)\n  ret i32 %r\n}\n",
    );
    let out = multigen().arg("run").arg(&ll).output().unwrap();
    let err = text(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(
        err.contains("cannot link the IR") && err.contains("defined_nowhere"),
        "{err}"
    );
    let exe = dir.join("exe");
    let out = multigen()
        .arg("build")
        .arg(&ll)
        .arg("-o")
        .arg(&exe)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("defined_nowhere"));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn runtime_functions_are_linked_for_hand_written_ir() {
    // The runtime's own functions resolve in both back ends.
    let ir =
        "declare void @mg_init()\ndeclare void @mg_finish()\ndeclare void @mg_print_int(i64)\n\
              define i32 @main() {\n  call void @mg_init()\n  call void @mg_print_int(i64 42)\n\
              \x20 call void @mg_finish()\n  ret i32 0\n}\n";
    let dir = scratch("runtime");
    let ll = write_ir(&dir, "rt", ir);
    let out = multigen().arg("run").arg(&ll).output().unwrap();
    assert_eq!(
        (out.status.code(), text(&out.stdout)),
        (Some(0), "42".into()),
        "{}",
        text(&out.stderr)
    );
    let exe = dir.join("exe");
    assert!(multigen()
        .arg("build")
        .arg(&ll)
        .arg("-o")
        .arg(&exe)
        .status()
        .unwrap()
        .success());
    let out = Command::new(&exe).output().unwrap();
    assert_eq!(
        (out.status.code(), text(&out.stdout)),
        (Some(0), "42".into())
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn fault_in_ir_is_reported_as_a_signal() {
    let dir = scratch("fault");
    let ll = write_ir(
        &dir,
        "fault",
        "define i32 @main() {\n  %v = load volatile i32, ptr null\n  ret i32 %v\n}\n",
    );
    let out = multigen().arg("run").arg(&ll).arg("-O0").output().unwrap();
    let err = text(&out.stderr);
    // CPython's faulthandler report (`fatal.rs` tests it in full); IR
    // without a module body has no Python frame.
    assert_eq!(
        std::os::unix::process::ExitStatusExt::signal(&out.status),
        Some(11),
        "{err}"
    );
    assert!(
        err.starts_with("Fatal Python error: Segmentation fault\n\nCurrent thread 0x"),
        "{err}"
    );
    assert!(
        err.ends_with(" (most recent call first):\n  <no Python frame>\n"),
        "{err}"
    );
    let _ = std::fs::remove_dir_all(&dir);
}
