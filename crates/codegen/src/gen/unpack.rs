//! Code generation for starred assignment targets (`a, *mid, z = xs`).
//!
//! The checker turns every starred pattern into `Target::Star` over a list
//! (other iterables are first copied into one), so the code here only has
//! to check the length, read the elements before and after the starred
//! target and slice the middle into a new list. All values are read before
//! any target is assigned, as CPython's `UNPACK_EX` pushes them all first.

use super::containers::LIST_LEN;
use super::*;

impl<'a, 'ctx> Gen<'a, 'ctx> {
    /// The values of the `n` targets of a starred pattern over `list`, the
    /// one at index `star` being a new list of the middle elements.
    pub(super) fn unpack_star(
        &mut self,
        list: PointerValue<'ctx>,
        n: usize,
        star: usize,
        et: &Ty,
        span: Span,
    ) -> Vec<BasicValueEnum<'ctx>> {
        // CPython reports the error at the pattern, with markers under it.
        let saved = (self.line, self.site);
        self.line = self.line_of(span);
        self.site = Some(span);
        let i64t = self.ctx.i64_type();
        let len = self.load_i64(self.field_ptr(list, LIST_LEN));
        let want = (n - 1) as u64;
        let few = b!(self.builder.build_int_compare(
            IntPredicate::SLT,
            len,
            i64t.const_int(want, false),
            "few"
        ));
        let fail = self.new_block("unpack.few");
        let next = self.new_block("unpack.next");
        b!(self.builder.build_conditional_branch(few, fail, next));
        self.builder.position_at_end(fail);
        let ty = self.str_const("ValueError");
        let prefix = self.str_const(&format!(
            "not enough values to unpack (expected at least {want}, got "
        ));
        let got = self.call_rt("mg_str_from_int", &[len.into()]).unwrap();
        let close = self.str_const(")");
        let m1 = self
            .call_rt("mg_str_concat", &[prefix.into(), got.into()])
            .unwrap();
        let msg = self
            .call_rt("mg_str_concat", &[m1.into(), close.into()])
            .unwrap();
        self.raise_with(ty, msg);
        (self.line, self.site) = saved;
        self.builder.position_at_end(next);
        let after = (n - 1 - star) as u64;
        let stop = b!(self
            .builder
            .build_int_sub(len, i64t.const_int(after, false), "stop"));
        let mut vals = Vec::with_capacity(n);
        for i in 0..n {
            let v = if i < star {
                let p = self.item_ptr(list, i64t.const_int(i as u64, false));
                let s = self.load_i64(p);
                self.value_of_slot(s, et)
            } else if i == star {
                // `flags` 4: no step (see `mg_list_slice`).
                let args = [
                    list.into(),
                    i64t.const_int(star as u64, false).into(),
                    stop.into(),
                    i64t.const_int(1, false).into(),
                    i64t.const_int(4, false).into(),
                ];
                self.call_rt("mg_list_slice", &args).unwrap()
            } else {
                let k = (i - star - 1) as u64;
                let idx = b!(self
                    .builder
                    .build_int_add(stop, i64t.const_int(k, false), "idx"));
                let p = self.item_ptr(list, idx);
                let s = self.load_i64(p);
                self.value_of_slot(s, et)
            };
            vals.push(v);
        }
        vals
    }
}
