package io.tlaplex.frontend.config;

import io.tlaplex.frontend.diag.SourceSpan;
import java.util.Optional;

/**
 * One {@code name <- target} entry of a CONSTANT section: the constant or definition {@code name}
 * is replaced by the definition {@code target} of the root module. With {@code module} present
 * ({@code name <- [Mod] target}) the replaced definition is the one of module {@code Mod}.
 */
public record Replacement(CfgName name, Optional<CfgName> module, CfgName target, SourceSpan span) {
}
