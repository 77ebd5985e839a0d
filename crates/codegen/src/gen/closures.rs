//! Function objects, cells and calls through function values.
//!
//! A function object is GC memory laid out as the LLVM struct
//! `{ ptr code, ptr info, captures... }` (the runtime's `MgFunc` head):
//! `code` is the function itself, which takes the object as a hidden first
//! parameter; `info` points to a constant `MgFuncInfo` (`__name__`,
//! `__qualname__`); each capture is the pointer to a cell of the creating
//! function (`CellKind::Free` in the callee) or a value copied in
//! (`CellKind::Copy`). An object without captures is a constant, so that
//! a module-level function used as a value costs no allocation.
//!
//! A cell is GC memory laid out as `{ T value, i1 assigned }`. A variable
//! kept in a cell has the cell's address as its slot and the address of
//! the `assigned` flag as its flag, so that loads, stores and the
//! unassigned-variable check are the same code as for other variables.

use super::*;

impl<'a, 'ctx> Gen<'a, 'ctx> {
    /// The LLVM type of the function object of `f`.
    pub(super) fn env_struct_ty(&self, f: &Function) -> StructType<'ctx> {
        let ptr = self.ctx.ptr_type(AddressSpace::default());
        let mut fields: Vec<BasicTypeEnum> = vec![ptr.into(), ptr.into()];
        for l in f.env.iter().flatten() {
            let local = &f.locals[l.index()];
            fields.push(match local.cell {
                CellKind::Copy => llvm_ty(self.ctx, &local.ty),
                _ => ptr.into(),
            });
        }
        self.ctx.struct_type(&fields, false)
    }

    /// The LLVM type of the cell of a variable of type `t`.
    fn cell_ty(&self, t: &Ty) -> StructType<'ctx> {
        self.ctx
            .struct_type(&[llvm_ty(self.ctx, t), self.ctx.bool_type().into()], false)
    }

    /// The prologue every function shares, generator functions included:
    /// the allocas of its locals, the "assigned" flags of its user
    /// variables (cleared), its cells and its function object's captures,
    /// and the parameters stored in their slots. In a generator function
    /// this runs before the coroutine begins, so the cell pointers taken
    /// from the function object live on in the coroutine frame.
    pub(super) fn prologue(&mut self, f: &'a Function, fv: FunctionValue<'ctx>) {
        self.locals.clear();
        self.local_flags.clear();
        self.local_unchecked.clear();
        self.local_unchecked.resize(f.locals.len(), false);
        for l in &f.locals {
            let slot = b!(self.builder.build_alloca(llvm_ty(self.ctx, &l.ty), &l.name));
            self.locals.push(slot);
            // Parameters and compiler temporaries are always assigned before
            // use; user variables carry an "assigned" flag for the
            // UnboundLocalError check, which LLVM folds away when it can.
            let flag = if l.is_param || l.name.starts_with('.') {
                None
            } else {
                let fl = b!(self
                    .builder
                    .build_alloca(self.ctx.bool_type(), &format!("{}.set", l.name)));
                b!(self
                    .builder
                    .build_store(fl, self.ctx.bool_type().const_zero()));
                Some(fl)
            };
            self.local_flags.push(flag);
        }
        let first = u32::from(f.env.is_some());
        let env = f
            .env
            .as_ref()
            .map(|_| fv.get_nth_param(0).unwrap().into_pointer_value());
        self.setup_cells(f, env);
        for (i, l) in f.params.iter().enumerate() {
            let v = fv.get_nth_param(first + i as u32).unwrap();
            self.store_place(Place::Local(*l), v);
        }
    }

    /// Sets up the variables of the function being generated that live in
    /// cells: allocates the cells of its own captured variables, and takes
    /// the cells and values of its free variables from its function object
    /// (`env`). Runs in the entry block, before the parameters are stored.
    pub(super) fn setup_cells(&mut self, f: &'a Function, env: Option<PointerValue<'ctx>>) {
        let i64t = self.ctx.i64_type();
        let ptr = self.ctx.ptr_type(AddressSpace::default());
        for (i, l) in f.locals.iter().enumerate() {
            if l.cell != CellKind::Own {
                continue;
            }
            let ct = self.cell_ty(&l.ty);
            let size = ct.size_of().unwrap();
            let size = b!(self.builder.build_int_cast(size, i64t, "size"));
            let cell = self
                .call_rt("mg_alloc", &[size.into()])
                .unwrap()
                .into_pointer_value();
            self.locals[i] = cell;
            // Every store sets the cell's flag, a parameter's too: a
            // closure may read the cell with a check. The function itself
            // reads its parameter unchecked.
            self.local_flags[i] = Some(b!(self.builder.build_struct_gep(ct, cell, 1, "assigned")));
            self.local_unchecked[i] = l.is_param;
        }
        let (Some(env), Some(caps)) = (env, &f.env) else {
            return;
        };
        let st = self.env_struct_ty(f);
        for (k, l) in caps.iter().enumerate() {
            let local = &f.locals[l.index()];
            let field = b!(self
                .builder
                .build_struct_gep(st, env, 2 + k as u32, "capture"));
            match local.cell {
                CellKind::Copy => {
                    let v =
                        b!(self
                            .builder
                            .build_load(llvm_ty(self.ctx, &local.ty), field, "copy"));
                    b!(self.builder.build_store(self.locals[l.index()], v));
                    self.local_flags[l.index()] = None;
                }
                CellKind::Free { checked } => {
                    let cell = b!(self.builder.build_load(ptr, field, "cell")).into_pointer_value();
                    let ct = self.cell_ty(&local.ty);
                    self.locals[l.index()] = cell;
                    self.local_flags[l.index()] =
                        Some(b!(self.builder.build_struct_gep(ct, cell, 1, "assigned")));
                    self.local_unchecked[l.index()] = !checked;
                }
                CellKind::None | CellKind::Own => {
                    unreachable!("a captured variable is a free variable or a copy")
                }
            }
        }
    }

    /// The constant `MgFuncInfo` of a function.
    fn func_info(&mut self, func: FuncId) -> PointerValue<'ctx> {
        let f = &self.program.functions[func.index()];
        let name = match f.qualname.rsplit('.').next() {
            Some(n) if !n.is_empty() => n.to_string(),
            _ => f.qualname.clone(),
        };
        let qualname = f.qualname.clone();
        let n = self.str_const(&name);
        let q = self.str_const(&qualname);
        let val = self.ctx.const_struct(&[n.into(), q.into()], false);
        self.private_constant(val, "funcinfo")
    }

    /// A function object for `func` carrying `captures`.
    pub(super) fn make_func(
        &mut self,
        func: FuncId,
        captures: &'a [Capture],
    ) -> BasicValueEnum<'ctx> {
        let f = &self.program.functions[func.index()];
        let st = self.env_struct_ty(f);
        let code = self.funcs[func.index()]
            .as_global_value()
            .as_pointer_value();
        let info = self.func_info(func);
        if captures.is_empty() {
            let val = self.ctx.const_struct(&[code.into(), info.into()], false);
            return self.private_constant(val, "func").into();
        }
        let vals: Vec<BasicValueEnum> = captures
            .iter()
            .map(|c| match c {
                Capture::Cell(l) => self.locals[l.index()].into(),
                Capture::Value(e) => self.expr(e),
            })
            .collect();
        let i64t = self.ctx.i64_type();
        let size = b!(self
            .builder
            .build_int_cast(st.size_of().unwrap(), i64t, "size"));
        let obj = self
            .call_rt("mg_alloc", &[size.into()])
            .unwrap()
            .into_pointer_value();
        let mut fields: Vec<BasicValueEnum> = vec![code.into(), info.into()];
        fields.extend(vals);
        for (i, v) in fields.into_iter().enumerate() {
            let p = b!(self.builder.build_struct_gep(st, obj, i as u32, "field"));
            b!(self.builder.build_store(p, v));
        }
        obj.into()
    }

    /// The LLVM type of the code of a function value of type `ft`.
    fn value_fn_ty(&self, ft: &FuncTy) -> inkwell::types::FunctionType<'ctx> {
        let ptr = self.ctx.ptr_type(AddressSpace::default());
        let mut params: Vec<BasicMetadataTypeEnum> = vec![ptr.into()];
        params.extend(
            ft.params
                .iter()
                .map(|t| -> BasicMetadataTypeEnum { llvm_ty(self.ctx, t).into() }),
        );
        match ft.ret {
            Ty::None => self.ctx.void_type().fn_type(&params, false),
            ref t => llvm_ty(self.ctx, t).fn_type(&params, false),
        }
    }

    /// A call through a function value.
    pub(super) fn call_value(
        &mut self,
        callee: &'a Expr,
        args: &'a [Expr],
    ) -> BasicValueEnum<'ctx> {
        let Ty::Func(ft) = &callee.ty else {
            unreachable!("the checker only calls function values")
        };
        let obj = self.expr(callee).into_pointer_value();
        let vals: Vec<BasicMetadataValueEnum> = args.iter().map(|a| self.expr(a).into()).collect();
        self.call_fn_value(obj, ft, &vals)
    }

    /// Calls the function object `obj` of type `ft`: loads its code and
    /// passes the object first. (For a constant object, LLVM turns this
    /// into a direct call.)
    pub(super) fn call_fn_value(
        &mut self,
        obj: PointerValue<'ctx>,
        ft: &FuncTy,
        args: &[BasicMetadataValueEnum<'ctx>],
    ) -> BasicValueEnum<'ctx> {
        let mut vals: Vec<BasicMetadataValueEnum> = vec![obj.into()];
        vals.extend_from_slice(args);
        let ptr = self.ctx.ptr_type(AddressSpace::default());
        let code = b!(self.builder.build_load(ptr, obj, "code")).into_pointer_value();
        let fty = self.value_fn_ty(ft);
        self.call_ptr(fty, code, &vals)
            .unwrap_or_else(|| self.none())
    }
}
