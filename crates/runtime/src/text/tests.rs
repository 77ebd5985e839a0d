//! Checks the text runtime against the tables that
//! `scripts/gen_text_tests.py` computed with CPython: errors through the
//! pure helpers, results through the `extern "C-unwind"` functions themselves.

use super::cases::{Expect, A, FORMAT_BOOL, FORMAT_FLOAT, FORMAT_INT, FORMAT_NONE, FORMAT_STR};
use super::cases::{P, PERCENT, R, STR_OPS};
use super::format::{format_float, format_int, format_none, format_str};
use super::index::{chr, item_index, ord, slice_range};
use super::methods::{self, Direction, Text};
use super::percent::{percent_format, Arg};
use super::*;
use crate::error::PyResult;
use crate::object::{
    MgTypeN, KIND_BOOL, KIND_FLOAT, KIND_INT, KIND_LIST, KIND_NONE, KIND_STR, KIND_TUPLE,
};
use crate::test_support::on_gc_thread;

/// An owned result, comparable with the expected [`R`].
#[derive(Debug, PartialEq)]
enum Got {
    S(String),
    I(i64),
    B(bool),
    L(Vec<String>),
    T(String, String, String),
}

fn want(r: &R) -> Got {
    match *r {
        R::S(s) => Got::S(s.to_owned()),
        R::I(i) => Got::I(i),
        R::B(b) => Got::B(b),
        R::L(l) => Got::L(l.iter().map(|s| s.to_string()).collect()),
        R::T(a, b, c) => Got::T(a.to_owned(), b.to_owned(), c.to_owned()),
    }
}

/// Reads a runtime string back, checking its header.
unsafe fn read(p: *const MgStr) -> String {
    let text = MgStr::text(p).to_owned();
    assert_eq!(
        MgStr::nchars(p),
        text.chars().count() as i64,
        "nchars of {text:?}"
    );
    text
}

unsafe fn read_list(l: *mut MgList) -> Vec<String> {
    (0..(*l).len as usize)
        .map(|i| read(*(*l).items.add(i) as *const MgStr))
        .collect()
}

unsafe fn read_tuple3(t: *mut MgTuple) -> Got {
    assert_eq!((*t).len, 3);
    let items = std::ptr::addr_of!((*t).items).cast::<u64>();
    let get = |i: usize| read(*items.add(i) as *const MgStr);
    Got::T(get(0), get(1), get(2))
}

fn s_arg(args: &[A], i: usize) -> &'static str {
    match args[i] {
        A::S(s) => s,
        ref a => panic!("argument {i} should be a string: {a:?}"),
    }
}

fn opt_arg(args: &[A], i: usize) -> Option<&'static str> {
    match args[i] {
        A::N => None,
        _ => Some(s_arg(args, i)),
    }
}

fn i_arg(args: &[A], i: usize) -> i64 {
    match args[i] {
        A::I(v) => v,
        ref a => panic!("argument {i} should be an int: {a:?}"),
    }
}

/// The pure helper behind each operation that can raise, or `None` for
/// operations that cannot.
fn pure_op(name: &str, args: &[A]) -> Option<PyResult<Got>> {
    let s = || s_arg(args, 0);
    let strings = |v: Vec<&str>| Got::L(v.into_iter().map(str::to_owned).collect());
    let dir = |fwd: bool| {
        if fwd {
            Direction::Forward
        } else {
            Direction::Backward
        }
    };
    Some(match name {
        "split" | "rsplit" => {
            let f = if name == "split" {
                methods::split
            } else {
                methods::rsplit
            };
            f(s(), opt_arg(args, 1), i_arg(args, 2)).map(strings)
        }
        "index" | "rindex" => methods::index(
            Text::new(s()),
            Text::new(s_arg(args, 1)),
            i_arg(args, 2),
            i_arg(args, 3),
            dir(name == "index"),
        )
        .map(Got::I),
        "center" | "ljust" | "rjust" => methods::fill_char(opt_arg(args, 2)).map(|_| Got::I(0)),
        "partition" | "rpartition" => {
            methods::partition(s(), s_arg(args, 1), dir(name == "partition"))
                .map(|(a, b, c)| Got::T(a.into(), b.into(), c.into()))
        }
        "getitem" => {
            item_index(i_arg(args, 1), s().chars().count() as i64).map(|i| Got::I(i as i64))
        }
        "slice" => slice_range(
            s().chars().count() as i64,
            i_arg(args, 1),
            i_arg(args, 2),
            i_arg(args, 3),
            i_arg(args, 4),
        )
        .map(|r| Got::I(r.count)),
        "ord" => ord(s(), s().chars().count() as i64).map(Got::I),
        "chr" => chr(i_arg(args, 0)).map(|c| Got::S(c.to_string())),
        _ => return None,
    })
}

/// Runs one operation through the C ABI.
unsafe fn abi_op(name: &str, args: &[A]) -> Got {
    let st = |i: usize| new_str(s_arg(args, i));
    let opt = |i: usize| opt_arg(args, i).map_or(std::ptr::null(), new_str);
    let int = |i: usize| i_arg(args, i);
    let text = |p: *const MgStr| Got::S(read(p));
    let flag = |v: i64| {
        assert!(v == 0 || v == 1, "{name}: boolean result {v}");
        Got::B(v == 1)
    };
    match name {
        "upper" => text(mg_str_upper(st(0))),
        "lower" => text(mg_str_lower(st(0))),
        "title" => text(mg_str_title(st(0))),
        "capitalize" => text(mg_str_capitalize(st(0))),
        "swapcase" => text(mg_str_swapcase(st(0))),
        "casefold" => text(mg_str_casefold(st(0))),
        "isdigit" => flag(mg_str_isdigit(st(0))),
        "isalpha" => flag(mg_str_isalpha(st(0))),
        "isalnum" => flag(mg_str_isalnum(st(0))),
        "isspace" => flag(mg_str_isspace(st(0))),
        "isupper" => flag(mg_str_isupper(st(0))),
        "islower" => flag(mg_str_islower(st(0))),
        "isdecimal" => flag(mg_str_isdecimal(st(0))),
        "isnumeric" => flag(mg_str_isnumeric(st(0))),
        "istitle" => flag(mg_str_istitle(st(0))),
        "isascii" => flag(mg_str_isascii(st(0))),
        "isprintable" => flag(mg_str_isprintable(st(0))),
        "isidentifier" => flag(mg_str_isidentifier(st(0))),
        "split" => Got::L(read_list(mg_str_split(st(0), opt(1), int(2)))),
        "rsplit" => Got::L(read_list(mg_str_rsplit(st(0), opt(1), int(2)))),
        "splitlines" => Got::L(read_list(mg_str_splitlines(st(0), int(1)))),
        "strip" => text(mg_str_strip(st(0), opt(1))),
        "lstrip" => text(mg_str_lstrip(st(0), opt(1))),
        "rstrip" => text(mg_str_rstrip(st(0), opt(1))),
        "expandtabs" => text(mg_str_expandtabs(st(0), int(1))),
        "len" => Got::I(crate::mg_str_len(st(0))),
        "join" => {
            let A::L(items) = args[1] else {
                panic!("join needs a list")
            };
            let list = crate::object::new_list(crate::object::TYPE_STR.as_type(), items.len());
            for (i, item) in items.iter().enumerate() {
                *(*list).items.add(i) = new_str(item) as u64;
            }
            text(mg_str_join(st(0), list))
        }
        "replace" => text(mg_str_replace(st(0), st(1), st(2), int(3))),
        "find" => Got::I(mg_str_find(st(0), st(1), int(2), int(3))),
        "rfind" => Got::I(mg_str_rfind(st(0), st(1), int(2), int(3))),
        "index" => Got::I(mg_str_index(st(0), st(1), int(2), int(3))),
        "rindex" => Got::I(mg_str_rindex(st(0), st(1), int(2), int(3))),
        "count" => Got::I(mg_str_count(st(0), st(1), int(2), int(3))),
        "startswith" => flag(mg_str_startswith(st(0), st(1), int(2), int(3))),
        "endswith" => flag(mg_str_endswith(st(0), st(1), int(2), int(3))),
        "zfill" => text(mg_str_zfill(st(0), int(1))),
        "center" => text(mg_str_center(st(0), int(1), opt(2))),
        "ljust" => text(mg_str_ljust(st(0), int(1), opt(2))),
        "rjust" => text(mg_str_rjust(st(0), int(1), opt(2))),
        "partition" => read_tuple3(mg_str_partition(st(0), st(1))),
        "rpartition" => read_tuple3(mg_str_rpartition(st(0), st(1))),
        "removeprefix" => text(mg_str_removeprefix(st(0), st(1))),
        "removesuffix" => text(mg_str_removesuffix(st(0), st(1))),
        "getitem" => text(mg_str_getitem(st(0), int(1))),
        "slice" => text(mg_str_slice(st(0), int(1), int(2), int(3), int(4))),
        "iter" => {
            let s = st(0);
            let mut chars = Vec::new();
            let mut pos = 0;
            while pos < (*s).len {
                let c = mg_str_char_at(s, pos);
                assert_eq!(MgStr::nchars(c), 1);
                pos += (*c).len;
                chars.push(read(c));
            }
            Got::L(chars)
        }
        "ord" => Got::I(mg_str_ord(st(0))),
        "chr" => text(mg_chr(int(0))),
        _ => panic!("unknown operation {name}"),
    }
}

/// Compares an outcome with CPython's, describing a mismatch.
fn compare<T: PartialEq + std::fmt::Debug, W: std::fmt::Debug>(
    got: &PyResult<T>,
    want: &Expect<W>,
    want_ok: impl Fn(&W) -> T,
) -> bool {
    match (got, want) {
        (Ok(g), Ok(w)) => *g == want_ok(w),
        (Err(e), Err((wt, wm))) => {
            let (gt, gm) = e.text();
            gt == *wt && gm == *wm
        }
        _ => false,
    }
}

#[test]
fn str_operations_match_cpython() {
    let failures = on_gc_thread(|| {
        let mut failures = Vec::new();
        for (name, args, expect) in STR_OPS {
            if let Some(got) = pure_op(name, args) {
                let ok = match (&got, expect) {
                    (Ok(_), Ok(_)) => true,
                    _ => compare(&got, expect, want),
                };
                if !ok {
                    failures.push(format!("{name}{args:?}: got {got:?}, CPython {expect:?}"));
                    continue;
                }
            }
            if let Ok(w) = expect {
                // SAFETY: the arguments are built from valid Rust values.
                let got = unsafe { abi_op(name, args) };
                if got != want(w) {
                    failures.push(format!("{name}{args:?}: got {got:?}, CPython {w:?}"));
                }
            }
        }
        failures
    });
    assert!(
        failures.is_empty(),
        "{} mismatches:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// Checks a table of `format(value, spec)` cases, both through the pure
/// helper and (for successes) through the C ABI.
fn check_format<V: Copy + std::fmt::Debug + Send + Sync + 'static>(
    table: &'static [(V, &'static str, Expect<&'static str>)],
    pure: fn(V, &str) -> PyResult<String>,
    abi: unsafe fn(V, *const MgStr) -> *const MgStr,
) {
    let failures = on_gc_thread(move || {
        let mut failures = Vec::new();
        for &(v, spec, expect) in table {
            let got = pure(v, spec);
            if !compare(&got, &expect, |w| w.to_string()) {
                failures.push(format!(
                    "format({v:?}, {spec:?}): got {got:?}, CPython {expect:?}"
                ));
            } else if let Ok(w) = expect {
                // SAFETY: the spec is a valid string.
                let got = unsafe { read(abi(v, new_str(spec))) };
                if got != w {
                    failures.push(format!("format({v:?}, {spec:?}) via ABI: got {got:?}"));
                }
            }
        }
        failures
    });
    assert!(
        failures.is_empty(),
        "{} mismatches:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn format_int_matches_cpython() {
    check_format(
        FORMAT_INT,
        |v, s| format_int(v, s, "int"),
        |v, s| unsafe { mg_format_int(v, s) },
    );
}

#[test]
fn format_bool_matches_cpython() {
    check_format(
        FORMAT_BOOL,
        |v, s| {
            if s.is_empty() {
                Ok(if v { "True" } else { "False" }.to_owned())
            } else {
                format_int(i64::from(v), s, "bool")
            }
        },
        |v, s| unsafe { mg_format_bool(i64::from(v), s) },
    );
}

#[test]
fn format_float_matches_cpython() {
    check_format(FORMAT_FLOAT, format_float, |v, s| unsafe {
        mg_format_float(v, s)
    });
}

#[test]
fn format_str_matches_cpython() {
    check_format(FORMAT_STR, format_str, |v, s| unsafe {
        mg_format_str(new_str(v), s)
    });
}

#[test]
fn format_none_matches_cpython() {
    let table: Vec<((), &str, Expect<&str>)> =
        FORMAT_NONE.iter().map(|&(s, e)| ((), s, e)).collect();
    check_format(
        table.leak(),
        |_, s| format_none(s),
        |_, s| unsafe { mg_format_none(s) },
    );
}

fn parg(p: &P) -> Arg<'static> {
    match *p {
        P::N => Arg::None,
        P::B(b) => Arg::Bool(b),
        P::I(i) => Arg::Int(i),
        P::F(f) => Arg::Float(f),
        P::S(s) => Arg::Str(s),
    }
}

static T_NONE: MgTypeN<0> = MgTypeN {
    kind: KIND_NONE,
    nargs: 0,
    args: [],
};
static T_BOOL: MgTypeN<0> = MgTypeN {
    kind: KIND_BOOL,
    nargs: 0,
    args: [],
};
static T_INT: MgTypeN<0> = MgTypeN {
    kind: KIND_INT,
    nargs: 0,
    args: [],
};
static T_FLOAT: MgTypeN<0> = MgTypeN {
    kind: KIND_FLOAT,
    nargs: 0,
    args: [],
};
static T_STR: MgTypeN<0> = MgTypeN {
    kind: KIND_STR,
    nargs: 0,
    args: [],
};

/// The slot and descriptor of a `%` argument (strings are allocated).
fn pslot(p: &P) -> (u64, *const MgType) {
    match *p {
        P::N => (0, T_NONE.as_type()),
        P::B(b) => (u64::from(b), T_BOOL.as_type()),
        P::I(i) => (i as u64, T_INT.as_type()),
        P::F(f) => (f.to_bits(), T_FLOAT.as_type()),
        P::S(s) => (new_str(s) as u64, T_STR.as_type()),
    }
}

/// A tuple type descriptor with the given fields (leaked: test only).
fn tuple_type(fields: Vec<*const MgType>) -> *const MgType {
    let mut words: Vec<usize> = vec![KIND_TUPLE as usize, fields.len()];
    words.extend(fields.iter().map(|&f| f as usize));
    words.leak().as_ptr().cast()
}

/// A boxed tuple of the given slots.
fn boxed_tuple(slots: &[u64]) -> u64 {
    let t = crate::mg_alloc(8 + 8 * slots.len() as i64) as *mut MgTuple;
    // SAFETY: the block has room for the length and the slots.
    unsafe {
        (*t).len = slots.len() as i64;
        let items = std::ptr::addr_of_mut!((*t).items).cast::<u64>();
        for (i, &s) in slots.iter().enumerate() {
            *items.add(i) = s;
        }
    }
    t as u64
}

#[test]
fn percent_matches_cpython() {
    let failures = on_gc_thread(|| {
        let mut failures = Vec::new();
        for &(fmt, args, single, expect) in PERCENT {
            let rargs: Vec<Arg> = args.iter().map(parg).collect();
            let got = percent_format(fmt, &rargs, false);
            if !compare(&got, &expect, |w| w.to_string()) {
                failures.push(format!(
                    "{fmt:?} % {args:?}: got {got:?}, CPython {expect:?}"
                ));
                continue;
            }
            let Ok(w) = expect else { continue };
            let (value, ty) = if single {
                pslot(&args[0])
            } else {
                let (slots, types): (Vec<u64>, Vec<*const MgType>) = args.iter().map(pslot).unzip();
                (boxed_tuple(&slots), tuple_type(types))
            };
            // SAFETY: the slots match their descriptors.
            let got = unsafe { read(mg_percent_format(new_str(fmt), value, ty)) };
            if got != w {
                failures.push(format!("{fmt:?} % {args:?} via ABI: got {got:?}"));
            }
        }
        failures
    });
    assert!(
        failures.is_empty(),
        "{} mismatches:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn percent_with_containers() {
    on_gc_thread(|| unsafe {
        // ('%s %r' % ((1, 'a'), [1.5, 2.0])) == "(1, 'a') [1.5, 2.0]"
        let pair = tuple_type(vec![T_INT.as_type(), T_STR.as_type()]);
        let list_float: &'static MgTypeN<1> = Box::leak(Box::new(MgTypeN {
            kind: KIND_LIST,
            nargs: 1,
            args: [T_FLOAT.as_type()],
        }));
        let tup = boxed_tuple(&[1, new_str("a") as u64]);
        let list = crate::object::new_list(T_FLOAT.as_type(), 2);
        *(*list).items = 1.5f64.to_bits();
        *(*list).items.add(1) = 2.0f64.to_bits();
        let outer = tuple_type(vec![pair, list_float.as_type()]);
        let args = boxed_tuple(&[tup, list as u64]);
        let got = read(mg_percent_format(new_str("%s %r"), args, outer));
        assert_eq!(got, "(1, 'a') [1.5, 2.0]");
        // A single tuple operand supplies the arguments.
        let got = read(mg_percent_format(new_str("%d-%s"), tup, pair));
        assert_eq!(got, "1-a");
        // A list operand is a mapping for CPython: no "not all arguments
        // converted" error ('hi' % [1.5, 2.0] == 'hi').
        let got = read(mg_percent_format(
            new_str("hi"),
            list as u64,
            list_float.as_type(),
        ));
        assert_eq!(got, "hi");
        let got = read(mg_percent_format(
            new_str("%s"),
            list as u64,
            list_float.as_type(),
        ));
        assert_eq!(got, "[1.5, 2.0]");
        // ((1,),) and ()
        let one = tuple_type(vec![T_INT.as_type()]);
        let wrap = tuple_type(vec![one]);
        let got = read(mg_percent_format(
            new_str("%s"),
            boxed_tuple(&[boxed_tuple(&[7])]),
            wrap,
        ));
        assert_eq!(got, "(7,)");
        let empty = tuple_type(vec![]);
        let got = read(mg_percent_format(new_str("()"), boxed_tuple(&[]), empty));
        assert_eq!(got, "()");

        // A dict operand: keys, repr, and no "not all converted" check.
        let dict_t: &'static MgTypeN<2> = Box::leak(Box::new(MgTypeN {
            kind: crate::object::KIND_DICT,
            nargs: 2,
            args: [T_STR.as_type(), T_INT.as_type()],
        }));
        let d = crate::mg_dict_new(T_STR.as_type(), T_INT.as_type());
        crate::mg_dict_set(d, new_str("a") as u64, 1);
        crate::mg_dict_set(d, new_str("bc") as u64, 22);
        let fmt = |f: &str| read(mg_percent_format(new_str(f), d as u64, dict_t.as_type()));
        assert_eq!(fmt("%(a)s-%(bc)05d"), "1-00022");
        assert_eq!(fmt("%s"), "{'a': 1, 'bc': 22}");
        assert_eq!(fmt("hi"), "hi");
        assert_eq!(fmt("%s %(a)s"), "{'a': 1, 'bc': 22} 1");
        assert_eq!(fmt("%(a)s%%"), "1%");
        let arg = Arg::Obj(d as u64, dict_t.as_type());
        let err = |f: &str| percent_format(f, &[arg], true).unwrap_err().text();
        assert_eq!(err("%(zz)s"), ("KeyError", "'zz'".to_owned()));
        assert_eq!(
            err("%(a)s %s"),
            (
                "TypeError",
                "not enough arguments for format string".to_owned()
            )
        );
        assert_eq!(
            err("%(a"),
            ("ValueError", "incomplete format key".to_owned())
        );
        // A list operand has no str keys.
        let arg = Arg::Obj(list as u64, list_float.as_type());
        assert_eq!(
            percent_format("%(a)s", &[arg], true).unwrap_err().text(),
            (
                "TypeError",
                "list indices must be integers or slices, not str".to_owned()
            )
        );
    });
}

#[test]
fn string_builder() {
    on_gc_thread(|| unsafe {
        let b = mg_strbuf_new(std::ptr::null());
        assert_eq!(read(mg_strbuf_value(b)), "");
        let mut expect = String::new();
        // The earlier values, kept alive in GC memory, and their texts.
        let kept = crate::mg_alloc(8 * 16) as *mut usize;
        let mut snapshots = Vec::new();
        for i in 0..2000 {
            let piece = if i % 7 == 0 {
                "日本".to_owned()
            } else {
                i.to_string()
            };
            mg_strbuf_append(b, new_str(&piece));
            expect.push_str(&piece);
            if i % 300 == 0 {
                let v = mg_strbuf_value(b);
                // A second read without appends returns the same string.
                assert_eq!(mg_strbuf_value(b), v);
                *kept.add(snapshots.len()) = v as usize;
                snapshots.push(expect.clone());
            }
            if i % 500 == 0 {
                crate::mg_gc_collect();
            }
        }
        assert_eq!(mg_strbuf_len(b), expect.chars().count() as i64);
        assert_eq!(read(mg_strbuf_value(b)), expect);
        // Earlier values never change.
        for (i, text) in snapshots.iter().enumerate() {
            assert_eq!(&read(*kept.add(i) as *const MgStr), text);
        }
        // A builder starting from a string never writes into it.
        let lit = new_str("abc");
        let b = mg_strbuf_new(lit);
        assert_eq!(mg_strbuf_value(b), lit);
        mg_strbuf_append(b, new_str("def"));
        assert_eq!(read(lit), "abc");
        assert_eq!(read(mg_strbuf_value(b)), "abcdef");
        std::hint::black_box(kept);
    });
}

#[test]
fn indexing_non_ascii_uses_the_cache_correctly() {
    on_gc_thread(|| unsafe {
        let text: String = (0..500)
            .map(|i| {
                if i % 3 == 0 {
                    'é'
                } else {
                    char::from(b'a' + (i % 26) as u8)
                }
            })
            .collect();
        let chars: Vec<char> = text.chars().collect();
        let s = new_str(&text);
        let other = new_str("日本語");
        // Forward, backward and random access, interleaved with another
        // string so the cache switches.
        let order: Vec<i64> = (0..500)
            .chain((0..500).rev())
            .chain((0..500).map(|i| (i * 7919) % 500))
            .collect();
        for (k, &i) in order.iter().enumerate() {
            assert_eq!(read(mg_str_getitem(s, i)), chars[i as usize].to_string());
            assert_eq!(
                read(mg_str_getitem(s, i - 500)),
                chars[i as usize].to_string()
            );
            if k % 50 == 0 {
                assert_eq!(read(mg_str_getitem(other, 1)), "本");
            }
        }
        let sl = read(mg_str_slice(s, 10, 400, 7, 0));
        let want: String = chars[10..400].iter().step_by(7).collect();
        assert_eq!(sl, want);
        let sl = read(mg_str_slice(s, 0, 0, -3, 3));
        let want: String = chars.iter().rev().step_by(3).collect();
        assert_eq!(sl, want);
    });
}
