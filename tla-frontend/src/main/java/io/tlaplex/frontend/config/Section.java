package io.tlaplex.frontend.config;

/**
 * The sections of a .cfg file that name definitions of the spec. A single section
 * ({@code INIT Init}) takes exactly one name and may appear once; a list section
 * ({@code INVARIANT A B}) takes any number and may repeat, its names accumulating.
 */
public enum Section {
    INIT(true, "initial predicate"),
    NEXT(true, "next-state action"),
    SPECIFICATION(true, "specification"),
    INVARIANT(false, "invariant"),
    PROPERTY(false, "property"),
    CONSTRAINT(false, "state constraint"),
    ACTION_CONSTRAINT(false, "action constraint"),
    SYMMETRY(true, "symmetry"),
    VIEW(true, "view"),
    ALIAS(true, "alias"),
    POSTCONDITION(true, "postcondition");

    private final boolean single;
    private final String role;

    Section(boolean single, String role) {
        this.single = single;
        this.role = role;
    }

    /** Whether the section takes exactly one name and may appear only once. */
    public boolean single() {
        return single;
    }

    /** What a name in this section stands for, in words: {@code invariant}, {@code initial predicate}. */
    public String role() {
        return role;
    }
}
