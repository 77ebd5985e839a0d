//! What the library's `sys` module needs from the process (`lib/sys.py`
//! binds its stubs to these with `@extern`): the program's arguments
//! (`sys.argv`, set by the host before the program runs) and unbuffered
//! writes to stderr (`sys.stderr.write`). Writes to stdout go through the
//! buffer of `io.rs`.

use std::ffi::{c_char, CStr};
use std::fs::File;
use std::io::{ErrorKind, Write};
use std::mem::ManuallyDrop;
use std::os::fd::FromRawFd;
use std::sync::Mutex;

use crate::object::{new_list, MgList, TYPE_STR};
use crate::MgStr;

runtime_interface! {
    SYS_DECLS, sys_symbols;
    fn mg_sys_set_argv(i64, *const *const c_char) -> ();
    fn mg_sys_argv() -> *mut MgList;
    fn mg_sys_write_stderr(*const MgStr) -> ();
}

/// The program's arguments, `argv[0]` first (Rust memory: plain strings,
/// turned into `str` objects when the program reads them).
static ARGV: Mutex<Vec<String>> = Mutex::new(Vec::new());

/// Sets `sys.argv` for the program about to run: `multigen run prog.py a
/// b` passes `["prog.py", "a", "b"]`, as CPython shows the script path as
/// given.
pub fn set_argv(args: Vec<String>) {
    *ARGV.lock().unwrap_or_else(|e| e.into_inner()) = args;
}

/// Sets `sys.argv` from the C `main`'s arguments (executables).
///
/// # Safety
///
/// `argv` must hold `argc` valid NUL-terminated strings.
#[no_mangle]
pub unsafe extern "C-unwind" fn mg_sys_set_argv(argc: i64, argv: *const *const c_char) {
    let args = (0..argc.max(0) as usize)
        .map(|i| {
            // SAFETY: the caller passes `main`'s `argc` strings.
            let s = unsafe { CStr::from_ptr(*argv.add(i)) };
            // CPython decodes arguments with the file system encoding and
            // `surrogateescape`; invalid UTF-8 is replaced here instead.
            s.to_string_lossy().into_owned()
        })
        .collect();
    set_argv(args);
}

/// A new `list[str]` of the program's arguments.
#[no_mangle]
pub extern "C-unwind" fn mg_sys_argv() -> *mut MgList {
    let args = ARGV.lock().unwrap_or_else(|e| e.into_inner()).clone();
    let list = new_list(TYPE_STR.as_type(), args.len());
    for (i, a) in args.iter().enumerate() {
        let s = crate::text::new_str(a);
        // SAFETY: `list` was just made with `args.len()` slots.
        unsafe { *(*list).items.add(i) = s as u64 };
    }
    list
}

/// `sys.stderr.write(s)`: stderr is not buffered by the runtime (CPython
/// line-buffers it, and writes a partial line at exit or on flush; the
/// order relative to stdout, which stays buffered, is the same).
///
/// # Safety
///
/// `s` must be a valid string.
#[no_mangle]
pub unsafe extern "C-unwind" fn mg_sys_write_stderr(s: *const MgStr) {
    let bytes = MgStr::bytes(s);
    // SAFETY: fd 2 is borrowed, not owned: `ManuallyDrop` keeps the `File`
    // from closing it.
    let mut err = ManuallyDrop::new(unsafe { File::from_raw_fd(2) });
    let mut rest = bytes;
    while !rest.is_empty() {
        match err.write(rest) {
            Ok(0) => return,
            Ok(n) => rest = &rest[n..],
            Err(e) if e.kind() == ErrorKind::Interrupted => {}
            // A closed stderr has nowhere to report to.
            Err(_) => return,
        }
    }
}
