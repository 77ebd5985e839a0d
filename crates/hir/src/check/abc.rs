//! Abstract base classes: `abc.ABC` as a base, `@abstractmethod` (also
//! under `@property`), and CPython's `TypeError` when a class that still
//! has abstract methods is instantiated.
//!
//! A class is abstract-capable when it names `ABC` among its bases or
//! derives from such a class (its metaclass is then `ABCMeta`; the parser
//! refuses `metaclass=` itself). Elsewhere `@abstractmethod` changes
//! nothing, as in CPython. The abstract methods of a class are the names
//! marked abstract in its MRO whose resolution is still an abstract
//! definition; constructing such a class evaluates the arguments and
//! raises `TypeError: Can't instantiate abstract class C with abstract
//! method(s) ...` at the call, since CPython's `object.__new__` does so
//! before `__init__` runs.
//!
//! The body of an abstract method is often a stub (`...`, `pass`, a
//! docstring) that returns None whatever the annotation says. A stub of a
//! method declared to return something else becomes `raise
//! NotImplementedError` (no object can reach it through dispatch, since
//! its class cannot be instantiated), and a direct call of it (`super().
//! area()`, `Shape.area(self)`) is refused, since CPython would return
//! None there.

use super::*;

impl Checker {
    /// Records the module's `from abc import ...` and `import abc [as m]`.
    pub(super) fn scan_abc_imports(&mut self, module: &ast::Module) {
        self.abc_imports
            .extend(super::classes::imports_of(module, "abc"));
    }

    /// Whether an expression names `what` from `abc` (`ABC`,
    /// `abstractmethod`), as imported by the module.
    pub(super) fn is_abc_item(&self, e: &ast::Expr, what: &str) -> bool {
        match &e.kind {
            ast::ExprKind::Name(n) => self.abc_imports.contains(&(what.into(), n.clone())),
            ast::ExprKind::Attribute(b, a) => {
                a.name == what
                    && matches!(&b.kind, ast::ExprKind::Name(m) if self.abc_imports.contains(&("abc".into(), m.clone())))
            }
            _ => false,
        }
    }

    /// A class statement without its `@abstractmethod` decorators, and
    /// the names of the methods that carried one (in an abstract-capable
    /// class, stub bodies replaced as the module documentation says).
    pub(super) fn strip_abstract(
        &self,
        def: &ast::ClassDef,
        is_abc: bool,
    ) -> (ast::ClassDef, Vec<String>, Vec<String>) {
        let mut def = def.clone();
        let mut names = Vec::new();
        let mut stubs = Vec::new();
        for s in &mut def.body {
            let ast::StmtKind::FunctionDef(f) = &mut s.kind else {
                continue;
            };
            let before = f.decorators.len();
            f.decorators
                .retain(|d| !self.is_abc_item(d, "abstractmethod"));
            if f.decorators.len() == before {
                continue;
            }
            names.push(f.name.name.clone());
            let returns_value = f
                .returns
                .as_ref()
                .is_some_and(|r| !matches!(r.kind, ast::ExprKind::None));
            if is_abc && is_stub(&f.body) {
                let span = f.body[0].span;
                f.body = if returns_value {
                    stubs.push(f.name.name.clone());
                    vec![ast::Stmt {
                        kind: ast::StmtKind::Raise {
                            exc: Some(ast::Expr {
                                kind: ast::ExprKind::Name("NotImplementedError".into()),
                                span,
                            }),
                            cause: None,
                        },
                        span,
                    }]
                } else {
                    vec![ast::Stmt {
                        kind: ast::StmtKind::Pass,
                        span,
                    }]
                };
            }
        }
        (def, names, stubs)
    }

    /// The abstract methods of class `c` that it has not overridden,
    /// sorted as CPython lists them.
    pub(super) fn abstract_methods(&self, c: ClassId) -> Vec<String> {
        if !self.classes[c.index()].is_abc {
            return vec![];
        }
        let mro = self.mro_of(c);
        let mut out: Vec<String> = Vec::new();
        for k in &mro {
            for n in &self.classes[k.index()].abstracts {
                // The first class of the MRO that defines the name decides.
                let owner = mro.iter().find(|x| {
                    let x = &self.classes[x.index()];
                    x.methods.contains_key(n) || x.consts.contains_key(n)
                });
                if owner == Some(k) && !out.contains(n) {
                    out.push(n.clone());
                }
            }
        }
        out.sort();
        out
    }

    /// A construction of class `c` (`e`, checked as usual): when `c` still
    /// has abstract methods, the arguments are evaluated and CPython's
    /// `TypeError` is raised instead.
    pub(super) fn abstract_guard(&mut self, c: ClassId, e: Expr) -> Expr {
        let missing = self.abstract_methods(c);
        if missing.is_empty() {
            return e;
        }
        let span = e.span;
        let msg = format!(
            "Can't instantiate abstract class {} with abstract method{} {}",
            self.classes[c.index()].name,
            if missing.len() == 1 { "" } else { "s" },
            missing.join(", ")
        );
        let mut stmts = Vec::new();
        if let ExprKind::New { args, .. } = e.kind {
            stmts.extend(args.into_iter().map(Stmt::Expr));
        }
        // The failed unwrap of a None raises the error, located at the
        // call as CPython's traceback shows it.
        let none = mk(Ty::Optional(Box::new(Ty::Class(c))), span, ExprKind::None);
        let raise = mk(
            Ty::Class(c),
            span,
            ExprKind::Unwrap(Box::new(none), Some(("TypeError", msg))),
        );
        mk(Ty::Class(c), span, ExprKind::Block(stmts, Box::new(raise)))
    }

    /// Refuses direct calls of abstract stubs declared to return a value
    /// (see the module documentation).
    pub(super) fn refuse_stub_calls(&mut self) {
        if self.abstract_stubs.is_empty() {
            return;
        }
        let mut bad = Vec::new();
        for f in self.functions.iter().flatten() {
            crate::visit::exprs(&f.body, &mut |e| {
                if let ExprKind::MethodCall {
                    func, slot: None, ..
                } = &e.kind
                {
                    if self.abstract_stubs.contains(func) {
                        bad.push((e.span, *func));
                    }
                }
            });
        }
        for (span, func) in bad {
            let name = self.qualnames.get(&func).cloned().unwrap_or_default();
            self.report(Diagnostic::new(
                Kind::Unsupported,
                span,
                format!("this call runs the empty body of abstract method {name}, which returns None where its annotation promises a value; multigen does not support that"),
            ));
        }
    }
}

/// Whether a function body only documents itself: `...`, `pass` or a
/// docstring.
fn is_stub(body: &[ast::Stmt]) -> bool {
    !body.is_empty()
        && body.iter().all(|s| match &s.kind {
            ast::StmtKind::Pass => true,
            ast::StmtKind::Expr(e) => {
                matches!(e.kind, ast::ExprKind::Ellipsis | ast::ExprKind::Str(_))
            }
            _ => false,
        })
}
