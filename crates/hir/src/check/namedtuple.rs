//! Named tuples: `typing.NamedTuple` classes and `collections.namedtuple`.
//!
//! A named tuple is a class of the IR laid out like a frozen dataclass:
//! the generated `__init__`, `__repr__` (`Point(x=1, y=2)`) and `__hash__`
//! (of the tuple of fields) are those `dataclass.rs` makes; `__eq__` and
//! the orderings compare the tuples of fields with the runtime's generic
//! comparison; `__len__` is a constant. Where CPython uses the
//! object as a tuple, the checker builds the tuple of its fields instead
//! ([`Checker::nt_as_tuple`]): indexing and slicing, unpacking assignment,
//! iteration (when every field has one type), `tuple(p)`, `x in p`, and
//! comparisons with tuples or other named tuples (which CPython makes as
//! tuples). Assigning or deleting a field is refused, as mypy does.
//!
//! `P = namedtuple("P", ["x", "y"])` (or `"x y"`, `"x, y"`) at module level
//! declares such a class, whose field types are inference variables: the
//! constructor calls fix them by unification (a call with another type is
//! a type error, and a field no call fixes cannot be used), which is how
//! multigen types what mypy leaves as `Any`.

use super::classes::*;
use super::*;

impl Checker {
    /// The `collections.namedtuple` calls of the module: the class each
    /// declares, as a class statement without body (its fields are kept in
    /// `nt_fields`).
    pub(super) fn scan_namedtuples(&mut self, module: &ast::Module) -> Vec<ast::ClassDef> {
        let mut imported = HashSet::new();
        for st in &module.body {
            match &st.kind {
                ast::StmtKind::ImportFrom {
                    module: m,
                    names,
                    level: 0,
                } if m.name == "typing" => {
                    for (n, alias) in names {
                        if n.name == "NamedTuple" {
                            self.nt_typing
                                .insert(alias.as_ref().unwrap_or(n).name.clone());
                        }
                    }
                }
                ast::StmtKind::ImportFrom {
                    module: m,
                    names,
                    level: 0,
                } if m.name == "collections" => {
                    for (n, alias) in names {
                        if n.name == "namedtuple" {
                            imported.insert(alias.as_ref().unwrap_or(n).name.clone());
                        }
                    }
                }
                ast::StmtKind::Import(items) => {
                    for (m, alias) in items {
                        if m.name == "collections" {
                            let b = alias.as_ref().unwrap_or(m).name.clone();
                            imported.insert(format!("{b}.namedtuple"));
                        }
                    }
                }
                _ => {}
            }
        }
        let mut defs = Vec::new();
        for st in &module.body {
            let ast::StmtKind::Assign { targets, value } = &st.kind else {
                continue;
            };
            let (
                [t],
                ast::ExprKind::Call {
                    func,
                    args,
                    keywords,
                },
            ) = (targets.as_slice(), &value.kind)
            else {
                continue;
            };
            let callee = match &func.kind {
                ast::ExprKind::Name(n) => n.clone(),
                ast::ExprKind::Attribute(b, a) => match &b.kind {
                    ast::ExprKind::Name(m) => format!("{m}.{}", a.name),
                    _ => continue,
                },
                _ => continue,
            };
            let typed = self.nt_typing.contains(&callee) || callee == "typing.NamedTuple";
            if !typed && !imported.contains(&callee) {
                continue;
            }
            let ast::ExprKind::Name(var) = &t.kind else {
                continue;
            };
            if typed {
                // `P = NamedTuple("P", [("x", int), ("y", str)])` is the
                // class statement `class P(NamedTuple)` with those fields,
                // so it is rewritten into one and declared as such.
                match typed_namedtuple_fields(args, keywords) {
                    Some((name, fields)) if &name == var => {
                        let body = fields
                            .into_iter()
                            .map(|(field, annotation)| ast::Stmt {
                                span: annotation.span,
                                kind: ast::StmtKind::AnnAssign {
                                    target: ast::Expr {
                                        span: annotation.span,
                                        kind: ast::ExprKind::Name(field),
                                    },
                                    annotation,
                                    value: None,
                                },
                            })
                            .collect();
                        self.nt_stmts.insert(st.span, name.clone());
                        defs.push(ast::ClassDef {
                            name: ast::Ident {
                                name,
                                span: t.span,
                            },
                            bases: vec![(**func).clone()],
                            decorators: vec![],
                            body,
                            metaclass: None,
                        });
                    }
                    _ => self.report(Diagnostic::new(
                        Kind::Unsupported,
                        value.span,
                        "NamedTuple() needs the variable's name and a literal list of (name, type) pairs in multigen",
                    )),
                }
                continue;
            }
            match namedtuple_fields(args, keywords) {
                Some((name, fields)) if &name == var => {
                    self.nt_fields.insert(t.span, fields);
                    self.nt_stmts.insert(st.span, name.clone());
                    defs.push(ast::ClassDef {
                        name: ast::Ident {
                            name,
                            span: t.span,
                        },
                        bases: vec![],
                        decorators: vec![],
                        body: vec![],
                        metaclass: None,
                    });
                }
                _ => self.report(Diagnostic::new(
                    Kind::Unsupported,
                    value.span,
                    "namedtuple() needs the variable's name and a literal list of field names in multigen",
                )),
            }
        }
        defs
    }

    /// Whether a class statement derives from `typing.NamedTuple`.
    fn is_namedtuple_base(&self, def: &ast::ClassDef) -> bool {
        matches!(def.bases.as_slice(), [b] if match &b.kind {
            ast::ExprKind::Name(n) => self.nt_typing.contains(n),
            ast::ExprKind::Attribute(m, a) => {
                a.name == "NamedTuple" && matches!(&m.kind, ast::ExprKind::Name(t) if t == "typing")
            }
            _ => false,
        })
    }

    /// Declares a named tuple class, if `def` is one.
    pub(super) fn declare_namedtuple(&mut self, id: ClassId, def: &ast::ClassDef) -> Option<R<()>> {
        let untyped = self.nt_fields.get(&def.name.span).cloned();
        if untyped.is_none() && !self.is_namedtuple_base(def) {
            return None;
        }
        Some(self.declare_nt_inner(id, def, untyped))
    }

    fn declare_nt_inner(
        &mut self,
        id: ClassId,
        def: &ast::ClassDef,
        untyped: Option<Vec<String>>,
    ) -> R<()> {
        if let Some(d) = def.decorators.first() {
            return err(
                Kind::Unsupported,
                d.span,
                "decorators of a NamedTuple class are not supported by multigen yet",
            );
        }
        let opts = DcOpts {
            eq: true,
            order: false,
            frozen: true,
        };
        let mut info = ClassInfo::new(&def.name.name, None);
        info.def = Some(def.clone());
        info.dataclass = Some(opts);
        self.classes[id.index()] = info;
        self.namedtuples.insert(id);
        for n in untyped.into_iter().flatten() {
            let v = self.fresh_var();
            self.classes[id.index()].fields.push((n, v));
        }
        for st in &def.body {
            match &st.kind {
                ast::StmtKind::AnnAssign {
                    target, annotation, ..
                } => {
                    let ast::ExprKind::Name(n) = &target.kind else {
                        return err(
                            Kind::Unsupported,
                            target.span,
                            "unsupported NamedTuple field",
                        );
                    };
                    if n.starts_with('_') {
                        return err(
                            Kind::Type,
                            target.span,
                            format!("NamedTuple field name cannot start with an underscore: {n}"),
                        );
                    }
                    let ty = self.annotation(annotation)?;
                    self.add_field(id, n, ty, target.span)?;
                }
                ast::StmtKind::FunctionDef(f) => {
                    if matches!(
                        f.name.name.as_str(),
                        "__init__"
                            | "__new__"
                            | "__eq__"
                            | "__hash__"
                            | "__len__"
                            | "__getitem__"
                            | "__iter__"
                    ) || COMPARISONS.contains(&f.name.name.as_str())
                    {
                        return err(
                            Kind::Unsupported,
                            f.name.span,
                            format!(
                                "defining '{}' in a NamedTuple is not supported by multigen yet",
                                f.name.name
                            ),
                        );
                    }
                    self.declare_def(id, f)?;
                }
                ast::StmtKind::Pass => {}
                ast::StmtKind::Expr(e) if matches!(e.kind, ast::ExprKind::Str(_)) => {}
                _ => {
                    return err(
                        Kind::Unsupported,
                        st.span,
                        "this statement in a NamedTuple class is not supported by multigen yet",
                    )
                }
            }
        }
        let span = def.name.span;
        let me = Ty::Class(id);
        let param = |n: &str| ParamSig {
            name: n.into(),
            ty: me.clone(),
            default: None,
            keyword_only: false,
            positional_only: false,
            variadic: ast::Variadic::No,
        };
        // Comparisons are those of the tuples of fields, made by the
        // runtime's generic comparison: CPython's rules (`None` only
        // raises if reached) hold, and the fields of `namedtuple()` may
        // still be inference variables here.
        let fields = self.classes[id.index()].fields.clone();
        let tuple_ty = Ty::Tuple(fields.iter().map(|f| f.1.clone()).collect());
        let as_tuple = |l: u32| {
            let obj = load(LocalId(l), me.clone(), span);
            let items = fields
                .iter()
                .enumerate()
                .map(|(i, (_, t))| {
                    mk(
                        t.clone(),
                        span,
                        ExprKind::GetField(Box::new(obj.clone()), i),
                    )
                })
                .collect();
            mk(tuple_ty.clone(), span, ExprKind::Tuple(items))
        };
        for (name, op) in [
            ("__lt__", 0),
            ("__le__", 1),
            ("__gt__", 2),
            ("__ge__", 3),
            ("__eq__", 4),
        ] {
            let c = rt(
                Ty::Bool,
                span,
                "mg_compare",
                vec![
                    RtArg::Type(tuple_ty.clone()),
                    RtArg::Slot(as_tuple(0)),
                    RtArg::Slot(as_tuple(1)),
                    RtArg::Const(op),
                ],
            );
            self.synth(
                id,
                name,
                vec![param("self"), param("other")],
                Ty::Bool,
                vec![local("self", me.clone()), local("other", me.clone())],
                vec![Stmt::Return(Some(c))],
                MethodKind::Instance,
                span,
            );
        }
        self.dataclass_methods(id, opts, def)?;
        let n = self.classes[id.index()].fields.len();
        self.synth(
            id,
            "__len__",
            vec![ParamSig {
                name: "self".into(),
                ty: me.clone(),
                default: None,
                keyword_only: false,
                positional_only: false,
                variadic: ast::Variadic::No,
            }],
            Ty::Int,
            vec![local("self", me)],
            vec![Stmt::Return(Some(mk(
                Ty::Int,
                span,
                ExprKind::Int(n as i64),
            )))],
            MethodKind::Instance,
            span,
        );
        // The generated methods are `tuple`'s, written in C: no frames.
        let made: Vec<FuncId> = self.classes[id.index()]
            .methods
            .values()
            .map(|m| m.func)
            .collect();
        for f in made {
            if let Some(f) = self.functions[f.index()].as_mut() {
                f.frame = false;
            }
        }
        Ok(())
    }

    /// Whether `t` is a named tuple class.
    pub(super) fn nt_class(&self, t: &Ty) -> Option<ClassId> {
        match self.resolve(t) {
            Ty::Class(c) if self.namedtuples.contains(&c) => Some(c),
            _ => None,
        }
    }

    /// A named tuple used as a tuple: the tuple of its fields (the object
    /// evaluated once). Any other value as is.
    pub(super) fn nt_as_tuple(&mut self, e: Expr, scope: &mut Scope) -> Expr {
        let Some(c) = self.nt_class(&e.ty) else {
            return e;
        };
        self.ensure_fields(c);
        let span = e.span;
        let fields: Vec<(String, Ty)> = self.classes[c.index()]
            .fields
            .iter()
            .map(|(n, t)| (n.clone(), self.resolve(t)))
            .collect();
        let (pre, base) = match e.kind {
            ExprKind::Load(_) => (vec![], e),
            _ => {
                let h = self.hidden(scope, "nt", e.ty.clone());
                let l = load(h, e.ty.clone(), span);
                (vec![Stmt::Assign(Target::Place(Place::Local(h)), e)], l)
            }
        };
        let ty = Ty::Tuple(fields.iter().map(|f| f.1.clone()).collect());
        let items = fields
            .iter()
            .enumerate()
            .map(|(i, (_, t))| {
                mk(
                    t.clone(),
                    span,
                    ExprKind::GetField(Box::new(base.clone()), i),
                )
            })
            .collect();
        let tup = mk(ty.clone(), span, ExprKind::Tuple(items));
        if pre.is_empty() {
            tup
        } else {
            mk(ty, span, ExprKind::Block(pre, Box::new(tup)))
        }
    }

    /// `P = namedtuple(...)` at run time: the class statement.
    pub(super) fn nt_statement(
        &mut self,
        s: &ast::Stmt,
        scope: &mut Scope,
        out: &mut Vec<Stmt>,
    ) -> Option<R<()>> {
        let name = self.nt_stmts.get(&s.span)?.clone();
        let Some(Binding::Class(c)) = self.names.get(&name).copied() else {
            return Some(Ok(()));
        };
        let def = self.classes[c.index()].def.clone()?;
        Some(self.class_statement(&def, scope, out))
    }

    /// `p._replace(...)`, `p._asdict()` and `p._fields` of a named tuple.
    pub(super) fn nt_method(
        &mut self,
        b: &Expr,
        name: &ast::Ident,
        args: &[ast::Expr],
        keywords: &[ast::Keyword],
        span: Span,
        scope: &mut Scope,
    ) -> R<Option<Expr>> {
        let Some(c) = self.nt_class(&b.ty) else {
            return Ok(None);
        };
        if !matches!(name.name.as_str(), "_replace" | "_asdict") {
            return Ok(None);
        }
        self.ensure_fields(c);
        let fields = self.classes[c.index()].fields.clone();
        if let Some(a) = args.first() {
            return err(
                Kind::Call,
                a.span,
                format!("{}() takes keyword arguments only", name.name),
            );
        }
        let h = self.hidden(scope, "nt", b.ty.clone());
        let me = load(h, b.ty.clone(), span);
        let get = |i: usize| {
            mk(
                fields[i].1.clone(),
                span,
                ExprKind::GetField(Box::new(me.clone()), i),
            )
        };
        let pre = vec![Stmt::Assign(Target::Place(Place::Local(h)), b.clone())];
        let value = if name.name == "_asdict" {
            if let Some(k) = keywords.first() {
                return err(Kind::Call, k.name.span, "_asdict() takes no arguments");
            }
            let vt = fields
                .first()
                .map(|f| self.resolve(&f.1))
                .unwrap_or(Ty::None);
            if fields.iter().any(|f| self.resolve(&f.1) != vt) {
                return err(Kind::Unsupported, span, "_asdict() of a named tuple whose fields have different types is not supported by multigen (the dict's values would need one type)");
            }
            let items = (0..fields.len())
                .map(|i| {
                    (
                        mk(Ty::Str, span, ExprKind::Str(fields[i].0.clone())),
                        get(i),
                    )
                })
                .collect();
            mk(
                Ty::Dict(Box::new(Ty::Str), Box::new(vt)),
                span,
                ExprKind::Dict(items),
            )
        } else {
            let mut vals: Vec<Expr> = (0..fields.len()).map(get).collect();
            for k in keywords {
                let Some(i) = fields.iter().position(|f| f.0 == k.name.name) else {
                    return err(
                        Kind::Call,
                        k.name.span,
                        format!("Got unexpected field names: ['{}']", k.name.name),
                    );
                };
                let v = self.expr_hinted(&k.value, &fields[i].1.clone(), scope)?;
                vals[i] =
                    self.expect(v, &fields[i].1.clone(), &format!("field '{}'", k.name.name))?;
            }
            let init = self.find_method(c, "__init__").map(|m| m.1.func);
            let map = (0..vals.len()).map(ArgSource::Written).collect();
            mk(
                Ty::Class(c),
                span,
                ExprKind::New {
                    class: c,
                    init,
                    args: vals,
                    map,
                },
            )
        };
        let ty = value.ty.clone();
        Ok(Some(mk(ty, span, ExprKind::Block(pre, Box::new(value)))))
    }

    /// `P._fields` (or `p._fields`): the field names.
    pub(super) fn nt_fields_attr(
        &mut self,
        c: ClassId,
        attr: &ast::Ident,
        span: Span,
    ) -> Option<Expr> {
        if attr.name != "_fields" || !self.namedtuples.contains(&c) {
            return None;
        }
        self.ensure_fields(c);
        let names: Vec<Expr> = self.classes[c.index()]
            .fields
            .iter()
            .map(|f| mk(Ty::Str, span, ExprKind::Str(f.0.clone())))
            .collect();
        Some(mk(
            Ty::Tuple(vec![Ty::Str; names.len()]),
            span,
            ExprKind::Tuple(names),
        ))
    }

    /// Named tuples are immutable: assigning or deleting a field is refused.
    pub(super) fn nt_refuse_set(&self, c: ClassId, attr: &ast::Ident) -> R<()> {
        if self.namedtuples.contains(&c) {
            return err(
                Kind::Type,
                attr.span,
                format!(
                    "cannot assign to attribute '{}' of a named tuple (read-only)",
                    attr.name
                ),
            );
        }
        Ok(())
    }
}

/// The class name and field names of `namedtuple("P", ["x", "y"])`,
/// `namedtuple("P", "x y")` or `namedtuple("P", "x, y")`.
fn namedtuple_fields(
    args: &[ast::Expr],
    keywords: &[ast::Keyword],
) -> Option<(String, Vec<String>)> {
    let ([n, f], []) = (args, keywords) else {
        return None;
    };
    let ast::ExprKind::Str(name) = &n.kind else {
        return None;
    };
    let fields: Vec<String> = match &f.kind {
        ast::ExprKind::Str(s) => s
            .replace(',', " ")
            .split_whitespace()
            .map(str::to_string)
            .collect(),
        ast::ExprKind::List(xs) | ast::ExprKind::Tuple(xs) => xs
            .iter()
            .map(|x| match &x.kind {
                ast::ExprKind::Str(s) => Some(s.clone()),
                _ => None,
            })
            .collect::<Option<_>>()?,
        _ => return None,
    };
    let ident = |s: &str| {
        s.chars().next().is_some_and(|c| c.is_alphabetic())
            && s.chars().all(|c| c.is_alphanumeric() || c == '_')
    };
    if !ident(name) || fields.is_empty() || !fields.iter().all(|f| ident(f)) {
        return None;
    }
    let mut seen = HashSet::new();
    if !fields.iter().all(|f| seen.insert(f.clone())) {
        return None;
    }
    Some((name.clone(), fields))
}

/// The class name and the fields of `NamedTuple("P", [("x", int), ...])`,
/// each with its annotation.
fn typed_namedtuple_fields(
    args: &[ast::Expr],
    keywords: &[ast::Keyword],
) -> Option<(String, Vec<(String, ast::Expr)>)> {
    let ([n, f], []) = (args, keywords) else {
        return None;
    };
    let ast::ExprKind::Str(name) = &n.kind else {
        return None;
    };
    let (ast::ExprKind::List(items) | ast::ExprKind::Tuple(items)) = &f.kind else {
        return None;
    };
    let mut seen = HashSet::new();
    let fields = items
        .iter()
        .map(|item| match &item.kind {
            ast::ExprKind::Tuple(pair) => match pair.as_slice() {
                [ast::Expr {
                    kind: ast::ExprKind::Str(field),
                    ..
                }, annotation]
                    if seen.insert(field.clone()) =>
                {
                    Some((field.clone(), annotation.clone()))
                }
                _ => None,
            },
            _ => None,
        })
        .collect::<Option<Vec<_>>>()?;
    Some((name.clone(), fields))
}

impl Checker {
    /// `for a, b in points`: the loop takes each named tuple into a hidden
    /// variable, unpacked as a tuple at the top of the body.
    pub(super) fn nt_loop_target(
        &mut self,
        target: &ast::Expr,
        elem: &Ty,
        scope: &mut Scope,
    ) -> R<Option<(Target, Vec<Stmt>)>> {
        if !matches!(
            target.kind,
            ast::ExprKind::Tuple(_) | ast::ExprKind::List(_)
        ) || self.nt_class(elem).is_none()
        {
            return Ok(None);
        }
        let tmp = self.hidden(scope, "row", elem.clone());
        let load = mk(elem.clone(), target.span, ExprKind::Load(Place::Local(tmp)));
        let v = self.nt_as_tuple(load, scope);
        let t = self.target(target, Some(&v.ty), scope)?;
        let v = self.expect(v, &target_ty(&t, self, scope), "loop element")?;
        forget_target(&t, scope);
        Ok(Some((
            Target::Place(Place::Local(tmp)),
            vec![Stmt::Assign(t, v)],
        )))
    }
}
