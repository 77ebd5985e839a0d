//! Ahead-of-time output: objects written to disk and linked with the
//! runtime archive by the system C compiler.

use crate::{emit_modules, Config, Error, Timer};
use multigen_codegen::Emit;
use multigen_diag::SourceFile;
use std::path::{Path, PathBuf};
use std::process::Command;

/// Compiles a program to LLVM IR text, assembly or an object file. The
/// text forms of a program of several modules are those of each module
/// one after the other; its objects are joined into one relocatable
/// object (`cc -r`).
pub fn emit(
    src: &SourceFile,
    cfg: Config,
    what: Emit,
    for_executable: bool,
) -> Result<Vec<u8>, Error> {
    let mut parts = emit_modules(src, cfg, what, for_executable)?;
    if parts.len() == 1 {
        return Ok(parts.pop().unwrap().1);
    }
    if what != Emit::Object {
        let mut out = Vec::new();
        for (name, text) in parts {
            let comment = if what == Emit::LlvmIr { ";" } else { "#" };
            out.extend_from_slice(crate::ir::module_marker(comment, &name).as_bytes());
            out.extend_from_slice(&text);
        }
        return Ok(out);
    }
    let dir = temp_dir()?;
    let objects = write_objects(&dir, &parts)?;
    let joined = dir.join("joined.o");
    let status = Command::new(std::env::var("CC").unwrap_or_else(|_| "cc".into()))
        .arg("-r")
        .arg("-nostdlib")
        .args(&objects)
        .arg("-o")
        .arg(&joined)
        .status();
    let bytes = std::fs::read(&joined);
    let _ = std::fs::remove_dir_all(&dir);
    match (status, bytes) {
        (Ok(s), Ok(b)) if s.success() => Ok(b),
        _ => Err(Error::Other(
            "cannot join the modules' objects with `cc -r`".into(),
        )),
    }
}

/// A fresh directory for the objects of one build.
pub(crate) fn temp_dir() -> Result<PathBuf, Error> {
    static COUNT: std::sync::atomic::AtomicU32 = std::sync::atomic::AtomicU32::new(0);
    let n = COUNT.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let dir = std::env::temp_dir().join(format!("multigen-{}-{n}", std::process::id()));
    std::fs::create_dir_all(&dir)
        .map_err(|e| Error::Other(format!("cannot create {}: {e}", dir.display())))?;
    Ok(dir)
}

/// Writes one object file per module into `dir`.
pub(crate) fn write_objects(
    dir: &Path,
    parts: &[(String, Vec<u8>)],
) -> Result<Vec<PathBuf>, Error> {
    parts
        .iter()
        .enumerate()
        .map(|(i, (name, bytes))| {
            let p = dir.join(format!("{i}-{name}.o"));
            std::fs::write(&p, bytes)
                .map_err(|e| Error::Other(format!("cannot write {}: {e}", p.display())))?;
            Ok(p)
        })
        .collect()
}

/// Finds the runtime static library that executables link against: named by
/// `MULTIGEN_RUNTIME_LIB`, or beside the `multigen` executable (where cargo
/// builds it).
pub fn runtime_lib() -> Result<PathBuf, Error> {
    if let Some(p) = std::env::var_os("MULTIGEN_RUNTIME_LIB") {
        return Ok(PathBuf::from(p));
    }
    let exe = std::env::current_exe().map_err(|e| Error::Other(e.to_string()))?;
    if let Some(dir) = exe.parent() {
        // `cargo build` leaves the archive beside the executable, `cargo
        // test` builds it as a dependency and leaves it in `deps/` with a
        // hash in its name: take the newest of them all, so that a test run
        // after a change of the runtime never links an older archive.
        let beside = dir.join("libmultigen_runtime.a");
        let newest = std::fs::read_dir(dir.join("deps"))
            .into_iter()
            .flatten()
            .filter_map(|e| e.ok())
            .filter(|e| {
                let n = e.file_name();
                let n = n.to_string_lossy();
                n.starts_with("libmultigen_runtime-") && n.ends_with(".a")
            })
            .map(|e| e.path())
            .chain(std::iter::once(beside))
            .filter_map(|p| Some((std::fs::metadata(&p).ok()?.modified().ok()?, p)))
            .max();
        if let Some((_, path)) = newest {
            return Ok(path);
        }
    }
    Err(Error::Other(
        "cannot find libmultigen_runtime.a next to the multigen executable; set MULTIGEN_RUNTIME_LIB".into(),
    ))
}

/// Compiles a source file to a standalone executable at `out`, with the
/// objects of the compiled-module cache where it has them.
pub fn build_executable(src: &SourceFile, cfg: Config, out: &Path) -> Result<(), Error> {
    let parts = crate::cache::objects(src, cfg, true)?;
    link_executable(&parts, cfg, out)
}

/// Links objects (one per module, one of them defining the C `main`) with
/// the runtime archive into a standalone executable at `out`.
pub(crate) fn link_executable(
    parts: &[(String, Vec<u8>)],
    cfg: Config,
    out: &Path,
) -> Result<(), Error> {
    let mut t = Timer::new(cfg.timings);
    let lib = runtime_lib()?;
    let dir = temp_dir()?;
    let objects = write_objects(&dir, parts)?;
    let mut cc = Command::new(std::env::var("CC").unwrap_or_else(|_| "cc".into()));
    cc.args(&objects).arg(&lib).arg("-o").arg(out);
    // gold links the runtime (which carries Rust's standard library) in a
    // third of the time of the default BFD linker; stripping the symbols
    // saves as much again and shrinks the executable from 4 MB to 0.3 MB.
    if on_path("ld.gold") {
        cc.arg("-fuse-ld=gold");
    }
    cc.args([
        "-s",
        "-Wl,--gc-sections",
        "-lgc",
        "-lpthread",
        "-lm",
        "-ldl",
        "-lc",
    ]);
    let status = cc.status();
    let _ = std::fs::remove_dir_all(&dir);
    t.lap("link");
    match status {
        Ok(s) if s.success() => Ok(()),
        Ok(s) => Err(Error::Other(format!("the linker `cc` failed ({s})"))),
        Err(e) => Err(Error::Other(format!("cannot run the linker `cc`: {e}"))),
    }
}

fn on_path(program: &str) -> bool {
    std::env::var_os("PATH")
        .is_some_and(|paths| std::env::split_paths(&paths).any(|d| d.join(program).is_file()))
}
