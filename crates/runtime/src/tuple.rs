//! Tuples whose length is only known at run time (`tuple[T, ...]`, the
//! result of `tuple(xs)`). They use the boxed-tuple layout ([`MgTuple`]:
//! length, then one slot per element) and a tuple descriptor with a single
//! argument, which the generic value operations apply to every element; so
//! hashing, equality, ordering and repr are the ordinary tuple ones.

use crate::object::{MgList, MgTuple, MgType};

runtime_interface! {
    TUPLE_DECLS, tuple_symbols;
    fn mg_tuple_from_list(*const MgList) -> *mut MgTuple;
    fn mg_tuple_concat(*const MgTuple, *const MgTuple) -> *mut MgTuple;
    fn mg_tuple_slice(*const MgTuple, i64, i64, i64, i64) -> *mut MgTuple;
    fn mg_tuple_contains(*const MgType, *const MgTuple, u64) -> i64;
}

/// A new tuple of `n` slots (to be filled by the caller).
fn alloc(n: usize) -> *mut MgTuple {
    let t = crate::mg_alloc(8 + 8 * n as i64) as *mut MgTuple;
    // SAFETY: the block has room for the header and `n` slots.
    unsafe { (*t).len = n as i64 };
    t
}

/// The element slots of a tuple.
///
/// # Safety
/// `t` must point to a valid boxed tuple.
unsafe fn items<'a>(t: *const MgTuple) -> &'a [u64] {
    std::slice::from_raw_parts(
        std::ptr::addr_of!((*t).items).cast::<u64>(),
        (*t).len as usize,
    )
}

/// # Safety
/// `t` must have been made by `alloc(n)` with `n >= src.len()`.
unsafe fn fill(t: *mut MgTuple, at: usize, src: &[u64]) {
    let dst = std::ptr::addr_of_mut!((*t).items).cast::<u64>().add(at);
    std::ptr::copy_nonoverlapping(src.as_ptr(), dst, src.len());
}

/// `tuple(xs)` of a list: a tuple of the same elements.
///
/// # Safety
/// `l` must be a valid list.
#[no_mangle]
pub unsafe extern "C-unwind" fn mg_tuple_from_list(l: *const MgList) -> *mut MgTuple {
    let n = (*l).len as usize;
    let t = alloc(n);
    if n > 0 {
        fill(t, 0, std::slice::from_raw_parts((*l).items, n));
    }
    t
}

/// `a + b` for two tuples of one element type.
///
/// # Safety
/// Both must be valid tuples.
#[no_mangle]
pub unsafe extern "C-unwind" fn mg_tuple_concat(
    a: *const MgTuple,
    b: *const MgTuple,
) -> *mut MgTuple {
    let (x, y) = (items(a), items(b));
    let t = alloc(x.len() + y.len());
    fill(t, 0, x);
    fill(t, x.len(), y);
    t
}

/// `t[start:stop:step]` (`flags` marks omitted parts, as for lists).
///
/// # Safety
/// `t` must be a valid tuple.
#[no_mangle]
pub unsafe extern "C-unwind" fn mg_tuple_slice(
    t: *const MgTuple,
    start: i64,
    stop: i64,
    step: i64,
    flags: i64,
) -> *mut MgTuple {
    let src = items(t);
    let mut bounds = [0i64; 3];
    let n = crate::mg_slice_adjust(
        src.len() as i64,
        start,
        stop,
        step,
        flags,
        bounds.as_mut_ptr(),
    ) as usize;
    let r = alloc(n);
    let dst = std::ptr::addr_of_mut!((*r).items).cast::<u64>();
    let mut i = bounds[0];
    for k in 0..n {
        *dst.add(k) = src[i as usize];
        i += bounds[2];
    }
    r
}

/// `x in t`, comparing with the element type's equality.
///
/// # Safety
/// `elem` must describe the elements of the valid tuple `t`.
#[no_mangle]
pub unsafe extern "C-unwind" fn mg_tuple_contains(
    elem: *const MgType,
    t: *const MgTuple,
    x: u64,
) -> i64 {
    items(t).iter().any(|&y| crate::mg_eq(elem, x, y) != 0) as i64
}
