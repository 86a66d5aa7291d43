package io.tlaplex.coordinator.cli;

/**
 * One command-line flag: its TLC spelling, how many values follow it ({@link #OPTIONAL}: one value that may be left
 * out, given only when the next argument contains {@code =}, as TLC's {@code -simulate [num=N]}; {@link #KEYWORD}:
 * one value, or two when the first starts with {@code keyword}, as TLC's {@code -dump [dot,...] FILE}), and its help.
 */
record OptionSpec(String name, int valueCount, String valueName, String help, String keyword) {

    /** The value count of a flag whose single {@code key=value} argument may be left out. */
    static final int OPTIONAL = -1;
    /** The value count of a flag with one value, or two when the first starts with the flag's keyword. */
    static final int KEYWORD = -2;

    static OptionSpec flag(String name, String help) {
        return new OptionSpec(name, 0, "", help, "");
    }

    static OptionSpec withValue(String name, String valueName, String help) {
        return new OptionSpec(name, 1, valueName, help, "");
    }

    /** A flag followed by {@code count} values, e.g. {@code -dumpTrace FORMAT FILE}. */
    static OptionSpec withValues(String name, int count, String valueNames, String help) {
        return new OptionSpec(name, count, valueNames, help, "");
    }

    /** A flag with one optional {@code key=value} argument, e.g. {@code -simulate [num=N]}. */
    static OptionSpec withOptionalValue(String name, String valueName, String help) {
        return new OptionSpec(name, OPTIONAL, valueName, help, "");
    }

    /** A flag with one value, or two when the first starts with {@code keyword}, e.g. {@code -dump [dot] FILE}. */
    static OptionSpec withKeywordValue(String name, String keyword, String valueNames, String help) {
        return new OptionSpec(name, KEYWORD, valueNames, help, keyword);
    }

    String usage() {
        return valueCount == 0 ? name : name + " " + valueName;
    }
}
