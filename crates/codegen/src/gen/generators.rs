//! Generator functions, lowered to LLVM switched-resume coroutines.
//!
//! A generator function `py.NAME(args) -> ptr` is emitted as a coroutine
//! (`presplitcoroutine`): its entry allocates the runtime's `MgGen` and,
//! with `llvm.coro.begin`, a coroutine frame of `llvm.coro.size` bytes of
//! GC memory (scanned conservatively, so the values the frame keeps alive
//! stay alive), stores the frame handle in the `MgGen`, and suspends at
//! once: the caller gets the `MgGen`. LLVM's CoroSplit pass (part of
//! `default<O0>` as well as `default<On>`) then moves every value live
//! across a suspension into the frame and splits the function into the
//! ramp and a resume function whose address is the frame's first word;
//! the runtime's `mg_gen_resume` calls it, and it continues at the switch
//! on the suspension index. So a generator is one `MgGen` and one frame,
//! and a `yield` allocates nothing: it stores the value in `MgGen.value`,
//! sets the state to suspended and returns from the resume function.
//!
//! Exceptions use the ordinary landing pads: a resumed frame is a normal
//! native frame of the resume function, called by the runtime (whose
//! functions are `C-unwind`) from the consumer's `invoke` of
//! `mg_gen_resume`, so tracebacks show the consumer's line and then the
//! generator's. What leaves the body goes through `mg_gen_exc` (the
//! generator is finished; PEP 479 turns `StopIteration` into
//! `RuntimeError`; the `GeneratorExit` of `close()` ends the body
//! quietly). `throw()` and `close()` store the exception in
//! `MgGen.pending`, which the code after each suspension raises where the
//! body stopped.

use super::*;
use inkwell::context::AsContextRef;
use inkwell::llvm_sys::core::{LLVMBuildCall2, LLVMConstNull, LLVMTokenTypeInContext};
use inkwell::llvm_sys::prelude::LLVMValueRef;
use inkwell::types::AsTypeRef;
use inkwell::values::AsValueRef;

/// Word offsets of the runtime's `MgGen` fields.
const GEN_FRAME: u64 = 1;
const GEN_STATE: u64 = 2;
const GEN_VALUE: u64 = 3;
const GEN_SENT: u64 = 4;
const GEN_PENDING: u64 = 5;
const GEN_RET: u64 = 6;
/// The states a generator body sets (the runtime's `GEN_*`).
const STATE_SUSPENDED: u64 = 1;
const STATE_RUNNING: u64 = 2;
const STATE_FINISHED: u64 = 3;

/// The generator function being emitted.
#[derive(Clone, Copy)]
pub(super) struct GenFrame<'ctx> {
    /// The `MgGen` (defined in the entry block, so it dominates the body;
    /// CoroSplit keeps it in the frame).
    gen: PointerValue<'ctx>,
    /// The block that ends a resumption (`llvm.coro.end`, then return).
    suspend: BasicBlock<'ctx>,
    /// Where the destroy path goes (nothing to free: the frame is GC
    /// memory).
    cleanup: BasicBlock<'ctx>,
    /// The frame-depth counter's value while the body runs, saved at each
    /// resumption (a landing pad that takes an exception restores it).
    pub depth_slot: PointerValue<'ctx>,
    /// For a generator of tuples, the box its items are passed in, reused
    /// by every `yield` (see `yield_expr`).
    tuple_buf: Option<PointerValue<'ctx>>,
}

impl<'a, 'ctx> Gen<'a, 'ctx> {
    /// Emits a generator function (see the module comment).
    pub(super) fn generator_function(&mut self, id: FuncId, f: &'a Function) {
        let fv = self.funcs[id.index()];
        self.func = Some(fv);
        self.cur = Some(f);
        self.overflow_bb.clear();
        self.loops.clear();
        self.block_site = None;
        self.line = self.line_of(f.span);
        let pers = self.personality();
        fv.set_personality_function(pers);
        let presplit = Attribute::get_named_enum_kind_id("presplitcoroutine");
        fv.add_attribute(
            AttributeLoc::Function,
            self.ctx.create_enum_attribute(presplit, 0),
        );
        self.eh = eh::EhState {
            enabled: false,
            record_frames: true,
            ..Default::default()
        };
        self.depth_at_entry = None;
        let entry = self.ctx.append_basic_block(fv, "entry");
        self.builder.position_at_end(entry);
        self.prologue(f, fv);
        let Ty::Gen(yield_ty, _, ret) = &f.ret else {
            unreachable!("the checker gives generator functions a generator type")
        };
        let ptr = self.ctx.ptr_type(AddressSpace::default());
        let i64t = self.ctx.i64_type();
        let ret_desc = if **ret == Ty::None {
            ptr.const_null()
        } else {
            self.type_desc(ret)
        };
        let gen = self
            .plain_rt("mg_gen_new", &[ret_desc.into()])
            .unwrap()
            .into_pointer_value();
        let tuple_buf = match &**yield_ty {
            Ty::Tuple(ts) => {
                let size = i64t.const_int(8 + 8 * ts.len() as u64, false);
                let buf = self.plain_rt("mg_alloc", &[size.into()]).unwrap();
                Some(buf.into_pointer_value())
            }
            _ => None,
        };
        let null = ptr.const_null().as_value_ref();
        let i32_0 = self.ctx.i32_type().const_zero().as_value_ref();
        let coro_id = self.intrinsic("llvm.coro.id", &[], &[i32_0, null, null, null]);
        let size = self.intrinsic("llvm.coro.size", &[i64t.into()], &[]);
        // SAFETY: `size` is the i64 result of `llvm.coro.size.i64`.
        let size = unsafe { IntValue::new(size) };
        let mem = self.plain_rt("mg_alloc", &[size.into()]).unwrap();
        let hdl = self.intrinsic("llvm.coro.begin", &[], &[coro_id, mem.as_value_ref()]);
        // SAFETY: `llvm.coro.begin` returns a pointer.
        let hdl = unsafe { PointerValue::new(hdl) };
        b!(self.builder.build_store(self.word_ptr(gen, GEN_FRAME), hdl));
        let depth_slot = self.entry_alloca(i64t.into(), "gen.depth");
        let suspend = self.new_block("gen.suspend");
        let cleanup = self.new_block("gen.cleanup");
        let start = self.new_block("gen.start");
        self.gen_ctx = Some(GenFrame {
            gen,
            suspend,
            cleanup,
            depth_slot,
            tuple_buf,
        });
        // The initial suspension: the call returns the generator.
        self.suspend_to(start);
        self.builder.position_at_end(cleanup);
        b!(self.builder.build_unconditional_branch(suspend));
        self.builder.position_at_end(suspend);
        let none = self.token_none();
        let f1 = self.ctx.bool_type().const_zero().as_value_ref();
        self.intrinsic("llvm.coro.end", &[], &[hdl.as_value_ref(), f1, none]);
        b!(self.builder.build_return(Some(&gen)));
        self.builder.position_at_end(start);
        self.eh.enabled = true;
        self.gen_enter(true);
        self.block(&f.body);
        if !self.terminated() {
            self.gen_finish();
        }
        self.gen_ctx = None;
    }

    /// Calls an LLVM intrinsic (through the C API: coroutine intrinsics
    /// take and return `token` values, which inkwell does not model).
    fn intrinsic(
        &self,
        name: &str,
        overloads: &[BasicTypeEnum<'ctx>],
        args: &[LLVMValueRef],
    ) -> LLVMValueRef {
        let f = Intrinsic::find(name)
            .and_then(|i| i.get_declaration(self.module, overloads))
            .unwrap_or_else(|| panic!("LLVM 19 has the intrinsic {name}"));
        let mut args = args.to_vec();
        // SAFETY: the builder is positioned in a block of the current
        // function and the arguments match the intrinsic's signature.
        unsafe {
            LLVMBuildCall2(
                self.builder.as_mut_ptr(),
                f.get_type().as_type_ref(),
                f.as_value_ref(),
                args.as_mut_ptr(),
                args.len() as u32,
                c"".as_ptr(),
            )
        }
    }

    /// The constant `token none`.
    fn token_none(&self) -> LLVMValueRef {
        // SAFETY: the context is valid for the module's lifetime.
        unsafe { LLVMConstNull(LLVMTokenTypeInContext(self.ctx.as_ctx_ref())) }
    }

    /// Suspends the coroutine; a resumption continues at `resume`.
    fn suspend_to(&mut self, resume: BasicBlock<'ctx>) {
        let g = self.gen_ctx.expect("inside a generator");
        let none = self.token_none();
        let f0 = self.ctx.bool_type().const_zero().as_value_ref();
        let s = self.intrinsic("llvm.coro.suspend", &[], &[none, f0]);
        // SAFETY: `llvm.coro.suspend` returns an i8.
        let s = unsafe { IntValue::new(s) };
        let i8t = self.ctx.i8_type();
        b!(self.builder.build_switch(
            s,
            g.suspend,
            &[
                (i8t.const_int(0, false), resume),
                (i8t.const_int(1, false), g.cleanup)
            ]
        ));
    }

    /// Entering the body at a resumption: counts the frame like a call,
    /// and (when `pending`) raises what `throw()` or `close()` left.
    fn gen_enter(&mut self, pending: bool) {
        let g = self.gen_ctx.expect("inside a generator");
        let i64t = self.ctx.i64_type();
        let depth = self.depth.as_pointer_value();
        let d = self.load_i64(depth);
        let d1 = b!(self
            .builder
            .build_int_add(d, i64t.const_int(1, false), "depth1"));
        b!(self.builder.build_store(depth, d1));
        b!(self.builder.build_store(g.depth_slot, d1));
        if pending {
            self.raise_pending();
        }
    }

    /// Raises the exception `throw()` or `close()` stored, if any.
    fn raise_pending(&mut self) {
        let g = self.gen_ctx.expect("inside a generator");
        let ptr = self.ctx.ptr_type(AddressSpace::default());
        let slot = self.word_ptr(g.gen, GEN_PENDING);
        let p = b!(self.builder.build_load(ptr, slot, "pending")).into_pointer_value();
        let is = b!(self.builder.build_is_not_null(p, "has.pending"));
        let is = self.expect_bool(is, false);
        let raise = self.new_block("gen.throw");
        let go = self.new_block("gen.go");
        b!(self.builder.build_conditional_branch(is, raise, go));
        self.builder.position_at_end(raise);
        b!(self.builder.build_store(slot, ptr.const_null()));
        let f = self.rt["mg_raise_exc"];
        self.call_fn(f, &[p.into()]);
        b!(self.builder.build_unreachable());
        self.builder.position_at_end(go);
    }

    /// Leaving the body (suspending or finishing): the frame no longer
    /// counts.
    fn gen_leave(&mut self) {
        let g = self.gen_ctx.expect("inside a generator");
        let i64t = self.ctx.i64_type();
        let d1 = self.load_i64(g.depth_slot);
        let d = b!(self
            .builder
            .build_int_sub(d1, i64t.const_int(1, false), "depth0"));
        b!(self.builder.build_store(self.depth.as_pointer_value(), d));
    }

    fn set_state(&mut self, state: u64) {
        let g = self.gen_ctx.expect("inside a generator");
        let i64t = self.ctx.i64_type();
        b!(self.builder.build_store(
            self.word_ptr(g.gen, GEN_STATE),
            i64t.const_int(state, false)
        ));
    }

    /// The end of the body (falling off it, or `return`).
    fn gen_finish(&mut self) {
        let g = self.gen_ctx.expect("inside a generator");
        self.set_state(STATE_FINISHED);
        self.gen_leave();
        b!(self.builder.build_unconditional_branch(g.suspend));
    }

    /// Whether a generator function is being emitted.
    pub(super) fn in_generator(&self) -> bool {
        self.gen_ctx.is_some()
    }

    /// `return [value]` in a generator: the value becomes
    /// `StopIteration.value` (or the value of `yield from`).
    pub(super) fn gen_return(&mut self, e: Option<&'a Expr>) {
        let g = self.gen_ctx.expect("inside a generator");
        let v = e.map(|e| (self.expr(e), &e.ty));
        self.exit_scopes(0);
        if self.terminated() {
            return;
        }
        if let Some((v, ty)) = v {
            let s = self.slot_of(v, ty);
            b!(self.builder.build_store(self.word_ptr(g.gen, GEN_RET), s));
        }
        self.gen_finish();
    }

    /// The bottom of the exception dispatch in a generator body.
    pub(super) fn gen_unwind(&mut self, exc: PointerValue<'ctx>) {
        let g = self.gen_ctx.expect("inside a generator");
        let e = self
            .plain_rt("mg_gen_exc", &[g.gen.into(), exc.into()])
            .unwrap()
            .into_pointer_value();
        let quiet = b!(self.builder.build_is_null(e, "closed"));
        let end = self.new_block("gen.closed");
        let raise = self.new_block("gen.raise");
        b!(self.builder.build_conditional_branch(quiet, end, raise));
        self.builder.position_at_end(end);
        self.gen_leave();
        b!(self.builder.build_unconditional_branch(g.suspend));
        self.builder.position_at_end(raise);
        self.plain_rt("mg_reraise", &[e.into()]);
        b!(self.builder.build_unreachable());
    }

    /// Restores the frame-depth counter in a landing pad of a generator
    /// body (the depth differs between resumptions).
    pub(super) fn gen_restore_depth(&mut self) {
        let g = self.gen_ctx.expect("inside a generator");
        let d = self.load_i64(g.depth_slot);
        b!(self.builder.build_store(self.depth.as_pointer_value(), d));
    }

    /// `yield value`: its value is what `send()` passed in.
    pub(super) fn yield_expr(&mut self, v: &'a Expr, send: &Ty) -> BasicValueEnum<'ctx> {
        let g = self.gen_ctx.expect("inside a generator");
        let x = self.expr(v);
        let s = match (g.tuple_buf, &v.ty) {
            (Some(buf), Ty::Tuple(ts)) => self.tuple_into(buf, x, ts),
            _ => self.slot_of(x, &v.ty),
        };
        b!(self.builder.build_store(self.word_ptr(g.gen, GEN_VALUE), s));
        self.suspend_here();
        self.gen_enter(true);
        let sent = self.load_i64(self.word_ptr(g.gen, GEN_SENT));
        self.value_of_slot(sent, send)
    }

    /// Writes a tuple into the box `buf` as `slot_of` would box it; the
    /// slot. Every consumer of a generator converts the item it receives
    /// out of its slot at once (`value_of_slot`: a tuple's fields are
    /// loaded), so the box is free again when the generator resumes, and
    /// a generator of tuples allocates nothing per item.
    fn tuple_into(
        &mut self,
        buf: PointerValue<'ctx>,
        v: BasicValueEnum<'ctx>,
        ts: &[Ty],
    ) -> IntValue<'ctx> {
        let i64t = self.ctx.i64_type();
        b!(self
            .builder
            .build_store(buf, i64t.const_int(ts.len() as u64, false)));
        let sv = v.into_struct_value();
        for (i, ft) in ts.iter().enumerate() {
            let x = b!(self.builder.build_extract_value(sv, i as u32, "f"));
            let slot = self.slot_of(x, ft);
            b!(self
                .builder
                .build_store(self.word_ptr(buf, 1 + i as u64), slot));
        }
        b!(self.builder.build_ptr_to_int(buf, i64t, "t2slot"))
    }

    /// Marks the generator suspended and suspends; code continues in the
    /// resumption block.
    fn suspend_here(&mut self) {
        self.set_state(STATE_SUSPENDED);
        self.gen_leave();
        let resume = self.new_block("gen.resume");
        self.suspend_to(resume);
        self.builder.position_at_end(resume);
    }

    /// `yield from sub` of another generator: its items are passed on
    /// (and what is sent or thrown in is passed to it); the value is its
    /// return value.
    pub(super) fn yield_from(&mut self, sub: &'a Expr, ret: &Ty) -> BasicValueEnum<'ctx> {
        let g = self.gen_ctx.expect("inside a generator");
        let i64t = self.ctx.i64_type();
        let ptr = self.ctx.ptr_type(AddressSpace::default());
        let s = self.expr(sub).into_pointer_value();
        b!(self
            .builder
            .build_store(self.word_ptr(s, GEN_SENT), i64t.const_zero()));
        let head = self.new_block("yf.head");
        let more = self.new_block("yf.more");
        let done = self.new_block("yf.done");
        b!(self.builder.build_unconditional_branch(head));
        self.builder.position_at_end(head);
        let yielded = self.resume_gen(s);
        b!(self.builder.build_conditional_branch(yielded, more, done));
        self.builder.position_at_end(more);
        let v = self.load_i64(self.word_ptr(s, GEN_VALUE));
        b!(self.builder.build_store(self.word_ptr(g.gen, GEN_VALUE), v));
        self.suspend_here();
        self.gen_enter(false);
        // An exception thrown in goes to the sub-generator, except the
        // `GeneratorExit` of `close()`, which closes it and is raised here.
        let pslot = self.word_ptr(g.gen, GEN_PENDING);
        let p = b!(self.builder.build_load(ptr, pslot, "pending")).into_pointer_value();
        b!(self.builder.build_store(pslot, ptr.const_null()));
        let exit_cls = self
            .program
            .classes
            .iter()
            .position(|c| c.builtin && c.name == "GeneratorExit")
            .expect("the runtime defines GeneratorExit");
        let is_exit = self.instance_of(p, ClassId(exit_cls as u32));
        let close = self.new_block("yf.close");
        let pass = self.new_block("yf.pass");
        b!(self.builder.build_conditional_branch(is_exit, close, pass));
        self.builder.position_at_end(close);
        self.call_rt("mg_gen_close", &[s.into()]);
        let f = self.rt["mg_raise_exc"];
        self.call_fn(f, &[p.into()]);
        b!(self.builder.build_unreachable());
        self.builder.position_at_end(pass);
        b!(self.builder.build_store(self.word_ptr(s, GEN_PENDING), p));
        let sent = self.load_i64(self.word_ptr(g.gen, GEN_SENT));
        b!(self.builder.build_store(self.word_ptr(s, GEN_SENT), sent));
        b!(self.builder.build_unconditional_branch(head));
        self.builder.position_at_end(done);
        let rv = self.load_i64(self.word_ptr(s, GEN_RET));
        self.value_of_slot(rv, ret)
    }

    /// Resumes the generator `g` (the runtime's `mg_gen_resume`, open
    /// coded): a created or suspended generator is marked running and its
    /// frame's resume function called through `llvm.coro.resume` (one
    /// indirect call, which CoroElide may even inline); a finished one
    /// gives false at once; a running one goes to the runtime, which
    /// raises "generator already executing". True if it yielded.
    fn resume_gen(&mut self, g: PointerValue<'ctx>) -> IntValue<'ctx> {
        let i64t = self.ctx.i64_type();
        let ptr = self.ctx.ptr_type(AddressSpace::default());
        let state_p = self.word_ptr(g, GEN_STATE);
        let state = self.load_i64(state_p);
        let runnable = b!(self.builder.build_int_compare(
            IntPredicate::ULE,
            state,
            i64t.const_int(STATE_SUSPENDED, false),
            "runnable"
        ));
        let runnable = self.expect_bool(runnable, true);
        let run = self.new_block("resume.run");
        let other = self.new_block("resume.other");
        let slow = self.new_block("resume.slow");
        let join = self.new_block("resume.join");
        b!(self.builder.build_conditional_branch(runnable, run, other));
        self.builder.position_at_end(run);
        b!(self
            .builder
            .build_store(state_p, i64t.const_int(STATE_RUNNING, false)));
        let frame = b!(self
            .builder
            .build_load(ptr, self.word_ptr(g, GEN_FRAME), "frame"));
        let resume = Intrinsic::find("llvm.coro.resume")
            .and_then(|i| i.get_declaration(self.module, &[]))
            .expect("LLVM 19 has llvm.coro.resume");
        self.call_fn(resume, &[frame.into()]);
        let after = self.load_i64(state_p);
        let yielded = b!(self.builder.build_int_compare(
            IntPredicate::NE,
            after,
            i64t.const_int(STATE_FINISHED, false),
            "yielded"
        ));
        let run_end = self.builder.get_insert_block().expect("a block");
        b!(self.builder.build_unconditional_branch(join));
        self.builder.position_at_end(other);
        let finished = b!(self.builder.build_int_compare(
            IntPredicate::EQ,
            state,
            i64t.const_int(STATE_FINISHED, false),
            "finished"
        ));
        b!(self.builder.build_conditional_branch(finished, join, slow));
        self.builder.position_at_end(slow);
        self.call_rt("mg_gen_resume", &[g.into()]);
        b!(self.builder.build_unreachable());
        self.builder.position_at_end(join);
        let phi = b!(self.builder.build_phi(self.ctx.bool_type(), "resumed"));
        phi.add_incoming(&[
            (&yielded, run_end),
            (&self.ctx.bool_type().const_zero(), other),
        ]);
        phi.as_basic_value().into_int_value()
    }

    /// The next item of a generator for a `for` loop: resumes it, and
    /// jumps to `done` once it has finished.
    pub(super) fn gen_iter_next(
        &mut self,
        cell: PointerValue<'ctx>,
        elem: &Ty,
        done: BasicBlock<'ctx>,
    ) -> BasicValueEnum<'ctx> {
        let i64t = self.ctx.i64_type();
        let ptr = self.ctx.ptr_type(AddressSpace::default());
        let g = b!(self.builder.build_load(ptr, cell, "gen")).into_pointer_value();
        b!(self
            .builder
            .build_store(self.word_ptr(g, GEN_SENT), i64t.const_zero()));
        // A loop lowered from an expression (`list(gen)`) reports errors
        // of the generator at that expression, as CPython underlines it.
        let site = self.site;
        if self.block_site.is_some() {
            self.site = self.block_site;
        }
        let yielded = self.resume_gen(g);
        self.site = site;
        let yielded = self.expect_bool(yielded, true);
        let more = self.new_block("gen.item");
        b!(self.builder.build_conditional_branch(yielded, more, done));
        self.builder.position_at_end(more);
        let v = self.load_i64(self.word_ptr(g, GEN_VALUE));
        self.value_of_slot(v, elem)
    }
}
