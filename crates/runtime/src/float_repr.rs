//! `repr(float)`, exactly as CPython formats it.
//!
//! CPython prints the shortest digit string that rounds back to the same
//! float (David Gay's mode 0), and lays it out in fixed notation when the
//! decimal exponent is in `-4..16` and in scientific notation otherwise. Rust's
//! `{:e}` formatting produces the same shortest digits, so only the layout
//! is done here. Everything happens in fixed-size stack buffers because
//! `print(x)` on floats is on hot paths.

use std::fmt::Write;

/// A small fixed-capacity text buffer; formatting into it never allocates.
/// Capacity 32 holds every float repr (the longest is 24 bytes, e.g.
/// `-2.2250738585072014e-308`).
struct StackBuf {
    len: usize,
    data: [u8; 32],
}

impl StackBuf {
    fn new() -> Self {
        StackBuf {
            len: 0,
            data: [0; 32],
        }
    }

    fn push(&mut self, b: u8) {
        self.data[self.len] = b;
        self.len += 1;
    }

    fn extend(&mut self, bytes: &[u8]) {
        self.data[self.len..self.len + bytes.len()].copy_from_slice(bytes);
        self.len += bytes.len();
    }

    fn as_bytes(&self) -> &[u8] {
        &self.data[..self.len]
    }
}

impl Write for StackBuf {
    fn write_str(&mut self, s: &str) -> std::fmt::Result {
        if s.len() > self.data.len() - self.len {
            return Err(std::fmt::Error);
        }
        self.extend(s.as_bytes());
        Ok(())
    }
}

/// Resolves a tie between two shortest digit strings the way CPython does.
///
/// When the exact binary value of `a` lies exactly halfway between two
/// decimal strings of the shortest length, both round-trip equally well.
/// CPython's dtoa then picks the one with the even last digit, while Rust's
/// formatter may pick the other. This happens only for floats whose exact
/// decimal expansion is short (`m * 2**e` with small negative `e`), so the
/// check is cheap integer arithmetic for almost every input. Returns the
/// replacement digits (trailing zeros removed) and decimal exponent when
/// CPython's choice differs from `digits`.
fn even_tie_digits(a: f64, digits: &[u8]) -> Option<(String, i32)> {
    // Exact value a = m * 2**e with m odd.
    let bits = a.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i32;
    let fraction = bits & ((1u64 << 52) - 1);
    let (mut m, mut e) = if biased == 0 {
        (fraction, -1074)
    } else {
        (fraction | (1u64 << 52), biased - 1075)
    };
    let tz = m.trailing_zeros();
    m >>= tz;
    e += tz as i32;
    // With e >= 0 the value is an integer below 2**53 or has trailing zero
    // digits, never a tie; beyond 2**-25 the exact expansion is longer than
    // any shortest repr.
    if !(-25..0).contains(&e) {
        return None;
    }
    // a = exact * 10**e, and `exact` ends in the digit 5.
    let exact = u128::from(m) * 5u128.pow(e.unsigned_abs());
    let exact_len = exact.checked_ilog10()? as usize + 1;
    if exact_len != digits.len() + 1 {
        return None;
    }
    let down = exact / 10;
    let even = if down % 2 == 0 { down } else { down + 1 };
    let current: u128 = std::str::from_utf8(digits).ok()?.parse().ok()?;
    if current == even {
        return None;
    }
    // `even` * 10**(e + 1) is the candidate; CPython only returns it if it
    // rounds back to `a`, which it does unless `a` sits at a binade edge.
    let candidate = format!("{even}e{}", e + 1);
    if candidate.parse::<f64>().ok()? != a {
        return None;
    }
    let text = even.to_string();
    let exp = text.len() as i32 - 1 + e + 1;
    Some((text.trim_end_matches('0').to_owned(), exp))
}

/// The `repr` of one float, held on the stack.
pub(crate) struct FloatRepr(StackBuf);

impl FloatRepr {
    /// Formats `x` as CPython's `repr(x)`.
    pub(crate) fn new(x: f64) -> Self {
        let mut out = StackBuf::new();
        if x.is_nan() {
            // An int kept in a float slot prints as the int.
            if let Some(i) = crate::numtower::unbox(x) {
                write!(out, "{i}").expect("an int fits in 32 bytes");
                return FloatRepr(out);
            }
            out.extend(b"nan");
            return FloatRepr(out);
        }
        if x.is_sign_negative() {
            out.push(b'-');
        }
        let a = x.abs();
        if a.is_infinite() {
            out.extend(b"inf");
            return FloatRepr(out);
        }
        if a == 0.0 {
            out.extend(b"0.0");
            return FloatRepr(out);
        }

        // `{:e}` gives the shortest round-trip digits as `d[.ddd]e<exp>`.
        let mut sci = StackBuf::new();
        write!(sci, "{a:e}").expect("a float's {:e} form fits in 32 bytes");
        let sci = sci.as_bytes();
        let e_pos = sci
            .iter()
            .position(|&b| b == b'e')
            .expect("{:e} output has an exponent");
        let mut digits = [0u8; 17];
        let mut ndigits = 0;
        for &b in &sci[..e_pos] {
            if b != b'.' {
                digits[ndigits] = b;
                ndigits += 1;
            }
        }
        let mut exp: i32 = std::str::from_utf8(&sci[e_pos + 1..])
            .ok()
            .and_then(|s| s.parse().ok())
            .expect("{:e} exponent is an integer");
        if let Some((even, even_exp)) = even_tie_digits(a, &digits[..ndigits]) {
            ndigits = even.len();
            digits[..ndigits].copy_from_slice(even.as_bytes());
            exp = even_exp;
        }
        let digits = &digits[..ndigits];

        if (-4..16).contains(&exp) {
            // Fixed notation; `decpt` is the number of digits before the
            // decimal point (zero or negative when the number is below 1).
            let decpt = exp + 1;
            if decpt <= 0 {
                out.extend(b"0.");
                for _ in 0..-decpt {
                    out.push(b'0');
                }
                out.extend(digits);
            } else {
                let decpt = decpt as usize;
                if decpt < ndigits {
                    out.extend(&digits[..decpt]);
                    out.push(b'.');
                    out.extend(&digits[decpt..]);
                } else {
                    out.extend(digits);
                    for _ in ndigits..decpt {
                        out.push(b'0');
                    }
                    out.extend(b".0");
                }
            }
        } else {
            // Scientific notation with at least two exponent digits and an
            // explicit sign, e.g. `1e+16`, `1.5e-05`.
            out.push(digits[0]);
            if ndigits > 1 {
                out.push(b'.');
                out.extend(&digits[1..]);
            }
            out.push(b'e');
            out.push(if exp < 0 { b'-' } else { b'+' });
            let e = exp.unsigned_abs();
            if e >= 100 {
                out.push(b'0' + (e / 100) as u8);
            }
            out.push(b'0' + (e / 10 % 10) as u8);
            out.push(b'0' + (e % 10) as u8);
        }
        FloatRepr(out)
    }

    /// The formatted text.
    pub(crate) fn as_bytes(&self) -> &[u8] {
        self.0.as_bytes()
    }

    /// The formatted text as a `&str` (it is always ASCII).
    #[cfg(test)]
    pub(crate) fn as_str(&self) -> &str {
        std::str::from_utf8(self.as_bytes()).expect("float repr is ASCII")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cpython_cases::FLOAT_REPR;

    #[test]
    fn matches_cpython_repr() {
        for &(x, want) in FLOAT_REPR {
            assert_eq!(FloatRepr::new(x).as_str(), want, "repr of {x:e}");
        }
    }
}
