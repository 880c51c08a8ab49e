//! Program output and the `os` file-descriptor operations.
//!
//! `WriteStdout` goes to the run's output buffer. `os.write(1, ..)` goes to
//! the same sink after flushing that buffer, so the two interleave in program
//! order (and tests that capture the output see both); fd 2 and any other fd
//! are written directly after a flush. Other fds are used through `File`s
//! that are never dropped (the program owns them), and `os.close` calls
//! libc's close(2), which reports a bad fd as an error instead of aborting as
//! dropping a std `OwnedFd` does in debug builds.

use std::fs::{File, OpenOptions};
use std::io::{Read, Write};
use std::mem::ManuallyDrop;
use std::os::fd::{FromRawFd, IntoRawFd, RawFd};
use std::os::unix::fs::OpenOptionsExt;
use std::rc::Rc;

use crate::ir::Opcode;

use super::{err, Args, OpResult};
use crate::interp::code::Arg;
use crate::interp::machine::Interp;
use crate::interp::rt::RtError;
use crate::interp::value::Value;

pub fn exec_io(it: &mut Interp, op: &Opcode, args: &[Arg], base: usize) -> OpResult {
    let a = Args {
        stack: &it.stack,
        base,
        args,
    };
    match op {
        Opcode::WriteStdout => {
            let s = a.text(0)?.clone();
            it.out.write(s.as_str().as_bytes());
            Ok(Value::Void)
        }
        Opcode::OsWrite => {
            let (fd, data) = (a.int(0), Rc::<[u8]>::from(a.bytes(1)?));
            it.out.flush();
            let n = if fd == 1 {
                it.out.write(&data);
                it.out.flush();
                data.len()
            } else {
                with_fd(fd, |f| f.write(&data)).map_err(|e| os_error(e, None))?
            };
            Ok(Value::Int(n as i64))
        }
        Opcode::OsRead => {
            let (fd, n) = (a.int(0), a.int(1));
            if n < 0 {
                return Err(err("ValueError", "negative count"));
            }
            // Whatever was printed before a read (a prompt) must be visible.
            it.out.flush();
            let mut buf = vec![0u8; n as usize];
            let got = with_fd(fd, |f| f.read(&mut buf)).map_err(|e| os_error(e, None))?;
            buf.truncate(got);
            Ok(Value::Bytes(buf.into()))
        }
        Opcode::OsOpen => {
            let path = a.str(0)?.to_owned();
            let (flags, mode) = (a.int(1), a.int(2));
            open(&path, flags as i32, mode as u32)
                .map(|fd| Value::Int(fd as i64))
                .map_err(|e| os_error(e, Some(&path)))
        }
        Opcode::OsClose => {
            let fd = a.int(0);
            it.out.flush();
            let fd = raw_fd(fd).map_err(|e| os_error(e, None))?;
            // SAFETY: close(2) on an integer the program owns; a bad fd is reported as EBADF.
            if unsafe { libc::close(fd) } != 0 {
                return Err(os_error(std::io::Error::last_os_error(), None));
            }
            Ok(Value::Void)
        }
        _ => unreachable!("not an I/O op: {op:?}"),
    }
}

fn raw_fd(fd: i64) -> std::io::Result<RawFd> {
    RawFd::try_from(fd)
        .ok()
        .filter(|fd| *fd >= 0)
        .ok_or_else(|| std::io::Error::from_raw_os_error(libc::EBADF))
}

/// Runs `f` on a `File` view of `fd` that is never closed.
fn with_fd<T>(fd: i64, f: impl FnOnce(&mut File) -> std::io::Result<T>) -> std::io::Result<T> {
    let fd = raw_fd(fd)?;
    // SAFETY: the File is wrapped in ManuallyDrop, so it never closes `fd`;
    // an fd that is not open makes the read/write fail with EBADF.
    let mut file = ManuallyDrop::new(unsafe { File::from_raw_fd(fd) });
    f(&mut file)
}

fn open(path: &str, flags: i32, mode: u32) -> std::io::Result<RawFd> {
    let mut opts = OpenOptions::new();
    match flags & libc::O_ACCMODE {
        libc::O_WRONLY => opts.write(true),
        libc::O_RDWR => opts.read(true).write(true),
        _ => opts.read(true),
    };
    // O_CREAT, O_TRUNC, O_APPEND, O_EXCL... are passed to open(2) as given.
    opts.custom_flags(flags & !libc::O_ACCMODE).mode(mode);
    if flags & libc::O_CREAT != 0 {
        // std refuses O_CREAT without create(); with it, std adds O_CREAT itself.
        opts.create(true);
    }
    if flags & libc::O_TRUNC != 0 {
        opts.truncate(true);
    }
    if flags & libc::O_APPEND != 0 {
        opts.append(true);
    }
    Ok(opts.open(path)?.into_raw_fd())
}

/// CPython's OSError message: `[Errno 2] No such file or directory: 'path'`,
/// with the subclass CPython picks for common errnos.
fn os_error(e: std::io::Error, path: Option<&str>) -> RtError {
    let errno = e.raw_os_error().unwrap_or(0);
    let text = e.to_string();
    let strerror = text.split(" (os error").next().unwrap_or(&text);
    let class = match errno {
        libc::ENOENT => "FileNotFoundError",
        libc::EEXIST => "FileExistsError",
        libc::EACCES | libc::EPERM => "PermissionError",
        libc::EISDIR => "IsADirectoryError",
        libc::ENOTDIR => "NotADirectoryError",
        _ => "OSError",
    };
    let message = match path {
        Some(p) => format!(
            "[Errno {errno}] {strerror}: {}",
            crate::interp::rt::str_repr(p)
        ),
        None => format!("[Errno {errno}] {strerror}"),
    };
    RtError::new(class, message)
}

pub fn time_time() -> Value {
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs_f64());
    Value::Float(now.unwrap_or(0.0))
}
