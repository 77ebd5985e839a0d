//! Classes: declaration, fields, methods, construction, attribute access,
//! inheritance with dynamic dispatch, `super()`, `isinstance`, the
//! methods `@dataclass` generates, and the built-in exception classes.
//!
//! Fields are typed when first assigned, like variables: by a class-level
//! annotation, or by the first `self.name = value` in `__init__`. Because
//! module code may use an object before the checker reaches the class's
//! methods, `__init__` is checked on demand ([`Checker::ensure_fields`]) the
//! first time a field of the class is needed.

use super::*;

/// How a method is bound.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum MethodKind {
    Instance,
    Static,
    /// A `@classmethod`: compiled like a static method, with its first
    /// parameter standing for the defining class.
    Class,
    Property,
}

#[derive(Clone, Copy, Debug)]
pub(super) struct Method {
    pub func: FuncId,
    pub kind: MethodKind,
}

/// `@dataclass(...)` options.
#[derive(Clone, Copy, Debug, Default)]
pub(super) struct DcOpts {
    pub eq: bool,
    pub order: bool,
    pub frozen: bool,
}

pub(super) struct ClassInfo {
    pub name: String,
    pub parent: Option<ClassId>,
    pub builtin: bool,
    pub is_exception: bool,
    pub def: Option<ast::ClassDef>,
    pub fields: Vec<(String, Ty)>,
    /// Own methods by name.
    pub methods: HashMap<String, Method>,
    /// Class-level constants, stored in globals.
    pub consts: HashMap<String, GlobalId>,
    /// 0: `__init__` not checked yet, 1: being checked, 2: fields final.
    pub state: u8,
    pub dataclass: Option<DcOpts>,
    /// A dataclass's field defaults as written (inherited ones included).
    pub dc_defaults: Vec<(String, Option<ast::Expr>)>,
    pub vtable: Vec<FuncId>,
    pub slots: HashMap<String, usize>,
    pub unhashable: bool,
    pub module: Option<String>,
    /// Methods with user-defined decorators, by name: the undecorated
    /// method (registered in `methods` under `undecorated_key(name)`) and
    /// the class constant holding the decorated function (`decorators.rs`).
    pub decorated: HashMap<String, (FuncId, GlobalId)>,
    /// Every direct base, `parent` first (`mro.rs`).
    pub bases: Vec<ClassId>,
    /// Empty under single inheritance, where the ancestors are the
    /// `parent` chain; otherwise the class and its ancestors in CPython's
    /// method resolution order, without `object` (`mro.rs`).
    pub mro: Vec<ClassId>,
    /// Derives from `abc.ABC`: `@abstractmethod` counts (`abc.rs`).
    pub is_abc: bool,
    /// The methods this class marks `@abstractmethod`.
    pub abstracts: Vec<String>,
}

/// The key under which a decorated method's undecorated function is
/// registered: not a Python identifier, so no attribute finds it.
pub(super) fn undecorated_key(name: &str) -> String {
    format!("{name} (undecorated)")
}

impl ClassInfo {
    pub(super) fn new(name: &str, parent: Option<ClassId>) -> ClassInfo {
        ClassInfo {
            name: name.to_string(),
            parent,
            builtin: false,
            is_exception: false,
            def: None,
            fields: vec![],
            methods: HashMap::new(),
            consts: HashMap::new(),
            state: 0,
            dataclass: None,
            dc_defaults: vec![],
            vtable: vec![],
            slots: HashMap::new(),
            unhashable: false,
            module: None,
            decorated: HashMap::new(),
            bases: parent.into_iter().collect(),
            mro: vec![],
            is_abc: false,
            abstracts: vec![],
        }
    }
}

/// What a module imports of standard-library module `name`: (what, bound
/// name) for `from name import what [as bound]`, and (`name`, bound) for
/// `import name [as bound]`.
pub(super) fn imports_of(module: &ast::Module, name: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for s in &module.body {
        match &s.kind {
            ast::StmtKind::ImportFrom {
                module: m,
                names,
                level: 0,
            } if m.name == name => {
                for (n, alias) in names {
                    let bound = alias.as_ref().unwrap_or(n).name.clone();
                    out.push((n.name.clone(), bound));
                }
            }
            ast::StmtKind::Import(items) => {
                for (m, alias) in items {
                    if m.name == name {
                        let bound = alias.as_ref().unwrap_or(m).name.clone();
                        out.push((name.to_string(), bound));
                    }
                }
            }
            _ => {}
        }
    }
    out
}

/// The decorator names recognised on methods and classes.
pub(super) fn decorator_name(e: &ast::Expr) -> Option<(&str, &[ast::Keyword])> {
    match &e.kind {
        ast::ExprKind::Name(n) => Some((n.as_str(), &[])),
        ast::ExprKind::Attribute(b, a) if matches!(&b.kind, ast::ExprKind::Name(m) if m == "dataclasses") => {
            Some((a.name.as_str(), &[]))
        }
        ast::ExprKind::Call {
            func,
            args,
            keywords,
        } if args.is_empty() => decorator_name(func).map(|(n, _)| (n, keywords.as_slice())),
        _ => None,
    }
}

pub(super) fn self_attr(e: &ast::Expr) -> Option<&ast::Ident> {
    match &e.kind {
        ast::ExprKind::Attribute(b, a) if matches!(&b.kind, ast::ExprKind::Name(n) if n == "self") => {
            Some(a)
        }
        _ => None,
    }
}

/// The attribute names that the module assigns or deletes on some object
/// anywhere (`x.name = ...`, `x.name += ...`, `del x.name`, also in tuple
/// targets and in every function and method body).
pub(super) fn assigned_attrs(module: &ast::Module) -> HashSet<String> {
    let mut out = HashSet::new();
    attr_targets(&module.body, false, &mut out);
    out
}

/// Collects the attribute names assigned or deleted in `ss` (only those on
/// `self` with `only_self`), nested blocks and bodies included.
fn attr_targets(ss: &[ast::Stmt], only_self: bool, out: &mut HashSet<String>) {
    fn target(e: &ast::Expr, only_self: bool, out: &mut HashSet<String>) {
        match &e.kind {
            ast::ExprKind::Tuple(xs) | ast::ExprKind::List(xs) => {
                xs.iter().for_each(|x| target(x, only_self, out))
            }
            ast::ExprKind::Starred(x) => target(x, only_self, out),
            ast::ExprKind::Attribute(_, a) if !only_self || self_attr(e).is_some() => {
                out.insert(a.name.clone());
            }
            _ => {}
        }
    }
    for s in ss {
        match &s.kind {
            ast::StmtKind::Assign { targets, .. } | ast::StmtKind::Delete(targets) => {
                targets.iter().for_each(|t| target(t, only_self, out))
            }
            ast::StmtKind::AnnAssign { target: t, .. }
            | ast::StmtKind::AugAssign { target: t, .. } => target(t, only_self, out),
            ast::StmtKind::For {
                target: t,
                body,
                orelse,
                ..
            } => {
                target(t, only_self, out);
                attr_targets(body, only_self, out);
                attr_targets(orelse, only_self, out);
            }
            ast::StmtKind::If { body, orelse, .. } | ast::StmtKind::While { body, orelse, .. } => {
                attr_targets(body, only_self, out);
                attr_targets(orelse, only_self, out);
            }
            ast::StmtKind::Try(t) => {
                attr_targets(&t.body, only_self, out);
                t.handlers
                    .iter()
                    .for_each(|h| attr_targets(&h.body, only_self, out));
                attr_targets(&t.orelse, only_self, out);
                attr_targets(&t.finalbody, only_self, out);
            }
            ast::StmtKind::Match(m) => m
                .cases
                .iter()
                .for_each(|c| attr_targets(&c.body, only_self, out)),
            ast::StmtKind::FunctionDef(f) => attr_targets(&f.body, only_self, out),
            ast::StmtKind::ClassDef(c) => attr_targets(&c.body, only_self, out),
            _ => {}
        }
    }
}

impl Checker {
    /// Registers the runtime's built-in exception classes.
    pub(super) fn builtin_classes(&mut self) {
        let mut object = ClassInfo::new("object", None);
        object.state = 2;
        self.classes.push(object);
        self.names
            .insert("object".into(), Binding::Class(OBJECT_CLASS));
        for (name, parent) in multigen_runtime::builtin_exception_classes() {
            let parent = if parent.is_empty() {
                None
            } else {
                self.class_named(parent)
            };
            let id = ClassId(self.classes.len() as u32);
            let mut c = ClassInfo::new(name, parent);
            c.builtin = true;
            c.is_exception = true;
            c.state = 2;
            if name == &"FrozenInstanceError" {
                c.module = Some("dataclasses".into());
            } else {
                self.names.insert(name.to_string(), Binding::Class(id));
            }
            self.classes.push(c);
        }
        // CPython's old names of `OSError` are the class itself.
        if let Some(os_error) = self.class_named("OSError") {
            for alias in ["IOError", "EnvironmentError"] {
                self.names.insert(alias.into(), Binding::Class(os_error));
            }
        }
    }

    pub(super) fn class_named(&self, name: &str) -> Option<ClassId> {
        self.classes
            .iter()
            .position(|c| c.name == name)
            .map(|i| ClassId(i as u32))
    }

    pub(super) fn is_subclass(&self, mut c: ClassId, of: ClassId) -> bool {
        if of == OBJECT_CLASS {
            return true;
        }
        if !self.classes[c.index()].mro.is_empty() {
            return self.classes[c.index()].mro.contains(&of);
        }
        loop {
            if c == of {
                return true;
            }
            match self.classes[c.index()].parent {
                Some(p) => c = p,
                None => return false,
            }
        }
    }

    /// Records the module's `from dataclasses import ...` and `import
    /// dataclasses` statements: decorators and `field` are recognised only
    /// under the names they were imported as.
    pub(super) fn scan_dataclass_imports(&mut self, module: &ast::Module) {
        self.dc_imports.extend(imports_of(module, "dataclasses"));
    }

    /// Whether a class decorator is `dataclasses.dataclass` as imported.
    fn is_dataclass_decorator(&self, d: &ast::Expr) -> bool {
        let d = match &d.kind {
            ast::ExprKind::Call { func, .. } => func,
            _ => d,
        };
        match &d.kind {
            ast::ExprKind::Name(n) => self.dc_imports.contains(&("dataclass".into(), n.clone())),
            ast::ExprKind::Attribute(b, a) => {
                a.name == "dataclass"
                    && matches!(&b.kind, ast::ExprKind::Name(m) if self.dc_imports.contains(&("dataclasses".into(), m.clone())))
            }
            _ => false,
        }
    }

    /// Gives every class of the module its id and name before any is
    /// declared, so that annotations may refer to classes defined later.
    pub(super) fn reserve_classes(&mut self, defs: &[&ast::ClassDef]) {
        for def in defs {
            let name = &def.name.name;
            if self.names.contains_key(name)
                && !self.classes.iter().any(|c| c.builtin && &c.name == name)
            {
                self.report(Diagnostic::new(
                    Kind::Unsupported,
                    def.name.span,
                    format!("redefinition of '{name}' is not supported"),
                ));
                continue;
            }
            let id = ClassId(self.classes.len() as u32);
            self.classes.push(ClassInfo::new(name, None));
            self.names.insert(name.clone(), Binding::Class(id));
        }
    }

    /// Makes class names available to `Ty`'s `Display`.
    pub(super) fn publish_class_names(&self) {
        let names = self.classes.iter().map(|c| c.name.clone()).collect();
        CLASS_NAMES.with(|n| *n.borrow_mut() = names);
    }

    /// Declares a class: its base, decorators, methods (signatures) and
    /// class-level names. Called for top-level classes in source order.
    pub(super) fn declare_class(&mut self, def: &ast::ClassDef) {
        if let Err(d) = self.declare_class_inner(def) {
            self.report(d);
        }
    }

    fn declare_class_inner(&mut self, def: &ast::ClassDef) -> R<()> {
        let Some(Binding::Class(id)) = self.names.get(&def.name.name).copied() else {
            return Ok(());
        };
        self.declare_class_at(id, def)
    }

    /// Declares `def` as class `id` (also an instance of a generic class).
    pub(super) fn declare_class_at(&mut self, id: ClassId, def: &ast::ClassDef) -> R<()> {
        let name = &def.name.name;
        if self.classes[id.index()].builtin || self.classes[id.index()].def.is_some() {
            return Ok(());
        }
        if let Some(m) = &def.metaclass {
            if !self.is_abc_item(m, "ABCMeta") || self.enum_base(def).is_some() {
                return err(
                    Kind::Unsupported,
                    m.span,
                    "a metaclass other than abc.ABCMeta (on a plain class) is not supported by multigen yet",
                );
            }
        }
        if let Some(kind) = self.enum_base(def) {
            return self.declare_enum(id, def, kind);
        }
        if let Some(r) = self.declare_namedtuple(id, def) {
            return r;
        }
        // Several bases (multiple inheritance) are resolved in `mro.rs`;
        // `parent` is the first one, which single inheritance uses alone.
        let bases = self.class_bases(def, id)?;
        let parent = bases.first().copied();
        let mro = self.linearize(id, def, &bases)?;
        // `@abstractmethod` is taken off the methods (`abc.rs`).
        // `metaclass=ABCMeta` is what deriving from `ABC` gives.
        let is_abc = def.bases.iter().any(|b| self.is_abc_item(b, "ABC"))
            || def.metaclass.is_some()
            || bases.iter().any(|b| self.classes[b.index()].is_abc);
        let (def, abstracts, stubs) = self.strip_abstract(def, is_abc);
        let def = &def;
        if let Some((k, p)) = bases
            .iter()
            .enumerate()
            .find(|(_, p)| self.namedtuples.contains(p) || self.enums.contains_key(p))
        {
            return err(
                Kind::Unsupported,
                def.bases[k].span,
                format!(
                    "subclassing '{}' is not supported by multigen yet",
                    self.classes[p.index()].name
                ),
            );
        }
        let mut info = ClassInfo::new(name, parent);
        info.def = Some(def.clone());
        info.bases = bases;
        info.mro = mro;
        info.is_abc = is_abc;
        info.abstracts = abstracts;
        if let Some(p) = parent {
            let pc = &self.classes[p.index()];
            info.is_exception = pc.is_exception;
            info.vtable = pc.vtable.clone();
            info.slots = pc.slots.clone();
            info.unhashable = pc.unhashable;
            if pc.dataclass.is_some() && !def.decorators.is_empty() {
                info.fields = pc.fields.clone();
            }
        }
        for d in &def.decorators {
            let dc = self.is_dataclass_decorator(d);
            if !dc && matches!(decorator_name(d), Some(("dataclass", _))) {
                return err(Kind::Name, d.span, "name 'dataclass' is not defined");
            }
            match decorator_name(d)
                .map(|(n, k)| (if dc { "dataclass" } else { n }, k))
                .filter(|(n, _)| *n != "dataclass" || dc)
            {
                Some(("dataclass", kws)) => {
                    let mut o = DcOpts {
                        eq: true,
                        ..DcOpts::default()
                    };
                    for k in kws {
                        let v = match k.value.kind {
                            ast::ExprKind::Bool(b) => b,
                            _ => {
                                return err(
                                    Kind::Unsupported,
                                    k.value.span,
                                    "dataclass options must be True or False",
                                )
                            }
                        };
                        match k.name.name.as_str() {
                            "eq" => o.eq = v,
                            "order" => o.order = v,
                            "frozen" => o.frozen = v,
                            "init" | "repr" if v => {}
                            _ => {
                                return err(
                                    Kind::Unsupported,
                                    k.name.span,
                                    format!(
                                    "the dataclass option '{}' is not supported by multigen yet",
                                    k.name.name
                                ),
                                )
                            }
                        }
                    }
                    info.dataclass = Some(o);
                }
                _ => {
                    return err(
                        Kind::Unsupported,
                        d.span,
                        "this class decorator is not supported by multigen yet",
                    )
                }
            }
        }
        self.classes[id.index()] = info;
        // Class-level names and methods.
        let mut own_eq = false;
        let mut own_hash = false;
        for s in &def.body {
            match &s.kind {
                ast::StmtKind::FunctionDef(f) => {
                    own_eq |= f.name.name == "__eq__";
                    own_hash |= f.name.name == "__hash__";
                    self.declare_def(id, f)?;
                }
                ast::StmtKind::AnnAssign {
                    target,
                    annotation,
                    value,
                } => {
                    let ast::ExprKind::Name(n) = &target.kind else {
                        return err(
                            Kind::Unsupported,
                            target.span,
                            "unsupported class-level target",
                        );
                    };
                    if n == "__slots__" {
                        self.declare_slots(id, value.as_ref(), target.span)?;
                    }
                    if let Some(inner) = class_attrs::class_var_inner(annotation) {
                        // `ClassVar[T]`: a class attribute only.
                        if self.classes[id.index()].dataclass.is_some() || value.is_none() {
                            return err(
                                Kind::Unsupported,
                                annotation.span,
                                "ClassVar without a value, or in a dataclass, is not supported by multigen yet",
                            );
                        }
                        let ty = self.annotation(inner)?;
                        let g = self.new_global(&format!("{name}.{n}"), Some(ty));
                        self.classes[id.index()].consts.insert(n.clone(), g);
                        continue;
                    }
                    let ty = self.annotation(annotation)?;
                    let dc = self.classes[id.index()].dataclass.is_some();
                    if dc || value.is_none() {
                        self.add_field(id, n, ty, target.span)?;
                    } else {
                        let g = self.new_global(&format!("{name}.{n}"), Some(ty.clone()));
                        self.classes[id.index()].consts.insert(n.clone(), g);
                        // `n: int = 3` that the program assigns or deletes on
                        // an object is also an instance attribute, which reads
                        // find while it is set and the class attribute
                        // otherwise.
                        if self.assigned_attrs.contains(n) {
                            self.add_field(id, n, ty, target.span)?;
                        }
                    }
                }
                ast::StmtKind::Assign { targets, value } => {
                    for t in targets {
                        let ast::ExprKind::Name(n) = &t.kind else {
                            return err(
                                Kind::Unsupported,
                                t.span,
                                "unsupported class-level target",
                            );
                        };
                        // Also a plain class attribute (`slots.rs`).
                        if n == "__slots__" {
                            self.declare_slots(id, Some(value), t.span)?;
                        }
                        let g = self.new_global(&format!("{name}.{n}"), None);
                        self.classes[id.index()].consts.insert(n.clone(), g);
                    }
                }
                ast::StmtKind::Pass => {}
                ast::StmtKind::Expr(e) if matches!(e.kind, ast::ExprKind::Str(_)) => {}
                // Declared on its own (`nested_classes.rs`).
                ast::StmtKind::ClassDef(_) => {}
                _ => {
                    return err(
                        Kind::Unsupported,
                        s.span,
                        "this statement in a class body is not supported by multigen yet",
                    )
                }
            }
        }
        self.check_slot_conflicts(id, def)?;
        for n in stubs {
            if let Some(m) = self.classes[id.index()].methods.get(&n) {
                self.abstract_stubs.insert(m.func);
            }
        }
        if own_eq && !own_hash {
            // Python sets `__hash__` to None in a class that defines
            // `__eq__` alone.
            self.classes[id.index()].unhashable = true;
        }
        if own_hash {
            self.classes[id.index()].unhashable = false;
        }
        // Fields annotated on `self` anywhere in `__init__` are known now.
        if let Some(init) = def.body.iter().find_map(|s| match &s.kind {
            ast::StmtKind::FunctionDef(f) if f.name.name == "__init__" => Some(f),
            _ => None,
        }) {
            let mut stack: Vec<&ast::Stmt> = init.body.iter().collect();
            while let Some(s) = stack.pop() {
                match &s.kind {
                    ast::StmtKind::AnnAssign {
                        target, annotation, ..
                    } => {
                        if let Some(a) = self_attr(target) {
                            let ty = self.annotation(annotation)?;
                            if self.field(id, &a.name).is_none() {
                                self.add_field(id, &a.name, ty, a.span)?;
                            }
                        }
                    }
                    ast::StmtKind::If { body, orelse, .. }
                    | ast::StmtKind::While { body, orelse, .. }
                    | ast::StmtKind::For { body, orelse, .. } => {
                        stack.extend(body.iter().chain(orelse.iter()));
                    }
                    ast::StmtKind::Match(m) => stack.extend(m.cases.iter().flat_map(|c| &c.body)),
                    _ => {}
                }
            }
        }
        if let Some(o) = self.classes[id.index()].dataclass {
            self.dataclass_methods(id, o, def)?;
        }
        Ok(())
    }

    /// Declares a `def` of a class body: a method (static, class method
    /// or property by its decorator), a property's setter or deleter, or
    /// a method with user decorators.
    pub(super) fn declare_def(&mut self, id: ClassId, f: &ast::FunctionDef) -> R<()> {
        // `@x.setter` and `@x.deleter` (`properties.rs`).
        if f.decorators.len() == 1 && properties::property_accessor(&f.decorators[0]).is_some() {
            return self.declare_accessor(id, f);
        }
        let plain = |d: &ast::Expr| {
            matches!(
                decorator_name(d),
                Some(("staticmethod" | "classmethod" | "property", _))
            )
        };
        if !f.decorators.is_empty() && !f.decorators.iter().any(plain) {
            return self.declare_decorated_method(id, f);
        }
        let mut kind = MethodKind::Instance;
        if let Some(d) = f.decorators.get(1) {
            return err(
                Kind::Unsupported,
                d.span,
                "stacked decorators are not supported by multigen yet",
            );
        }
        for d in &f.decorators {
            kind = match decorator_name(d) {
                Some(("staticmethod", [])) => MethodKind::Static,
                Some(("classmethod", [])) => MethodKind::Class,
                Some(("property", [])) => MethodKind::Property,
                _ => {
                    return err(
                        Kind::Unsupported,
                        d.span,
                        "this decorator is not supported by multigen yet",
                    )
                }
            };
        }
        self.declare_method(id, f, kind)?;
        Ok(())
    }

    pub(super) fn add_field(&mut self, c: ClassId, name: &str, ty: Ty, span: Span) -> R<()> {
        if let Some((_, t)) = self.field(c, name) {
            if t != ty {
                return err(
                    Kind::Type,
                    span,
                    format!("attribute '{name}' already has type {t}, cannot make it {ty}"),
                );
            }
            return Ok(());
        }
        self.classes[c.index()].fields.push((name.to_string(), ty));
        Ok(())
    }

    /// The index and type of a field.
    pub(super) fn field(&self, c: ClassId, name: &str) -> Option<(usize, Ty)> {
        self.classes[c.index()]
            .fields
            .iter()
            .position(|(n, _)| n == name)
            .map(|i| (i, self.classes[c.index()].fields[i].1.clone()))
    }

    fn declare_method(&mut self, c: ClassId, f: &ast::FunctionDef, kind: MethodKind) -> R<FuncId> {
        self.declare_method_as(c, f, kind, &f.name.name)
    }

    /// Declares a method under `key` in the class's method table.
    pub(super) fn declare_method_as(
        &mut self,
        c: ClassId,
        f: &ast::FunctionDef,
        kind: MethodKind,
        key: &str,
    ) -> R<FuncId> {
        let fid = FuncId(self.functions.len() as u32);
        self.functions.push(None);
        // Function ids index the signatures too: keep them aligned even
        // when this signature turns out to be invalid.
        self.sigs.push(Sig {
            name: f.name.name.clone(),
            params: vec![],
            ret: Ty::None,
        });
        let qual = format!("{}.{}", self.classes[c.index()].name, f.name.name);
        self.qualnames.insert(fid, qual);
        let mut f2 = f.clone();
        let mut sig;
        match kind {
            MethodKind::Instance | MethodKind::Property => {
                if f.params.is_empty() {
                    return err(Kind::Type, f.name.span, "a method needs a `self` parameter");
                }
                // `self` needs no annotation: it is the class.
                let mut rest = f2.clone();
                rest.params.remove(0);
                sig = self.signature(&rest)?;
                sig.params.insert(
                    0,
                    ParamSig {
                        name: f.params[0].name.name.clone(),
                        ty: Ty::Class(c),
                        default: None,
                        keyword_only: false,
                        positional_only: false,
                        variadic: ast::Variadic::No,
                    },
                );
            }
            MethodKind::Class => {
                if f.params.is_empty() {
                    return err(
                        Kind::Type,
                        f.name.span,
                        "a class method needs a `cls` parameter",
                    );
                }
                let cls = f2.params.remove(0);
                self.cls_names.insert(fid, cls.name.name);
                sig = self.signature(&f2)?;
            }
            MethodKind::Static => sig = self.signature(f)?,
        }
        sig.name = f.name.name.clone();
        self.sigs[fid.index()] = sig;
        self.method_defs.push((fid, c, f2, kind));
        let name = key.to_string();
        let info = &mut self.classes[c.index()];
        if info.methods.contains_key(&name) {
            return err(
                Kind::Unsupported,
                f.name.span,
                format!("redefinition of method '{name}' is not supported"),
            );
        }
        info.methods
            .insert(name.clone(), Method { func: fid, kind });
        if matches!(kind, MethodKind::Instance | MethodKind::Property)
            && name != "__init__"
            && key == f.name.name
        {
            match info.slots.get(&name) {
                Some(&s) => info.vtable[s] = fid,
                None => {
                    info.slots.insert(name, info.vtable.len());
                    info.vtable.push(fid);
                }
            }
        }
        Ok(fid)
    }

    /// Finds a method in a class or its ancestors: (defining class, method).
    pub(super) fn find_method(&self, mut c: ClassId, name: &str) -> Option<(ClassId, Method)> {
        if !self.classes[c.index()].mro.is_empty() {
            let mro = &self.classes[c.index()].mro;
            return mro
                .iter()
                .find_map(|k| Some((*k, *self.classes[k.index()].methods.get(name)?)));
        }
        loop {
            if let Some(m) = self.classes[c.index()].methods.get(name) {
                return Some((c, *m));
            }
            c = self.classes[c.index()].parent?;
        }
    }

    pub(super) fn find_const(&self, mut c: ClassId, name: &str) -> Option<GlobalId> {
        if !self.classes[c.index()].mro.is_empty() {
            let mro = &self.classes[c.index()].mro;
            return mro
                .iter()
                .find_map(|k| self.classes[k.index()].consts.get(name).copied());
        }
        loop {
            if let Some(g) = self.classes[c.index()].consts.get(name) {
                return Some(*g);
            }
            c = self.classes[c.index()].parent?;
        }
    }

    /// Whether a subclass of `c` overrides method `name` (the call needs
    /// the virtual table).
    pub(super) fn overridden_below(&self, c: ClassId, name: &str) -> bool {
        let here = || self.find_method(c, name).map(|m| m.1.func);
        self.classes.iter().enumerate().any(|(i, k)| {
            let k_id = ClassId(i as u32);
            k_id != c
                && self.is_subclass(k_id, c)
                && (k.methods.contains_key(name)
                    // Under multiple inheritance a subclass may find
                    // another base's method first (`mro.rs`).
                    || (!k.mro.is_empty()
                        && self.find_method(k_id, name).map(|m| m.1.func) != here()))
        })
    }

    /// Whether two methods are bound alike and take and return the same
    /// types after `self`, so that either can stand for the other in a
    /// virtual-table slot.
    pub(super) fn same_method_sig(&self, m: Method, other: Method) -> bool {
        let (a, b) = (&self.sigs[m.func.index()], &self.sigs[other.func.index()]);
        m.kind == other.kind
            && a.ret == b.ret
            && a.params.len() == b.params.len()
            && a.params
                .iter()
                .zip(&b.params)
                .skip(1)
                .all(|(x, y)| x.ty == y.ty)
    }

    /// Checks that overriding methods keep the overridden signature, since
    /// a call through the base class passes the base's argument types.
    pub(super) fn check_overrides(&mut self) {
        for i in 0..self.classes.len() {
            let Some(p) = self.classes[i].parent else {
                continue;
            };
            let own: Vec<(String, Method)> = self.classes[i]
                .methods
                .iter()
                .map(|(n, m)| (n.clone(), *m))
                .collect();
            for (n, m) in own {
                // Comparison methods take the other operand as their own
                // class (dataclasses generate them so); the runtime calls
                // them only after checking the operand's class, and
                // explicit calls of overridden ones are refused.
                if n == "__init__"
                    || !matches!(m.kind, MethodKind::Instance | MethodKind::Property)
                    || COMPARISONS.contains(&n.as_str())
                {
                    continue;
                }
                let Some((_, base)) = self.find_method(p, &n) else {
                    continue;
                };
                if !self.same_method_sig(m, base) {
                    let span = self
                        .method_defs
                        .iter()
                        .find(|d| d.0 == m.func)
                        .map(|d| d.2.name.span)
                        .unwrap_or_default();
                    self.report(Diagnostic::new(
                        Kind::Type,
                        span,
                        format!("method '{n}' overrides a method with a different signature; multigen needs the same parameter and return types"),
                    ));
                }
            }
        }
    }

    /// Makes the field list of `c` final by checking its `__init__` (and
    /// its ancestors') if that has not happened yet.
    pub(super) fn ensure_fields(&mut self, c: ClassId) {
        if self.classes[c.index()].state != 0 {
            return;
        }
        self.classes[c.index()].state = 1;
        if let Some(p) = self.classes[c.index()].parent {
            self.ensure_fields(p);
            // Inherited fields come first, in the parent's layout.
            let mut fields = self.classes[p.index()].fields.clone();
            for f in std::mem::take(&mut self.classes[c.index()].fields) {
                if !fields.iter().any(|g| g.0 == f.0) {
                    fields.push(f);
                }
            }
            self.classes[c.index()].fields = fields;
        }
        // The fields of the other bases (multiple inheritance), `mro.rs`.
        self.merge_base_fields(c);
        if let Some(m) = self.classes[c.index()].methods.get("__init__").copied() {
            self.check_method(m.func);
        }
        self.fields_from_methods(c);
        self.classes[c.index()].state = 2;
    }

    /// Attributes that other methods assign first (an optional `setup()`,
    /// a lazily computed member), which mypy accepts too: the methods of
    /// `c` that assign an attribute of `self` that is not a field yet are
    /// checked now, in source order, and may create fields. Such fields
    /// are maybe unset (`unset.rs`). Not for frozen dataclasses, where
    /// those assignments raise.
    fn fields_from_methods(&mut self, c: ClassId) {
        if self.frozen_class(c).is_some() {
            return;
        }
        let defs: Vec<(FuncId, ast::FunctionDef)> = self
            .method_defs
            .iter()
            .filter(|d| d.1 == c && d.3 == MethodKind::Instance && d.2.name.name != "__init__")
            .map(|d| (d.0, d.2.clone()))
            .collect();
        for (fid, def) in defs {
            let mut names = HashSet::new();
            attr_targets(&def.body, true, &mut names);
            if names.iter().all(|n| self.field(c, n).is_some()) {
                continue;
            }
            let saved = self.creating_fields.replace(c);
            self.check_method(fid);
            self.creating_fields = saved;
        }
    }

    /// Whether a method of `c` assigns `self.attr`.
    pub(super) fn methods_create(&self, c: ClassId, attr: &str) -> bool {
        self.method_defs.iter().filter(|d| d.1 == c).any(|d| {
            let mut names = HashSet::new();
            attr_targets(&d.2.body, true, &mut names);
            names.contains(attr)
        })
    }

    /// Whether an assignment to `self.attr` in the method being checked may
    /// create a field of `c`: in `__init__`, or in a method checked by
    /// [`Checker::fields_from_methods`].
    pub(super) fn may_create_field(&self, c: ClassId, scope: &Scope, is_self: bool) -> bool {
        is_self
            && scope
                .method
                .is_some_and(|m| m.class == c && (m.is_init || self.creating_fields == Some(c)))
    }

    /// Checks one method body (once).
    pub(super) fn check_method(&mut self, fid: FuncId) {
        if self.functions[fid.index()].is_some() {
            return;
        }
        let Some((_, c, def, kind)) = self.method_defs.iter().find(|d| d.0 == fid).cloned() else {
            return;
        };
        // A placeholder keeps a recursive request from checking it twice.
        self.functions[fid.index()] = Some(Function {
            name: def.name.name.clone(),
            class: Some(c),
            exact_other: false,
            params: vec![],
            ret: Ty::None,
            locals: vec![],
            body: vec![],
            span: def.name.span,
            env: None,
            qualname: String::new(),
            frame: true,
        });
        let ctx = MethodCtx {
            class: c,
            kind,
            is_init: def.name.name == "__init__",
        };
        // A method of an instance of a generic class is checked with its
        // type arguments.
        let env = self.instance_env.get(&fid).cloned();
        let pushed = env.is_some();
        if let Some(env) = env {
            self.ty_env.push(env);
        }
        let mut f = self.function_in(fid, &def, Some(ctx));
        if pushed {
            self.ty_env.pop();
        }
        f.class = Some(c);
        self.functions[fid.index()] = Some(f);
    }

    // ----- construction -----

    /// `C(args)`.
    pub(super) fn construct(
        &mut self,
        c: ClassId,
        args: &[ast::Expr],
        keywords: &[ast::Keyword],
        span: Span,
        scope: &mut Scope,
    ) -> R<Expr> {
        if let Some(e) = self.enum_construct(c, args, keywords, span, scope)? {
            return Ok(e);
        }
        let e = self.construct_plain(c, args, keywords, span, scope)?;
        // A class with abstract methods raises instead (`abc.rs`).
        Ok(self.abstract_guard(c, e))
    }

    fn construct_plain(
        &mut self,
        c: ClassId,
        args: &[ast::Expr],
        keywords: &[ast::Keyword],
        span: Span,
        scope: &mut Scope,
    ) -> R<Expr> {
        let init = self.find_method(c, "__init__");
        match init {
            Some((_, m)) => {
                let sig = self.sigs[m.func.index()].clone();
                let (written, map) =
                    self.bind_args(m.func, &sig, 1, args, keywords, span, scope)?;
                Ok(mk(
                    Ty::Class(c),
                    span,
                    ExprKind::New {
                        class: c,
                        init: Some(m.func),
                        args: written,
                        map,
                    },
                ))
            }
            None if self.classes[c.index()].is_exception => {
                if let Some(k) = keywords.first() {
                    return err(
                        Kind::Call,
                        k.name.span,
                        format!(
                            "{}() takes no keyword arguments",
                            self.classes[c.index()].name
                        ),
                    );
                }
                let vals = args
                    .iter()
                    .map(|a| {
                        let v = self.expr(a, scope)?;
                        self.deopt(v)
                    })
                    .collect::<R<Vec<_>>>()?;
                Ok(mk(
                    Ty::Class(c),
                    span,
                    ExprKind::New {
                        class: c,
                        init: None,
                        args: vals,
                        map: vec![],
                    },
                ))
            }
            None => {
                if let Some(a) = args.first() {
                    return err(
                        Kind::Call,
                        a.span,
                        format!("{}() takes no arguments", self.classes[c.index()].name),
                    );
                }
                if let Some(k) = keywords.first() {
                    return err(
                        Kind::Call,
                        k.name.span,
                        format!("{}() takes no arguments", self.classes[c.index()].name),
                    );
                }
                Ok(mk(
                    Ty::Class(c),
                    span,
                    ExprKind::New {
                        class: c,
                        init: None,
                        args: vec![],
                        map: vec![],
                    },
                ))
            }
        }
    }

    // ----- attributes -----

    /// The receiver typed as the parameter's class (an upcast, or as is).
    pub(super) fn upcast(&self, e: Expr, to: &Ty) -> Expr {
        if &e.ty == to {
            return e;
        }
        let span = e.span;
        mk(to.clone(), span, ExprKind::Cast(Box::new(e)))
    }

    /// Whether `n` currently names a variable (which shadows a class name).
    pub(super) fn is_value_name(&self, n: &str, scope: &Scope) -> bool {
        scope.shadow_lookup(n).is_some()
            || (!scope.is_module
                && scope.local_map.contains_key(n)
                && !scope.global_decls.contains(n))
    }

    // ----- Optional -----

    /// An `Optional[T]` value used where a `T` is needed: checked for None
    /// (raising a `TypeError` like CPython's operations on None would).
    pub(super) fn deopt(&mut self, e: Expr) -> R<Expr> {
        match self.resolve(&e.ty) {
            Ty::Optional(t) => {
                let span = e.span;
                Ok(mk(
                    *t,
                    span,
                    ExprKind::Unwrap(
                        Box::new(e),
                        Some(("TypeError", "'NoneType' object is not usable here".into())),
                    ),
                ))
            }
            _ => Ok(e),
        }
    }

    /// Like [`Checker::deopt`], for an attribute access (`AttributeError`).
    /// [`Checker::deopt_attr`] for `e.member`: the check is located at the
    /// whole `e.member`, where CPython reports the `AttributeError`.
    pub(super) fn deopt_member(&mut self, e: Expr, member: &ast::Ident) -> R<Expr> {
        let start = e.span.start;
        let mut r = self.deopt_attr(e, &member.name)?;
        if matches!(r.kind, ExprKind::Unwrap(..)) {
            r.span = Span::new(start, member.span.end);
        }
        Ok(r)
    }

    pub(super) fn deopt_attr(&mut self, e: Expr, attr: &str) -> R<Expr> {
        match self.resolve(&e.ty) {
            Ty::Optional(t) => {
                let span = e.span;
                Ok(mk(
                    *t,
                    span,
                    ExprKind::Unwrap(
                        Box::new(e),
                        Some((
                            "AttributeError",
                            format!("'NoneType' object has no attribute '{attr}'"),
                        )),
                    ),
                ))
            }
            _ => Ok(e),
        }
    }

    // ----- dataclasses -----

    /// The classes of the program for the IR.
    pub(super) fn finish_classes(&mut self) -> Vec<Class> {
        let mut out = Vec::new();
        for i in 0..self.classes.len() {
            let c = ClassId(i as u32);
            let mut dunders = Vec::new();
            for (name, d) in [
                ("__repr__", Dunder::Repr),
                ("__str__", Dunder::Str),
                ("__eq__", Dunder::Eq),
                ("__hash__", Dunder::Hash),
                ("__lt__", Dunder::Lt),
                ("__le__", Dunder::Le),
                ("__gt__", Dunder::Gt),
                ("__ge__", Dunder::Ge),
                ("__bool__", Dunder::Bool),
                ("__len__", Dunder::Len),
            ] {
                if let Some((_, m)) = self.find_method(c, name) {
                    if m.kind == MethodKind::Instance {
                        dunders.push((d, m.func));
                    }
                }
            }
            let k = &self.classes[i];
            // What every base defines (several under multiple inheritance).
            let mut class_names: Vec<String> = k
                .bases
                .iter()
                .flat_map(|p| {
                    let p: &Class = &out[p.index()];
                    p.class_names.clone()
                })
                .collect();
            self.own_class_names(k, &mut class_names);
            class_names.sort();
            class_names.dedup();
            out.push(Class {
                // `__name__`: a nested class's checker name is its
                // `__qualname__` (`nested_classes.rs`).
                name: nested_classes::short_name(&k.name).to_string(),
                parent: k.parent,
                builtin: k.builtin,
                is_exception: k.is_exception,
                fields: k
                    .fields
                    .iter()
                    .map(|(n, t)| (n.clone(), self.resolve(t)))
                    .collect(),
                // Laid out by `layout_fields` once every body is checked.
                layout: Vec::new(),
                size_words: 0,
                vtable: k.vtable.clone(),
                dunders,
                unhashable: k.unhashable,
                module: k.module.clone(),
                class_names,
                mro: k.mro.clone(),
            });
        }
        out
    }

    /// The names a class body defines in the class's `__dict__`, as CPython
    /// runs it: methods, class attributes, `__annotations__` if anything is
    /// annotated, and what `@dataclass` adds (a field's default stays a class
    /// attribute unless it is a `field()` without `default=`).
    fn own_class_names(&self, k: &ClassInfo, out: &mut Vec<String>) {
        let Some(def) = &k.def else { return };
        let is_field_call = |e: &ast::Expr| match &e.kind {
            ast::ExprKind::Call { func, keywords, .. } => {
                matches!(&func.kind, ast::ExprKind::Name(n) if self.dc_imports.contains(&("field".to_string(), n.clone())))
                    && !keywords.iter().any(|kw| kw.name.name == "default")
            }
            _ => false,
        };
        for s in &def.body {
            match &s.kind {
                ast::StmtKind::FunctionDef(f) => out.push(f.name.name.clone()),
                ast::StmtKind::ClassDef(c) => {
                    out.push(nested_classes::short_name(&c.name.name).to_string())
                }
                ast::StmtKind::Assign { targets, .. } => {
                    for t in targets {
                        if let ast::ExprKind::Name(n) = &t.kind {
                            out.push(n.clone());
                        }
                    }
                }
                ast::StmtKind::AnnAssign { target, value, .. } => {
                    out.push("__annotations__".into());
                    if let (ast::ExprKind::Name(n), Some(v)) = (&target.kind, value) {
                        if k.dataclass.is_none() || !is_field_call(v) {
                            out.push(n.clone());
                        }
                    }
                }
                _ => {}
            }
        }
        out.extend(slots::declared_slots(def));
        if k.dataclass.is_some() {
            for n in [
                "__dataclass_fields__",
                "__dataclass_params__",
                "__match_args__",
            ] {
                out.push(n.into());
            }
        }
    }
}

/// The comparison special methods, whose overrides may narrow the type of
/// the other operand.
pub(super) const COMPARISONS: &[&str] =
    &["__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__"];

/// Whether an expression makes a new container that nothing else refers
/// to yet (a display, a lowered comprehension, a slice, copy or
/// concatenation).
pub(super) fn fresh_container(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::List(_) | ExprKind::Set(_) | ExprKind::Dict(_) => true,
        // A slice, a copy (`list(xs)`, the start of `sorted(xs)`) and a
        // concatenation are new lists too.
        ExprKind::Rt {
            name: "mg_list_slice" | "mg_list_copy" | "mg_list_concat",
            ..
        } => true,
        // A lowered comprehension: an accumulator starts as an empty
        // display and is the value.
        ExprKind::Block(stmts, value) => match (stmts.first(), &value.kind) {
            (
                Some(Stmt::Assign(Target::Place(Place::Local(acc)), first)),
                ExprKind::Load(Place::Local(l)),
            ) => acc == l && fresh_container(first),
            _ => false,
        },
        _ => false,
    }
}

/// Shifts `Written` indices by one (a receiver is inserted first).
pub(super) fn shift(map: &mut [ArgSource]) {
    for a in map {
        if let ArgSource::Written(i) = a {
            *i += 1;
        }
    }
}

pub(super) fn local(name: &str, ty: Ty) -> Local {
    Local {
        name: name.to_string(),
        ty,
        is_param: true,
        str_builder: false,
        cell: CellKind::None,
    }
}

pub(super) fn load(l: LocalId, ty: Ty, span: Span) -> Expr {
    mk(ty, span, ExprKind::Load(Place::Local(l)))
}

/// What the checker knows about the method whose body it is checking.
#[derive(Clone, Copy, Debug)]
pub(super) struct MethodCtx {
    pub class: ClassId,
    pub kind: MethodKind,
    pub is_init: bool,
}

impl Checker {
    /// The `class` statement at run time: assigns the class constants.
    pub(super) fn class_statement(
        &mut self,
        def: &ast::ClassDef,
        scope: &mut Scope,
        out: &mut Vec<Stmt>,
    ) -> R<()> {
        let Some(Binding::Class(c)) = self.names.get(&def.name.name).copied() else {
            return Ok(());
        };
        // The body runs in a frame of its own, named like the class, which
        // the module's frame reports at the `class` line without markers
        // (an empty span).
        let outer = out;
        let out = &mut Vec::new();
        let is_enum = self.enums.contains_key(&c);
        // Names the body has assigned so far resolve to the class's
        // attributes while the rest of the body runs (CPython looks in the
        // class namespace before the globals), so they shadow the scope's
        // bindings until the statement ends.
        let mut shadowed: Vec<(String, Option<Binding>)> = Vec::new();
        let result = self.class_body(c, def, is_enum, scope, out, &mut shadowed);
        for (n, old) in shadowed.into_iter().rev() {
            match old {
                Some(b) => scope.imports.insert(n, b),
                None => scope.imports.remove(&n),
            };
        }
        result?;
        if is_enum {
            self.enum_statement(c, def.name.span, out);
        }
        if !out.is_empty() {
            let at = def.name.span.start;
            outer.push(Stmt::Frame {
                name: nested_classes::short_name(&def.name.name).to_string(),
                span: Span::new(at, at),
                body: std::mem::take(out),
            });
        }
        self.bind_class(c, def.name.span, outer);
        Ok(())
    }

    /// The statements of a class body (see [`Checker::class_statement`]).
    fn class_body(
        &mut self,
        c: ClassId,
        def: &ast::ClassDef,
        is_enum: bool,
        scope: &mut Scope,
        out: &mut Vec<Stmt>,
        shadowed: &mut Vec<(String, Option<Binding>)>,
    ) -> R<()> {
        let mut bind = |n: &str, g: GlobalId, scope: &mut Scope| {
            let old = scope.imports.insert(n.to_string(), Binding::Global(g));
            shadowed.push((n.to_string(), old));
        };
        for s in &def.body {
            match &s.kind {
                // Enum members are made after the body (`enums.rs`).
                ast::StmtKind::Assign { .. } if is_enum => {}
                ast::StmtKind::ClassDef(d) => self.nested_class_statement(d, scope, out)?,
                ast::StmtKind::FunctionDef(f)
                    if self.classes[c.index()].decorated.contains_key(&f.name.name) =>
                {
                    self.decorated_method_value(c, f, scope, out)?;
                }
                ast::StmtKind::FunctionDef(f) => {
                    let Some(m) = self.classes[c.index()].methods.get(&f.name.name).copied() else {
                        continue;
                    };
                    let Some(def) = self
                        .method_defs
                        .iter()
                        .find(|d| d.0 == m.func)
                        .map(|d| d.2.clone())
                    else {
                        continue;
                    };
                    let what = format!("{}.{}", self.classes[c.index()].name, f.name.name);
                    self.eval_defaults(m.func, &def, &what, scope, out)?;
                }
                ast::StmtKind::Assign { targets, value } => {
                    let v = self.expr(value, scope)?;
                    for t in targets {
                        let ast::ExprKind::Name(n) = &t.kind else {
                            continue;
                        };
                        let g = self.classes[c.index()].consts[n];
                        let v = match self.globals[g.index()].ty.clone() {
                            Some(ty) => self.expect(v.clone(), &ty, "class attribute")?,
                            None => {
                                self.globals[g.index()].ty = Some(v.ty.clone());
                                v.clone()
                            }
                        };
                        self.module_assigned.insert(g);
                        out.push(Stmt::Assign(Target::Place(Place::Global(g)), v));
                        bind(n, g, scope);
                    }
                }
                ast::StmtKind::AnnAssign {
                    target,
                    value: Some(value),
                    ..
                } => {
                    let ast::ExprKind::Name(n) = &target.kind else {
                        continue;
                    };
                    let Some(&g) = self.classes[c.index()].consts.get(n) else {
                        continue;
                    };
                    let ty = self.globals[g.index()].ty.clone().unwrap_or(Ty::None);
                    let v = self.expr(value, scope)?;
                    let v = self.expect(v, &ty, "class attribute")?;
                    self.module_assigned.insert(g);
                    out.push(Stmt::Assign(Target::Place(Place::Global(g)), v));
                    bind(n, g, scope);
                }
                _ => {}
            }
        }
        Ok(())
    }
}

impl Checker {
    /// Iteration over an object: `__iter__()` once, then `__next__()`
    /// until it raises `StopIteration`.
    pub(super) fn protocol_iter(&mut self, v: Expr) -> R<(Iter, Ty)> {
        let span = v.span;
        let t = v.ty.clone();
        let Some(it) = self.dunder_call("__iter__", v, vec![], span)? else {
            return err(Kind::Type, span, format!("'{t}' object is not iterable"));
        };
        if let Ty::Gen(y, ..) = self.resolve(&it.ty) {
            // `__iter__` written as a generator.
            return Ok((Iter::Gen(it), *y));
        }
        let Ty::Class(ic) = self.resolve(&it.ty) else {
            return err(
                Kind::Type,
                span,
                "__iter__ must return an object with __next__",
            );
        };
        // The receiver of `__next__` is read from a hidden variable that
        // the generated loop fills with the iterator.
        let holder = LocalId(u32::MAX);
        let recv = mk(Ty::Class(ic), span, ExprKind::Load(Place::Local(holder)));
        let Some(next) = self.dunder_call("__next__", recv, vec![], span)? else {
            return err(
                Kind::Type,
                span,
                format!("iter() returned non-iterator of type '{}'", it.ty),
            );
        };
        let elem = next.ty.clone();
        Ok((
            Iter::Protocol {
                iter: it,
                holder,
                next,
            },
            elem,
        ))
    }
}
