//! Builds a jar from an RPython program without the driver:
//! `cargo run -p emit-jvm --example jvm_build -- PROG.py prog.jar`
//! (the driver's `rpython build --backend jvm` calls `emit_jvm::build_jar`).

use std::path::Path;
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().collect();
    if args.len() != 3 {
        eprintln!("usage: jvm_build PROG.py OUT.jar");
        return ExitCode::from(2);
    }
    let entry = Path::new(&args[1]);
    let program = match frontend::load_program(entry) {
        Ok(p) => p,
        Err(_) => {
            eprintln!(
                "error: the front end rejected {} (run `rpython check` for details)",
                entry.display()
            );
            return ExitCode::FAILURE;
        }
    };
    let ann = match frontend::annotator::annotate(&program) {
        Ok(a) => a,
        Err(_) => {
            eprintln!("error: annotation failed (run `rpython check` for details)");
            return ExitCode::FAILURE;
        }
    };
    let typed = match lltype::rtyper::rtype(&program, &ann) {
        Ok(mut p) => {
            lltype::opt::optimize(&mut p);
            p
        }

        Err(_) => {
            eprintln!("error: rtyping failed");
            return ExitCode::FAILURE;
        }
    };
    match emit_jvm::build_jar(&typed, Path::new(&args[2])) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}
