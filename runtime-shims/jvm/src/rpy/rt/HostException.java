package rpy.rt;

/**
 * An exception the runtime raises whose built-in class the program does not
 * define (the program never catches it, so only its name and message matter).
 */
final class HostException extends RPyException {
    private final String name;
    private final String message;

    HostException(String name, String message) {
        this.name = name;
        this.message = message;
    }

    public String rpyName() {
        return name;
    }

    public String rpyMessage() {
        return message;
    }
}
