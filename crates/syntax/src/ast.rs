//! multigen's own syntax tree: the part of Python the later phases know about.
//!
//! It is deliberately smaller than ruff's tree: every node here is something
//! the type checker either handles or rejects with a located diagnostic, and a
//! Python construct that has no node here is rejected by the parser crate
//! itself. Nodes own their children (`Box`/`Vec`); the tree is built once and
//! only read afterwards, so no sharing or interior mutability is needed.

use multigen_diag::Span;

/// A parsed module: its top-level statements in order.
#[derive(Clone, Debug)]
pub struct Module {
    pub body: Vec<Stmt>,
}

#[derive(Clone, Debug)]
pub struct Stmt {
    pub span: Span,
    pub kind: StmtKind,
}

#[derive(Clone, Debug)]
pub enum StmtKind {
    FunctionDef(FunctionDef),
    Return(Option<Expr>),
    /// `a = b = value`: one or more targets.
    Assign {
        targets: Vec<Expr>,
        value: Expr,
    },
    AnnAssign {
        target: Expr,
        annotation: Expr,
        value: Option<Expr>,
    },
    AugAssign {
        target: Expr,
        op: BinOp,
        value: Expr,
    },
    If {
        test: Expr,
        body: Vec<Stmt>,
        orelse: Vec<Stmt>,
    },
    While {
        test: Expr,
        body: Vec<Stmt>,
        orelse: Vec<Stmt>,
    },
    For {
        target: Expr,
        iter: Expr,
        body: Vec<Stmt>,
        orelse: Vec<Stmt>,
    },
    Break,
    Continue,
    Pass,
    Expr(Expr),
    Assert {
        test: Expr,
        msg: Option<Expr>,
    },
    Global(Vec<Ident>),
    Nonlocal(Vec<Ident>),
    /// `import a, b as c`: (module, alias).
    Import(Vec<(Ident, Option<Ident>)>),
    /// `from m import a, b as c`.
    ImportFrom {
        module: Ident,
        /// The number of leading dots of a relative import (0: absolute).
        level: u32,
        names: Vec<(Ident, Option<Ident>)>,
    },
    /// `del a[i], b[j:k]`.
    Delete(Vec<Expr>),
    ClassDef(ClassDef),
    /// `raise`, `raise exc`, `raise exc from cause`.
    Raise {
        exc: Option<Expr>,
        cause: Option<Expr>,
    },
    Try(Try),
    /// `match subject: case pattern if guard: body ...`, lowered by the
    /// checker (`check/matching.rs`).
    Match(Match),
}

/// A `match` statement. The parser has already refused what CPython's
/// compiler refuses (an irrefutable case before the last, alternatives
/// binding different names, a name bound twice, a repeated literal key or
/// keyword attribute, two starred names).
#[derive(Clone, Debug)]
pub struct Match {
    pub subject: Expr,
    pub cases: Vec<MatchCase>,
}

/// One `case pattern if guard: body` clause.
#[derive(Clone, Debug)]
pub struct MatchCase {
    pub pattern: Pattern,
    pub guard: Option<Expr>,
    pub body: Vec<Stmt>,
}

impl Match {
    /// Whether the statement always runs one case body: its last case is
    /// irrefutable and has no guard (the parser refuses one elsewhere).
    pub fn exhaustive(&self) -> bool {
        self.cases
            .last()
            .is_some_and(|c| c.guard.is_none() && c.pattern.irrefutable())
    }
}

/// A pattern of a `case` clause (PEP 634).
#[derive(Clone, Debug)]
pub struct Pattern {
    pub span: Span,
    pub kind: PatternKind,
}

#[derive(Clone, Debug)]
pub enum PatternKind {
    /// A literal or a dotted name compared with `==`: `1`, `-2.5`, `"s"`,
    /// `Color.RED`.
    Value(Expr),
    /// `True`, `False` or `None` (a `Bool` or `None` expression), compared
    /// by identity.
    Singleton(Expr),
    /// `[p, q]`, `(p, *rest)`: at most one element is a `Star`.
    Sequence(Vec<Pattern>),
    /// `*name` or `*_`, only inside a sequence pattern.
    Star(Option<Ident>),
    /// `{key: p, ..., **rest}`: keys are literals or dotted names.
    Mapping {
        keys: Vec<Expr>,
        patterns: Vec<Pattern>,
        rest: Option<Ident>,
    },
    /// `Cls(p, q, name=r)`.
    Class {
        cls: Expr,
        args: Vec<Pattern>,
        keywords: Vec<(Ident, Pattern)>,
    },
    /// `p as name`; a capture `name` has no pattern; the wildcard `_` has
    /// neither.
    As {
        pattern: Option<Box<Pattern>>,
        name: Option<Ident>,
    },
    /// `p | q | ...`.
    Or(Vec<Pattern>),
}

impl Pattern {
    /// Whether the pattern matches every subject: a capture or the
    /// wildcard, possibly under `as` or as an alternative.
    pub fn irrefutable(&self) -> bool {
        match &self.kind {
            PatternKind::As { pattern, .. } => pattern.as_ref().is_none_or(|p| p.irrefutable()),
            PatternKind::Or(ps) => ps.iter().any(Pattern::irrefutable),
            _ => false,
        }
    }

    /// Calls `f` on every expression of the pattern: values, keys and
    /// classes.
    pub fn each_expr_mut(&mut self, f: &mut dyn FnMut(&mut Expr)) {
        match &mut self.kind {
            PatternKind::Value(e) | PatternKind::Singleton(e) => f(e),
            PatternKind::Star(_) => {}
            PatternKind::Sequence(ps) | PatternKind::Or(ps) => {
                ps.iter_mut().for_each(|p| p.each_expr_mut(f))
            }
            PatternKind::Mapping { keys, patterns, .. } => {
                keys.iter_mut().for_each(&mut *f);
                patterns.iter_mut().for_each(|p| p.each_expr_mut(f));
            }
            PatternKind::Class {
                cls,
                args,
                keywords,
            } => {
                f(cls);
                args.iter_mut().for_each(|p| p.each_expr_mut(f));
                keywords.iter_mut().for_each(|(_, p)| p.each_expr_mut(f));
            }
            PatternKind::As { pattern, .. } => {
                if let Some(p) = pattern {
                    p.each_expr_mut(f);
                }
            }
        }
    }

    /// The names the pattern binds, in source order (an or-pattern's from
    /// its first alternative: they all bind the same ones).
    pub fn bound_names(&self, out: &mut Vec<Ident>) {
        match &self.kind {
            PatternKind::Value(_) | PatternKind::Singleton(_) => {}
            PatternKind::Sequence(ps) => ps.iter().for_each(|p| p.bound_names(out)),
            PatternKind::Star(n) => out.extend(n.iter().cloned()),
            PatternKind::Mapping { patterns, rest, .. } => {
                patterns.iter().for_each(|p| p.bound_names(out));
                out.extend(rest.iter().cloned());
            }
            PatternKind::Class { args, keywords, .. } => {
                args.iter().for_each(|p| p.bound_names(out));
                keywords.iter().for_each(|(_, p)| p.bound_names(out));
            }
            PatternKind::As { pattern, name } => {
                if let Some(p) = pattern {
                    p.bound_names(out);
                }
                out.extend(name.iter().cloned());
            }
            PatternKind::Or(ps) => {
                if let Some(p) = ps.first() {
                    p.bound_names(out);
                }
            }
        }
    }
}

/// `class Name(Base): body`, with its decorators.
#[derive(Clone, Debug)]
pub struct ClassDef {
    pub name: Ident,
    pub bases: Vec<Expr>,
    /// Keyword arguments of the decorators are kept in the decorator
    /// expressions; of the class keywords, only `metaclass=` is read.
    pub decorators: Vec<Expr>,
    pub body: Vec<Stmt>,
    /// `metaclass=M` (the checker accepts `abc.ABCMeta` only).
    pub metaclass: Option<Box<Expr>>,
}

/// `try: body except ...: ... else: ... finally: ...`.
#[derive(Clone, Debug)]
pub struct Try {
    pub body: Vec<Stmt>,
    pub handlers: Vec<Handler>,
    pub orelse: Vec<Stmt>,
    pub finalbody: Vec<Stmt>,
    /// Set when this `try` is one item of a `with` statement (see
    /// `WithItem`); `handlers` then holds one placeholder bare `except`.
    pub with: Option<WithItem>,
}

/// One context manager of a `with` statement. The parser turns `with a as
/// x, b: body` into nested `Try` nodes carrying one item each, whose body
/// starts with `x = <value_name>` (the `as` target assigned from the hidden
/// variable holding `__enter__`'s result), so that every pass walking
/// statements sees the assignments and blocks of a `with` as those of a
/// `try` (the placeholder handler makes it fall through, as a suppressing
/// `__exit__` can). The checker (`check/with.rs`) lowers it.
#[derive(Clone, Debug)]
pub struct WithItem {
    pub context: Expr,
    /// The whole `with` statement, where CPython reports the calls of
    /// `__enter__` and `__exit__`.
    pub stmt_span: Span,
    /// The hidden name (not a Python identifier) of `__enter__`'s result.
    pub value_name: String,
}

/// One `except [Type [as name]]:` clause.
#[derive(Clone, Debug)]
pub struct Handler {
    pub span: Span,
    /// The exception class or tuple of classes; `None` for a bare `except:`.
    pub ty: Option<Expr>,
    pub name: Option<Ident>,
    pub body: Vec<Stmt>,
}

#[derive(Clone, Debug)]
pub struct Ident {
    pub name: String,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct FunctionDef {
    pub name: Ident,
    /// `@staticmethod`, `@classmethod`, `@property` and the like, as written.
    pub decorators: Vec<Expr>,
    pub params: Vec<Param>,
    pub returns: Option<Expr>,
    pub body: Vec<Stmt>,
}

#[derive(Clone, Debug)]
pub struct Param {
    pub name: Ident,
    pub annotation: Option<Expr>,
    pub default: Option<Expr>,
    /// Declared after `*` (keyword-only) or before `/` (positional-only).
    pub keyword_only: bool,
    pub positional_only: bool,
    /// `*args` or `**kwargs`.
    pub variadic: Variadic,
}

/// Whether a parameter collects the extra arguments of a call.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Variadic {
    No,
    /// `*args: T`, a `tuple[T, ...]` of the extra positional arguments.
    Args,
    /// `**kwargs: T`, a `dict[str, T]` of the extra keyword arguments.
    Kwargs,
}

#[derive(Clone, Debug)]
pub struct Expr {
    pub span: Span,
    pub kind: ExprKind,
}

#[derive(Clone, Debug)]
pub enum ExprKind {
    Name(String),
    Int(i64),
    Float(f64),
    Str(String),
    Bool(bool),
    None,
    Unary(UnaryOp, Box<Expr>),
    Binary(BinOp, Box<Expr>, Box<Expr>),
    /// `a and b and c` / `a or b`.
    BoolOp(BoolOp, Vec<Expr>),
    /// `a < b <= c`: the first operand and (operator, operand) pairs.
    Compare(Box<Expr>, Vec<(CmpOp, Expr)>),
    Call {
        func: Box<Expr>,
        args: Vec<Expr>,
        keywords: Vec<Keyword>,
    },
    Attribute(Box<Expr>, Ident),
    Subscript(Box<Expr>, Box<Expr>),
    Tuple(Vec<Expr>),
    IfExp {
        test: Box<Expr>,
        body: Box<Expr>,
        orelse: Box<Expr>,
    },
    List(Vec<Expr>),
    Set(Vec<Expr>),
    Dict(Vec<(Expr, Expr)>),
    ListComp {
        elt: Box<Expr>,
        generators: Vec<Comprehension>,
    },
    SetComp {
        elt: Box<Expr>,
        generators: Vec<Comprehension>,
    },
    DictComp {
        key: Box<Expr>,
        value: Box<Expr>,
        generators: Vec<Comprehension>,
    },
    /// A generator expression (only accepted where it is consumed at once).
    Generator {
        elt: Box<Expr>,
        generators: Vec<Comprehension>,
    },
    /// `lower:upper:step` inside a subscript.
    Slice {
        lower: Option<Box<Expr>>,
        upper: Option<Box<Expr>>,
        step: Option<Box<Expr>>,
    },
    /// `lambda a, b: body` (plain positional parameters only).
    Lambda {
        params: Vec<Ident>,
        /// The default value of each parameter, if any.
        defaults: Vec<Option<Expr>>,
        body: Box<Expr>,
    },
    /// An f-string: literal text and replacement fields in order.
    FString(Vec<FPart>),
    /// `...` (only meaningful in annotations: `tuple[int, ...]`).
    Ellipsis,
    /// `yield` or `yield value` (in a generator function).
    Yield(Option<Box<Expr>>),
    /// `yield from iterable`.
    YieldFrom(Box<Expr>),
    /// `*value`: a starred assignment target, an element of a list, tuple
    /// or set display, or a call argument. Two more spellings stand for
    /// `**value`: a dict display item whose key is `Starred(value)` and
    /// whose value is `Ellipsis`, and a call keyword named `**` whose value
    /// is `Starred(value)`. The checker (`check/unpack.rs`) handles them
    /// where they are allowed; anywhere else they are refused.
    Starred(Box<Expr>),
}

/// One `for target in iter if cond...` clause of a comprehension.
#[derive(Clone, Debug)]
pub struct Comprehension {
    pub target: Expr,
    pub iter: Expr,
    pub ifs: Vec<Expr>,
}

/// A piece of an f-string.
#[derive(Clone, Debug)]
pub enum FPart {
    Literal(String),
    Field {
        value: Box<Expr>,
        /// `!s` or `!r` (`!a` is rejected).
        conversion: Option<char>,
        /// The format spec, which may itself contain replacement fields.
        spec: Vec<FPart>,
    },
}

#[derive(Clone, Debug)]
pub struct Keyword {
    pub name: Ident,
    pub value: Expr,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnaryOp {
    Neg,
    Pos,
    Invert,
    Not,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    Div,
    FloorDiv,
    Mod,
    Pow,
    LShift,
    RShift,
    BitAnd,
    BitOr,
    BitXor,
    /// `@`, which only objects with `__matmul__` support.
    MatMult,
}

impl BinOp {
    pub fn symbol(self) -> &'static str {
        match self {
            BinOp::Add => "+",
            BinOp::Sub => "-",
            BinOp::Mul => "*",
            BinOp::Div => "/",
            BinOp::FloorDiv => "//",
            BinOp::Mod => "%",
            BinOp::Pow => "**",
            BinOp::LShift => "<<",
            BinOp::RShift => ">>",
            BinOp::BitAnd => "&",
            BinOp::BitOr => "|",
            BinOp::BitXor => "^",
            BinOp::MatMult => "@",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BoolOp {
    And,
    Or,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CmpOp {
    Eq,
    NotEq,
    Lt,
    LtE,
    Gt,
    GtE,
    Is,
    IsNot,
    In,
    NotIn,
}

impl CmpOp {
    pub fn symbol(self) -> &'static str {
        match self {
            CmpOp::Eq => "==",
            CmpOp::NotEq => "!=",
            CmpOp::Lt => "<",
            CmpOp::LtE => "<=",
            CmpOp::Gt => ">",
            CmpOp::GtE => ">=",
            CmpOp::Is => "is",
            CmpOp::IsNot => "is not",
            CmpOp::In => "in",
            CmpOp::NotIn => "not in",
        }
    }
}
