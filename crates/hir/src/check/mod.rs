//! The type checker proper. See the crate documentation for the overall order.

use crate::ir::*;
use multigen_diag::{Diagnostic, Kind, Span};
use multigen_syntax::ast;
mod abc;
mod assign;
mod attrs;
mod builders;
mod builtins;
mod calls;
mod class_attrs;
mod classes;
mod closures;
mod containers;
mod contextmanager;
mod dataclass;
mod decorators;
mod dict_get;
mod dunders;
mod dynamic;
mod enums;
mod expr;
mod finish;
mod flow;
mod fuse;
mod gen_close;
mod generators;
mod generic_calls;
mod generic_classes;
mod generic_methods;
mod generics;
mod genexpr;
mod identity;
mod imports;
mod library;
mod matching;
mod members;
mod methods;
mod mi_layout;
mod module_templates;
mod modules;
mod mro;
mod namedtuple;
mod names;
mod nested_classes;
mod numtower;
mod open;
mod ops;
mod partial;
mod print_file;
mod properties;
mod protocol_builtins;
mod protocols;
mod slots;
mod spread;
mod spread_call;
mod stmt;
mod strings;
mod super_calls;
mod type_of;
mod types;
mod typing_surface;
mod unions;
mod unpack;
mod unset;
mod upcast;
mod varargs;
mod with;

pub use imports::{is_handled_stdlib, resolve_relative};
pub use library::library_alias;
pub use modules::{check_program, ModuleInput};
use std::collections::{HashMap, HashSet};

type R<T> = Result<T, Diagnostic>;

/// The message of a diagnostic that `Checker::report` drops (see
/// `Checker::unknown_type_read`).
const KNOCK_ON: &str = "(a consequence of an earlier error)";

fn err<T>(kind: Kind, span: Span, msg: impl Into<String>) -> R<T> {
    Err(Diagnostic::new(kind, span, msg))
}

/// Checks a parsed module, a program of one file, and lowers it to the
/// typed IR.
pub fn check(module: &ast::Module) -> Result<Program, Vec<Diagnostic>> {
    modules::check_program(&[modules::ModuleInput {
        name: "__main__".into(),
        module,
        is_package: false,
        source: Source::default(),
        base: 0,
        cyclic: false,
        library: false,
    }])
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
    variadic: ast::Variadic,
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
    /// `import contextlib`, and `suppress`/`nullcontext` imported from it
    /// (recognised in `with` statements, `with.rs`).
    ContextlibModule,
    ContextlibItem(&'static str),
    /// `import functools`, and a name imported from it.
    FunctoolsModule,
    FunctoolsItem(&'static str),
    /// A module of the program (`import util`, `from pkg import sub`), by
    /// index; its attributes are resolved before checking (`imports.rs`).
    Module(u32),
}

#[derive(Default)]
struct Checker {
    errors: Vec<Diagnostic>,
    functions: Vec<Option<Function>>,
    sigs: Vec<Sig>,
    /// The `__qualname__` of methods and nested functions, which CPython's
    /// argument errors at run time name (`varargs.rs`).
    qualnames: HashMap<FuncId, String>,
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
    /// Partial `None` types (`partial.rs`).
    partial: partial::Partial,
    /// Names assigned by statements that were refused.
    failed_targets: HashSet<String>,
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
    /// The scopes of the functions around the one being checked, innermost
    /// last (`closures.rs`).
    enclosing: Vec<Scope>,
    /// The wrapper that makes each module-level function a value, and the
    /// value's type.
    func_values: HashMap<FuncId, (FuncId, Box<FuncTy>)>,
    /// Module-level decorated functions: the function itself and the
    /// global its name is bound to (`decorators.rs`).
    decorated: HashMap<String, (FuncId, GlobalId)>,
    /// The `with` statements whose `__exit__` returns None, which cannot
    /// suppress an exception (`with.rs`, for `falls_through`); also the
    /// `match` statements whose last case matches every value of the
    /// subject's type (`matching.rs`), which always run a case.
    quiet_with: HashSet<Span>,
    /// The state of the `match` pattern being lowered, and what the
    /// lowering keeps for the module (`matching.rs`).
    matching: matching::State,
    match_info: matching::Info,
    /// `@contextmanager` functions: their name spans (found before
    /// checking), their ids, and the spans of their calls that managers of
    /// `with` statements make (`contextmanager.rs`).
    cm_defs: HashSet<Span>,
    cm_funcs: HashSet<FuncId>,
    /// The `__slots__` of the classes that declare them (`slots.rs`).
    class_slots: HashMap<ClassId, Vec<String>>,
    /// (what, bound name) for `from abc import what [as name]`, and
    /// ("abc", name) for `import abc [as name]` (`abc.rs`).
    abc_imports: HashSet<(String, String)>,
    /// Abstract methods whose stub body was replaced (`abc.rs`).
    abstract_stubs: HashSet<FuncId>,
    /// The virtual tables of multiple inheritance are laid out (`mro.rs`):
    /// a class declared later (a generic class's instance) may not have
    /// several bases.
    mi_tables_done: bool,
    cm_allowed: HashSet<Span>,
    /// Module-level `TypeVar`s (false) and `ParamSpec`s (true) by name,
    /// the generic functions (templates), their instances by function
    /// name and binding, the binding of each instance, and the binding in
    /// force while an instance is checked (`generics.rs`).
    type_params: HashMap<String, bool>,
    generics: HashMap<String, ast::FunctionDef>,
    /// Generic methods of non-generic classes, by class and name, with
    /// the module defining them (`generic_methods.rs`).
    generic_methods: HashMap<(ClassId, String), (ast::FunctionDef, usize)>,
    instances: HashMap<String, FuncId>,
    /// The templates whose `def` the module body has executed so far.
    generics_defined: HashSet<String>,
    /// `Generic[...]` classes: definition and type parameters
    /// (`generic_classes.rs`), their instances by name and arguments, and
    /// the template of each instance.
    generic_classes: HashMap<String, (ast::ClassDef, Vec<String>)>,
    class_instances: HashMap<String, ClassId>,
    class_template: HashMap<ClassId, String>,
    class_args: HashMap<ClassId, Vec<Ty>>,
    /// Module-level functions with `Iterable`/`Iterator` parameters: called
    /// directly, they are instantiated for their arguments' types
    /// (`generic_calls.rs`); as values they take generators.
    iterable_defs: HashMap<String, ast::FunctionDef>,
    /// Protocol classes by name, and the `bound=`/constraints of `TypeVar`s
    /// (`protocols.rs`).
    protocols: HashMap<String, protocols::Proto>,
    type_restrictions: HashMap<String, protocols::Restriction>,
    instance_env: HashMap<FuncId, HashMap<String, generics::TyArg>>,
    ty_env: Vec<HashMap<String, generics::TyArg>>,
    /// The program's modules and the state of those not being checked
    /// (`modules.rs`).
    modules: modules::Modules,
    /// Enum classes (`enums.rs`), and the names imported from `enum` as
    /// (what, bound name), `("enum", name)` for `import enum`.
    enums: HashMap<ClassId, enums::EnumInfo>,
    enum_imports: HashSet<(String, String)>,
    /// Named tuple classes, the fields of those `collections.namedtuple`
    /// declares, their statements, and the names `typing.NamedTuple` is
    /// imported as (`namedtuple.rs`).
    namedtuples: HashSet<ClassId>,
    nt_fields: HashMap<Span, Vec<String>>,
    nt_stmts: HashMap<Span, String>,
    nt_typing: HashSet<String>,
    /// The primitives of library modules (`library.rs`).
    lib: library::LibState,
    /// Generic functions of other modules that `from m import f` binds
    /// here, by bound name: (module, name there); and the module whose
    /// call of such a function is being bound (`module_templates.rs`).
    foreign_templates: HashMap<String, (usize, String)>,
    foreign_caller: Option<usize>,
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
    /// Free variables: the local standing for each, and the local of the
    /// enclosing scope whose cell the function object carries.
    captures: Vec<(LocalId, LocalId)>,
    /// Names bound only by a nested `def`: the function they hold.
    def_funcs: HashMap<String, FuncId>,
    /// Those of `def_funcs` whose default values live in variables of this
    /// function: they are called directly only from here.
    local_defaults: HashSet<String>,
    /// Names declared `nonlocal`.
    nonlocal_decls: HashSet<String>,
    /// Nested functions whose bodies are checked at the end of this one:
    /// id, definition, qualified name.
    deferred: Vec<(FuncId, ast::FunctionDef, String)>,
    /// The qualified name of the function (`outer.<locals>.inner`); empty
    /// at module level.
    qualname: String,
    /// The yield and send types of a generator function.
    gen: Option<generators::GenCtx>,
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
            captures: vec![],
            def_funcs: HashMap::new(),
            local_defaults: HashSet::new(),
            nonlocal_decls: HashSet::new(),
            deferred: vec![],
            qualname: String::new(),
            gen: None,
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
    "input",
    "hash",
    "id",
    "next",
    "iter",
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
    "type",
    "issubclass",
    "format",
    "bin",
    "hex",
    "oct",
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
        Ty::None | Ty::Optional(_) | Ty::Dyn(_) => t,
        Ty::Union(mut ms) => {
            if !ms.contains(&Ty::None) {
                ms.push(Ty::None);
            }
            Ty::Union(ms)
        }
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
        // A read of a variable whose assignment was refused is not a second
        // error of the program's, only noise after the first.
        if d.message == KNOCK_ON {
            return;
        }
        self.errors.push(d);
    }

    /// The error for reading `n` before its type is known, or the
    /// knock-on marker when an assignment to `n` was refused already.
    fn unknown_type_read(&self, n: &str, span: Span, module_level: bool) -> Diagnostic {
        if self.failed_targets.contains(n) {
            return Diagnostic::new(Kind::Type, span, KNOCK_ON);
        }
        let hint = if module_level { " at module level" } else { "" };
        Diagnostic::new(
            Kind::Type,
            span,
            format!("cannot infer the type of '{n}' here: it is read before it is first assigned; annotate it{hint}"),
        )
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
        let nt_defs = self.scan_namedtuples(module);
        let mut class_defs = Vec::new();
        for s in &module.body {
            if let ast::StmtKind::ClassDef(def) = &s.kind {
                nested_classes::with_nested(def, &mut class_defs);
            }
        }
        class_defs.extend(nt_defs.iter());
        self.scan_dataclass_imports(module);
        self.scan_abc_imports(module);
        self.scan_enum_imports(module);
        self.scan_type_params(module);
        self.scan_type_var_restrictions(module);
        let class_defs = self.collect_protocols(class_defs);
        let class_defs = self.collect_generic_classes(class_defs);
        self.reserve_classes(&class_defs);
        let mut class_defs: Vec<ast::ClassDef> = class_defs.into_iter().cloned().collect();
        self.collect_generic_methods(&mut class_defs);
        for def in &class_defs {
            self.declare_class(def);
        }
        for s in &module.body {
            if let ast::StmtKind::FunctionDef(def) = &s.kind {
                if self.is_generic(def) && !self.names.contains_key(&def.name.name) {
                    // A template: checked per instance (`generics.rs`).
                    self.generics.insert(def.name.name.clone(), def.clone());
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
                // Signatures are indexed by function id: a placeholder
                // keeps them aligned while this one is computed (which may
                // declare instances of generic classes, and their methods).
                self.sigs.push(Sig {
                    name: def.name.name.clone(),
                    params: vec![],
                    ret: Ty::None,
                });
                self.note_cm(def, id);
                if def.decorators.is_empty()
                    && def.params.iter().all(|p| p.variadic == ast::Variadic::No)
                    && def.params.iter().any(|p| {
                        p.annotation
                            .as_ref()
                            .is_some_and(generic_calls::is_abstract)
                    })
                {
                    self.iterable_defs
                        .insert(def.name.name.clone(), def.clone());
                }
                if def.decorators.is_empty() {
                    self.names.insert(def.name.name.clone(), Binding::Func(id));
                } else {
                    // The name holds what the decorators return.
                    let g = self.new_global(&def.name.name, None);
                    self.names.insert(def.name.name.clone(), Binding::Global(g));
                    self.decorated.insert(def.name.name.clone(), (id, g));
                }
                match self.signature(def) {
                    Ok(sig) => self.sigs[id.index()] = sig,
                    Err(d) => self.report(d),
                }
                self.defs.push((id, def.clone()));
            }
        }
        // Every name assigned at module level is a global.
        let mut assigned = Vec::new();
        assigned_names(&module.body, &mut assigned);
        for (name, span) in assigned {
            if self.type_params.contains_key(&name) {
                continue;
            }
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

    fn function(&mut self, id: FuncId, def: &ast::FunctionDef) -> Function {
        // An instance of a generic function is checked with its binding.
        let env = self.instance_env.get(&id).cloned();
        if let Some(env) = &env {
            self.ty_env.push(env.clone());
        }
        let f = self.function_in(id, def, None);
        if env.is_some() {
            self.ty_env.pop();
        }
        f
    }

    fn function_in(
        &mut self,
        id: FuncId,
        def: &ast::FunctionDef,
        method: Option<classes::MethodCtx>,
    ) -> Function {
        self.function_with(id, def, method, None).0
    }

    /// Checks a function body; for a nested function (`qualname` given),
    /// also returns its free variables (see `Scope::captures`).
    fn function_with(
        &mut self,
        id: FuncId,
        def: &ast::FunctionDef,
        method: Option<classes::MethodCtx>,
        qualname: Option<String>,
    ) -> (Function, Vec<(LocalId, LocalId)>) {
        let sig = self.sigs[id.index()].clone();
        let mut scope = Scope::module();
        scope.is_module = false;
        scope.qualname = match (&qualname, method) {
            (Some(q), _) => q.clone(),
            (None, Some(m)) => format!("{}.{}", self.classes[m.class.index()].name, def.name.name),
            (None, None) => def.name.name.clone(),
        };
        let mut nonlocals = Vec::new();
        closures::nonlocal_names(&def.body, &mut nonlocals);
        scope.nonlocal_decls = nonlocals.iter().map(|n| n.0.clone()).collect();
        scope.ret = sig.ret.clone();
        scope.gen = self.generator_ctx(def, &sig.ret);
        if let (Some(_), Ty::Gen(_, _, r)) = (&scope.gen, &sig.ret) {
            // `return value` in a generator ends it with that value.
            scope.ret = (**r).clone();
        }
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
                cell: CellKind::None,
            });
            scope.local_types.push(Some(p.ty.clone()));
            scope.local_map.insert(p.name.clone(), lid);
            params.push(lid);
        }
        let mut assigned = Vec::new();
        assigned_names(&def.body, &mut assigned);
        // A nested `def` binds a local variable too.
        let mut defs = Vec::new();
        closures::nested_defs(&def.body, &mut defs);
        for d in defs {
            if !assigned.iter().any(|(m, _)| m == &d.name.name) {
                assigned.push((d.name.name.clone(), d.name.span));
            }
        }
        for (name, span) in assigned {
            if scope.nonlocal_decls.contains(&name) {
                continue;
            }
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
                    cell: CellKind::None,
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
        for (n, span) in nonlocals {
            let is_param = scope
                .local_map
                .get(&n)
                .is_some_and(|l| scope.locals[l.index()].is_param);
            let found = if is_param {
                Err(Diagnostic::new(
                    Kind::Syntax,
                    span,
                    format!("name '{n}' is parameter and nonlocal"),
                ))
            } else {
                self.capture(&n, span, &mut scope)
            };
            match found {
                Ok(Some(_)) => {}
                Ok(None) => self.report(Diagnostic::new(
                    Kind::Syntax,
                    span,
                    format!("no binding for nonlocal '{n}' found"),
                )),
                Err(d) => self.report(d),
            }
        }
        // A library stub bound to a runtime function (`library.rs`).
        let is_extern = self.is_extern(def);
        let mut body = if is_extern {
            self.extern_body(def, &sig, &params)
        } else {
            self.predeclare_defs(&def.body, &mut scope);
            self.block(&def.body, &mut scope)
        };
        self.finish_nested(&mut scope, &mut body);
        if sig.ret != Ty::None
            && scope.gen.is_none()
            && !is_extern
            && falls_through(&def.body, &self.quiet_with)
        {
            self.report(Diagnostic::new(
                Kind::Type,
                def.name.span,
                format!(
                    "function '{}' is declared to return {} but can reach its end without a return",
                    def.name.name, sig.ret
                ),
            ));
        } else if sig.ret != Ty::None {
            if let Err(d) = self.match_fallback(def, &mut scope, &mut body) {
                self.report(d);
            }
        }
        for (l, t) in scope.locals.iter_mut().zip(scope.local_types) {
            if let Some(t) = t {
                l.ty = t;
            }
        }
        let f = Function {
            name: def.name.name.clone(),
            class: method.map(|m| m.class),
            exact_other: false,
            params,
            ret: sig.ret,
            locals: scope.locals,
            body,
            span: def.name.span,
            env: None,
            qualname: scope.qualname,
            frame: true,
        };
        (f, scope.captures)
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
                Err(d) => {
                    self.report(d);
                    // Reads of what the statement would have assigned are
                    // not reported again.
                    let mut names = Vec::new();
                    assigned_names(std::slice::from_ref(s), &mut names);
                    self.failed_targets.extend(names.into_iter().map(|n| n.0));
                    match &s.kind {
                        ast::StmtKind::Import(items) => {
                            self.failed_targets.extend(items.iter().map(|(m, a)| {
                                let bound = a.as_ref().unwrap_or(m).name.clone();
                                bound.split('.').next().unwrap_or_default().to_string()
                            }))
                        }
                        ast::StmtKind::ImportFrom { names, .. } => self.failed_targets.extend(
                            names
                                .iter()
                                .map(|(n, a)| a.as_ref().unwrap_or(n).name.clone()),
                        ),
                        _ => {}
                    }
                    self.partial_discovery(s, scope);
                }
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
                    ExprKind::Call { .. }
                    | ExprKind::MethodCall { .. }
                    | ExprKind::New { .. }
                    | ExprKind::CallEnv { .. }
                    | ExprKind::CallValue(..) => true,
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
        Target::List(_, et) | Target::Star(_, _, et, _) => Ty::List(Box::new(et.clone())),
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
        ExprKind::IntToFloat(x) | ExprKind::BoolToInt(x) | ExprKind::NumBox(x) => is_const(x),
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
            // `util:X` (an attribute of an imported module, as the import
            // pass renames it) is the other module's global.
            ast::ExprKind::Name(n) if !out.iter().any(|(m, _)| m == n) && !n.contains(':') => {
                out.push((n.clone(), e.span));
            }
            ast::ExprKind::Tuple(xs) | ast::ExprKind::List(xs) => {
                xs.iter().for_each(|x| targets(x, out))
            }
            ast::ExprKind::Starred(x) => targets(x, out),
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
            ast::StmtKind::Match(m) => {
                for c in &m.cases {
                    let mut names = Vec::new();
                    c.pattern.bound_names(&mut names);
                    for n in names {
                        if !out.iter().any(|(m, _)| *m == n.name) {
                            out.push((n.name, n.span));
                        }
                    }
                    assigned_names(&c.body, out);
                }
            }
            _ => {}
        }
    }
}

/// Drops the narrowing facts of every variable assigned by target `t`.
fn forget_target(t: &Target, scope: &mut Scope) {
    match t {
        Target::Place(p) => scope.narrow.retain(|f| f.0 != *p),
        Target::List(ts, _) | Target::Tuple(ts) | Target::Star(ts, ..) => {
            ts.iter().for_each(|t| forget_target(t, scope))
        }
        Target::Item(..) | Target::Field(..) => {}
    }
}

/// Every name of every `global` statement in a block, with the statement.
/// Calls `f` on every statement of a function body, those inside
/// compound statements included, but not those of nested functions and
/// classes (which have scopes of their own).
fn each_stmt<'a>(stmts: &'a [ast::Stmt], f: &mut impl FnMut(&'a ast::Stmt)) {
    for s in stmts {
        f(s);
        match &s.kind {
            ast::StmtKind::If { body, orelse, .. }
            | ast::StmtKind::While { body, orelse, .. }
            | ast::StmtKind::For { body, orelse, .. } => {
                each_stmt(body, f);
                each_stmt(orelse, f);
            }
            ast::StmtKind::Try(t) => try_blocks(t).for_each(|b| each_stmt(b, f)),
            ast::StmtKind::Match(m) => m.cases.iter().for_each(|c| each_stmt(&c.body, f)),
            _ => {}
        }
    }
}

fn global_statements(stmts: &[ast::Stmt], out: &mut Vec<(String, Span)>) {
    each_stmt(stmts, &mut |s| {
        if let ast::StmtKind::Global(names) = &s.kind {
            out.extend(names.iter().map(|n| (n.name.clone(), s.span)))
        }
    });
}

fn collect_globals(stmts: &[ast::Stmt], out: &mut HashSet<String>) {
    each_stmt(stmts, &mut |s| {
        if let ast::StmtKind::Global(names) = &s.kind {
            out.extend(names.iter().map(|n| n.name.clone()))
        }
    });
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
            ast::StmtKind::Match(m) => {
                if let Some(s) = m.cases.iter().find_map(|c| returns_value(&c.body)) {
                    return Some(s);
                }
            }
            _ => {}
        }
    }
    None
}

/// Whether control can reach the end of a block.
///
/// `quiet` holds the `with` statements whose `__exit__` cannot suppress an
/// exception (it returns None): such a `with` falls through only if its
/// body does.
fn falls_through(stmts: &[ast::Stmt], quiet: &HashSet<Span>) -> bool {
    for s in stmts {
        match &s.kind {
            ast::StmtKind::Return(_)
            | ast::StmtKind::Raise { .. }
            | ast::StmtKind::Break
            | ast::StmtKind::Continue => return false,
            ast::StmtKind::Try(t) => {
                let normal = falls_through(&t.body, quiet) && falls_through(&t.orelse, quiet);
                let handled = match &t.with {
                    Some(w) if quiet.contains(&w.stmt_span) => false,
                    _ => t.handlers.iter().any(|h| falls_through(&h.body, quiet)),
                };
                if !falls_through(&t.finalbody, quiet) || !(normal || handled) {
                    return false;
                }
            }
            ast::StmtKind::If { body, orelse, .. }
                if !falls_through(body, quiet) && !falls_through(orelse, quiet) =>
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
            ast::StmtKind::Match(m)
                if (m.exhaustive() || quiet.contains(&s.span))
                    && m.cases.iter().all(|c| !falls_through(&c.body, quiet)) =>
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
        ast::StmtKind::Match(m) => m.cases.iter().any(|c| has_break(&c.body)),
        _ => false,
    })
}

/// Every block of a `try` statement.
fn try_blocks(t: &ast::Try) -> impl Iterator<Item = &[ast::Stmt]> {
    [t.body.as_slice(), &t.orelse, &t.finalbody]
        .into_iter()
        .chain(t.handlers.iter().map(|h| h.body.as_slice()))
}
