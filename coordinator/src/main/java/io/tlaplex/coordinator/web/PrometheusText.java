package io.tlaplex.coordinator.web;

import io.tlaplex.coordinator.web.StatusSnapshot.NodeView;
import java.util.function.ToDoubleFunction;

/**
 * Renders a snapshot in the Prometheus text exposition format 0.0.4 for {@code /metrics}: run-wide figures, then the
 * same figures per node with {@code node} and {@code host} labels. The names are listed in docs/status-page.md.
 */
final class PrometheusText {
    static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

    private final StringBuilder out = new StringBuilder(4096);

    private PrometheusText() {
    }

    static String render(StatusSnapshot s) {
        return new PrometheusText().document(s);
    }

    private String document(StatusSnapshot s) {
        header("tlaplex_run_info", "gauge", "Always 1; the spec being checked is the spec label.");
        sample("tlaplex_run_info", "spec=\"" + label(s.spec()) + "\"", 1);
        header("tlaplex_run_phase", "gauge", "1 for the phase the run is in, 0 for the others.");
        for (RunPhase phase : RunPhase.values()) {
            sample("tlaplex_run_phase", "phase=\"" + phase.label() + "\"", phase == s.phase() ? 1 : 0);
        }
        gauge("tlaplex_run_elapsed_seconds", "Seconds since the run started (until it ended).",
                s.times().elapsedMs() / 1e3);
        if (s.times().etaMs() >= 0) {
            gauge("tlaplex_run_eta_seconds", "Estimated seconds left; absent when there is no estimate.",
                    s.times().etaMs() / 1e3);
        }
        gauge("tlaplex_search_depth", "Depth of the breadth-first search so far.", s.figures().depth());
        counter("tlaplex_states_generated_total", "States generated, all nodes.", s.figures().generated());
        gauge("tlaplex_states_distinct", "Distinct states found, all nodes.", s.figures().distinct());
        gauge("tlaplex_states_queued", "States left on the queues, all nodes.", s.figures().queued());
        gauge("tlaplex_states_generated_per_second", "States generated per second over the last sample interval.",
                s.figures().generatedPerSecond());
        checkpoint(s.checkpoint());
        nodes(s);
        return out.toString();
    }

    private void checkpoint(StatusSnapshot.Checkpoint c) {
        counter("tlaplex_checkpoints_total", "Checkpoints committed.", c.count());
        if (c.count() == 0) {
            return;
        }
        gauge("tlaplex_checkpoint_epoch", "Epoch of the last checkpoint.", c.epoch());
        gauge("tlaplex_checkpoint_last_pause_seconds", "How long the workers stood still for the last checkpoint.",
                c.pauseNanos() / 1e9);
        gauge("tlaplex_checkpoint_last_timestamp_seconds", "Unix time of the last checkpoint.", c.atMs() / 1e3);
    }

    private void nodes(StatusSnapshot s) {
        if (s.nodes().isEmpty()) {
            return;
        }
        perNode(s, "tlaplex_node_up", "gauge", "1 while the node is alive, else 0.", n -> n.status().alive() ? 1 : 0);
        perNode(s, "tlaplex_node_states_generated_total", "counter", "States the node generated.",
                n -> n.status().generated());
        perNode(s, "tlaplex_node_states_per_second", "gauge", "States the node generated per second, recently.",
                NodeView::statesPerSecond);
        perNode(s, "tlaplex_node_queue_states", "gauge", "States on the node's queue.", n -> n.status().queued());
        perNode(s, "tlaplex_node_fingerprint_fill_ratio", "gauge", "Used fraction of the node's fingerprint shard.",
                n -> n.status().fingerprintFill());
        perNode(s, "tlaplex_node_received_bytes_total", "counter", "Bytes the node received from its peers.",
                n -> n.status().bytesIn());
        perNode(s, "tlaplex_node_sent_bytes_total", "counter", "Bytes the node sent to its peers.",
                n -> n.status().bytesOut());
        perNode(s, "tlaplex_node_last_report_timestamp_seconds", "gauge", "Unix time of the node's last report.",
                n -> n.lastSeenMs() / 1e3);
    }

    private void perNode(StatusSnapshot s, String name, String type, String help, ToDoubleFunction<NodeView> value) {
        header(name, type, help);
        for (NodeView node : s.nodes()) {
            String labels = "node=\"" + node.status().id() + "\",host=\"" + label(node.status().host()) + "\"";
            sample(name, labels, value.applyAsDouble(node));
        }
    }

    private void gauge(String name, String help, double value) {
        header(name, "gauge", help);
        sample(name, null, value);
    }

    private void counter(String name, String help, double value) {
        header(name, "counter", help);
        sample(name, null, value);
    }

    private void header(String name, String type, String help) {
        out.append("# HELP ").append(name).append(' ').append(help).append('\n');
        out.append("# TYPE ").append(name).append(' ').append(type).append('\n');
    }

    private void sample(String name, String labels, double value) {
        out.append(name);
        if (labels != null) {
            out.append('{').append(labels).append('}');
        }
        out.append(' ').append(number(value)).append('\n');
    }

    static String number(double value) {
        if (Double.isNaN(value)) {
            return "NaN";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "+Inf" : "-Inf";
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return Double.toString(value);
    }

    /** A label value: backslash, double quote and line feed are escaped, as the format asks. */
    static String label(String value) {
        return value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }
}
