//! Memory layouts shared by compiled code and the runtime.
//!
//! Compiled code knows every value's static type, so values carry no type
//! tag. Where the runtime must handle values of any type (container
//! elements, hashing, equality, ordering, `repr`), the code generator passes
//! a type descriptor ([`MgType`]) that it emits as a constant.
//!
//! Container elements, dict keys and values, and boxed tuple fields are
//! stored in 8-byte *slots* (`u64`):
//!
//! | static type | slot contents |
//! |---|---|
//! | `int` | the `i64` |
//! | `float` | the `f64`'s bits |
//! | `bool` | 0 or 1 |
//! | `None` | 0 |
//! | `str`, `list`, `dict`, `set` | the object pointer |
//! | `tuple[...]` | pointer to an [`MgTuple`] (compiled code keeps tuples as LLVM structs in registers and boxes them only to store them in a slot) |
//! | a class | pointer to the instance ([`MgObject`]; [`MgException`] for exceptions) |
//! | `Optional[T]` | 0 for `None`; otherwise a pointer to a GC cell holding the `T` slot if `T` is `int`, `float` or `bool`, else the `T` slot itself (never 0) |
//! | `object`, `Any`, `A \| B` | a dynamic value: 0 for `None`, an instance pointer, or a pointer to a box (`dynamic.rs`) |
//!
//! Every object is allocated from the collector; an object that holds no
//! pointers (a `str`, the item array of a `list[int]`) is allocated
//! "atomic" so the collector does not scan it.

use std::ffi::c_char;

/// Type descriptor kinds.
pub const KIND_NONE: i64 = 0;
pub const KIND_BOOL: i64 = 1;
pub const KIND_INT: i64 = 2;
pub const KIND_FLOAT: i64 = 3;
pub const KIND_STR: i64 = 4;
pub const KIND_TUPLE: i64 = 5;
pub const KIND_LIST: i64 = 6;
pub const KIND_DICT: i64 = 7;
pub const KIND_SET: i64 = 8;
/// An instance of any class, exceptions included: the slot is a non-null
/// pointer to an [`MgObject`]. The descriptor has no arguments: the class is
/// found through the object.
pub const KIND_OBJECT: i64 = 9;
/// `Optional[T]` (`nargs` = 1, the descriptor of `T`): slot 0 is `None`;
/// otherwise the slot is a pointer to a GC-allocated 8-byte cell holding the
/// `T` slot when `T` is `int`, `float` or `bool` ("boxed"), and the `T` slot
/// itself (a non-null pointer) for every other `T`.
pub const KIND_OPTIONAL: i64 = 10;
/// A function value (`Callable[...]`): the slot is a non-null pointer to
/// an [`MgFunc`]. Compared and hashed by identity, like CPython's
/// functions.
pub const KIND_FUNC: i64 = 11;
/// A dynamic value (`object`, `Any`, a union): the slot is null for
/// `None`, an instance pointer, or a pointer to a box holding the value's
/// own descriptor and slot (see `dynamic.rs`).
pub const KIND_DYN: i64 = 12;

/// The static facts about a function that its values point to.
#[repr(C)]
pub struct MgFuncInfo {
    /// `__name__`.
    pub name: *const crate::MgStr,
    /// `__qualname__` (`outer.<locals>.inner`), which `repr` shows.
    pub qualname: *const crate::MgStr,
}

/// The head of a function object: the code to call (which takes the
/// object itself as its first argument), the function's descriptor, then
/// the cells and values the function captured (which only its code
/// reads).
#[repr(C)]
pub struct MgFunc {
    pub code: *const std::ffi::c_void,
    pub info: *const MgFuncInfo,
}

/// A type descriptor: `kind`, then `nargs` pointers to the descriptors of
/// the type arguments (tuple fields in order; a list's or set's element; a
/// dict's key then value). Emitted by the code generator as constant data
/// with the LLVM type `{ i64, i64, [nargs x ptr] }`.
#[repr(C)]
pub struct MgType {
    pub kind: i64,
    pub nargs: i64,
    pub args: [*const MgType; 0],
}

impl MgType {
    /// The i-th type argument.
    ///
    /// # Safety
    /// `self` must be a descriptor laid out as documented, with `i < nargs`.
    pub unsafe fn arg(&self, i: usize) -> &MgType {
        &**self.args.as_ptr().add(i)
    }

    /// Whether slots of this type hold a pointer the collector must trace
    /// (objects and optionals included).
    pub fn is_pointer(&self) -> bool {
        !matches!(self.kind, KIND_NONE | KIND_BOOL | KIND_INT | KIND_FLOAT)
    }
}

/// A `list`. Compiled code reads `len`, `cap` and `items` directly (indexing,
/// `len`, iteration and the fast path of `append` are emitted inline), so
/// the first three fields must stay where they are.
#[repr(C)]
pub struct MgList {
    pub len: i64,
    pub cap: i64,
    pub items: *mut u64,
    pub elem: *const MgType,
}

/// A boxed tuple: its length, then one slot per field.
#[repr(C)]
pub struct MgTuple {
    pub len: i64,
    pub items: [u64; 0],
}

/// A descriptor with exactly `N` type arguments, for descriptors the runtime
/// itself needs as statics (it has the layout of [`MgType`]).
#[repr(C)]
pub struct MgTypeN<const N: usize> {
    pub kind: i64,
    pub nargs: i64,
    pub args: [*const MgType; N],
}

// SAFETY: descriptors are immutable constant data.
unsafe impl<const N: usize> Sync for MgTypeN<N> {}

impl<const N: usize> MgTypeN<N> {
    pub const fn as_type(&'static self) -> *const MgType {
        (self as *const Self).cast()
    }
}

pub static TYPE_INT: MgTypeN<0> = MgTypeN {
    kind: KIND_INT,
    nargs: 0,
    args: [],
};
pub static TYPE_NONE: MgTypeN<0> = MgTypeN {
    kind: KIND_NONE,
    nargs: 0,
    args: [],
};
pub static TYPE_STR: MgTypeN<0> = MgTypeN {
    kind: KIND_STR,
    nargs: 0,
    args: [],
};
/// `list[str]`, the type of the results of `str.split` and friends (a new
/// list of strings is made with `new_list(TYPE_STR.as_type(), n)`: it takes
/// the element's descriptor).
pub static TYPE_LIST_STR: MgTypeN<1> = MgTypeN {
    kind: KIND_LIST,
    nargs: 1,
    args: [(&TYPE_STR as *const MgTypeN<0>).cast()],
};

/// `MgClass::flags`: instances are exceptions (laid out as [`MgException`]).
pub const CLASS_EXCEPTION: i64 = 1;
/// `MgClass::flags`: instances are unhashable (the class defines `__eq__`
/// without `__hash__`); `hash()` raises `TypeError: unhashable type`.
pub const CLASS_UNHASHABLE: i64 = 2;

/// A user method returning a string (`__repr__`, `__str__`).
pub type StrMethod = unsafe extern "C-unwind" fn(*mut MgObject) -> *const crate::MgStr;
/// A binary comparison method (`__eq__`, `__lt__`, ...): 1 true, 0 false,
/// -1 `NotImplemented`.
pub type CmpMethod = unsafe extern "C-unwind" fn(*mut MgObject, *mut MgObject) -> i64;
/// `__hash__`.
pub type HashMethod = unsafe extern "C-unwind" fn(*mut MgObject) -> i64;

/// A class: constant data emitted by the code generator (or one of the
/// runtime's built-in exception classes). Methods the class does not
/// define itself are `None`; the runtime looks them up along `parent`.
#[repr(C)]
pub struct MgClass {
    /// `__name__`, NUL-terminated.
    pub name: *const c_char,
    /// The module shown in front of the name in tracebacks, NUL-terminated,
    /// or null for builtins and `__main__` (shown without a prefix).
    pub module: *const c_char,
    /// The base class, or null.
    pub parent: *const MgClass,
    /// `CLASS_*` bits.
    pub flags: i64,
    pub repr: Option<StrMethod>,
    pub str: Option<StrMethod>,
    pub eq: Option<CmpMethod>,
    pub hash: Option<HashMethod>,
    pub lt: Option<CmpMethod>,
    pub le: Option<CmpMethod>,
    pub gt: Option<CmpMethod>,
    pub ge: Option<CmpMethod>,
    /// What `dir()` of an instance lists, for the suggestion of an
    /// uncaught `AttributeError`; null for built-in classes.
    pub attrs: *const MgAttrTable,
}

/// The attribute names of a user class (constant data emitted by the code
/// generator), from which the runtime computes `dir(obj)`.
#[repr(C)]
pub struct MgAttrTable {
    /// The number of instance fields.
    pub nfields: i64,
    /// For each field, where to tell that it is set: the field is set while
    /// `word[0]` of the object (a word offset) has a bit of `word[1]` set.
    /// Fields that are always set test the class pointer (word 0, mask -1).
    pub fields: *const [i64; 2],
    /// The number of class-level names: those the class and its user-defined
    /// bases define (methods, class attributes, `__annotations__`, the
    /// names `@dataclass` adds), sorted.
    pub nnames: i64,
    /// The field names (`nfields`, in layout order) then the class-level
    /// names (`nnames`), each NUL-terminated, back to back.
    pub names: *const c_char,
}

// SAFETY: classes are immutable constant data.
unsafe impl Sync for MgClass {}

impl MgClass {
    /// `__name__`.
    ///
    /// # Safety
    /// `name` must be a valid NUL-terminated UTF-8 string that lives as
    /// long as the program (class data is constant).
    pub unsafe fn name(&self) -> &'static str {
        cstr(self.name)
    }

    /// The module prefix for tracebacks, if any.
    ///
    /// # Safety
    /// As for [`MgClass::name`].
    pub unsafe fn module(&self) -> Option<&'static str> {
        (!self.module.is_null()).then(|| cstr(self.module))
    }

    /// The class and its ancestors, nearest first.
    ///
    /// # Safety
    /// The parent chain must consist of valid classes.
    pub unsafe fn ancestry(&self) -> impl Iterator<Item = &'static MgClass> {
        let mut next = self as *const MgClass;
        std::iter::from_fn(move || {
            // SAFETY: the chain is valid constant data (see above).
            let c: &'static MgClass = unsafe { next.as_ref() }?;
            next = c.parent;
            Some(c)
        })
    }

    /// Whether `self` is `other` or derives from it.
    ///
    /// # Safety
    /// As for [`MgClass::ancestry`].
    pub unsafe fn is_subclass(&self, other: *const MgClass) -> bool {
        self.ancestry().any(|c| std::ptr::eq(c, other))
    }

    /// The first method found along the class and its ancestors.
    ///
    /// # Safety
    /// As for [`MgClass::ancestry`].
    pub unsafe fn find<T>(&self, get: impl Fn(&MgClass) -> Option<T>) -> Option<T> {
        self.ancestry().find_map(get)
    }
}

/// Text of a NUL-terminated constant string.
///
/// # Safety
/// `p` must be a valid NUL-terminated UTF-8 string that is never freed.
unsafe fn cstr(p: *const c_char) -> &'static str {
    let bytes = std::ffi::CStr::from_ptr(p).to_bytes();
    std::str::from_utf8(bytes).unwrap_or("?")
}

/// The header of every class instance: its class, followed by the fields,
/// 8 bytes each.
#[repr(C)]
pub struct MgObject {
    pub cls: *const MgClass,
}

/// An exception instance (its class has `CLASS_EXCEPTION`). User-defined
/// fields of exception subclasses follow, 8 bytes each.
#[repr(C)]
pub struct MgException {
    pub cls: *const MgClass,
    /// `args`: never null, possibly the empty tuple.
    pub args: *mut MgTuple,
    /// The descriptor of `args` (kind `TUPLE`, `nargs == args.len`).
    pub args_ty: *const MgType,
    /// The frames the exception passed through, outermost first, or null.
    pub traceback: *mut TbEntry,
    /// `__cause__` (`raise X from Y`), or null.
    pub cause: *mut MgException,
    /// `__context__`: the exception being handled when this one was raised.
    pub context: *mut MgException,
    /// `__suppress_context__`: 1 after `raise X from Y` (also `from None`).
    pub suppress_context: i64,
    /// CPython's `AttributeError.obj` and `.name`, set by a failed read of
    /// an instance attribute (otherwise null): the report of an uncaught
    /// one suggests a near name from `dir(obj)`.
    pub attr_obj: *const MgObject,
    pub attr_name: *const crate::MgStr,
    /// CPython's `OSError.filename` (a dynamic value, null for `None`),
    /// kept apart from `args` (`exc/oserror.rs`); null for other classes.
    pub filename: *const MgObject,
}

/// A source location of a traceback: constant data emitted by the code
/// generator, with NUL-terminated strings (`text` is the stripped source
/// line, possibly empty).
#[repr(C)]
pub struct TbSite {
    pub file: *const c_char,
    pub func: *const c_char,
    pub line: i64,
    pub text: *const c_char,
}

/// One frame of a traceback (GC-allocated).
#[repr(C)]
pub struct TbEntry {
    pub site: *const TbSite,
    pub next: *mut TbEntry,
}

/// Allocates a list of `len` zeroed slots (capacity at least `len`) whose
/// elements are described by `elem`.
// The descriptor is constant data emitted by the compiler or a runtime
// static, so reading it is safe for every caller the runtime has.
#[allow(clippy::not_unsafe_ptr_arg_deref)]
pub fn new_list(elem: *const MgType, len: usize) -> *mut MgList {
    let cap = len.max(4);
    // SAFETY: descriptors passed by compiled code and the runtime are valid.
    let pointers = unsafe { (*elem).is_pointer() };
    let items = if pointers {
        crate::mg_alloc(cap as i64 * 8)
    } else {
        // Atomic memory is not zeroed by the collector.
        let p = crate::mg_alloc_atomic(cap as i64 * 8) as *mut u64;
        // SAFETY: `p` has room for `cap` slots.
        unsafe { std::ptr::write_bytes(p, 0, cap) };
        p as *const crate::MgStr
    } as *mut u64;
    let list = crate::mg_alloc(std::mem::size_of::<MgList>() as i64) as *mut MgList;
    // SAFETY: both blocks were just allocated with the sizes written here.
    unsafe {
        list.write(MgList {
            len: len as i64,
            cap: cap as i64,
            items,
            elem,
        });
    }
    list
}
