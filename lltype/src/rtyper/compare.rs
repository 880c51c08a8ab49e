//! Comparisons: by the operands' types, with `None` tests as identity.

use frontend::flowgraph::CmpOp;

use super::ops::{is_int, is_num};
use super::RTyper;
use crate::ir::{Const, Opcode, Type, Value};

impl RTyper<'_> {
    pub(crate) fn compare(
        &mut self,
        op: CmpOp,
        l: &(Value, Type),
        r: &(Value, Type),
    ) -> (Value, Type) {
        let v = self.compare_value(op, l, r);
        (v, Type::Bool)
    }

    fn not(&mut self, v: Value) -> Value {
        self.emit(Opcode::BoolNot, vec![v], Type::Bool)
    }

    fn compare_value(&mut self, op: CmpOp, l: &(Value, Type), r: &(Value, Type)) -> Value {
        use CmpOp::*;
        match op {
            In | NotIn => {
                let v = self.contains(r, l);
                return if op == NotIn { self.not(v) } else { v };
            }
            Is | IsNot => {
                let v = self.identity(l, r);
                return if op == IsNot { self.not(v) } else { v };
            }
            _ => {}
        }
        // `x == None`: identity with null.
        if matches!(op, Eq | Ne) && (l.1 == Type::Void || r.1 == Type::Void) {
            let v = self.identity(l, r);
            return if op == Ne { self.not(v) } else { v };
        }
        let (a, b) = (&l.1, &r.1);
        if is_int(a)
            && is_int(b)
            && !(*a == Type::Bool && *b == Type::Bool && matches!(op, Eq | Ne))
        {
            let (x, y) = (self.int(l), self.int(r));
            let unsigned = *a == Type::Uint || *b == Type::Uint;
            let opc = match op {
                Lt if unsigned => Opcode::UintLt,
                Le if unsigned => Opcode::UintLe,
                Gt if unsigned => Opcode::UintGt,
                Ge if unsigned => Opcode::UintGe,
                Lt => Opcode::IntLt,
                Le => Opcode::IntLe,
                Eq => Opcode::IntEq,
                Ne => Opcode::IntNe,
                Gt => Opcode::IntGt,
                _ => Opcode::IntGe,
            };

            return self.emit(opc, vec![x, y], Type::Bool);
        }
        if *a == Type::Bool && *b == Type::Bool {
            let e = self.emit(Opcode::BoolEq, vec![l.0.clone(), r.0.clone()], Type::Bool);
            return if op == Ne { self.not(e) } else { e };
        }
        if is_num(a) && is_num(b) {
            let (x, y) = (self.float(l), self.float(r));
            let opc = match op {
                Lt => Opcode::FloatLt,
                Le => Opcode::FloatLe,
                Eq => Opcode::FloatEq,
                Ne => Opcode::FloatNe,
                Gt => Opcode::FloatGt,
                _ => Opcode::FloatGe,
            };
            return self.emit(opc, vec![x, y], Type::Bool);
        }
        if *a == Type::Str && *b == Type::Str {
            let opc = match op {
                Lt => Opcode::StrLt,
                Le => Opcode::StrLe,
                Eq => Opcode::StrEq,
                Ne => Opcode::StrNe,
                Gt => Opcode::StrGt,
                _ => Opcode::StrGe,
            };
            return self.emit(opc, vec![l.0.clone(), r.0.clone()], Type::Bool);
        }
        if let (Type::Instance(_), Type::Instance(_)) = (a, b) {
            let v = self.identity(l, r);
            return match op {
                Eq => v,
                Ne => self.not(v),
                _ => {
                    let span = self.span();
                    self.error(span, "instances can only be compared with == and !=");
                    v
                }
            };
        }
        if a != b {
            // Different types never compare equal in the dialect.
            return match op {
                Eq => Value::Const(Const::Bool(false)),
                Ne => Value::Const(Const::Bool(true)),
                _ => {
                    let span = self.span();
                    self.error(span, format!("cannot order {a} and {b}"));
                    Value::Const(Const::Bool(false))
                }
            };
        }
        // Structural comparisons of tuples, lists, bytes, dicts.
        let (x, y) = (l.0.clone(), r.0.clone());
        match op {
            Eq => self.emit(Opcode::Eq, vec![x, y], Type::Bool),
            Ne => {
                let e = self.emit(Opcode::Eq, vec![x, y], Type::Bool);
                self.not(e)
            }
            Lt => self.emit(Opcode::Lt, vec![x, y], Type::Bool),
            Gt => self.emit(Opcode::Lt, vec![y, x], Type::Bool),
            Le => {
                let e = self.emit(Opcode::Lt, vec![y, x], Type::Bool);
                self.not(e)
            }
            _ => {
                let e = self.emit(Opcode::Lt, vec![x, y], Type::Bool);
                self.not(e)
            }
        }
    }

    fn identity(&mut self, l: &(Value, Type), r: &(Value, Type)) -> Value {
        match (&l.1, &r.1) {
            (Type::Void, Type::Void) => Value::Const(Const::Bool(true)),
            (Type::Void, t) | (t, Type::Void) if !t.is_reference() => {
                Value::Const(Const::Bool(false))
            }
            (Type::Void, _) => self.emit(
                Opcode::Is,
                vec![r.0.clone(), Value::Const(Const::Null)],
                Type::Bool,
            ),
            (_, Type::Void) => self.emit(
                Opcode::Is,
                vec![l.0.clone(), Value::Const(Const::Null)],
                Type::Bool,
            ),
            (Type::Bool, Type::Bool) => {
                self.emit(Opcode::BoolEq, vec![l.0.clone(), r.0.clone()], Type::Bool)
            }
            (a, b) if is_int(a) && is_int(b) => {
                let (x, y) = (self.int(l), self.int(r));
                self.emit(Opcode::IntEq, vec![x, y], Type::Bool)
            }
            _ => self.emit(Opcode::Is, vec![l.0.clone(), r.0.clone()], Type::Bool),
        }
    }

    /// `item in container`.
    fn contains(&mut self, container: &(Value, Type), item: &(Value, Type)) -> Value {
        match &container.1 {
            Type::List(t) => {
                let v = self.convert(item.0.clone(), &item.1, t);
                self.emit(
                    Opcode::ListContains,
                    vec![container.0.clone(), v],
                    Type::Bool,
                )
            }
            Type::Dict(..) => {
                let k = self.container_key(&container.1, item);
                self.emit(
                    Opcode::DictContains,
                    vec![container.0.clone(), k],
                    Type::Bool,
                )
            }
            Type::Str => self.emit(
                Opcode::StrContains,
                vec![container.0.clone(), item.0.clone()],
                Type::Bool,
            ),
            Type::Tuple(types) => {
                // A chain of equality tests, combined without branching.
                let mut acc = Value::Const(Const::Bool(false));
                for (i, t) in types.clone().iter().enumerate() {
                    let field = self.emit(
                        Opcode::TupleGetItem(i as u32),
                        vec![container.0.clone()],
                        t.clone(),
                    );
                    let eq = self.compare_value(CmpOp::Eq, &(field, t.clone()), item);
                    let a = self.emit(Opcode::BoolToInt, vec![acc], Type::Int);
                    let b = self.emit(Opcode::BoolToInt, vec![eq], Type::Int);
                    let o = self.emit(Opcode::IntOr, vec![a, b], Type::Int);
                    acc = self.emit(
                        Opcode::IntNe,
                        vec![o, Value::Const(Const::Int(0))],
                        Type::Bool,
                    );
                }
                acc
            }
            other => {
                let span = self.span();
                self.error(span, format!("`in` on {other}"));
                Value::Const(Const::Bool(false))
            }
        }
    }
}
