package io.tlaplex.frontend.value;

import java.util.Map;

/** A permutation of model values for SYMMETRY, as an array indexed by {@link ModelValue#id()}. Immutable. */
public final class ModelValuePermutation {
    private final ModelValue[] image;

    private ModelValuePermutation(ModelValue[] image) {
        this.image = image;
    }

    /** The permutation sending each key to its value; model values not mentioned stay fixed. */
    public static ModelValuePermutation of(Map<ModelValue, ModelValue> mapping) {
        int size = 0;
        for (ModelValue m : mapping.keySet()) {
            size = Math.max(size, m.id() + 1);
        }
        ModelValue[] image = new ModelValue[size];
        for (Map.Entry<ModelValue, ModelValue> e : mapping.entrySet()) {
            image[e.getKey().id()] = e.getValue();
        }
        return new ModelValuePermutation(image);
    }

    /**
     * The permutation given by a TLA+ function between model values, such as an element of
     * {@code Permutations(S)}.
     *
     * @throws EvalException when the function maps something other than model values
     */
    public static ModelValuePermutation fromFunction(FcnValue f) {
        int size = 0;
        for (int i = 0; i < f.size(); i++) {
            size = Math.max(size, asModelValue(f.domainAt(i), f).id() + 1);
        }
        ModelValue[] image = new ModelValue[size];
        for (int i = 0; i < f.size(); i++) {
            image[asModelValue(f.domainAt(i), f).id()] = asModelValue(f.valueAt(i), f);
        }
        return new ModelValuePermutation(image);
    }

    private static ModelValue asModelValue(Value v, FcnValue f) {
        if (v instanceof ModelValue m) {
            return m;
        }
        throw Errors.of("A symmetry permutation must map model values to model values, but it is:\n"
                + Errors.ppr(f));
    }

    /** The image of {@code m}. */
    public ModelValue apply(ModelValue m) {
        int id = m.id();
        ModelValue to = id < image.length ? image[id] : null;
        return to == null ? m : to;
    }
}
