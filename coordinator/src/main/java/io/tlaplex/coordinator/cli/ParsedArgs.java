package io.tlaplex.coordinator.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The flags and positional arguments of one command, checked against the command's option table.
 * Unknown flags are rejected with the nearest valid spelling.
 */
final class ParsedArgs {
    private final Map<String, List<String>> values;
    private final List<String> positional;

    private ParsedArgs(Map<String, List<String>> values, List<String> positional) {
        this.values = values;
        this.positional = positional;
    }

    static ParsedArgs parse(String command, List<OptionSpec> specs, String[] args, int from) throws UsageException {
        Map<String, List<String>> values = new LinkedHashMap<>();
        List<String> positional = new ArrayList<>();
        for (int i = from; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("-") || arg.equals("-")) {
                positional.add(arg);
                continue;
            }
            OptionSpec spec = find(specs, arg);
            if (spec == null) {
                throw new UsageException(unknownOption(command, specs, arg));
            }
            if (spec.valueCount() == 0) {
                values.put(spec.name(), List.of("true"));
            } else if (spec.valueCount() == OptionSpec.OPTIONAL) {
                boolean given = i + 1 < args.length && !args[i + 1].startsWith("-") && args[i + 1].contains("=");
                values.put(spec.name(), given ? List.of(args[++i]) : List.of());
            } else if (spec.valueCount() == OptionSpec.KEYWORD) {
                if (i + 1 >= args.length) {
                    throw new UsageException("option " + arg + " needs a value: " + spec.usage());
                }
                int count = args[i + 1].startsWith(spec.keyword()) && i + 2 < args.length
                        && !args[i + 2].startsWith("-") ? 2 : 1;
                values.put(spec.name(), List.of(Arrays.copyOfRange(args, i + 1, i + 1 + count)));
                i += count;
            } else {
                if (i + spec.valueCount() >= args.length) {
                    throw new UsageException("option " + arg + " needs " + (spec.valueCount() == 1 ? "a value"
                            : spec.valueCount() + " values") + ": " + spec.usage());
                }
                values.put(spec.name(), List.of(Arrays.copyOfRange(args, i + 1, i + 1 + spec.valueCount())));
                i += spec.valueCount();
            }
        }
        return new ParsedArgs(values, positional);
    }

    boolean has(String name) {
        return values.containsKey(name);
    }

    /** The (first) value of {@code name}; empty when the flag is absent or its optional value was left out. */
    Optional<String> value(String name) {
        List<String> given = values.get(name);
        return given == null || given.isEmpty() ? Optional.empty() : Optional.of(given.get(0));
    }

    /** Every value that followed {@code name}, in order; empty when the flag is absent. */
    List<String> values(String name) {
        return values.getOrDefault(name, List.of());
    }

    int intValue(String name, int defaultValue, int min) throws UsageException {
        String text = value(name).orElse(null);
        if (text == null) {
            return defaultValue;
        }
        try {
            int value = Integer.parseInt(text);
            if (value < min) {
                throw new UsageException("option " + name + " must be at least " + min + ", got " + text);
            }
            return value;
        } catch (NumberFormatException e) {
            throw new UsageException("option " + name + " expects a whole number, got '" + text + "'");
        }
    }

    List<String> positional() {
        return positional;
    }

    private static OptionSpec find(List<OptionSpec> specs, String arg) {
        String normalized = arg.startsWith("--") ? arg.substring(1) : arg;
        for (OptionSpec spec : specs) {
            if (spec.name().equals(normalized)) {
                return spec;
            }
        }
        return null;
    }

    private static String unknownOption(String command, List<OptionSpec> specs, String arg) {
        String nearest = null;
        int best = Integer.MAX_VALUE;
        for (OptionSpec spec : specs) {
            int distance = editDistance(arg.toLowerCase(), spec.name().toLowerCase());
            if (distance < best) {
                best = distance;
                nearest = spec.name();
            }
        }
        String hint = nearest != null && best <= Math.max(2, arg.length() / 3) ? "; did you mean " + nearest + "?" : "";
        return "unknown option " + arg + " for '" + command + "'" + hint + " (see: tlaplex " + command + " -help)";
    }

    static int editDistance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
