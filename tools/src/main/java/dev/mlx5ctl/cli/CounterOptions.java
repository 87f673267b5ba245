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
        byteValues("--port", ports);
        byteValues("--q-counter-set", qCounterSets);
        java.util.Set<Counters.Source> chosen = java.util.EnumSet.noneOf(Counters.Source.class);
        sources.forEach(s -> chosen.add(Counters.Source.parse(s)));
        return new Counters.Selection(chosen, ports, qCounterSets);
    }

    /** Checks that each of an option's values fits the 8-bit field it goes into (local_port, counter_set_id). */
    static void byteValues(String option, List<Integer> values) {
        for (int v : values) {
            if (v < 0 || v > 0xff) {
                throw new UsageException(option + " takes 0 to 255, not " + v);
            }
        }
    }

    /** Source names for shell completion. */
    static final class SourceNames implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return java.util.Arrays.stream(Counters.Source.values()).map(Counters.Source::label).iterator();
        }
    }
}
