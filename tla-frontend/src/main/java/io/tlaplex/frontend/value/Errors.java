package io.tlaplex.frontend.value;

/** Builds {@link EvalException}s with TLC's message templates; values are pretty-printed as TLC does. */
final class Errors {
    private Errors() {
    }

    static EvalException of(String message) {
        return new EvalException(message);
    }

    static String ppr(Value value) {
        return PrettyPrinter.ppr(value);
    }

    /** TLC: "Overflow when computing %1%". */
    static EvalException overflow(String what) {
        return of("Overflow when computing " + what);
    }

    /** TLC: "The %1% argument of %2% should be a %3%, but instead it is:\n%4%". */
    static EvalException argument(String ordinal, String operator, String expected, Value actual) {
        return of("The " + ordinal + " argument of " + operator + " should be a " + expected
                + ", but instead it is:\n" + ppr(actual));
    }

    /** TLC: "The %1% argument of %2% should be an %3%, but instead it is:\n%4%". */
    static EvalException argumentAn(String ordinal, String operator, String expected, Value actual) {
        return of("The " + ordinal + " argument of " + operator + " should be an " + expected
                + ", but instead it is:\n" + ppr(actual));
    }

    /** TLC: "The argument of %1% should be a %2%, but instead it is:\n%3%". */
    static EvalException oneArgument(String operator, String expected, Value actual) {
        return of("The argument of " + operator + " should be a " + expected + ", but instead it is:\n"
                + ppr(actual));
    }

    /** TLC: "The %1% argument of %2% must be in the domain of its %3% argument:\n%4%\n, but instead it is\n%5%". */
    static EvalException notInDomain(String ordinal, String operator, String ordinal2, Value container,
                                     Value actual) {
        return of("The " + ordinal + " argument of " + operator + " must be in the domain of its " + ordinal2
                + " argument:\n" + ppr(container) + "\n, but instead it is\n" + ppr(actual));
    }

    /** TLC: "Applying %1% to the following value,\nwhich is not %2%:\n%3%". */
    static EvalException applyingToWrongValue(String operator, String expected, Value actual) {
        return of("Applying " + operator + " to the following value,\nwhich is not " + expected + ":\n"
                + ppr(actual));
    }

    /** TLC: "Attempted to check if the value:\n%1%\nis an element of %2%.". */
    static EvalException checkMember(Value element, Value set) {
        return of("Attempted to check if the value:\n" + ppr(element) + "\nis an element of " + ppr(set) + ".");
    }

    /** TLC: "Evaluating an expression of the form %1% when s is not a %2%:\n%3%". */
    static EvalException evaluating(String form, String expected, Value actual) {
        return of("Evaluating an expression of the form " + form + " when s is not a " + expected + ":\n"
                + ppr(actual));
    }

    /** TLC: "Attempted to apply %1% to the empty sequence.". */
    static EvalException emptySequence(String operator) {
        return of("Attempted to apply " + operator + " to the empty sequence.");
    }

    /** The set's size does not fit TLC's 32-bit integers. */
    static EvalException sizeOverflow(Value set) {
        return overflow("the number of elements in:\n" + ppr(set));
    }

    /** An infinite (or otherwise non-enumerable) set was asked for its elements. */
    static EvalException notEnumerable(Value set) {
        return of("Attempted to enumerate the set\n" + ppr(set) + "\nbut it is not finite.");
    }
}
