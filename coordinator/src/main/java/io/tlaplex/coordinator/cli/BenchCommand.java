package io.tlaplex.coordinator.cli;

import io.tlaplex.frontend.syntax.ParseBench;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** {@code tlaplex bench parse [DIR]}: throughput tables for the parts of the checker. */
final class BenchCommand implements Command {

    @Override
    public String name() {
        return "bench";
    }

    @Override
    public String summary() {
        return "parse [DIR]   parse speed (lines/s) over every .tla file under DIR (default ../shared/corpus)";
    }

    @Override
    public List<OptionSpec> options() {
        return List.of();
    }

    @Override
    public int run(ParsedArgs args, Terminal terminal) throws UsageException {
        List<String> positional = args.positional();
        if (positional.isEmpty() || !positional.get(0).equals("parse")) {
            throw new UsageException("usage: tlaplex bench parse [DIR]");
        }
        Path dir = Path.of(positional.size() > 1 ? positional.get(1) : "../shared/corpus");
        if (!Files.isDirectory(dir)) {
            throw new UsageException("no such folder: " + dir);
        }
        terminal.out().print(ParseBench.run(dir));
        return 0;
    }
}
