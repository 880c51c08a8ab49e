//! String and bytes constants: static objects in the data segment, with the
//! header's STATIC flag so the collector neither traces nor frees them. Equal
//! constants share one object.

use std::collections::BTreeMap;

use crate::c::bytes_literal;

#[derive(Default)]
pub(crate) struct StringPool {
    /// (is bytes, content) -> number, in first-use order.
    index: BTreeMap<(bool, Vec<u8>), usize>,
    order: Vec<(bool, Vec<u8>)>,
}

impl StringPool {
    /// A `void *` C expression for the constant.
    pub fn get(&mut self, bytes: bool, content: &[u8]) -> String {
        let key = (bytes, content.to_vec());
        let n = match self.index.get(&key) {
            Some(n) => *n,
            None => {
                let n = self.order.len();
                self.index.insert(key.clone(), n);
                self.order.push(key);
                n
            }
        };
        format!("((void *)&rpy_s{n})")
    }

    pub fn emit(&self, out: &mut String) {
        for (n, (bytes, content)) in self.order.iter().enumerate() {
            let cplen = if *bytes {
                content.len()
            } else {
                String::from_utf8_lossy(content).chars().count()
            };
            let tid = if *bytes {
                "RPY_TID_BYTES"
            } else {
                "RPY_TID_STR"
            };
            out.push_str(&format!(
                "static struct {{ rpy_hdr h; int64_t len, cplen, hash; char data[{}]; }} rpy_s{n} = \
                 {{{{{tid}, RPY_GCFLAG_STATIC}}, {}, {cplen}, 0, {}}};\n",
                content.len() + 1,
                content.len(),
                bytes_literal(content)
            ));
        }
    }
}
