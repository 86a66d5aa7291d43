package io.tlaplex.frontend.eval;

import io.tlaplex.frontend.config.CfgName;
import io.tlaplex.frontend.config.ModelConfig;
import io.tlaplex.frontend.diag.DiagCode;
import io.tlaplex.frontend.diag.Diagnostic;
import io.tlaplex.frontend.diag.DiagnosticException;
import io.tlaplex.frontend.eval.std.Runtime;
import io.tlaplex.frontend.semantic.Level;
import io.tlaplex.frontend.semantic.SemanticModel;
import io.tlaplex.frontend.semantic.Symbol;
import io.tlaplex.frontend.syntax.Unit;
import io.tlaplex.frontend.value.EvalException;
import io.tlaplex.frontend.value.FcnValue;
import io.tlaplex.frontend.value.ModelValuePermutation;
import io.tlaplex.frontend.value.SetEnumValue;
import io.tlaplex.frontend.value.SetOps;
import io.tlaplex.frontend.value.StringTable;
import io.tlaplex.frontend.value.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Assembles a {@link CompiledSpec}: binds the configuration, splits the spec, compiles every part. */
final class SpecBuilder {
    final SemanticModel model;
    final ModelConfig cfg;
    final Runtime runtime;
    final StringTable strings;
    final List<Diagnostic> warnings = new ArrayList<>();
    String[] variables;
    Act init;
    int initFrameSize;
    List<Splitter.Action> actions = new ArrayList<>();
    final List<Check> invariants = new ArrayList<>();
    final List<Check> constraints = new ArrayList<>();
    final List<Check> actionConstraints = new ArrayList<>();
    final List<Check> impliedInits = new ArrayList<>();
    final List<Check> actionProperties = new ArrayList<>();
    Check view;
    Check alias;
    Check postcondition;
    ModelValuePermutation[] symmetry = new ModelValuePermutation[0];
    final List<Assumption> assumptions = new ArrayList<>();
    final List<String> temporalProperties = new ArrayList<>();
    final List<String> fairness = new ArrayList<>();
    boolean checkDeadlock;
    LiveSpecBuilder.Result liveness;
    Map<Symbol, CfgOverride> overrides;
    /** Set when compiling for {@code -coverage}: Init and the actions count their evaluations. */
    Coverage coverage;
    private final boolean withCoverage;
    private Compiler cc;

    SpecBuilder(SemanticModel model, ModelConfig cfg, Runtime runtime, boolean withCoverage) {
        this.model = model;
        this.cfg = cfg;
        this.runtime = runtime;
        this.strings = runtime.strings();
        this.withCoverage = withCoverage;
    }

    CompiledSpec build() throws DiagnosticException {
        variables = CompiledSpec.names(model.variables());
        Strings.intern(strings, cfg, model);
        overrides = ConfigBinding.bind(model, cfg, strings, warnings);
        cc = new Compiler(model, overrides, strings);
        cc.coverage = withCoverage ? new CoverageRecorder() : null;
        checkDeadlock = cfg.checkDeadlock().orElse(true);
        for (Unit.Assume a : model.assumptions()) {
            Env env = cc.rootEnv();
            Node body = cc.compile(a.body(), env);
            assumptions.add(new Assumption(body, env.scope.layout.size(), a.body().span()));
        }
        SpecParts parts = SpecParts.of(cc, cfg);
        compileInit(parts);
        compileNext(parts);
        coverage = withCoverage ? cc.coverage.build() : null;
        compileChecks(parts);
        if (!strings.isFrozen()) {
            strings.freeze();
        }
        return new CompiledSpec(this);
    }

    private void compileInit(SpecParts parts) {
        Scope scope = Scope.frame(null);
        ActCompiler acts = new ActCompiler(cc, Act.Mode.INIT);
        Pending p = new Ends.Init(variables);
        List<SpecParts.Part> init = parts.init;
        if (!init.isEmpty()) {
            SpecParts.Part first = init.get(0);
            cc.beginCoverage(CompiledSpec.INIT_ACTION, CoverageRecorder.head(first.name(), first.def(),
                    first.expr()));
        }
        for (int i = init.size() - 1; i > 0; i--) {
            SpecParts.Part part = init.get(i);
            p = new Pending(part.expr().span(), acts.compile(part.expr(), new Env(scope, part.ic(), false), p),
                    CoverageRecorder.secondary(cc.coverage, () -> cc.compile(part.expr(),
                            new Env(scope, part.ic(), false))), Pending.Kind.PRED, p);
        }
        this.init = init.isEmpty() ? p : acts.compile(init.get(0).expr(), new Env(scope, init.get(0).ic(), false), p);
        this.initFrameSize = scope.layout.size();
        cc.endCoverage();
    }

    private void compileNext(SpecParts parts) {
        if (parts.next == null) {
            return;
        }
        Ends.Next end = new Ends.Next(variables);
        Ctx ctx = new Ctx(runtime, variables.length);
        ctx.s0 = new Value[variables.length];
        actions = new Splitter(cc, end, ctx).split(parts.next);
        String[] names = new String[actions.size() + 1];
        names[0] = "Initial predicate";
        for (int i = 0; i < actions.size(); i++) {
            names[i + 1] = actions.get(i).name();
        }
        end.actionNames = names.length == 2 ? new String[] {names[1]} : names;
    }

    private void compileChecks(SpecParts parts) throws DiagnosticException {
        for (CfgName name : cfg.invariants()) {
            SpecParts.Part part = parts.top(name);
            if (part.def() != null && model.levelOf(part.def()) >= Level.ACTION) {
                throw new DiagnosticException(List.of(Diagnostic.error(DiagCode.E0501_EVAL_NOT_A_STATE_PREDICATE, name.span(),
                        "The invariant " + name.name() + " is not a state predicate (one with no primes or temporal "
                                + "operators).")), EvalError.EXIT_SAFETY_EVAL);
            }
            invariants.add(check(part.name(), part));
        }
        for (SpecParts.Part p : parts.invariants) {
            invariants.add(check(p.name(), p));
        }
        for (CfgName name : cfg.constraints()) {
            constraints.add(check(name.name(), parts.top(name)));
        }
        for (CfgName name : cfg.actionConstraints()) {
            actionConstraints.add(check(name.name(), parts.top(name)));
        }
        for (SpecParts.Part p : parts.impliedInits) {
            impliedInits.add(check(p.name(), p));
        }
        for (SpecParts.Part p : parts.actionProperties) {
            actionProperties.add(check(p.name(), p));
        }
        for (SpecParts.Part p : parts.liveness) {
            temporalProperties.add(p.name());
        }
        for (SpecParts.Part p : parts.fairness) {
            fairness.add(cc.text(p.expr().span()));
        }
        liveness = new LiveSpecBuilder(cc, runtime, variables.length).build(parts.fairness, parts.liveness);
        if (cfg.view().isPresent()) {
            view = check(cfg.view().get().name(), parts.top(cfg.view().get()));
        }
        if (cfg.alias().isPresent()) {
            alias = check(cfg.alias().get().name(), parts.top(cfg.alias().get()));
        }
        if (cfg.postcondition().isPresent()) {
            postcondition = check(cfg.postcondition().get().name(), parts.top(cfg.postcondition().get()));
        }
        if (cfg.symmetry().isPresent()) {
            symmetry = symmetry(check(cfg.symmetry().get().name(), parts.top(cfg.symmetry().get())));
        }
    }

    private Check check(String name, SpecParts.Part part) {
        Env env = new Env(Scope.frame(null), part.ic(), false);
        Node node = cc.compile(part.expr(), env);
        return new Check(name, node, env.scope.layout.size());
    }

    /** The group of permutations a SYMMETRY set generates, without the identity. */
    private ModelValuePermutation[] symmetry(Check c) throws DiagnosticException {
        Ctx ctx = new Ctx(runtime, variables.length);
        try {
            Value v = c.node().eval(ctx, new Object[c.frameSize()]);
            SetEnumValue perms = SetOps.enumerate(v);
            List<ModelValuePermutation> out = new ArrayList<>();
            for (int i = 0; i < perms.size(); i++) {
                if (perms.get(i) instanceof FcnValue f) {
                    out.add(ModelValuePermutation.fromFunction(f));
                }
            }
            return Symmetry.group(out, strings);
        } catch (EvalException e) {
            throw new DiagnosticException(List.of(Diagnostic.error(DiagCode.E0503_EVAL_BAD_SYMMETRY,
                    cfg.symmetry().get().span(), "The symmetry set " + c.name() + " cannot be evaluated: "
                            + e.getMessage())), EvalError.EXIT_OTHER);
        }
    }
}
