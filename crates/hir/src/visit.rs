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
        Stmt::Fused(fu) => {
            fu.args.iter().for_each(|(_, e)| expr(e, f));
            target(&fu.target, f);
        }
        Stmt::FusedYield(e, _) => expr(e, f),
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
        | ExprKind::NumBox(x)
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
        | ExprKind::Num(_, xs)
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

/// A part of a statement or expression reached by [`stmt_parts_mut`] and
/// [`expr_parts_mut`]: an expression, a mention of a local variable, or a
/// block of statements inside an expression.
pub enum PartMut<'x> {
    Expr(&'x mut Expr),
    Local(&'x mut LocalId),
    Block(&'x mut Vec<Stmt>),
}

/// Calls `f` on the parts of statement `s` itself: its expressions (those
/// of its targets and iterations included) and the locals it names
/// outside them, not the statements of its nested blocks.
pub fn stmt_parts_mut(s: &mut Stmt, f: &mut dyn FnMut(PartMut)) {
    let mut e = |x: &mut Expr| f(PartMut::Expr(x));
    match s {
        Stmt::Assign(t, x) => {
            target_parts_mut(t, f);
            f(PartMut::Expr(x));
        }
        Stmt::Expr(x)
        | Stmt::FusedYield(x, _)
        | Stmt::If(x, ..)
        | Stmt::While { test: x, .. }
        | Stmt::DelField(x, ..) => e(x),
        Stmt::StrAppend(p, x) => {
            place_parts_mut(p, f);
            f(PartMut::Expr(x));
        }
        Stmt::For {
            target: t,
            iter: it,
            ..
        } => {
            target_parts_mut(t, f);
            iter_parts_mut(it, f);
        }
        Stmt::SetItem(a, b, c) => {
            e(a);
            e(b);
            e(c);
        }
        Stmt::DelItem(a, b) | Stmt::SetField(a, _, b) | Stmt::Assert(a, b) => {
            e(a);
            e(b);
        }
        Stmt::Return(x) => x.iter_mut().for_each(e),
        Stmt::Raise { exc, cause, .. } => {
            exc.iter_mut().for_each(&mut e);
            if let Some(Some(c)) = cause {
                e(c);
            }
        }
        Stmt::Try(t) => t
            .handlers
            .iter_mut()
            .for_each(|h| h.var.iter_mut().for_each(|p| place_parts_mut(p, f))),
        Stmt::Fused(fu) => {
            for (l, x) in &mut fu.args {
                if let Some(l) = l {
                    f(PartMut::Local(l));
                }
                f(PartMut::Expr(x));
            }
            fu.locals.iter_mut().for_each(|l| f(PartMut::Local(l)));
            target_parts_mut(&mut fu.target, f);
        }
        Stmt::Break | Stmt::Continue | Stmt::BreakOuter(_) | Stmt::Frame { .. } => {}
    }
}

fn place_parts_mut(p: &mut Place, f: &mut dyn FnMut(PartMut)) {
    if let Place::Local(l) = p {
        f(PartMut::Local(l));
    }
}

fn target_parts_mut(t: &mut Target, f: &mut dyn FnMut(PartMut)) {
    match t {
        Target::Place(p) => place_parts_mut(p, f),
        Target::Tuple(ts) | Target::List(ts, _) | Target::Star(ts, ..) => {
            ts.iter_mut().for_each(|t| target_parts_mut(t, f))
        }
        Target::Item(a, b) => {
            f(PartMut::Expr(a));
            f(PartMut::Expr(b));
        }
        Target::Field(a, ..) => f(PartMut::Expr(a)),
    }
}

fn iter_parts_mut(it: &mut Iter, f: &mut dyn FnMut(PartMut)) {
    match it {
        Iter::Range {
            start, stop, step, ..
        } => {
            f(PartMut::Expr(start));
            f(PartMut::Expr(stop));
            f(PartMut::Expr(step));
        }
        Iter::List(e)
        | Iter::VarTuple(e)
        | Iter::ListReversed(e)
        | Iter::Str(e)
        | Iter::Tuple(e)
        | Iter::DictKeys(e)
        | Iter::DictValues(e)
        | Iter::DictItems(e)
        | Iter::Set(e)
        | Iter::Gen(e) => f(PartMut::Expr(e)),
        Iter::Enumerate(i, s) => {
            iter_parts_mut(i, f);
            f(PartMut::Expr(s));
        }
        Iter::Zip(its) => its.iter_mut().for_each(|i| iter_parts_mut(i, f)),
        Iter::Map(g, i) => {
            f(PartMut::Expr(g));
            iter_parts_mut(i, f);
        }
        Iter::Filter(g, i) => {
            g.iter_mut().for_each(|g| f(PartMut::Expr(g)));
            iter_parts_mut(i, f);
        }
        Iter::Protocol {
            iter: i,
            holder,
            next,
        } => {
            f(PartMut::Expr(i));
            f(PartMut::Local(holder));
            f(PartMut::Expr(next));
        }
    }
}

/// Calls `f` on the direct parts of expression `e`: its operands, the
/// locals it names itself (a read, a captured cell), the statements of a
/// block expression.
pub fn expr_parts_mut(e: &mut Expr, f: &mut dyn FnMut(PartMut)) {
    let mut each = |x: &mut Expr| f(PartMut::Expr(x));
    match &mut e.kind {
        ExprKind::Int(_)
        | ExprKind::Float(_)
        | ExprKind::Bool(_)
        | ExprKind::None
        | ExprKind::Str(_) => {}
        ExprKind::Load(p) => place_parts_mut(p, f),
        ExprKind::IntToFloat(x)
        | ExprKind::NumBox(x)
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
        | ExprKind::ClassName(x) => each(x),
        ExprKind::Binary(_, a, b)
        | ExprKind::Index(a, b)
        | ExprKind::Contains(a, b)
        | ExprKind::Append(a, b) => {
            each(a);
            each(b);
        }
        ExprKind::IfExp(a, b, c) | ExprKind::MakeRange(a, b, c) => {
            each(a);
            each(b);
            each(c);
        }
        ExprKind::Compare(xs, _)
        | ExprKind::And(xs)
        | ExprKind::Or(xs)
        | ExprKind::Tuple(xs)
        | ExprKind::List(xs)
        | ExprKind::Set(xs)
        | ExprKind::Builtin(_, xs)
        | ExprKind::Num(_, xs)
        | ExprKind::Runtime(_, xs) => xs.iter_mut().for_each(each),
        ExprKind::CallValue(callee, args) => {
            each(callee);
            args.iter_mut().for_each(each);
        }
        ExprKind::MakeFunc { captures, .. } => {
            for c in captures {
                match c {
                    Capture::Value(x) => f(PartMut::Expr(x)),
                    Capture::Cell(l) => f(PartMut::Local(l)),
                }
            }
        }
        ExprKind::CallEnv { env, args, map, .. } => {
            each(env);
            args.iter_mut().for_each(&mut each);
            args_map_mut(map, &mut each);
        }
        ExprKind::Call { args, map, .. }
        | ExprKind::New { args, map, .. }
        | ExprKind::MethodCall { args, map, .. } => {
            args.iter_mut().for_each(&mut each);
            args_map_mut(map, &mut each);
        }
        ExprKind::ExcInit(x, xs) => {
            each(x);
            xs.iter_mut().for_each(each);
        }
        ExprKind::Print { args, sep, end } => {
            args.iter_mut().for_each(&mut each);
            sep.iter_mut().chain(end.iter_mut()).for_each(|x| each(x));
        }
        ExprKind::Dict(pairs) => pairs.iter_mut().for_each(|(k, v)| {
            each(k);
            each(v);
        }),
        ExprKind::DictGet(a, b, c) => {
            each(a);
            each(b);
            c.iter_mut().for_each(|x| each(x));
        }
        ExprKind::Block(ss, x) => {
            f(PartMut::Block(ss));
            f(PartMut::Expr(x));
        }
        ExprKind::Rt { args, .. } => {
            for a in args {
                match a {
                    RtArg::Value(x) | RtArg::Slot(x) => each(x),
                    RtArg::KeyFunc(Some(x)) => each(x),
                    _ => {}
                }
            }
        }
    }
}

fn args_map_mut(map: &mut [ArgSource], each: &mut dyn FnMut(&mut Expr)) {
    for m in map {
        if let ArgSource::Default(d) = m {
            each(d);
        }
    }
}

/// Calls `f` on every local variable a block mentions (reads, stores,
/// `except ... as` variables, iteration holders, captured cells), so that
/// a body can be moved into another function under new local ids
/// (`check/fuse.rs`).
pub fn locals_mut(stmts: &mut [Stmt], f: &mut dyn FnMut(&mut LocalId)) {
    for s in stmts {
        stmt_parts_mut(s, &mut |p| part_locals_mut(p, f));
        for b in s.blocks_mut() {
            locals_mut(b, f);
        }
    }
}

fn part_locals_mut(p: PartMut, f: &mut dyn FnMut(&mut LocalId)) {
    match p {
        PartMut::Expr(e) => expr_parts_mut(e, &mut |p| part_locals_mut(p, f)),
        PartMut::Local(l) => f(l),
        PartMut::Block(b) => locals_mut(b, f),
    }
}
