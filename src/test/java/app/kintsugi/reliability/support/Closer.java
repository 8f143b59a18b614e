package app.kintsugi.reliability.support;

/** Closes what a scenario started, in the order given, skipping what never started and going on after a failure. */
public final class Closer {

    private Closer() {
    }

    public static void close(AutoCloseable... resources) {
        for (AutoCloseable resource : resources) {
            if (resource == null) {
                continue;
            }
            try {
                resource.close();
            } catch (Exception e) {
                System.err.println("closing " + resource + ": " + e);
            }
        }
    }
}
