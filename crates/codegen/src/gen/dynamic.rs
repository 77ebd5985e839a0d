//! Dynamic values (`object`, `Any`, unions; see "Dynamic values" in
//! ARCHITECTURE.md) in generated code. They are pointers: null for None,
//! an instance, or a runtime box, so loads, stores, slots and descriptors
//! need nothing of their own (`llvm_ty`, `slot_of`, `type_desc`); the
//! checker lowers their operations into calls of the runtime's `mg_dyn_*`
//! functions (`ExprKind::Rt`). What is left here is truthiness.

use super::*;

impl<'a, 'ctx> Gen<'a, 'ctx> {
    /// Python truthiness of a dynamic value, decided by the runtime from
    /// its run-time type.
    pub(super) fn dyn_truth(&mut self, v: BasicValueEnum<'ctx>) -> IntValue<'ctx> {
        let t = self
            .call_rt("mg_dyn_truth", &[v.into()])
            .unwrap()
            .into_int_value();
        b!(self.builder.build_int_compare(
            IntPredicate::NE,
            t,
            self.ctx.i64_type().const_zero(),
            "dyntruth"
        ))
    }
}
