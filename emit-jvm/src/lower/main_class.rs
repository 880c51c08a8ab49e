//! `py/Main`: the jar's Main-Class. `main` hands the shim (Rt.main) the
//! program's entry point as a method handle, and a table of its built-in
//! exception classes: their names and a constructor handle for each
//! (`exc$Name(String message)`), which the shim indexes once by name. The
//! shim builds argv, runs the program on a thread with a large stack, and
//! turns an uncaught exception into the fatal-error report and status 1.

use ristretto_classfile::attributes::Instruction;
use ristretto_classfile::{ClassAccessFlags, MethodAccessFlags};

use super::types::{coerce, default_value};
use super::{ClassBytes, Ctx};
use crate::classfile::{ClassWriter, Code, Invoke, JType};
use crate::runtime::names as rt;

pub const MAIN_CLASS: &str = "py/Main";
const ENTRY_DESC: &str = "(Lrpy/rt/ListO;)J";
const CTOR_DESC: &str = "(Ljava/lang/String;)Lrpy/rt/RPyException;";
const RT_MAIN_DESC: &str = "([Ljava/lang/String;Ljava/lang/String;Ljava/lang/invoke/MethodHandle;[Ljava/lang/String;[Ljava/lang/invoke/MethodHandle;)V";

pub fn lower_main(ctx: &Ctx) -> Result<ClassBytes, String> {
    let p = ctx.program;
    let mut cw = ClassWriter::new(
        MAIN_CLASS,
        rt::OBJECT,
        ClassAccessFlags::PUBLIC | ClassAccessFlags::FINAL,
    );
    let string = JType::object(rt::STRING);

    // main(String[]): Rt.main(args, argv0, entry, exception names, constructors).
    let entry_graph = p.graph(p.entry);
    let program_path = entry_graph
        .origin
        .rsplit_once(':')
        .map_or(entry_graph.origin.as_str(), |(f, _)| f);
    let names: Vec<&String> = p.builtin_exceptions.keys().collect();
    let mut code = Code::new(1);
    code.load(&JType::object("[Ljava/lang/String;"), 0);
    code.string_const(&mut cw.pool, program_path);
    code.method_handle(&mut cw.pool, MAIN_CLASS, "entry", ENTRY_DESC);
    new_array(&mut code, &mut cw.pool, rt::STRING, names.len());
    for (i, name) in names.iter().enumerate() {
        code.dup_value();
        code.int_const(&mut cw.pool, i as i32);
        code.string_const(&mut cw.pool, name);
        code.raw(Instruction::Aastore, 3, JType::Void);
    }
    new_array(&mut code, &mut cw.pool, rt::METHOD_HANDLE, names.len());
    for (i, name) in names.iter().enumerate() {
        code.dup_value();
        code.int_const(&mut cw.pool, i as i32);
        code.method_handle(&mut cw.pool, MAIN_CLASS, &ctor_name(name), CTOR_DESC);
        code.raw(Instruction::Aastore, 3, JType::Void);
    }
    code.invoke(&mut cw.pool, Invoke::Static, rt::RT, "main", RT_MAIN_DESC);
    code.return_value(&JType::Void);
    cw.add_method(
        MethodAccessFlags::PUBLIC | MethodAccessFlags::STATIC,
        "main",
        "([Ljava/lang/String;)V",
        code,
    )?;

    // entry(ListO)J: adapts entry_point's signature to the shim's.
    let mut code = Code::new(1);
    let argv = JType::object(rt::LIST_O);
    for (i, v) in entry_graph.params().iter().enumerate() {
        let t = ctx.jtype(entry_graph.var_type(*v));
        if i == 0 {
            code.load(&argv, 0);
            coerce(&mut code, &mut cw.pool, &argv, &t);
        } else {
            default_value(&mut code, &mut cw.pool, &t);
        }
    }
    code.invoke(
        &mut cw.pool,
        Invoke::Static,
        &ctx.graph_owner(p.entry),
        &ctx.graph_method(p.entry),
        &ctx.graph_descriptor(p.entry),
    );
    match ctx.jtype(&entry_graph.ret) {
        JType::Void => code.long_const(&mut cw.pool, 0),
        t => coerce(&mut code, &mut cw.pool, &t, &JType::Long),
    }
    code.return_value(&JType::Long);
    cw.add_method(
        MethodAccessFlags::PUBLIC | MethodAccessFlags::STATIC,
        "entry",
        ENTRY_DESC,
        code,
    )?;

    // exc$Name(message): an instance of the built-in exception class Name.
    for (name, class) in &p.builtin_exceptions {
        let cname = ctx.class_name(*class);
        let mut code = Code::new(1);
        code.new_dup(&mut cw.pool, &cname);
        if ctx.message_owner(*class).is_some() {
            code.load(&string, 0);
            let init = super::classes::MESSAGE_INIT;
            code.invoke(&mut cw.pool, Invoke::Special, &cname, "<init>", init);
        } else {
            code.invoke(&mut cw.pool, Invoke::Special, &cname, "<init>", "()V");
        }
        code.return_value(&JType::object(rt::RPY_EXCEPTION));
        cw.add_method(
            MethodAccessFlags::PUBLIC | MethodAccessFlags::STATIC,
            &ctor_name(name),
            CTOR_DESC,
            code,
        )?;
    }

    Ok((format!("{MAIN_CLASS}.class"), cw.finish()?))
}

fn ctor_name(exception: &str) -> String {
    format!("exc${}", super::names::method_name(exception))
}

/// `new T[n]` for a reference type T.
fn new_array(code: &mut Code, pool: &mut crate::classfile::Pool, class: &str, n: usize) {
    code.int_const(pool, n as i32);
    let idx = pool.class(class);
    code.raw(
        Instruction::Anewarray(idx),
        1,
        JType::object(&format!("[L{class};")),
    );
}
