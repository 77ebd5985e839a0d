//! The compiled-module cache, through the `multigen` binary: reuse (a
//! program entry hit, an object entry hit after an edit elsewhere), what
//! separates entries (optimisation level, JIT and executable), damaged
//! entries (flipped bytes, truncation), concurrent runs filling the same
//! entries, eviction of the least recently used, `cache stats` and
//! `cache clear`, the ways to move or disable the cache, and a cache that
//! cannot be written.
//!
//! Hits and misses are observed in the `[cache]` lines `--timings` prints,
//! never by timing. Every test has a scratch directory of its own (under
//! cargo's temporary directory, emptied first) holding its programs and
//! its cache, and sets every variable the cache reads, so that neither the
//! user's cache nor the environment of the test run plays a part.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// A test's scratch directory: its programs, and its cache in `cache/`.
struct Scratch {
    dir: PathBuf,
}

/// What one `multigen` command did.
struct Run {
    status: Option<i32>,
    stdout: String,
    stderr: String,
}

impl Run {
    fn new(out: Output) -> Run {
        Run {
            status: out.status.code(),
            stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        }
    }

    /// The `[cache]` lines of `--timings`, without the keys (16 hex
    /// digits in parentheses) that end some.
    fn cache_log(&self) -> Vec<String> {
        self.stderr
            .lines()
            .filter_map(|l| l.strip_prefix("[cache] "))
            .map(|l| match l.rsplit_once(" (") {
                Some((head, key))
                    if key.len() == 17 && key[..16].bytes().all(|b| b.is_ascii_hexdigit()) =>
                {
                    head.to_string()
                }
                _ => l.to_string(),
            })
            .collect()
    }

    /// Asserts a successful run with this stdout and these cache events.
    fn expect(&self, stdout: &str, log: &[&str]) {
        assert_eq!(self.status, Some(0), "stderr:\n{}", self.stderr);
        assert_eq!(self.stdout, stdout, "stderr:\n{}", self.stderr);
        assert_eq!(self.cache_log(), log, "stderr:\n{}", self.stderr);
    }
}

impl Scratch {
    fn new(test: &str) -> Scratch {
        let dir = Path::new(env!("CARGO_TARGET_TMPDIR"))
            .join("cache-tests")
            .join(test);
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        Scratch { dir }
    }

    fn cache(&self) -> PathBuf {
        self.dir.join("cache")
    }

    fn write(&self, name: &str, text: &str) -> PathBuf {
        let p = self.dir.join(name);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(&p, text).unwrap();
        p
    }

    /// `multigen ARGS` in the scratch directory, with the cache in
    /// `cache/` and no other cache setting from the environment.
    fn command(&self, args: &[&str]) -> Command {
        let mut c = Command::new(env!("CARGO_BIN_EXE_multigen"));
        c.args(args)
            .current_dir(&self.dir)
            .env("MULTIGEN_CACHE_DIR", self.cache())
            .env_remove("MULTIGEN_NO_CACHE")
            .env_remove("MULTIGEN_CACHE_SIZE")
            .env_remove("MULTIGEN_LLVM_ARGS");
        c
    }

    fn run(&self, args: &[&str]) -> Run {
        Run::new(self.command(args).output().unwrap())
    }

    /// `multigen run --timings FILE`.
    fn jit(&self, file: &str) -> Run {
        self.run(&["run", "--timings", file])
    }

    /// The entry files of one kind (`objects`, `programs`) in `cache`.
    fn entries(cache: &Path, kind: &str) -> Vec<PathBuf> {
        let mut out = Vec::new();
        for fan in std::fs::read_dir(cache.join("v1").join(kind))
            .into_iter()
            .flatten()
            .flatten()
        {
            for e in std::fs::read_dir(fan.path()).unwrap().flatten() {
                out.push(e.path());
            }
        }
        out.sort();
        out
    }

    /// The one entry of a kind in this test's cache.
    fn only(&self, kind: &str) -> PathBuf {
        let all = Scratch::entries(&self.cache(), kind);
        assert_eq!(all.len(), 1, "{kind}: {all:?}");
        all[0].clone()
    }
}

/// A small program whose output shows it ran correctly.
const PROGRAM: &str = "\
def fib(n: int) -> int:
    return n if n < 2 else fib(n - 1) + fib(n - 2)

class Acc:
    def __init__(self) -> None:
        self.items: list[int] = []

    def add(self, x: int) -> None:
        self.items.append(x)

a = Acc()
for i in range(10):
    a.add(fib(i))
print(a.items, sum(a.items))
";
const PROGRAM_OUT: &str = "[0, 1, 1, 2, 3, 5, 8, 13, 21, 34] 88\n";

const MISS: [&str; 2] = ["program miss", "module prog miss"];
const HIT: [&str; 1] = ["program hit"];

#[test]
fn a_second_run_reuses_the_program() {
    let s = Scratch::new("hit");
    s.write("prog.py", PROGRAM);
    s.jit("prog.py").expect(PROGRAM_OUT, &MISS);
    s.jit("prog.py").expect(PROGRAM_OUT, &HIT);
    // Without `--timings` nothing about the cache is printed.
    let quiet = s.run(&["run", "prog.py"]);
    assert_eq!(
        (quiet.stdout.as_str(), quiet.stderr.as_str()),
        (PROGRAM_OUT, "")
    );
    // An edit that changes no code (a comment at the end) is a new program
    // whose module compiles to the same IR: its object is reused.
    s.write("prog.py", &format!("{PROGRAM}# a comment\n"));
    s.jit("prog.py")
        .expect(PROGRAM_OUT, &["program miss", "module prog hit"]);
    // A changed program is compiled again and prints its new output.
    s.write("prog.py", &PROGRAM.replace("range(10)", "range(5)"));
    s.jit("prog.py")
        .expect("[0, 1, 1, 2, 3] 7\n", &["program miss", "module prog miss"]);
}

#[test]
fn an_edited_import_recompiles_only_what_changed() {
    let s = Scratch::new("imports");
    let lib = "def scale(x: int) -> int:\n    return 2 * x\n";
    s.write("lib.py", lib);
    s.write("a.py", "from lib import scale\nprint('a', scale(21))\n");
    s.write(
        "b.py",
        "import lib\nprint('b', lib.scale(5), 'more text')\n",
    );
    s.jit("a.py").expect(
        "a 42\n",
        &["program miss", "module lib miss", "module __main__ miss"],
    );
    // Another program importing the same module reuses its object.
    s.jit("b.py").expect(
        "b 10 more text\n",
        &["program miss", "module lib hit", "module __main__ miss"],
    );
    // An edit of the imported module invalidates the importer's program;
    // the importer's own code, which did not change, is reused.
    s.write("lib.py", &lib.replace("2 * x", "3 * x"));
    s.jit("a.py").expect(
        "a 63\n",
        &["program miss", "module lib miss", "module __main__ hit"],
    );
    s.jit("a.py").expect("a 63\n", &HIT);
    s.jit("b.py").expect(
        "b 15 more text\n",
        &["program miss", "module lib hit", "module __main__ hit"],
    );
    // A module that disappears is an error, whatever the cache holds.
    std::fs::remove_file(s.dir.join("lib.py")).unwrap();
    let gone = s.jit("a.py");
    assert_eq!(gone.status, Some(1), "{}", gone.stderr);
    assert!(
        gone.stderr.contains("No module named 'lib'"),
        "{}",
        gone.stderr
    );
}

#[test]
fn optimisation_levels_have_their_own_entries() {
    let s = Scratch::new("levels");
    s.write("prog.py", PROGRAM);
    s.run(&["run", "--timings", "-O0", "prog.py"])
        .expect(PROGRAM_OUT, &MISS);
    s.run(&["run", "--timings", "-O2", "prog.py"])
        .expect(PROGRAM_OUT, &MISS);
    s.run(&["run", "--timings", "-O3", "prog.py"])
        .expect(PROGRAM_OUT, &MISS);
    s.run(&["run", "--timings", "-O0", "prog.py"])
        .expect(PROGRAM_OUT, &HIT);
    s.run(&["run", "--timings", "-O3", "prog.py"])
        .expect(PROGRAM_OUT, &HIT);
    assert_eq!(Scratch::entries(&s.cache(), "objects").len(), 3);
}

#[test]
fn executables_and_the_jit_have_their_own_entries() {
    let s = Scratch::new("aot");
    s.write("prog.py", PROGRAM);
    s.jit("prog.py").expect(PROGRAM_OUT, &MISS);
    let build = |log: &[&str]| {
        let exe = s.dir.join("prog-exe");
        let _ = std::fs::remove_file(&exe);
        s.run(&["build", "--timings", "prog.py", "-o", "prog-exe"])
            .expect("", log);
        let out = Command::new(&exe).output().unwrap();
        assert_eq!(String::from_utf8_lossy(&out.stdout), PROGRAM_OUT);
    };
    build(&MISS);
    build(&HIT);
    s.jit("prog.py").expect(PROGRAM_OUT, &HIT);
    assert_eq!(Scratch::entries(&s.cache(), "programs").len(), 2);
}

#[test]
fn multigen_call_reuses_objects() {
    let s = Scratch::new("call");
    s.write("prog.py", "def twice(x: int) -> int:\n    return 2 * x\n");
    let call = || s.run(&["call", "--timings", "prog.py", "twice", "21"]);
    call().expect("42\n", &["module prog miss"]);
    call().expect("42\n", &["module prog hit"]);
}

/// Damages the single object entry with `damage` and checks that the next
/// run notices, compiles again, prints the right output and leaves an
/// intact entry that the run after it uses.
fn damaged_object_is_rebuilt(test: &str, damage: impl Fn(&mut Vec<u8>)) {
    let s = Scratch::new(test);
    s.write("prog.py", PROGRAM);
    s.jit("prog.py").expect(PROGRAM_OUT, &MISS);
    let object = s.only("objects");
    let mut bytes = std::fs::read(&object).unwrap();
    damage(&mut bytes);
    std::fs::write(&object, &bytes).unwrap();
    s.jit("prog.py").expect(PROGRAM_OUT, &MISS);
    assert_ne!(std::fs::read(&object).unwrap(), bytes);
    s.jit("prog.py").expect(PROGRAM_OUT, &HIT);
}

#[test]
fn a_flipped_byte_in_an_object_is_detected() {
    damaged_object_is_rebuilt("flip", |b| {
        let mid = b.len() / 2;
        b[mid] ^= 0x10;
    });
}

#[test]
fn a_flipped_byte_in_a_header_is_detected() {
    damaged_object_is_rebuilt("flip-header", |b| b[60] ^= 0x01);
}

#[test]
fn a_truncated_object_is_detected() {
    damaged_object_is_rebuilt("truncate", |b| b.truncate(b.len() / 2));
}

#[test]
fn an_emptied_object_is_detected() {
    damaged_object_is_rebuilt("empty", |b| b.clear());
}

#[test]
fn an_object_replaced_by_another_is_detected() {
    // A complete entry stored under another entry's name (its key inside
    // does not match the name) is not used either.
    let s = Scratch::new("swap");
    s.write("prog.py", PROGRAM);
    s.write("other.py", "print('other')\n");
    s.jit("prog.py").expect(PROGRAM_OUT, &MISS);
    let mine = s.only("objects");
    s.jit("other.py")
        .expect("other\n", &["program miss", "module other miss"]);
    let theirs = Scratch::entries(&s.cache(), "objects")
        .into_iter()
        .find(|p| *p != mine)
        .unwrap();
    std::fs::copy(&theirs, &mine).unwrap();
    s.jit("prog.py").expect(PROGRAM_OUT, &MISS);
}

#[test]
fn a_damaged_program_entry_is_rebuilt_from_its_objects() {
    let s = Scratch::new("program-entry");
    s.write("prog.py", PROGRAM);
    s.jit("prog.py").expect(PROGRAM_OUT, &MISS);
    let entry = s.only("programs");
    let bytes = std::fs::read(&entry).unwrap();
    std::fs::write(&entry, &bytes[..bytes.len() - 3]).unwrap();
    s.jit("prog.py")
        .expect(PROGRAM_OUT, &["program miss", "module prog hit"]);
    s.jit("prog.py").expect(PROGRAM_OUT, &HIT);
    // A program entry whose object was removed is a miss too.
    std::fs::remove_file(s.only("objects")).unwrap();
    s.jit("prog.py").expect(PROGRAM_OUT, &MISS);
}

#[test]
fn concurrent_runs_fill_the_same_entries() {
    let s = Scratch::new("concurrent");
    // A larger program, so that the compilations overlap for longer.
    let mut text = String::new();
    for i in 0..40 {
        text.push_str(&format!(
            "def f{i}(n: int) -> int:\n    t = 0\n    for k in range(n):\n        t += k * {i}\n    return t\n\n"
        ));
    }
    text.push_str("print(sum([f0(3), f7(4), f39(5)]))\n");
    s.write("prog.py", &text);
    for round in 0..3 {
        let _ = std::fs::remove_dir_all(s.cache());
        let children: Vec<_> = (0..3)
            .map(|_| {
                s.command(&["run", "--timings", "prog.py"])
                    .stdout(std::process::Stdio::piped())
                    .stderr(std::process::Stdio::piped())
                    .spawn()
                    .unwrap()
            })
            .collect();
        for c in children {
            let run = Run::new(c.wait_with_output().unwrap());
            assert_eq!(run.status, Some(0), "round {round}: {}", run.stderr);
            assert_eq!(run.stdout, "432\n", "round {round}: {}", run.stderr);
        }
        s.jit("prog.py").expect("432\n", &HIT);
        assert_eq!(Scratch::entries(&s.cache(), "objects").len(), 1);
        assert_eq!(Scratch::entries(&s.cache(), "programs").len(), 1);
        // No temporary file is left behind.
        let leftovers: Vec<_> = ["objects", "programs"]
            .iter()
            .flat_map(|k| Scratch::entries(&s.cache(), k))
            .filter(|p| p.file_name().unwrap().to_string_lossy().starts_with(".tmp"))
            .collect();
        assert!(leftovers.is_empty(), "{leftovers:?}");
    }
}

/// The total size of the entries `multigen cache stats` reports.
fn stats_size(stats: &str) -> u64 {
    let line = stats.lines().find(|l| l.starts_with("size: ")).unwrap();
    line["size: ".len()..]
        .split(' ')
        .next()
        .unwrap()
        .parse()
        .unwrap()
}

#[test]
fn eviction_removes_the_least_recently_used() {
    let s = Scratch::new("evict");
    let program = |n: u32| PROGRAM.replace("print(a.items", &format!("print({n}, a.items"));
    for n in 1..=3 {
        s.write(&format!("p{n}.py"), &program(n));
    }
    let out = |n: u32| format!("{n} {PROGRAM_OUT}");
    // The size of one program's entries, measured in a cache of its own.
    let mut measure = s.command(&["run", "p1.py"]);
    measure.env("MULTIGEN_CACHE_DIR", s.dir.join("measure"));
    assert!(measure.status().unwrap().success());
    let mut stats = s.command(&["cache", "stats"]);
    stats.env("MULTIGEN_CACHE_DIR", s.dir.join("measure"));
    let one = stats_size(&String::from_utf8_lossy(&stats.output().unwrap().stdout));
    assert!(one > 1000, "{one}");
    // Room for two programs and a half.
    let limit = (one * 5 / 2).to_string();
    let run = |n: u32| {
        std::thread::sleep(std::time::Duration::from_millis(30));
        let file = format!("p{n}.py");
        let mut c = s.command(&["run", "--timings", &file]);
        c.env("MULTIGEN_CACHE_SIZE", &limit);
        Run::new(c.output().unwrap())
    };
    let miss = |n: u32| ["program miss".to_string(), format!("module p{n} miss")];
    let check = |r: Run, n: u32, log: &[String]| {
        let log: Vec<&str> = log.iter().map(String::as_str).collect();
        r.expect(&out(n), &log);
    };
    check(run(1), 1, &miss(1));
    check(run(2), 2, &miss(2));
    // p1 is used again: now p2 is the least recently used.
    check(run(1), 1, &["program hit".to_string()]);
    check(run(3), 3, &miss(3));
    // p3 did not fit with both: p2 made room, p1 and p3 are kept.
    check(run(1), 1, &["program hit".to_string()]);
    check(run(3), 3, &["program hit".to_string()]);
    check(run(2), 2, &miss(2));
    let mut stats = s.command(&["cache", "stats"]);
    stats.env("MULTIGEN_CACHE_SIZE", &limit);
    let size = stats_size(&String::from_utf8_lossy(&stats.output().unwrap().stdout));
    assert!(size <= one * 5 / 2, "{size} > {limit}");
}

#[test]
fn cache_stats_and_clear() {
    let s = Scratch::new("stats");
    let empty = s.run(&["cache", "stats"]);
    assert_eq!(empty.status, Some(0), "{}", empty.stderr);
    let dir = s.cache().display().to_string();
    assert_eq!(
        empty.stdout,
        format!(
            "directory: {dir}\nstatus: enabled\nprograms: 0\nobjects: 0\nsize: 0 bytes\n\
             limit: 1073741824 bytes (1.0 GiB)\n"
        )
    );
    s.write("lib.py", "def one() -> int:\n    return 1\n");
    s.write("prog.py", "from lib import one\nprint(one())\n");
    s.write("other.py", "print(2)\n");
    s.jit("prog.py").expect(
        "1\n",
        &["program miss", "module lib miss", "module __main__ miss"],
    );
    s.jit("other.py")
        .expect("2\n", &["program miss", "module other miss"]);
    let mut limited = s.command(&["cache", "stats"]);
    limited.env("MULTIGEN_CACHE_SIZE", "300M");
    let stats = Run::new(limited.output().unwrap());
    let lines: Vec<&str> = stats.stdout.lines().collect();
    assert_eq!(
        lines[2..4],
        ["programs: 2", "objects: 3"],
        "{}",
        stats.stdout
    );
    let size = stats_size(&stats.stdout);
    let on_disk: u64 = ["objects", "programs"]
        .iter()
        .flat_map(|k| Scratch::entries(&s.cache(), k))
        .map(|p| std::fs::metadata(p).unwrap().len())
        .sum();
    assert_eq!(size, on_disk);
    assert_eq!(lines[5], "limit: 314572800 bytes (300.0 MiB)");
    let cleared = s.run(&["cache", "clear"]);
    assert_eq!(cleared.status, Some(0), "{}", cleared.stderr);
    assert_eq!(
        cleared.stdout,
        format!(
            "removed 5 entries, {size} bytes ({:.1} KiB), from {dir}\n",
            size as f64 / 1024.0
        )
    );
    assert!(s
        .run(&["cache", "stats"])
        .stdout
        .contains("programs: 0\nobjects: 0\n"));
    s.jit("prog.py").expect(
        "1\n",
        &["program miss", "module lib miss", "module __main__ miss"],
    );
    // `--cache-dir` names the cache these commands look at.
    let other = s.dir.join("elsewhere");
    let other_arg = other.to_str().unwrap();
    let r = s.run(&["cache", "stats", "--cache-dir", other_arg]);
    assert!(r.stdout.starts_with(&format!("directory: {other_arg}\n")));
    assert!(r.stdout.contains("programs: 0\n"), "{}", r.stdout);
    let r = s.run(&["cache", "--cache-dir", other_arg, "clear"]);
    assert_eq!(r.status, Some(0), "{}", r.stderr);
    assert!(r.stdout.starts_with("removed 0 entries"), "{}", r.stdout);
}

#[test]
fn clearing_a_cache_that_is_not_a_directory_fails() {
    let s = Scratch::new("clear-file");
    s.write("cache", "not a directory");
    let r = s.run(&["cache", "clear"]);
    assert_eq!(r.status, Some(2), "{}\n{}", r.stdout, r.stderr);
    assert!(
        r.stderr.starts_with("multigen: cannot clear the cache"),
        "{}",
        r.stderr
    );
}

#[test]
fn a_bad_size_limit_falls_back_to_the_default() {
    let s = Scratch::new("bad-size");
    s.write("prog.py", PROGRAM);
    let mut run = s.command(&["run", "--timings", "prog.py"]);
    run.env("MULTIGEN_CACHE_SIZE", "lots");
    Run::new(run.output().unwrap()).expect(PROGRAM_OUT, &MISS);
    let mut stats = s.command(&["cache", "stats"]);
    stats.env("MULTIGEN_CACHE_SIZE", "lots");
    let stats = Run::new(stats.output().unwrap());
    assert!(
        stats.stdout.contains("limit: 1073741824 bytes"),
        "{}",
        stats.stdout
    );
    assert_eq!(
        stats.stderr,
        "multigen: warning: MULTIGEN_CACHE_SIZE='lots' is not a size (such as 500M or 2G); \
         the default limit is used\n"
    );
}

#[test]
fn the_cache_can_be_disabled() {
    let s = Scratch::new("disabled");
    s.write("prog.py", PROGRAM);
    s.run(&["run", "--timings", "--no-cache", "prog.py"])
        .expect(PROGRAM_OUT, &["off (--no-cache)"]);
    s.run(&["build", "--no-cache", "prog.py", "-o", "prog-exe"])
        .expect("", &[]);
    s.run(&["call", "--no-cache", "--timings", "prog.py", "fib", "10"])
        .expect(&format!("{PROGRAM_OUT}55\n"), &["off (--no-cache)"]);
    let mut env_off = s.command(&["run", "--timings", "prog.py"]);
    env_off.env("MULTIGEN_NO_CACHE", "1");
    Run::new(env_off.output().unwrap()).expect(PROGRAM_OUT, &["off (MULTIGEN_NO_CACHE)"]);
    assert!(!s.cache().exists(), "the cache was written");
    let stats = s.run(&["cache", "stats"]);
    assert!(stats.stdout.contains("programs: 0\n"), "{}", stats.stdout);
    // `MULTIGEN_NO_CACHE=0` does not disable it.
    let mut env_on = s.command(&["run", "--timings", "prog.py"]);
    env_on.env("MULTIGEN_NO_CACHE", "0");
    Run::new(env_on.output().unwrap()).expect(PROGRAM_OUT, &MISS);
    // The two flags contradict each other.
    let both = s.run(&["run", "--no-cache", "--cache-dir", "x", "prog.py"]);
    assert_eq!(both.status, Some(2));
    assert!(
        both.stderr.contains("cannot be used with"),
        "{}",
        both.stderr
    );
}

#[test]
fn the_cache_can_be_moved() {
    let s = Scratch::new("moved");
    s.write("prog.py", PROGRAM);
    // `--cache-dir` wins over `MULTIGEN_CACHE_DIR`.
    s.run(&["run", "--timings", "--cache-dir", "flag-cache", "prog.py"])
        .expect(PROGRAM_OUT, &MISS);
    assert_eq!(
        Scratch::entries(&s.dir.join("flag-cache"), "objects").len(),
        1
    );
    assert!(!s.cache().exists());
    // Without `MULTIGEN_CACHE_DIR`: `$XDG_CACHE_HOME/multigen`, else
    // `$HOME/.cache/multigen` (a relative XDG_CACHE_HOME is ignored).
    let xdg = s.dir.join("xdg");
    let home = s.dir.join("home");
    let mut c = s.command(&["run", "--timings", "prog.py"]);
    c.env_remove("MULTIGEN_CACHE_DIR")
        .env("XDG_CACHE_HOME", &xdg)
        .env("HOME", &home);
    Run::new(c.output().unwrap()).expect(PROGRAM_OUT, &MISS);
    assert_eq!(Scratch::entries(&xdg.join("multigen"), "objects").len(), 1);
    assert!(xdg.join("multigen/CACHEDIR.TAG").is_file());
    let mut c = s.command(&["cache", "stats"]);
    c.env_remove("MULTIGEN_CACHE_DIR")
        .env("XDG_CACHE_HOME", "relative")
        .env("HOME", &home);
    let stats = Run::new(c.output().unwrap());
    let want = format!("directory: {}\n", home.join(".cache/multigen").display());
    assert!(stats.stdout.starts_with(&want), "{}", stats.stdout);
}

#[test]
fn an_unusable_cache_directory_only_costs_time() {
    let s = Scratch::new("unusable");
    s.write("prog.py", PROGRAM);
    // A directory that cannot be created (below a plain file: even root
    // cannot) and one whose entry directories are files.
    s.write("file", "plain");
    s.write("blocked/v1/objects", "plain");
    s.write("blocked/v1/programs", "plain");
    for dir in ["file/cache", "blocked"] {
        for _ in 0..2 {
            let mut c = s.command(&["run", "--timings", "prog.py"]);
            c.env("MULTIGEN_CACHE_DIR", s.dir.join(dir));
            let r = Run::new(c.output().unwrap());
            assert_eq!(
                (r.status, r.stdout.as_str()),
                (Some(0), PROGRAM_OUT),
                "{}",
                r.stderr
            );
            let log = r.cache_log();
            if dir == "blocked" {
                assert_eq!(log, MISS, "{}", r.stderr);
            } else {
                assert_eq!(log.len(), 1, "{}", r.stderr);
                assert!(log[0].starts_with("off (cannot create"), "{}", r.stderr);
            }
        }
        let mut c = s.command(&["build", "prog.py", "-o", "exe"]);
        c.env("MULTIGEN_CACHE_DIR", s.dir.join(dir));
        assert!(c.status().unwrap().success());
        let out = Command::new(s.dir.join("exe")).output().unwrap();
        assert_eq!(String::from_utf8_lossy(&out.stdout), PROGRAM_OUT);
    }
}

#[test]
fn failed_compilations_are_not_cached() {
    let s = Scratch::new("errors");
    s.write("bad.py", "x: int = 'text'\nprint(x)\n");
    for _ in 0..2 {
        let r = s.jit("bad.py");
        assert_eq!(r.status, Some(1), "{}", r.stderr);
        assert!(r.stderr.contains("error["), "{}", r.stderr);
        assert_eq!(r.cache_log(), ["program miss"]);
    }
    assert!(Scratch::entries(&s.cache(), "programs").is_empty());
    // A program that raises at run time compiled fine: it is reused, and
    // still raises.
    s.write("raises.py", "print('before')\nprint(1 // 0)\n");
    for log in [&MISS[..1], &HIT[..]] {
        let r = s.jit("raises.py");
        assert_eq!(r.status, Some(1));
        assert_eq!(r.stdout, "before\n");
        assert!(r
            .stderr
            .ends_with("ZeroDivisionError: integer division or modulo by zero\n"));
        assert_eq!(r.cache_log()[0], log[0]);
    }
}
