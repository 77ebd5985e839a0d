//! A pass over the tokens before parsing that refuses absurdly deep input.
//!
//! ruff's parser copes with any depth (it grows its stack), but a deep tree
//! costs about a kilobyte of stack per level while it is built, and deeply
//! nested f-strings take quadratic time. The nesting limit on the syntax
//! tree would refuse such programs anyway; this pass refuses them before
//! the parser sees them, from the token stream: brackets (and f-strings)
//! nested more than [`MAX_NESTING`] deep, as CPython's tokenizer does
//! ("too many nested parentheses"), blocks indented more than that, and runs
//! of more than that many prefix operators (`- - - x`, `not not x`).
//!
//! The lexer's public interface gives token kinds but not their positions,
//! so the offending token is located afterwards by lexing prefixes of the
//! source (binary search): tokens that end inside a prefix are lexed exactly
//! as in the whole source, so the depth a prefix reaches grows with it.

use crate::MAX_NESTING;
use multigen_diag::{Diagnostic, Kind, Span};
use ruff_python_ast::token::TokenKind as T;
use ruff_python_parser::{lexer, Mode};

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Excess {
    Brackets,
    Indentation,
    PrefixOperators,
}

/// The first place where `source` nests more than [`MAX_NESTING`] deep.
pub(crate) fn check(source: &str) -> Option<Diagnostic> {
    let what = first_excess(source)?;
    // The shortest prefix that reaches the excess ends with its token.
    let (mut lo, mut hi) = (0, source.len());
    while lo < hi {
        let mid = floor_char_boundary(source, lo + (hi - lo) / 2);
        let mid = if mid <= lo {
            ceil_char_boundary(source, lo + 1)
        } else {
            mid
        };
        if mid >= hi {
            break;
        }
        if first_excess(&source[..mid]).is_some() {
            hi = mid;
        } else {
            lo = mid;
        }
    }
    let end = hi;
    let start = floor_char_boundary(source, token_start(source, end, what));
    let (kind, message) = match what {
        Excess::Brackets => (Kind::Syntax, "too many nested parentheses".to_string()),
        _ => (
            Kind::Unsupported,
            format!("nesting deeper than {MAX_NESTING} levels is not supported"),
        ),
    };
    Some(Diagnostic::new(
        kind,
        Span::new(start as u32, end as u32),
        message,
    ))
}

/// Where the token that ends at byte `end` starts, for the tokens that can
/// exceed a limit: one-character brackets and operators, `not`, an f-string
/// or t-string start (prefix letters and quotes) and indentation.
fn token_start(source: &str, end: usize, what: Excess) -> usize {
    let bytes = source.as_bytes();
    let mut start = end.saturating_sub(1);
    match what {
        Excess::Indentation => {
            // The indent is lexed with the first character of the statement
            // it indents; point at that character.
            let last = source[..end].chars().next_back().map_or(0, char::len_utf8);
            start = end - last;
        }
        _ => {
            for keyword in ["not", "await"] {
                if source[..end].ends_with(keyword) {
                    start = end - keyword.len();
                }
            }
            if matches!(bytes[start], b'\'' | b'"') {
                // An f-string start: its quotes and its prefix letters.
                while start > 0 && matches!(bytes[start - 1], b'\'' | b'"') {
                    start -= 1;
                }
                while start > 0 && bytes[start - 1].is_ascii_alphabetic() {
                    start -= 1;
                }
            }
        }
    }
    start
}

fn first_excess(source: &str) -> Option<Excess> {
    let mut lexer = lexer::lex(source, Mode::Module);
    let (mut brackets, mut indents, mut prefix_run) = (0usize, 0usize, 0usize);
    let mut after_operand = false;
    loop {
        let kind = lexer.next_token();
        match kind {
            T::EndOfFile => return None,
            T::Lpar | T::Lsqb | T::Lbrace | T::FStringStart | T::TStringStart => {
                brackets += 1;
                if brackets > MAX_NESTING {
                    return Some(Excess::Brackets);
                }
            }
            T::Rpar | T::Rsqb | T::Rbrace | T::FStringEnd | T::TStringEnd => {
                brackets = brackets.saturating_sub(1)
            }
            T::Indent => {
                indents += 1;
                if indents > MAX_NESTING {
                    return Some(Excess::Indentation);
                }
            }
            T::Dedent => indents = indents.saturating_sub(1),
            _ => {}
        }
        // A prefix operator is one that does not follow an operand.
        let prefix = matches!(kind, T::Minus | T::Plus | T::Tilde) && !after_operand
            || matches!(kind, T::Not | T::Await);
        if prefix {
            prefix_run += 1;
            if prefix_run > MAX_NESTING {
                return Some(Excess::PrefixOperators);
            }
        } else if !matches!(kind, T::Comment | T::NonLogicalNewline) {
            prefix_run = 0;
        }
        if !matches!(kind, T::Comment | T::NonLogicalNewline) {
            after_operand = matches!(
                kind,
                T::Name
                    | T::Int
                    | T::Float
                    | T::Complex
                    | T::String
                    | T::FStringEnd
                    | T::TStringEnd
                    | T::Rpar
                    | T::Rsqb
                    | T::Rbrace
                    | T::True
                    | T::False
                    | T::None
                    | T::Ellipsis
                    | T::Match
                    | T::Case
                    | T::Type
                    | T::Lazy
            );
        }
    }
}

fn floor_char_boundary(s: &str, mut i: usize) -> usize {
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn ceil_char_boundary(s: &str, mut i: usize) -> usize {
    while i < s.len() && !s.is_char_boundary(i) {
        i += 1;
    }
    i.min(s.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(src: &str) -> Option<(Kind, usize)> {
        check(src).map(|d| (d.kind, d.span.start as usize))
    }

    #[test]
    fn brackets_like_cpython() {
        let n = MAX_NESTING;
        let ok = format!("x = {}1{}\n", "(".repeat(n), ")".repeat(n));
        assert_eq!(at(&ok), None);
        let deep = format!("x = {}1{}\n", "(".repeat(n + 1), ")".repeat(n + 1));
        // CPython: SyntaxError: too many nested parentheses, at the 201st.
        assert_eq!(at(&deep), Some((Kind::Syntax, 4 + n)));
        let mixed = format!("x = {}1\n", "[{(".repeat(n));
        assert_eq!(at(&mixed), Some((Kind::Syntax, 4 + n)));
    }

    #[test]
    fn brackets_in_strings_and_comments_do_not_count() {
        let src = format!(
            "x = '{0}'  # {0}\ny = \"\"\"\n{0}\n\"\"\"\n",
            "(".repeat(1000)
        );
        assert_eq!(at(&src), None);
    }

    #[test]
    fn fstrings_count_as_brackets() {
        let n = MAX_NESTING;
        let src = format!("x = é + {}1{}\n", "f'{".repeat(n), "}'".repeat(n));
        // An f-string and its field are two levels: the 201st is the 101st
        // f-string.
        let start = "x = é + ".len() + 100 * 3;
        assert_eq!(at(&src), Some((Kind::Syntax, start)));
        let src = format!("x = {}1{}\n", "rf\"{".repeat(n), "}\"".repeat(n));
        assert_eq!(at(&src), Some((Kind::Syntax, 4 + 100 * 4)));
    }

    #[test]
    fn prefix_operators() {
        let n = MAX_NESTING;
        assert_eq!(at(&format!("x = {}1\n", "-".repeat(n))), None);
        assert_eq!(
            at(&format!("x = {}1\n", "-".repeat(n + 1))),
            Some((Kind::Unsupported, 4 + n))
        );
        assert_eq!(
            at(&format!("x = {}1\n", "not ".repeat(n + 1))),
            Some((Kind::Unsupported, 4 + 4 * n))
        );
        assert_eq!(
            at(&format!("x = {}1\n", "await ".repeat(n + 1))),
            Some((Kind::Unsupported, 4 + 6 * n))
        );
        // Binary operators do not start a run.
        let flat = format!("x = 1{}\n", " - -1".repeat(3 * n));
        assert_eq!(at(&flat), None);
    }

    #[test]
    fn indentation() {
        let n = MAX_NESTING + 1;
        let mut src = String::new();
        for i in 0..n {
            src += &format!("{}if x:\n", " ".repeat(i));
        }
        src += &format!("{}pass\n", " ".repeat(n));
        // `pass` is the first statement 201 levels deep.
        let pass = src.len() - "pass\n".len();
        assert_eq!(at(&src), Some((Kind::Unsupported, pass)));
    }
}
