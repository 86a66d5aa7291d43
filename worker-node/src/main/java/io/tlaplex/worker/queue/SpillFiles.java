package io.tlaplex.worker.queue;

import static io.tlaplex.worker.queue.StateEntryDescriptor.HEADER_LENGTH;
import static io.tlaplex.worker.queue.StateEntryDescriptor.LENGTH_OFFSET;
import static io.tlaplex.worker.queue.StateEntryDescriptor.getInt;
import static io.tlaplex.worker.queue.StateEntryDescriptor.getLong;
import static io.tlaplex.worker.queue.StateEntryDescriptor.putInt;
import static io.tlaplex.worker.queue.StateEntryDescriptor.putLong;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32C;

/**
 * Writes and reads one queue's spill segments, {@code <name>-<number>.spill}, each a header then the
 * chunk's entries verbatim. Header (little-endian): magic, entry count, segment number, data length,
 * CRC32C of the first 20 header bytes and the data. Not fsynced: spilled states need not outlive
 * the process (checkpoints do that). Owned by the queue's thread.
 */
final class SpillFiles {
    static final String SUFFIX = ".spill";
    private static final int MAGIC = 0x53514c54;
    private static final int MAGIC_OFFSET = 0;
    private static final int COUNT_OFFSET = 4;
    private static final int NUMBER_OFFSET = 8;
    private static final int LENGTH_OFFSET_IN_HEADER = 16;
    private static final int CRC_OFFSET = 20;
    static final int HEADER_BYTES = 24;

    private final Path dir;
    private final String name;
    private final byte[] header = new byte[HEADER_BYTES];
    private final ByteBuffer headerBuffer = ByteBuffer.wrap(header);
    private final CRC32C crc = new CRC32C();

    SpillFiles(Path dir, String name) {
        this.dir = dir;
        this.name = name;
    }

    Path path(long number) {
        return dir.resolve(String.format("%s-%012d%s", name, number, SUFFIX));
    }

    /** This queue's segment files present in the folder, e.g. left by a crashed process. */
    List<Path> existing() {
        List<Path> found = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return found;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, name + "-*" + SUFFIX)) {
            files.forEach(found::add);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list spill folder " + dir, e);
        }
        found.sort(null);
        return found;
    }

    void write(long number, Chunk chunk) {
        Path file = path(number);
        putInt(header, MAGIC_OFFSET, MAGIC);
        putInt(header, COUNT_OFFSET, chunk.count);
        putLong(header, NUMBER_OFFSET, number);
        putInt(header, LENGTH_OFFSET_IN_HEADER, chunk.used);
        putInt(header, CRC_OFFSET, checksum(chunk.data, chunk.used));
        try {
            Files.createDirectories(dir);
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE)) {
                headerBuffer.clear();
                ByteBuffer body = ByteBuffer.wrap(chunk.data, 0, chunk.used);
                while (headerBuffer.hasRemaining() || body.hasRemaining()) {
                    channel.write(headerBuffer.hasRemaining() ? headerBuffer : body);
                }
            }
        } catch (IOException e) {
            deleteQuietly(file);
            throw new UncheckedIOException("cannot write spill segment " + file, e);
        }
    }

    /**
     * Reads segment {@code number} into {@code chunk}, using {@code spare} when it is large enough,
     * and checks every byte; throws {@link SpillCorruptedException} naming the file otherwise.
     */
    void read(long number, Chunk chunk, byte[] spare) {
        Path file = path(number);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            if (size < HEADER_BYTES) {
                throw new SpillCorruptedException(file, "is truncated: " + size + " bytes, shorter than its header");
            }
            headerBuffer.clear();
            readFully(channel, headerBuffer, file);
            int length = checkHeader(file, number, size);
            byte[] data = spare != null && spare.length >= length ? spare : new byte[length];
            readFully(channel, ByteBuffer.wrap(data, 0, length), file);
            if (checksum(data, length) != getInt(header, CRC_OFFSET)) {
                throw new SpillCorruptedException(file, "is corrupted: checksum mismatch");
            }
            checkEntries(file, data, length, getInt(header, COUNT_OFFSET));
            chunk.data = data;
            chunk.used = length;
            chunk.count = getInt(header, COUNT_OFFSET);
        } catch (NoSuchFileException e) {
            throw new SpillCorruptedException(file, "is missing");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read spill segment " + file, e);
        }
    }

    void delete(long number) {
        Path file = path(number);
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete spill segment " + file, e);
        }
    }

    private int checkHeader(Path file, long number, long size) {
        if (getInt(header, MAGIC_OFFSET) != MAGIC) {
            throw new SpillCorruptedException(file, "is corrupted: not a spill segment");
        }
        if (getLong(header, NUMBER_OFFSET) != number) {
            throw new SpillCorruptedException(file, "is corrupted: holds segment " + getLong(header, NUMBER_OFFSET));
        }
        int length = getInt(header, LENGTH_OFFSET_IN_HEADER);
        if (length < 0 || getInt(header, COUNT_OFFSET) <= 0) {
            throw new SpillCorruptedException(file, "is corrupted: bad header");
        }
        if (size < (long) HEADER_BYTES + length) {
            throw new SpillCorruptedException(file, "is truncated: " + size + " of " + (HEADER_BYTES + length)
                    + " bytes");
        }
        if (size > (long) HEADER_BYTES + length) {
            throw new SpillCorruptedException(file, "is corrupted: " + size + " bytes, expected "
                    + (HEADER_BYTES + length));
        }
        return length;
    }

    private static void checkEntries(Path file, byte[] data, int length, int count) {
        int at = 0;
        for (int i = 0; i < count; i++) {
            int entry = at + HEADER_LENGTH <= length ? getInt(data, at + LENGTH_OFFSET) : -1;
            if (entry < HEADER_LENGTH || entry > length - at) {
                throw new SpillCorruptedException(file, "is corrupted: entry " + i + " overruns the segment");
            }
            at += entry;
        }
        if (at != length) {
            throw new SpillCorruptedException(file, "is corrupted: entries do not fill the segment");
        }
    }

    private int checksum(byte[] data, int length) {
        crc.reset();
        crc.update(header, 0, CRC_OFFSET);
        crc.update(data, 0, length);
        return (int) crc.getValue();
    }

    private static void readFully(FileChannel channel, ByteBuffer into, Path file) throws IOException {
        while (into.hasRemaining()) {
            if (channel.read(into) < 0) {
                throw new SpillCorruptedException(file, "is truncated while being read");
            }
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // The write already failed; that failure is the one to report.
        }
    }
}
