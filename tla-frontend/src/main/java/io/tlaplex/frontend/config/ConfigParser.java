package io.tlaplex.frontend.config;

import io.tlaplex.frontend.diag.DiagCode;
import io.tlaplex.frontend.diag.Diagnostic;
import io.tlaplex.frontend.diag.SourceSpan;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Reads a TLC model configuration (.cfg) file into a {@link ModelConfig}. Sections may come in
 * any order and repeat; list sections accumulate. Never throws for bad input: every problem of
 * the file is reported in the result, and the parser resumes at the next keyword or entry.
 */
public final class ConfigParser {
    private final TokenCursor in;
    private final ModelConfigBuilder out;
    private final List<Diagnostic> diagnostics;

    private ConfigParser(TokenCursor in, ModelConfigBuilder out, List<Diagnostic> diagnostics) {
        this.in = in;
        this.out = out;
        this.diagnostics = diagnostics;
    }

    /**
     * Parses the text of a .cfg file.
     *
     * @param fileName the name to put in source spans, as the user gave it
     * @param text     the whole file
     * @return the configuration and every diagnostic, sorted by position
     */
    public static ConfigParseResult parse(String fileName, String text) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        TokenCursor in = new TokenCursor(ConfigLexer.tokenize(fileName, text, diagnostics));
        ConfigParser parser = new ConfigParser(in, new ModelConfigBuilder(fileName, diagnostics), diagnostics);
        parser.file();
        ModelConfig config = parser.out.build();
        diagnostics.sort(Comparator.comparingInt((Diagnostic d) -> d.span().line())
                .thenComparingInt(d -> d.span().col()));
        return new ConfigParseResult(config, diagnostics);
    }

    private void file() {
        while (!in.at(Token.Kind.EOF)) {
            Token t = in.peek();
            Optional<Keyword> keyword = t.is(Token.Kind.NAME) ? Keyword.of(t.text()) : Optional.empty();
            if (keyword.isEmpty()) {
                diagnostics.add(notAKeyword(t));
                in.next();
                in.skipToSectionEnd();
                continue;
            }
            in.next();
            try {
                section(keyword.get(), t);
            } catch (CfgSyntaxError e) {
                diagnostics.add(e.diagnostic());
                in.skipToSectionEnd();
            }
        }
    }

    private void section(Keyword keyword, Token keywordToken) {
        if (keyword.isConstants()) {
            new ConstantsParser(in, out, diagnostics).section();
        } else if (keyword == Keyword.CHECK_DEADLOCK) {
            checkDeadlock(keywordToken);
        } else if (keyword.section.single()) {
            single(keyword.section, keywordToken);
        } else {
            list(keyword.section, keywordToken);
        }
    }

    private void single(Section section, Token keyword) {
        Token t = in.peek();
        if (t.is(Token.Kind.EOF) || t.isKeyword()) {
            throw TokenCursor.error(DiagCode.E0301_CFG_SYNTAX, keyword.span(),
                    "the keyword " + keyword.text() + " must be followed by a name");
        }
        if (!t.is(Token.Kind.NAME)) {
            throw TokenCursor.error(DiagCode.E0301_CFG_SYNTAX, t.span(),
                    "expected a name after " + keyword.text() + ", found " + t.describe());
        }
        in.next();
        out.single(section, keyword, new CfgName(t.text(), t.span()));
        Token extra = in.peek();
        // Something on a later line is left to the caller: most likely a misspelt keyword.
        if (!in.atSectionEnd() && extra.span().line() == t.span().line()) {
            throw TokenCursor.error(DiagCode.E0301_CFG_SYNTAX, extra.span(),
                    keyword.text() + " takes a single name, but " + extra.describe() + " follows '" + t.text() + "'");
        }
    }

    private void list(Section section, Token keyword) {
        out.list(section);
        boolean commaReported = false;
        while (!in.atSectionEnd()) {
            Token t = in.next();
            if (t.is(Token.Kind.NAME)) {
                out.listName(section, new CfgName(t.text(), t.span()));
            } else if (t.is(Token.Kind.COMMA)) {
                if (!commaReported) {
                    diagnostics.add(Diagnostic.error(DiagCode.E0301_CFG_SYNTAX, t.span(),
                            "names after " + keyword.text() + " are separated by white space, not ','"));
                }
                commaReported = true;
            } else {
                throw TokenCursor.error(DiagCode.E0301_CFG_SYNTAX, t.span(),
                        "expected a name after " + keyword.text() + ", found " + t.describe());
            }
        }
    }

    private void checkDeadlock(Token keyword) {
        Token t = in.peek();
        if (t.is(Token.Kind.NAME) && (t.text().equals("TRUE") || t.text().equals("FALSE"))) {
            in.next();
            out.deadlock(keyword, new CfgValue.Bool(t.text().equals("TRUE"), t.span()));
            return;
        }
        boolean missing = t.is(Token.Kind.EOF) || t.isKeyword();
        SourceSpan at = missing ? keyword.span() : t.span();
        String found = missing ? "" : ", found " + t.describe();
        throw TokenCursor.error(DiagCode.E0303_CFG_BAD_VALUE, at,
                "CHECK_DEADLOCK must be followed by TRUE or FALSE" + found);
    }

    private static Diagnostic notAKeyword(Token t) {
        if (t.is(Token.Kind.NAME)) {
            return Diagnostic.error(DiagCode.E0302_CFG_UNKNOWN_KEYWORD, t.span(), unknownKeyword(t.text()));
        }
        return Diagnostic.error(DiagCode.E0301_CFG_SYNTAX, t.span(),
                "expected a keyword such as CONSTANT, INIT or SPECIFICATION, found " + t.describe());
    }

    /** The message for a word that stands where a keyword should: names the nearest keyword. */
    static String unknownKeyword(String word) {
        Optional<Keyword> nearest = Keyword.nearest(word);
        if (nearest.isEmpty()) {
            return "unknown keyword '" + word + "'; expected one of " + Keyword.sectionList();
        }
        String k = nearest.get().name();
        if (k.equalsIgnoreCase(word)) {
            return "unknown keyword '" + word + "'; keywords are case-sensitive: did you mean " + k + "?";
        }
        return "unknown keyword '" + word + "'; did you mean " + k + "?";
    }
}
