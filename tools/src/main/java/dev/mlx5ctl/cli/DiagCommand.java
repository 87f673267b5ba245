package dev.mlx5ctl.cli;

import dev.mlx5ctl.cli.CommandModel.Arg;
import dev.mlx5ctl.layout.CapTypeInfo;
import dev.mlx5ctl.layout.CommandInfo;
import dev.mlx5ctl.layout.LayoutCodec;
import dev.mlx5ctl.prm.QueryDiagnosticCounters;
import dev.mlx5ctl.prm.QueryDiagnosticParams;
import dev.mlx5ctl.prm.QueryHcaCap;
import dev.mlx5ctl.prm.SetDiagnosticParams;
import java.lang.foreign.MemorySegment;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;

/** {@code mlx5ctl diag}: diagnostic counters: what is sampled and how, choosing that, and reading the samples. */
final class DiagCommand extends Subcommand {

    DiagCommand(Listing listing) {
        super(listing,
                "", "Examples:", "  mlx5ctl diag set --counters 1,2,7 --log-samples 3 --on-demand",
                "  mlx5ctl diag sample --num 2", "  mlx5ctl diag params --json");
        for (Subcommand sub : List.of(new Params(), new Caps(), new Set(), new Sample())) {
            model.spec.addSubcommand(sub.model.spec.name(), sub.model.spec);
        }
    }

    @Override
    int run(GlobalOptions options) {
        throw new ParameterException(model.spec.commandLine(), "diag needs a subcommand: params, caps, set or sample");
    }

    private static final String CONTEXT = "diagnostic_params_context";

    /** The parameters in effect, with exactly as many counter ids as are chosen. */
    static byte[] params(Session session) {
        CommandInfo command = QueryDiagnosticParams.INFO;
        long fixed = session.outBytes(command);
        byte[] out = session.call(session.input(command, 0), fixed);
        long counters = session.codec.get(command.out(), MemorySegment.ofArray(out), CONTEXT + ".num_of_counters");
        if (counters == 0) {
            return out;
        }
        return session.call(session.input(command, 0), fixed + counters * counterIdBytes(session.codec));
    }

    private static long counterIdBytes(LayoutCodec codec) {
        return codec.registry().requireLayout("counter_id").sizeBytes();
    }

    static final class Params extends Subcommand {

        Params() {
            super("params", "Show the diagnostic sampling parameters and chosen counters.");
        }

        @Override
        int run(GlobalOptions options) {
            try (Session session = new Session(options)) {
                printer().reply(QueryDiagnosticParams.INFO.out(), params(session), 0, List.of());
            }
            return ExitCode.OK;
        }
    }

    static final class Caps extends Subcommand {

        Caps() {
            super("caps", "Show the capabilities diagnostic counters depend on (general caps).");
        }

        @Override
        int run(GlobalOptions options) {
            CapTypeInfo general = CapCommand.capType("general");
            try (Session session = new Session(options)) {
                CommandInfo command = QueryHcaCap.INFO;
                MemorySegment in = session.input(command, 0);
                session.codec.set(command.in(), in, "op_mod", (long) (general.value() << 1 | 1));
                byte[] out = session.call(in, session.outBytes(command));
                printer().reply(general.layout(), out, Fields.byteOffset(command.out(), "capability"),
                        List.of("debug", "device_frequency_mhz", "device_frequency_khz"));
            }
            return ExitCode.OK;
        }
    }

    static final class Set extends Subcommand {

        private final Arg<List<Integer>> counters = model.options(Integer.class, OptionSpec.builder("--counters")
                .splitRegex(",").paramLabel("ID").description("Counter ids to sample, comma-separated."));

        private final Arg<Integer> logSamples = model.option(int.class, OptionSpec.builder("--log-samples")
                .paramLabel("N").defaultValue("2")
                .description("Log2 of the samples the device keeps (default ${DEFAULT-VALUE})."));

        private final Arg<Integer> logPeriod = model.option(int.class, OptionSpec.builder("--log-period")
                .paramLabel("N").defaultValue("10")
                .description("Log2 of the sample period in device clocks (default ${DEFAULT-VALUE})."));

        private final Arg<Boolean> onDemand = model.flag("Sample when queried, not periodically.", "--on-demand");

        private final Arg<Boolean> single = model.flag("Fill the buffer once, then stop.", "--single");

        private final Arg<Boolean> repetitive = model.flag("Sample repeatedly, overwriting the buffer.",
                "--repetitive");

        private final Arg<Boolean> sync = model.flag("Sample all counters at the same time.", "--sync");

        private final Arg<Boolean> clear = model.flag("Clear the sample buffer.", "--clear");

        private final Arg<Boolean> disable = model.flag("Stop sampling (no counters needed).", "--disable");

        private final Arg<List<Assignment>> set = Assignment.option(model,
                "Set any other field of " + CONTEXT + " (repeatable).", "-s", "--set");

        Set() {
            super("set", "Choose counters and sampling (SET_DIAGNOSTIC_PARAMS; scope debug-write, which taints the "
                    + "kernel).");
        }

        @Override
        int run(GlobalOptions options) {
            List<Integer> counters = this.counters.get();
            boolean disable = this.disable.get();
            if (!disable && counters.isEmpty()) {
                throw new UsageException("diag set needs --counters ID,... (or --disable)");
            }
            CommandInfo command = SetDiagnosticParams.INFO;
            try (Session session = new Session(options)) {
                MemorySegment in = session.input(command, counters.size());
                Map<String, Long> values = new LinkedHashMap<>();
                values.put("num_of_counters", (long) counters.size());
                values.put("log_num_of_samples", (long) logSamples.get());
                values.put("log_sample_period", (long) logPeriod.get());
                values.put("on_demand", onDemand.get() ? 1L : 0L);
                values.put("single", single.get() ? 1L : 0L);
                values.put("repetitive", repetitive.get() ? 1L : 0L);
                values.put("sync", sync.get() ? 1L : 0L);
                values.put("clear", clear.get() ? 1L : 0L);
                values.put("enable", disable ? 0L : 1L);
                values.forEach((field, v) -> session.codec.set(command.in(), in, CONTEXT + "." + field, v));
                for (int i = 0; i < counters.size(); i++) {
                    session.codec.set(command.in(), in, CONTEXT + ".counter_id[" + i + "].counter_id",
                            (long) counters.get(i));
                }
                for (Assignment a : set.get()) {
                    session.codec.set(command.in(), in, CONTEXT + "." + a.path(), a.value());
                }
                session.call(in, session.outBytes(command));
                printer().reply(QueryDiagnosticParams.INFO.out(), params(session), 0, List.of());
            }
            return ExitCode.OK;
        }
    }

    static final class Sample extends Subcommand {

        private final Arg<Integer> index = model.option(int.class, OptionSpec.builder("--index").paramLabel("I")
                .defaultValue("0").description("First sample (default 0)."));

        private final Arg<Integer> num = model.option(int.class, OptionSpec.builder("--num").paramLabel("N")
                .defaultValue("1").description("Samples to read (default 1)."));

        Sample() {
            super("sample", "Read diagnostic counter samples (QUERY_DIAGNOSTIC_COUNTERS).");
        }

        @Override
        int run(GlobalOptions options) {
            CommandInfo command = QueryDiagnosticCounters.INFO;
            try (Session session = new Session(options)) {
                long counters = session.codec.get(QueryDiagnosticParams.INFO.out(),
                        MemorySegment.ofArray(params(session)), CONTEXT + ".num_of_counters");
                if (counters == 0) {
                    throw new UsageException("no diagnostic counters are chosen: mlx5ctl diag set --counters ...");
                }
                // The firmware counts records, one per counter and sample: N samples are N * counters.
                MemorySegment in = session.input(command, 0);
                session.codec.set(command.in(), in, "num_of_samples", (long) num.get() * counters);
                session.codec.set(command.in(), in, "sample_index", (long) index.get() * counters);
                long each = session.codec.registry().requireLayout("diagnostic_cntr_struct").sizeBytes();
                byte[] out = session.call(in, session.outBytes(command) + (long) num.get() * counters * each);
                print(session, command, out);
            }
            return ExitCode.OK;
        }

        private void print(Session session, CommandInfo command, byte[] out) {
            GlobalOptions options = options();
            if (options.format() == GlobalOptions.Format.HEX || options.format() == GlobalOptions.Format.RAW) {
                printer().reply(command.out(), out, 0, List.of());
                return;
            }
            MemorySegment seg = MemorySegment.ofArray(out);
            LayoutCodec codec = session.codec;
            long each = codec.registry().requireLayout("diagnostic_cntr_struct").sizeBytes();
            long count = (out.length - session.outBytes(command)) / each;
            List<Object> samples = new ArrayList<>();
            List<String[]> rows = new ArrayList<>();
            rows.add(new String[] {"COUNTER", "SAMPLE", "TIMESTAMP", "VALUE"});
            for (int i = 0; i < count; i++) {
                String at = "diag_counter[" + i + "].";
                long counter = codec.get(command.out(), seg, at + "counter_id");
                long sample = codec.get(command.out(), seg, at + "sample_id");
                long time = codec.get(command.out(), seg, at + "time_stamp_31_0");
                long value = codec.get(command.out(), seg, at + "counter_value_h") << 32
                        | codec.get(command.out(), seg, at + "counter_value_l");
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("counter_id", counter);
                m.put("sample_id", sample);
                m.put("time_stamp", time);
                m.put("value", Long.toUnsignedString(value));
                samples.add(m);
                rows.add(new String[] {Long.toString(counter), Long.toString(sample), Long.toString(time),
                    Long.toUnsignedString(value)});
            }
            printer().report(samples, ListCommand.columns(rows));
        }
    }
}
