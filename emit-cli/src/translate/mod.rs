//! Typed program -> assembly. The module has one class, `RPython.Program`,
//! whose static methods are the program's graphs, the run-time helpers and
//! `Main`, the entry point that calls the entry graph and returns its value
//! as the exit status.

mod classes;
mod constants;
mod context;
mod entry;
mod graph;
mod helpers;
mod listing;
mod mscorlib;
mod names;
mod output;
mod reachable;
mod runtime;
mod scan;
mod types;
mod unicode_data;

use std::path::Path;

use lltype::ir::{GraphId, Program};

use crate::metadata::root::write_metadata;
use crate::metadata::rows::*;
use crate::metadata::TableId;
use crate::pe::{write_image, Bodies};
use crate::sig::{method_sig, SigType};

use context::Context;
pub use helpers::Helper;
use types::has_value;

pub use output::write_atomically;
pub use runtime::{RUNTIME_DLL, RUNTIME_DLL_NAME};

const TYPE_PUBLIC: u32 = 0x0000_0001;
const TYPE_ABSTRACT: u32 = 0x0000_0080;
const TYPE_SEALED: u32 = 0x0000_0100;
const TYPE_BEFORE_FIELD_INIT: u32 = 0x0010_0000;
const METHOD_PRIVATE: u16 = 0x0001;
const METHOD_ASSEMBLY: u16 = 0x0003;
const METHOD_SPECIAL_NAME: u16 = 0x0800;
const METHOD_RT_SPECIAL_NAME: u16 = 0x1000;
const METHOD_PUBLIC: u16 = 0x0006;
const METHOD_STATIC: u16 = 0x0010;
const METHOD_HIDE_BY_SIG: u16 = 0x0080;
/// SHA-1, the hash algorithm id every assembly declares (II.23.1.1).
const HASH_ALG_SHA1: u32 = 0x8004;

pub const CLASS_NAMESPACE: &str = "RPython";
pub const CLASS_NAME: &str = "Program";

/// What `build_assembly_with` writes besides the assembly.
#[derive(Clone, Debug, Default)]
pub struct BuildOptions {
    /// Also write a readable listing of the emitted IL next to the assembly
    /// (`prog.exe` -> `prog.il.txt`).
    pub il_listing: bool,
}

/// Translates `program` and writes the assembly to `out` (an `.exe`, or a
/// `.dll` library when the name says so), atomically, with the runtime
/// library `RPython.Runtime.dll` next to it.
pub fn build_assembly(program: &Program, out: &Path) -> Result<(), String> {
    build_assembly_with(program, out, &BuildOptions::default())
}

/// `build_assembly`, with the options.
pub fn build_assembly_with(
    program: &Program,
    out: &Path,
    options: &BuildOptions,
) -> Result<(), String> {
    let file_name = out
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .ok_or_else(|| format!("error: {} is not a file name", out.display()))?;
    let (bytes, listing) = assemble(program, &file_name, options.il_listing)?;
    if let Some(listing) = listing {
        write_atomically(&out.with_extension("il.txt"), listing.as_bytes())?;
    }
    // The runtime library the assembly references, next to it.
    let runtime = out.with_file_name(runtime::RUNTIME_DLL_NAME);
    if std::fs::read(&runtime).ok().as_deref() != Some(runtime::RUNTIME_DLL) {
        write_atomically(&runtime, runtime::RUNTIME_DLL)?;
    }
    write_atomically(out, &bytes)
}

/// The assembly's bytes; `file_name` (`prog.exe`) names the module, its stem
/// the assembly, and its extension decides between executable and library.
pub fn assembly_bytes(program: &Program, file_name: &str) -> Result<Vec<u8>, String> {
    Ok(assemble(program, file_name, false)?.0)
}

/// The assembly's bytes and, when asked, the IL listing.
fn assemble(
    program: &Program,
    file_name: &str,
    want_listing: bool,
) -> Result<(Vec<u8>, Option<String>), String> {
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
    let helpers = scan::helpers_needed();
    cx.function_values = scan::function_values(program, &graphs);
    for h in &helpers {
        let t = token(&mut next);
        cx.helper_tokens.insert(*h, t);
    }
    let main_token = token(&mut next);
    let prebuilts = constants::used_prebuilts(program, &graphs);
    let cctor_token = (!prebuilts.is_empty()).then(|| token(&mut next));
    // The classes' TypeDefs follow <Module> and RPython.Program; their
    // methods follow Main.
    let (plan, class_order) = classes::plan(
        program,
        &cx.graph_tokens,
        prebuilts.len() as u32 + 1,
        3,
        next,
    );
    cx.classes = plan;
    for (name, c) in &program.builtin_exceptions {
        let field = cx.classes.field_token(program, *c, "message");
        if let Some(field) = field {
            let ctor = cx.classes.ctor_tokens[c];
            cx.builtin_exceptions.insert(name.clone(), (ctor, field));
        }
    }
    constants::add_prebuilt_fields(&mut cx, program, &prebuilts);
    classes::add_type_rows(&mut cx, program, &class_order, next);

    let mut bodies = Bodies::default();
    let mut names = names::Names::new(&["Main"]);
    // Graphs behind a virtual method's forwarder: mono inlines them into
    // it, so a method call is one call (see `inline_hint`).
    let behind_forwarders: std::collections::HashSet<GraphId> = cx
        .classes
        .virtuals
        .values()
        .flatten()
        .map(|v| v.graph)
        .collect();
    for g in &graphs {
        let graph = program.graph(*g);
        let code = graph::translate_graph(&mut cx, program, graph)?;
        let impl_flags = inline_hint(behind_forwarders.contains(g), &code);
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
            (&name, METHOD_PUBLIC, impl_flags),
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
            (&h.name(), METHOD_ASSEMBLY, 0),
            &params,
            &ret,
        );
    }
    let may_repr_str = scan::may_repr_str(program, &graphs);
    let main_body = entry::main_body(&mut cx, program, file_name, may_repr_str)?;
    add_method(
        &mut cx,
        &mut bodies,
        &main_body,
        ("Main", METHOD_PUBLIC, 0),
        &[SigType::SzArray(Box::new(SigType::String))],
        &SigType::I4,
    );
    debug_assert_eq!(
        cx.md.next_row(TableId::MethodDef),
        main_token as u16 as u32 + 1
    );
    if let Some(token) = cctor_token {
        let code = constants::cctor_code(&mut cx, program, &prebuilts)?;
        let body = cx.body(&code, &[]);
        add_method(
            &mut cx,
            &mut bodies,
            &body,
            (
                ".cctor",
                METHOD_PRIVATE | METHOD_SPECIAL_NAME | METHOD_RT_SPECIAL_NAME,
                0,
            ),
            &[],
            &SigType::Void,
        );
        debug_assert_eq!(cx.md.next_row(TableId::MethodDef), (token & 0xff_ffff) + 1);
    }
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
    let listing = want_listing.then(|| listing::il_listing(&cx.md, &bodies));
    Ok((image.bytes, listing))
}

/// MethodImplAttributes.AggressiveInlining (newer than ECMA-335's list of
/// implementation flags; mono honours it).
const METHOD_IMPL_AGGRESSIVE_INLINING: u16 = 0x0100;

/// The implementation flags of a graph's method: graphs behind a virtual
/// method's forwarder ask to be inlined (into the forwarder, their only
/// caller besides direct calls) unless large or with a protected region,
/// which mono does not inline anyway.
fn inline_hint(behind_forwarder: bool, code: &graph::GraphCode) -> u16 {
    const MAX_INLINED_IL: usize = 400;
    if behind_forwarder && code.clauses.is_empty() && code.code.bytes.len() <= MAX_INLINED_IL {
        METHOD_IMPL_AGGRESSIVE_INLINING
    } else {
        0
    }
}

fn add_method(
    cx: &mut Context,
    bodies: &mut Bodies,
    body: &[u8],
    (name, access, impl_flags): (&str, u16, u16),
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
        impl_flags,
        flags: access | METHOD_STATIC | METHOD_HIDE_BY_SIG,
        name: md.strings.add(name),
        signature: md.blobs.add(&method_sig(false, params, ret)),
        params: first_param,
    };
    md.add_method_def(row);
}
