//! Closing generators that a `for` loop abandons.
//!
//! CPython frees a generator as soon as its last reference goes, and
//! freeing a suspended generator closes it (`GeneratorExit` at the
//! `yield`, so its `finally` blocks run). For a `for` loop directly over a
//! fresh generator (a call of a generator function, or a generator
//! expression) the loop holds the only reference, so leaving the loop by
//! `break`, `return` or an exception closes the generator right there,
//! before the code after the loop (or the handler) runs. multigen's
//! generators live in collected memory and are never finalised, so this
//! pass makes that close explicit: after checking, such a loop becomes
//!
//! ```text
//! .gen = <the generator>
//! try:
//!     for x in .gen: ...
//! finally:
//!     try: .gen.close()
//!     except: pass
//! ```
//!
//! Closing a finished generator does nothing, so a loop that runs to its
//! end is unaffected. CPython reports an exception raised while a freed
//! generator closes as "Exception ignored in" on stderr and goes on; it is
//! swallowed here without that message. A generator held elsewhere (a
//! variable, a container) is not closed when it is dropped, as the
//! collector finds it at an unpredictable time, if ever.

use super::*;

/// Rewrites the loops of every function (see the module comment).
pub(super) fn close_abandoned(functions: &mut [Option<Function>]) {
    let is_gen: Vec<bool> = functions
        .iter()
        .map(|f| f.as_ref().is_some_and(|f| f.is_generator()))
        .collect();
    // A generator expression called with a fresh generator as its first
    // iterable holds the only reference to it in its parameter: when the
    // generator expression is closed, so is that generator.
    let mut fresh_param = vec![false; functions.len()];
    for f in functions.iter().flatten() {
        crate::visit::exprs(&f.body, &mut |e| {
            if let ExprKind::CallValue(callee, args) = &e.kind {
                if let ExprKind::MakeFunc { func, .. } = callee.kind {
                    let first_fresh = args.first().is_some_and(|a| fresh_generator(a, &is_gen));
                    fresh_param[func.index()] |= first_fresh;
                }
            }
        });
    }
    for (k, f) in functions.iter_mut().enumerate() {
        let Some(f) = f else { continue };
        let param = if fresh_param[k] && f.name.starts_with(genexpr::GENEXPR_PREFIX) {
            f.params.first().copied()
        } else {
            None
        };
        let mut body = std::mem::take(&mut f.body);
        block(&mut body, &is_gen, param, &mut f.locals);
        f.body = body;
    }
}

fn block(stmts: &mut Vec<Stmt>, is_gen: &[bool], param: Option<LocalId>, locals: &mut Vec<Local>) {
    let mut i = 0;
    while i < stmts.len() {
        if !matches!(stmts[i], Stmt::Frame { .. }) {
            for b in stmts[i].blocks_mut() {
                block(b, is_gen, param, locals);
            }
        }
        let fresh = matches!(
            &stmts[i],
            Stmt::For { iter: Iter::Gen(v), .. }
                if fresh_generator(v, is_gen)
                    || matches!(v.kind, ExprKind::Load(Place::Local(l)) if Some(l) == param)
        );
        if !fresh {
            i += 1;
            continue;
        }
        let Stmt::For {
            target,
            iter: Iter::Gen(v),
            body,
            orelse,
            span,
        } = stmts.remove(i)
        else {
            unreachable!("matched above")
        };
        let t = LocalId(locals.len() as u32);
        locals.push(Local {
            name: ".gen".into(),
            ty: v.ty.clone(),
            is_param: false,
            str_builder: false,
            cell: CellKind::None,
        });
        let load = || mk(v.ty.clone(), span, ExprKind::Load(Place::Local(t)));
        let close = rt(Ty::None, span, "mg_gen_close", vec![RtArg::Value(load())]);
        let quiet = Stmt::Try(Box::new(Try {
            body: vec![Stmt::Expr(close)],
            handlers: vec![Handler {
                classes: vec![],
                var: None,
                body: vec![],
            }],
            orelse: vec![],
            finalbody: vec![],
        }));
        let looped = Stmt::Try(Box::new(Try {
            body: vec![Stmt::For {
                target,
                iter: Iter::Gen(load()),
                body,
                orelse,
                span,
            }],
            handlers: vec![],
            orelse: vec![],
            finalbody: vec![quiet],
        }));
        stmts.insert(i, Stmt::Assign(Target::Place(Place::Local(t)), v));
        stmts.insert(i + 1, looped);
        i += 2;
    }
}

/// Whether an expression makes a new generator that nothing else refers
/// to: a direct call of a generator function, or a generator expression.
pub(super) fn fresh_generator(e: &Expr, is_gen: &[bool]) -> bool {
    match &e.kind {
        ExprKind::Call { func, .. } | ExprKind::CallEnv { func, .. } => is_gen[func.index()],
        ExprKind::MethodCall {
            func, slot: None, ..
        } => is_gen[func.index()],
        ExprKind::CallValue(f, _) => {
            matches!(&f.kind, ExprKind::MakeFunc { func, .. } if is_gen[func.index()])
        }
        _ => false,
    }
}
