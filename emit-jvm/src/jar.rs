//! Writing the jar: a manifest naming the main class, then the entries in
//! name order, stored (uncompressed) with a fixed timestamp, so the same
//! program always gives a byte-identical jar. Written to a temporary file
//! in the target directory and renamed into place: a failed build leaves
//! no half-written jar behind.

use std::fs::File;
use std::io::Write;
use std::path::Path;

use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, DateTime, ZipWriter};

pub fn manifest(main_class: &str) -> String {
    format!(
        "Manifest-Version: 1.0\r\nMain-Class: {}\r\nCreated-By: rpython\r\n\r\n",
        main_class.replace('/', ".")
    )
}

/// Writes `entries` (name, bytes) plus the manifest to `out` atomically.
pub fn write_jar(
    out: &Path,
    main_class: &str,
    mut entries: Vec<(String, Vec<u8>)>,
) -> Result<(), String> {
    entries.sort_by(|a, b| a.0.cmp(&b.0));
    entries.dedup_by(|a, b| a.0 == b.0);
    let file_name = out
        .file_name()
        .ok_or_else(|| format!("{}: not a file path", out.display()))?;
    let tmp = out.with_file_name(format!(
        ".{}.tmp{}",
        file_name.to_string_lossy(),
        std::process::id()
    ));
    let result = (|| -> Result<(), String> {
        let file =
            File::create(&tmp).map_err(|e| format!("cannot create {}: {e}", tmp.display()))?;
        let mut zip = ZipWriter::new(file);
        let options = SimpleFileOptions::default()
            .compression_method(CompressionMethod::Stored)
            .last_modified_time(DateTime::default())
            .unix_permissions(0o644);
        let err = |e: zip::result::ZipError| format!("writing {}: {e}", out.display());
        let io = |e: std::io::Error| format!("writing {}: {e}", out.display());
        zip.start_file("META-INF/MANIFEST.MF", options)
            .map_err(err)?;
        zip.write_all(manifest(main_class).as_bytes()).map_err(io)?;
        for (name, bytes) in &entries {
            zip.start_file(name.as_str(), options).map_err(err)?;
            zip.write_all(bytes).map_err(io)?;
        }
        zip.finish().map_err(err)?.sync_all().map_err(io)?;
        Ok(())
    })();
    match result {
        Ok(()) => {
            std::fs::rename(&tmp, out).map_err(|e| format!("cannot write {}: {e}", out.display()))
        }
        Err(e) => {
            let _ = std::fs::remove_file(&tmp);
            Err(e)
        }
    }
}
