package rpy.rt;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** Standard output, os.write/read/open/close and time.time(). */
public final class Sys {
    private Sys() {}

    private static final OutputStream STDOUT = new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16);

    public static void writeStdout(String s) {
        try {
            STDOUT.write(s.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw Rt.exc("OSError", e.getMessage());
        }
    }

    public static void flush() {
        try {
            STDOUT.flush();
        } catch (IOException e) {
            // Nothing sensible is left to do at exit.
        }
    }

    private static final java.util.HashMap<Long, java.io.RandomAccessFile> FILES = new java.util.HashMap<>();
    private static long nextFd = 3;

    public static long osWrite(long fd, byte[] data) {
        try {
            if (fd == 1) {
                flush();
                FileOutputStream out = new FileOutputStream(FileDescriptor.out);
                out.write(data);
                out.flush();
            } else if (fd == 2) {
                flush();
                System.err.write(data);
                System.err.flush();
            } else {
                java.io.RandomAccessFile f = FILES.get(fd);
                if (f == null) {
                    throw Rt.exc("OSError", "[Errno 9] Bad file descriptor");
                }
                f.write(data);
            }
            return data.length;
        } catch (IOException e) {
            throw Rt.exc("OSError", String.valueOf(e.getMessage()));
        }
    }

    public static byte[] osRead(long fd, long n) {
        try {
            byte[] buf = new byte[(int) Math.max(0, Math.min(n, 1 << 24))];
            int got;
            if (fd == 0) {
                got = System.in.read(buf);
            } else {
                java.io.RandomAccessFile f = FILES.get(fd);
                if (f == null) {
                    throw Rt.exc("OSError", "[Errno 9] Bad file descriptor");
                }
                got = f.read(buf);
            }
            return java.util.Arrays.copyOf(buf, Math.max(got, 0));
        } catch (IOException e) {
            throw Rt.exc("OSError", String.valueOf(e.getMessage()));
        }
    }

    /** os.open with the Linux flag values of the os module (O_WRONLY 1, O_RDWR 2, O_CREAT 64, O_TRUNC 512, O_APPEND 1024). */
    public static long osOpen(String path, long flags, long mode) {
        java.io.File file = new java.io.File(path);
        boolean write = (flags & 3) != 0;
        if ((flags & 64) == 0 && !file.exists()) {
            throw Rt.exc("FileNotFoundError", "[Errno 2] No such file or directory: " + Text.repr(path));
        }
        try {
            java.io.RandomAccessFile f = new java.io.RandomAccessFile(file, write ? "rw" : "r");
            if ((flags & 512) != 0) {
                f.setLength(0);
            }
            if ((flags & 1024) != 0) {
                f.seek(f.length());
            }
            long fd = nextFd++;
            FILES.put(fd, f);
            return fd;
        } catch (IOException e) {
            throw Rt.exc("OSError", "[Errno 13] Permission denied: " + Text.repr(path));
        }
    }

    public static void osClose(long fd) {
        java.io.RandomAccessFile f = FILES.remove(fd);
        if (f == null) {
            throw Rt.exc("OSError", "[Errno 9] Bad file descriptor");
        }
        try {
            f.close();
        } catch (IOException e) {
            throw Rt.exc("OSError", String.valueOf(e.getMessage()));
        }
    }

    /** time.time(): seconds since the epoch, to the microsecond as CPython's. */
    public static double time() {
        java.time.Instant now = java.time.Instant.now();
        return now.getEpochSecond() + now.getNano() / 1e9;
    }
}
