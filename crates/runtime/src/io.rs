//! Buffered standard output and the `print` building blocks.
//!
//! CPython block-buffers stdout when it is not a terminal, and benchmark
//! style programs print hundreds of thousands of lines, so the runtime keeps
//! its own 64 KiB buffer and writes it to file descriptor 1 only when it is
//! full, on [`mg_flush`], on [`mg_finish`] and before an exception report.
//! Rust's `Stdout` is deliberately not used: it is line buffered, which would
//! cost one system call per printed line.
//!
//! The compiler emits separators and the final newline itself; the functions
//! here only append the text of one value.

use std::fs::File;
use std::io::{ErrorKind, Write};
use std::mem::ManuallyDrop;
use std::os::fd::FromRawFd;
use std::sync::{Mutex, MutexGuard};

use crate::float_repr::FloatRepr;
use crate::string::repr_string;
use crate::MgStr;

/// Capacity of the stdout buffer.
const BUF_CAP: usize = 64 * 1024;

/// The pending stdout bytes.
struct OutBuf {
    len: usize,
    data: [u8; BUF_CAP],
}

/// The process-wide stdout buffer. A mutex keeps it sound if programs run on
/// several threads (a JIT host might do that); uncontended, it costs two
/// atomic operations per print, which is small next to formatting.
static STDOUT: Mutex<OutBuf> = Mutex::new(OutBuf {
    len: 0,
    data: [0; BUF_CAP],
});

/// Locks the stdout buffer. A poisoned lock only means some thread panicked
/// while holding it; the buffer itself is always in a consistent state, so
/// output continues.
fn stdout() -> MutexGuard<'static, OutBuf> {
    STDOUT.lock().unwrap_or_else(|e| e.into_inner())
}

impl OutBuf {
    /// Appends `bytes`, flushing first if they do not fit. Writes larger
    /// than the whole buffer bypass it.
    fn push(&mut self, bytes: &[u8]) {
        if bytes.len() > BUF_CAP - self.len {
            self.flush();
            if bytes.len() >= BUF_CAP {
                write_fd1(bytes);
                return;
            }
        }
        self.data[self.len..self.len + bytes.len()].copy_from_slice(bytes);
        self.len += bytes.len();
    }

    /// Writes the pending bytes to file descriptor 1 and empties the buffer.
    fn flush(&mut self) {
        if self.len > 0 {
            write_fd1(&self.data[..self.len]);
            self.len = 0;
        }
    }
}

/// Writes all of `bytes` to file descriptor 1, retrying after interrupted
/// and partial writes.
fn write_fd1(bytes: &[u8]) {
    // SAFETY: fd 1 is borrowed, not owned: `ManuallyDrop` keeps the `File`
    // from closing it.
    let mut out = ManuallyDrop::new(unsafe { File::from_raw_fd(1) });
    let mut rest = bytes;
    while !rest.is_empty() {
        match out.write(rest) {
            Ok(0) => return,
            Ok(n) => rest = &rest[n..],
            Err(e) if e.kind() == ErrorKind::Interrupted => {}
            // A closed or broken stdout cannot be reported anywhere useful;
            // like a C program ignoring `write` errors, the output is dropped.
            Err(_) => return,
        }
    }
}

/// Flushes the stdout buffer; used before writing to stderr.
pub(crate) fn flush_stdout() {
    stdout().flush();
}

/// Flushes the stdout buffer unless its lock is held, for the fatal-error
/// report: the interrupted code may hold the lock (in the middle of a
/// `print`), and then waiting for it would never end.
pub(crate) fn try_flush_stdout() {
    match STDOUT.try_lock() {
        Ok(mut out) => out.flush(),
        Err(std::sync::TryLockError::Poisoned(e)) => e.into_inner().flush(),
        Err(std::sync::TryLockError::WouldBlock) => {}
    }
}

/// Appends raw bytes to stdout.
pub(crate) fn print_bytes(bytes: &[u8]) {
    stdout().push(bytes);
}

/// Formats `v` in decimal into the end of `buf`, without allocating, and
/// returns the digits (with sign). 20 bytes fit `-9223372036854775808`.
pub(crate) fn format_i64(v: i64, buf: &mut [u8; 20]) -> &[u8] {
    // Two digits per division halves the number of slow divisions.
    const PAIRS: &[u8; 200] = b"\
        0001020304050607080910111213141516171819\
        2021222324252627282930313233343536373839\
        4041424344454647484950515253545556575859\
        6061626364656667686970717273747576777879\
        8081828384858687888990919293949596979899";
    let mut n = v.unsigned_abs();
    let mut pos = buf.len();
    while n >= 100 {
        let pair = (n % 100) as usize * 2;
        n /= 100;
        pos -= 2;
        buf[pos..pos + 2].copy_from_slice(&PAIRS[pair..pair + 2]);
    }
    if n >= 10 {
        let pair = n as usize * 2;
        pos -= 2;
        buf[pos..pos + 2].copy_from_slice(&PAIRS[pair..pair + 2]);
    } else {
        pos -= 1;
        buf[pos] = b'0' + n as u8;
    }
    if v < 0 {
        pos -= 1;
        buf[pos] = b'-';
    }
    &buf[pos..]
}

/// Flushes stdout (for `sys.stdout.flush()` and before blocking input).
#[no_mangle]
pub extern "C-unwind" fn mg_flush() {
    flush_stdout();
}

/// Ends a program that ran to completion: flushes all pending output.
#[no_mangle]
pub extern "C-unwind" fn mg_finish() {
    flush_stdout();
    crate::files::flush_all();
}

/// Prints an `int`.
#[no_mangle]
pub extern "C-unwind" fn mg_print_int(v: i64) {
    let mut buf = [0u8; 20];
    print_bytes(format_i64(v, &mut buf));
}

/// Prints a `float` as `repr` does.
#[no_mangle]
pub extern "C-unwind" fn mg_print_float(v: f64) {
    print_bytes(FloatRepr::new(v).as_bytes());
}

/// Prints a `bool` (passed as 0 or 1).
#[no_mangle]
pub extern "C-unwind" fn mg_print_bool(v: i64) {
    print_bytes(if v != 0 { b"True" } else { b"False" });
}

/// Prints `None`.
#[no_mangle]
pub extern "C-unwind" fn mg_print_none() {
    print_bytes(b"None");
}

/// Prints the text of a `str`.
///
/// # Safety
///
/// `s` must be a valid string.
#[no_mangle]
pub unsafe extern "C-unwind" fn mg_print_str(s: *const MgStr) {
    print_bytes(MgStr::bytes(s));
}

/// Prints the `repr` of a `str` (as `print` does for strings inside
/// containers).
///
/// # Safety
///
/// `s` must be a valid string.
#[no_mangle]
pub unsafe extern "C-unwind" fn mg_print_str_repr(s: *const MgStr) {
    print_bytes(repr_string(MgStr::text(s)).as_bytes());
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn format_i64_matches_display() {
        let mut buf = [0u8; 20];
        let mut values = vec![0, 1, -1, 9, 10, 99, 100, 101, 999, 1000, -10, -99, -100];
        values.extend([i64::MAX, i64::MIN, i64::MAX - 1, i64::MIN + 1]);
        let mut p = 1i64;
        while let Some(next) = p.checked_mul(10) {
            values.extend([p - 1, p, p + 1, -p, -(p - 1)]);
            p = next;
        }
        for v in values {
            assert_eq!(format_i64(v, &mut buf), v.to_string().as_bytes(), "{v}");
        }
    }
}
