//! RPython classes -> CLI classes. Each class is a TypeDef `RPython.<qualname>`
//! deriving from its base (the root from System.Exception, so that exception
//! instances can be thrown: the IR's classes share one root), with its fields as
//! public instance fields, a default constructor, and for each method graph
//! it defines a public virtual instance method forwarding to the graph's
//! static method: `MethodCall` is then a `callvirt`, dispatched by the CLI.
//!
//! Every row and token is planned before any method body is encoded: a
//! TypeDef's FieldList/MethodList are the first rows of its runs, and runs
//! follow the TypeDef order.

use std::collections::HashMap;

use lltype::ir::{ClassId, GraphId, Program};

use crate::il::{Encoder, Insn};
use crate::metadata::rows::{FieldRow, TypeDefRow};
use crate::metadata::{RowRef, TableId};
use crate::sig::{field_sig, SigType};

use super::context::Context;
use super::types::has_value;

const TYPE_PUBLIC: u32 = 0x0000_0001;
const TYPE_BEFORE_FIELD_INIT: u32 = 0x0010_0000;
const FIELD_PUBLIC: u16 = 0x0006;
const METHOD_PUBLIC: u16 = 0x0006;
const METHOD_VIRTUAL: u16 = 0x0040;
const METHOD_HIDE_BY_SIG: u16 = 0x0080;
const METHOD_NEW_SLOT: u16 = 0x0100;
const METHOD_SPECIAL_NAME: u16 = 0x0800;
const METHOD_RT_SPECIAL_NAME: u16 = 0x1000;

/// A method a class contributes (after its constructor).
pub struct VirtualMethod {
    pub name: String,
    pub graph: GraphId,
    /// True when no base class declares it: it opens a new vtable slot.
    pub new_slot: bool,
}

/// The classes' rows and tokens.
#[derive(Default)]
pub struct ClassPlan {
    pub type_rows: HashMap<ClassId, RowRef>,
    pub ctor_tokens: HashMap<ClassId, u32>,
    /// (class, method name) -> the virtual method declared in that class.
    pub virtual_tokens: HashMap<(ClassId, String), u32>,
    /// (class, field name) -> the Field row of the class declaring it.
    pub field_tokens: HashMap<(ClassId, String), u32>,
    pub virtuals: HashMap<ClassId, Vec<VirtualMethod>>,
}

/// Classes in an order where every base precedes its subclasses (ECMA-335
/// does not require it, but it keeps the layout readable).
fn class_order(program: &Program) -> Vec<ClassId> {
    let depth = |mut c: ClassId| {
        let mut d = 0;
        while let Some(b) = program.class(c).base {
            c = b;
            d += 1;
        }
        d
    };
    let mut ids: Vec<ClassId> = (0..program.classes.len() as u32).map(ClassId).collect();
    ids.sort_by_key(|c| (depth(*c), c.0));
    ids
}

/// Plans rows: TypeDefs from `first_type_row`, fields from `first_field_row`
/// (after the program class's static fields), methods from `first_method_row`
/// (after the program class's static methods). Only methods whose graphs
/// are translated get a virtual.
pub fn plan(
    program: &Program,
    graph_tokens: &HashMap<GraphId, u32>,
    first_field_row: u32,
    first_type_row: u32,
    first_method_row: u32,
) -> (ClassPlan, Vec<ClassId>) {
    let order = class_order(program);
    let mut plan = ClassPlan::default();
    let mut method_row = first_method_row;
    let mut field_row = first_field_row;
    let token = |row: u32| ((TableId::MethodDef.number() as u32) << 24) | row;
    for (i, c) in order.iter().enumerate() {
        plan.type_rows.insert(
            *c,
            RowRef {
                table: TableId::TypeDef,
                row: first_type_row + i as u32,
            },
        );
        for f in &program.class(*c).fields {
            plan.field_tokens.insert(
                (*c, f.name.clone()),
                ((TableId::Field.number() as u32) << 24) | field_row,
            );
            field_row += 1;
        }
        plan.ctor_tokens.insert(*c, token(method_row));
        method_row += 1;
        let mut virtuals = Vec::new();
        for (name, g) in &program.class(*c).methods {
            if !graph_tokens.contains_key(g) {
                continue;
            }
            let new_slot = program
                .class(*c)
                .base
                .and_then(|b| find_declaring(&plan, program, b, name))
                .is_none();
            plan.virtual_tokens
                .insert((*c, name.clone()), token(method_row));
            method_row += 1;
            virtuals.push(VirtualMethod {
                name: name.clone(),
                graph: *g,
                new_slot,
            });
        }
        plan.virtuals.insert(*c, virtuals);
    }
    (plan, order)
}

/// The nearest class from `c` up that declares a virtual `name`.
fn find_declaring(plan: &ClassPlan, program: &Program, c: ClassId, name: &str) -> Option<ClassId> {
    let mut c = Some(c);
    while let Some(k) = c {
        if plan.virtual_tokens.contains_key(&(k, name.to_string())) {
            return Some(k);
        }
        c = program.class(k).base;
    }
    None
}

impl ClassPlan {
    /// The virtual method `callvirt` names for `name` on a `c` reference.
    pub fn method_token(&self, program: &Program, c: ClassId, name: &str) -> Option<u32> {
        let k = find_declaring(self, program, c, name)?;
        self.virtual_tokens.get(&(k, name.to_string())).copied()
    }

    /// The Field token of field `name` seen from class `c`.
    pub fn field_token(&self, program: &Program, c: ClassId, name: &str) -> Option<u32> {
        let mut c = Some(c);
        while let Some(k) = c {
            if let Some(t) = self.field_tokens.get(&(k, name.to_string())) {
                return Some(*t);
            }
            c = program.class(k).base;
        }
        None
    }
}

/// Adds the TypeDef and Field rows, in plan order.
pub fn add_type_rows(
    cx: &mut Context,
    program: &Program,
    order: &[ClassId],
    first_method_row: u32,
) {
    let exception = cx.exception_type();
    let mut method_row = first_method_row;
    for c in order {
        let class = program.class(*c);
        let extends = match class.base {
            Some(b) => cx.classes.type_rows[&b],
            None => exception,
        };
        let row = TypeDefRow {
            flags: TYPE_PUBLIC | TYPE_BEFORE_FIELD_INIT,
            name: cx.md.strings.add(&type_name(&class.qualname)),
            namespace: cx.md.strings.add(super::CLASS_NAMESPACE),
            extends: Some(extends),
            fields: cx.md.next_row(TableId::Field),
            methods: method_row,
        };
        method_row += 1 + cx.classes.virtuals[c].len() as u32;
        cx.md.add_type_def(row);
        for f in &class.fields {
            let ty = if has_value(&f.ty) {
                cx.sig(&f.ty)
            } else {
                SigType::Object
            };
            add_field(cx, &f.name, &ty);
        }
    }
}

fn add_field(cx: &mut Context, name: &str, ty: &SigType) {
    let row = FieldRow {
        flags: FIELD_PUBLIC,
        name: cx.md.strings.add(name),
        signature: cx.md.blobs.add(&field_sig(ty)),
    };
    cx.md.add_field(row);
}

/// The CLI name of a class: its qualified name, dots made underscores (the
/// namespace is `RPython`).
fn type_name(qualname: &str) -> String {
    qualname
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || c == '_' {
                c
            } else {
                '_'
            }
        })
        .collect()
}

/// A method to add to the MethodDef table: flags, name, signature, body.
pub struct MemberMethod {
    pub flags: u16,
    pub name: String,
    pub params: Vec<SigType>,
    pub ret: SigType,
    pub body: Vec<u8>,
}

/// The constructor and forwarders of every class, in plan order.
pub fn member_methods(cx: &mut Context, program: &Program, order: &[ClassId]) -> Vec<MemberMethod> {
    let mut out = Vec::new();
    // A default constructor: calls the base class's.
    let ctor = |cx: &mut Context, base_ctor: u32| {
        let mut e = Encoder::new();
        e.emit(Insn::LdArg(0));
        e.emit(Insn::Call {
            token: base_ctor,
            pops: 1,
            pushes: 0,
        });
        e.emit(Insn::Ret { value: false });
        let body = cx.body(&e.finish(), &[]);
        MemberMethod {
            flags: METHOD_PUBLIC
                | METHOD_HIDE_BY_SIG
                | METHOD_SPECIAL_NAME
                | METHOD_RT_SPECIAL_NAME,
            name: ".ctor".into(),
            params: vec![],
            ret: SigType::Void,
            body,
        }
    };
    for c in order {
        let base_ctor = match program.class(*c).base {
            Some(b) => cx.classes.ctor_tokens[&b],
            None => cx.exception_ctor(),
        };
        out.push(ctor(cx, base_ctor));
        let virtuals: Vec<(String, GraphId, bool)> = cx.classes.virtuals[c]
            .iter()
            .map(|v| (v.name.clone(), v.graph, v.new_slot))
            .collect();
        for (name, g, new_slot) in virtuals {
            let graph = program.graph(g);
            let mut e = Encoder::new();
            let mut params = Vec::new();
            let mut arg = 0u16;
            for (i, p) in graph.params().iter().enumerate() {
                let t = graph.var_type(*p);
                if !has_value(t) {
                    continue;
                }
                if i > 0 {
                    params.push(cx.sig(t));
                }
                e.emit(Insn::LdArg(arg));
                arg += 1;
            }
            let ret = cx.sig(&graph.ret);
            e.emit(Insn::Call {
                token: cx.graph_tokens[&g],
                pops: arg as u8,
                pushes: has_value(&graph.ret) as u8,
            });
            e.emit(Insn::Ret {
                value: has_value(&graph.ret),
            });
            let body = cx.body(&e.finish(), &[]);
            let mut flags = METHOD_PUBLIC | METHOD_VIRTUAL | METHOD_HIDE_BY_SIG;
            if new_slot {
                flags |= METHOD_NEW_SLOT;
            }
            out.push(MemberMethod {
                flags,
                name,
                params,
                ret,
                body,
            });
        }
    }
    out
}
