package dev.mlx5ctl.cli;

import dev.mlx5ctl.cli.CommandModel.Arg;
import dev.mlx5ctl.layout.CommandInfo;
import dev.mlx5ctl.prm.MboxOut;
import dev.mlx5ctl.prm.Prm;
import dev.mlx5ctl.uapi.Mlx5ctlUapi;
import java.lang.foreign.MemorySegment;
import java.util.List;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * {@code mlx5ctl exec NAME --set field=value}: any command of the schema, its input built by field names, its
 * output decoded. The driver's policy still decides: a command above the scope given, or one it never passes, is
 * refused with the driver's errno.
 */
final class ExecCommand extends Subcommand {

    private final Arg<String> name = model.positional(PositionalParamSpec.builder().index("0").paramLabel("NAME")
            .completionCandidates(new CommandNames())
            .description("Command name (QUERY_ADAPTER, query-adapter) or opcode (0x101)."));

    private final Arg<List<String>> fields = model.positionals(PositionalParamSpec.builder().index("1..*")
            .paramLabel("FIELD").description("Print only these fields of the output."));

    private final Arg<List<Assignment>> set = Assignment.option(model, "Set a field of the input mailbox "
            + "(repeatable); paths name nested fields with dots and array elements with [i].", "-s", "--set");

    private final Arg<Integer> flex = model.option(int.class, OptionSpec.builder("--flex").paramLabel("N")
            .defaultValue("0").description("Room for N elements of the input's trailing flexible array (default 0)."));

    private final Arg<Long> outLength = outLength(model);

    ExecCommand(Listing listing) {
        super(listing,
                "", "Examples:", "  mlx5ctl exec NOP", "  mlx5ctl exec QUERY_HCA_CAP --set op_mod=1 --hex",
                "  mlx5ctl exec SET_DIAGNOSTIC_PARAMS --scope debug-write --flex 1 \\",
                "      --set diagnostic_params_context.num_of_counters=1 \\",
                "      --set diagnostic_params_context.counter_id[0].counter_id=1 "
                        + "--set diagnostic_params_context.enable=1");
    }

    /** {@code --out-len BYTES}, of exec and query: null for the output layout's fixed size. */
    static Arg<Long> outLength(CommandModel model) {
        return model.option(Long.class, OptionSpec.builder("--out-len").paramLabel("BYTES")
                .description("Output mailbox size (default: the output layout's fixed size)."));
    }

    @Override
    int run(GlobalOptions options) {
        CommandInfo command = Session.command(name.get());
        try (Session session = new Session(options)) {
            byte[] out = execute(session, command, set.get(), flex.get(), outLength.get());
            printer().reply(command.out(), out, 0, fields.get());
        }
        return ExitCode.OK;
    }

    /** Builds the input of {@code command} from {@code set}, runs it and returns the output mailbox. */
    static byte[] execute(Session session, CommandInfo command, List<Assignment> set, int flex, Long outLength) {
        if (flex < 0) {
            throw new UsageException("--flex takes a count of 0 or more, not " + flex);
        }
        long out = outLength != null ? outLength : session.outBytes(command);
        if (out < MboxOut.SIZE_BYTES || out > Mlx5ctlUapi.MLX5CTL_RPC_MAX_LEN) {
            throw new UsageException("--out-len takes " + MboxOut.SIZE_BYTES + " to " + Mlx5ctlUapi.MLX5CTL_RPC_MAX_LEN
                    + " bytes, not " + out);
        }
        MemorySegment in = session.input(command, flex);
        session.apply(command, in, set);
        return session.call(in, out);
    }

    /** Command names for shell completion. */
    static final class CommandNames implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return Prm.REGISTRY.commands().stream().map(CommandInfo::name).iterator();
        }
    }
}
