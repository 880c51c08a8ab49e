package rpy.rt;

/**
 * Base class of every RPython exception class (the generated BaseException
 * extends it). RPython exceptions are control flow, so they never fill in a
 * stack trace and are cheap to create.
 */
public abstract class RPyException extends RuntimeException {
    protected RPyException() {
        super(null, null, false, false);
    }

    /** The class name as Python shows it (ValueError, MyError). */
    public abstract String rpyName();

    /** What str(e) prints. */
    public abstract String rpyMessage();
}
