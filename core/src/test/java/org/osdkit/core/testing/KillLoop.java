package org.osdkit.core.testing;

import java.time.Duration;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.BooleanSupplier;

/**
 * The rounds of a kill -9 loop: a seeded random source (the seed is in every {@link #where} text, so a
 * failure can be replayed), the kill of a {@link ChildJvm} at a random moment, and a tally of where the
 * kills landed for the test report. What a round checks after its kill is the test's own.
 */
public final class KillLoop {

    private final String name;
    private final int rounds;
    private final long seed;
    private final Random random;
    private final Map<String, Integer> tally = new TreeMap<>();
    private int killed;

    private KillLoop(String name, int rounds, long seed) {
        this.name = name;
        this.rounds = rounds;
        this.seed = seed;
        this.random = new Random(seed);
    }

    /** {@code rounds} rounds with a fresh seed. */
    public static KillLoop of(String name, int rounds) {
        return new KillLoop(name, rounds, System.nanoTime());
    }

    public int rounds() {
        return rounds;
    }

    public long seed() {
        return seed;
    }

    public Random random() {
        return random;
    }

    /** "round N (seed S)": the context of every assertion message of a round. */
    public String where(int round) {
        return "round " + round + " of " + rounds + " (seed " + seed + ")";
    }

    /** True one time in {@code n}: e.g. a kill at any moment instead of in the window a round aims at. */
    public boolean oneIn(int n) {
        return random.nextInt(n) == 0;
    }

    /**
     * Waits until {@code ready} holds (or the child ended, or {@code timeout} passed), then 0 to
     * {@code extraMillis} more (random), then kills the child if it still runs.
     *
     * @return true when the child was killed, false when it had ended by itself
     */
    public boolean killWhen(ChildJvm child, BooleanSupplier ready, Duration timeout, int extraMillis) throws InterruptedException {
        child.await(ready, timeout);
        if (extraMillis > 0) {
            Thread.sleep(random.nextInt(extraMillis));
        }
        return killIfAlive(child);
    }

    /** Kills the child 0 to {@code maxMillis} (random) from now, if it still runs then; true when it was killed. */
    public boolean killWithin(ChildJvm child, int maxMillis) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMillis(random.nextInt(Math.max(1, maxMillis))).toNanos();
        child.await(() -> System.nanoTime() >= deadline, Duration.ofMillis(maxMillis + 1000L));
        return killIfAlive(child);
    }

    /**
     * A window for kills aimed from one point of a run (a line the child printed) that learns how long the
     * rest of the run lasts: starting from {@code firstMillis}, each time the child ends by itself before
     * the moment drawn, the window shrinks to four fifths of what that run lasted from the same point. A
     * fixed window drawn for a slow machine misses most runs on a fast one, and a kill after the child
     * ended tests nothing.
     */
    public Window window(int firstMillis) {
        return new Window(firstMillis);
    }

    /** See {@link #window}. */
    public final class Window {
        private int millis;

        private Window(int millis) {
            this.millis = Math.max(1, millis);
        }

        /** Kills the child at a random moment of the window from now, if it still runs; true when it was killed. */
        public boolean kill(ChildJvm child) throws InterruptedException {
            long from = System.nanoTime();
            long deadline = from + Duration.ofMillis(random.nextInt(millis)).toNanos();
            child.await(() -> System.nanoTime() >= deadline, Duration.ofMillis(millis + 1000L));
            if (!child.alive()) {
                long lasted = Duration.ofNanos(System.nanoTime() - from).toMillis();
                millis = (int) Math.max(10, Math.min(millis, lasted * 4 / 5));
                return false;
            }
            return killIfAlive(child);
        }

        /** Waits until {@code ready} holds (or the child ended, or {@code timeout} passed), then kills as {@link #kill}. */
        public boolean killWhen(ChildJvm child, BooleanSupplier ready, Duration timeout) throws InterruptedException {
            child.await(ready, timeout);
            return kill(child);
        }

        /** The window now, in milliseconds. */
        public int millis() {
            return millis;
        }
    }

    private boolean killIfAlive(ChildJvm child) throws InterruptedException {
        if (!child.alive()) {
            return false;
        }
        child.kill();
        killed++;
        return true;
    }

    /** Counts a round's outcome for the report. */
    public void tally(String outcome) {
        tally.merge(outcome, 1, Integer::sum);
    }

    /** Kills that hit a running child. */
    public int killed() {
        return killed;
    }

    public Map<String, Integer> tallied() {
        return Map.copyOf(tally);
    }

    /** One line for the test report: where the kills landed. */
    public String summary() {
        return name + ": " + rounds + " rounds, " + killed + " killed while running, " + tally + " (seed " + seed + ")";
    }
}
