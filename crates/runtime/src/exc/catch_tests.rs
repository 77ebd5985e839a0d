//! End-to-end tests of raising and catching, with a hand-written x86-64
//! function that uses `mg_personality` and a landing pad exactly as
//! compiled code does (a Rust `catch_unwind` cannot catch a foreign
//! exception), and of the uncaught-exception report in a child process.

use std::ffi::CString;
use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};

use super::*;
use crate::containers::list;
use crate::containers::value::Slot;
use crate::object::{MgTypeN, KIND_INT, KIND_OBJECT};
use crate::test_support::on_gc_thread;

// `catch(f, arg, site)`: calls `f(arg)` and returns null, or, if it raises,
// the exception (the frame recorded with `site` if not null). Its LSDA has
// one call site (the call of `f`) with a landing pad, like an `invoke`.
std::arch::global_asm!(
    r#"
    .text
    .p2align 4
    .globl multigen_rt_test_catch
    .type multigen_rt_test_catch,@function
multigen_rt_test_catch:
    .cfi_startproc
    .cfi_personality 0x1b, mg_personality
    .cfi_lsda 0x1b, .Lmg_test_lsda
    pushq %rbx
    .cfi_def_cfa_offset 16
    .cfi_offset %rbx, -16
    movq %rdx, %rbx
    movq %rdi, %rax
    movq %rsi, %rdi
.Lmg_test_cs0:
    callq *%rax
.Lmg_test_cs1:
    xorl %eax, %eax
    .cfi_remember_state
    popq %rbx
    .cfi_def_cfa_offset 8
    retq
.Lmg_test_pad:
    .cfi_restore_state
    movq %rax, %rdi
    movq %rbx, %rsi
    callq mg_landing@PLT
    popq %rbx
    .cfi_def_cfa_offset 8
    retq
    .cfi_endproc
.Lmg_test_end:
    .size multigen_rt_test_catch, .Lmg_test_end - multigen_rt_test_catch

    .section .gcc_except_table,"a",@progbits
    .p2align 2
.Lmg_test_lsda:
    .byte 0xff
    .byte 0xff
    .byte 0x01
    .uleb128 .Lmg_test_cs_end - .Lmg_test_cs_start
.Lmg_test_cs_start:
    .uleb128 .Lmg_test_cs0 - multigen_rt_test_catch
    .uleb128 .Lmg_test_cs1 - .Lmg_test_cs0
    .uleb128 .Lmg_test_pad - multigen_rt_test_catch
    .byte 0
.Lmg_test_cs_end:
    .text
"#,
    options(att_syntax)
);

type Body = unsafe extern "C-unwind" fn(usize);

extern "C-unwind" {
    fn multigen_rt_test_catch(f: Body, arg: usize, site: *const TbSite) -> *mut MgException;
}

fn catch(f: Body, arg: usize) -> *mut MgException {
    // SAFETY: `f` is a valid function; the trampoline follows the C ABI.
    unsafe { multigen_rt_test_catch(f, arg, std::ptr::null()) }
}

fn catch_at(f: Body, arg: usize, site: *const TbSite) -> *mut MgException {
    // SAFETY: as in `catch`.
    unsafe { multigen_rt_test_catch(f, arg, site) }
}

unsafe fn str_of(e: *mut MgException) -> String {
    MgStr::text(mg_exc_str(e)).to_owned()
}

unsafe extern "C-unwind" fn returns(_: usize) {}

unsafe extern "C-unwind" fn raises_value_error(_: usize) {
    crate::error::raise("ValueError", "boom")
}

unsafe extern "C-unwind" fn raises_exc(e: usize) {
    mg_raise_exc(e as *mut MgException)
}

#[test]
fn runtime_errors_are_caught_by_a_landing_pad() {
    let got = on_gc_thread(|| unsafe {
        assert!(catch(returns, 0).is_null());
        let e = catch(raises_value_error, 0);
        assert!(std::ptr::eq((*e).cls, &mg_class_ValueError));
        let first = str_of(e);
        // Errors raised deep inside the runtime: KeyError of a dict.
        unsafe extern "C-unwind" fn missing_key(_: usize) {
            let d = crate::mg_dict_new(TYPE_STR.as_type(), TYPE_STR.as_type());
            crate::mg_dict_getitem(d, new_str(b"k") as u64);
        }
        let k = catch(missing_key, 0);
        let key = MgStr::text(tuple_items((*k).args)[0] as *const MgStr);
        (first, str_of(k), key.to_owned())
    });
    assert_eq!(got, ("boom".into(), "'k'".into(), "k".into()));
}

#[test]
fn reraise_context_and_traceback() {
    on_gc_thread(|| unsafe {
        let file = CString::new("t.py").unwrap();
        let func = CString::new("f").unwrap();
        let site = |line| TbSite {
            file: file.as_ptr(),
            func: func.as_ptr(),
            line,
            text: c"".as_ptr(),
        };
        let (inner, outer) = (site(1), site(2));
        let e = new_builtin(&mg_class_TypeError, ErrArg::Msg("t".into()));
        // Caught in an inner frame, passed on, caught again outside.
        struct Args(*mut MgException, *const TbSite);
        unsafe extern "C-unwind" fn pass_on(a: usize) {
            let a = &*(a as *const Args);
            let e = catch_at(raises_exc, a.0 as usize, a.1);
            mg_reraise(e);
        }
        let args = Args(e, &inner);
        let got = catch_at(pass_on, &args as *const Args as usize, &outer);
        assert_eq!(got, e);
        let tb = (*e).traceback;
        assert_eq!((*(*tb).site).line, 2, "outermost first");
        assert_eq!((*(*(*tb).next).site).line, 1);
        assert!((*(*tb).next).next.is_null());
        assert!((*e).context.is_null());
        // Raised while another exception is handled: chained.
        let handled = new_builtin(&mg_class_KeyError, ErrArg::Msg("h".into()));
        let prev = mg_exc_set_handled(handled);
        let e2 = catch(raises_value_error, 0);
        mg_exc_set_handled(prev);
        assert_eq!((*e2).context, handled);
        // A bare re-raise keeps the context it has.
        let e3 = catch(raises_exc, e2 as usize);
        assert_eq!(e3, e2);
        assert_eq!((*e2).context, handled);
    });
}

#[test]
fn rust_panics_pass_through_compiled_frames() {
    unsafe extern "C-unwind" fn panics(_: usize) {
        panic!("a Rust panic");
    }
    let r = std::panic::catch_unwind(|| catch(panics, 0));
    assert!(r.is_err());
}

static T_INT: MgTypeN<0> = MgTypeN {
    kind: KIND_INT,
    nargs: 0,
    args: [],
};
static T_OBJ: MgTypeN<0> = MgTypeN {
    kind: KIND_OBJECT,
    nargs: 0,
    args: [],
};

#[test]
fn sorting_survives_raising_user_code() {
    on_gc_thread(|| unsafe {
        // A key function that raises on 3: the list is put back.
        unsafe extern "C-unwind" fn key(x: Slot) -> Slot {
            if x == 3 {
                crate::error::raise("ValueError", "key");
            }
            x
        }
        unsafe extern "C-unwind" fn sort_with_key(l: usize) {
            let _ = list::sort(
                l as *mut _,
                Some(list::test_key(key)),
                T_INT.as_type(),
                false,
            );
        }
        let l = list::list_from(T_INT.as_type(), &[5, 3, 1]);
        let e = catch(sort_with_key, l as usize);
        assert_eq!(str_of(e), "key");
        assert_eq!(crate::containers::value::list_items(l), [5, 3, 1]);
        // A comparison that raises in the middle of the last merge: the
        // items are all still there (in their original order).
        static COMPARISONS: AtomicUsize = AtomicUsize::new(0);
        static RAISE_AT: AtomicUsize = AtomicUsize::new(usize::MAX);
        unsafe extern "C-unwind" fn lt(a: *mut MgObject, b: *mut MgObject) -> i64 {
            let n = COMPARISONS.fetch_add(1, Ordering::Relaxed);
            if n == RAISE_AT.load(Ordering::Relaxed) {
                crate::error::raise("RuntimeError", "lt");
            }
            let (x, y) = (*(a as *const i64).add(1), *(b as *const i64).add(1));
            i64::from(x < y)
        }
        static CLS: MgClass = MgClass {
            name: c"C".as_ptr(),
            module: std::ptr::null(),
            parent: std::ptr::null(),
            flags: 0,
            repr: None,
            str: None,
            eq: None,
            hash: None,
            lt: Some(lt),
            le: None,
            gt: None,
            ge: None,
            attrs: std::ptr::null(),
        };
        let values: Vec<i64> = (0..300).map(|i| (i * 37) % 101).collect();
        let objs: Vec<Slot> = values
            .iter()
            .map(|&v| {
                let p = crate::mg_alloc(16) as *mut i64;
                *p = &CLS as *const MgClass as i64;
                *p.add(1) = v;
                p as Slot
            })
            .collect();
        unsafe extern "C-unwind" fn sort_plain(l: usize) {
            let _ = list::sort(l as *mut _, None, std::ptr::null(), false);
        }
        // Count the comparisons of a complete sort first.
        let l = list::list_from(T_OBJ.as_type(), &objs);
        sort_plain(l as usize);
        let total = COMPARISONS.swap(0, Ordering::Relaxed);
        assert!(total > 1000);
        RAISE_AT.store(total - 20, Ordering::Relaxed);
        let l = list::list_from(T_OBJ.as_type(), &objs);
        let e = catch(sort_plain, l as usize);
        assert_eq!(COMPARISONS.load(Ordering::Relaxed), total - 19);
        assert_eq!(str_of(e), "lt");
        assert_eq!(crate::containers::value::list_items(l), &objs[..]);
    });
}

/// Runs this test binary's `uncaught_report_child` test in `mode` and
/// returns its stdout, stderr and exit status.
fn run_child(mode: &str) -> (String, String, Option<i32>) {
    let out = Command::new(std::env::current_exe().unwrap())
        .args([
            "exc::catch_tests::uncaught_report_child",
            "--exact",
            "--nocapture",
            "--test-threads=1",
        ])
        .env("MG_EXC_CHILD", mode)
        .output()
        .unwrap();
    (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
        out.status.code(),
    )
}

/// Not a test by itself: the child process of the tests below.
#[test]
fn uncaught_report_child() {
    let Ok(mode) = std::env::var("MG_EXC_CHILD") else {
        return;
    };
    unsafe extern "C-unwind" fn report(e: usize) {
        mg_uncaught(e as *mut MgException);
    }
    unsafe extern "C-unwind" fn failing_str(_: *mut MgObject) -> *const MgStr {
        crate::error::raise("RuntimeError", "no str");
    }
    static BAD_STR: MgClass = MgClass {
        name: c"BadStr".as_ptr(),
        module: std::ptr::null(),
        parent: &mg_class_Exception,
        flags: crate::object::CLASS_EXCEPTION,
        repr: None,
        str: Some(failing_str),
        eq: None,
        hash: None,
        lt: None,
        le: None,
        gt: None,
        ge: None,
        attrs: std::ptr::null(),
    };
    on_gc_thread(move || unsafe {
        crate::mg_print_str(new_str(b"before\n"));
        let arg = |t: &str| ErrArg::Msg(t.to_owned());
        let e = match mode.as_str() {
            "plain" => {
                let e = new_builtin(&mg_class_ValueError, arg("bad"));
                (*e).cause = new_builtin(&mg_class_KeyError, arg("k"));
                e
            }
            "str-fails" => {
                let e = new_builtin(&BAD_STR, arg("x"));
                (*e).context = new_builtin(&mg_class_ValueError, arg("first"));
                e
            }
            "exit-3" => new_builtin(&mg_class_SystemExit, ErrArg::Value(T_INT.as_type(), 3)),
            "exit-msg" => new_builtin(&mg_class_SystemExit, arg("bye")),
            _ => new_builtin(&mg_class_SystemExit, arg("")),
        };
        // Called from a landing pad's frame, as compiled code does.
        catch(report, e as usize);
        unreachable!("mg_uncaught returned");
    });
}

#[test]
fn uncaught_exceptions_are_reported_and_exit() {
    let (out, err, code) = run_child("plain");
    assert!(out.contains("before\n"), "stdout was flushed: {out:?}");
    assert_eq!(
        err,
        "KeyError: 'k'\n\nThe above exception was the direct cause of the following \
         exception:\n\nValueError: bad\n"
    );
    assert_eq!(code, Some(1));
    // A __str__ that raises while the report is written.
    let (_, err, code) = run_child("str-fails");
    assert_eq!(
        err,
        "ValueError: first\n\nDuring handling of the above exception, another exception \
         occurred:\n\nBadStr: <exception str() failed>\n"
    );
    assert_eq!(code, Some(1));
    // SystemExit.
    assert_eq!(run_child("exit-3").1, "");
    assert_eq!(run_child("exit-3").2, Some(3));
    let (out, err, code) = run_child("exit-msg");
    assert!(out.contains("before\n"));
    assert_eq!((err.as_str(), code), ("bye\n", Some(1)));
    let (_, err, code) = run_child("exit-0");
    assert_eq!((err.as_str(), code), ("", Some(0)));
}
