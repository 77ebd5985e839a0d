//! `try`/`except`/`raise`, and the narrowing of `Optional` variables by
//! conditions (`x is not None`, `x`, `isinstance(x, C)`).
//!
//! Narrowing is a small flow analysis over the statements as they are
//! checked: a condition yields facts ("x is not None here") for its true
//! and false branches; an assignment to a variable drops its facts; at a
//! join only the facts that hold on every branch that falls through
//! remain. A read of a narrowed variable needs no run-time check.

use super::*;

/// A narrowing fact: the place holds a value of this (narrower) type.
pub(super) type Fact = (Place, Ty);

impl Checker {
    /// The place a name reads from, if it is a variable.
    pub(super) fn name_place(&self, n: &str, scope: &Scope) -> Option<Place> {
        if let Some(l) = scope.shadow_lookup(n) {
            return Some(Place::Local(l));
        }
        if !scope.is_module && !scope.global_decls.contains(n) {
            if let Some(&l) = scope.local_map.get(n) {
                return Some(Place::Local(l));
            }
        }
        match self.lookup(n, scope) {
            Some(Binding::Global(g)) => Some(Place::Global(g)),
            _ => None,
        }
    }

    /// The place of a local variable. Only locals are narrowed: a global
    /// may be reassigned by any call between the test and the use.
    pub(super) fn local_place(&self, n: &str, scope: &Scope) -> Option<Place> {
        match self.name_place(n, scope)? {
            p @ Place::Local(_) if !scope.is_module => Some(p),
            Place::Local(l) if scope.shadow.iter().any(|s| s.1 == l) => Some(Place::Local(l)),
            _ => None,
        }
    }

    /// The facts a condition establishes when it is true and when false.
    pub(super) fn facts(&mut self, e: &ast::Expr, scope: &Scope) -> (Vec<Fact>, Vec<Fact>) {
        use ast::ExprKind as K;
        let opt_inner = |cx: &Checker, n: &str| -> Option<(Place, Ty)> {
            let p = cx.local_place(n, scope)?;
            match cx.place_ty(p, scope).map(|t| cx.resolve(&t)) {
                Some(Ty::Optional(t)) => Some((p, *t)),
                _ => None,
            }
        };
        match &e.kind {
            K::Compare(l, rest) if rest.len() == 1 => {
                let (op, r) = (&rest[0].0, &rest[0].1);
                if let Some(facts) = self.dyn_type_is_facts(l, op, r, scope) {
                    return facts;
                }
                let (K::Name(n), K::None) = (&l.kind, &r.kind) else {
                    return (vec![], vec![]);
                };
                if let Some((none, some)) = self.union_none_facts(n, scope) {
                    return match op {
                        ast::CmpOp::IsNot | ast::CmpOp::NotEq => (some, none),
                        ast::CmpOp::Is | ast::CmpOp::Eq => (none, some),
                        _ => (vec![], vec![]),
                    };
                }
                let Some(f) = opt_inner(self, n) else {
                    return (vec![], vec![]);
                };
                match op {
                    ast::CmpOp::IsNot | ast::CmpOp::NotEq => (vec![f], vec![]),
                    ast::CmpOp::Is | ast::CmpOp::Eq => (vec![], vec![f]),
                    _ => (vec![], vec![]),
                }
            }
            K::Name(n) => match opt_inner(self, n) {
                // Truthiness narrows away None only for objects (whose
                // truth is otherwise always true): `if count:` on an
                // Optional[int] also excludes 0, which is still an int.
                Some(f) => (vec![f], vec![]),
                None => (vec![], vec![]),
            },
            K::Unary(ast::UnaryOp::Not, x) => {
                let (t, f) = self.facts(x, scope);
                (f, t)
            }
            K::BoolOp(ast::BoolOp::And, xs) => {
                let mut t = Vec::new();
                for x in xs {
                    t.extend(self.facts(x, scope).0);
                }
                (t, vec![])
            }
            K::BoolOp(ast::BoolOp::Or, xs) => {
                let mut f = Vec::new();
                for x in xs {
                    f.extend(self.facts(x, scope).1);
                }
                (vec![], f)
            }
            K::Call {
                func,
                args,
                keywords,
            } if keywords.is_empty() && args.len() == 2 => {
                let (K::Name(f), K::Name(x)) = (&func.kind, &args[0].kind) else {
                    return (vec![], vec![]);
                };
                if f == "isinstance" && !self.is_value_name(f, scope) {
                    if let Some(facts) = self.dyn_isinstance_facts(x, &args[1], scope) {
                        return facts;
                    }
                }
                let K::Name(c) = &args[1].kind else {
                    return (vec![], vec![]);
                };
                if f != "isinstance" || self.is_value_name(f, scope) {
                    return (vec![], vec![]);
                }
                // `isinstance(x, int)` of a float local that holds an int.
                if c == "int" && self.lookup(c, scope).is_none() && !self.is_value_name(c, scope) {
                    return match self.local_place(x, scope) {
                        Some(p) if self.float_narrowed_to_int(p, scope) => {
                            (vec![(p, Ty::Int)], vec![])
                        }
                        _ => (vec![], vec![]),
                    };
                }
                let Some(Binding::Class(c)) = self.lookup(c, scope) else {
                    return (vec![], vec![]);
                };
                let Some(p) = self.local_place(x, scope) else {
                    return (vec![], vec![]);
                };
                let base = match self.place_ty(p, scope).map(|t| self.resolve(&t)) {
                    Some(Ty::Class(b)) => b,
                    Some(Ty::Optional(t)) => match *t {
                        Ty::Class(b) => b,
                        _ => return (vec![], vec![]),
                    },
                    _ => return (vec![], vec![]),
                };
                if self.is_subclass(c, base) {
                    (vec![(p, Ty::Class(c))], vec![])
                } else {
                    (vec![], vec![])
                }
            }
            _ => (vec![], vec![]),
        }
    }

    /// Drops the facts about every variable assigned in `stmts` (a loop
    /// body, a `try` block), which hold neither in the loop nor after it.
    /// Except one that is narrowed to `int`, `float`, `str` or `bool` and
    /// only ever updated by augmented assignments (`o *= 8`) or assigned
    /// values that are never None (see `never_none`).
    pub(super) fn forget_assigned(&self, stmts: &[ast::Stmt], scope: &mut Scope) {
        let mut names = Vec::new();
        assigned_names(stmts, &mut names);
        let mut may_be_none = Vec::new();
        let never_none = |e: &ast::Expr, t: Option<&str>| self.never_none(e, t, scope);
        assignments_that_may_be_none(stmts, &never_none, &mut may_be_none);
        for (n, _) in names {
            if let Some(p) = self.name_place(&n, scope) {
                // A float narrowed to its int holds a float after any
                // assignment (`x += 0.5`); a dynamic variable assigned in
                // the loop may hold another type on the next iteration.
                let dynamic = self
                    .place_ty(p, scope)
                    .is_some_and(|t| self.resolve(&t).is_dynamic());
                let keeps =
                    !may_be_none.contains(&n) && !self.float_narrowed_to_int(p, scope) && !dynamic;
                scope.narrow.retain(|f| {
                    f.0 != p || (keeps && matches!(f.1, Ty::Int | Ty::Float | Ty::Str | Ty::Bool))
                });
            }
        }
    }

    /// Whether `e` is never None, judged before the checker has seen it:
    /// an `int`, `float`, `str` or `bool` computed from literals, variables
    /// already declared with one of those types (or Optional of one: in
    /// arithmetic they must be narrowed), operators, f-strings, calls of
    /// built-in conversion and arithmetic functions the program does not
    /// redefine, and calls of module functions declared to return one. (Operators of objects are not: a special method may
    /// return None.)
    fn never_none(&self, e: &ast::Expr, target: Option<&str>, scope: &Scope) -> bool {
        self.scalar_value(e, false, target, scope)
    }

    /// `never_none` of `e`; as an `operand` of an operator, a built-in
    /// function, a method call or a subscript, an `Optional` scalar
    /// variable counts too: there the checker refuses it or checks it for
    /// None (raising), so the result is never None.
    fn scalar_value(&self, e: &ast::Expr, operand: bool, me: Option<&str>, scope: &Scope) -> bool {
        use ast::ExprKind as K;
        let scalar = |t: &Ty| matches!(t, Ty::Int | Ty::Float | Ty::Str | Ty::Bool);
        // A built-in function the program does not redefine.
        let builtin = |n: &str| self.lookup(n, scope).is_none() && !self.is_value_name(n, scope);
        match &e.kind {
            K::Int(_) | K::Float(_) | K::Str(_) | K::Bool(_) | K::FString(_) => true,
            K::Name(n) => {
                let ty = self
                    .name_place(n, scope)
                    .and_then(|p| self.place_ty(p, scope))
                    .map(|t| self.resolve(&t));
                match ty {
                    // The variable being assigned is not None if it was not
                    // before: `forget_assigned` keeps only facts that held.
                    Some(Ty::Optional(inner)) => {
                        (operand || me == Some(n.as_str())) && scalar(&inner)
                    }
                    Some(t) => scalar(&t),
                    None => false,
                }
            }
            K::Unary(_, x) => self.scalar_value(x, true, me, scope),
            // A string literal's `+`, `*` and `%` (printf formatting, whose
            // right operand may be a tuple) give a string; there are no
            // reflected operators that could return something else.
            K::Binary(_, a, _) if matches!(a.kind, K::Str(_) | K::FString(_)) => true,
            K::Binary(_, a, b) => {
                self.scalar_value(a, true, me, scope) && self.scalar_value(b, true, me, scope)
            }
            K::Compare(a, rest) => {
                self.scalar_value(a, true, me, scope)
                    && rest
                        .iter()
                        .all(|(_, x)| self.scalar_value(x, true, me, scope))
            }
            K::BoolOp(_, xs) => xs.iter().all(|x| self.scalar_value(x, false, me, scope)),
            K::IfExp { body, orelse, .. } => {
                self.scalar_value(body, false, me, scope)
                    && self.scalar_value(orelse, false, me, scope)
            }
            // An index or slice of a string is a string; an item of
            // `divmod` of numbers is a number.
            K::Subscript(base, _) => match &base.kind {
                K::Call {
                    func,
                    args,
                    keywords,
                } if matches!(&func.kind, K::Name(n) if n == "divmod" && builtin(n)) => {
                    keywords.is_empty()
                        && args.iter().all(|a| self.scalar_value(a, true, me, scope))
                }
                _ => self.scalar_value(base, true, me, scope),
            },
            K::Call {
                func,
                args,
                keywords,
            } => match &func.kind {
                // A method of a number or string returns a number, string,
                // bool, list or tuple, never None.
                K::Attribute(receiver, _) => self.scalar_value(receiver, true, me, scope),
                K::Name(n) => {
                    // A module function declared to return a scalar (the
                    // checker holds its body to that declaration).
                    if let (false, Some(Binding::Func(f))) =
                        (self.is_value_name(n, scope), self.lookup(n, scope))
                    {
                        return scalar(&self.resolve(&self.sigs[f.index()].ret));
                    }
                    // Conversions and arithmetic of scalars (`max(xs,
                    // default=None)` may be None: no keywords).
                    const SCALAR_RESULT: &[&str] = &[
                        "int", "float", "str", "bool", "abs", "round", "len", "ord", "chr", "min",
                        "max", "sum",
                    ];
                    // These give a scalar whatever their arguments (`sum`
                    // only adds numbers: see `methods.rs`).
                    let conversion = matches!(
                        n.as_str(),
                        "int" | "float" | "str" | "bool" | "len" | "chr" | "ord" | "sum"
                    );
                    SCALAR_RESULT.contains(&n.as_str())
                        && keywords.is_empty()
                        && builtin(n)
                        && (conversion
                            || args.iter().all(|a| self.scalar_value(a, true, me, scope)))
                }
                _ => false,
            },
            _ => false,
        }
    }

    /// A read of a narrowed place, or `None` if it is not narrowed.
    pub(super) fn narrowed_read(&self, p: Place, span: Span, scope: &Scope) -> Option<Expr> {
        let (_, t) = scope.narrow.iter().rev().find(|f| f.0 == p)?;
        let declared = self.place_ty(p, scope)?;
        let load = mk(declared.clone(), span, ExprKind::Load(p));
        Some(match self.resolve(&declared) {
            Ty::Optional(inner) => {
                let un = mk(
                    (*inner).clone(),
                    span,
                    ExprKind::Unwrap(Box::new(load), None),
                );
                if &*inner == t {
                    un
                } else {
                    mk(t.clone(), span, ExprKind::Cast(Box::new(un)))
                }
            }
            Ty::Float if *t == Ty::Int => numtower::num(NumOp::AsInt, Ty::Int, load),
            t if t.is_dynamic() => self.dyn_narrowed(
                load,
                &self.resolve(&scope.narrow.iter().rev().find(|f| f.0 == p)?.1),
            ),
            _ => mk(t.clone(), span, ExprKind::Cast(Box::new(load))),
        })
    }

    /// `if test: body else: orelse` with narrowing.
    pub(super) fn if_stmt(
        &mut self,
        test: &ast::Expr,
        body: &[ast::Stmt],
        orelse: &[ast::Stmt],
        scope: &mut Scope,
        out: &mut Vec<Stmt>,
    ) -> R<()> {
        // A test an instance of a template decides (`module_templates.rs`).
        if let Some(taken) = self.static_none_test(test, scope) {
            let b = self.nested(if taken { body } else { orelse }, scope);
            let yes = mk(Ty::Bool, test.span, ExprKind::Bool(true));
            out.push(Stmt::If(yes, b, vec![]));
            return Ok(());
        }
        let c = self.cond(test, scope)?;
        let (t, f) = self.facts(test, scope);
        let saved = scope.narrow.clone();
        scope.narrow.extend(t);
        let b = self.nested(body, scope);
        let after_body = std::mem::replace(&mut scope.narrow, saved);
        scope.narrow.extend(f);
        let o = self.nested(orelse, scope);
        let after_else = std::mem::take(&mut scope.narrow);
        scope.narrow = if !falls_through(body, &self.quiet_with) {
            after_else
        } else if !falls_through(orelse, &self.quiet_with) {
            after_body
        } else {
            after_body
                .into_iter()
                .filter(|x| after_else.contains(x))
                .collect()
        };
        out.push(Stmt::If(c, b, o));
        Ok(())
    }

    /// `raise [exc [from cause]]`.
    pub(super) fn raise_stmt(
        &mut self,
        exc: Option<&ast::Expr>,
        cause: Option<&ast::Expr>,
        span: Span,
        scope: &mut Scope,
        out: &mut Vec<Stmt>,
    ) -> R<()> {
        let exc = match exc {
            None => {
                if scope.handlers == 0 {
                    return err(
                        Kind::Unsupported,
                        span,
                        "a bare `raise` outside an `except` block is not supported by multigen",
                    );
                }
                None
            }
            Some(e) => Some(self.exception_value(e, scope)?),
        };
        let cause = match cause {
            None => None,
            Some(c) if matches!(c.kind, ast::ExprKind::None) => Some(None),
            Some(c) => Some(Some(self.exception_value(c, scope)?)),
        };
        out.push(Stmt::Raise { exc, cause, span });
        Ok(())
    }

    /// An exception instance, or an exception class to instantiate.
    fn exception_value(&mut self, e: &ast::Expr, scope: &mut Scope) -> R<Expr> {
        if let Some(c) = self.class_ref(e, scope) {
            return self
                .construct(c, &[], &[], e.span, scope)
                .and_then(|v| self.must_be_exception(v));
        }
        let v = self.expr(e, scope)?;
        let v = self.deopt(v)?;
        self.must_be_exception(v)
    }

    fn must_be_exception(&self, v: Expr) -> R<Expr> {
        match v.ty {
            Ty::Class(c) if self.classes[c.index()].is_exception => Ok(v),
            _ => err(
                Kind::Type,
                v.span,
                "exceptions must derive from BaseException",
            ),
        }
    }

    /// A name (or `dataclasses.Name`) that refers to a class.
    pub(super) fn class_ref(&self, e: &ast::Expr, scope: &Scope) -> Option<ClassId> {
        match &e.kind {
            ast::ExprKind::Name(n) if !self.is_value_name(n, scope) => {
                match self.lookup(n, scope) {
                    Some(Binding::Class(c)) => Some(c),
                    _ => None,
                }
            }
            ast::ExprKind::Attribute(b, a) => match &b.kind {
                ast::ExprKind::Name(m)
                    if !self.is_value_name(m, scope)
                        && self.lookup(m, scope) == Some(Binding::DataclassesModule)
                        && a.name == "FrozenInstanceError" =>
                {
                    self.class_named("FrozenInstanceError")
                }
                _ => None,
            },
            _ => None,
        }
    }

    fn handler_classes(&self, e: &ast::Expr, scope: &Scope) -> R<Vec<ClassId>> {
        let items: Vec<&ast::Expr> = match &e.kind {
            ast::ExprKind::Tuple(xs) => xs.iter().collect(),
            _ => vec![e],
        };
        let mut out = Vec::new();
        for x in items {
            match self.class_ref(x, scope) {
                Some(c) if self.classes[c.index()].is_exception => out.push(c),
                _ => {
                    return err(
                        Kind::Type,
                        x.span,
                        "catching classes that do not inherit from BaseException is not allowed",
                    )
                }
            }
        }
        Ok(out)
    }

    /// The closest class that all of `cs` derive from.
    fn common_base(&self, cs: &[ClassId]) -> ClassId {
        let mut c = cs[0];
        loop {
            if cs.iter().all(|&x| self.is_subclass(x, c)) {
                return c;
            }
            match self.classes[c.index()].parent {
                Some(p) => c = p,
                None => return c,
            }
        }
    }

    pub(super) fn try_stmt(
        &mut self,
        t: &ast::Try,
        scope: &mut Scope,
        out: &mut Vec<Stmt>,
    ) -> R<()> {
        if let Some(w) = &t.with {
            return self.with_stmt(t, w, scope, out);
        }
        // The body starts with what holds before the `try` (its own
        // assignments update that as it goes). Any statement of the body
        // may have run when a handler starts, and what the body
        // established does not hold after a handler.
        let entry = scope.narrow.clone();
        let body = self.nested(&t.body, scope);
        scope.narrow = entry;
        self.forget_assigned(&t.body, scope);
        let before = scope.narrow.clone();
        let mut handlers = Vec::new();
        for h in &t.handlers {
            let classes = match &h.ty {
                Some(e) => self.handler_classes(e, scope)?,
                None => vec![],
            };
            let base = if classes.is_empty() {
                self.class_named("BaseException").expect("runtime class")
            } else {
                self.common_base(&classes)
            };
            let var = h.name.as_ref().map(|n| {
                let l = self.temp(scope, Ty::Class(base));
                scope.locals[l.index()].name = n.name.clone();
                scope.shadow.push((n.name.clone(), l));
                l
            });
            scope.handlers += 1;
            let saved = scope.narrow.clone();
            let b = self.nested(&h.body, scope);
            scope.narrow = saved;
            self.forget_assigned(&h.body, scope);
            scope.handlers -= 1;
            if var.is_some() {
                scope.shadow.pop();
            }
            handlers.push(Handler {
                classes,
                var: var.map(Place::Local),
                body: b,
            });
        }
        let orelse = self.nested(&t.orelse, scope);
        scope.narrow = before;
        for b in try_blocks(t) {
            self.forget_assigned(b, scope);
        }
        let finalbody = self.nested(&t.finalbody, scope);
        out.push(Stmt::Try(Box::new(Try {
            body,
            handlers,
            orelse,
            finalbody,
        })));
        Ok(())
    }
}

/// The names in `stmts` assigned something other than an augmented
/// assignment's result or a value `never_none` vouches for (loop
/// variables, `except ... as` names and unpacking targets included).
fn assignments_that_may_be_none(
    stmts: &[ast::Stmt],
    never_none: &dyn Fn(&ast::Expr, Option<&str>) -> bool,
    out: &mut Vec<String>,
) {
    // The variable a simple target assigns.
    fn name(e: &ast::Expr) -> Option<&str> {
        match &e.kind {
            ast::ExprKind::Name(n) => Some(n),
            _ => None,
        }
    }
    fn all_names(e: &ast::Expr, out: &mut Vec<String>) {
        match &e.kind {
            ast::ExprKind::Name(n) => out.push(n.clone()),
            ast::ExprKind::Tuple(xs) | ast::ExprKind::List(xs) => {
                xs.iter().for_each(|x| all_names(x, out))
            }
            ast::ExprKind::Starred(x) => all_names(x, out),
            _ => {}
        }
    }
    for s in stmts {
        match &s.kind {
            // `a, b = x, y`: element by element.
            ast::StmtKind::Assign { targets, value } if targets.len() == 1 => {
                match (&targets[0].kind, &value.kind) {
                    (ast::ExprKind::Tuple(ts), ast::ExprKind::Tuple(vs))
                        if ts.len() == vs.len() =>
                    {
                        for (t, v) in ts.iter().zip(vs) {
                            if !never_none(v, name(t)) {
                                all_names(t, out);
                            }
                        }
                    }
                    _ if !never_none(value, name(&targets[0])) => all_names(&targets[0], out),
                    _ => {}
                }
            }
            ast::StmtKind::Assign { targets, value } if !never_none(value, None) => {
                targets.iter().for_each(|t| all_names(t, out));
            }
            ast::StmtKind::AnnAssign { target, value, .. }
                if !value.as_ref().is_some_and(|v| never_none(v, name(target))) =>
            {
                all_names(target, out);
            }
            ast::StmtKind::AugAssign { .. } => {}
            ast::StmtKind::For {
                target,
                body,
                orelse,
                ..
            } => {
                all_names(target, out);
                assignments_that_may_be_none(body, never_none, out);
                assignments_that_may_be_none(orelse, never_none, out);
            }
            ast::StmtKind::If { body, orelse, .. } | ast::StmtKind::While { body, orelse, .. } => {
                assignments_that_may_be_none(body, never_none, out);
                assignments_that_may_be_none(orelse, never_none, out);
            }
            ast::StmtKind::Try(t) => {
                for h in &t.handlers {
                    if let Some(n) = &h.name {
                        out.push(n.name.clone());
                    }
                }
                try_blocks(t).for_each(|b| assignments_that_may_be_none(b, never_none, out));
            }
            // A capture may bind None (the subject, or a part of it).
            ast::StmtKind::Match(m) => {
                for c in &m.cases {
                    let mut names = Vec::new();
                    c.pattern.bound_names(&mut names);
                    out.extend(names.into_iter().map(|n| n.name));
                    assignments_that_may_be_none(&c.body, never_none, out);
                }
            }
            _ => {}
        }
    }
}
