package io.tlaplex.frontend.eval;

import io.tlaplex.frontend.config.CfgName;
import io.tlaplex.frontend.config.CfgValue;
import io.tlaplex.frontend.config.ConstantAssignment;
import io.tlaplex.frontend.config.ModelConfig;
import io.tlaplex.frontend.config.Replacement;
import io.tlaplex.frontend.diag.SourceSpan;
import io.tlaplex.frontend.semantic.SemanticModel;
import io.tlaplex.frontend.semantic.TlaModule;
import io.tlaplex.frontend.value.StringTable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Feeds a run's {@link StringTable} in the order TLC first meets strings, which is the order TLC compares
 * strings in: the configuration's names and values as written, then the identifiers and string literals of the
 * root module and of the modules it needs, in reading order.
 */
final class Strings {
    private Strings() {
    }

    static void intern(StringTable table, ModelConfig cfg, SemanticModel model) {
        if (table.isFrozen()) {
            return;
        }
        for (Tok t : configTokens(cfg)) {
            if (t.model) {
                table.declareModelValue(t.text);
            } else {
                table.intern(t.text);
            }
        }
        Set<String> files = new LinkedHashSet<>();
        files.add(model.root().file());
        for (TlaModule m : model.modules()) {
            files.add(m.file());
        }
        for (String file : files) {
            String text = model.sources().get(file);
            if (text != null) {
                tokens(text, table);
            }
        }
    }

    private record Tok(String text, boolean model, SourceSpan at) {
    }

    private static List<Tok> configTokens(ModelConfig cfg) {
        List<Tok> out = new ArrayList<>();
        for (ConstantAssignment c : cfg.constants()) {
            out.add(new Tok(c.name().name(), false, c.name().span()));
            c.module().ifPresent(m -> out.add(new Tok(m.name(), false, m.span())));
            for (CfgValue a : c.args()) {
                values(a, out);
            }
            values(c.value(), out);
        }
        for (Replacement r : cfg.replacements()) {
            out.add(new Tok(r.name().name(), false, r.name().span()));
            r.module().ifPresent(m -> out.add(new Tok(m.name(), false, m.span())));
            out.add(new Tok(r.target().name(), false, r.target().span()));
        }
        cfg.sections().values().forEach(names -> {
            for (CfgName n : names) {
                out.add(new Tok(n.name(), false, n.span()));
            }
        });
        out.sort(Comparator.comparingInt((Tok t) -> t.at.line()).thenComparingInt(t -> t.at.col()));
        return out;
    }

    private static void values(CfgValue v, List<Tok> out) {
        switch (v) {
            case CfgValue.Str s -> out.add(new Tok(s.value(), false, s.span()));
            case CfgValue.ModelValue m -> out.add(new Tok(m.name(), true, m.span()));
            case CfgValue.SetOf s -> s.elements().forEach(e -> values(e, out));
            case CfgValue.TupleOf t -> t.elements().forEach(e -> values(e, out));
            default -> {
            }
        }
    }

    /** Interns identifiers and string literals of a module file in reading order, skipping comments. */
    static void tokens(String text, StringTable table) {
        int start = text.indexOf("MODULE");
        int i = start < 0 ? 0 : start;
        int n = text.length();
        while (i < n) {
            char ch = text.charAt(i);
            if (ch == '(' && i + 1 < n && text.charAt(i + 1) == '*') {
                i = skipBlockComment(text, i + 2);
            } else if (ch == '\\' && i + 1 < n && text.charAt(i + 1) == '*') {
                int eol = text.indexOf('\n', i);
                i = eol < 0 ? n : eol + 1;
            } else if (ch == '"') {
                StringBuilder s = new StringBuilder();
                i++;
                while (i < n && text.charAt(i) != '"') {
                    char c = text.charAt(i);
                    if (c == '\\' && i + 1 < n) {
                        char e = text.charAt(++i);
                        s.append(switch (e) {
                            case 'n' -> '\n';
                            case 't' -> '\t';
                            case 'r' -> '\r';
                            case 'f' -> '\f';
                            default -> e;
                        });
                    } else {
                        s.append(c);
                    }
                    i++;
                }
                i++;
                table.intern(s.toString());
            } else if (Character.isLetterOrDigit(ch) || ch == '_') {
                int j = i;
                boolean letter = false;
                while (j < n && (Character.isLetterOrDigit(text.charAt(j)) || text.charAt(j) == '_')) {
                    letter |= Character.isLetter(text.charAt(j));
                    j++;
                }
                if (letter) {
                    table.intern(text.substring(i, j));
                }
                i = j;
            } else {
                i++;
            }
        }
    }

    private static int skipBlockComment(String text, int from) {
        int depth = 1;
        int i = from;
        int n = text.length();
        while (i < n && depth > 0) {
            if (text.startsWith("(*", i)) {
                depth++;
                i += 2;
            } else if (text.startsWith("*)", i)) {
                depth--;
                i += 2;
            } else {
                i++;
            }
        }
        return i;
    }
}
