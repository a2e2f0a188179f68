package id.pandudesa.platform.replika;

import java.util.concurrent.Callable;
import java.util.function.Supplier;

/**
 * Whether the current thread's reads may go to the read replica. Set for a request by
 * {@link BacaReplika} on its endpoint, or for a piece of work by {@link #baca(Supplier)}.
 */
public final class Replika {

    private static final ThreadLocal<Boolean> BOLEH = new ThreadLocal<>();

    private Replika() {}

    /** Runs {@code work} with its reads allowed on the replica; the previous setting comes back after. */
    public static <T> T baca(Supplier<T> work) {
        Boolean before = BOLEH.get();
        BOLEH.set(Boolean.TRUE);
        try {
            return work.get();
        } finally {
            if (before == null) {
                BOLEH.remove();
            } else {
                BOLEH.set(before);
            }
        }
    }

    /**
     * The task with the current thread's setting, for work handed to another thread (a pool that
     * runs a dashboard's module queries side by side).
     */
    public static <T> Callable<T> ikut(Callable<T> task) {
        if (!boleh()) {
            return task;
        }
        return () -> {
            Boolean before = BOLEH.get();
            BOLEH.set(Boolean.TRUE);
            try {
                return task.call();
            } finally {
                if (before == null) {
                    BOLEH.remove();
                } else {
                    BOLEH.set(before);
                }
            }
        };
    }

    /** True while the current thread's reads may use the replica. */
    public static boolean boleh() {
        return Boolean.TRUE.equals(BOLEH.get());
    }

    static void mulai() {
        BOLEH.set(Boolean.TRUE);
    }

    static void selesai() {
        BOLEH.remove();
    }
}
