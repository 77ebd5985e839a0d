//! The typed intermediate representation.
//!
//! After checking, every expression carries its static type and every
//! implicit conversion Python performs (`int` to `float` promotion, `bool` to
//! `int`, truthiness tests) is an explicit node. Functions, globals and locals
//! live in arenas (`Vec`s) and are referred to by typed indices, so the code
//! generator can walk the program without any name lookup.

use multigen_diag::Span;
use std::fmt;

/// A static type.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Ty {
    Int,
    Float,
    Bool,
    None,
    Str,
    Tuple(Vec<Ty>),
}

impl fmt::Display for Ty {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Ty::Int => f.write_str("int"),
            Ty::Float => f.write_str("float"),
            Ty::Bool => f.write_str("bool"),
            Ty::None => f.write_str("None"),
            Ty::Str => f.write_str("str"),
            Ty::Tuple(ts) => {
                f.write_str("tuple[")?;
                for (i, t) in ts.iter().enumerate() {
                    if i > 0 {
                        f.write_str(", ")?;
                    }
                    write!(f, "{t}")?;
                }
                if ts.is_empty() {
                    f.write_str("()")?;
                }
                f.write_str("]")
            }
        }
    }
}

macro_rules! id {
    ($name:ident) => {
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub struct $name(pub u32);
        impl $name {
            pub fn index(self) -> usize {
                self.0 as usize
            }
        }
    };
}
id!(FuncId);
id!(GlobalId);
id!(LocalId);

/// A whole program: its functions (one of them the module body) and globals.
#[derive(Debug)]
pub struct Program {
    pub functions: Vec<Function>,
    pub globals: Vec<Global>,
    /// The function holding the module's top-level statements.
    pub init: FuncId,
}

#[derive(Debug)]
pub struct Global {
    pub name: String,
    pub ty: Ty,
    /// Reads must check that the global has been assigned (raising
    /// `NameError` otherwise), because some read may run before the first
    /// assignment.
    pub checked: bool,
}

#[derive(Debug)]
pub struct Function {
    pub name: String,
    pub params: Vec<LocalId>,
    pub ret: Ty,
    pub locals: Vec<Local>,
    pub body: Vec<Stmt>,
    pub span: Span,
}

#[derive(Debug)]
pub struct Local {
    pub name: String,
    pub ty: Ty,
    pub is_param: bool,
}

/// Where a value can be stored.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Place {
    Local(LocalId),
    Global(GlobalId),
}

/// The left-hand side of an assignment: a place, or a tuple pattern.
#[derive(Clone, Debug)]
pub enum Target {
    Place(Place),
    Tuple(Vec<Target>),
}

#[derive(Clone, Debug)]
pub enum Stmt {
    Assign(Target, Expr),
    Expr(Expr),
    If(Expr, Vec<Stmt>, Vec<Stmt>),
    While {
        test: Expr,
        body: Vec<Stmt>,
        orelse: Vec<Stmt>,
    },
    /// `for var in range(start, stop, step)`.
    ForRange {
        var: Place,
        start: Expr,
        stop: Expr,
        step: Expr,
        body: Vec<Stmt>,
        orelse: Vec<Stmt>,
    },
    Break,
    Continue,
    Return(Option<Expr>),
    Assert(Expr, Option<Expr>),
}

#[derive(Clone, Debug)]
pub struct Expr {
    pub ty: Ty,
    pub span: Span,
    pub kind: ExprKind,
}

/// How two operands of a comparison are compared, after the checker decided
/// the common type.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CmpKind {
    /// Both sides as `int` (`bool` widened).
    Int,
    /// Both sides as `float` (`int`/`bool` converted).
    Float,
    Str,
    /// Element-wise equality of two tuples; the element kinds in order.
    Tuple(Vec<CmpKind>),
    /// The answer is known from the types alone (`1 == "a"`, `None is None`);
    /// the operands are still evaluated for their effects.
    Const(bool),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CmpOp {
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
    /// Substring test (`in`), and its negation.
    In,
    NotIn,
}

/// Arithmetic and bitwise operators, on operands of equal type (`Int`,
/// `Float`, `Bool` for the bitwise ones, or `Str`).
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
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnOp {
    Neg,
    Invert,
    Not,
}

/// Where a call argument comes from, in parameter order.
#[derive(Clone, Debug)]
pub enum ArgSource {
    /// The n-th argument written at the call site (in source order).
    Written(usize),
    /// The parameter's default value.
    Default(Box<Expr>),
}

#[derive(Clone, Debug)]
pub enum ExprKind {
    Int(i64),
    Float(f64),
    Bool(bool),
    None,
    Str(String),
    Load(Place),
    IntToFloat(Box<Expr>),
    BoolToInt(Box<Expr>),
    /// Python truthiness of any value, as a `bool`.
    Truth(Box<Expr>),
    Unary(UnOp, Box<Expr>),
    Binary(BinOp, Box<Expr>, Box<Expr>),
    /// `a op1 b op2 c`: each operand is evaluated once, left to right, and
    /// evaluation stops at the first false comparison.
    Compare(Vec<Expr>, Vec<(CmpOp, CmpKind)>),
    /// `and`/`or` returning one of the operands (all of the same type).
    And(Vec<Expr>),
    Or(Vec<Expr>),
    IfExp(Box<Expr>, Box<Expr>, Box<Expr>),
    /// A call of a user function: arguments as written, then their mapping
    /// onto the parameters.
    Call {
        func: FuncId,
        args: Vec<Expr>,
        map: Vec<ArgSource>,
    },
    /// A call of a runtime function by its C name.
    Runtime(&'static str, Vec<Expr>),
    /// A built-in operation open-coded by the code generator.
    Builtin(Builtin, Vec<Expr>),
    Tuple(Vec<Expr>),
    TupleGet(Box<Expr>, usize),
    Print {
        args: Vec<Expr>,
        sep: Option<Box<Expr>>,
        end: Option<Box<Expr>>,
    },
}

/// Built-ins the code generator expands inline.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Builtin {
    /// `abs` of an int (raises on overflow) or a float.
    Abs,
    /// `min`/`max` over two or more operands of one type.
    Min,
    Max,
    /// `divmod` of two ints or two floats.
    DivMod,
    /// `str()` of a value.
    ToStr,
    /// `repr()` of a value.
    Repr,
    /// `len` of a str.
    StrLen,
    /// Evaluates every operand in order; the value is the last one's.
    Then,
}
