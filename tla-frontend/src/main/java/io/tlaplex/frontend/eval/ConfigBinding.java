package io.tlaplex.frontend.eval;

import io.tlaplex.frontend.config.CfgValue;
import io.tlaplex.frontend.config.ConfigBinder;
import io.tlaplex.frontend.config.SemanticSpecNames;
import io.tlaplex.frontend.config.ConfigParseResult;
import io.tlaplex.frontend.config.ConstantAssignment;
import io.tlaplex.frontend.config.ModelConfig;
import io.tlaplex.frontend.config.Replacement;
import io.tlaplex.frontend.diag.DiagCode;
import io.tlaplex.frontend.diag.Diagnostic;
import io.tlaplex.frontend.diag.DiagnosticException;
import io.tlaplex.frontend.diag.Severity;
import io.tlaplex.frontend.semantic.Ref;
import io.tlaplex.frontend.semantic.SemanticModel;
import io.tlaplex.frontend.semantic.Symbol;
import io.tlaplex.frontend.value.BoolValue;
import io.tlaplex.frontend.value.EvalException;
import io.tlaplex.frontend.value.IntValue;
import io.tlaplex.frontend.value.SetOps;
import io.tlaplex.frontend.value.StringTable;
import io.tlaplex.frontend.value.TupleValue;
import io.tlaplex.frontend.value.Value;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Binds a configuration to a loaded spec: checks it (errors exit with 151, as TLC's), turns CONSTANT values into
 * values and {@code <-} entries into overrides of constants and definitions. Runs once, on the caller's thread.
 */
final class ConfigBinding {
    private final SemanticModel model;
    private final StringTable strings;
    private final Map<Symbol, CfgOverride> overrides = new IdentityHashMap<>();
    private final List<Diagnostic> problems = new ArrayList<>();

    private ConfigBinding(SemanticModel model, StringTable strings) {
        this.model = model;
        this.strings = strings;
    }

    /** The overrides the configuration defines; warnings for ignored entries are added to {@code warnings}. */
    static Map<Symbol, CfgOverride> bind(SemanticModel model, ModelConfig cfg, StringTable strings,
                                         List<Diagnostic> warnings) throws DiagnosticException {
        List<Diagnostic> checked = ConfigBinder.bind(cfg, new SemanticSpecNames(model));
        throwIfErrors(checked, warnings);
        ConfigBinding b = new ConfigBinding(model, strings);
        for (ConstantAssignment c : cfg.constants()) {
            b.assignment(c);
        }
        for (Replacement r : cfg.replacements()) {
            b.replacement(r);
        }
        throwIfErrors(b.problems, warnings);
        return b.overrides;
    }

    private static void throwIfErrors(List<Diagnostic> diags, List<Diagnostic> warnings) throws DiagnosticException {
        List<Diagnostic> errors = new ArrayList<>();
        for (Diagnostic d : diags) {
            (d.severity() == Severity.ERROR ? errors : warnings).add(d);
        }
        if (!errors.isEmpty()) {
            throw new DiagnosticException(errors, ConfigParseResult.EXIT_CODE);
        }
    }

    private void assignment(ConstantAssignment c) {
        String name = c.name().name();
        if (name.indexOf('!') >= 0) {
            return;
        }
        Optional<Ref> ref = c.module().isPresent() ? model.lookup(c.module().get().name(), name) : model.lookup(name);
        if (ref.isEmpty()) {
            return;
        }
        if (!c.args().isEmpty()) {
            problems.add(Diagnostic.error(DiagCode.E0303_CFG_BAD_VALUE, c.span(), "tlaplex does not support giving "
                    + "an operator constant a value point by point; define it in the spec and use <- instead."));
            return;
        }
        try {
            overrides.put(ref.get().target(), new CfgOverride.ToValue(value(c.value())));
        } catch (EvalException e) {
            problems.add(Diagnostic.error(DiagCode.E0303_CFG_BAD_VALUE, c.value().span(), e.getMessage()));
        }
    }

    private void replacement(Replacement r) {
        String name = r.name().name();
        Optional<Ref> lhs = r.module().isPresent() ? model.lookup(r.module().get().name(), name) : model.lookup(name);
        Optional<Ref> target = model.lookup(r.target().name());
        if (lhs.isEmpty()) {
            return;
        }
        if (target.isEmpty()) {
            Value builtin = switch (r.target().name()) {
                case "TRUE" -> BoolValue.TRUE;
                case "FALSE" -> BoolValue.FALSE;
                default -> null;
            };
            if (builtin != null) {
                overrides.put(lhs.get().target(), new CfgOverride.ToValue(builtin));
            }
            return;
        }
        overrides.put(lhs.get().target(), new CfgOverride.ToDef(target.get(), r.target().name()));
    }

    Value value(CfgValue v) {
        return switch (v) {
            case CfgValue.Int i -> {
                BigInteger n = i.value();
                if (n.bitLength() > 31) {
                    throw new EvalException("The number " + n + " is too big: TLC's integers have 32 bits.");
                }
                yield IntValue.of(n.intValue());
            }
            case CfgValue.Str s -> strings.string(s.value());
            case CfgValue.Bool b -> BoolValue.of(b.value());
            case CfgValue.ModelValue m -> strings.modelValue(m.name());
            case CfgValue.SetOf s -> {
                Value[] elems = new Value[s.elements().size()];
                for (int k = 0; k < elems.length; k++) {
                    elems[k] = value(s.elements().get(k));
                }
                yield SetOps.setOf(elems);
            }
            case CfgValue.TupleOf t -> {
                Value[] elems = new Value[t.elements().size()];
                for (int k = 0; k < elems.length; k++) {
                    elems[k] = value(t.elements().get(k));
                }
                yield TupleValue.of(elems);
            }
        };
    }
}
