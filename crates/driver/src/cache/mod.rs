//! The compiled-module cache: object code reused for every module whose
//! compilation is known to give the same object, by the JIT (`run`,
//! `call`) and by executables (`build`).
//!
//! It works at two levels (ARCHITECTURE.md, "The compiled-module cache",
//! says why each is sound):
//!
//! * A **program entry**, keyed by everything the front end reads (the
//!   sources of the main module and of every module it imports, their
//!   paths, and the compiler, runtime, LLVM, target and options: `key.rs`),
//!   lists the object keys of the program's modules. On a hit the program
//!   is neither checked nor compiled: its objects are read and linked.
//! * An **object entry**, keyed by a module's complete unoptimised LLVM IR
//!   (and the same compiler and target identity), holds its object code.
//!   A program that misses is checked and its modules generated, but every
//!   module whose IR is unchanged skips optimisation and code emission,
//!   which is where compilation spends its time: an edit to one module of
//!   a program, or a library module shared by two programs, costs only the
//!   modules whose code actually changed.
//!
//! Where: `--cache-dir DIR`, else `MULTIGEN_CACHE_DIR`, else
//! `$XDG_CACHE_HOME/multigen`, else `~/.cache/multigen`; `--no-cache` or
//! `MULTIGEN_NO_CACHE=1` disable it; `MULTIGEN_CACHE_SIZE` bounds it
//! (default 1 GiB). A cache directory that cannot be created or written
//! only makes compilation slower, never fail. Entries on disk: `store.rs`.
//!
//! Keys and checksums use BLAKE3: a cryptographic hash, so that distinct
//! inputs do not share a key by accident and a damaged entry cannot pass
//! its checksum, fast enough to hash the sources and every object on each
//! warm start (a few gigabytes a second), and a small, well-kept crate.

mod compile;
mod key;
mod store;

pub(crate) use compile::{compile_checked, objects};
pub use store::Usage;

use std::path::{Path, PathBuf};

/// The default bound of the cache's size.
pub const DEFAULT_LIMIT: u64 = 1 << 30;

/// Whether and where compiled modules are cached.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum CacheSetting {
    /// As the environment says: `MULTIGEN_NO_CACHE` (set, and not `0`)
    /// disables the cache, `MULTIGEN_CACHE_DIR` names its directory, which
    /// is otherwise `$XDG_CACHE_HOME/multigen` or `~/.cache/multigen`.
    #[default]
    Auto,
    /// No cache: every compilation starts from the source.
    Off,
    /// The cache in this directory, whatever the environment says.
    Dir(&'static Path),
}

impl CacheSetting {
    /// The cache in directory `dir`. The path is kept for the rest of the
    /// process, so that [`crate::Config`] stays a plain `Copy` value.
    pub fn dir(dir: impl Into<PathBuf>) -> CacheSetting {
        CacheSetting::Dir(Box::leak(dir.into().into_boxed_path()))
    }
}

/// Where a setting puts the cache and whether it is in use.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CacheLocation {
    /// The cache directory; None when there is no home to put it in.
    pub dir: Option<PathBuf>,
    /// Why the cache is not used, if it is not.
    pub disabled: Option<&'static str>,
    /// The bound of its size in bytes.
    pub limit: u64,
    /// What was wrong with `MULTIGEN_CACHE_SIZE`, if it could not be read
    /// (the default bound is used).
    pub limit_error: Option<String>,
}

/// What `multigen cache stats` reports.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CacheStats {
    pub location: CacheLocation,
    pub usage: Usage,
}

fn env(name: &str) -> Option<String> {
    std::env::var(name).ok().filter(|v| !v.is_empty())
}

/// Resolves a setting against the environment.
pub fn cache_location(setting: CacheSetting) -> CacheLocation {
    let (limit, limit_error) = match env("MULTIGEN_CACHE_SIZE") {
        None => (DEFAULT_LIMIT, None),
        Some(text) => match parse_size(&text) {
            Some(n) => (n, None),
            None => (
                DEFAULT_LIMIT,
                Some(format!(
                    "MULTIGEN_CACHE_SIZE='{text}' is not a size (such as 500M or 2G)"
                )),
            ),
        },
    };
    let (dir, disabled) = match setting {
        CacheSetting::Dir(d) => (Some(d.to_path_buf()), None),
        CacheSetting::Off => (default_dir(), Some("--no-cache")),
        CacheSetting::Auto => {
            let off = env("MULTIGEN_NO_CACHE").is_some_and(|v| v != "0");
            let dir = default_dir();
            let disabled = if off {
                Some("MULTIGEN_NO_CACHE")
            } else if dir.is_none() {
                Some("no cache directory: set MULTIGEN_CACHE_DIR or HOME")
            } else {
                None
            };
            (dir, disabled)
        }
    };
    CacheLocation {
        dir,
        disabled,
        limit,
        limit_error,
    }
}

/// `MULTIGEN_CACHE_DIR`, else the XDG cache home's `multigen`.
fn default_dir() -> Option<PathBuf> {
    if let Some(d) = env("MULTIGEN_CACHE_DIR") {
        return Some(PathBuf::from(d));
    }
    // The XDG base directory specification ignores relative paths.
    if let Some(d) = env("XDG_CACHE_HOME").filter(|d| Path::new(d).is_absolute()) {
        return Some(PathBuf::from(d).join("multigen"));
    }
    env("HOME").map(|h| PathBuf::from(h).join(".cache").join("multigen"))
}

/// A size in bytes, with an optional binary suffix: `1048576`, `512K`,
/// `500M`, `2G` (`KiB`, `MB`... are read the same).
pub fn parse_size(text: &str) -> Option<u64> {
    let t = text.trim();
    let digits = t.find(|c: char| !c.is_ascii_digit()).unwrap_or(t.len());
    let n: u64 = t[..digits].parse().ok()?;
    let shift = match t[digits..].trim().to_ascii_uppercase().as_str() {
        "" | "B" => 0,
        "K" | "KB" | "KIB" => 10,
        "M" | "MB" | "MIB" => 20,
        "G" | "GB" | "GIB" => 30,
        "T" | "TB" | "TIB" => 40,
        _ => return None,
    };
    n.checked_mul(1 << shift)
}

/// `multigen cache stats`: where the cache is and what it holds.
pub fn cache_stats(setting: CacheSetting) -> CacheStats {
    let location = cache_location(setting);
    let usage = location
        .dir
        .as_ref()
        .map(|d| store::Store::new(d, location.limit).usage())
        .unwrap_or_default();
    CacheStats { location, usage }
}

/// `multigen cache clear`: removes every entry; returns the directory and
/// what was removed, or why it could not be cleared.
pub fn cache_clear(setting: CacheSetting) -> Result<(PathBuf, Usage), String> {
    let location = cache_location(setting);
    let Some(dir) = location.dir else {
        return Err("no cache directory: set MULTIGEN_CACHE_DIR or HOME".into());
    };
    let removed = store::Store::new(&dir, location.limit)
        .clear()
        .map_err(|e| format!("cannot clear the cache {}: {e}", dir.display()))?;
    Ok((dir, removed))
}

#[cfg(test)]
mod tests {
    use super::parse_size;

    #[test]
    fn sizes() {
        assert_eq!(parse_size("1048576"), Some(1 << 20));
        assert_eq!(parse_size("512K"), Some(512 << 10));
        assert_eq!(parse_size("500M"), Some(500 << 20));
        assert_eq!(parse_size("2GiB"), Some(2 << 30));
        assert_eq!(parse_size(" 3 mb "), Some(3 << 20));
        assert_eq!(parse_size("big"), None);
        assert_eq!(parse_size("1.5G"), None);
        assert_eq!(parse_size(""), None);
        assert_eq!(parse_size("99999999999T"), None);
    }
}
