//! The last step of checking: replaces every inference variable in the
//! program by its solution, and reports the ones that stayed unsolved (an
//! empty container whose element type nothing determines).

use super::*;

impl Checker {
    pub(super) fn finish_types(&mut self) {
        let mut functions = std::mem::take(&mut self.functions);
        for f in functions.iter_mut().flatten() {
            f.ret = default_vars(&self.resolve(&f.ret));
            for l in &mut f.locals {
                l.ty = default_vars(&self.resolve(&l.ty));
            }
            let mut body = std::mem::take(&mut f.body);
            self.stmts(&mut body);
            f.body = body;
        }
        self.functions = functions;
        let resolved: Vec<Option<Ty>> = self
            .globals
            .iter()
            .map(|g| g.ty.as_ref().map(|t| default_vars(&self.resolve(t))))
            .collect();
        for (g, t) in self.globals.iter_mut().zip(resolved) {
            g.ty = t;
        }
    }

    fn ty(&mut self, t: &mut Ty, span: Span) {
        *t = self.resolve(t);
        if range_in_container(t, false) && !self.errors.iter().any(|d| d.span == span) {
            self.errors.push(Diagnostic::new(
                Kind::Unsupported,
                span,
                "a range or dict view inside a list, set or dict is not supported by multigen yet",
            ));
        }
        if with::exc_value_nested(t) && !self.errors.iter().any(|d| d.span == span) {
            self.errors.push(Diagnostic::new(
                Kind::Unsupported,
                span,
                "an exception class or traceback inside a tuple, list, set or dict is not supported by multigen yet",
            ));
        }
        if has_var(t) {
            // Nothing ever stored an element into this container (storing
            // one would have fixed its type), so any element type is right:
            // take None.
            *t = default_vars(t);
        }
    }

    fn stmts(&mut self, ss: &mut [Stmt]) {
        for s in ss {
            self.stmt_types(s);
        }
    }

    fn stmt_types(&mut self, s: &mut Stmt) {
        match s {
            Stmt::Assign(t, e) => {
                self.target_types(t);
                self.expr_types(e);
            }
            Stmt::Expr(e) | Stmt::StrAppend(_, e) => self.expr_types(e),
            Stmt::If(c, a, b) => {
                self.expr_types(c);
                self.stmts(a);
                self.stmts(b);
            }
            Stmt::While { test, body, orelse } => {
                self.expr_types(test);
                self.stmts(body);
                self.stmts(orelse);
            }
            Stmt::For {
                iter, body, orelse, ..
            } => {
                self.iter_types(iter);
                self.stmts(body);
                self.stmts(orelse);
            }
            Stmt::SetItem(a, b, c) => {
                self.expr_types(a);
                self.expr_types(b);
                self.expr_types(c);
            }
            Stmt::DelField(a, ..) => self.expr_types(a),
            Stmt::DelItem(a, b) => {
                self.expr_types(a);
                self.expr_types(b);
            }
            Stmt::Return(e) => {
                if let Some(e) = e {
                    self.expr_types(e);
                }
            }
            Stmt::Assert(c, m) => {
                self.expr_types(c);
                self.expr_types(m);
            }
            Stmt::Break | Stmt::Continue | Stmt::BreakOuter(_) => {}
            // Fusion runs after the types are final.
            Stmt::Fused(_) | Stmt::FusedYield(..) => {}
            Stmt::SetField(a, _, b) => {
                self.expr_types(a);
                self.expr_types(b);
            }
            Stmt::Raise { exc, cause, .. } => {
                if let Some(e) = exc {
                    self.expr_types(e);
                }
                if let Some(Some(e)) = cause {
                    self.expr_types(e);
                }
            }
            Stmt::Frame { body, .. } => self.stmts(body),
            Stmt::Try(t) => {
                self.stmts(&mut t.body);
                for h in &mut t.handlers {
                    self.stmts(&mut h.body);
                }
                self.stmts(&mut t.orelse);
                self.stmts(&mut t.finalbody);
            }
        }
    }

    fn target_types(&mut self, t: &mut Target) {
        match t {
            Target::Place(_) => {}
            Target::Tuple(ts) => ts.iter_mut().for_each(|t| self.target_types(t)),
            Target::List(ts, t) | Target::Star(ts, _, t, _) => {
                ts.iter_mut().for_each(|t| self.target_types(t));
                self.ty(t, Span::default());
            }
            Target::Item(b, i) => {
                self.expr_types(b);
                self.expr_types(i);
            }
            Target::Field(b, _, t) => {
                self.expr_types(b);
                self.ty(t, Span::default());
            }
        }
    }

    fn iter_types(&mut self, it: &mut Iter) {
        match it {
            Iter::Range {
                start, stop, step, ..
            } => {
                self.expr_types(start);
                self.expr_types(stop);
                self.expr_types(step);
            }
            Iter::List(e)
            | Iter::ListReversed(e)
            | Iter::Str(e)
            | Iter::VarTuple(e)
            | Iter::Tuple(e)
            | Iter::DictKeys(e)
            | Iter::DictValues(e)
            | Iter::DictItems(e)
            | Iter::Set(e) => self.expr_types(e),
            Iter::Enumerate(inner, start) => {
                self.iter_types(inner);
                self.expr_types(start);
            }
            Iter::Zip(its) => its.iter_mut().for_each(|i| self.iter_types(i)),
            Iter::Map(f, inner) => {
                self.expr_types(f);
                self.iter_types(inner);
            }
            Iter::Filter(f, inner) => {
                if let Some(f) = f {
                    self.expr_types(f);
                }
                self.iter_types(inner);
            }
            Iter::Protocol { iter, next, .. } => {
                self.expr_types(iter);
                self.expr_types(next);
            }
            Iter::Gen(e) => self.expr_types(e),
        }
    }

    fn expr_types(&mut self, e: &mut Expr) {
        let span = e.span;
        self.ty(&mut e.ty, span);
        match &mut e.kind {
            ExprKind::Int(_)
            | ExprKind::Float(_)
            | ExprKind::Bool(_)
            | ExprKind::None
            | ExprKind::Str(_)
            | ExprKind::Load(_) => {}
            ExprKind::BoxTuple(x)
            | ExprKind::IntToFloat(x)
            | ExprKind::NumBox(x)
            | ExprKind::BoolToInt(x)
            | ExprKind::Truth(x)
            | ExprKind::Unary(_, x)
            | ExprKind::TupleGet(x, _)
            | ExprKind::GetField(x, _)
            | ExprKind::FieldSet(x, _)
            | ExprKind::IsInstance(x, _)
            | ExprKind::Cast(x)
            | ExprKind::Wrap(x)
            | ExprKind::Unwrap(x, _)
            | ExprKind::IsNone(x)
            | ExprKind::ClassName(x)
            | ExprKind::Yield(x)
            | ExprKind::YieldFrom(x)
            | ExprKind::Len(x) => self.expr_types(x),
            ExprKind::ExcInit(x, xs) => {
                self.expr_types(x);
                xs.iter_mut().for_each(|x| self.expr_types(x));
            }
            ExprKind::Binary(_, a, b)
            | ExprKind::Index(a, b)
            | ExprKind::Contains(a, b)
            | ExprKind::Append(a, b) => {
                self.expr_types(a);
                self.expr_types(b);
            }
            ExprKind::Compare(xs, ops) => {
                xs.iter_mut().for_each(|x| self.expr_types(x));
                for (_, k) in ops {
                    self.cmp_kind_types(k, span);
                }
            }
            ExprKind::And(xs)
            | ExprKind::Or(xs)
            | ExprKind::Tuple(xs)
            | ExprKind::List(xs)
            | ExprKind::Set(xs)
            | ExprKind::Builtin(_, xs)
            | ExprKind::Num(_, xs)
            | ExprKind::Runtime(_, xs) => xs.iter_mut().for_each(|x| self.expr_types(x)),
            ExprKind::IfExp(a, b, c) | ExprKind::MakeRange(a, b, c) => {
                self.expr_types(a);
                self.expr_types(b);
                self.expr_types(c);
            }
            ExprKind::CallValue(callee, args) => {
                self.expr_types(callee);
                args.iter_mut().for_each(|x| self.expr_types(x));
            }
            ExprKind::MakeFunc { captures, .. } => {
                for c in captures {
                    if let Capture::Value(x) = c {
                        self.expr_types(x);
                    }
                }
            }
            ExprKind::CallEnv { env, args, map, .. } => {
                self.expr_types(env);
                args.iter_mut().for_each(|x| self.expr_types(x));
                for m in map {
                    if let ArgSource::Default(d) = m {
                        self.expr_types(d);
                    }
                }
            }
            ExprKind::Call { args, map, .. }
            | ExprKind::New { args, map, .. }
            | ExprKind::MethodCall { args, map, .. } => {
                args.iter_mut().for_each(|x| self.expr_types(x));
                for m in map {
                    if let ArgSource::Default(d) = m {
                        self.expr_types(d);
                    }
                }
            }
            ExprKind::Print { args, sep, end } => {
                args.iter_mut().for_each(|x| self.expr_types(x));
                if let Some(x) = sep {
                    self.expr_types(x);
                }
                if let Some(x) = end {
                    self.expr_types(x);
                }
            }
            ExprKind::Dict(pairs) => {
                for (k, v) in pairs {
                    self.expr_types(k);
                    self.expr_types(v);
                }
            }
            ExprKind::DictGet(a, b, c) => {
                self.expr_types(a);
                self.expr_types(b);
                if let Some(c) = c {
                    self.expr_types(c);
                }
            }
            ExprKind::Block(ss, x) => {
                self.stmts(ss);
                self.expr_types(x);
            }
            ExprKind::Rt { args, .. } => {
                for a in args {
                    match a {
                        RtArg::Value(x) | RtArg::Slot(x) => self.expr_types(x),
                        RtArg::Type(t) => self.ty(t, span),
                        RtArg::KeyFunc(Some(x)) => self.expr_types(x),
                        RtArg::KeyFunc(None) | RtArg::Const(_) | RtArg::Class(_) | RtArg::Null => {}
                    }
                }
            }
        }
    }

    fn cmp_kind_types(&mut self, k: &mut CmpKind, span: Span) {
        match k {
            CmpKind::Generic(t) | CmpKind::Contains(t) => self.ty(t, span),
            CmpKind::Tuple(ks) | CmpKind::TupleOrder(ks, ..) => {
                ks.iter_mut().for_each(|k| self.cmp_kind_types(k, span))
            }
            _ => {}
        }
    }
}

fn range_in_container(t: &Ty, inside: bool) -> bool {
    match t {
        Ty::Range | Ty::DictView(..) | Ty::ExcArgs => inside,
        Ty::Tuple(ts) => ts.iter().any(|t| range_in_container(t, inside)),
        Ty::List(t) | Ty::Set(t) | Ty::VarTuple(t) => range_in_container(t, true),
        Ty::Dict(k, v) => range_in_container(k, true) || range_in_container(v, true),
        _ => false,
    }
}

pub(super) fn default_vars(t: &Ty) -> Ty {
    match t {
        Ty::Var(_) => Ty::None,
        Ty::Optional(t) => Ty::Optional(Box::new(default_vars(t))),
        Ty::Tuple(ts) => Ty::Tuple(ts.iter().map(default_vars).collect()),
        Ty::List(t) => Ty::List(Box::new(default_vars(t))),
        Ty::VarTuple(t) => Ty::VarTuple(Box::new(default_vars(t))),
        Ty::DictView(n, k, v) => {
            Ty::DictView(*n, Box::new(default_vars(k)), Box::new(default_vars(v)))
        }
        Ty::Set(t) => Ty::Set(Box::new(default_vars(t))),
        Ty::Dict(k, v) => Ty::Dict(Box::new(default_vars(k)), Box::new(default_vars(v))),
        Ty::Func(f) => Ty::Func(Box::new(FuncTy {
            params: f.params.iter().map(default_vars).collect(),
            ret: default_vars(&f.ret),
        })),
        t => t.clone(),
    }
}

fn has_var(t: &Ty) -> bool {
    match t {
        Ty::Var(_) => true,
        Ty::Optional(t) => has_var(t),
        Ty::Tuple(ts) => ts.iter().any(has_var),
        Ty::List(t) | Ty::Set(t) | Ty::VarTuple(t) => has_var(t),
        Ty::Dict(k, v) | Ty::DictView(_, k, v) => has_var(k) || has_var(v),
        Ty::Func(f) => f.params.iter().any(has_var) || has_var(&f.ret),
        _ => false,
    }
}
