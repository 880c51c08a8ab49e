// Raising the program's own exceptions from the runtime. The built-in
// exception classes (IndexError, KeyError, ...) are classes of the translated
// assembly, which this library cannot name; the assembly installs a factory
// (`Errors.Make`) before running anything, and the runtime throws what it makes.
using System;

namespace RPython.Runtime
{
    public static class Errors
    {
        /// (class name, message) -> an instance of the program's built-in class.
        public static Func<string, string, Exception> Make;

        public static Exception Raise(string cls, string message)
        {
            if (Make != null)
            {
                // The program knows only the built-in classes it uses: the
                // nearest one above `cls` stands for it (FileNotFoundError
                // is an OSError), as on the other backends.
                for (string n = cls; n != null; n = BaseOf(n))
                {
                    Exception e = Make(n, message);
                    if (e != null) return e;
                }
            }
            return new InvalidOperationException(cls + ": " + message);
        }

        /// CPython's base class of a built-in exception (null above BaseException).
        static string BaseOf(string name)
        {
            switch (name)
            {
                case "BaseException": return null;
                case "Exception": case "SystemExit": case "KeyboardInterrupt": return "BaseException";
                case "FileNotFoundError": case "FileExistsError": case "PermissionError":
                case "IsADirectoryError": case "NotADirectoryError": return "OSError";
                case "RecursionError": case "NotImplementedError": return "RuntimeError";
                case "ZeroDivisionError": case "OverflowError": return "ArithmeticError";
                case "IndexError": case "KeyError": return "LookupError";
                case "UnicodeDecodeError": case "UnicodeEncodeError": return "UnicodeError";
                case "UnicodeError": return "ValueError";
                default: return "Exception";
            }
        }

        /// The RPython view of any exception caught: the program's own are
        /// themselves; the host's become the built-in exception Python would
        /// raise (a stack overflow, which mono turns into a catchable
        /// StackOverflowException, is RecursionError).
        public static Exception Wrap(Exception e)
        {
            if (e.GetType().Assembly != typeof(object).Assembly) return e;
            if (e is StackOverflowException || e is InsufficientExecutionStackException)
                return Raise("RecursionError", "maximum recursion depth exceeded");
            if (e is OutOfMemoryException) return Raise("MemoryError", "");
            return Raise("SystemError", e.GetType().Name + ": " + e.Message);
        }

        public static Exception Index(string m) { return Raise("IndexError", m); }
        public static Exception Value(string m) { return Raise("ValueError", m); }
        public static Exception Overflow(string m) { return Raise("OverflowError", m); }
        public static Exception ZeroDivision(string m) { return Raise("ZeroDivisionError", m); }
        public static Exception Key(string m) { return Raise("KeyError", m); }
    }
}
