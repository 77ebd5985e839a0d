//! Entry points for a host that calls compiled functions: the library API
//! (`driver/src/engine.rs`) and `multigen call`.
//!
//! For each function a host may call by name ([`entry_functions`]), the
//! main module gets:
//!
//! * `void __mg_entry.NAME(u64 *slots)`: calls the function with its
//!   arguments taken from `slots[0..n]` (8-byte slots, encoded as
//!   container elements are: `runtime/src/object.rs`) and stores the
//!   result's slot in `slots[n]`. It has no landing pad of its own: an
//!   exception passes through it to the caller.
//! * `__mg_sig.NAME`: a constant array of type descriptors, the result's
//!   then each parameter's, with which the host builds the arguments and
//!   reads the result (null for a type that has no descriptor).
//!
//! and once, `ptr __mg_catch(ptr body, ptr env)`: calls `body(env)` through
//! an `invoke` and returns null, or the exception that reached its landing
//! pad. That pad records no frame (the host is not a Python frame, and the
//! function's own pads have recorded theirs) and restores the frame-depth
//! counter to its value on entry, which the frames the exception left
//! could not do; the host restores the rest (`runtime/src/embed.rs`).
//! Rust code cannot catch the runtime's exceptions, so this small
//! function is the one place where the host's calls are caught.

use super::*;

impl<'a, 'ctx> Gen<'a, 'ctx> {
    /// Emits the entry point and signature table of every function in
    /// [`entry_functions`], and the catcher.
    pub(super) fn entry_points(&mut self) {
        for id in entry_functions(self.program) {
            let f = &self.program.functions[id.index()];
            self.entry_point(id, f);
        }
        self.catcher();
    }

    /// `__mg_entry.NAME` and `__mg_sig.NAME` for function `id`.
    fn entry_point(&mut self, id: FuncId, f: &'a Function) {
        let ptr = self.ctx.ptr_type(AddressSpace::default());
        let i64t = self.ctx.i64_type();
        let w = self.module.add_function(
            &format!("{}{}", crate::ENTRY_PREFIX, f.name),
            self.ctx.void_type().fn_type(&[ptr.into()], false),
            None,
        );
        self.func = Some(w);
        self.cur = Some(f);
        // No landing pads: every call is a plain call, so an exception
        // unwinds through to the host's catcher.
        self.eh = eh::EhState::default();
        let bb = self.ctx.append_basic_block(w, "entry");
        self.builder.position_at_end(bb);
        let slots = w.get_nth_param(0).unwrap().into_pointer_value();
        let slot_ptr = |g: &Self, k: usize| {
            // SAFETY (of the generated code): the host passes one slot per
            // parameter and one for the result.
            unsafe {
                b!(g.builder
                    .build_gep(i64t, slots, &[i64t.const_int(k as u64, false)], "slot"))
            }
        };
        let mut args: Vec<BasicMetadataValueEnum> = Vec::new();
        for (k, l) in f.params.iter().enumerate() {
            let s = self.load_i64(slot_ptr(self, k));
            args.push(self.value_of_slot(s, &f.locals[l.index()].ty).into());
        }
        let r = self
            .call_fn(self.funcs[id.index()], &args)
            .unwrap_or_else(|| self.none());
        let out = self.slot_of(r, &f.ret);
        b!(self
            .builder
            .build_store(slot_ptr(self, f.params.len()), out));
        b!(self.builder.build_return(None));

        let mut descs = vec![self.entry_desc(&f.ret)];
        for l in &f.params {
            descs.push(self.entry_desc(&f.locals[l.index()].ty));
        }
        let table = ptr.const_array(&descs);
        let g = self.module.add_global(
            table.get_type(),
            Some(AddressSpace::default()),
            &format!("{}{}", crate::SIG_PREFIX, f.name),
        );
        g.set_initializer(&table);
        g.set_constant(true);
        g.set_alignment(8);
    }

    /// The descriptor of a parameter or result type, or null for the
    /// exception-related types, which have none.
    fn entry_desc(&mut self, t: &Ty) -> PointerValue<'ctx> {
        match t {
            Ty::ExcArgs | Ty::ExcType | Ty::Traceback | Ty::Var(_) => {
                self.ctx.ptr_type(AddressSpace::default()).const_null()
            }
            _ => self.type_desc(t),
        }
    }

    /// `ptr __mg_catch(ptr body, ptr env)`.
    fn catcher(&mut self) {
        let ptr = self.ctx.ptr_type(AddressSpace::default());
        let i64t = self.ctx.i64_type();
        let w = self.module.add_function(
            crate::CATCH,
            ptr.fn_type(&[ptr.into(), ptr.into()], false),
            None,
        );
        self.func = Some(w);
        self.cur = None;
        self.eh = eh::EhState::default();
        let pers = self.personality();
        w.set_personality_function(pers);
        let entry = self.ctx.append_basic_block(w, "entry");
        let ok = self.ctx.append_basic_block(w, "ok");
        let pad = self.ctx.append_basic_block(w, "caught");
        self.builder.position_at_end(entry);
        let depth = self.depth.as_pointer_value();
        let saved = b!(self.builder.build_load(i64t, depth, "depth"));
        let body = w.get_nth_param(0).unwrap().into_pointer_value();
        let env = w.get_nth_param(1).unwrap();
        let body_ty = self.ctx.void_type().fn_type(&[ptr.into()], false);
        b!(self
            .builder
            .build_indirect_invoke(body_ty, body, &[env], ok, pad, ""));
        self.builder.position_at_end(ok);
        b!(self.builder.build_return(Some(&ptr.const_null())));
        self.builder.position_at_end(pad);
        let lp_ty = self
            .ctx
            .struct_type(&[ptr.into(), self.ctx.i32_type().into()], false);
        let lp = b!(self.builder.build_landing_pad(lp_ty, pers, &[], true, "lp"));
        let ue = b!(self
            .builder
            .build_extract_value(lp.into_struct_value(), 0, "ue"));
        let exc = self
            .plain_rt("mg_landing", &[ue.into(), ptr.const_null().into()])
            .unwrap();
        b!(self.builder.build_store(depth, saved));
        b!(self.builder.build_return(Some(&exc)));
    }
}

/// The functions a host may call by name: the main module's module-level
/// functions (not methods, nested functions, lambdas or the checker's
/// wrappers), except those whose name is bound to something else (a
/// decorated function's name holds the decorated value, a global) and
/// names with several functions (the instances of a generic function).
pub fn entry_functions(program: &Program) -> Vec<FuncId> {
    classify(program).0
}

/// The names of the main module's module-level functions that
/// [`entry_functions`] leaves out, each with the reason: `"decorated"` or
/// `"generic"`.
pub fn refused_entry_functions(program: &Program) -> Vec<(String, &'static str)> {
    classify(program).1
}

fn classify(program: &Program) -> (Vec<FuncId>, Vec<(String, &'static str)>) {
    let main = program.modules.len().saturating_sub(1) as u32;
    let is_init =
        |i: usize| program.modules.iter().any(|m| m.init.index() == i) || program.init.index() == i;
    let candidates: Vec<usize> = (0..program.functions.len())
        .filter(|&i| {
            let f = &program.functions[i];
            !is_init(i)
                && program.owners.funcs.get(i).is_none_or(|&m| m == main)
                && f.class.is_none()
                && f.env.is_none()
                && f.frame
                && f.qualname == f.name
                && !f.name.starts_with("lambda.")
        })
        .collect();
    let global_names: std::collections::HashSet<&str> = program
        .globals
        .iter()
        .enumerate()
        .filter(|(g, _)| program.owners.globals.get(*g).is_none_or(|&m| m == main))
        .map(|(_, g)| g.name.as_str())
        .collect();
    let (mut ok, mut refused) = (Vec::new(), Vec::new());
    for &i in &candidates {
        let name = &program.functions[i].name;
        let reason = if global_names.contains(name.as_str()) {
            Some("decorated")
        } else if candidates
            .iter()
            .filter(|&&j| program.functions[j].name == *name)
            .count()
            > 1
        {
            Some("generic")
        } else {
            None
        };
        match reason {
            None => ok.push(FuncId(i as u32)),
            Some(r) if !refused.iter().any(|(n, _)| n == name) => refused.push((name.clone(), r)),
            Some(_) => {}
        }
    }
    (ok, refused)
}
