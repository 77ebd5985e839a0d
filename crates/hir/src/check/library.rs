//! Modules of multigen's library in typed Python (`lib/`, loaded by the
//! driver like the program's own modules and marked as library modules).
//!
//! They differ from the program's modules in two ways only:
//!
//! * **Primitives.** A library module may write `from _multigen import
//!   extern` and bind a stub to a runtime function:
//!
//!   ```python
//!   @extern
//!   def monotonic() -> float: ...        # calls mg_time_monotonic
//!
//!   @extern("mg_io_write_stdout")
//!   def _write(s: str) -> None: ...
//!   ```
//!
//!   The bare form names `mg_<module>_<function>`. The function must be
//!   declared in the runtime's interface (`runtime/src/interface.rs`), and
//!   its ABI must follow the stub's annotations: `int` and `bool` are
//!   `i64`, `float` is `f64`, `None` as the result is `void`, everything
//!   else (`str`, containers, objects) a pointer, as `RtArg::Value` passes
//!   them. The stub's body is replaced by the call of the runtime function
//!   with the parameters, an ordinary function LLVM inlines. `_multigen`
//!   is not a module: the program's own modules cannot import it (the
//!   driver reports CPython's `No module named '_multigen'`).
//!
//! * **Frames.** CPython implements most of its standard library in C (or
//!   accelerates the `.py` modules with C: `_heapq`, `_bisect`), so its
//!   tracebacks show no frame inside `heapq.heappop` or `sys.exit`. Every
//!   function of a library module (nested functions and lambdas included)
//!   therefore records no traceback frame and does not count towards the
//!   recursion depth (`Function::frame`); an exception it raises is
//!   reported at the caller's line.

use super::*;
use multigen_runtime::interface::{decls, AbiTy, Decl};

/// Library modules that CPython also registers under a second, dotted
/// name: its `os` puts `posixpath` in `sys.modules` as `os.path`, so
/// `import os.path` and `from os.path import join` name that module.
const ALIASES: &[(&str, &str)] = &[("os.path", "posixpath")];

/// The library module that the dotted name `name` stands for, if it is
/// one of `ALIASES`.
pub fn library_alias(name: &str) -> Option<&'static str> {
    ALIASES.iter().find(|(a, _)| *a == name).map(|(_, m)| *m)
}

/// The second names of library module `name`.
pub(super) fn aliases_of(name: &str) -> impl Iterator<Item = &'static str> + '_ {
    ALIASES
        .iter()
        .filter(move |(_, m)| *m == name)
        .map(|(a, _)| *a)
}

/// What the checker keeps about library modules.
#[derive(Default)]
pub(super) struct LibState {
    /// The runtime function each `@extern` stub is bound to, by the span
    /// of the stub's name.
    externs: HashMap<Span, &'static Decl>,
}

/// The name of the primitives' pseudo-module.
const INTRINSICS: &str = "_multigen";

/// What a decorator says about binding its function to the runtime:
/// `Some(None)` for a bare `@extern`, `Some(Some(name))` for
/// `@extern("name")`, `None` for any other decorator.
fn extern_decorator(d: &ast::Expr, names: &HashSet<String>) -> Option<Option<String>> {
    match &d.kind {
        ast::ExprKind::Name(n) if names.contains(n) => Some(None),
        ast::ExprKind::Call { func, args, .. } => match (&func.kind, args.as_slice()) {
            (ast::ExprKind::Name(n), [a]) if names.contains(n) => match &a.kind {
                ast::ExprKind::Str(s) => Some(Some(s.clone())),
                _ => None,
            },
            _ => None,
        },
        _ => None,
    }
}

/// The ABI type a value of type `t` is passed with.
fn abi_of(t: &Ty) -> AbiTy {
    match t {
        Ty::Int | Ty::Bool => AbiTy::I64,
        Ty::Float => AbiTy::F64,
        Ty::None => AbiTy::Void,
        _ => AbiTy::Ptr,
    }
}

impl Checker {
    /// Library module `m`'s syntax tree without its `_multigen` imports
    /// and `@extern` decorators, the stubs' runtime functions recorded.
    pub(super) fn strip_intrinsics(&mut self, m: usize, module: &ast::Module) -> ast::Module {
        let mut out = module.clone();
        let mut names = HashSet::new();
        let mut errors = Vec::new();
        out.body.retain(|s| match &s.kind {
            ast::StmtKind::ImportFrom {
                module, names: ns, ..
            } if module.name == INTRINSICS => {
                for (n, alias) in ns {
                    if n.name == "extern" {
                        names.insert(alias.as_ref().unwrap_or(n).name.clone());
                    } else {
                        errors.push(Diagnostic::new(
                            Kind::Import,
                            n.span,
                            format!("cannot import name '{}' from '{INTRINSICS}'", n.name),
                        ));
                    }
                }
                false
            }
            ast::StmtKind::Import(ns) if ns.iter().any(|(n, _)| n.name == INTRINSICS) => {
                errors.push(Diagnostic::new(
                    Kind::Unsupported,
                    s.span,
                    format!("write `from {INTRINSICS} import extern`"),
                ));
                false
            }
            _ => true,
        });
        let module_name = self.modules.info[m].name.replace('.', "_");
        for s in &mut out.body {
            let ast::StmtKind::FunctionDef(def) = &mut s.kind else {
                continue;
            };
            let mut bound = None;
            def.decorators
                .retain(|d| match extern_decorator(d, &names) {
                    Some(name) => {
                        bound = Some(name);
                        false
                    }
                    None => true,
                });
            let Some(name) = bound else { continue };
            let name = name.unwrap_or_else(|| format!("mg_{module_name}_{}", def.name.name));
            match decls().find(|d| d.name == name) {
                Some(d) => {
                    self.lib.externs.insert(def.name.span, d);
                }
                None => errors.push(Diagnostic::new(
                    Kind::Name,
                    def.name.span,
                    format!("@extern: the runtime has no function named '{name}'"),
                )),
            }
        }
        self.errors.extend(errors);
        out
    }

    /// Whether `def` is an `@extern` stub (its body is not checked).
    pub(super) fn is_extern(&self, def: &ast::FunctionDef) -> bool {
        self.lib.externs.contains_key(&def.name.span)
    }

    /// The body of an `@extern` stub: the call of its runtime function
    /// with the parameters, after checking that the function's ABI
    /// follows the stub's annotations.
    pub(super) fn extern_body(
        &mut self,
        def: &ast::FunctionDef,
        sig: &Sig,
        params: &[LocalId],
    ) -> Vec<Stmt> {
        let decl = self.lib.externs[&def.name.span];
        let span = def.name.span;
        let want: Vec<AbiTy> = sig.params.iter().map(|p| abi_of(&p.ty)).collect();
        if want != decl.params || abi_of(&sig.ret) != decl.ret {
            self.report(Diagnostic::new(
                Kind::Type,
                span,
                format!(
                    "@extern: the annotations of '{}' give the ABI {:?} -> {:?}, but the runtime's '{}' is {:?} -> {:?}",
                    def.name.name,
                    want,
                    abi_of(&sig.ret),
                    decl.name,
                    decl.params,
                    decl.ret
                ),
            ));
            return vec![];
        }
        let args = sig
            .params
            .iter()
            .zip(params)
            .map(|(p, l)| RtArg::Value(classes::load(*l, p.ty.clone(), span)))
            .collect();
        let call = rt(sig.ret.clone(), span, decl.name, args);
        if sig.ret == Ty::None {
            vec![Stmt::Expr(call), Stmt::Return(None)]
        } else {
            vec![Stmt::Return(Some(call))]
        }
    }

    /// The module whose source holds `span` (the current one for spans
    /// the checker made up).
    pub(super) fn module_of_span(&self, span: Span) -> usize {
        if span == Span::default() {
            return self.modules.cur;
        }
        self.modules
            .info
            .iter()
            .enumerate()
            .filter(|(_, m)| m.base <= span.start)
            .max_by_key(|(_, m)| m.base)
            .map_or(self.modules.cur, |(i, _)| i)
    }

    /// Whether module `m` is one of the library's.
    pub(super) fn is_library(&self, m: usize) -> bool {
        self.modules.library.get(m).copied().unwrap_or(false)
    }

    /// Library functions record no traceback frames (see the module
    /// documentation); their module bodies keep theirs.
    pub(super) fn library_frames(&mut self) {
        if !self.modules.library.iter().any(|l| *l) {
            return;
        }
        for i in 0..self.functions.len() {
            let Some(span) = self.functions[i].as_ref().map(|f| f.span) else {
                continue;
            };
            if span != Span::default() && self.is_library(self.module_of_span(span)) {
                if let Some(f) = self.functions[i].as_mut() {
                    f.frame = false;
                }
            }
        }
    }

    /// The refusal of a name that library module `m` does not define.
    pub(super) fn unsupported_library_name(&self, m: usize, attr: &str, span: Span) -> Diagnostic {
        Diagnostic::new(
            Kind::Unsupported,
            span,
            format!(
                "'{attr}' of module '{}' is not supported by multigen (docs/stdlib.md lists the supported names)",
                self.modules.info[m].name
            ),
        )
    }
}
