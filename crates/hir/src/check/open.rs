//! The builtin `open` and the file types (`typing.TextIO`, `IO[str]`,
//! `io.TextIOWrapper`).
//!
//! CPython's `open` is `_io.open`, which multigen's library writes in typed
//! Python (`lib/_io.py`); the driver loads `_io` for every module whose
//! text may use it. A call of the builtin (not shadowed by a program's own
//! `open`) becomes a call of `_io:open`, the cross-module name of
//! `imports.rs`, and the file types name `_io`'s `TextIOWrapper` class, so
//! a file object is an ordinary instance of a library class. What the
//! library cannot do yet is refused here, at the argument that asks for
//! it: binary modes (multigen has no `bytes`), encodings other than
//! UTF-8, and the newline modes other than `None` and `'\n'`.

use super::*;

/// The library module of `open` (`driver::library::IO`).
const IO: &str = "_io";

/// The encodings `open` accepts: UTF-8 under CPython's spellings.
fn is_utf8(name: &str) -> bool {
    matches!(
        name.to_ascii_lowercase().replace('_', "-").as_str(),
        "utf-8" | "utf8" | "u8" | "utf"
    )
}

impl Checker {
    /// Whether `_io` is one of the program's modules (the driver loaded it).
    pub(super) fn io_loaded(&self) -> bool {
        self.modules.index.contains_key(IO)
    }

    /// The type a file annotation names: `TextIO`, `TextIOWrapper`,
    /// `IO[str]` (`base` is `IO`), when the program does not define the
    /// name itself.
    pub(super) fn file_type(&self, n: &str) -> Option<Ty> {
        if !matches!(n, "TextIO" | "TextIOWrapper" | "IO") || self.global_binding(n).is_some() {
            return None;
        }
        match self.global_binding(&format!("{IO}:TextIOWrapper")) {
            Some(Binding::Class(c)) => Some(Ty::Class(c)),
            _ => None,
        }
    }

    /// A call of the builtin `open` (`_io` being loaded).
    pub(super) fn open_call(
        &mut self,
        func: &ast::Expr,
        args: &[ast::Expr],
        keywords: &[ast::Keyword],
        span: Span,
        scope: &mut Scope,
    ) -> R<Expr> {
        let lit = |e: &ast::Expr| match &e.kind {
            ast::ExprKind::Str(s) => Some(s.clone()),
            _ => None,
        };
        let arg = |pos: usize, name: &str| {
            keywords
                .iter()
                .find(|k| k.name.name == name)
                .map(|k| &k.value)
                .or_else(|| args.get(pos))
        };
        if let Some(m) = arg(1, "mode") {
            if lit(m).is_some_and(|s| s.contains('b')) {
                return err(
                    Kind::Unsupported,
                    m.span,
                    "binary file modes are not supported by multigen yet (it has no bytes type); open the file in text mode",
                );
            }
        }
        if let Some(e) = arg(3, "encoding") {
            if let Some(name) = lit(e).filter(|s| !is_utf8(s)) {
                return err(
                    Kind::Unsupported,
                    e.span,
                    format!(
                        "the encoding '{name}' is not supported by multigen yet (files are UTF-8)"
                    ),
                );
            }
        }
        if let Some(e) = arg(5, "newline") {
            if let Some(nl) = lit(e).filter(|s| s != "\n") {
                return err(
                    Kind::Unsupported,
                    e.span,
                    format!("newline={nl:?} is not supported by multigen yet (None and '\\n' are)"),
                );
            }
        }
        let target = ast::Expr {
            span: func.span,
            kind: ast::ExprKind::Name(format!("{IO}:open")),
        };
        let call = ast::Expr {
            span,
            kind: ast::ExprKind::Call {
                func: Box::new(target),
                args: args.to_vec(),
                keywords: keywords.to_vec(),
            },
        };
        self.expr(&call, scope)
    }
}
