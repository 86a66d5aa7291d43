package io.tlaplex.frontend.eval;

import io.tlaplex.frontend.diag.SourceSpan;
import io.tlaplex.frontend.value.Value;

/** The ends of enumerations: a finished initial state, a finished successor. */
final class Ends {
    private Ends() {
    }

    /** An initial state is complete: hand it on, or fail as TLC does when a variable has no value. */
    static final class Init extends Pending.End {
        final String[] vars;

        Init(String[] vars) {
            super(SourceSpan.NONE);
            this.vars = vars;
        }

        @Override
        void emit(Ctx c, Object[] f) {
            if (!c.allAssigned()) {
                throw EvalError.of("State is not completely specified by the initial predicate:\n"
                        + partial(c.s0, vars), SourceSpan.NONE).withExitCode(EvalError.EXIT_OTHER);
            }
            c.sink.emit(c);
        }
    }

    /** A successor is complete: hand it on, or fail as TLC does when a variable has no value. */
    static final class Next extends Pending.End {
        final String[] vars;
        String[] actionNames = new String[0];

        Next(String[] vars) {
            super(SourceSpan.NONE);
            this.vars = vars;
        }

        @Override
        void emit(Ctx c, Object[] f) {
            if (!c.allAssigned()) {
                throw EvalError.of(incomplete(c), SourceSpan.NONE);
            }
            c.sink.emit(c);
        }

        private String incomplete(Ctx c) {
            StringBuilder missing = new StringBuilder();
            int count = 0;
            for (int i = 0; i < vars.length; i++) {
                if (c.s1[i] == null) {
                    missing.append(count++ > 0 ? ", " : "").append(vars[i]);
                }
            }
            String plural = count > 1 ? "s are" : " is";
            if (actionNames.length == 1) {
                return "Successor state is not completely specified by the next-state action. The following variable"
                        + plural + " not defined: " + missing + ".";
            }
            return "Successor state is not completely specified by action " + actionNames[c.action]
                    + " of the next-state relation. The following variable" + plural + " not defined: " + missing
                    + ".";
        }
    }

    static String partial(Value[] s, String[] vars) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < vars.length; i++) {
            b.append("/\\ ").append(vars[i]).append(" = ").append(s[i] == null ? "null" : s[i].toString());
            if (i < vars.length - 1) {
                b.append('\n');
            }
        }
        return b.toString();
    }
}
