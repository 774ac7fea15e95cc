package io.providerportal.bench.faults;

import io.providerportal.bench.faults.EventStoreCheck.Tally;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The figures of a run: one row per fault, the notes that explain them, and the verdict. */
final class Report {

    private final List<String> failures = new ArrayList<>();
    private int checks;

    /** One check of the suite: counted, and its failure kept for the verdict. */
    void check(boolean passed, String failure) {
        checks++;
        if (!passed) {
            failures.add(failure);
        }
    }

    void fail(String reason) {
        check(false, reason);
    }

    boolean passed() {
        return failures.isEmpty();
    }

    void phases(List<Phase> phases, Map<Phase, Tally> tallies) {
        System.out.println();
        System.out.println("== Crash and restart under load");
        String format = "%-32s %7s %7s %5s %5s %14s %9s %16s%n";
        System.out.printf(
                format, "fault", "sent", "acked", "lost", "dup", "client errors", "corrupted", "time to recover");
        for (Phase phase : phases) {
            Tally t = tallies.getOrDefault(phase, new Tally());
            long corrupted = phase.wrongAnswers() + t.wrongAnswers + t.refusedYetApplied;
            System.out.printf(
                    format,
                    phase.name(),
                    t.sent,
                    t.acknowledged,
                    t.lost,
                    t.duplicated,
                    phase.clientErrors(),
                    corrupted,
                    phase.timeToRecover()
                            .map(Report::seconds)
                            .orElse(phase.fault() == Fault.NONE ? "-" : "not recovered"));
            check(
                    t.lost == 0 && t.duplicated == 0,
                    phase.name() + ": " + t.lost + " lost, " + t.duplicated + " duplicated");
            check(corrupted == 0, phase.name() + ": " + corrupted + " wrong or corrupted answers");
            check(t.unanswered == 0, phase.name() + ": " + t.unanswered + " writes never answered");
            check(phase.recovered(), phase.name() + ": clients did not recover");
            check(phase.crashes().isEmpty(), phase.name() + ": client threads died: " + phase.crashes());
        }
        System.out.println();
        for (Phase phase : phases) {
            Tally t = tallies.getOrDefault(phase, new Tally());
            System.out.println("   " + phase.name() + ":");
            StringBuilder kinds = new StringBuilder();
            t.byKind.forEach((kind, n) -> kinds.append(String.format("%s %d/%d, ", kind.request(), n[1], n[0])));
            System.out.println(
                    "     writes acknowledged/sent: " + kinds.toString().replaceAll(", $", ""));
            System.out.println("     failed write attempts (each retried with its key): " + phase.writeErrors()
                    + "; failed reads: " + phase.readErrors());
            System.out.println("     answers replayed from the idempotency store: " + t.replayed + "; refused (4xx): "
                    + t.refused + "; never answered: " + t.unanswered);
            System.out.println("     reads answered: " + phase.readsAnswered() + " (" + phase.readsBehind()
                    + " said Portal-Position-Reached: false)"
                    + (t.unverifiable > 0
                            ? "; favourite flips not checkable (a flip of the item unanswered): " + t.unverifiable
                            : ""));
            if (phase.fault() != Fault.NONE) {
                System.out.println("     after the fault: " + restart(phase.fault()) + " "
                        + phase.restartedAfter().map(Report::seconds).orElse("?") + ", first write acknowledged "
                        + phase.firstWriteAfter().map(Report::seconds).orElse("never") + ", first read answered "
                        + phase.firstReadAfter().map(Report::seconds).orElse("never"));
            }
            System.out.println("     projections at lag 0 "
                    + phase.caughtUpAfter().map(Report::seconds).orElse("?") + " after the load stopped");
            phase.problems().forEach(p -> System.out.println("     WRONG ANSWER: " + p));
        }
        System.out.flush();
    }

    void line(String text) {
        System.out.println(text);
        System.out.flush();
    }

    void verdict() {
        System.out.println();
        if (failures.isEmpty()) {
            System.out.println("FAULT SUITE PASSED");
        } else {
            System.out.println("FAULT SUITE FAILED:");
            failures.forEach(f -> System.out.println("  - " + f));
        }
        System.out.println("faults: " + (checks - failures.size()) + " passed, " + failures.size() + " failed");
        System.out.flush();
    }

    private static String restart(Fault fault) {
        return fault == Fault.RESTART_POSTGRES ? "PostgreSQL accepting connections again" : "restarted JVM ready";
    }

    static String seconds(Duration duration) {
        return String.format("%.1f s", duration.toMillis() / 1000.0);
    }
}
