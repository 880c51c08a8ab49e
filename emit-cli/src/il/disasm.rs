//! A reader of the method bodies this crate writes, for the IL listing
//! (`--emit-il-listing`): the header (II.25.4.2-3), the instructions of
//! `insn.rs` in ilasm-like mnemonics with offsets and branch targets, and
//! the exception clauses (II.25.4.6). Tokens are named by the caller.

use std::fmt::Write;

/// Appends the listing of the body at the start of `body` to `out`, one
/// instruction a line, each operand token named by `name`.
pub fn disassemble(body: &[u8], name: &dyn Fn(u32) -> String, out: &mut String) {
    let (code, max_stack, locals, sections) = if body[0] & 0x3 == 0x2 {
        let size = (body[0] >> 2) as usize;
        (&body[1..1 + size], 8, 0, None)
    } else {
        let flags = u16::from_le_bytes([body[0], body[1]]);
        let max_stack = u16::from_le_bytes([body[2], body[3]]);
        let size = u32::from_le_bytes([body[4], body[5], body[6], body[7]]) as usize;
        let locals = u32::from_le_bytes([body[8], body[9], body[10], body[11]]);
        let sections = (flags & 0x8 != 0).then(|| (12 + size).next_multiple_of(4));
        (&body[12..12 + size], max_stack, locals, sections)
    };
    let _ = writeln!(out, "    .maxstack {max_stack}");
    if locals != 0 {
        let _ = writeln!(out, "    .locals {}", name(locals));
    }
    let mut at = 0;
    while at < code.len() {
        let start = at;
        let (mnemonic, operand) = decode(code, &mut at);
        let text = match operand {
            Operand::None => String::new(),
            Operand::Int(v) => format!(" {v}"),
            Operand::Float(v) => format!(" {v:?}"),
            Operand::Token(t) => format!(" {}", name(t)),
            Operand::Target(rel) => format!(" IL_{:04x}", (at as i64 + rel) as u32),
        };
        let _ = writeln!(out, "    IL_{start:04x}: {mnemonic}{text}");
    }
    if let Some(sect) = sections {
        // One fat EH section: kind (0x41), 3-byte size, 24-byte clauses.
        let size = u32::from_le_bytes([body[sect + 1], body[sect + 2], body[sect + 3], 0]) as usize;
        for c in body[sect + 4..sect + size].chunks(24) {
            let w = |i: usize| u32::from_le_bytes([c[i], c[i + 1], c[i + 2], c[i + 3]]);
            let _ = writeln!(
                out,
                "    .try IL_{:04x} to IL_{:04x} catch {} handler IL_{:04x} to IL_{:04x}",
                w(4),
                w(4) + w(8),
                name(w(20)),
                w(12),
                w(12) + w(16)
            );
        }
    }
}

enum Operand {
    None,
    Int(i64),
    Float(f64),
    Token(u32),
    /// Relative to the next instruction.
    Target(i64),
}

fn decode(code: &[u8], at: &mut usize) -> (String, Operand) {
    let b = code[*at];
    *at += 1;
    let mut read = |n: usize| {
        let mut v = [0u8; 8];
        v[..n].copy_from_slice(&code[*at..*at + n]);
        *at += n;
        u64::from_le_bytes(v)
    };
    use Operand::*;
    let (m, op): (&str, Operand) = match b {
        0x00 => ("nop", None),
        0x02..=0x05 => return (format!("ldarg.{}", b - 0x02), None),
        0x06..=0x09 => return (format!("ldloc.{}", b - 0x06), None),
        0x0a..=0x0d => return (format!("stloc.{}", b - 0x0a), None),
        0x0e => ("ldarg.s", Int(read(1) as i64)),
        0x10 => ("starg.s", Int(read(1) as i64)),
        0x11 => ("ldloc.s", Int(read(1) as i64)),
        0x13 => ("stloc.s", Int(read(1) as i64)),
        0x14 => ("ldnull", None),
        0x15 => ("ldc.i4.m1", None),
        0x16..=0x1e => return (format!("ldc.i4.{}", b - 0x16), None),
        0x1f => ("ldc.i4.s", Int(read(1) as u8 as i8 as i64)),
        0x20 => ("ldc.i4", Int(read(4) as u32 as i32 as i64)),
        0x21 => ("ldc.i8", Int(read(8) as i64)),
        0x23 => ("ldc.r8", Float(f64::from_bits(read(8)))),
        0x25 => ("dup", None),
        0x26 => ("pop", None),
        0x28 => ("call", Token(read(4) as u32)),
        0x2a => ("ret", None),
        0x38 => ("br", Target(read(4) as u32 as i32 as i64)),
        0x39 => ("brfalse", Target(read(4) as u32 as i32 as i64)),
        0x3a => ("brtrue", Target(read(4) as u32 as i32 as i64)),
        0x3b => ("beq", Target(read(4) as u32 as i32 as i64)),
        0x3c => ("bge", Target(read(4) as u32 as i32 as i64)),
        0x3f => ("blt", Target(read(4) as u32 as i32 as i64)),
        0x40 => ("bne.un", Target(read(4) as u32 as i32 as i64)),
        0x44 => ("blt.un", Target(read(4) as u32 as i32 as i64)),
        0x58 => ("add", None),
        0x59 => ("sub", None),
        0x5a => ("mul", None),
        0x5b => ("div", None),
        0x5d => ("rem", None),
        0x5f => ("and", None),
        0x60 => ("or", None),
        0x61 => ("xor", None),
        0x62 => ("shl", None),
        0x63 => ("shr", None),
        0x64 => ("shr.un", None),
        0x65 => ("neg", None),
        0x66 => ("not", None),
        0x69 => ("conv.i4", None),
        0x6a => ("conv.i8", None),
        0x6c => ("conv.r8", None),
        0x6f => ("callvirt", Token(read(4) as u32)),
        0x72 => ("ldstr", Token(read(4) as u32)),
        0x73 => ("newobj", Token(read(4) as u32)),
        0x74 => ("castclass", Token(read(4) as u32)),
        0x75 => ("isinst", Token(read(4) as u32)),
        0x7a => ("throw", None),
        0x7b => ("ldfld", Token(read(4) as u32)),
        0x7d => ("stfld", Token(read(4) as u32)),
        0x7e => ("ldsfld", Token(read(4) as u32)),
        0x80 => ("stsfld", Token(read(4) as u32)),
        0x8d => ("newarr", Token(read(4) as u32)),
        0x8e => ("ldlen", None),
        0x96 => ("ldelem.i8", None),
        0x9a => ("ldelem.ref", None),
        0x9f => ("stelem.i8", None),
        0xa2 => ("stelem.ref", None),
        0xdd => ("leave", Target(read(4) as u32 as i32 as i64)),
        0xfe => {
            let b2 = read(1) as u8;
            match b2 {
                0x01 => ("ceq", None),
                0x02 => ("cgt", None),
                0x03 => ("cgt.un", None),
                0x04 => ("clt", None),
                0x05 => ("clt.un", None),
                0x06 => ("ldftn", Token(read(4) as u32)),
                0x09 => ("ldarg", Int(read(2) as i64)),
                0x0b => ("starg", Int(read(2) as i64)),
                0x0c => ("ldloc", Int(read(2) as i64)),
                0x0e => ("stloc", Int(read(2) as i64)),
                _ => return (format!(".byte 0xfe 0x{b2:02x}"), None),
            }
        }
        _ => return (format!(".byte 0x{b:02x}"), None),
    };
    (m.to_string(), op)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tiny_body_with_a_branch_and_a_call() {
        // ldarg.0; brfalse +5 (to the ret); call 0x0A000001; ret
        let body = [
            0x2 | (12 << 2),
            0x02,
            0x39,
            5,
            0,
            0,
            0,
            0x28,
            1,
            0,
            0,
            0x0a,
            0x2a,
        ];
        let mut out = String::new();
        disassemble(&body, &|t| format!("tok{t:08x}"), &mut out);
        assert_eq!(
            out,
            "    .maxstack 8\n    IL_0000: ldarg.0\n    IL_0001: brfalse IL_000b\n    \
             IL_0006: call tok0a000001\n    IL_000b: ret\n"
        );
    }
}
