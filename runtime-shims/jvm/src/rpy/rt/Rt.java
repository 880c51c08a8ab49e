package rpy.rt;

import java.lang.invoke.MethodHandle;

/**
 * Program start-up and the bridge from the runtime to the program's
 * exception classes: the runtime is compiled before any program exists, so
 * the generated main class hands it a table of constructor handles, one per
 * built-in exception class of the program, looked up by name.
 */
public final class Rt {
    private Rt() {}

    /** Built-in exception name -> constructor handle (String message) -> RPyException. */
    private static final java.util.HashMap<String, MethodHandle> EXCEPTIONS = new java.util.HashMap<>();

    /**
     * An instance of the program's built-in exception class `name` with
     * str(e) == message; when the program does not define that class, of its
     * nearest base class the program defines (as the graph interpreter does).
     */
    public static RPyException exc(String name, String message) {
        for (String n = name; n != null; n = baseOf(n)) {
            MethodHandle ctor = EXCEPTIONS.get(n);
            if (ctor != null) {
                try {
                    return (RPyException) ctor.invokeExact(message);
                } catch (Throwable t) {
                    throw new Error(t);
                }
            }
        }
        return new HostException(name, message);
    }

    /** CPython's base class of a built-in exception (null above BaseException). */
    private static String baseOf(String name) {
        switch (name) {
            case "FileNotFoundError":
            case "FileExistsError":
            case "PermissionError":
            case "IsADirectoryError":
            case "NotADirectoryError":
                return "OSError";
            case "RecursionError":
            case "NotImplementedError":
                return "RuntimeError";
            case "ZeroDivisionError":
            case "OverflowError":
                return "ArithmeticError";
            case "IndexError":
            case "KeyError":
                return "LookupError";
            case "UnicodeDecodeError":
            case "UnicodeEncodeError":
                return "ValueError";
            case "BaseException":
                return null;
            case "Exception":
                return "BaseException";
            default:
                return "Exception";
        }
    }

    public static RPyException valueError(String message) {
        return exc("ValueError", message);
    }

    public static RPyException indexError(String message) {
        return exc("IndexError", message);
    }

    public static RPyException zeroDivision(String message) {
        return exc("ZeroDivisionError", message);
    }

    public static RPyException overflow(String message) {
        return exc("OverflowError", message);
    }

    public static RPyException keyError(Object key) {
        return exc("KeyError", Repr.repr(key));
    }

    /**
     * Runs entry(argv) on a thread with a large stack (deep recursion is legal
     * RPython), then exits with its status. An uncaught RPython exception or a
     * stack overflow is a fatal error with status 1, as in every backend.
     * entry: (ListO)J; constructors[i]: (String message)RPyException, an
     * instance of the program's built-in exception class names[i].
     */
    public static void main(String[] args, String program, MethodHandle entry, String[] names,
            MethodHandle[] constructors) {
        for (int i = 0; i < names.length; i++) {
            EXCEPTIONS.put(names[i], constructors[i]);
        }
        Program p = new Program(args, program, entry);
        // A named Runnable, not a lambda: no invokedynamic bootstrap at start-up.
        Thread t = new Thread(null, p, "main", 256L << 20);
        t.start();
        try {
            t.join();
        } catch (InterruptedException e) {
            p.status = 1;
        }
        Sys.flush();
        System.exit(p.status);
    }

    private static final class Program implements Runnable {
        private final String[] args;
        private final String program;
        private final MethodHandle entry;
        int status = 1;

        Program(String[] args, String program, MethodHandle entry) {
            this.args = args;
            this.program = program;
            this.entry = entry;
        }

        public void run() {
            status = Rt.run(args, program, entry);
        }
    }

    private static int run(String[] args, String program, MethodHandle entry) {
        ListO argv = new ListO(args.length + 1);
        argv.append(program);
        for (String a : args) {
            argv.append(a);
        }
        try {
            long r = (long) entry.invokeExact(argv);
            return (int) r;
        } catch (RPyException e) {
            fatal(e.rpyName(), e.rpyMessage());
        } catch (StackOverflowError e) {
            fatal("RecursionError", "maximum recursion depth exceeded");
        } catch (OutOfMemoryError e) {
            fatal("MemoryError", "");
        } catch (Throwable e) {
            Sys.flush();
            System.err.println("Fatal internal error in the JVM runtime:");
            e.printStackTrace();
        }
        return 1;
    }

    /** The fatal-error line, in UTF-8 whatever the platform's default charset. */
    private static void fatal(String name, String message) {
        Sys.flush();
        String line = (message == null || message.isEmpty())
                ? "Fatal RPython error: " + name + "\n"
                : "Fatal RPython error: " + name + ": " + message + "\n";
        byte[] bytes = line.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        System.err.write(bytes, 0, bytes.length);
        System.err.flush();
    }
}
