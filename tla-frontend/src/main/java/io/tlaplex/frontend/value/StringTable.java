package io.tlaplex.frontend.value;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;

/**
 * Makes every string and model value of a run, and ranks them in TLC's intern order: TLC compares strings (and
 * so orders sets of strings, record fields and CHOOSE over strings) by when it first interned them, which is
 * the order it read them: configuration first, then the spec's tokens (identifiers and string literals alike)
 * in reading order. The front end feeds {@link #intern} in that order, then calls {@link #freeze()} before any
 * evaluation. After freezing the table is read-only and may be shared by all threads; strings made later
 * (ToString, Tail, decoding) that it never saw get {@link #UNRANKED} and sort alphabetically after the rest.
 * Every JVM of a run builds the same table from the same text, so orders and encodings agree between them.
 */
public final class StringTable {
    /** Rank of strings the table never interned. */
    public static final int UNRANKED = Integer.MAX_VALUE;

    private final HashMap<String, StringValue> strings = new HashMap<>();
    private final HashMap<String, ModelValue> modelValuesByName = new HashMap<>();
    private final List<ModelValue> modelValues = new ArrayList<>();
    private boolean frozen;

    /** Records {@code s} as met now, if it is new; allowed only before {@link #freeze()}. */
    public StringValue intern(String s) {
        StringValue known = strings.get(s);
        if (known != null) {
            return known;
        }
        if (frozen) {
            throw new IllegalStateException("string table is frozen; cannot intern " + s);
        }
        StringValue fresh = new StringValue(s, strings.size(), this);
        strings.put(s, fresh);
        return fresh;
    }

    /** The string {@code s}: the interned instance, or (once frozen) an unranked one, or (before) a new rank. */
    public StringValue string(String s) {
        StringValue known = strings.get(s);
        if (known != null) {
            return known;
        }
        return frozen ? new StringValue(s, UNRANKED, this) : intern(s);
    }

    /** Declares the model value {@code name} (interning its name first); allowed only before freezing. */
    public ModelValue declareModelValue(String name) {
        ModelValue known = modelValuesByName.get(name);
        if (known != null) {
            return known;
        }
        if (frozen) {
            throw new IllegalStateException("string table is frozen; cannot declare model value " + name);
        }
        ModelValue fresh = new ModelValue(name, intern(name).rank(), modelValues.size());
        modelValuesByName.put(name, fresh);
        modelValues.add(fresh);
        return fresh;
    }

    /** The declared model value {@code name}. */
    public ModelValue modelValue(String name) {
        ModelValue known = modelValuesByName.get(name);
        if (known == null) {
            if (frozen) {
                throw new IllegalArgumentException("unknown model value " + name);
            }
            return declareModelValue(name);
        }
        return known;
    }

    public ModelValue modelValueById(int id) {
        return modelValues.get(id);
    }

    public int modelValueCount() {
        return modelValues.size();
    }

    /** Ends the loading phase: from now on the table never changes. */
    public StringTable freeze() {
        frozen = true;
        return this;
    }

    public boolean isFrozen() {
        return frozen;
    }
}
