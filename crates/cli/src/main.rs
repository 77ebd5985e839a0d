//! The `multigen` command: run, build, convert and check typed Python.

mod bench;

use clap::{Parser, Subcommand, ValueEnum};
use multigen_diag::{Diagnostic, Kind, SourceFile, Span};
use multigen_driver::{CacheSetting, Config, EmitKind, Error};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[derive(Parser)]
#[command(
    name = "multigen",
    version,
    about = "Compile type-annotated Python to native code through LLVM"
)]
struct Cli {
    #[command(subcommand)]
    command: Cmd,
}

#[derive(clap::Args, Clone)]
struct Common {
    /// Optimisation level, 0 to 3.
    #[arg(short = 'O', default_value_t = 2, value_parser = clap::value_parser!(u8).range(0..=3))]
    opt: u8,
    /// Print the time taken by each phase to stderr, and the hits and
    /// misses of the compiled-module cache.
    #[arg(long)]
    timings: bool,
    /// Compile without the compiled-module cache (neither read nor write
    /// it).
    #[arg(long, conflicts_with = "cache_dir")]
    no_cache: bool,
    /// The compiled-module cache's directory (default: MULTIGEN_CACHE_DIR,
    /// else $XDG_CACHE_HOME/multigen, else ~/.cache/multigen).
    #[arg(long, value_name = "DIR")]
    cache_dir: Option<PathBuf>,
}

impl Common {
    fn config(self) -> Config {
        let cache = match (self.no_cache, self.cache_dir) {
            (true, _) => CacheSetting::Off,
            (false, Some(dir)) => CacheSetting::dir(dir),
            (false, None) => CacheSetting::Auto,
        };
        Config {
            opt_level: self.opt,
            timings: self.timings,
            cache,
        }
    }
}

#[derive(Subcommand)]
enum Cmd {
    /// Compile in memory (JIT) and run; the exit status is the program's.
    /// A `.ll` file is LLVM IR: its `main` is run and its result is the
    /// exit status.
    Run {
        file: PathBuf,
        /// Arguments for the program: `sys.argv[1:]` of a Python program,
        /// the `main(argc, argv)` arguments of LLVM IR.
        args: Vec<String>,
        #[command(flatten)]
        common: Common,
    },
    /// Build a standalone native executable (from Python, or from LLVM IR
    /// with a `main` when the file ends in `.ll`).
    Build {
        file: PathBuf,
        /// Output path (default: the file name without `.py`).
        #[arg(short = 'o')]
        output: Option<PathBuf>,
        #[command(flatten)]
        common: Common,
    },
    /// Translate to LLVM IR (default `build/src/NAME.ll`) or another form.
    Convert {
        file: PathBuf,
        /// Target language; only `llvm`.
        #[arg(short = 't', long = "target", default_value = "llvm")]
        target: String,
        /// What to write.
        #[arg(long, value_enum, default_value_t = EmitArg::LlvmIr)]
        emit: EmitArg,
        /// Output path; `-` for stdout.
        #[arg(short = 'o')]
        output: Option<PathBuf>,
        #[command(flatten)]
        common: Common,
    },
    /// Import a module and call one of its functions: `multigen call prog.py
    /// f 1 2.5 text "[1, 2]"` prints `repr(prog.f(1, 2.5, "text", [1, 2]))`
    /// (arguments are Python literals: numbers, strings, True/False, None,
    /// lists, dicts and tuples, checked against the parameters'
    /// annotations; a `str` parameter also takes plain text).
    Call {
        file: PathBuf,
        function: String,
        #[arg(allow_negative_numbers = true)]
        args: Vec<String>,
        #[command(flatten)]
        common: Common,
    },
    /// Report diagnostics only.
    Check { file: PathBuf },
    /// Measure the program under the JIT and as an executable (compile and
    /// run, cold and warm cache), check that both print the same, and
    /// print the comparison table.
    Bench {
        file: PathBuf,
        /// Measurements of each variant.
        #[arg(long, default_value_t = 5, value_parser = clap::value_parser!(u32).range(1..=1000))]
        runs: u32,
        /// Print the measurements as JSON instead of the table.
        #[arg(long)]
        json: bool,
        /// Optimisation level, 0 to 3.
        #[arg(short = 'O', default_value_t = 2, value_parser = clap::value_parser!(u8).range(0..=3))]
        opt: u8,
    },
    /// Show or empty the compiled-module cache.
    Cache {
        #[command(subcommand)]
        action: CacheAction,
        /// The cache's directory (default: MULTIGEN_CACHE_DIR, else
        /// $XDG_CACHE_HOME/multigen, else ~/.cache/multigen).
        #[arg(long, value_name = "DIR", global = true)]
        cache_dir: Option<PathBuf>,
    },
}

#[derive(Subcommand, Clone, Copy)]
enum CacheAction {
    /// Where the cache is, how many entries it holds, their size and the
    /// bound (MULTIGEN_CACHE_SIZE).
    Stats,
    /// Remove every entry.
    Clear,
}

#[derive(Clone, Copy, ValueEnum, PartialEq, Eq)]
enum EmitArg {
    Ast,
    Hir,
    LlvmIr,
    Asm,
    Obj,
}

impl EmitArg {
    fn extension(self) -> &'static str {
        match self {
            EmitArg::Ast => "ast",
            EmitArg::Hir => "hir",
            EmitArg::LlvmIr => "ll",
            EmitArg::Asm => "s",
            EmitArg::Obj => "o",
        }
    }
}

fn load(path: &Path) -> Result<SourceFile, ExitCode> {
    let name = path.display().to_string();
    match std::fs::read(path) {
        Ok(bytes) => match String::from_utf8(bytes) {
            Ok(text) => Ok(SourceFile::new(name, text)),
            Err(e) => {
                // Report the first invalid byte with the valid prefix as context.
                let valid = e.utf8_error().valid_up_to();
                let text = String::from_utf8_lossy(e.as_bytes()).into_owned();
                let src = SourceFile::new(name, text);
                let prefix_chars = String::from_utf8_lossy(&e.as_bytes()[..valid]).len() as u32;
                let d = Diagnostic::new(
                    Kind::Syntax,
                    Span::new(prefix_chars, prefix_chars + 1),
                    "source file is not valid UTF-8",
                );
                eprint!("{}", src.render(&d));
                Err(ExitCode::from(1))
            }
        },
        Err(e) => {
            eprintln!("multigen: cannot read {name}: {e}");
            Err(ExitCode::from(2))
        }
    }
}

/// Whether a file given to `run` or `build` is LLVM IR rather than Python.
fn is_ir(path: &Path) -> bool {
    path.extension().is_some_and(|e| e == "ll")
}

/// The module name of IR text without module markers: the file's stem.
fn module_name(path: &Path) -> String {
    path.file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| "main".into())
}

fn fail(src: &SourceFile, e: Error) -> ExitCode {
    eprint!("{}", e.render(src));
    match e {
        Error::Diagnostics(_) | Error::InFiles(_) | Error::Exception(_) => ExitCode::from(1),
        Error::InvalidIr(_)
        | Error::FunctionNotFound(_)
        | Error::SignatureMismatch(_)
        | Error::Other(_) => ExitCode::from(2),
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Cmd::Run { file, args, common } => {
            let src = match load(&file) {
                Ok(s) => s,
                Err(c) => return c,
            };
            if is_ir(&file) {
                let name = module_name(&file);
                return match multigen_driver::run_ir(
                    &src.text,
                    &name,
                    common.config(),
                    &src.name,
                    &args,
                ) {
                    // The C start-up code keeps the low 8 bits as well.
                    Ok(status) => ExitCode::from(status as u8),
                    Err(e) => fail(&src, e),
                };
            }
            // `sys.argv`: the script as given, then its arguments.
            let argv = std::iter::once(file.display().to_string()).chain(args);
            multigen_driver::set_argv(argv.collect());
            match multigen_driver::run_jit(&src, common.config()) {
                Ok(()) => ExitCode::SUCCESS,
                Err(e) => fail(&src, e),
            }
        }
        Cmd::Build {
            file,
            output,
            common,
        } => {
            let src = match load(&file) {
                Ok(s) => s,
                Err(c) => return c,
            };
            let out = output.unwrap_or_else(|| file.with_extension(""));
            let result = if is_ir(&file) {
                multigen_driver::build_ir(&src.text, &module_name(&file), common.config(), &out)
            } else {
                multigen_driver::build_executable(&src, common.config(), &out)
            };
            match result {
                Ok(()) => ExitCode::SUCCESS,
                Err(e) => fail(&src, e),
            }
        }
        Cmd::Convert {
            file,
            target,
            emit,
            output,
            common,
        } => {
            if target != "llvm" {
                eprintln!("multigen: unknown target '{target}' (only 'llvm' is supported)");
                return ExitCode::from(2);
            }
            let src = match load(&file) {
                Ok(s) => s,
                Err(c) => return c,
            };
            let cfg = common.config();
            let result = match emit {
                EmitArg::Ast => multigen_driver::dump_ast(&src).map(String::into_bytes),
                EmitArg::Hir => multigen_driver::dump_hir(&src).map(String::into_bytes),
                EmitArg::LlvmIr => multigen_driver::emit(&src, cfg, EmitKind::LlvmIr, true),
                EmitArg::Asm => multigen_driver::emit(&src, cfg, EmitKind::Asm, true),
                EmitArg::Obj => multigen_driver::emit(&src, cfg, EmitKind::Object, true),
            };
            let bytes = match result {
                Ok(b) => b,
                Err(e) => return fail(&src, e),
            };
            let out = output.unwrap_or_else(|| {
                let stem = file
                    .file_stem()
                    .map(|s| s.to_string_lossy().into_owned())
                    .unwrap_or_else(|| "out".into());
                PathBuf::from("build/src").join(format!("{stem}.{}", emit.extension()))
            });
            if out.as_os_str() == "-" {
                let _ = std::io::stdout().write_all(&bytes);
                return ExitCode::SUCCESS;
            }
            if let Some(dir) = out.parent().filter(|d| !d.as_os_str().is_empty()) {
                if let Err(e) = std::fs::create_dir_all(dir) {
                    eprintln!("multigen: cannot create {}: {e}", dir.display());
                    return ExitCode::from(2);
                }
            }
            if let Err(e) = std::fs::write(&out, bytes) {
                eprintln!("multigen: cannot write {}: {e}", out.display());
                return ExitCode::from(2);
            }
            ExitCode::SUCCESS
        }
        Cmd::Call {
            file,
            function,
            args,
            common,
        } => {
            let src = match load(&file) {
                Ok(s) => s,
                Err(c) => return c,
            };
            match multigen_driver::call(&src, common.config(), &function, &args) {
                Ok(()) => ExitCode::SUCCESS,
                Err(e) => fail(&src, e),
            }
        }
        Cmd::Bench {
            file,
            runs,
            json,
            opt,
        } => bench::bench(&bench::BenchArgs {
            file,
            runs: runs as usize,
            opt_level: opt,
            json,
        }),
        Cmd::Cache { action, cache_dir } => cache(action, cache_dir),
        Cmd::Check { file } => {
            let src = match load(&file) {
                Ok(s) => s,
                Err(c) => return c,
            };
            match multigen_driver::check(&src) {
                Ok(_) => ExitCode::SUCCESS,
                Err(e) => fail(&src, e),
            }
        }
    }
}

/// `multigen cache stats` and `multigen cache clear`.
fn cache(action: CacheAction, dir: Option<PathBuf>) -> ExitCode {
    let setting = dir.map_or(CacheSetting::Auto, CacheSetting::dir);
    match action {
        CacheAction::Stats => {
            let stats = multigen_driver::cache_stats(setting);
            let loc = &stats.location;
            let dir = loc
                .dir
                .as_ref()
                .map_or("(none)".to_string(), |d| d.display().to_string());
            println!("directory: {dir}");
            match loc.disabled {
                Some(why) => println!("status: disabled ({why})"),
                None => println!("status: enabled"),
            }
            println!("programs: {}", stats.usage.programs);
            println!("objects: {}", stats.usage.objects);
            println!("size: {}", bytes(stats.usage.bytes));
            println!("limit: {}", bytes(loc.limit));
            if let Some(e) = &loc.limit_error {
                eprintln!("multigen: warning: {e}; the default limit is used");
            }
            ExitCode::SUCCESS
        }
        CacheAction::Clear => match multigen_driver::cache_clear(setting) {
            Ok((dir, removed)) => {
                println!(
                    "removed {} entries, {}, from {}",
                    removed.programs + removed.objects,
                    bytes(removed.bytes),
                    dir.display()
                );
                ExitCode::SUCCESS
            }
            Err(msg) => {
                eprintln!("multigen: {msg}");
                ExitCode::from(2)
            }
        },
    }
}

/// A byte count for people: `1234567 bytes (1.2 MiB)`.
fn bytes(n: u64) -> String {
    let units = ["KiB", "MiB", "GiB", "TiB"];
    let mut value = n as f64;
    let mut unit = "";
    for u in units {
        if value < 1024.0 {
            break;
        }
        value /= 1024.0;
        unit = u;
    }
    if unit.is_empty() {
        format!("{n} bytes")
    } else {
        format!("{n} bytes ({value:.1} {unit})")
    }
}
