//! The `rpython` command: checks, runs and (with a backend) builds RPython programs.

mod pipeline;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

#[derive(Parser)]
#[command(
    name = "rpython",
    version,
    about = "Translate RPython programs (a statically typed subset of Python 3)",
    long_about = "Translate RPython programs (a statically analysable subset of Python 3) \
into typed graphs, run them on the graph interpreter, or build them for a platform.\n\n\
A program's entry module defines `entry_point(argv) -> int`; the same program runs \
on CPython with the project's `rlib` package on PYTHONPATH."
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Parse and annotate the whole program from `entry_point`; report every
    /// construct outside the RPython dialect. Exits 0 when there is none, 1 otherwise.
    Check {
        /// Entry modules (each defines `entry_point(argv)`); each is checked as a program.
        #[arg(required = true)]
        programs: Vec<PathBuf>,
        /// Print how many source lines were translated and how long it took.
        #[arg(long)]
        stats: bool,
    },
    /// Translate the program to typed graphs and run it on the graph interpreter.
    /// Stdout and exit status are those of `python3 PROGRAM ARGS...`.
    Run {
        /// The entry module (defines `entry_point(argv)`).
        program: PathBuf,
        /// Arguments passed to the program (`argv[1:]`).
        #[arg(trailing_var_arg = true, allow_hyphen_values = true)]
        args: Vec<String>,
    },
    /// Translate the program for a platform and write the result.
    Build {
        /// Target platform.
        #[arg(long, value_enum)]
        backend: Backend,
        /// The entry module (defines `entry_point(argv)`).
        program: PathBuf,
        /// Output file (default: the program's name with the platform's extension).
        #[arg(short, long)]
        output: Option<PathBuf>,
        /// Native backend: keep the generated C in this directory.
        #[arg(long, value_name = "DIR")]
        keep_c: Option<PathBuf>,
        /// Native backend: the garbage collector.
        #[arg(long, default_value = "generational", value_parser = ["generational", "marksweep"])]
        gc: String,
        /// CLI backend: also write a readable listing of the emitted IL next
        /// to the assembly (`prog.exe` -> `prog.il.txt`).
        #[arg(long)]
        emit_il_listing: bool,
    },
    /// Print the typed graphs of the program (for debugging the toolchain).
    Dump {
        /// The entry module (defines `entry_point(argv)`).
        program: PathBuf,
    },
}

#[derive(Clone, Copy, ValueEnum)]
enum Backend {
    /// JVM bytecode in a .jar (run with `java -jar`).
    Jvm,
    /// CIL in a .NET assembly (run with `mono`).
    Cli,
    /// Native amd64 executable (C compiled by `cc`).
    Native,
}

/// `rpython build`: translates, then hands the typed program to the backend.
fn build(
    backend: Backend,
    program: &std::path::Path,
    output: Option<PathBuf>,
    keep_c: Option<PathBuf>,
    gc: &str,
    emit_il_listing: bool,
) -> ExitCode {
    let typed = match pipeline::translate(program) {
        Ok(typed) => typed,
        Err(report) => {
            eprint!("{report}");
            return ExitCode::from(1);
        }
    };
    let written = match backend {
        Backend::Jvm => {
            let out = output.unwrap_or_else(|| program.with_extension("jar"));
            emit_jvm::build_jar(&typed, &out)
        }
        Backend::Cli => {
            let out = output.unwrap_or_else(|| program.with_extension("exe"));
            let options = emit_cli::BuildOptions {
                il_listing: emit_il_listing,
            };
            emit_cli::build_assembly_with(&typed, &out, &options)
        }
        Backend::Native => {
            // Default name: the program's stem, as a C compiler would.
            let out =
                output.unwrap_or_else(|| PathBuf::from(program.file_stem().unwrap_or_default()));
            let options = emit_native::NativeOptions {
                gc: emit_native::Gc::from_name(gc).unwrap_or_default(),
                keep_c,
                ..Default::default()
            };
            emit_native::build_executable(&typed, &out, &options)
        }
    };
    match written {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::from(1)
        }
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Check { programs, stats } => {
            let started = std::time::Instant::now();
            let mut failed = false;
            let mut lines = 0usize;
            for program in &programs {
                match pipeline::translate_with_stats(program) {
                    Ok((_, n)) => lines += n,
                    Err(report) => {
                        eprint!("{report}");
                        failed = true;
                    }
                }
            }
            if stats {
                let secs = started.elapsed().as_secs_f64();
                println!(
                    "translated {} program(s), {lines} lines of source in {secs:.3} s ({:.0} lines/s)",
                    programs.len(),
                    lines as f64 / secs.max(1e-9)
                );
            }
            if failed {
                ExitCode::from(1)
            } else {
                ExitCode::SUCCESS
            }
        }
        Command::Run { program, args } => match pipeline::translate(&program) {
            Ok(typed) => {
                let mut argv = vec![program.display().to_string()];
                argv.extend(args);
                pipeline::run(&typed, argv)
            }
            Err(report) => {
                eprint!("{report}");
                ExitCode::from(1)
            }
        },
        Command::Dump { program } => match pipeline::translate(&program) {
            Ok(typed) => {
                print!("{}", lltype::ir::listing::listing(&typed));
                ExitCode::SUCCESS
            }
            Err(report) => {
                eprint!("{report}");
                ExitCode::from(1)
            }
        },
        Command::Build {
            backend,
            program,
            output,
            keep_c,
            gc,
            emit_il_listing,
        } => build(backend, &program, output, keep_c, &gc, emit_il_listing),
    }
}
