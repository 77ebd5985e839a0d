//! Dropping ruff's syntax tree without deep recursion.
//!
//! ruff's parser grows its stack on demand, so it happily builds trees as
//! deep as its input (`x = ----...1` with a million minus signs), but the
//! tree's compiler-generated `Drop` recurses once per level and overflows the
//! thread's stack on such a tree. [`teardown`] takes the tree apart bottom-up
//! instead: every node is replaced by a leaf once its children have been,
//! and the walk itself grows the stack on demand like the parser does, so
//! what is left to drop is flat.

use ruff_python_ast::visitor::transformer::{self as walk, Transformer};
use ruff_python_ast::{self as r, AtomicNodeIndex};
use ruff_text_size::TextRange;

/// Drops a module's statements using a bounded amount of the thread's stack.
pub(crate) fn teardown(mut body: r::Suite) {
    Flatten.visit_body(&mut body);
}

struct Flatten;

impl Transformer for Flatten {
    fn visit_stmt(&self, stmt: &mut r::Stmt) {
        crate::with_stack(|| walk::walk_stmt(self, stmt));
        *stmt = r::Stmt::Pass(r::StmtPass {
            node_index: AtomicNodeIndex::default(),
            range: TextRange::default(),
        });
    }

    fn visit_expr(&self, expr: &mut r::Expr) {
        crate::with_stack(|| walk::walk_expr(self, expr));
        *expr = r::Expr::NoneLiteral(r::ExprNoneLiteral::default());
    }

    fn visit_pattern(&self, pattern: &mut r::Pattern) {
        crate::with_stack(|| walk::walk_pattern(self, pattern));
        *pattern = r::Pattern::MatchStar(r::PatternMatchStar {
            node_index: AtomicNodeIndex::default(),
            range: TextRange::default(),
            name: None,
        });
    }

    fn visit_interpolated_string_element(&self, element: &mut r::InterpolatedStringElement) {
        crate::with_stack(|| walk::walk_interpolated_string_element(self, element));
        *element = r::InterpolatedStringElement::Literal(r::InterpolatedStringLiteralElement {
            range: TextRange::default(),
            node_index: AtomicNodeIndex::default(),
            value: "".into(),
        });
    }
}

#[cfg(test)]
mod tests {
    /// Runs `f` on a thread with a 2 MiB stack (a test thread's default),
    /// a quarter of the main thread's.
    fn on_small_stack(f: impl FnOnce() + Send + 'static) {
        std::thread::Builder::new()
            .stack_size(2 * 1024 * 1024)
            .spawn(f)
            .unwrap()
            .join()
            .unwrap();
    }

    #[test]
    fn deep_unary_chain() {
        on_small_stack(|| {
            let src = format!("x = {}1\n", "-".repeat(200_000));
            let _ = crate::parse(&src);
        });
    }

    #[test]
    fn deep_binary_chain_with_syntax_error() {
        on_small_stack(|| {
            let src = format!("x = {}1 +\n", "a + ".repeat(100_000));
            let errs = crate::parse(&src).unwrap_err();
            assert_eq!(errs[0].kind, multigen_diag::Kind::Syntax);
        });
    }

    #[test]
    fn deep_lists_and_fstrings() {
        on_small_stack(|| {
            let n = 50_000;
            let src = format!("x = {}1{}\n", "[".repeat(n), "]".repeat(n));
            let _ = crate::parse(&src);
            let src = format!("x = {}1{}\n", "f'{".repeat(n), "}'".repeat(n));
            let _ = crate::parse(&src);
        });
    }
}
