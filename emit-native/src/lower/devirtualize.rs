//! Method calls with few implementations: a `switch` on the receiver's
//! class number with a direct call in each arm. The C compiler can inline
//! a direct call (never one through the vtable), which matters for small
//! virtual methods called in hot loops.

use lltype::ir::{ClassId, GraphId, Program};

use super::classes::ClassLayout;

/// At most this many distinct implementations (and this many classes)
/// make a switch; past that the vtable call is as good.
const MAX_IMPLEMENTATIONS: usize = 8;
const MAX_CLASSES: usize = 32;

/// The arms of the switch for calling `name` on an instance of `class` (or
/// a subclass): each implementation with the class numbers that resolve to
/// it, in class-number order; None when a vtable call is better.
pub(crate) fn method_arms(
    p: &Program,
    layout: &ClassLayout,
    class: ClassId,
    name: &str,
) -> Option<Vec<(GraphId, Vec<u32>)>> {
    let mut classes: Vec<ClassId> = (0..p.classes.len() as u32)
        .map(ClassId)
        .filter(|c| p.is_subclass(*c, class))
        .collect();
    if classes.len() > MAX_CLASSES {
        return None;
    }
    classes.sort_by_key(|c| layout.range(*c).0);
    let mut arms: Vec<(GraphId, Vec<u32>)> = Vec::new();
    for c in classes {
        let g = p.resolve_method(c, name)?;
        let cid = layout.range(c).0;
        match arms.iter_mut().find(|(a, _)| *a == g) {
            Some((_, cids)) => cids.push(cid),
            None => arms.push((g, vec![cid])),
        }
    }
    (!arms.is_empty() && arms.len() <= MAX_IMPLEMENTATIONS).then_some(arms)
}
