package io.tlaplex.coordinator.conformance;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads a corpus manifest: tab-separated, one header row naming the columns, one model per row. */
public final class Manifest {
    private static final List<String> REQUIRED = List.of("id", "dir", "module", "config", "expected_result",
            "distinct_states", "total_states", "depth", "features", "tlc_seconds_w1", "counts_complete",
            "trace_length");

    private Manifest() {
    }

    public static List<ManifestEntry> read(Path manifest) throws IOException {
        return parse(manifest.toString(), Files.readAllLines(manifest));
    }

    static List<ManifestEntry> parse(String name, List<String> lines) throws IOException {
        if (lines.isEmpty()) {
            throw new IOException(name + ": empty manifest");
        }
        Map<String, Integer> columns = new HashMap<>();
        String[] header = lines.get(0).split("\t", -1);
        for (int i = 0; i < header.length; i++) {
            columns.put(header[i].trim(), i);
        }
        for (String required : REQUIRED) {
            if (!columns.containsKey(required)) {
                throw new IOException(name + ":1: missing column '" + required + "'");
            }
        }
        List<ManifestEntry> entries = new ArrayList<>();
        for (int row = 1; row < lines.size(); row++) {
            String line = lines.get(row);
            if (line.isBlank()) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            try {
                entries.add(entry(columns, cells));
            } catch (RuntimeException e) {
                throw new IOException(name + ":" + (row + 1) + ": bad row: " + e.getMessage(), e);
            }
        }
        return entries;
    }

    private static ManifestEntry entry(Map<String, Integer> columns, String[] cells) {
        String features = cell(columns, cells, "features");
        return new ManifestEntry(
                cell(columns, cells, "id"),
                cell(columns, cells, "dir"),
                cell(columns, cells, "module"),
                cell(columns, cells, "config"),
                cell(columns, cells, "expected_result"),
                Long.parseLong(cell(columns, cells, "distinct_states")),
                Long.parseLong(cell(columns, cells, "total_states")),
                Integer.parseInt(cell(columns, cells, "depth")),
                features.isEmpty() ? Set.of() : new LinkedHashSet<>(Arrays.asList(features.split(","))),
                Double.parseDouble(cell(columns, cells, "tlc_seconds_w1")),
                cell(columns, cells, "counts_complete").equals("yes"),
                Integer.parseInt(cell(columns, cells, "trace_length")));
    }

    private static String cell(Map<String, Integer> columns, String[] cells, String column) {
        int index = columns.get(column);
        if (index >= cells.length) {
            throw new IllegalArgumentException("no value for column '" + column + "'");
        }
        return cells[index].trim();
    }
}
