package io.tlaplex.worker.nativeio;

import com.sun.jna.LastErrorException;
import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.NativeLong;
import com.sun.jna.Platform;
import com.sun.jna.Pointer;
import java.util.Arrays;
import java.util.Optional;

/**
 * Linux calls through JNA: sched_getcpu and sched_{get,set}affinity from libc, and set_mempolicy as
 * a raw system call (libc has no wrapper, and libnuma prints its own errors to stderr), falling back
 * to libnuma's numa_set_preferred on architectures whose call number is not known here. Thread-safe.
 */
final class LinuxNativeOs implements NativeOs {
    private static final int MPOL_DEFAULT = 0;
    private static final int MPOL_PREFERRED = 1;
    /** glibc's cpu_set_t: 1024 CPUs. Larger machines make sched_getaffinity fail with EINVAL; we then grow. */
    private static final int DEFAULT_MASK_LONGS = 16;
    private static final int MAX_MASK_LONGS = (CpuSet.MAX_ID + 64) / 64;

    /** Maps libc entry points; each declared error becomes a LastErrorException with the errno. */
    interface LibC extends Library {
        int sched_getcpu() throws LastErrorException;

        int sched_getaffinity(int pid, NativeLong size, long[] mask) throws LastErrorException;

        int sched_setaffinity(int pid, NativeLong size, long[] mask) throws LastErrorException;

        NativeLong syscall(NativeLong number, Object... args) throws LastErrorException;
    }

    /** The libnuma entry points used when the set_mempolicy call number is unknown. */
    interface LibNuma extends Library {
        int numa_available();

        void numa_set_preferred(int node);

        void numa_set_localalloc();
    }

    private final LibC libc;
    private final long setMempolicy;
    private final LibNuma numa;

    private LinuxNativeOs(LibC libc, long setMempolicy, LibNuma numa) {
        this.libc = libc;
        this.setMempolicy = setMempolicy;
        this.numa = numa;
    }

    /** The JNA implementation on Linux, otherwise one that does nothing and says why. */
    static NativeOs load() {
        if (!Platform.isLinux()) {
            String os = System.getProperty("os.name");
            return new UnavailableNativeOs("native calls are Linux-only (running on " + os + ")");
        }
        try {
            LibC libc = Native.load(Platform.C_LIBRARY_NAME, LibC.class);
            long setMempolicy = setMempolicyNumber(System.getProperty("os.arch"));
            return new LinuxNativeOs(libc, setMempolicy, setMempolicy < 0 ? loadNuma() : null);
        } catch (LinkageError | RuntimeException e) {
            return new UnavailableNativeOs("native calls unavailable (" + e.getClass().getSimpleName() + ")");
        }
    }

    @Override
    public String unavailableReason() {
        return "";
    }

    @Override
    public int currentCpu() {
        try {
            return libc.sched_getcpu();
        } catch (LastErrorException | LinkageError e) {
            return -1;
        }
    }

    @Override
    public Optional<CpuSet> affinity() {
        for (int longs = DEFAULT_MASK_LONGS; longs <= MAX_MASK_LONGS; longs *= 2) {
            long[] mask = new long[longs];
            try {
                libc.sched_getaffinity(0, new NativeLong(longs * 8L), mask);
                return Optional.of(fromMask(mask));
            } catch (LastErrorException e) {
                if (e.getErrorCode() != 22) {
                    return Optional.empty();
                }
            } catch (LinkageError e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    @Override
    public int setAffinity(CpuSet cpus) {
        long[] mask = new long[Math.max(DEFAULT_MASK_LONGS, cpus.max() / 64 + 1)];
        for (int i = 0; i < cpus.size(); i++) {
            mask[cpus.get(i) >>> 6] |= 1L << (cpus.get(i) & 63);
        }
        try {
            return libc.sched_setaffinity(0, new NativeLong(mask.length * 8L), mask);
        } catch (LastErrorException e) {
            return e.getErrorCode();
        } catch (LinkageError e) {
            return UNSUPPORTED;
        }
    }

    @Override
    public int preferMemoryNode(int node) {
        if (setMempolicy < 0) {
            if (numa == null) {
                return UNSUPPORTED;
            }
            numa.numa_set_preferred(node);
            return 0;
        }
        long[] mask = new long[node / 64 + 1];
        mask[node >>> 6] = 1L << (node & 63);
        // The kernel drops the last bit of maxnode (a historical off-by-one), hence the + 1.
        return mempolicy(MPOL_PREFERRED, mask, new NativeLong(mask.length * 64L + 1));
    }

    @Override
    public int resetMemoryPolicy() {
        if (setMempolicy < 0) {
            if (numa == null) {
                return UNSUPPORTED;
            }
            numa.numa_set_localalloc();
            return 0;
        }
        return mempolicy(MPOL_DEFAULT, Pointer.NULL, new NativeLong(0));
    }

    private int mempolicy(int mode, Object mask, NativeLong maxNode) {
        try {
            libc.syscall(new NativeLong(setMempolicy), mode, mask, maxNode);
            return 0;
        } catch (LastErrorException e) {
            return e.getErrorCode();
        } catch (LinkageError e) {
            return UNSUPPORTED;
        }
    }

    /** set_mempolicy's number in the x86-64 table and the generic table (arm64, riscv64, loongarch64); else -1. */
    static long setMempolicyNumber(String arch) {
        return switch (arch) {
            case "amd64", "x86_64" -> 238;
            case "aarch64", "riscv64", "loongarch64" -> 237;
            default -> -1;
        };
    }

    private static LibNuma loadNuma() {
        try {
            LibNuma numa = Native.load("numa", LibNuma.class);
            return numa.numa_available() < 0 ? null : numa;
        } catch (LinkageError | RuntimeException e) {
            return null;
        }
    }

    private static CpuSet fromMask(long[] mask) {
        int[] ids = new int[Long.SIZE * mask.length];
        int n = 0;
        for (int word = 0; word < mask.length; word++) {
            long bits = mask[word];
            while (bits != 0) {
                ids[n++] = word * 64 + Long.numberOfTrailingZeros(bits);
                bits &= bits - 1;
            }
        }
        return CpuSet.of(Arrays.copyOf(ids, n));
    }
}
