//! Prebuilt constants live in static fields `p0, p1, ...` of one class,
//! built once by its class initialiser. References between them may form
//! cycles, so construction has three phases: allocate every instance, list
//! and dict empty; build the tuples (immutable, so in dependency order);
//! then fill fields, items and entries. The work is split over classes
//! `py/PrebuiltInit0, 1, ...` (method `run`), called in order by the class
//! initialiser, so that no method nears the 64 KiB limit and no constant pool
//! its 65535 entries; they set the public static fields of `py/Prebuilt`
//! while its initialisation is in progress on the same thread.

use lltype::ir::{Const, Prebuilt, Type};
use ristretto_classfile::{ClassAccessFlags, FieldAccessFlags, MethodAccessFlags};

use super::types::{coerce, default_value, list_class};
use super::{ClassBytes, Ctx};
use crate::classfile::{ClassWriter, Code, Invoke, JType, Pool};
use crate::runtime::names as rt;

pub const PREBUILT_CLASS: &str = "py/Prebuilt";

/// Instructions per init method before starting the next one.
const CHUNK: usize = 4000;

pub fn field_name(id: u32) -> String {
    format!("p{id}")
}

pub fn prebuilt_type(p: &Prebuilt) -> Type {
    match p {
        Prebuilt::Instance { class, .. } => Type::Instance(*class),
        Prebuilt::List { ty, .. } | Prebuilt::Dict { ty, .. } | Prebuilt::Tuple { ty, .. } => {
            ty.clone()
        }
    }
}

/// Pushes constant `c` converted to `expected`.
pub fn emit_const(ctx: &Ctx, code: &mut Code, pool: &mut Pool, c: &Const, expected: &JType) {
    let pushed = match c {
        Const::Void => {
            default_value(code, pool, expected);
            return;
        }
        Const::Null => {
            let class = if expected.is_ref() {
                expected.class_name().to_string()
            } else {
                rt::OBJECT.into()
            };
            code.null_const(&class);
            return;
        }
        Const::Bool(b) => {
            code.bool_const(*b);
            JType::Bool
        }
        Const::Int(i) => {
            code.long_const(pool, *i);
            JType::Long
        }
        Const::Float(f) => {
            code.double_const(pool, *f);
            JType::Double
        }
        Const::Str(s) => {
            code.string_const(pool, s);
            JType::object(rt::STRING)
        }
        Const::Bytes(b) => {
            let latin1: String = b.iter().map(|&x| char::from(x)).collect();
            code.string_const(pool, &latin1);
            code.invoke(
                pool,
                Invoke::Static,
                rt::BYTES_OPS,
                "fromLatin1",
                "(Ljava/lang/String;)[B",
            );
            JType::object(rt::BYTES)
        }
        Const::Func(g) => {
            code.method_handle(
                pool,
                &ctx.graph_owner(*g),
                &ctx.graph_method(*g),
                &ctx.graph_descriptor(*g),
            );
            JType::object(rt::METHOD_HANDLE)
        }
        Const::Prebuilt(p) => {
            let t = ctx.jtype(&prebuilt_type(&ctx.program.prebuilt[p.0 as usize]));
            code.get_static(pool, PREBUILT_CLASS, &field_name(p.0), &t);
            t
        }
    };
    coerce(code, pool, &pushed, expected);
}

/// The init classes being filled: `py/PrebuiltInit<k>.run()`, each with its
/// own constant pool, so that neither a method nor a pool outgrows its limit.
struct Chunks {
    done: Vec<(ClassWriter, Code)>,
    current: (ClassWriter, Code),
}

fn init_class(k: usize) -> ClassWriter {
    ClassWriter::new(
        &format!("py/PrebuiltInit{k}"),
        rt::OBJECT,
        ClassAccessFlags::PUBLIC | ClassAccessFlags::FINAL,
    )
}

impl Chunks {
    fn code(&mut self) -> (&mut Code, &mut Pool) {
        if self.current.1.len() > CHUNK {
            let k = self.done.len() + 1;
            let full = std::mem::replace(&mut self.current, (init_class(k), Code::new(0)));
            self.done.push(full);
        }
        (&mut self.current.1, &mut self.current.0.pool)
    }
}

/// The class declaring field `name` of instances of `class`.
fn field_owner(ctx: &Ctx, class: lltype::ir::ClassId, name: &str) -> Option<(String, JType)> {
    let mut c = Some(class);
    while let Some(id) = c {
        let def = ctx.program.class(id);
        if let Some(f) = def.fields.iter().find(|f| f.name == name) {
            return Some((ctx.class_name(id), ctx.jtype(&f.ty)));
        }
        c = def.base;
    }
    None
}

/// Tuple ids in an order where each comes after the prebuilt tuples it contains.
fn tuple_order(ctx: &Ctx) -> Vec<u32> {
    fn visit(ctx: &Ctx, i: u32, seen: &mut Vec<bool>, out: &mut Vec<u32>) {
        if seen[i as usize] {
            return;
        }
        seen[i as usize] = true;
        if let Prebuilt::Tuple { items, .. } = &ctx.program.prebuilt[i as usize] {
            for c in items {
                if let Const::Prebuilt(p) = c {
                    visit(ctx, p.0, seen, out);
                }
            }
            out.push(i);
        }
    }
    let n = ctx.program.prebuilt.len();
    let mut seen = vec![false; n];
    let mut out = Vec::new();
    for i in 0..n as u32 {
        visit(ctx, i, &mut seen, &mut out);
    }
    out
}

pub fn lower_prebuilt(ctx: &Ctx) -> Result<Vec<ClassBytes>, String> {
    let p = ctx.program;
    let mut cw = ClassWriter::new(
        PREBUILT_CLASS,
        rt::OBJECT,
        ClassAccessFlags::PUBLIC | ClassAccessFlags::FINAL,
    );
    let types: Vec<JType> = p
        .prebuilt
        .iter()
        .map(|pb| ctx.jtype(&prebuilt_type(pb)))
        .collect();
    for (i, t) in types.iter().enumerate() {
        cw.add_field(
            &field_name(i as u32),
            t,
            FieldAccessFlags::PUBLIC | FieldAccessFlags::STATIC,
        );
    }
    let mut chunks = Chunks {
        done: Vec::new(),
        current: (init_class(0), Code::new(0)),
    };

    // Phase 1: allocate the mutable objects.
    for (i, pb) in p.prebuilt.iter().enumerate() {
        let (code, pool) = chunks.code();
        let t = &types[i];
        match pb {
            Prebuilt::Instance { .. } => {
                code.new_dup(pool, t.class_name());
                code.invoke(pool, Invoke::Special, t.class_name(), "<init>", "()V");
            }
            Prebuilt::List { items, .. } => {
                code.new_dup(pool, t.class_name());
                code.int_const(pool, items.len() as i32);
                code.invoke(pool, Invoke::Special, t.class_name(), "<init>", "(I)V");
            }
            Prebuilt::Dict { .. } => {
                code.new_dup(pool, t.class_name());
                code.invoke(pool, Invoke::Special, t.class_name(), "<init>", "()V");
            }
            Prebuilt::Tuple { .. } => continue,
        }
        code.put_static(pool, PREBUILT_CLASS, &field_name(i as u32), t);
    }

    // Phase 2: tuples, innermost first.
    for i in tuple_order(ctx) {
        let Prebuilt::Tuple {
            ty: Type::Tuple(item_types),
            items,
            ..
        } = &p.prebuilt[i as usize]
        else {
            continue;
        };
        let t = &types[i as usize];
        let (code, pool) = chunks.code();
        code.new_dup(pool, t.class_name());
        let mut fields = Vec::new();
        for (c, it) in items.iter().zip(item_types.iter()) {
            let jt = ctx.jtype(it);
            if jt != JType::Void {
                emit_const(ctx, code, pool, c, &jt);
                fields.push(jt);
            }
        }
        let desc = crate::classfile::method_descriptor(&fields, &JType::Void);
        code.invoke(pool, Invoke::Special, t.class_name(), "<init>", &desc);
        code.put_static(pool, PREBUILT_CLASS, &field_name(i), t);
    }

    // Phase 3: fill fields, items and entries.
    for (i, pb) in p.prebuilt.iter().enumerate() {
        let t = &types[i];
        let fname = field_name(i as u32);
        match pb {
            Prebuilt::Instance { class, fields } => {
                for (name, value) in fields {
                    let Some((owner, ft)) = field_owner(ctx, *class, name) else {
                        return Err(format!("prebuilt instance p{i}: no field {name}"));
                    };
                    if ft == JType::Void {
                        continue;
                    }
                    let (code, pool) = chunks.code();
                    code.get_static(pool, PREBUILT_CLASS, &fname, t);
                    emit_const(ctx, code, pool, value, &ft);
                    code.put_field(pool, &owner, &super::names::field_name(name), &ft);
                }
            }
            Prebuilt::List {
                ty: Type::List(item),
                items,
            } => {
                let lc = list_class(item);
                let et = ctx.list_item_jtype(item);
                for c in items {
                    let (code, pool) = chunks.code();
                    code.get_static(pool, PREBUILT_CLASS, &fname, t);
                    emit_const(ctx, code, pool, c, &et);
                    code.invoke(
                        pool,
                        Invoke::Virtual,
                        lc,
                        "append",
                        &format!("({})V", et.descriptor()),
                    );
                }
            }
            Prebuilt::Dict {
                ty: Type::Dict(key, value),
                items,
            } => {
                let (kt, vt) = super::types::dict_kinds(key, value);
                let desc = format!("({}{})V", kt.descriptor(), vt.descriptor());
                for (k, v) in items {
                    let (code, pool) = chunks.code();
                    code.get_static(pool, PREBUILT_CLASS, &fname, t);
                    emit_const(ctx, code, pool, k, &kt);
                    emit_const(ctx, code, pool, v, &vt);
                    code.invoke(pool, Invoke::Virtual, t.class_name(), "set", &desc);
                }
            }
            _ => {}
        }
    }

    chunks.done.push(chunks.current);
    let mut out = Vec::new();
    let mut clinit = Code::new(0);
    for (mut iw, mut code) in chunks.done {
        code.return_value(&JType::Void);
        iw.add_method(
            MethodAccessFlags::PUBLIC | MethodAccessFlags::STATIC,
            "run",
            "()V",
            code,
        )?;
        clinit.invoke(&mut cw.pool, Invoke::Static, &iw.name, "run", "()V");
        out.push((format!("{}.class", iw.name), iw.finish()?));
    }
    clinit.return_value(&JType::Void);
    cw.add_method(MethodAccessFlags::STATIC, "<clinit>", "()V", clinit)?;
    out.push((format!("{PREBUILT_CLASS}.class"), cw.finish()?));
    Ok(out)
}
