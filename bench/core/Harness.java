// Smoke check of the benchmark runner itself: times one trivial baseline and one measured task in the
// same run and prints their ratio, the shape every benchmark under bench/ follows.
import java.time.Duration;
import org.osdkit.core.OsdkitVersion;

public class Harness {
    public static void main(String[] args) {
        long baseline = time(() -> sum(50_000_000));
        long measured = time(() -> sum(50_000_000));
        System.out.printf("osdkit %s harness: baseline %d ms, measured %d ms, ratio %.2f%n",
                OsdkitVersion.current(), baseline / 1_000_000, measured / 1_000_000, (double) baseline / measured);
    }

    static long sum(int n) {
        long s = 0;
        for (int i = 0; i < n; i++) {
            s += i ^ (s >>> 3);
        }
        return s;
    }

    static long time(Runnable task) {
        task.run(); // warm-up
        long start = System.nanoTime();
        task.run();
        return System.nanoTime() - start;
    }
}
