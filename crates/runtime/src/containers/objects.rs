//! Class instances ("objects") in the type-generic value operations:
//! `repr`, `str`, `==`, `hash` and ordering dispatch to the methods of the
//! instance's class (searched along its ancestors), with CPython's
//! fallbacks and reflected operations.

use crate::error::{py_err, PyResult};
use crate::exc::{write_exc_repr, write_exc_str};
use crate::object::{
    CmpMethod, MgClass, MgObject, MgType, CLASS_EXCEPTION, CLASS_UNHASHABLE, KIND_BOOL, KIND_DICT,
    KIND_FLOAT, KIND_INT, KIND_LIST, KIND_OBJECT, KIND_OPTIONAL, KIND_SET, KIND_TUPLE, TYPE_NONE,
};
use crate::MgStr;

use super::value::{fix_hash, ty, type_name, Sink, Slot, OP_GE, OP_GT, OP_LE, OP_LT};

/// The instance in an object slot.
fn obj(v: Slot) -> *mut MgObject {
    v as *mut MgObject
}

/// The class of the instance in an object slot.
///
/// # Safety
/// `v` must hold a valid instance.
pub(crate) unsafe fn class_of<'a>(v: Slot) -> &'a MgClass {
    &*(*obj(v)).cls
}

/// Resolves an `Optional` value to what it holds: `None` (with the `None`
/// descriptor), or the inner value (unboxed if the inner type is `int`,
/// `float` or `bool`). Values of other types are returned unchanged.
///
/// # Safety
/// `v` must be a valid value of type `t`.
pub(crate) unsafe fn norm(t: &MgType, v: Slot) -> (&MgType, Slot) {
    if t.kind == crate::object::KIND_DYN {
        return crate::dynamic::resolve(v);
    }
    if t.kind != KIND_OPTIONAL {
        return (t, v);
    }
    if v == 0 {
        return (ty(TYPE_NONE.as_type()), 0);
    }
    let inner = t.arg(0);
    match inner.kind {
        KIND_INT | KIND_FLOAT | KIND_BOOL => (inner, *(v as *const Slot)),
        _ => norm(inner, v),
    }
}

/// The name of the type of the value `v` (of static type `t`), for error
/// messages: the class name for an instance, `NoneType` for an empty
/// `Optional`.
///
/// # Safety
/// `v` must be a valid value of type `t`.
pub(crate) unsafe fn value_type_name(t: &MgType, v: Slot) -> &'static str {
    let (t, v) = norm(t, v);
    if t.kind == KIND_OBJECT {
        return class_of(v).name();
    }
    if t.kind == KIND_FLOAT && crate::numtower::unbox(f64::from_bits(v)).is_some() {
        return "int";
    }
    type_name(t)
}

/// Whether values of type `t` may run user code when hashed, compared or
/// formatted (they are or contain class instances).
pub(crate) fn may_call_user(t: &MgType) -> bool {
    match t.kind {
        KIND_OBJECT | crate::object::KIND_DYN => true,
        // SAFETY: descriptors list exactly `nargs` valid arguments.
        KIND_OPTIONAL | KIND_TUPLE | KIND_LIST | KIND_DICT | KIND_SET => {
            (0..t.nargs as usize).any(|i| may_call_user(unsafe { t.arg(i) }))
        }
        _ => false,
    }
}

/// Writes `repr(v)` for an instance: the class's `__repr__`, CPython's
/// exception repr for exceptions, else `<__main__.Name object at 0x...>`.
///
/// # Safety
/// `v` must hold a valid instance.
pub(crate) unsafe fn write_object_repr(v: Slot, out: &mut impl Sink) {
    let cls = class_of(v);
    if let Some(f) = cls.find(|c| c.repr) {
        out.put(MgStr::bytes(f(obj(v))));
    } else if cls.flags & CLASS_EXCEPTION != 0 {
        write_exc_repr(obj(v).cast(), out);
    } else {
        out.put(b"<");
        out.put(cls.module().unwrap_or("__main__").as_bytes());
        out.put(b".");
        out.put(cls.name().as_bytes());
        out.put(b" object at 0x");
        out.put(format!("{v:x}").as_bytes());
        out.put(b">");
    }
}

/// Writes `str(v)` for an instance: the class's `__str__`, the exception
/// message for exceptions, else `repr(v)`.
///
/// # Safety
/// `v` must hold a valid instance.
pub(crate) unsafe fn write_object_str(v: Slot, out: &mut impl Sink) {
    let cls = class_of(v);
    if let Some(f) = cls.find(|c| c.str) {
        out.put(MgStr::bytes(f(obj(v))));
    } else if cls.flags & CLASS_EXCEPTION != 0 {
        write_exc_str(obj(v).cast(), out);
    } else {
        write_object_repr(v, out);
    }
}

/// Calls a comparison method; `None` for `NotImplemented` (or no method).
unsafe fn call(m: Option<CmpMethod>, a: Slot, b: Slot) -> Option<bool> {
    match m?(obj(a), obj(b)) {
        -1 => None,
        r => Some(r != 0),
    }
}

/// Whether `b`'s class is a proper subclass of `a`'s, in which case CPython
/// tries `b`'s reflected method first.
unsafe fn reflected_first(a: Slot, b: Slot) -> bool {
    let (ca, cb) = (class_of(a), class_of(b));
    !std::ptr::eq(ca, cb) && cb.is_subclass(ca)
}

/// Python's `a == b` for two instances: `a.__eq__(b)`, then the reflected
/// `b.__eq__(a)` (first, if `b`'s class derives from `a`'s), then
/// identity.
///
/// # Safety
/// `a` and `b` must hold valid instances.
pub(crate) unsafe fn object_eq(a: Slot, b: Slot) -> bool {
    let fa = class_of(a).find(|c| c.eq);
    let fb = class_of(b).find(|c| c.eq);
    let r = if reflected_first(a, b) {
        call(fb, b, a).or_else(|| call(fa, a, b))
    } else {
        call(fa, a, b).or_else(|| call(fb, b, a))
    };
    r.unwrap_or(a == b)
}

/// Selects one comparison method of a class.
type MethodOf = fn(&MgClass) -> Option<CmpMethod>;

/// The method of an ordering operator and of its reflection.
fn order_methods(op: i64) -> (MethodOf, MethodOf) {
    match op {
        OP_LT => (|c| c.lt, |c| c.gt),
        OP_LE => (|c| c.le, |c| c.ge),
        OP_GT => (|c| c.gt, |c| c.lt),
        _ => {
            debug_assert_eq!(op, OP_GE);
            (|c| c.ge, |c| c.le)
        }
    }
}

/// Python's `a <op> b` for two instances (`op` an ordering operator):
/// `a.__lt__(b)`, then the reflection `b.__gt__(a)` (first, if `b`'s class
/// derives from `a`'s); `None` if both are missing or `NotImplemented`
/// (CPython's `TypeError`).
///
/// # Safety
/// `a` and `b` must hold valid instances.
pub(crate) unsafe fn object_order(a: Slot, b: Slot, op: i64) -> Option<bool> {
    let (forward, reflected) = order_methods(op);
    let fa = class_of(a).find(forward);
    let fb = class_of(b).find(reflected);
    if reflected_first(a, b) {
        call(fb, b, a).or_else(|| call(fa, a, b))
    } else {
        call(fa, a, b).or_else(|| call(fb, b, a))
    }
}

/// CPython's `_Py_HashPointer`: the address rotated right by 4 bits.
pub(crate) fn hash_pointer(p: usize) -> i64 {
    fix_hash(p.rotate_right(4) as i64)
}

/// `hash(v)` for an instance: the class's `__hash__`, `TypeError` for an
/// unhashable class (one that defines `__eq__` but not `__hash__`), else
/// the identity hash.
///
/// # Safety
/// `v` must hold a valid instance.
pub(crate) unsafe fn object_hash(v: Slot) -> PyResult<i64> {
    for c in class_of(v).ancestry() {
        if let Some(f) = c.hash {
            return Ok(fix_hash(f(obj(v))));
        }
        if c.flags & CLASS_UNHASHABLE != 0 {
            return Err(py_err(
                "TypeError",
                format!("unhashable type: '{}'", class_of(v).name()),
            ));
        }
    }
    Ok(hash_pointer(v as usize))
}
