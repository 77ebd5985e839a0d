//! `range` objects as values: length, membership, indexing, equality and
//! repr. Compiled code keeps a range as three integers (start, stop, step)
//! and calls these for everything but iteration, which it open-codes.

use crate::error::raise;
use crate::MgStr;

runtime_interface! {
    RANGE_DECLS, range_symbols;
    fn mg_range_len(i64, i64, i64) -> i64;
    fn mg_range_contains(i64, i64, i64, i64) -> i64;
    fn mg_range_getitem(i64, i64, i64, i64) -> i64;
    fn mg_range_eq(i64, i64, i64, i64, i64, i64) -> i64;
    fn mg_range_repr(i64, i64, i64) -> *const MgStr;
}

/// The number of values of `range(start, stop, step)` (`step != 0`), as
/// CPython computes it; a length beyond 64 bits raises OverflowError.
pub(crate) fn len(start: i64, stop: i64, step: i64) -> i64 {
    let (lo, hi, step) = if step > 0 {
        (start as i128, stop as i128, step as i128)
    } else {
        (stop as i128, start as i128, -(step as i128))
    };
    if lo >= hi {
        return 0;
    }
    let n = (hi - lo - 1) / step + 1;
    i64::try_from(n).unwrap_or_else(|_| {
        raise(
            "OverflowError",
            "Python int too large to convert to C ssize_t",
        )
    })
}

/// `len(range(start, stop, step))`.
#[no_mangle]
pub extern "C-unwind" fn mg_range_len(start: i64, stop: i64, step: i64) -> i64 {
    len(start, stop, step)
}

/// `x in range(start, stop, step)`.
#[no_mangle]
pub extern "C-unwind" fn mg_range_contains(start: i64, stop: i64, step: i64, x: i64) -> i64 {
    let inside = if step > 0 {
        start <= x && x < stop
    } else {
        stop < x && x <= start
    };
    (inside && (x as i128 - start as i128) % step as i128 == 0) as i64
}

/// `range(start, stop, step)[i]`, negative indices counting from the end.
#[no_mangle]
pub extern "C-unwind" fn mg_range_getitem(start: i64, stop: i64, step: i64, i: i64) -> i64 {
    let n = len(start, stop, step);
    let k = if i < 0 {
        i as i128 + n as i128
    } else {
        i as i128
    };
    if k < 0 || k >= n as i128 {
        raise("IndexError", "range object index out of range");
    }
    (start as i128 + k * step as i128) as i64
}

/// `r1 == r2`: ranges are equal when they produce the same values.
#[no_mangle]
pub extern "C-unwind" fn mg_range_eq(s1: i64, e1: i64, t1: i64, s2: i64, e2: i64, t2: i64) -> i64 {
    let (n1, n2) = (len(s1, e1, t1), len(s2, e2, t2));
    let same = n1 == n2 && (n1 == 0 || (s1 == s2 && (n1 == 1 || t1 == t2)));
    same as i64
}

/// `repr(range(...))`: `range(0, 5)`, or with the step when it is not 1.
#[no_mangle]
pub extern "C-unwind" fn mg_range_repr(start: i64, stop: i64, step: i64) -> *const MgStr {
    let text = if step == 1 {
        format!("range({start}, {stop})")
    } else {
        format!("range({start}, {stop}, {step})")
    };
    crate::text::new_str(&text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lengths_match_cpython() {
        // len(range(...)) from python3.
        assert_eq!(len(0, 10, 3), 4);
        assert_eq!(len(10, 0, -3), 4);
        assert_eq!(len(5, 5, 1), 0);
        assert_eq!(len(-3, 3, 1), 6);
        assert_eq!(len(0, 100, 7), 15);
        assert_eq!(len(10, 0, 1), 0);
        assert_eq!(len(i64::MIN, i64::MAX, i64::MAX), 3);
    }

    #[test]
    fn membership_and_equality() {
        assert_eq!(mg_range_contains(3, 15, 4, 7), 1);
        assert_eq!(mg_range_contains(3, 15, 4, 8), 0);
        assert_eq!(mg_range_contains(10, 0, -3, 4), 1);
        assert_eq!(mg_range_contains(10, 0, -3, 0), 0);
        assert_eq!(mg_range_eq(0, 0, 1, 5, 2, 3), 1);
        assert_eq!(mg_range_eq(0, 3, 1, 0, 3, 2), 0);
        assert_eq!(mg_range_eq(1, 2, 1, 1, 5, 7), 1);
        assert_eq!(mg_range_getitem(3, 15, 4, -1), 11);
    }
}
