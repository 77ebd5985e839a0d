//! Indexing, slicing and iterating over a `str` by code point, `ord` and
//! `chr`.
//!
//! Strings are UTF-8, so the code point index `i` is the byte offset `i`
//! only for ASCII text (`len == nchars`), which is the fast path of every
//! operation here. For other text the byte offset is found by scanning;
//! a one-entry cache remembers the last (string, index, offset) triple so
//! that the common loop `for i in range(len(s)): s[i]` stays linear.

use std::sync::Mutex;

use super::{char_str, empty_str, is_ascii, new_str, new_str_n, ASCII_CHARS};
use crate::error::{ok_or_raise, py_err, PyResult};
use crate::MgStr;

/// The last code point index resolved to a byte offset in a non-ASCII
/// string. The string's address lives in this static, which the collector
/// scans (it is in the data segment), so the string stays alive and its
/// address cannot be reused by another string while it is cached.
struct IndexCache {
    string: usize,
    index: usize,
    offset: usize,
}

static INDEX_CACHE: Mutex<IndexCache> = Mutex::new(IndexCache {
    string: 0,
    index: 0,
    offset: 0,
});

/// Byte offset of the code point `index` (which may equal `nchars`, giving
/// the text's length) of non-ASCII text, scanning from the nearest known
/// position: the start, the end, or the cached one.
fn byte_offset_uncached(text: &str, nchars: usize, index: usize, from: (usize, usize)) -> usize {
    let bytes = text.as_bytes();
    let is_start = |i: usize| i >= bytes.len() || (bytes[i] as i8) >= -0x40;
    let (known_index, known_offset) = from;
    // Candidates: from the start forwards, from `from` in either direction,
    // from the end backwards.
    let mut best = (index, 0usize, true);
    if known_index <= index && index - known_index < best.0 {
        best = (index - known_index, known_offset, true);
    }
    if known_index > index && known_index - index < best.0 {
        best = (known_index - index, known_offset, false);
    }
    if nchars - index < best.0 {
        best = (nchars - index, bytes.len(), false);
    }
    let (mut steps, mut pos, forward) = best;
    if forward {
        while steps > 0 {
            pos += 1;
            while !is_start(pos) {
                pos += 1;
            }
            steps -= 1;
        }
    } else {
        while steps > 0 {
            pos -= 1;
            while !is_start(pos) {
                pos -= 1;
            }
            steps -= 1;
        }
    }
    pos
}

/// Byte offset of the code point `index` (`0..=nchars`) of the string `s`.
///
/// # Safety
///
/// `s` must be a valid string and `index <= nchars`.
pub(crate) unsafe fn byte_offset(s: *const MgStr, index: usize) -> usize {
    if is_ascii(s) {
        return index;
    }
    let text = MgStr::text(s);
    let nchars = MgStr::nchars(s) as usize;
    if index == 0 || index == nchars {
        return if index == 0 { 0 } else { text.len() };
    }
    // Use the cache only when nobody else holds it; it is an optimisation.
    let Ok(mut cache) = INDEX_CACHE.try_lock() else {
        return byte_offset_uncached(text, nchars, index, (0, 0));
    };
    let from = if cache.string == s as usize {
        (cache.index, cache.offset)
    } else {
        (0, 0)
    };
    let offset = byte_offset_uncached(text, nchars, index, from);
    *cache = IndexCache {
        string: s as usize,
        index,
        offset,
    };
    offset
}

/// The normalised index for `s[i]` on a string of `n` code points.
pub(crate) fn item_index(i: i64, n: i64) -> PyResult<usize> {
    let j = if i < 0 { i.wrapping_add(n) } else { i };
    if i < -n || j >= n {
        return Err(py_err("IndexError", "string index out of range"));
    }
    Ok(j as usize)
}

/// `s[i]`: the code point at index `i` (negative counts from the end), as
/// a one-character string. Raises `IndexError: string index out of range`.
///
/// # Safety
///
/// `s` must be a valid string.
#[no_mangle]
pub unsafe extern "C-unwind" fn mg_str_getitem(s: *const MgStr, i: i64) -> *const MgStr {
    let j = ok_or_raise(item_index(i, MgStr::nchars(s)));
    let bytes = MgStr::bytes(s);
    if is_ascii(s) {
        return ASCII_CHARS[bytes[j] as usize].as_ptr();
    }
    let pos = byte_offset(s, j);
    let c = MgStr::text(s)[pos..].chars().next().unwrap_or('\0');
    char_str(c)
}

/// A slice resolved against a sequence length, as CPython's
/// `PySlice_Unpack` followed by `PySlice_AdjustIndices`: the first index,
/// the step and the number of items. Indexes are code points.
#[derive(Debug, PartialEq, Eq, Clone, Copy)]
pub(crate) struct SliceRange {
    pub start: i64,
    pub step: i64,
    pub count: i64,
}

/// Resolves `[start:stop:step]` (with `None` bounds given by the `flags`
/// bits `SLICE_NO_START`, `SLICE_NO_STOP`, `SLICE_NO_STEP`) against a
/// length, exactly as Python does.
pub(crate) fn slice_range(
    len: i64,
    start: i64,
    stop: i64,
    step: i64,
    flags: i64,
) -> PyResult<SliceRange> {
    // One implementation of CPython's slice resolution serves lists,
    // tuples and strings.
    let s = crate::containers::list::slice_indices(len, start, stop, step, flags)?;
    Ok(SliceRange {
        start: s.start,
        step: s.step,
        count: s.len,
    })
}

/// The code points of `text` selected by `r` (a resolved slice of it).
pub(crate) fn slice_text(text: &str, r: SliceRange) -> String {
    if r.count <= 0 {
        return String::new();
    }
    let (start, step, count) = (r.start as usize, r.step, r.count as usize);
    if text.is_ascii() {
        let b = text.as_bytes();
        let mut out = Vec::with_capacity(count);
        let mut i = r.start;
        for _ in 0..count {
            out.push(b[i as usize]);
            i += step;
        }
        // ASCII bytes are valid UTF-8.
        return String::from_utf8(out).unwrap_or_default();
    }
    let abs = step.unsigned_abs() as usize;
    // The lowest index taken, then every `abs`-th code point from there.
    let first = if step > 0 {
        start
    } else {
        start - (count - 1) * abs
    };
    let picked = text.chars().skip(first).step_by(abs).take(count);
    if step > 0 {
        picked.collect()
    } else {
        let mut chars: Vec<char> = picked.collect();
        chars.reverse();
        chars.into_iter().collect()
    }
}

/// `s[start:stop:step]` with Python's slice semantics. `flags` is a bit
/// set telling which of the three are omitted or `None` (their argument is
/// then ignored): `SLICE_NO_START` = 1, `SLICE_NO_STOP` = 2,
/// `SLICE_NO_STEP` = 4. A zero step raises
/// `ValueError: slice step cannot be zero`.
///
/// # Safety
///
/// `s` must be a valid string.
#[no_mangle]
pub unsafe extern "C-unwind" fn mg_str_slice(
    s: *const MgStr,
    start: i64,
    stop: i64,
    step: i64,
    flags: i64,
) -> *const MgStr {
    let n = MgStr::nchars(s);
    let r = ok_or_raise(slice_range(n, start, stop, step, flags));
    if r.count <= 0 {
        return empty_str();
    }
    let text = MgStr::text(s);
    if r.step == 1 {
        if r.count == n {
            return s;
        }
        let lo = byte_offset(s, r.start as usize);
        let hi = if is_ascii(s) {
            lo + r.count as usize
        } else {
            // Scan forward from `lo` rather than from a cached position.
            lo + text[lo..]
                .char_indices()
                .nth(r.count as usize)
                .map_or(text.len() - lo, |(i, _)| i)
        };
        return new_str_n(&text[lo..hi], r.count as usize);
    }
    if !is_ascii(s) {
        // Start the scan at the lowest selected index.
        let abs = r.step.unsigned_abs() as i64;
        let first = if r.step > 0 {
            r.start
        } else {
            r.start - (r.count - 1) * abs
        };
        let lo = byte_offset(s, first as usize);
        let rebased = SliceRange {
            start: r.start - first,
            ..r
        };
        return new_str(&slice_text(&text[lo..], rebased));
    }
    new_str_n(&slice_text(text, r), r.count as usize)
}

/// Iteration support for `for ch in s`: the character that starts at byte
/// offset `pos` of `s`, as a one-character string. The compiled loop is
///
/// ```text
/// pos = 0
/// while pos < s.len:            # the byte length in the header
///     ch = mg_str_char_at(s, pos)
///     pos += ch.len             # the result's byte length
///     <body>
/// ```
///
/// ASCII characters are static strings, so iterating over ASCII text does
/// not allocate. An offset outside the string or inside a character (a
/// code generator bug) raises `IndexError`.
///
/// # Safety
///
/// `s` must be a valid string.
#[no_mangle]
pub unsafe extern "C-unwind" fn mg_str_char_at(s: *const MgStr, pos: i64) -> *const MgStr {
    let bytes = MgStr::bytes(s);
    let Some(&b) = usize::try_from(pos).ok().and_then(|p| bytes.get(p)) else {
        crate::error::raise("IndexError", "string index out of range")
    };
    if b < 128 {
        return ASCII_CHARS[b as usize].as_ptr();
    }
    let text = MgStr::text(s);
    match text.get(pos as usize..).and_then(|t| t.chars().next()) {
        Some(c) => char_str(c),
        None => crate::error::raise("IndexError", "string index out of range"),
    }
}

/// `ord(s)` of a string of length 1.
pub(crate) fn ord(text: &str, nchars: i64) -> PyResult<i64> {
    match text.chars().next() {
        Some(c) if nchars == 1 => Ok(i64::from(u32::from(c))),
        _ => Err(py_err(
            "TypeError",
            format!("ord() expected a character, but string of length {nchars} found"),
        )),
    }
}

/// `ord(s)`: the code point of a one-character string. Raises
/// `TypeError: ord() expected a character, but string of length N found`.
///
/// # Safety
///
/// `s` must be a valid string.
#[no_mangle]
pub unsafe extern "C-unwind" fn mg_str_ord(s: *const MgStr) -> i64 {
    let bytes = MgStr::bytes(s);
    if bytes.len() == 1 {
        return i64::from(bytes[0]);
    }
    ok_or_raise(ord(MgStr::text(s), MgStr::nchars(s)))
}

/// `chr(i)` as a Rust character.
pub(crate) fn chr(i: i64) -> PyResult<char> {
    if i32::try_from(i).is_err() {
        return Err(py_err(
            "OverflowError",
            "Python int too large to convert to C int",
        ));
    }
    if !(0..0x110000).contains(&i) {
        return Err(py_err("ValueError", "chr() arg not in range(0x110000)"));
    }
    char::from_u32(i as u32).ok_or_else(|| {
        // CPython returns a lone surrogate; UTF-8 strings cannot hold one.
        py_err(
            "ValueError",
            "chr() arg is a surrogate code point, which multigen strings cannot hold",
        )
    })
}

/// `chr(i)`: the one-character string with code point `i`. Raises
/// `ValueError: chr() arg not in range(0x110000)`, or `OverflowError`
/// beyond the C `int` range, as CPython does. Surrogates (U+D800..U+DFFF)
/// raise `ValueError` (a deliberate deviation: CPython returns a lone
/// surrogate, which UTF-8 cannot represent).
#[no_mangle]
pub extern "C-unwind" fn mg_chr(i: i64) -> *const MgStr {
    char_str(ok_or_raise(chr(i)))
}
