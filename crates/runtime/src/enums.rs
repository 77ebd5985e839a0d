//! The parts of CPython 3.11's `enum` module that compiled code cannot
//! express as plain IR: the failed lookups `Color(9)` and `Color["X"]`,
//! whose tracebacks end in frames of `enum.py`, and the names of `Flag`
//! values that combine several members (`Perm.R|W`).
//!
//! The checker (`hir/src/check/enums.rs`) compiles everything else: member
//! objects, their `__repr__`/`__str__`/`__hash__`, the lookups' loops and
//! the cache of `Flag` pseudo-members. The line numbers of `enum.py` are
//! those of CPython 3.11.7; the file is shown at the path of a system
//! installation of 3.11 (test harnesses compare file names only), as
//! `contextmanager.rs` does for `contextlib.py`.

use crate::contextmanager::Site;
use crate::exc::{mg_class_KeyError, mg_class_ValueError, mg_raise_exc};
use crate::object::{MgClass, MgList, TbEntry, TYPE_STR};
use crate::MgStr;

runtime_interface! {
    ENUM_DECLS, enum_symbols;
    #[noreturn] fn mg_enum_value_error(*const MgStr) -> ();
    #[noreturn] fn mg_enum_key_error(*const MgStr) -> ();
    fn mg_flag_norm(*const MgList, i64, i64, *const MgStr) -> i64;
    fn mg_flag_name(*const MgList, *const MgList, i64) -> *const MgStr;
}

/// Where CPython 3.11's `enum.py` is shown to live.
const FILE: &std::ffi::CStr = c"/usr/lib/python3.11/enum.py";

const fn site(func: &'static std::ffi::CStr, line: i64, text: &'static std::ffi::CStr) -> Site {
    crate::contextmanager::site_in(FILE, func, line, text)
}

/// `EnumType.__call__`: `return cls.__new__(cls, value)`.
static CALL: Site = site(
    c"__call__",
    712,
    c"return cls.__new__(cls, value)\n           ^^^^^^^^^^^^^^^^^^^^^^^",
);
/// `Enum.__new__` raising the `ValueError` of a value without a member.
static NEW_VE: Site = site(c"__new__", 1135, c"raise ve_exc");
/// `Enum.__new__` re-raising the exception of `_missing_`.
static NEW_EXC: Site = site(c"__new__", 1143, c"raise exc");
/// `Enum.__new__` calling `_missing_`.
static NEW_MISSING: Site = site(
    c"__new__",
    1120,
    c"result = cls._missing_(value)\n             ^^^^^^^^^^^^^^^^^^^^",
);
/// `Flag._missing_` refusing a value outside the flag's bits.
static FLAG_MISSING: Site = site(c"_missing_", 1400, c"raise ValueError(");
/// `EnumType.__getitem__`: `return cls._member_map_[name]`.
static GETITEM: Site = site(
    c"__getitem__",
    790,
    c"return cls._member_map_[name]\n           ~~~~~~~~~~~~~~~~^^^^^^",
);

/// Raises an exception of class `cls` with argument `arg`, its traceback
/// starting with the `enum.py` frames `sites` (outermost first).
pub(crate) unsafe fn raise_with(
    cls: &'static MgClass,
    arg: crate::error::ErrArg,
    sites: &[&'static Site],
) -> ! {
    let exc = crate::exc::new_builtin(cls, arg);
    let mut next: *mut TbEntry = std::ptr::null_mut();
    for s in sites.iter().rev() {
        let e = crate::mg_alloc(std::mem::size_of::<TbEntry>() as i64) as *mut TbEntry;
        (*e).site = &s.0;
        (*e).next = next;
        next = e;
    }
    (*exc).traceback = next;
    mg_raise_exc(exc);
    unreachable!("mg_raise_exc returned")
}

/// `Color(value)` without a member of that value: `ValueError(msg)`, where
/// `msg` is `"<repr of value> is not a valid Color"`.
///
/// # Safety
/// `msg` must be a valid string.
#[no_mangle]
pub unsafe extern "C-unwind" fn mg_enum_value_error(msg: *const MgStr) {
    let text = MgStr::text(msg).to_owned();
    raise_with(
        &mg_class_ValueError,
        crate::error::ErrArg::Msg(text),
        &[&CALL, &NEW_VE],
    )
}

/// `Color[name]` without a member of that name: `KeyError(name)`.
///
/// # Safety
/// `name` must be a valid string.
#[no_mangle]
pub unsafe extern "C-unwind" fn mg_enum_key_error(name: *const MgStr) {
    raise_with(
        &mg_class_KeyError,
        crate::error::ErrArg::Value(TYPE_STR.as_type(), name as u64),
        &[&GETITEM],
    )
}

/// The `int` items of a list.
unsafe fn ints<'a>(l: *const MgList) -> &'a [i64] {
    std::slice::from_raw_parts((*l).items as *const i64, (*l).len as usize)
}

/// The number of bits of `v`'s magnitude (`int.bit_length`).
fn bit_length(v: i64) -> u32 {
    64 - v.unsigned_abs().leading_zeros()
}

/// `enum.bin(num, max_bits)`: two's complement digits with a sign digit.
fn enum_bin(num: i64, max_bits: u32) -> String {
    let ceiling = 1i128 << bit_length(num);
    let s = if num >= 0 {
        format!("{:b}", num as i128 + ceiling).replacen('1', "0", 1)
    } else {
        format!("{:b}", (!(num as i128) ^ (ceiling - 1)) + ceiling)
    };
    let (sign, digits) = s.split_at(1);
    let mut digits = digits.to_string();
    if (digits.len() as u32) < max_bits {
        let all = sign.repeat(max_bits as usize) + &digits;
        digits = all[all.len() - max_bits as usize..].to_string();
    }
    format!("0b{sign} {digits}")
}

/// The value `Flag._missing_` keeps for `value`, given the values of the
/// flag's members (`keep`: the `KEEP` boundary of `IntFlag`, else
/// `STRICT`): negative values wrap into the flag's bits; a `STRICT` flag
/// refuses bits it has no member for with CPython's `ValueError` (`cls`
/// is the class name).
///
/// # Safety
/// `values` must be a valid list of ints and `cls` a valid string.
#[no_mangle]
pub unsafe extern "C-unwind" fn mg_flag_norm(
    values: *const MgList,
    value: i64,
    keep: i64,
    cls: *const MgStr,
) -> i64 {
    let mask = ints(values).iter().fold(0i64, |a, v| a | v);
    let all_bits = ((1i128 << bit_length(mask)) - 1) as i64;
    let mut v = value;
    if !(!all_bits <= v && v <= all_bits) || v & (all_bits ^ mask) != 0 {
        if keep == 0 {
            let max_bits = bit_length(v).max(bit_length(mask));
            let msg = format!(
                "<flag '{}'> invalid value {v}\n    given {}\n  allowed {}",
                MgStr::text(cls),
                enum_bin(v, max_bits),
                enum_bin(mask, max_bits)
            );
            raise_with(
                &mg_class_ValueError,
                crate::error::ErrArg::Msg(msg),
                &[&CALL, &NEW_EXC, &NEW_MISSING, &FLAG_MISSING],
            )
        }
        if v < 0 {
            let top = (all_bits as i128 + 1).max(1i128 << bit_length(v));
            v = (top + v as i128) as i64;
        }
    }
    if v < 0 {
        v += all_bits + 1;
    }
    v
}

/// The `_name_` `Flag._missing_` gives the pseudo-member of `value` (a
/// value `mg_flag_norm` returned): the names of the members whose bits it
/// has, in `names`' order (the flag's iteration order), joined by `|`,
/// then the bits no member has; null (None) for 0 or for unknown bits
/// alone.
///
/// # Safety
/// `names` must be a list of strings and `values` one of as many ints.
#[no_mangle]
pub unsafe extern "C-unwind" fn mg_flag_name(
    names: *const MgList,
    values: *const MgList,
    value: i64,
) -> *const MgStr {
    let vals = ints(values);
    let mask = vals.iter().fold(0i64, |a, v| a | v);
    let member_value = value & mask;
    if member_value == 0 {
        return std::ptr::null();
    }
    let names = std::slice::from_raw_parts((*names).items as *const *const MgStr, vals.len());
    let mut parts = Vec::new();
    let mut combined = 0;
    for (n, v) in names.iter().zip(vals) {
        if *v != 0 && v & member_value == *v {
            parts.push(MgStr::text(*n).to_owned());
            combined |= v;
        }
    }
    let unknown = value ^ combined;
    if unknown != 0 {
        parts.push(unknown.to_string());
    }
    crate::text::new_str(&parts.join("|"))
}
