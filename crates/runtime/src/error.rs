//! Raising Python exceptions from the runtime.
//!
//! The runtime's operations are split into pure helpers that return a
//! [`PyResult`] (so that unit tests can check the error without anything
//! being raised) and thin C-ABI wrappers that turn an error into a real
//! Python exception: an instance of the built-in exception class of that
//! name, raised with [`crate::exc`]'s zero-cost unwinding so that compiled
//! code can catch it.

use crate::containers::value::Slot;
use crate::object::MgType;
use crate::MgStr;

/// The argument of an exception that has not been raised yet.
#[derive(Clone, Debug)]
pub(crate) enum ErrArg {
    /// A message: `args == (msg,)`, or `()` for an empty message.
    Msg(String),
    /// A value of the given type: `args == (value,)`. `KeyError` carries the
    /// missing key this way, so that `e.args[0]` is the key itself.
    Value(*const MgType, Slot),
}

/// A Python exception that has not been raised yet: the name of its
/// built-in class and its argument.
///
/// The pure helpers return this instead of raising, so that unit tests can
/// check the error without unwinding.
#[derive(Clone, Debug)]
pub(crate) struct PyErr {
    pub ty: &'static str,
    pub arg: ErrArg,
}

impl PyErr {
    /// The class name and what CPython prints after `Name: ` in a
    /// traceback (`str(e)`; for a `KeyError` with one argument, its repr).
    #[cfg(test)]
    pub(crate) fn text(&self) -> (&'static str, String) {
        let key_error = self.ty == "KeyError";
        let msg = match &self.arg {
            ErrArg::Msg(m) if key_error && !m.is_empty() => crate::string::repr_string(m),
            ErrArg::Msg(m) => m.clone(),
            // SAFETY: values are built by the runtime from valid slots.
            ErrArg::Value(t, v) => unsafe {
                let t = &**t;
                let mut out = Vec::new();
                if key_error {
                    crate::containers::value::write_repr(t, *v, &mut out);
                } else {
                    crate::containers::value::write_str(t, *v, &mut out);
                }
                String::from_utf8_lossy(&out).into_owned()
            },
        };
        (self.ty, msg)
    }
}

/// Errors compare by what a traceback would show (for tests).
#[cfg(test)]
impl PartialEq for PyErr {
    fn eq(&self, other: &Self) -> bool {
        self.text() == other.text()
    }
}

/// The result of an operation that may raise a Python exception.
pub(crate) type PyResult<T> = Result<T, PyErr>;

/// Builds a [`PyErr`] from an exception type name and a message.
pub(crate) fn py_err(ty: &'static str, msg: impl Into<String>) -> PyErr {
    PyErr {
        ty,
        arg: ErrArg::Msg(msg.into()),
    }
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
        Err(e) => raise_err(e),
    }
}

/// Raises the exception `ty` (a built-in class name) with message `msg`;
/// an empty message means no arguments, which prints only the type name, as
/// CPython does for `raise ValueError`.
pub(crate) fn raise(ty: &str, msg: &str) -> ! {
    crate::exc::raise_builtin(ty.as_bytes(), ErrArg::Msg(msg.to_owned()))
}

/// Raises a [`PyErr`].
pub(crate) fn raise_err(e: PyErr) -> ! {
    crate::exc::raise_builtin(e.ty.as_bytes(), e.arg)
}

/// Raises the built-in exception named `type_name` with message `msg`
/// (null or empty for an exception without arguments). Never returns; the
/// unit return type only exists so that the interface table can type it
/// uniformly.
///
/// # Safety
///
/// `type_name` must be a valid string; `msg` must be null or a valid string.
#[no_mangle]
pub unsafe extern "C-unwind" fn mg_raise(type_name: *const MgStr, msg: *const MgStr) {
    let ty = MgStr::bytes(type_name);
    let msg = if msg.is_null() {
        String::new()
    } else {
        MgStr::text(msg).to_owned()
    };
    crate::exc::raise_builtin(ty, ErrArg::Msg(msg))
}

/// Raises the `OverflowError` for an `int` result outside the 64-bit range.
#[no_mangle]
pub extern "C-unwind" fn mg_raise_overflow() {
    raise_err(overflow())
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
pub extern "C-unwind" fn mg_raise_zero_div(kind: i64) {
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

    #[test]
    fn key_errors_print_the_repr_of_their_argument() {
        assert_eq!(
            py_err("KeyError", "popitem(): dictionary is empty").text(),
            ("KeyError", "'popitem(): dictionary is empty'".to_owned())
        );
        assert_eq!(py_err("KeyError", "").text(), ("KeyError", String::new()));
        assert_eq!(
            py_err("ValueError", "bad").text(),
            ("ValueError", "bad".to_owned())
        );
    }
}
