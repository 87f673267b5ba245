package dev.mlx5ctl.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** What {@code watch} and {@code metrics} read: the counter sources, the ports and the Q counter sets. */
final class CounterOptions {

    @Parameters(paramLabel = "SOURCE", arity = "0..*", description = "Counter sources: vport (QUERY_VPORT_COUNTER), "
            + "q (QUERY_Q_COUNTER), ppcnt (the PPCNT groups of each port), diag (the newest sample of each chosen "
            + "diagnostic counter). Default: all.", completionCandidates = SourceNames.class)
    List<String> sources = new ArrayList<>();

    @Option(names = "--port", paramLabel = "N", split = ",", description = "Ports (local_port) for PPCNT "
            + "(default 1).")
    List<Integer> ports = new ArrayList<>();

    @Option(names = "--q-counter-set", paramLabel = "ID", split = ",", description = "Q counter sets to read "
            + "(default 0).")
    List<Integer> qCounterSets = new ArrayList<>();

    Counters.Selection selection() {
        for (int p : ports) {
            if (p < 0 || p > 0xff) {
                throw new UsageException("--port takes 0 to 255, not " + p);
            }
        }
        for (int q : qCounterSets) {
            if (q < 0 || q > 0xff) {
                throw new UsageException("--q-counter-set takes 0 to 255, not " + q);
            }
        }
        java.util.Set<Counters.Source> chosen = java.util.EnumSet.noneOf(Counters.Source.class);
        sources.forEach(s -> chosen.add(Counters.Source.parse(s)));
        return new Counters.Selection(chosen, ports, qCounterSets);
    }

    /** Source names for shell completion. */
    static final class SourceNames implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return java.util.Arrays.stream(Counters.Source.values()).map(Counters.Source::label).iterator();
        }
    }
}
