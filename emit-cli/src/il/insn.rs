//! The CIL instructions the backend emits (ECMA-335 partition III), with their
//! encodings and their effect on the evaluation stack.

/// A branch target inside one method body; placed with `Encoder::mark`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Label(pub u32);

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Cond {
    /// `br`
    Always,
    /// `brtrue`: pops one value.
    True,
    /// `brfalse`
    False,
    /// `beq`, `bne.un`, `blt`, `bge`, `blt.un`: pop two values.
    Eq,
    NeUn,
    Lt,
    Ge,
    /// Unsigned (or unordered) less-than: a negative index is "too large".
    LtUn,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Insn {
    Nop,
    LdArg(u16),
    LdLoc(u16),
    StLoc(u16),
    LdNull,
    LdcI4(i32),
    LdcI8(i64),
    LdcR8(f64),
    /// `ldstr` with a #US token.
    LdStr(u32),
    Dup,
    Pop,
    /// `call`/`callvirt` with a MethodDef or MemberRef token; `pops` counts
    /// the arguments (and `this`), `pushes` is 1 unless the result is void.
    Call {
        token: u32,
        pops: u8,
        pushes: u8,
    },
    CallVirt {
        token: u32,
        pops: u8,
        pushes: u8,
    },
    /// `newobj` with a constructor token; `pops` counts the constructor's
    /// arguments (not `this`); pushes the new object.
    NewObj {
        token: u32,
        pops: u8,
    },
    StArg(u16),
    /// `ldlen`: the length of an array, as a native unsigned int.
    LdLen,
    /// `ldelem.ref`: [array, index] -> element.
    LdElemRef,
    /// `newarr` with the element type's token: [length] -> array.
    NewArr(u32),
    /// `ldfld` / `stfld` with a Field token: [obj] -> value, [obj, value] -> ().
    LdFld(u32),
    StFld(u32),
    /// `ldsfld` / `stsfld` with a static Field token.
    LdSFld(u32),
    StSFld(u32),
    /// `isinst` / `castclass` with a type token: [obj] -> obj or null / obj.
    IsInst(u32),
    CastClass(u32),
    /// `ldelem.i8`: [array, index] -> int64.
    LdElemI8,
    /// `stelem.i8`: [array, index, value] -> ().
    StElemI8,
    /// `stelem.ref`: [array, index, value] -> ().
    StElemRef,
    Ret {
        value: bool,
    },
    /// `ldftn` with a method token: pushes the method's address (for a
    /// delegate's constructor).
    LdFtn(u32),
    /// `leave`: exits a protected region or handler, emptying the stack.
    Leave(Label),
    Branch(Cond, Label),
    Add,
    Sub,
    Mul,
    Div,
    Rem,
    And,
    Or,
    Xor,
    Shl,
    Shr,
    ShrUn,
    Neg,
    Not,
    ConvI4,
    ConvI8,
    ConvR8,
    Ceq,
    Cgt,
    CgtUn,
    Clt,
    CltUn,
    Throw,
}

impl Insn {
    /// (values popped, values pushed).
    pub fn stack_effect(&self) -> (u32, u32) {
        use Insn::*;
        match *self {
            Nop => (0, 0),
            LdArg(_) | LdLoc(_) | LdNull | LdcI4(_) | LdcI8(_) | LdcR8(_) | LdStr(_) => (0, 1),
            StLoc(_) | StArg(_) | Pop | Throw => (1, 0),
            NewObj { pops, .. } => (pops as u32, 1),
            LdLen => (1, 1),
            LdElemRef | LdElemI8 => (2, 1),
            NewArr(_) | LdFld(_) | IsInst(_) | CastClass(_) => (1, 1),
            StFld(_) => (2, 0),
            LdSFld(_) | LdFtn(_) => (0, 1),
            StSFld(_) => (1, 0),
            StElemI8 | StElemRef => (3, 0),
            Dup => (1, 2),
            Call { pops, pushes, .. } | CallVirt { pops, pushes, .. } => {
                (pops as u32, pushes as u32)
            }
            Ret { value } => (value as u32, 0),
            // Pops whatever is there: the encoder special-cases it.
            Leave(_) => (0, 0),
            Branch(Cond::Always, _) => (0, 0),
            Branch(Cond::True | Cond::False, _) => (1, 0),
            Branch(_, _) => (2, 0),
            Add | Sub | Mul | Div | Rem | And | Or | Xor | Shl | Shr | ShrUn | Ceq | Cgt
            | CgtUn | Clt | CltUn => (2, 1),
            Neg | Not | ConvI4 | ConvI8 | ConvR8 => (1, 1),
        }
    }

    /// True when control never falls through to the next instruction.
    pub fn ends_flow(&self) -> bool {
        matches!(
            self,
            Insn::Ret { .. } | Insn::Throw | Insn::Branch(Cond::Always, _) | Insn::Leave(_)
        )
    }

    /// Appends the encoding. A branch is written in its long form with a
    /// zero offset; the encoder patches the 4 bytes that follow the opcode.
    pub fn encode(&self, out: &mut Vec<u8>) {
        use Insn::*;
        match *self {
            Nop => out.push(0x00),
            LdArg(n) => match n {
                0..=3 => out.push(0x02 + n as u8),
                4..=255 => out.extend_from_slice(&[0x0e, n as u8]),
                _ => {
                    out.extend_from_slice(&[0xfe, 0x09]);
                    out.extend_from_slice(&n.to_le_bytes());
                }
            },
            LdLoc(n) => match n {
                0..=3 => out.push(0x06 + n as u8),
                4..=255 => out.extend_from_slice(&[0x11, n as u8]),
                _ => {
                    out.extend_from_slice(&[0xfe, 0x0c]);
                    out.extend_from_slice(&n.to_le_bytes());
                }
            },
            StLoc(n) => match n {
                0..=3 => out.push(0x0a + n as u8),
                4..=255 => out.extend_from_slice(&[0x13, n as u8]),
                _ => {
                    out.extend_from_slice(&[0xfe, 0x0e]);
                    out.extend_from_slice(&n.to_le_bytes());
                }
            },
            StArg(n) => match n {
                0..=255 => out.extend_from_slice(&[0x10, n as u8]),
                _ => {
                    out.extend_from_slice(&[0xfe, 0x0b]);
                    out.extend_from_slice(&n.to_le_bytes());
                }
            },
            NewObj { token, .. } => {
                out.push(0x73);
                out.extend_from_slice(&token.to_le_bytes());
            }
            LdLen => out.push(0x8e),
            LdElemRef => out.push(0x9a),
            NewArr(tok) => {
                out.push(0x8d);
                out.extend_from_slice(&tok.to_le_bytes());
            }
            LdElemI8 => out.push(0x96),
            LdFld(tok) | StFld(tok) | LdSFld(tok) | StSFld(tok) | IsInst(tok) | CastClass(tok) => {
                out.push(match *self {
                    LdFld(_) => 0x7b,
                    StFld(_) => 0x7d,
                    LdSFld(_) => 0x7e,
                    StSFld(_) => 0x80,
                    IsInst(_) => 0x75,
                    _ => 0x74,
                });
                out.extend_from_slice(&tok.to_le_bytes());
            }
            StElemI8 => out.push(0x9f),
            StElemRef => out.push(0xa2),
            LdNull => out.push(0x14),
            LdcI4(v) => match v {
                -1..=8 => out.push((0x16 + v) as u8),
                -128..=127 => out.extend_from_slice(&[0x1f, v as i8 as u8]),
                _ => {
                    out.push(0x20);
                    out.extend_from_slice(&v.to_le_bytes());
                }
            },
            // An int64 that fits in 32 bits: `ldc.i4` (short forms) then
            // `conv.i8`, 2 to 6 bytes instead of 9 (same stack effect).
            LdcI8(v) => match i32::try_from(v) {
                Ok(small) => {
                    LdcI4(small).encode(out);
                    out.push(0x6a);
                }
                Err(_) => {
                    out.push(0x21);
                    out.extend_from_slice(&v.to_le_bytes());
                }
            },
            LdcR8(v) => {
                out.push(0x23);
                out.extend_from_slice(&v.to_le_bytes());
            }
            LdStr(tok) => {
                out.push(0x72);
                out.extend_from_slice(&tok.to_le_bytes());
            }
            Dup => out.push(0x25),
            Pop => out.push(0x26),
            Call { token, .. } => {
                out.push(0x28);
                out.extend_from_slice(&token.to_le_bytes());
            }
            CallVirt { token, .. } => {
                out.push(0x6f);
                out.extend_from_slice(&token.to_le_bytes());
            }
            Ret { .. } => out.push(0x2a),
            LdFtn(tok) => {
                out.extend_from_slice(&[0xfe, 0x06]);
                out.extend_from_slice(&tok.to_le_bytes());
            }

            Leave(_) => {
                out.push(0xdd);
                out.extend_from_slice(&[0; 4]);
            }
            Branch(cond, _) => {
                out.push(match cond {
                    Cond::Always => 0x38,
                    Cond::False => 0x39,
                    Cond::True => 0x3a,
                    Cond::Eq => 0x3b,
                    Cond::Ge => 0x3c,
                    Cond::Lt => 0x3f,
                    Cond::NeUn => 0x40,
                    Cond::LtUn => 0x44,
                });
                out.extend_from_slice(&[0; 4]);
            }
            Add => out.push(0x58),
            Sub => out.push(0x59),
            Mul => out.push(0x5a),
            Div => out.push(0x5b),
            Rem => out.push(0x5d),
            And => out.push(0x5f),
            Or => out.push(0x60),
            Xor => out.push(0x61),
            Shl => out.push(0x62),
            Shr => out.push(0x63),
            ShrUn => out.push(0x64),
            Neg => out.push(0x65),
            Not => out.push(0x66),
            ConvI4 => out.push(0x69),
            ConvI8 => out.push(0x6a),
            ConvR8 => out.push(0x6c),
            Ceq => out.extend_from_slice(&[0xfe, 0x01]),
            Cgt => out.extend_from_slice(&[0xfe, 0x02]),
            CgtUn => out.extend_from_slice(&[0xfe, 0x03]),
            Clt => out.extend_from_slice(&[0xfe, 0x04]),
            CltUn => out.extend_from_slice(&[0xfe, 0x05]),
            Throw => out.push(0x7a),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn enc(i: Insn) -> Vec<u8> {
        let mut v = Vec::new();
        i.encode(&mut v);
        v
    }

    #[test]
    fn short_forms_are_used_when_they_fit() {
        assert_eq!(enc(Insn::LdArg(1)), vec![0x03]);
        assert_eq!(enc(Insn::LdLoc(7)), vec![0x11, 7]);
        assert_eq!(enc(Insn::StLoc(300)), vec![0xfe, 0x0e, 0x2c, 0x01]);
        assert_eq!(enc(Insn::LdcI4(-1)), vec![0x15]);
        assert_eq!(enc(Insn::LdcI4(8)), vec![0x1e]);
        assert_eq!(enc(Insn::LdcI4(100)), vec![0x1f, 100]);
        assert_eq!(enc(Insn::LdcI4(1000)), vec![0x20, 0xe8, 0x03, 0, 0]);
        // int64 constants: ldc.i4 forms and conv.i8 when they fit.
        assert_eq!(enc(Insn::LdcI8(0)), vec![0x16, 0x6a]);
        assert_eq!(enc(Insn::LdcI8(-100)), vec![0x1f, 0x9c, 0x6a]);
        assert_eq!(
            enc(Insn::LdcI8(1 << 40)),
            vec![0x21, 0, 0, 0, 0, 0, 1, 0, 0]
        );
    }

    #[test]
    fn array_and_branch_opcodes_of_partition_iii() {
        assert_eq!(enc(Insn::LdElemI8), vec![0x96]);
        assert_eq!(enc(Insn::StElemI8), vec![0x9f]);
        assert_eq!(enc(Insn::LdElemRef), vec![0x9a]);
        assert_eq!(enc(Insn::LdLen), vec![0x8e]);
        assert_eq!(enc(Insn::NewArr(0x0100_0002)), vec![0x8d, 2, 0, 0, 1]);
        assert_eq!(enc(Insn::StArg(1)), vec![0x10, 1]);
        assert_eq!(
            enc(Insn::Branch(Cond::LtUn, Label(0))),
            vec![0x44, 0, 0, 0, 0]
        );
        assert_eq!(enc(Insn::Branch(Cond::Ge, Label(0)))[0], 0x3c);
        assert_eq!(enc(Insn::CgtUn), vec![0xfe, 0x03]);
        assert_eq!(enc(Insn::LdFld(0x0400_0001)), vec![0x7b, 1, 0, 0, 4]);
        assert_eq!(enc(Insn::StFld(0x0400_0001))[0], 0x7d);
        assert_eq!(enc(Insn::LdSFld(0x0400_0001))[0], 0x7e);
        assert_eq!(enc(Insn::StSFld(0x0400_0001))[0], 0x80);
        assert_eq!(enc(Insn::IsInst(0x0200_0003))[0], 0x75);
        assert_eq!(enc(Insn::CastClass(0x0200_0003))[0], 0x74);
    }
}
