//! `str` methods, indexing and slicing by code point, a string builder, and
//! formatting (the format-spec mini-language and `%`).
//!
//! Everything here follows CPython 3.11 (`Objects/unicodeobject.c`,
//! `Objects/stringlib/`, `Python/formatter_unicode.c`, `Python/pystrtod.c`),
//! including the exact wording of every error. Character properties and case
//! mappings come from tables generated from CPython's own Unicode database
//! (`text/unicode_data.rs`), because Rust's `char` methods follow a newer
//! Unicode version and lack some of the properties CPython uses.
//!
//! The module is split by topic:
//!
//! * [`index`]: `s[i]`, `s[a:b:c]`, iteration, `ord`, `chr`;
//! * [`methods`]: the `str` methods;
//! * [`builder`]: amortised `s += x` through an explicit string builder;
//! * [`format`]: `format(v, spec)`, f-string and `str.format` fields;
//! * [`percent`]: `fmt % args`.
//!
//! As elsewhere in the runtime, each operation that can raise is a pure
//! helper returning [`PyResult`](crate::error::PyResult) plus a thin
//! `extern "C-unwind"` wrapper that raises, so the unit tests (tables generated from
//! CPython by `scripts/gen_text_tests.py`) can check errors too.
//!
//! # Conventions of the C ABI
//!
//! * A `str` argument is a non-null `*const MgStr`. An *optional* `str`
//!   argument (Python default `None`, e.g. `sep` of `split`) is passed as a
//!   null pointer when omitted or `None`.
//! * Booleans are returned as `i64` 0 or 1.
//! * Optional `start`/`end` arguments of `find` and friends are passed as
//!   `0` and `i64::MAX` when omitted (or `None`): Python clamps both exactly
//!   like that.
//! * Results may share memory with arguments (strings are immutable), and
//!   may be static strings (the empty string, one-character ASCII strings).

use crate::object::{MgList, MgTuple, MgType};
use crate::MgStr;

mod builder;
mod case;
#[cfg(test)]
#[path = "../tests/data/text_cases.rs"]
mod cases;
mod format;
mod index;
mod methods;
mod percent;
#[cfg(test)]
mod tests;
mod unicode_data;

pub use builder::{mg_strbuf_append, mg_strbuf_len, mg_strbuf_new, mg_strbuf_value, MgStrBuf};
pub use format::{mg_format_bool, mg_format_float, mg_format_int, mg_format_none, mg_format_str};
pub use index::{mg_chr, mg_str_char_at, mg_str_getitem, mg_str_ord, mg_str_slice};
pub use methods::{
    mg_str_capitalize, mg_str_casefold, mg_str_center, mg_str_count, mg_str_endswith,
    mg_str_expandtabs, mg_str_find, mg_str_index, mg_str_isalnum, mg_str_isalpha, mg_str_isascii,
    mg_str_isdecimal, mg_str_isdigit, mg_str_isidentifier, mg_str_islower, mg_str_isnumeric,
    mg_str_isprintable, mg_str_isspace, mg_str_istitle, mg_str_isupper, mg_str_join, mg_str_ljust,
    mg_str_lower, mg_str_lstrip, mg_str_partition, mg_str_removeprefix, mg_str_removesuffix,
    mg_str_replace, mg_str_rfind, mg_str_rindex, mg_str_rjust, mg_str_rpartition, mg_str_rsplit,
    mg_str_rstrip, mg_str_split, mg_str_splitlines, mg_str_startswith, mg_str_strip,
    mg_str_swapcase, mg_str_title, mg_str_upper, mg_str_zfill,
};
pub use percent::mg_percent_format;

runtime_interface! {
    TEXT_DECLS, text_symbols;
    // Indexing by code point (see `text/index.rs`).
    fn mg_str_getitem(*const MgStr, i64) -> *const MgStr;
    fn mg_str_slice(*const MgStr, i64, i64, i64, i64) -> *const MgStr;
    fn mg_str_char_at(*const MgStr, i64) -> *const MgStr;
    fn mg_str_ord(*const MgStr) -> i64;
    fn mg_chr(i64) -> *const MgStr;

    // Methods (see `text/methods.rs`); null = omitted optional str.
    fn mg_str_split(*const MgStr, *const MgStr, i64) -> *mut MgList;
    fn mg_str_rsplit(*const MgStr, *const MgStr, i64) -> *mut MgList;
    fn mg_str_splitlines(*const MgStr, i64) -> *mut MgList;
    fn mg_str_join(*const MgStr, *const MgList) -> *const MgStr;
    fn mg_str_strip(*const MgStr, *const MgStr) -> *const MgStr;
    fn mg_str_lstrip(*const MgStr, *const MgStr) -> *const MgStr;
    fn mg_str_rstrip(*const MgStr, *const MgStr) -> *const MgStr;
    fn mg_str_removeprefix(*const MgStr, *const MgStr) -> *const MgStr;
    fn mg_str_removesuffix(*const MgStr, *const MgStr) -> *const MgStr;
    fn mg_str_upper(*const MgStr) -> *const MgStr;
    fn mg_str_lower(*const MgStr) -> *const MgStr;
    fn mg_str_title(*const MgStr) -> *const MgStr;
    fn mg_str_capitalize(*const MgStr) -> *const MgStr;
    fn mg_str_swapcase(*const MgStr) -> *const MgStr;
    fn mg_str_casefold(*const MgStr) -> *const MgStr;
    fn mg_str_replace(*const MgStr, *const MgStr, *const MgStr, i64) -> *const MgStr;
    fn mg_str_find(*const MgStr, *const MgStr, i64, i64) -> i64;
    fn mg_str_rfind(*const MgStr, *const MgStr, i64, i64) -> i64;
    fn mg_str_index(*const MgStr, *const MgStr, i64, i64) -> i64;
    fn mg_str_rindex(*const MgStr, *const MgStr, i64, i64) -> i64;
    fn mg_str_count(*const MgStr, *const MgStr, i64, i64) -> i64;
    fn mg_str_startswith(*const MgStr, *const MgStr, i64, i64) -> i64;
    fn mg_str_endswith(*const MgStr, *const MgStr, i64, i64) -> i64;
    fn mg_str_isdigit(*const MgStr) -> i64;
    fn mg_str_isalpha(*const MgStr) -> i64;
    fn mg_str_isalnum(*const MgStr) -> i64;
    fn mg_str_isspace(*const MgStr) -> i64;
    fn mg_str_isupper(*const MgStr) -> i64;
    fn mg_str_islower(*const MgStr) -> i64;
    fn mg_str_isdecimal(*const MgStr) -> i64;
    fn mg_str_isnumeric(*const MgStr) -> i64;
    fn mg_str_istitle(*const MgStr) -> i64;
    fn mg_str_isascii(*const MgStr) -> i64;
    fn mg_str_isprintable(*const MgStr) -> i64;
    fn mg_str_isidentifier(*const MgStr) -> i64;
    fn mg_str_zfill(*const MgStr, i64) -> *const MgStr;
    fn mg_str_center(*const MgStr, i64, *const MgStr) -> *const MgStr;
    fn mg_str_ljust(*const MgStr, i64, *const MgStr) -> *const MgStr;
    fn mg_str_rjust(*const MgStr, i64, *const MgStr) -> *const MgStr;
    fn mg_str_partition(*const MgStr, *const MgStr) -> *mut MgTuple;
    fn mg_str_rpartition(*const MgStr, *const MgStr) -> *mut MgTuple;
    fn mg_str_expandtabs(*const MgStr, i64) -> *const MgStr;

    // String builder for `s += x` in loops (see `text/builder.rs`).
    fn mg_strbuf_new(*const MgStr) -> *mut MgStrBuf;
    fn mg_strbuf_append(*mut MgStrBuf, *const MgStr) -> ();
    fn mg_strbuf_value(*mut MgStrBuf) -> *const MgStr;
    fn mg_strbuf_len(*mut MgStrBuf) -> i64;

    // format(value, spec) (see `text/format.rs`).
    fn mg_format_int(i64, *const MgStr) -> *const MgStr;
    fn mg_format_float(f64, *const MgStr) -> *const MgStr;
    fn mg_format_str(*const MgStr, *const MgStr) -> *const MgStr;
    fn mg_format_bool(i64, *const MgStr) -> *const MgStr;
    fn mg_format_none(*const MgStr) -> *const MgStr;

    // fmt % value (see `text/percent.rs`).
    fn mg_percent_format(*const MgStr, u64, *const MgType) -> *const MgStr;
}

/// A string with the [`MgStr`] layout whose bytes are known at compile
/// time, for results that need no allocation.
#[repr(C)]
struct StaticStr<const N: usize> {
    len: i64,
    nchars: i64,
    data: [u8; N],
}

impl<const N: usize> StaticStr<N> {
    fn as_ptr(&'static self) -> *const MgStr {
        (self as *const Self).cast()
    }
}

/// The empty string.
static EMPTY: StaticStr<0> = StaticStr {
    len: 0,
    nchars: 0,
    data: [],
};

/// The 128 one-character ASCII strings, so that indexing and iterating over
/// ASCII text never allocates.
static ASCII_CHARS: [StaticStr<1>; 128] = {
    let mut table = [const {
        StaticStr {
            len: 1,
            nchars: 1,
            data: [0],
        }
    }; 128];
    let mut i = 0;
    while i < 128 {
        table[i].data[0] = i as u8;
        i += 1;
    }
    table
};

/// The empty string.
pub(crate) fn empty_str() -> *const MgStr {
    EMPTY.as_ptr()
}

/// Size of the string header preceding the bytes.
const HEADER: usize = std::mem::size_of::<MgStr>();

/// Allocates an uninitialised string of `len` bytes and `nchars` code
/// points; the caller fills in the bytes through the returned pointer.
pub(crate) fn alloc_str(len: usize, nchars: usize) -> (*const MgStr, *mut u8) {
    let size = HEADER
        .checked_add(len)
        .and_then(|n| i64::try_from(n).ok())
        .unwrap_or_else(|| crate::error::raise("MemoryError", ""));
    let p = crate::mg_alloc_atomic(size) as *mut MgStr;
    // SAFETY: `p` is a fresh block of HEADER + len bytes, suitably aligned
    // for the header (GC blocks are at least 16-byte aligned).
    unsafe {
        (*p).len = len as i64;
        (*p).nchars = nchars as i64;
        (
            p as *const MgStr,
            std::ptr::addr_of_mut!((*p).data).cast::<u8>(),
        )
    }
}

/// The number of code points of UTF-8 text (counting the bytes that are not
/// continuation bytes, which vectorises well).
pub(crate) fn count_chars(text: &str) -> usize {
    text.bytes().filter(|&b| (b as i8) >= -0x40).count()
}

/// Copies `text`, which has `nchars` code points, into a new string.
pub(crate) fn new_str_n(text: &str, nchars: usize) -> *const MgStr {
    debug_assert_eq!(count_chars(text), nchars);
    match text.len() {
        0 => return empty_str(),
        1 => return ASCII_CHARS[text.as_bytes()[0] as usize].as_ptr(),
        _ => {}
    }
    let (s, data) = alloc_str(text.len(), nchars);
    // SAFETY: `data` has room for exactly `text.len()` bytes.
    unsafe { std::ptr::copy_nonoverlapping(text.as_ptr(), data, text.len()) };
    s
}

/// Copies `text` into a new string.
pub(crate) fn new_str(text: &str) -> *const MgStr {
    new_str_n(text, count_chars(text))
}

/// The one-character string `c`.
pub(crate) fn char_str(c: char) -> *const MgStr {
    if c.is_ascii() {
        ASCII_CHARS[c as usize].as_ptr()
    } else {
        let mut buf = [0u8; 4];
        new_str_n(c.encode_utf8(&mut buf), 1)
    }
}

/// `part` of the string `s` (whose text is `text`) as a string: `s` itself
/// when `part` is all of it, otherwise a copy.
///
/// # Safety
///
/// `s` must be a valid string whose text is `text`, and `part` must be a
/// substring of `text` or any other valid text.
pub(crate) unsafe fn substr(s: *const MgStr, text: &str, part: &str) -> *const MgStr {
    if part.len() == text.len() && std::ptr::eq(part.as_ptr(), text.as_ptr()) {
        s
    } else if text.len() == MgStr::nchars(s) as usize {
        // A piece of ASCII text is ASCII.
        new_str_n(part, part.len())
    } else {
        new_str(part)
    }
}

/// The text of an optional string argument (null for `None`).
///
/// # Safety
///
/// `p` must be null or a valid string.
pub(crate) unsafe fn opt_text<'a>(p: *const MgStr) -> Option<&'a str> {
    if p.is_null() {
        None
    } else {
        Some(MgStr::text(p))
    }
}

/// True if the string `s` is pure ASCII (its byte and code point counts
/// agree), which makes byte offsets and code point indexes the same.
///
/// # Safety
///
/// `s` must be a valid string.
pub(crate) unsafe fn is_ascii(s: *const MgStr) -> bool {
    (*s).len == (*s).nchars
}

/// Builds a `list[str]` from pieces of the string `s` (whose text is
/// `text`). The list is allocated first and filled one string at a time, so
/// that every new string is reachable from GC memory as soon as it exists.
///
/// # Safety
///
/// As for [`substr`], for every piece.
pub(crate) unsafe fn list_of_pieces(s: *const MgStr, text: &str, pieces: &[&str]) -> *mut MgList {
    let list = crate::object::new_list(crate::object::TYPE_STR.as_type(), pieces.len());
    for (i, piece) in pieces.iter().enumerate() {
        let item = substr(s, text, piece);
        *(*list).items.add(i) = item as u64;
    }
    list
}

/// Builds a boxed 3-tuple of strings (the result of `partition`).
pub(crate) fn tuple3(a: *const MgStr, b: *const MgStr, c: *const MgStr) -> *mut MgTuple {
    let t = crate::mg_alloc(std::mem::size_of::<MgTuple>() as i64 + 3 * 8) as *mut MgTuple;
    // SAFETY: the block has room for the length and three slots.
    unsafe {
        (*t).len = 3;
        let items = std::ptr::addr_of_mut!((*t).items).cast::<u64>();
        *items = a as u64;
        *items.add(1) = b as u64;
        *items.add(2) = c as u64;
    }
    t
}
