//! The table of compiled functions that the runtime's fatal-error report
//! uses to recognise Python frames on the native stack
//! (`runtime/src/fatal/frames.rs`).
//!
//! Code generation marks each function that has a Python frame with its
//! frame's name and file (string attributes, which LLVM copies to the
//! resume functions of a generator), and makes the module body register a
//! placeholder table. Once the module is optimised, [`add_table`] fills the
//! placeholder in with the address of every such function still defined.
//! Taking the addresses only then keeps them from changing how LLVM
//! optimises the functions: a function whose address is taken keeps its
//! calling convention and arguments, so the table built before
//! optimisation would have cost run time.

use inkwell::attributes::AttributeLoc;
use inkwell::module::{Linkage, Module};
use inkwell::values::{BasicValueEnum, PointerValue};
use inkwell::AddressSpace;
use std::collections::HashMap;

/// The placeholder table each module body registers.
pub(crate) const TABLE: &str = "__mg_frames";
/// The attributes naming a function's frame and its file.
pub(crate) const ATTR_FUNC: &str = "mg-frame-func";
pub(crate) const ATTR_FILE: &str = "mg-frame-file";

/// Empties a table that is already filled in (IR that `multigen convert`
/// wrote, compiled again), before optimisation: its references would keep
/// every function it lists alive, and [`add_table`] builds it again
/// afterwards from what is left. (Optimisation drops the old entries.)
pub(crate) fn reset_table(module: &Module) {
    if let Some(table) = module.get_global(TABLE) {
        if let Some(init) = table.get_initializer() {
            table.set_initializer(&init.get_type().const_zero());
        }
    }
}

/// Fills in the module's table of compiled functions (see the module
/// comment); a module without one (no module body) is left alone.
pub(crate) fn add_table(module: &Module) {
    let Some(table) = module.get_global(TABLE) else {
        return;
    };
    let ctx = module.get_context();
    let ptr = ctx.ptr_type(AddressSpace::default());
    let i64t = ctx.i64_type();
    let site_ty = ctx.struct_type(&[ptr.into(), ptr.into(), i64t.into(), ptr.into()], false);
    let entry_ty = ctx.struct_type(&[ptr.into(), ptr.into()], false);
    let mut strings: HashMap<Vec<u8>, PointerValue> = HashMap::new();
    let mut c_string = |bytes: &[u8]| -> PointerValue {
        *strings.entry(bytes.to_vec()).or_insert_with(|| {
            let text = ctx.const_string(bytes, true);
            let g = module.add_global(text.get_type(), None, "frame.str");
            g.set_linkage(Linkage::Private);
            g.set_constant(true);
            g.set_initializer(&text);
            g.as_pointer_value()
        })
    };
    let mut entries = Vec::new();
    for f in module.get_functions() {
        if f.count_basic_blocks() == 0 {
            continue;
        }
        let attr = |key| f.get_string_attribute(AttributeLoc::Function, key);
        let (Some(func), Some(file)) = (attr(ATTR_FUNC), attr(ATTR_FILE)) else {
            continue;
        };
        let fields: [BasicValueEnum; 4] = [
            c_string(file.get_string_value().to_bytes()).into(),
            c_string(func.get_string_value().to_bytes()).into(),
            // Line 0: the report prints `line ???` where no call site
            // tells the line.
            i64t.const_zero().into(),
            c_string(b"").into(),
        ];
        let site = module.add_global(site_ty, None, "frame.site");
        site.set_linkage(Linkage::Private);
        site.set_constant(true);
        site.set_initializer(&site_ty.const_named_struct(&fields));
        let code = f.as_global_value().as_pointer_value();
        entries.push(entry_ty.const_named_struct(&[code.into(), site.as_pointer_value().into()]));
    }
    // Writable: the runtime sorts the entries in place when it registers
    // them.
    let array = entry_ty.const_array(&entries);
    let list = module.add_global(array.get_type(), None, "__mg_frame_entries");
    list.set_linkage(Linkage::Private);
    list.set_initializer(&array);
    let header: [BasicValueEnum; 4] = [
        ptr.const_null().into(),
        i64t.const_zero().into(),
        i64t.const_int(entries.len() as u64, false).into(),
        list.as_pointer_value().into(),
    ];
    let header_ty = ctx.struct_type(&[ptr.into(), i64t.into(), i64t.into(), ptr.into()], false);
    table.set_initializer(&header_ty.const_named_struct(&header));
}
