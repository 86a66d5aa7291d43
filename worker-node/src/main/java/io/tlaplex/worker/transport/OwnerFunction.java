package io.tlaplex.worker.transport;

import io.tlaplex.protocol.OwnerMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * {@code owner(fp)}: the high 32 bits of a fingerprint, mixed with the run's seed, pick one of a fixed number of
 * buckets by jump consistent hash, and a table names each bucket's node; the low bits pick the shard inside the
 * node. Immutable, so any thread may call it; a lost or added node yields a new instance.
 */
public final class OwnerFunction {
    /** Buckets per table by default: fine enough that any node count up to ~64 balances within a few percent. */
    public static final int DEFAULT_BUCKET_COUNT = 1024;

    private final long seed;
    private final int[] bucketOwners;
    private final int shardMask;

    private OwnerFunction(long seed, int[] bucketOwners, int shardCount) {
        if (shardCount <= 0 || Integer.bitCount(shardCount) != 1) {
            throw new IllegalArgumentException("shardCount must be a power of two, got " + shardCount);
        }
        for (int owner : bucketOwners) {
            if (owner < 0) {
                throw new IllegalArgumentException("bucket owner must be a node id >= 0, got " + owner);
            }
        }
        this.seed = seed;
        this.bucketOwners = bucketOwners;
        this.shardMask = shardCount - 1;
    }

    /**
     * Spreads {@link #DEFAULT_BUCKET_COUNT} buckets round-robin over nodes {@code 0 .. nodeCount - 1}.
     *
     * @param nodeCount  number of nodes, {@code >= 1}
     * @param shardCount shards per node, a power of two
     * @param seed       hash seed shared by every node of the run
     * @return the owner function
     */
    public static OwnerFunction uniform(int nodeCount, int shardCount, long seed) {
        if (nodeCount <= 0 || nodeCount > DEFAULT_BUCKET_COUNT) {
            throw new IllegalArgumentException("nodeCount must be in 1.." + DEFAULT_BUCKET_COUNT + ", got "
                    + nodeCount);
        }
        int[] owners = new int[DEFAULT_BUCKET_COUNT];
        for (int b = 0; b < owners.length; b++) {
            owners[b] = b % nodeCount;
        }
        return new OwnerFunction(seed, owners, shardCount);
    }

    /**
     * Uses the table a coordinator shipped in {@code Assign}.
     *
     * @param map        seed and bucket owners
     * @param shardCount shards per node, a power of two
     * @return the owner function
     */
    public static OwnerFunction of(OwnerMap map, int shardCount) {
        int[] owners = map.bucketOwners().stream().mapToInt(Integer::intValue).toArray();
        return new OwnerFunction(map.seed(), owners, shardCount);
    }

    /** Returns the seed and table, for shipping to other nodes. */
    public OwnerMap toOwnerMap() {
        List<Integer> owners = new ArrayList<>(bucketOwners.length);
        for (int owner : bucketOwners) {
            owners.add(owner);
        }
        return new OwnerMap(seed, owners);
    }

    /** Returns the node that owns {@code fingerprint}. */
    public int owner(long fingerprint) {
        return bucketOwners[bucket(fingerprint)];
    }

    /** Returns the bucket of {@code fingerprint}: a function of its high 32 bits and the seed only. */
    public int bucket(long fingerprint) {
        return jump(mix((fingerprint >>> 32) ^ seed), bucketOwners.length);
    }

    /** Returns the shard inside the owning node: the low bits, independent of {@link #owner(long)}. */
    public int shard(long fingerprint) {
        return (int) fingerprint & shardMask;
    }

    /** Returns the number of buckets. */
    public int bucketCount() {
        return bucketOwners.length;
    }

    /** Returns the number of shards per node. */
    public int shardCount() {
        return shardMask + 1;
    }

    /** Returns how many buckets {@code node} owns; 0 for a node not in the table. */
    public int bucketsOwnedBy(int node) {
        int count = 0;
        for (int owner : bucketOwners) {
            count += owner == node ? 1 : 0;
        }
        return count;
    }

    /**
     * Hands the buckets of a lost node to the survivors, each to the least-loaded survivor at that moment (lowest id
     * on ties), so that only the lost node's fingerprints move and every node computes the same table.
     *
     * @param node the lost node
     * @return the new owner function
     */
    public OwnerFunction withoutNode(int node) {
        int[] load = loads();
        if (node >= load.length || load[node] == 0) {
            throw new IllegalArgumentException("node " + node + " owns no bucket");
        }
        if (load[node] == bucketOwners.length) {
            throw new IllegalArgumentException("node " + node + " is the only node");
        }
        load[node] = -1;
        int[] owners = bucketOwners.clone();
        for (int b = 0; b < owners.length; b++) {
            if (owners[b] == node) {
                int to = leastLoaded(load);
                owners[b] = to;
                load[to]++;
            }
        }
        return new OwnerFunction(seed, owners, shardMask + 1);
    }

    /**
     * Gives a new node its fair share, taken one bucket at a time from the most-loaded node (highest id on ties,
     * its highest bucket first), so that only fingerprints that now belong to the new node move.
     *
     * @param node the new node's id, not yet in the table
     * @return the new owner function
     */
    public OwnerFunction withNode(int node) {
        if (node < 0) {
            throw new IllegalArgumentException("node id must be >= 0, got " + node);
        }
        int[] current = loads();
        int[] load = Arrays.copyOf(current, Math.max(current.length, node + 1));
        if (load[node] != 0) {
            throw new IllegalArgumentException("node " + node + " already owns buckets");
        }
        int nodes = 1;
        for (int l : load) {
            nodes += l > 0 ? 1 : 0;
        }
        int[] owners = bucketOwners.clone();
        for (int share = owners.length / nodes; share > 0; share--) {
            int from = mostLoaded(load, node);
            for (int b = owners.length - 1; b >= 0; b--) {
                if (owners[b] == from) {
                    owners[b] = node;
                    break;
                }
            }
            load[from]--;
            load[node]++;
        }
        return new OwnerFunction(seed, owners, shardMask + 1);
    }

    private int[] loads() {
        int max = 0;
        for (int owner : bucketOwners) {
            max = Math.max(max, owner);
        }
        int[] load = new int[max + 1];
        for (int owner : bucketOwners) {
            load[owner]++;
        }
        return load;
    }

    /** Survivors have a load {@code >= 0}; a removed or absent node has -1 or 0 buckets and is skipped. */
    private static int leastLoaded(int[] load) {
        int best = -1;
        for (int n = 0; n < load.length; n++) {
            if (load[n] > 0 && (best < 0 || load[n] < load[best])) {
                best = n;
            }
        }
        return best;
    }

    private static int mostLoaded(int[] load, int except) {
        int best = -1;
        for (int n = 0; n < load.length; n++) {
            if (n != except && (best < 0 || load[n] >= load[best])) {
                best = n;
            }
        }
        return best;
    }

    /**
     * Murmur3's 64-bit finalizer. Mixing scatters each node's share over the whole range of high bits: the node's
     * fingerprint table places keys by their high bits, so a range partition would fill only 1/N of each table.
     */
    static long mix(long key) {
        long k = key;
        k = (k ^ (k >>> 33)) * 0xff51afd7ed558ccdL;
        k = (k ^ (k >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return k ^ (k >>> 33);
    }

    /**
     * Jump consistent hash (Lamping and Veach, 2014): growing {@code buckets} by one moves a key only into the new
     * bucket, so the table can later grow without reshuffling.
     */
    static int jump(long key, int buckets) {
        long k = key;
        long b = -1;
        long j = 0;
        while (j < buckets) {
            b = j;
            k = k * 2862933555777941757L + 1;
            j = (long) ((b + 1) * ((double) (1L << 31) / (double) ((k >>> 33) + 1)));
        }
        return (int) b;
    }
}
