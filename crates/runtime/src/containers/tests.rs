//! Unit tests of the containers, checked against CPython 3.11 (the tables
//! in `tests/data/container_cases.rs` come from
//! `scripts/gen_container_cases.py`; other expectations were taken
//! from `python3.11` by hand, as noted).

#[path = "../../tests/data/container_cases.rs"]
mod cases;

use crate::error::PyResult;
use crate::object::{
    MgList, MgTuple, MgType, MgTypeN, KIND_BOOL, KIND_DICT, KIND_FLOAT, KIND_INT, KIND_LIST,
    KIND_NONE, KIND_SET, KIND_STR, KIND_TUPLE,
};
use crate::test_support::on_gc_thread;

use super::dict::{self, MgDict};
use super::list;
use super::mem::new_tuple;
use super::set::{self, MgSet};
use super::value::{self, new_str, Slot, OP_EQ, OP_GE, OP_GT, OP_LE, OP_LT, OP_NE};

// ---------------------------------------------------------------------------
// Descriptors and helpers
// ---------------------------------------------------------------------------

const fn p<const N: usize>(t: &'static MgTypeN<N>) -> *const MgType {
    (t as *const MgTypeN<N>).cast()
}

const fn scalar(kind: i64) -> MgTypeN<0> {
    MgTypeN {
        kind,
        nargs: 0,
        args: [],
    }
}

static T_NONE: MgTypeN<0> = scalar(KIND_NONE);
static T_BOOL: MgTypeN<0> = scalar(KIND_BOOL);
static T_INT: MgTypeN<0> = scalar(KIND_INT);
static T_FLOAT: MgTypeN<0> = scalar(KIND_FLOAT);
static T_STR: MgTypeN<0> = scalar(KIND_STR);
static T_PAIR: MgTypeN<2> = MgTypeN {
    kind: KIND_TUPLE,
    nargs: 2,
    args: [p(&T_INT), p(&T_INT)],
};
static T_FIVE: MgTypeN<5> = MgTypeN {
    kind: KIND_TUPLE,
    nargs: 5,
    args: [p(&T_INT), p(&T_STR), p(&T_FLOAT), p(&T_NONE), p(&T_BOOL)],
};
static T_EMPTY_TUPLE: MgTypeN<0> = scalar(KIND_TUPLE);
static T_ONE_TUPLE: MgTypeN<1> = MgTypeN {
    kind: KIND_TUPLE,
    nargs: 1,
    args: [p(&T_INT)],
};
static T_LIST_INT: MgTypeN<1> = MgTypeN {
    kind: KIND_LIST,
    nargs: 1,
    args: [p(&T_INT)],
};
static T_LIST_FLOAT: MgTypeN<1> = MgTypeN {
    kind: KIND_LIST,
    nargs: 1,
    args: [p(&T_FLOAT)],
};
static T_LIST_STR: MgTypeN<1> = MgTypeN {
    kind: KIND_LIST,
    nargs: 1,
    args: [p(&T_STR)],
};
static T_DICT_INT_INT: MgTypeN<2> = MgTypeN {
    kind: KIND_DICT,
    nargs: 2,
    args: [p(&T_INT), p(&T_INT)],
};
static T_SET_INT: MgTypeN<1> = MgTypeN {
    kind: KIND_SET,
    nargs: 1,
    args: [p(&T_INT)],
};
static T_LIST_DICT: MgTypeN<1> = MgTypeN {
    kind: KIND_LIST,
    nargs: 1,
    args: [p(&T_DICT_INT_INT)],
};
static T_LIST_NONE: MgTypeN<1> = MgTypeN {
    kind: KIND_LIST,
    nargs: 1,
    args: [p(&T_NONE)],
};

fn d(t: &'static MgTypeN<0>) -> &'static MgType {
    // SAFETY: the statics above are valid descriptors.
    unsafe { &*p(t) }
}

fn dn<const N: usize>(t: &'static MgTypeN<N>) -> &'static MgType {
    // SAFETY: the statics above are valid descriptors.
    unsafe { &*p(t) }
}

fn s(text: &str) -> Slot {
    new_str(text.as_bytes()) as Slot
}

fn f(x: f64) -> Slot {
    x.to_bits()
}

unsafe fn ints_list(xs: &[i64]) -> *mut MgList {
    let v: Vec<Slot> = xs.iter().map(|&x| x as Slot).collect();
    list::list_from(p(&T_INT), &v)
}

unsafe fn floats_list(xs: &[f64]) -> *mut MgList {
    let v: Vec<Slot> = xs.iter().map(|&x| x.to_bits()).collect();
    list::list_from(p(&T_FLOAT), &v)
}

unsafe fn read_ints(l: *const MgList) -> Vec<i64> {
    value::list_items(l).iter().map(|&x| x as i64).collect()
}

unsafe fn set_ints(st: *const MgSet) -> Vec<i64> {
    set::slots(st).map(|(_, k, _)| k as i64).collect()
}

unsafe fn int_set(items: &[i64]) -> *mut MgSet {
    let st = set::new_set(p(&T_INT));
    for &x in items {
        set::add(st, x as Slot).unwrap();
    }
    st
}

unsafe fn repr(t: &MgType, v: Slot) -> String {
    value::repr_text(t, v)
}

fn err<T: std::fmt::Debug>(r: PyResult<T>) -> (&'static str, String) {
    r.expect_err("expected an exception").text()
}

/// A small deterministic random generator (xorshift64*).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

// ---------------------------------------------------------------------------
// Hashing, equality, ordering
// ---------------------------------------------------------------------------

#[test]
fn hashes_match_cpython() {
    use value::{hash_float, hash_int};
    // hash(...) in python3.11.
    assert_eq!(hash_int(i64::MIN), -4);
    assert_eq!(hash_int(-1), -2);
    assert_eq!(hash_int((1 << 61) - 1), 0);
    assert_eq!(hash_int(1 << 61), 1);
    assert_eq!(hash_int(i64::MAX), 3);
    assert_eq!(hash_int(i64::MIN + 1), -3);
    assert_eq!(hash_int(1 << 62), 2);
    assert_eq!(hash_float(1.5), 1152921504606846977);
    assert_eq!(hash_float(-1.5), -1152921504606846977);
    assert_eq!(hash_float(f64::INFINITY), 314159);
    assert_eq!(hash_float(f64::NEG_INFINITY), -314159);
    assert_eq!(hash_float(1e300), 1224995262755759164);
    assert_eq!(hash_float(5e-324), 16777216);
    assert_eq!(hash_float(-2.5e-310), -386353265232576880);
    assert_eq!(hash_float(1e-300), 482449582752280463);
    assert_eq!(hash_float(123456.789), 1819310134279660096);
    assert_eq!(hash_float(2f64.powi(70)), 512);
    assert_eq!(hash_float(-7.25), -576460752303423495);
    assert_eq!(hash_float(0.1), 230584300921369408);
    assert_eq!(hash_float(-0.0), 0);
    on_gc_thread(|| unsafe {
        let h = |t: &MgType, v: Slot| value::hash(t, v).unwrap();
        let empty = new_tuple(&[]) as Slot;
        assert_eq!(h(dn(&T_EMPTY_TUPLE), empty), 5740354900026072187);
        assert_eq!(
            h(dn(&T_PAIR), new_tuple(&[1, 2]) as Slot),
            -3550055125485641917
        );
        let neg = new_tuple(&[-1i64 as Slot]) as Slot;
        assert_eq!(h(dn(&T_ONE_TUPLE), neg), 8078679518589016365);
        // (1.5, 1) and ((),)
        static T_FI: MgTypeN<2> = MgTypeN {
            kind: KIND_TUPLE,
            nargs: 2,
            args: [p(&T_FLOAT), p(&T_INT)],
        };
        static T_TT: MgTypeN<1> = MgTypeN {
            kind: KIND_TUPLE,
            nargs: 1,
            args: [p(&T_EMPTY_TUPLE)],
        };
        assert_eq!(
            h(dn(&T_FI), new_tuple(&[f(1.5), 1]) as Slot),
            1767087712303363268
        );
        assert_eq!(
            h(dn(&T_TT), new_tuple(&[empty]) as Slot),
            -5486347211504344842
        );
        // (1, (2, 3.5))
        static T_I_FI: MgTypeN<2> = MgTypeN {
            kind: KIND_TUPLE,
            nargs: 2,
            args: [p(&T_INT), p(&T_FI)],
        };
        let inner = new_tuple(&[2, f(3.5)]) as Slot;
        // The inner tuple is (int, float) here, (float, int) in T_FI; use a
        // matching descriptor.
        static T_IF: MgTypeN<2> = MgTypeN {
            kind: KIND_TUPLE,
            nargs: 2,
            args: [p(&T_INT), p(&T_FLOAT)],
        };
        static T_I_IF: MgTypeN<2> = MgTypeN {
            kind: KIND_TUPLE,
            nargs: 2,
            args: [p(&T_INT), p(&T_IF)],
        };
        let _ = &T_I_FI;
        assert_eq!(
            h(dn(&T_I_IF), new_tuple(&[1, inner]) as Slot),
            -9148893311433065316
        );
        // Unhashable types.
        let l = ints_list(&[1]) as Slot;
        assert_eq!(
            err(value::hash(dn(&T_LIST_INT), l)),
            ("TypeError", "unhashable type: 'list'".to_string())
        );
    });
}

#[test]
fn hash_agrees_with_equality() {
    use value::{hash_float, hash_int};
    let mut rng = Rng(7);
    for _ in 0..20000 {
        let shift = rng.below(64);
        let i = (rng.next() as i64) >> shift;
        let x = i as f64;
        if x as i64 == i && x < 9.2e18 {
            assert_eq!(hash_float(x), hash_int(i), "{i}");
        }
        assert_ne!(hash_int(i), -1);
        let y = f64::from_bits(rng.next());
        if y.is_finite() {
            let hy = hash_float(y);
            assert!(hy != -1 && hy != i64::MIN);
        }
    }
    assert_eq!(hash_int(1), hash_float(1.0));
    assert_eq!(hash_int(-(1 << 53)), hash_float(-(2f64.powi(53))));
    on_gc_thread(|| unsafe {
        let a = s("hello world, this is a longer string");
        let b = s("hello world, this is a longer string");
        assert_eq!(
            value::hash(d(&T_STR), a).unwrap(),
            value::hash(d(&T_STR), b).unwrap()
        );
        assert_ne!(
            value::hash(d(&T_STR), s("ab")).unwrap(),
            value::hash(d(&T_STR), s("ba")).unwrap()
        );
        assert_eq!(value::hash(d(&T_BOOL), 1).unwrap(), hash_int(1));
    });
}

#[test]
fn equality_and_ordering() {
    on_gc_thread(|| unsafe {
        let (li, lf) = (dn(&T_LIST_INT), dn(&T_LIST_FLOAT));
        let a = ints_list(&[1, 2]) as Slot;
        let b = floats_list(&[1.0, 2.0]) as Slot;
        assert!(value::eq(li, a, lf, b));
        assert!(!value::eq(li, a, lf, floats_list(&[1.0, 2.5]) as Slot));
        // [1] < [1.5], (1, 2) < (1, 2.5): True in CPython.
        let one = ints_list(&[1]) as Slot;
        assert!(value::compare(li, one, lf, floats_list(&[1.5]) as Slot, OP_LT).unwrap());
        static T_IF: MgTypeN<2> = MgTypeN {
            kind: KIND_TUPLE,
            nargs: 2,
            args: [p(&T_INT), p(&T_FLOAT)],
        };
        let t1 = new_tuple(&[1, 2]) as Slot;
        let t2 = new_tuple(&[1, f(2.5)]) as Slot;
        assert!(value::compare(dn(&T_PAIR), t1, dn(&T_IF), t2, OP_LT).unwrap());
        // Exact int/float comparison: 2**53 + 1 > 2.0**53, i64::MAX < 2.0**63.
        let (ti, tf) = (d(&T_INT), d(&T_FLOAT));
        let big = (1i64 << 53) + 1;
        assert!(value::compare(ti, big as Slot, tf, f(2f64.powi(53)), OP_GT).unwrap());
        assert!(!value::eq(ti, big as Slot, tf, f(2f64.powi(53))));
        assert!(value::compare(ti, i64::MAX as Slot, tf, f(2f64.powi(63)), OP_LT).unwrap());
        assert!(value::eq(ti, i64::MIN as Slot, tf, f(-(2f64.powi(63)))));
        assert!(value::compare(ti, 3, tf, f(3.5), OP_LT).unwrap());
        assert!(value::compare(ti, -3i64 as Slot, tf, f(-3.5), OP_GT).unwrap());
        assert!(value::compare(tf, f(3.5), ti, 3, OP_GE).unwrap());
        // NaN: never equal, never ordered, also inside containers.
        let nan = floats_list(&[f64::NAN]) as Slot;
        assert!(!value::eq(lf, nan, lf, nan));
        assert!(!value::compare(lf, nan, lf, floats_list(&[1.0]) as Slot, OP_LT).unwrap());
        assert!(!value::compare(lf, floats_list(&[1.0]) as Slot, lf, nan, OP_LT).unwrap());
        assert!(value::compare(lf, nan, lf, nan, OP_NE).unwrap());
        assert_eq!(value::cmp3(lf, nan, nan).unwrap(), 2);
        // Lexicographic: first difference decides, then length.
        let l123 = ints_list(&[1, 2, 3]) as Slot;
        let l13 = ints_list(&[1, 3]) as Slot;
        let l12 = ints_list(&[1, 2]) as Slot;
        assert!(value::compare(li, l123, li, l13, OP_LT).unwrap());
        assert!(value::compare(li, l12, li, l123, OP_LT).unwrap());
        assert!(value::compare(li, l12, li, l12, OP_LE).unwrap());
        assert!(!value::compare(li, l12, li, l12, OP_LT).unwrap());
        assert_eq!(value::cmp3(li, l123, l13).unwrap(), -1);
        assert_eq!(value::cmp3(li, l13, l12).unwrap(), 1);
        assert_eq!(value::cmp3(li, l12, l12).unwrap(), 0);
        // Strings compare by code point.
        let ts = d(&T_STR);
        assert!(value::compare(ts, s("abc"), ts, s("abd"), OP_LT).unwrap());
        assert!(value::compare(ts, s("é"), ts, s("z"), OP_GT).unwrap());
        assert!(value::compare(ts, s("ab"), ts, s("ab"), OP_EQ).unwrap());
        // Dicts and None are unorderable, unless an earlier element decides
        // or the lists are equal (CPython: [{}] < [{}] is False).
        let ld = dn(&T_LIST_DICT);
        let empty = dict::new_dict(p(&T_INT), p(&T_INT));
        let full = dict::new_dict(p(&T_INT), p(&T_INT));
        dict::set(full, 1, 2).unwrap();
        let le = list::list_from(p(&T_DICT_INT_INT), &[empty as Slot]) as Slot;
        let lfull = list::list_from(p(&T_DICT_INT_INT), &[full as Slot]) as Slot;
        assert!(!value::compare(ld, le, ld, le, OP_LT).unwrap());
        assert_eq!(
            err(value::compare(ld, le, ld, lfull, OP_LT)),
            (
                "TypeError",
                "'<' not supported between instances of 'dict' and 'dict'".to_string()
            )
        );
        assert_eq!(
            err(value::compare(ld, le, ld, lfull, OP_GE)).1,
            "'>=' not supported between instances of 'dict' and 'dict'"
        );
        let ln = list::list_from(p(&T_NONE), &[0]) as Slot;
        assert!(value::compare(dn(&T_LIST_NONE), ln, dn(&T_LIST_NONE), ln, OP_LE).unwrap());
        assert_eq!(
            err(value::compare(d(&T_NONE), 0, d(&T_NONE), 0, OP_LT)).1,
            "'<' not supported between instances of 'NoneType' and 'NoneType'"
        );
        // Dict equality ignores order; values compare numerically.
        let d1 = dict::new_dict(p(&T_INT), p(&T_INT));
        let d2 = dict::new_dict(p(&T_INT), p(&T_INT));
        for k in 0..10 {
            dict::set(d1, k, (k * k) as Slot).unwrap();
            dict::set(d2, 9 - k, ((9 - k) * (9 - k)) as Slot).unwrap();
        }
        let tdi = dn(&T_DICT_INT_INT);
        assert!(value::eq(tdi, d1 as Slot, tdi, d2 as Slot));
        dict::set(d2, 3, 0).unwrap();
        assert!(!value::eq(tdi, d1 as Slot, tdi, d2 as Slot));
        // Sets: equality and inclusion ordering.
        let tsi = dn(&T_SET_INT);
        let s1 = int_set(&[1]) as Slot;
        let s12 = int_set(&[2, 1]) as Slot;
        let s3 = int_set(&[3]) as Slot;
        assert!(value::compare(tsi, s1, tsi, s12, OP_LT).unwrap());
        assert!(value::compare(tsi, s12, tsi, s1, OP_GT).unwrap());
        assert!(!value::compare(tsi, s1, tsi, s3, OP_LE).unwrap());
        assert!(value::eq(tsi, s12, tsi, int_set(&[1, 2]) as Slot));
        assert_eq!(value::cmp3(tsi, s1, s3).unwrap(), 2);
    });
}

#[test]
fn repr_of_nested_values() {
    on_gc_thread(|| unsafe {
        let five = new_tuple(&[1, s("a"), f(2.5), 0, 1]) as Slot;
        static T_LIST_FIVE: MgTypeN<1> = MgTypeN {
            kind: KIND_LIST,
            nargs: 1,
            args: [p(&T_FIVE)],
        };
        let l = list::list_from(p(&T_FIVE), &[five]) as Slot;
        assert_eq!(repr(dn(&T_LIST_FIVE), l), "[(1, 'a', 2.5, None, True)]");
        assert_eq!(repr(dn(&T_ONE_TUPLE), new_tuple(&[1]) as Slot), "(1,)");
        assert_eq!(repr(dn(&T_EMPTY_TUPLE), new_tuple(&[]) as Slot), "()");
        assert_eq!(repr(dn(&T_LIST_INT), ints_list(&[]) as Slot), "[]");
        let fl = floats_list(&[1e16, -0.0, f64::NAN, f64::NEG_INFINITY, 0.1]) as Slot;
        assert_eq!(repr(dn(&T_LIST_FLOAT), fl), "[1e+16, -0.0, nan, -inf, 0.1]");
        let strs = list::list_from(p(&T_STR), &[s("it's"), s("a\nb"), s("\"q\"")]) as Slot;
        assert_eq!(repr(dn(&T_LIST_STR), strs), r#"["it's", 'a\nb', '"q"']"#);
        // {'k': (1, 2)}
        static T_DICT_STR_PAIR: MgTypeN<2> = MgTypeN {
            kind: KIND_DICT,
            nargs: 2,
            args: [p(&T_STR), p(&T_PAIR)],
        };
        let dd = dict::new_dict(p(&T_STR), p(&T_PAIR));
        assert_eq!(repr(dn(&T_DICT_STR_PAIR), dd as Slot), "{}");
        dict::set(dd, s("k"), new_tuple(&[1, 2]) as Slot).unwrap();
        assert_eq!(repr(dn(&T_DICT_STR_PAIR), dd as Slot), "{'k': (1, 2)}");
        // {1: {2: [3]}}
        static T_D_I_L: MgTypeN<2> = MgTypeN {
            kind: KIND_DICT,
            nargs: 2,
            args: [p(&T_INT), p(&T_LIST_INT)],
        };
        static T_D_I_D: MgTypeN<2> = MgTypeN {
            kind: KIND_DICT,
            nargs: 2,
            args: [p(&T_INT), p(&T_D_I_L)],
        };
        let inner = dict::new_dict(p(&T_INT), p(&T_LIST_INT));
        dict::set(inner, 2, ints_list(&[3]) as Slot).unwrap();
        let outer = dict::new_dict(p(&T_INT), p(&T_D_I_L));
        dict::set(outer, 1, inner as Slot).unwrap();
        assert_eq!(repr(dn(&T_D_I_D), outer as Slot), "{1: {2: [3]}}");
        // Sets.
        let tsi = dn(&T_SET_INT);
        assert_eq!(repr(tsi, set::new_set(p(&T_INT)) as Slot), "set()");
        assert_eq!(repr(tsi, int_set(&[2, 1]) as Slot), "{1, 2}");
        // str() of a str is the text itself; of anything else, the repr.
        let mut out = Vec::new();
        value::write_str(d(&T_STR), s("it's"), &mut out);
        assert_eq!(out, b"it's");
        out.clear();
        value::write_str(d(&T_BOOL), 0, &mut out);
        assert_eq!(out, b"False");
        let r = crate::mg_repr(p(&T_STR), s("é"));
        assert_eq!(crate::MgStr::text(r), "'é'");
        assert_eq!((*r).nchars, 3);
    });
}

// ---------------------------------------------------------------------------
// list
// ---------------------------------------------------------------------------

#[test]
fn list_methods() {
    on_gc_thread(|| unsafe {
        let l = ints_list(&[0, 1, 2]);
        list::insert(l, -10, 9);
        list::insert(l, 10, 8);
        list::insert(l, -1, 7);
        assert_eq!(read_ints(l), [9, 0, 1, 2, 7, 8]);
        assert_eq!(list::pop(l, -1).unwrap(), 8);
        assert_eq!(list::pop(l, 0).unwrap(), 9);
        assert_eq!(
            err(list::pop(l, 4)),
            ("IndexError", "pop index out of range".into())
        );
        assert_eq!(
            err(list::pop(ints_list(&[]), -1)),
            ("IndexError", "pop from empty list".into())
        );
        assert_eq!(read_ints(l), [0, 1, 2, 7]);
        list::remove(l, 1).unwrap();
        assert_eq!(
            err(list::remove(l, 1)),
            ("ValueError", "list.remove(x): x not in list".into())
        );
        assert_eq!(list::index(l, 7, 0, i64::MAX).unwrap(), 2);
        assert_eq!(list::index(l, 7, -1, i64::MAX).unwrap(), 2);
        assert_eq!(
            err(list::index(l, 7, 0, -1)),
            ("ValueError", "7 is not in list".into())
        );
        let strs = list::list_from(p(&T_STR), &[s("a")]);
        assert_eq!(
            err(list::index(strs, s("b"), 0, i64::MAX)).1,
            "'b' is not in list"
        );
        assert!(list::contains(strs, s("a")));
        assert_eq!(
            err(list::del_item(l, 3)),
            ("IndexError", "list assignment index out of range".into())
        );
        list::del_item(l, -1).unwrap();
        assert_eq!(read_ints(l), [0, 2]);
        list::extend(l, l);
        assert_eq!(read_ints(l), [0, 2, 0, 2]);
        assert_eq!(list::count(l, 2), 2);
        list::reverse(l);
        assert_eq!(read_ints(l), [2, 0, 2, 0]);
        assert_eq!(
            read_ints(list::repeat(ints_list(&[1, 2]), 3).unwrap()),
            [1, 2, 1, 2, 1, 2]
        );
        assert_eq!(
            read_ints(list::repeat(ints_list(&[1, 2]), 0).unwrap()),
            [0; 0]
        );
        assert_eq!(
            read_ints(list::repeat(ints_list(&[1, 2]), -4).unwrap()),
            [0; 0]
        );
        let m = ints_list(&[5]);
        list::imul(m, 4).unwrap();
        assert_eq!(read_ints(m), [5, 5, 5, 5]);
        list::imul(m, 0).unwrap();
        assert_eq!(read_ints(m), [0; 0]);
        assert_eq!(
            read_ints(list::concat(ints_list(&[1]), ints_list(&[2, 3]))),
            [1, 2, 3]
        );
        list::clear(l);
        assert_eq!((*l).len, 0);
        // Growth: appends past the initial capacity keep every item.
        for i in 0..1000 {
            if (*l).len == (*l).cap {
                crate::mg_list_grow(l);
            }
            assert!((*l).len < (*l).cap);
            list::append(l, i);
        }
        assert_eq!(read_ints(l), (0..1000).collect::<Vec<_>>());
        assert_eq!(list::sum_int(l, 0).unwrap(), 499500);
        assert_eq!(
            err(list::sum_int(ints_list(&[i64::MAX, 1]), 0)).0,
            "OverflowError"
        );
    });
}

#[test]
fn slices_match_cpython() {
    on_gc_thread(|| unsafe {
        for &(n, start, stop, step, flags, want) in cases::SLICES {
            let l = ints_list(&(0..n).collect::<Vec<_>>());
            let got = list::slice(l, start, stop, step, flags).unwrap();
            assert_eq!(
                read_ints(got),
                want,
                "range({n})[{start}:{stop}:{step}] flags {flags}"
            );
        }
        let l = ints_list(&[1, 2, 3]);
        assert_eq!(
            err(list::slice(l, 0, 0, 0, 0)),
            ("ValueError", "slice step cannot be zero".into())
        );
    });
}

#[test]
fn slice_assignment_and_deletion_match_cpython() {
    on_gc_thread(|| unsafe {
        for &(n, start, stop, step, flags, new, ref want) in cases::SLICE_ASSIGN {
            let l = ints_list(&(0..n).collect::<Vec<_>>());
            let got = list::set_slice(l, start, stop, step, flags, ints_list(new));
            let case =
                format!("a = list(range({n})); a[{start}:{stop}:{step}] = {new:?} flags {flags}");
            match want {
                Ok(w) => {
                    got.unwrap();
                    assert_eq!(read_ints(l), *w, "{case}");
                }
                Err(msg) => assert_eq!(err(got), ("ValueError", msg.to_string()), "{case}"),
            }
        }
        for &(n, start, stop, step, flags, want) in cases::SLICE_DELETE {
            let l = ints_list(&(0..n).collect::<Vec<_>>());
            list::del_slice(l, start, stop, step, flags).unwrap();
            assert_eq!(
                read_ints(l),
                want,
                "del range({n})[{start}:{stop}:{step}] {flags}"
            );
        }
        // Assigning a list to a slice of itself.
        let l = ints_list(&[1, 2, 3]);
        list::set_slice(l, 1, 2, 1, 0, l).unwrap();
        assert_eq!(read_ints(l), [1, 1, 2, 3, 3]);
        list::set_slice(l, 0, 0, -1, 1 | 2, l).unwrap();
        assert_eq!(read_ints(l), [3, 3, 2, 1, 1]);
    });
}

extern "C-unwind" fn key_div10(x: Slot) -> Slot {
    ((x as i64).div_euclid(10)) as Slot
}

extern "C-unwind" fn key_pair(x: Slot) -> Slot {
    // (x % 3, -x) as a boxed tuple: a pointer key.
    new_tuple(&[(x as i64).rem_euclid(3) as Slot, (-(x as i64)) as Slot]) as Slot
}

#[test]
fn sort_is_stable_with_keys_and_reverse() {
    on_gc_thread(|| unsafe {
        let mut rng = Rng(99);
        for n in [0usize, 1, 2, 3, 10, 63, 64, 65, 200, 1000, 5000] {
            let xs: Vec<i64> = (0..n).map(|_| rng.below(300) as i64 - 100).collect();
            for reverse in [false, true] {
                let l = ints_list(&xs);
                list::sort(l, Some(list::test_key(key_div10)), p(&T_INT), reverse).unwrap();
                let mut want = xs.clone();
                if reverse {
                    want.sort_by_key(|a| std::cmp::Reverse(a.div_euclid(10)));
                } else {
                    want.sort_by_key(|a| a.div_euclid(10));
                }
                assert_eq!(read_ints(l), want, "n={n} reverse={reverse}");

                let l = ints_list(&xs);
                list::sort(l, None, std::ptr::null(), reverse).unwrap();
                let mut want = xs.clone();
                want.sort();
                if reverse {
                    want.reverse();
                }
                assert_eq!(read_ints(l), want);

                // Tuple keys, compared through the generic path.
                let l = ints_list(&xs);
                list::sort(l, Some(list::test_key(key_pair)), p(&T_PAIR), reverse).unwrap();
                let mut want = xs.clone();
                let key = |a: &i64| (a.rem_euclid(3), -a);
                if reverse {
                    want.sort_by_key(|a| std::cmp::Reverse(key(a)));
                } else {
                    want.sort_by_key(key);
                }
                assert_eq!(read_ints(l), want);
            }
        }
        // Structured inputs: runs, descending runs, many equal items.
        for n in [100usize, 1000, 4000] {
            let patterns: Vec<Vec<i64>> = vec![
                (0..n as i64).collect(),
                (0..n as i64).rev().collect(),
                (0..n as i64).map(|i| i % 7).collect(),
                (0..n as i64)
                    .map(|i| if i < n as i64 / 2 { i } else { n as i64 - i })
                    .collect(),
                (0..n as i64).map(|i| (i * 7919) % 1000 / 3).collect(),
            ];
            for xs in patterns {
                let l = ints_list(&xs);
                list::sort(l, Some(list::test_key(key_div10)), p(&T_INT), false).unwrap();
                let mut want = xs.clone();
                want.sort_by_key(|a| a.div_euclid(10));
                assert_eq!(read_ints(l), want);
            }
        }
        // sorted() leaves its argument alone.
        let l = ints_list(&[3, 1, 2]);
        let r = list::sorted(l, None, std::ptr::null(), false).unwrap();
        assert_eq!(read_ints(r), [1, 2, 3]);
        assert_eq!(read_ints(l), [3, 1, 2]);
        // Unorderable elements raise as in CPython.
        let dl = list::list_from(
            p(&T_DICT_INT_INT),
            &[
                dict::new_dict(p(&T_INT), p(&T_INT)) as Slot,
                dict::new_dict(p(&T_INT), p(&T_INT)) as Slot,
            ],
        );
        assert_eq!(
            err(list::sort(dl, None, std::ptr::null(), false)).1,
            "'<' not supported between instances of 'dict' and 'dict'"
        );
    });
}

#[test]
fn sort_with_nans_matches_cpython() {
    on_gc_thread(|| unsafe {
        let same = |a: &[f64], b: &[f64]| {
            a.len() == b.len()
                && a.iter()
                    .zip(b)
                    .all(|(x, y)| x == y || (x.is_nan() && y.is_nan()))
        };
        let read = |l: *const MgList| -> Vec<f64> {
            value::list_items(l)
                .iter()
                .map(|&x| f64::from_bits(x))
                .collect()
        };
        // sorted([3, nan, 1, 2]) and sorted([nan, 3, 1, 2, 0, nan, 5]).
        let n = f64::NAN;
        let hand: &[(&[f64], &[f64])] = &[
            (&[3.0, n, 1.0, 2.0], &[3.0, n, 1.0, 2.0]),
            (
                &[n, 3.0, 1.0, 2.0, 0.0, n, 5.0],
                &[n, 0.0, 1.0, 2.0, 3.0, n, 5.0],
            ),
        ];
        for &(xs, want) in hand.iter().chain(cases::NAN_SORTS) {
            let l = floats_list(xs);
            list::sort(l, None, std::ptr::null(), false).unwrap();
            assert!(same(&read(l), want), "sorted({xs:?}) gave {:?}", read(l));
        }
    });
}

#[test]
fn min_max_sum() {
    on_gc_thread(|| unsafe {
        let n = f64::NAN;
        // max([nan, 1, 2]) is nan, max([1, nan, 2]) is 2, min([2, nan, 1]) is 1.
        let m = |xs: &[f64], is_max: bool| {
            f64::from_bits(
                list::min_max(floats_list(xs), None, std::ptr::null(), None, is_max).unwrap(),
            )
        };
        assert!(m(&[n, 1.0, 2.0], true).is_nan());
        assert_eq!(m(&[1.0, n, 2.0], true), 2.0);
        assert_eq!(m(&[2.0, n, 1.0], false), 1.0);
        // Ties keep the first; keys are used for comparing only.
        let l = ints_list(&[15, 12, 19, 3, 31, 38]);
        assert_eq!(
            list::min_max(l, Some(list::test_key(key_div10)), p(&T_INT), None, true).unwrap(),
            31
        );
        assert_eq!(
            list::min_max(l, Some(list::test_key(key_div10)), p(&T_INT), None, false).unwrap(),
            3
        );
        assert_eq!(
            list::min_max(l, None, std::ptr::null(), None, true).unwrap(),
            38
        );
        let e = ints_list(&[]);
        assert_eq!(
            err(list::min_max(e, None, std::ptr::null(), None, true)),
            ("ValueError", "max() arg is an empty sequence".into())
        );
        assert_eq!(
            err(list::min_max(e, None, std::ptr::null(), None, false)).1,
            "min() arg is an empty sequence"
        );
        assert_eq!(
            list::min_max(e, None, std::ptr::null(), Some(7), false).unwrap(),
            7
        );
        // sum([0.1] * 10) is 0.9999999999999999 in 3.11 (plain addition).
        assert_eq!(
            list::sum_float(floats_list(&[0.1; 10]), 0.0),
            0.9999999999999999
        );
        assert_eq!(
            list::sum_float(floats_list(&[-0.0]), 0.0).to_bits(),
            0.0f64.to_bits()
        );
        assert_eq!(list::sum_float(ints_list(&[1, 2]), 0.5), 3.5);
    });
}

// ---------------------------------------------------------------------------
// dict
// ---------------------------------------------------------------------------

unsafe fn dict_pairs(dd: *const MgDict) -> Vec<(i64, i64)> {
    let mut out = Vec::new();
    let mut i = dict::next_entry(dd, 0);
    while i >= 0 {
        out.push((
            *(*dd).keys.add(i as usize) as i64,
            *(*dd).values.add(i as usize) as i64,
        ));
        i = dict::next_entry(dd, i + 1);
    }
    out
}

#[test]
fn dict_keeps_insertion_order() {
    on_gc_thread(|| unsafe {
        let mut rng = Rng(12345);
        for round in 0..20 {
            let dd = dict::new_dict(p(&T_INT), p(&T_INT));
            let mut model: Vec<(i64, i64)> = Vec::new();
            let range = [8, 40, 300, 3000][round % 4];
            for step in 0..3000 {
                let k = rng.below(range) as i64 - 5;
                let v = rng.below(1000) as i64;
                match rng.below(10) {
                    0..=5 => {
                        dict::set(dd, k as Slot, v as Slot).unwrap();
                        match model.iter_mut().find(|e| e.0 == k) {
                            Some(e) => e.1 = v,
                            None => model.push((k, v)),
                        }
                    }
                    6..=7 => {
                        let got = dict::remove(dd, k as Slot).unwrap();
                        let pos = model.iter().position(|e| e.0 == k);
                        assert_eq!(got.map(|x| x as i64), pos.map(|i| model[i].1));
                        if let Some(i) = pos {
                            model.remove(i);
                        }
                    }
                    8 => {
                        let got = dict::popitem(dd);
                        match model.pop() {
                            Some((mk, mv)) => {
                                let t = got.unwrap();
                                assert_eq!(value::tuple_items(t), [mk as Slot, mv as Slot]);
                            }
                            None => assert_eq!(
                                err(got),
                                ("KeyError", "'popitem(): dictionary is empty'".into())
                            ),
                        }
                    }
                    _ => {
                        if step % 500 == 0 {
                            dict::clear(dd);
                            model.clear();
                        }
                        let p_ = dict::get_ptr(dd, k as Slot).unwrap();
                        let want = model.iter().find(|e| e.0 == k).map(|e| e.1);
                        assert_eq!((!p_.is_null()).then(|| *p_ as i64), want);
                    }
                }
                assert_eq!((*dd).len, model.len() as i64);
            }
            assert_eq!(dict_pairs(dd), model, "round {round}");
            let c = dict::copy(dd);
            assert_eq!(dict_pairs(c), model);
            let tdi = dn(&T_DICT_INT_INT);
            assert!(value::eq(tdi, c as Slot, tdi, dd as Slot));
        }
    });
}

#[test]
fn dict_methods_and_errors() {
    on_gc_thread(|| unsafe {
        let dd = dict::new_dict(p(&T_STR), p(&T_INT));
        assert!(dict::get_ptr(dd, s("a")).unwrap().is_null());
        dict::set(dd, s("b"), 1).unwrap();
        dict::set(dd, s("a"), 2).unwrap();
        dict::set(dd, s("b"), 3).unwrap();
        assert_eq!(*dict::get_ptr(dd, s("b")).unwrap(), 3);
        assert_eq!(dict::setdefault(dd, s("c"), 4).unwrap(), 4);
        assert_eq!(dict::setdefault(dd, s("c"), 5).unwrap(), 4);
        static T_DSI: MgTypeN<2> = MgTypeN {
            kind: KIND_DICT,
            nargs: 2,
            args: [p(&T_STR), p(&T_INT)],
        };
        assert_eq!(repr(dn(&T_DSI), dd as Slot), "{'b': 3, 'a': 2, 'c': 4}");
        let keys = dict::entries(dd, b'k', std::ptr::null());
        assert_eq!(repr(dn(&T_LIST_STR), keys as Slot), "['b', 'a', 'c']");
        static T_SI: MgTypeN<2> = MgTypeN {
            kind: KIND_TUPLE,
            nargs: 2,
            args: [p(&T_STR), p(&T_INT)],
        };
        static T_LIST_SI: MgTypeN<1> = MgTypeN {
            kind: KIND_LIST,
            nargs: 1,
            args: [p(&T_SI)],
        };
        let items = dict::entries(dd, b'i', p(&T_SI));
        assert_eq!(
            repr(dn(&T_LIST_SI), items as Slot),
            "[('b', 3), ('a', 2), ('c', 4)]"
        );
        assert_eq!(dict::remove(dd, s("a")).unwrap(), Some(2));
        assert_eq!(dict::remove(dd, s("a")).unwrap(), None);
        assert_eq!(
            dict::key_error(d(&T_STR), s("a")).text(),
            ("KeyError", "'a'".to_string())
        );
        assert_eq!(
            dict::key_error(dn(&T_PAIR), new_tuple(&[1, 2]) as Slot).text(),
            ("KeyError", "(1, 2)".to_string())
        );
        let other = dict::new_dict(p(&T_STR), p(&T_INT));
        dict::set(other, s("z"), 26).unwrap();
        dict::set(other, s("b"), 0).unwrap();
        dict::update(dd, other).unwrap();
        assert_eq!(repr(dn(&T_DSI), dd as Slot), "{'b': 0, 'c': 4, 'z': 26}");
        dict::clear(dd);
        assert_eq!(repr(dn(&T_DSI), dd as Slot), "{}");
        dict::set(dd, s("x"), 1).unwrap();
        assert_eq!(repr(dn(&T_DSI), dd as Slot), "{'x': 1}");
        // Unhashable keys.
        static T_LIST_KEY: MgTypeN<2> = MgTypeN {
            kind: KIND_DICT,
            nargs: 2,
            args: [p(&T_LIST_INT), p(&T_INT)],
        };
        let bad = dict::new_dict(p(&T_LIST_INT), p(&T_INT));
        let _ = &T_LIST_KEY;
        assert_eq!(
            err(dict::set(bad, ints_list(&[1]) as Slot, 1)).1,
            "unhashable type: 'list'"
        );
        // Keys 1, 1.0 and True are the same key in CPython; here the key type
        // is fixed, but lookups across numeric types agree.
        let fd = dict::new_dict(p(&T_FLOAT), p(&T_INT));
        dict::set(fd, f(1.0), 5).unwrap();
        assert_eq!(
            dict::lookup(fd, d(&T_INT), 1, value::hash_int(1)).map(|x| x.1),
            Some(0)
        );
    });
}

#[test]
fn dict_iteration_checks() {
    on_gc_thread(|| unsafe {
        // for k in d: d[k + 10] = 1  ->  changed size
        let dd = dict::new_dict(p(&T_INT), p(&T_INT));
        for k in 0..3 {
            dict::set(dd, k, k).unwrap();
        }
        let mut st = [0, (*dd).len, (*dd).len];
        let i = dict::iter_next(dd, &mut st).unwrap();
        assert_eq!(i, 0);
        dict::set(dd, 10, 1).unwrap();
        assert_eq!(
            err(dict::iter_next(dd, &mut st)),
            (
                "RuntimeError",
                "dictionary changed size during iteration".into()
            )
        );
        // d = {1: 1, 2: 2}; for k in d: del d[k]; d[k + 10] = 1
        //   ->  keys changed (CPython 3.11)
        let dd = dict::new_dict(p(&T_INT), p(&T_INT));
        dict::set(dd, 1, 1).unwrap();
        dict::set(dd, 2, 2).unwrap();
        let mut st = [0, 2, 2];
        let result = loop {
            match dict::iter_next(dd, &mut st) {
                Ok(-1) => break Ok(()),
                Ok(i) => {
                    let k = *(*dd).keys.add(i as usize);
                    dict::remove(dd, k).unwrap();
                    dict::set(dd, k + 10, 1).unwrap();
                }
                Err(e) => break Err(e),
            }
        };
        assert_eq!(
            result.map_err(|e| e.text()),
            Err((
                "RuntimeError",
                "dictionary keys changed during iteration".into()
            ))
        );
        // Changing values is fine.
        let mut st = [0, (*dd).len, (*dd).len];
        let mut seen = 0;
        while let Ok(i) = dict::iter_next(dd, &mut st) {
            if i < 0 {
                break;
            }
            *(*dd).values.add(i as usize) += 1;
            seen += 1;
        }
        assert_eq!(seen, 2);
    });
}

// ---------------------------------------------------------------------------
// set
// ---------------------------------------------------------------------------

#[test]
fn set_orders_match_cpython() {
    on_gc_thread(|| unsafe {
        // print({5, 3, 17, 1, 100, 9}) and its variants in python3.11.
        let items = ints_list(&[5, 3, 17, 1, 100, 9]);
        let built = set::from_items(p(&T_INT), items, 0).unwrap();
        assert_eq!(set_ints(built), [1, 3, 100, 5, 9, 17]);
        let display = set::from_items(p(&T_INT), items, 1).unwrap();
        assert_eq!(set_ints(display), [1, 17, 3, 100, 5, 9]);
        let frozen = set::from_items(p(&T_INT), items, 2).unwrap();
        assert_eq!(set_ints(frozen), [1, 3, 100, 5, 9, 17]);
        // s = {1, 9, 17} built one by one; remove 1 and 9; add 2 and 25.
        let st = int_set(&[1, 9, 17]);
        set::remove(st, 1).unwrap();
        set::remove(st, 9).unwrap();
        set::add(st, 2).unwrap();
        set::add(st, 25).unwrap();
        assert_eq!(set_ints(st), [2, 25, 17]);

        for (n, c) in cases::SET_CASES.iter().enumerate() {
            let a = int_set(c.items);
            let b = int_set(c.others);
            let case = format!("case {n}: {:?} / {:?}", c.items, c.others);
            assert_eq!(set_ints(a), c.added, "added {case}");
            let il = ints_list(c.items);
            let mode = if c.items.len() >= 3 { 1 } else { 0 };
            assert_eq!(
                set_ints(set::from_items(p(&T_INT), il, mode).unwrap()),
                c.display,
                "display {case}"
            );
            if !c.items.is_empty() {
                assert_eq!(
                    set_ints(set::from_items(p(&T_INT), il, 2).unwrap()),
                    c.frozen,
                    "for {case}"
                );
            }
            assert_eq!(set_ints(set::copy(a)), c.copy, "copy {case}");
            assert_eq!(set_ints(set::union(a, b)), c.union, "| {case}");
            assert_eq!(set_ints(set::intersection(a, b)), c.inter, "& {case}");
            assert_eq!(set_ints(set::difference(a, b)), c.diff, "- {case}");
            assert_eq!(
                set_ints(set::symmetric_difference(a, b)),
                c.symdiff,
                "^ {case}"
            );
            let t = int_set(c.items);
            set::merge(t, b);
            assert_eq!(set_ints(t), c.ior, "|= {case}");
            let t = int_set(c.items);
            set::intersection_update(t, b);
            assert_eq!(set_ints(t), c.iand, "&= {case}");
            let t = int_set(c.items);
            set::difference_update(t, b);
            assert_eq!(set_ints(t), c.isub, "-= {case}");
            let t = int_set(c.items);
            set::symmetric_difference_update(t, b);
            assert_eq!(set_ints(t), c.ixor, "^= {case}");
            let t = int_set(c.items);
            for &x in &c.items[..c.items.len() / 2] {
                set::discard(t, x as Slot).unwrap();
            }
            for &x in c.others {
                set::add(t, x as Slot).unwrap();
            }
            assert_eq!(set_ints(t), c.churn, "churn {case}");
            let t = int_set(c.items);
            let pops: Vec<i64> = (0..(*t).len).map(|_| set::pop(t).unwrap() as i64).collect();
            assert_eq!(pops, c.pops, "pops {case}");
            assert_eq!(
                err(set::pop(t)),
                ("KeyError", "'pop from an empty set'".into())
            );
            let dd = dict::new_dict(p(&T_INT), p(&T_NONE));
            for &x in c.items {
                dict::set(dd, x as Slot, 0).unwrap();
            }
            let t = set::new_set(p(&T_INT));
            set::update_dict(t, dd);
            assert_eq!(set_ints(t), c.from_dict, "set(dict) {case}");
            let ol = ints_list(c.others);
            assert_eq!(
                set_ints(set::intersection_list(a, ol).unwrap()),
                c.inter_list,
                "intersection(list) {case}"
            );
            let t = int_set(c.items);
            crate::mg_set_difference_update_list(t, ol);
            assert_eq!(set_ints(t), c.isub_list, "difference_update(list) {case}");
            assert_eq!(
                set_ints(crate::mg_set_symmetric_difference_list(a, ol)),
                c.symdiff_list,
                "symmetric_difference(list) {case}"
            );
            let t = int_set(c.items);
            crate::mg_set_symmetric_difference_update_list(t, ol);
            assert_eq!(
                set_ints(t),
                c.ixor_list,
                "symmetric_difference_update(list) {case}"
            );
            // Membership agrees with the model.
            for &x in c.items.iter().chain(c.others) {
                assert_eq!(set::contains(a, x as Slot).unwrap(), c.items.contains(&x));
            }
            assert!(set::issubset(a, set::union(a, b)));
            assert_eq!(set::isdisjoint(a, b), c.inter.is_empty());
        }

        let tp = dn(&T_PAIR);
        for &(items, want) in cases::PAIR_SETS {
            let st = set::new_set(p(&T_PAIR));
            for &(x, y) in items {
                set::add(st, new_tuple(&[x as Slot, y as Slot]) as Slot).unwrap();
            }
            let got: Vec<(i64, i64)> = set::slots(st)
                .map(|(_, k, _)| {
                    let t = value::tuple_items(k as *const MgTuple);
                    (t[0] as i64, t[1] as i64)
                })
                .collect();
            assert_eq!(got, want, "{items:?}");
            let _ = tp;
        }
        for &(items, want) in cases::FLOAT_SETS {
            let st = set::new_set(p(&T_FLOAT));
            for &x in items {
                set::add(st, f(x)).unwrap();
            }
            let got: Vec<f64> = set::slots(st).map(|(_, k, _)| f64::from_bits(k)).collect();
            assert_eq!(got, want, "{items:?}");
        }
    });
}

#[test]
fn set_methods_and_errors() {
    on_gc_thread(|| unsafe {
        let st = set::new_set(p(&T_STR));
        set::add(st, s("x")).unwrap();
        assert!(set::contains(st, s("x")).unwrap());
        assert!(!set::contains(st, s("y")).unwrap());
        assert_eq!(err(set::remove(st, s("y"))), ("KeyError", "'y'".into()));
        assert!(!set::discard(st, s("y")).unwrap());
        assert!(set::discard(st, s("x")).unwrap());
        assert_eq!((*st).len, 0);
        // Strings: set semantics hold (order is CPython's only for numbers).
        for i in 0..500 {
            set::add(st, s(&format!("k{}", i % 250))).unwrap();
        }
        assert_eq!((*st).len, 250);
        for i in 0..250 {
            assert!(set::contains(st, s(&format!("k{i}"))).unwrap());
        }
        set::clear(st);
        assert_eq!((*st).len, 0);
        // Iteration checks.
        let si = int_set(&[1, 2]);
        let mut state = [0, 2, 2];
        let i = set::iter_next(si, &mut state).unwrap();
        assert!(i >= 0);
        set::add(si, 11).unwrap();
        assert_eq!(
            err(set::iter_next(si, &mut state)),
            ("RuntimeError", "Set changed size during iteration".into())
        );
        let list = set::to_list(si);
        assert_eq!(read_ints(list), [1, 2, 11]);
    });
}

#[test]
fn containers_survive_collection() {
    on_gc_thread(|| unsafe {
        let l = list::list_from(p(&T_STR), &[]);
        let dd = dict::new_dict(p(&T_STR), p(&T_LIST_INT));
        let st = set::new_set(p(&T_PAIR));
        for i in 0..5000i64 {
            list::append(l, s(&format!("item {i}")));
            dict::set(dd, s(&format!("key {i}")), ints_list(&[i, i + 1]) as Slot).unwrap();
            set::add(st, new_tuple(&[i as Slot, (i * 2) as Slot]) as Slot).unwrap();
            if i % 1000 == 0 {
                let _garbage = crate::mg_alloc_atomic(1 << 16);
            }
        }
        for i in (0..5000i64).step_by(3) {
            dict::remove(dd, s(&format!("key {i}"))).unwrap();
        }
        crate::mg_gc_collect();
        for _ in 0..100 {
            let _garbage = crate::mg_alloc(1 << 12);
        }
        for i in 0..5000i64 {
            let item = *(*l).items.add(i as usize) as *const crate::MgStr;
            assert_eq!(crate::MgStr::text(item), format!("item {i}"));
            let v = dict::get_ptr(dd, s(&format!("key {i}"))).unwrap();
            if i % 3 == 0 {
                assert!(v.is_null());
            } else {
                assert_eq!(read_ints(*v as *const MgList), [i, i + 1]);
            }
            let t = new_tuple(&[i as Slot, (i * 2) as Slot]) as Slot;
            assert!(set::contains(st, t).unwrap());
        }
        // A sort with pointer keys that allocate, after a collection.
        let nums = ints_list(&(0..3000).rev().collect::<Vec<_>>());
        list::sort(nums, Some(list::test_key(key_pair)), p(&T_PAIR), false).unwrap();
        assert_eq!((*nums).len, 3000);
        std::hint::black_box((l, dd, st));
    });
}

#[test]
fn comparison_operators_cover_all_ops() {
    on_gc_thread(|| unsafe {
        let ti = d(&T_INT);
        let table = [
            (OP_LT, [true, false, false]),
            (OP_LE, [true, true, false]),
            (OP_GT, [false, false, true]),
            (OP_GE, [false, true, true]),
            (OP_EQ, [false, true, false]),
            (OP_NE, [true, false, true]),
        ];
        for (op, want) in table {
            for (j, b) in [2i64, 1, 0].into_iter().enumerate() {
                assert_eq!(
                    value::compare(ti, 1, ti, b as Slot, op).unwrap(),
                    want[j],
                    "op {op} 1 vs {b}"
                );
            }
        }
    });
}
