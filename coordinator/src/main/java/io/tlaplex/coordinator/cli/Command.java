package io.tlaplex.coordinator.cli;

import java.util.List;

/** One subcommand of {@code tlaplex} ({@code parse}, {@code check}, {@code bench}). */
interface Command {

    String name();

    /** The synopsis shown by {@code tlaplex -help}. */
    String summary();

    List<OptionSpec> options();

    /** Runs the command and returns the process exit status. */
    int run(ParsedArgs args, Terminal terminal) throws Exception;
}
