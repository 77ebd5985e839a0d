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
    List(Box<Ty>),
    Dict(Box<Ty>, Box<Ty>),
    Set(Box<Ty>),
    /// A `range` object: (start, stop, step), like a tuple of three ints.
    Range,
    /// `d.keys()` (0), `d.values()` (1) or `d.items()` (2) of a
    /// `dict[K, V]`: a live view, represented by the dict itself.
    DictView(u8, Box<Ty>, Box<Ty>),
    /// A tuple whose length is known only at run time (`tuple[T, ...]`), a
    /// pointer to a boxed tuple.
    VarTuple(Box<Ty>),
    /// An inference variable (the element type of an empty literal). Only
    /// exists while checking: a checked program contains none.
    Var(u32),
    /// An instance of a class (a pointer to the object, never null).
    Class(ClassId),
    /// `T | None`: a null pointer for `None`; a pointer type's value as
    /// is, a scalar's or tuple's value boxed.
    Optional(Box<Ty>),
    /// The `args` of an exception (the exception object itself, whose
    /// `args` tuple has a type known only at run time): it can be printed.
    ExcArgs,
    /// `type[BaseException]`, the class of an exception that `with` hands
    /// to `__exit__`: represented by the exception object itself (its
    /// class is its first word), so tests on it are tests on the object.
    ExcType,
    /// `TracebackType`: also the exception object, which holds the
    /// traceback. It can only be compared with None, passed on and printed.
    Traceback,
    /// A function value, `Callable[[A, B], R]`: a pointer to a function
    /// object (see [`ExprKind::MakeFunc`]).
    Func(Box<FuncTy>),
    /// A generator object (`Generator[Y, S, R]`; `Iterator[Y]` and
    /// `Iterable[Y]` are `Generator[Y, None, None]`): its yield, send and
    /// return types. A pointer to the runtime's `MgGen`.
    Gen(Box<Ty>, Box<Ty>, Box<Ty>),
    /// `object` or `Any`: a dynamic value, whose type is known only at
    /// run time (see "Dynamic values" in ARCHITECTURE.md).
    Dyn(Dyn),
    /// `A | B | ...` of two or more types other than `None` (possibly
    /// with `None` among them), in a canonical order: represented as a
    /// dynamic value.
    Union(Vec<Ty>),
}

/// The two spellings of a dynamic value: `object` admits only what every
/// object supports (`==`, `hash`, `str`, `isinstance`...); `Any` admits
/// every operation, dispatched at run time.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Dyn {
    Object,
    Any,
    /// `Any` or `object` after a failed `isinstance(x, bool)` test: not a
    /// bool, so an `isinstance(x, int)` test narrows it to `int`.
    NotBool,
}

/// The signature of a function value: positional parameters and result.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct FuncTy {
    pub params: Vec<Ty>,
    pub ret: Ty,
}

impl Ty {
    /// Whether the type mentions a class, whose special methods the
    /// runtime may call on its values (or an unsolved inference variable,
    /// which may still become one).
    pub fn mentions_class(&self) -> bool {
        match self {
            Ty::Class(_) | Ty::ExcArgs | Ty::Var(_) | Ty::Dyn(_) | Ty::Union(_) => true,
            Ty::Optional(t) | Ty::List(t) | Ty::Set(t) | Ty::VarTuple(t) => t.mentions_class(),
            Ty::Dict(k, v) | Ty::DictView(_, k, v) => k.mentions_class() || v.mentions_class(),
            Ty::Gen(y, s, r) => y.mentions_class() || s.mentions_class() || r.mentions_class(),
            Ty::Tuple(ts) => ts.iter().any(Ty::mentions_class),
            Ty::Func(f) => f.params.iter().any(Ty::mentions_class) || f.ret.mentions_class(),
            Ty::Int | Ty::Float | Ty::Bool | Ty::None | Ty::Str | Ty::Range => false,
            Ty::ExcType | Ty::Traceback => false,
        }
    }

    /// The Python name of the type's class, as in error messages.
    pub fn class_name(&self) -> &'static str {
        match self {
            Ty::Int => "int",
            Ty::Float => "float",
            Ty::Bool => "bool",
            Ty::None => "NoneType",
            Ty::Str => "str",
            Ty::Tuple(_) => "tuple",
            Ty::List(_) => "list",
            Ty::Dict(..) => "dict",
            Ty::Set(_) => "set",
            Ty::Range => "range",
            Ty::VarTuple(_) => "tuple",
            Ty::DictView(0, ..) => "dict_keys",
            Ty::DictView(1, ..) => "dict_values",
            Ty::DictView(..) => "dict_items",
            Ty::Var(_) | Ty::Class(_) => "object",
            Ty::Optional(_) => "Optional",
            Ty::ExcArgs => "tuple",
            Ty::ExcType => "type",
            Ty::Traceback => "traceback",
            Ty::Func(_) => "function",
            Ty::Gen(..) => "generator",
            Ty::Dyn(_) | Ty::Union(_) => "object",
        }
    }

    /// Whether values of this type are pointers to collector-managed memory.
    pub fn is_heap(&self) -> bool {
        matches!(
            self,
            Ty::Str
                | Ty::List(_)
                | Ty::Dict(..)
                | Ty::Set(_)
                | Ty::VarTuple(_)
                | Ty::Class(_)
                | Ty::Optional(_)
                | Ty::ExcArgs
                | Ty::ExcType
                | Ty::Traceback
                | Ty::Func(_)
                | Ty::Gen(..)
                | Ty::Dyn(_)
                | Ty::Union(_)
        )
    }

    /// Whether values of this type are dynamic values (boxed, with their
    /// type known at run time).
    pub fn is_dynamic(&self) -> bool {
        matches!(self, Ty::Dyn(_) | Ty::Union(_))
    }
}

thread_local! {
    /// The class names of the program being checked, so that types print
    /// by name in diagnostics and dumps (a `Ty` holds only the class id).
    pub static CLASS_NAMES: std::cell::RefCell<Vec<String>> = const { std::cell::RefCell::new(Vec::new()) };
}

impl fmt::Display for Ty {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Ty::Int => f.write_str("int"),
            Ty::Float => f.write_str("float"),
            Ty::Bool => f.write_str("bool"),
            Ty::None => f.write_str("None"),
            Ty::Str => f.write_str("str"),
            Ty::List(t) => write!(f, "list[{t}]"),
            Ty::Dict(k, v) => write!(f, "dict[{k}, {v}]"),
            Ty::Set(t) => write!(f, "set[{t}]"),
            Ty::Range => f.write_str("range"),
            Ty::VarTuple(t) => write!(f, "tuple[{t}, ...]"),
            Ty::DictView(_, k, v) => write!(f, "{}[{k}, {v}]", self.class_name()),
            Ty::Var(_) => f.write_str("?"),
            Ty::Class(c) => CLASS_NAMES.with(|n| match n.borrow().get(c.index()) {
                Some(name) => f.write_str(name),
                None => write!(f, "class#{}", c.0),
            }),
            Ty::Optional(t) => write!(f, "{t} | None"),
            Ty::ExcArgs => f.write_str("tuple"),
            Ty::ExcType => f.write_str("type[BaseException]"),
            Ty::Traceback => f.write_str("TracebackType"),
            Ty::Func(ft) => {
                f.write_str("Callable[[")?;
                for (i, t) in ft.params.iter().enumerate() {
                    if i > 0 {
                        f.write_str(", ")?;
                    }
                    write!(f, "{t}")?;
                }
                write!(f, "], {}]", ft.ret)
            }
            Ty::Gen(y, s, r) => write!(f, "Generator[{y}, {s}, {r}]"),
            Ty::Dyn(Dyn::Object) => f.write_str("object"),
            Ty::Dyn(Dyn::Any | Dyn::NotBool) => f.write_str("Any"),
            Ty::Union(ts) => {
                for (i, t) in ts.iter().enumerate() {
                    if i > 0 {
                        f.write_str(" | ")?;
                    }
                    write!(f, "{t}")?;
                }
                Ok(())
            }
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
        #[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
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
id!(ClassId);

/// A whole program: its functions (one of them the module body) and globals.
#[derive(Debug)]
pub struct Program {
    pub functions: Vec<Function>,
    pub globals: Vec<Global>,
    /// The function holding the module's top-level statements.
    pub init: FuncId,
    /// Every class: the runtime's built-in exception classes first, then
    /// the program's own in source order (a base before its subclasses).
    pub classes: Vec<Class>,
    /// The source, for tracebacks (filled in by the driver).
    pub source: Source,
    /// The program's modules in the order they were checked (the modules
    /// a module imports before it, the main module last); a single-file
    /// program has one. Each is compiled to an LLVM module of its own.
    pub modules: Vec<ModuleInfo>,
    /// The module each function, global and class belongs to (an index
    /// into `modules`), which decides the LLVM module that defines it.
    pub owners: Owners,
    /// Whether an `int` is stored where a `float` is declared anywhere in
    /// the program (an `ExprKind::NumBox`): only then do float operations
    /// test for boxed ints (`codegen/src/gen/numtower.rs`). A compiled
    /// module depends on it: a cache of compiled modules must key on it.
    pub numtower: bool,
}

/// One Python module of a program.
#[derive(Debug, Default, Clone)]
pub struct ModuleInfo {
    /// The dotted name (`pkg.sub`); `__main__` for the main module.
    pub name: String,
    /// The file, for tracebacks, and its text.
    pub source: Source,
    /// Where the module's spans start in the program's source map: every
    /// span of the module is offset by `base` (`syntax::parse_at`).
    pub base: u32,
    /// The function holding the module body. For an imported module it
    /// runs once, at the first import (an "initialised" flag guards it).
    pub init: FuncId,
    pub is_main: bool,
}

/// The module that owns each item, by id.
#[derive(Debug, Default, Clone)]
pub struct Owners {
    pub funcs: Vec<u32>,
    pub globals: Vec<u32>,
    pub classes: Vec<u32>,
}

impl Program {
    /// The module whose source holds byte offset `at` of the source map.
    pub fn module_at(&self, at: u32) -> usize {
        self.modules
            .iter()
            .enumerate()
            .filter(|(_, m)| m.base <= at)
            .max_by_key(|(_, m)| m.base)
            .map_or(0, |(i, _)| i)
    }
}

impl Program {
    /// The classes that derive from `c` other than through their `parent`
    /// chain (through a second or later base), whose instances the
    /// runtime's `isinstance`, which follows that chain, does not see.
    pub fn secondary_subclasses(&self, c: ClassId) -> Vec<ClassId> {
        (0..self.classes.len())
            .map(|k| ClassId(k as u32))
            .filter(|&k| {
                self.classes[k.index()].mro.contains(&c) && {
                    let mut p = Some(k);
                    while let Some(x) = p.filter(|&x| x != c) {
                        p = self.classes[x.index()].parent;
                    }
                    p.is_none()
                }
            })
            .collect()
    }

    /// Whether class `c` is `of` or derives from it.
    pub fn is_subclass(&self, mut c: ClassId, of: ClassId) -> bool {
        if !self.classes[c.index()].mro.is_empty() {
            return self.classes[c.index()].mro.contains(&of);
        }
        loop {
            if c == of {
                return true;
            }
            match self.classes[c.index()].parent {
                Some(p) => c = p,
                None => return false,
            }
        }
    }
}

/// The program's file name and text, which tracebacks quote.
#[derive(Debug, Default, Clone)]
pub struct Source {
    pub file: String,
    pub text: String,
}

/// The special methods the runtime calls through a class's descriptor.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Dunder {
    Repr,
    Str,
    Eq,
    Hash,
    Lt,
    Le,
    Gt,
    Ge,
    /// `__bool__` and `__len__`, which compiled code calls for truth tests.
    Bool,
    Len,
}

#[derive(Debug, Clone)]
pub struct Class {
    pub name: String,
    pub parent: Option<ClassId>,
    /// Defined by the runtime (the built-in exceptions): the descriptor is
    /// the runtime's `mg_class_NAME`.
    pub builtin: bool,
    /// Derives from `BaseException`: instances start with the runtime's
    /// exception header.
    pub is_exception: bool,
    /// Every instance field, inherited ones first, in layout order.
    pub fields: Vec<(String, Ty)>,
    /// Where each field of `fields` lives and how its reads check that it
    /// was assigned (decided by `check/unset.rs` once the program is
    /// checked).
    pub layout: Vec<FieldLayout>,
    /// The size of an instance in 8-byte words: the header, the fields
    /// and the assignment bitmaps.
    pub size_words: usize,
    /// The implementation of each virtual method slot.
    pub vtable: Vec<FuncId>,
    /// Special methods the runtime calls (own or inherited).
    pub dunders: Vec<(Dunder, FuncId)>,
    /// `__hash__` is `None` (a dataclass with `eq` and without `frozen`).
    pub unhashable: bool,
    /// The module prefix printed in tracebacks (`dataclasses`), if any.
    pub module: Option<String>,
    /// The names the class and its user-defined bases define at class
    /// level, as `dir()` of an instance lists them: methods, class
    /// attributes, `__annotations__`, the names `@dataclass` adds. Sorted,
    /// without duplicates; the names of built-in bases are the runtime's.
    pub class_names: Vec<String>,
    /// Empty under single inheritance (the ancestors are the `parent`
    /// chain); for a class with several bases among its ancestors, the
    /// class and its ancestors in CPython's method resolution order,
    /// without `object`.
    pub mro: Vec<ClassId>,
}

/// The place of a field in an object, and what happens when the field is
/// read before it was assigned.
#[derive(Debug, Clone, PartialEq)]
pub struct FieldLayout {
    /// The field's offset from the start of the object, in words.
    pub word: usize,
    pub check: UnsetCheck,
    /// The class attribute that a read of the unassigned field returns
    /// (`n: int = 3` in the class body), instead of raising
    /// `AttributeError`.
    pub class_value: Option<GlobalId>,
}

/// How compiled code knows that a field has been assigned.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UnsetCheck {
    /// Every `__init__` assigns the field before anything can read it, and
    /// nothing deletes it: reads need no check.
    Never,
    /// The field holds a pointer that is never null once assigned; a null
    /// slot (fresh objects are zeroed) means unassigned.
    Null,
    /// Every bit pattern of the slot is a value (`int`, `float`, `bool`,
    /// `None`, `Optional`): bit `mask` of word `word` is set while the
    /// field is assigned.
    Bit { word: usize, mask: u64 },
}

impl Class {
    /// The number of 8-byte words before the first field: the class
    /// pointer, plus the exception header for exceptions.
    pub fn header_words(&self) -> usize {
        if self.is_exception {
            EXC_HEADER_WORDS
        } else {
            1
        }
    }
}

/// The class `object`, a base of every class (only as a static type,
/// e.g. `other: object` in `__eq__`; its instances have other classes).
pub const OBJECT_CLASS: ClassId = ClassId(0);

/// The frame of a frozen dataclass's generated `__setattr__`, which
/// CPython's tracebacks show as `File "<string>", line 4, in __setattr__`.
pub const FROZEN_SETATTR_FRAME: &str = "<dataclass __setattr__>";

/// The size in words of the runtime's `MgException` header.
pub const EXC_HEADER_WORDS: usize = 10;

#[derive(Debug)]
pub struct Global {
    pub name: String,
    pub ty: Ty,
    /// Reads must check that the global has been assigned (raising
    /// `NameError` otherwise), because some read may run before the first
    /// assignment.
    pub checked: bool,
    /// Like `Local::str_builder`.
    pub str_builder: bool,
}

#[derive(Debug)]
pub struct Function {
    pub name: String,
    /// The class of a method (methods get no `multigen call` entry point).
    pub class: Option<ClassId>,
    /// A comparison method generated by `@dataclass`: it applies only to
    /// another operand of exactly the same class.
    pub exact_other: bool,
    pub params: Vec<LocalId>,
    pub ret: Ty,
    pub locals: Vec<Local>,
    pub body: Vec<Stmt>,
    pub span: Span,
    /// For a function that is called through a function object (a nested
    /// function, a lambda, an adapter made by the checker): the locals
    /// whose cells or values the object carries, in its order. Such a
    /// function takes the object as a hidden first parameter.
    pub env: Option<Vec<LocalId>>,
    /// The name that `repr` and `__qualname__` show (`outer.<locals>.f`).
    pub qualname: String,
    /// Whether the function is one of the program's, with a frame of its
    /// own in tracebacks and in the recursion depth; false for the small
    /// wrappers the checker makes (a function or method used as a value),
    /// which CPython does not have.
    pub frame: bool,
}

#[derive(Debug)]
pub struct Local {
    pub name: String,
    pub ty: Ty,
    pub is_param: bool,
    /// A `str` variable extended with `+=`: its slot holds a string builder
    /// (appends take amortised constant time) and reads take its value.
    pub str_builder: bool,
    /// How a variable that closures share is stored.
    pub cell: CellKind,
}

/// The storage of a variable shared with nested functions. Python gives
/// such a variable a *cell*, a small heap object that every function using
/// it points to, so that a closure sees later assignments; the rest stay
/// in registers.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum CellKind {
    /// An ordinary local.
    #[default]
    None,
    /// A local of this function captured by a nested function: its cell is
    /// allocated when the function starts.
    Own,
    /// A variable of an enclosing function: the cell comes from the
    /// function object. `checked` reads test that it has been assigned
    /// (CPython's `NameError` for a free variable).
    Free { checked: bool },
    /// A value the function object carries by copy (a bound method's
    /// `self`), read-only.
    Copy,
}

/// Where a value can be stored.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Place {
    Local(LocalId),
    Global(GlobalId),
}

/// The left-hand side of an assignment: a place, or a tuple pattern.
#[derive(Clone, Debug)]
pub enum Target {
    Place(Place),
    Tuple(Vec<Target>),
    /// Unpacking a list of the given element type into exactly this many
    /// targets (`ValueError` if its length differs).
    List(Vec<Target>, Ty),
    /// A pattern with a starred target (`a, *mid, z = xs`) unpacking a
    /// list of the given element type: the targets in order, and the index
    /// of the starred one, which receives a new list of the elements
    /// between the others (`ValueError`, located at the pattern's span, if
    /// there are too few of them).
    Star(Vec<Target>, usize, Ty, Span),
    /// `container[index]` (a list or dict) inside a tuple target; the
    /// container and index are evaluated when the value is stored.
    Item(Box<Expr>, Box<Expr>),
    /// `object.field` inside a tuple target: the object (evaluated when
    /// the value is stored), the field's index and type.
    Field(Box<Expr>, usize, Ty),
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
    /// `for target in iter: body else: orelse`.
    For {
        target: Target,
        iter: Iter,
        body: Vec<Stmt>,
        orelse: Vec<Stmt>,
        /// The `for` statement, whose line reports errors of the iteration
        /// itself; `Span::default()` for loops lowered from an expression.
        span: Span,
    },
    /// `container[index] = value` for lists and dicts.
    SetItem(Expr, Expr, Expr),
    /// `del container[index]` for lists and dicts.
    DelItem(Expr, Expr),
    /// `place += value` for a `str` variable kept as a string builder.
    StrAppend(Place, Expr),
    /// Leaves the innermost `n + 1` loops (comprehension lowering needs to
    /// leave several nested loops at once).
    BreakOuter(u32),
    Break,
    Continue,
    Return(Option<Expr>),
    /// `assert test, msg`: the test, and the `AssertionError` to raise.
    Assert(Expr, Expr),
    /// `object.field = value`: the object, the field's index, the value.
    SetField(Expr, usize, Expr),
    /// `del object.field`: the object, the field's index, and the span of
    /// `object.field` (which tracebacks underline).
    DelField(Expr, usize, Span),
    /// `raise exc [from cause]`; `exc` None re-raises the exception being
    /// handled by the innermost enclosing `except`. `cause` is
    /// `Some(None)` for `from None`.
    Raise {
        exc: Option<Expr>,
        cause: Option<Option<Expr>>,
        span: Span,
    },
    Try(Box<Try>),
    /// Statements that CPython runs in a frame of their own (a lowered
    /// comprehension: `<listcomp>`, `<genexpr>`...; a class body, named
    /// like the class), which tracebacks show.
    Frame {
        name: String,
        span: Span,
        body: Vec<Stmt>,
    },
    /// A `for` loop over a call of a simple generator function, fused with
    /// the generator's body: no generator object exists (`check/fuse.rs`).
    Fused(Box<Fused>),
    /// `yield value` in the generator body of the innermost enclosing
    /// [`Fused`] loop (in its `gen`, not its `body`): binds the loop's
    /// target to the value and runs the loop body; the span is the
    /// `yield`'s.
    FusedYield(Expr, Span),
}

/// A `for` loop fused with the generator function it iterates over.
/// `for target in g(args): body else: orelse` runs as `g`'s body (`gen`,
/// over locals of this function) in which each `yield v` is a
/// [`Stmt::FusedYield`]: `target = v`, then `body`, where `continue` goes
/// back to the generator code after the `yield` and `break` leaves the
/// whole loop. `orelse` runs when `gen` finishes (falls off its end, or
/// `return`, which the rewrite makes a `BreakOuter` out of the loops of
/// `gen` plus one for the generator itself).
#[derive(Clone, Debug)]
pub struct Fused {
    /// The generator function's name, which its traceback frames show.
    pub name: String,
    /// Evaluated first, in order: the arguments of the call (and of the
    /// calls fused into it, innermost first), each stored into a parameter
    /// of the generator, or evaluated for its effects only.
    pub args: Vec<(Option<LocalId>, Expr)>,
    /// The generator's variables (locals of this function now): each
    /// starts out unassigned when the loop starts.
    pub locals: Vec<LocalId>,
    /// The generator's body.
    pub gen: Vec<Stmt>,
    pub target: Target,
    pub body: Vec<Stmt>,
    pub orelse: Vec<Stmt>,
    /// The `for` statement (`Span::default()` for a loop lowered from an
    /// expression), and the call of the generator.
    pub span: Span,
    pub call: Span,
}

impl Stmt {
    /// The nested statement blocks of a compound statement.
    pub fn blocks_mut(&mut self) -> Vec<&mut Vec<Stmt>> {
        match self {
            Stmt::If(_, a, b) => vec![a, b],
            Stmt::While { body, orelse, .. } | Stmt::For { body, orelse, .. } => vec![body, orelse],
            Stmt::Try(t) => {
                let Try {
                    body,
                    handlers,
                    orelse,
                    finalbody,
                } = &mut **t;
                let mut v = vec![body, orelse, finalbody];
                v.extend(handlers.iter_mut().map(|h| &mut h.body));
                v
            }
            Stmt::Frame { body, .. } => vec![body],
            Stmt::Fused(f) => {
                let Fused {
                    gen, body, orelse, ..
                } = &mut **f;
                vec![gen, body, orelse]
            }
            _ => vec![],
        }
    }

    /// The nested statement blocks of a compound statement.
    pub fn blocks(&self) -> Vec<&Vec<Stmt>> {
        match self {
            Stmt::If(_, a, b) => vec![a, b],
            Stmt::While { body, orelse, .. } | Stmt::For { body, orelse, .. } => vec![body, orelse],
            Stmt::Try(t) => {
                let mut v = vec![&t.body, &t.orelse, &t.finalbody];
                v.extend(t.handlers.iter().map(|h| &h.body));
                v
            }
            Stmt::Frame { body, .. } => vec![body],
            Stmt::Fused(f) => vec![&f.gen, &f.body, &f.orelse],
            _ => vec![],
        }
    }
}

#[derive(Clone, Debug)]
pub struct Try {
    pub body: Vec<Stmt>,
    pub handlers: Vec<Handler>,
    pub orelse: Vec<Stmt>,
    pub finalbody: Vec<Stmt>,
}

/// An `except` clause: the classes it catches (none for a bare `except`),
/// where `as name` stores the exception, and its body.
#[derive(Clone, Debug)]
pub struct Handler {
    pub classes: Vec<ClassId>,
    pub var: Option<Place>,
    pub body: Vec<Stmt>,
}

/// What a `for` loop (or comprehension clause) iterates over. Each kind
/// evaluates its operands once, when the loop starts.
#[derive(Clone, Debug)]
pub enum Iter {
    Range {
        start: Expr,
        stop: Expr,
        step: Expr,
        /// The `range(...)` call (where a zero step is reported).
        call: Span,
    },
    /// A list, by index; a list that grows during the loop is followed.
    List(Expr),
    /// A `tuple[T, ...]`, by index.
    VarTuple(Expr),
    /// A list, backwards (`reversed(xs)`).
    ListReversed(Expr),
    /// The code points of a str.
    Str(Expr),
    /// A tuple whose fields all have one type.
    Tuple(Expr),
    DictKeys(Expr),
    DictValues(Expr),
    DictItems(Expr),
    Set(Expr),
    /// `enumerate(inner, start)`: (counter, element) pairs.
    Enumerate(Box<Iter>, Expr),
    /// `zip(a, b, ...)`: tuples, stopping at the shortest.
    Zip(Vec<Iter>),
    /// `map(f, inner)`: the function value `f` (evaluated when the loop
    /// starts) applied to each element.
    Map(Box<Expr>, Box<Iter>),
    /// `filter(f, inner)` (`None` keeps truthy elements).
    Filter(Option<Box<Expr>>, Box<Iter>),
    /// An object with `__iter__`/`__next__`: the iterator (the value of
    /// `__iter__()`), and the call of its `__next__` on a placeholder
    /// receiver (`Load` of the given local, which the loop sets); a
    /// `StopIteration` from it ends the loop.
    Protocol {
        iter: Expr,
        holder: LocalId,
        next: Expr,
    },
    /// A generator object: resumed until it finishes.
    Gen(Expr),
}

impl Iter {
    /// Whether iterating calls functions: `map`'s and `filter`'s, or an
    /// iterator object's `__next__`.
    pub fn calls_functions(&self) -> bool {
        match self {
            Iter::Map(..) | Iter::Filter(Some(_), _) | Iter::Protocol { .. } | Iter::Gen(_) => true,
            Iter::Enumerate(i, _) | Iter::Filter(None, i) => i.calls_functions(),
            Iter::Zip(its) => its.iter().any(Iter::calls_functions),
            _ => false,
        }
    }
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
    /// Object identity (`is`/`is not`) of two lists, dicts or sets.
    Identity,
    /// Lexicographic ordering of two tuples of possibly different lengths:
    /// the element kinds of the common prefix, and the two lengths.
    TupleOrder(Vec<CmpKind>, usize, usize),
    /// Membership (`in`/`not in`) in a list, dict, set or tuple of the given
    /// type; the item has the element type.
    Contains(Ty),
    /// Any other type: the runtime's generic equality/ordering, driven by
    /// the type descriptor of this (common) type.
    Generic(Ty),
    /// `x is None` / `x == None` for an `Optional` operand (the other is
    /// `None`): a null test.
    NoneCheck,
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
    /// An `int` stored where a `float` is declared (a variable, parameter,
    /// return value, field or container element): at run time the int
    /// itself, NaN-boxed in the `f64` (`runtime/src/numtower.rs`). Its
    /// presence anywhere sets [`Program::numtower`].
    NumBox(Box<Expr>),
    /// An operation on `float` values that may hold a boxed int; see
    /// [`NumOp`].
    Num(NumOp, Vec<Expr>),
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
    /// A direct call of a function that takes a function object (`env`,
    /// the object the name is bound to), e.g. a nested function called by
    /// its name.
    CallEnv {
        func: FuncId,
        env: Box<Expr>,
        args: Vec<Expr>,
        map: Vec<ArgSource>,
    },
    /// A call through a function value: one indirect call.
    CallValue(Box<Expr>, Vec<Expr>),
    /// A function object for `func` (whose `env` lists its captures),
    /// carrying the given cells and values. Without captures it is a
    /// constant.
    MakeFunc {
        func: FuncId,
        captures: Vec<Capture>,
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
    /// A fixed-size tuple value as a `tuple[T, ...]` (boxed).
    BoxTuple(Box<Expr>),
    /// `range(start, stop, step)` as a value (raises for a zero step).
    MakeRange(Box<Expr>, Box<Expr>, Box<Expr>),
    /// A list, set or dict display of already-typed elements.
    List(Vec<Expr>),
    Set(Vec<Expr>),
    Dict(Vec<(Expr, Expr)>),
    /// `base[index]` for a list, str or dict (tuples use `TupleGet`).
    Index(Box<Expr>, Box<Expr>),
    /// `len()` of a str, list, dict or set.
    Len(Box<Expr>),
    /// `item in container` for a list, dict (keys), set, tuple or str.
    Contains(Box<Expr>, Box<Expr>),
    /// `list.append(value)`, with an inline fast path.
    Append(Box<Expr>, Box<Expr>),
    /// `dict.get(key)` / `dict.get(key, default)`.
    DictGet(Box<Expr>, Box<Expr>, Option<Box<Expr>>),
    /// Statements run for their effect, then the value of an expression
    /// (lowered comprehensions and reductions).
    Block(Vec<Stmt>, Box<Expr>),
    /// A new instance of a class: allocate, then run `init` (if any) with
    /// the new object followed by the arguments. Built-in exception
    /// classes take the arguments as their `args` tuple instead.
    New {
        class: ClassId,
        init: Option<FuncId>,
        args: Vec<Expr>,
        map: Vec<ArgSource>,
    },
    /// A method call: arguments as written (the receiver first), their
    /// mapping onto the parameters, and the virtual-table slot when the
    /// method is dispatched dynamically.
    MethodCall {
        func: FuncId,
        slot: Option<usize>,
        args: Vec<Expr>,
        map: Vec<ArgSource>,
    },
    /// A field of an object.
    GetField(Box<Expr>, usize),
    /// Whether a field of an object is set, or has a class attribute that
    /// a read falls back to (`hasattr`): a `bool`.
    FieldSet(Box<Expr>, usize),
    /// Whether the object is an instance of one of the classes.
    IsInstance(Box<Expr>, Vec<ClassId>),
    /// The same pointer seen as another class type (an upcast, or a
    /// downcast after an `isinstance` test).
    Cast(Box<Expr>),
    /// A value of type `T` as `Optional[T]`.
    Wrap(Box<Expr>),
    /// The `T` inside an `Optional[T]`; when a message is given, `None`
    /// raises that exception (type, message) instead.
    Unwrap(Box<Expr>, Option<(&'static str, String)>),
    /// Whether an `Optional` value is `None`.
    IsNone(Box<Expr>),
    /// Sets the `args` of an exception object (`super().__init__(...)` in
    /// an exception class): the object, then the arguments.
    ExcInit(Box<Expr>, Vec<Expr>),
    /// The `__name__` of the exception object's class, `type(e).__name__`.
    ClassName(Box<Expr>),
    /// `yield value` in a generator function: the value has the yield
    /// type; the expression's value is what `send()` passes in (`None`
    /// for `next()`).
    Yield(Box<Expr>),
    /// `yield from gen` of another generator: its items are passed on,
    /// and the expression's value is its return value.
    YieldFrom(Box<Expr>),
    /// A call of a runtime function with arguments converted as described.
    Rt {
        name: &'static str,
        args: Vec<RtArg>,
        /// The result comes back as a slot and is converted to the
        /// expression's type (otherwise it already has that type).
        slot_result: bool,
    },
}

/// What a function object carries for one captured variable.
#[derive(Clone, Debug)]
pub enum Capture {
    /// The cell of a variable of the creating function (`CellKind::Own`
    /// or `CellKind::Free` there).
    Cell(LocalId),
    /// A value, copied.
    Value(Expr),
}

/// An argument of a runtime call.
#[derive(Clone, Debug)]
pub enum RtArg {
    /// The value itself (`bool` widened to `i64`).
    Value(Expr),
    /// The value stored in an 8-byte slot (tuples boxed).
    Slot(Expr),
    /// The type descriptor of a type.
    Type(Ty),
    /// A key object for the runtime's sort, `min` and `max` (see
    /// `KeyObj` in the runtime) calling the given function value on
    /// slots; or a null pointer.
    KeyFunc(Option<Box<Expr>>),
    /// A constant integer.
    Const(i64),
    /// The descriptor of a class (its `MgClass`).
    Class(ClassId),
    /// A null pointer (an omitted optional argument).
    Null,
}

/// Operations of the numeric tower on a `float` operand that may be a
/// boxed int. In a program without boxed ints ([`Program::numtower`]
/// unset) each is what a real float makes of it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NumOp {
    /// `isinstance(x, int)`: a `bool` (false without boxed ints).
    IsInt,
    /// `isinstance(x, float)`: a `bool` (true without boxed ints).
    IsFloat,
    /// The int of a read narrowed by `isinstance(x, int)`: an `int`.
    AsInt,
    /// `float(x)`: the value as a real float.
    Untag,
    /// `type(x).__name__`: a `str`.
    TypeName,
    /// An `int` operand of a mixed `int`/`float` operator (arithmetic,
    /// `divmod`): converted to float, but passed as the int itself to the
    /// slow path of the operator, so that a boxed int on the other side
    /// meets an int (`x + 1` stays an int when `x` holds one).
    Promote,
    /// The start of `sum()` over floats: CPython's int 0, a real `0.0`
    /// without boxed ints (which prints differently only for an empty
    /// iterable, a documented difference).
    SumStart,
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

#[cfg(test)]
mod tests {
    /// The code generator lays user fields of exceptions out after the
    /// runtime's header, so both must agree on its size.
    #[test]
    fn exception_header_matches_the_runtime() {
        assert_eq!(
            8 * super::EXC_HEADER_WORDS,
            std::mem::size_of::<multigen_runtime::object::MgException>()
        );
    }
}
