package io.tlaplex.frontend.eval;

import io.tlaplex.frontend.value.ModelValue;
import io.tlaplex.frontend.value.ModelValuePermutation;
import io.tlaplex.frontend.value.StringTable;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The permutation group a SYMMETRY set generates, as TLC uses it: every composition of the given permutations
 * (without the identity), so that the smallest state over the group represents a whole orbit.
 */
final class Symmetry {
    private Symmetry() {
    }

    static ModelValuePermutation[] group(List<ModelValuePermutation> generators, StringTable strings) {
        int n = strings.modelValueCount();
        List<int[]> gens = new ArrayList<>();
        for (ModelValuePermutation p : generators) {
            int[] image = new int[n];
            for (int i = 0; i < n; i++) {
                image[i] = p.apply(strings.modelValueById(i)).id();
            }
            gens.add(image);
        }
        Set<Key> seen = new HashSet<>();
        ArrayDeque<int[]> work = new ArrayDeque<>();
        List<int[]> elements = new ArrayList<>();
        for (int[] g : gens) {
            if (seen.add(new Key(g))) {
                work.add(g);
                elements.add(g);
            }
        }
        while (!work.isEmpty()) {
            int[] a = work.poll();
            for (int[] g : gens) {
                int[] c = new int[n];
                for (int i = 0; i < n; i++) {
                    c[i] = g[a[i]];
                }
                if (seen.add(new Key(c))) {
                    work.add(c);
                    elements.add(c);
                }
            }
        }
        List<ModelValuePermutation> out = new ArrayList<>();
        for (int[] e : elements) {
            if (isIdentity(e)) {
                continue;
            }
            Map<ModelValue, ModelValue> mapping = new IdentityHashMap<>();
            for (int i = 0; i < n; i++) {
                if (e[i] != i) {
                    mapping.put(strings.modelValueById(i), strings.modelValueById(e[i]));
                }
            }
            out.add(ModelValuePermutation.of(mapping));
        }
        return out.toArray(new ModelValuePermutation[0]);
    }

    private static boolean isIdentity(int[] p) {
        for (int i = 0; i < p.length; i++) {
            if (p[i] != i) {
                return false;
            }
        }
        return true;
    }

    private record Key(int[] image) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Arrays.equals(k.image, image);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(image);
        }
    }
}
