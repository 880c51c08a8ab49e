//! `py/Main`: the jar's Main-Class. `main` hands the shim (Rt.main) the
//! program's entry point and its exception factory as method handles; the
//! shim builds argv, runs the program on a thread with a large stack, and
//! turns an uncaught exception into the fatal-error report and status 1.

use lltype::ir::Type;
use ristretto_classfile::{ClassAccessFlags, MethodAccessFlags};

use super::types::{coerce, default_value};
use super::{ClassBytes, Ctx};
use crate::classfile::{ClassWriter, Code, Cond, Invoke, JType};
use crate::runtime::names as rt;

pub const MAIN_CLASS: &str = "py/Main";
const ENTRY_DESC: &str = "(Lrpy/rt/ListO;)J";
const FACTORY_DESC: &str = "(Ljava/lang/String;Ljava/lang/String;)Lrpy/rt/RPyException;";

pub fn lower_main(ctx: &Ctx) -> Result<ClassBytes, String> {
    let p = ctx.program;
    let mut cw = ClassWriter::new(
        MAIN_CLASS,
        rt::OBJECT,
        ClassAccessFlags::PUBLIC | ClassAccessFlags::FINAL,
    );
    let string = JType::object(rt::STRING);

    // main(String[]): Rt.main(args, argv0, entry, factory).
    let entry_graph = p.graph(p.entry);
    let program_path = entry_graph
        .origin
        .rsplit_once(':')
        .map_or(entry_graph.origin.as_str(), |(f, _)| f);
    let mut code = Code::new(1);
    code.load(&JType::object("[Ljava/lang/String;"), 0);
    code.string_const(&mut cw.pool, program_path);
    code.method_handle(&mut cw.pool, MAIN_CLASS, "entry", ENTRY_DESC);
    code.method_handle(&mut cw.pool, MAIN_CLASS, "makeExc", FACTORY_DESC);
    code.invoke(
        &mut cw.pool,
        Invoke::Static,
        rt::RT,
        "main",
        "([Ljava/lang/String;Ljava/lang/String;Ljava/lang/invoke/MethodHandle;Ljava/lang/invoke/MethodHandle;)V",
    );
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

    // makeExc(name, message): an instance of the built-in exception class `name`.
    let message_owner = p
        .classes
        .iter()
        .enumerate()
        .find(|(_, c)| {
            c.builtin
                && c.fields
                    .iter()
                    .any(|f| f.name == "message" && f.ty == Type::Str)
        })
        .map(|(i, _)| ctx.class_name(lltype::ir::ClassId(i as u32)));
    let mut code = Code::new(2);
    code.set_frame_locals(vec![string.clone(), string.clone()]);
    for (name, class) in &p.builtin_exceptions {
        let next = code.new_label();
        let cname = ctx.class_name(*class);
        code.load(&string, 0);
        code.string_const(&mut cw.pool, name);
        code.invoke(
            &mut cw.pool,
            Invoke::Virtual,
            rt::STRING,
            "equals",
            "(Ljava/lang/Object;)Z",
        );
        code.jump_if(Cond::Eq, next);
        code.new_dup(&mut cw.pool, &cname);
        code.invoke(&mut cw.pool, Invoke::Special, &cname, "<init>", "()V");
        if let Some(owner) = &message_owner {
            code.dup_value();
            code.load(&string, 1);
            code.put_field(&mut cw.pool, owner, "message", &string);
        }
        code.return_value(&JType::object(rt::RPY_EXCEPTION));
        code.bind(next);
    }
    code.null_const(rt::RPY_EXCEPTION);
    code.return_value(&JType::object(rt::RPY_EXCEPTION));
    cw.add_method(
        MethodAccessFlags::PUBLIC | MethodAccessFlags::STATIC,
        "makeExc",
        FACTORY_DESC,
        code,
    )?;

    Ok((format!("{MAIN_CLASS}.class"), cw.finish()?))
}
