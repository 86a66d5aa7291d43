package io.tlaplex.coordinator.cli;

import io.tlaplex.coordinator.cluster.ClusterSpec;
import io.tlaplex.coordinator.cluster.RunHashes;
import io.tlaplex.coordinator.phase.CheckFeatures;
import io.tlaplex.coordinator.phase.CheckOptions;
import io.tlaplex.coordinator.phase.CheckSummary;
import io.tlaplex.coordinator.phase.CheckpointOptions;
import io.tlaplex.coordinator.phase.LocalCheck;
import io.tlaplex.coordinator.web.StatusBoard;
import io.tlaplex.coordinator.web.StatusServer;
import io.tlaplex.worker.fpset.FingerprintSetConfig;
import io.tlaplex.worker.nativeio.NodeTopology;
import io.tlaplex.worker.nativeio.ThreadPlacement;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** {@code tlaplex check Spec.tla [-config Spec.cfg] [-workers N] [-deadlock] ...}: model checking, TLC's way. */
final class CheckCommand implements Command {
    /** Flags the cluster mode does not take yet. */
    private static final List<String> NOT_WITH_NODES = List.of("-simulate", "-depth", "-continue", "-coverage",
            "-dump");
    /** How a counterexample is written and TLC's machine-readable mode: for {@code check} and {@code coordinator}. */
    static final List<OptionSpec> TRACE_OPTIONS = List.of(
            OptionSpec.withValues("-dumpTrace", 2, "FORMAT FILE", "write the counterexample to FILE as 'tla', "
                    + "'json' (TLC's formats) or 'html' (a page)"),
            OptionSpec.flag("-difftrace", "print only the variables that changed in each state of a trace"),
            OptionSpec.flag("-tool", "TLC's framed messages (@!@!@STARTMSG ...) for editors"));
    /** With a status page, the explorer reports every second (TLC's progress lines stay once a minute). */
    private static final long STATUS_PAGE_INTERVAL_NS = 1_000_000_000L;

    @Override
    public String name() {
        return "check";
    }

    @Override
    public String summary() {
        return "Spec.tla [-config Spec.cfg] [-workers N] [-deadlock]   check a spec exhaustively, breadth first";
    }

    @Override
    public List<OptionSpec> options() {
        return List.of(
                OptionSpec.withValue("-config", "FILE", "the model config (default: Spec.cfg beside the spec)"),
                OptionSpec.withValue("-workers", "N", "worker threads, or 'auto' (default): one per usable core of "
                        + "this JVM's NUMA node"),
                OptionSpec.withValue("-fpmem", "X", "share of physical memory for fingerprints, 0 < X <= 1 "
                        + "(default 0.25)"),
                OptionSpec.flag("-nopin", "do not pin worker threads to the cores of the NUMA node"),
                OptionSpec.flag("-deadlock", "do not report deadlocks (as TLC's -deadlock)"),
                OptionSpec.withValue("-seed", "N", "seed of fingerprints and of RandomElement (default 0)"),
                OptionSpec.withValue("-fp", "N", "mixed into the fingerprint seed, as TLC's polynomial index"),
                OptionSpec.flag("-cleanup", "accepted for TLC compatibility; tlaplex leaves no state files behind"),
                OptionSpec.flag("-noTE", "accepted for TLC compatibility; tlaplex writes no trace-explorer spec"),
                OptionSpec.flag("-nowarning", "accepted for TLC compatibility"),
                OptionSpec.withValue("-nodes", "N", "check with N node JVMs on this host, or 'auto': one per NUMA "
                        + "node (default: this JVM alone)"),
                OptionSpec.withValue("-bind-host", "ADDR", "with -nodes: address the cluster listens on "
                        + "(default 127.0.0.1)"),
                OptionSpec.withValue("-port", "N", "with -nodes: the coordinator's cluster port (default: any)"),
                OptionSpec.withValue("-cluster-conf", "FILE", "with -nodes: Pekko settings that override "
                        + "tlaplex's"),
                OptionSpec.withValue("-tls-keystore", "FILE", "with -nodes: TLS between the cluster members, "
                        + "with this key store (PKCS12 or JKS)"),
                OptionSpec.withValue("-tls-truststore", "FILE", "with -nodes: the certificates to accept "
                        + "(default: the key store)"),
                OptionSpec.withValue("-tls-password-file", "FILE", "with -nodes: a file holding the stores' "
                        + "password (default: $" + ClusterFlags.PASSWORD_ENV + ")"),
                OptionSpec.flag("-busyspin", "with -nodes: spin instead of backing off when idle"),
                OptionSpec.flag("-v", "with -nodes: a per-node table under each progress line"),
                OptionSpec.withValue("-checkpoint", "MIN", "write a checkpoint every MIN minutes (0: only when "
                        + "stopped by SIGTERM/SIGINT); off by default"),
                OptionSpec.withValue("-metadir", "DIR", "where checkpoints go (default: states/<time> beside the "
                        + "spec)"),
                OptionSpec.withValue("-recover", "DIR", "resume from the last good checkpoint in DIR, with any "
                        + "number of workers; with -checkpoint, go on checkpointing there"),
                OptionSpec.withValue("-http", "PORT", "serve a live status page and /metrics on PORT (0: any free "
                        + "port), on 127.0.0.1 unless -http-bind says otherwise"),
                OptionSpec.withValue("-http-bind", "ADDR", "with -http: the address to listen on (default "
                        + "127.0.0.1)"),
                TRACE_OPTIONS.get(0),
                OptionSpec.withOptionalValue("-simulate", "[num=N]", "random behaviours instead of a search; N of "
                        + "them (default: until a violation)"),
                OptionSpec.withValue("-depth", "D", "with -simulate: the most states a behaviour has (default 100)"),
                OptionSpec.flag("-continue", "keep going after an invariant violation and print every one"),
                TRACE_OPTIONS.get(1),
                OptionSpec.withValue("-maxSetSize", "N", "accepted for TLC compatibility; tlaplex has no set size "
                        + "limit"),
                OptionSpec.withValue("-lncheck", "final|default", "accepted for TLC compatibility; tlaplex checks "
                        + "liveness once, at the end"),
                OptionSpec.withValue("-coverage", "MIN", "per-action and per-expression counts at the end and "
                        + "every MIN minutes (0: only at the end)"),
                TRACE_OPTIONS.get(2),
                OptionSpec.withKeywordValue("-dump", "dot", "[dot[,colorize][,actionlabels]] FILE", "write every "
                        + "distinct state to FILE.dump, or with dot the state graph to FILE.dot"));
    }

    @Override
    public int run(ParsedArgs args, Terminal terminal) throws UsageException {
        NodeTopology topology = NodeTopology.detect();
        CheckFeatures features = features(args);
        if (args.has("-nodes")) {
            for (String flag : NOT_WITH_NODES) {
                if (args.has(flag)) {
                    throw new UsageException("option " + flag + " cannot be used with -nodes yet");
                }
            }
            try {
                return LocalClusterCommand.run(args, terminal, topology);
            } catch (ExitException e) {
                return e.status();
            }
        }
        CheckOptions options = options(args, topology);
        if (!topology.notice().isEmpty() && options.workers() > 1) {
            terminal.err().println(topology.notice());
        }
        try {
            LoadedSpec loaded = SpecLoader.load(args, name(), terminal, true);
            options = withCheckpoints(args, options, loaded);
            LocalCheck check = new LocalCheck(terminal.out(), terminal.err(), System::nanoTime).withFeatures(features);
            StatusBoard board = new StatusBoard(loaded.specFile().getFileName().toString());
            try (StatusServer server = statusServer(args, board, terminal)) {
                if (server != null) {
                    check.withStatusBoard(board);
                    options = options.withProgressInterval(STATUS_PAGE_INTERVAL_NS);
                }
                return check.run(loaded.model(), loaded.config(), options).exitCode();
            }
        } catch (ExitException e) {
            return e.status();
        }
    }

    /** TLC's further flags; checked here, so that a wrong value stops before the spec is loaded. */
    static CheckFeatures features(ParsedArgs args) throws UsageException {
        CheckFeatures.TraceDump dump = null;
        if (args.has("-dumpTrace")) {
            List<String> v = args.values("-dumpTrace");
            CheckFeatures.TraceDump.Format format = switch (v.get(0).toLowerCase(Locale.ROOT)) {
                case "tla" -> CheckFeatures.TraceDump.Format.TLA;
                case "json" -> CheckFeatures.TraceDump.Format.JSON;
                case "html" -> CheckFeatures.TraceDump.Format.HTML;
                default -> throw new UsageException("option -dumpTrace expects the format tla, json or html, got '"
                        + v.get(0) + "'");
            };
            dump = new CheckFeatures.TraceDump(format, Path.of(v.get(1)));
        }
        String lncheck = args.value("-lncheck").orElse("final");
        if (!lncheck.equals("final") && !lncheck.equals("default")) {
            throw new UsageException("option -lncheck expects final or default, got '" + lncheck + "'");
        }
        args.intValue("-maxSetSize", 1, 1);
        long coverageNs = -1;
        if (args.has("-coverage")) {
            coverageNs = args.intValue("-coverage", 0, 0) * 60_000_000_000L;
        }
        CheckFeatures.SimulationOptions simulation = null;
        if (args.has("-simulate")) {
            simulation = new CheckFeatures.SimulationOptions(traces(args.value("-simulate").orElse("")),
                    args.intValue("-depth", 100, 1), longValue(args, "-seed"));
        } else if (args.has("-depth")) {
            throw new UsageException("option -depth needs -simulate");
        }
        if (simulation != null && (args.has("-checkpoint") || args.has("-recover") || args.has("-continue"))) {
            throw new UsageException("option -simulate cannot be used with -checkpoint, -recover or -continue");
        }
        if (args.has("-dump") && (simulation != null || args.has("-recover"))) {
            throw new UsageException("option -dump cannot be used with -simulate or -recover");
        }
        CheckFeatures.StateDump states = args.has("-dump") ? CheckFeatures.StateDump.of(args.values("-dump")) : null;
        return new CheckFeatures(dump, args.has("-continue"), args.has("-difftrace"), coverageNs, args.has("-tool"),
                simulation).withStateDump(states);
    }

    /** The {@code num=N} of {@code -simulate} (TLC also takes {@code file=...}, not supported), or -1 without. */
    private static long traces(String spec) throws UsageException {
        long traces = -1;
        for (String part : spec.isEmpty() ? new String[0] : spec.split(",")) {
            if (!part.startsWith("num=")) {
                throw new UsageException("option -simulate takes num=N, got '" + part + "'");
            }
            try {
                traces = Long.parseLong(part.substring(4));
            } catch (NumberFormatException e) {
                traces = -2;
            }
            if (traces < 1) {
                throw new UsageException("option -simulate expects num=N with N at least 1, got '" + part + "'");
            }
        }
        return traces;
    }

    static CheckOptions options(ParsedArgs args, NodeTopology topology) throws UsageException {
        String w = args.value("-workers").orElse("auto");
        int workers = w.equals("auto") ? topology.defaultWorkers() : args.intValue("-workers", 1, 1);
        long seed = longValue(args, "-seed") ^ (longValue(args, "-fp") * 0x9E3779B97F4A7C15L);
        double fpmem = fraction(args.value("-fpmem").orElse(String.valueOf(FingerprintSetConfig.DEFAULT_FPMEM)));
        ThreadPlacement placement = args.has("-nopin") ? null : topology.placement();
        boolean terminal = System.console() != null;
        long progressNs = terminal ? 1_000_000_000L : 60_000_000_000L;
        return new CheckOptions(workers, args.has("-deadlock"), seed, progressNs, fpmem, placement, terminal);
    }

    /** Adds the checkpoint plan of -checkpoint, -metadir and -recover, keyed to this spec and config. */
    static CheckOptions withCheckpoints(ParsedArgs args, CheckOptions options, LoadedSpec loaded)
            throws UsageException {
        boolean write = args.has("-checkpoint");
        Optional<String> recover = args.value("-recover");
        if (!write && recover.isEmpty()) {
            if (args.has("-metadir")) {
                throw new UsageException("option -metadir needs -checkpoint");
            }
            return options;
        }
        long intervalNanos = 0;
        if (write) {
            String text = args.value("-checkpoint").orElse("");
            try {
                double minutes = Double.parseDouble(text);
                if (!(minutes >= 0) || Double.isInfinite(minutes)) {
                    throw new NumberFormatException();
                }
                intervalNanos = (long) (minutes * 60e9);
            } catch (NumberFormatException e) {
                throw new UsageException("option -checkpoint expects minutes (0 or more), got '" + text + "'");
            }
        }
        if (recover.isPresent() && args.has("-metadir")) {
            throw new UsageException("options -recover and -metadir cannot be used together: a resumed run goes on "
                    + "checkpointing where it was recovered from");
        }
        Path dir = recover.map(Path::of).orElseGet(() -> args.value("-metadir").map(Path::of)
                .orElseGet(() -> defaultMetadir(loaded.specFile())));
        String configText = "";
        if (loaded.configFile() != null) {
            try {
                configText = Files.readString(loaded.configFile());
            } catch (IOException e) {
                throw new UsageException("cannot read " + loaded.configFile() + ": " + e.getMessage());
            }
        }
        RunHashes hashes = new ClusterSpec(loaded.model(), loaded.config(), configText, options).hashes();
        return options.withCheckpoints(new CheckpointOptions(dir, intervalNanos, recover.isPresent(), write,
                hashes.spec(), hashes.config()));
    }

    /** The status page of {@code -http PORT}, or null without the flag; says where it listens. */
    static StatusServer statusServer(ParsedArgs args, StatusBoard board, Terminal terminal)
            throws UsageException {
        if (!args.has("-http")) {
            if (args.has("-http-bind")) {
                throw new UsageException("option -http-bind needs -http");
            }
            return null;
        }
        int port = args.intValue("-http", 0, 0);
        if (port > 65535) {
            throw new UsageException("option -http expects a port in 0..65535, got " + port);
        }
        String bind = args.value("-http-bind").orElse(StatusServer.DEFAULT_BIND);
        try {
            StatusServer server = StatusServer.start(board, bind, port);
            terminal.err().println("tlaplex: status page at " + server.address());
            return server;
        } catch (IOException e) {
            throw new UsageException("cannot serve the status page on " + bind + ":" + port + ": " + e.getMessage());
        }
    }

    /** TLC's place for run state: {@code states/yy-MM-dd-HH-mm-ss} in the spec's folder. */
    private static Path defaultMetadir(Path specFile) {
        Path folder = specFile.toAbsolutePath().getParent();
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yy-MM-dd-HH-mm-ss"));
        return folder.resolve("states").resolve(stamp);
    }

    private static double fraction(String text) throws UsageException {
        try {
            double value = Double.parseDouble(text);
            if (value > 0 && value <= 1) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException("option -fpmem expects a fraction of memory in (0, 1], got '" + text + "'");
    }

    private static long longValue(ParsedArgs args, String name) throws UsageException {
        String text = args.value(name).orElse("0");
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new UsageException("option " + name + " expects a whole number, got '" + text + "'");
        }
    }
}
