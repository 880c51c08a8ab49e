//! Behaviour of built executables that the corpus does not show: the
//! collectors keep memory bounded under heavy allocation and keep cyclic
//! structures intact, deep recursion ends in RecursionError, the generated
//! code runs clean under AddressSanitizer and UndefinedBehaviorSanitizer,
//! and the generated C is deterministic and walks a dict for
//! `for k, v in d.items()` instead of building the list of pairs.
//!
//! A C compiler is required (`apt-get install gcc`); these tests never skip.

use std::path::{Path, PathBuf};
use std::process::Command;

use emit_native::{build_executable, generate_c, Gc, NativeOptions};

const COLLECTORS: &[Gc] = &[Gc::Generational, Gc::Marksweep];

fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .to_path_buf()
}

fn require_cc() {
    let ok = Command::new("cc")
        .arg("--version")
        .output()
        .map(|o| o.status.success())
        .unwrap_or(false);
    assert!(
        ok,
        "these tests need a C compiler `cc`: apt-get install gcc"
    );
}

fn translate(path: &Path) -> lltype::ir::Program {
    let program =
        frontend::load_program(path).unwrap_or_else(|_| panic!("cannot load {}", path.display()));
    let ann = frontend::annotator::annotate(&program)
        .unwrap_or_else(|_| panic!("cannot annotate {}", path.display()));
    let mut typed = lltype::rtyper::rtype(&program, &ann)
        .unwrap_or_else(|_| panic!("cannot rtype {}", path.display()));
    lltype::opt::optimize(&mut typed);
    typed
}

fn test_program(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join("programs")
        .join(name)
}

fn build(source: &Path, gc: Gc, cflags: &[&str], tag: &str) -> PathBuf {
    require_cc();
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(format!(
        "native-{tag}-{}-{}",
        gc.name(),
        std::process::id()
    ));
    std::fs::create_dir_all(&dir).unwrap();
    let exe = dir.join("prog");
    let options = NativeOptions {
        gc,
        extra_cflags: cflags.iter().map(|s| s.to_string()).collect(),
        ..Default::default()
    };
    build_executable(&translate(source), &exe, &options)
        .unwrap_or_else(|e| panic!("building {}: {e}", source.display()));
    exe
}

/// 20 GiB allocated in total with about 40 MiB live: the peak RSS (from
/// getrusage, printed by the runtime) stays far below the allocation volume.
#[test]
fn collectors_bound_memory_and_keep_cycles() {
    for gc in COLLECTORS {
        let exe = build(&test_program("gc_churn.py"), *gc, &[], "churn");
        let out = Command::new(&exe)
            .arg("20480")
            .env("RPY_GC_STATS", "1")
            .output()
            .unwrap();
        let stdout = String::from_utf8_lossy(&out.stdout);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(out.status.success(), "[{gc}] failed: {stderr}");
        assert_eq!(
            stdout, "ring 49995000 True\nrings True True\nlive 41943040\n",
            "[{gc}]"
        );
        let kib: u64 = stderr
            .lines()
            .find_map(|l| l.strip_prefix("rpy-gc-stats: peak-rss-kib="))
            .and_then(|v| v.trim().parse().ok())
            .unwrap_or_else(|| panic!("[{gc}] no GC stats in stderr: {stderr}"));
        assert!(
            kib < 300 * 1024,
            "[{gc}] peak RSS {} MiB for 20 GiB allocated, 40 MiB live",
            kib / 1024
        );
    }
}

#[test]
fn deep_recursion_is_a_recursion_error() {
    let exe = build(
        &test_program("deep_recursion.py"),
        Gc::default(),
        &[],
        "recursion",
    );
    let out = Command::new(&exe).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(String::from_utf8_lossy(&out.stdout), "start\n");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("Fatal RPython error: RecursionError"),
        "stderr: {stderr}"
    );
}

/// A subset of the corpus under ASan + UBSan, with a tiny nursery so that
/// the generational collector moves objects all the time.
#[test]
fn corpus_subset_is_clean_under_sanitizers() {
    let programs = [
        "01_int_arith.py",
        "02_float_arith.py",
        "06_str_methods.py",
        "10_fstrings.py",
        "13_list_basics.py",
        "17_dict_basics.py",
        "19_tuples.py",
        "33_exceptions_basic.py",
        "36_ovfcheck.py",
        "51_linked_list.py",
        "52_binary_tree.py",
        "57_hash_table.py",
        "93_str_sort_and_dict_reuse.py",
        "100_large_str_sorts.py",
    ];
    let flags = [
        "-fsanitize=address,undefined",
        "-fno-sanitize-recover=all",
        "-DRPY_NURSERY_SIZE=16384",
        "-DRPY_MS_MIN_THRESHOLD=65536",
    ];
    for name in programs {
        let path = repo_root().join("tests").join("rpython").join(name);
        let expected = Command::new("python3")
            .arg(&path)
            .env("PYTHONPATH", repo_root())
            .env("PYTHONHASHSEED", "0")
            .env("PYTHONIOENCODING", "utf-8")
            .output()
            .expect("python3 is required: apt-get install python3");
        for gc in COLLECTORS {
            let exe = build(
                &path,
                *gc,
                &flags,
                &format!("asan-{}", name.trim_end_matches(".py")),
            );
            let out = Command::new(&exe)
                .env("ASAN_OPTIONS", "detect_leaks=0")
                .output()
                .unwrap();
            let stderr = String::from_utf8_lossy(&out.stderr);
            assert_eq!(
                out.status.code(),
                expected.status.code(),
                "{name} [{gc}]: {stderr}"
            );
            assert!(
                out.stdout == expected.stdout,
                "{name} [{gc}]: stdout differs from CPython; stderr: {stderr}"
            );
            assert!(
                !stderr.contains("runtime error") && !stderr.contains("AddressSanitizer"),
                "{name} [{gc}]: {stderr}"
            );
        }
    }
}

#[test]
fn generated_c_is_deterministic() {
    let path = repo_root().join("tests/rpython/62_shapes_polymorphism.py");
    let a = generate_c(&translate(&path)).unwrap();
    let b = generate_c(&translate(&path)).unwrap();
    assert!(a == b, "two translations gave different C");
}

#[test]
fn items_loops_walk_the_dict() {
    let c = generate_c(&translate(&test_program("items_loop.py"))).unwrap();
    assert!(c.contains("rpy_dict_items_iter("), "no dict walk:\n{c}");
    assert!(
        !c.contains("rpy_dict_items_list("),
        "the list of pairs is built:\n{c}"
    );
}
