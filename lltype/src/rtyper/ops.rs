//! Lowering of the flow graph's operations to typed operations.

use frontend::annotator::SomeValue;
use frontend::flowgraph::{self as flow, BinOp, OpKind, UnaryOp};
use frontend::program::Constant;

use super::RTyper;
use crate::ir::{IterKind, Opcode, Type, Value, Var};

/// Absent slice bounds, as the typed IR's slice operations expect them.
pub(crate) const NO_START: i64 = i64::MIN;
pub(crate) const NO_STOP: i64 = i64::MAX;

impl RTyper<'_> {
    pub(crate) fn translate_op(&mut self, op: &flow::Op) {
        let dest = Var(op.result.0);
        let args: Vec<(Value, Type)> = op.args.iter().map(|a| self.operand(a)).collect();
        let (value, ty) = match &op.kind {
            OpKind::BinOp(b) => self.binop(*b, &args[0], &args[1], &op.args[0], false),
            OpKind::InplaceBinOp(b) => self.binop(*b, &args[0], &args[1], &op.args[0], true),
            OpKind::Unary(u) => self.unary(*u, &args[0]),
            OpKind::Compare(c) => self.compare(*c, &args[0], &args[1]),
            OpKind::Truth => (self.truth(&args[0]), Type::Bool),
            OpKind::GetAttr(name) => self.getattr(&args[0], name, dest),
            OpKind::SetAttr(name) => {
                let Type::Instance(class) = args[0].1 else {
                    unreachable!("annotator checked setattr")
                };
                let fty = self.field_type(class, name).unwrap_or(Type::Void);
                let v = self.convert(args[1].0.clone(), &args[1].1, &fty);
                (
                    self.emit(
                        Opcode::SetField(name.clone()),
                        vec![args[0].0.clone(), v],
                        Type::Void,
                    ),
                    Type::Void,
                )
            }
            OpKind::GetItem => self.getitem(&args[0], &args[1], &op.args[1]),
            OpKind::SetItem => self.setitem(&args[0], &args[1], &args[2]),
            OpKind::DelItem => {
                let opc = if matches!(args[0].1, Type::Dict(..)) {
                    Opcode::DictDelItem
                } else {
                    Opcode::ListDelItem
                };
                let key = self.container_key(&args[0].1, &args[1]);
                (
                    self.emit(opc, vec![args[0].0.clone(), key], Type::Void),
                    Type::Void,
                )
            }
            OpKind::GetSlice => self.getslice(&args[0], &args[1], &args[2]),
            OpKind::Call { keywords, star } => self.call(op, &args, keywords, *star, dest),
            OpKind::CallMethod {
                name,
                keywords,
                star,
            } => self.call_method(op, &args, name, keywords, *star, dest),
            OpKind::CallSuper {
                class,
                name,
                keywords,
                star,
            } => self.call_super(op, &args, *class, name, keywords, *star),
            OpKind::NewList => {
                let ty = self.var_type(dest);
                let item = match &ty {
                    Type::List(t) => (**t).clone(),
                    _ => Type::Void,
                };
                let items = args
                    .iter()
                    .map(|(v, t)| self.convert(v.clone(), t, &item))
                    .collect();
                (self.emit(Opcode::NewList, items, ty.clone()), ty)
            }
            OpKind::NewTuple => {
                let ty = self.var_type(dest);
                let items = args.iter().map(|(v, _)| v.clone()).collect();
                let tmp_ty = Type::tuple(args.iter().map(|(_, t)| t.clone()).collect());
                (self.emit(Opcode::NewTuple, items, tmp_ty.clone()), tmp_ty).clone_into_ty(ty)
            }
            OpKind::NewDict => {
                let ty = self.var_type(dest);
                let (k, v) = match &ty {
                    Type::Dict(k, v) => ((**k).clone(), (**v).clone()),
                    _ => (Type::Void, Type::Void),
                };
                let mut items = Vec::new();
                for pair in args.chunks(2) {
                    items.push(self.convert(pair[0].0.clone(), &pair[0].1, &k));
                    items.push(self.convert(pair[1].0.clone(), &pair[1].1, &v));
                }
                (self.emit(Opcode::NewDict, items, ty.clone()), ty)
            }
            OpKind::Iter => {
                let ty = self.var_type(dest);
                let (kind, item) = match &ty {
                    Type::Iter(k, item) => (*k, (**item).clone()),
                    _ => (IterKind::List, Type::Void),
                };
                let iterable = match &args[0].1 {
                    Type::Tuple(_) => self.tuple_as_list(&args[0], &item),
                    _ => args[0].0.clone(),
                };
                (
                    self.emit(Opcode::NewIter(kind), vec![iterable], ty.clone()),
                    ty,
                )
            }

            OpKind::Next => {
                let item = match &args[0].1 {
                    Type::Iter(_, t) => (**t).clone(),
                    _ => Type::Void,
                };
                (
                    self.emit(Opcode::IterNext, vec![args[0].0.clone()], item.clone()),
                    item,
                )
            }
            OpKind::FormatValue { conversion, spec } => {
                self.format_value(&args[0], *conversion, spec)
            }
            OpKind::BuildString => self.concat_strs(args.iter().map(|(v, _)| v.clone()).collect()),
            OpKind::Narrow(class) => {
                let ty = Type::Instance(crate::ir::ClassId(class.0));
                (
                    self.emit(
                        Opcode::Downcast(crate::ir::ClassId(class.0)),
                        vec![args[0].0.clone()],
                        ty.clone(),
                    ),
                    ty,
                )
            }
            OpKind::NarrowNotNone | OpKind::SameAs => args[0].clone(),
        };
        if *self.ann.var(self.g.as_ref().unwrap().func, op.result) == SomeValue::Impossible {
            return;
        }
        self.assign(dest, value, &ty);
    }

    pub(crate) fn truth(&mut self, (v, t): &(Value, Type)) -> Value {
        match t {
            Type::Bool => v.clone(),
            Type::Void => Value::Const(crate::ir::Const::Bool(false)),
            _ => self.emit(Opcode::IsTrue, vec![v.clone()], Type::Bool),
        }
    }

    /// An int operand (bools converted).
    pub(crate) fn int(&mut self, (v, t): &(Value, Type)) -> Value {
        self.convert(v.clone(), t, &Type::Int)
    }

    pub(crate) fn float(&mut self, (v, t): &(Value, Type)) -> Value {
        self.convert(v.clone(), t, &Type::Float)
    }

    fn binop(
        &mut self,
        op: BinOp,
        l: &(Value, Type),
        r: &(Value, Type),
        left: &flow::Operand,
        inplace: bool,
    ) -> (Value, Type) {
        use Type as T;
        let unsigned = l.1 == T::Uint || r.1 == T::Uint;
        let int_ty = if unsigned { T::Uint } else { T::Int };
        let _ = left;
        match (&l.1, &r.1) {
            (T::Bool, T::Bool) if matches!(op, BinOp::BitAnd | BinOp::BitOr | BinOp::BitXor) => {
                let (a, b) = (self.int(l), self.int(r));
                let opc = match op {
                    BinOp::BitAnd => Opcode::IntAnd,
                    BinOp::BitOr => Opcode::IntOr,
                    _ => Opcode::IntXor,
                };
                let i = self.emit(opc, vec![a, b], T::Int);
                (
                    self.emit(
                        Opcode::IntNe,
                        vec![i, Value::Const(crate::ir::Const::Int(0))],
                        T::Bool,
                    ),
                    T::Bool,
                )
            }
            (a, b) if is_int(a) && is_int(b) && op != BinOp::TrueDiv => {
                let (x, y) = (self.int(l), self.int(r));
                let opc = match op {
                    BinOp::Add => Opcode::IntAdd,
                    BinOp::Sub => Opcode::IntSub,
                    BinOp::Mul => Opcode::IntMul,
                    BinOp::FloorDiv if unsigned => Opcode::UintFloorDiv,
                    BinOp::Mod if unsigned => Opcode::UintMod,
                    BinOp::RShift if unsigned => Opcode::UintRshift,
                    BinOp::FloorDiv => Opcode::IntFloorDiv,
                    BinOp::Mod => Opcode::IntMod,
                    BinOp::Pow => Opcode::IntPow,
                    BinOp::LShift => Opcode::IntLshift,
                    BinOp::RShift => Opcode::IntRshift,
                    BinOp::BitAnd => Opcode::IntAnd,
                    BinOp::BitOr => Opcode::IntOr,
                    BinOp::BitXor => Opcode::IntXor,
                    BinOp::TrueDiv => unreachable!(),
                };
                (self.emit(opc, vec![x, y], int_ty.clone()), int_ty)
            }
            (a, b) if is_num(a) && is_num(b) => {
                let (x, y) = (self.float(l), self.float(r));
                let opc = match op {
                    BinOp::Add => Opcode::FloatAdd,
                    BinOp::Sub => Opcode::FloatSub,
                    BinOp::Mul => Opcode::FloatMul,
                    BinOp::TrueDiv => Opcode::FloatTrueDiv,
                    BinOp::FloorDiv => Opcode::FloatFloorDiv,
                    BinOp::Mod => Opcode::FloatMod,
                    BinOp::Pow => Opcode::FloatPow,
                    _ => {
                        let span = self.span();
                        self.error(span, "bit operations need ints");
                        Opcode::FloatAdd
                    }
                };
                (self.emit(opc, vec![x, y], T::Float), T::Float)
            }
            (T::Str, T::Str) if op == BinOp::Add => (
                self.emit(Opcode::StrConcat, vec![l.0.clone(), r.0.clone()], T::Str),
                T::Str,
            ),
            (T::Str, b) if op == BinOp::Mul && is_int(b) => {
                let n = self.int(r);
                (
                    self.emit(Opcode::StrMul, vec![l.0.clone(), n], T::Str),
                    T::Str,
                )
            }
            (a, T::Str) if op == BinOp::Mul && is_int(a) => {
                let n = self.int(l);
                (
                    self.emit(Opcode::StrMul, vec![r.0.clone(), n], T::Str),
                    T::Str,
                )
            }
            (T::Str, _) if op == BinOp::Mod => self.percent_format(left, r),
            (T::Bytes, T::Bytes) if op == BinOp::Add => (
                self.emit(
                    Opcode::BytesConcat,
                    vec![l.0.clone(), r.0.clone()],
                    T::Bytes,
                ),
                T::Bytes,
            ),
            (T::List(_), T::List(_)) if op == BinOp::Add => {
                if inplace {
                    self.emit(Opcode::ListExtend, vec![l.0.clone(), r.0.clone()], T::Void);
                    l.clone()
                } else {
                    (
                        self.emit(
                            Opcode::ListConcat,
                            vec![l.0.clone(), r.0.clone()],
                            l.1.clone(),
                        ),
                        l.1.clone(),
                    )
                }
            }
            (T::List(_), b) if op == BinOp::Mul && is_int(b) => {
                let n = self.int(r);
                (
                    self.emit(Opcode::ListMul, vec![l.0.clone(), n], l.1.clone()),
                    l.1.clone(),
                )
            }
            (a, T::List(_)) if op == BinOp::Mul && is_int(a) => {
                let n = self.int(l);
                (
                    self.emit(Opcode::ListMul, vec![r.0.clone(), n], r.1.clone()),
                    r.1.clone(),
                )
            }
            (T::Tuple(a), T::Tuple(b)) if op == BinOp::Add => {
                let mut items = Vec::new();
                let mut types = Vec::new();
                for (src, fields) in [(l, a), (r, b)] {
                    for (i, t) in fields.iter().enumerate() {
                        items.push(self.emit(
                            Opcode::TupleGetItem(i as u32),
                            vec![src.0.clone()],
                            t.clone(),
                        ));
                        types.push(t.clone());
                    }
                }
                let ty = Type::tuple(types);
                (self.emit(Opcode::NewTuple, items, ty.clone()), ty)
            }
            _ => {
                let span = self.span();
                self.error(
                    span,
                    format!("unsupported operation on {} and {}", l.1, r.1),
                );
                (Value::Const(crate::ir::Const::Void), T::Void)
            }
        }
    }

    fn unary(&mut self, op: UnaryOp, a: &(Value, Type)) -> (Value, Type) {
        match (op, &a.1) {
            (UnaryOp::Not, _) => {
                let t = self.truth(a);
                (self.emit(Opcode::BoolNot, vec![t], Type::Bool), Type::Bool)
            }
            (UnaryOp::Neg, Type::Float) => (
                self.emit(Opcode::FloatNeg, vec![a.0.clone()], Type::Float),
                Type::Float,
            ),
            (UnaryOp::Pos, Type::Float) => a.clone(),
            (UnaryOp::Neg, _) => {
                let i = self.int(a);
                (self.emit(Opcode::IntNeg, vec![i], Type::Int), Type::Int)
            }
            (UnaryOp::Pos, _) => (self.int(a), Type::Int),
            (UnaryOp::Invert, _) => {
                let i = self.int(a);
                (self.emit(Opcode::IntInvert, vec![i], Type::Int), Type::Int)
            }
        }
    }

    fn getattr(&mut self, obj: &(Value, Type), name: &str, dest: Var) -> (Value, Type) {
        let Type::Instance(class) = obj.1 else {
            let span = self.span();
            self.error(span, format!("attribute `{name}` on {}", obj.1));
            return (Value::Const(crate::ir::Const::Void), Type::Void);
        };
        if let Some(fty) = self.field_type(class, name) {
            return (
                self.emit(
                    Opcode::GetField(name.to_string()),
                    vec![obj.0.clone()],
                    fty.clone(),
                ),
                fty,
            );
        }
        let dest_ty = self.var_type(dest);
        if let SomeValue::BoundMethod { .. } = self.ann.var(
            self.g.as_ref().unwrap().func,
            frontend::flowgraph::Var(dest.0),
        ) {
            // A bound method is the pair (receiver, implementation for the
            // receiver's run-time class).
            let Type::Tuple(fields) = dest_ty.clone() else {
                unreachable!("bound methods are pairs")
            };
            let func = self.emit(
                Opcode::GetMethod(name.to_string()),
                vec![obj.0.clone()],
                fields[1].clone(),
            );
            let pair = self.emit(Opcode::NewTuple, vec![obj.0.clone(), func], dest_ty.clone());
            return (pair, dest_ty);
        }

        if let Some(t) = self.class_attr_type(name) {
            return (
                self.emit(
                    Opcode::GetClassAttr(name.to_string()),
                    vec![obj.0.clone()],
                    t.clone(),
                ),
                t,
            );
        }
        let _ = dest_ty;
        let span = self.span();
        self.error(span, format!("attribute `{name}` has no storage"));
        (Value::Const(crate::ir::Const::Void), Type::Void)
    }

    /// Converts a key/index operand to what the container expects.
    pub(crate) fn container_key(&mut self, container: &Type, key: &(Value, Type)) -> Value {
        match container {
            Type::Dict(k, _) => self.convert(key.0.clone(), &key.1, k),
            _ => self.int(key),
        }
    }

    fn getitem(
        &mut self,
        obj: &(Value, Type),
        index: &(Value, Type),
        index_op: &flow::Operand,
    ) -> (Value, Type) {
        match &obj.1 {
            Type::List(item) => {
                let i = self.int(index);
                (
                    self.emit(
                        Opcode::ListGetItem,
                        vec![obj.0.clone(), i],
                        (**item).clone(),
                    ),
                    (**item).clone(),
                )
            }
            Type::Str => {
                let i = self.int(index);
                (
                    self.emit(Opcode::StrGetItem, vec![obj.0.clone(), i], Type::Str),
                    Type::Str,
                )
            }
            Type::Bytes => {
                let i = self.int(index);
                (
                    self.emit(Opcode::BytesGetItem, vec![obj.0.clone(), i], Type::Int),
                    Type::Int,
                )
            }
            Type::Dict(_, v) => {
                let k = self.container_key(&obj.1, index);
                (
                    self.emit(Opcode::DictGetItem, vec![obj.0.clone(), k], (**v).clone()),
                    (**v).clone(),
                )
            }
            Type::Tuple(items) => {
                let n = items.len() as i64;
                let i = match index_op {
                    flow::Operand::Const(Constant::Int(i)) => *i,
                    _ => 0,
                };
                let i = if i < 0 { i + n } else { i };
                let t = items[i as usize].clone();
                (
                    self.emit(
                        Opcode::TupleGetItem(i as u32),
                        vec![obj.0.clone()],
                        t.clone(),
                    ),
                    t,
                )
            }
            other => {
                let span = self.span();
                self.error(span, format!("cannot index {other}"));
                (Value::Const(crate::ir::Const::Void), Type::Void)
            }
        }
    }

    fn setitem(
        &mut self,
        obj: &(Value, Type),
        index: &(Value, Type),
        value: &(Value, Type),
    ) -> (Value, Type) {
        match &obj.1 {
            Type::List(item) => {
                let i = self.int(index);
                let v = self.convert(value.0.clone(), &value.1, item);
                (
                    self.emit(Opcode::ListSetItem, vec![obj.0.clone(), i, v], Type::Void),
                    Type::Void,
                )
            }
            Type::Dict(_, vt) => {
                let k = self.container_key(&obj.1, index);
                let v = self.convert(value.0.clone(), &value.1, vt);
                (
                    self.emit(Opcode::DictSetItem, vec![obj.0.clone(), k, v], Type::Void),
                    Type::Void,
                )
            }
            other => {
                let span = self.span();
                self.error(span, format!("cannot assign items of {other}"));
                (Value::Const(crate::ir::Const::Void), Type::Void)
            }
        }
    }

    fn getslice(
        &mut self,
        obj: &(Value, Type),
        start: &(Value, Type),
        stop: &(Value, Type),
    ) -> (Value, Type) {
        let bound = |this: &mut Self, b: &(Value, Type), absent: i64| match b.1 {
            Type::Void => Value::Const(crate::ir::Const::Int(absent)),
            _ => this.int(b),
        };
        let s = bound(self, start, NO_START);
        let e = bound(self, stop, NO_STOP);
        let opc = match obj.1 {
            Type::Str => Opcode::StrSlice,
            Type::Bytes => Opcode::BytesSlice,
            _ => Opcode::ListSlice,
        };
        (
            self.emit(opc, vec![obj.0.clone(), s, e], obj.1.clone()),
            obj.1.clone(),
        )
    }
}

pub(crate) fn is_int(t: &Type) -> bool {
    matches!(t, Type::Int | Type::Uint | Type::Bool)
}

pub(crate) fn is_num(t: &Type) -> bool {
    matches!(t, Type::Int | Type::Uint | Type::Bool | Type::Float)
}

trait CloneIntoTy {
    fn clone_into_ty(self, ty: Type) -> (Value, Type);
}

impl CloneIntoTy for (Value, Type) {
    /// A tuple built from its items' own types, to be converted to `ty` by `assign`.
    fn clone_into_ty(self, _ty: Type) -> (Value, Type) {
        self
    }
}
