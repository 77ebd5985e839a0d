//! Lists, dicts and sets, and the type-generic value operations (hash,
//! equality, ordering, repr) that they and compiled code need.
//!
//! Values are untagged 8-byte slots (see [`crate::object`]); wherever a
//! value of any type is handled, compiled code passes its type descriptor.
//! The submodules hold the logic as Rust functions that return
//! [`PyResult`](crate::error::PyResult) where Python would raise; this file
//! holds the C ABI: the interface declarations and thin `extern "C-unwind"`
//! wrappers that raise.
//!
//! Conventions of the ABI below:
//! * booleans are returned and taken as `i64` 0/1;
//! * a key function is null or an `extern "C-unwind" fn(u64) -> u64` mapping an
//!   element slot to a key slot of the descriptor passed along with it;
//! * slice bounds come with a `flags` bitmask of absent parts: 1 = no start,
//!   2 = no stop, 4 = no step;
//! * iteration state for `mg_dict_iter_next`/`mg_set_iter_next` is an
//!   `[i64; 3]` the compiled loop keeps, initialised to `[0, len, len]`.

pub(crate) mod dict;
pub(crate) mod list;
pub(crate) mod mem;
mod objects;
pub(crate) mod set;
mod sort;
pub(crate) mod value;

#[cfg(test)]
mod objects_tests;
#[cfg(test)]
mod tests;

use crate::error::{ok_or_raise, raise, raise_err};
use crate::object::{
    new_list, MgList, MgTuple, MgType, KIND_BOOL, KIND_FLOAT, KIND_INT, KIND_NONE, KIND_STR,
};
use crate::MgStr;

pub use dict::MgDict;
pub use set::MgSet;

use value::ty;

runtime_interface! {
    CONTAINER_DECLS, container_symbols;
    // Values of any type.
    fn mg_hash(*const MgType, u64) -> i64;
    fn mg_id(u64) -> i64;
    fn mg_eq(*const MgType, u64, u64) -> i64;
    fn mg_eq_mixed(*const MgType, u64, *const MgType, u64) -> i64;
    fn mg_compare(*const MgType, u64, u64, i64) -> i64;
    fn mg_compare_mixed(*const MgType, u64, *const MgType, u64, i64) -> i64;
    fn mg_cmp(*const MgType, u64, u64) -> i64;
    fn mg_repr(*const MgType, u64) -> *const MgStr;
    fn mg_str_of(*const MgType, u64) -> *const MgStr;
    fn mg_print_value(*const MgType, u64) -> ();
    fn mg_print_repr(*const MgType, u64) -> ();
    #[noreturn] fn mg_raise_key_error(*const MgType, u64) -> ();
    #[noreturn] fn mg_raise_index_error(i64) -> ();
    fn mg_slice_adjust(i64, i64, i64, i64, i64, *mut i64) -> i64;

    // list
    fn mg_list_new(*const MgType, i64) -> *mut MgList;
    fn mg_list_grow(*mut MgList) -> ();
    fn mg_list_reserve(*mut MgList, i64) -> ();
    fn mg_list_append(*mut MgList, u64) -> ();
    fn mg_list_extend(*mut MgList, *const MgList) -> ();
    fn mg_list_insert(*mut MgList, i64, u64) -> ();
    fn mg_list_pop(*mut MgList, i64) -> u64;
    fn mg_list_remove(*mut MgList, u64) -> ();
    fn mg_list_index(*const MgList, u64, i64, i64) -> i64;
    fn mg_list_count(*const MgList, u64) -> i64;
    fn mg_list_contains(*const MgList, u64) -> i64;
    fn mg_list_reverse(*mut MgList) -> ();
    fn mg_list_copy(*const MgList) -> *mut MgList;
    fn mg_list_clear(*mut MgList) -> ();
    fn mg_list_concat(*const MgList, *const MgList) -> *mut MgList;
    fn mg_list_repeat(*const MgList, i64) -> *mut MgList;
    fn mg_list_imul(*mut MgList, i64) -> ();
    fn mg_list_slice(*const MgList, i64, i64, i64, i64) -> *mut MgList;
    fn mg_list_set_slice(*mut MgList, i64, i64, i64, i64, *const MgList) -> ();
    fn mg_list_del_slice(*mut MgList, i64, i64, i64, i64) -> ();
    fn mg_list_del_item(*mut MgList, i64) -> ();
    fn mg_list_sort(*mut MgList, *const u8, *const MgType, i64) -> ();
    fn mg_list_sorted(*const MgList, *const u8, *const MgType, i64) -> *mut MgList;
    fn mg_list_min(*const MgList, *const u8, *const MgType, i64, u64) -> u64;
    fn mg_list_max(*const MgList, *const u8, *const MgType, i64, u64) -> u64;
    fn mg_list_sum_int(*const MgList, i64) -> i64;
    fn mg_list_sum_float(*const MgList, f64) -> f64;

    // dict
    fn mg_dict_new(*const MgType, *const MgType) -> *mut MgDict;
    fn mg_dict_get_ptr(*const MgDict, u64) -> *mut u64;
    fn mg_dict_getitem(*const MgDict, u64) -> u64;
    fn mg_dict_get(*const MgDict, u64, u64) -> u64;
    fn mg_dict_set(*mut MgDict, u64, u64) -> ();
    fn mg_dict_del(*mut MgDict, u64) -> i64;
    fn mg_dict_delitem(*mut MgDict, u64) -> ();
    fn mg_dict_pop(*mut MgDict, u64) -> u64;
    fn mg_dict_pop_default(*mut MgDict, u64, u64) -> u64;
    fn mg_dict_setdefault(*mut MgDict, u64, u64) -> u64;
    fn mg_dict_update(*mut MgDict, *const MgDict) -> ();
    fn mg_dict_copy(*const MgDict) -> *mut MgDict;
    fn mg_dict_clear(*mut MgDict) -> ();
    fn mg_dict_contains(*const MgDict, u64) -> i64;
    fn mg_dict_next(*const MgDict, i64) -> i64;
    fn mg_dict_iter_next(*const MgDict, *mut i64) -> i64;
    fn mg_dict_key_at(*const MgDict, i64) -> u64;
    fn mg_dict_value_at(*const MgDict, i64) -> u64;
    fn mg_dict_keys(*const MgDict) -> *mut MgList;
    fn mg_dict_values(*const MgDict) -> *mut MgList;
    fn mg_dict_items(*const MgDict, *const MgType) -> *mut MgList;
    fn mg_dict_popitem(*mut MgDict) -> *mut MgTuple;

    // set
    fn mg_set_new(*const MgType) -> *mut MgSet;
    fn mg_set_from_list(*const MgType, *const MgList, i64) -> *mut MgSet;
    fn mg_set_add(*mut MgSet, u64) -> ();
    fn mg_set_remove(*mut MgSet, u64) -> ();
    fn mg_set_discard(*mut MgSet, u64) -> ();
    fn mg_set_pop(*mut MgSet) -> u64;
    fn mg_set_contains(*const MgSet, u64) -> i64;
    fn mg_set_copy(*const MgSet) -> *mut MgSet;
    fn mg_set_clear(*mut MgSet) -> ();
    fn mg_set_union(*const MgSet, *const MgSet) -> *mut MgSet;
    fn mg_set_intersection(*const MgSet, *const MgSet) -> *mut MgSet;
    fn mg_set_difference(*const MgSet, *const MgSet) -> *mut MgSet;
    fn mg_set_symmetric_difference(*const MgSet, *const MgSet) -> *mut MgSet;
    fn mg_set_update(*mut MgSet, *const MgSet) -> ();
    fn mg_set_intersection_update(*mut MgSet, *const MgSet) -> ();
    fn mg_set_difference_update(*mut MgSet, *const MgSet) -> ();
    fn mg_set_symmetric_difference_update(*mut MgSet, *const MgSet) -> ();
    fn mg_set_update_list(*mut MgSet, *const MgList) -> ();
    fn mg_set_update_dict(*mut MgSet, *const MgDict) -> ();
    fn mg_set_intersection_list(*const MgSet, *const MgList) -> *mut MgSet;
    fn mg_set_difference_update_list(*mut MgSet, *const MgList) -> ();
    fn mg_set_symmetric_difference_list(*const MgSet, *const MgList) -> *mut MgSet;
    fn mg_set_symmetric_difference_update_list(*mut MgSet, *const MgList) -> ();
    fn mg_set_issubset(*const MgSet, *const MgSet) -> i64;
    fn mg_set_issuperset(*const MgSet, *const MgSet) -> i64;
    fn mg_set_isdisjoint(*const MgSet, *const MgSet) -> i64;
    fn mg_set_next(*const MgSet, i64) -> i64;
    fn mg_set_iter_next(*const MgSet, *mut i64) -> i64;
    fn mg_set_key_at(*const MgSet, i64) -> u64;
    fn mg_set_to_list(*const MgSet) -> *mut MgList;
}

// ---------------------------------------------------------------------------
// Values of any type
// ---------------------------------------------------------------------------

/// `hash(v)` for a value of type `t`. Never -1 or `i64::MIN`; equal values
/// (including `1 == 1.0 == True`) hash equal. `TypeError: unhashable type`
/// for lists, dicts and sets.
///
/// # Safety
/// `t` must be a valid descriptor and `v` a valid value of that type (the
/// same holds for every descriptor/value pair below).
#[no_mangle]
pub unsafe extern "C-unwind" fn mg_hash(t: *const MgType, v: u64) -> i64 {
    ok_or_raise(value::hash(ty(t), v))
}

/// `id(v)` of a value kept by reference: its address, which is what
/// CPython's `id` is too.
#[no_mangle]
pub extern "C-unwind" fn mg_id(v: u64) -> i64 {
    v as i64
}

/// `a == b` for two values of type `t` (deep for containers), as 0/1.
///
/// # Safety
/// See [`mg_hash`].
#[no_mangle]
pub unsafe extern "C-unwind" fn mg_eq(t: *const MgType, a: u64, b: u64) -> i64 {
    i64::from(value::eq_top(ty(t), a, ty(t), b))
}

/// `a == b` for values of two types (`1 == 1.0`, `[1] == [1.0]`; values
/// of unrelated types are unequal), as 0/1.
///
/// # Safety
/// See [`mg_hash`].
#[no_mangle]
pub unsafe extern "C-unwind" fn mg_eq_mixed(
    ta: *const MgType,
    a: u64,
    tb: *const MgType,
    b: u64,
) -> i64 {
    i64::from(value::eq_top(ty(ta), a, ty(tb), b))
}

/// `a <op> b` for two values of type `t`, as 0/1; `op` is 0 `<`, 1 `<=`,
/// 2 `>`, 3 `>=`, 4 `==`, 5 `!=`. Sequences compare lexicographically as in
/// CPython (first unequal items decide), sets by inclusion; dicts and
/// `None` raise `TypeError: '<' not supported between instances of ...`.
///
/// # Safety
/// See [`mg_hash`].
#[no_mangle]
pub unsafe extern "C-unwind" fn mg_compare(t: *const MgType, a: u64, b: u64, op: i64) -> i64 {
    i64::from(ok_or_raise(value::compare(ty(t), a, ty(t), b, op)))
}

/// [`mg_compare`] for values of two types (`1 < 1.5`, `[1] < [1.5]`).
///
/// # Safety
/// See [`mg_hash`].
#[no_mangle]
pub unsafe extern "C-unwind" fn mg_compare_mixed(
    ta: *const MgType,
    a: u64,
    tb: *const MgType,
    b: u64,
    op: i64,
) -> i64 {
    i64::from(ok_or_raise(value::compare(ty(ta), a, ty(tb), b, op)))
}

/// Three-way comparison of two values of type `t`: -1 (`a < b`), 0
/// (equal), 1 (`a > b`), or 2 when neither holds (NaN, or two sets neither
/// of which contains the other). Raises like `a < b` for unorderable types.
///
/// # Safety
/// See [`mg_hash`].
#[no_mangle]
pub unsafe extern "C-unwind" fn mg_cmp(t: *const MgType, a: u64, b: u64) -> i64 {
    ok_or_raise(value::cmp3(ty(t), a, b))
}

/// `repr(v)` as a new string, exactly as CPython formats it.
///
/// # Safety
/// See [`mg_hash`].
#[no_mangle]
pub unsafe extern "C-unwind" fn mg_repr(t: *const MgType, v: u64) -> *const MgStr {
    let mut out = Vec::new();
    value::write_repr(ty(t), v, &mut out);
    value::new_str(&out)
}

/// `str(v)`: a `str` itself, an instance's `__str__`, `repr(v)` for
/// everything else.
///
/// # Safety
/// See [`mg_hash`].
#[no_mangle]
pub unsafe extern "C-unwind" fn mg_str_of(t: *const MgType, v: u64) -> *const MgStr {
    let (t, v) = value::norm(ty(t), v);
    if t.kind == KIND_STR {
        return v as *const MgStr;
    }
    let mut out = Vec::new();
    value::write_str(t, v, &mut out);
    value::new_str(&out)
}

/// Appends `str(v)` to stdout (what `print(v)` shows), without building a
/// string.
///
/// # Safety
/// See [`mg_hash`].
#[no_mangle]
pub unsafe extern "C-unwind" fn mg_print_value(t: *const MgType, v: u64) {
    let (t, v) = value::norm(ty(t), v);
    if t.kind == KIND_STR {
        crate::mg_print_str(v as *const MgStr);
        return;
    }
    if print_scalar(t, v) {
        return;
    }
    if objects::may_call_user(t) {
        // User methods may print or raise: build the whole text first, as
        // CPython does.
        let mut out = Vec::new();
        value::write_str(t, v, &mut out);
        crate::io::print_bytes(&out);
        return;
    }
    let mut out = value::PrintSink::new();
    value::write_str(t, v, &mut out);
    out.flush();
}

/// Appends `repr(v)` to stdout.
///
/// # Safety
/// See [`mg_hash`].
#[no_mangle]
pub unsafe extern "C-unwind" fn mg_print_repr(t: *const MgType, v: u64) {
    let (t, v) = value::norm(ty(t), v);
    if t.kind == KIND_STR {
        crate::mg_print_str_repr(v as *const MgStr);
        return;
    }
    if print_scalar(t, v) {
        return;
    }
    if objects::may_call_user(t) {
        let mut out = Vec::new();
        value::write_repr(t, v, &mut out);
        crate::io::print_bytes(&out);
        return;
    }
    let mut out = value::PrintSink::new();
    value::write_repr(t, v, &mut out);
    out.flush();
}

/// Prints a number, bool or `None` directly; false for other types.
fn print_scalar(t: &MgType, v: u64) -> bool {
    match t.kind {
        KIND_INT => crate::mg_print_int(v as i64),
        KIND_FLOAT => crate::mg_print_float(f64::from_bits(v)),
        KIND_BOOL => crate::mg_print_bool(v as i64),
        KIND_NONE => crate::mg_print_none(),
        _ => return false,
    }
    true
}

/// Raises `KeyError(key)` (for `d[key]`, `del d[key]`, `d.pop(key)`,
/// `s.remove(key)`): `e.args[0]` is the key, and the traceback shows its
/// repr.
///
/// # Safety
/// See [`mg_hash`].
#[no_mangle]
pub unsafe extern "C-unwind" fn mg_raise_key_error(t: *const MgType, key: u64) {
    raise_err(dict::key_error(ty(t), key))
}

/// Raises `IndexError`: `kind` 0 `list index out of range`, 1 `list
/// assignment index out of range`, 2 `tuple index out of range`. Compiled
/// code checks bounds inline and calls this only to raise.
#[no_mangle]
pub extern "C-unwind" fn mg_raise_index_error(kind: i64) {
    raise("IndexError", list::index_error_message(kind))
}

/// Resolves a slice against a sequence of length `len` (CPython's
/// `PySlice_Unpack` + `PySlice_AdjustIndices`; `flags` marks absent parts).
/// Writes the adjusted start, stop and step to `out[0..3]` and returns the
/// number of selected items; `ValueError: slice step cannot be zero`.
///
/// # Safety
/// `out` must be valid for three writes.
#[no_mangle]
pub unsafe extern "C-unwind" fn mg_slice_adjust(
    len: i64,
    start: i64,
    stop: i64,
    step: i64,
    flags: i64,
    out: *mut i64,
) -> i64 {
    let s = ok_or_raise(list::slice_indices(len, start, stop, step, flags));
    *out = s.start;
    *out.add(1) = s.stop;
    *out.add(2) = s.step;
    s.len
}

// ---------------------------------------------------------------------------
// list
// ---------------------------------------------------------------------------

/// A new list of `len` zeroed slots (`[]` for 0) with elements of type
/// `elem`; compiled code fills the slots of a list display.
#[no_mangle]
pub extern "C-unwind" fn mg_list_new(elem: *const MgType, len: i64) -> *mut MgList {
    new_list(elem, len.max(0) as usize)
}

/// Makes room for at least one more item (`len < cap` afterwards): the
/// slow path of an inline `append`.
///
/// # Safety
/// `l` must be a valid list (the same holds for every list below).
#[no_mangle]
pub unsafe extern "C-unwind" fn mg_list_grow(l: *mut MgList) {
    list::reserve(l, (*l).len as usize + 1);
}

/// Makes room for at least `n` items in total.
///
/// # Safety
/// See [`mg_list_grow`].
#[no_mangle]
pub unsafe extern "C-unwind" fn mg_list_reserve(l: *mut MgList, n: i64) {
    list::reserve(l, n.max(0) as usize);
}

/// `l.append(x)`.
///
/// # Safety
/// See [`mg_list_grow`].
#[no_mangle]
pub unsafe extern "C-unwind" fn mg_list_append(l: *mut MgList, x: u64) {
    list::append(l, x);
}

/// `l.extend(other)` and `l += other` (`other` may be `l`).
///
/// # Safety
/// See [`mg_list_grow`].
#[no_mangle]
pub unsafe extern "C-unwind" fn mg_list_extend(l: *mut MgList, other: *const MgList) {
    list::extend(l, other);
}

/// `l.insert(i, x)`, with Python's clamping of `i`.
///
/// # Safety
/// See [`mg_list_grow`].
#[no_mangle]
pub unsafe extern "C-unwind" fn mg_list_insert(l: *mut MgList, i: i64, x: u64) {
    list::insert(l, i, x);
}

/// `l.pop(i)` (`l.pop()` passes -1): `IndexError: pop from empty list` /
/// `pop index out of range`.
///
/// # Safety
/// See [`mg_list_grow`].
#[no_mangle]
pub unsafe extern "C-unwind" fn mg_list_pop(l: *mut MgList, i: i64) -> u64 {
    ok_or_raise(list::pop(l, i))
}

/// `l.remove(x)`: `ValueError: list.remove(x): x not in list`.
///
/// # Safety
/// See [`mg_list_grow`].
#[no_mangle]
pub unsafe extern "C-unwind" fn mg_list_remove(l: *mut MgList, x: u64) {
    ok_or_raise(list::remove(l, x))
}

/// `l.index(x, start, stop)` (absent bounds: 0 and `i64::MAX`):
/// `ValueError: <repr of x> is not in list`.
///
/// # Safety
/// See [`mg_list_grow`].
#[no_mangle]
pub unsafe extern "C-unwind" fn mg_list_index(
    l: *const MgList,
    x: u64,
    start: i64,
    stop: i64,
) -> i64 {
    ok_or_raise(list::index(l, x, start, stop))
}

/// `l.count(x)`.
///
/// # Safety
/// See [`mg_list_grow`].
#[no_mangle]
pub unsafe extern "C-unwind" fn mg_list_count(l: *const MgList, x: u64) -> i64 {
    list::count(l, x)
}

/// `x in l`, as 0/1.
///
/// # Safety
/// See [`mg_list_grow`].
#[no_mangle]
pub unsafe extern "C-unwind" fn mg_list_contains(l: *const MgList, x: u64) -> i64 {
    i64::from(list::contains(l, x))
}

/// `l.reverse()`.
///
/// # Safety
/// See [`mg_list_grow`].
#[no_mangle]
pub unsafe extern "C-unwind" fn mg_list_reverse(l: *mut MgList) {
    list::reverse(l);
}

/// `l.copy()`, `l[:]`, `list(l)`.
///
/// # Safety
/// See [`mg_list_grow`].
#[no_mangle]
pub unsafe extern "C-unwind" fn mg_list_copy(l: *const MgList) -> *mut MgList {
    list::copy(l)
}

/// `l.clear()`.
///
/// # Safety
/// See [`mg_list_grow`].
#[no_mangle]
pub unsafe extern "C-unwind" fn mg_list_clear(l: *mut MgList) {
    list::clear(l);
}

/// `a + b` (a new list with `a`'s element type).
///
/// # Safety
/// See [`mg_list_grow`].
#[no_mangle]
pub unsafe extern "C-unwind" fn mg_list_concat(a: *const MgList, b: *const MgList) -> *mut MgList {
    list::concat(a, b)
}

/// `l * n` and `n * l`; `n <= 0` gives `[]`.
///
/// # Safety
/// See [`mg_list_grow`].
#[no_mangle]
pub unsafe extern "C-unwind" fn mg_list_repeat(l: *const MgList, n: i64) -> *mut MgList {
    ok_or_raise(list::repeat(l, n))
}

/// `l *= n` (in place).
///
/// # Safety
/// See [`mg_list_grow`].
#[no_mangle]
pub unsafe extern "C-unwind" fn mg_list_imul(l: *mut MgList, n: i64) {
    ok_or_raise(list::imul(l, n))
}

/// `l[start:stop:step]` as a new list (`flags`: 1 no start, 2 no stop, 4
/// no step); `ValueError: slice step cannot be zero`.
///
/// # Safety
/// See [`mg_list_grow`].
#[no_mangle]
pub unsafe extern "C-unwind" fn mg_list_slice(
    l: *const MgList,
    start: i64,
    stop: i64,
    step: i64,
    flags: i64,
) -> *mut MgList {
    ok_or_raise(list::slice(l, start, stop, step, flags))
}

/// `l[start:stop:step] = other`: with step 1 (or none) the range is
/// replaced by `other`'s items; otherwise the lengths must agree
/// (`ValueError: attempt to assign sequence of size N to extended slice of
/// size M`). `other` may be `l`.
///
/// # Safety
/// See [`mg_list_grow`].
#[no_mangle]
pub unsafe extern "C-unwind" fn mg_list_set_slice(
    l: *mut MgList,
    start: i64,
    stop: i64,
    step: i64,
    flags: i64,
    other: *const MgList,
) {
    ok_or_raise(list::set_slice(l, start, stop, step, flags, other))
}

/// `del l[start:stop:step]`.
///
/// # Safety
/// See [`mg_list_grow`].
#[no_mangle]
pub unsafe extern "C-unwind" fn mg_list_del_slice(
    l: *mut MgList,
    start: i64,
    stop: i64,
    step: i64,
    flags: i64,
) {
    ok_or_raise(list::del_slice(l, start, stop, step, flags))
}

/// `del l[i]` (negative `i` counts from the end): `IndexError: list
/// assignment index out of range`.
///
/// # Safety
/// See [`mg_list_grow`].
#[no_mangle]
pub unsafe extern "C-unwind" fn mg_list_del_item(l: *mut MgList, i: i64) {
    ok_or_raise(list::del_item(l, i))
}

/// `l.sort(key=key_fn, reverse=reverse)`: CPython's timsort (stable; keys
/// computed once each, in order, before sorting; `reverse` keeps equal
/// items in order). `key_fn` null means no key (`key_t` is then ignored).
///
/// # Safety
/// See [`mg_list_grow`]; `key_fn` must be null or an
/// `extern "C-unwind" fn(u64) -> u64` returning values of type `key_t`.
#[no_mangle]
pub unsafe extern "C-unwind" fn mg_list_sort(
    l: *mut MgList,
    key_fn: *const u8,
    key_t: *const MgType,
    reverse: i64,
) {
    ok_or_raise(list::sort(l, list::key_fn(key_fn), key_t, reverse != 0))
}

/// `sorted(l, key=key_fn, reverse=reverse)`: a sorted copy.
///
/// # Safety
/// See [`mg_list_sort`].
#[no_mangle]
pub unsafe extern "C-unwind" fn mg_list_sorted(
    l: *const MgList,
    key_fn: *const u8,
    key_t: *const MgType,
    reverse: i64,
) -> *mut MgList {
    ok_or_raise(list::sorted(l, list::key_fn(key_fn), key_t, reverse != 0))
}

/// `min(l, key=key_fn, default=default)` (`has_default` 0/1): the first
/// least item; `ValueError: min() arg is an empty sequence`.
///
/// # Safety
/// See [`mg_list_sort`].
#[no_mangle]
pub unsafe extern "C-unwind" fn mg_list_min(
    l: *const MgList,
    key_fn: *const u8,
    key_t: *const MgType,
    has_default: i64,
    default: u64,
) -> u64 {
    let default = (has_default != 0).then_some(default);
    ok_or_raise(list::min_max(
        l,
        list::key_fn(key_fn),
        key_t,
        default,
        false,
    ))
}

/// `max(l, key=key_fn, default=default)`: the first greatest item;
/// `ValueError: max() arg is an empty sequence`.
///
/// # Safety
/// See [`mg_list_sort`].
#[no_mangle]
pub unsafe extern "C-unwind" fn mg_list_max(
    l: *const MgList,
    key_fn: *const u8,
    key_t: *const MgType,
    has_default: i64,
    default: u64,
) -> u64 {
    let default = (has_default != 0).then_some(default);
    ok_or_raise(list::min_max(l, list::key_fn(key_fn), key_t, default, true))
}

/// `sum(l, start)` for a list of `int` or `bool`: `OverflowError` beyond 64
/// bits.
///
/// # Safety
/// See [`mg_list_grow`].
#[no_mangle]
pub unsafe extern "C-unwind" fn mg_list_sum_int(l: *const MgList, start: i64) -> i64 {
    ok_or_raise(list::sum_int(l, start))
}

/// `sum(l, start)` when the result is a float: a `float` list (pass 0.0
/// for an int start of 0), or an `int`/`bool` list with a float start.
/// Plain left-to-right addition, as in CPython 3.11.
///
/// # Safety
/// See [`mg_list_grow`].
#[no_mangle]
pub unsafe extern "C-unwind" fn mg_list_sum_float(l: *const MgList, start: f64) -> f64 {
    list::sum_float(l, start)
}

// ---------------------------------------------------------------------------
// dict
// ---------------------------------------------------------------------------

/// `{}` with keys of type `key_t` and values of type `val_t`.
#[no_mangle]
pub extern "C-unwind" fn mg_dict_new(key_t: *const MgType, val_t: *const MgType) -> *mut MgDict {
    dict::new_dict(key_t, val_t)
}

/// A pointer to the value slot of `key`, or null if absent (valid until
/// the dict is next modified). `TypeError` for an unhashable key.
///
/// # Safety
/// `d` must be a valid dict and `key` a valid value of its key type (the
/// same holds for every dict below).
#[no_mangle]
pub unsafe extern "C-unwind" fn mg_dict_get_ptr(d: *const MgDict, key: u64) -> *mut u64 {
    ok_or_raise(dict::get_ptr(d, key))
}

/// `d[key]`: `KeyError: <repr of key>` if absent.
///
/// # Safety
/// See [`mg_dict_get_ptr`].
#[no_mangle]
pub unsafe extern "C-unwind" fn mg_dict_getitem(d: *const MgDict, key: u64) -> u64 {
    let p = mg_dict_get_ptr(d, key);
    if p.is_null() {
        mg_raise_key_error((*d).key_t, key);
    }
    *p
}

/// `d.get(key, default)`.
///
/// # Safety
/// See [`mg_dict_get_ptr`].
#[no_mangle]
pub unsafe extern "C-unwind" fn mg_dict_get(d: *const MgDict, key: u64, default: u64) -> u64 {
    let p = mg_dict_get_ptr(d, key);
    if p.is_null() {
        default
    } else {
        *p
    }
}

/// `d[key] = value`.
///
/// # Safety
/// See [`mg_dict_get_ptr`].
#[no_mangle]
pub unsafe extern "C-unwind" fn mg_dict_set(d: *mut MgDict, key: u64, value: u64) {
    ok_or_raise(dict::set(d, key, value))
}

/// Deletes `key` if present; whether it was, as 0/1.
///
/// # Safety
/// See [`mg_dict_get_ptr`].
#[no_mangle]
pub unsafe extern "C-unwind" fn mg_dict_del(d: *mut MgDict, key: u64) -> i64 {
    i64::from(ok_or_raise(dict::remove(d, key)).is_some())
}

/// `del d[key]`: `KeyError: <repr of key>` if absent.
///
/// # Safety
/// See [`mg_dict_get_ptr`].
#[no_mangle]
pub unsafe extern "C-unwind" fn mg_dict_delitem(d: *mut MgDict, key: u64) {
    if ok_or_raise(dict::remove(d, key)).is_none() {
        mg_raise_key_error((*d).key_t, key);
    }
}

/// `d.pop(key)`: `KeyError: <repr of key>` if absent.
///
/// # Safety
/// See [`mg_dict_get_ptr`].
#[no_mangle]
pub unsafe extern "C-unwind" fn mg_dict_pop(d: *mut MgDict, key: u64) -> u64 {
    match ok_or_raise(dict::remove(d, key)) {
        Some(v) => v,
        None => {
            mg_raise_key_error((*d).key_t, key);
            0
        }
    }
}

/// `d.pop(key, default)`.
///
/// # Safety
/// See [`mg_dict_get_ptr`].
#[no_mangle]
pub unsafe extern "C-unwind" fn mg_dict_pop_default(d: *mut MgDict, key: u64, default: u64) -> u64 {
    ok_or_raise(dict::remove(d, key)).unwrap_or(default)
}

/// `d.setdefault(key, default)`.
///
/// # Safety
/// See [`mg_dict_get_ptr`].
#[no_mangle]
pub unsafe extern "C-unwind" fn mg_dict_setdefault(d: *mut MgDict, key: u64, default: u64) -> u64 {
    ok_or_raise(dict::setdefault(d, key, default))
}

/// `d.update(other)` (also `d |= other`).
///
/// # Safety
/// See [`mg_dict_get_ptr`].
#[no_mangle]
pub unsafe extern "C-unwind" fn mg_dict_update(d: *mut MgDict, other: *const MgDict) {
    ok_or_raise(dict::update(d, other))
}

/// `d.copy()` and `dict(d)`.
///
/// # Safety
/// See [`mg_dict_get_ptr`].
#[no_mangle]
pub unsafe extern "C-unwind" fn mg_dict_copy(d: *const MgDict) -> *mut MgDict {
    dict::copy(d)
}

/// `d.clear()`.
///
/// # Safety
/// See [`mg_dict_get_ptr`].
#[no_mangle]
pub unsafe extern "C-unwind" fn mg_dict_clear(d: *mut MgDict) {
    dict::clear(d)
}

/// `key in d`, as 0/1.
///
/// # Safety
/// See [`mg_dict_get_ptr`].
#[no_mangle]
pub unsafe extern "C-unwind" fn mg_dict_contains(d: *const MgDict, key: u64) -> i64 {
    i64::from(!mg_dict_get_ptr(d, key).is_null())
}

/// The first live entry number `>= pos`, or -1: iteration in insertion
/// order without CPython's mutation checks (`i = next(d, 0); while i >= 0:
/// ...; i = next(d, i + 1)`).
///
/// # Safety
/// See [`mg_dict_get_ptr`].
#[no_mangle]
pub unsafe extern "C-unwind" fn mg_dict_next(d: *const MgDict, pos: i64) -> i64 {
    dict::next_entry(d, pos)
}

/// One step of `for ... in d` / `d.keys()` / `d.values()` / `d.items()`:
/// the next entry number or -1 at the end. `state` is the loop's
/// `[i64; 3]`, initialised to `[0, len(d), len(d)]`. Raises CPython's
/// `RuntimeError: dictionary changed size during iteration` / `dictionary
/// keys changed during iteration`.
///
/// # Safety
/// See [`mg_dict_get_ptr`]; `state` must point to three `i64`s.
#[no_mangle]
pub unsafe extern "C-unwind" fn mg_dict_iter_next(d: *const MgDict, state: *mut i64) -> i64 {
    ok_or_raise(dict::iter_next(d, &mut *(state as *mut [i64; 3])))
}

/// The key of entry `i` (from `mg_dict_next`/`mg_dict_iter_next`).
///
/// # Safety
/// See [`mg_dict_get_ptr`]; `i` must be a live entry number.
#[no_mangle]
pub unsafe extern "C-unwind" fn mg_dict_key_at(d: *const MgDict, i: i64) -> u64 {
    *(*d).keys.add(i as usize)
}

/// The value of entry `i`.
///
/// # Safety
/// See [`mg_dict_key_at`].
#[no_mangle]
pub unsafe extern "C-unwind" fn mg_dict_value_at(d: *const MgDict, i: i64) -> u64 {
    *(*d).values.add(i as usize)
}

/// `list(d.keys())` (and `list(d)`).
///
/// # Safety
/// See [`mg_dict_get_ptr`].
#[no_mangle]
pub unsafe extern "C-unwind" fn mg_dict_keys(d: *const MgDict) -> *mut MgList {
    dict::entries(d, b'k', std::ptr::null())
}

/// `list(d.values())`.
///
/// # Safety
/// See [`mg_dict_get_ptr`].
#[no_mangle]
pub unsafe extern "C-unwind" fn mg_dict_values(d: *const MgDict) -> *mut MgList {
    dict::entries(d, b'v', std::ptr::null())
}

/// `list(d.items())`: boxed `(key, value)` tuples; `item_t` is the
/// descriptor of `tuple[K, V]`.
///
/// # Safety
/// See [`mg_dict_get_ptr`]; `item_t` must be a valid descriptor.
#[no_mangle]
pub unsafe extern "C-unwind" fn mg_dict_items(
    d: *const MgDict,
    item_t: *const MgType,
) -> *mut MgList {
    dict::entries(d, b'i', item_t)
}

/// `d.popitem()`: the last entry, removed, as a boxed `(key, value)`;
/// `KeyError: 'popitem(): dictionary is empty'`.
///
/// # Safety
/// See [`mg_dict_get_ptr`].
#[no_mangle]
pub unsafe extern "C-unwind" fn mg_dict_popitem(d: *mut MgDict) -> *mut MgTuple {
    ok_or_raise(dict::popitem(d))
}

// ---------------------------------------------------------------------------
// set
// ---------------------------------------------------------------------------

/// `set()` with elements of type `elem`.
#[no_mangle]
pub extern "C-unwind" fn mg_set_new(elem: *const MgType) -> *mut MgSet {
    set::new_set(elem)
}

/// A set of the items of a list, built the way CPython builds it, which
/// determines its iteration order. `mode` 0: `set(items)`, a set
/// comprehension, or a display `{a, b, ...}` that is not all constants
/// (items added one by one); 1: a display of three or more constants
/// (CPython 3.11 folds it into a frozenset constant and copies that);
/// 2: that frozenset constant itself, as iterated by `for x in {1, 2, 3}`
/// (and `x in {...}`).
///
/// # Safety
/// `elem` must be a valid descriptor and `items` a valid list of it.
#[no_mangle]
pub unsafe extern "C-unwind" fn mg_set_from_list(
    elem: *const MgType,
    items: *const MgList,
    mode: i64,
) -> *mut MgSet {
    ok_or_raise(set::from_items(elem, items, mode))
}

/// `s.add(x)`.
///
/// # Safety
/// `s` must be a valid set and `x` a valid value of its element type (the
/// same holds for every set below).
#[no_mangle]
pub unsafe extern "C-unwind" fn mg_set_add(s: *mut MgSet, x: u64) {
    ok_or_raise(set::add(s, x))
}

/// `s.remove(x)`: `KeyError: <repr of x>` if absent.
///
/// # Safety
/// See [`mg_set_add`].
#[no_mangle]
pub unsafe extern "C-unwind" fn mg_set_remove(s: *mut MgSet, x: u64) {
    ok_or_raise(set::remove(s, x))
}

/// `s.discard(x)`.
///
/// # Safety
/// See [`mg_set_add`].
#[no_mangle]
pub unsafe extern "C-unwind" fn mg_set_discard(s: *mut MgSet, x: u64) {
    ok_or_raise(set::discard(s, x));
}

/// `s.pop()` (the element CPython's `set.pop` picks): `KeyError: 'pop from
/// an empty set'`.
///
/// # Safety
/// See [`mg_set_add`].
#[no_mangle]
pub unsafe extern "C-unwind" fn mg_set_pop(s: *mut MgSet) -> u64 {
    ok_or_raise(set::pop(s))
}

/// `x in s`, as 0/1.
///
/// # Safety
/// See [`mg_set_add`].
#[no_mangle]
pub unsafe extern "C-unwind" fn mg_set_contains(s: *const MgSet, x: u64) -> i64 {
    i64::from(ok_or_raise(set::contains(s, x)))
}

/// `s.copy()` and `set(s)`.
///
/// # Safety
/// See [`mg_set_add`].
#[no_mangle]
pub unsafe extern "C-unwind" fn mg_set_copy(s: *const MgSet) -> *mut MgSet {
    set::copy(s)
}

/// `s.clear()`.
///
/// # Safety
/// See [`mg_set_add`].
#[no_mangle]
pub unsafe extern "C-unwind" fn mg_set_clear(s: *mut MgSet) {
    set::clear(s)
}

/// `a | b` and `a.union(b)`.
///
/// # Safety
/// See [`mg_set_add`].
#[no_mangle]
pub unsafe extern "C-unwind" fn mg_set_union(a: *const MgSet, b: *const MgSet) -> *mut MgSet {
    set::union(a, b)
}

/// `a & b` and `a.intersection(b)`.
///
/// # Safety
/// See [`mg_set_add`].
#[no_mangle]
pub unsafe extern "C-unwind" fn mg_set_intersection(
    a: *const MgSet,
    b: *const MgSet,
) -> *mut MgSet {
    set::intersection(a, b)
}

/// `a - b` and `a.difference(b)`.
///
/// # Safety
/// See [`mg_set_add`].
#[no_mangle]
pub unsafe extern "C-unwind" fn mg_set_difference(a: *const MgSet, b: *const MgSet) -> *mut MgSet {
    set::difference(a, b)
}

/// `a ^ b` and `a.symmetric_difference(b)`.
///
/// # Safety
/// See [`mg_set_add`].
#[no_mangle]
pub unsafe extern "C-unwind" fn mg_set_symmetric_difference(
    a: *const MgSet,
    b: *const MgSet,
) -> *mut MgSet {
    set::symmetric_difference(a, b)
}

/// `a |= b` and `a.update(b)` for a set `b`.
///
/// # Safety
/// See [`mg_set_add`].
#[no_mangle]
pub unsafe extern "C-unwind" fn mg_set_update(a: *mut MgSet, b: *const MgSet) {
    set::merge(a, b)
}

/// `a &= b` and `a.intersection_update(b)`.
///
/// # Safety
/// See [`mg_set_add`].
#[no_mangle]
pub unsafe extern "C-unwind" fn mg_set_intersection_update(a: *mut MgSet, b: *const MgSet) {
    set::intersection_update(a, b)
}

/// `a -= b` and `a.difference_update(b)`.
///
/// # Safety
/// See [`mg_set_add`].
#[no_mangle]
pub unsafe extern "C-unwind" fn mg_set_difference_update(a: *mut MgSet, b: *const MgSet) {
    set::difference_update(a, b)
}

/// `a ^= b` and `a.symmetric_difference_update(b)`.
///
/// # Safety
/// See [`mg_set_add`].
#[no_mangle]
pub unsafe extern "C-unwind" fn mg_set_symmetric_difference_update(a: *mut MgSet, b: *const MgSet) {
    set::symmetric_difference_update(a, b)
}

/// `s.update(items)` for a list (also `s.union(items)` = copy + this):
/// adds the items in order.
///
/// # Safety
/// See [`mg_set_add`]; `items` must be a list of the element type.
#[no_mangle]
pub unsafe extern "C-unwind" fn mg_set_update_list(s: *mut MgSet, items: *const MgList) {
    ok_or_raise(set::update_list(s, items))
}

/// `s.update(d)` and `set(d)` (on a new set) for a dict with keys of the
/// element type: presized once, then the keys added in order.
///
/// # Safety
/// See [`mg_set_add`]; `d` must be a valid dict.
#[no_mangle]
pub unsafe extern "C-unwind" fn mg_set_update_dict(s: *mut MgSet, d: *const MgDict) {
    set::update_dict(s, d)
}

/// `s.intersection(items)` for a list.
///
/// # Safety
/// See [`mg_set_update_list`].
#[no_mangle]
pub unsafe extern "C-unwind" fn mg_set_intersection_list(
    s: *const MgSet,
    items: *const MgList,
) -> *mut MgSet {
    ok_or_raise(set::intersection_list(s, items))
}

/// `s.difference_update(items)` for a list (and `s.difference(items)` =
/// copy + this).
///
/// # Safety
/// See [`mg_set_update_list`].
#[no_mangle]
pub unsafe extern "C-unwind" fn mg_set_difference_update_list(s: *mut MgSet, items: *const MgList) {
    let other = ok_or_raise(set::from_items((*s).elem, items, 0));
    // Discarding each item of the list in order or each element of the set
    // built from it removes the same elements; the final resize check is
    // CPython's either way.
    set::difference_update(s, other);
}

/// `s.symmetric_difference(items)` for a list.
///
/// # Safety
/// See [`mg_set_update_list`].
#[no_mangle]
pub unsafe extern "C-unwind" fn mg_set_symmetric_difference_list(
    s: *const MgSet,
    items: *const MgList,
) -> *mut MgSet {
    let r = ok_or_raise(set::from_items((*s).elem, items, 0));
    set::symmetric_difference_update(r, s);
    r
}

/// `s.symmetric_difference_update(items)` for a list.
///
/// # Safety
/// See [`mg_set_update_list`].
#[no_mangle]
pub unsafe extern "C-unwind" fn mg_set_symmetric_difference_update_list(
    s: *mut MgSet,
    items: *const MgList,
) {
    let other = ok_or_raise(set::from_items((*s).elem, items, 0));
    set::symmetric_difference_update(s, other);
}

/// `a <= b` and `a.issubset(b)`, as 0/1.
///
/// # Safety
/// See [`mg_set_add`].
#[no_mangle]
pub unsafe extern "C-unwind" fn mg_set_issubset(a: *const MgSet, b: *const MgSet) -> i64 {
    i64::from(set::issubset(a, b))
}

/// `a >= b` and `a.issuperset(b)`, as 0/1.
///
/// # Safety
/// See [`mg_set_add`].
#[no_mangle]
pub unsafe extern "C-unwind" fn mg_set_issuperset(a: *const MgSet, b: *const MgSet) -> i64 {
    i64::from(set::issubset(b, a))
}

/// `a.isdisjoint(b)`, as 0/1.
///
/// # Safety
/// See [`mg_set_add`].
#[no_mangle]
pub unsafe extern "C-unwind" fn mg_set_isdisjoint(a: *const MgSet, b: *const MgSet) -> i64 {
    i64::from(set::isdisjoint(a, b))
}

/// The first occupied slot `>= pos`, or -1: iteration in CPython's order
/// without mutation checks.
///
/// # Safety
/// See [`mg_set_add`].
#[no_mangle]
pub unsafe extern "C-unwind" fn mg_set_next(s: *const MgSet, pos: i64) -> i64 {
    set::next_slot(s, pos)
}

/// One step of `for x in s`: the next slot or -1 at the end. `state` is
/// the loop's `[i64; 3]`, initialised to `[0, len(s), len(s)]`. Raises
/// `RuntimeError: Set changed size during iteration`.
///
/// # Safety
/// See [`mg_set_add`]; `state` must point to three `i64`s.
#[no_mangle]
pub unsafe extern "C-unwind" fn mg_set_iter_next(s: *const MgSet, state: *mut i64) -> i64 {
    ok_or_raise(set::iter_next(s, &mut *(state as *mut [i64; 3])))
}

/// The element in slot `i` (from `mg_set_next`/`mg_set_iter_next`).
///
/// # Safety
/// See [`mg_set_add`]; `i` must be an occupied slot.
#[no_mangle]
pub unsafe extern "C-unwind" fn mg_set_key_at(s: *const MgSet, i: i64) -> u64 {
    *(*s).keys.add(i as usize)
}

/// `list(s)` (and the first step of `sorted(s)`), in iteration order.
///
/// # Safety
/// See [`mg_set_add`].
#[no_mangle]
pub unsafe extern "C-unwind" fn mg_set_to_list(s: *const MgSet) -> *mut MgList {
    set::to_list(s)
}
