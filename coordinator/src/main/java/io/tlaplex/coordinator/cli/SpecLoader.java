package io.tlaplex.coordinator.cli;

import io.tlaplex.frontend.config.ConfigBinder;
import io.tlaplex.frontend.config.ConfigLevels;
import io.tlaplex.frontend.config.ConfigParseResult;
import io.tlaplex.frontend.config.ConfigParser;
import io.tlaplex.frontend.config.ModelConfig;
import io.tlaplex.frontend.config.SemanticSpecNames;
import io.tlaplex.frontend.diag.Diagnostic;
import io.tlaplex.frontend.diag.DiagnosticException;
import io.tlaplex.frontend.diag.DiagnosticPrinter;
import io.tlaplex.frontend.diag.Severity;
import io.tlaplex.frontend.semantic.Frontend;
import io.tlaplex.frontend.semantic.SemanticModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds, loads and checks a spec and its config the way TLC does: {@code Spec} or {@code Spec.tla},
 * and {@code -config FILE} or else {@code Spec.cfg} beside the spec. Prints every diagnostic.
 */
final class SpecLoader {
    static final int EXIT_SPEC_ERROR = 150;
    static final int EXIT_CONFIG_ERROR = 151;

    private SpecLoader() {
    }

    /** The spec file named by the single positional argument. */
    static Path specPath(ParsedArgs args, String command) throws UsageException {
        List<String> positional = args.positional();
        if (positional.size() != 1) {
            throw new UsageException(positional.isEmpty()
                    ? "'" + command + "' needs a spec file: tlaplex " + command + " Spec.tla"
                    : "'" + command + "' takes one spec file, got: " + String.join(" ", positional));
        }
        String name = positional.get(0);
        Path path = Path.of(name.endsWith(".tla") ? name : name + ".tla");
        if (!Files.isRegularFile(path)) {
            throw new UsageException("cannot find the spec file " + path);
        }
        return path;
    }

    /**
     * Loads the spec and the config. {@code configRequired} makes a missing config an error (as for
     * model checking); otherwise a missing default config is simply skipped.
     */
    static LoadedSpec load(ParsedArgs args, String command, Terminal terminal, boolean configRequired)
            throws UsageException, ExitException {
        Path spec = specPath(args, command);
        Path config = configPath(args, spec);
        boolean explicit = args.value("-config").isPresent();
        return load(spec, config, terminal, configRequired || explicit);
    }

    /** Loads {@code spec} and, when it exists or is required, {@code config}; prints every diagnostic. */
    static LoadedSpec load(Path spec, Path config, Terminal terminal, boolean configRequired) throws ExitException {
        Frontend frontend = new Frontend();
        SemanticModel model;
        try {
            model = frontend.loadSpec(spec);
        } catch (DiagnosticException e) {
            print(e.diagnostics(), frontend.sources(), terminal);
            throw new ExitException(e.exitCode());
        }
        print(model.warnings(), model.sources(), terminal);
        if (!configRequired && !Files.exists(config)) {
            return new LoadedSpec(spec, model, null, null);
        }
        return new LoadedSpec(spec, model, config, loadConfig(config, model, terminal));
    }

    private static Path configPath(ParsedArgs args, Path spec) {
        if (args.value("-config").isPresent()) {
            String name = args.value("-config").get();
            return Path.of(name.endsWith(".cfg") ? name : name + ".cfg");
        }
        String file = spec.getFileName().toString();
        return spec.resolveSibling(file.substring(0, file.length() - ".tla".length()) + ".cfg");
    }

    private static ModelConfig loadConfig(Path config, SemanticModel model, Terminal terminal)
            throws ExitException {
        String text;
        try {
            text = Files.readString(config);
        } catch (IOException e) {
            terminal.err().println("Error: cannot read the configuration file " + config + ": "
                    + (Files.exists(config) ? e.getMessage() : "no such file"));
            throw new ExitException(EXIT_CONFIG_ERROR);
        }
        String fileName = config.getFileName().toString();
        ConfigParseResult parsed = ConfigParser.parse(fileName, text);
        Map<String, String> sources = Map.of(fileName, text);
        print(parsed.diagnostics(), sources, terminal);
        if (!parsed.ok()) {
            throw new ExitException(EXIT_CONFIG_ERROR);
        }
        List<Diagnostic> bound = ConfigBinder.bind(parsed.config(), new SemanticSpecNames(model));
        Map<String, String> all = new HashMap<>(model.sources());
        all.put(fileName, text);
        print(bound, all, terminal);
        if (bound.stream().anyMatch(d -> d.severity() == Severity.ERROR)) {
            throw new ExitException(EXIT_CONFIG_ERROR);
        }
        List<Diagnostic> levels = ConfigLevels.check(parsed.config(), model);
        print(levels, all, terminal);
        if (!levels.isEmpty()) {
            throw new ExitException(ConfigLevels.EXIT_CODE);
        }
        return parsed.config();
    }

    static void print(List<Diagnostic> diagnostics, Map<String, String> sources, Terminal terminal) {
        if (!diagnostics.isEmpty()) {
            terminal.err().print(DiagnosticPrinter.of(sources).format(diagnostics));
        }
    }
}
