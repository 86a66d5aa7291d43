package io.tlaplex.frontend.config;

import io.tlaplex.frontend.diag.SourceSpan;
import java.util.List;
import java.util.Optional;

/**
 * One {@code name = value} entry of a CONSTANT section. {@code args} is non-empty for an entry
 * that fixes one point of a constant operator ({@code F(1, a) = 2}); {@code module} is present
 * for {@code name = [Mod] value}, which gives a definition of module {@code Mod} a value.
 */
public record ConstantAssignment(CfgName name, List<CfgValue> args, Optional<CfgName> module, CfgValue value,
        SourceSpan span) {

    public ConstantAssignment {
        args = List.copyOf(args);
    }
}
