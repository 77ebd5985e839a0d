//! `fmt % value`: printf-style formatting (CPython's `PyUnicode_Format`).
//!
//! The runtime parses the format string, so it may be computed at run time.
//! The right operand is passed as one slot plus its type descriptor, which
//! is exactly the information Python's rule needs: a `tuple` supplies the
//! arguments, any other value is the single argument. A `list` or `dict`
//! operand counts as a *mapping* in CPython (it has `__getitem__`), which
//! switches off the "not all arguments converted" check.
//!
//! Conversions: `%s %r %a %d %i %u %o %x %X %e %E %f %F %g %G %c %%` with
//! flags `-+ 0#`, width and precision (both may be `*`), and the ignored
//! length modifiers `h l L`, all with CPython's error messages.
//!
//! `%(name)s` looks `name` up in a `dict` operand (with `str` keys);
//! `str()`/`repr()` of container arguments come from the container runtime
//! (`mg_repr`).

use std::borrow::Cow;
use std::fmt::Write;

use super::format::{char_of_code, double_to_string, DtoaFlags};
use super::new_str;
use crate::error::{ok_or_raise, py_err, PyErr, PyResult};
use crate::float_repr::FloatRepr;
use crate::object::{
    MgTuple, MgType, KIND_BOOL, KIND_DICT, KIND_FLOAT, KIND_INT, KIND_LIST, KIND_NONE, KIND_STR,
    KIND_TUPLE,
};
use crate::string::repr_string;
use crate::MgStr;

/// One argument of a `%` format.
#[derive(Clone, Copy, Debug)]
pub(crate) enum Arg<'a> {
    None,
    Bool(bool),
    Int(i64),
    Float(f64),
    Str(&'a str),
    /// A tuple, list, dict, set or class instance: its slot and type
    /// descriptor.
    Obj(u64, *const MgType),
}

impl Arg<'_> {
    /// The Python type name, for error messages.
    fn type_name(&self) -> &'static str {
        match self {
            Arg::None => "NoneType",
            Arg::Bool(_) => "bool",
            Arg::Int(_) => "int",
            Arg::Float(_) => "float",
            Arg::Str(_) => "str",
            // SAFETY: descriptors given to the runtime are valid.
            Arg::Obj(v, ty) => unsafe { crate::containers::value::value_type_name(&**ty, *v) },
        }
    }

    /// The integer value of an `int` (or `bool`), for `*` and `%c`.
    fn as_int(&self) -> Option<i64> {
        match *self {
            Arg::Int(v) => Some(v),
            Arg::Bool(b) => Some(i64::from(b)),
            _ => None,
        }
    }
}

/// The argument held in `slot`, whose static type is `ty`.
///
/// # Safety
///
/// `slot` must hold a valid value of type `ty` (see `object.rs`).
pub(crate) unsafe fn arg_of_slot<'a>(slot: u64, ty: *const MgType) -> Arg<'a> {
    let (t, slot) = crate::containers::value::norm(&*ty, slot);
    let ty = t as *const MgType;
    match (*ty).kind {
        KIND_NONE => Arg::None,
        KIND_BOOL => Arg::Bool(slot != 0),
        KIND_INT => Arg::Int(slot as i64),
        KIND_FLOAT => match crate::numtower::unbox(f64::from_bits(slot)) {
            Some(i) => Arg::Int(i),
            None => Arg::Float(f64::from_bits(slot)),
        },
        KIND_STR => Arg::Str(MgStr::text(slot as *const MgStr)),
        _ => Arg::Obj(slot, ty),
    }
}

/// `repr(arg)`.
fn repr_of(arg: &Arg) -> String {
    match *arg {
        Arg::Str(s) => repr_string(s),
        // SAFETY: `Obj` arguments come from valid slots; the container
        // runtime formats them (and their elements) as CPython does.
        Arg::Obj(slot, ty) => unsafe { MgStr::text(crate::mg_repr(ty, slot)).to_owned() },
        _ => str_of(arg).into_owned(),
    }
}

/// `str(arg)`.
fn str_of<'a>(arg: &Arg<'a>) -> Cow<'a, str> {
    match *arg {
        Arg::None => Cow::Borrowed("None"),
        Arg::Bool(true) => Cow::Borrowed("True"),
        Arg::Bool(false) => Cow::Borrowed("False"),
        Arg::Int(v) => Cow::Owned(v.to_string()),
        Arg::Float(v) => {
            Cow::Owned(String::from_utf8_lossy(FloatRepr::new(v).as_bytes()).into_owned())
        }
        Arg::Str(s) => Cow::Borrowed(s),
        // SAFETY: as in `repr_of`.
        Arg::Obj(slot, ty) => unsafe {
            Cow::Owned(MgStr::text(crate::mg_str_of(ty, slot)).to_owned())
        },
    }
}

/// `ascii(arg)`: `repr` with every non-ASCII character escaped.
fn ascii_of(arg: &Arg) -> String {
    let repr = repr_of(arg);
    if repr.is_ascii() {
        return repr;
    }
    let mut out = String::with_capacity(repr.len() + 8);
    for c in repr.chars() {
        let cp = c as u32;
        // Writing to a String cannot fail.
        let _ = match cp {
            0..=0x7f => write!(out, "{c}"),
            0x80..=0xff => write!(out, "\\x{cp:02x}"),
            0x100..=0xffff => write!(out, "\\u{cp:04x}"),
            _ => write!(out, "\\U{cp:08x}"),
        };
    }
    out
}

/// `mapping[key]` for the `%(key)s` form: a `dict` with `str` keys is
/// looked up, a `list` raises `TypeError` as in CPython.
fn lookup<'a>(mapping: &Arg<'a>, key: &str) -> PyResult<Arg<'a>> {
    let key_error = || py_err("KeyError", key);
    let Arg::Obj(slot, ty) = *mapping else {
        return Err(py_err("TypeError", "format requires a mapping"));
    };
    // SAFETY: `Obj` arguments come from valid slots and descriptors.
    unsafe {
        match (*ty).kind {
            KIND_DICT => {
                let (key_t, value_t) = ((*ty).arg(0), (*ty).arg(1));
                if key_t.kind != KIND_STR {
                    // A str key equals no key of another type.
                    return Err(key_error());
                }
                let k = new_str(key);
                let p = crate::mg_dict_get_ptr(slot as _, k as u64);
                if p.is_null() {
                    return Err(key_error());
                }
                Ok(arg_of_slot(*p, value_t))
            }
            _ => Err(py_err(
                "TypeError",
                "list indices must be integers or slices, not str",
            )),
        }
    }
}

const F_LJUST: u8 = 1;
const F_SIGN: u8 = 2;
const F_BLANK: u8 = 4;
const F_ALT: u8 = 8;
const F_ZERO: u8 = 16;

/// One parsed conversion specifier.
struct Conv {
    flags: u8,
    width: i64,
    prec: i64,
    ch: char,
    /// The conversion is numeric (it may get a sign and zero padding).
    sign: bool,
}

/// A position in the format string.
struct Cursor<'a> {
    text: &'a str,
    pos: usize,
}

impl Cursor<'_> {
    fn next(&mut self) -> Option<char> {
        let c = self.text[self.pos..].chars().next()?;
        self.pos += c.len_utf8();
        Some(c)
    }
}

fn incomplete() -> PyErr {
    py_err("ValueError", "incomplete format")
}

/// The digits of an integer argument for `%d %i %u %o %x %X`, as CPython's
/// `mainformatlong` + `_PyUnicode_FormatLong`: `[-][0x]digits`, the digits
/// zero-padded to `prec`.
fn format_integer(arg: &Arg, c: &Conv) -> PyResult<String> {
    let ch = c.ch;
    let hexoct = matches!(ch, 'o' | 'x' | 'X');
    if c.prec > i64::from(i32::MAX) - 3 {
        return Err(py_err("OverflowError", "precision too large"));
    }
    let wrong_type = || {
        let what = if hexoct {
            "an integer is required"
        } else {
            "a real number is required"
        };
        py_err(
            "TypeError",
            format!("%{ch} format: {what}, not {}", arg.type_name()),
        )
    };
    let (negative, digits) = match *arg {
        Arg::Int(v) => (v < 0, v.unsigned_abs()),
        Arg::Bool(b) => (false, u64::from(b)),
        Arg::Float(x) if !hexoct => {
            if x.is_nan() {
                return Err(py_err("ValueError", "cannot convert float NaN to integer"));
            }
            if x.is_infinite() {
                return Err(py_err(
                    "OverflowError",
                    "cannot convert float infinity to integer",
                ));
            }
            // int(x) may exceed 64 bits; its digits are exact anyway.
            let t = x.trunc();
            let digits = format!("{:.0}", t.abs());
            return Ok(pad_integer(t < 0.0, &digits, "", c));
        }
        _ => return Err(wrong_type()),
    };
    let (text, prefix) = match ch {
        'o' => (format!("{digits:o}"), "0o"),
        'x' | 'X' => (format!("{digits:x}"), "0x"),
        _ => (digits.to_string(), ""),
    };
    let prefix = if c.flags & F_ALT != 0 { prefix } else { "" };
    Ok(pad_integer(negative, &text, prefix, c))
}

/// `[-][prefix][zeros]digits` with the zeros up to the precision, upper
/// case for `%X`.
fn pad_integer(negative: bool, digits: &str, prefix: &str, c: &Conv) -> String {
    let mut out = String::with_capacity(digits.len() + 4);
    if negative {
        out.push('-');
    }
    out.push_str(prefix);
    let zeros = (c.prec - digits.len() as i64).max(0) as usize;
    out.extend(std::iter::repeat_n('0', zeros));
    out.push_str(digits);
    if c.ch == 'X' {
        out.make_ascii_uppercase();
    }
    out
}

/// The text of a float conversion (`formatfloat`).
fn format_real(arg: &Arg, c: &Conv) -> PyResult<String> {
    let x = match *arg {
        Arg::Float(x) => x,
        Arg::Int(v) => v as f64,
        Arg::Bool(b) => f64::from(u8::from(b)),
        _ => {
            return Err(py_err(
                "TypeError",
                format!("must be real number, not {}", arg.type_name()),
            ))
        }
    };
    let prec = if c.prec < 0 { 6 } else { c.prec };
    let flags = DtoaFlags {
        alt: c.flags & F_ALT != 0,
        ..DtoaFlags::default()
    };
    Ok(double_to_string(x, c.ch, prec, flags))
}

/// The character of `%c`.
fn format_char(arg: &Arg) -> PyResult<String> {
    let wrong = || py_err("TypeError", "%c requires int or char");
    match *arg {
        Arg::Str(s) => {
            let mut chars = s.chars();
            match (chars.next(), chars.next()) {
                (Some(ch), None) => Ok(ch.to_string()),
                _ => Err(wrong()),
            }
        }
        _ => match arg.as_int() {
            Some(v) => Ok(char_of_code(v)?.to_string()),
            None => Err(wrong()),
        },
    }
}

/// CPython's `unicode_format_arg_output`: appends the converted `text`
/// with sign, alternate prefix, padding and truncation applied.
fn output(out: &mut String, c: &Conv, text: &str) {
    let mut len = text.chars().count() as i64;
    let mut width = c.width;
    if (width == -1 || width <= len)
        && (c.prec == -1 || c.prec >= len)
        && c.flags & (F_SIGN | F_BLANK) == 0
    {
        out.push_str(text);
        return;
    }
    if matches!(c.ch, 's' | 'r' | 'a') && c.prec >= 0 && len > c.prec {
        len = c.prec;
    }
    let fill = if c.sign && c.flags & F_ZERO != 0 {
        '0'
    } else {
        ' '
    };
    // Numeric texts are ASCII, so byte and character positions agree.
    let mut pindex = 0;
    let mut signchar = None;
    if c.sign {
        match text.as_bytes().first() {
            Some(&s @ (b'-' | b'+')) => {
                signchar = Some(s as char);
                len -= 1;
                pindex = 1;
            }
            _ if c.flags & F_SIGN != 0 => signchar = Some('+'),
            _ if c.flags & F_BLANK != 0 => signchar = Some(' '),
            _ => {}
        }
    }
    if width < len {
        width = len;
    }
    if let Some(s) = signchar {
        if fill != ' ' {
            out.push(s);
        }
        if width > len {
            width -= 1;
        }
    }
    let alt_prefix = c.flags & F_ALT != 0 && matches!(c.ch, 'x' | 'X' | 'o');
    if alt_prefix {
        if fill != ' ' {
            out.push('0');
            out.push(c.ch);
            pindex += 2;
        }
        width = (width - 2).max(0);
        len -= 2;
    }
    if width > len && c.flags & F_LJUST == 0 {
        out.extend(std::iter::repeat_n(fill, (width - len) as usize));
        width = len;
    }
    if fill == ' ' {
        if let Some(s) = signchar {
            out.push(s);
        }
        if alt_prefix {
            out.push('0');
            out.push(c.ch);
            pindex += 2;
        }
    }
    let body = &text[pindex..];
    let end = body
        .char_indices()
        .nth(len.max(0) as usize)
        .map_or(body.len(), |(i, _)| i);
    out.push_str(&body[..end]);
    if width > len {
        out.extend(std::iter::repeat_n(' ', (width - len) as usize));
    }
}

/// `fmt % args`. `mapping` is true when the right operand was a single
/// list or dict (a mapping for CPython), which disables the check that
/// every argument was used.
pub(crate) fn percent_format<'a>(fmt: &str, args: &[Arg<'a>], mapping: bool) -> PyResult<String> {
    let mut out = String::with_capacity(fmt.len() + 16);
    // The arguments still to use; a `%(key)` conversion replaces them by
    // the looked-up value, as CPython does.
    let mut current: Vec<Arg> = args.to_vec();
    let mut argidx = 0usize;
    let next_arg = |current: &[Arg<'a>], argidx: &mut usize| -> PyResult<Arg<'a>> {
        let a = current
            .get(*argidx)
            .copied()
            .ok_or_else(|| py_err("TypeError", "not enough arguments for format string"))?;
        *argidx += 1;
        Ok(a)
    };
    let mut rest = 0;
    while let Some(off) = fmt[rest..].find('%') {
        out.push_str(&fmt[rest..rest + off]);
        let mut cur = Cursor {
            text: fmt,
            pos: rest + off + 1,
        };
        if fmt[cur.pos..].starts_with('%') {
            out.push('%');
            rest = cur.pos + 1;
            continue;
        }
        if fmt[cur.pos..].starts_with('(') {
            if !mapping {
                return Err(py_err("TypeError", "format requires a mapping"));
            }
            cur.pos += 1;
            let key_start = cur.pos;
            let mut depth = 1;
            while depth > 0 {
                match cur.next() {
                    None => return Err(py_err("ValueError", "incomplete format key")),
                    Some(')') => depth -= 1,
                    Some('(') => depth += 1,
                    Some(_) => {}
                }
            }
            let value = lookup(&args[0], &fmt[key_start..cur.pos - 1])?;
            current = vec![value];
            argidx = 0;
        }
        let mut flags = 0u8;
        let mut ch = loop {
            match cur.next().ok_or_else(incomplete)? {
                '-' => flags |= F_LJUST,
                '+' => flags |= F_SIGN,
                ' ' => flags |= F_BLANK,
                '#' => flags |= F_ALT,
                '0' => flags |= F_ZERO,
                c => break c,
            }
        };
        let mut width = -1i64;
        if ch == '*' {
            let v = next_arg(&current, &mut argidx)?
                .as_int()
                .ok_or_else(|| py_err("TypeError", "* wants int"))?;
            if v < 0 {
                flags |= F_LJUST;
            }
            width = v.saturating_abs();
            ch = cur.next().ok_or_else(incomplete)?;
        } else if let Some(d) = ch.to_digit(10) {
            width = i64::from(d);
            loop {
                ch = cur.next().ok_or_else(incomplete)?;
                let Some(d) = ch.to_digit(10) else { break };
                if width > (i64::MAX - i64::from(d)) / 10 {
                    return Err(py_err("ValueError", "width too big"));
                }
                width = width * 10 + i64::from(d);
            }
        }
        let mut prec = -1i64;
        if ch == '.' {
            prec = 0;
            ch = cur.next().ok_or_else(incomplete)?;
            if ch == '*' {
                let v = next_arg(&current, &mut argidx)?
                    .as_int()
                    .ok_or_else(|| py_err("TypeError", "* wants int"))?;
                if i32::try_from(v).is_err() {
                    return Err(py_err(
                        "OverflowError",
                        "Python int too large to convert to C int",
                    ));
                }
                prec = v.max(0);
                ch = cur.next().ok_or_else(incomplete)?;
            } else if let Some(d) = ch.to_digit(10) {
                prec = i64::from(d);
                loop {
                    ch = cur.next().ok_or_else(incomplete)?;
                    let Some(d) = ch.to_digit(10) else { break };
                    if prec > (i64::from(i32::MAX) - i64::from(d)) / 10 {
                        return Err(py_err("ValueError", "precision too big"));
                    }
                    prec = prec * 10 + i64::from(d);
                }
            }
        }
        if matches!(ch, 'h' | 'l' | 'L') {
            ch = cur.next().ok_or_else(incomplete)?;
        }
        rest = cur.pos;
        let arg = next_arg(&current, &mut argidx)?;
        let mut conv = Conv {
            flags,
            width,
            prec,
            ch,
            sign: false,
        };
        let text: Cow<str> = match ch {
            's' => str_of(&arg),
            'r' => Cow::Owned(repr_of(&arg)),
            'a' => Cow::Owned(ascii_of(&arg)),
            'i' | 'd' | 'u' | 'o' | 'x' | 'X' => {
                conv.sign = true;
                Cow::Owned(format_integer(&arg, &conv)?)
            }
            'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
                conv.sign = true;
                Cow::Owned(format_real(&arg, &conv)?)
            }
            'c' => Cow::Owned(format_char(&arg)?),
            _ => {
                let cp = ch as u32;
                let shown = if (31..=126).contains(&cp) { ch } else { '?' };
                let index = fmt[..rest].chars().count() - 1;
                return Err(py_err(
                    "ValueError",
                    format!("unsupported format character '{shown}' (0x{cp:x}) at index {index}"),
                ));
            }
        };
        output(&mut out, &conv, &text);
    }
    out.push_str(&fmt[rest..]);
    if argidx < current.len() && !mapping {
        return Err(py_err(
            "TypeError",
            "not all arguments converted during string formatting",
        ));
    }
    Ok(out)
}

/// `fmt % value`. `value` is the right operand as a slot (see `object.rs`:
/// the `i64`, the `f64`'s bits, 0/1, or an object pointer) and `ty` its
/// static type's descriptor. For a `tuple` type the slot points to a boxed
/// [`MgTuple`] whose fields are the arguments; any other value is the one
/// argument. Raises exactly as CPython (`TypeError: not enough arguments
/// for format string`, `TypeError: not all arguments converted during
/// string formatting`, `TypeError: %d format: a real number is required,
/// not str`, ...).
///
/// # Safety
///
/// `fmt` must be a valid string, `ty` a valid descriptor and `value` a valid
/// slot of that type.
#[no_mangle]
pub unsafe extern "C-unwind" fn mg_percent_format(
    fmt: *const MgStr,
    value: u64,
    ty: *const MgType,
) -> *const MgStr {
    let mut args = Vec::new();
    // An `Optional` holding a tuple supplies the arguments as a tuple does.
    let (ty, value) = crate::containers::value::norm(&*ty, value);
    let ty = ty as *const MgType;
    let mapping = match (*ty).kind {
        KIND_TUPLE => {
            let t = value as *const MgTuple;
            let items = std::ptr::addr_of!((*t).items).cast::<u64>();
            for i in 0..(*t).len as usize {
                args.push(arg_of_slot(*items.add(i), (*ty).arg(i)));
            }
            false
        }
        kind => {
            args.push(arg_of_slot(value, ty));
            matches!(kind, KIND_LIST | KIND_DICT)
        }
    };
    let result = ok_or_raise(percent_format(MgStr::text(fmt), &args, mapping));
    // The arguments' text lives in GC memory reachable from `value`; keep
    // it visibly alive until the formatting is done.
    std::hint::black_box(value);
    new_str(&result)
}
