//! Fusion of `for` loops with the generators they consume.
//!
//! A `for` loop directly over a call of a *simple* generator function
//! becomes a [`Stmt::Fused`]: the generator's body, copied into the
//! consuming function under new local ids, in which each `yield v` is a
//! [`Stmt::FusedYield`] that binds the loop target and runs the loop body.
//! No generator object, frame or resumption is left. The rewrite applies
//! recursively: when the generator's own `for x in xs` iterates over a
//! parameter that the fused call binds to another fusable generator call
//! (and uses nowhere else), that loop is fused too, so a chain of
//! generators becomes one loop nest; and `for` loops over fresh calls of
//! fusable generators inside a copied body are fused as anywhere else.
//!
//! A generator function is simple when it is called directly (no closure,
//! no method), no nested function shares its variables (no cells), its
//! body has no `try` or `with` at all (so no exception handler can see an
//! exception whose traceback already holds the consumer's frames), no
//! `yield from`, no `return` with a value, every `yield` is a statement of
//! its own (its value unused), every `for` over a fresh generator in it is
//! itself fusable (`gen_close` would otherwise add a `try`/`finally`
//! there, whose exits the loop body would have to run), it is not
//! recursive, and it is small. Running such a generator suspended at a
//! `yield` to completion, or dropping it there, has no observable effect,
//! so the consumer's `break` (which CPython follows by closing the
//! generator) just leaves the loop nest.
//!
//! The arguments of every fused call are evaluated up front, in CPython's
//! order (each call's written arguments left to right, a nested call's own
//! arguments where that call stands), before any generator code runs, as
//! creating a generator object runs none of its body. The code generator
//! (`codegen/src/gen/fuse.rs`) gives the generator code the traceback
//! frames CPython shows (one per fused generator, below the consuming
//! `for` line), PEP 479's `RuntimeError` for a `StopIteration` leaving a
//! generator body, and the recursion depth of the generator frames; the
//! loop body runs outside those frames.

use super::*;
use crate::visit;

/// The deepest nest of fused generators one loop may become.
const MAX_NEST: usize = 8;
/// The largest generator body (statements and expressions) that is copied
/// into its consumers.
const MAX_NODES: usize = 400;

/// A fusable generator function, as it was before any rewriting.
struct GenCopy {
    name: String,
    params: Vec<LocalId>,
    locals: Vec<Local>,
    body: Vec<Stmt>,
}

/// Fuses the loops of every function (see the module comment). Programs
/// without generator functions are left untouched.
pub(super) fn fuse_loops(functions: &mut [Option<Function>]) {
    let is_gen: Vec<bool> = functions
        .iter()
        .map(|f| f.as_ref().is_some_and(|f| f.is_generator()))
        .collect();
    if !is_gen.contains(&true) {
        return;
    }
    let mut memo = vec![None; functions.len()];
    let mut visiting = vec![false; functions.len()];
    let depth: Vec<Option<usize>> = (0..functions.len())
        .map(|i| plan(i, functions, &is_gen, &mut memo, &mut visiting))
        .collect();
    let gens: Vec<Option<GenCopy>> = functions
        .iter()
        .zip(&depth)
        .map(|(f, d)| {
            let f = f.as_ref().filter(|_| d.is_some())?;
            Some(GenCopy {
                name: f.name.clone(),
                params: f.params.clone(),
                locals: f.locals.iter().map(copy_local).collect(),
                body: f.body.clone(),
            })
        })
        .collect();
    for f in functions.iter_mut().flatten() {
        let mut body = std::mem::take(&mut f.body);
        let mut fuser = Fuser {
            gens: &gens,
            depth: &depth,
            locals: &mut f.locals,
        };
        fuser.block(&mut body, 0);
        f.body = body;
    }
}

fn copy_local(l: &Local) -> Local {
    Local {
        name: l.name.clone(),
        ty: l.ty.clone(),
        is_param: l.is_param,
        str_builder: l.str_builder,
        cell: l.cell,
    }
}

/// The nesting depth of fused generators that fusing a loop over function
/// `i` creates (1 plus that of the generators its body's loops fuse), or
/// `None` when `i` is not a fusable generator function.
fn plan(
    i: usize,
    functions: &[Option<Function>],
    is_gen: &[bool],
    memo: &mut [Option<Option<usize>>],
    visiting: &mut [bool],
) -> Option<usize> {
    if let Some(d) = memo[i] {
        return d;
    }
    if visiting[i] {
        // Recursive: a copy would contain itself.
        return None;
    }
    visiting[i] = true;
    let deps = functions[i].as_ref().and_then(|f| simple(f, is_gen));
    let d = deps.and_then(|deps| {
        let mut d = 1;
        for g in deps {
            d = d.max(1 + plan(g.index(), functions, is_gen, memo, visiting)?);
        }
        Some(d).filter(|d| *d <= MAX_NEST)
    });
    visiting[i] = false;
    memo[i] = Some(d);
    d
}

/// Whether `f` is a simple generator function (see the module comment):
/// the generator functions its loops over fresh generators call, or
/// `None`.
fn simple(f: &Function, is_gen: &[bool]) -> Option<Vec<FuncId>> {
    let plain = f.env.is_none()
        && f.class.is_none()
        && f.frame
        && !f.name.starts_with(genexpr::GENEXPR_PREFIX)
        && f.locals.iter().all(|l| l.cell == CellKind::None)
        && f.is_generator();
    if !plain {
        return None;
    }
    let (mut yields, mut yield_from, mut nodes) = (0, false, 0);
    visit::exprs(&f.body, &mut |e| {
        nodes += 1;
        match e.kind {
            ExprKind::Yield(_) => yields += 1,
            ExprKind::YieldFrom(_) => yield_from = true,
            _ => {}
        }
    });
    let mut scan = Scan {
        is_gen,
        deps: Vec::new(),
        yields: 0,
        nodes,
    };
    scan.block(&f.body)?;
    (!yield_from && scan.yields == yields && scan.nodes <= MAX_NODES).then_some(scan.deps)
}

/// The statement-level walk of [`simple`].
struct Scan<'p> {
    is_gen: &'p [bool],
    deps: Vec<FuncId>,
    /// The `yield` statements seen (a `yield` elsewhere makes the count
    /// differ from that of all `yield` expressions).
    yields: usize,
    nodes: usize,
}

impl Scan<'_> {
    fn block(&mut self, stmts: &[Stmt]) -> Option<()> {
        for s in stmts {
            self.nodes += 1;
            match s {
                Stmt::Try(_) | Stmt::Return(Some(_)) => return None,
                Stmt::Expr(Expr {
                    kind: ExprKind::Yield(_),
                    ..
                }) => self.yields += 1,
                Stmt::For {
                    iter: Iter::Gen(e), ..
                } if gen_close::fresh_generator(e, self.is_gen) => match e.kind {
                    ExprKind::Call { func, .. } => self.deps.push(func),
                    _ => return None,
                },
                _ => {}
            }
            for b in s.blocks() {
                self.block(b)?;
            }
        }
        Some(())
    }
}

/// A generator body copied into the consuming function, ready to become
/// the `gen` of a [`Fused`] loop.
struct Stage {
    name: String,
    locals: Vec<LocalId>,
    gen: Vec<Stmt>,
    call: Span,
}

impl Stage {
    fn into_fused(
        self,
        args: Vec<(Option<LocalId>, Expr)>,
        target: Target,
        body: Vec<Stmt>,
        orelse: Vec<Stmt>,
        span: Span,
    ) -> Stmt {
        Stmt::Fused(Box::new(Fused {
            name: self.name,
            args,
            locals: self.locals,
            gen: self.gen,
            target,
            body,
            orelse,
            span,
            call: self.call,
        }))
    }
}

/// Rewrites the loops of one function.
struct Fuser<'p> {
    gens: &'p [Option<GenCopy>],
    depth: &'p [Option<usize>],
    /// The locals of the function being rewritten, which the copied
    /// generator bodies add to.
    locals: &'p mut Vec<Local>,
}

impl Fuser<'_> {
    /// Fuses the loops of a block that lies inside `nest` fused generators
    /// (those of the blocks inside its expressions too: the loops that
    /// `list(g(n))`, `sum(g(n))` or a comprehension were lowered to).
    fn block(&mut self, stmts: &mut [Stmt], nest: usize) {
        for s in stmts.iter_mut() {
            visit::stmt_parts_mut(s, &mut |p| self.part(p, nest));
            match s {
                // A fused loop's generator code was rewritten when it was
                // copied; its body belongs to the code around it.
                Stmt::Fused(f) => {
                    self.block(&mut f.body, nest);
                    self.block(&mut f.orelse, nest);
                }
                _ => {
                    for b in s.blocks_mut() {
                        self.block(b, nest);
                    }
                }
            }
            let Some(func) = self.fusable_call(s, nest) else {
                continue;
            };
            let Stmt::For {
                target,
                iter: Iter::Gen(call),
                body,
                orelse,
                span,
            } = std::mem::replace(s, Stmt::Break)
            else {
                unreachable!("fusable_call matched a loop over a generator")
            };
            let ExprKind::Call { args, map, .. } = call.kind else {
                unreachable!("fusable_call matched a call")
            };
            let (evals, stage) = self.expand(func, args, map, call.span, nest);
            *s = stage.into_fused(evals, target, body, orelse, span);
        }
    }

    /// Fuses the loops in the blocks of an expression.
    fn part(&mut self, p: visit::PartMut, nest: usize) {
        match p {
            visit::PartMut::Expr(e) => visit::expr_parts_mut(e, &mut |p| self.part(p, nest)),
            visit::PartMut::Block(b) => self.block(b, nest),
            visit::PartMut::Local(_) => {}
        }
    }

    /// The generator function a loop iterates over a call of, if the loop
    /// can be fused `nest` generators deep.
    fn fusable_call(&self, s: &Stmt, nest: usize) -> Option<FuncId> {
        let Stmt::For {
            iter: Iter::Gen(e), ..
        } = s
        else {
            return None;
        };
        self.fusable(e, nest)
    }

    /// The generator function `e` calls, if a call of it can be fused
    /// `nest` generators deep.
    fn fusable(&self, e: &Expr, nest: usize) -> Option<FuncId> {
        let ExprKind::Call { func, .. } = e.kind else {
            return None;
        };
        let d = self.depth.get(func.index()).copied().flatten()?;
        (nest + d <= MAX_NEST).then_some(func)
    }

    /// Copies generator `func` into the function for a fused call with
    /// these arguments: the argument evaluations (this call's and those of
    /// the calls fused into it), and the rewritten body.
    fn expand(
        &mut self,
        func: FuncId,
        args: Vec<Expr>,
        map: Vec<ArgSource>,
        call: Span,
        nest: usize,
    ) -> (Vec<(Option<LocalId>, Expr)>, Stage) {
        let g = self.gens[func.index()]
            .as_ref()
            .expect("only fusable generators are expanded");
        let base = self.locals.len() as u32;
        self.locals.extend(g.locals.iter().map(copy_local));
        let renamed = |l: LocalId| LocalId(base + l.0);
        let mut gen = g.body.clone();
        visit::locals_mut(&mut gen, &mut |l| *l = renamed(*l));
        let params: Vec<LocalId> = g.params.iter().map(|p| renamed(*p)).collect();
        let name = g.name.clone();
        let locals = (0..g.locals.len() as u32)
            .map(|i| LocalId(base + i))
            .collect();
        let mut evals = Vec::new();
        let mut slots = Vec::new();
        for (i, arg) in args.into_iter().enumerate() {
            let p = map
                .iter()
                .position(|m| matches!(m, ArgSource::Written(j) if *j == i));
            let Some(p) = p.map(|p| params[p]) else {
                evals.push((None, arg));
                continue;
            };
            let inner = self
                .fusable(&arg, nest + 1)
                .filter(|_| slot_loop(&mut gen, p));
            match (inner, arg.kind) {
                (Some(h), ExprKind::Call { args, map, .. }) => {
                    let (inner_evals, stage) = self.expand(h, args, map, arg.span, nest + 1);
                    evals.extend(inner_evals);
                    slots.push((p, stage));
                }
                (_, kind) => evals.push((
                    Some(p),
                    Expr {
                        ty: arg.ty,
                        span: arg.span,
                        kind,
                    },
                )),
            }
        }
        for (p, m) in map.into_iter().enumerate() {
            if let ArgSource::Default(d) = m {
                evals.push((Some(params[p]), *d));
            }
        }
        yields_and_returns(&mut gen, 0);
        for (p, stage) in slots {
            place_slot(&mut gen, p, stage);
        }
        self.block(&mut gen, nest + 1);
        (
            evals,
            Stage {
                name,
                locals,
                gen,
                call,
            },
        )
    }
}

/// Whether parameter `p` is used only as the iterable of one `for` loop of
/// the body that runs at most once (not inside another loop), so that the
/// loop can be fused with the generator call bound to `p`.
fn slot_loop(gen: &mut [Stmt], p: LocalId) -> bool {
    let mut uses = 0;
    visit::locals_mut(gen, &mut |l| uses += usize::from(*l == p));
    uses == 1 && find_slot(gen, p).is_some()
}

/// The `for` statement over `p` among the statements of `stmts` that run
/// at most once each (through `if` blocks, not loops).
fn find_slot(stmts: &mut [Stmt], p: LocalId) -> Option<&mut Stmt> {
    for s in stmts {
        let here = matches!(s, Stmt::For { iter: Iter::Gen(Expr { kind: ExprKind::Load(Place::Local(l)), .. }), .. } if *l == p);
        if here {
            return Some(s);
        }
        if let Stmt::If(_, a, b) = s {
            if let Some(s) = find_slot(a, p).or_else(|| find_slot(b, p)) {
                return Some(s);
            }
        }
    }
    None
}

/// Replaces the loop over parameter `p` with the fused loop of the
/// generator call bound to it, whose arguments were evaluated with the
/// outer call's.
fn place_slot(gen: &mut [Stmt], p: LocalId, stage: Stage) {
    let s = find_slot(gen, p).expect("slot_loop found the loop");
    let Stmt::For {
        target,
        body,
        orelse,
        span,
        ..
    } = std::mem::replace(s, Stmt::Break)
    else {
        unreachable!("find_slot finds a loop")
    };
    *s = stage.into_fused(Vec::new(), target, body, orelse, span);
}

/// Makes each `yield v` statement a [`Stmt::FusedYield`] and each `return`
/// a `BreakOuter` that leaves the `loops` loops around it and the
/// generator (the fused loop's code generation counts the generator as
/// one more loop, whose end runs the loop's `else`).
fn yields_and_returns(stmts: &mut [Stmt], loops: u32) {
    for s in stmts.iter_mut() {
        match s {
            Stmt::Expr(Expr {
                kind: ExprKind::Yield(v),
                span,
                ..
            }) => {
                let v = std::mem::replace(&mut **v, mk(Ty::None, *span, ExprKind::None));
                *s = Stmt::FusedYield(v, *span);
            }
            Stmt::Return(None) => *s = Stmt::BreakOuter(loops),
            Stmt::While { body, orelse, .. } | Stmt::For { body, orelse, .. } => {
                yields_and_returns(body, loops + 1);
                yields_and_returns(orelse, loops);
            }
            Stmt::If(_, a, b) => {
                yields_and_returns(a, loops);
                yields_and_returns(b, loops);
            }
            // `Try` is excluded, a `Frame` (a comprehension) neither
            // yields nor returns.
            _ => {}
        }
    }
}
