//! Exceptions: zero-cost unwinding with the Itanium ABI.
//!
//! Every call that may raise is an `invoke` whose unwind edge goes to a
//! landing pad specific to (source line, exception scope). The runtime's
//! personality routine (`mg_personality`) treats every landing pad as a
//! handler; the pad's code records the frame in the exception's traceback
//! (file, function, line), restores the recursion-depth counter, and then
//! walks the static scopes enclosing the call from the innermost outwards:
//! an `except` clause whose classes match takes the exception; a `finally`
//! block runs (inline); leaving an `except` block restores the exception
//! that was being handled before it. If nothing takes it, the pad
//! re-raises it to the caller (or, in the module body, prints the
//! traceback and exits). The path that raises nothing executes no extra
//! instruction: the cost of `try` is only code size.
//!
//! `return`, `break` and `continue` leaving `try`/`except` blocks run the
//! same scope exits inline before jumping.

use super::*;
use inkwell::values::BasicValue;

/// A static scope that affects an exception passing through it.
#[derive(Clone)]
pub(super) enum EhScope<'a, 'ctx> {
    /// Inside the body of a `try` with `except` clauses.
    Try {
        handlers: &'a [Handler],
        blocks: Vec<BasicBlock<'ctx>>,
        exc_slot: PointerValue<'ctx>,
    },
    /// Inside a block protected by `finally`.
    Finally(&'a [Stmt]),
    /// Inside an `except` block: the exception it handles and the
    /// exception that was being handled before.
    Handler {
        exc_slot: PointerValue<'ctx>,
        prev_slot: PointerValue<'ctx>,
    },
    /// Around the `__next__` call of a `for` over an iterator object:
    /// `StopIteration` ends the loop (jumps to the block).
    StopIteration(BasicBlock<'ctx>),
    /// Code CPython runs in a frame of its own (a comprehension, a class
    /// body): its name and the line that started it.
    Frame(&'a str, Span),
    /// The code of a generator fused with the loop that consumes it
    /// (`gen/fuse.rs`): a frame named like the generator, hanging from
    /// the consumer's loop at `line` (with the underlined range `at`).
    /// An exception leaving it goes through PEP 479's conversion.
    GenFrame {
        name: &'a str,
        line: u32,
        at: Option<Span>,
    },
}

/// Per-function exception state.
#[derive(Default)]
pub(super) struct EhState<'a, 'ctx> {
    /// Whether calls get landing pads (false in wrappers the runtime calls
    /// and in a function's prologue).
    pub enabled: bool,
    /// An exception that reaches the bottom is printed and ends the
    /// program (the module body and `multigen call` entry points).
    pub uncaught_at_bottom: bool,
    /// Record a traceback frame for this function.
    pub record_frames: bool,
    pub scopes: Vec<(u32, EhScope<'a, 'ctx>)>,
    pub next_id: u32,
    pub pads: HashMap<(u32, Option<Span>, u32, bool), BasicBlock<'ctx>>,
    /// The shared dispatch block of each scope.
    pub dispatchers: HashMap<u32, (BasicBlock<'ctx>, inkwell::values::PhiValue<'ctx>)>,
    /// The value of the frame-depth counter inside this function.
    pub depth_in_frame: Option<IntValue<'ctx>>,
    /// The next landing pad records no frame for this function (a bare
    /// `raise` continues the traceback it already has).
    pub skip_record: bool,
    /// In a function with very many call sites, the slot that holds the
    /// traceback site of the next call (see [`PADS_PER_SITE_LIMIT`]).
    pub site_slot: Option<PointerValue<'ctx>>,
}

/// How many landing pads of their own (one per source line, expression and
/// scope) a function gets. Past this, further calls store their traceback
/// site in a stack slot before the call and share one pad per scope that
/// reads it: LLVM looks landing pads up linearly, so a module body of
/// 100,000 lines with a pad for each took many minutes to compile. Only
/// such huge functions pay the store.
const PADS_PER_SITE_LIMIT: usize = 1000;

impl<'a, 'ctx> Gen<'a, 'ctx> {
    pub(super) fn personality(&mut self) -> FunctionValue<'ctx> {
        if let Some(f) = self.module.get_function("mg_personality") {
            return f;
        }
        let fty = self.ctx.i32_type().fn_type(&[], true);
        self.module
            .add_function("mg_personality", fty, Some(Linkage::External))
    }

    /// The 1-based line of a byte offset in the source.
    pub(super) fn line_of(&self, span: Span) -> u32 {
        // A span of another module (a default value written there, say)
        // stands for the line being generated.
        if span.start < self.src_base || span.start > self.src_base + self.source.text.len() as u32
        {
            return self.line;
        }
        match self.line_starts.binary_search(&span.start) {
            Ok(i) => i as u32 + 1,
            Err(i) => i as u32,
        }
    }

    /// Calls a function; inside a function with exception handling the
    /// call becomes an `invoke` whose unwind edge goes to the landing pad
    /// of the current line and scope.
    pub(super) fn call_fn(
        &mut self,
        f: FunctionValue<'ctx>,
        args: &[BasicMetadataValueEnum<'ctx>],
    ) -> Option<BasicValueEnum<'ctx>> {
        if !self.eh.enabled {
            return b!(self.builder.build_call(f, args, ""))
                .try_as_basic_value()
                .basic();
        }
        let pad = self.landing_pad();
        let cont = self.new_block("cont");
        let vals: Vec<BasicValueEnum> = args.iter().map(|a| meta_to_basic(*a)).collect();
        let frames = self.fused_frames_enter();
        let r = b!(self.builder.build_direct_invoke(f, &vals, cont, pad, ""));
        self.builder.position_at_end(cont);
        self.fused_frames_leave(frames);
        r.try_as_basic_value().basic()
    }

    /// Like [`Gen::call_fn`] for a call through a function pointer.
    pub(super) fn call_ptr(
        &mut self,
        fty: inkwell::types::FunctionType<'ctx>,
        ptr: PointerValue<'ctx>,
        args: &[BasicMetadataValueEnum<'ctx>],
    ) -> Option<BasicValueEnum<'ctx>> {
        if !self.eh.enabled {
            return b!(self.builder.build_indirect_call(fty, ptr, args, ""))
                .try_as_basic_value()
                .basic();
        }
        let pad = self.landing_pad();
        let cont = self.new_block("cont");
        let vals: Vec<BasicValueEnum> = args.iter().map(|a| meta_to_basic(*a)).collect();
        let frames = self.fused_frames_enter();
        let r = b!(self
            .builder
            .build_indirect_invoke(fty, ptr, &vals, cont, pad, ""));
        self.builder.position_at_end(cont);
        self.fused_frames_leave(frames);
        r.try_as_basic_value().basic()
    }

    pub(super) fn scope_id(&self) -> u32 {
        self.eh.scopes.last().map(|s| s.0).unwrap_or(0)
    }

    pub(super) fn push_scope(&mut self, s: EhScope<'a, 'ctx>) {
        self.eh.next_id += 1;
        let id = self.eh.next_id;
        self.eh.scopes.push((id, s));
    }

    pub(super) fn pop_scope(&mut self) {
        self.eh.scopes.pop();
    }

    /// The landing pad for the current line and scope.
    fn landing_pad(&mut self) -> BasicBlock<'ctx> {
        let key = (self.line, self.site, self.scope_id(), self.eh.skip_record);
        if let Some(bb) = self.eh.pads.get(&key) {
            return *bb;
        }
        let in_frame = self
            .eh
            .scopes
            .iter()
            .any(|s| matches!(s.1, EhScope::Frame(..) | EhScope::GenFrame { .. }));
        if self.eh.pads.len() >= PADS_PER_SITE_LIMIT && !in_frame {
            return self.shared_landing_pad();
        }
        // The sites of the frames the pad records, innermost first: those
        // of comprehensions (each reports the line its inner frame started
        // at), then this function's.
        let record = self.eh.record_frames && !self.eh.skip_record;
        let mut sites = Vec::new();
        if record {
            let (mut line, mut at) = (self.line, self.site);
            let frames: Vec<(&'a str, u32, Option<Span>)> = self
                .eh
                .scopes
                .iter()
                .rev()
                .filter_map(|s| match s.1 {
                    EhScope::Frame(n, sp) => Some((n, self.line_of(sp), Some(sp))),
                    EhScope::GenFrame { name, line, at } => Some((name, line, at)),
                    _ => None,
                })
                .collect();
            for (name, outer_line, outer_at) in frames {
                sites.push(self.tb_site_named(name, line, at));
                (line, at) = (outer_line, outer_at);
            }
            sites.push(self.tb_site(line, at));
        }
        let (here, pad, ue) = self.pad_start("lpad", key, &sites);
        let ptr = self.ctx.ptr_type(AddressSpace::default());
        let own = sites.pop().unwrap_or_else(|| ptr.const_null());
        for site in sites {
            self.plain_rt("mg_landing", &[ue.into(), site.into()]);
        }
        self.pad_finish(ue, own.into(), here);
        pad
    }

    /// The start of a landing pad registered under `key`: the block (code
    /// goes there now), the block to return to, and the unwind exception.
    ///
    /// The traceback sites the pad records (`sites`, innermost first) are
    /// also its `catch` clauses. The personality ignores them (every pad
    /// is a handler), but they put the sites in the LSDA, where the
    /// fatal-error report finds the Python frames of a native frame
    /// stopped at this call (`runtime/src/fatal/frames.rs`); when LLVM
    /// inlines the function, the caller's clauses are appended to the
    /// inlined pads, so the list stays complete.
    fn pad_start(
        &mut self,
        name: &str,
        key: (u32, Option<Span>, u32, bool),
        sites: &[PointerValue<'ctx>],
    ) -> (BasicBlock<'ctx>, BasicBlock<'ctx>, BasicValueEnum<'ctx>) {
        let here = self.builder.get_insert_block().unwrap();
        let pad = self.new_block(name);
        self.eh.pads.insert(key, pad);
        self.builder.position_at_end(pad);
        let ptr = self.ctx.ptr_type(AddressSpace::default());
        let lp_ty = self
            .ctx
            .struct_type(&[ptr.into(), self.ctx.i32_type().into()], false);
        let pers = self.personality();
        let clauses: Vec<BasicValueEnum> = sites.iter().map(|s| (*s).into()).collect();
        let lp = b!(self
            .builder
            .build_landing_pad(lp_ty, pers, &clauses, true, "lp"));
        let ue = b!(self
            .builder
            .build_extract_value(lp.into_struct_value(), 0, "ue"));
        (here, pad, ue)
    }

    /// The end of a landing pad: records this frame's `site` (null for
    /// none) and goes to the scope's shared dispatch, then back to `here`.
    fn pad_finish(
        &mut self,
        ue: BasicValueEnum<'ctx>,
        site: BasicMetadataValueEnum<'ctx>,
        here: BasicBlock<'ctx>,
    ) {
        let exc = self.plain_rt("mg_landing", &[ue.into(), site]).unwrap();
        // The pads of one scope share the code that passes the exception
        // through the scopes (which may hold whole `finally` bodies).
        let (shared, phi) = self.dispatch_block();
        phi.add_incoming(&[(&exc, self.builder.get_insert_block().unwrap())]);
        b!(self.builder.build_unconditional_branch(shared));
        self.builder.position_at_end(here);
    }

    /// The landing pad of the current scope shared by the calls of a huge
    /// function: the site of the call is stored in a slot before it, and
    /// the pad records the frame from the slot.
    fn shared_landing_pad(&mut self) -> BasicBlock<'ctx> {
        let ptr = self.ctx.ptr_type(AddressSpace::default());
        let record = self.eh.record_frames && !self.eh.skip_record;
        if record {
            let slot = match self.eh.site_slot {
                Some(s) => s,
                None => {
                    let s = self.entry_alloca(ptr.into(), "tb.site");
                    self.eh.site_slot = Some(s);
                    s
                }
            };
            let site = self.tb_site(self.line, self.site);
            // Volatile: promoted to a register, the slot would become a
            // phi with an input per call site, which LLVM's passes edit
            // one input at a time (quadratic again).
            let st = b!(self.builder.build_store(slot, site));
            st.set_volatile(true).expect("a store can be volatile");
        }
        // Line 0 and no span: no real site has this key.
        let key = (0, None, self.scope_id(), self.eh.skip_record);
        if let Some(bb) = self.eh.pads.get(&key) {
            return *bb;
        }
        let (here, pad, ue) = self.pad_start("lpad.shared", key, &[]);
        let site = match (record, self.eh.site_slot) {
            (true, Some(slot)) => {
                let v = b!(self.builder.build_load(ptr, slot, "site"));
                v.as_instruction_value()
                    .expect("a load is an instruction")
                    .set_volatile(true)
                    .expect("a load can be volatile");
                v
            }
            _ => ptr.const_null().into(),
        };
        self.pad_finish(ue, site.into(), here);
        pad
    }

    /// The block that dispatches an exception in the current scope (its
    /// phi receives the exception from the landing pads).
    fn dispatch_block(&mut self) -> (BasicBlock<'ctx>, inkwell::values::PhiValue<'ctx>) {
        let id = self.scope_id();
        if let Some(d) = self.eh.dispatchers.get(&id) {
            return *d;
        }
        let here = self.builder.get_insert_block().unwrap();
        let bb = self.new_block("dispatch");
        self.builder.position_at_end(bb);
        let ptr = self.ctx.ptr_type(AddressSpace::default());
        let phi = b!(self.builder.build_phi(ptr, "exc"));
        self.eh.dispatchers.insert(id, (bb, phi));
        let n = self.eh.scopes.len();
        let line = self.line;
        let site = self.site;
        self.dispatch(phi.as_basic_value().into_pointer_value(), n);
        (self.line, self.site) = (line, site);
        self.builder.position_at_end(here);
        (bb, phi)
    }

    /// Emits the code that passes exception `exc` through the scopes
    /// `0..level` (innermost last), at the current position.
    fn dispatch(&mut self, mut exc: PointerValue<'ctx>, level: usize) {
        for i in (0..level).rev() {
            let scope = self.eh.scopes[i].1.clone();
            match scope {
                EhScope::Try {
                    handlers,
                    blocks,
                    exc_slot,
                } => {
                    for (h, bb) in handlers.iter().zip(blocks) {
                        if h.classes.is_empty() {
                            self.restore_depth();
                            b!(self.builder.build_store(exc_slot, exc));
                            b!(self.builder.build_unconditional_branch(bb));
                            return;
                        }
                        let mut any = self.ctx.bool_type().const_zero();
                        for c in &h.classes {
                            let m = self.instance_of(exc, *c);
                            any = b!(self.builder.build_or(any, m, "any"));
                        }
                        let take = self.new_block("catch");
                        let next = self.new_block("nomatch");
                        b!(self.builder.build_conditional_branch(any, take, next));
                        self.builder.position_at_end(take);
                        self.restore_depth();
                        b!(self.builder.build_store(exc_slot, exc));
                        b!(self.builder.build_unconditional_branch(bb));
                        self.builder.position_at_end(next);
                    }
                }
                EhScope::Finally(body) => {
                    self.restore_depth();
                    self.inline_finally_handling(body, i, exc);
                    if self.terminated() {
                        return;
                    }
                }
                EhScope::Handler { prev_slot, .. } => {
                    let ptr = self.ctx.ptr_type(AddressSpace::default());
                    let prev = b!(self.builder.build_load(ptr, prev_slot, "prev"));
                    self.plain_rt("mg_exc_set_handled", &[prev.into()]);
                }
                EhScope::Frame(..) => {}
                EhScope::GenFrame { .. } => exc = self.fused_exc(exc, i),
                EhScope::StopIteration(done) => {
                    let c = self
                        .program
                        .classes
                        .iter()
                        .position(|c| c.builtin && c.name == "StopIteration")
                        .expect("the runtime defines StopIteration");
                    let m = self.instance_of(exc, ClassId(c as u32));
                    let stop = self.new_block("stop");
                    let next = self.new_block("notstop");
                    b!(self.builder.build_conditional_branch(m, stop, next));
                    self.builder.position_at_end(stop);
                    self.restore_depth();
                    b!(self.builder.build_unconditional_branch(done));
                    self.builder.position_at_end(next);
                }
            }
        }
        if self.in_generator() {
            self.gen_unwind(exc);
            return;
        }
        if self.eh.uncaught_at_bottom {
            self.plain_rt("mg_uncaught", &[exc.into()]);
        } else {
            self.plain_rt("mg_reraise", &[exc.into()]);
        }
        b!(self.builder.build_unreachable());
    }

    /// Emits a `finally` body found at scope index `i`, with the scopes
    /// from `i` on removed (an exception inside it goes further out).
    fn inline_finally(&mut self, body: &'a [Stmt], i: usize) {
        let saved = self.eh.scopes.split_off(i);
        // A `break` or `continue` in the body belongs to a loop around the
        // `try`, not to one inside it that the exit leaves (difftest seed
        // 1460877: `continue` in a `finally` jumped to an inner loop's head
        // from its landing pad).
        let outer = self.loops.iter().take_while(|l| l.scopes <= i).count();
        let inner_loops = self.loops.split_off(outer);
        let line = self.line;
        self.block(body);
        self.line = line;
        self.loops.extend(inner_loops);
        let mut saved = saved;
        self.eh.scopes.append(&mut saved);
    }

    /// Emits a `finally` body that runs while exception `exc` passes
    /// through scope `i`: as in CPython, `exc` is the exception being
    /// handled meanwhile, so one raised in the body gets it as its
    /// `__context__`; the one handled before comes back after the body, or
    /// when an exception leaves it.
    fn inline_finally_handling(&mut self, body: &'a [Stmt], i: usize, exc: PointerValue<'ctx>) {
        let ptr = self.ctx.ptr_type(AddressSpace::default());
        let exc_slot = self.entry_alloca(ptr.into(), "fexc");
        b!(self.builder.build_store(exc_slot, exc));
        let prev = self.plain_rt("mg_exc_set_handled", &[exc.into()]).unwrap();
        let prev_slot = self.entry_alloca(ptr.into(), "fprev");
        b!(self.builder.build_store(prev_slot, prev));
        let saved = self.eh.scopes.split_off(i);
        let outer = self.loops.iter().take_while(|l| l.scopes <= i).count();
        let inner_loops = self.loops.split_off(outer);
        self.push_scope(EhScope::Handler {
            exc_slot,
            prev_slot,
        });
        let line = self.line;
        self.block(body);
        self.line = line;
        self.pop_scope();
        if !self.terminated() {
            let prev = b!(self.builder.build_load(ptr, prev_slot, "prev"));
            self.plain_rt("mg_exc_set_handled", &[prev.into()]);
        }
        self.loops.extend(inner_loops);
        let mut saved = saved;
        self.eh.scopes.append(&mut saved);
    }

    /// Resets the frame-depth counter to this function's own depth when an
    /// exception is taken here: the frames it unwound did not restore it.
    /// (Only on the paths that handle it, so that the counter's updates in
    /// loops stay free of the landing pads.)
    fn restore_depth(&mut self) {
        if self.in_generator() {
            return self.gen_restore_depth();
        }
        if let Some(d) = self.eh.depth_in_frame {
            b!(self.builder.build_store(self.depth.as_pointer_value(), d));
        }
    }

    /// Runs the exits of the scopes above `depth` (for `return`, `break`
    /// and `continue`), innermost first.
    pub(super) fn exit_scopes(&mut self, depth: usize) {
        for i in (depth..self.eh.scopes.len()).rev() {
            if self.terminated() {
                return;
            }
            match self.eh.scopes[i].1.clone() {
                EhScope::Try { .. }
                | EhScope::StopIteration(_)
                | EhScope::Frame(..)
                | EhScope::GenFrame { .. } => {}
                EhScope::Finally(body) => self.inline_finally(body, i),
                EhScope::Handler { prev_slot, .. } => {
                    let ptr = self.ctx.ptr_type(AddressSpace::default());
                    let prev = b!(self.builder.build_load(ptr, prev_slot, "prev"));
                    self.plain_rt("mg_exc_set_handled", &[prev.into()]);
                }
            }
        }
    }

    /// A runtime call that never raises (no landing pad).
    pub(super) fn plain_rt(
        &self,
        name: &str,
        args: &[BasicMetadataValueEnum<'ctx>],
    ) -> Option<BasicValueEnum<'ctx>> {
        let f = self.rt[name];
        b!(self.builder.build_call(f, args, ""))
            .try_as_basic_value()
            .basic()
    }

    /// The constant traceback site for a line of the current function.
    fn tb_site(&mut self, line: u32, at: Option<Span>) -> PointerValue<'ctx> {
        let func = self.cur.map(frame_name).unwrap_or_default();
        self.tb_site_named(&func, line, at)
    }

    /// Marks `fv` as the code of Python function `f` for the table of
    /// compiled functions that the fatal-error report uses (`frames.rs`,
    /// built after optimisation): its frame's name and file, as its
    /// traceback sites give them. The attributes are copied to the
    /// resume functions LLVM splits a generator into.
    pub(super) fn mark_frame(&self, fv: FunctionValue<'ctx>, f: &Function) {
        let (mut file, mut func) = (self.source.file.clone(), frame_name(f));
        if func == FROZEN_SETATTR_FRAME {
            (file, func) = ("<string>".into(), "__setattr__".into());
        }
        for (key, value) in [
            (crate::frames::ATTR_FUNC, func),
            (crate::frames::ATTR_FILE, file),
        ] {
            let a = self.ctx.create_string_attribute(key, &value);
            fv.add_attribute(AttributeLoc::Function, a);
        }
    }

    /// In a module body: registers the module's table of compiled
    /// functions with the runtime. The table is a placeholder until
    /// optimisation is over (`frames.rs` fills it in).
    pub(super) fn register_frames(&mut self) {
        let ptr = self.ctx.ptr_type(AddressSpace::default());
        let i64t = self.ctx.i64_type();
        let ty = self
            .ctx
            .struct_type(&[ptr.into(), i64t.into(), i64t.into(), ptr.into()], false);
        let table = match self.module.get_global(crate::frames::TABLE) {
            Some(t) => t,
            None => {
                let t =
                    self.module
                        .add_global(ty, Some(AddressSpace::default()), crate::frames::TABLE);
                t.set_linkage(Linkage::Internal);
                t.set_initializer(&ty.const_zero());
                t
            }
        };
        self.plain_rt("mg_register_frames", &[table.as_pointer_value().into()]);
    }

    /// The constant traceback site for a line of the named frame.
    /// `at` is the failing expression (CPython's instruction range), which
    /// Python 3.11 underlines with `^`/`~` markers when it is only part of
    /// the line.
    fn tb_site_named(&mut self, func: &str, line: u32, at: Option<Span>) -> PointerValue<'ctx> {
        let func = func.to_string();
        let key = (func.clone(), line, at);
        if let Some(p) = self.sites.get(&key) {
            return *p;
        }
        // The line's text, as `str::lines` would give it (without its line
        // break), found through the line index: searching from the start of
        // the source for every site made large modules quadratic.
        let source = &self.source.text;
        let idx = line.saturating_sub(1) as usize;
        let line_start = self.line_starts.get(idx).copied();
        let raw = match line_start {
            Some(ls) if ((ls - self.src_base) as usize) <= source.len() => {
                let rest = &source[(ls - self.src_base) as usize..];
                let line = rest.split('\n').next().unwrap_or("");
                line.strip_suffix('\r').unwrap_or(line)
            }
            _ => "",
        };
        let mut text = raw.trim().to_string();
        if let (Some(at), Some(ls)) = (at, line_start) {
            if at.start >= ls && ((at.start - ls) as usize) < raw.len() {
                let col = (at.start - ls) as usize;
                let end = (at.end - ls) as usize;
                let end_col = (end <= raw.len()).then_some(end);
                if let Some(m) = multigen_syntax::caret::marker_line(raw, col, end_col) {
                    // The runtime indents the text by four spaces; the
                    // marker line carries its own indentation.
                    text.push('\n');
                    text.push_str(&m);
                }
            }
        }
        let mut file = self.source.file.clone();
        let (mut line, mut text, mut func) = (line, text, func);
        if func == FROZEN_SETATTR_FRAME {
            (file, line, text, func) = ("<string>".into(), 4, String::new(), "__setattr__".into());
        }
        let fp = self.c_string(&file);
        let np = self.c_string(&func);
        let tp = self.c_string(&text);
        let i64t = self.ctx.i64_type();
        let val = self.ctx.const_struct(
            &[
                fp.into(),
                np.into(),
                i64t.const_int(line as u64, false).into(),
                tp.into(),
            ],
            false,
        );
        let p = self.private_constant(val, "tbsite");
        self.sites.insert(key, p);
        p
    }

    /// A NUL-terminated constant string, emitted once per module (every
    /// traceback site names the file).
    pub(super) fn c_string(&mut self, s: &str) -> PointerValue<'ctx> {
        if let Some(p) = self.c_strings.get(s) {
            return *p;
        }
        let mut bytes = s.as_bytes().to_vec();
        bytes.push(0);
        let arr = self.ctx.const_string(&bytes, false);
        let p = self.private_constant(arr, "cstr");
        self.c_strings.insert(s.to_string(), p);
        p
    }

    // ----- statements -----

    pub(super) fn try_stmt(&mut self, t: &'a Try) {
        let ptr = self.ctx.ptr_type(AddressSpace::default());
        let has_finally = !t.finalbody.is_empty();
        if has_finally {
            self.push_scope(EhScope::Finally(&t.finalbody));
        }
        let exc_slot = self.entry_alloca(ptr.into(), "exc");
        let blocks: Vec<BasicBlock> = t
            .handlers
            .iter()
            .map(|_| self.new_block("except"))
            .collect();
        let end = self.new_block("try.end");
        self.push_scope(EhScope::Try {
            handlers: &t.handlers,
            blocks: blocks.clone(),
            exc_slot,
        });
        self.block(&t.body);
        self.pop_scope();
        self.ensure_open_if_needed();
        self.block(&t.orelse);
        if has_finally {
            self.pop_scope();
            if !self.terminated() {
                self.block(&t.finalbody);
            }
        }
        self.br(end);
        for (h, bb) in t.handlers.iter().zip(blocks) {
            self.builder.position_at_end(bb);
            if has_finally {
                self.push_scope(EhScope::Finally(&t.finalbody));
            }
            let exc = b!(self.builder.build_load(ptr, exc_slot, "e"));
            let prev = self.plain_rt("mg_exc_set_handled", &[exc.into()]).unwrap();
            let prev_slot = self.entry_alloca(ptr.into(), "prev");
            b!(self.builder.build_store(prev_slot, prev));
            if let Some(p) = h.var {
                self.store_place(p, exc);
            }
            self.push_scope(EhScope::Handler {
                exc_slot,
                prev_slot,
            });
            self.block(&h.body);
            self.pop_scope();
            if !self.terminated() {
                let prev = b!(self.builder.build_load(ptr, prev_slot, "prev"));
                self.plain_rt("mg_exc_set_handled", &[prev.into()]);
            }
            if has_finally {
                self.pop_scope();
                if !self.terminated() {
                    self.block(&t.finalbody);
                }
            }
            self.br(end);
        }
        self.builder.position_at_end(end);
    }

    fn ensure_open_if_needed(&mut self) {
        self.ensure_open();
    }

    pub(super) fn raise_stmt(&mut self, exc: Option<&'a Expr>, cause: &'a Option<Option<Expr>>) {
        let ptr = self.ctx.ptr_type(AddressSpace::default());
        let Some(exc) = exc else {
            // Bare `raise`: the exception of the innermost `except`.
            let slot = self
                .eh
                .scopes
                .iter()
                .rev()
                .find_map(|s| match s.1 {
                    EhScope::Handler { exc_slot, .. } => Some(exc_slot),
                    _ => None,
                })
                .expect("bare raise outside except passed the checker");
            let e = b!(self.builder.build_load(ptr, slot, "reraise"));
            let f = self.rt["mg_reraise"];
            self.eh.skip_record = true;
            self.call_fn(f, &[e.into()]);
            self.eh.skip_record = false;
            b!(self.builder.build_unreachable());
            return;
        };
        let e = self.expr(exc).into_pointer_value();
        if let Some(cause) = cause {
            let c = match cause {
                Some(c) => self.expr(c).into_pointer_value(),
                None => ptr.const_null(),
            };
            let i64t = self.ctx.i64_type();
            b!(self.builder.build_store(self.word_ptr(e, 4), c));
            b!(self
                .builder
                .build_store(self.word_ptr(e, 6), i64t.const_int(1, false)));
        }
        let f = self.rt["mg_raise_exc"];
        self.call_fn(f, &[e.into()]);
        b!(self.builder.build_unreachable());
    }

    /// A pointer to the `i`-th 8-byte word of an object.
    pub(super) fn word_ptr(&self, obj: PointerValue<'ctx>, i: u64) -> PointerValue<'ctx> {
        let i64t = self.ctx.i64_type();
        unsafe {
            b!(self
                .builder
                .build_gep(i64t, obj, &[i64t.const_int(i, false)], "w"))
        }
    }
}

fn meta_to_basic(v: BasicMetadataValueEnum<'_>) -> BasicValueEnum<'_> {
    match v {
        BasicMetadataValueEnum::ArrayValue(x) => x.as_basic_value_enum(),
        BasicMetadataValueEnum::IntValue(x) => x.as_basic_value_enum(),
        BasicMetadataValueEnum::FloatValue(x) => x.as_basic_value_enum(),
        BasicMetadataValueEnum::PointerValue(x) => x.as_basic_value_enum(),
        BasicMetadataValueEnum::StructValue(x) => x.as_basic_value_enum(),
        BasicMetadataValueEnum::VectorValue(x) => x.as_basic_value_enum(),
        BasicMetadataValueEnum::ScalableVectorValue(x) => x.as_basic_value_enum(),
        BasicMetadataValueEnum::MetadataValue(_) => unreachable!("no metadata arguments"),
    }
}

/// The name a function's frame has in tracebacks (CPython's `co_name`).
fn frame_name(f: &Function) -> String {
    if f.name.starts_with("lambda.") {
        "<lambda>".into()
    } else if f.name.starts_with("genexpr.") {
        "<genexpr>".into()
    } else {
        f.name.clone()
    }
}
