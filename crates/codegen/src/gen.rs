//! Lowering of the typed IR to LLVM IR.
//!
//! Representation of values: `int` is `i64`, `float` is `double`, `bool` is
//! `i1`, `None` is the empty struct, `str` is a pointer to the runtime's
//! `MgStr` header (`{ i64 len, i64 nchars, bytes... }`), and a tuple is an
//! LLVM struct of its elements, passed by value. All module globals live in
//! one struct, `__mg_globals`, which the module body registers as a
//! collector root: memory a JIT allocates for globals is invisible to the
//! collector otherwise.
//!
//! Every `int` operation that can overflow is checked; all checks of a
//! function share one cold block that raises `OverflowError`.

use inkwell::attributes::{Attribute, AttributeLoc};
use inkwell::basic_block::BasicBlock;
use inkwell::builder::Builder;
use inkwell::context::Context;
use inkwell::intrinsics::Intrinsic;
use inkwell::module::{Linkage, Module};
use inkwell::types::{BasicMetadataTypeEnum, BasicType, BasicTypeEnum, StructType};
use inkwell::values::{
    BasicMetadataValueEnum, BasicValue, BasicValueEnum, FloatValue, FunctionValue, GlobalValue,
    IntValue, PointerValue,
};
use inkwell::{AddressSpace, FloatPredicate, IntPredicate};
use multigen_diag::Span;
use multigen_hir::ir::*;
use multigen_runtime::interface::{decls, AbiTy};
use std::collections::HashMap;

/// Builder calls only fail when the builder is not positioned, which the
/// generator never allows; a failure is a bug in this file.
macro_rules! b {
    ($e:expr) => {
        $e.expect("LLVM builder used while unpositioned")
    };
}

mod closures;
mod containers;
mod dynamic;
mod eh;
mod entry;
mod fuse;
mod generators;
mod iter;
mod modules;
mod numtower;
mod objects;
mod ops;
mod print;
mod unpack;

pub use entry::{entry_functions, refused_entry_functions};
pub use modules::{internalize, Symbols};

/// Generates the LLVM module of a whole single-file program, or (with
/// `syms`) the one of Python module `module_index` of a program of
/// several (`modules.rs`).
pub fn generate<'ctx>(
    ctx: &'ctx Context,
    module: &Module<'ctx>,
    program: &Program,
    module_index: usize,
    syms: Option<&Symbols>,
    with_main: bool,
    call_wrappers: bool,
) {
    let mut g = Gen::new(ctx, module, program, module_index, syms);
    g.declare_functions();
    for (i, f) in program.functions.iter().enumerate() {
        if g.owns_func(i) {
            g.function(FuncId(i as u32), f);
        }
    }
    g.define_classes();
    let is_main = !g.separate() || g.this_module().is_main;
    if call_wrappers && is_main {
        g.entry_points();
    }
    if with_main && is_main {
        g.main();
    }
}

struct Gen<'a, 'ctx> {
    ctx: &'ctx Context,
    module: &'a Module<'ctx>,
    builder: Builder<'ctx>,
    program: &'a Program,
    rt: HashMap<&'static str, FunctionValue<'ctx>>,
    funcs: Vec<FunctionValue<'ctx>>,
    /// The struct of each module's globals (defined here for this module,
    /// declared for the others), and where each global and its
    /// "assigned" flag live.
    globals: Vec<(GlobalValue<'ctx>, StructType<'ctx>)>,
    layout: modules::GlobalLayout<'ctx>,
    /// The Python module this LLVM module holds, and the symbols of a
    /// program of several modules (None for a single file).
    module_index: usize,
    syms: Option<&'a Symbols>,
    /// The source of the module, and where its spans start.
    source: &'a Source,
    src_base: u32,
    strings: HashMap<String, PointerValue<'ctx>>,
    // Per-function state.
    func: Option<FunctionValue<'ctx>>,
    cur: Option<&'a Function>,
    locals: Vec<PointerValue<'ctx>>,
    local_flags: Vec<Option<PointerValue<'ctx>>>,
    /// Free variables whose reads need no assignment check (their flag is
    /// still set by stores).
    local_unchecked: Vec<bool>,
    /// The loops around the code being generated, innermost last.
    loops: Vec<Loop<'ctx>>,
    overflow_bb: HashMap<(u32, u32, bool), BasicBlock<'ctx>>,
    /// Set while expanding `divmod`, whose zero-division message is the
    /// one of `//` for both halves.
    in_divmod: bool,
    /// The active user-frame count, and its value when the current function
    /// was entered.
    depth: GlobalValue<'ctx>,
    depth_at_entry: Option<IntValue<'ctx>>,
    /// Type descriptors emitted so far, and sort-key wrappers.
    descs: HashMap<Ty, PointerValue<'ctx>>,
    key_wrappers: HashMap<FuncTy, FunctionValue<'ctx>>,
    /// Class descriptors, and traceback sites by (function, line).
    class_descs: HashMap<ClassId, PointerValue<'ctx>>,
    sites: HashMap<(String, u32, Option<Span>), PointerValue<'ctx>>,
    /// NUL-terminated string constants already emitted, by text.
    c_strings: HashMap<String, PointerValue<'ctx>>,
    /// The expression being evaluated (the range tracebacks underline).
    site: Option<Span>,
    /// The expression that the statements being generated were lowered
    /// from (`list(map(f, xs))`, a comprehension), if any: a function that
    /// their iteration calls (`map`'s, `filter`'s) fails there, the range
    /// CPython underlines in the consuming frame.
    block_site: Option<Span>,
    /// Byte offset where each source line starts.
    line_starts: Vec<u32>,
    /// The source line of the code being generated (for tracebacks).
    line: u32,
    eh: eh::EhState<'a, 'ctx>,
    /// The generator function being emitted, if any.
    gen_ctx: Option<generators::GenFrame<'ctx>>,
    /// The fused loops whose generator code is being emitted, innermost
    /// last (see `gen/fuse.rs`).
    fused: Vec<fuse::FusedCtx<'a, 'ctx>>,
}

/// An enclosing loop: where `continue` and `break` go, and the depth of
/// the exception scopes at its start (the scopes a `break` or `continue`
/// leaves run their exits).
#[derive(Clone, Copy)]
struct Loop<'ctx> {
    head: BasicBlock<'ctx>,
    end: BasicBlock<'ctx>,
    scopes: usize,
}

/// CPython's default recursion limit.
const RECURSION_LIMIT: u64 = 1000;

impl<'a, 'ctx> Gen<'a, 'ctx> {
    fn new(
        ctx: &'ctx Context,
        module: &'a Module<'ctx>,
        program: &'a Program,
        module_index: usize,
        syms: Option<&'a Symbols>,
    ) -> Self {
        let layout = modules::GlobalLayout::new(ctx, program);
        let separate = syms.is_some();
        // The frame-depth counter is one for the whole program: the main
        // module defines it.
        let depth = module.add_global(ctx.i64_type(), Some(AddressSpace::default()), "__mg_depth");
        let main_here = !separate || program.modules[module_index].is_main;
        if main_here {
            depth.set_initializer(&ctx.i64_type().const_zero());
        }
        depth.set_linkage(if separate {
            Linkage::External
        } else {
            Linkage::Internal
        });
        let globals = layout
            .structs
            .iter()
            .enumerate()
            .map(|(m, fields)| {
                let ty = ctx.struct_type(fields, false);
                let name = match separate {
                    true => modules::globals_symbol(&program.modules[m]),
                    false => "__mg_globals".to_string(),
                };
                let g = module.add_global(ty, Some(AddressSpace::default()), &name);
                if m == module_index {
                    g.set_initializer(&ty.const_zero());
                }
                g.set_linkage(if separate {
                    Linkage::External
                } else {
                    Linkage::Internal
                });
                (g, ty)
            })
            .collect();
        let (source, src_base) = match separate {
            true => (
                &program.modules[module_index].source,
                program.modules[module_index].base,
            ),
            false => (&program.source, 0),
        };
        Gen {
            ctx,
            module,
            builder: ctx.create_builder(),
            program,
            rt: HashMap::new(),
            funcs: Vec::new(),
            globals,
            layout,
            module_index,
            syms,
            source,
            src_base,
            strings: HashMap::new(),
            func: None,
            cur: None,
            locals: Vec::new(),
            local_flags: Vec::new(),
            local_unchecked: Vec::new(),
            loops: Vec::new(),
            overflow_bb: HashMap::new(),
            in_divmod: false,
            depth,
            depth_at_entry: None,
            descs: HashMap::new(),
            key_wrappers: HashMap::new(),
            class_descs: HashMap::new(),
            sites: HashMap::new(),
            c_strings: HashMap::new(),
            line_starts: std::iter::once(src_base)
                .chain(
                    source
                        .text
                        .match_indices('\n')
                        .map(|(i, _)| src_base + i as u32 + 1),
                )
                .collect(),
            line: 0,
            site: None,
            block_site: None,
            eh: eh::EhState::default(),
            gen_ctx: None,
            fused: Vec::new(),
        }
    }

    fn declare_functions(&mut self) {
        // LLVM's `memory(inaccessiblemem: readwrite)`: two bits per kind of
        // location (argument memory, inaccessible memory, other memory).
        const INACCESSIBLE_MEM_READWRITE: u64 = 3 << 2;
        let noreturn = Attribute::get_named_enum_kind_id("noreturn");
        let cold = Attribute::get_named_enum_kind_id("cold");
        let memory = Attribute::get_named_enum_kind_id("memory");
        for d in decls() {
            let params: Vec<BasicMetadataTypeEnum> =
                d.params.iter().map(|p| self.abi_ty(*p).into()).collect();
            let fty = match d.ret {
                AbiTy::Void => self.ctx.void_type().fn_type(&params, false),
                r => self.abi_ty(r).fn_type(&params, false),
            };
            let f = self
                .module
                .add_function(d.name, fty, Some(Linkage::External));
            if d.noreturn {
                f.add_attribute(
                    AttributeLoc::Function,
                    self.ctx.create_enum_attribute(noreturn, 0),
                );
                f.add_attribute(
                    AttributeLoc::Function,
                    self.ctx.create_enum_attribute(cold, 0),
                );
            }
            if d.name.starts_with("mg_nt_") {
                // The numeric tower's slow paths take and return scalars and
                // touch only the runtime's own state (allocation, the
                // exception they may raise): telling LLVM so lets it keep
                // fields and globals in registers across them.
                f.add_attribute(
                    AttributeLoc::Function,
                    self.ctx
                        .create_enum_attribute(memory, INACCESSIBLE_MEM_READWRITE),
                );
            }
            self.rt.insert(d.name, f);
        }
        for (i, f) in self.program.functions.iter().enumerate() {
            let mut params: Vec<BasicMetadataTypeEnum> = Vec::new();
            if f.env.is_some() {
                // The function object it was called through.
                params.push(self.ctx.ptr_type(AddressSpace::default()).into());
            }
            params.extend(f.params.iter().map(|l| -> BasicMetadataTypeEnum {
                llvm_ty(self.ctx, &f.locals[l.index()].ty).into()
            }));
            let fty = match f.ret {
                Ty::None => self.ctx.void_type().fn_type(&params, false),
                ref t => llvm_ty(self.ctx, t).fn_type(&params, false),
            };
            let (name, linkage) = self.func_symbol(i);
            let fv = self.module.add_function(&name, fty, Some(linkage));
            if self.owns_func(i) && (f.frame || f.is_generator()) {
                self.mark_frame(fv, f);
            }
            self.funcs.push(fv);
        }
    }

    fn abi_ty(&self, t: AbiTy) -> BasicTypeEnum<'ctx> {
        match t {
            AbiTy::I64 => self.ctx.i64_type().into(),
            AbiTy::F64 => self.ctx.f64_type().into(),
            AbiTy::Ptr | AbiTy::Void => self.ctx.ptr_type(AddressSpace::default()).into(),
        }
    }

    /// `int main(int, char**)` for executables: initialise the runtime, keep
    /// the arguments for `sys.argv`, run the module body, flush.
    fn main(&mut self) {
        let i32t = self.ctx.i32_type();
        let ptr = self.ctx.ptr_type(AddressSpace::default());
        let f = self.module.add_function(
            "main",
            i32t.fn_type(&[i32t.into(), ptr.into()], false),
            None,
        );
        let bb = self.ctx.append_basic_block(f, "entry");
        self.builder.position_at_end(bb);
        b!(self.builder.build_call(self.rt["mg_init"], &[], ""));
        let (argc, argv) = (f.get_nth_param(0), f.get_nth_param(1));
        if let (Some(argc), Some(argv)) = (argc, argv) {
            let argc = b!(self.builder.build_int_s_extend(
                argc.into_int_value(),
                self.ctx.i64_type(),
                "argc"
            ));
            b!(self.builder.build_call(
                self.rt["mg_sys_set_argv"],
                &[argc.into(), argv.into()],
                ""
            ));
        }
        b!(self.builder.build_call(self.rt["mg_fatal_init"], &[], ""));
        b!(self
            .builder
            .build_call(self.funcs[self.program.init.index()], &[], ""));
        b!(self.builder.build_call(self.rt["mg_finish"], &[], ""));
        b!(self.builder.build_return(Some(&i32t.const_zero())));
    }

    // ----- functions -----

    fn function(&mut self, id: FuncId, f: &'a Function) {
        if f.is_generator() {
            return self.generator_function(id, f);
        }
        let fv = self.funcs[id.index()];
        self.func = Some(fv);
        self.cur = Some(f);
        self.overflow_bb.clear();
        self.loops.clear();
        self.block_site = None;
        self.line = self.line_of(f.span);
        let pers = self.personality();
        fv.set_personality_function(pers);
        // The prologue raises RecursionError without a frame of its own:
        // CPython reports it in the caller's frame.
        self.eh = eh::EhState {
            enabled: false,
            uncaught_at_bottom: id == self.program.init,
            // The checker's wrappers have no frame of their own.
            record_frames: f.frame,
            ..Default::default()
        };
        let entry = self.ctx.append_basic_block(fv, "entry");
        self.builder.position_at_end(entry);
        if self.is_module_init(id) && id != self.program.init {
            self.run_once_guard(fv);
        }
        self.prologue(f, fv);
        self.depth_at_entry = None;
        if id != self.program.init && f.frame && objects::runs_user_code(f) {
            // Count active user frames like CPython's recursion limit (1000
            // frames, the module's included), so that unbounded recursion
            // raises RecursionError at the same depth instead of
            // overflowing the native stack. A function that runs no user
            // code cannot recurse and skips this (it may differ from
            // CPython only when called exactly at the limit).
            let i64t = self.ctx.i64_type();
            let depth = self.depth.as_pointer_value();
            let d = b!(self.builder.build_load(i64t, depth, "depth")).into_int_value();
            // An imported module's body also counts the frames of CPython's
            // import machinery under it, which its import passes.
            let step = match (self.is_module_init(id), fv.get_first_param()) {
                (true, Some(frames)) => b!(self.builder.build_int_add(
                    frames.into_int_value(),
                    i64t.const_int(1, false),
                    "step"
                )),
                _ => i64t.const_int(1, false),
            };
            let d1 = b!(self.builder.build_int_add(d, step, "depth1"));
            let deep = b!(self.builder.build_int_compare(
                IntPredicate::SGT,
                d1,
                i64t.const_int(RECURSION_LIMIT - 1, false),
                "deep"
            ));
            self.raise_if(deep, "RecursionError", "maximum recursion depth exceeded");
            b!(self.builder.build_store(depth, d1));
            self.depth_at_entry = Some(d);
            self.eh.depth_in_frame = Some(d1);
        } else if id == self.program.init {
            self.eh.depth_in_frame = Some(self.ctx.i64_type().const_zero());
        }
        self.eh.enabled = true;
        if self.is_module_init(id) {
            self.register_frames();
        }
        let owned_pointers = self
            .program
            .globals
            .iter()
            .enumerate()
            .any(|(g, v)| self.layout.field[g].0 == self.module_index && holds_pointer(&v.ty));
        if self.is_module_init(id) && owned_pointers {
            let (globals, globals_ty) = self.globals[self.module_index];
            let base = globals.as_pointer_value();
            let end = unsafe {
                b!(self.builder.build_gep(
                    globals_ty,
                    base,
                    &[self.ctx.i64_type().const_int(1, false)],
                    "globals.end"
                ))
            };
            self.plain_rt("mg_gc_add_roots", &[base.into(), end.into()]);
        }
        self.block(&f.body);
        if !self.terminated() {
            if f.ret == Ty::None {
                self.leave_frame();
                b!(self.builder.build_return(None));
            } else {
                b!(self.builder.build_unreachable());
            }
        }
    }

    /// Restores the frame depth before a return.
    fn leave_frame(&self) {
        if let Some(d) = self.depth_at_entry {
            b!(self.builder.build_store(self.depth.as_pointer_value(), d));
        }
    }

    fn terminated(&self) -> bool {
        self.builder
            .get_insert_block()
            .and_then(|b| b.get_terminator())
            .is_some()
    }

    fn new_block(&self, name: &str) -> BasicBlock<'ctx> {
        self.ctx.append_basic_block(self.func.unwrap(), name)
    }

    /// After a terminator, later statements of the same block are dead; give
    /// them a fresh block so that emission can continue.
    fn ensure_open(&mut self) {
        if self.terminated() {
            let bb = self.new_block("dead");
            self.builder.position_at_end(bb);
        }
    }

    fn br(&self, to: BasicBlock<'ctx>) {
        if !self.terminated() {
            b!(self.builder.build_unconditional_branch(to));
        }
    }

    // ----- statements -----

    fn block(&mut self, stmts: &'a [Stmt]) {
        for s in stmts {
            self.ensure_open();
            self.stmt(s);
        }
    }

    /// Emits one statement. Code generation recurses once per nesting
    /// level, so it moves to a new stack segment when the current one runs
    /// low (as the parser and the checker do).
    fn stmt(&mut self, s: &'a Stmt) {
        multigen_syntax::with_stack(|| self.stmt_inner(s))
    }

    fn stmt_inner(&mut self, s: &'a Stmt) {
        if let Some(span) = stmt_span(s) {
            self.line = self.line_of(span);
        }
        // A statement's own errors (raise, assert, iteration) are reported
        // for the whole line.
        self.site = None;
        match s {
            Stmt::Assign(t, e) => {
                let v = self.expr(e);
                self.assign(t, v);
            }
            Stmt::Expr(e) => {
                self.expr(e);
            }
            Stmt::If(c, a, b) => {
                let cv = self.expr(c).into_int_value();
                let then_bb = self.new_block("then");
                let else_bb = self.new_block("else");
                let end = self.new_block("endif");
                b!(self.builder.build_conditional_branch(cv, then_bb, else_bb));
                self.builder.position_at_end(then_bb);
                self.block(a);
                self.br(end);
                self.builder.position_at_end(else_bb);
                self.block(b);
                self.br(end);
                self.builder.position_at_end(end);
            }
            Stmt::While { test, body, orelse } => {
                let head = self.new_block("while.head");
                let body_bb = self.new_block("while.body");
                let else_bb = self.new_block("while.else");
                let end = self.new_block("while.end");
                self.br(head);
                self.builder.position_at_end(head);
                let cv = self.expr(test).into_int_value();
                b!(self.builder.build_conditional_branch(cv, body_bb, else_bb));
                self.builder.position_at_end(body_bb);
                self.push_loop(head, end);
                self.block(body);
                self.loops.pop();
                self.br(head);
                self.builder.position_at_end(else_bb);
                self.block(orelse);
                self.br(end);
                self.builder.position_at_end(end);
            }
            Stmt::For {
                target,
                iter,
                body,
                orelse,
                span,
            } => self.for_loop(target, iter, body, orelse, *span),
            Stmt::SetItem(b, i, v) => self.set_item(b, i, v),
            Stmt::DelItem(b, i) => self.del_item(b, i),
            Stmt::DelField(o, i, span) => self.del_field(o, *i, *span),
            Stmt::StrAppend(p, e) => self.str_append(*p, e),
            Stmt::BreakOuter(n) => {
                let l = self.loops[self.loops.len() - 1 - *n as usize];
                self.exit_scopes(l.scopes);
                self.br(l.end);
            }
            Stmt::Break => {
                let l = *self
                    .loops
                    .last()
                    .expect("break outside loop passed the checker");
                self.exit_scopes(l.scopes);
                self.br(l.end);
            }
            Stmt::Continue => {
                let l = *self
                    .loops
                    .last()
                    .expect("continue outside loop passed the checker");
                self.exit_scopes(l.scopes);
                self.br(l.head);
            }
            Stmt::Return(e) if self.in_generator() => self.gen_return(e.as_ref()),
            Stmt::Return(e) => match e {
                Some(e) => {
                    let v = self.expr(e);
                    self.exit_scopes(0);
                    if !self.terminated() {
                        self.leave_frame();
                        b!(self.builder.build_return(Some(&v)));
                    }
                }
                None => {
                    self.exit_scopes(0);
                    if !self.terminated() {
                        self.leave_frame();
                        b!(self.builder.build_return(None));
                    }
                }
            },
            Stmt::SetField(o, i, v) => self.set_field(o, *i, v),
            Stmt::Raise { exc, cause, span } => {
                self.line = self.line_of(*span);
                self.raise_stmt(exc.as_ref(), cause);
            }
            Stmt::Try(t) => self.try_stmt(t),
            Stmt::Frame { name, span, body } => {
                self.push_scope(eh::EhScope::Frame(name.as_str(), *span));
                self.block(body);
                self.pop_scope();
            }
            Stmt::Fused(f) => self.fused_loop(f),
            Stmt::FusedYield(v, _) => self.fused_yield(v),
            Stmt::Assert(c, m) => {
                // `assert False` is compiled by CPython to a plain raise,
                // reported for the whole statement.
                let constant = matches!(c.kind, ExprKind::Bool(_));
                let cv = self.expr(c).into_int_value();
                let ok = self.new_block("assert.ok");
                let fail = self.new_block("assert.fail");
                let cv = self.expect_bool(cv, true);
                b!(self.builder.build_conditional_branch(cv, ok, fail));
                self.builder.position_at_end(fail);
                let line = self.line;
                let exc = self.expr(m);
                // CPython reports a failed assert at its condition.
                self.line = line;
                self.site = Some(c.span).filter(|s| *s != Span::default() && !constant);
                let f = self.rt["mg_raise_exc"];
                self.call_fn(f, &[exc.into()]);
                b!(self.builder.build_unreachable());
                self.site = None;
                self.builder.position_at_end(ok);
            }
        }
    }

    fn for_loop(
        &mut self,
        target: &'a Target,
        iter: &'a Iter,
        body: &'a [Stmt],
        orelse: &'a [Stmt],
        span: Span,
    ) {
        // Errors of the iteration itself are reported at the `for` line,
        // for a loop lowered from an expression at that expression's, and
        // failing both at the iterable's.
        let line = Some(span)
            .filter(|s| *s != Span::default())
            .or(self.block_site)
            .or_else(|| iter_span(iter))
            .map(|s| self.line_of(s))
            .unwrap_or(self.line);
        self.line = line;
        let state = self.iter_start(iter);
        let head = self.new_block("for.head");
        let else_bb = self.new_block("for.else");
        let end = self.new_block("for.end");
        self.br(head);
        self.builder.position_at_end(head);
        self.line = line;
        let v = self.iter_next(&state, else_bb);
        self.assign(target, v);
        self.push_loop(head, end);
        self.block(body);
        self.loops.pop();
        self.br(head);
        self.builder.position_at_end(else_bb);
        self.block(orelse);
        self.br(end);
        self.builder.position_at_end(end);
    }

    /// Enters a loop whose `continue` goes to `head` and `break` to `end`.
    fn push_loop(&mut self, head: BasicBlock<'ctx>, end: BasicBlock<'ctx>) {
        let scopes = self.eh.scopes.len();
        self.loops.push(Loop { head, end, scopes });
    }

    fn entry_alloca(&self, ty: BasicTypeEnum<'ctx>, name: &str) -> PointerValue<'ctx> {
        let entry = self.func.unwrap().get_first_basic_block().unwrap();
        let b = self.ctx.create_builder();
        match entry.get_first_instruction() {
            Some(i) => b.position_before(&i),
            None => b.position_at_end(entry),
        }
        b!(b.build_alloca(ty, name))
    }

    fn assign(&mut self, t: &'a Target, v: BasicValueEnum<'ctx>) {
        match t {
            Target::Place(p) => self.store_place(*p, v),
            Target::Item(b, i) => {
                let bv = self.expr(b);
                let iv = self.expr(i);
                self.store_item(bv, &b.ty, iv, v);
            }
            Target::Field(b, i, t) => self.store_field(b, *i, v, t),
            Target::List(ts, et) => {
                let vals = self.unpack_list(v.into_pointer_value(), ts.len(), et);
                for (t, x) in ts.iter().zip(vals) {
                    self.assign(t, x);
                }
            }
            Target::Star(ts, star, et, span) => {
                let vals = self.unpack_star(v.into_pointer_value(), ts.len(), *star, et, *span);
                for (t, x) in ts.iter().zip(vals) {
                    self.assign(t, x);
                }
            }
            Target::Tuple(ts) => {
                let sv = v.into_struct_value();
                for (i, t) in ts.iter().enumerate() {
                    let x = b!(self.builder.build_extract_value(sv, i as u32, "unpack"));
                    self.assign(t, x);
                }
            }
        }
    }

    /// Whether a place holds a string builder rather than a `str`.
    fn is_builder(&self, p: Place) -> bool {
        match p {
            Place::Local(l) => self.cur.unwrap().locals[l.index()].str_builder,
            Place::Global(g) => self.program.globals[g.index()].str_builder,
        }
    }

    fn store_place(&mut self, p: Place, v: BasicValueEnum<'ctx>) {
        let v = if self.is_builder(p) {
            self.call_rt("mg_strbuf_new", &[v.into()]).unwrap()
        } else {
            v
        };
        self.store_raw(p, v);
    }

    /// `place += value` on a string-builder variable.
    fn str_append(&mut self, p: Place, e: &'a Expr) {
        let v = self.expr(e);
        let ptr = self.ctx.ptr_type(AddressSpace::default());
        let b = self.load_raw(p, &ptr.into());
        self.call_rt("mg_strbuf_append", &[b.into(), v.into()]);
    }

    fn store_raw(&mut self, p: Place, v: BasicValueEnum<'ctx>) {
        match p {
            Place::Local(l) => {
                b!(self.builder.build_store(self.locals[l.index()], v));
                if let Some(fl) = self.local_flags[l.index()] {
                    b!(self
                        .builder
                        .build_store(fl, self.ctx.bool_type().const_int(1, false)));
                }
            }
            Place::Global(g) => {
                let ptr = self.global_ptr(self.layout.field[g.index()]);
                b!(self.builder.build_store(ptr, v));
                if let Some(f) = self.layout.flag[g.index()] {
                    let fp = self.global_ptr(f);
                    b!(self
                        .builder
                        .build_store(fp, self.ctx.bool_type().const_int(1, false)));
                }
            }
        }
    }

    /// The address of a field of a module's globals struct.
    fn global_ptr(&self, (module, field): (usize, u32)) -> PointerValue<'ctx> {
        let (globals, ty) = self.globals[module];
        b!(self
            .builder
            .build_struct_gep(ty, globals.as_pointer_value(), field, "g"))
    }

    fn load_place(&mut self, p: Place, ty: &Ty) -> BasicValueEnum<'ctx> {
        let lty = llvm_ty(self.ctx, ty);
        let v = self.load_raw(p, &lty);
        if self.is_builder(p) {
            return self.call_rt("mg_strbuf_value", &[v.into()]).unwrap();
        }
        v
    }

    /// The contents of a place (a builder itself for builder variables),
    /// after checking that it has been assigned.
    fn load_raw(&mut self, p: Place, lty: &BasicTypeEnum<'ctx>) -> BasicValueEnum<'ctx> {
        let lty = *lty;
        match p {
            Place::Local(l) => {
                let flag = match self.local_unchecked[l.index()] {
                    true => None,
                    false => self.local_flags[l.index()],
                };
                if let Some(fl) = flag {
                    let set = b!(self.builder.build_load(self.ctx.bool_type(), fl, "set"))
                        .into_int_value();
                    let unset = b!(self.builder.build_not(set, "unset"));
                    let local = &self.cur.unwrap().locals[l.index()];
                    let name = &local.name;
                    let (ty, msg) = if matches!(local.cell, CellKind::Free { .. }) {
                        ("NameError", format!("cannot access free variable '{name}' where it is not associated with a value in enclosing scope"))
                    } else if self
                        .cur
                        .is_some_and(|f| f.name == "<module>" && f.qualname == "<module>")
                        && !self.is_fused_local(l)
                    {
                        ("NameError", format!("name '{name}' is not defined"))
                    } else {
                        ("UnboundLocalError", format!("cannot access local variable '{name}' where it is not associated with a value"))
                    };
                    self.raise_if(unset, ty, &msg);
                }
                b!(self.builder.build_load(lty, self.locals[l.index()], "v"))
            }
            Place::Global(g) => {
                if let Some(f) = self.layout.flag[g.index()] {
                    let fp = self.global_ptr(f);
                    let set = b!(self.builder.build_load(self.ctx.bool_type(), fp, "set"))
                        .into_int_value();
                    let unset = b!(self.builder.build_not(set, "unset"));
                    let msg = format!(
                        "name '{}' is not defined",
                        self.program.globals[g.index()].name
                    );
                    self.raise_if(unset, "NameError", &msg);
                }
                let ptr = self.global_ptr(self.layout.field[g.index()]);
                b!(self.builder.build_load(lty, ptr, "g"))
            }
        }
    }

    // ----- raising -----

    fn call_rt(
        &mut self,
        name: &str,
        args: &[BasicMetadataValueEnum<'ctx>],
    ) -> Option<BasicValueEnum<'ctx>> {
        let f = self.rt[name];
        self.call_fn(f, args)
    }

    /// Marks a condition as expected to be `value` (for block layout).
    pub(super) fn expect_bool(&self, c: IntValue<'ctx>, value: bool) -> IntValue<'ctx> {
        let bt = self.ctx.bool_type();
        let f = Intrinsic::find("llvm.expect")
            .unwrap()
            .get_declaration(self.module, &[bt.into()])
            .unwrap();
        b!(self.builder.build_call(
            f,
            &[c.into(), bt.const_int(value as u64, false).into()],
            "expect"
        ))
        .try_as_basic_value()
        .basic()
        .unwrap()
        .into_int_value()
    }

    fn raise_with(&mut self, ty: PointerValue<'ctx>, msg: BasicValueEnum<'ctx>) {
        self.call_rt("mg_raise", &[ty.into(), msg.into()]);
        b!(self.builder.build_unreachable());
    }

    /// Raises `ty: msg` when `cond` holds.
    fn raise_if(&mut self, cond: IntValue<'ctx>, ty: &str, msg: &str) {
        let cond = self.expect_bool(cond, false);
        let fail = self.new_block("raise");
        let ok = self.new_block("ok");
        b!(self.builder.build_conditional_branch(cond, fail, ok));
        self.builder.position_at_end(fail);
        let t = self.str_const(ty);
        let m = self.str_const(msg);
        self.raise_with(t, m.into());
        self.builder.position_at_end(ok);
    }

    fn raise_zero_div_if(&mut self, cond: IntValue<'ctx>, kind: u64) {
        let cond = self.expect_bool(cond, false);
        let fail = self.new_block("zerodiv");
        let ok = self.new_block("ok");
        b!(self.builder.build_conditional_branch(cond, fail, ok));
        self.builder.position_at_end(fail);
        let k = self.ctx.i64_type().const_int(kind, false);
        self.call_rt("mg_raise_zero_div", &[k.into()]);
        b!(self.builder.build_unreachable());
        self.builder.position_at_end(ok);
    }

    fn overflow_block(&mut self) -> BasicBlock<'ctx> {
        // One block per line and scope: the traceback names the line, and
        // the exception must reach the handlers around it.
        let key = (self.line, self.scope_id(), self.eh.enabled);
        if let Some(bb) = self.overflow_bb.get(&key) {
            return *bb;
        }
        let bb = self.new_block("overflow");
        let here = self.builder.get_insert_block().unwrap();
        self.builder.position_at_end(bb);
        self.call_rt("mg_raise_overflow", &[]);
        b!(self.builder.build_unreachable());
        self.builder.position_at_end(here);
        self.overflow_bb.insert(key, bb);
        bb
    }

    /// Calls an `llvm.*.with.overflow.i64` intrinsic: (result, overflowed).
    fn overflow_op(
        &self,
        name: &str,
        a: IntValue<'ctx>,
        b: IntValue<'ctx>,
    ) -> (IntValue<'ctx>, IntValue<'ctx>) {
        let f = Intrinsic::find(name)
            .unwrap()
            .get_declaration(self.module, &[self.ctx.i64_type().into()])
            .unwrap();
        let r = b!(self.builder.build_call(f, &[a.into(), b.into()], "ovf"))
            .try_as_basic_value()
            .basic()
            .unwrap();
        let sv = r.into_struct_value();
        let v = b!(self.builder.build_extract_value(sv, 0, "val")).into_int_value();
        let o = b!(self.builder.build_extract_value(sv, 1, "of")).into_int_value();
        (v, o)
    }

    /// An overflow-checked `int` operation.
    fn checked(&mut self, name: &str, a: IntValue<'ctx>, b: IntValue<'ctx>) -> IntValue<'ctx> {
        let (v, o) = self.overflow_op(name, a, b);
        let o = self.expect_bool(o, false);
        let bad = self.overflow_block();
        let ok = self.new_block("ok");
        b!(self.builder.build_conditional_branch(o, bad, ok));
        self.builder.position_at_end(ok);
        v
    }

    // ----- constants -----

    fn str_const(&mut self, s: &str) -> PointerValue<'ctx> {
        if let Some(p) = self.strings.get(s) {
            return *p;
        }
        let i64t = self.ctx.i64_type();
        let bytes = self.ctx.const_string(s.as_bytes(), false);
        let val = self.ctx.const_struct(
            &[
                i64t.const_int(s.len() as u64, false).into(),
                i64t.const_int(s.chars().count() as u64, false).into(),
                bytes.into(),
            ],
            false,
        );
        let p = self.private_constant(val, "str");
        self.strings.insert(s.to_string(), p);
        p
    }

    /// A private, 8-byte aligned constant global holding `val`.
    fn private_constant(&self, val: impl BasicValue<'ctx>, name: &str) -> PointerValue<'ctx> {
        let val = val.as_basic_value_enum();
        let g = self
            .module
            .add_global(val.get_type(), Some(AddressSpace::default()), name);
        g.set_initializer(&val);
        g.set_constant(true);
        g.set_linkage(Linkage::Private);
        g.set_alignment(8);
        g.as_pointer_value()
    }

    fn none(&self) -> BasicValueEnum<'ctx> {
        self.ctx.struct_type(&[], false).const_zero().into()
    }

    // ----- expressions -----

    /// Emits one expression (on a grown stack when needed; see `stmt`).
    fn expr(&mut self, e: &'a Expr) -> BasicValueEnum<'ctx> {
        multigen_syntax::with_stack(|| self.expr_at(e))
    }

    fn expr_at(&mut self, e: &'a Expr) -> BasicValueEnum<'ctx> {
        // Calls report the line of their own expression in tracebacks.
        let saved = (self.line, self.site);
        if e.span != Span::default() {
            self.line = self.line_of(e.span);
            self.site = Some(e.span);
        }
        let v = self.expr_inner(e);
        (self.line, self.site) = saved;
        v
    }

    fn expr_inner(&mut self, e: &'a Expr) -> BasicValueEnum<'ctx> {
        let i64t = self.ctx.i64_type();
        let f64t = self.ctx.f64_type();
        match &e.kind {
            ExprKind::None if matches!(e.ty, Ty::Optional(_)) => self
                .ctx
                .ptr_type(AddressSpace::default())
                .const_null()
                .into(),
            ExprKind::New {
                class,
                init,
                args,
                map,
            } => self.new_object(*class, *init, args, map),
            ExprKind::MethodCall {
                func,
                slot,
                args,
                map,
            } => self.method_call(*func, *slot, args, map),
            ExprKind::GetField(x, i) => self.get_field(x, *i, &e.ty),
            ExprKind::FieldSet(x, i) => self.field_set(x, *i).into(),
            ExprKind::IsInstance(x, cs) => self.isinstance(x, cs),
            ExprKind::Cast(x) => self.expr(x),
            ExprKind::Wrap(x) => {
                let v = self.expr(x);
                self.wrap(v, &x.ty)
            }
            ExprKind::Unwrap(x, check) => {
                let v = self.expr(x);
                self.unwrap(v, &e.ty, check)
            }
            ExprKind::IsNone(x) => {
                let v = self.expr(x).into_pointer_value();
                b!(self.builder.build_is_null(v, "isnone")).into()
            }
            ExprKind::ExcInit(x, args) => self.exc_init(x, args),
            ExprKind::ClassName(x) => self.class_name(x),
            ExprKind::Int(v) => i64t.const_int(*v as u64, true).into(),
            ExprKind::Float(v) => f64t.const_float(*v).into(),
            ExprKind::Bool(v) => self.ctx.bool_type().const_int(*v as u64, false).into(),
            ExprKind::None => self.none(),
            ExprKind::Str(s) => self.str_const(s).into(),
            ExprKind::Load(p) => self.load_place(*p, &e.ty),
            ExprKind::IntToFloat(x) => {
                let v = self.expr(x).into_int_value();
                b!(self.builder.build_signed_int_to_float(v, f64t, "i2f")).into()
            }
            ExprKind::NumBox(x) => self.num_box(x),
            ExprKind::Num(op, xs) => self.num_op(*op, xs),
            ExprKind::BoolToInt(x) => {
                let v = self.expr(x).into_int_value();
                b!(self.builder.build_int_z_extend(v, i64t, "b2i")).into()
            }
            ExprKind::Truth(x) => {
                let v = self.expr(x);
                self.truth(v, &x.ty).into()
            }
            ExprKind::Unary(op, x) => {
                let v = self.expr(x);
                match (op, &x.ty) {
                    (UnOp::Not, _) => b!(self.builder.build_not(v.into_int_value(), "not")).into(),
                    (UnOp::Neg, Ty::Float) => {
                        self.nt_unary(v.into_float_value(), "mg_nt_neg", |g, v| {
                            b!(g.builder.build_float_neg(v, "neg")).into()
                        })
                    }
                    (UnOp::Neg, _) => self
                        .checked(
                            "llvm.ssub.with.overflow",
                            i64t.const_zero(),
                            v.into_int_value(),
                        )
                        .into(),
                    (UnOp::Invert, _) => {
                        b!(self.builder.build_not(v.into_int_value(), "inv")).into()
                    }
                }
            }
            ExprKind::Binary(op, l, r) => self.binary(*op, l, r, &e.ty),
            ExprKind::Compare(xs, ops) => self.compare(xs, ops),
            ExprKind::And(xs) => self.bool_op(xs, &e.ty, true),
            ExprKind::Or(xs) => self.bool_op(xs, &e.ty, false),
            ExprKind::IfExp(c, a, b) => {
                let cv = self.expr(c).into_int_value();
                let tb = self.new_block("ifx.then");
                let eb = self.new_block("ifx.else");
                let end = self.new_block("ifx.end");
                b!(self.builder.build_conditional_branch(cv, tb, eb));
                self.builder.position_at_end(tb);
                let av = self.expr(a);
                let ab = self.builder.get_insert_block().unwrap();
                self.br(end);
                self.builder.position_at_end(eb);
                let bv = self.expr(b);
                let bb = self.builder.get_insert_block().unwrap();
                self.br(end);
                self.builder.position_at_end(end);
                let phi = b!(self.builder.build_phi(llvm_ty(self.ctx, &e.ty), "ifx"));
                phi.add_incoming(&[(&av, ab), (&bv, bb)]);
                phi.as_basic_value()
            }
            ExprKind::Call { func, args, map } => {
                let vals: Vec<BasicValueEnum> = args.iter().map(|a| self.expr(a)).collect();
                let mut params: Vec<BasicMetadataValueEnum> = Vec::new();
                for m in map {
                    let v = match m {
                        ArgSource::Written(i) => vals[*i],
                        ArgSource::Default(d) => self.expr(d),
                    };
                    params.push(v.into());
                }
                let f = self.funcs[func.index()];
                self.call_fn(f, &params).unwrap_or_else(|| self.none())
            }
            ExprKind::CallEnv {
                func,
                env,
                args,
                map,
            } => {
                let env = self.expr(env);
                let vals: Vec<BasicValueEnum> = args.iter().map(|a| self.expr(a)).collect();
                let mut params: Vec<BasicMetadataValueEnum> = vec![env.into()];
                for m in map {
                    let v = match m {
                        ArgSource::Written(i) => vals[*i],
                        ArgSource::Default(d) => self.expr(d),
                    };
                    params.push(v.into());
                }
                let f = self.funcs[func.index()];
                self.call_fn(f, &params).unwrap_or_else(|| self.none())
            }
            ExprKind::CallValue(callee, args) => self.call_value(callee, args),
            ExprKind::MakeFunc { func, captures } => self.make_func(*func, captures),
            ExprKind::Runtime(name, args) => {
                let vals: Vec<BasicMetadataValueEnum> =
                    args.iter().map(|a| self.abi_arg(a, name)).collect();
                let r = self.call_rt(self.rt_name(name), &vals);
                match (r, &e.ty) {
                    (Some(v), _) => v,
                    (None, _) => self.none(),
                }
            }
            ExprKind::Builtin(b, args) => self.builtin(*b, args, &e.ty),
            ExprKind::Tuple(xs) => {
                let vals: Vec<BasicValueEnum> = xs.iter().map(|x| self.expr(x)).collect();
                self.make_tuple(&e.ty, &vals)
            }
            ExprKind::TupleGet(x, i) => {
                let v = self.expr(x).into_struct_value();
                b!(self.builder.build_extract_value(v, *i as u32, "get"))
            }
            ExprKind::BoxTuple(x) => {
                let v = self.expr(x);
                let s = self.slot_of(v, &x.ty);
                b!(self.builder.build_int_to_ptr(
                    s,
                    self.ctx.ptr_type(AddressSpace::default()),
                    "boxed"
                ))
                .into()
            }
            ExprKind::MakeRange(a, b, c) => {
                let vals = [self.expr(a), self.expr(b), self.expr(c)];
                let step = vals[2].into_int_value();
                let zero = b!(self.builder.build_int_compare(
                    IntPredicate::EQ,
                    step,
                    self.ctx.i64_type().const_zero(),
                    "z"
                ));
                self.raise_if(zero, "ValueError", "range() arg 3 must not be zero");
                self.make_tuple(&Ty::Range, &vals)
            }
            ExprKind::List(xs) => self.list_display(&e.ty, xs),
            ExprKind::Set(xs) => self.set_display(&e.ty, xs, false),
            ExprKind::Dict(pairs) => self.dict_display(&e.ty, pairs),
            ExprKind::Index(b, i) => self.index(b, i, &e.ty),
            ExprKind::Len(x) => self.len(x),
            ExprKind::Contains(c, x) => {
                let cv = self.expr(c);
                let xv = self.expr(x);
                self.contains(cv, &c.ty, xv, &x.ty).into()
            }
            ExprKind::Append(l, x) => {
                self.append(l, x);
                self.none()
            }
            ExprKind::DictGet(d, k, def) => self.dict_get(d, k, def.as_deref(), &e.ty),
            ExprKind::Block(stmts, x) => {
                let saved = std::mem::replace(&mut self.block_site, self.site);
                self.block(stmts);
                self.block_site = saved;
                self.ensure_open();
                self.expr(x)
            }
            ExprKind::Rt {
                name,
                args,
                slot_result,
            } => self.rt_call(name, args, *slot_result, &e.ty),
            ExprKind::Yield(v) => self.yield_expr(v, &e.ty),
            ExprKind::YieldFrom(v) => self.yield_from(v, &e.ty),
            ExprKind::Print { args, sep, end } => {
                let vals: Vec<BasicValueEnum> = args.iter().map(|a| self.expr(a)).collect();
                let sep_v = match sep {
                    Some(s) => self.expr(s),
                    None => self.str_const(" ").into(),
                };
                let end_v = match end {
                    Some(s) => self.expr(s),
                    None => self.str_const("\n").into(),
                };
                for (i, (v, a)) in vals.iter().zip(args).enumerate() {
                    if i > 0 {
                        self.call_rt("mg_print_str", &[sep_v.into()]);
                    }
                    self.print_value(*v, &a.ty, false);
                }
                self.call_rt("mg_print_str", &[end_v.into()]);
                self.none()
            }
        }
    }

    /// Passes a value to the runtime: `bool` widens to `i64`.
    /// An argument of the runtime function `name`.
    fn abi_arg(&mut self, a: &'a Expr, name: &str) -> BasicMetadataValueEnum<'ctx> {
        let v = self.expr(a);
        if a.ty == Ty::Float {
            return self.rt_float_arg(name, v).into();
        }
        if a.ty == Ty::Bool {
            return b!(self.builder.build_int_z_extend(
                v.into_int_value(),
                self.ctx.i64_type(),
                "b64"
            ))
            .into();
        }
        v.into()
    }

    fn make_tuple(&self, ty: &Ty, vals: &[BasicValueEnum<'ctx>]) -> BasicValueEnum<'ctx> {
        let st = llvm_ty(self.ctx, ty).into_struct_type();
        let mut agg = st.get_undef();
        for (i, v) in vals.iter().enumerate() {
            agg = b!(self.builder.build_insert_value(agg, *v, i as u32, "tup")).into_struct_value();
        }
        agg.into()
    }

    fn truth(&mut self, v: BasicValueEnum<'ctx>, ty: &Ty) -> IntValue<'ctx> {
        match ty {
            Ty::Bool => v.into_int_value(),
            Ty::Range => {
                let n = self.range_call("mg_range_len", v, None).into_int_value();
                b!(self.builder.build_int_compare(
                    IntPredicate::NE,
                    n,
                    self.ctx.i64_type().const_zero(),
                    "truth"
                ))
            }
            // Lists, dicts, sets and boxed tuples keep their length first.
            Ty::List(_) | Ty::Dict(..) | Ty::Set(_) | Ty::VarTuple(_) | Ty::DictView(..) => {
                let len = self.load_i64(v.into_pointer_value());
                b!(self.builder.build_int_compare(
                    IntPredicate::NE,
                    len,
                    self.ctx.i64_type().const_zero(),
                    "truth"
                ))
            }
            Ty::Var(_) => unreachable!("inference variables are resolved by the checker"),
            // A generator object is always true.
            Ty::Gen(..) => self.ctx.bool_type().const_int(1, false),
            Ty::Int => b!(self.builder.build_int_compare(
                IntPredicate::NE,
                v.into_int_value(),
                self.ctx.i64_type().const_zero(),
                "truth"
            )),
            Ty::Float => {
                let v = self.untag(v.into_float_value());
                b!(self.builder.build_float_compare(
                    FloatPredicate::UNE,
                    v,
                    self.ctx.f64_type().const_zero(),
                    "truth"
                ))
            }
            Ty::None => self.ctx.bool_type().const_zero(),
            // A function is always true.
            Ty::Func(_) => self.ctx.bool_type().const_int(1, false),
            Ty::Str => {
                let len =
                    b!(self
                        .builder
                        .build_load(self.ctx.i64_type(), v.into_pointer_value(), "len"))
                    .into_int_value();
                b!(self.builder.build_int_compare(
                    IntPredicate::NE,
                    len,
                    self.ctx.i64_type().const_zero(),
                    "truth"
                ))
            }
            Ty::Tuple(ts) => self.ctx.bool_type().const_int(!ts.is_empty() as u64, false),
            Ty::Class(c) => self.object_truth(v, *c),
            Ty::Dyn(_) | Ty::Union(_) => self.dyn_truth(v),
            Ty::ExcArgs => {
                let ptr = self.ctx.ptr_type(AddressSpace::default());
                let args = b!(self.builder.build_load(
                    ptr,
                    self.word_ptr(v.into_pointer_value(), 1),
                    "args"
                ));
                let len = self.load_i64(args.into_pointer_value());
                b!(self.builder.build_int_compare(
                    IntPredicate::NE,
                    len,
                    self.ctx.i64_type().const_zero(),
                    "truth"
                ))
            }
            Ty::Optional(inner) => self.optional_truth(v, inner),
            // A class and a traceback are always true.
            Ty::ExcType | Ty::Traceback => self.ctx.bool_type().const_int(1, false),
        }
    }
}

fn holds_pointer(t: &Ty) -> bool {
    // (A range is three ints.)
    match t {
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
        | Ty::Traceback => true,
        Ty::Tuple(ts) => ts.iter().any(holds_pointer),
        _ => false,
    }
}

/// The LLVM type of a value of a static type.
pub fn llvm_ty<'ctx>(ctx: &'ctx Context, t: &Ty) -> BasicTypeEnum<'ctx> {
    match t {
        Ty::Int => ctx.i64_type().into(),
        Ty::Float => ctx.f64_type().into(),
        Ty::Bool => ctx.bool_type().into(),
        Ty::None => ctx.struct_type(&[], false).into(),
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
        | Ty::Union(_) => ctx.ptr_type(AddressSpace::default()).into(),
        Ty::Range => {
            let i = ctx.i64_type();
            ctx.struct_type(&[i.into(), i.into(), i.into()], false)
                .into()
        }
        Ty::Tuple(ts) => {
            let fields: Vec<BasicTypeEnum> = ts.iter().map(|t| llvm_ty(ctx, t)).collect();
            ctx.struct_type(&fields, false).into()
        }
        Ty::Var(_) => unreachable!("inference variables are resolved by the checker"),
    }
}

/// The span that locates a statement in tracebacks, if it has one.
fn stmt_span(s: &Stmt) -> Option<Span> {
    match s {
        Stmt::Assign(_, e)
        | Stmt::Expr(e)
        | Stmt::If(e, ..)
        | Stmt::While { test: e, .. }
        | Stmt::SetItem(e, ..)
        | Stmt::DelItem(e, _)
        | Stmt::DelField(e, ..)
        | Stmt::StrAppend(_, e)
        | Stmt::Return(Some(e))
        | Stmt::Assert(e, _)
        | Stmt::SetField(e, ..) => Some(e.span).filter(|s| *s != Span::default()),
        Stmt::Raise { span, .. } | Stmt::FusedYield(_, span) => Some(*span),
        _ => None,
    }
}

/// The span of the expression an iteration starts from.
fn iter_span(it: &Iter) -> Option<Span> {
    let span = match it {
        Iter::Range { start, .. } => start.span,
        Iter::List(e)
        | Iter::VarTuple(e)
        | Iter::ListReversed(e)
        | Iter::Str(e)
        | Iter::Tuple(e)
        | Iter::DictKeys(e)
        | Iter::DictValues(e)
        | Iter::DictItems(e)
        | Iter::Set(e) => e.span,
        Iter::Enumerate(i, _) | Iter::Map(_, i) | Iter::Filter(_, i) => return iter_span(i),
        Iter::Zip(its) => return its.first().and_then(iter_span),
        Iter::Protocol { iter, .. } | Iter::Gen(iter) => iter.span,
    };
    Some(span).filter(|s| *s != Span::default())
}
