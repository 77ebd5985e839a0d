//! Code generation for containers: type descriptors, slot conversion,
//! displays, indexing, iteration, and calls of the runtime's container and
//! string functions.
//!
//! Hot operations (indexing a list, `len`, the fast path of `append`,
//! iterating a list) are emitted inline against the `MgList` layout
//! (`{ i64 len, i64 cap, ptr items, ptr elem }`) so LLVM can optimise loops
//! over them; everything else calls the runtime.

use super::*;
use inkwell::types::StructType;
use multigen_runtime::object::{
    KIND_BOOL, KIND_DICT, KIND_DYN, KIND_FLOAT, KIND_FUNC, KIND_INT, KIND_LIST, KIND_NONE,
    KIND_OBJECT, KIND_OPTIONAL, KIND_SET, KIND_STR, KIND_TUPLE,
};

/// Field numbers of `MgList`.
pub(super) const LIST_LEN: u32 = 0;
const LIST_CAP: u32 = 1;
const LIST_ITEMS: u32 = 2;

#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum DictPart {
    Keys,
    Values,
    Items,
}

impl<'a, 'ctx> Gen<'a, 'ctx> {
    pub(super) fn list_ty(&self) -> StructType<'ctx> {
        let i64t = self.ctx.i64_type();
        let ptr = self.ctx.ptr_type(AddressSpace::default());
        self.ctx
            .struct_type(&[i64t.into(), i64t.into(), ptr.into(), ptr.into()], false)
    }

    // ----- type descriptors -----

    /// A constant `MgType` descriptor for a type (one global per type).
    pub(super) fn type_desc(&mut self, t: &Ty) -> PointerValue<'ctx> {
        if let Some(p) = self.descs.get(t) {
            return *p;
        }
        // A range cannot be stored in a container (the checker refuses
        // it), so its descriptor is only ever that of its three ints.
        let (kind, args): (i64, Vec<Ty>) = match t {
            Ty::Range => (KIND_TUPLE, vec![Ty::Int, Ty::Int, Ty::Int]),
            // A one-argument tuple descriptor applies to every element.
            Ty::VarTuple(e) => (KIND_TUPLE, vec![(**e).clone()]),
            // Views never reach the runtime's generic code (the checker
            // keeps them out of containers); describe the dict.
            Ty::DictView(_, k, v) => (KIND_DICT, vec![(**k).clone(), (**v).clone()]),
            Ty::None => (KIND_NONE, vec![]),
            Ty::Bool => (KIND_BOOL, vec![]),
            Ty::Int => (KIND_INT, vec![]),
            Ty::Float => (KIND_FLOAT, vec![]),
            Ty::Str => (KIND_STR, vec![]),
            Ty::Tuple(ts) => (KIND_TUPLE, ts.clone()),
            Ty::List(e) => (KIND_LIST, vec![(**e).clone()]),
            Ty::Set(e) => (KIND_SET, vec![(**e).clone()]),
            Ty::Dict(k, v) => (KIND_DICT, vec![(**k).clone(), (**v).clone()]),
            // Generators are objects of the runtime's class `generator`.
            Ty::Class(_) | Ty::Gen(..) => (KIND_OBJECT, vec![]),
            Ty::Func(_) => (KIND_FUNC, vec![]),
            Ty::Optional(t) => (KIND_OPTIONAL, vec![(**t).clone()]),
            Ty::Dyn(_) | Ty::Union(_) => (KIND_DYN, vec![]),
            Ty::ExcArgs | Ty::ExcType | Ty::Traceback => {
                unreachable!("the checker keeps exception values out of containers")
            }
            Ty::Var(_) => unreachable!("inference variables are resolved by the checker"),
        };
        let arg_ptrs: Vec<PointerValue> = args.iter().map(|a| self.type_desc(a)).collect();
        let i64t = self.ctx.i64_type();
        let ptr = self.ctx.ptr_type(AddressSpace::default());
        let arr = ptr.const_array(&arg_ptrs);
        let val = self.ctx.const_struct(
            &[
                i64t.const_int(kind as u64, true).into(),
                i64t.const_int(args.len() as u64, false).into(),
                arr.into(),
            ],
            false,
        );
        let p = self.private_constant(val, "type");
        self.descs.insert(t.clone(), p);
        p
    }

    // ----- slots -----

    /// A value as an 8-byte slot (tuples are boxed into GC memory).
    pub(super) fn slot_of(&mut self, v: BasicValueEnum<'ctx>, t: &Ty) -> IntValue<'ctx> {
        let i64t = self.ctx.i64_type();
        if *t == Ty::Range {
            return self.slot_of(v, &Ty::Tuple(vec![Ty::Int, Ty::Int, Ty::Int]));
        }
        match t {
            Ty::Int => v.into_int_value(),
            Ty::Float => b!(self.builder.build_bit_cast(v, i64t, "f2slot")).into_int_value(),
            Ty::Bool => b!(self
                .builder
                .build_int_z_extend(v.into_int_value(), i64t, "b2slot")),
            Ty::None => i64t.const_zero(),
            Ty::Str
            | Ty::List(_)
            | Ty::Dict(..)
            | Ty::Set(_)
            | Ty::VarTuple(_)
            | Ty::DictView(..)
            | Ty::Class(_)
            | Ty::Optional(_)
            | Ty::ExcArgs
            | Ty::Gen(..)
            | Ty::Func(_)
            | Ty::ExcType
            | Ty::Traceback
            | Ty::Dyn(_)
            | Ty::Union(_) => {
                b!(self
                    .builder
                    .build_ptr_to_int(v.into_pointer_value(), i64t, "p2slot"))
            }
            Ty::Tuple(ts) => {
                let n = ts.len() as u64;
                let p = self
                    .call_rt("mg_alloc", &[i64t.const_int(8 + 8 * n, false).into()])
                    .unwrap()
                    .into_pointer_value();
                b!(self.builder.build_store(p, i64t.const_int(n, false)));
                let sv = v.into_struct_value();
                for (i, ft) in ts.iter().enumerate() {
                    let x = b!(self.builder.build_extract_value(sv, i as u32, "f"));
                    let slot = self.slot_of(x, ft);
                    let fp = unsafe {
                        b!(self.builder.build_gep(
                            i64t,
                            p,
                            &[i64t.const_int(1 + i as u64, false)],
                            "fp"
                        ))
                    };
                    b!(self.builder.build_store(fp, slot));
                }
                b!(self.builder.build_ptr_to_int(p, i64t, "t2slot"))
            }
            Ty::Range => unreachable!("ranges are handled above"),
            Ty::Var(_) => unreachable!("inference variables are resolved by the checker"),
        }
    }

    /// The value of type `t` held in a slot.
    pub(super) fn value_of_slot(&mut self, s: IntValue<'ctx>, t: &Ty) -> BasicValueEnum<'ctx> {
        let i64t = self.ctx.i64_type();
        let ptr = self.ctx.ptr_type(AddressSpace::default());
        if *t == Ty::Range {
            let v = self.value_of_slot(s, &Ty::Tuple(vec![Ty::Int, Ty::Int, Ty::Int]));
            return v;
        }
        match t {
            Ty::Int => s.into(),
            Ty::Float => b!(self
                .builder
                .build_bit_cast(s, self.ctx.f64_type(), "slot2f")),
            Ty::Bool => b!(self
                .builder
                .build_int_truncate(s, self.ctx.bool_type(), "slot2b"))
            .into(),
            Ty::None => self.none(),
            Ty::Str
            | Ty::List(_)
            | Ty::Dict(..)
            | Ty::Set(_)
            | Ty::VarTuple(_)
            | Ty::DictView(..)
            | Ty::Class(_)
            | Ty::Optional(_)
            | Ty::ExcArgs
            | Ty::Gen(..)
            | Ty::Func(_)
            | Ty::ExcType
            | Ty::Traceback
            | Ty::Dyn(_)
            | Ty::Union(_) => b!(self.builder.build_int_to_ptr(s, ptr, "slot2p")).into(),
            Ty::Tuple(ts) => {
                let p = b!(self.builder.build_int_to_ptr(s, ptr, "slot2t"));
                let mut vals = Vec::new();
                for (i, ft) in ts.iter().enumerate() {
                    let fp = unsafe {
                        b!(self.builder.build_gep(
                            i64t,
                            p,
                            &[i64t.const_int(1 + i as u64, false)],
                            "fp"
                        ))
                    };
                    let x = b!(self.builder.build_load(i64t, fp, "f")).into_int_value();
                    vals.push(self.value_of_slot(x, ft));
                }
                self.make_tuple(t, &vals)
            }
            Ty::Range => unreachable!("ranges are handled above"),
            Ty::Var(_) => unreachable!("inference variables are resolved by the checker"),
        }
    }

    // ----- runtime calls -----

    pub(super) fn rt_call(
        &mut self,
        name: &str,
        args: &'a [RtArg],
        slot_result: bool,
        ty: &Ty,
    ) -> BasicValueEnum<'ctx> {
        let mut vals: Vec<BasicMetadataValueEnum> = Vec::new();
        for a in args {
            let v: BasicMetadataValueEnum = match a {
                RtArg::Value(e) => self.abi_arg(e, name),
                RtArg::Slot(e) => {
                    let v = self.expr(e);
                    self.slot_of(v, &e.ty).into()
                }
                RtArg::Type(t) => self.type_desc(t).into(),
                RtArg::KeyFunc(Some(f)) => self.key_object(f).into(),
                RtArg::KeyFunc(None) | RtArg::Null => self
                    .ctx
                    .ptr_type(AddressSpace::default())
                    .const_null()
                    .into(),
                RtArg::Const(c) => self.ctx.i64_type().const_int(*c as u64, true).into(),
                RtArg::Class(c) => self.class_desc(*c).into(),
            };
            vals.push(v);
        }
        let r = self.call_rt(name, &vals);
        match r {
            None => self.none(),
            Some(v) if slot_result => {
                let s = match v {
                    BasicValueEnum::PointerValue(p) => {
                        b!(self
                            .builder
                            .build_ptr_to_int(p, self.ctx.i64_type(), "p2slot"))
                    }
                    v => v.into_int_value(),
                };
                self.value_of_slot(s, ty)
            }
            Some(v) if *ty == Ty::Bool => b!(self.builder.build_int_compare(
                IntPredicate::NE,
                v.into_int_value(),
                self.ctx.i64_type().const_zero(),
                "rb"
            ))
            .into(),
            Some(v) => v,
        }
    }

    /// A key object for the runtime (its `KeyObj`): `{ code, function
    /// value }`, where the code converts the element slot, calls the
    /// function value and returns the result as a slot.
    fn key_object(&mut self, f: &'a Expr) -> PointerValue<'ctx> {
        let Ty::Func(ft) = &f.ty else {
            unreachable!("a key function is a function value")
        };
        let fv = self.expr(f);
        let w = self.key_wrapper(ft);
        let ptr = self.ctx.ptr_type(AddressSpace::default());
        let st = self.ctx.struct_type(&[ptr.into(), ptr.into()], false);
        let i64t = self.ctx.i64_type();
        let obj = self
            .call_rt("mg_alloc", &[i64t.const_int(16, false).into()])
            .unwrap()
            .into_pointer_value();
        let code = w.as_global_value().as_pointer_value();
        b!(self.builder.build_store(obj, code));
        let second = b!(self.builder.build_struct_gep(st, obj, 1, "keyfn"));
        b!(self.builder.build_store(second, fv));
        obj
    }

    /// `u64 key(KeyObj *k, u64 slot)` calling the function value in `k`
    /// (of type `ft`) on the slot's value, for the runtime's sort, `min`
    /// and `max`.
    fn key_wrapper(&mut self, ft: &FuncTy) -> FunctionValue<'ctx> {
        if let Some(w) = self.key_wrappers.get(ft) {
            return *w;
        }
        let i64t = self.ctx.i64_type();
        let ptr = self.ctx.ptr_type(AddressSpace::default());
        let w = self.module.add_function(
            "key",
            i64t.fn_type(&[ptr.into(), i64t.into()], false),
            Some(Linkage::Internal),
        );
        self.key_wrappers.insert(ft.clone(), w);
        let pty = ft.params[0].clone();
        let saved_block = self.builder.get_insert_block();
        let saved_func = self.func;
        // The wrapper has no landing pads: an exception from the key
        // function unwinds through it to the caller of the sort.
        let saved_eh = std::mem::take(&mut self.eh);
        let bb = self.ctx.append_basic_block(w, "entry");
        self.builder.position_at_end(bb);
        self.func = Some(w);
        let k = w.get_nth_param(0).unwrap().into_pointer_value();
        let arg = w.get_nth_param(1).unwrap().into_int_value();
        let st = self.ctx.struct_type(&[ptr.into(), ptr.into()], false);
        let fp = b!(self.builder.build_struct_gep(st, k, 1, "keyfn"));
        let fobj = b!(self.builder.build_load(ptr, fp, "f")).into_pointer_value();
        let v = self.value_of_slot(arg, &pty);
        let r = self.call_fn_value(fobj, ft, &[v.into()]);
        let s = self.slot_of(r, &ft.ret);
        b!(self.builder.build_return(Some(&s)));
        self.func = saved_func;
        self.eh = saved_eh;
        if let Some(b) = saved_block {
            self.builder.position_at_end(b);
        }
        w
    }

    // ----- displays and element access -----

    pub(super) fn field_ptr(&self, obj: PointerValue<'ctx>, field: u32) -> PointerValue<'ctx> {
        b!(self
            .builder
            .build_struct_gep(self.list_ty(), obj, field, "fld"))
    }

    pub(super) fn load_i64(&self, p: PointerValue<'ctx>) -> IntValue<'ctx> {
        b!(self.builder.build_load(self.ctx.i64_type(), p, "ld")).into_int_value()
    }

    pub(super) fn list_display(&mut self, t: &Ty, elems: &'a [Expr]) -> BasicValueEnum<'ctx> {
        let Ty::List(et) = t else {
            unreachable!("list display of a non-list type")
        };
        if let Some(table) = self.constant_items(et, elems) {
            return self.list_from_table(et, table, elems.len());
        }
        let vals: Vec<BasicValueEnum> = elems.iter().map(|e| self.expr(e)).collect();
        let desc = self.type_desc(et);
        let i64t = self.ctx.i64_type();
        let list = self
            .call_rt(
                "mg_list_new",
                &[desc.into(), i64t.const_int(vals.len() as u64, false).into()],
            )
            .unwrap()
            .into_pointer_value();
        if !vals.is_empty() {
            let items = b!(self.builder.build_load(
                self.ctx.ptr_type(AddressSpace::default()),
                self.field_ptr(list, LIST_ITEMS),
                "items"
            ))
            .into_pointer_value();
            for (i, v) in vals.into_iter().enumerate() {
                let s = self.slot_of(v, et);
                let p = unsafe {
                    b!(self.builder.build_gep(
                        i64t,
                        items,
                        &[i64t.const_int(i as u64, false)],
                        "ip"
                    ))
                };
                b!(self.builder.build_store(p, s));
            }
        }
        list.into()
    }

    /// The items of a long display of literals as a constant array of
    /// slots, or `None` for a short display or one with other elements.
    /// Storing thousands of elements one by one makes a basic block that
    /// LLVM's instruction scheduler takes quadratic time over (a list of
    /// 10,000 numbers took 16 s to compile); copying a table is linear.
    fn constant_items(&mut self, et: &Ty, elems: &[Expr]) -> Option<PointerValue<'ctx>> {
        const MIN_TABLE: usize = 32;
        if elems.len() < MIN_TABLE {
            return None;
        }
        let i64t = self.ctx.i64_type();
        match et {
            Ty::Int | Ty::Float | Ty::Bool => {
                let mut words = Vec::with_capacity(elems.len());
                for e in elems {
                    let w = match (&e.kind, et) {
                        (ExprKind::Int(v), Ty::Int) => *v as u64,
                        (ExprKind::Float(v), Ty::Float) => v.to_bits(),
                        (ExprKind::Bool(v), Ty::Bool) => u64::from(*v),
                        _ => return None,
                    };
                    words.push(i64t.const_int(w, false));
                }
                Some(self.private_constant(i64t.const_array(&words), "items"))
            }
            Ty::Str => {
                let mut ptrs = Vec::with_capacity(elems.len());
                for e in elems {
                    let ExprKind::Str(v) = &e.kind else {
                        return None;
                    };
                    ptrs.push(self.str_const(v));
                }
                let ptr = self.ctx.ptr_type(AddressSpace::default());
                Some(self.private_constant(ptr.const_array(&ptrs), "items"))
            }
            _ => None,
        }
    }

    /// A new list of `n` elements copied from a constant table of slots.
    fn list_from_table(
        &mut self,
        et: &Ty,
        table: PointerValue<'ctx>,
        n: usize,
    ) -> BasicValueEnum<'ctx> {
        let desc = self.type_desc(et);
        let i64t = self.ctx.i64_type();
        let list = self
            .call_rt(
                "mg_list_new",
                &[desc.into(), i64t.const_int(n as u64, false).into()],
            )
            .unwrap()
            .into_pointer_value();
        let items = b!(self.builder.build_load(
            self.ctx.ptr_type(AddressSpace::default()),
            self.field_ptr(list, LIST_ITEMS),
            "items"
        ))
        .into_pointer_value();
        b!(self
            .builder
            .build_memcpy(items, 8, table, 8, i64t.const_int(8 * n as u64, false)));
        list.into()
    }

    /// A set display. CPython compiles a display of three or more constants
    /// into a frozenset constant that is copied (or, as the iterable of a
    /// `for`, iterated directly); the resulting iteration order differs
    /// from inserting the elements in order, so the runtime is told which
    /// construction to mimic.
    pub(super) fn set_display(
        &mut self,
        t: &Ty,
        elems: &'a [Expr],
        for_iteration: bool,
    ) -> BasicValueEnum<'ctx> {
        let Ty::Set(et) = t else {
            unreachable!("set display of a non-set type")
        };
        let desc = self.type_desc(et);
        if elems.len() >= 3 && elems.iter().all(is_constant) {
            let lt = Ty::List(et.clone());
            let list = self.list_display(&lt, elems);
            let mode = if for_iteration { 2 } else { 1 };
            return self
                .call_rt(
                    "mg_set_from_list",
                    &[
                        desc.into(),
                        list.into(),
                        self.ctx.i64_type().const_int(mode, false).into(),
                    ],
                )
                .unwrap();
        }
        let vals: Vec<BasicValueEnum> = elems.iter().map(|e| self.expr(e)).collect();
        let set = self.call_rt("mg_set_new", &[desc.into()]).unwrap();
        for v in vals {
            let s = self.slot_of(v, et);
            self.call_rt("mg_set_add", &[set.into(), s.into()]);
        }
        set
    }

    pub(super) fn dict_display(
        &mut self,
        t: &Ty,
        pairs: &'a [(Expr, Expr)],
    ) -> BasicValueEnum<'ctx> {
        let Ty::Dict(kt, vt) = t else {
            unreachable!("dict display of a non-dict type")
        };
        let kd = self.type_desc(kt);
        let vd = self.type_desc(vt);
        let d = self
            .call_rt("mg_dict_new", &[kd.into(), vd.into()])
            .unwrap();
        for (k, v) in pairs {
            let kv = self.expr(k);
            let vv = self.expr(v);
            let ks = self.slot_of(kv, kt);
            let vs = self.slot_of(vv, vt);
            self.call_rt("mg_dict_set", &[d.into(), ks.into(), vs.into()]);
        }
        d
    }

    /// A list index made non-negative and checked, or IndexError.
    fn list_index(
        &mut self,
        list: PointerValue<'ctx>,
        i: IntValue<'ctx>,
        msg: &str,
    ) -> IntValue<'ctx> {
        let i64t = self.ctx.i64_type();
        let len = self.load_i64(self.field_ptr(list, LIST_LEN));
        let neg =
            b!(self
                .builder
                .build_int_compare(IntPredicate::SLT, i, i64t.const_zero(), "neg"));
        let adj = b!(self.builder.build_int_add(i, len, "adj"));
        let idx = b!(self.builder.build_select(neg, adj, i, "idx")).into_int_value();
        // One unsigned comparison covers both idx < 0 and idx >= len.
        let bad = b!(self
            .builder
            .build_int_compare(IntPredicate::UGE, idx, len, "oob"));
        self.raise_if(bad, "IndexError", msg);
        idx
    }

    pub(super) fn item_ptr(
        &self,
        list: PointerValue<'ctx>,
        idx: IntValue<'ctx>,
    ) -> PointerValue<'ctx> {
        let i64t = self.ctx.i64_type();
        let items = b!(self.builder.build_load(
            self.ctx.ptr_type(AddressSpace::default()),
            self.field_ptr(list, LIST_ITEMS),
            "items"
        ))
        .into_pointer_value();
        unsafe { b!(self.builder.build_gep(i64t, items, &[idx], "ip")) }
    }

    pub(super) fn index(&mut self, base: &'a Expr, idx: &'a Expr, ty: &Ty) -> BasicValueEnum<'ctx> {
        let b = self.expr(base);
        let i = self.expr(idx);
        match &base.ty {
            Ty::List(et) => {
                let list = b.into_pointer_value();
                let k = self.list_index(list, i.into_int_value(), "list index out of range");
                let p = self.item_ptr(list, k);
                let s = self.load_i64(p);
                self.value_of_slot(s, et)
            }
            Ty::Dict(kt, _) => {
                let ks = self.slot_of(i, kt);
                let p = self
                    .call_rt("mg_dict_get_ptr", &[b.into(), ks.into()])
                    .unwrap()
                    .into_pointer_value();
                let missing = b!(self.builder.build_is_null(p, "missing"));
                let missing = self.expect_bool(missing, false);
                let fail = self.new_block("keyerror");
                let ok = self.new_block("ok");
                b!(self.builder.build_conditional_branch(missing, fail, ok));
                self.builder.position_at_end(fail);
                let kd = self.type_desc(kt);
                self.call_rt("mg_raise_key_error", &[kd.into(), ks.into()]);
                b!(self.builder.build_unreachable());
                self.builder.position_at_end(ok);
                let s = self.load_i64(p);
                self.value_of_slot(s, ty)
            }
            Ty::Range => self.range_call("mg_range_getitem", b, Some(i.into_int_value())),
            Ty::VarTuple(et) => {
                let p = self.var_tuple_item(b.into_pointer_value(), i.into_int_value());
                let s = self.load_i64(p);
                self.value_of_slot(s, et)
            }
            Ty::Tuple(ts) => {
                let i64t = self.ctx.i64_type();
                let n = i64t.const_int(ts.len() as u64, false);
                let i = i.into_int_value();
                let neg = b!(self.builder.build_int_compare(
                    IntPredicate::SLT,
                    i,
                    i64t.const_zero(),
                    "neg"
                ));
                let adj = b!(self.builder.build_int_add(i, n, "adj"));
                let k = b!(self.builder.build_select(neg, adj, i, "k")).into_int_value();
                let bad = b!(self
                    .builder
                    .build_int_compare(IntPredicate::UGE, k, n, "oob"));
                self.raise_if(bad, "IndexError", "tuple index out of range");
                let sv = b.into_struct_value();
                let mut cur = b!(self.builder.build_extract_value(sv, 0, "f0"));
                for f in 1..ts.len() as u32 {
                    let x = b!(self.builder.build_extract_value(sv, f, "fk"));
                    let is = b!(self.builder.build_int_compare(
                        IntPredicate::EQ,
                        k,
                        i64t.const_int(f as u64, false),
                        "is"
                    ));
                    cur = b!(self.builder.build_select(is, x, cur, "sel"));
                }
                cur
            }
            t => unreachable!("indexing a {t} passed the checker"),
        }
    }

    pub(super) fn set_item(&mut self, base: &'a Expr, idx: &'a Expr, value: &'a Expr) {
        let b = self.expr(base);
        let i = self.expr(idx);
        let v = self.expr(value);
        self.site = self.subscript_span(base, idx);
        self.store_item(b, &base.ty, i, v);
    }

    /// The span of `base[idx]` (the target CPython reports a failed store
    /// or `del` at): from the container to the closing bracket.
    pub(super) fn subscript_span(&self, base: &Expr, idx: &Expr) -> Option<Span> {
        if base.span == Span::default() || idx.span == Span::default() {
            return None;
        }
        let text = self.source.text.as_bytes();
        let b = self.src_base as usize;
        let mut end = (idx.span.end as usize).checked_sub(b)?;
        while end < text.len() && text[end] != b']' && text[end] != b'\n' {
            end += 1;
        }
        (end < text.len() && text[end] == b']')
            .then(|| Span::new(base.span.start, (b + end) as u32 + 1))
    }

    /// `container[index] = value` with every operand already evaluated.
    pub(super) fn store_item(
        &mut self,
        b: BasicValueEnum<'ctx>,
        bt: &Ty,
        i: BasicValueEnum<'ctx>,
        v: BasicValueEnum<'ctx>,
    ) {
        match bt {
            Ty::List(et) => {
                let list = b.into_pointer_value();
                let k = self.list_index(
                    list,
                    i.into_int_value(),
                    "list assignment index out of range",
                );
                let s = self.slot_of(v, et);
                let p = self.item_ptr(list, k);
                b!(self.builder.build_store(p, s));
            }
            Ty::Dict(kt, vt) => {
                let ks = self.slot_of(i, kt);
                let vs = self.slot_of(v, vt);
                self.call_rt("mg_dict_set", &[b.into(), ks.into(), vs.into()]);
            }
            t => unreachable!("item assignment on a {t} passed the checker"),
        }
    }

    pub(super) fn del_item(&mut self, base: &'a Expr, idx: &'a Expr) {
        let b = self.expr(base);
        let site = self.subscript_span(base, idx);
        let i = self.expr(idx);
        self.site = site;
        match &base.ty {
            Ty::List(_) => {
                let list = b.into_pointer_value();
                let k = self.list_index(
                    list,
                    i.into_int_value(),
                    "list assignment index out of range",
                );
                self.call_rt("mg_list_del_item", &[list.into(), k.into()]);
            }
            Ty::Dict(kt, _) => {
                let ks = self.slot_of(i, kt);
                let found = self
                    .call_rt("mg_dict_del", &[b.into(), ks.into()])
                    .unwrap()
                    .into_int_value();
                let missing = b!(self.builder.build_int_compare(
                    IntPredicate::EQ,
                    found,
                    self.ctx.i64_type().const_zero(),
                    "missing"
                ));
                let missing = self.expect_bool(missing, false);
                let fail = self.new_block("keyerror");
                let ok = self.new_block("ok");
                b!(self.builder.build_conditional_branch(missing, fail, ok));
                self.builder.position_at_end(fail);
                let kd = self.type_desc(kt);
                self.call_rt("mg_raise_key_error", &[kd.into(), ks.into()]);
                b!(self.builder.build_unreachable());
                self.builder.position_at_end(ok);
            }
            t => unreachable!("item deletion on a {t} passed the checker"),
        }
    }

    /// `list.append(v)`: store in place when there is room, else grow first.
    /// The address of element `i` of a boxed tuple (`{ i64 len, slots... }`),
    /// after CPython's negative-index adjustment and bounds check.
    fn var_tuple_item(&mut self, t: PointerValue<'ctx>, i: IntValue<'ctx>) -> PointerValue<'ctx> {
        let i64t = self.ctx.i64_type();
        let len = self.load_i64(t);
        let neg =
            b!(self
                .builder
                .build_int_compare(IntPredicate::SLT, i, i64t.const_zero(), "neg"));
        let adj = b!(self.builder.build_int_add(i, len, "adj"));
        let k = b!(self.builder.build_select(neg, adj, i, "k")).into_int_value();
        let bad = b!(self
            .builder
            .build_int_compare(IntPredicate::UGE, k, len, "oob"));
        self.raise_if(bad, "IndexError", "tuple index out of range");
        let k1 = b!(self
            .builder
            .build_int_add(k, i64t.const_int(1, false), "k1"));
        unsafe { b!(self.builder.build_gep(i64t, t, &[k1], "tp")) }
    }

    /// The elements of a dict view as a new list, and the list's type.
    fn view_list(&mut self, d: BasicValueEnum<'ctx>, t: &Ty) -> (BasicValueEnum<'ctx>, Ty) {
        let Ty::DictView(kind, k, v) = t else {
            unreachable!("a dict view")
        };
        match kind {
            0 => (
                self.call_rt("mg_dict_keys", &[d.into()]).unwrap(),
                Ty::List(k.clone()),
            ),
            1 => (
                self.call_rt("mg_dict_values", &[d.into()]).unwrap(),
                Ty::List(v.clone()),
            ),
            _ => {
                let pair = Ty::Tuple(vec![(**k).clone(), (**v).clone()]);
                let desc = self.type_desc(&pair);
                (
                    self.call_rt("mg_dict_items", &[d.into(), desc.into()])
                        .unwrap(),
                    Ty::List(Box::new(pair)),
                )
            }
        }
    }

    /// `repr` of a dict view: `dict_keys(['a', 'b'])` and the like.
    pub(super) fn view_repr(&mut self, d: BasicValueEnum<'ctx>, t: &Ty) -> PointerValue<'ctx> {
        let (list, lt) = self.view_list(d, t);
        let desc = self.type_desc(&lt);
        let s = self.slot_of(list, &lt);
        let body = self.call_rt("mg_repr", &[desc.into(), s.into()]).unwrap();
        let open = self.str_const(&format!("{}(", t.class_name()));
        let close = self.str_const(")");
        let a = self
            .call_rt("mg_str_concat", &[open.into(), body.into()])
            .unwrap();
        self.call_rt("mg_str_concat", &[a.into(), close.into()])
            .unwrap()
            .into_pointer_value()
    }

    /// Calls a runtime `range` function with the fields of a range value
    /// and optionally one more integer.
    pub(super) fn range_call(
        &mut self,
        name: &str,
        r: BasicValueEnum<'ctx>,
        extra: Option<IntValue<'ctx>>,
    ) -> BasicValueEnum<'ctx> {
        let sv = r.into_struct_value();
        let mut args: Vec<BasicMetadataValueEnum> = (0..3)
            .map(|i| b!(self.builder.build_extract_value(sv, i, "rf")).into())
            .collect();
        if let Some(x) = extra {
            args.push(x.into());
        }
        self.call_rt(name, &args).unwrap()
    }

    /// The elements of a list that must have exactly `n` of them.
    pub(super) fn unpack_list(
        &mut self,
        list: PointerValue<'ctx>,
        n: usize,
        et: &Ty,
    ) -> Vec<BasicValueEnum<'ctx>> {
        let i64t = self.ctx.i64_type();
        let len = self.load_i64(self.field_ptr(list, LIST_LEN));
        let want = i64t.const_int(n as u64, false);
        let few = b!(self
            .builder
            .build_int_compare(IntPredicate::SLT, len, want, "few"));
        let fail = self.new_block("unpack.few");
        let next = self.new_block("unpack.next");
        b!(self.builder.build_conditional_branch(few, fail, next));
        self.builder.position_at_end(fail);
        let ty = self.str_const("ValueError");
        let prefix = self.str_const("not enough values to unpack (expected ");
        let got = self.call_rt("mg_str_from_int", &[len.into()]).unwrap();
        let mid = self.str_const(&format!("{n}, got "));
        let close = self.str_const(")");
        let m1 = self
            .call_rt("mg_str_concat", &[prefix.into(), mid.into()])
            .unwrap();
        let m2 = self
            .call_rt("mg_str_concat", &[m1.into(), got.into()])
            .unwrap();
        let m3 = self
            .call_rt("mg_str_concat", &[m2.into(), close.into()])
            .unwrap();
        self.raise_with(ty, m3);
        self.builder.position_at_end(next);
        let many = b!(self
            .builder
            .build_int_compare(IntPredicate::SGT, len, want, "many"));
        self.raise_if(
            many,
            "ValueError",
            &format!("too many values to unpack (expected {n})"),
        );
        (0..n)
            .map(|i| {
                let p = self.item_ptr(list, i64t.const_int(i as u64, false));
                let s = self.load_i64(p);
                self.value_of_slot(s, et)
            })
            .collect()
    }

    pub(super) fn append(&mut self, list: &'a Expr, value: &'a Expr) {
        let Ty::List(et) = &list.ty else {
            unreachable!("append to a non-list")
        };
        let l = self.expr(list).into_pointer_value();
        let v = self.expr(value);
        let s = self.slot_of(v, et);
        let lenp = self.field_ptr(l, LIST_LEN);
        let len = self.load_i64(lenp);
        let cap = self.load_i64(self.field_ptr(l, LIST_CAP));
        let full = b!(self
            .builder
            .build_int_compare(IntPredicate::EQ, len, cap, "full"));
        let full = self.expect_bool(full, false);
        let grow = self.new_block("grow");
        let store = self.new_block("store");
        b!(self.builder.build_conditional_branch(full, grow, store));
        self.builder.position_at_end(grow);
        self.call_rt("mg_list_grow", &[l.into()]);
        b!(self.builder.build_unconditional_branch(store));
        self.builder.position_at_end(store);
        let p = self.item_ptr(l, len);
        b!(self.builder.build_store(p, s));
        let n = b!(self
            .builder
            .build_int_add(len, self.ctx.i64_type().const_int(1, false), "n"));
        b!(self.builder.build_store(lenp, n));
    }

    pub(super) fn len(&mut self, x: &'a Expr) -> BasicValueEnum<'ctx> {
        let v = self.expr(x);
        match &x.ty {
            // `MgStr` is `{ i64 len, i64 nchars, ... }`: `len()` counts
            // code points.
            Ty::Str => {
                let p = unsafe {
                    b!(self.builder.build_gep(
                        self.ctx.i64_type(),
                        v.into_pointer_value(),
                        &[self.ctx.i64_type().const_int(1, false)],
                        "nchars"
                    ))
                };
                self.load_i64(p).into()
            }
            Ty::Range => self.range_call("mg_range_len", v, None),
            // Lists, dicts and sets all keep their length first.
            _ => self.load_i64(v.into_pointer_value()).into(),
        }
    }

    pub(super) fn dict_get(
        &mut self,
        d: &'a Expr,
        k: &'a Expr,
        default: Option<&'a Expr>,
        ty: &Ty,
    ) -> BasicValueEnum<'ctx> {
        let Ty::Dict(kt, _) = &d.ty else {
            unreachable!("get on a non-dict")
        };
        let dv = self.expr(d);
        let kv = self.expr(k);
        let ks = self.slot_of(kv, kt);
        let p = self
            .call_rt("mg_dict_get_ptr", &[dv.into(), ks.into()])
            .unwrap()
            .into_pointer_value();
        let missing = b!(self.builder.build_is_null(p, "missing"));
        let found_bb = self.new_block("get.found");
        let missing_bb = self.new_block("get.missing");
        let end = self.new_block("get.end");
        b!(self
            .builder
            .build_conditional_branch(missing, missing_bb, found_bb));
        self.builder.position_at_end(found_bb);
        let s = self.load_i64(p);
        let fv = self.value_of_slot(s, ty);
        let fb = self.builder.get_insert_block().unwrap();
        b!(self.builder.build_unconditional_branch(end));
        self.builder.position_at_end(missing_bb);
        // The default is evaluated only when the key is missing; that is
        // unobservable for the pure defaults the checker accepts here, and
        // it saves work on hits.
        let dv = match default {
            Some(e) => self.expr(e),
            None => self.none(),
        };
        let mb = self.builder.get_insert_block().unwrap();
        b!(self.builder.build_unconditional_branch(end));
        self.builder.position_at_end(end);
        let phi = b!(self.builder.build_phi(llvm_ty(self.ctx, ty), "get"));
        phi.add_incoming(&[(&fv, fb), (&dv, mb)]);
        phi.as_basic_value()
    }

    /// `item in container` for lists, dicts, sets and tuples.
    pub(super) fn contains(
        &mut self,
        container: BasicValueEnum<'ctx>,
        ct: &Ty,
        item: BasicValueEnum<'ctx>,
        it: &Ty,
    ) -> IntValue<'ctx> {
        if let Ty::DictView(kind, k, _) = ct {
            if *kind == 0 {
                let s = self.slot_of(item, k);
                let r = self
                    .call_rt("mg_dict_contains", &[container.into(), s.into()])
                    .unwrap()
                    .into_int_value();
                return b!(self.builder.build_int_compare(
                    IntPredicate::NE,
                    r,
                    self.ctx.i64_type().const_zero(),
                    "in"
                ));
            }
            let (list, lt) = self.view_list(container, ct);
            let Ty::List(et) = &lt else {
                unreachable!("a list type")
            };
            let s = self.slot_of(item, et);
            let r = self
                .call_rt("mg_list_contains", &[list.into(), s.into()])
                .unwrap()
                .into_int_value();
            return b!(self.builder.build_int_compare(
                IntPredicate::NE,
                r,
                self.ctx.i64_type().const_zero(),
                "in"
            ));
        }
        if let Ty::VarTuple(et) = ct {
            let d = self.type_desc(et);
            let item = if **et == Ty::Float && *it != Ty::Float {
                self.to_float(item, it).into()
            } else {
                item
            };
            let s = self.slot_of(item, et);
            let r = self
                .call_rt("mg_tuple_contains", &[d.into(), container.into(), s.into()])
                .unwrap()
                .into_int_value();
            return b!(self.builder.build_int_compare(
                IntPredicate::NE,
                r,
                self.ctx.i64_type().const_zero(),
                "in"
            ));
        }
        if *ct == Ty::Range {
            let x = self.to_int(item, it);
            let r = self
                .range_call("mg_range_contains", container, Some(x))
                .into_int_value();
            return b!(self.builder.build_int_compare(
                IntPredicate::NE,
                r,
                self.ctx.i64_type().const_zero(),
                "in"
            ));
        }
        let elem = match ct {
            Ty::List(t) | Ty::Set(t) | Ty::Dict(t, _) => (**t).clone(),
            Ty::Tuple(ts) => ts[0].clone(),
            t => unreachable!("membership in a {t} passed the checker"),
        };
        // An int looked up among floats compares as a float.
        let item = if *it != elem && elem == Ty::Float {
            self.to_float(item, it).into()
        } else {
            item
        };
        if let Ty::Tuple(ts) = ct {
            let sv = container.into_struct_value();
            let kind = match &elem {
                Ty::Int | Ty::Bool => CmpKind::Int,
                Ty::Float => CmpKind::Float,
                Ty::Str => CmpKind::Str,
                t => CmpKind::Generic(t.clone()),
            };
            let mut any = self.ctx.bool_type().const_zero();
            for i in 0..ts.len() {
                let x = b!(self.builder.build_extract_value(sv, i as u32, "el"));
                let e = self.compare_pair(CmpOp::Eq, &kind, item, x, &elem, &elem);
                any = b!(self.builder.build_or(any, e, "any"));
            }
            return any;
        }
        let s = self.slot_of(item, &elem);
        let f = match ct {
            Ty::List(_) => "mg_list_contains",
            Ty::Set(_) => "mg_set_contains",
            _ => "mg_dict_contains",
        };
        let r = self
            .call_rt(f, &[container.into(), s.into()])
            .unwrap()
            .into_int_value();
        b!(self.builder.build_int_compare(
            IntPredicate::NE,
            r,
            self.ctx.i64_type().const_zero(),
            "in"
        ))
    }

    /// `a < b` (or another ordering) of two tuples: the first elements that
    /// differ decide; if one tuple is a prefix of the other, the lengths do.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn tuple_order(
        &mut self,
        op: CmpOp,
        kinds: &[CmpKind],
        la: usize,
        lb: usize,
        a: BasicValueEnum<'ctx>,
        b: BasicValueEnum<'ctx>,
        aty: &Ty,
        bty: &Ty,
    ) -> IntValue<'ctx> {
        let (Ty::Tuple(ats), Ty::Tuple(bts)) = (aty, bty) else {
            unreachable!("tuple ordering of non-tuples")
        };
        let (sa, sb) = (a.into_struct_value(), b.into_struct_value());
        let bt = self.ctx.bool_type();
        let end = self.new_block("tord.end");
        let mut incoming = Vec::new();
        for (i, k) in kinds.iter().enumerate() {
            let x = b!(self.builder.build_extract_value(sa, i as u32, "ta"));
            let y = b!(self.builder.build_extract_value(sb, i as u32, "tb"));
            let eq = self.compare_pair(CmpOp::Eq, k, x, y, &ats[i], &bts[i]);
            let differ = self.new_block("tord.differ");
            let next = self.new_block("tord.next");
            b!(self.builder.build_conditional_branch(eq, next, differ));
            self.builder.position_at_end(differ);
            let r = self.compare_pair(op, k, x, y, &ats[i], &bts[i]);
            incoming.push((r, self.builder.get_insert_block().unwrap()));
            b!(self.builder.build_unconditional_branch(end));
            self.builder.position_at_end(next);
        }
        let by_len = match op {
            CmpOp::Lt => la < lb,
            CmpOp::Le => la <= lb,
            CmpOp::Gt => la > lb,
            _ => la >= lb,
        };
        incoming.push((
            bt.const_int(by_len as u64, false),
            self.builder.get_insert_block().unwrap(),
        ));
        b!(self.builder.build_unconditional_branch(end));
        self.builder.position_at_end(end);
        let phi = b!(self.builder.build_phi(bt, "tord"));
        for (v, bb) in &incoming {
            phi.add_incoming(&[(v, *bb)]);
        }
        phi.as_basic_value().into_int_value()
    }

    /// Generic equality or ordering through the runtime.
    pub(super) fn generic_compare(
        &mut self,
        op: CmpOp,
        t: &Ty,
        a: BasicValueEnum<'ctx>,
        b: BasicValueEnum<'ctx>,
    ) -> IntValue<'ctx> {
        if *t == Ty::Range {
            let bs = b.into_struct_value();
            let extra: Vec<BasicMetadataValueEnum> = (0..3)
                .map(|i| b!(self.builder.build_extract_value(bs, i, "rf")).into())
                .collect();
            let av = a.into_struct_value();
            let mut args: Vec<BasicMetadataValueEnum> = (0..3)
                .map(|i| b!(self.builder.build_extract_value(av, i, "rf")).into())
                .collect();
            args.extend(extra);
            let r = self.call_rt("mg_range_eq", &args).unwrap().into_int_value();
            let p = if op == CmpOp::Eq {
                IntPredicate::NE
            } else {
                IntPredicate::EQ
            };
            return b!(self.builder.build_int_compare(
                p,
                r,
                self.ctx.i64_type().const_zero(),
                "req"
            ));
        }
        let desc = self.type_desc(t);
        let sa = self.slot_of(a, t);
        let sb = self.slot_of(b, t);
        let i64t = self.ctx.i64_type();
        match op {
            CmpOp::Eq | CmpOp::Ne => {
                let r = self
                    .call_rt("mg_eq", &[desc.into(), sa.into(), sb.into()])
                    .unwrap()
                    .into_int_value();
                let p = if op == CmpOp::Eq {
                    IntPredicate::NE
                } else {
                    IntPredicate::EQ
                };
                b!(self
                    .builder
                    .build_int_compare(p, r, i64t.const_zero(), "geq"))
            }
            _ if matches!(t, Ty::Set(_)) => {
                // Set ordering is inclusion: `<=` subset, `<` proper subset.
                let (x, y) = if matches!(op, CmpOp::Lt | CmpOp::Le) {
                    (a, b)
                } else {
                    (b, a)
                };
                let sub = self
                    .call_rt("mg_set_issubset", &[x.into(), y.into()])
                    .unwrap()
                    .into_int_value();
                let sub = b!(self.builder.build_int_compare(
                    IntPredicate::NE,
                    sub,
                    i64t.const_zero(),
                    "sub"
                ));
                if matches!(op, CmpOp::Le | CmpOp::Ge) {
                    return sub;
                }
                let lx = self.load_i64(x.into_pointer_value());
                let ly = self.load_i64(y.into_pointer_value());
                let ne = b!(self
                    .builder
                    .build_int_compare(IntPredicate::NE, lx, ly, "proper"));
                b!(self.builder.build_and(sub, ne, "psub"))
            }
            _ => {
                // The runtime applies CPython's rules (lexicographic order,
                // exact int/float comparison) and its TypeError messages.
                let code = match op {
                    CmpOp::Lt => 0,
                    CmpOp::Le => 1,
                    CmpOp::Gt => 2,
                    _ => 3,
                };
                let r = self
                    .call_rt(
                        "mg_compare",
                        &[
                            desc.into(),
                            sa.into(),
                            sb.into(),
                            i64t.const_int(code, false).into(),
                        ],
                    )
                    .unwrap()
                    .into_int_value();
                b!(self
                    .builder
                    .build_int_compare(IntPredicate::NE, r, i64t.const_zero(), "gcmp"))
            }
        }
    }
}

/// An expression CPython 3.11 turns into a constant before compiling: a
/// literal, or a tuple, unary or binary operation of such constants (its
/// AST optimiser folds them, within the size limits of
/// `Python/ast_opt.c`). Implicit int-to-float and bool-to-int conversions
/// of a constant are constants too. Operations that raise when folded (a
/// division by zero) are left to run time by CPython, where they raise
/// before the display exists, so treating them as constants is harmless.
fn is_constant(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::Int(_)
        | ExprKind::Float(_)
        | ExprKind::Bool(_)
        | ExprKind::None
        | ExprKind::Str(_) => true,
        ExprKind::Tuple(xs) => xs.iter().all(is_constant),
        ExprKind::IntToFloat(x) | ExprKind::BoolToInt(x) => is_constant(x),
        ExprKind::Num(NumOp::Promote, xs) => is_constant(&xs[0]),
        ExprKind::Unary(UnOp::Not, x) => match &x.kind {
            ExprKind::Truth(y) => is_constant(y),
            _ => is_constant(x),
        },
        ExprKind::Unary(_, x) => is_constant(x),
        // `str % x` is formatting, which the optimiser does not fold.
        ExprKind::Binary(BinOp::Mod, a, _) if a.ty == Ty::Str => false,
        ExprKind::Binary(_, a, b) => is_constant(a) && is_constant(b),
        ExprKind::Runtime("mg_str_repeat", args) => {
            const_str_len(e).is_some_and(|n| n <= 4096) && is_constant(&args[1])
        }
        _ => false,
    }
}

/// The length in characters of a constant string expression, if known.
fn const_str_len(e: &Expr) -> Option<usize> {
    match &e.kind {
        ExprKind::Str(s) => Some(s.chars().count()),
        ExprKind::Binary(BinOp::Add, a, b) => Some(const_str_len(a)? + const_str_len(b)?),
        ExprKind::Runtime("mg_str_repeat", args) => match args[1].kind {
            ExprKind::Int(n) => Some(const_str_len(&args[0])?.saturating_mul(n.max(0) as usize)),
            ExprKind::Bool(b) => Some(const_str_len(&args[0])? * usize::from(b)),
            _ => None,
        },
        _ => None,
    }
}
