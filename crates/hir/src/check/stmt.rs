//! Statements: the checking of each statement kind, default argument
//! values and imports.

use super::*;

impl Checker {
    /// Checks one statement. The checker recurses once per nesting level
    /// with large frames (unoptimised builds especially), so it moves to a
    /// new stack segment when the current one runs low, like the parser.
    pub(super) fn stmt(&mut self, s: &ast::Stmt, scope: &mut Scope, out: &mut Vec<Stmt>) -> R<()> {
        multigen_syntax::with_stack(|| self.stmt_inner(s, scope, out))
    }

    pub(super) fn stmt_inner(
        &mut self,
        s: &ast::Stmt,
        scope: &mut Scope,
        out: &mut Vec<Stmt>,
    ) -> R<()> {
        use ast::StmtKind as K;
        match &s.kind {
            K::FunctionDef(def) if !scope.is_module => self.nested_def(def, scope, out)?,
            K::Nonlocal(_) if scope.is_module => {
                return err(
                    Kind::Syntax,
                    s.span,
                    "nonlocal declaration not allowed at module level",
                );
            }
            // Resolved when the function's scope is set up.
            K::Nonlocal(_) => {}
            K::FunctionDef(def) => {
                if scope.conditional > 0 {
                    return err(
                        Kind::Unsupported,
                        s.span,
                        "a function definition inside another block is not supported by multigen yet",
                    );
                }
                if let Some(&(id, g)) = self.decorated.get(&def.name.name) {
                    self.eval_defaults(id, def, &def.name.name, scope, out)?;
                    self.defined.insert(id);
                    let f = self.direct_value(id, def.name.span)?;
                    let v = self.decorate(def, f, scope, out)?;
                    self.globals[g.index()].ty = Some(v.ty.clone());
                    let t = Target::Place(Place::Global(g));
                    self.note_assigned(&t, scope);
                    out.push(Stmt::Assign(t, v));
                    return Ok(());
                }
                let Some(Binding::Func(id)) = self.names.get(&def.name.name).copied() else {
                    if self.generics.contains_key(&def.name.name) {
                        self.generics_defined.insert(def.name.name.clone());
                    }
                    return Ok(());
                };
                self.eval_defaults(id, def, &def.name.name, scope, out)?;
                self.defined.insert(id);
            }
            K::Return(v) => {
                if scope.is_module {
                    return err(Kind::Syntax, s.span, "'return' outside function");
                }
                let ret = scope.ret.clone();
                match v {
                    None => {
                        if ret != Ty::None {
                            return err(
                                Kind::Type,
                                s.span,
                                format!("missing return value: the function returns {ret}"),
                            );
                        }
                        out.push(Stmt::Return(None));
                    }
                    Some(v) => {
                        let e = self.expr_hinted(v, &ret, scope)?;
                        let e = self.expect(e, &ret, "return value")?;
                        let value = if ret == Ty::None {
                            drop_none(e, out)
                        } else {
                            Some(e)
                        };
                        out.push(Stmt::Return(value));
                    }
                }
            }
            // `T = TypeVar("T")`: only annotations use it.
            K::Assign { .. } if scope.is_module && generics::type_param_decl(s).is_some() => {}
            K::Assign { .. } if self.nt_stmts.contains_key(&s.span) => {
                if let Some(r) = self.nt_statement(s, scope, out) {
                    return r;
                }
            }
            K::Assign { targets, value } => {
                let v = self.expr(value, scope)?;
                let v = if matches!(
                    targets.as_slice(),
                    [ast::Expr {
                        kind: ast::ExprKind::Tuple(_) | ast::ExprKind::List(_),
                        ..
                    }]
                ) {
                    self.nt_as_tuple(v, scope)
                } else {
                    v
                };
                if targets.len() == 1 && matches!(targets[0].kind, ast::ExprKind::Subscript(..)) {
                    let v = self.item_value(&targets[0], v, scope);
                    // The value is evaluated before the container and index.
                    let v = self.hoist(v, scope, out);
                    return self.set_item(&targets[0], v, scope, out);
                }
                if let [ast::Expr {
                    kind: ast::ExprKind::Attribute(base, attr),
                    ..
                }] = targets.as_slice()
                {
                    let v = self.hoist(v, scope, out);
                    return self.set_attribute(base, attr, v, scope, out);
                }
                if targets.len() == 1 {
                    let (plain, v) = self.star_value(&targets[0], v, scope, out)?;
                    let t =
                        self.target(plain.as_ref().unwrap_or(&targets[0]), Some(&v.ty), scope)?;
                    let vty = v.ty.clone();
                    let v = self.expect(v, &target_ty(&t, self, scope), "assigned value")?;
                    self.note_assigned(&t, scope);
                    self.narrow_target(&t, &vty, scope);
                    out.push(Stmt::Assign(t, v));
                } else {
                    // `a = b = v`: evaluate once into a hidden local.
                    if scope.is_module {
                        return err(
                            Kind::Unsupported,
                            s.span,
                            "chained assignment at module level is not supported by multigen yet",
                        );
                    }
                    let tmp = self.temp(scope, v.ty.clone());
                    let ty = v.ty.clone();
                    out.push(Stmt::Assign(Target::Place(Place::Local(tmp)), v));
                    for t in targets {
                        let load = mk(ty.clone(), t.span, ExprKind::Load(Place::Local(tmp)));
                        let (plain, load) = self.star_value(t, load, scope, out)?;
                        let tg = self.target(plain.as_ref().unwrap_or(t), Some(&load.ty), scope)?;
                        let load =
                            self.expect(load, &target_ty(&tg, self, scope), "assigned value")?;
                        out.push(Stmt::Assign(tg, load));
                    }
                }
            }
            K::AnnAssign {
                target,
                annotation,
                value,
            } => {
                let ty = self.annotation(annotation)?;
                if let ast::ExprKind::Attribute(base, attr) = &target.kind {
                    let Some(v) = value else {
                        return Ok(());
                    };
                    let e = self.expr_hinted(v, &ty, scope)?;
                    let e = self.expect(e, &ty, "assigned value")?;
                    return self.set_attribute(base, attr, e, scope, out);
                }
                let ast::ExprKind::Name(name) = &target.kind else {
                    return err(
                        Kind::Unsupported,
                        target.span,
                        "annotated assignment to this target is not supported",
                    );
                };
                let place = self.place(name, target.span, scope, true)?;
                let known = self.place_ty(place, scope);
                match known {
                    Some(k) if k != ty => {
                        return err(
                            Kind::Type,
                            annotation.span,
                            format!("'{name}' already has type {k}, cannot annotate it as {ty}"),
                        );
                    }
                    _ => self.set_place_ty(place, ty.clone(), scope),
                }
                if let Some(v) = value {
                    let e = self.expr_hinted(v, &ty, scope)?;
                    let vty = e.ty.clone();
                    let e = self.expect(e, &ty, "assigned value")?;
                    let t = Target::Place(place);
                    self.note_assigned(&t, scope);
                    self.assigned_place(place, &vty, scope);
                    out.push(Stmt::Assign(t, e));
                }
            }
            K::AugAssign { target, op, value } => {
                if let ast::ExprKind::Subscript(base, idx) = &target.kind {
                    return self.aug_assign_item(base, idx, *op, value, s.span, scope, out);
                }
                if let ast::ExprKind::Attribute(base, attr) = &target.kind {
                    // `C.attr += value` (`class_attrs.rs`).
                    if self.aug_class_attr(base, attr, *op, value, s.span, scope, out)? {
                        return Ok(());
                    }
                    // The object is evaluated once.
                    let b = self.expr(base, scope)?;
                    let b = self.deopt_member(b, attr)?;
                    let Ty::Class(c) = self.resolve(&b.ty) else {
                        return err(
                            Kind::Type,
                            attr.span,
                            format!(
                                "'{}' object has no attribute '{}'",
                                b.ty.class_name(),
                                attr.name
                            ),
                        );
                    };
                    let tmp = self.temp(scope, b.ty.clone());
                    out.push(Stmt::Assign(Target::Place(Place::Local(tmp)), b));
                    let obj = mk(Ty::Class(c), base.span, ExprKind::Load(Place::Local(tmp)));
                    let cur = self.object_attr(obj.clone(), c, attr, target.span)?;
                    let rhs = self.aug_operand(&cur, *op, value, scope)?;
                    if self.is_inplace(&cur.ty, *op, &rhs.ty) {
                        // The list or set changes in place (other names for
                        // it see the change), then is stored back.
                        let cur = self.hoist(cur, scope, out);
                        let e = self.inplace_call(cur.clone(), *op, rhs, s.span)?;
                        out.push(Stmt::Expr(e));
                        return self.set_field_expr(obj, c, attr, cur, false, out);
                    }
                    let res = self.aug_binary(*op, cur, rhs, s.span, scope)?;
                    return self.set_field_expr(obj, c, attr, res, false, out);
                }
                let ast::ExprKind::Name(name) = &target.kind else {
                    return err(
                        Kind::Unsupported,
                        target.span,
                        "augmented assignment to this target is not supported",
                    );
                };
                let cur = self.name(name, target.span, scope)?;
                let rhs = self.aug_operand(&cur, *op, value, scope)?;
                // `s += t` on a str variable appends to a string builder,
                // so that building a string in a loop takes linear time.
                if let (Ty::Str, Ty::Str, ast::BinOp::Add, ExprKind::Load(place)) =
                    (&cur.ty, &rhs.ty, op, &cur.kind)
                {
                    // Whether the variable becomes a builder is decided
                    // for the whole function afterwards (`builders.rs`).
                    out.push(Stmt::StrAppend(*place, rhs));
                    return Ok(());
                }
                // `xs += ys` extends the list in place (other names for it
                // see the change); sets update in place likewise.
                if self.is_inplace(&cur.ty, *op, &rhs.ty) {
                    let e = self.inplace_call(cur, *op, rhs, s.span)?;
                    out.push(Stmt::Expr(e));
                    return Ok(());
                }
                let res = self.aug_binary(*op, cur, rhs, s.span, scope)?;
                let place = self.place(name, target.span, scope, false)?;
                let ty = self.place_ty(place, scope).unwrap_or(Ty::None);
                let res = self.expect(res, &ty, "result of augmented assignment")?;
                out.push(Stmt::Assign(Target::Place(place), res));
            }
            K::If { test, body, orelse } => self.if_stmt(test, body, orelse, scope, out)?,
            K::While { test, body, orelse } => {
                self.forget_assigned(body, scope);
                let c = self.cond(test, scope)?;
                let (t, f) = self.facts(test, scope);
                let saved = scope.narrow.clone();
                scope.narrow.extend(t);
                scope.loops += 1;
                let b = self.nested(body, scope);
                scope.loops -= 1;
                scope.narrow = saved;
                if !has_break(body) {
                    scope.narrow.extend(f);
                }
                let o = self.nested(orelse, scope);
                out.push(Stmt::While {
                    test: c,
                    body: b,
                    orelse: o,
                });
            }
            K::For {
                target,
                iter,
                body,
                orelse,
            } => {
                self.forget_assigned(body, scope);
                let (iter, elem) = self.iterable(iter, scope)?;
                let unpack = match self.star_loop_target(target, &elem, scope)? {
                    Some(x) => Some(x),
                    None => self.nt_loop_target(target, &elem, scope)?,
                };
                let (mut t, star) = match unpack {
                    Some((t, unpack)) => (t, unpack),
                    None => (self.target(target, Some(&elem), scope)?, Vec::new()),
                };
                let tt = target_ty(&t, self, scope);
                // A loop variable of a wider type than the elements (an
                // `Optional[int]` over ints, a base class over subclass
                // instances, such a variable in a tuple pattern) takes each
                // element through a temporary that has the elements' type,
                // converted at the top of the body.
                let mut convert = Vec::new();
                if !self.unify(&tt, &elem) {
                    let tmp = self.temp(scope, elem.clone());
                    let load = mk(elem.clone(), target.span, ExprKind::Load(Place::Local(tmp)));
                    let real = std::mem::replace(&mut t, Target::Place(Place::Local(tmp)));
                    self.assign_converted(real, load, scope, &mut convert)?;
                }
                // The loop variable is assigned the elements: what was
                // known about it before the loop holds no more.
                forget_target(&t, scope);
                for (target, _, _) in &convert {
                    forget_target(target, scope);
                }
                // What the body establishes holds neither after it (the
                // body may not run, or stop at `continue`) nor in `else`.
                let saved = scope.narrow.clone();
                let mut b = star;
                for (target, v, vty) in convert {
                    self.narrow_target(&target, &vty, scope);
                    b.push(Stmt::Assign(target, v));
                }
                scope.loops += 1;
                b.extend(self.nested(body, scope));
                scope.loops -= 1;
                scope.narrow = saved;
                let o = self.nested(orelse, scope);
                out.push(Stmt::For {
                    target: t,
                    iter,
                    body: b,
                    orelse: o,
                    span: s.span,
                });
            }
            K::Break | K::Continue => {
                if scope.loops == 0 {
                    let w = if matches!(s.kind, K::Break) {
                        "'break'"
                    } else {
                        "'continue'"
                    };
                    return err(Kind::Syntax, s.span, format!("{w} outside loop"));
                }
                out.push(if matches!(s.kind, K::Break) {
                    Stmt::Break
                } else {
                    Stmt::Continue
                });
            }
            K::Pass => {}
            // `...` as a statement (a stub body) does nothing, like `pass`.
            K::Expr(ast::Expr {
                kind: ast::ExprKind::Ellipsis,
                ..
            }) => {}
            K::Expr(e) => {
                let e = self.expr(e, scope)?;
                out.push(Stmt::Expr(e));
            }
            K::Assert { test, msg } => {
                let c = self.cond(test, scope)?;
                // The message is evaluated only when the test fails, so it
                // is checked before the test's facts apply; it becomes the
                // exception's `args` as it is.
                let class = self.class_named("AssertionError").expect("runtime class");
                let args = match msg {
                    Some(m) => {
                        let m = self.expr(m, scope)?;
                        vec![self.deopt(m)?]
                    }
                    None => vec![],
                };
                let exc = mk(
                    Ty::Class(class),
                    s.span,
                    ExprKind::New {
                        class,
                        init: None,
                        args,
                        map: vec![],
                    },
                );
                let facts = self.facts(test, scope).0;
                scope.narrow.extend(facts);
                out.push(Stmt::Assert(c, exc));
            }
            K::ClassDef(def) => {
                if !scope.is_module || scope.conditional > 0 {
                    return err(
                        Kind::Unsupported,
                        s.span,
                        "a class definition inside another block is not supported by multigen yet",
                    );
                }
                self.class_statement(def, scope, out)?;
            }
            K::Raise { exc, cause } => {
                self.raise_stmt(exc.as_ref(), cause.as_ref(), s.span, scope, out)?
            }
            K::Try(t) => self.try_stmt(t, scope, out)?,
            K::Match(m) => self.match_stmt(s, m, scope, out)?,
            K::Delete(targets) => {
                for t in targets {
                    self.delete(t, scope, out)?;
                }
            }
            K::Global(names) => {
                if scope.is_module {
                    // `global` at module level is allowed and does nothing.
                    return Ok(());
                }
                let _ = names;
            }
            K::Import(_) | K::ImportFrom { .. } if self.user_import(s, scope, out)? => {}
            K::Import(items) => {
                for (m, alias) in items {
                    if m.name == "dataclasses" {
                        let bind = alias.as_ref().unwrap_or(m).name.clone();
                        self.bind_import(bind, Binding::DataclassesModule, scope, m.span)?;
                        continue;
                    }
                    if m.name == "typing"
                        || m.name == "abc"
                        || m.name == "enum"
                        || m.name == "collections"
                    {
                        // Recognised by name (`abc.rs` for `abc`, `enums.rs`
                        // for `enum`, `namedtuple.rs` for `collections`).
                        continue;
                    }
                    if m.name == "contextlib" {
                        let bind = alias.as_ref().unwrap_or(m).name.clone();
                        self.bind_import(bind, Binding::ContextlibModule, scope, m.span)?;
                        continue;
                    }
                    if m.name == "functools" {
                        let bind = alias.as_ref().unwrap_or(m).name.clone();
                        self.bind_import(bind, Binding::FunctoolsModule, scope, m.span)?;
                        continue;
                    }
                    if m.name != "math" {
                        return err(
                            Kind::Unsupported,
                            m.span,
                            format!("module '{}' is not supported by multigen yet", m.name),
                        );
                    }
                    let bind = alias.as_ref().unwrap_or(m).name.clone();
                    self.bind_import(bind, Binding::MathModule, scope, m.span)?;
                }
            }
            K::ImportFrom { module, names, .. } => {
                if module.name == "__future__" {
                    return Ok(());
                }
                if module.name == "enum" {
                    return self.enum_import(names);
                }
                if module.name == "collections" {
                    if let Some((n, _)) = names.iter().find(|(n, _)| n.name != "namedtuple") {
                        return err(
                            Kind::Unsupported,
                            n.span,
                            format!(
                                "'{}' from 'collections' is not supported by multigen yet",
                                n.name
                            ),
                        );
                    }
                    return Ok(());
                }
                if module.name == "functools" {
                    for (n, alias) in names {
                        let Some(item) = Self::functools_item(&n.name) else {
                            return err(
                                Kind::Unsupported,
                                n.span,
                                format!(
                                    "'{}' from 'functools' is not supported by multigen yet",
                                    n.name
                                ),
                            );
                        };
                        let bind = alias.as_ref().unwrap_or(n).name.clone();
                        self.bind_import(bind, Binding::FunctoolsItem(item), scope, n.span)?;
                    }
                    return Ok(());
                }
                if module.name == "contextlib" {
                    for (n, alias) in names {
                        let item = match n.name.as_str() {
                            "suppress" => "suppress",
                            "nullcontext" => "nullcontext",
                            "contextmanager" => "contextmanager",
                            _ => {
                                return err(
                                    Kind::Unsupported,
                                    n.span,
                                    format!(
                                        "'{}' from 'contextlib' is not supported by multigen yet",
                                        n.name
                                    ),
                                )
                            }
                        };
                        let bind = alias.as_ref().unwrap_or(n).name.clone();
                        self.bind_import(bind, Binding::ContextlibItem(item), scope, n.span)?;
                    }
                    return Ok(());
                }
                if module.name == "typing"
                    || module.name == "abc"
                    || module.name == "dataclasses"
                    || module.name == "types"
                    || module.name == "collections.abc"
                {
                    // Annotations and decorators are recognised by name.
                    for (n, _) in names {
                        let known = match module.name.as_str() {
                            "typing" => {
                                matches!(
                                    n.name.as_str(),
                                    "Optional"
                                        | "List"
                                        | "Dict"
                                        | "Set"
                                        | "Tuple"
                                        | "Union"
                                        | "Callable"
                                        | "Type"
                                        | "TypeVar"
                                        | "ParamSpec"
                                        | "Generic"
                                        | "Any"
                                        | "ClassVar"
                                        | "NamedTuple"
                                ) || generators::is_gen_annotation(&n.name)
                                    || generic_calls::is_abstract_name(&n.name)
                                    || protocols::is_typing_name(&n.name)
                                    || (matches!(n.name.as_str(), "TextIO" | "IO")
                                        && self.io_loaded())
                            }
                            "collections.abc" => {
                                n.name == "Callable"
                                    || generators::is_gen_annotation(&n.name)
                                    || generic_calls::is_abstract_name(&n.name)
                            }
                            "types" => n.name == "TracebackType",
                            "abc" => {
                                matches!(n.name.as_str(), "ABC" | "ABCMeta" | "abstractmethod")
                            }
                            _ => matches!(n.name.as_str(), "dataclass" | "field"),
                        };
                        if !known {
                            return err(
                                Kind::Unsupported,
                                n.span,
                                format!(
                                    "'{}' from '{}' is not supported by multigen yet",
                                    n.name, module.name
                                ),
                            );
                        }
                    }
                    return Ok(());
                }
                if module.name != "math" {
                    return err(
                        Kind::Unsupported,
                        module.span,
                        format!("module '{}' is not supported by multigen yet", module.name),
                    );
                }
                for (n, alias) in names {
                    if n.name == "*" {
                        return err(
                            Kind::Unsupported,
                            n.span,
                            "`import *` is not supported by multigen yet",
                        );
                    }
                    let Some(item) = math_item(&n.name) else {
                        return err(
                            Kind::Name,
                            n.span,
                            format!("cannot import name '{}' from 'math'", n.name),
                        );
                    };
                    let bind = alias.as_ref().unwrap_or(n).name.clone();
                    self.bind_import(bind, Binding::MathItem(item), scope, n.span)?;
                }
            }
        }
        Ok(())
    }

    /// Evaluates the default values of a function's parameters (when its
    /// `def` runs, like CPython); non-constant ones are kept in globals.
    pub(super) fn eval_defaults(
        &mut self,
        id: FuncId,
        def: &ast::FunctionDef,
        what: &str,
        scope: &mut Scope,
        out: &mut Vec<Stmt>,
    ) -> R<()> {
        // A method's `self` is not in `def.params` of the signature when
        // it was added separately; align from the end.
        let offset = self.sigs[id.index()].params.len() - def.params.len();
        for (i, p) in def.params.iter().enumerate() {
            let Some(d) = &p.default else { continue };
            let pty = self.sigs[id.index()].params[i + offset].ty.clone();
            let v = self.expr(d, scope)?;
            let v = self.expect(v, &pty, "default value")?;
            let value = if is_const(&v) {
                v
            } else {
                let g = self.new_global(
                    &format!("{what}.{}.default", p.name.name),
                    Some(pty.clone()),
                );
                out.push(Stmt::Assign(Target::Place(Place::Global(g)), v));
                mk(pty, d.span, ExprKind::Load(Place::Global(g)))
            };
            self.sigs[id.index()].params[i + offset].default = Some(value);
        }
        Ok(())
    }

    pub(super) fn bind_import(
        &mut self,
        name: String,
        b: Binding,
        scope: &mut Scope,
        span: Span,
    ) -> R<()> {
        let clash = if scope.is_module {
            matches!(
                self.names.get(&name),
                Some(found @ (Binding::Global(_) | Binding::Func(_))) if *found != b
            )
        } else {
            scope.local_map.contains_key(&name)
        };
        if clash {
            return err(
                Kind::Unsupported,
                span,
                format!("'{name}' is both a variable and an import; this is not supported"),
            );
        }
        if scope.is_module {
            self.names.insert(name, b);
        } else {
            scope.imports.insert(name, b);
        }
        Ok(())
    }
}
