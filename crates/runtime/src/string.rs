//! `str` values: construction, `repr`, comparison, and parsing numbers.
//!
//! A `str` is an immutable [`MgStr`] block in GC memory (allocated atomic,
//! since it holds no pointers), or a static one for literals and a few
//! constants. Because strings never change after creation, operations may
//! return one of their arguments instead of a copy.
//!
//! `int(str)` and `float(str)` follow CPython's `PyLong_FromString` and
//! `PyFloat_FromString` step by step, including the Unicode digit and space
//! handling and the exact wording (and truncation) of their errors.

use std::borrow::Cow;
use std::cmp::Ordering;
use std::fmt::Write;

use crate::error::{ok_or_raise, overflow, py_err, raise, PyResult};
use crate::float_repr::FloatRepr;
use crate::gc::mg_alloc_atomic;
use crate::io::format_i64;
use crate::unicode_tables::{DECIMAL_ZEROS, NONPRINTABLE, SPACES};
use crate::MgStr;

/// A string with the [`MgStr`] layout whose bytes are known at compile
/// time, for constants that need no allocation.
#[repr(C)]
struct StaticStr<const N: usize> {
    len: i64,
    nchars: i64,
    data: [u8; N],
}

impl<const N: usize> StaticStr<N> {
    /// Wraps ASCII text (so that byte and character counts agree).
    const fn ascii(data: [u8; N]) -> Self {
        StaticStr {
            len: N as i64,
            nchars: N as i64,
            data,
        }
    }

    fn as_ptr(&'static self) -> *const MgStr {
        (self as *const Self).cast()
    }
}

static EMPTY: StaticStr<0> = StaticStr::ascii([]);
static TRUE_STR: StaticStr<4> = StaticStr::ascii(*b"True");
static FALSE_STR: StaticStr<5> = StaticStr::ascii(*b"False");

/// Size of the string header preceding the bytes.
const HEADER: usize = std::mem::size_of::<MgStr>();

/// Allocates an uninitialised string of `len` bytes and `nchars` code
/// points; the caller fills in the bytes through the returned pointer.
fn alloc_str(len: usize, nchars: i64) -> (*const MgStr, *mut u8) {
    let size = HEADER
        .checked_add(len)
        .and_then(|n| i64::try_from(n).ok())
        .unwrap_or_else(|| raise("MemoryError", ""));
    let p = mg_alloc_atomic(size) as *mut MgStr;
    // SAFETY: `p` is a fresh block of HEADER + len bytes, suitably aligned
    // for the header (GC blocks are at least 16-byte aligned).
    unsafe {
        (*p).len = len as i64;
        (*p).nchars = nchars;
        (
            p as *const MgStr,
            std::ptr::addr_of_mut!((*p).data).cast::<u8>(),
        )
    }
}

/// Copies `bytes` (valid UTF-8 with `nchars` code points) into a new string.
fn new_str(bytes: &[u8], nchars: i64) -> *const MgStr {
    if bytes.is_empty() {
        return EMPTY.as_ptr();
    }
    let (s, data) = alloc_str(bytes.len(), nchars);
    // SAFETY: `data` has room for exactly `bytes.len()` bytes.
    unsafe { std::ptr::copy_nonoverlapping(bytes.as_ptr(), data, bytes.len()) };
    s
}

/// Copies ASCII text into a new string.
pub(crate) fn new_ascii(bytes: &[u8]) -> *const MgStr {
    debug_assert!(bytes.is_ascii());
    new_str(bytes, bytes.len() as i64)
}

/// Copies Rust text into a new string.
fn new_from_text(text: &str) -> *const MgStr {
    new_str(text.as_bytes(), text.chars().count() as i64)
}

/// True if CPython's `str.isprintable()` holds for `c` (so `repr` keeps it).
fn is_printable(c: char) -> bool {
    let cp = c as u32;
    if cp < 0x80 {
        return (0x20..0x7f).contains(&cp);
    }
    NONPRINTABLE
        .binary_search_by(|&(lo, hi)| {
            if hi < cp {
                Ordering::Less
            } else if lo > cp {
                Ordering::Greater
            } else {
                Ordering::Equal
            }
        })
        .is_err()
}

/// CPython's `repr(s)`: single quotes unless the text contains a single
/// quote and no double quote; backslash escapes for the quote, backslash,
/// `\t`, `\n`, `\r` and every non-printable character.
pub(crate) fn repr_string(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        let cp = c as u32;
        match c {
            '\\' => out.push_str("\\\\"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            _ if c == quote => {
                out.push('\\');
                out.push(c);
            }
            _ if is_printable(c) => out.push(c),
            // Writing to a String cannot fail.
            _ if cp <= 0xff => {
                let _ = write!(out, "\\x{cp:02x}");
            }
            _ if cp <= 0xffff => {
                let _ = write!(out, "\\u{cp:04x}");
            }
            _ => {
                let _ = write!(out, "\\U{cp:08x}");
            }
        }
    }
    out.push(quote);
    out
}

/// The first `n` code points of `s` (CPython's `%.<n>R` precision).
fn truncate_chars(s: &str, n: usize) -> &str {
    match s.char_indices().nth(n) {
        Some((i, _)) => &s[..i],
        None => s,
    }
}

/// The ASCII whitespace of C's `isspace` (CPython's `Py_ISSPACE`).
fn is_c_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | 0x0b | 0x0c | b'\r')
}

/// The digit value of a non-ASCII Unicode decimal digit.
fn decimal_value(c: char) -> Option<u8> {
    let cp = c as u32;
    let i = DECIMAL_ZEROS.partition_point(|&z| z <= cp);
    let zero = *DECIMAL_ZEROS.get(i.checked_sub(1)?)?;
    (cp - zero < 10).then(|| (cp - zero) as u8)
}

/// CPython's `_PyUnicode_TransformDecimalAndSpaceToASCII`, the first step of
/// both `int(str)` and `float(str)`: Unicode decimal digits become ASCII
/// digits and Unicode whitespace becomes a space. Where CPython would insert
/// `?` and stop (any other non-ASCII character), no number can result, so
/// `None` is returned instead.
fn number_text_to_ascii(s: &str) -> Option<Cow<'_, [u8]>> {
    if s.is_ascii() {
        return Some(Cow::Borrowed(s.as_bytes()));
    }
    let mut out = Vec::with_capacity(s.len());
    for c in s.chars() {
        if (c as u32) < 127 {
            out.push(c as u8);
        } else if SPACES.binary_search(&(c as u32)).is_ok() {
            out.push(b' ');
        } else {
            out.push(b'0' + decimal_value(c)?);
        }
    }
    Some(Cow::Owned(out))
}

/// CPython's default limit on the digits `int(str)` converts
/// (`sys.get_int_max_str_digits()`).
const INT_MAX_STR_DIGITS: usize = 4300;

/// Python's `int(s)` with base 10, for a 64-bit result.
pub(crate) fn parse_int(s: &str) -> PyResult<i64> {
    let invalid = || {
        let repr = repr_string(s);
        py_err(
            "ValueError",
            format!(
                "invalid literal for int() with base 10: {}",
                truncate_chars(&repr, 200)
            ),
        )
    };
    let text = number_text_to_ascii(s).ok_or_else(invalid)?;
    let b = &text[..];
    let mut i = 0;
    while i < b.len() && is_c_space(b[i]) {
        i += 1;
    }
    let negative = match b.get(i) {
        Some(b'+') => {
            i += 1;
            false
        }
        Some(b'-') => {
            i += 1;
            true
        }
        _ => false,
    };
    if b.get(i) == Some(&b'_') {
        return Err(invalid());
    }
    let start = i;
    let mut digits = 0usize;
    let mut prev = 0u8;
    let mut magnitude: Option<u64> = Some(0);
    while i < b.len() && (b[i].is_ascii_digit() || b[i] == b'_') {
        if b[i] == b'_' {
            // Only single underscores between digits.
            if prev == b'_' {
                return Err(invalid());
            }
        } else {
            digits += 1;
            magnitude = magnitude
                .and_then(|m| m.checked_mul(10))
                .and_then(|m| m.checked_add(u64::from(b[i] - b'0')));
        }
        prev = b[i];
        i += 1;
    }
    if prev == b'_' {
        return Err(invalid());
    }
    // CPython checks the digit limit before looking at what follows the
    // digits, so this error wins over a trailing invalid character.
    if digits > INT_MAX_STR_DIGITS {
        return Err(py_err(
            "ValueError",
            format!(
                "Exceeds the limit ({INT_MAX_STR_DIGITS} digits) for integer string \
                 conversion: value has {digits} digits; use sys.set_int_max_str_digits() \
                 to increase the limit"
            ),
        ));
    }
    if i == start {
        return Err(invalid());
    }
    while i < b.len() && is_c_space(b[i]) {
        i += 1;
    }
    if i != b.len() {
        return Err(invalid());
    }
    let magnitude = magnitude.ok_or_else(overflow)?;
    if negative {
        if magnitude > 1 << 63 {
            return Err(overflow());
        }
        // 2**63 becomes i64::MIN through the wrapping negation.
        Ok((magnitude as i64).wrapping_neg())
    } else {
        i64::try_from(magnitude).map_err(|_| overflow())
    }
}

/// Removes the underscores of a float literal, checking CPython's rule that
/// each one sits between two digits.
fn remove_underscores(body: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(body.len());
    let mut prev = 0u8;
    for &c in body {
        if c == b'_' {
            if !prev.is_ascii_digit() {
                return None;
            }
        } else {
            if prev == b'_' && !c.is_ascii_digit() {
                return None;
            }
            out.push(c);
        }
        prev = c;
    }
    (prev != b'_').then_some(out)
}

/// True if `t` is a decimal float literal without sign, as accepted by
/// `_Py_dg_strtod`: digits with an optional point (at least one digit in
/// all), then an optional exponent with at least one digit.
fn is_decimal_literal(t: &[u8]) -> bool {
    let digits_from = |mut i: usize| {
        while i < t.len() && t[i].is_ascii_digit() {
            i += 1;
        }
        i
    };
    let mut i = digits_from(0);
    let mut mantissa_digits = i;
    if t.get(i) == Some(&b'.') {
        let j = digits_from(i + 1);
        mantissa_digits += j - (i + 1);
        i = j;
    }
    if mantissa_digits == 0 {
        return false;
    }
    if matches!(t.get(i), Some(b'e' | b'E')) {
        i += 1;
        if matches!(t.get(i), Some(b'+' | b'-')) {
            i += 1;
        }
        let j = digits_from(i);
        if j == i {
            return false;
        }
        i = j;
    }
    i == t.len()
}

/// Parses a float literal after whitespace and underscores are gone:
/// an optional sign, then a decimal literal, `inf`, `infinity` or `nan` in
/// any letter case.
fn parse_float_body(t: &[u8]) -> Option<f64> {
    let (negative, rest) = match t.first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let magnitude = if is_decimal_literal(rest) {
        // Rust's parser is correctly rounded, like `_Py_dg_strtod`, and
        // like it turns overflow into infinity and underflow into zero.
        std::str::from_utf8(rest).ok()?.parse::<f64>().ok()?
    } else if rest.eq_ignore_ascii_case(b"inf") || rest.eq_ignore_ascii_case(b"infinity") {
        f64::INFINITY
    } else if rest.eq_ignore_ascii_case(b"nan") {
        f64::NAN
    } else {
        return None;
    };
    Some(if negative { -magnitude } else { magnitude })
}

/// Python's `float(s)`.
pub(crate) fn parse_float(s: &str) -> PyResult<f64> {
    let invalid = || {
        py_err(
            "ValueError",
            format!("could not convert string to float: {}", repr_string(s)),
        )
    };
    let text = number_text_to_ascii(s).ok_or_else(invalid)?;
    let (mut lo, mut hi) = (0, text.len());
    while lo < hi && is_c_space(text[lo]) {
        lo += 1;
    }
    // Like CPython, trailing blanks are stripped only while more than one
    // character is left; a lone blank is an error either way.
    while lo + 1 < hi && is_c_space(text[hi - 1]) {
        hi -= 1;
    }
    let body = &text[lo..hi];
    let body = if body.contains(&b'_') {
        Cow::Owned(remove_underscores(body).ok_or_else(invalid)?)
    } else {
        Cow::Borrowed(body)
    };
    parse_float_body(&body).ok_or_else(invalid)
}

/// `str(v)` for an int.
#[no_mangle]
pub extern "C-unwind" fn mg_str_from_int(v: i64) -> *const MgStr {
    let mut buf = [0u8; 20];
    new_ascii(format_i64(v, &mut buf))
}

/// `str(v)` (that is, `repr(v)`) for a float.
#[no_mangle]
pub extern "C-unwind" fn mg_str_from_float(v: f64) -> *const MgStr {
    new_ascii(FloatRepr::new(v).as_bytes())
}

/// `str(v)` for a bool passed as 0 or 1.
#[no_mangle]
pub extern "C-unwind" fn mg_str_from_bool(v: i64) -> *const MgStr {
    if v != 0 {
        TRUE_STR.as_ptr()
    } else {
        FALSE_STR.as_ptr()
    }
}

/// `repr(s)` for a str.
///
/// # Safety
///
/// `s` must be a valid string.
#[no_mangle]
pub unsafe extern "C-unwind" fn mg_str_repr(s: *const MgStr) -> *const MgStr {
    new_from_text(&repr_string(MgStr::text(s)))
}

/// `a + b` for strs.
///
/// # Safety
///
/// `a` and `b` must be valid strings.
#[no_mangle]
pub unsafe extern "C-unwind" fn mg_str_concat(a: *const MgStr, b: *const MgStr) -> *const MgStr {
    let (x, y) = (MgStr::bytes(a), MgStr::bytes(b));
    if x.is_empty() {
        return b;
    }
    if y.is_empty() {
        return a;
    }
    let len = x
        .len()
        .checked_add(y.len())
        .unwrap_or_else(|| raise("OverflowError", "strings are too large to concat"));
    let (s, data) = alloc_str(len, MgStr::nchars(a) + MgStr::nchars(b));
    std::ptr::copy_nonoverlapping(x.as_ptr(), data, x.len());
    std::ptr::copy_nonoverlapping(y.as_ptr(), data.add(x.len()), y.len());
    s
}

/// `s * n` for a str and an int; zero or negative counts give `""`.
///
/// # Safety
///
/// `s` must be a valid string.
#[no_mangle]
pub unsafe extern "C-unwind" fn mg_str_repeat(s: *const MgStr, n: i64) -> *const MgStr {
    let x = MgStr::bytes(s);
    if n <= 0 || x.is_empty() {
        return EMPTY.as_ptr();
    }
    if n == 1 {
        return s;
    }
    let len = (x.len() as i64)
        .checked_mul(n)
        .unwrap_or_else(|| raise("OverflowError", "repeated string is too long"));
    let (r, data) = alloc_str(len as usize, MgStr::nchars(s) * n);
    // Fill by doubling the already written prefix: O(log n) copies.
    let total = len as usize;
    std::ptr::copy_nonoverlapping(x.as_ptr(), data, x.len());
    let mut done = x.len();
    while done < total {
        let chunk = done.min(total - done);
        std::ptr::copy_nonoverlapping(data, data.add(done), chunk);
        done += chunk;
    }
    r
}

/// `a == b` for strs, as 1 or 0.
///
/// # Safety
///
/// `a` and `b` must be valid strings.
#[no_mangle]
pub unsafe extern "C-unwind" fn mg_str_eq(a: *const MgStr, b: *const MgStr) -> i64 {
    i64::from(std::ptr::eq(a, b) || MgStr::bytes(a) == MgStr::bytes(b))
}

/// Compares two strs by code points (which for UTF-8 is byte order):
/// -1, 0 or 1.
///
/// # Safety
///
/// `a` and `b` must be valid strings.
#[no_mangle]
pub unsafe extern "C-unwind" fn mg_str_cmp(a: *const MgStr, b: *const MgStr) -> i64 {
    match MgStr::bytes(a).cmp(MgStr::bytes(b)) {
        Ordering::Less => -1,
        Ordering::Equal => 0,
        Ordering::Greater => 1,
    }
}

/// `needle in haystack` for strs, as 1 or 0.
///
/// # Safety
///
/// Both arguments must be valid strings.
#[no_mangle]
pub unsafe extern "C-unwind" fn mg_str_contains(
    haystack: *const MgStr,
    needle: *const MgStr,
) -> i64 {
    i64::from(MgStr::text(haystack).contains(MgStr::text(needle)))
}

/// `len(s)`: the number of code points.
///
/// # Safety
///
/// `s` must be a valid string.
#[no_mangle]
pub unsafe extern "C-unwind" fn mg_str_len(s: *const MgStr) -> i64 {
    MgStr::nchars(s)
}

/// `int(s)` for a str.
///
/// # Safety
///
/// `s` must be a valid string.
#[no_mangle]
pub unsafe extern "C-unwind" fn mg_int_from_str(s: *const MgStr) -> i64 {
    ok_or_raise(parse_int(MgStr::text(s)))
}

/// `float(s)` for a str.
///
/// # Safety
///
/// `s` must be a valid string.
#[no_mangle]
pub unsafe extern "C-unwind" fn mg_float_from_str(s: *const MgStr) -> f64 {
    ok_or_raise(parse_float(MgStr::text(s)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cpython_cases::{PARSE_FLOAT, PARSE_INT, STR_REPR};
    use crate::test_support::{check, check_f64, on_gc_thread};

    #[test]
    fn parse_int_matches_cpython() {
        for &(s, want) in PARSE_INT {
            check(parse_int(s), want, format!("int({s:?})"));
        }
    }

    #[test]
    fn parse_float_matches_cpython() {
        for &(s, want) in PARSE_FLOAT {
            check_f64(parse_float(s), want, format!("float({s:?})"));
        }
        // The sign of a NaN is invisible in repr but observable through
        // copysign, and CPython keeps it.
        assert!(parse_float("-nan").unwrap().is_sign_negative());
        assert!(parse_float("nan").unwrap().is_sign_positive());
    }

    #[test]
    fn repr_matches_cpython() {
        for &(s, want) in STR_REPR {
            assert_eq!(repr_string(s), want, "repr({s:?})");
        }
    }

    #[test]
    fn decimal_and_space_tables() {
        assert_eq!(decimal_value('\u{0660}'), Some(0));
        assert_eq!(decimal_value('\u{0669}'), Some(9));
        assert_eq!(decimal_value('\u{066a}'), None);
        assert_eq!(decimal_value('\u{ff19}'), Some(9));
        assert_eq!(decimal_value('\u{7f}'), None);
        assert_eq!(decimal_value('\u{10ffff}'), None);
        assert!(is_printable('a') && is_printable(' ') && is_printable('\u{e9}'));
        assert!(!is_printable('\u{7f}') && !is_printable('\u{a0}') && !is_printable('\n'));
    }

    /// Reads a runtime string back into Rust, checking its header.
    unsafe fn read(p: *const MgStr) -> String {
        let text = MgStr::text(p).to_owned();
        assert_eq!(
            MgStr::nchars(p),
            text.chars().count() as i64,
            "nchars of {text:?}"
        );
        text
    }

    /// A runtime string built from Rust text.
    fn s(text: &str) -> *const MgStr {
        new_from_text(text)
    }

    #[test]
    fn string_operations() {
        on_gc_thread(|| unsafe {
            assert_eq!(read(mg_str_from_int(0)), "0");
            assert_eq!(read(mg_str_from_int(i64::MIN)), "-9223372036854775808");
            assert_eq!(read(mg_str_from_float(1e16)), "1e+16");
            assert_eq!(read(mg_str_from_float(-0.0)), "-0.0");
            assert_eq!(read(mg_str_from_bool(1)), "True");
            assert_eq!(read(mg_str_from_bool(0)), "False");
            assert_eq!(read(mg_str_repr(s("it's é\n"))), "\"it's é\\n\"");

            let ab = mg_str_concat(s("añ"), s("日b"));
            assert_eq!(read(ab), "añ日b");
            assert_eq!(mg_str_len(ab), 4);
            assert_eq!((*ab).len, 7);
            let empty = s("");
            assert_eq!(mg_str_concat(ab, empty), ab);
            assert_eq!(mg_str_concat(empty, ab), ab);

            assert_eq!(read(mg_str_repeat(s("añ"), 3)), "añañañ");
            assert_eq!(read(mg_str_repeat(s("x"), 1000)), "x".repeat(1000));
            assert_eq!(read(mg_str_repeat(s("abc"), 7)), "abc".repeat(7));
            assert_eq!(read(mg_str_repeat(s("añ"), 0)), "");
            assert_eq!(read(mg_str_repeat(s("añ"), -5)), "");
            assert_eq!(read(mg_str_repeat(empty, 5)), "");

            assert_eq!(mg_str_eq(s("abc"), s("abc")), 1);
            assert_eq!(mg_str_eq(s("abc"), s("abd")), 0);
            assert_eq!(mg_str_eq(s("abc"), s("ab")), 0);
            assert_eq!(mg_str_eq(empty, s("")), 1);

            assert_eq!(mg_str_cmp(s("abc"), s("abd")), -1);
            assert_eq!(mg_str_cmp(s("abc"), s("abc")), 0);
            assert_eq!(mg_str_cmp(s("abc"), s("ab")), 1);
            assert_eq!(mg_str_cmp(s(""), s("a")), -1);
            // Code point order: U+00E9 sorts after 'z' and before U+65E5.
            assert_eq!(mg_str_cmp(s("é"), s("z")), 1);
            assert_eq!(mg_str_cmp(s("é"), s("日")), -1);
            assert_eq!(mg_str_cmp(s("\u{ffff}"), s("\u{10000}")), -1);

            assert_eq!(mg_str_contains(s("hello"), s("ell")), 1);
            assert_eq!(mg_str_contains(s("hello"), s("")), 1);
            assert_eq!(mg_str_contains(s(""), s("")), 1);
            assert_eq!(mg_str_contains(s("hello"), s("elo")), 0);
            assert_eq!(mg_str_contains(s(""), s("a")), 0);

            assert_eq!(mg_int_from_str(s(" -12_3 ")), -123);
            assert_eq!(mg_float_from_str(s("1_0.5e1")), 105.0);
        });
    }
}
