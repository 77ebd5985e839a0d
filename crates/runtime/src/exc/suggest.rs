//! The `. Did you mean: 'x'?` that CPython 3.11 appends to the report of an
//! uncaught `AttributeError` raised by a failed attribute read: a port of
//! `calculate_suggestions` and `levenshtein_distance` from
//! `Python/suggestions.c`, over the names `dir(obj)` lists.
//!
//! `dir(obj)` is computed when the report is printed, as CPython does:
//! the fields that are set on the object, the class-level names of its
//! class and user-defined bases (the code generator's `MgAttrTable`), the
//! names of the built-in exception bases and those `object` contributes.

use std::ffi::CStr;

use crate::object::{MgClass, MgObject, CLASS_EXCEPTION};
use crate::string::repr_string;
use crate::MgStr;

use super::{
    mg_class_AttributeError, mg_class_NameError, mg_class_StopIteration, mg_class_SystemExit,
};

const MAX_CANDIDATE_ITEMS: usize = 750;
const MAX_STRING_SIZE: usize = 40;
const MOVE_COST: usize = 2;
const CASE_COST: usize = 1;

/// What `object` contributes to `dir()` of an instance of a plain class in
/// CPython 3.11.
const OBJECT_NAMES: &[&str] = &[
    "__class__",
    "__delattr__",
    "__dict__",
    "__dir__",
    "__doc__",
    "__eq__",
    "__format__",
    "__ge__",
    "__getattribute__",
    "__getstate__",
    "__gt__",
    "__hash__",
    "__init__",
    "__init_subclass__",
    "__le__",
    "__lt__",
    "__module__",
    "__ne__",
    "__new__",
    "__reduce__",
    "__reduce_ex__",
    "__repr__",
    "__setattr__",
    "__sizeof__",
    "__str__",
    "__subclasshook__",
    "__weakref__",
];

/// What `BaseException` adds.
const EXCEPTION_NAMES: &[&str] = &[
    "__cause__",
    "__context__",
    "__setstate__",
    "__suppress_context__",
    "__traceback__",
    "add_note",
    "args",
    "with_traceback",
];

/// `substitution_cost`: 0 for the same byte, `CASE_COST` for an ASCII
/// case flip, `MOVE_COST` otherwise.
fn substitution_cost(a: u8, b: u8) -> usize {
    if a & 31 != b & 31 {
        // Not the same, not a case flip.
        return MOVE_COST;
    }
    if a == b {
        return 0;
    }
    if a.eq_ignore_ascii_case(&b) {
        return CASE_COST;
    }
    MOVE_COST
}

/// `levenshtein_distance`: the weighted edit distance of two UTF-8 byte
/// strings, or `max_cost + 1` (wrapping, as C's `size_t` does) as soon as
/// it must exceed `max_cost`.
pub(crate) fn levenshtein_distance<'a>(mut a: &'a [u8], mut b: &'a [u8], max_cost: usize) -> usize {
    // Trim away common affixes.
    while let (Some(x), Some(y)) = (a.first(), b.first()) {
        if x != y {
            break;
        }
        a = &a[1..];
        b = &b[1..];
    }
    while let (Some(x), Some(y)) = (a.last(), b.last()) {
        if x != y {
            break;
        }
        a = &a[..a.len() - 1];
        b = &b[..b.len() - 1];
    }
    if a.is_empty() || b.is_empty() {
        return (a.len() + b.len()) * MOVE_COST;
    }
    if a.len() > MAX_STRING_SIZE || b.len() > MAX_STRING_SIZE {
        return max_cost.wrapping_add(1);
    }
    // Prefer the shorter buffer.
    if b.len() < a.len() {
        std::mem::swap(&mut a, &mut b);
    }
    // Quick fail when a match is impossible.
    if (b.len() - a.len()) * MOVE_COST > max_cost {
        return max_cost.wrapping_add(1);
    }
    // One row of the matrix, updated in place: buffer[i] is the cost from
    // b[..b_index] to a[..i + 1].
    let mut buffer = [0usize; MAX_STRING_SIZE];
    for (i, slot) in buffer.iter_mut().take(a.len()).enumerate() {
        *slot = (i + 1) * MOVE_COST;
    }
    let mut result = 0;
    for (b_index, &code) in b.iter().enumerate() {
        let mut distance = b_index * MOVE_COST;
        result = distance;
        let mut minimum = usize::MAX;
        for (index, &ac) in a.iter().enumerate() {
            // 1) substitute: cost(b[..b_index], a[..index]) + the swap.
            let substitute = distance + substitution_cost(code, ac);
            // 2) delete from b: cost(b[..b_index], a[..index + 1]).
            distance = buffer[index];
            // 3) delete from a: cost(b[..b_index + 1], a[..index]).
            let insert_delete = result.min(distance) + MOVE_COST;
            result = insert_delete.min(substitute);
            buffer[index] = result;
            minimum = minimum.min(result);
        }
        if minimum > max_cost {
            // Everything in this row is too big, so bail early.
            return max_cost.wrapping_add(1);
        }
    }
    result
}

/// `PyUnicode_CompareWithASCIIString(name, item) == 0`: the code points of
/// `name` against the bytes of `item`.
fn same_name(name: &str, item: &[u8]) -> bool {
    name.chars()
        .map(u32::from)
        .eq(item.iter().map(|&b| u32::from(b)))
}

/// `calculate_suggestions`: the candidate of `dir` (sorted, as `dir()`
/// returns it) nearest to `name`, if one is near enough.
pub(crate) fn calculate_suggestions<'d>(dir: &[&'d [u8]], name: &str) -> Option<&'d [u8]> {
    if dir.len() >= MAX_CANDIDATE_ITEMS {
        return None;
    }
    let mut suggestion_distance = isize::MAX;
    let mut suggestion = None;
    let name_size = name.len() as isize;
    for &item in dir {
        if same_name(name, item) {
            continue;
        }
        // No more than 1/3 of the involved characters should need changed.
        let mut max_distance = (name_size + item.len() as isize + 3) * MOVE_COST as isize / 6;
        // Don't take matches we've already beaten.
        max_distance = max_distance.min(suggestion_distance - 1);
        let current_distance =
            levenshtein_distance(name.as_bytes(), item, max_distance as usize) as isize;
        if current_distance > max_distance {
            continue;
        }
        if suggestion.is_none() || current_distance < suggestion_distance {
            suggestion = Some(item);
            suggestion_distance = current_distance;
        }
    }
    suggestion
}

/// `dir(obj)` for an instance of a user class: sorted, without
/// duplicates.
///
/// # Safety
/// `obj` must be a valid instance whose class chain is valid.
unsafe fn dir_of(obj: *const MgObject) -> Vec<&'static [u8]> {
    let cls: &MgClass = &*(*obj).cls;
    let mut dir: Vec<&'static [u8]> = OBJECT_NAMES.iter().map(|s| s.as_bytes()).collect();
    if let Some(t) = cls.ancestry().find_map(|c| c.attrs.as_ref()) {
        let mut p = t.names;
        let nfields = t.nfields as usize;
        for i in 0..nfields + t.nnames as usize {
            let s = CStr::from_ptr(p).to_bytes();
            p = p.add(s.len() + 1);
            if i < nfields {
                let [word, mask] = *t.fields.add(i);
                let w = *(obj as *const i64).add(word as usize);
                if w & mask == 0 {
                    continue;
                }
            }
            dir.push(s);
        }
    }
    if cls.flags & CLASS_EXCEPTION != 0 {
        dir.extend(EXCEPTION_NAMES.iter().map(|s| s.as_bytes()));
    }
    for c in cls.ancestry() {
        let extra: &[&str] = if std::ptr::eq(c, &mg_class_AttributeError) {
            &["name", "obj"]
        } else if std::ptr::eq(c, &mg_class_NameError) {
            &["name"]
        } else if std::ptr::eq(c, &mg_class_StopIteration) {
            &["value"]
        } else if std::ptr::eq(c, &mg_class_SystemExit) {
            &["code"]
        } else {
            &[]
        };
        dir.extend(extra.iter().map(|s| s.as_bytes()));
    }
    dir.sort_unstable();
    dir.dedup();
    dir
}

/// The trailer CPython's report prints after the message of an
/// `AttributeError` for attribute `name` of `obj`: `. Did you mean:
/// 'x'?`, or nothing.
///
/// # Safety
/// `obj` must be a valid instance and `name` a valid string.
pub(crate) unsafe fn attr_suggestion(obj: *const MgObject, name: *const MgStr) -> Option<String> {
    let dir = dir_of(obj);
    let s = calculate_suggestions(&dir, MgStr::text(name))?;
    let s = std::str::from_utf8(s).ok()?;
    Some(format!(". Did you mean: {}?", repr_string(s)))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The suggestion for reading `name` of an instance of a plain class
    /// with the class attributes `attrs`.
    fn suggest<'a>(attrs: &[&'a str], name: &str) -> Option<&'a str> {
        let mut d: Vec<&[u8]> = attrs.iter().map(|s| s.as_bytes()).collect();
        d.extend(OBJECT_NAMES.iter().map(|s| s.as_bytes()));
        d.sort_unstable();
        let s = calculate_suggestions(&d, name)?;
        attrs.iter().copied().find(|a| a.as_bytes() == s)
    }

    #[test]
    fn distances() {
        let l = |a: &str, b: &str| levenshtein_distance(a.as_bytes(), b.as_bytes(), 1000);
        assert_eq!(l("", ""), 0);
        assert_eq!(l("abc", "abc"), 0);
        assert_eq!(l("abc", ""), 6);
        assert_eq!(l("a", "A"), CASE_COST);
        assert_eq!(l("blech", "bluch"), MOVE_COST);
        assert_eq!(l("kitten", "sitting"), 3 * MOVE_COST);
        assert_eq!(l("ABC", "abc"), 3 * CASE_COST);
        // Same low five bits, not a case flip: '@' and '`'.
        assert_eq!(l("@", "`"), MOVE_COST);
        // Over the limit after trimming.
        let long_a = "x".repeat(41);
        let long_b = "y".repeat(41);
        assert_eq!(
            levenshtein_distance(long_a.as_bytes(), long_b.as_bytes(), 7),
            8
        );
        // Quick fail, and early bail-out of a row.
        assert_eq!(levenshtein_distance(b"a", b"abcdef", 3), 10);
        assert_eq!(levenshtein_distance(b"ax", b"abcdef", 3), 4);
        assert_eq!(levenshtein_distance(b"abcd", b"wxyz", 3), 4);
    }

    /// CPython 3.11's `test_getattr_suggestions` and the tests after it
    /// (`Lib/test/test_exceptions.py`), and a few more cases, all checked
    /// against `python3.11`.
    #[test]
    fn cpython_examples() {
        let noise = ["noise", "more_noise", "a", "bc"];
        for (near, name) in [("blech", "bluch"), ("blch", "bluch"), ("bluchin", "bluch")] {
            let mut attrs = noise.to_vec();
            attrs.push(near);
            assert_eq!(suggest(&attrs, name), Some(near), "{near}");
        }
        assert_eq!(suggest(&["blach", "bluc"], "bluch"), Some("blach"));
        assert_eq!(suggest(&["blach", "bluchi"], "bluch"), Some("blach"));
        assert_eq!(suggest(&["blucha", "bluc"], "bluch"), Some("bluc"));
        assert_eq!(suggest(&["blech"], "somethingverywrong"), None);
        for name in ["b", "v", "m", "py"] {
            assert_eq!(suggest(&["vvv", "mom", "w", "id", "pytho"], name), None);
        }
        // Too many candidates.
        let mut big: Vec<String> = (0..2000).map(|i| format!("index_{i}")).collect();
        big.push("blech".into());
        let big: Vec<&str> = big.iter().map(|s| s.as_str()).collect();
        assert_eq!(suggest(&big, "bluch"), None);
        // The name itself is never suggested.
        assert_eq!(suggest(&["blech"], "blech"), None);
        // Case flips cost less than other substitutions, but not nothing.
        assert_eq!(suggest(&["Blech", "bluch"], "blech"), Some("Blech"));
        assert_eq!(suggest(&["BLECH"], "blech"), None);
        // The first best candidate in sorted order wins.
        assert_eq!(suggest(&["ab", "ba"], "aa"), Some("ab"));
        assert_eq!(suggest(&["label"], "level"), Some("label"));
    }

    #[test]
    fn utf8_sizes() {
        // Sizes are UTF-8 byte lengths: "é" costs two bytes.
        assert_eq!(levenshtein_distance("é".as_bytes(), b"e", 100), 4);
        assert_eq!(suggest(&["caf"], "café"), None);
        assert_eq!(suggest(&["cafe"], "café"), Some("cafe"));
    }
}
