package io.tlaplex.coordinator.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The {@code tlaplex} command line: picks the subcommand, turns user mistakes into one-line
 * messages and internal failures into {@code internal error: ... (details: log)}. Only this class
 * calls {@link System#exit}.
 */
public final class Tlaplex {
    private static final int INTERNAL_ERROR_EXIT = 255;

    private final List<Command> commands;

    Tlaplex(List<Command> commands) {
        this.commands = commands;
    }

    static Tlaplex standard() {
        return new Tlaplex(List.of(new CheckCommand(), new ParseCommand(), new BenchCommand(),
                new ConformanceCommand(), new NodeCommand(), new CoordinatorCommand(), new SoakCommand()));
    }

    public static void main(String[] args) {
        int status = standard().run(args, System.out, System.err);
        System.out.flush();
        System.exit(status);
    }

    int run(String[] rawArgs, PrintStream out, PrintStream err) {
        List<String> argList = new ArrayList<>(Arrays.asList(rawArgs));
        boolean debug = argList.remove("--debug") | argList.remove("-debug");
        String[] args = argList.toArray(String[]::new);
        Terminal terminal = new Terminal(out, err, debug);
        if (args.length == 0 || isHelp(args[0])) {
            printHelp(out);
            return args.length == 0 ? UsageException.EXIT_CODE : 0;
        }
        Command command = find(args[0]);
        if (command == null) {
            err.println("tlaplex: unknown command '" + args[0] + "'" + nearestCommand(args[0])
                    + " (see: tlaplex -help)");
            return UsageException.EXIT_CODE;
        }
        try {
            if (args.length > 1 && isHelp(args[1])) {
                printCommandHelp(command, out);
                return 0;
            }
            ParsedArgs parsed = ParsedArgs.parse(command.name(), command.options(), args, 1);
            return command.run(parsed, terminal);
        } catch (UsageException e) {
            err.println("tlaplex: " + e.getMessage());
            return UsageException.EXIT_CODE;
        } catch (Exception | StackOverflowError | OutOfMemoryError e) {
            return reportInternalError(e, terminal);
        }
    }

    private Command find(String name) {
        for (Command command : commands) {
            if (command.name().equals(name)) {
                return command;
            }
        }
        return null;
    }

    private String nearestCommand(String name) {
        for (Command command : commands) {
            if (ParsedArgs.editDistance(name, command.name()) <= 2) {
                return "; did you mean '" + command.name() + "'?";
            }
        }
        return "";
    }

    private static boolean isHelp(String arg) {
        return arg.equals("-help") || arg.equals("--help") || arg.equals("-h") || arg.equals("help");
    }

    private void printHelp(PrintStream out) {
        out.println("tlaplex: a TLA+ model checker that gives TLC's answers.");
        out.println();
        out.println("Usage: tlaplex <command> [options]");
        out.println();
        out.println("Commands:");
        for (Command command : commands) {
            out.printf("  %-8s %s%n", command.name(), command.summary());
        }
        out.println();
        out.println("Run 'tlaplex <command> -help' for the options of one command. --debug shows stack traces.");
    }

    private static void printCommandHelp(Command command, PrintStream out) {
        out.println("Usage: tlaplex " + command.name() + " " + command.summary());
        out.println();
        out.println("Options:");
        for (OptionSpec option : command.options()) {
            out.printf("  %-22s %s%n", option.usage(), option.help());
        }
    }

    private static int reportInternalError(Throwable e, Terminal terminal) {
        StringWriter trace = new StringWriter();
        e.printStackTrace(new PrintWriter(trace));
        String summary = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        if (terminal.debug()) {
            terminal.err().println("internal error: " + summary);
            terminal.err().print(trace);
            return INTERNAL_ERROR_EXIT;
        }
        String where;
        try {
            Path log = Files.createTempFile("tlaplex-error-", ".log");
            Files.writeString(log, trace.toString());
            where = log.toString();
        } catch (IOException io) {
            where = "unavailable: " + io.getMessage() + "; rerun with --debug";
        }
        terminal.err().println("internal error: " + summary + " (details: " + where + ")");
        return INTERNAL_ERROR_EXIT;
    }
}
