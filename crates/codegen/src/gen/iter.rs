//! Iteration: what a `for` loop (or a lowered comprehension) keeps while
//! it runs over a range, list, string, tuple, dict, set, `enumerate`,
//! `zip`, `map`, `filter`, an object with `__iter__`/`__next__` or a
//! generator, and the code that produces each next element. Lists and
//! ranges are open-coded; dicts and sets go through the runtime's
//! iteration state, which raises CPython's "changed size during
//! iteration" errors.

use super::containers::*;
use super::*;

/// The state of one iteration in progress (see `iter_start`/`iter_next`).
pub(super) enum IterState<'ctx> {
    Range {
        i: PointerValue<'ctx>,
        stop: IntValue<'ctx>,
        step: IntValue<'ctx>,
        step_const: Option<i64>,
    },
    List {
        list: PointerValue<'ctx>,
        i: PointerValue<'ctx>,
        elem: Ty,
        reversed: bool,
    },
    VarTuple {
        t: PointerValue<'ctx>,
        i: PointerValue<'ctx>,
        elem: Ty,
    },
    Str {
        s: PointerValue<'ctx>,
        pos: PointerValue<'ctx>,
    },
    Tuple {
        value: BasicValueEnum<'ctx>,
        i: PointerValue<'ctx>,
        n: u32,
        elem: Ty,
    },
    Dict {
        d: PointerValue<'ctx>,
        pos: PointerValue<'ctx>,
        what: DictPart,
        key: Ty,
        value: Ty,
    },
    Set {
        s: PointerValue<'ctx>,
        pos: PointerValue<'ctx>,
        elem: Ty,
    },
    Enumerate {
        inner: Box<IterState<'ctx>>,
        counter: PointerValue<'ctx>,
        ty: Ty,
    },
    Zip {
        inners: Vec<IterState<'ctx>>,
        ty: Ty,
    },
    /// `map` and `filter`: the function object, and its type.
    Map {
        f: (PointerValue<'ctx>, FuncTy),
        inner: Box<IterState<'ctx>>,
    },
    Filter {
        f: Option<(PointerValue<'ctx>, FuncTy)>,
        inner: Box<IterState<'ctx>>,
        elem: Ty,
    },
    /// A generator (the cell holding it) and its item type.
    Gen(PointerValue<'ctx>, Ty),
    /// An iterator object: `__next__` until `StopIteration`.
    Protocol {
        iter: PointerValue<'ctx>,
        next: FuncId,
        slot: Option<usize>,
    },
}

impl<'a, 'ctx> Gen<'a, 'ctx> {
    pub(super) fn iter_start(&mut self, it: &'a Iter) -> IterState<'ctx> {
        let i64t = self.ctx.i64_type();
        match it {
            Iter::Range {
                start,
                stop,
                step,
                call,
            } => {
                let start_v = self.expr(start).into_int_value();
                let stop_v = self.expr(stop).into_int_value();
                let step_v = self.expr(step).into_int_value();
                let step_const = match step.kind {
                    ExprKind::Int(v) => Some(v),
                    _ => None,
                };
                if step_const.is_none() || step_const == Some(0) {
                    let zero = b!(self.builder.build_int_compare(
                        IntPredicate::EQ,
                        step_v,
                        i64t.const_zero(),
                        "step.zero"
                    ));
                    let site = self.site;
                    self.site = Some(*call).filter(|s| *s != Span::default());
                    self.raise_if(zero, "ValueError", "range() arg 3 must not be zero");
                    self.site = site;
                }
                let i = self.entry_alloca(i64t.into(), "range.i");
                b!(self.builder.build_store(i, start_v));
                IterState::Range {
                    i,
                    stop: stop_v,
                    step: step_v,
                    step_const,
                }
            }
            Iter::List(e) | Iter::ListReversed(e) => {
                let Ty::List(elem) = &e.ty else {
                    unreachable!("list iteration over a non-list")
                };
                let list = self.expr(e).into_pointer_value();
                let i = self.entry_alloca(i64t.into(), "list.i");
                let reversed = matches!(it, Iter::ListReversed(_));
                let start = if reversed {
                    let len = self.load_i64(self.field_ptr(list, LIST_LEN));
                    b!(self
                        .builder
                        .build_int_sub(len, i64t.const_int(1, false), "last"))
                } else {
                    i64t.const_zero()
                };
                b!(self.builder.build_store(i, start));
                IterState::List {
                    list,
                    i,
                    elem: (**elem).clone(),
                    reversed,
                }
            }
            Iter::VarTuple(e) => {
                let Ty::VarTuple(elem) = &e.ty else {
                    unreachable!("tuple iteration over a non-tuple")
                };
                let t = self.expr(e).into_pointer_value();
                let i = self.entry_alloca(i64t.into(), "vt.i");
                b!(self.builder.build_store(i, i64t.const_zero()));
                IterState::VarTuple {
                    t,
                    i,
                    elem: (**elem).clone(),
                }
            }
            Iter::Str(e) => {
                let s = self.expr(e).into_pointer_value();
                let pos = self.entry_alloca(i64t.into(), "str.pos");
                b!(self.builder.build_store(pos, i64t.const_zero()));
                IterState::Str { s, pos }
            }
            Iter::Tuple(e) => {
                let Ty::Tuple(ts) = &e.ty else {
                    unreachable!("tuple iteration over a non-tuple")
                };
                let value = self.expr(e);
                let i = self.entry_alloca(i64t.into(), "tuple.i");
                b!(self.builder.build_store(i, i64t.const_zero()));
                IterState::Tuple {
                    value,
                    i,
                    n: ts.len() as u32,
                    elem: ts.first().cloned().unwrap_or(Ty::None),
                }
            }
            Iter::DictKeys(e) | Iter::DictValues(e) | Iter::DictItems(e) => {
                let Ty::Dict(k, v) = &e.ty else {
                    unreachable!("dict iteration over a non-dict")
                };
                let d = self.expr(e).into_pointer_value();
                let pos = self.table_state(d);
                let what = match it {
                    Iter::DictKeys(_) => DictPart::Keys,
                    Iter::DictValues(_) => DictPart::Values,
                    _ => DictPart::Items,
                };
                IterState::Dict {
                    d,
                    pos,
                    what,
                    key: (**k).clone(),
                    value: (**v).clone(),
                }
            }
            Iter::Set(e) => {
                let Ty::Set(t) = &e.ty else {
                    unreachable!("set iteration over a non-set")
                };
                let s = match &e.kind {
                    ExprKind::Set(xs) => self.set_display(&e.ty, xs, true),
                    _ => self.expr(e),
                }
                .into_pointer_value();
                let pos = self.table_state(s);
                IterState::Set {
                    s,
                    pos,
                    elem: (**t).clone(),
                }
            }
            Iter::Enumerate(inner, start) => {
                let inner_state = self.iter_start(inner);
                let s = self.expr(start).into_int_value();
                let counter = self.entry_alloca(i64t.into(), "enum.i");
                b!(self.builder.build_store(counter, s));
                let ty = Ty::Tuple(vec![Ty::Int, self.iter_elem(inner)]);
                IterState::Enumerate {
                    inner: Box::new(inner_state),
                    counter,
                    ty,
                }
            }
            Iter::Zip(its) => {
                let inners = its.iter().map(|i| self.iter_start(i)).collect();
                let ty = Ty::Tuple(its.iter().map(|i| self.iter_elem(i)).collect());
                IterState::Zip { inners, ty }
            }
            Iter::Map(f, inner) => IterState::Map {
                f: self.fn_value(f),
                inner: Box::new(self.iter_start(inner)),
            },
            Iter::Protocol { iter, next, .. } => {
                let ExprKind::MethodCall { func, slot, .. } = &next.kind else {
                    unreachable!("__next__ is a method call")
                };
                let v = self.expr(iter);
                let ptr = self.ctx.ptr_type(AddressSpace::default());
                let cell = self.entry_alloca(ptr.into(), "iter");
                b!(self.builder.build_store(cell, v));
                IterState::Protocol {
                    iter: cell,
                    next: *func,
                    slot: *slot,
                }
            }
            Iter::Gen(e) => {
                let v = self.expr(e);
                let ptr = self.ctx.ptr_type(AddressSpace::default());
                let cell = self.entry_alloca(ptr.into(), "gen");
                b!(self.builder.build_store(cell, v));
                IterState::Gen(cell, self.iter_elem(it))
            }
            Iter::Filter(f, inner) => {
                let elem = self.iter_elem(inner);
                let f = f.as_ref().map(|f| self.fn_value(f));
                IterState::Filter {
                    f,
                    inner: Box::new(self.iter_start(inner)),
                    elem,
                }
            }
        }
    }

    /// The element type an iteration produces.
    pub(super) fn iter_elem(&self, it: &Iter) -> Ty {
        match it {
            Iter::Range { .. } => Ty::Int,
            Iter::List(e) | Iter::ListReversed(e) | Iter::Set(e) => match &e.ty {
                Ty::List(t) | Ty::Set(t) => (**t).clone(),
                _ => Ty::None,
            },
            Iter::Str(_) => Ty::Str,
            Iter::VarTuple(e) => match &e.ty {
                Ty::VarTuple(t) => (**t).clone(),
                _ => Ty::None,
            },
            Iter::Tuple(e) => match &e.ty {
                Ty::Tuple(ts) => ts.first().cloned().unwrap_or(Ty::None),
                _ => Ty::None,
            },
            Iter::DictKeys(e) | Iter::DictValues(e) | Iter::DictItems(e) => match (&e.ty, it) {
                (Ty::Dict(k, _), Iter::DictKeys(_)) => (**k).clone(),
                (Ty::Dict(_, v), Iter::DictValues(_)) => (**v).clone(),
                (Ty::Dict(k, v), _) => Ty::Tuple(vec![(**k).clone(), (**v).clone()]),
                _ => Ty::None,
            },
            Iter::Enumerate(inner, _) => Ty::Tuple(vec![Ty::Int, self.iter_elem(inner)]),
            Iter::Zip(its) => Ty::Tuple(its.iter().map(|i| self.iter_elem(i)).collect()),
            Iter::Map(f, _) => match &f.ty {
                Ty::Func(ft) => ft.ret.clone(),
                _ => unreachable!("map applies a function value"),
            },
            Iter::Filter(_, inner) => self.iter_elem(inner),
            Iter::Protocol { next, .. } => next.ty.clone(),
            Iter::Gen(e) => match &e.ty {
                Ty::Gen(y, ..) => (**y).clone(),
                _ => Ty::None,
            },
        }
    }

    /// The state of a dict or set iteration: `[position, length at the
    /// start, length expected now]`, which the runtime uses to raise
    /// CPython's "changed size during iteration" errors.
    pub(super) fn table_state(&mut self, obj: PointerValue<'ctx>) -> PointerValue<'ctx> {
        let i64t = self.ctx.i64_type();
        let state = self.entry_alloca(i64t.array_type(3).into(), "iter.state");
        let len = self.load_i64(obj);
        for (k, v) in [i64t.const_zero(), len, len].into_iter().enumerate() {
            let p = unsafe {
                b!(self
                    .builder
                    .build_gep(i64t, state, &[i64t.const_int(k as u64, false)], "st"))
            };
            b!(self.builder.build_store(p, v));
        }
        state
    }

    /// Advances a dict or set iteration: the index of the next entry, or a
    /// branch to `done`.
    pub(super) fn table_step(
        &mut self,
        next_fn: &str,
        obj: PointerValue<'ctx>,
        state: PointerValue<'ctx>,
        done: BasicBlock<'ctx>,
    ) -> IntValue<'ctx> {
        let i64t = self.ctx.i64_type();
        let e = self
            .call_rt(next_fn, &[obj.into(), state.into()])
            .unwrap()
            .into_int_value();
        let ok = b!(self
            .builder
            .build_int_compare(IntPredicate::SGE, e, i64t.const_zero(), "ok"));
        let next = self.new_block("iter.next");
        b!(self.builder.build_conditional_branch(ok, next, done));
        self.builder.position_at_end(next);
        e
    }

    /// Calls `map`'s or `filter`'s function `f` on `x`. It may raise:
    /// through `call_fn`, so that the exception meets this frame's handlers
    /// and traceback, underlining the expression that consumes the
    /// iteration (`block_site`) when there is one.
    pub(super) fn call_iter_fn(
        &mut self,
        f: &(PointerValue<'ctx>, FuncTy),
        x: BasicValueEnum<'ctx>,
    ) -> BasicValueEnum<'ctx> {
        let site = self.site;
        self.site = self.block_site.or(site);
        let v = self.call_fn_value(f.0, &f.1, &[x.into()]);
        self.site = site;
        v
    }

    /// A function value evaluated once, with its type.
    pub(super) fn fn_value(&mut self, f: &'a Expr) -> (PointerValue<'ctx>, FuncTy) {
        let Ty::Func(ft) = &f.ty else {
            unreachable!("not a function value")
        };
        let v = self.expr(f).into_pointer_value();
        (v, (**ft).clone())
    }

    /// Produces the next element, or branches to `done`.
    pub(super) fn iter_next(
        &mut self,
        st: &IterState<'ctx>,
        done: BasicBlock<'ctx>,
    ) -> BasicValueEnum<'ctx> {
        let i64t = self.ctx.i64_type();
        let one = i64t.const_int(1, false);
        let cont = |g: &mut Self, cond: IntValue<'ctx>| {
            let next = g.new_block("iter.next");
            b!(g.builder.build_conditional_branch(cond, next, done));
            g.builder.position_at_end(next);
        };
        match st {
            IterState::Range {
                i,
                stop,
                step,
                step_const,
            } => {
                let v = self.load_i64(*i);
                let up = b!(self
                    .builder
                    .build_int_compare(IntPredicate::SLT, v, *stop, "up"));
                let down = b!(self
                    .builder
                    .build_int_compare(IntPredicate::SGT, v, *stop, "down"));
                let go = match step_const {
                    Some(s) if *s > 0 => up,
                    Some(s) if *s < 0 => down,
                    _ => {
                        let pos = b!(self.builder.build_int_compare(
                            IntPredicate::SGT,
                            *step,
                            i64t.const_zero(),
                            "pos"
                        ));
                        b!(self.builder.build_select(pos, up, down, "go")).into_int_value()
                    }
                };
                cont(self, go);
                // Advance now; stepping past the largest int ends the range
                // (the next test sees the stop value) instead of wrapping.
                let (next, ovf) = self.overflow_op("llvm.sadd.with.overflow", v, *step);
                let capped =
                    b!(self.builder.build_select(ovf, *stop, next, "next")).into_int_value();
                b!(self.builder.build_store(*i, capped));
                v.into()
            }
            IterState::List {
                list,
                i,
                elem,
                reversed,
            } => {
                let idx = self.load_i64(*i);
                // The length is read on every step: a list that grows while
                // it is iterated is followed, as in CPython.
                let len = self.load_i64(self.field_ptr(*list, LIST_LEN));
                let ok = if *reversed {
                    let nonneg = b!(self.builder.build_int_compare(
                        IntPredicate::SGE,
                        idx,
                        i64t.const_zero(),
                        "nonneg"
                    ));
                    let inb =
                        b!(self
                            .builder
                            .build_int_compare(IntPredicate::SLT, idx, len, "inb"));
                    b!(self.builder.build_and(nonneg, inb, "ok"))
                } else {
                    b!(self
                        .builder
                        .build_int_compare(IntPredicate::SLT, idx, len, "ok"))
                };
                cont(self, ok);
                let p = self.item_ptr(*list, idx);
                let s = self.load_i64(p);
                let next = if *reversed {
                    b!(self.builder.build_int_sub(idx, one, "i"))
                } else {
                    b!(self.builder.build_int_add(idx, one, "i"))
                };
                b!(self.builder.build_store(*i, next));
                self.value_of_slot(s, elem)
            }
            IterState::VarTuple { t, i, elem } => {
                let idx = self.load_i64(*i);
                let len = self.load_i64(*t);
                let ok = b!(self
                    .builder
                    .build_int_compare(IntPredicate::SLT, idx, len, "ok"));
                cont(self, ok);
                let k1 = b!(self.builder.build_int_add(idx, one, "k1"));
                let p = unsafe { b!(self.builder.build_gep(i64t, *t, &[k1], "tp")) };
                let s = self.load_i64(p);
                b!(self.builder.build_store(*i, k1));
                self.value_of_slot(s, elem)
            }
            IterState::Str { s, pos } => {
                let p = self.load_i64(*pos);
                let len = self.load_i64(*s);
                let ok = b!(self
                    .builder
                    .build_int_compare(IntPredicate::SLT, p, len, "ok"));
                cont(self, ok);
                let ch = self
                    .call_rt("mg_str_char_at", &[(*s).into(), p.into()])
                    .unwrap()
                    .into_pointer_value();
                // The character's byte length moves the position on.
                let clen = self.load_i64(ch);
                let np = b!(self.builder.build_int_add(p, clen, "np"));
                b!(self.builder.build_store(*pos, np));
                ch.into()
            }
            IterState::Tuple { value, i, n, elem } => {
                let idx = self.load_i64(*i);
                let ok = b!(self.builder.build_int_compare(
                    IntPredicate::ULT,
                    idx,
                    i64t.const_int(*n as u64, false),
                    "ok"
                ));
                cont(self, ok);
                b!(self
                    .builder
                    .build_store(*i, b!(self.builder.build_int_add(idx, one, "i"))));
                // Fields are selected by a switch-free chain of selects.
                let sv = value.into_struct_value();
                let mut cur = b!(self.builder.build_extract_value(sv, 0, "f0"));
                for k in 1..*n {
                    let f = b!(self.builder.build_extract_value(sv, k, "fk"));
                    let is = b!(self.builder.build_int_compare(
                        IntPredicate::EQ,
                        idx,
                        i64t.const_int(k as u64, false),
                        "is"
                    ));
                    cur = b!(self.builder.build_select(is, f, cur, "sel"));
                }
                let _ = elem;
                cur
            }
            IterState::Dict {
                d,
                pos,
                what,
                key,
                value,
            } => {
                let e = self.table_step("mg_dict_iter_next", *d, *pos, done);
                match what {
                    DictPart::Keys => {
                        let s = self
                            .call_rt("mg_dict_key_at", &[(*d).into(), e.into()])
                            .unwrap()
                            .into_int_value();
                        self.value_of_slot(s, key)
                    }
                    DictPart::Values => {
                        let s = self
                            .call_rt("mg_dict_value_at", &[(*d).into(), e.into()])
                            .unwrap()
                            .into_int_value();
                        self.value_of_slot(s, value)
                    }
                    DictPart::Items => {
                        let ks = self
                            .call_rt("mg_dict_key_at", &[(*d).into(), e.into()])
                            .unwrap()
                            .into_int_value();
                        let vs = self
                            .call_rt("mg_dict_value_at", &[(*d).into(), e.into()])
                            .unwrap()
                            .into_int_value();
                        let kv = self.value_of_slot(ks, key);
                        let vv = self.value_of_slot(vs, value);
                        self.make_tuple(&Ty::Tuple(vec![key.clone(), value.clone()]), &[kv, vv])
                    }
                }
            }
            IterState::Set { s, pos, elem } => {
                let e = self.table_step("mg_set_iter_next", *s, *pos, done);
                let v = self
                    .call_rt("mg_set_key_at", &[(*s).into(), e.into()])
                    .unwrap()
                    .into_int_value();
                self.value_of_slot(v, elem)
            }
            IterState::Enumerate { inner, counter, ty } => {
                let x = self.iter_next(inner, done);
                let c = self.load_i64(*counter);
                b!(self
                    .builder
                    .build_store(*counter, b!(self.builder.build_int_add(c, one, "c"))));
                self.make_tuple(ty, &[c.into(), x])
            }
            IterState::Zip { inners, ty } => {
                let vals: Vec<BasicValueEnum> =
                    inners.iter().map(|i| self.iter_next(i, done)).collect();
                self.make_tuple(ty, &vals)
            }
            IterState::Map { f, inner } => {
                let x = self.iter_next(inner, done);
                self.call_iter_fn(f, x)
            }
            IterState::Gen(cell, elem) => self.gen_iter_next(*cell, elem, done),
            IterState::Protocol { iter, next, slot } => {
                let ptr = self.ctx.ptr_type(AddressSpace::default());
                let it = b!(self.builder.build_load(ptr, *iter, "it"));
                self.push_scope(super::eh::EhScope::StopIteration(done));
                let v = self.call_method_value(*next, *slot, &[it.into()]);
                self.pop_scope();
                v
            }
            IterState::Filter { f, inner, elem } => {
                // Loop until an element passes.
                let head = self.new_block("filter.head");
                b!(self.builder.build_unconditional_branch(head));
                self.builder.position_at_end(head);
                let x = self.iter_next(inner, done);
                let keep = match f {
                    Some(f) => {
                        let ret = f.1.ret.clone();
                        let r = self.call_iter_fn(f, x);
                        self.truth(r, &ret)
                    }
                    None => self.truth(x, elem),
                };
                let pass = self.new_block("filter.pass");
                b!(self.builder.build_conditional_branch(keep, pass, head));
                self.builder.position_at_end(pass);
                x
            }
        }
    }
}
