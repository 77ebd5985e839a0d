//! Unit tests of class instances and `Optional` values in the generic value
//! operations (expectations checked against python3.11 by hand).

use std::cell::RefCell;
use std::ffi::CStr;
use std::ptr::null;

use crate::object::{
    MgClass, MgObject, MgType, MgTypeN, CLASS_UNHASHABLE, KIND_INT, KIND_LIST, KIND_OBJECT,
    KIND_OPTIONAL, KIND_STR, KIND_TUPLE, TYPE_NONE,
};
use crate::test_support::on_gc_thread;
use crate::MgStr;

use super::objects::{hash_pointer, may_call_user};
use super::value::{self, new_str, Slot, OP_EQ, OP_GT, OP_LE, OP_LT, OP_NE};
use super::{dict, list, mem::new_tuple, set};

// ---------------------------------------------------------------------------
// Descriptors, classes and helpers
// ---------------------------------------------------------------------------

const fn desc(kind: i64) -> MgTypeN<0> {
    MgTypeN {
        kind,
        nargs: 0,
        args: [],
    }
}

const fn desc1(kind: i64, arg: *const MgType) -> MgTypeN<1> {
    MgTypeN {
        kind,
        nargs: 1,
        args: [arg],
    }
}

static T_INT: MgTypeN<0> = desc(KIND_INT);
static T_STR: MgTypeN<0> = desc(KIND_STR);
static T_OBJ: MgTypeN<0> = desc(KIND_OBJECT);
static T_LIST_OBJ: MgTypeN<1> = desc1(KIND_LIST, T_OBJ.as_type());
static T_OPT_INT: MgTypeN<1> = desc1(KIND_OPTIONAL, T_INT.as_type());
static T_OPT_STR: MgTypeN<1> = desc1(KIND_OPTIONAL, T_STR.as_type());
static T_OPT_OBJ: MgTypeN<1> = desc1(KIND_OPTIONAL, T_OBJ.as_type());
static T_LIST_OPT_INT: MgTypeN<1> = desc1(KIND_LIST, T_OPT_INT.as_type());
static T_TUPLE_STR: MgTypeN<1> = desc1(KIND_TUPLE, T_STR.as_type());

fn t<const N: usize>(d: &'static MgTypeN<N>) -> &'static MgType {
    // SAFETY: the statics above are valid descriptors.
    unsafe { &*d.as_type() }
}

const fn class(name: &'static CStr, parent: *const MgClass) -> MgClass {
    MgClass {
        name: name.as_ptr(),
        module: null(),
        parent,
        flags: 0,
        repr: None,
        str: None,
        eq: None,
        hash: None,
        lt: None,
        le: None,
        gt: None,
        ge: None,
        attrs: null(),
    }
}

thread_local! {
    static LOG: RefCell<Vec<String>> = const { RefCell::new(Vec::new()) };
}

fn log(entry: String) {
    LOG.with(|l| l.borrow_mut().push(entry));
}

fn take_log() -> Vec<String> {
    LOG.with(|l| std::mem::take(&mut *l.borrow_mut()))
}

/// The single `int` field of the test instances.
unsafe fn field(o: *mut MgObject) -> i64 {
    *(o as *const i64).add(1)
}

/// A new instance of `cls` with one field holding `v`.
fn obj(cls: &'static MgClass, v: i64) -> Slot {
    let p = crate::mg_alloc(16) as *mut i64;
    // SAFETY: a fresh 16-byte block.
    unsafe {
        *p = cls as *const MgClass as i64;
        *p.add(1) = v;
    }
    p as Slot
}

unsafe extern "C-unwind" fn p_repr(o: *mut MgObject) -> *const MgStr {
    new_str(format!("P({})", field(o)).as_bytes())
}

unsafe extern "C-unwind" fn p_eq(a: *mut MgObject, b: *mut MgObject) -> i64 {
    log(format!("eq {} {}", field(a), field(b)));
    i64::from(field(a) == field(b))
}

unsafe extern "C-unwind" fn q_eq(a: *mut MgObject, b: *mut MgObject) -> i64 {
    log(format!("Q.eq {} {}", field(a), field(b)));
    i64::from(field(a) == field(b))
}

unsafe extern "C-unwind" fn p_hash(o: *mut MgObject) -> i64 {
    field(o)
}

unsafe extern "C-unwind" fn p_lt(a: *mut MgObject, b: *mut MgObject) -> i64 {
    log(format!("lt {} {}", field(a), field(b)));
    i64::from(field(a) < field(b))
}

unsafe extern "C-unwind" fn not_implemented(_: *mut MgObject, _: *mut MgObject) -> i64 {
    -1
}

unsafe extern "C-unwind" fn s_str(o: *mut MgObject) -> *const MgStr {
    new_str(format!("str {}", field(o)).as_bytes())
}

static POINT: MgClass = MgClass {
    repr: Some(p_repr),
    eq: Some(p_eq),
    hash: Some(p_hash),
    lt: Some(p_lt),
    ..class(c"Point", null())
};
static QPOINT: MgClass = MgClass {
    eq: Some(q_eq),
    ..class(c"QPoint", &POINT)
};
static PLAIN: MgClass = class(c"Plain", null());
static BAG: MgClass = MgClass {
    eq: Some(p_eq),
    flags: CLASS_UNHASHABLE,
    ..class(c"Bag", null())
};
static SUB_BAG: MgClass = class(c"SubBag", &BAG);
static SHY: MgClass = MgClass {
    eq: Some(not_implemented),
    lt: Some(not_implemented),
    ..class(c"Shy", null())
};
static STRY: MgClass = MgClass {
    str: Some(s_str),
    ..class(c"Stry", null())
};

unsafe fn repr(ty: &MgType, v: Slot) -> String {
    value::repr_text(ty, v)
}

unsafe fn str_of(ty: &MgType, v: Slot) -> String {
    let mut out = Vec::new();
    value::write_str(ty, v, &mut out);
    String::from_utf8(out).unwrap()
}

fn type_error(r: crate::error::PyResult<impl std::fmt::Debug>) -> String {
    let (ty, msg) = r.expect_err("expected a TypeError").text();
    assert_eq!(ty, "TypeError");
    msg
}

unsafe fn objects_list(items: &[Slot]) -> *mut crate::object::MgList {
    list::list_from(T_OBJ.as_type(), items)
}

unsafe fn fields(l: *const crate::object::MgList) -> Vec<i64> {
    value::list_items(l)
        .iter()
        .map(|&v| field(v as *mut MgObject))
        .collect()
}

/// An `Optional[int]` holding `v` (boxed).
fn some_int(v: i64) -> Slot {
    let cell = crate::mg_alloc(8) as *mut i64;
    // SAFETY: a fresh 8-byte block.
    unsafe { *cell = v };
    cell as Slot
}

// ---------------------------------------------------------------------------
// Objects
// ---------------------------------------------------------------------------

#[test]
fn object_repr_and_str() {
    on_gc_thread(|| unsafe {
        let o = t(&T_OBJ);
        let p = obj(&POINT, 3);
        assert_eq!(repr(o, p), "P(3)");
        assert_eq!(str_of(o, p), "P(3)", "str falls back to __repr__");
        assert_eq!(repr(o, obj(&QPOINT, 4)), "P(4)", "inherited __repr__");
        let plain = obj(&PLAIN, 0);
        let default = format!("<__main__.Plain object at 0x{plain:x}>");
        assert_eq!(repr(o, plain), default);
        assert_eq!(str_of(o, plain), default);
        let s = obj(&STRY, 5);
        assert_eq!(str_of(o, s), "str 5");
        assert!(repr(o, s).starts_with("<__main__.Stry object at 0x"));
        let l = objects_list(&[obj(&POINT, 1), obj(&POINT, 2)]);
        assert_eq!(repr(t(&T_LIST_OBJ), l as Slot), "[P(1), P(2)]");
        assert_eq!(str_of(t(&T_LIST_OBJ), l as Slot), "[P(1), P(2)]");
        // Exceptions in generic code.
        let args = new_tuple(&[new_str(b"bad") as Slot]);
        let e = crate::mg_exc_new(
            &crate::exc::mg_class_ValueError,
            56,
            args,
            T_TUPLE_STR.as_type(),
        );
        assert_eq!(repr(o, e as Slot), "ValueError('bad')");
        assert_eq!(str_of(o, e as Slot), "bad");
        assert_eq!(value::value_type_name(o, e as Slot), "ValueError");
        assert_eq!(value::value_type_name(o, p), "Point");
        assert!(t(&T_OBJ).is_pointer() && t(&T_OPT_INT).is_pointer());
        assert!(may_call_user(t(&T_OBJ)) && may_call_user(t(&T_LIST_OBJ)));
        assert!(may_call_user(t(&T_OPT_OBJ)) && !may_call_user(t(&T_OPT_INT)));
        // print() of an object builds the text first; `%s` uses str().
        let fmt = new_str(b"%s");
        let got = crate::mg_percent_format(fmt, s, T_OBJ.as_type());
        assert_eq!(MgStr::text(got), "str 5");
        assert_eq!(MgStr::text(crate::mg_str_of(T_OBJ.as_type(), s)), "str 5");
    });
}

#[test]
fn object_equality() {
    let log = on_gc_thread(|| unsafe {
        let o = t(&T_OBJ);
        let (p1, p1b, p2) = (obj(&POINT, 1), obj(&POINT, 1), obj(&POINT, 2));
        let mut logs = Vec::new();
        assert!(value::eq_top(o, p1, o, p1b));
        assert!(!value::eq_top(o, p1, o, p2));
        assert!(value::compare(o, p1, o, p2, OP_NE).unwrap());
        logs.push(take_log());
        // Container semantics: an object equals itself without __eq__;
        // the `==` operator calls it.
        assert!(value::eq(o, p1, o, p1));
        logs.push(take_log());
        assert!(value::eq_top(o, p1, o, p1));
        assert!(value::compare(o, p1, o, p1, OP_EQ).unwrap());
        logs.push(take_log());
        // Without __eq__: identity.
        let (a, b) = (obj(&PLAIN, 1), obj(&PLAIN, 1));
        assert!(value::eq_top(o, a, o, a) && !value::eq_top(o, a, o, b));
        // NotImplemented: the reflected method decides.
        let shy = obj(&SHY, 1);
        assert!(value::eq_top(o, shy, o, p1));
        assert!(!value::eq_top(o, shy, o, p2));
        logs.push(take_log());
        // Both NotImplemented: identity.
        assert!(value::eq_top(o, shy, o, shy) && !value::eq_top(o, shy, o, obj(&SHY, 1)));
        // A subclass's reflected method goes first.
        assert!(value::eq_top(o, p1, o, obj(&QPOINT, 1)));
        logs.push(take_log());
        // Lists compare items with __eq__ (after identity).
        let l1 = objects_list(&[p1, p2]);
        let l2 = objects_list(&[p1b, p2]);
        assert!(value::eq(
            t(&T_LIST_OBJ),
            l1 as Slot,
            t(&T_LIST_OBJ),
            l2 as Slot
        ));
        assert!(list::contains(l1, p1b));
        logs.push(take_log());
        logs
    });
    assert_eq!(
        log,
        [
            vec!["eq 1 1", "eq 1 2", "eq 1 2"],
            vec![],
            vec!["eq 1 1", "eq 1 1"],
            vec!["eq 1 1", "eq 2 1"],
            vec!["Q.eq 1 1"],
            vec!["eq 1 1", "eq 1 1"],
        ]
    );
}

#[test]
fn object_hashing_and_dict_keys() {
    on_gc_thread(|| unsafe {
        let o = t(&T_OBJ);
        assert_eq!(value::hash(o, obj(&POINT, 5)).unwrap(), 5);
        assert_eq!(value::hash(o, obj(&POINT, -1)).unwrap(), -2);
        let plain = obj(&PLAIN, 0);
        assert_eq!(value::hash(o, plain).unwrap(), hash_pointer(plain as usize));
        assert_eq!(
            hash_pointer(0x7f12_3456_7890),
            (0x7f12_3456_7890usize >> 4 | 0x7f12_3456_7890usize << 60) as i64
        );
        assert_eq!(
            type_error(value::hash(o, obj(&BAG, 1))),
            "unhashable type: 'Bag'"
        );
        assert_eq!(
            type_error(value::hash(o, obj(&SUB_BAG, 1))),
            "unhashable type: 'SubBag'"
        );
        // Equal objects are the same dict key and set element.
        let d = dict::new_dict(T_OBJ.as_type(), T_INT.as_type());
        dict::set(d, obj(&POINT, 1), 10).unwrap();
        dict::set(d, obj(&POINT, 2), 20).unwrap();
        dict::set(d, obj(&POINT, 1), 11).unwrap();
        assert_eq!((*d).len, 2);
        assert_eq!(*dict::get_ptr(d, obj(&POINT, 1)).unwrap(), 11);
        let s = set::new_set(T_OBJ.as_type());
        set::add(s, obj(&POINT, 7)).unwrap();
        set::add(s, obj(&POINT, 7)).unwrap();
        assert_eq!((*s).len, 1);
        assert_eq!(
            set::remove(s, obj(&POINT, 8)).unwrap_err().text(),
            ("KeyError", "P(8)".to_owned())
        );
        take_log();
    });
}

#[test]
fn object_ordering_and_sorting() {
    let log = on_gc_thread(|| unsafe {
        let o = t(&T_OBJ);
        let (p1, p2) = (obj(&POINT, 1), obj(&POINT, 2));
        assert!(value::compare(o, p1, o, p2, OP_LT).unwrap());
        take_log();
        // `a > b` is `b < a` when only __lt__ is defined.
        assert!(value::compare(o, p2, o, p1, OP_GT).unwrap());
        let reflected = take_log();
        assert_eq!(
            type_error(value::compare(o, p1, o, p2, OP_LE)),
            "'<=' not supported between instances of 'Point' and 'Point'"
        );
        let plain = obj(&PLAIN, 0);
        assert_eq!(
            type_error(value::compare(o, plain, o, plain, OP_LT)),
            "'<' not supported between instances of 'Plain' and 'Plain'"
        );
        assert_eq!(
            type_error(value::compare(o, obj(&SHY, 1), o, p1, OP_LT)),
            "'<' not supported between instances of 'Shy' and 'Point'"
        );
        // Sorting, min and max use __lt__.
        let l = objects_list(&[3, 1, 4, 1, 5, 9, 2, 6].map(|v| obj(&POINT, v)));
        let first_one = value::list_items(l)[1];
        list::sort(l, None, null(), false).unwrap();
        assert_eq!(fields(l), [1, 1, 2, 3, 4, 5, 6, 9]);
        assert_eq!(value::list_items(l)[0], first_one, "stable");
        list::sort(l, None, null(), true).unwrap();
        assert_eq!(fields(l), [9, 6, 5, 4, 3, 2, 1, 1]);
        let m = list::min_max(l, None, null(), None, false).unwrap();
        assert_eq!(field(m as *mut MgObject), 1);
        let m = list::min_max(l, None, null(), None, true).unwrap();
        assert_eq!(field(m as *mut MgObject), 9);
        // Unorderable objects: TypeError, and the list keeps its items.
        let l = objects_list(&[obj(&PLAIN, 1), obj(&PLAIN, 2)]);
        assert_eq!(
            type_error(list::sort(l, None, null(), false)),
            "'<' not supported between instances of 'Plain' and 'Plain'"
        );
        let mut left = fields(l);
        left.sort();
        assert_eq!(left, [1, 2]);
        // A key function returning objects.
        unsafe extern "C-unwind" fn neg_point(x: Slot) -> Slot {
            obj(&POINT, -(x as i64))
        }
        let ints = list::list_from(T_INT.as_type(), &[1, 3, 2]);
        list::sort(
            ints,
            Some(list::test_key(neg_point)),
            T_OBJ.as_type(),
            false,
        )
        .unwrap();
        assert_eq!(value::list_items(ints), [3, 2, 1]);
        take_log();
        reflected
    });
    assert_eq!(log, ["lt 1 2"]);
}

// ---------------------------------------------------------------------------
// Optional values
// ---------------------------------------------------------------------------

#[test]
fn optional_values() {
    on_gc_thread(|| unsafe {
        let oi = t(&T_OPT_INT);
        let (none, five, five_b, seven) = (0, some_int(5), some_int(5), some_int(7));
        assert_eq!(repr(oi, none), "None");
        assert_eq!(repr(oi, five), "5");
        assert_eq!(str_of(oi, none), "None");
        assert!(value::eq(oi, none, oi, none));
        assert!(!value::eq(oi, none, oi, five));
        assert!(value::eq_top(oi, five, oi, five_b));
        assert!(!value::eq(oi, five, oi, seven));
        assert!(value::eq_top(oi, five, t(&T_INT), 5));
        assert_eq!(
            value::hash(oi, none).unwrap(),
            value::hash(&*TYPE_NONE.as_type(), 0).unwrap()
        );
        assert_eq!(value::hash(oi, five).unwrap(), value::hash_int(5));
        assert!(value::compare(oi, five, oi, seven, OP_LT).unwrap());
        assert_eq!(
            type_error(value::compare(oi, none, oi, five, OP_LT)),
            "'<' not supported between instances of 'NoneType' and 'int'"
        );
        assert_eq!(
            type_error(value::compare(oi, five, oi, none, OP_GT)),
            "'>' not supported between instances of 'int' and 'NoneType'"
        );
        let l = list::list_from(T_OPT_INT.as_type(), &[none, five]);
        assert_eq!(repr(t(&T_LIST_OPT_INT), l as Slot), "[None, 5]");
        // Optional[str] holds the string pointer itself.
        let os = t(&T_OPT_STR);
        let hi = new_str(b"hi");
        assert_eq!(repr(os, hi as Slot), "'hi'");
        assert_eq!(str_of(os, hi as Slot), "hi");
        assert_eq!(crate::mg_str_of(T_OPT_STR.as_type(), hi as Slot), hi);
        assert_eq!(
            MgStr::text(crate::mg_str_of(T_OPT_STR.as_type(), 0)),
            "None"
        );
        // Optional[Point].
        let op = t(&T_OPT_OBJ);
        let p = obj(&POINT, 2);
        assert_eq!(repr(op, p), "P(2)");
        assert_eq!(repr(op, 0), "None");
        assert!(value::eq_top(op, p, op, obj(&POINT, 2)));
        assert!(!value::eq_top(op, p, op, 0));
        assert_eq!(value::value_type_name(op, p), "Point");
        assert_eq!(value::value_type_name(op, 0), "NoneType");
        // `%s` of an empty Optional.
        let got = crate::mg_percent_format(new_str(b"%s"), 0, T_OPT_OBJ.as_type());
        assert_eq!(MgStr::text(got), "None");
        take_log();
    });
}
