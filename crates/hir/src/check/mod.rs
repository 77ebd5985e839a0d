//! The type checker proper. See the crate documentation for the overall order.

use crate::ir::*;
use multigen_diag::{Diagnostic, Kind, Span};
use multigen_syntax::ast;
mod attrs;
mod builders;
mod classes;
mod containers;
mod finish;
mod flow;
mod methods;
mod strings;
mod unset;

use std::collections::{HashMap, HashSet};

type R<T> = Result<T, Diagnostic>;

fn err<T>(kind: Kind, span: Span, msg: impl Into<String>) -> R<T> {
    Err(Diagnostic::new(kind, span, msg))
}

/// Checks a parsed module and lowers it to the typed IR.
pub fn check(module: &ast::Module) -> Result<Program, Vec<Diagnostic>> {
    let mut cx = Checker::default();
    cx.builtin_classes();
    cx.program_init(module);
    cx.publish_class_names();
    cx.check_overrides();
    if !cx.errors.is_empty() {
        return Err(cx.errors);
    }
    // The module body first: it fixes the types of the globals.
    let init = FuncId(cx.functions.len() as u32);
    cx.functions.push(None);
    cx.sigs.push(Sig {
        name: "<module>".into(),
        params: vec![],
        ret: Ty::None,
    });
    let mut scope = Scope::module();
    let body = cx.block(&module.body, &mut scope);
    // The module body's own locals are compiler temporaries (comprehension
    // variables and the like); its variables are globals.
    let locals = scope
        .locals
        .into_iter()
        .zip(scope.local_types)
        .map(|(mut l, t)| {
            l.ty = t.unwrap_or(Ty::None);
            l
        })
        .collect();
    cx.functions[init.index()] = Some(Function {
        name: "<module>".into(),
        class: None,
        exact_other: false,
        params: vec![],
        ret: Ty::None,
        locals,
        body,
        span: Span::default(),
    });
    // Then every function body, in source order.
    for (id, def) in cx.defs.clone() {
        let f = cx.function(id, &def);
        cx.functions[id.index()] = Some(f);
    }
    for c in 0..cx.classes.len() {
        cx.ensure_fields(ClassId(c as u32));
    }
    for (id, ..) in cx.method_defs.clone() {
        cx.check_method(id);
    }
    let mut classes = cx.finish_classes();
    cx.finish_types();
    cx.layout_fields(&mut classes);
    cx.choose_builders();
    if !cx.errors.is_empty() {
        return Err(cx.errors);
    }
    let mut globals = Vec::new();
    for g in cx.globals {
        match g.ty {
            Some(ty) => globals.push(Global {
                name: g.name,
                ty,
                checked: g.checked,
                str_builder: g.str_builder,
            }),
            None => {
                // A global that is read but never assigned anywhere: the read
                // was already reported when its type was needed.
                globals.push(Global {
                    name: g.name,
                    ty: Ty::None,
                    checked: true,
                    str_builder: false,
                })
            }
        }
    }
    Ok(Program {
        functions: cx.functions.into_iter().map(|f| f.unwrap()).collect(),
        globals,
        init,
        classes,
        source: Source::default(),
    })
}

#[derive(Clone)]
struct Sig {
    name: String,
    params: Vec<ParamSig>,
    ret: Ty,
}

#[derive(Clone)]
struct ParamSig {
    name: String,
    ty: Ty,
    default: Option<Expr>,
    keyword_only: bool,
    positional_only: bool,
}

/// A set of globals that remembers the order of insertion.
#[derive(Default)]
struct AssignedGlobals {
    set: HashSet<GlobalId>,
    order: Vec<GlobalId>,
}

impl AssignedGlobals {
    fn insert(&mut self, g: GlobalId) {
        if self.set.insert(g) {
            self.order.push(g);
        }
    }

    fn contains(&self, g: &GlobalId) -> bool {
        self.set.contains(g)
    }

    /// The first `n` globals inserted.
    fn first(&self, n: usize) -> HashSet<GlobalId> {
        self.order[..n].iter().copied().collect()
    }
}

struct GlobalInfo {
    name: String,
    ty: Option<Ty>,
    checked: bool,
    str_builder: bool,
}

/// What a module-level or imported name refers to at compile time.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Binding {
    Global(GlobalId),
    Func(FuncId),
    MathModule,
    MathItem(&'static str),
    Class(ClassId),
    /// `import dataclasses`.
    DataclassesModule,
}

#[derive(Default)]
struct Checker {
    errors: Vec<Diagnostic>,
    functions: Vec<Option<Function>>,
    sigs: Vec<Sig>,
    defs: Vec<(FuncId, ast::FunctionDef)>,
    globals: Vec<GlobalInfo>,
    /// Module-level names: functions, globals and imports.
    names: HashMap<String, Binding>,
    /// Functions whose `def` the module body has executed so far.
    defined: HashSet<FuncId>,
    /// Globals assigned unconditionally by top-level statements so far.
    module_assigned: AssignedGlobals,
    /// The globals that were assigned unconditionally before the first
    /// top-level statement that calls a user function: functions may read
    /// these without a check. `None` until such a statement is seen.
    safe_in_functions: Option<HashSet<GlobalId>>,
    /// Whether the statement being checked at top level calls a user function.
    saw_call: bool,
    /// The global that says whether a user class's name is bound yet
    /// (`class_bound`).
    class_bound: HashMap<ClassId, GlobalId>,
    /// Solutions of inference variables (`Ty::Var`).
    vars: Vec<Option<Ty>>,
    classes: Vec<classes::ClassInfo>,
    /// Methods: id, class, definition (without a class method's `cls`).
    method_defs: Vec<(FuncId, ClassId, ast::FunctionDef, classes::MethodKind)>,
    /// The `cls` parameter name of each class method.
    cls_names: HashMap<FuncId, String>,
    /// (what, bound name) for `from dataclasses import what [as name]`,
    /// and ("dataclasses", name) for `import dataclasses [as name]`.
    dc_imports: HashSet<(String, String)>,
    /// The fields that a `del object.field` may unset (static class,
    /// field index): reads of those are always checked.
    deleted_fields: Vec<(ClassId, usize)>,
    /// Attribute names the module assigns or deletes on some object: an
    /// annotated class attribute of such a name is an instance attribute
    /// too (`classes::assigned_attrs`).
    assigned_attrs: HashSet<String>,
    /// The class whose fields the method being checked may create besides
    /// `__init__` (`classes::fields_from_methods`).
    creating_fields: Option<ClassId>,
}

struct Scope {
    is_module: bool,
    locals: Vec<Local>,
    local_types: Vec<Option<Ty>>,
    local_map: HashMap<String, LocalId>,
    global_decls: HashSet<String>,
    imports: HashMap<String, Binding>,
    ret: Ty,
    loops: usize,
    /// Nesting depth of conditional or repeated blocks at module level.
    conditional: usize,
    /// Comprehension variables in scope, innermost last.
    shadow: Vec<(String, LocalId)>,
    /// The method being checked, if any.
    method: Option<classes::MethodCtx>,
    /// The name of a class method's `cls` parameter.
    cls_name: Option<String>,
    /// Nesting depth of `except` blocks (a bare `raise` needs one).
    handlers: usize,
    /// Narrowed variables, see `flow.rs`.
    narrow: Vec<flow::Fact>,
}

impl Scope {
    fn module() -> Scope {
        Scope {
            is_module: true,
            locals: vec![],
            local_types: vec![],
            local_map: HashMap::new(),
            global_decls: HashSet::new(),
            imports: HashMap::new(),
            ret: Ty::None,
            loops: 0,
            conditional: 0,
            shadow: vec![],
            method: None,
            cls_name: None,
            handlers: 0,
            narrow: vec![],
        }
    }

    /// The class a class method's `cls` parameter stands for.
    fn cls_param(&self, n: &str) -> Option<ClassId> {
        match (&self.cls_name, self.method) {
            (Some(c), Some(m)) if c == n => Some(m.class),
            _ => None,
        }
    }

    fn shadow_lookup(&self, n: &str) -> Option<LocalId> {
        self.shadow
            .iter()
            .rev()
            .find(|(m, _)| m == n)
            .map(|(_, l)| *l)
    }
}

const BUILTINS: &[&str] = &[
    "print",
    "abs",
    "min",
    "max",
    "divmod",
    "round",
    "int",
    "float",
    "bool",
    "str",
    "len",
    "pow",
    "sum",
    "any",
    "all",
    "sorted",
    "list",
    "set",
    "dict",
    "tuple",
    "enumerate",
    "zip",
    "reversed",
    "map",
    "filter",
    "ord",
    "chr",
    "repr",
    "range",
];

/// The `math` functions: name, runtime symbol, argument kinds, result.
#[derive(Clone, Copy)]
enum MathSig {
    /// float -> float
    F,
    /// float, float -> float
    FF,
    /// float -> int (an int argument is returned unchanged)
    FI,
    /// float -> bool
    FB,
    /// int -> int
    I,
    /// int, int -> int
    II,
}

const MATH_FUNCS: &[(&str, &str, MathSig)] = &[
    ("sqrt", "mg_math_sqrt", MathSig::F),
    ("exp", "mg_math_exp", MathSig::F),
    ("log2", "mg_math_log2", MathSig::F),
    ("log10", "mg_math_log10", MathSig::F),
    ("sin", "mg_math_sin", MathSig::F),
    ("cos", "mg_math_cos", MathSig::F),
    ("tan", "mg_math_tan", MathSig::F),
    ("asin", "mg_math_asin", MathSig::F),
    ("acos", "mg_math_acos", MathSig::F),
    ("atan", "mg_math_atan", MathSig::F),
    ("sinh", "mg_math_sinh", MathSig::F),
    ("cosh", "mg_math_cosh", MathSig::F),
    ("tanh", "mg_math_tanh", MathSig::F),
    ("fabs", "mg_math_fabs", MathSig::F),
    ("degrees", "mg_math_degrees", MathSig::F),
    ("radians", "mg_math_radians", MathSig::F),
    ("atan2", "mg_math_atan2", MathSig::FF),
    ("hypot", "mg_math_hypot", MathSig::FF),
    ("pow", "mg_math_pow", MathSig::FF),
    ("fmod", "mg_math_fmod", MathSig::FF),
    ("copysign", "mg_math_copysign", MathSig::FF),
    ("floor", "mg_math_floor", MathSig::FI),
    ("ceil", "mg_math_ceil", MathSig::FI),
    ("trunc", "mg_math_trunc", MathSig::FI),
    ("isnan", "mg_math_isnan", MathSig::FB),
    ("isinf", "mg_math_isinf", MathSig::FB),
    ("isfinite", "mg_math_isfinite", MathSig::FB),
    ("factorial", "mg_math_factorial", MathSig::I),
    ("isqrt", "mg_math_isqrt", MathSig::I),
    ("gcd", "mg_math_gcd", MathSig::II),
    ("comb", "mg_math_comb", MathSig::II),
    ("perm", "mg_math_perm", MathSig::II),
    // `log` takes one or two arguments and is handled specially.
    ("log", "mg_math_log", MathSig::F),
];

const MATH_CONSTS: &[(&str, f64)] = &[
    ("pi", std::f64::consts::PI),
    ("e", std::f64::consts::E),
    ("tau", std::f64::consts::TAU),
    ("inf", f64::INFINITY),
    ("nan", f64::NAN),
];

fn math_item(name: &str) -> Option<&'static str> {
    MATH_FUNCS
        .iter()
        .map(|m| m.0)
        .chain(MATH_CONSTS.iter().map(|c| c.0))
        .find(|n| *n == name)
}

fn mk(ty: Ty, span: Span, kind: ExprKind) -> Expr {
    Expr { ty, span, kind }
}

/// A call of a runtime function whose result has the expression's type.
fn rt(ty: Ty, span: Span, name: &'static str, args: Vec<RtArg>) -> Expr {
    mk(
        ty,
        span,
        ExprKind::Rt {
            name,
            args,
            slot_result: false,
        },
    )
}

/// A call of a runtime function that returns a slot holding a `ty` value.
fn rt_slot(ty: Ty, span: Span, name: &'static str, args: Vec<RtArg>) -> Expr {
    mk(
        ty,
        span,
        ExprKind::Rt {
            name,
            args,
            slot_result: true,
        },
    )
}

/// `Optional[t]` (which is `t` itself for `None` and optionals).
fn optional(t: Ty) -> Ty {
    match t {
        Ty::None | Ty::Optional(_) => t,
        t => Ty::Optional(Box::new(t)),
    }
}

fn is_numeric(t: &Ty) -> bool {
    matches!(t, Ty::Int | Ty::Float | Ty::Bool)
}

/// Converts a value to another type where Python does so implicitly:
/// `bool` to `int`, and `int`/`bool` to `float`.
fn coerce(e: Expr, to: &Ty) -> Option<Expr> {
    if &e.ty == to {
        return Some(e);
    }
    let span = e.span;
    match (&e.ty, to) {
        (Ty::Bool, Ty::Int) => Some(mk(Ty::Int, span, ExprKind::BoolToInt(Box::new(e)))),
        (Ty::Int, Ty::Float) => {
            if let ExprKind::Int(v) = e.kind {
                return Some(mk(Ty::Float, span, ExprKind::Float(v as f64)));
            }
            Some(mk(Ty::Float, span, ExprKind::IntToFloat(Box::new(e))))
        }
        (Ty::Bool, Ty::Float) => {
            let i = coerce(e, &Ty::Int)?;
            coerce(i, &Ty::Float)
        }
        (Ty::Tuple(from), Ty::Tuple(to_elems)) if from.len() == to_elems.len() => {
            // Convert element-wise by rebuilding the tuple.
            let ExprKind::Tuple(elems) = e.kind else {
                return None;
            };
            let elems = elems
                .into_iter()
                .zip(to_elems)
                .map(|(x, t)| coerce(x, t))
                .collect::<Option<Vec<_>>>()?;
            Some(mk(to.clone(), span, ExprKind::Tuple(elems)))
        }
        _ => None,
    }
}

fn truth(e: Expr) -> Expr {
    if e.ty == Ty::Bool {
        return e;
    }
    let span = e.span;
    mk(Ty::Bool, span, ExprKind::Truth(Box::new(e)))
}

impl Checker {
    fn report(&mut self, d: Diagnostic) {
        self.errors.push(d);
    }

    fn new_global(&mut self, name: &str, ty: Option<Ty>) -> GlobalId {
        let id = GlobalId(self.globals.len() as u32);
        self.globals.push(GlobalInfo {
            name: name.to_string(),
            ty,
            checked: false,
            str_builder: false,
        });
        id
    }

    /// Collects function signatures and module-level names.
    fn program_init(&mut self, module: &ast::Module) {
        // Class names first, so that annotations anywhere may name any class.
        let mut class_defs = Vec::new();
        for s in &module.body {
            if let ast::StmtKind::ClassDef(def) = &s.kind {
                class_defs.push(def);
            }
        }
        self.scan_dataclass_imports(module);
        self.assigned_attrs = classes::assigned_attrs(module);
        self.reserve_classes(&class_defs);
        for def in class_defs {
            self.declare_class(def);
        }
        for s in &module.body {
            if let ast::StmtKind::FunctionDef(def) = &s.kind {
                if let Some(d) = def.decorators.first() {
                    self.report(Diagnostic::new(
                        Kind::Unsupported,
                        d.span,
                        "a decorator on a function is not supported by multigen yet",
                    ));
                    continue;
                }
                if self.names.contains_key(&def.name.name) {
                    self.report(Diagnostic::new(
                        Kind::Unsupported,
                        def.name.span,
                        format!(
                            "redefinition of function '{}' is not supported",
                            def.name.name
                        ),
                    ));
                    continue;
                }
                let id = FuncId(self.functions.len() as u32);
                self.functions.push(None);
                self.names.insert(def.name.name.clone(), Binding::Func(id));
                match self.signature(def) {
                    Ok(sig) => self.sigs.push(sig),
                    Err(d) => {
                        self.report(d);
                        self.sigs.push(Sig {
                            name: def.name.name.clone(),
                            params: vec![],
                            ret: Ty::None,
                        });
                    }
                }
                self.defs.push((id, def.clone()));
            }
        }
        // Every name assigned at module level is a global.
        let mut assigned = Vec::new();
        assigned_names(&module.body, &mut assigned);
        for (name, span) in assigned {
            match self.names.get(&name) {
                Some(Binding::Func(_)) => self.report(Diagnostic::new(
                    Kind::Unsupported,
                    span,
                    format!("'{name}' is a function; rebinding it is not supported"),
                )),
                Some(_) => {}
                None => {
                    let g = self.new_global(&name, None);
                    self.names.insert(name, Binding::Global(g));
                }
            }
        }
    }

    fn signature(&mut self, def: &ast::FunctionDef) -> R<Sig> {
        let mut params = Vec::new();
        let mut seen = HashSet::new();
        for p in &def.params {
            if !seen.insert(p.name.name.clone()) {
                return err(
                    Kind::Syntax,
                    p.name.span,
                    "duplicate argument in function definition",
                );
            }
            let Some(ann) = &p.annotation else {
                return err(
                    Kind::Type,
                    p.name.span,
                    format!("parameter '{}' needs a type annotation", p.name.name),
                );
            };
            let ty = self.annotation(ann)?;
            params.push(ParamSig {
                name: p.name.name.clone(),
                ty,
                default: None,
                keyword_only: p.keyword_only,
                positional_only: p.positional_only,
            });
        }
        let ret = match &def.returns {
            Some(r) => self.annotation(r)?,
            None => {
                if let Some(span) = returns_value(&def.body) {
                    return err(
                        Kind::Type,
                        span,
                        format!(
                            "function '{}' returns a value but has no return annotation",
                            def.name.name
                        ),
                    );
                }
                Ty::None
            }
        };
        Ok(Sig {
            name: def.name.name.clone(),
            params,
            ret,
        })
    }

    fn annotation(&mut self, e: &ast::Expr) -> R<Ty> {
        match &e.kind {
            ast::ExprKind::Name(n) => match n.as_str() {
                "int" => Ok(Ty::Int),
                "float" => Ok(Ty::Float),
                "bool" => Ok(Ty::Bool),
                "str" => Ok(Ty::Str),
                "None" => Ok(Ty::None),
                "range" => Ok(Ty::Range),
                _ if matches!(self.names.get(n), Some(Binding::Class(_))) => {
                    let Some(Binding::Class(c)) = self.names.get(n) else {
                        unreachable!()
                    };
                    Ok(Ty::Class(*c))
                }
                _ => err(
                    Kind::Type,
                    e.span,
                    format!("unknown or unsupported type '{n}'"),
                ),
            },
            ast::ExprKind::None => Ok(Ty::None),
            ast::ExprKind::Binary(ast::BinOp::BitOr, a, b) => {
                // `T | None` (either order).
                let (a, b) = (self.annotation(a)?, self.annotation(b)?);
                match (a, b) {
                    (Ty::None, t) | (t, Ty::None) => Ok(optional(t)),
                    _ => err(
                        Kind::Unsupported,
                        e.span,
                        "union types other than `T | None` are not supported by multigen yet",
                    ),
                }
            }
            ast::ExprKind::Str(s) => {
                // A string annotation (forward reference) holds an expression.
                let parsed = multigen_syntax::parse(s).map_err(|_| {
                    Diagnostic::new(Kind::Type, e.span, "invalid string annotation")
                })?;
                match parsed.body.as_slice() {
                    [ast::Stmt {
                        kind: ast::StmtKind::Expr(inner),
                        ..
                    }] => {
                        let mut inner = inner.clone();
                        relocate(&mut inner, e.span);
                        self.annotation(&inner)
                    }
                    _ => err(Kind::Type, e.span, "invalid string annotation"),
                }
            }
            ast::ExprKind::Subscript(base, arg) => {
                let ast::ExprKind::Name(b) = &base.kind else {
                    return err(Kind::Type, e.span, "unsupported type annotation");
                };
                let elems: Vec<&ast::Expr> = match &arg.kind {
                    ast::ExprKind::Tuple(xs) => xs.iter().collect(),
                    _ => vec![arg],
                };
                let arity = |n: usize| -> R<()> {
                    if elems.len() != n {
                        return err(
                            Kind::Type,
                            e.span,
                            format!(
                                "'{b}' takes {n} type argument{}",
                                if n == 1 { "" } else { "s" }
                            ),
                        );
                    }
                    Ok(())
                };
                match b.as_str() {
                    "Optional" => {
                        arity(1)?;
                        Ok(optional(self.annotation(elems[0])?))
                    }
                    "Union" => {
                        arity(2)?;
                        let (a, b) = (self.annotation(elems[0])?, self.annotation(elems[1])?);
                        match (a, b) {
                            (Ty::None, t) | (t, Ty::None) => Ok(optional(t)),
                            _ => err(
                                Kind::Unsupported,
                                e.span,
                                "union types other than `Union[T, None]` are not supported by multigen yet",
                            ),
                        }
                    }
                    "list" | "List" => {
                        arity(1)?;
                        Ok(Ty::List(Box::new(self.annotation(elems[0])?)))
                    }
                    "set" | "Set" => {
                        arity(1)?;
                        Ok(Ty::Set(Box::new(self.annotation(elems[0])?)))
                    }
                    "dict" | "Dict" => {
                        arity(2)?;
                        let k = self.annotation(elems[0])?;
                        let v = self.annotation(elems[1])?;
                        self.hashable(&k, elems[0].span)?;
                        Ok(Ty::Dict(Box::new(k), Box::new(v)))
                    }
                    "tuple" | "Tuple"
                        if elems.len() == 2 && matches!(elems[1].kind, ast::ExprKind::Ellipsis) =>
                    {
                        Ok(Ty::VarTuple(Box::new(self.annotation(elems[0])?)))
                    }
                    "tuple" | "Tuple" => {
                        let elems: Vec<&ast::Expr> = match &arg.kind {
                            ast::ExprKind::Tuple(xs) => xs.iter().collect(),
                            _ => vec![arg],
                        };
                        let tys = elems
                            .into_iter()
                            .map(|x| self.annotation(x))
                            .collect::<R<Vec<_>>>()?;
                        Ok(Ty::Tuple(tys))
                    }
                    _ => err(
                        Kind::Unsupported,
                        e.span,
                        format!("the type '{b}[...]' is not supported by multigen yet"),
                    ),
                }
            }
            _ => err(Kind::Type, e.span, "unsupported type annotation"),
        }
    }

    // ----- functions -----

    fn function(&mut self, id: FuncId, def: &ast::FunctionDef) -> Function {
        self.function_in(id, def, None)
    }

    fn function_in(
        &mut self,
        id: FuncId,
        def: &ast::FunctionDef,
        method: Option<classes::MethodCtx>,
    ) -> Function {
        let sig = self.sigs[id.index()].clone();
        let mut scope = Scope::module();
        scope.is_module = false;
        scope.ret = sig.ret.clone();
        scope.method = method;
        if method.is_some_and(|m| m.kind == classes::MethodKind::Class) {
            scope.cls_name = self.cls_names.get(&id).cloned();
        }
        // `global` declarations apply to the whole function body.
        collect_globals(&def.body, &mut scope.global_decls);
        let mut params = Vec::new();
        for p in &sig.params {
            let lid = LocalId(scope.locals.len() as u32);
            scope.locals.push(Local {
                name: p.name.clone(),
                ty: p.ty.clone(),
                is_param: true,
                str_builder: false,
            });
            scope.local_types.push(Some(p.ty.clone()));
            scope.local_map.insert(p.name.clone(), lid);
            params.push(lid);
        }
        let mut assigned = Vec::new();
        assigned_names(&def.body, &mut assigned);
        for (name, span) in assigned {
            if scope.global_decls.contains(&name) {
                if !matches!(self.names.get(&name), Some(Binding::Global(_))) {
                    if self.names.contains_key(&name) {
                        self.report(Diagnostic::new(
                            Kind::Unsupported,
                            span,
                            format!("assigning to '{name}' through `global` is not supported"),
                        ));
                        continue;
                    }
                    let g = self.new_global(&name, None);
                    self.names.insert(name, Binding::Global(g));
                }
                continue;
            }
            if !scope.local_map.contains_key(&name) {
                let lid = LocalId(scope.locals.len() as u32);
                scope.locals.push(Local {
                    name: name.clone(),
                    ty: Ty::None,
                    is_param: false,
                    str_builder: false,
                });
                scope.local_types.push(None);
                scope.local_map.insert(name, lid);
            }
        }
        let mut decls = Vec::new();
        global_statements(&def.body, &mut decls);
        for (g, span) in decls {
            if scope
                .local_map
                .get(&g)
                .is_some_and(|l| scope.locals[l.index()].is_param)
            {
                self.report(Diagnostic::new(
                    Kind::Syntax,
                    span,
                    format!("name '{g}' is parameter and global"),
                ));
            }
        }
        let body = self.block(&def.body, &mut scope);
        if sig.ret != Ty::None && falls_through(&def.body) {
            self.report(Diagnostic::new(
                Kind::Type,
                def.name.span,
                format!(
                    "function '{}' is declared to return {} but can reach its end without a return",
                    def.name.name, sig.ret
                ),
            ));
        }
        for (l, t) in scope.locals.iter_mut().zip(scope.local_types) {
            if let Some(t) = t {
                l.ty = t;
            }
        }
        Function {
            name: def.name.name.clone(),
            class: method.map(|m| m.class),
            exact_other: false,
            params,
            ret: sig.ret,
            locals: scope.locals,
            body,
            span: def.name.span,
        }
    }

    // ----- statements -----

    fn block(&mut self, stmts: &[ast::Stmt], scope: &mut Scope) -> Vec<Stmt> {
        let mut out = Vec::new();
        for s in stmts {
            let top = scope.is_module && scope.conditional == 0;
            self.saw_call = false;
            let (start, assigned) = (out.len(), self.module_assigned.order.len());
            match self.stmt(s, scope, &mut out) {
                Ok(()) => {}
                Err(d) => self.report(d),
            }
            // Functions may run during this statement, before its own
            // assignments are made: only what earlier statements assigned
            // is safe for them to read.
            if top
                && self.safe_in_functions.is_none()
                && (self.saw_call || self.may_run_user_code(&out[start..]))
            {
                self.safe_in_functions = Some(self.module_assigned.first(assigned));
            }
        }
        out
    }

    /// Whether checked statements may run a user function or method:
    /// a call, a function passed to the runtime or to an iteration (sort
    /// keys, `map`), or any operation on a value whose type involves a
    /// class (its special methods: `print(obj)`, `obj + obj`, hashing a
    /// key, `for x in obj`...). Conservative: a type not inferred yet
    /// might become a class.
    fn may_run_user_code(&self, stmts: &[Stmt]) -> bool {
        fn loops_call(stmts: &[Stmt]) -> bool {
            stmts.iter().any(|s| {
                matches!(s, Stmt::For { iter, .. } if iter.calls_functions())
                    || s.blocks().into_iter().any(|b| loops_call(b))
            })
        }
        let mut found = loops_call(stmts);
        crate::visit::exprs(stmts, &mut |e| {
            found = found
                || match &e.kind {
                    ExprKind::Call { .. } | ExprKind::MethodCall { .. } | ExprKind::New { .. } => {
                        true
                    }
                    ExprKind::Rt { args, .. }
                        if args.iter().any(|a| matches!(a, RtArg::KeyFunc(Some(_)))) =>
                    {
                        true
                    }
                    ExprKind::Block(ss, _) if loops_call(ss) => true,
                    // An empty display calls nothing, whatever its element
                    // type turns out to be.
                    ExprKind::List(xs) | ExprKind::Set(xs) if xs.is_empty() => false,
                    ExprKind::Dict(xs) if xs.is_empty() => false,
                    _ => self.resolve(&e.ty).mentions_class(),
                };
        });
        found
    }

    fn nested(&mut self, stmts: &[ast::Stmt], scope: &mut Scope) -> Vec<Stmt> {
        scope.conditional += 1;
        let saw = self.saw_call;
        let b = self.block(stmts, scope);
        self.saw_call |= saw;
        scope.conditional -= 1;
        b
    }

    /// Checks one statement. The checker recurses once per nesting level
    /// with large frames (unoptimised builds especially), so it moves to a
    /// new stack segment when the current one runs low, like the parser.
    fn stmt(&mut self, s: &ast::Stmt, scope: &mut Scope, out: &mut Vec<Stmt>) -> R<()> {
        multigen_syntax::with_stack(|| self.stmt_inner(s, scope, out))
    }

    fn stmt_inner(&mut self, s: &ast::Stmt, scope: &mut Scope, out: &mut Vec<Stmt>) -> R<()> {
        use ast::StmtKind as K;
        match &s.kind {
            K::FunctionDef(def) => {
                if !scope.is_module || scope.conditional > 0 {
                    return err(
                        Kind::Unsupported,
                        s.span,
                        "a function definition inside another block is not supported by multigen yet",
                    );
                }
                let Some(Binding::Func(id)) = self.names.get(&def.name.name).copied() else {
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
            K::Assign { targets, value } => {
                let v = self.expr(value, scope)?;
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
                    let t = self.target(&targets[0], Some(&v.ty), scope)?;
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
                        let tg = self.target(t, Some(&ty), scope)?;
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
                    let res = self.binary(*op, cur, rhs, s.span, scope)?;
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
                let res = self.binary(*op, cur, rhs, s.span, scope)?;
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
                let mut t = self.target(target, Some(&elem), scope)?;
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
                let mut b = Vec::new();
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
            K::Import(items) => {
                for (m, alias) in items {
                    if m.name == "dataclasses" {
                        let bind = alias.as_ref().unwrap_or(m).name.clone();
                        self.bind_import(bind, Binding::DataclassesModule, scope, m.span)?;
                        continue;
                    }
                    if m.name == "typing" {
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
            K::ImportFrom { module, names } => {
                if module.name == "__future__" {
                    return Ok(());
                }
                if module.name == "typing" || module.name == "dataclasses" {
                    // Annotations and decorators are recognised by name.
                    for (n, _) in names {
                        let known = match module.name.as_str() {
                            "typing" => matches!(
                                n.name.as_str(),
                                "Optional" | "List" | "Dict" | "Set" | "Tuple" | "Union"
                            ),
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
    fn eval_defaults(
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

    fn bind_import(&mut self, name: String, b: Binding, scope: &mut Scope, span: Span) -> R<()> {
        let clash = if scope.is_module {
            matches!(
                self.names.get(&name),
                Some(Binding::Global(_) | Binding::Func(_))
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

    /// Evaluates a value into a hidden local now (unless it is a constant or
    /// a variable), so that later evaluation order cannot change its value.
    fn hoist(&mut self, v: Expr, scope: &mut Scope, out: &mut Vec<Stmt>) -> Expr {
        if is_const(&v) || matches!(v.kind, ExprKind::Load(_)) {
            return v;
        }
        let t = self.temp(scope, v.ty.clone());
        let l = mk(v.ty.clone(), v.span, ExprKind::Load(Place::Local(t)));
        out.push(Stmt::Assign(Target::Place(Place::Local(t)), v));
        l
    }

    /// `base[idx] op= value`: the container and the index are evaluated once.
    #[allow(clippy::too_many_arguments)]
    fn aug_assign_item(
        &mut self,
        base: &ast::Expr,
        idx: &ast::Expr,
        op: ast::BinOp,
        value: &ast::Expr,
        span: Span,
        scope: &mut Scope,
        out: &mut Vec<Stmt>,
    ) -> R<()> {
        if let ast::ExprKind::Slice { .. } = idx.kind {
            return err(
                Kind::Unsupported,
                idx.span,
                "augmented assignment to a slice is not supported by multigen yet",
            );
        }
        let b = self.expr(base, scope)?;
        let b = self.hoist(b, scope, out);
        if let Ty::Class(_) = self.resolve(&b.ty) {
            // `obj[i] op= v`: __getitem__, the operator, __setitem__.
            let i = self.expr(idx, scope)?;
            let i = self.hoist(i, scope, out);
            let Some(cur) = self.dunder_call("__getitem__", b.clone(), vec![i.clone()], span)?
            else {
                return err(
                    Kind::Type,
                    span,
                    "this object is not subscriptable (no __getitem__)",
                );
            };
            let rhs = self.aug_operand(&cur, op, value, scope)?;
            let res = if self.is_inplace(&cur.ty, op, &rhs.ty) {
                let cur = self.hoist(cur, scope, out);
                let e = self.inplace_call(cur.clone(), op, rhs, span)?;
                out.push(Stmt::Expr(e));
                cur
            } else {
                self.binary(op, cur, rhs, span, scope)?
            };
            let Some(set) = self.dunder_call("__setitem__", b, vec![i, res], span)? else {
                return err(
                    Kind::Type,
                    span,
                    "this object does not support item assignment (no __setitem__)",
                );
            };
            out.push(Stmt::Expr(set));
            return Ok(());
        }
        let (i, elem) = match self.resolve(&b.ty) {
            Ty::List(t) => {
                let i = self.expr(idx, scope)?;
                let i = match i.ty {
                    Ty::Int | Ty::Bool => coerce(i, &Ty::Int).unwrap(),
                    _ => return err(Kind::Type, i.span, "list indices must be integers"),
                };
                (i, *t)
            }
            Ty::Dict(k, v) => {
                let i = self.expr(idx, scope)?;
                (self.expect(i, &k, "dict key")?, *v)
            }
            t => {
                return err(
                    Kind::Type,
                    base.span,
                    format!(
                        "'{}' object does not support item assignment",
                        t.class_name()
                    ),
                )
            }
        };
        let i = self.hoist(i, scope, out);
        let cur = mk(
            elem.clone(),
            span,
            ExprKind::Index(Box::new(b.clone()), Box::new(i.clone())),
        );
        let rhs = self.aug_operand(&cur, op, value, scope)?;
        if self.is_inplace(&cur.ty, op, &rhs.ty) {
            // `xs[i] += ys` extends the list `xs[i]` in place, then stores
            // it back, as CPython's `__iadd__` does.
            let cur = self.hoist(cur, scope, out);
            let e = self.inplace_call(cur.clone(), op, rhs, span)?;
            out.push(Stmt::Expr(e));
            out.push(Stmt::SetItem(b, i, cur));
            return Ok(());
        }
        let res = self.binary(op, cur, rhs, span, scope)?;
        let res = self.expect(res, &elem, "result of augmented assignment")?;
        out.push(Stmt::SetItem(b, i, res));
        Ok(())
    }

    /// The value of `name[index] = value` seen as an element of the
    /// container, before it is hoisted: a new display or comprehension of
    /// subclass instances is one of the base class (`d[k] = {... : node}`
    /// into a `dict[str, dict[str, Item]]`).
    fn item_value(&mut self, target: &ast::Expr, v: Expr, scope: &mut Scope) -> Expr {
        let ast::ExprKind::Subscript(base, idx) = &target.kind else {
            return v;
        };
        let ast::ExprKind::Name(n) = &base.kind else {
            return v;
        };
        if matches!(idx.kind, ast::ExprKind::Slice { .. }) {
            return v;
        }
        let Ok(b) = self.name(n, base.span, scope) else {
            return v;
        };
        let elem = match self.resolve(&b.ty) {
            Ty::List(t) | Ty::Dict(_, t) => *t,
            _ => return v,
        };
        if self.resolve(&v.ty) == self.resolve(&elem) {
            return v;
        }
        self.convert_object(v.clone(), &elem).unwrap_or(v)
    }

    /// The right operand of `target op= value`: for `xs += [...]` on a
    /// list, the display or comprehension is built with the list's type
    /// (elements of a subclass).
    fn aug_operand(
        &mut self,
        cur: &Expr,
        op: ast::BinOp,
        value: &ast::Expr,
        scope: &mut Scope,
    ) -> R<Expr> {
        match (self.resolve(&cur.ty), op) {
            (Ty::List(_), ast::BinOp::Add) => self.expr_hinted(value, &cur.ty, scope),
            _ => self.expr(value, scope),
        }
    }

    /// Whether `cur op= rhs` changes `cur` in place: `+=` and `*=` (by an
    /// int) on a list, `|= &= -= ^=` on a set.
    fn is_inplace(&self, cur: &Ty, op: ast::BinOp, rhs: &Ty) -> bool {
        use ast::BinOp::*;
        match (self.resolve(cur), op) {
            (Ty::List(_), Add) => true,
            (Ty::List(_), Mul) => matches!(rhs, Ty::Int | Ty::Bool),
            (Ty::Set(_), BitOr | BitAnd | Sub | BitXor) => true,
            _ => false,
        }
    }

    /// The runtime call that does `cur op= rhs` in place (see
    /// [`Checker::is_inplace`]); `cur` is evaluated once, by the call.
    fn inplace_call(&mut self, cur: Expr, op: ast::BinOp, rhs: Expr, span: Span) -> R<Expr> {
        match (self.resolve(&cur.ty), op) {
            (Ty::List(_), ast::BinOp::Add) => {
                let rhs = self.expect(rhs, &cur.ty, "right operand of +=")?;
                Ok(rt(
                    Ty::None,
                    span,
                    "mg_list_extend",
                    vec![RtArg::Value(cur), RtArg::Value(rhs)],
                ))
            }
            (Ty::List(_), ast::BinOp::Mul) => {
                let n = coerce(rhs, &Ty::Int).expect("checked by is_inplace");
                Ok(rt(
                    Ty::None,
                    span,
                    "mg_list_imul",
                    vec![RtArg::Value(cur), RtArg::Value(n)],
                ))
            }
            _ => {
                let rhs = self.expect(rhs, &cur.ty, "right operand")?;
                let m = match op {
                    ast::BinOp::BitOr => "update",
                    ast::BinOp::BitAnd => "intersection_update",
                    ast::BinOp::Sub => "difference_update",
                    _ => "symmetric_difference_update",
                };
                self.set_op(m, cur, rhs, span)
            }
        }
    }

    fn temp(&mut self, scope: &mut Scope, ty: Ty) -> LocalId {
        let lid = LocalId(scope.locals.len() as u32);
        scope.locals.push(Local {
            name: format!(".t{}", lid.0),
            ty: ty.clone(),
            is_param: false,
            str_builder: false,
        });
        scope.local_types.push(Some(ty));
        lid
    }

    /// Assigns `value` (a side-effect-free load) to target `t`, converting
    /// it to the target's type: element by element where a tuple pattern
    /// meets a tuple whose fields convert one by one (`for a, b in pairs`
    /// with `a: Optional[int]` over `tuple[int, int]`). Each assignment
    /// (target, converted value) comes with the type of the value before
    /// its conversion, which is what the variable is narrowed to.
    fn assign_converted(
        &mut self,
        t: Target,
        value: Expr,
        scope: &mut Scope,
        out: &mut Vec<(Target, Expr, Ty)>,
    ) -> R<()> {
        let tt = target_ty(&t, self, scope);
        if self.unify(&tt, &value.ty) {
            let vty = value.ty.clone();
            out.push((t, value, vty));
            return Ok(());
        }
        match (t, self.resolve(&value.ty)) {
            (Target::Tuple(ts), Ty::Tuple(es)) if ts.len() == es.len() => {
                for (i, (t, e)) in ts.into_iter().zip(es).enumerate() {
                    let field = mk(
                        e,
                        value.span,
                        ExprKind::TupleGet(Box::new(value.clone()), i),
                    );
                    self.assign_converted(t, field, scope, out)?;
                }
                Ok(())
            }
            (t, vty) => {
                let v = self.expect(value, &tt, "loop element")?;
                out.push((t, v, vty));
                Ok(())
            }
        }
    }

    /// After an assignment of a value of type `vty` to place `p`: what was
    /// known about `p` no longer holds; a non-None value narrows an
    /// `Optional` variable.
    fn assigned_place(&mut self, p: Place, vty: &Ty, scope: &mut Scope) {
        scope.narrow.retain(|f| f.0 != p);
        if matches!(p, Place::Global(_)) {
            return;
        }
        if let Some(Ty::Optional(inner)) = self.place_ty(p, scope).map(|t| self.resolve(&t)) {
            if !matches!(self.resolve(vty), Ty::Optional(_) | Ty::None) {
                scope.narrow.push((p, *inner));
            }
        }
    }

    /// `assigned_place` for every variable of target `t` assigned a value
    /// of type `vty`, element by element in a tuple pattern (`o, s = s, o`
    /// narrows `o` if `s` is a `str`).
    fn narrow_target(&mut self, t: &Target, vty: &Ty, scope: &mut Scope) {
        match (t, self.resolve(vty)) {
            (Target::Place(p), _) => self.assigned_place(*p, vty, scope),
            (Target::Tuple(ts), Ty::Tuple(es)) if ts.len() == es.len() => {
                for (t, e) in ts.iter().zip(&es) {
                    self.narrow_target(t, e, scope);
                }
            }
            _ => {}
        }
    }

    fn note_assigned(&mut self, t: &Target, scope: &mut Scope) {
        // Every variable of the target, also inside a tuple or list
        // pattern (`o, n = None, 1`), loses what was known about it.
        forget_target(t, scope);
        if !(scope.is_module && scope.conditional == 0) {
            return;
        }
        match t {
            Target::Place(Place::Global(g)) => {
                self.module_assigned.insert(*g);
            }
            Target::Place(Place::Local(_)) | Target::Item(..) | Target::Field(..) => {}
            Target::List(ts, _) => ts.iter().for_each(|t| self.note_assigned(t, scope)),
            Target::Tuple(ts) => ts.iter().for_each(|t| self.note_assigned(t, scope)),
        }
    }

    // ----- names and places -----

    /// What a name refers to when read, other than a local.
    fn lookup(&self, name: &str, scope: &Scope) -> Option<Binding> {
        if let Some(b) = scope.imports.get(name) {
            return Some(*b);
        }
        self.names.get(name).copied()
    }

    fn place_ty(&self, p: Place, scope: &Scope) -> Option<Ty> {
        match p {
            Place::Local(l) => scope.local_types[l.index()].clone(),
            Place::Global(g) => self.globals[g.index()].ty.clone(),
        }
    }

    fn set_place_ty(&mut self, p: Place, ty: Ty, scope: &mut Scope) {
        match p {
            Place::Local(l) => scope.local_types[l.index()] = Some(ty),
            Place::Global(g) => self.globals[g.index()].ty = Some(ty),
        }
    }

    /// The place a name is stored in when assigned.
    fn place(&mut self, name: &str, span: Span, scope: &Scope, _annotated: bool) -> R<Place> {
        if !scope.is_module && !scope.global_decls.contains(name) {
            if let Some(l) = scope.local_map.get(name) {
                return Ok(Place::Local(*l));
            }
        }
        match self.names.get(name) {
            Some(Binding::Global(g)) => Ok(Place::Global(*g)),
            _ => err(
                Kind::Unsupported,
                span,
                format!("cannot assign to '{name}'"),
            ),
        }
    }

    /// Resolves an assignment target, fixing the types of variables that are
    /// assigned for the first time.
    fn target(&mut self, e: &ast::Expr, value_ty: Option<&Ty>, scope: &mut Scope) -> R<Target> {
        match &e.kind {
            ast::ExprKind::Name(n) => {
                let p = self.place(n, e.span, scope, false)?;
                if self.place_ty(p, scope).is_none() {
                    match value_ty {
                        Some(t) => self.set_place_ty(p, t.clone(), scope),
                        None => {
                            return err(
                                Kind::Type,
                                e.span,
                                format!("cannot infer the type of '{n}'"),
                            )
                        }
                    }
                }
                Ok(Target::Place(p))
            }
            // `[a, b] = ...` unpacks exactly like `a, b = ...`.
            ast::ExprKind::Tuple(elems) | ast::ExprKind::List(elems) => {
                let resolved = value_ty.map(|t| self.resolve(t));
                let tys = match resolved.as_ref() {
                    Some(Ty::Tuple(ts)) if ts.len() == elems.len() => ts.clone(),
                    Some(Ty::Tuple(ts)) => {
                        return err(
                            Kind::Type,
                            e.span,
                            format!(
                                "cannot unpack a tuple of {} values into {} targets",
                                ts.len(),
                                elems.len()
                            ),
                        )
                    }
                    Some(Ty::List(et)) => {
                        let et = (**et).clone();
                        let ts = elems
                            .iter()
                            .map(|x| self.target(x, Some(&et), scope))
                            .collect::<R<Vec<_>>>()?;
                        for t in &ts {
                            let tt = target_ty(t, self, scope);
                            if !self.unify(&tt, &et) {
                                return err(Kind::Type, e.span, format!("cannot unpack list elements of type {et} into a target of type {tt}"));
                            }
                        }
                        return Ok(Target::List(ts, et));
                    }
                    Some(t) => {
                        return err(
                            Kind::Type,
                            e.span,
                            format!("cannot unpack a value of type {t}"),
                        )
                    }
                    None => {
                        return err(
                            Kind::Type,
                            e.span,
                            "cannot infer the types of these targets",
                        )
                    }
                };
                let ts = elems
                    .iter()
                    .zip(&tys)
                    .map(|(x, t)| self.target(x, Some(t), scope))
                    .collect::<R<Vec<_>>>()?;
                Ok(Target::Tuple(ts))
            }
            ast::ExprKind::Subscript(base, idx) => {
                if let ast::ExprKind::Slice { .. } = idx.kind {
                    return err(Kind::Unsupported, e.span, "assigning to a slice inside a tuple target is not supported by multigen yet");
                }
                let b = self.expr(base, scope)?;
                match self.resolve(&b.ty) {
                    Ty::List(_) => {
                        let i = self.expr(idx, scope)?;
                        let i = match i.ty {
                            Ty::Int | Ty::Bool => coerce(i, &Ty::Int).unwrap(),
                            _ => return err(Kind::Type, i.span, "list indices must be integers"),
                        };
                        Ok(Target::Item(Box::new(b), Box::new(i)))
                    }
                    Ty::Dict(k, _) => {
                        let i = self.expr(idx, scope)?;
                        let i = self.expect(i, &k, "dict key")?;
                        Ok(Target::Item(Box::new(b), Box::new(i)))
                    }
                    t => err(
                        Kind::Type,
                        e.span,
                        format!(
                            "'{}' object does not support item assignment",
                            t.class_name()
                        ),
                    ),
                }
            }
            ast::ExprKind::Attribute(base, attr) => {
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
                let is_self = matches!(&base.kind, ast::ExprKind::Name(n) if n == "self");
                let in_init = self.may_create_field(c, scope, is_self);
                if !in_init {
                    self.ensure_fields(c);
                    if self.frozen_class(c).is_some() {
                        return err(Kind::Unsupported, e.span, "assigning to a field of a frozen dataclass inside a tuple target is not supported by multigen");
                    }
                }
                let (i, t) = match (self.field(c, &attr.name), value_ty) {
                    (Some(f), _) => f,
                    (None, Some(t)) if in_init && *t != Ty::None => {
                        self.classes[c.index()].fields.push((attr.name.clone(), t.clone()));
                        (self.classes[c.index()].fields.len() - 1, t.clone())
                    }
                    _ => return err(Kind::Type, attr.span, format!("'{}' has no attribute '{}' (attributes must be assigned in __init__ or declared in the class body)", self.classes[c.index()].name, attr.name)),
                };
                Ok(Target::Field(Box::new(b), i, t))
            }
            _ => err(Kind::Syntax, e.span, "cannot assign to expression"),
        }
    }

    fn name(&mut self, n: &str, span: Span, scope: &mut Scope) -> R<Expr> {
        if !scope.narrow.is_empty() {
            if let Some(p) = self.name_place(n, scope) {
                if let Some(e) = self.narrowed_read(p, span, scope) {
                    return Ok(e);
                }
            }
        }
        if let Some(l) = scope.shadow_lookup(n) {
            let ty = scope.local_types[l.index()].clone().unwrap_or(Ty::None);
            return Ok(mk(ty, span, ExprKind::Load(Place::Local(l))));
        }
        if !scope.is_module && !scope.global_decls.contains(n) {
            if let Some(&l) = scope.local_map.get(n) {
                let Some(ty) = scope.local_types[l.index()].clone() else {
                    return err(Kind::Type, span, format!("cannot infer the type of '{n}' here: it is read before it is first assigned; annotate it"));
                };
                return Ok(mk(ty, span, ExprKind::Load(Place::Local(l))));
            }
        }
        if n == "__name__" && self.lookup(n, scope).is_none() {
            // `"__main__"` unless the module is imported by `multigen call`.
            return Ok(rt(Ty::Str, span, "mg_module_name", vec![]));
        }
        match self.lookup(n, scope) {
            Some(Binding::Global(g)) => {
                let info = &self.globals[g.index()];
                let Some(ty) = info.ty.clone() else {
                    return err(Kind::Type, span, format!("cannot infer the type of '{n}' here: it is read before it is first assigned; annotate it at module level"));
                };
                if !self.global_safe(g, scope) {
                    self.globals[g.index()].checked = true;
                }
                Ok(mk(ty, span, ExprKind::Load(Place::Global(g))))
            }
            Some(Binding::Func(_)) => err(
                Kind::Unsupported,
                span,
                "functions as values are not supported by multigen yet",
            ),
            Some(Binding::MathModule) => err(
                Kind::Unsupported,
                span,
                "a module as a value is not supported",
            ),
            Some(Binding::MathItem(item)) => self.math_const(item, span),
            Some(Binding::Class(_)) => err(
                Kind::Unsupported,
                span,
                "a class as a value is not supported by multigen yet",
            ),
            Some(Binding::DataclassesModule) => err(
                Kind::Unsupported,
                span,
                "a module as a value is not supported",
            ),
            None if BUILTINS.contains(&n) => err(
                Kind::Unsupported,
                span,
                format!("the built-in '{n}' as a value is not supported by multigen yet"),
            ),
            None => err(Kind::Name, span, format!("name '{n}' is not defined")),
        }
    }

    /// Whether a read of global `g` here always follows an assignment.
    fn global_safe(&self, g: GlobalId, scope: &Scope) -> bool {
        if scope.is_module {
            self.module_assigned.contains(&g)
        } else {
            self.safe_in_functions
                .as_ref()
                .is_none_or(|s| s.contains(&g))
                && self.module_assigned.contains(&g)
        }
    }

    /// The global (of type `None`, named like the class) that the `class`
    /// statement of user class `c` assigns when it finishes: until then
    /// the class name is unbound in CPython.
    fn class_bound(&mut self, c: ClassId) -> GlobalId {
        if let Some(&g) = self.class_bound.get(&c) {
            return g;
        }
        let name = self.classes[c.index()].name.clone();
        let g = self.new_global(&name, Some(Ty::None));
        self.class_bound.insert(c, g);
        g
    }

    /// The end of the `class` statement of `c`: its name is bound.
    pub(super) fn bind_class(&mut self, c: ClassId, span: Span, out: &mut Vec<Stmt>) {
        let g = self.class_bound(c);
        self.module_assigned.insert(g);
        out.push(Stmt::Assign(
            Target::Place(Place::Global(g)),
            mk(Ty::None, span, ExprKind::None),
        ));
    }

    /// `e`, a use of user class `c` through its name at `span` (`C(...)`,
    /// `C.X`, `C.m(...)`), preceded where the `class` statement may not
    /// have run yet by a check that raises CPython's `NameError: name 'C'
    /// is not defined` (a function may be called before the class
    /// statement, or from inside the class body).
    pub(super) fn class_name_use(
        &mut self,
        c: ClassId,
        span: Span,
        scope: &Scope,
        e: Expr,
    ) -> Expr {
        if self.classes[c.index()].builtin {
            return e;
        }
        let g = self.class_bound(c);
        if self.global_safe(g, scope) {
            return e;
        }
        self.globals[g.index()].checked = true;
        let check = mk(Ty::None, span, ExprKind::Load(Place::Global(g)));
        mk(
            e.ty.clone(),
            e.span,
            ExprKind::Builtin(Builtin::Then, vec![check, e]),
        )
    }

    fn math_const(&self, item: &str, span: Span) -> R<Expr> {
        match MATH_CONSTS.iter().find(|c| c.0 == item) {
            Some((_, v)) => Ok(mk(Ty::Float, span, ExprKind::Float(*v))),
            None => err(
                Kind::Unsupported,
                span,
                "functions as values are not supported by multigen yet",
            ),
        }
    }

    // ----- expressions -----

    /// Checks that a value stored into a variable, parameter or return slot
    /// has exactly the slot's type. Python performs no conversion there: an
    /// `int` stored in a `float` variable stays an `int` (and prints as
    /// one), so converting it would change the program's output. Such code
    /// is rejected with a hint instead.
    fn expect(&mut self, e: Expr, ty: &Ty, what: &str) -> R<Expr> {
        if &e.ty == ty || self.unify(&e.ty, ty) {
            return Ok(e);
        }
        if let Some(e) = self.convert_object(e.clone(), ty) {
            return Ok(e);
        }
        if let Some(e) = self.convert_display(&e, ty) {
            return Ok(e);
        }
        // A fixed-size tuple whose fields all have the element type is a
        // `tuple[T, ...]` too: it is boxed.
        if let (Ty::Tuple(ts), Ty::VarTuple(et)) = (self.resolve(&e.ty), self.resolve(ty)) {
            if ts.iter().all(|t| self.unify(t, &et)) {
                let span = e.span;
                return Ok(mk(Ty::VarTuple(et), span, ExprKind::BoxTuple(Box::new(e))));
            }
        }
        let (found, ty) = (self.resolve(&e.ty), &self.resolve(ty));
        let hint = match (&e.ty, ty) {
            (Ty::Int, Ty::Float) => {
                if let ExprKind::Int(v) = e.kind {
                    format!(" (CPython keeps an int here, which prints differently; write {v}.0)")
                } else {
                    " (CPython keeps an int here, which prints differently; convert it with float(...))".to_string()
                }
            }
            (Ty::Bool, Ty::Int) => {
                " (CPython keeps a bool here, which prints as True/False; convert it with int(...))"
                    .to_string()
            }
            _ => String::new(),
        };
        err(
            Kind::Type,
            e.span,
            format!("{what} has type {found}, expected {ty}{hint}"),
        )
    }

    /// Checks `e` where a value of type `hint` is expected (an annotated
    /// assignment, a `return`): a comprehension then builds a container of
    /// that type, converting its elements (`xs: list[int | None] = [n for
    /// ...]`), as `expect` converts a display.
    fn expr_hinted(&mut self, e: &ast::Expr, hint: &Ty, scope: &mut Scope) -> R<Expr> {
        match e.kind {
            ast::ExprKind::ListComp { .. }
            | ast::ExprKind::SetComp { .. }
            | ast::ExprKind::DictComp { .. } => self.comprehension_into(e, Some(hint), scope),
            ast::ExprKind::IfExp {
                ref test,
                ref body,
                ref orelse,
            } => self.if_exp(test, body, orelse, e.span, Some(hint), scope),
            // Displays pass the expected element types to their elements.
            ast::ExprKind::List(ref xs) => match self.resolve(hint) {
                Ty::List(t) => self.list_display(xs, Some(&t), e.span, scope),
                _ => self.expr(e, scope),
            },
            ast::ExprKind::Set(ref xs) => match self.resolve(hint) {
                Ty::Set(t) => self.set_display(xs, Some(&t), e.span, scope),
                _ => self.expr(e, scope),
            },
            ast::ExprKind::Dict(ref items) => match self.resolve(hint) {
                Ty::Dict(k, v) => self.dict_display(items, Some((&k, &v)), e.span, scope),
                _ => self.expr(e, scope),
            },
            ast::ExprKind::Subscript(ref base, ref idx)
                if matches!(idx.kind, ast::ExprKind::Slice { .. }) =>
            {
                self.subscript(base, idx, e.span, Some(hint), scope)
            }
            // `sorted([...])`: the display is the list sorted, with the
            // expected type.
            ast::ExprKind::Call {
                ref func,
                ref args,
                ref keywords,
            } if matches!(&func.kind, ast::ExprKind::Name(n) if n == "sorted" && self.is_builtin(n, scope))
                && args.len() == 1
                && matches!(
                    args[0].kind,
                    ast::ExprKind::List(_) | ast::ExprKind::ListComp { .. }
                )
                && matches!(self.resolve(hint), Ty::List(_)) =>
            {
                let list = self.expr_hinted(&args[0], hint, scope)?;
                self.sort_fresh_list(list, keywords, e.span, scope)
            }
            // A repeated list display (`[Sub()] * 3`, `2 * [...]`) has the
            // display's type.
            ast::ExprKind::Binary(ast::BinOp::Mul, ref l, ref r)
                if matches!(self.resolve(hint), Ty::List(_)) =>
            {
                let display = |x: &ast::Expr| {
                    matches!(
                        x.kind,
                        ast::ExprKind::List(_) | ast::ExprKind::ListComp { .. }
                    )
                };
                let lv = if display(l) {
                    self.expr_hinted(l, hint, scope)?
                } else {
                    self.expr(l, scope)?
                };
                let rv = if display(r) {
                    self.expr_hinted(r, hint, scope)?
                } else {
                    self.expr(r, scope)?
                };
                self.binary(ast::BinOp::Mul, lv, rv, e.span, scope)
            }
            _ => self.expr(e, scope),
        }
    }

    /// `a or b or ... or z` used as a value where some operands are
    /// `Optional` of `z`'s scalar type (`opt or 0`): None and zero are
    /// falsy, so the value is always a `z`. Lowered to
    /// `t if (t := a) else (...)` with `t` unwrapped, since a boxed
    /// `Optional[int]` is not represented like an `int`. `None` when no
    /// operand is such an Optional or one has another type.
    fn or_of_optional_scalars(
        &mut self,
        vals: &[Expr],
        last: &Ty,
        span: Span,
        scope: &mut Scope,
    ) -> Option<Expr> {
        let mut any = false;
        for v in &vals[..vals.len() - 1] {
            match self.resolve(&v.ty) {
                Ty::Optional(inner) if *inner == *last => any = true,
                t if t == *last => {}
                _ => return None,
            }
        }
        if !any || !self.unify(&vals[vals.len() - 1].ty, last) {
            return None;
        }
        let mut acc = vals[vals.len() - 1].clone();
        for v in vals[..vals.len() - 1].iter().rev() {
            let vty = self.resolve(&v.ty);
            let tmp = self.hidden(scope, "or", vty.clone());
            let load = mk(vty.clone(), v.span, ExprKind::Load(Place::Local(tmp)));
            let test = mk(Ty::Bool, v.span, ExprKind::Truth(Box::new(load.clone())));
            // A truthy Optional is not None: no check needed.
            let value = if matches!(vty, Ty::Optional(_)) {
                mk(last.clone(), v.span, ExprKind::Unwrap(Box::new(load), None))
            } else {
                load
            };
            acc = mk(
                last.clone(),
                span,
                ExprKind::Block(
                    vec![Stmt::Assign(Target::Place(Place::Local(tmp)), v.clone())],
                    Box::new(mk(
                        last.clone(),
                        span,
                        ExprKind::IfExp(Box::new(test), Box::new(value), Box::new(acc)),
                    )),
                ),
            );
        }
        Some(acc)
    }

    /// `body if test else orelse`; with `hint`, the type expected of it,
    /// which both branches are checked against (see `expr_hinted`).
    fn if_exp(
        &mut self,
        test: &ast::Expr,
        body: &ast::Expr,
        orelse: &ast::Expr,
        span: Span,
        hint: Option<&Ty>,
        scope: &mut Scope,
    ) -> R<Expr> {
        let c = self.cond(test, scope)?;
        let (t, f) = self.facts(test, scope);
        let saved = scope.narrow.clone();
        scope.narrow.extend(t);
        let a = match hint {
            Some(h) => self.expr_hinted(body, h, scope),
            None => self.expr(body, scope),
        };
        scope.narrow = saved.clone();
        scope.narrow.extend(f);
        let b = match hint {
            Some(h) => self.expr_hinted(orelse, h, scope),
            None => self.expr(orelse, scope),
        };
        scope.narrow = saved;
        let (a, b) = (a?, b?);
        let Some(j) = self.join(&a.ty, &b.ty) else {
            // One branch may convert to the other's type: a display of
            // subclass instances where the other is a list of the base.
            let (ta, tb) = (self.resolve(&a.ty), self.resolve(&b.ty));
            let converted = match self.convert_to(&b, &ta) {
                Some(b) => Some((a.clone(), b)),
                None => self.convert_to(&a, &tb).map(|a| (a, b.clone())),
            };
            if let Some((a, b)) = converted {
                return Ok(mk(
                    a.ty.clone(),
                    span,
                    ExprKind::IfExp(Box::new(c), Box::new(a), Box::new(b)),
                ));
            }
            return err(
                Kind::Type,
                span,
                format!(
                    "both branches of a conditional expression must have one type; found {ta} and {tb}"
                ),
            );
        };
        let a = self.convert_all(vec![a], &j)?.pop().unwrap();
        let b = self.convert_all(vec![b], &j)?.pop().unwrap();
        Ok(mk(
            a.ty.clone(),
            span,
            ExprKind::IfExp(Box::new(c), Box::new(a), Box::new(b)),
        ))
    }

    /// A display (list, set, dict or tuple) whose elements each convert to
    /// the element type expected of it: `xs: list[int | None] = [1, 2]`
    /// builds a list of `int | None`, although the display alone is typed
    /// from its elements (`list[int]`). The display is rebuilt with the
    /// elements converted.
    fn convert_display(&mut self, e: &Expr, to: &Ty) -> Option<Expr> {
        let to = self.resolve(to);
        let kind = match (&e.kind, &to) {
            (ExprKind::List(xs), Ty::List(t)) => ExprKind::List(self.convert_elems(xs, t)?),
            (ExprKind::Set(xs), Ty::Set(t)) => ExprKind::Set(self.convert_elems(xs, t)?),
            (ExprKind::Dict(kvs), Ty::Dict(kt, vt)) => {
                let mut out = Vec::with_capacity(kvs.len());
                for (k, v) in kvs {
                    out.push((self.convert_elem(k, kt)?, self.convert_elem(v, vt)?));
                }
                ExprKind::Dict(out)
            }
            (ExprKind::Tuple(xs), Ty::Tuple(ts)) if xs.len() == ts.len() => {
                let mut out = Vec::with_capacity(xs.len());
                for (x, t) in xs.iter().zip(ts) {
                    out.push(self.convert_elem(x, t)?);
                }
                ExprKind::Tuple(out)
            }
            _ => return None,
        };
        Some(mk(to, e.span, kind))
    }

    /// `e` converted to type `t` by `convert_object` or `convert_display`.
    fn convert_to(&mut self, e: &Expr, t: &Ty) -> Option<Expr> {
        self.convert_object(e.clone(), t)
            .or_else(|| self.convert_display(e, t))
    }

    fn convert_elems(&mut self, xs: &[Expr], t: &Ty) -> Option<Vec<Expr>> {
        xs.iter().map(|x| self.convert_elem(x, t)).collect()
    }

    /// One element of a display as type `t`, if it has that type or
    /// converts to it.
    fn convert_elem(&mut self, x: &Expr, t: &Ty) -> Option<Expr> {
        if &x.ty == t || self.unify(&x.ty, t) {
            return Some(x.clone());
        }
        self.convert_to(x, t)
    }

    fn cond(&mut self, e: &ast::Expr, scope: &mut Scope) -> R<Expr> {
        // In a condition, `and`/`or` operands may have different types: only
        // their truth values matter.
        if let ast::ExprKind::BoolOp(op, vals) = &e.kind {
            // Later operands see what earlier ones established.
            let saved = scope.narrow.clone();
            let mut out = Vec::new();
            for v in vals {
                let c = self.cond(v, scope);
                let (t, f) = self.facts(v, scope);
                scope
                    .narrow
                    .extend(if *op == ast::BoolOp::And { t } else { f });
                match c {
                    Ok(c) => out.push(c),
                    Err(d) => {
                        scope.narrow = saved;
                        return Err(d);
                    }
                }
            }
            scope.narrow = saved;
            let vals = out;
            let kind = match op {
                ast::BoolOp::And => ExprKind::And(vals),
                ast::BoolOp::Or => ExprKind::Or(vals),
            };
            return Ok(mk(Ty::Bool, e.span, kind));
        }
        if let ast::ExprKind::Unary(ast::UnaryOp::Not, inner) = &e.kind {
            let c = self.cond(inner, scope)?;
            return Ok(mk(
                Ty::Bool,
                e.span,
                ExprKind::Unary(UnOp::Not, Box::new(c)),
            ));
        }
        let v = self.expr(e, scope)?;
        self.obj_truth(v)
    }

    /// Truthiness, calling `__bool__` or `__len__` for objects.
    fn obj_truth(&mut self, v: Expr) -> R<Expr> {
        if let Ty::Class(c) = self.resolve(&v.ty) {
            // A subclass that decides its truth another way (`__bool__`
            // where the class has only `__len__` or nothing): the code
            // generator tests the object's class at run time.
            if self.truth_varies_below(c) {
                return Ok(truth(v));
            }
            let span = v.span;
            if let Some(b) = self.dunder_call("__bool__", v.clone(), vec![], span)? {
                return Ok(truth(b));
            }
            if let Some(n) = self.dunder_call("__len__", v.clone(), vec![], span)? {
                return Ok(truth(n));
            }
        }
        Ok(truth(v))
    }

    /// Whether a subclass of `c` takes its truth from another special
    /// method than `c` does (overrides of the same one dispatch through
    /// the virtual table).
    fn truth_varies_below(&mut self, c: ClassId) -> bool {
        let kind = |cx: &Self, k: ClassId| {
            if cx.find_method(k, "__bool__").is_some() {
                1
            } else if cx.find_method(k, "__len__").is_some() {
                2
            } else {
                0
            }
        };
        let mine = kind(self, c);
        (0..self.classes.len())
            .map(|k| ClassId(k as u32))
            .any(|k| k != c && self.is_subclass(k, c) && kind(self, k) != mine)
    }

    /// Checks one expression (on a grown stack when needed; see `stmt`).
    fn expr(&mut self, e: &ast::Expr, scope: &mut Scope) -> R<Expr> {
        multigen_syntax::with_stack(|| self.expr_inner(e, scope))
    }

    fn expr_inner(&mut self, e: &ast::Expr, scope: &mut Scope) -> R<Expr> {
        use ast::ExprKind as K;
        let span = e.span;
        Ok(match &e.kind {
            K::Int(v) => mk(Ty::Int, span, ExprKind::Int(*v)),
            K::Float(v) => mk(Ty::Float, span, ExprKind::Float(*v)),
            K::Str(s) => mk(Ty::Str, span, ExprKind::Str(s.clone())),
            K::Bool(b) => mk(Ty::Bool, span, ExprKind::Bool(*b)),
            K::None => mk(Ty::None, span, ExprKind::None),
            K::Name(n) => self.name(n, span, scope)?,
            K::Unary(op, x) => {
                let v = self.expr(x, scope)?;
                match op {
                    ast::UnaryOp::Not => {
                        let t = self.obj_truth(v)?;
                        mk(Ty::Bool, span, ExprKind::Unary(UnOp::Not, Box::new(t)))
                    }
                    ast::UnaryOp::Pos | ast::UnaryOp::Neg
                        if matches!(self.resolve(&v.ty), Ty::Class(_)) =>
                    {
                        let m = if *op == ast::UnaryOp::Neg { "__neg__" } else { "__pos__" };
                        let t = v.ty.clone();
                        match self.dunder_call(m, v, vec![], span)? {
                            Some(e) => e,
                            None => {
                                return err(Kind::Type, span, format!("bad operand type for unary {}: '{t}'", if *op == ast::UnaryOp::Neg { "-" } else { "+" }))
                            }
                        }
                    }
                    ast::UnaryOp::Pos | ast::UnaryOp::Neg => {
                        let v = match v.ty {
                            Ty::Bool => coerce(v, &Ty::Int).unwrap(),
                            Ty::Int | Ty::Float => v,
                            _ => {
                                return err(
                                    Kind::Type,
                                    span,
                                    format!(
                                        "bad operand type for unary {}: '{}'",
                                        if *op == ast::UnaryOp::Neg { "-" } else { "+" },
                                        v.ty
                                    ),
                                )
                            }
                        };
                        if *op == ast::UnaryOp::Pos {
                            Expr { span, ..v }
                        } else if let ExprKind::Int(i) = v.kind {
                            // Fold negative literals, so that `2 ** -1` is
                            // known to have a float result.
                            match i.checked_neg() {
                                Some(n) => mk(Ty::Int, span, ExprKind::Int(n)),
                                None => mk(Ty::Int, span, ExprKind::Unary(UnOp::Neg, Box::new(v))),
                            }
                        } else if let ExprKind::Float(f) = v.kind {
                            mk(Ty::Float, span, ExprKind::Float(-f))
                        } else {
                            mk(v.ty.clone(), span, ExprKind::Unary(UnOp::Neg, Box::new(v)))
                        }
                    }
                    ast::UnaryOp::Invert => {
                        let v = match v.ty {
                            Ty::Bool => coerce(v, &Ty::Int).unwrap(),
                            Ty::Int => v,
                            _ => {
                                return err(
                                    Kind::Type,
                                    span,
                                    format!("bad operand type for unary ~: '{}'", v.ty),
                                )
                            }
                        };
                        mk(Ty::Int, span, ExprKind::Unary(UnOp::Invert, Box::new(v)))
                    }
                }
            }
            K::Binary(op, l, r) => {
                let lv = self.expr(l, scope)?;
                let rv = self.expr(r, scope)?;
                self.binary(*op, lv, rv, span, scope)?
            }
            K::BoolOp(op, vals) => {
                // Later operands see what earlier ones established.
                let saved = scope.narrow.clone();
                let mut checked = Vec::new();
                for v in vals {
                    match self.expr(v, scope) {
                        Ok(e) => checked.push(e),
                        Err(d) => {
                            scope.narrow = saved;
                            return Err(d);
                        }
                    }
                    let (t, f) = self.facts(v, scope);
                    scope.narrow.extend(if *op == ast::BoolOp::And { t } else { f });
                }
                scope.narrow = saved;
                let vals = checked;
                // `opt or default`: a None operand is never the value of
                // an `or` (it is falsy), so the result has the last
                // operand's type (for pointer types, whose Optional has
                // the same representation).
                let last = self.resolve(&vals[vals.len() - 1].ty);
                let vals: Vec<Expr> = if *op == ast::BoolOp::Or && last.is_heap() && !matches!(last, Ty::Optional(_)) {
                    vals.into_iter()
                        .map(|v| match self.resolve(&v.ty) {
                            Ty::Optional(inner) if self.unify(&inner, &last) => {
                                let span = v.span;
                                mk(last.clone(), span, ExprKind::Cast(Box::new(v)))
                            }
                            _ => v,
                        })
                        .collect()
                } else {
                    vals
                };
                if *op == ast::BoolOp::Or && matches!(last, Ty::Int | Ty::Float | Ty::Bool) {
                    if let Some(e) = self.or_of_optional_scalars(&vals, &last, span, scope) {
                        return Ok(e);
                    }
                }
                let ty = vals[0].ty.clone();
                for v in &vals[1..] {
                    if !self.unify(&v.ty, &ty) {
                        return err(Kind::Type, v.span, format!("operands of `{}` used as a value must have one type; found {} and {}", if *op == ast::BoolOp::And { "and" } else { "or" }, ty, v.ty));
                    }
                }
                let kind = match op {
                    ast::BoolOp::And => ExprKind::And(vals),
                    ast::BoolOp::Or => ExprKind::Or(vals),
                };
                mk(ty, span, kind)
            }
            K::Compare(first, rest) => self.compare(first, rest, span, scope)?,
            K::IfExp { test, body, orelse } => self.if_exp(test, body, orelse, span, None, scope)?,
            K::Tuple(xs) => {
                let vals = xs
                    .iter()
                    .map(|x| self.expr(x, scope))
                    .collect::<R<Vec<_>>>()?;
                let ty = Ty::Tuple(vals.iter().map(|v| v.ty.clone()).collect());
                mk(ty, span, ExprKind::Tuple(vals))
            }
            K::Subscript(base, idx) => self.subscript(base, idx, span, None, scope)?,
            K::Attribute(base, attr) => {
                if let K::Name(m) = &base.kind {
                    if self.is_math_module(m, scope) {
                        let Some(item) = math_item(&attr.name) else {
                            return err(
                                Kind::Name,
                                attr.span,
                                format!("module 'math' has no attribute '{}'", attr.name),
                            );
                        };
                        return self.math_const(item, span);
                    }
                }
                self.attribute(base, attr, span, scope)?
            }
            K::Call {
                func,
                args,
                keywords,
            } => {
                let top = scope.is_module;
                let r = self.call(func, args, keywords, span, scope)?;
                if top && matches!(r.kind, ExprKind::Call { .. }) {
                    self.saw_call = true;
                }
                r
            }
            K::List(xs) => self.list_display(xs, None, span, scope)?,
            K::Set(xs) => self.set_display(xs, None, span, scope)?,
            K::Dict(items) => self.dict_display(items, None, span, scope)?,
            K::ListComp { .. } | K::SetComp { .. } | K::DictComp { .. } => self.comprehension(e, scope)?,
            K::Generator { .. } => {
                return err(
                    Kind::Unsupported,
                    span,
                    "a generator expression is only supported as the argument of sum, min, max, any, all, sorted, list, set, dict or str.join",
                )
            }
            K::Slice { .. } => return err(Kind::Syntax, span, "a slice is only valid inside brackets"),
            K::Lambda { .. } => {
                return err(
                    Kind::Unsupported,
                    span,
                    "a lambda is only supported as the key= of sort/sorted/min/max or the function of map/filter",
                )
            }
            K::FString(parts) => self.fstring(parts, span, scope)?,
            K::Ellipsis => return err(Kind::Unsupported, span, "`...` outside an annotation is not supported by multigen yet"),
        })
    }

    fn is_math_module(&self, name: &str, scope: &Scope) -> bool {
        if !scope.is_module && scope.local_map.contains_key(name) {
            return false;
        }
        self.lookup(name, scope) == Some(Binding::MathModule)
    }

    fn binary(
        &mut self,
        op: ast::BinOp,
        l: Expr,
        r: Expr,
        span: Span,
        scope: &mut Scope,
    ) -> R<Expr> {
        use ast::BinOp as B;
        let hop = match op {
            B::Add => BinOp::Add,
            B::Sub => BinOp::Sub,
            B::Mul => BinOp::Mul,
            B::Div => BinOp::Div,
            B::FloorDiv => BinOp::FloorDiv,
            B::Mod => BinOp::Mod,
            B::Pow => BinOp::Pow,
            B::LShift => BinOp::LShift,
            B::RShift => BinOp::RShift,
            B::BitAnd => BinOp::BitAnd,
            B::BitOr => BinOp::BitOr,
            B::BitXor => BinOp::BitXor,
        };
        let bad = |l: &Ty, r: &Ty| {
            Diagnostic::new(
                Kind::Type,
                span,
                format!(
                    "unsupported operand type(s) for {}: '{}' and '{}'",
                    op.symbol(),
                    l,
                    r
                ),
            )
        };
        let bin = |ty: Ty, l: Expr, r: Expr| {
            mk(ty, span, ExprKind::Binary(hop, Box::new(l), Box::new(r)))
        };
        // Objects: the left operand's special method.
        if matches!(self.resolve(&l.ty), Ty::Class(_)) {
            let m = match op {
                B::Add => "__add__",
                B::Sub => "__sub__",
                B::Mul => "__mul__",
                B::Div => "__truediv__",
                B::FloorDiv => "__floordiv__",
                B::Mod => "__mod__",
                B::Pow => "__pow__",
                B::LShift => "__lshift__",
                B::RShift => "__rshift__",
                B::BitAnd => "__and__",
                B::BitOr => "__or__",
                B::BitXor => "__xor__",
            };
            let (lt, rt_) = (self.resolve(&l.ty), self.resolve(&r.ty));
            return match self.dunder_call(m, l, vec![r], span)? {
                Some(e) => Ok(e),
                None => Err(bad(&lt, &rt_)),
            };
        }
        let l = self.deopt(l)?;
        let r = self.deopt(r)?;
        // Containers.
        match (self.resolve(&l.ty), self.resolve(&r.ty), op) {
            (a @ (Ty::VarTuple(_) | Ty::List(_)), Ty::VarTuple(_) | Ty::List(_), B::Add) => {
                let (mut l, mut r) = (l, r);
                if !self.unify(&l.ty, &r.ty) {
                    // A new list of subclass instances joins a list of
                    // their base (`[sub] + items`).
                    let (lt, rt_) = (self.resolve(&l.ty), self.resolve(&r.ty));
                    if let Some(c) = self.convert_to(&l, &rt_) {
                        l = c;
                    } else if let Some(c) = self.convert_to(&r, &lt) {
                        r = c;
                    } else {
                        return Err(bad(&lt, &rt_));
                    }
                }
                let name = if matches!(a, Ty::List(_)) {
                    "mg_list_concat"
                } else {
                    "mg_tuple_concat"
                };
                let t = l.ty.clone();
                return Ok(rt(t, span, name, vec![RtArg::Value(l), RtArg::Value(r)]));
            }
            (Ty::List(_), Ty::Int | Ty::Bool, B::Mul)
            | (Ty::Int | Ty::Bool, Ty::List(_), B::Mul) => {
                let (list, n) = if matches!(self.resolve(&l.ty), Ty::List(_)) {
                    (l, r)
                } else {
                    (r, l)
                };
                let n = coerce(n, &Ty::Int).unwrap();
                let t = list.ty.clone();
                return Ok(rt(
                    t,
                    span,
                    "mg_list_repeat",
                    vec![RtArg::Value(list), RtArg::Value(n)],
                ));
            }
            (Ty::Set(_), Ty::Set(_), B::BitOr | B::BitAnd | B::Sub | B::BitXor) => {
                if !self.unify(&l.ty, &r.ty) {
                    return Err(bad(&self.resolve(&l.ty), &self.resolve(&r.ty)));
                }
                let m = match op {
                    B::BitOr => "union",
                    B::BitAnd => "intersection",
                    B::Sub => "difference",
                    _ => "symmetric_difference",
                };
                return self.set_op(m, l, r, span);
            }
            (Ty::Str, _, B::Mod) => {
                let ExprKind::Str(fmt) = &l.kind else {
                    // A format string known only at run time is interpreted
                    // by the runtime, with the operand's type descriptor.
                    let t = self.resolve(&r.ty);
                    return Ok(rt(
                        Ty::Str,
                        span,
                        "mg_percent_format",
                        vec![RtArg::Value(l), RtArg::Slot(r), RtArg::Type(t)],
                    ));
                };
                let fmt = fmt.clone();
                return self.percent_format(&fmt, r, span, scope);
            }
            (a @ (Ty::List(_) | Ty::Dict(..) | Ty::Set(_)), b, _)
            | (b, a @ (Ty::List(_) | Ty::Dict(..) | Ty::Set(_)), _) => {
                return Err(bad(&a, &b));
            }
            _ => {}
        }
        // Strings.
        match (l.ty.clone(), r.ty.clone(), op) {
            (Ty::Str, Ty::Str, B::Add) => return Ok(bin(Ty::Str, l, r)),
            (Ty::Str, Ty::Int | Ty::Bool, B::Mul) => {
                let r = coerce(r, &Ty::Int).unwrap();
                return Ok(mk(
                    Ty::Str,
                    span,
                    ExprKind::Runtime("mg_str_repeat", vec![l, r]),
                ));
            }
            (Ty::Int | Ty::Bool, Ty::Str, B::Mul) => {
                let l = coerce(l, &Ty::Int).unwrap();
                return Ok(mk(
                    Ty::Str,
                    span,
                    ExprKind::Runtime("mg_str_repeat", vec![r, l]),
                ));
            }
            (Ty::Tuple(a), Ty::Tuple(b), B::Add) => {
                // A new tuple of the fields of both operands, each operand
                // evaluated once, in order.
                let ty = Ty::Tuple(a.iter().chain(b.iter()).cloned().collect());
                if let (ExprKind::Tuple(xs), ExprKind::Tuple(ys)) = (&l.kind, &r.kind) {
                    let elems = xs.iter().chain(ys).cloned().collect();
                    return Ok(mk(ty, span, ExprKind::Tuple(elems)));
                }
                let mut stmts = Vec::new();
                let la = self.hoist(l, scope, &mut stmts);
                let lb = self.hoist(r, scope, &mut stmts);
                let mut elems: Vec<Expr> = (0..a.len())
                    .map(|i| {
                        mk(
                            a[i].clone(),
                            span,
                            ExprKind::TupleGet(Box::new(la.clone()), i),
                        )
                    })
                    .collect();
                elems.extend((0..b.len()).map(|i| {
                    mk(
                        b[i].clone(),
                        span,
                        ExprKind::TupleGet(Box::new(lb.clone()), i),
                    )
                }));
                return Ok(mk(
                    ty.clone(),
                    span,
                    ExprKind::Block(stmts, Box::new(mk(ty, span, ExprKind::Tuple(elems)))),
                ));
            }
            (Ty::Tuple(a), Ty::Int, B::Mul) | (Ty::Int, Ty::Tuple(a), B::Mul) => {
                let (t, n) = if matches!(l.ty, Ty::Tuple(_)) {
                    (l, r)
                } else {
                    (r, l)
                };
                let ExprKind::Int(n) = n.kind else {
                    return err(Kind::Unsupported, n.span, "repeating a tuple a number of times that is not a literal is not supported (the result's type depends on it)");
                };
                let n = n.max(0) as usize;
                let mut stmts = Vec::new();
                let tl = self.hoist(t, scope, &mut stmts);
                let elems: Vec<Expr> = (0..n)
                    .flat_map(|_| {
                        (0..a.len())
                            .map(|i| {
                                mk(
                                    a[i].clone(),
                                    span,
                                    ExprKind::TupleGet(Box::new(tl.clone()), i),
                                )
                            })
                            .collect::<Vec<_>>()
                    })
                    .collect();
                let ty = Ty::Tuple(elems.iter().map(|e| e.ty.clone()).collect());
                return Ok(mk(
                    ty.clone(),
                    span,
                    ExprKind::Block(stmts, Box::new(mk(ty, span, ExprKind::Tuple(elems)))),
                ));
            }
            _ => {}
        }
        if !is_numeric(&l.ty) || !is_numeric(&r.ty) {
            return Err(bad(&l.ty, &r.ty));
        }
        match op {
            B::BitAnd | B::BitOr | B::BitXor if l.ty == Ty::Bool && r.ty == Ty::Bool => {
                Ok(bin(Ty::Bool, l, r))
            }
            B::LShift | B::RShift | B::BitAnd | B::BitOr | B::BitXor => {
                if l.ty == Ty::Float || r.ty == Ty::Float {
                    return Err(bad(&l.ty, &r.ty));
                }
                Ok(bin(
                    Ty::Int,
                    coerce(l, &Ty::Int).unwrap(),
                    coerce(r, &Ty::Int).unwrap(),
                ))
            }
            // `int / int` keeps its operands as ints: its zero-division
            // message differs from the float one.
            B::Div if l.ty != Ty::Float && r.ty != Ty::Float => Ok(bin(
                Ty::Float,
                coerce(l, &Ty::Int).unwrap(),
                coerce(r, &Ty::Int).unwrap(),
            )),
            B::Div => Ok(bin(
                Ty::Float,
                coerce(l, &Ty::Float).unwrap(),
                coerce(r, &Ty::Float).unwrap(),
            )),
            B::Pow => {
                let neg_literal = matches!(r.kind, ExprKind::Int(v) if v < 0);
                if l.ty == Ty::Float || r.ty == Ty::Float || neg_literal {
                    Ok(bin(
                        Ty::Float,
                        coerce(l, &Ty::Float).unwrap(),
                        coerce(r, &Ty::Float).unwrap(),
                    ))
                } else {
                    Ok(bin(
                        Ty::Int,
                        coerce(l, &Ty::Int).unwrap(),
                        coerce(r, &Ty::Int).unwrap(),
                    ))
                }
            }
            _ => {
                let ty = if l.ty == Ty::Float || r.ty == Ty::Float {
                    Ty::Float
                } else {
                    Ty::Int
                };
                Ok(bin(
                    ty.clone(),
                    coerce(l, &ty).unwrap(),
                    coerce(r, &ty).unwrap(),
                ))
            }
        }
    }

    fn cmp_kind(&mut self, op: ast::CmpOp, l: &Ty, r: &Ty, span: Span) -> R<(CmpOp, CmpKind)> {
        let (l, r) = (&self.resolve(l), &self.resolve(r));
        use ast::CmpOp as C;
        let hop = match op {
            C::Eq | C::Is => CmpOp::Eq,
            C::NotEq | C::IsNot => CmpOp::Ne,
            C::Lt => CmpOp::Lt,
            C::LtE => CmpOp::Le,
            C::Gt => CmpOp::Gt,
            C::GtE => CmpOp::Ge,
            C::In => CmpOp::In,
            C::NotIn => CmpOp::NotIn,
        };
        let bad = || {
            Diagnostic::new(
                Kind::Type,
                span,
                format!(
                    "'{}' not supported between instances of '{}' and '{}'",
                    op.symbol(),
                    l,
                    r
                ),
            )
        };
        let is_opt = |t: &Ty| matches!(t, Ty::Optional(_));
        let is_obj = |t: &Ty| match t {
            Ty::Class(_) => true,
            Ty::Optional(x) => matches!(**x, Ty::Class(_)),
            _ => false,
        };
        if matches!(op, C::Is | C::IsNot | C::Eq | C::NotEq)
            && ((is_opt(l) && *r == Ty::None) || (is_opt(r) && *l == Ty::None))
        {
            return Ok((hop, CmpKind::NoneCheck));
        }
        if matches!(op, C::Is | C::IsNot) && is_obj(l) && is_obj(r) {
            return Ok((hop, CmpKind::Identity));
        }
        if !matches!(op, C::Is | C::IsNot | C::In | C::NotIn) {
            match (l, r) {
                (Ty::Class(_), Ty::Class(_)) => return Ok((hop, CmpKind::Generic(l.clone()))),
                (Ty::Optional(a), b) | (b, Ty::Optional(a))
                    if self.unify(a, b) || (is_opt(b) && self.unify(l, r)) =>
                {
                    let t = Ty::Optional(a.clone());
                    if !matches!(op, C::Eq | C::NotEq) {
                        return err(Kind::Unsupported, span, format!("'{}' with an Optional operand is not supported by multigen; narrow it first", op.symbol()));
                    }
                    return Ok((hop, CmpKind::Generic(t)));
                }
                _ => {}
            }
        }
        if matches!(op, C::Is | C::IsNot) {
            // Only identity with None is meaningful for the value types we have.
            if *l == Ty::None || *r == Ty::None {
                let same = l == r;
                return Ok((hop, CmpKind::Const(if op == C::Is { same } else { !same })));
            }
            // Mutable containers have identity: the same object or not.
            if matches!(l, Ty::List(_) | Ty::Dict(..) | Ty::Set(_)) && self.unify(l, r) {
                return Ok((hop, CmpKind::Identity));
            }
            return err(
                Kind::Unsupported,
                span,
                "`is` is only supported with None and between lists, dicts or sets by multigen yet",
            );
        }
        if matches!(op, C::In | C::NotIn) {
            let elem = match r {
                Ty::List(t) | Ty::Set(t) | Ty::Dict(t, _) | Ty::VarTuple(t) => Some((**t).clone()),
                Ty::Range => Some(Ty::Int),
                Ty::DictView(0, k, _) => Some((**k).clone()),
                Ty::DictView(1, _, v) => Some((**v).clone()),
                Ty::DictView(_, k, v) => Some(Ty::Tuple(vec![(**k).clone(), (**v).clone()])),
                Ty::Tuple(ts) if !ts.is_empty() && ts.iter().all(|t| *t == ts[0]) => {
                    Some(ts[0].clone())
                }
                _ => None,
            };
            if let Some(elem) = elem {
                let ok = self.unify(l, &elem)
                    || matches!(&elem, Ty::Optional(inner) if *l == Ty::None || self.unify(l, inner))
                    || (is_numeric(l)
                        && is_numeric(&elem)
                        && !(*l == Ty::Float && elem != Ty::Float));
                if !ok {
                    return err(Kind::Type, span, format!("`in` between a {l} and a {r} is not supported (the item type differs from the element type)"));
                }
                return Ok((hop, CmpKind::Contains(r.clone())));
            }
            return match (l, r) {
                (Ty::Str, Ty::Str) => Ok((hop, CmpKind::Str)),
                _ => err(
                    Kind::Type,
                    span,
                    format!("`in` is not supported between '{l}' and '{r}'"),
                ),
            };
        }
        let equality = matches!(op, C::Eq | C::NotEq);
        let kind = match (l, r) {
            (a, b) if is_numeric(a) && is_numeric(b) => {
                if *a == Ty::Float || *b == Ty::Float {
                    CmpKind::Float
                } else {
                    CmpKind::Int
                }
            }
            (Ty::Str, Ty::Str) => CmpKind::Str,
            (Ty::Range, Ty::Range) if equality => CmpKind::Generic(Ty::Range),
            (Ty::None, Ty::None) if equality => CmpKind::Const(true),
            (Ty::Tuple(a), Ty::Tuple(b)) if equality && a.len() == b.len() => {
                let mut kinds = Vec::new();
                for (x, y) in a.iter().zip(b) {
                    let (_, k) = self.cmp_kind(ast::CmpOp::Eq, x, y, span)?;
                    kinds.push(k);
                }
                CmpKind::Tuple(kinds)
            }
            (Ty::Tuple(_), Ty::Tuple(_)) if equality => CmpKind::Const(false),
            (Ty::Tuple(a), Ty::Tuple(b)) => {
                // Lexicographic: the first differing element decides, else
                // the shorter tuple is smaller.
                let mut kinds = Vec::new();
                for (x, y) in a.iter().zip(b) {
                    let (_, k) = self.cmp_kind(op, x, y, span)?;
                    kinds.push(k);
                }
                CmpKind::TupleOrder(kinds, a.len(), b.len())
            }
            (Ty::List(_) | Ty::Dict(..) | Ty::Set(_) | Ty::Tuple(_) | Ty::VarTuple(_), _)
                if self.unify(l, r) =>
            {
                let t = self.resolve(l);
                if !equality
                    && !matches!(t, Ty::List(_) | Ty::Tuple(_) | Ty::Set(_) | Ty::VarTuple(_))
                {
                    return err(
                        Kind::Unsupported,
                        span,
                        format!(
                            "'{}' between {} values is not supported by multigen yet",
                            op.symbol(),
                            t.class_name()
                        ),
                    );
                }
                CmpKind::Generic(t)
            }
            (Ty::List(_) | Ty::Dict(..) | Ty::Set(_), Ty::List(_) | Ty::Dict(..) | Ty::Set(_))
                if l.class_name() == r.class_name() =>
            {
                return err(
                    Kind::Type,
                    span,
                    format!("comparing {l} with {r} is not supported (element types differ)"),
                );
            }
            _ if equality => CmpKind::Const(false),
            _ => return Err(bad()),
        };
        // Values of unrelated types are never equal.
        let kind = match (kind, hop) {
            (CmpKind::Const(v), CmpOp::Ne) => CmpKind::Const(!v),
            (k, _) => k,
        };
        Ok((hop, kind))
    }

    fn compare(
        &mut self,
        first: &ast::Expr,
        rest: &[(ast::CmpOp, ast::Expr)],
        span: Span,
        scope: &mut Scope,
    ) -> R<Expr> {
        // `[...] in xs`: a display or comprehension looked for in a
        // container is built with the container's element type (lists of a
        // subclass among lists of the base). Checking the container first
        // changes nothing at run time: the IR evaluates the item first.
        let mut container = None;
        let first_v = match (rest, &first.kind) {
            (
                [(ast::CmpOp::In | ast::CmpOp::NotIn, e)],
                ast::ExprKind::List(_)
                | ast::ExprKind::ListComp { .. }
                | ast::ExprKind::Set(_)
                | ast::ExprKind::SetComp { .. }
                | ast::ExprKind::Dict(_)
                | ast::ExprKind::DictComp { .. },
            ) => {
                let v = self.expr(e, scope)?;
                let elem = match self.resolve(&v.ty) {
                    Ty::List(t) | Ty::Set(t) | Ty::VarTuple(t) | Ty::Dict(t, _) => Some(*t),
                    _ => None,
                };
                container = Some(v);
                match elem {
                    Some(t) => self.expr_hinted(first, &t, scope)?,
                    None => self.expr(first, scope)?,
                }
            }
            _ => self.expr(first, scope)?,
        };
        let mut operands = vec![first_v];
        let mut ops = Vec::new();
        if let [(op @ (ast::CmpOp::In | ast::CmpOp::NotIn), e)] = rest {
            // `x in obj` calls `obj.__contains__(x)`.
            let v = match container {
                Some(v) => v,
                None => self.expr(e, scope)?,
            };
            if matches!(self.resolve(&v.ty), Ty::Class(_)) {
                let item = operands.pop().unwrap();
                let Some(call) = self.dunder_call("__contains__", v, vec![item], span)? else {
                    return err(
                        Kind::Type,
                        span,
                        "argument of type object is not iterable (no __contains__)",
                    );
                };
                let call = truth(call);
                return Ok(if *op == ast::CmpOp::NotIn {
                    mk(Ty::Bool, span, ExprKind::Unary(UnOp::Not, Box::new(call)))
                } else {
                    call
                });
            }
            let prev = operands.last().unwrap().ty.clone();
            let (hop, kind) = self.cmp_kind(*op, &prev, &v.ty, span)?;
            // An item looked for among Optional elements is wrapped.
            if let CmpKind::Contains(ct) = &kind {
                let elem = match self.resolve(ct) {
                    Ty::List(t) | Ty::Set(t) | Ty::VarTuple(t) | Ty::Dict(t, _) => Some(*t),
                    _ => None,
                };
                if let Some(elem @ Ty::Optional(_)) = elem {
                    let item = operands.pop().unwrap();
                    let item = if item.ty == Ty::None {
                        mk(elem.clone(), item.span, ExprKind::None)
                    } else {
                        self.expect(item, &elem, "item")?
                    };
                    operands.push(item);
                }
            }
            operands.push(v);
            return Ok(mk(
                Ty::Bool,
                span,
                ExprKind::Compare(operands, vec![(hop, kind)]),
            ));
        }
        for (op, e) in rest {
            let mut v = self.expr(e, scope)?;
            // A fixed-size tuple meets a `tuple[T, ...]` as one (boxed).
            let prev_ty = self.resolve(&operands.last().unwrap().ty);
            match (&prev_ty, self.resolve(&v.ty)) {
                (Ty::VarTuple(_), Ty::Tuple(_)) => v = self.expect(v, &prev_ty, "operand")?,
                (Ty::Tuple(_), Ty::VarTuple(_)) if rest.len() == 1 => {
                    let vt = v.ty.clone();
                    let p = operands.pop().unwrap();
                    operands.push(self.expect(p, &vt, "operand")?);
                }
                _ => {}
            }
            // Ordering an Optional operand: None raises CPython's TypeError.
            if matches!(
                op,
                ast::CmpOp::Lt | ast::CmpOp::LtE | ast::CmpOp::Gt | ast::CmpOp::GtE
            ) {
                let lt = self.resolve(&operands.last().unwrap().ty);
                let rt_ = self.resolve(&v.ty);
                let name = |t: &Ty| match t {
                    Ty::Optional(x) => x.class_name().to_string(),
                    t => t.class_name().to_string(),
                };
                if let Ty::Optional(x) = &rt_ {
                    let msg = format!(
                        "'{}' not supported between instances of '{}' and 'NoneType'",
                        op.symbol(),
                        name(&lt)
                    );
                    // Reported at the comparison, as CPython does.
                    v = mk(
                        (**x).clone(),
                        span,
                        ExprKind::Unwrap(Box::new(v), Some(("TypeError", msg))),
                    );
                }
                if let Ty::Optional(x) = &lt {
                    let msg = format!(
                        "'{}' not supported between instances of 'NoneType' and '{}'",
                        op.symbol(),
                        name(&rt_)
                    );
                    let p = operands.pop().unwrap();
                    operands.push(mk(
                        (**x).clone(),
                        span,
                        ExprKind::Unwrap(Box::new(p), Some(("TypeError", msg))),
                    ));
                }
            }
            let prev = &operands.last().unwrap().ty;
            let (hop, kind) = self.cmp_kind(*op, prev, &v.ty, span)?;
            ops.push((hop, kind));
            operands.push(v);
        }
        Ok(mk(Ty::Bool, span, ExprKind::Compare(operands, ops)))
    }

    fn stringify(&mut self, e: Expr) -> Expr {
        if e.ty == Ty::Str {
            return e;
        }
        let span = e.span;
        mk(Ty::Str, span, ExprKind::Builtin(Builtin::ToStr, vec![e]))
    }

    fn call(
        &mut self,
        func: &ast::Expr,
        args: &[ast::Expr],
        keywords: &[ast::Keyword],
        span: Span,
        scope: &mut Scope,
    ) -> R<Expr> {
        match &func.kind {
            ast::ExprKind::Name(n) => {
                let is_local = (!scope.is_module
                    && scope.local_map.contains_key(n)
                    && !scope.global_decls.contains(n))
                    || scope.shadow_lookup(n).is_some();
                if is_local {
                    return err(Kind::Type, func.span, format!("'{n}' is not callable"));
                }
                if let Some(c) = scope.cls_param(n) {
                    return self.construct(c, args, keywords, span, scope);
                }
                match self.lookup(n, scope) {
                    Some(Binding::Func(id)) => {
                        self.user_call(id, func.span, args, keywords, span, scope)
                    }
                    Some(Binding::MathItem(item)) => {
                        self.math_call(item, args, keywords, span, scope)
                    }
                    Some(Binding::Global(_)) => {
                        err(Kind::Type, func.span, format!("'{n}' is not callable"))
                    }
                    Some(Binding::MathModule | Binding::DataclassesModule) => {
                        err(Kind::Type, func.span, "'module' object is not callable")
                    }
                    Some(Binding::Class(c)) => {
                        let e = self.construct(c, args, keywords, span, scope)?;
                        Ok(self.class_name_use(c, func.span, scope, e))
                    }
                    None if n == "isinstance" => self.isinstance(args, span, scope),
                    None if n == "hasattr" || n == "getattr" => {
                        self.attr_builtin(n, args, keywords, span, scope)
                    }
                    None if BUILTINS.contains(&n.as_str()) => {
                        self.builtin_call(n, args, keywords, span, scope)
                    }
                    None => err(Kind::Name, func.span, format!("name '{n}' is not defined")),
                }
            }
            ast::ExprKind::Attribute(base, attr) => {
                if let ast::ExprKind::Name(m) = &base.kind {
                    if self.is_math_module(m, scope) {
                        let Some(item) = math_item(&attr.name) else {
                            return err(
                                Kind::Name,
                                attr.span,
                                format!("module 'math' has no attribute '{}'", attr.name),
                            );
                        };
                        return self.math_call(item, args, keywords, span, scope);
                    }
                }
                if let Some(e) = self.class_method_call(base, attr, args, keywords, span, scope)? {
                    return Ok(e);
                }
                self.method_call(base, attr, args, keywords, span, scope)
            }
            _ => err(
                Kind::Unsupported,
                func.span,
                "calling this kind of expression is not supported by multigen yet",
            ),
        }
    }

    fn user_call(
        &mut self,
        id: FuncId,
        name_span: Span,
        args: &[ast::Expr],
        keywords: &[ast::Keyword],
        span: Span,
        scope: &mut Scope,
    ) -> R<Expr> {
        if scope.is_module && !self.defined.contains(&id) {
            return err(
                Kind::Name,
                name_span,
                format!(
                    "name '{}' is not defined (the call runs before its `def`)",
                    self.sigs[id.index()].name
                ),
            );
        }
        let sig = self.sigs[id.index()].clone();
        let (written, map) = self.bind_args(&sig, 0, args, keywords, span, scope)?;
        Ok(mk(
            sig.ret.clone(),
            span,
            ExprKind::Call {
                func: id,
                args: written,
                map,
            },
        ))
    }

    /// Matches the arguments of a call with the parameters of `sig` from
    /// the `skip`-th on (a method's receiver is passed separately):
    /// the checked arguments as written, and the source of each parameter.
    fn bind_args(
        &mut self,
        sig: &Sig,
        skip: usize,
        args: &[ast::Expr],
        keywords: &[ast::Keyword],
        span: Span,
        scope: &mut Scope,
    ) -> R<(Vec<Expr>, Vec<ArgSource>)> {
        let mut written = Vec::new();
        let mut slots: Vec<Option<ArgSource>> = vec![None; sig.params.len()];
        let positional: Vec<usize> = (skip..sig.params.len())
            .filter(|&k| !sig.params[k].keyword_only)
            .collect();
        for (i, a) in args.iter().enumerate() {
            let Some(&k) = positional.get(i) else {
                return err(
                    Kind::Call,
                    span,
                    format!(
                        "{}() takes {} positional arguments but {} were given",
                        sig.name,
                        positional.len() + skip,
                        args.len() + skip
                    ),
                );
            };
            let v = self.expr(a, scope)?;
            let v = self.expect(
                v,
                &sig.params[k].ty,
                &format!("argument '{}' of {}()", sig.params[k].name, sig.name),
            )?;
            slots[k] = Some(ArgSource::Written(written.len()));
            written.push(v);
        }
        for kw in keywords {
            let Some(k) = (skip..sig.params.len()).find(|&k| sig.params[k].name == kw.name.name)
            else {
                return err(
                    Kind::Call,
                    kw.name.span,
                    format!(
                        "{}() got an unexpected keyword argument '{}'",
                        sig.name, kw.name.name
                    ),
                );
            };
            if sig.params[k].positional_only {
                return err(
                    Kind::Call,
                    kw.name.span,
                    format!(
                        "{}() got a positional-only argument passed as keyword: '{}'",
                        sig.name, kw.name.name
                    ),
                );
            }
            if slots[k].is_some() {
                return err(
                    Kind::Call,
                    kw.name.span,
                    format!(
                        "{}() got multiple values for argument '{}'",
                        sig.name, kw.name.name
                    ),
                );
            }
            let v = self.expr(&kw.value, scope)?;
            let v = self.expect(
                v,
                &sig.params[k].ty,
                &format!("argument '{}' of {}()", sig.params[k].name, sig.name),
            )?;
            slots[k] = Some(ArgSource::Written(written.len()));
            written.push(v);
        }
        let mut map = Vec::new();
        let mut missing = Vec::new();
        for (k, s) in slots.into_iter().enumerate().skip(skip) {
            match s {
                Some(s) => map.push(s),
                None => match &sig.params[k].default {
                    Some(d) => map.push(ArgSource::Default(Box::new(d.clone()))),
                    None => {
                        missing.push(format!("'{}'", sig.params[k].name));
                    }
                },
            }
        }
        if !missing.is_empty() {
            return err(
                Kind::Call,
                span,
                format!(
                    "{}() missing {} required argument{}: {}",
                    sig.name,
                    missing.len(),
                    if missing.len() == 1 { "" } else { "s" },
                    missing.join(" and ")
                ),
            );
        }
        Ok((written, map))
    }

    fn no_keywords(&self, name: &str, keywords: &[ast::Keyword]) -> R<()> {
        match keywords.first() {
            Some(k) => err(
                Kind::Call,
                k.name.span,
                format!("{name}() takes no keyword arguments"),
            ),
            None => Ok(()),
        }
    }

    fn arity(&self, name: &str, args: &[ast::Expr], lo: usize, hi: usize, span: Span) -> R<()> {
        if args.len() < lo || args.len() > hi {
            let want = if lo == hi {
                format!("{lo}")
            } else {
                format!("{lo} to {hi}")
            };
            return err(
                Kind::Call,
                span,
                format!(
                    "{name}() takes {want} argument{} ({} given)",
                    if hi == 1 { "" } else { "s" },
                    args.len()
                ),
            );
        }
        Ok(())
    }

    fn math_call(
        &mut self,
        item: &'static str,
        args: &[ast::Expr],
        keywords: &[ast::Keyword],
        span: Span,
        scope: &mut Scope,
    ) -> R<Expr> {
        let Some(&(name, sym, msig)) = MATH_FUNCS.iter().find(|m| m.0 == item) else {
            return err(
                Kind::Type,
                span,
                format!("'float' object ({item}) is not callable"),
            );
        };
        self.no_keywords(name, keywords)?;
        let vals = args
            .iter()
            .map(|a| self.expr(a, scope))
            .collect::<R<Vec<_>>>()?;
        let float_arg = |c: &mut Self, v: Expr| -> R<Expr> {
            if !is_numeric(&v.ty) {
                return err(
                    Kind::Type,
                    v.span,
                    format!("must be real number, not {}", v.ty),
                );
            }
            let _ = c;
            Ok(coerce(v, &Ty::Float).expect("numeric values convert to float"))
        };
        let int_arg = |v: Expr| -> R<Expr> {
            match v.ty {
                Ty::Int | Ty::Bool => Ok(coerce(v, &Ty::Int).unwrap()),
                _ => err(
                    Kind::Type,
                    v.span,
                    format!("'{}' object cannot be interpreted as an integer", v.ty),
                ),
            }
        };
        if name == "log" {
            self.arity(name, args, 1, 2, span)?;
            let mut it = vals.into_iter();
            let x = float_arg(self, it.next().unwrap())?;
            return Ok(match it.next() {
                Some(b) => {
                    let b = float_arg(self, b)?;
                    mk(
                        Ty::Float,
                        span,
                        ExprKind::Runtime("mg_math_log_base", vec![x, b]),
                    )
                }
                None => mk(Ty::Float, span, ExprKind::Runtime(sym, vec![x])),
            });
        }
        let n = match msig {
            MathSig::F | MathSig::FI | MathSig::FB | MathSig::I => 1,
            MathSig::FF | MathSig::II => 2,
        };
        self.arity(name, args, n, n, span)?;
        let mut it = vals.into_iter();
        Ok(match msig {
            MathSig::F => mk(
                Ty::Float,
                span,
                ExprKind::Runtime(sym, vec![float_arg(self, it.next().unwrap())?]),
            ),
            MathSig::FF => {
                let a = float_arg(self, it.next().unwrap())?;
                let b = float_arg(self, it.next().unwrap())?;
                mk(Ty::Float, span, ExprKind::Runtime(sym, vec![a, b]))
            }
            MathSig::FI => {
                let v = it.next().unwrap();
                if matches!(v.ty, Ty::Int | Ty::Bool) {
                    coerce(v, &Ty::Int).unwrap()
                } else {
                    mk(
                        Ty::Int,
                        span,
                        ExprKind::Runtime(sym, vec![float_arg(self, v)?]),
                    )
                }
            }
            MathSig::FB => {
                let v = mk(
                    Ty::Int,
                    span,
                    ExprKind::Runtime(sym, vec![float_arg(self, it.next().unwrap())?]),
                );
                truth(v)
            }
            MathSig::I => mk(
                Ty::Int,
                span,
                ExprKind::Runtime(sym, vec![int_arg(it.next().unwrap())?]),
            ),
            MathSig::II => {
                let a = int_arg(it.next().unwrap())?;
                let b = int_arg(it.next().unwrap())?;
                mk(Ty::Int, span, ExprKind::Runtime(sym, vec![a, b]))
            }
        })
    }

    fn builtin_call(
        &mut self,
        name: &str,
        args: &[ast::Expr],
        keywords: &[ast::Keyword],
        span: Span,
        scope: &mut Scope,
    ) -> R<Expr> {
        if let Some(e) = self.iterable_builtin(name, args, keywords, span, scope)? {
            return Ok(e);
        }
        if name == "print" {
            let args = args
                .iter()
                .map(|a| self.expr(a, scope))
                .collect::<R<Vec<_>>>()?;
            let mut sep = None;
            let mut end = None;
            for k in keywords {
                let v = self.expr(&k.value, scope)?;
                let v = match v.ty {
                    Ty::Str => Some(Box::new(v)),
                    Ty::None => None,
                    _ => {
                        return err(
                            Kind::Type,
                            v.span,
                            format!("{} must be None or a string, not {}", k.name.name, v.ty),
                        )
                    }
                };
                match k.name.name.as_str() {
                    "sep" => sep = v,
                    "end" => end = v,
                    "flush" | "file" => {
                        return err(
                            Kind::Unsupported,
                            k.name.span,
                            format!(
                                "print(..., {}=) is not supported by multigen yet",
                                k.name.name
                            ),
                        )
                    }
                    other => {
                        return err(
                            Kind::Call,
                            k.name.span,
                            format!("'{other}' is an invalid keyword argument for print()"),
                        )
                    }
                }
            }
            return Ok(mk(Ty::None, span, ExprKind::Print { args, sep, end }));
        }
        if name == "round" {
            let mut nd = None;
            for k in keywords {
                if k.name.name != "ndigits" {
                    return err(
                        Kind::Call,
                        k.name.span,
                        format!(
                            "round() got an unexpected keyword argument '{}'",
                            k.name.name
                        ),
                    );
                }
                nd = Some(&k.value);
            }
            let mut all: Vec<&ast::Expr> = args.iter().collect();
            if let Some(n) = nd {
                all.push(n);
            }
            if all.is_empty() || all.len() > 2 {
                return err(
                    Kind::Call,
                    span,
                    format!("round() takes 1 or 2 arguments ({} given)", all.len()),
                );
            }
            let x = self.expr(all[0], scope)?;
            let x = match x.ty {
                Ty::Bool => coerce(x, &Ty::Int).unwrap(),
                Ty::Int | Ty::Float => x,
                _ => {
                    return err(
                        Kind::Type,
                        x.span,
                        format!("type {} doesn't define __round__ method", x.ty),
                    )
                }
            };
            let nd = match all.get(1) {
                Some(n) => {
                    let v = self.expr(n, scope)?;
                    match v.ty {
                        Ty::None => None,
                        Ty::Int | Ty::Bool => Some(coerce(v, &Ty::Int).unwrap()),
                        _ => {
                            return err(
                                Kind::Type,
                                v.span,
                                format!("'{}' object cannot be interpreted as an integer", v.ty),
                            )
                        }
                    }
                }
                None => None,
            };
            return Ok(match (x.ty.clone(), nd) {
                (Ty::Int, None) => x,
                (Ty::Float, None) => mk(
                    Ty::Int,
                    span,
                    ExprKind::Runtime("mg_float_round_int", vec![x]),
                ),
                (Ty::Int, Some(n)) => {
                    mk(Ty::Int, span, ExprKind::Runtime("mg_int_round", vec![x, n]))
                }
                (_, Some(n)) => mk(
                    Ty::Float,
                    span,
                    ExprKind::Runtime("mg_float_round", vec![x, n]),
                ),
                _ => unreachable!("round() operand was coerced to int or float"),
            });
        }
        self.no_keywords(name, keywords)?;
        let vals = args
            .iter()
            .map(|a| self.expr(a, scope))
            .collect::<R<Vec<_>>>()?;
        match name {
            "abs" => {
                self.arity(name, args, 1, 1, span)?;
                let v = vals.into_iter().next().unwrap();
                let v = match v.ty {
                    Ty::Bool => coerce(v, &Ty::Int).unwrap(),
                    Ty::Int | Ty::Float => v,
                    _ => {
                        return err(
                            Kind::Type,
                            v.span,
                            format!("bad operand type for abs(): '{}'", v.ty),
                        )
                    }
                };
                Ok(mk(
                    v.ty.clone(),
                    span,
                    ExprKind::Builtin(Builtin::Abs, vec![v]),
                ))
            }
            "min" | "max" => {
                if vals.len() < 2 {
                    return err(Kind::Unsupported, span, format!("{name}() of fewer than two arguments (an iterable) is not supported by multigen yet"));
                }
                // The result is one of the arguments, unconverted, so they
                // must share one type for the result to have a static type.
                let ty = vals[0].ty.clone();
                if let Ty::Class(_) = ty {
                    // Objects compare through their special methods: the
                    // runtime's min/max over a list of them.
                    let elems = vals.clone();
                    let lt = self.common_ty(&elems, "argument list")?;
                    let list = mk(Ty::List(Box::new(lt.clone())), span, ExprKind::List(elems));
                    let f = if name == "min" { "mg_list_min" } else { "mg_list_max" };
                    return Ok(rt_slot(lt.clone(), span, f, vec![
                        RtArg::Value(list),
                        RtArg::KeyFunc(None),
                        RtArg::Type(lt),
                        RtArg::Const(0),
                        RtArg::Const(0),
                    ]));
                }
                let mut out = Vec::new();
                for v in vals {
                    if !matches!(v.ty, Ty::Int | Ty::Float | Ty::Bool | Ty::Str) {
                        return err(
                            Kind::Type,
                            v.span,
                            format!("{name}() of {} values is not supported", v.ty),
                        );
                    }
                    if v.ty != ty {
                        return err(Kind::Type, v.span, format!("{name}() arguments must all have one type (the result's type would depend on the values); found {ty} and {}", v.ty));
                    }
                    out.push(v);
                }
                let b = if name == "min" {
                    Builtin::Min
                } else {
                    Builtin::Max
                };
                Ok(mk(ty, span, ExprKind::Builtin(b, out)))
            }
            "divmod" => {
                self.arity(name, args, 2, 2, span)?;
                let mut it = vals.into_iter();
                let (a, b) = (it.next().unwrap(), it.next().unwrap());
                if !is_numeric(&a.ty) || !is_numeric(&b.ty) {
                    return err(
                        Kind::Type,
                        span,
                        format!(
                            "unsupported operand type(s) for divmod(): '{}' and '{}'",
                            a.ty, b.ty
                        ),
                    );
                }
                let ty = if a.ty == Ty::Float || b.ty == Ty::Float {
                    Ty::Float
                } else {
                    Ty::Int
                };
                let (a, b) = (coerce(a, &ty).unwrap(), coerce(b, &ty).unwrap());
                Ok(mk(
                    Ty::Tuple(vec![ty.clone(), ty]),
                    span,
                    ExprKind::Builtin(Builtin::DivMod, vec![a, b]),
                ))
            }
            "pow" => {
                self.arity(name, args, 2, 2, span)?;
                let mut it = vals.into_iter();
                self.binary(ast::BinOp::Pow, it.next().unwrap(), it.next().unwrap(), span, scope)
            }
            "int" => {
                self.arity(name, args, 0, 1, span)?;
                let Some(v) = vals.into_iter().next() else {
                    return Ok(mk(Ty::Int, span, ExprKind::Int(0)));
                };
                Ok(match v.ty {
                    Ty::Int | Ty::Bool => coerce(v, &Ty::Int).unwrap(),
                    Ty::Float => mk(Ty::Int, span, ExprKind::Runtime("mg_float_to_int", vec![v])),
                    Ty::Str => mk(Ty::Int, span, ExprKind::Runtime("mg_int_from_str", vec![v])),
                    _ => {
                        return err(
                            Kind::Type,
                            v.span,
                            format!(
                                "int() argument must be a string or a number, not '{}'",
                                v.ty
                            ),
                        )
                    }
                })
            }
            "float" => {
                self.arity(name, args, 0, 1, span)?;
                let Some(v) = vals.into_iter().next() else {
                    return Ok(mk(Ty::Float, span, ExprKind::Float(0.0)));
                };
                Ok(match v.ty {
                    Ty::Int | Ty::Bool | Ty::Float => coerce(v, &Ty::Float).unwrap(),
                    Ty::Str => mk(
                        Ty::Float,
                        span,
                        ExprKind::Runtime("mg_float_from_str", vec![v]),
                    ),
                    _ => {
                        return err(
                            Kind::Type,
                            v.span,
                            format!(
                                "float() argument must be a string or a real number, not '{}'",
                                v.ty
                            ),
                        )
                    }
                })
            }
            "bool" => {
                self.arity(name, args, 0, 1, span)?;
                match vals.into_iter().next() {
                    Some(v) => self.obj_truth(v),
                    None => Ok(mk(Ty::Bool, span, ExprKind::Bool(false))),
                }
            }
            "str" | "repr" => {
                self.arity(name, args, if name == "str" { 0 } else { 1 }, 1, span)?;
                let Some(v) = vals.into_iter().next() else {
                    return Ok(mk(Ty::Str, span, ExprKind::Str(String::new())));
                };
                if name == "str" && v.ty == Ty::Str {
                    return Ok(v);
                }
                let b = if name == "str" {
                    Builtin::ToStr
                } else {
                    Builtin::Repr
                };
                Ok(mk(Ty::Str, span, ExprKind::Builtin(b, vec![v])))
            }
            "len" => {
                self.arity(name, args, 1, 1, span)?;
                let v = vals.into_iter().next().unwrap();
                match self.resolve(&v.ty) {
                    Ty::Str | Ty::List(_) | Ty::Dict(..) | Ty::Set(_) | Ty::Range | Ty::VarTuple(_) | Ty::DictView(..) => Ok(mk(Ty::Int, span, ExprKind::Len(Box::new(v)))),
                    Ty::Class(_) => {
                        let t = v.ty.clone();
                        match self.dunder_call("__len__", v, vec![], span)? {
                            Some(e) => Ok(e),
                            None => err(Kind::Type, span, format!("object of type '{t}' has no len()")),
                        }
                    }
                    Ty::Tuple(ts) => {
                        // The length is static; the operand still runs.
                        let n = ts.len() as i64;
                        Ok(mk(Ty::Int, span, ExprKind::Builtin(Builtin::Then, vec![v, mk(Ty::Int, span, ExprKind::Int(n))])))
                    }
                    t => err(Kind::Type, v.span, format!("object of type '{}' has no len()", t.class_name())),
                }
            }
            "ord" => {
                self.arity(name, args, 1, 1, span)?;
                let v = vals.into_iter().next().unwrap();
                let v = self.expect(v, &Ty::Str, "argument of ord()")?;
                Ok(rt(Ty::Int, span, "mg_str_ord", vec![RtArg::Value(v)]))
            }
            "chr" => {
                self.arity(name, args, 1, 1, span)?;
                let v = vals.into_iter().next().unwrap();
                let v = coerce(v.clone(), &Ty::Int).unwrap_or(v);
                let v = self.expect(v, &Ty::Int, "argument of chr()")?;
                Ok(rt(Ty::Str, span, "mg_chr", vec![RtArg::Value(v)]))
            }
            "enumerate" | "zip" | "reversed" | "map" | "filter" => err(
                Kind::Unsupported,
                span,
                format!("{name}() as a value is not supported by multigen yet; iterate over it or wrap it in list(...)"),
            ),
            "range" => {
                self.arity(name, args, 1, 3, span)?;
                let mut ints = Vec::new();
                for v in vals {
                    match v.ty {
                        Ty::Int | Ty::Bool => ints.push(coerce(v, &Ty::Int).unwrap()),
                        _ => return err(Kind::Type, v.span, format!("'{}' object cannot be interpreted as an integer", self.resolve(&v.ty).class_name())),
                    }
                }
                let int = |v: i64| mk(Ty::Int, span, ExprKind::Int(v));
                let mut it = ints.into_iter();
                let (a, b, c) = match args.len() {
                    1 => (int(0), it.next().unwrap(), int(1)),
                    2 => (it.next().unwrap(), it.next().unwrap(), int(1)),
                    _ => (it.next().unwrap(), it.next().unwrap(), it.next().unwrap()),
                };
                Ok(mk(Ty::Range, span, ExprKind::MakeRange(Box::new(a), Box::new(b), Box::new(c))))
            }
            _ => err(Kind::Name, span, format!("name '{name}' is not defined")),
        }
    }
}

fn target_ty(t: &Target, cx: &Checker, scope: &Scope) -> Ty {
    match t {
        Target::Place(p) => cx.place_ty(*p, scope).unwrap_or(Ty::None),
        Target::Item(b, _) => match cx.resolve(&b.ty) {
            Ty::List(e) => *e,
            Ty::Dict(_, v) => *v,
            _ => Ty::None,
        },
        Target::Tuple(ts) => Ty::Tuple(ts.iter().map(|t| target_ty(t, cx, scope)).collect()),
        Target::Field(_, _, t) => t.clone(),
        Target::List(_, et) => Ty::List(Box::new(et.clone())),
    }
}

/// A `return f()` in a function returning None: keep the call's effect.
fn drop_none(e: Expr, out: &mut Vec<Stmt>) -> Option<Expr> {
    if !matches!(e.kind, ExprKind::None) {
        out.push(Stmt::Expr(e));
    }
    None
}

fn is_const(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::Int(_)
        | ExprKind::Float(_)
        | ExprKind::Bool(_)
        | ExprKind::None
        | ExprKind::Str(_) => true,
        ExprKind::IntToFloat(x) | ExprKind::BoolToInt(x) => is_const(x),
        ExprKind::Tuple(xs) => xs.iter().all(is_const),
        _ => false,
    }
}

/// Moves a parsed string annotation's spans onto the string literal.
fn relocate(e: &mut ast::Expr, span: Span) {
    e.span = span;
    match &mut e.kind {
        ast::ExprKind::Subscript(a, b) => {
            relocate(a, span);
            relocate(b, span);
        }
        ast::ExprKind::Tuple(xs) => xs.iter_mut().for_each(|x| relocate(x, span)),
        _ => {}
    }
}

/// The names a block assigns (its Python local variables), in order.
fn assigned_names(stmts: &[ast::Stmt], out: &mut Vec<(String, Span)>) {
    fn targets(e: &ast::Expr, out: &mut Vec<(String, Span)>) {
        match &e.kind {
            ast::ExprKind::Name(n) if !out.iter().any(|(m, _)| m == n) => {
                out.push((n.clone(), e.span));
            }
            ast::ExprKind::Tuple(xs) | ast::ExprKind::List(xs) => {
                xs.iter().for_each(|x| targets(x, out))
            }
            _ => {}
        }
    }
    for s in stmts {
        match &s.kind {
            ast::StmtKind::Assign { targets: ts, .. } => ts.iter().for_each(|t| targets(t, out)),
            ast::StmtKind::AnnAssign { target, .. } | ast::StmtKind::AugAssign { target, .. } => {
                targets(target, out)
            }
            ast::StmtKind::For {
                target,
                body,
                orelse,
                ..
            } => {
                targets(target, out);
                assigned_names(body, out);
                assigned_names(orelse, out);
            }
            ast::StmtKind::If { body, orelse, .. } | ast::StmtKind::While { body, orelse, .. } => {
                assigned_names(body, out);
                assigned_names(orelse, out);
            }
            ast::StmtKind::Try(t) => try_blocks(t).for_each(|b| assigned_names(b, out)),
            _ => {}
        }
    }
}

/// Drops the narrowing facts of every variable assigned by target `t`.
fn forget_target(t: &Target, scope: &mut Scope) {
    match t {
        Target::Place(p) => scope.narrow.retain(|f| f.0 != *p),
        Target::List(ts, _) | Target::Tuple(ts) => ts.iter().for_each(|t| forget_target(t, scope)),
        Target::Item(..) | Target::Field(..) => {}
    }
}

/// Every name of every `global` statement in a block, with the statement.
fn global_statements(stmts: &[ast::Stmt], out: &mut Vec<(String, Span)>) {
    for s in stmts {
        match &s.kind {
            ast::StmtKind::Global(names) => {
                out.extend(names.iter().map(|n| (n.name.clone(), s.span)))
            }
            ast::StmtKind::If { body, orelse, .. }
            | ast::StmtKind::While { body, orelse, .. }
            | ast::StmtKind::For { body, orelse, .. } => {
                global_statements(body, out);
                global_statements(orelse, out);
            }
            ast::StmtKind::Try(t) => try_blocks(t).for_each(|b| global_statements(b, out)),
            _ => {}
        }
    }
}

fn collect_globals(stmts: &[ast::Stmt], out: &mut HashSet<String>) {
    for s in stmts {
        match &s.kind {
            ast::StmtKind::Global(names) => out.extend(names.iter().map(|n| n.name.clone())),
            ast::StmtKind::If { body, orelse, .. }
            | ast::StmtKind::While { body, orelse, .. }
            | ast::StmtKind::For { body, orelse, .. } => {
                collect_globals(body, out);
                collect_globals(orelse, out);
            }
            ast::StmtKind::Try(t) => try_blocks(t).for_each(|b| collect_globals(b, out)),
            _ => {}
        }
    }
}

/// The span of the first `return <value>` in a function body, if any.
fn returns_value(stmts: &[ast::Stmt]) -> Option<Span> {
    for s in stmts {
        match &s.kind {
            ast::StmtKind::Return(Some(v)) if !matches!(v.kind, ast::ExprKind::None) => {
                return Some(v.span)
            }
            ast::StmtKind::If { body, orelse, .. }
            | ast::StmtKind::While { body, orelse, .. }
            | ast::StmtKind::For { body, orelse, .. } => {
                if let Some(s) = returns_value(body).or_else(|| returns_value(orelse)) {
                    return Some(s);
                }
            }
            ast::StmtKind::Try(t) => {
                if let Some(s) = try_blocks(t).find_map(returns_value) {
                    return Some(s);
                }
            }
            _ => {}
        }
    }
    None
}

/// Whether control can reach the end of a block.
fn falls_through(stmts: &[ast::Stmt]) -> bool {
    for s in stmts {
        match &s.kind {
            ast::StmtKind::Return(_)
            | ast::StmtKind::Raise { .. }
            | ast::StmtKind::Break
            | ast::StmtKind::Continue => return false,
            ast::StmtKind::Try(t) => {
                let normal = falls_through(&t.body) && falls_through(&t.orelse);
                let handled = t.handlers.iter().any(|h| falls_through(&h.body));
                if !falls_through(&t.finalbody) || !(normal || handled) {
                    return false;
                }
            }
            ast::StmtKind::If { body, orelse, .. }
                if !falls_through(body) && !falls_through(orelse) =>
            {
                return false;
            }
            ast::StmtKind::While { test, body, .. }
                if matches!(test.kind, ast::ExprKind::Bool(true)) && !has_break(body) =>
            {
                return false;
            }
            ast::StmtKind::Assert { test, .. }
                if matches!(test.kind, ast::ExprKind::Bool(false)) =>
            {
                return false
            }
            _ => {}
        }
    }
    true
}

fn has_break(stmts: &[ast::Stmt]) -> bool {
    stmts.iter().any(|s| match &s.kind {
        ast::StmtKind::Break => true,
        ast::StmtKind::If { body, orelse, .. } => has_break(body) || has_break(orelse),
        ast::StmtKind::Try(t) => try_blocks(t).any(has_break),
        _ => false,
    })
}

/// Every block of a `try` statement.
fn try_blocks(t: &ast::Try) -> impl Iterator<Item = &[ast::Stmt]> {
    [t.body.as_slice(), &t.orelse, &t.finalbody]
        .into_iter()
        .chain(t.handlers.iter().map(|h| h.body.as_slice()))
}
