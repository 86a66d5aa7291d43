package io.tlaplex.frontend.syntax;

import io.tlaplex.frontend.diag.DiagCode;
import io.tlaplex.frontend.diag.Diagnostic;
import io.tlaplex.frontend.diag.SourceSpan;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns TLA+ source into tokens. Text before the first {@code ---- MODULE} header and after the
 * {@code ====} that closes the outermost module is ignored. Problems become diagnostics; lexing
 * goes on after them wherever that makes sense. One instance lexes one text, on one thread.
 */
final class Lexer {
    private static final int TAB_SIZE = 8;
    private static final String[][] SYMBOLS_BY_FIRST_CHAR = new String[128][];
    private static final Map<String, String> BACKSLASH_OPS = new HashMap<>();

    static {
        String[] symbols = {
            "-+->", "-|", "--", "->", "-.", "-", "==", "=>", "=<", "=|", "=", "<=>", "<=", "<:", "<<", "<>", "<-",
            "<", ">>_", ">>", ">=", ">", "/\\", "//", "/=", "/", "~>", "~", "^+", "^*", "^#", "^^", "^", "@@", "@",
            "$$", "$", "%%", "%", "##", "#", "&&", "&", "??", "!!", "!", "**", "*", "++", "+", "|->", "|-", "|=",
            "||", "|", "::=", "::", ":=", ":>", ":", "...", "..", ".", "(+)", "(-)", "(.)", "(/)", "(\\X)", "(",
            ")", "[]", "[", "]_", "]", "{", "}", ",", "'",
        };
        Map<Character, List<String>> byChar = new HashMap<>();
        for (String s : symbols) {
            byChar.computeIfAbsent(s.charAt(0), c -> new ArrayList<>()).add(s);
        }
        byChar.forEach((c, list) -> SYMBOLS_BY_FIRST_CHAR[c] = list.toArray(new String[0]));
        String[] words = {
            "in", "notin", "cup", "union", "cap", "intersect", "subseteq", "subset", "supset", "supseteq", "X",
            "times", "land", "lor", "lnot", "neg", "equiv", "leq", "geq", "o", "circ", "cdot", "div", "oplus",
            "ominus", "odot", "oslash", "otimes", "uplus", "sqcap", "sqcup", "sqsubset", "sqsubseteq", "sqsupset",
            "sqsupseteq", "prec", "preceq", "succ", "succeq", "sim", "simeq", "approx", "cong", "asymp", "doteq",
            "propto", "wr", "star", "bullet", "bigcirc", "ll", "gg", "A", "E", "AA", "EE",
        };
        for (String w : words) {
            BACKSLASH_OPS.put(w, Operators.canonical("\\" + w));
        }
    }

    private final String file;
    private final String src;
    private final List<Diagnostic> diagnostics;
    private final List<Token> tokens = new ArrayList<>();
    private int pos;
    private int line = 1;
    private int lineStart;
    private int lastTokenLine = -1;
    private int moduleDepth;
    private int tabScanPos;
    private boolean lineHasTab;

    Lexer(String file, String src, List<Diagnostic> diagnostics) {
        this.file = file;
        this.src = src;
        this.diagnostics = diagnostics;
    }

    /** Lexes the module; returns null (with a diagnostic) when there is no module header. */
    List<Token> run() {
        int start = findModuleStart();
        if (start < 0) {
            diagnostics.add(Diagnostic.error(DiagCode.E0113_MISSING_MODULE_HEADER, new SourceSpan(file, 1, 1, 1, 1),
                    "no module header '---- MODULE Name ----' found"));
            return null;
        }
        advanceTo(start);
        while (skipSpaceAndComments()) {
            if (!lexToken()) {
                break;
            }
        }
        int col = pos - lineStart + 1;
        tokens.add(new Token(TokenKind.EOF, "", null, pos, pos, line, col, line, col, col, true));
        return tokens;
    }

    private int findModuleStart() {
        int from = 0;
        while (true) {
            int i = src.indexOf("----", from);
            if (i < 0) {
                return -1;
            }
            int j = i;
            while (j < src.length() && src.charAt(j) == '-') {
                j++;
            }
            while (j < src.length() && (src.charAt(j) == ' ' || src.charAt(j) == '\t')) {
                j++;
            }
            if (src.startsWith("MODULE", j) && (j + 6 >= src.length() || !isWordChar(src.charAt(j + 6)))) {
                return i;
            }
            from = j;
        }
    }

    private void advanceTo(int target) {
        while (pos < target) {
            if (src.charAt(pos) == '\n') {
                line++;
                lineStart = pos + 1;
            }
            pos++;
        }
    }

    /** Skips blanks and comments; false at the end of input or at an unterminated comment. */
    private boolean skipSpaceAndComments() {
        while (pos < src.length()) {
            char c = src.charAt(pos);
            if (c == '\n') {
                line++;
                pos++;
                lineStart = pos;
            } else if (c == ' ' || c == '\t' || c == '\r' || c == '\f') {
                pos++;
            } else if (c == '\\' && pos + 1 < src.length() && src.charAt(pos + 1) == '*') {
                while (pos < src.length() && src.charAt(pos) != '\n') {
                    pos++;
                }
            } else if (c == '(' && pos + 1 < src.length() && src.charAt(pos + 1) == '*') {
                if (!skipBlockComment()) {
                    return false;
                }
            } else {
                return true;
            }
        }
        return false;
    }

    private boolean skipBlockComment() {
        int startLine = line;
        int startCol = pos - lineStart + 1;
        int depth = 0;
        while (pos < src.length()) {
            char c = src.charAt(pos);
            if (c == '(' && pos + 1 < src.length() && src.charAt(pos + 1) == '*') {
                depth++;
                pos += 2;
            } else if (c == '*' && pos + 1 < src.length() && src.charAt(pos + 1) == ')') {
                depth--;
                pos += 2;
                if (depth == 0) {
                    return true;
                }
            } else {
                if (c == '\n') {
                    line++;
                    lineStart = pos + 1;
                }
                pos++;
            }
        }
        error(DiagCode.E0103_UNTERMINATED_COMMENT, startLine, startCol, startLine, startCol + 1,
                "unterminated comment: '(*' has no matching '*)'");
        return false;
    }

    /** Lexes one token at {@code pos}; false once the outermost module has been closed. */
    private boolean lexToken() {
        char c = src.charAt(pos);
        int start = pos;
        if (isWordChar(c)) {
            lexWord();
        } else if (c == '"') {
            lexString();
        } else if (c == '\\') {
            lexBackslash();
        } else if (c == '-' && runLength('-') >= 4) {
            pos += runLength('-');
            add(TokenKind.SEPARATOR, "----", null, start, pos);
        } else if (c == '=' && runLength('=') >= 4) {
            pos += runLength('=');
            add(TokenKind.END, "====", null, start, pos);
            moduleDepth--;
            return moduleDepth > 0;
        } else if (c < 128 && SYMBOLS_BY_FIRST_CHAR[c] != null) {
            lexSymbol();
        } else {
            int col = pos - lineStart + 1;
            String shown = Character.isISOControl(c) ? String.format("\\u%04x", (int) c) : String.valueOf(c);
            error(DiagCode.E0101_UNEXPECTED_CHARACTER, line, col, line, col, "unexpected character '" + shown + "'");
            pos++;
        }
        return true;
    }

    private int runLength(char c) {
        int i = pos;
        while (i < src.length() && src.charAt(i) == c) {
            i++;
        }
        return i - pos;
    }

    private void lexWord() {
        int start = pos;
        boolean letter = false;
        while (pos < src.length() && isWordChar(src.charAt(pos))) {
            letter |= Character.isLetter(src.charAt(pos));
            pos++;
        }
        String word = src.substring(start, pos);
        if (!letter) {
            lexNumberWord(start, word);
            return;
        }
        if (word.startsWith("WF_") || word.startsWith("SF_")) {
            pos = start + 3;
            add(word.charAt(0) == 'W' ? TokenKind.WF : TokenKind.SF, word.substring(0, 3), null, start, pos);
            return;
        }
        TokenKind reserved = TokenKind.reserved(word);
        if (reserved == TokenKind.MODULE) {
            moduleDepth++;
        }
        add(reserved == null ? TokenKind.IDENT : reserved, word, null, start, pos);
    }

    private void lexNumberWord(int start, String word) {
        if (word.charAt(0) == '_') {
            if (word.length() == 1) {
                add(TokenKind.UNDERSCORE, "_", null, start, pos);
            } else {
                errorAt(start, pos, DiagCode.E0101_UNEXPECTED_CHARACTER, "unexpected '" + word + "'");
            }
            return;
        }
        if (word.indexOf('_') >= 0) {
            errorAt(start, pos, DiagCode.E0104_BAD_NUMBER, "bad number '" + word + "'");
            add(TokenKind.NUMBER, word, BigInteger.ZERO, start, pos);
            return;
        }
        if (pos + 1 < src.length() && src.charAt(pos) == '.' && isDigit(src.charAt(pos + 1))) {
            pos++;
            while (pos < src.length() && isDigit(src.charAt(pos))) {
                pos++;
            }
            add(TokenKind.DECIMAL, src.substring(start, pos), null, start, pos);
            return;
        }
        add(TokenKind.NUMBER, word, new BigInteger(word), start, pos);
    }

    private void lexBackslash() {
        int start = pos;
        pos++;
        if (pos < src.length() && src.charAt(pos) == '/') {
            pos++;
            add(TokenKind.OP, "\\/", null, start, pos);
            return;
        }
        int wordStart = pos;
        while (pos < src.length() && src.charAt(pos) < 128 && Character.isLetterOrDigit(src.charAt(pos))) {
            pos++;
        }
        if (wordStart == pos) {
            add(TokenKind.OP, "\\", null, start, pos);
            return;
        }
        String word = src.substring(wordStart, pos);
        String op = BACKSLASH_OPS.get(word);
        if (op != null) {
            switch (word) {
                case "A" -> add(TokenKind.FORALL, "\\A", null, start, pos);
                case "E" -> add(TokenKind.EXISTS, "\\E", null, start, pos);
                case "AA" -> add(TokenKind.TFORALL, "\\AA", null, start, pos);
                case "EE" -> add(TokenKind.TEXISTS, "\\EE", null, start, pos);
                default -> add(TokenKind.OP, op, null, start, pos);
            }
            return;
        }
        int radix = switch (word.charAt(0)) {
            case 'b', 'B' -> 2;
            case 'o', 'O' -> 8;
            case 'h', 'H' -> 16;
            default -> 0;
        };
        if (radix == 0 || word.length() == 1 || !isDigit(word.charAt(1)) && radix != 16) {
            errorAt(start, pos, DiagCode.E0101_UNEXPECTED_CHARACTER, "unknown operator '\\" + word + "'");
            return;
        }
        BigInteger value;
        try {
            value = new BigInteger(word.substring(1), radix);
        } catch (NumberFormatException e) {
            errorAt(start, pos, DiagCode.E0104_BAD_NUMBER, "bad number '\\" + word + "'");
            value = BigInteger.ZERO;
        }
        add(TokenKind.NUMBER, "\\" + word, value, start, pos);
    }

    private void lexString() {
        int start = pos;
        int startLine = line;
        int startCol = pos - lineStart + 1;
        StringBuilder value = new StringBuilder();
        pos++;
        while (true) {
            if (pos >= src.length() || src.charAt(pos) == '\n' || src.charAt(pos) == '\r') {
                error(DiagCode.E0102_UNTERMINATED_STRING, startLine, startCol, startLine, startCol,
                        "unterminated string: no closing '\"' on this line");
                return;
            }
            char c = src.charAt(pos);
            if (c == '"') {
                pos++;
                add(TokenKind.STRING, value.toString(), null, start, pos);
                return;
            }
            if (c == '\\' && pos + 1 < src.length()) {
                char e = src.charAt(pos + 1);
                char decoded = switch (e) {
                    case '"' -> '"';
                    case '\\' -> '\\';
                    case 'n' -> '\n';
                    case 't' -> '\t';
                    case 'r' -> '\r';
                    case 'f' -> '\f';
                    default -> 0;
                };
                if (decoded == 0) {
                    errorAt(pos, pos + 2, DiagCode.E0105_BAD_ESCAPE, "bad escape '\\" + e + "' in string");
                    value.append(e);
                } else {
                    value.append(decoded);
                }
                pos += 2;
            } else {
                value.append(c);
                pos++;
            }
        }
    }

    private void lexSymbol() {
        int start = pos;
        for (String s : SYMBOLS_BY_FIRST_CHAR[src.charAt(pos)]) {
            if (src.startsWith(s, pos)) {
                pos += s.length();
                TokenKind kind = symbolKind(s);
                add(kind, kind == TokenKind.OP ? Operators.canonical(s) : s, null, start, pos);
                return;
            }
        }
        throw new IllegalStateException("no symbol for " + src.charAt(pos));
    }

    private static TokenKind symbolKind(String s) {
        return switch (s) {
            case "(" -> TokenKind.LPAREN;
            case ")" -> TokenKind.RPAREN;
            case "[" -> TokenKind.LBRACKET;
            case "]" -> TokenKind.RBRACKET;
            case "]_" -> TokenKind.RBRACKET_SUB;
            case "{" -> TokenKind.LBRACE;
            case "}" -> TokenKind.RBRACE;
            case "<<" -> TokenKind.LANGLE;
            case ">>" -> TokenKind.RANGLE;
            case ">>_" -> TokenKind.RANGLE_SUB;
            case "," -> TokenKind.COMMA;
            case ":" -> TokenKind.COLON;
            case "::" -> TokenKind.COLONCOLON;
            case "==" -> TokenKind.DEFEQ;
            case "|->" -> TokenKind.MAPSTO;
            case "->" -> TokenKind.ARROW;
            case "<-" -> TokenKind.LARROW;
            case "!" -> TokenKind.BANG;
            case "@" -> TokenKind.AT;
            case "." -> TokenKind.DOT;
            default -> TokenKind.OP;
        };
    }

    private void add(TokenKind kind, String text, BigInteger number, int start, int end) {
        int col = start - lineStart + 1;
        boolean first = lastTokenLine != line;
        lastTokenLine = line;
        tokens.add(new Token(kind, text, number, start, end, line, col, line, col + (end - start) - 1,
                alignColumn(first, start), first));
    }

    /** SANY's column for alignment, where a tab moves to the next multiple of 8; scans each line once. */
    private int alignColumn(boolean firstOnLine, int start) {
        if (firstOnLine) {
            tabScanPos = lineStart;
            lineHasTab = false;
        }
        while (tabScanPos < start) {
            lineHasTab |= src.charAt(tabScanPos++) == '\t';
        }
        if (!lineHasTab) {
            return start - lineStart + 1;
        }
        int col = 0;
        for (int i = lineStart; i < start; i++) {
            col = src.charAt(i) == '\t' ? (col / TAB_SIZE + 1) * TAB_SIZE : col + 1;
        }
        return col + 1;
    }

    private void errorAt(int start, int end, DiagCode code, String message) {
        int col = start - lineStart + 1;
        error(code, line, col, line, col + Math.max(0, end - start - 1), message);
    }

    private void error(DiagCode code, int l, int c, int el, int ec, String message) {
        diagnostics.add(Diagnostic.error(code, new SourceSpan(file, l, c, el, ec), message));
    }

    private static boolean isWordChar(char c) {
        return c < 128 && (Character.isLetterOrDigit(c) || c == '_');
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
