//! The `with` statement, lowered to nested `Try` nodes carrying one context
//! manager each (`ast::WithItem` explains the shape); the checker turns each
//! into the context-manager protocol.

use super::*;

impl Lower<'_> {
    pub(super) fn with_stmt(&mut self, w: &r::StmtWith) -> Option<StmtKind> {
        if w.is_async {
            return self.unsup(w.range, "`async with`");
        }
        let stmt_span = span(w.range);
        let mut items = Vec::new();
        for item in &w.items {
            let context = self.expr(&item.context_expr);
            let target = match item.optional_vars.as_deref() {
                Some(t) => Some(self.expr(t)?),
                None => None,
            };
            items.push((context?, target, span(item.range)));
        }
        let mut body = self.block(&w.body);
        // The innermost manager wraps the body; each one before it wraps the
        // `try` of the next, so they exit in reverse order.
        for (context, target, item_span) in items.into_iter().rev() {
            let value_name = format!("with#{}", item_span.start);
            if let Some(target) = target {
                let value = Expr {
                    span: target.span,
                    kind: ExprKind::Name(value_name.clone()),
                };
                body.insert(
                    0,
                    Stmt {
                        span: target.span,
                        kind: StmtKind::Assign {
                            targets: vec![target],
                            value,
                        },
                    },
                );
            }
            let kind = StmtKind::Try(Try {
                body,
                handlers: vec![Handler {
                    span: stmt_span,
                    ty: None,
                    name: None,
                    body: Vec::new(),
                }],
                orelse: Vec::new(),
                finalbody: Vec::new(),
                with: Some(WithItem {
                    context,
                    stmt_span,
                    value_name,
                }),
            });
            body = vec![Stmt {
                span: stmt_span,
                kind,
            }];
        }
        body.pop().map(|s| s.kind)
    }
}
