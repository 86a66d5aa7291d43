package io.tlaplex.coordinator.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LivenessBenchTest {

    @Test
    void shouldDropAPropertySectionSpreadOverSeveralLines() {
        String cfg = "CONSTANTS\n    N = 3\n\nPROPERTY\n    Live \\* eventually\n    Other\n\nINVARIANTS\n    TypeOK\n";

        String stripped = LivenessBench.withoutProperties(cfg);

        assertEquals("CONSTANTS\n    N = 3\n\n\nINVARIANTS\n    TypeOK\n", stripped);
    }

    @Test
    void shouldDropAPropertiesListOnTheLineOfOtherSections() {
        String cfg = "INVARIANTS TypeOK\nPROPERTIES A B SPECIFICATION Spec\n";

        String stripped = LivenessBench.withoutProperties(cfg);

        assertEquals("INVARIANTS TypeOK\nSPECIFICATION Spec\n", stripped);
    }
}
