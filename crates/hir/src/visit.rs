//! Read-only traversal of the IR: every expression of a function body, in
//! no particular order, for analyses that need to look at all of them.

use crate::ir::*;

/// Calls `f` on every expression in `stmts`, nested ones included.
pub fn exprs(stmts: &[Stmt], f: &mut dyn FnMut(&Expr)) {
    for s in stmts {
        stmt(s, f);
    }
}

/// Calls `f` on every expression of one statement, nested ones included.
pub fn stmt(s: &Stmt, f: &mut dyn FnMut(&Expr)) {
    match s {
        Stmt::Assign(t, e) => {
            target(t, f);
            expr(e, f);
        }
        Stmt::Expr(e) | Stmt::StrAppend(_, e) => expr(e, f),
        Stmt::If(c, ..) | Stmt::While { test: c, .. } => expr(c, f),
        Stmt::For {
            target: t,
            iter: it,
            ..
        } => {
            target(t, f);
            iter(it, f);
        }
        Stmt::SetItem(a, b, c) => {
            expr(a, f);
            expr(b, f);
            expr(c, f);
        }
        Stmt::DelItem(a, b) | Stmt::SetField(a, _, b) => {
            expr(a, f);
            expr(b, f);
        }
        Stmt::DelField(e, ..) => expr(e, f),
        Stmt::Return(e) => e.iter().for_each(|e| expr(e, f)),
        Stmt::Assert(c, m) => {
            expr(c, f);
            expr(m, f);
        }
        Stmt::Raise { exc, cause, .. } => {
            exc.iter().for_each(|e| expr(e, f));
            if let Some(Some(c)) = cause {
                expr(c, f);
            }
        }
        Stmt::Break | Stmt::Continue | Stmt::BreakOuter(_) | Stmt::Try(_) | Stmt::Frame { .. } => {}
    }
    for b in s.blocks() {
        exprs(b, f);
    }
}

/// Calls `f` on every expression of an assignment target.
pub fn target(t: &Target, f: &mut dyn FnMut(&Expr)) {
    match t {
        Target::Place(_) => {}
        Target::Tuple(ts) | Target::List(ts, _) | Target::Star(ts, ..) => {
            ts.iter().for_each(|t| target(t, f))
        }
        Target::Item(a, b) => {
            expr(a, f);
            expr(b, f);
        }
        Target::Field(a, ..) => expr(a, f),
    }
}

fn iter(it: &Iter, f: &mut dyn FnMut(&Expr)) {
    match it {
        Iter::Range {
            start, stop, step, ..
        } => {
            expr(start, f);
            expr(stop, f);
            expr(step, f);
        }
        Iter::List(e)
        | Iter::VarTuple(e)
        | Iter::ListReversed(e)
        | Iter::Str(e)
        | Iter::Tuple(e)
        | Iter::DictKeys(e)
        | Iter::DictValues(e)
        | Iter::DictItems(e)
        | Iter::Set(e) => expr(e, f),
        Iter::Enumerate(i, s) => {
            iter(i, f);
            expr(s, f);
        }
        Iter::Zip(its) => its.iter().for_each(|i| iter(i, f)),
        Iter::Map(g, i) => {
            expr(g, f);
            iter(i, f);
        }
        Iter::Filter(g, i) => {
            g.iter().for_each(|g| expr(g, f));
            iter(i, f);
        }
        Iter::Protocol { iter: i, next, .. } => {
            expr(i, f);
            expr(next, f);
        }
        Iter::Gen(e) => expr(e, f),
    }
}

/// Calls `f` on `e` and then on every expression nested in it.
pub fn expr(e: &Expr, f: &mut dyn FnMut(&Expr)) {
    f(e);
    match &e.kind {
        ExprKind::Int(_)
        | ExprKind::Float(_)
        | ExprKind::Bool(_)
        | ExprKind::None
        | ExprKind::Str(_)
        | ExprKind::Load(_) => {}
        ExprKind::IntToFloat(x)
        | ExprKind::BoolToInt(x)
        | ExprKind::Truth(x)
        | ExprKind::Unary(_, x)
        | ExprKind::TupleGet(x, _)
        | ExprKind::BoxTuple(x)
        | ExprKind::Len(x)
        | ExprKind::GetField(x, _)
        | ExprKind::FieldSet(x, _)
        | ExprKind::IsInstance(x, _)
        | ExprKind::Cast(x)
        | ExprKind::Wrap(x)
        | ExprKind::Unwrap(x, _)
        | ExprKind::IsNone(x)
        | ExprKind::Yield(x)
        | ExprKind::YieldFrom(x)
        | ExprKind::ClassName(x) => expr(x, f),
        ExprKind::Binary(_, a, b)
        | ExprKind::Index(a, b)
        | ExprKind::Contains(a, b)
        | ExprKind::Append(a, b) => {
            expr(a, f);
            expr(b, f);
        }
        ExprKind::IfExp(a, b, c) | ExprKind::MakeRange(a, b, c) => {
            expr(a, f);
            expr(b, f);
            expr(c, f);
        }
        ExprKind::Compare(xs, _)
        | ExprKind::And(xs)
        | ExprKind::Or(xs)
        | ExprKind::Tuple(xs)
        | ExprKind::List(xs)
        | ExprKind::Set(xs)
        | ExprKind::Builtin(_, xs)
        | ExprKind::Runtime(_, xs) => xs.iter().for_each(|x| expr(x, f)),
        ExprKind::CallValue(callee, args) => {
            expr(callee, f);
            args.iter().for_each(|x| expr(x, f));
        }
        ExprKind::MakeFunc { captures, .. } => {
            for c in captures {
                if let Capture::Value(x) = c {
                    expr(x, f);
                }
            }
        }
        ExprKind::CallEnv { env, args, map, .. } => {
            expr(env, f);
            args.iter().for_each(|x| expr(x, f));
            for m in map {
                if let ArgSource::Default(d) = m {
                    expr(d, f);
                }
            }
        }
        ExprKind::Call { args, map, .. }
        | ExprKind::New { args, map, .. }
        | ExprKind::MethodCall { args, map, .. } => {
            args.iter().for_each(|x| expr(x, f));
            for m in map {
                if let ArgSource::Default(d) = m {
                    expr(d, f);
                }
            }
        }
        ExprKind::ExcInit(x, xs) => {
            expr(x, f);
            xs.iter().for_each(|x| expr(x, f));
        }
        ExprKind::Print { args, sep, end } => {
            args.iter().for_each(|x| expr(x, f));
            sep.iter().chain(end.iter()).for_each(|x| expr(x, f));
        }
        ExprKind::Dict(pairs) => pairs.iter().for_each(|(k, v)| {
            expr(k, f);
            expr(v, f);
        }),
        ExprKind::DictGet(a, b, c) => {
            expr(a, f);
            expr(b, f);
            c.iter().for_each(|x| expr(x, f));
        }
        ExprKind::Block(ss, x) => {
            exprs(ss, f);
            expr(x, f);
        }
        ExprKind::Rt { args, .. } => {
            for a in args {
                match a {
                    RtArg::Value(x) | RtArg::Slot(x) => expr(x, f),
                    RtArg::KeyFunc(Some(x)) => expr(x, f),
                    _ => {}
                }
            }
        }
    }
}
