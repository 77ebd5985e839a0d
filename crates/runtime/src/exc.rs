//! Python exceptions: the built-in exception classes, exception objects,
//! raising and catching them with zero-cost unwinding, and the report of an
//! uncaught exception.
//!
//! The ABI compiled code uses:
//!
//! * exceptions are class instances laid out as [`MgException`]; built-in
//!   classes are the statics `mg_class_<Name>` ([`classes`]);
//! * `raise` is [`mg_raise_exc`] (or [`mg_reraise`] to pass an exception on
//!   without touching its context); the runtime raises its own errors the
//!   same way;
//! * calls that may raise are `invoke`s whose landing pads use the
//!   personality routine [`mg_personality`]. A landing pad receives the
//!   unwind header, calls [`mg_landing`] first to get the exception (and
//!   record its frame in the traceback), and either handles it or passes it
//!   on with [`mg_reraise`];
//! * [`mg_exc_set_handled`] maintains the exception being handled, which
//!   becomes the `__context__` of exceptions raised meanwhile;
//! * [`mg_uncaught`] reports an exception nobody caught and exits.

#[cfg(all(test, target_arch = "x86_64", target_os = "linux"))]
mod catch_tests;
mod classes;
mod oserror;
pub(crate) mod report;
mod suggest;
#[cfg(test)]
mod tests;
mod unwind;
mod with;

use std::cell::UnsafeCell;

use crate::containers::mem::new_tuple;
use crate::containers::value::{
    new_str, tuple_field, tuple_items, ty, write_repr, write_str, Sink,
};
use crate::error::ErrArg;
use crate::object::{
    MgClass, MgException, MgObject, MgTuple, MgType, MgTypeN, TbSite, KIND_TUPLE, TYPE_STR,
};
use crate::MgStr;

pub use classes::*;
pub use oserror::{mg_exc_init, mg_oserror_attr};
pub(crate) use oserror::{raise_errno, raise_os_error};
pub use report::mg_uncaught;
pub(crate) use unwind::{landing_pad_catches, personality_address};
pub use unwind::{
    mg_exc_set_handled, mg_landing, mg_personality, mg_raise_exc, mg_reraise, UnwindContext,
    UnwindException,
};
pub use with::{mg_exc_type_repr, mg_traceback_repr};

#[cfg(test)]
pub(crate) use report::format_report;
#[cfg(test)]
pub(crate) use unwind::find_landing_pad;

runtime_interface! {
    EXC_DECLS, exc_symbols;
    #[noreturn] fn mg_raise_exc(*mut MgException) -> ();
    #[noreturn] fn mg_reraise(*mut MgException) -> ();
    fn mg_landing(*mut u8, *const TbSite) -> *mut MgException;
    fn mg_exc_set_handled(*mut MgException) -> *mut MgException;
    fn mg_isinstance(*const MgObject, *const MgClass) -> i64;
    fn mg_class_name(*const MgObject) -> *const MgStr;
    fn mg_same_class(*const MgObject, *const MgObject) -> i64;
    #[noreturn] fn mg_raise_no_attr(*const MgObject, *const MgStr, i64) -> ();
    fn mg_repr_enter(*const MgObject) -> i64;
    fn mg_repr_leave(*const MgObject) -> ();
    fn mg_exc_new(*const MgClass, i64, *mut MgTuple, *const MgType) -> *mut MgException;
    fn mg_exc_init(*mut MgException, *mut MgTuple, *const MgType) -> ();
    fn mg_oserror_attr(*mut MgException, i64) -> *const MgObject;
    fn mg_exc_str(*mut MgException) -> *const MgStr;
    fn mg_exc_repr(*mut MgException) -> *const MgStr;
    #[noreturn] fn mg_uncaught(*mut MgException) -> ();
    fn mg_exc_type_repr(*const MgObject) -> *const MgStr;
    fn mg_traceback_repr(*const MgObject) -> *const MgStr;
}

/// The empty tuple, the `args` of exceptions raised without arguments.
static EMPTY_TUPLE: MgTuple = MgTuple { len: 0, items: [] };
/// `tuple[()]`.
static TYPE_EMPTY_TUPLE: MgTypeN<0> = MgTypeN {
    kind: KIND_TUPLE,
    nargs: 0,
    args: [],
};
/// `tuple[str]`, the `args` of exceptions raised with a message.
static TYPE_TUPLE_STR: MgTypeN<1> = MgTypeN {
    kind: KIND_TUPLE,
    nargs: 1,
    args: [(&TYPE_STR as *const MgTypeN<0>).cast()],
};

/// An exception object in static memory.
struct StaticExc(UnsafeCell<MgException>);
// SAFETY: only the raising thread touches it, on the way to a handler.
unsafe impl Sync for StaticExc {}

/// The `MemoryError` raised when the collector is out of memory: raising
/// it must not allocate the exception.
static MEMORY_ERROR: StaticExc = StaticExc(UnsafeCell::new(MgException {
    cls: &mg_class_MemoryError,
    args: &EMPTY_TUPLE as *const MgTuple as *mut MgTuple,
    args_ty: (&TYPE_EMPTY_TUPLE as *const MgTypeN<0>).cast(),
    traceback: std::ptr::null_mut(),
    cause: std::ptr::null_mut(),
    context: std::ptr::null_mut(),
    suppress_context: 0,
    attr_obj: std::ptr::null(),
    attr_name: std::ptr::null(),
    filename: std::ptr::null(),
}));

/// The address ranges of the statics that may hold the only pointer to GC
/// memory, for registration as collector roots.
pub(crate) fn static_roots() -> Vec<(usize, usize)> {
    fn range<T>(r: &'static T) -> (usize, usize) {
        let lo = r as *const T as usize;
        (lo, lo + std::mem::size_of::<T>())
    }
    vec![
        range(&unwind::HANDLED),
        range(&MEMORY_ERROR),
        range(&report::REPORTING),
        range(&unwind::SPARE_ENTRIES),
    ]
}

/// A new exception object of class `cls`, `size` bytes large (at least the
/// [`MgException`] header; user fields follow it, zeroed), with the given
/// `args` and their descriptor; null `args` means `()`. An `OSError`
/// parses its arguments as CPython's does (`exc/oserror.rs`): `OSError`
/// itself becomes the subclass for the error number.
///
/// # Safety
/// `cls` must be a valid exception class; `args` null or a valid tuple
/// described by `args_ty`.
#[no_mangle]
pub unsafe extern "C-unwind" fn mg_exc_new(
    cls: *const MgClass,
    size: i64,
    args: *mut MgTuple,
    args_ty: *const MgType,
) -> *mut MgException {
    let size = size.max(std::mem::size_of::<MgException>() as i64);
    let e = crate::mg_alloc(size) as *mut MgException;
    (*e).cls = cls;
    if args.is_null() {
        (*e).args = &EMPTY_TUPLE as *const MgTuple as *mut MgTuple;
        (*e).args_ty = TYPE_EMPTY_TUPLE.as_type();
    } else {
        (*e).args = args;
        (*e).args_ty = args_ty;
    }
    oserror::init(e, true);
    e
}

/// `isinstance(obj, cls)` for a class instance (exceptions included), as
/// 0/1; a null `obj` is an instance of nothing.
///
/// # Safety
/// `obj` must be null or a valid instance; `cls` a valid class.
#[no_mangle]
pub unsafe extern "C-unwind" fn mg_isinstance(obj: *const MgObject, cls: *const MgClass) -> i64 {
    if obj.is_null() {
        return 0;
    }
    i64::from((*(*obj).cls).is_subclass(cls))
}

/// `type(obj).__name__` for a class instance (exceptions included).
///
/// # Safety
/// `obj` must be a valid instance.
#[no_mangle]
pub unsafe extern "C-unwind" fn mg_class_name(obj: *const MgObject) -> *const MgStr {
    new_str((*(*obj).cls).name().as_bytes())
}

/// `type(a) is type(b)` for two class instances, as 0/1.
///
/// # Safety
/// `a` and `b` must be valid instances.
#[no_mangle]
pub unsafe extern "C-unwind" fn mg_same_class(a: *const MgObject, b: *const MgObject) -> i64 {
    i64::from(std::ptr::eq((*a).cls, (*b).cls))
}

/// Raises CPython's `AttributeError` for a read (or `del`) of an instance
/// attribute that is not assigned: `'C' object has no attribute 'n'`,
/// naming the object's own class. A failed read (`read` nonzero) also
/// records the object and the name, as CPython's `AttributeError.obj` and
/// `.name`: the report of the uncaught exception suggests a near name.
///
/// # Safety
/// `obj` must be a valid instance and `name` a valid string.
#[no_mangle]
pub unsafe extern "C-unwind" fn mg_raise_no_attr(
    obj: *const MgObject,
    name: *const MgStr,
    read: i64,
) {
    let cls = (*(*obj).cls).name();
    let msg = format!("'{cls}' object has no attribute '{}'", MgStr::text(name));
    let e = new_builtin(&mg_class_AttributeError, ErrArg::Msg(msg));
    if read != 0 {
        (*e).attr_obj = obj;
        (*e).attr_name = name;
    }
    unwind::raise_exc(e)
}

thread_local! {
    /// The objects whose generated dataclass `__repr__` is running, innermost
    /// last: CPython's `reprlib.recursive_repr` state. Only addresses are
    /// compared, and every object here is live on a caller's stack, so the
    /// collector need not see this list.
    static REPR_ACTIVE: std::cell::RefCell<Vec<usize>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// Entry of a dataclass's generated `__repr__`: 1 when `obj`'s repr is
/// already being computed further up the stack (the caller then returns
/// `...`, as `reprlib.recursive_repr` does), otherwise 0 after marking it.
///
/// # Safety
/// Always safe; `obj` is only compared by address.
#[no_mangle]
pub unsafe extern "C-unwind" fn mg_repr_enter(obj: *const MgObject) -> i64 {
    REPR_ACTIVE.with(|a| {
        let mut a = a.borrow_mut();
        if a.contains(&(obj as usize)) {
            1
        } else {
            a.push(obj as usize);
            0
        }
    })
}

/// Exit of a dataclass's generated `__repr__` (normal or by an exception):
/// unmarks `obj`.
///
/// # Safety
/// Always safe; `obj` is only compared by address.
#[no_mangle]
pub unsafe extern "C-unwind" fn mg_repr_leave(obj: *const MgObject) {
    REPR_ACTIVE.with(|a| {
        let mut a = a.borrow_mut();
        if let Some(i) = a.iter().rposition(|&p| p == obj as usize) {
            a.remove(i);
        }
    });
}

/// `str(exc)`.
///
/// # Safety
/// `exc` must be a valid exception object.
#[no_mangle]
pub unsafe extern "C-unwind" fn mg_exc_str(exc: *mut MgException) -> *const MgStr {
    if let Some(f) = (*(*exc).cls).find(|c| c.str) {
        return f(exc.cast());
    }
    let mut out = Vec::new();
    write_exc_str(exc, &mut out);
    new_str(&out)
}

/// `repr(exc)`.
///
/// # Safety
/// `exc` must be a valid exception object.
#[no_mangle]
pub unsafe extern "C-unwind" fn mg_exc_repr(exc: *mut MgException) -> *const MgStr {
    if let Some(f) = (*(*exc).cls).find(|c| c.repr) {
        return f(exc.cast());
    }
    let mut out = Vec::new();
    write_exc_repr(exc, &mut out);
    new_str(&out)
}

/// Writes `str(exc)`: the class's `__str__` if it (or an ancestor)
/// defines one; then `OSError`'s `[Errno 2] text: 'name'`; otherwise
/// CPython's `BaseException.__str__`: `""` for no arguments, `str(arg)`
/// for one (`repr(arg)` for a `KeyError`), the repr of the `args` tuple
/// for more.
///
/// # Safety
/// `exc` must be a valid exception object.
pub(crate) unsafe fn write_exc_str(exc: *mut MgException, out: &mut impl Sink) {
    let cls = &*(*exc).cls;
    if let Some(f) = cls.find(|c| c.str) {
        out.put(MgStr::bytes(f(exc.cast())));
        return;
    }
    if oserror::write_os_str(exc, out) {
        return;
    }
    let args_ty = ty((*exc).args_ty);
    match tuple_items((*exc).args) {
        [] => {}
        [v] if cls.is_subclass(&mg_class_KeyError) => write_repr(tuple_field(args_ty, 0), *v, out),
        [v] => write_str(tuple_field(args_ty, 0), *v, out),
        _ => write_repr(args_ty, (*exc).args as u64, out),
    }
}

/// Writes `repr(exc)`: the class's `__repr__` if it (or an ancestor)
/// defines one; otherwise CPython's `Name('msg')`, `Name()`, `Name(1, 2)`.
///
/// # Safety
/// `exc` must be a valid exception object.
pub(crate) unsafe fn write_exc_repr(exc: *mut MgException, out: &mut impl Sink) {
    let cls = &*(*exc).cls;
    if let Some(f) = cls.find(|c| c.repr) {
        out.put(MgStr::bytes(f(exc.cast())));
        return;
    }
    out.put(cls.name().as_bytes());
    let args_ty = ty((*exc).args_ty);
    match tuple_items((*exc).args) {
        [v] => {
            out.put(b"(");
            write_repr(tuple_field(args_ty, 0), *v, out);
            out.put(b")");
        }
        _ => write_repr(args_ty, (*exc).args as u64, out),
    }
}

/// A new exception of the built-in class `name` with the argument `arg`.
pub(crate) fn new_builtin(cls: &'static MgClass, arg: ErrArg) -> *mut MgException {
    let (args, args_ty) = match arg {
        ErrArg::Msg(m) if m.is_empty() => (std::ptr::null_mut(), std::ptr::null()),
        ErrArg::Msg(m) => (
            new_tuple(&[new_str(m.as_bytes()) as u64]),
            TYPE_TUPLE_STR.as_type(),
        ),
        ErrArg::Value(t, v) => {
            let tt = crate::mg_alloc(std::mem::size_of::<MgTypeN<1>>() as i64) as *mut MgTypeN<1>;
            // SAFETY: `tt` is a fresh block of the right size.
            unsafe {
                tt.write(MgTypeN {
                    kind: KIND_TUPLE,
                    nargs: 1,
                    args: [t],
                })
            };
            (new_tuple(&[v]), tt as *const MgType)
        }
    };
    let size = std::mem::size_of::<MgException>() as i64;
    // SAFETY: the class is a built-in one and the arguments match `args_ty`.
    unsafe { mg_exc_new(cls, size, args, args_ty) }
}

/// Raises the built-in exception class `name` with the argument `arg`.
pub(crate) fn raise_builtin(name: &[u8], arg: ErrArg) -> ! {
    let cls = builtin_class(name).unwrap_or_else(|| {
        debug_assert!(
            false,
            "unknown exception class {}",
            String::from_utf8_lossy(name)
        );
        &mg_class_Exception
    });
    // SAFETY: the exception is a valid new object (or the static one).
    unsafe {
        if std::ptr::eq(cls, &mg_class_MemoryError)
            && matches!(&arg, ErrArg::Msg(m) if m.is_empty())
        {
            let e = MEMORY_ERROR.0.get();
            (*e).traceback = std::ptr::null_mut();
            (*e).cause = std::ptr::null_mut();
            (*e).context = std::ptr::null_mut();
            (*e).suppress_context = 0;
            unwind::raise_exc(e)
        }
        unwind::raise_exc(new_builtin(cls, arg))
    }
}

/// The exception currently being handled (for tests and the report).
#[cfg(test)]
pub(crate) fn handled() -> *mut MgException {
    unwind::HANDLED.load(std::sync::atomic::Ordering::Relaxed)
}
