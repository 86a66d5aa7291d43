package io.tlaplex.coordinator.report;

import java.io.PrintStream;

/**
 * TLC's {@code -tool} framing: each message between {@code @!@!@STARTMSG code:class @!@!@} and
 * {@code @!@!@ENDMSG code @!@!@}, with TLC's message codes and classes, so that editors that drive TLC (the
 * Toolbox, the VS Code extension) read tlaplex's output. Called from the thread that reports the run.
 */
public final class ToolMessages {
    /** Message classes: plain information, an error, a warning, a state of a trace. */
    public static final int INFO = 0;
    public static final int ERROR = 1;
    public static final int WARNING = 3;
    public static final int STATE_CLASS = 4;

    public static final int GENERAL = 1000;
    public static final int ASSUMPTION_FALSE = 2104;
    public static final int INVARIANT_VIOLATED_INITIAL = 2107;
    public static final int INITIAL_PROPERTY_VIOLATED = 2108;
    public static final int INVARIANT_VIOLATED = 2110;
    public static final int ACTION_PROPERTY_VIOLATED = 2112;
    public static final int DEADLOCK = 2114;
    public static final int TEMPORAL_VIOLATED = 2116;
    public static final int BEHAVIOR_UP_TO_THIS_POINT = 2121;
    public static final int BACK_TO_STATE = 2122;
    public static final int STARTING = 2185;
    public static final int FINISHED = 2186;
    public static final int MODE_MC = 2187;
    public static final int MODE_SIMULATION = 2188;
    public static final int COMPUTING_INIT = 2189;
    public static final int INIT_GENERATED = 2190;
    public static final int CHECKING_TEMPORAL = 2192;
    public static final int SUCCESS = 2193;
    public static final int SEARCH_DEPTH = 2194;
    public static final int STATS = 2199;
    public static final int PROGRESS = 2200;
    public static final int COVERAGE_START = 2201;
    public static final int COVERAGE_END = 2202;
    public static final int PROGRESS_SIMULATION = 2209;
    public static final int STATS_SIMULATION = 2210;
    public static final int LIVE_IMPLIED = 2212;
    public static final int STATE = 2217;
    public static final int STATE_STUTTERING = 2218;
    public static final int SANY_END = 2219;
    public static final int SANY_START = 2220;
    public static final int VERSION = 2262;
    public static final int COUNTER_EXAMPLE = 2264;
    public static final int CHECKING_TEMPORAL_END = 2267;
    public static final int COVERAGE_NEXT = 2772;

    private final PrintStream out;

    ToolMessages(PrintStream out) {
        this.out = out;
    }

    void message(int code, int messageClass, String text) {
        out.println("@!@!@STARTMSG " + code + ":" + messageClass + " @!@!@");
        out.println(text);
        out.println("@!@!@ENDMSG " + code + " @!@!@");
    }
}
