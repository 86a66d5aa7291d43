package io.tlaplex.coordinator.cluster;

/** TEMPORARY start-up measurement; to be removed. */
public final class StartTrace {
    private static final boolean ON = System.getenv("TLAPLEX_TRACE_STARTUP") != null;

    private StartTrace() {
    }

    public static void mark(String what) {
        if (ON) {
            System.err.println("TRACE " + System.currentTimeMillis() + " " + ProcessHandle.current().pid() + " "
                    + what + " (jvm start " + java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime() + ")");
        }
    }
}
