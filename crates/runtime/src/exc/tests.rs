//! Unit tests of exceptions: the LSDA parser, `str`/`repr` of exceptions,
//! `isinstance`, context chaining and the uncaught-exception report
//! (expectations taken from python3.11). Nothing here actually raises: a
//! Rust test cannot catch a foreign exception.

use std::ffi::{c_char, CString};

use super::unwind::set_context;
use super::*;
use crate::error::ErrArg;
use crate::object::{MgTypeN, TbEntry, KIND_INT, KIND_STR};
use crate::test_support::on_gc_thread;

// ---------------------------------------------------------------------------
// LSDA parsing
// ---------------------------------------------------------------------------

fn uleb(mut v: u64, out: &mut Vec<u8>) {
    loop {
        let b = (v & 0x7f) as u8;
        v >>= 7;
        if v == 0 {
            out.push(b);
            return;
        }
        out.push(b | 0x80);
    }
}

#[test]
fn lsda_with_uleb_call_sites() {
    // lpstart omitted (= function start), no type table, uleb128 call
    // sites: [0x10, 0x30) -> pad 0x80; [0x30, 0x40) no pad; [0x50, 0x58)
    // -> pad 0x190 (a two-byte uleb), action 1.
    let mut cs = Vec::new();
    for (start, len, pad, action) in [
        (0x10, 0x20, 0x80, 0),
        (0x30, 0x10, 0, 0),
        (0x50, 8, 0x190, 1),
    ] {
        uleb(start, &mut cs);
        uleb(len, &mut cs);
        uleb(pad, &mut cs);
        uleb(action, &mut cs);
    }
    let mut lsda = vec![0xff, 0xff, 0x01];
    uleb(cs.len() as u64, &mut lsda);
    lsda.extend_from_slice(&cs);
    lsda.extend_from_slice(&[0x01, 0x00]); // an action table follows
    let f = 0x40_0000;
    let find = |off: usize| unsafe { find_landing_pad(lsda.as_ptr(), f, f + off) };
    assert_eq!(find(0x05), None);
    assert_eq!(find(0x10), Some(f + 0x80));
    assert_eq!(find(0x2f), Some(f + 0x80));
    assert_eq!(find(0x30), None);
    assert_eq!(find(0x45), None);
    assert_eq!(find(0x50), Some(f + 0x190));
    assert_eq!(find(0x57), Some(f + 0x190));
    assert_eq!(find(0x58), None);
    assert_eq!(find(0x1000), None);
}

#[test]
fn lsda_with_udata4_call_sites_pcrel_lpstart_and_type_table() {
    // lpstart: pcrel|sdata4 pointing at `target`; type table present
    // (indirect|pcrel|sdata4, uleb offset); udata4 call sites.
    let f = 0x7f00_0000_0000usize;
    let target = f + 0x1000;
    let mut lsda = vec![0x1b, 0, 0, 0, 0, 0x9b];
    uleb(300, &mut lsda);
    lsda.push(0x03);
    let mut cs = Vec::new();
    for (start, len, pad) in [(0u32, 0x10u32, 0x20u32), (0x10, 0x10, 0x40)] {
        cs.extend_from_slice(&start.to_ne_bytes());
        cs.extend_from_slice(&len.to_ne_bytes());
        cs.extend_from_slice(&pad.to_ne_bytes());
        uleb(0, &mut cs);
    }
    uleb(cs.len() as u64, &mut lsda);
    lsda.extend_from_slice(&cs);
    let field = lsda.as_ptr() as usize + 1;
    let rel = target.wrapping_sub(field) as i64;
    // The test addresses are far apart; keep the offset in 32 bits by
    // placing the target relative to the table instead.
    let target = if i32::try_from(rel).is_ok() {
        target
    } else {
        field.wrapping_add(0x1234)
    };
    let rel = target.wrapping_sub(field) as i32;
    lsda[1..5].copy_from_slice(&rel.to_ne_bytes());
    let find = |off: usize| unsafe { find_landing_pad(lsda.as_ptr(), f, f + off) };
    assert_eq!(find(0), Some(target + 0x20));
    assert_eq!(find(0x1f), Some(target + 0x40));
    assert_eq!(find(0x20), None);
}

#[test]
fn lsda_with_absolute_and_indirect_lpstart() {
    let f = 0x1000usize;
    // absptr lpstart, sdata4 call sites.
    let mut lsda = vec![0x00];
    lsda.extend_from_slice(&0x9000usize.to_ne_bytes());
    lsda.extend_from_slice(&[0xff, 0x0b]);
    let mut cs = Vec::new();
    cs.extend_from_slice(&4i32.to_ne_bytes());
    cs.extend_from_slice(&4i32.to_ne_bytes());
    cs.extend_from_slice(&8i32.to_ne_bytes());
    uleb(0, &mut cs);
    uleb(cs.len() as u64, &mut lsda);
    lsda.extend_from_slice(&cs);
    assert_eq!(
        unsafe { find_landing_pad(lsda.as_ptr(), f, f + 5) },
        Some(0x9008)
    );
    // indirect|udata8 lpstart: the table holds the address of a word that
    // holds lpstart.
    let word: Box<usize> = Box::new(0x5000);
    let mut lsda = vec![0x84];
    lsda.extend_from_slice(&(&*word as *const usize as u64).to_ne_bytes());
    lsda.extend_from_slice(&[0xff, 0x01]);
    let cs = [0u8, 0x10, 0x01, 0x00];
    uleb(cs.len() as u64, &mut lsda);
    lsda.extend_from_slice(&cs);
    assert_eq!(
        unsafe { find_landing_pad(lsda.as_ptr(), f, f + 3) },
        Some(0x5001)
    );
}

// ---------------------------------------------------------------------------
// Classes, exception objects, str and repr
// ---------------------------------------------------------------------------

const fn class(name: &'static std::ffi::CStr, parent: &'static MgClass) -> MgClass {
    MgClass {
        name: name.as_ptr(),
        module: std::ptr::null(),
        parent,
        flags: crate::object::CLASS_EXCEPTION,
        repr: None,
        str: None,
        eq: None,
        hash: None,
        lt: None,
        le: None,
        gt: None,
        ge: None,
        attrs: std::ptr::null(),
    }
}

unsafe extern "C-unwind" fn custom_str(_: *mut MgObject) -> *const MgStr {
    new_str(b"custom message")
}

unsafe extern "C-unwind" fn custom_repr(_: *mut MgObject) -> *const MgStr {
    new_str(b"<custom>")
}

static MY_ERROR: MgClass = MgClass {
    str: Some(custom_str),
    ..class(c"MyError", &mg_class_Exception)
};
static SUB_ERROR: MgClass = class(c"SubError", &MY_ERROR);
static MY_KEY_ERROR: MgClass = class(c"MyKeyError", &mg_class_KeyError);
static REPR_ERROR: MgClass = MgClass {
    repr: Some(custom_repr),
    ..class(c"ReprError", &mg_class_ValueError)
};

static T_INT: MgTypeN<0> = MgTypeN {
    kind: KIND_INT,
    nargs: 0,
    args: [],
};
static T_STR_INT: MgTypeN<2> = MgTypeN {
    kind: KIND_TUPLE,
    nargs: 2,
    args: [TYPE_STR.as_type(), T_INT.as_type()],
};

fn s(text: &str) -> u64 {
    new_str(text.as_bytes()) as u64
}

fn msg(cls: &'static MgClass, m: &str) -> *mut MgException {
    new_builtin(cls, ErrArg::Msg(m.to_owned()))
}

/// `ValueError('a', 1)`-style exceptions: a str and an int.
fn two_args(cls: &'static MgClass) -> *mut MgException {
    let args = new_tuple(&[s("a"), 1]);
    // SAFETY: the arguments match the descriptor.
    unsafe { mg_exc_new(cls, 56, args, T_STR_INT.as_type()) }
}

unsafe fn text(p: *const MgStr) -> String {
    MgStr::text(p).to_owned()
}

unsafe fn str_repr(e: *mut MgException) -> (String, String) {
    (text(mg_exc_str(e)), text(mg_exc_repr(e)))
}

#[test]
fn exception_str_and_repr_follow_cpython() {
    let got = on_gc_thread(|| unsafe {
        let key = new_builtin(
            &mg_class_KeyError,
            ErrArg::Value(TYPE_STR.as_type(), s("a")),
        );
        vec![
            str_repr(msg(&mg_class_ValueError, "")),
            str_repr(msg(&mg_class_ValueError, "bad value")),
            str_repr(two_args(&mg_class_ValueError)),
            str_repr(key),
            str_repr(msg(&mg_class_KeyError, "")),
            str_repr(two_args(&mg_class_KeyError)),
            str_repr(new_builtin(
                &MY_KEY_ERROR,
                ErrArg::Value(T_INT.as_type(), 7),
            )),
            str_repr(msg(&MY_ERROR, "x")),
            str_repr(msg(&SUB_ERROR, "x")),
            str_repr(msg(&REPR_ERROR, "x")),
            str_repr(msg(
                &mg_class_FrozenInstanceError,
                "cannot assign to field 'x'",
            )),
        ]
    });
    let want = [
        ("", "ValueError()"),
        ("bad value", "ValueError('bad value')"),
        ("('a', 1)", "ValueError('a', 1)"),
        ("'a'", "KeyError('a')"),
        ("", "KeyError()"),
        ("('a', 1)", "KeyError('a', 1)"),
        ("7", "MyKeyError(7)"),
        ("custom message", "MyError('x')"),
        ("custom message", "SubError('x')"),
        ("x", "<custom>"),
        (
            "cannot assign to field 'x'",
            "FrozenInstanceError(\"cannot assign to field 'x'\")",
        ),
    ];
    assert_eq!(got.len(), want.len());
    for (g, w) in got.iter().zip(want) {
        assert_eq!((g.0.as_str(), g.1.as_str()), w);
    }
}

static T_INT_STR_STR: MgTypeN<3> = MgTypeN {
    kind: KIND_TUPLE,
    nargs: 3,
    args: [T_INT.as_type(), TYPE_STR.as_type(), TYPE_STR.as_type()],
};

#[test]
fn os_error_parses_its_arguments_as_cpython() {
    on_gc_thread(|| unsafe {
        // `OSError(2, 'x', 'f')` is a `FileNotFoundError` with the
        // filename apart from `args`.
        let args = new_tuple(&[2, s("x"), s("f")]);
        let e = mg_exc_new(&mg_class_OSError, 0, args, T_INT_STR_STR.as_type());
        assert!(std::ptr::eq((*e).cls, &mg_class_FileNotFoundError));
        assert_eq!(
            str_repr(e),
            (
                "[Errno 2] x: 'f'".into(),
                "FileNotFoundError(2, 'x')".into()
            )
        );
        assert!(!mg_oserror_attr(e, 2).is_null());
        // A subclass keeps its class; one argument is a plain message.
        let e = mg_exc_new(&mg_class_PermissionError, 0, args, T_INT_STR_STR.as_type());
        assert!(std::ptr::eq((*e).cls, &mg_class_PermissionError));
        let e = msg(&mg_class_FileNotFoundError, "plain");
        assert_eq!(
            str_repr(e),
            ("plain".into(), "FileNotFoundError('plain')".into())
        );
        assert!((0..3).all(|i| mg_oserror_attr(e, i).is_null()));
    });
}

#[test]
fn key_error_carries_the_key() {
    on_gc_thread(|| unsafe {
        let k = s("missing");
        let e = new_builtin(&mg_class_KeyError, ErrArg::Value(TYPE_STR.as_type(), k));
        assert_eq!(tuple_items((*e).args), [k]);
        let t = ty((*e).args_ty);
        assert_eq!((t.kind, t.nargs, t.arg(0).kind), (KIND_TUPLE, 1, KIND_STR));
    });
}

#[test]
fn isinstance_walks_the_parent_chain() {
    on_gc_thread(|| unsafe {
        let e = msg(&mg_class_ZeroDivisionError, "x") as *const MgObject;
        for cls in [
            &mg_class_ZeroDivisionError,
            &mg_class_ArithmeticError,
            &mg_class_Exception,
            &mg_class_BaseException,
        ] {
            assert_eq!(mg_isinstance(e, cls), 1);
        }
        assert_eq!(mg_isinstance(e, &mg_class_LookupError), 0);
        assert_eq!(mg_isinstance(e, &mg_class_OverflowError), 0);
        assert_eq!(mg_isinstance(std::ptr::null(), &mg_class_Exception), 0);
        assert_eq!(text(mg_class_name(e)), "ZeroDivisionError");
        let sub = msg(&SUB_ERROR, "") as *const MgObject;
        assert_eq!(mg_isinstance(sub, &MY_ERROR), 1);
        assert_eq!(mg_isinstance(sub, &mg_class_Exception), 1);
        assert_eq!(mg_isinstance(sub, &mg_class_ValueError), 0);
    });
}

#[test]
fn builtin_class_tables() {
    let table = builtin_exception_classes();
    assert_eq!(table[0], ("BaseException", ""));
    for (i, &(name, parent)) in table.iter().enumerate().skip(1) {
        assert!(
            table[..i].iter().any(|&(n, _)| n == parent),
            "{name}'s parent {parent} comes first"
        );
        assert!(table[..i].iter().all(|&(n, _)| n != name), "{name} once");
    }
    assert!(table.contains(&("FrozenInstanceError", "AttributeError")));
    assert!(table.contains(&("UnboundLocalError", "NameError")));
    assert_eq!(table.len(), class_symbols().len());
    let syms = crate::interface::symbols();
    let addr = |n: &str| syms.iter().find(|s| s.0 == n).map(|s| s.1);
    assert_eq!(
        addr("mg_class_KeyError"),
        Some(&mg_class_KeyError as *const MgClass as usize)
    );
    assert!(addr("mg_personality").is_some());
    assert!(addr("mg_raise_exc").is_some());
    assert!(crate::interface::decls().all(|d| d.name != "mg_personality"));
    assert_eq!(
        builtin_class(b"KeyError").map(|c| c as *const MgClass),
        Some(&mg_class_KeyError as *const MgClass)
    );
    assert!(builtin_class(b"NoSuchError").is_none());
}

#[test]
fn context_is_set_from_the_handled_exception() {
    on_gc_thread(|| unsafe {
        let a = msg(&mg_class_ValueError, "a");
        let b = msg(&mg_class_TypeError, "b");
        let c = msg(&mg_class_KeyError, "c");
        assert!(mg_exc_set_handled(a).is_null());
        set_context(b);
        assert_eq!((*b).context, a);
        // Raising the handled exception itself leaves it alone.
        set_context(a);
        assert!((*a).context.is_null());
        // A cycle through the context chain is cut: a.context = c, then c
        // is raised while a is handled.
        (*a).context = c;
        set_context(c);
        assert_eq!((*c).context, a);
        assert!((*a).context.is_null());
        assert_eq!(mg_exc_set_handled(std::ptr::null_mut()), a);
        assert!(handled().is_null());
        set_context(b);
        assert_eq!((*b).context, a, "no handled exception: unchanged");
    });
}

// ---------------------------------------------------------------------------
// The uncaught-exception report
// ---------------------------------------------------------------------------

fn cstr(s: &str) -> *const c_char {
    CString::new(s).unwrap().into_raw()
}

fn site(line: i64, func: &str, text: &str) -> *const TbSite {
    Box::into_raw(Box::new(TbSite {
        file: cstr("/tmp/t1.py"),
        func: cstr(func),
        line,
        text: cstr(text),
    }))
}

/// A traceback of the given sites, outermost first.
fn traceback(sites: &[*const TbSite]) -> *mut TbEntry {
    let mut next = std::ptr::null_mut();
    for &site in sites.iter().rev() {
        next = Box::into_raw(Box::new(TbEntry { site, next }));
    }
    next
}

unsafe fn report(e: *mut MgException) -> String {
    String::from_utf8(format_report(e)).unwrap()
}

#[test]
fn report_without_traceback() {
    let got = on_gc_thread(|| unsafe {
        [
            report(msg(&mg_class_ValueError, "bad")),
            report(msg(&mg_class_RuntimeError, "")),
            report(new_builtin(
                &mg_class_KeyError,
                ErrArg::Value(TYPE_STR.as_type(), s("k")),
            )),
            report(msg(
                &mg_class_FrozenInstanceError,
                "cannot assign to field 'x'",
            )),
            report(msg(&MY_ERROR, "")),
        ]
    });
    assert_eq!(
        got,
        [
            "ValueError: bad\n",
            "RuntimeError\n",
            "KeyError: 'k'\n",
            "dataclasses.FrozenInstanceError: cannot assign to field 'x'\n",
            "MyError: custom message\n",
        ]
    );
}

#[test]
fn report_matches_cpython_for_chains_and_repeats() {
    // The program in this test's expectation is:
    //  1 def f(n):
    //  2     if n == 0:
    //  3         raise ValueError("x")
    //  4     f(n-1)
    //  5 def g():
    //  6     try:
    //  7         f(4)
    //  8     except ValueError as e:
    //  9         raise KeyError("k") from e
    // 10 try:
    // 11     g()
    // 12 except KeyError as e:
    // 13     try:
    // 14         raise RuntimeError()
    // 15     except RuntimeError as r:
    // 16         r.__context__.__context__ = r
    // 17         raise
    let got = on_gc_thread(|| unsafe {
        let rec = site(4, "f", "f(n-1)");
        let v = msg(&mg_class_ValueError, "x");
        (*v).traceback = traceback(&[
            site(7, "g", "f(4)"),
            rec,
            rec,
            rec,
            rec,
            site(3, "f", "raise ValueError(\"x\")"),
        ]);
        let k = new_builtin(
            &mg_class_KeyError,
            ErrArg::Value(TYPE_STR.as_type(), s("k")),
        );
        (*k).traceback = traceback(&[
            site(11, "<module>", "g()"),
            site(9, "g", "raise KeyError(\"k\") from e"),
        ]);
        (*k).cause = v;
        (*k).context = v;
        (*k).suppress_context = 1;
        let r = msg(&mg_class_RuntimeError, "");
        (*r).traceback = traceback(&[site(14, "<module>", "raise RuntimeError()")]);
        (*r).context = k;
        (*k).context = r;
        report(r)
    });
    let want = r#"Traceback (most recent call last):
  File "/tmp/t1.py", line 7, in g
    f(4)
  File "/tmp/t1.py", line 4, in f
    f(n-1)
  File "/tmp/t1.py", line 4, in f
    f(n-1)
  File "/tmp/t1.py", line 4, in f
    f(n-1)
  [Previous line repeated 1 more time]
  File "/tmp/t1.py", line 3, in f
    raise ValueError("x")
ValueError: x

The above exception was the direct cause of the following exception:

Traceback (most recent call last):
  File "/tmp/t1.py", line 11, in <module>
    g()
  File "/tmp/t1.py", line 9, in g
    raise KeyError("k") from e
KeyError: 'k'

During handling of the above exception, another exception occurred:

Traceback (most recent call last):
  File "/tmp/t1.py", line 14, in <module>
    raise RuntimeError()
RuntimeError
"#;
    assert_eq!(got, want);
}

#[test]
fn report_collapses_repeats_and_limits_depth() {
    let (deep, runs, context_cycle, suppressed) = on_gc_thread(|| unsafe {
        // RecursionError-like: the module frame, then 1200 identical ones.
        let e = msg(&mg_class_RecursionError, "maximum recursion depth exceeded");
        let mut sites = vec![site(9, "<module>", "f()")];
        let rec = site(2, "f", "");
        sites.extend(std::iter::repeat_n(rec, 1200));
        (*e).traceback = traceback(&sites);
        let deep = report(e);
        // Runs of exactly 3 and 5, then a different line.
        let e = msg(&mg_class_ValueError, "");
        let (a, b, c) = (site(1, "a", "x"), site(2, "b", "y"), site(3, "c", ""));
        (*e).traceback = traceback(&[a, a, a, b, b, b, b, b, c]);
        let runs = report(e);
        // A context cycle is printed once.
        let x = msg(&mg_class_ValueError, "x");
        let y = msg(&mg_class_TypeError, "y");
        (*x).context = y;
        (*y).context = x;
        let cycle = report(x);
        // `raise ... from None` hides the context.
        (*y).suppress_context = 1;
        let suppressed = report(y);
        (deep, runs, cycle, suppressed)
    });
    // Only the innermost 1000 frames are printed (the module frame is not).
    assert_eq!(
        deep,
        "Traceback (most recent call last):\n\
         \x20 File \"/tmp/t1.py\", line 2, in f\n\
         \x20 File \"/tmp/t1.py\", line 2, in f\n\
         \x20 File \"/tmp/t1.py\", line 2, in f\n\
         \x20 [Previous line repeated 997 more times]\n\
         RecursionError: maximum recursion depth exceeded\n"
    );
    assert_eq!(
        runs,
        "Traceback (most recent call last):\n\
         \x20 File \"/tmp/t1.py\", line 1, in a\n    x\n\
         \x20 File \"/tmp/t1.py\", line 1, in a\n    x\n\
         \x20 File \"/tmp/t1.py\", line 1, in a\n    x\n\
         \x20 File \"/tmp/t1.py\", line 2, in b\n    y\n\
         \x20 File \"/tmp/t1.py\", line 2, in b\n    y\n\
         \x20 File \"/tmp/t1.py\", line 2, in b\n    y\n\
         \x20 [Previous line repeated 2 more times]\n\
         \x20 File \"/tmp/t1.py\", line 3, in c\n\
         ValueError\n"
    );
    assert_eq!(
        context_cycle,
        "TypeError: y\n\nDuring handling of the above exception, another exception occurred:\n\nValueError: x\n"
    );
    assert_eq!(suppressed, "TypeError: y\n");
}
