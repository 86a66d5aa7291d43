package io.tlaplex.frontend.config;

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

/** {@link SpecNames} over a loaded spec: what {@link ConfigBinder} checks a .cfg file against. */
public final class SemanticSpecNames implements SpecNames {
    private final SemanticModel model;

    public SemanticSpecNames(SemanticModel model) {
        this.model = model;
    }

    @Override
    public List<DeclaredConstant> constants() {
        List<DeclaredConstant> constants = new ArrayList<>();
        for (ConstantSymbol c : model.constants()) {
            constants.add(new DeclaredConstant(c.name(), c.arity(), c.span()));
        }
        return constants;
    }

    @Override
    public OptionalInt definitionArity(String name) {
        return arityOf(model.lookup(name));
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
        return arityOf(model.lookup(module, name));
    }

    private static OptionalInt arityOf(Optional<Ref> ref) {
        if (ref.isEmpty()) {
            return OptionalInt.empty();
        }
        Symbol target = ref.get().target();
        return switch (target) {
            case OperatorSymbol op -> OptionalInt.of(op.arity());
            case FunctionSymbol f -> OptionalInt.of(0);
            case AssumeSymbol a -> OptionalInt.of(0);
            default -> OptionalInt.empty();
        };
    }
}
