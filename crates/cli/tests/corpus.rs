//! The differential test corpus, one test per program and mode.
//!
//! * `tests/run/NAME.py`: run by `multigen run` (JIT, at `-O2` and `-O0`) and
//!   by an executable from `multigen build` (AOT). Stdout must equal `NAME.out` and the exit
//!   status the first line of `NAME.status`; for a non-zero status, the last
//!   stderr line must equal its second line. Where CPython printed a
//!   traceback, `NAME.tb` holds it (file paths cut to the name) and stderr
//!   must match it line by line, column markers (`~~^~~`) included. All these
//!   files come from CPython (`scripts/regen-expected.sh`). A program with
//!   a `NAME.stdin` file reads it as its standard input (CPython too, when
//!   the expectations are recorded); the others get an empty stdin.
//!   A program named `files_NAME.py` runs in a fresh empty directory
//!   instead of `tests/run/`, so the files it writes leave no trace.
//! * `tests/deviations/NAME.py`: the same, but with hand-written
//!   expectations for the documented places where multigen deliberately
//!   differs from CPython (64-bit `int` overflow).
//! * `tests/call/NAME.py`: functions called by `multigen call` as listed in
//!   `NAME.cases`.
//! * `tests/memory/NAME.py`: allocates far more over its life than the
//!   memory limit it runs under (`ulimit -v`), in both modes; stdout must
//!   equal `NAME.out`.
//! * `tests/modules/NAME/main.py`: a program of several modules, which
//!   sit beside it (`NAME/*.py`, packages as directories). Run like
//!   `tests/run/` programs with cwd `NAME/` and `main.out`, `main.status`
//!   and `main.tb` beside `main.py`; a `main.py` holding an `# expect:`
//!   line is a program to reject instead, like those of `tests/reject/`.
//! * `tests/reject/NAME.py`: must be rejected by `multigen check` with exit
//!   status 1 and a first diagnostic line at the place named by the
//!   program's `# expect: error[KIND] LINE:COL` comment.

use libtest_mimic::{Arguments, Failed, Trial};
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn multigen() -> &'static str {
    env!("CARGO_BIN_EXE_multigen")
}

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests")
}

fn programs(dir: &Path) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|rd| rd.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    v.retain(|p| p.extension().is_some_and(|e| e == "py"));
    v.sort();
    v
}

fn read(p: &Path) -> Result<String, Failed> {
    std::fs::read_to_string(p).map_err(|e| format!("cannot read {}: {e}", p.display()).into())
}

/// Compares a finished program with its expected stdout and status files.
fn compare(prog: &Path, out: &Output) -> Result<(), Failed> {
    let expected_out = read(&prog.with_extension("out"))?;
    let status = read(&prog.with_extension("status"))?;
    let mut lines = status.lines();
    let code: i32 = lines
        .next()
        .unwrap_or("0")
        .trim()
        .parse()
        .map_err(|_| "bad .status file")?;
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    if stdout != expected_out {
        return Err(format!("stdout differs\n--- expected\n{expected_out}\n--- actual\n{stdout}\n--- stderr\n{stderr}").into());
    }
    let actual_code = out.status.code().unwrap_or(-1);
    if actual_code != code {
        return Err(format!(
            "exit status {actual_code:?} ({}), expected {code}\n--- stderr\n{stderr}",
            out.status
        )
        .into());
    }
    if code != 0 {
        let want = lines.next().unwrap_or("");
        let last = stderr.lines().last().unwrap_or("");
        if last != want {
            return Err(format!("last stderr line differs\n expected: {want}\n   actual: {last}\n--- stderr\n{stderr}").into());
        }
        // A program ended by `SystemExit` (`sys.exit("message")`) prints no
        // traceback, which its `.status` file says on a third line.
        let traceback = stderr.starts_with("Traceback (most recent call last):");
        if lines.next() == Some("no traceback") {
            if traceback {
                return Err(format!("stderr holds a traceback, CPython's none\n{stderr}").into());
            }
        } else if !traceback {
            return Err(format!("stderr does not start with a traceback line\n{stderr}").into());
        }
    }
    // The whole traceback, frame by frame, where CPython's is recorded.
    if let Ok(want) = std::fs::read_to_string(prog.with_extension("tb")) {
        let got = normalize_traceback(&stderr);
        if got != want {
            return Err(format!("traceback differs\n--- expected\n{want}--- actual\n{got}").into());
        }
    }
    Ok(())
}

/// Stderr in the form `NAME.tb` files hold: `File` paths cut to the file
/// name.
fn normalize_traceback(stderr: &str) -> String {
    let mut out = String::new();
    for line in stderr.lines() {
        match line
            .strip_prefix("  File \"")
            .and_then(|r| r.split_once('"'))
        {
            Some((path, rest)) if path.ends_with(".py") => {
                let name = path.rsplit('/').next().unwrap_or(path);
                out.push_str(&format!("  File \"{name}\"{rest}"));
            }
            _ => out.push_str(line),
        }
        out.push('\n');
    }
    out
}

/// The standard input of a corpus program: its recorded `NAME.stdin`, or
/// nothing.
fn stdin_of(prog: &Path) -> Result<std::process::Stdio, Failed> {
    let input = prog.with_extension("stdin");
    if input.exists() {
        Ok(std::fs::File::open(&input)?.into())
    } else {
        Ok(std::process::Stdio::null())
    }
}

/// A program that writes files (`files_NAME.py`) runs in a fresh empty
/// directory, removed afterwards, so that it leaves nothing in
/// `tests/run/` (`scripts/regen-expected.sh` runs CPython the same way).
struct WorkDir(Option<PathBuf>);

impl WorkDir {
    fn new(prog: &Path, mode: &str) -> Result<WorkDir, Failed> {
        let stem = prog.file_stem().unwrap().to_string_lossy();
        if !stem.starts_with("files_") {
            return Ok(WorkDir(None));
        }
        let dir = std::env::temp_dir().join(format!(
            "multigen-corpus-{}-{stem}-{mode}",
            std::process::id()
        ));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir)?;
        Ok(WorkDir(Some(dir)))
    }

    /// The directory to run in and the program as named from there.
    fn cwd_and_prog<'a>(&'a self, prog: &'a Path) -> (&'a Path, std::ffi::OsString) {
        match &self.0 {
            Some(d) => (d, std::path::absolute(prog).unwrap().into_os_string()),
            None => (prog.parent().unwrap(), prog.file_name().unwrap().to_owned()),
        }
    }
}

impl Drop for WorkDir {
    fn drop(&mut self) {
        if let Some(d) = &self.0 {
            let _ = std::fs::remove_dir_all(d);
        }
    }
}

fn run_jit(prog: &Path, opt: &str) -> Result<(), Failed> {
    let work = WorkDir::new(prog, opt)?;
    let (cwd, name) = work.cwd_and_prog(prog);
    let out = Command::new(multigen())
        .arg("run")
        .arg(opt)
        .arg(name)
        .current_dir(cwd)
        .stdin(stdin_of(prog)?)
        .output()?;
    compare(prog, &out)
}

fn run_aot(prog: &Path, tmp: &Path) -> Result<(), Failed> {
    let stem = prog.file_stem().unwrap().to_string_lossy();
    let exe = tmp.join(format!(
        "{}-{stem}",
        prog.parent()
            .unwrap()
            .file_name()
            .unwrap()
            .to_string_lossy()
    ));
    let build = Command::new(multigen())
        .arg("build")
        .arg(prog)
        .arg("-o")
        .arg(&exe)
        .output()?;
    if !build.status.success() {
        return Err(format!(
            "build failed ({})\n{}",
            build.status,
            String::from_utf8_lossy(&build.stderr)
        )
        .into());
    }
    let work = WorkDir::new(prog, "aot")?;
    let out = Command::new(&exe)
        .current_dir(work.cwd_and_prog(prog).0)
        .stdin(stdin_of(prog)?)
        .output()?;
    let _ = std::fs::remove_file(&exe);
    compare(prog, &out)
}

/// Runs a command under a virtual-memory limit (`ulimit -v`, in KiB), so a
/// program that does not reclaim memory fails instead of growing.
fn limited(
    kib: u64,
    program: &Path,
    args: &[&std::ffi::OsStr],
    cwd: &Path,
) -> Result<Output, Failed> {
    let mut cmd = Command::new("sh");
    cmd.arg("-c")
        .arg(format!("ulimit -v {kib} && exec \"$0\" \"$@\""))
        .arg(program)
        .args(args)
        .current_dir(cwd);
    Ok(cmd.output()?)
}

/// A program that allocates gigabytes over its life must run in a few
/// hundred megabytes: the collector reclaims garbage in both modes.
fn memory(prog: &Path, tmp: &Path, aot: bool) -> Result<(), Failed> {
    let expected = read(&prog.with_extension("out"))?;
    let dir = prog.parent().unwrap();
    let out = if aot {
        let exe = tmp.join(format!(
            "memory-{}",
            prog.file_stem().unwrap().to_string_lossy()
        ));
        let build = Command::new(multigen())
            .arg("build")
            .arg(prog)
            .arg("-o")
            .arg(&exe)
            .output()?;
        if !build.status.success() {
            return Err(format!("build failed\n{}", String::from_utf8_lossy(&build.stderr)).into());
        }
        let out = limited(300_000, &exe, &[], dir)?;
        let _ = std::fs::remove_file(&exe);
        out
    } else {
        // The compiler itself (LLVM included) needs some of the budget.
        limited(
            600_000,
            Path::new(multigen()),
            &["run".as_ref(), prog.as_os_str()],
            dir,
        )?
    };
    let stdout = String::from_utf8_lossy(&out.stdout);
    if !out.status.success() || stdout != expected {
        return Err(format!(
            "status {}\n--- stdout\n{stdout}\n--- stderr\n{}",
            out.status,
            String::from_utf8_lossy(&out.stderr)
        )
        .into());
    }
    Ok(())
}

/// `multigen call`: each line of `NAME.cases` calls one function of
/// `NAME.py` and gives the expected stdout (from CPython importing the
/// module and printing the `repr` of the result).
fn call_cases(prog: &Path) -> Result<(), Failed> {
    for line in read(&prog.with_extension("cases"))?.lines() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let (call, want) = line.split_once(" -> ").ok_or("bad .cases line")?;
        let want = want.replace('|', "\n") + "\n";
        let out = Command::new(multigen())
            .arg("call")
            .arg(prog.file_name().unwrap())
            .args(call.split_whitespace())
            .current_dir(prog.parent().unwrap())
            .output()?;
        let stdout = String::from_utf8_lossy(&out.stdout);
        if !out.status.success() || stdout != want {
            return Err(format!("multigen call {call}: status {}\n--- expected\n{want}--- actual\n{stdout}--- stderr\n{}", out.status, String::from_utf8_lossy(&out.stderr)).into());
        }
    }
    Ok(())
}

/// `multigen convert`: `-t llvm` writes `build/src/NAME.ll` (the original
/// tool's layout) and every `--emit` form can be produced.
fn convert(tmp: &Path) -> Result<(), Failed> {
    let dir = tmp.join("convert");
    std::fs::create_dir_all(&dir)?;
    let prog = root().join("run/fibonacci.py");
    let out = Command::new(multigen())
        .args(["convert", "-t", "llvm"])
        .arg(&prog)
        .current_dir(&dir)
        .output()?;
    let ll = std::fs::read_to_string(dir.join("build/src/fibonacci.ll")).map_err(|e| {
        format!(
            "no build/src/fibonacci.ll ({e}); {}",
            String::from_utf8_lossy(&out.stderr)
        )
    })?;
    if !ll.contains("define") || !ll.contains("__mg_module_init") {
        return Err("the .ll file holds no module-init function".into());
    }
    for (emit, needle) in [
        ("ast", "FunctionDef"),
        ("hir", "fn f0 fib"),
        ("llvm-ir", "define"),
        ("asm", "py.fib"),
    ] {
        let out = Command::new(multigen())
            .args(["convert", "--emit", emit, "-o", "-"])
            .arg(&prog)
            .output()?;
        if !out.status.success() || !String::from_utf8_lossy(&out.stdout).contains(needle) {
            return Err(format!("--emit {emit} did not produce `{needle}`").into());
        }
    }
    let obj = dir.join("f.o");
    let out = Command::new(multigen())
        .args(["convert", "--emit", "obj", "-o"])
        .arg(&obj)
        .arg(&prog)
        .output()?;
    let bytes = std::fs::read(&obj)?;
    if !out.status.success() || !bytes.starts_with(b"\x7fELF") {
        return Err("--emit obj did not write an ELF object".into());
    }
    Ok(())
}

fn reject(prog: &Path) -> Result<(), Failed> {
    let text = read(prog)?;
    let expect = text
        .lines()
        .find_map(|l| l.strip_prefix("# expect: "))
        .ok_or("no `# expect: error[KIND] LINE:COL` line")?;
    let (kind, pos) = expect.trim().split_once(' ').ok_or("bad expect line")?;
    let name = prog.file_name().unwrap().to_string_lossy();
    // `FILE:LINE:COL` names another file of a program of several modules.
    let want = match pos.matches(':').count() {
        2 => format!("{pos}: {kind}: "),
        _ => format!("{name}:{pos}: {kind}: "),
    };
    let out = Command::new(multigen())
        .arg("check")
        .arg(prog.file_name().unwrap())
        .current_dir(prog.parent().unwrap())
        .output()?;
    let stderr = String::from_utf8_lossy(&out.stderr);
    if out.status.code() != Some(1) {
        return Err(format!("exit status {}, expected 1\n{stderr}", out.status).into());
    }
    if stderr.contains("panicked") {
        return Err(format!("the compiler panicked\n{stderr}").into());
    }
    let first = stderr.lines().next().unwrap_or("");
    if !first.starts_with(&want) {
        return Err(format!(
            "first diagnostic line differs\n expected: {want}...\n   actual: {first}"
        )
        .into());
    }
    if stderr.lines().count() < 4 || !stderr.contains('^') {
        return Err(format!("diagnostic has no source line and caret\n{stderr}").into());
    }
    Ok(())
}

/// The three runs of a program: JIT at `-O2` and `-O0`, and AOT.
fn run_trials(trials: &mut Vec<Trial>, dir: &str, name: &str, prog: PathBuf, tmp: &Path) {
    let p = prog.clone();
    trials.push(Trial::test(format!("{dir}::jit::{name}"), move || {
        run_jit(&p, "-O2")
    }));
    // Unoptimised code must behave the same: it catches code generation
    // bugs that the optimiser happens to hide.
    let p = prog.clone();
    trials.push(Trial::test(format!("{dir}::jit-O0::{name}"), move || {
        run_jit(&p, "-O0")
    }));
    let t = tmp.to_path_buf();
    trials.push(Trial::test(format!("{dir}::aot::{name}"), move || {
        run_aot(&prog, &t)
    }));
}

fn main() {
    let args = Arguments::from_args();
    let tmp = std::env::temp_dir().join(format!("multigen-corpus-{}", std::process::id()));
    std::fs::create_dir_all(&tmp).expect("cannot create a temporary directory");
    // Every `multigen` below compiles through a compiled-module cache of
    // this run's own: the user's cache stays clean, no entry of an earlier
    // compiler can hide a bug, and the cache's write path is exercised by
    // every program. (Set before the trials start their threads.)
    std::env::set_var("MULTIGEN_CACHE_DIR", tmp.join("cache"));
    std::env::remove_var("MULTIGEN_NO_CACHE");
    std::env::remove_var("MULTIGEN_CACHE_SIZE");
    let mut trials = Vec::new();
    for dir in ["run", "deviations"] {
        for prog in programs(&root().join(dir)) {
            let name = prog.file_stem().unwrap().to_string_lossy().into_owned();
            run_trials(&mut trials, dir, &name, prog, &tmp);
        }
    }
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(root().join("modules"))
        .map(|rd| rd.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    dirs.sort();
    for dir in dirs {
        let prog = dir.join("main.py");
        let Ok(text) = std::fs::read_to_string(&prog) else {
            continue;
        };
        let name = dir.file_name().unwrap().to_string_lossy().into_owned();
        if text.contains("# expect: ") {
            trials.push(Trial::test(format!("modules::reject::{name}"), move || {
                reject(&prog)
            }));
            continue;
        }
        run_trials(&mut trials, "modules", &name, prog, &tmp);
    }
    for prog in programs(&root().join("memory")) {
        let name = prog.file_stem().unwrap().to_string_lossy().into_owned();
        let (p, t) = (prog.clone(), tmp.clone());
        trials.push(Trial::test(format!("memory::jit::{name}"), move || {
            memory(&p, &t, false)
        }));
        let t = tmp.clone();
        trials.push(Trial::test(format!("memory::aot::{name}"), move || {
            memory(&prog, &t, true)
        }));
    }
    let t = tmp.clone();
    trials.push(Trial::test("cli::convert", move || convert(&t)));
    for prog in programs(&root().join("call")) {
        let name = prog.file_stem().unwrap().to_string_lossy().into_owned();
        trials.push(Trial::test(format!("call::{name}"), move || {
            call_cases(&prog)
        }));
    }
    for prog in programs(&root().join("reject")) {
        let name = prog.file_stem().unwrap().to_string_lossy().into_owned();
        trials.push(Trial::test(format!("reject::{name}"), move || {
            reject(&prog)
        }));
    }
    let conclusion = libtest_mimic::run(&args, trials);
    let _ = std::fs::remove_dir_all(&tmp);
    conclusion.exit();
}
