//! Lists, dicts, tuples and iterators: calls to the runtime's generic
//! classes (`RList<T>`, `RDict<K, V>`, `TupleN<..>`, `ListIter<T>`, ...),
//! instantiated with the items' CLI types so that nothing is boxed. Member
//! signatures are written with `!0`/`!1` for the class's type parameters.

use lltype::ir::{IterKind, Op, Opcode, Type, Value};

use crate::il::{Cond, Insn, Label};
use crate::sig::SigType;

use super::super::types::has_value;
use super::GraphTranslator;

/// `RList<!n>`-style types in member signatures.
fn var(n: u32) -> SigType {
    SigType::Var(n)
}

impl GraphTranslator<'_> {
    fn generic_of(&mut self, name: &str, args: Vec<SigType>) -> SigType {
        self.cx.rt_generic(name, args)
    }

    /// Pushes a container item: a void item (None) is a null `object`.
    pub(super) fn load_item(&mut self, v: &Value, ty: &Type) -> Result<(), String> {
        if has_value(ty) {
            self.load_as(v, ty)
        } else {
            self.e.emit(Insn::LdNull);
            Ok(())
        }
    }

    /// Calls `name` on the container (first argument, of CLI type `class`),
    /// the other arguments loaded as `arg_types`; stores the result.
    fn container_call(
        &mut self,
        op: &Op,
        class: &SigType,
        name: &str,
        arg_types: &[Type],
        params: &[SigType],
        ret: SigType,
    ) -> Result<(), String> {
        self.load(&op.args[0])?;
        for (a, t) in op.args[1..].iter().zip(arg_types) {
            self.load_item(a, t)?;
        }
        let m = self.cx.generic_method(class, name, true, params, ret);
        self.callvirt(m);
        self.store_or_pop(op, m.pushes)
    }

    /// Pushes a new empty container of CLI type `class` (`new RList<T>()`).
    pub(super) fn new_empty(&mut self, class: &SigType) {
        let ctor = self
            .cx
            .generic_method(class, ".ctor", true, &[], SigType::Void);
        self.e.emit(Insn::NewObj {
            token: ctor.token,
            pops: 0,
        });
    }

    /// Stores the pushed result, or pops it when the IR's result is void.
    pub(super) fn store_or_pop(&mut self, op: &Op, pushes: u8) -> Result<(), String> {
        let has = has_value(self.graph.var_type(op.result));
        if pushes == 1 && !has {
            self.e.emit(Insn::Pop);
            return Ok(());
        }
        self.store(op.result)
    }

    pub(super) fn list_op(&mut self, op: &Op) -> Result<(), String> {
        use Opcode::*;
        let list_ty = match op.opcode {
            NewList | ListRepeat => self.graph.var_type(op.result).clone(),
            _ => self.arg_type(&op.args[0]),
        };
        let Type::List(item) = &list_ty else {
            return Err(self.unsupported(format!("a list operation on {list_ty}")));
        };
        let item = (**item).clone();
        let class = self.cx.sig(&list_ty);
        let list_t = self.generic_of("RList`1", vec![var(0)]);
        let i8 = SigType::I8;
        let it = item.clone();
        match op.opcode {
            NewList => {
                self.new_empty(&class);
                let add = self
                    .cx
                    .generic_method(&class, "Append", true, &[var(0)], SigType::Void);
                for a in &op.args {
                    self.e.emit(Insn::Dup);
                    self.load_item(a, &item)?;
                    self.callvirt(add);
                }
                self.store(op.result)
            }
            ListRepeat => {
                self.load_item(&op.args[0], &item)?;
                self.load_as(&op.args[1], &Type::Int)?;
                let m =
                    self.cx
                        .generic_method(&class, "Repeat", false, &[var(0), i8], list_t.clone());
                self.call(m);
                self.store(op.result)
            }
            ListLen => self.container_call(op, &class, "Len", &[], &[], i8),
            ListGetItem | ListSetItem if self.list_index_inline(op, &class, &item)? => Ok(()),
            ListGetItem => self.container_call(op, &class, "GetItem", &[Type::Int], &[i8], var(0)),
            ListSetItem => self.container_call(
                op,
                &class,
                "SetItem",
                &[Type::Int, it],
                &[i8, var(0)],
                SigType::Void,
            ),
            ListDelItem => {
                self.container_call(op, &class, "DelItem", &[Type::Int], &[i8], SigType::Void)
            }
            ListSlice => self.container_call(
                op,
                &class,
                "Slice",
                &[Type::Int, Type::Int],
                &[i8.clone(), i8],
                list_t,
            ),
            ListAppend => {
                self.container_call(op, &class, "Append", &[it], &[var(0)], SigType::Void)
            }
            ListPop => {
                self.load(&op.args[0])?;
                match op.args.get(1) {
                    Some(i) => self.load_as(i, &Type::Int)?,
                    None => self.e.emit(Insn::LdcI8(-1)),
                }
                let m = self.cx.generic_method(&class, "Pop", true, &[i8], var(0));
                self.callvirt(m);
                self.store_or_pop(op, m.pushes)
            }
            ListInsert => self.container_call(
                op,
                &class,
                "InsertAt",
                &[Type::Int, it],
                &[i8, var(0)],
                SigType::Void,
            ),
            ListExtend => self.container_call(
                op,
                &class,
                "Extend",
                std::slice::from_ref(&list_ty),
                &[list_t],
                SigType::Void,
            ),
            ListReverse => {
                self.container_call(op, &class, "ReverseInPlace", &[], &[], SigType::Void)
            }
            ListIndex => self.container_call(op, &class, "IndexOf_", &[it], &[var(0)], i8),
            ListRemove => {
                self.container_call(op, &class, "Remove_", &[it], &[var(0)], SigType::Void)
            }
            ListCount => self.container_call(op, &class, "CountOf", &[it], &[var(0)], i8),
            ListSort => self.container_call(op, &class, "SortInPlace", &[], &[], SigType::Void),
            ListContains => {
                self.container_call(op, &class, "Contains_", &[it], &[var(0)], SigType::Bool)
            }
            ListConcat => self.container_call(
                op,
                &class,
                "Concat",
                std::slice::from_ref(&list_ty),
                std::slice::from_ref(&list_t),
                list_t.clone(),
            ),
            ListMul => self.container_call(op, &class, "Mul", &[Type::Int], &[i8], list_t),
            ListCopy => self.container_call(op, &class, "Copy", &[], &[], list_t),
            Enumerate => {
                let pair = self.generic_of("Tuple2`2", vec![SigType::I8, var(0)]);
                let ret = self.generic_of("RList`1", vec![pair]);
                self.container_call(op, &class, "Enumerate", &[], &[], ret)
            }
            NewIter(IterKind::List) => {
                let ret = self.generic_of("ListIter`1", vec![var(0)]);
                self.container_call(op, &class, "Iter", &[], &[], ret)
            }
            Min | Max => {
                let name = if op.opcode == Min {
                    "MinItem"
                } else {
                    "MaxItem"
                };
                self.container_call(op, &class, name, &[], &[], var(0))
            }
            _ => Err(self.unsupported(format!("operation `{}` on a list", op.opcode.name()))),
        }
    }

    pub(super) fn dict_op(&mut self, op: &Op) -> Result<(), String> {
        use Opcode::*;
        let dict_ty = match op.opcode {
            NewDict => self.graph.var_type(op.result).clone(),
            _ => self.arg_type(&op.args[0]),
        };
        let Type::Dict(k, v) = &dict_ty else {
            return Err(self.unsupported(format!("a dict operation on {dict_ty}")));
        };
        let (k, v) = ((**k).clone(), (**v).clone());
        let class = self.cx.sig(&dict_ty);
        let (kv, vv) = super::super::context::dict_member_types(&k);
        match op.opcode {
            NewDict => {
                self.new_empty(&class);
                let set = self
                    .cx
                    .generic_method(&class, "SetItem", true, &[kv, vv], SigType::Void);
                for pair in op.args.chunks(2) {
                    self.e.emit(Insn::Dup);
                    self.load_item(&pair[0], &k)?;
                    self.load_item(&pair[1], &v)?;
                    self.callvirt(set);
                }
                self.store(op.result)
            }
            DictLen => self.container_call(op, &class, "Len", &[], &[], SigType::I8),
            DictGetItem => self.container_call(op, &class, "GetItem", &[k], &[kv], vv),
            DictSetItem => {
                self.container_call(op, &class, "SetItem", &[k, v], &[kv, vv], SigType::Void)
            }
            DictDelItem => self.container_call(op, &class, "DelItem", &[k], &[kv], SigType::Void),
            DictContains => self.container_call(op, &class, "Contains", &[k], &[kv], SigType::Bool),
            DictGet => self.container_call(op, &class, "Get", &[k, v], &[kv, vv.clone()], vv),
            DictPop => self.container_call(op, &class, "Pop", &[k], &[kv], vv),
            DictPopDefault => {
                self.container_call(op, &class, "PopDefault", &[k, v], &[kv, vv.clone()], vv)
            }
            DictSetDefault => {
                self.container_call(op, &class, "SetDefault", &[k, v], &[kv, vv.clone()], vv)
            }
            DictKeys | ToList => {
                let ret = self.generic_of("RList`1", vec![kv]);
                self.container_call(op, &class, "Keys", &[], &[], ret)
            }
            DictValues => {
                let ret = self.generic_of("RList`1", vec![vv]);
                self.container_call(op, &class, "Values", &[], &[], ret)
            }
            DictItems => {
                let pair = self.generic_of("Tuple2`2", vec![kv, vv]);
                let ret = self.generic_of("RList`1", vec![pair]);
                self.container_call(op, &class, "Items", &[], &[], ret)
            }
            DictClear => self.container_call(op, &class, "Clear", &[], &[], SigType::Void),
            DictCopy => {
                let ret = match kv {
                    SigType::String => self.generic_of("StrDict`1", vec![vv]),
                    _ => self.generic_of("RDict`2", vec![kv, vv]),
                };
                self.container_call(op, &class, "Copy", &[], &[], ret)
            }
            NewIter(IterKind::DictKeys) => {
                // Over a snapshot of the keys (RPython code does not resize a
                // dict while iterating over it).
                self.load(&op.args[0])?;
                let keys_ty = self.generic_of("RList`1", vec![kv.clone()]);
                let keys = self.cx.generic_method(&class, "Keys", true, &[], keys_ty);
                self.callvirt(keys);
                let key_list = self.cx.sig(&Type::list(k));
                let ret = self.generic_of("ListIter`1", vec![var(0)]);
                let iter = self.cx.generic_method(&key_list, "Iter", true, &[], ret);
                self.callvirt(iter);
                self.store(op.result)
            }
            _ => Err(self.unsupported(format!("operation `{}` on a dict", op.opcode.name()))),
        }
    }

    /// Tuples: the runtime's `TupleN<T1..Tn>` with readonly fields `f0..`.
    pub(super) fn tuple_op(&mut self, op: &Op) -> Result<(), String> {
        let tuple_ty = match op.opcode {
            Opcode::NewTuple => self.graph.var_type(op.result).clone(),
            _ => self.arg_type(&op.args[0]),
        };
        let Type::Tuple(items) = &tuple_ty else {
            return Err(self.unsupported(format!("a tuple operation on {tuple_ty}")));
        };
        if items.len() > super::super::types::MAX_TUPLE_ITEMS {
            return Err(self.unsupported(format!("the tuple type {tuple_ty}")));
        }
        let class = self.cx.sig(&tuple_ty);
        match op.opcode {
            Opcode::NewTuple => {
                for (a, t) in op.args.iter().zip(items.iter()) {
                    self.load_item(a, t)?;
                }
                let params: Vec<SigType> = (0..items.len() as u32).map(var).collect();
                let parent = self.cx.type_row(&class);
                let ctor = self
                    .cx
                    .member(parent, ".ctor", true, &params, &SigType::Void);
                self.e.emit(Insn::NewObj {
                    token: ctor.token,
                    pops: items.len() as u8,
                });
                self.store(op.result)
            }
            Opcode::TupleGetItem(k) => {
                self.load(&op.args[0])?;
                let parent = self.cx.type_row(&class);
                let field = self.cx.field_ref(parent, &format!("f{k}"), &var(k));
                self.e.emit(Insn::LdFld(field));
                self.store_or_pop(op, 1)
            }
            _ => unreachable!(),
        }
    }

    /// `iter(x)` for strs, bytes and ranges (lists and dicts are above).
    pub(super) fn new_iter(&mut self, op: &Op, kind: IterKind) -> Result<(), String> {
        match kind {
            IterKind::List => self.list_op(op),
            IterKind::DictKeys => self.dict_op(op),
            IterKind::Str | IterKind::Bytes | IterKind::Range => {
                let (name, param) = match kind {
                    IterKind::Str => ("StrIter", SigType::String),
                    IterKind::Bytes => ("BytesIter", SigType::SzArray(Box::new(SigType::U1))),
                    _ => ("RangeIter", SigType::SzArray(Box::new(SigType::I8))),
                };
                self.load(&op.args[0])?;
                let ret = SigType::Class(self.cx.rt_type(name));
                let m = self.cx.rt_static("Seq", name, &[param], ret);
                self.call(m);
                self.store(op.result)
            }
        }
    }

    /// `HasNext()` of the iterator, to `exhausted` when false; then `Next()`
    /// on the stack.
    pub(super) fn iter_has_next(&mut self, it: &Value, exhausted: Label) -> Result<(), String> {
        let ty = self.arg_type(it);
        let class = self.cx.sig(&ty);
        self.load(it)?;
        let parent = self.cx.type_row(&class);
        let has = self.cx.member(parent, "HasNext", true, &[], &SigType::Bool);
        self.callvirt(has);
        self.e.emit(Insn::Branch(Cond::False, exhausted));
        self.iter_next_named(it, "NextUnchecked")
    }

    /// `Next()` of the iterator (raises StopIteration at the end).
    pub(super) fn iter_next(&mut self, it: &Value) -> Result<(), String> {
        self.iter_next_named(it, "Next")
    }

    /// `Next()`, or `NextUnchecked()` (no end test: small enough for the JIT
    /// to inline) after `HasNext()`.
    fn iter_next_named(&mut self, it: &Value, name: &str) -> Result<(), String> {
        let ty = self.arg_type(it);
        let Type::Iter(kind, _) = &ty else {
            return Err(self.unsupported(format!("iterating with {ty}")));
        };
        let class = self.cx.sig(&ty);
        let ret = match kind {
            IterKind::List | IterKind::DictKeys => var(0),
            IterKind::Str => SigType::String,
            IterKind::Bytes | IterKind::Range => SigType::I8,
        };
        self.load(it)?;
        let parent = self.cx.type_row(&class);
        let next = self.cx.member(parent, name, true, &[], &ret);
        self.callvirt(next);
        Ok(())
    }
}
