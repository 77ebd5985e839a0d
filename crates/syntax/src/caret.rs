//! The column markers of Python 3.11 tracebacks (`~~~^^~~~`).
//!
//! CPython underlines the failing instruction's range of a source line;
//! when that range is a binary operation or a subscript, the operator (or
//! the bracketed index) gets `^` and the operands `~`. Which it is, CPython
//! finds by parsing the range's text on its own; so does this module, with
//! the same parser the compiler uses.

use ruff_python_ast as r;
use ruff_text_size::Ranged;

/// CPython's anchors for a one-line source segment: the character offsets
/// where the `^` part starts and ends, or `None` when the segment is not a
/// single binary operation or subscript expression.
pub fn anchors(segment: &str) -> Option<(usize, usize)> {
    let parsed = ruff_python_parser::parse_module(segment).ok()?;
    let [r::Stmt::Expr(e)] = parsed.suite().as_slice() else {
        return None;
    };
    let bytes = segment.as_bytes();
    let chars = |b: usize| segment.get(..b).map(|s| s.chars().count()).unwrap_or(b);
    match &*e.value {
        r::Expr::BinOp(b) => {
            let op_start = b.left.end().to_usize();
            let op_end = b.right.start().to_usize();
            let op = segment.get(op_start..op_end)?;
            let offset = op.len() - op.trim_start().len();
            let mut left = op_start + offset;
            let mut right = left + 1;
            if offset + 1 < op.len() && !op.as_bytes()[offset + 1].is_ascii_whitespace() {
                right += 1;
            }
            while left < bytes.len()
                && (bytes[left].is_ascii_whitespace() || bytes[left] == b')' || bytes[left] == b'#')
            {
                left += 1;
                right += 1;
            }
            Some((chars(left), chars(right)))
        }
        r::Expr::Subscript(s) => {
            // CPython works in (its) byte offsets here without converting.
            let mut left = s.value.end().to_usize();
            let mut right = s.slice.end().to_usize() + 1;
            while left < bytes.len() && (bytes[left].is_ascii_whitespace() || bytes[left] != b'[') {
                left += 1;
            }
            while right < bytes.len()
                && (bytes[right].is_ascii_whitespace() || bytes[right] != b']')
            {
                right += 1;
            }
            if right < bytes.len() {
                right += 1;
            }
            Some((left, right))
        }
        _ => None,
    }
}

/// The marker line CPython 3.11 prints under a frame's source line, for a
/// failing range given as byte columns of `line` (the whole source line,
/// without its newline); `end_col` is `None` when the range continues on
/// later lines. `None` when CPython prints no markers (the range covers
/// the whole stripped line).
pub fn marker_line(line: &str, col: usize, end_col: Option<usize>) -> Option<String> {
    let to_chars = |b: usize| line.get(..b).map(|s| s.chars().count());
    let start = to_chars(col)?;
    let (end, same_line) = match end_col {
        Some(e) => (to_chars(e)?, true),
        None => (line.trim_end().chars().count(), false),
    };
    if end <= start {
        return None;
    }
    let stripped = line.trim();
    let segment: String = line.chars().skip(start).take(end - start).collect();
    let anchors = if same_line { anchors(&segment) } else { None };
    let spans_line = end - start >= stripped.chars().count();
    let split = anchors.is_some_and(|(l, r)| r > l);
    if spans_line && !split {
        return None;
    }
    // CPython counts the newline among the stripped characters and adds
    // one to the start column, which cancel out.
    let original = line.chars().count() + 1;
    let stripped_chars = original - stripped.chars().count();
    let indent = (start + 1).saturating_sub(stripped_chars);
    let mut out = String::from("    ");
    out.push_str(&" ".repeat(indent));
    match anchors {
        Some((l, r)) => {
            out.push_str(&"~".repeat(l));
            out.push_str(&"^".repeat(r.saturating_sub(l)));
            out.push_str(&"~".repeat((end - start).saturating_sub(r)));
        }
        None => out.push_str(&"^".repeat(end - start)),
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markers_match_cpython() {
        // Each expected line was printed by python3.11 for the same range.
        assert_eq!(
            marker_line("y = 3 + 10 / a", 8, Some(14)).as_deref(),
            Some("            ~~~^~~")
        );
        assert_eq!(
            marker_line("y = 1 + d[\"b\"]", 8, Some(14)).as_deref(),
            Some("            ~^^^^^")
        );
        assert_eq!(
            marker_line("    return 10 // n", 11, Some(18)).as_deref(),
            Some("           ~~~^^~~")
        );
        assert_eq!(
            marker_line("x.m(1)", 0, Some(3)).as_deref(),
            Some("    ^^^")
        );
        assert_eq!(marker_line("raise ValueError(\"x\")", 0, Some(21)), None);
        assert_eq!(
            marker_line("print(max(xs))", 6, Some(13)).as_deref(),
            Some("          ^^^^^^^")
        );
    }
}
