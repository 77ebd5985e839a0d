//! The single declaration of the runtime's C ABI.
//!
//! Every function that compiled code may call is listed exactly once, in a
//! `runtime_interface!` invocation (the core group below, and one group per
//! runtime module that needs its own). The macro produces two things from
//! that one list:
//!
//! * [`decls`]: name and signature of each function, which the code
//!   generator turns into LLVM `declare`s, and
//! * [`symbols`]: name and address of each function, which the JIT registers
//!   so that compiled code links against the runtime that lives in the
//!   compiler's own process.
//!
//! The address table binds each entry to a typed `extern "C-unwind" fn`
//! pointer, so a signature here that disagrees with the implementation fails
//! to compile.
//!
//! [`symbols`] also lists the data symbols compiled code refers to (the
//! built-in exception classes `mg_class_*`) and the personality routine
//! `mg_personality`, which have no declaration here: the code generator
//! declares those itself.

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
    /// True for functions that never return (they raise a Python
    /// exception).
    pub noreturn: bool,
}

/// Maps a Rust parameter or result type of a runtime function to its ABI type.
pub trait Abi {
    const TY: AbiTy;
}

impl Abi for i64 {
    const TY: AbiTy = AbiTy::I64;
}
impl Abi for u64 {
    const TY: AbiTy = AbiTy::I64;
}
impl Abi for f64 {
    const TY: AbiTy = AbiTy::F64;
}
impl Abi for () {
    const TY: AbiTy = AbiTy::Void;
}
impl<T> Abi for *const T {
    const TY: AbiTy = AbiTy::Ptr;
}
impl<T> Abi for *mut T {
    const TY: AbiTy = AbiTy::Ptr;
}

/// Declares one group of runtime functions: `GROUP_DECLS, group_symbols;`
/// followed by `fn name(Type, ...) -> Type;` entries (prefix `#[noreturn]`
/// for functions that raise). Each function must be re-exported at the
/// crate root with exactly the declared Rust signature; the group is then
/// listed in [`groups`].
macro_rules! runtime_interface {
    ($decls:ident, $syms:ident; $( $(#[$noret:ident])? fn $name:ident ( $($p:ty),* ) -> $r:ty ; )*) => {
        /// The declarations of this group, in order.
        pub static $decls: &[$crate::interface::Decl] = &[
            $( $crate::interface::Decl {
                name: stringify!($name),
                params: &[$(<$p as $crate::interface::Abi>::TY),*],
                ret: <$r as $crate::interface::Abi>::TY,
                noreturn: runtime_interface!(@noret $($noret)?),
            }, )*
        ];

        /// Name and address of every function of this group, for the JIT.
        pub fn $syms() -> Vec<(&'static str, usize)> {
            vec![ $( {
                let f: unsafe extern "C-unwind" fn($($p),*) -> $r = crate::$name;
                (stringify!($name), f as usize)
            }, )* ]
        }
    };
    (@noret noreturn) => { true };
    (@noret) => { false };
}

/// Every group of runtime functions: (declarations, address table).
type Group = (&'static [Decl], fn() -> Vec<(&'static str, usize)>);

fn groups() -> [Group; 20] {
    [
        (crate::sys::SYS_DECLS, crate::sys::sys_symbols),
        (crate::clock::CLOCK_DECLS, crate::clock::clock_symbols),
        (crate::stdin::STDIN_DECLS, crate::stdin::stdin_symbols),
        (crate::files::FILES_DECLS, crate::files::files_symbols),
        (crate::os::OS_DECLS, crate::os::os_symbols),
        (
            crate::protocols::PROTOCOL_DECLS,
            crate::protocols::protocol_symbols,
        ),
        (
            crate::numtower::NUMTOWER_DECLS,
            crate::numtower::numtower_symbols,
        ),
        (crate::dynamic::DYN_DECLS, crate::dynamic::dyn_symbols),
        (crate::enums::ENUM_DECLS, crate::enums::enum_symbols),
        (crate::args::ARGS_DECLS, crate::args::args_symbols),
        (
            crate::contextmanager::CM_DECLS,
            crate::contextmanager::cm_symbols,
        ),
        (crate::func::FUNC_DECLS, crate::func::func_symbols),
        (crate::generator::GEN_DECLS, crate::generator::gen_symbols),
        (crate::exc::EXC_DECLS, crate::exc::exc_symbols),
        (crate::module::MODULE_DECLS, crate::module::module_symbols),
        (crate::tuple::TUPLE_DECLS, crate::tuple::tuple_symbols),
        (crate::range::RANGE_DECLS, crate::range::range_symbols),
        (CORE_DECLS, core_symbols),
        (
            crate::containers::CONTAINER_DECLS,
            crate::containers::container_symbols,
        ),
        (crate::text::TEXT_DECLS, crate::text::text_symbols),
    ]
}

/// Every runtime function's declaration, for the code generator.
pub fn decls() -> impl Iterator<Item = &'static Decl> {
    groups().into_iter().flat_map(|g| g.0.iter())
}

/// Name and address of every runtime symbol, for the JIT: the functions,
/// the built-in exception classes and the personality routine.
pub fn symbols() -> Vec<(&'static str, usize)> {
    let mut syms: Vec<_> = groups().into_iter().flat_map(|g| (g.1)()).collect();
    syms.extend(crate::exc::class_symbols());
    syms.push(("mg_personality", crate::exc::personality_address()));
    syms
}

runtime_interface! {
    CORE_DECLS, core_symbols;
    // Process life cycle.
    fn mg_init() -> ();
    fn mg_finish() -> ();
    fn mg_flush() -> ();
    // The fatal-error report (`fatal.rs`): installed by executables, and
    // the table of compiled functions each module registers.
    fn mg_fatal_init() -> ();
    fn mg_register_frames(*mut crate::fatal::FrameTable) -> ();

    // Memory (Boehm GC).
    fn mg_alloc(i64) -> *const MgStr;
    fn mg_alloc_atomic(i64) -> *const MgStr;
    fn mg_gc_add_roots(*const MgStr, *const MgStr) -> ();
    fn mg_gc_collect() -> ();

    // Errors: type name and message (message may be null).
    #[noreturn] fn mg_raise(*const MgStr, *const MgStr) -> ();
    #[noreturn] fn mg_raise_overflow() -> ();
    #[noreturn] fn mg_raise_zero_div(i64) -> ();

    // print building blocks.
    fn mg_print_int(i64) -> ();
    fn mg_print_float(f64) -> ();
    fn mg_print_bool(i64) -> ();
    fn mg_print_none() -> ();
    fn mg_print_str(*const MgStr) -> ();
    fn mg_print_str_repr(*const MgStr) -> ();

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
    fn mg_str_from_int(i64) -> *const MgStr;
    fn mg_str_from_float(f64) -> *const MgStr;
    fn mg_str_from_bool(i64) -> *const MgStr;
    fn mg_str_repr(*const MgStr) -> *const MgStr;
    fn mg_str_concat(*const MgStr, *const MgStr) -> *const MgStr;
    fn mg_str_repeat(*const MgStr, i64) -> *const MgStr;
    fn mg_str_eq(*const MgStr, *const MgStr) -> i64;
    fn mg_str_cmp(*const MgStr, *const MgStr) -> i64;
    fn mg_str_contains(*const MgStr, *const MgStr) -> i64;
    fn mg_str_len(*const MgStr) -> i64;
    fn mg_int_from_str(*const MgStr) -> i64;
    fn mg_float_from_str(*const MgStr) -> f64;

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
