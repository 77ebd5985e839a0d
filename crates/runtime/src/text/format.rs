//! The format-spec mini-language: `format(value, spec)`, f-string fields
//! and `str.format` fields, for `int`, `bool`, `float`, `str` and `None`.
//!
//! This is CPython 3.11's `Python/formatter_unicode.c` (spec parsing, the
//! number layout with its sign, prefix, padding and digit grouping) and
//! `PyOS_double_to_string` from `Python/pystrtod.c` (float digits), step by
//! step. Float digits come from Rust's formatter, which, like David Gay's
//! `dtoa` in CPython, is correctly rounded (round-half-even on the exact
//! binary value) for every precision.
//!
//! The code generator compiles `f"{x:>10}"` and `"{:>10}".format(x)` into
//! `mg_format_*(x, ">10")` calls and concatenation; conversions (`!r`,
//! `!s`) are applied before, and the spec string itself may be computed at
//! run time (nested fields).

use std::fmt::Write;

use super::case::{self, DECIMAL};
use super::new_str;
use crate::error::{ok_or_raise, py_err, PyErr, PyResult};
use crate::float_repr::FloatRepr;
use crate::MgStr;

/// Digit grouping requested by a spec.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Grouping {
    None,
    /// `,`: groups of three.
    Comma,
    /// `_`: groups of three, or four for `b`, `o`, `x`, `X`.
    Underscore,
}

/// A parsed format spec (CPython's `InternalFormatSpec`).
#[derive(Clone, Copy, Debug)]
pub(crate) struct Spec {
    fill: char,
    align: char,
    sign: char,
    no_neg_0: bool,
    alternate: bool,
    width: i64,
    grouping: Grouping,
    /// The group size, once the presentation type is known (0: none).
    group_size: usize,
    precision: i64,
    /// The presentation type, `'\0'` when omitted (for floats).
    ty: char,
}

fn value_error(msg: impl Into<String>) -> PyErr {
    py_err("ValueError", msg)
}

/// A character in an error message, as CPython's `%c` / `\x%x` choice.
fn describe_char(c: char) -> String {
    let cp = c as u32;
    if cp > 32 && cp < 128 {
        c.to_string()
    } else {
        format!("\\x{cp:x}")
    }
}

/// `Unknown format code 'x' for object of type 'float'`.
fn unknown_type(ty: char, type_name: &str) -> PyErr {
    value_error(format!(
        "Unknown format code '{}' for object of type '{type_name}'",
        describe_char(ty)
    ))
}

/// The decimal value of a Unicode decimal digit (`Py_UNICODE_TODECIMAL`).
fn decimal_digit(c: char) -> Option<i64> {
    if c.is_ascii_digit() {
        return Some(i64::from(c as u8 - b'0'));
    }
    if !case::has(c, DECIMAL) {
        return None;
    }
    // Decimal digits come in runs of ten starting at a zero.
    let zeros = crate::unicode_tables::DECIMAL_ZEROS;
    let cp = c as u32;
    let i = zeros.partition_point(|&z| z <= cp);
    let zero = *zeros.get(i.checked_sub(1)?)?;
    (cp - zero < 10).then(|| i64::from(cp - zero))
}

/// CPython's `get_integer`: consumes decimal digits, returning the value
/// and how many digits there were.
fn get_integer(chars: &[char], pos: &mut usize) -> PyResult<(i64, usize)> {
    let mut acc: i64 = 0;
    let mut n = 0;
    while let Some(d) = chars.get(*pos).copied().and_then(decimal_digit) {
        if acc > (i64::MAX - d) / 10 {
            return Err(value_error("Too many decimal digits in format string"));
        }
        acc = acc * 10 + d;
        *pos += 1;
        n += 1;
    }
    Ok((acc, n))
}

/// CPython's `parse_internal_render_format_spec` (3.11), for an object of
/// type `type_name` with the given default presentation type and alignment.
pub(crate) fn parse_spec(
    spec: &str,
    type_name: &str,
    default_type: char,
    default_align: char,
) -> PyResult<Spec> {
    let chars: Vec<char> = spec.chars().collect();
    let end = chars.len();
    let at = |i: usize| chars.get(i).copied();
    let is_align = |c: Option<char>| matches!(c, Some('<' | '>' | '=' | '^'));
    let mut f = Spec {
        fill: ' ',
        align: default_align,
        sign: '\0',
        no_neg_0: false,
        alternate: false,
        width: -1,
        grouping: Grouping::None,
        group_size: 0,
        precision: -1,
        ty: default_type,
    };
    let mut pos = 0;
    let mut fill_specified = false;
    let mut align_specified = false;
    if end >= 2 && is_align(at(1)) {
        f.align = chars[1];
        f.fill = chars[0];
        fill_specified = true;
        align_specified = true;
        pos = 2;
    } else if is_align(at(0)) {
        f.align = chars[0];
        align_specified = true;
        pos = 1;
    }
    if let Some(c @ ('+' | '-' | ' ')) = at(pos) {
        f.sign = c;
        pos += 1;
    }
    if at(pos) == Some('z') {
        f.no_neg_0 = true;
        pos += 1;
    }
    if at(pos) == Some('#') {
        f.alternate = true;
        pos += 1;
    }
    if !fill_specified && at(pos) == Some('0') {
        f.fill = '0';
        if !align_specified && default_align == '>' {
            f.align = '=';
        }
        pos += 1;
    }
    let (width, consumed) = get_integer(&chars, &mut pos)?;
    if consumed > 0 {
        f.width = width;
    }
    if at(pos) == Some(',') {
        f.grouping = Grouping::Comma;
        pos += 1;
    }
    if at(pos) == Some('_') {
        if f.grouping != Grouping::None {
            return Err(value_error("Cannot specify both ',' and '_'."));
        }
        f.grouping = Grouping::Underscore;
        pos += 1;
    }
    if at(pos) == Some(',') && f.grouping == Grouping::Underscore {
        return Err(value_error("Cannot specify both ',' and '_'."));
    }
    if at(pos) == Some('.') {
        pos += 1;
        let (precision, consumed) = get_integer(&chars, &mut pos)?;
        if consumed == 0 {
            return Err(value_error("Format specifier missing precision"));
        }
        f.precision = precision;
    }
    if end - pos > 1 {
        return Err(value_error(format!(
            "Invalid format specifier '{spec}' for object of type '{type_name}'"
        )));
    }
    if end - pos == 1 {
        f.ty = chars[pos];
    }
    if f.grouping != Grouping::None {
        f.group_size = 3;
        match f.ty {
            'd' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F' | '\0' => {}
            'b' | 'o' | 'x' | 'X' if f.grouping == Grouping::Underscore => f.group_size = 4,
            ty => {
                let which = if f.grouping == Grouping::Comma {
                    ','
                } else {
                    '_'
                };
                return Err(value_error(format!(
                    "Cannot specify '{which}' with '{}'.",
                    describe_char(ty)
                )));
            }
        }
    }
    Ok(f)
}

impl Spec {
    fn separator(&self) -> char {
        if self.grouping == Grouping::Comma {
            ','
        } else {
            '_'
        }
    }
}

/// CPython's `_PyUnicode_InsertThousandsGrouping`: `digits` with a
/// separator every `group` digits from the right (no grouping for 0),
/// left-padded with zeros (grouped too) to at least `min_width` characters.
fn group_digits(digits: &str, min_width: i64, group: usize, sep: char) -> String {
    let digits = digits.as_bytes();
    let mut remaining = digits.len() as i64;
    let mut min_width = min_width;
    let mut parts: Vec<String> = Vec::new();
    let mut use_sep = false;
    let mut emit = |len: i64, remaining: i64, use_sep: bool| {
        let n_zeros = (len - remaining).max(0) as usize;
        let n_chars = remaining.min(len).max(0) as usize;
        let mut part = "0".repeat(n_zeros);
        let r = remaining as usize;
        part.push_str(std::str::from_utf8(&digits[r - n_chars..r]).unwrap_or(""));
        if use_sep {
            part.push(sep);
        }
        parts.push(part);
        n_chars as i64
    };
    let mut broken = false;
    if group > 0 {
        loop {
            let len = (group as i64).min(remaining.max(min_width).max(1));
            remaining -= emit(len, remaining, use_sep);
            use_sep = true;
            min_width -= len;
            if remaining <= 0 && min_width <= 0 {
                broken = true;
                break;
            }
            min_width -= 1;
        }
    }
    if !broken {
        let len = remaining.max(min_width).max(1);
        emit(len, remaining, use_sep);
    }
    parts.reverse();
    parts.concat()
}

/// A number split for layout (CPython's `NumberFieldWidths` inputs): the
/// sign of the value, a prefix (`0x`), the digits to group, whether a
/// decimal point follows, and the remainder after it.
struct NumberParts<'a> {
    negative: bool,
    prefix: &'a str,
    digits: &'a str,
    has_decimal: bool,
    remainder: &'a str,
}

/// CPython's `calc_number_widths` and `fill_number`: lays out a number
/// with sign, prefix, padding and grouping according to `f`.
fn layout_number(p: &NumberParts, f: &Spec, group_size: usize, upper: bool) -> String {
    let sign = match f.sign {
        '+' => Some(if p.negative { '-' } else { '+' }),
        ' ' => Some(if p.negative { '-' } else { ' ' }),
        _ => p.negative.then_some('-'),
    };
    let n_sign = i64::from(sign.is_some());
    let n_prefix = p.prefix.len() as i64;
    let n_decimal = i64::from(p.has_decimal);
    let n_remainder = p.remainder.chars().count() as i64;
    let n_non_digit = n_sign + n_prefix + n_decimal + n_remainder;
    let min_width = if f.fill == '0' && f.align == '=' {
        f.width - n_non_digit
    } else {
        0
    };
    let grouped = if p.digits.is_empty() {
        String::new()
    } else {
        group_digits(p.digits, min_width, group_size, f.separator())
    };
    let n_padding = f.width - (n_non_digit + grouped.len() as i64);
    let (mut lpad, mut spad, mut rpad) = (0, 0, 0);
    if n_padding > 0 {
        match f.align {
            '<' => rpad = n_padding,
            '^' => {
                lpad = n_padding / 2;
                rpad = n_padding - lpad;
            }
            '=' => spad = n_padding,
            _ => lpad = n_padding,
        }
    }
    let mut out = String::with_capacity((f.width.max(0) as usize).max(grouped.len() + 8));
    let fill = |out: &mut String, n: i64| out.extend(std::iter::repeat_n(f.fill, n as usize));
    fill(&mut out, lpad);
    if let Some(s) = sign {
        out.push(s);
    }
    if upper {
        out.push_str(&p.prefix.to_ascii_uppercase());
    } else {
        out.push_str(p.prefix);
    }
    fill(&mut out, spad);
    if upper {
        out.push_str(&grouped.to_ascii_uppercase());
    } else {
        out.push_str(&grouped);
    }
    if p.has_decimal {
        out.push('.');
    }
    out.push_str(p.remainder);
    fill(&mut out, rpad);
    out
}

/// Digits of `|v|` in `base` (2, 8, 10 or 16, lowercase).
fn unsigned_digits(v: u64, base: u32) -> String {
    match base {
        2 => format!("{v:b}"),
        8 => format!("{v:o}"),
        16 => format!("{v:x}"),
        _ => v.to_string(),
    }
}

/// CPython's `format_long_internal`.
fn format_long(v: i64, f: &Spec) -> PyResult<String> {
    if f.precision != -1 {
        return Err(value_error(
            "Precision not allowed in integer format specifier",
        ));
    }
    if f.no_neg_0 {
        return Err(value_error(
            "Negative zero coercion (z) not allowed in integer format specifier",
        ));
    }
    if f.ty == 'c' {
        if f.sign != '\0' {
            return Err(value_error(
                "Sign not allowed with integer format specifier 'c'",
            ));
        }
        if f.alternate {
            return Err(value_error(
                "Alternate form (#) not allowed with integer format specifier 'c'",
            ));
        }
        let c = char_of_code(v)?;
        let text = c.to_string();
        let parts = NumberParts {
            negative: false,
            prefix: "",
            digits: "",
            has_decimal: false,
            remainder: &text,
        };
        return Ok(layout_number(&parts, f, 0, false));
    }
    let (base, prefix) = match f.ty {
        'b' => (2, "0b"),
        'o' => (8, "0o"),
        'x' | 'X' => (16, "0x"),
        _ => (10, ""),
    };
    let digits = unsigned_digits(v.unsigned_abs(), base);
    let parts = NumberParts {
        negative: v < 0,
        prefix: if f.alternate { prefix } else { "" },
        digits: &digits,
        has_decimal: false,
        remainder: "",
    };
    // `n` uses the C locale, which has no grouping.
    let group = if f.ty == 'n' { 0 } else { f.group_size };
    Ok(layout_number(&parts, f, group, f.ty == 'X'))
}

/// The character of `%c` / `'c'` formatting.
pub(crate) fn char_of_code(v: i64) -> PyResult<char> {
    if !(0..0x110000).contains(&v) {
        return Err(py_err("OverflowError", "%c arg not in range(0x110000)"));
    }
    char::from_u32(v as u32).ok_or_else(|| {
        value_error("%c arg is a surrogate code point, which multigen strings cannot hold")
    })
}

/// Flags of [`double_to_string`] (CPython's `Py_DTSF_*`).
#[derive(Clone, Copy, Default)]
pub(crate) struct DtoaFlags {
    /// `Py_DTSF_ADD_DOT_0`: keep a `.0` on integral values in fixed notation.
    pub add_dot_0: bool,
    /// `Py_DTSF_ALT`: the `#` alternate form (keep the point and zeros).
    pub alt: bool,
    /// `Py_DTSF_NO_NEG_0`: the `z` option.
    pub no_neg_0: bool,
}

/// Significant digits of the finite `a >= 0` as David Gay's `_Py_dg_dtoa`
/// returns them: no leading or trailing zeros (`"0"` for zero), and the
/// decimal point position `decpt` (value = `0.digits * 10**decpt`).
/// `mode` 0: shortest repr digits; 2: `n` significant digits; 3: `n`
/// digits after the decimal point.
fn dtoa(a: f64, mode: u8, n: i64) -> (String, i64) {
    if a == 0.0 {
        return ("0".to_owned(), 1);
    }
    let (mut digits, mut decpt) = match mode {
        0 | 2 => {
            let text = if mode == 0 {
                // `repr` digits, with CPython's tie-breaking.
                let r = FloatRepr::new(a);
                String::from_utf8_lossy(r.as_bytes()).into_owned()
            } else {
                format!("{:.*e}", (n - 1).max(0) as usize, a)
            };
            match text.split_once('e') {
                Some((mantissa, exp)) => {
                    let exp: i64 = exp.parse().unwrap_or(0);
                    (mantissa.replace('.', ""), exp + 1)
                }
                None => {
                    let (int, frac) = text.split_once('.').unwrap_or((&text, ""));
                    (format!("{int}{frac}"), int.len() as i64)
                }
            }
        }
        _ => {
            let text = format!("{:.*}", n.max(0) as usize, a);
            let (int, frac) = text.split_once('.').unwrap_or((&text, ""));
            (format!("{int}{frac}"), int.len() as i64)
        }
    };
    let leading = digits.bytes().take_while(|&b| b == b'0').count();
    if leading == digits.len() {
        return ("0".to_owned(), 1);
    }
    digits.drain(..leading);
    decpt -= leading as i64;
    let trimmed = digits.trim_end_matches('0').len();
    digits.truncate(trimmed);
    (digits, decpt)
}

/// CPython's `PyOS_double_to_string` (`format_float_short`): `x` in
/// presentation `ty` (`e E f F g G`, or `r` for repr) with `precision`.
pub(crate) fn double_to_string(x: f64, ty: char, precision: i64, flags: DtoaFlags) -> String {
    let upper = matches!(ty, 'E' | 'F' | 'G');
    let code = ty.to_ascii_lowercase();
    let (mode, precision) = match code {
        'e' => (2, precision + 1),
        'f' => (3, precision),
        'g' => (2, precision.max(1)),
        _ => (0, 0),
    };
    let mut out = String::new();
    if !x.is_finite() {
        if x.is_infinite() && x < 0.0 {
            out.push('-');
        }
        out.push_str(match (x.is_nan(), upper) {
            (true, false) => "nan",
            (true, true) => "NAN",
            (false, false) => "inf",
            (false, true) => "INF",
        });
        return out;
    }
    let (digits, decpt) = dtoa(x.abs(), mode, precision);
    let mut negative = x.is_sign_negative();
    if flags.no_neg_0 && negative && digits == "0" {
        negative = false;
    }
    let digits_len = digits.len() as i64;
    let mut decpt = decpt;
    let mut vdigits_end = digits_len;
    let mut use_exp = false;
    match code {
        'e' => {
            use_exp = true;
            vdigits_end = precision;
        }
        'f' => vdigits_end = decpt + precision,
        'g' => {
            let limit = if flags.add_dot_0 {
                precision - 1
            } else {
                precision
            };
            if decpt <= -4 || decpt > limit {
                use_exp = true;
            }
            if flags.alt {
                vdigits_end = precision;
            }
        }
        _ => {
            if decpt <= -4 || decpt > 16 {
                use_exp = true;
            }
        }
    }
    let mut exp = 0;
    if use_exp {
        exp = decpt - 1;
        decpt = 1;
    }
    let vdigits_start = if decpt <= 0 { decpt - 1 } else { 0 };
    vdigits_end = if !use_exp && flags.add_dot_0 {
        vdigits_end.max(decpt + 1)
    } else {
        vdigits_end.max(decpt)
    };
    let zeros = |out: &mut String, n: i64| out.extend(std::iter::repeat_n('0', n.max(0) as usize));
    if negative {
        out.push('-');
    }
    if decpt <= 0 {
        zeros(&mut out, decpt - vdigits_start);
        out.push('.');
        zeros(&mut out, -decpt);
    } else {
        zeros(&mut out, -vdigits_start);
    }
    if 0 < decpt && decpt <= digits_len {
        out.push_str(&digits[..decpt as usize]);
        out.push('.');
        out.push_str(&digits[decpt as usize..]);
    } else {
        out.push_str(&digits);
    }
    if digits_len < decpt {
        zeros(&mut out, decpt - digits_len);
        out.push('.');
        zeros(&mut out, vdigits_end - decpt);
    } else {
        zeros(&mut out, vdigits_end - digits_len);
    }
    if out.ends_with('.') && !flags.alt {
        out.pop();
    }
    if use_exp {
        out.push(if upper { 'E' } else { 'e' });
        let _ = write!(out, "{exp:+03}");
    }
    out
}

/// CPython's `format_float_internal`.
fn format_float_spec(v: f64, f: &Spec) -> PyResult<String> {
    if f.precision > i64::from(i32::MAX) {
        return Err(value_error("precision too big"));
    }
    let mut flags = DtoaFlags {
        alt: f.alternate,
        no_neg_0: f.no_neg_0,
        ..DtoaFlags::default()
    };
    let mut ty = f.ty;
    let mut default_precision = 6;
    if ty == '\0' {
        flags.add_dot_0 = true;
        ty = 'r';
        default_precision = 0;
    }
    if ty == 'n' {
        ty = 'g';
    }
    let mut val = v;
    let mut add_pct = false;
    if ty == '%' {
        ty = 'f';
        val *= 100.0;
        add_pct = true;
    }
    let precision = if f.precision < 0 {
        default_precision
    } else {
        if ty == 'r' {
            ty = 'g';
        }
        f.precision
    };
    let mut buf = double_to_string(val, ty, precision, flags);
    if add_pct {
        buf.push('%');
    }
    let (negative, body) = match buf.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, &buf[..]),
    };
    let n_digits = body.bytes().take_while(u8::is_ascii_digit).count();
    let has_decimal = body.as_bytes().get(n_digits) == Some(&b'.');
    let parts = NumberParts {
        negative,
        prefix: "",
        digits: &body[..n_digits],
        has_decimal,
        remainder: &body[n_digits + usize::from(has_decimal)..],
    };
    let group = if f.ty == 'n' { 0 } else { f.group_size };
    Ok(layout_number(&parts, f, group, false))
}

/// `format(v, spec)` for an int; `type_name` is `int`, or `bool` for a bool
/// with a non-empty spec (bool formats as an int then).
pub(crate) fn format_int(v: i64, spec: &str, type_name: &str) -> PyResult<String> {
    if spec.is_empty() {
        return Ok(v.to_string());
    }
    let f = parse_spec(spec, type_name, 'd', '>')?;
    match f.ty {
        'b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n' => format_long(v, &f),
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => format_float_spec(v as f64, &f),
        ty => Err(unknown_type(ty, type_name)),
    }
}

/// `format(v, spec)` for a float.
pub(crate) fn format_float(v: f64, spec: &str) -> PyResult<String> {
    // An int kept in a float slot formats as the int (`{:d}` works on it).
    if let Some(i) = crate::numtower::unbox(v) {
        return format_int(i, spec, "int");
    }
    if spec.is_empty() {
        return Ok(String::from_utf8_lossy(FloatRepr::new(v).as_bytes()).into_owned());
    }
    let f = parse_spec(spec, "float", '\0', '>')?;
    match f.ty {
        '\0' | 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%' => format_float_spec(v, &f),
        ty => Err(unknown_type(ty, "float")),
    }
}

/// `format(s, spec)` for a str (CPython's `format_string_internal`).
pub(crate) fn format_str(s: &str, spec: &str) -> PyResult<String> {
    if spec.is_empty() {
        return Ok(s.to_owned());
    }
    let f = parse_spec(spec, "str", 's', '<')?;
    if f.ty != 's' {
        return Err(unknown_type(f.ty, "str"));
    }
    match f.sign {
        '\0' => {}
        ' ' => return Err(value_error("Space not allowed in string format specifier")),
        _ => return Err(value_error("Sign not allowed in string format specifier")),
    }
    if f.no_neg_0 {
        return Err(value_error(
            "Negative zero coercion (z) not allowed in string format specifier",
        ));
    }
    if f.alternate {
        return Err(value_error(
            "Alternate form (#) not allowed in string format specifier",
        ));
    }
    if f.align == '=' {
        return Err(value_error(
            "'=' alignment not allowed in string format specifier",
        ));
    }
    let mut len = s.chars().count() as i64;
    let mut text = s;
    if f.precision >= 0 && len > f.precision {
        len = f.precision;
        let cut = s
            .char_indices()
            .nth(len as usize)
            .map_or(s.len(), |(i, _)| i);
        text = &s[..cut];
    }
    Ok(pad(text, len, f.width, f.align, f.fill))
}

/// CPython's `calc_padding` and `fill_padding` for text of `len` code
/// points.
pub(crate) fn pad(text: &str, len: i64, width: i64, align: char, fill: char) -> String {
    let total = width.max(len);
    let lpad = match align {
        '>' => total - len,
        '^' => (total - len) / 2,
        _ => 0,
    };
    let rpad = total - len - lpad;
    let mut out = String::with_capacity(text.len() + (total - len) as usize * fill.len_utf8());
    out.extend(std::iter::repeat_n(fill, lpad as usize));
    out.push_str(text);
    out.extend(std::iter::repeat_n(fill, rpad as usize));
    out
}

/// `format(None, spec)`.
pub(crate) fn format_none(spec: &str) -> PyResult<String> {
    if spec.is_empty() {
        Ok("None".to_owned())
    } else {
        Err(py_err(
            "TypeError",
            "unsupported format string passed to NoneType.__format__",
        ))
    }
}

/// `format(v, spec)` for an int (`f"{v:spec}"`).
///
/// # Safety
///
/// `spec` must be a valid string.
#[no_mangle]
pub unsafe extern "C-unwind" fn mg_format_int(v: i64, spec: *const MgStr) -> *const MgStr {
    new_str(&ok_or_raise(format_int(v, MgStr::text(spec), "int")))
}

/// `format(v, spec)` for a bool passed as 0 or 1: `True`/`False` for an
/// empty spec, otherwise formatted as the int 1/0 (errors name `bool`).
///
/// # Safety
///
/// `spec` must be a valid string.
#[no_mangle]
pub unsafe extern "C-unwind" fn mg_format_bool(v: i64, spec: *const MgStr) -> *const MgStr {
    let spec = MgStr::text(spec);
    if spec.is_empty() {
        return crate::mg_str_from_bool(v);
    }
    new_str(&ok_or_raise(format_int(i64::from(v != 0), spec, "bool")))
}

/// `format(v, spec)` for a float.
///
/// # Safety
///
/// `spec` must be a valid string.
#[no_mangle]
pub unsafe extern "C-unwind" fn mg_format_float(v: f64, spec: *const MgStr) -> *const MgStr {
    new_str(&ok_or_raise(format_float(v, MgStr::text(spec))))
}

/// `format(s, spec)` for a str (returns `s` itself for an empty spec).
///
/// # Safety
///
/// `s` and `spec` must be valid strings.
#[no_mangle]
pub unsafe extern "C-unwind" fn mg_format_str(s: *const MgStr, spec: *const MgStr) -> *const MgStr {
    let spec = MgStr::text(spec);
    if spec.is_empty() {
        return s;
    }
    new_str(&ok_or_raise(format_str(MgStr::text(s), spec)))
}

/// `format(None, spec)`: `None` for an empty spec, otherwise `TypeError:
/// unsupported format string passed to NoneType.__format__`.
///
/// # Safety
///
/// `spec` must be a valid string.
#[no_mangle]
pub unsafe extern "C-unwind" fn mg_format_none(spec: *const MgStr) -> *const MgStr {
    new_str(&ok_or_raise(format_none(MgStr::text(spec))))
}
