package io.tlaplex.frontend.config;

import io.tlaplex.frontend.diag.DiagCode;
import io.tlaplex.frontend.diag.SourceSpan;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses the value forms TLC accepts after {@code =}: integers (also negative), strings, TRUE,
 * FALSE, model values, and sets {@code {...}} and tuples {@code <<...>>} of values, nested.
 */
final class ValueParser {
    private final TokenCursor in;

    ValueParser(TokenCursor in) {
        this.in = in;
    }

    /** Whether the current token can only start a value, never a name. */
    boolean atValueOnlyStart() {
        return switch (in.peek().kind()) {
            case NUMBER, DECIMAL, STRING, LBRACE, LTUPLE, MINUS -> true;
            default -> false;
        };
    }

    CfgValue value() {
        Token t = in.peek();
        return switch (t.kind()) {
            case NUMBER -> new CfgValue.Int(new BigInteger(in.next().text()), t.span());
            case MINUS -> negative();
            case DECIMAL -> throw TokenCursor.error(DiagCode.E0303_CFG_BAD_VALUE, t.span(),
                    "real numbers such as " + t.text() + " are not values TLC can handle");
            case STRING -> {
                in.next();
                yield new CfgValue.Str(t.text().substring(1, t.text().length() - 1), t.span());
            }
            case NAME -> name(t);
            case LBRACE -> new CfgValue.SetOf(elements(Token.Kind.RBRACE, "}", "set"), spanFrom(t));
            case LTUPLE -> new CfgValue.TupleOf(elements(Token.Kind.RTUPLE, ">>", "tuple"), spanFrom(t));
            default -> throw TokenCursor.error(DiagCode.E0303_CFG_BAD_VALUE, in.placeOf(t),
                    "expected a value, found " + t.describe());
        };
    }

    private CfgValue negative() {
        Token minus = in.next();
        Token digits = in.peek();
        if (!digits.is(Token.Kind.NUMBER)) {
            throw TokenCursor.error(DiagCode.E0303_CFG_BAD_VALUE, minus.span(),
                    "expected a number after '-', found " + digits.describe());
        }
        in.next();
        return new CfgValue.Int(new BigInteger(digits.text()).negate(), minus.span().to(digits.span()));
    }

    private CfgValue name(Token t) {
        if (t.isKeyword()) {
            throw TokenCursor.error(DiagCode.E0303_CFG_BAD_VALUE, t.span(),
                    "expected a value, found the keyword " + t.text());
        }
        in.next();
        return switch (t.text()) {
            case "TRUE" -> new CfgValue.Bool(true, t.span());
            case "FALSE" -> new CfgValue.Bool(false, t.span());
            default -> new CfgValue.ModelValue(t.text(), t.span());
        };
    }

    /** The elements up to and including the closing token, after the opening one. */
    private List<CfgValue> elements(Token.Kind close, String closeText, String what) {
        in.next();
        List<CfgValue> elements = new ArrayList<>();
        if (in.at(close)) {
            in.next();
            return elements;
        }
        while (true) {
            elements.add(value());
            Token t = in.peek();
            if (t.is(Token.Kind.COMMA)) {
                in.next();
            } else if (t.is(close)) {
                in.next();
                return elements;
            } else {
                throw TokenCursor.error(DiagCode.E0301_CFG_SYNTAX, in.placeOf(t),
                        "expected ',' or '" + closeText + "' in " + what + ", found " + t.describe());
            }
        }
    }

    /** From {@code open} to the token just consumed. */
    private SourceSpan spanFrom(Token open) {
        return open.span().to(in.previous().span());
    }
}
