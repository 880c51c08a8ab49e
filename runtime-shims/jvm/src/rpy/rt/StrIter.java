package rpy.rt;

/** Iterates over the characters (code points) of a str, yielding 1-character strs. */
public final class StrIter {
    private final String s;
    private int i;

    public StrIter(String s) {
        this.s = s;
    }

    public boolean hasNext() {
        return i < s.length();
    }

    public String next() {
        if (i >= s.length()) {
            throw Rt.exc("StopIteration", "");
        }
        int c = s.codePointAt(i);
        int n = Character.charCount(c);
        String r = s.substring(i, i + n);
        i += n;
        return r;
    }
}
