package io.tlaplex.coordinator.cli;

/**
 * One command-line flag: its TLC spelling, how many values follow it, and its one-line help.
 */
record OptionSpec(String name, int valueCount, String valueName, String help) {

    static OptionSpec flag(String name, String help) {
        return new OptionSpec(name, 0, "", help);
    }

    static OptionSpec withValue(String name, String valueName, String help) {
        return new OptionSpec(name, 1, valueName, help);
    }

    String usage() {
        return valueCount == 0 ? name : name + " " + valueName;
    }
}
