//! The `OSError` family: CPython's argument parsing (`errno`, `strerror`,
//! `filename`), its subclass per error number, its `str`, and the one
//! function the runtime raises such an error with ([`raise_errno`], or
//! [`raise_os_error`] from a Rust `io::Error`).
//!
//! As CPython's `OSError.__new__`/`__init__` do, an `OSError` built with 2
//! to 5 arguments reads `errno` and `strerror` from the first two and a
//! `filename` from the third; a filename other than `None` is kept apart
//! and cut from `args`, which stays `(errno, strerror)`. `errno` and
//! `strerror` are not stored: they are read back from `args` whenever it
//! has 2 to 5 items, which is exactly when CPython set them.

use crate::containers::mem::new_tuple;
use crate::containers::value::{
    new_str, norm, tuple_field, tuple_items, ty, write_repr, write_str, Sink,
};
use crate::dynamic::{mg_dyn_box, TYPE_DYN};
use crate::object::{
    MgClass, MgException, MgObject, MgTuple, MgType, MgTypeN, KIND_BOOL, KIND_INT, KIND_TUPLE,
    TYPE_INT, TYPE_STR,
};

use super::classes::*;

/// `tuple[int, str]`, the `args` of the errors the runtime raises.
static TYPE_TUPLE_INT_STR: MgTypeN<2> = MgTypeN {
    kind: KIND_TUPLE,
    nargs: 2,
    args: [
        (&TYPE_INT as *const MgTypeN<0>).cast(),
        (&TYPE_STR as *const MgTypeN<0>).cast(),
    ],
};

/// The class CPython's `OSError(errno, ...)` makes for error number
/// `errno` (its `errnomap`, with Linux's numbers).
fn errno_class(errno: i64) -> &'static MgClass {
    match errno as i32 {
        libc::EAGAIN | libc::EALREADY | libc::EINPROGRESS => &mg_class_BlockingIOError,
        libc::ECHILD => &mg_class_ChildProcessError,
        libc::EPIPE | libc::ESHUTDOWN => &mg_class_BrokenPipeError,
        libc::ECONNABORTED => &mg_class_ConnectionAbortedError,
        libc::ECONNREFUSED => &mg_class_ConnectionRefusedError,
        libc::ECONNRESET => &mg_class_ConnectionResetError,
        libc::EEXIST => &mg_class_FileExistsError,
        libc::ENOENT => &mg_class_FileNotFoundError,
        libc::EISDIR => &mg_class_IsADirectoryError,
        libc::ENOTDIR => &mg_class_NotADirectoryError,
        libc::EINTR => &mg_class_InterruptedError,
        libc::EACCES | libc::EPERM => &mg_class_PermissionError,
        libc::ESRCH => &mg_class_ProcessLookupError,
        libc::ETIMEDOUT => &mg_class_TimeoutError,
        _ => &mg_class_OSError,
    }
}

/// Raises the `OSError` subclass CPython raises for error number `errno`,
/// with `args == (errno, strerror)` and `filename` (when given) as its
/// `filename`: `str()` is `[Errno 2] No such file or directory: 'x.txt'`.
/// This is the one way the runtime raises an operating-system error, so
/// that every primitive (files, `os`) gives the same attributes.
pub(crate) fn raise_errno(errno: i32, strerror: &str, filename: Option<&str>) -> ! {
    let args = new_tuple(&[errno as i64 as u64, new_str(strerror.as_bytes()) as u64]);
    let size = std::mem::size_of::<MgException>() as i64;
    // SAFETY: the class is a built-in one and `args` is a `tuple[int, str]`.
    unsafe {
        let e = super::mg_exc_new(
            errno_class(i64::from(errno)),
            size,
            args,
            TYPE_TUPLE_INT_STR.as_type(),
        );
        if let Some(f) = filename {
            (*e).filename = mg_dyn_box(TYPE_STR.as_type(), new_str(f.as_bytes()) as u64);
        }
        super::unwind::raise_exc(e)
    }
}

/// Raises the `OSError` of `e` (see [`raise_errno`]), naming `filename`
/// when there is one.
pub(crate) fn raise_os_error(e: &std::io::Error, filename: Option<&str>) -> ! {
    let errno = e.raw_os_error().unwrap_or(0);
    // Rust's message is the C library's `strerror` text followed by
    // " (os error N)", which CPython does not show.
    let text = e.to_string();
    let strerror = text
        .strip_suffix(&format!(" (os error {errno})"))
        .unwrap_or(&text);
    raise_errno(errno, strerror, filename)
}

/// Whether `e` is an `OSError`.
///
/// # Safety
/// `e` must be a valid exception object.
unsafe fn is_os_error(e: *const MgException) -> bool {
    (*(*e).cls).is_subclass(&mg_class_OSError)
}

/// CPython's parsing of the arguments of a new `OSError` (or of its
/// `__init__` called again by a subclass): the subclass for the error
/// number when the class is `OSError` itself and `remap` is set, then the
/// filename. Other exceptions are left alone.
///
/// # Safety
/// `e` must be a valid exception object whose `args` match `args_ty`.
pub(super) unsafe fn init(e: *mut MgException, remap: bool) {
    if !is_os_error(e) {
        return;
    }
    (*e).filename = std::ptr::null();
    let items = tuple_items((*e).args);
    if !(2..=5).contains(&items.len()) {
        return;
    }
    let args_ty = ty((*e).args_ty);
    if remap && std::ptr::eq((*e).cls, &mg_class_OSError) {
        let (t, v) = norm(tuple_field(args_ty, 0), items[0]);
        if matches!(t.kind, KIND_INT | KIND_BOOL) {
            (*e).cls = errno_class(v as i64);
        }
    }
    if items.len() < 3 {
        return;
    }
    let filename = mg_dyn_box(tuple_field(args_ty, 2), items[2]);
    if filename.is_null() {
        return;
    }
    (*e).filename = filename;
    // `args` keeps only `(errno, strerror)`, as CPython's does.
    let tt = crate::mg_alloc(std::mem::size_of::<MgTypeN<2>>() as i64) as *mut MgTypeN<2>;
    tt.write(MgTypeN {
        kind: KIND_TUPLE,
        nargs: 2,
        args: [
            args_ty.args.as_ptr().read(),
            args_ty.args.as_ptr().add(1).read(),
        ],
    });
    (*e).args = new_tuple(&items[..2]);
    (*e).args_ty = tt as *const MgType;
}

/// Writes CPython's `OSError.__str__` when it differs from
/// `BaseException`'s: `[Errno 2] text: 'name'` with a filename,
/// `[Errno 2] text` when `errno` and `strerror` were given. Returns
/// whether it wrote.
///
/// # Safety
/// `e` must be a valid exception object.
pub(super) unsafe fn write_os_str(e: *mut MgException, out: &mut impl Sink) -> bool {
    if !is_os_error(e) {
        return false;
    }
    let items = tuple_items((*e).args);
    if !(2..=5).contains(&items.len()) {
        return false;
    }
    let args_ty = ty((*e).args_ty);
    out.put(b"[Errno ");
    write_str(tuple_field(args_ty, 0), items[0], out);
    out.put(b"] ");
    write_str(tuple_field(args_ty, 1), items[1], out);
    if !(*e).filename.is_null() {
        out.put(b": ");
        write_repr(ty(TYPE_DYN.as_type()), (*e).filename as u64, out);
    }
    true
}

/// `e.errno` (`which` 0), `e.strerror` (1) or `e.filename` (2) of an
/// `OSError`, as a dynamic value (`None` when not given).
///
/// # Safety
/// `e` must be a valid `OSError` object.
#[no_mangle]
pub unsafe extern "C-unwind" fn mg_oserror_attr(
    e: *mut MgException,
    which: i64,
) -> *const MgObject {
    if which == 2 {
        return (*e).filename;
    }
    let items = tuple_items((*e).args);
    if !(2..=5).contains(&items.len()) {
        return std::ptr::null();
    }
    let i = which as usize;
    mg_dyn_box(tuple_field(ty((*e).args_ty), i), items[i])
}

/// `BaseException.__init__(self, *args)` called by a subclass's
/// `__init__` (`super().__init__(...)`): sets `args`, and for an `OSError`
/// parses them again as CPython's `OSError.__init__` does.
///
/// # Safety
/// `e` must be a valid exception object and `args` a valid tuple described
/// by `args_ty`.
#[no_mangle]
pub unsafe extern "C-unwind" fn mg_exc_init(
    e: *mut MgException,
    args: *mut MgTuple,
    args_ty: *const MgType,
) {
    (*e).args = args;
    (*e).args_ty = args_ty;
    init(e, false);
}
