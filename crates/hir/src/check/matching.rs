//! The `match` statement (PEP 634), lowered into `if` statements over
//! hidden variables, with CPython 3.11's semantics.
//!
//! The subject is evaluated once into a hidden variable (a function's own
//! local subject is read in place instead, so that a class pattern narrows
//! it in the case body, as mypy does). Each pattern becomes a list of
//! [`Step`]s in CPython's order: tests on a value (its length, its class,
//! `==` a literal, a key present), hidden variables holding its parts
//! (`s[0]`, `s.x`, `d["k"]`, the list of a starred part), and the
//! captures, which are plain assignments made once the whole pattern has
//! matched, before the guard. The steps become nested `if`s, each test
//! narrowing what it tested (`isinstance` or not-None facts of `flow.rs`),
//! so the reads of the parts are typed like the source reads would be.
//! What a test means is decided by the static type of the value: a
//! sequence pattern on a `list` or `tuple[T, ...]` tests the length, on a
//! fixed-shape tuple it is decided at compile time, and on a `str`, a
//! `dict` or an object it never matches, as in CPython.
//!
//! A case whose pattern is a single test and has no guard, or has no test
//! and a guard, is an `if` whose `else` holds the next cases; any other
//! case clears a hidden flag when its body starts, and the next cases run
//! only while the flag is set. `falls_through` sees the statement itself
//! (`ast::Match::exhaustive`).

use super::spread_call::{name, node};
use super::*;

/// One step of matching a pattern; values are named by the labels of the
/// hidden variables holding them (or by the subject's own name).
enum Step<'a> {
    /// A test of the value: the rest happens only if it holds.
    Test(String, Test<'a>, Span),
    /// A new hidden variable `label` holding a part of the value.
    Let(String, String, Access<'a>, Span),
    /// `name = value`, once the whole pattern has matched.
    Bind(&'a ast::Ident, String),
    /// Alternatives, each with its own steps; they bind the same names.
    Or(Vec<Vec<Step<'a>>>, Span),
    /// CPython's `TypeError` for a class pattern with more positional
    /// sub-patterns than `__match_args__` names.
    Raise(String, Span),
}

enum Test<'a> {
    /// A list or tuple of exactly (or, with a star, at least) this length.
    Seq(usize, bool),
    /// A dict.
    Mapping,
    /// An instance of the class written in a class pattern.
    Class(&'a ast::Expr),
    /// `== value`.
    Value(&'a ast::Expr),
    /// `is True`, `is False` or `is None`.
    Singleton(&'a ast::Expr),
    /// A key the dict holds.
    HasKey(&'a ast::Expr),
    /// An attribute the object has (a field may be unset).
    HasAttr(String),
    /// Any of several tests (an or-pattern of tests alone).
    Any(Vec<Test<'a>>),
}

enum Access<'a> {
    /// An element by index (negative from the end).
    Item(i64),
    /// The list of the elements from the first index up to the second
    /// from the end.
    Star(usize, usize),
    /// The value of a key.
    Get(&'a ast::Expr),
    /// A copy of the dict without these keys.
    Rest(&'a [ast::Expr]),
    /// An attribute.
    Attr(String),
}

/// What the innermost part of a case does once its pattern has matched:
/// called with the captures (name, label of the value).
type Inner<'i> = dyn FnMut(&mut Checker, &[(ast::Ident, String)], &mut Scope) -> R<Vec<Stmt>> + 'i;

/// The built-in classes whose class pattern's one positional sub-pattern
/// matches the subject itself.
const SELF_MATCHING: &[&str] = &[
    "bool",
    "bytearray",
    "bytes",
    "dict",
    "float",
    "frozenset",
    "int",
    "list",
    "set",
    "str",
    "tuple",
];

impl Checker {
    /// `match subject: case ...`.
    pub(super) fn match_stmt(
        &mut self,
        s: &ast::Stmt,
        m: &ast::Match,
        scope: &mut Scope,
        out: &mut Vec<Stmt>,
    ) -> R<()> {
        let depth = scope.shadow.len();
        let entry = scope.narrow.clone();
        // A `match` in a case body of another must not disturb its state.
        let state = self.matching;
        let r = self.match_inner(m, s.span, scope, out);
        self.matching = state;
        scope.shadow.truncate(depth);
        // What held before still holds, except for what the cases assign.
        scope.narrow = entry;
        self.forget_assigned(std::slice::from_ref(s), scope);
        r
    }

    fn match_inner(
        &mut self,
        m: &ast::Match,
        span: Span,
        scope: &mut Scope,
        out: &mut Vec<Stmt>,
    ) -> R<()> {
        let mut bound = Vec::new();
        for c in &m.cases {
            c.pattern.bound_names(&mut bound);
        }
        let subject = match &m.subject.kind {
            ast::ExprKind::Name(n)
                if !scope.is_module
                    && scope.binding(n).is_some()
                    && !bound.iter().any(|b| &b.name == n)
                    && !self.nonlocal_anywhere(n) =>
            {
                // Read once for its `UnboundLocalError`, as CPython does.
                let v = self.expr(&m.subject, scope)?;
                out.push(Stmt::Expr(v));
                n.clone()
            }
            _ => {
                let v = self.expr(&m.subject, scope)?;
                if matches!(self.resolve(&v.ty), Ty::Var(_)) {
                    return err(
                        Kind::Unsupported,
                        m.subject.span,
                        "a `match` subject whose type is not known yet (an empty display) is not supported by multigen",
                    );
                }
                let label = format!("match#{}", span.start);
                let l = self.hidden(scope, "match", v.ty.clone());
                out.push(Stmt::Assign(Target::Place(Place::Local(l)), v));
                scope.shadow.push((label.clone(), l));
                label
            }
        };
        scope.conditional += 1;
        let mut chain = Chain { flag: None, span };
        let r = self.cases(&m.cases, &subject, &mut chain, scope);
        scope.conditional -= 1;
        out.extend(r?);
        Ok(())
    }

    /// The end of a function declared to return a value that is reached
    /// only if a `match` statement taken to always run a case does not
    /// (a field its last case reads is unset, where mypy assumes it set):
    /// CPython would return None, which the function's type excludes, so
    /// that end raises instead of being left unreachable.
    pub(super) fn match_fallback(
        &mut self,
        def: &ast::FunctionDef,
        scope: &mut Scope,
        body: &mut Vec<Stmt>,
    ) -> R<()> {
        if self.match_info.assumed.is_empty() || scope.gen.is_some() {
            return Ok(());
        }
        let definite: HashSet<Span> = self
            .quiet_with
            .difference(&self.match_info.assumed)
            .copied()
            .collect();
        if !falls_through(&def.body, &definite) {
            return Ok(());
        }
        let span = def.name.span;
        let msg = format!(
            "no case of a match statement matched (a field its last case reads is not set), and '{}' cannot return None",
            def.name.name
        );
        let exc = node(
            span,
            ast::ExprKind::Call {
                func: Box::new(name(span, "RuntimeError")),
                args: vec![node(span, ast::ExprKind::Str(msg))],
                keywords: vec![],
            },
        );
        self.raise_stmt(Some(&exc), None, span, scope, body)
    }

    /// Whether some function of the module declares `n` nonlocal: a call
    /// in a guard might then rebind a local subject of that name, which
    /// CPython would not see, so it is copied like any other subject.
    fn nonlocal_anywhere(&mut self, n: &str) -> bool {
        fn walk(stmts: &[ast::Stmt], names: &mut HashSet<String>) {
            each_stmt(stmts, &mut |s| match &s.kind {
                ast::StmtKind::Nonlocal(ns) => names.extend(ns.iter().map(|i| i.name.clone())),
                ast::StmtKind::FunctionDef(d) => walk(&d.body, names),
                _ => {}
            });
        }
        if self.match_info.nonlocal.is_none() {
            let mut names = HashSet::new();
            let defs = self.defs.iter().map(|d| &d.1);
            let methods = self.method_defs.iter().map(|d| &d.2);
            for d in defs.chain(methods).chain(self.generics.values()) {
                walk(&d.body, &mut names);
            }
            self.match_info.nonlocal = Some(names);
        }
        self.match_info
            .nonlocal
            .as_ref()
            .is_some_and(|s| s.contains(n))
    }

    /// The cases from the first of `cases` on.
    fn cases(
        &mut self,
        cases: &[ast::MatchCase],
        subject: &str,
        chain: &mut Chain,
        scope: &mut Scope,
    ) -> R<Vec<Stmt>> {
        let Some((case, rest)) = cases.split_first() else {
            return Ok(Vec::new());
        };
        multigen_syntax::with_stack(|| self.case(case, rest, subject, chain, scope))
    }

    fn case(
        &mut self,
        case: &ast::MatchCase,
        rest: &[ast::MatchCase],
        subject: &str,
        chain: &mut Chain,
        scope: &mut Scope,
    ) -> R<Vec<Stmt>> {
        let depth = scope.shadow.len();
        let mut defines = false;
        each_stmt(&case.body, &mut |s| {
            defines |= matches!(
                s.kind,
                ast::StmtKind::FunctionDef(_) | ast::StmtKind::ClassDef(_)
            )
        });
        self.matching.keep_dead = defines;
        let mut steps = Vec::new();
        let mut n = 0;
        self.steps(&case.pattern, subject, &mut steps, &mut n, scope)?;
        let tests = steps
            .iter()
            .filter(|s| !matches!(s, Step::Let(..) | Step::Bind(..)))
            .count();
        let guard = case.guard.as_ref();
        let mut out = Vec::new();
        let chained = !rest.is_empty()
            && match (guard, steps.first()) {
                (None, Some(Step::Test(..))) => tests == 1,
                (Some(_), _) => tests == 0,
                (None, _) => false,
            };
        if chained {
            // `if test: body else: <next cases>`, or for an irrefutable
            // pattern with a guard, `if guard: body else: <next cases>`
            // after the captures.
            let (first, tail) = if guard.is_none() {
                steps
                    .split_first()
                    .map_or((None, &steps[..]), |(f, t)| (Some(f), t))
            } else {
                (None, &steps[..])
            };
            let (cond, yes, no) = match first {
                Some(Step::Test(v, t, sp)) => self.test(v, t, *sp, scope)?,
                _ => (None, vec![], vec![]),
            };
            let never = cond.as_ref().is_some_and(is_never);
            let saved = scope.narrow.clone();
            scope.narrow.extend(yes);
            let mut else_facts = no;
            let mut binds = Vec::new();
            let mut inner = |cx: &mut Checker, b: &[(ast::Ident, String)], scope: &mut Scope| {
                let (out, f) = cx.case_body(case, b, None, scope)?;
                else_facts.extend(f);
                Ok(out)
            };
            let body = if never {
                self.dead(tail, &mut binds, scope, &mut inner)
            } else {
                self.emit(tail, &mut binds, scope, &mut inner)
            };
            scope.narrow = saved;
            let mut body = body?;
            scope.shadow.truncate(depth);
            let saved = scope.narrow.clone();
            scope.narrow.extend(else_facts);
            let next = self.cases(rest, subject, chain, scope);
            scope.narrow = saved;
            let next = next?;
            match cond {
                Some(c) => out.push(Stmt::If(c, body, next)),
                // The guard's `if` ends the body (after the captures).
                None if guard.is_some() => {
                    if let Some(Stmt::If(_, _, orelse)) = body.last_mut() {
                        *orelse = next;
                    }
                    out.extend(body);
                }
                // A test that always holds (a sequence pattern of the
                // right length on a fixed-shape tuple): the next cases
                // never run, but they are checked like the rest.
                None => {
                    let yes = mk(Ty::Bool, case.pattern.span, ExprKind::Bool(true));
                    out.push(Stmt::If(yes, body, next));
                }
            }
            return Ok(out);
        }
        // The general case: the cases after this one run while `flag` is
        // set, and this one clears it when its body starts.
        let pending = if rest.is_empty() {
            None
        } else {
            let f = *chain
                .flag
                .get_or_insert_with(|| self.hidden(scope, "pending", Ty::Bool));
            out.push(Stmt::Assign(
                Target::Place(Place::Local(f)),
                mk(Ty::Bool, case.pattern.span, ExprKind::Bool(true)),
            ));
            Some(f)
        };
        let sp = case.pattern.span;
        let clear = move || {
            pending.map(|f| {
                Stmt::Assign(
                    Target::Place(Place::Local(f)),
                    mk(Ty::Bool, sp, ExprKind::Bool(false)),
                )
            })
        };
        let mut inner = |cx: &mut Checker, b: &[(ast::Ident, String)], scope: &mut Scope| {
            Ok(cx.case_body(case, b, clear(), scope)?.0)
        };
        let mut binds = Vec::new();
        let saved = scope.narrow.clone();
        self.matching.refutable = false;
        self.matching.assumed = false;
        let body = self.emit(&steps, &mut binds, scope, &mut inner);
        scope.narrow = saved;
        out.extend(body?);
        // A last case without a guard whose tests all hold for the
        // subject's type (`case Node(v, kids)` on a `Node`) always runs.
        if rest.is_empty() && guard.is_none() && !self.matching.refutable {
            self.quiet_with.insert(chain.span);
            if self.matching.assumed {
                self.match_info.assumed.insert(chain.span);
            }
        }
        scope.shadow.truncate(depth);
        if let Some(f) = pending {
            let next = self.cases(rest, subject, chain, scope)?;
            let still = mk(Ty::Bool, sp, ExprKind::Load(Place::Local(f)));
            out.push(Stmt::If(still, next, vec![]));
        }
        Ok(out)
    }

    /// The captures, then the body (starting with `first`) under the
    /// guard's `if`; also what holds when the guard is false.
    fn case_body(
        &mut self,
        case: &ast::MatchCase,
        binds: &[(ast::Ident, String)],
        first: Option<Stmt>,
        scope: &mut Scope,
    ) -> R<(Vec<Stmt>, Vec<flow::Fact>)> {
        let mut out = self.bind(binds, scope)?;
        let mut body: Vec<Stmt> = first.into_iter().collect();
        let Some(g) = &case.guard else {
            body.extend(self.nested(&case.body, scope));
            out.extend(body);
            return Ok((out, vec![]));
        };
        let c = self.cond(g, scope)?;
        let (t, f) = self.facts(g, scope);
        let saved = scope.narrow.clone();
        scope.narrow.extend(t);
        body.extend(self.nested(&case.body, scope));
        scope.narrow = saved;
        out.push(Stmt::If(c, body, vec![]));
        Ok((out, f))
    }

    /// The captures: `name = value` for each.
    fn bind(&mut self, binds: &[(ast::Ident, String)], scope: &mut Scope) -> R<Vec<Stmt>> {
        let mut out = Vec::new();
        for (n, label) in binds {
            let s = ast::Stmt {
                span: n.span,
                kind: ast::StmtKind::Assign {
                    targets: vec![name(n.span, &n.name)],
                    value: name(n.span, label),
                },
            };
            self.stmt(&s, scope, &mut out)?;
        }
        Ok(out)
    }

    /// Appends the steps of pattern `p` matched against the value `v`.
    /// `n` numbers the hidden variables of the case.
    fn steps<'a>(
        &mut self,
        p: &'a ast::Pattern,
        v: &str,
        out: &mut Vec<Step<'a>>,
        n: &mut usize,
        scope: &Scope,
    ) -> R<()> {
        use ast::PatternKind as P;
        let part = |n: &mut usize| {
            *n += 1;
            format!("{v}.{}", *n)
        };
        match &p.kind {
            P::Value(e) => out.push(Step::Test(v.into(), Test::Value(e), p.span)),
            P::Singleton(e) => out.push(Step::Test(v.into(), Test::Singleton(e), p.span)),
            P::As { pattern, name } => {
                if let Some(q) = pattern {
                    self.steps(q, v, out, n, scope)?;
                }
                if let Some(id) = name {
                    out.push(Step::Bind(id, v.into()));
                }
            }
            P::Star(_) => unreachable!("the parser keeps `*x` inside sequence patterns"),
            P::Sequence(ps) => {
                let star = ps.iter().position(|q| matches!(q.kind, P::Star(_)));
                let fixed = ps.len() - star.is_some() as usize;
                out.push(Step::Test(
                    v.into(),
                    Test::Seq(fixed, star.is_some()),
                    p.span,
                ));
                for (i, q) in ps.iter().enumerate() {
                    let access = match star {
                        Some(s) if i == s => {
                            let P::Star(Some(id)) = &q.kind else {
                                continue;
                            };
                            let label = part(n);
                            out.push(Step::Let(
                                label.clone(),
                                v.into(),
                                Access::Star(s, ps.len() - s - 1),
                                q.span,
                            ));
                            out.push(Step::Bind(id, label));
                            continue;
                        }
                        Some(s) if i > s => Access::Item(i as i64 - ps.len() as i64),
                        _ => Access::Item(i as i64),
                    };
                    if is_wildcard(q) {
                        continue;
                    }
                    let label = part(n);
                    out.push(Step::Let(label.clone(), v.into(), access, q.span));
                    self.steps(q, &label, out, n, scope)?;
                }
            }
            P::Mapping {
                keys,
                patterns,
                rest,
            } => {
                out.push(Step::Test(v.into(), Test::Mapping, p.span));
                // CPython looks every key up before it matches the values.
                let mut values = Vec::new();
                for (k, q) in keys.iter().zip(patterns) {
                    out.push(Step::Test(v.into(), Test::HasKey(k), k.span));
                    if is_wildcard(q) {
                        continue;
                    }
                    let label = part(n);
                    out.push(Step::Let(label.clone(), v.into(), Access::Get(k), q.span));
                    values.push((label, q));
                }
                if let Some(id) = rest {
                    let label = part(n);
                    out.push(Step::Let(
                        label.clone(),
                        v.into(),
                        Access::Rest(keys),
                        id.span,
                    ));
                    out.push(Step::Bind(id, label));
                }
                for (label, q) in values {
                    self.steps(q, &label, out, n, scope)?;
                }
            }
            P::Class {
                cls,
                args,
                keywords,
            } => {
                let ast::ExprKind::Name(cname) = &cls.kind else {
                    return err(
                        Kind::Unsupported,
                        cls.span,
                        "a class pattern whose class is not a plain name is not supported by multigen yet",
                    );
                };
                out.push(Step::Test(v.into(), Test::Class(cls), p.span));
                let user = match self.lookup(cname, scope) {
                    Some(Binding::Class(c)) if c != OBJECT_CLASS => Some(c),
                    _ => None,
                };
                let Some(c) = user else {
                    // A built-in class: one positional sub-pattern matches
                    // the subject itself.
                    if let Some((_, q)) = keywords.first() {
                        return err(
                            Kind::Unsupported,
                            q.span,
                            format!("a keyword sub-pattern in a class pattern of '{cname}' is not supported by multigen"),
                        );
                    }
                    let most = SELF_MATCHING.contains(&cname.as_str()) as usize;
                    if args.len() > most {
                        out.push(Step::Raise(accepts(cname, most, args.len()), p.span));
                        return Ok(());
                    }
                    if let Some(q) = args.first() {
                        self.steps(q, v, out, n, scope)?;
                    }
                    return Ok(());
                };
                let match_args = self.match_args(c)?;
                if args.len() > match_args.len() {
                    out.push(Step::Raise(
                        accepts(cname, match_args.len(), args.len()),
                        p.span,
                    ));
                    return Ok(());
                }
                let named = match_args
                    .iter()
                    .zip(args)
                    .map(|(a, q)| (a.as_str(), q))
                    .chain(keywords.iter().map(|(k, q)| (k.name.as_str(), q)));
                // CPython reads every attribute before it matches the
                // values.
                let mut values = Vec::new();
                for (i, (attr, q)) in named.enumerate() {
                    if i >= args.len() && match_args[..args.len()].iter().any(|a| a == attr) {
                        out.push(Step::Raise(
                            format!("{cname}() got multiple sub-patterns for attribute '{attr}'"),
                            p.span,
                        ));
                        return Ok(());
                    }
                    out.push(Step::Test(v.into(), Test::HasAttr(attr.into()), q.span));
                    let label = part(n);
                    out.push(Step::Let(
                        label.clone(),
                        v.into(),
                        Access::Attr(attr.into()),
                        q.span,
                    ));
                    values.push((label, q));
                }
                for (label, q) in values {
                    self.steps(q, &label, out, n, scope)?;
                }
            }
            P::Or(alts) => {
                let mut each = Vec::new();
                for a in alts {
                    let mut s = Vec::new();
                    self.steps(a, v, &mut s, n, scope)?;
                    each.push(s);
                }
                // Alternatives that are one test each are one test.
                if each.iter().all(|s| matches!(&s[..], [Step::Test(..)])) {
                    let tests = each
                        .into_iter()
                        .map(|mut s| match s.pop() {
                            Some(Step::Test(_, t, _)) => t,
                            _ => unreachable!(),
                        })
                        .collect();
                    out.push(Step::Test(v.into(), Test::Any(tests), p.span));
                } else {
                    out.push(Step::Or(each, p.span));
                }
            }
        }
        Ok(())
    }

    /// The attribute names of a class's `__match_args__`: written in the
    /// class body (a tuple of string literals), or generated by
    /// `@dataclass` (its fields), found on the class or its bases in
    /// method resolution order.
    fn match_args(&mut self, c: ClassId) -> R<Vec<String>> {
        let mut order = self.classes[c.index()].mro.clone();
        if order.is_empty() {
            let mut k = Some(c);
            while let Some(cl) = k {
                order.push(cl);
                k = self.classes[cl.index()].parent;
            }
        }
        for cl in order {
            self.ensure_fields(cl);
            let info = &self.classes[cl.index()];
            let written = info.def.as_ref().and_then(|d| {
                d.body.iter().find_map(|s| match &s.kind {
                    ast::StmtKind::Assign { targets, value } => targets
                        .iter()
                        .any(|t| matches!(&t.kind, ast::ExprKind::Name(n) if n == "__match_args__"))
                        .then_some(value),
                    ast::StmtKind::AnnAssign {
                        target,
                        value: Some(value),
                        ..
                    } if matches!(&target.kind, ast::ExprKind::Name(n) if n == "__match_args__") => {
                        Some(value)
                    }
                    _ => None,
                })
            });
            if let Some(value) = written {
                let names = match &value.kind {
                    ast::ExprKind::Tuple(xs) => xs
                        .iter()
                        .map(|x| match &x.kind {
                            ast::ExprKind::Str(s) => Some(s.clone()),
                            _ => None,
                        })
                        .collect::<Option<Vec<_>>>(),
                    _ => None,
                };
                return names.ok_or_else(|| {
                    Diagnostic::new(
                        Kind::Unsupported,
                        value.span,
                        "a `__match_args__` that is not a tuple of string literals is not supported by multigen",
                    )
                });
            }
            if info.dataclass.is_some() {
                return Ok(info.dc_defaults.iter().map(|d| d.0.clone()).collect());
            }
        }
        Ok(Vec::new())
    }

    /// The statements for `steps`, then `inner` with the captures.
    fn emit(
        &mut self,
        steps: &[Step],
        binds: &mut Vec<(ast::Ident, String)>,
        scope: &mut Scope,
        inner: &mut Inner,
    ) -> R<Vec<Stmt>> {
        let Some((first, rest)) = steps.split_first() else {
            return inner(self, binds, scope);
        };
        match first {
            Step::Bind(id, label) => {
                binds.push(((*id).clone(), label.clone()));
                let r = self.emit(rest, binds, scope, inner);
                binds.pop();
                r
            }
            Step::Let(label, v, access, span) => {
                let mut out = Vec::new();
                let l = self.access(v, access, *span, scope, &mut out)?;
                scope.shadow.push((label.clone(), l));
                out.extend(self.emit(rest, binds, scope, inner)?);
                Ok(out)
            }
            Step::Test(v, t, span) => {
                let (cond, facts, _) = self.test(v, t, *span, scope)?;
                // Whether a field is set is assumed for the statement's
                // exhaustiveness (as mypy assumes it), but still tested.
                if matches!(t, Test::HasAttr(_)) {
                    self.matching.assumed |= cond.is_some();
                } else {
                    self.matching.refutable |= cond.is_some();
                }
                if let Some(c) = cond.as_ref().filter(|c| is_never(c)) {
                    let body = self.dead(rest, binds, scope, inner)?;
                    return Ok(vec![Stmt::If(c.clone(), body, vec![])]);
                }
                let saved = scope.narrow.clone();
                scope.narrow.extend(facts);
                let body = self.emit(rest, binds, scope, inner);
                scope.narrow = saved;
                let body = body?;
                Ok(match cond {
                    Some(c) => vec![Stmt::If(c, body, vec![])],
                    None => body,
                })
            }
            Step::Raise(msg, span) => {
                self.matching.refutable = true;
                let exc = node(
                    *span,
                    ast::ExprKind::Call {
                        func: Box::new(name(*span, "TypeError")),
                        args: vec![node(*span, ast::ExprKind::Str(msg.clone()))],
                        keywords: vec![],
                    },
                );
                // Raised by a call located at the pattern, so that the
                // traceback underlines it as CPython's does.
                let exc = self.expr(&exc, scope)?;
                let raise = ExprKind::Runtime("mg_raise_exc", vec![exc]);
                Ok(vec![Stmt::Expr(mk(Ty::None, *span, raise))])
            }
            Step::Or(alts, span) => {
                self.matching.refutable = true;
                self.or_steps(alts, *span, rest, binds, scope, inner)
            }
        }
    }

    /// The rest of a pattern after a test that never holds (a sequence
    /// pattern on a `str` has no elements to read): like mypy, which does
    /// not check unreachable code, nothing, unless the case body defines a
    /// function or class, which must be checked like every other: then the
    /// body, after the captures of the values that exist.
    fn dead(
        &mut self,
        steps: &[Step],
        binds: &mut Vec<(ast::Ident, String)>,
        scope: &mut Scope,
        inner: &mut Inner,
    ) -> R<Vec<Stmt>> {
        if !self.matching.keep_dead {
            return Ok(Vec::new());
        }
        let n = binds.len();
        for s in steps {
            if let Step::Bind(id, label) = s {
                if self.name_place(label, scope).is_some() {
                    binds.push(((*id).clone(), label.clone()));
                }
            }
        }
        let r = inner(self, binds, scope);
        binds.truncate(n);
        r
    }

    /// An or-pattern whose alternatives are more than single tests: each
    /// alternative copies its captures into hidden variables shared by all
    /// and sets a flag; the rest follows if the flag is set.
    fn or_steps(
        &mut self,
        alts: &[Vec<Step>],
        span: Span,
        rest: &[Step],
        binds: &mut Vec<(ast::Ident, String)>,
        scope: &mut Scope,
        inner: &mut Inner,
    ) -> R<Vec<Stmt>> {
        let flag = self.hidden(scope, "matched", Ty::Bool);
        let mut out = vec![Stmt::Assign(
            Target::Place(Place::Local(flag)),
            mk(Ty::Bool, span, ExprKind::Bool(false)),
        )];
        let mut shared: Vec<(ast::Ident, LocalId)> = Vec::new();
        for (i, alt) in alts.iter().enumerate() {
            let mut copy = |cx: &mut Checker, b: &[(ast::Ident, String)], scope: &mut Scope| {
                let mut out = Vec::new();
                for (id, label) in b {
                    let v = cx.expr(&name(id.span, label), scope)?;
                    let l = match shared.iter().find(|s| s.0.name == id.name) {
                        Some((_, l)) => {
                            let t = scope.local_types[l.index()].clone().unwrap_or(Ty::None);
                            let found = cx.resolve(&v.ty);
                            let v = cx.expect(v, &t, "").map_err(|_| {
                                Diagnostic::new(
                                    Kind::Unsupported,
                                    id.span,
                                    format!(
                                        "alternative patterns binding '{}' to values of different types ({} and {found}) are not supported by multigen (it has no union types)",
                                        id.name,
                                        cx.resolve(&t)
                                    ),
                                )
                            })?;
                            out.push(Stmt::Assign(Target::Place(Place::Local(*l)), v));
                            continue;
                        }
                        None => {
                            let l = cx.hidden(scope, "alt", v.ty.clone());
                            shared.push((id.clone(), l));
                            l
                        }
                    };
                    out.push(Stmt::Assign(Target::Place(Place::Local(l)), v));
                }
                out.push(Stmt::Assign(
                    Target::Place(Place::Local(flag)),
                    mk(Ty::Bool, span, ExprKind::Bool(true)),
                ));
                Ok(out)
            };
            let mut alt_binds = Vec::new();
            let saved = scope.narrow.clone();
            let stmts = self.emit(alt, &mut alt_binds, scope, &mut copy);
            scope.narrow = saved;
            let stmts = stmts?;
            if i == 0 {
                out.extend(stmts);
            } else {
                let done = mk(Ty::Bool, span, ExprKind::Load(Place::Local(flag)));
                out.push(Stmt::If(done, vec![], stmts));
            }
        }
        let n = binds.len();
        for (id, l) in shared {
            let label = format!("match#alt{}", l.0);
            scope.shadow.push((label.clone(), l));
            binds.push((id, label));
        }
        let body = self.emit(rest, binds, scope, inner);
        binds.truncate(n);
        let matched = mk(Ty::Bool, span, ExprKind::Load(Place::Local(flag)));
        out.push(Stmt::If(matched, body?, vec![]));
        Ok(out)
    }

    /// The value a hidden variable reads as.
    fn value(&mut self, v: &str, span: Span, scope: &mut Scope) -> R<Expr> {
        self.expr(&name(span, v), scope)
    }

    /// A new hidden variable holding a part of `v`, assigned in `out`.
    fn access(
        &mut self,
        v: &str,
        access: &Access,
        span: Span,
        scope: &mut Scope,
        out: &mut Vec<Stmt>,
    ) -> R<LocalId> {
        let whole = self.value(v, span, scope)?;
        let ty = self.resolve(&whole.ty);
        let sub = |i: i64| {
            node(
                span,
                ast::ExprKind::Subscript(Box::new(name(span, v)), Box::new(int(span, i))),
            )
        };
        let e = match access {
            Access::Item(i) => {
                let i = match &ty {
                    Ty::Tuple(ts) if *i < 0 => ts.len() as i64 + i,
                    _ => *i,
                };
                self.expr(&sub(i), scope)?
            }
            Access::Star(from, after) => match &ty {
                Ty::Tuple(ts) => {
                    let mid = &ts[*from..ts.len() - after];
                    if mid.iter().any(|t| self.resolve(t) != self.resolve(&mid[0])) {
                        return err(
                            Kind::Unsupported,
                            span,
                            format!(
                                "a starred capture of tuple fields of different types ({}) is not supported by multigen (it would be a list of mixed types)",
                                mid.iter().map(|t| self.resolve(t).to_string()).collect::<Vec<_>>().join(", ")
                            ),
                        );
                    }
                    let items = (*from..ts.len() - after).map(|i| sub(i as i64)).collect();
                    self.expr(&node(span, ast::ExprKind::List(items)), scope)?
                }
                _ => {
                    let bound = |i: i64| (i != 0).then(|| Box::new(int(span, i)));
                    let slice = node(
                        span,
                        ast::ExprKind::Slice {
                            lower: bound(*from as i64),
                            upper: bound(-(*after as i64)),
                            step: None,
                        },
                    );
                    let s = node(
                        span,
                        ast::ExprKind::Subscript(Box::new(name(span, v)), Box::new(slice)),
                    );
                    let s = self.expr(&s, scope)?;
                    match self.resolve(&s.ty) {
                        Ty::VarTuple(t) => self.list_of_value(s, *t, scope)?,
                        _ => s,
                    }
                }
            },
            Access::Get(k) => {
                let g = node(
                    span,
                    ast::ExprKind::Subscript(Box::new(name(span, v)), Box::new((*k).clone())),
                );
                self.expr(&g, scope)?
            }
            Access::Attr(a) => {
                let ident = ast::Ident {
                    name: a.clone(),
                    span,
                };
                self.expr(
                    &node(
                        span,
                        ast::ExprKind::Attribute(Box::new(name(span, v)), ident),
                    ),
                    scope,
                )?
            }
            Access::Rest(keys) => {
                let copy = node(
                    span,
                    ast::ExprKind::Call {
                        func: Box::new(node(
                            span,
                            ast::ExprKind::Attribute(
                                Box::new(name(span, v)),
                                ast::Ident {
                                    name: "copy".into(),
                                    span,
                                },
                            ),
                        )),
                        args: vec![],
                        keywords: vec![],
                    },
                );
                let c = self.expr(&copy, scope)?;
                let l = self.hidden(scope, "rest", c.ty.clone());
                out.push(Stmt::Assign(Target::Place(Place::Local(l)), c));
                let label = format!("match#rest{}", l.0);
                scope.shadow.push((label.clone(), l));
                for k in keys.iter() {
                    let del = ast::Stmt {
                        span,
                        kind: ast::StmtKind::Delete(vec![node(
                            span,
                            ast::ExprKind::Subscript(
                                Box::new(name(span, &label)),
                                Box::new(k.clone()),
                            ),
                        )]),
                    };
                    self.stmt(&del, scope, out)?;
                }
                return Ok(l);
            }
        };
        let l = self.hidden(scope, "part", e.ty.clone());
        out.push(Stmt::Assign(Target::Place(Place::Local(l)), e));
        Ok(l)
    }

    /// A test of `v`: the condition (`None` when it always holds), and the
    /// facts that hold when it is true and when it is false.
    #[allow(clippy::type_complexity)]
    fn test(
        &mut self,
        v: &str,
        t: &Test,
        span: Span,
        scope: &mut Scope,
    ) -> R<(Option<Expr>, Vec<flow::Fact>, Vec<flow::Fact>)> {
        let whole = self.value(v, span, scope)?;
        let ty = self.resolve(&whole.ty);
        let place = self.name_place(v, scope);
        let never = || {
            Ok((
                Some(mk(Ty::Bool, span, ExprKind::Bool(false))),
                vec![],
                vec![],
            ))
        };
        // An `Optional` value: not None, then the test of the value.
        if let (Ty::Optional(inner), Some(p)) = (&ty, place) {
            if !matches!(
                t,
                Test::Singleton(_) | Test::Value(_) | Test::Any(_) | Test::Class(_)
            ) {
                let not_none = mk(
                    Ty::Bool,
                    span,
                    ExprKind::Unary(
                        UnOp::Not,
                        Box::new(mk(Ty::Bool, span, ExprKind::IsNone(Box::new(whole)))),
                    ),
                );
                let fact = (p, (**inner).clone());
                scope.narrow.push(fact.clone());
                let r = self.test(v, t, span, scope);
                scope.narrow.pop();
                let (cond, mut yes, _) = r?;
                if cond.as_ref().is_some_and(is_never) {
                    return never();
                }
                yes.push(fact);
                let cond = match cond {
                    None => not_none,
                    Some(c) => mk(Ty::Bool, span, ExprKind::And(vec![not_none, c])),
                };
                return Ok((Some(cond), yes, vec![]));
            }
        }
        match t {
            Test::Seq(n, star) => match &ty {
                Ty::List(_) | Ty::VarTuple(_) => {
                    let len = mk(Ty::Int, span, ExprKind::Len(Box::new(whole)));
                    let op = if *star { CmpOp::Ge } else { CmpOp::Eq };
                    let n = mk(Ty::Int, span, ExprKind::Int(*n as i64));
                    let c = ExprKind::Compare(vec![len, n], vec![(op, CmpKind::Int)]);
                    Ok((Some(mk(Ty::Bool, span, c)), vec![], vec![]))
                }
                Ty::Tuple(ts) if ts.len() == *n || (*star && ts.len() > *n) => {
                    Ok((None, vec![], vec![]))
                }
                Ty::Range => err(
                    Kind::Unsupported,
                    span,
                    "a sequence pattern on a `range` is not supported by multigen yet",
                ),
                _ => never(),
            },
            Test::Mapping => match &ty {
                Ty::Dict(..) => Ok((None, vec![], vec![])),
                _ => never(),
            },
            Test::HasKey(k) => {
                let Ty::Dict(kt, _) = &ty else {
                    return never();
                };
                let key = self.expr(k, scope)?;
                let kty = self.resolve(&key.ty);
                let kt = self.resolve(kt);
                if kty != kt {
                    if is_numeric(&kty) && is_numeric(&kt) {
                        return err(
                            Kind::Unsupported,
                            k.span,
                            format!("a key of type {kty} in a mapping pattern on a dict with {kt} keys is not supported by multigen"),
                        );
                    }
                    return never();
                }
                let c = node(
                    span,
                    ast::ExprKind::Compare(
                        Box::new((*k).clone()),
                        vec![(ast::CmpOp::In, name(span, v))],
                    ),
                );
                Ok((Some(self.cond(&c, scope)?), vec![], vec![]))
            }
            Test::HasAttr(a) => {
                let args = [name(span, v), node(span, ast::ExprKind::Str(a.clone()))];
                let c = self.attr_builtin("hasattr", &args, &[], span, scope)?;
                // A method, property or class attribute is always there.
                if let ExprKind::Block(_, r) = &c.kind {
                    if matches!(r.kind, ExprKind::Bool(true)) {
                        return Ok((None, vec![], vec![]));
                    }
                }
                Ok((Some(c), vec![], vec![]))
            }
            Test::Value(e) => {
                let c = node(
                    span,
                    ast::ExprKind::Compare(
                        Box::new(name(span, v)),
                        vec![(ast::CmpOp::Eq, (*e).clone())],
                    ),
                );
                Ok((Some(self.cond(&c, scope)?), vec![], vec![]))
            }
            Test::Singleton(e) => {
                let narrow = |t: &Ty| {
                    place
                        .map(|p| (p, t.clone()))
                        .into_iter()
                        .collect::<Vec<_>>()
                };
                match (&e.kind, &ty) {
                    (ast::ExprKind::None, Ty::None) => Ok((None, vec![], vec![])),
                    (ast::ExprKind::None, Ty::Optional(inner)) => {
                        let c = mk(Ty::Bool, span, ExprKind::IsNone(Box::new(whole)));
                        Ok((Some(c), vec![], narrow(inner)))
                    }
                    (ast::ExprKind::Bool(b), Ty::Bool | Ty::Optional(_)) => {
                        if let Ty::Optional(inner) = &ty {
                            if **inner != Ty::Bool {
                                return never();
                            }
                        }
                        let c = node(
                            span,
                            ast::ExprKind::Compare(
                                Box::new(name(span, v)),
                                vec![(ast::CmpOp::Eq, node(span, ast::ExprKind::Bool(*b)))],
                            ),
                        );
                        Ok((Some(self.cond(&c, scope)?), vec![], vec![]))
                    }
                    _ => never(),
                }
            }
            Test::Class(cls) => {
                // Built-in classes multigen has no values of.
                if let ast::ExprKind::Name(n) = &cls.kind {
                    if matches!(n.as_str(), "bytes" | "bytearray" | "frozenset")
                        && self.lookup(n, scope).is_none()
                        && !self.is_value_name(n, scope)
                    {
                        return never();
                    }
                }
                let c = self.isinstance(&[name(span, v), (*cls).clone()], span, scope)?;
                // A class the value can never be an instance of, or is
                // always one of.
                if let ExprKind::Block(_, r) = &c.kind {
                    match r.kind {
                        ExprKind::Bool(false) => return never(),
                        ExprKind::Bool(true) => return Ok((None, vec![], vec![])),
                        _ => {}
                    }
                }
                if let (Ty::Class(b), ast::ExprKind::Name(cname)) = (&ty, &cls.kind) {
                    if let Some(Binding::Class(k)) = self.lookup(cname, scope) {
                        if self.is_subclass(*b, k) {
                            return Ok((None, vec![], vec![]));
                        }
                    }
                }
                let mut facts = Vec::new();
                if let (Some(p), ast::ExprKind::Name(cname)) = (place, &cls.kind) {
                    let base = match &ty {
                        Ty::Optional(t) => (**t).clone(),
                        t => t.clone(),
                    };
                    match (self.lookup(cname, scope), &base) {
                        (Some(Binding::Class(k)), Ty::Class(b))
                            if k != OBJECT_CLASS && self.is_subclass(k, *b) =>
                        {
                            facts.push((p, Ty::Class(k)))
                        }
                        // A dynamic subject is the instance itself.
                        (Some(Binding::Class(k)), b) if b.is_dynamic() && k != OBJECT_CLASS => {
                            facts.push((p, Ty::Class(k)))
                        }
                        _ if matches!(ty, Ty::Optional(_)) => facts.push((p, base)),
                        _ => {}
                    }
                }
                Ok((Some(c), facts, vec![]))
            }
            Test::Any(ts) => {
                let mut conds = Vec::new();
                for t in ts {
                    match self.test(v, t, span, scope)?.0 {
                        Some(c) => conds.push(c),
                        None => return Ok((None, vec![], vec![])),
                    }
                }
                Ok((
                    Some(mk(Ty::Bool, span, ExprKind::Or(conds))),
                    vec![],
                    vec![],
                ))
            }
        }
    }
}

/// What the lowering of one pattern tracks (`Checker::matching`).
#[derive(Clone, Copy, Default)]
pub(super) struct State {
    /// Whether the pattern tests anything at run time.
    refutable: bool,
    /// Whether it tests whether a field is set (assumed for the
    /// statement's exhaustiveness).
    assumed: bool,
    /// Whether the case body defines a function or a class, so that it is
    /// checked even where the pattern can never match.
    keep_dead: bool,
}

/// What the lowering of `match` statements keeps for the whole module
/// (`Checker::match_info`).
#[derive(Default)]
pub(super) struct Info {
    /// The names some function declares `nonlocal`, once needed.
    nonlocal: Option<HashSet<String>>,
    /// The statements taken to always run a case only because the fields
    /// their last case reads are taken to be set.
    assumed: HashSet<Span>,
}

/// The state of the chain of cases of one `match` statement.
struct Chain {
    /// The flag that says no case has matched yet, once one is needed.
    flag: Option<LocalId>,
    /// The statement.
    span: Span,
}

/// Whether a condition is the constant false of a test that never holds.
fn is_never(c: &Expr) -> bool {
    matches!(c.kind, ExprKind::Bool(false))
}

/// Whether a sub-pattern is `_`, which matches without reading the value.
fn is_wildcard(p: &ast::Pattern) -> bool {
    matches!(
        p.kind,
        ast::PatternKind::As {
            pattern: None,
            name: None
        }
    )
}

fn int(span: Span, i: i64) -> ast::Expr {
    node(span, ast::ExprKind::Int(i))
}

/// CPython's message for too many positional sub-patterns.
fn accepts(class: &str, most: usize, given: usize) -> String {
    let s = if most == 1 { "" } else { "s" };
    format!("{class}() accepts {most} positional sub-pattern{s} ({given} given)")
}
