//! `list` operations beyond what compiled code does inline (indexing,
//! `len`, iteration and the fast path of `append`).
//!
//! Each operation is a Rust function returning [`PyResult`] where it can
//! raise, so the unit tests can check CPython's errors; the `extern "C-unwind"`
//! wrappers in [`super`] raise them.

use crate::error::{overflow, py_err, PyResult};
use crate::object::{new_list, MgList, MgType, KIND_BOOL, KIND_FLOAT, KIND_INT, KIND_STR};
use crate::MgStr;

use super::mem::{alloc_slots, alloc_slots_for};
use super::objects::may_call_user;
use super::sort::timsort;
use super::value::{compare, eq, list_items, repr_text, ty, Slot, OP_GT, OP_LT};

/// `slice(None, ...)`: the start is absent.
pub(crate) const SLICE_NO_START: i64 = 1;
/// The stop is absent.
pub(crate) const SLICE_NO_STOP: i64 = 2;
/// The step is absent.
pub(crate) const SLICE_NO_STEP: i64 = 4;

/// A key function compiled from Python, as compiled code passes it: an
/// object whose first word is code mapping an element slot to a key slot,
/// called with the object itself (the rest of the object, which the code
/// reads, holds the Python function value).
#[repr(C)]
pub(crate) struct KeyObj {
    code: unsafe extern "C-unwind" fn(*const KeyObj, Slot) -> Slot,
}

/// A key function (see [`KeyObj`]).
#[derive(Clone, Copy)]
pub(crate) struct KeyFn(*const KeyObj);

impl KeyFn {
    /// The key of an element.
    ///
    /// # Safety
    /// `v` must be a valid slot of the element type the key was made for.
    pub(crate) unsafe fn call(self, v: Slot) -> Slot {
        ((*self.0).code)(self.0, v)
    }
}

/// A key function made of a plain Rust function, for the unit tests.
#[cfg(test)]
pub(crate) fn test_key(f: unsafe extern "C-unwind" fn(Slot) -> Slot) -> KeyFn {
    #[repr(C)]
    struct TestKey {
        head: KeyObj,
        f: unsafe extern "C-unwind" fn(Slot) -> Slot,
    }
    unsafe extern "C-unwind" fn call(k: *const KeyObj, v: Slot) -> Slot {
        ((*k.cast::<TestKey>()).f)(v)
    }
    let k = Box::leak(Box::new(TestKey {
        head: KeyObj { code: call },
        f,
    }));
    KeyFn((k as *const TestKey).cast())
}

/// Interprets a key function argument (null for none).
pub(crate) fn key_fn(p: *const u8) -> Option<KeyFn> {
    if p.is_null() {
        None
    } else {
        // Compiled code passes null or the address of a `KeyObj`.
        Some(KeyFn(p.cast()))
    }
}

/// The element descriptor of a list.
unsafe fn elem<'a>(l: *const MgList) -> &'a MgType {
    ty((*l).elem)
}

/// A mutable view of the live items.
unsafe fn items_mut<'a>(l: *mut MgList) -> &'a mut [Slot] {
    let n = (*l).len as usize;
    if n == 0 || (*l).items.is_null() {
        return &mut [];
    }
    std::slice::from_raw_parts_mut((*l).items, n)
}

/// Ensures capacity for at least `need` items (amortised doubling).
pub(crate) unsafe fn reserve(l: *mut MgList, need: usize) {
    if !(*l).items.is_null() && need as i64 <= (*l).cap {
        return;
    }
    let mut cap = ((*l).cap.max(4)) as usize;
    while cap < need {
        cap = cap
            .checked_mul(2)
            .unwrap_or_else(|| crate::error::raise("MemoryError", ""));
    }
    let items = alloc_slots_for(cap, (*l).elem);
    let old = list_items(l);
    std::ptr::copy_nonoverlapping(old.as_ptr(), items, old.len());
    (*l).items = items;
    (*l).cap = cap as i64;
}

/// `l.append(x)`.
pub(crate) unsafe fn append(l: *mut MgList, x: Slot) {
    let n = (*l).len as usize;
    if n as i64 >= (*l).cap || (*l).items.is_null() {
        reserve(l, n + 1);
    }
    *(*l).items.add(n) = x;
    (*l).len += 1;
}

/// A new list with the given items.
pub(crate) unsafe fn list_from(elem_t: *const MgType, items: &[Slot]) -> *mut MgList {
    let l = new_list(elem_t, items.len());
    std::ptr::copy_nonoverlapping(items.as_ptr(), (*l).items, items.len());
    l
}

/// `l.extend(other)` (also `l += other`); `other` may be `l` itself.
pub(crate) unsafe fn extend(l: *mut MgList, other: *const MgList) {
    let m = (*other).len as usize;
    if m == 0 {
        return;
    }
    let n = (*l).len as usize;
    reserve(l, n + m);
    // `other` may be `l`: its first m items are unchanged by the reserve.
    std::ptr::copy((*other).items, (*l).items.add(n), m);
    (*l).len = (n + m) as i64;
}

/// `l.insert(i, x)`, clamping `i` as Python does.
pub(crate) unsafe fn insert(l: *mut MgList, i: i64, x: Slot) {
    let n = (*l).len;
    let mut at = i;
    if at < 0 {
        at += n;
        if at < 0 {
            at = 0;
        }
    }
    if at > n {
        at = n;
    }
    reserve(l, n as usize + 1);
    let p = (*l).items;
    std::ptr::copy(
        p.add(at as usize),
        p.add(at as usize + 1),
        (n - at) as usize,
    );
    *p.add(at as usize) = x;
    (*l).len = n + 1;
}

/// Removes the item at the (valid) index `i`, shifting the rest down.
unsafe fn remove_at(l: *mut MgList, i: usize) -> Slot {
    let n = (*l).len as usize;
    let p = (*l).items;
    let v = *p.add(i);
    std::ptr::copy(p.add(i + 1), p.add(i), n - i - 1);
    // Drop the stale reference so the collector can free the object.
    *p.add(n - 1) = 0;
    (*l).len = (n - 1) as i64;
    v
}

/// `l.pop(i)` (`l.pop()` is `i == -1`).
pub(crate) unsafe fn pop(l: *mut MgList, i: i64) -> PyResult<Slot> {
    let n = (*l).len;
    if n == 0 {
        return Err(py_err("IndexError", "pop from empty list"));
    }
    let at = if i < 0 { i + n } else { i };
    if at < 0 || at >= n {
        return Err(py_err("IndexError", "pop index out of range"));
    }
    Ok(remove_at(l, at as usize))
}

/// `del l[i]`.
pub(crate) unsafe fn del_item(l: *mut MgList, i: i64) -> PyResult<()> {
    let n = (*l).len;
    let at = if i < 0 { i + n } else { i };
    if at < 0 || at >= n {
        return Err(py_err("IndexError", "list assignment index out of range"));
    }
    remove_at(l, at as usize);
    Ok(())
}

/// The index of the first item equal to `x` in `start..stop`.
unsafe fn find(l: *const MgList, x: Slot, start: usize, stop: usize) -> Option<usize> {
    let t = elem(l);
    let mut i = start;
    // Re-read the length each step, as CPython does.
    while i < stop && i < (*l).len as usize {
        if eq(t, *(*l).items.add(i), t, x) {
            return Some(i);
        }
        i += 1;
    }
    None
}

/// `l.remove(x)`.
pub(crate) unsafe fn remove(l: *mut MgList, x: Slot) -> PyResult<()> {
    match find(l, x, 0, usize::MAX) {
        Some(i) => {
            remove_at(l, i);
            Ok(())
        }
        None => Err(py_err("ValueError", "list.remove(x): x not in list")),
    }
}

/// `l.index(x, start, stop)` (pass `0` and `i64::MAX` for absent bounds).
pub(crate) unsafe fn index(l: *const MgList, x: Slot, start: i64, stop: i64) -> PyResult<i64> {
    let n = (*l).len;
    let clamp = |v: i64| {
        if v < 0 {
            (v + n).max(0)
        } else {
            v
        }
    };
    let (start, stop) = (clamp(start), clamp(stop));
    match find(l, x, start as usize, stop as usize) {
        Some(i) => Ok(i as i64),
        None => Err(py_err(
            "ValueError",
            format!("{} is not in list", repr_text(elem(l), x)),
        )),
    }
}

/// `l.count(x)`.
pub(crate) unsafe fn count(l: *const MgList, x: Slot) -> i64 {
    let t = elem(l);
    list_items(l).iter().filter(|&&v| eq(t, v, t, x)).count() as i64
}

/// `x in l`.
pub(crate) unsafe fn contains(l: *const MgList, x: Slot) -> bool {
    find(l, x, 0, usize::MAX).is_some()
}

/// `l.copy()` and `l[:]`.
pub(crate) unsafe fn copy(l: *const MgList) -> *mut MgList {
    list_from((*l).elem, list_items(l))
}

/// `l.clear()`.
pub(crate) unsafe fn clear(l: *mut MgList) {
    items_mut(l).fill(0);
    (*l).len = 0;
}

/// `a + b`.
pub(crate) unsafe fn concat(a: *const MgList, b: *const MgList) -> *mut MgList {
    let (x, y) = (list_items(a), list_items(b));
    let r = new_list((*a).elem, x.len() + y.len());
    std::ptr::copy_nonoverlapping(x.as_ptr(), (*r).items, x.len());
    std::ptr::copy_nonoverlapping(y.as_ptr(), (*r).items.add(x.len()), y.len());
    r
}

/// The length of `n` repetitions of `len` items, or `MemoryError`.
fn repeat_len(len: usize, n: i64) -> PyResult<usize> {
    if n <= 0 || len == 0 {
        return Ok(0);
    }
    len.checked_mul(n as usize)
        .filter(|&t| t <= (i64::MAX / 8) as usize)
        .ok_or_else(|| py_err("MemoryError", ""))
}

/// Fills `dst[len..total]` by repeating its first `len` slots.
unsafe fn fill_repeat(dst: *mut Slot, len: usize, total: usize) {
    let mut done = len;
    while done < total {
        let chunk = done.min(total - done);
        std::ptr::copy_nonoverlapping(dst, dst.add(done), chunk);
        done += chunk;
    }
}

/// `l * n` and `n * l`; zero or negative `n` gives `[]`.
pub(crate) unsafe fn repeat(l: *const MgList, n: i64) -> PyResult<*mut MgList> {
    let x = list_items(l);
    let total = repeat_len(x.len(), n)?;
    let r = new_list((*l).elem, total);
    if total > 0 {
        std::ptr::copy_nonoverlapping(x.as_ptr(), (*r).items, x.len());
        fill_repeat((*r).items, x.len(), total);
    }
    Ok(r)
}

/// `l *= n`.
pub(crate) unsafe fn imul(l: *mut MgList, n: i64) -> PyResult<()> {
    let len = (*l).len as usize;
    let total = repeat_len(len, n)?;
    if total == 0 {
        clear(l);
        return Ok(());
    }
    reserve(l, total);
    fill_repeat((*l).items, len, total);
    (*l).len = total as i64;
    Ok(())
}

/// `l.reverse()`.
pub(crate) unsafe fn reverse(l: *mut MgList) {
    items_mut(l).reverse();
}

// ---------------------------------------------------------------------------
// Slices
// ---------------------------------------------------------------------------

/// A slice resolved against a sequence length: CPython's `PySlice_Unpack`
/// followed by `PySlice_AdjustIndices`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Slice {
    pub start: i64,
    pub stop: i64,
    pub step: i64,
    /// The number of selected items.
    pub len: i64,
}

/// Resolves `start:stop:step` (absent parts flagged in `flags` with the
/// `SLICE_NO_*` bits) against a sequence of length `len`.
pub(crate) fn slice_indices(
    len: i64,
    start: i64,
    stop: i64,
    step: i64,
    flags: i64,
) -> PyResult<Slice> {
    let step = if flags & SLICE_NO_STEP != 0 { 1 } else { step };
    if step == 0 {
        return Err(py_err("ValueError", "slice step cannot be zero"));
    }
    // CPython clamps the step so that -step cannot overflow.
    let step = step.max(-i64::MAX);
    let mut start = if flags & SLICE_NO_START != 0 {
        if step < 0 {
            i64::MAX
        } else {
            0
        }
    } else {
        start
    };
    let mut stop = if flags & SLICE_NO_STOP != 0 {
        if step < 0 {
            i64::MIN
        } else {
            i64::MAX
        }
    } else {
        stop
    };
    let adjust = |v: &mut i64| {
        if *v < 0 {
            *v += len;
            if *v < 0 {
                *v = if step < 0 { -1 } else { 0 };
            }
        } else if *v >= len {
            *v = if step < 0 { len - 1 } else { len };
        }
    };
    adjust(&mut start);
    adjust(&mut stop);
    let n = if step < 0 {
        if stop < start {
            (start - stop - 1) / (-step) + 1
        } else {
            0
        }
    } else if start < stop {
        (stop - start - 1) / step + 1
    } else {
        0
    };
    Ok(Slice {
        start,
        stop,
        step,
        len: n,
    })
}

/// `l[start:stop:step]`.
pub(crate) unsafe fn slice(
    l: *const MgList,
    start: i64,
    stop: i64,
    step: i64,
    flags: i64,
) -> PyResult<*mut MgList> {
    let s = slice_indices((*l).len, start, stop, step, flags)?;
    let src = list_items(l);
    if s.step == 1 {
        return Ok(list_from(
            (*l).elem,
            &src[s.start as usize..(s.start + s.len) as usize],
        ));
    }
    let r = new_list((*l).elem, s.len as usize);
    for k in 0..s.len {
        *(*r).items.add(k as usize) = src[(s.start + k * s.step) as usize];
    }
    Ok(r)
}

/// `l[start:stop:step] = other`. A step of 1 replaces the range by `other`
/// (any length); other steps require `other` to have as many items as the
/// slice selects.
pub(crate) unsafe fn set_slice(
    l: *mut MgList,
    start: i64,
    stop: i64,
    step: i64,
    flags: i64,
    other: *const MgList,
) -> PyResult<()> {
    let n = (*l).len;
    let s = slice_indices(n, start, stop, step, flags)?;
    // A private copy of the new items: `other` may be `l` itself.
    let src = copy(other);
    let v = list_items(src);
    if s.step == 1 {
        let lo = s.start.clamp(0, n);
        let hi = s.stop.clamp(lo, n);
        let removed = (hi - lo) as usize;
        let added = v.len();
        let new_len = n as usize - removed + added;
        reserve(l, new_len);
        let p = (*l).items;
        std::ptr::copy(
            p.add(hi as usize),
            p.add(lo as usize + added),
            (n - hi) as usize,
        );
        std::ptr::copy_nonoverlapping(v.as_ptr(), p.add(lo as usize), added);
        for i in new_len..n as usize {
            *p.add(i) = 0;
        }
        (*l).len = new_len as i64;
        return Ok(());
    }
    if v.len() as i64 != s.len {
        return Err(py_err(
            "ValueError",
            format!(
                "attempt to assign sequence of size {} to extended slice of size {}",
                v.len(),
                s.len
            ),
        ));
    }
    for (k, &x) in v.iter().enumerate() {
        *(*l).items.add((s.start + k as i64 * s.step) as usize) = x;
    }
    Ok(())
}

/// `del l[start:stop:step]`.
pub(crate) unsafe fn del_slice(
    l: *mut MgList,
    start: i64,
    stop: i64,
    step: i64,
    flags: i64,
) -> PyResult<()> {
    let n = (*l).len;
    let s = slice_indices(n, start, stop, step, flags)?;
    if s.len == 0 {
        return Ok(());
    }
    // The selected indices as an ascending progression lo, lo+st, ...
    let (lo, st) = if s.step < 0 {
        (s.start + s.step * (s.len - 1), -s.step)
    } else {
        (s.start, s.step)
    };
    let hi = lo + st * (s.len - 1);
    let p = (*l).items;
    let mut w = lo as usize;
    for r in lo as usize..n as usize {
        let i = r as i64;
        let selected = i <= hi && (i - lo) % st == 0;
        if !selected {
            *p.add(w) = *p.add(r);
            w += 1;
        }
    }
    for i in w..n as usize {
        *p.add(i) = 0;
    }
    (*l).len = w as i64;
    Ok(())
}

// ---------------------------------------------------------------------------
// Sorting, min, max, sum
// ---------------------------------------------------------------------------

/// Sorts the slots `keys` (moving `values` along, if not null) by the
/// Python `<` of `key_t`, with CPython's algorithm.
pub(crate) unsafe fn sort_slots(
    keys: *mut Slot,
    values: *mut Slot,
    n: usize,
    key_t: &MgType,
    pointers: bool,
) -> PyResult<()> {
    match key_t.kind {
        KIND_INT | KIND_BOOL => timsort(keys, values, n, pointers, &mut |a, b| {
            Ok((a as i64) < (b as i64))
        }),
        KIND_FLOAT => timsort(keys, values, n, pointers, &mut |a, b| {
            // Ints kept in float slots compare by value (exactly: they
            // are below 2**53); a real NaN still compares false.
            let (x, y) = (f64::from_bits(a), f64::from_bits(b));
            Ok(x < y
                || ((x.is_nan() || y.is_nan())
                    && crate::numtower::as_f64(x) < crate::numtower::as_f64(y)))
        }),
        KIND_STR => timsort(keys, values, n, pointers, &mut |a, b| {
            Ok(MgStr::bytes(a as *const MgStr) < MgStr::bytes(b as *const MgStr))
        }),
        _ => timsort(keys, values, n, pointers, &mut |a, b| {
            compare(key_t, a, key_t, b, OP_LT)
        }),
    }
}

/// `l.sort(key=key, reverse=reverse)`: stable, with each key computed once
/// (in list order, before any comparison), and `reverse` keeping equal
/// items in their original order, as in CPython. While key functions or
/// user comparison methods run the list appears empty; if they modify it,
/// the original contents are restored and `ValueError` is raised.
///
/// A key function or comparison method may raise, unwinding through the
/// sort: the list is then restored (the guard's destructor). Sorts that may
/// run user comparisons work on a copy of the items, because an exception
/// in the middle of a merge would leave some items duplicated and others
/// lost; an unwinding sort therefore leaves the list in its original order
/// (CPython leaves the partial result).
pub(crate) unsafe fn sort(
    l: *mut MgList,
    key: Option<KeyFn>,
    key_t: *const MgType,
    reverse: bool,
) -> PyResult<()> {
    let n = (*l).len as usize;
    if n < 2 {
        // CPython still calls the key function on a single item.
        if let (Some(f), 1) = (key, n) {
            let guard = Emptied::new(l);
            f.call(*guard.items);
            return guard.restore();
        }
        return Ok(());
    }
    let elem_t = elem(l);
    let key_t = match key {
        Some(_) => ty(key_t),
        None => elem_t,
    };
    let user = may_call_user(key_t);
    if key.is_none() && !user {
        let items = (*l).items;
        if reverse {
            std::slice::from_raw_parts_mut(items, n).reverse();
        }
        sort_slots(items, std::ptr::null_mut(), n, elem_t, elem_t.is_pointer())?;
        if reverse {
            std::slice::from_raw_parts_mut(items, n).reverse();
        }
        return Ok(());
    }
    let guard = Emptied::new(l);
    let items = guard.items;
    let keys = match key {
        Some(f) => {
            let keys = alloc_slots(n, key_t.is_pointer());
            for i in 0..n {
                *keys.add(i) = f.call(*items.add(i));
            }
            keys
        }
        None => std::ptr::null_mut(),
    };
    let pointers = key_t.is_pointer() || elem_t.is_pointer();
    let work = if user {
        let w = alloc_slots(n, pointers);
        std::ptr::copy_nonoverlapping(items, w, n);
        w
    } else {
        items
    };
    // Without a key function the items are their own keys.
    let (keys, values) = if keys.is_null() {
        (work, std::ptr::null_mut())
    } else {
        (keys, work)
    };
    if reverse {
        std::slice::from_raw_parts_mut(keys, n).reverse();
        if !values.is_null() {
            std::slice::from_raw_parts_mut(values, n).reverse();
        }
    }
    let sorted = sort_slots(keys, values, n, key_t, pointers);
    if reverse {
        std::slice::from_raw_parts_mut(work, n).reverse();
    }
    if user {
        std::ptr::copy_nonoverlapping(work, items, n);
    }
    guard.restore()?;
    sorted
}

/// A list emptied while user code runs during a sort; the destructor puts
/// the items back if the user code raises.
struct Emptied {
    l: *mut MgList,
    items: *mut Slot,
    cap: i64,
    n: usize,
}

impl Emptied {
    /// Empties `l`, keeping its items.
    unsafe fn new(l: *mut MgList) -> Self {
        let e = Emptied {
            l,
            items: (*l).items,
            cap: (*l).cap,
            n: (*l).len as usize,
        };
        (*l).len = 0;
        (*l).items = std::ptr::null_mut();
        (*l).cap = 0;
        e
    }

    /// Puts the items back, raising CPython's error if the list was
    /// modified meanwhile.
    unsafe fn restore(self) -> PyResult<()> {
        let this = std::mem::ManuallyDrop::new(self);
        restore_after_keys(this.l, this.items, this.cap, this.n)
    }
}

impl Drop for Emptied {
    fn drop(&mut self) {
        // SAFETY: `l` is the valid list this guard emptied.
        unsafe {
            (*self.l).items = self.items;
            (*self.l).cap = self.cap;
            (*self.l).len = self.n as i64;
        }
    }
}

/// Puts back the items of a list that was emptied while key functions ran,
/// raising CPython's error if the key function modified it meanwhile.
unsafe fn restore_after_keys(l: *mut MgList, items: *mut Slot, cap: i64, n: usize) -> PyResult<()> {
    let modified = (*l).len != 0 || !(*l).items.is_null();
    (*l).items = items;
    (*l).cap = cap;
    (*l).len = n as i64;
    if modified {
        return Err(py_err("ValueError", "list modified during sort"));
    }
    Ok(())
}

/// `sorted(l, key=key, reverse=reverse)`.
pub(crate) unsafe fn sorted(
    l: *const MgList,
    key: Option<KeyFn>,
    key_t: *const MgType,
    reverse: bool,
) -> PyResult<*mut MgList> {
    let r = copy(l);
    sort(r, key, key_t, reverse)?;
    Ok(r)
}

/// `min(l, key=key, default=default)` (`is_max` false) or `max(...)`:
/// the first of the extreme items; keys are computed once per item in
/// order.
pub(crate) unsafe fn min_max(
    l: *const MgList,
    key: Option<KeyFn>,
    key_t: *const MgType,
    default: Option<Slot>,
    is_max: bool,
) -> PyResult<Slot> {
    let name = if is_max { "max" } else { "min" };
    let n = (*l).len;
    if n == 0 {
        return default
            .ok_or_else(|| py_err("ValueError", format!("{name}() arg is an empty sequence")));
    }
    let op = if is_max { OP_GT } else { OP_LT };
    let kt = match key {
        Some(_) => ty(key_t),
        None => elem(l),
    };
    let keyed = |v: Slot| key.map_or(v, |f| f.call(v));
    let mut best = *(*l).items;
    let mut best_key = keyed(best);
    let mut i = 1;
    while i < (*l).len {
        let v = *(*l).items.add(i as usize);
        let k = keyed(v);
        if compare(kt, k, kt, best_key, op)? {
            best = v;
            best_key = k;
        }
        i += 1;
    }
    Ok(best)
}

/// `sum(l, start)` for a list of `int` or `bool`.
pub(crate) unsafe fn sum_int(l: *const MgList, start: i64) -> PyResult<i64> {
    list_items(l)
        .iter()
        .try_fold(start, |acc, &v| acc.checked_add(v as i64))
        .ok_or_else(overflow)
}

/// `sum(l, start)` with a float start, or of a list of floats: plain left
/// to right addition, as in CPython 3.11 (3.12 switched to compensated
/// summation). Items of an `int`/`bool` list are converted first.
pub(crate) unsafe fn sum_float(l: *const MgList, start: f64) -> f64 {
    let is_float = elem(l).kind == KIND_FLOAT;
    list_items(l).iter().fold(start, |acc, &v| {
        acc + if is_float {
            f64::from_bits(v)
        } else {
            v as i64 as f64
        }
    })
}

/// The `IndexError` messages of [`super::mg_raise_index_error`].
pub(crate) fn index_error_message(kind: i64) -> &'static str {
    match kind {
        1 => "list assignment index out of range",
        2 => "tuple index out of range",
        _ => "list index out of range",
    }
}
