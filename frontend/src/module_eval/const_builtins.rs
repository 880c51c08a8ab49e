//! The few builtins that module-level code may call on constants
//! (`len`, `abs`, `min`, `max`, `ord`, `chr`, conversions, `intmask`...), and
//! the list operations that need the evaluator's list storage (`[None] * n`).

use std::rc::Rc;

use super::constops::compare;
use super::Evaluator;
use crate::flowgraph::{BinOp, CmpOp};
use crate::program::{Builtin, Constant};

/// Prebuilt lists may be large (`[0] * 65536`), but not absurdly so.
const MAX_LIST: i64 = 1 << 24;

impl Evaluator {
    /// Items of a constant sequence (tuple, list, or the chars of a str).
    pub(super) fn const_items(&self, c: &Constant) -> Option<Vec<Constant>> {
        match c {
            Constant::Tuple(t) => Some(t.to_vec()),
            Constant::List(l) => Some(self.lists[l.0 as usize].clone()),
            Constant::Str(s) => Some(
                s.chars()
                    .map(|ch| Constant::Str(Rc::from(ch.to_string())))
                    .collect(),
            ),
            _ => None,
        }
    }

    /// `list * int`, `list + list`: a new prebuilt list. None if not a list op.
    pub(super) fn const_list_binop(
        &mut self,
        op: BinOp,
        l: &Constant,
        r: &Constant,
    ) -> Option<Result<Constant, String>> {
        let repeat = |this: &mut Evaluator, items: Vec<Constant>, n: i64| {
            if n.saturating_mul(items.len() as i64) > MAX_LIST {
                return Err("this prebuilt list would be too large".to_string());
            }
            let mut out = Vec::new();
            for _ in 0..n.max(0) {
                out.extend(items.iter().cloned());
            }
            Ok(this.new_list(out))
        };
        match (op, l, r) {
            (BinOp::Mul, Constant::List(a), Constant::Int(n))
            | (BinOp::Mul, Constant::Int(n), Constant::List(a)) => {
                let items = self.lists[a.0 as usize].clone();
                Some(repeat(self, items, *n))
            }
            (BinOp::Add, Constant::List(a), Constant::List(b)) => {
                let items = [
                    self.lists[a.0 as usize].clone(),
                    self.lists[b.0 as usize].clone(),
                ]
                .concat();
                Some(Ok(self.new_list(items)))
            }
            _ => None,
        }
    }

    /// Calls a builtin on constant arguments; Err explains why it cannot be
    /// folded.
    pub(super) fn const_builtin_call(
        &mut self,
        b: Builtin,
        args: &[Constant],
    ) -> Result<Constant, String> {
        let bad = || {
            Err(format!(
                "`{b:?}` cannot be evaluated on these constants at translation time"
            ))
        };
        match (b, args) {
            (Builtin::Len, [x]) => match x {
                Constant::Str(s) => Ok(Constant::Int(s.chars().count() as i64)),
                Constant::Bytes(s) => Ok(Constant::Int(s.len() as i64)),
                Constant::Tuple(t) => Ok(Constant::Int(t.len() as i64)),
                Constant::List(l) => Ok(Constant::Int(self.lists[l.0 as usize].len() as i64)),
                Constant::Dict(d) => Ok(Constant::Int(self.dicts[d.0 as usize].len() as i64)),
                _ => bad(),
            },
            (Builtin::Abs, [Constant::Int(i)]) => i
                .checked_abs()
                .map(Constant::Int)
                .ok_or_else(|| "overflow".into()),
            (Builtin::Abs, [Constant::Float(f)]) => Ok(Constant::Float(f.abs())),
            (Builtin::Min | Builtin::Max, items) if !items.is_empty() => {
                let items = match items {
                    [one] => self.const_items(one).ok_or("expected a sequence")?,
                    _ => items.to_vec(),
                };
                let mut best = items.first().cloned().ok_or("empty sequence")?;
                for x in &items[1..] {
                    let better = compare(
                        if b == Builtin::Min {
                            CmpOp::Lt
                        } else {
                            CmpOp::Gt
                        },
                        x,
                        &best,
                    )?;
                    if better {
                        best = x.clone();
                    }
                }
                Ok(best)
            }
            (Builtin::Ord, [Constant::Str(s)]) if s.chars().count() == 1 => {
                Ok(Constant::Int(s.chars().next().map_or(0, |c| c as i64)))
            }
            (Builtin::Chr, [Constant::Int(i)]) => {
                match u32::try_from(*i).ok().and_then(char::from_u32) {
                    Some(c) => Ok(Constant::Str(Rc::from(c.to_string()))),
                    None => Err("chr() argument out of range".into()),
                }
            }
            (Builtin::Int | Builtin::Intmask, [Constant::Int(i)]) => Ok(Constant::Int(*i)),
            (Builtin::Int, [Constant::Bool(x)]) => Ok(Constant::Int(*x as i64)),
            (Builtin::Int, [Constant::Float(f)]) if f.is_finite() && f.abs() < 9.2e18 => {
                Ok(Constant::Int(f.trunc() as i64))
            }
            (Builtin::Float, [Constant::Int(i)]) => Ok(Constant::Float(*i as f64)),
            (Builtin::Float, [Constant::Float(f)]) => Ok(Constant::Float(*f)),
            (Builtin::Bool, [x]) => Ok(Constant::Bool(self.const_truth(x))),
            (Builtin::Str, [Constant::Str(s)]) => Ok(Constant::Str(s.clone())),
            (Builtin::Str, [Constant::Int(i)]) => Ok(Constant::Str(Rc::from(i.to_string()))),
            (Builtin::Tuple, [x]) => Ok(Constant::Tuple(
                self.const_items(x).ok_or("expected a sequence")?.into(),
            )),
            (Builtin::Tuple, []) => Ok(Constant::Tuple(Rc::from(Vec::new()))),
            (Builtin::List, [x]) => {
                let items = self.const_items(x).ok_or("expected a sequence")?;
                Ok(self.new_list(items))
            }
            (Builtin::List, []) => Ok(self.new_list(Vec::new())),
            // A constant `range` is the tuple of its items.
            (Builtin::Range, [Constant::Int(stop)]) => const_range(0, *stop, 1),
            (Builtin::Range, [Constant::Int(start), Constant::Int(stop)]) => {
                const_range(*start, *stop, 1)
            }
            (Builtin::Range, [Constant::Int(start), Constant::Int(stop), Constant::Int(step)]) => {
                const_range(*start, *stop, *step)
            }
            (Builtin::Enumerate, [x]) => {
                let items = self.const_items(x).ok_or("expected a sequence")?;
                let pairs = items
                    .into_iter()
                    .enumerate()
                    .map(|(i, v)| Constant::Tuple(Rc::from(vec![Constant::Int(i as i64), v])));
                Ok(Constant::Tuple(pairs.collect::<Vec<_>>().into()))
            }
            (Builtin::Zip, [a, b]) => {
                let a = self.const_items(a).ok_or("expected a sequence")?;
                let b = self.const_items(b).ok_or("expected a sequence")?;
                let pairs = a
                    .into_iter()
                    .zip(b)
                    .map(|(x, y)| Constant::Tuple(Rc::from(vec![x, y])));
                Ok(Constant::Tuple(pairs.collect::<Vec<_>>().into()))
            }
            (Builtin::Dict, []) => Ok(self.new_dict(Vec::new())),
            _ => bad(),
        }
    }
}

fn const_range(start: i64, stop: i64, step: i64) -> Result<Constant, String> {
    if step == 0 {
        return Err("range() step must not be zero".into());
    }
    let mut out = Vec::new();
    let mut i = start;
    while (step > 0 && i < stop) || (step < 0 && i > stop) {
        if out.len() as i64 >= MAX_LIST {
            return Err("this range is too large to build at translation time".into());
        }
        out.push(Constant::Int(i));
        let Some(next) = i.checked_add(step) else {
            break;
        };
        i = next;
    }
    Ok(Constant::Tuple(out.into()))
}
