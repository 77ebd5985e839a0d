//! Fatal errors (issue 14, item 6): a program that receives SIGSEGV,
//! SIGBUS, SIGFPE, SIGILL or SIGABRT, by `multigen run` or as a built
//! executable, flushes its pending output, prints CPython's faulthandler
//! report (`Fatal Python error: Segmentation fault`, the current thread,
//! its Python frames most recent first) on stderr and dies of that signal.
//! See `docs/reliability.md`, "Fatal signals".
//!
//! * `tests/fatal/spin.py` loops in `spin`, called by `outer`, called by
//!   the module body; each signal is sent from outside once it is in its
//!   loop.
//! * `tests/fatal/blocked.py` waits for input; a signal sent then finds
//!   every frame stopped at a call, with its line.
//! * `tests/fatal/stack_overflow.py` overflows the stack in compiled code
//!   under a small stack limit: the report lists 100 frames and `  ...`.
//! * `tests/fatal/deep_repr.py` overflows the stack in the runtime (the
//!   repr of a deeply nested list): every Python frame is stopped at a
//!   call, and the report gives each its line, through inlined methods,
//!   a generator and a list comprehension; `tests/fatal/imported/` does
//!   it in a function of an imported module.
//!
//! Running out of memory (`MemoryError` instead of being killed) is
//! covered with the other run-time errors by `reliability.rs`
//! (`tests/errors/memory_*.py`, under `ulimit -v`, by JIT and as
//! executables).

#![cfg(target_os = "linux")]

use std::io::Read;
use std::os::unix::process::ExitStatusExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitStatus, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

const SIGILL: i32 = 4;
const SIGABRT: i32 = 6;
const SIGBUS: i32 = 7;
const SIGFPE: i32 = 8;
const SIGKILL: i32 = 9;
const SIGSEGV: i32 = 11;
const SIGTERM: i32 = 15;

/// The signals reported, with faulthandler's names for them.
const FATAL: [(i32, &str); 5] = [
    (SIGSEGV, "Segmentation fault"),
    (SIGBUS, "Bus error"),
    (SIGFPE, "Floating point exception"),
    (SIGILL, "Illegal instruction"),
    (SIGABRT, "Aborted"),
];

/// How long a program may take to start or to end before the test fails
/// (generous: the machine may be loaded).
const PATIENCE: Duration = Duration::from_secs(300);

extern "C" {
    fn kill(pid: i32, sig: i32) -> i32;
}

fn multigen() -> &'static str {
    env!("CARGO_BIN_EXE_multigen")
}

/// `tests/fatal`, without `..` (the reports name programs by their
/// absolute path).
fn dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/fatal")
        .canonicalize()
        .expect("tests/fatal exists")
}

/// A scratch directory for the executables of this test process.
fn scratch() -> PathBuf {
    let d = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("fatal-{}", std::process::id()));
    std::fs::create_dir_all(&d).expect("cannot create a scratch directory");
    d
}

/// How a program runs.
#[derive(Clone, Copy, Debug)]
enum Mode {
    /// `multigen run` at this optimisation level.
    Jit(&'static str),
    /// The executable `multigen build` made.
    Aot,
}

/// Builds `tests/fatal/NAME.py` into an executable.
fn build(name: &str) -> PathBuf {
    let exe = scratch().join(name.replace('/', "-"));
    let out = Command::new(multigen())
        .arg("build")
        .arg(dir().join(format!("{name}.py")))
        .arg("-o")
        .arg(&exe)
        .output()
        .expect("cannot run multigen build");
    assert!(
        out.status.success(),
        "multigen build {name}.py: {}\n{}",
        out.status,
        String::from_utf8_lossy(&out.stderr)
    );
    exe
}

/// A command that runs `tests/fatal/NAME.py` in `mode` (`exe`: the
/// executable, for AOT) through `sh`, after the shell commands `setup`;
/// core dumps are off, since the processes die of fatal signals.
fn command(name: &str, mode: Mode, exe: Option<&Path>, setup: &str) -> Command {
    let mut cmd = Command::new("sh");
    cmd.arg("-c")
        .arg(format!("ulimit -c 0 && {setup} && exec \"$0\" \"$@\""));
    match mode {
        Mode::Jit(opt) => {
            cmd.arg(multigen())
                .args(["run", opt])
                .arg(dir().join(format!("{name}.py")));
        }
        Mode::Aot => {
            cmd.arg(exe.expect("AOT runs an executable"));
        }
    }
    cmd.current_dir(dir())
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    cmd
}

/// What a program that ended left.
struct Ended {
    stdout: String,
    stderr: String,
    status: ExitStatus,
}

/// Waits for `child` to end, killing it after [`PATIENCE`].
fn wait(child: &mut Child) -> ExitStatus {
    let start = Instant::now();
    loop {
        if let Some(s) = child.try_wait().expect("cannot wait for the program") {
            return s;
        }
        if start.elapsed() > PATIENCE {
            let _ = child.kill();
            let _ = child.wait();
            panic!("the program did not end");
        }
        std::thread::sleep(Duration::from_millis(10));
    }
}

/// Runs a command to its end.
fn run(mut cmd: Command) -> Ended {
    let mut child = cmd.spawn().expect("cannot run the program");
    let mut out = child.stdout.take().unwrap();
    let mut err = child.stderr.take().unwrap();
    let out_reader = std::thread::spawn(move || {
        let mut v = Vec::new();
        let _ = out.read_to_end(&mut v);
        v
    });
    let err_reader = std::thread::spawn(move || {
        let mut v = Vec::new();
        let _ = err.read_to_end(&mut v);
        v
    });
    let status = wait(&mut child);
    let text = |v: Vec<u8>| String::from_utf8_lossy(&v).into_owned();
    Ended {
        stdout: text(out_reader.join().unwrap()),
        stderr: text(err_reader.join().unwrap()),
        status,
    }
}

/// The CPU time (user + system, in clock ticks) process `pid` has used.
fn cpu_ticks(pid: u32) -> u64 {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap_or_default();
    // The fields after the command name (which is in parentheses and may
    // hold spaces) start with the state; utime and stime are fields 14
    // and 15 of the whole line.
    let rest = stat.rsplit_once(')').map_or("", |(_, r)| r);
    let fields: Vec<&str> = rest.split_whitespace().collect();
    let field = |i: usize| fields.get(i).and_then(|f| f.parse::<u64>().ok());
    field(11).unwrap_or(0) + field(12).unwrap_or(0)
}

/// Runs `spin.py` until it is in its loop, sends it `sig` and collects what
/// follows: its stdout after the first 70,000 bytes, stderr, the status.
///
/// The first line is longer than the runtime's output buffer, so it
/// arrives at once; the program is then in its loop as soon as it has used
/// a little CPU time after that (printing the partial line takes
/// microseconds), which does not depend on how loaded the machine is.
fn spin_and_kill(cmd: Command, sig: i32) -> Ended {
    let mut cmd = cmd;
    let mut child = cmd.spawn().expect("cannot run spin.py");
    let mut out = child.stdout.take().unwrap();
    let mut err = child.stderr.take().unwrap();
    let (ready_tx, ready_rx) = mpsc::channel();
    let out_reader = std::thread::spawn(move || {
        let mut first = vec![0u8; 70000];
        let _ = ready_tx.send(out.read_exact(&mut first).is_ok());
        let mut rest = Vec::new();
        let _ = out.read_to_end(&mut rest);
        rest
    });
    let err_reader = std::thread::spawn(move || {
        let mut all = Vec::new();
        let _ = err.read_to_end(&mut all);
        all
    });
    let give_up = |child: &mut Child, why: &str| -> ! {
        let _ = child.kill();
        let _ = child.wait();
        panic!("{why}");
    };
    if ready_rx.recv_timeout(PATIENCE) != Ok(true) {
        give_up(&mut child, "the first line of spin.py did not arrive");
    }
    let pid = child.id();
    let base = cpu_ticks(pid);
    let start = Instant::now();
    while cpu_ticks(pid) < base + 20 {
        if start.elapsed() > PATIENCE {
            give_up(&mut child, "spin.py did not run");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    // SAFETY: `kill` with the pid of our own, still unreaped child.
    unsafe { kill(pid as i32, sig) };
    let status = wait(&mut child);
    let text = |v: Vec<u8>| String::from_utf8_lossy(&v).into_owned();
    Ended {
        stdout: text(out_reader.join().unwrap()),
        stderr: text(err_reader.join().unwrap()),
        status,
    }
}

/// The state of process `pid` (`R` running, `S` sleeping...).
fn state(pid: u32) -> char {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap_or_default();
    let rest = stat.rsplit_once(')').map_or("", |(_, r)| r);
    rest.trim_start().chars().next().unwrap_or('?')
}

/// Runs `blocked.py` until it waits for its input (its prompt has arrived
/// and it sleeps: in the read, which is all that is left to do), sends it
/// `sig` and collects its stdout, stderr and status. Its stdin stays open
/// and empty.
fn block_and_kill(cmd: Command, sig: i32) -> Ended {
    let mut cmd = cmd;
    cmd.stdin(Stdio::piped());
    let mut child = cmd.spawn().expect("cannot run blocked.py");
    let stdin = child.stdin.take();
    let mut out = child.stdout.take().unwrap();
    let mut err = child.stderr.take().unwrap();
    let (ready_tx, ready_rx) = mpsc::channel();
    let out_reader = std::thread::spawn(move || {
        let mut first = vec![0u8; "waiting\n? ".len()];
        let ok = out.read_exact(&mut first).is_ok();
        let _ = ready_tx.send(ok);
        let mut rest = Vec::new();
        let _ = out.read_to_end(&mut rest);
        first.extend(rest);
        first
    });
    let err_reader = std::thread::spawn(move || {
        let mut all = Vec::new();
        let _ = err.read_to_end(&mut all);
        all
    });
    let give_up = |child: &mut Child, why: &str| -> ! {
        let _ = child.kill();
        let _ = child.wait();
        panic!("{why}");
    };
    if ready_rx.recv_timeout(PATIENCE) != Ok(true) {
        give_up(&mut child, "the prompt of blocked.py did not arrive");
    }
    let pid = child.id();
    let start = Instant::now();
    while state(pid) != 'S' {
        if start.elapsed() > PATIENCE {
            give_up(&mut child, "blocked.py did not wait for its input");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    // SAFETY: `kill` with the pid of our own, still unreaped child.
    unsafe { kill(pid as i32, sig) };
    let status = wait(&mut child);
    drop(stdin);
    let text = |v: Vec<u8>| String::from_utf8_lossy(&v).into_owned();
    Ended {
        stdout: text(out_reader.join().unwrap()),
        stderr: text(err_reader.join().unwrap()),
        status,
    }
}

/// Stderr with the thread id of the report (16 hex digits, which vary)
/// replaced by `<tid>`; panics if it is not there.
fn normalize(stderr: &str) -> String {
    let marker = "Current thread 0x";
    let at = stderr
        .find(marker)
        .unwrap_or_else(|| panic!("no thread line in the report:\n{stderr}"))
        + marker.len();
    let id = stderr.get(at..at + 16).unwrap_or("");
    assert!(
        id.len() == 16 && id.bytes().all(|b| b.is_ascii_hexdigit()),
        "the thread id is not 16 hex digits:\n{stderr}"
    );
    format!("{}<tid>{}", &stderr[..at], &stderr[at + 16..])
}

/// The report faulthandler prints for `message` with these frames (line,
/// function) of `tests/fatal/NAME.py`, most recent first.
fn report(message: &str, name: &str, frames: &[(&str, &str)]) -> String {
    let frames: Vec<(&str, &str, &str)> = frames.iter().map(|(l, f)| (name, *l, *f)).collect();
    report_files(message, &frames)
}

/// Like [`report`], with frames (file `tests/fatal/NAME.py`, line,
/// function) of several files.
fn report_files(message: &str, frames: &[(&str, &str, &str)]) -> String {
    let mut s = format!(
        "Fatal Python error: {message}\n\nCurrent thread 0x<tid> (most recent call first):\n"
    );
    for (name, line, func) in frames {
        let path = dir().join(format!("{name}.py"));
        s.push_str(&format!(
            "  File \"{}\", line {line} in {func}\n",
            path.display()
        ));
    }
    s
}

/// Sends every fatal signal to `spin.py` running in `mode`, and checks
/// the report, the flushed output and that the process died of it.
fn check_signals(mode: Mode, exe: Option<&Path>, signals: &[(i32, &str)]) {
    for &(sig, message) in signals {
        let got = spin_and_kill(command("spin", mode, exe, "true"), sig);
        let context = format!("{mode:?}, signal {sig}:\n{}", got.stderr);
        assert_eq!(got.status.signal(), Some(sig), "{context}");
        assert_eq!(
            got.stdout, "\npartial",
            "{context}\nthe buffered output was not flushed"
        );
        let want = report(
            message,
            "spin",
            &[("???", "spin"), ("21", "outer"), ("26", "<module>")],
        );
        assert_eq!(normalize(&got.stderr), want, "{context}");
    }
}

#[test]
fn fatal_signals_are_reported_by_multigen_run() {
    check_signals(Mode::Jit("-O2"), None, &FATAL);
    check_signals(Mode::Jit("-O0"), None, &FATAL[..1]);
}

#[test]
fn fatal_signals_are_reported_by_executables() {
    let exe = build("spin");
    check_signals(Mode::Aot, Some(&exe), &FATAL);
    let _ = std::fs::remove_file(exe);
}

/// A signal from outside while the program is blocked in the runtime:
/// every Python frame is stopped at a call, so each has its line, also
/// those LLVM inlined into the module body.
#[test]
fn signals_while_blocked_in_the_runtime_give_every_line() {
    let exe = build("blocked");
    for (mode, sig, message) in [
        (Mode::Jit("-O2"), SIGSEGV, "Segmentation fault"),
        (Mode::Jit("-O0"), SIGABRT, "Aborted"),
        (Mode::Aot, SIGSEGV, "Segmentation fault"),
    ] {
        let got = block_and_kill(command("blocked", mode, Some(&exe), "true"), sig);
        let context = format!("{mode:?}:\n{}", got.stderr);
        assert_eq!(got.status.signal(), Some(sig), "{context}");
        assert_eq!(got.stdout, "waiting\n? ", "{context}");
        let want = report(
            message,
            "blocked",
            &[
                ("8", "ask"),
                ("13", "run"),
                ("17", "outer"),
                ("21", "<module>"),
            ],
        );
        assert_eq!(normalize(&got.stderr), want, "{context}");
    }
    let _ = std::fs::remove_file(exe);
}

/// Signals that ask a process to end keep their default action, as in
/// CPython: the process ends at once, by that signal, without a report.
#[test]
fn terminating_signals_keep_their_default_action() {
    for sig in [SIGTERM, SIGKILL] {
        let got = spin_and_kill(command("spin", Mode::Jit("-O2"), None, "true"), sig);
        assert_eq!(got.status.signal(), Some(sig), "{}", got.status);
        assert_eq!(got.stderr, "");
    }
}

/// A stack overflow in compiled code (950 frames of a function with a
/// large frame under a 384 KiB stack limit): the report lists the first
/// 100 frames, most recent first, and `  ...`. The innermost frame stopped
/// where it overflowed (its line is not known there), every other one at
/// the recursive call.
#[test]
fn stack_overflow_in_compiled_code_is_reported() {
    let ok = run(command("stack_overflow", Mode::Jit("-O2"), None, "true"));
    assert!(ok.status.success(), "{}\n{}", ok.status, ok.stderr);
    assert_eq!(ok.stdout, "start\npartial384214\n");
    let exe = build("stack_overflow");
    for mode in [Mode::Jit("-O2"), Mode::Aot] {
        let got = run(command("stack_overflow", mode, Some(&exe), "ulimit -s 384"));
        let context = format!("{mode:?}:\n{}", got.stderr);
        assert_eq!(got.status.signal(), Some(SIGSEGV), "{context}");
        assert_eq!(got.stdout, "start\npartial", "{context}");
        let stderr = normalize(&got.stderr);
        let head = report("Segmentation fault", "stack_overflow", &[]);
        let frames = stderr
            .strip_prefix(&head)
            .unwrap_or_else(|| panic!("{context}"));
        let lines: Vec<&str> = frames.lines().collect();
        assert_eq!(lines.len(), 101, "{context}");
        assert_eq!(lines[100], "  ...", "{context}");
        let path = dir().join("stack_overflow.py");
        let frame = |line: &str| format!("  File \"{}\", line {line} in f", path.display());
        assert!(
            lines[0].starts_with(&format!("  File \"{}\", line ", path.display()))
                && lines[0].ends_with(" in f"),
            "{context}"
        );
        for l in &lines[1..100] {
            assert_eq!(*l, frame("109"), "{context}");
        }
    }
    let _ = std::fs::remove_file(exe);
}

/// A stack overflow in the runtime (the repr of a list nested a million
/// deep): the program's frames are all stopped at calls, so each has its
/// line, also where LLVM inlined the method into the generator, and
/// the generator, the list comprehension and `main` into the module body.
#[test]
fn stack_overflow_in_the_runtime_is_reported() {
    let exe = build("deep_repr");
    for mode in [Mode::Jit("-O2"), Mode::Jit("-O0"), Mode::Aot] {
        let got = run(command("deep_repr", mode, Some(&exe), "ulimit -s 8192"));
        let context = format!("{mode:?}:\n{}", got.stderr);
        assert_eq!(got.status.signal(), Some(SIGSEGV), "{context}");
        assert_eq!(got.stdout, "start\npartial1\n", "{context}");
        let want = report(
            "Segmentation fault",
            "deep_repr",
            &[
                ("20", "show"),
                ("26", "shown"),
                ("31", "<listcomp>"),
                ("31", "main"),
                ("36", "<module>"),
            ],
        );
        assert_eq!(normalize(&got.stderr), want, "{context}");
    }
    let _ = std::fs::remove_file(exe);
}

/// Frames of an imported module name its own file.
#[test]
fn frames_of_imported_modules_are_reported() {
    let exe = build("imported/main");
    for mode in [Mode::Jit("-O2"), Mode::Aot] {
        let got = run(command("imported/main", mode, Some(&exe), "ulimit -s 8192"));
        let context = format!("{mode:?}:\n{}", got.stderr);
        assert_eq!(got.status.signal(), Some(SIGSEGV), "{context}");
        assert_eq!(got.stdout, "start\n", "{context}");
        let want = report_files(
            "Segmentation fault",
            &[
                ("imported/util", "14", "show"),
                ("imported/main", "7", "run"),
                ("imported/main", "11", "<module>"),
            ],
        );
        assert_eq!(normalize(&got.stderr), want, "{context}");
    }
    let _ = std::fs::remove_file(exe);
}
