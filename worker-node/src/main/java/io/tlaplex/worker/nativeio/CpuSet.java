package io.tlaplex.worker.nativeio;

import java.util.Arrays;

/**
 * An immutable set of CPU (or NUMA node) ids, read from and printed in the kernel's list syntax
 * ({@code 0-3,8-11}). Plain value; safe to share between threads.
 */
public final class CpuSet {
    /** Ids above this are rejected: no machine has them, and a garbled file must not allocate gigabytes. */
    static final int MAX_ID = 1 << 16;

    public static final CpuSet EMPTY = new CpuSet(new int[0]);

    private final int[] ids;

    private CpuSet(int[] sortedUniqueIds) {
        this.ids = sortedUniqueIds;
    }

    /** Parses the kernel's list syntax; an empty or blank text is the empty set. */
    public static CpuSet parse(String text) {
        String trimmed = text.strip();
        if (trimmed.isEmpty()) {
            return EMPTY;
        }
        int[] found = new int[16];
        int count = 0;
        for (String part : trimmed.split(",")) {
            int dash = part.indexOf('-');
            int first = parseId(dash < 0 ? part : part.substring(0, dash), text);
            int last = dash < 0 ? first : parseId(part.substring(dash + 1), text);
            if (last < first) {
                throw new IllegalArgumentException("descending range in CPU list: " + text.strip());
            }
            for (int id = first; id <= last; id++) {
                if (count == found.length) {
                    found = Arrays.copyOf(found, count * 2);
                }
                found[count++] = id;
            }
        }
        return fromUnsorted(Arrays.copyOf(found, count));
    }

    public static CpuSet of(int... ids) {
        for (int id : ids) {
            checkId(id);
        }
        return fromUnsorted(ids.clone());
    }

    /** The ids {@code first..last}, both included. */
    public static CpuSet range(int first, int last) {
        checkId(first);
        checkId(last);
        int[] ids = new int[Math.max(0, last - first + 1)];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = first + i;
        }
        return new CpuSet(ids);
    }

    public int size() {
        return ids.length;
    }

    public boolean isEmpty() {
        return ids.length == 0;
    }

    public boolean contains(int id) {
        return Arrays.binarySearch(ids, id) >= 0;
    }

    /** The {@code index}-th smallest id. */
    public int get(int index) {
        return ids[index];
    }

    /** The largest id, or -1 when empty. */
    public int max() {
        return ids.length == 0 ? -1 : ids[ids.length - 1];
    }

    public int[] toArray() {
        return ids.clone();
    }

    public CpuSet intersect(CpuSet other) {
        int[] out = new int[Math.min(ids.length, other.ids.length)];
        int n = 0;
        int i = 0;
        int j = 0;
        while (i < ids.length && j < other.ids.length) {
            int cmp = Integer.compare(ids[i], other.ids[j]);
            if (cmp == 0) {
                out[n++] = ids[i];
                i++;
                j++;
            } else if (cmp < 0) {
                i++;
            } else {
                j++;
            }
        }
        return n == 0 ? EMPTY : new CpuSet(Arrays.copyOf(out, n));
    }

    public CpuSet union(CpuSet other) {
        int[] all = Arrays.copyOf(ids, ids.length + other.ids.length);
        System.arraycopy(other.ids, 0, all, ids.length, other.ids.length);
        return fromUnsorted(all);
    }

    /** The kernel's list syntax, ranges collapsed: {@code 0-3,8-11}; empty set prints as "". */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < ids.length) {
            int j = i;
            while (j + 1 < ids.length && ids[j + 1] == ids[j] + 1) {
                j++;
            }
            if (out.length() > 0) {
                out.append(',');
            }
            out.append(ids[i]);
            if (j > i) {
                out.append('-').append(ids[j]);
            }
            i = j + 1;
        }
        return out.toString();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CpuSet set && Arrays.equals(ids, set.ids);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(ids);
    }

    private static CpuSet fromUnsorted(int[] ids) {
        if (ids.length == 0) {
            return EMPTY;
        }
        Arrays.sort(ids);
        int n = 1;
        for (int i = 1; i < ids.length; i++) {
            if (ids[i] != ids[n - 1]) {
                ids[n++] = ids[i];
            }
        }
        return new CpuSet(n == ids.length ? ids : Arrays.copyOf(ids, n));
    }

    private static int parseId(String digits, String whole) {
        String s = digits.strip();
        if (s.isEmpty() || !s.chars().allMatch(Character::isDigit) || s.length() > 6) {
            throw new IllegalArgumentException("malformed CPU list: " + whole.strip());
        }
        int id = Integer.parseInt(s);
        checkId(id);
        return id;
    }

    private static void checkId(int id) {
        if (id < 0 || id > MAX_ID) {
            throw new IllegalArgumentException("CPU id out of range: " + id);
        }
    }
}
