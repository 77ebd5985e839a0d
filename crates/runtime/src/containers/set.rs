//! `set`: CPython's set table, reproduced closely enough that iteration
//! order (which is table order, not insertion order) matches CPython for
//! elements whose hashes match CPython's (numbers, and tuples of them).
//!
//! That means the same table growth (8 slots at first; grow when
//! `fill * 5 >= mask * 3` to the smallest power of two above `4 * used`, or
//! `2 * used` beyond 50000), the same probing (runs of `LINEAR_PROBES`
//! consecutive slots, then CPython's perturbation), the same reuse of
//! deleted slots, and the same algorithm for each operation (which set is
//! iterated, which is copied, when a table is presized), since all of these
//! affect the resulting order.

use crate::error::{py_err, PyResult};
use crate::object::{MgList, MgType};

use super::dict::{self, MgDict};
use super::list::append;
use super::mem::{alloc_i64, alloc_object, alloc_slots_for};
use super::value::{
    eq, hash, ty, write_repr, Sink, Slot, HASH_DUMMY, HASH_EMPTY, OP_GE, OP_GT, OP_LE, OP_LT,
};

/// A `set`. Compiled code may read `len` directly; iterate with
/// `mg_set_next`/`mg_set_iter_next` and read elements with `mg_set_key_at`.
#[repr(C)]
pub struct MgSet {
    /// Number of elements (CPython's `used`).
    pub len: i64,
    /// Slots that are in use or deleted (CPython's `fill`).
    pub fill: i64,
    /// Table size minus one.
    pub mask: i64,
    /// Where `pop` starts searching (CPython's `finger`).
    pub finger: i64,
    /// Hash per slot: [`HASH_EMPTY`] for never-used slots, [`HASH_DUMMY`]
    /// for deleted ones.
    pub hashes: *mut i64,
    pub keys: *mut Slot,
    pub elem: *const MgType,
}

/// CPython's `PySet_MINSIZE`.
const MINSIZE: usize = 8;
/// CPython's `LINEAR_PROBES`.
const LINEAR_PROBES: usize = 9;
/// CPython's `PERTURB_SHIFT`.
const PERTURB_SHIFT: u32 = 5;

/// Sets a set's table to `size` empty slots.
unsafe fn set_table(s: *mut MgSet, size: usize) {
    (*s).hashes = alloc_i64(size, HASH_EMPTY);
    (*s).keys = alloc_slots_for(size, (*s).elem);
    (*s).mask = size as i64 - 1;
}

/// `set()` with elements of type `elem`.
pub(crate) fn new_set(elem: *const MgType) -> *mut MgSet {
    let s = alloc_object::<MgSet>();
    // SAFETY: `s` is a fresh, zeroed block of the right size.
    unsafe {
        (*s).elem = elem;
        set_table(s, MINSIZE);
    }
    s
}

/// The hash of an element, raising `TypeError` for unhashable ones.
unsafe fn elem_hash(s: *const MgSet, key: Slot) -> PyResult<i64> {
    hash(ty((*s).elem), key)
}

/// The next probe group start after `i` (CPython's perturbation step).
fn next_group(i: usize, perturb: &mut u64, mask: usize) -> usize {
    *perturb >>= PERTURB_SHIFT;
    i.wrapping_mul(5)
        .wrapping_add(1)
        .wrapping_add(*perturb as usize)
        & mask
}

/// CPython's `set_lookkey`: the slot holding `key` (of type `kt`), if any.
pub(crate) unsafe fn lookkey(s: *const MgSet, kt: &MgType, key: Slot, h: i64) -> Option<usize> {
    let s = &*s;
    let et = ty(s.elem);
    let mask = s.mask as usize;
    let mut perturb = h as u64;
    let mut i = h as u64 as usize & mask;
    loop {
        let probes = if i + LINEAR_PROBES <= mask {
            LINEAR_PROBES
        } else {
            0
        };
        for j in i..=i + probes {
            let eh = *s.hashes.add(j);
            if eh == HASH_EMPTY {
                return None;
            }
            if eh == h && eq(et, *s.keys.add(j), kt, key) {
                return Some(j);
            }
        }
        i = next_group(i, &mut perturb, mask);
    }
}

/// CPython's `set_insert_clean`: puts a key known to be absent into a table
/// without deleted slots.
unsafe fn insert_clean(hashes: *mut i64, keys: *mut Slot, mask: usize, key: Slot, h: i64) {
    let mut perturb = h as u64;
    let mut i = h as u64 as usize & mask;
    loop {
        if *hashes.add(i) == HASH_EMPTY {
            *hashes.add(i) = h;
            *keys.add(i) = key;
            return;
        }
        if i + LINEAR_PROBES <= mask {
            for j in i + 1..=i + LINEAR_PROBES {
                if *hashes.add(j) == HASH_EMPTY {
                    *hashes.add(j) = h;
                    *keys.add(j) = key;
                    return;
                }
            }
        }
        i = next_group(i, &mut perturb, mask);
    }
}

/// CPython's `set_table_resize`: rebuilds the table with the smallest size
/// above `minused`, dropping deleted slots.
unsafe fn resize(s: *mut MgSet, minused: i64) {
    let mut size = MINSIZE;
    while size as i64 <= minused {
        size <<= 1;
    }
    let (old_hashes, old_keys, old_size) = ((*s).hashes, (*s).keys, (*s).mask as usize + 1);
    if size == MINSIZE && old_size == MINSIZE && (*s).fill == (*s).len {
        // No dummies and no growth: nothing to do.
        return;
    }
    set_table(s, size);
    let mask = size - 1;
    (*s).fill = (*s).len;
    for i in 0..old_size {
        let h = *old_hashes.add(i);
        if h != HASH_EMPTY && h != HASH_DUMMY {
            insert_clean((*s).hashes, (*s).keys, mask, *old_keys.add(i), h);
        }
    }
}

/// The resize CPython does after filling a slot, or after removing many.
unsafe fn grow(s: *mut MgSet) {
    let used = (*s).len;
    resize(s, if used > 50000 { used * 2 } else { used * 4 });
}

/// CPython's `set_add_entry`: adds `key` (hash `h`) unless present.
pub(crate) unsafe fn add_entry(s: *mut MgSet, key: Slot, h: i64) {
    let et = ty((*s).elem);
    let mask = (*s).mask as usize;
    let mut perturb = h as u64;
    let mut i = h as u64 as usize & mask;
    let mut freeslot: Option<usize> = None;
    let found_unused = 'probe: loop {
        let probes = if i + LINEAR_PROBES <= mask {
            LINEAR_PROBES
        } else {
            0
        };
        for j in i..=i + probes {
            let eh = *(*s).hashes.add(j);
            if eh == HASH_EMPTY {
                break 'probe j;
            }
            if eh == h {
                if eq(et, *(*s).keys.add(j), et, key) {
                    return;
                }
            } else if eh == HASH_DUMMY {
                freeslot = Some(j);
            }
        }
        i = next_group(i, &mut perturb, mask);
    };
    if let Some(f) = freeslot {
        *(*s).hashes.add(f) = h;
        *(*s).keys.add(f) = key;
        (*s).len += 1;
        return;
    }
    *(*s).hashes.add(found_unused) = h;
    *(*s).keys.add(found_unused) = key;
    (*s).fill += 1;
    (*s).len += 1;
    if ((*s).fill as usize) * 5 < mask * 3 {
        return;
    }
    grow(s);
}

/// `s.add(x)`.
pub(crate) unsafe fn add(s: *mut MgSet, key: Slot) -> PyResult<()> {
    let h = elem_hash(s, key)?;
    add_entry(s, key, h);
    Ok(())
}

/// Marks slot `i` deleted.
unsafe fn delete_slot(s: *mut MgSet, i: usize) {
    *(*s).hashes.add(i) = HASH_DUMMY;
    *(*s).keys.add(i) = 0;
    (*s).len -= 1;
}

/// CPython's `set_discard_entry`: removes the element equal to `key` (of
/// type `kt`); whether it was present.
unsafe fn discard_entry(s: *mut MgSet, kt: &MgType, key: Slot, h: i64) -> bool {
    match lookkey(s, kt, key, h) {
        Some(i) => {
            delete_slot(s, i);
            true
        }
        None => false,
    }
}

/// `s.discard(x)`; whether `x` was present.
pub(crate) unsafe fn discard(s: *mut MgSet, key: Slot) -> PyResult<bool> {
    let h = elem_hash(s, key)?;
    Ok(discard_entry(s, ty((*s).elem), key, h))
}

/// `s.remove(x)`: `KeyError(x)` if absent.
pub(crate) unsafe fn remove(s: *mut MgSet, key: Slot) -> PyResult<()> {
    if discard(s, key)? {
        Ok(())
    } else {
        Err(dict::key_error(ty((*s).elem), key))
    }
}

/// `x in s`.
pub(crate) unsafe fn contains(s: *const MgSet, key: Slot) -> PyResult<bool> {
    let h = elem_hash(s, key)?;
    Ok(lookkey(s, ty((*s).elem), key, h).is_some())
}

/// `s.pop()`: removes and returns the element CPython's `set.pop` would.
pub(crate) unsafe fn pop(s: *mut MgSet) -> PyResult<Slot> {
    if (*s).len == 0 {
        return Err(py_err("KeyError", "pop from an empty set"));
    }
    let mask = (*s).mask as usize;
    let mut i = (*s).finger as usize & mask;
    loop {
        let h = *(*s).hashes.add(i);
        if h != HASH_EMPTY && h != HASH_DUMMY {
            break;
        }
        i += 1;
        if i > mask {
            i = 0;
        }
    }
    let key = *(*s).keys.add(i);
    delete_slot(s, i);
    (*s).finger = i as i64 + 1;
    Ok(key)
}

/// `s.clear()`: back to an empty table of the minimum size.
pub(crate) unsafe fn clear(s: *mut MgSet) {
    set_table(s, MINSIZE);
    (*s).len = 0;
    (*s).fill = 0;
}

/// The first occupied slot at or after `pos`, or -1.
pub(crate) unsafe fn next_slot(s: *const MgSet, pos: i64) -> i64 {
    let mut i = pos.max(0);
    while i <= (*s).mask {
        let h = *(*s).hashes.add(i as usize);
        if h != HASH_EMPTY && h != HASH_DUMMY {
            return i;
        }
        i += 1;
    }
    -1
}

/// The elements in iteration order (for tests and `list(s)`).
pub(crate) unsafe fn slots(s: *const MgSet) -> impl Iterator<Item = (usize, Slot, i64)> {
    let (hashes, keys, size) = ((*s).hashes, (*s).keys, (*s).mask as usize + 1);
    (0..size).filter_map(move |i| {
        let h = *hashes.add(i);
        (h != HASH_EMPTY && h != HASH_DUMMY).then(|| (i, *keys.add(i), h))
    })
}

/// One step of a `for` loop over a set, with CPython's check. `state` is
/// `[position, len at start, unused]` and must start as
/// `[0, len(s), len(s)]`. Returns the slot, or -1 when the loop is over.
pub(crate) unsafe fn iter_next(s: *const MgSet, state: &mut [i64; 3]) -> PyResult<i64> {
    if state[1] != (*s).len {
        state[1] = -1;
        return Err(py_err("RuntimeError", "Set changed size during iteration"));
    }
    let i = next_slot(s, state[0]);
    if i < 0 {
        state[0] = (*s).mask + 1;
        return Ok(-1);
    }
    state[0] = i + 1;
    state[2] -= 1;
    Ok(i)
}

/// CPython's `set_merge` (`s |= other`, `s.update(other)` for a set).
pub(crate) unsafe fn merge(s: *mut MgSet, other: *const MgSet) {
    if std::ptr::eq(s, other) || (*other).len == 0 {
        return;
    }
    if ((*s).fill + (*other).len) * 5 >= (*s).mask * 3 {
        resize(s, ((*s).len + (*other).len) * 2);
    }
    let other_size = (*other).mask as usize + 1;
    if (*s).fill == 0 && (*s).mask == (*other).mask && (*other).fill == (*other).len {
        // Same size, empty target, no dummies: copy slot by slot.
        std::ptr::copy_nonoverlapping((*other).hashes, (*s).hashes, other_size);
        std::ptr::copy_nonoverlapping((*other).keys, (*s).keys, other_size);
        (*s).fill = (*other).fill;
        (*s).len = (*other).len;
        return;
    }
    if (*s).fill == 0 {
        (*s).fill = (*other).len;
        (*s).len = (*other).len;
        let mask = (*s).mask as usize;
        for (_, key, h) in slots(other) {
            insert_clean((*s).hashes, (*s).keys, mask, key, h);
        }
        return;
    }
    // The elements of `other` were collected before any insertion changes
    // `s`; `other` is a different set, so its table stays put.
    let mut i = 0;
    while i <= (*other).mask as usize {
        let h = *(*other).hashes.add(i);
        if h != HASH_EMPTY && h != HASH_DUMMY {
            add_entry(s, *(*other).keys.add(i), h);
        }
        i += 1;
    }
}

/// `s.copy()` (and `set(s)`): a new set merged from `s`.
pub(crate) unsafe fn copy(s: *const MgSet) -> *mut MgSet {
    let r = new_set((*s).elem);
    merge(r, s);
    r
}

/// `s.update(items)` for a list (and `set(items)` on an empty set): adds
/// each item in order.
pub(crate) unsafe fn update_list(s: *mut MgSet, items: *const MgList) -> PyResult<()> {
    let mut i = 0;
    while i < (*items).len {
        add(s, *(*items).items.add(i as usize))?;
        i += 1;
    }
    Ok(())
}

/// `s.update(d)` for a dict (and `set(d)`): presized once, then each key
/// added in the dict's order.
pub(crate) unsafe fn update_dict(s: *mut MgSet, d: *const MgDict) {
    let n = (*d).len;
    if ((*s).fill + n) * 5 >= (*s).mask * 3 {
        resize(s, ((*s).len + n) * 2);
    }
    let mut i = dict::next_entry(d, 0);
    while i >= 0 {
        add_entry(s, *(*d).keys.add(i as usize), *(*d).hashes.add(i as usize));
        i = dict::next_entry(d, i + 1);
    }
}

/// A set of the given items, built the way CPython builds it for each kind
/// of construction (see `mg_set_from_list`).
pub(crate) unsafe fn from_items(
    elem: *const MgType,
    items: *const MgList,
    mode: i64,
) -> PyResult<*mut MgSet> {
    let s = new_set(elem);
    update_list(s, items)?;
    if mode == 0 {
        return Ok(s);
    }
    // A display of three or more constants: the compiler builds a frozenset
    // from the items, and rebuilds it from its own iteration order when it
    // merges constants.
    let folded = new_set(elem);
    for (_, key, h) in slots(s) {
        add_entry(folded, key, h);
    }
    if mode == 2 {
        // `for x in {...}` iterates over that frozenset constant itself.
        return Ok(folded);
    }
    // Otherwise the set is a new empty set updated from the constant.
    let r = new_set(elem);
    merge(r, folded);
    Ok(r)
}

/// CPython's `set_intersection`.
pub(crate) unsafe fn intersection(a: *const MgSet, b: *const MgSet) -> *mut MgSet {
    if std::ptr::eq(a, b) {
        return copy(a);
    }
    let result = new_set((*a).elem);
    // Iterate over the smaller set, probing the larger.
    let (big, small) = if (*b).len > (*a).len { (b, a) } else { (a, b) };
    let kt = ty((*small).elem);
    for (_, key, h) in slots(small) {
        if lookkey(big, kt, key, h).is_some() {
            add_entry(result, key, h);
        }
    }
    result
}

/// `s.intersection(items)` for a list: iterates the list, keeping items in
/// `s`.
pub(crate) unsafe fn intersection_list(
    s: *const MgSet,
    items: *const MgList,
) -> PyResult<*mut MgSet> {
    let result = new_set((*s).elem);
    let kt = ty((*s).elem);
    let mut i = 0;
    while i < (*items).len {
        let key = *(*items).items.add(i as usize);
        let h = hash(kt, key)?;
        if lookkey(s, kt, key, h).is_some() {
            add_entry(result, key, h);
            if (*result).len >= (*s).len {
                break;
            }
        }
        i += 1;
    }
    Ok(result)
}

/// CPython's `set_difference_update_internal` for a set `other`.
pub(crate) unsafe fn difference_update(s: *mut MgSet, other: *const MgSet) {
    if std::ptr::eq(s, other) {
        clear(s);
        return;
    }
    let other = if ((*other).len >> 3) > (*s).len {
        intersection(s, other) as *const MgSet
    } else {
        other
    };
    let kt = ty((*other).elem);
    let mut i = 0;
    while i <= (*other).mask as usize {
        let h = *(*other).hashes.add(i);
        if h != HASH_EMPTY && h != HASH_DUMMY {
            discard_entry(s, kt, *(*other).keys.add(i), h);
        }
        i += 1;
    }
    // If more than a quarter of the slots are dummies, resize them away.
    if ((*s).fill - (*s).len) as u64 <= ((*s).mask as u64) / 4 {
        return;
    }
    grow(s);
}

/// CPython's `set_difference` (`a - b`).
pub(crate) unsafe fn difference(a: *const MgSet, b: *const MgSet) -> *mut MgSet {
    if ((*a).len >> 2) > (*b).len {
        let r = copy(a);
        difference_update(r, b);
        return r;
    }
    let result = new_set((*a).elem);
    let kt = ty((*a).elem);
    for (_, key, h) in slots(a) {
        if lookkey(b, kt, key, h).is_none() {
            add_entry(result, key, h);
        }
    }
    result
}

/// CPython's `set_symmetric_difference_update` for a set `other`.
pub(crate) unsafe fn symmetric_difference_update(s: *mut MgSet, other: *const MgSet) {
    if std::ptr::eq(s, other) {
        clear(s);
        return;
    }
    let kt = ty((*other).elem);
    let mut i = 0;
    while i <= (*other).mask as usize {
        let h = *(*other).hashes.add(i);
        if h != HASH_EMPTY && h != HASH_DUMMY {
            let key = *(*other).keys.add(i);
            if !discard_entry(s, kt, key, h) {
                add_entry(s, key, h);
            }
        }
        i += 1;
    }
}

/// CPython's `set_symmetric_difference` (`a ^ b`): a copy of `b` updated
/// with `a`.
pub(crate) unsafe fn symmetric_difference(a: *const MgSet, b: *const MgSet) -> *mut MgSet {
    let r = copy(b);
    symmetric_difference_update(r, a);
    r
}

/// `a | b`.
pub(crate) unsafe fn union(a: *const MgSet, b: *const MgSet) -> *mut MgSet {
    let r = copy(a);
    if !std::ptr::eq(a, b) {
        merge(r, b);
    }
    r
}

/// `a &= b`: the intersection's table replaces `a`'s.
pub(crate) unsafe fn intersection_update(a: *mut MgSet, b: *const MgSet) {
    let t = intersection(a, b);
    (*a).len = (*t).len;
    (*a).fill = (*t).fill;
    (*a).mask = (*t).mask;
    (*a).hashes = (*t).hashes;
    (*a).keys = (*t).keys;
}

/// `a <= b` (`a.issubset(b)`).
pub(crate) unsafe fn issubset(a: *const MgSet, b: *const MgSet) -> bool {
    if (*a).len > (*b).len {
        return false;
    }
    let kt = ty((*a).elem);
    slots(a).all(|(_, key, h)| lookkey(b, kt, key, h).is_some())
}

/// `a.isdisjoint(b)`.
pub(crate) unsafe fn isdisjoint(a: *const MgSet, b: *const MgSet) -> bool {
    if std::ptr::eq(a, b) {
        return (*a).len == 0;
    }
    let (big, small) = if (*b).len > (*a).len { (b, a) } else { (a, b) };
    let kt = ty((*small).elem);
    slots(small).all(|(_, key, h)| lookkey(big, kt, key, h).is_none())
}

/// `a == b` for sets.
pub(crate) unsafe fn set_eq(a: *const MgSet, b: *const MgSet) -> bool {
    (*a).len == (*b).len && issubset(a, b)
}

/// The ordering operators on sets: inclusion.
pub(crate) unsafe fn set_compare(a: *const MgSet, b: *const MgSet, op: i64) -> bool {
    match op {
        OP_LE => issubset(a, b),
        OP_GE => issubset(b, a),
        OP_LT => (*a).len < (*b).len && issubset(a, b),
        OP_GT => (*a).len > (*b).len && issubset(b, a),
        _ => false,
    }
}

/// The elements as a new list, in iteration order.
pub(crate) unsafe fn to_list(s: *const MgSet) -> *mut MgList {
    let r = super::list::list_from((*s).elem, &[]);
    super::list::reserve(r, (*s).len as usize);
    for (_, key, _) in slots(s) {
        append(r, key);
    }
    r
}

/// Writes `repr(s)`: `{a, b}`, or `set()` when empty.
pub(crate) unsafe fn write_set_repr(s: *const MgSet, out: &mut impl Sink) {
    if (*s).len == 0 {
        out.put(b"set()");
        return;
    }
    let et = ty((*s).elem);
    out.put(b"{");
    for (n, (_, key, _)) in slots(s).enumerate() {
        if n > 0 {
            out.put(b", ");
        }
        write_repr(et, key, out);
    }
    out.put(b"}");
}
