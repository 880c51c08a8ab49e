//! Typed program -> assembly. The module has one class, `RPython.Program`,
//! whose static methods are the program's graphs, the run-time helpers and
//! `Main`, the entry point that calls the entry graph and returns its value
//! as the exit status.

mod classes;
mod context;
mod graph;
mod helpers;
mod mscorlib;
mod names;
mod output;
mod reachable;
mod types;

use std::path::Path;

use lltype::ir::Program;

use crate::il::{Encoder, Insn};
use crate::metadata::root::write_metadata;
use crate::metadata::rows::*;
use crate::metadata::TableId;
use crate::pe::{write_image, Bodies};
use crate::sig::{method_sig, SigType};

use context::Context;
pub use helpers::Helper;
use types::{has_value, list_elem};

pub use output::write_atomically;

const TYPE_PUBLIC: u32 = 0x0000_0001;
const TYPE_ABSTRACT: u32 = 0x0000_0080;
const TYPE_SEALED: u32 = 0x0000_0100;
const TYPE_BEFORE_FIELD_INIT: u32 = 0x0010_0000;
const METHOD_ASSEMBLY: u16 = 0x0003;
const METHOD_PUBLIC: u16 = 0x0006;
const METHOD_STATIC: u16 = 0x0010;
const METHOD_HIDE_BY_SIG: u16 = 0x0080;
/// SHA-1, the hash algorithm id every assembly declares (II.23.1.1).
const HASH_ALG_SHA1: u32 = 0x8004;

pub const CLASS_NAMESPACE: &str = "RPython";
pub const CLASS_NAME: &str = "Program";

/// Translates `program` and writes the assembly to `out` (an `.exe`, or a
/// `.dll` library when the name says so), atomically.
pub fn build_assembly(program: &Program, out: &Path) -> Result<(), String> {
    let file_name = out
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .ok_or_else(|| format!("error: {} is not a file name", out.display()))?;
    let bytes = assembly_bytes(program, &file_name)?;
    write_atomically(out, &bytes)
}

/// The assembly's bytes; `file_name` (`prog.exe`) names the module, its stem
/// the assembly, and its extension decides between executable and library.
pub fn assembly_bytes(program: &Program, file_name: &str) -> Result<Vec<u8>, String> {
    let (stem, is_dll) = match file_name.rsplit_once('.') {
        Some((s, ext)) => (s, ext.eq_ignore_ascii_case("dll")),
        None => (file_name, false),
    };
    let mut cx = Context::new();
    let md = &mut cx.md;
    let module_name = md.strings.add(file_name);
    let mvid = md.guids.add([0; 16]);
    md.add_module(ModuleRow {
        name: module_name,
        mvid,
    });
    let assembly_name = md.strings.add(stem);
    md.add_assembly(AssemblyRow {
        hash_alg: HASH_ALG_SHA1,
        version: [0, 0, 0, 0],
        flags: 0,
        public_key: 0,
        name: assembly_name,
        culture: 0,
    });
    // II.22.37: the first TypeDef is the pseudo-class of module-level members.
    let module_class = md.strings.add("<Module>");
    md.add_type_def(TypeDefRow {
        flags: 0,
        name: module_class,
        namespace: 0,
        extends: None,
        fields: 1,
        methods: 1,
    });
    let object = cx.corlib.type_ref(&mut cx.md, "System", "Object");
    let md = &mut cx.md;
    let (name, namespace) = (md.strings.add(CLASS_NAME), md.strings.add(CLASS_NAMESPACE));
    md.add_type_def(TypeDefRow {
        // A static class, as C# compiles one.
        flags: TYPE_PUBLIC | TYPE_ABSTRACT | TYPE_SEALED | TYPE_BEFORE_FIELD_INIT,
        name,
        namespace,
        extends: Some(object),
        fields: 1,
        methods: 1,
    });

    // Plan every method's token before encoding any body.
    let graphs = reachable::reachable_graphs(program);
    let mut next = 1u32;
    let token = |next: &mut u32| {
        let t = (TableId::MethodDef.number() as u32) << 24 | *next;
        *next += 1;
        t
    };
    for g in &graphs {
        let t = token(&mut next);
        cx.graph_tokens.insert(*g, t);
    }
    let helpers = helpers_needed(program, &graphs);
    for h in &helpers {
        let t = token(&mut next);
        cx.helper_tokens.insert(*h, t);
    }
    let main_token = token(&mut next);
    // The classes' TypeDefs follow <Module> and RPython.Program; their
    // methods follow Main.
    let iter_elems = list_iter_elems(program, &graphs);
    let tuples = tuple_types(program, &graphs);
    let (plan, class_order) =
        classes::plan(program, &cx.graph_tokens, &iter_elems, &tuples, 3, next);
    cx.classes = plan;
    for (name, c) in &program.builtin_exceptions {
        let field = cx.classes.field_token(program, *c, "message");
        if let Some(field) = field {
            let ctor = cx.classes.ctor_tokens[c];
            cx.builtin_exceptions.insert(name.clone(), (ctor, field));
        }
    }
    classes::add_type_rows(&mut cx, program, &class_order, next);

    let mut bodies = Bodies::default();
    let mut names = names::Names::new(&["Main"]);
    for g in &graphs {
        let graph = program.graph(*g);
        let code = graph::translate_graph(&mut cx, program, graph)?;
        let body = cx.body_with_clauses(&code.code, &code.locals, &code.clauses);
        let params: Vec<SigType> = graph
            .params()
            .iter()
            .map(|p| graph.var_type(*p))
            .filter(|t| has_value(t))
            .map(|t| cx.sig(t))
            .collect();
        let ret = cx.sig(&graph.ret);
        let name = names.method_name(&graph.name);
        add_method(
            &mut cx,
            &mut bodies,
            &body,
            &name,
            METHOD_PUBLIC,
            &params,
            &ret,
        );
    }
    for h in helpers {
        let (code, locals) = h.body(&mut cx);
        let body = cx.body(&code, &locals);
        let (params, ret) = h.signature(&mut cx);
        add_method(
            &mut cx,
            &mut bodies,
            &body,
            &h.name(),
            METHOD_ASSEMBLY,
            &params,
            &ret,
        );
    }
    let main_body = main_body(&mut cx, program, file_name)?;
    add_method(
        &mut cx,
        &mut bodies,
        &main_body,
        "Main",
        METHOD_PUBLIC,
        &[SigType::SzArray(Box::new(SigType::String))],
        &SigType::I4,
    );
    debug_assert_eq!(
        cx.md.next_row(TableId::MethodDef),
        main_token as u16 as u32 + 1
    );
    for m in classes::member_methods(&mut cx, program, &class_order) {
        let rva = bodies.add(&m.body);
        let md = &mut cx.md;
        let first_param = md.next_row(TableId::Param);
        for i in 0..m.params.len() {
            let pname = md.strings.add(&format!("a{i}"));
            md.add_param(ParamRow {
                flags: 0,
                sequence: i as u16 + 1,
                name: pname,
            });
        }
        let row = MethodDefRow {
            rva,
            impl_flags: 0,
            flags: m.flags,
            name: md.strings.add(&m.name),
            signature: md.blobs.add(&method_sig(true, &m.params, &m.ret)),
            params: first_param,
        };
        md.add_method_def(row);
    }

    let metadata = write_metadata(&cx.md);
    // A library has no entry point (II.25.3.3); its Main stays callable.
    let entry = if is_dll { 0 } else { main_token };
    let mut image = write_image(&bodies, &metadata.bytes, entry, is_dll);
    let mvid_at = image.metadata_offset + metadata.guid_heap_offset + 16 * (mvid as usize - 1);
    let guid = output::content_mvid(&image.bytes);
    image.bytes[mvid_at..mvid_at + 16].copy_from_slice(&guid);
    Ok(image.bytes)
}

fn add_method(
    cx: &mut Context,
    bodies: &mut Bodies,
    body: &[u8],
    name: &str,
    access: u16,
    params: &[SigType],
    ret: &SigType,
) {
    let rva = bodies.add(body);
    let md = &mut cx.md;
    let first_param = md.next_row(TableId::Param);
    for i in 0..params.len() {
        let pname = md.strings.add(&format!("a{i}"));
        md.add_param(ParamRow {
            flags: 0,
            sequence: i as u16 + 1,
            name: pname,
        });
    }
    let row = MethodDefRow {
        rva,
        impl_flags: 0,
        flags: access | METHOD_STATIC | METHOD_HIDE_BY_SIG,
        name: md.strings.add(name),
        signature: md.blobs.add(&method_sig(false, params, ret)),
        params: first_param,
    };
    md.add_method_def(row);
}

/// Every tuple type the translated graphs or the classes' fields mention,
/// nested ones included, in a deterministic order.
fn tuple_types(program: &Program, graphs: &[lltype::ir::GraphId]) -> Vec<Vec<lltype::ir::Type>> {
    use lltype::ir::Type;
    fn walk(t: &Type, out: &mut std::collections::BTreeSet<Vec<Type>>) {
        match t {
            Type::Tuple(items) if out.insert(items.to_vec()) => {
                items.iter().for_each(|i| walk(i, out));
            }
            Type::List(i) | Type::Iter(_, i) => walk(i, out),
            Type::Dict(k, v) => {
                walk(k, out);
                walk(v, out);
            }
            Type::Func(sig) => {
                sig.params.iter().for_each(|p| walk(p, out));
                walk(&sig.ret, out);
            }
            _ => {}
        }
    }
    let mut out = std::collections::BTreeSet::new();
    for g in graphs {
        program
            .graph(*g)
            .var_types
            .iter()
            .for_each(|t| walk(t, &mut out));
    }
    for c in &program.classes {
        c.fields.iter().for_each(|f| walk(&f.ty, &mut out));
    }
    out.into_iter().collect()
}

/// The item types of the lists the program iterates over (`for x in l`).
fn list_iter_elems(program: &Program, graphs: &[lltype::ir::GraphId]) -> Vec<types::Elem> {
    let mut elems = std::collections::BTreeSet::new();
    for g in graphs {
        let graph = program.graph(*g);
        for block in &graph.blocks {
            for op in &block.ops {
                if op.opcode != lltype::ir::Opcode::NewIter(lltype::ir::IterKind::List) {
                    continue;
                }
                if let lltype::ir::Value::Var(v) = &op.args[0] {
                    if let Some(e) = list_elem(graph.var_type(*v)) {
                        elems.insert(e);
                    }
                }
            }
        }
    }
    elems.into_iter().collect()
}

/// The fixed helpers, then the per-item-type list helpers the program uses.
fn helpers_needed(program: &Program, graphs: &[lltype::ir::GraphId]) -> Vec<Helper> {
    let mut needed: std::collections::BTreeSet<Helper> = Helper::ALL.into_iter().collect();
    for g in graphs {
        let graph = program.graph(*g);
        for block in &graph.blocks {
            for op in &block.ops {
                let ctor = match op.opcode {
                    lltype::ir::Opcode::ListGetItem => Helper::ListGetItem,
                    lltype::ir::Opcode::ListSetItem => Helper::ListSetItem,
                    lltype::ir::Opcode::ToStr => Helper::ListToStr,
                    lltype::ir::Opcode::ListSlice => Helper::ListSlice,
                    _ => continue,
                };
                let list_ty = match &op.args[0] {
                    lltype::ir::Value::Var(v) => graph.var_type(*v),
                    _ => continue,
                };
                match (ctor(types::Elem::Int), list_elem(list_ty)) {
                    (Helper::ListToStr(_), Some(e @ (types::Elem::Int | types::Elem::Bool))) => {
                        needed.insert(ctor(e));
                    }
                    (Helper::ListToStr(_), _) => {}
                    (_, Some(e)) => {
                        needed.insert(ctor(e));
                    }
                    _ => {}
                }
            }
        }
    }
    needed.into_iter().collect()
}

/// `static int Main(string[] args)`: builds argv (`List<string>`: the
/// assembly's file name, then the arguments), calls the entry graph and
/// returns its result as the exit status.
fn main_body(cx: &mut Context, program: &Program, file_name: &str) -> Result<Vec<u8>, String> {
    let entry = program.graph(program.entry);
    let mut e = Encoder::new();
    let list = cx.list_sig(types::Elem::Str);
    let ctor = cx.list_method(types::Elem::Str, ".ctor");
    let add = cx.list_method(types::Elem::Str, "Add");
    let callvirt = |e: &mut Encoder, m: mscorlib::ExternMethod| {
        e.emit(Insn::CallVirt {
            token: m.token,
            pops: m.pops,
            pushes: m.pushes,
        })
    };
    // Standard output is UTF-8 (without a BOM) whatever the locale, as the
    // typed IR's WriteStdout says.
    let utf8 = cx.utf8_encoding_ctor();
    e.emit(Insn::LdcI4(0));
    e.emit(Insn::NewObj {
        token: utf8.token,
        pops: utf8.pops - 1,
    });
    let set_encoding = cx.console_set_output_encoding();
    e.emit(Insn::Call {
        token: set_encoding.token,
        pops: set_encoding.pops,
        pushes: set_encoding.pushes,
    });
    // Locals: 0 = argv, 1 = index into args.
    e.emit(Insn::NewObj {
        token: ctor.token,
        pops: 0,
    });
    e.emit(Insn::StLoc(0));
    e.emit(Insn::LdLoc(0));
    let name = cx.md.user_strings.add(file_name);
    e.emit(Insn::LdStr(crate::metadata::user_string_token(name)));
    callvirt(&mut e, add);
    e.emit(Insn::LdcI4(0));
    e.emit(Insn::StLoc(1));
    let (body, test) = (e.new_label(), e.new_label());
    e.emit(Insn::Branch(crate::il::Cond::Always, test));
    e.mark(body);
    e.emit(Insn::LdLoc(0));
    e.emit(Insn::LdArg(0));
    e.emit(Insn::LdLoc(1));
    e.emit(Insn::LdElemRef);
    callvirt(&mut e, add);
    e.emit(Insn::LdLoc(1));
    e.emit(Insn::LdcI4(1));
    e.emit(Insn::Add);
    e.emit(Insn::StLoc(1));
    e.mark(test);
    e.emit(Insn::LdLoc(1));
    e.emit(Insn::LdArg(0));
    e.emit(Insn::LdLen);
    e.emit(Insn::ConvI4);
    e.emit(Insn::Branch(crate::il::Cond::Lt, body));

    // Locals: 2 = the exit status, 3 = an escaping exception.
    let (try_start, try_end, handler, handler_end, done) = (
        e.new_label(),
        e.new_label(),
        e.new_label(),
        e.new_label(),
        e.new_label(),
    );
    e.mark(try_start);
    let mut pops = 0;
    for p in entry.params() {
        let t = entry.var_type(*p);
        if !has_value(t) {
            continue;
        }
        if list_elem(t) != Some(types::Elem::Str) {
            return Err(format!(
                "{}: the entry point takes {t}, not list[str]",
                entry.name
            ));
        }
        e.emit(Insn::LdLoc(0));
        pops += 1;
    }
    let returns = has_value(&entry.ret);
    e.emit(Insn::Call {
        token: cx.graph_tokens[&program.entry],
        pops,
        pushes: returns as u8,
    });
    if returns {
        e.emit(Insn::ConvI4);
    } else {
        e.emit(Insn::LdcI4(0));
    }
    e.emit(Insn::StLoc(2));
    e.emit(Insn::Leave(done));
    e.mark(try_end);
    // An RPython exception escaping the entry point: `Fatal RPython error:
    // Class: message` and status 1, as the graph interpreter reports it.
    e.mark_handler(handler);
    e.emit(Insn::StLoc(3));
    let have_name = e.new_label();
    let mut classes: Vec<lltype::ir::ClassId> = (0..program.classes.len() as u32)
        .map(lltype::ir::ClassId)
        .collect();
    let depth = |mut c: lltype::ir::ClassId| {
        let mut d = 0;
        while let Some(b) = program.class(c).base {
            c = b;
            d += 1;
        }
        d
    };
    // Most derived first: the first match is the run-time class.
    classes.sort_by_key(|c| (std::cmp::Reverse(depth(*c)), c.0));
    for c in &classes {
        let next = e.new_label();
        e.emit(Insn::LdLoc(3));
        e.emit(Insn::IsInst(cx.classes.type_rows[c].token()));
        e.emit(Insn::Branch(crate::il::Cond::False, next));
        let name = cx.md.user_strings.add(&program.class(*c).name);
        e.emit(Insn::LdStr(crate::metadata::user_string_token(name)));
        e.emit(Insn::Branch(crate::il::Cond::Always, have_name));
        e.mark(next);
    }
    let unknown = cx.md.user_strings.add("Exception");
    e.emit(Insn::LdStr(crate::metadata::user_string_token(unknown)));
    e.mark(have_name);
    // The message: BaseException's `message` field, when the class has it.
    let base = program
        .classes
        .iter()
        .position(|c| c.builtin && c.name == "BaseException")
        .map(|i| lltype::ir::ClassId(i as u32));
    let message_field = base.and_then(|b| cx.classes.field_token(program, b, "message"));
    let empty = cx.md.user_strings.add("");
    match (base, message_field) {
        (Some(b), Some(field)) => {
            let (no_message, have_message) = (e.new_label(), e.new_label());
            let token = cx.classes.type_rows[&b].token();
            e.emit(Insn::LdLoc(3));
            e.emit(Insn::IsInst(token));
            e.emit(Insn::Branch(crate::il::Cond::False, no_message));
            e.emit(Insn::LdLoc(3));
            e.emit(Insn::CastClass(token));
            e.emit(Insn::LdFld(field));
            e.emit(Insn::Branch(crate::il::Cond::Always, have_message));
            e.mark(no_message);
            e.emit(Insn::LdStr(crate::metadata::user_string_token(empty)));
            e.mark(have_message);
        }
        _ => e.emit(Insn::LdStr(crate::metadata::user_string_token(empty))),
    }
    let fatal = cx.helper(Helper::Fatal);
    e.emit(Insn::Call {
        token: fatal.token,
        pops: fatal.pops,
        pushes: fatal.pushes,
    });
    e.emit(Insn::Leave(done));
    e.mark(handler_end);
    e.mark(done);
    e.emit(Insn::LdLoc(2));
    e.emit(Insn::Ret { value: true });
    let code = e.finish();
    let at = |l: crate::il::Label| code.label_offsets[l.0 as usize];
    let root = program
        .classes
        .iter()
        .position(|c| c.base.is_none())
        .map(|i| lltype::ir::ClassId(i as u32));
    let class_token = match root {
        Some(r) => cx.classes.type_rows[&r].token(),
        None => cx.exception_type().token(),
    };
    let clause = crate::il::ExceptionClause {
        flags: 0,
        try_offset: at(try_start),
        try_length: at(try_end) - at(try_start),
        handler_offset: at(handler),
        handler_length: at(handler_end) - at(handler),
        class_token,
    };
    let exception = SigType::Class(cx.exception_type());
    Ok(cx.body_with_clauses(
        &code,
        &[list, SigType::I4, SigType::I4, exception],
        &[clause],
    ))
}
