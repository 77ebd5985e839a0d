//! The single declaration of the runtime's C ABI.
//!
//! Every function that compiled code may call is listed exactly once, in the
//! `runtime_interface!` invocation below. The macro produces two things from
//! that one list:
//!
//! * [`DECLS`]: name and signature of each function, which the code generator
//!   turns into LLVM `declare`s, and
//! * [`symbols`]: name and address of each function, which the JIT registers
//!   so that compiled code links against the runtime that lives in the
//!   compiler's own process.
//!
//! The address table binds each entry to a typed `extern "C" fn` pointer, so a
//! signature here that disagrees with the implementation fails to compile.

use crate::MgStr;

/// The ABI-level type of a runtime function parameter or result.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AbiTy {
    /// A 64-bit signed integer (`int`, and `bool` passed as 0/1).
    I64,
    /// A 64-bit IEEE float.
    F64,
    /// Any pointer (`str`, GC-allocated blocks, raw addresses).
    Ptr,
    /// No value (only as a result).
    Void,
}

/// Name and signature of one runtime function.
#[derive(Clone, Copy, Debug)]
pub struct Decl {
    pub name: &'static str,
    pub params: &'static [AbiTy],
    pub ret: AbiTy,
    /// True for functions that never return (they raise a Python exception,
    /// which for now ends the process).
    pub noreturn: bool,
}

macro_rules! abi_ty {
    (i64) => {
        AbiTy::I64
    };
    (f64) => {
        AbiTy::F64
    };
    (ptr) => {
        AbiTy::Ptr
    };
    (void) => {
        AbiTy::Void
    };
}

macro_rules! rust_ty {
    (i64) => { i64 };
    (f64) => { f64 };
    (ptr) => { *const MgStr };
    (void) => { () };
}

macro_rules! runtime_interface {
    ($( $(#[$noret:ident])? fn $name:ident ( $($p:ident),* ) -> $r:ident ; )*) => {
        /// Every runtime function, in declaration order.
        pub static DECLS: &[Decl] = &[
            $( Decl {
                name: stringify!($name),
                params: &[$(abi_ty!($p)),*],
                ret: abi_ty!($r),
                noreturn: runtime_interface!(@noret $($noret)?),
            }, )*
        ];

        /// Name and address of every runtime function, for the JIT.
        pub fn symbols() -> Vec<(&'static str, usize)> {
            vec![ $( {
                let f: unsafe extern "C" fn($(rust_ty!($p)),*) -> rust_ty!($r) = crate::$name;
                (stringify!($name), f as usize)
            }, )* ]
        }
    };
    (@noret noreturn) => { true };
    (@noret) => { false };
}

// `ptr` parameters are declared as `*const MgStr` in the typed check above;
// functions that take other pointers (raw bytes, root ranges) take them as
// `*const MgStr` too and cast inside, which keeps the ABI a plain pointer.
runtime_interface! {
    // Process life cycle.
    fn mg_init() -> void;
    fn mg_finish() -> void;
    fn mg_flush() -> void;

    // Memory (Boehm GC).
    fn mg_alloc(i64) -> ptr;
    fn mg_alloc_atomic(i64) -> ptr;
    fn mg_gc_add_roots(ptr, ptr) -> void;
    fn mg_gc_collect() -> void;

    // Errors: type name and message (message may be null).
    #[noreturn] fn mg_raise(ptr, ptr) -> void;
    #[noreturn] fn mg_raise_overflow() -> void;
    #[noreturn] fn mg_raise_zero_div(i64) -> void;

    // print building blocks.
    fn mg_print_int(i64) -> void;
    fn mg_print_float(f64) -> void;
    fn mg_print_bool(i64) -> void;
    fn mg_print_none() -> void;
    fn mg_print_str(ptr) -> void;
    fn mg_print_str_repr(ptr) -> void;

    // Arithmetic with Python semantics.
    fn mg_int_pow(i64, i64) -> i64;
    fn mg_float_pow(f64, f64) -> f64;
    fn mg_float_floordiv(f64, f64) -> f64;
    fn mg_float_mod(f64, f64) -> f64;
    fn mg_float_div(f64, f64) -> f64;
    // int / int: correctly rounded, and CPython's int message for zero.
    fn mg_int_truediv(i64, i64) -> f64;
    fn mg_float_round(f64, i64) -> f64;
    fn mg_float_round_int(f64) -> i64;
    fn mg_int_round(i64, i64) -> i64;
    fn mg_float_to_int(f64) -> i64;
    fn mg_int_shl(i64, i64) -> i64;
    fn mg_int_shr(i64, i64) -> i64;

    // Strings.
    fn mg_str_from_int(i64) -> ptr;
    fn mg_str_from_float(f64) -> ptr;
    fn mg_str_from_bool(i64) -> ptr;
    fn mg_str_repr(ptr) -> ptr;
    fn mg_str_concat(ptr, ptr) -> ptr;
    fn mg_str_repeat(ptr, i64) -> ptr;
    fn mg_str_eq(ptr, ptr) -> i64;
    fn mg_str_cmp(ptr, ptr) -> i64;
    fn mg_str_contains(ptr, ptr) -> i64;
    fn mg_str_len(ptr) -> i64;
    fn mg_int_from_str(ptr) -> i64;
    fn mg_float_from_str(ptr) -> f64;

    // The math module (domain and range errors raise like CPython).
    fn mg_math_sqrt(f64) -> f64;
    fn mg_math_exp(f64) -> f64;
    fn mg_math_log(f64) -> f64;
    fn mg_math_log_base(f64, f64) -> f64;
    fn mg_math_log2(f64) -> f64;
    fn mg_math_log10(f64) -> f64;
    fn mg_math_sin(f64) -> f64;
    fn mg_math_cos(f64) -> f64;
    fn mg_math_tan(f64) -> f64;
    fn mg_math_asin(f64) -> f64;
    fn mg_math_acos(f64) -> f64;
    fn mg_math_atan(f64) -> f64;
    fn mg_math_atan2(f64, f64) -> f64;
    fn mg_math_sinh(f64) -> f64;
    fn mg_math_cosh(f64) -> f64;
    fn mg_math_tanh(f64) -> f64;
    fn mg_math_hypot(f64, f64) -> f64;
    fn mg_math_pow(f64, f64) -> f64;
    fn mg_math_fmod(f64, f64) -> f64;
    fn mg_math_copysign(f64, f64) -> f64;
    fn mg_math_fabs(f64) -> f64;
    fn mg_math_degrees(f64) -> f64;
    fn mg_math_radians(f64) -> f64;
    fn mg_math_floor(f64) -> i64;
    fn mg_math_ceil(f64) -> i64;
    fn mg_math_trunc(f64) -> i64;
    fn mg_math_isnan(f64) -> i64;
    fn mg_math_isinf(f64) -> i64;
    fn mg_math_isfinite(f64) -> i64;
    fn mg_math_gcd(i64, i64) -> i64;
    fn mg_math_factorial(i64) -> i64;
    fn mg_math_isqrt(i64) -> i64;
    fn mg_math_comb(i64, i64) -> i64;
    fn mg_math_perm(i64, i64) -> i64;
}
