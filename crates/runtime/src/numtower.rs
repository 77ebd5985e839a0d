//! The numeric tower: an `int` stored where a `float` is declared.
//!
//! Python lets an `int` flow into a `float` variable, parameter, field or
//! container element (`x: float = 1`), and CPython keeps it an `int`
//! there: it prints as `1`, `x // 2` is an int, `x / 0` says `division by
//! zero`. multigen keeps `float` an `f64` and NaN-boxes such an int: the
//! sign and exponent bits set, the quiet bit clear and a marker bit set
//! (so that the payload is never zero, which would be `-inf`), the low 50
//! bits holding the int in two's complement. Hardware only ever produces
//! quiet NaNs, so a computed float is never mistaken for a boxed int.
//!
//! Compiled code tests for a NaN operand (one `fcmp uno`) before a float
//! operation when the program stores ints in float slots at all, and calls
//! the slow paths here, which do CPython's `int` or mixed arithmetic. Every
//! runtime function that consumes a float (repr, format, hash, equality,
//! ordering) looks for a boxed int in its NaN branch, where a real float
//! never goes.
//!
//! An int whose magnitude needs more than the payload (`2**49` and more)
//! cannot be kept exactly in a float slot: storing one raises
//! `OverflowError` (a deliberate difference, see the README), never a
//! silently wrong value.

use crate::error::{ok_or_raise, overflow, py_err, zero_div_message, PyResult};
use crate::num::{float_div, float_floordiv, float_mod, float_pow, float_round, int_pow};

runtime_interface! {
    NUMTOWER_DECLS, numtower_symbols;
    fn mg_nt_box(i64) -> f64;
    fn mg_nt_untag(f64) -> f64;
    fn mg_nt_binop(i64, f64, f64, i64, i64, i64) -> f64;
    fn mg_nt_neg(f64) -> f64;
    fn mg_nt_abs(f64) -> f64;
    fn mg_nt_is_int(f64) -> i64;
    fn mg_nt_as_int(f64) -> i64;
    fn mg_nt_round(f64, i64) -> f64;
    fn mg_nt_type_name(f64) -> *const crate::MgStr;
}

/// The bits a boxed int has set above its payload: sign, exponent and the
/// marker bit (bit 50); the quiet bit (51) is clear.
const TAG: u64 = 0xFFF4_0000_0000_0000;
/// The bits that identify a boxed int (everything above the payload).
const TAG_MASK: u64 = 0xFFFC_0000_0000_0000;
/// Width of the payload in bits.
const PAYLOAD_BITS: u32 = 50;
/// The payload bits.
const PAYLOAD_MASK: u64 = (1 << PAYLOAD_BITS) - 1;
/// The least and the greatest int a float slot can hold exactly.
pub(crate) const MIN_BOXED: i64 = -(1 << (PAYLOAD_BITS - 1));
pub(crate) const MAX_BOXED: i64 = (1 << (PAYLOAD_BITS - 1)) - 1;

/// The int held by a float slot, if it holds one.
#[inline]
pub(crate) fn unbox(v: f64) -> Option<i64> {
    let bits = v.to_bits();
    if bits & TAG_MASK == TAG {
        // Sign-extend the 50-bit payload.
        Some(((bits << (64 - PAYLOAD_BITS)) as i64) >> (64 - PAYLOAD_BITS))
    } else {
        None
    }
}

/// `i` boxed into a float slot, or `OverflowError` when it does not fit.
pub(crate) fn boxed(i: i64) -> PyResult<f64> {
    if (MIN_BOXED..=MAX_BOXED).contains(&i) {
        Ok(f64::from_bits(TAG | (i as u64 & PAYLOAD_MASK)))
    } else {
        Err(py_err(
            "OverflowError",
            format!(
                "int {i} is too large to keep exactly where a float is declared \
                 (multigen keeps ints of up to 49 bits there)"
            ),
        ))
    }
}

/// The numeric value of a float slot: exact, since every boxed int is
/// below `2**53`.
#[inline]
pub(crate) fn as_f64(v: f64) -> f64 {
    match unbox(v) {
        Some(i) => i as f64,
        None => v,
    }
}

/// A value of a float slot as Python sees it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) enum Num {
    Int(i64),
    Float(f64),
}

impl Num {
    fn of(v: f64) -> Num {
        match unbox(v) {
            Some(i) => Num::Int(i),
            None => Num::Float(v),
        }
    }

    fn as_f64(self) -> f64 {
        match self {
            Num::Int(i) => i as f64,
            Num::Float(f) => f,
        }
    }

    /// The value stored back into a float slot.
    fn store(self) -> PyResult<f64> {
        match self {
            Num::Int(i) => boxed(i),
            Num::Float(f) => Ok(f),
        }
    }
}

/// The operator codes of `mg_nt_binop`, as the code generator passes them.
pub(crate) const OP_ADD: i64 = 0;
pub(crate) const OP_SUB: i64 = 1;
pub(crate) const OP_MUL: i64 = 2;
pub(crate) const OP_DIV: i64 = 3;
pub(crate) const OP_FLOORDIV: i64 = 4;
pub(crate) const OP_MOD: i64 = 5;
pub(crate) const OP_POW: i64 = 6;
/// The quotient and the remainder of `divmod`, whose zero-division
/// messages differ from those of `//` and `%`.
pub(crate) const OP_DIVMOD_Q: i64 = 7;
pub(crate) const OP_DIVMOD_R: i64 = 8;

/// Python's floor division and modulo of two ints (`b` non-zero).
fn int_floor_divmod(a: i64, b: i64) -> PyResult<(i64, i64)> {
    let q = a.checked_div(b).ok_or_else(overflow)?;
    let r = a.wrapping_rem(b);
    if r != 0 && ((r < 0) != (b < 0)) {
        Ok((q - 1, r + b))
    } else {
        Ok((q, r))
    }
}

/// `a op b` with Python's rules for ints, floats and their mixture.
pub(crate) fn arith(op: i64, a: Num, b: Num) -> PyResult<Num> {
    use Num::{Float, Int};
    if let (Int(x), Int(y)) = (a, b) {
        let zero = |kind| Err(py_err("ZeroDivisionError", zero_div_message(kind)));
        return Ok(match op {
            OP_ADD => Int(x.checked_add(y).ok_or_else(overflow)?),
            OP_SUB => Int(x.checked_sub(y).ok_or_else(overflow)?),
            OP_MUL => Int(x.checked_mul(y).ok_or_else(overflow)?),
            OP_DIV => Float(crate::num::int_truediv(x, y)?),
            OP_FLOORDIV | OP_MOD | OP_DIVMOD_Q | OP_DIVMOD_R => {
                if y == 0 {
                    return zero(if op == OP_MOD { 6 } else { 1 });
                }
                let (q, r) = int_floor_divmod(x, y)?;
                Int(if op == OP_FLOORDIV || op == OP_DIVMOD_Q {
                    q
                } else {
                    r
                })
            }
            // A negative exponent makes a float, as CPython's `long_pow`
            // hands such a power to `float_pow`.
            OP_POW if y < 0 => Float(float_pow(x as f64, y as f64)?),
            OP_POW => Int(int_pow(x, y)?),
            _ => unreachable!("numeric tower operator {op}"),
        });
    }
    let (x, y) = (a.as_f64(), b.as_f64());
    Ok(Float(match op {
        OP_ADD => x + y,
        OP_SUB => x - y,
        OP_MUL => x * y,
        OP_DIV => float_div(x, y)?,
        OP_FLOORDIV => float_floordiv(x, y)?,
        OP_MOD => float_mod(x, y)?,
        OP_DIVMOD_Q | OP_DIVMOD_R => {
            if y == 0.0 {
                return Err(py_err("ZeroDivisionError", zero_div_message(5)));
            }
            if op == OP_DIVMOD_Q {
                float_floordiv(x, y)?
            } else {
                float_mod(x, y)?
            }
        }
        OP_POW => float_pow(x, y)?,
        _ => unreachable!("numeric tower operator {op}"),
    }))
}

/// An operand of `mg_nt_binop`: a float slot, or (flagged in `ints`) an
/// `int` operand of a mixed operation, passed as itself so that a big int
/// never needs boxing.
fn operand(v: f64, i: i64, is_int: bool) -> Num {
    if is_int {
        Num::Int(i)
    } else {
        Num::of(v)
    }
}

/// Stores an int into a float slot (`x: float = n`).
#[no_mangle]
pub extern "C-unwind" fn mg_nt_box(i: i64) -> f64 {
    ok_or_raise(boxed(i))
}

/// The value of a float slot as a float (`float(x)`, and every consumer
/// that only needs the number: `math` functions, comparisons).
#[no_mangle]
pub extern "C-unwind" fn mg_nt_untag(v: f64) -> f64 {
    as_f64(v)
}

/// The slow path of a float operator, taken when an operand is a NaN: `a`
/// and `b` are float slots, except that bit 0 (bit 1) of `ints` says that
/// the left (right) operand is the int `ai` (`bi`).
#[no_mangle]
pub extern "C-unwind" fn mg_nt_binop(op: i64, a: f64, b: f64, ai: i64, bi: i64, ints: i64) -> f64 {
    let (x, y) = (operand(a, ai, ints & 1 != 0), operand(b, bi, ints & 2 != 0));
    ok_or_raise(arith(op, x, y).and_then(Num::store))
}

/// `-x` of a float slot.
#[no_mangle]
pub extern "C-unwind" fn mg_nt_neg(v: f64) -> f64 {
    match Num::of(v) {
        Num::Int(i) => ok_or_raise(i.checked_neg().ok_or_else(overflow).and_then(boxed)),
        Num::Float(f) => -f,
    }
}

/// `abs(x)` of a float slot.
#[no_mangle]
pub extern "C-unwind" fn mg_nt_abs(v: f64) -> f64 {
    match Num::of(v) {
        Num::Int(i) => ok_or_raise(i.checked_abs().ok_or_else(overflow).and_then(boxed)),
        Num::Float(f) => f.abs(),
    }
}

/// Whether a float slot holds an int (`isinstance(x, int)`).
#[no_mangle]
pub extern "C-unwind" fn mg_nt_is_int(v: f64) -> i64 {
    i64::from(unbox(v).is_some())
}

/// The int held by a float slot known to hold one (a read narrowed by
/// `isinstance(x, int)`).
#[no_mangle]
pub extern "C-unwind" fn mg_nt_as_int(v: f64) -> i64 {
    unbox(v).expect("narrowed by isinstance(x, int)")
}

/// `round(x, ndigits)` of a float slot: an int rounds as an int and stays
/// one.
#[no_mangle]
pub extern "C-unwind" fn mg_nt_round(v: f64, ndigits: i64) -> f64 {
    ok_or_raise(match Num::of(v) {
        Num::Int(i) => crate::num::int_round(i, ndigits).and_then(boxed),
        Num::Float(f) => float_round(f, ndigits),
    })
}

/// `type(x).__name__` of a float slot.
#[no_mangle]
pub extern "C-unwind" fn mg_nt_type_name(v: f64) -> *const crate::MgStr {
    crate::string::new_ascii(if unbox(v).is_some() { b"int" } else { b"float" })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn boxes_round_trip_and_are_never_real_floats() {
        for i in [0, 1, -1, 42, MIN_BOXED, MAX_BOXED] {
            let v = boxed(i).unwrap();
            assert!(v.is_nan());
            assert_eq!(unbox(v), Some(i));
        }
        assert!(boxed(MAX_BOXED + 1).is_err());
        assert!(boxed(MIN_BOXED - 1).is_err());
        for f in [
            f64::NAN,
            -f64::NAN,
            f64::INFINITY,
            f64::NEG_INFINITY,
            0.0,
            -0.0,
            1.5,
        ] {
            assert_eq!(unbox(f), None);
        }
        // Arithmetic on a boxed int yields a quiet NaN, never another box.
        let v = boxed(3).unwrap();
        assert_eq!(unbox(v + 1.0), None);
    }

    #[test]
    fn arithmetic_follows_python() {
        use Num::{Float, Int};
        assert_eq!(arith(OP_ADD, Int(1), Int(2)).unwrap(), Int(3));
        assert_eq!(arith(OP_ADD, Int(1), Float(0.5)).unwrap(), Float(1.5));
        assert_eq!(arith(OP_DIV, Int(1), Int(2)).unwrap(), Float(0.5));
        assert_eq!(arith(OP_FLOORDIV, Int(-7), Int(2)).unwrap(), Int(-4));
        assert_eq!(arith(OP_MOD, Int(-7), Int(2)).unwrap(), Int(1));
        assert_eq!(arith(OP_POW, Int(2), Int(-1)).unwrap(), Float(0.5));
        assert_eq!(arith(OP_POW, Int(2), Int(10)).unwrap(), Int(1024));
        let msg = |r: PyResult<Num>| r.unwrap_err().text().1;
        assert!(msg(arith(OP_DIV, Int(1), Int(0))).ends_with("division by zero"));
        assert!(msg(arith(OP_MOD, Int(1), Int(0))).ends_with("integer modulo by zero"));
        assert!(msg(arith(OP_DIV, Int(1), Float(0.0))).ends_with("float division by zero"));
        assert!(msg(arith(OP_DIVMOD_Q, Float(1.0), Int(0))).ends_with("float divmod()"));
    }
}
