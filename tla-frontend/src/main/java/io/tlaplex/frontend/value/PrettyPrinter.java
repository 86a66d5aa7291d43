package io.tlaplex.frontend.value;

/**
 * TLC's pretty printer for values in traces and messages: re-parses a value's one-line text and, when it does not
 * fit the width, breaks sets, sequences, records and functions over lines with TLC's delimiters and indentation.
 * It follows TLC's rules exactly, quirks included (a string is read up to the next quote; text it cannot parse,
 * such as names with underscores, is returned unchanged), because traces are compared with TLC's.
 */
public final class PrettyPrinter {
    /** TLC's default line width. */
    public static final int DEFAULT_WIDTH = 80;

    private PrettyPrinter() {
    }

    /** {@code value} as TLC prints it in traces and error messages. */
    public static String ppr(Value value) {
        return format(value.toString(), DEFAULT_WIDTH);
    }

    /** Lays out TLC value text within {@code width} columns; returns it unchanged when it cannot be parsed. */
    public static String format(String text, int width) {
        if (text.isEmpty()) {
            return text;
        }
        Node tree;
        try {
            tree = new Parser(text).value(0);
        } catch (Unparsable e) {
            return text;
        }
        if (tree.last < text.length() - 1) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        layout(tree, width, 0, "", out);
        return out.toString();
    }

    /** Node kinds of the parse tree. */
    private enum Kind { CONSTANT, SET, SEQUENCE, RECORD, FUNCTION, SUBSET, PAIR }

    /** A parsed value: the text span {@code [first, last]} and its components. */
    private static final class Node {
        final Kind kind;
        final String text;
        final int first;
        int last;
        Node child;
        Node next;

        Node(Kind kind, String text, int first, int last) {
            this.kind = kind;
            this.text = text;
            this.first = first;
            this.last = last;
        }

        int length() {
            return last - first + 1;
        }

        void appendText(StringBuilder out) {
            out.append(text, first, last + 1);
        }
    }

    /** Thrown (without a stack) when the text is not in TLC's value syntax; printing then falls back to it. */
    private static final class Unparsable extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Unparsable() {
            super(null, null, false, false);
        }
    }

    /** Recursive-descent reader of TLC's value text; every read past the end makes the whole text unparsable. */
    private static final class Parser {
        private final String s;

        Parser(String s) {
            this.s = s;
        }

        private char at(int i) {
            if (i >= s.length()) {
                throw new Unparsable();
            }
            return s.charAt(i);
        }

        private int skipSpace(int i) {
            while (Character.isWhitespace(at(i))) {
                i++;
            }
            return i;
        }

        Node value(int index) {
            int i = skipSpace(index);
            char c = at(i);
            if (c == '{') {
                return list(Kind.SET, i, i + 1, '}', false);
            }
            if (c == '<') {
                Node seq = list(Kind.SEQUENCE, i, i + 2, '>', false);
                seq.last++;
                return seq;
            }
            if (c == '[') {
                return list(Kind.RECORD, i, i + 1, ']', false);
            }
            if (c == '(') {
                return list(Kind.FUNCTION, i, i + 1, ')', true);
            }
            if (s.startsWith("SUBSET", i)) {
                Node subset = new Node(Kind.SUBSET, s, i, i);
                subset.child = value(skipSpace(i + 6));
                subset.last = subset.child.last;
                return subset;
            }
            return constant(i);
        }

        /** Elements up to {@code close}; records and functions hold pairs, functions separated by @@. */
        private Node list(Kind kind, int first, int start, char close, boolean atSeparated) {
            Node node = new Node(kind, s, first, first);
            Node tail = null;
            int last = skipSpace(start);
            while (at(last) != close) {
                Node element = kind == Kind.RECORD ? pair(last, "|->")
                        : kind == Kind.FUNCTION ? pair(last, ":>") : value(last);
                if (tail == null) {
                    node.child = element;
                } else {
                    tail.next = element;
                }
                tail = element;
                last = skipSpace(element.last + 1);
                if (atSeparated) {
                    if (s.startsWith("@@", last)) {
                        last += 2;
                    }
                } else if (at(last) == ',') {
                    last++;
                }
                last = skipSpace(last);
            }
            node.last = last;
            return node;
        }

        private Node pair(int index, String arrow) {
            Node key = value(index);
            int last = skipSpace(key.last + 1);
            if (!s.startsWith(arrow, last)) {
                throw new Unparsable();
            }
            Node val = value(skipSpace(last + arrow.length()));
            Node pair = new Node(Kind.PAIR, s, index, val.last);
            key.next = val;
            pair.child = key;
            return pair;
        }

        private Node constant(int index) {
            int first = skipSpace(index);
            int last = first;
            char c = at(last);
            if (c == '"') {
                do {
                    last++;
                } while (at(last) != '"');
                return new Node(Kind.CONSTANT, s, first, last);
            }
            if (Character.isDigit(c)) {
                Node interval = interval(index);
                if (interval != null) {
                    return interval;
                }
            }
            if (c == '-') {
                last++;
                while (Character.isDigit(at(last))) {
                    last++;
                    if (last == s.length()) {
                        break;
                    }
                }
                return new Node(Kind.CONSTANT, s, first, last - 1);
            }
            if (Character.isLetterOrDigit(c)) {
                while (Character.isLetterOrDigit(at(last))) {
                    last++;
                    if (last == s.length()) {
                        break;
                    }
                }
                return new Node(Kind.CONSTANT, s, first, last - 1);
            }
            throw new Unparsable();
        }

        /** {@code i..j} with non-negative literals, or null (never unparsable: TLC just tries other forms). */
        private Node interval(int first) {
            int last = first;
            int n = s.length();
            while (last < n && Character.isDigit(s.charAt(last))) {
                last++;
            }
            if (!s.startsWith("..", last)) {
                return null;
            }
            last += 2;
            if (last >= n || !Character.isDigit(s.charAt(last))) {
                return null;
            }
            while (Character.isDigit(s.charAt(last))) {
                last++;
                if (last == n) {
                    break;
                }
            }
            return new Node(Kind.CONSTANT, s, first, last - 1);
        }
    }

    private static void layout(Node node, int width, int trailer, String pad, StringBuilder out) {
        if (node.length() <= width - trailer) {
            node.appendText(out);
            return;
        }
        switch (node.kind) {
            case SET -> simple(node, width, trailer, pad, "{ ", " }", "  ", ",", out);
            case SEQUENCE -> simple(node, width, trailer, pad, "<< ", " >>", "   ", ",", out);
            case SUBSET -> simple(node, width, trailer, pad, "SUBSET ", " ", " ", ",", out);
            case FUNCTION -> pairs(node, width, trailer, pad, new Style("( ", " )", "  ", " @@", " :>"), out);
            case RECORD -> pairs(node, width, trailer, pad, new Style("[ ", " ]", "  ", ",", " |->"), out);
            default -> node.appendText(out);
        }
    }

    private static void simple(Node node, int width, int trailer, String pad, String open, String close,
                               String indent, String sep, StringBuilder out) {
        int inner = width - Math.max(open.length(), indent.length());
        String innerPad = pad + indent;
        out.append(open);
        for (Node e = node.child; e != null; e = e.next) {
            if (e.next != null) {
                layout(e, inner, sep.length(), innerPad, out);
                out.append(sep).append('\n').append(innerPad);
            } else {
                layout(e, inner, trailer + close.length(), innerPad, out);
            }
        }
        out.append(close);
    }

    /** Delimiters of a pair list; values that go on their own line are indented four more columns. */
    private record Style(String open, String close, String indent, String sep, String arrow) {
        static final String VALUE_PAD = "    ";
    }

    private static void pairs(Node node, int width, int trailer, String pad, Style st, StringBuilder out) {
        int inner = width - Math.max(st.open.length(), st.indent.length());
        int innerTrailer = trailer + st.close.length();
        String innerPad = pad + st.indent;
        String valuePad = innerPad + Style.VALUE_PAD;
        int valueWidth = inner - Style.VALUE_PAD.length();
        out.append(st.open);
        for (Node p = node.child; p != null; p = p.next) {
            Node key = p.child;
            Node val = key.next;
            boolean lastPair = p.next == null;
            int room = lastPair ? inner - innerTrailer : inner - st.sep.length();
            if (key.length() + st.arrow.length() + 1 + val.length() <= room) {
                key.appendText(out);
                out.append(st.arrow).append(' ');
                val.appendText(out);
            } else {
                if (key.length() + st.arrow.length() <= inner) {
                    key.appendText(out);
                } else {
                    layout(key, inner, innerTrailer + st.arrow.length(), innerPad, out);
                }
                out.append(st.arrow).append('\n').append(valuePad);
                layout(val, valueWidth, lastPair ? innerTrailer : st.sep.length(), valuePad, out);
            }
            if (!lastPair) {
                out.append(st.sep).append('\n').append(innerPad);
            }
        }
        out.append(st.close);
    }
}
