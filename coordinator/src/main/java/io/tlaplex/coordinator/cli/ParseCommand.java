package io.tlaplex.coordinator.cli;

import io.tlaplex.frontend.semantic.Frontend;
import java.util.List;

/** {@code tlaplex parse Spec.tla [-config Spec.cfg]}: parse, resolve, check levels, read the config. */
final class ParseCommand implements Command {

    @Override
    public String name() {
        return "parse";
    }

    @Override
    public String summary() {
        return "Spec.tla [-config Spec.cfg]   parse and check a spec and its config";
    }

    @Override
    public List<OptionSpec> options() {
        return List.of(OptionSpec.withValue("-config", "FILE", "the model config (default: Spec.cfg beside the spec, if any)"));
    }

    @Override
    public int run(ParsedArgs args, Terminal terminal) throws UsageException {
        try {
            LoadedSpec loaded = SpecLoader.load(args, name(), terminal, false);
            String config = loaded.config() == null ? "" : "; config " + loaded.configFile().getFileName() + " OK";
            terminal.out().println(Frontend.summary(loaded.model()) + config);
            return 0;
        } catch (ExitException e) {
            return e.status();
        }
    }
}
