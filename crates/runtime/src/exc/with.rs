//! The values the `with` statement hands to `__exit__`: the exception's
//! class (`type[BaseException]`) and its traceback (`TracebackType`).
//! Compiled code represents both by the exception object itself (null for
//! None), so these only print them as CPython does.

use super::*;

/// `repr` (and `str`) of an exception class given by one of its instances:
/// `<class 'ValueError'>`, `<class '__main__.MyError'>` for a class of the
/// program; `None` for null.
///
/// # Safety
/// `exc` must be null or a valid exception object.
#[no_mangle]
pub unsafe extern "C-unwind" fn mg_exc_type_repr(exc: *const MgObject) -> *const MgStr {
    if exc.is_null() {
        return new_str(b"None");
    }
    let cls = &*(*exc).cls;
    // Only the program's own classes have an attribute table; they live in
    // `__main__`, which CPython names in a class's repr.
    let module = if cls.attrs.is_null() { "" } else { "__main__." };
    new_str(format!("<class '{module}{}'>", cls.name()).as_bytes())
}

/// `repr` of a traceback given by its exception: CPython's
/// `<traceback object at 0x...>`, or `None` for null.
///
/// # Safety
/// `exc` must be null or a valid exception object.
#[no_mangle]
pub unsafe extern "C-unwind" fn mg_traceback_repr(exc: *const MgObject) -> *const MgStr {
    if exc.is_null() {
        return new_str(b"None");
    }
    new_str(format!("<traceback object at {exc:p}>").as_bytes())
}
