//! The numeric tower: float operations in a program that stores ints where
//! floats are declared (`Program::numtower`).
//!
//! Such an int is NaN-boxed in the `f64` (`runtime/src/numtower.rs`). Every
//! float operation then tests its operands for a NaN first (one `fcmp uno`,
//! a branch predicted not taken) and hands NaN operands to the runtime,
//! which does CPython's int or mixed arithmetic (or returns the real NaN's
//! result). A program without boxed ints compiles exactly as before: each
//! entry point here falls back to the plain float code when the flag is
//! unset, so no test is emitted at all.

use super::*;

/// The operator codes of the runtime's `mg_nt_binop`.
fn op_code(op: BinOp) -> u64 {
    match op {
        BinOp::Add => 0,
        BinOp::Sub => 1,
        BinOp::Mul => 2,
        BinOp::Div => 3,
        BinOp::FloorDiv => 4,
        BinOp::Mod => 5,
        BinOp::Pow => 6,
        _ => unreachable!("bitwise operator on floats passed the checker"),
    }
}
/// `divmod`'s quotient and remainder (their zero-division messages differ).
const OP_DIVMOD_Q: u64 = 7;
const OP_DIVMOD_R: u64 = 8;

/// Runtime functions taking a float that look for a boxed int themselves
/// (formatting), or have a numeric-tower variant; every other float
/// argument of a runtime call is passed as its numeric value.
const RAW_FLOAT_ARGS: &[&str] = &[
    "mg_format_float",
    "mg_print_float",
    "mg_str_from_float",
    "mg_float_round",
];

/// One operand of a float operator: its `f64`, and the `i64` it was
/// promoted from when it is an int operand of a mixed operation.
struct Operand<'ctx> {
    f: FloatValue<'ctx>,
    int: Option<IntValue<'ctx>>,
}

impl<'a, 'ctx> Gen<'a, 'ctx> {
    /// Whether the program stores ints in float slots.
    pub(super) fn numtower(&self) -> bool {
        self.program.numtower
    }

    /// Branches on whether `a` or `b` is a NaN (`b` may be `a`): returns the
    /// (slow, fast) blocks, the builder left in neither.
    fn nan_split(
        &mut self,
        a: FloatValue<'ctx>,
        b: FloatValue<'ctx>,
    ) -> (BasicBlock<'ctx>, BasicBlock<'ctx>) {
        let nan = b!(self
            .builder
            .build_float_compare(FloatPredicate::UNO, a, b, "isnan"));
        let nan = self.expect_bool(nan, false);
        let slow = self.new_block("nt.slow");
        let fast = self.new_block("nt.fast");
        b!(self.builder.build_conditional_branch(nan, slow, fast));
        (slow, fast)
    }

    /// Joins the slow and fast results of a split.
    fn nan_join(
        &mut self,
        slow: (BasicValueEnum<'ctx>, BasicBlock<'ctx>),
        fast: (BasicValueEnum<'ctx>, BasicBlock<'ctx>),
        name: &str,
    ) -> BasicValueEnum<'ctx> {
        let end = self.new_block("nt.end");
        for (_, bb) in [slow, fast] {
            self.builder.position_at_end(bb);
            self.br(end);
        }
        self.builder.position_at_end(end);
        let phi = b!(self.builder.build_phi(slow.0.get_type(), name));
        phi.add_incoming(&[(&slow.0, slow.1), (&fast.0, fast.1)]);
        phi.as_basic_value()
    }

    /// Runs `slow` when `a` or `b` is a NaN and `fast` otherwise, and
    /// joins their values.
    fn nan_paths(
        &mut self,
        a: FloatValue<'ctx>,
        b: FloatValue<'ctx>,
        slow: impl FnOnce(&mut Self) -> BasicValueEnum<'ctx>,
        fast: impl FnOnce(&mut Self) -> BasicValueEnum<'ctx>,
    ) -> BasicValueEnum<'ctx> {
        let (slow_bb, fast_bb) = self.nan_split(a, b);
        self.builder.position_at_end(slow_bb);
        let s = slow(self);
        let s_end = self.builder.get_insert_block().unwrap();
        self.builder.position_at_end(fast_bb);
        let f = fast(self);
        let f_end = self.builder.get_insert_block().unwrap();
        self.nan_join((s, s_end), (f, f_end), "nt")
    }

    /// Two floats as one value, to pass both through a join.
    fn pair(&mut self, x: BasicValueEnum<'ctx>, y: BasicValueEnum<'ctx>) -> BasicValueEnum<'ctx> {
        let f64t = self.ctx.f64_type();
        let st = self.ctx.struct_type(&[f64t.into(), f64t.into()], false);
        let p = b!(self
            .builder
            .build_insert_value(st.get_undef(), x, 0, "pair"));
        b!(self.builder.build_insert_value(p, y, 1, "pair"))
            .into_struct_value()
            .into()
    }

    /// The numeric value of a float slot, as a real float (a boxed int
    /// converted, exactly); the value itself without boxed ints.
    pub(super) fn untag(&mut self, v: FloatValue<'ctx>) -> FloatValue<'ctx> {
        if !self.numtower() {
            return v;
        }
        self.nan_paths(
            v,
            v,
            |g| g.call_rt("mg_nt_untag", &[v.into()]).unwrap(),
            |_| v.into(),
        )
        .into_float_value()
    }

    /// Both operands of a comparison as real floats.
    pub(super) fn untag2(
        &mut self,
        a: FloatValue<'ctx>,
        b: FloatValue<'ctx>,
    ) -> (FloatValue<'ctx>, FloatValue<'ctx>) {
        if !self.numtower() {
            return (a, b);
        }
        let pair =
            |g: &mut Self, x: FloatValue<'ctx>, y: FloatValue<'ctx>| g.pair(x.into(), y.into());
        let r = self
            .nan_paths(
                a,
                b,
                |g| {
                    let x = g.call_rt("mg_nt_untag", &[a.into()]).unwrap();
                    let y = g.call_rt("mg_nt_untag", &[b.into()]).unwrap();
                    pair(g, x.into_float_value(), y.into_float_value())
                },
                |g| pair(g, a, b),
            )
            .into_struct_value();
        (
            b!(self.builder.build_extract_value(r, 0, "ua")).into_float_value(),
            b!(self.builder.build_extract_value(r, 1, "ub")).into_float_value(),
        )
    }

    /// An argument of a runtime call: a float as its numeric value unless
    /// the function takes float slots as they are.
    pub(super) fn rt_float_arg(
        &mut self,
        name: &str,
        v: BasicValueEnum<'ctx>,
    ) -> BasicValueEnum<'ctx> {
        if !self.numtower() || RAW_FLOAT_ARGS.contains(&name) || name.starts_with("mg_nt_") {
            return v;
        }
        self.untag(v.into_float_value()).into()
    }

    /// The runtime function a call of `name` goes to.
    pub(super) fn rt_name<'n>(&self, name: &'n str) -> &'n str {
        match name {
            "mg_float_round" if self.numtower() => "mg_nt_round",
            n => n,
        }
    }

    /// `ExprKind::NumBox`: an int stored into a float slot.
    pub(super) fn num_box(&mut self, x: &'a Expr) -> BasicValueEnum<'ctx> {
        let v = self.expr(x).into_int_value();
        if !self.numtower() {
            unreachable!("a boxed int sets Program::numtower");
        }
        self.call_rt("mg_nt_box", &[v.into()]).unwrap()
    }

    /// An operand of a float operator.
    fn operand(&mut self, e: &'a Expr) -> Operand<'ctx> {
        if let ExprKind::Num(NumOp::Promote, xs) = &e.kind {
            let i = self.expr(&xs[0]).into_int_value();
            let f = self.to_float(i.into(), &Ty::Int);
            return Operand { f, int: Some(i) };
        }
        Operand {
            f: self.expr(e).into_float_value(),
            int: None,
        }
    }

    /// The slow path of a float operator: `mg_nt_binop`.
    fn binop_slow(
        &mut self,
        code: u64,
        a: &Operand<'ctx>,
        b: &Operand<'ctx>,
    ) -> BasicValueEnum<'ctx> {
        let i64t = self.ctx.i64_type();
        let ints = u64::from(a.int.is_some()) | (u64::from(b.int.is_some()) << 1);
        let args = [
            i64t.const_int(code, false).into(),
            a.f.into(),
            b.f.into(),
            a.int.unwrap_or(i64t.const_zero()).into(),
            b.int.unwrap_or(i64t.const_zero()).into(),
            i64t.const_int(ints, false).into(),
        ];
        self.call_rt("mg_nt_binop", &args).unwrap()
    }

    /// `l op r` of type `float` in a program with boxed ints.
    pub(super) fn nt_binary(
        &mut self,
        op: BinOp,
        l: &'a Expr,
        r: &'a Expr,
    ) -> BasicValueEnum<'ctx> {
        let (a, b) = (self.operand(l), self.operand(r));
        let code = op_code(op);
        self.nan_paths(
            a.f,
            b.f,
            |g| g.binop_slow(code, &a, &b),
            |g| g.float_binary(op, a.f, b.f),
        )
    }

    /// `divmod(x, y)` of floats in a program with boxed ints: (q, r).
    pub(super) fn nt_divmod(
        &mut self,
        x: &'a Expr,
        y: &'a Expr,
        fast: impl FnOnce(
            &mut Self,
            FloatValue<'ctx>,
            FloatValue<'ctx>,
        ) -> (BasicValueEnum<'ctx>, BasicValueEnum<'ctx>),
    ) -> (BasicValueEnum<'ctx>, BasicValueEnum<'ctx>) {
        let (a, b) = (self.operand(x), self.operand(y));
        let pair = Self::pair;
        let v = self
            .nan_paths(
                a.f,
                b.f,
                |g| {
                    let q = g.binop_slow(OP_DIVMOD_Q, &a, &b);
                    let r = g.binop_slow(OP_DIVMOD_R, &a, &b);
                    pair(g, q, r)
                },
                |g| {
                    let (q, r) = fast(g, a.f, b.f);
                    pair(g, q, r)
                },
            )
            .into_struct_value();
        (
            b!(self.builder.build_extract_value(v, 0, "q")),
            b!(self.builder.build_extract_value(v, 1, "r")),
        )
    }

    /// `-x` or `abs(x)` of a float; `fast` is the plain float operation.
    pub(super) fn nt_unary(
        &mut self,
        v: FloatValue<'ctx>,
        slow: &str,
        fast: impl FnOnce(&mut Self, FloatValue<'ctx>) -> BasicValueEnum<'ctx>,
    ) -> BasicValueEnum<'ctx> {
        if !self.numtower() {
            return fast(self, v);
        }
        self.nan_paths(
            v,
            v,
            |g| g.call_rt(slow, &[v.into()]).unwrap(),
            |g| fast(g, v),
        )
    }

    /// `ExprKind::Num`.
    pub(super) fn num_op(&mut self, op: NumOp, xs: &'a [Expr]) -> BasicValueEnum<'ctx> {
        let on = self.numtower();
        let bt = self.ctx.bool_type();
        match op {
            // An int operand outside a float operator (which takes it as
            // an int, `operand`) is converted as Python converts it.
            NumOp::Promote => {
                let v = self.expr(&xs[0]);
                self.to_float(v, &Ty::Int).into()
            }
            NumOp::SumStart if !on => {
                let v = self.expr(&xs[0]);
                self.to_float(v, &Ty::Int).into()
            }
            NumOp::SumStart => {
                let v = self.expr(&xs[0]);
                self.call_rt("mg_nt_box", &[v.into()]).unwrap()
            }
            NumOp::Untag => {
                let v = self.expr(&xs[0]).into_float_value();
                self.untag(v).into()
            }
            NumOp::IsInt | NumOp::IsFloat => {
                let v = self.expr(&xs[0]);
                let is_float = op == NumOp::IsFloat;
                if !on {
                    return bt.const_int(u64::from(is_float), false).into();
                }
                let r = self.call_rt("mg_nt_is_int", &[v.into()]).unwrap();
                let p = if is_float {
                    IntPredicate::EQ
                } else {
                    IntPredicate::NE
                };
                let zero = self.ctx.i64_type().const_zero();
                b!(self
                    .builder
                    .build_int_compare(p, r.into_int_value(), zero, "isint"))
                .into()
            }
            NumOp::AsInt => {
                let v = self.expr(&xs[0]);
                self.call_rt("mg_nt_as_int", &[v.into()]).unwrap()
            }
            NumOp::TypeName => {
                let v = self.expr(&xs[0]);
                if !on {
                    return self.str_const("float").into();
                }
                self.call_rt("mg_nt_type_name", &[v.into()]).unwrap()
            }
        }
    }
}
