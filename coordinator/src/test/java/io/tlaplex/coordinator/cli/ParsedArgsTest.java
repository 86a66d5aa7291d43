package io.tlaplex.coordinator.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ParsedArgsTest {
    private static final List<OptionSpec> SPECS = List.of(
            OptionSpec.withValues("-dumpTrace", 2, "FORMAT FILE", "dump"),
            OptionSpec.withOptionalValue("-simulate", "[num=N]", "simulate"),
            OptionSpec.withValue("-depth", "D", "depth"),
            OptionSpec.flag("-deadlock", "deadlock"));

    @Test
    void shouldTakeBothValuesOfATwoValueFlag() throws UsageException {
        ParsedArgs args = ParsedArgs.parse("check", SPECS, new String[] {"-dumpTrace", "json", "t.json", "S.tla"}, 0);

        assertEquals(List.of("json", "t.json"), args.values("-dumpTrace"));
        assertEquals(List.of("S.tla"), args.positional());
    }

    @Test
    void shouldTakeTheOptionalValueOnlyWhenItHasAnEqualsSign() throws UsageException {
        ParsedArgs with = ParsedArgs.parse("check", SPECS, new String[] {"-simulate", "num=5", "S.tla"}, 0);
        ParsedArgs without = ParsedArgs.parse("check", SPECS, new String[] {"-simulate", "S.tla", "-depth", "7"}, 0);

        assertEquals(Optional.of("num=5"), with.value("-simulate"));
        assertTrue(without.has("-simulate"));
        assertFalse(without.value("-simulate").isPresent());
        assertEquals(List.of("S.tla"), without.positional());
        assertEquals(7, without.intValue("-depth", 100, 1));
    }
}
