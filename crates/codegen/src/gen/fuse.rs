//! Loops fused with the generators they consume (`Stmt::Fused`, made by
//! `hir/src/check/fuse.rs`).
//!
//! The generator's body is emitted inline in the consuming function, with
//! each `Stmt::FusedYield` binding the loop target and emitting the loop
//! body right there: the body's `continue` jumps back into the generator
//! code after the `yield`, its `break` past the whole loop, and the end of
//! the generator code (or its `return`, a `BreakOuter` out of one extra
//! loop pushed for the generator) runs the `else` block. The generator
//! code and the loop body run in different frames for CPython, which this
//! reproduces with the static exception scopes:
//!
//! - The generator code runs inside an `EhScope::GenFrame`, so its
//!   landing pads record a traceback frame named like the generator at the
//!   failing line, then the consumer's frame at the `for` line (the same
//!   site the resumption of a generator object reports), exactly what a
//!   resumed generator's frame adds below the consumer's. Fused generators
//!   nest these scopes, one frame per generator in CPython's order.
//! - The loop body is emitted with the exception scopes (and the loops)
//!   of the consumer at the loop's start: the `GenFrame`s are removed
//!   while it is emitted, so its exceptions get no generator frame, and
//!   its `break`, `continue` and `return` run only the consumer's exits.
//!   Simple generators have no `try` (the checker's condition), so nothing
//!   of the generator's own is lost there.
//! - An exception passing a `GenFrame` in the dispatch goes through
//!   `mg_fused_exc`: PEP 479's `RuntimeError` for a `StopIteration`,
//!   which takes over the consumer's frames of the traceback.
//! - Calls made by generator code raise the frame-depth counter by the
//!   number of generator frames around them, so that `RecursionError`
//!   comes at CPython's depth; code that calls nothing pays nothing.

use super::*;

/// A fused loop whose generator code is being emitted.
pub(super) struct FusedCtx<'a, 'ctx> {
    fused: &'a Fused,
    /// The consumer's exception scopes and loops at the loop's start,
    /// which its body runs in.
    scopes: usize,
    loops: Vec<Loop<'ctx>>,
    /// The consumer's line, site and lowered-expression site at the loop.
    line: u32,
    site: Option<Span>,
    block_site: Option<Span>,
    /// Where `break` in the loop body goes.
    exit: BasicBlock<'ctx>,
}

impl<'a, 'ctx> Gen<'a, 'ctx> {
    /// A fused loop (see the module comment).
    pub(super) fn fused_loop(&mut self, f: &'a Fused) {
        // The line of the loop, as `for_loop` finds it for an iteration.
        let line = [Some(f.span), self.block_site, Some(f.call)]
            .into_iter()
            .flatten()
            .find(|s| *s != Span::default())
            .map(|s| self.line_of(s))
            .unwrap_or(self.line);
        self.line = line;
        for (l, e) in &f.args {
            let v = self.expr(e);
            if let Some(l) = l {
                self.store_place(Place::Local(*l), v);
            }
        }
        // A fresh generator frame: its variables are unassigned (the loop
        // may run again, in a loop of the consumer).
        for l in &f.locals {
            if let Some(fl) = self.local_flags[l.index()] {
                b!(self
                    .builder
                    .build_store(fl, self.ctx.bool_type().const_zero()));
            }
        }
        // A generator resumed by a loop lowered from an expression reports
        // its errors at that expression (`gen_iter_next`).
        let at = self.block_site.or(self.site);
        let finished = self.new_block("fused.else");
        let exit = self.new_block("fused.end");
        self.fused.push(FusedCtx {
            fused: f,
            scopes: self.eh.scopes.len(),
            loops: self.loops.clone(),
            line,
            site: self.site,
            block_site: self.block_site,
            exit,
        });
        self.push_scope(eh::EhScope::GenFrame {
            name: f.name.as_str(),
            line,
            at,
        });
        // The generator counts as a loop: its `return` leaves it.
        self.push_loop(finished, finished);
        let block_site = self.block_site.take();
        self.block(&f.gen);
        self.br(finished);
        self.block_site = block_site;
        self.loops.pop();
        self.pop_scope();
        self.fused.pop();
        self.builder.position_at_end(finished);
        self.line = line;
        self.block(&f.orelse);
        self.br(exit);
        self.builder.position_at_end(exit);
    }

    /// `yield v` in the generator code of the innermost fused loop: binds
    /// its target and emits its body in the consumer's scopes.
    pub(super) fn fused_yield(&mut self, v: &'a Expr) {
        let x = self.expr(v);
        let ctx = self
            .fused
            .pop()
            .expect("the checker puts FusedYield in fused generator code");
        let gen_scopes = self.eh.scopes.split_off(ctx.scopes);
        let gen_loops = std::mem::replace(&mut self.loops, ctx.loops.clone());
        let gen_block_site = std::mem::replace(&mut self.block_site, ctx.block_site);
        let (line, site) = (self.line, self.site);
        (self.line, self.site) = (ctx.line, ctx.site);
        self.assign(&ctx.fused.target, x);
        let next = self.new_block("fused.next");
        self.push_loop(next, ctx.exit);
        self.block(&ctx.fused.body);
        self.br(next);
        self.loops = gen_loops;
        self.eh.scopes.extend(gen_scopes);
        self.block_site = gen_block_site;
        (self.line, self.site) = (line, site);
        self.fused.push(ctx);
        self.builder.position_at_end(next);
    }

    /// Whether a local is a variable of a fused generator whose code is
    /// being emitted (an unassigned read is then an `UnboundLocalError`,
    /// even in the module body).
    pub(super) fn is_fused_local(&self, l: LocalId) -> bool {
        self.fused.iter().any(|c| c.fused.locals.contains(&l))
    }

    /// The number of fused generator frames around the code being
    /// emitted.
    fn fused_frames(&self) -> u64 {
        self.eh
            .scopes
            .iter()
            .filter(|s| matches!(s.1, eh::EhScope::GenFrame { .. }))
            .count() as u64
    }

    /// Before a call from fused generator code: counts the generator
    /// frames in the frame-depth counter (CPython's recursion limit sees
    /// them). Returns the count, for [`Gen::fused_frames_leave`].
    pub(super) fn fused_frames_enter(&mut self) -> u64 {
        let k = self.fused_frames();
        if k > 0 {
            self.add_depth(k as i64);
        }
        k
    }

    /// After the call returned normally.
    pub(super) fn fused_frames_leave(&mut self, k: u64) {
        if k > 0 {
            self.add_depth(-(k as i64));
        }
    }

    fn add_depth(&mut self, k: i64) {
        let i64t = self.ctx.i64_type();
        let depth = self.depth.as_pointer_value();
        let d = self.load_i64(depth);
        let d = b!(self
            .builder
            .build_int_add(d, i64t.const_int(k as u64, true), "depth.fused"));
        b!(self.builder.build_store(depth, d));
    }

    /// The dispatch of exception `exc` through the `GenFrame` at scope
    /// index `i`: PEP 479, with the frames recorded outside the generator
    /// (the frames of the scopes below `i`, and this function's own)
    /// moving to the `RuntimeError`.
    pub(super) fn fused_exc(&mut self, exc: PointerValue<'ctx>, i: usize) -> PointerValue<'ctx> {
        let outer = self.eh.scopes[..i]
            .iter()
            .filter(|s| matches!(s.1, eh::EhScope::Frame(..) | eh::EhScope::GenFrame { .. }))
            .count()
            + usize::from(self.eh.record_frames);
        let n = self.ctx.i64_type().const_int(outer as u64, false);
        self.plain_rt("mg_fused_exc", &[exc.into(), n.into()])
            .expect("mg_fused_exc returns the exception")
            .into_pointer_value()
    }
}
