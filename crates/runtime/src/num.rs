//! Arithmetic with Python semantics where they differ from plain machine
//! arithmetic: powers, floor division and modulo of floats, rounding,
//! conversions to `int`, and shifts.
//!
//! multigen's `int` is a 64-bit integer. Where CPython would produce a
//! larger integer, multigen raises `OverflowError: integer overflow` instead
//! of wrapping; everything else follows CPython 3.11 (`Objects/floatobject.c`
//! and `Objects/longobject.c`), including the exact error messages.

use crate::error::{ok_or_raise, overflow, py_err, zero_div_message, PyResult};

/// `2**63` as a float: the exclusive upper bound of the `i64` range, and
/// (negated) its inclusive lower bound.
const TWO_POW_63: f64 = 9_223_372_036_854_775_808.0;

/// `a ** b` for ints, by repeated squaring with overflow checks.
pub(crate) fn int_pow(base: i64, exp: i64) -> PyResult<i64> {
    if exp < 0 {
        // CPython returns a float here; a 64-bit `int` result type cannot.
        return Err(py_err(
            "ValueError",
            "negative exponent requires a float result (multigen ints are 64-bit)",
        ));
    }
    let mut result: i64 = 1;
    let mut base = base;
    let mut exp = exp;
    // Every partial result and every squared base divides the final result
    // (or is that result), so an overflow anywhere means the final result
    // overflows too; there are no spurious overflow errors.
    loop {
        if exp & 1 == 1 {
            result = result.checked_mul(base).ok_or_else(overflow)?;
        }
        exp >>= 1;
        if exp == 0 {
            return Ok(result);
        }
        base = base.checked_mul(base).ok_or_else(overflow)?;
    }
}

/// True if `x` is an odd integer (CPython's `DOUBLE_IS_ODD_INTEGER`).
fn is_odd_integer(x: f64) -> bool {
    x.abs() % 2.0 == 1.0
}

/// `a ** b` for floats, following CPython's `float_pow` case by case: the
/// C99 special values are handled explicitly so that the platform `pow` only
/// ever sees finite, positive, non-unit bases.
pub(crate) fn float_pow(iv: f64, iw: f64) -> PyResult<f64> {
    if iw == 0.0 {
        // x**0 is 1, even 0**0 and nan**0.
        return Ok(1.0);
    }
    if iv.is_nan() {
        return Ok(iv);
    }
    if iw.is_nan() {
        return Ok(if iv == 1.0 { 1.0 } else { iw });
    }
    if iw.is_infinite() {
        // v**inf is 0 for |v| < 1, 1 for |v| == 1, inf for |v| > 1, and the
        // other way round for v**-inf.
        let av = iv.abs();
        return Ok(if av == 1.0 {
            1.0
        } else if (iw > 0.0) == (av > 1.0) {
            iw.abs()
        } else {
            0.0
        });
    }
    if iv.is_infinite() {
        // (+-inf)**w is inf for positive w and 0 for negative w, negative
        // when w is an odd integer and the base is -inf.
        let odd = is_odd_integer(iw);
        return Ok(if iw > 0.0 {
            if odd {
                iv
            } else {
                iv.abs()
            }
        } else if odd {
            0.0f64.copysign(iv)
        } else {
            0.0
        });
    }
    if iv == 0.0 {
        if iw < 0.0 {
            return Err(py_err(
                "ZeroDivisionError",
                "0.0 cannot be raised to a negative power",
            ));
        }
        // Keep the sign of a negative zero for odd integer exponents.
        return Ok(if is_odd_integer(iw) { iv } else { 0.0 });
    }
    let mut base = iv;
    let mut negate = false;
    if base < 0.0 {
        if iw != iw.floor() {
            // CPython returns a complex number here. multigen has no complex
            // type, so this deliberately deviates with the error `math.pow`
            // gives for the same operands.
            return Err(py_err("ValueError", "math domain error"));
        }
        // An integral exponent: compute |v|**w and fix the sign afterwards.
        base = -base;
        negate = is_odd_integer(iw);
    }
    if base == 1.0 {
        return Ok(if negate { -1.0 } else { 1.0 });
    }
    let r = base.powf(iw);
    if r.is_infinite() {
        // Finite operands with an infinite result: libm's ERANGE, which
        // CPython reports through `PyErr_SetFromErrno`. Underflow to zero is
        // not an error.
        return Err(py_err(
            "OverflowError",
            "(34, 'Numerical result out of range')",
        ));
    }
    Ok(if negate { -r } else { r })
}

/// `a / b` for floats.
pub(crate) fn float_div(a: f64, b: f64) -> PyResult<f64> {
    if b == 0.0 {
        return Err(py_err("ZeroDivisionError", zero_div_message(2)));
    }
    Ok(a / b)
}

/// `a / b` for ints: the exact quotient rounded once to the nearest float,
/// as CPython's `long_true_divide` does. Converting both operands to float
/// first would round up to three times for operands beyond 2**53.
pub(crate) fn int_truediv(a: i64, b: i64) -> PyResult<f64> {
    if b == 0 {
        return Err(py_err("ZeroDivisionError", zero_div_message(0)));
    }
    const EXACT: u64 = 1 << 53;
    let (n, d) = (a.unsigned_abs(), b.unsigned_abs());
    let negative = (a < 0) != (b < 0);
    let q = if n <= EXACT && d <= EXACT {
        // Both operands are exact floats, so IEEE division rounds once.
        n as f64 / d as f64
    } else if n == 0 {
        0.0
    } else {
        // Scale the dividend so that the integer quotient has at least 63
        // significant bits, fold any remainder into a sticky low bit, and
        // let the (correctly rounded) u128 -> f64 conversion do the single
        // rounding. The sticky bit sits far below the rounding position, so
        // it only breaks exact ties, which is what it must do. The final
        // scaling by a power of two is exact.
        let shift = 127 - (63 - n.leading_zeros());
        let scaled = (n as u128) << shift;
        let (quot, rem) = (scaled / d as u128, scaled % d as u128);
        let sticky = u128::from(rem != 0);
        (quot | sticky) as f64 * f64::from_bits(u64::from(1023 - shift) << 52)
    };
    Ok(if negative { -q } else { q })
}

/// Python's `divmod` for floats (CPython's `_float_div_mod`): the floor
/// quotient and the remainder with the sign of the divisor. `wx` must be
/// nonzero.
fn float_div_mod(vx: f64, wx: f64) -> (f64, f64) {
    let mut m = vx % wx;
    // fmod is exact, so vx - m is mathematically a multiple of wx, but the
    // float division may leave the quotient slightly off an integer; it is
    // snapped below.
    let mut div = (vx - m) / wx;
    if m != 0.0 {
        // Make the remainder take the sign of the divisor.
        if (wx < 0.0) != (m < 0.0) {
            m += wx;
            div -= 1.0;
        }
    } else {
        // A zero remainder gets the sign of the divisor.
        m = 0.0f64.copysign(wx);
    }
    let floordiv = if div != 0.0 {
        let f = div.floor();
        if div - f > 0.5 {
            f + 1.0
        } else {
            f
        }
    } else {
        // A zero quotient gets the sign of the true quotient.
        0.0f64.copysign(vx / wx)
    };
    (floordiv, m)
}

/// `a // b` for floats.
pub(crate) fn float_floordiv(a: f64, b: f64) -> PyResult<f64> {
    if b == 0.0 {
        return Err(py_err("ZeroDivisionError", zero_div_message(3)));
    }
    Ok(float_div_mod(a, b).0)
}

/// `a % b` for floats (CPython's `float_rem`).
pub(crate) fn float_mod(vx: f64, wx: f64) -> PyResult<f64> {
    if wx == 0.0 {
        return Err(py_err("ZeroDivisionError", zero_div_message(4)));
    }
    let m = vx % wx;
    Ok(if m != 0.0 {
        if (wx < 0.0) != (m < 0.0) {
            m + wx
        } else {
            m
        }
    } else {
        0.0f64.copysign(wx)
    })
}

/// Converts an integral float to `int`, with CPython's errors for
/// infinities and NaN and multigen's overflow error beyond 64 bits.
pub(crate) fn integral_float_to_int(x: f64) -> PyResult<i64> {
    if x.is_nan() {
        return Err(py_err("ValueError", "cannot convert float NaN to integer"));
    }
    if x.is_infinite() {
        return Err(py_err(
            "OverflowError",
            "cannot convert float infinity to integer",
        ));
    }
    if !(-TWO_POW_63..TWO_POW_63).contains(&x) {
        return Err(overflow());
    }
    Ok(x as i64)
}

/// `int(x)` for a float: truncation toward zero.
pub(crate) fn float_to_int(x: f64) -> PyResult<i64> {
    integral_float_to_int(x.trunc())
}

/// `round(x)` for a float: the nearest int, ties to even.
pub(crate) fn float_round_int(x: f64) -> PyResult<i64> {
    integral_float_to_int(x.round_ties_even())
}

/// The largest `ndigits` for which `round(x, ndigits)` can change a float
/// (CPython's `NDIGITS_MAX`: `(DBL_MANT_DIG - DBL_MIN_EXP) * 0.30103`).
const NDIGITS_MAX: i64 = 323;
/// Below this `ndigits` every finite float rounds to zero (CPython's
/// `NDIGITS_MIN`: `-(DBL_MAX_EXP + 1) * 0.30103`).
const NDIGITS_MIN: i64 = -308;

/// `round(x, ndigits)` for a float: correctly rounded (half to even on the
/// exact binary value) to `ndigits` decimal places, like CPython's
/// `double_round`, which rounds through a decimal string.
pub(crate) fn float_round(x: f64, ndigits: i64) -> PyResult<f64> {
    if !x.is_finite() {
        return Ok(x);
    }
    if ndigits > NDIGITS_MAX {
        return Ok(x);
    }
    if ndigits < NDIGITS_MIN {
        return Ok(0.0 * x);
    }
    if ndigits >= 0 {
        // Rust's fixed-precision formatting is exact and rounds half to
        // even, so formatting and parsing back rounds exactly once, like
        // `_Py_dg_dtoa` mode 3 followed by `_Py_dg_strtod`. The sign of a
        // negative result that rounds to zero survives as "-0.00".
        let s = format!("{:.*}", ndigits as usize, x);
        return Ok(s.parse().expect("formatted float parses back"));
    }
    round_to_tens(x, (-ndigits) as usize)
}

/// Rounds the finite float `x` to a multiple of `10**k` (k >= 1), half to
/// even, working on the exact decimal digits of `x`.
fn round_to_tens(x: f64, k: usize) -> PyResult<f64> {
    let a = x.abs();
    // The exact integer part of |x| in decimal, and whether a nonzero
    // fraction follows it. Floats from 2**52 up are all integers, and
    // below that the integer part fits a u64 exactly.
    let (int_digits, fraction) = if a >= 4_503_599_627_370_496.0 {
        (format!("{a:.0}").into_bytes(), false)
    } else {
        let t = a.trunc();
        ((t as u64).to_string().into_bytes(), a != t)
    };
    let n = int_digits.len();
    let mut head: Vec<u8> = Vec::new();
    if k <= n {
        head.extend_from_slice(&int_digits[..n - k]);
        let tail = &int_digits[n - k..];
        let round_up = match tail[0].cmp(&b'5') {
            std::cmp::Ordering::Greater => true,
            std::cmp::Ordering::Less => false,
            std::cmp::Ordering::Equal => {
                let above_half = fraction || tail[1..].iter().any(|&d| d != b'0');
                let odd = head.last().is_some_and(|d| (d - b'0') % 2 == 1);
                above_half || odd
            }
        };
        if round_up {
            increment_decimal(&mut head);
        }
    }
    // If k > n, |x| < 10**n <= 10**(k-1) is below half of 10**k: zero.
    if head.is_empty() {
        head.push(b'0');
    }
    let text = format!("{}e{}", String::from_utf8_lossy(&head), k);
    let magnitude: f64 = text.parse().expect("decimal digits parse");
    if magnitude.is_infinite() {
        return Err(py_err(
            "OverflowError",
            "rounded value too large to represent",
        ));
    }
    // The sign survives even when the result is zero, as in CPython.
    Ok(if x.is_sign_negative() {
        -magnitude
    } else {
        magnitude
    })
}

/// Adds one to a decimal digit string in place ("" counts as 0).
fn increment_decimal(digits: &mut Vec<u8>) {
    for d in digits.iter_mut().rev() {
        if *d == b'9' {
            *d = b'0';
        } else {
            *d += 1;
            return;
        }
    }
    digits.insert(0, b'1');
}

/// `round(x, ndigits)` for an int: unchanged for `ndigits >= 0`, otherwise
/// rounded half to even to a multiple of `10**-ndigits` (CPython's
/// `_PyLong_DivmodNear` based algorithm).
pub(crate) fn int_round(x: i64, ndigits: i64) -> PyResult<i64> {
    if ndigits >= 0 {
        return Ok(x);
    }
    // |x| < 9.3e18 is below half of 10**20, so any larger power rounds to 0.
    if ndigits < -20 {
        return Ok(0);
    }
    let p = 10i128.pow((-ndigits) as u32);
    let xi = i128::from(x);
    let mut q = xi.div_euclid(p);
    let r = xi.rem_euclid(p);
    if 2 * r > p || (2 * r == p && q % 2 != 0) {
        q += 1;
    }
    i64::try_from(q * p).map_err(|_| overflow())
}

/// `a << n` for ints.
pub(crate) fn int_shl(a: i64, n: i64) -> PyResult<i64> {
    if n < 0 {
        return Err(py_err("ValueError", "negative shift count"));
    }
    if a == 0 {
        return Ok(0);
    }
    if n >= 64 {
        return Err(overflow());
    }
    let r = a << n;
    if r >> n != a {
        return Err(overflow());
    }
    Ok(r)
}

/// `a >> n` for ints: an arithmetic shift, so it floors like Python's.
pub(crate) fn int_shr(a: i64, n: i64) -> PyResult<i64> {
    if n < 0 {
        return Err(py_err("ValueError", "negative shift count"));
    }
    Ok(a >> n.min(63))
}

/// `base ** exp` for ints.
#[no_mangle]
pub extern "C-unwind" fn mg_int_pow(base: i64, exp: i64) -> i64 {
    ok_or_raise(int_pow(base, exp))
}

/// `a ** b` for floats.
#[no_mangle]
pub extern "C-unwind" fn mg_float_pow(a: f64, b: f64) -> f64 {
    ok_or_raise(float_pow(a, b))
}

/// `a // b` for floats.
#[no_mangle]
pub extern "C-unwind" fn mg_float_floordiv(a: f64, b: f64) -> f64 {
    ok_or_raise(float_floordiv(a, b))
}

/// `a % b` for floats.
#[no_mangle]
pub extern "C-unwind" fn mg_float_mod(a: f64, b: f64) -> f64 {
    ok_or_raise(float_mod(a, b))
}

/// `a / b` for floats (and for an int mixed with a float). The error message
/// is CPython 3.11's `float division by zero`; `int / int` has its own
/// function because CPython words that error differently.
#[no_mangle]
pub extern "C-unwind" fn mg_float_div(a: f64, b: f64) -> f64 {
    ok_or_raise(float_div(a, b))
}

/// `a / b` for two ints.
#[no_mangle]
pub extern "C-unwind" fn mg_int_truediv(a: i64, b: i64) -> f64 {
    ok_or_raise(int_truediv(a, b))
}

/// `round(x, ndigits)` for a float.
#[no_mangle]
pub extern "C-unwind" fn mg_float_round(x: f64, ndigits: i64) -> f64 {
    ok_or_raise(float_round(x, ndigits))
}

/// `round(x)` for a float.
#[no_mangle]
pub extern "C-unwind" fn mg_float_round_int(x: f64) -> i64 {
    ok_or_raise(float_round_int(x))
}

/// `round(x, ndigits)` for an int.
#[no_mangle]
pub extern "C-unwind" fn mg_int_round(x: i64, ndigits: i64) -> i64 {
    ok_or_raise(int_round(x, ndigits))
}

/// `int(x)` for a float.
#[no_mangle]
pub extern "C-unwind" fn mg_float_to_int(x: f64) -> i64 {
    ok_or_raise(float_to_int(x))
}

/// `a << n` for ints.
#[no_mangle]
pub extern "C-unwind" fn mg_int_shl(a: i64, n: i64) -> i64 {
    ok_or_raise(int_shl(a, n))
}

/// `a >> n` for ints.
#[no_mangle]
pub extern "C-unwind" fn mg_int_shr(a: i64, n: i64) -> i64 {
    ok_or_raise(int_shr(a, n))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cpython_cases::*;
    use crate::test_support::{check, check_f64};

    #[test]
    fn float_round_matches_cpython() {
        for &(x, nd, want) in FLOAT_ROUND {
            check_f64(float_round(x, nd), want, format!("round({x:e}, {nd})"));
        }
    }

    #[test]
    fn float_to_int_conversions_match_cpython() {
        for &(x, round, int, ..) in FLOAT_TO_INTS {
            check(float_round_int(x), round, format!("round({x:e})"));
            check(float_to_int(x), int, format!("int({x:e})"));
        }
    }

    #[test]
    fn int_round_matches_cpython() {
        for &(x, nd, want) in INT_ROUND {
            check(int_round(x, nd), want, format!("round({x}, {nd})"));
        }
        check(int_round(5, i64::MIN), Ok(0), "round(5, -2**63)");
    }

    #[test]
    fn float_division_matches_cpython() {
        for &(a, b, floordiv, modulo, div) in FLOAT_DIVMOD {
            check_f64(float_floordiv(a, b), floordiv, format!("{a:e} // {b:e}"));
            check_f64(float_mod(a, b), modulo, format!("{a:e} % {b:e}"));
            check_f64(float_div(a, b), div, format!("{a:e} / {b:e}"));
        }
    }

    #[test]
    fn float_pow_matches_cpython() {
        for &(a, b, want, _) in FLOAT_POW {
            check_f64(float_pow(a, b), want, format!("{a:e} ** {b:e}"));
        }
    }

    #[test]
    fn int_pow_matches_cpython() {
        for &(b, e, want) in INT_POW {
            check(int_pow(b, e), want, format!("{b} ** {e}"));
        }
        check(
            int_pow(2, -1),
            Err((
                "ValueError",
                "negative exponent requires a float result (multigen ints are 64-bit)",
            )),
            "2 ** -1",
        );
    }

    #[test]
    fn int_truediv_matches_cpython() {
        for &(a, b, want) in INT_TRUEDIV {
            check_f64(int_truediv(a, b), want, format!("{a} / {b}"));
        }
    }

    #[test]
    fn shifts_match_cpython() {
        for &(a, n, shl, shr) in INT_SHIFTS {
            check(int_shl(a, n), shl, format!("{a} << {n}"));
            check(int_shr(a, n), shr, format!("{a} >> {n}"));
        }
        check(int_shl(1, i64::MAX), Err(overflow_expect()), "1 << huge");
        check(int_shr(-1, i64::MAX), Ok(-1), "-1 >> huge");
    }

    fn overflow_expect() -> (&'static str, &'static str) {
        ("OverflowError", "integer overflow")
    }
}
