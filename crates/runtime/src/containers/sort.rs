//! CPython's list sort (timsort with the powersort merge policy of 3.11),
//! ported step by step from `Objects/listobject.c`.
//!
//! For keys with a consistent total order any stable sort gives the same
//! result; the port exists so that the result also matches CPython when the
//! order is not consistent (NaNs among floats, sets ordered by inclusion),
//! where the outcome depends on exactly which pairs the algorithm compares.
//! Only `<` is ever used, as in CPython.
//!
//! The arrays being sorted are GC memory (the list's item array and a key
//! array), and so are the temporary merge areas: the values being moved are
//! pointers to GC objects, and the only copy of one may sit in a temporary
//! area for a while. The stack of pending runs holds offsets, not pointers.

use crate::error::PyResult;

use super::mem::alloc_slots;
use super::value::Slot;

/// The comparison: `Ok(true)` iff `a < b`.
pub(crate) type Lt<'a> = &'a mut dyn FnMut(Slot, Slot) -> PyResult<bool>;

/// CPython's `MIN_GALLOP`.
const MIN_GALLOP: isize = 7;

/// CPython's `sortslice`: keys, and the values that move with them (null
/// when the keys are the values).
#[derive(Clone, Copy)]
struct SortSlice {
    keys: *mut Slot,
    values: *mut Slot,
}

impl SortSlice {
    fn advance(self, n: isize) -> SortSlice {
        SortSlice {
            keys: self.keys.wrapping_offset(n),
            values: if self.values.is_null() {
                self.values
            } else {
                self.values.wrapping_offset(n)
            },
        }
    }

    /// `self[i] = src[j]`.
    unsafe fn copy_from(self, i: isize, src: SortSlice, j: isize) {
        *self.keys.offset(i) = *src.keys.offset(j);
        if !self.values.is_null() {
            *self.values.offset(i) = *src.values.offset(j);
        }
    }

    /// `memcpy(&self[i], &src[j], n)`.
    unsafe fn memcpy(self, i: isize, src: SortSlice, j: isize, n: isize) {
        std::ptr::copy_nonoverlapping(src.keys.offset(j), self.keys.offset(i), n as usize);
        if !self.values.is_null() {
            std::ptr::copy_nonoverlapping(src.values.offset(j), self.values.offset(i), n as usize);
        }
    }

    /// `memmove(&self[i], &src[j], n)`.
    unsafe fn memmove(self, i: isize, src: SortSlice, j: isize, n: isize) {
        std::ptr::copy(src.keys.offset(j), self.keys.offset(i), n as usize);
        if !self.values.is_null() {
            std::ptr::copy(src.values.offset(j), self.values.offset(i), n as usize);
        }
    }

    /// `*dst++ = *src++`.
    unsafe fn copy_incr(dst: &mut SortSlice, src: &mut SortSlice) {
        dst.copy_from(0, *src, 0);
        *dst = dst.advance(1);
        *src = src.advance(1);
    }

    /// `*dst-- = *src--`.
    unsafe fn copy_decr(dst: &mut SortSlice, src: &mut SortSlice) {
        dst.copy_from(0, *src, 0);
        *dst = dst.advance(-1);
        *src = src.advance(-1);
    }

    /// Reverses the first `n` entries.
    unsafe fn reverse(self, n: isize) {
        std::slice::from_raw_parts_mut(self.keys, n as usize).reverse();
        if !self.values.is_null() {
            std::slice::from_raw_parts_mut(self.values, n as usize).reverse();
        }
    }
}

/// A pending run: offset from the base of the arrays, length and powersort
/// power.
#[derive(Clone, Copy)]
struct Run {
    off: isize,
    len: isize,
    power: i32,
}

/// How a merge loop ended (CPython's `goto` targets).
enum Exit {
    Succeed,
    Copy,
    Fail(crate::error::PyErr),
}

/// CPython's `MergeState`.
struct MergeState<'a, 'b> {
    lt: &'a mut Lt<'b>,
    min_gallop: isize,
    listlen: isize,
    base: SortSlice,
    /// Temporary storage for merges; `a.values` is null iff `base.values`
    /// is.
    a: SortSlice,
    alloced: isize,
    /// Whether the temporary storage must be scanned by the collector.
    pointers: bool,
    pending: Vec<Run>,
}

/// CPython's `merge_compute_minrun`.
fn compute_minrun(mut n: isize) -> isize {
    let mut r = 0;
    while n >= 64 {
        r |= n & 1;
        n >>= 1;
    }
    n + r
}

/// CPython's `powerloop`: the power of the run boundary between the run of
/// length `n1` at `s1` and the following run of length `n2`, in a list of
/// length `n`.
fn powerloop(s1: isize, n1: isize, n2: isize, n: isize) -> i32 {
    let mut result = 0;
    let mut a = 2 * s1 + n1;
    let mut b = a + n1 + n2;
    loop {
        result += 1;
        if a >= n {
            a -= n;
            b -= n;
        } else if b >= n {
            break;
        }
        a <<= 1;
        b <<= 1;
    }
    result
}

/// Evaluates a comparison inside a merge loop, leaving the loop with
/// `Exit::Fail` on error.
macro_rules! try_or_fail {
    ($label:lifetime, $e:expr) => {
        match $e {
            Ok(v) => v,
            Err(err) => break $label Exit::Fail(err),
        }
    };
}

impl MergeState<'_, '_> {
    fn lt(&mut self, a: Slot, b: Slot) -> PyResult<bool> {
        (self.lt)(a, b)
    }

    /// Ensures room for `need` entries of temporary storage.
    fn getmem(&mut self, need: isize) {
        if need <= self.alloced {
            return;
        }
        let keys = alloc_slots(need as usize, self.pointers);
        let values = if self.base.values.is_null() {
            std::ptr::null_mut()
        } else {
            alloc_slots(need as usize, self.pointers)
        };
        self.a = SortSlice { keys, values };
        self.alloced = need;
    }

    /// CPython's `binarysort`: sorts `lo[0..hi]` by binary insertion, given
    /// that `lo[0..start]` is already sorted.
    unsafe fn binarysort(&mut self, lo: SortSlice, hi: isize, mut start: isize) -> PyResult<()> {
        if start == 0 {
            start += 1;
        }
        while start < hi {
            let mut l = 0;
            let mut r = start;
            let pivot = *lo.keys.offset(r);
            loop {
                let p = l + ((r - l) >> 1);
                if self.lt(pivot, *lo.keys.offset(p))? {
                    r = p;
                } else {
                    l = p + 1;
                }
                if l >= r {
                    break;
                }
            }
            std::ptr::copy(
                lo.keys.offset(l),
                lo.keys.offset(l + 1),
                (start - l) as usize,
            );
            *lo.keys.offset(l) = pivot;
            if !lo.values.is_null() {
                let pv = *lo.values.offset(start);
                std::ptr::copy(
                    lo.values.offset(l),
                    lo.values.offset(l + 1),
                    (start - l) as usize,
                );
                *lo.values.offset(l) = pv;
            }
            start += 1;
        }
        Ok(())
    }

    /// CPython's `count_run` (3.11): the length of the run at `lo` (at most
    /// `n`), and whether it is strictly descending.
    unsafe fn count_run(&mut self, lo: *mut Slot, n: isize) -> PyResult<(isize, bool)> {
        if n == 1 {
            return Ok((1, false));
        }
        let mut len = 2;
        if self.lt(*lo.offset(1), *lo)? {
            while len < n && self.lt(*lo.offset(len), *lo.offset(len - 1))? {
                len += 1;
            }
            Ok((len, true))
        } else {
            while len < n && !self.lt(*lo.offset(len), *lo.offset(len - 1))? {
                len += 1;
            }
            Ok((len, false))
        }
    }

    /// CPython's `gallop_left`: the `k` in `0..=n` with
    /// `a[k-1] < key <= a[k]`, searching from `hint`.
    unsafe fn gallop_left(
        &mut self,
        key: Slot,
        a: *mut Slot,
        n: isize,
        hint: isize,
    ) -> PyResult<isize> {
        let ah = a.offset(hint);
        let mut lastofs = 0;
        let mut ofs = 1;
        if self.lt(*ah, key)? {
            let maxofs = n - hint;
            while ofs < maxofs {
                if self.lt(*ah.offset(ofs), key)? {
                    lastofs = ofs;
                    ofs = (ofs << 1) + 1;
                } else {
                    break;
                }
            }
            if ofs > maxofs {
                ofs = maxofs;
            }
            lastofs += hint;
            ofs += hint;
        } else {
            let maxofs = hint + 1;
            while ofs < maxofs {
                if self.lt(*ah.offset(-ofs), key)? {
                    break;
                }
                lastofs = ofs;
                ofs = (ofs << 1) + 1;
            }
            if ofs > maxofs {
                ofs = maxofs;
            }
            let k = lastofs;
            lastofs = hint - ofs;
            ofs = hint - k;
        }
        lastofs += 1;
        while lastofs < ofs {
            let m = lastofs + ((ofs - lastofs) >> 1);
            if self.lt(*a.offset(m), key)? {
                lastofs = m + 1;
            } else {
                ofs = m;
            }
        }
        Ok(ofs)
    }

    /// CPython's `gallop_right`: the `k` in `0..=n` with
    /// `a[k-1] <= key < a[k]`, searching from `hint`.
    unsafe fn gallop_right(
        &mut self,
        key: Slot,
        a: *mut Slot,
        n: isize,
        hint: isize,
    ) -> PyResult<isize> {
        let ah = a.offset(hint);
        let mut lastofs = 0;
        let mut ofs = 1;
        if self.lt(key, *ah)? {
            let maxofs = hint + 1;
            while ofs < maxofs {
                if self.lt(key, *ah.offset(-ofs))? {
                    lastofs = ofs;
                    ofs = (ofs << 1) + 1;
                } else {
                    break;
                }
            }
            if ofs > maxofs {
                ofs = maxofs;
            }
            let k = lastofs;
            lastofs = hint - ofs;
            ofs = hint - k;
        } else {
            let maxofs = n - hint;
            while ofs < maxofs {
                if self.lt(key, *ah.offset(ofs))? {
                    break;
                }
                lastofs = ofs;
                ofs = (ofs << 1) + 1;
            }
            if ofs > maxofs {
                ofs = maxofs;
            }
            lastofs += hint;
            ofs += hint;
        }
        lastofs += 1;
        while lastofs < ofs {
            let m = lastofs + ((ofs - lastofs) >> 1);
            if self.lt(key, *a.offset(m))? {
                ofs = m;
            } else {
                lastofs = m + 1;
            }
        }
        Ok(ofs)
    }

    /// CPython's `merge_lo`: merges the `na` entries at `ssa` with the `nb`
    /// entries following them, with `na <= nb`.
    unsafe fn merge_lo(
        &mut self,
        mut ssa: SortSlice,
        mut na: isize,
        mut ssb: SortSlice,
        mut nb: isize,
    ) -> PyResult<()> {
        self.getmem(na);
        self.a.memcpy(0, ssa, 0, na);
        let mut dest = ssa;
        ssa = self.a;
        SortSlice::copy_incr(&mut dest, &mut ssb);
        nb -= 1;
        let exit = 'merge: {
            if nb == 0 {
                break 'merge Exit::Succeed;
            }
            if na == 1 {
                break 'merge Exit::Copy;
            }
            let mut min_gallop = self.min_gallop;
            loop {
                let mut acount: isize = 0;
                let mut bcount: isize = 0;
                loop {
                    if try_or_fail!('merge, self.lt(*ssb.keys, *ssa.keys)) {
                        SortSlice::copy_incr(&mut dest, &mut ssb);
                        bcount += 1;
                        acount = 0;
                        nb -= 1;
                        if nb == 0 {
                            break 'merge Exit::Succeed;
                        }
                        if bcount >= min_gallop {
                            break;
                        }
                    } else {
                        SortSlice::copy_incr(&mut dest, &mut ssa);
                        acount += 1;
                        bcount = 0;
                        na -= 1;
                        if na == 1 {
                            break 'merge Exit::Copy;
                        }
                        if acount >= min_gallop {
                            break;
                        }
                    }
                }
                min_gallop += 1;
                loop {
                    min_gallop -= isize::from(min_gallop > 1);
                    self.min_gallop = min_gallop;
                    let k = try_or_fail!('merge, self.gallop_right(*ssb.keys, ssa.keys, na, 0));
                    acount = k;
                    if k != 0 {
                        dest.memcpy(0, ssa, 0, k);
                        dest = dest.advance(k);
                        ssa = ssa.advance(k);
                        na -= k;
                        if na == 1 {
                            break 'merge Exit::Copy;
                        }
                        if na == 0 {
                            break 'merge Exit::Succeed;
                        }
                    }
                    SortSlice::copy_incr(&mut dest, &mut ssb);
                    nb -= 1;
                    if nb == 0 {
                        break 'merge Exit::Succeed;
                    }
                    let k = try_or_fail!('merge, self.gallop_left(*ssa.keys, ssb.keys, nb, 0));
                    bcount = k;
                    if k != 0 {
                        dest.memmove(0, ssb, 0, k);
                        dest = dest.advance(k);
                        ssb = ssb.advance(k);
                        nb -= k;
                        if nb == 0 {
                            break 'merge Exit::Succeed;
                        }
                    }
                    SortSlice::copy_incr(&mut dest, &mut ssa);
                    na -= 1;
                    if na == 1 {
                        break 'merge Exit::Copy;
                    }
                    if !(acount >= MIN_GALLOP || bcount >= MIN_GALLOP) {
                        break;
                    }
                }
                min_gallop += 1;
                self.min_gallop = min_gallop;
            }
        };
        match exit {
            Exit::Copy => {
                // The last entry of run a belongs at the end of the merge.
                dest.memmove(0, ssb, 0, nb);
                dest.copy_from(nb, ssa, 0);
                Ok(())
            }
            Exit::Succeed => {
                if na != 0 {
                    dest.memcpy(0, ssa, 0, na);
                }
                Ok(())
            }
            Exit::Fail(e) => {
                if na != 0 {
                    dest.memcpy(0, ssa, 0, na);
                }
                Err(e)
            }
        }
    }

    /// CPython's `merge_hi`: merges the `na` entries at `ssa` with the `nb`
    /// entries following them, with `na >= nb`.
    unsafe fn merge_hi(
        &mut self,
        mut ssa: SortSlice,
        mut na: isize,
        mut ssb: SortSlice,
        mut nb: isize,
    ) -> PyResult<()> {
        self.getmem(nb);
        let mut dest = ssb.advance(nb - 1);
        self.a.memcpy(0, ssb, 0, nb);
        let basea = ssa;
        let baseb = self.a;
        ssb = self.a.advance(nb - 1);
        ssa = ssa.advance(na - 1);
        SortSlice::copy_decr(&mut dest, &mut ssa);
        na -= 1;
        let exit = 'merge: {
            if na == 0 {
                break 'merge Exit::Succeed;
            }
            if nb == 1 {
                break 'merge Exit::Copy;
            }
            let mut min_gallop = self.min_gallop;
            loop {
                let mut acount: isize = 0;
                let mut bcount: isize = 0;
                loop {
                    if try_or_fail!('merge, self.lt(*ssb.keys, *ssa.keys)) {
                        SortSlice::copy_decr(&mut dest, &mut ssa);
                        acount += 1;
                        bcount = 0;
                        na -= 1;
                        if na == 0 {
                            break 'merge Exit::Succeed;
                        }
                        if acount >= min_gallop {
                            break;
                        }
                    } else {
                        SortSlice::copy_decr(&mut dest, &mut ssb);
                        bcount += 1;
                        acount = 0;
                        nb -= 1;
                        if nb == 1 {
                            break 'merge Exit::Copy;
                        }
                        if bcount >= min_gallop {
                            break;
                        }
                    }
                }
                min_gallop += 1;
                loop {
                    min_gallop -= isize::from(min_gallop > 1);
                    self.min_gallop = min_gallop;
                    let k = try_or_fail!(
                        'merge,
                        self.gallop_right(*ssb.keys, basea.keys, na, na - 1)
                    );
                    let k = na - k;
                    acount = k;
                    if k != 0 {
                        dest = dest.advance(-k);
                        ssa = ssa.advance(-k);
                        dest.memmove(1, ssa, 1, k);
                        na -= k;
                        if na == 0 {
                            break 'merge Exit::Succeed;
                        }
                    }
                    SortSlice::copy_decr(&mut dest, &mut ssb);
                    nb -= 1;
                    if nb == 1 {
                        break 'merge Exit::Copy;
                    }
                    let k = try_or_fail!(
                        'merge,
                        self.gallop_left(*ssa.keys, baseb.keys, nb, nb - 1)
                    );
                    let k = nb - k;
                    bcount = k;
                    if k != 0 {
                        dest = dest.advance(-k);
                        ssb = ssb.advance(-k);
                        dest.memcpy(1, ssb, 1, k);
                        nb -= k;
                        if nb == 1 {
                            break 'merge Exit::Copy;
                        }
                        if nb == 0 {
                            break 'merge Exit::Succeed;
                        }
                    }
                    SortSlice::copy_decr(&mut dest, &mut ssa);
                    na -= 1;
                    if na == 0 {
                        break 'merge Exit::Succeed;
                    }
                    if !(acount >= MIN_GALLOP || bcount >= MIN_GALLOP) {
                        break;
                    }
                }
                min_gallop += 1;
                self.min_gallop = min_gallop;
            }
        };
        match exit {
            Exit::Copy => {
                // The first entry of run b belongs at the front of the merge.
                dest.memmove(1 - na, ssa, 1 - na, na);
                dest = dest.advance(-na);
                dest.copy_from(0, ssb, 0);
                Ok(())
            }
            Exit::Succeed => {
                if nb != 0 {
                    dest.memcpy(-(nb - 1), baseb, 0, nb);
                }
                Ok(())
            }
            Exit::Fail(e) => {
                if nb != 0 {
                    dest.memcpy(-(nb - 1), baseb, 0, nb);
                }
                Err(e)
            }
        }
    }

    /// CPython's `merge_at`: merges the pending runs `i` and `i + 1`.
    unsafe fn merge_at(&mut self, i: usize) -> PyResult<()> {
        let n = self.pending.len();
        let (ra, rb) = (self.pending[i], self.pending[i + 1]);
        let mut ssa = self.base.advance(ra.off);
        let mut na = ra.len;
        let ssb = self.base.advance(rb.off);
        let mut nb = rb.len;
        self.pending[i].len = na + nb;
        if i + 3 == n {
            self.pending[i + 1] = self.pending[i + 2];
        }
        self.pending.pop();

        // Where does b start in a? Entries of a before that stay put.
        let k = self.gallop_right(*ssb.keys, ssa.keys, na, 0)?;
        ssa = ssa.advance(k);
        na -= k;
        if na == 0 {
            return Ok(());
        }
        // Where does a end in b? Entries of b after that stay put.
        nb = self.gallop_left(*ssa.keys.offset(na - 1), ssb.keys, nb, nb - 1)?;
        if nb <= 0 {
            return Ok(());
        }
        if na <= nb {
            self.merge_lo(ssa, na, ssb, nb)
        } else {
            self.merge_hi(ssa, na, ssb, nb)
        }
    }

    /// CPython's `found_new_run`: the powersort merge policy, applied when a
    /// run of length `n2` has been found after the pending ones.
    unsafe fn found_new_run(&mut self, n2: isize) -> PyResult<()> {
        if let Some(&last) = self.pending.last() {
            let power = powerloop(last.off, last.len, n2, self.listlen);
            while self.pending.len() > 1 && self.pending[self.pending.len() - 2].power > power {
                self.merge_at(self.pending.len() - 2)?;
            }
            if let Some(last) = self.pending.last_mut() {
                last.power = power;
            }
        }
        Ok(())
    }

    /// CPython's `merge_force_collapse`.
    unsafe fn merge_force_collapse(&mut self) -> PyResult<()> {
        while self.pending.len() > 1 {
            let mut n = self.pending.len() - 2;
            if n > 0 && self.pending[n - 1].len < self.pending[n + 1].len {
                n -= 1;
            }
            self.merge_at(n)?;
        }
        Ok(())
    }
}

/// Sorts `n` keys at `keys` in place, stably, moving the `values` with them
/// (`values` may be null when the keys are the values themselves), exactly
/// as CPython's `list.sort` does. `pointers` tells whether keys or values
/// may be GC pointers (so temporary storage must be scanned).
///
/// On error the arrays hold some permutation of their input.
///
/// # Safety
/// `keys` (and `values` if not null) must be valid for `n` slots of GC
/// memory.
pub(crate) unsafe fn timsort(
    keys: *mut Slot,
    values: *mut Slot,
    n: usize,
    pointers: bool,
    mut lt: Lt<'_>,
) -> PyResult<()> {
    if n < 2 {
        return Ok(());
    }
    let n = n as isize;
    let base = SortSlice { keys, values };
    let mut ms = MergeState {
        lt: &mut lt,
        min_gallop: MIN_GALLOP,
        listlen: n,
        base,
        a: SortSlice {
            keys: std::ptr::null_mut(),
            values: std::ptr::null_mut(),
        },
        alloced: 0,
        pointers,
        pending: Vec::new(),
    };
    let minrun = compute_minrun(n);
    let mut lo = base;
    let mut remaining = n;
    while remaining > 0 {
        let (mut run, descending) = ms.count_run(lo.keys, remaining)?;
        if descending {
            lo.reverse(run);
        }
        if run < minrun {
            let force = remaining.min(minrun);
            ms.binarysort(lo, force, run)?;
            run = force;
        }
        ms.found_new_run(run)?;
        ms.pending.push(Run {
            off: lo.keys.offset_from(base.keys),
            len: run,
            power: 0,
        });
        lo = lo.advance(run);
        remaining -= run;
    }
    ms.merge_force_collapse()
}
