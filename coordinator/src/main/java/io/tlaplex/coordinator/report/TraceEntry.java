package io.tlaplex.coordinator.report;

/** One printed state of a counterexample: TLC's label ({@code <Initial predicate>}, {@code <Next line ...>}) and its lines. */
public record TraceEntry(String label, String stateText) {
}
