//! `Main`, the assembly's entry point.

use lltype::ir::Program;

use crate::il::{Encoder, Insn};
use crate::sig::SigType;

use super::context::Context;
use super::helpers::Helper;
use super::mscorlib;
use super::types::has_value;
use super::unicode_data::printable_data;

/// `static int Main(string[] args)`: builds argv (`List<string>`: the
/// assembly's file name, then the arguments), calls the entry graph and
/// returns its result as the exit status. A program that may repr a str
/// (`scan::may_repr_str`) first gives the runtime the printable ranges.
pub(super) fn main_body(
    cx: &mut Context,
    program: &Program,
    file_name: &str,
    may_repr_str: bool,
) -> Result<Vec<u8>, String> {
    let entry = program.graph(program.entry);
    let mut e = Encoder::new();
    let list = cx.sig(&lltype::ir::Type::list(lltype::ir::Type::Str));
    let ctor = cx.generic_method(&list, ".ctor", true, &[], SigType::Void);
    let add = cx.generic_method(&list, "Append", true, &[SigType::Var(0)], SigType::Void);
    let callvirt = |e: &mut Encoder, m: mscorlib::ExternMethod| {
        e.emit(Insn::CallVirt {
            token: m.token,
            pops: m.pops,
            pushes: m.pushes,
        })
    };
    install_exception_factory(cx, &mut e);
    if may_repr_str {
        install_printable_ranges(cx, &mut e);
    }
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
    let argv_param = entry
        .params()
        .iter()
        .find(|p| has_value(entry.var_type(**p)));
    let argv_type = lltype::ir::Type::list(lltype::ir::Type::Str);
    if let Some(p) = argv_param {
        let t = entry.var_type(*p);
        if *t != argv_type || entry.params().len() != 1 {
            return Err(format!(
                "{}: the entry point takes {t}, not list[str]",
                entry.name
            ));
        }
    }
    let entry_token = cx.graph_tokens[&program.entry];
    if argv_param.is_some() && entry.ret == lltype::ir::Type::Int {
        // Sys.RunOnBigStack(new Func<RList<string>, long>(entry_point), argv):
        // the program runs on a thread with a large stack.
        let func_sig = new_func(cx, &mut e, vec![list.clone(), SigType::I8], entry_token);
        e.emit(Insn::LdLoc(0));
        let run = cx.rt_static(
            "Sys",
            "RunOnBigStack",
            &[func_sig, list.clone()],
            SigType::I8,
        );
        e.emit(Insn::Call {
            token: run.token,
            pops: run.pops,
            pushes: run.pushes,
        });
        e.emit(Insn::ConvI4);
    } else {
        if argv_param.is_some() {
            e.emit(Insn::LdLoc(0));
        }
        let returns = has_value(&entry.ret);
        e.emit(Insn::Call {
            token: entry_token,
            pops: argv_param.is_some() as u8,
            pushes: returns as u8,
        });
        match &entry.ret {
            lltype::ir::Type::Int => e.emit(Insn::ConvI4),
            t if has_value(t) => {
                e.emit(Insn::Pop);
                e.emit(Insn::LdcI4(0));
            }
            _ => e.emit(Insn::LdcI4(0)),
        }
    }
    e.emit(Insn::StLoc(2));
    e.emit(Insn::Leave(done));
    e.mark(try_end);
    // An RPython exception escaping the entry point: `Fatal RPython error:
    // Class: message` and status 1, as the graph interpreter reports it.
    e.mark_handler(handler);
    // Host exceptions (a stack overflow...) become the RPython ones.
    let wrap = wrap_exception(cx);
    e.emit(Insn::Call {
        token: wrap.token,
        pops: 1,
        pushes: 1,
    });
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
    let fatal = cx.rt_static(
        "Sys",
        "Fatal",
        &[SigType::String, SigType::String],
        SigType::Void,
    );
    e.emit(Insn::Call {
        token: fatal.token,
        pops: fatal.pops,
        pushes: fatal.pushes,
    });
    e.emit(Insn::LdcI4(1));
    e.emit(Insn::StLoc(2));
    e.emit(Insn::Leave(done));
    e.mark(handler_end);
    e.mark(done);
    // Standard output is buffered by the runtime: flushed at exit.
    let flush = cx.rt_static("Sys", "Flush", &[], SigType::Void);
    e.emit(Insn::Call {
        token: flush.token,
        pops: 0,
        pushes: 0,
    });
    e.emit(Insn::LdLoc(2));
    e.emit(Insn::Ret { value: true });
    let code = e.finish();
    let at = |l: crate::il::Label| code.label_offsets[l.0 as usize];
    let class_token = cx.exception_type().token();
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

/// `Errors.Make = new Func<string, string, Exception>(__make_exception)`:
/// how the runtime raises the program's built-in exceptions.
fn install_exception_factory(cx: &mut Context, e: &mut Encoder) {
    let exception = SigType::Class(cx.exception_type());
    let make = cx.helper(Helper::MakeException).token;
    let types = vec![SigType::String, SigType::String, exception];
    let func_sig = new_func(cx, e, types, make);
    let errors = cx.rt_type("Errors");
    let field = cx.field_ref(errors, "Make", &func_sig);
    e.emit(Insn::StSFld(field));
}

/// `Text.PrintableRanges = "<packed ranges>"`: what repr leaves unescaped
/// (`unicode_data::printable_data`).
fn install_printable_ranges(cx: &mut Context, e: &mut Encoder) {
    let packed = cx.md.user_strings.add(printable_data());
    e.emit(Insn::LdStr(crate::metadata::user_string_token(packed)));
    let text = cx.rt_type("Text");
    let field = cx.field_ref(text, "PrintableRanges", &SigType::String);
    e.emit(Insn::StSFld(field));
}

/// `Errors.Wrap(Exception) : Exception`, the RPython view of a caught exception.
pub(super) fn wrap_exception(cx: &mut Context) -> mscorlib::ExternMethod {
    let exception = SigType::Class(cx.exception_type());
    cx.rt_static(
        "Errors",
        "Wrap",
        std::slice::from_ref(&exception),
        exception.clone(),
    )
}

/// Pushes `new Func<types..>(method)` for a static method (`ldnull; ldftn;
/// newobj`, the verifiable form, III.4.21); returns the delegate's type.
fn new_func(cx: &mut Context, e: &mut Encoder, types: Vec<SigType>, method: u32) -> SigType {
    let name = match types.len() {
        2 => "Func`2",
        _ => "Func`3",
    };
    let func = cx.corlib.type_ref(&mut cx.md, "System", name);
    let func_sig = SigType::GenericClass(func, types);
    let ctor = cx.generic_method(
        &func_sig,
        ".ctor",
        true,
        &[SigType::Object, SigType::IntPtr],
        SigType::Void,
    );
    e.emit(Insn::LdNull);
    e.emit(Insn::LdFtn(method));
    e.emit(Insn::NewObj {
        token: ctor.token,
        pops: 2,
    });
    func_sig
}
