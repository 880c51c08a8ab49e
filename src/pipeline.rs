//! The translation pipeline: load (parse, flow graphs) -> annotate -> rtype,
//! and running the typed program on the graph interpreter.

use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

use frontend::diagnostics::SourceMap;

/// Translates a program to typed graphs, or returns the rendered diagnostics.
pub fn translate(entry: &Path) -> Result<lltype::ir::Program, String> {
    translate_with_stats(entry).map(|(p, _)| p)
}

/// Like `translate`, also counting the lines of source of every module loaded.
pub fn translate_with_stats(entry: &Path) -> Result<(lltype::ir::Program, usize), String> {
    let program = match frontend::load_program(entry) {
        Ok(p) => p,
        Err(mut failure) => {
            if let Some(io) = &failure.io_error {
                return Err(format!("error: {io}\n"));
            }
            return Err(render(&mut failure.diagnostics, &failure.sources));
        }
    };
    let annotations = match frontend::annotator::annotate(&program) {
        Ok(a) => a,
        Err(mut d) => return Err(render(&mut d, &program.sources)),
    };
    let lines = program
        .sources
        .files
        .iter()
        .map(|f| f.text.lines().count())
        .sum();
    match lltype::rtyper::rtype(&program, &annotations) {
        Ok(mut p) => {
            lltype::opt::optimize(&mut p);
            Ok((p, lines))
        }

        Err(mut d) => Err(render(&mut d, &program.sources)),
    }
}

fn render(d: &mut frontend::diagnostics::Diagnostics, sources: &SourceMap) -> String {
    let mut out = d.render_all(sources);
    // Counted after rendering, which drops duplicates.
    let n = d.items.len();

    out.push_str(&format!(
        "error: could not translate the program due to {n} previous error{}\n",
        if n == 1 { "" } else { "s" }
    ));
    out
}

/// Runs the typed program; the process exit status is the program's.
pub fn run(program: &lltype::ir::Program, argv: Vec<String>) -> ExitCode {
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::with_capacity(1 << 16, stdout.lock());
    let outcome = lltype::interp::run(program, argv, &mut out);
    let _ = out.flush();
    drop(out);
    match outcome {
        lltype::interp::Outcome::Exit(status) => ExitCode::from((status & 0xff) as u8),
        lltype::interp::Outcome::Fatal { class, message } => {
            if message.is_empty() {
                eprintln!("Fatal RPython error: {class}");
            } else {
                eprintln!("Fatal RPython error: {class}: {message}");
            }
            ExitCode::from(1)
        }
    }
}
