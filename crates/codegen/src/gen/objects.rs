//! Objects: class descriptors, allocation, fields, method calls with
//! dynamic dispatch, `isinstance`, and `Optional` values.
//!
//! An object is a GC-allocated block: the pointer to its class descriptor,
//! then (for exceptions) the runtime's exception header, then one 8-byte
//! slot per field. A class descriptor is the runtime's `MgClass` header
//! (name, module, base, flags, the special methods the runtime calls, and
//! the attribute table `dir()` needs) followed by the class's virtual table; built-in exception classes are
//! the runtime's own descriptors (`mg_class_NAME`).

use super::*;

/// Words of `MgClass` before the virtual table.
const CLASS_HEADER_WORDS: u64 = 13;
/// `MgClass::flags` bits.
const CLASS_EXCEPTION: u64 = 1;
const CLASS_UNHASHABLE: u64 = 2;

impl<'a, 'ctx> Gen<'a, 'ctx> {
    /// The descriptor of a class.
    pub(super) fn class_desc(&mut self, c: ClassId) -> PointerValue<'ctx> {
        if let Some(p) = self.class_descs.get(&c) {
            return *p;
        }
        let class = &self.program.classes[c.index()];
        let ptr = self.ctx.ptr_type(AddressSpace::default());
        let g = if class.builtin {
            let g = self
                .module
                .add_global(ptr, None, &format!("mg_class_{}", class.name));
            g.set_linkage(Linkage::External);
            g
        } else {
            let n = CLASS_HEADER_WORDS as usize + class.vtable.len();
            let ty = ptr.array_type(n as u32);
            let g = self
                .module
                .add_global(ty, None, &modules::class_symbol(self.program, c));
            // Another module's class is only declared here.
            g.set_linkage(if self.separate() {
                Linkage::External
            } else {
                Linkage::Internal
            });
            g.set_constant(true);
            g
        };
        let p = g.as_pointer_value();
        self.class_descs.insert(c, p);
        p
    }

    /// Fills in the descriptors of the program's classes (after every
    /// function is declared).
    pub(super) fn define_classes(&mut self) {
        let ptr = self.ctx.ptr_type(AddressSpace::default());
        let i64t = self.ctx.i64_type();
        for (i, class) in self.program.classes.iter().enumerate() {
            if class.builtin || !self.owns_class(i) {
                continue;
            }
            let c = ClassId(i as u32);
            let desc = self.class_desc(c);
            let name = self.c_string(&class.name);
            let module = match &class.module {
                Some(m) => self.c_string(m),
                None => ptr.const_null(),
            };
            let parent = match class.parent {
                Some(p) => self.class_desc(p),
                None => ptr.const_null(),
            };
            let mut flags = 0;
            if class.is_exception {
                flags |= CLASS_EXCEPTION;
            }
            if class.unhashable {
                flags |= CLASS_UNHASHABLE;
            }
            let flags_ptr =
                b!(self
                    .builder
                    .build_int_to_ptr(i64t.const_int(flags, false), ptr, "flags"));
            let _ = flags_ptr;
            let flags_c = i64t.const_int(flags, false).const_to_pointer(ptr);
            let mut words: Vec<PointerValue> = vec![name, module, parent, flags_c];
            for d in [
                Dunder::Repr,
                Dunder::Str,
                Dunder::Eq,
                Dunder::Hash,
                Dunder::Lt,
                Dunder::Le,
                Dunder::Gt,
                Dunder::Ge,
            ] {
                let w = match class.dunders.iter().find(|x| x.0 == d) {
                    Some((_, f)) => self
                        .dunder_wrapper(d, *f)
                        .as_global_value()
                        .as_pointer_value(),
                    None => ptr.const_null(),
                };
                words.push(w);
            }
            words.push(self.attr_table(class));
            for f in &class.vtable {
                words.push(self.funcs[f.index()].as_global_value().as_pointer_value());
            }
            let init = ptr.const_array(&words);
            let g = self
                .module
                .get_global(&modules::class_symbol(self.program, c))
                .unwrap();
            let _ = desc;
            g.set_initializer(&init);
        }
    }

    /// The runtime's `MgAttrTable` of a class, from which it computes
    /// `dir()` of an instance when an uncaught `AttributeError` asks for a
    /// suggestion: each field with where to tell that it is set (a word of
    /// the object and a mask; always-set fields test the class pointer),
    /// then the class-level names, all names in one string.
    fn attr_table(&mut self, class: &Class) -> PointerValue<'ctx> {
        let i64t = self.ctx.i64_type();
        let ptr = self.ctx.ptr_type(AddressSpace::default());
        let mut names = Vec::new();
        let mut checks = Vec::new();
        for ((name, _), l) in class.fields.iter().zip(&class.layout) {
            let (word, mask) = match l.check {
                UnsetCheck::Never => (0, u64::MAX),
                UnsetCheck::Null => (l.word, u64::MAX),
                UnsetCheck::Bit { word, mask } => (word, mask),
            };
            checks.push(i64t.const_array(&[
                i64t.const_int(word as u64, false),
                i64t.const_int(mask, false),
            ]));
            names.extend_from_slice(name.as_bytes());
            names.push(0);
        }
        for n in &class.class_names {
            names.extend_from_slice(n.as_bytes());
            names.push(0);
        }
        let fields = if checks.is_empty() {
            ptr.const_null()
        } else {
            let arr = i64t.array_type(2).const_array(&checks);
            self.private_constant(arr, "attrs.fields")
        };
        let names = self.private_constant(self.ctx.const_string(&names, false), "attrs.names");
        let table = self.ctx.const_struct(
            &[
                i64t.const_int(class.fields.len() as u64, false).into(),
                fields.into(),
                i64t.const_int(class.class_names.len() as u64, false).into(),
                names.into(),
            ],
            false,
        );
        self.private_constant(table, "attrs")
    }

    /// The C-ABI function the runtime calls for a special method.
    fn dunder_wrapper(&mut self, d: Dunder, f: FuncId) -> FunctionValue<'ctx> {
        let ptr = self.ctx.ptr_type(AddressSpace::default());
        let i64t = self.ctx.i64_type();
        let func = &self.program.functions[f.index()];
        let binary = matches!(
            d,
            Dunder::Eq | Dunder::Lt | Dunder::Le | Dunder::Gt | Dunder::Ge
        );
        let fty = match d {
            Dunder::Repr | Dunder::Str => ptr.fn_type(&[ptr.into()], false),
            Dunder::Hash => i64t.fn_type(&[ptr.into()], false),
            _ => i64t.fn_type(&[ptr.into(), ptr.into()], false),
        };
        let w = self.module.add_function(
            &format!("dunder.{:?}.{}", d, func.name),
            fty,
            Some(Linkage::Internal),
        );
        let saved_block = self.builder.get_insert_block();
        let saved_func = self.func.replace(w);
        let saved_eh = std::mem::take(&mut self.eh);
        let bb = self.ctx.append_basic_block(w, "entry");
        self.builder.position_at_end(bb);
        let a = w.get_nth_param(0).unwrap();
        let target = self.funcs[f.index()];
        let r = if binary {
            let b = w.get_nth_param(1).unwrap().into_pointer_value();
            // The other operand must be an instance of the parameter's
            // class; otherwise the method does not apply (NotImplemented).
            let pty = &func.locals[func.params[1].index()].ty;
            if func.exact_other {
                let ptr = self.ctx.ptr_type(AddressSpace::default());
                let ca = b!(self.builder.build_load(ptr, a.into_pointer_value(), "ca"));
                let cb = b!(self.builder.build_load(ptr, b, "cb"));
                let ok = b!(self.builder.build_int_compare(
                    IntPredicate::EQ,
                    ca.into_pointer_value(),
                    cb.into_pointer_value(),
                    "same"
                ));
                let yes = self.ctx.append_basic_block(w, "apply");
                let no = self.ctx.append_basic_block(w, "notimpl");
                b!(self.builder.build_conditional_branch(ok, yes, no));
                self.builder.position_at_end(no);
                b!(self
                    .builder
                    .build_return(Some(&i64t.const_int(u64::MAX, true))));
                self.builder.position_at_end(yes);
            } else if let Some(pc) = match pty {
                Ty::Class(pc) if *pc != OBJECT_CLASS => Some(pc),
                _ => None,
            } {
                let ok = self.instance_of(b, *pc);
                let yes = self.ctx.append_basic_block(w, "apply");
                let no = self.ctx.append_basic_block(w, "notimpl");
                b!(self.builder.build_conditional_branch(ok, yes, no));
                self.builder.position_at_end(no);
                b!(self
                    .builder
                    .build_return(Some(&i64t.const_int(u64::MAX, true))));
                self.builder.position_at_end(yes);
            }
            let r = b!(self.builder.build_call(target, &[a.into(), b.into()], "r"))
                .try_as_basic_value()
                .basic()
                .unwrap();
            let rv = self.truth_value(r, &func.ret);
            b!(self.builder.build_int_z_extend(rv, i64t, "r64")).into()
        } else {
            b!(self.builder.build_call(target, &[a.into()], "r"))
                .try_as_basic_value()
                .basic()
                .unwrap()
        };
        b!(self.builder.build_return(Some(&r)));
        self.func = saved_func;
        self.eh = saved_eh;
        if let Some(bb) = saved_block {
            self.builder.position_at_end(bb);
        }
        w
    }

    /// Truthiness without raising (for results of comparison methods).
    fn truth_value(&mut self, v: BasicValueEnum<'ctx>, ty: &Ty) -> IntValue<'ctx> {
        let eh = std::mem::take(&mut self.eh.enabled);
        let r = self.truth(v, ty);
        self.eh.enabled = eh;
        r
    }

    // ----- expressions -----

    pub(super) fn new_object(
        &mut self,
        c: ClassId,
        init: Option<FuncId>,
        args: &'a [Expr],
        map: &'a [ArgSource],
    ) -> BasicValueEnum<'ctx> {
        let class = &self.program.classes[c.index()];
        let i64t = self.ctx.i64_type();
        let vals: Vec<BasicValueEnum> = args.iter().map(|a| self.expr(a)).collect();
        let size = 8 * class.size_words as u64;
        let cls = self.class_desc(c);
        let obj = if class.is_exception {
            // The arguments as written become `args` (as CPython's
            // `BaseException.__new__` does), whether or not `__init__` runs.
            let tys: Vec<Ty> = args.iter().map(|a| a.ty.clone()).collect();
            let tt = Ty::Tuple(tys);
            let tv = self.make_tuple(&tt, &vals);
            let boxed = self.slot_of(tv, &tt);
            let ptr = self.ctx.ptr_type(AddressSpace::default());
            let boxed = b!(self.builder.build_int_to_ptr(boxed, ptr, "args"));
            let desc = self.type_desc(&tt);
            let f = self.rt["mg_exc_new"];
            self.call_fn(
                f,
                &[
                    cls.into(),
                    i64t.const_int(size, false).into(),
                    boxed.into(),
                    desc.into(),
                ],
            )
            .unwrap()
            .into_pointer_value()
        } else {
            let f = self.rt["mg_alloc"];
            let p = self
                .call_fn(f, &[i64t.const_int(size, false).into()])
                .unwrap()
                .into_pointer_value();
            b!(self.builder.build_store(p, cls));
            p
        };
        if let Some(init) = init {
            let mut params: Vec<BasicMetadataValueEnum> = vec![obj.into()];
            for m in map {
                let v = match m {
                    ArgSource::Written(i) => vals[*i],
                    ArgSource::Default(d) => self.expr(d),
                };
                params.push(v.into());
            }
            let f = self.funcs[init.index()];
            self.call_fn(f, &params);
        }
        obj.into()
    }

    /// Where field `i` of an object of static type `ty` lives, and how its
    /// reads check that it was assigned (`hir::check::unset`).
    fn field_layout(&self, ty: &Ty, i: usize) -> (&'a FieldLayout, &'a str) {
        let Ty::Class(c) = ty else {
            unreachable!("field of a non-object: {ty:?}")
        };
        let class = &self.program.classes[c.index()];
        (&class.layout[i], &class.fields[i].0)
    }

    fn field_slot(&mut self, obj: PointerValue<'ctx>, ty: &Ty, i: usize) -> PointerValue<'ctx> {
        let word = self.field_layout(ty, i).0.word;
        self.word_ptr(obj, word as u64)
    }

    /// Whether a field whose reads are checked holds a value (`s` is its
    /// slot).
    fn field_is_set(
        &mut self,
        obj: PointerValue<'ctx>,
        s: IntValue<'ctx>,
        check: UnsetCheck,
    ) -> IntValue<'ctx> {
        let i64t = self.ctx.i64_type();
        match check {
            UnsetCheck::Never => self.ctx.bool_type().const_all_ones(),
            UnsetCheck::Null => {
                b!(self
                    .builder
                    .build_int_compare(IntPredicate::NE, s, i64t.const_zero(), "isset"))
            }
            UnsetCheck::Bit { word, mask } => {
                let p = self.word_ptr(obj, word as u64);
                let w = self.load_i64(p);
                let bit = b!(self
                    .builder
                    .build_and(w, i64t.const_int(mask, false), "setbit"));
                b!(self.builder.build_int_compare(
                    IntPredicate::NE,
                    bit,
                    i64t.const_zero(),
                    "isset"
                ))
            }
        }
    }

    /// Raises CPython's `AttributeError` for an unassigned attribute of
    /// `obj` (naming the object's own class) unless `set` holds; `read`
    /// for a read (whose uncaught report suggests a near name), not a
    /// `del`.
    fn raise_unset_unless(
        &mut self,
        set: IntValue<'ctx>,
        obj: PointerValue<'ctx>,
        name: &str,
        read: bool,
    ) {
        let set = self.expect_bool(set, true);
        let fail = self.new_block("unset");
        let ok = self.new_block("set");
        b!(self.builder.build_conditional_branch(set, ok, fail));
        self.builder.position_at_end(fail);
        let n = self.str_const(name);
        let read = self.ctx.i64_type().const_int(u64::from(read), false);
        self.call_rt("mg_raise_no_attr", &[obj.into(), n.into(), read.into()]);
        b!(self.builder.build_unreachable());
        self.builder.position_at_end(ok);
    }

    /// Marks a field with an assignment bit as assigned (or, with
    /// `set` false, as unassigned).
    fn mark_field(&mut self, obj: PointerValue<'ctx>, check: UnsetCheck, set: bool) {
        let UnsetCheck::Bit { word, mask } = check else {
            return;
        };
        let i64t = self.ctx.i64_type();
        let p = self.word_ptr(obj, word as u64);
        let w = self.load_i64(p);
        let w = if set {
            b!(self.builder.build_or(w, i64t.const_int(mask, false), "set"))
        } else {
            b!(self
                .builder
                .build_and(w, i64t.const_int(!mask, false), "clear"))
        };
        b!(self.builder.build_store(p, w));
    }

    pub(super) fn get_field(&mut self, obj: &'a Expr, i: usize, ty: &Ty) -> BasicValueEnum<'ctx> {
        let o = self.expr(obj).into_pointer_value();
        let (layout, name) = self.field_layout(&obj.ty, i);
        let p = self.word_ptr(o, layout.word as u64);
        let s = self.load_i64(p);
        if layout.check == UnsetCheck::Never {
            return self.value_of_slot(s, ty);
        }
        let set = self.field_is_set(o, s, layout.check);
        let Some(g) = layout.class_value else {
            self.raise_unset_unless(set, o, name, true);
            return self.value_of_slot(s, ty);
        };
        // Unassigned, the attribute is the class attribute of that name.
        let set = self.expect_bool(set, true);
        let own = self.new_block("field.own");
        let class = self.new_block("field.class");
        let join = self.new_block("field.join");
        b!(self.builder.build_conditional_branch(set, own, class));
        self.builder.position_at_end(own);
        let a = self.value_of_slot(s, ty);
        let a_bb = self.builder.get_insert_block().unwrap();
        self.br(join);
        self.builder.position_at_end(class);
        let b = self.load_place(Place::Global(g), ty);
        let b_bb = self.builder.get_insert_block().unwrap();
        self.br(join);
        self.builder.position_at_end(join);
        let phi = b!(self.builder.build_phi(a.get_type(), "attr"));
        phi.add_incoming(&[(&a, a_bb), (&b, b_bb)]);
        phi.as_basic_value()
    }

    /// `hasattr(obj, "field")`: the field is set, or a read of it finds
    /// the class attribute.
    pub(super) fn field_set(&mut self, obj: &'a Expr, i: usize) -> IntValue<'ctx> {
        let o = self.expr(obj).into_pointer_value();
        let (layout, _) = self.field_layout(&obj.ty, i);
        if layout.class_value.is_some() {
            return self.ctx.bool_type().const_all_ones();
        }
        let p = self.word_ptr(o, layout.word as u64);
        let s = self.load_i64(p);
        self.field_is_set(o, s, layout.check)
    }

    /// Stores an evaluated value into a field (a tuple-target element).
    pub(super) fn store_field(&mut self, obj: &'a Expr, i: usize, v: BasicValueEnum<'ctx>, t: &Ty) {
        let o = self.expr(obj).into_pointer_value();
        let s = self.slot_of(v, t);
        let p = self.field_slot(o, &obj.ty, i);
        b!(self.builder.build_store(p, s));
        let check = self.field_layout(&obj.ty, i).0.check;
        self.mark_field(o, check, true);
    }

    pub(super) fn set_field(&mut self, obj: &'a Expr, i: usize, v: &'a Expr) {
        let o = self.expr(obj).into_pointer_value();
        let val = self.expr(v);
        let s = self.slot_of(val, &v.ty);
        let p = self.field_slot(o, &obj.ty, i);
        b!(self.builder.build_store(p, s));
        let check = self.field_layout(&obj.ty, i).0.check;
        self.mark_field(o, check, true);
    }

    /// `del obj.field`: `AttributeError` if it is not assigned, otherwise
    /// it becomes unassigned (and its old value unreachable).
    pub(super) fn del_field(&mut self, obj: &'a Expr, i: usize, span: Span) {
        let o = self.expr(obj).into_pointer_value();
        self.site = Some(span);
        let (layout, name) = self.field_layout(&obj.ty, i);
        let p = self.word_ptr(o, layout.word as u64);
        let s = self.load_i64(p);
        let set = self.field_is_set(o, s, layout.check);
        self.raise_unset_unless(set, o, name, false);
        b!(self
            .builder
            .build_store(p, self.ctx.i64_type().const_zero()));
        self.mark_field(o, layout.check, false);
    }

    pub(super) fn method_call(
        &mut self,
        func: FuncId,
        slot: Option<usize>,
        args: &'a [Expr],
        map: &'a [ArgSource],
    ) -> BasicValueEnum<'ctx> {
        let vals: Vec<BasicValueEnum> = args.iter().map(|a| self.expr(a)).collect();
        let mut params: Vec<BasicMetadataValueEnum> = Vec::new();
        for m in map {
            let v = match m {
                ArgSource::Written(i) => vals[*i],
                ArgSource::Default(d) => self.expr(d),
            };
            params.push(v.into());
        }
        self.call_method_value(func, slot, &params)
    }

    /// Calls a method with evaluated arguments (the receiver first),
    /// through the virtual table when `slot` is given.
    pub(super) fn call_method_value(
        &mut self,
        func: FuncId,
        slot: Option<usize>,
        params: &[BasicMetadataValueEnum<'ctx>],
    ) -> BasicValueEnum<'ctx> {
        let f = self.funcs[func.index()];
        let r = match slot {
            None => self.call_fn(f, params),
            Some(s) => {
                let ptr = self.ctx.ptr_type(AddressSpace::default());
                let recv = params[0].into_pointer_value();
                let cls = b!(self.builder.build_load(ptr, recv, "cls")).into_pointer_value();
                let entry = self.word_ptr(cls, CLASS_HEADER_WORDS + s as u64);
                let fp = b!(self.builder.build_load(ptr, entry, "method")).into_pointer_value();
                self.call_ptr(f.get_type(), fp, params)
            }
        };
        r.unwrap_or_else(|| self.none())
    }

    pub(super) fn isinstance(&mut self, x: &'a Expr, classes: &[ClassId]) -> BasicValueEnum<'ctx> {
        let v = self.expr(x).into_pointer_value();
        let mut any = self.ctx.bool_type().const_zero();
        for c in classes {
            let m = self.instance_of(v, *c);
            any = b!(self.builder.build_or(any, m, "any"));
        }
        any.into()
    }

    /// Whether object `v` is an instance of class `c` (at run time).
    pub(super) fn instance_of(&mut self, v: PointerValue<'ctx>, c: ClassId) -> IntValue<'ctx> {
        let cls = self.class_desc(c);
        let m = self
            .plain_rt("mg_isinstance", &[v.into(), cls.into()])
            .unwrap()
            .into_int_value();
        let mut m = b!(self.builder.build_int_compare(
            IntPredicate::NE,
            m,
            self.ctx.i64_type().const_zero(),
            "isinst"
        ));
        // The runtime follows first bases only: classes deriving from `c`
        // through another base (multiple inheritance) are compared one by
        // one. Empty under single inheritance.
        let extra = self.program.secondary_subclasses(c);
        if !extra.is_empty() {
            let ptr = self.ctx.ptr_type(AddressSpace::default());
            let own = b!(self.builder.build_load(ptr, v, "cls")).into_pointer_value();
            for k in extra {
                let d = self.class_desc(k);
                let same = b!(self
                    .builder
                    .build_int_compare(IntPredicate::EQ, own, d, "iscls"));
                m = b!(self.builder.build_or(m, same, "isinst"));
            }
        }
        m
    }

    /// `super().__init__(args)` of an exception: sets its `args`.
    pub(super) fn exc_init(&mut self, obj: &'a Expr, args: &'a [Expr]) -> BasicValueEnum<'ctx> {
        let o = self.expr(obj).into_pointer_value();
        let vals: Vec<BasicValueEnum> = args.iter().map(|a| self.expr(a)).collect();
        let tt = Ty::Tuple(args.iter().map(|a| a.ty.clone()).collect());
        let tv = self.make_tuple(&tt, &vals);
        let boxed = self.slot_of(tv, &tt);
        let desc = self.type_desc(&tt);
        // The runtime sets `args`, and parses them again for an `OSError`
        // as CPython's `OSError.__init__` does.
        let ptr = self.ctx.ptr_type(AddressSpace::default());
        let boxed = b!(self.builder.build_int_to_ptr(boxed, ptr, "args"));
        let f = self.rt["mg_exc_init"];
        self.call_fn(f, &[o.into(), boxed.into(), desc.into()]);
        self.none()
    }

    // ----- Optional -----

    /// Whether `Optional[t]` boxes its value (scalars and tuples do).
    fn boxes(t: &Ty) -> bool {
        matches!(
            t,
            Ty::Int | Ty::Float | Ty::Bool | Ty::Tuple(_) | Ty::Range | Ty::None
        )
    }

    pub(super) fn wrap(&mut self, v: BasicValueEnum<'ctx>, t: &Ty) -> BasicValueEnum<'ctx> {
        let ptr = self.ctx.ptr_type(AddressSpace::default());
        let i64t = self.ctx.i64_type();
        match t {
            Ty::Int | Ty::Float | Ty::Bool => {
                let s = self.slot_of(v, t);
                let f = self.rt["mg_alloc_atomic"];
                let cell = self
                    .call_fn(f, &[i64t.const_int(8, false).into()])
                    .unwrap()
                    .into_pointer_value();
                b!(self.builder.build_store(cell, s));
                cell.into()
            }
            _ if Self::boxes(t) => {
                let s = self.slot_of(v, t);
                b!(self.builder.build_int_to_ptr(s, ptr, "boxed")).into()
            }
            _ => v,
        }
    }

    pub(super) fn unwrap(
        &mut self,
        v: BasicValueEnum<'ctx>,
        t: &Ty,
        check: &Option<(&'static str, String)>,
    ) -> BasicValueEnum<'ctx> {
        let p = v.into_pointer_value();
        if let Some((ty, msg)) = check {
            let null = b!(self.builder.build_is_null(p, "isnone"));
            self.raise_if(null, ty, msg);
        }
        match t {
            Ty::Int | Ty::Float | Ty::Bool => {
                let s = self.load_i64(p);
                self.value_of_slot(s, t)
            }
            _ if Self::boxes(t) => {
                let s = b!(self
                    .builder
                    .build_ptr_to_int(p, self.ctx.i64_type(), "unbox"));
                self.value_of_slot(s, t)
            }
            _ => v,
        }
    }

    /// Truthiness of an `Optional` value: not None, and the value's own
    /// truth for scalars.
    pub(super) fn optional_truth(&mut self, v: BasicValueEnum<'ctx>, inner: &Ty) -> IntValue<'ctx> {
        let p = v.into_pointer_value();
        let some = b!(self.builder.build_is_not_null(p, "some"));
        let own_truth = match inner {
            Ty::Int
            | Ty::Float
            | Ty::Bool
            | Ty::Str
            | Ty::List(_)
            | Ty::Dict(..)
            | Ty::Set(_)
            | Ty::VarTuple(_) => true,
            // An object is true unless its class (or, at run time, a
            // subclass) says otherwise.
            Ty::Class(c) => self.program.classes.iter().enumerate().any(|(k, class)| {
                self.program.is_subclass(ClassId(k as u32), *c)
                    && class
                        .dunders
                        .iter()
                        .any(|d| matches!(d.0, Dunder::Bool | Dunder::Len))
            }),
            _ => false,
        };
        if !own_truth {
            return some;
        }
        let yes = self.new_block("opt.some");
        let end = self.new_block("opt.end");
        let from = self.builder.get_insert_block().unwrap();
        b!(self.builder.build_conditional_branch(some, yes, end));
        self.builder.position_at_end(yes);
        let x = self.unwrap(v, inner, &None);
        let t = self.truth(x, inner);
        let yes_end = self.builder.get_insert_block().unwrap();
        b!(self.builder.build_unconditional_branch(end));
        self.builder.position_at_end(end);
        let phi = b!(self.builder.build_phi(self.ctx.bool_type(), "opt.truth"));
        phi.add_incoming(&[(&self.ctx.bool_type().const_zero(), from), (&t, yes_end)]);
        phi.as_basic_value().into_int_value()
    }

    /// The truth of an object: `__bool__()`, else `__len__() != 0`, else
    /// true; called through the virtual table (a subclass may override).
    pub(super) fn object_truth(&mut self, v: BasicValueEnum<'ctx>, c: ClassId) -> IntValue<'ctx> {
        // A subclass may define the truth the static class does not (or
        // another one without a virtual-table slot in it): test for those
        // subclasses first, the most derived first.
        let truth_of = |k: &Class| {
            [Dunder::Bool, Dunder::Len]
                .into_iter()
                .find_map(|d| k.dunders.iter().find(|x| x.0 == d).copied())
        };
        let classes = &self.program.classes;
        let depth = |mut k: ClassId| {
            // Under multiple inheritance, a descendant's MRO is longer
            // than each of its ancestors'.
            if !classes[k.index()].mro.is_empty() {
                return classes[k.index()].mro.len();
            }
            let mut n = 0;
            while let Some(p) = classes[k.index()].parent {
                n += 1;
                k = p;
            }
            n
        };
        let own = truth_of(&classes[c.index()]);
        let own_slot =
            own.and_then(|(_, f)| classes[c.index()].vtable.iter().position(|x| *x == f));
        let mut subs: Vec<ClassId> = (0..classes.len())
            .map(|k| ClassId(k as u32))
            .filter(|&k| k != c && self.program.is_subclass(k, c))
            .filter(|&k| {
                let t = truth_of(&classes[k.index()]);
                // Dispatch through the static class's slot covers overrides.
                t != own && !(own_slot.is_some() && t.map(|x| x.0) == own.map(|x| x.0))
            })
            .collect();
        if subs.is_empty() {
            return self.static_object_truth(v, c);
        }
        subs.sort_by_key(|&k| std::cmp::Reverse(depth(k)));
        let end = self.new_block("truth.end");
        let mut incoming = Vec::new();
        for k in subs {
            let m = self.instance_of(v.into_pointer_value(), k);
            let yes = self.new_block("truth.sub");
            let no = self.new_block("truth.next");
            b!(self.builder.build_conditional_branch(m, yes, no));
            self.builder.position_at_end(yes);
            let t = self.static_object_truth(v, k);
            incoming.push((t, self.builder.get_insert_block().unwrap()));
            self.br(end);
            self.builder.position_at_end(no);
        }
        let t = self.static_object_truth(v, c);
        incoming.push((t, self.builder.get_insert_block().unwrap()));
        self.br(end);
        self.builder.position_at_end(end);
        let phi = b!(self.builder.build_phi(self.ctx.bool_type(), "truth"));
        for (t, bb) in &incoming {
            phi.add_incoming(&[(t, *bb)]);
        }
        phi.as_basic_value().into_int_value()
    }

    /// The truth of an object whose class is `c` or a subclass that
    /// overrides `c`'s truth method through its virtual-table slot.
    fn static_object_truth(&mut self, v: BasicValueEnum<'ctx>, c: ClassId) -> IntValue<'ctx> {
        let class = &self.program.classes[c.index()];
        let found = [Dunder::Bool, Dunder::Len]
            .into_iter()
            .find_map(|d| class.dunders.iter().find(|x| x.0 == d).copied());
        let Some((d, f)) = found else {
            return self.ctx.bool_type().const_int(1, false);
        };
        let slot = class.vtable.iter().position(|x| *x == f);
        let r = self.call_method_value(f, slot, &[v.into()]);
        if d == Dunder::Bool {
            r.into_int_value()
        } else {
            b!(self.builder.build_int_compare(
                IntPredicate::NE,
                r.into_int_value(),
                self.ctx.i64_type().const_zero(),
                "len"
            ))
        }
    }

    /// `type(e).__name__`.
    pub(super) fn class_name(&mut self, x: &'a Expr) -> BasicValueEnum<'ctx> {
        let v = self.expr(x);
        let f = self.rt["mg_class_name"];
        self.call_fn(f, &[v.into()]).unwrap()
    }
}

/// Whether a function may run user code (call a user function or method,
/// or make the runtime call a key function or a special method). A
/// function that cannot is a leaf: it never recurses, so it needs no
/// frame counting for the recursion limit.
pub(super) fn runs_user_code(f: &Function) -> bool {
    fn iters(stmts: &[Stmt]) -> bool {
        stmts.iter().any(|s| {
            let here = match s {
                Stmt::For { iter, .. } => iter.calls_functions(),
                // Generator code runs in frames of its own, which calls
                // from it count (`gen/fuse.rs`); a handler here must reset
                // the counter.
                Stmt::Fused(_) => true,
                // Storing into or deleting from a dict or set of objects
                // hashes them.
                Stmt::SetItem(c, ..) | Stmt::DelItem(c, _) => c.ty.mentions_class(),
                Stmt::Assign(Target::Item(c, _), _) => c.ty.mentions_class(),
                _ => false,
            };
            here || s.blocks().into_iter().any(|b| iters(b))
        })
    }
    let mut found = iters(&f.body);
    multigen_hir::visit::exprs(&f.body, &mut |e| {
        if found {
            return;
        }
        found = match &e.kind {
            ExprKind::Call { .. }
            | ExprKind::MethodCall { .. }
            | ExprKind::CallEnv { .. }
            | ExprKind::CallValue(..) => true,
            ExprKind::New { init, .. } => init.is_some(),
            ExprKind::Rt { args, .. } => args.iter().any(|a| match a {
                RtArg::KeyFunc(Some(_)) => true,
                RtArg::Type(t) => t.mentions_class(),
                RtArg::Value(x) | RtArg::Slot(x) => x.ty.mentions_class(),
                _ => false,
            }),
            ExprKind::Block(ss, _) => iters(ss),
            ExprKind::Truth(x) | ExprKind::Len(x) => x.ty.mentions_class(),
            ExprKind::Compare(xs, _)
            | ExprKind::Builtin(_, xs)
            | ExprKind::Runtime(_, xs)
            | ExprKind::And(xs)
            | ExprKind::Or(xs) => xs.iter().any(|x| x.ty.mentions_class()),
            ExprKind::Print { args, .. } => args.iter().any(|x| x.ty.mentions_class()),
            ExprKind::Contains(a, b) | ExprKind::Index(a, b) | ExprKind::Append(a, b) => {
                a.ty.mentions_class() || b.ty.mentions_class()
            }
            ExprKind::DictGet(d, ..) => d.ty.mentions_class(),
            ExprKind::List(xs) | ExprKind::Set(xs) => xs.iter().any(|x| x.ty.mentions_class()),
            ExprKind::Dict(kv) => kv.iter().any(|(k, _)| k.ty.mentions_class()),
            _ => false,
        };
    });
    found
}
