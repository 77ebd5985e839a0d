//! Source spans and diagnostics shared by every phase of multigen.
//!
//! A diagnostic names a byte range in one source file, a kind (`syntax`,
//! `type`, `name`, `call`, `unsupported`) and a message. It is rendered in the
//! one-line form that editors and `grep` understand,
//! `file:line:col: error[kind]: message`, followed by the source line and a
//! caret under the offending text. The rendering is done here rather than with
//! `annotate-snippets` because that crate puts the location on a second line
//! (`--> file:line:col`), while our format keeps it on the first line; the
//! caret drawing it would add is a dozen lines.

use std::fmt;

/// A half-open byte range `start..end` into a source file.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Span {
    pub start: u32,
    pub end: u32,
}

impl Span {
    pub fn new(start: u32, end: u32) -> Span {
        Span { start, end }
    }
}

/// The category of a diagnostic, printed in brackets after `error`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// The text is not valid Python.
    Syntax,
    /// Valid Python that is not well typed in multigen's static type system.
    Type,
    /// A name that is not defined where it is used.
    Name,
    /// A call with the wrong number or names of arguments.
    Call,
    /// Valid Python that multigen does not support yet.
    Unsupported,
    /// An import of a module that does not exist, or of a name a module
    /// does not define (CPython's `ModuleNotFoundError`/`ImportError`).
    Import,
}

impl Kind {
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Syntax => "syntax",
            Kind::Type => "type",
            Kind::Name => "name",
            Kind::Call => "call",
            Kind::Unsupported => "unsupported",
            Kind::Import => "import",
        }
    }
}

/// One error found in a program.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    pub kind: Kind,
    pub span: Span,
    pub message: String,
}

impl Diagnostic {
    pub fn new(kind: Kind, span: Span, message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            kind,
            span,
            message: message.into(),
        }
    }
}

/// Shorthand used throughout the front end.
pub type Result<T> = std::result::Result<T, Diagnostic>;

/// A source file with its name, kept together so that spans can be resolved
/// to lines and columns.
#[derive(Debug)]
pub struct SourceFile {
    pub name: String,
    pub text: String,
    line_starts: Vec<u32>,
}

impl SourceFile {
    pub fn new(name: impl Into<String>, text: impl Into<String>) -> SourceFile {
        let text = text.into();
        let mut line_starts = vec![0];
        for (i, b) in text.bytes().enumerate() {
            if b == b'\n' {
                line_starts.push(i as u32 + 1);
            }
        }
        SourceFile {
            name: name.into(),
            text,
            line_starts,
        }
    }

    /// The 1-based line and 1-based column (in characters) of a byte offset.
    pub fn line_col(&self, offset: u32) -> (usize, usize) {
        let offset = offset.min(self.text.len() as u32);
        let line = match self.line_starts.binary_search(&offset) {
            Ok(i) => i,
            Err(i) => i - 1,
        };
        let start = self.line_starts[line] as usize;
        let col = self.text[start..floor_char_boundary(&self.text, offset as usize)]
            .chars()
            .count();
        (line + 1, col + 1)
    }

    /// The text of a 1-based line, without its line terminator.
    pub fn line_text(&self, line: usize) -> &str {
        let start = self.line_starts[line - 1] as usize;
        let end = self
            .line_starts
            .get(line)
            .map(|&e| e as usize)
            .unwrap_or(self.text.len());
        self.text[start..end].trim_end_matches(['\n', '\r'])
    }

    /// Renders a diagnostic: the location line, the source line and a caret.
    pub fn render(&self, d: &Diagnostic) -> String {
        let (line, col) = self.line_col(d.span.start);
        let text = self.line_text(line);
        let gutter = line.to_string();
        let pad = " ".repeat(gutter.len());
        // The caret covers the span, clipped to the first line it starts on.
        let width = if d.span.end > d.span.start {
            let (end_line, end_col) = self.line_col(d.span.end);
            if end_line == line {
                end_col.saturating_sub(col).max(1)
            } else {
                text.chars().count().saturating_sub(col - 1).max(1)
            }
        } else {
            1
        };
        let indent: String = text
            .chars()
            .take(col - 1)
            .map(|c| if c == '\t' { '\t' } else { ' ' })
            .collect();
        format!(
            "{}:{}:{}: error[{}]: {}\n{pad} |\n{gutter} | {}\n{pad} | {}{}\n",
            self.name,
            line,
            col,
            d.kind.as_str(),
            d.message,
            text,
            indent,
            "^".repeat(width)
        )
    }
}

fn floor_char_boundary(s: &str, mut i: usize) -> usize {
    while i > 0 && !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

impl fmt::Display for Kind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_location_and_caret() {
        let src = SourceFile::new("p.py", "x = 1\ny = foo + 2\n");
        let d = Diagnostic::new(Kind::Name, Span::new(10, 13), "name 'foo' is not defined");
        assert_eq!(
            src.render(&d),
            "p.py:2:5: error[name]: name 'foo' is not defined\n  |\n2 | y = foo + 2\n  |     ^^^\n"
        );
    }

    #[test]
    fn columns_count_characters() {
        let src = SourceFile::new("p.py", "s = 'é' + x\n");
        assert_eq!(src.line_col(11), (1, 11));
    }
}
