//! Character properties and case mappings, as CPython 3.11 defines them.
//!
//! The data is in [`unicode_data`](super::unicode_data), generated from
//! CPython's Unicode database; this module only looks it up and implements
//! the context-dependent rules on top of it (the final sigma of
//! `lower()`, the word logic of `title()`).

use super::unicode_data::{
    ASCII_FLAGS, CASED, CASE_IGNORABLE, CASE_MAP, CASE_MULTI, FLAG_RUNS, LOWER, MULTI_BASE, TITLE,
    UPPER,
};

pub(crate) use super::unicode_data::{
    ALPHA, DECIMAL, DIGIT, ID_CONTINUE, ID_START, LINEBREAK, NUMERIC, PRINTABLE, SPACE,
};

/// The property flags of `c` (see `unicode_data` for their meaning).
#[inline]
pub(crate) fn flags(c: char) -> u16 {
    let cp = c as u32;
    if cp < 128 {
        return ASCII_FLAGS[cp as usize];
    }
    let i = FLAG_RUNS.partition_point(|&(start, _)| start <= cp);
    // FLAG_RUNS starts at 0x80, so `i >= 1` for every non-ASCII code point.
    FLAG_RUNS[i - 1].1
}

/// True if `c` has any of the properties in `mask`.
#[inline]
pub(crate) fn has(c: char, mask: u16) -> bool {
    flags(c) & mask != 0
}

/// Python's `Py_UNICODE_ISSPACE`: what `str.split()` and `str.strip()`
/// treat as whitespace.
#[inline]
pub(crate) fn is_space(c: char) -> bool {
    has(c, SPACE)
}

/// The four full case mappings of `c`.
#[derive(Clone, Copy)]
pub(crate) enum Mapping {
    Lower = 0,
    Upper = 1,
    Title = 2,
    Fold = 3,
}

/// Appends the full case mapping `m` of `c` (one to three characters).
pub(crate) fn push_mapped(out: &mut String, c: char, m: Mapping) {
    let cp = c as u32;
    if cp < 128 {
        let b = cp as u8;
        out.push(match m {
            Mapping::Lower | Mapping::Fold => b.to_ascii_lowercase(),
            Mapping::Upper | Mapping::Title => b.to_ascii_uppercase(),
        } as char);
        return;
    }
    match CASE_MAP.binary_search_by_key(&cp, |e| e.0) {
        Err(_) => out.push(c),
        Ok(i) => {
            let e = CASE_MAP[i];
            let delta = [e.1, e.2, e.3, e.4][m as usize];
            if delta >= MULTI_BASE {
                out.push_str(CASE_MULTI[(delta - MULTI_BASE) as usize]);
            } else {
                let mapped = (cp as i32 + delta) as u32;
                // The table only holds valid scalar values.
                out.push(char::from_u32(mapped).unwrap_or(c));
            }
        }
    }
}

/// CPython's `handle_capital_sigma`: the lowercase of the capital sigma at
/// byte offset `pos` of `text` is the final form `ς` when it ends a word
/// (preceded by a cased letter and not followed by one, skipping
/// case-ignorable characters both ways), and `σ` otherwise.
fn lower_sigma(text: &str, pos: usize) -> char {
    let before = text[..pos].chars().rev().find(|&c| !has(c, CASE_IGNORABLE));
    let mut final_sigma = before.is_some_and(|c| has(c, CASED));
    if final_sigma {
        let after = text[pos + 'Σ'.len_utf8()..]
            .chars()
            .find(|&c| !has(c, CASE_IGNORABLE));
        final_sigma = !after.is_some_and(|c| has(c, CASED));
    }
    if final_sigma {
        'ς'
    } else {
        'σ'
    }
}

/// CPython's `lower_ucs4`: the lowercase of the character `c` at byte
/// offset `pos` of `text`, with the final-sigma rule.
fn push_lower_at(out: &mut String, text: &str, pos: usize, c: char) {
    if c == 'Σ' {
        out.push(lower_sigma(text, pos));
    } else {
        push_mapped(out, c, Mapping::Lower);
    }
}

/// `str.lower()`.
pub(crate) fn lower(text: &str) -> String {
    if text.is_ascii() {
        return text.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(text.len());
    for (pos, c) in text.char_indices() {
        push_lower_at(&mut out, text, pos, c);
    }
    out
}

/// `str.upper()`.
pub(crate) fn upper(text: &str) -> String {
    if text.is_ascii() {
        return text.to_ascii_uppercase();
    }
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        push_mapped(&mut out, c, Mapping::Upper);
    }
    out
}

/// `str.casefold()`.
pub(crate) fn casefold(text: &str) -> String {
    if text.is_ascii() {
        return text.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        push_mapped(&mut out, c, Mapping::Fold);
    }
    out
}

/// `str.swapcase()`: uppercase characters are lowercased (with the
/// final-sigma rule), lowercase ones uppercased.
pub(crate) fn swapcase(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for (pos, c) in text.char_indices() {
        let f = flags(c);
        if f & UPPER != 0 {
            push_lower_at(&mut out, text, pos, c);
        } else if f & LOWER != 0 {
            push_mapped(&mut out, c, Mapping::Upper);
        } else {
            out.push(c);
        }
    }
    out
}

/// `str.title()`: each character following a cased one is lowercased, every
/// other one title-cased.
pub(crate) fn title(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut previous_is_cased = false;
    for (pos, c) in text.char_indices() {
        if previous_is_cased {
            push_lower_at(&mut out, text, pos, c);
        } else {
            push_mapped(&mut out, c, Mapping::Title);
        }
        previous_is_cased = has(c, CASED);
    }
    out
}

/// `str.capitalize()`: the first character title-cased (as CPython does
/// since 3.8), the rest lowercased.
pub(crate) fn capitalize(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for (pos, c) in text.char_indices() {
        if pos == 0 {
            push_mapped(&mut out, c, Mapping::Title);
        } else {
            push_lower_at(&mut out, text, pos, c);
        }
    }
    out
}

/// The case conversions of `str`.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum Conversion {
    Upper,
    Lower,
    Title,
    Capitalize,
    Swapcase,
    Casefold,
}

/// Applies the conversion `kind` to `text`.
pub(crate) fn convert(kind: Conversion, text: &str) -> String {
    match kind {
        Conversion::Upper => upper(text),
        Conversion::Lower => lower(text),
        Conversion::Title => title(text),
        Conversion::Capitalize => capitalize(text),
        Conversion::Swapcase => swapcase(text),
        Conversion::Casefold => casefold(text),
    }
}

/// Applies the conversion `kind` to ASCII text `src`, writing the result
/// (which has the same length) to `dst`.
pub(crate) fn convert_ascii(kind: Conversion, src: &[u8], dst: &mut [u8]) {
    let mut previous_is_cased = false;
    for (i, (&b, out)) in src.iter().zip(dst.iter_mut()).enumerate() {
        *out = match kind {
            Conversion::Upper => b.to_ascii_uppercase(),
            Conversion::Lower | Conversion::Casefold => b.to_ascii_lowercase(),
            Conversion::Swapcase if b.is_ascii_uppercase() => b.to_ascii_lowercase(),
            Conversion::Swapcase => b.to_ascii_uppercase(),
            Conversion::Capitalize if i == 0 => b.to_ascii_uppercase(),
            Conversion::Capitalize => b.to_ascii_lowercase(),
            Conversion::Title => {
                let mapped = if previous_is_cased {
                    b.to_ascii_lowercase()
                } else {
                    b.to_ascii_uppercase()
                };
                previous_is_cased = b.is_ascii_alphabetic();
                mapped
            }
        };
    }
}

/// True if every character has one of the properties in `mask`, and there
/// is at least one character (`isalpha`, `isdigit`, ...).
pub(crate) fn all_have(text: &str, mask: u16) -> bool {
    !text.is_empty() && text.chars().all(|c| has(c, mask))
}

/// `str.islower()`: no uppercase or title-case character, and at least one
/// lowercase one.
pub(crate) fn is_lower(text: &str) -> bool {
    let mut chars = text.chars();
    if let (Some(c), None) = (chars.next(), chars.next()) {
        return has(c, LOWER);
    }
    let mut cased = false;
    for c in text.chars() {
        let f = flags(c);
        if f & (UPPER | TITLE) != 0 {
            return false;
        }
        cased |= f & LOWER != 0;
    }
    cased
}

/// `str.isupper()`: no lowercase or title-case character, and at least one
/// uppercase one.
pub(crate) fn is_upper(text: &str) -> bool {
    let mut chars = text.chars();
    if let (Some(c), None) = (chars.next(), chars.next()) {
        return has(c, UPPER);
    }
    let mut cased = false;
    for c in text.chars() {
        let f = flags(c);
        if f & (LOWER | TITLE) != 0 {
            return false;
        }
        cased |= f & UPPER != 0;
    }
    cased
}

/// `str.istitle()`: uppercase and title-case characters only follow uncased
/// ones, lowercase characters only cased ones, and there is at least one
/// cased character.
pub(crate) fn is_title(text: &str) -> bool {
    let mut chars = text.chars();
    if let (Some(c), None) = (chars.next(), chars.next()) {
        return has(c, UPPER | TITLE);
    }
    let mut cased = false;
    let mut previous_is_cased = false;
    for c in text.chars() {
        let f = flags(c);
        if f & (UPPER | TITLE) != 0 {
            if previous_is_cased {
                return false;
            }
            previous_is_cased = true;
            cased = true;
        } else if f & LOWER != 0 {
            if !previous_is_cased {
                return false;
            }
            previous_is_cased = true;
            cased = true;
        } else {
            previous_is_cased = false;
        }
    }
    cased
}

/// `str.isalnum()`: every character is alphabetic or numeric.
pub(crate) fn is_alnum(text: &str) -> bool {
    all_have(text, ALPHA | DECIMAL | DIGIT | NUMERIC)
}

/// `str.isprintable()` (true for the empty string).
pub(crate) fn is_printable(text: &str) -> bool {
    text.chars().all(|c| has(c, PRINTABLE))
}

/// `str.isidentifier()`.
pub(crate) fn is_identifier(text: &str) -> bool {
    let mut chars = text.chars();
    match chars.next() {
        Some(c) if has(c, ID_START) => chars.all(|c| has(c, ID_CONTINUE)),
        _ => false,
    }
}
