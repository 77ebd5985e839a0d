//! The `str` methods.
//!
//! Each method is a pure helper on Rust text (checked against CPython by
//! the generated tests) and an `extern "C-unwind"` wrapper. Positions in the
//! Python API (`find`'s result, `start`/`end` arguments, widths) are code
//! points, never bytes.

use std::borrow::Cow;

use super::case::{self, ALPHA, DECIMAL, DIGIT, LINEBREAK, NUMERIC, SPACE};
use super::{count_chars, empty_str, list_of_pieces, new_str, new_str_n, opt_text, substr, tuple3};
use crate::error::{ok_or_raise, py_err, PyResult};
use crate::object::{MgList, MgTuple};
use crate::MgStr;

/// Python's `maxsplit`/`count` convention: negative means "no limit".
fn limit(n: i64) -> usize {
    usize::try_from(n).unwrap_or(usize::MAX)
}

fn empty_separator() -> crate::error::PyErr {
    py_err("ValueError", "empty separator")
}

/// `str.split(sep, maxsplit)`; `sep = None` splits on runs of whitespace
/// and drops empty pieces at both ends.
pub(crate) fn split<'a>(text: &'a str, sep: Option<&str>, maxsplit: i64) -> PyResult<Vec<&'a str>> {
    let max = limit(maxsplit);
    let Some(sep) = sep else {
        return Ok(split_whitespace(text, max));
    };
    if sep.is_empty() {
        return Err(empty_separator());
    }
    Ok(text.splitn(max.saturating_add(1), sep).collect())
}

/// `str.rsplit(sep, maxsplit)`: like `split`, but the splits are counted
/// from the right.
pub(crate) fn rsplit<'a>(
    text: &'a str,
    sep: Option<&str>,
    maxsplit: i64,
) -> PyResult<Vec<&'a str>> {
    let max = limit(maxsplit);
    let Some(sep) = sep else {
        return Ok(rsplit_whitespace(text, max));
    };
    if sep.is_empty() {
        return Err(empty_separator());
    }
    let mut pieces: Vec<&str> = text.rsplitn(max.saturating_add(1), sep).collect();
    pieces.reverse();
    Ok(pieces)
}

/// CPython's `split_whitespace`.
fn split_whitespace(text: &str, mut max: usize) -> Vec<&str> {
    let mut pieces = Vec::new();
    let mut chars = text.char_indices().peekable();
    while max > 0 {
        // Skip whitespace.
        while chars.next_if(|&(_, c)| case::is_space(c)).is_some() {}
        let Some(&(start, _)) = chars.peek() else {
            return pieces;
        };
        while chars.next_if(|&(_, c)| !case::is_space(c)).is_some() {}
        let end = chars.peek().map_or(text.len(), |&(i, _)| i);
        pieces.push(&text[start..end]);
        max -= 1;
    }
    // The limit was reached: the rest, without leading whitespace, is the
    // last piece.
    while chars.next_if(|&(_, c)| case::is_space(c)).is_some() {}
    if let Some(&(start, _)) = chars.peek() {
        pieces.push(&text[start..]);
    }
    pieces
}

/// CPython's `rsplit_whitespace`.
fn rsplit_whitespace(text: &str, mut max: usize) -> Vec<&str> {
    let mut pieces = Vec::new();
    let mut chars = text.char_indices().rev().peekable();
    // `end` of the current piece is just past the last non-space character.
    let after = |(i, c): (usize, char)| i + c.len_utf8();
    while max > 0 {
        while chars.next_if(|&(_, c)| case::is_space(c)).is_some() {}
        let Some(&last) = chars.peek() else {
            pieces.reverse();
            return pieces;
        };
        let end = after(last);
        let mut start = last.0;
        while let Some((i, _)) = chars.next_if(|&(_, c)| !case::is_space(c)) {
            start = i;
        }
        pieces.push(&text[start..end]);
        max -= 1;
    }
    while chars.next_if(|&(_, c)| case::is_space(c)).is_some() {}
    if let Some(&last) = chars.peek() {
        pieces.push(&text[..after(last)]);
    }
    pieces.reverse();
    pieces
}

/// `str.splitlines(keepends)`: splits at `\n`, `\r`, `\r\n`, `\v`, `\f`,
/// `\x1c`-`\x1e`, `\x85`, U+2028 and U+2029.
pub(crate) fn splitlines(text: &str, keepends: bool) -> Vec<&str> {
    let mut pieces = Vec::new();
    let mut chars = text.char_indices().peekable();
    let mut line_start = 0;
    while chars.peek().is_some() {
        while chars.next_if(|&(_, c)| !case::has(c, LINEBREAK)).is_some() {}
        let mut eol = text.len();
        if let Some((i, c)) = chars.next() {
            eol = i;
            let mut next = i + c.len_utf8();
            if c == '\r' && chars.next_if(|&(_, c)| c == '\n').is_some() {
                next += 1;
            }
            if keepends {
                eol = next;
            }
            pieces.push(&text[line_start..eol]);
            line_start = next;
        } else {
            pieces.push(&text[line_start..eol]);
            line_start = eol;
        }
    }
    pieces
}

/// Which end(s) `strip` works on.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Ends {
    Left,
    Right,
    Both,
}

/// `str.strip(chars)`, `lstrip` and `rstrip`: removes whitespace, or the
/// characters of `chars`, from the chosen end(s).
pub(crate) fn strip<'a>(text: &'a str, chars: Option<&str>, ends: Ends) -> &'a str {
    let strip_it = |c: char| match chars {
        None => case::is_space(c),
        Some(set) => set.contains(c),
    };
    let mut t = text;
    if ends != Ends::Right {
        t = t.trim_start_matches(strip_it);
    }
    if ends != Ends::Left {
        t = t.trim_end_matches(strip_it);
    }
    t
}

/// `str.replace(old, new, count)`; a negative `count` replaces every
/// occurrence. An empty `old` matches before every character and at the
/// end.
pub(crate) fn replace<'a>(text: &'a str, old: &str, new: &str, count: i64) -> Cow<'a, str> {
    let max = limit(count);
    if max == 0 {
        return Cow::Borrowed(text);
    }
    if old.is_empty() {
        let mut out = String::with_capacity(text.len() + new.len() * (text.len() + 1).min(max));
        let mut left = max;
        for (i, c) in text.char_indices() {
            if left == 0 {
                out.push_str(&text[i..]);
                return Cow::Owned(out);
            }
            out.push_str(new);
            out.push(c);
            left -= 1;
        }
        if left > 0 {
            out.push_str(new);
        }
        return Cow::Owned(out);
    }
    if !text.contains(old) {
        return Cow::Borrowed(text);
    }
    Cow::Owned(text.replacen(old, new, max))
}

/// CPython's `ADJUST_INDICES`: clamps `start` and `end` (which may be
/// negative, counting from the end) to `0..=len`, except that a `start`
/// beyond `len` stays as it is (so that the caller finds nothing).
pub(crate) fn adjust_indices(start: i64, end: i64, len: i64) -> (i64, i64) {
    let end = if end > len {
        len
    } else if end < 0 {
        end.saturating_add(len).max(0)
    } else {
        end
    };
    let start = if start < 0 {
        start.saturating_add(len).max(0)
    } else {
        start
    };
    (start, end)
}

/// Byte offset of code point `index` (`<= nchars`) of `text`.
fn byte_at(text: &str, nchars: usize, index: usize) -> usize {
    if text.len() == nchars {
        index
    } else {
        text.char_indices()
            .nth(index)
            .map_or(text.len(), |(i, _)| i)
    }
}

/// The part `text[start:end]` (code points, already adjusted so that
/// `0 <= start <= end <= nchars`).
fn window(text: &str, nchars: usize, start: i64, end: i64) -> &str {
    let (start, end) = (start as usize, end as usize);
    if text.len() == nchars {
        return &text[start..end];
    }
    let lo = byte_at(text, nchars, start);
    let rest = &text[lo..];
    let hi = rest
        .char_indices()
        .nth(end - start)
        .map_or(rest.len(), |(i, _)| i);
    &rest[..hi]
}

/// Text with its code point count, known from a string header (so that
/// searching does not have to count).
#[derive(Clone, Copy)]
pub(crate) struct Text<'a> {
    pub s: &'a str,
    pub n: usize,
}

impl<'a> Text<'a> {
    /// Text whose code points are counted here.
    #[cfg(test)]
    pub(crate) fn new(s: &'a str) -> Self {
        Text {
            s,
            n: count_chars(s),
        }
    }

    /// The text of the string `p`.
    ///
    /// # Safety
    ///
    /// `p` must be a valid string that outlives `'a`.
    pub(crate) unsafe fn of(p: *const MgStr) -> Self {
        Text {
            s: MgStr::text(p),
            n: MgStr::nchars(p) as usize,
        }
    }
}

/// Which way a search goes: from the start (`find`, `startswith`,
/// `partition`) or from the end (`rfind`, `endswith`, `rpartition`).
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Direction {
    Forward,
    Backward,
}

/// `str.find(sub, start, end)` (forward) and `str.rfind` (backward): the
/// code point index of the first (last) occurrence of `sub` within
/// `text[start:end]`, or -1.
pub(crate) fn find(text: Text, sub: Text, start: i64, end: i64, dir: Direction) -> i64 {
    let (text, nchars, sub_chars, sub) = (text.s, text.n, sub.n as i64, sub.s);
    let (start, end) = adjust_indices(start, end, nchars as i64);
    if end - start < sub_chars {
        return -1;
    }
    let hay = window(text, nchars, start, end);
    let found = match dir {
        Direction::Forward => hay.find(sub),
        Direction::Backward => hay.rfind(sub),
    };
    match found {
        Some(pos) => start + count_chars(&hay[..pos]) as i64,
        None => -1,
    }
}

/// `str.index` and `str.rindex`: like `find`, but a missing substring
/// raises `ValueError: substring not found`.
pub(crate) fn index(text: Text, sub: Text, start: i64, end: i64, dir: Direction) -> PyResult<i64> {
    match find(text, sub, start, end, dir) {
        -1 => Err(py_err("ValueError", "substring not found")),
        i => Ok(i),
    }
}

/// `str.count(sub, start, end)`: non-overlapping occurrences within
/// `text[start:end]`; an empty `sub` counts every position, ends included.
pub(crate) fn count(text: Text, sub: Text, start: i64, end: i64) -> i64 {
    let (text, nchars, sub_chars, sub) = (text.s, text.n, sub.n as i64, sub.s);
    let (start, end) = adjust_indices(start, end, nchars as i64);
    if end - start < sub_chars {
        return 0;
    }
    if sub.is_empty() {
        return end - start + 1;
    }
    let hay = window(text, nchars, start, end);
    hay.matches(sub).count() as i64
}

/// `str.startswith(prefix, start, end)` (forward) and `str.endswith`
/// (backward), as CPython's `tailmatch`.
pub(crate) fn tailmatch(text: Text, sub: Text, start: i64, end: i64, dir: Direction) -> bool {
    let (text, nchars, sub_chars, sub) = (text.s, text.n, sub.n as i64, sub.s);
    let (start, end) = adjust_indices(start, end, nchars as i64);
    if end - sub_chars < start {
        return false;
    }
    if sub.is_empty() {
        return true;
    }
    let hay = window(text, nchars, start, end);
    match dir {
        Direction::Forward => hay.starts_with(sub),
        Direction::Backward => hay.ends_with(sub),
    }
}

/// The fill character argument of `center`, `ljust` and `rjust`.
pub(crate) fn fill_char(fill: Option<&str>) -> PyResult<char> {
    let Some(fill) = fill else {
        return Ok(' ');
    };
    let mut chars = fill.chars();
    match (chars.next(), chars.next()) {
        (Some(c), None) => Ok(c),
        _ => Err(py_err(
            "TypeError",
            "The fill character must be exactly one character long",
        )),
    }
}

/// Which way `pad` aligns the text.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Justify {
    Left,
    Right,
    Center,
}

/// `str.ljust`, `str.rjust` and `str.center` (with CPython's rounding
/// rule for an odd margin) on `text` of `nchars` code points; `None` when
/// the text is already at least `width` long.
pub(crate) fn justify(
    text: &str,
    nchars: usize,
    width: i64,
    fill: char,
    how: Justify,
) -> Option<String> {
    let len = nchars as i64;
    if len >= width {
        return None;
    }
    let marg = width - len;
    let left = match how {
        Justify::Left => 0,
        Justify::Right => marg,
        Justify::Center => marg / 2 + (marg & width & 1),
    };
    let mut out = String::with_capacity(text.len() + marg as usize * fill.len_utf8());
    out.extend(std::iter::repeat_n(fill, left as usize));
    out.push_str(text);
    out.extend(std::iter::repeat_n(fill, (marg - left) as usize));
    Some(out)
}

/// `str.zfill(width)`: pads with zeros on the left, after a leading sign;
/// `None` when the text is already at least `width` long.
pub(crate) fn zfill(text: &str, nchars: usize, width: i64) -> Option<String> {
    let len = nchars as i64;
    if len >= width {
        return None;
    }
    let fill = (width - len) as usize;
    let mut out = String::with_capacity(text.len() + fill);
    let rest = match text.as_bytes().first() {
        Some(&sign @ (b'+' | b'-')) => {
            out.push(sign as char);
            &text[1..]
        }
        _ => text,
    };
    out.extend(std::iter::repeat_n('0', fill));
    out.push_str(rest);
    Some(out)
}

/// `str.partition(sep)` (forward) and `str.rpartition(sep)` (backward).
pub(crate) fn partition<'a>(
    text: &'a str,
    sep: &str,
    dir: Direction,
) -> PyResult<(&'a str, &'a str, &'a str)> {
    if sep.is_empty() {
        return Err(empty_separator());
    }
    let found = match dir {
        Direction::Forward => text.find(sep),
        Direction::Backward => text.rfind(sep),
    };
    Ok(match found {
        Some(i) => (&text[..i], &text[i..i + sep.len()], &text[i + sep.len()..]),
        None => match dir {
            Direction::Forward => (text, "", ""),
            Direction::Backward => ("", "", text),
        },
    })
}

/// `str.expandtabs(tabsize)`: each tab becomes the spaces up to the next
/// multiple of `tabsize` columns; `\n` and `\r` reset the column.
pub(crate) fn expandtabs(text: &str, tabsize: i64) -> Cow<'_, str> {
    if !text.contains('\t') {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    let mut column: i64 = 0;
    for c in text.chars() {
        if c == '\t' {
            if tabsize > 0 {
                let incr = tabsize - column % tabsize;
                column += incr;
                out.extend(std::iter::repeat_n(' ', incr as usize));
            }
        } else {
            column += 1;
            out.push(c);
            if c == '\n' || c == '\r' {
                column = 0;
            }
        }
    }
    Cow::Owned(out)
}

// ---------------------------------------------------------------------
// The C ABI.
// ---------------------------------------------------------------------

/// `s.split(sep, maxsplit)`: `sep` null for `None` (split on whitespace),
/// `maxsplit` -1 (any negative) for no limit. An empty `sep` raises
/// `ValueError: empty separator`.
///
/// # Safety
///
/// `s` must be a valid string, `sep` null or a valid string.
#[no_mangle]
pub unsafe extern "C-unwind" fn mg_str_split(
    s: *const MgStr,
    sep: *const MgStr,
    maxsplit: i64,
) -> *mut MgList {
    let text = MgStr::text(s);
    let pieces = ok_or_raise(split(text, opt_text(sep), maxsplit));
    list_of_pieces(s, text, &pieces)
}

/// `s.rsplit(sep, maxsplit)`, with the conventions of [`mg_str_split`].
///
/// # Safety
///
/// `s` must be a valid string, `sep` null or a valid string.
#[no_mangle]
pub unsafe extern "C-unwind" fn mg_str_rsplit(
    s: *const MgStr,
    sep: *const MgStr,
    maxsplit: i64,
) -> *mut MgList {
    let text = MgStr::text(s);
    let pieces = ok_or_raise(rsplit(text, opt_text(sep), maxsplit));
    list_of_pieces(s, text, &pieces)
}

/// `s.splitlines(keepends)` (`keepends` 0 or 1).
///
/// # Safety
///
/// `s` must be a valid string.
#[no_mangle]
pub unsafe extern "C-unwind" fn mg_str_splitlines(s: *const MgStr, keepends: i64) -> *mut MgList {
    let text = MgStr::text(s);
    list_of_pieces(s, text, &splitlines(text, keepends != 0))
}

/// `sep.join(items)` for a `list[str]`.
///
/// # Safety
///
/// `sep` must be a valid string and `items` a valid list whose slots hold
/// valid strings.
#[no_mangle]
pub unsafe extern "C-unwind" fn mg_str_join(
    sep: *const MgStr,
    items: *const MgList,
) -> *const MgStr {
    let n = (*items).len as usize;
    let item = |i: usize| *(*items).items.add(i) as *const MgStr;
    match n {
        0 => return empty_str(),
        1 => return item(0),
        _ => {}
    }
    let sep_bytes = MgStr::bytes(sep);
    let mut len = sep_bytes.len() * (n - 1);
    let mut nchars = MgStr::nchars(sep) as usize * (n - 1);
    for i in 0..n {
        len += (*item(i)).len as usize;
        nchars += MgStr::nchars(item(i)) as usize;
    }
    let (out, data) = super::alloc_str(len, nchars);
    let mut pos = 0;
    for i in 0..n {
        if i > 0 {
            std::ptr::copy_nonoverlapping(sep_bytes.as_ptr(), data.add(pos), sep_bytes.len());
            pos += sep_bytes.len();
        }
        let b = MgStr::bytes(item(i));
        std::ptr::copy_nonoverlapping(b.as_ptr(), data.add(pos), b.len());
        pos += b.len();
    }
    out
}

unsafe fn strip_abi(s: *const MgStr, chars: *const MgStr, ends: Ends) -> *const MgStr {
    let text = MgStr::text(s);
    substr(s, text, strip(text, opt_text(chars), ends))
}

/// `s.strip(chars)`; `chars` null for `None` (strip whitespace).
///
/// # Safety
///
/// `s` must be a valid string, `chars` null or a valid string.
#[no_mangle]
pub unsafe extern "C-unwind" fn mg_str_strip(s: *const MgStr, chars: *const MgStr) -> *const MgStr {
    strip_abi(s, chars, Ends::Both)
}

/// `s.lstrip(chars)`; `chars` null for `None` (strip whitespace).
///
/// # Safety
///
/// `s` must be a valid string, `chars` null or a valid string.
#[no_mangle]
pub unsafe extern "C-unwind" fn mg_str_lstrip(
    s: *const MgStr,
    chars: *const MgStr,
) -> *const MgStr {
    strip_abi(s, chars, Ends::Left)
}

/// `s.rstrip(chars)`; `chars` null for `None` (strip whitespace).
///
/// # Safety
///
/// `s` must be a valid string, `chars` null or a valid string.
#[no_mangle]
pub unsafe extern "C-unwind" fn mg_str_rstrip(
    s: *const MgStr,
    chars: *const MgStr,
) -> *const MgStr {
    strip_abi(s, chars, Ends::Right)
}

/// `s.removeprefix(prefix)`.
///
/// # Safety
///
/// Both arguments must be valid strings.
#[no_mangle]
pub unsafe extern "C-unwind" fn mg_str_removeprefix(
    s: *const MgStr,
    prefix: *const MgStr,
) -> *const MgStr {
    let text = MgStr::text(s);
    substr(
        s,
        text,
        text.strip_prefix(MgStr::text(prefix)).unwrap_or(text),
    )
}

/// `s.removesuffix(suffix)`.
///
/// # Safety
///
/// Both arguments must be valid strings.
#[no_mangle]
pub unsafe extern "C-unwind" fn mg_str_removesuffix(
    s: *const MgStr,
    suffix: *const MgStr,
) -> *const MgStr {
    let text = MgStr::text(s);
    substr(
        s,
        text,
        text.strip_suffix(MgStr::text(suffix)).unwrap_or(text),
    )
}

/// Defines the `extern "C-unwind"` wrapper of a case conversion.
macro_rules! case_conversion {
    ($(#[$doc:meta])* $name:ident => $kind:ident) => {
        $(#[$doc])*
        ///
        /// # Safety
        ///
        /// `s` must be a valid string.
        #[no_mangle]
        pub unsafe extern "C-unwind" fn $name(s: *const MgStr) -> *const MgStr {
            let bytes = MgStr::bytes(s);
            if super::is_ascii(s) {
                // ASCII stays ASCII, with the same length: convert straight
                // into the new string.
                if bytes.is_empty() {
                    return empty_str();
                }
                let (out, data) = super::alloc_str(bytes.len(), bytes.len());
                let dst = std::slice::from_raw_parts_mut(data, bytes.len());
                case::convert_ascii(case::Conversion::$kind, bytes, dst);
                out
            } else {
                new_str(&case::convert(case::Conversion::$kind, MgStr::text(s)))
            }
        }
    };
}

case_conversion!(
    /// `s.upper()`, with full Unicode mappings (`'ß'.upper() == 'SS'`).
    mg_str_upper => Upper
);
case_conversion!(
    /// `s.lower()`, with full Unicode mappings and the final-sigma rule.
    mg_str_lower => Lower
);
case_conversion!(
    /// `s.title()`.
    mg_str_title => Title
);
case_conversion!(
    /// `s.capitalize()`.
    mg_str_capitalize => Capitalize
);
case_conversion!(
    /// `s.swapcase()`.
    mg_str_swapcase => Swapcase
);
case_conversion!(
    /// `s.casefold()`.
    mg_str_casefold => Casefold
);

/// `s.replace(old, new, count)`; `count` -1 (any negative) replaces all.
///
/// # Safety
///
/// All three strings must be valid.
#[no_mangle]
pub unsafe extern "C-unwind" fn mg_str_replace(
    s: *const MgStr,
    old: *const MgStr,
    new: *const MgStr,
    count: i64,
) -> *const MgStr {
    let text = MgStr::text(s);
    match replace(text, MgStr::text(old), MgStr::text(new), count) {
        Cow::Borrowed(t) => substr(s, text, t),
        Cow::Owned(t) => new_str(&t),
    }
}

/// `s.find(sub, start, end)`: the code point index of the first occurrence
/// of `sub` in `s[start:end]`, or -1. Pass `start = 0`, `end = i64::MAX`
/// when omitted.
///
/// # Safety
///
/// Both strings must be valid.
#[no_mangle]
pub unsafe extern "C-unwind" fn mg_str_find(
    s: *const MgStr,
    sub: *const MgStr,
    start: i64,
    end: i64,
) -> i64 {
    find(Text::of(s), Text::of(sub), start, end, Direction::Forward)
}

/// `s.rfind(sub, start, end)`: like [`mg_str_find`], the last occurrence.
///
/// # Safety
///
/// Both strings must be valid.
#[no_mangle]
pub unsafe extern "C-unwind" fn mg_str_rfind(
    s: *const MgStr,
    sub: *const MgStr,
    start: i64,
    end: i64,
) -> i64 {
    find(Text::of(s), Text::of(sub), start, end, Direction::Backward)
}

/// `s.index(sub, start, end)`: like [`mg_str_find`], but raises
/// `ValueError: substring not found`.
///
/// # Safety
///
/// Both strings must be valid.
#[no_mangle]
pub unsafe extern "C-unwind" fn mg_str_index(
    s: *const MgStr,
    sub: *const MgStr,
    start: i64,
    end: i64,
) -> i64 {
    ok_or_raise(index(
        Text::of(s),
        Text::of(sub),
        start,
        end,
        Direction::Forward,
    ))
}

/// `s.rindex(sub, start, end)`: like [`mg_str_rfind`], but raises
/// `ValueError: substring not found`.
///
/// # Safety
///
/// Both strings must be valid.
#[no_mangle]
pub unsafe extern "C-unwind" fn mg_str_rindex(
    s: *const MgStr,
    sub: *const MgStr,
    start: i64,
    end: i64,
) -> i64 {
    ok_or_raise(index(
        Text::of(s),
        Text::of(sub),
        start,
        end,
        Direction::Backward,
    ))
}

/// `s.count(sub, start, end)`.
///
/// # Safety
///
/// Both strings must be valid.
#[no_mangle]
pub unsafe extern "C-unwind" fn mg_str_count(
    s: *const MgStr,
    sub: *const MgStr,
    start: i64,
    end: i64,
) -> i64 {
    count(Text::of(s), Text::of(sub), start, end)
}

/// `s.startswith(prefix, start, end)` for a `str` prefix, as 0 or 1.
///
/// # Safety
///
/// Both strings must be valid.
#[no_mangle]
pub unsafe extern "C-unwind" fn mg_str_startswith(
    s: *const MgStr,
    prefix: *const MgStr,
    start: i64,
    end: i64,
) -> i64 {
    i64::from(tailmatch(
        Text::of(s),
        Text::of(prefix),
        start,
        end,
        Direction::Forward,
    ))
}

/// `s.endswith(suffix, start, end)` for a `str` suffix, as 0 or 1.
///
/// # Safety
///
/// Both strings must be valid.
#[no_mangle]
pub unsafe extern "C-unwind" fn mg_str_endswith(
    s: *const MgStr,
    suffix: *const MgStr,
    start: i64,
    end: i64,
) -> i64 {
    i64::from(tailmatch(
        Text::of(s),
        Text::of(suffix),
        start,
        end,
        Direction::Backward,
    ))
}

/// Defines the `extern "C-unwind"` wrapper of a predicate.
macro_rules! predicate {
    ($(#[$doc:meta])* $name:ident => |$t:ident| $e:expr) => {
        $(#[$doc])*
        ///
        /// # Safety
        ///
        /// `s` must be a valid string.
        #[no_mangle]
        pub unsafe extern "C-unwind" fn $name(s: *const MgStr) -> i64 {
            let $t = MgStr::text(s);
            i64::from($e)
        }
    };
}

predicate!(
    /// `s.isdigit()`.
    mg_str_isdigit => |t| case::all_have(t, DIGIT)
);
predicate!(
    /// `s.isalpha()`.
    mg_str_isalpha => |t| case::all_have(t, ALPHA)
);
predicate!(
    /// `s.isalnum()`.
    mg_str_isalnum => |t| case::is_alnum(t)
);
predicate!(
    /// `s.isspace()`.
    mg_str_isspace => |t| case::all_have(t, SPACE)
);
predicate!(
    /// `s.isupper()`.
    mg_str_isupper => |t| case::is_upper(t)
);
predicate!(
    /// `s.islower()`.
    mg_str_islower => |t| case::is_lower(t)
);
predicate!(
    /// `s.isdecimal()`.
    mg_str_isdecimal => |t| case::all_have(t, DECIMAL)
);
predicate!(
    /// `s.isnumeric()`.
    mg_str_isnumeric => |t| case::all_have(t, NUMERIC)
);
predicate!(
    /// `s.istitle()`.
    mg_str_istitle => |t| case::is_title(t)
);
predicate!(
    /// `s.isascii()`.
    mg_str_isascii => |t| t.is_ascii()
);
predicate!(
    /// `s.isprintable()`.
    mg_str_isprintable => |t| case::is_printable(t)
);
predicate!(
    /// `s.isidentifier()`.
    mg_str_isidentifier => |t| case::is_identifier(t)
);

/// `s.zfill(width)`.
///
/// # Safety
///
/// `s` must be a valid string.
#[no_mangle]
pub unsafe extern "C-unwind" fn mg_str_zfill(s: *const MgStr, width: i64) -> *const MgStr {
    let nchars = MgStr::nchars(s) as usize;
    match zfill(MgStr::text(s), nchars, width) {
        None => s,
        Some(out) => new_str_n(&out, width as usize),
    }
}

unsafe fn justify_abi(
    s: *const MgStr,
    width: i64,
    fill: *const MgStr,
    how: Justify,
) -> *const MgStr {
    let fill = ok_or_raise(fill_char(opt_text(fill)));
    let nchars = MgStr::nchars(s) as usize;
    match justify(MgStr::text(s), nchars, width, fill, how) {
        None => s,
        Some(out) => new_str_n(&out, width as usize),
    }
}

/// `s.center(width, fillchar)`; `fillchar` null for the default space. A
/// fill string that is not one character raises `TypeError: The fill
/// character must be exactly one character long`.
///
/// # Safety
///
/// `s` must be a valid string, `fill` null or a valid string.
#[no_mangle]
pub unsafe extern "C-unwind" fn mg_str_center(
    s: *const MgStr,
    width: i64,
    fill: *const MgStr,
) -> *const MgStr {
    justify_abi(s, width, fill, Justify::Center)
}

/// `s.ljust(width, fillchar)`, with the conventions of [`mg_str_center`].
///
/// # Safety
///
/// `s` must be a valid string, `fill` null or a valid string.
#[no_mangle]
pub unsafe extern "C-unwind" fn mg_str_ljust(
    s: *const MgStr,
    width: i64,
    fill: *const MgStr,
) -> *const MgStr {
    justify_abi(s, width, fill, Justify::Left)
}

/// `s.rjust(width, fillchar)`, with the conventions of [`mg_str_center`].
///
/// # Safety
///
/// `s` must be a valid string, `fill` null or a valid string.
#[no_mangle]
pub unsafe extern "C-unwind" fn mg_str_rjust(
    s: *const MgStr,
    width: i64,
    fill: *const MgStr,
) -> *const MgStr {
    justify_abi(s, width, fill, Justify::Right)
}

unsafe fn partition_abi(s: *const MgStr, sep: *const MgStr, dir: Direction) -> *mut MgTuple {
    let text = MgStr::text(s);
    let (a, b, c) = ok_or_raise(partition(text, MgStr::text(sep), dir));
    let tuple = tuple3(empty_str(), empty_str(), empty_str());
    let items = std::ptr::addr_of_mut!((*tuple).items).cast::<u64>();
    // Each new string is stored as soon as it exists, so the collector
    // always sees it.
    *items = substr(s, text, a) as u64;
    *items.add(1) = if b.is_empty() { empty_str() } else { sep } as u64;
    *items.add(2) = substr(s, text, c) as u64;
    tuple
}

/// `s.partition(sep)`: a boxed 3-tuple of strings (before, `sep`, after),
/// or `(s, '', '')` when `sep` does not occur. An empty `sep` raises
/// `ValueError: empty separator`.
///
/// # Safety
///
/// Both strings must be valid.
#[no_mangle]
pub unsafe extern "C-unwind" fn mg_str_partition(
    s: *const MgStr,
    sep: *const MgStr,
) -> *mut MgTuple {
    partition_abi(s, sep, Direction::Forward)
}

/// `s.rpartition(sep)`: like [`mg_str_partition`] at the last occurrence,
/// `('', '', s)` when `sep` does not occur.
///
/// # Safety
///
/// Both strings must be valid.
#[no_mangle]
pub unsafe extern "C-unwind" fn mg_str_rpartition(
    s: *const MgStr,
    sep: *const MgStr,
) -> *mut MgTuple {
    partition_abi(s, sep, Direction::Backward)
}

/// `s.expandtabs(tabsize)` (Python's default `tabsize` is 8).
///
/// # Safety
///
/// `s` must be a valid string.
#[no_mangle]
pub unsafe extern "C-unwind" fn mg_str_expandtabs(s: *const MgStr, tabsize: i64) -> *const MgStr {
    let text = MgStr::text(s);
    match expandtabs(text, tabsize) {
        Cow::Borrowed(_) => s,
        Cow::Owned(t) => new_str(&t),
    }
}
