//! `dict`: an insertion-ordered hash table laid out like CPython's compact
//! dict.
//!
//! Entries live in three parallel arrays in insertion order (hashes, keys,
//! values); a separate index table, open-addressed with CPython's
//! perturbation probing, maps hash positions to entry numbers. Deleting an
//! entry marks its hash [`HASH_DUMMY`] and its index slot `DKIX_DUMMY`;
//! resizing compacts the entries. Table sizes follow CPython (8 index slots
//! at first, two thirds of them usable, regrown to hold `3 * len`), which
//! matters only for when CPython's "keys changed during iteration" error
//! can occur.

use crate::error::{py_err, PyResult};
use crate::object::{MgList, MgTuple, MgType};

use super::list::list_from;
use super::mem::{alloc_i32, alloc_i64, alloc_object, alloc_slots_for, new_tuple};
use super::value::{eq, hash, ty, write_repr, Sink, Slot, HASH_DUMMY};

/// A `dict`. Compiled code may read `len` directly; the other fields are
/// private to the runtime (iterate with `mg_dict_next`/`mg_dict_iter_next`
/// and read entries with `mg_dict_key_at`/`mg_dict_value_at`).
#[repr(C)]
pub struct MgDict {
    /// Number of live entries (`len(d)`).
    pub len: i64,
    /// Number of entries used in the entry arrays, deleted ones included.
    pub nentries: i64,
    /// Entries that can still be appended before the table must grow
    /// (CPython's `dk_usable`).
    pub usable: i64,
    /// Index table size minus one (the table has a power-of-two size); 0
    /// before the first insertion.
    pub mask: i64,
    /// Index table: entry number, or `DKIX_EMPTY` / `DKIX_DUMMY`.
    pub indices: *mut i32,
    /// Hash of each entry; [`HASH_DUMMY`] for deleted entries.
    pub hashes: *mut i64,
    pub keys: *mut Slot,
    pub values: *mut Slot,
    pub key_t: *const MgType,
    pub val_t: *const MgType,
}

/// An index slot that was never used.
const DKIX_EMPTY: i32 = -1;
/// An index slot whose entry was deleted.
const DKIX_DUMMY: i32 = -2;
/// CPython's `PyDict_MINSIZE`.
const MINSIZE: usize = 8;
/// CPython's `PERTURB_SHIFT`.
const PERTURB_SHIFT: u32 = 5;

/// CPython's `USABLE_FRACTION`.
fn usable_fraction(size: usize) -> usize {
    (size << 1) / 3
}

/// The index table size for at least `minsize` slots (a power of two, at
/// least [`MINSIZE`]).
fn table_size(minsize: usize) -> usize {
    minsize.max(MINSIZE).next_power_of_two()
}

/// `{}` with the given key and value types.
pub(crate) fn new_dict(key_t: *const MgType, val_t: *const MgType) -> *mut MgDict {
    let d = alloc_object::<MgDict>();
    // SAFETY: `d` is a fresh, zeroed block of the right size.
    unsafe {
        (*d).key_t = key_t;
        (*d).val_t = val_t;
    }
    d
}

/// The probe sequence of CPython's dict lookups.
struct Probe {
    i: usize,
    perturb: u64,
    mask: usize,
}

impl Probe {
    fn new(hash: i64, mask: usize) -> Self {
        Probe {
            i: hash as u64 as usize & mask,
            perturb: hash as u64,
            mask,
        }
    }

    fn next(&mut self) {
        self.perturb >>= PERTURB_SHIFT;
        self.i = (self.i.wrapping_mul(5))
            .wrapping_add(self.perturb as usize)
            .wrapping_add(1)
            & self.mask;
    }
}

/// Finds `key` (of type `kt`, with hash `h`): the index slot and the entry
/// number.
pub(crate) unsafe fn lookup(
    d: *const MgDict,
    kt: &MgType,
    key: Slot,
    h: i64,
) -> Option<(usize, usize)> {
    if (*d).len == 0 {
        return None;
    }
    let d = &*d;
    let dkt = ty(d.key_t);
    let mut p = Probe::new(h, d.mask as usize);
    loop {
        let ix = *d.indices.add(p.i);
        if ix == DKIX_EMPTY {
            return None;
        }
        if ix >= 0 {
            let ix = ix as usize;
            if *d.hashes.add(ix) == h && eq(dkt, *d.keys.add(ix), kt, key) {
                return Some((p.i, ix));
            }
        }
        p.next();
    }
}

/// The first never-used index slot for hash `h` (CPython's
/// `find_empty_slot`).
unsafe fn find_empty_slot(d: &MgDict, h: i64) -> usize {
    let mut p = Probe::new(h, d.mask as usize);
    while *d.indices.add(p.i) != DKIX_EMPTY {
        p.next();
    }
    p.i
}

/// Rebuilds the table with `size` index slots, compacting the entries.
unsafe fn resize(d: *mut MgDict, size: usize) {
    let old = &*d;
    let cap = usable_fraction(size);
    if size > i32::MAX as usize {
        crate::error::raise("MemoryError", "");
    }
    let indices = alloc_i32(size, DKIX_EMPTY);
    let hashes = alloc_i64(cap, HASH_DUMMY);
    let keys = alloc_slots_for(cap, old.key_t);
    let values = alloc_slots_for(cap, old.val_t);
    let mut n = 0;
    for i in 0..old.nentries as usize {
        let h = *old.hashes.add(i);
        if h != HASH_DUMMY {
            *hashes.add(n) = h;
            *keys.add(n) = *old.keys.add(i);
            *values.add(n) = *old.values.add(i);
            n += 1;
        }
    }
    let d = &mut *d;
    d.indices = indices;
    d.hashes = hashes;
    d.keys = keys;
    d.values = values;
    d.mask = size as i64 - 1;
    d.nentries = n as i64;
    d.usable = (cap - n) as i64;
    for i in 0..n {
        let slot = find_empty_slot(d, *hashes.add(i));
        *indices.add(slot) = i as i32;
    }
}

/// Appends a new entry (the key must be absent).
unsafe fn insert_new(d: *mut MgDict, h: i64, key: Slot, value: Slot) {
    if (*d).usable <= 0 {
        // CPython's GROWTH_RATE: room for three times the live entries.
        resize(d, table_size((*d).len as usize * 3));
    }
    let d = &mut *d;
    let slot = find_empty_slot(d, h);
    let ix = d.nentries as usize;
    *d.indices.add(slot) = ix as i32;
    *d.hashes.add(ix) = h;
    *d.keys.add(ix) = key;
    *d.values.add(ix) = value;
    d.nentries += 1;
    d.usable -= 1;
    d.len += 1;
}

/// The hash of a key of the dict, raising `TypeError` for unhashable keys.
unsafe fn key_hash(d: *const MgDict, key: Slot) -> PyResult<i64> {
    hash(ty((*d).key_t), key)
}

/// A pointer to the value slot of `key`, or null if absent.
pub(crate) unsafe fn get_ptr(d: *const MgDict, key: Slot) -> PyResult<*mut Slot> {
    let h = key_hash(d, key)?;
    Ok(match lookup(d, ty((*d).key_t), key, h) {
        Some((_, ix)) => (*d).values.add(ix),
        None => std::ptr::null_mut(),
    })
}

/// `d[key] = value`.
pub(crate) unsafe fn set(d: *mut MgDict, key: Slot, value: Slot) -> PyResult<()> {
    let h = key_hash(d, key)?;
    match lookup(d, ty((*d).key_t), key, h) {
        Some((_, ix)) => *(*d).values.add(ix) = value,
        None => insert_new(d, h, key, value),
    }
    Ok(())
}

/// Deletes the entry `ix` found at index slot `slot`, returning its value.
unsafe fn delete_at(d: *mut MgDict, slot: usize, ix: usize) -> Slot {
    let d = &mut *d;
    *d.indices.add(slot) = DKIX_DUMMY;
    *d.hashes.add(ix) = HASH_DUMMY;
    let v = *d.values.add(ix);
    *d.keys.add(ix) = 0;
    *d.values.add(ix) = 0;
    d.len -= 1;
    v
}

/// Removes `key`, returning its value if it was present.
pub(crate) unsafe fn remove(d: *mut MgDict, key: Slot) -> PyResult<Option<Slot>> {
    let h = key_hash(d, key)?;
    Ok(lookup(d, ty((*d).key_t), key, h).map(|(slot, ix)| delete_at(d, slot, ix)))
}

/// The `KeyError` for a missing key: it carries the key itself.
pub(crate) fn key_error(t: &MgType, key: Slot) -> crate::error::PyErr {
    crate::error::PyErr {
        ty: "KeyError",
        arg: crate::error::ErrArg::Value(t, key),
    }
}

/// `d.setdefault(key, default)`.
pub(crate) unsafe fn setdefault(d: *mut MgDict, key: Slot, default: Slot) -> PyResult<Slot> {
    let h = key_hash(d, key)?;
    match lookup(d, ty((*d).key_t), key, h) {
        Some((_, ix)) => Ok(*(*d).values.add(ix)),
        None => {
            insert_new(d, h, key, default);
            Ok(default)
        }
    }
}

/// `d.update(other)`: inserts or overwrites every entry of `other`, in
/// its order.
pub(crate) unsafe fn update(d: *mut MgDict, other: *const MgDict) -> PyResult<()> {
    if std::ptr::eq(d, other) {
        return Ok(());
    }
    let mut i = 0;
    while i < (*other).nentries {
        let h = *(*other).hashes.add(i as usize);
        if h != HASH_DUMMY {
            let key = *(*other).keys.add(i as usize);
            let value = *(*other).values.add(i as usize);
            match lookup(d, ty((*other).key_t), key, h) {
                Some((_, ix)) => *(*d).values.add(ix) = value,
                None => insert_new(d, h, key, value),
            }
        }
        i += 1;
    }
    Ok(())
}

/// `d.copy()`.
pub(crate) unsafe fn copy(d: *const MgDict) -> *mut MgDict {
    let r = new_dict((*d).key_t, (*d).val_t);
    if (*d).len > 0 {
        // A clean table is cloned at its size; one with deleted entries is
        // rebuilt presized for its live entries, as CPython does.
        let size = if (*d).len == (*d).nentries {
            (*d).mask as usize + 1
        } else {
            table_size(((*d).len as usize * 3).div_ceil(2))
        };
        resize(r, size);
        // `update` into the presized empty table appends in order.
        let _ = update(r, d);
    }
    r
}

/// `d.clear()`.
pub(crate) unsafe fn clear(d: *mut MgDict) {
    let d = &mut *d;
    d.len = 0;
    d.nentries = 0;
    d.usable = 0;
    d.mask = 0;
    d.indices = std::ptr::null_mut();
    d.hashes = std::ptr::null_mut();
    d.keys = std::ptr::null_mut();
    d.values = std::ptr::null_mut();
}

/// The first live entry at or after `pos`, or -1.
pub(crate) unsafe fn next_entry(d: *const MgDict, pos: i64) -> i64 {
    let mut i = pos.max(0);
    while i < (*d).nentries {
        if *(*d).hashes.add(i as usize) != HASH_DUMMY {
            return i;
        }
        i += 1;
    }
    -1
}

/// One step of a `for` loop over a dict (or its keys, values or items),
/// with CPython's checks. `state` is `[position, len at start, remaining]`
/// and must start as `[0, len(d), len(d)]`. Returns the entry number, or -1
/// when the loop is over.
pub(crate) unsafe fn iter_next(d: *const MgDict, state: &mut [i64; 3]) -> PyResult<i64> {
    if state[1] != (*d).len {
        state[1] = -1;
        return Err(py_err(
            "RuntimeError",
            "dictionary changed size during iteration",
        ));
    }
    let i = next_entry(d, state[0]);
    if i < 0 {
        state[0] = (*d).nentries;
        return Ok(-1);
    }
    if state[2] == 0 {
        return Err(py_err(
            "RuntimeError",
            "dictionary keys changed during iteration",
        ));
    }
    state[0] = i + 1;
    state[2] -= 1;
    Ok(i)
}

/// `d.popitem()`: removes and returns the last entry as a boxed
/// `(key, value)` tuple.
pub(crate) unsafe fn popitem(d: *mut MgDict) -> PyResult<*mut MgTuple> {
    if (*d).len == 0 {
        return Err(py_err("KeyError", "popitem(): dictionary is empty"));
    }
    let mut i = (*d).nentries - 1;
    while *(*d).hashes.add(i as usize) == HASH_DUMMY {
        i -= 1;
    }
    let ix = i as usize;
    let key = *(*d).keys.add(ix);
    let h = *(*d).hashes.add(ix);
    // Find the index slot that refers to entry `ix`.
    let mut p = Probe::new(h, (*d).mask as usize);
    while *(*d).indices.add(p.i) != ix as i32 {
        p.next();
    }
    let value = delete_at(d, p.i, ix);
    // CPython shrinks the used entries (but not `usable`).
    (*d).nentries = i;
    Ok(new_tuple(&[key, value]))
}

/// The live entries' keys, values, or `(key, value)` tuples, in order.
pub(crate) unsafe fn entries(d: *const MgDict, what: u8, item_t: *const MgType) -> *mut MgList {
    let elem_t = match what {
        b'k' => (*d).key_t,
        b'v' => (*d).val_t,
        _ => item_t,
    };
    let r = list_from(elem_t, &[]);
    super::list::reserve(r, (*d).len as usize);
    let mut i = next_entry(d, 0);
    while i >= 0 {
        let (k, v) = (*(*d).keys.add(i as usize), *(*d).values.add(i as usize));
        let x = match what {
            b'k' => k,
            b'v' => v,
            _ => new_tuple(&[k, v]) as Slot,
        };
        super::list::append(r, x);
        i = next_entry(d, i + 1);
    }
    r
}

/// `a == b` for dicts: same length, and each key of `a` maps in `b` to an
/// equal value (the key and value types of the two may differ
/// numerically).
pub(crate) unsafe fn dict_eq(a: *const MgDict, b: *const MgDict) -> bool {
    if (*a).len != (*b).len {
        return false;
    }
    let (akt, avt, bvt) = (ty((*a).key_t), ty((*a).val_t), ty((*b).val_t));
    let mut i = next_entry(a, 0);
    while i >= 0 {
        let ix = i as usize;
        let key = *(*a).keys.add(ix);
        match lookup(b, akt, key, *(*a).hashes.add(ix)) {
            Some((_, j)) => {
                if !eq(avt, *(*a).values.add(ix), bvt, *(*b).values.add(j)) {
                    return false;
                }
            }
            None => return false,
        }
        i = next_entry(a, i + 1);
    }
    true
}

/// Writes `repr(d)`: `{k: v, ...}`.
pub(crate) unsafe fn write_dict_repr(d: *const MgDict, out: &mut impl Sink) {
    let (kt, vt) = (ty((*d).key_t), ty((*d).val_t));
    out.put(b"{");
    let mut first = true;
    let mut i = next_entry(d, 0);
    while i >= 0 {
        if !first {
            out.put(b", ");
        }
        first = false;
        write_repr(kt, *(*d).keys.add(i as usize), out);
        out.put(b": ");
        write_repr(vt, *(*d).values.add(i as usize), out);
        i = next_entry(d, i + 1);
    }
    out.put(b"}");
}
