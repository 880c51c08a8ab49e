//! Each typed-IR operation as bytecode. Arithmetic, comparisons, fields and
//! calls are inline instructions; everything that branches on data or may
//! raise calls the runtime shim (rpy.rt), whose methods implement the exact
//! semantics documented on `Opcode`. Returns the JVM type left on the stack.

use lltype::ir::{Const, MathFn, Op, Opcode, Type, Value};
use ristretto_classfile::attributes::Instruction as I;

mod collections;
mod generic;

use super::graph::GraphLowerer;
use crate::classfile::{Cond, Invoke, JType};
use crate::runtime::names as rt;

pub(crate) const S: &str = "Ljava/lang/String;";
pub(crate) const O: &str = "Ljava/lang/Object;";

impl GraphLowerer<'_, '_> {
    pub(crate) fn arg_type(&self, op: &Op, i: usize) -> Type {
        self.ir_type(&op.args[i]).unwrap_or(Type::Void)
    }

    /// Pushes two args as `t` and emits `insn` (binary arithmetic).
    pub(crate) fn binary(&mut self, op: &Op, t: JType, insn: I) -> JType {
        self.push(&op.args[0], &t);
        self.push(&op.args[1], &t);
        self.code.raw(insn, 2, t.clone());
        t
    }

    /// A shift by a constant count below 64 is the JVM's own instruction;
    /// any other count goes through the runtime, which applies Python's rules
    /// (a negative count raises, a count of 64 or more shifts every bit out).
    fn shift(&mut self, op: &Op, insn: I, runtime: &str) -> JType {
        match op.args[1] {
            Value::Const(Const::Int(n @ 0..=63)) => {
                self.push(&op.args[0], &JType::Long);
                self.code.int_const(self.pool, n as i32);
                self.code.raw(insn, 2, JType::Long);
                JType::Long
            }
            _ => self.call_static(rt::NUM, runtime, "(JJ)J", &op.args),
        }
    }

    /// Pushes a comparison's operands and compare instruction; returns the
    /// jump condition that holds when the comparison is true.
    pub fn emit_compare(&mut self, op: &Op) -> Cond {
        let (t, insn, cond) = match op.opcode {
            Opcode::IntLt => (JType::Long, I::Lcmp, Cond::Lt),
            Opcode::IntLe => (JType::Long, I::Lcmp, Cond::Le),
            Opcode::IntEq => (JType::Long, I::Lcmp, Cond::Eq),
            Opcode::IntNe => (JType::Long, I::Lcmp, Cond::Ne),
            Opcode::IntGt => (JType::Long, I::Lcmp, Cond::Gt),
            Opcode::IntGe => (JType::Long, I::Lcmp, Cond::Ge),
            Opcode::FloatLt => (JType::Double, I::Dcmpg, Cond::Lt),
            Opcode::FloatLe => (JType::Double, I::Dcmpg, Cond::Le),
            Opcode::FloatGt => (JType::Double, I::Dcmpl, Cond::Gt),
            Opcode::FloatGe => (JType::Double, I::Dcmpl, Cond::Ge),
            Opcode::FloatEq => (JType::Double, I::Dcmpl, Cond::Eq),
            Opcode::FloatNe => (JType::Double, I::Dcmpl, Cond::Ne),
            Opcode::Is => {
                // Identity of references: `x is None` tests null alone.
                let obj = JType::object(rt::OBJECT);
                let null = Value::Const(lltype::ir::Const::Null);
                return if op.args[1] == null {
                    self.push(&op.args[0], &obj);
                    Cond::Null
                } else if op.args[0] == null {
                    self.push(&op.args[1], &obj);
                    Cond::Null
                } else {
                    self.push(&op.args[0], &obj);
                    self.push(&op.args[1], &obj);
                    Cond::ACmpEq
                };
            }
            _ => unreachable!("not a fusable comparison"),
        };

        self.push(&op.args[0], &t);
        self.push(&op.args[1], &t);
        self.code.raw(insn, 2, JType::Int);
        cond
    }

    pub(crate) fn long_cmp(&mut self, op: &Op, cond: Cond) -> JType {
        self.push(&op.args[0], &JType::Long);
        self.push(&op.args[1], &JType::Long);
        self.code.raw(I::Lcmp, 2, JType::Int);
        self.bool_from(cond)
    }

    pub(crate) fn double_cmp(&mut self, op: &Op, insn: I, cond: Cond) -> JType {
        self.push(&op.args[0], &JType::Double);
        self.push(&op.args[1], &JType::Double);
        self.code.raw(insn, 2, JType::Int);
        self.bool_from(cond)
    }

    pub(crate) fn unsigned_cmp(&mut self, op: &Op, cond: Cond) -> JType {
        self.call_static("java/lang/Long", "compareUnsigned", "(JJ)I", &op.args);
        self.bool_from(cond)
    }

    pub(crate) fn text(&mut self, op: &Op, name: &str, desc: &str) -> JType {
        self.call_static(rt::TEXT, name, desc, &op.args)
    }

    pub fn emit_op(&mut self, op: &Op) -> Result<JType, String> {
        use Opcode::*;
        let long = JType::Long;
        let double = JType::Double;
        let t = match &op.opcode {
            IntAdd => self.binary(op, long, I::Ladd),
            IntSub => self.binary(op, long, I::Lsub),
            IntMul => self.binary(op, long, I::Lmul),
            IntAnd => self.binary(op, long, I::Land),
            IntOr => self.binary(op, long, I::Lor),
            IntXor => self.binary(op, long, I::Lxor),
            IntFloorDiv => self.call_static(rt::NUM, "floorDiv", "(JJ)J", &op.args),
            IntMod => self.call_static(rt::NUM, "mod", "(JJ)J", &op.args),
            IntPow => self.call_static(rt::NUM, "pow", "(JJ)J", &op.args),
            IntLshift => self.shift(op, I::Lshl, "lshift"),
            IntRshift => self.shift(op, I::Lshr, "rshift"),
            IntAddOvf => self.call_static(rt::NUM, "addOvf", "(JJ)J", &op.args),
            IntSubOvf => self.call_static(rt::NUM, "subOvf", "(JJ)J", &op.args),
            IntMulOvf => self.call_static(rt::NUM, "mulOvf", "(JJ)J", &op.args),
            UintFloorDiv => self.call_static(rt::NUM, "uintFloorDiv", "(JJ)J", &op.args),
            UintMod => self.call_static(rt::NUM, "uintMod", "(JJ)J", &op.args),
            UintRshift => self.shift(op, I::Lushr, "uintRshift"),
            IntNeg => {
                self.push(&op.args[0], &long);
                self.code.raw(I::Lneg, 1, long.clone());
                long
            }
            IntAbs => self.call_static("java/lang/Math", "abs", "(J)J", &op.args),
            IntInvert => {
                self.push(&op.args[0], &long);
                self.code.long_const(self.pool, -1);
                self.code.raw(I::Lxor, 2, long.clone());
                long
            }
            IntLt => self.long_cmp(op, Cond::Lt),
            IntLe => self.long_cmp(op, Cond::Le),
            IntEq => self.long_cmp(op, Cond::Eq),
            IntNe => self.long_cmp(op, Cond::Ne),
            IntGt => self.long_cmp(op, Cond::Gt),
            IntGe => self.long_cmp(op, Cond::Ge),
            UintLt => self.unsigned_cmp(op, Cond::Lt),
            UintLe => self.unsigned_cmp(op, Cond::Le),
            UintGt => self.unsigned_cmp(op, Cond::Gt),
            UintGe => self.unsigned_cmp(op, Cond::Ge),
            FloatAdd => self.binary(op, double, I::Dadd),
            FloatSub => self.binary(op, double, I::Dsub),
            FloatMul => self.binary(op, double, I::Dmul),
            FloatTrueDiv => self.call_static(rt::NUM, "trueDiv", "(DD)D", &op.args),
            FloatFloorDiv => self.call_static(rt::NUM, "floorDivF", "(DD)D", &op.args),
            FloatMod => self.call_static(rt::NUM, "modF", "(DD)D", &op.args),
            FloatPow => self.call_static(rt::NUM, "powF", "(DD)D", &op.args),
            FloatNeg => {
                self.push(&op.args[0], &double);
                self.code.raw(I::Dneg, 1, double.clone());
                double
            }
            FloatAbs => self.call_static("java/lang/Math", "abs", "(D)D", &op.args),
            // dcmpg makes NaN compare greater (so < and <= are false), dcmpl less.
            FloatLt => self.double_cmp(op, I::Dcmpg, Cond::Lt),
            FloatLe => self.double_cmp(op, I::Dcmpg, Cond::Le),
            FloatGt => self.double_cmp(op, I::Dcmpl, Cond::Gt),
            FloatGe => self.double_cmp(op, I::Dcmpl, Cond::Ge),
            FloatEq => self.double_cmp(op, I::Dcmpl, Cond::Eq),
            FloatNe => self.double_cmp(op, I::Dcmpl, Cond::Ne),
            BoolNot => {
                self.push(&op.args[0], &JType::Bool);
                self.code.int_const(self.pool, 1);
                self.code.raw(I::Ixor, 2, JType::Bool);
                JType::Bool
            }
            BoolEq => {
                self.push(&op.args[0], &JType::Bool);
                self.push(&op.args[1], &JType::Bool);
                self.bool_from(Cond::ICmpEq)
            }
            UintToFloat => self.call_static(rt::NUM, "uintToFloat", "(J)D", &op.args),
            UintToStr => self.call_static(
                "java/lang/Long",
                "toUnsignedString",
                &format!("(J){S}"),
                &op.args,
            ),
            GetMethod(name) => {
                let Some(Type::Instance(c)) = self.ir_type(&op.args[0]) else {
                    return Err("get_method on a non-instance".into());
                };
                let class = self.ctx.class_name(c);
                let desc = format!("()L{};", rt::METHOD_HANDLE);
                self.call_virtual(
                    &class,
                    &super::classes::get_method_name(name),
                    &desc,
                    &op.args,
                )
            }
            IntToFloat => {
                self.push(&op.args[0], &long);
                self.code.raw(I::L2d, 1, double.clone());
                double
            }
            FloatToInt => self.call_static(rt::NUM, "floatToInt", "(D)J", &op.args),
            BoolToInt => {
                self.push(&op.args[0], &JType::Bool);
                self.code.raw(I::I2l, 1, long.clone());
                long
            }
            IsTrue => self.is_true(op),
            ToStr => self.str_or_repr(op, false),
            Repr => self.str_or_repr(op, true),
            StrToInt => self.call_static(rt::NUM, "parseInt", &format!("({S})J"), &op.args),
            StrToFloat => self.call_static(rt::NUM, "parseFloat", &format!("({S})D"), &op.args),
            Format(spec) => self.format(op, spec)?,
            StrLen => self.text(op, "len", &format!("({S})J")),
            StrGetItem => self.text(op, "getItem", &format!("({S}J){S}")),
            StrSlice => self.text(op, "slice", &format!("({S}JJ){S}")),
            StrConcat => self.call_virtual(rt::STRING, "concat", &format!("({S}){S}"), &op.args),
            StrMul => self.text(op, "mul", &format!("({S}J){S}")),
            StrEq => self.call_static(
                "java/util/Objects",
                "equals",
                &format!("({O}{O})Z"),
                &op.args,
            ),
            StrNe => {
                self.call_static(
                    "java/util/Objects",
                    "equals",
                    &format!("({O}{O})Z"),
                    &op.args,
                );
                self.bool_from(Cond::Eq)
            }
            StrLt => self.text(op, "lt", &format!("({S}{S})Z")),
            StrLe => self.text(op, "le", &format!("({S}{S})Z")),
            StrGt => self.text(op, "gt", &format!("({S}{S})Z")),
            StrGe => self.text(op, "ge", &format!("({S}{S})Z")),
            StrContains => self.call_virtual(
                rt::STRING,
                "contains",
                "(Ljava/lang/CharSequence;)Z",
                &op.args,
            ),
            StrJoin => self.text(op, "join", &format!("({S}Lrpy/rt/ListO;){S}")),
            StrSplit => self.text(op, "split", &format!("({S}{S})Lrpy/rt/ListO;")),
            StrStrip => self.text(op, "strip", &format!("({S}{S}){S}")),
            StrLStrip => self.text(op, "lstrip", &format!("({S}{S}){S}")),
            StrRStrip => self.text(op, "rstrip", &format!("({S}{S}){S}")),
            StrFind => self.text(op, "find", &format!("({S}{S}JJ)J")),
            StrRFind => self.text(op, "rfind", &format!("({S}{S}JJ)J")),
            StrCount => self.text(op, "count", &format!("({S}{S})J")),
            StrStartsWith => {
                self.call_virtual(rt::STRING, "startsWith", &format!("({S})Z"), &op.args)
            }
            StrEndsWith => self.call_virtual(rt::STRING, "endsWith", &format!("({S})Z"), &op.args),
            StrReplace => self.text(op, "replace", &format!("({S}{S}{S}){S}")),
            StrUpper => self.text(op, "upper", &format!("({S}){S}")),
            StrLower => self.text(op, "lower", &format!("({S}){S}")),
            StrCapitalize => self.text(op, "capitalize", &format!("({S}){S}")),
            StrIsDigit => self.text(op, "isDigit", &format!("({S})Z")),
            StrIsAlpha => self.text(op, "isAlpha", &format!("({S})Z")),
            StrIsSpace => self.text(op, "isSpace", &format!("({S})Z")),
            StrOrd => self.text(op, "ord", &format!("({S})J")),
            Chr => self.text(op, "chr", &format!("(J){S}")),
            StrEncodeUtf8 => self.text(op, "encodeUtf8", &format!("({S})[B")),
            BytesDecodeUtf8 => self.text(op, "decodeUtf8", &format!("([B){S}")),
            BytesLen => self.call_static(rt::BYTES_OPS, "len", "([B)J", &op.args),
            BytesGetItem => self.call_static(rt::BYTES_OPS, "getItem", "([BJ)J", &op.args),
            BytesConcat => self.call_static(rt::BYTES_OPS, "concat", "([B[B)[B", &op.args),
            BytesEq => self.call_static(rt::BYTES_OPS, "eq", "([B[B)Z", &op.args),
            BytesSlice => self.call_static(rt::BYTES_OPS, "slice", "([BJJ)[B", &op.args),
            NewList | ListRepeat | ListLen | ListGetItem | ListSetItem | ListDelItem
            | ListSlice | ListAppend | ListPop | ListInsert | ListExtend | ListReverse
            | ListIndex | ListRemove | ListCount | ListSort | ListContains | ListConcat
            | ListMul | ListCopy | ToList | Enumerate | Zip => self.list_op(op)?,
            NewDict | DictLen | DictGetItem | DictSetItem | DictDelItem | DictContains
            | DictGet | DictPop | DictPopDefault | DictSetDefault | DictKeys | DictValues
            | DictItems | DictClear | DictCopy => self.dict_op(op)?,
            NewTuple => {
                let rt_ = self.ctx.jtype(self.graph.var_type(op.result));
                let Type::Tuple(items) = self.graph.var_type(op.result).clone() else {
                    return Err("new_tuple of a non-tuple type".into());
                };
                let class = rt_.class_name().to_string();
                self.code.new_dup(self.pool, &class);
                let fields: Vec<JType> = items.iter().map(|t| self.ctx.jtype(t)).collect();
                for (a, t) in op.args.iter().zip(&fields) {
                    self.push(a, t);
                }
                let desc = crate::classfile::method_descriptor(
                    &fields
                        .iter()
                        .filter(|t| **t != JType::Void)
                        .cloned()
                        .collect::<Vec<_>>(),
                    &JType::Void,
                );
                self.code
                    .invoke(self.pool, Invoke::Special, &class, "<init>", &desc);
                rt_
            }
            TupleGetItem(n) => {
                let tt = self.arg_type(op, 0);
                let Type::Tuple(items) = &tt else {
                    return Err("tuple_get_item of a non-tuple".into());
                };
                let ft = self.ctx.jtype(&items[*n as usize]);
                let class = self.ctx.jtype(&tt);
                self.push(&op.args[0], &class);
                if ft == JType::Void {
                    self.code.pop_value();
                } else {
                    self.code
                        .get_field(self.pool, class.class_name(), &format!("f{n}"), &ft);
                }
                ft
            }
            Eq => self.structural_eq(op),
            Lt => self.structural_lt(op),
            Is => {
                let t = self.own_jtype(&op.args[0]);
                let t = if matches!(op.args[0], Value::Const(lltype::ir::Const::Null)) {
                    self.own_jtype(&op.args[1])
                } else {
                    t
                };
                match t {
                    JType::Ref(_) => {
                        let obj = JType::object(rt::OBJECT);
                        self.push(&op.args[0], &obj);
                        self.push(&op.args[1], &obj);
                        self.bool_from(Cond::ACmpEq)
                    }
                    JType::Void => {
                        self.code.bool_const(true);
                        JType::Bool
                    }
                    JType::Long => self.long_cmp(op, Cond::Eq),
                    JType::Double => self.double_cmp(op, I::Dcmpl, Cond::Eq),
                    JType::Bool | JType::Int => {
                        self.push(&op.args[0], &JType::Bool);
                        self.push(&op.args[1], &JType::Bool);
                        self.bool_from(Cond::ICmpEq)
                    }
                }
            }
            Min | Max => self.min_max(op)?,
            Hash => {
                let t = self.own_jtype(&op.args[0]);
                match t {
                    JType::Long => self.call_static(rt::CMP, "hashInt", "(J)J", &op.args),
                    JType::Double => self.call_static(rt::CMP, "hashFloat", "(D)J", &op.args),
                    JType::Bool | JType::Int => {
                        self.push(&op.args[0], &JType::Bool);
                        self.code.raw(I::I2l, 1, JType::Long);
                        JType::Long
                    }
                    _ => self.call_static(rt::CMP, "hash", &format!("({O})J"), &op.args),
                }
            }
            NewRange => {
                self.code.new_dup(self.pool, rt::RANGE);
                for a in &op.args {
                    self.push(a, &long);
                }
                self.code
                    .invoke(self.pool, Invoke::Special, rt::RANGE, "<init>", "(JJJ)V");
                JType::object(rt::RANGE)
            }
            RangeLen => self.call_virtual(rt::RANGE, "len", "()J", &op.args),
            NewIter(kind) => self.new_iter(op, *kind)?,
            IterNext => {
                let it = self.own_jtype(&op.args[0]);
                let item = match it.class_name() {
                    "rpy/rt/ListI$Iter" | "rpy/rt/BytesIter" | "rpy/rt/Range$Iter"
                    | "rpy/rt/KeyIterJ" => JType::Long,
                    "rpy/rt/ListF$Iter" | "rpy/rt/KeyIterD" => JType::Double,
                    "rpy/rt/ListZ$Iter" => JType::Bool,
                    "rpy/rt/StrIter" => JType::object(rt::STRING),
                    _ => JType::object(rt::OBJECT),
                };
                let class = it.class_name().to_string();
                self.call_virtual(
                    &class,
                    "next",
                    &format!("(){}", item.descriptor()),
                    &op.args,
                )
            }
            New(c) => {
                let class = self.ctx.class_name(*c);
                self.code.new_dup(self.pool, &class);
                self.code
                    .invoke(self.pool, Invoke::Special, &class, "<init>", "()V");
                JType::object(&class)
            }
            GetField(name) => {
                let (owner, ft) = self.field_ref(op, name)?;
                self.push(&op.args[0], &JType::object(&owner));
                if ft == JType::Void {
                    self.code.pop_value();
                } else {
                    self.code
                        .get_field(self.pool, &owner, &super::names::field_name(name), &ft);
                }
                ft
            }
            SetField(name) => {
                let (owner, ft) = self.field_ref(op, name)?;
                if ft != JType::Void {
                    self.push(&op.args[0], &JType::object(&owner));
                    self.push(&op.args[1], &ft);
                    self.code
                        .put_field(self.pool, &owner, &super::names::field_name(name), &ft);
                }
                JType::Void
            }
            GetClassAttr(name) => {
                let Some(Type::Instance(c)) = self.ir_type(&op.args[0]) else {
                    return Err("get_class_attr on a non-instance".into());
                };
                let t = self.ctx.jtype(self.graph.var_type(op.result));
                let class = self.ctx.class_name(c);
                let desc = format!("(){}", t.descriptor());
                self.call_virtual(
                    &class,
                    &super::classes::class_attr_method(name),
                    &desc,
                    &op.args,
                )
            }
            InstanceOf(c) => {
                let class = self.ctx.class_name(*c);
                self.push(&op.args[0], &JType::object(rt::OBJECT));
                self.code.instance_of(self.pool, &class);
                JType::Bool
            }
            Downcast(c) => {
                let class = self.ctx.class_name(*c);
                self.push(&op.args[0], &JType::object(rt::OBJECT));
                self.code.checkcast(self.pool, &class);
                JType::object(&class)
            }
            ClassName => {
                let Some(Type::Instance(c)) = self.ir_type(&op.args[0]) else {
                    return Err("class_name on a non-instance".into());
                };
                let class = self.ctx.class_name(c);
                self.call_virtual(&class, "rpyName", &format!("(){S}"), &op.args)
            }
            DirectCall(g) => {
                let (owner, name, desc) = (
                    self.ctx.graph_owner(*g),
                    self.ctx.graph_method(*g),
                    self.ctx.graph_descriptor(*g),
                );
                let callee = self.ctx.program.graph(*g);
                for (a, p) in op.args.iter().zip(callee.params()) {
                    let t = self.ctx.jtype(callee.var_type(*p));
                    self.push(a, &t);
                }
                self.code
                    .invoke(self.pool, Invoke::Static, &owner, &name, &desc);
                self.ctx.jtype(&callee.ret)
            }
            MethodCall(name) => {
                let Some(Type::Instance(c)) = self.ir_type(&op.args[0]) else {
                    return Err("method_call on a non-instance".into());
                };
                let (params, ret) = super::classes::virtual_signature(self.ctx, c, name)
                    .ok_or_else(|| {
                        format!(
                            "no method {name} for class {}",
                            self.ctx.program.class(c).qualname
                        )
                    })?;
                let class = self.ctx.class_name(c);
                self.push(&op.args[0], &JType::object(&class));
                for (a, t) in op.args[1..].iter().zip(&params) {
                    self.push(a, t);
                }
                let desc = crate::classfile::method_descriptor(&params, &ret);
                self.code.invoke(
                    self.pool,
                    Invoke::Virtual,
                    &class,
                    &super::classes::method_name(name),
                    &desc,
                );
                ret
            }
            IndirectCall => {
                let Some(Type::Func(sig)) = self.ir_type(&op.args[0]) else {
                    return Err("indirect_call of a non-function".into());
                };
                self.push(&op.args[0], &JType::object(rt::METHOD_HANDLE));
                let params: Vec<JType> = sig
                    .params
                    .iter()
                    .map(|t| self.ctx.jtype(t))
                    .filter(|t| *t != JType::Void)
                    .collect();
                let mut pi = 0;
                for (a, t) in op.args[1..].iter().zip(&sig.params) {
                    let jt = self.ctx.jtype(t);
                    if jt != JType::Void {
                        self.push(a, &params[pi]);
                        pi += 1;
                    }
                }
                let ret = self.ctx.jtype(&sig.ret);
                // `invoke`, not `invokeExact`: a method of a subclass stored as
                // a base-class method value has a more specific self type.
                let desc = crate::classfile::method_descriptor(&params, &ret);
                self.code.invoke(
                    self.pool,
                    Invoke::Virtual,
                    rt::METHOD_HANDLE,
                    "invoke",
                    &desc,
                );
                ret
            }
            WriteStdout => self.call_static(rt::SYS, "writeStdout", &format!("({S})V"), &op.args),
            OsWrite => self.call_static(rt::SYS, "osWrite", "(J[B)J", &op.args),
            OsRead => self.call_static(rt::SYS, "osRead", "(JJ)[B", &op.args),
            OsOpen => self.call_static(rt::SYS, "osOpen", &format!("({S}JJ)J"), &op.args),
            OsClose => self.call_static(rt::SYS, "osClose", "(J)V", &op.args),
            TimeTime => self.call_static(rt::SYS, "time", "()D", &op.args),
            Math(f) => {
                let name = match f {
                    MathFn::Sqrt => "sqrt",
                    MathFn::Sin => "sin",
                    MathFn::Cos => "cos",
                    MathFn::Tan => "tan",
                    MathFn::Exp => "exp",
                    MathFn::Log => "log",
                    MathFn::Fabs => "fabs",
                };
                self.call_static(rt::MATH, name, "(D)D", &op.args)
            }
            MathAtan2 => self.call_static("java/lang/Math", "atan2", "(DD)D", &op.args),
            MathPow => self.call_static(rt::MATH, "pow", "(DD)D", &op.args),
            MathIsNan => self.call_static("java/lang/Double", "isNaN", "(D)Z", &op.args),
            MathIsInf => self.call_static("java/lang/Double", "isInfinite", "(D)Z", &op.args),
            MathFloor => self.call_static(rt::NUM, "floor", "(D)J", &op.args),
            MathCeil => self.call_static(rt::NUM, "ceil", "(D)J", &op.args),
            SameAs | Promote => {
                let t = self.ctx.jtype(self.graph.var_type(op.result));
                self.push(&op.args[0], &t);
                t
            }
        };
        Ok(t)
    }

    /// The class declaring field `name` of args[0]'s class, and the field's type.
    pub(crate) fn field_ref(&self, op: &Op, name: &str) -> Result<(String, JType), String> {
        let Some(Type::Instance(c)) = self.ir_type(&op.args[0]) else {
            return Err(format!("field {name} of a non-instance"));
        };
        let (owner, f) = self
            .ctx
            .field_owner(c, name)
            .ok_or_else(|| format!("no field {name}"))?;
        Ok((self.ctx.class_name(owner), self.ctx.jtype(&f.ty)))
    }
}
