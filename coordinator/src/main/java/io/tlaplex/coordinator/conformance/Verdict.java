package io.tlaplex.coordinator.conformance;

/** The comparison of one model's run with TLC's answers. */
public record Verdict(Status status, String id, String detail, double seconds) {

    public enum Status { PASSED, FAILED, SKIPPED }

    /** One line of the conformance report. */
    public String line() {
        String word = switch (status) {
            case PASSED -> "PASS";
            case FAILED -> "FAIL";
            case SKIPPED -> "SKIP";
        };
        return String.format(java.util.Locale.ROOT, "%s %s (%.1fs): %s", word, id, seconds, detail);
    }
}
