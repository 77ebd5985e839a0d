//! Raising Python exceptions.
//!
//! Exceptions cannot be caught yet, so raising one means doing what CPython
//! does for an uncaught exception: print a traceback to stderr and exit with
//! status 1. Pending stdout output is flushed first so that the interleaving
//! of the two streams matches CPython when both go to the same terminal or
//! file.

use std::io::Write;

use crate::io::flush_stdout;
use crate::MgStr;

/// A Python exception that has not been raised yet: the exception type name
/// and its message (empty for none).
///
/// The pure helpers return this instead of raising, so that unit tests can
/// check the error without the process ending.
pub(crate) type PyErr = (&'static str, String);

/// The result of an operation that may raise a Python exception.
pub(crate) type PyResult<T> = Result<T, PyErr>;

/// Builds a [`PyErr`] from an exception type name and a message.
pub(crate) fn py_err(ty: &'static str, msg: impl Into<String>) -> PyErr {
    (ty, msg.into())
}

/// The error for an `int` result that does not fit in 64 bits.
///
/// CPython ints are unbounded, so this is where multigen deliberately
/// deviates: instead of a silently wrong result the program stops with an
/// `OverflowError`.
pub(crate) fn overflow() -> PyErr {
    py_err("OverflowError", "integer overflow")
}

/// Unwraps `r`, raising its exception if it is an error.
pub(crate) fn ok_or_raise<T>(r: PyResult<T>) -> T {
    match r {
        Ok(v) => v,
        Err((ty, msg)) => raise(ty, &msg),
    }
}

/// Raises the exception `ty` with message `msg`; an empty message prints
/// only the type name, as CPython does for `raise ValueError("")`.
pub(crate) fn raise(ty: &str, msg: &str) -> ! {
    raise_bytes(ty.as_bytes(), msg.as_bytes())
}

/// Writes the traceback and ends the process; the byte-level core of
/// [`raise`], shared with [`mg_raise`] whose arguments are runtime strings.
fn raise_bytes(ty: &[u8], msg: &[u8]) -> ! {
    flush_stdout();
    // Assemble the whole report first so that it reaches stderr in one
    // write and cannot be interleaved with output from anything else.
    let mut report = Vec::with_capacity(64 + ty.len() + msg.len());
    report.extend_from_slice(b"Traceback (most recent call last):\n");
    report.extend_from_slice(ty);
    if !msg.is_empty() {
        report.extend_from_slice(b": ");
        report.extend_from_slice(msg);
    }
    report.push(b'\n');
    // Nothing useful can be done if stderr is gone; the exit status still
    // tells the caller that the program failed.
    let _ = std::io::stderr().write_all(&report);
    std::process::exit(1)
}

/// Raises the exception named `type_name` with message `msg` (which may be
/// null for an exception without a message). Never returns; the unit return
/// type only exists so that the interface table can type it uniformly.
///
/// # Safety
///
/// `type_name` must be a valid string; `msg` must be null or a valid string.
#[no_mangle]
pub unsafe extern "C" fn mg_raise(type_name: *const MgStr, msg: *const MgStr) {
    let ty = MgStr::bytes(type_name);
    let msg = if msg.is_null() {
        &[][..]
    } else {
        MgStr::bytes(msg)
    };
    raise_bytes(ty, msg)
}

/// Raises the `OverflowError` for an `int` result outside the 64-bit range.
#[no_mangle]
pub extern "C" fn mg_raise_overflow() {
    let (ty, msg) = overflow();
    raise(ty, &msg)
}

/// The `ZeroDivisionError` message for each `kind` of [`mg_raise_zero_div`],
/// exactly as CPython 3.11 words them.
pub(crate) fn zero_div_message(kind: i64) -> &'static str {
    match kind {
        0 => "division by zero",
        1 => "integer division or modulo by zero",
        2 => "float division by zero",
        3 => "float floor division by zero",
        4 => "float modulo",
        5 => "float divmod()",
        // CPython 3.11 uses this one for `int % 0`; it is accepted here so
        // that the compiler can match that message too.
        6 => "integer modulo by zero",
        _ => "division by zero",
    }
}

/// Raises `ZeroDivisionError`; `kind` selects CPython's message for the
/// operation: 0 `int / int` (`division by zero`), 1 `int // int` and
/// `divmod` (`integer division or modulo by zero`), 2 float `/`, 3 float
/// `//`, 4 float `%`, 5 float `divmod`, 6 `int % int` (`integer modulo by
/// zero`).
#[no_mangle]
pub extern "C" fn mg_raise_zero_div(kind: i64) {
    raise("ZeroDivisionError", zero_div_message(kind))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn zero_division_messages_match_cpython() {
        // Each message was checked against python3.11 (`1/0`, `1//0`,
        // `1.0/0.0`, `1.0//0.0`, `1.0%0.0`, `divmod(1.0, 0.0)`, `1%0`).
        assert_eq!(zero_div_message(0), "division by zero");
        assert_eq!(zero_div_message(1), "integer division or modulo by zero");
        assert_eq!(zero_div_message(2), "float division by zero");
        assert_eq!(zero_div_message(3), "float floor division by zero");
        assert_eq!(zero_div_message(4), "float modulo");
        assert_eq!(zero_div_message(5), "float divmod()");
        assert_eq!(zero_div_message(6), "integer modulo by zero");
    }
}
