package io.tlaplex.frontend.eval;

import io.tlaplex.frontend.config.SpecNames;
import io.tlaplex.frontend.semantic.AssumeSymbol;
import io.tlaplex.frontend.semantic.ConstantSymbol;
import io.tlaplex.frontend.semantic.FunctionSymbol;
import io.tlaplex.frontend.semantic.OperatorSymbol;
import io.tlaplex.frontend.semantic.Ref;
import io.tlaplex.frontend.semantic.SemanticModel;
import io.tlaplex.frontend.semantic.Symbol;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/** The names of a loaded spec as {@link io.tlaplex.frontend.config.ConfigBinder} sees them. */
final class ModelNames implements SpecNames {
    private final SemanticModel model;

    ModelNames(SemanticModel model) {
        this.model = model;
    }

    @Override
    public List<DeclaredConstant> constants() {
        List<DeclaredConstant> out = new ArrayList<>();
        for (ConstantSymbol c : model.constants()) {
            out.add(new DeclaredConstant(c.name(), c.arity(), c.span()));
        }
        return out;
    }

    @Override
    public OptionalInt definitionArity(String name) {
        return arity(model.lookup(name));
    }

    @Override
    public boolean hasVariables() {
        return !model.variables().isEmpty();
    }

    @Override
    public boolean hasModule(String module) {
        return model.module(module) != null;
    }

    @Override
    public OptionalInt definitionArity(String module, String name) {
        return arity(model.lookup(module, name));
    }

    private static OptionalInt arity(Optional<Ref> ref) {
        if (ref.isEmpty()) {
            return OptionalInt.empty();
        }
        Symbol t = ref.get().target();
        return switch (t) {
            case OperatorSymbol op -> OptionalInt.of(op.arity());
            case FunctionSymbol f -> OptionalInt.of(0);
            case AssumeSymbol a -> OptionalInt.of(0);
            default -> OptionalInt.empty();
        };
    }
}
