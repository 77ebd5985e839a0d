//! Programs of several modules: the order in which the checker goes
//! through them, and the state each module has of its own.
//!
//! One checker checks the whole program into one set of arenas (functions,
//! globals, classes), so that ids stay unique and a module refers to the
//! items of the modules it imports directly. What belongs to a module's
//! namespace (its names, imports, decorated functions, type variables,
//! the globals its body has assigned so far) lives in `ModState`; the
//! state of the module being checked sits in the checker's own fields and
//! the others are kept here, swapped in by `enter_module`.
//!
//! The modules arrive in dependency order (every module after those it
//! imports, except along an import cycle; the main module last). First
//! every module's names are declared (its classes, function signatures,
//! globals), in that order, so that a module sees the classes and
//! signatures of what it imports; then every module's body, functions and
//! methods are checked, in the same order, so that the types of the
//! globals a module reads from another are known. Finally each item is
//! given its owner, the module whose LLVM module defines it.

use super::*;

/// One module handed to the checker.
pub struct ModuleInput<'a> {
    /// The dotted name (`pkg.sub`); `__main__` for the main module.
    pub name: String,
    pub module: &'a ast::Module,
    /// A package (`pkg/__init__.py`): its relative imports are relative to
    /// itself.
    pub is_package: bool,
    /// The file and text, for tracebacks.
    pub source: Source,
    /// Where the module's spans start in the program's source map.
    pub base: u32,
    /// Whether the module is part of an import cycle: reads of its
    /// globals from other modules are then always checked, since those
    /// may run while it is only partly initialised.
    pub cyclic: bool,
    /// A module of multigen's library (`lib/`): it may use the primitives
    /// of `_multigen`, and its functions record no traceback frames.
    pub library: bool,
}

/// The part of the checker's state that belongs to one module.
#[derive(Default)]
pub(super) struct ModState {
    names: HashMap<String, Binding>,
    decorated: HashMap<String, (FuncId, GlobalId)>,
    type_params: HashMap<String, bool>,
    generics: HashMap<String, ast::FunctionDef>,
    instances: HashMap<String, FuncId>,
    generics_defined: HashSet<String>,
    iterable_defs: HashMap<String, ast::FunctionDef>,
    protocols: HashMap<String, protocols::Proto>,
    type_restrictions: HashMap<String, protocols::Restriction>,
    generic_classes: HashMap<String, (ast::ClassDef, Vec<String>)>,
    class_instances: HashMap<String, ClassId>,
    dc_imports: HashSet<(String, String)>,
    module_assigned: AssignedGlobals,
    safe_in_functions: Option<HashSet<GlobalId>>,
    saw_call: bool,
    foreign_templates: HashMap<String, (usize, String)>,
}

/// The program's modules as the checker sees them.
#[derive(Default)]
pub(super) struct Modules {
    /// Name, package-ness, cycle membership and source of each module.
    pub(super) info: Vec<ModuleInfo>,
    pub(super) is_package: Vec<bool>,
    pub(super) cyclic: Vec<bool>,
    /// Whether each module is one of multigen's library (`library.rs`).
    pub(super) library: Vec<bool>,
    /// Module index by dotted name.
    pub(super) index: HashMap<String, usize>,
    /// The saved state of every module but the current one.
    saved: Vec<ModState>,
    /// The module being checked.
    pub(super) cur: usize,
    /// The `def` statements each module declared: a range of `defs`.
    defs: Vec<std::ops::Range<usize>>,
    /// The owner of every function, global and class created so far.
    owners: Owners,
    /// The number of `defs` after every module's declarations, and up to
    /// where the later ones (instances of generic functions) are checked.
    declared_defs: usize,
    checked_defs: usize,
    /// The modules each module's top-level imports bind, by name.
    pub(super) aliases: Vec<HashMap<String, String>>,
}

impl Checker {
    /// Makes module `m` the current one: its names, imports and
    /// assignments replace those of the module checked before.
    pub(super) fn enter_module(&mut self, m: usize) {
        self.sync_owners();
        if m == self.modules.cur {
            return;
        }
        let cur = self.modules.cur;
        let mut st = std::mem::take(&mut self.modules.saved[m]);
        self.swap_state(&mut st);
        self.modules.saved[cur] = st;
        self.modules.cur = m;
    }

    fn swap_state(&mut self, st: &mut ModState) {
        std::mem::swap(&mut self.names, &mut st.names);
        std::mem::swap(&mut self.decorated, &mut st.decorated);
        std::mem::swap(&mut self.type_params, &mut st.type_params);
        std::mem::swap(&mut self.generics, &mut st.generics);
        std::mem::swap(&mut self.instances, &mut st.instances);
        std::mem::swap(&mut self.generics_defined, &mut st.generics_defined);
        std::mem::swap(&mut self.iterable_defs, &mut st.iterable_defs);
        std::mem::swap(&mut self.protocols, &mut st.protocols);
        std::mem::swap(&mut self.type_restrictions, &mut st.type_restrictions);
        std::mem::swap(&mut self.generic_classes, &mut st.generic_classes);
        std::mem::swap(&mut self.class_instances, &mut st.class_instances);
        std::mem::swap(&mut self.dc_imports, &mut st.dc_imports);
        std::mem::swap(&mut self.module_assigned, &mut st.module_assigned);
        std::mem::swap(&mut self.safe_in_functions, &mut st.safe_in_functions);
        std::mem::swap(&mut self.saw_call, &mut st.saw_call);
        std::mem::swap(&mut self.foreign_templates, &mut st.foreign_templates);
    }

    /// Items created since the last call belong to the current module.
    fn sync_owners(&mut self) {
        let cur = self.modules.cur as u32;
        let o = &mut self.modules.owners;
        o.funcs.resize(self.functions.len(), cur);
        o.globals.resize(self.globals.len(), cur);
        o.classes.resize(self.classes.len(), cur);
    }

    /// The names module `m` defines at its top level.
    pub(super) fn module_names(&self, m: usize) -> &HashMap<String, Binding> {
        if m == self.modules.cur {
            &self.names
        } else {
            &self.modules.saved[m].names
        }
    }

    /// What a module-level name refers to: one of the current module's,
    /// or `module:attr`, the name the import pass (`imports.rs`) gives an
    /// attribute of an imported module (`util.f`, `pkg.sub.X`).
    pub(super) fn global_binding(&self, name: &str) -> Option<Binding> {
        if let Some(b) = self.names.get(name) {
            return Some(*b);
        }
        let (module, attr) = name.split_once(':')?;
        let m = *self.modules.index.get(module)?;
        if attr.is_empty() {
            return Some(Binding::Module(m as u32));
        }
        self.module_names(m).get(attr).copied()
    }

    /// What `name` is in module `m` when it is a template that only its
    /// own module can instantiate (a generic function, a protocol, a
    /// generic class), for the refusal of its import.
    pub(super) fn template_in(&self, m: usize, name: &str) -> Option<&'static str> {
        let (generics, protocols, classes) = if m == self.modules.cur {
            (&self.generics, &self.protocols, &self.generic_classes)
        } else {
            let st = &self.modules.saved[m];
            (&st.generics, &st.protocols, &st.generic_classes)
        };
        if generics.contains_key(name) {
            Some("the generic function")
        } else if protocols.contains_key(name) {
            Some("the protocol")
        } else if classes.contains_key(name) {
            Some("the generic class")
        } else {
            None
        }
    }

    /// The refusal of a use of template `name` of module `m` from another
    /// module, if it is one.
    pub(super) fn foreign_template(&self, m: usize, name: &str, span: Span) -> Option<Diagnostic> {
        let what = self.template_in(m, name)?;
        let msg = if what == module_templates::GENERIC_FUNCTION {
            format!("the generic function '{name}' of another module can only be called directly in multigen (it is instantiated per call), not used as a value")
        } else {
            format!("using {what} '{name}' from another module is not supported by multigen yet (templates are instantiated in their own module only)")
        };
        Some(Diagnostic::new(Kind::Unsupported, span, msg))
    }

    /// The error for a name that resolves to nothing: an attribute that
    /// an imported module does not define, or an undefined name.
    pub(super) fn undefined(&self, name: &str, span: Span) -> Diagnostic {
        // A name whose import was refused is not a second error.
        if self.failed_targets.contains(name) {
            return Diagnostic::new(Kind::Name, span, KNOCK_ON);
        }
        if let Some((module, attr)) = name.split_once(':') {
            if let Some(d) = self
                .modules
                .index
                .get(module)
                .and_then(|m| self.foreign_template(*m, attr, span))
            {
                return d;
            }
        }
        if let Some((m, name)) = self.foreign_templates.get(name) {
            return self
                .foreign_template(*m, name, span)
                .expect("a generic function");
        }
        match name.split_once(':') {
            Some((module, attr))
                if self
                    .modules
                    .index
                    .get(module)
                    .is_some_and(|m| self.is_library(*m)) =>
            {
                self.unsupported_library_name(self.modules.index[module], attr, span)
            }
            Some((module, attr)) => Diagnostic::new(
                Kind::Name,
                span,
                format!("module '{module}' has no attribute '{attr}'"),
            ),
            None => Diagnostic::new(Kind::Name, span, format!("name '{name}' is not defined")),
        }
    }

    /// Whether global `g` of another module is always assigned when code
    /// of the current module reads it. A module that is not part of an
    /// import cycle has finished its body before any code of a module
    /// importing it runs, so what its body assigns unconditionally is
    /// set; along a cycle, nothing is known.
    pub(super) fn foreign_global_safe(&self, g: GlobalId) -> Option<bool> {
        let owner = *self.modules.owners.globals.get(g.index())? as usize;
        if owner == self.modules.cur {
            return None;
        }
        let st = &self.modules.saved[owner];
        Some(!self.modules.cyclic[owner] && st.module_assigned.contains(&g))
    }

    /// The dotted name of the current module, or None for the main one.
    pub(super) fn imported_module_name(&self) -> Option<&str> {
        let m = &self.modules.info[self.modules.cur];
        (!m.is_main).then_some(m.name.as_str())
    }

    /// The function holding the body of module `m`.
    pub(super) fn module_init(&self, m: usize) -> FuncId {
        self.modules.info[m].init
    }
}

/// Checks a program of several modules and lowers it to the typed IR.
pub fn check_program(inputs: &[ModuleInput]) -> Result<Program, Vec<Diagnostic>> {
    partial::with_hints(|hints| check_once(inputs, hints))
}

/// One check of the program, given what earlier ones learned about
/// partial `None` types (`partial.rs`); on failure, also what this one
/// learned.
fn check_once(inputs: &[ModuleInput], hints: HashMap<Span, Ty>) -> partial::Once {
    let mut cx = Checker::default();
    cx.partial.hints = hints;
    cx.builtin_classes();
    let builtin_names = std::mem::take(&mut cx.names);
    let n = inputs.len();
    cx.modules.saved = (0..n)
        .map(|_| ModState {
            names: builtin_names.clone(),
            ..ModState::default()
        })
        .collect();
    cx.modules.cur = n - 1;
    cx.modules.saved[n - 1] = ModState::default();
    cx.names = builtin_names;
    cx.modules.aliases = vec![HashMap::new(); n];
    for (i, m) in inputs.iter().enumerate() {
        cx.modules.index.insert(m.name.clone(), i);
        cx.modules.is_package.push(m.is_package);
        cx.modules.cyclic.push(m.cyclic);
        cx.modules.library.push(m.library);
        cx.modules.info.push(ModuleInfo {
            name: m.name.clone(),
            source: m.source.clone(),
            base: m.base,
            init: FuncId(0),
            is_main: i == n - 1,
        });
    }
    // The second names of library modules (`os.path`), which index the
    // same module.
    for (i, m) in inputs.iter().enumerate() {
        if m.library {
            for alias in super::library::aliases_of(&m.name) {
                cx.modules.index.insert(alias.to_string(), i);
            }
        }
    }
    // Attribute names assigned anywhere make annotated class attributes
    // instance attributes (`classes::assigned_attrs`), whichever module
    // assigns them.
    let mut asts = Vec::new();
    for (i, m) in inputs.iter().enumerate() {
        // A library module's primitives first: `typing_surface` must not
        // see the `_multigen` import.
        let stripped;
        let source = if m.library {
            stripped = cx.strip_intrinsics(i, m.module);
            &stripped
        } else {
            m.module
        };
        let (module, surface_errors) = typing_surface::normalize(source);
        cx.errors.extend(surface_errors);
        let mut module = module;
        cx.errors.extend(nested_classes::flatten(&mut module));
        let (module, cm_defs, cm_errors) = contextmanager::strip_decorators(&module);
        cx.cm_defs.extend(cm_defs);
        cx.errors.extend(cm_errors);
        cx.assigned_attrs.extend(classes::assigned_attrs(&module));
        asts.push(module);
    }
    // Declarations, in dependency order; each module's body function gets
    // its id now, since an import cycle calls it before it is checked.
    for (i, ast) in asts.iter_mut().enumerate() {
        cx.enter_module(i);
        *ast = cx.resolve_module_attrs(i, ast);
        let start = cx.defs.len();
        cx.program_init(ast);
        cx.modules.defs.push(start..cx.defs.len());
        let init = FuncId(cx.functions.len() as u32);
        cx.functions.push(None);
        // An imported module's body takes the number of frames CPython's
        // import machinery puts under it (`imports.rs`), which count
        // towards the recursion limit.
        let params = if cx.modules.info[i].is_main {
            vec![]
        } else {
            vec![ParamSig {
                name: ".import_frames".into(),
                ty: Ty::Int,
                default: None,
                keyword_only: false,
                positional_only: true,
                variadic: ast::Variadic::No,
            }]
        };
        cx.sigs.push(Sig {
            name: "<module>".into(),
            params,
            ret: Ty::None,
        });
        cx.modules.info[i].init = init;
    }
    // An exception of an imported module's class prints as
    // `module.Name: message`, as CPython names classes outside `__main__`.
    cx.sync_owners();
    for (c, &m) in cx.modules.owners.classes.iter().enumerate() {
        let info = &cx.modules.info[m as usize];
        if !info.is_main && !cx.classes[c].builtin {
            cx.classes[c].module = Some(info.name.clone());
        }
    }
    cx.modules.declared_defs = cx.defs.len();
    cx.publish_class_names();
    // Virtual tables of classes with several bases, before any call is
    // checked (`mro.rs`).
    cx.mi_vtables();
    cx.check_overrides();
    if !cx.errors.is_empty() {
        cx.partial_outcome();
        return Err(Box::new((cx.errors, cx.partial)));
    }
    for (i, ast) in asts.iter().enumerate() {
        cx.enter_module(i);
        cx.check_module(i, ast);
    }
    cx.sync_owners();
    cx.library_frames();
    cx.refuse_other_uses();
    cx.refuse_stub_calls();
    let mut classes = cx.finish_classes();
    cx.finish_types();
    cx.layout_fields(&mut classes);
    cx.choose_builders();
    // Fusion copies generator bodies as they are final; the loops it
    // leaves over fresh generators then get their `close()`.
    fuse::fuse_loops(&mut cx.functions);
    gen_close::close_abandoned(&mut cx.functions);
    cx.sync_owners();
    cx.partial_outcome();
    if !cx.errors.is_empty() {
        return Err(Box::new((cx.errors, cx.partial)));
    }
    if cx.partial.learned() {
        return Err(Box::new((vec![], cx.partial)));
    }
    let mut globals = Vec::new();
    for g in std::mem::take(&mut cx.globals) {
        // A global that is read but never assigned anywhere has no type:
        // the read was already reported when its type was needed.
        let ty = g.ty.clone();
        globals.push(Global {
            checked: g.checked || ty.is_none(),
            ty: ty.unwrap_or(Ty::None),
            name: g.name,
            str_builder: g.str_builder,
        });
    }
    let functions: Vec<Function> = cx.functions.into_iter().map(|f| f.unwrap()).collect();
    let mut owners = std::mem::take(&mut cx.modules.owners);
    let info = std::mem::take(&mut cx.modules.info);
    let mut program = Program {
        functions,
        globals,
        init: info[n - 1].init,
        classes,
        source: info[n - 1].source.clone(),
        modules: info,
        owners: Owners::default(),
        numtower: false,
    };
    program.numtower = numtower::stores_ints_in_floats(&program);
    // A function belongs to the module its code comes from: one created
    // while another module was checked (a method `@dataclass` generates
    // on demand, say) still carries its own module's spans.
    for (i, f) in program.functions.iter().enumerate() {
        if f.span != Span::default() && n > 1 {
            owners.funcs[i] = program.module_at(f.span.start) as u32;
        }
    }
    program.owners = owners;
    Ok(program)
}

impl Checker {
    /// Checks the body of module `m`, then its functions and methods.
    fn check_module(&mut self, m: usize, module: &ast::Module) {
        let init = self.module_init(m);
        let mut scope = Scope::module();
        let is_main = self.modules.info[m].is_main;
        let params = if is_main {
            vec![]
        } else {
            scope
                .locals
                .push(super::classes::local(".import_frames", Ty::Int));
            scope.local_types.push(Some(Ty::Int));
            vec![LocalId(0)]
        };
        let body = self.block(&module.body, &mut scope);
        // The module body's own locals are compiler temporaries
        // (comprehension variables and the like); its variables are
        // globals.
        let locals = scope
            .locals
            .into_iter()
            .zip(scope.local_types)
            .map(|(mut l, t)| {
                l.ty = t.unwrap_or(Ty::None);
                l
            })
            .collect();
        self.functions[init.index()] = Some(Function {
            name: "<module>".into(),
            class: None,
            exact_other: false,
            params,
            ret: Ty::None,
            locals,
            body,
            span: Span::default(),
            env: None,
            qualname: "<module>".into(),
            frame: true,
        });
        // Then every function body, in source order, and the instances
        // of generic functions that checking made (appended to `defs`
        // after every module's declarations).
        let todo: Vec<usize> = self.modules.defs[m].clone().collect();
        self.check_def_bodies(todo);
        // Then the classes' fields and methods, again as long as checking
        // makes instances of generic classes or functions.
        let (mut classes, mut methods) = (0, 0);
        loop {
            self.sync_owners();
            let mine =
                |cx: &Checker, c: usize| cx.modules.owners.classes.get(c) == Some(&(m as u32));
            let n = self.classes.len();
            for c in classes..n {
                if mine(self, c) {
                    self.ensure_fields(ClassId(c as u32));
                }
            }
            classes = n;
            let k = self.method_defs.len();
            let new: Vec<(FuncId, ClassId)> = self.method_defs[methods..k]
                .iter()
                .map(|d| (d.0, d.1))
                .collect();
            for (id, c) in new {
                if mine(self, c.index()) {
                    self.check_method(id);
                }
            }
            methods = k;
            // Methods may call generic functions too.
            self.check_def_bodies(vec![]);
            self.sync_owners();
            if self.classes.len() == classes && self.method_defs.len() == methods {
                break;
            }
        }
    }

    /// Checks the bodies of `defs[k]` for every `k` of `todo`, then those
    /// of the instances of generic functions made meanwhile (appended to
    /// `defs` after every module's declarations), until none is left.
    fn check_def_bodies(&mut self, mut todo: Vec<usize>) {
        loop {
            for k in todo {
                let (id, def) = self.defs[k].clone();
                // An instance of another module's generic function is
                // checked in its own module's namespace.
                let home = self.module_of_span(def.name.span);
                let back = self.modules.cur;
                self.enter_module(home);
                let f = self.function(id, &def);
                self.enter_module(back);
                self.functions[id.index()] = Some(f);
            }
            let start = self.modules.checked_defs.max(self.modules.declared_defs);
            if start >= self.defs.len() {
                break;
            }
            todo = (start..self.defs.len()).collect();
            self.modules.checked_defs = self.defs.len();
        }
    }
}
