package io.tlaplex.coordinator.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@Timeout(120)
class LivenessCheckTest {

    private record Run(int status, String out, String err) {
    }

    private static Run check(String module, String config, int workers) throws URISyntaxException {
        Path dir = Path.of(LivenessCheckTest.class.getResource("/liveness/" + module + ".tla").toURI()).getParent();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Tlaplex.standard().run(new String[] {"check", dir.resolve(module + ".tla").toString(),
                "-config", dir.resolve(config).toString(), "-workers", Integer.toString(workers)},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void shouldAcceptEveryTemporalFormWhenWeakFairnessMakesThemHold(int workers) throws Exception {
        Run run = check("LiveCounter", "Holds.cfg", workers);

        assertEquals(0, run.status(), run.out() + run.err());
        assertTrue(run.out().contains("Checking temporal properties for the complete state space with 4 total "
                + "distinct states"), run.out());
        assertTrue(run.out().contains("Finished checking temporal properties in "), run.out());
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void shouldReportStutteringLassoOutsideTheGoalWithoutFairness(int workers) throws Exception {
        Run run = check("LiveCounter", "Unfair.cfg", workers);

        assertEquals(13, run.status(), run.out() + run.err());
        assertTrue(run.out().contains("""
                Error: Temporal properties were violated.

                Error: The following behavior constitutes a counter-example:

                State 1: <Initial predicate>
                x = 0
                """), run.out());
        assertTrue(run.out().contains("x = 2\n\nState 4: Stuttering\n"), run.out());
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void shouldReportStutteringAtTheEndWhenStepsStopUnderWeakFairness(int workers) throws Exception {
        Run run = check("LiveCounter", "Steps.cfg", workers);

        assertEquals(13, run.status(), run.out() + run.err());
        assertTrue(run.out().contains("State 4: <Next line 5, col 9 to line 5, col 27 of module LiveCounter>\n"
                + "x = 3\n\nState 5: Stuttering"), run.out());
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void shouldReportBackToStateLasso(int workers) throws Exception {
        Run run = check("LiveToggle", "LiveToggle.cfg", workers);

        assertEquals(13, run.status(), run.out() + run.err());
        assertTrue(run.out().contains("State 1: <Initial predicate>\nx = 0\n\nState 2: <Next line 5, col 9 to "
                + "line 5, col 18 of module LiveToggle>\nx = 1\n\nState 3: Back to state 1: <Next line 5, col 9 to "
                + "line 5, col 18 of module LiveToggle>"), run.out());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Weak.cfg", "Strong.cfg"})
    void shouldNeedStrongFairnessForAnIntermittentlyEnabledAction(String config) throws Exception {
        Run run = check("LiveStrong", config, 1);

        assertEquals(config.equals("Weak.cfg") ? 13 : 0, run.status(), run.out() + run.err());
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void shouldCheckRefinementWhoseFairnessPrimesAVariableReplacedByAnExpression(int workers) throws Exception {
        Run run = check("LiveRefine", "RefineHolds.cfg", workers);

        assertEquals(0, run.status(), run.out() + run.err());
        assertTrue(run.out().contains("Checking temporal properties for the complete state space with 6 total "
                + "distinct states"), run.out());
        assertTrue(run.out().contains("Model checking completed. No error has been found."), run.out());
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void shouldReportStutteringWhenTheInstanceFairnessIsEnabledButNeverTaken(int workers) throws Exception {
        Run run = check("LiveRefine", "RefineUnfair.cfg", workers);

        assertEquals(13, run.status(), run.out() + run.err());
        assertTrue(run.out().contains("""
                State 1: <Initial predicate>
                /\\ lo = 0
                /\\ hi = 0

                State 2: Stuttering
                """), run.out());
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void shouldAssumeFairnessWrittenInAnInstanceWithAVariableReplacedByAnExpression(int workers) throws Exception {
        Run run = check("LiveRefine", "InstanceFairHolds.cfg", workers);

        assertEquals(0, run.status(), run.out() + run.err());
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void shouldReportTheLassoThatInstanceFairnessAllows(int workers) throws Exception {
        Run run = check("LiveRefine", "InstanceFairFails.cfg", workers);

        assertEquals(13, run.status(), run.out() + run.err());
        assertTrue(run.out().contains("""
                State 2: <IncHi line 7, col 10 to line 7, col 52 of module LiveRefine>
                /\\ lo = 0
                /\\ hi = 1

                State 3: <IncHi line 7, col 10 to line 7, col 52 of module LiveRefine>
                /\\ lo = 0
                /\\ hi = 2

                State 4: Stuttering
                """), run.out());
    }
}
