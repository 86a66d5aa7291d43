package io.tlaplex.coordinator.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(value = 60, unit = TimeUnit.SECONDS)
class LocalNodesTest {
    private static final List<String> FLAGS = List.of("-Xss16m", "-XX:+UseParallelGC");

    @TempDir
    Path dir;

    private List<String> jars(String... names) throws Exception {
        for (String name : names) {
            Files.writeString(dir.resolve(name), name);
        }
        return Stream.of(names).map(name -> dir.resolve(name).toString()).toList();
    }

    @Test
    void shouldMakeNoArchiveForAClassPathWithAFolder() throws Exception {
        List<String> classPath = List.of(jars("a.jar").get(0), dir.toString());

        LocalNodes.ClassArchive archive = LocalNodes.ClassArchive.at(dir.resolve("cache"), "java", FLAGS, classPath);

        assertEquals(List.of(), archive.use(0).flags());
    }

    @Test
    void shouldLetNodeZeroAloneRecordTheMissingArchive() throws Exception {
        LocalNodes.ClassArchive archive = LocalNodes.ClassArchive.at(dir.resolve("cache"), "java", FLAGS,
                jars("a.jar", "b.jar"));
        Path partial = Path.of(archive.file() + "." + ProcessHandle.current().pid() + ".tmp");

        List<String> first = archive.use(0).flags();

        assertEquals("-XX:ArchiveClassesAtExit=" + partial, first.get(0));
        assertTrue(first.contains("-Xlog:cds*=off"), first.toString());
        assertEquals(List.of(), archive.use(1).flags());
        assertEquals(List.of(), archive.use(0).flags(), "a second recording while the first runs");
    }

    @Test
    void shouldMapTheArchiveOnceTheRecordingJvmEndedCleanly() throws Exception {
        LocalNodes.ClassArchive archive = LocalNodes.ClassArchive.at(dir.resolve("cache"), "java", FLAGS,
                jars("a.jar"));
        LocalNodes.ClassArchive.Use recording = archive.use(0);
        Files.writeString(Path.of(recording.flags().get(0).substring("-XX:ArchiveClassesAtExit=".length())), "cds");

        recording.ended(true);

        assertEquals("cds", Files.readString(archive.file()));
        assertEquals("-XX:SharedArchiveFile=" + archive.file(), archive.use(1).flags().get(0));
        assertEquals("-XX:SharedArchiveFile=" + archive.file(), archive.use(0).flags().get(0));
    }

    @Test
    void shouldDropTheRecordingOfAJvmThatFailedAndRecordAgainLater() throws Exception {
        Path cache = dir.resolve("cache");
        LocalNodes.ClassArchive archive = LocalNodes.ClassArchive.at(cache, "java", FLAGS, jars("a.jar"));
        LocalNodes.ClassArchive.Use recording = archive.use(0);
        Files.writeString(Path.of(recording.flags().get(0).substring("-XX:ArchiveClassesAtExit=".length())), "half");

        recording.ended(false);

        try (Stream<Path> left = Files.list(cache)) {
            assertEquals(List.of(), left.toList());
        }
        assertTrue(archive.use(0).flags().get(0).startsWith("-XX:ArchiveClassesAtExit="));
    }

    @Test
    void shouldNameTheArchiveAfterTheJarsAndTheJvm() throws Exception {
        Path cache = dir.resolve("cache");
        List<String> classPath = jars("a.jar");
        Path before = LocalNodes.ClassArchive.at(cache, "java", FLAGS, classPath).file();

        Files.writeString(dir.resolve("a.jar"), "a rebuilt jar");

        assertNotEquals(before, LocalNodes.ClassArchive.at(cache, "java", FLAGS, classPath).file());
        assertNotEquals(before, LocalNodes.ClassArchive.at(cache, "java", List.of("-Xmx1g"), jars("a.jar")).file());
        assertEquals(LocalNodes.ClassArchive.at(cache, "java", FLAGS, classPath).file(),
                LocalNodes.ClassArchive.at(cache, "java", FLAGS, classPath).file());
    }

    @Test
    void shouldKeepOnlyTheArchivesUsedLately() throws Exception {
        Path cache = Files.createDirectories(dir.resolve("cache"));
        for (int i = 0; i < 4; i++) {
            Path old = Files.writeString(cache.resolve("node-old" + i + ".jsa"), "old");
            Files.setLastModifiedTime(old, FileTime.fromMillis(1_000_000L * (i + 1)));
        }
        LocalNodes.ClassArchive archive = LocalNodes.ClassArchive.at(cache, "java", FLAGS, jars("a.jar"));
        LocalNodes.ClassArchive.Use recording = archive.use(0);
        Files.writeString(Path.of(recording.flags().get(0).substring("-XX:ArchiveClassesAtExit=".length())), "new");

        recording.ended(true);

        try (Stream<Path> left = Files.list(cache)) {
            assertEquals(List.of(archive.file().getFileName().toString(), "node-old2.jsa", "node-old3.jsa"),
                    left.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void shouldNotHandALaunchersOwnClassArchiveFlagsToTheNodes() {
        List<String> flags = List.of("-Xss16m", "-XX:SharedArchiveFile=/home/u/.cache/cli.jsa",
                "-XX:+AutoCreateSharedArchive", "-Xlog:cds*=off", "-XX:AOTCache=/x.aot", "-Xmx2g");

        assertEquals(List.of("-Xss16m", "-Xmx2g"), LocalNodes.ClassArchive.inheritable(flags));
    }

    @Test
    void shouldHoldANodesOutputUntilReleasedThenCopyIt() throws Exception {
        PipedOutputStream node = new PipedOutputStream();
        ByteArrayOutputStream shown = new ByteArrayOutputStream();
        LocalNodes.Output output = LocalNodes.Output.copy(new PipedInputStream(node), shown, "test-output");
        node.write("early\n".getBytes(StandardCharsets.UTF_8));
        node.flush();

        output.release();
        node.write("late\n".getBytes(StandardCharsets.UTF_8));
        node.close();
        output.awaitEnd(10_000);

        assertEquals("early\nlate\n", shown.toString(StandardCharsets.UTF_8));
    }

    @Test
    void shouldDropTheOutputOfANodeTheRunNeverTook() throws Exception {
        PipedOutputStream node = new PipedOutputStream();
        ByteArrayOutputStream shown = new ByteArrayOutputStream();
        LocalNodes.Output output = LocalNodes.Output.copy(new PipedInputStream(node), shown, "test-output");
        node.write("spec error\n".getBytes(StandardCharsets.UTF_8));

        output.discard();
        node.write("more\n".getBytes(StandardCharsets.UTF_8));
        node.close();
        output.awaitEnd(10_000);

        assertEquals("", shown.toString(StandardCharsets.UTF_8));
    }

    @Test
    void shouldReportAnEarlyNodeThatFailedBeforeTheRunTookIt() throws Exception {
        LocalNodes.Plan plan = new LocalNodes.Plan(1, (id, seed) -> List.of("parse", dir.resolve("Missing.tla")
                .toString()), id -> List.of(), dir);
        CompletableFuture<String> failure = new CompletableFuture<>();

        try (LocalNodes.EarlyNodes early = LocalNodes.early(plan, "127.0.0.1:1");
             AutoCloseable nodes = early.launch("127.0.0.1:1", failure::complete)) {
            assertEquals("node 0 exited with status 255", failure.get(30, TimeUnit.SECONDS));
        }
        assertFalse(ProcessHandle.current().children().anyMatch(ProcessHandle::isAlive), "a node outlived close");
    }
}
