//! Assembles one method body's code: instructions, labels with branch
//! fix-ups, and the max-stack value the header must declare (III.1.7.4: the
//! stack depth at each instruction is the same on every path to it).

use super::insn::{Insn, Label};

#[derive(Debug, Default)]
pub struct Encoder {
    code: Vec<u8>,
    /// Code offset of each label, once marked.
    labels: Vec<Option<u32>>,
    /// Stack depth expected at each label, from the branches seen so far.
    label_depth: Vec<Option<u32>>,
    /// (offset of the 4-byte operand, label): patched by `finish`.
    fixups: Vec<(usize, Label)>,
    /// Current stack depth; None after an instruction that ends the flow,
    /// until a label gives the depth again.
    depth: Option<u32>,
    max_depth: u32,
}

/// The assembled code of a method body.
#[derive(Debug)]
pub struct Code {
    pub bytes: Vec<u8>,
    pub max_stack: u32,
    /// The code offset of each label (u32::MAX for labels never marked),
    /// for exception clauses.
    pub label_offsets: Vec<u32>,
}

impl Encoder {
    pub fn new() -> Encoder {
        Encoder {
            depth: Some(0),
            ..Default::default()
        }
    }

    pub fn new_label(&mut self) -> Label {
        self.labels.push(None);
        self.label_depth.push(None);
        Label(self.labels.len() as u32 - 1)
    }

    /// Places `label` at the current offset.
    pub fn mark(&mut self, label: Label) {
        let i = label.0 as usize;
        assert!(self.labels[i].is_none(), "label marked twice");
        self.labels[i] = Some(self.code.len() as u32);
        // Reached only by backward branches not seen yet: our translation
        // enters every block with an empty stack.
        let at_label = self.label_depth[i];
        self.depth = match (self.depth, at_label) {
            (Some(d), Some(l)) => {
                assert_eq!(d, l, "inconsistent stack depth at a label");
                Some(d)
            }
            (d, l) => Some(d.or(l).unwrap_or(0)),
        };
        self.label_depth[i] = self.depth;
    }

    /// Places a handler's first instruction: the stack holds the exception.
    pub fn mark_handler(&mut self, label: Label) {
        self.depth = None;
        self.label_depth[label.0 as usize] = Some(1);
        self.max_depth = self.max_depth.max(1);
        self.mark(label);
    }

    pub fn emit(&mut self, insn: Insn) {
        // III.1.7.5: the stack is empty at an instruction that follows an
        // unconditional transfer and is not a branch target.
        let depth = self.depth.unwrap_or(0);
        if let Insn::Leave(label) = insn {
            // `leave` empties the stack and targets code outside the region.
            self.label_depth[label.0 as usize].get_or_insert(0);
            insn.encode(&mut self.code);
            self.fixups.push((self.code.len() - 4, label));
            self.depth = None;
            return;
        }
        let (pops, pushes) = insn.stack_effect();
        assert!(depth >= pops, "stack underflow at {insn:?}");
        let after = depth - pops + pushes;
        self.max_depth = self.max_depth.max(after);
        if let Insn::Branch(_, label) = insn {
            let slot = &mut self.label_depth[label.0 as usize];
            match *slot {
                Some(d) => assert_eq!(d, after, "inconsistent stack depth at a branch"),
                None => *slot = Some(after),
            }
        }
        insn.encode(&mut self.code);
        if let Insn::Branch(_, label) = insn {
            self.fixups.push((self.code.len() - 4, label));
        }
        self.depth = if insn.ends_flow() { None } else { Some(after) };
    }

    pub fn finish(mut self) -> Code {
        for (at, label) in &self.fixups {
            let target = self.labels[label.0 as usize].expect("branch to a label never marked");
            // Offsets count from the start of the next instruction, which is
            // right after the 4-byte operand.
            let rel = target as i64 - (*at as i64 + 4);
            self.code[*at..*at + 4].copy_from_slice(&(rel as i32).to_le_bytes());
        }
        Code {
            bytes: self.code,
            max_stack: self.max_depth,
            label_offsets: self.labels.iter().map(|l| l.unwrap_or(u32::MAX)).collect(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::il::insn::Cond;

    #[test]
    fn branches_are_patched_and_max_stack_tracked() {
        let mut e = Encoder::new();
        let top = e.new_label();
        let out = e.new_label();
        e.mark(top);
        e.emit(Insn::LdcI4(1));
        e.emit(Insn::LdcI4(2));
        e.emit(Insn::Branch(Cond::Eq, out)); // 1 + 1 + 5 bytes
        e.emit(Insn::Branch(Cond::Always, top)); // 5 bytes
        e.mark(out);
        e.emit(Insn::Ret { value: false });
        let c = e.finish();
        assert_eq!(c.max_stack, 2);
        // beq at offset 2, operand at 3, next at 7; `out` is at 12.
        assert_eq!(&c.bytes[2..7], &[0x3b, 5, 0, 0, 0]);
        // br at 7, next at 12, back to 0.
        assert_eq!(&c.bytes[7..12], &[0x38, 0xf4, 0xff, 0xff, 0xff]);
    }
}
