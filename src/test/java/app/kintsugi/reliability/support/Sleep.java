package app.kintsugi.reliability.support;

/** Thread.sleep without the checked exception; an interrupt is kept and ends the wait. */
public final class Sleep {

    private Sleep() {
    }

    public static void millis(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
