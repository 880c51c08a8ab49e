//! Operations defined on values of any type, dispatched on the static type:
//! truth, str/repr, format, structural equality and order, min/max.

use lltype::ir::{Op, Opcode, Type};
use ristretto_classfile::attributes::Instruction as I;

use super::{O, S};
use crate::classfile::{Cond, Invoke, JType};
use crate::lower::graph::GraphLowerer;
use crate::runtime::names as rt;

impl GraphLowerer<'_, '_> {
    pub(crate) fn is_true(&mut self, op: &Op) -> JType {
        match self.own_jtype(&op.args[0]) {
            JType::Bool | JType::Int => {
                self.push(&op.args[0], &JType::Bool);
                JType::Bool
            }
            JType::Long => {
                self.push(&op.args[0], &JType::Long);
                self.code.long_const(self.pool, 0);
                self.code.raw(I::Lcmp, 2, JType::Int);
                self.bool_from(Cond::Ne)
            }
            JType::Double => {
                self.push(&op.args[0], &JType::Double);
                self.code.double_const(self.pool, 0.0);
                self.code.raw(I::Dcmpl, 2, JType::Int);
                self.bool_from(Cond::Ne)
            }
            JType::Void => {
                self.code.bool_const(false);
                JType::Bool
            }
            JType::Ref(_) => self.call_static(rt::TRUTH, "of", &format!("({O})Z"), &op.args),
        }
    }

    pub(crate) fn str_or_repr(&mut self, op: &Op, repr: bool) -> JType {
        match self.ir_type(&op.args[0]) {
            Some(Type::Int) => self.call_static(rt::REPR, "str", &format!("(J){S}"), &op.args),
            Some(Type::Uint) => self.call_static(
                "java/lang/Long",
                "toUnsignedString",
                &format!("(J){S}"),
                &op.args,
            ),
            Some(Type::Float) => self.call_static(rt::REPR, "str", &format!("(D){S}"), &op.args),
            Some(Type::Bool) => self.call_static(rt::REPR, "str", &format!("(Z){S}"), &op.args),
            Some(Type::Str) if repr => {
                self.call_static(rt::REPR, "reprStr", &format!("({S}){S}"), &op.args)
            }
            Some(Type::Str) => self.call_static(rt::REPR, "strStr", &format!("({S}){S}"), &op.args),
            Some(Type::Void) | None => {
                self.code.string_const(self.pool, "None");
                JType::object(rt::STRING)
            }
            Some(_) if repr => self.call_static(rt::REPR, "repr", &format!("({O}){S}"), &op.args),
            Some(_) => self.call_static(rt::REPR, "str", &format!("({O}){S}"), &op.args),
        }
    }

    /// `format(value, spec)`: the spec's fields are passed as constants.
    pub(crate) fn format(
        &mut self,
        op: &Op,
        spec: &lltype::ir::FormatSpec,
    ) -> Result<JType, String> {
        let value = match self.ir_type(&op.args[0]) {
            Some(Type::Int | Type::Uint) => JType::Long,
            Some(Type::Float) => JType::Double,
            Some(Type::Bool) => JType::Bool,
            _ => JType::object(rt::STRING),
        };
        if matches!(self.ir_type(&op.args[0]), Some(t) if !matches!(t, Type::Int | Type::Uint | Type::Float | Type::Bool | Type::Str))
        {
            // format(None, spec) formats str(None).
            self.str_or_repr(op, false);
        } else {
            self.push(&op.args[0], &value);
        }
        let pool = &mut *self.pool;
        self.code.int_const(pool, spec.fill as i32);
        self.code
            .int_const(pool, spec.align.map_or(0, |c| c as i32));
        self.code.bool_const(spec.plus);
        self.code.bool_const(spec.zero_pad);
        self.code
            .int_const(pool, spec.width.min(i32::MAX as usize) as i32);
        self.code.int_const(
            pool,
            spec.precision
                .map_or(-1, |p| p.min(i32::MAX as usize) as i32),
        );
        self.code.int_const(pool, spec.kind.map_or(0, |c| c as i32));
        let desc = format!("({}IIZZIII){S}", value.descriptor());
        self.code
            .invoke(self.pool, Invoke::Static, rt::FMT, "format", &desc);
        Ok(JType::object(rt::STRING))
    }

    pub(crate) fn structural_eq(&mut self, op: &Op) -> JType {
        match self.own_jtype(&op.args[0]) {
            JType::Long => self.long_cmp(op, Cond::Eq),
            JType::Double => self.double_cmp(op, I::Dcmpl, Cond::Eq),
            JType::Bool | JType::Int => {
                self.push(&op.args[0], &JType::Bool);
                self.push(&op.args[1], &JType::Bool);
                self.bool_from(Cond::ICmpEq)
            }
            JType::Void => {
                self.code.bool_const(true);
                JType::Bool
            }
            JType::Ref(_) => self.call_static(rt::CMP, "eq", &format!("({O}{O})Z"), &op.args),
        }
    }

    pub(crate) fn structural_lt(&mut self, op: &Op) -> JType {
        match self.own_jtype(&op.args[0]) {
            JType::Long => self.long_cmp(op, Cond::Lt),
            JType::Double => self.double_cmp(op, I::Dcmpg, Cond::Lt),
            JType::Bool | JType::Int => {
                self.push(&op.args[0], &JType::Bool);
                self.push(&op.args[1], &JType::Bool);
                self.bool_from(Cond::ICmpLt)
            }
            _ => self.call_static(rt::SEQ, "lt", &format!("({O}{O})Z"), &op.args),
        }
    }

    pub(crate) fn min_max(&mut self, op: &Op) -> Result<JType, String> {
        let max = op.opcode == Opcode::Max;
        let result = self.ctx.jtype(self.graph.var_type(op.result));
        if op.args.len() == 1 {
            // min(list)
            let lt = self.own_jtype(&op.args[0]);
            let class = lt.class_name().to_string();
            let item = match class.as_str() {
                rt::LIST_I => JType::Long,
                rt::LIST_F => JType::Double,
                rt::LIST_Z => JType::Bool,
                _ => JType::object(rt::OBJECT),
            };
            let name = if max { "max" } else { "min" };
            return Ok(self.call_virtual(
                &class,
                name,
                &format!("(){}", item.descriptor()),
                &op.args,
            ));
        }
        let (name, t) = match &result {
            JType::Long => (if max { "maxI" } else { "minI" }, JType::Long),
            JType::Double => (if max { "maxF" } else { "minF" }, JType::Double),
            _ => (if max { "maxO" } else { "minO" }, JType::object(rt::OBJECT)),
        };
        let desc = format!("({}{}){}", t.descriptor(), t.descriptor(), t.descriptor());
        self.push(&op.args[0], &t);
        for a in &op.args[1..] {
            self.push(a, &t);
            self.code
                .invoke(self.pool, Invoke::Static, rt::SEQ, name, &desc);
        }
        Ok(t)
    }
}
