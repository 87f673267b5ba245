package dev.mlx5ctl.cli;

import dev.mlx5ctl.cli.CommandModel.Arg;
import java.util.List;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/** What {@code watch} and {@code metrics} read: the counter sources, the ports and the Q counter sets. */
final class CounterOptions {

    private final Arg<List<String>> sources;
    private final Arg<List<Integer>> ports;
    private final Arg<List<Integer>> qCounterSets;

    /** Declares them in the model of the command that reads them. */
    CounterOptions(CommandModel model) {
        sources = model.positionals(PositionalParamSpec.builder().index("0..*").paramLabel("SOURCE")
                .completionCandidates(new SourceNames()).description("Counter sources: vport (QUERY_VPORT_COUNTER), "
                        + "q (QUERY_Q_COUNTER), ppcnt (the PPCNT groups of each port), diag (the newest sample of "
                        + "each chosen diagnostic counter). Default: all."));
        ports = model.options(Integer.class, OptionSpec.builder("--port").paramLabel("N").splitRegex(",")
                .description("Ports (local_port) for PPCNT (default 1)."));
        qCounterSets = model.options(Integer.class, OptionSpec.builder("--q-counter-set").paramLabel("ID")
                .splitRegex(",").description("Q counter sets to read (default 0)."));
    }

    Counters.Selection selection() {
        byteValues("--port", ports.get());
        byteValues("--q-counter-set", qCounterSets.get());
        java.util.Set<Counters.Source> chosen = java.util.EnumSet.noneOf(Counters.Source.class);
        sources.get().forEach(s -> chosen.add(Counters.Source.parse(s)));
        return new Counters.Selection(chosen, ports.get(), qCounterSets.get());
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
