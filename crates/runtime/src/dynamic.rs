//! Dynamic values: the representation of `object`, `Any` and unions
//! (`int | str`), whose type is known only at run time.
//!
//! A dynamic value is one pointer-sized word:
//! * `None` is the null pointer;
//! * a class instance (exceptions and generators included) is the instance
//!   pointer itself, whose first word is its class;
//! * every other value is a pointer to a [`MgBox`]: the class word
//!   [`DYN_BOX_CLASS`] (so that a box is told from an instance by one
//!   comparison, and every non-null dynamic value can be read as an
//!   [`MgObject`]), the value's type descriptor and its 8-byte slot.
//!
//! A box never holds `None`, an instance, an `Optional` or another dynamic
//! value: [`mg_dyn_box`] normalises those, so the descriptor of a box is
//! always that of the value's exact type. The descriptor kind
//! [`KIND_DYN`] describes slots holding dynamic values (the elements of a
//! `list[Any]` or a `list[int | str]`); the type-generic operations of
//! `containers/` resolve such a slot to the value's own descriptor and slot
//! (`norm`), so hashing, equality, ordering and `repr` work on dynamic
//! values unchanged. This file holds the operations compiled code calls
//! on dynamic values: boxing and unboxing, type tests, and the operators,
//! `len`, iteration and indexing dispatched on the run-time type, with
//! CPython's `TypeError`s when they fail.

use crate::containers::list::{append, list_from};
use crate::containers::mem::new_tuple;
use crate::containers::value::{
    self, hash, list_items, norm, tuple_field, tuple_items, ty, type_name, value_type_name, Slot,
};
use crate::containers::{dict, set, MgDict, MgSet};
use crate::error::{ok_or_raise, overflow, py_err, raise_err, PyResult};
use crate::object::{
    MgClass, MgList, MgObject, MgTuple, MgType, MgTypeN, KIND_BOOL, KIND_DICT, KIND_DYN,
    KIND_FLOAT, KIND_INT, KIND_LIST, KIND_NONE, KIND_OBJECT, KIND_OPTIONAL, KIND_SET, KIND_STR,
    KIND_TUPLE, TYPE_NONE, TYPE_STR,
};
use crate::MgStr;

runtime_interface! {
    DYN_DECLS, dyn_symbols;
    fn mg_dyn_box(*const MgType, u64) -> *const MgObject;
    fn mg_dyn_unbox(*const MgObject, *const MgType) -> u64;
    fn mg_dyn_slot(*const MgObject) -> u64;
    fn mg_dyn_cast_class(*const MgObject, *const MgClass) -> *const MgObject;
    fn mg_dyn_kind_in(*const MgObject, i64) -> i64;
    fn mg_dyn_truth(*const MgObject) -> i64;
    fn mg_dyn_len(*const MgObject) -> i64;
    fn mg_dyn_binop(i64, *const MgObject, *const MgObject) -> *const MgObject;
    fn mg_dyn_unop(i64, *const MgObject) -> *const MgObject;
    fn mg_dyn_iter(*const MgObject) -> *mut MgList;
    fn mg_dyn_entries(*const MgObject, i64) -> *mut MgList;
    fn mg_dyn_getitem(*const MgObject, *const MgObject) -> *const MgObject;
    fn mg_dyn_setitem(*const MgObject, *const MgObject, *const MgObject) -> ();
    fn mg_dyn_contains(*const MgObject, *const MgObject) -> i64;
    fn mg_dyn_append(*const MgObject, *const MgObject) -> ();
    fn mg_dyn_get(*const MgObject, *const MgObject, *const MgObject) -> *const MgObject;
    fn mg_dyn_getattr(*const MgObject, *const MgStr) -> *const MgObject;
    fn mg_dyn_type_name(*const MgObject) -> *const MgStr;
    fn mg_dyn_int(*const MgObject) -> i64;
    fn mg_dyn_float(*const MgObject) -> f64;
}

/// A boxed value: see the module documentation.
#[repr(C)]
pub struct MgBox {
    pub cls: *const MgClass,
    pub desc: *const MgType,
    pub slot: u64,
}

/// The class word of every box. It is a class of its own, derived from
/// nothing, so `isinstance` tests on a box are false.
#[no_mangle]
pub static DYN_BOX_CLASS: MgClass = MgClass {
    name: c"<box>".as_ptr(),
    module: std::ptr::null(),
    parent: std::ptr::null(),
    flags: 0,
    repr: None,
    str: None,
    eq: None,
    hash: None,
    lt: None,
    le: None,
    gt: None,
    ge: None,
    attrs: std::ptr::null(),
};

/// Descriptors the runtime needs for the values it makes.
pub(crate) static TYPE_DYN: MgTypeN<0> = MgTypeN {
    kind: KIND_DYN,
    nargs: 0,
    args: [],
};
static TYPE_OBJECT: MgTypeN<0> = MgTypeN {
    kind: KIND_OBJECT,
    nargs: 0,
    args: [],
};
static TYPE_BOOL: MgTypeN<0> = MgTypeN {
    kind: KIND_BOOL,
    nargs: 0,
    args: [],
};
static TYPE_FLOAT: MgTypeN<0> = MgTypeN {
    kind: KIND_FLOAT,
    nargs: 0,
    args: [],
};
/// `tuple[Any, ...]` (a one-argument tuple descriptor describes every
/// field), the type of the `(key, value)` pairs of `items()`.
static TYPE_TUPLE_DYN: MgTypeN<1> = MgTypeN {
    kind: KIND_TUPLE,
    nargs: 1,
    args: [(&TYPE_DYN as *const MgTypeN<0>).cast()],
};
/// `tuple[Any, Any]`, the items of `mg_dyn_entries(d, 3)`.
static TYPE_PAIR_DYN: MgTypeN<2> = MgTypeN {
    kind: KIND_TUPLE,
    nargs: 2,
    args: [
        (&TYPE_DYN as *const MgTypeN<0>).cast(),
        (&TYPE_DYN as *const MgTypeN<0>).cast(),
    ],
};
/// `list[Any]`.
static TYPE_LIST_DYN: MgTypeN<1> = MgTypeN {
    kind: KIND_LIST,
    nargs: 1,
    args: [(&TYPE_DYN as *const MgTypeN<0>).cast()],
};

/// A dynamic value as a pointer.
type Dyn = *const MgObject;

/// Whether a non-null dynamic value is a box.
///
/// # Safety
/// `v` must be a valid non-null dynamic value.
unsafe fn is_box(v: Dyn) -> bool {
    std::ptr::eq((*v).cls, &DYN_BOX_CLASS)
}

/// The descriptor and slot of a dynamic value: `None`, an instance, or
/// what its box holds.
///
/// # Safety
/// `v` must be a valid dynamic value.
pub(crate) unsafe fn resolve<'a>(v: Slot) -> (&'a MgType, Slot) {
    let p = v as Dyn;
    if p.is_null() {
        return (ty(TYPE_NONE.as_type()), 0);
    }
    if is_box(p) {
        let b = p as *const MgBox;
        return (ty((*b).desc), (*b).slot);
    }
    (ty(TYPE_OBJECT.as_type()), v)
}

/// Boxes a value of type `t` (already normalised) unless it needs none.
/// An int kept in a float slot (`numtower.rs`) is boxed as the int it is,
/// so that `isinstance` and the operators see CPython's type.
unsafe fn box_value(t: &MgType, v: Slot) -> Dyn {
    match t.kind {
        KIND_NONE => std::ptr::null(),
        KIND_OBJECT | KIND_DYN => v as Dyn,
        KIND_FLOAT => match crate::numtower::unbox(f64::from_bits(v)) {
            Some(i) => int_box(i),
            None => box_plain(t, v),
        },
        _ => box_plain(t, v),
    }
}

/// Allocates a box.
unsafe fn box_plain(t: &MgType, v: Slot) -> Dyn {
    let b = crate::containers::mem::alloc_object::<MgBox>();
    b.write(MgBox {
        cls: &DYN_BOX_CLASS,
        desc: t,
        slot: v,
    });
    b as Dyn
}

/// A value of the type described by `t` (its slot `v`) as a dynamic value.
///
/// # Safety
/// `t` must be a valid descriptor and `v` a valid value of that type.
#[no_mangle]
pub unsafe extern "C-unwind" fn mg_dyn_box(t: *const MgType, v: u64) -> Dyn {
    let t = ty(t);
    if t.kind == KIND_DYN {
        return v as Dyn;
    }
    let (t, v) = norm(t, v);
    box_value(t, v)
}

/// Whether two descriptors describe the same type.
fn same_type(a: &MgType, b: &MgType) -> bool {
    // SAFETY: descriptors list exactly `nargs` valid arguments.
    a.kind == b.kind
        && a.nargs == b.nargs
        && (0..a.nargs as usize).all(|i| unsafe { same_type(a.arg(i), b.arg(i)) })
}

/// The name of a type as multigen spells it in its own messages.
fn type_text(t: &MgType) -> String {
    // SAFETY: descriptors list exactly `nargs` valid arguments.
    let arg = |i: usize| type_text(unsafe { t.arg(i) });
    match t.kind {
        KIND_DYN => "Any".into(),
        KIND_NONE => "None".into(),
        KIND_LIST | KIND_SET => format!("{}[{}]", type_name(t), arg(0)),
        KIND_DICT => format!("dict[{}, {}]", arg(0), arg(1)),
        KIND_OPTIONAL => format!("{} | None", arg(0)),
        KIND_TUPLE => {
            let parts: Vec<String> = (0..t.nargs as usize).map(arg).collect();
            format!("tuple[{}]", parts.join(", "))
        }
        _ => type_name(t).into(),
    }
}

/// The dynamic value `v` as a slot of type `t`, or the `TypeError` of a
/// value of another type. Python performs no such check; multigen needs
/// one where a value leaves the dynamic world for a typed slot, since the
/// slot cannot hold any other type (`x: int = any_value`).
unsafe fn to_slot(v: Slot, t: &MgType) -> PyResult<Slot> {
    match t.kind {
        KIND_DYN => return Ok(v),
        KIND_OPTIONAL => {
            if v == 0 {
                return Ok(0);
            }
            let inner = t.arg(0);
            let s = to_slot(v, inner)?;
            return Ok(match inner.kind {
                KIND_INT | KIND_FLOAT | KIND_BOOL => {
                    let cell = crate::mg_alloc_atomic(8) as *mut Slot;
                    *cell = s;
                    cell as Slot
                }
                _ => s,
            });
        }
        _ => {}
    }
    let (vt, s) = resolve(v);
    if same_type(vt, t) {
        return Ok(s);
    }
    Err(py_err(
        "TypeError",
        format!(
            "multigen: a value of type {} cannot be used as {}",
            value_text(vt, s),
            type_text(t)
        ),
    ))
}

/// The type of a resolved value for messages (the class name of an
/// instance).
unsafe fn value_text(t: &MgType, v: Slot) -> String {
    if t.kind == KIND_OBJECT {
        return value_type_name(t, v).into();
    }
    type_text(t)
}

/// `v` as a slot of type `t`, raising `TypeError` for a value of another
/// type (see [`to_slot`]).
///
/// # Safety
/// `v` must be a valid dynamic value and `t` a valid descriptor.
#[no_mangle]
pub unsafe extern "C-unwind" fn mg_dyn_unbox(v: Dyn, t: *const MgType) -> u64 {
    ok_or_raise(to_slot(v as Slot, ty(t)))
}

/// The slot of a dynamic value whose type the caller has tested: the box's
/// slot, or the value itself for `None` and instances.
///
/// # Safety
/// `v` must be a valid dynamic value.
#[no_mangle]
pub unsafe extern "C-unwind" fn mg_dyn_slot(v: Dyn) -> u64 {
    resolve(v as Slot).1
}

/// `v` as an instance of class `c`, raising `TypeError` otherwise (the
/// check of [`mg_dyn_unbox`] for class types).
///
/// # Safety
/// `v` must be a valid dynamic value and `c` a valid class.
#[no_mangle]
pub unsafe extern "C-unwind" fn mg_dyn_cast_class(v: Dyn, c: *const MgClass) -> Dyn {
    if crate::mg_isinstance(v, c) != 0 {
        return v;
    }
    let (t, s) = resolve(v as Slot);
    raise_err(py_err(
        "TypeError",
        format!(
            "multigen: a value of type {} cannot be used as {}",
            value_text(t, s),
            (*c).name()
        ),
    ))
}

/// Whether the run-time kind of `v` (`KIND_NONE` for None, `KIND_OBJECT`
/// for instances) is one of the bits of `mask` (bit `k` for kind `k`).
///
/// # Safety
/// `v` must be a valid dynamic value.
#[no_mangle]
pub unsafe extern "C-unwind" fn mg_dyn_kind_in(v: Dyn, mask: i64) -> i64 {
    let (t, _) = resolve(v as Slot);
    i64::from(mask & (1 << t.kind) != 0)
}

/// The number of items of a sized value, if it has a length.
unsafe fn length(t: &MgType, v: Slot) -> Option<i64> {
    Some(match t.kind {
        KIND_STR => (*(v as *const MgStr)).nchars,
        KIND_LIST => (*(v as *const MgList)).len,
        KIND_TUPLE => (*(v as *const MgTuple)).len,
        KIND_DICT => (*(v as *const MgDict)).len,
        KIND_SET => (*(v as *const MgSet)).len,
        _ => return None,
    })
}

/// Python truthiness of a dynamic value. Instances are true: the checker
/// refuses truth tests of dynamic values in programs where a class
/// defines `__bool__` or `__len__`.
///
/// # Safety
/// `v` must be a valid dynamic value.
#[no_mangle]
pub unsafe extern "C-unwind" fn mg_dyn_truth(v: Dyn) -> i64 {
    let (t, s) = resolve(v as Slot);
    let truth = match t.kind {
        KIND_NONE => false,
        KIND_BOOL | KIND_INT => s != 0,
        KIND_FLOAT => f64::from_bits(s) != 0.0,
        _ => length(t, s).is_none_or(|n| n != 0),
    };
    i64::from(truth)
}

/// `len(v)`.
///
/// # Safety
/// `v` must be a valid dynamic value.
#[no_mangle]
pub unsafe extern "C-unwind" fn mg_dyn_len(v: Dyn) -> i64 {
    let (t, s) = resolve(v as Slot);
    match length(t, s) {
        Some(n) => n,
        None => raise_err(py_err(
            "TypeError",
            format!("object of type '{}' has no len()", value_type_name(t, s)),
        )),
    }
}

/// A number operand of an arithmetic operator.
#[derive(Clone, Copy)]
enum Num {
    Int(i64),
    Float(f64),
}

fn as_num(t: &MgType, v: Slot) -> Option<Num> {
    match t.kind {
        KIND_INT | KIND_BOOL => Some(Num::Int(v as i64)),
        KIND_FLOAT => Some(Num::Float(f64::from_bits(v))),
        _ => None,
    }
}

/// The operators of `mg_dyn_binop`, numbered as the IR's `BinOp`.
const OP_SYMBOLS: [&str; 12] = [
    "+", "-", "*", "/", "//", "%", "**", "<<", ">>", "&", "|", "^",
];
const ADD: i64 = 0;
const SUB: i64 = 1;
const MUL: i64 = 2;
const DIV: i64 = 3;
const FLOORDIV: i64 = 4;
const MOD: i64 = 5;
const POW: i64 = 6;
const LSHIFT: i64 = 7;
const RSHIFT: i64 = 8;
const AND: i64 = 9;
const OR: i64 = 10;
const XOR: i64 = 11;

fn int_box(v: i64) -> Dyn {
    // SAFETY: the static descriptor describes an int slot.
    unsafe { box_value(ty(crate::object::TYPE_INT.as_type()), v as Slot) }
}

fn float_box(v: f64) -> Dyn {
    // SAFETY: the static descriptor describes a float slot.
    unsafe { box_value(ty(TYPE_FLOAT.as_type()), v.to_bits()) }
}

fn bool_box(v: bool) -> Dyn {
    // SAFETY: the static descriptor describes a bool slot.
    unsafe { box_value(ty(TYPE_BOOL.as_type()), v as Slot) }
}

/// Python's floor division and modulo of ints (`b != 0`).
fn int_divmod(a: i64, b: i64) -> PyResult<(i64, i64)> {
    let q = a.checked_div(b).ok_or_else(overflow)?;
    let r = a - q * b;
    if r != 0 && ((r < 0) != (b < 0)) {
        Ok((q - 1, r + b))
    } else {
        Ok((q, r))
    }
}

/// An arithmetic operator on two numbers; `None` if the operator does not
/// apply to them (bitwise operators on floats).
fn num_op(op: i64, a: Num, b: Num, both_bool: bool) -> PyResult<Option<Dyn>> {
    use crate::num;
    let zero = |kind: i64| {
        Err(py_err(
            "ZeroDivisionError",
            crate::error::zero_div_message(kind),
        ))
    };
    if let (Num::Int(x), Num::Int(y)) = (a, b) {
        let r = match op {
            ADD => x.checked_add(y).ok_or_else(overflow)?,
            SUB => x.checked_sub(y).ok_or_else(overflow)?,
            MUL => x.checked_mul(y).ok_or_else(overflow)?,
            DIV => return Ok(Some(float_box(num::int_truediv(x, y)?))),
            FLOORDIV | MOD => {
                if y == 0 {
                    return zero(if op == MOD { 6 } else { 1 });
                }
                let (q, r) = int_divmod(x, y)?;
                if op == MOD {
                    r
                } else {
                    q
                }
            }
            POW if y < 0 => return Ok(Some(float_box(num::float_pow(x as f64, y as f64)?))),
            POW => num::int_pow(x, y)?,
            LSHIFT => num::int_shl(x, y)?,
            RSHIFT => num::int_shr(x, y)?,
            AND | OR | XOR => {
                let r = match op {
                    AND => x & y,
                    OR => x | y,
                    _ => x ^ y,
                };
                if both_bool {
                    return Ok(Some(bool_box(r != 0)));
                }
                r
            }
            _ => return Ok(None),
        };
        return Ok(Some(int_box(r)));
    }
    let f = |n: Num| match n {
        Num::Int(i) => i as f64,
        Num::Float(x) => x,
    };
    let (x, y) = (f(a), f(b));
    let r = match op {
        ADD => x + y,
        SUB => x - y,
        MUL => x * y,
        DIV => num::float_div(x, y)?,
        FLOORDIV => num::float_floordiv(x, y)?,
        MOD => num::float_mod(x, y)?,
        POW => num::float_pow(x, y)?,
        _ => return Ok(None),
    };
    Ok(Some(float_box(r)))
}

/// The `TypeError` of an operator that does not apply to its operands.
unsafe fn unsupported(op: i64, ta: &MgType, a: Slot, tb: &MgType, b: Slot) -> crate::error::PyErr {
    let (na, nb) = (value_type_name(ta, a), value_type_name(tb, b));
    let seq = matches!(ta.kind, KIND_STR | KIND_LIST | KIND_TUPLE);
    if op == ADD && seq {
        return py_err(
            "TypeError",
            format!("can only concatenate {na} (not \"{nb}\") to {na}"),
        );
    }
    if op == MUL && (seq || matches!(tb.kind, KIND_STR | KIND_LIST | KIND_TUPLE)) {
        let other = if seq { nb } else { na };
        return py_err(
            "TypeError",
            format!("can't multiply sequence by non-int of type '{other}'"),
        );
    }
    py_err(
        "TypeError",
        format!(
            "unsupported operand type(s) for {}: '{na}' and '{nb}'",
            OP_SYMBOLS[op as usize]
        ),
    )
}

/// The items of a list or tuple as dynamic values.
unsafe fn dyn_items(t: &MgType, v: Slot) -> Vec<Slot> {
    match t.kind {
        KIND_LIST => {
            let l = v as *const MgList;
            let et = ty((*l).elem);
            list_items(l)
                .iter()
                .map(|&x| mg_dyn_box(et, x) as Slot)
                .collect()
        }
        KIND_TUPLE => tuple_items(v as *const MgTuple)
            .iter()
            .enumerate()
            .map(|(i, &x)| mg_dyn_box(tuple_field(t, i), x) as Slot)
            .collect(),
        _ => Vec::new(),
    }
}

/// `seq * n` for a str, list or tuple.
unsafe fn repeat(t: &MgType, v: Slot, n: i64) -> PyResult<Dyn> {
    Ok(match t.kind {
        KIND_STR => box_value(t, crate::mg_str_repeat(v as *const MgStr, n) as Slot),
        KIND_LIST => box_value(t, crate::mg_list_repeat(v as *const MgList, n) as Slot),
        _ => {
            let items = dyn_items(t, v);
            let n = usize::try_from(n).unwrap_or(0);
            let all: Vec<Slot> = std::iter::repeat_n(items, n).flatten().collect();
            box_value(ty(TYPE_TUPLE_DYN.as_type()), new_tuple(&all) as Slot)
        }
    })
}

/// `a op b` on resolved operands.
unsafe fn binop(op: i64, ta: &MgType, a: Slot, tb: &MgType, b: Slot) -> PyResult<Dyn> {
    if let (Some(x), Some(y)) = (as_num(ta, a), as_num(tb, b)) {
        let both_bool = ta.kind == KIND_BOOL && tb.kind == KIND_BOOL;
        if let Some(r) = num_op(op, x, y, both_bool)? {
            return Ok(r);
        }
        return Err(unsupported(op, ta, a, tb, b));
    }
    match (op, ta.kind, tb.kind) {
        (ADD, KIND_STR, KIND_STR) => Ok(box_value(
            ta,
            crate::mg_str_concat(a as *const MgStr, b as *const MgStr) as Slot,
        )),
        (ADD, KIND_LIST, KIND_LIST) => {
            let (x, y) = (a as *const MgList, b as *const MgList);
            if same_type(ty((*x).elem), ty((*y).elem)) {
                return Ok(box_value(ta, crate::mg_list_concat(x, y) as Slot));
            }
            // Lists of different element types: a list of dynamic values.
            let mut items = dyn_items(ta, a);
            items.extend(dyn_items(tb, b));
            let l = list_from(TYPE_DYN.as_type(), &items);
            Ok(box_value(ty(TYPE_LIST_DYN.as_type()), l as Slot))
        }
        (ADD, KIND_TUPLE, KIND_TUPLE) => {
            let mut items = dyn_items(ta, a);
            items.extend(dyn_items(tb, b));
            Ok(box_value(
                ty(TYPE_TUPLE_DYN.as_type()),
                new_tuple(&items) as Slot,
            ))
        }
        (MUL, KIND_STR | KIND_LIST | KIND_TUPLE, KIND_INT | KIND_BOOL) => repeat(ta, a, b as i64),
        (MUL, KIND_INT | KIND_BOOL, KIND_STR | KIND_LIST | KIND_TUPLE) => repeat(tb, b, a as i64),
        (MOD, KIND_STR, _) => Err(py_err(
            "TypeError",
            "multigen: `%` formatting of a dynamic value is not supported",
        )),
        _ => Err(unsupported(op, ta, a, tb, b)),
    }
}

/// `a op b` (`op` numbered as the IR's `BinOp`) for dynamic values, with
/// CPython's results and `TypeError`s. Instances take no part: the checker
/// refuses operators on dynamic values where a class defines the special
/// method.
///
/// # Safety
/// `a` and `b` must be valid dynamic values.
#[no_mangle]
pub unsafe extern "C-unwind" fn mg_dyn_binop(op: i64, a: Dyn, b: Dyn) -> Dyn {
    let (ta, x) = resolve(a as Slot);
    let (tb, y) = resolve(b as Slot);
    ok_or_raise(binop(op, ta, x, tb, y))
}

/// `-v` (`op` 0) or `~v` (`op` 1) of a dynamic value.
///
/// # Safety
/// `v` must be a valid dynamic value.
#[no_mangle]
pub unsafe extern "C-unwind" fn mg_dyn_unop(op: i64, v: Dyn) -> Dyn {
    let (t, s) = resolve(v as Slot);
    let r = match (op, as_num(t, s)) {
        (0, Some(Num::Int(i))) => i.checked_neg().map(int_box).ok_or_else(overflow),
        (0, Some(Num::Float(f))) => Ok(float_box(-f)),
        (1, Some(Num::Int(i))) => Ok(int_box(!i)),
        _ => Err(py_err(
            "TypeError",
            format!(
                "bad operand type for unary {}: '{}'",
                if op == 0 { "-" } else { "~" },
                value_type_name(t, s)
            ),
        )),
    };
    ok_or_raise(r)
}

/// The code points of a str, each a new str.
unsafe fn chars(s: *const MgStr) -> Vec<Slot> {
    let text = MgStr::text(s);
    let mut buf = [0u8; 4];
    text.chars()
        .map(|c| value::new_str(c.encode_utf8(&mut buf).as_bytes()) as Slot)
        .collect()
}

/// What iterating over `v` yields, as dynamic values: the items of a list
/// or tuple, a dict's keys, a set's elements, a str's characters.
unsafe fn iter_items(t: &MgType, v: Slot) -> PyResult<Vec<Slot>> {
    Ok(match t.kind {
        KIND_LIST | KIND_TUPLE => dyn_items(t, v),
        KIND_STR => chars(v as *const MgStr)
            .into_iter()
            .map(|s| box_value(ty(TYPE_STR.as_type()), s) as Slot)
            .collect(),
        KIND_DICT => entries(v as *const MgDict, 0),
        KIND_SET => {
            let s = v as *const MgSet;
            let et = ty((*s).elem);
            set::slots(s)
                .map(|(_, x, _)| mg_dyn_box(et, x) as Slot)
                .collect()
        }
        _ => {
            return Err(py_err(
                "TypeError",
                format!("'{}' object is not iterable", value_type_name(t, v)),
            ))
        }
    })
}

/// A dict's keys (0), values (1) or `(key, value)` pairs (2) as dynamic
/// values; (3) the pairs as `tuple[Any, Any]` slots (not boxed).
unsafe fn entries(d: *const MgDict, what: i64) -> Vec<Slot> {
    let (kt, vt) = (ty((*d).key_t), ty((*d).val_t));
    let mut out = Vec::with_capacity((*d).len as usize);
    let mut i = dict::next_entry(d, 0);
    while i >= 0 {
        let (k, v) = (*(*d).keys.add(i as usize), *(*d).values.add(i as usize));
        i = dict::next_entry(d, i + 1);
        let (k, v) = (mg_dyn_box(kt, k) as Slot, mg_dyn_box(vt, v) as Slot);
        out.push(match what {
            0 => k,
            1 => v,
            3 => new_tuple(&[k, v]) as Slot,
            _ => box_value(ty(TYPE_TUPLE_DYN.as_type()), new_tuple(&[k, v]) as Slot) as Slot,
        });
    }
    out
}

/// The items a `for` loop over `v` visits, as a new `list[Any]` (a
/// snapshot: changes to `v` during the loop are not seen).
///
/// # Safety
/// `v` must be a valid dynamic value.
#[no_mangle]
pub unsafe extern "C-unwind" fn mg_dyn_iter(v: Dyn) -> *mut MgList {
    let (t, s) = resolve(v as Slot);
    let items = ok_or_raise(iter_items(t, s));
    list_from(TYPE_DYN.as_type(), &items)
}

/// `v.keys()` (0), `v.values()` (1) or `v.items()` (2) of a dict held in a
/// dynamic value, as a new list of dynamic values (`items()` gives
/// boxed `tuple[Any, ...]` pairs; 3 gives a `list[tuple[Any, Any]]`);
/// `AttributeError` for other values.
///
/// # Safety
/// `v` must be a valid dynamic value.
#[no_mangle]
pub unsafe extern "C-unwind" fn mg_dyn_entries(v: Dyn, what: i64) -> *mut MgList {
    let (t, s) = resolve(v as Slot);
    if t.kind != KIND_DICT {
        let name = ["keys", "values", "items", "items"][what.clamp(0, 3) as usize];
        no_attr(t, s, name);
    }
    let items = entries(s as *const MgDict, what);
    let elem = if what == 3 {
        TYPE_PAIR_DYN.as_type()
    } else {
        TYPE_DYN.as_type()
    };
    list_from(elem, &items)
}

/// Raises CPython's `AttributeError` for a missing attribute.
unsafe fn no_attr(t: &MgType, s: Slot, name: &str) -> ! {
    raise_err(py_err(
        "AttributeError",
        format!(
            "'{}' object has no attribute '{name}'",
            value_type_name(t, s)
        ),
    ))
}

/// Attribute `name` of `v` where no class of the program matches `v`:
/// the attributes of instances are resolved at compile time (a test of
/// each class that has the attribute), so this only raises CPython's
/// `AttributeError`.
///
/// # Safety
/// `v` must be a valid dynamic value and `name` a valid string.
#[no_mangle]
pub unsafe extern "C-unwind" fn mg_dyn_getattr(v: Dyn, name: *const MgStr) -> Dyn {
    let (t, s) = resolve(v as Slot);
    no_attr(t, s, MgStr::text(name))
}

/// `type(v).__name__` of a dynamic value.
///
/// # Safety
/// `v` must be a valid dynamic value.
#[no_mangle]
pub unsafe extern "C-unwind" fn mg_dyn_type_name(v: Dyn) -> *const MgStr {
    let (t, s) = resolve(v as Slot);
    value::new_str(value_type_name(t, s).as_bytes())
}

/// A sequence index: an int (or bool), counted from the end when
/// negative, checked against `len`.
unsafe fn seq_index(
    what: &str,
    idx: Slot,
    len: i64,
    range_msg: &str,
    type_msg: impl Fn(&str) -> String,
) -> PyResult<usize> {
    let (it, i) = resolve(idx);
    if !matches!(it.kind, KIND_INT | KIND_BOOL) {
        let _ = what;
        return Err(py_err("TypeError", type_msg(value_type_name(it, i))));
    }
    let i = i as i64;
    let k = if i < 0 { i + len } else { i };
    if k < 0 || k >= len {
        return Err(py_err("IndexError", range_msg));
    }
    Ok(k as usize)
}

/// The dynamic key `k` as a key slot of a dict with key type `kt`, or
/// `None` if no key of that type can equal it.
unsafe fn dict_key(kt: &MgType, k: Slot) -> Option<Slot> {
    if kt.kind == KIND_DYN {
        return Some(k);
    }
    let (t, s) = resolve(k);
    if same_type(t, kt) {
        return Some(s);
    }
    // Numbers equal across types are the same key (`d[1]` finds `1.0`).
    match (kt.kind, as_num(t, s)?) {
        (KIND_INT, Num::Int(i)) => Some(i as Slot),
        (KIND_INT, Num::Float(f)) if f.fract() == 0.0 && f.abs() < 9.2e18 => Some(f as i64 as Slot),
        (KIND_FLOAT, Num::Int(i)) if (i as f64) as i64 == i => Some((i as f64).to_bits()),
        _ => None,
    }
}

/// The value slot of key `k` in dict `d`, if present.
unsafe fn dict_lookup(d: *const MgDict, k: Slot) -> PyResult<Option<Slot>> {
    // An unhashable key raises even when no key could match.
    hash(ty(TYPE_DYN.as_type()), k)?;
    let Some(key) = dict_key(ty((*d).key_t), k) else {
        return Ok(None);
    };
    let p = dict::get_ptr(d, key)?;
    Ok((!p.is_null()).then(|| *p))
}

/// `v[k]`.
unsafe fn getitem(v: Slot, k: Slot) -> PyResult<Dyn> {
    let (t, s) = resolve(v);
    match t.kind {
        KIND_LIST => {
            let l = s as *const MgList;
            let i = seq_index("list", k, (*l).len, "list index out of range", |n| {
                format!("list indices must be integers or slices, not {n}")
            })?;
            Ok(mg_dyn_box((*l).elem, *(*l).items.add(i)))
        }
        KIND_TUPLE => {
            let items = tuple_items(s as *const MgTuple);
            let i = seq_index(
                "tuple",
                k,
                items.len() as i64,
                "tuple index out of range",
                |n| format!("tuple indices must be integers or slices, not {n}"),
            )?;
            Ok(mg_dyn_box(tuple_field(t, i), items[i]))
        }
        KIND_STR => {
            let st = s as *const MgStr;
            let i = seq_index("str", k, (*st).nchars, "string index out of range", |n| {
                format!("string indices must be integers, not '{n}'")
            })?;
            let c = chars(st)[i];
            Ok(box_value(t, c))
        }
        KIND_DICT => {
            let d = s as *const MgDict;
            match dict_lookup(d, k)? {
                Some(x) => Ok(mg_dyn_box((*d).val_t, x)),
                None => Err(dict::key_error(ty(TYPE_DYN.as_type()), k)),
            }
        }
        _ => Err(py_err(
            "TypeError",
            format!("'{}' object is not subscriptable", value_type_name(t, s)),
        )),
    }
}

/// `v[k]` for a dynamic container and key, as a dynamic value.
///
/// # Safety
/// `v` and `k` must be valid dynamic values.
#[no_mangle]
pub unsafe extern "C-unwind" fn mg_dyn_getitem(v: Dyn, k: Dyn) -> Dyn {
    ok_or_raise(getitem(v as Slot, k as Slot))
}

/// `d.get(k, default)` of a dict held in a dynamic value.
///
/// # Safety
/// `v`, `k` and `default` must be valid dynamic values.
#[no_mangle]
pub unsafe extern "C-unwind" fn mg_dyn_get(v: Dyn, k: Dyn, default: Dyn) -> Dyn {
    let (t, s) = resolve(v as Slot);
    if t.kind != KIND_DICT {
        no_attr(t, s, "get");
    }
    let d = s as *const MgDict;
    match ok_or_raise(dict_lookup(d, k as Slot)) {
        Some(x) => mg_dyn_box((*d).val_t, x),
        None => default,
    }
}

/// `v[k] = x`. The value is stored in the container's own element type,
/// so a value of another type raises multigen's `TypeError` (see
/// [`to_slot`]).
unsafe fn setitem(v: Slot, k: Slot, x: Slot) -> PyResult<()> {
    let (t, s) = resolve(v);
    match t.kind {
        KIND_LIST => {
            let l = s as *mut MgList;
            let i = seq_index(
                "list",
                k,
                (*l).len,
                "list assignment index out of range",
                |n| format!("list indices must be integers or slices, not {n}"),
            )?;
            let slot = to_slot(x, ty((*l).elem))?;
            *(*l).items.add(i) = slot;
            Ok(())
        }
        KIND_DICT => {
            let d = s as *mut MgDict;
            hash(ty(TYPE_DYN.as_type()), k)?;
            let kt = ty((*d).key_t);
            let key = match dict_key(kt, k) {
                Some(key) => key,
                None => to_slot(k, kt)?,
            };
            let val = to_slot(x, ty((*d).val_t))?;
            dict::set(d, key, val)
        }
        _ => Err(py_err(
            "TypeError",
            format!(
                "'{}' object does not support item assignment",
                value_type_name(t, s)
            ),
        )),
    }
}

/// `v[k] = x` for a dynamic container.
///
/// # Safety
/// `v`, `k` and `x` must be valid dynamic values.
#[no_mangle]
pub unsafe extern "C-unwind" fn mg_dyn_setitem(v: Dyn, k: Dyn, x: Dyn) {
    ok_or_raise(setitem(v as Slot, k as Slot, x as Slot))
}

/// `v.append(x)` of a list held in a dynamic value (the element is stored
/// in the list's own element type, see [`to_slot`]).
///
/// # Safety
/// `v` and `x` must be valid dynamic values.
#[no_mangle]
pub unsafe extern "C-unwind" fn mg_dyn_append(v: Dyn, x: Dyn) {
    let (t, s) = resolve(v as Slot);
    if t.kind != KIND_LIST {
        no_attr(t, s, "append");
    }
    let l = s as *mut MgList;
    let slot = ok_or_raise(to_slot(x as Slot, ty((*l).elem)));
    append(l, slot);
}

/// `item in container` for dynamic values.
///
/// # Safety
/// `c` and `item` must be valid dynamic values.
#[no_mangle]
pub unsafe extern "C-unwind" fn mg_dyn_contains(c: Dyn, item: Dyn) -> i64 {
    let (t, s) = resolve(c as Slot);
    let dynt = ty(TYPE_DYN.as_type());
    let found = match t.kind {
        KIND_DICT => ok_or_raise(dict_lookup(s as *const MgDict, item as Slot)).is_some(),
        KIND_STR => {
            let (it, i) = resolve(item as Slot);
            if it.kind != KIND_STR {
                raise_err(py_err(
                    "TypeError",
                    format!(
                        "'in <string>' requires string as left operand, not {}",
                        value_type_name(it, i)
                    ),
                ));
            }
            crate::mg_str_contains(s as *const MgStr, i as *const MgStr) != 0
        }
        KIND_LIST | KIND_TUPLE | KIND_SET => {
            if t.kind == KIND_SET {
                ok_or_raise(hash(dynt, item as Slot));
            }
            ok_or_raise(iter_items(t, s))
                .iter()
                .any(|&x| value::eq(dynt, item as Slot, dynt, x))
        }
        _ => raise_err(py_err(
            "TypeError",
            format!(
                "argument of type '{}' is not iterable",
                value_type_name(t, s)
            ),
        )),
    };
    i64::from(found)
}

/// `int(v)` of a dynamic value: ints and bools as they are, floats
/// truncated, strs parsed, CPython's `TypeError` for the rest.
///
/// # Safety
/// `v` must be a valid dynamic value.
#[no_mangle]
pub unsafe extern "C-unwind" fn mg_dyn_int(v: Dyn) -> i64 {
    let (t, s) = resolve(v as Slot);
    match t.kind {
        KIND_INT | KIND_BOOL => s as i64,
        KIND_FLOAT => crate::mg_float_to_int(f64::from_bits(s)),
        KIND_STR => crate::mg_int_from_str(s as *const MgStr),
        _ => raise_err(py_err(
            "TypeError",
            format!(
                "int() argument must be a string, a bytes-like object or a real number, not '{}'",
                value_type_name(t, s)
            ),
        )),
    }
}

/// `float(v)` of a dynamic value.
///
/// # Safety
/// `v` must be a valid dynamic value.
#[no_mangle]
pub unsafe extern "C-unwind" fn mg_dyn_float(v: Dyn) -> f64 {
    let (t, s) = resolve(v as Slot);
    match t.kind {
        KIND_INT | KIND_BOOL => s as i64 as f64,
        KIND_FLOAT => f64::from_bits(s),
        KIND_STR => crate::mg_float_from_str(s as *const MgStr),
        _ => raise_err(py_err(
            "TypeError",
            format!(
                "float() argument must be a string or a real number, not '{}'",
                value_type_name(t, s)
            ),
        )),
    }
}
