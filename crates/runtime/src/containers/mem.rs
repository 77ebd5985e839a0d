//! Allocation helpers for container storage.
//!
//! Every array that may hold a pointer to a GC object is allocated from the
//! collector as scanned memory; arrays of plain numbers (hashes, indices,
//! slots of `int`/`float`/`bool` elements) are allocated atomic so the
//! collector neither scans them nor mistakes their contents for pointers.

use crate::error::raise;
use crate::object::{MgTuple, MgType};

use super::value::Slot;

/// The byte size of `n` items of `size` bytes, raising `MemoryError` when it
/// does not fit the allocator's argument.
fn byte_size(n: usize, size: usize) -> i64 {
    n.checked_mul(size)
        .and_then(|b| i64::try_from(b).ok())
        .unwrap_or_else(|| raise("MemoryError", ""))
}

/// Allocates `n` zeroed slots; scanned by the collector iff `pointers`.
pub(crate) fn alloc_slots(n: usize, pointers: bool) -> *mut Slot {
    let n = n.max(1);
    let bytes = byte_size(n, 8);
    if pointers {
        crate::mg_alloc(bytes) as *mut Slot
    } else {
        let p = crate::mg_alloc_atomic(bytes) as *mut Slot;
        // SAFETY: `p` has room for `n` slots; atomic memory is not zeroed.
        unsafe { std::ptr::write_bytes(p, 0, n) };
        p
    }
}

/// Allocates slots for values of type `t` (scanned iff `t` is a pointer
/// type).
pub(crate) fn alloc_slots_for(n: usize, t: *const MgType) -> *mut Slot {
    // SAFETY: descriptors passed to the runtime are valid.
    alloc_slots(n, unsafe { (*t).is_pointer() })
}

/// Allocates `n` atomic `i64`s, all set to `fill`.
pub(crate) fn alloc_i64(n: usize, fill: i64) -> *mut i64 {
    let n = n.max(1);
    let p = crate::mg_alloc_atomic(byte_size(n, 8)) as *mut i64;
    // SAFETY: `p` has room for `n` values.
    unsafe { std::slice::from_raw_parts_mut(p, n).fill(fill) };
    p
}

/// Allocates `n` atomic `i32`s, all set to `fill`.
pub(crate) fn alloc_i32(n: usize, fill: i32) -> *mut i32 {
    let n = n.max(1);
    let p = crate::mg_alloc_atomic(byte_size(n, 4)) as *mut i32;
    // SAFETY: `p` has room for `n` values.
    unsafe { std::slice::from_raw_parts_mut(p, n).fill(fill) };
    p
}

/// Allocates a GC object of type `T` (scanned, zeroed).
pub(crate) fn alloc_object<T>() -> *mut T {
    crate::mg_alloc(std::mem::size_of::<T>() as i64) as *mut T
}

/// Boxes a tuple with the given field slots.
pub(crate) fn new_tuple(fields: &[Slot]) -> *mut MgTuple {
    let p = crate::mg_alloc(byte_size(fields.len() + 1, 8)) as *mut MgTuple;
    // SAFETY: `p` has room for the length and one slot per field.
    unsafe {
        (*p).len = fields.len() as i64;
        let items = std::ptr::addr_of_mut!((*p).items).cast::<Slot>();
        std::ptr::copy_nonoverlapping(fields.as_ptr(), items, fields.len());
    }
    p
}
