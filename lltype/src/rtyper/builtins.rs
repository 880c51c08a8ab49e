//! Builtin functions and the methods of str, bytes, list and dict.

use frontend::flowgraph::{self as flow, Operand};
use frontend::program::{Builtin, Constant};

use super::ops::{is_int, NO_STOP};
use super::RTyper;
use crate::ir::{ClassId, Const, MathFn, Opcode, Type, Value, Var};

impl RTyper<'_> {
    fn void(&self) -> (Value, Type) {
        (Value::Const(Const::Void), Type::Void)
    }

    fn unsupported_here(&mut self, what: &str) -> (Value, Type) {
        let span = self.span();
        self.error(span, format!("{what} is not supported here"));
        self.void()
    }

    /// Makes a list of the items of any iterable (copying a list).
    fn make_list(&mut self, v: &(Value, Type), list_ty: &Type) -> Value {
        if let (Type::Tuple(_), Type::List(item)) = (&v.1, list_ty) {
            let item = (**item).clone();
            return self.tuple_as_list(v, &item);
        }
        self.emit(Opcode::ToList, vec![v.0.clone()], list_ty.clone())
    }

    /// The items of a tuple (of one annotated type) as a new list of `item`.
    pub(crate) fn tuple_as_list(&mut self, v: &(Value, Type), item: &Type) -> Value {
        let Type::Tuple(fields) = &v.1 else {
            unreachable!("a tuple")
        };
        let mut items = Vec::new();
        for (i, f) in fields.iter().enumerate() {
            let x = self.emit(Opcode::TupleGetItem(i as u32), vec![v.0.clone()], f.clone());
            items.push(self.convert(x, f, item));
        }
        self.emit(Opcode::NewList, items, Type::list(item.clone()))
    }

    pub(crate) fn call_builtin(
        &mut self,
        b: Builtin,
        operands: &[Operand],
        args: &[(Value, Type)],
        keywords: &[String],
        dest: Var,
    ) -> (Value, Type) {
        let dest_ty = self.var_type(dest);
        let arg = |i: usize| args[i].clone();
        match b {
            Builtin::Print => {
                self.print(args, keywords);
                self.void()
            }
            Builtin::Len => {
                let opc = match &args[0].1 {
                    Type::Str => Opcode::StrLen,
                    Type::Bytes => Opcode::BytesLen,
                    Type::List(_) => Opcode::ListLen,
                    Type::Dict(..) => Opcode::DictLen,
                    Type::Range => Opcode::RangeLen,
                    Type::Tuple(t) => return (Value::Const(Const::Int(t.len() as i64)), Type::Int),
                    _ => return self.unsupported_here("len()"),
                };
                (
                    self.emit(opc, vec![args[0].0.clone()], Type::Int),
                    Type::Int,
                )
            }
            Builtin::Range => {
                let ints: Vec<Value> = args.iter().map(|a| self.int(a)).collect();
                let (start, stop, step) = match ints.len() {
                    1 => (
                        Value::Const(Const::Int(0)),
                        ints[0].clone(),
                        Value::Const(Const::Int(1)),
                    ),
                    2 => (
                        ints[0].clone(),
                        ints[1].clone(),
                        Value::Const(Const::Int(1)),
                    ),
                    _ => (ints[0].clone(), ints[1].clone(), ints[2].clone()),
                };
                (
                    self.emit(Opcode::NewRange, vec![start, stop, step], Type::Range),
                    Type::Range,
                )
            }
            Builtin::Str => {
                if args.is_empty() {
                    return (Value::Const(Const::Str("".into())), Type::Str);
                }
                (self.str_of(&arg(0)), Type::Str)
            }
            Builtin::Repr => (self.repr_of(&arg(0)), Type::Str),

            Builtin::Int => match &args[0].1 {
                Type::Str => (
                    self.emit(Opcode::StrToInt, vec![args[0].0.clone()], Type::Int),
                    Type::Int,
                ),
                Type::Float => (
                    self.emit(Opcode::FloatToInt, vec![args[0].0.clone()], Type::Int),
                    Type::Int,
                ),
                _ => (self.int(&arg(0)), Type::Int),
            },
            Builtin::Float => match &args[0].1 {
                Type::Str => (
                    self.emit(Opcode::StrToFloat, vec![args[0].0.clone()], Type::Float),
                    Type::Float,
                ),
                _ => (self.float(&arg(0)), Type::Float),
            },
            Builtin::Bool => (self.truth(&arg(0)), Type::Bool),
            Builtin::Ord => (
                self.emit(Opcode::StrOrd, vec![args[0].0.clone()], Type::Int),
                Type::Int,
            ),
            Builtin::Chr => {
                let i = self.int(&arg(0));
                (self.emit(Opcode::Chr, vec![i], Type::Str), Type::Str)
            }
            Builtin::Isinstance => {
                let classes: Vec<ClassId> = match &operands[1] {
                    Operand::Const(Constant::Class(c)) => vec![ClassId(c.0)],
                    Operand::Const(Constant::Tuple(items)) => items
                        .iter()
                        .filter_map(|i| match i {
                            Constant::Class(c) => Some(ClassId(c.0)),
                            _ => None,
                        })
                        .collect(),
                    _ => Vec::new(),
                };
                let mut acc: Option<Value> = None;
                for c in classes {
                    let t = self.emit(Opcode::InstanceOf(c), vec![args[0].0.clone()], Type::Bool);
                    acc = Some(match acc {
                        None => t,
                        Some(a) => {
                            let x = self.emit(Opcode::BoolToInt, vec![a], Type::Int);
                            let y = self.emit(Opcode::BoolToInt, vec![t], Type::Int);
                            let o = self.emit(Opcode::IntOr, vec![x, y], Type::Int);
                            self.emit(
                                Opcode::IntNe,
                                vec![o, Value::Const(Const::Int(0))],
                                Type::Bool,
                            )
                        }
                    });
                }
                (acc.unwrap_or(Value::Const(Const::Bool(false))), Type::Bool)
            }
            Builtin::Min | Builtin::Max => {
                let opc = if b == Builtin::Min {
                    Opcode::Min
                } else {
                    Opcode::Max
                };
                if args.len() == 1 {
                    let list_ty = Type::list(dest_ty.clone());
                    let l = if matches!(args[0].1, Type::List(_)) {
                        args[0].0.clone()
                    } else {
                        self.make_list(&arg(0), &list_ty)
                    };
                    return (self.emit(opc, vec![l], dest_ty.clone()), dest_ty);
                }
                let vals: Vec<Value> = args
                    .iter()
                    .map(|(v, t)| self.convert(v.clone(), t, &dest_ty))
                    .collect();
                if dest_ty == Type::Uint {
                    // Unsigned order is the signed order of the values with
                    // their top bit flipped: Min and Max stay signed.
                    let flip = Value::Const(Const::Int(i64::MIN));
                    let flipped: Vec<Value> = vals
                        .into_iter()
                        .map(|v| self.emit(Opcode::IntXor, vec![v, flip.clone()], Type::Int))
                        .collect();
                    let m = self.emit(opc, flipped, Type::Int);
                    return (
                        self.emit(Opcode::IntXor, vec![m, flip], Type::Uint),
                        dest_ty,
                    );
                }
                (self.emit(opc, vals, dest_ty.clone()), dest_ty)
            }
            Builtin::Abs => match &args[0].1 {
                Type::Float => (
                    self.emit(Opcode::FloatAbs, vec![args[0].0.clone()], Type::Float),
                    Type::Float,
                ),
                _ => {
                    let i = self.int(&arg(0));
                    (self.emit(Opcode::IntAbs, vec![i], Type::Int), Type::Int)
                }
            },
            Builtin::List => {
                if args.is_empty() {
                    return (
                        self.emit(Opcode::NewList, Vec::new(), dest_ty.clone()),
                        dest_ty,
                    );
                }
                (self.make_list(&arg(0), &dest_ty), dest_ty)
            }
            Builtin::Sorted | Builtin::Reversed => {
                let l = self.make_list(&arg(0), &dest_ty);
                let opc = if b == Builtin::Sorted {
                    Opcode::ListSort
                } else {
                    Opcode::ListReverse
                };
                self.emit(opc, vec![l.clone()], Type::Void);
                (l, dest_ty)
            }
            Builtin::Enumerate => {
                let item_list = self.iterable_as_list(&arg(0));
                (
                    self.emit(Opcode::Enumerate, vec![item_list], dest_ty.clone()),
                    dest_ty,
                )
            }
            Builtin::Zip => {
                let a = self.iterable_as_list(&arg(0));
                let c = self.iterable_as_list(&arg(1));
                (self.emit(Opcode::Zip, vec![a, c], dest_ty.clone()), dest_ty)
            }
            Builtin::Dict => (
                self.emit(Opcode::NewDict, Vec::new(), dest_ty.clone()),
                dest_ty,
            ),
            Builtin::Hash | Builtin::ComputeHash => (
                self.emit(Opcode::Hash, vec![args[0].0.clone()], Type::Int),
                Type::Int,
            ),
            Builtin::OsWrite => {
                let fd = self.int(&arg(0));
                (
                    self.emit(Opcode::OsWrite, vec![fd, args[1].0.clone()], Type::Int),
                    Type::Int,
                )
            }
            Builtin::OsRead => {
                let fd = self.int(&arg(0));
                let n = self.int(&arg(1));
                (
                    self.emit(Opcode::OsRead, vec![fd, n], Type::Bytes),
                    Type::Bytes,
                )
            }
            Builtin::OsOpen => {
                let flags = self.int(&arg(1));
                let mode = if args.len() > 2 {
                    self.int(&arg(2))
                } else {
                    Value::Const(Const::Int(0o777))
                };
                (
                    self.emit(
                        Opcode::OsOpen,
                        vec![args[0].0.clone(), flags, mode],
                        Type::Int,
                    ),
                    Type::Int,
                )
            }
            Builtin::OsClose => {
                let fd = self.int(&arg(0));
                self.emit(Opcode::OsClose, vec![fd], Type::Void);
                self.void()
            }
            Builtin::TimeTime => (
                self.emit(Opcode::TimeTime, Vec::new(), Type::Float),
                Type::Float,
            ),
            Builtin::MathSqrt
            | Builtin::MathSin
            | Builtin::MathCos
            | Builtin::MathTan
            | Builtin::MathExp
            | Builtin::MathLog
            | Builtin::MathFabs => {
                let f = match b {
                    Builtin::MathSqrt => MathFn::Sqrt,
                    Builtin::MathSin => MathFn::Sin,
                    Builtin::MathCos => MathFn::Cos,
                    Builtin::MathTan => MathFn::Tan,
                    Builtin::MathExp => MathFn::Exp,
                    Builtin::MathLog => MathFn::Log,
                    _ => MathFn::Fabs,
                };
                let x = self.float(&arg(0));
                (
                    self.emit(Opcode::Math(f), vec![x], Type::Float),
                    Type::Float,
                )
            }
            Builtin::MathAtan2 | Builtin::MathPow => {
                let x = self.float(&arg(0));
                let y = self.float(&arg(1));
                let opc = if b == Builtin::MathAtan2 {
                    Opcode::MathAtan2
                } else {
                    Opcode::MathPow
                };
                (self.emit(opc, vec![x, y], Type::Float), Type::Float)
            }
            Builtin::MathFloor | Builtin::MathCeil => {
                if is_int(&args[0].1) {
                    return (self.int(&arg(0)), Type::Int);
                }
                let x = self.float(&arg(0));
                let opc = if b == Builtin::MathFloor {
                    Opcode::MathFloor
                } else {
                    Opcode::MathCeil
                };
                (self.emit(opc, vec![x], Type::Int), Type::Int)
            }
            Builtin::MathIsnan | Builtin::MathIsinf => {
                let x = self.float(&arg(0));
                let opc = if b == Builtin::MathIsnan {
                    Opcode::MathIsNan
                } else {
                    Opcode::MathIsInf
                };
                (self.emit(opc, vec![x], Type::Bool), Type::Bool)
            }
            Builtin::Intmask => (self.int(&arg(0)), Type::Int),
            Builtin::RUint => (self.int(&arg(0)), Type::Uint),

            Builtin::Ovfcheck => {
                // `ovfcheck(a + b)`: the front end keeps the operation next to
                // the check; it becomes one checked operation, moved to the end
                // of the block so that a `Catch` exit covers it.
                let v = self.int(&arg(0));
                let ops = &mut self.g.as_mut().unwrap().ops;
                let def = match &v {
                    Value::Var(var) => ops.iter().rposition(|o| o.result == *var),
                    Value::Const(_) => None,
                };
                let checked = def.and_then(|i| {
                    let opcode = match ops[i].opcode {
                        Opcode::IntAdd => Opcode::IntAddOvf,
                        Opcode::IntSub => Opcode::IntSubOvf,
                        Opcode::IntMul => Opcode::IntMulOvf,
                        _ => return None,
                    };
                    Some((i, opcode))
                });
                match checked {
                    Some((i, opcode)) => {
                        let op = ops.remove(i);
                        (self.emit(opcode, op.args, Type::Int), Type::Int)
                    }
                    None => (v, Type::Int),
                }
            }
            Builtin::WeAreTranslated => (Value::Const(Const::Bool(true)), Type::Bool),
            Builtin::Promote => {
                let (v, t) = arg(0);
                (self.emit(Opcode::Promote, vec![v], t.clone()), t)
            }
            _ => self.unsupported_here(&format!("{b:?}()")),
        }
    }

    fn iterable_as_list(&mut self, v: &(Value, Type)) -> Value {
        match &v.1 {
            Type::List(_) => v.0.clone(),
            Type::Str => self.make_list(v, &Type::list(Type::Str)),
            Type::Bytes | Type::Range => self.make_list(v, &Type::list(Type::Int)),
            Type::Dict(k, _) => {
                let ty = Type::list((**k).clone());
                self.make_list(v, &ty)
            }
            Type::Tuple(fields) => {
                let item = self.common_type(fields);
                self.tuple_as_list(v, &item)
            }
            _ => {
                self.unsupported_here("iterating this value");

                v.0.clone()
            }
        }
    }

    pub(crate) fn builtin_method(
        &mut self,
        _op: &flow::Op,
        recv: &(Value, Type),
        name: &str,
        args: &[(Value, Type)],
        dest: Var,
    ) -> (Value, Type) {
        let dest_ty = self.var_type(dest);
        let r = recv.0.clone();
        let a: Vec<Value> = args.iter().map(|(v, _)| v.clone()).collect();
        let int_arg = |this: &mut Self, i: usize, default: i64| -> Value {
            match args.get(i) {
                Some(x) => this.int(x),
                None => Value::Const(Const::Int(default)),
            }
        };
        let null_or = |i: usize| -> Value {
            match args.get(i) {
                Some((v, Type::Str)) => v.clone(),
                _ => Value::Const(Const::Null),
            }
        };
        let (opc, operands, ty) = match (&recv.1, name) {
            (Type::Str, "join") => {
                let l = if matches!(args[0].1, Type::List(_)) {
                    a[0].clone()
                } else {
                    self.iterable_as_list(&args[0])
                };
                (Opcode::StrJoin, vec![r, l], Type::Str)
            }
            (Type::Str, "split") => (Opcode::StrSplit, vec![r, null_or(0)], Type::list(Type::Str)),
            (Type::Str, "strip") => (Opcode::StrStrip, vec![r, null_or(0)], Type::Str),
            (Type::Str, "lstrip") => (Opcode::StrLStrip, vec![r, null_or(0)], Type::Str),
            (Type::Str, "rstrip") => (Opcode::StrRStrip, vec![r, null_or(0)], Type::Str),
            (Type::Str, "find" | "rfind") => {
                let s = int_arg(self, 1, 0);
                let e = int_arg(self, 2, NO_STOP);
                let opc = if name == "find" {
                    Opcode::StrFind
                } else {
                    Opcode::StrRFind
                };
                (opc, vec![r, a[0].clone(), s, e], Type::Int)
            }
            (Type::Str, "count") => (Opcode::StrCount, vec![r, a[0].clone()], Type::Int),
            (Type::Str, "startswith") => (Opcode::StrStartsWith, vec![r, a[0].clone()], Type::Bool),
            (Type::Str, "endswith") => (Opcode::StrEndsWith, vec![r, a[0].clone()], Type::Bool),
            (Type::Str, "replace") => (
                Opcode::StrReplace,
                vec![r, a[0].clone(), a[1].clone()],
                Type::Str,
            ),
            (Type::Str, "upper") => (Opcode::StrUpper, vec![r], Type::Str),
            (Type::Str, "lower") => (Opcode::StrLower, vec![r], Type::Str),
            (Type::Str, "capitalize") => (Opcode::StrCapitalize, vec![r], Type::Str),
            (Type::Str, "isdigit") => (Opcode::StrIsDigit, vec![r], Type::Bool),
            (Type::Str, "isalpha") => (Opcode::StrIsAlpha, vec![r], Type::Bool),
            (Type::Str, "isspace") => (Opcode::StrIsSpace, vec![r], Type::Bool),
            (Type::Str, "encode") => (Opcode::StrEncodeUtf8, vec![r], Type::Bytes),
            (Type::Bytes, "decode") => (Opcode::BytesDecodeUtf8, vec![r], Type::Str),
            (Type::List(item), _) => {
                let item = (**item).clone();
                let conv =
                    |this: &mut Self, i: usize| this.convert(args[i].0.clone(), &args[i].1, &item);
                match name {
                    "append" => {
                        let v = conv(self, 0);
                        (Opcode::ListAppend, vec![r, v], Type::Void)
                    }
                    "insert" => {
                        let i = int_arg(self, 0, 0);
                        let v = conv(self, 1);
                        (Opcode::ListInsert, vec![r, i, v], Type::Void)
                    }
                    "extend" => {
                        let l = if matches!(args[0].1, Type::List(_)) {
                            a[0].clone()
                        } else {
                            self.iterable_as_list(&args[0])
                        };
                        (Opcode::ListExtend, vec![r, l], Type::Void)
                    }
                    "pop" => {
                        let i = int_arg(self, 0, -1);
                        (Opcode::ListPop, vec![r, i], item.clone())
                    }
                    "index" => {
                        let v = conv(self, 0);
                        (Opcode::ListIndex, vec![r, v], Type::Int)
                    }
                    "remove" => {
                        let v = conv(self, 0);
                        (Opcode::ListRemove, vec![r, v], Type::Void)
                    }
                    "count" => {
                        let v = conv(self, 0);
                        (Opcode::ListCount, vec![r, v], Type::Int)
                    }
                    "reverse" => (Opcode::ListReverse, vec![r], Type::Void),
                    "sort" => (Opcode::ListSort, vec![r], Type::Void),
                    "copy" => (Opcode::ListCopy, vec![r], recv.1.clone()),
                    _ => return self.unsupported_here(&format!("list.{name}")),
                }
            }
            (Type::Dict(k, v), _) => {
                let (k, v) = ((**k).clone(), (**v).clone());
                let key = |this: &mut Self| this.convert(args[0].0.clone(), &args[0].1, &k);
                match name {
                    "get" => {
                        let kk = key(self);
                        let d = match args.get(1) {
                            Some((dv, dt)) => self.convert(dv.clone(), dt, &dest_ty),
                            None => Value::Const(super::constants::default_const(&dest_ty)),
                        };
                        (Opcode::DictGet, vec![r, kk, d], dest_ty.clone())
                    }
                    "pop" => {
                        let kk = key(self);
                        match args.get(1) {
                            Some((dv, dt)) => {
                                let d = self.convert(dv.clone(), dt, &dest_ty);
                                (Opcode::DictPopDefault, vec![r, kk, d], dest_ty.clone())
                            }
                            None => (Opcode::DictPop, vec![r, kk], v.clone()),
                        }
                    }
                    "setdefault" => {
                        let kk = key(self);
                        let d = self.convert(args[1].0.clone(), &args[1].1, &v);
                        (Opcode::DictSetDefault, vec![r, kk, d], v.clone())
                    }
                    "keys" => (Opcode::DictKeys, vec![r], Type::list(k.clone())),
                    "values" => (Opcode::DictValues, vec![r], Type::list(v.clone())),
                    "items" => (
                        Opcode::DictItems,
                        vec![r],
                        Type::list(Type::tuple(vec![k.clone(), v.clone()])),
                    ),
                    "clear" => (Opcode::DictClear, vec![r], Type::Void),
                    "copy" => (Opcode::DictCopy, vec![r], recv.1.clone()),
                    _ => return self.unsupported_here(&format!("dict.{name}")),
                }
            }
            _ => return self.unsupported_here(&format!("method `{name}` of {}", recv.1)),
        };
        (self.emit(opc, operands, ty.clone()), ty)
    }
}

impl RTyper<'_> {
    /// The type of the items of a tuple the annotator iterates as one type:
    /// they are equal, or instances whose common base is the type.
    fn common_type(&self, fields: &[Type]) -> Type {
        let mut common = fields[0].clone();
        for f in &fields[1..] {
            common = match (&common, f) {
                (Type::Instance(a), Type::Instance(b)) => {
                    let base = self.program.common_base(
                        frontend::program::ClassId(a.0),
                        frontend::program::ClassId(b.0),
                    );
                    Type::Instance(ClassId(base.0))
                }
                _ => common,
            };
        }
        common
    }
}
