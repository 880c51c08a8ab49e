//! The last steps: the module version id and the atomic write.

use std::io::Write;
use std::path::Path;

/// A GUID derived from the image bytes (with the MVID still zero): the same
/// program always gives the same file, and different programs different ids.
/// Two FNV-1a 64-bit hashes with different offsets make the 16 bytes.
pub fn content_mvid(bytes: &[u8]) -> [u8; 16] {
    let fnv = |seed: u64| {
        bytes.iter().fold(seed, |h, b| {
            (h ^ *b as u64).wrapping_mul(0x0000_0100_0000_01b3)
        })
    };
    let mut g = [0u8; 16];
    g[..8].copy_from_slice(&fnv(0xcbf2_9ce4_8422_2325).to_le_bytes());
    g[8..].copy_from_slice(&fnv(0x84222325_cbf29ce4).to_le_bytes());
    // Mark it as a version 4 (random-like) GUID, variant 1.
    g[7] = (g[7] & 0x0f) | 0x40;
    g[8] = (g[8] & 0x3f) | 0x80;
    g
}

/// Writes `bytes` to a temporary file next to `out`, then renames it: a
/// failed translation never leaves a half-written assembly behind.
pub fn write_atomically(out: &Path, bytes: &[u8]) -> Result<(), String> {
    let dir = out.parent().filter(|p| !p.as_os_str().is_empty());
    let file_name = out
        .file_name()
        .ok_or_else(|| format!("error: {} is not a file name", out.display()))?;
    let tmp_name = format!(
        ".{}.{}.tmp",
        file_name.to_string_lossy(),
        std::process::id()
    );
    let tmp = match dir {
        Some(d) => d.join(tmp_name),
        None => Path::new(&tmp_name).to_path_buf(),
    };
    let result = (|| {
        let mut f = std::fs::File::create(&tmp)?;
        f.write_all(bytes)?;
        f.sync_all()?;
        std::fs::rename(&tmp, out)
    })();
    result.map_err(|e| {
        let _ = std::fs::remove_file(&tmp);
        format!("error: cannot write {}: {e}", out.display())
    })
}
