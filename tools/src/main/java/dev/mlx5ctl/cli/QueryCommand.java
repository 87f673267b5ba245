package dev.mlx5ctl.cli;

import dev.mlx5ctl.cli.CommandModel.Arg;
import dev.mlx5ctl.layout.CommandInfo;
import dev.mlx5ctl.prm.Prm;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Model.PositionalParamSpec;

/** {@code mlx5ctl query NAME}: the QUERY_* commands by their short names ({@code adapter}, {@code vport-state}). */
final class QueryCommand extends Subcommand {

    private final Arg<String> name = model.positional(PositionalParamSpec.builder().index("0").paramLabel("NAME")
            .completionCandidates(new QueryNames())
            .description("What to query: adapter, issi, vport-state, ... or a full name (QUERY_ADAPTER)."));

    private final Arg<List<String>> fields = model.positionals(PositionalParamSpec.builder().index("1..*")
            .paramLabel("FIELD").description("Print only these fields of the reply."));

    private final Arg<List<Assignment>> set = Assignment.option(model,
            "Set a field of the input (op_mod, vport_number, counter_set_id...).", "-s", "--set");

    private final Arg<Long> outLength = ExecCommand.outLength(model);

    QueryCommand(Listing listing) {
        super(listing,
                "", "Names: adapter, issi, vport-state, nic-vport-context, vport-counter, q-counter, uctx, umem, "
                        + "diagnostic-params, ... (`mlx5ctl schema` lists the commands).", "",
                "Examples:", "  mlx5ctl query adapter", "  mlx5ctl query vport-counter --json",
                "  mlx5ctl query q-counter --set counter_set_id=0 out_of_buffer");
    }

    @Override
    int run(GlobalOptions options) {
        CommandInfo command = query(name.get());
        try (Session session = new Session(options)) {
            byte[] out = ExecCommand.execute(session, command, set.get(), 0, outLength.get());
            printer().reply(command.out(), out, 0, fields.get());
        }
        return ExitCode.OK;
    }

    /** QUERY_{@code NAME} (dashes for underscores, any case), or NAME itself if it is a QUERY_ command. */
    static CommandInfo query(String name) {
        String n = name.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        String full = n.startsWith("QUERY_") ? n : "QUERY_" + n;
        return Prm.REGISTRY.command(full).orElseThrow(() -> new UsageException("unknown query '" + name + "' ("
                + String.join(", ", new QueryNames()) + "; other commands: mlx5ctl exec)"));
    }

    /** The short names of the QUERY_ commands, for messages and shell completion. */
    static final class QueryNames implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return Prm.REGISTRY.commands().stream().map(CommandInfo::name).filter(n -> n.startsWith("QUERY_"))
                    .map(n -> n.substring(6).toLowerCase(Locale.ROOT).replace('_', '-')).iterator();
        }
    }
}
