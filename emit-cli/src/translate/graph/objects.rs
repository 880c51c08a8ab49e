//! Instances of RPython classes (see `classes.rs`).

use lltype::ir::{Op, Opcode, Type};

use crate::il::Insn;

use super::super::types::has_value;
use super::GraphTranslator;

impl GraphTranslator<'_> {
    /// Instances of RPython classes (see `classes.rs`).
    pub(super) fn instance_op(&mut self, op: &Op) -> Result<(), String> {
        let class_of = |t: &Type| match t {
            Type::Instance(c) => Some(*c),
            _ => None,
        };
        match &op.opcode {
            Opcode::New(c) => {
                let token = self.cx.classes.ctor_tokens[c];
                self.e.emit(Insn::NewObj { token, pops: 0 });
            }
            Opcode::GetField(name) | Opcode::SetField(name) => {
                let obj_ty = self.arg_type(&op.args[0]);
                let class = class_of(&obj_ty)
                    .ok_or_else(|| self.unsupported(format!("a field of {obj_ty}")))?;
                let field = self
                    .program
                    .all_fields(class)
                    .into_iter()
                    .find(|f| f.name == *name)
                    .map(|f| f.ty.clone())
                    .ok_or_else(|| self.unsupported(format!("unknown field {name}")))?;
                let token = self
                    .cx
                    .classes
                    .field_token(self.program, class, name)
                    .expect("every field of a class has a row");
                self.load(&op.args[0])?;
                if matches!(op.opcode, Opcode::GetField(_)) {
                    if !has_value(&field) {
                        self.e.emit(Insn::Pop);
                        return Ok(());
                    }
                    self.e.emit(Insn::LdFld(token));
                } else {
                    if !has_value(&field) {
                        self.e.emit(Insn::Pop);
                        return Ok(());
                    }
                    self.load_as(&op.args[1], &field)?;
                    self.e.emit(Insn::StFld(token));
                }
            }
            Opcode::InstanceOf(c) => {
                let token = self.cx.classes.type_rows[c].token();
                self.load(&op.args[0])?;
                self.e.emit(Insn::IsInst(token));
                self.e.emit(Insn::LdNull);
                self.e.emit(Insn::CgtUn);
            }
            Opcode::Downcast(c) => {
                // A no-op at run time, but the verifier tracks the static type.
                let token = self.cx.classes.type_rows[c].token();
                self.load(&op.args[0])?;
                self.e.emit(Insn::CastClass(token));
            }
            Opcode::MethodCall(name) => {
                let self_ty = self.arg_type(&op.args[0]);
                let class = class_of(&self_ty)
                    .ok_or_else(|| self.unsupported(format!("a method of {self_ty}")))?;
                let token = self
                    .cx
                    .classes
                    .method_token(self.program, class, name)
                    .ok_or_else(|| self.unsupported(format!("method {name} of {self_ty}")))?;
                // The signature is the family's: that of any implementation.
                let g = self
                    .program
                    .resolve_method(class, name)
                    .or_else(|| {
                        self.cx
                            .classes
                            .virtuals
                            .values()
                            .flatten()
                            .find(|v| v.name == *name)
                            .map(|v| v.graph)
                    })
                    .expect("a declared method has a graph");
                let callee = self.program.graph(g);
                let mut pops = 0;
                for (i, (a, p)) in op.args.iter().zip(callee.params()).enumerate() {
                    let pty = callee.var_type(*p);
                    if has_value(pty) {
                        if i == 0 {
                            self.load(a)?;
                        } else {
                            self.load_as(a, pty)?;
                        }
                        pops += 1;
                    }
                }
                let pushes = has_value(&callee.ret) as u8;
                self.e.emit(Insn::CallVirt {
                    token,
                    pops,
                    pushes,
                });
                if pushes == 1 && !has_value(self.graph.var_type(op.result)) {
                    self.e.emit(Insn::Pop);
                    return Ok(());
                }
            }
            _ => unreachable!(),
        }
        self.store(op.result)
    }
}
