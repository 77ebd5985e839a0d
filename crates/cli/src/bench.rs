//! `multigen bench prog.py`: the same program run by the JIT and built
//! ahead of time, each phase measured several times, the outputs compared,
//! and the table of the specification's demo printed (or JSON).
//!
//! Every measurement is a child process of this same executable, so that
//! each run starts fresh (the runtime keeps process-wide state), the
//! program's stdout can be captured and compared byte for byte, and the
//! times include what a user waits for. The JIT's split between compiling
//! and running comes from the child itself: the driver appends each phase's
//! time to the file named by `MULTIGEN_TIMINGS_FILE`, which keeps it apart
//! from whatever the program writes to stderr.
//!
//! What each number is (the note under the table says it too):
//! * JIT compile: the wall time of `multigen run` less the program's own
//!   run (process start, parsing, checking, LLVM, the in-memory link, exit);
//! * JIT run: the module body, timed inside that process;
//! * AOT compile: the wall time of `multigen build` (compile and `cc` link);
//! * AOT run: the wall time of the executable, process start included;
//! * totals: compile + run of one measurement, so both columns count the
//!   same things a user waits for.
//!
//! "Cold" runs get a new, empty compiled-module cache directory each
//! (`MULTIGEN_CACHE_DIR`), "warm" ones share one that a first, unmeasured
//! run filled. A build of the compiler without the cache ignores the
//! variable; the report then says that cold and warm are the same.

use multigen_driver::TIMINGS_FILE_ENV;
use serde_json::{json, Value};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode, Output, Stdio};
use std::time::Instant;

/// The environment variable that points the compiled-module cache at a
/// directory.
const CACHE_DIR_ENV: &str = "MULTIGEN_CACHE_DIR";

/// What `multigen bench` was asked to do.
pub struct BenchArgs {
    pub file: PathBuf,
    pub runs: usize,
    pub opt_level: u8,
    pub json: bool,
}

/// A failure that ends the benchmark: the message and the exit status.
struct Failure(String, u8);

/// One child process: its output and how long it took.
struct Measured {
    out: Output,
    wall_ms: f64,
    /// The phases the driver reported (empty for executables).
    phases: Vec<(String, f64)>,
}

/// Every sample of every metric, in milliseconds.
#[derive(Default)]
struct Samples {
    jit_compile_cold: Vec<f64>,
    jit_compile_warm: Vec<f64>,
    jit_run: Vec<f64>,
    jit_total_cold: Vec<f64>,
    jit_total_warm: Vec<f64>,
    aot_compile_cold: Vec<f64>,
    aot_compile_warm: Vec<f64>,
    aot_run: Vec<f64>,
    jit_phases: BTreeMap<String, Vec<f64>>,
    aot_phases: BTreeMap<String, Vec<f64>>,
}

/// Median, extremes and standard deviation of a metric.
#[derive(Clone, Copy, Debug)]
struct Stats {
    median: f64,
    min: f64,
    max: f64,
    stdev: f64,
}

fn stats(v: &[f64]) -> Stats {
    let mut s = v.to_vec();
    s.sort_by(f64::total_cmp);
    let n = s.len();
    let median = if n == 0 {
        0.0
    } else if n % 2 == 1 {
        s[n / 2]
    } else {
        (s[n / 2 - 1] + s[n / 2]) / 2.0
    };
    let mean = s.iter().sum::<f64>() / n.max(1) as f64;
    let var = s.iter().map(|x| (x - mean) * (x - mean)).sum::<f64>() / n.max(1) as f64;
    Stats {
        median,
        min: s.first().copied().unwrap_or(0.0),
        max: s.last().copied().unwrap_or(0.0),
        stdev: var.sqrt(),
    }
}

/// The sums of two series taken pairwise (compile + run of one
/// measurement).
fn pairwise_sum(a: &[f64], b: &[f64]) -> Vec<f64> {
    a.iter().zip(b).map(|(x, y)| x + y).collect()
}

/// Runs the benchmark and prints its report; the exit status is 0 when
/// every run succeeded and all outputs agree, 1 when the program failed or
/// the outputs differ, 2 when the benchmark itself could not run.
pub fn bench(args: &BenchArgs) -> ExitCode {
    let dir = std::env::temp_dir().join(format!("multigen-bench-{}", std::process::id()));
    let result = std::fs::create_dir_all(&dir)
        .map_err(|e| Failure(format!("cannot create {}: {e}", dir.display()), 2))
        .and_then(|()| measure(args, &dir));
    let _ = std::fs::remove_dir_all(&dir);
    match result {
        Ok(report) => {
            if args.json {
                println!("{}", serde_json::to_string_pretty(&report.json).unwrap());
            } else {
                print!("{}", report.table);
            }
            if let Some(msg) = &report.mismatch {
                eprintln!("multigen bench: {msg}");
                return ExitCode::from(1);
            }
            ExitCode::SUCCESS
        }
        Err(Failure(msg, code)) => {
            eprintln!("multigen bench: {msg}");
            ExitCode::from(code)
        }
    }
}

struct Report {
    table: String,
    json: Value,
    /// Set when the outputs of the runs differ.
    mismatch: Option<String>,
}

/// A runner of child processes in the benchmark's scratch directory.
struct Runner<'a> {
    args: &'a BenchArgs,
    dir: &'a Path,
    exe: PathBuf,
    count: usize,
}

impl Runner<'_> {
    fn fresh(&mut self, what: &str) -> PathBuf {
        self.count += 1;
        self.dir.join(format!("{what}-{}", self.count))
    }

    /// Runs `multigen SUBCOMMAND PROGRAM -ON EXTRA...` with the cache at
    /// `cache`.
    fn multigen(
        &mut self,
        sub: &str,
        extra: &[&std::ffi::OsStr],
        cache: &Path,
    ) -> Result<Measured, Failure> {
        let timings = self.fresh("timings");
        let mut cmd = Command::new(&self.exe);
        cmd.arg(sub)
            .arg(&self.args.file)
            .arg(format!("-O{}", self.args.opt_level))
            .args(extra)
            .env(TIMINGS_FILE_ENV, &timings)
            .env(CACHE_DIR_ENV, cache);
        let mut m = timed(&mut cmd, &format!("multigen {sub}"))?;
        m.phases = std::fs::read_to_string(&timings)
            .unwrap_or_default()
            .lines()
            .filter_map(|l| {
                let (name, ms) = l.split_once('\t')?;
                Some((name.to_string(), ms.parse().ok()?))
            })
            .collect();
        let _ = std::fs::remove_file(&timings);
        Ok(m)
    }

    /// `multigen run` of the program.
    fn jit(&mut self, cache: &Path) -> Result<Measured, Failure> {
        let m = self.multigen("run", &[], cache)?;
        succeeded(&m, "multigen run")?;
        if !m.phases.iter().any(|(p, _)| p == "run") {
            return Err(Failure(
                "`multigen run` did not report the time of the program's run".into(),
                2,
            ));
        }
        Ok(m)
    }

    /// `multigen build` of the program into `out`.
    fn build(&mut self, cache: &Path, out: &Path) -> Result<Measured, Failure> {
        let m = self.multigen("build", &["-o".as_ref(), out.as_os_str()], cache)?;
        succeeded(&m, "multigen build")?;
        Ok(m)
    }
}

/// Runs a command with stdin closed and its output captured, timing it.
fn timed(cmd: &mut Command, what: &str) -> Result<Measured, Failure> {
    cmd.stdin(Stdio::null());
    let start = Instant::now();
    let out = cmd
        .output()
        .map_err(|e| Failure(format!("cannot run {what}: {e}"), 2))?;
    Ok(Measured {
        wall_ms: start.elapsed().as_secs_f64() * 1e3,
        out,
        phases: Vec::new(),
    })
}

/// A run that failed ends the benchmark with what it printed on stderr.
fn succeeded(m: &Measured, what: &str) -> Result<(), Failure> {
    if m.out.status.success() {
        return Ok(());
    }
    let stderr = String::from_utf8_lossy(&m.out.stderr);
    let status = match m.out.status.code() {
        Some(c) => format!("exit status {c}"),
        None => m.out.status.to_string(),
    };
    Err(Failure(
        format!("the program failed under {what} ({status}); nothing to compare:\n{stderr}"),
        1,
    ))
}

/// The time a child reported for the phase `name`.
fn phase(m: &Measured, name: &str) -> f64 {
    m.phases
        .iter()
        .filter(|(p, _)| p == name)
        .map(|(_, t)| t)
        .sum()
}

fn add_phases(into: &mut BTreeMap<String, Vec<f64>>, m: &Measured) {
    for (p, t) in &m.phases {
        into.entry(p.clone()).or_default().push(*t);
    }
}

/// Describes how two runs' outputs differ, if they do.
fn difference(a: &Output, b: &Output) -> Option<String> {
    if a.status.code() != b.status.code() {
        return Some(format!(
            "exit status {:?} against {:?}",
            a.status.code(),
            b.status.code()
        ));
    }
    if a.stdout == b.stdout {
        return None;
    }
    let (x, y) = (
        String::from_utf8_lossy(&a.stdout),
        String::from_utf8_lossy(&b.stdout),
    );
    let end = std::iter::repeat("<end of output>");
    let longest = x.lines().count().max(y.lines().count());
    let first = x
        .lines()
        .chain(end.clone())
        .zip(y.lines().chain(end))
        .take(longest)
        .enumerate()
        .find(|(_, (l, r))| l != r);
    Some(match first {
        Some((n, (l, r))) => format!("stdout differs at line {}: {l:?} against {r:?}", n + 1),
        // The same lines: a final newline, `\r`s or bytes that are not
        // UTF-8 differ.
        None => format!(
            "stdout differs in its bytes ({} against {} bytes; the lines read the same)",
            a.stdout.len(),
            b.stdout.len()
        ),
    })
}

fn measure(args: &BenchArgs, dir: &Path) -> Result<Report, Failure> {
    let exe = std::env::current_exe()
        .map_err(|e| Failure(format!("cannot find the multigen executable: {e}"), 2))?;
    let mut r = Runner {
        args,
        dir,
        exe,
        count: 0,
    };
    let mut s = Samples::default();
    // The warm caches are filled by a first run and a first build, which
    // also bring the compiler and the program into the page cache before
    // anything is measured; they are the reference output too.
    let warm_jit = r.fresh("cache-jit");
    let warm_aot = r.fresh("cache-aot");
    let reference = r.jit(&warm_jit)?;
    let program = dir.join("program");
    r.build(&warm_aot, &program)?;
    let cache_active = [&warm_jit, &warm_aot]
        .iter()
        .any(|d| std::fs::read_dir(d).is_ok_and(|mut entries| entries.next().is_some()));
    let mut mismatch: Option<String> = None;
    // Keeps the first difference from the reference run.
    let compare = |mismatch: &mut Option<String>, what: &str, out: &Output| {
        if mismatch.is_none() {
            *mismatch = difference(&reference.out, out).map(|d| {
                format!("{what} does not print what the first `multigen run` printed: {d}")
            });
        }
    };
    // The variants take turns in each round, so that a change of the
    // machine's load during the benchmark affects them alike.
    for _ in 0..args.runs {
        let cold = r.fresh("cache-cold");
        let m = r.jit(&cold)?;
        compare(&mut mismatch, "`multigen run` (cold cache)", &m.out);
        // The module body's time is the same cold or warm; the table's
        // run row takes the warm runs' (the cold ones' are in the phases).
        let run = phase(&m, "run");
        s.jit_compile_cold.push(m.wall_ms - run);
        s.jit_total_cold.push(m.wall_ms);
        add_phases(&mut s.jit_phases, &m);

        let m = r.jit(&warm_jit)?;
        compare(&mut mismatch, "`multigen run` (warm cache)", &m.out);
        let run = phase(&m, "run");
        s.jit_run.push(run);
        s.jit_compile_warm.push(m.wall_ms - run);
        s.jit_total_warm.push(m.wall_ms);

        let cold = r.fresh("cache-cold");
        let built = r.fresh("exe");
        let m = r.build(&cold, &built)?;
        s.aot_compile_cold.push(m.wall_ms);
        add_phases(&mut s.aot_phases, &m);
        let _ = std::fs::remove_file(&built);

        let m = r.build(&warm_aot, &program)?;
        s.aot_compile_warm.push(m.wall_ms);

        // A failing executable is a difference from the JIT's successful
        // run (its exit status), reported as such.
        let m = timed(&mut Command::new(&program), "the built executable")?;
        compare(&mut mismatch, "the executable", &m.out);
        s.aot_run.push(m.wall_ms);
    }
    let output = Output {
        status: reference.out.status,
        stdout: reference.out.stdout.clone(),
        stderr: Vec::new(),
    };
    Ok(report(args, &s, cache_active, &output, mismatch))
}

/// A cell of the table: the median and the spread.
fn cell(s: Stats) -> String {
    format!("{:.1} ms ({:.1}–{:.1})", s.median, s.min, s.max)
}

fn speedup(jit: Stats, aot: Stats) -> Option<f64> {
    (jit.median > 0.0).then(|| aot.median / jit.median)
}

fn stats_json(v: &[f64]) -> Value {
    let s = stats(v);
    json!({
        "median_ms": s.median,
        "min_ms": s.min,
        "max_ms": s.max,
        "stdev_ms": s.stdev,
        "samples_ms": v,
    })
}

fn report(
    args: &BenchArgs,
    s: &Samples,
    cache_active: bool,
    reference: &Output,
    mismatch: Option<String>,
) -> Report {
    let aot_total_cold = pairwise_sum(&s.aot_compile_cold, &s.aot_run);
    let aot_total_warm = pairwise_sum(&s.aot_compile_warm, &s.aot_run);
    let rows: [(&str, &str, &[f64], &[f64]); 5] = [
        (
            "compile_cold",
            "Compile, cold cache",
            &s.jit_compile_cold,
            &s.aot_compile_cold,
        ),
        (
            "compile_warm",
            "Compile, warm cache",
            &s.jit_compile_warm,
            &s.aot_compile_warm,
        ),
        ("run", "Run", &s.jit_run, &s.aot_run),
        (
            "total_cold",
            "Total, cold cache",
            &s.jit_total_cold,
            &aot_total_cold,
        ),
        (
            "total_warm",
            "Total, warm cache",
            &s.jit_total_warm,
            &aot_total_warm,
        ),
    ];
    let lines = reference.stdout.iter().filter(|&&b| b == b'\n').count();
    let status = reference.status.code().unwrap_or(-1);
    let mut table = format!(
        "multigen bench {}: {} runs each at -O{}, median (min–max)\n\n",
        args.file.display(),
        args.runs,
        args.opt_level
    );
    table.push_str("| Metric | JIT | AOT | Speed-up |\n|---|---:|---:|---:|\n");
    let mut jit = serde_json::Map::new();
    let mut aot = serde_json::Map::new();
    let mut speedups = serde_json::Map::new();
    for (key, label, j, a) in rows {
        let (js, as_) = (stats(j), stats(a));
        let up = speedup(js, as_);
        table.push_str(&format!(
            "| {label} | {} | {} | {} |\n",
            cell(js),
            cell(as_),
            up.map_or("n/a".into(), |x| format!("{x:.2}x"))
        ));
        jit.insert(key.into(), stats_json(j));
        aot.insert(key.into(), stats_json(a));
        speedups.insert(key.into(), json!(up));
    }
    let agree = mismatch.is_none();
    table.push_str(&format!(
        "| Output | {lines} line{}, exit status {status} | {} | {} |\n\n",
        if lines == 1 { "" } else { "s" },
        if agree { "identical" } else { "DIFFERENT" },
        if agree { "✓" } else { "✗" },
    ));
    table.push_str(concat!(
        "JIT: `multigen run`; compile is its wall time less the program's run\n",
        "(process start, parse, check, LLVM, in-memory link), run is the module\n",
        "body. AOT: compile is `multigen build` (compile and `cc` link), run is\n",
        "the executable's wall time (process start included). Speed-up = AOT / JIT\n",
        "(above 1: the JIT is faster). Cold: a new, empty compiled-module cache\n",
        "per run; warm: one filled by an earlier run.\n",
    ));
    if !cache_active {
        table.push_str(concat!(
            "This multigen has no compiled-module cache (nothing was written to the\n",
            "cache directory): the warm rows measure the same work as the cold ones.\n",
        ));
    }
    let phases = |m: &BTreeMap<String, Vec<f64>>| -> Value {
        m.iter()
            .map(|(k, v)| (k.clone(), stats_json(v)))
            .collect::<serde_json::Map<_, _>>()
            .into()
    };
    jit.insert("phases_cold".into(), phases(&s.jit_phases));
    aot.insert("phases_cold".into(), phases(&s.aot_phases));
    let json = json!({
        "program": args.file.display().to_string(),
        "runs": args.runs,
        "opt_level": args.opt_level,
        "cache_active": cache_active,
        "jit": jit,
        "aot": aot,
        "speedup_aot_over_jit": speedups,
        "output": {
            "identical": agree,
            "mismatch": mismatch,
            "stdout_bytes": reference.stdout.len(),
            "stdout_lines": lines,
            "exit_status": status,
        },
    });
    Report {
        table,
        json,
        mismatch,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statistics() {
        let s = stats(&[5.0, 1.0, 3.0, 2.0]);
        assert_eq!((s.median, s.min, s.max), (2.5, 1.0, 5.0));
        assert_eq!(stats(&[4.0, 1.0, 9.0]).median, 4.0);
        assert!((stats(&[1.0, 3.0]).stdev - 1.0).abs() < 1e-12);
        assert_eq!(pairwise_sum(&[1.0, 2.0], &[10.0, 20.0]), vec![11.0, 22.0]);
    }

    fn output(code: i32, stdout: &str) -> Output {
        use std::os::unix::process::ExitStatusExt;
        Output {
            status: std::process::ExitStatus::from_raw(code << 8),
            stdout: stdout.as_bytes().to_vec(),
            stderr: Vec::new(),
        }
    }

    #[test]
    fn differences_name_the_first_differing_line() {
        assert_eq!(difference(&output(0, "a\nb\n"), &output(0, "a\nb\n")), None);
        let d = difference(&output(0, "a\nb\n"), &output(0, "a\nc\n")).unwrap();
        assert!(
            d.contains("line 2") && d.contains("\"b\"") && d.contains("\"c\""),
            "{d}"
        );
        let d = difference(&output(0, "a\n"), &output(0, "a\nmore\n")).unwrap();
        assert!(d.contains("<end of output>"), "{d}");
        let d = difference(&output(0, "a\n"), &output(0, "a")).unwrap();
        assert!(d.contains("2 against 1 bytes"), "{d}");
        let d = difference(&output(0, "a\n"), &output(3, "a\n")).unwrap();
        assert!(d.contains("exit status"), "{d}");
    }
}
