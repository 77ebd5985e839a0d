//! Classes defined in class bodies (`class Outer: class Inner: ...`),
//! and the names of classes: `__name__`, `__qualname__`, `type(a) is
//! type(b)`.
//!
//! A nested class is an ordinary class whose name inside the checker is
//! its `__qualname__`, `Outer.Inner`, which no program can spell as one
//! name. [`flatten`] renames the nested `class` statements before checking
//! and rewrites what refers to them: `Outer.Inner` anywhere (annotations
//! included), and the plain `Inner` where Python's scoping makes it
//! visible, which is the rest of `Outer`'s body after the nested
//! statement, with the annotations and defaults of its methods, but not
//! the methods' bodies (a class body is no enclosing scope), where
//! `Inner` stays a global name that the checker refuses when there is
//! none, as mypy does. Such a class is declared like a module-level one
//! (its qualified name gives method qualnames such as
//! `Outer.Inner.__init__` for free, and dataclass reprs CPython's
//! `Outer.Inner(x=1)`); its `class` statement runs inside the outer
//! body's frame, and the runtime's `__name__` is the last component.
//!
//! `type(x).__qualname__` is the object's `__name__` when no class it may
//! have is nested, and otherwise an `isinstance` test per such class,
//! most derived first, each giving its qualified name.

use super::*;
use multigen_syntax::visit::{self, VisitMut};

/// The `__name__` of a class whose checker name is `qualname`.
pub(super) fn short_name(qualname: &str) -> &str {
    qualname.rsplit('.').next().unwrap_or(qualname)
}

/// Renames the classes nested in the module's classes to their qualified
/// names and rewrites the references to them (see the module comment).
/// A module without nested classes is left as it is.
pub(super) fn flatten(module: &mut ast::Module) -> Vec<Diagnostic> {
    let mut all = HashSet::new();
    let mut errors = Vec::new();
    for s in &module.body {
        if let ast::StmtKind::ClassDef(c) = &s.kind {
            collect(&c.name.name, &c.body, &mut all, &mut errors);
        }
    }
    if all.is_empty() {
        return errors;
    }
    for s in &mut module.body {
        if let ast::StmtKind::ClassDef(c) = &mut s.kind {
            let q = c.name.name.clone();
            rename(&q, &mut c.body);
        }
    }
    Dotted { all: &all }.block(&mut module.body);
    for s in &mut module.body {
        if let ast::StmtKind::ClassDef(c) = &mut s.kind {
            class_scope(c);
        }
    }
    errors
}

/// The qualified names of the classes nested in a class body, refusing
/// what multigen does not support there.
fn collect(
    prefix: &str,
    body: &[ast::Stmt],
    out: &mut HashSet<String>,
    errors: &mut Vec<Diagnostic>,
) {
    for s in body {
        let ast::StmtKind::ClassDef(c) = &s.kind else {
            continue;
        };
        if c.bases
            .iter()
            .any(|b| matches!(&b.kind, ast::ExprKind::Subscript(..)))
        {
            errors.push(Diagnostic::new(
                Kind::Unsupported,
                c.name.span,
                "a generic class nested in a class is not supported by multigen yet",
            ));
        }
        let q = format!("{prefix}.{}", c.name.name);
        collect(&q, &c.body, out, errors);
        out.insert(q);
    }
}

fn rename(prefix: &str, body: &mut [ast::Stmt]) {
    for s in body {
        if let ast::StmtKind::ClassDef(c) = &mut s.kind {
            c.name.name = format!("{prefix}.{}", c.name.name);
            let q = c.name.name.clone();
            rename(&q, &mut c.body);
        }
    }
}

/// `Outer.Inner` (also `Outer.Mid.Inner`) becomes the name `Outer.Inner`
/// everywhere, annotations and string annotations included.
struct Dotted<'a> {
    all: &'a HashSet<String>,
}

impl VisitMut for Dotted<'_> {
    fn expr(&mut self, e: &mut ast::Expr) {
        visit::walk_expr(self, e);
        if let ast::ExprKind::Attribute(b, a) = &e.kind {
            if let ast::ExprKind::Name(n) = &b.kind {
                let q = format!("{n}.{}", a.name);
                if self.all.contains(&q) {
                    e.kind = ast::ExprKind::Name(q);
                }
            }
        }
    }

    fn annotation(&mut self, e: &mut ast::Expr) {
        if let ast::ExprKind::Str(s) = &e.kind {
            if self.all.contains(s.trim()) {
                e.kind = ast::ExprKind::Name(s.trim().to_string());
            }
            return;
        }
        self.expr(e);
    }
}

/// Rewrites the plain names of the classes nested in `c` where the class
/// body's scope sees them, then does the same in the nested bodies.
fn class_scope(c: &mut ast::ClassDef) {
    let q = c.name.name.clone();
    let mut visible: HashMap<String, String> = HashMap::new();
    for s in &mut c.body {
        {
            let mut r = ScopeNames { visible: &visible };
            match &mut s.kind {
                ast::StmtKind::ClassDef(d) => {
                    d.bases.iter_mut().for_each(|b| r.expr(b));
                    d.decorators.iter_mut().for_each(|x| r.expr(x));
                }
                ast::StmtKind::FunctionDef(f) => {
                    f.decorators.iter_mut().for_each(|x| r.expr(x));
                    for p in &mut f.params {
                        if let Some(a) = &mut p.annotation {
                            r.annotation(a);
                        }
                        if let Some(d) = &mut p.default {
                            r.expr(d);
                        }
                    }
                    if let Some(a) = &mut f.returns {
                        r.annotation(a);
                    }
                }
                _ => r.stmt(s),
            }
        }
        if let ast::StmtKind::ClassDef(d) = &mut s.kind {
            let short = short_name(&d.name.name).to_string();
            visible.insert(short, format!("{q}.{}", short_name(&d.name.name)));
            class_scope(d);
        }
    }
}

/// Replaces the names of a class body's nested classes by their
/// qualified names, outside the scopes that do not see the class body
/// (lambdas, and comprehensions past their first iterable).
struct ScopeNames<'a> {
    visible: &'a HashMap<String, String>,
}

impl VisitMut for ScopeNames<'_> {
    fn expr(&mut self, e: &mut ast::Expr) {
        match &mut e.kind {
            ast::ExprKind::Name(n) => {
                if let Some(q) = self.visible.get(n.as_str()) {
                    *n = q.clone();
                }
            }
            ast::ExprKind::Lambda { defaults, .. } => {
                defaults.iter_mut().flatten().for_each(|d| self.expr(d));
            }
            ast::ExprKind::ListComp { generators, .. }
            | ast::ExprKind::SetComp { generators, .. }
            | ast::ExprKind::Generator { generators, .. }
            | ast::ExprKind::DictComp { generators, .. } => {
                if let Some(g) = generators.first_mut() {
                    self.expr(&mut g.iter);
                }
            }
            _ => visit::walk_expr(self, e),
        }
    }

    fn annotation(&mut self, e: &mut ast::Expr) {
        if let ast::ExprKind::Str(s) = &e.kind {
            if let Some(q) = self.visible.get(s.trim()) {
                e.kind = ast::ExprKind::Name(q.clone());
            }
            return;
        }
        self.expr(e);
    }
}

/// The class statements of a module-level class for the declaration
/// passes: the classes nested in it (innermost first), then itself.
pub(super) fn with_nested<'a>(def: &'a ast::ClassDef, out: &mut Vec<&'a ast::ClassDef>) {
    for s in &def.body {
        if let ast::StmtKind::ClassDef(d) = &s.kind {
            with_nested(d, out);
        }
    }
    out.push(def);
}

impl Checker {
    /// The `class` statement of a class nested in class `outer`, run in
    /// the outer body's frame.
    pub(super) fn nested_class_statement(
        &mut self,
        def: &ast::ClassDef,
        scope: &mut Scope,
        out: &mut Vec<Stmt>,
    ) -> R<()> {
        if let Some(Binding::Class(c)) = self.names.get(&def.name.name).copied() {
            let k = &self.classes[c.index()];
            if k.is_exception || self.enums.contains_key(&c) || self.namedtuples.contains(&c) {
                return err(
                    Kind::Unsupported,
                    def.name.span,
                    "an exception class, enum or named tuple nested in a class is not supported by multigen yet",
                );
            }
        }
        // The outer body's names (`class_body` binds them while it runs)
        // are not visible in the nested body: class scopes do not nest.
        let outer = def.name.name.rsplit_once('.').map(|(o, _)| o.to_string());
        let consts: HashSet<GlobalId> = match outer.and_then(|o| self.names.get(&o).copied()) {
            Some(Binding::Class(o)) => self.classes[o.index()].consts.values().copied().collect(),
            _ => HashSet::new(),
        };
        let hidden: Vec<(String, Binding)> = scope
            .imports
            .iter()
            .filter(|(_, b)| matches!(b, Binding::Global(g) if consts.contains(g)))
            .map(|(n, b)| (n.clone(), *b))
            .collect();
        for (n, _) in &hidden {
            scope.imports.remove(n);
        }
        let r = self.class_statement(def, scope, out);
        scope.imports.extend(hidden);
        r
    }

    /// A dotted annotation that names a nested class (`"Outer.Inner"`
    /// inside a string annotation, which [`flatten`] does not see into).
    pub(super) fn dotted_class(&self, e: &ast::Expr) -> Option<ClassId> {
        fn dotted(e: &ast::Expr) -> Option<String> {
            match &e.kind {
                ast::ExprKind::Name(n) => Some(n.clone()),
                ast::ExprKind::Attribute(b, a) => Some(format!("{}.{}", dotted(b)?, a.name)),
                _ => None,
            }
        }
        match self.global_binding(&dotted(e)?) {
            Some(Binding::Class(c)) => Some(c),
            _ => None,
        }
    }

    /// `C.__name__`, `C.__qualname__` for a class name `C`, and
    /// `type(x).__qualname__` / `x.__class__.__qualname__`; `None` for
    /// other attributes.
    pub(super) fn class_name_attr(
        &mut self,
        base: &ast::Expr,
        attr: &ast::Ident,
        span: Span,
        scope: &mut Scope,
    ) -> R<Option<Expr>> {
        if !matches!(attr.name.as_str(), "__name__" | "__qualname__") {
            return Ok(None);
        }
        let qual = attr.name == "__qualname__";
        if let ast::ExprKind::Name(n) = &base.kind {
            if !self.is_value_name(n, scope) {
                if let Some(Binding::Class(c)) = self.lookup(n, scope) {
                    let q = self.classes[c.index()].name.clone();
                    let text = if qual {
                        q.clone()
                    } else {
                        short_name(&q).to_string()
                    };
                    let e = mk(Ty::Str, span, ExprKind::Str(text));
                    return Ok(Some(self.class_name_use(c, base.span, scope, e)));
                }
            }
        }
        if !qual {
            return Ok(None);
        }
        let Some(x) = Self::type_of_operand(base) else {
            return Ok(None);
        };
        let v = self.expr(x, scope)?;
        let v = self.deopt_attr(v, "__class__")?;
        let Ty::Class(c) = self.resolve(&v.ty) else {
            let name = v.ty.class_name().to_string();
            let s = mk(Ty::Str, span, ExprKind::Str(name));
            return Ok(Some(mk(
                Ty::Str,
                span,
                ExprKind::Block(vec![Stmt::Expr(v)], Box::new(s)),
            )));
        };
        Ok(Some(self.type_qualname(v, c, span, scope)))
    }

    /// `type(v).__qualname__` for an object of static class `c`.
    fn type_qualname(&mut self, v: Expr, c: ClassId, span: Span, scope: &mut Scope) -> Expr {
        let mut classes: Vec<ClassId> = (0..self.classes.len())
            .map(|i| ClassId(i as u32))
            .filter(|&k| self.is_subclass(k, c))
            .collect();
        if classes
            .iter()
            .all(|k| !self.classes[k.index()].name.contains('.'))
        {
            return mk(Ty::Str, span, ExprKind::ClassName(Box::new(v)));
        }
        // Most derived first: a class has more ancestors than any of its
        // bases, so the first class the object is an instance of is its own.
        let ancestors = |cx: &Checker, k: ClassId| {
            (0..cx.classes.len())
                .filter(|&i| cx.is_subclass(k, ClassId(i as u32)))
                .count()
        };
        classes.sort_by_key(|&k| std::cmp::Reverse(ancestors(self, k)));
        let ty = v.ty.clone();
        let tmp = self.temp(scope, ty.clone());
        let load = || mk(ty.clone(), span, ExprKind::Load(Place::Local(tmp)));
        let text = |cx: &Checker, k: ClassId| {
            mk(
                Ty::Str,
                span,
                ExprKind::Str(cx.classes[k.index()].name.clone()),
            )
        };
        let last = classes.pop().expect("c is its own subclass");
        let mut e = text(self, last);
        for k in classes.into_iter().rev() {
            let test = mk(
                Ty::Bool,
                span,
                ExprKind::IsInstance(Box::new(load()), vec![k]),
            );
            e = mk(
                Ty::Str,
                span,
                ExprKind::IfExp(Box::new(test), Box::new(text(self, k)), Box::new(e)),
            );
        }
        let set = Stmt::Assign(Target::Place(Place::Local(tmp)), v);
        mk(Ty::Str, span, ExprKind::Block(vec![set], Box::new(e)))
    }

    /// `type(a) is type(b)` (also `is not`, `==`, `!=`, and `__class__`
    /// for `type()`); `None` for other comparisons.
    pub(super) fn type_pair_compare(
        &mut self,
        first: &ast::Expr,
        rest: &[(ast::CmpOp, ast::Expr)],
        span: Span,
        scope: &mut Scope,
    ) -> R<Option<Expr>> {
        use ast::CmpOp as C;
        let Some((op, rhs)) = type_of::identity_cmp(rest) else {
            return Ok(None);
        };
        let (Some(a), Some(b)) = (Self::type_of_operand(first), Self::type_of_operand(rhs)) else {
            return Ok(None);
        };
        let a = self.expr(a, scope)?;
        let a = self.deopt_attr(a, "__class__")?;
        let b = self.expr(b, scope)?;
        let b = self.deopt_attr(b, "__class__")?;
        let negate = matches!(op, C::IsNot | C::NotEq);
        let same = match (self.resolve(&a.ty), self.resolve(&b.ty)) {
            (Ty::Class(x), Ty::Class(y))
                if x == y
                    || self.is_subclass(x, y)
                    || self.is_subclass(y, x)
                    || self.has_common_subclass(x, y) =>
            {
                let r = mk(
                    Ty::Int,
                    span,
                    ExprKind::Runtime("mg_same_class", vec![a, b]),
                );
                let one = mk(Ty::Int, span, ExprKind::Int(1));
                let hop = if negate { CmpOp::Ne } else { CmpOp::Eq };
                return Ok(Some(mk(
                    Ty::Bool,
                    span,
                    ExprKind::Compare(vec![r, one], vec![(hop, CmpKind::Int)]),
                )));
            }
            (Ty::Class(_), _) | (_, Ty::Class(_)) => false,
            (x, y) => x.class_name() == y.class_name(),
        };
        let k = mk(Ty::Bool, span, ExprKind::Bool(same != negate));
        Ok(Some(mk(
            Ty::Bool,
            span,
            ExprKind::Block(vec![Stmt::Expr(a), Stmt::Expr(b)], Box::new(k)),
        )))
    }

    /// Whether some class derives from both `x` and `y` (multiple
    /// inheritance), so that objects of both static types may share it.
    fn has_common_subclass(&self, x: ClassId, y: ClassId) -> bool {
        (0..self.classes.len())
            .map(|i| ClassId(i as u32))
            .any(|k| self.is_subclass(k, x) && self.is_subclass(k, y))
    }
}
