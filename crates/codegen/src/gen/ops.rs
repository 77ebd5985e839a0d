//! Operators: `and`/`or`, binary arithmetic on `int` (checked for
//! overflow) and `float`, and comparisons of every kind the checker
//! decided (`CmpKind`).

use super::*;

impl<'a, 'ctx> Gen<'a, 'ctx> {
    /// `and`/`or`: evaluates operands left to right, stopping at the first
    /// false (`and`) or true (`or`) one, whose value is the result.
    pub(super) fn bool_op(
        &mut self,
        xs: &'a [Expr],
        ty: &Ty,
        is_and: bool,
    ) -> BasicValueEnum<'ctx> {
        let end = self.new_block(if is_and { "and.end" } else { "or.end" });
        let mut incoming: Vec<(BasicValueEnum<'ctx>, BasicBlock<'ctx>)> = Vec::new();
        for (i, x) in xs.iter().enumerate() {
            let v = self.expr(x);
            if i + 1 == xs.len() {
                incoming.push((v, self.builder.get_insert_block().unwrap()));
                self.br(end);
                break;
            }
            // An `Optional` operand of `or` is seen as its value type; its
            // truth still counts None as false.
            let tty = match &x.kind {
                ExprKind::Cast(inner) if matches!(inner.ty, Ty::Optional(_)) => &inner.ty,
                _ => &x.ty,
            };
            let t = self.truth(v, tty);
            incoming.push((v, self.builder.get_insert_block().unwrap()));
            let next = self.new_block("bool.next");
            if is_and {
                b!(self.builder.build_conditional_branch(t, next, end));
            } else {
                b!(self.builder.build_conditional_branch(t, end, next));
            }
            self.builder.position_at_end(next);
        }
        self.builder.position_at_end(end);
        let phi = b!(self.builder.build_phi(llvm_ty(self.ctx, ty), "boolop"));
        for (v, bb) in &incoming {
            phi.add_incoming(&[(v, *bb)]);
        }
        phi.as_basic_value()
    }

    pub(super) fn binary(
        &mut self,
        op: BinOp,
        l: &'a Expr,
        r: &'a Expr,
        ty: &Ty,
    ) -> BasicValueEnum<'ctx> {
        // Small constant integer powers are open-coded as multiplications.
        if let (BinOp::Pow, Ty::Int, ExprKind::Int(n @ 0..=4)) = (op, ty, &r.kind) {
            let base = self.expr(l).into_int_value();
            let mut acc = self.ctx.i64_type().const_int(1, false);
            for _ in 0..*n {
                acc = self.checked("llvm.smul.with.overflow", acc, base);
            }
            return acc.into();
        }
        if l.ty == Ty::Float && self.numtower() {
            return self.nt_binary(op, l, r);
        }
        let lv = self.expr(l);
        let rv = self.expr(r);
        match &l.ty {
            // `int / int` is rounded once from the exact quotient, and its
            // zero-division message differs from the float one.
            Ty::Int if op == BinOp::Div => self
                .call_rt("mg_int_truediv", &[lv.into(), rv.into()])
                .unwrap(),
            Ty::Int => self
                .int_binary(op, lv.into_int_value(), rv.into_int_value())
                .into(),
            Ty::Bool => {
                let (a, b) = (lv.into_int_value(), rv.into_int_value());
                match op {
                    BinOp::BitAnd => b!(self.builder.build_and(a, b, "and")).into(),
                    BinOp::BitOr => b!(self.builder.build_or(a, b, "or")).into(),
                    _ => b!(self.builder.build_xor(a, b, "xor")).into(),
                }
            }
            Ty::Float => self.float_binary(op, lv.into_float_value(), rv.into_float_value()),
            Ty::Str => self
                .call_rt("mg_str_concat", &[lv.into(), rv.into()])
                .unwrap(),
            t => unreachable!("binary operator on {t} passed the checker"),
        }
    }

    pub(super) fn int_binary(
        &mut self,
        op: BinOp,
        a: IntValue<'ctx>,
        b: IntValue<'ctx>,
    ) -> IntValue<'ctx> {
        let i64t = self.ctx.i64_type();
        match op {
            BinOp::Add => self.checked("llvm.sadd.with.overflow", a, b),
            BinOp::Sub => self.checked("llvm.ssub.with.overflow", a, b),
            BinOp::Mul => self.checked("llvm.smul.with.overflow", a, b),
            BinOp::FloorDiv | BinOp::Mod => {
                let zero =
                    b!(self
                        .builder
                        .build_int_compare(IntPredicate::EQ, b, i64t.const_zero(), "z"));
                let kind = if op == BinOp::Mod && !self.in_divmod {
                    6
                } else {
                    1
                };
                self.raise_zero_div_if(zero, kind);
                // `x // -1` is negation (which overflows for the smallest
                // int) and `x % -1` is 0; LLVM's sdiv/srem are undefined for
                // the smallest int divided by -1, so that divisor is routed
                // around them.
                let minus1 = b!(self.builder.build_int_compare(
                    IntPredicate::EQ,
                    b,
                    i64t.const_all_ones(),
                    "m1"
                ));
                let safe_b =
                    b!(self
                        .builder
                        .build_select(minus1, i64t.const_int(1, false), b, "sb"))
                    .into_int_value();
                let q = b!(self.builder.build_int_signed_div(a, safe_b, "q"));
                let r = b!(self.builder.build_int_signed_rem(a, safe_b, "r"));
                // Python rounds toward negative infinity: adjust when the
                // remainder is non-zero and its sign differs from b's.
                let rnz = b!(self.builder.build_int_compare(
                    IntPredicate::NE,
                    r,
                    i64t.const_zero(),
                    "rnz"
                ));
                let x = b!(self.builder.build_xor(r, safe_b, "x"));
                let diff = b!(self.builder.build_int_compare(
                    IntPredicate::SLT,
                    x,
                    i64t.const_zero(),
                    "diff"
                ));
                let adj = b!(self.builder.build_and(rnz, diff, "adj"));
                if op == BinOp::Mod {
                    let fixed = b!(self.builder.build_int_add(r, safe_b, "rf"));
                    let m = b!(self.builder.build_select(adj, fixed, r, "mod")).into_int_value();
                    b!(self
                        .builder
                        .build_select(minus1, i64t.const_zero(), m, "mod"))
                    .into_int_value()
                } else {
                    let adj64 = b!(self.builder.build_int_z_extend(adj, i64t, "adj64"));
                    let fq = b!(self.builder.build_int_sub(q, adj64, "fq"));
                    let cont = self.new_block("fdiv.cont");
                    let neg_bb = self.new_block("fdiv.neg");
                    let here = self.builder.get_insert_block().unwrap();
                    b!(self.builder.build_conditional_branch(minus1, neg_bb, cont));
                    self.builder.position_at_end(neg_bb);
                    let n = self.checked("llvm.ssub.with.overflow", i64t.const_zero(), a);
                    let neg_end = self.builder.get_insert_block().unwrap();
                    b!(self.builder.build_unconditional_branch(cont));
                    self.builder.position_at_end(cont);
                    let phi = b!(self.builder.build_phi(i64t, "floordiv"));
                    phi.add_incoming(&[(&fq, here), (&n, neg_end)]);
                    phi.as_basic_value().into_int_value()
                }
            }
            BinOp::Pow => self
                .call_rt("mg_int_pow", &[a.into(), b.into()])
                .unwrap()
                .into_int_value(),
            BinOp::LShift => self
                .call_rt("mg_int_shl", &[a.into(), b.into()])
                .unwrap()
                .into_int_value(),
            BinOp::RShift => self
                .call_rt("mg_int_shr", &[a.into(), b.into()])
                .unwrap()
                .into_int_value(),
            BinOp::BitAnd => b!(self.builder.build_and(a, b, "and")),
            BinOp::BitOr => b!(self.builder.build_or(a, b, "or")),
            BinOp::BitXor => b!(self.builder.build_xor(a, b, "xor")),
            BinOp::Div => unreachable!("int true division is converted to float by the checker"),
        }
    }

    pub(super) fn float_binary(
        &mut self,
        op: BinOp,
        a: FloatValue<'ctx>,
        b: FloatValue<'ctx>,
    ) -> BasicValueEnum<'ctx> {
        match op {
            BinOp::Add => b!(self.builder.build_float_add(a, b, "fadd")).into(),
            BinOp::Sub => b!(self.builder.build_float_sub(a, b, "fsub")).into(),
            BinOp::Mul => b!(self.builder.build_float_mul(a, b, "fmul")).into(),
            BinOp::Div => {
                let zero = b!(self.builder.build_float_compare(
                    FloatPredicate::OEQ,
                    b,
                    self.ctx.f64_type().const_zero(),
                    "z"
                ));
                self.raise_zero_div_if(zero, 2);
                b!(self.builder.build_float_div(a, b, "fdiv")).into()
            }
            BinOp::FloorDiv => self
                .call_rt("mg_float_floordiv", &[a.into(), b.into()])
                .unwrap(),
            BinOp::Mod => self.call_rt("mg_float_mod", &[a.into(), b.into()]).unwrap(),
            BinOp::Pow => self.call_rt("mg_float_pow", &[a.into(), b.into()]).unwrap(),
            _ => unreachable!("bitwise operator on floats passed the checker"),
        }
    }

    pub(super) fn compare(
        &mut self,
        xs: &'a [Expr],
        ops: &[(CmpOp, CmpKind)],
    ) -> BasicValueEnum<'ctx> {
        let bt = self.ctx.bool_type();
        let mut prev = self.expr(&xs[0]);
        if ops.len() == 1 {
            let next = self.expr(&xs[1]);
            return self
                .compare_pair(ops[0].0, &ops[0].1, prev, next, &xs[0].ty, &xs[1].ty)
                .into();
        }
        // A chain stops at the first false link; later operands are not
        // evaluated, as in Python.
        let end = self.new_block("cmp.end");
        let mut incoming = Vec::new();
        for (i, (op, kind)) in ops.iter().enumerate() {
            let next = self.expr(&xs[i + 1]);
            let c = self.compare_pair(*op, kind, prev, next, &xs[i].ty, &xs[i + 1].ty);
            let here = self.builder.get_insert_block().unwrap();
            if i + 1 == ops.len() {
                incoming.push((c, here));
                self.br(end);
            } else {
                incoming.push((bt.const_zero(), here));
                let cont = self.new_block("cmp.next");
                b!(self.builder.build_conditional_branch(c, cont, end));
                self.builder.position_at_end(cont);
            }
            prev = next;
        }
        self.builder.position_at_end(end);
        let phi = b!(self.builder.build_phi(bt, "cmp"));
        for (v, bb) in &incoming {
            phi.add_incoming(&[(v, *bb)]);
        }
        phi.as_basic_value()
    }

    pub(super) fn to_float(&self, v: BasicValueEnum<'ctx>, ty: &Ty) -> FloatValue<'ctx> {
        match ty {
            Ty::Float => v.into_float_value(),
            Ty::Int => b!(self.builder.build_signed_int_to_float(
                v.into_int_value(),
                self.ctx.f64_type(),
                "i2f"
            )),
            _ => b!(self.builder.build_unsigned_int_to_float(
                v.into_int_value(),
                self.ctx.f64_type(),
                "b2f"
            )),
        }
    }

    pub(super) fn to_int(&self, v: BasicValueEnum<'ctx>, ty: &Ty) -> IntValue<'ctx> {
        match ty {
            Ty::Bool => {
                b!(self
                    .builder
                    .build_int_z_extend(v.into_int_value(), self.ctx.i64_type(), "b2i"))
            }
            _ => v.into_int_value(),
        }
    }

    pub(super) fn compare_pair(
        &mut self,
        op: CmpOp,
        kind: &CmpKind,
        a: BasicValueEnum<'ctx>,
        b: BasicValueEnum<'ctx>,
        aty: &Ty,
        bty: &Ty,
    ) -> IntValue<'ctx> {
        let bt = self.ctx.bool_type();
        match kind {
            CmpKind::Contains(ct) => {
                let r = self.contains(b, ct, a, aty);
                return if op == CmpOp::NotIn {
                    b!(self.builder.build_not(r, "notin"))
                } else {
                    r
                };
            }
            CmpKind::Generic(t) => {
                // An operand of type T meets an Optional[T] one wrapped.
                let a = if aty != t && matches!(t, Ty::Optional(_)) {
                    self.wrap(a, aty)
                } else {
                    a
                };
                let b = if bty != t && matches!(t, Ty::Optional(_)) {
                    self.wrap(b, bty)
                } else {
                    b
                };
                return self.generic_compare(op, t, a, b);
            }
            CmpKind::NoneCheck => {
                let v = if matches!(aty, Ty::Optional(_)) { a } else { b };
                let p = v.into_pointer_value();
                return if op == CmpOp::Eq {
                    b!(self.builder.build_is_null(p, "isnone"))
                } else {
                    b!(self.builder.build_is_not_null(p, "notnone"))
                };
            }
            CmpKind::TupleOrder(kinds, la, lb) => {
                return self.tuple_order(op, kinds, *la, *lb, a, b, aty, bty)
            }
            _ => {}
        }
        match kind {
            CmpKind::Const(v) => bt.const_int(*v as u64, false),
            CmpKind::Int => {
                let (x, y) = (self.to_int(a, aty), self.to_int(b, bty));
                let p = match op {
                    CmpOp::Eq => IntPredicate::EQ,
                    CmpOp::Ne => IntPredicate::NE,
                    CmpOp::Lt => IntPredicate::SLT,
                    CmpOp::Le => IntPredicate::SLE,
                    CmpOp::Gt => IntPredicate::SGT,
                    _ => IntPredicate::SGE,
                };
                b!(self.builder.build_int_compare(p, x, y, "icmp"))
            }
            CmpKind::Float => {
                let (x, y) = (self.to_float(a, aty), self.to_float(b, bty));
                let (x, y) = self.untag2(x, y);
                let p = match op {
                    CmpOp::Eq => FloatPredicate::OEQ,
                    CmpOp::Ne => FloatPredicate::UNE,
                    CmpOp::Lt => FloatPredicate::OLT,
                    CmpOp::Le => FloatPredicate::OLE,
                    CmpOp::Gt => FloatPredicate::OGT,
                    _ => FloatPredicate::OGE,
                };
                b!(self.builder.build_float_compare(p, x, y, "fcmp"))
            }
            CmpKind::Str => {
                let i64t = self.ctx.i64_type();
                let (r, p, zero) = match op {
                    CmpOp::In | CmpOp::NotIn => {
                        let r = self
                            .call_rt("mg_str_contains", &[b.into(), a.into()])
                            .unwrap()
                            .into_int_value();
                        let p = if op == CmpOp::In {
                            IntPredicate::NE
                        } else {
                            IntPredicate::EQ
                        };
                        (r, p, i64t.const_zero())
                    }
                    CmpOp::Eq | CmpOp::Ne => {
                        let r = self
                            .call_rt("mg_str_eq", &[a.into(), b.into()])
                            .unwrap()
                            .into_int_value();
                        let p = if op == CmpOp::Eq {
                            IntPredicate::NE
                        } else {
                            IntPredicate::EQ
                        };
                        (r, p, i64t.const_zero())
                    }
                    _ => {
                        let r = self
                            .call_rt("mg_str_cmp", &[a.into(), b.into()])
                            .unwrap()
                            .into_int_value();
                        let p = match op {
                            CmpOp::Lt => IntPredicate::SLT,
                            CmpOp::Le => IntPredicate::SLE,
                            CmpOp::Gt => IntPredicate::SGT,
                            _ => IntPredicate::SGE,
                        };
                        (r, p, i64t.const_zero())
                    }
                };
                b!(self.builder.build_int_compare(p, r, zero, "scmp"))
            }
            CmpKind::Contains(_)
            | CmpKind::Generic(_)
            | CmpKind::TupleOrder(..)
            | CmpKind::NoneCheck => {
                unreachable!("handled above")
            }
            CmpKind::Identity => {
                let p = if op == CmpOp::Eq {
                    IntPredicate::EQ
                } else {
                    IntPredicate::NE
                };
                let i64t = self.ctx.i64_type();
                let x = b!(self
                    .builder
                    .build_ptr_to_int(a.into_pointer_value(), i64t, "pa"));
                let y = b!(self
                    .builder
                    .build_ptr_to_int(b.into_pointer_value(), i64t, "pb"));
                b!(self.builder.build_int_compare(p, x, y, "is"))
            }
            CmpKind::Tuple(kinds) => {
                let (Ty::Tuple(ats), Ty::Tuple(bts)) = (aty, bty) else {
                    unreachable!("tuple comparison of non-tuples passed the checker")
                };
                let (sa, sb) = (a.into_struct_value(), b.into_struct_value());
                let mut all = bt.const_int(1, false);
                for (i, k) in kinds.iter().enumerate() {
                    let x = b!(self.builder.build_extract_value(sa, i as u32, "ta"));
                    let y = b!(self.builder.build_extract_value(sb, i as u32, "tb"));
                    let e = self.compare_pair(CmpOp::Eq, k, x, y, &ats[i], &bts[i]);
                    all = b!(self.builder.build_and(all, e, "teq"));
                }
                if op == CmpOp::Ne {
                    b!(self.builder.build_not(all, "tne"))
                } else {
                    all
                }
            }
        }
    }
}
