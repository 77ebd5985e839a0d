//! A string builder, so that `s += x` in a loop takes linear time.
//!
//! # Why an explicit builder
//!
//! CPython makes `s += x` fast by resizing `s` in place when its reference
//! count shows that nothing else refers to it. multigen has no reference
//! counts, and a `str` header (length, then the bytes) cannot be shared by
//! two strings of different lengths, so the runtime cannot tell when
//! extending a string in place would be safe. Instead the code generator
//! keeps a local `str` variable that is built up by `+=` in a loop as a
//! builder ([`MgStrBuf`]) and asks it for the value where the variable is
//! read:
//!
//! ```text
//! s = ""                      b = mg_strbuf_new("")
//! for ...:                    for ...:
//!     s += piece                  mg_strbuf_append(b, piece)
//! print(s)                    print(mg_strbuf_value(b))
//! ```
//!
//! `len(s)` can use [`mg_strbuf_len`] without materialising the value.
//!
//! # Design
//!
//! The builder owns one GC block laid out as a string: the [`MgStr`] header
//! followed by `cap` bytes, of which the first `len` are the text so far.
//! Appending copies the new bytes after them, doubling the block when it is
//! full, so a sequence of appends costs amortised O(1) per byte.
//!
//! [`mg_strbuf_value`] writes the current length into the block's header
//! and returns the block itself: no copy. The returned string must never
//! change, so the block is then *frozen*: later appends may still write
//! bytes past the frozen length (the snapshot does not see them), but the
//! next `mg_strbuf_value` after new appends must not rewrite the header,
//! and copies the text into a fresh block (with spare capacity) instead.
//! Reading the value once per append therefore costs a copy per read, as
//! plain concatenation would; the builder only pays off when appends
//! outnumber reads, which is the loop it is made for.
//!
//! A builder created from an existing string starts out frozen on that
//! string (so creation is O(1) and never writes into it), with no spare
//! capacity: the first append moves the text into a block of its own.

use super::{alloc_str, count_chars, HEADER};
use crate::MgStr;

/// A string under construction (see the module documentation). Allocated
/// in GC memory; compiled code treats it as opaque.
#[repr(C)]
pub struct MgStrBuf {
    /// The block: a string header followed by `cap` bytes.
    block: *mut MgStr,
    /// Bytes available after the header.
    cap: i64,
    /// Bytes of text so far.
    len: i64,
    /// Code points of text so far.
    nchars: i64,
    /// Nonzero when `block` has been handed out as a string, whose header
    /// must therefore never change.
    frozen: i64,
}

/// The text bytes of a builder's block.
///
/// # Safety
///
/// `b` must be a valid builder.
unsafe fn data(b: *mut MgStrBuf) -> *mut u8 {
    std::ptr::addr_of_mut!((*(*b).block).data).cast::<u8>()
}

/// Moves the text into a new, unfrozen block with room for `cap` bytes
/// (at least the current length).
///
/// # Safety
///
/// `b` must be a valid builder.
unsafe fn regrow(b: *mut MgStrBuf, cap: i64) {
    let cap = cap.max((*b).len).max(32);
    let (block, bytes) = alloc_str(cap as usize, 0);
    std::ptr::copy_nonoverlapping(data(b), bytes, (*b).len as usize);
    (*b).block = block as *mut MgStr;
    (*b).cap = cap;
    (*b).frozen = 0;
}

/// Starts a builder whose text is `init` (null for the empty string).
///
/// # Safety
///
/// `init` must be null or a valid string.
#[no_mangle]
pub unsafe extern "C-unwind" fn mg_strbuf_new(init: *const MgStr) -> *mut MgStrBuf {
    let b = crate::mg_alloc(std::mem::size_of::<MgStrBuf>() as i64) as *mut MgStrBuf;
    let init = if init.is_null() {
        super::empty_str()
    } else {
        init
    };
    b.write(MgStrBuf {
        block: init as *mut MgStr,
        cap: (*init).len,
        len: (*init).len,
        nchars: (*init).nchars,
        frozen: 1,
    });
    b
}

/// Appends the string `s` to the builder (`text += s`).
///
/// # Safety
///
/// `b` must be a builder from [`mg_strbuf_new`], `s` a valid string.
#[no_mangle]
pub unsafe extern "C-unwind" fn mg_strbuf_append(b: *mut MgStrBuf, s: *const MgStr) {
    let bytes = MgStr::bytes(s);
    if bytes.is_empty() {
        return;
    }
    let need = (*b)
        .len
        .checked_add(bytes.len() as i64)
        .filter(|&n| (n as usize) < isize::MAX as usize - HEADER)
        .unwrap_or_else(|| crate::error::raise("OverflowError", "strings are too large to concat"));
    if need > (*b).cap {
        regrow(b, need.max((*b).cap.saturating_mul(2)));
    }
    std::ptr::copy_nonoverlapping(bytes.as_ptr(), data(b).add((*b).len as usize), bytes.len());
    (*b).len = need;
    (*b).nchars += MgStr::nchars(s);
}

/// The builder's current text as a string. O(1) unless the text changed
/// since the previous call (then one copy); see the module documentation.
///
/// # Safety
///
/// `b` must be a builder from [`mg_strbuf_new`].
#[no_mangle]
pub unsafe extern "C-unwind" fn mg_strbuf_value(b: *mut MgStrBuf) -> *const MgStr {
    let block = (*b).block;
    if (*b).frozen != 0 {
        if (*block).len == (*b).len {
            return block;
        }
        // The block's header belongs to an earlier value: copy.
        regrow(b, (*b).len + (*b).len / 2);
    }
    let block = (*b).block;
    (*block).len = (*b).len;
    (*block).nchars = (*b).nchars;
    (*b).frozen = 1;
    debug_assert_eq!(
        count_chars(MgStr::text(block)) as i64,
        (*b).nchars,
        "builder code point count"
    );
    block
}

/// `len()` of the builder's text, in code points.
///
/// # Safety
///
/// `b` must be a builder from [`mg_strbuf_new`].
#[no_mangle]
pub unsafe extern "C-unwind" fn mg_strbuf_len(b: *mut MgStrBuf) -> i64 {
    (*b).nchars
}
