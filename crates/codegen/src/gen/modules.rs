//! Separate compilation: one LLVM module per Python module.
//!
//! Every LLVM module is generated from the whole typed program but defines
//! only what its Python module owns (`Program::owners`): its functions,
//! its class descriptors and the struct of its globals. What it uses from
//! other modules is declared with the same symbol name, and the system
//! linker (AOT) or ORC (JIT) joins them.
//!
//! Symbols of the main module keep the names a single-file program has
//! (`py.f`, `class.C`, `__mg_globals`, `__mg_module_init`); those of an
//! imported module are mangled with its dotted name (`py.pkg.sub:f`,
//! `class.pkg.sub:C`, `__mg_globals.pkg.sub`, `__mg_init.pkg.sub`), so
//! that they depend only on the module itself. Function symbols are made
//! unique across the program (`.N` suffixes) so that a definition and its
//! declarations elsewhere agree. After every module is generated,
//! `internalize` gives internal linkage to each definition no other module
//! refers to, so that LLVM optimises them as before.

use super::*;
use std::collections::HashSet;

/// The symbol names of a program of several modules.
pub struct Symbols {
    funcs: Vec<String>,
}

impl Symbols {
    pub fn new(program: &Program) -> Symbols {
        let mut taken = HashSet::new();
        let mut funcs = Vec::new();
        for (i, f) in program.functions.iter().enumerate() {
            let m = &program.modules[program.owners.funcs[i] as usize];
            let base = if program.modules.iter().any(|m| m.init == FuncId(i as u32)) {
                init_symbol(m)
            } else if m.is_main {
                format!("py.{}", f.name)
            } else {
                format!("py.{}:{}", m.name, f.qualname)
            };
            let mut name = base.clone();
            let mut k = 1;
            while !taken.insert(name.clone()) {
                name = format!("{base}.{k}");
                k += 1;
            }
            funcs.push(name);
        }
        Symbols { funcs }
    }
}

/// The symbol of a module's body function.
fn init_symbol(m: &ModuleInfo) -> String {
    if m.is_main {
        crate::MODULE_INIT.to_string()
    } else {
        format!("__mg_init.{}", m.name)
    }
}

/// The symbol of the struct holding a module's globals.
pub(super) fn globals_symbol(m: &ModuleInfo) -> String {
    if m.is_main {
        "__mg_globals".to_string()
    } else {
        format!("__mg_globals.{}", m.name)
    }
}

/// The symbol of a user class's descriptor.
pub(super) fn class_symbol(program: &Program, c: ClassId) -> String {
    let m = &program.modules[program.owners.classes[c.index()] as usize];
    let name = &program.classes[c.index()].name;
    // The instances of a generic class share its name.
    let shared = program.classes.iter().filter(|k| &k.name == name).count() > 1;
    let name = if shared {
        format!("{name}.{}", c.index())
    } else {
        name.clone()
    };
    if m.is_main {
        format!("class.{name}")
    } else {
        format!("class.{}:{name}", m.name)
    }
}

/// Where each global lives: (module, field) of its value and of its
/// "assigned" flag, and the LLVM field types of each module's struct.
pub(super) struct GlobalLayout<'ctx> {
    pub(super) field: Vec<(usize, u32)>,
    pub(super) flag: Vec<Option<(usize, u32)>>,
    pub(super) structs: Vec<Vec<BasicTypeEnum<'ctx>>>,
}

impl<'ctx> GlobalLayout<'ctx> {
    /// Each module's struct holds the values of its globals, then their
    /// flags (the single struct of a one-module program, as before).
    pub(super) fn new(ctx: &'ctx Context, program: &Program) -> Self {
        let n = program.modules.len().max(1);
        let owner = |g: usize| program.owners.globals.get(g).map_or(0, |&m| m as usize);
        let mut structs: Vec<Vec<BasicTypeEnum>> = vec![Vec::new(); n];
        let mut field = Vec::new();
        let mut flag = Vec::new();
        for (i, g) in program.globals.iter().enumerate() {
            let m = owner(i);
            field.push((m, structs[m].len() as u32));
            structs[m].push(llvm_ty(ctx, &g.ty));
        }
        for (i, g) in program.globals.iter().enumerate() {
            let m = owner(i);
            if g.checked {
                flag.push(Some((m, structs[m].len() as u32)));
                structs[m].push(ctx.bool_type().into());
            } else {
                flag.push(None);
            }
        }
        GlobalLayout {
            field,
            flag,
            structs,
        }
    }
}

impl<'a, 'ctx> Gen<'a, 'ctx> {
    /// Whether the program is compiled as several LLVM modules.
    pub(super) fn separate(&self) -> bool {
        self.syms.is_some()
    }

    /// The Python module this LLVM module holds.
    pub(super) fn this_module(&self) -> &'a ModuleInfo {
        &self.program.modules[self.module_index]
    }

    /// Whether this LLVM module defines function `f`.
    pub(super) fn owns_func(&self, f: usize) -> bool {
        !self.separate() || self.program.owners.funcs[f] as usize == self.module_index
    }

    /// Whether this LLVM module defines the descriptor of class `c`.
    pub(super) fn owns_class(&self, c: usize) -> bool {
        !self.separate() || self.program.owners.classes[c] as usize == self.module_index
    }

    /// Whether `f` holds the body of some module.
    pub(super) fn is_module_init(&self, f: FuncId) -> bool {
        self.program.modules.iter().any(|m| m.init == f) || f == self.program.init
    }

    /// The symbol and linkage function `i` is declared with here.
    pub(super) fn func_symbol(&self, i: usize) -> (String, Linkage) {
        match self.syms {
            Some(s) => (s.funcs[i].clone(), Linkage::External),
            None if FuncId(i as u32) == self.program.init => {
                (crate::MODULE_INIT.to_string(), Linkage::External)
            }
            None => (
                format!("py.{}", self.program.functions[i].name),
                Linkage::Internal,
            ),
        }
    }

    /// An imported module's body runs once: its function returns at once
    /// when the module's flag says it has started already, and sets the
    /// flag otherwise (before running the body, as CPython registers the
    /// module in `sys.modules` first, which lets import cycles through).
    pub(super) fn run_once_guard(&mut self, fv: FunctionValue<'ctx>) {
        let m = self.this_module();
        let flag = self.module.add_global(
            self.ctx.bool_type(),
            Some(AddressSpace::default()),
            &format!("__mg_inited.{}", m.name),
        );
        flag.set_initializer(&self.ctx.bool_type().const_zero());
        flag.set_linkage(Linkage::Internal);
        let p = flag.as_pointer_value();
        let done = b!(self.builder.build_load(self.ctx.bool_type(), p, "inited")).into_int_value();
        let ret = self.ctx.append_basic_block(fv, "already");
        let run = self.ctx.append_basic_block(fv, "run");
        b!(self.builder.build_conditional_branch(done, ret, run));
        self.builder.position_at_end(ret);
        b!(self.builder.build_return(None));
        self.builder.position_at_end(run);
        b!(self
            .builder
            .build_store(p, self.ctx.bool_type().const_int(1, false)));
    }
}

/// Gives internal linkage to every definition that no other module uses
/// (the entry points excepted), so that LLVM may optimise it as it does
/// in a single-file program.
pub fn internalize(modules: &[Module]) {
    let mut used = HashSet::new();
    for m in modules {
        for f in m.get_functions() {
            if f.count_basic_blocks() == 0
                && f.as_global_value()
                    .as_pointer_value()
                    .get_first_use()
                    .is_some()
            {
                used.insert(f.get_name().to_string_lossy().into_owned());
            }
        }
        for g in m.get_globals() {
            if g.get_initializer().is_none() && g.as_pointer_value().get_first_use().is_some() {
                used.insert(g.get_name().to_string_lossy().into_owned());
            }
        }
    }
    let entry = |n: &str| {
        n == crate::MODULE_INIT
            || n == "main"
            || n == crate::CATCH
            || n.starts_with(crate::ENTRY_PREFIX)
            || n.starts_with(crate::SIG_PREFIX)
    };
    for m in modules {
        for f in m.get_functions() {
            let n = f.get_name().to_string_lossy().into_owned();
            if f.count_basic_blocks() > 0
                && f.get_linkage() == Linkage::External
                && !used.contains(&n)
                && !entry(&n)
            {
                f.set_linkage(Linkage::Internal);
            }
        }
        for g in m.get_globals() {
            let n = g.get_name().to_string_lossy().into_owned();
            if g.get_initializer().is_some()
                && g.get_linkage() == Linkage::External
                && !used.contains(&n)
                && !entry(&n)
            {
                g.set_linkage(Linkage::Internal);
            }
        }
    }
}
