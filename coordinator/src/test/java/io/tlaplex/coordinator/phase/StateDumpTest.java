package io.tlaplex.coordinator.phase;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tlaplex.coordinator.phase.CheckFeatures.StateDump;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class StateDumpTest {

    @Test
    void shouldAppendDumpToAPlainFileNameUnlessItEndsWithIt() {
        assertEquals(new StateDump(Path.of("out/states.dump"), false, false, false),
                StateDump.of(List.of("out/states")));
        assertEquals(new StateDump(Path.of("states.txt.dump"), false, false, false),
                StateDump.of(List.of("states.txt")));
        assertEquals(new StateDump(Path.of("states.dump"), false, false, false), StateDump.of(List.of("states.dump")));
    }

    @Test
    void shouldReadDotOptionsInAnyOrderAndCaseAndAppendDot() {
        assertEquals(new StateDump(Path.of("g.dot"), true, false, false), StateDump.of(List.of("dot", "g")));
        assertEquals(new StateDump(Path.of("g.dot"), true, true, true),
                StateDump.of(List.of("dot,ActionLabels,colorize", "g.dot")));
        assertEquals(new StateDump(Path.of("g.dot"), true, true, false), StateDump.of(List.of("dot,colorize", "g")));
    }

    @Test
    void shouldEscapeBackslashesQuotesAndLineBreaksForGraphviz() {
        assertEquals("/\\\\ s = \\\"a\\\"\\n/\\\\ x = 1", StateGraphWriter.escape("/\\ s = \"a\"\n/\\ x = 1\n"));
    }
}
