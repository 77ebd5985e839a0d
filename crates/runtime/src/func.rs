//! Function values: what compiled code asks of a function object beyond
//! calling it (`f.__name__`, `functools.wraps`). The layout is described
//! at [`MgFunc`].

use crate::object::MgFunc;
use crate::MgStr;

runtime_interface! {
    FUNC_DECLS, func_symbols;
    fn mg_func_name(*const MgFunc) -> *const MgStr;
    fn mg_func_wraps(*mut MgFunc, *const MgFunc) -> *mut MgFunc;
}

/// `f.__name__`.
///
/// # Safety
/// `f` must point to a function object.
#[no_mangle]
pub unsafe extern "C-unwind" fn mg_func_name(f: *const MgFunc) -> *const MgStr {
    (*(*f).info).name
}

/// `functools.wraps(wrapped)(wrapper)`: the wrapper, now showing the
/// wrapped function's `__name__` and `__qualname__`. Like CPython, the
/// wrapper object itself is updated; a constant object (a function value
/// without captures, which lives in read-only memory) is copied first.
///
/// # Safety
/// Both must point to function objects.
#[no_mangle]
pub unsafe extern "C-unwind" fn mg_func_wraps(
    wrapper: *mut MgFunc,
    wrapped: *const MgFunc,
) -> *mut MgFunc {
    let target = if crate::gc::is_gc_object(wrapper.cast()) {
        wrapper
    } else {
        // A constant object is exactly its head: code and descriptor.
        let copy = crate::gc::mg_alloc(std::mem::size_of::<MgFunc>() as i64) as *mut MgFunc;
        (*copy).code = (*wrapper).code;
        copy
    };
    (*target).info = (*wrapped).info;
    target
}
