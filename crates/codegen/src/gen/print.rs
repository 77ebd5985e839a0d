//! Built-in operations open-coded by the generator, and turning values
//! into text: `str()`/`repr()` and `print`.

use super::*;

impl<'a, 'ctx> Gen<'a, 'ctx> {
    /// `divmod` of two floats: CPython's zero-division message, then the
    /// floored quotient and the remainder.
    pub(super) fn float_divmod(
        &mut self,
        fx: FloatValue<'ctx>,
        fy: FloatValue<'ctx>,
    ) -> (BasicValueEnum<'ctx>, BasicValueEnum<'ctx>) {
        let zero = b!(self.builder.build_float_compare(
            FloatPredicate::OEQ,
            fy,
            self.ctx.f64_type().const_zero(),
            "z"
        ));
        self.raise_zero_div_if(zero, 5);
        let q = self
            .call_rt("mg_float_floordiv", &[fx.into(), fy.into()])
            .unwrap();
        let r = self
            .call_rt("mg_float_mod", &[fx.into(), fy.into()])
            .unwrap();
        (q, r)
    }

    pub(super) fn builtin(
        &mut self,
        b: Builtin,
        args: &'a [Expr],
        ty: &Ty,
    ) -> BasicValueEnum<'ctx> {
        let i64t = self.ctx.i64_type();
        match b {
            Builtin::Abs => {
                let v = self.expr(&args[0]);
                if *ty == Ty::Float {
                    return self.nt_unary(v.into_float_value(), "mg_nt_abs", |g, v| {
                        let f = Intrinsic::find("llvm.fabs")
                            .unwrap()
                            .get_declaration(g.module, &[g.ctx.f64_type().into()])
                            .unwrap();
                        b!(g.builder.build_call(f, &[v.into()], "fabs"))
                            .try_as_basic_value()
                            .basic()
                            .unwrap()
                    });
                }
                let x = v.into_int_value();
                let neg = self.checked("llvm.ssub.with.overflow", i64t.const_zero(), x);
                let isneg = b!(self.builder.build_int_compare(
                    IntPredicate::SLT,
                    x,
                    i64t.const_zero(),
                    "isneg"
                ));
                b!(self.builder.build_select(isneg, neg, x, "abs"))
            }
            Builtin::Min | Builtin::Max => {
                let mut acc = self.expr(&args[0]);
                for a in &args[1..] {
                    let v = self.expr(a);
                    // Python keeps the first of equal candidates: a later
                    // value replaces the current one only if strictly
                    // smaller (min) or larger (max).
                    let op = if b == Builtin::Min {
                        CmpOp::Lt
                    } else {
                        CmpOp::Gt
                    };
                    let kind = match ty {
                        Ty::Float => CmpKind::Float,
                        Ty::Str => CmpKind::Str,
                        _ => CmpKind::Int,
                    };
                    let better = self.compare_pair(op, &kind, v, acc, ty, ty);
                    acc = b!(self.builder.build_select(better, v, acc, "minmax"));
                }
                acc
            }
            Builtin::DivMod if *ty == Ty::Tuple(vec![Ty::Float, Ty::Float]) && self.numtower() => {
                let (q, r) = self.nt_divmod(&args[0], &args[1], |g, fx, fy| g.float_divmod(fx, fy));
                self.make_tuple(ty, &[q, r])
            }
            Builtin::DivMod => {
                let x = self.expr(&args[0]);
                let y = self.expr(&args[1]);
                let (q, r) = if args[0].ty == Ty::Float {
                    self.float_divmod(x.into_float_value(), y.into_float_value())
                } else {
                    let (ix, iy) = (x.into_int_value(), y.into_int_value());
                    self.in_divmod = true;
                    let q = self.int_binary(BinOp::FloorDiv, ix, iy);
                    let r = self.int_binary(BinOp::Mod, ix, iy);
                    self.in_divmod = false;
                    (q.into(), r.into())
                };
                self.make_tuple(ty, &[q, r])
            }
            Builtin::ToStr | Builtin::Repr => {
                let v = self.expr(&args[0]);
                self.value_to_str(v, &args[0].ty, b == Builtin::Repr).into()
            }
            Builtin::StrLen => {
                let v = self.expr(&args[0]);
                self.call_rt("mg_str_len", &[v.into()]).unwrap()
            }
            Builtin::Then => {
                let mut last = self.none();
                for a in args {
                    last = self.expr(a);
                }
                last
            }
        }
    }

    /// `str(v)` (or `repr(v)`) as a new string.
    pub(super) fn value_to_str(
        &mut self,
        v: BasicValueEnum<'ctx>,
        ty: &Ty,
        repr: bool,
    ) -> PointerValue<'ctx> {
        // `with.rs` in the checker: both are the exception object, or null
        // for None, and print the same through `str` and `repr`.
        let opaque = match ty {
            Ty::Optional(t) => &**t,
            t => t,
        };
        if let Ty::ExcType | Ty::Traceback = opaque {
            let f = if *opaque == Ty::ExcType {
                "mg_exc_type_repr"
            } else {
                "mg_traceback_repr"
            };
            let s = self.call_rt(f, &[v.into()]).unwrap();
            return s.into_pointer_value();
        }
        let r = match ty {
            Ty::Range => Some(self.range_call("mg_range_repr", v, None)),
            Ty::DictView(..) => Some(self.view_repr(v, ty).into()),
            Ty::List(_) | Ty::Dict(..) | Ty::Set(_) | Ty::VarTuple(_) => {
                let d = self.type_desc(ty);
                let s = self.slot_of(v, ty);
                self.call_rt("mg_repr", &[d.into(), s.into()])
            }
            Ty::Class(_)
            | Ty::Optional(_)
            | Ty::Func(_)
            | Ty::Gen(..)
            | Ty::Dyn(_)
            | Ty::Union(_) => {
                let d = self.type_desc(ty);
                let s = self.slot_of(v, ty);
                let f = if repr { "mg_repr" } else { "mg_str_of" };
                self.call_rt(f, &[d.into(), s.into()])
            }
            Ty::ExcArgs => {
                // The exception's `args` with the descriptor stored beside it.
                let e = v.into_pointer_value();
                let i64t = self.ctx.i64_type();
                let ptr = self.ctx.ptr_type(AddressSpace::default());
                let args = b!(self.builder.build_load(i64t, self.word_ptr(e, 1), "args"));
                let desc = b!(self.builder.build_load(ptr, self.word_ptr(e, 2), "argsty"));
                self.call_rt("mg_repr", &[desc.into(), args.into()])
            }
            Ty::Var(_) => unreachable!("inference variables are resolved by the checker"),
            Ty::ExcType | Ty::Traceback => unreachable!("handled above"),
            Ty::Int => self.call_rt("mg_str_from_int", &[v.into()]),
            Ty::Float => self.call_rt("mg_str_from_float", &[v.into()]),
            Ty::Bool => {
                let w = b!(self.builder.build_int_z_extend(
                    v.into_int_value(),
                    self.ctx.i64_type(),
                    "b64"
                ));
                self.call_rt("mg_str_from_bool", &[w.into()])
            }
            Ty::None => return self.str_const("None"),
            Ty::Str if repr => self.call_rt("mg_str_repr", &[v.into()]),
            Ty::Str => return v.into_pointer_value(),
            Ty::Tuple(ts) => {
                let sv = v.into_struct_value();
                let mut acc = self.str_const("(");
                for (i, t) in ts.iter().enumerate() {
                    if i > 0 {
                        let sep = self.str_const(", ");
                        acc = self
                            .call_rt("mg_str_concat", &[acc.into(), sep.into()])
                            .unwrap()
                            .into_pointer_value();
                    }
                    let x = b!(self.builder.build_extract_value(sv, i as u32, "el"));
                    let s = self.value_to_str(x, t, true);
                    acc = self
                        .call_rt("mg_str_concat", &[acc.into(), s.into()])
                        .unwrap()
                        .into_pointer_value();
                }
                let close = self.str_const(if ts.len() == 1 { ",)" } else { ")" });
                self.call_rt("mg_str_concat", &[acc.into(), close.into()])
            }
        };
        r.unwrap().into_pointer_value()
    }

    /// Prints a value as `print` does (`str`), or as its `repr` inside a
    /// container.
    pub(super) fn print_value(&mut self, v: BasicValueEnum<'ctx>, ty: &Ty, repr: bool) {
        // A container or tuple of objects runs their `__repr__`, which may
        // raise: CPython then has printed nothing of this argument, so its
        // text is built first (values without objects are printed as they
        // are rendered).
        if matches!(
            ty,
            Ty::List(_) | Ty::Dict(..) | Ty::Set(_) | Ty::VarTuple(_) | Ty::Tuple(_)
        ) && ty.mentions_class()
        {
            let s = self.value_to_str(v, ty, repr);
            self.call_rt("mg_print_str", &[s.into()]);
            return;
        }
        match ty {
            Ty::DictView(..) => {
                let s = self.view_repr(v, ty);
                self.call_rt("mg_print_str", &[s.into()]);
            }
            Ty::Range => {
                let s = self.range_call("mg_range_repr", v, None);
                self.call_rt("mg_print_str", &[s.into()]);
            }
            Ty::List(_) | Ty::Dict(..) | Ty::Set(_) | Ty::VarTuple(_) => {
                let d = self.type_desc(ty);
                let s = self.slot_of(v, ty);
                self.call_rt("mg_print_value", &[d.into(), s.into()]);
            }
            Ty::Class(_)
            | Ty::Optional(_)
            | Ty::Dyn(_)
            | Ty::Union(_)
            | Ty::ExcArgs
            | Ty::Gen(..)
            | Ty::Func(_)
            | Ty::ExcType
            | Ty::Traceback => {
                let s = self.value_to_str(v, ty, repr);
                self.call_rt("mg_print_str", &[s.into()]);
            }
            Ty::Var(_) => unreachable!("inference variables are resolved by the checker"),
            Ty::Int => {
                self.call_rt("mg_print_int", &[v.into()]);
            }
            Ty::Float => {
                self.call_rt("mg_print_float", &[v.into()]);
            }
            Ty::Bool => {
                let w = b!(self.builder.build_int_z_extend(
                    v.into_int_value(),
                    self.ctx.i64_type(),
                    "b64"
                ));
                self.call_rt("mg_print_bool", &[w.into()]);
            }
            Ty::None => {
                self.call_rt("mg_print_none", &[]);
            }
            Ty::Str => {
                self.call_rt(
                    if repr {
                        "mg_print_str_repr"
                    } else {
                        "mg_print_str"
                    },
                    &[v.into()],
                );
            }
            Ty::Tuple(ts) => {
                let sv = v.into_struct_value();
                let open = self.str_const("(");
                self.call_rt("mg_print_str", &[open.into()]);
                for (i, t) in ts.iter().enumerate() {
                    if i > 0 {
                        let sep = self.str_const(", ");
                        self.call_rt("mg_print_str", &[sep.into()]);
                    }
                    let x = b!(self.builder.build_extract_value(sv, i as u32, "el"));
                    self.print_value(x, t, true);
                }
                let close = self.str_const(if ts.len() == 1 { ",)" } else { ")" });
                self.call_rt("mg_print_str", &[close.into()]);
            }
        }
    }
}
