package io.tlaplex.frontend.semantic;

import static io.tlaplex.frontend.semantic.TestSpecs.errors;
import static io.tlaplex.frontend.semantic.TestSpecs.load;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tlaplex.frontend.diag.DiagnosticException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ModuleLoaderTest {

    @Test
    void shouldOrderModulesAfterTheModulesTheyNeedAndParseEachOnce() {
        List<String> requested = new ArrayList<>();
        ModuleSource texts = ModuleSource.inMemory(Map.of(
                "A", "---- MODULE A ----\nEXTENDS C\n====\n",
                "B", "---- MODULE B ----\nEXTENDS C\n====\n",
                "C", "---- MODULE C ----\n====\n"));
        ModuleSource counting = name -> {
            requested.add(name);
            return texts.find(name);
        };

        ModuleLoader.Result result = new ModuleLoader(counting)
                .load(new SourceFile("Root.tla", "---- MODULE Root ----\nEXTENDS A, B\n====\n", false));

        assertEquals(List.of("C", "A", "B", "Root"), result.modules().stream()
                .map(p -> p.module().name().name()).toList());
        assertEquals(List.of("A", "C", "B"), requested);
        assertEquals(List.of(), result.diagnostics());
    }

    @Test
    void shouldPreferTheSpecFolderOverTheStandardModules() throws DiagnosticException {
        SemanticModel model = load("""
                ---- MODULE Root ----
                EXTENDS TLC
                Use == Mine
                ====
                """, """
                ---- MODULE TLC ----
                Mine == 1
                ====
                """);

        assertEquals(false, model.module("TLC").standard());
    }

    @Test
    void shouldReportModuleNotFoundAtTheName() {
        List<String> errors = errors("""
                ---- MODULE Root ----
                EXTENDS Naturals, Nope
                I == INSTANCE Nope
                ====
                """);

        assertEquals(List.of("E0401 Root.tla:2:19: error: Cannot find source file for module Nope.",
                "E0401 Root.tla:3:15: error: Cannot find source file for module Nope."), errors);
    }

    @Test
    void shouldReportCircularExtends() {
        List<String> errors = errors("""
                ---- MODULE Root ----
                EXTENDS A
                ====
                """, """
                ---- MODULE A ----
                EXTENDS B
                ====
                """, """
                ---- MODULE B ----
                EXTENDS A
                ====
                """);

        assertEquals(List.of("E0402 B.tla:2:9: error: Circular dependency among modules: A -> B -> A."), errors);
    }

    @Test
    void shouldPassParseErrorsOfNeededModulesThrough() {
        List<String> errors = errors("""
                ---- MODULE Root ----
                EXTENDS Broken
                ====
                """, """
                ---- MODULE Broken ----
                Op == (1
                ====
                """);

        assertEquals(1, errors.size());
        assertTrue(errors.get(0).startsWith("E01") && errors.get(0).contains("Broken.tla:"), errors.get(0));
    }

    @Test
    void shouldUseANestedModuleDefinedEarlierInTheSameFile() throws DiagnosticException {
        SemanticModel model = load("""
                ---- MODULE Root ----
                EXTENDS Naturals
                ---- MODULE Inner ----
                CONSTANT k
                Twice == k + k
                ====
                I == INSTANCE Inner WITH k <- 2
                Use == I!Twice
                ====
                """);

        TlaModule inner = model.module("Inner");

        assertEquals(model.root(), inner.parent());
        assertEquals(inner.lookup("Twice").target(), model.resolve(TestSpecs.app(model, "Use")).target());
    }
}
