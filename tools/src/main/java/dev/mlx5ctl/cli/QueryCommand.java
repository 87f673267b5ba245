package dev.mlx5ctl.cli;

import dev.mlx5ctl.layout.CommandInfo;
import dev.mlx5ctl.prm.Prm;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code mlx5ctl query NAME}: the QUERY_* commands by their short names ({@code adapter}, {@code vport-state}). */
@Command(name = "query", description = "Run a QUERY_* command by its short name and decode the reply.",
        footer = {"", "Names: adapter, issi, vport-state, nic-vport-context, vport-counter, q-counter, uctx, umem, "
            + "diagnostic-params, ... (`mlx5ctl schema` lists the commands).", "",
            "Examples:", "  mlx5ctl query adapter", "  mlx5ctl query vport-counter --json",
            "  mlx5ctl query q-counter --set counter_set_id=0 out_of_buffer"})
final class QueryCommand extends Subcommand {

    @Parameters(index = "0", paramLabel = "NAME", description = "What to query: adapter, issi, vport-state, ... "
            + "or a full name (QUERY_ADAPTER).", completionCandidates = QueryNames.class)
    String name;

    @Parameters(index = "1..*", paramLabel = "FIELD", description = "Print only these fields of the reply.")
    List<String> fields = List.of();

    @Option(names = {"-s", "--set"}, paramLabel = "FIELD=VALUE", converter = Assignment.Converter.class,
            description = "Set a field of the input (op_mod, vport_number, counter_set_id...).")
    List<Assignment> set = new ArrayList<>();

    @Option(names = "--out-len", paramLabel = "BYTES", description = "Output mailbox size (default: the output "
            + "layout's fixed size).")
    Long outLength;

    @Override
    int run(GlobalOptions options) {
        CommandInfo command = query(name);
        try (Session session = new Session(options)) {
            byte[] out = ExecCommand.execute(session, command, set, 0, outLength);
            printer().reply(command.out(), out, 0, fields);
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
