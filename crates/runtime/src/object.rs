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
//!
//! Every object is allocated from the collector; an object that holds no
//! pointers (a `str`, the item array of a `list[int]`) is allocated
//! "atomic" so the collector does not scan it.

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

    /// Whether slots of this type hold a pointer the collector must trace.
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
    pub fn as_type(&'static self) -> *const MgType {
        (self as *const Self).cast()
    }
}

pub static TYPE_INT: MgTypeN<0> = MgTypeN {
    kind: KIND_INT,
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
