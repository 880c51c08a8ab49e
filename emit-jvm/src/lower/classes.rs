//! Program classes become JVM classes with typed fields. Methods are JVM
//! virtual methods: each holds the graph's code, or, when the signatures
//! differ, is a small stub that calls the graph's static method (which
//! exists in any case: the graph may also be called directly, e.g. by
//! `super()`).
//! The root of the built-in exceptions extends the shim's RPyException, so
//! every RPython exception is a JVM exception without a stack trace.

use lltype::ir::{ClassId, Const};
use ristretto_classfile::{ClassAccessFlags, FieldAccessFlags, MethodAccessFlags};

use super::types::coerce;
use super::{ClassBytes, Ctx};
use crate::classfile::{method_descriptor, ClassWriter, Code, Invoke, JType};
use crate::runtime::names as rt;

/// Python method `name` as a JVM method name: prefixed, so that no program
/// method can clash with (or override) a method of Object or Throwable.
pub fn method_name(name: &str) -> String {
    format!("m_{}", super::names::method_name(name))
}

/// The virtual method returning a method of the run-time class as a value.
pub fn get_method_name(name: &str) -> String {
    format!("getm_{}", super::names::method_name(name))
}

pub fn class_attr_method(name: &str) -> String {
    format!("cattr_{}", super::names::method_name(name))
}

/// The JVM signature (without `self`) every class of `c`'s hierarchy uses for
/// method `name`: taken from the topmost ancestor defining it, else from a
/// subclass defining it (a method only subclasses implement).
pub fn virtual_signature(ctx: &Ctx, c: ClassId, name: &str) -> Option<(Vec<JType>, JType)> {
    let p = ctx.program;
    let mut found = None;
    let mut k = Some(c);
    while let Some(id) = k {
        if let Some(g) = p.class(id).methods.get(name) {
            found = Some(*g);
        }
        k = p.class(id).base;
    }
    if found.is_none() {
        found = (0..p.classes.len() as u32)
            .map(ClassId)
            .filter(|s| p.is_subclass(*s, c))
            .find_map(|s| p.class(s).methods.get(name).copied());
    }
    let g = p.graph(found?);
    let params = g.params()[1..]
        .iter()
        .map(|v| ctx.jtype(g.var_type(*v)))
        .filter(|t| *t != JType::Void)
        .collect();
    Some((params, ctx.jtype(&g.ret)))
}

/// The JVM superclass: BaseException (whose IR base is `object`) extends the
/// shim's RPyException instead, so exceptions are Throwables and plain
/// instances do not carry Throwable's fields.
fn super_class(ctx: &Ctx, c: ClassId) -> String {
    if is_exception_root(ctx, c) {
        return rt::RPY_EXCEPTION.to_string();
    }
    match ctx.program.class(c).base {
        Some(b) => ctx.class_name(b),
        None => rt::OBJECT.to_string(),
    }
}

pub fn is_exception_root(ctx: &Ctx, c: ClassId) -> bool {
    match ctx.program.builtin_exceptions.get("BaseException") {
        Some(root) => *root == c,
        None => ctx.program.class(c).builtin && ctx.program.class(c).name == "BaseException",
    }
}

/// True when some call site dispatches `name` virtually on `c` or an ancestor.
fn virtually_called(ctx: &Ctx, c: ClassId, name: &str) -> bool {
    ctx.virtual_calls
        .iter()
        .any(|(r, n)| n == name && ctx.program.is_subclass(c, *r))
}

/// The graph's own code as the body of the virtual method, when the
/// graph's signature is the method's with `self` as `this` (the locals are
/// then laid out alike): one call less than a stub calling the static
/// method, and HotSpot inlines by the callee's size, which the stub's extra
/// level defeats once the static method is compiled on its own.
fn method_body(
    ctx: &Ctx,
    pool: &mut crate::classfile::Pool,
    g: lltype::ir::GraphId,
    this: &JType,
    params: &[JType],
    ret: &JType,
) -> Option<Code> {
    let graph = ctx.program.graph(g);
    let types: Vec<JType> = graph
        .params()
        .iter()
        .map(|v| ctx.jtype(graph.var_type(*v)))
        .collect();
    let own: Vec<JType> = types[1..]
        .iter()
        .filter(|t| **t != JType::Void)
        .cloned()
        .collect();
    if types[0] != *this || own != params || ctx.jtype(&graph.ret) != *ret {
        return None;
    }
    let code = super::graph::lower_graph(ctx, pool, g, None).ok()?;
    (code.byte_size() <= super::graph::MAX_METHOD_BYTES).then_some(code)
}

/// The descriptor of a built-in exception's constructor taking its message.
pub const MESSAGE_INIT: &str = "(Ljava/lang/String;)V";

pub fn lower_class(ctx: &Ctx, c: ClassId) -> Result<ClassBytes, String> {
    let p = ctx.program;
    let class = p.class(c);
    let name = ctx.class_name(c);
    let sup = super_class(ctx, c);
    // A class without subclasses is final: the JVM needs no class-hierarchy
    // analysis to devirtualise its methods.
    let leaf = !p.classes.iter().any(|k| k.base == Some(c));
    let access = if leaf {
        ClassAccessFlags::PUBLIC | ClassAccessFlags::FINAL
    } else {
        ClassAccessFlags::PUBLIC
    };
    let mut cw = ClassWriter::new(&name, &sup, access);
    let this = JType::object(&name);

    for f in &class.fields {
        let t = ctx.jtype(&f.ty);
        if t != JType::Void {
            cw.add_field(
                &super::names::field_name(&f.name),
                &t,
                FieldAccessFlags::PUBLIC,
            );
        }
    }

    // <init>()V: fields start zeroed; __init__ is a separate call in the IR.
    let mut code = Code::new(1);
    code.load(&this, 0);
    code.invoke(&mut cw.pool, Invoke::Special, &sup, "<init>", "()V");
    code.return_value(&JType::Void);
    cw.add_method(MethodAccessFlags::PUBLIC, "<init>", "()V", code)?;

    // A built-in exception also has <init>(String), which sets its message:
    // `raise ValueError("...")` is then `new`, `ldc`, `invokespecial`.
    if let Some(owner) = ctx.message_owner(c) {
        let string = JType::object(rt::STRING);
        let mut code = Code::new(2);
        code.load(&this, 0);
        code.invoke(&mut cw.pool, Invoke::Special, &sup, "<init>", "()V");
        code.load(&this, 0);
        code.load(&string, 1);
        let field = super::names::field_name(super::MESSAGE);
        code.put_field(&mut cw.pool, &owner, &field, &string);
        code.return_value(&JType::Void);
        cw.add_method(MethodAccessFlags::PUBLIC, "<init>", MESSAGE_INIT, code)?;
    }

    let string = JType::object(rt::STRING);
    let mut code = Code::new(1);
    code.string_const(&mut cw.pool, &class.name);
    code.return_value(&string);
    cw.add_method(
        MethodAccessFlags::PUBLIC,
        "rpyName",
        "()Ljava/lang/String;",
        code,
    )?;

    let declares_message = class
        .fields
        .iter()
        .any(|f| f.name == "message" && f.ty == lltype::ir::Type::Str);
    if declares_message || is_exception_root(ctx, c) {
        let mut code = Code::new(1);
        if declares_message {
            code.load(&this, 0);
            code.get_field(&mut cw.pool, &name, "message", &string);
            code.string_const(&mut cw.pool, "");
            code.invoke(
                &mut cw.pool,
                Invoke::Static,
                "java/util/Objects",
                "toString",
                "(Ljava/lang/Object;Ljava/lang/String;)Ljava/lang/String;",
            );
        } else {
            code.string_const(&mut cw.pool, "");
        }
        code.return_value(&string);
        cw.add_method(
            MethodAccessFlags::PUBLIC,
            "rpyMessage",
            "()Ljava/lang/String;",
            code,
        )?;
    }

    for (mname, g) in &class.methods {
        if !virtually_called(ctx, c, mname) {
            continue;
        }
        let (params, ret) = virtual_signature(ctx, c, mname).ok_or("method without signature")?;
        let graph = p.graph(*g);
        if let Some(code) = method_body(ctx, &mut cw.pool, *g, &this, &params, &ret) {
            cw.add_method(
                MethodAccessFlags::PUBLIC,
                &method_name(mname),
                &method_descriptor(&params, &ret),
                code,
            )?;
            continue;
        }
        let mut code = Code::new(1 + params.iter().map(JType::slots).sum::<u16>());
        code.load(&this, 0);
        coerce(
            &mut code,
            &mut cw.pool,
            &this,
            &ctx.jtype(graph.var_type(graph.params()[0])),
        );
        let targets: Vec<JType> = graph.params()[1..]
            .iter()
            .map(|v| ctx.jtype(graph.var_type(*v)))
            .filter(|t| *t != JType::Void)
            .collect();
        let mut slot = 1;
        for (pt, tt) in params.iter().zip(&targets) {
            code.load(pt, slot);
            coerce(&mut code, &mut cw.pool, pt, tt);
            slot += pt.slots();
        }
        code.invoke(
            &mut cw.pool,
            Invoke::Static,
            &ctx.graph_owner(*g),
            &ctx.graph_method(*g),
            &ctx.graph_descriptor(*g),
        );
        coerce(&mut code, &mut cw.pool, &ctx.jtype(&graph.ret), &ret);
        code.return_value(&ret);
        cw.add_method(
            MethodAccessFlags::PUBLIC,
            &method_name(mname),
            &method_descriptor(&params, &ret),
            code,
        )?;
    }

    // Methods called on this class that no ancestor defines (only subclasses do).
    for (rc, mname) in &ctx.virtual_calls {
        if *rc != c || p.resolve_method(c, mname).is_some() {
            continue;
        }
        let Some((params, ret)) = virtual_signature(ctx, c, mname) else {
            continue;
        };
        let mut code = Code::new(1 + params.iter().map(JType::slots).sum::<u16>());
        code.string_const(&mut cw.pool, "NotImplementedError");
        code.string_const(&mut cw.pool, mname);
        code.invoke(
            &mut cw.pool,
            Invoke::Static,
            rt::RT,
            "exc",
            "(Ljava/lang/String;Ljava/lang/String;)Lrpy/rt/RPyException;",
        );
        code.athrow();
        cw.add_method(
            MethodAccessFlags::PUBLIC,
            &method_name(mname),
            &method_descriptor(&params, &ret),
            code,
        )?;
    }

    // Bound-method values: the graph this class runs for `name`.
    let mh = JType::object(rt::METHOD_HANDLE);
    let mut wanted: Vec<&String> = ctx
        .method_values
        .iter()
        .filter(|(r, _)| p.is_subclass(c, *r))
        .map(|(_, n)| n)
        .collect();
    wanted.dedup();
    for mname in wanted {
        let mut code = Code::new(1);
        match p.resolve_method(c, mname) {
            Some(g) => {
                code.method_handle(
                    &mut cw.pool,
                    &ctx.graph_owner(g),
                    &ctx.graph_method(g),
                    &ctx.graph_descriptor(g),
                );
                code.return_value(&mh);
            }
            None => {
                code.string_const(&mut cw.pool, "AttributeError");
                code.string_const(&mut cw.pool, &format!("object has no attribute '{mname}'"));
                code.invoke(
                    &mut cw.pool,
                    Invoke::Static,
                    rt::RT,
                    "exc",
                    "(Ljava/lang/String;Ljava/lang/String;)Lrpy/rt/RPyException;",
                );
                code.athrow();
            }
        }
        let desc = format!("()L{};", rt::METHOD_HANDLE);
        cw.add_method(
            MethodAccessFlags::PUBLIC,
            &get_method_name(mname),
            &desc,
            code,
        )?;
    }

    for (aname, (ty, value)) in &class.class_attrs {
        let t = ctx.jtype(ty);
        let mut code = Code::new(1);
        super::prebuilt::emit_const(ctx, &mut code, &mut cw.pool, value, &t);
        if matches!(value, Const::Void) && t == JType::Void {
            code.return_value(&JType::Void);
        } else {
            code.return_value(&t);
        }
        cw.add_method(
            MethodAccessFlags::PUBLIC,
            &class_attr_method(aname),
            &format!("(){}", t.descriptor()),
            code,
        )?;
    }

    Ok((format!("{name}.class"), cw.finish()?))
}
