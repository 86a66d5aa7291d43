package io.tlaplex.frontend.eval.std;

import io.tlaplex.frontend.value.EvalException;
import io.tlaplex.frontend.value.PrettyPrinter;
import io.tlaplex.frontend.value.Value;

/** TLC's message templates for the standard modules' errors, with values pretty-printed as TLC does. */
final class Messages {
    private Messages() {
    }

    static String ppr(Value v) {
        return PrettyPrinter.ppr(v);
    }

    /** TLC pretty-prints an operator argument's text the same way. */
    static String ppr(Object operatorOrValue) {
        if (operatorOrValue instanceof Value v) {
            return ppr(v);
        }
        return PrettyPrinter.format(String.valueOf(operatorOrValue), PrettyPrinter.DEFAULT_WIDTH);
    }

    /** TLC: "The %1% argument of %2% should be a %3%, but instead it is:\n%4%". */
    static EvalException argument(String ordinal, String operator, String expected, Object actual) {
        return argumentText(ordinal, operator, expected, ppr(actual));
    }

    /** The same template with the offending value already as text (TLC prints some numbers raw). */
    static EvalException argumentText(String ordinal, String operator, String expected, String actual) {
        return new EvalException("The " + ordinal + " argument of " + operator + " should be a " + expected
                + ", but instead it is:\n" + actual);
    }

    /** TLC: "The argument of %1% should be a %2%, but instead it is:\n%3%". */
    static EvalException oneArgument(String operator, String expected, Object actual) {
        return new EvalException("The argument of " + operator + " should be a " + expected
                + ", but instead it is:\n" + ppr(actual));
    }

    /** TLC: "Applying %1% to the following value,\nwhich is not %2%:\n%3%". */
    static EvalException applyingToWrongValue(String operator, String expected, Value actual) {
        return new EvalException("Applying " + operator + " to the following value,\nwhich is not " + expected
                + ":\n" + ppr(actual));
    }
}
