//! List operations on `List<T>`, and list iterators.

use lltype::ir::{Op, Opcode, Type, Value};

use crate::il::{Cond, Insn, Label};

use super::super::helpers::Helper;
use super::super::types::{list_elem, Elem};
use super::GraphTranslator;

impl GraphTranslator<'_> {
    /// Lists of primitives and strings, as `List<T>`.
    pub(super) fn list_op(&mut self, op: &Op) -> Result<(), String> {
        let list_ty = match op.opcode {
            Opcode::NewList => self.graph.var_type(op.result).clone(),
            _ => self.arg_type(&op.args[0]),
        };
        let Some(elem) = list_elem(&list_ty) else {
            return Err(self.unsupported(format!("a list of type {list_ty}")));
        };
        let Type::List(item_ty) = &list_ty else {
            unreachable!()
        };
        let item_ty = (**item_ty).clone();
        match op.opcode {
            Opcode::NewList => {
                let ctor = self.cx.list_method(elem, ".ctor");
                self.e.emit(Insn::NewObj {
                    token: ctor.token,
                    pops: 0,
                });
                let add = self.cx.list_method(elem, "Add");
                for a in &op.args {
                    self.e.emit(Insn::Dup);
                    self.load_as(a, &item_ty)?;
                    self.callvirt(add);
                }
            }
            Opcode::ListLen => {
                self.load(&op.args[0])?;
                let m = self.cx.list_method(elem, "get_Count");
                self.callvirt(m);
                self.e.emit(Insn::ConvI8);
            }
            Opcode::ListAppend => {
                self.load(&op.args[0])?;
                self.load_as(&op.args[1], &item_ty)?;
                let m = self.cx.list_method(elem, "Add");
                self.callvirt(m);
            }
            Opcode::ListGetItem => {
                self.load(&op.args[0])?;
                self.load_as(&op.args[1], &Type::Int)?;
                let m = self.cx.helper(Helper::ListGetItem(elem));
                self.call(m);
            }
            Opcode::ListPop => {
                self.load(&op.args[0])?;
                match op.args.get(1) {
                    Some(i) => self.load_as(i, &Type::Int)?,
                    None => self.e.emit(Insn::LdcI8(-1)),
                }
                let m = self.cx.helper(Helper::ListPop(elem));
                self.call(m);
            }
            Opcode::ListInsert => {
                self.load(&op.args[0])?;
                self.load_as(&op.args[1], &Type::Int)?;
                self.load_as(&op.args[2], &item_ty)?;
                let m = self.cx.helper(Helper::ListInsert(elem));
                self.call(m);
            }
            Opcode::ListContains => {
                self.load(&op.args[0])?;
                self.load_as(&op.args[1], &item_ty)?;
                let m = self.cx.list_method(elem, "Contains");
                self.callvirt(m);
            }
            Opcode::ListReverse => {
                self.load(&op.args[0])?;
                let m = self.cx.list_method(elem, "Reverse");
                self.callvirt(m);
            }
            Opcode::ListSlice => {
                self.load(&op.args[0])?;
                self.load_as(&op.args[1], &Type::Int)?;
                self.load_as(&op.args[2], &Type::Int)?;
                let m = self.cx.helper(Helper::ListSlice(elem));
                self.call(m);
            }
            Opcode::ListSetItem => {
                self.load(&op.args[0])?;
                self.load_as(&op.args[1], &Type::Int)?;
                self.load_as(&op.args[2], &item_ty)?;
                let m = self.cx.helper(Helper::ListSetItem(elem));
                self.call(m);
            }
            _ => unreachable!(),
        }
        self.store(op.result)
    }

    /// `it.index < len(it.list)`, else to `exhausted`; then
    /// `it.list[it.index++]` on the stack.
    pub(super) fn list_iter_next(
        &mut self,
        it: &Value,
        elem: Elem,
        exhausted: Label,
    ) -> Result<(), String> {
        let (list_field, index_field) = {
            let l = self.cx.classes.list_iter(elem).expect("planned");
            (l.list_field, l.index_field)
        };
        let count = self.cx.list_method(elem, "get_Count");
        let get = self.cx.list_method(elem, "get_Item");
        self.load(it)?;
        self.e.emit(Insn::LdFld(index_field));
        self.load(it)?;
        self.e.emit(Insn::LdFld(list_field));
        self.callvirt(count);
        self.e.emit(Insn::ConvI8);
        self.e.emit(Insn::Branch(Cond::Ge, exhausted));
        self.load(it)?;
        self.e.emit(Insn::LdFld(list_field));
        self.load(it)?;
        self.e.emit(Insn::LdFld(index_field));
        self.e.emit(Insn::ConvI4);
        self.callvirt(get);
        // it.index += 1, under the item.
        self.load(it)?;
        self.load(it)?;
        self.e.emit(Insn::LdFld(index_field));
        self.e.emit(Insn::LdcI8(1));
        self.e.emit(Insn::Add);
        self.e.emit(Insn::StFld(index_field));
        Ok(())
    }
}
