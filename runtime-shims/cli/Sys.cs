// Standard output (buffered: Console.Out flushes at every write), os.write /
// read / open / close, time.time(), and the fatal-error exit.
using System;
using System.Collections.Generic;
using System.IO;
using System.Text;

namespace RPython.Runtime
{
    public static class Sys
    {
        static readonly Stream stdout = Console.OpenStandardOutput();
        static readonly byte[] buffer = new byte[1 << 16];
        static int used;
        static readonly UTF8Encoding utf8 = new UTF8Encoding(false);

        public static void WriteStdout(string s)
        {
            int max = utf8.GetMaxByteCount(s.Length);
            if (used + max > buffer.Length)
            {
                Flush();
                if (max > buffer.Length)
                {
                    byte[] big = utf8.GetBytes(s);
                    stdout.Write(big, 0, big.Length);
                    return;
                }
            }
            used += utf8.GetBytes(s, 0, s.Length, buffer, used);
        }

        public static void Flush()
        {
            if (used > 0)
            {
                stdout.Write(buffer, 0, used);
                used = 0;
            }
            stdout.Flush();
        }

        /// Flushes stdout, prints `Fatal RPython error: cls: message` on
        /// stderr; the caller returns status 1.
        public static void Fatal(string cls, string message)
        {
            try { Flush(); } catch (IOException) { }
            string line = message.Length == 0 ? "Fatal RPython error: " + cls + "\n"
                                              : "Fatal RPython error: " + cls + ": " + message + "\n";
            byte[] b = utf8.GetBytes(line);
            Stream err = Console.OpenStandardError();
            err.Write(b, 0, b.Length);
            err.Flush();
        }

        /// Stack of the thread that runs the program: 128 MB, as an
        /// interpreter's dispatch loop has large frames (the translated Python
        /// interpreter needs about 10 MB per 1000 levels of Python recursion,
        /// and a program may raise its recursion limit to a few thousand).
        /// Not more: mono unwinds a stack overflow frame by frame, so the
        /// time to report infinite recursion grows with it (about 1 s per
        /// 32 MB).
        const int StackSize = 1 << 27;

        /// Runs `main(argv)` on a thread with a large stack; an exception it
        /// raises is raised again here.
        public static long RunOnBigStack(Func<RList<string>, long> main, RList<string> argv)
        {
            long result = 0;
            Exception error = null;
            var thread = new System.Threading.Thread(() =>
            {
                try
                {
                    result = main(argv);
                }
                catch (Exception e)
                {
                    error = Errors.Wrap(e);
                }
            }, StackSize);
            thread.Start();
            thread.Join();
            if (error != null) throw error;
            return result;
        }

        static readonly Dictionary<long, FileStream> files = new Dictionary<long, FileStream>();
        static long nextFd = 3;

        static Exception BadFd() { return Errors.Raise("OSError", "[Errno 9] Bad file descriptor"); }

        public static long OsWrite(long fd, byte[] data)
        {
            if (fd == 1)
            {
                Flush();
                stdout.Write(data, 0, data.Length);
                stdout.Flush();
            }
            else if (fd == 2)
            {
                Flush();
                Stream err = Console.OpenStandardError();
                err.Write(data, 0, data.Length);
                err.Flush();
            }
            else
            {
                FileStream f;
                if (!files.TryGetValue(fd, out f)) throw BadFd();
                f.Write(data, 0, data.Length);
                f.Flush();
            }
            return data.Length;
        }

        public static byte[] OsRead(long fd, long n)
        {
            byte[] buf = new byte[(int)Math.Max(0, Math.Min(n, 1 << 24))];
            int got;
            if (fd == 0)
            {
                got = Console.OpenStandardInput().Read(buf, 0, buf.Length);
            }
            else
            {
                FileStream f;
                if (!files.TryGetValue(fd, out f)) throw BadFd();
                got = f.Read(buf, 0, buf.Length);
            }
            byte[] r = new byte[Math.Max(got, 0)];
            Array.Copy(buf, r, r.Length);
            return r;
        }

        /// os.open with the Linux flag values (O_WRONLY 1, O_RDWR 2, O_CREAT 64, O_TRUNC 512, O_APPEND 1024).
        public static long OsOpen(string path, long flags, long mode)
        {
            bool write = (flags & 3) != 0;
            if ((flags & 64) == 0 && !File.Exists(path))
            {
                throw Errors.Raise("FileNotFoundError", "[Errno 2] No such file or directory: " + Text.Repr(path));
            }
            FileStream f;
            try
            {
                f = new FileStream(path, write ? FileMode.OpenOrCreate : FileMode.Open,
                                   write ? FileAccess.ReadWrite : FileAccess.Read);
            }
            catch (Exception)
            {
                throw Errors.Raise("OSError", "[Errno 13] Permission denied: " + Text.Repr(path));
            }
            if ((flags & 512) != 0) f.SetLength(0);
            if ((flags & 1024) != 0) f.Seek(0, SeekOrigin.End);
            long fd = nextFd++;
            files[fd] = f;
            return fd;
        }

        public static void OsClose(long fd)
        {
            FileStream f;
            if (!files.TryGetValue(fd, out f)) throw BadFd();
            files.Remove(fd);
            f.Close();
        }

        public static double Time()
        {
            return (DateTime.UtcNow - new DateTime(1970, 1, 1, 0, 0, 0, DateTimeKind.Utc)).Ticks / 1e7;
        }
    }
}
