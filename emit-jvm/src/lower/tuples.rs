//! One small final class per tuple type, with typed fields `f0, f1, ...`.
//! They extend the shim's Tuple, which implements equality, hashing,
//! ordering and repr on top of the boxing accessor `get(int)`. A pair class
//! builds pairs from boxed items (`pair`, a virtual method of an empty
//! instance, which HotSpot inlines where a MethodHandle would not be), for
//! the shim operations that create tuples (dict.items(), enumerate, zip).

use std::collections::BTreeSet;

use lltype::ir::Type;
use ristretto_classfile::{ClassAccessFlags, FieldAccessFlags, MethodAccessFlags};

use super::types::coerce;
use super::{ClassBytes, Ctx};
use crate::classfile::{method_descriptor, ClassWriter, Code, Cond, Invoke, JType};
use crate::runtime::names as rt;

/// Adds every tuple type occurring in `t` (nested ones included) to `out`.
pub fn collect(t: &Type, out: &mut BTreeSet<Type>) {
    match t {
        Type::Tuple(items) => {
            for i in items.iter() {
                collect(i, out);
            }
            out.insert(t.clone());
        }
        Type::List(i) | Type::Iter(_, i) => collect(i, out),
        Type::Dict(k, v) => {
            collect(k, out);
            collect(v, out);
        }
        Type::Func(sig) => {
            for p in &sig.params {
                collect(p, out);
            }
            collect(&sig.ret, out);
        }
        _ => {}
    }
}

pub fn lower_tuple(ctx: &Ctx, t: &Type, name: &str) -> Result<ClassBytes, String> {
    let Type::Tuple(items) = t else {
        unreachable!("tuple class of a non-tuple")
    };
    let mut cw = ClassWriter::new(
        name,
        rt::TUPLE,
        ClassAccessFlags::PUBLIC | ClassAccessFlags::FINAL,
    );
    let this = JType::object(name);
    let obj = JType::object(rt::OBJECT);
    // (field index, type) of the non-void fields.
    let fields: Vec<(usize, JType)> = items
        .iter()
        .map(|i| ctx.jtype(i))
        .enumerate()
        .filter(|(_, t)| *t != JType::Void)
        .collect();
    for (i, ft) in &fields {
        cw.add_field(
            &format!("f{i}"),
            ft,
            FieldAccessFlags::PUBLIC | FieldAccessFlags::FINAL,
        );
    }
    let ftypes: Vec<JType> = fields.iter().map(|(_, t)| t.clone()).collect();
    let init_desc = method_descriptor(&ftypes, &JType::Void);

    let mut code = Code::new(1 + ftypes.iter().map(JType::slots).sum::<u16>());
    code.load(&this, 0);
    code.invoke(&mut cw.pool, Invoke::Special, rt::TUPLE, "<init>", "()V");
    let mut slot = 1;
    for (i, ft) in &fields {
        code.load(&this, 0);
        code.load(ft, slot);
        code.put_field(&mut cw.pool, name, &format!("f{i}"), ft);
        slot += ft.slots();
    }
    code.return_value(&JType::Void);
    cw.add_method(MethodAccessFlags::PUBLIC, "<init>", &init_desc, code)?;

    let mut code = Code::new(1);
    code.int_const(&mut cw.pool, items.len() as i32);
    code.return_value(&JType::Int);
    cw.add_method(MethodAccessFlags::PUBLIC, "size", "()I", code)?;

    // get(i): the boxed field i (void fields read as None).
    let mut code = Code::new(2);
    code.set_frame_locals(vec![this.clone(), JType::Int]);
    for (i, ft) in &fields {
        let next = code.new_label();
        code.load(&JType::Int, 1);
        code.int_const(&mut cw.pool, *i as i32);
        code.jump_if(Cond::ICmpNe, next);
        code.load(&this, 0);
        code.get_field(&mut cw.pool, name, &format!("f{i}"), ft);
        coerce(&mut code, &mut cw.pool, ft, &obj);
        code.return_value(&obj);
        code.bind(next);
    }
    code.null_const(rt::OBJECT);
    code.return_value(&obj);
    cw.add_method(
        MethodAccessFlags::PUBLIC,
        "get",
        "(I)Ljava/lang/Object;",
        code,
    )?;

    // The empty instance whose `pair` the shim calls (fields left zero; a
    // class without fields has this constructor already).
    if !ftypes.is_empty() {
        let mut code = Code::new(1);
        code.load(&this, 0);
        code.invoke(&mut cw.pool, Invoke::Special, rt::TUPLE, "<init>", "()V");
        code.return_value(&JType::Void);
        cw.add_method(MethodAccessFlags::PUBLIC, "<init>", "()V", code)?;
    }

    if items.len() == 2 {
        let mut code = Code::new(3);
        code.new_dup(&mut cw.pool, name);
        for (i, ft) in &fields {
            code.load(&obj, 1 + *i as u16);
            coerce(&mut code, &mut cw.pool, &obj, ft);
        }
        code.invoke(&mut cw.pool, Invoke::Special, name, "<init>", &init_desc);
        code.return_value(&JType::object(rt::TUPLE));
        cw.add_method(MethodAccessFlags::PUBLIC, "pair", rt::TUPLE_PAIR_DESC, code)?;
    }

    Ok((format!("{name}.class"), cw.finish()?))
}
