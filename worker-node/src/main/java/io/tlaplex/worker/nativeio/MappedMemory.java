package io.tlaplex.worker.nativeio;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.NativeLong;
import com.sun.jna.Platform;
import com.sun.jna.Pointer;

/**
 * Anonymous private memory from {@code mmap}: the kernel hands out zeroed pages on first touch, so a table of
 * gigabytes is ready at once and costs memory only where it is written. Asks for transparent huge pages and does
 * not reserve swap. Pages land on the memory node the touching thread prefers (see {@link ThreadPlacement}).
 */
public final class MappedMemory {
    private static final int PROT_READ_WRITE = 0x1 | 0x2;
    private static final int MAP_PRIVATE_ANONYMOUS_NORESERVE = 0x02 | 0x20 | 0x4000;
    private static final int MADV_HUGEPAGE = 14;
    private static final Mapper MAPPER = Mapper.load();

    private final long address;
    private final long bytes;
    private boolean released;

    private MappedMemory(long address, long bytes) {
        this.address = address;
        this.bytes = bytes;
    }

    /** The libc calls; null when JNA or the platform cannot provide them. */
    interface Mapper extends Library {
        Pointer mmap(Pointer address, NativeLong length, int protection, int flags, int fd, NativeLong offset);

        int munmap(Pointer address, NativeLong length);

        int madvise(Pointer address, NativeLong length, int advice);

        static Mapper load() {
            if (!Platform.isLinux() || !Platform.is64Bit()) {
                return null;
            }
            try {
                return Native.load(Platform.C_LIBRARY_NAME, Mapper.class);
            } catch (LinkageError | RuntimeException e) {
                return null;
            }
        }
    }

    /** Whether {@link #map} can work here. */
    public static boolean available() {
        return MAPPER != null;
    }

    /** Maps {@code bytes} of zeroed memory, or throws {@link OutOfMemoryError} when the kernel refuses. */
    public static MappedMemory map(long bytes) {
        if (MAPPER == null) {
            throw new UnsupportedOperationException("anonymous mmap is not available on this platform");
        }
        if (bytes <= 0) {
            throw new IllegalArgumentException("mapping size must be positive: " + bytes);
        }
        Pointer p = MAPPER.mmap(Pointer.NULL, new NativeLong(bytes), PROT_READ_WRITE, MAP_PRIVATE_ANONYMOUS_NORESERVE,
                -1, new NativeLong(0));
        long address = Pointer.nativeValue(p);
        if (address == -1 || address == 0) {
            throw new OutOfMemoryError("mmap of " + bytes + " bytes failed (errno " + Native.getLastError() + ")");
        }
        // Advice only: without transparent huge pages the mapping works the same with small pages.
        MAPPER.madvise(p, new NativeLong(bytes), MADV_HUGEPAGE);
        return new MappedMemory(address, bytes);
    }

    public long address() {
        return address;
    }

    public long bytes() {
        return bytes;
    }

    /** Unmaps the memory; idempotent. No thread may touch it afterwards. */
    public synchronized void release() {
        if (!released) {
            released = true;
            MAPPER.munmap(new Pointer(address), new NativeLong(bytes));
        }
    }
}
