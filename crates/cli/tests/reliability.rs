//! Runtime reliability: collector roots, error paths and fatal signals.
//! See `docs/reliability.md`.
//!
//! * `tests/gcroots/NAME.py`: programs that keep data only in globals,
//!   containers, object fields, exception objects and locals while they
//!   churn out garbage. They run by JIT and as executables with
//!   `MULTIGEN_GC_STRESS=1` (a full collection at every allocation; a
//!   `# gc-stress: N` line in the program picks another period), and must
//!   print exactly what CPython printed (`NAME.out`, `NAME.status`,
//!   `NAME.tb`): a root the collector does not scan loses data at once.
//! * `tests/errors/NAME.py`: one program per kind of run-time error, each
//!   printing a partial line (`end=""`) before the error. By JIT (`-O2`,
//!   `-O0`) and as executables: stdout, exit status and the whole
//!   traceback must be CPython's, and with stdout and stderr sent to the
//!   same file the partial line must come before the traceback (stdout is
//!   flushed first). `memory_*.py` run under a virtual-memory limit and end
//!   with (or catch) `MemoryError`.
//!
//! Fatal signals are covered by `fatal.rs`.
//!
//! The expected files come from CPython: `tests/errors/regen-expected.sh`.

use std::fs::File;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitStatus, Stdio};
use std::time::{Duration, Instant};

/// How long one program may run before it counts as hung.
const TIME_LIMIT: Duration = Duration::from_secs(300);
/// The virtual-memory limits (KiB) for `memory_*` programs: an executable
/// needs little besides its heap; the JIT also holds the compiler.
const MEMORY_LIMIT_AOT: u64 = 300_000;
const MEMORY_LIMIT_JIT: u64 = 600_000;

/// The compiler, with the environment of every command these tests start
/// (children inherit it) pointing at a compiled-module cache of this run's
/// own, emptied on first use, so that the user's cache stays clean and no
/// entry of an earlier compiler is reused.
fn multigen() -> &'static str {
    static CACHE: std::sync::Once = std::sync::Once::new();
    CACHE.call_once(|| {
        let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("cache-reliability");
        let _ = std::fs::remove_dir_all(&dir);
        std::env::set_var("MULTIGEN_CACHE_DIR", &dir);
        std::env::remove_var("MULTIGEN_NO_CACHE");
    });
    env!("CARGO_BIN_EXE_multigen")
}

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests")
}

fn programs(dir: &str) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(root().join(dir))
        .map(|rd| rd.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    v.retain(|p| p.extension().is_some_and(|e| e == "py"));
    v.sort();
    assert!(!v.is_empty(), "no programs in tests/{dir}");
    v
}

fn name(prog: &Path) -> String {
    prog.file_stem().unwrap().to_string_lossy().into_owned()
}

/// A scratch directory for the files of this test process.
fn scratch() -> PathBuf {
    let d =
        Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("reliability-{}", std::process::id()));
    std::fs::create_dir_all(&d).expect("cannot create a scratch directory");
    d
}

/// What a finished program did. With `merged`, `stdout` holds stdout and
/// stderr in the order they were written and `stderr` is empty.
struct Outcome {
    stdout: String,
    stderr: String,
    status: ExitStatus,
}

/// Runs `cmd` to completion (killing it after [`TIME_LIMIT`]), with its
/// output in files.
fn run(mut cmd: Command, merged: bool, tag: &str) -> Result<Outcome, String> {
    let dir = scratch();
    let out_path = dir.join(format!("{tag}.stdout"));
    let err_path = dir.join(format!("{tag}.stderr"));
    let out = File::create(&out_path).map_err(|e| e.to_string())?;
    let err = if merged {
        out.try_clone().map_err(|e| e.to_string())?
    } else {
        File::create(&err_path).map_err(|e| e.to_string())?
    };
    cmd.stdin(Stdio::null()).stdout(out).stderr(err);
    let mut child = cmd
        .spawn()
        .map_err(|e| format!("cannot run {cmd:?}: {e}"))?;
    let start = Instant::now();
    let status = loop {
        if let Some(s) = child.try_wait().map_err(|e| e.to_string())? {
            break s;
        }
        if start.elapsed() > TIME_LIMIT {
            let _ = child.kill();
            let _ = child.wait();
            return Err(format!("{cmd:?} did not finish in {TIME_LIMIT:?}"));
        }
        std::thread::sleep(Duration::from_millis(10));
    };
    let read =
        |p: &Path| String::from_utf8_lossy(&std::fs::read(p).unwrap_or_default()).into_owned();
    let outcome = Outcome {
        stdout: read(&out_path),
        stderr: if merged {
            String::new()
        } else {
            read(&err_path)
        },
        status,
    };
    let _ = std::fs::remove_file(&out_path);
    let _ = std::fs::remove_file(&err_path);
    Ok(outcome)
}

/// A command that runs `program args` under `ulimit -SHELL_FLAG VALUE`.
fn limited(flag: &str, value: u64, program: &Path, args: &[&str]) -> Command {
    let mut cmd = Command::new("sh");
    cmd.arg("-c")
        .arg(format!("ulimit -{flag} {value} && exec \"$0\" \"$@\""))
        .arg(program)
        .args(args);
    cmd
}

/// Builds `prog` into an executable in the scratch directory.
fn build(prog: &Path, tag: &str) -> Result<PathBuf, String> {
    let exe = scratch().join(tag);
    let out = Command::new(multigen())
        .arg("build")
        .arg(prog)
        .arg("-o")
        .arg(&exe)
        .output()
        .map_err(|e| e.to_string())?;
    if !out.status.success() {
        return Err(format!(
            "multigen build {} failed ({})\n{}",
            prog.display(),
            out.status,
            String::from_utf8_lossy(&out.stderr)
        ));
    }
    Ok(exe)
}

/// How a program is run.
#[derive(Clone, Copy, Debug)]
enum Mode {
    Jit(&'static str),
    Aot,
}

/// A command that runs `prog` (already built to `exe` for AOT) in `mode`,
/// with cwd = the program's directory, under a memory limit for
/// `memory_*` programs.
fn command(prog: &Path, exe: Option<&Path>, mode: Mode) -> Command {
    let file = prog.file_name().unwrap().to_str().unwrap();
    let memory = name(prog).starts_with("memory_");
    let mut cmd = match (mode, exe) {
        (Mode::Jit(opt), _) if memory => limited(
            "v",
            MEMORY_LIMIT_JIT,
            Path::new(multigen()),
            &["run", opt, file],
        ),
        (Mode::Jit(opt), _) => {
            let mut c = Command::new(multigen());
            c.args(["run", opt, file]);
            c
        }
        (Mode::Aot, Some(exe)) if memory => limited("v", MEMORY_LIMIT_AOT, exe, &[]),
        (Mode::Aot, Some(exe)) => Command::new(exe),
        (Mode::Aot, None) => unreachable!("AOT needs an executable"),
    };
    cmd.current_dir(prog.parent().unwrap());
    cmd
}

/// Stderr in the form `NAME.tb` files hold: `File` paths cut to the file
/// name, and CPython's column-marker lines (`^^^^`) dropped.
fn normalize_traceback(stderr: &str) -> String {
    let mut out = String::new();
    for line in stderr.lines() {
        let t = line.trim();
        if !t.is_empty() && t.chars().all(|c| c == '^' || c == '~') {
            continue;
        }
        match line
            .split_once("  File \"")
            .and_then(|(before, r)| Some((before, r.split_once('"')?)))
        {
            Some((before, (path, rest))) if path.ends_with(".py") => {
                let name = path.rsplit('/').next().unwrap_or(path);
                out.push_str(&format!("{before}  File \"{name}\"{rest}"));
            }
            _ => out.push_str(line),
        }
        out.push('\n');
    }
    out
}

/// CPython's recorded behaviour for a program.
struct Expected {
    stdout: String,
    code: i32,
    last_stderr_line: String,
    traceback: Option<String>,
}

fn expected(prog: &Path) -> Result<Expected, String> {
    let read = |ext: &str| {
        std::fs::read_to_string(prog.with_extension(ext))
            .map_err(|e| format!("cannot read {}: {e}", prog.with_extension(ext).display()))
    };
    let status = read("status")?;
    let mut lines = status.lines();
    let code = lines
        .next()
        .unwrap_or("0")
        .trim()
        .parse()
        .map_err(|_| "bad .status file")?;
    Ok(Expected {
        stdout: read("out")?,
        code,
        last_stderr_line: lines.next().unwrap_or("").to_string(),
        traceback: read("tb").ok(),
    })
}

/// Checks a run with separate stdout and stderr against CPython's.
fn compare(want: &Expected, got: &Outcome) -> Result<(), String> {
    let context = || format!("--- stdout\n{}\n--- stderr\n{}", got.stdout, got.stderr);
    if got.stdout != want.stdout {
        return Err(format!(
            "stdout differs\n--- expected\n{}\n{}",
            want.stdout,
            context()
        ));
    }
    if got.status.code() != Some(want.code) {
        return Err(format!(
            "exit status {}, expected {}\n{}",
            got.status,
            want.code,
            context()
        ));
    }
    match &want.traceback {
        Some(tb) => {
            let actual = normalize_traceback(&got.stderr);
            if &actual != tb {
                return Err(format!(
                    "traceback differs\n--- expected\n{tb}--- actual\n{actual}"
                ));
            }
        }
        None if want.code == 0 && !got.stderr.is_empty() => {
            return Err(format!("unexpected stderr\n{}", context()));
        }
        None => {
            let last = got.stderr.lines().last().unwrap_or("");
            if last != want.last_stderr_line {
                return Err(format!(
                    "last stderr line differs: expected {:?}, got {last:?}",
                    want.last_stderr_line
                ));
            }
        }
    }
    Ok(())
}

/// Checks a run with stdout and stderr in one file: everything the
/// program printed comes first, then the traceback.
fn compare_merged(want: &Expected, got: &Outcome) -> Result<(), String> {
    let expect = format!(
        "{}{}",
        want.stdout,
        want.traceback.as_deref().unwrap_or_default()
    );
    let actual = normalize_traceback(&got.stdout);
    // `normalize_traceback` ends every line; a program whose output ends
    // without a newline and prints no traceback has one less.
    let actual = if !expect.ends_with('\n') {
        actual.strip_suffix('\n').unwrap_or(&actual).to_string()
    } else {
        actual
    };
    if actual != expect {
        return Err(format!(
            "stdout+stderr (one file) differ: output must be flushed before the traceback\n--- expected\n{expect}\n--- actual\n{actual}"
        ));
    }
    Ok(())
}

/// Runs every program of `dir` in each mode, `checks` times per mode (the
/// second time with stdout and stderr merged when `merged`), with the
/// extra environment `env`; collects all failures.
fn run_dir(dir: &str, modes: &[Mode], merged: bool, env: &dyn Fn(&Path) -> Vec<(String, String)>) {
    let mut failures = Vec::new();
    for prog in programs(dir) {
        let want = match expected(&prog) {
            Ok(w) => w,
            Err(e) => {
                failures.push(format!("{}: {e}", prog.display()));
                continue;
            }
        };
        for &mode in modes {
            let tag = format!("{}-{}-{mode:?}", dir.replace('/', "-"), name(&prog))
                .replace(['(', ')', '"'], "");
            let exe = match mode {
                Mode::Aot => match build(&prog, &tag) {
                    Ok(exe) => Some(exe),
                    Err(e) => {
                        failures.push(format!("{dir}/{} {mode:?}: {e}", name(&prog)));
                        continue;
                    }
                },
                Mode::Jit(_) => None,
            };
            let mut result = Ok(());
            for merge in [false, true] {
                if merge && !merged {
                    continue;
                }
                let mut cmd = command(&prog, exe.as_deref(), mode);
                cmd.envs(env(&prog));
                result = run(cmd, merge, &tag).and_then(|got| {
                    if merge {
                        compare_merged(&want, &got)
                    } else {
                        compare(&want, &got)
                    }
                });
                if result.is_err() {
                    break;
                }
            }
            if let Err(e) = result {
                failures.push(format!("{dir}/{} {mode:?}: {e}", name(&prog)));
            }
            if let Some(exe) = exe {
                let _ = std::fs::remove_file(exe);
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} failure(s):\n\n{}",
        failures.len(),
        failures.join("\n\n")
    );
}

/// The stress period for a `tests/gcroots` program: its `# gc-stress: N`
/// line, or 1 (a collection at every allocation).
fn stress_env(prog: &Path) -> Vec<(String, String)> {
    let text = std::fs::read_to_string(prog).unwrap_or_default();
    let n = text
        .lines()
        .find_map(|l| l.strip_prefix("# gc-stress:"))
        .map(|v| v.trim().to_string())
        .unwrap_or_else(|| "1".into());
    vec![("MULTIGEN_GC_STRESS".into(), n)]
}

#[test]
fn gc_roots_jit() {
    run_dir("gcroots", &[Mode::Jit("-O2")], false, &stress_env);
}

#[test]
fn gc_roots_aot() {
    run_dir("gcroots", &[Mode::Aot], false, &stress_env);
}

#[test]
fn error_paths_jit() {
    run_dir(
        "errors",
        &[Mode::Jit("-O2"), Mode::Jit("-O0")],
        true,
        &|_| Vec::new(),
    );
}

#[test]
fn error_paths_aot() {
    run_dir("errors", &[Mode::Aot], true, &|_| Vec::new());
}
