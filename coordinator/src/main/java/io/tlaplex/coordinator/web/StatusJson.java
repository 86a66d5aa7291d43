package io.tlaplex.coordinator.web;

import io.tlaplex.coordinator.web.StatusSnapshot.NodeView;
import io.tlaplex.coordinator.web.TimeSeries.Samples;

/** Renders a snapshot as the {@code /status.json} document the page polls; the shape is in docs/status-page.md. */
final class StatusJson {
    private final StringBuilder out = new StringBuilder(4096);

    private StatusJson() {
    }

    static String render(StatusSnapshot s) {
        return new StatusJson().document(s);
    }

    private String document(StatusSnapshot s) {
        out.append('{');
        stringField("spec", s.spec());
        stringField("phase", s.phase().label());
        field("over").append(s.phase().isOver()).append(',');
        stringField("verdict", s.verdict());
        field("startMs").append(s.times().startMs()).append(',');
        field("nowMs").append(s.times().nowMs()).append(',');
        field("elapsedMs").append(s.times().elapsedMs()).append(',');
        field("etaMs").append(s.times().etaMs()).append(',');
        field("depth").append(s.figures().depth()).append(',');
        field("generated").append(s.figures().generated()).append(',');
        field("distinct").append(s.figures().distinct()).append(',');
        field("queued").append(s.figures().queued()).append(',');
        field("generatedPerSecond");
        number(s.figures().generatedPerSecond());
        out.append(',');
        checkpoint(s.checkpoint());
        out.append(',');
        nodes(s);
        out.append(',');
        field("series").append('{');
        series("distinct", s.plots().distinct());
        out.append(',');
        series("generatedPerSecond", s.plots().generatedPerSecond());
        out.append(',');
        series("queued", s.plots().queued());
        out.append(',');
        series("checkpointPauseMs", s.plots().checkpointPauseMs());
        out.append("}}");
        return out.toString();
    }

    private void checkpoint(StatusSnapshot.Checkpoint c) {
        field("checkpoint");
        if (c.count() == 0) {
            out.append("null");
            return;
        }
        out.append('{');
        field("count").append(c.count()).append(',');
        field("epoch").append(c.epoch()).append(',');
        field("atMs").append(c.atMs()).append(',');
        field("pauseMs");
        number(c.pauseNanos() / 1e6);
        out.append('}');
    }

    private void nodes(StatusSnapshot s) {
        field("nodes").append('[');
        for (int i = 0; i < s.nodes().size(); i++) {
            NodeView node = s.nodes().get(i);
            NodeStatus n = node.status();
            out.append(i == 0 ? "{" : ",{");
            field("id").append(n.id()).append(',');
            stringField("host", n.host());
            field("alive").append(n.alive()).append(',');
            field("statesPerSecond");
            number(node.statesPerSecond());
            out.append(',');
            field("generated").append(n.generated()).append(',');
            field("queued").append(n.queued()).append(',');
            field("fingerprintFill");
            number(n.fingerprintFill());
            out.append(',');
            field("bytesIn").append(n.bytesIn()).append(',');
            field("bytesOut").append(n.bytesOut()).append(',');
            field("lastSeenMs").append(node.lastSeenMs()).append('}');
        }
        out.append(']');
    }

    private void series(String name, Samples samples) {
        field(name).append('[');
        for (int i = 0; i < samples.size(); i++) {
            out.append(i == 0 ? "[" : ",[").append(samples.timesMs()[i]).append(',');
            number(samples.values()[i]);
            out.append(']');
        }
        out.append(']');
    }

    private StringBuilder field(String name) {
        string(name);
        return out.append(':');
    }

    private void stringField(String name, String value) {
        field(name);
        string(value);
        out.append(',');
    }

    private void string(String text) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    // Also escapes '<' so that the document can never close a script element it is pasted into.
                    if (c < 0x20 || c == '<' || c == '\u2028' || c == '\u2029') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    /** JSON has no NaN or infinities; a rate that is not a number yet is 0. */
    private void number(double value) {
        if (!Double.isFinite(value)) {
            out.append('0');
        } else if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            out.append((long) value);
        } else {
            out.append(value);
        }
    }
}
