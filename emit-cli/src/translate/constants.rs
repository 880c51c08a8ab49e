//! Constants: scalar constants pushed inline (bytes through
//! `Bytes.FromLatin1`, function values as their ids), and prebuilt objects
//! (the program's global instances, lists, dicts and tuples), which are
//! static fields of `RPython.Program` built by its static constructor —
//! instances, lists and dicts allocated first, then tuples innermost first,
//! then everything filled, so prebuilt objects may refer to each other in
//! cycles.

use std::collections::BTreeSet;

use lltype::ir::{Const, Exit, LinkArg, Prebuilt, PrebuiltId, Program, Type, Value};

use crate::il::{Encoder, Insn};
use crate::metadata::rows::FieldRow;
use crate::metadata::{user_string_token, TableId};
use crate::sig::field_sig;

use super::context::Context;
use super::types::has_value;
use crate::sig::SigType;

const FIELD_ASSEMBLY: u16 = 0x0003;
const FIELD_STATIC: u16 = 0x0010;
const FIELD_INIT_ONLY: u16 = 0x0020;

/// Pushes constant `c` as a value of type `ty`; Err names what is not
/// supported yet.
pub fn load_const(cx: &mut Context, e: &mut Encoder, c: &Const, ty: &Type) -> Result<(), String> {
    match (c, ty) {
        (Const::Void, _) | (_, Type::Void) => {}
        (Const::Bool(b), Type::Int | Type::Uint) => e.emit(Insn::LdcI8(*b as i64)),
        (Const::Bool(b), _) => e.emit(Insn::LdcI4(*b as i32)),
        (Const::Int(i), Type::Float) => e.emit(Insn::LdcR8(*i as f64)),
        (Const::Int(i), Type::Bool) => e.emit(Insn::LdcI4((*i != 0) as i32)),
        (Const::Int(i), _) => e.emit(Insn::LdcI8(*i)),
        (Const::Float(f), _) => e.emit(Insn::LdcR8(*f)),
        (Const::Str(s), _) => {
            let off = cx.md.user_strings.add(s);
            e.emit(Insn::LdStr(user_string_token(off)));
        }
        (Const::Null, _) => e.emit(Insn::LdNull),
        (Const::Prebuilt(id), _) => match cx.prebuilt_fields.get(id) {
            Some(&token) => e.emit(Insn::LdSFld(token)),
            None => return Err("a prebuilt constant of this type".into()),
        },
        (Const::Bytes(b), _) => {
            let off = cx.md.user_strings.add(&super::graph::latin1(b));
            e.emit(Insn::LdStr(user_string_token(off)));
            let bytes = SigType::SzArray(Box::new(SigType::U1));
            let m = cx.rt_static("Bytes", "FromLatin1", &[SigType::String], bytes);
            e.emit(Insn::Call {
                token: m.token,
                pops: m.pops,
                pushes: m.pushes,
            });
        }
        (Const::Func(g), _) => e.emit(Insn::LdcI8(super::graph::function_id(*g))),
    }
    Ok(())
}

/// The prebuilt tuples among `ids`, each after the prebuilt tuples among its
/// items (tuples cannot form cycles: they are built with their items).
fn tuples_innermost_first(program: &Program, ids: &[PrebuiltId]) -> Vec<PrebuiltId> {
    fn visit(
        program: &Program,
        id: PrebuiltId,
        seen: &mut BTreeSet<PrebuiltId>,
        out: &mut Vec<PrebuiltId>,
    ) {
        let Prebuilt::Tuple { items, .. } = &program.prebuilt[id.0 as usize] else {
            return;
        };
        if !seen.insert(id) {
            return;
        }
        for c in items {
            if let Const::Prebuilt(inner) = c {
                visit(program, *inner, seen, out);
            }
        }
        out.push(id);
    }
    let (mut seen, mut out) = (BTreeSet::new(), Vec::new());
    for id in ids {
        visit(program, *id, &mut seen, &mut out);
    }
    out
}

/// Pushes a container item (a void one is a null `object`).
fn load_item(cx: &mut Context, e: &mut Encoder, c: &Const, ty: &Type) -> Result<(), String> {
    if has_value(ty) {
        load_const(cx, e, c, ty)
    } else {
        e.emit(Insn::LdNull);
        Ok(())
    }
}

/// The type of a prebuilt object.
pub fn prebuilt_type(p: &Prebuilt) -> Type {
    match p {
        Prebuilt::Instance { class, .. } => Type::Instance(*class),
        Prebuilt::List { ty, .. } | Prebuilt::Dict { ty, .. } | Prebuilt::Tuple { ty, .. } => {
            ty.clone()
        }
    }
}

/// The prebuilt objects the graphs use, directly or through other prebuilt
/// objects, in id order.
pub fn used_prebuilts(program: &Program, graphs: &[lltype::ir::GraphId]) -> Vec<PrebuiltId> {
    let mut seen = BTreeSet::new();
    let mut stack = Vec::new();
    let visit = |c: &Const, stack: &mut Vec<PrebuiltId>| {
        if let Const::Prebuilt(id) = c {
            stack.push(*id);
        }
    };
    for g in graphs {
        for block in &program.graph(*g).blocks {
            for op in &block.ops {
                for a in &op.args {
                    if let Value::Const(c) = a {
                        visit(c, &mut stack);
                    }
                }
            }
            let mut links = Vec::new();
            match &block.exit {
                Exit::Goto(l) => links.push(l),
                Exit::Branch {
                    cond,
                    if_true,
                    if_false,
                } => {
                    if let Value::Const(c) = cond {
                        visit(c, &mut stack);
                    }
                    links.push(if_true);
                    links.push(if_false);
                }
                Exit::Return(Value::Const(c)) | Exit::Raise(Value::Const(c)) => {
                    visit(c, &mut stack)
                }
                Exit::Catch { normal, handlers } => {
                    links.push(normal);
                    links.extend(handlers.iter().map(|h| &h.link));
                }
                _ => {}
            }
            for l in links {
                for a in &l.args {
                    if let LinkArg::Value(Value::Const(c)) = a {
                        visit(c, &mut stack);
                    }
                }
            }
        }
    }
    while let Some(id) = stack.pop() {
        if !seen.insert(id) {
            continue;
        }
        let items: Vec<&Const> = match &program.prebuilt[id.0 as usize] {
            Prebuilt::Instance { fields, .. } => fields.iter().map(|(_, c)| c).collect(),
            Prebuilt::List { items, .. } | Prebuilt::Tuple { items, .. } => items.iter().collect(),
            Prebuilt::Dict { items, .. } => items.iter().flat_map(|(k, v)| [k, v]).collect(),
        };
        for c in items {
            visit(c, &mut stack);
        }
    }
    seen.into_iter().collect()
}

/// Adds one static field of `RPython.Program` per prebuilt object (they
/// must be the first Field rows: the program class is the first TypeDef
/// with fields).
pub fn add_prebuilt_fields(cx: &mut Context, program: &Program, ids: &[PrebuiltId]) {
    for id in ids {
        let ty = prebuilt_type(&program.prebuilt[id.0 as usize]);
        let sig = cx.sig(&ty);
        let row = FieldRow {
            flags: FIELD_ASSEMBLY | FIELD_STATIC | FIELD_INIT_ONLY,
            name: cx.md.strings.add(&format!("__prebuilt{}", id.0)),
            signature: cx.md.blobs.add(&field_sig(&sig)),
        };
        let r = cx.md.add_field(row);
        debug_assert_eq!(r.table, TableId::Field);
        cx.prebuilt_fields.insert(*id, r.token());
    }
}

/// The static constructor: allocate every prebuilt object, then fill them.
pub fn cctor_code(
    cx: &mut Context,
    program: &Program,
    ids: &[PrebuiltId],
) -> Result<crate::il::Code, String> {
    let mut e = Encoder::new();
    for id in ids {
        let p = &program.prebuilt[id.0 as usize];
        let ty = prebuilt_type(p);
        let ctor = match p {
            Prebuilt::Instance { class, .. } => cx.classes.ctor_tokens[class],
            Prebuilt::List { .. } | Prebuilt::Dict { .. } => {
                let class = cx.sig(&ty);
                cx.generic_method(&class, ".ctor", true, &[], SigType::Void)
                    .token
            }
            // Tuples are immutable: built in the second pass, with their items.
            Prebuilt::Tuple { .. } => continue,
        };
        e.emit(Insn::NewObj {
            token: ctor,
            pops: 0,
        });
        e.emit(Insn::StSFld(cx.prebuilt_fields[id]));
    }
    // Tuples first, each after the tuples it holds (a tuple is built with its
    // items; other objects are allocated already), then the fields and items
    // of everything else.
    let others: Vec<&PrebuiltId> = ids
        .iter()
        .filter(|id| !matches!(program.prebuilt[id.0 as usize], Prebuilt::Tuple { .. }))
        .collect();
    let tuples = tuples_innermost_first(program, ids);
    for id in tuples.iter().chain(others) {
        let field = cx.prebuilt_fields[id];
        match &program.prebuilt[id.0 as usize] {
            Prebuilt::Instance { class, fields } => {
                for (name, c) in fields {
                    let Some(f) = program
                        .all_fields(*class)
                        .into_iter()
                        .find(|f| f.name == *name)
                    else {
                        continue;
                    };
                    if !has_value(&f.ty) {
                        continue;
                    }
                    let fty = f.ty.clone();
                    let token = cx
                        .classes
                        .field_token(program, *class, name)
                        .expect("a field of a planned class");
                    e.emit(Insn::LdSFld(field));
                    load_const(cx, &mut e, c, &fty)?;
                    e.emit(Insn::StFld(token));
                }
            }
            Prebuilt::List { ty, items } => {
                let Type::List(item_ty) = ty else {
                    unreachable!()
                };
                let class = cx.sig(ty);
                let add =
                    cx.generic_method(&class, "Append", true, &[SigType::Var(0)], SigType::Void);
                for c in items {
                    e.emit(Insn::LdSFld(field));
                    load_item(cx, &mut e, c, item_ty)?;
                    e.emit(Insn::CallVirt {
                        token: add.token,
                        pops: add.pops,
                        pushes: add.pushes,
                    });
                }
            }
            Prebuilt::Dict { ty, items } => {
                let Type::Dict(kt, vt) = ty else {
                    unreachable!()
                };
                let class = cx.sig(ty);
                let (key, value) = super::context::dict_member_types(kt);
                let set = cx.generic_method(&class, "SetItem", true, &[key, value], SigType::Void);
                for (k, v) in items {
                    e.emit(Insn::LdSFld(field));
                    load_item(cx, &mut e, k, kt)?;
                    load_item(cx, &mut e, v, vt)?;
                    e.emit(Insn::CallVirt {
                        token: set.token,
                        pops: set.pops,
                        pushes: set.pushes,
                    });
                }
            }
            Prebuilt::Tuple { ty, items } => {
                let Type::Tuple(types) = ty else {
                    unreachable!()
                };
                for (c, t) in items.iter().zip(types.iter()) {
                    load_item(cx, &mut e, c, t)?;
                }
                let class = cx.sig(ty);
                let params: Vec<SigType> = (0..types.len() as u32).map(SigType::Var).collect();
                let ctor = cx.generic_method(&class, ".ctor", true, &params, SigType::Void);
                e.emit(Insn::NewObj {
                    token: ctor.token,
                    pops: types.len() as u8,
                });
                e.emit(Insn::StSFld(field));
            }
        }
    }
    e.emit(Insn::Ret { value: false });
    Ok(e.finish())
}
