//! Imports of the program's own modules.
//!
//! Before a module is declared, one pass over its syntax tree replaces
//! every reference to an attribute of an imported module (`util.f`,
//! `pkg.sub.X`, `s.Point` after `import pkg.sub as s`) by the name
//! `module:attr` (`util:f`, `pkg.sub:X`), which no program can spell;
//! `Checker::global_binding` resolves such a name in the other module's
//! namespace. Everything that works on names then works across modules
//! unchanged: calls, constructors, base classes, annotations, `except`
//! clauses, and assignments (`util.COUNTER += 1` writes the other
//! module's global, also from a function, since such a name is never a
//! local). A reference to a module that is not an attribute of it (a
//! module used as a value) becomes `module:`, which is refused where it
//! is used. A name is a module alias only where no local variable or
//! parameter of the same name shadows it, and at module level only after
//! the import statement that binds it.
//!
//! The import statements themselves become calls of the imported
//! modules' body functions, in CPython's order (`import a.b` runs `a`,
//! then `a.b`); each body runs once, guarded by its module's
//! "initialised" flag, set on entry as CPython registers the module in
//! `sys.modules` before running it. `from m import x` binds `x` when the
//! statement runs: a global of `m` is copied into a global of the
//! importing module, functions and classes (which cannot be rebound) are
//! bound directly, and a name `m` does not define is the submodule `m.x`
//! if there is one.

use super::*;

/// Standard-library modules that the checker handles itself.
const HANDLED: &[&str] = &[
    "math",
    "typing",
    "typing_extensions",
    "mypy_extensions",
    "dataclasses",
    "contextlib",
    "functools",
    "abc",
    "types",
    "collections",
    "enum",
    "collections.abc",
    "__future__",
];

/// Whether `import name` refers to a standard-library module the checker
/// knows (these are never looked up among the program's files).
pub fn is_handled_stdlib(name: &str) -> bool {
    HANDLED.contains(&name) || name.starts_with("collections.")
}

/// The absolute name of the module a `from` import names: `module` itself
/// for an absolute import, or relative to the importing module `current`
/// (`is_package`: a package's `__init__`, which is its own package) for
/// `level` leading dots. The error is CPython's `ImportError` message.
pub fn resolve_relative(
    current: &str,
    is_package: bool,
    level: u32,
    module: &str,
) -> Result<String, String> {
    if level == 0 {
        return Ok(module.to_string());
    }
    if current == "__main__" || (!is_package && !current.contains('.')) {
        return Err("attempted relative import with no known parent package".into());
    }
    let mut package: Vec<&str> = current.split('.').collect();
    if !is_package {
        package.pop();
    }
    for _ in 1..level {
        if package.pop().is_none() || package.is_empty() {
            return Err("attempted relative import beyond top-level package".into());
        }
    }
    let mut name = package.join(".");
    if !module.is_empty() {
        name.push('.');
        name.push_str(module);
    }
    Ok(name)
}

/// The modules an import statement binds names to: (bound name, module).
fn aliases(cx: &Checker, m: usize, s: &ast::Stmt) -> Vec<(String, String)> {
    let mut out = Vec::new();
    match &s.kind {
        ast::StmtKind::Import(items) => {
            for (name, alias) in items {
                let top = name.name.split('.').next().unwrap_or("");
                if !cx.modules.index.contains_key(top) {
                    continue;
                }
                match alias {
                    Some(a) => out.push((a.name.clone(), name.name.clone())),
                    None => out.push((top.to_string(), top.to_string())),
                }
            }
        }
        ast::StmtKind::ImportFrom {
            module,
            level,
            names,
        } => {
            let info = &cx.modules.info[m];
            let Ok(base) =
                resolve_relative(&info.name, cx.modules.is_package[m], *level, &module.name)
            else {
                return out;
            };
            for (n, alias) in names {
                let sub = format!("{base}.{}", n.name);
                if cx.submodule_import(&base, &n.name).is_some() {
                    out.push((alias.as_ref().unwrap_or(n).name.clone(), sub));
                }
            }
        }
        _ => {}
    }
    out
}

/// The rewriting pass of one module (see the module documentation).
struct Resolver<'c> {
    cx: &'c Checker,
    m: usize,
    /// Every alias the module's top-level imports bind: what function
    /// bodies, which run later, see.
    all: HashMap<String, String>,
}

impl Checker {
    /// `from base import name` names the submodule `base.name` (rather
    /// than an attribute of `base`): its dotted name.
    fn submodule_import(&self, base: &str, name: &str) -> Option<String> {
        let sub = format!("{base}.{name}");
        let b = *self.modules.index.get(base)?;
        (self.modules.index.contains_key(&sub) && !self.module_names(b).contains_key(name))
            .then_some(sub)
    }

    /// The module's syntax tree with the attributes of imported modules
    /// renamed to `module:attr`. Also binds, before the module's names are
    /// declared, the classes and functions its `from` imports name, which
    /// its annotations and base classes may use.
    pub(super) fn resolve_module_attrs(&mut self, m: usize, module: &ast::Module) -> ast::Module {
        if self.modules.info.len() < 2 {
            return module.clone();
        }
        let mut all = HashMap::new();
        each_stmt(&module.body, &mut |s| all.extend(aliases(self, m, s)));
        let r = Resolver {
            cx: self,
            m,
            all: all.clone(),
        };
        let mut out = module.clone();
        let mut active = HashMap::new();
        r.module_block(&mut out.body, &mut active);
        self.modules.aliases[m] = all;
        let mut early = Vec::new();
        each_stmt(&module.body, &mut |s| {
            if let ast::StmtKind::ImportFrom {
                module,
                level,
                names,
            } = &s.kind
            {
                early.push((module.name.clone(), *level, names.clone()));
            }
        });
        for (module, level, names) in early {
            let Ok(base) = resolve_relative(
                &self.modules.info[m].name,
                self.modules.is_package[m],
                level,
                &module,
            ) else {
                continue;
            };
            let Some(&b) = self.modules.index.get(&base) else {
                continue;
            };
            for (n, alias) in names {
                let bind = alias.as_ref().unwrap_or(&n).name.clone();
                if let Some(found @ (Binding::Class(_) | Binding::Func(_))) =
                    self.module_names(b).get(&n.name).copied()
                {
                    self.names.insert(bind, found);
                }
            }
        }
        out
    }
}

impl Resolver<'_> {
    /// Top-level statements: an alias is active after its import.
    fn module_block(&self, stmts: &mut [ast::Stmt], active: &mut HashMap<String, String>) {
        for s in stmts {
            self.stmt(s, active, true);
            active.extend(aliases(self.cx, self.m, s));
        }
    }

    fn block(&self, stmts: &mut [ast::Stmt], active: &mut HashMap<String, String>, top: bool) {
        if top {
            return self.module_block(stmts, active);
        }
        for s in stmts {
            self.stmt(s, active, false);
        }
    }

    /// The aliases a function body sees: those of the module (or of the
    /// function around it) that no parameter or local variable shadows.
    fn function_scope(
        &self,
        outer: &HashMap<String, String>,
        def: &ast::FunctionDef,
    ) -> HashMap<String, String> {
        let mut names = Vec::new();
        assigned_names(&def.body, &mut names);
        let mut defs = Vec::new();
        closures::nested_defs(&def.body, &mut defs);
        let mut scope = outer.clone();
        for p in &def.params {
            scope.remove(&p.name.name);
        }
        for (n, _) in names {
            scope.remove(&n);
        }
        for d in defs {
            scope.remove(&d.name.name);
        }
        scope
    }

    fn def(&self, def: &mut ast::FunctionDef, outer: &mut HashMap<String, String>, top: bool) {
        for d in &mut def.decorators {
            self.expr(d, outer);
        }
        for p in &mut def.params {
            if let Some(a) = &mut p.annotation {
                self.expr(a, outer);
            }
            if let Some(d) = &mut p.default {
                self.expr(d, outer);
            }
        }
        if let Some(r) = &mut def.returns {
            self.expr(r, outer);
        }
        // A module-level function runs after the module's imports.
        let base = if top { &self.all } else { &*outer };
        let mut inner = self.function_scope(base, def);
        self.block(&mut def.body, &mut inner, false);
    }

    fn stmt(&self, s: &mut ast::Stmt, active: &mut HashMap<String, String>, top: bool) {
        use ast::StmtKind as K;
        match &mut s.kind {
            K::FunctionDef(def) => self.def(def, active, top),
            K::ClassDef(c) => {
                for e in c.bases.iter_mut().chain(c.decorators.iter_mut()) {
                    self.expr(e, active);
                }
                for s in &mut c.body {
                    match &mut s.kind {
                        K::FunctionDef(def) => self.def(def, active, top),
                        _ => self.stmt(s, active, false),
                    }
                }
            }
            K::Return(v) => {
                if let Some(v) = v {
                    self.expr(v, active);
                }
            }
            K::Assign { targets, value } => {
                targets.iter_mut().for_each(|t| self.expr(t, active));
                self.expr(value, active);
            }
            K::AnnAssign {
                target,
                annotation,
                value,
            } => {
                self.expr(target, active);
                self.expr(annotation, active);
                if let Some(v) = value {
                    self.expr(v, active);
                }
            }
            K::AugAssign { target, value, .. } => {
                self.expr(target, active);
                self.expr(value, active);
            }
            K::If { test, body, orelse } | K::While { test, body, orelse } => {
                self.expr(test, active);
                self.block(body, active, top);
                self.block(orelse, active, top);
            }
            K::For {
                target,
                iter,
                body,
                orelse,
            } => {
                self.expr(target, active);
                self.expr(iter, active);
                self.block(body, active, top);
                self.block(orelse, active, top);
            }
            K::Expr(e) => self.expr(e, active),
            K::Assert { test, msg } => {
                self.expr(test, active);
                if let Some(m) = msg {
                    self.expr(m, active);
                }
            }
            K::Delete(ts) => ts.iter_mut().for_each(|t| self.expr(t, active)),
            K::Raise { exc, cause } => {
                for e in [exc, cause].into_iter().flatten() {
                    self.expr(e, active);
                }
            }
            K::Try(t) => {
                if let Some(w) = &mut t.with {
                    self.expr(&mut w.context, active);
                }
                self.block(&mut t.body, active, top);
                for h in &mut t.handlers {
                    if let Some(ty) = &mut h.ty {
                        self.expr(ty, active);
                    }
                    self.block(&mut h.body, active, top);
                }
                self.block(&mut t.orelse, active, top);
                self.block(&mut t.finalbody, active, top);
            }
            K::Match(m) => {
                self.expr(&mut m.subject, active);
                for c in &mut m.cases {
                    c.pattern.each_expr_mut(&mut |e| self.expr(e, active));
                    if let Some(g) = &mut c.guard {
                        self.expr(g, active);
                    }
                    self.block(&mut c.body, active, top);
                }
            }
            K::Break
            | K::Continue
            | K::Pass
            | K::Global(_)
            | K::Nonlocal(_)
            | K::Import(_)
            | K::ImportFrom { .. } => {}
        }
    }

    /// The module an expression denotes: an alias, or a submodule of a
    /// module it denotes (`pkg.sub`).
    fn module_of(&self, e: &ast::Expr, active: &HashMap<String, String>) -> Option<String> {
        match &e.kind {
            ast::ExprKind::Name(n) => active.get(n).cloned(),
            ast::ExprKind::Attribute(b, a) => {
                let m = self.module_of(b, active)?;
                let sub = format!("{m}.{}", a.name);
                if self.cx.modules.index.contains_key(&sub) {
                    return Some(sub);
                }
                // A module that module `m` imported (`ping.pong`).
                let mi = *self.cx.modules.index.get(&m)?;
                self.cx.modules.aliases.get(mi)?.get(&a.name).cloned()
            }
            _ => None,
        }
    }

    fn expr(&self, e: &mut ast::Expr, active: &HashMap<String, String>) {
        use ast::ExprKind as E;
        if let E::Attribute(..) = &e.kind {
            if let Some(m) = self.module_of(e, active) {
                e.kind = E::Name(format!("{m}:"));
                return;
            }
        }
        if let E::Attribute(b, a) = &e.kind {
            if let Some(m) = self.module_of(b, active) {
                e.kind = E::Name(format!("{m}:{}", a.name));
                return;
            }
        }
        match &mut e.kind {
            E::Name(_)
            | E::Int(_)
            | E::Float(_)
            | E::Str(_)
            | E::Bool(_)
            | E::None
            | E::Ellipsis => {}
            E::Unary(_, x) | E::Attribute(x, _) | E::YieldFrom(x) | E::Starred(x) => {
                self.expr(x, active)
            }
            E::Yield(x) => {
                if let Some(x) = x {
                    self.expr(x, active);
                }
            }
            E::Binary(_, a, b) | E::Subscript(a, b) => {
                self.expr(a, active);
                self.expr(b, active);
            }
            E::BoolOp(_, xs) | E::Tuple(xs) | E::List(xs) | E::Set(xs) => {
                xs.iter_mut().for_each(|x| self.expr(x, active))
            }
            E::Compare(a, rest) => {
                self.expr(a, active);
                rest.iter_mut().for_each(|(_, x)| self.expr(x, active));
            }
            E::Call {
                func,
                args,
                keywords,
            } => {
                self.expr(func, active);
                args.iter_mut().for_each(|x| self.expr(x, active));
                keywords
                    .iter_mut()
                    .for_each(|k| self.expr(&mut k.value, active));
            }
            E::IfExp { test, body, orelse } => {
                self.expr(test, active);
                self.expr(body, active);
                self.expr(orelse, active);
            }
            E::Dict(items) => items.iter_mut().for_each(|(k, v)| {
                self.expr(k, active);
                self.expr(v, active);
            }),
            E::ListComp { elt, generators }
            | E::SetComp { elt, generators }
            | E::Generator { elt, generators } => {
                self.comprehension(generators, active);
                self.expr(elt, active);
            }
            E::DictComp {
                key,
                value,
                generators,
            } => {
                self.comprehension(generators, active);
                self.expr(key, active);
                self.expr(value, active);
            }
            E::Slice { lower, upper, step } => {
                for x in [lower, upper, step].into_iter().flatten() {
                    self.expr(x, active);
                }
            }
            E::Lambda {
                params,
                defaults,
                body,
            } => {
                defaults
                    .iter_mut()
                    .flatten()
                    .for_each(|d| self.expr(d, active));
                let mut inner = active.clone();
                for p in params.iter() {
                    inner.remove(&p.name);
                }
                self.expr(body, &inner);
            }
            E::FString(parts) => self.fstring(parts, active),
        }
    }

    fn comprehension(&self, gens: &mut [ast::Comprehension], active: &HashMap<String, String>) {
        for g in gens {
            self.expr(&mut g.target, active);
            self.expr(&mut g.iter, active);
            g.ifs.iter_mut().for_each(|x| self.expr(x, active));
        }
    }

    fn fstring(&self, parts: &mut [ast::FPart], active: &HashMap<String, String>) {
        for p in parts {
            if let ast::FPart::Field { value, spec, .. } = p {
                self.expr(value, active);
                self.fstring(spec, active);
            }
        }
    }
}

impl Checker {
    /// Lowers an import statement if it imports modules of the program;
    /// returns false for the standard-library modules handled elsewhere.
    pub(super) fn user_import(
        &mut self,
        s: &ast::Stmt,
        scope: &mut Scope,
        out: &mut Vec<Stmt>,
    ) -> R<bool> {
        match &s.kind {
            ast::StmtKind::Import(items) => {
                let user = |cx: &Checker, n: &str| {
                    cx.modules
                        .index
                        .contains_key(n.split('.').next().unwrap_or(""))
                };
                if !items.iter().any(|(n, _)| user(self, &n.name)) {
                    return Ok(false);
                }
                if let Some((n, _)) = items.iter().find(|(n, _)| !user(self, &n.name)) {
                    return err(
                        Kind::Unsupported,
                        n.span,
                        "importing a standard-library module together with the program's own modules in one statement is not supported by multigen yet; write two import statements",
                    );
                }
                self.import_scope(s.span, scope)?;
                for (name, alias) in items {
                    let Some(m) = self.run_module(&name.name, name.span, s.span, false, out)?
                    else {
                        return err(
                            Kind::Import,
                            name.span,
                            format!("No module named '{}'", name.name),
                        );
                    };
                    let (bind, m) = match alias {
                        Some(a) => (a.name.clone(), m),
                        None => {
                            let top = name.name.split('.').next().unwrap_or("");
                            (top.to_string(), self.modules.index[top])
                        }
                    };
                    self.bind_import(bind, Binding::Module(m as u32), scope, name.span)?;
                }
                Ok(true)
            }
            ast::StmtKind::ImportFrom {
                module,
                level,
                names,
            } => {
                if *level == 0 && !self.modules.index.contains_key(&module.name) {
                    return Ok(false);
                }
                let cur = self.modules.cur;
                let base = resolve_relative(
                    &self.modules.info[cur].name,
                    self.modules.is_package[cur],
                    *level,
                    &module.name,
                )
                .map_err(|msg| Diagnostic::new(Kind::Import, module.span, msg))?;
                self.import_scope(s.span, scope)?;
                let Some(m) = self.run_module(&base, module.span, s.span, false, out)? else {
                    return err(
                        Kind::Import,
                        module.span,
                        format!("No module named '{base}'"),
                    );
                };
                for (n, alias) in names {
                    let bind = alias.as_ref().unwrap_or(n).name.clone();
                    self.import_name(m, &base, n, bind, s.span, scope, out)?;
                }
                Ok(true)
            }
            _ => Ok(false),
        }
    }

    /// Imports of the program's modules are supported at module level.
    fn import_scope(&mut self, span: Span, scope: &Scope) -> R<()> {
        if !scope.is_module {
            return err(
                Kind::Unsupported,
                span,
                "importing one of the program's modules inside a function is not supported by multigen yet; import it at module level",
            );
        }
        // The imported module's body runs now: user code, for the
        // definite-assignment analysis of globals (`Checker::block`).
        self.saw_call = true;
        Ok(())
    }

    /// Runs the bodies of module `name` and of the packages it is in,
    /// outermost first, at the import statement at `stmt`; returns the
    /// module's index (None if the program has no such module).
    fn run_module(
        &mut self,
        name: &str,
        span: Span,
        stmt: Span,
        fromlist: bool,
        out: &mut Vec<Stmt>,
    ) -> R<Option<usize>> {
        let mut prefix = String::new();
        let mut last = None;
        let parts = name.split('.').count();
        for (i, part) in name.split('.').enumerate() {
            if !prefix.is_empty() {
                prefix.push('.');
            }
            prefix.push_str(part);
            let Some(&m) = self.modules.index.get(&prefix) else {
                return Ok(None);
            };
            if self.modules.info[m].is_main {
                return err(
                    Kind::Unsupported,
                    span,
                    "importing the main module (which CPython would run a second time, as a module of its own) is not supported by multigen",
                );
            }
            // The frames of CPython's import machinery under the module's
            // body: six for an import statement, nine for a submodule that
            // `from pkg import sub` loads, and four more for each package
            // loaded on the way to a submodule (`import a.b` runs `a`
            // inside the import of `a.b`).
            let frames = if fromlist && i + 1 == parts {
                9
            } else {
                6 + 4 * (parts - 1 - i) as i64
            };
            let init = self.module_init(m);
            out.push(Stmt::Expr(mk(
                Ty::None,
                stmt,
                ExprKind::Call {
                    func: init,
                    args: vec![mk(Ty::Int, stmt, ExprKind::Int(frames))],
                    map: vec![ArgSource::Written(0)],
                },
            )));
            last = Some(m);
        }
        Ok(last)
    }

    /// `from <base> import <n> as <bind>`, module `m` having run.
    #[allow(clippy::too_many_arguments)]
    fn import_name(
        &mut self,
        m: usize,
        base: &str,
        n: &ast::Ident,
        bind: String,
        stmt: Span,
        scope: &mut Scope,
        out: &mut Vec<Stmt>,
    ) -> R<()> {
        if n.name == "*" {
            return err(
                Kind::Unsupported,
                n.span,
                "`import *` is not supported by multigen yet",
            );
        }
        if let Some(sub) = self.submodule_import(base, &n.name) {
            let sm = self.run_module(&sub, n.span, stmt, true, out)?.unwrap_or(m);
            return self.bind_import(bind, Binding::Module(sm as u32), scope, n.span);
        }
        let found = self.module_names(m).get(&n.name).copied();
        match found {
            Some(Binding::Global(g)) => {
                let Some(ty) = self.globals[g.index()].ty.clone() else {
                    return err(
                        Kind::Import,
                        n.span,
                        format!(
                            "cannot import name '{}' from '{base}': its type is not known yet (an import cycle?)",
                            n.name
                        ),
                    );
                };
                // The importing module's own global, assigned now.
                let mine = match self.names.get(&bind) {
                    Some(Binding::Global(h)) => *h,
                    Some(_) => {
                        return err(
                            Kind::Unsupported,
                            n.span,
                            format!(
                                "'{bind}' is both a variable and an import; this is not supported"
                            ),
                        )
                    }
                    None => {
                        let h = self.new_global(&bind, None);
                        self.names.insert(bind.clone(), Binding::Global(h));
                        h
                    }
                };
                match self.globals[mine.index()].ty.clone() {
                    None => self.globals[mine.index()].ty = Some(ty.clone()),
                    Some(t) if t == ty => {}
                    Some(t) => {
                        return err(
                            Kind::Type,
                            n.span,
                            format!(
                                "'{bind}' has type {t}, but '{base}.{}' has type {ty}",
                                n.name
                            ),
                        )
                    }
                }
                if !self.global_safe(g, scope) {
                    self.globals[g.index()].checked = true;
                }
                let t = Target::Place(Place::Global(mine));
                self.note_assigned(&t, scope);
                out.push(Stmt::Assign(
                    t,
                    mk(ty, n.span, ExprKind::Load(Place::Global(g))),
                ));
                Ok(())
            }
            Some(b) => self.bind_import(bind, b, scope, n.span),
            None if self.template_in(m, &n.name) == Some(module_templates::GENERIC_FUNCTION) => {
                self.bind_foreign_template(bind, m, &n.name);
                Ok(())
            }
            None if self.template_in(m, &n.name).is_some() => Err(self
                .foreign_template(m, &n.name, n.span)
                .expect("a template")),
            None if self.is_library(m) => Err(self.unsupported_library_name(m, &n.name, n.span)),
            None => err(
                Kind::Import,
                n.span,
                format!("cannot import name '{}' from '{base}'", n.name),
            ),
        }
    }
}
