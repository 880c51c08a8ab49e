//! `bytes` helpers: CPython's repr and strict UTF-8 decoding with CPython's
//! UnicodeDecodeError messages.

use super::error::RtError;

/// CPython's `repr(b)`: `b'...'`, switching to double quotes when the data
/// contains `'` but no `"`.
pub fn bytes_repr(b: &[u8]) -> String {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') {
        b'"'
    } else {
        b'\''
    };
    let mut out = String::with_capacity(b.len() + 3);
    out.push('b');
    out.push(quote as char);
    for &c in b {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\t' => out.push_str("\\t"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            c if c == quote => {
                out.push('\\');
                out.push(c as char);
            }
            0x20..=0x7e => out.push(c as char),
            c => out.push_str(&format!("\\x{:02x}", c)),
        }
    }
    out.push(quote as char);
    out
}

/// Whether `c` can start a UTF-8 sequence (CPython rejects C0, C1 and F5..FF).
fn is_valid_lead(c: u8) -> bool {
    matches!(c, 0x00..=0x7f | 0xc2..=0xf4)
}

/// `b.decode('utf-8')` (strict). Rust's decoder reports the same maximal
/// invalid subpart as CPython (both follow the Unicode recommendation), so
/// only the message has to be rebuilt.
pub fn decode_utf8(b: &[u8]) -> Result<String, RtError> {
    match std::str::from_utf8(b) {
        Ok(s) => Ok(s.to_string()),
        Err(e) => {
            let start = e.valid_up_to();
            let (end, reason) = match e.error_len() {
                None => (b.len(), "unexpected end of data"),
                Some(n) if n == 1 && !is_valid_lead(b[start]) => (start + 1, "invalid start byte"),
                Some(n) => (start + n, "invalid continuation byte"),
            };
            let message = if end - start == 1 {
                format!(
                    "'utf-8' codec can't decode byte 0x{:02x} in position {}: {}",
                    b[start], start, reason
                )
            } else {
                format!(
                    "'utf-8' codec can't decode bytes in position {}-{}: {}",
                    start,
                    end - 1,
                    reason
                )
            };
            Err(RtError::new("UnicodeDecodeError", message))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repr() {
        assert_eq!(bytes_repr(b"abc"), "b'abc'");
        assert_eq!(bytes_repr(b"it's"), "b\"it's\"");
        assert_eq!(bytes_repr(b"'\""), "b'\\'\"'");
        assert_eq!(bytes_repr(b"\x00\x7f\xff\\\t"), "b'\\x00\\x7f\\xff\\\\\\t'");
    }

    #[test]
    fn decode_errors() {
        assert_eq!(decode_utf8("é".as_bytes()).unwrap(), "é");
        let msg = |b: &[u8]| decode_utf8(b).unwrap_err().message;
        assert_eq!(
            msg(b"\xff"),
            "'utf-8' codec can't decode byte 0xff in position 0: invalid start byte"
        );
        assert_eq!(
            msg(b"a\xe4\x41"),
            "'utf-8' codec can't decode byte 0xe4 in position 1: invalid continuation byte"
        );
        assert_eq!(
            msg(b"\xe4\xb8"),
            "'utf-8' codec can't decode bytes in position 0-1: unexpected end of data"
        );
        assert_eq!(
            msg(b"\xf0\x90\x41"),
            "'utf-8' codec can't decode bytes in position 0-1: invalid continuation byte"
        );
    }
}
