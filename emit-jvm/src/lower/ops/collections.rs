//! Lists, dicts, iterators and the shim operations that build tuples.

use lltype::ir::{IterKind, Op, Opcode, Type};

use super::S;
use crate::classfile::{Invoke, JType};
use crate::lower::graph::GraphLowerer;
use crate::lower::types::{dict_class, dict_kinds, list_class};
use crate::runtime::names as rt;

impl GraphLowerer<'_, '_> {
    pub(crate) fn new_iter(&mut self, op: &Op, kind: IterKind) -> Result<JType, String> {
        let src = self.own_jtype(&op.args[0]);
        let result = self.ctx.jtype(self.graph.var_type(op.result));
        let rc = result.class_name().to_string();
        match kind {
            IterKind::List => {
                let lc = src.class_name().to_string();
                Ok(self.call_virtual(&lc, "iter", &format!("()L{rc};"), &op.args))
            }
            IterKind::Str | IterKind::Bytes => {
                self.code.new_dup(self.pool, &rc);
                self.push(&op.args[0], &src);
                self.code.invoke(
                    self.pool,
                    Invoke::Special,
                    &rc,
                    "<init>",
                    &format!("({})V", src.descriptor()),
                );
                Ok(result)
            }
            IterKind::Range => {
                Ok(self.call_virtual(rt::RANGE, "iter", "()Lrpy/rt/Range$Iter;", &op.args))
            }
            IterKind::DictKeys => {
                let dc = src.class_name().to_string();
                Ok(self.call_virtual(&dc, "iter", &format!("()L{rc};"), &op.args))
            }
        }
    }

    /// Pushes an empty instance of the tuple class, whose `pair` the shim
    /// calls to build the pairs it returns.
    pub(crate) fn tuple_maker(&mut self, tuple_type: &Type) -> Result<(), String> {
        let class = self
            .ctx
            .tuples
            .get(tuple_type)
            .ok_or("unknown tuple type")?
            .clone();
        self.code.new_dup(self.pool, &class);
        self.code
            .invoke(self.pool, Invoke::Special, &class, "<init>", "()V");
        Ok(())
    }

    pub(crate) fn list_op(&mut self, op: &Op) -> Result<JType, String> {
        use Opcode::*;
        let result_type = self.graph.var_type(op.result).clone();
        let list_type = match &op.opcode {
            NewList | ListRepeat | ToList | Enumerate | Zip => result_type.clone(),
            _ => self.arg_type(op, 0),
        };
        let Type::List(item) = &list_type else {
            return Err(format!("{} on {list_type}", op.opcode.name()));
        };
        let lc = list_class(item);
        let lt = JType::object(lc);
        let e = self.ctx.list_item_jtype(item).descriptor();
        let l = format!("L{lc};");
        let t = match &op.opcode {
            NewList => {
                self.code.new_dup(self.pool, lc);
                self.code.int_const(self.pool, op.args.len() as i32);
                self.code
                    .invoke(self.pool, Invoke::Special, lc, "<init>", "(I)V");
                let et = self.ctx.list_item_jtype(item);
                for a in &op.args {
                    self.code.dup_value();
                    self.push(a, &et);
                    self.code
                        .invoke(self.pool, Invoke::Virtual, lc, "append", &format!("({e})V"));
                }
                lt
            }
            ListRepeat => self.call_static(lc, "repeat", &format!("({e}J){l}"), &op.args),
            ListLen => self.call_virtual(lc, "len", "()J", &op.args),
            ListGetItem => self.call_virtual(lc, "get", &format!("(J){e}"), &op.args),
            ListSetItem => self.call_virtual(lc, "set", &format!("(J{e})V"), &op.args),
            ListDelItem => self.call_virtual(lc, "del", "(J)V", &op.args),
            ListSlice => self.call_virtual(lc, "slice", &format!("(JJ){l}"), &op.args),
            ListAppend => self.call_virtual(lc, "append", &format!("({e})V"), &op.args),
            ListPop => self.call_virtual(lc, "pop", &format!("(J){e}"), &op.args),
            ListInsert => self.call_virtual(lc, "insert", &format!("(J{e})V"), &op.args),
            ListExtend => self.call_virtual(lc, "extend", &format!("({l})V"), &op.args),
            ListReverse => self.call_virtual(lc, "reverse", "()V", &op.args),
            ListIndex => self.call_virtual(lc, "index", &format!("({e})J"), &op.args),
            ListRemove => self.call_virtual(lc, "remove", &format!("({e})V"), &op.args),
            ListCount => self.call_virtual(lc, "count", &format!("({e})J"), &op.args),
            ListSort if **item == Type::Str => self.call_virtual(lc, "sortStr", "()V", &op.args),
            ListSort => self.call_virtual(lc, "sort", "()V", &op.args),
            ListContains => self.call_virtual(lc, "contains", &format!("({e})Z"), &op.args),
            ListConcat => self.call_virtual(lc, "concat", &format!("({l}){l}"), &op.args),
            ListMul => self.call_virtual(lc, "mul", &format!("(J){l}"), &op.args),
            ListCopy => self.call_virtual(lc, "copy", &format!("(){l}"), &op.args),
            ToList => match self.arg_type(op, 0) {
                Type::Str => {
                    self.call_static(rt::SEQ, "chars", &format!("({S})Lrpy/rt/ListO;"), &op.args)
                }
                Type::Bytes => {
                    self.call_static(rt::BYTES_OPS, "toList", "([B)Lrpy/rt/ListI;", &op.args)
                }
                Type::Range => self.call_virtual(rt::RANGE, "toList", "()Lrpy/rt/ListI;", &op.args),
                Type::List(_) => self.call_virtual(lc, "copy", &format!("(){l}"), &op.args),
                Type::Dict(k, v) => self.dict_keys(op, &k, &v),
                other => return Err(format!("list() of {other}")),
            },
            Enumerate => {
                let src = self.own_jtype(&op.args[0]);
                let sc = src.class_name().to_string();
                self.push(&op.args[0], &src);
                self.tuple_maker(item)?;
                self.code.invoke(
                    self.pool,
                    Invoke::Virtual,
                    &sc,
                    "enumerate",
                    "(Lrpy/rt/Tuple;)Lrpy/rt/ListO;",
                );
                JType::object(rt::LIST_O)
            }
            Zip => {
                let obj = JType::object(rt::OBJECT);
                self.push(&op.args[0], &obj);
                self.push(&op.args[1], &obj);
                self.tuple_maker(item)?;
                self.code.invoke(
                    self.pool,
                    Invoke::Static,
                    rt::SEQ,
                    "zip",
                    "(Ljava/lang/Object;Ljava/lang/Object;Lrpy/rt/Tuple;)Lrpy/rt/ListO;",
                );
                JType::object(rt::LIST_O)
            }
            _ => unreachable!(),
        };
        Ok(t)
    }

    pub(crate) fn dict_op(&mut self, op: &Op) -> Result<JType, String> {
        use Opcode::*;
        let dict_type = if op.opcode == NewDict {
            self.graph.var_type(op.result).clone()
        } else {
            self.arg_type(op, 0)
        };
        let Type::Dict(key, value) = &dict_type else {
            return Err(format!("{} on {dict_type}", op.opcode.name()));
        };
        let dc = dict_class(key, value);
        let (kt, vt) = dict_kinds(key, value);
        let (k, v) = (kt.descriptor(), vt.descriptor());
        let t = match &op.opcode {
            NewDict => {
                self.code.new_dup(self.pool, &dc);
                self.code
                    .invoke(self.pool, Invoke::Special, &dc, "<init>", "()V");
                for pair in op.args.chunks(2) {
                    self.code.dup_value();
                    self.push(&pair[0], &kt);
                    self.push(&pair[1], &vt);
                    self.code.invoke(
                        self.pool,
                        Invoke::Virtual,
                        &dc,
                        "set",
                        &format!("({k}{v})V"),
                    );
                }
                JType::object(&dc)
            }
            DictLen => self.call_virtual(&dc, "len", "()J", &op.args),
            DictGetItem => self.call_virtual(&dc, "get", &format!("({k}){v}"), &op.args),
            DictSetItem => self.call_virtual(&dc, "set", &format!("({k}{v})V"), &op.args),
            DictDelItem => self.call_virtual(&dc, "del", &format!("({k})V"), &op.args),
            DictContains => self.call_virtual(&dc, "contains", &format!("({k})Z"), &op.args),
            DictGet => self.call_virtual(&dc, "getDefault", &format!("({k}{v}){v}"), &op.args),
            DictPop => self.call_virtual(&dc, "pop", &format!("({k}){v}"), &op.args),
            DictPopDefault => {
                self.call_virtual(&dc, "popDefault", &format!("({k}{v}){v}"), &op.args)
            }
            DictSetDefault => {
                self.call_virtual(&dc, "setDefault", &format!("({k}{v}){v}"), &op.args)
            }
            DictKeys => self.dict_keys(op, key, value),
            DictValues => {
                let lc = list_class(value);
                self.call_virtual(&dc, "values", &format!("()L{lc};"), &op.args)
            }
            DictItems => {
                let Type::List(item) = self.graph.var_type(op.result).clone() else {
                    return Err("dict_items result is not a list".into());
                };
                self.push(&op.args[0], &JType::object(&dc));
                self.tuple_maker(&item)?;
                self.code.invoke(
                    self.pool,
                    Invoke::Virtual,
                    &dc,
                    "items",
                    "(Lrpy/rt/Tuple;)Lrpy/rt/ListO;",
                );
                JType::object(rt::LIST_O)
            }
            DictClear => self.call_virtual(&dc, "clear", "()V", &op.args),
            DictCopy => self.call_virtual(&dc, "copy", &format!("()L{dc};"), &op.args),
            _ => unreachable!(),
        };
        Ok(t)
    }

    /// `list(d)` / `d.keys()`: keys of a boxed-key dict are unboxed into
    /// the list class of the key type.
    pub(crate) fn dict_keys(&mut self, op: &Op, key: &Type, value: &Type) -> JType {
        let dc = dict_class(key, value);
        let natural = match key {
            Type::Int | Type::Uint => rt::LIST_I,
            Type::Float => rt::LIST_F,
            _ => rt::LIST_O,
        };
        self.call_virtual(&dc, "keys", &format!("()L{natural};"), &op.args[..1]);
        let lc = list_class(key);
        if lc != natural {
            let desc = format!("(Lrpy/rt/ListO;)L{lc};");
            self.code
                .invoke(self.pool, Invoke::Static, lc, "fromBoxed", &desc);
        }
        JType::object(lc)
    }
}
