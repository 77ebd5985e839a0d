//! The part of `typing`, `typing_extensions` and `mypy_extensions` that
//! only speaks to a type checker, rewritten away before checking.
//!
//! Typed code written for mypy or mypyc uses names that change nothing at
//! run time: `Final`, `TypeAlias` and plain aliases (`Vec = list[float]`),
//! `NewType`, `Literal[...]`, `TYPE_CHECKING`, `cast`, `@final`,
//! `@overload` stubs, and mypyc's `i64`/`i32`/`i16`/`u8`, `@trait` and
//! `@mypyc_attr(...)`. [`normalize`] rewrites a module so that the checker
//! sees only what it already knows:
//!
//! - `x: Final = v` becomes `x = v` and `x: Final[T] = v` becomes `x: T = v`;
//! - a module-level alias (`Vec = list[float]`, `Id: TypeAlias = int`,
//!   `UserId = NewType("UserId", int)`) is removed and substituted in every
//!   annotation, string annotations included; calling a `NewType` returns
//!   its argument, as CPython's does;
//! - `Literal["a", "b"]` becomes the literals' type (`str`), with `None`
//!   among them `Optional[...]`;
//! - `i64` and its kin become `int` (CPython's values are plain `int`s, and
//!   multigen's `int` is already 64-bit);
//! - `if TYPE_CHECKING:` keeps only its `else` branch (CPython never runs
//!   the body, which typically imports what only the type checker needs);
//! - harmless decorators are dropped, and so are functions decorated with
//!   `@overload` (the stubs before the one implementation);
//! - `typing.X`, `t.X` (any alias of these modules) become `X`;
//! - `cast(T, v)` becomes a call of [`CAST`], which the checker types as
//!   `T` (`Checker::cast_call`).
//!
//! `typing_extensions` is read as `typing`, whose names it re-exports.

use super::*;
use multigen_syntax::visit::{self, VisitMut};

/// The name `cast` is rewritten to: not a name a program can define.
pub(super) const CAST: &str = "typing.cast";

/// What a name imported from one of the typing modules means here.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Item {
    Final,
    Cast,
    TypeChecking,
    Literal,
    TypeAlias,
    NewType,
    /// A decorator that changes nothing at run time.
    Harmless,
    Overload,
    /// `i64` and the other fixed-width ints of mypyc.
    Int,
}

fn item(module: &str, name: &str) -> Option<Item> {
    let typing = matches!(module, "typing" | "typing_extensions");
    Some(match name {
        "Final" if typing => Item::Final,
        "cast" if typing => Item::Cast,
        "TYPE_CHECKING" if typing => Item::TypeChecking,
        "Literal" if typing => Item::Literal,
        "TypeAlias" if typing => Item::TypeAlias,
        "NewType" if typing => Item::NewType,
        "final" if typing => Item::Harmless,
        "overload" if typing => Item::Overload,
        "i64" | "i32" | "i16" | "u8" if module == "mypy_extensions" => Item::Int,
        "trait" | "mypyc_attr" if module == "mypy_extensions" => Item::Harmless,
        _ => return None,
    })
}

const MODULES: [&str; 3] = ["typing", "typing_extensions", "mypy_extensions"];

/// Generic types whose subscription on the right of `X = ...` makes `X` an
/// alias, as mypy reads it.
const GENERIC_TYPES: [&str; 20] = [
    "list",
    "dict",
    "set",
    "tuple",
    "frozenset",
    "type",
    "List",
    "Dict",
    "Set",
    "Tuple",
    "FrozenSet",
    "Type",
    "Optional",
    "Union",
    "Callable",
    "Iterator",
    "Iterable",
    "Generator",
    "Literal",
    "Final",
];

#[derive(Default)]
struct Surface {
    /// Local names of the imported items.
    items: HashMap<String, (Item, String)>,
    /// Local names of the typing modules (`import typing as t`).
    modules: HashMap<String, String>,
    /// Module-level aliases and what they stand for.
    aliases: HashMap<String, ast::Expr>,
    newtypes: HashSet<String>,
    /// Names of the module's classes (an alias may name one).
    classes: HashSet<String>,
    errors: Vec<Diagnostic>,
}

/// Rewrites `module` as described in the module documentation; returns
/// it with the diagnostics of the uses that are refused.
pub(super) fn normalize(module: &ast::Module) -> (ast::Module, Vec<Diagnostic>) {
    let mut sf = Surface::default();
    let mut out = module.clone();
    sf.imports(&mut out.body);
    if sf.items.is_empty() && sf.modules.is_empty() && !has_alias_candidates(&out.body) {
        return (out, sf.errors);
    }
    for s in &out.body {
        if let ast::StmtKind::ClassDef(c) = &s.kind {
            sf.classes.insert(c.name.name.clone());
        }
    }
    sf.collect_aliases(&mut out.body);
    sf.block(&mut out.body);
    (out, sf.errors)
}

/// Whether some module-level statement could define an alias.
fn has_alias_candidates(body: &[ast::Stmt]) -> bool {
    body.iter().any(|s| {
        matches!(&s.kind, ast::StmtKind::Assign { targets, value }
            if targets.len() == 1 && matches!(value.kind, ast::ExprKind::Subscript(..) | ast::ExprKind::Binary(ast::BinOp::BitOr, ..)))
    })
}

impl Surface {
    /// Records the imports of the typing modules and drops the names this
    /// pass handles from them (an import left empty becomes `pass`).
    fn imports(&mut self, body: &mut [ast::Stmt]) {
        for s in body {
            match &mut s.kind {
                ast::StmtKind::ImportFrom {
                    module,
                    names,
                    level: 0,
                } if MODULES.contains(&module.name.as_str()) => {
                    names.retain(|(n, alias)| {
                        let local = alias.as_ref().unwrap_or(n).name.clone();
                        match item(&module.name, &n.name) {
                            Some(it) => {
                                self.items.insert(local, (it, n.name.clone()));
                                false
                            }
                            None => true,
                        }
                    });
                    if module.name == "typing_extensions" {
                        module.name = "typing".into();
                    }
                    if names.is_empty() {
                        s.kind = ast::StmtKind::Pass;
                    }
                }
                ast::StmtKind::Import(names) => {
                    names.retain(|(n, alias)| {
                        if !MODULES.contains(&n.name.as_str()) {
                            return true;
                        }
                        let local = alias.as_ref().unwrap_or(n).name.clone();
                        self.modules.insert(local, n.name.clone());
                        false
                    });
                    if names.is_empty() {
                        s.kind = ast::StmtKind::Pass;
                    }
                }
                _ => {}
            }
        }
    }

    /// The item a name or `module.name` expression stands for.
    fn item_of(&self, e: &ast::Expr) -> Option<Item> {
        match &e.kind {
            ast::ExprKind::Name(n) => self.items.get(n).map(|i| i.0),
            ast::ExprKind::Attribute(m, attr) => match &m.kind {
                ast::ExprKind::Name(m) => item(self.modules.get(m)?, &attr.name),
                _ => None,
            },
            _ => None,
        }
    }

    /// Whether `e`, on the right of a module-level `X = e`, is a type (so
    /// that `X` is an alias), as mypy decides it.
    fn is_type_expr(&self, e: &ast::Expr) -> bool {
        match &e.kind {
            ast::ExprKind::Subscript(base, _) => match &base.kind {
                ast::ExprKind::Name(b) => {
                    GENERIC_TYPES.contains(&b.as_str()) || self.aliases.contains_key(b)
                }
                ast::ExprKind::Attribute(m, _) => {
                    matches!(&m.kind, ast::ExprKind::Name(m) if self.modules.contains_key(m))
                }
                _ => false,
            },
            ast::ExprKind::Binary(ast::BinOp::BitOr, a, b) => {
                self.is_type_operand(a) && self.is_type_operand(b)
            }
            _ => false,
        }
    }

    fn is_type_operand(&self, e: &ast::Expr) -> bool {
        match &e.kind {
            ast::ExprKind::None => true,
            ast::ExprKind::Name(n) => {
                matches!(n.as_str(), "int" | "float" | "str" | "bool")
                    || self.classes.contains(n)
                    || self.aliases.contains_key(n)
            }
            _ => self.is_type_expr(e),
        }
    }

    /// Finds the module-level aliases, in order (an alias may use an
    /// earlier one), and replaces their statements by `pass`.
    fn collect_aliases(&mut self, body: &mut [ast::Stmt]) {
        let mut counts: HashMap<String, usize> = HashMap::new();
        let mut assigned = Vec::new();
        assigned_names(body, &mut assigned);
        for s in body.iter() {
            if let ast::StmtKind::Assign { targets, .. } = &s.kind {
                for t in targets {
                    if let ast::ExprKind::Name(n) = &t.kind {
                        *counts.entry(n.clone()).or_default() += 1;
                    }
                }
            }
        }
        for s in body.iter_mut() {
            let (name, value) = match &s.kind {
                ast::StmtKind::AnnAssign {
                    target,
                    annotation,
                    value: Some(value),
                } if self.item_of(annotation) == Some(Item::TypeAlias) => match &target.kind {
                    ast::ExprKind::Name(n) => (n.clone(), value.clone()),
                    _ => continue,
                },
                ast::StmtKind::Assign { targets, value } if targets.len() == 1 => {
                    let ast::ExprKind::Name(n) = &targets[0].kind else {
                        continue;
                    };
                    if counts.get(n) != Some(&1) {
                        continue;
                    }
                    if let Some(base) = self.newtype(value) {
                        self.newtypes.insert(n.clone());
                        (n.clone(), base)
                    } else if self.is_type_expr(value) {
                        (n.clone(), value.clone())
                    } else {
                        continue;
                    }
                }
                _ => continue,
            };
            let mut value = value;
            self.annotation(&mut value);
            self.aliases.insert(name, value);
            s.kind = ast::StmtKind::Pass;
        }
    }

    /// The base type of `NewType("Name", base)`.
    fn newtype(&self, e: &ast::Expr) -> Option<ast::Expr> {
        let ast::ExprKind::Call {
            func,
            args,
            keywords,
        } = &e.kind
        else {
            return None;
        };
        if self.item_of(func) != Some(Item::NewType) || !keywords.is_empty() {
            return None;
        }
        match args.as_slice() {
            [ast::Expr {
                kind: ast::ExprKind::Str(_),
                ..
            }, base] => Some(base.clone()),
            _ => None,
        }
    }

    /// The type of `Literal[...]`'s arguments.
    fn literal(&mut self, span: Span, arg: &ast::Expr) -> ast::Expr {
        let elems: Vec<&ast::Expr> = match &arg.kind {
            ast::ExprKind::Tuple(xs) => xs.iter().collect(),
            _ => vec![arg],
        };
        let mut ty: Option<&str> = None;
        let mut none = false;
        for x in elems {
            let t = match &x.kind {
                ast::ExprKind::Int(_) => "int",
                ast::ExprKind::Unary(ast::UnaryOp::Neg, v)
                    if matches!(v.kind, ast::ExprKind::Int(_)) =>
                {
                    "int"
                }
                ast::ExprKind::Str(_) => "str",
                ast::ExprKind::Bool(_) => "bool",
                ast::ExprKind::None => {
                    none = true;
                    continue;
                }
                _ => {
                    self.errors.push(Diagnostic::new(
                        Kind::Unsupported,
                        x.span,
                        "this Literal value is not supported by multigen yet (only int, str, bool and None)",
                    ));
                    return ast::Expr {
                        span,
                        kind: ast::ExprKind::Name("int".into()),
                    };
                }
            };
            match ty {
                Some(u) if u != t => {
                    self.errors.push(Diagnostic::new(
                        Kind::Unsupported,
                        span,
                        "a Literal mixing values of several types is not supported by multigen yet",
                    ));
                }
                _ => ty = Some(t),
            }
        }
        let name = |n: &str| ast::Expr {
            span,
            kind: ast::ExprKind::Name(n.into()),
        };
        match (ty, none) {
            (None, _) => ast::Expr {
                span,
                kind: ast::ExprKind::None,
            },
            (Some(t), false) => name(t),
            (Some(t), true) => ast::Expr {
                span,
                kind: ast::ExprKind::Subscript(Box::new(name("Optional")), Box::new(name(t))),
            },
        }
    }

    /// Whether `s` is `if TYPE_CHECKING:` (or `if typing.TYPE_CHECKING:`).
    fn type_checking_if(&self, s: &ast::Stmt) -> bool {
        matches!(&s.kind, ast::StmtKind::If { test, .. } if self.item_of(test) == Some(Item::TypeChecking))
    }

    fn harmless(&self, d: &ast::Expr) -> bool {
        let callee = match &d.kind {
            ast::ExprKind::Call { func, .. } => func,
            _ => d,
        };
        self.item_of(callee) == Some(Item::Harmless)
    }

    fn is_overload(&self, s: &ast::Stmt) -> bool {
        matches!(&s.kind, ast::StmtKind::FunctionDef(def)
            if def.decorators.iter().any(|d| self.item_of(d) == Some(Item::Overload)))
    }

    /// `Final` or `Final[T]` as a variable's annotation: `None` for the
    /// bare form (the type is inferred), else `T`.
    fn strip_final(&self, ann: &ast::Expr) -> Option<Option<ast::Expr>> {
        if self.item_of(ann) == Some(Item::Final) {
            return Some(None);
        }
        match &ann.kind {
            ast::ExprKind::Subscript(base, arg) if self.item_of(base) == Some(Item::Final) => {
                Some(Some((**arg).clone()))
            }
            _ => None,
        }
    }
}

impl VisitMut for Surface {
    fn block(&mut self, stmts: &mut Vec<ast::Stmt>) {
        let mut i = 0;
        while i < stmts.len() {
            if self.type_checking_if(&stmts[i]) {
                let ast::StmtKind::If { orelse, .. } = &mut stmts[i].kind else {
                    unreachable!()
                };
                let orelse = std::mem::take(orelse);
                stmts.splice(i..=i, orelse);
                continue;
            }
            if self.is_overload(&stmts[i]) {
                stmts.remove(i);
                continue;
            }
            self.stmt(&mut stmts[i]);
            i += 1;
        }
    }

    fn stmt(&mut self, s: &mut ast::Stmt) {
        match &mut s.kind {
            ast::StmtKind::FunctionDef(def) => def.decorators.retain(|d| !self.harmless(d)),
            ast::StmtKind::ClassDef(c) => c.decorators.retain(|d| !self.harmless(d)),
            ast::StmtKind::AnnAssign {
                target,
                annotation,
                value,
            } => match self.strip_final(annotation) {
                Some(Some(t)) => *annotation = t,
                Some(None) => match value.take() {
                    Some(v) => {
                        let target = target.clone();
                        s.kind = ast::StmtKind::Assign {
                            targets: vec![target],
                            value: v,
                        }
                    }
                    None => self.errors.push(Diagnostic::new(
                        Kind::Type,
                        annotation.span,
                        "Type in Final[...] can only be omitted if there is an initializer",
                    )),
                },
                None => {}
            },
            _ => {}
        }
        visit::walk_stmt(self, s);
    }

    fn annotation(&mut self, e: &mut ast::Expr) {
        self.annotation_depth(e, 0);
    }

    fn expr(&mut self, e: &mut ast::Expr) {
        match self.item_of(e) {
            Some(Item::Cast) => {
                e.kind = ast::ExprKind::Name(CAST.into());
                return;
            }
            Some(Item::TypeChecking) => {
                e.kind = ast::ExprKind::Bool(false);
                return;
            }
            Some(Item::Int) => {
                e.kind = ast::ExprKind::Name("int".into());
                return;
            }
            _ => {}
        }
        match &mut e.kind {
            ast::ExprKind::Call {
                func,
                args,
                keywords,
            } => {
                if let ast::ExprKind::Name(n) = &func.kind {
                    if self.newtypes.contains(n) && args.len() == 1 && keywords.is_empty() {
                        // `UserId(5)` is `5` at run time.
                        let mut a = args.pop().unwrap();
                        self.expr(&mut a);
                        *e = a;
                        return;
                    }
                }
                if self.item_of(func) == Some(Item::Cast) {
                    if let Some(t) = args.first_mut() {
                        self.annotation(t);
                    }
                    for a in args.iter_mut().skip(1) {
                        self.expr(a);
                    }
                    func.kind = ast::ExprKind::Name(CAST.into());
                    return;
                }
            }
            ast::ExprKind::Name(n) if self.aliases.contains_key(n) => {
                self.errors.push(Diagnostic::new(
                    Kind::Unsupported,
                    e.span,
                    format!(
                        "the type alias '{n}' used as a value is not supported by multigen yet"
                    ),
                ));
                return;
            }
            _ => {}
        }
        visit::walk_expr(self, e);
    }
}

impl Surface {
    fn annotation_depth(&mut self, e: &mut ast::Expr, depth: usize) {
        if depth > 32 {
            self.errors.push(Diagnostic::new(
                Kind::Type,
                e.span,
                "a type alias that refers to itself is not supported",
            ));
            return;
        }
        if let ast::ExprKind::Attribute(m, attr) = &e.kind {
            if matches!(&m.kind, ast::ExprKind::Name(m) if self.modules.contains_key(m)) {
                e.kind = ast::ExprKind::Name(attr.name.clone());
            }
        }
        match self.item_of(e) {
            Some(Item::Int) => {
                e.kind = ast::ExprKind::Name("int".into());
                return;
            }
            Some(Item::Final) => {
                self.errors.push(Diagnostic::new(
                    Kind::Type,
                    e.span,
                    "Final can be only used as an outermost qualifier in a variable annotation",
                ));
                return;
            }
            _ => {}
        }
        match &mut e.kind {
            ast::ExprKind::Name(n) => {
                if let Some(t) = self.aliases.get(n) {
                    let mut t = t.clone();
                    visit::relocate(&mut t, e.span);
                    *e = t;
                    self.annotation_depth(e, depth + 1);
                }
            }
            ast::ExprKind::Str(s) => {
                // A forward reference may name an alias: substitute inside it.
                let Ok(parsed) = multigen_syntax::parse(s) else {
                    return;
                };
                if let [ast::Stmt {
                    kind: ast::StmtKind::Expr(inner),
                    ..
                }] = parsed.body.as_slice()
                {
                    let mut inner = inner.clone();
                    visit::relocate(&mut inner, e.span);
                    if mentions(&inner, &|n| {
                        self.aliases.contains_key(n) || self.items.contains_key(n)
                    }) {
                        *e = inner;
                        self.annotation_depth(e, depth + 1);
                    }
                }
            }
            ast::ExprKind::Subscript(base, arg) => {
                if self.item_of(base) == Some(Item::Literal) {
                    let arg = (**arg).clone();
                    *e = self.literal(e.span, &arg);
                    return;
                }
                self.annotation_depth(base, depth + 1);
                self.annotation_depth(arg, depth + 1);
            }
            ast::ExprKind::Tuple(xs) | ast::ExprKind::List(xs) => xs
                .iter_mut()
                .for_each(|x| self.annotation_depth(x, depth + 1)),
            ast::ExprKind::Binary(ast::BinOp::BitOr, a, b) => {
                self.annotation_depth(a, depth + 1);
                self.annotation_depth(b, depth + 1);
            }
            _ => {}
        }
    }
}

/// Whether `e` mentions a name for which `f` holds.
fn mentions(e: &ast::Expr, f: &dyn Fn(&str) -> bool) -> bool {
    struct Find<'a>(&'a dyn Fn(&str) -> bool, bool);
    impl VisitMut for Find<'_> {
        fn expr(&mut self, e: &mut ast::Expr) {
            if let ast::ExprKind::Name(n) = &e.kind {
                self.1 |= (self.0)(n);
            }
            visit::walk_expr(self, e);
        }
    }
    let mut find = Find(f, false);
    find.expr(&mut e.clone());
    find.1
}

impl Checker {
    /// `cast(T, v)`: `v` seen as `T`. CPython checks nothing; here the
    /// value must already be a `T`, or convert to one without changing at
    /// run time (an object to a base class, a value to `Optional`), or be an
    /// `Optional[T]` (`None` then raises `TypeError`, where CPython would
    /// go on with `None`: a documented difference).
    pub(super) fn cast_call(
        &mut self,
        args: &[ast::Expr],
        keywords: &[ast::Keyword],
        span: Span,
        scope: &mut Scope,
    ) -> R<Expr> {
        let [t, v] = args else {
            return err(Kind::Call, span, "cast() takes a type and a value");
        };
        if !keywords.is_empty() {
            return err(Kind::Call, span, "cast() takes no keyword arguments");
        }
        let to = self.annotation(t)?;
        let v = self.expr(v, scope)?;
        if v.ty == to {
            return Ok(v);
        }
        if let Ty::Optional(inner) = &v.ty {
            if **inner == to {
                let msg = format!("cast to {to} of None");
                return Ok(mk(
                    to,
                    span,
                    ExprKind::Unwrap(Box::new(v), Some(("TypeError", msg))),
                ));
            }
        }
        // A downcast (`cast(Dog, animal)`) checks the class, as the
        // representation cannot hold anything else: CPython would go on
        // with the wrong object, multigen raises `TypeError` (documented).
        if let (Ty::Class(from), Ty::Class(c)) = (self.resolve(&v.ty), to.clone()) {
            if self.is_subclass(c, from) {
                return Ok(self.checked_downcast(v, c, span, scope));
            }
        }
        let numeric = is_numeric(&v.ty) && is_numeric(&to);
        if !numeric {
            if let Ok(e) = self.expect(v.clone(), &to, "cast value") {
                return Ok(e);
            }
        }
        err(
            Kind::Unsupported,
            span,
            format!("cast from {} to {to} is not supported by multigen (a cast must not change the value's representation)", v.ty),
        )
    }
}

impl Checker {
    /// `v` (of a base class of `c`) as a `c`, or `TypeError` when it is not
    /// one.
    fn checked_downcast(&mut self, v: Expr, c: ClassId, span: Span, scope: &mut Scope) -> Expr {
        let from = v.ty.clone();
        let tmp = self.hidden(scope, "cast", from.clone());
        let value = classes::load(tmp, from.clone(), span);
        let test = mk(
            Ty::Bool,
            span,
            ExprKind::IsInstance(Box::new(value.clone()), vec![c]),
        );
        let te = self.class_named("TypeError").expect("runtime class");
        let msg = format!(
            "cast to {} of an object of another class",
            self.classes[c.index()].name
        );
        let exc = mk(
            Ty::Class(te),
            span,
            ExprKind::New {
                class: te,
                init: None,
                args: vec![mk(Ty::Str, span, ExprKind::Str(msg))],
                map: vec![],
            },
        );
        let fail = Stmt::Raise {
            exc: Some(exc),
            cause: None,
            span,
        };
        let not = mk(Ty::Bool, span, ExprKind::Unary(UnOp::Not, Box::new(test)));
        mk(
            Ty::Class(c),
            span,
            ExprKind::Block(
                vec![
                    Stmt::Assign(Target::Place(Place::Local(tmp)), v),
                    Stmt::If(not, vec![fail], vec![]),
                ],
                Box::new(mk(Ty::Class(c), span, ExprKind::Cast(Box::new(value)))),
            ),
        )
    }
}
