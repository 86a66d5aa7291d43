package io.tlaplex.frontend.semantic;

import io.tlaplex.frontend.diag.DiagCode;
import io.tlaplex.frontend.diag.Diagnostic;
import io.tlaplex.frontend.diag.DiagnosticException;
import io.tlaplex.frontend.diag.Severity;
import io.tlaplex.frontend.diag.SourceSpan;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Entry point of the front end: reads a root spec and every module it needs (from the spec's
 * folder, then the standard modules), parses, resolves names and checks levels. Each phase reports
 * all of its errors together; loading stops after the first phase with errors. One instance per
 * load; {@link #sources()} keeps the texts read so that a caller can print diagnostics.
 */
public final class Frontend {

    /** TLC's exit code for errors in the spec. */
    public static final int EXIT_SPEC_ERROR = 150;

    private final Map<String, String> sources = new LinkedHashMap<>();

    /**
     * Loads {@code rootSpec} (a {@code .tla} file), finding other modules in its folder and then
     * among the standard modules.
     *
     * @throws DiagnosticException with every error of the failing phase, exit code 150
     */
    public static SemanticModel load(Path rootSpec) throws DiagnosticException {
        return new Frontend().loadSpec(rootSpec);
    }

    /** As {@link #load(Path)}, keeping the texts read in {@link #sources()} whether or not it fails. */
    public SemanticModel loadSpec(Path rootSpec) throws DiagnosticException {
        Path file = rootSpec.toAbsolutePath();
        String fileName = file.getFileName().toString();
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            String why = e instanceof NoSuchFileException ? "no such file" : e.getMessage();
            throw new DiagnosticException(List.of(Diagnostic.error(DiagCode.E0403_FILE_UNREADABLE,
                    new SourceSpan(fileName, 0, 0, 0, 0), "Cannot read " + rootSpec + ": " + why)), EXIT_SPEC_ERROR);
        }
        ModuleSource source = ModuleSource.directory(file.getParent()).orElse(ModuleSource.standardModules());
        return load(new SourceFile(fileName, text, false), source);
    }

    /**
     * Loads the module in {@code root}, finding the modules it names through {@code source}.
     *
     * @throws DiagnosticException with every error of the failing phase, exit code 150
     */
    public SemanticModel load(SourceFile root, ModuleSource source) throws DiagnosticException {
        ModuleLoader.Result loaded = new ModuleLoader(source).load(root);
        sources.putAll(loaded.sources());
        List<Diagnostic> warnings = new ArrayList<>();
        throwIfErrors(loaded.diagnostics(), warnings);
        if (loaded.modules().isEmpty()) {
            throw new IllegalStateException("the parser returned no module and no error for " + root.fileName());
        }
        Tables tables = new Tables();
        ModuleResolver resolver = new ModuleResolver(tables);
        TlaModule rootModule = null;
        for (ModuleLoader.Parsed parsed : loaded.modules()) {
            rootModule = resolver.resolve(parsed.module(), parsed.standard());
        }
        throwIfErrors(sorted(tables.diagnostics, loaded), warnings);
        LevelChecker levels = new LevelChecker(tables);
        for (TlaModule module : resolver.modules()) {
            levels.checkModule(module);
        }
        throwIfErrors(sorted(tables.diagnostics, loaded), warnings);
        List<VariableSymbol> variables = rootModule.variables();
        for (int i = 0; i < variables.size(); i++) {
            variables.get(i).setIndex(i);
        }
        return new SemanticModel(rootModule, resolver.modules(), tables, levels, sources, warnings);
    }

    /** The text of every file read so far, by the file name that spans show, for {@code DiagnosticPrinter}. */
    public Map<String, String> sources() {
        return Map.copyOf(sources);
    }

    /** A one-line summary such as {@code Parsed 3 modules, 42 definitions, 5 variables}. */
    public static String summary(SemanticModel model) {
        return "Parsed " + plural(model.modules().size(), "module") + ", "
                + plural(model.definitionCount(), "definition") + ", " + plural(model.variables().size(), "variable");
    }

    private static String plural(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static void throwIfErrors(List<Diagnostic> diagnostics, List<Diagnostic> warnings)
            throws DiagnosticException {
        boolean error = false;
        for (Diagnostic d : diagnostics) {
            if (d.severity() == Severity.ERROR) {
                error = true;
            } else if (!warnings.contains(d)) {
                warnings.add(d);
            }
        }
        if (error) {
            throw new DiagnosticException(diagnostics, EXIT_SPEC_ERROR);
        }
    }

    /** Diagnostics by file (in load order), then position; the order of discovery otherwise. */
    private static List<Diagnostic> sorted(List<Diagnostic> diagnostics, ModuleLoader.Result loaded) {
        Map<String, Integer> fileOrder = new HashMap<>();
        for (ModuleLoader.Parsed parsed : loaded.modules()) {
            fileOrder.putIfAbsent(parsed.module().file(), fileOrder.size());
        }
        List<Diagnostic> result = new ArrayList<>(diagnostics);
        result.sort(Comparator.comparingInt((Diagnostic d) -> fileOrder.getOrDefault(d.span().file(), -1))
                .thenComparingInt(d -> d.span().line())
                .thenComparingInt(d -> d.span().col()));
        return result;
    }
}
