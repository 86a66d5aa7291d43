package io.tlaplex.frontend.config;

import io.tlaplex.frontend.diag.DiagCode;
import io.tlaplex.frontend.diag.Diagnostic;
import io.tlaplex.frontend.diag.SourceSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Parses the entries of a CONSTANT section up to the next keyword: {@code N = 3},
 * {@code F(1) = 2}, {@code C = [Mod] v}, {@code Op <- Other}, {@code Op <- [Mod] Other}, with
 * any number per line. After a bad entry it resumes at the next line that starts an entry.
 */
final class ConstantsParser {
    private final TokenCursor in;
    private final ValueParser values;
    private final ModelConfigBuilder out;
    private final List<Diagnostic> diagnostics;

    ConstantsParser(TokenCursor in, ModelConfigBuilder out, List<Diagnostic> diagnostics) {
        this.in = in;
        this.values = new ValueParser(in);
        this.out = out;
        this.diagnostics = diagnostics;
    }

    void section() {
        while (!in.atSectionEnd()) {
            try {
                entry();
            } catch (CfgSyntaxError e) {
                diagnostics.add(e.diagnostic());
                skipToNextEntry();
            }
        }
    }

    private void entry() {
        Token first = in.next();
        if (!first.is(Token.Kind.NAME)) {
            throw TokenCursor.error(DiagCode.E0301_CFG_SYNTAX, first.span(),
                    "expected the name of a constant or definition, found " + first.describe());
        }
        CfgName lhs = qualifiedName(first);
        List<CfgValue> args = in.at(Token.Kind.LPAREN) ? arguments() : List.of();
        Token op = in.peek();
        if (op.is(Token.Kind.ARROW)) {
            if (!args.isEmpty()) {
                throw TokenCursor.error(DiagCode.E0301_CFG_SYNTAX, op.span(),
                        "'<-' replaces a whole operator: write '" + lhs + " <- Other' without arguments");
            }
            in.next();
            replacement(lhs);
        } else if (op.is(Token.Kind.EQUALS)) {
            in.next();
            Optional<CfgName> module = moduleScope();
            CfgValue value = values.value();
            out.constant(new ConstantAssignment(lhs, args, module, value, lhs.span().to(value.span())));
        } else {
            throw missingOperator(first, lhs, op);
        }
    }

    private CfgSyntaxError missingOperator(Token first, CfgName lhs, Token op) {
        boolean lineEnds = op.is(Token.Kind.EOF) || op.isKeyword() || op.span().line() > lhs.span().endLine();
        if (op.is(Token.Kind.NAME) && lhs.name().equals(first.text()) && Keyword.nearest(lhs.name()).isPresent()) {
            return TokenCursor.error(DiagCode.E0302_CFG_UNKNOWN_KEYWORD, lhs.span(),
                    ConfigParser.unknownKeyword(lhs.name()));
        }
        if (op.is(Token.Kind.DOUBLE_EQUALS)) {
            return TokenCursor.error(DiagCode.E0301_CFG_SYNTAX, op.span(),
                    "expected '=' or '<-' after '" + lhs + "', found '==' (a .cfg file uses '=')");
        }
        if (lineEnds) {
            return TokenCursor.error(DiagCode.E0301_CFG_SYNTAX, lhs.span(),
                    "expected '=' or '<-' after '" + lhs + "'");
        }
        return TokenCursor.error(DiagCode.E0301_CFG_SYNTAX, op.span(),
                "expected '=' or '<-' after '" + lhs + "', found " + op.describe());
    }

    /** {@code name} or {@code I!J!name}: TLC also lets a constant of an instance be set. */
    private CfgName qualifiedName(Token first) {
        StringBuilder name = new StringBuilder(first.text());
        SourceSpan span = first.span();
        while (in.at(Token.Kind.BANG)) {
            in.next();
            Token part = in.next();
            if (!part.is(Token.Kind.NAME) || part.isKeyword()) {
                throw TokenCursor.error(DiagCode.E0301_CFG_SYNTAX, in.placeOf(part),
                        "expected a name after '!', found " + part.describe());
            }
            name.append('!').append(part.text());
            span = span.to(part.span());
        }
        return new CfgName(name.toString(), span);
    }

    private List<CfgValue> arguments() {
        in.next();
        List<CfgValue> args = new ArrayList<>();
        while (true) {
            args.add(values.value());
            Token t = in.next();
            if (t.is(Token.Kind.RPAREN)) {
                return args;
            }
            if (!t.is(Token.Kind.COMMA)) {
                throw TokenCursor.error(DiagCode.E0301_CFG_SYNTAX, in.placeOf(t),
                        "expected ',' or ')' in the arguments, found " + t.describe());
            }
        }
    }

    private void replacement(CfgName lhs) {
        Optional<CfgName> module = moduleScope();
        Token t = in.peek();
        if (t.is(Token.Kind.NAME) && !t.isKeyword()) {
            in.next();
            CfgName target = new CfgName(t.text(), t.span());
            out.replacement(new Replacement(lhs, module, target, lhs.span().to(t.span())));
            return;
        }
        if (values.atValueOnlyStart()) {
            CfgValue v = values.value();
            throw TokenCursor.error(DiagCode.E0303_CFG_BAD_VALUE, v.span(),
                    "the right side of '<-' must name a definition; to give " + lhs + " the value "
                            + v.render() + " write '" + lhs + " = " + v.render() + "'");
        }
        throw TokenCursor.error(DiagCode.E0301_CFG_SYNTAX, in.placeOf(t),
                "expected the name of a definition after '<-', found " + t.describe());
    }

    /** The optional {@code [Mod]} after {@code =} or {@code <-}. */
    private Optional<CfgName> moduleScope() {
        if (!in.at(Token.Kind.LBRACKET)) {
            return Optional.empty();
        }
        in.next();
        Token m = in.next();
        if (!m.is(Token.Kind.NAME) || m.isKeyword()) {
            throw TokenCursor.error(DiagCode.E0301_CFG_SYNTAX, in.placeOf(m),
                    "expected a module name after '[', found " + m.describe());
        }
        Token close = in.next();
        if (!close.is(Token.Kind.RBRACKET)) {
            throw TokenCursor.error(DiagCode.E0301_CFG_SYNTAX, in.placeOf(close),
                    "expected ']' after the module name " + m.text() + ", found " + close.describe());
        }
        return Optional.of(new CfgName(m.text(), m.span()));
    }

    /**
     * Skips what is left of a bad entry, up to the next keyword or the next line that starts with
     * a name followed by what continues an entry ({@code =}, {@code <-}, {@code (}, {@code !},
     * {@code ==}), or with a misspelt keyword, which {@link #entry} then reports.
     */
    private void skipToNextEntry() {
        while (!in.atSectionEnd()) {
            Token t = in.peek();
            boolean firstOnLine = in.previous().span().endLine() < t.span().line();
            if (firstOnLine && t.is(Token.Kind.NAME)
                    && (startsEntry(in.peek(1)) || Keyword.nearest(t.text()).isPresent())) {
                return;
            }
            in.next();
        }
    }

    private static boolean startsEntry(Token second) {
        return switch (second.kind()) {
            case EQUALS, ARROW, LPAREN, BANG, DOUBLE_EQUALS -> true;
            default -> false;
        };
    }
}
