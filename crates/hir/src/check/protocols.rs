//! `typing.Protocol`: structural types, checked at compile time.
//!
//! A protocol class (`class Shape(Protocol)`, also `Protocol[T]`, and
//! protocols deriving from other protocols) is never declared as a class:
//! it is a list of members (methods, properties and attributes `name:
//! str`) kept in `Checker::protocols`. A parameter of a module-level
//! function typed by a protocol makes the function a template
//! (`generic_calls.rs`): each call checks that the argument's type has the
//! protocol's members (mypy's `Argument 1 to "total" has incompatible type
//! "Sq"; expected "Shape"`, with the missing members) and calls the
//! instance for that type, so the body is checked against the concrete
//! class and `s.area()` is an ordinary (possibly virtual) method call.
//! Built-in types conform by their attributes (`protocol_builtins.rs`), so
//! a `SupportsLessThan` protocol with `__lt__` takes ints and strings.
//! A protocol is also a `TypeVar` bound (`T = TypeVar("T", bound=P)`),
//! checked when a call binds `T`; a generic protocol's parameters are
//! bound from the matching members' types (`get(self) -> T` against a
//! class whose `get` returns `int` binds `T = int`).
//!
//! A protocol-typed value anywhere else (a variable, a field, a return
//! value, a container element) would need a run-time representation that
//! dispatches on the object's class; multigen refuses it with a located
//! `error[unsupported]` instead.
//!
//! `isinstance(x, P)` is decided from `x`'s static type as CPython's
//! `_ProtocolMeta.__instancecheck__` decides it from the object: a
//! built-in type by its attributes, a class by its methods (an object
//! whose static class lacks them may still be of a subclass that has
//! them, which is tested at run time). Without `@runtime_checkable` it
//! raises CPython's `TypeError` (`runtime/src/protocols.rs`).

use super::*;
use generics::TyArg;

/// The protocols `typing` defines that multigen knows, as Python source
/// (`_T_co` is their type parameter). All are runtime-checkable.
const TYPING_PROTOCOLS: &str = "\
class SupportsAbs(Protocol[_T_co]):
    def __abs__(self) -> _T_co: ...
class SupportsIndex(Protocol):
    def __index__(self) -> int: ...
class SupportsInt(Protocol):
    def __int__(self) -> int: ...
class SupportsFloat(Protocol):
    def __float__(self) -> float: ...
";

/// The names of `typing` this file handles.
pub(super) fn is_typing_name(n: &str) -> bool {
    matches!(
        n,
        "Protocol"
            | "runtime_checkable"
            | "AnyStr"
            | "SupportsAbs"
            | "SupportsIndex"
            | "SupportsInt"
            | "SupportsFloat"
    )
}

/// What a protocol requires of a conforming type.
#[derive(Clone, Debug)]
pub(super) enum Member {
    /// A method, with its definition (for the parameter count and the
    /// annotations that bind a generic protocol's parameters).
    Method(ast::FunctionDef),
    /// A `@property`, with its getter.
    Property(ast::FunctionDef),
    /// An attribute `name: T`, with its annotation.
    Attr(ast::Expr),
}

/// A protocol class.
#[derive(Clone, Debug)]
pub(super) struct Proto {
    /// Its type parameters (`Protocol[T]`).
    pub params: Vec<String>,
    /// Marked `@runtime_checkable`: `isinstance` may test it.
    pub runtime: bool,
    /// Its members and those of the protocols it derives from, by name,
    /// in the order written.
    pub members: Vec<(String, Member)>,
}

/// The `TypeVar` restrictions a binding must respect.
#[derive(Clone, Debug)]
pub(super) enum Restriction {
    /// `bound=B`.
    Bound(ast::Expr),
    /// `TypeVar("T", A, B)`: the binding is one of these.
    Constraints(Vec<ast::Expr>),
}

/// Whether `e` names `what` of `typing`: `what`, `typing.what` or
/// `typing_extensions.what`.
fn is_typing(e: &ast::Expr, what: &str) -> bool {
    match &e.kind {
        ast::ExprKind::Name(n) => n == what,
        ast::ExprKind::Attribute(m, a) => {
            a.name == what
                && matches!(&m.kind, ast::ExprKind::Name(m) if m == "typing" || m == "typing_extensions")
        }
        _ => false,
    }
}

/// Whether a base expression is `Protocol` or `Protocol[...]`.
fn is_protocol_base(e: &ast::Expr) -> bool {
    match &e.kind {
        ast::ExprKind::Subscript(b, _) => is_typing(b, "Protocol"),
        _ => is_typing(e, "Protocol"),
    }
}

/// The type parameter names of `Protocol[T, U]` or `Generic[T, U]`.
fn subscript_params(e: &ast::Expr) -> Option<Vec<&ast::Expr>> {
    let ast::ExprKind::Subscript(b, arg) = &e.kind else {
        return None;
    };
    if !is_typing(b, "Protocol") && !is_typing(b, "Generic") {
        return None;
    }
    Some(match &arg.kind {
        ast::ExprKind::Tuple(xs) => xs.iter().collect(),
        _ => vec![&**arg],
    })
}

/// The name at the top of an annotation (`P` of `P[int]`).
fn ann_head(e: &ast::Expr) -> Option<&str> {
    match &e.kind {
        ast::ExprKind::Name(n) => Some(n),
        ast::ExprKind::Subscript(b, _) => ann_head(b),
        _ => None,
    }
}

/// Whether a statement of a protocol body declares nothing (a docstring,
/// `pass`, `...`).
fn is_filler(s: &ast::Stmt) -> bool {
    matches!(
        &s.kind,
        ast::StmtKind::Pass
            | ast::StmtKind::Expr(ast::Expr {
                kind: ast::ExprKind::Str(_) | ast::ExprKind::Ellipsis,
                ..
            })
    )
}

/// Names `object` and `None` have: a protocol member of one of these names
/// makes `isinstance` depend on details (`__hash__ = None`) that multigen
/// does not model.
fn is_object_attr(name: &str) -> bool {
    protocol_builtins::builtin_has(&Ty::None, name) == Some(true)
}

impl Checker {
    /// Sets the module's protocol classes aside (`Checker::protocols`),
    /// returning the other classes. A class that names a protocol among its
    /// bases without being one is refused.
    pub(super) fn collect_protocols<'a>(
        &mut self,
        defs: Vec<&'a ast::ClassDef>,
    ) -> Vec<&'a ast::ClassDef> {
        let mut rest = Vec::new();
        for def in defs {
            if def.bases.iter().any(is_protocol_base) {
                match self.protocol_def(def) {
                    Ok(p) => {
                        self.protocols.insert(def.name.name.clone(), p);
                    }
                    Err(d) => self.report(d),
                }
                continue;
            }
            if let Some(b) = def
                .bases
                .iter()
                .find(|b| ann_head(b).is_some_and(|h| self.protocols.contains_key(h)))
            {
                self.report(Diagnostic::new(
                    Kind::Unsupported,
                    b.span,
                    "a class deriving from a protocol is not supported by multigen yet (a class conforms to a protocol by having its members)",
                ));
                continue;
            }
            rest.push(def);
        }
        rest
    }

    /// Reads a protocol's definition.
    fn protocol_def(&self, def: &ast::ClassDef) -> R<Proto> {
        let mut p = Proto {
            params: vec![],
            runtime: false,
            members: vec![],
        };
        if let Some(m) = &def.metaclass {
            return err(
                Kind::Unsupported,
                m.span,
                "a metaclass on a protocol is not supported by multigen yet",
            );
        }
        for d in &def.decorators {
            match &d.kind {
                _ if is_typing(d, "runtime_checkable") => p.runtime = true,
                _ => {
                    return err(
                        Kind::Unsupported,
                        d.span,
                        "this decorator on a protocol is not supported by multigen yet",
                    )
                }
            }
        }
        for b in &def.bases {
            if let Some(ps) = subscript_params(b) {
                for e in ps {
                    match &e.kind {
                        ast::ExprKind::Name(n) if self.type_params.get(n) == Some(&false) => {
                            p.params.push(n.clone())
                        }
                        _ => {
                            return err(
                                Kind::Type,
                                e.span,
                                "the arguments of Protocol[...] must be type variables",
                            )
                        }
                    }
                }
                continue;
            }
            match &b.kind {
                _ if is_typing(b, "Protocol") => {}
                ast::ExprKind::Name(n) if self.protocols.contains_key(n) => {
                    for m in &self.protocols[n].members {
                        if !p.members.iter().any(|x| x.0 == m.0) {
                            p.members.push(m.clone());
                        }
                    }
                }
                _ => {
                    return err(
                        Kind::Unsupported,
                        b.span,
                        "a protocol may only derive from other protocols (declared before it) in multigen",
                    )
                }
            }
        }
        for s in &def.body {
            let (name, m) = match &s.kind {
                ast::StmtKind::FunctionDef(f) => {
                    let mut prop = false;
                    for d in &f.decorators {
                        match &d.kind {
                            ast::ExprKind::Name(n) if n == "property" => prop = true,
                            ast::ExprKind::Name(n) if n == "abstractmethod" => {}
                            _ => {
                                return err(
                                    Kind::Unsupported,
                                    d.span,
                                    "this decorator on a protocol member is not supported by multigen yet",
                                )
                            }
                        }
                    }
                    let m = if prop {
                        Member::Property(f.clone())
                    } else {
                        Member::Method(f.clone())
                    };
                    (f.name.name.clone(), m)
                }
                ast::StmtKind::AnnAssign {
                    target:
                        ast::Expr {
                            kind: ast::ExprKind::Name(n),
                            ..
                        },
                    annotation,
                    value: None,
                    ..
                } => (n.clone(), Member::Attr(annotation.clone())),
                _ if is_filler(s) => continue,
                _ => {
                    return err(
                        Kind::Unsupported,
                        s.span,
                        "this statement in a protocol class is not supported by multigen yet (only methods, properties and annotated attributes without a value)",
                    )
                }
            };
            p.members.retain(|x| x.0 != name);
            p.members.push((name, m));
        }
        Ok(p)
    }

    /// The protocol an annotation names at its top (`P` or `P[int]`).
    pub(super) fn protocol_ann(&self, e: &ast::Expr) -> Option<String> {
        ann_head(e)
            .filter(|h| self.protocols.contains_key(*h))
            .map(str::to_string)
    }

    /// Whether a function's parameters mention a protocol (which makes the
    /// function a template).
    pub(super) fn has_protocol_param(&self, def: &ast::FunctionDef) -> bool {
        def.params.iter().any(|p| {
            p.annotation
                .as_ref()
                .is_some_and(|a| self.protocol_ann(a).is_some())
        })
    }

    /// A protocol named where a value of it would need a run-time
    /// representation: refused.
    pub(super) fn protocol_value_type(&self, name: &str, span: Span) -> R<Ty> {
        err(
            Kind::Unsupported,
            span,
            format!("a value of protocol type '{name}' here (a variable, field, return value, container element or method parameter) is not supported by multigen yet; only parameters of module-level functions may have a protocol type"),
        )
    }

    /// The members of protocol `p` that type `t` lacks, and those whose
    /// parameter count differs, as notes for a message; `None` when
    /// multigen cannot tell (a type it has no attribute table for).
    fn protocol_gaps(&mut self, p: &str, t: &Ty) -> Option<(Vec<String>, Vec<String>)> {
        let members = self.protocols[p].members.clone();
        let mut missing = Vec::new();
        let mut conflicts = Vec::new();
        match t {
            Ty::Class(c) => {
                let c = *c;
                self.ensure_fields(c);
                for (name, m) in &members {
                    let method = self.find_method(c, name);
                    let has = match m {
                        Member::Method(f) => match method {
                            Some((_, mm)) if mm.kind != classes::MethodKind::Property => {
                                // Compare the number of parameters after `self`.
                                let sig = &self.sigs[mm.func.index()];
                                let skip = usize::from(mm.kind == classes::MethodKind::Instance);
                                let have = sig.params.len().saturating_sub(skip);
                                let want = f.params.len().saturating_sub(1);
                                if have != want {
                                    conflicts.push(format!(
                                        "{name}: expected {want} argument{}, got {have}",
                                        if want == 1 { "" } else { "s" }
                                    ));
                                }
                                true
                            }
                            Some(_) => false,
                            None => self.classes[c.index()].decorated.contains_key(name),
                        },
                        Member::Property(_) | Member::Attr(_) => {
                            method.is_some_and(|(_, mm)| mm.kind == classes::MethodKind::Property)
                                || self.field(c, name).is_some()
                                || self.find_const(c, name).is_some()
                        }
                    };
                    if !has {
                        missing.push(name.clone());
                    }
                }
            }
            t => {
                for (name, _) in &members {
                    if !protocol_builtins::builtin_has(t, name)? {
                        missing.push(name.clone());
                    }
                }
            }
        }
        Some((missing, conflicts))
    }

    /// Why `t` does not conform to protocol `p` (mypy's notes), or `None`
    /// when it does.
    fn protocol_mismatch(&mut self, p: &str, t: &Ty) -> Option<String> {
        let Some((missing, conflicts)) = self.protocol_gaps(p, t) else {
            return Some(format!(
                "multigen cannot check a value of type \"{t}\" against a protocol"
            ));
        };
        if !missing.is_empty() {
            return Some(format!(
                "\"{t}\" is missing following \"{p}\" protocol member{}: {}",
                if missing.len() == 1 { "" } else { "s" },
                missing.join(", ")
            ));
        }
        if !conflicts.is_empty() {
            return Some(format!(
                "following member(s) of \"{t}\" have conflicts: {}",
                conflicts.join("; ")
            ));
        }
        None
    }

    /// Checks that the argument of type `t` for parameter `k` (written
    /// positionally or as keyword `param`) of template `func` conforms to
    /// the protocol its annotation `ann` names.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn protocol_fits(
        &mut self,
        func: &str,
        k: usize,
        positional: bool,
        param: &str,
        ann: &ast::Expr,
        t: &Ty,
        span: Span,
    ) -> R<()> {
        let p = self.protocol_ann(ann).expect("a protocol annotation");
        let Some(why) = self.protocol_mismatch(&p, t) else {
            return Ok(());
        };
        // A generic method's template is `Class.method`, `self` first:
        // mypy counts the arguments after `self` and names the class.
        let (k, callee) = match func.split_once('.') {
            Some((class, method)) => (k.saturating_sub(1), format!("\"{method}\" of \"{class}\"")),
            None => (k, format!("\"{func}\"")),
        };
        let which = if positional {
            format!("{}", k + 1)
        } else {
            format!("\"{param}\"")
        };
        err(
            Kind::Type,
            span,
            format!(
                "Argument {which} to {callee} has incompatible type \"{t}\"; expected \"{}\" ({why})",
                generic_calls::ann_text(ann)
            ),
        )
    }

    /// Binds the type parameters that `P[args]` (protocol `p`) mentions
    /// from a type `t` matched with it: each parameter of the protocol from
    /// the corresponding member of `t`'s class.
    pub(super) fn bind_protocol(
        &self,
        p: &str,
        args: &[&ast::Expr],
        t: &Ty,
        env: &mut HashMap<String, TyArg>,
    ) {
        let proto = &self.protocols[p];
        let Ty::Class(c) = t else { return };
        let mut own: HashMap<String, TyArg> = HashMap::new();
        for (name, m) in &proto.members {
            match m {
                Member::Method(f) | Member::Property(f) => {
                    let Some((_, mm)) = self.find_method(*c, name) else {
                        continue;
                    };
                    let sig = &self.sigs[mm.func.index()];
                    let skip = usize::from(mm.kind != classes::MethodKind::Static);
                    for (pp, sp) in f.params.iter().skip(1).zip(sig.params.iter().skip(skip)) {
                        if let Some(a) = &pp.annotation {
                            self.bind_structure(a, &sp.ty, &mut own);
                        }
                    }
                    if let Some(r) = &f.returns {
                        self.bind_structure(r, &sig.ret, &mut own);
                    }
                }
                Member::Attr(a) => {
                    if let Some((_, ty)) = self.field(*c, name) {
                        self.bind_structure(a, &ty, &mut own);
                    }
                }
            }
        }
        for (param, arg) in proto.params.iter().zip(args) {
            if let Some(TyArg::Ty(ty)) = own.get(param) {
                self.bind_structure(arg, ty, env);
            }
        }
    }

    /// Records the restrictions of the module's `TypeVar`s (`bound=`,
    /// constraints) and makes `AnyStr` (imported from `typing`) the type
    /// variable it is there, `TypeVar("AnyStr", bytes, str)`.
    pub(super) fn scan_type_var_restrictions(&mut self, module: &ast::Module) {
        for s in &module.body {
            if let ast::StmtKind::ImportFrom {
                module: m, names, ..
            } = &s.kind
            {
                if m.name == "typing" {
                    for (n, alias) in names {
                        if n.name.starts_with("Supports") {
                            self.typing_protocol(&n.name, &alias.as_ref().unwrap_or(n).name);
                        }
                        if n.name == "AnyStr" {
                            let local = alias.as_ref().unwrap_or(n).name.clone();
                            let span = n.span;
                            let name = |s: &str| ast::Expr {
                                span,
                                kind: ast::ExprKind::Name(s.into()),
                            };
                            self.type_params.insert(local.clone(), false);
                            self.type_restrictions.insert(
                                local,
                                Restriction::Constraints(vec![name("bytes"), name("str")]),
                            );
                        }
                    }
                }
            }
            let Some((name, false)) = generics::type_param_decl(s) else {
                continue;
            };
            let ast::StmtKind::Assign { value, .. } = &s.kind else {
                continue;
            };
            let ast::ExprKind::Call { args, keywords, .. } = &value.kind else {
                continue;
            };
            if let Some(b) = keywords.iter().find(|k| k.name.name == "bound") {
                self.type_restrictions
                    .insert(name, Restriction::Bound(b.value.clone()));
            } else if args.len() > 1 {
                self.type_restrictions
                    .insert(name, Restriction::Constraints(args[1..].to_vec()));
            }
        }
    }

    /// Declares `typing`'s protocol `name` under the name `local`.
    fn typing_protocol(&mut self, name: &str, local: &str) {
        self.type_params.entry("_T_co".into()).or_insert(false);
        let Ok(m) = multigen_syntax::parse(TYPING_PROTOCOLS) else {
            return;
        };
        for s in &m.body {
            if let ast::StmtKind::ClassDef(def) = &s.kind {
                if def.name.name == name {
                    if let Ok(mut p) = self.protocol_def(def) {
                        p.runtime = true;
                        self.protocols.insert(local.to_string(), p);
                    }
                }
            }
        }
    }

    /// Checks the binding `env` of template `func` against the
    /// restrictions of its type variables (mypy's `Value of type variable
    /// "T" of "f" cannot be "X"`).
    pub(super) fn check_restrictions(
        &mut self,
        func: &str,
        env: &HashMap<String, TyArg>,
        span: Span,
    ) -> R<()> {
        if self.type_restrictions.is_empty() {
            return Ok(());
        }
        let mut names: Vec<&String> = env.keys().collect();
        names.sort();
        for n in names {
            let (Some(r), Some(TyArg::Ty(t))) =
                (self.type_restrictions.get(n).cloned(), env.get(n))
            else {
                continue;
            };
            let t = self.resolve(t);
            let why = match &r {
                Restriction::Bound(b) => match self.protocol_ann(b) {
                    Some(p) => self.protocol_mismatch(&p, &t).map(|w| format!(" ({w})")),
                    // A class bound: the binding is one of its subclasses.
                    // Other bounds (`Callable[..., Any]`) are left to the
                    // check of the instance's body, as before protocols.
                    None => match self.annotation(b) {
                        Ok(Ty::Class(k)) => {
                            let fits = matches!(t, Ty::Class(a) if self.is_subclass(a, k));
                            (!fits).then(String::new)
                        }
                        _ => None,
                    },
                },
                Restriction::Constraints(cs) => {
                    let mut fits = false;
                    for c in cs {
                        // `bytes` is not a multigen type: no value has it.
                        if matches!(&c.kind, ast::ExprKind::Name(n) if n == "bytes") {
                            continue;
                        }
                        fits |= self.restriction_type(c)? == t;
                    }
                    (!fits).then(String::new)
                }
            };
            if let Some(why) = why {
                return err(
                    Kind::Type,
                    span,
                    format!("Value of type variable \"{n}\" of \"{func}\" cannot be \"{t}\"{why}"),
                );
            }
        }
        Ok(())
    }

    /// The type a `TypeVar` bound or constraint names.
    fn restriction_type(&mut self, e: &ast::Expr) -> R<Ty> {
        self.annotation(e).map_err(|_| {
            Diagnostic::new(
                Kind::Unsupported,
                e.span,
                "this TypeVar bound or constraint is not supported by multigen yet",
            )
        })
    }

    /// `isinstance(v, P)` for a protocol `P` (the second argument), if it
    /// names one.
    pub(super) fn protocol_isinstance(
        &mut self,
        args: &[ast::Expr],
        span: Span,
        scope: &mut Scope,
    ) -> Option<R<Expr>> {
        let [_, cls] = args else { return None };
        let names: Vec<&ast::Expr> = match &cls.kind {
            ast::ExprKind::Tuple(xs) => xs.iter().collect(),
            _ => vec![cls],
        };
        let protos: Vec<&ast::Expr> = names
            .iter()
            .copied()
            .filter(|e| matches!(&e.kind, ast::ExprKind::Name(n) if self.protocols.contains_key(n)))
            .collect();
        let first = protos.first()?;
        if names.len() != 1 {
            return Some(err(
                Kind::Unsupported,
                first.span,
                "a protocol in a tuple of classes given to isinstance() is not supported by multigen yet",
            ));
        }
        let ast::ExprKind::Name(p) = &first.kind else {
            unreachable!()
        };
        Some(self.protocol_isinstance_of(&args[0], p, first.span, span, scope))
    }

    fn protocol_isinstance_of(
        &mut self,
        arg: &ast::Expr,
        p: &str,
        p_span: Span,
        span: Span,
        scope: &mut Scope,
    ) -> R<Expr> {
        let v = self.expr(arg, scope)?;
        let proto = self.protocols[p].clone();
        if !proto.runtime {
            let raise = rt(Ty::None, span, "mg_protocol_isinstance_error", vec![]);
            return Ok(mk(
                Ty::Bool,
                span,
                ExprKind::Block(
                    vec![Stmt::Expr(v), Stmt::Expr(raise)],
                    Box::new(mk(Ty::Bool, span, ExprKind::Bool(false))),
                ),
            ));
        }
        if let Some((name, _)) = proto
            .members
            .iter()
            .find(|(n, m)| is_object_attr(n) || !matches!(m, Member::Method(_)))
        {
            return err(
                Kind::Unsupported,
                p_span,
                format!("isinstance() against a protocol with the member '{name}' (an attribute, a property, or a name every object has) is not supported by multigen yet"),
            );
        }
        let t = self.resolve(&v.ty);
        let constant = |v: Expr, b: bool| type_of::evaluated_then(v, b, span);
        let class = match &t {
            Ty::Class(c) if *c != OBJECT_CLASS => *c,
            Ty::Optional(i) if matches!(**i, Ty::Class(c) if c != OBJECT_CLASS) => {
                let Ty::Class(c) = **i else { unreachable!() };
                c
            }
            t => {
                return match self.protocol_gaps(p, t) {
                    Some((missing, _)) => Ok(constant(v, missing.is_empty())),
                    None => err(
                        Kind::Unsupported,
                        arg.span,
                        format!("isinstance() of a value of type {t} against a protocol is not supported by multigen yet"),
                    ),
                };
            }
        };
        // The classes whose objects conform: the static class itself, or
        // else the subclasses that add the missing methods (their own
        // subclasses inherit them).
        let conforms = |cx: &mut Checker, c: ClassId| {
            cx.protocol_gaps(p, &Ty::Class(c))
                .is_some_and(|(m, _)| m.is_empty())
        };
        let ids: Vec<ClassId> = if conforms(self, class) {
            vec![class]
        } else {
            let subs: Vec<ClassId> = (0..self.classes.len() as u32)
                .map(ClassId)
                .filter(|k| *k != class && self.is_subclass(*k, class))
                .collect();
            subs.into_iter().filter(|k| conforms(self, *k)).collect()
        };
        if ids.is_empty() {
            return Ok(constant(v, false));
        }
        if matches!(t, Ty::Class(_)) && ids == [class] {
            return Ok(constant(v, true));
        }
        Ok(mk(Ty::Bool, span, ExprKind::IsInstance(Box::new(v), ids)))
    }
}
