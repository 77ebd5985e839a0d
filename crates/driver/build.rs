//! Computes the compiler's build identity for the compiled-module cache,
//! and embeds the standard library written in typed Python.
//!
//! **The library.** Every `lib/NAME.py` of the repository becomes an entry
//! `("NAME", include_str!(...))` of `$OUT_DIR/stdlib.rs`, which
//! `src/library.rs` includes: adding a module is adding its file.
//!
//! **The identity.**
//! A development rebuild changes code generation without changing the
//! package version, so the cache cannot key on `CARGO_PKG_VERSION` alone:
//! an object compiled by an older build would be executed by a newer one.
//! The identity is a BLAKE3 hash of every source file of the crates that
//! decide what an object contains or how it is keyed (`diag`, `syntax`,
//! `hir`, `codegen`, `runtime`, `driver`), their manifests, the library's
//! modules (`lib/`), the workspace
//! manifest and lock file (the versions of ruff's parser, inkwell and
//! LLVM's bindings), and the compiler that builds them. It reaches the
//! crate as the `MULTIGEN_BUILD_ID` environment variable at compile time.
//! Cargo reruns this script whenever a file under those directories
//! changes, so the identity is never stale.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

/// The crates whose sources the identity covers.
const CRATES: [&str; 6] = ["diag", "syntax", "hir", "codegen", "runtime", "driver"];

fn main() {
    let manifest = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").expect("set by cargo"));
    let crates = manifest.parent().unwrap_or(&manifest).to_path_buf();
    let workspace = crates.parent().unwrap_or(&crates).to_path_buf();
    let mut files = Vec::new();
    for name in CRATES {
        let dir = crates.join(name);
        for sub in ["src", "Cargo.toml", "build.rs"] {
            let p = dir.join(sub);
            if p.exists() {
                println!("cargo:rerun-if-changed={}", p.display());
                collect(&p, &mut files);
            }
        }
    }
    let lib = workspace.join("lib");
    println!("cargo:rerun-if-changed={}", lib.display());
    collect(&lib, &mut files);
    embed_library(&lib);
    for top in ["Cargo.toml", "Cargo.lock"] {
        let p = workspace.join(top);
        if p.exists() {
            println!("cargo:rerun-if-changed={}", p.display());
            files.push(p);
        }
    }
    files.sort();
    let mut h = blake3::Hasher::new();
    h.update(env!("CARGO_PKG_VERSION").as_bytes());
    for f in &files {
        // Each file is framed by its path and length, so that moving text
        // from one file to another changes the identity too.
        let rel = f.strip_prefix(&workspace).unwrap_or(f);
        let bytes = std::fs::read(f).unwrap_or_default();
        h.update(rel.to_string_lossy().as_bytes());
        h.update(&[0]);
        h.update(&(bytes.len() as u64).to_le_bytes());
        h.update(&bytes);
    }
    // The Rust compiler builds the runtime whose layouts compiled code
    // relies on; a different one may lay out or behave differently.
    let rustc = std::env::var("RUSTC").unwrap_or_else(|_| "rustc".into());
    if let Ok(out) = std::process::Command::new(rustc).arg("-vV").output() {
        h.update(&out.stdout);
    }
    if let Ok(profile) = std::env::var("PROFILE") {
        h.update(profile.as_bytes());
    }
    let id = h.finalize().to_hex();
    println!("cargo:rustc-env=MULTIGEN_BUILD_ID={}", &id[..32]);
}

/// Every file under `p` (or `p` itself when it is a file).
fn collect(p: &Path, out: &mut Vec<PathBuf>) {
    if p.is_file() {
        out.push(p.to_path_buf());
        return;
    }
    let Ok(entries) = std::fs::read_dir(p) else {
        return;
    };
    for e in entries.flatten() {
        collect(&e.path(), out);
    }
}

/// Writes `$OUT_DIR/stdlib.rs`: the table of the library's modules.
fn embed_library(lib: &Path) {
    let mut modules: Vec<(String, String)> = Vec::new();
    for entry in std::fs::read_dir(lib).expect("the lib/ folder of the repository") {
        let path = entry.expect("a readable lib/ folder").path();
        let Some(name) = path
            .file_name()
            .and_then(|n| n.to_str())
            .and_then(|n| n.strip_suffix(".py"))
        else {
            continue;
        };
        println!("cargo:rerun-if-changed={}", path.display());
        let abs = path.canonicalize().expect("a library file");
        modules.push((name.to_string(), abs.to_string_lossy().into_owned()));
    }
    // A stable order keeps the generated file, and so the build, the same.
    modules.sort();
    let mut out = String::from(
        "/// The library modules: (name, source text).\npub static FILES: &[(&str, &str)] = &[\n",
    );
    for (name, path) in modules {
        writeln!(out, "    ({name:?}, include_str!({path:?})),").expect("writing to a string");
    }
    out.push_str("];\n");
    let dest = Path::new(&std::env::var("OUT_DIR").expect("set by cargo")).join("stdlib.rs");
    std::fs::write(dest, out).expect("writing stdlib.rs");
}
