//! Files opened in text mode by `open()`: the primitives under the
//! library's `_io.TextIOWrapper` (`lib/_io.py`).
//!
//! A file is a handle, an index into a process-wide table of open files,
//! each an operating-system file with the reader of `stdin.rs` (8 KiB
//! chunks decoded as UTF-8 whole, as CPython's text wrapper decodes them,
//! with universal newlines when the file was opened with `newline=None`)
//! and a write buffer. The Python side keeps the mode, the name and the
//! `closed` flag and makes CPython's checks; the runtime only moves text.
//! Failures of the operating system raise the `OSError` subclass CPython
//! raises for the error number, with its message (`[Errno 2] No such file
//! or directory: 'missing.txt'`) and attributes, through
//! `exc::raise_os_error`.

use std::fs::{File, OpenOptions};
use std::io::{Seek, SeekFrom, Write};
use std::sync::{Mutex, MutexGuard};

use crate::containers::value::new_str;
use crate::error::raise;
use crate::exc::{raise_errno, raise_os_error};
use crate::stdin::Reader;
use crate::MgStr;

runtime_interface! {
    FILES_DECLS, files_symbols;
    fn mg_file_open(*const MgStr, *const MgStr, i64) -> i64;
    fn mg_file_readline(i64) -> *const MgStr;
    fn mg_file_read(i64, i64) -> *const MgStr;
    fn mg_file_write(i64, *const MgStr) -> ();
    fn mg_file_flush(i64) -> ();
    fn mg_file_close(i64) -> ();
    fn mg_file_tell(i64) -> i64;
    fn mg_file_seek(i64, i64, i64) -> i64;
}

/// Writes are sent to the operating system in blocks of this size, as
/// CPython's buffered writer does.
const WRITE_BUF: usize = 8192;

/// One open file.
struct OpenFile {
    file: File,
    reader: Reader,
    /// Text written and not yet sent to the file.
    wbuf: Vec<u8>,
    translate: bool,
}

/// The open files; a handle is an index (closed files leave `None`).
static FILES: Mutex<Vec<Option<OpenFile>>> = Mutex::new(Vec::new());

/// Locks the table; a poisoned lock leaves it consistent (see `io.rs`).
fn files() -> MutexGuard<'static, Vec<Option<OpenFile>>> {
    FILES.lock().unwrap_or_else(|e| e.into_inner())
}

/// The exception class CPython raises for error number `errno`.
fn os_error_class(errno: i32) -> &'static str {
    match errno {
        2 => "FileNotFoundError",
        17 => "FileExistsError",
        21 => "IsADirectoryError",
        20 => "NotADirectoryError",
        1 | 13 => "PermissionError",
        _ => "OSError",
    }
}

/// Raises the `OSError` of `e` for an operation on two paths (`os.rename`),
/// naming both as CPython does: `[Errno 2] No such file or directory: 'a'
/// -> 'b'`. Unlike [`raise_os_error`], its `args` are the message alone
/// (`errno`, `strerror` and `filename` read as `None`), since exceptions
/// have no `filename2` yet.
pub(crate) fn raise_os_error2(e: &std::io::Error, src: &str, dst: &str) -> ! {
    let (errno, strerror) = errno_strerror(e);
    let msg = format!(
        "[Errno {errno}] {strerror}: {} -> {}",
        crate::string::repr_string(src),
        crate::string::repr_string(dst)
    );
    raise(os_error_class(errno), &msg)
}

/// The error number of `e` and the C library's `strerror` text for it.
fn errno_strerror(e: &std::io::Error) -> (i32, String) {
    let errno = e.raw_os_error().unwrap_or(0);
    // Rust's message is the C library's `strerror` text followed by
    // " (os error N)", which CPython does not show.
    let text = e.to_string();
    let strerror = text
        .strip_suffix(&format!(" (os error {errno})"))
        .unwrap_or(&text)
        .to_string();
    (errno, strerror)
}

impl OpenFile {
    /// Sends the written text to the file.
    fn flush(&mut self) {
        if self.wbuf.is_empty() {
            return;
        }
        let r = self.file.write_all(&self.wbuf);
        self.wbuf.clear();
        if let Err(e) = r {
            raise_os_error(&e, None)
        }
    }

    /// Gives back what the reader read ahead, so that the file's offset is
    /// the text's position again (before a write or a seek).
    fn unread(&mut self) {
        let ahead = self.reader.ahead();
        if ahead > 0 {
            if let Err(e) = self.file.seek(SeekFrom::Current(-(ahead as i64))) {
                raise_os_error(&e, None)
            }
        }
        self.reader = Reader::new(self.translate);
    }
}

/// Runs `f` on the open file `h` (the Python side never passes a closed
/// one).
fn with_file<T>(h: i64, f: impl FnOnce(&mut OpenFile) -> T) -> T {
    let mut table = files();
    match table.get_mut(h as usize).and_then(Option::as_mut) {
        Some(file) => f(file),
        None => raise("ValueError", "I/O operation on closed file."),
    }
}

/// `open(path, mode)` for a mode of `r`, `w`, `a`, `x`, optionally with
/// `+` (`lib/_io.py` checks and normalises it); `translate`: universal
/// newlines on reading. Returns the new file's handle.
///
/// # Safety
/// `path` and `mode` must be valid strings.
#[no_mangle]
pub unsafe extern "C-unwind" fn mg_file_open(
    path: *const MgStr,
    mode: *const MgStr,
    translate: i64,
) -> i64 {
    let path = String::from_utf8_lossy(MgStr::bytes(path)).into_owned();
    let mode = MgStr::bytes(mode);
    let plus = mode.contains(&b'+');
    let mut o = OpenOptions::new();
    match mode.first() {
        Some(b'w') => o.write(true).create(true).truncate(true).read(plus),
        Some(b'a') => o.append(true).create(true).read(plus),
        Some(b'x') => o.write(true).create_new(true).read(plus),
        _ => o.read(true).write(plus),
    };
    let file = match o.open(&path) {
        Ok(f) => f,
        Err(e) => raise_os_error(&e, Some(&path)),
    };
    // Linux opens a directory for reading; CPython refuses it after the
    // fact, as `open` of a directory for writing fails.
    if file.metadata().is_ok_and(|m| m.is_dir()) {
        raise_errno(libc::EISDIR, "Is a directory", Some(&path))
    }
    let entry = OpenFile {
        file,
        reader: Reader::new(translate != 0),
        wbuf: Vec::new(),
        translate: translate != 0,
    };
    let mut table = files();
    match table.iter().position(Option::is_none) {
        Some(i) => {
            table[i] = Some(entry);
            i as i64
        }
        None => {
            table.push(Some(entry));
            table.len() as i64 - 1
        }
    }
}

/// `f.readline()`: the next line with its `\n`, or `''` at the end.
#[no_mangle]
pub extern "C-unwind" fn mg_file_readline(h: i64) -> *const MgStr {
    with_file(h, |f| {
        f.flush();
        let line = f.reader.line(&mut f.file).unwrap_or_default();
        new_str(&line)
    })
}

/// `f.read(n)`: up to `n` characters, all the rest when `n` is negative.
#[no_mangle]
pub extern "C-unwind" fn mg_file_read(h: i64, n: i64) -> *const MgStr {
    with_file(h, |f| {
        f.flush();
        let text = f.reader.chars(n, &mut f.file);
        new_str(&text)
    })
}

/// `f.write(s)`: buffers the text (`\n` is the line end on Linux, so it
/// is written unchanged).
///
/// # Safety
/// `s` must be a valid string.
#[no_mangle]
pub unsafe extern "C-unwind" fn mg_file_write(h: i64, s: *const MgStr) {
    let bytes = MgStr::bytes(s);
    with_file(h, |f| {
        if f.reader.ahead() > 0 {
            f.unread();
        }
        f.wbuf.extend_from_slice(bytes);
        if f.wbuf.len() >= WRITE_BUF {
            f.flush();
        }
    })
}

/// `f.flush()`.
#[no_mangle]
pub extern "C-unwind" fn mg_file_flush(h: i64) {
    with_file(h, OpenFile::flush)
}

/// `f.close()`: flushes and closes the file, freeing its handle.
#[no_mangle]
pub extern "C-unwind" fn mg_file_close(h: i64) {
    let mut table = files();
    if let Some(mut f) = table.get_mut(h as usize).and_then(Option::take) {
        drop(table);
        f.flush();
    }
}

/// `f.tell()`: the byte offset of the text's position (CPython's cookie
/// for a file read without a pending partial character).
#[no_mangle]
pub extern "C-unwind" fn mg_file_tell(h: i64) -> i64 {
    with_file(h, |f| {
        f.flush();
        match f.file.stream_position() {
            Ok(p) => p as i64 - f.reader.ahead() as i64,
            Err(e) => raise_os_error(&e, None),
        }
    })
}

/// `f.seek(offset, whence)`: the new offset.
#[no_mangle]
pub extern "C-unwind" fn mg_file_seek(h: i64, offset: i64, whence: i64) -> i64 {
    with_file(h, |f| {
        f.flush();
        f.reader = Reader::new(f.translate);
        let to = match whence {
            1 => SeekFrom::Current(offset),
            2 => SeekFrom::End(offset),
            _ => SeekFrom::Start(offset as u64),
        };
        match f.file.seek(to) {
            Ok(p) => p as i64,
            Err(e) => raise_os_error(&e, None),
        }
    })
}

/// Flushes every open file, when the program ends (CPython flushes files
/// left open as it finalises them at exit).
pub(crate) fn flush_all() {
    let mut table = files();
    for f in table.iter_mut().flatten() {
        // An error at exit has nowhere to go, as under CPython, which
        // ignores it there too.
        if !f.wbuf.is_empty() {
            let _ = f.file.write_all(&f.wbuf);
            f.wbuf.clear();
        }
    }
}
