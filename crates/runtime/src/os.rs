//! What the library's `os` and `os.path` modules (`lib/os.py`,
//! `lib/posixpath.py`) need from the operating system: the working
//! directory, the environment, directory listings, and creating, renaming
//! and removing files and directories, over `std::fs` and `std::env`.
//!
//! Each primitive makes one system call as CPython's `posix` module does
//! (`mkdir`, `unlink`, `rmdir`, `rename`, `opendir`, `stat`), so the
//! error numbers are CPython's; a failure raises the `OSError` subclass of
//! its number with CPython's message through `exc::raise_os_error`
//! (`[Errno 17] File exists: 'd'`). Paths are passed as the bytes of the
//! program's `str`, which is what CPython passes for text without
//! surrogates.

use std::ffi::OsStr;
use std::os::unix::ffi::OsStrExt;
use std::os::unix::fs::DirBuilderExt;
use std::path::Path;

use crate::exc::raise_os_error;
use crate::files::raise_os_error2;
use crate::object::{new_list, MgList, TYPE_STR};
use crate::text::new_str;
use crate::MgStr;

runtime_interface! {
    OS_DECLS, os_symbols;
    fn mg_os_getcwd() -> *const MgStr;
    fn mg_os_environ() -> *mut MgList;
    fn mg_os_listdir(*const MgStr) -> *mut MgList;
    fn mg_os_mkdir(*const MgStr, i64) -> ();
    fn mg_os_remove(*const MgStr) -> ();
    fn mg_os_rmdir(*const MgStr) -> ();
    fn mg_os_rename(*const MgStr, *const MgStr) -> ();
    fn mg_os_kind(*const MgStr) -> i64;
    fn mg_os_getsize(*const MgStr) -> i64;
}

/// The path a string names, and the string as `raise_os_error` shows it.
///
/// # Safety
/// `s` must be a valid string.
unsafe fn path_of<'a>(s: *const MgStr) -> (&'a Path, String) {
    let bytes = MgStr::bytes(s);
    (
        Path::new(OsStr::from_bytes(bytes)),
        String::from_utf8_lossy(bytes).into_owned(),
    )
}

/// A new `list[str]` holding `items`.
fn str_list(items: &[String]) -> *mut MgList {
    let list = new_list(TYPE_STR.as_type(), items.len());
    for (i, a) in items.iter().enumerate() {
        let s = new_str(a);
        // SAFETY: `list` was just made with `items.len()` slots.
        unsafe { *(*list).items.add(i) = s as u64 };
    }
    list
}

/// `os.getcwd()`.
#[no_mangle]
pub extern "C-unwind" fn mg_os_getcwd() -> *const MgStr {
    match std::env::current_dir() {
        Ok(p) => new_str(&p.to_string_lossy()),
        Err(e) => raise_os_error(&e, None),
    }
}

/// The process environment as a flat `list[str]`: each name followed by
/// its value, in the order of the C library's `environ` (the order
/// CPython's `os.environ` iterates in).
#[no_mangle]
pub extern "C-unwind" fn mg_os_environ() -> *mut MgList {
    let mut flat = Vec::new();
    for (k, v) in std::env::vars_os() {
        flat.push(k.to_string_lossy().into_owned());
        flat.push(v.to_string_lossy().into_owned());
    }
    str_list(&flat)
}

/// `os.listdir(path)`: the names in the directory, in the order the
/// operating system gives them, without `.` and `..`.
///
/// # Safety
/// `path` must be a valid string.
#[no_mangle]
pub unsafe extern "C-unwind" fn mg_os_listdir(path: *const MgStr) -> *mut MgList {
    let (p, shown) = path_of(path);
    let entries = match std::fs::read_dir(p) {
        Ok(d) => d,
        Err(e) => raise_os_error(&e, Some(&shown)),
    };
    let mut names = Vec::new();
    for entry in entries {
        match entry {
            Ok(e) => names.push(e.file_name().to_string_lossy().into_owned()),
            Err(e) => raise_os_error(&e, Some(&shown)),
        }
    }
    str_list(&names)
}

/// `os.mkdir(path, mode)`.
///
/// # Safety
/// `path` must be a valid string.
#[no_mangle]
pub unsafe extern "C-unwind" fn mg_os_mkdir(path: *const MgStr, mode: i64) {
    let (p, shown) = path_of(path);
    if let Err(e) = std::fs::DirBuilder::new().mode(mode as u32).create(p) {
        raise_os_error(&e, Some(&shown))
    }
}

/// `os.remove(path)` (`unlink`: a directory is `IsADirectoryError`).
///
/// # Safety
/// `path` must be a valid string.
#[no_mangle]
pub unsafe extern "C-unwind" fn mg_os_remove(path: *const MgStr) {
    let (p, shown) = path_of(path);
    if let Err(e) = std::fs::remove_file(p) {
        raise_os_error(&e, Some(&shown))
    }
}

/// `os.rmdir(path)`.
///
/// # Safety
/// `path` must be a valid string.
#[no_mangle]
pub unsafe extern "C-unwind" fn mg_os_rmdir(path: *const MgStr) {
    let (p, shown) = path_of(path);
    if let Err(e) = std::fs::remove_dir(p) {
        raise_os_error(&e, Some(&shown))
    }
}

/// `os.rename(src, dst)`; a failure names both paths, as CPython's
/// message does (`'a' -> 'b'`).
///
/// # Safety
/// `src` and `dst` must be valid strings.
#[no_mangle]
pub unsafe extern "C-unwind" fn mg_os_rename(src: *const MgStr, dst: *const MgStr) {
    let (from, from_shown) = path_of(src);
    let (to, to_shown) = path_of(dst);
    if let Err(e) = std::fs::rename(from, to) {
        raise_os_error2(&e, &from_shown, &to_shown)
    }
}

/// What `path` names, following symbolic links as `os.stat` does: 0 for
/// nothing (or a path that cannot be examined, which `os.path.exists`
/// reports as missing), 1 for a regular file, 2 for a directory, 3 for
/// anything else.
///
/// # Safety
/// `path` must be a valid string.
#[no_mangle]
pub unsafe extern "C-unwind" fn mg_os_kind(path: *const MgStr) -> i64 {
    let (p, _) = path_of(path);
    match std::fs::metadata(p) {
        Err(_) => 0,
        Ok(m) if m.is_file() => 1,
        Ok(m) if m.is_dir() => 2,
        Ok(_) => 3,
    }
}

/// `os.path.getsize(path)`: the size in bytes of what `path` names.
///
/// # Safety
/// `path` must be a valid string.
#[no_mangle]
pub unsafe extern "C-unwind" fn mg_os_getsize(path: *const MgStr) -> i64 {
    let (p, shown) = path_of(path);
    match std::fs::metadata(p) {
        Ok(m) => m.len() as i64,
        Err(e) => raise_os_error(&e, Some(&shown)),
    }
}
