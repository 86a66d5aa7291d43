package io.tlaplex.frontend.eval;

/** The compiled code of one LET operator, unprimed and primed, filled on first use. Compile time only. */
final class LetOpCode {
    private OpCode plain;
    private OpCode primed;

    OpCode get(boolean isPrimed) {
        return isPrimed ? primed : plain;
    }

    void put(boolean isPrimed, OpCode code) {
        if (isPrimed) {
            primed = code;
        } else {
            plain = code;
        }
    }
}
