//! `list[i]` and `list[i] = v` inline: when `0 <= i < len` (one unsigned
//! compare against the list's `count`), the item is read or written in the
//! list's `items` array directly; otherwise the runtime's `GetItemSlow` /
//! `SetItemSlow` (never inlined) handle negative indexes and raise
//! IndexError. Mono inlines the runtime's `GetItem`/`SetItem` too, but their
//! argument temporaries then crowd the method's own variables out of
//! registers.
//!
//! The index (and the list and item) are loaded twice, so these operations
//! never take their arguments from the stack (see `stackify`).

use lltype::ir::{Op, Opcode, Type};

use crate::il::{Cond, Insn};
use crate::sig::SigType;

use super::super::types::has_value;
use super::GraphTranslator;

/// The `ldelem`/`stelem` instructions for items of CLI type `item`. Not for
/// float64 items: mono's verifier rejects `ldelem.r8` on the `!0[]` field
/// of `RList<float64>`.
fn element_insns(item: &SigType) -> Option<(Insn, Insn)> {
    match item {
        SigType::I8 => Some((Insn::LdElemI8, Insn::StElemI8)),
        SigType::String
        | SigType::Object
        | SigType::Class(_)
        | SigType::GenericClass(..)
        | SigType::SzArray(_) => Some((Insn::LdElemRef, Insn::StElemRef)),
        _ => None,
    }
}

impl GraphTranslator<'_> {
    /// Emits a list get or set item inline; false when the item type has no
    /// plain array access (the caller then calls the runtime).
    pub(super) fn list_index_inline(
        &mut self,
        op: &Op,
        class: &SigType,
        item: &Type,
    ) -> Result<bool, String> {
        if !has_value(item) {
            return Ok(false);
        }
        let item_sig = self.cx.item_sig(item);
        let Some((load_elem, store_elem)) = element_insns(&item_sig) else {
            return Ok(false);
        };
        let set = op.opcode == Opcode::ListSetItem;
        let parent = self.cx.type_row(class);
        let items = self.cx.field_ref(
            parent,
            "items",
            &SigType::SzArray(Box::new(SigType::Var(0))),
        );
        let count = self.cx.field_ref(parent, "count", &SigType::I4);
        let (fast, done) = (self.e.new_label(), self.e.new_label());
        let (list, index) = (&op.args[0], &op.args[1]);

        self.load_as(index, &Type::Int)?;
        self.load(list)?;
        self.e.emit(Insn::LdFld(count));
        self.e.emit(Insn::ConvI8);
        self.e.emit(Insn::Branch(Cond::LtUn, fast));

        // Slow path: negative index or IndexError.
        self.load(list)?;
        self.load_as(index, &Type::Int)?;
        let (name, params, ret) = if set {
            self.load_item(&op.args[2], item)?;
            (
                "SetItemSlow",
                vec![SigType::I8, SigType::Var(0)],
                SigType::Void,
            )
        } else {
            ("GetItemSlow", vec![SigType::I8], SigType::Var(0))
        };
        let m = self.cx.generic_method(class, name, true, &params, ret);
        self.callvirt(m);
        self.e.emit(Insn::Branch(Cond::Always, done));

        self.e.mark(fast);
        self.load(list)?;
        self.e.emit(Insn::LdFld(items));
        self.load_as(index, &Type::Int)?;
        self.e.emit(Insn::ConvI4);
        if set {
            self.load_item(&op.args[2], item)?;
            self.e.emit(store_elem);
        } else {
            self.e.emit(load_elem);
        }
        self.e.mark(done);
        self.store_or_pop(op, (!set) as u8)?;
        Ok(true)
    }
}
