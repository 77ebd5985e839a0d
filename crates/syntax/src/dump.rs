//! The text dump of the syntax tree (`--emit ast`).
//!
//! The layout is that of `{:#?}`, but produced from the one-line `{:?}`
//! text in a single pass: the standard library's pretty printer indents
//! through nested adapters, so each character it writes costs as much as
//! the nesting depth, which made the dump of a long `elif` chain take
//! seconds.

use crate::ast::Module;

/// The syntax tree of a module as indented text, one field per line.
pub fn dump(module: &Module) -> String {
    indent_debug(&format!("{module:?}"))
}

/// Re-indents the compact `Debug` text of a value: every non-empty `{...}`,
/// `(...)` and `[...]` puts its items on lines of their own, one level
/// deeper, each followed by a comma. String and character literals are
/// copied unchanged.
fn indent_debug(compact: &str) -> String {
    let bytes = compact.as_bytes();
    let mut out = String::with_capacity(compact.len() * 2);
    let mut depth = 0usize;
    let mut i = 0;
    let newline = |out: &mut String, depth: usize| {
        out.push('\n');
        for _ in 0..depth {
            out.push_str("    ");
        }
    };
    while i < bytes.len() {
        let c = bytes[i];
        match c {
            b'"' | b'\'' => {
                // A literal: copy up to the matching unescaped quote.
                let start = i;
                i += 1;
                while i < bytes.len() && bytes[i] != c {
                    i += if bytes[i] == b'\\' { 2 } else { 1 };
                }
                i = (i + 1).min(bytes.len());
                out.push_str(&compact[start..i]);
                continue;
            }
            b'{' | b'(' | b'[' => {
                let close = match c {
                    b'{' => b'}',
                    b'(' => b')',
                    _ => b']',
                };
                // `{ }` never occurs in compact output; `()` and `[]` do.
                if bytes.get(i + 1) == Some(&close) {
                    out.push(c as char);
                    out.push(close as char);
                    i += 2;
                    continue;
                }
                out.push(c as char);
                depth += 1;
                newline(&mut out, depth);
                i += 1;
                if c == b'{' && bytes.get(i) == Some(&b' ') {
                    i += 1;
                }
                continue;
            }
            b'}' | b')' | b']' => {
                // Drop the space before `}` and close the last item.
                while out.ends_with(' ') {
                    out.pop();
                }
                out.push(',');
                depth = depth.saturating_sub(1);
                newline(&mut out, depth);
                out.push(c as char);
            }
            b',' if bytes.get(i + 1) == Some(&b' ') => {
                out.push(',');
                newline(&mut out, depth);
                i += 2;
                continue;
            }
            _ => {
                // Copy a whole UTF-8 character.
                let len = compact[i..].chars().next().map_or(1, char::len_utf8);
                out.push_str(&compact[i..i + len]);
                i += len;
                continue;
            }
        }
        i += 1;
    }
    out.push('\n');
    out
}

#[cfg(test)]
mod tests {
    use super::indent_debug;

    #[derive(Debug)]
    #[allow(dead_code)]
    enum Tree {
        Leaf(String, char),
        Node {
            name: &'static str,
            kids: Vec<Tree>,
            none: Vec<u8>,
            unit: (),
        },
    }

    #[test]
    fn same_layout_as_the_standard_pretty_printer() {
        let t = Tree::Node {
            name: "a, {b} (c) [d] \"e\"",
            kids: vec![
                Tree::Leaf("x, y".into(), '('),
                Tree::Leaf("\\\"".into(), '\''),
                Tree::Node {
                    name: "",
                    kids: vec![],
                    none: vec![1, 2],
                    unit: (),
                },
            ],
            none: vec![],
            unit: (),
        };
        assert_eq!(indent_debug(&format!("{t:?}")), format!("{t:#?}\n"));
    }
}
