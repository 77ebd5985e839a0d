//! The `math` module, following CPython 3.11's `Modules/mathmodule.c`.
//!
//! The floating-point functions come from the platform libm (through Rust's
//! `f64` methods), exactly as in CPython; what this module adds is CPython's
//! error policy on top: a NaN result from a non-NaN argument is
//! `ValueError: math domain error`, and an infinite result from finite
//! arguments is either `OverflowError: math range error` (a genuine overflow,
//! as in `exp(1000)`) or a domain error (a pole, as in `log(0)`). Functions
//! whose special cases CPython handles itself (`atan2`, `pow`, `fmod`,
//! `log*`, `hypot`) are ported case by case.
//!
//! The integer functions work on 64-bit ints and raise multigen's overflow
//! error where CPython would return a larger integer.

use crate::error::{ok_or_raise, overflow, py_err, PyErr, PyResult};
use crate::num::integral_float_to_int;
use std::f64::consts::PI;

fn domain_error() -> PyErr {
    py_err("ValueError", "math domain error")
}

fn range_error() -> PyErr {
    py_err("OverflowError", "math range error")
}

/// CPython's `math_1`: applies `f` and classifies a NaN or infinite result
/// that did not come from a NaN or infinite argument.
fn math_1(x: f64, f: fn(f64) -> f64, can_overflow: bool) -> PyResult<f64> {
    let r = f(x);
    if r.is_nan() && !x.is_nan() {
        return Err(domain_error());
    }
    if r.is_infinite() && x.is_finite() {
        return Err(if can_overflow {
            range_error()
        } else {
            domain_error()
        });
    }
    Ok(r)
}

/// CPython's `m_log`-style helpers: `f` applied to positive finite
/// arguments, NaN and +inf passed through, and a domain error for zero and
/// negative arguments (including -inf).
fn log_with(x: f64, f: fn(f64) -> f64) -> PyResult<f64> {
    if x.is_nan() || x == f64::INFINITY {
        Ok(x)
    } else if x > 0.0 {
        Ok(f(x))
    } else {
        Err(domain_error())
    }
}

/// `math.sqrt(x)`.
pub(crate) fn sqrt(x: f64) -> PyResult<f64> {
    math_1(x, f64::sqrt, false)
}

/// `math.exp(x)`; a finite argument with an infinite result overflows.
pub(crate) fn exp(x: f64) -> PyResult<f64> {
    math_1(x, f64::exp, true)
}

/// `math.sin(x)`.
pub(crate) fn sin(x: f64) -> PyResult<f64> {
    math_1(x, f64::sin, false)
}

/// `math.cos(x)`.
pub(crate) fn cos(x: f64) -> PyResult<f64> {
    math_1(x, f64::cos, false)
}

/// `math.tan(x)`.
pub(crate) fn tan(x: f64) -> PyResult<f64> {
    math_1(x, f64::tan, false)
}

/// `math.asin(x)`.
pub(crate) fn asin(x: f64) -> PyResult<f64> {
    math_1(x, f64::asin, false)
}

/// `math.acos(x)`.
pub(crate) fn acos(x: f64) -> PyResult<f64> {
    math_1(x, f64::acos, false)
}

/// `math.atan(x)`.
pub(crate) fn atan(x: f64) -> PyResult<f64> {
    math_1(x, f64::atan, false)
}

/// `math.sinh(x)`; a finite argument with an infinite result overflows.
pub(crate) fn sinh(x: f64) -> PyResult<f64> {
    math_1(x, f64::sinh, true)
}

/// `math.cosh(x)`; a finite argument with an infinite result overflows.
pub(crate) fn cosh(x: f64) -> PyResult<f64> {
    math_1(x, f64::cosh, true)
}

/// `math.tanh(x)`.
pub(crate) fn tanh(x: f64) -> PyResult<f64> {
    math_1(x, f64::tanh, false)
}

/// `math.log(x)`.
pub(crate) fn log(x: f64) -> PyResult<f64> {
    log_with(x, f64::ln)
}

/// `math.log2(x)`.
pub(crate) fn log2(x: f64) -> PyResult<f64> {
    log_with(x, f64::log2)
}

/// `math.log10(x)`.
pub(crate) fn log10(x: f64) -> PyResult<f64> {
    log_with(x, f64::log10)
}

/// `math.log(x, base)`: the quotient of two natural logarithms, so a base of
/// 1 divides by zero (with the float division message, as in CPython).
pub(crate) fn log_base(x: f64, base: f64) -> PyResult<f64> {
    let num = log(x)?;
    let den = log(base)?;
    crate::num::float_div(num, den)
}

/// CPython's `m_atan2`, which pins down the special values that platform
/// `atan2` implementations have historically got wrong.
pub(crate) fn atan2(y: f64, x: f64) -> f64 {
    if x.is_nan() || y.is_nan() {
        return f64::NAN;
    }
    if y.is_infinite() {
        if x.is_infinite() {
            return if x.is_sign_positive() {
                (0.25 * PI).copysign(y)
            } else {
                (0.75 * PI).copysign(y)
            };
        }
        return (0.5 * PI).copysign(y);
    }
    if x.is_infinite() || y == 0.0 {
        return if x.is_sign_positive() {
            0.0f64.copysign(y)
        } else {
            PI.copysign(y)
        };
    }
    y.atan2(x)
}

/// The exponent C's `frexp` returns for positive finite `x`: the `e` with
/// `x = f * 2**e` and `0.5 <= f < 1`.
fn frexp_exponent(x: f64) -> i32 {
    let bits = x.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i32;
    if biased == 0 {
        // Subnormal: the leading one bit of the fraction sets the exponent.
        let fraction = bits & ((1u64 << 52) - 1);
        -1010 - fraction.leading_zeros() as i32
    } else {
        biased - 1022
    }
}

/// `2**p` for `-1074 <= p <= 1023`, exactly (C's `ldexp(1.0, p)`).
fn pow2(p: i32) -> f64 {
    if p >= -1022 {
        f64::from_bits(((p + 1023) as u64) << 52)
    } else {
        f64::from_bits(1u64 << (p + 1074))
    }
}

/// `math.hypot(x, y)`: CPython's `vector_norm` for two coordinates, which
/// computes the correctly rounded result with error-free transformations.
pub(crate) fn hypot(x: f64, y: f64) -> f64 {
    let (x, y) = (x.abs(), y.abs());
    let max = x.max(y);
    if max.is_infinite() {
        return max;
    }
    if x.is_nan() || y.is_nan() {
        return f64::NAN;
    }
    if max == 0.0 {
        return max;
    }
    vector_norm(&[x, y], max)
}

/// The core of CPython's `vector_norm`: the Euclidean norm of finite,
/// non-negative `vec` whose largest entry `max` is positive.
fn vector_norm(vec: &[f64; 2], max: f64) -> f64 {
    let max_e = frexp_exponent(max);
    if max_e < -1023 {
        // A tiny subnormal maximum: 2**-max_e would overflow, so scale up to
        // normal numbers first (exactly, by a power of two).
        let scaled = [vec[0] / f64::MIN_POSITIVE, vec[1] / f64::MIN_POSITIVE];
        return f64::MIN_POSITIVE * vector_norm(&scaled, max / f64::MIN_POSITIVE);
    }
    // Exact power-of-two scaling so that every entry is below 1.
    let scale = pow2(-max_e);
    let (mut csum, mut frac1, mut frac2) = (1.0f64, 0.0f64, 0.0f64);
    for &v in vec {
        let x = v * scale;
        // Lossless squaring (double-length product) and compensated sum.
        let (hi, lo) = dl_mul(x, x);
        let (s, e) = dl_fast_sum(csum, hi);
        csum = s;
        frac1 += lo;
        frac2 += e;
    }
    let mut h = (csum - 1.0 + (frac1 + frac2)).sqrt();
    // One Newton-like correction step using the exact residual.
    let (hi, lo) = dl_mul(-h, h);
    let (s, e) = dl_fast_sum(csum, hi);
    csum = s;
    frac1 += lo;
    frac2 += e;
    let x = csum - 1.0 + (frac1 + frac2);
    h += x / (2.0 * h);
    h / scale
}

/// Sum of two floats as an unevaluated pair (requires `|a| >= |b|`).
fn dl_fast_sum(a: f64, b: f64) -> (f64, f64) {
    let x = a + b;
    (x, (a - x) + b)
}

/// Product of two floats as an unevaluated pair, using a fused multiply-add.
fn dl_mul(x: f64, y: f64) -> (f64, f64) {
    let z = x * y;
    (z, x.mul_add(y, -z))
}

/// `math.pow(x, y)`: unlike `**`, never complex and with `math`'s errors.
pub(crate) fn pow(x: f64, y: f64) -> PyResult<f64> {
    if !x.is_finite() || !y.is_finite() {
        // IEEE special values, handled directly like CPython does.
        return Ok(if x.is_nan() {
            if y == 0.0 {
                1.0
            } else {
                x
            }
        } else if y.is_nan() {
            if x == 1.0 {
                1.0
            } else {
                y
            }
        } else if x.is_infinite() {
            let odd_y = y.is_finite() && y.abs() % 2.0 == 1.0;
            if y > 0.0 {
                if odd_y {
                    x
                } else {
                    x.abs()
                }
            } else if y == 0.0 {
                1.0
            } else if odd_y {
                0.0f64.copysign(x)
            } else {
                0.0
            }
        } else if x.abs() == 1.0 {
            // y is infinite from here on.
            1.0
        } else if (y > 0.0 && x.abs() > 1.0) || (y < 0.0 && x.abs() < 1.0) {
            f64::INFINITY
        } else {
            0.0
        });
    }
    let r = x.powf(y);
    if r.is_nan() {
        // Only a negative base with a non-integer exponent gets here.
        return Err(domain_error());
    }
    if r.is_infinite() {
        // Either 0**negative (a pole) or a genuine overflow.
        return Err(if x == 0.0 {
            domain_error()
        } else {
            range_error()
        });
    }
    Ok(r)
}

/// `math.fmod(x, y)`: the C remainder, with the sign of `x`.
pub(crate) fn fmod(x: f64, y: f64) -> PyResult<f64> {
    if y.is_infinite() && x.is_finite() {
        return Ok(x);
    }
    let r = x % y;
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(domain_error());
    }
    Ok(r)
}

/// `math.floor(x)`: the largest int not above `x`.
pub(crate) fn floor(x: f64) -> PyResult<i64> {
    integral_float_to_int(x.floor())
}

/// `math.ceil(x)`: the smallest int not below `x`.
pub(crate) fn ceil(x: f64) -> PyResult<i64> {
    integral_float_to_int(x.ceil())
}

/// `math.trunc(x)`: `x` rounded toward zero.
pub(crate) fn trunc(x: f64) -> PyResult<i64> {
    integral_float_to_int(x.trunc())
}

/// `math.gcd(a, b)`, always non-negative.
pub(crate) fn gcd(a: i64, b: i64) -> PyResult<i64> {
    let (mut x, mut y) = (a.unsigned_abs(), b.unsigned_abs());
    while y != 0 {
        (x, y) = (y, x % y);
    }
    // gcd(-2**63, 0) is 2**63, one past the largest int.
    i64::try_from(x).map_err(|_| overflow())
}

/// `math.factorial(n)`.
pub(crate) fn factorial(n: i64) -> PyResult<i64> {
    if n < 0 {
        return Err(py_err(
            "ValueError",
            "factorial() not defined for negative values",
        ));
    }
    (2..=n).try_fold(1i64, |acc, k| acc.checked_mul(k).ok_or_else(overflow))
}

/// `math.isqrt(n)`: the largest `r` with `r * r <= n`.
pub(crate) fn isqrt(n: i64) -> PyResult<i64> {
    if n < 0 {
        return Err(py_err("ValueError", "isqrt() argument must be nonnegative"));
    }
    // The float square root is within one of the answer for 64-bit inputs;
    // fix it up with exact integer arithmetic.
    let n = n as u128;
    let mut r = (n as f64).sqrt() as u128;
    while r * r > n {
        r -= 1;
    }
    while (r + 1) * (r + 1) <= n {
        r += 1;
    }
    Ok(r as i64)
}

/// Checks the arguments of `comb` and `perm` in CPython's order.
fn check_comb_args(n: i64, k: i64) -> PyResult<()> {
    if n < 0 {
        return Err(py_err("ValueError", "n must be a non-negative integer"));
    }
    if k < 0 {
        return Err(py_err("ValueError", "k must be a non-negative integer"));
    }
    Ok(())
}

/// `math.comb(n, k)`: the binomial coefficient, 0 when `k > n`.
pub(crate) fn comb(n: i64, k: i64) -> PyResult<i64> {
    check_comb_args(n, k)?;
    if k > n {
        return Ok(0);
    }
    let k = k.min(n - k) as u128;
    let n = n as u128;
    // After step i the accumulator is C(n - k + i, i), an integer that grows
    // with i (as k <= n / 2), so the loop stops at the first overflow after
    // at most a few dozen steps, and the product never exceeds 2**127.
    let mut acc: u128 = 1;
    for i in 1..=k {
        acc = acc * (n - k + i) / i;
        if acc > i64::MAX as u128 {
            return Err(overflow());
        }
    }
    Ok(acc as i64)
}

/// `math.perm(n, k)`: `n! / (n - k)!`, 0 when `k > n`.
pub(crate) fn perm(n: i64, k: i64) -> PyResult<i64> {
    check_comb_args(n, k)?;
    if k > n {
        return Ok(0);
    }
    // Every factor but possibly the last is at least 2, so an overflow
    // ends the loop within 64 steps.
    (n - k + 1..=n).try_fold(1i64, |acc, f| acc.checked_mul(f).ok_or_else(overflow))
}

/// `math.sqrt(x)`.
#[no_mangle]
pub extern "C-unwind" fn mg_math_sqrt(x: f64) -> f64 {
    ok_or_raise(sqrt(x))
}

/// `math.exp(x)`.
#[no_mangle]
pub extern "C-unwind" fn mg_math_exp(x: f64) -> f64 {
    ok_or_raise(exp(x))
}

/// `math.log(x)`.
#[no_mangle]
pub extern "C-unwind" fn mg_math_log(x: f64) -> f64 {
    ok_or_raise(log(x))
}

/// `math.log(x, base)`.
#[no_mangle]
pub extern "C-unwind" fn mg_math_log_base(x: f64, base: f64) -> f64 {
    ok_or_raise(log_base(x, base))
}

/// `math.log2(x)`.
#[no_mangle]
pub extern "C-unwind" fn mg_math_log2(x: f64) -> f64 {
    ok_or_raise(log2(x))
}

/// `math.log10(x)`.
#[no_mangle]
pub extern "C-unwind" fn mg_math_log10(x: f64) -> f64 {
    ok_or_raise(log10(x))
}

/// `math.sin(x)`.
#[no_mangle]
pub extern "C-unwind" fn mg_math_sin(x: f64) -> f64 {
    ok_or_raise(sin(x))
}

/// `math.cos(x)`.
#[no_mangle]
pub extern "C-unwind" fn mg_math_cos(x: f64) -> f64 {
    ok_or_raise(cos(x))
}

/// `math.tan(x)`.
#[no_mangle]
pub extern "C-unwind" fn mg_math_tan(x: f64) -> f64 {
    ok_or_raise(tan(x))
}

/// `math.asin(x)`.
#[no_mangle]
pub extern "C-unwind" fn mg_math_asin(x: f64) -> f64 {
    ok_or_raise(asin(x))
}

/// `math.acos(x)`.
#[no_mangle]
pub extern "C-unwind" fn mg_math_acos(x: f64) -> f64 {
    ok_or_raise(acos(x))
}

/// `math.atan(x)`.
#[no_mangle]
pub extern "C-unwind" fn mg_math_atan(x: f64) -> f64 {
    ok_or_raise(atan(x))
}

/// `math.atan2(y, x)`; it never raises.
#[no_mangle]
pub extern "C-unwind" fn mg_math_atan2(y: f64, x: f64) -> f64 {
    atan2(y, x)
}

/// `math.sinh(x)`.
#[no_mangle]
pub extern "C-unwind" fn mg_math_sinh(x: f64) -> f64 {
    ok_or_raise(sinh(x))
}

/// `math.cosh(x)`.
#[no_mangle]
pub extern "C-unwind" fn mg_math_cosh(x: f64) -> f64 {
    ok_or_raise(cosh(x))
}

/// `math.tanh(x)`.
#[no_mangle]
pub extern "C-unwind" fn mg_math_tanh(x: f64) -> f64 {
    ok_or_raise(tanh(x))
}

/// `math.hypot(x, y)`; it never raises.
#[no_mangle]
pub extern "C-unwind" fn mg_math_hypot(x: f64, y: f64) -> f64 {
    hypot(x, y)
}

/// `math.pow(x, y)`.
#[no_mangle]
pub extern "C-unwind" fn mg_math_pow(x: f64, y: f64) -> f64 {
    ok_or_raise(pow(x, y))
}

/// `math.fmod(x, y)`.
#[no_mangle]
pub extern "C-unwind" fn mg_math_fmod(x: f64, y: f64) -> f64 {
    ok_or_raise(fmod(x, y))
}

/// `math.copysign(x, y)`.
#[no_mangle]
pub extern "C-unwind" fn mg_math_copysign(x: f64, y: f64) -> f64 {
    x.copysign(y)
}

/// `math.fabs(x)`.
#[no_mangle]
pub extern "C-unwind" fn mg_math_fabs(x: f64) -> f64 {
    x.abs()
}

/// `math.degrees(x)`, with CPython's constant (`180.0 / pi`, rounded once)
/// rather than Rust's `to_degrees` constant, which can differ in the last
/// bit of the result.
#[no_mangle]
pub extern "C-unwind" fn mg_math_degrees(x: f64) -> f64 {
    x * (180.0 / PI)
}

/// `math.radians(x)`, with CPython's constant `pi / 180.0`.
#[no_mangle]
pub extern "C-unwind" fn mg_math_radians(x: f64) -> f64 {
    x * (PI / 180.0)
}

/// `math.floor(x)` for a float, as an int.
#[no_mangle]
pub extern "C-unwind" fn mg_math_floor(x: f64) -> i64 {
    ok_or_raise(floor(x))
}

/// `math.ceil(x)` for a float, as an int.
#[no_mangle]
pub extern "C-unwind" fn mg_math_ceil(x: f64) -> i64 {
    ok_or_raise(ceil(x))
}

/// `math.trunc(x)` for a float, as an int.
#[no_mangle]
pub extern "C-unwind" fn mg_math_trunc(x: f64) -> i64 {
    ok_or_raise(trunc(x))
}

/// `math.isnan(x)`, as 1 or 0.
#[no_mangle]
pub extern "C-unwind" fn mg_math_isnan(x: f64) -> i64 {
    i64::from(x.is_nan())
}

/// `math.isinf(x)`, as 1 or 0.
#[no_mangle]
pub extern "C-unwind" fn mg_math_isinf(x: f64) -> i64 {
    i64::from(x.is_infinite())
}

/// `math.isfinite(x)`, as 1 or 0.
#[no_mangle]
pub extern "C-unwind" fn mg_math_isfinite(x: f64) -> i64 {
    i64::from(x.is_finite())
}

/// `math.gcd(a, b)`.
#[no_mangle]
pub extern "C-unwind" fn mg_math_gcd(a: i64, b: i64) -> i64 {
    ok_or_raise(gcd(a, b))
}

/// `math.factorial(n)`.
#[no_mangle]
pub extern "C-unwind" fn mg_math_factorial(n: i64) -> i64 {
    ok_or_raise(factorial(n))
}

/// `math.isqrt(n)`.
#[no_mangle]
pub extern "C-unwind" fn mg_math_isqrt(n: i64) -> i64 {
    ok_or_raise(isqrt(n))
}

/// `math.comb(n, k)`.
#[no_mangle]
pub extern "C-unwind" fn mg_math_comb(n: i64, k: i64) -> i64 {
    ok_or_raise(comb(n, k))
}

/// `math.perm(n, k)`.
#[no_mangle]
pub extern "C-unwind" fn mg_math_perm(n: i64, k: i64) -> i64 {
    ok_or_raise(perm(n, k))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cpython_cases::{FLOAT_POW, FLOAT_TO_INTS, MATH_1, MATH_2, MATH_INT};
    use crate::test_support::{check, check_f64};

    #[test]
    fn one_argument_functions_match_cpython() {
        for &(name, x, want) in MATH_1 {
            let got = match name {
                "sqrt" => sqrt(x),
                "exp" => exp(x),
                "log" => log(x),
                "log2" => log2(x),
                "log10" => log10(x),
                "sin" => sin(x),
                "cos" => cos(x),
                "tan" => tan(x),
                "asin" => asin(x),
                "acos" => acos(x),
                "atan" => atan(x),
                "sinh" => sinh(x),
                "cosh" => cosh(x),
                "tanh" => tanh(x),
                "fabs" => Ok(mg_math_fabs(x)),
                "degrees" => Ok(mg_math_degrees(x)),
                "radians" => Ok(mg_math_radians(x)),
                _ => panic!("no case for math.{name}"),
            };
            check_f64(got, want, format!("math.{name}({x:e})"));
        }
    }

    #[test]
    fn two_argument_functions_match_cpython() {
        for &(name, a, b, want) in MATH_2 {
            let got = match name {
                "log" => log_base(a, b),
                "atan2" => Ok(atan2(a, b)),
                "hypot" => Ok(hypot(a, b)),
                "fmod" => fmod(a, b),
                "copysign" => Ok(mg_math_copysign(a, b)),
                _ => panic!("no case for math.{name}"),
            };
            check_f64(got, want, format!("math.{name}({a:e}, {b:e})"));
        }
        for &(a, b, _, want) in FLOAT_POW {
            check_f64(pow(a, b), want, format!("math.pow({a:e}, {b:e})"));
        }
    }

    #[test]
    fn rounding_functions_match_cpython() {
        for &(x, _, _, fl, ce, tr) in FLOAT_TO_INTS {
            check(floor(x), fl, format!("math.floor({x:e})"));
            check(ceil(x), ce, format!("math.ceil({x:e})"));
            check(trunc(x), tr, format!("math.trunc({x:e})"));
        }
    }

    #[test]
    fn integer_functions_match_cpython() {
        for &(name, a, b, want) in MATH_INT {
            let got = match name {
                "factorial" => factorial(a),
                "isqrt" => isqrt(a),
                "gcd" => gcd(a, b),
                "comb" => comb(a, b),
                "perm" => perm(a, b),
                _ => panic!("no case for math.{name}"),
            };
            check(got, want, format!("math.{name}({a}, {b})"));
        }
    }

    #[test]
    fn frexp_and_pow2_are_exact() {
        // Repeated halving and doubling are exact all the way down to the
        // smallest subnormal, which makes them the reference here.
        let mut expected = [0f64; 2098];
        expected[1074] = 1.0;
        for i in (0..1074).rev() {
            expected[i] = expected[i + 1] / 2.0;
        }
        for i in 1075..2098 {
            expected[i] = expected[i - 1] * 2.0;
        }
        for p in -1074..=1023 {
            let x = pow2(p);
            assert_eq!(x, expected[(p + 1074) as usize], "2**{p}");
            assert_eq!(frexp_exponent(x), p + 1, "frexp(2**{p})");
            // 1.5 * 2**-1074 is not representable, so start one higher.
            if p > -1074 {
                assert_eq!(frexp_exponent(x * 1.5), p + 1, "frexp(1.5 * 2**{p})");
            }
        }
        assert_eq!(frexp_exponent(f64::MAX), 1024);
    }

    #[test]
    fn isqrt_is_exact_near_squares() {
        for r in (0..3_037_000_499i64)
            .step_by(9_999_991)
            .chain([3_037_000_499])
        {
            let sq = r * r;
            assert_eq!(isqrt(sq), Ok(r));
            if sq > 0 {
                assert_eq!(isqrt(sq - 1), Ok(r - 1));
            }
            if let Some(next) = sq.checked_add(2 * r) {
                assert_eq!(isqrt(next), Ok(r));
            }
        }
        assert_eq!(isqrt(i64::MAX), Ok(3_037_000_499));
    }
}
