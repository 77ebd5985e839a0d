//! The runtime library that compiled multigen programs call into.
//!
//! Generated code stays small by delegating everything that is more than a
//! few instructions, or whose exact Python semantics are fiddly, to the
//! functions in this crate: memory allocation (Boehm GC), buffered output,
//! raising exceptions, Python-exact arithmetic corner cases, `str`
//! operations and the `math` module.
//!
//! The crate is used in two ways, and both see the very same code:
//!
//! * **JIT**: the compiler links this crate as an ordinary `rlib`, and
//!   registers the addresses from [`interface::symbols`] with the JIT so
//!   that compiled code calls straight into the compiler's own process.
//! * **AOT**: the crate is also built as a `staticlib`
//!   (`libmultigen_runtime.a`), which the driver links, together with
//!   `-lgc`, into the native executable it produces.
//!
//! Every exported function is declared once in [`interface`], which is also
//! where the code generator takes its `declare`s from. The functions are
//! `extern "C-unwind"` with `#[no_mangle]` so that both paths resolve them by
//! name, and they are re-exported at the crate root because the interface
//! macro refers to them as `crate::name`.
//!
//! Python exceptions are real exceptions, propagated with zero-cost
//! unwinding ([`exc`]): a runtime function that raises unwinds through its
//! own frames (hence `"C-unwind"` everywhere, and no `panic = "abort"`) to
//! the nearest landing pad of compiled code. To keep the runtime testable,
//! each operation is split into a pure helper returning
//! `Result<_, PyErr>` (exception type and argument) and a thin C-ABI
//! wrapper that raises on error.

#[macro_use]
pub mod interface;

mod args;
mod clock;
mod containers;
mod contextmanager;
mod dynamic;
pub mod embed;
// Generated test tables live with the tests.
#[cfg(test)]
#[path = "../tests/data/cpython_cases.rs"]
mod cpython_cases;
mod enums;
mod error;
pub mod exc;
pub mod fatal;
mod files;
mod float_repr;
mod func;
mod gc;
mod generator;
mod io;
mod math;
pub mod module;
mod num;
mod numtower;
pub mod object;
mod os;
mod protocols;
mod range;
mod stdin;
mod string;
pub mod sys;
mod text;
mod tuple;
mod unicode_tables;

pub use args::mg_check_args;
pub use clock::{
    mg_time_monotonic, mg_time_monotonic_ns, mg_time_process_time, mg_time_process_time_ns,
    mg_time_sleep, mg_time_time, mg_time_time_ns,
};
pub use containers::*;
pub use contextmanager::{mg_cm_enter, mg_cm_exit_exc, mg_cm_exit_ok};
pub use dynamic::{
    mg_dyn_append, mg_dyn_binop, mg_dyn_box, mg_dyn_cast_class, mg_dyn_contains, mg_dyn_entries,
    mg_dyn_float, mg_dyn_get, mg_dyn_getattr, mg_dyn_getitem, mg_dyn_int, mg_dyn_iter,
    mg_dyn_kind_in, mg_dyn_len, mg_dyn_setitem, mg_dyn_slot, mg_dyn_truth, mg_dyn_type_name,
    mg_dyn_unbox, mg_dyn_unop,
};
pub use enums::{mg_enum_key_error, mg_enum_value_error, mg_flag_name, mg_flag_norm};
pub use error::{mg_raise, mg_raise_overflow, mg_raise_zero_div};
pub use exc::{
    builtin_exception_classes, class_symbols, mg_class_name, mg_exc_init, mg_exc_new, mg_exc_repr,
    mg_exc_set_handled, mg_exc_str, mg_isinstance, mg_landing, mg_oserror_attr, mg_personality,
    mg_raise_exc, mg_raise_no_attr, mg_repr_enter, mg_repr_leave, mg_reraise, mg_same_class,
    mg_uncaught,
};
pub use exc::{mg_exc_type_repr, mg_traceback_repr};
pub use fatal::{mg_fatal_init, mg_register_frames};
pub use files::{
    mg_file_close, mg_file_flush, mg_file_open, mg_file_read, mg_file_readline, mg_file_seek,
    mg_file_tell, mg_file_write,
};
pub use func::{mg_func_name, mg_func_wraps};
pub use gc::{mg_alloc, mg_alloc_atomic, mg_gc_add_roots, mg_gc_collect, mg_init};
pub use generator::{
    mg_fused_exc, mg_gen_close, mg_gen_exc, mg_gen_new, mg_gen_next, mg_gen_next_default,
    mg_gen_resume, mg_gen_send, mg_gen_throw,
};
pub use io::{
    mg_finish, mg_flush, mg_print_bool, mg_print_float, mg_print_int, mg_print_none, mg_print_str,
    mg_print_str_repr,
};
pub use math::{
    mg_math_acos, mg_math_asin, mg_math_atan, mg_math_atan2, mg_math_ceil, mg_math_comb,
    mg_math_copysign, mg_math_cos, mg_math_cosh, mg_math_degrees, mg_math_exp, mg_math_fabs,
    mg_math_factorial, mg_math_floor, mg_math_fmod, mg_math_gcd, mg_math_hypot, mg_math_isfinite,
    mg_math_isinf, mg_math_isnan, mg_math_isqrt, mg_math_log, mg_math_log10, mg_math_log2,
    mg_math_log_base, mg_math_perm, mg_math_pow, mg_math_radians, mg_math_sin, mg_math_sinh,
    mg_math_sqrt, mg_math_tan, mg_math_tanh, mg_math_trunc,
};
pub use module::mg_module_name;
pub use num::{
    mg_float_div, mg_float_floordiv, mg_float_mod, mg_float_pow, mg_float_round,
    mg_float_round_int, mg_float_to_int, mg_int_pow, mg_int_round, mg_int_shl, mg_int_shr,
    mg_int_truediv,
};
pub use numtower::{
    mg_nt_abs, mg_nt_as_int, mg_nt_binop, mg_nt_box, mg_nt_is_int, mg_nt_neg, mg_nt_round,
    mg_nt_type_name, mg_nt_untag,
};
pub use os::{
    mg_os_environ, mg_os_getcwd, mg_os_getsize, mg_os_kind, mg_os_listdir, mg_os_mkdir,
    mg_os_remove, mg_os_rename, mg_os_rmdir,
};
pub use protocols::mg_protocol_isinstance_error;
pub use range::{mg_range_contains, mg_range_eq, mg_range_getitem, mg_range_len, mg_range_repr};
pub use stdin::{mg_input, mg_stdin_read, mg_stdin_readline};
pub use string::{
    mg_float_from_str, mg_int_from_str, mg_str_cmp, mg_str_concat, mg_str_contains, mg_str_eq,
    mg_str_from_bool, mg_str_from_float, mg_str_from_int, mg_str_len, mg_str_repeat, mg_str_repr,
};
pub use sys::{mg_sys_argv, mg_sys_set_argv, mg_sys_write_stderr};
pub use text::{
    mg_chr, mg_format_bool, mg_format_float, mg_format_int, mg_format_none, mg_format_str,
    mg_percent_format, mg_str_capitalize, mg_str_casefold, mg_str_center, mg_str_char_at,
    mg_str_count, mg_str_endswith, mg_str_expandtabs, mg_str_find, mg_str_getitem, mg_str_index,
    mg_str_isalnum, mg_str_isalpha, mg_str_isascii, mg_str_isdecimal, mg_str_isdigit,
    mg_str_isidentifier, mg_str_islower, mg_str_isnumeric, mg_str_isprintable, mg_str_isspace,
    mg_str_istitle, mg_str_isupper, mg_str_join, mg_str_ljust, mg_str_lower, mg_str_lstrip,
    mg_str_ord, mg_str_partition, mg_str_removeprefix, mg_str_removesuffix, mg_str_replace,
    mg_str_rfind, mg_str_rindex, mg_str_rjust, mg_str_rpartition, mg_str_rsplit, mg_str_rstrip,
    mg_str_slice, mg_str_split, mg_str_splitlines, mg_str_startswith, mg_str_strip,
    mg_str_swapcase, mg_str_title, mg_str_upper, mg_str_zfill, mg_strbuf_append, mg_strbuf_len,
    mg_strbuf_new, mg_strbuf_value, MgStrBuf,
};
pub use tuple::{mg_tuple_concat, mg_tuple_contains, mg_tuple_from_list, mg_tuple_slice};

/// The header of every `str` value.
///
/// A `str` is a pointer to this header, immediately followed by `len` bytes
/// of UTF-8. The code generator emits string literals as LLVM globals of type
/// `{ i64, i64, [N x i8] }`, so this layout is part of the ABI and must not
/// change. Strings are immutable once built, which lets the runtime share
/// them freely (for example `s + ""` may return `s` itself).
#[repr(C)]
pub struct MgStr {
    /// Length of the text in bytes.
    pub len: i64,
    /// Length of the text in code points, which is what `len()` returns.
    pub nchars: i64,
    /// The UTF-8 bytes; the header is only ever accessed through a pointer
    /// into a larger block, so the real length is `len`.
    pub data: [u8; 0],
}

impl MgStr {
    /// The UTF-8 bytes of the string `p`.
    ///
    /// # Safety
    ///
    /// `p` must point to a valid string header followed by `len` bytes that
    /// stay alive and unchanged for `'a`.
    pub(crate) unsafe fn bytes<'a>(p: *const MgStr) -> &'a [u8] {
        debug_assert!(!p.is_null(), "null str passed to the runtime");
        // The data pointer is derived from the raw header pointer (not from a
        // reference to the zero-length array), so it keeps the provenance of
        // the whole block.
        let data = std::ptr::addr_of!((*p).data).cast::<u8>();
        std::slice::from_raw_parts(data, (*p).len as usize)
    }

    /// The text of the string `p`.
    ///
    /// # Safety
    ///
    /// As for [`MgStr::bytes`]; additionally the bytes must be valid UTF-8,
    /// which holds for every string the compiler or the runtime creates.
    pub(crate) unsafe fn text<'a>(p: *const MgStr) -> &'a str {
        std::str::from_utf8_unchecked(Self::bytes(p))
    }

    /// The number of code points of the string `p`.
    ///
    /// # Safety
    ///
    /// `p` must point to a valid string header.
    pub(crate) unsafe fn nchars(p: *const MgStr) -> i64 {
        (*p).nchars
    }
}

/// Helpers shared by the unit tests.
#[cfg(test)]
pub(crate) mod test_support {
    use std::fmt::{Debug, Display};
    use std::sync::mpsc;
    use std::sync::OnceLock;

    use crate::cpython_cases::Expect;
    use crate::error::PyResult;

    /// Float equality that distinguishes `0.0` from `-0.0` and treats all
    /// NaNs as equal (their sign bit is platform noise, and `repr` hides it).
    pub(crate) fn same_float(a: f64, b: f64) -> bool {
        a.to_bits() == b.to_bits() || (a.is_nan() && b.is_nan())
    }

    /// Asserts that a float outcome matches CPython's.
    pub(crate) fn check_f64(got: PyResult<f64>, want: Expect<f64>, case: impl Display) {
        let got = got.map_err(|e| e.text());
        let ok = match (&got, &want) {
            (Ok(g), Ok(w)) => same_float(*g, *w),
            (Err((gt, gm)), Err((wt, wm))) => gt == wt && gm == wm,
            _ => false,
        };
        assert!(ok, "{case}: got {got:?}, CPython gives {want:?}");
    }

    /// Asserts that a non-float outcome matches CPython's.
    pub(crate) fn check<T: PartialEq + Debug>(
        got: PyResult<T>,
        want: Expect<T>,
        case: impl Display,
    ) {
        let got = got.map_err(|e| e.text());
        let ok = match (&got, &want) {
            (Ok(g), Ok(w)) => g == w,
            (Err((gt, gm)), Err((wt, wm))) => gt == wt && gm == wm,
            _ => false,
        };
        assert!(ok, "{case}: got {got:?}, CPython gives {want:?}");
    }

    type Job = Box<dyn FnOnce() + Send>;

    /// Runs `f` on one long-lived thread that initialised the collector.
    ///
    /// The collector treats the thread that initialises it as the main
    /// thread for the rest of the process, so that thread must not exit
    /// while the collector is in use; the test harness's own threads exit
    /// after each test. Results should be plain Rust values: GC pointers
    /// must not travel to threads the collector does not scan.
    pub(crate) fn on_gc_thread<R: Send + 'static>(f: impl FnOnce() -> R + Send + 'static) -> R {
        static JOBS: OnceLock<mpsc::Sender<Job>> = OnceLock::new();
        let jobs = JOBS.get_or_init(|| {
            let (tx, rx) = mpsc::channel::<Job>();
            std::thread::spawn(move || {
                crate::mg_init();
                for job in rx {
                    job();
                }
            });
            tx
        });
        let (done_tx, done_rx) = mpsc::sync_channel(1);
        jobs.send(Box::new(move || {
            let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(f));
            let _ = done_tx.send(result);
        }))
        .expect("the GC test thread is alive");
        match done_rx.recv().expect("the GC test thread answers") {
            Ok(r) => r,
            Err(panic) => std::panic::resume_unwind(panic),
        }
    }
}
