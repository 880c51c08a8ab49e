//! The emitted assembly is a library C# can reference: mcs compiles a
//! program calling a public static method of it, and mono runs the result.

mod common;

use std::process::Command;

use common::*;

#[test]
fn csharp_calls_a_translated_function() {
    mono();
    let dir = temp_dir("csharp");
    let py = dir.join("mathlib.py");
    std::fs::write(
        &py,
        r#"
def gcd(a, b):
    while b != 0:
        a, b = b, a % b
    return a

def shown(n):
    return repr("\u00e9\u2028" + str(n))

def entry_point(argv):
    print(gcd(12, 18), shown(1))
    return 0
"#,
    )
    .unwrap();
    let program = typed_program(&py);
    let dll = dir.join("mathlib.dll");
    emit_cli::build_assembly(&program, &dll).unwrap();
    let cs = dir.join("use.cs");
    std::fs::write(
        &cs,
        r#"
public static class Use {
    public static int Main() {
        System.Console.WriteLine(RPython.Program.mathlib_gcd(1071, 462));
        // repr of a str outside ASCII, without Main having run.
        System.Console.WriteLine(RPython.Program.mathlib_shown(5) == "'\u00e9\\u20285'");
        return (int) RPython.Program.mathlib_gcd(-4, 6);
    }
}
"#,
    )
    .unwrap();
    let mcs = Command::new("mcs")
        .arg("-r:mathlib.dll")
        .arg("-out:use.exe")
        .arg("use.cs")
        .current_dir(&dir)
        .output()
        .expect("mcs is not installed: apt-get install mono-mcs");
    assert!(
        mcs.status.success(),
        "mcs failed: {}{}",
        String::from_utf8_lossy(&mcs.stdout),
        String::from_utf8_lossy(&mcs.stderr)
    );
    let run = Command::new("mono")
        .arg("--verify-all")
        .arg("use.exe")
        .current_dir(&dir)
        .output()
        .unwrap();
    assert_eq!(String::from_utf8_lossy(&run.stdout), "21\nTrue\n");
    // Python's gcd loop with a % b gives 2 for (-4, 6).
    assert_eq!(run.status.code(), Some(2));
}
