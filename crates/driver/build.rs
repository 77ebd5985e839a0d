//! Computes the compiler's build identity for the compiled-module cache.
//!
//! A development rebuild changes code generation without changing the
//! package version, so the cache cannot key on `CARGO_PKG_VERSION` alone:
//! an object compiled by an older build would be executed by a newer one.
//! The identity is a BLAKE3 hash of every source file of the crates that
//! decide what an object contains or how it is keyed (`diag`, `syntax`,
//! `hir`, `codegen`, `runtime`, `driver`), their manifests, the workspace
//! manifest and lock file (the versions of ruff's parser, inkwell and
//! LLVM's bindings), and the compiler that builds them. It reaches the
//! crate as the `MULTIGEN_BUILD_ID` environment variable at compile time.
//! Cargo reruns this script whenever a file under those directories
//! changes, so the identity is never stale.

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
