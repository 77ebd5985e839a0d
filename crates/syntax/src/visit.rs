//! A mutable walk over the syntax tree, for the passes that rewrite it
//! before type checking (the `typing` surface of `hir::check`, for one).
//!
//! A pass implements [`VisitMut`] and overrides the methods for the nodes
//! it cares about, calling the matching `walk_*` function to continue into
//! the children. Annotations are visited through [`VisitMut::annotation`]
//! rather than [`VisitMut::expr`], because a name means a type there and a
//! value everywhere else.

use crate::ast::*;

pub trait VisitMut {
    /// A block: a pass may replace statements by several, or by none.
    fn block(&mut self, stmts: &mut Vec<Stmt>) {
        for s in stmts {
            self.stmt(s);
        }
    }

    fn stmt(&mut self, s: &mut Stmt) {
        walk_stmt(self, s)
    }

    fn expr(&mut self, e: &mut Expr) {
        walk_expr(self, e)
    }

    /// An annotation (of a parameter, a return or a variable).
    fn annotation(&mut self, e: &mut Expr) {
        let _ = e;
    }
}

/// Visits the children of a statement.
pub fn walk_stmt<V: VisitMut + ?Sized>(v: &mut V, s: &mut Stmt) {
    match &mut s.kind {
        StmtKind::FunctionDef(def) => walk_def(v, def),
        StmtKind::ClassDef(c) => {
            c.bases.iter_mut().for_each(|b| v.expr(b));
            c.decorators.iter_mut().for_each(|d| v.expr(d));
            v.block(&mut c.body);
        }
        StmtKind::Return(e) => e.iter_mut().for_each(|e| v.expr(e)),
        StmtKind::Assign { targets, value } => {
            targets.iter_mut().for_each(|t| v.expr(t));
            v.expr(value);
        }
        StmtKind::AnnAssign {
            target,
            annotation,
            value,
        } => {
            v.expr(target);
            v.annotation(annotation);
            value.iter_mut().for_each(|e| v.expr(e));
        }
        StmtKind::AugAssign { target, value, .. } => {
            v.expr(target);
            v.expr(value);
        }
        StmtKind::If { test, body, orelse } | StmtKind::While { test, body, orelse } => {
            v.expr(test);
            v.block(body);
            v.block(orelse);
        }
        StmtKind::For {
            target,
            iter,
            body,
            orelse,
        } => {
            v.expr(target);
            v.expr(iter);
            v.block(body);
            v.block(orelse);
        }
        StmtKind::Expr(e) => v.expr(e),
        StmtKind::Assert { test, msg } => {
            v.expr(test);
            msg.iter_mut().for_each(|e| v.expr(e));
        }
        StmtKind::Delete(es) => es.iter_mut().for_each(|e| v.expr(e)),
        StmtKind::Raise { exc, cause } => {
            exc.iter_mut().for_each(|e| v.expr(e));
            cause.iter_mut().for_each(|e| v.expr(e));
        }
        StmtKind::Try(t) => {
            if let Some(w) = &mut t.with {
                v.expr(&mut w.context);
            }
            v.block(&mut t.body);
            for h in &mut t.handlers {
                h.ty.iter_mut().for_each(|e| v.expr(e));
                v.block(&mut h.body);
            }
            v.block(&mut t.orelse);
            v.block(&mut t.finalbody);
        }
        StmtKind::Match(m) => {
            v.expr(&mut m.subject);
            for c in &mut m.cases {
                c.pattern.each_expr_mut(&mut |e| v.expr(e));
                c.guard.iter_mut().for_each(|g| v.expr(g));
                v.block(&mut c.body);
            }
        }
        StmtKind::Break
        | StmtKind::Continue
        | StmtKind::Pass
        | StmtKind::Global(_)
        | StmtKind::Nonlocal(_)
        | StmtKind::Import(_)
        | StmtKind::ImportFrom { .. } => {}
    }
}

/// Visits a function's decorators, annotations, defaults and body.
pub fn walk_def<V: VisitMut + ?Sized>(v: &mut V, def: &mut FunctionDef) {
    def.decorators.iter_mut().for_each(|d| v.expr(d));
    for p in &mut def.params {
        if let Some(a) = &mut p.annotation {
            v.annotation(a);
        }
        if let Some(d) = &mut p.default {
            v.expr(d);
        }
    }
    if let Some(r) = &mut def.returns {
        v.annotation(r);
    }
    v.block(&mut def.body);
}

/// Visits the children of an expression.
pub fn walk_expr<V: VisitMut + ?Sized>(v: &mut V, e: &mut Expr) {
    match &mut e.kind {
        ExprKind::Name(_)
        | ExprKind::Int(_)
        | ExprKind::Float(_)
        | ExprKind::Str(_)
        | ExprKind::Bool(_)
        | ExprKind::None
        | ExprKind::Ellipsis => {}
        ExprKind::Unary(_, x)
        | ExprKind::Attribute(x, _)
        | ExprKind::YieldFrom(x)
        | ExprKind::Starred(x) => v.expr(x),
        ExprKind::Yield(x) => x.iter_mut().for_each(|x| v.expr(x)),
        ExprKind::Binary(_, a, b) | ExprKind::Subscript(a, b) => {
            v.expr(a);
            v.expr(b);
        }
        ExprKind::BoolOp(_, xs) | ExprKind::Tuple(xs) | ExprKind::List(xs) | ExprKind::Set(xs) => {
            xs.iter_mut().for_each(|x| v.expr(x))
        }
        ExprKind::Compare(a, rest) => {
            v.expr(a);
            rest.iter_mut().for_each(|(_, x)| v.expr(x));
        }
        ExprKind::Call {
            func,
            args,
            keywords,
        } => {
            v.expr(func);
            args.iter_mut().for_each(|x| v.expr(x));
            keywords.iter_mut().for_each(|k| v.expr(&mut k.value));
        }
        ExprKind::IfExp { test, body, orelse } => {
            v.expr(test);
            v.expr(body);
            v.expr(orelse);
        }
        ExprKind::Dict(items) => items.iter_mut().for_each(|(k, x)| {
            v.expr(k);
            v.expr(x);
        }),
        ExprKind::ListComp { elt, generators }
        | ExprKind::SetComp { elt, generators }
        | ExprKind::Generator { elt, generators } => {
            walk_comprehensions(v, generators);
            v.expr(elt);
        }
        ExprKind::DictComp {
            key,
            value,
            generators,
        } => {
            walk_comprehensions(v, generators);
            v.expr(key);
            v.expr(value);
        }
        ExprKind::Slice { lower, upper, step } => {
            for x in [lower, upper, step].into_iter().flatten() {
                v.expr(x);
            }
        }
        ExprKind::Lambda { defaults, body, .. } => {
            defaults.iter_mut().flatten().for_each(|d| v.expr(d));
            v.expr(body);
        }
        ExprKind::FString(parts) => walk_fparts(v, parts),
    }
}

fn walk_comprehensions<V: VisitMut + ?Sized>(v: &mut V, gens: &mut [Comprehension]) {
    for g in gens {
        v.expr(&mut g.iter);
        v.expr(&mut g.target);
        g.ifs.iter_mut().for_each(|x| v.expr(x));
    }
}

fn walk_fparts<V: VisitMut + ?Sized>(v: &mut V, parts: &mut [FPart]) {
    for p in parts {
        if let FPart::Field { value, spec, .. } = p {
            v.expr(value);
            walk_fparts(v, spec);
        }
    }
}

/// Gives every node of `e` the span `span` (an expression parsed out of a
/// string annotation is reported at the string).
pub fn relocate(e: &mut Expr, span: multigen_diag::Span) {
    struct Relocate(multigen_diag::Span);
    impl VisitMut for Relocate {
        fn expr(&mut self, e: &mut Expr) {
            e.span = self.0;
            walk_expr(self, e);
        }
    }
    Relocate(span).expr(e);
}
