//! Type-generic value operations driven by descriptors: hashing, equality,
//! ordering and `repr`/`str`.
//!
//! Every function takes the static type of its operand(s) as an
//! [`MgType`] descriptor and the value as an 8-byte slot (see
//! [`crate::object`]). The binary operations take one descriptor per
//! operand, so that `[1, 2] == [1.0, 2.0]` (a `list[int]` against a
//! `list[float]`) compares numerically as in CPython.
//!
//! Hashes follow CPython's algorithms for `int`, `float`, `bool` and `tuple`
//! (so that sets of numbers and tuples of numbers iterate in CPython's
//! order); `str` uses a fast hash of our own, since CPython randomises
//! string hashes per process anyway. No hash is ever `-1` (CPython reserves
//! it too) or `i64::MIN`; the hash tables use those two values as markers.

use std::cmp::Ordering;

use crate::error::{py_err, PyResult};
use crate::float_repr::FloatRepr;
use crate::io::format_i64;
use crate::object::{
    MgFunc, MgList, MgTuple, MgType, KIND_BOOL, KIND_DICT, KIND_FLOAT, KIND_FUNC, KIND_INT,
    KIND_LIST, KIND_NONE, KIND_OBJECT, KIND_OPTIONAL, KIND_SET, KIND_STR, KIND_TUPLE,
};
use crate::string::repr_string;
use crate::MgStr;

use super::dict::{self, MgDict};
use super::objects::{
    self, object_eq, object_hash, object_order, write_object_repr, write_object_str,
};
pub(crate) use super::objects::{norm, value_type_name};
use super::set::{self, MgSet};

/// A value slot: the 8-byte representation of any value in a container.
pub(crate) type Slot = u64;

/// Comparison operators, numbered as the `op` argument of
/// [`super::mg_compare`]: `<`, `<=`, `>`, `>=`, `==`, `!=`.
pub(crate) const OP_LT: i64 = 0;
pub(crate) const OP_LE: i64 = 1;
pub(crate) const OP_GT: i64 = 2;
pub(crate) const OP_GE: i64 = 3;
pub(crate) const OP_EQ: i64 = 4;
pub(crate) const OP_NE: i64 = 5;

/// The hash reserved as the "deleted" marker of the hash tables (CPython
/// reserves it as the error value of `tp_hash`).
pub(crate) const HASH_DUMMY: i64 = -1;
/// The hash reserved as the "never used" marker of the set table.
pub(crate) const HASH_EMPTY: i64 = i64::MIN;

/// CPython's `_PyHASH_MODULUS`, the Mersenne prime 2**61 - 1.
const MODULUS: u64 = (1 << 61) - 1;
/// CPython's `_PyHASH_BITS`.
const HASH_BITS: i32 = 61;
/// CPython's `_PyHASH_INF`.
const HASH_INF: i64 = 314_159;
/// The hash of `None`. CPython hashes it by address, which varies between
/// runs, so any constant is as good.
const HASH_NONE: i64 = 0x5f3c_9e1d_2b47;

/// Reads a descriptor.
///
/// # Safety
/// `t` must point to a valid descriptor that outlives the program.
pub(crate) unsafe fn ty<'a>(t: *const MgType) -> &'a MgType {
    debug_assert!(!t.is_null(), "null type descriptor");
    &*t
}

/// The descriptor of field `i` of a tuple type. A tuple descriptor with
/// fewer arguments than the tuple has fields uses its last argument for the
/// rest, which lets `tuple[T, ...]` be described by one argument.
///
/// # Safety
/// `t` must be a valid tuple descriptor with at least one argument.
pub(crate) unsafe fn tuple_field(t: &MgType, i: usize) -> &MgType {
    let n = t.nargs as usize;
    t.arg(if i < n { i } else { n - 1 })
}

/// CPython's name of the type described by `t`, as used in error messages.
pub(crate) fn type_name(t: &MgType) -> &'static str {
    match t.kind {
        KIND_NONE => "NoneType",
        KIND_BOOL => "bool",
        KIND_INT => "int",
        KIND_FLOAT => "float",
        KIND_STR => "str",
        KIND_TUPLE => "tuple",
        KIND_LIST => "list",
        KIND_DICT => "dict",
        KIND_SET => "set",
        KIND_FUNC => "function",
        _ => "object",
    }
}

/// The items of a boxed tuple.
///
/// # Safety
/// `p` must point to a valid boxed tuple that outlives `'a`.
pub(crate) unsafe fn tuple_items<'a>(p: *const MgTuple) -> &'a [Slot] {
    let n = (*p).len as usize;
    if n == 0 {
        return &[];
    }
    std::slice::from_raw_parts(std::ptr::addr_of!((*p).items).cast::<Slot>(), n)
}

/// The live items of a list.
///
/// # Safety
/// `l` must point to a valid list that is not resized during `'a`.
pub(crate) unsafe fn list_items<'a>(l: *const MgList) -> &'a [Slot] {
    let n = (*l).len as usize;
    if n == 0 || (*l).items.is_null() {
        return &[];
    }
    std::slice::from_raw_parts((*l).items, n)
}

// ---------------------------------------------------------------------------
// Hashing
// ---------------------------------------------------------------------------

/// Maps the two reserved hash values to others.
pub(crate) fn fix_hash(h: i64) -> i64 {
    match h {
        -1 => -2,
        i64::MIN => i64::MIN + 1,
        h => h,
    }
}

/// CPython's `hash(int)`: the value modulo 2**61 - 1, with the sign of the
/// value, and -1 mapped to -2.
pub(crate) fn hash_int(v: i64) -> i64 {
    let a = v.unsigned_abs();
    // Most ints are below the modulus: no division needed.
    let m = if a < MODULUS { a } else { a % MODULUS } as i64;
    fix_hash(if v < 0 { -m } else { m })
}

/// `frexp`: `x == m * 2**e` with `0.5 <= |m| < 1`, for finite nonzero `x`.
fn frexp(x: f64) -> (f64, i32) {
    let mut x = x;
    let mut adjust = 0;
    let bits = x.to_bits();
    if (bits >> 52) & 0x7ff == 0 {
        // Subnormal: scale into the normal range first.
        x *= 2f64.powi(54);
        adjust = -54;
    }
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    let m = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    (m, exp - 1022 + adjust)
}

/// CPython's `_Py_HashDouble`: equal to the hash of the equal integer for
/// integral values, the value modulo 2**61 - 1 in general. CPython hashes a
/// NaN by object identity; here all NaNs hash to 0.
pub(crate) fn hash_float(v: f64) -> i64 {
    if !v.is_finite() {
        if v.is_infinite() {
            return if v > 0.0 { HASH_INF } else { -HASH_INF };
        }
        // An int kept in a float slot hashes as the int, which is the hash
        // of the equal float too.
        if let Some(i) = crate::numtower::unbox(v) {
            return hash_int(i);
        }
        return 0;
    }
    if v == 0.0 {
        return 0;
    }
    let (mut m, mut e) = frexp(v);
    let sign: i64 = if m < 0.0 {
        m = -m;
        -1
    } else {
        1
    };
    let mut x: u64 = 0;
    while m != 0.0 {
        x = ((x << 28) & MODULUS) | x >> (HASH_BITS - 28);
        m *= 268_435_456.0; // 2**28
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        x += y;
        if x >= MODULUS {
            x -= MODULUS;
        }
    }
    let e = if e >= 0 {
        e % HASH_BITS
    } else {
        HASH_BITS - 1 - ((-1 - e) % HASH_BITS)
    };
    x = ((x << e) & MODULUS) | x >> (HASH_BITS - e);
    fix_hash((x as i64).wrapping_mul(sign))
}

/// A fast hash of a byte string (word at a time, with a final avalanche so
/// that the low bits the tables use depend on every byte).
pub(crate) fn hash_bytes(b: &[u8]) -> i64 {
    const K: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut h = (b.len() as u64).wrapping_mul(K) ^ 0x2545_f491_4f6c_dd1d;
    let mut chunks = b.chunks_exact(8);
    for c in &mut chunks {
        let w = u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]);
        h = (h.rotate_left(5) ^ w).wrapping_mul(K);
    }
    let rest = chunks.remainder();
    if !rest.is_empty() {
        let mut buf = [0u8; 8];
        buf[..rest.len()].copy_from_slice(rest);
        h = (h.rotate_left(5) ^ u64::from_le_bytes(buf)).wrapping_mul(K);
    }
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
    h ^= h >> 33;
    h = h.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
    h ^= h >> 33;
    fix_hash(h as i64)
}

/// CPython's `tuplehash` (the xxHash-based one of 3.8 and later), over the
/// hashes of the fields.
unsafe fn hash_tuple(t: &MgType, p: *const MgTuple) -> PyResult<i64> {
    const P1: u64 = 11_400_714_785_074_694_791;
    const P2: u64 = 14_029_467_366_897_019_727;
    const P5: u64 = 2_870_177_450_012_600_261;
    let items = tuple_items(p);
    let mut acc = P5;
    for (i, &v) in items.iter().enumerate() {
        let lane = hash(tuple_field(t, i), v)? as u64;
        acc = acc.wrapping_add(lane.wrapping_mul(P2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(P1);
    }
    acc = acc.wrapping_add(items.len() as u64 ^ (P5 ^ 3_527_539));
    if acc == u64::MAX {
        return Ok(1_546_275_796);
    }
    Ok(fix_hash(acc as i64))
}

/// `hash(v)` for a value of type `t`; `TypeError` for the unhashable
/// `list`, `dict` and `set`.
///
/// # Safety
/// `v` must be a valid value of type `t`.
pub(crate) unsafe fn hash(t: &MgType, v: Slot) -> PyResult<i64> {
    let (t, v) = norm(t, v);
    match t.kind {
        KIND_INT => Ok(hash_int(v as i64)),
        KIND_BOOL => Ok(v as i64),
        KIND_FLOAT => Ok(hash_float(f64::from_bits(v))),
        KIND_NONE => Ok(HASH_NONE),
        KIND_STR => Ok(hash_bytes(MgStr::bytes(v as *const MgStr))),
        KIND_TUPLE => hash_tuple(t, v as *const MgTuple),
        KIND_OBJECT => object_hash(v),
        KIND_FUNC => Ok(objects::hash_pointer(v as usize)),
        _ => Err(py_err(
            "TypeError",
            format!("unhashable type: '{}'", type_name(t)),
        )),
    }
}

// ---------------------------------------------------------------------------
// Equality and ordering
// ---------------------------------------------------------------------------

/// A number of any of the numeric types.
#[derive(Clone, Copy)]
enum Num {
    Int(i64),
    Float(f64),
}

/// The value as a number, if its type is `bool`, `int` or `float`.
fn as_num(t: &MgType, v: Slot) -> Option<Num> {
    match t.kind {
        KIND_BOOL | KIND_INT => Some(Num::Int(v as i64)),
        KIND_FLOAT => Some(match crate::numtower::unbox(f64::from_bits(v)) {
            Some(i) => Num::Int(i),
            None => Num::Float(f64::from_bits(v)),
        }),
        _ => None,
    }
}

/// Exact comparison of an int with a float, as CPython does it (no
/// rounding of the int); `None` if the float is a NaN.
fn cmp_int_float(i: i64, f: f64) -> Option<Ordering> {
    if f.is_nan() {
        return None;
    }
    // 2**63: every i64 is below it, and -2**63 is the least i64.
    const TWO63: f64 = 9_223_372_036_854_775_808.0;
    if f >= TWO63 {
        return Some(Ordering::Less);
    }
    if f < -TWO63 {
        return Some(Ordering::Greater);
    }
    let t = f.trunc();
    // Exact: |t| <= 2**63 and t is integral; -2**63 converts exactly.
    let ti = t as i64;
    match i.cmp(&ti) {
        Ordering::Equal => 0.0f64.partial_cmp(&(f - t)),
        o => Some(o),
    }
}

/// Numeric three-way comparison; `None` when a NaN is involved.
fn cmp_num(a: Num, b: Num) -> Option<Ordering> {
    match (a, b) {
        (Num::Int(x), Num::Int(y)) => Some(x.cmp(&y)),
        (Num::Float(x), Num::Float(y)) => x.partial_cmp(&y),
        (Num::Int(x), Num::Float(y)) => cmp_int_float(x, y),
        (Num::Float(x), Num::Int(y)) => cmp_int_float(y, x).map(Ordering::reverse),
    }
}

/// `a == b` for values of types `ta` and `tb`, as CPython compares
/// container items and dict keys (`PyObject_RichCompareBool`): an instance
/// is equal to itself without calling `__eq__`. There is no identity
/// shortcut for floats: a NaN is never equal to anything, even inside a
/// container.
///
/// # Safety
/// `a` and `b` must be valid values of their types.
pub(crate) unsafe fn eq(ta: &MgType, a: Slot, tb: &MgType, b: Slot) -> bool {
    let (ta, a) = norm(ta, a);
    let (tb, b) = norm(tb, b);
    if ta.kind == tb.kind {
        match ta.kind {
            KIND_INT | KIND_BOOL => return a == b,
            KIND_FLOAT => {
                let (x, y) = (f64::from_bits(a), f64::from_bits(b));
                // A NaN may be an int kept in a float slot: compare values.
                return x == y
                    || ((x.is_nan() || y.is_nan())
                        && crate::numtower::as_f64(x) == crate::numtower::as_f64(y));
            }
            KIND_NONE => return true,
            KIND_STR => {
                let (x, y) = (a as *const MgStr, b as *const MgStr);
                return std::ptr::eq(x, y) || MgStr::bytes(x) == MgStr::bytes(y);
            }
            KIND_TUPLE => {
                let (x, y) = (
                    tuple_items(a as *const MgTuple),
                    tuple_items(b as *const MgTuple),
                );
                return x.len() == y.len()
                    && x.iter()
                        .zip(y)
                        .enumerate()
                        .all(|(i, (&p, &q))| eq(tuple_field(ta, i), p, tuple_field(tb, i), q));
            }
            KIND_LIST => {
                let (x, y) = (a as *const MgList, b as *const MgList);
                if std::ptr::eq(x, y) && !contains_float(ta) {
                    return true;
                }
                let (ea, eb) = (ty((*x).elem), ty((*y).elem));
                let (x, y) = (list_items(x), list_items(y));
                return x.len() == y.len() && x.iter().zip(y).all(|(&p, &q)| eq(ea, p, eb, q));
            }
            KIND_DICT => return dict::dict_eq(a as *const MgDict, b as *const MgDict),
            KIND_SET => return set::set_eq(a as *const MgSet, b as *const MgSet),
            KIND_OBJECT => return a == b || object_eq(a, b),
            KIND_FUNC => return a == b,
            _ => return false,
        }
    }
    match (as_num(ta, a), as_num(tb, b)) {
        (Some(x), Some(y)) => cmp_num(x, y) == Some(Ordering::Equal),
        _ => false,
    }
}

/// Python's `a == b` as an expression (`PyObject_RichCompare`): like
/// [`eq`], but two instances are compared with `__eq__` even if they are
/// the same object.
///
/// # Safety
/// `a` and `b` must be valid values of their types.
pub(crate) unsafe fn eq_top(ta: &MgType, a: Slot, tb: &MgType, b: Slot) -> bool {
    let (ta, a) = norm(ta, a);
    let (tb, b) = norm(tb, b);
    if ta.kind == KIND_OBJECT && tb.kind == KIND_OBJECT {
        return object_eq(a, b);
    }
    eq(ta, a, tb, b)
}

/// Whether values of type `t` can contain a float (which may be a NaN, so
/// that a container need not equal itself).
fn contains_float(t: &MgType) -> bool {
    match t.kind {
        KIND_FLOAT | crate::object::KIND_DYN => true,
        // SAFETY: descriptors list exactly `nargs` valid arguments.
        KIND_TUPLE | KIND_LIST | KIND_DICT | KIND_SET | KIND_OPTIONAL => {
            (0..t.nargs as usize).any(|i| contains_float(unsafe { t.arg(i) }))
        }
        _ => false,
    }
}

/// The symbol of an ordering operator, for error messages.
fn op_symbol(op: i64) -> &'static str {
    match op {
        OP_LT => "<",
        OP_LE => "<=",
        OP_GT => ">",
        _ => ">=",
    }
}

/// Applies an operator to a three-way comparison result (`None`: the
/// operands are unordered, as with NaN, and every ordering operator fails).
fn apply(op: i64, o: Option<Ordering>) -> bool {
    match (op, o) {
        (OP_EQ, o) => o == Some(Ordering::Equal),
        (OP_NE, o) => o != Some(Ordering::Equal),
        (_, None) => false,
        (OP_LT, Some(o)) => o == Ordering::Less,
        (OP_LE, Some(o)) => o != Ordering::Greater,
        (OP_GT, Some(o)) => o == Ordering::Greater,
        (_, Some(o)) => o != Ordering::Less,
    }
}

/// The `TypeError` of an ordering between unorderable values.
unsafe fn unorderable(op: i64, ta: &MgType, a: Slot, tb: &MgType, b: Slot) -> crate::error::PyErr {
    py_err(
        "TypeError",
        format!(
            "'{}' not supported between instances of '{}' and '{}'",
            op_symbol(op),
            value_type_name(ta, a),
            value_type_name(tb, b)
        ),
    )
}

/// Lexicographic comparison of two sequences as CPython does it: find the
/// first index where the items differ (by `==`), then compare those items
/// with `op`; if there is none, compare the lengths.
unsafe fn compare_seq(
    op: i64,
    a: &[Slot],
    b: &[Slot],
    ta: impl Fn(usize) -> *const MgType,
    tb: impl Fn(usize) -> *const MgType,
) -> PyResult<bool> {
    for (i, (&x, &y)) in a.iter().zip(b).enumerate() {
        let (tx, ty_) = (ty(ta(i)), ty(tb(i)));
        if !eq(tx, x, ty_, y) {
            return compare(tx, x, ty_, y, op);
        }
    }
    Ok(apply(op, Some(a.len().cmp(&b.len()))))
}

/// Python's `a <op> b` (`op` one of the `OP_*` constants) for values of
/// types `ta` and `tb`, with CPython's `TypeError` for unorderable types.
///
/// # Safety
/// `a` and `b` must be valid values of their types.
pub(crate) unsafe fn compare(
    ta: &MgType,
    a: Slot,
    tb: &MgType,
    b: Slot,
    op: i64,
) -> PyResult<bool> {
    if op == OP_EQ || op == OP_NE {
        return Ok(eq_top(ta, a, tb, b) == (op == OP_EQ));
    }
    let (ta, a) = norm(ta, a);
    let (tb, b) = norm(tb, b);
    if let (Some(x), Some(y)) = (as_num(ta, a), as_num(tb, b)) {
        return Ok(apply(op, cmp_num(x, y)));
    }
    match (ta.kind, tb.kind) {
        (KIND_STR, KIND_STR) => {
            let o = MgStr::bytes(a as *const MgStr).cmp(MgStr::bytes(b as *const MgStr));
            Ok(apply(op, Some(o)))
        }
        (KIND_TUPLE, KIND_TUPLE) => compare_seq(
            op,
            tuple_items(a as *const MgTuple),
            tuple_items(b as *const MgTuple),
            |i| tuple_field(ta, i) as *const MgType,
            |i| tuple_field(tb, i) as *const MgType,
        ),
        (KIND_LIST, KIND_LIST) => {
            let (x, y) = (a as *const MgList, b as *const MgList);
            let (ex, ey) = ((*x).elem, (*y).elem);
            compare_seq(op, list_items(x), list_items(y), |_| ex, |_| ey)
        }
        (KIND_SET, KIND_SET) => Ok(set::set_compare(a as *const MgSet, b as *const MgSet, op)),
        (KIND_OBJECT, KIND_OBJECT) => match object_order(a, b, op) {
            Some(r) => Ok(r),
            None => Err(unorderable(op, ta, a, tb, b)),
        },
        _ => Err(unorderable(op, ta, a, tb, b)),
    }
}

/// Three-way comparison for [`super::mg_cmp`]: -1, 0 or 1, or 2 if the
/// values are unordered (a NaN is involved, or sets neither of which
/// contains the other).
///
/// # Safety
/// `a` and `b` must be valid values of type `t`.
pub(crate) unsafe fn cmp3(t: &MgType, a: Slot, b: Slot) -> PyResult<i64> {
    Ok(if compare(t, a, t, b, OP_LT)? {
        -1
    } else if compare(t, a, t, b, OP_GT)? {
        1
    } else if eq(t, a, t, b) {
        0
    } else {
        2
    })
}

// ---------------------------------------------------------------------------
// repr and str
// ---------------------------------------------------------------------------

/// Where `repr` text goes: a byte vector, or the stdout buffer.
pub(crate) trait Sink {
    fn put(&mut self, bytes: &[u8]);
}

impl Sink for Vec<u8> {
    fn put(&mut self, bytes: &[u8]) {
        // A repr too large for memory is a MemoryError, not an abort.
        if self.try_reserve(bytes.len()).is_err() {
            crate::error::raise("MemoryError", "");
        }
        self.extend_from_slice(bytes);
    }
}

/// Writes `repr(v)` for a value of type `t`, exactly as CPython formats it.
///
/// # Safety
/// `v` must be a valid value of type `t`.
pub(crate) unsafe fn write_repr(t: &MgType, v: Slot, out: &mut impl Sink) {
    let (t, v) = norm(t, v);
    match t.kind {
        KIND_NONE => out.put(b"None"),
        KIND_BOOL => out.put(if v != 0 { b"True" } else { b"False" }),
        KIND_INT => {
            let mut buf = [0u8; 20];
            out.put(format_i64(v as i64, &mut buf));
        }
        KIND_FLOAT => out.put(FloatRepr::new(f64::from_bits(v)).as_bytes()),
        KIND_STR => out.put(repr_string(MgStr::text(v as *const MgStr)).as_bytes()),
        KIND_TUPLE => {
            let items = tuple_items(v as *const MgTuple);
            out.put(b"(");
            for (i, &x) in items.iter().enumerate() {
                if i > 0 {
                    out.put(b", ");
                }
                write_repr(tuple_field(t, i), x, out);
            }
            if items.len() == 1 {
                out.put(b",");
            }
            out.put(b")");
        }
        KIND_LIST => {
            let l = v as *const MgList;
            let elem = ty((*l).elem);
            out.put(b"[");
            // Re-read the length each time: nothing here can change it, but
            // it keeps the loop safe if a list were shared oddly.
            let mut i = 0;
            while i < (*l).len {
                if i > 0 {
                    out.put(b", ");
                }
                write_repr(elem, *(*l).items.add(i as usize), out);
                i += 1;
            }
            out.put(b"]");
        }
        KIND_DICT => dict::write_dict_repr(v as *const MgDict, out),
        KIND_SET => set::write_set_repr(v as *const MgSet, out),
        KIND_OBJECT => write_object_repr(v, out),
        KIND_FUNC => {
            let f = v as *const MgFunc;
            out.put(b"<function ");
            out.put(MgStr::bytes((*(*f).info).qualname));
            out.put(format!(" at 0x{v:x}>").as_bytes());
        }
        _ => out.put(b"<object>"),
    }
}

/// Writes `str(v)`: the text itself for a `str`, an instance's `__str__`,
/// `repr(v)` otherwise.
///
/// # Safety
/// `v` must be a valid value of type `t`.
pub(crate) unsafe fn write_str(t: &MgType, v: Slot, out: &mut impl Sink) {
    let (t, v) = norm(t, v);
    match t.kind {
        KIND_STR => out.put(MgStr::bytes(v as *const MgStr)),
        KIND_OBJECT => write_object_str(v, out),
        _ => write_repr(t, v, out),
    }
}

/// `repr(v)` as a Rust string (for error messages and tests).
///
/// # Safety
/// `v` must be a valid value of type `t`.
pub(crate) unsafe fn repr_text(t: &MgType, v: Slot) -> String {
    let mut out = Vec::new();
    write_repr(t, v, &mut out);
    // The pieces are all valid UTF-8.
    String::from_utf8(out).unwrap_or_default()
}

/// Copies UTF-8 bytes into a new runtime string.
pub(crate) fn new_str(bytes: &[u8]) -> *const MgStr {
    let header = std::mem::size_of::<MgStr>();
    let size = i64::try_from(header + bytes.len())
        .unwrap_or_else(|_| crate::error::raise("MemoryError", ""));
    let nchars = bytes.iter().filter(|&&b| (b & 0xc0) != 0x80).count() as i64;
    let p = crate::mg_alloc_atomic(size) as *mut MgStr;
    // SAFETY: `p` is a fresh block of `header + len` bytes.
    unsafe {
        (*p).len = bytes.len() as i64;
        (*p).nchars = nchars;
        let data = std::ptr::addr_of_mut!((*p).data).cast::<u8>();
        std::ptr::copy_nonoverlapping(bytes.as_ptr(), data, bytes.len());
    }
    p
}

/// The size of the stack buffer [`PrintSink`] assembles output in.
const PRINT_CHUNK: usize = 4096;

/// A [`Sink`] that writes to the runtime's stdout buffer in chunks, through
/// a string header on the stack, so printing a container allocates nothing.
#[repr(C)]
pub(crate) struct PrintSink {
    len: i64,
    nchars: i64,
    data: [u8; PRINT_CHUNK],
}

impl PrintSink {
    pub(crate) fn new() -> Self {
        PrintSink {
            len: 0,
            nchars: 0,
            data: [0; PRINT_CHUNK],
        }
    }

    /// Hands the assembled bytes to the stdout buffer.
    pub(crate) fn flush(&mut self) {
        if self.len > 0 {
            // SAFETY: `self` has the layout of a string header followed by
            // `len` bytes (`nchars` is not used by printing).
            unsafe { crate::mg_print_str((self as *const Self).cast::<MgStr>()) };
            self.len = 0;
        }
    }
}

impl Sink for PrintSink {
    fn put(&mut self, mut bytes: &[u8]) {
        while !bytes.is_empty() {
            let at = self.len as usize;
            if at == PRINT_CHUNK {
                self.flush();
                continue;
            }
            let n = bytes.len().min(PRINT_CHUNK - at);
            self.data[at..at + n].copy_from_slice(&bytes[..n]);
            self.len += n as i64;
            bytes = &bytes[n..];
        }
    }
}
